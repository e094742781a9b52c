// Quotes and attribution.
//
// 1. Quote-mark spans over the body text, paragraph by paragraph: curly, straight and
//    doubled-apostrophe marks; single marks only nest; a paragraph that opens a quote without
//    closing it continues in the next paragraph when that one opens with a quote mark.
// 2. Reporting cues from the lexicon (data/lexicon/reporting_verbs.txt) outside quote marks,
//    plus "according to" and transcript speaker labels ("PENCE: ...").
// 3. For each cue: the source (nsubj of the cue verb when parsed, else the noun phrase next to
//    it) and the content, in this order of preference: the quote just before the cue clause
//    ("...," he said), the quote just after it (he said: "..."), the clause before it
//    ("X, officials said."), the clausal complement after it (ccomp / "that" clause; PolNeAR
//    keeps "that" inside the content).
// 4. The speaker from the entity or coreference mention under the source; anonymous sources;
//    the channel; the key.
#include "extract/quotes.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extract/quote_lexicon.h"
#include "text/unicode.h"

namespace casus::extract {
namespace {

enum class Mark { kNone, kOpen, kClose, kAmbiguous };

// A double quote mark at byte i: its kind and length.
Mark mark_at(std::string_view t, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(t[i]);
  if (c == '"') return *len = 1, Mark::kAmbiguous;
  if (c == '\'' && i + 1 < t.size() && t[i + 1] == '\'') return *len = 2, Mark::kAmbiguous;
  if (c == '`' && i + 1 < t.size() && t[i + 1] == '`') return *len = 2, Mark::kOpen;
  if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) {
    unsigned char d = static_cast<unsigned char>(t[i + 2]);
    *len = 3;
    if (d == 0x9C || d == 0x9E || d == 0x9F) return Mark::kOpen;  // “ „ ‟
    if (d == 0x9D) return Mark::kClose;                              // ”
  }
  if (c == 0xC2 && i + 1 < t.size()) {
    unsigned char d = static_cast<unsigned char>(t[i + 1]);
    *len = 2;
    if (d == 0xAB) return Mark::kOpen;   // «
    if (d == 0xBB) return Mark::kClose;  // »
  }
  return Mark::kNone;
}

bool is_space_byte(std::string_view t, size_t i) {
  unsigned char c = static_cast<unsigned char>(t[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return true;
  return c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA0;
}

// Is the byte before i a space, an opening bracket or dash, or the paragraph start?
bool open_context(std::string_view t, size_t i, size_t para_begin) {
  if (i <= para_begin) return true;
  unsigned char c = static_cast<unsigned char>(t[i - 1]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '(' || c == '[' || c == '-' || c == '/') return true;
  if (c == 0xA0) return true;                                   // nbsp
  if (c >= 0x93 && c <= 0x95 && i >= 3 && static_cast<unsigned char>(t[i - 3]) == 0xE2) return true;  // – —
  if (c == 0x98 && i >= 3 && static_cast<unsigned char>(t[i - 3]) == 0xE2) return true;  // ‘
  return false;
}

struct QSpan {
  uint32_t begin = 0, end = 0;  // from the opening mark to after the closing mark
  bool closed = true;
};

std::vector<QSpan> find_quote_spans(std::string_view t) {
  std::vector<QSpan> out;
  const size_t n = t.size();
  int64_t open = -1;
  bool carry = false;  // open from the previous paragraph; this paragraph's first mark continues it
  size_t p = 0;
  while (p < n) {
    size_t e = t.find('\n', p);
    if (e == std::string_view::npos) e = n;
    size_t first = p;
    while (first < e && is_space_byte(t, first)) ++first;
    for (size_t i = p; i < e;) {
      size_t len = 0;
      Mark m = mark_at(t, i, &len);
      if (m == Mark::kNone) {
        ++i;
        continue;
      }
      bool opening_like = open_context(t, i, p) && i + len < e && !is_space_byte(t, i + len);
      bool closing_like = i > p && !is_space_byte(t, i - 1);
      if (carry && i == first) {  // the continuation mark of a multi-paragraph quote
        carry = false;
        i += len;
        continue;
      }
      carry = false;
      if (open < 0) {
        if (m != Mark::kClose || opening_like) open = static_cast<int64_t>(i);
      } else if (m == Mark::kClose || (m == Mark::kAmbiguous && (closing_like || !opening_like))) {
        out.push_back({static_cast<uint32_t>(open), static_cast<uint32_t>(i + len), true});
        open = -1;
      }
      // an opening mark inside an open quote: nested or stray, ignored
      i += len;
    }
    if (open >= 0) {
      // Continue when the next non-empty paragraph opens with a quote mark.
      size_t q = e;
      while (q < n && is_space_byte(t, q)) ++q;
      size_t len = 0;
      if (q < n && q > e && mark_at(t, q, &len) != Mark::kNone) {
        carry = true;
      } else {
        size_t end = e;
        while (end > static_cast<size_t>(open) && is_space_byte(t, end - 1)) --end;
        out.push_back({static_cast<uint32_t>(open), static_cast<uint32_t>(end), false});
        open = -1;
      }
    }
    p = e + 1;
  }
  if (open >= 0) out.push_back({static_cast<uint32_t>(open), static_cast<uint32_t>(n), false});
  return out;
}

bool is_quote_char_at(std::string_view t, size_t i, size_t* len) {
  Mark m = mark_at(t, i, len);
  return m != Mark::kNone && *len != 2 ? true : (m != Mark::kNone && t[i] != '\'' && t[i] != '`');
}

// The quote-mark rule of the evaluation data: content opens with a double quote mark (inside
// the span or just before it) and closes with one.
bool quote_marked(std::string_view t, ByteSpan s) {
  uint32_t b = s.begin, e = s.end;
  while (b < e && is_space_byte(t, b)) ++b;
  while (e > b && (t[e - 1] == ' ' || t[e - 1] == '\n' || t[e - 1] == '\t')) --e;
  if (e <= b + 2) return false;
  size_t len = 0;
  bool opens = is_quote_char_at(t, b, &len);
  if (!opens) {
    for (size_t back = 1; back <= 3 && back <= b; ++back)
      if (is_quote_char_at(t, b - back, &len) && len == back) opens = true;
  }
  auto ends_with_mark = [&](uint32_t end) {
    for (size_t back = 1; back <= 3 && back <= end - b; ++back)
      if (is_quote_char_at(t, end - back, &len) && len == back) return true;
    return false;
  };
  uint32_t inner = e;
  while (inner > b && std::string_view(".,;:!?").find(t[inner - 1]) != std::string_view::npos) --inner;
  if (inner >= 3 && static_cast<unsigned char>(t[inner - 3]) == 0xE2 &&
      static_cast<unsigned char>(t[inner - 2]) == 0x80 && static_cast<unsigned char>(t[inner - 1]) == 0xA6)
    inner -= 3;  // …
  bool closes = ends_with_mark(inner) || ends_with_mark(e) ||
                (e < t.size() && is_quote_char_at(t, e, &len));
  return opens && closes;
}

bool is_punct_token(std::string_view s) {
  if (s.empty()) return true;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      if (c == 0xE2) { i += 2; continue; }  // general punctuation block
      if (c == 0xC2) { ++i; continue; }
      return false;
    }
    if (std::isalnum(c)) return false;
  }
  return true;
}

bool is_cap(std::string_view s) {
  return !s.empty() && (std::isupper(static_cast<unsigned char>(s[0])) ||
                        static_cast<unsigned char>(s[0]) >= 0xC3);
}

// Word sets are built once, by the thread-safe initialisation of function-local statics.
std::unordered_set<std::string> make_set(std::initializer_list<const char*> words) {
  return std::unordered_set<std::string>(words.begin(), words.end());
}

bool in(const std::string& w, const std::unordered_set<std::string>& s) { return s.count(w) > 0; }

const std::unordered_set<std::string>& skip_before_cue() {
  static const std::unordered_set<std::string> s = make_set({"also", "has", "have", "had", "was", "is", "were", "are", "will", "would",
                 "later", "then", "reportedly", "previously", "once", "often", "repeatedly",
                 "publicly", "recently", "first", "further", "again", "not", "n't", "never",
                 "did", "does", "do", "may", "might", "could", "should", "can", "already",
                 "simply", "just", "allegedly", "earlier", "privately", "flatly", "quickly",
                 "angrily", "bluntly", "openly", "explicitly", "famously", "specifically",
                 "subsequently", "initially", "separately", "told", "being", "been"});
  return s;
}

const std::unordered_set<std::string>& np_boundary() {
  static const std::unordered_set<std::string> s = make_set({"that", "but", "and", "because", "while", "as", "when", "which", "if", "though",
                 "although", "since", "after", "before", "so", "where", "whether", "than",
                 "until", "unless", "yet", "or", "nor", "in", "on", "at", "for", "with", "to",
                 "by", "from", "during", "about", "like"});
  return s;
}

const std::unordered_set<std::string>& subject_pronouns() {
  static const std::unordered_set<std::string> s = make_set({"he", "she", "they", "i", "we", "it", "you", "who", "which"});
  return s;
}

const std::unordered_set<std::string>& anonymous_nouns() {
  static const std::unordered_set<std::string> s = make_set({"source", "sources", "official", "officials", "spokesman", "spokeswoman",
                 "spokesperson", "aide", "aides", "insider", "insiders", "diplomat", "diplomats",
                 "witness", "witnesses", "resident", "residents", "person", "people", "officer",
                 "officers", "member", "members", "adviser", "advisers", "advisor", "advisors",
                 "analyst", "analysts", "expert", "experts", "staffer", "staffers", "activist",
                 "activists", "observers", "observer", "employee", "employees", "source,"});
  return s;
}

// Cue lemmas strong enough to take any following clause without a parse or "that".
const std::unordered_set<std::string>& core_say() {
  static const std::unordered_set<std::string> s = make_set({"say", "tell", "add", "claim", "insist", "argue", "state", "warn", "explain",
                 "note", "announce", "write", "tweet", "report", "acknowledge", "admit", "stress",
                 "suggest", "assert", "contend", "maintain", "allege", "predict", "confirm",
                 "believe", "think", "reply", "respond", "emphasize", "recall", "testify"});
  return s;
}

// Cues whose infinitive complement is the content ("urged Congress to act", "vowed to").
const std::unordered_set<std::string>& xcomp_cues() {
  static const std::unordered_set<std::string> s = make_set({"urge", "call", "ask", "tell", "want", "plan", "hope", "promise", "vow",
                 "threaten", "intend", "refuse", "decline", "agree", "propose", "seem", "appear",
                 "expect", "demand", "order", "advise", "warn", "implore", "beg", "appeal",
                 "encourage", "invite", "challenge", "push", "press", "seek", "offer"});
  return s;
}

// Cues that are rarely reporting when they only take an object.
const std::unordered_set<std::string>& no_object_cues() {
  static const std::unordered_set<std::string> s = make_set({"continue", "find", "prove", "know", "consider", "release", "seek", "decide",
                 "appear", "feel", "read", "post", "publish", "write", "learn", "understand",
                 "suppose", "think", "believe", "expect",
                 "intend", "push", "press", "order", "direct", "project", "figure", "point",
                 "address", "answer", "object", "correct", "term", "brief", "text", "email",
                 "read", "repeat", "echo"});
  return s;
}

const std::unordered_set<std::string>& channel_nouns() {
  static const std::unordered_set<std::string> s = make_set({"tweet", "tweets", "twitter", "facebook", "instagram", "statement", "interview",
                 "speech", "letter", "conference", "release", "post", "video", "op-ed", "email",
                 "remarks", "appearance", "broadcast", "podcast", "blog", "briefing",
                 "communique", "message", "page", "account", "feed", "column", "editorial",
                 "address", "memo", "telegram", "radio", "television"});
  return s;
}

const std::unordered_set<std::string>& media_words() {
  static const std::unordered_set<std::string> s = make_set({"news", "agency", "television", "tv", "radio", "channel", "newspaper",
                 "network", "magazine", "daily", "times", "post", "journal", "press", "cnn",
                 "bbc", "reuters", "ap", "afp", "fox", "msnbc", "abc", "cbs", "nbc"});
  return s;
}

class Extractor {
 public:
  explicit Extractor(Document& doc) : doc_(doc), t_(doc.text), lex_(cue_lexicon()) {}

