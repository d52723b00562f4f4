// Frame: one activation of a code object. A task is a chain of frames; a generator or coroutine
// owns its frame between resumptions, so suspending is just leaving the dispatch loop.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "vm/objects.h"
#include "vm/value_stack.h"

namespace loopstep {

class GeneratorObject;

struct HandlerBlock {
    uint32_t handler;      // instruction index of the handler
    uint32_t stack_depth;  // value-stack depth to unwind to
    uint32_t exc_depth;    // depth of the handled-exception stack to restore
};

// A frame's fast locals: Code::varnames, then the cells (see Frame::cell()). They are the first
// slots of the frame's own storage, with the value stack right after them.
class FastLocals {
public:
    Value& operator[](size_t i) { return data_[i]; }
    const Value& operator[](size_t i) const { return data_[i]; }
    size_t size() const { return size_; }
    Value* begin() { return data_; }
    Value* end() { return data_ + size_; }

private:
    friend struct Frame;
    Value* data_ = nullptr;
    uint32_t size_ = 0;
    bool owned_ = false;  // data_ is a buffer of its own (a frame without slots), not the frame's
};

struct Frame {
    Frame() = default;
    Frame(const Frame&) = delete;
    Frame& operator=(const Frame&) = delete;
    ~Frame() { drop_locals(); }

    Ref<CodeObject> code;
    const Instruction* instrs = nullptr;  // code's instructions (set with set_code)
    const int32_t* lines = nullptr;       // and their source lines
    Ref<FunctionObject> function;  // null for module bodies
    Value globals;                 // DictObject
    Value locals_dict;             // DictObject for module and class bodies, else unset
    FastLocals fast;               // Code::varnames, then the cells (see cell())
    ValueStack stack;              // after the locals in the frame's slots (prepare_slots)
    std::vector<HandlerBlock> blocks;
    std::vector<Value> handled;    // exceptions being handled (innermost last)
    uint32_t ip = 0;               // next instruction
    uint32_t resume_at = 0;        // instruction that resumed a child generator frame
    Frame* back = nullptr;         // caller while running
    GeneratorObject* generator = nullptr;  // owner when this is a generator/coroutine frame
    int32_t traced_line = -1;      // last line recorded in the trace for this frame
    // Values stored right after this frame (new_frame; 0 for a frame on the C++ stack or with
    // more than 65535 slots, whose locals and value stack have buffers of their own).
    uint16_t slot_capacity = 0;
    bool is_entry = false;         // the dispatch loop that runs this frame stops when it ends
    bool traced = false;           // code->traced, at hand for the dispatch loop's line check

    // Slots a frame of `code` needs: its fast locals and cells, then its deepest value stack
    // (and one more Value, as ever: see ValueStack).
    static size_t fast_count(const Code& code) { return code.varnames.size() + code.cellvars.size() + code.freevars.size(); }
    static size_t stack_depth(const Code& code) { return static_cast<size_t>(code.stack_size) + 1; }

    // Makes `nfast` unbound fast locals and an empty value stack with room for `depth` Values, in
    // the frame's slots when they fit: the frame, its locals and its stack are then one
    // allocation and sit side by side in memory.
    void prepare_slots(uint32_t nfast, size_t depth) {
        drop_locals();
        if (nfast + depth <= slot_capacity) {
            Value* room = reinterpret_cast<Value*>(this + 1);
            std::uninitialized_value_construct_n(room, nfast);
            fast.data_ = room;
            fast.size_ = nfast;
            stack.attach(room + nfast, slot_capacity - nfast);
            return;
        }
        // (Only a frame without slots gets here: new_frame sizes them from the same figures.)
        if (nfast) {
            fast.data_ = static_cast<Value*>(::operator new(nfast * sizeof(Value)));
            std::uninitialized_value_construct_n(fast.data_, nfast);
            fast.size_ = nfast;
            fast.owned_ = true;
        }
        stack.reserve(depth);
    }

    void set_code(Ref<CodeObject> c) {
        code = std::move(c);
        traced = code->traced;
        instrs = code->code->instructions.data();
        lines = code->code->lines.data();
    }

    // Cell i (a CellObject: Code::cellvars, then Code::freevars), kept in `fast` after the locals.
    Value& cell(uint32_t i) { return fast[code->code->varnames.size() + i]; }

    int current_line() const {
        const auto& lines = code->code->lines;
        uint32_t at = ip == 0 ? 0 : ip - 1;
        return at < lines.size() ? lines[at] : code->code->first_line;
    }
    void clear() {
        drop_locals();
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

private:
    void drop_locals() {
        for (Value& v : fast)
            v.~Value();
        if (fast.owned_) ::operator delete(fast.data_);
        fast.owned_ = false;
        fast.data_ = nullptr;
        fast.size_ = 0;
    }
};
static_assert(sizeof(Frame) == 192, "Frame grew: with slots of 64-byte steps it fills jemalloc's size classes exactly");

// Frames are recycled: a finished frame drops every reference it holds and goes back to a small
// per-thread pool (one per slot capacity), so a Python call usually allocates nothing for its
// frame. new_frame(room) gives a cleared frame with room for at least that many Values after it;
// std::unique_ptr<Frame> and recycle_frame give it back.
Frame* new_frame(size_t room);
void recycle_frame(Frame* frame) noexcept;

}  // namespace loopstep

template <>
struct std::default_delete<loopstep::Frame> {
    void operator()(loopstep::Frame* frame) const noexcept { loopstep::recycle_frame(frame); }
};
