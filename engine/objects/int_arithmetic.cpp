// The slow path of int arithmetic: operands or results outside int64, with CPython's rules
// (floor division, two's complement bit operations, correctly rounded true division) and a size
// cap checked before GMP allocates.
#include <cmath>
#include <string>

#include "numbers/numeric.h"
#include "objects/int_values.h"
#include "syntax/ast.h"
#include "vm/native_support.h"

namespace loopstep {

using O = ast::Operator;

BigInt to_big(const Value& v) {
    if (const BigInt* b = big_of(v)) return *b;
    return BigInt(v.as_int());
}

Value int_value(Interp& vm, BigInt v) {
    if (v.fits_int64()) return Value::integer(v.to_int64());
    return Value::object(vm.heap.make<BigIntObject>(vm.types.int_.get(), std::move(v)));
}

Value int_value_from_u64(Interp& vm, uint64_t v) {
    if (v <= static_cast<uint64_t>(INT64_MAX)) return Value::integer(static_cast<int64_t>(v));
    return int_value(vm, BigInt(static_cast<int64_t>(v >> 1)).shifted_left(1) + BigInt(static_cast<int64_t>(v & 1)));
}

void raise_int_too_big(Interp& vm) { vm.raise(vm.exc.memory_error, ""); }

void check_int_bits(Interp& vm, uint64_t bits) {
    if (bits > kMaxIntBits) raise_int_too_big(vm);
}

namespace {

double float_operand(Interp& vm, const Value& v) {
    if (v.is_float()) return v.as_float();
    return int_to_double(vm, v);
}

Value int_pow(Interp& vm, const Value& a, const Value& b) {
    const BigInt base = to_big(a);
    const BigInt exponent = to_big(b);
    if (exponent.sign() < 0) {
        const double x = int_to_double(vm, a);
        const double y = int_to_double(vm, b);
        return Value::floating(numeric_value(vm, float_pow(x, y)));
    }
    if (base.sign() == 0) return Value::integer(exponent.sign() == 0 ? 1 : 0);
    const uint64_t base_bits = base.bit_length();
    if (base_bits == 1) {  // 1 or -1
        if (base.sign() > 0 || !exponent.is_odd()) return Value::integer(1);
        return Value::integer(-1);
    }
    if (!exponent.fits_int64()) raise_int_too_big(vm);
    const auto e = static_cast<uint64_t>(exponent.to_int64());
    // The result has at least (bits - 1) * e + 1 bits.
    if (e > 0 && (base_bits - 1) > kMaxIntBits / e) raise_int_too_big(vm);
    check_int_bits(vm, (base_bits - 1) * e + 1);
    return int_value(vm, base.pow(e));
}

Value int_shift(Interp& vm, O op, const Value& a, const Value& b) {
    const BigInt count = to_big(b);
    if (count.sign() < 0) vm.raise(vm.exc.value_error, "negative shift count");
    const BigInt x = to_big(a);
    if (op == O::RShift) {
        if (!count.fits_int64() || static_cast<uint64_t>(count.to_int64()) >= x.bit_length())
            return Value::integer(x.sign() < 0 ? -1 : 0);
        return int_value(vm, x.shifted_right(static_cast<uint64_t>(count.to_int64())));
    }
    if (x.sign() == 0) return Value::integer(0);
    if (!count.fits_int64()) raise_int_too_big(vm);
    const auto n = static_cast<uint64_t>(count.to_int64());
    if (n > kMaxIntBits) raise_int_too_big(vm);
    check_int_bits(vm, x.bit_length() + n);
    return int_value(vm, x.shifted_left(n));
}

}  // namespace

Value int_binary(Interp& vm, int opcode, const Value& a, const Value& b) {
    const O op = static_cast<O>(opcode);
    switch (op) {
        case O::Pow: return int_pow(vm, a, b);
        case O::LShift:
        case O::RShift: return int_shift(vm, op, a, b);
        case O::Div: {
            if (a.is_intlike() && b.is_intlike()) return Value::floating(numeric_value(vm, int_truediv(a.as_int(), b.as_int())));
            const BigInt y = to_big(b);
            if (y.sign() == 0) vm.raise(vm.exc.zero_division_error, "division by zero");
            auto q = BigInt::true_divide(to_big(a), y);
            if (!q) vm.raise(vm.exc.overflow_error, "integer division result too large for a float");
            return Value::floating(*q);
        }
        default: break;
    }
    const BigInt x = to_big(a);
    const BigInt y = to_big(b);
    switch (op) {
        case O::Add: return int_value(vm, x + y);
        case O::Sub: return int_value(vm, x - y);
        case O::Mult:
            check_int_bits(vm, x.bit_length() + y.bit_length());
            return int_value(vm, x * y);
        case O::FloorDiv:
        case O::Mod: {
            if (y.sign() == 0)
                vm.raise(vm.exc.zero_division_error,
                         op == O::Mod ? "integer modulo by zero" : "integer division or modulo by zero");
            BigInt q, r;
            BigInt::floor_divmod(x, y, op == O::FloorDiv ? &q : nullptr, op == O::Mod ? &r : nullptr);
            return int_value(vm, op == O::FloorDiv ? std::move(q) : std::move(r));
        }
        case O::BitAnd: return int_value(vm, x & y);
        case O::BitOr: return int_value(vm, x | y);
        case O::BitXor: return int_value(vm, x ^ y);
        default: break;
    }
    return Value();
}

Value int_mixed_float_binary(Interp& vm, int opcode, const Value& a, const Value& b);

Value int_unary(Interp& vm, int opcode, const Value& v) {
    using U = ast::UnaryOperator;
    const BigInt x = to_big(v);
    switch (static_cast<U>(opcode)) {
        case U::USub: return int_value(vm, -x);
        case U::UAdd: return int_value(vm, x);
        case U::Invert: return int_value(vm, ~x);
        default: break;
    }
    return Value();
}

Value int_abs(Interp& vm, const Value& x) {
    if (x.is_intlike() && x.as_int() != INT64_MIN) return Value::integer(x.as_int() < 0 ? -x.as_int() : x.as_int());
    return int_value(vm, to_big(x).abs());
}

Value int_divmod_values(Interp& vm, const Value& a, const Value& b) {
    if (a.is_intlike() && b.is_intlike() && !(a.as_int() == INT64_MIN && b.as_int() == -1)) {
        auto r = numeric_value(vm, int_divmod(a.as_int(), b.as_int()));
        return vm.tuple({Value::integer(r.first), Value::integer(r.second)});
    }
    const BigInt y = to_big(b);
    if (y.sign() == 0) vm.raise(vm.exc.zero_division_error, "integer division or modulo by zero");
    BigInt q, r;
    BigInt::floor_divmod(to_big(a), y, &q, &r);
    return vm.tuple({int_value(vm, std::move(q)), int_value(vm, std::move(r))});
}

Value int_pow_mod_values(Interp& vm, const Value& base, const Value& exp, const Value& mod) {
    const BigInt m = to_big(mod);
    if (m.sign() == 0) vm.raise(vm.exc.value_error, "pow() 3rd argument cannot be 0");
    BigInt b = to_big(base);
    BigInt e = to_big(exp);
    if (e.sign() < 0) {
        auto inv = BigInt::inverse(b, m);
        if (!inv) vm.raise(vm.exc.value_error, "base is not invertible for the given modulus");
        b = std::move(*inv);
        e = -e;
    }
    if (m.bit_length() == 1 && m.sign() > 0) return Value::integer(0);  // anything mod 1
    // One GMP call the instruction budget cannot interrupt: its work grows with the exponent's
    // bits times the modulus's (RSA-4096 is 2**24); past 2**32 it would hold the loop for seconds.
    if (e.bit_length() > 64 && m.bit_length() > 64 &&
        static_cast<double>(e.bit_length()) * static_cast<double>(m.bit_length()) > 4294967296.0)
        throw BudgetExceeded{"budget exceeded: pow() with a " + std::to_string(e.bit_length()) +
                             "-bit exponent and a " + std::to_string(m.bit_length()) +
                             "-bit modulus would hold up the event loop for seconds in one step"};
    return int_value(vm, BigInt::pow_mod(b, e, m));
}

Value int_round_values(Interp& vm, const Value& x, const Value& ndigits) {
    const BigInt n = to_big(ndigits);
    if (n.sign() >= 0) return int_value(vm, to_big(x));
    if (x.is_intlike() && n.fits_int64()) {
        auto r = round_int(x.as_int(), n.to_int64());
        if (r.ok()) return Value::integer(*r.value);
    }
    const BigInt v = to_big(x);
    // 10**-n beyond |x|'s size rounds to 0 (the half-way point is then above |x| too).
    if (!n.fits_int64() || static_cast<double>(-n.to_int64()) > static_cast<double>(v.bit_length()) * 0.302 + 2)
        return Value::integer(0);
    const BigInt scale = BigInt(10).pow(static_cast<uint64_t>(-n.to_int64()));
    BigInt q, r;
    BigInt::floor_divmod(v, scale, &q, &r);
    // Half to even on the exact remainder.
    const int c = r.shifted_left(1).compare(scale);
    if (c > 0 || (c == 0 && q.is_odd())) q = q + BigInt(1);
    return int_value(vm, q * scale);
}

// ---- comparisons and hashing

int compare_int_values(const Value& a, const Value& b) {
    if (a.is_intlike() && b.is_intlike()) return a.as_int() < b.as_int() ? -1 : (a.as_int() > b.as_int() ? 1 : 0);
    // A big int is outside int64, so it compares with a small one by its sign alone.
    const BigInt* x = big_of(a);
    const BigInt* y = big_of(b);
    if (x && y) return x->compare(*y);
    if (x) return x->sign();
    return -y->sign();
}

int compare_int_value_float(const Value& a, double f) {
    if (std::isnan(f)) return 2;
    if (a.is_intlike()) {
        std::partial_ordering o = compare_int_float(a.as_int(), f);
        return o < 0 ? -1 : (o > 0 ? 1 : 0);
    }
    if (std::isinf(f)) return f > 0 ? -1 : 1;
    return big_of(a)->compare(f);
}

int64_t hash_int_value(const Value& v) {
    if (const BigInt* b = big_of(v)) return b->hash();
    return hash_int(v.as_int());
}

// ---- conversions with floats

std::optional<double> int_to_double_checked(const Value& v) {
    if (v.is_intlike()) return static_cast<double>(v.as_int());
    return big_of(v)->to_double();
}

double int_to_double(Interp& vm, const Value& v) {
    auto d = int_to_double_checked(v);
    if (!d) vm.raise(vm.exc.overflow_error, "int too large to convert to float");
    return *d;
}

Value int_from_double(Interp& vm, double x, const char* mode) {
    if (std::isnan(x)) vm.raise(vm.exc.value_error, "cannot convert float NaN to integer");
    if (std::isinf(x)) vm.raise(vm.exc.overflow_error, "cannot convert float infinity to integer");
    const std::string_view m(mode);
    const double r = m == "floor" ? std::floor(x) : m == "ceil" ? std::ceil(x) : std::trunc(x);
    if (r >= -9.2e18 && r <= 9.2e18) return Value::integer(static_cast<int64_t>(r));
    return int_value(vm, BigInt::from_double(r));
}

Value int_mixed_float_binary(Interp& vm, int opcode, const Value& a, const Value& b) {
    const double x = float_operand(vm, a);
    const double y = float_operand(vm, b);
    switch (static_cast<O>(opcode)) {
        case O::Add: return Value::floating(x + y);
        case O::Sub: return Value::floating(x - y);
        case O::Mult: return Value::floating(x * y);
        case O::Div: return Value::floating(numeric_value(vm, float_truediv(x, y)));
        case O::FloorDiv: return Value::floating(numeric_value(vm, float_floordiv(x, y)));
        case O::Mod: return Value::floating(numeric_value(vm, float_mod(x, y)));
        case O::Pow: return Value::floating(numeric_value(vm, float_pow(x, y)));
        default: break;
    }
    return Value();
}

}  // namespace loopstep
