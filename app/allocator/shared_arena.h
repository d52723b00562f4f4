// Worker threads that build traces allocate from the arena of the thread that made their
// ProgramRunner (the GUI thread), when the allocator is jemalloc (app/allocator/allocator.cpp).
// jemalloc gives each new thread an arena of its own: the pages a run's trace gave back when the
// GUI thread dropped it sat in the worker's arena, and the next run — on a new thread — faulted
// in fresh pages and had the kernel zero them. Sharing one arena lets each run reuse the last
// one's pages. With another allocator (sanitizer builds, the tests) these do nothing.
#pragma once

#include <cstddef>

extern "C" int mallctl(const char* name, void* oldp, size_t* oldlenp, void* newp, size_t newlen) __attribute__((weak));

namespace loopstep::allocator {

// The calling thread's arena; -1 when the allocator has none.
inline int current_arena() {
    unsigned arena = 0;
    size_t size = sizeof arena;
    if (!mallctl || mallctl("thread.arena", &arena, &size, nullptr, 0) != 0) return -1;
    return static_cast<int>(arena);
}

// Makes the calling thread allocate from `arena` (from current_arena() on another thread).
inline void use_arena(int arena) {
    if (!mallctl || arena < 0) return;
    unsigned a = static_cast<unsigned>(arena);
    mallctl("thread.arena", nullptr, nullptr, &a, sizeof a);
}

}  // namespace loopstep::allocator
