// Time expressions (TIMEX3): a rule-based scanner over the body sentences and a normaliser
// against the publication date (DCT), following the TimeML / TempEval-3 conventions.
//
// Each body sentence is split into light tokens of its own (words, numbers, punctuation with
// byte spans; independent of the engine's tokenizer). At every token a set of recognisers
// (clock times, calendar dates, weekdays, relative days and periods, quarters, seasons,
// durations, sets, holidays, vague references) is tried and the longest match wins. Values
// are resolved against the DCT, with a little document state as reference time: the last
// day-precise date, the last quarter and year mentioned (TimeBank's "a year earlier" after
// "the third quarter" is 1988-Q3, not 1988). After all sentences, "today"/"yesterday" inside
// a quotation whose speech date is given outside it ("...yesterday," he told the agency on
// Thursday) are re-resolved relative to that date, with `anchor` pointing at it.
#include "extract/times.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "extract/time_calendar.h"
#include "extract/time_lexicon.h"

namespace casus::extract {
namespace {
using namespace casus::extract::time;
using std::string;
using std::string_view;

enum class TK : uint8_t { kWord, kNum, kNumWord, kPunct };

struct Tok {
  uint32_t b = 0, e = 0;
  string_view s;  // lower-case text
  TK k = TK::kPunct;
  bool cap = false;  // starts with an upper-case letter in the original text
  bool sp = false;   // preceded by white space
};

bool is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Splits text[b, e) into tokens; `low` is the lower-cased text (same offsets).
void tokenize(const string& text, string_view low, uint32_t b, uint32_t e, std::vector<Tok>& out) {
  out.clear();
  bool sp = true;
  uint32_t i = b;
  while (i < e) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      sp = true;
      ++i;
      continue;
    }
    if (c == 0xC2 && i + 1 < e && static_cast<unsigned char>(text[i + 1]) == 0xA0) {  // nbsp
      sp = true;
      i += 2;
      continue;
    }
    Tok t;
    t.b = i;
    t.sp = sp;
    sp = false;
    if (c == 0xE2 && i + 2 < e && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      // General punctuation: dashes, curly quotes, ellipsis.
      t.e = i + 3;
      t.k = TK::kPunct;
    } else if (is_alpha(c) || c >= 0x80) {
      uint32_t j = i;
      while (j < e) {
        unsigned char d = static_cast<unsigned char>(text[j]);
        if (is_alpha(d)) {
          ++j;
        } else if (d >= 0x80) {
          if (d == 0xE2 && j + 1 < e && static_cast<unsigned char>(text[j + 1]) == 0x80) break;
          if (d == 0xC2 && j + 1 < e && static_cast<unsigned char>(text[j + 1]) == 0xA0) break;
          ++j;
        } else {
          break;
        }
      }
      t.e = j;
      t.k = TK::kWord;
      t.cap = c >= 'A' && c <= 'Z';
    } else if (is_digit(c)) {
      uint32_t j = i;
      while (j < e && is_digit(static_cast<unsigned char>(text[j]))) ++j;
      while (j + 1 < e && (text[j] == ',' || text[j] == '.' || text[j] == ':' || text[j] == '/') &&
             is_digit(static_cast<unsigned char>(text[j + 1]))) {
        ++j;
        while (j < e && is_digit(static_cast<unsigned char>(text[j]))) ++j;
      }
      t.k = TK::kNum;
      if (j < e && is_alpha(static_cast<unsigned char>(text[j]))) {
        while (j < e && is_alpha(static_cast<unsigned char>(text[j]))) ++j;
        t.k = TK::kNumWord;
      }
      t.e = j;
    } else {
      t.e = i + 1;
      t.k = TK::kPunct;
    }
    t.s = low.substr(t.b, t.e - t.b);
    out.push_back(t);
    i = t.e;
  }
}

