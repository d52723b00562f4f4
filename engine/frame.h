// Frame: one activation of a code object. A task is a chain of frames; a generator or coroutine
// owns its frame between resumptions, so suspending is just leaving the dispatch loop.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "objects.h"
#include "value_stack.h"

namespace loopstep {

class GeneratorObject;

struct HandlerBlock {
    uint32_t handler;      // instruction index of the handler
    uint32_t stack_depth;  // value-stack depth to unwind to
    uint32_t exc_depth;    // depth of the handled-exception stack to restore
};

struct Frame {
    Ref<CodeObject> code;
    const Instruction* instrs = nullptr;  // code's instructions (set with set_code)
    const int32_t* lines = nullptr;       // and their source lines
    Ref<FunctionObject> function;  // null for module bodies
    Value globals;                 // DictObject
    Value locals_dict;             // DictObject for module and class bodies, else unset
    std::vector<Value> fast;       // Code::varnames, then the cells (see cell())
    ValueStack stack;
    std::vector<HandlerBlock> blocks;
    std::vector<Value> handled;    // exceptions being handled (innermost last)
    uint32_t ip = 0;               // next instruction
    uint32_t resume_at = 0;        // instruction that resumed a child generator frame
    Frame* back = nullptr;         // caller while running
    GeneratorObject* generator = nullptr;  // owner when this is a generator/coroutine frame
    bool is_entry = false;         // the dispatch loop that runs this frame stops when it ends
    bool traced = false;           // code->traced, at hand for the dispatch loop's line check
    int32_t traced_line = -1;      // last line recorded in the trace for this frame

    void set_code(Ref<CodeObject> c) {
        code = std::move(c);
        traced = code->traced;
        instrs = code->code->instructions.data();
        lines = code->code->lines.data();
        stack.reserve(static_cast<size_t>(code->code->stack_size) + 1);
    }

    // Cell i (a CellObject: Code::cellvars, then Code::freevars), kept in `fast` after the locals.
    Value& cell(uint32_t i) { return fast[code->code->varnames.size() + i]; }

    int current_line() const {
        const auto& lines = code->code->lines;
        uint32_t at = ip == 0 ? 0 : ip - 1;
        return at < lines.size() ? lines[at] : code->code->first_line;
    }
    void clear() {
        fast.clear();
        stack.clear();
        handled.clear();
        locals_dict.reset();
        globals.reset();
        function.reset();
        code.reset();
        traced = false;
        instrs = nullptr;
        lines = nullptr;
    }
};

// Frames are recycled: a finished frame drops every reference it holds and goes back to a small
// per-thread pool with its vectors' storage, so a Python call usually allocates nothing for its
// frame. new_frame() gives a cleared frame; std::unique_ptr<Frame> and recycle_frame give it back.
Frame* new_frame();
void recycle_frame(Frame* frame) noexcept;

}  // namespace loopstep

template <>
struct std::default_delete<loopstep::Frame> {
    void operator()(loopstep::Frame* frame) const noexcept { loopstep::recycle_frame(frame); }
};
