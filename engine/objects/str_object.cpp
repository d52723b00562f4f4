#include "vm/dict_object.h"
#include "vm/objects.h"

namespace loopstep {

namespace {

size_t count_code_points(const std::string& text) {
    size_t n = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

}  // namespace

uint64_t hash_str_text(const std::string& text) {
    // FNV-1a: deterministic across runs (iteration order never depends on it: tables keep
    // insertion order).
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

StrObject::StrObject(ClassObject* type, std::string text)
    : Object(type, ObjKind::Str), text_(std::move(text)), length_(count_code_points(text_)) {}

uint64_t StrObject::compute_hash() const {
    hash_ = hash_str_text(text_);
    hashed_ = true;
    return hash_;
}

size_t StrObject::byte_offset(size_t index) const {
    if (is_ascii()) return index;
    size_t seen = 0;
    for (size_t i = 0; i < text_.size(); ++i) {
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) {
            if (seen == index) return i;
            ++seen;
        }
    }
    return text_.size();
}

int64_t RangeObject::length() const {
    if (step > 0 && start < stop) return (stop - start - 1) / step + 1;
    if (step < 0 && start > stop) return (start - stop - 1) / (-step) + 1;
    return 0;
}

}  // namespace loopstep
