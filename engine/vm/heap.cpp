#include "vm/heap.h"

#include <vector>

namespace loopstep {

Heap::Heap() = default;

void Heap::unlink(Object* object) {
    if (object->heap_prev) object->heap_prev->heap_next = object->heap_next;
    if (object->heap_next) object->heap_next->heap_prev = object->heap_prev;
    if (head_ == object) head_ = object->heap_next;
    object->heap_prev = object->heap_next = nullptr;
    --live_;
}

Heap::~Heap() {
    // Pin every survivor so no reference count reaches zero while we clear, then drop all the
    // references they hold (cycles included) and free them.
    tearing_down_ = true;
    std::vector<Object*> survivors;
    survivors.reserve(live_);
    for (Object* o = head_; o; o = o->heap_next) {
        o->refcount += 1u << 30;
        survivors.push_back(o);
    }
    for (Object* o : survivors) o->clear_references();
    for (Object* o : survivors) {
        o->heap = nullptr;
        delete o;
    }
    head_ = nullptr;
    live_ = 0;
}

void Heap::release(Object* object) {
    unlink(object);
    if (releasing_) {
        pending_release_.push_back(object);
        return;
    }
    releasing_ = true;
    delete object;
    while (!pending_release_.empty()) {
        Object* next = pending_release_.back();
        pending_release_.pop_back();
        delete next;
    }
    releasing_ = false;
}

void release_object(Object* object) {
    if (object->heap) object->heap->release(object);
    else delete object;
}

}  // namespace loopstep
