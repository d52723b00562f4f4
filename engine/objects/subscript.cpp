// Subscription: indexing and slicing of str, list, tuple and range, dict lookup, slice
// assignment and deletion, and user __getitem__/__setitem__/__delitem__.
#include "objects/builtin_iterators.h"
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

int64_t normalize_index(Interp& vm, const Value& key, int64_t length, const char* what) {
    int64_t i = vm.index_value(key, what);
    if (i < 0) i += length;
    return i;
}

template <class Items>
Items slice_items(Interp& vm, const Items& items, const SliceObject& s) {
    SliceSpan span = slice_span(vm, s, static_cast<int64_t>(items.size()));
    Items out;
    out.reserve(static_cast<size_t>(span.length));
    for (int64_t k = 0, i = span.start; k < span.length; ++k, i += span.step) out.push_back(items[static_cast<size_t>(i)]);
    return out;
}

Value str_subscript(Interp& vm, StrObject* s, const Value& key) {
    if (auto* sl = key.as<SliceObject>()) {
        SliceSpan span = slice_span(vm, *sl, static_cast<int64_t>(s->length()));
        if (s->is_ascii()) {
            if (span.step == 1) return vm.str(s->text().substr(static_cast<size_t>(span.start), static_cast<size_t>(span.length)));
            std::string out;
            for (int64_t k = 0, i = span.start; k < span.length; ++k, i += span.step) out += s->text()[static_cast<size_t>(i)];
            return vm.str(std::move(out));
        }
        std::string out;
        for (int64_t k = 0, i = span.start; k < span.length; ++k, i += span.step) {
            size_t b = s->byte_offset(static_cast<size_t>(i));
            size_t e = s->byte_offset(static_cast<size_t>(i) + 1);
            out += s->text().substr(b, e - b);
        }
        return vm.str(std::move(out));
    }
    if (key.is(ObjKind::BigInt)) vm.raise(vm.exc.index_error, "cannot fit 'int' into an index-sized integer");
    if (!key.is_intlike()) vm.raise(vm.exc.type_error, "string indices must be integers, not '" + vm.type_name(key) + "'");
    int64_t i = normalize_index(vm, key, static_cast<int64_t>(s->length()), "string");
    if (i < 0 || i >= static_cast<int64_t>(s->length())) vm.raise(vm.exc.index_error, "string index out of range");
    size_t b = s->byte_offset(static_cast<size_t>(i));
    size_t e = s->byte_offset(static_cast<size_t>(i) + 1);
    return vm.str(s->text().substr(b, e - b));
}

Value user_item_method(Interp& vm, const Value& container, const char* name) {
    ClassObject* cls = vm.type_of(container);
    // A user class's, or a native object's that has no C++ path above (contextvars.Context).
    if (!cls->is_user_class && !container.is(ObjKind::Other)) return Value();
    return cls->lookup(std::string(name));
}

}  // namespace

int64_t Interp::index_value(const Value& v, const char* what) {
    if (v.is_intlike()) return v.as_int();
    if (v.is(ObjKind::BigInt)) raise(exc.index_error, "cannot fit 'int' into an index-sized integer");
    if (type_of(v)->is_user_class) {
        Value m = type_lookup(type_of(v), literal_name("__index__"));
        if (m.is_set()) {
            Value r = call(m, {v});
            if (r.is_intlike()) return r.as_int();
        }
    }
    raise(exc.type_error, std::string(what) + " indices must be integers or slices, not " + type_name(v));
}

Value Interp::getitem(const Value& container, const Value& key) {
    if (Value m = subclass_override(*this, container, "__getitem__"); m.is_set()) return call(m, {container, key});
    return getitem_builtin(container, key);
}

