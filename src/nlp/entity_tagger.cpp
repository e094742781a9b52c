#include "nlp/entity_tagger.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstring>
#include <map>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <unordered_map>

#include "nlp/wordform.h"
#include "text/unicode.h"

// ---- Named-entity spans from GUM's entity layer ----
//
// GUM marks every entity mention as a full noun phrase ("the Canadian government", "he",
// "a Swiss mathematician"), with a type (person, place, organization, event, object, abstract,
// substance, animal, plant, time) and its head words (the `minspan` field, 1-based indices
// within the mention). A named-entity span is derived from each mention as follows:
//  1. Take the mention's head words that are PROPN. None: the mention gives no span (its
//     PROPN modifiers, e.g. "Bernoulli" in "the Bernoulli family", stay unlabelled, below).
//  2. Grow the maximal run of name words around the head, inside the mention: PROPN words and
//     capitalised content words ("the United States", where "United" is VERB; "Royal Society";
//     "Spanish Netherlands"), with the connectors of names between two name words ("Bank of
//     England", "University of Texas", "Abu Bakr al Baghdadi": of, the, &, de, du, des, la,
//     le, von, van, der, den, del, da, di, al, el, bin, ibn, y, and an unspaced hyphen as in
//     "Pierre-Simon"; not "and", which joins two names), and a number or Roman numeral after
//     it ("World War II", "Apollo 11"); a capitalised "The" in mid-sentence just before the
//     run is part of the name ("The Mad Capsule Markets"), a lower-case "the" is not.
//  3. Type: person -> PERSON, except a one-word plural proper noun of a people ("Americans",
//     "Iraqis": NNPS ending in -ans, -ese, -is, -ards) -> NORP; organization -> ORG; place ->
//     PLACE (the entities stage decides GPE, LOC or FAC); event, object, abstract, substance,
//     animal, plant -> MISC ("World War II", "English"); time -> no span: months, weekdays and
//     holidays are not names here (they stay O).
//     For PERSON, titles ("Prime Minister", "Mr.", "US President") and what precedes them are
//     left out, as CoNLL does; a span that is only a title ("the President", "Fellow of the
//     Royal Society", "King of Athens") is dropped. Titles are learnt as O.
//  4. Overlaps (a place inside an organisation's name: "Bank of England") keep the longer span.
//  5. A capitalised ADJ in mid-sentence outside any span is a NORP span ("American", "Swiss",
//     "Anglo-Saxon"), as CoNLL's MISC marks nationality adjectives.
// Tokens whose label is uncertain are left out of the learning (no update on them): PROPN
// words outside every span except time mentions, and a capitalised ADJ opening a sentence.
// The same derivation gives the development-set answers that `evaluate` scores against.
// Sentences with unspaced hyphens are learnt twice, as GUM splits them ("Anglo - Saxon") and
// joined ("Anglo-Saxon") as in CoNLL-style text.

