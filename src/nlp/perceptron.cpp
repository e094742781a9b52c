#include "nlp/perceptron.h"

// Inlined: the taggers hash a dozen forms of every word they read, and the library call
// costs as much as hashing a short word.
#define XXH_INLINE_ALL
#include <xxhash.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <utility>
#include <cstdlib>
#include <cstring>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace casus::nlp {

uint64_t hash_str(std::string_view s) { return XXH3_64bits(s.data(), s.size()) | 1; }

// ---- KeyIndex ----

void KeyIndex::reserve(size_t n) {
  size_t cap = 16;
  while (cap < n * 2) cap <<= 1;
  if (cap <= slots_.size()) return;
  util::Table<Slot> old = std::move(slots_);
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  size_ = 0;
  for (const Slot& s : old)
    if (s.key) insert(s.key, s.value);
}

void KeyIndex::grow() { reserve(std::max<size_t>(16, slots_.size())); }

uint32_t KeyIndex::insert(uint64_t key, uint32_t value) {
  if ((size_ + 1) * 2 > slots_.size()) grow();
  for (size_t i = mix64(key) & mask_;; i = (i + 1) & mask_) {
    Slot& s = slots_[i];
    if (s.key == key) return s.value;
    if (s.key == 0) {
      s.key = key;
      s.value = value;
      ++size_;
      return value;
    }
  }
}

// ---- binary files ----

BinWriter::BinWriter(const std::string& path, std::string_view magic, uint32_t version)
    : path_(path) {
  gz_ = gzopen(path.c_str(), "wb6");
  if (!gz_) throw std::runtime_error("cannot write " + path);
  bytes(magic.data(), magic.size());
  put<uint32_t>(version);
}
BinWriter::~BinWriter() {
  if (gz_) gzclose(static_cast<gzFile>(gz_));
}
void BinWriter::bytes(const void* p, size_t n) {
  const char* c = static_cast<const char*>(p);
  while (n > 0) {
    unsigned chunk = unsigned(std::min<size_t>(n, 1u << 30));
    if (gzwrite(static_cast<gzFile>(gz_), c, chunk) != int(chunk))
      throw std::runtime_error("write error on " + path_);
    c += chunk;
    n -= chunk;
  }
}
void BinWriter::str(std::string_view s) {
  put<uint32_t>(uint32_t(s.size()));
  bytes(s.data(), s.size());
}
void BinWriter::close() {
  if (gz_ && gzclose(static_cast<gzFile>(gz_)) != Z_OK) {
    gz_ = nullptr;
    throw std::runtime_error("write error on " + path_);
  }
  gz_ = nullptr;
}

BinReader::BinReader(const std::string& path, std::string_view magic, uint32_t version)
    : path_(path) {
  gz_ = gzopen(path.c_str(), "rb");
  if (!gz_) throw std::runtime_error("cannot read model file " + path);
  gzbuffer(static_cast<gzFile>(gz_), 1 << 18);
  std::string m(magic.size(), '\0');
  bytes(m.data(), m.size());
  if (m != magic) fail("not a " + std::string(magic) + " file");
  uint32_t v = get<uint32_t>();
  if (v != version)
    fail("version " + std::to_string(v) + ", expected " + std::to_string(version) +
         " (retrain with `casus train`)");
}
BinReader::~BinReader() {
  if (gz_) gzclose(static_cast<gzFile>(gz_));
}
void BinReader::bytes(void* p, size_t n) {
  char* c = static_cast<char*>(p);
  while (n > 0) {
    unsigned chunk = unsigned(std::min<size_t>(n, 1u << 30));
    int got = gzread(static_cast<gzFile>(gz_), c, chunk);
    if (got != int(chunk)) fail("truncated");
    c += chunk;
    n -= chunk;
  }
}
std::string BinReader::str() {
  uint32_t n = get<uint32_t>();
  if (n > (1u << 26)) fail("corrupt string length");
  std::string s(n, '\0');
  bytes(s.data(), n);
  return s;
}
void BinReader::fail(const std::string& why) const {
  throw std::runtime_error("model file " + path_ + ": " + why);
}

// ---- TrainModel ----

void TrainModel::score(std::span<const uint64_t> feats, float* scores) const {
  for (uint64_t f : feats) {
    uint32_t r = index_.find(f);
    if (r == KeyIndex::kNone) continue;
    for (const Entry& e : rows_[r]) scores[e.cls] += e.w;
  }
}