// Plain digit string to int (-1 if not all digits or too long).
int digits_value(string_view s) {
  if (s.empty() || s.size() > 9) return -1;
  int v = 0;
  for (char c : s) {
    if (!is_digit(static_cast<unsigned char>(c))) return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

enum class G : uint8_t {
  kNone, kCentury, kDecade, kYear, kHalf, kSeason, kQuarter, kMonth, kWeek, kWeekend, kDay,
  kPartOfDay, kTime
};

const char* precision_of(G g) {
  switch (g) {
    case G::kCentury: return "century";
    case G::kDecade: return "decade";
    case G::kYear: case G::kHalf: return "year";
    case G::kSeason: return "season";
    case G::kQuarter: return "quarter";
    case G::kMonth: return "month";
    case G::kWeek: case G::kWeekend: return "week";
    case G::kDay: case G::kPartOfDay: case G::kTime: return "day";
    default: return "";
  }
}

constexpr int kNoRel = INT_MIN;

struct Match {
  int start = 0, end = 0;  // token range
  uint32_t b = 0, e = 0;   // byte span, set when accepted
  string type, value, mod;
  G g = G::kNone;
  bool head_noun = false;   // a preceding "the" belongs to the span
  int rel_days = kNoRel;    // today/yesterday/tomorrow: day offset from the DCT
  const char* pod = nullptr;
  bool needs_day = false;   // a clock time waiting for the day it belongs to
  int hh = -1, mi = 0;
  bool has_day = false;     // `day` holds the (day-precise) date of the value
  Date day;
  bool has_q = false;
  int qy = 0, q = 0;
  int year = INT_MIN;       // an explicit year, for "that year"
  bool anchorable = false;  // "two days" before after/before/later/earlier
  bool dct_relative = false;
};

struct DocState {
  bool have_dct = false;
  Date dct;
  bool have_q = false;
  int qy = 0, q = 0;
  bool have_ref = false;
  Date ref;
  int ref_year = INT_MIN;
};

string two(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

string num_str(double v) {
  char buf[32];
  if (std::fabs(v - std::round(v)) < 1e-9) std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(std::llround(v)));
  else std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// "P3Y", "PT48H", "P2Y6M", "PXD" ...
string duration_value(double n, bool vague, Unit u) {
  bool t = false;
  char letter = unit_letter(u, &t);
  if (vague) {
    string v = t ? "PTX" : "PX";
    if (u == Unit::kDecade) return "PXDE";
    if (u == Unit::kCentury) return "PXCE";
    v.push_back(letter);
    return v;
  }
  switch (u) {
    case Unit::kDecade: n *= 10; break;
    case Unit::kCentury: n *= 100; break;
    case Unit::kMillennium: n *= 1000; break;
    case Unit::kFortnight: n *= 2; break;
    case Unit::kQuarter: n *= 3; break;
    default: break;
  }
  double whole = std::floor(n + 1e-9);
  double frac = n - whole;
  string v = t ? "PT" : "P";
  if (frac < 1e-6) return v + num_str(whole) + letter;
  // A fraction goes into the next smaller unit.
  struct Step { char letter; double factor; bool time; };
  Step next{'X', 0, false};
  if (letter == 'Y') next = {'M', 12, false};
  else if (letter == 'M' && !t) next = {'D', 30, false};
  else if (letter == 'W') next = {'D', 7, false};
  else if (letter == 'D') next = {'H', 24, true};
  else if (letter == 'H') next = {'M', 60, true};
  else if (letter == 'M') next = {'S', 60, true};
  if (next.letter == 'X') return v + num_str(n) + letter;
  string out = v;
  if (whole > 0) out += num_str(whole) + letter;
  if (next.time && !t) out += "T";
  out += num_str(std::round(frac * next.factor)) + next.letter;
  return out;
}

struct Scanner {
  const std::vector<Tok>& t;
  const DocState& st;
  bool future = false;           // the words around the current token speak of the future
  bool sentence_future = false;  // some future cue in the sentence (cheap pre-check)
  int n = 0;

  Scanner(const std::vector<Tok>& toks, const DocState& state, bool fut)
      : t(toks), st(state), sentence_future(fut), n(static_cast<int>(toks.size())) {}

  string_view w(int j) const { return j >= 0 && j < n ? t[j].s : string_view(); }
  bool is(int j, string_view x) const { return j >= 0 && j < n && t[j].s == x; }
  bool punct(int j, char c) const {
    return j >= 0 && j < n && t[j].k == TK::kPunct && t[j].s.size() == 1 && t[j].s[0] == c;
  }
  bool word(int j) const { return j >= 0 && j < n && t[j].k == TK::kWord; }
  // Index after an attached hyphen at j, or j.
  int hy(int j) const {
    if (punct(j, '-') && !t[j].sp && j + 1 < n && !t[j + 1].sp) return j + 1;
    return j;
  }
  bool apostrophe(int j) const {
    return punct(j, '\'') || (j < n && j >= 0 && (t[j].s == "\xE2\x80\x99"));
  }

  // --- value helpers -------------------------------------------------------------------
  void set_day(Match& m, const Date& d, const char* pod = nullptr) {
    m.has_day = true;
    m.day = d;
    m.value = fmt_day(d);
    m.g = G::kDay;
    if (pod) {
      m.value += "T";
      m.value += pod;
      m.pod = pod;
      m.g = G::kPartOfDay;
    }
  }
  void set_month(Match& m, int y, int mo) {
    m.value = y == INT_MIN ? "XXXX-" + two(mo) : fmt_month(y, mo);
    m.g = G::kMonth;
  }
  void set_year(Match& m, int y) {
    m.value = fmt_year(y);
    m.g = G::kYear;
  }
  void set_quarter(Match& m, int y, int q) {
    m.value = (y == INT_MIN ? string("XXXX") : fmt_year(y)) + "-Q" + std::to_string(q);
    m.g = G::kQuarter;
    if (y != INT_MIN) {
      m.has_q = true;
      m.qy = y;
      m.q = q;
    }
  }
  void set_week(Match& m, const Date& d, bool weekend = false) {
    int wy, wk;
    iso_week(d, wy, wk);
    m.value = fmt_week(wy, wk) + (weekend ? "-WE" : "");
    m.g = weekend ? G::kWeekend : G::kWeek;
  }
  static void ref(Match& m, const char* v) {
    m.value = v;
    m.g = G::kNone;
  }

  // Year for a month (and day) given without one: the occurrence nearest the DCT, in the
  // past unless the sentence speaks of the future.
  int year_for(int mo, int day = 1) const {
    if (!st.have_dct) return INT_MIN;
    int y = st.dct.y;
    int diff = mo - st.dct.m;
    (void)day;
    if (diff > 4 && !future) return y - 1;
    if (diff > 7) return y - 1;
    if (diff < -7 && future) return y + 1;
    return y;
  }

  // --- numbers -----------------------------------------------------------------------------
  struct Count {
    bool ok = false;
    double v = 0;
    bool vague = false;
    bool article = false;  // "a"/"an"
    int end = 0;
  };

  Count count_at(int j) const {
    Count c;
    if (j >= n) return c;
    const Tok& x = t[j];
    if (x.k == TK::kNum) {
      string_view s = x.s;
      if (s.find(':') != string_view::npos || s.find('/') != string_view::npos) return c;
      string clean;
      for (char ch : s)
        if (ch != ',') clean.push_back(ch);
      c.v = std::atof(clean.c_str());
      c.ok = true;
      c.end = j + 1;
      // "5 1/2"
      if (c.end < n && t[c.end].k == TK::kNum) {
        string_view f = t[c.end].s;
        size_t slash = f.find('/');
        if (slash != string_view::npos) {
          int a = digits_value(f.substr(0, slash)), b = digits_value(f.substr(slash + 1));
          if (a > 0 && b > 0 && a < b) {
            c.v += static_cast<double>(a) / b;
            c.end++;
          }
        }
      }
      return c;
    }
    if (x.k != TK::kWord) return c;
    string_view s = x.s;
    if (s == "a" || s == "an") {
      if (is(j + 1, "couple")) {
        c.ok = true; c.v = 2; c.end = is(j + 2, "of") ? j + 3 : j + 2;
        return c;
      }
      if (is(j + 1, "few")) {
        c.ok = true; c.vague = true; c.end = j + 2;
        return c;
      }
      if (is(j + 1, "dozen")) {
        c.ok = true; c.v = 12; c.end = j + 2;
        return c;
      }
      if (is(j + 1, "hundred")) {
        c.ok = true; c.v = 100; c.end = j + 2;
        return c;
      }
      c.ok = true; c.v = 1; c.article = true; c.end = j + 1;
      return c;
    }
    if (s == "half" && (is(j + 1, "a") || is(j + 1, "an"))) {
      c.ok = true; c.v = 0.5; c.end = j + 2;
      return c;
    }
    if (s == "several" || s == "few" || s == "many" || s == "couple" || s == "numerous") {
      c.ok = true; c.vague = true; c.end = (s == "couple" && is(j + 1, "of")) ? j + 2 : j + 1;
      if (s == "couple") { c.vague = false; c.v = 2; }
      return c;
    }
    if (s == "dozen") {
      c.ok = true; c.v = 12; c.end = j + 1;
      return c;
    }
    int v = small_number(s);
    int k = j + 1;
    if (v < 0) {
      v = tens_number(s);
      if (v < 0) return c;
      int k2 = hy(k);
      int u = small_number(w(k2));
      if (u > 0 && u < 10) {
        v += u;
        k = k2 + 1;
      }
    }
    if (is(k, "hundred")) {
      v *= 100;
      ++k;
    }
    c.ok = true;
    c.v = v;
    c.end = k;
    return c;
  }

  // --- recognisers -------------------------------------------------------------------------
  // Each returns true and fills m (m.start preset to i by the caller) when it matches at i.

  // a.m./p.m./am/pm at j: returns end index, sets pm; 0 if none.
  int ampm(int j, bool& pm) const {
    string_view s = w(j);
    if ((s == "a" || s == "p") && punct(j + 1, '.') && is(j + 2, "m") && !t[j + 1].sp) {
      pm = s == "p";
      int e = j + 3;
      if (punct(e, '.') && !t[e].sp && e + 1 < n) ++e;  // a final period ends the sentence
      return e;
    }
    if (s == "am" || s == "pm") {
      pm = s == "pm";
      int e = j + 1;
      if (punct(e, '.') && !t[e].sp) ++e;
      return e;
    }
    return 0;
  }

  bool is_timezone(string_view s) const {
    static const char* kZones[] = {"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
                                   "gmt", "utc", "bst", "cet", "cest"};
    for (const char* z : kZones)
      if (s == z) return true;
    return false;
  }

  // A day word after a clock time ("5 p.m. Friday", "noon today"); fills the date.
  int trailing_day(int j, Match& m) {
    Match d;
    d.start = j;
    if (punct(j, ',') && j + 1 < n) {
      Match d2;
      d2.start = j + 1;
      if (r_monthdate(j + 1, d2) && d2.has_day) {
        m.has_day = true;
        m.day = d2.day;
        return d2.end;
      }
    }
    if (j < n && (r_weekday(j, d) || r_relday(j, d) || r_monthdate(j, d)) && d.has_day && !d.pod) {
      m.has_day = true;
      m.day = d.day;
      return d.end;
    }
    return 0;
  }

  bool finish_clock(int i, int j, int hh, int mi, Match& m) {
    if (hh < 0 || hh > 24 || mi < 0 || mi > 59) return false;
    if (j < n && word(j) && is_timezone(w(j))) ++j;
    m.hh = hh;
    m.mi = mi;
    m.type = "TIME";
    m.end = j;
    int e = trailing_day(j, m);
    if (e) m.end = e;
    m.needs_day = !m.has_day;
    return true;
  }

  bool r_clock(int i, Match& m) {
    const Tok& x = t[i];
    string_view s = x.s;
    if (x.k == TK::kWord) {
      if (s == "noon" || s == "midday") return finish_clock(i, i + 1, 12, 0, m);
      if (s == "midnight") return finish_clock(i, i + 1, 24, 0, m);
      return false;
    }
    int hh = -1, mi = 0;
    int j = i + 1;
    if (x.k == TK::kNum) {
      size_t colon = s.find(':');
      if (colon != string_view::npos) {
        hh = digits_value(s.substr(0, colon));
        mi = digits_value(s.substr(colon + 1));
        if (s.size() - colon != 3) return false;
      } else {
        hh = digits_value(s);
        if (s.size() > 2) return false;
      }
      bool pm = false;
      int e = ampm(j, pm);
      if (e) {
        if (hh < 1 || hh > 12) return false;
        if (pm && hh < 12) hh += 12;
        if (!pm && hh == 12) hh = 0;
        return finish_clock(i, e, hh, mi, m);
      }
      if (is(j, "o") && apostrophe(j + 1) && is(j + 2, "clock")) {
        if (hh < 1 || hh > 12) return false;
        return finish_clock(i, j + 3, hh, mi, m);
      }
      if (colon != string_view::npos) {
        // "14:30" only after a clock preposition or before a time zone.
        string_view prev = w(i - 1);
        bool ok = prev == "at" || prev == "around" || prev == "about" || prev == "by" ||
                  prev == "until" || prev == "till" || prev == "before" || prev == "after" ||
                  prev == "from" || (j < n && is_timezone(w(j)));
        if (!ok) return false;
        return finish_clock(i, j, hh, mi, m);
      }
      return false;
    }
    if (x.k == TK::kNumWord) {  // "5pm", "10am", "5p" ".m."
      size_t k = 0;
      while (k < s.size() && is_digit(static_cast<unsigned char>(s[k]))) ++k;
      if (k > 2) return false;
      hh = digits_value(s.substr(0, k));
      string_view suf = s.substr(k);
      bool pm;
      if (suf == "am" || suf == "pm") {
        pm = suf == "pm";
      } else if ((suf == "a" || suf == "p") && punct(j, '.') && is(j + 1, "m")) {
        pm = suf == "p";
        j += 2;
        if (punct(j, '.') && !t[j].sp && j + 1 < n) ++j;
      } else {
        return false;
      }
      if (hh < 1 || hh > 12) return false;
      if (pm && hh < 12) hh += 12;
      if (!pm && hh == 12) hh = 0;
      return finish_clock(i, j, hh, mi, m);
    }
    return false;
  }

  static const char* pod_of(string_view s) {
    if (s == "morning") return "MO";
    if (s == "afternoon") return "AF";
    if (s == "evening") return "EV";
    if (s == "night") return "NI";
    return nullptr;
  }

  bool r_relday(int i, Match& m) {
    int j = i;
    string_view s = w(j);
    int rel = kNoRel;
    const char* pod = nullptr;
    if (s == "today") rel = 0;
    else if (s == "tonight") { rel = 0; pod = "NI"; }
    else if (s == "yesterday") rel = -1;
    else if (s == "tomorrow") rel = 1;
    else if (s == "last" && is(j + 1, "night")) { rel = -1; pod = "NI"; ++j; }
    else if ((s == "this" || s == "tomorrow" || s == "yesterday") && pod_of(w(j + 1))) {
      rel = s == "this" ? 0 : (s == "tomorrow" ? 1 : -1);
      pod = pod_of(w(j + 1));
      ++j;
    } else if (s == "the" && is(j + 1, "day") && (is(j + 2, "before") || is(j + 2, "after")) &&
               (is(j + 3, "yesterday") || is(j + 3, "tomorrow"))) {
      rel = is(j + 3, "yesterday") ? -2 : 2;
      j += 3;
      m.head_noun = true;
    }
    if (rel == kNoRel) return false;
    ++j;
    if (!pod && (s == "today" || s == "yesterday" || s == "tomorrow") && pod_of(w(j)) &&
        !apostrophe(j)) {
      pod = pod_of(w(j));
      ++j;
    }
    m.end = j;
    m.rel_days = rel;
    m.dct_relative = true;
    m.type = pod ? "TIME" : "DATE";
    if (!st.have_dct) {
      ref(m, rel < 0 ? "PAST_REF" : rel > 0 ? "FUTURE_REF" : "PRESENT_REF");
      return true;
    }
    set_day(m, add_days(st.dct, rel), pod);
    return true;
  }

  // "that day", "the next day", "the following morning", "the same day": relative to the
  // last day-precise date mentioned.
  bool r_refday(int i, Match& m) {
    int j = i;
    int rel = kNoRel;
    bool the = is(j, "the");
    if (the) ++j;
    string_view s = w(j);
    if (!the && s == "that") rel = 0;
    else if (the && (s == "next" || s == "following")) rel = 1;
    else if (the && (s == "previous" || s == "preceding")) rel = -1;
    else if (the && s == "same") rel = 0;
    else if (!the && s == "earlier" && is(j + 1, "that")) { rel = 0; ++j; }
    else if (!the && s == "later" && is(j + 1, "that")) { rel = 0; ++j; }
    if (rel == kNoRel) return false;
    ++j;
    if (s == "that" && is(j, "same")) ++j;
    const char* pod = pod_of(w(j));
    if (!pod && !is(j, "day")) return false;
    if (!st.have_ref) return false;
    m.end = j + 1;
    m.type = "DATE";
    set_day(m, add_days(st.ref, rel), nullptr);
    if (pod && rel == 0) {
      set_day(m, add_days(st.ref, rel), pod);
      m.type = "TIME";
    }
    return true;
  }

  bool r_weekday(int i, Match& m) {
    int j = i;
    string_view rel;
    string_view s = w(j);
    if (s == "last" || s == "next" || s == "this" || s == "coming" || s == "past" ||
        s == "previous" || s == "following") {
      rel = s;
      ++j;
    } else if (s == "the" && (is(j + 1, "previous") || is(j + 1, "following") ||
                              is(j + 1, "next") || is(j + 1, "coming") || is(j + 1, "past"))) {
      rel = w(j + 1);
      j += 2;
      m.head_noun = true;
    }
    bool plural = false;
    int wd = weekday_of(w(j), &plural);
    if (!wd) {
      // Abbreviations: "Fri.", "Tues." only capitalised and with a period.
      static const char* kAbbr[] = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"};
      static const int kVal[] = {1, 2, 2, 3, 4, 4, 4, 5, 6, 7};
      if (j < n && t[j].cap && punct(j + 1, '.'))
        for (int k = 0; k < 10; ++k)
          if (w(j) == kAbbr[k]) {
            wd = kVal[k];
            ++j;  // the period
            break;
          }
      if (!wd) return false;
    }
    ++j;
    if (!plural && rel.empty() && w(j).size() > 1 && w(j).back() == 's' &&
        pod_of(w(j).substr(0, w(j).size() - 1)))
      plural = true;
    if (plural) {
      if (!rel.empty()) return false;
      m.type = "SET";
      m.value = "XXXX-WXX-" + std::to_string(wd);
      bool pl2 = false;
      if (pod_of(w(j))) {
        m.value += string("T") + pod_of(w(j));
        ++j;
      } else if (w(j).size() > 1 && w(j).back() == 's' &&
                 pod_of(w(j).substr(0, w(j).size() - 1))) {
        m.value += string("T") + pod_of(w(j).substr(0, w(j).size() - 1));
        ++j;
      }
      (void)pl2;
      m.end = j;
      return true;
    }
    m.type = "DATE";
    // "Friday, July 10, 2021"
    if (rel.empty()) {
      int k = punct(j, ',') ? j + 1 : j;
      Match d;
      d.start = k;
      if (k < n && r_monthdate(k, d) && d.g == G::kDay) {
        m.end = d.end;
        m.value = d.value;
        m.g = d.g;
        m.has_day = d.has_day;
        m.day = d.day;
        m.year = d.year;
        return true;
      }
    }
    if (!st.have_dct) {
      m.value = "XXXX-WXX-" + std::to_string(wd);
      m.g = G::kNone;
      m.end = j;
      if (const char* pod = pod_of(w(j)); pod && !apostrophe(j)) {
        m.value += string("T") + pod;
        m.end = j + 1;
      }
      return true;
    }
    int cur = weekday(st.dct);
    int back = (cur - wd + 7) % 7, fwd = (wd - cur + 7) % 7;
    int delta;
    if (rel == "last" || rel == "past" || rel == "previous") delta = back == 0 ? -7 : -back;
    else if (rel == "next" || rel == "following") delta = fwd == 0 ? 7 : fwd;
    else if (rel == "this" || rel == "coming") delta = future || fwd <= 3 ? fwd : -back;
    else delta = future ? fwd : -back;
    m.dct_relative = true;
    const char* pod = nullptr;
    if (j < n && !apostrophe(j)) pod = pod_of(w(j));
    set_day(m, add_days(st.dct, delta), pod);
    m.end = pod ? j + 1 : j;
    return true;
  }

  // Day of month at j: "10", "10th", "tenth", "twenty-first"; returns end or 0.
  int day_of_month(int j, int& d) const {
    if (j >= n) return 0;
    const Tok& x = t[j];
    if (x.k == TK::kNum) {
      d = digits_value(x.s);
      if (d < 1 || d > 31 || x.s.size() > 2) return 0;
      return j + 1;
    }
    if (x.k == TK::kNumWord) {
      size_t k = 0;
      while (k < x.s.size() && is_digit(static_cast<unsigned char>(x.s[k]))) ++k;
      string_view suf = x.s.substr(k);
      if (suf != "st" && suf != "nd" && suf != "rd" && suf != "th") return 0;
      d = digits_value(x.s.substr(0, k));
      if (d < 1 || d > 31) return 0;
      return j + 1;
    }
    if (x.k == TK::kWord) {
      int v = ordinal_word(x.s);
      if (v > 0) {
        d = v;
        return j + 1;
      }
      int tens = tens_number(x.s);
      if (tens == 20 || tens == 30) {
        int k = hy(j + 1);
        int u = ordinal_word(w(k));
        if (k != j + 1 && u > 0 && u < 10) {
          d = tens + u;
          return k + 1;
        }
      }
    }
    return 0;
  }

  // A four-digit year at j (1000..2199).
  int year_at(int j, int& y) const {
    if (j >= n || t[j].k != TK::kNum || t[j].s.size() != 4) return 0;
    y = digits_value(t[j].s);
    if (y < 1000 || y > 2199) return 0;
    return j + 1;
  }

  // A month name at j (with guards against "may", "march"); returns end (after an
  // abbreviation's period) or 0.
  int month_at(int j, int& mo, bool strict) const {
    if (j >= n || t[j].k != TK::kWord) return 0;
    bool abbrev = false;
    mo = month_of(t[j].s, &abbrev);
    if (!mo) return 0;
    if (!t[j].cap) return 0;
    int e = j + 1;
    if (abbrev) {
      if (punct(e, '.') && !t[e].sp) ++e;
      else if (!(e < n && t[e].k == TK::kNum)) return 0;
    }
    if (strict && (mo == 5 || mo == 3) && !abbrev && !(e < n && t[e].k == TK::kNum)) {
      // "May"/"March" alone: only after a preposition or time word.
      static const char* kPrev[] = {"in", "since", "until", "till", "by", "early", "late", "mid",
                                    "last", "next", "this", "of", "during", "before", "after",
                                    "through", "from", "to", "-", "and", "or", "between",
                                    "that", "each", "every", "on"};
      string_view p = w(j - 1);
      bool ok = false;
      for (const char* k : kPrev)
        if (p == k) ok = true;
      if (!ok) return 0;
    }
    return e;
  }

  // "last", "next" or "this" at j: consumed and returned, else empty.
  string_view take_relative(int& j) {
    if (!(is(j, "last") || is(j, "next") || is(j, "this"))) return {};
    return w(j++);
  }

  bool r_monthdate(int i, Match& m) {
    int j = i;
    string_view rel = take_relative(j);
    int mo = 0, d = 0, y = INT_MIN;
    int e = month_at(j, mo, rel.empty());
    bool has_day = false;
    if (e) {
      int k = e;
      int d2 = day_of_month(k, d);
      if (d2 && !(k < n && t[k].k == TK::kNum && t[k].s.size() > 2)) {
        // "July 10" but not "July 10,000"
        has_day = true;
        e = d2;
        int k2 = punct(e, ',') ? e + 1 : e;
        int yy;
        if (int ye = year_at(k2, yy)) {
          y = yy;
          e = ye;
        }
      } else {
        int k2 = punct(k, ',') ? k + 1 : (is(k, "of") ? k + 1 : k);
        int yy;
        if (int ye = year_at(k2, yy)) {
          y = yy;
          e = ye;
        } else if (int ye2 = spelled_year(k2, yy)) {
          y = yy;
          e = ye2;
        } else if ((is(k, "this") || is(k, "last") || is(k, "next")) && is(k + 1, "year") &&
                   !apostrophe(k + 2) && st.have_dct && rel.empty()) {
          y = st.dct.y + (is(k, "last") ? -1 : is(k, "next") ? 1 : 0);
          e = k + 2;
        }
      }
    } else {
      if (!rel.empty()) return false;
      // "10 July 2021", "the 10th of July"
      int k = j;
      bool the = false;
      if (is(k, "the")) {
        the = true;
        ++k;
      }
      int d2 = day_of_month(k, d);
      if (!d2) return false;
      int k2 = is(d2, "of") ? d2 + 1 : d2;
      if (the && k2 == d2) return false;
      e = month_at(k2, mo, false);
      if (!e) return false;
      if (t[k].k == TK::kWord && !the) return false;
      has_day = true;
      int k3 = punct(e, ',') ? e + 1 : e;
      int yy;
      if (int ye = year_at(k3, yy)) {
        y = yy;
        e = ye;
      }
    }
    if (has_day && (d > days_in_month(y == INT_MIN ? 2000 : y, mo))) return false;
    m.end = e;
    m.type = "DATE";
    if (y == INT_MIN && st.have_dct) {
      if (rel == "last") y = mo < st.dct.m ? st.dct.y : st.dct.y - 1;
      else if (rel == "next") y = mo > st.dct.m ? st.dct.y : st.dct.y + 1;
      else if (rel == "this") y = st.dct.y;
      else y = year_for(mo, has_day ? d : 1);
      m.dct_relative = true;
    } else if (y != INT_MIN) {
      m.year = y;
    }
    if (has_day) {
      if (y == INT_MIN) {
        m.value = "XXXX-" + two(mo) + "-" + two(d);
        m.g = G::kDay;
      } else {
        set_day(m, Date{y, mo, d});
      }
    } else {
      set_month(m, y, mo);
    }
    return true;
  }

  bool r_numdate(int i, Match& m) {
    const Tok& x = t[i];
    if (x.k != TK::kNum) return false;
    string_view s = x.s;
    int y = INT_MIN, mo = 0, d = 0;
    int e = i + 1;
    size_t s1 = s.find('/');
    if (s1 != string_view::npos) {
      size_t s2 = s.find('/', s1 + 1);
      mo = digits_value(s.substr(0, s1));
      if (s2 == string_view::npos) {
        d = digits_value(s.substr(s1 + 1));
        if (!(is(i - 1, "on") || is(i - 1, "since") || is(i - 1, "until"))) return false;
      } else {
        d = digits_value(s.substr(s1 + 1, s2 - s1 - 1));
        string_view ys = s.substr(s2 + 1);
        y = digits_value(ys);
        if (ys.size() == 2) y += y < 50 ? 2000 : 1900;
        else if (ys.size() != 4) return false;
      }
    } else if (s.size() == 4 && punct(i + 1, '-') && !t[i + 1].sp && i + 2 < n &&
               t[i + 2].k == TK::kNum && t[i + 2].s.size() == 2 && punct(i + 3, '-') &&
               !t[i + 3].sp && i + 4 < n && t[i + 4].k == TK::kNum && t[i + 4].s.size() == 2) {
      y = digits_value(s);
      mo = digits_value(t[i + 2].s);
      d = digits_value(t[i + 4].s);
      e = i + 5;
    } else {
      return false;
    }
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return false;
    if (y == INT_MIN) y = year_for(mo, d);
    if (y != INT_MIN && d > days_in_month(y, mo)) return false;
    m.end = e;
    m.type = "DATE";
    if (y == INT_MIN) {
      m.value = "XXXX-" + two(mo) + "-" + two(d);
      m.g = G::kDay;
    } else {
      set_day(m, Date{y, mo, d});
    }
    return true;
  }

  // "nineteen ninety-six", "nineteen eighty"; returns end or 0.
  int spelled_year(int j, int& y) const {
    if (!is(j, "nineteen") && !is(j, "eighteen") && !is(j, "twenty")) return 0;
    int century = is(j, "nineteen") ? 1900 : is(j, "eighteen") ? 1800 : 2000;
    int k = j + 1;
    int tens = tens_number(w(k));
    if (tens > 0) {
      int v = tens;
      int k2 = hy(k + 1);
      int u = small_number(w(k2));
      if (u > 0 && u < 10) {
        v += u;
        k = k2 + 1;
      } else {
        k = k + 1;
      }
      y = century + v;
      return k;
    }
    int sm = small_number(w(k));
    if (sm >= 10) {
      y = century + sm;
      return k + 1;
    }
    return 0;
  }

  bool r_year(int i, Match& m) {
    int j = i;
    bool fiscal = false;
    if (is(j, "fiscal") || is(j, "calendar")) {
      fiscal = true;
      ++j;
      if (is(j, "year")) ++j;
    } else if (is(j, "the") && is(j + 1, "year") && (year_at(j + 2, m.year) || spelled_year(j + 2, m.year) ||
                                                     (is(j + 2, "two") && is(j + 3, "thousand")))) {
      j += 2;
      m.head_noun = true;
    }
    int y;
    int e = year_at(j, y);
    if (!e) {
      e = spelled_year(j, y);
      if (!e) {
        if (is(j, "two") && is(j + 1, "thousand") && j > i) {
          y = 2000;
          e = j + 2;
        } else {
          return false;
        }
      }
    } else {
      // Guards: amounts, percentages, street numbers.
      if (punct(i - 1, '$') || punct(e, '%') || is(e, "percent") || punct(i - 1, '#')) return false;
      if (is(i - 1, "no") || is(i - 1, "number") || is(i - 1, "flight") || is(i - 1, "route") ||
          is(i - 1, "highway") || is(i - 1, "room")) return false;
      if (!fiscal && (y < 1500 || y > 2100)) return false;
      // "1,990 people" is a number, but "1990" before a plural noun can be too: "2000 troops".
      if (!fiscal && word(e) && w(e).size() > 3 && w(e).back() == 's' && !is(e, "levels") &&
          unit_of(w(e)) == Unit::kNone && !t[e].cap && !is(e, "was") && !is(e, "has") &&
          !is(e, "is") && !is(e, "as") && !is(e, "results") && !is(e, "earnings") &&
          !is(e, "sales") && !is(e, "figures")) {
        return false;
      }
    }
    m.end = e;
    m.type = "DATE";
    m.year = y;
    set_year(m, y);
    if (is(e, "period") && is(i - 1, "the")) {
      m.end = e + 1;
      m.head_noun = true;
    }
    return true;
  }

  bool r_decade(int i, Match& m) {
    int j = i;
    const Tok& x = t[j];
    if (x.k == TK::kNumWord) {
      string_view s = x.s;
      if (s.size() == 5 && s.back() == 's') {
        int y = digits_value(s.substr(0, 4));
        if (y < 1000 || y % 10 != 0) return false;
        m.value = std::to_string(y / 10);
        m.g = G::kDecade;
        m.type = "DATE";
        m.end = j + 1;
        m.head_noun = true;
        return true;
      }
      if (s.size() == 3 && s.back() == 's' && apostrophe(j - 1)) {
        int y = digits_value(s.substr(0, 2));
        if (y < 0 || y % 10 != 0) return false;
        m.start = j - 1;
        m.value = "19" + std::to_string(y / 10);
        m.g = G::kDecade;
        m.type = "DATE";
        m.end = j + 1;
        return true;
      }
      // "20th century"
      size_t k = 0;
      while (k < s.size() && is_digit(static_cast<unsigned char>(s[k]))) ++k;
      string_view suf = s.substr(k);
      if ((suf == "st" || suf == "nd" || suf == "rd" || suf == "th") &&
          (is(hy(j + 1), "century"))) {
        int c = digits_value(s.substr(0, k));
        if (c < 1 || c > 22) return false;
        m.value = two(c - 1);
        m.g = G::kCentury;
        m.type = "DATE";
        m.end = hy(j + 1) + 1;
        m.head_noun = hy(j + 1) == j + 1;
        return true;
      }
      return false;
    }
    if (x.k != TK::kWord) return false;
    static const char* kDec[] = {"twenties", "thirties", "forties", "fifties", "sixties",
                                 "seventies", "eighties", "nineties"};
    for (int k = 0; k < 8; ++k)
      if (x.s == kDec[k] && is(j - 1, "the")) {
        m.value = "19" + std::to_string(k + 2);
        m.g = G::kDecade;
        m.type = "DATE";
        m.end = j + 1;
        m.head_noun = true;
        return true;
      }
    int ord = ordinal_word(x.s);
    if (ord > 0 && is(hy(j + 1), "century")) {
      m.value = two(ord - 1);
      m.g = G::kCentury;
      m.type = "DATE";
      m.end = hy(j + 1) + 1;
      m.head_noun = hy(j + 1) == j + 1;
      return true;
    }
    return false;
  }

  static int season_order(const char* s) {
    return !std::strcmp(s, "SP") ? 0 : !std::strcmp(s, "SU") ? 1 : !std::strcmp(s, "FA") ? 2 : 3;
  }
  static int current_season_order(const Date& d) {
    if (d.m <= 2) return -1;  // winter that began last December
    if (d.m <= 5) return 0;
    if (d.m <= 8) return 1;
    if (d.m <= 11) return 2;
    return 3;
  }

  bool r_season(int i, Match& m) {
    int j = i;
    string_view rel;
    if (is(j, "this") && (is(j + 1, "past") || is(j + 1, "coming"))) ++j;
    if (is(j, "last") || is(j, "next") || is(j, "this") || is(j, "past") || is(j, "coming")) {
      rel = w(j);
      ++j;
    }
    bool plural = false;
    const char* se = season_of(w(j), &plural);
    if (!se || plural) return false;
    string_view prev = w(i - 1);
    int e = j + 1;
    int y = INT_MIN;
    int k = is(e, "of") ? e + 1 : e;
    int yy;
    if (int ye = year_at(k, yy)) {
      y = yy;
      e = ye;
    } else if (int ye2 = spelled_year(k, yy)) {
      y = yy;
      e = ye2;
    }
    if (rel.empty() && y == INT_MIN) {
      static const char* kPrev[] = {"in", "the", "during", "since", "until", "by", "through",
                                    "early", "late", "mid", "-", "that", "of", "this"};
      bool ok = false;
      for (const char* p : kPrev)
        if (prev == p) ok = true;
      if (!ok) return false;
      if (!std::strcmp(se, "FA") && prev != "the" && prev != "this" && prev != "early" &&
          prev != "late" && prev != "mid" && prev != "-")
        return false;
    }
    m.type = "DATE";
    m.end = e;
    m.head_noun = true;
    if (y == INT_MIN) {
      if (!st.have_dct) {
        m.value = string("XXXX-") + se;
        m.g = G::kSeason;
        return true;
      }
      int cur = current_season_order(st.dct), so = season_order(se);
      y = st.dct.y;
      if (rel == "last" || rel == "past") y = so < cur ? st.dct.y : st.dct.y - 1;
      else if (rel == "next" || rel == "coming") y = so > cur ? st.dct.y : st.dct.y + 1;
      else if (cur == -1 && so == 3) y = st.dct.y - 1;
      m.dct_relative = true;
    }
    m.value = fmt_year(y) + "-" + se;
    m.g = G::kSeason;
    return true;
  }

  static int quarter_ordinal(string_view s) {
    if (s == "first" || s == "1st") return 1;
    if (s == "second" || s == "2nd") return 2;
    if (s == "third" || s == "3rd") return 3;
    if (s == "fourth" || s == "4th" || s == "final") return 4;
    return 0;
  }

  // The quarter a relative "the quarter" refers to: the last one mentioned, else the last
  // completed one.
  void latest_quarter(int& y, int& q) const {
    if (st.have_q) {
      y = st.qy;
      q = st.q;
      return;
    }
    y = st.dct.y;
    q = quarter_of(st.dct.m) - 1;
    if (q == 0) {
      q = 4;
      --y;
    }
  }

  bool r_quarter(int i, Match& m) {
    int j = i;
    bool the = false;
    if (is(j, "the")) {
      the = true;
      ++j;
    }
    int y = INT_MIN;
    // "this year's third quarter", "1988 second quarter"
    if ((is(j, "this") || is(j, "last") || is(j, "next")) && is(j + 1, "year") && apostrophe(j + 2) &&
        is(j + 3, "s") && st.have_dct) {
      y = st.dct.y + (is(j, "last") ? -1 : is(j, "next") ? 1 : 0);
      j += 4;
    } else {
      int yy;
      if (int ye = year_at(j, yy)) {
        if (quarter_ordinal(w(ye)) || is(ye, "fiscal") || (apostrophe(ye) && is(ye + 1, "s"))) {
          y = yy;
          j = ye;
          if (apostrophe(j)) j += 2;
        }
      }
    }
    bool year_ago = false;
    if (is(j, "comparable") || is(j, "same") || is(j, "corresponding")) {
      if (is(j + 1, "year") && hy(j + 2) != j + 2) ++j;
    }
    if (is(j, "year") && hy(j + 1) != j + 1 && (is(hy(j + 1), "ago") || is(hy(j + 1), "earlier")) &&
        quarter_ordinal(w(hy(j + 1) + 1))) {
      year_ago = true;
      j = hy(j + 1) + 1;
    }
    if (is(j, "fiscal")) j = hy(j + 1);
    int q = quarter_ordinal(w(j));
    string_view rel;
    if (q) {
      j = hy(j + 1);
    } else {
      if (!the && y == INT_MIN) {
        // "year-ago quarter" without the article is rare; only the ordinal forms.
        return false;
      }
      if (is(j, "most") && is(j + 1, "recent")) {
        rel = "latest";
        j += 2;
      } else if (is(j, "latest") || is(j, "current") || is(j, "recent") || is(j, "previous") ||
                 is(j, "prior") || is(j, "past") || is(j, "next") || is(j, "coming") ||
                 is(j, "same") || is(j, "comparable") || is(j, "last") || is(j, "corresponding")) {
        rel = w(j);
        ++j;
      } else if (is(j, "year") && (is(hy(j + 1), "ago") || is(hy(j + 1), "earlier")) && hy(j + 1) != j + 1) {
        rel = "yearago";
        j = hy(j + 1) + 1;
      }
    }
    if (is(j, "fiscal")) j = hy(j + 1);
    bool hyphenated = j > 0 && punct(j - 1, '-');
    bool period = false;
    if (is(j, "period") && !rel.empty() && rel != "next" && rel != "coming" && rel != "past") {
      period = true;
    } else if (!is(j, "quarter")) {
      return false;
    }
    (void)period;
    if (!q && rel.empty() && y == INT_MIN && !the) return false;
    int e = j + 1;
    if (q && y == INT_MIN) {
      int k = (is(e, "of") || is(e, "in")) ? e + 1 : e;
      int yy;
      if (int ye = year_at(k, yy)) {
        y = yy;
        e = ye;
      } else if (is(k, "fiscal") && year_at(k + 1, yy)) {
        y = yy;
        e = k + 2;
      }
    }
    // "the corresponding period last year", "the quarter a year ago"
    bool last_year = false;
    if (!q || year_ago) {
      if (is(e, "last") && is(e + 1, "year")) { last_year = true; e += 2; }
      else if (is(e, "a") && is(e + 1, "year") && (is(e + 2, "ago") || is(e + 2, "earlier"))) {
        last_year = true;
        e += 3;
      }
    }
    m.type = "DATE";
    m.end = e;
    m.head_noun = !hyphenated;
    if (hyphenated && the && !is(e, "period") && e < n && word(e) && !is(e, "quarter")) m.start = i + 1;
    if (the && !q && rel.empty() && y == INT_MIN) rel = "the";
    if (last_year || year_ago) rel = "yearago";
    if (!st.have_dct && y == INT_MIN) {
      m.value = q ? "XXXX-Q" + std::to_string(q) : "XXXX-QX";
      m.g = G::kQuarter;
      return true;
    }
    if (q && year_ago && y == INT_MIN) {
      set_quarter(m, st.dct.y - 1, q);
      m.has_q = false;
      return true;
    }
    if (q) {
      if (y == INT_MIN) {
        y = st.dct.y;
        int cq = quarter_of(st.dct.m);
        if (q > cq && cq == 1 && q >= 3) --y;
        if (st.have_q && q > cq && st.qy < st.dct.y) y = st.qy;
        m.dct_relative = true;
      }
      set_quarter(m, y, q);
      return true;
    }
    int ly, lq;
    latest_quarter(ly, lq);
    if (rel == "current") {
      ly = st.dct.y;
      lq = quarter_of(st.dct.m);
    } else if (rel == "next" || rel == "coming") {
      ly = st.dct.y;
      lq = quarter_of(st.dct.m) + 1;
      if (lq == 5) { lq = 1; ++ly; }
    } else if (rel == "previous" || rel == "prior" || rel == "last" || rel == "past") {
      if (st.have_q) {
        --lq;
        if (lq == 0) { lq = 4; --ly; }
      }
    } else if (rel == "yearago" || rel == "same" || rel == "comparable" || rel == "corresponding") {
      --ly;
    }
    if (y != INT_MIN) ly = y;
    set_quarter(m, ly, lq);
    if (rel == "yearago" || rel == "same" || rel == "comparable" || rel == "corresponding") m.has_q = false;
    return true;
  }

  // "the first half (of 1989)"
  bool r_half(int i, Match& m) {
    int j = i;
    if (!is(j, "the")) return false;
    ++j;
    int h = 0;
    if (is(j, "first")) h = 1;
    else if (is(j, "second") || is(j, "last") || is(j, "latter")) h = 2;
    if (!h) return false;
    j = hy(j + 1);
    if (!is(j, "half")) return false;
    int e = j + 1;
    int y = INT_MIN;
    int yy;
    if (is(e, "of") && year_at(e + 1, yy)) {
      y = yy;
      e += 2;
    } else if (is(e, "of") && is(e + 1, "the") && is(e + 2, "year")) {
      e += 3;
    }
    if (y == INT_MIN) {
      if (!st.have_dct) return false;
      y = st.dct.y;
    }
    m.type = "DATE";
    m.end = e;
    m.value = fmt_year(y) + "-H" + std::to_string(h);
    m.g = G::kHalf;
    return true;
  }

  // last/this/next week|month|year|decade|century|weekend, "the past year", "that year" ...
  bool r_period(int i, Match& m) {
    int j = i;
    bool the = false;
    if (is(j, "the")) {
      the = true;
      ++j;
    }
    string_view rel = w(j);
    bool known_rel = rel == "last" || rel == "this" || rel == "next" || rel == "past" ||
                     rel == "previous" || rel == "coming" || rel == "current" ||
                     rel == "following" || rel == "same" || rel == "that" || rel == "prior" ||
                     rel == "full" || rel == "latest" || rel == "upcoming";
    if (!known_rel) {
      // Bare "the year", "the week", "the weekend", "the day"; "year-end", "year-ago".
      if (the) {
        string_view u = w(j);
        if (is(j, "fiscal") && is(j + 1, "year")) {
          m.type = "DURATION"; m.value = "P1Y"; m.end = j + 2; m.head_noun = true;
          return true;
        }
        if (u == "year" && !punct(j + 1, '-')) {
          m.type = "DURATION"; m.value = "P1Y"; m.end = j + 1; m.head_noun = true;
          return true;
        }
        if (u == "weekend" && st.have_dct) {
          m.type = "DATE"; m.end = j + 1; m.head_noun = true;
          int cur = weekday(st.dct);
          Date sat = add_days(st.dct, future ? (6 - cur + 7) % 7 : -((cur - 6 + 7) % 7));
          set_week(m, sat, true);
          m.dct_relative = true;
          return true;
        }
        if (u == "week" && st.have_dct && !is(j + 1, "of") && !punct(j + 1, '-')) {
          m.type = "DATE"; m.end = j + 1; m.head_noun = true;
          set_week(m, st.dct);
          m.dct_relative = true;
          return true;
        }
      }
      if (!the && is(j, "year") && punct(j + 1, '-') && !t[j + 1].sp && st.have_dct) {
        string_view nx = w(j + 2);
        if (nx == "end") {
          m.type = "DATE"; m.end = j + 3;
          set_day(m, Date{st.dct.y, 12, 31});
          return true;
        }
        if (nx == "ago" || nx == "earlier") {
          m.type = "DATE"; m.end = j + 3;
          if (st.have_q) set_quarter(m, st.qy - 1, st.q), m.has_q = false;
          else set_year(m, st.dct.y - 1);
          return true;
        }
      }
      return false;
    }
    int k = j + 1;
    if (is(k, "fiscal")) ++k;
    Unit u = Unit::kNone;
    bool weekend = false;
    bool plural = false;
    if (is(k, "weekend")) weekend = true;
    else u = unit_of(w(k), &plural);
    if (plural) return false;
    if (!weekend && u != Unit::kWeek && u != Unit::kMonth && u != Unit::kYear &&
        u != Unit::kDecade && u != Unit::kCentury && u != Unit::kDay)
      return false;
    if (u == Unit::kDay && rel != "that" && rel != "same") return false;
    if (punct(k + 1, '-') && !t[k + 1].sp) return false;  // "last year-end"? leave
    if (rel == "full" && !(the && u == Unit::kYear)) return false;
    if (rel == "latest" && !the) return false;
    if ((rel == "past" || rel == "previous" || rel == "coming" || rel == "following" ||
         rel == "current" || rel == "same" || rel == "prior" || rel == "upcoming") && !the &&
        rel != "past" && rel != "coming")
      return false;
    m.type = "DATE";
    m.end = k + 1;
    m.head_noun = true;
    // Reference-based: "that year", "the same year", "the following year", "the previous year".
    bool refb = rel == "that" || rel == "same" || ((rel == "following" || rel == "previous" ||
                                                    rel == "prior") && the);
    if (refb) {
      int off = rel == "following" ? 1 : (rel == "previous" || rel == "prior") ? -1 : 0;
      if (u == Unit::kYear) {
        int y = st.ref_year != INT_MIN ? st.ref_year : (st.have_dct ? st.dct.y : INT_MIN);
        if (y == INT_MIN) return false;
        set_year(m, y + off);
        return true;
      }
      if (u == Unit::kDay) {
        if (!st.have_ref) return false;
        set_day(m, add_days(st.ref, off));
        return true;
      }
      if (!st.have_ref) return false;
      if (u == Unit::kMonth) {
        Date d = add_months(st.ref, off);
        set_month(m, d.y, d.m);
        return true;
      }
      if (u == Unit::kWeek) {
        set_week(m, add_days(st.ref, 7 * off));
        return true;
      }
      return false;
    }
    m.dct_relative = true;
    int off = 0;
    if (rel == "last" || rel == "past" || rel == "previous" || rel == "prior") off = -1;
    else if (rel == "next" || rel == "coming" || rel == "following" || rel == "upcoming") off = 1;
    if (!st.have_dct) {
      ref(m, off < 0 ? "PAST_REF" : off > 0 ? "FUTURE_REF" : "PRESENT_REF");
      return true;
    }
    if (rel == "past" && (u == Unit::kDecade || u == Unit::kCentury)) {
      m.type = "DURATION";
      m.value = u == Unit::kDecade ? "P10Y" : "P100Y";
      return true;
    }
    const Date& d = st.dct;
    if (weekend) {
      int cur = weekday(d);
      Date sat = add_days(d, 6 - cur + 7 * off);
      set_week(m, sat, true);
    } else if (u == Unit::kWeek) {
      set_week(m, add_days(d, 7 * off));
    } else if (u == Unit::kMonth) {
      Date x = add_months(d, off);
      set_month(m, x.y, x.m);
    } else if (u == Unit::kYear) {
      set_year(m, d.y + off);
    } else if (u == Unit::kDecade) {
      m.value = std::to_string(d.y / 10 + off);
      m.g = G::kDecade;
    } else if (u == Unit::kCentury) {
      m.value = two(d.y / 100 + off);
      m.g = G::kCentury;
    } else {
      return false;
    }
    return true;
  }

  bool r_vague(int i, Match& m) {
    string_view s = w(i);
    m.type = "DATE";
    if (s == "now" || s == "currently" || s == "presently" || s == "nowadays") {
      if (s == "now" && is(i + 1, "that")) return false;
      m.end = i + 1;
      ref(m, "PRESENT_REF");
      return true;
    }
    if (s == "current" && word(i + 1) && !is(i + 1, "quarter") && !is(i + 1, "year") &&
        !is(i + 1, "month") && !is(i + 1, "week") && !is(i + 1, "fiscal") && !is(i + 1, "period")) {
      m.end = i + 1;
      ref(m, "PRESENT_REF");
      return true;
    }
    if (s == "recently" || s == "lately") {
      if (is(i - 1, "more") || is(i - 1, "most")) m.start = i - 1;
      m.end = i + 1;
      ref(m, "PAST_REF");
      return true;
    }
    if (s == "recent") {
      bool plural = false;
      Unit u = unit_of(w(i + 1), &plural);
      if (u == Unit::kYear && plural) {
        m.end = i + 2;
        ref(m, "PAST_REF");
        return true;
      }
      if (u != Unit::kNone && plural) {
        m.end = i + 2;
        m.type = "DURATION";
        m.value = duration_value(0, true, u);
        return true;
      }
      if (u != Unit::kNone) return false;  // "the recent quarter" is r_quarter's
      m.end = i + 1;
      ref(m, "PAST_REF");
      return true;
    }
    if (s == "the" || s == "these") {
      string_view a = w(i + 1);
      if (s == "these" && a == "days") {
        m.end = i + 2;
        ref(m, "PRESENT_REF");
        return true;
      }
      if (s != "the") return false;
      if (a == "past" && !count_at(i + 2).ok && unit_of(w(i + 2)) == Unit::kNone &&
          !is(i + 2, "weekend") && !quarter_ordinal(w(i + 2)) && !is(i + 2, "few") &&
          !is(i + 2, "several")) {
        m.end = i + 2;
        ref(m, "PAST_REF");
        return true;
      }
      if (a == "future") {
        m.end = i + 2;
        ref(m, "FUTURE_REF");
        return true;
      }
      if ((a == "near" || a == "distant" || a == "immediate") && is(i + 2, "future")) {
        m.end = i + 3;
        ref(m, "FUTURE_REF");
        return true;
      }
      if ((a == "near" || a == "short") && is(i + 2, "term") && !punct(i + 3, '-')) {
        m.end = i + 3;
        ref(m, "FUTURE_REF");
        return true;
      }
      if (a == "present" && !word(i + 2)) {
        m.end = i + 2;
        ref(m, "PRESENT_REF");
        return true;
      }
      if (a == "moment" && is(i - 1, "at")) {
        m.end = i + 2;
        ref(m, "PRESENT_REF");
        return true;
      }
      if (a == "coming" || a == "next") {
        bool plural = false;
        Unit u = unit_of(w(i + 2), &plural);
        if (plural && a == "coming" && u != Unit::kNone) {
          m.end = i + 3;
          ref(m, "FUTURE_REF");
          return true;
        }
      }
      return false;
    }
    if (s == "future" && (is(i - 1, "in") || is(i - 1, "near"))) {
      m.end = i + 1;
      ref(m, "FUTURE_REF");
      return true;
    }
    if (s == "coming") {
      bool plural = false;
      Unit u = unit_of(w(i + 1), &plural);
      if (plural && u != Unit::kNone && !is(i - 1, "the")) {
        m.end = i + 2;
        ref(m, "FUTURE_REF");
        return true;
      }
    }
    return false;
  }

  bool r_holiday(int i, Match& m) {
    int j = i;
    string_view rel = take_relative(j);
    if (j >= n || !t[j].cap) return false;
    string_view s = w(j);
    int mo = 0, d = 0;
    int e = j + 1;
    int kind = 0;  // 0 fixed date, 1 thanksgiving, 2 easter, 3 labor, 4 memorial, 5 election
    if (s == "christmas") {
      mo = 12; d = 25;
      if (is(e, "day")) ++e;
      else if (is(e, "eve")) { d = 24; ++e; }
    } else if (s == "new" && is(j + 1, "year") && apostrophe(j + 2) && is(j + 3, "s")) {
      e = j + 4;
      if (is(e, "day")) { mo = 1; d = 1; ++e; }
      else if (is(e, "eve")) { mo = 12; d = 31; ++e; }
      else return false;
    } else if (s == "thanksgiving") {
      kind = 1;
      if (is(e, "day")) ++e;
    } else if (s == "easter") {
      kind = 2;
      if (is(e, "sunday")) ++e;
    } else if (s == "independence" && is(e, "day")) {
      mo = 7; d = 4; ++e;
    } else if (s == "labor" && is(e, "day")) {
      kind = 3; ++e;
    } else if (s == "memorial" && is(e, "day")) {
      kind = 4; ++e;
    } else if (s == "election" && is(e, "day")) {
      kind = 5; ++e;
    } else if (s == "halloween") {
      mo = 10; d = 31;
    } else if (s == "valentine" && apostrophe(e) && is(e + 1, "s") && is(e + 2, "day")) {
      mo = 2; d = 14; e += 3;
    } else {
      return false;
    }
    auto date_in = [&](int y) -> Date {
      switch (kind) {
        case 1: return nth_weekday(y, 11, 4, 4);
        case 2: return easter(y);
        case 3: return nth_weekday(y, 9, 1, 1);
        case 4: return nth_weekday(y, 5, 1, -1);
        case 5: return add_days(nth_weekday(y, 11, 1, 1), 1);
        default: return Date{y, mo, d};
      }
    };
    int y = INT_MIN;
    int k = punct(e, ',') ? e + 1 : e;
    int yy;
    if (int ye = year_at(k, yy)) {
      y = yy;
      e = ye;
    }
    m.type = "DATE";
    m.end = e;
    if (y == INT_MIN) {
      if (!st.have_dct) {
        if (kind == 0) {
          m.value = "XXXX-" + two(mo) + "-" + two(d);
          m.g = G::kDay;
          return true;
        }
        return false;
      }
      y = st.dct.y;
      Date cand = date_in(y);
      int64_t diff = to_days(cand) - to_days(st.dct);
      if (rel == "last") {
        if (diff >= 0) y--;
      } else if (rel == "next") {
        if (diff <= 0) y++;
      } else if (rel.empty()) {
        if (diff > 60 && !future) y--;
        else if (diff < -300 && future) y++;
      }
      m.dct_relative = true;
    }
    set_day(m, date_in(y));
    return true;
  }

  bool r_set(int i, Match& m) {
    string_view s = w(i);
    m.type = "SET";
    struct A { const char* w; const char* v; };
    static const A kAdv[] = {{"daily", "P1D"}, {"weekly", "P1W"}, {"monthly", "P1M"},
                             {"annually", "P1Y"}, {"yearly", "P1Y"}, {"hourly", "PT1H"},
                             {"nightly", "P1D"}, {"biweekly", "P2W"}, {"quarterly", "P3M"}};
    for (const A& a : kAdv)
      if (s == a.w) {
        if (s == "quarterly" && word(i + 1)) return false;  // "quarterly dividend"
        m.end = i + 1;
        m.value = a.v;
        return true;
      }
    if (s == "every" || s == "each" || s == "per") {
      int j = i + 1;
      if (s == "every" && is(j, "other")) ++j;
      int wd = weekday_of(w(j));
      if (wd && s != "per") {
        m.end = j + 1;
        m.value = "XXXX-WXX-" + std::to_string(wd);
        if (const char* pod = pod_of(w(j + 1))) {
          m.value += string("T") + pod;
          m.end++;
        }
        return true;
      }
      int mo = 0;
      if (s != "per" && month_at(j, mo, false)) {
        m.end = j + 1;
        m.value = "XXXX-" + two(mo);
        return true;
      }
      const char* se = season_of(w(j));
      if (se && s != "per") {
        m.end = j + 1;
        m.value = string("XXXX-") + se;
        return true;
      }
      if (const char* pod = pod_of(w(j)); pod && s != "per") {
        m.end = j + 1;
        m.value = string("XXXX-XX-XXT") + pod;
        return true;
      }
      Count c = count_at(j);
      int k = j;
      double v = 1;
      if (c.ok && !c.article && !c.vague) {
        v = c.v;
        k = c.end;
      }
      bool plural = false;
      Unit u = unit_of(w(k), &plural);
      if (u == Unit::kNone || u == Unit::kDecade || u == Unit::kCentury) return false;
      if (is(k, "second") && v == 1) return false;  // "each second quarter"
      if (u == Unit::kQuarter) return false;
      m.end = k + 1;
      m.value = duration_value(s == "every" && is(i + 1, "other") ? 2 * v : v, false, u);
      return true;
    }
    return false;
  }

  // Modifier words before a duration, kept in the span (TimeBank keeps "more than", "up to",
  // "nearly", but not "about" or "over the past"), with their TIMEX3 mod.
  int duration_modifier(int j, const char*& mod) const {
    string_view s = w(j);
    if ((s == "more" || s == "less" || s == "fewer") && is(j + 1, "than")) {
      mod = s == "more" ? "MORE_THAN" : "LESS_THAN";
      return j + 2;
    }
    if (s == "no" && (is(j + 1, "more") || is(j + 1, "less")) && is(j + 2, "than")) {
      mod = is(j + 1, "more") ? "EQUAL_OR_LESS" : "EQUAL_OR_MORE";
      return j + 3;
    }
    if (s == "at" && (is(j + 1, "least") || is(j + 1, "most")) && j + 2 < n &&
        t[j + 2].k == TK::kNum) {
      mod = is(j + 1, "least") ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS";
      return j + 2;
    }
    if (s == "up" && is(j + 1, "to")) {
      mod = "EQUAL_OR_LESS";
      return j + 2;
    }
    if (s == "nearly" || s == "almost") {
      mod = "LESS_THAN";
      return j + 1;
    }
    if ((s == "over" || s == "under") && (is(j + 1, "a") || is(j + 1, "an"))) {
      mod = s == "over" ? "MORE_THAN" : "LESS_THAN";
      return j + 1;
    }
    return 0;
  }

  bool r_duration(int i, Match& m) {
    int j = i;
    const char* mod = nullptr;
    if (int k = duration_modifier(j, mod)) j = k;
    int the_at = -1;
    if (is(j, "the") || is(j, "these") || is(j, "those")) {
      the_at = j;
      ++j;
    }
    const bool the = the_at >= 0;
    string_view rel;
    static const char* kRel[] = {"past", "last", "next", "coming", "first", "previous",
                                 "following", "final", "remaining", "additional", "another",
                                 "ensuing", "initial", "latest", "recent", "preceding"};
    for (const char* r : kRel)
      if (is(j, r)) {
        rel = r;
        break;
      }
    if (!rel.empty()) ++j;
    Count c = count_at(j);
    int k = j;
    if (c.ok) {
      k = c.end;
      // "two to three weeks", "12 to 18 months": the span covers the range, the value the first.
      if ((is(k, "to") || is(k, "or")) && !c.article) {
        Count c2 = count_at(k + 1);
        if (c2.ok && !c2.article && unit_of(w(c2.end)) != Unit::kNone) {
          k = c2.end;
          if (!c.vague && !c2.vague && c2.v != c.v && rel.empty()) c.vague = false;
          else c.vague = true;
        }
      }
    }
    if (c.ok && (is(k, "more") || is(k, "additional") || is(k, "extra") || is(k, "further") ||
                 is(k, "trading") || is(k, "business") || is(k, "working") || is(k, "calendar")))
      ++k;
    int uk = c.ok ? hy(k) : k;
    bool hyphenated = uk != k;
    bool plural = false;
    Unit u = unit_of(w(uk), &plural);
    if (u == Unit::kNone) return false;
    if (uk < n && t[uk].cap && uk > 0 && !t[uk - 1].cap && u == Unit::kMinute) return false;  // "60 Minutes"
    if (u == Unit::kSecond && (!c.ok || c.article)) return false;  // "a second", ordinal
    if (u == Unit::kQuarter && (!c.ok || c.article || hyphenated || c.v > 12)) return false;
    if (c.ok && !c.vague && !plural && !hyphenated && c.v > 1 && !c.article) return false;  // "1988 quarter"
    if (!c.ok) {
      // Bare plural: "years", "the past few weeks" (count "few" handled above).
      if (!plural) return false;
      if (!rel.empty() && rel != "past" && rel != "last" && rel != "next" && rel != "coming" &&
          rel != "first" && rel != "previous" && rel != "following")
        return false;
      if (rel.empty() && the) return false;
      if (u == Unit::kSecond) return false;
      if (rel == "coming" && the) return false;  // FUTURE_REF in r_vague
      c.vague = true;
    }
    if (c.ok && !c.vague && c.v == 1 && plural && !c.article) return false;
    int e = uk + 1;
    double v = c.v;
    if (is(e, "and") && is(e + 1, "a") && is(e + 2, "half")) {
      v += 0.5;
      e += 3;
    }
    if (punct(e, '-') && !t[e].sp && (is(e + 1, "long"))) {
      e += 2;
    }
    if (punct(e, '-') && !t[e].sp && is(e + 1, "old")) return false;  // ages
    if (is(e, "old") && !c.article) return false;                       // "52 years old"
    // "weeks or months"
    if (!c.ok && (is(e, "or") || is(e, "and"))) {
      bool pl2 = false;
      if (unit_of(w(e + 1), &pl2) != Unit::kNone && pl2) e += 2;
    }
    if (is(e, "or") && is(e + 1, "so")) e += 2;
    string_view after = w(e);
    // SET: "$5 a year", "twice a week", "three times a day"
    if (c.article && !plural && rel.empty() && !mod && !the && i == j) {
      string_view p = w(i - 1);
      if ((i > 0 && (t[i - 1].k == TK::kNum || p == "twice" || p == "once" || p == "times" ||
                     p == "%" || p == "percent" || p == "cents" || p == "dollars")) ) {
        m.type = "SET";
        m.end = e;
        m.value = duration_value(1, false, u);
        return true;
      }
    }
    // "two years ago" -> DATE
    if (after == "ago" && rel.empty() && !the) {
      m.end = e + 1;
      m.type = "DATE";
      if (c.vague) {
        ref(m, "PAST_REF");
        return true;
      }
      if (!st.have_dct) {
        ref(m, "PAST_REF");
        return true;
      }
      shift_date(m, st.dct, u, -v, c.article && v == 1 && u == Unit::kYear);
      m.dct_relative = true;
      return true;
    }
    if (after == "earlier" && c.article && v == 1 && u == Unit::kYear && rel.empty() && !the &&
        st.have_dct) {
      m.end = e + 1;
      m.type = "DATE";
      shift_date(m, st.dct, u, -1, true);
      return true;
    }
    if (after == "from" && is(e + 1, "now") && !c.vague && st.have_dct && rel.empty()) {
      m.end = e + 2;
      m.type = "DATE";
      shift_date(m, st.dct, u, v, false);
      return true;
    }
    m.type = "DURATION";
    m.end = e;
    if (mod) m.mod = mod;
    m.value = duration_value(v, c.vague, u);
    // "the 14-day" period: the article goes with the noun the modifier qualifies.
    if (hyphenated && the && the_at == i) m.start = i + 1;
    m.head_noun = !hyphenated && c.ok;
    if (after == "after" || after == "before" || after == "later" || after == "earlier")
      m.anchorable = true;
    return true;
  }

  // DCT shifted by v units, at the unit's granularity ("two years ago" -> 1996).
  void shift_date(Match& m, const Date& base, Unit u, double v, bool quarter_context) {
    int iv = static_cast<int>(std::lround(v));
    switch (u) {
      case Unit::kDay: set_day(m, add_days(base, iv)); break;
      case Unit::kWeek: set_week(m, add_days(base, 7 * iv)); break;
      case Unit::kFortnight: set_week(m, add_days(base, 14 * iv)); break;
      case Unit::kMonth: {
        Date d = add_months(base, iv);
        set_month(m, d.y, d.m);
        break;
      }
      case Unit::kQuarter: {
        Date d = add_months(base, 3 * iv);
        set_quarter(m, d.y, quarter_of(d.m));
        m.has_q = false;
        break;
      }
      case Unit::kYear:
        if (quarter_context && st.have_q) {
          set_quarter(m, st.qy + iv, st.q);
          m.has_q = false;
        } else {
          set_year(m, base.y + iv);
        }
        break;
      case Unit::kDecade: set_year(m, base.y + 10 * iv); break;
      case Unit::kCentury: set_year(m, base.y + 100 * iv); break;
      case Unit::kHour: case Unit::kMinute: case Unit::kSecond:
        set_day(m, base);
        break;
      default: ref(m, iv < 0 ? "PAST_REF" : "FUTURE_REF"); break;
    }
  }

  // "early", "late", "mid-", "the end of", "earlier this" ... before a date.
  bool r_modified(int i, Match& m) {
    int j = i;
    const char* mod = nullptr;
    string_view s = w(j);
    if (s == "early" || s == "late" || s == "mid" || s == "middle") {
      mod = s == "early" ? "START" : s == "late" ? "END" : "MID";
      j = hy(j + 1);
      if (s == "middle" && !is(j, "of")) return false;
      if (j == i + 1 && s == "mid") return false;
      if (s == "middle") ++j;
    } else if (s == "earlier" || s == "later") {
      j = j + 1;
      if (!is(j, "this") && !is(j, "that") && !is(j, "last") && !is(j, "next") &&
          !is(j, "in") && !weekday_of(w(j)) && !(is(j, "today")))
        return false;
      if (is(j, "in")) {
        if (!is(j + 1, "the")) return false;
        ++j;
      }
    } else if (s == "the" || s == "end" || s == "beginning" || s == "start") {
      int k = j;
      if (s == "the") ++k;
      string_view a = w(k);
      if (a == "end") mod = "END";
      else if (a == "beginning" || a == "start") mod = "START";
      else if (a == "middle") mod = "MID";
      else if (a == "turn") mod = "START";
      else return false;
      if (!is(k + 1, "of")) return false;
      j = k + 2;
    } else {
      return false;
    }
    if (j >= n) return false;
    Match inner;
    inner.start = j;
    if (!(r_monthdate(j, inner) || r_year(j, inner) || r_period(j, inner) || r_season(j, inner) ||
          r_relday(j, inner) || r_weekday(j, inner) || r_decade(j, inner) || r_quarter(j, inner)))
      return false;
    if (inner.type == "DURATION" && inner.value == "P1Y" && is(j, "the") && is(j + 1, "year") &&
        st.have_dct) {
      inner.type = "DATE";
      set_year(inner, st.dct.y);
    }
    if (inner.type != "DATE" && inner.type != "TIME") return false;
    if (inner.value.empty()) return false;
    if (is(j, "the") && !inner.head_noun && inner.start == j) {
      // "the end of the 1990 period" fine; "the end of the" + non-noun date: no.
    }
    m = inner;
    m.start = i;
    if (mod) m.mod = mod;
    // "the end of the month" -> value kept, mod END
    return true;
  }

  // Future-tense cues near token i: weekdays and bare months then resolve forward.
  bool future_near(int i) const {
    int lo = std::max(0, i - 12), hi = std::min(n, i + 8);
    for (int k = lo; k < hi; ++k) {
      string_view s = t[k].s;
      if (s == "will" || s == "shall" || s == "scheduled" || s == "upcoming" || s == "wo" ||
          s == "planned")
        return true;
      if ((s == "soon" || s == "early") && is(k - 1, "as") && is(k + 1, "as")) return true;
      if (s == "ll" && apostrophe(k - 1)) return true;
      if ((s == "going" || s == "expected" || s == "plans" || s == "planning" || s == "plan" ||
           s == "set" || s == "likely") &&
          is(k + 1, "to"))
        return true;
      if ((s == "is" || s == "are") && is(k + 1, "to") && word(k + 2) && !is(k + 2, "be"))
        return true;
    }
    return false;
  }

  // Best match at token i.
  bool at(int i, Match& best) {
    bool found = false;
    future = sentence_future && future_near(i);
    auto consider = [&](bool ok, Match& m) {
      if (ok && m.end > i && (!found || m.end > best.end || (m.end == best.end && m.start < best.start))) {
        best = m;
        found = true;
      }
    };
#define CASUS_TRY(rule)        \
  {                            \
    Match m;                   \
    m.start = i;               \
    consider(rule(i, m), m);   \
  }
    CASUS_TRY(r_modified);
    CASUS_TRY(r_clock);
    CASUS_TRY(r_relday);
    CASUS_TRY(r_refday);
    CASUS_TRY(r_weekday);
    CASUS_TRY(r_monthdate);
    CASUS_TRY(r_numdate);
    CASUS_TRY(r_year);
    CASUS_TRY(r_decade);
    CASUS_TRY(r_season);
    CASUS_TRY(r_quarter);
    CASUS_TRY(r_half);
    CASUS_TRY(r_period);
    CASUS_TRY(r_vague);
    CASUS_TRY(r_holiday);
    CASUS_TRY(r_set);
    CASUS_TRY(r_duration);
#undef CASUS_TRY
    return found;
  }
};

// Words that can begin a time expression (every recogniser starts on one of these, on a
// number, or on an apostrophe); a cheap filter before the recognisers run.
bool may_start(const Tok& x) {
  if (x.k == TK::kNum || x.k == TK::kNumWord) return true;
  if (x.k == TK::kPunct) return x.s == "'" || x.s == "\xE2\x80\x99";
  if (x.s.size() > 12) return false;
  static const std::vector<string_view> kWords = [] {
    std::vector<string_view> v = {
        "early", "late", "mid", "middle", "earlier", "later", "the", "end", "beginning", "start",
        "noon", "midday", "midnight", "today", "tonight", "yesterday", "tomorrow", "last",
        "this", "that", "next", "coming", "past", "previous", "following", "fiscal", "calendar",
        "nineteen", "eighteen", "twenty", "two", "comparable", "same", "corresponding", "year",
        "current", "prior", "full", "latest", "upcoming", "now", "currently", "presently",
        "nowadays", "recently", "lately", "recent", "these", "those", "future", "christmas",
        "new", "thanksgiving", "easter", "independence", "labor", "memorial", "election",
        "halloween", "valentine", "daily", "weekly", "monthly", "annually", "yearly", "hourly",
        "nightly", "biweekly", "quarterly", "every", "each", "per", "more", "less", "fewer",
        "no", "at", "up", "nearly", "almost", "over", "under", "first", "final", "remaining",
        "additional", "another", "ensuing", "initial", "preceding", "a", "an", "half",
        "several", "few", "many", "couple", "numerous", "dozen", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun", "twenties", "thirties", "forties",
        "fifties", "sixties", "seventies", "eighties", "nineties", "spring", "summer", "fall",
        "autumn", "winter"};
    static const char* kMonths[] = {"january", "february", "march", "april", "may", "june",
                                    "july", "august", "september", "october", "november",
                                    "december", "jan", "feb", "febr", "mar", "apr", "jun",
                                    "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
    for (const char* m : kMonths) v.push_back(m);
    static const char* kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                  "saturday", "sunday", "mondays", "tuesdays", "wednesdays",
                                  "thursdays", "fridays", "saturdays", "sundays"};
    for (const char* d : kDays) v.push_back(d);
    static const char* kNum[] = {"one", "two", "three", "four", "five", "six", "seven",
                                 "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                                 "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                                 "nineteen", "thirty", "forty", "fifty", "sixty", "seventy",
                                 "eighty", "ninety", "second", "third", "fourth", "fifth",
                                 "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                                 "twelfth", "thirteenth", "fourteenth", "fifteenth",
                                 "sixteenth", "seventeenth", "eighteenth", "nineteenth",
                                 "twentieth", "thirtieth"};
    for (const char* k : kNum) v.push_back(k);
    static const char* kUnits[] = {"seconds", "minutes", "hours", "days", "weeks",
                                   "fortnights", "months", "quarters", "years", "decades",
                                   "centuries", "millennia", "yrs", "hour", "minute", "day",
                                   "week", "month", "decade", "century"};
    for (const char* u : kUnits) v.push_back(u);
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
  }();
  return std::binary_search(kWords.begin(), kWords.end(), x.s);
}

// Words that put a sentence in the future: weekdays and bare months resolve forward.
bool future_sentence(const std::vector<Tok>& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    string_view s = t[i].s;
    if (s == "will" || s == "shall" || s == "scheduled" || s == "upcoming" || s == "tomorrow" ||
        s == "plans" || s == "planned" || s == "expected" || s == "expects" || s == "due" ||
        s == "set" || s == "begin" || s == "starting" || s == "wo" || s == "planning" ||
        s == "plan" || s == "is" || s == "are" || s == "would" || s == "soon" || s == "early" ||
        s == "likely")
      if (!(s == "set" && !(i + 1 < t.size() && t[i + 1].s == "to"))) return true;
    if (s == "ll" && i > 0 && (t[i - 1].s == "'" || t[i - 1].s == "\xE2\x80\x99")) return true;
    if (s == "going" && i + 1 < t.size() && t[i + 1].s == "to") return true;
  }
  return false;
}

// Byte ranges of quotations in the text (straight, curly and TeX-style quotes).
std::vector<ByteSpan> quotation_spans(const string& text) {
  std::vector<ByteSpan> out;
  int64_t open = -1;
  bool curly_open = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '"') {
      if (open < 0) open = static_cast<int64_t>(i);
      else { out.push_back({static_cast<uint32_t>(open), static_cast<uint32_t>(i + 1)}); open = -1; }
    } else if (c == '`' && i + 1 < text.size() && text[i + 1] == '`') {
      open = static_cast<int64_t>(i);
      ++i;
    } else if (c == '\'' && i + 1 < text.size() && text[i + 1] == '\'' && open >= 0) {
      out.push_back({static_cast<uint32_t>(open), static_cast<uint32_t>(i + 2)});
      open = -1;
      ++i;
    } else if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(text[i + 2]);
      if (d == 0x9C) { open = static_cast<int64_t>(i); curly_open = true; }
      else if (d == 0x9D && open >= 0) {
        out.push_back({static_cast<uint32_t>(open), static_cast<uint32_t>(i + 3)});
        open = -1;
        curly_open = false;
      }
      i += 2;
    } else if (c == '\n' && i + 1 < text.size() && text[i + 1] == '\n' && open >= 0 && !curly_open) {
      // A paragraph break ends an unbalanced straight quote (multi-paragraph quotes reopen).
      out.push_back({static_cast<uint32_t>(open), static_cast<uint32_t>(i)});
      open = -1;
    }
  }
  if (open >= 0) out.push_back({static_cast<uint32_t>(open), static_cast<uint32_t>(text.size())});
  return out;
}

