// UTF-8 walking, character classes and case mappings for the str methods (see str_support.h).
#include "objects/str_support.h"

namespace loopstep {

char32_t utf8_next(std::string_view text, size_t& pos) {
    auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
    unsigned char lead = byte(pos);
    int extra = lead < 0x80 ? 0 : lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
    char32_t c = extra == 0 ? lead : extra == 1 ? (lead & 0x1F) : extra == 2 ? (lead & 0x0F) : (lead & 0x07);
    ++pos;
    for (int i = 0; i < extra && pos < text.size(); ++i, ++pos) c = (c << 6) | (byte(pos) & 0x3F);
    return c;
}

size_t utf8_prev(std::string_view text, size_t pos) {
    do {
        --pos;
    } while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80);
    return pos;
}

void utf8_append(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

size_t utf8_index(std::string_view text, size_t byte) {
    size_t n = 0;
    for (size_t i = 0; i < byte && i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
    return n;
}

bool is_space(char32_t c) {
    if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_line_break(char32_t c) {
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E) || c == 0x85 ||
           c == 0x2028 || c == 0x2029;
}

namespace {

// Offset between the two cases of a letter in the alphabets we map, 0 when the letter has none.
// Positive: c is upper and c + offset is its lower case.
int32_t case_offset(char32_t c) {
    if (c >= 'A' && c <= 'Z') return 32;
    if (c >= 'a' && c <= 'z') return -32;
    if (c < 0xC0) return 0;
    if (c <= 0xDE) return c == 0xD7 ? 0 : 32;
    if (c <= 0xFE) return (c == 0xF7 || c == 0xDF) ? 0 : -32;
    if (c == 0xFF) return 0x178 - 0xFF;
    if (c == 0x178) return 0xFF - 0x178;
    if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) return (c % 2 == 0) ? 1 : -1;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c % 2 == 1) ? 1 : -1;
    if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return 32;
    if (c >= 0x3B1 && c <= 0x3C9) return c == 0x3C2 ? 0 : -32;
    if (c >= 0x410 && c <= 0x42F) return 32;
    if (c >= 0x430 && c <= 0x44F) return -32;
    if (c >= 0x400 && c <= 0x40F) return 80;
    if (c >= 0x450 && c <= 0x45F) return -80;
    return 0;
}

}  // namespace

bool is_upper(char32_t c) { return case_offset(c) > 0; }
bool is_lower(char32_t c) {
    return case_offset(c) < 0 || c == 0xDF || c == 0x3C2 || c == 0xAA || c == 0xBA || c == 0x138 || c == 0x149;
}
bool is_cased(char32_t c) { return is_upper(c) || is_lower(c); }

bool is_alpha(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (is_cased(c)) return true;
    return (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x370 && c <= 0x3FF && c != 0x37E) ||
           (c >= 0x400 && c <= 0x52F) || (c >= 0x5D0 && c <= 0x5EA) || (c >= 0x620 && c <= 0x64A) ||
           (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xAC00 && c <= 0xD7A3);
}

bool is_decimal(char32_t c) {
    static constexpr char32_t zeros[] = {'0', 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66,
                                         0xBE6, 0xC66, 0xCE6, 0xD66, 0xE50, 0xED0, 0xF20, 0xFF10};
    for (char32_t zero : zeros)
        if (c >= zero && c <= zero + 9) return true;
    return false;
}

bool is_digit(char32_t c) {
    return is_decimal(c) || c == 0xB2 || c == 0xB3 || c == 0xB9 || c == 0x2070 || (c >= 0x2074 && c <= 0x2079) ||
           (c >= 0x2080 && c <= 0x2089) || (c >= 0x2460 && c <= 0x2468) || (c >= 0x2474 && c <= 0x247C) ||
           (c >= 0x2488 && c <= 0x2490) || c == 0x24EA || (c >= 0x2776 && c <= 0x277E);
}

bool is_numeric(char32_t c) {
    if (is_digit(c)) return true;
    if ((c >= 0xBC && c <= 0xBE) || (c >= 0x2150 && c <= 0x2189) || (c >= 0x2469 && c <= 0x2473)) return true;
    static constexpr char32_t han[] = {0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03,
                                       0x516B, 0x4E5D, 0x5341, 0x767E, 0x5343, 0x4E07, 0x5104};
    for (char32_t h : han)
        if (c == h) return true;
    return false;
}

bool is_printable(char32_t c) {
    if (c < 0x80) return c >= 0x20 && c < 0x7F;
    if (c < 0xA0 || c == 0xAD) return false;
    return !is_space(c) && !(c >= 0x200B && c <= 0x200F) && !(c >= 0x2028 && c <= 0x202E) &&
           !(c >= 0xD800 && c <= 0xDFFF) && c != 0xFEFF;
}

void append_upper(std::string& out, char32_t c) {
    if (c == 0xDF) {
        out += "SS";
        return;
    }
    if (c == 0x3C2) c = 0x3C3;  // final sigma
    int32_t offset = case_offset(c);
    utf8_append(out, offset < 0 ? static_cast<char32_t>(static_cast<int32_t>(c) + offset) : c);
}

void append_lower(std::string& out, char32_t c) {
    int32_t offset = case_offset(c);
    utf8_append(out, offset > 0 ? static_cast<char32_t>(static_cast<int32_t>(c) + offset) : c);
}

}  // namespace loopstep
