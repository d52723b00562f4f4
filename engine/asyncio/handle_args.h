// HandleArgs: a loop callback's arguments. Nearly every handle has one or two (a future, a
// sleep's result), kept inline so that scheduling a callback allocates nothing for them.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <utility>
#include <vector>

#include "vm/value.h"

namespace loopstep {

class HandleArgs {
public:
    HandleArgs() = default;
    HandleArgs(std::initializer_list<Value> values) { assign(values.begin(), values.size()); }
    HandleArgs(std::vector<Value>&& values) {
        if (values.size() <= kInline) {
            assign(values.data(), values.size());
        } else {
            size_ = static_cast<uint32_t>(values.size());
            spill_ = std::make_unique<std::vector<Value>>(std::move(values));
        }
    }
    HandleArgs(HandleArgs&& other) noexcept { *this = std::move(other); }
    HandleArgs& operator=(HandleArgs&& other) noexcept {
        if (this == &other) return *this;
        clear();
        for (size_t i = 0; i < kInline; ++i)
            inline_[i] = std::move(other.inline_[i]);
        spill_ = std::move(other.spill_);
        size_ = std::exchange(other.size_, 0);
        return *this;
    }
    HandleArgs(const HandleArgs&) = delete;
    HandleArgs& operator=(const HandleArgs&) = delete;

    const Value* data() const { return size_ <= kInline ? inline_ : spill_->data(); }
    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    const Value& operator[](size_t i) const { return data()[i]; }
    const Value* begin() const { return data(); }
    const Value* end() const { return data() + size_; }
    void clear() {
        for (Value& v : inline_)
            v.reset();
        spill_.reset();
        size_ = 0;
    }

private:
    static constexpr size_t kInline = 2;
    void assign(const Value* values, size_t n) {
        if (n <= kInline) {
            for (size_t i = 0; i < n; ++i)
                inline_[i] = values[i];
        } else {
            spill_ = std::make_unique<std::vector<Value>>(values, values + n);
        }
        size_ = static_cast<uint32_t>(n);
    }

    Value inline_[kInline];
    std::unique_ptr<std::vector<Value>> spill_;  // when there are more than kInline
    uint32_t size_ = 0;
};

}  // namespace loopstep