Value Interp::getitem_builtin(const Value& container, const Value& key) {
    if (auto* l = container.as<ListObject>()) {
        if (auto* s = key.as<SliceObject>()) return list(slice_items(*this, l->items, *s));
        int64_t i = normalize_index(*this, key, static_cast<int64_t>(l->items.size()), "list");
        if (i < 0 || i >= static_cast<int64_t>(l->items.size())) raise(exc.index_error, "list index out of range");
        return l->items[static_cast<size_t>(i)];
    }
    if (auto* t = container.as<TupleObject>()) {
        if (auto* s = key.as<SliceObject>()) return tuple(slice_items(*this, t->items, *s));
        int64_t i = normalize_index(*this, key, static_cast<int64_t>(t->items.size()), "tuple");
        if (i < 0 || i >= static_cast<int64_t>(t->items.size())) raise(exc.index_error, "tuple index out of range");
        return t->items[static_cast<size_t>(i)];
    }
    if (auto* d = container.as<DictObject>()) {
        Value v = d->get(*this, key);
        if (v.is_set()) return v;
        if (type_of(container) != types.dict.get()) {
            Value missing = type_lookup(type_of(container), literal_name("__missing__"));
            if (missing.is_set()) return call(missing, {container, key});
        }
        raise_value(new_exception(exc.key_error.get(), {key}));
    }
    if (auto* s = container.as<StrObject>()) return str_subscript(*this, s, key);
    if (auto* r = container.as<RangeObject>()) return range_getitem(*this, *r, key);
    if (auto* q = container.as<DequeObject>()) {
        if (!key.is_intlike()) raise(exc.type_error, "sequence index must be integer, not '" + type_name(key) + "'");
        int64_t i = key.as_int();
        auto n = static_cast<int64_t>(q->items.size());
        if (i < 0) i += n;
        if (i < 0 || i >= n) raise(exc.index_error, "deque index out of range");
        return q->items[static_cast<size_t>(i)];
    }
    if (Value m = user_item_method(*this, container, "__getitem__"); m.is_set()) return call(m, {container, key});
    if (auto* cls = container.as<ClassObject>()) {
        if (Value hook = type_lookup(cls, literal_name("__class_getitem__")); hook.is_set()) {
            if (auto* w = hook.as<MethodWrapperObject>(); w && w->wrapper_kind == MethodWrapperObject::Kind::Class)
                return call(w->function, {container, key});
            return call(hook, {key});
        }
        // `list[int]` in annotations evaluated at run time: a generic alias stand-in.
        return container;
    }
    raise(exc.type_error, "'" + type_name(container) + "' object is not subscriptable");
}

void Interp::setitem(const Value& container, const Value& key, const Value& value) {
    if (Value m = subclass_override(*this, container, "__setitem__"); m.is_set()) {
        call(m, {container, key, value});
        return;
    }
    setitem_builtin(container, key, value);
}

void Interp::setitem_builtin(const Value& container, const Value& key, const Value& value) {
    if (auto* l = container.as<ListObject>()) {
        if (auto* s = key.as<SliceObject>()) {
            std::vector<Value> replacement = to_vector(value);
            SliceSpan span = slice_span(*this, *s, static_cast<int64_t>(l->items.size()));
            if (span.step == 1) {
                auto first = l->items.begin() + span.start;
                l->items.erase(first, first + span.length);
                l->items.insert(l->items.begin() + span.start, replacement.begin(), replacement.end());
                return;
            }
            if (static_cast<int64_t>(replacement.size()) != span.length)
                raise(exc.value_error, "attempt to assign sequence of size " + std::to_string(replacement.size()) +
                                           " to extended slice of size " + std::to_string(span.length));
            for (int64_t k = 0, i = span.start; k < span.length; ++k, i += span.step)
                l->items[static_cast<size_t>(i)] = replacement[static_cast<size_t>(k)];
            return;
        }
        int64_t i = normalize_index(*this, key, static_cast<int64_t>(l->items.size()), "list");
        if (i < 0 || i >= static_cast<int64_t>(l->items.size())) raise(exc.index_error, "list assignment index out of range");
        l->items[static_cast<size_t>(i)] = value;
        return;
    }
    if (auto* d = container.as<DictObject>()) {
        d->set(*this, key, value);
        return;
    }
    if (Value m = user_item_method(*this, container, "__setitem__"); m.is_set()) {
        call(m, {container, key, value});
        return;
    }
    raise(exc.type_error, "'" + type_name(container) + "' object does not support item assignment");
}

void Interp::delitem(const Value& container, const Value& key) {
    if (Value m = subclass_override(*this, container, "__delitem__"); m.is_set()) {
        call(m, {container, key});
        return;
    }
    delitem_builtin(container, key);
}

void Interp::delitem_builtin(const Value& container, const Value& key) {
    if (auto* l = container.as<ListObject>()) {
        if (auto* s = key.as<SliceObject>()) {
            SliceSpan span = slice_span(*this, *s, static_cast<int64_t>(l->items.size()));
            std::vector<bool> drop(l->items.size(), false);
            for (int64_t k = 0, i = span.start; k < span.length; ++k, i += span.step) drop[static_cast<size_t>(i)] = true;
            std::vector<Value> kept;
            for (size_t i = 0; i < l->items.size(); ++i)
                if (!drop[i]) kept.push_back(l->items[i]);
            l->items = std::move(kept);
            return;
        }
        int64_t i = normalize_index(*this, key, static_cast<int64_t>(l->items.size()), "list");
        if (i < 0 || i >= static_cast<int64_t>(l->items.size())) raise(exc.index_error, "list assignment index out of range");
        l->items.erase(l->items.begin() + i);
        return;
    }
    if (auto* d = container.as<DictObject>()) {
        if (!d->remove(*this, key)) raise_value(new_exception(exc.key_error.get(), {key}));
        return;
    }
    if (Value m = user_item_method(*this, container, "__delitem__"); m.is_set()) {
        call(m, {container, key});
        return;
    }
    raise(exc.type_error, "'" + type_name(container) + "' object doesn't support item deletion");
}

}  // namespace loopstep
