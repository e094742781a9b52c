#include "extract/quote_lexicon.h"

#include <cctype>
#include <fstream>
#include <sstream>

#include "util/data_dir.h"

namespace casus::extract {
namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Regular inflections of a verb lemma; over-generation is harmless (the forms are looked up).
std::vector<std::string> inflect(const std::string& v) {
  std::vector<std::string> out{v};
  if (v.empty()) return out;
  char last = v.back();
  std::string stem_e = last == 'e' ? v.substr(0, v.size() - 1) : v;
  // -s
  if (last == 's' || last == 'x' || last == 'z' || v.ends_with("ch") || v.ends_with("sh") ||
      last == 'o')
    out.push_back(v + "es");
  else if (last == 'y' && v.size() > 1 && !is_vowel(v[v.size() - 2]))
    out.push_back(v.substr(0, v.size() - 1) + "ies");
  else
    out.push_back(v + "s");
  // -ed
  if (last == 'e') out.push_back(v + "d");
  else if (last == 'y' && v.size() > 1 && !is_vowel(v[v.size() - 2]))
    out.push_back(v.substr(0, v.size() - 1) + "ied");
  else out.push_back(v + "ed");
  // -ing
  out.push_back((last == 'e' && !v.ends_with("ee")) ? stem_e + "ing" : v + "ing");
  // doubled final consonant: admit -> admitted, admitting
  if (v.size() >= 3 && !is_vowel(last) && last != 'w' && last != 'x' && last != 'y' &&
      is_vowel(v[v.size() - 2]) && !is_vowel(v[v.size() - 3])) {
    out.push_back(v + last + "ed");
    out.push_back(v + last + "ing");
  }
  return out;
}

constexpr const char* kBuiltin =
    "say say said\nsay tell told\nsay add\nsay state\nsay claim\nsay insist\nsay argue\n"
    "say announce\nsay warn\nsay stress\nsay explain\nsay note\nsay write wrote written\n"
    "say tweet\nsay report\nthink believe\nnoun statement\nnoun interview\n"
    "multi according_to\n";

const std::unordered_set<std::string>& stop_words() {
  static const std::unordered_set<std::string> words = {
      "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
      "from", "as", "into", "onto", "upon", "about", "that", "this", "these", "those", "it",
      "its", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
      "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
      "must", "so", "such", "than", "then", "there", "here", "which", "who", "whom", "whose",
      "what", "very", "just", "also", "too", "s", "t", "ll", "re", "ve", "d", "m", "we", "our",
      "us", "i", "me", "my", "you", "your", "he", "him", "his", "she", "her", "they", "them",
      "their", "if", "all", "any", "some", "up", "out", "over", "only", "now", "said", "says"};
  return words;
}

// A light suffix stemmer: folds plural, past, progressive and -ly forms together.
std::string stem(std::string w) {
  auto cut = [&](std::string_view suf, std::string_view rep, size_t min_rest) {
    if (w.size() >= suf.size() + min_rest && w.ends_with(suf)) {
      w = w.substr(0, w.size() - suf.size()) + std::string(rep);
      return true;
    }
    return false;
  };
  if (cut("ies", "y", 2) || cut("sses", "ss", 1)) {
  } else if (w.size() > 3 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us") &&
             !w.ends_with("is")) {
    w.pop_back();
  }
  if (cut("ing", "", 3) || cut("ed", "", 3) || cut("ly", "", 3)) {
    // undo doubling: "stopp" -> "stop"
    if (w.size() >= 3 && w[w.size() - 1] == w[w.size() - 2] && !is_vowel(w.back()) &&
        w.back() != 'l' && w.back() != 's')
      w.pop_back();
  }
  if (w.size() > 3 && w.back() == 'e') w.pop_back();
  return w;
}

}  // namespace

const CueEntry* CueLexicon::find(std::string_view lower_form) const {
  auto it = forms.find(std::string(lower_form));
  return it == forms.end() ? nullptr : &it->second;
}

void CueLexicon::parse(std::string_view text) {
  std::istringstream in{std::string(text)};
  std::string line;
  while (std::getline(in, line)) {
    if (auto hash = line.find('#'); hash != std::string::npos) line.resize(hash);
    std::istringstream fields(line);
    std::string kind, lemma, form;
    if (!(fields >> kind >> lemma)) continue;
    ++entries;
    for (char& c : lemma)
      if (c == '_') c = ' ';
    if (kind == "multi") {
      std::vector<std::string> words;
      std::istringstream ws(lemma);
      std::string w;
      while (ws >> w) words.push_back(w);
      if (!words.empty()) multiword.push_back(std::move(words));
      continue;
    }
    if (kind == "noun") {
      nouns.insert(lemma);
      if (!lemma.ends_with("s")) nouns.insert(lemma + "s");
      continue;
    }
    CueKind k = kind == "think" || kind == "stance" ? CueKind::kThink : CueKind::kSay;
    std::vector<std::string> all = inflect(lemma);
    while (fields >> form) all.push_back(form);
    for (const std::string& f : all) {
      auto [it, inserted] = forms.try_emplace(f, CueEntry{lemma, k});
      // A speech reading wins over a cognition reading of the same form.
      if (!inserted && k == CueKind::kSay) it->second = CueEntry{lemma, k};
    }
  }
}

const CueLexicon& cue_lexicon() {
  static const CueLexicon lex = [] {
    CueLexicon l;
    std::ifstream in(data_dir() + "/lexicon/reporting_verbs.txt", std::ios::binary);
    if (in) {
      std::stringstream ss;
      ss << in.rdbuf();
      l.parse(ss.str());
    }
    if (l.forms.empty()) l.parse(kBuiltin);
    return l;
  }();
  return lex;
}

std::string quote_key(std::string_view text) {
  std::string out, word;
  const auto& stops = stop_words();
  auto flush = [&] {
    if (!word.empty() && !stops.count(word)) {
      std::string s = stem(word);
      if (!s.empty()) {
        if (!out.empty()) out += ' ';
        out += s;
      }
    }
    word.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (std::isalnum(c)) word += static_cast<char>(std::tolower(c));
      else flush();  // punctuation, quote marks, apostrophes and spaces separate words
      continue;
    }
    // Multi-byte UTF-8: punctuation from U+2000-U+206F (curly quotes, dashes, ellipsis),
    // U+00A0-U+00BF (nbsp, guillemets) separate; other letters are kept as they are.
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    std::string_view ch = text.substr(i, len);
    bool punct = (c == 0xE2 && ch.size() == 3 && static_cast<unsigned char>(ch[1]) == 0x80) ||
                 (c == 0xC2 && ch.size() == 2 && static_cast<unsigned char>(ch[1]) <= 0xBF);
    if (punct) flush();
    else word += ch;
    i += len - 1;
  }
  flush();
  return out;
}

}  // namespace casus::extract
