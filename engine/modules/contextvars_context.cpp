// contextvars.Context: a read-only mapping of ContextVars to values, entered by Context.run (and by
// asyncio for each task step and callback); and the current context's bookkeeping
// (contextvars_objects.h).
#include <cstdio>

#include "modules/contextvars_objects.h"
#include "vm/native_support.h"

namespace loopstep {

namespace ctxvars {

std::string stand_in_address(Interp& vm, const Object* o) {
    // The scheme of every other repr with an address (objects/repr.cpp): numbered by first use.
    auto [it, inserted] = vm.display_ids.emplace(o, vm.display_ids.size() + 1);
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x7f%010llx", static_cast<unsigned long long>(0x1000 + it->second * 0x30));
    return buf;
}

ContextObject* as_context(Interp& vm, const Value& v) {
    if (!v.is_obj() || !vm.types.context || v.obj()->type() != vm.types.context.get()) return nullptr;
    return static_cast<ContextObject*>(v.obj());
}

Value new_context(Interp& vm, Value mapping) {
    Value v = vm.heap.value<ContextObject>(vm.types.context.get());
    static_cast<ContextObject*>(v.obj())->mapping = std::move(mapping);
    return v;
}

ContextObject& current(Interp& vm) {
    if (vm.current_context.is_unset()) {
        vm.current_context = new_context(vm, Value());
        static_cast<ContextObject*>(vm.current_context.obj())->entered = true;
    }
    return *static_cast<ContextObject*>(vm.current_context.obj());
}

ContextMapping& writable_mapping(Interp& vm, ContextObject& context) {
    if (context.mapping.is_unset()) {
        context.mapping = vm.heap.value<ContextMapping>(vm.types.context_mapping.get());
    } else if (context.mapping.obj()->refcount > 1) {
        // Shared with a copy: this context gets its own (the copies keep seeing the old values).
        Value fresh = vm.heap.value<ContextMapping>(vm.types.context_mapping.get());
        static_cast<ContextMapping*>(fresh.obj())->items = static_cast<ContextMapping*>(context.mapping.obj())->items;
        context.mapping = std::move(fresh);
    }
    return *static_cast<ContextMapping*>(context.mapping.obj());
}

Value copy_current(Interp& vm) {
    if (vm.current_context.is_unset()) return Value();
    const Value& mapping = static_cast<ContextObject*>(vm.current_context.obj())->mapping;
    if (mapping.is_unset() || static_cast<ContextMapping*>(mapping.obj())->items.empty()) return Value();
    return new_context(vm, mapping);
}

Value context_argument(Interp& vm, const Value& given) {
    if (given.is_unset() || given.is_none()) return copy_current(vm);
    if (!as_context(vm, given))
        vm.raise(vm.exc.type_error, "an instance of Context was expected, got " + vm.repr(given));
    return given;
}

void ContextScope::enter() {
    if (slot_.is_set()) {
        auto* c = static_cast<ContextObject*>(slot_.obj());
        if (c->entered) vm_.raise(vm_.exc.runtime_error, "cannot enter context: " + vm_.repr(slot_) + " is already entered");
        c->entered = true;
    }
    saved_ = std::move(vm_.current_context);
    vm_.current_context = slot_;
    entered_ = true;
}

// (Also reached without enter() when the scope's first ContextVar.set made its Context: saved_
// is then unset, as the current context was.)
void ContextScope::leave() {
    if (vm_.current_context.is_set()) {
        static_cast<ContextObject*>(vm_.current_context.obj())->entered = false;
        if (slot_.is_unset()) slot_ = std::move(vm_.current_context);
    }
    vm_.current_context = std::move(saved_);
}

}  // namespace ctxvars

namespace {

using namespace ctxvars;

ContextObject& context_receiver(Interp& vm, const Value& self, const char* method) {
    ContextObject* c = as_context(vm, self);
    if (!c) raise_bad_receiver(vm, "_contextvars.Context", method, self);
    return *c;
}

const ContextMapping* mapping_of(const ContextObject& c) {
    return c.mapping.is_set() ? static_cast<const ContextMapping*>(c.mapping.obj()) : nullptr;
}

const Object* var_key(Interp& vm, const Value& key) {
    if (!key.is_obj() || key.obj()->type() != vm.types.context_var.get())
        vm.raise(vm.exc.type_error, "a ContextVar key was expected, got " + vm.repr(key));
    return key.obj();
}

const Value* lookup(Interp& vm, const ContextObject& c, const Value& key) {
    const Object* var = var_key(vm, key);
    const ContextMapping* m = mapping_of(c);
    return m ? m->find(var) : nullptr;
}

Value c_new(Interp& vm, const Value&, const CallArgs& args) {
    if (!args.positional.empty() || !args.kw_names.empty())
        vm.raise(vm.exc.type_error, "Context() does not accept any arguments");
    return new_context(vm, Value());
}

Value c_run(Interp& vm, const Value& self, const CallArgs& args) {
    context_receiver(vm, self, "run");
    if (args.positional.empty()) vm.raise(vm.exc.type_error, "run() missing 1 required positional argument");
    Value slot = self;
    ContextScope scope(vm, slot);
    return vm.call(args.positional[0], CallArgs{args.positional.subspan(1), args.kw_values, args.kw_names});
}

Value c_copy(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "copy", args);
    return new_context(vm, context_receiver(vm, self, "copy").mapping);
}

Value c_get(Interp& vm, const Value& self, const CallArgs& args) {
    ContextObject& c = context_receiver(vm, self, "get");
    expect_count(vm, "get", args, 1, 2);
    if (const Value* v = lookup(vm, c, args.positional[0])) return *v;
    return args.positional.size() > 1 ? args.positional[1] : Value::none();
}

Value c_getitem(Interp& vm, const Value& self, const CallArgs& args) {
    ContextObject& c = context_receiver(vm, self, "__getitem__");
    expect_one_arg(vm, "__getitem__", args);
    if (const Value* v = lookup(vm, c, args.positional[0])) return *v;
    vm.raise_value(vm.new_exception(vm.exc.key_error.get(), {args.positional[0]}));
}

Value c_contains(Interp& vm, const Value& self, const CallArgs& args) {
    ContextObject& c = context_receiver(vm, self, "__contains__");
    expect_one_arg(vm, "__contains__", args);
    return Value::boolean(lookup(vm, c, args.positional[0]) != nullptr);
}

Value c_len(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "__len__", args);
    const ContextMapping* m = mapping_of(context_receiver(vm, self, "__len__"));
    return Value::integer(m ? static_cast<int64_t>(m->items.size()) : 0);
}

