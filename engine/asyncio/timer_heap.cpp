// The loop's timer heap (see timer_heap.h).
#include "asyncio/timer_heap.h"

#include <algorithm>

namespace loopstep {

namespace {
constexpr size_t kArity = 4;
}

void TimerHeap::push(double when, uint64_t sequence, const Value& handle) {
    Object* o = handle.obj();
    ++o->refcount;
    entries_.push_back({when, sequence, o});
    sift_up(entries_.size() - 1);
}

Value TimerHeap::pop() {
    Object* o = entries_.front().handle;
    Value v = Value::object(o);
    --o->refcount;  // the heap's reference is now v's
    const Entry last = entries_.back();
    entries_.pop_back();
    if (entries_.empty()) return v;
    // Bottom-up: walk the hole at the root down along the earliest children to a leaf, then
    // sift the old last entry up from there (it nearly always belongs near the bottom, so this
    // saves the comparison against it at every level).
    const size_t n = entries_.size();
    size_t i = 0;
    for (size_t best; (best = earliest_child(i, n)) < n; i = best)
        entries_[i] = entries_[best];
    entries_[i] = last;
    sift_up(i);
    // The next timer to leave is on top now; its handle was made long ago and is seldom still in
    // the cache. The loop reads its first two cache lines (HandleObject's field order) when it is due.
    prefetch(entries_.front().handle);
    return v;
}

size_t TimerHeap::earliest_child(size_t i, size_t n) const {
    const size_t first = i * kArity + 1;
    if (first >= n) return n;
    size_t best = first;
    for (size_t c = first + 1, end = std::min(first + kArity, n); c < end; ++c)
        if (earlier(entries_[c], entries_[best])) best = c;
    return best;
}

void TimerHeap::clear() {
    std::vector<Entry> entries = std::move(entries_);
    entries_.clear();
    for (const Entry& e : entries)
        release(e.handle);
}

void TimerHeap::sift_up(size_t i) {
    const Entry moving = entries_[i];
    while (i > 0) {
        size_t parent = (i - 1) / kArity;
        if (!earlier(moving, entries_[parent])) break;
        entries_[i] = entries_[parent];
        i = parent;
    }
    entries_[i] = moving;
}

void TimerHeap::sift_down(size_t i) {
    const size_t n = entries_.size();
    const Entry moving = entries_[i];
    for (size_t best; (best = earliest_child(i, n)) < n && earlier(entries_[best], moving); i = best)
        entries_[i] = entries_[best];
    entries_[i] = moving;
}

void TimerHeap::heapify() {
    if (entries_.size() < 2) return;
    for (size_t i = (entries_.size() - 2) / kArity + 1; i-- > 0;)
        sift_down(i);
}

}  // namespace loopstep
