// Methods and attributes of int, bool and float: bit_length, conjugate, as_integer_ratio,
// is_integer, real/imag/numerator/denominator.
#include <bit>
#include <cmath>

#include "objects/int_values.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

const Value& int_receiver(Interp& vm, const Value& self, const char* method) {
    if (!is_int_value(self)) raise_bad_receiver(vm, "int", method, self);
    return self;
}

double float_receiver(Interp& vm, const Value& self, const char* method) {
    if (!self.is_float()) raise_bad_receiver(vm, "float", method, self);
    return self.as_float();
}

// The int itself (a bool's value as a plain int).
Value plain_int(const Value& v) { return v.is_bool() ? Value::integer(v.as_int()) : v; }

Value int_bit_length(Interp& vm, const Value& self, const CallArgs& args) {
    const Value& v = int_receiver(vm, self, "bit_length");
    expect_no_args(vm, "int.bit_length", args);
    if (v.is_intlike()) {
        int64_t i = v.as_int();
        uint64_t magnitude = i < 0 ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
        return Value::integer(static_cast<int64_t>(std::bit_width(magnitude)));
    }
    return Value::integer(static_cast<int64_t>(big_of(v)->bit_length()));
}

Value int_bit_count(Interp& vm, const Value& self, const CallArgs& args) {
    const Value& v = int_receiver(vm, self, "bit_count");
    expect_no_args(vm, "int.bit_count", args);
    if (v.is_intlike()) {
        int64_t i = v.as_int();
        uint64_t magnitude = i < 0 ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
        return Value::integer(std::popcount(magnitude));
    }
    return Value::integer(static_cast<int64_t>(big_of(v)->bit_count()));
}

Value int_conjugate(Interp& vm, const Value& self, const CallArgs& args) {
    const Value& v = int_receiver(vm, self, "conjugate");
    expect_no_args(vm, "int.conjugate", args);
    return plain_int(v);
}

Value int_as_integer_ratio(Interp& vm, const Value& self, const CallArgs& args) {
    const Value& v = int_receiver(vm, self, "as_integer_ratio");
    expect_no_args(vm, "int.as_integer_ratio", args);
    return vm.tuple({plain_int(v), Value::integer(1)});
}

Value int_real(Interp& vm, const Value&, const CallArgs& args) {
    return plain_int(int_receiver(vm, args.positional[0], "real"));
}
Value int_imag(Interp& vm, const Value&, const CallArgs& args) {
    int_receiver(vm, args.positional[0], "imag");
    return Value::integer(0);
}
Value int_denominator(Interp& vm, const Value&, const CallArgs& args) {
    int_receiver(vm, args.positional[0], "denominator");
    return Value::integer(1);
}

Value float_is_integer(Interp& vm, const Value& self, const CallArgs& args) {
    double x = float_receiver(vm, self, "is_integer");
    expect_no_args(vm, "float.is_integer", args);
    return Value::boolean(std::isfinite(x) && std::floor(x) == x);
}

Value float_conjugate(Interp& vm, const Value& self, const CallArgs& args) {
    double x = float_receiver(vm, self, "conjugate");
    expect_no_args(vm, "float.conjugate", args);
    return Value::floating(x);
}

Value float_as_integer_ratio(Interp& vm, const Value& self, const CallArgs& args) {
    double x = float_receiver(vm, self, "as_integer_ratio");
    expect_no_args(vm, "float.as_integer_ratio", args);
    if (std::isinf(x)) vm.raise(vm.exc.overflow_error, "cannot convert Infinity to integer ratio");
    if (std::isnan(x)) vm.raise(vm.exc.value_error, "cannot convert NaN to integer ratio");
    int exponent;
    double mantissa = std::frexp(x, &exponent);
    // Scale the mantissa to an integer (at most 53 significant bits).
    for (int i = 0; i < 300 && mantissa != std::floor(mantissa); ++i) {
        mantissa *= 2.0;
        --exponent;
    }
    // mantissa is an integer of at most 53 bits; x = mantissa * 2**exponent exactly.
    BigInt numerator = BigInt::from_double(mantissa);
    BigInt denominator(1);
    if (exponent > 0) {
        numerator = numerator.shifted_left(static_cast<uint64_t>(exponent));
    } else {
        // Reduce: strip common factors of two first.
        while (exponent < 0 && numerator.sign() != 0 && !numerator.is_odd()) {
            numerator = numerator.shifted_right(1);
            ++exponent;
        }
        if (numerator.sign() == 0) exponent = 0;
        denominator = denominator.shifted_left(static_cast<uint64_t>(-exponent));
    }
    return vm.tuple({int_value(vm, std::move(numerator)), int_value(vm, std::move(denominator))});
}

Value float_real(Interp& vm, const Value&, const CallArgs& args) {
    return Value::floating(float_receiver(vm, args.positional[0], "real"));
}
Value float_imag(Interp& vm, const Value&, const CallArgs& args) {
    float_receiver(vm, args.positional[0], "imag");
    return Value::floating(0.0);
}

}  // namespace

void install_number_methods(Interp& vm) {
    ClassObject* int_cls = vm.types.int_.get();
    vm.add_method(int_cls, "bit_length", &receiver_first<int_bit_length>);
    vm.add_method(int_cls, "bit_count", &receiver_first<int_bit_count>);
    vm.add_method(int_cls, "conjugate", &receiver_first<int_conjugate>);
    vm.add_method(int_cls, "as_integer_ratio", &receiver_first<int_as_integer_ratio>);
    add_getter(vm, int_cls, "real", &int_real);
    add_getter(vm, int_cls, "imag", &int_imag);
    add_getter(vm, int_cls, "numerator", &int_real);
    add_getter(vm, int_cls, "denominator", &int_denominator);

    ClassObject* float_cls = vm.types.float_.get();
    vm.add_method(float_cls, "is_integer", &receiver_first<float_is_integer>);
    vm.add_method(float_cls, "conjugate", &receiver_first<float_conjugate>);
    vm.add_method(float_cls, "as_integer_ratio", &receiver_first<float_as_integer_ratio>);
    add_getter(vm, float_cls, "real", &float_real);
    add_getter(vm, float_cls, "imag", &float_imag);
}

}  // namespace loopstep
