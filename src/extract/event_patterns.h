// The event pattern dictionary: which words, in which syntactic frame, code which PLOVER type,
// mode and CAMEO code, and where the actor and recipient are read. Patterns are data
// (data/events/*.events, format in data/events/README.md); PETRARCH verb dictionaries are
// imported into the same representation.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace casus::extract {

enum class TriggerPos : uint8_t { kVerb, kNoun, kAdjective };

// Where an event side is read, relative to the trigger.
//   subj     nominal subject of an active verb (for nouns: the subject of the light verb,
//            "Iran launched an attack")
//   agent    the by-phrase of a passive verb ("was targeted by Iran")
//   obj      direct object (passive: the subject, "the base was targeted")
//   iobj     indirect object
//   poss     possessor of a noun trigger ("Iran's attack")
//   mod      adjectival or compound modifier naming a group ("Israeli airstrike", "US strike")
//   prep:P   the object of preposition P attached to the trigger ("talks with", "attack on")
struct ArgumentSlot {
  enum Kind : uint8_t { kSubject, kAgent, kObject, kIndirectObject, kPossessor, kModifier,
                        kPreposition };
  Kind kind = kSubject;
  std::string preposition;  // for kPreposition, lower case ("on", "against", "with")
};

struct EventPattern {
  std::vector<std::string> trigger;  // lemma words, lower case; the last is the head
                                     // ("air strike" -> {"air", "strike"}); a particle verb
                                     // ("crack down") is {"crack", "down"} with pos kVerb
  TriggerPos pos = TriggerPos::kVerb;
  std::string type, mode, context, cameo;
  std::vector<std::string> objects;       // obj=: head lemma of the object must be one of these
  std::string preposition;                // prep=: an oblique with this preposition must exist
  std::vector<std::string> prep_objects;  // pobj=: ... whose head lemma is one of these
  std::vector<std::string> complements;   // xcomp=: a clausal complement verb lemma
  std::vector<ArgumentSlot> actor_slots, recipient_slots;  // empty: the defaults for pos
  // Words that must follow the trigger in order within its clause (imported PETRARCH
  // phrases; each position lists lemma alternatives).
  std::vector<std::vector<std::string>> phrase;
  bool negative = false;  // the pattern itself expresses a negation ("not extend deadline")
  // PETRARCH paired codes ([040:040]): the reverse event's CAMEO, coded with the sides swapped.
  std::string reverse_cameo;
  // PETRARCH's convention for its dictionaries: an event needs both a source and a target
  // (CAMEO events are dyads); casus's own patterns also code one-sided events.
  bool dyadic = false;
  std::string source;  // "file:line" for provenance
  // The word the parse must give the trigger's part of speech: the last word of a noun
  // ("strike" in "air strike"), the first of a verb ("crack" in "crack down").
  const std::string& head() const { return pos == TriggerPos::kVerb ? trigger.front() : trigger.back(); }
  // Both sides are the subject (PETRARCH's '%'): coordinated subjects act on one another.
  bool reciprocal_subjects() const {
    return actor_slots.size() == 1 && recipient_slots.size() == 1 &&
           actor_slots[0].kind == ArgumentSlot::kSubject &&
           recipient_slots[0].kind == ArgumentSlot::kSubject;
  }
  // How many constraints the pattern adds beyond its trigger; the most specific match wins.
  int specificity() const;
};

class EventPatterns {
 public:
  // Reads a casus .events file; throws std::runtime_error naming file and line on a bad line.
  void load(const std::string& path);
  void load_text(std::string_view text, const std::string& source);
  // Imports a PETRARCH / TABARI verb dictionary (CAMEO.2.0.txt style): verbs with their
  // synonyms and forms, patterns with synsets, source/target markers and paired codes.
  void load_petrarch_verbs(const std::string& path);
  void add(EventPattern pattern);
  // Patterns whose head trigger lemma is `lemma` (lower case) for this part of speech.
  const std::vector<const EventPattern*>& candidates(std::string_view lemma,
                                                     TriggerPos pos) const;
  // A named word set (`@LIGHT_VERB = launch|carry_out`), lemmas in lower case with '_'
  // between words; an empty set when undefined.
  const std::unordered_set<std::string>& set(std::string_view name) const;
  bool in_set(std::string_view name, std::string_view lemma) const;
  void define_set(const std::string& name, std::unordered_set<std::string> words);
  bool empty() const { return patterns_.empty(); }
  size_t size() const { return patterns_.size(); }
  // The built-in patterns (data/events/*.events), loaded once per process.
  static std::shared_ptr<const EventPatterns> builtin(const std::string& data_dir);

 private:
  // Shared so that a pattern set can start as a cheap copy of the built-in one.
  std::vector<std::shared_ptr<const EventPattern>> patterns_;
  std::unordered_map<std::string, std::vector<const EventPattern*>> by_head_;  // "lemma/pos"
  std::unordered_map<std::string, std::unordered_set<std::string>> sets_;
};

// PLOVER type of a CAMEO code (the CAMEO-to-PLOVER table), or "" when it has none.
std::string plover_type_of_cameo(std::string_view cameo);

}  // namespace casus::extract
