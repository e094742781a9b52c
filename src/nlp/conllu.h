// Reading CoNLL-U (Universal Dependencies) files: the training data of the models and the
// input of `casus parse`. Multiword-token ranges and empty nodes are kept as raw lines so a
// file can be written back with only the predicted columns changed.
#pragma once
#include <string>
#include <vector>

namespace casus::nlp {

struct UdWord {
  std::string form, lemma, upos, xpos, feats, deprel, misc;
  int head = 0;  // 0 = root, else 1-based word index; -1 if unknown ("_")
};

struct UdSentence {
  std::vector<UdWord> words;
  std::vector<std::string> lines;  // every line of the sentence, as read
  std::vector<int> word_line;      // index into `lines` of each word's line
};

// Throws std::runtime_error when the file cannot be read or a line is malformed.
std::vector<UdSentence> read_conllu(const std::string& path);
// Parses CoNLL-U text (for tests).
std::vector<UdSentence> parse_conllu(const std::string& text, const std::string& name = "text");

}  // namespace casus::nlp