  void run() {
    const size_t nt = doc_.tokens.size();
    low_.resize(nt);
    tok_sent_.assign(nt, -1);
    in_quote_.assign(nt, -1);
    for (size_t si = 0; si < doc_.sentences.size(); ++si) {
      const Sentence& s = doc_.sentences[si];
      if (!s.body) continue;
      for (uint32_t k = s.token_begin; k < s.token_end && k < nt; ++k) {
        low_[k] = text::ascii_lower(doc_.slice(doc_.tokens[k].span));
        tok_sent_[k] = static_cast<int>(si);
      }
    }
    // Quote spans that touch a body sentence.
    for (const QSpan& q : find_quote_spans(t_)) {
      bool body = false;
      for (const Sentence& s : doc_.sentences)
        if (s.body && s.span.begin < q.end && q.begin < s.span.end) { body = true; break; }
      if (body) quotes_.push_back(q);
    }
    // Tokens inside quote spans (two pointers: both are in text order).
    size_t qi = 0;
    for (size_t k = 0; k < nt; ++k) {
      const ByteSpan& sp = doc_.tokens[k].span;
      while (qi < quotes_.size() && quotes_[qi].end <= sp.begin) ++qi;
      if (qi < quotes_.size() && quotes_[qi].begin <= sp.begin && sp.end <= quotes_[qi].end)
        in_quote_[k] = static_cast<int>(qi);
    }
    for (size_t si = 0; si < doc_.sentences.size(); ++si)
      if (doc_.sentences[si].body) sentence(static_cast<int>(si));
    dash_attributions();
    finish();
  }

