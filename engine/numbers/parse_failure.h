#pragma once
// The numbers' parsers report a ValueError message through an optional out-parameter and return
// an empty optional: `return fail(error, "…");`.
#include <optional>
#include <string>

namespace loopstep {

inline std::nullopt_t fail(std::string* error, std::string message) {
    if (error) *error = std::move(message);
    return std::nullopt;
}

}  // namespace loopstep
