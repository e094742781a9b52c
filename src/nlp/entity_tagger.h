// Statistical named-entity tagger: a greedy left-to-right averaged perceptron over BILOU tags
// (O, and B/I/L/U for each of PERSON, ORG, PLACE, NORP, MISC), trained on the entity layer of
// GUM (`Entity=` in the MISC column of ../shared/data/ud/gum-cc-by-*.conllu). How named-entity
// spans are derived from GUM's noun-phrase mentions is described in entity_tagger.cpp.
//
// Features: the word, its lower-cased form, shape, prefixes and suffixes, the words and shapes
// around it (±2), a "how often is this word capitalised inside a sentence" class learnt from the
// training text, the sentence-initial position, the two previous predicted tags, the run of
// capitalised words it belongs to (first and last word, length), and the caller's evidence
// about each token (Evidence: dictionary names, given names, head words ...), for the token,
// its neighbours and the first and last words of its run.
#pragma once
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/perceptron.h"

namespace casus::nlp {

struct NamedSpan {
  uint32_t token_begin, token_end;  // [begin, end) token indices in the sentence
  std::string type;                 // PERSON, ORG, PLACE, NORP or MISC
  float score;                      // 0..1, higher is surer (a calibrated margin, not a probability)
};

// What the caller's dictionaries and word lists say about one token, as a set of bits. The
// tagger learns what each bit is worth from training text on which the same evidence was
// computed (TrainOptions::evidence), so one function must compute it for training and for
// tagging; the model records nothing of how.
enum EvidenceBit : uint32_t {
  kDictPerson = 1u << 0,   // inside a dictionary name of a person
  kDictOrg = 1u << 1,      // ... of an organisation
  kDictPlace = 1u << 2,    // ... of a place of the dictionary (GPE, LOC, FAC)
  kDictNorp = 1u << 3,     // ... a nationality, people or demonym
  kDictMisc = 1u << 4,     // ... a weapon or other thing
  kGazPlace = 1u << 5,     // inside a place name of the world gazetteer
  kBigPlace = 1u << 6,     // ... of a country, region or city of 100,000 or more
  kGivenName = 1u << 7,    // a given name
  kSurname = 1u << 8,      // a surname
  kOrgHead = 1u << 9,      // a head word of organisations' names ("University", "Records")
  kPlaceHead = 1u << 10,   // ... of places' names ("River", "County")
  kFacilityHead = 1u << 11,  // ... of facilities' names ("Airport", "Stadium")
  kEventHead = 1u << 12,   // ... of events', works' and prizes' names ("War", "Award")
  kTitleWord = 1u << 13,   // a title or role before a person's name ("Minister", "Dr")
  kCommonWord = 1u << 14,  // an ordinary English word
  kEvidenceBits = 15
};
using Evidence = uint32_t;
// Fills evidence[i] for words[i] (evidence has words.size() entries on return).
using EvidenceFn =
    std::function<void(const std::vector<std::string_view>& words, std::vector<Evidence>& evidence)>;

class EntityTagger {
 public:
  struct TrainOptions {
    int epochs = 12;
    uint64_t seed = 1;
    std::ostream* log = nullptr;
    // The evidence the tagger will be given at run time, computed on each training sentence
    // (and on the development sentences `evaluate` scores). Unset: no evidence.
    EvidenceFn evidence;
    // The share of words whose evidence is dropped in training (see entity_tagger.cpp).
    double evidence_dropout = 0.3;
  };
  struct Scores {
    double span_p = 0, span_r = 0, span_f1 = 0;        // exact typed spans
    double untyped_f1 = 0;                             // exact spans, any type
    double token_p = 0, token_r = 0, token_f1 = 0;     // tokens inside a span, with its type
    size_t gold_spans = 0, pred_spans = 0;
  };

  // Throws std::runtime_error when the file is missing or malformed.
  static std::unique_ptr<EntityTagger> load(const std::string& path);
  void save(const std::string& path) const;