 private:
  struct Cand {
    ByteSpan content, source, cue;
    int cue_tok = -1, src_head = -1, sentence = -1;
    int relhead = -1;  // for a relative-pronoun source: the noun the clause modifies
  };

  Document& doc_;
  std::string_view t_;
  const CueLexicon& lex_;
  std::vector<std::string> low_;
  std::vector<int> tok_sent_, in_quote_;
  std::vector<QSpan> quotes_;
  std::vector<Cand> cands_;
  // per-sentence parse
  bool parsed_ = false;
  uint32_t tb_ = 0, te_ = 0;
  std::vector<std::vector<int>> kids_;  // absolute token indexes

  const Token& tok(int k) const { return doc_.tokens[k]; }
  int head_abs(int k) const {
    const Token& x = tok(k);
    int h = x.head < 0 ? -1 : static_cast<int>(tb_) + x.head;
    return h >= static_cast<int>(te_) ? -1 : h;
  }
  void subtree_range(int k, int* lo, int* hi) const {
    *lo = *hi = k;
    std::vector<int> stack{k};
    while (!stack.empty()) {
      int x = stack.back();
      stack.pop_back();
      *lo = std::min(*lo, x);
      *hi = std::max(*hi, x);
      for (int c : kids_[x - tb_]) stack.push_back(c);
    }
  }
  int child(int k, std::initializer_list<const char*> rels) const {
    if (k < static_cast<int>(tb_) || k >= static_cast<int>(te_)) return -1;
    for (const char* r : rels)
      for (int c : kids_[k - tb_])
        if (tok(c).deprel == r) return c;
    return -1;
  }

  ByteSpan tokspan(int a, int b) const {  // tokens a..b inclusive
    return {doc_.tokens[a].span.begin, doc_.tokens[b].span.end};
  }
  bool is_open_mark_tok(int k) const {
    int q = in_quote_[k];
    return q >= 0 && doc_.tokens[k].span.begin == quotes_[q].begin;
  }
  bool is_close_mark_tok(int k) const {
    int q = in_quote_[k];
    return q >= 0 && quotes_[q].closed && doc_.tokens[k].span.end == quotes_[q].end;
  }
  // Only punctuation between token k (exclusive) and the end of its sentence?
  bool rest_is_punct(int k) const {
    int si = tok_sent_[k];
    if (si < 0) return false;
    uint32_t end = std::min<uint32_t>(doc_.sentences[si].token_end, doc_.tokens.size());
    for (uint32_t j = k + 1; j < end; ++j)
      if (!is_punct_token(low_[j]) || is_open_mark_tok(j)) return false;
    return true;
  }
  int last_token_of_quote(int q, int from) const {
    int k = from;
    const int nt = static_cast<int>(doc_.tokens.size());
    while (k + 1 < nt && in_quote_[k + 1] == q) ++k;
    return k;
  }

  void sentence(int si) {
    const Sentence& s = doc_.sentences[si];
    tb_ = s.token_begin;
    te_ = std::min<uint32_t>(s.token_end, doc_.tokens.size());
    if (te_ <= tb_) return;
    parsed_ = false;
    for (uint32_t k = tb_; k < te_; ++k)
      if (!doc_.tokens[k].deprel.empty()) { parsed_ = true; break; }
    kids_.assign(te_ - tb_, {});
    if (parsed_)
      for (uint32_t k = tb_; k < te_; ++k) {
        int h = head_abs(k);
        if (h >= static_cast<int>(tb_) && h < static_cast<int>(te_) && h != static_cast<int>(k))
          kids_[h - tb_].push_back(k);
      }
    speaker_label(si);
    for (uint32_t k = tb_; k < te_; ++k) {
      if (in_quote_[k] >= 0) continue;
      const std::string& w = low_[k];
      if (w == "according" && k + 1 < te_ && low_[k + 1] == "to") {
        according(si, k);
        continue;
      }
      const CueEntry* e = lex_.find(w);
      if (!e || e->kind == CueKind::kNoun) continue;
      const Token& x = doc_.tokens[k];
      if (parsed_ && x.upos != "VERB" && !(w == "said" || w == "says" || w == "told"))
        continue;
      if (!parsed_ && k > tb_ && (low_[k - 1] == "the" || low_[k - 1] == "a" || low_[k - 1] == "an"))
        continue;
      if (!parsed_ && !x.upos.empty() && x.upos != "VERB") continue;
      cue(si, k, *e);
    }
  }

