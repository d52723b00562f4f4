// The per-thread pools of finished frames (frame.h). A frame is one allocation: the Frame, then
// its slots (fast locals and value stack, Frame::prepare_slots). Slot capacities are rounded up
// to a multiple of kStep, and frames of up to kPooledSlots slots are pooled by that capacity.
#include <array>
#include <new>
#include <vector>

#include "vm/frame.h"

namespace loopstep {

namespace {

constexpr size_t kStep = 4;               // slot capacities are multiples of this
constexpr size_t kPooledSlots = 32;       // larger frames go back to the allocator
constexpr size_t kPerPool = 64;           // frames kept for reuse, per capacity
constexpr size_t kKeepCapacity = 64;      // larger handler vectors are given back too
constexpr size_t kMaxSlots = UINT16_MAX;  // Frame::slot_capacity's limit

static_assert(sizeof(Frame) % alignof(Value) == 0);

Frame* allocate_frame(size_t slots) {
    void* at = ::operator new(sizeof(Frame) + slots * sizeof(Value));
    Frame* f = new (at) Frame();
    f->slot_capacity = static_cast<uint16_t>(slots);
    return f;
}

void destroy_frame(Frame* f) noexcept {
    f->~Frame();
    ::operator delete(static_cast<void*>(f));
}

struct FramePools {
    std::array<std::vector<Frame*>, kPooledSlots / kStep> by_capacity;  // [capacity / kStep - 1]
    ~FramePools() {
        for (auto& pool : by_capacity)
            for (Frame* f : pool)
                destroy_frame(f);
    }
};

thread_local FramePools pools;

template <class V>
[[gnu::always_inline]] inline void trim(V& v) {
    if (v.capacity() > kKeepCapacity) V().swap(v);
}

}  // namespace

Frame* new_frame(size_t room) {
    const size_t capacity = (room + kStep - 1) / kStep * kStep;
    if (capacity > kMaxSlots) return allocate_frame(0);  // locals and stack in buffers of their own
    if (capacity == 0 || capacity > kPooledSlots) return allocate_frame(capacity);
    auto& pool = pools.by_capacity[capacity / kStep - 1];
    if (pool.empty()) return allocate_frame(capacity);
    Frame* f = pool.back();
    pool.pop_back();
    return f;
}

void recycle_frame(Frame* f) noexcept {
    if (!f) return;
    const size_t capacity = f->slot_capacity;
    if (capacity == 0 || capacity > kPooledSlots || pools.by_capacity[capacity / kStep - 1].size() >= kPerPool) {
        destroy_frame(f);
        return;
    }
    // Dropping the references may free objects (even other frames): done before pooling.
    f->clear();
    f->blocks.clear();
    trim(f->blocks);
    trim(f->handled);
    f->ip = 0;
    f->resume_at = 0;
    f->back = nullptr;
    f->generator = nullptr;
    f->is_entry = false;
    f->traced_line = -1;
    pools.by_capacity[capacity / kStep - 1].push_back(f);
}

}  // namespace loopstep
