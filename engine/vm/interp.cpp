// Interp's core: construction and the bootstrap of the built-in types, making values, classes and
// natives, raising exceptions, the run's budgets, and running a module's code (interp.h).
#include "vm/interp.h"

#include <cassert>

#include "asyncio/asyncio_objects.h"

namespace loopstep {

Interp::Interp(const RunOptions& opts, const OutputSinks& output) : options(opts), sinks(output) {
    bootstrap_types();
    bootstrap_exceptions();
    install_builtins();
    install_modules();
    names.await_ = intern("__await__");
    names.next_ = intern("__next__");
    names.enter_ = intern("__enter__");
    names.exit_ = intern("__exit__");
    names.aenter_ = intern("__aenter__");
    names.aexit_ = intern("__aexit__");
    random.seed(options.seed);
}

Interp::~Interp() {
    // Values held here die before the heap; the heap then frees whatever cycles remain.
    names = Names{};
    literal_slots_ = {};
    literal_names_.clear();
    type_cache_.clear();
    interned_.clear();
    modules.clear();
    builtins.reset();
}

const Value& Interp::literal_name_slow(const char* literal, LiteralSlot& slot) {
    auto [it, fresh] = literal_names_.try_emplace(literal);
    if (fresh) it->second = intern(literal);
    slot = {literal, &it->second};  // a map node: the address stays valid
    return *slot.name;
}

void Interp::need_str_bytes(uint64_t bytes) {
    if (bytes > kMaxStrBytes) raise(exc.memory_error, "");
}

Value Interp::str(std::string text) {
    need_str_bytes(text.size());
    return heap.value<StrObject>(types.str.get(), std::move(text));
}

Value Interp::intern(const std::string& text) {
    auto it = interned_.find(text);
    if (it != interned_.end()) return it->second;
    Value v = str(text);
    interned_.emplace(text, v);
    return v;
}

Value Interp::tuple(std::vector<Value> items) { return heap.value<TupleObject>(types.tuple.get(), std::move(items)); }
Value Interp::list(std::vector<Value> items) { return heap.value<ListObject>(types.list.get(), std::move(items)); }
Value Interp::dict() { return heap.value<DictObject>(types.dict.get()); }
Value Interp::set(bool frozen) {
    return heap.value<SetObject>(frozen ? types.frozenset.get() : types.set.get(), frozen);
}

Value Interp::native(const std::string& name, NativeFn fn, Value self, Value data) {
    const std::string& stable = stable_text(name);
    return heap.value<NativeFunctionObject>(types.native_function.get(), stable, fn, std::move(self),
                                            std::move(data));
}

Value Interp::bind_native(const NativeFunctionObject& unbound, Value self) {
    return heap.value<NativeFunctionObject>(types.native_function.get(), unbound.name, unbound.fn, std::move(self),
                                            unbound.data);
}

static std::vector<ClassObject*> compute_mro(Interp& vm, ClassObject* cls) {
    // C3 linearisation over the bases' MROs.
    std::vector<std::vector<ClassObject*>> seqs;
    for (auto& base : cls->bases) seqs.push_back(base->mro);
    std::vector<ClassObject*> direct;
    for (auto& base : cls->bases) direct.push_back(base.get());
    seqs.push_back(direct);
    std::vector<ClassObject*> result{cls};
    for (;;) {
        bool any = false;
        for (auto& s : seqs)
            if (!s.empty()) any = true;
        if (!any) return result;
        ClassObject* candidate = nullptr;
        for (auto& s : seqs) {
            if (s.empty()) continue;
            ClassObject* head = s.front();
            bool in_tail = false;
            for (auto& other : seqs)
                for (size_t i = 1; i < other.size(); ++i)
                    if (other[i] == head) in_tail = true;
            if (!in_tail) {
                candidate = head;
                break;
            }
        }
        if (!candidate) {
            vm.raise(vm.exc.type_error, "Cannot create a consistent method resolution order (MRO) for bases");
        }
        result.push_back(candidate);
        for (auto& s : seqs)
            if (!s.empty() && s.front() == candidate) s.erase(s.begin());
    }
}

Ref<ClassObject> Interp::make_class(const std::string& name, std::vector<Ref<ClassObject>> bases, InstanceLayout layout) {
    ++class_epoch;
    Ref<ClassObject> cls = heap.make<ClassObject>(types.type.get(), name);
    cls->qualname = name;
    cls->dict = dict();
    cls->layout = layout;
    if (bases.empty() && types.object && name != "object") bases.push_back(types.object);
    cls->bases = std::move(bases);
    cls->mro = compute_mro(*this, cls.get());
    for (auto& base : cls->bases)
        if (base->layout == InstanceLayout::Exception || base->layout == InstanceLayout::Native) cls->layout = base->layout;
    return cls;
}

void Interp::set_attr_raw(ClassObject* cls, const std::string& name, Value value) {
    ++class_epoch;
    static_cast<DictObject*>(cls->dict.obj())->set(*this, intern(name), std::move(value));
}

void Interp::add_method(ClassObject* cls, const std::string& name, NativeFn fn) {
    set_attr_raw(cls, name, native(name, fn));
}

void Interp::bootstrap_types() {
    // `type` and `object` refer to each other: make both by hand, then fix them up.
    ClassObject* type_cls = heap.make<ClassObject>(nullptr, "type");
    type_cls->set_type(type_cls);
    types.type = type_cls;
    ClassObject* object_cls = heap.make<ClassObject>(type_cls, "object");
    types.object = object_cls;
    object_cls->mro = {object_cls};
    type_cls->bases = {types.object};
    type_cls->mro = {type_cls, object_cls};
    // Dicts need the dict and str classes to exist; make them before any dict.
    types.dict = heap.make<ClassObject>(type_cls, "dict");
    types.str = heap.make<ClassObject>(type_cls, "str");
    for (ClassObject* c : {types.dict.get(), types.str.get()}) {
        c->bases = {types.object};
        c->mro = {c, object_cls};
    }
    for (ClassObject* c : {type_cls, object_cls, types.dict.get(), types.str.get()}) {
        c->qualname = c->name;
        c->dict = dict();
    }
    auto simple = [&](const char* name) { return make_class(name, {}); };
    types.none = simple("NoneType");
    types.int_ = simple("int");
    types.bool_ = make_class("bool", {types.int_});
    types.float_ = simple("float");
    types.tuple = simple("tuple");
    types.list = simple("list");
    types.set = simple("set");
    types.frozenset = simple("frozenset");
    types.range = simple("range");
    types.slice = simple("slice");
    types.function = simple("function");
    types.native_function = simple("builtin_function_or_method");
    types.method = simple("method");
    types.module = simple("module");
    types.code = simple("code");
    types.cell = simple("cell");
    types.generator = simple("generator");
    types.coroutine = simple("coroutine");
    types.async_generator = simple("async_generator");
    types.property = simple("property");
    types.staticmethod = simple("staticmethod");
    types.classmethod = simple("classmethod");
    types.super = simple("super");
    types.iterator = simple("iterator");
    types.ellipsis = simple("ellipsis");
    types.not_implemented = simple("NotImplementedType");
    types.async_gen_wrapped = simple("async_generator_wrapped_value");
    not_implemented = heap.value<InstanceObject>(types.not_implemented.get(), Value());
    ellipsis = heap.value<InstanceObject>(types.ellipsis.get(), Value());
}

void Interp::raise(ClassObject* type, const std::string& message) {
    raise_value(new_exception(type, {str(message)}));
}

void Interp::raise_value(Value exception) { throw PyError{std::move(exception)}; }

Value Interp::new_exception(ClassObject* type, std::vector<Value> args) {
    auto* e = heap.make<ExceptionObject>(type, dict());
    Value v = Value::object(e);
    e->args = std::move(args);
    return v;
}

Value Interp::handled_exception() const {
    for (Frame* f = current_; f; f = f->back)
        if (!f->handled.empty()) return f->handled.back();
    return Value();
}

std::string Interp::type_name(const Value& v) const { return type_of(v)->name; }

bool Interp::isinstance(const Value& v, const ClassObject* cls) const { return type_of(v)->is_subclass_of(cls); }

Value Interp::make_instance(ClassObject* cls) {
    if (cls->layout == InstanceLayout::Exception) return Value::object(heap.make<ExceptionObject>(cls, dict()));
    return heap.value<InstanceObject>(cls, dict());
}

Ref<CodeObject> Interp::load_code(std::shared_ptr<const Code> code) {
    Ref<CodeObject> obj = heap.make<CodeObject>(types.code.get(), code);
    obj->traced = !main_filename.empty() && code->filename == main_filename;
    std::function<Value(const Constant&)> convert = [&](const Constant& c) -> Value {
        switch (c.kind) {
            case Constant::Kind::None: return Value::none();
            case Constant::Kind::True: return Value::boolean(true);
            case Constant::Kind::False: return Value::boolean(false);
            case Constant::Kind::Ellipsis: return ellipsis;
            case Constant::Kind::Int: return Value::integer(c.int_value);
            case Constant::Kind::BigInt: return int_from_literal(*this, c.text);
            case Constant::Kind::Float: return Value::floating(c.float_value);
            case Constant::Kind::Str: return intern(c.text);
            case Constant::Kind::Tuple: {
                std::vector<Value> items;
                for (auto& e : c.elements) items.push_back(convert(e));
                return tuple(std::move(items));
            }
            case Constant::Kind::Code: return load_code(c.code).value();
        }
        return Value::none();
    };
    for (auto& c : code->constants) obj->constants.push_back(convert(c));
    for (auto& n : code->names) obj->names.push_back(intern(n));
    return obj;
}

void Interp::check_budgets(Frame* f) {
    if (options.stop && options.stop->load(std::memory_order_relaxed)) throw BudgetExceeded{"run stopped"};
    if (static_cast<int64_t>(instructions - instructions_at_step) > options.max_instructions) {
        std::string where = f && f->code ? " (now at line " + std::to_string(f->current_line()) + ")" : "";
        std::string owner = step_task ? "task " + step_task->name : "the module";
        throw BudgetExceeded{"budget exceeded: " + owner + " ran " + std::to_string(options.max_instructions) +
                             " instructions without awaiting" + where +
                             "; a loop that never awaits holds up the event loop (--max-instructions)"};
    }
    if (static_cast<int64_t>(heap.live_objects()) > options.max_objects) {
        heap.collect_hint();
        raise(exc.memory_error, "too many objects (" + std::to_string(options.max_objects) + " live; --max-objects)");
    }
}

const std::vector<std::string>* Interp::lines_of(const std::string& filename) const {
    if (filename == main_filename) return &source_lines;
    for (const auto& [name, own] : own_modules)
        if (own.path == filename) return &own.lines;
    return nullptr;
}

void Interp::run_module(std::shared_ptr<const Code> code, const std::string& filename) {
    (void)filename;
    Value globals = dict();
    auto* g = globals.as<DictObject>();
    g->set(*this, intern("__name__"), intern("__main__"));
    g->set(*this, intern("__doc__"), Value::none());
    g->set(*this, intern("__file__"), str(filename));
    modules["__main__"] = heap.value<ModuleObject>(types.module.get(), "__main__", globals);
    if (code->flags & kCoroutine) return run_module_coroutine(std::move(code), globals);
    Frame frame;
    frame.set_code(load_code(std::move(code)));
    frame.prepare_slots(0, Frame::stack_depth(*frame.code->code));
    frame.globals = globals;
    frame.locals_dict = globals;
    ResumeResult r = execute(&frame, Value());
    if (r.status == ResumeStatus::Raised) throw PyError{r.value};
}

void Interp::run_code_in(std::shared_ptr<const Code> code, const Value& globals) {
    Frame frame;
    frame.set_code(load_code(std::move(code)));
    frame.prepare_slots(0, Frame::stack_depth(*frame.code->code));
    frame.globals = globals;
    frame.locals_dict = globals;
    ResumeResult r = execute(&frame, Value());
    if (r.status == ResumeStatus::Raised) throw PyError{r.value};
}

}  // namespace loopstep
