// Lemmatizer learned from the treebank's lemma column: an exception table of the forms seen in
// training (form + XPOS -> lemma), and for other words suffix-rewrite rules per XPOS (strip n
// bytes, append a string, keep or fold case) chosen by the longest suffix seen with at least
// two word types; the lower-cased form is the last fallback.
#pragma once
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/perceptron.h"

namespace casus::nlp {

class Lemmatizer {
 public:
  static Lemmatizer train(const std::vector<const UdSentence*>& sentences, std::ostream* log);
  std::string lemma(std::string_view form, std::string_view upos, std::string_view xpos) const;
  void save(const std::string& path) const;
  void load(const std::string& path);
  size_t exceptions() const { return exc_keys_.size(); }
  size_t rules() const { return rule_keys_.size(); }

 private:
  struct Rule {
    uint8_t strip = 0;
    uint8_t keep_case = 0;
    std::string append;
  };
  static uint64_t exc_key(std::string_view form, std::string_view xpos);
  static uint64_t rule_key(std::string_view xpos, std::string_view suffix);
  static std::string apply(const Rule& r, std::string_view form);
  void index();

  std::vector<uint64_t> exc_keys_;
  std::vector<std::string> exc_lemma_;
  std::vector<uint64_t> rule_keys_;
  std::vector<uint32_t> rule_of_key_;
  std::vector<Rule> rules_;
  KeyIndex exc_index_, rule_index_;
};

}  // namespace casus::nlp
