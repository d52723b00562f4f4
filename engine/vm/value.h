// Value: one Python value. Small immediates (None, bool, int, float) live inline; everything else
// is a reference-counted heap Object. A default-constructed Value is "unset" (an unbound local).
#pragma once

#include <type_traits>
#include <cassert>
#include <cstdint>
#include <utility>

namespace loopstep {

class Object;
class ClassObject;
class Heap;

enum class Tag : uint8_t { Unset, None, Bool, Int, Float, Obj };

// The concrete C++ class of an object, for fast checks on hot paths (as<T>() is the general way).
enum class ObjKind : uint8_t {
    Other, Str, Tuple, List, Dict, Set, Function, Native, BoundMethod, Class, Instance, Exception,
    Module, Code, Cell, Generator, Range, Slice, BigInt, Iterator, Future, Task, Loop, Property, MethodWrapper, Super,
    Handle, AsyncGenWrapped, Deque
};

// Kinds whose repr/str come from their class's (native) __repr__/__str__ methods.
inline bool has_class_repr(ObjKind k) { return k == ObjKind::Other || k >= ObjKind::Iterator; }

// Inside a class: Value::as<ThisClass>() checks `kind` against these kinds instead of using RTTI.
// Every object of those kinds must be a ThisClass (subclasses get their own declaration or none).
#define LOOPSTEP_KINDS(Class, ...)                                   \
    using KindTag = Class;                                           \
    static constexpr bool has_kind(ObjKind k) {                      \
        for (ObjKind x : {__VA_ARGS__})                              \
            if (k == x) return true;                                 \
        return false;                                                \
    }

// Every heap object. Objects are owned by reference counts; the Heap that made them keeps an
// intrusive list of all of them so the whole heap (cycles included) is freed with the engine.
class Object {
public:
    Object(ClassObject* type, ObjKind kind) : kind(kind), type_(type) {}
    virtual ~Object() = default;
    Object(const Object&) = delete;
    Object& operator=(const Object&) = delete;

    ClassObject* type() const { return type_; }
    void set_type(ClassObject* type) { type_ = type; }

    // Drops every Value this object holds (used when the heap tears down, to break cycles).
    virtual void clear_references() {}

    const ObjKind kind;
    uint32_t refcount = 0;
    Object* heap_prev = nullptr;
    Object* heap_next = nullptr;
    Heap* heap = nullptr;

private:
    ClassObject* type_;
};

void release_object(Object* object);  // refcount reached zero

class Value {
public:
    Value() : tag_(Tag::Unset), i_(0) {}
    static Value none() { Value v; v.tag_ = Tag::None; return v; }
    static Value boolean(bool b) { Value v; v.tag_ = Tag::Bool; v.i_ = b ? 1 : 0; return v; }
    static Value integer(int64_t i) { Value v; v.tag_ = Tag::Int; v.i_ = i; return v; }
    static Value floating(double f) { Value v; v.tag_ = Tag::Float; v.f_ = f; return v; }
    // Takes a new reference to `o`.
    static Value object(Object* o) {
        assert(o);
        Value v;
        v.tag_ = Tag::Obj;
        v.o_ = o;
        ++o->refcount;
        return v;
    }

    Value(const Value& other) : tag_(other.tag_), i_(other.i_) {
        if (tag_ == Tag::Obj) ++o_->refcount;
    }
    Value(Value&& other) noexcept : tag_(other.tag_), i_(other.i_) { other.tag_ = Tag::Unset; }
    Value& operator=(const Value& other) {
        if (other.tag_ == Tag::Obj) ++other.o_->refcount;
        drop();
        tag_ = other.tag_;
        i_ = other.i_;
        return *this;
    }
    Value& operator=(Value&& other) noexcept {
        if (this != &other) {
            drop();
            tag_ = other.tag_;
            i_ = other.i_;
            other.tag_ = Tag::Unset;
        }
        return *this;
    }
    ~Value() { drop(); }

    Tag tag() const { return tag_; }
    bool is_unset() const { return tag_ == Tag::Unset; }
    bool is_set() const { return tag_ != Tag::Unset; }
    bool is_none() const { return tag_ == Tag::None; }
    bool is_bool() const { return tag_ == Tag::Bool; }
    bool is_int() const { return tag_ == Tag::Int; }
    bool is_float() const { return tag_ == Tag::Float; }
    bool is_obj() const { return tag_ == Tag::Obj; }
    // int or bool (bool is a subclass of int)
    bool is_intlike() const { return tag_ == Tag::Int || tag_ == Tag::Bool; }
    bool is_number() const { return tag_ == Tag::Int || tag_ == Tag::Bool || tag_ == Tag::Float; }

    bool as_bool() const { return i_ != 0; }
    int64_t as_int() const { return i_; }  // valid for Int and Bool
    double as_float() const { return f_; }
    double to_double() const { return tag_ == Tag::Float ? f_ : static_cast<double>(i_); }
    Object* obj() const { return tag_ == Tag::Obj ? o_ : nullptr; }

    // The object as T if it is one, else nullptr. Classes that declare LOOPSTEP_KINDS are checked
    // by their ObjKind (no RTTI on the hot paths); the others by dynamic_cast.
    template <class T>
    T* as() const {
        if (tag_ != Tag::Obj) return nullptr;
        if constexpr (requires { typename T::KindTag; }) {
            if constexpr (std::is_same_v<typename T::KindTag, T>)
                return T::has_kind(o_->kind) ? static_cast<T*>(o_) : nullptr;
            else
                return dynamic_cast<T*>(o_);
        } else {
            return dynamic_cast<T*>(o_);
        }
    }
    bool is(ObjKind kind) const { return tag_ == Tag::Obj && o_->kind == kind; }
    bool same(const Value& other) const { return tag_ == other.tag_ && i_ == other.i_; }

    void reset() {
        drop();
        tag_ = Tag::Unset;
    }

private:
    void drop() {
        if (tag_ == Tag::Obj && --o_->refcount == 0) release_object(o_);
    }

    Tag tag_;
    union {
        int64_t i_;
        double f_;
        Object* o_;
    };
};

// A strong reference to a specific object type (for C++ fields that always hold one kind).
template <class T>
class Ref {
public:
    Ref() = default;
    Ref(T* p) : p_(p) { if (p_) ++p_->refcount; }  // NOLINT: implicit by design
    Ref(const Ref& o) : p_(o.p_) { if (p_) ++p_->refcount; }
    Ref(Ref&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }
    Ref& operator=(const Ref& o) { Ref tmp(o); std::swap(p_, tmp.p_); return *this; }
    Ref& operator=(Ref&& o) noexcept { Ref tmp(std::move(o)); std::swap(p_, tmp.p_); return *this; }
    ~Ref() { if (p_ && --p_->refcount == 0) release_object(p_); }
    T* get() const { return p_; }
    T* operator->() const { return p_; }
    T& operator*() const { return *p_; }
    explicit operator bool() const { return p_ != nullptr; }
    Value value() const { return p_ ? Value::object(p_) : Value(); }
    void reset() { Ref tmp; std::swap(p_, tmp.p_); }

private:
    T* p_ = nullptr;
};

}  // namespace loopstep
