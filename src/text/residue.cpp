#include "text/residue.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>
#include <string>

#include "text/unicode.h"

namespace casus::text {
namespace {

struct Line {
  ByteSpan span;
  std::string_view text;  // trimmed
  uint32_t trimmed_begin;
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  uint32_t start = 0;
  for (uint32_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      std::string_view raw = text.substr(start, i - start);
      size_t b = raw.find_first_not_of(" \t\f\v");
      if (b != std::string_view::npos) {
        size_t e = raw.find_last_not_of(" \t\f\v");
        lines.push_back({{start + static_cast<uint32_t>(b), start + static_cast<uint32_t>(e + 1)},
                         raw.substr(b, e - b + 1), start + static_cast<uint32_t>(b)});
      }
      start = i + 1;
    }
  }
  return lines;
}

size_t word_count(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\t';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

// A line of a paragraph rather than a label: ';' counts as an ending here.
bool ends_like_sentence(std::string_view s) { return ends_with_terminal(s, true); }

bool contains_ci(std::string_view hay, std::string_view needle) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  return std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                     [&](char a, char b) { return lower(a) == lower(b); }) != hay.end();
}

// `prefix` is written in lower case.
bool starts_with_ci(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && ascii_equal_ci(s.substr(0, prefix.size()), prefix);
}

// "News / Iraq / Foreign Policy", "Home > World > Africa", "World | Middle East".
bool is_separated_trail(std::string_view s) {
  static const std::array<std::string_view, 5> kSeparators = {" / ", " > ", " \xC2\xBB ", " | ",
                                                              " \xE2\x80\xBA "};
  for (auto sep : kSeparators) {
    size_t segments = 1, pos = 0;
    bool short_segments = true;
    size_t prev = 0;
    while ((pos = s.find(sep, pos)) != std::string_view::npos) {
      if (word_count(s.substr(prev, pos - prev)) > 4) short_segments = false;
      ++segments;
      pos += sep.size();
      prev = pos;
    }
    if (word_count(s.substr(prev)) > 4) short_segments = false;
    if (segments >= 2 && short_segments) return true;
  }
  return false;
}

// "IraqMiddle EastNorth America": menu labels whose separators were lost in scraping.
bool is_run_together_trail(std::string_view s) {
  if (word_count(s) > 8 || s.size() > 80) return false;
  size_t joins = 0;
  for (size_t i = 1; i < s.size(); ++i) {
    unsigned char a = s[i - 1], b = s[i];
    if (std::islower(a) && std::isupper(b)) {
      // "McDonald", "iPhone"-like words are single names, not joins: require the left part
      // to be a word of 3+ letters starting with a capital.
      size_t w = i;
      while (w > 0 && std::isalpha(static_cast<unsigned char>(s[w - 1]))) --w;
      if (i - w >= 3 && std::isupper(static_cast<unsigned char>(s[w]))) ++joins;
    }
  }
  return joins >= 1 && !ends_like_sentence(s) && s.find(',') == std::string_view::npos;
}

bool is_caption(std::string_view s) {
  static const std::regex kCredit(
      R"(\((?:[^()]{0,40}\b)?(?:photo|photograph|picture|image|file|credit|getty|afp|reuters|ap|via|courtesy)\b[^()]{0,60}\)\s*$)",
      std::regex::icase);
  static const std::regex kLead(
      R"(^(?:in this (?:file )?(?:photo|picture|image|handout)|file photo|photo:|image:|pictured:|this (?:handout )?(?:photo|picture|image)))",
      std::regex::icase);
  // std::regex is slow and this runs on every line: each expression runs only on lines that
  // can match it (a credit ends with ')', a lead starts with one of its first words).
  std::string_view trimmed = s.substr(0, s.find_last_not_of(" \t\r\n\f\v") + 1);
  bool may_credit = !trimmed.empty() && trimmed.back() == ')';
  bool may_lead = false;
  for (std::string_view start : {"in this ", "file photo", "photo:", "image:", "pictured:", "this "})
    may_lead = may_lead || starts_with_ci(s, start);
  if (!may_credit && !may_lead) return false;
  std::string line(s);
  return (may_credit && std::regex_search(line, kCredit)) ||
         (may_lead && std::regex_search(line, kLead));
}

bool is_footer_marker(std::string_view s) {
  return contains_ci(s, "back to top") ||
         contains_ci(s, "can also be accessed at the following alternate address") ||
         contains_ci(s, "all rights reserved") || starts_with_ci(s, "copyright ") ||
         starts_with_ci(s, "\xC2\xA9");
}

// "By Jane Doe", "By Carlos Mendieta | Staff Writer": a byline, not body text.
bool is_byline(std::string_view s) {
  static const std::regex kByline(
      R"(^(?:by|written by|reporting by)\s+[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3}(?:\s*(?:,|\||and|-)\s*[\w .'\-]{0,60})?$)",
      std::regex::icase);
  if (s.size() > 120 || ends_like_sentence(s) ||
      (!starts_with_ci(s, "by") && !starts_with_ci(s, "written by") &&
       !starts_with_ci(s, "reporting by")))
    return false;
  std::string line(s);
  return std::regex_search(line, kByline);
}

