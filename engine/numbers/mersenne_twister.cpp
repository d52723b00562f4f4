// MT19937 (Matsumoto and Nishimura's published algorithm) plus the way CPython 3.11's random module
// turns its outputs into floats, bounded ints, shuffles and samples. Every call consumes exactly
// the outputs CPython's does, so seeded programs print the same numbers.
#include "numbers/mersenne_twister.h"
#include "numbers/parse_failure.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <unordered_set>

namespace loopstep {

namespace {

__extension__ typedef __int128 i128;

constexpr int kM = 397;
constexpr uint32_t kMatrixA = 0x9908B0DFu;
constexpr uint32_t kUpperMask = 0x80000000u;
constexpr uint32_t kLowerMask = 0x7FFFFFFFu;

std::string to_decimal(i128 v) {
    if (v == 0) return "0";
    const bool negative = v < 0;
    __extension__ unsigned __int128 m =
        negative ? static_cast<unsigned __int128>(-(v + 1)) + 1 : static_cast<unsigned __int128>(v);
    std::string digits;
    for (; m != 0; m /= 10)
        digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(m % 10)));
    return negative ? "-" + digits : digits;
}

// Python's // on 128-bit values (rounds toward minus infinity).
i128 floor_div(i128 a, i128 b) {
    i128 q = a / b;
    if (a % b != 0 && ((a < 0) != (b < 0))) --q;
    return q;
}


}  // namespace

void MersenneTwister::init_genrand(uint32_t s) {
    mt_[0] = s;
    for (int i = 1; i < kN; ++i)
        mt_[i] = 1812433253u * (mt_[i - 1] ^ (mt_[i - 1] >> 30)) + static_cast<uint32_t>(i);
    index_ = kN;
}

