#include "lexicon/name_key.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "text/unicode.h"

namespace casus::lexicon {
namespace {

// ICU's transliterator is slow per call but a name uses few distinct characters: fold each
// non-ASCII code point once and cache the result per thread.
const std::string& fold_codepoint(char32_t c) {
  thread_local std::unordered_map<char32_t, std::string> cache;
  auto it = cache.find(c);
  if (it != cache.end()) return it->second;
  static std::once_flag once;
  static std::unique_ptr<icu::Transliterator> translit;
  static std::mutex mutex;
  std::call_once(once, [] {
    UErrorCode status = U_ZERO_ERROR;
    translit.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower",
                                                       UTRANS_FORWARD, status));
    if (U_FAILURE(status)) translit.reset();
  });
  std::string out;
  if (c == 0x2019 || c == 0x2018 || c == 0x2BF || c == 0x2BE || c == 0x2BB || c == 0x2BC ||
      c == 0x60 || c == 0xB4) {
    out = "'";  // apostrophe-like marks, including the ayn and hamza half rings
  } else if (c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014) {
    out = "-";
  } else if (translit) {
    icu::UnicodeString u(static_cast<UChar32>(c));
    {
      // Transliterator::transliterate is not guaranteed re-entrant; serialise the rare misses.
      std::lock_guard<std::mutex> lock(mutex);
      translit->transliterate(u);
    }
    u.toUTF8String(out);
  }
  return cache.emplace(c, std::move(out)).first->second;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// Consonants that transliteration swaps for one another: dh / z / d (Kadhimi, Kazemi,
// Qadhafi), q / k / g / c (Qassem, Kassem, Gaddafi), g / j (Golani, Julani).
bool similar_consonants(char x, char y) {
  if (x == y) return true;
  if (x > y) std::swap(x, y);
  static constexpr std::string_view kPairs[] = {"dz", "kq", "ck", "cq", "gk", "gq", "gj"};
  for (auto p : kPairs)
    if (p[0] == x && p[1] == y) return true;
  return false;
}

// Letters merged in the loose skeleton (a superset of the similar pairs, so that every
// verified variant is also a candidate).
char skeleton_class(char c) {
  switch (c) {
    case 'z': return 'd';
    case 'q': case 'c': case 'g': case 'j': return 'k';
    default: return c;
  }
}

// The spelling the variant distance compares: digraphs that write one Arabic or Persian
// sound become one letter (dh -> d, th -> t, kh -> k, gh -> g, ph -> f, q -> k); vowels stay.
std::string spelled(std::string_view w) {
  std::string out;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    char next = i + 1 < w.size() ? w[i + 1] : '\0';
    if (next == 'h' && (c == 'd' || c == 't' || c == 'k' || c == 'g' || c == 'z')) {
      out.push_back(c == 'z' ? 'd' : c);
      ++i;
    } else if (c == 'p' && next == 'h') {
      out.push_back('f');
      ++i;
    } else if (c == 'q') {
      out.push_back('k');
    } else if (c == 'y' && i > 0) {
      out.push_back('i');  // Qays / Qais, Ayn / Ain
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// Levenshtein distance in which the differences transliteration produces cost half: a vowel
// for a vowel, a consonant for a similar one, a vowel or an 'h' added or dropped, a letter
// doubled or undoubled. `strict` (for short words) only halves the alternations that rarely
// separate two names: e / i and o / u, and a vowel dropped next to another (Nouri / Nuri).
double variant_distance(std::string_view a, std::string_view b, bool strict = false) {
  auto cheap_gap = [strict](std::string_view s, size_t i) {  // dropping s[i-1] costs half?
    char c = s[i - 1];
    bool next_to_vowel = (i >= 2 && is_vowel(s[i - 2])) || (i < s.size() && is_vowel(s[i]));
    if (strict) return is_vowel(c) && next_to_vowel;
    return is_vowel(c) || c == 'h' || (i >= 2 && s[i - 2] == c);
  };
  auto cheap_sub = [strict](char x, char y) {
    if (strict) {
      if (x > y) std::swap(x, y);
      return (x == 'e' && y == 'i') || (x == 'o' && y == 'u');
    }
    return (is_vowel(x) && is_vowel(y)) || similar_consonants(x, y);
  };
  std::vector<double> prev(b.size() + 1), cur(b.size() + 1);
  prev[0] = 0;
  for (size_t j = 1; j <= b.size(); ++j) prev[j] = prev[j - 1] + (cheap_gap(b, j) ? 0.5 : 1.0);
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = prev[0] + (cheap_gap(a, i) ? 0.5 : 1.0);
    for (size_t j = 1; j <= b.size(); ++j) {
      char x = a[i - 1], y = b[j - 1];
      double sub = x == y ? 0.0 : cheap_sub(x, y) ? 0.5 : 1.0;
      double del = cheap_gap(a, i) ? 0.5 : 1.0;
      double ins = cheap_gap(b, j) ? 0.5 : 1.0;
      cur[j] = std::min({prev[j - 1] + sub, prev[j] + del, cur[j - 1] + ins});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::vector<std::string_view> split_words(std::string_view key) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start < key.size()) {
    size_t sp = key.find(' ', start);
    if (sp == std::string_view::npos) sp = key.size();
    if (sp > start) out.push_back(key.substr(start, sp - start));
    start = sp + 1;
  }
  return out;
}

}  // namespace

bool is_article(std::string_view w) { return w == "al"; }  // "al." (the given name) is not

bool article_form(std::string_view folded) {
  // Compared by length: most words are rejected by it alone, and comparisons with constants
  // of the word's length compile to integer compares.
  if (folded.size() == 2)
    return folded == "al" || folded == "el" || folded == "ad" || folded == "ag" || folded == "as" ||
           folded == "at" || folded == "az" || folded == "an" || folded == "ar" || folded == "ul";
  if (folded.size() == 3) return folded == "ash" || folded == "ath" || folded == "adh";
  return false;
}

NameWord name_word(std::string folded, bool hyphen_after, bool capitalised) {
  NameWord w;
  if (article_form(folded) && hyphen_after) {
    w.in_name = w.opening = "al";
    w.article = true;
  } else if (folded == "al" || folded == "el") {
    // A capitalised "Al" opening a name and standing alone is a given name (Al Gore,
    // Al Pacino); elsewhere, or in lower case, it is the article.
    w.in_name = "al";
    w.opening = capitalised ? "al." : "al";
    w.article = true;
  } else {
    w.in_name = w.opening = std::move(folded);
  }
  return w;
}

std::string fold_word(std::string_view word) {
  std::string out;
  if (std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    fold_ascii_word(word, out);
    return out;
  }
  out.reserve(word.size());
  for (size_t i = 0; i < word.size();) {
    unsigned char c = word[i];
    if (c < 0x80) {
      ++i;
      if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c + 32));
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(static_cast<char>(c));
      // apostrophes and other ASCII punctuation vanish inside a word
      continue;
    }
    char32_t cp = text::next_codepoint(word, i);
    for (char f : fold_codepoint(cp))
      if ((f >= 'a' && f <= 'z') || (f >= '0' && f <= '9')) out.push_back(f);
  }
  return out;
}

