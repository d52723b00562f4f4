// repr() and str() of every value, as CPython prints them. Objects whose CPython repr shows a
// memory address get a deterministic stand-in address instead (same input, same output).
#include <cstdio>
#include <optional>

#include "numbers/float_format.h"
#include "numbers/numeric.h"
#include "objects/int_values.h"
#include "vm/interp.h"

namespace loopstep {

namespace {

std::string fake_address(Interp& vm, const Object* o) {
    auto [it, inserted] = vm.display_ids.emplace(o, vm.display_ids.size() + 1);
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x7f%010llx", static_cast<unsigned long long>(0x1000 + it->second * 0x30));
    return buf;
}

struct ReprGuard {
    // Detects self-containing containers: `l = []; l.append(l)` prints `[[...]]`.
    ReprGuard(std::vector<const Object*>& stack, const Object* o) : stack_(stack) {
        for (auto* x : stack) if (x == o) recursive = true;
        if (!recursive) stack.push_back(o);
    }
    ~ReprGuard() { if (!recursive) stack_.pop_back(); }
    bool recursive = false;
    std::vector<const Object*>& stack_;
};

thread_local std::vector<const Object*> repr_stack;

std::string join_items(Interp& vm, const std::vector<Value>& items) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += ", ";
        out += vm.repr(items[i]);
    }
    return out;
}

std::string exception_message(Interp& vm, ExceptionObject* e, bool is_key_error) {
    if (e->args.empty()) return "";
    if (e->args.size() == 1) return is_key_error ? vm.repr(e->args[0]) : vm.to_str(e->args[0]);
    return vm.repr(vm.tuple(e->args));
}

Value user_special(Interp& vm, const Value& v, const char* name) {
    ClassObject* cls = vm.type_of(v);
    for (ClassObject* c : cls->mro) {
        if (!c->is_user_class && c != vm.types.object.get() && !c->dict.is_set()) continue;
        Value m = static_cast<DictObject*>(c->dict.obj())->get_str(std::string(name));
        if (m.is_set()) {
            if (!c->is_user_class && m.is(ObjKind::Native) && c == vm.types.object.get()) return Value();
            return m;
        }
    }
    return Value();
}

}  // namespace

std::string Interp::repr(const Value& v) {
    if (Value m = subclass_override(*this, v, "__repr__"); m.is_set()) {
        if (depth_ > options.recursion_limit) raise(exc.recursion_error, "maximum recursion depth exceeded while getting the repr of an object");
        Value r = call(m, {v});
        if (!r.is(ObjKind::Str)) raise(exc.type_error, "__repr__ returned non-string (type " + type_name(r) + ")");
        return r.as<StrObject>()->text();
    }
    return repr_builtin(v);
}

std::string Interp::repr_builtin(const Value& v) {
    switch (v.tag()) {
        case Tag::Unset:
        case Tag::None: return "None";
        case Tag::Bool: return v.as_bool() ? "True" : "False";
        case Tag::Int: return std::to_string(v.as_int());
        case Tag::Float: return float_repr(v.as_float());
        case Tag::Obj: break;
    }
    Object* o = v.obj();
    if (o->kind == ObjKind::BigInt) return int_to_decimal(*this, v);
    ClassObject* cls = o->type();
    if ((cls->is_user_class && !builtin_attrs_slot(v)) || has_class_repr(o->kind)) {
        Value m = user_special(*this, v, "__repr__");
        if (m.is_set()) {
            if (depth_ > options.recursion_limit) raise(exc.recursion_error, "maximum recursion depth exceeded while getting the repr of an object");
            Value r = call(m, {v});
            if (!r.is(ObjKind::Str)) raise(exc.type_error, "__repr__ returned non-string (type " + type_name(r) + ")");
            return r.as<StrObject>()->text();
        }
    }
    std::optional<NestedCall> nested;
    if (o->kind == ObjKind::List || o->kind == ObjKind::Tuple || o->kind == ObjKind::Dict || o->kind == ObjKind::Set)
        nested.emplace(*this, "maximum recursion depth exceeded while getting the repr of an object");
    switch (o->kind) {
        case ObjKind::Str: return python_str_repr(static_cast<StrObject*>(o)->text());
        case ObjKind::List: {
            ReprGuard guard(repr_stack, o);
            if (guard.recursive) return "[...]";
            std::vector<Value> items = static_cast<ListObject*>(o)->items;
            return "[" + join_items(*this, items) + "]";
        }
        case ObjKind::Tuple: {
            auto& items = static_cast<TupleObject*>(o)->items;
            if (items.size() == 1) return "(" + repr(items[0]) + ",)";
            return "(" + join_items(*this, items) + ")";
        }
        case ObjKind::Dict: {
            ReprGuard guard(repr_stack, o);
            if (guard.recursive) return "{...}";
            std::string out = "{";
            bool first = true;
            auto entries = static_cast<DictObject*>(o)->table.entries();
            for (auto& e : entries) {
                if (!e.live()) continue;
                if (!first) out += ", ";
                first = false;
                out += repr(e.key) + ": " + repr(e.value);
            }
            return out + "}";
        }
        case ObjKind::Set: {
            auto* s = static_cast<SetObject*>(o);
            std::vector<Value> keys;
            for (auto& e : s->table.entries())
                if (e.live()) keys.push_back(e.key);
            if (s->frozen) return keys.empty() ? "frozenset()" : "frozenset({" + join_items(*this, keys) + "})";
            return keys.empty() ? "set()" : "{" + join_items(*this, keys) + "}";
        }
        case ObjKind::Range: {
            auto* r = static_cast<RangeObject*>(o);
            std::string out = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
            if (r->step != 1) out += ", " + std::to_string(r->step);
            return out + ")";
        }
        case ObjKind::Slice: {
            auto* s = static_cast<SliceObject*>(o);
            return "slice(" + repr(s->start) + ", " + repr(s->stop) + ", " + repr(s->step) + ")";
        }
        case ObjKind::Function: {
            auto* f = static_cast<FunctionObject*>(o);
            return "<function " + f->qualname + " at " + fake_address(*this, o) + ">";
        }
        case ObjKind::Native: {
            auto* n = static_cast<NativeFunctionObject*>(o);
            if (n->self.is_set() && !n->self.is(ObjKind::Module))
                return "<built-in method " + n->name + " of " + type_name(n->self) + " object at " +
                       fake_address(*this, n->self.obj() ? n->self.obj() : o) + ">";
            return "<built-in function " + n->name + ">";
        }
        case ObjKind::BoundMethod: {
            auto* m = static_cast<BoundMethodObject*>(o);
            std::string name = to_str(getattr(m->function, "__qualname__"));
            return "<bound method " + name + " of " + repr(m->self) + ">";
        }
        case ObjKind::Class: {
            auto* c = static_cast<ClassObject*>(o);
            if (c->module == "builtins") return "<class '" + c->qualname + "'>";
            return "<class '" + c->module + "." + c->qualname + "'>";
        }
        case ObjKind::Module: return "<module '" + static_cast<ModuleObject*>(o)->name + "'>";
        case ObjKind::Exception: {
            auto* e = static_cast<ExceptionObject*>(o);
            std::string args = e->args.size() == 1 ? repr(e->args[0]) : join_items(*this, e->args);
            return cls->name + "(" + args + ")";
        }
        case ObjKind::Generator: {
            auto* g = static_cast<GeneratorObject*>(o);
            const char* what = g->kind == GeneratorObject::Kind::Coroutine        ? "coroutine"
                               : g->kind == GeneratorObject::Kind::AsyncGenerator ? "async_generator"
                                                                                  : "generator";
            return std::string("<") + what + " object " + g->qualname() + " at " + fake_address(*this, o) + ">";
        }
        case ObjKind::Cell: return "<cell at " + fake_address(*this, o) + ">";
        case ObjKind::Code: return "<code object " + static_cast<CodeObject*>(o)->code->name + ">";
        default: break;
    }
    if (v.same(ellipsis)) return "Ellipsis";
    if (v.same(not_implemented)) return "NotImplemented";
    std::string name = cls->module == "builtins" ? cls->qualname : cls->module + "." + cls->qualname;
    return "<" + name + " object at " + fake_address(*this, o) + ">";
}