  // Words of one sentence; `evidence` is empty (none) or has one entry per word. Thread-safe.
  // `settled` (empty, or one entry per word) marks words the caller has named already: a run
  // of capitalised words that are all settled is not tagged (it is given O), which saves
  // scoring it. Other spans are as without `settled`, unless a name would have run from a
  // settled run across three or more lower-case words. Names never start at punctuation
  // (“, —), which is not scored either.
  std::vector<NamedSpan> tag(const std::vector<std::string_view>& words,
                             const std::vector<Evidence>& evidence = {},
                             const std::vector<uint8_t>& settled = {}) const;

  // Learns from CoNLL-U sentences with GUM `Entity=` annotations; sentences of documents
  // without any Entity annotation only add to the word statistics (capitalisation classes).
  // `dev`, when given, is scored after every epoch (logged).
  static std::unique_ptr<EntityTagger> train(const std::vector<UdSentence>& sentences,
                                             const std::vector<UdSentence>* dev,
                                             const TrainOptions& opt);
  // `casus train ner`: reads the files, trains, logs dev figures, writes out_path.
  static void train(const std::vector<std::string>& train_files, const std::string& dev_file,
                    const std::string& out_path, const TrainOptions& opt);

  // Scores the tagger against the spans derived from the sentences' Entity annotations,
  // giving it the evidence `evidence` computes (when set).
  Scores evaluate(const std::vector<UdSentence>& gold, const EvidenceFn& evidence = {}) const;

  // The named-entity spans derived from a GUM sentence (exposed for tests and inspection).
  static std::vector<NamedSpan> gold_spans(const UdSentence& s);

  size_t features() const { return model_.features(); }

  // Tagging sums each word's weights once per role it plays (itself, or a neighbour of the
  // word being tagged) and remembers the sums per thread for recent words; off, every feature
  // is looked up each time. The spans and scores are the same either way (integer sums):
  // the switch is there to test and measure that.
  void remember_role_scores(bool on) { remember_role_scores_ = on; }

  struct Tok;  // per-token precomputed values (entity_tagger.cpp)

 private:
  // Per-word values; `all` false computes them only where decode() will need them.
  void prepare(const std::vector<std::string_view>& words,
               const std::vector<Evidence>& evidence, std::vector<Tok>& toks, bool all,
               const std::vector<uint8_t>& settled = {}) const;
  static void mark_settled_runs(const std::vector<uint8_t>& settled, std::vector<Tok>& toks);
  void fill(std::string_view word, Tok& t) const;
  // Greedy decoding; `words` (when given) computes the values of words prepare() skipped.
  int decode(std::vector<Tok>& toks, std::vector<int>& tags, std::vector<int32_t>* margins,
             const std::vector<std::string_view>* words = nullptr) const;
  // The summed weights of the features of word t (the text `word`) in role `role` (Role in
  // entity_tagger.cpp), remembered per thread for recent words; valid until the next call.
  const int32_t* role_scores(int role, const Tok& t, std::string_view word) const;
  // Installs a model: the role scores remembered for an earlier one no longer hold.
  void set_model(Model model);
  uint8_t word_class(uint64_t low_hash) const {
    uint32_t r = vocab_index_.find(low_hash);
    return r == KeyIndex::kNone ? 0 : vocab_class_[r];
  }

  std::vector<uint64_t> vocab_keys_;
  std::vector<uint8_t> vocab_class_;
  KeyIndex vocab_index_;
  float margin_scale_ = 1000;  // a typical margin, for NamedSpan::score
  Model model_;
  // Identifies model_ (and the vocabulary) in the per-thread memory of role scores: unique
  // per set_model call in the process.
  uint64_t serial_ = 0;
  // The role scores of the neighbours beyond a sentence's ends, per role.
  std::vector<int32_t> edge_scores_;
  bool remember_role_scores_ = true;
};

}  // namespace casus::nlp
