// Word lists of the quantity stage (data/lexicon/quantity_words.txt): number words, scales,
// vague amounts, modifiers, casualty cues, counted nouns, currencies, reporting verbs.
#pragma once
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace casus::extract {

struct QuantityLexicon {
  struct Scale {
    double mult = 1;
    bool money_only = false;
  };
  struct Vague {
    double min = 0, max = 0;
  };
  // Multi-word phrases are keyed by their words joined with one space; max_words bounds the
  // longest phrase of each kind so matching tries only a few lengths.
  std::unordered_map<std::string, double> numbers;
  std::unordered_map<std::string, Scale> scales;
  std::unordered_map<std::string, Vague> vague;
  std::unordered_map<std::string, std::string> modifiers;  // phrase -> at_least, ...
  std::unordered_map<std::string, std::string> cues;       // phrase -> killed, wounded, ...
  std::unordered_map<std::string, std::string> nouns;      // phrase -> human, troops, weapon...
  std::unordered_map<std::string, std::string> currencies; // symbol/code -> counted noun
  std::unordered_set<std::string> report, ident, units, fillers;
  size_t max_words = 1;
  // First words of every phrase that can open a quantity (modifiers, vague amounts, number
  // words, currencies): words outside it are skipped without further lookups.
  std::unordered_set<std::string> starters;

  // Parses the file; unknown kinds and malformed lines are ignored.
  static QuantityLexicon load(const std::string& path);
  // The built-in lists from casus::data_dir(), loaded once (thread-safe).
  static const QuantityLexicon& builtin();
};

}  // namespace casus::extract
