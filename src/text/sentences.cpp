#include "text/sentences.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "text/tokenize.h"
#include "text/unicode.h"

namespace casus::text {
namespace {

template <size_t N>
bool in_list(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Abbreviations that nearly always precede something (a name, a number): never a sentence end.
constexpr std::array<std::string_view, 52> kTitleAbbreviations = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt",
    "cpt", "sgt", "adm", "cmdr", "cdr", "brig", "pres", "rev", "hon", "st", "mt", "ft", "no",
    "nos", "vs", "v", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "dept", "e.g", "i.e", "cf", "pp", "fig", "approx", "gens", "sens", "reps",
    "lt.-gen"};

// Abbreviations that can end a sentence ("... in the U.S. The ..."): split only when the next
// word is one that typically starts a sentence.
constexpr std::array<std::string_view, 22> kAmbiguousAbbreviations = {
    "jr", "sr", "inc", "corp", "co", "ltd", "etc", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u",
    "u.a.e", "d.c", "bros", "plc", "llc", "al", "esq", "ph.d", "n.y"};

constexpr std::array<std::string_view, 64> kSentenceStarters = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
    "those", "in", "on", "at", "but", "and", "however", "meanwhile", "according", "after",
    "before", "when", "while", "if", "his", "her", "their", "its", "our", "there", "some",
    "many", "most", "other", "also", "earlier", "later", "last", "for", "as", "with", "since",
    "despite", "although", "still", "yet", "so", "then", "now", "today", "yesterday",
    "officials", "police", "what", "who", "where", "why", "how", "no", "one", "both"};

std::string_view token_text(const Document& doc, const Token& t) { return doc.slice(t.span); }

char32_t first_codepoint(std::string_view s) {
  size_t i = 0;
  return s.empty() ? 0 : next_codepoint(s, i);
}

bool is_terminal_punct(std::string_view t) {
  if (t.empty()) return false;
  if (t == "\xE2\x80\xA6") return true;  // …
  return std::all_of(t.begin(), t.end(), [](char c) { return c == '.' || c == '!' || c == '?'; });
}

bool is_closing(std::string_view t) {
  char32_t c = first_codepoint(t);
  return t.size() <= 3 && (c == ')' || c == ']' || c == '"' || c == '\'' || c == 0x201D ||
                           c == 0x2019 || c == 0xBB);
}

// Can a sentence start with this token?
bool can_start_sentence(std::string_view t) {
  char32_t c = first_codepoint(t);
  if (is_uppercase_letter(c) || is_digit(c) || is_quote_mark(c) || c == '(' || c == '[')
    return true;
  // Scripts without case (Arabic, CJK) start sentences with any letter.
  return is_letter(c) && !is_lowercase_letter(c);
}

enum class Boundary { kNo, kYes, kIfStarter };

// Does the token (or the token plus the one before it, when the tokenizer split a period
// off) end a sentence?
Boundary boundary_after(const Document& doc, size_t i, size_t first) {
  std::string_view t = token_text(doc, doc.tokens[i]);
  std::string_view word;  // the word before the period, original case
  if (is_terminal_punct(t)) {
    if (t != ".") return Boundary::kYes;
    // A lone period glued to the previous word: "Col" "." or "U.S" "."
    if (i > first && doc.tokens[i - 1].span.end == doc.tokens[i].span.begin)
      word = token_text(doc, doc.tokens[i - 1]);
    else
      return Boundary::kYes;
  } else if (t.size() > 1 && t.back() == '.') {
    word = t.substr(0, t.size() - 1);
  } else {
    return Boundary::kNo;
  }
  if (is_title_abbreviation(std::string(word) + ".")) return Boundary::kNo;
  std::string lowered = ascii_lower(word);
  if (in_list(kAmbiguousAbbreviations, lowered)) return Boundary::kIfStarter;
  // Dotted forms not in the lists ("U.S.A.", "a.k.a.") behave like the ambiguous ones.
  if (lowered.find('.') != std::string::npos) return Boundary::kIfStarter;
  return Boundary::kYes;
}

void split_block(Document& doc, ByteSpan block, bool body) {
  size_t first = doc.tokens.size();
  tokenize(doc.text, block, doc.tokens);
  size_t last = doc.tokens.size();
  if (first == last) return;
  size_t start = first;
  auto emit = [&](size_t end) {
    Sentence s;
    s.token_begin = static_cast<uint32_t>(start);
    s.token_end = static_cast<uint32_t>(end);
    s.span = {doc.tokens[start].span.begin, doc.tokens[end - 1].span.end};
    s.body = body;
    doc.sentences.push_back(s);
    start = end;
  };
  for (size_t i = first; i < last; ++i) {
    Boundary b = boundary_after(doc, i, first);
    if (b == Boundary::kNo) continue;
    size_t end = i + 1;
    while (end < last && is_closing(token_text(doc, doc.tokens[end])) &&
           doc.tokens[end].span.begin == doc.tokens[end - 1].span.end)
      ++end;
    if (end >= last) break;
    std::string_view next = token_text(doc, doc.tokens[end]);
    if (!can_start_sentence(next)) continue;
    if (b == Boundary::kIfStarter && !in_list(kSentenceStarters, ascii_lower(next)) &&
        !is_quote_mark(first_codepoint(next)))
      continue;
    emit(end);
    i = end - 1;
  }
  if (start < last) emit(last);
}

}  // namespace

