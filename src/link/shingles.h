// Finding copied text: normalised words, 5-word shingles, MinHash signatures per passage
// banded for locality-sensitive hashing, and the exact comparison of two articles (Jaccard
// similarity, containment and the passages they share).
//
// Why per passage and not per article: a MinHash of a whole article estimates its Jaccard
// similarity with another, and an article that reuses three paragraphs of a long one has a
// low Jaccard similarity even though most of it is copied. Signing each passage (a paragraph,
// or a window of a long one) makes any copied passage collide in the LSH index, whatever the
// share of the article it is; the exact comparison then decides.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace casus::link {

// A word: letters and digits, case-folded; offsets in code points.
struct Word {
  std::string folded;
  uint32_t start = 0, end = 0;
  uint32_t paragraph = 0;  // index of the blank-line-separated paragraph it is in
};
std::vector<Word> words_of(std::string_view text);

inline constexpr int kShingleWords = 5;

struct Shingle {
  uint64_t hash = 0;
  uint32_t start = 0, end = 0;  // code points of its first word's start and last word's end
};

struct ShingledText {
  std::vector<Shingle> shingles;  // in text order; never across a paragraph break
  std::vector<uint64_t> band_keys;  // LSH keys of every passage's MinHash signature, distinct
  uint32_t passages = 0;            // how many passages were signed
};

// Minimum and maximum shingles per signed passage: shorter paragraphs join the next one (a
// one-line paragraph is too generic to be evidence of copying), longer ones are cut.
inline constexpr size_t kMinPassageShingles = 8;
inline constexpr size_t kMaxPassageShingles = 50;
// MinHash functions per passage, in bands of kRowsPerBand: two passages with Jaccard J share
// at least one band key with probability 1 - (1 - J^2)^4 (0.99 at J = 0.8, 0.62 at J = 0.5).
inline constexpr int kPassageHashes = 8;
inline constexpr int kRowsPerBand = 2;

ShingledText shingle_text(std::string_view text);

struct SharedPassage {
  uint32_t a_start = 0, a_end = 0, b_start = 0, b_end = 0;  // code points in each text
  uint32_t shingles = 0;                                     // shared shingles in it
};

struct CopyComparison {
  double similarity = 0;   // Jaccard similarity of the two shingle sets
  double containment = 0;  // shared shingles / shingles of the smaller article
  uint32_t shared = 0;     // distinct shared shingles
  std::vector<SharedPassage> passages;  // runs of shared text, in a's order
};
CopyComparison compare_texts(const std::vector<Shingle>& a, const std::vector<Shingle>& b);

}  // namespace casus::link