void TrainModel::update(std::span<const uint64_t> feats, int truth, int guess) {
  if (truth == guess) return;
  for (uint64_t f : feats) {
    uint32_t r = index_.insert(f, uint32_t(rows_.size()));
    if (r == rows_.size()) {
      rows_.emplace_back();
      keys_.push_back(f);
    }
    auto& row = rows_[r];
    for (int k = 0; k < 2; ++k) {
      uint32_t cls = uint32_t(k == 0 ? truth : guess);
      float delta = k == 0 ? 1.f : -1.f;
      Entry* e = nullptr;
      for (Entry& x : row)
        if (x.cls == cls) { e = &x; break; }
      if (!e) {
        row.push_back({cls, 0.f, 0.0});
        e = &row.back();
      }
      e->w += delta;
      e->u += double(t_) * delta;
    }
  }
}

Model TrainModel::average(float prune) const {
  // Averaged weight of an entry: w - u / t.
  struct Kept {
    uint64_t key;
    std::vector<std::pair<uint8_t, float>> w;
  };
  std::vector<Kept> kept;
  float maxw = 0;
  for (size_t r = 0; r < rows_.size(); ++r) {
    Kept k{keys_[r], {}};
    for (const Entry& e : rows_[r]) {
      float a = float(double(e.w) - e.u / double(t_));
      if (std::fabs(a) < prune) continue;
      k.w.emplace_back(uint8_t(e.cls), a);
      maxw = std::max(maxw, std::fabs(a));
    }
    if (k.w.empty()) continue;
    std::sort(k.w.begin(), k.w.end());
    kept.push_back(std::move(k));
  }
  std::sort(kept.begin(), kept.end(), [](const Kept& a, const Kept& b) { return a.key < b.key; });
  Model m;
  m.nclasses_ = nclasses_;
  m.scale_ = maxw > 0 ? maxw / 32000.f : 1.f;
  m.start_.push_back(0);
  for (const Kept& k : kept) {
    size_t before = m.w_.size();
    for (auto [c, w] : k.w) {
      long q = std::lround(w / m.scale_);
      if (q == 0) continue;
      m.cls_.push_back(c);
      m.w_.push_back(int16_t(q));
    }
    if (m.w_.size() == before) continue;
    m.keys_.push_back(k.key);
    m.start_.push_back(uint32_t(m.w_.size()));
  }
  m.build_index();
  return m;
}

// Scoring is the hot path of tagging and parsing. On x86-64 Linux, versions for AVX-512 and
// AVX2 are built besides the baseline one and chosen at load time by the CPU's features: the
// lookups are written once (a bucket's fingerprints are compared with SSE2, which every x86-64
// has, and read as one byte mask); the addition of dense rows has a kernel of intrinsics per
// instruction set (CASUS_X86_KERNELS), picked when a model is loaded.
#if defined(__x86_64__) && defined(__linux__) && defined(__GNUC__) && !defined(__clang__)
#define CASUS_SCORE_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#define CASUS_X86_KERNELS 1
#include <immintrin.h>
#else
#define CASUS_SCORE_CLONES
#endif
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {
typedef int16_t I16x16 __attribute__((vector_size(32)));
typedef int32_t I32x16 __attribute__((vector_size(64)));
}  // namespace

