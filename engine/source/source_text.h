// Source text checks done before tokenizing: the lexer may then assume valid UTF-8 with LF line ends.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "source/diagnostic.h"

namespace loopstep {

// Larger programs are not lessons; refusing them keeps every later stage's cost bounded.
inline constexpr std::size_t kMaxSourceBytes = 2 * 1024 * 1024;

// Strips a UTF-8 byte order mark and turns CRLF and lone CR into LF, in place. Refuses null bytes,
// invalid UTF-8 (reported at its line and column) and files over kMaxSourceBytes.
std::optional<Diagnostic> normalize_source(std::string& text, const std::string& filename);

// Length of the UTF-8 sequence starting at text[i] if it is well formed (no overlongs, no
// surrogates, at most U+10FFFF), else 0. Shared by the lexer's column counting.
std::size_t utf8_sequence_length(const std::string& text, std::size_t i);

}  // namespace loopstep
