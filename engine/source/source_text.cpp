#include "source/source_text.h"

#include <cstdio>

namespace loopstep {

std::size_t utf8_sequence_length(const std::string& text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return 1;
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        len = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        len = 3;
        if (lead == 0xE0) lo = 0xA0;  // overlong
        if (lead == 0xED) hi = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        len = 4;
        if (lead == 0xF0) lo = 0x90;  // overlong
        if (lead == 0xF4) hi = 0x8F;  // beyond U+10FFFF
    } else {
        return 0;
    }
    if (i + len > text.size()) return 0;
    if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
    for (std::size_t k = 2; k < len; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    }
    return len;
}

std::optional<Diagnostic> normalize_source(std::string& text, const std::string& filename) {
    if (text.size() > kMaxSourceBytes) {
        return Diagnostic{filename, 1, 1, "source file is too large (more than 2 MiB)"};
    }
    std::size_t start = 0;
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) start = 3;

    std::string out;
    out.reserve(text.size());
    int line = 1, col = 1;
    for (std::size_t i = start; i < text.size();) {
        const char c = text[i];
        if (c == '\0') return Diagnostic{filename, line, col, "source code cannot contain null bytes"};
        if (c == '\r' || c == '\n') {
            out.push_back('\n');
            i += (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
            ++line;
            col = 1;
            continue;
        }
        const std::size_t len = utf8_sequence_length(text, i);
        if (len == 0) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02x", static_cast<unsigned char>(c));
            return Diagnostic{filename, line, col, std::string("invalid UTF-8 byte ") + hex};
        }
        out.append(text, i, len);
        i += len;
        ++col;
    }
    text = std::move(out);
    return std::nullopt;
}

}  // namespace loopstep
