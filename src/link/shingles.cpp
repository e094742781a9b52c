#include "link/shingles.h"

#include <unicode/uchar.h>
#include <xxhash.h>

#include <algorithm>
#include <limits>
#include <unordered_map>

#include "text/unicode.h"

namespace casus::link {
namespace {

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// A 64-bit mixer (splitmix64's finaliser): turns one shingle hash into the value of the
// k-th MinHash function by mixing it with a per-function constant.
uint64_t mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

void sign_passage(const std::vector<Shingle>& shingles, size_t begin, size_t end,
                  std::vector<uint64_t>& keys) {
  uint64_t minima[kPassageHashes];
  std::fill(std::begin(minima), std::end(minima), std::numeric_limits<uint64_t>::max());
  for (size_t i = begin; i < end; ++i)
    for (int k = 0; k < kPassageHashes; ++k)
      minima[k] = std::min(minima[k], mix(shingles[i].hash ^ (0x9e3779b97f4a7c15ULL * (k + 1))));
  for (int band = 0; band < kPassageHashes / kRowsPerBand; ++band) {
    uint64_t row[kRowsPerBand + 1];
    row[0] = static_cast<uint64_t>(band);  // the band is part of the key
    for (int r = 0; r < kRowsPerBand; ++r) row[r + 1] = minima[band * kRowsPerBand + r];
    // SQLite stores signed 64-bit integers; keep keys positive so they read back unchanged.
    keys.push_back(XXH3_64bits(row, sizeof row) >> 1);
  }
}

}  // namespace

std::vector<Word> words_of(std::string_view text) {
  std::vector<Word> words;
  uint32_t cp = 0, paragraph = 0;
  int newlines = 0;  // since the last word: two or more start a new paragraph
  Word current;
  bool in_word = false;
  size_t i = 0;
  while (i < text.size()) {
    char32_t c = text::next_codepoint(text, i);
    bool word_char = u_isalnum(static_cast<UChar32>(c));
    if (word_char) {
      if (!in_word) {
        if (newlines >= 2 && !words.empty()) ++paragraph;
        newlines = 0;
        current = Word{};
        current.start = cp;
        current.paragraph = paragraph;
        in_word = true;
      }
      append_utf8(current.folded, static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT)));
    } else {
      if (in_word) {
        current.end = cp;
        words.push_back(std::move(current));
        in_word = false;
      }
      if (c == '\n') ++newlines;
    }
    ++cp;
  }
  if (in_word) {
    current.end = cp;
    words.push_back(std::move(current));
  }
  return words;
}

ShingledText shingle_text(std::string_view text) {
  ShingledText out;
  std::vector<Word> words = words_of(text);
  std::vector<uint64_t> word_hashes(words.size());
  for (size_t i = 0; i < words.size(); ++i)
    word_hashes[i] = XXH3_64bits(words[i].folded.data(), words[i].folded.size());
  // Shingle boundaries per paragraph, so a copied paragraph has the same shingles whatever
  // surrounds it in the other article.
  std::vector<size_t> paragraph_starts;  // index into shingles where each paragraph begins
  for (size_t i = 0; i + kShingleWords <= words.size(); ++i) {
    if (words[i].paragraph != words[i + kShingleWords - 1].paragraph) continue;
    if (out.shingles.empty() || words[i].paragraph != words[i - 1].paragraph)
      paragraph_starts.push_back(out.shingles.size());
    out.shingles.push_back({XXH3_64bits(&word_hashes[i], kShingleWords * sizeof(uint64_t)),
                            words[i].start, words[i + kShingleWords - 1].end});
  }
  paragraph_starts.push_back(out.shingles.size());

  // Passages: whole paragraphs, short ones joined to the next, long ones cut.
  std::vector<std::pair<size_t, size_t>> passages;
  size_t begin = 0;
  for (size_t p = 1; p < paragraph_starts.size(); ++p) {
    size_t end = paragraph_starts[p];
    while (end - begin > kMaxPassageShingles) {
      passages.emplace_back(begin, begin + kMaxPassageShingles);
      begin += kMaxPassageShingles;
    }
    if (end - begin >= kMinPassageShingles) {
      passages.emplace_back(begin, end);
      begin = end;
    }
  }
  if (begin < out.shingles.size()) {
    if (passages.empty()) passages.emplace_back(begin, out.shingles.size());  // a short text
    else passages.back().second = out.shingles.size();
  }
  for (auto [b, e] : passages) sign_passage(out.shingles, b, e, out.band_keys);
  out.passages = static_cast<uint32_t>(passages.size());
  std::sort(out.band_keys.begin(), out.band_keys.end());
  out.band_keys.erase(std::unique(out.band_keys.begin(), out.band_keys.end()), out.band_keys.end());
  return out;
}

