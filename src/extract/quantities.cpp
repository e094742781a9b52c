// Quantities and claims: figures in digits and words, ranges and vague amounts, the thing
// counted, a category and whoever the figure is attributed to.
//
// The stage scans each body sentence into its own light word list (numbers with separators
// kept whole, "10-15" as a range, "twenty-one" as one word), recognises figures with patterns
// over that list and the word lists of data/lexicon/quantity_words.txt, and, when the sentence
// is parsed, asks the parse for the counted noun, for the verb a figure is the object of and
// for the subject of the reporting verb above it. Conventions: the README section "Quantities".
#include "extract/quantities.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/quantity_lexicon.h"

namespace casus::extract {

namespace {

enum class WK { kAlpha, kNum, kRange, kGlued, kMixed, kPunct };

struct Word {
  uint32_t b = 0, e = 0;
  WK kind = WK::kPunct;
  std::string low;     // lower-cased text
  double v = 0, v2 = 0;  // number value; range upper bound
  std::string suffix;  // letters glued after a number ("km" in "30km")
  bool cap = false;    // starts with an upper-case letter
};

inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

inline uint32_t cp_len(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) return 2;
  if ((c & 0xF0) == 0xE0) return 3;
  if ((c & 0xF8) == 0xF0) return 4;
  return 1;
}

// Length of a space at i (ASCII white space, no-break and typographic spaces), or 0.
uint32_t space_at(std::string_view t, uint32_t i) {
  unsigned char c = t[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) {
    unsigned char d = t[i + 2];
    if ((d >= 0x80 && d <= 0x8A) || d == 0xAF) return 3;
  }
  return 0;
}

// Multi-byte punctuation and symbols: dashes, curly quotes, ellipsis, currency signs.
bool mb_punct_at(std::string_view t, uint32_t i) {
  unsigned char c = t[i];
  if (c == 0xC2) return true;  // U+0080..U+00BF: symbols (£, «, », °, ...)
  if (c == 0xE2 && i + 1 < t.size()) {
    unsigned char d = t[i + 1];
    return d == 0x80 || d == 0x82 || d == 0x84;  // general punctuation, currency, letterlike
  }
  return false;
}

bool en_dash_at(std::string_view t, uint32_t i) {
  return i + 2 < t.size() && static_cast<unsigned char>(t[i]) == 0xE2 &&
         static_cast<unsigned char>(t[i + 1]) == 0x80 &&
         (static_cast<unsigned char>(t[i + 2]) == 0x93 ||
          static_cast<unsigned char>(t[i + 2]) == 0x94);
}

inline bool word_char_at(std::string_view t, uint32_t i) {
  unsigned char c = t[i];
  if (c < 0x80) return is_digit(c) || is_alpha(c);
  return !space_at(t, i) && !mb_punct_at(t, i);
}

// Digits with thousands separators and one decimal point; false when malformed ("1,2,3").
bool parse_digits(std::string_view s, double& out) {
  if (s.empty() || !is_digit(s[0])) return false;
  std::string clean;
  size_t comma = std::string::npos, dot = std::string::npos, group = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ',') {
      if (dot != std::string::npos) return false;
      if (comma == std::string::npos ? (group == 0 || group > 3) : group != 3) return false;
      comma = i, group = 0;
    } else if (c == '.') {
      if (dot != std::string::npos) return false;
      if (comma != std::string::npos && group != 3) return false;
      dot = i, group = 0;
      clean += '.';
    } else if (is_digit(c)) {
      clean += c, ++group;
    } else {
      return false;
    }
  }
  if (comma != std::string::npos && dot == std::string::npos && group != 3) return false;
  if (clean.back() == '.') return false;
  out = std::strtod(clean.c_str(), nullptr);
  return std::isfinite(out);
}

void classify(std::string_view t, Word& w) {
  std::string_view s = t.substr(w.b, w.e - w.b);
  w.cap = !s.empty() && s[0] >= 'A' && s[0] <= 'Z';
  w.low.resize(s.size());
  size_t letters = 0, digits = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    w.low[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : static_cast<char>(c);
    if (c >= 0x80 && en_dash_at(s, static_cast<uint32_t>(i))) {
      w.low[i + 1] = s[i + 1], w.low[i + 2] = s[i + 2];
      i += 2;
      continue;
    }
    letters += is_alpha(c) || c >= 0x80;
    digits += is_digit(c);
  }
  if (digits == 0) {
    w.kind = WK::kAlpha;
    return;
  }
  if (letters == 0) {
    // Digits, separators and at most one dash: a number or a range "10-15", "10–15".
    size_t dash = s.find('-');
    size_t dash_len = 1;
    if (dash == std::string_view::npos) {
      for (size_t i = 0; i + 2 < s.size(); ++i)
        if (en_dash_at(s, static_cast<uint32_t>(i))) {
          dash = i, dash_len = 3;
          break;
        }
    }
    if (dash == std::string_view::npos) {
      w.kind = parse_digits(s, w.v) ? WK::kNum : WK::kMixed;
    } else {
      std::string_view a = s.substr(0, dash), b = s.substr(dash + dash_len);
      w.kind = (b.find('-') == std::string_view::npos && parse_digits(a, w.v) &&
                parse_digits(b, w.v2) && w.v2 > w.v)
                   ? WK::kRange
                   : WK::kMixed;
    }
    return;
  }
  // Digits then letters only: "30km", "14th", "85m".
  size_t k = 0;
  while (k < s.size() && (is_digit(s[k]) || ((s[k] == ',' || s[k] == '.') && k + 1 < s.size() &&
                                             is_digit(s[k + 1]))))
    ++k;
  bool tail_alpha = k > 0 && k < s.size();
  for (size_t i = k; i < s.size() && tail_alpha; ++i) tail_alpha = is_alpha(s[i]);
  if (tail_alpha && parse_digits(s.substr(0, k), w.v)) {
    w.kind = WK::kGlued;
    w.suffix = w.low.substr(k);
  } else {
    w.kind = WK::kMixed;  // model numbers, ages, codes: "BM-21", "F-15E", "6-year-old"
  }
}

