// UTF-8 walking and the character classes and case mappings the str methods need. Exact for
// ASCII; outside ASCII it covers Latin-1, Latin Extended-A, Greek and Cyrillic letters, common
// digits and numerals, and every Unicode space; other characters have no case.
#pragma once

#include <cstdint>
#include <string>
#include <span>
#include <string_view>

#include "vm/interp.h"

namespace loopstep {

// Decodes the code point starting at byte `pos` and advances `pos` past it.
char32_t utf8_next(std::string_view text, size_t& pos);
// Byte position of the code point that ends at byte `pos` (pos > 0).
size_t utf8_prev(std::string_view text, size_t pos);
void utf8_append(std::string& out, char32_t c);
// Code-point index of byte position `byte` (which must start a code point).
size_t utf8_index(std::string_view text, size_t byte);

bool is_space(char32_t c);
bool is_line_break(char32_t c);
bool is_alpha(char32_t c);
bool is_decimal(char32_t c);
bool is_digit(char32_t c);
bool is_numeric(char32_t c);
bool is_upper(char32_t c);
bool is_lower(char32_t c);
bool is_cased(char32_t c);
bool is_printable(char32_t c);
// Case mappings that may produce several characters ('ß'.upper() == 'SS').
void append_upper(std::string& out, char32_t c);
void append_lower(std::string& out, char32_t c);

// The installers of the str method groups.
void install_str_search_methods(Interp& vm);  // str_methods.cpp
void install_str_shape_methods(Interp& vm);   // str_shape.cpp
void install_str_format_methods(Interp& vm);  // str_format.cpp

// ascii(v): repr(v) with every non-ASCII character escaped (\xe9, \u20ac, \U0001f600).
std::string ascii_repr(Interp& vm, const Value& v);

// str.format(*args, **kwargs) on a format string.
std::string format_with(Interp& vm, std::string_view format, std::span<const Value> positional,
                        const Value& mapping);

}  // namespace loopstep
