// Small Unicode helpers over UTF-8 shared by the text stages.
#pragma once
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace casus::text {

// Decodes the multi-byte sequence at s[i] (valid UTF-8 assumed) and advances i.
char32_t next_multibyte_codepoint(std::string_view s, size_t& i);
// Decodes the code point at s[i] (valid UTF-8 assumed) and advances i. Inline for ASCII:
// the word scanners call it on every byte of the text.
inline char32_t next_codepoint(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  return next_multibyte_codepoint(s, i);
}
// The bytes of the last code point of s (empty for an empty s).
std::string_view last_codepoint(std::string_view s);

// NFC form of s (ICU); s itself when already NFC.
std::string to_nfc(std::string_view s);

// A key for "is this the same line of text": NFC, case-folded, apostrophes and quotes of all
// kinds unified, punctuation dropped, whitespace collapsed.
std::string fold_for_compare(std::string_view s);

// s with the ASCII letters A-Z lowered and every other byte kept: for lemmas, dictionary
// words and markers, where full case folding is not wanted.
std::string ascii_lower(std::string_view s);

// Does s equal `lower` (written in lower case) when its ASCII letters are lowered? The
// allocation-free test for "is this word X in any case".
inline bool ascii_equal_ci(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

// Does the line end like a sentence: terminal punctuation (. ! ? : …, and ; when
// `semicolon` is set) before any closing quotes or brackets and trailing blanks?
bool ends_with_terminal(std::string_view line, bool semicolon = false);

// An ASCII letter or digit: the test the word scanners make on most bytes before decoding.
inline bool is_ascii_alnum(char32_t c) {
  // Unsigned wrap-around makes each range one compare; | 0x20 maps capitals to small letters.
  return (c | 0x20) - U'a' < 26u || c - U'0' < 10u;
}

#if defined(__SSE2__)
// The bytes of v in [lo, lo + n) (n at most 128) as all-ones lanes: the unsigned test
// "x - lo < n" done as a signed compare once the range is moved to the bottom.
inline __m128i bytes_in_range(__m128i v, unsigned char lo, int n) {
  return _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - lo))),
                        _mm_set1_epi8(static_cast<char>(n - 0x80)));
}
#endif

// The end of the run of ASCII letters and digits at s[from] (from itself when s[from] is none),
// looking no further than `end`. Sixteen bytes at a time (reading on to s's end, never past
// it): most words end within the first sixteen, so the scan costs no branch per letter.
inline size_t ascii_alnum_run_end(std::string_view s, size_t from, size_t end) {
#if defined(__SSE2__)
  while (from < end && from + 16 <= s.size()) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + from));
    const __m128i letter = bytes_in_range(_mm_or_si128(bytes, _mm_set1_epi8(0x20)), 'a', 26);
    const __m128i alnum = _mm_or_si128(letter, bytes_in_range(bytes, '0', 10));
    const unsigned outside = ~static_cast<unsigned>(_mm_movemask_epi8(alnum)) & 0xFFFFu;
    if (outside) return std::min(end, from + static_cast<size_t>(__builtin_ctz(outside)));
    from += 16;
  }
  if (from >= end) return end;
#endif
  while (from < end && is_ascii_alnum(static_cast<unsigned char>(s[from]))) ++from;
  return from;
}

bool is_uppercase_letter(char32_t c);
bool is_lowercase_letter(char32_t c);
bool is_letter(char32_t c);
bool is_digit(char32_t c);
bool is_space(char32_t c);
// Opening/closing quotation marks of the kinds seen in news: " ' “ ” ‘ ’ « » „
bool is_quote_mark(char32_t c);

}  // namespace casus::text