std::vector<Word> scan(std::string_view t, ByteSpan span) {
  std::vector<Word> out;
  uint32_t i = span.begin, end = std::min<uint32_t>(span.end, static_cast<uint32_t>(t.size()));
  while (i < end) {
    if (uint32_t sp = space_at(t, i)) {
      i += sp;
      continue;
    }
    Word w;
    w.b = i;
    if (!word_char_at(t, i)) {
      i = std::min(end, i + cp_len(t[i]));
      w.e = i;
      w.low.assign(t.substr(w.b, w.e - w.b));
      w.kind = WK::kPunct;
      out.push_back(std::move(w));
      continue;
    }
    uint32_t j = i;
    while (j < end) {
      if (word_char_at(t, j)) {
        j = std::min(end, j + cp_len(t[j]));
        continue;
      }
      unsigned char c = t[j];
      bool next_ok = j + 1 < end && word_char_at(t, j + 1);
      bool prev_digit = j > i && is_digit(t[j - 1]);
      bool prev_alpha = j > i && is_alpha(t[j - 1]);
      if ((c == ',' || c == '.') && prev_digit && j + 1 < end && is_digit(t[j + 1])) {
        ++j;
      } else if (c == '.' && prev_alpha && j + 1 < end && is_alpha(t[j + 1]) && j >= i + 1 &&
                 (j == i + 1 || t[j - 2] == '.')) {
        j += 1;  // "p.m", "a.m", "U.S" (single letters between dots)
      } else if (c == '-' && next_ok) {
        ++j;
      } else if (c == '\'' && prev_alpha && j + 1 < end && is_alpha(t[j + 1])) {
        ++j;
      } else if (prev_digit && en_dash_at(t, j) && j + 3 < end && is_digit(t[j + 3])) {
        j += 3;
      } else {
        break;
      }
    }
    w.e = j;
    classify(t, w);
    out.push_back(std::move(w));
    i = j;
  }
  return out;
}

const std::unordered_set<std::string>& stopwords() {
  static const std::unordered_set<std::string> s = {
      "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "from", "with", "by",
      "for", "that", "which", "who", "whom", "as", "into", "after", "before", "during", "since",
      "than", "were", "was", "is", "are", "be", "been", "have", "has", "had", "will", "would",
      "could", "can", "may", "it", "its", "they", "their", "them", "he", "she", "his", "her",
      "this", "these", "those", "there", "not", "also", "said", "each", "per", "near", "across",
      "against", "over", "under", "while", "when", "where", "if", "so", "more", "less", "all",
      "including", "among", "between", "about", "out", "up", "down", "off", "what", "we", "our",
      "you", "your", "i", "my", "because", "since", "until", "via", "without", "within", "s"};
  return s;
}

// Cue words that are themselves the thing counted ("30 casualties", "2,000 refugees").
const std::unordered_set<std::string>& noun_cues() {
  static const std::unordered_set<std::string> s = {
      "casualties", "refugees", "detainees", "fatalities", "martyrs", "deaths", "bodies"};
  return s;
}

struct Claim {
  std::string name, id;
};

class Annotator {
 public:
  Annotator(Document& doc, const QuantityLexicon& lex) : doc_(doc), lex_(lex), t_(doc.text) {
    for (const auto& tx : doc.times) time_spans_.push_back(tx.span);
    std::sort(time_spans_.begin(), time_spans_.end(),
              [](ByteSpan a, ByteSpan b) { return a.begin < b.begin; });
  }

  void run() {
    doc_.quantities.clear();
    for (size_t si = 0; si < doc_.sentences.size(); ++si) {
      const Sentence& s = doc_.sentences[si];
      if (!s.body) continue;
      sent_ = &s;
      ws_ = scan(t_, s.span);
      n_ = static_cast<int>(ws_.size());
      for (int i = 0; i < n_;) {
        if (!could_start(ws_[i])) {
          ++i;
          continue;
        }
        int next = match(i);
        i = next > i ? next : i + 1;
      }
    }
    std::stable_sort(doc_.quantities.begin(), doc_.quantities.end(),
                     [](const Quantity& a, const Quantity& b) { return a.span.begin < b.span.begin; });
  }

 private:
  Document& doc_;
  const QuantityLexicon& lex_;
  std::string_view t_;
  std::vector<ByteSpan> time_spans_;
  const Sentence* sent_ = nullptr;
  std::vector<Word> ws_;
  int n_ = 0;

  bool could_start(const Word& w) const {
    if (w.kind == WK::kNum || w.kind == WK::kRange || w.kind == WK::kGlued) return true;
    if (w.kind == WK::kMixed) return false;
    if (lex_.starters.count(w.low)) return true;
    size_t dash = w.low.find('-');  // "twenty-one"
    return dash != std::string::npos && w.kind == WK::kAlpha &&
           lex_.numbers.count(w.low.substr(0, dash));
  }

