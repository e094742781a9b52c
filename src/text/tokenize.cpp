// UD English (EWT) style tokenisation.
//
// Text is cut at white space into chunks; each chunk is then split in three passes:
//  1. whole-chunk forms that must stay one token: URLs, e-mail addresses, @handles, #hashtags
//     (minus any punctuation that closes the sentence around them);
//  2. punctuation peeled off both ends (opening quotes and brackets in front; closing quotes,
//     brackets, commas, colons, "..." and a final period behind, the period staying on a known
//     abbreviation such as "U.S." or "Gen.");
//  3. the core cut at punctuation that is not word-internal (decimal points and thousands
//     separators in numbers, apostrophes in names, hyphens after prefixes like "co-" or in
//     phone numbers, "AT&T"), then clitics split as EWT does: "do|n't", "she|'s", "we|'re",
//     "can|not", "gon|na".
// Every token is a substring of the text, so spans are exact byte offsets.
#include "text/tokenize.h"
#include "text/unicode.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

namespace casus::text {

namespace {

enum class Cls : uint8_t { kSpace, kAlnum, kEmoji, kPunct };

struct Cp {
  UChar32 c;
  uint32_t b, e;  // byte span
  Cls cls;
};

Cls classify(UChar32 c) {
  if (c < 0x80) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return Cls::kSpace;
    if (is_ascii_alnum(static_cast<char32_t>(c))) return Cls::kAlnum;
    return Cls::kPunct;
  }
  if (c < 0) return Cls::kPunct;  // invalid byte
  if (u_isUWhiteSpace(c) || c == 0x200B) return Cls::kSpace;
  if (c == 0x200D || c == 0xFE0F || (c >= 0x1F3FB && c <= 0x1F3FF)) return Cls::kEmoji;
  if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ||
      (c >= 0x1F1E6 && c <= 0x1F1FF))
    return Cls::kEmoji;
  if (u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK)) return Cls::kAlnum;
  return Cls::kPunct;
}

bool is_digit(const Cp& p) { return p.c >= '0' && p.c <= '9'; }
bool is_alpha(const Cp& p) { return p.cls == Cls::kAlnum && !is_digit(p); }
bool is_upper(const Cp& p) { return u_isupper(p.c); }
bool is_apos(UChar32 c) { return c == '\'' || c == 0x2019; }

bool is_opener(UChar32 c) {
  switch (c) {
    case '(': case '[': case '{': case '"': case '\'': case '`': case '<': case '*':
    case 0x201C: case 0x2018: case 0x00AB: case 0x2039: case 0x00BF: case 0x00A1: case 0x201E:
    case 0x201A:
      return true;
    default:
      return false;
  }
}

// Words that keep their period (compared case-sensitively, without the period).
constexpr std::array<const char*, 97> kAbbrev = {
    "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Ft", "Gen", "Col",
    "Lt", "Capt", "Sgt", "Maj", "Cmdr", "Adm", "Gov", "Sen", "Rep", "Reps", "Rev", "Hon",
    "Pres", "Supt", "Insp", "Det", "Cpl", "Pvt", "Brig", "Corp", "Inc", "Ltd", "Co", "Cos",
    "Bros", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd", "Hwy", "Jan", "Feb", "Mar", "Apr",
    "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed",
    "Thu", "Thur", "Thurs", "Fri", "vs", "etc", "al", "approx", "est", "Nos", "vol", "Vol",
    "pp", "fig", "Fig", "cf", "ca", "Ph", "Sq", "Gov", "Mass", "Calif", "Fla", "Ariz",
    "Wash", "Penn", "Conn", "Ill", "Mich", "Minn", "Okla", "Tenn", "Va", "Ore", "Wis", "ext"};

bool known_abbrev(std::string_view w) {
  for (const char* a : kAbbrev)
    if (w == a) return true;
  return false;
}

// Prefixes EWT keeps attached to what follows the hyphen ("co-workers", "non-human").
constexpr std::array<const char*, 30> kHyphenPrefixes = {
    "e", "non", "re", "anti", "pro", "co", "pre", "mid", "post", "multi", "ex", "counter",
    "sub", "semi", "mini", "cross", "neo", "vice", "un", "socio", "micro", "psycho", "inter",
    "intra", "bi", "tri", "pseudo", "quasi", "ultra", "mega"};

