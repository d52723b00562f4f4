// Generators, coroutines and async generators: objects that own a suspended frame.
#pragma once

#include <memory>

#include "vm/frame.h"

namespace loopstep {

class GeneratorObject final : public Object {
public:
    LOOPSTEP_KINDS(GeneratorObject, ObjKind::Generator)
    enum class Kind : uint8_t { Generator, Coroutine, AsyncGenerator };
    enum class State : uint8_t { Created, Suspended, Running, Closed };

    GeneratorObject(ClassObject* type, Kind kind, std::unique_ptr<Frame> frame)
        : Object(type, ObjKind::Generator), kind(kind), frame(std::move(frame)) {
        this->frame->generator = this;
    }
    void clear_references() override {
        if (frame) frame->clear();
        awaited_by.reset();
    }

    // Its function's __name__ / __qualname__ when it was made.
    const std::string& name() const { return *name_; }
    const std::string& qualname() const { return *qualname_; }
    // The names are the code's own strings (kept alive by `code`), or texts that live as long as
    // the interpreter (Interp::stable_text) for a function renamed since it was defined.
    void set_names(Ref<CodeObject> code, const std::string* name, const std::string* qualname) {
        code_ = std::move(code);
        name_ = name;
        qualname_ = qualname;
    }

    Kind kind;
    State state = State::Created;
    std::unique_ptr<Frame> frame;
    Value awaited_by;       // reserved for the event loop (what awaits this coroutine)
    bool running_async_gen_op = false;

private:
    Ref<CodeObject> code_;
    const std::string* name_ = nullptr;
    const std::string* qualname_ = nullptr;
};

// A value yielded by an async generator (ASYNC_GEN_WRAP), as opposed to one passed up by an await.
class AsyncGenWrappedValue final : public Object {
public:
    LOOPSTEP_KINDS(AsyncGenWrappedValue, ObjKind::AsyncGenWrapped)
    AsyncGenWrappedValue(ClassObject* type, Value value) : Object(type, ObjKind::AsyncGenWrapped), value(std::move(value)) {}
    void clear_references() override { value.reset(); }
    Value value;
};

}  // namespace loopstep
