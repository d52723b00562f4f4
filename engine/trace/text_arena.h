// TextArena: many short texts (task names and labels) stored one after another in fixed-size
// blocks that never move, so the arena grows without copying what it holds; a text never
// straddles two blocks. A text longer than a block is kept on its own.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace loopstep {

// Where a text lives in its arena.
struct TextRef {
    uint32_t begin = 0, size = 0;
};

class TextArena {
public:
    TextRef add(std::string_view text) {
        if (text.size() > kBlock) {
            if (large_.size() >= kLarge) return {};  // two billion long texts: not kept
            large_.emplace_back(text);
            return {kLarge | static_cast<uint32_t>(large_.size() - 1), static_cast<uint32_t>(text.size())};
        }
        if (blocks_.empty() || kBlock - used_ < text.size()) {
            if (blocks_.size() >= kLarge / kBlock) return {};  // the offsets would run out: not kept
            blocks_.push_back(std::make_unique<char[]>(kBlock));
            used_ = 0;
        }
        const auto begin = static_cast<uint32_t>((blocks_.size() - 1) * kBlock + used_);
        text.copy(blocks_.back().get() + used_, text.size());
        used_ += text.size();
        return {begin, static_cast<uint32_t>(text.size())};
    }

    std::string_view view(TextRef r) const {
        if (r.size == 0) return {};
        if (r.begin & kLarge) return large_[r.begin & ~kLarge];
        return {blocks_[r.begin / kBlock].get() + r.begin % kBlock, r.size};
    }

    size_t memory_bytes() const {
        size_t n = blocks_.size() * kBlock;
        for (const auto& s : large_)
            n += sizeof(std::string) + s.capacity();
        return n;
    }

private:
    static constexpr size_t kBlock = 64 * 1024;
    static constexpr uint32_t kLarge = 1u << 31;  // marks the index of a text kept on its own
    std::vector<std::unique_ptr<char[]>> blocks_;
    size_t used_ = 0;  // bytes used in the last block
    std::vector<std::string> large_;
};

}  // namespace loopstep