bool is_boilerplate(std::string_view s) {
  if (s.size() > 160) return false;
  static const std::array<std::string_view, 20> kStarts = {
      "share this", "share on", "follow us", "subscribe", "sign up", "read more", "related:",
      "related articles", "related stories", "more on this", "click here", "advertisement",
      "this website uses cookies", "we use cookies", "accept cookies", "print this",
      "leave a comment", "comments", "tags:", "download our app"};
  for (auto p : kStarts)
    if (starts_with_ci(s, p)) return true;
  return false;
}

// "BAGHDAD (Dispatches) --", "KABUL, Afghanistan (AP) —", "MOSCOW, July 10 (Reuters) -".
size_t dateline_length(std::string_view s) {
  static const std::regex kDateline(
      R"(^([A-Z\xC3][A-Z'.\-\xC3\x80-\x9E]+(?: [A-Z\xC3][A-Z'.\-\xC3\x80-\x9E]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?(?:, [A-Z][a-z]{2,8}\.? \d{1,2})? ?(?:\([^)]{1,40}\))? ?(?:--|\xE2\x80\x94|\xE2\x80\x93|-) ?))");
  // The place must be written in capitals ("BAGHDAD"), which sets a dateline apart from a
  // sentence that merely starts with a hyphenated word; checked first, as it is cheap.
  std::string_view place = s.substr(0, std::min<size_t>(s.size(), 4));
  if (!std::all_of(place.begin(), place.end(), [](char c) {
        unsigned char u = static_cast<unsigned char>(c);
        return std::isupper(u) || u == ' ' || u >= 0x80;  // "SÉVARÉ"
      }))
    return 0;
  std::cmatch m;
  if (std::regex_search(s.data(), s.data() + std::min<size_t>(s.size(), 120), m, kDateline))
    return static_cast<size_t>(m.length(0));
  return 0;
}

bool starts_lowercase(std::string_view s) {
  size_t i = 0;
  return !s.empty() && is_lowercase_letter(next_codepoint(s, i));
}

// A line that could be a headline: a few words, no final punctuation, and not cut off after
// a function word (which would make it a wrapped line of a paragraph).
bool looks_like_headline(std::string_view s) {
  size_t words = word_count(s);
  if (words < 3 || words > 25 || ends_like_sentence(s)) return false;
  static const std::array<std::string_view, 16> kFunctionWords = {
      "the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with",
      "from", "that", "as"};
  size_t cut = s.find_last_of(' ');
  std::string last(cut == std::string_view::npos ? s : s.substr(cut + 1));
  for (auto& c : last) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(kFunctionWords.begin(), kFunctionWords.end(), last) == kFunctionWords.end();
}

}  // namespace

std::vector<Region> find_residue(std::string_view text, std::string_view title) {
  std::vector<Region> regions;
  std::vector<Line> lines = split_lines(text);
  std::string title_key = title.empty() ? std::string() : fold_for_compare(title);
  bool seen_headline = false;
  bool in_footer = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    std::string_view s = line.text;
    bool before_body = i < 3 && !seen_headline;
    if (in_footer) {
      // After a footer marker, short lines without sentence punctuation are more footer
      // ("Press TV News Roku"); a real paragraph ends the footer.
      if (!ends_like_sentence(s) && word_count(s) <= 12) {
        regions.push_back({line.span, RegionKind::kFooter});
        continue;
      }
      in_footer = false;
    }
    if (is_footer_marker(s)) {
      regions.push_back({line.span, RegionKind::kFooter});
      in_footer = true;
      continue;
    }
    if (i < 8 && is_byline(s)) {
      regions.push_back({line.span, RegionKind::kByline});
      continue;
    }
    if (before_body && (is_separated_trail(s) || is_run_together_trail(s)) &&
        (title_key.empty() || fold_for_compare(s) != title_key)) {
      regions.push_back({line.span, RegionKind::kBreadcrumb});
      continue;
    }
    if (!seen_headline && i < 4 &&
        ((!title_key.empty() && fold_for_compare(s) == title_key) ||
         (title_key.empty() && looks_like_headline(s) && i + 1 < lines.size() &&
          !starts_lowercase(lines[i + 1].text)))) {
      regions.push_back({line.span, RegionKind::kHeadline});
      seen_headline = true;
      continue;
    }
    if (is_caption(s)) {
      regions.push_back({line.span, RegionKind::kCaption});
      continue;
    }
    if (is_boilerplate(s)) {
      regions.push_back({line.span, RegionKind::kBoilerplate});
      continue;
    }
    if (size_t n = dateline_length(s)) {
      uint32_t end = line.span.begin + static_cast<uint32_t>(n);
      while (end > line.span.begin && text[end - 1] == ' ') --end;
      regions.push_back({{line.span.begin, end}, RegionKind::kDateline});
    }
  }
  return regions;
}

}  // namespace casus::text