namespace casus::nlp {

namespace {

constexpr char kMagic[] = "CASUS-NER";
constexpr uint32_t kVersion = 2;  // 2: caller's evidence bits instead of LEX= strings
constexpr uint64_t kNone = 0x5bd1e995u;
constexpr int kTypes = 5;
constexpr int kClasses = 1 + 4 * kTypes;  // O, then B I L U for each type
const char* const kTypeNames[kTypes] = {"PERSON", "ORG", "PLACE", "NORP", "MISC"};
enum Pos { kB = 0, kI = 1, kL = 2, kU = 3 };
constexpr int kFolds = 10;

int cls(int type, int pos) { return 1 + type * 4 + pos; }
int type_of(int c) { return c == 0 ? -1 : (c - 1) / 4; }
int pos_of(int c) { return c == 0 ? -1 : (c - 1) % 4; }

int type_id(std::string_view t) {
  for (int k = 0; k < kTypes; ++k)
    if (t == kTypeNames[k]) return k;
  return -1;
}

// May class c follow class prev (-1: sentence start)?
bool valid(int prev, int c) {
  int pp = pos_of(prev);
  if (pp == kB || pp == kI) return type_of(c) == type_of(prev) && (pos_of(c) == kI || pos_of(c) == kL);
  return c == 0 || pos_of(c) == kB || pos_of(c) == kU;
}

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }

// "Xxxx" -> "Xx": a word_shape with one character per run of a class.
std::string short_shape(std::string_view shape) {
  std::string out;
  for (char c : shape)
    if (out.empty() || out.back() != c) out.push_back(c);
  return out;
}

// ---- the GUM Entity= layer ----

struct Mention {
  int begin = 0, end = 0;  // word indices, inclusive
  std::string type;
  std::vector<int> heads;  // absolute word indices
};

std::string_view entity_value(std::string_view misc) {
  size_t p = 0;
  while (p <= misc.size()) {
    size_t bar = misc.find('|', p);
    if (bar == std::string_view::npos) bar = misc.size();
    std::string_view item = misc.substr(p, bar - p);
    if (item.rfind("Entity=", 0) == 0) return item.substr(7);
    p = bar + 1;
  }
  return {};
}

std::vector<Mention> mentions(const UdSentence& s) {
  std::vector<Mention> done;
  std::map<std::string, std::vector<Mention>> open;  // eid -> stack
  std::map<std::string, std::vector<std::string>> minspans;
  for (int i = 0; i < int(s.words.size()); ++i) {
    std::string_view v = entity_value(s.words[size_t(i)].misc);
    size_t p = 0;
    while (p < v.size()) {
      if (v[p] == '(') {
        size_t q = p + 1;
        while (q < v.size() && v[q] != '(' && v[q] != ')') ++q;
        std::string_view body = v.substr(p + 1, q - p - 1);
        // eid-etype-infstat-salience-centering-minspan-link-identity
        std::vector<std::string_view> f;
        size_t a = 0;
        while (f.size() < 7) {
          size_t d = body.find('-', a);
          if (d == std::string_view::npos) break;
          f.push_back(body.substr(a, d - a));
          a = d + 1;
        }
        f.push_back(body.substr(a));
        Mention m;
        m.begin = m.end = i;
        std::string eid(f[0]);
        m.type = f.size() > 1 ? std::string(f[1]) : "";
        std::string minspan = f.size() > 5 ? std::string(f[5]) : "";
        if (q < v.size() && v[q] == ')') {  // one-word mention
          m.heads.push_back(i);
          done.push_back(m);
          p = q + 1;
        } else {
          open[eid].push_back(m);
          minspans[eid].push_back(minspan);
          p = q;
        }
      } else {
        size_t q = p;
        while (q < v.size() && v[q] != ')' && v[q] != '(') ++q;
        std::string eid(v.substr(p, q - p));
        if (q < v.size() && v[q] == ')') ++q;
        p = q;
        auto it = open.find(eid);
        if (it == open.end() || it->second.empty()) continue;
        Mention m = it->second.back();
        std::string ms = minspans[eid].back();
        it->second.pop_back();
        minspans[eid].pop_back();
        m.end = i;
        size_t a = 0;
        while (a < ms.size()) {
          size_t c = ms.find(',', a);
          if (c == std::string::npos) c = ms.size();
          int k = std::atoi(ms.substr(a, c - a).c_str());
          if (k >= 1 && m.begin + k - 1 <= m.end) m.heads.push_back(m.begin + k - 1);
          a = c + 1;
        }
        if (m.heads.empty()) m.heads.push_back(m.end);
        done.push_back(m);
      }
    }
  }
  return done;
}

bool connector(const std::string& form) {
  static const char* const kWords[] = {"of", "the", "&", "de", "du", "des", "la",
                                       "le", "von", "van", "der", "den", "del", "da", "di",
                                       "al", "el",  "bin", "ibn", "y"};
  for (const char* w : kWords)
    if (form == w) return true;
  return false;
}

bool title(const std::string& form) {
  static const char* const kTitles[] = {
      "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor",
      "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess", "emperor", "empress",
      "president", "vice", "prime", "minister", "secretary", "senator", "sen.", "rep.",
      "representative", "governor", "gov.", "mayor", "general", "gen.", "colonel", "col.", "major",
      "captain", "capt.", "lieutenant", "lt.", "sergeant", "sgt.", "admiral", "commander",
      "chief", "judge", "justice", "bishop", "archbishop", "pope", "cardinal", "reverend", "rev.",
      "ambassador", "chancellor", "chairman", "director", "deputy", "assistant", "acting",
      "foreign", "defence", "defense", "state", "fellow", "sheikh", "ayatollah", "imam", "mullah"};
  std::string low = lower_ascii(form);
  for (const char* t : kTitles)
    if (low == t) return true;
  return false;
}

bool numeral(const UdWord& w) {
  if (w.upos == "NUM") return true;
  static const char* const kRoman[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
  for (const char* r : kRoman)
    if (w.form == r) return true;
  return false;
}

bool has_entity_layer(const UdSentence& s) {
  for (const std::string& l : s.lines)
    if (l.rfind("# global.Entity", 0) == 0) return true;
  for (const UdWord& w : s.words)
    if (!entity_value(w.misc).empty()) return true;
  return false;
}

bool capitalised(const std::string& f) { return !f.empty() && is_upper_ascii(f[0]); }

// Derived spans (see the comment at the top) and the tokens left out of learning.
void derive(const UdSentence& s, std::vector<NamedSpan>& spans, std::vector<uint8_t>& ignore) {
  const auto& w = s.words;
  int n = int(w.size());
  auto propn = [&](int i) { return i >= 0 && i < n && w[size_t(i)].upos == "PROPN"; };
  // A word of a name: PROPN, or a capitalised content word ("United" States, "Royal" Society).
  auto nameish = [&](int i) {
    if (propn(i)) return true;
    if (i < 0 || i >= n || !capitalised(w[size_t(i)].form)) return false;
    const std::string& u = w[size_t(i)].upos;
    return u == "ADJ" || u == "NOUN" || u == "VERB" || u == "NUM" || u == "X" || u == "ADV";
  };
  auto joins = [&](int i) {  // a connector between two name words
    const UdWord& x = w[size_t(i)];
    if (x.form == "-") return i > 0 && w[size_t(i - 1)].misc.find("SpaceAfter=No") != std::string::npos &&
                              x.misc.find("SpaceAfter=No") != std::string::npos;
    return connector(x.form);
  };
  std::vector<Mention> ms = mentions(s);
  struct Cand {
    int b, e, type;  // inclusive
  };
  std::vector<Cand> cands;
  std::vector<uint8_t> time_head(size_t(n), 0), plain(size_t(n), 0);
  for (const Mention& m : ms) {
    int head = -1;
    for (int h : m.heads)
      if (propn(h)) {
        head = h;
        break;
      }
    if (head < 0) continue;
    int type;
    if (m.type == "person") type = 0;
    else if (m.type == "organization") type = 1;
    else if (m.type == "place") type = 2;
    else if (m.type == "time") {
      for (int i = m.begin; i <= m.end; ++i)
        if (propn(i)) time_head[size_t(i)] = 1;
      continue;
    } else type = 4;
    int b = head, e = head;
    for (;;) {
      if (b - 1 >= m.begin && nameish(b - 1)) --b;
      else if (b - 2 >= m.begin && nameish(b - 2) && joins(b - 1)) b -= 2;
      else break;
    }
    for (;;) {
      if (e + 1 <= m.end && nameish(e + 1)) ++e;
      else if (e + 2 <= m.end && nameish(e + 2) && joins(e + 1)) e += 2;
      else if (e + 1 <= m.end && numeral(w[size_t(e + 1)])) ++e;
      else break;
    }
    if (b - 1 >= 1 && w[size_t(b - 1)].form == "The") --b;
    if (type == 0) {  // titles are not part of a person's name (they are learnt as O)
      int t = -1;
      for (int i = b; i <= e; ++i)
        if (title(w[size_t(i)].form)) t = i, plain[size_t(i)] = 1;
      if (t >= 0) {
        b = t + 1;
        if (b > e || connector(w[size_t(b)].form)) continue;  // "President", "King of Athens"
      }
    }
    if (type == 0 && b == e && w[size_t(b)].xpos == "NNPS") {
      const std::string& f = w[size_t(b)].form;
      auto ends = [&](const char* x) {
        size_t k = std::strlen(x);
        return f.size() > k && f.compare(f.size() - k, k, x) == 0;
      };
      if (ends("ans") || ends("ese") || ends("is") || ends("ards")) type = 3;
    }
    cands.push_back({b, e, type});
  }
  std::sort(cands.begin(), cands.end(), [](const Cand& x, const Cand& y) {
    if (x.e - x.b != y.e - y.b) return x.e - x.b > y.e - y.b;
    if (x.b != y.b) return x.b < y.b;
    return x.type < y.type;
  });
  std::vector<uint8_t> used(size_t(n), 0);
  spans.clear();
  for (const Cand& c : cands) {
    bool free = true;
    for (int i = c.b; i <= c.e; ++i) free = free && !used[size_t(i)];
    if (!free) continue;
    for (int i = c.b; i <= c.e; ++i) used[size_t(i)] = 1;
    spans.push_back({uint32_t(c.b), uint32_t(c.e + 1), kTypeNames[c.type], 1.f});
  }
  ignore.assign(size_t(n), 0);
  for (int i = 0; i < n; ++i) {
    if (used[size_t(i)]) continue;
    const UdWord& x = w[size_t(i)];
    if (x.upos == "ADJ" && capitalised(x.form)) {
      if (i == 0) ignore[size_t(i)] = 1;
      else {
        spans.push_back({uint32_t(i), uint32_t(i + 1), kTypeNames[3], 1.f});
        used[size_t(i)] = 1;
      }
    } else if (x.upos == "PROPN" && !time_head[size_t(i)] && !plain[size_t(i)]) {
      ignore[size_t(i)] = 1;
    }
  }
  std::sort(spans.begin(), spans.end(),
            [](const NamedSpan& a, const NamedSpan& b) { return a.token_begin < b.token_begin; });
}

// GUM splits hyphenated words ("Pierre - Simon", "Anglo - Saxon"); CoNLL-style text keeps them
// whole. Training sees both: this gives the word groups of the joined form (group[i] is the
// joined index of word i), or an empty vector when the sentence has no such hyphen.
std::vector<uint32_t> hyphen_groups(const UdSentence& s) {
  const auto& w = s.words;
  std::vector<uint32_t> g(w.size());
  bool any = false;
  uint32_t cur = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    bool glue = i >= 2 && w[i - 1].form == "-" &&
                w[i - 1].misc.find("SpaceAfter=No") != std::string::npos &&
                w[i - 2].misc.find("SpaceAfter=No") != std::string::npos;
    bool glue_hyphen = i >= 1 && i + 1 < w.size() && w[i].form == "-" &&
                       w[i].misc.find("SpaceAfter=No") != std::string::npos &&
                       w[i - 1].misc.find("SpaceAfter=No") != std::string::npos;
    if (i > 0 && !glue && !glue_hyphen) ++cur;
    any = any || glue_hyphen;
    g[i] = cur;
  }
  if (!any) g.clear();
  return g;
}

std::vector<int> span_tags(size_t n, const std::vector<NamedSpan>& spans) {
  std::vector<int> tags(n, 0);
  for (const NamedSpan& s : spans) {
    int t = type_id(s.type);
    if (s.token_end == s.token_begin + 1) {
      tags[s.token_begin] = cls(t, kU);
      continue;
    }
    for (uint32_t i = s.token_begin; i < s.token_end; ++i)
      tags[i] = cls(t, i == s.token_begin ? kB : i + 1 == s.token_end ? kL : kI);
  }
  return tags;
}

// Spans from a tag sequence (an unfinished B/I run ends at the sentence end).
std::vector<NamedSpan> tag_spans(const std::vector<int>& tags) {
  std::vector<NamedSpan> out;
  size_t i = 0;
  while (i < tags.size()) {
    int c = tags[i];
    if (c == 0) {
      ++i;
      continue;
    }
    int t = type_of(c);
    size_t j = i + 1;
    if (pos_of(c) == kB || pos_of(c) == kI) {
      while (j < tags.size() && type_of(tags[j]) == t && pos_of(tags[j]) == kI) ++j;
      if (j < tags.size() && type_of(tags[j]) == t && pos_of(tags[j]) == kL) ++j;
    }
    // Greedy decoding sometimes closes a name early ("Boris/U Johnson/U"): two spans of one
    // type with nothing between them are one name.
    if (!out.empty() && out.back().token_end == i && out.back().type == kTypeNames[t])
      out.back().token_end = uint32_t(j);
    else
      out.push_back({uint32_t(i), uint32_t(j), kTypeNames[t], 1.f});
    i = j;
  }
  return out;
}

// Word statistics: occurrences, lower-case starts and capitalised starts inside a sentence.
struct WordCount {
  int n = 0, lower = 0, capmid = 0;
};

uint8_t classify(const WordCount& c, bool alpha) {
  if (c.n <= 0) return 0;
  int fb = c.n == 1 ? 0 : c.n < 10 ? 1 : 2;
  int cb;
  if (!alpha) cb = 7;
  else if (c.lower + c.capmid == 0) cb = 0;
  else {
    double r = double(c.capmid) / double(c.lower + c.capmid);
    cb = r == 0 ? 1 : r < 0.1 ? 2 : r < 0.5 ? 3 : r < 0.9 ? 4 : r < 1 ? 5 : 6;
  }
  return uint8_t(1 + fb * 8 + cb);
}

bool alpha_start(std::string_view f) {
  return !f.empty() && (is_upper_ascii(f[0]) || is_lower_ascii(f[0]) ||
                        static_cast<unsigned char>(f[0]) >= 0x80);
}

void count_word(std::unordered_map<uint64_t, WordCount>& m, std::string_view f, bool initial) {
  WordCount& c = m[hash_str(lower_ascii(f))];
  c.n++;
  if (!f.empty() && is_lower_ascii(f[0])) c.lower++;
  else if (!f.empty() && is_upper_ascii(f[0]) && !initial) c.capmid++;
}

}  // namespace

