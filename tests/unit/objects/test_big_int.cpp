// BigInt, the GMP wrapper behind ints outside int64: CPython's hash, floor division signs, two's
// complement bit operations, correctly rounded conversions to float and true division, modular
// powers and inverses, and text in every base. The expected values were computed once with
// CPython 3.11 and written here as literals.
#include <QtTest>

#include <cmath>
#include <string>

#include "objects/big_int.h"

using namespace loopstep;

namespace {

BigInt big(const char* decimal) {
    std::string text(decimal);
    const bool negative = text[0] == '-';
    return *BigInt::parse(negative ? text.substr(1) : text, 10, negative);
}

std::string dec(const BigInt& v) { return (v.sign() < 0 ? "-" : "") + v.magnitude_digits(10); }

const char* const kA = "123456789012345678901234567890";
const char* const kB = "-987654321098765432109";

}  // namespace

class TestBigInt : public QObject {
    Q_OBJECT

private slots:
    void hashIsCpythonsModuloMersennePrime() {
        QCOMPARE(big(kA).hash(), int64_t(248789772095949448));
        QCOMPARE((-big(kA)).hash(), int64_t(-248789772095949448));
        QCOMPARE(BigInt(1).shifted_left(61).hash(), int64_t(1));
        QCOMPARE((BigInt(1).shifted_left(61) - BigInt(1)).hash(), int64_t(0));
        QCOMPARE((-BigInt(1).shifted_left(64)).hash(), int64_t(-8));
        QCOMPARE((BigInt(1).shifted_left(200) + BigInt(12345)).hash(), int64_t(143417));
        // -1 is reserved: a value hashing to -1 hashes to -2, as in CPython.
        QCOMPARE(BigInt(-1).hash(), int64_t(-2));
    }

    void floorDivisionTakesTheDivisorsSign() {
        BigInt q, r;
        BigInt::floor_divmod(big(kA), big(kB), &q, &r);
        QCOMPARE(dec(q), std::string("-124999999"));
        QCOMPARE(dec(r), std::string("-137345679013625000001"));
        BigInt::floor_divmod(-big(kA), BigInt(7), &q, &r);
        QCOMPARE(dec(q), std::string("-17636684144620811271604938270"));
        QCOMPARE(dec(r), std::string("0"));
        BigInt::floor_divmod(big("-10000000000000000000000000000000"), BigInt(7), &q, &r);
        QCOMPARE(dec(q), std::string("-1428571428571428571428571428572"));
        QCOMPARE(dec(r), std::string("4"));
    }

    void bitOperationsAreTwosComplement() {
        QCOMPARE(dec(big(kA) & big(kB)), std::string("123456788043715692998132959954"));
        QCOMPARE(dec(big(kA) | big(kB)), std::string("-19024335195663824173"));
        QCOMPARE(dec(big(kA) ^ big(kB)), std::string("-123456788062740028193796784127"));
        QCOMPARE(dec(~big(kA)), std::string("-123456789012345678901234567891"));
        QCOMPARE(dec((-big(kA)).shifted_right(5)), std::string("-3858024656635802465663580247"));
        QCOMPARE(dec(-big(kA) & BigInt(0xFFFF)), std::string("62766"));
        QCOMPARE(dec((-BigInt(1).shifted_left(70)) | BigInt(1)), std::string("-1180591620717411303423"));
    }

    void floatConversionRoundsHalfToEven() {
        const BigInt two53 = BigInt(1).shifted_left(53);
        QCOMPARE(*(two53 + BigInt(1)).to_double(), 9007199254740992.0);
        QCOMPARE(*(BigInt(1).shifted_left(54) + BigInt(3)).to_double(), 1.8014398509481988e+16);
        const BigInt two64 = BigInt(1).shifted_left(64);
        QCOMPARE(*(-(two64 + BigInt(2048))).to_double(), -1.8446744073709552e+19);
        QCOMPARE(*(two64 + BigInt(2049)).to_double(), 1.8446744073709556e+19);
        QCOMPARE(*big(kA).to_double(), 1.2345678901234568e+29);
        // Just below 2**1024 rounds up to it: too large for a float.
        const BigInt two1024 = BigInt(1).shifted_left(1024);
        QVERIFY(!(two1024 - BigInt(1).shifted_left(970)).to_double());
        QCOMPARE(*(two1024 - BigInt(1).shifted_left(970) - BigInt(1)).to_double(), 1.7976931348623157e+308);
    }

