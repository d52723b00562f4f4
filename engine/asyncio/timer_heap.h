// TimerHeap: the loop's pending timers, earliest (when, sequence) on top. A 4-ary heap (half the
// depth of a binary one; a node's children share a cache line or two) of plain keys: each entry
// holds its handle by a counted raw pointer, so moving entries while sifting is a copy of 24
// bytes. Keys are unique (the sequence breaks ties), so the order timers leave in does not
// depend on the heap's shape.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "vm/value.h"

namespace loopstep {

class TimerHeap {
public:
    struct Entry {
        double when;
        uint64_t sequence;
        Object* handle;  // one reference, owned by the heap
    };

    TimerHeap() = default;
    TimerHeap(const TimerHeap&) = delete;
    TimerHeap& operator=(const TimerHeap&) = delete;
    ~TimerHeap() { clear(); }

    bool empty() const { return entries_.empty(); }
    size_t size() const { return entries_.size(); }
    const Entry& top() const { return entries_.front(); }

    void push(double when, uint64_t sequence, const Value& handle);
    // Removes the top entry; its handle is returned with the heap's reference.
    Value pop();
    // Drops every entry whose handle `drop` selects, then restores the heap order.
    template <class Pred>
    void remove_if(Pred drop) {
        std::vector<Object*> dropped;
        size_t kept = 0;
        for (const Entry& e : entries_) {
            if (drop(e.handle))
                dropped.push_back(e.handle);
            else
                entries_[kept++] = e;
        }
        entries_.resize(kept);
        heapify();
        for (Object* o : dropped)
            release(o);
    }
    void clear();

private:
    static bool earlier(const Entry& x, const Entry& y) {
        return x.when < y.when || (x.when == y.when && x.sequence < y.sequence);
    }
    static void prefetch(const Object* o) {
        __builtin_prefetch(o);
        __builtin_prefetch(reinterpret_cast<const char*>(o) + 64);
    }
    static void release(Object* o) {
        if (--o->refcount == 0) release_object(o);
    }
    // The earliest of entry i's children among the first n entries; n when it has none.
    size_t earliest_child(size_t i, size_t n) const;
    void sift_up(size_t i);
    void sift_down(size_t i);
    void heapify();

    std::vector<Entry> entries_;
};

}  // namespace loopstep
