// Entities: dictionary actors and places found through name keys, unknown names recognised
// from capitalisation, titles and head words, persons' roles and affiliations, in-document
// coreference (short forms, acronyms defined in the text, pronouns and "the group"), and
// places resolved to coordinates using the document's dominant countries.
#pragma once
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "casus/document.h"
#include "lexicon/lexicon.h"
#include "nlp/perceptron.h"

namespace casus::nlp {
class EntityTagger;
}

namespace casus::extract {

// Word lists the recogniser consults (data/lexicon/common_words.txt, given_names.txt).
struct NameEvidence {
  std::unordered_set<std::string> common_words;  // lower case
  std::unordered_set<std::string> given_names;   // folded (name_key fold_word)
  std::unordered_set<std::string> surnames;      // folded
  static NameEvidence load(const std::string& data_dir, const lexicon::Lexicon& lexicon);

  // What the recogniser knows of a folded word (its vocabulary of titles and head words, and
  // the lists above), as bits (entities.cpp): one lookup instead of one per list, by the
  // word's lexicon::word_hash, which the matcher computes anyway.
  uint32_t flags_of_hash(uint64_t word_hash) const {
    uint32_t flags = word_flags.find(word_hash);
    return flags == nlp::KeyIndex::kNone ? 0 : flags;
  }
  // A flat table (one cache line per lookup): every word of the text is looked up.
  nlp::KeyIndex word_flags;

  // What the lexicon and these lists say about each word of one sentence, as the statistical
  // entity tagger's evidence bits (nlp::EvidenceBit). The entity stage gives the tagger this,
  // and `casus train ner` computes the same on the training text, so that the tagger learns
  // what each bit is worth.
  // `known`, when not empty, holds for each word what the caller has already computed of
  // it: the word_hash and flags_of_hash of its fold, for a word of ASCII letters and digits
  // that is no article form ("al", "el", "ash"...); hash 0 where the caller has nothing.
  struct KnownWord {
    uint64_t hash = 0;
    uint32_t flags = 0;
  };
  void token_evidence(const lexicon::Lexicon& lexicon, const std::vector<std::string_view>& words,
                      std::vector<uint32_t>& evidence,
                      const std::vector<KnownWord>& known = {}) const;
};

// Fills doc.entities (text order) and doc.mentions. `tagger` (may be null) is the
// statistical entity tagger that proposes names the dictionary lacks.
void annotate_entities(Document& doc, const lexicon::Lexicon& lexicon,
                       const NameEvidence& evidence, const nlp::EntityTagger* tagger = nullptr);

}  // namespace casus::extract
