// A blocked Bloom filter over 64-bit hashes: whether a key may be in a set, with false
// positives only, read from one 64-bit word per key. It answers the keys of a large table
// that are absent (most of what running text asks of the lexicon) from memory small enough
// to stay in the core's cache, where the table's own slot would be a cache miss.
//
// A key marks three bits of its word per kind (up to two kinds, say "a name" and "a prefix
// of a name"), so one read answers both kinds of a key.
#pragma once
#include <cstddef>
#include <cstdint>

#include "util/table_memory.h"

namespace casus::util {

class KeyFilter {
 public:
  // Room for `keys` keys (of all kinds together) at `bits_per_key` bits each, rounded up to
  // a power of two words. With 12 bits per key about 0.5 % of absent keys pass; with 6, 2.5 %.
  void reserve(size_t keys, size_t bits_per_key) {
    size_t words = 1024;
    while (words * 64 < keys * bits_per_key) words <<= 1;
    words_.assign(words, 0);
  }
  size_t bytes() const { return words_.size() * sizeof(uint64_t); }

  void add(uint64_t hash, unsigned kind = 0) { words_[word_index(hash)] |= mask(hash, kind); }
  // An empty filter holds nothing.
  bool may_contain(uint64_t hash, unsigned kind = 0) const { return holds(word(hash), hash, kind); }
  // The word of `hash` (0 in an empty filter), for testing several kinds with one read.
  uint64_t word(uint64_t hash) const { return words_.empty() ? 0 : words_[word_index(hash)]; }
  static bool holds(uint64_t word, uint64_t hash, unsigned kind) {
    const uint64_t m = mask(hash, kind);
    return (word & m) == m;
  }
  void prefetch(uint64_t hash) const {
    if (!words_.empty()) __builtin_prefetch(&words_[word_index(hash)]);
  }

 private:
  // The word from the hash's middle bits (tables indexed by the low bits and memos by the high
  // ones see other bits); the three bits from all of it, mixed with the kind.
  size_t word_index(uint64_t hash) const { return (hash >> 7) & (words_.size() - 1); }
  static uint64_t mask(uint64_t hash, unsigned kind) {
    const uint64_t g = (hash ^ (kind == 0 ? 0x9e3779b97f4a7c15ULL : 0xc2b2ae3d27d4eb4fULL)) *
                       0xff51afd7ed558ccdULL;
    return uint64_t{1} << (g >> 58) | uint64_t{1} << ((g >> 52) & 63) |
           uint64_t{1} << ((g >> 46) & 63);
  }

  Table<uint64_t> words_;
};

}  // namespace casus::util