  // "PENCE: Well, look, ..." in transcripts.
  void speaker_label(int si) {
    uint32_t first = tb_;
    if (first < te_ && is_open_mark_tok(first)) ++first;
    uint32_t k = first;
    bool all_caps = true;
    while (k < te_ && k < first + 6) {
      const std::string_view w = doc_.slice(doc_.tokens[k].span);
      if (w.empty() || !is_cap(w)) break;
      for (char c : w)
        if (std::islower(static_cast<unsigned char>(c))) all_caps = false;
      ++k;
    }
    if (k == first || k >= te_ || low_[k] != ":" || k + 1 >= te_) return;
    if (!all_caps && k > first + 3) return;
    // the sentence must open its paragraph (after an optional quote mark)
    uint32_t b = doc_.tokens[first].span.begin;
    while (b > 0 && (t_[b - 1] == ' ' || t_[b - 1] == '"')) --b;
    if (b > 0 && t_[b - 1] != '\n') return;
    if (b >= 3 && static_cast<unsigned char>(t_[b - 1]) == 0x9C) {}
    Cand c;
    c.source = tokspan(first, k - 1);
    c.src_head = k - 1;
    c.cue = doc_.tokens[k].span;
    c.cue_tok = k;
    c.sentence = si;
    size_t nl = t_.find('\n', doc_.tokens[k].span.end);
    uint32_t end = static_cast<uint32_t>(nl == std::string_view::npos ? t_.size() : nl);
    c.content = {doc_.tokens[k + 1].span.begin, end};
    // A quote that runs on over paragraphs carries the label's turn with it.
    int q = in_quote_[k + 1];
    if (q >= 0 && quotes_[q].end > end && quotes_[q].begin < doc_.tokens[first].span.begin)
      c.content.end = quotes_[q].end;
    trim_content(c.content);
    if (!c.content.empty()) cands_.push_back(c);
  }

  void according(int si, uint32_t k) {
    // source: the noun phrase after "according to", up to a comma or the sentence end
    uint32_t a = k + 2, b = a;
    while (b < te_ && !(low_[b] == "," || low_[b] == "." || low_[b] == ";" || is_open_mark_tok(b)) &&
           b < a + 14)
      ++b;
    if (b == a) return;
    Cand c;
    c.cue = tokspan(k, k + 1);
    c.cue_tok = k;
    c.source = tokspan(a, b - 1);
    c.src_head = a;
    c.sentence = si;
    bool at_start = k == tb_ || (k == tb_ + 1 && (low_[tb_] == "but" || low_[tb_] == "and"));
    if (at_start && b < te_ && low_[b] == ",") {
      c.content = {doc_.tokens[b + 1 < te_ ? b + 1 : b].span.begin, doc_.tokens[te_ - 1].span.end};
    } else if (k > tb_) {
      uint32_t end = k;
      while (end > tb_ && is_punct_token(low_[end - 1]) && !is_close_mark_tok(end - 1)) --end;
      if (end <= tb_) return;
      c.content = tokspan(tb_, end - 1);
      // "X, according to Y, Z": the covering span
      if (b < te_ && low_[b] == "," && b + 2 < te_) c.content.end = doc_.tokens[te_ - 1].span.end;
    } else {
      return;
    }
    trim_content(c.content);
    if (c.content.size() > 3) cands_.push_back(c);
  }

  // Source by syntax: nsubj of the cue, or of the verb it is coordinated with / depends on.
  int syntactic_subject(int k, int* relhead) const {
    int s = child(k, {"nsubj", "nsubj:pass", "csubj"});
    if (s >= 0) {
      if (tok(k).deprel == "acl:relcl" && head_abs(k) >= 0) *relhead = head_abs(k);
      return s;
    }
    int h = k;
    for (int hop = 0; hop < 3; ++hop) {
      const std::string& rel = tok(h).deprel;
      if (!(rel == "conj" || rel == "xcomp" || rel == "advcl")) break;
      int up = head_abs(h);
      if (up < 0) break;
      s = child(up, {"nsubj", "nsubj:pass"});
      if (s >= 0) return s;
      h = up;
    }
    return -1;
  }

  void source_span_from(int s, int k, Cand& c) const {
    int lo, hi;
    subtree_range(s, &lo, &hi);
    if (s < k && hi >= k) hi = s;
    if (s > k && lo <= k) lo = s;
    for (int j = lo; j <= hi; ++j)
      if (in_quote_[j] >= 0) { lo = hi = s; break; }
    while (hi > lo && is_punct_token(low_[hi])) --hi;
    c.source = tokspan(lo, hi);
    c.src_head = s;
  }

  // Surface source: the noun phrase before the cue (skipping auxiliaries and adverbs), or
  // after it when the cue is inverted ("..., said Rep. X").
  bool surface_source(int k, bool inverted, Cand& c) const {
    if (inverted) {
      int a = k + 1, b = a;
      while (b < static_cast<int>(te_) && b < a + 12 &&
             !(low_[b] == "," || low_[b] == "." || low_[b] == ";" || low_[b] == ":" ||
               in_quote_[b] >= 0 || low_[b] == "who" || (b > a && in(low_[b], np_boundary()))))
        ++b;
      if (b == a) return false;
      std::string_view first = doc_.slice(doc_.tokens[a].span);
      if (!(is_cap(first) || low_[a] == "the" || low_[a] == "a" || low_[a] == "an" ||
            in(low_[a], subject_pronouns())))
        return false;
      c.source = tokspan(a, b - 1);
      c.src_head = b - 1;
      return true;
    }
    int j = k - 1;
    while (j >= static_cast<int>(tb_) && in(low_[j], skip_before_cue())) --j;
    if (j < static_cast<int>(tb_) || is_punct_token(low_[j]) || in_quote_[j] >= 0) return false;
    if (in(low_[j], subject_pronouns())) {
      c.source = doc_.tokens[j].span;
      c.src_head = j;
      return true;
    }
    if (in(low_[j], np_boundary())) return false;
    int a = j;
    while (a - 1 >= static_cast<int>(tb_) && a > j - 8) {
      const std::string& w = low_[a - 1];
      if (in_quote_[a - 1] >= 0 || in(w, np_boundary()) || in(w, subject_pronouns()) ||
          lex_.find(w) != nullptr)
        break;
      if (is_punct_token(w) && w != "." && w != "-" && w != "'s" && w != "’s") break;
      --a;
    }
    c.source = tokspan(a, j);
    c.src_head = j;
    return true;
  }