void MersenneTwister::init_by_array(const std::vector<uint32_t>& key) {
    init_genrand(19650218u);
    int i = 1;
    size_t j = 0;
    for (size_t k = std::max<size_t>(kN, key.size()); k > 0; --k) {
        mt_[i] =
            (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<uint32_t>(j);
        ++i;
        ++j;
        if (i >= kN) {
            mt_[0] = mt_[kN - 1];
            i = 1;
        }
        if (j >= key.size()) j = 0;
    }
    for (int k = kN - 1; k > 0; --k) {
        mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
        ++i;
        if (i >= kN) {
            mt_[0] = mt_[kN - 1];
            i = 1;
        }
    }
    mt_[0] = 0x80000000u;  // most significant bit set: the state is never all zeros
}

void MersenneTwister::seed(int64_t n) {
    uint64_t mag = n < 0 ? uint64_t{0} - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
    std::vector<uint32_t> key;
    for (; mag != 0; mag >>= 32)
        key.push_back(static_cast<uint32_t>(mag));
    if (key.empty()) key.push_back(0);
    init_by_array(key);
    gauss_next_.reset();
}

void MersenneTwister::seed_key(std::vector<uint32_t> key) {
    while (key.size() > 1 && key.back() == 0) key.pop_back();
    if (key.empty()) key.push_back(0);
    init_by_array(key);
    gauss_next_.reset();
}

std::vector<uint32_t> MersenneTwister::state_words() const { return {mt_.begin(), mt_.end()}; }

void MersenneTwister::set_state(const std::vector<uint32_t>& words, int index) {
    for (int i = 0; i < kN && i < static_cast<int>(words.size()); ++i) mt_[i] = words[i];
    index_ = std::clamp(index, 0, kN);
}

void MersenneTwister::regenerate() {
    auto twist = [](uint32_t upper, uint32_t lower, uint32_t far) {
        const uint32_t y = (upper & kUpperMask) | (lower & kLowerMask);
        return far ^ (y >> 1) ^ ((y & 1u) ? kMatrixA : 0u);
    };
    int k = 0;
    for (; k < kN - kM; ++k)
        mt_[k] = twist(mt_[k], mt_[k + 1], mt_[k + kM]);
    for (; k < kN - 1; ++k)
        mt_[k] = twist(mt_[k], mt_[k + 1], mt_[k + kM - kN]);
    mt_[kN - 1] = twist(mt_[kN - 1], mt_[0], mt_[kM - 1]);
    index_ = 0;
}

uint32_t MersenneTwister::next_u32() {
    if (index_ >= kN) regenerate();
    uint32_t y = mt_[index_++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9D2C5680u;
    y ^= (y << 15) & 0xEFC60000u;
    y ^= y >> 18;
    return y;
}

double MersenneTwister::random() {
    const uint32_t a = next_u32() >> 5, b = next_u32() >> 6;  // 27 + 26 bits
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

uint64_t MersenneTwister::getrandbits(int k) {
    if (k <= 0) return 0;
    if (k <= 32) return next_u32() >> (32 - k);
    const auto words = getrandbits_words(k);
    return words[0] | (static_cast<uint64_t>(words[1]) << 32);
}

std::vector<uint32_t> MersenneTwister::getrandbits_words(int64_t k) {
    if (k <= 0) return {0};
    if (k <= 32) return {next_u32() >> (32 - k)};
    std::vector<uint32_t> words;
    for (; k > 0; k -= 32) {
        uint32_t r = next_u32();
        if (k < 32) r >>= (32 - k);  // the top word keeps its most significant bits
        words.push_back(r);
    }
    return words;
}

uint64_t MersenneTwister::randbelow(uint64_t n) {
    if (n == 0) return 0;
    const int k = 64 - std::countl_zero(n);
    uint64_t r = getrandbits(k);
    while (r >= n)
        r = getrandbits(k);
    return r;
}

std::optional<int64_t> MersenneTwister::randrange_stop(int64_t stop, std::string* error) {
    if (stop > 0) return static_cast<int64_t>(randbelow(static_cast<uint64_t>(stop)));
    return fail(error, "empty range for randrange()");
}

std::optional<int64_t> MersenneTwister::randrange(int64_t start, int64_t stop, int64_t step,
                                                  std::string* error) {
    const i128 width = static_cast<i128>(stop) - start;
    if (step == 1) {
        if (width > 0)
            return static_cast<int64_t>(start + static_cast<i128>(randbelow(static_cast<uint64_t>(width))));
        return fail(error, "empty range for randrange() (" + to_decimal(start) + ", " + to_decimal(stop) +
                               ", " + to_decimal(width) + ")");
    }
    if (step == 0) return fail(error, "zero step for randrange()");
    const i128 n = step > 0 ? floor_div(width + step - 1, step) : floor_div(width + step + 1, step);
    if (n <= 0) return fail(error, "empty range for randrange()");
    return static_cast<int64_t>(start + static_cast<i128>(step) *
                                            static_cast<i128>(randbelow(static_cast<uint64_t>(n))));
}

std::optional<int64_t> MersenneTwister::randint(int64_t a, int64_t b, std::string* error) {
    // randrange(a, b + 1), computed in 128 bits because b + 1 may leave int64.
    const i128 stop = static_cast<i128>(b) + 1, width = stop - a;
    if (width <= 0) {
        return fail(error, "empty range for randrange() (" + to_decimal(a) + ", " + to_decimal(stop) + ", " +
                               to_decimal(width) + ")");
    }
    if (width > static_cast<i128>(UINT64_MAX))
        return fail(error, "randint() range wider than 2**64 - 1 is not supported by Loopstep");
    return static_cast<int64_t>(a + static_cast<i128>(randbelow(static_cast<uint64_t>(width))));
}

double MersenneTwister::uniform(double a, double b) {
    return a + (b - a) * random();
}

uint64_t MersenneTwister::choices_index(uint64_t length) {
    return static_cast<uint64_t>(std::floor(random() * static_cast<double>(length)));
}

std::vector<uint64_t> MersenneTwister::shuffle_indices(uint64_t n) {
    std::vector<uint64_t> x(n);
    for (uint64_t i = 0; i < n; ++i)
        x[i] = i;
    for (uint64_t i = n; i-- > 1;)
        std::swap(x[i], x[randbelow(i + 1)]);
    return x;
}

std::optional<std::vector<uint64_t>> MersenneTwister::sample_indices(uint64_t n, int64_t k) {
    if (k < 0 || static_cast<uint64_t>(k) > n) return std::nullopt;
    const auto count = static_cast<uint64_t>(k);
    std::vector<uint64_t> result(count);
    // CPython compares the population with the memory of a set of k items to pick a branch.
    uint64_t setsize = 21;
    if (k > 5) {
        const double power = std::ceil(std::log(static_cast<double>(k) * 3.0) / std::log(4.0));
        setsize += power >= 31 ? UINT64_MAX / 2 : uint64_t{1} << (2 * static_cast<int>(power));
    }
    if (n <= setsize) {
        std::vector<uint64_t> pool(n);
        for (uint64_t i = 0; i < n; ++i)
            pool[i] = i;
        for (uint64_t i = 0; i < count; ++i) {
            const uint64_t j = randbelow(n - i);
            result[i] = pool[j];
            pool[j] = pool[n - i - 1];
        }
    } else {
        std::unordered_set<uint64_t> selected;
        for (uint64_t i = 0; i < count; ++i) {
            uint64_t j = randbelow(n);
            while (selected.count(j))
                j = randbelow(n);
            selected.insert(j);
            result[i] = j;
        }
    }
    return result;
}

double MersenneTwister::gauss(double mu, double sigma) {
    double z;
    if (gauss_next_) {
        z = *gauss_next_;
        gauss_next_.reset();
    } else {
        constexpr double kTwoPi = 6.283185307179586;  // math.tau
        const double x2pi = random() * kTwoPi;
        const double g2rad = std::sqrt(-2.0 * std::log(1.0 - random()));
        z = std::cos(x2pi) * g2rad;
        gauss_next_ = std::sin(x2pi) * g2rad;
    }
    return mu + z * sigma;
}

double MersenneTwister::normalvariate(double mu, double sigma) {
    const double magic = 4 * std::exp(-0.5) / std::sqrt(2.0);
    double z;
    while (true) {
        const double u1 = random();
        const double u2 = 1.0 - random();
        z = magic * (u1 - 0.5) / u2;
        const double zz = z * z / 4.0;
        if (zz <= -std::log(u2)) break;
    }
    return mu + z * sigma;
}

}  // namespace loopstep