enum class Part { Keys, Values, Items };

Value parts(Interp& vm, const ContextObject& c, Part part) {
    std::vector<Value> out;
    if (const ContextMapping* m = mapping_of(c))
        for (const auto& [k, v] : m->items) {
            if (part == Part::Keys) out.push_back(k);
            else if (part == Part::Values) out.push_back(v);
            else out.push_back(vm.tuple({k, v}));
        }
    return vm.iter(vm.list(std::move(out)));
}

Value c_iter(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "__iter__", args);
    return parts(vm, context_receiver(vm, self, "__iter__"), Part::Keys);
}
Value c_keys(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "keys", args);
    return parts(vm, context_receiver(vm, self, "keys"), Part::Keys);
}
Value c_values(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "values", args);
    return parts(vm, context_receiver(vm, self, "values"), Part::Values);
}
Value c_items(Interp& vm, const Value& self, const CallArgs& args) {
    expect_no_args(vm, "items", args);
    return parts(vm, context_receiver(vm, self, "items"), Part::Items);
}

Value c_eq(Interp& vm, const Value& self, const CallArgs& args) {
    ContextObject& c = context_receiver(vm, self, "__eq__");
    expect_one_arg(vm, "__eq__", args);
    ContextObject* other = as_context(vm, args.positional[0]);
    if (!other) return vm.not_implemented;
    const ContextMapping* a = mapping_of(c);
    const ContextMapping* b = mapping_of(*other);
    size_t na = a ? a->items.size() : 0, nb = b ? b->items.size() : 0;
    if (na != nb) return Value::boolean(false);
    for (size_t i = 0; i < na; ++i) {
        const Value* v = b->find(a->items[i].first.obj());
        if (!v || !vm.eq(a->items[i].second, *v)) return Value::boolean(false);
    }
    return Value::boolean(true);
}

}  // namespace

void install_context_class(Interp& vm) {
    vm.types.context_mapping = vm.make_class("ContextMapping", {vm.types.object});
    vm.types.context_mapping->module = "_contextvars";
    Ref<ClassObject> cls = vm.make_class("Context", {vm.types.object});
    cls->module = "_contextvars";
    cls->constructor = &c_new;
    ClassObject* c = cls.get();
    vm.add_method(c, "run", &receiver_first<c_run>);
    vm.add_method(c, "copy", &receiver_first<c_copy>);
    vm.add_method(c, "get", &receiver_first<c_get>);
    vm.add_method(c, "keys", &receiver_first<c_keys>);
    vm.add_method(c, "values", &receiver_first<c_values>);
    vm.add_method(c, "items", &receiver_first<c_items>);
    vm.add_method(c, "__getitem__", &receiver_first<c_getitem>);
    vm.add_method(c, "__contains__", &receiver_first<c_contains>);
    vm.add_method(c, "__len__", &receiver_first<c_len>);
    vm.add_method(c, "__iter__", &receiver_first<c_iter>);
    vm.add_method(c, "__eq__", &receiver_first<c_eq>);
    vm.set_attr_raw(c, "__hash__", Value::none());
    vm.types.context = cls;
}

}  // namespace loopstep
