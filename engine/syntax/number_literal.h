// Numeric literals: where one ends (shared by the lexer and by literal edits) and what it is worth.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "syntax/ast.h"

namespace loopstep {

struct NumberScan {
    std::size_t length = 0;  // bytes of the literal; 0 on error
    bool is_float = false;
    bool is_imaginary = false;
    std::string error;             // CPython's wording, e.g. "invalid decimal literal"
    std::size_t error_offset = 0;  // bytes from the literal's start to where the error is reported
};

// Scans the literal starting at text[start], which must be a digit or a '.' followed by a digit.
NumberScan scan_number_literal(std::string_view text, std::size_t start);

// The value of a valid, non-imaginary literal: Int when it fits in int64, else BigInt with its
// decimal digits; Float follows CPython (overflow gives inf).
ast::Constant number_constant(std::string_view literal);

}  // namespace loopstep
