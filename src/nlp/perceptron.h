// The averaged perceptron shared by the tagger and the parser (Collins 2002), in two forms:
// `TrainModel`, sparse and mutable, used while learning; and `Model`, the pruned, int16-quantised,
// read-only form that is saved to data/models/ and scored at run time.
//
// Features are 64-bit hashes of (template, values) built by `feat()`; a model never stores
// feature strings. Hash 0 is reserved for "empty slot", so `feat()` never returns it.
#pragma once
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <utility>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "util/table_memory.h"

namespace casus::nlp {

inline uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

uint64_t hash_str(std::string_view s);

// One feature from a template number and up to four values (word hashes, tag ids, ...).
// Forced inline: feature extraction calls it a hundred times in a row.
[[gnu::always_inline]] inline uint64_t feat(uint32_t tmpl, uint64_t a, uint64_t b = 0,
                                            uint64_t c = 0, uint64_t d = 0) {
  uint64_t h = mix64(tmpl * 0x9E3779B97F4A7C15ULL + a);
  h = mix64(h ^ (b + 0x632BE59BD9B4E019ULL));
  if (c | d) {
    h = mix64(h ^ (c + 0x8CB92BA72F3D8DD7ULL));
    h = mix64(h ^ (d + 0x4F6CDD1D0E5E6F25ULL));
  }
  return h | 1;
}

// Writes a list of features into f through a pointer, into room made up front (push_back
// would check the capacity at every feature); f is trimmed to what was written when the
// writer goes out of scope. `room` must cover the most features the list can have.
class FeatureWriter {
 public:
  FeatureWriter(std::vector<uint64_t>& f, size_t room) : f_(f) {
    f_.resize(room);
    out_ = f_.data();
  }
  ~FeatureWriter() { f_.resize(size_t(out_ - f_.data())); }
  FeatureWriter(const FeatureWriter&) = delete;
  FeatureWriter& operator=(const FeatureWriter&) = delete;
  void operator()(uint64_t feature) { *out_++ = feature; }

 private:
  std::vector<uint64_t>& f_;
  uint64_t* out_;
};

// A deterministic random source (splitmix64): the same seed gives the same training run on
// every platform, unlike std::shuffle over std:: distributions.
class Rng {
 public:
  explicit Rng(uint64_t seed) : s_(seed * 0x9E3779B97F4A7C15ULL + 1) {}
  uint64_t next() { return mix64(s_ += 0x9E3779B97F4A7C15ULL); }
  double uniform() { return double(next() >> 11) * 0x1.0p-53; }
  template <class T>
  void shuffle(std::vector<T>& v) {
    for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[next() % i]);
  }

 private:
  uint64_t s_;
};

// Open addressing map from nonzero 64-bit keys to 32-bit values, linear probing.
class KeyIndex {
 public:
  static constexpr uint32_t kNone = 0xffffffffu;
  void reserve(size_t n);
  uint32_t find(uint64_t key) const {
    if (mask_ == 0) return kNone;
    for (size_t i = mix64(key) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.key == key) return s.value;
      if (s.key == 0) return kNone;
    }
  }
  // Requests the memory find(key) will read first, so that a caller looking up many keys lets
  // the cache misses overlap.
  void prefetch(uint64_t key) const {
    if (mask_ != 0) __builtin_prefetch(&slots_[mix64(key) & mask_]);
  }
  // Returns the value stored for key, inserting `value` first if the key is new.
  uint32_t insert(uint64_t key, uint32_t value);
  size_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = 0;
  };
  void grow();
  util::Table<Slot> slots_;
  size_t mask_ = 0, size_ = 0;
};

// Little binary files: gzip-compressed, a magic string and a version at the start.
class BinWriter {
 public:
  BinWriter(const std::string& path, std::string_view magic, uint32_t version);
  ~BinWriter();
  void bytes(const void* p, size_t n);
  template <class T>
  void put(T v) { bytes(&v, sizeof v); }
  void str(std::string_view s);
  template <class T>
  void vec(const std::vector<T>& v) {
    put<uint64_t>(v.size());
    if (!v.empty()) bytes(v.data(), v.size() * sizeof(T));
  }
  void close();

 private:
  void* gz_ = nullptr;
  std::string path_;
};

class BinReader {
 public:
  BinReader(const std::string& path, std::string_view magic, uint32_t version);
  ~BinReader();
  void bytes(void* p, size_t n);
  template <class T>
  T get() { T v; bytes(&v, sizeof v); return v; }
  std::string str();
  template <class T>
  void vec(std::vector<T>& v) {
    uint64_t n = get<uint64_t>();
    if (n > (1ull << 34)) fail("corrupt length");
    v.resize(n);
    if (n) bytes(v.data(), n * sizeof(T));
  }
  [[noreturn]] void fail(const std::string& why) const;