struct EntityTagger::Tok {
  // Whether the word may open a name (a capital or a non-ASCII first letter), and whether
  // the fields below are computed (tag() computes them only around such words).
  bool opens, ready;
  // Whether no name is to start here: a punctuation mark, or a word of a run the caller has
  // settled (tag()'s `settled`). Such a word is decoded as O when no name is open.
  bool skip;
  uint64_t raw, low, shape, sshape;
  uint64_t pre[4], suf[4];
  Evidence ev;  // the caller's evidence bits
  uint8_t wc;
  // The run of capitalised words this word is in ("The Mad Capsule Markets", with connectors
  // such as "of" between): its first and last words, the last one's suffix, the words just
  // before and after it, and (length, position); all kNone outside a run.
  uint64_t rfirst, rlast, rlastsuf, rbefore, rafter, rpos;
  Evidence rfirst_ev, rlast_ev;  // evidence of the run's first and last words (0 outside)
};

namespace {

// The roles a word plays towards the word being tagged: the word itself, or the word one or
// two before or after it. A role's features depend on that one word (and its evidence) and
// nothing else, so the weights they add up to can be remembered per word (role_scores).
enum Role { kSelf, kPrev1, kPrev2, kNext1, kNext2, kRoles };
constexpr long kRoleOffset[kRoles] = {0, -1, -2, 1, 2};
// The index of the word in `role` towards word i of n, or -1 beyond the sentence.
long role_index(size_t i, int role, size_t n) {
  long j = long(i) + kRoleOffset[role];
  return j >= 0 && j < long(n) ? j : -1;
}
// The roles whose features read the word's evidence: a remembered sum holds for that
// evidence only.
constexpr uint32_t kRolesWithEvidence = 1u << kSelf | 1u << kPrev1 | 1u << kNext1;
// The most features of one role (the word itself: 14 values, two evidence templates of up
// to 15 bits and the whole evidence), and of the rest (context_features).
constexpr size_t kMaxRoleFeatures = 14 + 2 * kEvidenceBits + 1;
constexpr size_t kMaxContextFeatures = 21 + kEvidenceBits + 8 + 3 * kEvidenceBits;

// One feature per evidence bit (the bit's number + 1), alone or with another value.
void evidence_bit_features(FeatureWriter& add, uint32_t tmpl, Evidence ev, uint64_t with) {
  for (Evidence b = ev & ((1u << kEvidenceBits) - 1); b; b &= b - 1)
    add(feat(tmpl, uint64_t(__builtin_ctz(b)) + 1, with));
}

// The word in `role` towards word i, or nullptr beyond the sentence.
const EntityTagger::Tok* role_word(const std::vector<EntityTagger::Tok>& toks, size_t i, int role) {
  long j = role_index(i, role, toks.size());
  return j >= 0 ? &toks[size_t(j)] : nullptr;
}

// The features of the word just before or after the tagged one (w; nullptr beyond the
// sentence), under each side's own templates: its lower case, its form, its class with its
// short shape, and its evidence bits.
void adjacent_word_features(const EntityTagger::Tok* w, uint32_t low, uint32_t raw,
                            uint32_t word_class, uint32_t evidence, FeatureWriter& add) {
  add(feat(low, w ? w->low : kNone));
  add(feat(raw, w ? w->raw : kNone));
  add(feat(word_class, w ? w->wc : 99, w ? w->sshape : kNone));
  if (w) evidence_bit_features(add, evidence, w->ev, 0);
}

// The features of word w in `role` (w is nullptr for a neighbour beyond the sentence).
void role_features(Role role, const EntityTagger::Tok* w, FeatureWriter& add) {
  switch (role) {
    case kSelf:
      add(feat(1, 0));
      add(feat(2, w->low));
      add(feat(3, w->raw));
      add(feat(4, w->shape));
      for (int k = 0; k < 4; ++k) add(feat(5 + k, w->pre[k]));
      for (int k = 0; k < 4; ++k) add(feat(9 + k, w->suf[k]));
      add(feat(13, w->wc));
      add(feat(14, w->wc, w->sshape));
      evidence_bit_features(add, 50, w->ev, 0);
      evidence_bit_features(add, 52, w->ev, w->sshape);
      add(feat(55, w->ev));
      break;
    case kPrev1:
      adjacent_word_features(w, 15, 19, 35, 53, add);
      break;
    case kPrev2:
      add(feat(16, w ? w->low : kNone));
      break;
    case kNext1:
      adjacent_word_features(w, 17, 20, 34, 54, add);
      add(feat(36, w ? w->suf[2] : kNone));
      break;
    case kNext2:
      add(feat(18, w ? w->low : kNone));
      break;
    case kRoles:
      break;
  }
}

// The features of token i that combine words, or read the previous tags or the capitalised
// run: everything but the role features.
void context_features(const std::vector<EntityTagger::Tok>& toks, size_t i, int prev, int prev2,
                      FeatureWriter& add) {
  using Tok = EntityTagger::Tok;
  const Tok& w = toks[i];
  const Tok* p1 = role_word(toks, i, kPrev1);
  const Tok* p2 = role_word(toks, i, kPrev2);
  const Tok* n1 = role_word(toks, i, kNext1);
  const Tok* n2 = role_word(toks, i, kNext2);
  uint64_t p1low = p1 ? p1->low : kNone, p2low = p2 ? p2->low : kNone;
  uint64_t n1low = n1 ? n1->low : kNone, n2low = n2 ? n2->low : kNone;
  uint64_t p1ss = p1 ? p1->sshape : kNone, n1ss = n1 ? n1->sshape : kNone;
  uint64_t p1wc = p1 ? p1->wc : 99, n1wc = n1 ? n1->wc : 99;
  uint64_t t1 = uint64_t(prev + 2), t2 = uint64_t(prev2 + 2);
  uint64_t initial = i == 0;
  add(feat(21, p1ss, w.sshape, n1ss));
  add(feat(22, p1ss, w.sshape));
  add(feat(23, w.sshape, n1ss));
  add(feat(24, initial, w.shape));
  add(feat(25, initial, w.wc));
  add(feat(26, t1));
  add(feat(27, t1, t2));
  add(feat(28, t1, w.low));
  add(feat(29, t1, w.shape));
  add(feat(30, t1, w.wc));
  add(feat(31, p1low, w.low));
  add(feat(32, w.low, n1low));
  add(feat(33, p1wc, w.wc, n1wc));
  add(feat(37, n1low, n2low));
  add(feat(38, p2low, p1low));
  add(feat(39, t1, n1ss));
  add(feat(40, p1low, w.sshape));
  add(feat(41, n1low, w.sshape));
  add(feat(42, n2 ? n2->sshape : kNone, n1ss, w.sshape));
  add(feat(43, p2 ? p2->sshape : kNone, p1ss, w.sshape));
  add(feat(44, t1, w.suf[2]));
  evidence_bit_features(add, 51, w.ev, t1);
  if (w.rpos != kNone) {
    add(feat(60, w.rlast));
    add(feat(61, w.rfirst));
    add(feat(62, w.rpos));
    add(feat(63, w.rlastsuf));
    add(feat(64, w.rbefore));
    add(feat(65, w.rafter));
    add(feat(66, w.rbefore, w.rpos));
    add(feat(67, w.rlast, t1));
    evidence_bit_features(add, 68, w.rlast_ev, 0);
    evidence_bit_features(add, 69, w.rfirst_ev, 0);
    evidence_bit_features(add, 70, w.rlast_ev, w.rpos);
  }
}

// Every feature of token i: its context and the roles of the words within reach.
void token_features(const std::vector<EntityTagger::Tok>& toks, size_t i, int prev, int prev2,
                    std::vector<uint64_t>& f) {
  FeatureWriter add(f, kRoles * kMaxRoleFeatures + kMaxContextFeatures);
  for (int r = 0; r < kRoles; ++r) role_features(Role(r), role_word(toks, i, r), add);
  context_features(toks, i, prev, prev2, add);
}

}  // namespace

