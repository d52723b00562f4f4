// `_random`, the core under modules/python/random.py as under CPython's: a Random class holding one
// Mersenne Twister, with random(), seed(), getrandbits(), getstate() and setstate() as CPython's
// _random.Random has them. `_runtime_generator()` gives the one whose generator is the runtime's
// (seeded by RunOptions::seed), which the module-level functions of `random` draw from.
#include <cmath>

#include "numbers/sha512.h"
#include "objects/int_values.h"
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

class RandomObject final : public Object {
public:
    explicit RandomObject(ClassObject* type) : Object(type, ObjKind::Other) {}
    MersenneTwister& generator(Interp& vm) { return runtime ? vm.random : own; }
    MersenneTwister own;
    bool runtime = false;  // draws from vm.random instead of `own`
};

MersenneTwister& receiver(Interp& vm, const Value& self, const char* method) {
    auto* r = self.as<RandomObject>();
    if (!r) raise_bad_receiver(vm, "_random.Random", method, self);
    return r->generator(vm);
}

// CPython's version-2 seeding of text: the integer whose big-endian bytes are the UTF-8 text
// followed by its SHA-512 digest, as 32-bit words from the least significant.
std::vector<uint32_t> text_key(const std::string& text) {
    std::array<uint8_t, 64> digest = sha512(text);
    std::string bytes = text;
    bytes.append(reinterpret_cast<const char*>(digest.data()), digest.size());
    std::vector<uint32_t> key;
    uint32_t word = 0;
    int filled = 0;
    for (size_t i = bytes.size(); i-- > 0;) {
        word |= static_cast<uint32_t>(static_cast<uint8_t>(bytes[i])) << (8 * filled);
        if (++filled == 4) {
            key.push_back(word);
            word = 0;
            filled = 0;
        }
    }
    if (filled) key.push_back(word);
    return key;
}

void seed_generator(Interp& vm, MersenneTwister& gen, const Value& a) {
    if (a.is_unset() || a.is_none()) gen.seed(0);  // deterministic stand-in for OS entropy
    else if (a.is_intlike()) gen.seed(a.as_int());
    else if (a.is_float()) gen.seed(hash_float(a.as_float()));
    else if (a.is(ObjKind::Str)) gen.seed_key(text_key(str_text(a)));
    else
        vm.raise(vm.exc.type_error,
                 "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
}

Value r_new(Interp& vm, const Value& cls, const CallArgs& args) {
    expect_count(vm, "Random", args, 0, 1);
    Value v = vm.heap.value<RandomObject>(cls.as<ClassObject>());
    seed_generator(vm, v.as<RandomObject>()->own, args.positional.empty() ? Value() : args.positional[0]);
    return v;
}

Value r_seed(Interp& vm, const Value& self, const CallArgs& args) {
    MersenneTwister& gen = receiver(vm, self, "seed");
    expect_count(vm, "seed", args, 0, 1);
    seed_generator(vm, gen, args.positional.empty() ? Value() : args.positional[0]);
    return Value::none();
}

Value r_random(Interp& vm, const Value& self, const CallArgs& args) {
    MersenneTwister& gen = receiver(vm, self, "random");
    expect_no_args(vm, "random", args);
    return Value::floating(gen.random());
}

Value r_getrandbits(Interp& vm, const Value& self, const CallArgs& args) {
    MersenneTwister& gen = receiver(vm, self, "getrandbits");
    expect_one_arg(vm, "getrandbits", args);
    int64_t k = int_arg(vm, args.positional[0]);
    if (k < 0) vm.raise(vm.exc.value_error, "number of bits must be non-negative");
    if (k > 63) {
        // CPython's int of k bits from 32-bit outputs, least significant word first.
        check_int_bits(vm, static_cast<uint64_t>(k));
        BigInt r(0);
        uint64_t shift = 0;
        for (uint32_t word : gen.getrandbits_words(k)) {
            r = r | BigInt(static_cast<int64_t>(word)).shifted_left(shift);
            shift += 32;
        }
        return int_value(vm, std::move(r));
    }
    return Value::integer(static_cast<int64_t>(gen.getrandbits(static_cast<int>(k))));
}

Value r_getstate(Interp& vm, const Value& self, const CallArgs& args) {
    MersenneTwister& gen = receiver(vm, self, "getstate");
    expect_no_args(vm, "getstate", args);
    std::vector<Value> items;
    for (uint32_t w : gen.state_words()) items.push_back(Value::integer(w));
    items.push_back(Value::integer(gen.state_index()));
    return vm.tuple(std::move(items));
}

Value r_setstate(Interp& vm, const Value& self, const CallArgs& args) {
    MersenneTwister& gen = receiver(vm, self, "setstate");
    expect_one_arg(vm, "setstate", args);
    auto* state = args.positional[0].as<TupleObject>();
    if (!state) vm.raise(vm.exc.type_error, "state vector must be a tuple");
    if (state->items.size() != MersenneTwister::kStateSize + 1)
        vm.raise(vm.exc.value_error, "state vector is the wrong size");
    std::vector<uint32_t> words;
    for (size_t i = 0; i < MersenneTwister::kStateSize; ++i) {
        int64_t w = int_arg(vm, state->items[i]);
        if (w < 0) vm.raise(vm.exc.overflow_error, "can't convert negative value to unsigned int");
        if (w > 0xffffffffLL) vm.raise(vm.exc.overflow_error, "Python int too large to convert to C unsigned long");
        words.push_back(static_cast<uint32_t>(w));
    }
    int64_t index = int_arg(vm, state->items.back());
    if (index < 0 || index > MersenneTwister::kStateSize) vm.raise(vm.exc.value_error, "invalid state");
    gen.set_state(words, static_cast<int>(index));
    return Value::none();
}

Value runtime_generator(Interp& vm, const Value& module, const CallArgs& args) {
    expect_no_args(vm, "_runtime_generator", args);
    Value cls = module.as<ModuleObject>()->namespace_dict()->get_str(std::string("Random"));
    Value v = vm.heap.value<RandomObject>(cls.as<ClassObject>());
    v.as<RandomObject>()->runtime = true;
    return v;
}

}  // namespace

Value make_module_random_core(Interp& vm) {
    Value module = vm.heap.value<ModuleObject>(vm.types.module.get(), "_random", vm.dict());
    DictObject* d = module.as<ModuleObject>()->namespace_dict();
    d->set(vm, vm.intern("__name__"), vm.str("_random"));
    Ref<ClassObject> cls = vm.make_class("Random", {vm.types.object});
    cls->module = "_random";
    cls->constructor = &r_new;
    vm.add_method(cls.get(), "seed", &receiver_first<r_seed>);
    vm.add_method(cls.get(), "random", &receiver_first<r_random>);
    vm.add_method(cls.get(), "getrandbits", &receiver_first<r_getrandbits>);
    vm.add_method(cls.get(), "getstate", &receiver_first<r_getstate>);
    vm.add_method(cls.get(), "setstate", &receiver_first<r_setstate>);
    d->set(vm, vm.intern("Random"), cls.value());
    d->set(vm, vm.intern("_runtime_generator"), vm.native("_runtime_generator", &runtime_generator, module));
    return module;
}

}  // namespace loopstep