class Chunker {
 public:
  Chunker(std::string_view text, std::vector<Token>& out) : text_(text), out_(out) {}

  void run(const std::vector<Cp>& cps, size_t lo, size_t hi, bool next_is_digit) {
    cps_ = &cps;
    next_is_digit_ = next_is_digit;
    if (special(lo, hi)) return;
    general(lo, hi);
  }

 private:
  const Cp& at(size_t i) const { return (*cps_)[i]; }
  std::string_view bytes(size_t lo, size_t hi) const {
    return text_.substr(at(lo).b, at(hi - 1).e - at(lo).b);
  }
  // Do the code points [lo, hi) spell `word` (lower case) in any case?
  bool spells(size_t lo, size_t hi, std::string_view word) const {
    return ascii_equal_ci(bytes(lo, hi), word);
  }
  void emit_bytes(uint32_t b, uint32_t e) {
    if (e <= b) return;
    Token t;
    t.span = {b, e};
    out_.push_back(std::move(t));
  }
  void emit(size_t lo, size_t hi) {
    if (hi > lo) emit_bytes(at(lo).b, at(hi - 1).e);
  }

  // Closing punctuation trailing a URL-like token.
  size_t trim_url_end(size_t lo, size_t hi) const {
    while (hi > lo + 1) {
      UChar32 c = at(hi - 1).c;
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' ||
          c == '\'' || c == 0x201D || c == 0x2019 || c == '>') {
        --hi;
      } else if (c == ')' || c == ']') {
        UChar32 open = c == ')' ? '(' : '[';
        bool has_open = false;
        for (size_t k = lo; k < hi; ++k) has_open |= at(k).c == open;
        if (has_open) break;
        --hi;
      } else {
        break;
      }
    }
    return hi;
  }

  bool starts_with(size_t lo, size_t hi, std::string_view prefix) const {
    std::string_view b = bytes(lo, hi);
    return b.size() >= prefix.size() && ascii_equal_ci(b.substr(0, prefix.size()), prefix);
  }

  // URLs, e-mail addresses, @handles and #hashtags: one token each.
  bool special(size_t lo, size_t hi) {
    size_t start = lo;
    while (start < hi && is_opener(at(start).c) && at(start).c != '<') ++start;
    if (start < hi && at(start).c == '<') ++start;
    if (start >= hi) return false;
    bool url = starts_with(start, hi, "http://") || starts_with(start, hi, "https://") ||
               starts_with(start, hi, "ftp://") || starts_with(start, hi, "www.");
    bool other = false;
    if (!url) {
      UChar32 c0 = at(start).c;
      if ((c0 == '@' || c0 == '#') && start + 1 < hi && at(start + 1).cls == Cls::kAlnum) {
        other = true;  // @handle, #hashtag
      } else {
        size_t at_sign = hi;
        for (size_t k = start; k < hi; ++k)
          if (at(k).c == '@') { at_sign = k; break; }
        if (at_sign > start && at_sign + 1 < hi && at(at_sign - 1).cls == Cls::kAlnum) {
          bool dot = false;
          for (size_t k = at_sign + 1; k + 1 < hi; ++k) dot |= at(k).c == '.';
          other = dot && at(at_sign + 1).cls == Cls::kAlnum;  // e-mail
        }
      }
    }
    if (!url && !other) return false;
    for (size_t k = lo; k < start; ++k) emit(k, k + 1);
    size_t end = trim_url_end(start, hi);
    if (!url) {
      // A handle or hashtag ends at its last word character.
      if (at(start).c == '@' || at(start).c == '#') {
        size_t k = start + 1;
        while (k < end && (at(k).cls == Cls::kAlnum || at(k).c == '_' ||
                           (at(start).c == '@' && at(k).c == '.' && k + 1 < end &&
                            at(k + 1).cls == Cls::kAlnum)))
          ++k;
        end = k;
      }
    }
    emit(start, end);
    if (end < hi) general(end, hi);
    return true;
  }

  // Is text[lo, hi) followed by a period an abbreviation that keeps it?
  bool abbreviation(size_t lo, size_t hi) const {
    if (hi <= lo) return false;
    std::string_view w = bytes(lo, hi);
    if (w == "No" || w == "no" || w == "Nos" || w == "Art" || w == "Fig" || w == "p" || w == "pp")
      return next_is_digit_;
    if (known_abbrev(w)) return true;
    // A single letter ("J.") or short letter groups joined by periods ("U.S", "a.m", "Ph.D").
    size_t part = 0, parts = 1;
    for (size_t k = lo; k < hi; ++k) {
      if (at(k).c == '.') {
        if (part == 0) return false;
        part = 0;
        ++parts;
      } else if (is_alpha(at(k))) {
        if (++part > 2) return false;
      } else {
        return false;
      }
    }
    if (part == 0) return false;
    if (parts == 1) return hi - lo == 1 && (is_upper(at(lo)) || next_is_digit_);
    return true;
    return false;
  }

  // Same-character runs of . - ! ? and so on make one token ("...", "--", "!!").
  size_t run_end(size_t k, size_t hi) const {
    UChar32 c = at(k).c;
    size_t j = k + 1;
    if (c == '.' || c == '-' || c == '!' || c == '?' || c == '*' || c == '=' || c == '_' || c == '$' ||
        c == '`' || c == '\'' || c == '~' || c == '#' || c == '>' || c == '<') {
      while (j < hi && at(j).c == c) ++j;
    }
    if (c == '?' || c == '!')
      while (j < hi && (at(j).c == '?' || at(j).c == '!')) ++j;
    return j;
  }

  bool alnum_only(size_t lo, size_t hi) const {
    for (size_t k = lo; k < hi; ++k)
      if (at(k).cls != Cls::kAlnum) return false;
    return true;
  }

  // An ASCII emoticon at k (":-)", ";)", ":D", "<3"): its end, or 0.
  size_t emoticon(size_t k, size_t hi) const {
    static const char* kFaces[] = {":-)", ":-(", ";-)", ":-D", ":-P", ":-/", ":)", ":(", ";)",
                                   ":D", ":P", ":/", "<3", "=)", ":'("};
    std::string_view rest = text_.substr(at(k).b, at(hi - 1).e - at(k).b);
    for (const char* f : kFaces) {
      size_t n = std::strlen(f);
      if (rest.size() >= n && rest.compare(0, n, f) == 0 &&
          (rest.size() == n || !(at(k + n).cls == Cls::kAlnum)))
        return k + n;
    }
    return 0;
  }

  // Clitics that stay attached to a word-initial apostrophe ("'s", "'re", "'90s", "'em").
  bool apostrophe_word(size_t k, size_t hi) const {
    if (k + 1 >= hi || !is_apos(at(k).c)) return false;
    size_t j = k + 1;
    while (j < hi && at(j).cls == Cls::kAlnum) ++j;
    if (j == k + 1) return false;
    static const char* kWords[] = {"s", "re", "ve", "ll", "d", "m", "t", "em", "cause", "til",
                                   "n", "tis", "twas"};
    for (const char* x : kWords)
      if (spells(k + 1, j, x)) return true;
    // '08, '90s
    std::string_view w = bytes(k + 1, j);
    return w.size() >= 2 && is_digit(at(k + 1)) && is_digit(at(k + 2)) &&
           (w.size() == 2 || (w.size() == 3 && (w[2] == 's' || w[2] == 'S')));
  }

  void general(size_t lo, size_t hi) {
    // Leading punctuation.
    while (lo < hi && at(lo).cls == Cls::kPunct) {
      UChar32 c = at(lo).c;
      if (apostrophe_word(lo, hi)) break;
      if ((c == '.' || c == '+') && lo + 1 < hi && is_digit(at(lo + 1))) break;
      if (size_t e = emoticon(lo, hi)) {
        emit(lo, e);
        lo = e;
        continue;
      }
      if (c == '.' && lo + 1 < hi && is_alpha(at(lo + 1)) && lo + 1 < hi) {
        // ".doc", ".com": a file extension or domain spoken alone.
        bool all = true;
        for (size_t k = lo + 1; k < hi; ++k) all &= at(k).cls == Cls::kAlnum;
        if (all) break;
      }
      size_t j = run_end(lo, hi);
      emit(lo, j);
      lo = j;
    }
    // Trailing punctuation, collected in reverse.
    std::vector<std::pair<size_t, size_t>> tail;
    while (hi > lo && at(hi - 1).cls == Cls::kPunct) {
      UChar32 c = at(hi - 1).c;
      if (c == '.') {
        size_t j = hi - 1;
        while (j > lo && at(j - 1).c == '.') --j;
        if (hi - j == 2 && abbreviation(lo, hi - 2)) {  // "Inc.." = "Inc." + "."
          tail.emplace_back(hi - 1, hi);
          --hi;
          j = hi - 1;
        }
        if (hi - j == 1 && abbreviation(lo, hi - 1)) {
          // The period belongs to the abbreviation's token.
          size_t before = out_.size();
          core(lo, hi - 1);
          if (out_.size() > before && out_.back().span.end == at(hi - 2).e)
            out_.back().span.end = at(hi - 1).e;
          else
            emit(hi - 1, hi);
          for (auto it = tail.rbegin(); it != tail.rend(); ++it) emit(it->first, it->second);
          return;
        }
        tail.emplace_back(j, hi);
        hi = j;
        continue;
      }
      if (is_apos(c) && hi - 1 > lo && at(hi - 2).cls == Cls::kAlnum) {
        // "students'" (possessive) and closing single quotes alike: split the apostrophe.
        tail.emplace_back(hi - 1, hi);
        --hi;
        continue;
      }
      size_t j = hi - 1;
      UChar32 r = c;
      if (r == '!' || r == '?' || r == '-' || r == '*' || r == '=' || r == '\'' || r == '`' ||
          r == '_' || r == '~') {
        while (j > lo && (at(j - 1).c == r || ((r == '!' || r == '?') &&
                                                (at(j - 1).c == '!' || at(j - 1).c == '?'))))
          --j;
      }
      tail.emplace_back(j, hi);
      hi = j;
    }
    core(lo, hi);
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) emit(it->first, it->second);
  }

  bool hyphen_kept(size_t seg_lo, size_t k, size_t hi) const {
    // k is the hyphen; the segment before it is [seg_lo, k), the next one runs to the next
    // punctuation mark.
    size_t r = k + 1;
    while (r < hi && at(r).cls == Cls::kAlnum) ++r;
    bool left_digit = false, right_digit = false;
    for (size_t x = seg_lo; x < k; ++x) left_digit |= is_digit(at(x));
    for (size_t x = k + 1; x < r; ++x) right_digit |= is_digit(at(x));
    if (left_digit && right_digit) return true;  // 713-853-3989, 4-12
    for (const char* p : kHyphenPrefixes)
      if (spells(seg_lo, k, p)) return true;
    return false;
  }

  // The core of a chunk: cut at punctuation that is not word-internal, then split clitics.
  void core(size_t lo, size_t hi) {
    size_t piece = lo;  // start of the current word piece
    size_t seg = lo;    // start of the current hyphen segment
    size_t k = lo;
    auto flush = [&](size_t end) {
      if (end > piece) word(piece, end);
      piece = end;
    };
    while (k < hi) {
      const Cp& p = at(k);
      if (p.cls == Cls::kAlnum) {
        ++k;
        continue;
      }
      if (p.cls == Cls::kEmoji) {
        flush(k);
        size_t j = k + 1;
        // An emoji with its modifiers, variation selectors and ZWJ sequences.
        while (j < hi && at(j).cls == Cls::kEmoji &&
               (at(j).c == 0x200D || at(j).c == 0xFE0F || (at(j).c >= 0x1F3FB && at(j).c <= 0x1F3FF) ||
                at(j - 1).c == 0x200D ||
                (at(k).c >= 0x1F1E6 && at(k).c <= 0x1F1FF && j == k + 1 && at(j).c >= 0x1F1E6 &&
                 at(j).c <= 0x1F1FF)))
          ++j;
        emit(k, j);
        k = j;
        piece = seg = k;
        continue;
      }
      // Punctuation: word-internal?
      bool between = k > piece && k + 1 < hi && at(k - 1).cls == Cls::kAlnum &&
                     at(k + 1).cls == Cls::kAlnum;
      UChar32 c = p.c;
      bool internal = false;
      if (k == lo && k + 1 < hi &&
          (((c == '+' || c == '.') && is_digit(at(k + 1))) || apostrophe_word(k, hi) ||
           (c == '.' && is_alpha(at(k + 1)) && alnum_only(k + 1, hi))))
        internal = true;  // "+2", ".5", "'90s", "'s", ".doc"
      else if (between) {
        if (c == '.' || c == '_' || c == '@' || c == 0x00B7) internal = true;
        else if (is_apos(c)) internal = true;
        else if (c == ',' || c == ':') internal = is_digit(at(k - 1)) && is_digit(at(k + 1));
        else if (c == '-' || c == 0x2011) internal = hyphen_kept(seg, k, hi);
        else if (c == '/') {
          internal = (is_digit(at(k - 1)) && is_digit(at(k + 1))) ||
                     (k - 1 == piece && (k + 2 >= hi || at(k + 2).cls != Cls::kAlnum));
        } else if (c == '&') internal = is_upper(at(k - 1)) && is_upper(at(k + 1));
      }
      if (internal) {
        if (c == '-' || c == 0x2011) seg = k + 1;
        ++k;
        continue;
      }
      flush(k);
      size_t j = run_end(k, hi);
      emit(k, j);
      k = j;
      piece = seg = k;
    }
    flush(hi);
  }

  // One word piece: split EWT's clitics off its end.
  void word(size_t lo, size_t hi) {
    size_t n = hi - lo;
    auto split_at = [&](size_t cut) {  // cut = number of code points kept in the first part
      emit(lo, lo + cut);
      emit(lo + cut, hi);
    };
    // n't / n’t
    if (n > 3 && (at(hi - 1).c | 0x20) == 't' &&
        is_apos(at(hi - 2).c) && (at(hi - 3).c == 'n' || at(hi - 3).c == 'N')) {
      split_at(n - 3);
      return;
    }
    if (n > 2 && is_apos(at(hi - 2).c)) {
      UChar32 c = at(hi - 1).c | 0x20;
      if (c == 's' || c == 'd' || c == 'm') {
        split_at(n - 2);
        return;
      }
    }
    if (n > 3 && is_apos(at(hi - 3).c)) {
      UChar32 a = at(hi - 2).c | 0x20, b = at(hi - 1).c | 0x20;
      if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l')) {
        split_at(n - 3);
        return;
      }
    }
    if (spells(lo, hi, "cannot")) return split_at(3);
    if (spells(lo, hi, "gonna") || spells(lo, hi, "wanna") || spells(lo, hi, "gotta"))
      return split_at(3);
    emit(lo, hi);
  }

  std::string_view text_;
  std::vector<Token>& out_;
  const std::vector<Cp>* cps_ = nullptr;
  bool next_is_digit_ = false;
};

}  // namespace