bool is_title_abbreviation(std::string_view word_with_period) {
  if (word_with_period.size() < 2 || word_with_period.back() != '.') return false;
  std::string w = ascii_lower(word_with_period.substr(0, word_with_period.size() - 1));
  // An initial: "John F. Kirby".
  if (word_with_period.size() == 2 && std::isupper(static_cast<unsigned char>(word_with_period[0])))
    return true;
  return in_list(kTitleAbbreviations, w);
}

void segment(Document& doc) {
  doc.tokens.clear();
  doc.sentences.clear();
  const std::string& text = doc.text;
  // Region boundaries cut blocks; remember each region's kind by its start.
  std::vector<Region> regions = doc.regions;
  std::sort(regions.begin(), regions.end(),
            [](const Region& a, const Region& b) { return a.span.begin < b.span.begin; });
  size_t next_region = 0;
  uint32_t pos = 0;
  const uint32_t n = static_cast<uint32_t>(text.size());
  while (pos < n) {
    // Skip blank space between blocks.
    while (pos < n && (text[pos] == '\n' || text[pos] == ' ' || text[pos] == '\t' ||
                       text[pos] == '\r'))
      ++pos;
    if (pos >= n) break;
    while (next_region < regions.size() && regions[next_region].span.end <= pos) ++next_region;
    if (next_region < regions.size() && regions[next_region].span.begin <= pos) {
      const Region& r = regions[next_region];
      split_block(doc, {pos, r.span.end}, region_is_body(r.kind));
      pos = r.span.end;
      ++next_region;
      continue;
    }
    uint32_t limit = next_region < regions.size() ? regions[next_region].span.begin : n;
    // A block runs to a blank line, or to a line break after a line that ends like a
    // sentence or before a line that starts like one; a line break inside a sentence
    // ("a pledge the\nresistance groups") joins the lines.
    uint32_t end = pos;
    while (end < limit) {
      size_t nl = text.find('\n', end);
      if (nl == std::string::npos || nl >= limit) {
        end = limit;
        break;
      }
      uint32_t line_start = end;
      end = static_cast<uint32_t>(nl);
      size_t after = nl + 1;
      while (after < limit && (text[after] == ' ' || text[after] == '\t')) ++after;
      if (after >= limit || text[after] == '\n') break;
      std::string_view line(text.data() + line_start, nl - line_start);
      std::string_view next_line(text.data() + after, limit - after);
      if (ends_with_terminal(line) || can_start_sentence(next_line)) break;
      end = static_cast<uint32_t>(after);
    }
    // Trim trailing spaces of the block.
    uint32_t block_end = end;
    while (block_end > pos && (text[block_end - 1] == ' ' || text[block_end - 1] == '\n'))
      --block_end;
    if (block_end > pos) split_block(doc, {pos, block_end}, true);
    pos = std::max(end, pos + 1);
  }
}

}  // namespace casus::text
