# The math module's functions at their edges, and the errors a learner meets.
import math

print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.25), math.modf(math.inf))
print(math.copysign(3, -0.0), math.fmod(7, -3), math.remainder(7, 3), math.fabs(-4))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(0, 0), math.pow(-8, 1 / 3) if False else math.cbrt(-8))
print(math.expm1(1e-10), math.log1p(1e-10), math.erf(1), math.erfc(1), math.gamma(5), round(math.lgamma(10), 12))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.exp2(10), math.nextafter(1, 2), math.ulp(1.0), math.isqrt(10**12), math.isqrt(99))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.1), math.fsum([1e100, 1, -1e100, 1e-100]))
for call, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-5,)), (math.acos, (2,)), (math.exp, (1000,)),
                   (math.factorial, (-1,)), (math.pow, (0, -1)), (math.pow, (-2, 0.5)), (math.fmod, (1, 0)),
                   (math.isqrt, (-4,)), (math.comb, (-1, 2)), (math.gamma, (0,)), (math.floor, (math.inf,)),
                   (math.ceil, (math.nan,)), (math.sqrt, ("4",)), (math.factorial, (3.0,)), (math.sin, (math.inf,)),
                   (math.ldexp, (1.0, 2000))]:
    try:
        print(call.__name__, call(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(call.__name__, type(e).__name__, e)
