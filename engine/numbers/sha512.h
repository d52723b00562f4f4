// SHA-512 (FIPS 180-4), for random.seed(str/bytes): CPython turns such a seed into the integer of
// the bytes followed by their SHA-512 digest, so the same text seeds the same numbers.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace loopstep {

std::array<uint8_t, 64> sha512(std::string_view data);

}  // namespace loopstep