  const Word* at(int i) const { return i >= 0 && i < n_ ? &ws_[i] : nullptr; }
  bool is(int i, std::string_view low) const { return i >= 0 && i < n_ && ws_[i].low == low; }

  // Longest phrase of `map` starting at word i; returns its length in words (0: none).
  template <class Map>
  int phrase_at(int i, const Map& map, typename Map::const_iterator* hit = nullptr) const {
    if (i < 0 || i >= n_) return 0;
    std::string key;
    int best = 0;
    for (int len = 1; len <= static_cast<int>(lex_.max_words) && i + len <= n_; ++len) {
      if (ws_[i + len - 1].kind == WK::kPunct && ws_[i + len - 1].low != "$") break;
      if (len > 1) key += ' ';
      key += ws_[i + len - 1].low;
      auto it = map.find(key);
      if (it != map.end()) {
        best = len;
        if (hit) *hit = it;
      }
    }
    return best;
  }
  bool in_set(int i, const std::unordered_set<std::string>& set) const {
    return i >= 0 && i < n_ && set.count(ws_[i].low);
  }
  // The category a cue phrase at word i names, and its length in words.
  std::string cue_at(int i, int* len = nullptr) const {
    std::unordered_map<std::string, std::string>::const_iterator hit;
    int l = phrase_at(i, lex_.cues, &hit);
    if (len) *len = l;
    return l ? hit->second : std::string();
  }
  std::string noun_class(int i, int* len = nullptr) const {
    std::unordered_map<std::string, std::string>::const_iterator hit;
    int l = phrase_at(i, lex_.nouns, &hit);
    if (len) *len = l;
    return l ? hit->second : std::string();
  }
  static std::string combine(const std::string& a, const std::string& b) {
    if (a.empty()) return b;
    if (b.empty() || a == b) return a;
    bool kw = (a == "killed" && b == "wounded") || (a == "wounded" && b == "killed") ||
              a == "killed_or_wounded" || b == "killed_or_wounded";
    return kw ? "killed_or_wounded" : a;
  }

  bool overlaps_time_or_entity(uint32_t b, uint32_t e, bool digits) const {
    auto it = std::upper_bound(time_spans_.begin(), time_spans_.end(), e,
                               [](uint32_t pos, ByteSpan s) { return pos <= s.begin; });
    // every span before `it` starts before e; check the ones that may reach past b
    for (auto j = it; j != time_spans_.begin();) {
      --j;
      if (j->end > b) return true;
      if (j->begin + 256 < b) break;  // time expressions are short
    }
    for (const Entity& en : doc_.entities) {
      if (en.span.begin >= e) break;
      if (en.span.end > b && (digits || en.source == "lexicon")) return true;
    }
    return false;
  }