  // Token index just before the cue clause, skipping the clause's own source and adverbs.
  int clause_begin(int k, const Cand& c) const {
    int b = k;
    if (c.src_head >= 0 && !c.source.empty() && c.source.begin < doc_.tokens[k].span.begin) {
      while (b > static_cast<int>(tb_) && doc_.tokens[b - 1].span.begin >= c.source.begin) --b;
    }
    while (b > static_cast<int>(tb_) && in(low_[b - 1], skip_before_cue()) &&
           doc_.tokens[b - 1].span.begin < doc_.tokens[k].span.begin)
      --b;
    return b;
  }

  void trim_content(ByteSpan& s) const {
    if (s.end > t_.size() || s.begin > s.end) { s = {}; return; }
    while (s.end > s.begin && (is_space_byte(t_, s.end - 1) ||
                               std::string_view(".,;:").find(t_[s.end - 1]) != std::string_view::npos))
      --s.end;
    while (s.begin < s.end && (is_space_byte(t_, s.begin) || t_[s.begin] == ','))
      s.begin += static_cast<unsigned char>(t_[s.begin]) == 0xC2 ? 2 : 1;
    while (s.end > s.begin + 1 && static_cast<unsigned char>(t_[s.end - 2]) == 0xC2 &&
           static_cast<unsigned char>(t_[s.end - 1]) == 0xA0)
      s.end -= 2;
    if (s.begin > s.end) s = {};
  }

  // Extends a direct content over the quotes that continue it: ', "Y"' in the same
  // sentence, and the fully quoted sentences that follow in the same paragraph.
  void extend_quote(Cand& c, int k) const {
    const int nt = static_cast<int>(doc_.tokens.size());
    // same sentence continuation after the cue clause
    for (int j = k + 1; j < static_cast<int>(te_); ++j) {
      if (in_quote_[j] >= 0) {
        if (is_open_mark_tok(j) && j > 0 && (low_[j - 1] == "," || low_[j - 1] == ":") &&
            doc_.tokens[j].span.begin >= c.content.end) {
          int q = in_quote_[j];
          int last = last_token_of_quote(q, j);
          if (rest_is_punct(last)) c.content.end = std::max(c.content.end, quotes_[q].end);
        }
        break;
      }
    }
    // following sentences that are whole quotes, in the same paragraph
    int si = tok_sent_[k];
    while (true) {
      int next = si + 1;
      if (next >= static_cast<int>(doc_.sentences.size()) || !doc_.sentences[next].body) break;
      const Sentence& ns = doc_.sentences[next];
      if (ns.token_begin >= ns.token_end || static_cast<int>(ns.token_begin) >= nt) break;
      if (ns.span.begin < c.content.end) { si = next; continue; }
      int f = ns.token_begin;
      if (!is_open_mark_tok(f)) break;
      std::string_view gap = t_.substr(c.content.end, doc_.tokens[f].span.begin - c.content.end);
      if (gap.find('\n') != std::string_view::npos) break;
      int q = in_quote_[f];
      int last = last_token_of_quote(q, f);
      if (!quotes_[q].closed || !rest_is_punct(last)) break;
      c.content.end = quotes_[q].end;
      si = tok_sent_[last];
    }
  }