// A word "opens" when it is capitalised or starts with a non-ASCII byte: the words a name
// can start with, and the words that make the capitalised runs.
static bool opens_name(std::string_view w) {
  return !w.empty() && (is_upper_ascii(w[0]) || static_cast<unsigned char>(w[0]) >= 0x80);
}

namespace {

// The word a slot of the per-thread memories below holds: its raw hash and its bytes.
struct RememberedKey {
  static constexpr size_t kMaxBytes = 30;  // longer words are not remembered
  uint64_t raw = 0;
  uint8_t size = 0;
  char bytes[kMaxBytes];
  static bool rememberable(std::string_view word) { return word.size() <= kMaxBytes; }
  bool holds(uint64_t raw_hash, std::string_view word) const {
    return raw == raw_hash && size == word.size() && std::memcmp(bytes, word.data(), word.size()) == 0;
  }
  void take(uint64_t raw_hash, std::string_view word) {
    raw = raw_hash;
    size = uint8_t(word.size());
    std::memcpy(bytes, word.data(), word.size());
  }
};

// A word's hashes that depend on the word alone, remembered per thread for recent words:
// names and sentence openers recur, and a word costs a dozen hashes to describe.
struct RememberedWord {
  RememberedKey key;
  uint64_t low, shape, sshape, pre[4], suf[4];
};
constexpr size_t kRememberedWords = 1024;  // direct-mapped by the raw hash

}  // namespace

