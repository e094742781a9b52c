#include "nlp/perceptron.h"

#include <sys/mman.h>
#include <xxhash.h>
#include <zlib.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace casus::nlp {

typedef int16_t I16x8 __attribute__((vector_size(16)));
typedef int32_t I32x8 __attribute__((vector_size(32)));

uint64_t hash_str(std::string_view s) { return XXH3_64bits(s.data(), s.size()) | 1; }

void* big_alloc(size_t bytes) {
  constexpr size_t kHuge = size_t(2) << 20;
  void* p = nullptr;
  if (bytes >= kHuge) {
    size_t rounded = (bytes + kHuge - 1) & ~(kHuge - 1);
    p = std::aligned_alloc(kHuge, rounded);
#ifdef MADV_HUGEPAGE
    if (p) madvise(p, rounded, MADV_HUGEPAGE);
#endif
  } else {
    p = std::malloc(bytes);
  }
  if (!p) throw std::bad_alloc();
  return p;
}

// ---- KeyIndex ----

void KeyIndex::reserve(size_t n) {
  size_t cap = 16;
  while (cap < n * 2) cap <<= 1;
  if (cap <= slots_.size()) return;
  std::vector<Slot> old = std::move(slots_);
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

// ---- Model ----

void Model::build_index() {
  size_t cap = 16;
  while (cap * 3 < keys_.size() * 4) cap <<= 1;  // load factor at most 3/4
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  row_ = (size_t(nclasses_) + 15) & ~size_t(15);
  const uint32_t dense_min = std::max<uint32_t>(8, uint32_t(nclasses_) / 5);
  entries_.clear();
  // Count the dense rows first: the dense table is allocated once, at its final size.
  size_t dense_rows = 0;
  for (size_t i = 0; i < keys_.size(); ++i)
    dense_rows += start_[i + 1] - start_[i] >= dense_min && start_[i + 1] - start_[i] > 1;
  dense_.assign(dense_rows * row_, 0);
  size_t dense_used = 0;
  for (size_t i = 0; i < keys_.size(); ++i) {
    size_t j = (keys_[i] >> 1) & mask_;
    while (slots_[j].fp != 0) j = (j + 1) & mask_;
    const uint32_t b = start_[i], count = start_[i + 1] - b;
    uint32_t ref;
    if (count == 1) {
      ref = kInline | (uint32_t(cls_[b]) << 16) | uint16_t(w_[b]);
    } else if (count >= dense_min) {
      size_t at = dense_used;
      dense_used += row_;
      for (uint32_t e = b; e < b + count; ++e) dense_[at + cls_[e]] = w_[e];
      ref = kDenseRow | uint32_t(at / row_);
    } else {
      ref = uint32_t(entries_.size());
      entries_.push_back({0, int16_t(count)});
      for (uint32_t e = b; e < b + count; ++e) entries_.push_back({cls_[e], w_[e]});
    }
    if (entries_.size() >= kDenseRow || dense_.size() / row_ >= kDenseRow)
      throw std::runtime_error("model too large");
    slots_[j] = {fingerprint(keys_[i]), ref};
  }
}

// The dense-row additions are the one vector loop on the hot path: on x86-64 Linux an AVX2
// version is chosen at load time where the CPU has it.
#if defined(__x86_64__) && defined(__linux__) && defined(__GNUC__)
#define CASUS_SCORE_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define CASUS_SCORE_CLONES
#endif

CASUS_SCORE_CLONES void Model::score(std::span<const uint64_t> feats, int32_t* scores) const {
  if (slots_.empty()) return;
  constexpr size_t kBatch = 160;
  uint32_t refs[kBatch];
  for (size_t b0 = 0; b0 < feats.size(); b0 += kBatch) {
    const size_t n = std::min(kBatch, feats.size() - b0);
    for (size_t i = 0; i < n; ++i) __builtin_prefetch(&slots_[(feats[b0 + i] >> 1) & mask_]);
    size_t found = 0;
    for (size_t i = 0; i < n; ++i) {
      const uint64_t key = feats[b0 + i];
      const uint32_t fp = fingerprint(key);
      for (size_t j = (key >> 1) & mask_;; j = (j + 1) & mask_) {
        const Slot& s = slots_[j];
        if (s.fp == fp) {
          const uint32_t ref = s.ref;
          if (ref & kInline) {
            scores[(ref >> 16) & 0xff] += int16_t(ref & 0xffff);
          } else if (ref & kDenseRow) {
            refs[found++] = ref;
            const char* row =
                reinterpret_cast<const char*>(&dense_[size_t(ref & ~kDenseRow) * row_]);
            for (size_t off = 0; off < row_ * sizeof(int16_t); off += 64)
              __builtin_prefetch(row + off);
          } else {
            refs[found++] = ref;
            __builtin_prefetch(&entries_[ref]);
          }
          break;
        }
        if (s.fp == 0) break;
      }
    }
    const int nc = nclasses_;
    for (size_t i = 0; i < found; ++i) {
      const uint32_t ref = refs[i];
      if (ref & kDenseRow) {
        const int16_t* row = &dense_[size_t(ref & ~kDenseRow) * row_];
        int c = 0;
        for (; c + 8 <= nc; c += 8) {
          I16x8 r;
          I32x8 s;
          std::memcpy(&r, row + c, sizeof r);
          std::memcpy(&s, scores + c, sizeof s);
          s += __builtin_convertvector(r, I32x8);
          std::memcpy(scores + c, &s, sizeof s);
        }
        for (; c < nc; ++c) scores[c] += row[c];
        continue;
      }
      const Entry* e = &entries_[ref];
      const int count = e->w;
      for (int k = 1; k <= count; ++k) scores[e[k].cls] += e[k].w;
    }
  }
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