  // A figure starting at word k: a number in digits (with a scale word), in words, or a vague
  // amount. Returns the index past it, or k when none.
  struct Figure {
    double v = 0, vmin = 0, vmax = 0;
    bool vague = false, digits = false, word_one = false, range = false;
    int end = 0;
  };
  int read_scale(int k, bool money, double& mult) const {
    mult = 1;
    const Word* w = at(k);
    if (!w || w->kind != WK::kAlpha) return k;
    auto it = lex_.scales.find(w->low);
    if (it == lex_.scales.end() || (it->second.money_only && !money)) return k;
    mult = it->second.mult;
    return k + 1;
  }
  bool word_number(const std::string& low, double& v) const {
    auto it = lex_.numbers.find(low);
    if (it != lex_.numbers.end()) {
      v = it->second;
      return true;
    }
    size_t dash = low.find('-');  // "twenty-one"
    if (dash == std::string::npos) return false;
    auto a = lex_.numbers.find(low.substr(0, dash));
    auto b = lex_.numbers.find(low.substr(dash + 1));
    if (a == lex_.numbers.end() || b == lex_.numbers.end()) return false;
    if (a->second < 20 || b->second >= 10 || std::fmod(a->second, 10) != 0) return false;
    v = a->second + b->second;
    return true;
  }
  bool read_figure(int k, bool money, Figure& f) const {
    const Word* w = at(k);
    if (!w) return false;
    f = Figure{};
    if (w->kind == WK::kNum) {
      double mult;
      f.end = read_scale(k + 1, money, mult);
      f.v = f.vmin = f.vmax = w->v * mult;
      f.digits = true;
      if (is(f.end, "dozen")) f.v = f.vmin = f.vmax = f.v * 12, ++f.end;
      return true;
    }
    if (w->kind == WK::kRange) {
      double mult;
      f.end = read_scale(k + 1, money, mult);
      f.vmin = w->v * mult, f.vmax = w->v2 * mult, f.v = (f.vmin + f.vmax) / 2;
      f.digits = f.range = true;
      return true;
    }
    if (w->kind == WK::kGlued) {
      auto it = lex_.scales.find(w->suffix);
      if (it == lex_.scales.end() || (it->second.money_only && !money)) return false;
      f.v = f.vmin = f.vmax = w->v * it->second.mult;
      f.digits = true;
      f.end = k + 1;
      return true;
    }
    if (w->kind != WK::kAlpha) return false;
    // Vague amounts: "dozens (of)", "tens of thousands of", "a handful of".
    std::unordered_map<std::string, QuantityLexicon::Vague>::const_iterator vh;
    if (int l = phrase_at(k, lex_.vague, &vh)) {
      f.vague = true;
      f.vmin = vh->second.min, f.vmax = vh->second.max;
      int j = k + l;
      if (is(j, "of") && (is(j + 1, "thousands") || is(j + 1, "millions"))) {
        double m = ws_[j + 1].low == "thousands" ? 1e3 : 1e6;
        f.vmin *= m, f.vmax = (f.vmax + 1) * m - 1, j += 2;
      }
      f.v = f.vmin;
      f.end = j;
      return true;
    }
    // Number words: "five", "twenty-one", "two hundred and fifty", "a dozen", "3 million".
    double total = 0, current = 0;
    bool any = false, pending_a = false;
    int j = k, last_good = k;
    for (; j < n_; ++j) {
      const Word& x = ws_[j];
      double v;
      if (x.kind != WK::kAlpha) break;
      if (!any && !pending_a && (x.low == "a" || x.low == "one") && j + 1 < n_ &&
          (ws_[j + 1].low == "hundred" || ws_[j + 1].low == "thousand" ||
           ws_[j + 1].low == "million" || ws_[j + 1].low == "billion" ||
           ws_[j + 1].low == "dozen")) {
        pending_a = true;
        current = 1;
        continue;
      }
      if (x.low == "couple" && !(pending_a || (j > 0 && ws_[j - 1].low == "a"))) break;
      if (x.low == "and" && any && j + 1 < n_ && word_number(ws_[j + 1].low, v) && v < 100 &&
          (ws_[j - 1].low == "hundred" || ws_[j - 1].low == "thousand"))
        continue;
      if (x.low == "dozen") {
        current = (current ? current : 1) * 12;
      } else if (x.low == "hundred") {
        current = (current ? current : 1) * 100;
      } else if (x.low == "thousand" || x.low == "million" || x.low == "billion" ||
                 x.low == "trillion") {
        if (!any && !pending_a) break;
        total += (current ? current : 1) * lex_.scales.at(x.low).mult;
        current = 0;
      } else if (word_number(x.low, v)) {
        if (any && current != 0 && std::fmod(current, 100) != 0 &&
            !(v < 10 && std::fmod(current, 10) == 0 && current < 100))
          break;  // "two three" is not a number
        current += v;
      } else {
        break;
      }
      any = true;
      last_good = j + 1;
    }
    if (!any) return false;
    f.v = f.vmin = f.vmax = total + current;
    f.end = last_good;
    f.word_one = f.v == 1 && last_good == k + 1;
    if (ws_[k].low == "couple") f.end = last_good;
    return true;
  }

  struct Counted {
    std::string text, cls;
    int end = -1;                  // word index past the noun when it is next to the figure
    std::string cue;               // a cue inside the noun phrase ("12 injured people", "7 dead")
    bool weapon_entity = false;
  };

  Counted find_counted(int k, int start_word) const {
    Counted c;
    int p = k;
    // "seven, precision-guided munitions": a comma right after the figure when a weapon follows.
    if (is(p, ",")) {
      bool weapon_next = false;
      for (int j = p + 1; j < std::min(n_, p + 4) && !weapon_next; ++j)
        weapon_next = noun_class(j) == "weapon";
      if (!weapon_next) return c;
      ++p;
    }
    if (is(p, "of")) {
      ++p;
      while (p < n_ && (ws_[p].low == "the" || ws_[p].low == "its" || ws_[p].low == "their" ||
                        ws_[p].low == "his" || ws_[p].low == "her" || ws_[p].low == "our" ||
                        ws_[p].low == "those" || ws_[p].low == "these"))
        ++p;
    }
    const auto& stop = stopwords();
    int fallback = -1;
    for (int j = p; j < std::min(n_, p + 5); ++j) {
      const Word& w = ws_[j];
      if (w.kind == WK::kPunct) break;
      if (w.kind == WK::kNum || w.kind == WK::kRange) break;
      if (stop.count(w.low) || lex_.report.count(w.low)) break;
      if (!c.weapon_entity)
        for (const Entity& en : doc_.entities) {
          if (en.span.begin > w.b) break;
          if (en.span.begin == w.b && en.type == "WEAPON") c.weapon_entity = true;
        }
      int len = 0;
      std::string cls = noun_class(j, &len);
      if (!cls.empty()) {
        c.cls = cls;
        c.text.assign(t_.substr(w.b, ws_[j + len - 1].e - w.b));
        c.end = j + len;
        return c;
      }
      std::string cue = cue_at(j, &len);
      if (!cue.empty() && len == 1 && noun_cues().count(w.low)) {
        c.cue = combine(c.cue, cue);
        c.cls = "human";
        c.text.assign(t_.substr(w.b, w.e - w.b));
        c.end = j + 1;
        return c;
      }
      if (!cue.empty()) {
        c.cue = combine(c.cue, cue);
        c.end = j + len;
        j += len - 1;
        // "7 dead and 12 injured", "12 injured people": keep looking for a noun just after
        continue;
      }
      if (fallback < 0 && w.kind == WK::kAlpha && w.low.size() > 2 && w.low.back() == 's' &&
          !lex_.units.count(w.low))
        fallback = j;
    }
    if (fallback >= 0) {
      c.text.assign(t_.substr(ws_[fallback].b, ws_[fallback].e - ws_[fallback].b));
      c.end = fallback + 1;
    }
    (void)start_word;
    return c;
  }

