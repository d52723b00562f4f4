// The per-thread pool of finished frames (frame.h).
#include <vector>

#include "frame.h"

namespace loopstep {

namespace {

constexpr size_t kPoolSize = 256;     // frames kept for reuse
constexpr size_t kKeepCapacity = 64;  // larger vectors are given back to the allocator

struct FramePool {
    std::vector<Frame*> frames;
    ~FramePool() {
        for (Frame* f : frames) delete f;
    }
};

thread_local FramePool pool;

template <class V>
[[gnu::always_inline]] inline void trim(V& v) {
    if (v.capacity() > kKeepCapacity) V().swap(v);
}

}  // namespace

Frame* new_frame() {
    if (pool.frames.empty()) return new Frame();
    Frame* f = pool.frames.back();
    pool.frames.pop_back();
    return f;
}

void recycle_frame(Frame* f) noexcept {
    if (!f) return;
    if (pool.frames.size() >= kPoolSize) {
        delete f;
        return;
    }
    // Dropping the references may free objects (even other frames): done before pooling.
    f->clear();
    f->blocks.clear();
    trim(f->fast);
    trim(f->stack);
    trim(f->blocks);
    trim(f->handled);
    f->ip = 0;
    f->resume_at = 0;
    f->back = nullptr;
    f->generator = nullptr;
    f->is_entry = false;
    f->traced_line = -1;
    pool.frames.push_back(f);
}

}  // namespace loopstep
