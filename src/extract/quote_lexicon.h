// The reporting-cue lexicon of the quote stage (data/lexicon/reporting_verbs.txt) and the
// normalised quote key.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace casus::extract {

enum class CueKind { kSay, kThink, kNoun };

struct CueEntry {
  std::string lemma;
  CueKind kind = CueKind::kSay;
};

struct CueLexicon {
  std::unordered_map<std::string, CueEntry> forms;       // lower-case word form -> entry
  std::unordered_set<std::string> nouns;                 // reporting nouns (singular, plural)
  std::vector<std::vector<std::string>> multiword;       // "according to", "quoted as saying"
  size_t entries = 0;                                    // lines read

  const CueEntry* find(std::string_view lower_form) const;
  // Parses the lexicon format (see the data file's header); adds to this lexicon.
  void parse(std::string_view text);
};

// The lexicon loaded once from casus::data_dir() + "/lexicon/reporting_verbs.txt"; when the
// file is missing, a small built-in list keeps the stage working.
const CueLexicon& cue_lexicon();

// A normalised key for a statement: quote marks, punctuation and case folded, stop words
// dropped, the remaining words reduced by a light suffix stemmer (the same with or without a
// parse), joined by single spaces. Two outlets' versions of one statement that differ only
// in punctuation, quote marks, case, inflection or function words get the same key.
std::string quote_key(std::string_view text);

}  // namespace casus::extract