 private:
  void* gz_ = nullptr;
  std::string path_;
};

class Model;

// The learning form: per feature, a short list of (class, weight, accumulated update time)
// for the classes it was ever updated for; averaged with the "w - u/t" trick.
class TrainModel {
 public:
  explicit TrainModel(int nclasses) : nclasses_(nclasses) {}
  int nclasses() const { return nclasses_; }
  // Adds the current (not averaged) weights of feats into scores[nclasses].
  void score(std::span<const uint64_t> feats, float* scores) const;
  // Moves weights towards `truth` and away from `guess`.
  void update(std::span<const uint64_t> feats, int truth, int guess);
  // Call once per training instance (the averaging clock).
  void tick() { ++t_; }
  size_t features() const { return rows_.size(); }
  // The averaged, pruned (|w| < prune dropped) and quantised model.
  Model average(float prune) const;

 private:
  struct Entry {
    uint32_t cls;
    float w;
    double u;
  };
  int nclasses_;
  int64_t t_ = 1;
  KeyIndex index_;
  std::vector<uint64_t> keys_;
  std::vector<std::vector<Entry>> rows_;
};

// The run-time form: read-only, thread-safe scoring.
class Model {
 public:
  int nclasses() const { return nclasses_; }
  // Adds the weights of feats into scores[nclasses]. Lookups are random memory accesses, so
  // they are issued in batches with prefetches, letting the cache misses overlap; a caller
  // that has already passed feats to prefetch() says so with `prefetched`.
  void score(std::span<const uint64_t> feats, int32_t* scores, bool prefetched = false) const;
  // Requests the table memory that scoring feats will read first, so that a caller about to
  // score several lists lets all their cache misses overlap.
  void prefetch(std::span<const uint64_t> feats) const {
    if (buckets_.empty()) return;
    for (uint64_t f : feats) __builtin_prefetch(&buckets_[home_bucket(f)]);
  }
  size_t features() const { return keys_.size(); }
  size_t weights() const { return w_.size(); }
  // Adds n dense rows (numbers `rows`, `row` weights each) into acc; chosen for the CPU.
  using AddRows = void (*)(const int16_t* dense, size_t row, const uint32_t* rows, size_t n,
                           int32_t* acc);
  // Drops every feature whose largest weight is below `min_abs` times the largest weight.
  void prune(float min_rel);
  void write(BinWriter& out) const;
  void read(BinReader& in);

 private:
  friend class TrainModel;
  void build_index();
  int nclasses_ = 0;
  float scale_ = 1;  // weight = w_ * scale_
  std::vector<uint64_t> keys_;  // sorted
  std::vector<uint32_t> start_;  // size keys_+1
  std::vector<uint8_t> cls_;
  std::vector<int16_t> w_;
  // The run-time table. Buckets of 8 slots fill one cache line: the 32-bit fingerprints (from
  // the key's high half) side by side, so one vector compare finds a key or proves it absent
  // (a bucket with an empty slot ends the probe), then the 8 references. A feature therefore
  // costs one cache line to look up, whether or not the model has it. A reference is either
  // a dense row of nclasses weights in dense_ (features with weights for many classes, added
  // with vector instructions), or a run of entries in entries_ whose first element holds the
  // count. The kind is in the top two bits; a missing feature is a kind of its own, so that it
  // costs nothing once found absent.
  static constexpr uint32_t kEntryRunKind = 0, kDenseRowKind = 1, kMissingKind = 2;
  static constexpr uint32_t kIndexBits = 0x3fffffffu;
  static constexpr uint32_t kMissing = kMissingKind << 30;
  static constexpr int kBucketSlots = 8;
  struct alignas(64) Bucket {
    uint32_t fp[kBucketSlots];
    uint32_t ref[kBucketSlots];
  };
  struct Entry {
    uint8_t cls;
    int16_t w;
  };
  static uint32_t fingerprint(uint64_t key) { return uint32_t(key >> 32) | 1u; }
  size_t home_bucket(uint64_t key) const { return size_t(key >> 1) & bucket_mask_; }
  util::Table<Bucket> buckets_;
  util::Table<Entry> entries_;
  util::Table<int16_t> dense_;
  size_t row_ = 0;  // dense row stride: nclasses rounded up to a whole number of vectors
  AddRows add_rows_ = nullptr;
  size_t bucket_mask_ = 0;
};

}  // namespace casus::nlp
