// The integer functions of `math` on ints of any size, and logarithms of huge ints
// (math_integers.cpp); module_math.cpp installs them.
#pragma once

#include <optional>

#include "vm/interp.h"

namespace loopstep {

// An int argument (or an __index__ result) as an int value; TypeError otherwise.
Value math_integer_arg(Interp& vm, const Value& v);

Value math_factorial(Interp& vm, const Value& self, const CallArgs& args);
Value math_gcd(Interp& vm, const Value& self, const CallArgs& args);
Value math_lcm(Interp& vm, const Value& self, const CallArgs& args);
Value math_isqrt(Interp& vm, const Value& self, const CallArgs& args);
Value math_comb(Interp& vm, const Value& self, const CallArgs& args);
Value math_perm(Interp& vm, const Value& self, const CallArgs& args);

// log_fn(v) for an int v of any size ("math domain error" when v <= 0); nullopt when v is not an int.
std::optional<double> math_int_log(Interp& vm, const Value& v, double (*log_fn)(double));

}  // namespace loopstep
