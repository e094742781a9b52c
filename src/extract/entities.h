// Entities: dictionary actors and places found through name keys, unknown names recognised
// from capitalisation, titles and head words, persons' roles and affiliations, in-document
// coreference (short forms, acronyms defined in the text, pronouns and "the group"), and
// places resolved to coordinates using the document's dominant countries.
#pragma once
#include <string>
#include <unordered_set>

#include "casus/document.h"
#include "lexicon/lexicon.h"

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
};

// Fills doc.entities (text order) and doc.mentions. `tagger` (may be null) is the
// statistical entity tagger that proposes names the dictionary lacks.
void annotate_entities(Document& doc, const lexicon::Lexicon& lexicon,
                       const NameEvidence& evidence, const nlp::EntityTagger* tagger = nullptr);

}  // namespace casus::extract