  void cue(int si, uint32_t k, const CueEntry& e) {
    Cand c;
    c.cue = doc_.tokens[k].span;
    c.cue_tok = k;
    c.sentence = si;
    // "was quoted as saying": the cue runs to "saying"
    if (e.lemma == "quote" && k + 2 < te_ && low_[k + 1] == "as" && low_[k + 2] == "saying")
      c.cue.end = doc_.tokens[k + 2].span.end;
    if (k > tb_ && low_[k - 1] == "as" && low_[k] == "saying" && k >= tb_ + 2) return;  // part of "quoted as saying"
    const bool say = e.kind == CueKind::kSay;

    // where is the subject?
    int prev = static_cast<int>(k) - 1;
    while (prev >= static_cast<int>(tb_) && in(low_[prev], skip_before_cue())) --prev;
    bool after_punct = prev < static_cast<int>(tb_) || is_punct_token(low_[prev]);
    bool have_source = false;
    if (parsed_) {
      int s = syntactic_subject(k, &c.relhead);
      if (s >= 0 && in_quote_[s] < 0) {
        source_span_from(s, k, c);
        have_source = true;
      }
    }
    if (!have_source) have_source = surface_source(k, after_punct, c);
    if (!have_source && !after_punct && prev >= static_cast<int>(tb_)) have_source = false;

    // 1. the quote just before the cue clause
    int b = clause_begin(k, c);
    int j = b - 1;
    {
      // a speaker phrase the parse did not make the subject: “...,” Rep. Gwen Moore (D-Wis.) said
      int x = j;
      while (x >= static_cast<int>(tb_) && x > j - 10 && in_quote_[x] < 0 && low_[x] != "," &&
             low_[x] != ";" && low_[x] != ":" &&
             (low_[x] != "." || (x + 1 < static_cast<int>(te_) && low_[x + 1] == ")")) &&
             lex_.find(low_[x]) == nullptr &&
             !(parsed_ && tok(x).upos == "VERB"))
        --x;
      if (x < j && x >= 0 && (in_quote_[x] >= 0 || low_[x] == ",") && say) {
        int y = x;
        while (y >= 0 && low_[y] == ",") --y;
        if (y >= 0 && in_quote_[y] >= 0 && is_close_mark_tok(y)) {
          int a = x + 1, z = static_cast<int>(k) - 1;
          while (z > a && in(low_[z], skip_before_cue())) --z;
          while (z > a && is_punct_token(low_[z]) && low_[z] != ")") --z;
          if (c.source.empty() || c.source.begin < doc_.tokens[a].span.begin ||
              c.source.begin > doc_.tokens[z].span.end) {
            c.source = tokspan(a, z);
            c.src_head = z;
          }
          have_source = true;
          j = x;
        }
      }
    }
    while (j >= 0 && (low_[j] == "," || low_[j] == "—" || low_[j] == "–" || low_[j] == "-")) --j;
    bool quote_before = say && j >= 0 && in_quote_[j] >= 0 && is_close_mark_tok(j);
    if (quote_before) {
      // not across a paragraph, not after a quoted sentence closed by a full stop, not when
      // the cue takes its own complement ("..." Clinton says there needs to be)
      const QSpan& q = quotes_[in_quote_[j]];
      uint32_t cb = doc_.tokens[b].span.begin;
      if (t_.substr(q.end, cb > q.end ? cb - q.end : 0).find('\n') != std::string_view::npos)
        quote_before = false;
      uint32_t m = q.end;
      while (m > q.begin && (static_cast<unsigned char>(t_[m - 1]) >= 0x80 || t_[m - 1] == '"' ||
                             t_[m - 1] == '\'' || t_[m - 1] == ' '))
        --m;
      if (m > q.begin && t_[m - 1] == '.' && !(m >= 2 && t_[m - 2] == '.')) quote_before = false;
      int cc = parsed_ ? child(k, {"ccomp"}) : -1;
      if (cc > static_cast<int>(k) && in_quote_[cc] < 0) quote_before = false;
    }
    if (quote_before) {
      const QSpan& q = quotes_[in_quote_[j]];
      c.content = {q.begin, q.end};
      if (!have_source) surface_source(k, true, c);
      extend_quote(c, k);
      cands_.push_back(c);
      return;
    }
    // 2. the quote just after the cue (after an object, a channel, a colon or a comma)
    for (uint32_t a = k + 1; a < te_ + 1 && a < k + 14; ++a) {
      uint32_t x = a;
      if (a == te_) {  // he said: / “...” on the next sentence
        if (low_[te_ - 1] != ":" || static_cast<size_t>(si + 1) >= doc_.sentences.size()) break;
        x = doc_.sentences[si + 1].token_begin;
        if (x >= doc_.tokens.size() || tok_sent_[x] < 0) break;
      }
      if (in_quote_[x] >= 0) {
        if (!is_open_mark_tok(x) || !say) break;
        int q = in_quote_[x];
        int last = last_token_of_quote(q, x);
        bool whole = rest_is_punct(last) || quotes_[q].end > doc_.sentences[tok_sent_[x]].span.end;
        std::string_view prevw = x > 0 ? std::string_view(low_[x - 1]) : "";
        if (!whole) break;  // a fragment: mixed quote, below
        if (!(prevw == ":" || prevw == "," || prevw == "that" || x == k + 1 || a == te_)) break;
        c.content = {quotes_[q].begin, quotes_[q].end};
        if (prevw == "that") c.content.begin = doc_.tokens[x - 1].span.begin;
        if (!have_source) break;
        cands_.push_back(c);
        return;
      }
      if (a == te_) break;
      if (parsed_ && doc_.tokens[x].upos == "VERB") break;
      if (low_[x] == "." || low_[x] == ";") break;
    }
    if (!have_source) return;
    // 3. the clause before: "X, officials said [on Monday]." / "The difference, he said, is"
    if (b > static_cast<int>(tb_) + 2 && (low_[b - 1] == "," || low_[b - 1] == "—") && say) {
      bool forward = false;
      if (parsed_) forward = child(k, {"ccomp", "xcomp"}) > static_cast<int>(k);
      uint32_t r = k + 1;
      while (r < te_ && low_[r] != "," && low_[r] != "." && low_[r] != "that" && in_quote_[r] < 0) ++r;
      if (r < te_ && (low_[r] == "that" || in_quote_[r] >= 0)) forward = true;
      if (!forward && c.source.begin > doc_.tokens[tb_].span.begin) {
        uint32_t start = tb_;
        c.content = tokspan(start, b - 2);
        if (r < te_ && low_[r] == "," && r + 2 < te_) c.content.end = doc_.tokens[te_ - 1].span.end;
        trim_content(c.content);
        if (c.content.size() > 3) cands_.push_back(c);
        return;
      }
    }
    // 4. the complement after the cue
    int lo = -1, hi = -1;
    if (parsed_) {
      for (int ch : kids_[k - tb_]) {
        const std::string& rel = tok(ch).deprel;
        bool ok = rel == "ccomp" || (say && rel == "parataxis") ||
                  (rel == "xcomp" && in(e.lemma, xcomp_cues()));
        if (!ok || ch < static_cast<int>(k)) continue;
        int a, z;
        subtree_range(ch, &a, &z);
        if (lo < 0 || a < lo) lo = a;
        hi = std::max(hi, z);
      }
      if (lo < 0) {
        // "says at a campaign stop in Toledo, Ohio, that ...": a that-clause after adjuncts
        for (uint32_t x = k + 1; x < te_ && x < k + 20; ++x) {
          if (in_quote_[x] >= 0 || low_[x] == "." || low_[x] == ";" ||
              (doc_.tokens[x].upos == "VERB" && low_[x] != "that"))
            break;
          if (low_[x] != "that" || tok(x).deprel != "mark") continue;
          int v = head_abs(x);
          if (v <= static_cast<int>(x)) break;
          int a, z;
          subtree_range(v, &a, &z);
          lo = x;
          hi = z;
          break;
        }
      }
      if (lo < 0) {
        // an object ("called half of his supporters deplorables", "called for talks")
        for (int ch : kids_[k - tb_]) {
          const std::string& rel = tok(ch).deprel;
          if (ch < static_cast<int>(k) || in_quote_[ch] >= 0) continue;
          bool ok = rel == "obj" && !in(e.lemma, no_object_cues());
          if (rel == "obl") {
            int cs = child(ch, {"case"});
            ok = cs >= 0 && (low_[cs] == "for" || low_[cs] == "about" || low_[cs] == "of") &&
                 cs == static_cast<int>(k) + 1;
          }
          if (!ok) continue;
          int a, z;
          subtree_range(ch, &a, &z);
          if (lo < 0 || a < lo) lo = a;
          hi = std::max(hi, z);
          for (int ch2 : kids_[k - tb_])
            if (ch2 > z && (tok(ch2).deprel == "xcomp" || tok(ch2).deprel == "obl:as")) {
              int a2, z2;
              subtree_range(ch2, &a2, &z2);
              hi = std::max(hi, z2);
            }
        }
        if (lo > static_cast<int>(k) + 1 && low_[k + 1] != "for" &&
            low_[k + 1] != "about" && low_[k + 1] != "of")
          lo = -1;  // something between the verb and its object: not a reporting use
        if (lo >= 0) {
          int a = lo;
          if (a == static_cast<int>(k) + 1 &&
              (low_[a] == "for" || low_[a] == "about" || low_[a] == "of")) {
            c.cue.end = doc_.tokens[a].span.end;  // "called for", "warned of"
            lo = a + 1;
          }
        }
      }
      if (lo >= 0) {
        // the content starts after the cue's own object ("told reporters that")
        lo = std::max(lo, static_cast<int>(k) + 1);
        // "said the candidate would": PolNeAR keeps "that" when present
        if (lo > static_cast<int>(k) + 1 && low_[lo - 1] == "that") --lo;
      }
    }
    if (lo < 0) {
      uint32_t a = k + 1;
      // skip an object before "that" (told reporters that, warned Congress that)
      uint32_t that = a;
      while (that < te_ && that < a + 6 && low_[that] != "that" && !is_punct_token(low_[that])) ++that;
      if (that < te_ && low_[that] == "that") {
        lo = that;
      } else if (!parsed_ && say && in(e.lemma, core_say()) && a < te_ && !is_punct_token(low_[a]) &&
                 !in(low_[a], np_boundary())) {
        lo = a;
      } else if (!parsed_ && a < te_ && (low_[a] == "," || low_[a] == ":") && a + 1 < te_ && say) {
        lo = a + 1;
      }
      if (lo >= 0) hi = te_ - 1;
    }
    if (lo < 0 || hi < lo) return;
    c.content = tokspan(lo, hi);
    // a quote that starts inside the content and runs past it belongs to it
    for (int x = lo; x <= hi; ++x)
      if (in_quote_[x] >= 0) c.content.end = std::max(c.content.end, quotes_[in_quote_[x]].end);
    trim_content(c.content);
    if (c.content.size() > 3 && hi > lo) cands_.push_back(c);
  }