void tokenize(std::string_view text, ByteSpan range, std::vector<Token>& out) {
  uint32_t end = std::min<uint32_t>(range.end, uint32_t(text.size()));
  std::vector<Cp> cps;
  for (uint32_t i = range.begin; i < end;) {
    uint32_t b = i;
    UChar32 c;
    int32_t pos = int32_t(i);
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), pos, int32_t(end), c);
    i = uint32_t(pos);
    cps.push_back({c, b, i, classify(c)});
  }
  size_t first = out.size();
  Chunker chunker(text, out);
  for (size_t k = 0; k < cps.size();) {
    if (cps[k].cls == Cls::kSpace) {
      ++k;
      continue;
    }
    size_t j = k;
    while (j < cps.size() && cps[j].cls != Cls::kSpace) ++j;
    size_t next = j;
    while (next < cps.size() && cps[next].cls == Cls::kSpace) ++next;
    bool next_digit = next < cps.size() && cps[next].c >= '0' && cps[next].c <= '9';
    chunker.run(cps, k, j, next_digit);
    k = j;
  }
  for (size_t t = first; t < out.size(); ++t) {
    uint32_t e = out[t].span.end;
    out[t].space_after = t + 1 == out.size() || out[t + 1].span.begin > e;
  }
}

}  // namespace casus::text
