// Heap: owns every object one engine creates. Objects are freed by reference counting as they
// die; whatever is left when the engine ends (reference cycles included) is freed here.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "vm/value.h"

namespace loopstep {

class Heap {
public:
    Heap();
    ~Heap();
    Heap(const Heap&) = delete;
    Heap& operator=(const Heap&) = delete;

    template <class T, class... Args>
    T* make(Args&&... args) {
        T* object = new T(std::forward<Args>(args)...);
        link(object);
        return object;
    }
    // Same as make, wrapped in a Value (which holds the first reference).
    template <class T, class... Args>
    Value value(Args&&... args) {
        return Value::object(make<T>(std::forward<Args>(args)...));
    }

    size_t live_objects() const { return live_; }
    void collect_hint() {}  // no tracing collector: cycles are freed when the engine ends
    void unlink(Object* object);
    // Frees an object whose count reached zero. Objects it frees in turn are queued, not freed
    // recursively, so dropping a chain of a million nodes does not exhaust the C++ stack.
    void release(Object* object);

private:
    void link(Object* object) {
        object->heap = this;
        object->heap_next = head_;
        if (head_) head_->heap_prev = object;
        head_ = object;
        ++live_;
    }

    Object* head_ = nullptr;
    size_t live_ = 0;
    bool tearing_down_ = false;
    bool releasing_ = false;
    std::vector<Object*> pending_release_;
};

}  // namespace loopstep
