// The iteration protocol: iter() and next() for every iterable kind, and the iterators of
// lists, tuples and strings.
#include "objects/builtin_iterators.h"
#include "objects/dict_iterators.h"
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

// Iterates a list, tuple or str by index; a list may grow while it is iterated, as in CPython.
class SequenceIterator final : public IteratorObject {
public:
    SequenceIterator(ClassObject* type, Value sequence) : IteratorObject(type), sequence_(std::move(sequence)) {}
    void clear_references() override { sequence_.reset(); }
    Value next(Interp& vm) override {
        if (sequence_.is_unset()) return Value();
        Object* o = sequence_.obj();
        if (o->kind == ObjKind::List) {
            auto& items = static_cast<ListObject*>(o)->items;
            if (index_ < items.size()) return items[index_++];
        } else if (o->kind == ObjKind::Tuple) {
            auto& items = static_cast<TupleObject*>(o)->items;
            if (index_ < items.size()) return items[index_++];
        } else {
            auto* s = static_cast<StrObject*>(o);
            const std::string& text = s->text();
            if (byte_ < text.size()) {
                size_t len = 1;
                unsigned char c = static_cast<unsigned char>(text[byte_]);
                if (c >= 0xF0) len = 4;
                else if (c >= 0xE0) len = 3;
                else if (c >= 0xC0) len = 2;
                Value ch = vm.str(text.substr(byte_, len));
                byte_ += len;
                return ch;
            }
        }
        sequence_.reset();
        return Value();
    }

private:
    Value sequence_;
    size_t index_ = 0;
    size_t byte_ = 0;
};

ClassObject* iterator_class(Interp& vm, ObjKind kind) {
    return runtime_class(vm, kind == ObjKind::List ? "list_iterator" : kind == ObjKind::Tuple ? "tuple_iterator" : "str_ascii_iterator");
}

}  // namespace

Value Interp::iter(const Value& v) {
    if (Value m = subclass_override(*this, v, "__iter__"); m.is_set()) {
        Value it = call(m, {v});
        ClassObject* it_cls = type_of(it);
        if (!it.is(ObjKind::Iterator) && !it.is(ObjKind::Generator) && type_lookup(it_cls, literal_name("__next__")).is_unset())
            raise(exc.type_error, "iter() returned non-iterator of type '" + it_cls->name + "'");
        return it;
    }
    return iter_builtin(v);
}

Value Interp::iter_builtin(const Value& v) {
    if (v.is_obj()) {
        Object* o = v.obj();
        switch (o->kind) {
            case ObjKind::List:
            case ObjKind::Tuple:
            case ObjKind::Str: return heap.value<SequenceIterator>(iterator_class(*this, o->kind), v);
            case ObjKind::Dict: return make_dict_iterator(*this, v, 0);
            case ObjKind::Set: return make_set_iterator(*this, v);
            case ObjKind::Range: return make_range_iterator(*this, *static_cast<RangeObject*>(o));
            case ObjKind::Iterator:
            case ObjKind::Generator:
                if (o->kind == ObjKind::Generator && static_cast<GeneratorObject*>(o)->kind != GeneratorObject::Kind::Generator)
                    break;
                return v;
            default: break;
        }
    }
    ClassObject* cls = type_of(v);
    Value m = type_lookup(cls, literal_name("__iter__"));
    if (m.is_set() && !m.is_none()) {
        Value it = call(m, {v});
        ClassObject* it_cls = type_of(it);
        if (!it.is(ObjKind::Iterator) && !it.is(ObjKind::Generator) && type_lookup(it_cls, literal_name("__next__")).is_unset())
            raise(exc.type_error, "iter() returned non-iterator of type '" + it_cls->name + "'");
        return it;
    }
    if (cls->is_user_class && type_lookup(cls, literal_name("__getitem__")).is_set()) {
        // The old sequence protocol: __getitem__(0), (1), ... until IndexError.
        std::vector<Value> items;
        for (int64_t i = 0;; ++i) {
            try {
                items.push_back(call(type_lookup(cls, literal_name("__getitem__")), {v, Value::integer(i)}));
            } catch (PyError& e) {
                if (isinstance(e.exception, exc.index_error.get()) || isinstance(e.exception, exc.stop_iteration.get())) break;
                throw;
            }
        }
        return iter(list(std::move(items)));
    }
    raise(exc.type_error, "'" + cls->name + "' object is not iterable");
}

Value Interp::next(const Value& it) {
    if (it.is_obj()) {
        Object* o = it.obj();
        if (o->kind == ObjKind::Iterator) return static_cast<IteratorObject*>(o)->next(*this);
        if (o->kind == ObjKind::Generator) {
            auto* gen = static_cast<GeneratorObject*>(o);
            if (gen->state == GeneratorObject::State::Closed) return Value();
            ResumeResult r = resume(gen, Value::none());
            if (r.status == ResumeStatus::Yielded) return r.value;
            if (r.status == ResumeStatus::Returned) return Value();
            throw PyError{r.value};
        }
    }
    ClassObject* cls = type_of(it);
    Value m = type_lookup(cls, literal_name("__next__"));
    if (m.is_unset()) raise(exc.type_error, "'" + cls->name + "' object is not an iterator");
    try {
        return call(m, {it});
    } catch (PyError& e) {
        if (isinstance(e.exception, exc.stop_iteration.get())) return Value();
        throw;
    }
}

std::vector<Value> Interp::to_vector(const Value& iterable) {
    // A subclass's own __iter__ is used (list(sub)), as CPython does for all but exact lists and tuples.
    if (!iterable.is_obj() || !iterable.obj()->type()->is_user_class || subclass_override(*this, iterable, "__iter__").is_unset()) {
        if (auto* l = iterable.as<ListObject>()) return l->items;
        if (auto* t = iterable.as<TupleObject>()) return t->items;
    }
    std::vector<Value> out;
    Value it = iter(iterable);
    for (;;) {
        Value v = next(it);
        if (v.is_unset()) return out;
        if (out.size() > (size_t{1} << 26)) raise(exc.memory_error, "");
        out.push_back(std::move(v));
    }
}

}  // namespace loopstep