  // “...” ― Name: a quote signed with a dash at the end of its paragraph.
  void dash_attributions() {
    const size_t nt = doc_.tokens.size();
    size_t k = 0;
    for (size_t qi = 0; qi < quotes_.size(); ++qi) {
      const QSpan& q = quotes_[qi];
      if (!q.closed) continue;
      size_t p = q.end;
      while (p < t_.size() && t_[p] == ' ') ++p;
      if (!(p + 2 < t_.size() && static_cast<unsigned char>(t_[p]) == 0xE2 &&
            static_cast<unsigned char>(t_[p + 1]) == 0x80 &&
            (static_cast<unsigned char>(t_[p + 2]) == 0x95 || static_cast<unsigned char>(t_[p + 2]) == 0x94)))
        continue;
      size_t nl = t_.find('\n', p);
      if (nl == std::string_view::npos) nl = t_.size();
      while (k < nt && doc_.tokens[k].span.begin < p + 3) ++k;
      size_t a = k, z = k;
      while (z < nt && doc_.tokens[z].span.end <= nl && z < a + 8) ++z;
      if (z == a || !is_cap(doc_.slice(doc_.tokens[a].span)) || tok_sent_[a] < 0) continue;
      size_t last = z - 1;
      while (last > a && is_punct_token(low_[last])) --last;
      Cand c;
      c.content = {q.begin, q.end};
      c.cue = {static_cast<uint32_t>(p), static_cast<uint32_t>(p + 3)};
      c.source = tokspan(a, last);
      c.src_head = last;
      c.sentence = tok_sent_[a];
      cands_.push_back(c);
    }
  }

  // --- speaker, anonymity, channel, key ---

  int entity_in(ByteSpan s) const {
    int best = -1;
    auto rank = [](const std::string& type) {
      return type == "PERSON" ? 3 : type == "ORG" ? 2 : type == "NORP" || type == "GPE" ? 1 : 0;
    };
    // the first comma of the span bounds the head phrase ("Joseph, who has four children")
    uint32_t comma = s.end;
    for (uint32_t i = s.begin; i < s.end; ++i)
      if (t_[i] == ',' || t_[i] == '(') { comma = i; break; }
    for (size_t i = 0; i < doc_.entities.size(); ++i) {
      const Entity& en = doc_.entities[i];
      if (en.span.end <= s.begin || en.span.begin >= s.end) continue;
      if (en.type == "WEAPON" || en.type == "MISC") continue;
      if (best < 0) { best = static_cast<int>(i); continue; }
      const Entity& b = doc_.entities[best];
      bool in_head = en.span.begin < comma, b_head = b.span.begin < comma;
      if (in_head != b_head) { if (in_head) best = static_cast<int>(i); continue; }
      int r = rank(en.type), rb = rank(b.type);
      if (r > rb || (r == rb && in_head)) best = static_cast<int>(i);  // later head word wins
    }
    return best;
  }

  int mention_in(ByteSpan s) const {
    for (const Mention& m : doc_.mentions)
      if (m.span.begin < s.end && s.begin < m.span.end && m.entity >= 0 &&
          m.entity < static_cast<int>(doc_.entities.size()))
        return m.entity;
    return -1;
  }

  void resolve(const Cand& c, Quote& q) const {
    if (c.source.empty()) return;
    int e = entity_in(c.source);
    if (e < 0) e = mention_in(c.source);
    std::string src = text::ascii_lower(doc_.slice(c.source));
    if (e < 0 && (src == "who" || src == "which" || src == "that")) {
      ByteSpan before{c.source.begin > 60 ? c.source.begin - 60 : 0, c.source.begin};
      if (c.relhead >= 0) before = doc_.tokens[c.relhead].span;
      int best = -1;
      for (size_t i = 0; i < doc_.entities.size(); ++i) {
        const Entity& en = doc_.entities[i];
        if (en.span.end <= before.end && en.span.end + 4 >= before.end - (c.relhead >= 0 ? 0 : 0) &&
            en.span.begin >= before.begin)
          best = static_cast<int>(i);
      }
      if (best < 0 && c.relhead >= 0) best = entity_in(doc_.tokens[c.relhead].span);
      e = best;
    }
    // "an Iraqi security source": the head noun is generic and no name covers it
    uint32_t head_end = c.source.end;
    for (uint32_t i = c.source.begin; i < c.source.end; ++i)
      if (t_[i] == ',' || t_[i] == '(') { head_end = i; break; }
    while (head_end > c.source.begin && t_[head_end - 1] == ' ') --head_end;
    uint32_t head_begin = head_end;
    while (head_begin > c.source.begin && t_[head_begin - 1] != ' ') --head_begin;
    std::string head = text::ascii_lower(t_.substr(head_begin, head_end - head_begin));
    if (in(head, anonymous_nouns()) &&
        (e < 0 || doc_.entities[e].span.end < head_end || doc_.entities[e].type == "GPE" ||
         doc_.entities[e].type == "NORP")) {
      bool named = e >= 0 && doc_.entities[e].span.end >= head_end;
      if (!named && !(mention_in(c.source) >= 0 && e == mention_in(c.source))) {
        q.anonymous = true;
        return;
      }
    }
    // A nationality modifying a descriptive head ("Iraqi resistance groups", "Iraqi
    // lawmakers") describes the speakers; it does not name them.
    if (e >= 0 && doc_.entities[e].type == "NORP" && doc_.entities[e].span.end < head_end) return;
    if (e >= 0) {
      const Entity& en = doc_.entities[e];
      q.speaker = en.name.empty() ? std::string(doc_.slice(en.span)) : en.name;
      q.speaker_id = en.id;
      q.speaker_entity = e;
      return;
    }
    // anonymous: a generic source noun, no name
    size_t p = 0;
    while (p < src.size()) {
      size_t sp = src.find_first_of(" ,", p);
      std::string w = src.substr(p, sp == std::string::npos ? std::string::npos : sp - p);
      if (in(w, anonymous_nouns())) { q.anonymous = true; break; }
      if (sp == std::string::npos) break;
      p = sp + 1;
    }
  }

