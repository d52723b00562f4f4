// The `random` module: CPython's Mersenne Twister and its methods, bit for bit.
#include <cmath>

#include "objects/int_values.h"
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

Value random_seed(Interp& vm, const Value&, const CallArgs& args) {
    expect_count(vm, "seed", args, 0, 2);
    Value a = args.positional.empty() ? Value::none() : args.positional[0];
    if (a.is_none()) vm.random.seed(0);  // deterministic stand-in for OS entropy
    else if (a.is_intlike()) vm.random.seed(a.as_int());
    else if (a.is_float()) vm.random.seed(static_cast<int64_t>(hash_float(a.as_float())));
    else vm.raise(vm.exc.type_error, "The only supported seed types are: None, int and float");
    return Value::none();
}

Value random_random(Interp& vm, const Value&, const CallArgs& args) {
    expect_no_args(vm, "random", args);
    return Value::floating(vm.random.random());
}

Value random_uniform(Interp& vm, const Value&, const CallArgs& args) {
    std::vector<Value> a = bind_args(vm, "uniform", args, {"a", "b"}, 2, 2);
    if (!a[0].is_number() || !a[1].is_number())
        vm.raise(vm.exc.type_error, "unsupported operand type(s) for -: '" + vm.type_name(a[1]) + "' and '" + vm.type_name(a[0]) + "'");
    return Value::floating(vm.random.uniform(a[0].to_double(), a[1].to_double()));
}

int64_t int_param(Interp& vm, const Value& v) {
    if (v.is_intlike()) return v.as_int();
    if (v.is_float() && std::floor(v.as_float()) == v.as_float())
        vm.raise(vm.exc.type_error, "'float' object cannot be interpreted as an integer");
    vm.raise(vm.exc.type_error, "'" + vm.type_name(v) + "' object cannot be interpreted as an integer");
}

Value random_randint(Interp& vm, const Value&, const CallArgs& args) {
    std::vector<Value> a = bind_args(vm, "randint", args, {"a", "b"}, 2, 2);
    std::string error;
    auto r = vm.random.randint(int_param(vm, a[0]), int_param(vm, a[1]), &error);
    if (!r) vm.raise(vm.exc.value_error, error);
    return Value::integer(*r);
}

Value random_randrange(Interp& vm, const Value&, const CallArgs& args) {
    std::vector<Value> a = bind_args(vm, "randrange", args, {"start", "stop", "step"}, 1, 3);
    std::string error;
    std::optional<int64_t> r;
    if (a[1].is_unset() || a[1].is_none()) {
        r = vm.random.randrange_stop(int_param(vm, a[0]), &error);
    } else {
        int64_t step = a[2].is_set() ? int_param(vm, a[2]) : 1;
        r = vm.random.randrange(int_param(vm, a[0]), int_param(vm, a[1]), step, &error);
    }
    if (!r) vm.raise(vm.exc.value_error, error);
    return Value::integer(*r);
}

Value random_choice(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "choice", args);
    const Value& seq = args.positional[0];
    if (seq.is(ObjKind::Dict) || seq.is(ObjKind::Set))
        vm.raise(vm.exc.type_error, "'" + vm.type_name(seq) + "' object is not subscriptable");
    std::vector<Value> items = vm.to_vector(seq);
    if (items.empty()) vm.raise(vm.exc.index_error, "Cannot choose from an empty sequence");
    return items[vm.random.choice_index(items.size())];
}

Value random_shuffle(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "shuffle", args);
    auto* list = args.positional[0].as<ListObject>();
    if (!list) vm.raise(vm.exc.type_error, "'" + vm.type_name(args.positional[0]) + "' object does not support item assignment");
    std::vector<uint64_t> order = vm.random.shuffle_indices(list->items.size());
    std::vector<Value> old = list->items;
    for (size_t i = 0; i < order.size(); ++i) list->items[i] = old[order[i]];
    return Value::none();
}

Value random_sample(Interp& vm, const Value&, const CallArgs& args) {
    std::vector<Value> a = bind_args(vm, "sample", args, {"population", "k"}, 2, 2);
    if (a[0].is(ObjKind::Set) || a[0].is(ObjKind::Dict))
        vm.raise(vm.exc.type_error, "Population must be a sequence.  For dicts or sets, use sorted(d).");
    std::vector<Value> items = vm.to_vector(a[0]);
    auto picks = vm.random.sample_indices(items.size(), int_param(vm, a[1]));
    if (!picks) vm.raise(vm.exc.value_error, "Sample larger than population or is negative");
    std::vector<Value> out;
    for (uint64_t i : *picks) out.push_back(items[i]);
    return vm.list(std::move(out));
}

Value random_choices(Interp& vm, const Value&, const CallArgs& args) {
    std::vector<Value> a = bind_args(vm, "choices", args, {"population", "weights", "cum_weights", "k"}, 1, 2);
    if ((a[1].is_set() && !a[1].is_none()) || (a[2].is_set() && !a[2].is_none()))
        vm.raise(vm.exc.type_error, "random.choices() with weights is not supported");
    std::vector<Value> items = vm.to_vector(a[0]);
    int64_t k = a[3].is_set() ? int_param(vm, a[3]) : 1;
    if (items.empty() && k > 0) vm.raise(vm.exc.index_error, "list index out of range");
    std::vector<Value> out;
    for (int64_t i = 0; i < k; ++i) out.push_back(items[vm.random.choices_index(items.size())]);
    return vm.list(std::move(out));
}

Value random_gauss(Interp& vm, const Value&, const CallArgs& args) {
    std::vector<Value> a = bind_args(vm, "gauss", args, {"mu", "sigma"}, 0, 2);
    double mu = a[0].is_set() ? a[0].to_double() : 0.0;
    double sigma = a[1].is_set() ? a[1].to_double() : 1.0;
    return Value::floating(vm.random.gauss(mu, sigma));
}

Value random_getrandbits(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "getrandbits", args);
    int64_t k = int_param(vm, args.positional[0]);
    if (k < 0) vm.raise(vm.exc.value_error, "number of bits must be non-negative");
    if (k > 63) {
        // CPython's int of k bits from 32-bit outputs, least significant word first.
        check_int_bits(vm, static_cast<uint64_t>(k));
        BigInt r(0);
        uint64_t shift = 0;
        for (uint32_t word : vm.random.getrandbits_words(k)) {
            r = r | BigInt(static_cast<int64_t>(word)).shifted_left(shift);
            shift += 32;
        }
        return int_value(vm, std::move(r));
    }
    return Value::integer(static_cast<int64_t>(vm.random.getrandbits(static_cast<int>(k))));
}

}  // namespace

void install_module_random(Interp& vm) {
    Value module = vm.heap.value<ModuleObject>(vm.types.module.get(), "random", vm.dict());
    DictObject* d = module.as<ModuleObject>()->namespace_dict();
    auto add = [&](const char* name, NativeFn fn) { d->set(vm, vm.intern(name), vm.native(name, fn, module)); };
    add("seed", &random_seed);
    add("random", &random_random);
    add("uniform", &random_uniform);
    add("randint", &random_randint);
    add("randrange", &random_randrange);
    add("choice", &random_choice);
    add("shuffle", &random_shuffle);
    add("sample", &random_sample);
    add("choices", &random_choices);
    add("gauss", &random_gauss);
    add("getrandbits", &random_getrandbits);
    vm.modules["random"] = module;
}

}  // namespace loopstep
