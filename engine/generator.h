// Generators, coroutines and async generators: objects that own a suspended frame.
#pragma once

#include <memory>

#include "frame.h"

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

    Kind kind;
    State state = State::Created;
    std::unique_ptr<Frame> frame;
    std::string name, qualname;
    Value awaited_by;       // reserved for the event loop (what awaits this coroutine)
    bool running_async_gen_op = false;
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
