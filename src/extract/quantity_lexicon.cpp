#include "extract/quantity_lexicon.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "util/data_dir.h"

namespace casus::extract {

namespace {

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

std::vector<std::string> split_bar(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  std::string part;
  while (std::getline(ss, part, '|')) out.push_back(trim(part));
  return out;
}

}  // namespace

QuantityLexicon QuantityLexicon::load(const std::string& path) {
  QuantityLexicon lex;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    line = trim(line);
    if (line.empty() || line[0] == '#') continue;
    auto f = split_bar(line);
    if (f.size() < 2 || f[1].empty()) continue;
    const std::string& kind = f[0];
    const std::string& phrase = f[1];
    size_t words = 1;
    for (char c : phrase) words += c == ' ';
    if (words > lex.max_words) lex.max_words = words;
    auto num = [&](size_t i) { return i < f.size() ? std::strtod(f[i].c_str(), nullptr) : 0.0; };
    if (kind == "number" && f.size() >= 3) lex.numbers[phrase] = num(2);
    else if (kind == "scale" && f.size() >= 3)
      lex.scales[phrase] = Scale{num(2), f.size() >= 4 && f[3] == "money"};
    else if (kind == "vague" && f.size() >= 4) lex.vague[phrase] = Vague{num(2), num(3)};
    else if (kind == "modifier" && f.size() >= 3) lex.modifiers[phrase] = f[2];
    else if (kind == "cue" && f.size() >= 3) lex.cues[phrase] = f[2];
    else if (kind == "noun" && f.size() >= 3) lex.nouns[phrase] = f[2];
    else if (kind == "currency" && f.size() >= 3) lex.currencies[phrase] = f[2];
    else if (kind == "report") lex.report.insert(phrase);
    else if (kind == "ident") lex.ident.insert(phrase);
    else if (kind == "unit") lex.units.insert(phrase);
    else if (kind == "filler") lex.fillers.insert(phrase);
    if (kind == "number" || kind == "modifier" || kind == "vague" || kind == "currency" ||
        kind == "scale")
      lex.starters.insert(phrase.substr(0, phrase.find(' ')));
  }
  for (const char* w : {"between", "a", "us"}) lex.starters.insert(w);
  return lex;
}

const QuantityLexicon& QuantityLexicon::builtin() {
  static const QuantityLexicon lex = load(casus::data_dir() + "/lexicon/quantity_words.txt");
  return lex;
}

}  // namespace casus::extract