CopyComparison compare_texts(const std::vector<Shingle>& a, const std::vector<Shingle>& b) {
  CopyComparison result;
  if (a.empty() || b.empty()) return result;
  // Positions of each shingle in a (first occurrence; a repeated shingle in a is rare).
  std::unordered_map<uint64_t, uint32_t> in_a;
  in_a.reserve(a.size());
  for (uint32_t i = 0; i < a.size(); ++i) in_a.emplace(a[i].hash, i);
  std::vector<uint64_t> distinct_b;
  distinct_b.reserve(b.size());
  for (const Shingle& s : b) distinct_b.push_back(s.hash);
  std::sort(distinct_b.begin(), distinct_b.end());
  distinct_b.erase(std::unique(distinct_b.begin(), distinct_b.end()), distinct_b.end());
  for (uint64_t h : distinct_b) result.shared += in_a.count(h) ? 1 : 0;
  size_t union_size = in_a.size() + distinct_b.size() - result.shared;
  result.similarity = union_size ? double(result.shared) / double(union_size) : 0;
  size_t smaller = std::min(in_a.size(), distinct_b.size());
  result.containment = smaller ? double(result.shared) / double(smaller) : 0;

  // Shared passages: diagonal runs (a[i+k] == b[j+k]), then runs that continue each other
  // in both texts across a paragraph break or a changed word are joined.
  struct Run {
    uint32_t a_first, a_last, b_first, b_last;
    uint32_t matched;  // shingles matched (a joined run skips a few)
  };
  std::vector<Run> runs;
  for (uint32_t j = 0; j < b.size(); ++j) {
    if (!runs.empty()) {
      Run& r = runs.back();
      if (r.b_last + 1 == j && r.a_last + 1 < a.size() && a[r.a_last + 1].hash == b[j].hash) {
        ++r.a_last;
        r.b_last = j;
        ++r.matched;
        continue;
      }
    }
    auto it = in_a.find(b[j].hash);
    if (it != in_a.end()) runs.push_back({it->second, it->second, j, j, 1});
  }
  // One or two shared shingles are a common phrase ("said in a statement on"), not a copy.
  constexpr uint32_t kMinRunShingles = 3, kMaxGapShingles = 6;
  std::vector<Run> kept;
  for (const Run& r : runs) {
    if (r.a_last - r.a_first + 1 < kMinRunShingles) continue;
    if (!kept.empty()) {
      Run& last = kept.back();
      if (r.a_first > last.a_last && r.a_first - last.a_last <= kMaxGapShingles &&
          r.b_first > last.b_last && r.b_first - last.b_last <= kMaxGapShingles) {
        last.a_last = r.a_last;
        last.b_last = r.b_last;
        last.matched += r.matched;
        continue;
      }
    }
    kept.push_back(r);
  }
  for (const Run& r : kept)
    result.passages.push_back(
        {a[r.a_first].start, a[r.a_last].end, b[r.b_first].start, b[r.b_last].end, r.matched});
  std::sort(result.passages.begin(), result.passages.end(),
            [](const SharedPassage& x, const SharedPassage& y) { return x.a_start < y.a_start; });
  return result;
}

}  // namespace casus::link
