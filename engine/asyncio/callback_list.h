// CallbackList: a future's done callbacks, in the order they were added. Nearly every future has
// exactly one (the task that awaits it), so the first is kept in place and only the others in a
// vector of their own: a future's callbacks cost no allocation, and reading them no extra cache
// miss, in the common case. 24 bytes, as a std::vector.
#pragma once

#include <cstddef>
#include <memory>
#include <utility>
#include <vector>

#include "vm/value.h"

namespace loopstep {

class CallbackList {
public:
    CallbackList() = default;
    CallbackList(CallbackList&& other) noexcept : first_(std::move(other.first_)), rest_(std::move(other.rest_)) {}
    CallbackList& operator=(CallbackList&& other) noexcept {
        first_ = std::move(other.first_);
        rest_ = std::move(other.rest_);
        return *this;
    }
    CallbackList(const CallbackList&) = delete;
    CallbackList& operator=(const CallbackList&) = delete;

    bool empty() const { return first_.is_unset(); }
    size_t size() const { return empty() ? 0 : 1 + (rest_ ? rest_->size() : 0); }
    const Value& operator[](size_t i) const { return i == 0 ? first_ : (*rest_)[i - 1]; }

    void push_back(const Value& callback) {
        if (empty()) {
            first_ = callback;
            return;
        }
        if (!rest_) rest_ = std::make_unique<std::vector<Value>>();
        rest_->push_back(callback);
    }
    // Removes the callbacks `drop` selects, keeping the others' order; returns how many went.
    // (`drop` may run Python code: it sees the list as it was, and what it adds is dropped, as
    // with CPython's `self._callbacks[:] = filtered_callbacks`.)
    template <class Pred>
    size_t erase_if(Pred drop) {
        const CallbackList old = std::move(*this);
        CallbackList kept;
        size_t removed = 0;
        for (size_t i = 0, n = old.size(); i < n; ++i) {
            if (drop(old[i])) ++removed;
            else kept.push_back(old[i]);
        }
        *this = std::move(kept);
        return removed;
    }
    void clear() {
        first_.reset();
        rest_.reset();
    }

private:
    Value first_;  // unset: no callbacks (then rest_ is null or empty)
    std::unique_ptr<std::vector<Value>> rest_;
};

}  // namespace loopstep