    void trueDivisionIsCorrectlyRounded() {
        QCOMPARE(*BigInt::true_divide(big(kA), big(kB)), -124999998.8609375);
        QCOMPARE(*BigInt::true_divide(BigInt(1).shifted_left(200) + BigInt(1), BigInt(3)), 5.356460147529967e+59);
        QCOMPARE(*BigInt::true_divide(big("10000000000000000000000000000000000000000"),
                                      big("30000000000000000000000000000000000000000")),
                 0.3333333333333333);
        QCOMPARE(*BigInt::true_divide(BigInt(1).shifted_left(1100), BigInt(1).shifted_left(1101)), 0.5);
        QCOMPARE(*BigInt::true_divide(BigInt(1), BigInt(1).shifted_left(1074)), 5e-324);
        QVERIFY(!BigInt::true_divide(BigInt(1).shifted_left(1100), BigInt(3)));
    }

    void comparisonWithFloatsIsExact() {
        QCOMPARE(big(kA).compare(1.2345678901234568e+29), 1);  // the float is 1023514970834 below it
        QCOMPARE(BigInt(1).shifted_left(100).compare(std::ldexp(1.0, 100)), 0);
        QCOMPARE((BigInt(1).shifted_left(100) + BigInt(1)).compare(std::ldexp(1.0, 100)), 1);
    }

    void modularPowersAndInverses() {
        QCOMPARE(dec(BigInt::pow_mod(BigInt(3), big("100000000000000000000"), BigInt(1000000007))),
                 std::string("139421235"));
        QCOMPARE(dec(*BigInt::inverse(BigInt(-7), BigInt(1).shifted_left(70) + BigInt(1))),
                 std::string("843279729083865216732"));
        QCOMPARE(dec(BigInt::pow_mod(BigInt(2), BigInt(100), BigInt(-1000))), std::string("-624"));
        QVERIFY(!BigInt::inverse(BigInt(6), BigInt(9)));
    }

    void textAndSizes() {
        QCOMPARE(big(kA).bit_length(), uint64_t(97));
        QCOMPARE((-big(kA)).bit_length(), uint64_t(97));
        QCOMPARE(big(kA).bit_count(), uint64_t(54));
        QCOMPARE(dec(-big(kA)), std::string("-123456789012345678901234567890"));
        QCOMPARE(big(kA).magnitude_digits(16), std::string("18ee90ff6c373e0ee4e3f0ad2"));
        QCOMPARE(big(kA).magnitude_digits(8), std::string("143564417755415637016711617605322"));
        QVERIFY(!BigInt::parse("12x4", 10, false));
        QVERIFY(big("9223372036854775807").fits_int64());
        QVERIFY(!big("9223372036854775808").fits_int64());
        QVERIFY(big("-9223372036854775808").fits_int64());
    }

    void integerFunctions() {
        QCOMPARE(dec(BigInt::factorial(30)), std::string("265252859812191058636308480000000"));
        QCOMPARE(dec(BigInt::binomial(BigInt(100), 50)), std::string("100891344545564193334812497256"));
        QCOMPARE(dec(BigInt(10).pow(41).isqrt()), std::string("316227766016837933199"));
        int64_t e = 0;
        const double m = BigInt(3).pow(1000).frexp(&e);
        QCOMPARE(std::log2(m) + static_cast<double>(e), 1584.9625007211562);
    }
};

QTEST_APPLESS_MAIN(TestBigInt)
#include "test_big_int.moc"