  // Token index (document-wide) of the token containing byte b in the current sentence.
  int token_at(uint32_t b) const {
    for (uint32_t i = sent_->token_begin; i < sent_->token_end && i < doc_.tokens.size(); ++i)
      if (doc_.tokens[i].span.begin <= b && b < doc_.tokens[i].span.end) return static_cast<int>(i);
    return -1;
  }
  bool parsed() const {
    return sent_->token_end > sent_->token_begin && sent_->token_end <= doc_.tokens.size() &&
           !doc_.tokens[sent_->token_begin].deprel.empty();
  }
  int head_of(int tok) const {
    int h = doc_.tokens[tok].head;
    if (h < 0) return -1;
    int abs = static_cast<int>(sent_->token_begin) + h;
    return abs < static_cast<int>(sent_->token_end) ? abs : -1;
  }
  std::string lower(std::string_view s) const {
    std::string o(s);
    for (char& ch : o) ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch | 0x20) : ch;
    return o;
  }
  std::string tok_lemma(int tok) const {
    const Token& t = doc_.tokens[tok];
    return t.lemma.empty() ? lower(doc_.slice(t.span)) : lower(t.lemma);
  }
  std::string cue_of_token(int tok) const {
    std::string form = lower(doc_.slice(doc_.tokens[tok].span));
    auto it = lex_.cues.find(form);
    if (it != lex_.cues.end()) return it->second;
    std::string lem = tok_lemma(tok);
    if (lem == "kill" || lem == "die") return "killed";
    if (lem == "injure" || lem == "wound") return "wounded";
    if (lem == "arrest" || lem == "detain") return "arrested";
    if (lem == "displace") return "displaced";
    return {};
  }

  // Parse evidence for the category: the figure (or its noun) as object or passive subject of
  // a casualty verb, possibly coordinated ("killed and injured 30 people"), or a cue modifier.
  std::string parse_category(int num_tok) const {
    int n = num_tok;
    const std::string& rel = doc_.tokens[n].deprel;
    if (rel == "nummod") {
      int h = head_of(n);
      if (h >= 0) n = h;
    }
    std::string cat;
    const std::string& nrel = doc_.tokens[n].deprel;
    int h = head_of(n);
    if (h >= 0 && (nrel == "obj" || nrel == "nsubj:pass" || nrel == "nsubj")) {
      std::string lem = tok_lemma(h);
      bool verb = doc_.tokens[h].upos == "VERB" || doc_.tokens[h].upos.empty();
      if (verb && (nrel != "nsubj" || lem == "die")) {
        cat = cue_of_token(h);
        if (!cat.empty())
          for (uint32_t i = sent_->token_begin; i < sent_->token_end; ++i) {
            int ii = static_cast<int>(i);
            if (ii != h && doc_.tokens[i].deprel == "conj" && head_of(ii) == h)
              cat = combine(cat, cue_of_token(ii));
          }
        if (!cat.empty() && doc_.tokens[h].deprel == "conj") {
          int hh = head_of(h);
          if (hh >= 0) cat = combine(cat, cue_of_token(hh));
        }
      }
    }
    if (cat.empty())
      for (uint32_t i = sent_->token_begin; i < sent_->token_end; ++i) {
        int ii = static_cast<int>(i);
        if ((head_of(ii) == n || head_of(ii) == num_tok) &&
            (doc_.tokens[i].deprel == "amod" || doc_.tokens[i].deprel == "acl"))
          cat = combine(cat, cue_of_token(ii));
      }
    return cat;
  }

  bool is_quote_mark(int i) const {
    if (i < 0 || i >= n_ || ws_[i].kind != WK::kPunct) return false;
    const std::string& w = ws_[i].low;
    return w == "\"" || w == "'" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D" ||
           w == "\xE2\x80\x98" || w == "\xE2\x80\x99";
  }
  bool is_report_verb(int i) const {
    if (i < 0 || i >= n_) return false;
    if (lex_.report.count(ws_[i].low)) return true;
    // "put the number of the wounded at five", "put the death toll at"
    if (ws_[i].low == "put" || ws_[i].low == "puts" || ws_[i].low == "placed")
      return is(i + 1, "the") && (is(i + 2, "number") || is(i + 2, "toll") || is(i + 2, "death") ||
                                  is(i + 2, "casualties"));
    return false;
  }

  // Whoever the byte range [b, e) names: the best entity overlapping it (people and
  // organisations before places), else a resolved pronoun or nominal, else the words.
  Claim claim_in(uint32_t b, uint32_t e, bool allow_text) const {
    Claim c;
    int best = -1, best_score = -1;
    for (const Entity& en : doc_.entities) {
      if (en.span.begin >= e) break;
      if (en.span.end <= b || en.type == "WEAPON") continue;
      int score = (en.type == "PERSON" || en.type == "ORG") ? 2
                  : (en.type == "GPE" || en.type == "NORP") ? 1 : 0;
      if (score >= best_score) best_score = score, best = static_cast<int>(&en - doc_.entities.data());
    }
    if (best >= 0) {
      const Entity& en = doc_.entities[best];
      c.name = en.name.empty() ? std::string(doc_.slice(en.span)) : en.name;
      c.id = en.id;
      return c;
    }
    for (const Mention& m : doc_.mentions)
      if (m.span.begin < e && m.span.end > b && m.entity >= 0 &&
          m.entity < static_cast<int>(doc_.entities.size())) {
        const Entity& en = doc_.entities[m.entity];
        c.name = en.name.empty() ? std::string(doc_.slice(en.span)) : en.name;
        c.id = en.id;
        return c;
      }
    if (!allow_text || e <= b) return c;
    std::string text(t_.substr(b, e - b));
    static const std::unordered_set<std::string> pronouns = {
        "he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this"};
    if (pronouns.count(lower(text))) return c;
    c.name = text;
    return c;
  }

  // The noun phrase ending just before word v (back to a clause boundary), as a byte range.
  bool np_before(int v, uint32_t& b, uint32_t& e) const {
    int j = v - 1;
    if (j < 0) return false;
    int stop = std::max(-1, v - 11);
    int first = v;
    for (; j > stop; --j) {
      const Word& w = ws_[j];
      if (w.kind == WK::kPunct && w.low != "." && w.low != "'" && w.low != "\xE2\x80\x99") break;
      if (w.low == "that" || w.low == "and" || w.low == "but" || w.low == "which" ||
          w.low == "while" || w.low == "as" || w.low == "who")
        break;
      first = j;
    }
    if (first >= v) return false;
    b = ws_[first].b, e = ws_[v - 1].e;
    return true;
  }
  bool np_after(int v, uint32_t& b, uint32_t& e) const {
    int j = v + 1, last = v;
    for (; j < n_ && j < v + 10; ++j) {
      const Word& w = ws_[j];
      if (w.kind == WK::kPunct && w.low != "." && w.low != "'") break;
      if (w.low == "that" || w.low == "on" || w.low == "in" || w.low == "and") break;
      last = j;
    }
    if (last == v) return false;
    b = ws_[v + 1].b, e = ws_[last].e;
    return true;
  }

  Claim parse_claimant(int num_tok) const {
    int cur = num_tok;
    for (int steps = 0; steps < 12; ++steps) {
      int h = head_of(cur);
      if (h < 0) break;
      const std::string& rel = doc_.tokens[cur].deprel;
      if (rel.rfind("nsubj", 0) == 0 && h != head_of(num_tok)) {
        // the figure is inside a subject: not what the verb reports
      }
      std::string form = lower(doc_.slice(doc_.tokens[h].span));
      std::string lem = tok_lemma(h);
      bool report = lex_.report.count(form) || lem == "say" || lem == "tell" || lem == "allege" ||
                    lem == "claim" || lem == "report" || lem == "announce" || lem == "confirm";
      if (report && rel.rfind("nsubj", 0) != 0) {
        for (uint32_t i = sent_->token_begin; i < sent_->token_end; ++i) {
          int ii = static_cast<int>(i);
          if (head_of(ii) != h || doc_.tokens[i].deprel.rfind("nsubj", 0) != 0) continue;
          // subject subtree span: the subject and its dependents before the verb
          uint32_t b = doc_.tokens[i].span.begin, e = doc_.tokens[i].span.end;
          for (uint32_t k = sent_->token_begin; k < sent_->token_end; ++k) {
            int a = static_cast<int>(k);
            for (int up = 0, x = a; up < 6 && x >= 0; ++up, x = head_of(x))
              if (x == ii) {
                b = std::min(b, doc_.tokens[k].span.begin);
                e = std::max(e, doc_.tokens[k].span.end);
                break;
              }
          }
          if (e > doc_.tokens[h].span.begin) e = doc_.tokens[h].span.begin;
          return claim_in(b, e, true);
        }
        return {};
      }
      cur = h;
    }
    return {};
  }

  Claim pattern_claimant(int start, int end) const {
    // "according to X"
    for (int i = 0; i + 1 < n_; ++i)
      if (ws_[i].low == "according" && ws_[i + 1].low == "to" && (i + 1 < start || i >= end)) {
        int j = i + 2, last = i + 1;
        for (; j < n_ && j < i + 12; ++j) {
          if (ws_[j].kind == WK::kPunct && ws_[j].low != "." && ws_[j].low != "'") break;
          if (j >= start && j < end) break;
          last = j;
        }
        if (last > i + 1) {
          Claim c = claim_in(ws_[i + 2].b, ws_[last].e, true);
          if (!c.name.empty()) return c;
        }
      }
    // "X said (that) ... N": the nearest reporting verb before the figure
    for (int v = start - 1; v >= 0; --v) {
      if (!is_report_verb(v)) continue;
      uint32_t b, e;
      if (np_before(v, b, e)) {
        Claim c = claim_in(b, e, true);
        if (!c.name.empty()) return c;
      }
      if (np_after(v, b, e) && ws_[v].low != "put") {
        // "..., said the ministry, ..." before the figure is rare; accept only a named source
        Claim c = claim_in(b, e, false);
        if (!c.name.empty()) return c;
      }
      break;
    }
    // "N people were killed, the ministry said" / "..., said the ministry"
    for (int v = end; v < n_; ++v) {
      if (!is_report_verb(v)) continue;
      uint32_t b, e;
      if (v > 0 && np_before(v, b, e) && b >= ws_[std::max(0, end - 1)].e) {
        Claim c = claim_in(b, e, true);
        if (!c.name.empty()) return c;
      }
      if (np_after(v, b, e)) {
        Claim c = claim_in(b, e, true);
        if (!c.name.empty()) return c;
      }
      break;
    }
    return {};
  }

  // Recognises a quantity starting at word i; returns the index past it, or i when none.
  int match(int i) {
    int k = i;
    std::string modifier;
    bool between = false;
    if (is(k, "between")) {
      between = true, ++k;
    } else {
      std::unordered_map<std::string, std::string>::const_iterator mh;
      if (int l = phrase_at(k, lex_.modifiers, &mh)) modifier = mh->second, k += l;
    }
    std::string currency;
    auto ch = lex_.currencies.find(at(k) ? ws_[k].low : std::string());
    if (is(k, "us") && is(k + 1, "$")) {
      currency = "dollars", k += 2;
    } else if (ch != lex_.currencies.end()) {
      currency = ch->second, ++k;
    }
    Figure f;
    int num_word = k;
    if (!read_figure(k, !currency.empty(), f)) return i;
    int end = f.end;
    // ranges: "between 10 and 15", "10 to 15", "two or three", "10 - 15"
    Figure g;
    bool range = f.range;
    if (!f.vague && !range) {
      bool joiner = between ? is(end, "and")
                            : (is(end, "to") || is(end, "or") || is(end, "-") ||
                               (at(end) && en_dash_at(t_, ws_[end].b)));
      bool after_from = is(i - 1, "from");
      if (joiner && !(is(end, "to") && after_from)) {
        int k2 = end + 1;
        if (is(k2, "$") && !currency.empty()) ++k2;
        if (read_figure(k2, !currency.empty(), g) && !g.vague && !g.range && g.v > f.v &&
            (f.digits == g.digits)) {
          // "2 to 3 million": the scale of the second figure applies to the first
          if (f.digits && f.end == num_word + 1 && ws_[num_word].kind == WK::kNum &&
              ws_[k2].kind == WK::kNum && g.end > k2 + 1 && ws_[k2].v > 0)
            f.v *= g.v / ws_[k2].v;
          f.vmin = f.v, f.vmax = g.v, f.v = (f.vmin + f.vmax) / 2;
          range = true;
          end = g.end;
        }
      }
    }
    if (between && !range) return i;
    const Word& nw = ws_[num_word];
    uint32_t fig_b = nw.b, fig_e = ws_[end - 1].e;
    if (overlaps_time_or_entity(fig_b, fig_e, f.digits)) return end;
    // Numbers that are names, times of day, ages and durations.
    if (f.digits) {
      int p = i - 1;
      if (is(p, ".") || is(p, "#")) --p;
      if (in_set(p, lex_.ident)) return end;
      if (nw.kind == WK::kGlued) {
        // only scales reach here ("85m"); measurements and ordinals were not figures
      }
      if (nw.kind == WK::kNum && currency.empty() && end == num_word + 1 && nw.v >= 1000 &&
          nw.v <= 2100 && nw.low.find_first_of(",.") == std::string::npos && noun_class(end).empty())
        return end;  // a year the time stage did not claim
      if (is(end, ":")) return end + 1;  // "10:30"
    }
    if (in_set(end, lex_.units) || is(end, "-") || (is(end, "years") && is(end + 1, "old")))
      return end;
    // Percentages.
    bool percent = false;
    int span_end = end;
    if (is(end, "%")) percent = true, span_end = end + 1;
    else if (is(end, "percent")) percent = true, span_end = end + 1;
    else if (is(end, "per") && is(end + 1, "cent")) percent = true, span_end = end + 2;

    Quantity q;
    q.has_value = true;
    std::string cls;
    Counted c;
    if (!currency.empty()) {
      q.counted = currency;
      cls = "money";
    } else if (percent) {
      q.counted = "percent";
      cls = "other";
    } else {
      c = find_counted(end, i);
      q.counted = c.text;
      cls = c.cls;
      if (c.end > 0) span_end = c.end;
    }
    if (!c.text.empty() && lex_.units.count(lower(c.text))) return end;
    // Parse: the noun a figure modifies.
    int num_tok = parsed() ? token_at(nw.b) : -1;
    if (num_tok >= 0 && q.counted.empty() && currency.empty() && !percent &&
        doc_.tokens[num_tok].deprel == "nummod") {
      int h = head_of(num_tok);
      if (h > num_tok && (doc_.tokens[h].upos == "NOUN" || doc_.tokens[h].upos == "PROPN")) {
        q.counted.assign(doc_.slice(doc_.tokens[h].span));
        auto it = lex_.nouns.find(lower(q.counted));
        if (it != lex_.nouns.end()) cls = it->second;
        if (lex_.units.count(lower(q.counted))) return end;
      }
    }

    // Category.
    std::string cat;
    bool casualty_ok = cls.empty() || cls == "human" || cls == "troops";
    if (cls == "money") {
      cat = "money";
    } else if (percent) {
      cat = "other";
    } else if (casualty_ok) {
      cat = c.cue;
      // after: "4 people were killed", "two troops sustained minor injuries", "12 injured"
      if (cat.empty()) {
        int p = c.end > 0 ? c.end : end;
        // coordinated figures share the cue: "21 civilians and a dozen soldiers were killed"
        Figure g2;
        if (is(p, "and") && read_figure(p + 1, false, g2) && !g2.range) {
          Counted c2 = find_counted(g2.end, p + 1);
          p = c2.end > 0 ? c2.end : g2.end;
        }
        int fillers = 0;
        while (p < n_ && fillers < 6 && (lex_.fillers.count(ws_[p].low) || is_quote_mark(p)))
          ++p, ++fillers;
        int len = 0;
        std::string cue = cue_at(p, &len);
        if (!cue.empty()) {
          cat = cue;
          int r = p + len;
          if ((is(r, "and") || is(r, "or")) && !(at(r + 1) && ws_[r + 1].kind == WK::kNum)) {
            int r2 = r + 1;
            while (r2 < n_ && lex_.fillers.count(ws_[r2].low)) ++r2;
            cat = combine(cat, cue_at(r2));
          }
        }
      }
      // before: "killed four of its fighters", "killed and injured 30 people"
      if (cat.empty()) {
        int p = i - 1;
        if (is(p, "of") && is(p - 1, "total") && is(p - 2, "a")) p -= 3;
        if (is(p, "of") && (is(p - 1, "lives") || is(p - 1, "deaths") || is(p - 1, "death"))) {
          cat = "killed";
        } else if (at(p) && ws_[p].kind == WK::kAlpha) {
          std::string cue = cue_at(p);
          if (cue.empty() && p > 0) {  // two-word cues ending here: "rounded up"
            int len = 0;
            std::string c2 = cue_at(p - 1, &len);
            if (len == 2) cue = c2;
          }
          if (!cue.empty()) {
            cat = cue;
            if ((is(p - 1, "and") || is(p - 1, "or")) && p >= 2) cat = combine(cat, cue_at(p - 2));
          }
        }
      }
      // a toll or "the number of the wounded" earlier in the clause: "... at five", "rose to 8"
      if (cat.empty()) {
        static const std::unordered_set<std::string> links = {
            "at", "to", "reached", "hit", "is", "was", "stood", "stands", "of", "topped",
            "passed", "exceeded", ":", "now", "rises", "climbed"};
        if (in_set(i - 1, links)) {
          for (int j = i - 2; j >= std::max(0, i - 16); --j) {
            if (ws_[j].kind == WK::kNum || ws_[j].low == ";") break;
            const std::string& w = ws_[j].low;
            std::string cue = cue_at(j);
            if (cue.empty()) continue;
            bool noun = w == "toll" || w == "casualties" || w == "fatalities" || w == "deaths" ||
                        w == "martyrs" || w == "detainees" || w == "refugees" || w == "arrests";
            if (noun || is(j - 1, "the") || is(j - 1, "of")) {
              cat = cue;
              break;
            }
          }
        }
      }
      if (cat.empty() && num_tok >= 0) cat = parse_category(num_tok);
    }
    if (cat.empty()) {
      if (cls == "weapon" || c.weapon_entity) cat = "weapon";
      else if (cls == "troops") cat = "troops";
      else cat = "other";
    }
    // "one" alone is usually a pronoun ("one of the", "no one"): keep it only as a count.
    if (f.word_one && (cat == "other" || is(i - 1, "no") || is(i - 1, "any") || is(i - 1, "every") ||
                       is(i - 1, "the") || is(i - 1, "each") || is(i - 1, "this")))
      return end;
    // vague words need a thing counted: "several times", "hundreds" alone are skipped
    if (f.vague && q.counted.empty() && cat == "other") return end;

    // Value and bounds.
    auto integral = [](double v) { return std::floor(v) == v; };
    q.value = f.v, q.min = f.vmin, q.max = f.vmax;
    if (range) {
      q.modifier = "range";
    } else if (f.vague) {
      q.modifier = "vague";
    } else if (modifier == "more_than") {
      q.modifier = modifier;
      q.min = q.max = integral(f.v) && cat != "money" ? f.v + 1 : f.v;
    } else if (modifier == "less_than") {
      q.modifier = modifier;
      q.min = q.max = integral(f.v) && cat != "money" && f.v > 0 ? f.v - 1 : f.v;
    } else {
      q.modifier = modifier;
    }
    q.category = cat;
    q.span = ByteSpan{ws_[i].b, ws_[std::max(span_end, end) - 1].e};

    // Claimant: the quote the figure is in, else the source the sentence gives.
    for (size_t qi = 0; qi < doc_.quotes.size(); ++qi) {
      const Quote& qu = doc_.quotes[qi];
      if (qu.content.begin <= fig_b && fig_b < qu.content.end) {
        q.quote = static_cast<int32_t>(qi);
        q.claimant = qu.speaker;
        q.claimant_id = qu.speaker_id;
        if (q.claimant.empty() && !qu.source.empty()) {
          // an unresolved source is kept as written ("the health directorate")
          Claim cl = claim_in(qu.source.begin, qu.source.end, true);
          q.claimant = cl.name, q.claimant_id = cl.id;
        }
        break;
      }
    }
    if (q.claimant.empty()) {
      Claim cl;
      bool according = false;
      for (int j = 0; j + 1 < n_ && !according; ++j)
        according = ws_[j].low == "according" && ws_[j + 1].low == "to";
      if (num_tok >= 0 && !according) cl = parse_claimant(num_tok);
      if (cl.name.empty()) cl = pattern_claimant(i, std::max(span_end, end));
      q.claimant = cl.name;
      q.claimant_id = cl.id;
    }
    doc_.quantities.push_back(std::move(q));
    return std::max(span_end, end);
  }
};

}  // namespace

void annotate_quantities(Document& doc) {
  Annotator a(doc, QuantityLexicon::builtin());
  a.run();
}

}  // namespace casus::extract