void EntityTagger::fill(std::string_view f, Tok& t) const {
  t.raw = hash_str(f);
  thread_local std::array<RememberedWord, kRememberedWords> memo;
  RememberedWord& slot = memo[t.raw % kRememberedWords];
  const bool rememberable = RememberedKey::rememberable(f);
  if (rememberable && slot.key.holds(t.raw, f)) {
    t.low = slot.low, t.shape = slot.shape, t.sshape = slot.sshape;
    std::copy(std::begin(slot.pre), std::end(slot.pre), t.pre);
    std::copy(std::begin(slot.suf), std::end(slot.suf), t.suf);
    t.wc = word_class(t.low);  // the tagger's vocabulary: not part of the memo
    t.ready = true;
    return;
  }
  thread_local std::string low;
  low.assign(f);
  for (char& c : low)
    if (is_upper_ascii(c)) c = char(c - 'A' + 'a');
  t.low = hash_str(low);
  vocab_index_.prefetch(t.low);  // for word_class below, after the other values
  std::string shape = word_shape(f);
  t.shape = hash_str(shape);
  t.sshape = hash_str(short_shape(shape));
  for (int k = 0; k < 4; ++k) {
    bool ok = low.size() > size_t(k + 1);
    t.pre[k] = ok ? hash_str(std::string_view(low).substr(0, size_t(k) + 1)) : kNone;
    t.suf[k] = ok ? hash_str(std::string_view(low).substr(low.size() - size_t(k) - 1)) : kNone;
  }
  t.wc = word_class(t.low);
  t.ready = true;
  if (rememberable) {
    slot.key.take(t.raw, f);
    slot.low = t.low, slot.shape = t.shape, slot.sshape = t.sshape;
    std::copy(std::begin(t.pre), std::end(t.pre), slot.pre);
    std::copy(std::begin(t.suf), std::end(t.suf), slot.suf);
  }
}

namespace {

// A word's role scores (role_scores), remembered per thread for recent words under the same
// key as RememberedWord. The words around the ones decode() scores are mostly the same few
// ("the", "said", "in") and the names recur: a role costs up to 45 feature look-ups to sum,
// a remembered one a copy.
struct RememberedRoles {
  uint64_t serial = 0;  // the tagger's (EntityTagger::serial_); 0: empty
  RememberedKey key;
  uint8_t have = 0;  // a bit per role whose sums are here
  Evidence ev[kRoles];  // the evidence they were summed with, for kRolesWithEvidence
  std::array<int32_t, kClasses> sums[kRoles];
};

std::atomic<uint64_t> model_serials{0};

}  // namespace

void EntityTagger::set_model(Model model) {
  model_ = std::move(model);
  serial_ = ++model_serials;
  // Beyond the sentence's ends every neighbour role has its fixed features.
  edge_scores_.assign(size_t(kRoles) * kClasses, 0);
  std::vector<uint64_t> f;
  for (int r = kPrev1; r < kRoles; ++r) {
    {
      FeatureWriter add(f, kMaxRoleFeatures);
      role_features(Role(r), nullptr, add);
    }
    model_.score(f, &edge_scores_[size_t(r) * kClasses]);
  }
}

const int32_t* EntityTagger::role_scores(int role, const Tok& t, std::string_view word) const {
  // Heap memory (≈ 0.5 MB per thread), not a thread_local array: thread-local storage that
  // large is a poor fit for small thread stacks and static TLS.
  thread_local std::unique_ptr<RememberedRoles[]> memo;
  thread_local std::array<int32_t, kClasses> unremembered;
  thread_local std::vector<uint64_t> f;
  if (!memo) memo = std::make_unique<RememberedRoles[]>(kRememberedWords);
  RememberedRoles& slot = memo[(t.raw >> 32) % kRememberedWords];
  const uint8_t bit = uint8_t(1u << role);
  const bool uses_evidence = (kRolesWithEvidence >> role) & 1;
  const bool rememberable = RememberedKey::rememberable(word);
  if (rememberable && slot.serial == serial_ && slot.key.holds(t.raw, word)) {
    if ((slot.have & bit) && (!uses_evidence || slot.ev[role] == t.ev)) return slot.sums[role].data();
  } else if (rememberable) {
    slot.serial = serial_;
    slot.key.take(t.raw, word);
    slot.have = 0;
  }
  int32_t* sums = rememberable ? slot.sums[role].data() : unremembered.data();
  {
    FeatureWriter add(f, kMaxRoleFeatures);
    role_features(Role(role), &t, add);
  }
  std::fill(sums, sums + kClasses, 0);
  model_.score(f, sums);
  if (rememberable) {
    slot.have |= bit;
    slot.ev[role] = t.ev;
  }
  return sums;
}