namespace {

// The lanes of a bucket's 8 fingerprints that equal fp (bits 0-7) and that are empty (bits
// 8-15): two compares per half, packed to bytes, one movemask. SSE2 is part of x86-64, so every
// clone of Model::score can use it.
[[gnu::always_inline]] inline unsigned bucket_lanes(const uint32_t* fps, uint32_t fp) {
#if defined(__SSE2__)
  const __m128i lo = _mm_load_si128(reinterpret_cast<const __m128i*>(fps));
  const __m128i hi = _mm_load_si128(reinterpret_cast<const __m128i*>(fps + 4));
  const __m128i key = _mm_set1_epi32(int32_t(fp)), zero = _mm_setzero_si128();
  const __m128i hits = _mm_packs_epi32(_mm_cmpeq_epi32(lo, key), _mm_cmpeq_epi32(hi, key));
  const __m128i empties = _mm_packs_epi32(_mm_cmpeq_epi32(lo, zero), _mm_cmpeq_epi32(hi, zero));
  return unsigned(_mm_movemask_epi8(_mm_packs_epi16(hits, empties)));
#else
  unsigned lanes = 0;
  for (int k = 0; k < 8; ++k) lanes |= unsigned(fps[k] == fp) << k | unsigned(fps[k] == 0) << (8 + k);
  return lanes;
#endif
}

// Adds a run of dense rows (of `row` int16 weights each, a multiple of 16) into acc: the generic
// form, keeping the sums in memory.
void add_rows_generic(const int16_t* dense, size_t row, const uint32_t* rows, size_t n,
                      int32_t* acc) {
  for (size_t i = 0; i < n; ++i) {
    const int16_t* r = dense + size_t(rows[i]) * row;
    for (size_t c = 0; c < row; c += 16) {
      I16x16 w;
      I32x16 s;
      std::memcpy(&w, r + c, sizeof w);
      std::memcpy(&s, acc + c, sizeof s);
      s += __builtin_convertvector(w, I32x16);
      std::memcpy(acc + c, &s, sizeof s);
    }
  }
}

#ifdef CASUS_X86_KERNELS
// The same for rows of nv * 16 weights, with the sums held in registers for the whole run and
// each 16 weights widened by one instruction. Dense rows are most of a parser's additions, and
// GCC's vector types neither keep the sums in registers nor widen in one step.
template <size_t nv>
__attribute__((target("avx512f"))) void add_rows_avx512(const int16_t* dense, size_t,
                                                        const uint32_t* rows, size_t n,
                                                        int32_t* acc) {
  __m512i sums[nv];
#pragma GCC unroll 8
  for (size_t v = 0; v < nv; ++v) sums[v] = _mm512_loadu_si512(acc + 16 * v);
  for (size_t i = 0; i < n; ++i) {
    const int16_t* r = dense + size_t(rows[i]) * nv * 16;
#pragma GCC unroll 8
    for (size_t v = 0; v < nv; ++v) {
      const __m256i w = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(r + 16 * v));
      sums[v] = _mm512_add_epi32(sums[v], _mm512_maskz_cvtepi16_epi32(__mmask16(0xffff), w));
    }
  }
#pragma GCC unroll 8
  for (size_t v = 0; v < nv; ++v) _mm512_storeu_si512(acc + 16 * v, sums[v]);
}

template <size_t nv>
__attribute__((target("avx2"))) void add_rows_avx2(const int16_t* dense, size_t,
                                                    const uint32_t* rows, size_t n,
                                                    int32_t* acc) {
  __m256i sums[2 * nv];
#pragma GCC unroll 16
  for (size_t v = 0; v < 2 * nv; ++v)
    sums[v] = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(acc + 8 * v));
  for (size_t i = 0; i < n; ++i) {
    const int16_t* r = dense + size_t(rows[i]) * nv * 16;
#pragma GCC unroll 16
    for (size_t v = 0; v < 2 * nv; ++v) {
      const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(r + 8 * v));
      sums[v] = _mm256_add_epi32(sums[v], _mm256_cvtepi16_epi32(w));
    }
  }
#pragma GCC unroll 16
  for (size_t v = 0; v < 2 * nv; ++v)
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(acc + 8 * v), sums[v]);
}

template <size_t... nv>
constexpr std::array<Model::AddRows, sizeof...(nv)> avx512_kernels(std::index_sequence<nv...>) {
  return {&add_rows_avx512<nv + 1>...};
}
template <size_t... nv>
constexpr std::array<Model::AddRows, sizeof...(nv)> avx2_kernels(std::index_sequence<nv...>) {
  return {&add_rows_avx2<nv + 1>...};
}
#endif

// The dense-row adder for rows of `row` weights on this CPU.
Model::AddRows choose_add_rows(size_t row) {
#ifdef CASUS_X86_KERNELS
  constexpr size_t kWidest = 8;  // 128 classes: sums for more would not fit in registers
  static const auto k512 = avx512_kernels(std::make_index_sequence<kWidest>());
  static const auto k2 = avx2_kernels(std::make_index_sequence<kWidest>());
  const size_t nv = row / 16;
  if (nv >= 1 && nv <= kWidest) {
    if (__builtin_cpu_supports("avx512f")) return k512[nv - 1];
    if (__builtin_cpu_supports("avx2")) return k2[nv - 1];
  }
#endif
  (void)row;
  return &add_rows_generic;
}

}  // namespace

// ---- Model ----

// Where a run of `length` entries goes when the table is filled up to `used` (`per_line`
// entries fill a cache line): a run that would straddle two lines, and fits in one, starts on
// the next line instead. Scoring requests a run's first line ahead; a second line would be a
// miss it waits for.
static size_t run_start(size_t used, size_t length, size_t per_line) {
  const size_t offset = used % per_line;
  return offset + length > per_line && length <= per_line ? used + per_line - offset : used;
}

