#include "objects/sort.h"

#include <algorithm>

#include "vm/interp.h"

namespace loopstep {

namespace {

constexpr size_t kInsertionRun = 16;

// Every comparison asks "is the later item less than the earlier one?", the order CPython's
// sort uses, so a failing `<` reports the same operand types.
class PermutationSorter {
public:
    PermutationSorter(Interp& vm, const std::vector<Value>& keys) : vm_(vm), keys_(keys) {}

    void sort(std::vector<size_t>& order) {
        buffer_.resize(order.size());
        sort_range(order, 0, order.size());
    }

private:
    bool later_less(size_t later, size_t earlier) { return vm_.less_than(keys_[later], keys_[earlier]); }

    void insertion_sort(std::vector<size_t>& a, size_t lo, size_t hi) {
        for (size_t i = lo + 1; i < hi; ++i) {
            size_t x = a[i];
            size_t j = i;
            while (j > lo && later_less(x, a[j - 1])) {
                a[j] = a[j - 1];
                --j;
            }
            a[j] = x;
        }
    }

    void sort_range(std::vector<size_t>& a, size_t lo, size_t hi) {
        if (hi - lo <= kInsertionRun) {
            insertion_sort(a, lo, hi);
            return;
        }
        size_t mid = lo + (hi - lo) / 2;
        sort_range(a, lo, mid);
        sort_range(a, mid, hi);
        if (!later_less(a[mid], a[mid - 1])) return;  // already in order
        size_t i = lo, j = mid, out = lo;
        while (i < mid && j < hi) {
            if (later_less(a[j], a[i])) buffer_[out++] = a[j++];
            else buffer_[out++] = a[i++];
        }
        while (i < mid) buffer_[out++] = a[i++];
        while (j < hi) buffer_[out++] = a[j++];
        std::copy(buffer_.begin() + static_cast<std::ptrdiff_t>(lo), buffer_.begin() + static_cast<std::ptrdiff_t>(hi),
                  a.begin() + static_cast<std::ptrdiff_t>(lo));
    }

    Interp& vm_;
    const std::vector<Value>& keys_;
    std::vector<size_t> buffer_;
};

}  // namespace

void sort_values(Interp& vm, std::vector<Value>& items, const Value& key, bool reverse) {
    if (items.size() < 2) return;
    std::vector<Value> keys;
    bool has_key = key.is_set() && !key.is_none();
    if (has_key) {
        keys.reserve(items.size());
        for (const Value& item : items) keys.push_back(vm.call(key, {item}));
    }
    const std::vector<Value>& compared = has_key ? keys : items;
    std::vector<size_t> order(items.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    if (reverse) std::reverse(order.begin(), order.end());
    if (!has_key) {
        // `items` may be changed by Python code run by `<`; compare a private copy.
        std::vector<Value> snapshot = items;
        PermutationSorter(vm, snapshot).sort(order);
    } else {
        PermutationSorter(vm, compared).sort(order);
    }
    if (reverse) std::reverse(order.begin(), order.end());
    std::vector<Value> sorted;
    sorted.reserve(items.size());
    for (size_t i : order) sorted.push_back(items[i]);
    items = std::move(sorted);
}

}  // namespace loopstep
