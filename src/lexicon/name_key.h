// Name keys: how casus decides that two spellings name the same actor or place.
//
// The exact key folds what never distinguishes names in English-language news: case,
// diacritics (via ICU Latin-ASCII), apostrophe-like marks (' ’ ʿ ʾ), hyphens and the forms of
// the Arabic article (al-, el-, ad-, ash-, ...: all become "al"). "Hashd al-Sha’abi" and
// "Hashd Al Shaabi" share an exact key.
//
// The loose key is a consonant skeleton that also folds transliteration variants (vowels,
// doubled consonants, q/k, dh/z, ou/u, ...). It only proposes candidates: `same_name` accepts
// a loose match after verifying that the spellings differ by little (see name_key.cpp), so that
// al-Kadhemi = al-Kadhimi but Hassan != Hussein and Said != Saad.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/unicode.h"

namespace casus::lexicon {

// Folded words of a name: lower-case ASCII where a transliteration exists, split at spaces,
// hyphens and punctuation, apostrophes removed, article forms normalised to "al".
std::vector<std::string> name_words(std::string_view name);

// The exact key: name_words joined by single spaces.
std::string exact_key(std::string_view name);

// The consonant skeleton of one folded word.
std::string loose_word(std::string_view folded_word);

// The loose key: loose words of the content words (articles dropped), joined by spaces.
std::string loose_key(std::string_view name);

// Are `a` and `b` spellings of the same name (exact key, or verified loose match)?
bool same_name(std::string_view a, std::string_view b);

// Verification of a loose candidate given both exact keys (exposed for the matcher, which
// already holds the keys).
bool verify_variant(std::string_view exact_a, std::string_view exact_b);

// Folds one word as name_words does (no splitting); used on text tokens by the matcher.
std::string fold_word(std::string_view word);
// fold_word for a word known to be ASCII, written into out without decoding or per-letter
// capacity checks (most words are ASCII); also counts its letters and capitals.
inline void fold_ascii_word(std::string_view word, std::string& out, int& letters, int& capitals) {
  out.resize(word.size());
  size_t folded = 0;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') {
      out[folded++] = static_cast<char>(c + 32);
      ++letters, ++capitals;
    } else if (c >= 'a' && c <= 'z') {
      out[folded++] = c;
      ++letters;
    } else if (c >= '0' && c <= '9') {
      out[folded++] = c;
    }
  }
  out.resize(folded);
}
// fold_ascii_word for a word of ASCII letters and digits only (nothing to drop). `readable`
// bytes from word.data() on may be read (at least word.size()); with sixteen, a word of up to
// sixteen letters is lower-cased in one vector step, without a branch per letter.
inline void fold_plain_word(std::string_view word, size_t readable, std::string& out, int& letters,
                            int& capitals) {
#if defined(__SSE2__)
  if (word.size() <= 16 && readable >= 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(word.data()));
    const __m128i capital = text::bytes_in_range(bytes, 'A', 26);
    const __m128i digit = text::bytes_in_range(bytes, '0', 10);
    const __m128i folded = _mm_or_si128(bytes, _mm_and_si128(capital, _mm_set1_epi8(0x20)));
    out.assign(reinterpret_cast<const char*>(&folded), word.size());
    // Capitals and digits are counted in one sum of bytes (a capital weighs 1, a digit 32),
    // not with popcount: without -mpopcnt that is a library call per word.
    const __m128i inside = _mm_cmplt_epi8(_mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
                                          _mm_set1_epi8(static_cast<char>(word.size())));
    const __m128i weights = _mm_or_si128(_mm_and_si128(capital, _mm_set1_epi8(1)),
                                         _mm_and_si128(digit, _mm_set1_epi8(32)));
    const __m128i sums = _mm_sad_epu8(_mm_and_si128(weights, inside), _mm_setzero_si128());
    const int sum = _mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4);
    letters += static_cast<int>(word.size()) - sum / 32;
    capitals += sum % 32;
    return;
  }
#endif
  fold_ascii_word(word, out, letters, capitals);  // the same fold, a branch per letter
}
inline void fold_ascii_word(std::string_view word, std::string& out) {
  int letters = 0, capitals = 0;
  fold_ascii_word(word, out, letters, capitals);
}

// True for the normalised article "al" and its particles that never carry a name alone.
bool is_article(std::string_view folded_word);

// Apostrophe-like marks (' ’ ‘ ʿ ʾ ...): they vanish inside a name.
inline bool is_apostrophe_mark(char32_t c) {
  return c == '\'' || c == '`' || c == 0x2019 || c == 0x2018 || c == 0x2BF || c == 0x2BE ||
         c == 0x2BB || c == 0x2BC;
}

// How a folded word of a name reads as a name-key word: the forms of the Arabic article
// become "al" when written as a prefix ("ash-Sham", "Al-Qaeda") or when "al"/"el" stands
// alone; a capitalised "Al" opening a name is the given name "al." (Al Gore). `in_name`
// is the word used inside a name, `opening` the word when it opens one.
// Could name_word read this folded word as an article (one of the forms of "al")? When not,
// name_word gives the word back unchanged, so callers may skip it.
bool article_form(std::string_view folded);

struct NameWord {
  std::string in_name, opening;
  bool article = false;
};
NameWord name_word(std::string folded, bool hyphen_after, bool capitalised);

}  // namespace casus::lexicon
