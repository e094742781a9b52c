#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "util/key_filter.h"

using casus::util::KeyFilter;

namespace {
// Well-mixed 64-bit keys, as the filter's callers give it (hashes).
uint64_t next_key(uint64_t& x) {
  x ^= x << 13, x ^= x >> 7, x ^= x << 17;
  return x * 0x2545f4914f6cdd1dULL;
}
}  // namespace

TEST(KeyFilter, HoldsEveryKeyAddedAndFewOthersOfEachKind) {
  KeyFilter empty;
  EXPECT_FALSE(empty.may_contain(12345));

  const size_t n = 50000;
  KeyFilter filter;
  filter.reserve(2 * n, 12);
  EXPECT_EQ(filter.bytes() % 8, 0u);
  EXPECT_GE(filter.bytes() * 8, 2 * n * 12);
  std::vector<uint64_t> names, prefixes;
  uint64_t x = 88172645463325252ULL;
  for (size_t i = 0; i < n; ++i) {
    names.push_back(next_key(x));
    prefixes.push_back(next_key(x));
    filter.add(names.back(), 0);
    filter.add(prefixes.back(), 1);
  }
  // No false negatives, for either kind, read one at a time or both from one word.
  size_t missed = 0;
  for (size_t i = 0; i < n; ++i) {
    missed += !filter.may_contain(names[i], 0) + !filter.may_contain(prefixes[i], 1);
    missed += !KeyFilter::holds(filter.word(names[i]), names[i], 0);
  }
  EXPECT_EQ(missed, 0u);
  // Few false positives: keys never added, and keys added as the other kind only.
  size_t absent = 0, crossed = 0;
  for (size_t i = 0; i < n; ++i) {
    absent += filter.may_contain(next_key(x), 0);
    crossed += filter.may_contain(prefixes[i], 0);
  }
  EXPECT_LT(absent, n / 50);   // 2 %: about 0.5 % expected at 12 bits per key
  EXPECT_LT(crossed, n / 50);  // the kinds mark different bits
}