  std::string channel(const Cand& c) const {
    const Sentence& s = doc_.sentences[c.sentence];
    uint32_t lo = s.token_begin, hi = std::min<uint32_t>(s.token_end, doc_.tokens.size());
    auto outside = [&](uint32_t k) {
      const ByteSpan& sp = doc_.tokens[k].span;
      return !(sp.begin >= c.content.begin && sp.end <= c.content.end);
    };
    for (uint32_t k = lo; k < hi; ++k) {
      if (!outside(k) || in_quote_[k] >= 0) continue;
      const std::string& w = low_[k];
      if (w == "in" || w == "on" || w == "at" || w == "during" || w == "via" || w == "through") {
        uint32_t a = k + 1;
        while (a < hi && a < k + 3 &&
               (low_[a] == "a" || low_[a] == "an" || low_[a] == "the" || low_[a] == "his" ||
                low_[a] == "her" || low_[a] == "its" || low_[a] == "their" || low_[a] == "our"))
          ++a;
        uint32_t n = a;
        while (n < hi && n < a + 4 && outside(n) && !in(low_[n], channel_nouns()) &&
               !is_punct_token(low_[n]))
          ++n;
        if (n >= hi || !outside(n) || !in(low_[n], channel_nouns())) continue;
        // "twitter page", "press conference": take the following nouns of the phrase too
        while (n + 1 < hi && outside(n + 1) && in(low_[n + 1], channel_nouns())) ++n;
        uint32_t z = n;
        if (z + 2 < hi && (low_[z + 1] == "with" || low_[z + 1] == "to" || low_[z + 1] == "on") &&
            outside(z + 2)) {
          uint32_t y = z + 2;
          while (y < hi && y < z + 9 && outside(y) && !is_punct_token(low_[y]) &&
                 low_[y] != "that" && low_[y] != "on" && low_[y] != "in" && low_[y] != "at" &&
                 !(parsed_ && doc_.tokens[y].upos == "VERB"))
            ++y;
          if (y > z + 2) z = y - 1;
        }
        if (a > z) continue;
        return std::string(doc_.slice(tokspan(a, z)));
      }
      if ((w == "told" || w == "telling" || w == "tells" || w == "tell") && k + 1 < hi && outside(k + 1)) {
        uint32_t a = k + 1, y = a;
        while (y < hi && y < a + 6 && outside(y) && !is_punct_token(low_[y]) && low_[y] != "that" &&
               low_[y] != "on" && low_[y] != "in" && !(parsed_ && doc_.tokens[y].upos == "VERB"))
          ++y;
        if (y == a) continue;
        bool media = false;
        for (uint32_t x = a; x < y; ++x) media = media || in(low_[x], media_words());
        ByteSpan sp = tokspan(a, y - 1);
        int e = entity_in(sp);
        if (e >= 0 && doc_.entities[e].type == "ORG") media = true;
        if (media) return std::string(doc_.slice(sp));
      }
    }
    return {};
  }

  // The words of a content for its key: the quoted parts only when the content opens with a
  // quote ("...," he said, "..."), so the attribution clause stays out of the key.
  std::string key_text(ByteSpan content) const {
    std::string out;
    bool opens = false;
    for (const QSpan& q : quotes_)
      if (q.begin == content.begin) opens = true;
    if (!opens) return std::string(doc_.slice(content));
    for (const QSpan& q : quotes_)
      if (q.begin >= content.begin && q.end <= content.end) {
        out += doc_.slice({q.begin, q.end});
        out += ' ';
      }
    return out;
  }

  void finish() {
    std::sort(cands_.begin(), cands_.end(), [](const Cand& a, const Cand& b) {
      return a.content.begin != b.content.begin ? a.content.begin < b.content.begin
                                                : a.cue.begin < b.cue.begin;
    });
    std::vector<Quote> out;
    for (const Cand& c : cands_) {
      if (c.content.empty()) continue;
      // the same content from two cues: keep the first
      bool dup = false;
      for (const Quote& q : out)
        if (q.content.begin == c.content.begin && q.content.end == c.content.end) dup = true;
      if (dup) continue;
      Quote q;
      q.content = c.content;
      q.source = c.source;
      q.cue = c.cue;
      q.direct = quote_marked(t_, c.content);
      q.sentence = c.sentence;
      for (size_t si = 0; si < doc_.sentences.size(); ++si)
        if (doc_.sentences[si].span.end > c.content.begin) { q.sentence = static_cast<int>(si); break; }
      resolve(c, q);
      q.channel = channel(c);
      q.key = quote_key(key_text(c.content));
      out.push_back(std::move(q));
    }
    doc_.quotes = std::move(out);
  }
};

}  // namespace

void annotate_quotes(Document& doc) {
  doc.quotes.clear();
  if (doc.text.empty() || doc.sentences.empty() || doc.tokens.empty()) return;
  Extractor(doc).run();
}

}  // namespace casus::extract
