// ValueStack: a frame's operand stack. The std::vector calls the interpreter makes (push_back,
// pop_back, back, ...) with the push inlined: the dispatch loop pushes and pops on nearly every
// instruction, and std::vector's push_back is too large to inline there. Frames give it the
// compiler's stack_size up front (attach: room in the frame's own slots), so the growth path is
// all but never taken; a Value moves by a plain copy of its bytes (its reference stays with it),
// so growing is a memcpy into a buffer of its own.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

#include "vm/value.h"

namespace loopstep {

class ValueStack {
public:
    ValueStack() = default;
    ValueStack(const ValueStack&) = delete;
    ValueStack& operator=(const ValueStack&) = delete;
    ~ValueStack() {
        clear();
        if (owned_) std::free(base_);
    }

    // Uses `capacity` Values at `base` (not owned) instead of its own buffer, emptied first.
    void attach(Value* base, size_t capacity) {
        clear();
        if (owned_) std::free(base_);
        owned_ = false;
        base_ = top_ = base;
        end_ = base + capacity;
    }

    [[gnu::always_inline]] void push_back(const Value& v) {
        if (top_ == end_) grow(size() + 1);
        new (top_++) Value(v);
    }
    [[gnu::always_inline]] void push_back(Value&& v) {
        if (top_ == end_) grow(size() + 1);
        new (top_++) Value(std::move(v));
    }
    template <class... Args>
    Value& emplace_back(Args&&... args) {
        if (top_ == end_) grow(size() + 1);
        return *new (top_++) Value(std::forward<Args>(args)...);
    }
    [[gnu::always_inline]] void pop_back() { (--top_)->~Value(); }
    Value& back() { return top_[-1]; }
    const Value& back() const { return top_[-1]; }
    Value& operator[](size_t i) { return base_[i]; }
    const Value& operator[](size_t i) const { return base_[i]; }
    size_t size() const { return static_cast<size_t>(top_ - base_); }
    size_t capacity() const { return static_cast<size_t>(end_ - base_); }
    bool empty() const { return top_ == base_; }
    Value* data() { return base_; }
    Value* begin() { return base_; }
    Value* end() { return top_; }
    const Value* begin() const { return base_; }
    const Value* end() const { return top_; }

    void reserve(size_t n) {
        if (n > static_cast<size_t>(end_ - base_)) grow(n);
    }
    void resize(size_t n) {
        while (size() > n) pop_back();
        if (n > size()) reserve(n);
        while (size() < n) new (top_++) Value();
    }
    void clear() {
        while (top_ != base_) pop_back();
    }

private:
    [[gnu::noinline]] void grow(size_t at_least) {
        size_t capacity = static_cast<size_t>(end_ - base_);
        size_t wanted = capacity * 2 > at_least ? capacity * 2 : (at_least < 8 ? 8 : at_least);
        size_t used = size();
        auto* fresh = static_cast<Value*>(std::malloc(wanted * sizeof(Value)));
        if (!fresh) throw std::bad_alloc();
        if (used) std::memcpy(static_cast<void*>(fresh), static_cast<const void*>(base_), used * sizeof(Value));
        if (owned_) std::free(base_);
        owned_ = true;
        base_ = fresh;
        top_ = fresh + used;
        end_ = fresh + wanted;
    }

    Value* base_ = nullptr;
    Value* top_ = nullptr;
    Value* end_ = nullptr;
    bool owned_ = false;  // base_ is this stack's own malloc'd buffer
};

}  // namespace loopstep