std::string Interp::to_str(const Value& v) {
    if (Value m = subclass_override(*this, v, "__str__"); m.is_set()) {
        Value r = call(m, {v});
        if (!r.is(ObjKind::Str)) raise(exc.type_error, "__str__ returned non-string (type " + type_name(r) + ")");
        return r.as<StrObject>()->text();
    }
    if (auto* s = v.as<StrObject>()) return s->text();
    if (builtin_attrs_slot(v)) {
        // A subclass of list, dict, ... whose __repr__ is its own: str() shows that.
        if (Value m = subclass_override(*this, v, "__repr__"); m.is_set()) return repr(v);
        return repr_builtin(v);
    }
    if (!v.is_obj()) return repr(v);
    ClassObject* cls = v.obj()->type();
    if (cls->is_user_class || has_class_repr(v.obj()->kind)) {
        Value m = user_special(*this, v, "__str__");
        if (m.is_set()) {
            Value r = call(m, {v});
            if (!r.is(ObjKind::Str)) raise(exc.type_error, "__str__ returned non-string (type " + type_name(r) + ")");
            return r.as<StrObject>()->text();
        }
    }
    if (auto* e = v.as<ExceptionObject>()) {
        Value m = type_lookup(cls, literal_name("__str__"));
        if (m.is(ObjKind::Native)) {
            Value r = call(m, {v});
            if (r.is(ObjKind::Str)) return r.as<StrObject>()->text();
        }
        return exception_message(*this, e, cls->is_subclass_of(exc.key_error.get()));
    }
    return repr(v);
}

Value Interp::format(const Value& v, const std::string& spec) {
    std::string error;
    std::optional<std::string> out;
    if (is_builtin_subclass_instance(v)) {
        if (Value m = subclass_override(*this, v, "__format__"); m.is_set()) return call(m, {v, str(spec)});
        if (spec.empty()) return str(to_str(v));
    } else if (type_of(v)->is_user_class) {
        Value m = user_special(*this, v, "__format__");
        if (m.is_set()) return call(m, {v, str(spec)});
        if (spec.empty()) return str(to_str(v));
        raise(exc.type_error, "unsupported format string passed to " + type_name(v) + ".__format__");
    }
    if (v.is_bool() && spec.empty()) return str(repr(v));
    if (v.is_intlike() || v.is(ObjKind::BigInt)) {
        if (v.is_intlike() && spec.empty()) return str(std::to_string(v.as_int()));
        return format_int_value(*this, v, spec);
    }
    else if (v.is_float()) out = format_float(v.as_float(), spec, &error);
    else if (auto* s = v.as<StrObject>()) out = format_str(s->text(), spec, &error);
    else if (spec.empty()) return str(to_str(v));
    else raise(exc.type_error, "unsupported format string passed to " + type_name(v) + ".__format__");
    if (!out && error == kFormatTooWideError) raise(exc.memory_error, "");
    if (!out) raise(exc.value_error, error);
    return str(*out);
}

}  // namespace loopstep