void Model::build_index() {
  constexpr size_t kEntriesPerLine = 64 / sizeof(Entry);
  size_t buckets = 1;
  while (buckets * kBucketSlots * 3 < keys_.size() * 4) buckets <<= 1;  // at most 3/4 full
  buckets_.assign(buckets, Bucket{});
  bucket_mask_ = buckets - 1;
  // Dense rows are added a whole vector of 16 classes at a time.
  row_ = (size_t(nclasses_) + 15) & ~size_t(15);
  add_rows_ = choose_add_rows(row_);
  const uint32_t dense_min = std::max<uint32_t>(8, uint32_t(nclasses_) / 5);
  // Size the dense and entry tables first: each is allocated once, at its final size.
  size_t dense_rows = 0, entries = 0;
  for (size_t i = 0; i < keys_.size(); ++i) {
    const uint32_t count = start_[i + 1] - start_[i];
    if (count >= dense_min) ++dense_rows;
    else entries = run_start(entries, count + 1, kEntriesPerLine) + count + 1;
  }
  if (entries > kIndexBits || dense_rows > kIndexBits) throw std::runtime_error("model too large");
  dense_.assign(dense_rows * row_, 0);
  entries_.assign(entries, Entry{0, 0});
  size_t dense_used = 0, entries_used = 0;
  for (size_t i = 0; i < keys_.size(); ++i) {
    const uint32_t b = start_[i], count = start_[i + 1] - b;
    uint32_t ref;
    if (count >= dense_min) {
      for (uint32_t e = b; e < b + count; ++e) dense_[dense_used * row_ + cls_[e]] = w_[e];
      ref = (kDenseRowKind << 30) | uint32_t(dense_used++);
    } else {
      entries_used = run_start(entries_used, count + 1, kEntriesPerLine);
      ref = uint32_t(entries_used);
      entries_[entries_used++] = {0, int16_t(count)};
      for (uint32_t e = b; e < b + count; ++e) entries_[entries_used++] = {cls_[e], w_[e]};
    }
    for (size_t j = home_bucket(keys_[i]);; j = (j + 1) & bucket_mask_) {
      Bucket& bk = buckets_[j];
      int free = 0;
      while (free < kBucketSlots && bk.fp[free] != 0) ++free;
      if (free == kBucketSlots) continue;
      bk.fp[free] = fingerprint(keys_[i]);
      bk.ref[free] = ref;
      break;
    }
  }
}

CASUS_SCORE_CLONES void Model::score(std::span<const uint64_t> feats, int32_t* scores,
                                     bool prefetched) const {
  if (buckets_.empty()) return;
  // Sums are kept in a padded, aligned copy so that dense rows are added in whole vectors.
  alignas(64) int32_t acc[256 + 16];
  const int nc = nclasses_;
  std::memcpy(acc, scores, size_t(nc) * sizeof(int32_t));
  std::memset(acc + nc, 0, (row_ - size_t(nc)) * sizeof(int32_t));
  constexpr size_t kBatch = 160;
  uint32_t dense_rows[kBatch], entry_runs[kBatch];
  for (size_t b0 = 0; b0 < feats.size(); b0 += kBatch) {
    const size_t n = std::min(kBatch, feats.size() - b0);
    const uint64_t* batch = feats.data() + b0;
    // Lookups are random memory accesses: all of a batch's buckets are requested first so
    // that their cache misses overlap.
    if (!prefetched)
      for (size_t i = 0; i < n; ++i) __builtin_prefetch(&buckets_[home_bucket(batch[i])]);
    size_t ndense = 0, nentries = 0;
    for (size_t i = 0; i < n; ++i) {
      const uint64_t key = batch[i];
      uint32_t ref;
      for (size_t j = home_bucket(key);; j = (j + 1) & bucket_mask_) {
        const Bucket& bk = buckets_[j];
        const unsigned lanes = bucket_lanes(bk.fp, fingerprint(key));
        if (lanes != 0) {
          // Slots fill in order, so a hit comes before any empty slot: the lowest lane set is
          // the hit if there is one, else the first empty slot (then discarded, no branch).
          const uint32_t found = 0u - uint32_t((lanes & 0xffu) != 0);  // all ones on a hit
          ref = (bk.ref[__builtin_ctz(lanes) & 7] & found) | (kMissing & ~found);
          break;
        }
      }
      // Sort the reference by kind with flags, not branches: whether a feature is in the model,
      // and how its weights are stored, is unpredictable.
      const uint32_t kind = ref >> 30;
      entry_runs[nentries] = ref;
      nentries += kind == kEntryRunKind;
      dense_rows[ndense] = ref & kIndexBits;
      ndense += kind == kDenseRowKind;
    }
    // Entry runs are requested first and added last: adding the dense rows (most of them
    // already cached: they belong to frequent features) hides their latency.
    // A row's lines: every 64 bytes from its start, and its last byte (rows need not start
    // on a line). The count is the model's, so the branches are always taken the same way.
    const size_t row_bytes = row_ * sizeof(int16_t);
    for (size_t i = 0; i < ndense; ++i) {
      const char* row = reinterpret_cast<const char*>(&dense_[dense_rows[i] * row_]);
      __builtin_prefetch(row);
      __builtin_prefetch(row + row_bytes - 1);
      if (row_bytes > 128) __builtin_prefetch(row + 64);
      if (row_bytes > 192) __builtin_prefetch(row + 128);
      for (size_t off = 192; off + 64 < row_bytes; off += 64) __builtin_prefetch(row + off);
    }
    for (size_t i = 0; i < nentries; ++i) __builtin_prefetch(&entries_[entry_runs[i]]);
    add_rows_(&dense_[0], row_, dense_rows, ndense, acc);
    for (size_t i = 0; i < nentries; ++i) {
      const Entry* e = &entries_[entry_runs[i]];
      const int count = e->w;
#pragma GCC unroll 4
      for (int k = 1; k <= count; ++k) acc[e[k].cls] += e[k].w;
    }
  }
  std::memcpy(scores, acc, size_t(nc) * sizeof(int32_t));
}