void EntityTagger::prepare(const std::vector<std::string_view>& words,
                           const std::vector<Evidence>& evidence, std::vector<Tok>& toks,
                           bool all, const std::vector<uint8_t>& settled) const {
  toks.resize(words.size());
  size_t n = words.size();
  for (size_t i = 0; i < n; ++i) {
    Tok& t = toks[i];
    t.opens = opens_name(words[i]);
    t.ready = false;
    t.skip = false;
    t.ev = i < evidence.size() ? evidence[i] : 0;
  }
  if (!all) {
    // A name never starts at a punctuation mark that opens only for its non-ASCII first byte
    // (quotation marks, dashes): such a word is O unless a name is open.
    for (size_t i = 0; i < n; ++i)
      if (toks[i].opens && static_cast<unsigned char>(words[i][0]) >= 0x80) {
        size_t p = 0;
        char32_t c = text::next_codepoint(words[i], p);
        toks[i].skip = !text::is_letter(c) && !text::is_digit(c);
      }
    if (!settled.empty()) mark_settled_runs(settled, toks);
  }
  // Only the words decode() scores (those that open a name) and their neighbours within the
  // features' reach (±2) are needed; decode() computes any other word it comes to need.
  for (size_t i = 0; i < n; ++i)
    if (all || (toks[i].opens && !toks[i].skip))
      for (size_t k = i >= 2 ? i - 2 : 0; k < std::min(n, i + 3); ++k)
        if (!toks[k].ready) fill(words[k], toks[k]);
  // Capitalised runs. Their words are ready unless skipped: the lower-cased form of a run's
  // ends and neighbours is computed here when they are not.
  auto capw = [&](size_t i) { return toks[i].opens; };
  auto low_of = [&](size_t k) { return toks[k].ready ? toks[k].low : hash_str(lower_ascii(words[k])); };
  size_t i = 0;
  while (i < n) {
    if (!capw(i)) {
      Tok& t = toks[i];
      t.rfirst = t.rlast = t.rlastsuf = t.rbefore = t.rafter = t.rpos = kNone;
      t.rfirst_ev = t.rlast_ev = 0;
      ++i;
      continue;
    }
    size_t j = i + 1;
    for (;;) {
      if (j < n && capw(j)) ++j;
      else if (j + 1 < n && capw(j + 1) && (connector(lower_ascii(words[j])) || words[j] == "-")) j += 2;
      else break;
    }
    std::string_view last = words[j - 1];
    uint64_t first = low_of(i), lastlow = low_of(j - 1);
    uint64_t suf = last.size() > 3 ? hash_str(lower_ascii(last.substr(last.size() - 3))) : lastlow;
    uint64_t before = i > 0 ? low_of(i - 1) : kNone, after = j < n ? low_of(j) : kNone;
    uint64_t len = std::min<uint64_t>(j - i, 5);
    for (size_t k = i; k < j; ++k) {
      Tok& t = toks[k];
      t.rfirst = first;
      t.rlast = lastlow;
      t.rlastsuf = suf;
      t.rbefore = before;
      t.rafter = after;
      t.rfirst_ev = toks[i].ev;
      t.rlast_ev = toks[j - 1].ev;
      uint64_t pos = k == i ? 0 : k + 1 == j ? 2 : 1;
      t.rpos = len * 4 + pos + 1;
    }
    i = j;
  }
}

int EntityTagger::decode(std::vector<Tok>& toks, std::vector<int>& tags,
                         std::vector<int32_t>* margins,
                         const std::vector<std::string_view>* words) const {
  thread_local std::vector<uint64_t> f;
  std::array<int32_t, kClasses> scores;
  tags.assign(toks.size(), 0);
  if (margins) margins->assign(toks.size(), 0);
  int prev = -1, prev2 = -1;
  for (size_t i = 0; i < toks.size(); ++i) {
    // Outside a name, a word that cannot open one is O: it is not scored. Nearly all words
    // of running text are such words, and the model gives them O all but always.
    if (pos_of(prev) != kB && pos_of(prev) != kI && (!toks[i].opens || toks[i].skip)) {
      tags[i] = 0;
      if (margins) (*margins)[i] = 1 << 20;
      prev2 = prev;
      prev = 0;
      continue;
    }
    if (words)
      for (size_t k = i >= 2 ? i - 2 : 0; k < std::min(toks.size(), i + 3); ++k)
        if (!toks[k].ready) fill((*words)[k], toks[k]);
    scores.fill(0);
    if (words && remember_role_scores_) {
      {
        FeatureWriter add(f, kMaxContextFeatures);
        context_features(toks, i, prev, prev2, add);
      }
      model_.score(f, scores.data());
      for (int r = 0; r < kRoles; ++r) {
        long j = role_index(i, r, toks.size());
        const int32_t* part = j >= 0 ? role_scores(r, toks[size_t(j)], (*words)[size_t(j)])
                                     : &edge_scores_[size_t(r) * kClasses];
        for (int c = 0; c < kClasses; ++c) scores[size_t(c)] += part[c];
      }
    } else {
      token_features(toks, i, prev, prev2, f);
      model_.score(f, scores.data());
    }
    int best = -1, second = -1;
    for (int c = 0; c < kClasses; ++c) {
      if (!valid(prev, c)) continue;
      if (best < 0 || scores[size_t(c)] > scores[size_t(best)]) {
        second = best;
        best = c;
      } else if (second < 0 || scores[size_t(c)] > scores[size_t(second)]) {
        second = c;
      }
    }
    tags[i] = best;
    if (margins)
      (*margins)[i] = second < 0 ? 1 << 20 : scores[size_t(best)] - scores[size_t(second)];
    prev2 = prev;
    prev = best;
  }
  return 0;
}

// Marks the runs of name-opening words the caller has no use for: every word of the run is
// settled. Decoding is greedy, so a run's tags reach the next run only through the two
// previous tags, or through a name continued across a connector ("Bank of England"): a run
// within two words before a run that is decoded is decoded too.
void EntityTagger::mark_settled_runs(const std::vector<uint8_t>& settled, std::vector<Tok>& toks) {
  size_t n = toks.size();
  size_t next_decoded = SIZE_MAX;  // start of the nearest decoded run to the right
  for (size_t end = n; end > 0;) {
    if (!toks[end - 1].opens) {
      --end;
      continue;
    }
    size_t begin = end - 1;
    while (begin > 0 && toks[begin - 1].opens) --begin;
    bool all_settled = true;
    for (size_t k = begin; k < end && all_settled; ++k)
      all_settled = toks[k].skip || (k < settled.size() && settled[k]);
    bool skip = all_settled && !(next_decoded != SIZE_MAX && next_decoded - end <= 2);
    for (size_t k = begin; k < end; ++k) toks[k].skip = toks[k].skip || skip;
    if (!skip) next_decoded = begin;
    end = begin;
  }
}

