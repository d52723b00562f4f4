// The built-in object kinds of the runtime: strings, tuples, lists, cells, slices, ranges,
// modules, functions, methods, classes, instances and exceptions. Dicts and sets are in
// dict_object.h, generators in generator.h.
#pragma once

#include <deque>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "compiler/code.h"
#include "vm/value.h"

namespace loopstep {

class Interp;
class DictObject;

enum class ResumeStatus : uint8_t { Yielded, Returned, Raised };

// What resuming a generator, coroutine or awaitable iterator gave.
struct ResumeResult {
    ResumeStatus status;
    Value value;  // yielded value, return value, or the exception
};

class StrObject final : public Object {
public:
    LOOPSTEP_KINDS(StrObject, ObjKind::Str)
    StrObject(ClassObject* type, std::string text);
    void clear_references() override { attrs.reset(); }
    Value attrs;  // the __dict__ of an instance of a user subclass of str (made on first use)
    const std::string& text() const { return text_; }
    size_t length() const { return length_; }  // in code points
    bool is_ascii() const { return length_ == text_.size(); }
    uint64_t hash() const { return hashed_ ? hash_ : compute_hash(); }
    // Byte offset of code point `index` (0 <= index <= length()).
    size_t byte_offset(size_t index) const;

private:
    uint64_t compute_hash() const;
    std::string text_;
    size_t length_;
    mutable uint64_t hash_ = 0;
    mutable bool hashed_ = false;
};

class TupleObject final : public Object {
public:
    LOOPSTEP_KINDS(TupleObject, ObjKind::Tuple)
    TupleObject(ClassObject* type, std::vector<Value> items) : Object(type, ObjKind::Tuple), items(std::move(items)) {}
    void clear_references() override { items.clear(); attrs.reset(); }
    std::vector<Value> items;
    Value attrs;  // the __dict__ of an instance of a user subclass (made on first use)
};

class ListObject final : public Object {
public:
    LOOPSTEP_KINDS(ListObject, ObjKind::List)
    ListObject(ClassObject* type, std::vector<Value> items) : Object(type, ObjKind::List), items(std::move(items)) {}
    void clear_references() override { items.clear(); attrs.reset(); }
    std::vector<Value> items;
    Value attrs;  // the __dict__ of an instance of a user subclass (made on first use)
};

// asyncio's internal double-ended queue (collections.deque in CPython): waiter lists whose front
// is taken in O(1). Only the asyncio prelude sees it, as `_deque`.
class DequeObject final : public Object {
public:
    LOOPSTEP_KINDS(DequeObject, ObjKind::Deque)
    explicit DequeObject(ClassObject* type) : Object(type, ObjKind::Deque) {}
    void clear_references() override { items.clear(); }
    std::deque<Value> items;
};

class CellObject final : public Object {
public:
    LOOPSTEP_KINDS(CellObject, ObjKind::Cell)
    explicit CellObject(ClassObject* type) : Object(type, ObjKind::Cell) {}
    void clear_references() override { value.reset(); }
    Value value;  // unset = empty cell
};

class SliceObject final : public Object {
public:
    LOOPSTEP_KINDS(SliceObject, ObjKind::Slice)
    SliceObject(ClassObject* type, Value start, Value stop, Value step)
        : Object(type, ObjKind::Slice), start(std::move(start)), stop(std::move(stop)), step(std::move(step)) {}
    void clear_references() override { start.reset(); stop.reset(); step.reset(); }
    Value start, stop, step;  // None when omitted
};

class RangeObject final : public Object {
public:
    LOOPSTEP_KINDS(RangeObject, ObjKind::Range)
    RangeObject(ClassObject* type, int64_t start, int64_t stop, int64_t step)
        : Object(type, ObjKind::Range), start(start), stop(stop), step(step) {}
    int64_t length() const;
    int64_t at(int64_t index) const { return start + index * step; }
    int64_t start, stop, step;
};

class ModuleObject final : public Object {
public:
    LOOPSTEP_KINDS(ModuleObject, ObjKind::Module)
    ModuleObject(ClassObject* type, std::string name, Value dict)
        : Object(type, ObjKind::Module), name(std::move(name)), dict(std::move(dict)) {}
    void clear_references() override { dict.reset(); }
    DictObject* namespace_dict() const;
    std::string name;
    Value dict;  // DictObject
};

// Runtime wrapper of compiled Code: constants turned into values once.
class CodeObject final : public Object {
public:
    LOOPSTEP_KINDS(CodeObject, ObjKind::Code)
    CodeObject(ClassObject* type, std::shared_ptr<const Code> code) : Object(type, ObjKind::Code), code(std::move(code)) {}
    void clear_references() override {
        constants.clear();
        names.clear();
        caches.clear();
    }
    std::shared_ptr<const Code> code;
    std::vector<Value> constants;
    std::vector<Value> names;  // interned StrObjects for Code::names
    // Per instruction (made on first use): what an attribute instruction last found on a class.
    struct InlineCache {
        const void* type = nullptr;  // the ClassObject looked in
        uint64_t epoch = 0;          // Interp::class_epoch then
        Value found;                 // type.lookup(name): unset when the class has no such attribute
        bool setattr_hook = false;   // STORE_ATTR: the class defines __setattr__
        // LOAD_ATTR/STORE_ATTR on instances: where the name was in the last instance dict (a
        // class's instances usually store their attributes in the same order). Only a hint:
        // checked against the entry's key before use.
        uint32_t dict_hint = 0;
        bool dunder = false;         // the instruction's name is __special__ (never cached)
        // LOAD_GLOBAL: where the name was found (type = the globals dict, epoch = its version),
        // the builtins' version, and the entry's index in the dict that has it.
        bool in_builtins = false;
        uint64_t builtins_epoch = 0;
        int64_t index = -1;
    };
    std::vector<InlineCache> caches;
    int stack_size = 0;
    bool traced = false;  // code of the main file: its lines are recorded in the trace
};

class FunctionObject final : public Object {
public:
    LOOPSTEP_KINDS(FunctionObject, ObjKind::Function)
    FunctionObject(ClassObject* type, Ref<CodeObject> code, Value globals)
        : Object(type, ObjKind::Function), code(std::move(code)), globals(std::move(globals)) {}
    void clear_references() override;
    Ref<CodeObject> code;
    Value globals;                 // DictObject of the defining module
    std::vector<Value> defaults;   // for the last positional parameters
    Value kwdefaults;              // DictObject or unset
    std::vector<Value> closure;    // CellObjects, one per Code::freevars
    Value dict;                    // attributes set on the function (DictObject or unset)
    std::string name, qualname;
};

struct CallArgs {
    std::span<const Value> positional = {};
    std::span<const Value> kw_values = {};
    std::span<const Value> kw_names = {};  // StrObjects, same length as kw_values
    size_t size() const { return positional.size() + kw_values.size(); }
};

using NativeFn = Value (*)(Interp& vm, const Value& self, const CallArgs& args);

// A function written in C++. `self` is unset for plain builtins, the receiver for bound methods.
class NativeFunctionObject final : public Object {
public:
    LOOPSTEP_KINDS(NativeFunctionObject, ObjKind::Native)
    // `name` must outlive the object: Interp::native keeps one copy of every native's name.
    NativeFunctionObject(ClassObject* type, const std::string& name, NativeFn fn, Value self = Value(),
                         Value data = Value())
        : Object(type, ObjKind::Native), name(name), fn(fn), self(std::move(self)), data(std::move(data)) {}
    void clear_references() override { self.reset(); data.reset(); }
    const std::string& name;  // as shown in messages: "len", "append" (shared by its bound copies)
    NativeFn fn;
    Value self;
    Value data;           // extra state some natives carry (e.g. the class of a method descriptor)
};

class BoundMethodObject final : public Object {
public:
    LOOPSTEP_KINDS(BoundMethodObject, ObjKind::BoundMethod)
    BoundMethodObject(ClassObject* type, Value function, Value self)
        : Object(type, ObjKind::BoundMethod), function(std::move(function)), self(std::move(self)) {}
    void clear_references() override { function.reset(); self.reset(); }
    Value function;
    Value self;
};

// What kind of C++ object a class's instances are.
// Native: a built-in class whose instances are native objects with a dict, subclassable from Python
// (asyncio.Future, asyncio.Task).
enum class InstanceLayout : uint8_t { Builtin, Plain, Exception, Native };

class ClassObject final : public Object {
public:
    LOOPSTEP_KINDS(ClassObject, ObjKind::Class)
    ClassObject(ClassObject* metatype, std::string name) : Object(metatype, ObjKind::Class), name(std::move(name)) {}
    void clear_references() override;
    // Looks `name` up along the MRO; unset when absent.
    Value lookup(const Value& name) const;
    Value lookup(const std::string& name) const;
    bool is_subclass_of(const ClassObject* base) const;

