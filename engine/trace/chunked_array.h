// ChunkedArray: an append-only array stored in fixed-size chunks. Growing never moves or copies
// what is stored (no doubling: capacity stays within one chunk of the size), which keeps the peak
// memory of the trace's per-tick records close to what they hold.
#pragma once

#include <compare>
#include <cstddef>
#include <iterator>
#include <memory>
#include <utility>
#include <vector>

namespace loopstep {

template <class T, size_t ChunkSize = 4096>
class ChunkedArray {
public:
    // A random-access iterator over the elements (read-only), by index.
    class const_iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        using pointer = const T*;
        using reference = const T&;
        const_iterator() = default;
        const_iterator(const ChunkedArray* a, size_t i) : a_(a), i_(i) {}
        reference operator*() const { return (*a_)[i_]; }
        pointer operator->() const { return &(*a_)[i_]; }
        reference operator[](difference_type n) const { return (*a_)[i_ + static_cast<size_t>(n)]; }
        const_iterator& operator++() { ++i_; return *this; }
        const_iterator operator++(int) { const_iterator t = *this; ++i_; return t; }
        const_iterator& operator--() { --i_; return *this; }
        const_iterator operator--(int) { const_iterator t = *this; --i_; return t; }
        const_iterator& operator+=(difference_type n) { i_ = static_cast<size_t>(static_cast<difference_type>(i_) + n); return *this; }
        const_iterator& operator-=(difference_type n) { return *this += -n; }
        friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
        friend const_iterator operator+(difference_type n, const_iterator it) { return it += n; }
        friend const_iterator operator-(const_iterator it, difference_type n) { return it -= n; }
        friend difference_type operator-(const const_iterator& a, const const_iterator& b) {
            return static_cast<difference_type>(a.i_) - static_cast<difference_type>(b.i_);
        }
        friend bool operator==(const const_iterator& a, const const_iterator& b) { return a.i_ == b.i_; }
        friend auto operator<=>(const const_iterator& a, const const_iterator& b) { return a.i_ <=> b.i_; }

    private:
        const ChunkedArray* a_ = nullptr;
        size_t i_ = 0;
    };

    const_iterator begin() const { return const_iterator(this, 0); }
    const_iterator end() const { return const_iterator(this, size_); }

    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    size_t capacity() const { return chunks_.size() * ChunkSize; }

    T& operator[](size_t i) { return chunks_[i / ChunkSize][i % ChunkSize]; }
    const T& operator[](size_t i) const { return chunks_[i / ChunkSize][i % ChunkSize]; }
    T& back() { return tail_[-1]; }
    const T& back() const { return tail_[-1]; }

    // Appending writes through a cursor into the last chunk (no index arithmetic).
    [[gnu::always_inline]] void push_back(const T& value) {
        if (tail_ == tail_end_) [[unlikely]] add_chunk();
        *tail_++ = value;
        ++size_;
    }

    void pop_back() {
        *--tail_ = T();
        --size_;
        if (size_ % ChunkSize == 0) {  // its chunk is empty now: drop it, the cursor ends the one before
            chunks_.pop_back();
            tail_ = tail_end_ = chunks_.empty() ? nullptr : chunks_.back().get() + ChunkSize;
        }
    }

    void clear() {
        chunks_.clear();
        size_ = 0;
        tail_ = tail_end_ = nullptr;
    }

    ChunkedArray() = default;
    ChunkedArray(ChunkedArray&& other) noexcept { *this = std::move(other); }
    ChunkedArray& operator=(ChunkedArray&& other) noexcept {
        // The chunks themselves never move, so the cursor stays valid with them.
        chunks_ = std::move(other.chunks_);
        size_ = std::exchange(other.size_, 0);
        tail_ = std::exchange(other.tail_, nullptr);
        tail_end_ = std::exchange(other.tail_end_, nullptr);
        other.chunks_.clear();
        return *this;
    }

private:
    [[gnu::noinline]] void add_chunk() {
        chunks_.push_back(std::make_unique<T[]>(ChunkSize));
        tail_ = chunks_.back().get();
        tail_end_ = tail_ + ChunkSize;
    }

    std::vector<std::unique_ptr<T[]>> chunks_;
    size_t size_ = 0;
    T* tail_ = nullptr;      // where the next element goes
    T* tail_end_ = nullptr;  // the end of the chunk tail_ is in
};

}  // namespace loopstep