bool inside(const std::vector<ByteSpan>& spans, ByteSpan s) {
  for (const ByteSpan& q : spans)
    if (s.begin >= q.begin && s.end <= q.end) return true;
  return false;
}

}  // namespace

void annotate_times(Document& doc) {
  doc.times.clear();
  if (doc.text.empty() || doc.sentences.empty()) return;
  DocState st;
  if (auto d = parse_dct(doc.published)) {
    st.have_dct = true;
    st.dct = *d;
  }
  string low(doc.text);
  for (char& c : low)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');

  std::vector<Tok> toks;
  std::vector<Match> all;         // accepted matches, in order
  std::vector<size_t> sent_of;    // sentence index of each
  toks.reserve(64);
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& sent = doc.sentences[si];
    if (!sent.body || sent.span.end > doc.text.size() || sent.span.empty()) continue;
    tokenize(doc.text, low, sent.span.begin, sent.span.end, toks);
    if (toks.empty()) continue;
    Scanner sc(toks, st, future_sentence(toks));
    const size_t first = all.size();
    int i = 0;
    const int n = static_cast<int>(toks.size());
    while (i < n) {
      // Cheap filter: only words, numbers and a few punctuation marks can start a timex.
      if (!may_start(toks[i])) {
        ++i;
        continue;
      }
      Match m;
      if (!sc.at(i, m)) {
        ++i;
        continue;
      }
      // A leading "the" joins expressions headed by a time noun.
      const bool prev_here = all.size() > first;
      if (m.start == i && i > 0 && toks[i - 1].s == "the" && m.head_noun &&
          (!prev_here || all.back().end <= i - 1))
        m.start = i - 1;
      if (m.start < i && prev_here && all.back().end > m.start) m.start = i;
      if (m.end > n) m.end = n;
      m.b = toks[m.start].b;
      m.e = toks[m.end - 1].e;
      // Update the reference state.
      if (m.has_day && m.type != "DURATION") {
        st.have_ref = true;
        st.ref = m.day;
      }
      if (m.has_q && !st.have_q) {
        st.have_q = true;
        st.qy = m.qy;
        st.q = m.q;
      }
      if (m.year != INT_MIN) st.ref_year = m.year;
      all.push_back(m);
      sent_of.push_back(si);
      i = m.end;
    }
    // Clock times take the day mentioned in the same sentence, else the DCT.
    for (size_t k = first; k < all.size(); ++k) {
      Match& m = all[k];
      if (!m.needs_day && !(m.type == "TIME" && m.hh >= 0)) continue;
      if (m.needs_day) {
        const Match* day = nullptr;
        for (size_t o = first; o < all.size(); ++o)
          if (o != k && all[o].has_day && (all[o].g == G::kDay || all[o].g == G::kPartOfDay)) {
            if (!day || (o < k && (day > &all[k] || o > static_cast<size_t>(day - all.data()))))
              day = &all[o];
          }
        if (day) {
          m.has_day = true;
          m.day = day->day;
        } else if (st.have_dct) {
          m.has_day = true;
          m.day = st.dct;
          m.dct_relative = true;
        }
      }
      char buf[16];
      std::snprintf(buf, sizeof buf, "T%02d:%02d", m.hh, m.mi);
      m.value = (m.has_day ? fmt_day(m.day) : string("XXXX-XX-XX")) + buf;
      m.g = G::kTime;
    }
  }

  // Convert to TimeExpressions.
  doc.times.reserve(all.size());
  for (size_t k = 0; k < all.size(); ++k) {
    const Match& m = all[k];
    TimeExpression te;
    te.span = {m.b, m.e};
    te.type = m.type;
    te.value = m.value;
    te.mod = m.mod;
    if (m.type == "DATE" || m.type == "TIME") te.precision = precision_of(m.g);
    doc.times.push_back(std::move(te));
  }

  // "...yesterday," the source told the agency on Thursday: relative days inside a quotation
  // are counted from the speech date given outside it in the same sentence.
  bool any_rel = false;
  for (const Match& m : all) any_rel |= m.rel_days != kNoRel;
  if (any_rel && st.have_dct) {
    std::vector<ByteSpan> quotes = quotation_spans(doc.text);
    for (size_t k = 0; k < all.size(); ++k) {
      if (all[k].rel_days == kNoRel || !inside(quotes, doc.times[k].span)) continue;
      int best = -1;
      for (size_t o = 0; o < all.size(); ++o) {
        if (sent_of[o] != sent_of[k] || o == k) continue;
        if (!all[o].has_day || all[o].g != G::kDay || inside(quotes, doc.times[o].span)) continue;
        if (all[o].rel_days != kNoRel) continue;
        best = static_cast<int>(o);
      }
      if (best < 0) continue;
      Date d = add_days(all[best].day, all[k].rel_days);
      string v = fmt_day(d);
      if (all[k].pod) v += string("T") + all[k].pod;
      doc.times[k].value = v;
      doc.times[k].anchor = best;
    }
  }

  // "two days after the attack": a duration before after/before/later/earlier is anchored on
  // the last explicit day-precise date of the same or the previous sentence.
  for (size_t k = 0; k < all.size(); ++k) {
    if (!all[k].anchorable) continue;
    for (size_t o = k; o-- > 0;) {
      if (sent_of[k] - sent_of[o] > 1) break;
      if (all[o].has_day && all[o].type != "DURATION") {
        doc.times[k].anchor = static_cast<int32_t>(o);
        break;
      }
    }
  }
}