    std::string name;
    std::string qualname;
    std::string module = "builtins";
    std::vector<Ref<ClassObject>> bases;
    std::vector<ClassObject*> mro;  // self first; non-owning (bases keep them alive)
    Value dict;                     // DictObject
    InstanceLayout layout = InstanceLayout::Builtin;
    bool is_user_class = false;
    // For built-in classes: what calling the class does (`int("3")`, `list(x)`); `self` is the
    // class. Null means "cannot create 'X' instances".
    NativeFn constructor = nullptr;
};

class InstanceObject : public Object {
public:
    LOOPSTEP_KINDS(InstanceObject, ObjKind::Instance, ObjKind::Exception, ObjKind::Future, ObjKind::Task, ObjKind::Loop)
    InstanceObject(ClassObject* type, Value dict, ObjKind kind = ObjKind::Instance) : Object(type, kind), dict(std::move(dict)) {}
    void clear_references() override { dict.reset(); }
    Value dict;  // DictObject
};

struct TracebackEntry {
    std::string filename;
    int line = 0;
    std::string function;
};

class ExceptionObject final : public InstanceObject {
public:
    LOOPSTEP_KINDS(ExceptionObject, ObjKind::Exception)
    ExceptionObject(ClassObject* type, Value dict) : InstanceObject(type, std::move(dict), ObjKind::Exception) {}
    void clear_references() override;
    std::vector<Value> args;
    Value cause;    // __cause__ (unset = None)
    Value context;  // __context__
    bool suppress_context = false;
    std::vector<TracebackEntry> traceback;  // outermost first
    Value payload;  // StopIteration.value, ExceptionGroup's exceptions list, etc.
};

class PropertyObject final : public Object {
public:
    LOOPSTEP_KINDS(PropertyObject, ObjKind::Property)
    PropertyObject(ClassObject* type, Value getter) : Object(type, ObjKind::Property), getter(std::move(getter)) {}
    void clear_references() override { getter.reset(); setter.reset(); deleter.reset(); }
    Value getter, setter, deleter;
};

// staticmethod / classmethod wrappers.
class MethodWrapperObject final : public Object {
public:
    LOOPSTEP_KINDS(MethodWrapperObject, ObjKind::MethodWrapper)
    enum class Kind : uint8_t { Static, Class };
    MethodWrapperObject(ClassObject* type, Kind kind, Value function)
        : Object(type, ObjKind::MethodWrapper), wrapper_kind(kind), function(std::move(function)) {}
    void clear_references() override { function.reset(); }
    Kind wrapper_kind;
    Value function;
};

class SuperObject final : public Object {
public:
    LOOPSTEP_KINDS(SuperObject, ObjKind::Super)
    SuperObject(ClassObject* type, Ref<ClassObject> start, Value self)
        : Object(type, ObjKind::Super), start(std::move(start)), self(std::move(self)) {}
    void clear_references() override { start.reset(); self.reset(); }
    Ref<ClassObject> start;  // lookup begins after this class in type(self).__mro__
    Value self;
    bool via_class = false;  // self is a class (super() in a classmethod): lookup in self.__mro__
};

// Base of the built-in iterators (list, tuple, str, range, dict views, enumerate, zip, map, ...).
class IteratorObject : public Object {
public:
    LOOPSTEP_KINDS(IteratorObject, ObjKind::Iterator)
    explicit IteratorObject(ClassObject* type) : Object(type, ObjKind::Iterator) {}
    // Next item, or unset when exhausted. May raise (throw PyError).
    virtual Value next(Interp& vm) = 0;
    // `await`/`yield from` protocol; plain iterators ignore the value and yield their next item.
    virtual ResumeResult send(Interp& vm, const Value& value);
    // An exception thrown into an `await`/`yield from` of this iterator (task cancellation):
    // by default it is raised at the await; async generator operations pass it to their frame.
    virtual ResumeResult throw_in(Interp& vm, const Value& exception);
    // True for the engine's own awaitables whose (built-in, unchangeable) __await__ returns self.
    virtual bool awaits_as_itself() const { return false; }
};

}  // namespace loopstep