void Model::prune(float min_rel) {
  int16_t cut = int16_t(std::min(32000.f, std::max(0.f, min_rel * 32000.f)));
  std::vector<uint64_t> keys;
  std::vector<uint32_t> start{0};
  std::vector<uint8_t> cls;
  std::vector<int16_t> w;
  for (size_t i = 0; i < keys_.size(); ++i) {
    int16_t top = 0;
    for (uint32_t e = start_[i]; e < start_[i + 1]; ++e)
      top = std::max<int16_t>(top, int16_t(std::abs(w_[e])));
    if (top < cut) continue;
    keys.push_back(keys_[i]);
    for (uint32_t e = start_[i]; e < start_[i + 1]; ++e) {
      cls.push_back(cls_[e]);
      w.push_back(w_[e]);
    }
    start.push_back(uint32_t(w.size()));
  }
  keys_ = std::move(keys);
  start_ = std::move(start);
  cls_ = std::move(cls);
  w_ = std::move(w);
  build_index();
}

void Model::write(BinWriter& out) const {
  out.put<int32_t>(nclasses_);
  out.put<float>(scale_);
  // Keys are sorted: store them delta-coded so gzip finds less to do.
  std::vector<uint64_t> delta(keys_.size());
  for (size_t i = 0; i < keys_.size(); ++i) delta[i] = keys_[i] - (i ? keys_[i - 1] : 0);
  out.vec(delta);
  std::vector<uint8_t> counts(keys_.size());
  for (size_t i = 0; i < keys_.size(); ++i) {
    uint32_t n = start_[i + 1] - start_[i];
    if (n > 255) throw std::runtime_error("too many classes per feature");
    counts[i] = uint8_t(n);
  }
  out.vec(counts);
  out.vec(cls_);
  out.vec(w_);
}

void Model::read(BinReader& in) {
  nclasses_ = in.get<int32_t>();
  if (nclasses_ < 1 || nclasses_ > 256) in.fail("bad class count");
  scale_ = in.get<float>();
  in.vec(keys_);
  for (size_t i = 1; i < keys_.size(); ++i) keys_[i] += keys_[i - 1];
  std::vector<uint8_t> counts;
  in.vec(counts);
  in.vec(cls_);
  in.vec(w_);
  if (counts.size() != keys_.size()) in.fail("corrupt weights");
  start_.assign(keys_.size() + 1, 0);
  for (size_t i = 0; i < counts.size(); ++i) start_[i + 1] = start_[i] + counts[i];
  if (start_.back() != w_.size() || cls_.size() != w_.size()) in.fail("corrupt weights");
  for (uint8_t c : cls_)
    if (c >= nclasses_) in.fail("class out of range");
  build_index();
}

}  // namespace casus::nlp