namespace {

// Finer precisions first.
int precision_rank(const std::string& p) {
  static const char* kOrder[] = {"day", "week", "month", "quarter", "season", "year", "decade", "century"};
  for (int i = 0; i < 8; ++i)
    if (p == kOrder[i]) return i;
  return 99;
}

bool calendar_value(const std::string& v) {
  return v.size() >= 4 && std::isdigit(static_cast<unsigned char>(v[0])) &&
         std::isdigit(static_cast<unsigned char>(v[3]));
}

}  // namespace

SentenceDate sentence_date(const Document& doc, size_t sentence) {
  SentenceDate best;
  auto best_in = [&](size_t s) {
    if (s >= doc.sentences.size()) return false;
    ByteSpan span = doc.sentences[s].span;
    int rank = 100;
    for (size_t i = 0; i < doc.times.size(); ++i) {
      const TimeExpression& t = doc.times[i];
      if (t.span.begin < span.begin || t.span.end > span.end) continue;
      if ((t.type != "DATE" && t.type != "TIME") || !calendar_value(t.value)) continue;
      int r = precision_rank(t.precision);
      if (r < rank) {
        rank = r;
        best = {t.value.substr(0, 10), t.precision, static_cast<int32_t>(i)};
      }
    }
    return rank < 100;
  };
  if (best_in(sentence)) return best;
  for (size_t back = 1; back <= 2 && back <= sentence; ++back)
    if (best_in(sentence - back)) return best;
  if (doc.published.size() >= 10) return {doc.published.substr(0, 10), "week", -1};
  return {};
}

}  // namespace casus::extract
