// libFuzzer target: ints of any size. The input decodes into two operands (sign, size, digits),
// a shift count and a format spec; the target checks BigInt's identities directly, then runs a
// Python program on the same operands whose asserts check the runtime's: floor division and
// modulo, two's complement identities, str/hex/bin round trips, hashes and equality across the
// small and big representations, and that format() of any spec answers without crashing.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "engine.h"
#include "objects/big_int.h"

using loopstep::BigInt;

namespace {

struct Reader {
    const uint8_t* data;
    size_t size;
    size_t at = 0;
    uint8_t byte() { return at < size ? data[at++] : 0; }
};

// A decimal literal of up to ~120 digits, often near the int64 boundary.
std::string operand(Reader& in) {
    const uint8_t shape = in.byte();
    std::string digits;
    switch (shape % 4) {
        case 0: digits = std::to_string(in.byte()); break;
        case 1: digits = "922337203685477580" + std::to_string(in.byte() % 10); break;
        case 2: digits = "1844674407370955161" + std::to_string(in.byte() % 10); break;
        default: {
            const int n = 1 + in.byte() % 120;
            for (int i = 0; i < n; ++i) digits += static_cast<char>('0' + in.byte() % 10);
            const size_t first = digits.find_first_not_of('0');
            digits = first == std::string::npos ? "0" : digits.substr(first);
        }
    }
    return (shape & 0x80 ? "-" : "") + digits;
}

BigInt parse(const std::string& text) {
    const bool negative = text[0] == '-';
    return *BigInt::parse(negative ? text.substr(1) : text, 10, negative);
}

std::string dec(const BigInt& v) { return (v.sign() < 0 ? "-" : "") + v.magnitude_digits(10); }

void check(bool ok) {
    if (!ok) std::abort();
}

void check_big_int(const std::string& ta, const std::string& tb, unsigned shift) {
    const BigInt a = parse(ta), b = parse(tb);
    check(dec(a) == (ta == "-0" ? "0" : ta));
    if (b.sign() != 0) {
        BigInt q, r;
        BigInt::floor_divmod(a, b, &q, &r);
        check((q * b + r).compare(a) == 0);
        check(r.sign() == 0 || r.sign() == b.sign());
        check(r.abs().compare(b.abs()) < 0);
    }
    check(((a & b) + (a | b)).compare(a + b) == 0);
    check((a ^ b).compare((a | b) - (a & b)) == 0);
    check((~a).compare(-a - BigInt(1)) == 0);
    check(a.shifted_left(shift).shifted_right(shift).compare(a) == 0);
    BigInt q;
    BigInt::floor_divmod(a, BigInt(1).shifted_left(shift), &q, nullptr);
    check(a.shifted_right(shift).compare(q) == 0);
    for (int base : {2, 8, 16, 36}) {
        auto back = BigInt::parse(a.magnitude_digits(base), base, a.sign() < 0);
        check(back && back->compare(a) == 0);
    }
    if (a.fits_int64()) check(BigInt(a.to_int64()).compare(a) == 0);
    if (auto d = a.to_double()) check(a.compare(*d) == 0 || a.bit_length() > 53);
    check(a.hash() != -1);
    check((a + BigInt(0)).hash() == a.hash());
}

std::string program(const std::string& a, const std::string& b, unsigned shift, const std::string& spec) {
    std::string p = "a = " + a + "\nb = " + b + "\nk = " + std::to_string(shift) + "\n";
    p += "if b:\n    q, r = divmod(a, b)\n    assert q * b + r == a and q == a // b and r == a % b\n"
         "    assert r == 0 or (r < 0) == (b < 0)\n";
    p += "assert (a & b) + (a | b) == a + b and a ^ b == (a | b) - (a & b) and ~a == -a - 1\n";
    p += "assert (a << k) >> k == a and a >> k == a // 2 ** k\n";
    p += "assert int(str(a)) == a and int(hex(a), 16) == a and int(bin(a), 0) == a and int(oct(a), 8) == a\n";
    // Equal values, reached through big intermediates or not, hash and compare equal.
    p += "c = (a + 2 ** 100) - 2 ** 100\nassert c == a and hash(c) == hash(a) and {a: 1}[c] == 1\n";
    p += "assert type(c) is int and (a * b) // (b or 1) == (a if b else a * b)\n";
    p += "if -2 ** 53 <= a <= 2 ** 53:\n    assert float(a) == a and hash(float(a)) == hash(a)\n";
    p += "try:\n    f = float(a)\n    assert (a < f) == (not (a >= f)) and (a == f) == (int(f) == a)\nexcept OverflowError:\n    pass\n";
    p += "try:\n    format(a, " + spec + ")\nexcept (ValueError, OverflowError):\n    pass\n";
    p += "print(a, b, a * b, a - b, abs(a), -b, a ** 3, pow(a, 5, b or 7))\n";
    return p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Reader in{data, size};
    const std::string a = operand(in), b = operand(in);
    const unsigned shift = in.byte() % 200;
    std::string spec;
    const int spec_length = in.byte() % 8;
    for (int i = 0; i < spec_length; ++i) {
        const char c = static_cast<char>(in.byte() % 95 + 32);
        if (c == '\'' || c == '\\') continue;
        spec += c;
    }
    check_big_int(a, b, shift);

    loopstep::RunOptions options;
    options.max_instructions = 200'000;
    options.max_ticks = 100;
    options.recursion_limit = 100;
    const loopstep::RunResult result =
        loopstep::run_program(program(a, b, shift, "'" + spec + "'"), "fuzz.py", options, loopstep::OutputSinks{}, nullptr);
    // An assert failing (or anything else raised) is a bug in the int semantics.
    check(result.status == loopstep::RunStatus::Ok);
    return 0;
}
