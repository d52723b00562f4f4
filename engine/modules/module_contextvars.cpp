// The `contextvars` module, as CPython 3.11's: ContextVar (get/set/reset), Token, copy_context,
// and Context (contextvars_context.cpp). Made on first import (stdlib_modules.cpp); asyncio runs
// each task step and callback in its context through ctxvars::ContextScope.
//
// Deviation: reprs show a deterministic stand-in address, as every other repr of the engine.
#include "modules/contextvars_objects.h"
#include "vm/native_support.h"

namespace loopstep {

void install_context_class(Interp& vm);  // contextvars_context.cpp

namespace {

using namespace ctxvars;

// Token.MISSING: a marker with nothing in it.
class MissingObject final : public Object {
public:
    explicit MissingObject(ClassObject* type) : Object(type, ObjKind::Other) {}
};

ContextVarObject& var_receiver(Interp& vm, const Value& self, const char* method) {
    if (!self.is_obj() || self.obj()->type() != vm.types.context_var.get())
        raise_bad_receiver(vm, "_contextvars.ContextVar", method, self);
    return *static_cast<ContextVarObject*>(self.obj());
}

TokenObject* as_token(Interp& vm, const Value& v) {
    if (!v.is_obj() || v.obj()->type() != vm.types.context_token.get()) return nullptr;
    return static_cast<TokenObject*>(v.obj());
}

std::string var_repr(Interp& vm, const Value& self) {
    auto& v = *static_cast<ContextVarObject*>(self.obj());
    std::string out = "<ContextVar name=" + vm.repr(v.name);
    if (v.default_value.is_set()) out += " default=" + vm.repr(v.default_value);
    return out + " at " + stand_in_address(vm, self.obj()) + ">";
}

std::string token_repr(Interp& vm, const Value& self) {
    auto& t = *static_cast<TokenObject*>(self.obj());
    return std::string("<Token") + (t.used ? " used" : "") + " var=" + var_repr(vm, t.var) + " at " +
           stand_in_address(vm, self.obj()) + ">";
}

Value v_new(Interp& vm, const Value&, const CallArgs& args) {
    if (args.positional.size() > 1)
        vm.raise(vm.exc.type_error,
                 "ContextVar() takes at most 1 positional argument (" + std::to_string(args.positional.size()) + " given)");
    Value default_value;
    for (size_t i = 0; i < args.kw_names.size(); ++i) {
        if (kw_name(args, i) != "default")
            vm.raise(vm.exc.type_error, "'" + std::string(kw_name(args, i)) + "' is an invalid keyword argument for ContextVar()");
        default_value = args.kw_values[i];
    }
    if (args.positional.empty()) vm.raise(vm.exc.type_error, "ContextVar() takes exactly 1 positional argument (0 given)");
    if (!args.positional[0].is(ObjKind::Str)) vm.raise(vm.exc.type_error, "context variable name must be a str");
    Value v = vm.heap.value<ContextVarObject>(vm.types.context_var.get());
    auto* var = static_cast<ContextVarObject*>(v.obj());
    var->name = args.positional[0];
    var->default_value = default_value;
    return v;
}

Value v_get(Interp& vm, const Value& self, const CallArgs& args) {
    ContextVarObject& var = var_receiver(vm, self, "get");
    if (!args.kw_names.empty()) reject_kwargs(vm, "get", args);
    if (args.positional.size() > 1) expect_count(vm, "get", args, 0, 1);
    if (vm.current_context.is_set()) {
        const Value& mapping = static_cast<ContextObject*>(vm.current_context.obj())->mapping;
        if (mapping.is_set())
            if (const Value* v = static_cast<ContextMapping*>(mapping.obj())->find(&var)) return *v;
    }
    if (!args.positional.empty()) return args.positional[0];
    if (var.default_value.is_set()) return var.default_value;
    vm.raise_value(vm.new_exception(vm.exc.lookup_error.get(), {self}));
}

void assign(Interp& vm, ContextObject& context, const Value& var, const Value& value) {
    ContextMapping& m = writable_mapping(vm, context);
    for (auto& [k, v] : m.items)
        if (k.same(var)) {
            v = value;
            return;
        }
    m.items.emplace_back(var, value);
}

void remove(Interp& vm, ContextObject& context, const Value& var) {
    if (context.mapping.is_unset()) return;
    ContextMapping& m = writable_mapping(vm, context);
    std::erase_if(m.items, [&](const auto& item) { return item.first.same(var); });
}

Value v_set(Interp& vm, const Value& self, const CallArgs& args) {
    var_receiver(vm, self, "set");
    if (args.positional.size() != 1 || !args.kw_names.empty())
        vm.raise(vm.exc.type_error, "ContextVar.set() takes exactly one argument (" +
                                        std::to_string(args.positional.size() + args.kw_names.size()) + " given)");
    ContextObject& context = current(vm);
    Value token = vm.heap.value<TokenObject>(vm.types.context_token.get());
    auto* t = static_cast<TokenObject*>(token.obj());
    t->var = self;
    t->context = vm.current_context;
    if (const ContextMapping* m = context.mapping.is_set() ? static_cast<ContextMapping*>(context.mapping.obj()) : nullptr)
        if (const Value* old = m->find(self.obj())) t->old_value = *old;
    assign(vm, context, self, args.positional[0]);
    return token;
}

Value v_reset(Interp& vm, const Value& self, const CallArgs& args) {
    var_receiver(vm, self, "reset");
    if (args.positional.size() != 1 || !args.kw_names.empty())
        vm.raise(vm.exc.type_error, "ContextVar.reset() takes exactly one argument (" +
                                        std::to_string(args.positional.size() + args.kw_names.size()) + " given)");
    const Value& token = args.positional[0];
    TokenObject* t = as_token(vm, token);
    if (!t) vm.raise(vm.exc.type_error, "expected an instance of Token, got " + vm.repr(token));
    if (t->used) vm.raise(vm.exc.runtime_error, token_repr(vm, token) + " has already been used once");
    if (!t->var.same(self)) vm.raise(vm.exc.value_error, token_repr(vm, token) + " was created by a different ContextVar");
    if (!t->context.same(vm.current_context))
        vm.raise(vm.exc.value_error, token_repr(vm, token) + " was created in a different Context");
    t->used = true;
    ContextObject& context = current(vm);
    if (t->old_value.is_set()) assign(vm, context, self, t->old_value);
    else remove(vm, context, self);
    return Value::none();
}

Value v_repr(Interp& vm, const Value& self, const CallArgs& args) {
    var_receiver(vm, self, "__repr__");
    expect_no_args(vm, "__repr__", args);
    return vm.str(var_repr(vm, self));
}

Value v_name(Interp& vm, const Value&, const CallArgs& args) {
    return var_receiver(vm, args.positional[0], "name").name;
}

Value t_new(Interp& vm, const Value&, const CallArgs&) {
    vm.raise(vm.exc.runtime_error, "Tokens can only be created by ContextVars");
}

TokenObject& token_receiver(Interp& vm, const Value& self, const char* method) {
    TokenObject* t = as_token(vm, self);
    if (!t) raise_bad_receiver(vm, "_contextvars.Token", method, self);
    return *t;
}

Value t_var(Interp& vm, const Value&, const CallArgs& args) { return token_receiver(vm, args.positional[0], "var").var; }

Value t_old_value(Interp& vm, const Value&, const CallArgs& args) {
    TokenObject& t = token_receiver(vm, args.positional[0], "old_value");
    return t.old_value.is_set() ? t.old_value : vm.context_missing;
}

Value t_repr(Interp& vm, const Value& self, const CallArgs& args) {
    token_receiver(vm, self, "__repr__");
    expect_no_args(vm, "__repr__", args);
    return vm.str(token_repr(vm, self));
}

Value missing_repr(Interp& vm, const Value&, const CallArgs&) { return vm.str("<Token.MISSING>"); }

Value m_copy_context(Interp& vm, const Value&, const CallArgs& args) {
    if (!args.positional.empty() || !args.kw_names.empty())
        vm.raise(vm.exc.type_error, "_contextvars.copy_context() takes no arguments (" +
                                        std::to_string(args.positional.size() + args.kw_names.size()) + " given)");
    const Value& c = vm.current_context;
    return new_context(vm, c.is_set() ? static_cast<ContextObject*>(c.obj())->mapping : Value());
}

}  // namespace

Value make_module_contextvars(Interp& vm) {
    Value module = vm.heap.value<ModuleObject>(vm.types.module.get(), "contextvars", vm.dict());
    DictObject* d = module.as<ModuleObject>()->namespace_dict();
    d->set(vm, vm.intern("__name__"), vm.str("contextvars"));
    // The classes are made once per runtime (a second import of the module reuses them).
    if (!vm.types.context) {
        Ref<ClassObject> var = vm.make_class("ContextVar", {vm.types.object});
        var->module = "_contextvars";
        var->constructor = &v_new;
        vm.add_method(var.get(), "get", &receiver_first<v_get>);
        vm.add_method(var.get(), "set", &receiver_first<v_set>);
        vm.add_method(var.get(), "reset", &receiver_first<v_reset>);
        vm.add_method(var.get(), "__repr__", &receiver_first<v_repr>);
        add_getter(vm, var.get(), "name", &v_name);
        vm.types.context_var = var;

        Ref<ClassObject> missing = vm.make_class("MISSING", {vm.types.object});
        missing->module = "_contextvars";
        vm.add_method(missing.get(), "__repr__", &missing_repr);
        vm.types.context_missing = missing;
        vm.context_missing = vm.heap.value<MissingObject>(missing.get());

        Ref<ClassObject> token = vm.make_class("Token", {vm.types.object});
        token->module = "_contextvars";
        token->constructor = &t_new;
        vm.add_method(token.get(), "__repr__", &receiver_first<t_repr>);
        add_getter(vm, token.get(), "var", &t_var);
        add_getter(vm, token.get(), "old_value", &t_old_value);
        vm.set_attr_raw(token.get(), "MISSING", vm.context_missing);
        vm.types.context_token = token;
        install_context_class(vm);
    }
    d->set(vm, vm.intern("ContextVar"), vm.types.context_var.value());
    d->set(vm, vm.intern("Token"), vm.types.context_token.value());
    d->set(vm, vm.intern("Context"), vm.types.context.value());
    d->set(vm, vm.intern("copy_context"), vm.native("copy_context", &m_copy_context, module));
    d->set(vm, vm.intern("__all__"),
           vm.list({vm.str("Context"), vm.str("ContextVar"), vm.str("Token"), vm.str("copy_context")}));
    return module;
}

}  // namespace loopstep