std::vector<NamedSpan> EntityTagger::tag(const std::vector<std::string_view>& words,
                                         const std::vector<Evidence>& evidence,
                                         const std::vector<uint8_t>& settled) const {
  if (words.empty()) return {};
  thread_local std::vector<Tok> toks;
  thread_local std::vector<int> tags;
  thread_local std::vector<int32_t> margins;
  bool any = false;
  for (std::string_view w : words) any = any || opens_name(w);
  if (!any) return {};
  prepare(words, evidence, toks, false, settled);
  decode(toks, tags, &margins, &words);
  std::vector<NamedSpan> spans = tag_spans(tags);
  for (NamedSpan& s : spans) {
    float lo = 1;
    for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
      float m = float(std::max(0, margins[i]));
      lo = std::min(lo, m / (m + margin_scale_));
    }
    s.score = lo;
  }
  return spans;
}

std::vector<NamedSpan> EntityTagger::gold_spans(const UdSentence& s) {
  std::vector<NamedSpan> spans;
  std::vector<uint8_t> ignore;
  derive(s, spans, ignore);
  return spans;
}

// ---- training ----

std::unique_ptr<EntityTagger> EntityTagger::train(const std::vector<UdSentence>& sents,
                                                  const std::vector<UdSentence>* dev,
                                                  const TrainOptions& opt) {
  auto tg = std::make_unique<EntityTagger>();
  // Documents and folds: a document starts at "# newdoc"; without any, each sentence is one.
  std::vector<int> doc(sents.size());
  bool any_newdoc = false;
  for (const UdSentence& s : sents)
    for (const std::string& l : s.lines) any_newdoc = any_newdoc || l.rfind("# newdoc", 0) == 0;
  {
    int d = -1;
    for (size_t i = 0; i < sents.size(); ++i) {
      bool nd = !any_newdoc || i == 0;
      for (const std::string& l : sents[i].lines) nd = nd || l.rfind("# newdoc", 0) == 0;
      if (nd) ++d;
      doc[i] = d;
    }
  }
  std::map<int, bool> annotated;
  for (size_t i = 0; i < sents.size(); ++i)
    annotated[doc[i]] = annotated[doc[i]] || has_entity_layer(sents[i]);

  // Word statistics over all sentences; per fold over the annotated documents, so that a
  // training sentence sees the classes of a lexicon without its own document's fold.
  std::unordered_map<uint64_t, WordCount> total;
  std::vector<std::unordered_map<uint64_t, WordCount>> fold(kFolds);
  std::vector<uint64_t> order;
  for (size_t i = 0; i < sents.size(); ++i) {
    const auto& w = sents[i].words;
    for (size_t j = 0; j < w.size(); ++j) {
      uint64_t h = hash_str(lower_ascii(w[j].form));
      if (!total.count(h)) order.push_back(h);
      count_word(total, w[j].form, j == 0);
      if (annotated[doc[i]]) count_word(fold[size_t(doc[i] % kFolds)], w[j].form, j == 0);
    }
  }
  std::unordered_map<uint64_t, bool> alpha;
  for (const UdSentence& s : sents)
    for (const UdWord& w : s.words) alpha[hash_str(lower_ascii(w.form))] = alpha_start(w.form);
  for (uint64_t h : order) {
    tg->vocab_index_.insert(h, uint32_t(tg->vocab_keys_.size()));
    tg->vocab_keys_.push_back(h);
    tg->vocab_class_.push_back(classify(total[h], alpha[h]));
  }

  Rng drop_rng(opt.seed + 1);
  // Training sentences with their derived spans and the caller's evidence.
  struct Item {
    std::vector<Tok> toks;
    std::vector<int> gold;
    std::vector<uint8_t> ignore;
  };
  std::vector<Item> items;
  std::vector<NamedSpan> spans;
  std::vector<uint8_t> ignore;
  std::vector<std::string_view> words;
  std::vector<Evidence> evidence;
  for (size_t i = 0; i < sents.size(); ++i) {
    if (!annotated[doc[i]]) continue;
    derive(sents[i], spans, ignore);
    const auto& w = sents[i].words;
    int k = doc[i] % kFolds;
    words.clear();
    for (const UdWord& x : w) words.push_back(x.form);
    auto add = [&](const std::vector<std::string_view>& forms, const std::vector<NamedSpan>& gold,
                   const std::vector<uint8_t>& ign) {
      Item it;
      evidence.clear();
      if (opt.evidence) opt.evidence(forms, evidence);
      // Evidence is often missing or wrong at run time (names no list holds, list words that
      // are no names here): dropping some of it keeps the model from leaning on it alone.
      for (Evidence& e : evidence)
        if (e && drop_rng.uniform() < opt.evidence_dropout) e = 0;
      tg->prepare(forms, evidence, it.toks, true);
      // Word classes as if this document's fold were unseen.
      for (Tok& t : it.toks) {
        WordCount c = total[t.low];
        auto f = fold[size_t(k)].find(t.low);
        if (f != fold[size_t(k)].end()) {
          c.n -= f->second.n;
          c.lower -= f->second.lower;
          c.capmid -= f->second.capmid;
        }
        t.wc = classify(c, alpha[t.low]);
      }
      it.gold = span_tags(forms.size(), gold);
      it.ignore = ign;
      items.push_back(std::move(it));
    };
    add(words, spans, ignore);
    std::vector<uint32_t> g = hyphen_groups(sents[i]);
    if (!g.empty()) {
      size_t m = g.back() + 1;
      std::vector<std::string> joined(m);
      std::vector<uint8_t> jign(m, 0), in_span(m, 0);
      for (size_t j = 0; j < w.size(); ++j) {
        joined[g[j]] += w[j].form;
        jign[g[j]] |= ignore[j];
      }
      std::vector<NamedSpan> jspans;
      for (const NamedSpan& sp : spans) {
        uint32_t b = g[sp.token_begin], e = g[sp.token_end - 1] + 1;
        bool free = true;
        for (uint32_t j = b; j < e; ++j) free = free && !in_span[j];
        if (!free) continue;
        for (uint32_t j = b; j < e; ++j) in_span[j] = 1, jign[j] = 0;
        jspans.push_back({b, e, sp.type, 1.f});
      }
      std::vector<std::string_view> jwords(joined.begin(), joined.end());
      add(jwords, jspans, jign);
    }
  }

  TrainModel tm(kClasses);
  std::vector<size_t> idx(items.size());
  for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  Rng rng(opt.seed);
  std::vector<uint64_t> f;
  std::array<float, kClasses> scores;
  for (int epoch = 0; epoch < opt.epochs; ++epoch) {
    rng.shuffle(idx);
    size_t n = 0, correct = 0;
    for (size_t ii : idx) {
      const Item& it = items[ii];
      int prev = -1, prev2 = -1;
      for (size_t i = 0; i < it.toks.size(); ++i) {
        token_features(it.toks, i, prev, prev2, f);
        scores.fill(0.f);
        tm.score(f, scores.data());
        int guess = int(std::max_element(scores.begin(), scores.end()) - scores.begin());
        int gold = it.gold[i];
        if (!it.ignore[i]) {
          tm.update(f, gold, guess);
          tm.tick();
          ++n;
          correct += guess == gold;
        }
        int next = -1;
        for (int c = 0; c < kClasses; ++c)
          if (valid(prev, c) && (next < 0 || scores[size_t(c)] > scores[size_t(next)])) next = c;
        prev2 = prev;
        prev = next;
      }
    }
    if (opt.log) {
      *opt.log << "ner epoch " << epoch + 1 << ": train acc " << double(correct) / double(n)
               << ", features " << tm.features();
      if (dev) {
        tg->set_model(tm.average(0.0f));
        Scores sc = tg->evaluate(*dev, opt.evidence);
        *opt.log << ", dev span P/R/F1 " << sc.span_p << " " << sc.span_r << " " << sc.span_f1
                 << " untyped F1 " << sc.untyped_f1 << " token F1 " << sc.token_f1;
      }
      *opt.log << std::endl;
    }
  }
  tg->set_model(tm.average(0.0f));
  // A typical margin of the tokens the model puts in spans, for NamedSpan::score.
  std::vector<int32_t> all, margins;
  std::vector<int> tags;
  for (size_t ii = 0; ii < items.size(); ii += 2) {
    tg->decode(items[ii].toks, tags, &margins);
    for (size_t i = 0; i < tags.size(); ++i)
      if (tags[i] != 0) all.push_back(margins[i]);
  }
  if (!all.empty()) {
    std::nth_element(all.begin(), all.begin() + long(all.size() / 4), all.end());
    tg->margin_scale_ = std::max(1.f, float(all[all.size() / 4]));
  }
  return tg;
}

