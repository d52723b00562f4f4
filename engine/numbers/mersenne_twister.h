// CPython's `random` module, bit for bit: the MT19937 generator seeded like random.seed(int) and
// the methods built on it. A plain value type: copy it to fork a stream; each engine owns one.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace loopstep {

class MersenneTwister {
public:
    MersenneTwister() { seed(0); }
    explicit MersenneTwister(int64_t n) { seed(n); }

    // random.seed(n): every bit of abs(n) keys the generator; also forgets a pending gauss value.
    void seed(int64_t n);
    // random.seed(a) for a wider key: the 32-bit words of abs(a), least significant first, without
    // high zero words (CPython's seeding of big ints and of str/bytes through SHA-512).
    void seed_key(std::vector<uint32_t> key);

    // getstate()/setstate() of _random.Random: the 624 words then the position in them (0..624).
    std::vector<uint32_t> state_words() const;
    int state_index() const { return index_; }
    void set_state(const std::vector<uint32_t>& words, int index);  // words.size() == 624, 0 <= index <= 624
    static constexpr int kStateSize = 624;

    uint32_t next_u32();  // one raw MT19937 output
    double random();      // random.random(): 53 bits in [0, 1)

    // random.getrandbits(k) for 0 <= k <= 64; the wide form returns 32-bit words, least
    // significant first, exactly as CPython consumes outputs for any k >= 0.
    uint64_t getrandbits(int k);
    std::vector<uint32_t> getrandbits_words(int64_t k);

    // _randbelow(n) for n >= 1: k = n.bit_length() bits, redrawn while >= n. n == 0 returns 0.
    uint64_t randbelow(uint64_t n);

    // randrange and randint with CPython 3.11's rules; on a ValueError returns nullopt and sets
    // *error to its message ("empty range for randrange() (5, 5, 0)", "zero step for randrange()").
    // randrange(stop) is randrange_stop; ranges wider than 2**64 - 1 are not supported (IntTooBig).
    std::optional<int64_t> randrange_stop(int64_t stop, std::string* error);
    std::optional<int64_t> randrange(int64_t start, int64_t stop, int64_t step, std::string* error);
    std::optional<int64_t> randint(int64_t a, int64_t b, std::string* error);

    double uniform(double a, double b);  // a + (b - a) * random()

    // choice(seq) picks seq[choice_index(len)]; len 0 is IndexError "Cannot choose from an empty sequence".
    uint64_t choice_index(uint64_t length) { return randbelow(length); }
    // choices(population, k=1) without weights: floor(random() * n).
    uint64_t choices_index(uint64_t length);
    // shuffle(x): applies CPython's swaps to indices 0..n-1; result[i] is the old index now at i.
    std::vector<uint64_t> shuffle_indices(uint64_t n);
    // sample(range(n), k): both of CPython's branches (pool for small n, set of seen indices for
    // large). nullopt when not 0 <= k <= n: ValueError "Sample larger than population or is negative".
    std::optional<std::vector<uint64_t>> sample_indices(uint64_t n, int64_t k);

    double gauss(double mu, double sigma);          // Box-Muller with CPython's cached second value
    double normalvariate(double mu, double sigma);  // Kinderman-Monahan

private:
    static constexpr int kN = 624;
    void init_genrand(uint32_t s);
    void init_by_array(const std::vector<uint32_t>& key);
    void regenerate();

    std::array<uint32_t, kN> mt_{};
    int index_ = kN;
    std::optional<double> gauss_next_;
};

}  // namespace loopstep