std::vector<std::string> name_words(std::string_view name) {
  // Split at anything that is not a letter, digit or apostrophe-like mark. Whether a piece
  // is followed by a hyphen decides if it is a prefixed article ("ash-Sham", "Al-Qaeda").
  std::vector<std::string> words;
  words.reserve(6);  // most names: one allocation, not one per doubling
  std::string current;
  bool ascii = true;  // current holds ASCII letters and digits only: fold_word's ASCII case
  auto flush = [&](bool hyphen_after) {
    if (current.empty()) return;
    bool capitalised = current[0] >= 'A' && current[0] <= 'Z';
    std::string folded;
    if (ascii) fold_ascii_word(current, folded);
    else folded = fold_word(current);
    current.clear();
    ascii = true;
    if (folded.empty()) return;
    if (!article_form(folded)) {
      words.push_back(std::move(folded));
      return;
    }
    NameWord w = name_word(std::move(folded), hyphen_after, capitalised);
    words.push_back(words.empty() ? std::move(w.opening) : std::move(w.in_name));
  };
  for (size_t i = 0; i < name.size();) {
    // Most names are ASCII: a run of ASCII letters and digits is taken whole.
    size_t run_end = i;
    while (run_end < name.size() && text::is_ascii_alnum(static_cast<unsigned char>(name[run_end])))
      ++run_end;
    if (run_end > i) {
      current.append(name.data() + i, run_end - i);
      i = run_end;
      continue;
    }
    size_t start = i;
    unsigned char c = name[i];
    char32_t cp = c < 0x80 ? (++i, c) : text::next_codepoint(name, i);
    std::string_view piece = name.substr(start, i - start);
    if (is_apostrophe_mark(cp)) continue;  // "Sha'abi": the mark vanishes inside a word
    bool in_word = cp < 0x80 ? (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                             : u_isalnum(cp) || u_charType(cp) == U_NON_SPACING_MARK;
    if (in_word) {
      current.append(piece);
      ascii = ascii && cp < 0x80;
    } else {
      flush(cp == '-' || cp == 0x2010 || cp == 0x2011);
    }
  }
  flush(false);
  return words;
}

std::string exact_key(std::string_view name) {
  std::string key;
  for (const auto& w : name_words(name)) {
    if (!key.empty()) key.push_back(' ');
    key += w;
  }
  return key;
}

std::string loose_word(std::string_view w) {
  // The consonant skeleton of the spelled form: vowels and glides dropped after the first
  // letter (a first vowel becomes 'a': Omar / Umar), classes merged, repeats collapsed.
  std::string sp = spelled(w);
  std::string out;
  for (size_t i = 0; i < sp.size(); ++i) {
    char c = sp[i];
    if (i == 0 && is_vowel(c)) c = 'a';
    else if (is_vowel(c) || c == 'h' || c == 'w') continue;
    c = skeleton_class(c);
    if (!out.empty() && out.back() == c) continue;
    out.push_back(c);
  }
  return out;
}

std::string loose_key(std::string_view name) {
  std::string key;
  for (const auto& w : name_words(name)) {
    // No separators: "Abdul-Malik" and "Abdulmalik" are one name.
    if (!is_article(w)) key += loose_word(w);
  }
  return key;
}

namespace {

// Doubled consonants undoubled (Hassan / Hasan); doubled vowels stay, since "Saad" is not
// "Sad" spelled long.
std::string collapse_repeats(std::string_view s) {
  std::string out;
  for (char c : s)
    if (out.empty() || out.back() != c || is_vowel(c)) out.push_back(c);
  return out;
}

// Is b a transliteration variant of word a (both spelled)?
bool variant_word(const std::string& x, const std::string& y) {
  if (x == y) return true;
  size_t len = std::max(x.size(), y.size());
  // The first letter carries the name: variants keep it, or swap one vowel for another
  // (Omar / Umar) or a consonant for a similar one (Qassem / Kassem).
  if (x[0] != y[0] && !(is_vowel(x[0]) && is_vowel(y[0])) && !similar_consonants(x[0], y[0]))
    return false;
  // Short words carry too little to tell a variant from another name (Said / Saad, Ali /
  // Eli): beyond doubled letters (Kaabi / Kabi) they may differ by one e / i or o / u
  // alternation (Amiri / Ameri, Osama / Usama).
  if (len <= 5) return variant_distance(collapse_repeats(x), collapse_repeats(y), true) <= 0.5;
  // About one transliteration difference per six letters: Kadhemi / Kadhimi (0.5) pass,
  // Hassan / Hussein (1.5 for 7 letters) do not.
  return variant_distance(x, y) <= static_cast<double>(len) / 6.0;
}

}  // namespace

bool verify_variant(std::string_view exact_a, std::string_view exact_b) {
  if (exact_a == exact_b) return true;
  // Names of very different lengths are never variants: skip the distance computation.
  size_t la = exact_a.size(), lb = exact_b.size();
  if (std::max(la, lb) > std::min(la, lb) + std::max<size_t>(3, std::min(la, lb) / 3)) return false;
  // Compare the content words (articles are optional: "Hashd al-Shaabi" = "al-Hashd
  // al-Shaabi"), word by word; when the words are cut differently ("Abdul-Malik" /
  // "Abdulmalik"), compare the names run together.
  std::vector<std::string> a, b;
  size_t raw_letters = 0;  // before spelling: "Kadhimi" is a 7-letter name
  for (auto w : split_words(exact_a)) if (!is_article(w)) a.push_back(spelled(w)), raw_letters = std::max(raw_letters, w.size());
  for (auto w : split_words(exact_b)) if (!is_article(w)) b.push_back(spelled(w)), raw_letters = std::max(raw_letters, w.size());
  if (a.empty() || b.empty()) return false;
  if (a.size() != b.size()) {
    std::string ja, jb;
    for (auto& w : a) ja += w;
    for (auto& w : b) jb += w;
    a = {ja};
    b = {jb};
    if (std::min(split_words(exact_a).size(), split_words(exact_b).size()) < 2) return false;
  }
  for (size_t i = 0; i < a.size(); ++i)
    if (!variant_word(a[i], b[i])) return false;
  // A single short word is too easily another name (Asad / Assad): one-word variants need
  // 7+ letters; shorter ones must be listed as aliases.
  return a.size() > 1 || raw_letters >= 7 || a[0] == b[0];
}

bool same_name(std::string_view a, std::string_view b) {
  std::string ka = exact_key(a), kb = exact_key(b);
  if (ka == kb) return true;
  if (ka.empty() || kb.empty()) return false;
  // Articles are optional at the front ("al-Hashd al-Shaabi" = "Hashd al-Shaabi").
  auto strip_front = [](std::string_view k) {
    return k.substr(0, 3) == "al " ? k.substr(3) : k;
  };
  if (strip_front(ka) == strip_front(kb)) return true;
  if (loose_key(a) != loose_key(b)) return false;
  return verify_variant(ka, kb);
}

}  // namespace casus::lexicon