EntityTagger::Scores EntityTagger::evaluate(const std::vector<UdSentence>& gold,
                                            const EvidenceFn& evidence_fn) const {
  size_t tp = 0, tpu = 0, ng = 0, np = 0, ttp = 0, tg = 0, tpn = 0;
  std::vector<std::string_view> words;
  std::vector<Evidence> evidence;
  for (const UdSentence& s : gold) {
    words.clear();
    for (const UdWord& w : s.words) words.push_back(w.form);
    evidence.clear();
    if (evidence_fn) evidence_fn(words, evidence);
    std::vector<NamedSpan> g = gold_spans(s), p = tag(words, evidence);
    ng += g.size();
    np += p.size();
    for (const NamedSpan& a : p)
      for (const NamedSpan& b : g)
        if (a.token_begin == b.token_begin && a.token_end == b.token_end) {
          ++tpu;
          tp += a.type == b.type;
        }
    std::vector<std::string> gt(words.size()), pt(words.size());
    for (const NamedSpan& b : g)
      for (uint32_t i = b.token_begin; i < b.token_end; ++i) gt[i] = b.type;
    for (const NamedSpan& a : p)
      for (uint32_t i = a.token_begin; i < a.token_end; ++i) pt[i] = a.type;
    for (size_t i = 0; i < words.size(); ++i) {
      tg += !gt[i].empty();
      tpn += !pt[i].empty();
      ttp += !gt[i].empty() && gt[i] == pt[i];
    }
  }
  auto div = [](size_t a, size_t b) { return b ? double(a) / double(b) : 0.0; };
  auto f1 = [](double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; };
  Scores sc;
  sc.gold_spans = ng;
  sc.pred_spans = np;
  sc.span_p = div(tp, np);
  sc.span_r = div(tp, ng);
  sc.span_f1 = f1(sc.span_p, sc.span_r);
  sc.untyped_f1 = f1(div(tpu, np), div(tpu, ng));
  sc.token_p = div(ttp, tpn);
  sc.token_r = div(ttp, tg);
  sc.token_f1 = f1(sc.token_p, sc.token_r);
  return sc;
}

void EntityTagger::train(const std::vector<std::string>& train_files, const std::string& dev_file,
                         const std::string& out_path, const TrainOptions& opt) {
  std::vector<UdSentence> sents;
  for (const std::string& f : train_files) {
    auto part = read_conllu(f);
    for (auto& s : part) sents.push_back(std::move(s));
  }
  std::vector<UdSentence> dev;
  if (!dev_file.empty()) dev = read_conllu(dev_file);
  auto tg = train(sents, dev_file.empty() ? nullptr : &dev, opt);
  tg->save(out_path);
  if (opt.log) {
    *opt.log << "ner: " << tg->features() << " features, written to " << out_path << std::endl;
    if (!dev_file.empty()) {
      auto loaded = load(out_path);
      Scores sc = loaded->evaluate(dev, opt.evidence);
      *opt.log << "ner dev (saved model): spans gold " << sc.gold_spans << " predicted "
               << sc.pred_spans << ", typed P " << sc.span_p << " R " << sc.span_r << " F1 "
               << sc.span_f1 << ", untyped F1 " << sc.untyped_f1 << ", token P " << sc.token_p
               << " R " << sc.token_r << " F1 " << sc.token_f1 << std::endl;
    }
  }
}

// ---- files ----

void EntityTagger::save(const std::string& path) const {
  BinWriter out(path, kMagic, kVersion);
  out.put<uint32_t>(kClasses);
  out.put<float>(margin_scale_);
  out.vec(vocab_keys_);
  out.vec(vocab_class_);
  model_.write(out);
  out.close();
}

std::unique_ptr<EntityTagger> EntityTagger::load(const std::string& path) {
  auto tg = std::make_unique<EntityTagger>();
  BinReader in(path, kMagic, kVersion);
  if (in.get<uint32_t>() != uint32_t(kClasses)) in.fail("bad class count");
  tg->margin_scale_ = in.get<float>();
  if (!(tg->margin_scale_ > 0)) in.fail("bad margin scale");
  in.vec(tg->vocab_keys_);
  in.vec(tg->vocab_class_);
  if (tg->vocab_class_.size() != tg->vocab_keys_.size()) in.fail("bad vocabulary");
  tg->vocab_index_.reserve(tg->vocab_keys_.size());
  for (size_t i = 0; i < tg->vocab_keys_.size(); ++i)
    tg->vocab_index_.insert(tg->vocab_keys_[i], uint32_t(i));
  Model model;
  model.read(in);
  if (model.nclasses() != kClasses) in.fail("class count mismatch");
  tg->set_model(std::move(model));
  return tg;
}

}  // namespace casus::nlp
