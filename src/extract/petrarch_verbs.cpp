// Importer for PETRARCH / TABARI verb dictionaries (CAMEO.2.0.txt, PETR.Validate.verbs.2.0.txt)
// into EventPatterns.
//
// The file format, as PETRARCH reads it:
//   &NAME            a synonym set; its members follow on '+' lines ("+CEASE_FIRE", "+&OTHER",
//                    "+(TO THE END)"); a label or member ending in '_' takes no plural
//   --- NAME [code] ---
//                    a verb block with its default code ("[---]" or none: no event)
//   VERB {FORMS} [code]
//                    a verb of the block with its irregular forms and its own code;
//                    "+TAKE_NOTE {+TAKES_NOTE ...}" and "WIRE_+TAP" are multi-word verbs whose
//                    '+' word is the verb
//   - PATTERN [code] a pattern shared by every verb of the block. '*' is the verb; words before
//                    and after it; "{A B}" a noun phrase (the last word its head); "(PREP X)"
//                    a prepositional phrase; "&SET" any member of a set; '$' the source, '+'
//                    the target, '%' a compound subject coded with itself, '^' a skipped
//                    word; "[a:b]" codes a, and b for the reverse direction
//   # comment        (also <!-- ... -->); a '#' inside [..] is part of a code ("[###]")
//
// Each (verb, pattern) pair becomes one EventPattern. Its trigger starts with the verb's base
// form in lower case (token lemmas come from our lemmatizer, which folds the listed
// inflections "SEES", "SEEN" anyway, so forms need no patterns of their own); the other words
// of a multi-word verb ("take note", "wire tap") and the words a pattern puts before the verb
// ("- RECENTLY *", "- {DEATH TOLL} *": of a group only its head) follow it, to be found among
// the verb's dependents. A listed verb that is itself inflected ("LEFT", "RISEN") is kept as
// written: its tokens carry another lemma ("leave").
//
// Words after the verb are not typed in the format (an object, a particle, an adverb or a
// complement are all bare words), so they are kept as the ordered `phrase`, each position
// with its lower-case alternatives; plural nouns also carry their regular singular so lemma
// matching works. Two parts are typed: a first "{..}" group is a noun phrase whose head must
// be the object (`objects`), and a prepositional phrase right after the verb becomes
// `preposition` + `prep_objects`. Multi-word alternatives join their words with '_' and
// must be consecutive.
#include <algorithm>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "extract/event_patterns.h"
#include "lexicon/lexicon.h"
#include "text/unicode.h"

namespace casus::extract {
namespace {

using lexicon::trim;

// A dictionary word in our spelling: lower case, without the "no plural" underscore.
std::string word_key(std::string_view w) {
  while (!w.empty() && w.back() == '_') w.remove_suffix(1);
  return text::ascii_lower(w);
}

// Prepositions that open a "(PREP ...)" group or tell where a '$' / '+' after a word is read.
bool is_preposition(const std::string& w) {
  static const std::unordered_set<std::string> kPrepositions = {
      "about", "above",  "across",  "after",   "against", "along",  "amid",    "among",
      "around", "as",    "at",      "before",  "behind",  "below",  "beneath", "beside",
      "between", "beyond", "by",    "despite", "down",    "during", "for",     "from",
      "in",    "inside", "into",    "near",    "of",      "off",    "on",      "onto",
      "out",   "outside", "over",   "since",   "than",    "through", "throughout", "to",
      "toward", "towards", "under", "until",   "up",      "upon",   "via",     "with",
      "within", "without"};
  return kPrepositions.count(w) > 0;
}

bool is_negation(const std::string& w) {
  return w == "not" || w == "n't" || w == "never" || w == "neither";
}

// Strips a '#' comment that is not inside [...] (codes like "[###]" keep their '#').
std::string_view strip_comment(std::string_view line) {
  bool in_code = false;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '[') in_code = true;
    else if (line[i] == ']') in_code = false;
    else if (line[i] == '#' && !in_code) return trim(line.substr(0, i));
  }
  return trim(line);
}

// "[040:040]" -> cameo "040", reverse "040"; "[:080]" -> "---", "080"; "[---]" -> "---".
struct Code {
  std::string cameo, reverse;
  bool present = false;
};

// Splits "TEXT [code] rest" into TEXT and the code (the last bracket group on the line).
std::string_view take_code(std::string_view line, Code* code) {
  size_t open = line.rfind('[');
  if (open == std::string_view::npos) return line;
  size_t close = line.find(']', open);
  if (close == std::string_view::npos) return line;
  std::string_view inside = trim(line.substr(open + 1, close - open - 1));
  size_t colon = inside.find(':');
  std::string_view forward = trim(inside.substr(0, colon));
  code->cameo = forward.empty() ? "---" : std::string(forward);
  code->reverse =
      colon == std::string_view::npos ? "" : std::string(trim(inside.substr(colon + 1)));
  if (code->reverse == "---") code->reverse.clear();
  code->present = true;
  return trim(line.substr(0, open));
}

// One element of a pattern, in order.
struct Element {
  enum Kind { kVerb, kWords, kSource, kTarget, kCompound, kSkip, kGroupOpen, kGroupClose,
              kPrepOpen, kPrepClose };
  Kind kind;
  // For kWords: consecutive words (from '_' joins), each with its alternatives.
  std::vector<std::vector<std::string>> words;
};

// A verb of the current block.
struct BlockVerb {
  std::vector<std::string> before;  // words preceding the verb ("wire" of WIRE_+TAP)
  std::string verb;                 // lower case
  std::vector<std::string> after;   // words following it ("note" of +TAKE_NOTE)
  Code code;                        // its own code; absent: the block's
  std::string source;
};

class VerbReader {
 public:
  VerbReader(EventPatterns& out, std::string file) : out_(out), file_(std::move(file)) {}

  void read(std::string_view text) {
    bool in_xml_comment = false;
    lexicon::for_each_line(text, [&](std::string_view raw, size_t line_no) {
      // XML-style comments, possibly over several lines; '#' comments are stripped below.
      std::string kept;
      while (!raw.empty()) {
        if (in_xml_comment) {
          size_t end = raw.find("-->");
          if (end == std::string_view::npos) break;
          in_xml_comment = false;
          raw.remove_prefix(end + 3);
        } else {
          size_t start = raw.find("<!--");
          kept += raw.substr(0, start);
          if (start == std::string_view::npos) break;
          in_xml_comment = true;
          raw.remove_prefix(start + 4);
        }
      }
      where_ = file_ + ":" + std::to_string(line_no);
      line(strip_comment(kept));
    });
    finish_synset();
    finish_block();
  }

 private:
  void line(std::string_view l) {
    // Blank and comment-only lines are skipped, as PETRARCH reads the file: a set ends at
    // the first line that is not a member ("&CURRENCY" has a comment among its members).
    if (l.empty()) return;
    if (!synset_.empty()) {
      if (l[0] == '+') {
        add_synset_member(l.substr(1));
        return;
      }
      finish_synset();
    }
    if (l[0] == '&') {
      synset_ = word_key(trim(l));
      synset_members_.clear();
      return;
    }
    if (l.starts_with("---")) {
      start_block(l);
      return;
    }
    if (!in_block_) return;  // text before the first block that is not a set
    if (l[0] == '-' || l.find('*') != std::string_view::npos) {
      pattern(l[0] == '-' ? l.substr(1) : l);
      return;
    }
    verb_line(l);
  }

  // ---- synonym sets ----
  void add_synset_member(std::string_view member) {
    member = trim(member);
    if (member.empty()) return;
    if (member[0] == '&') {  // an embedded set: its members
      auto it = synsets_.find(word_key(member));
      if (it != synsets_.end())
        synset_members_.insert(synset_members_.end(), it->second.begin(), it->second.end());
      return;
    }
    std::string joined;
    for (char c : member) {
      if (c == '(' || c == ')') continue;
      if (c == ' ' || c == '_') {
        if (!joined.empty() && joined.back() != '_') joined.push_back('_');
      } else {
        joined.push_back(c);
      }
    }
    while (!joined.empty() && joined.back() == '_') joined.pop_back();
    if (joined.empty()) return;
    std::string key = text::ascii_lower(joined);
    synset_members_.push_back(key);
    // A listed plural also stands for its singular, which is what a lemma shows.
    if (key.find('_') == std::string::npos) {
      if (std::string s = lexicon::regular_singular(key); !s.empty()) synset_members_.push_back(s);
    } else {
      size_t last = key.rfind('_');
      if (std::string s = lexicon::regular_singular(key.substr(last + 1)); !s.empty())
        synset_members_.push_back(key.substr(0, last + 1) + s);
    }
  }

  void finish_synset() {
    if (synset_.empty()) return;
    auto& members = synsets_[synset_];
    members = std::move(synset_members_);
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    synset_.clear();
    synset_members_.clear();
  }

  // ---- verb blocks ----
  void start_block(std::string_view l) {
    finish_block();
    in_block_ = true;
    std::string_view body = trim(l.substr(3));
    while (body.ends_with("-")) body.remove_suffix(1);
    block_code_ = Code{};
    take_code(body, &block_code_);
    if (!block_code_.present) block_code_.cameo = "---";
  }

  void verb_line(std::string_view l) {
    BlockVerb v;
    v.source = where_;
    std::string_view text = take_code(l, &v.code);
    // The irregular forms in {...} are inflections of this verb: our lemmas already fold
    // them, so only the base form is kept.
    if (size_t brace = text.find('{'); brace != std::string_view::npos) text = trim(text.substr(0, brace));
    if (text.empty() || text.find(' ') != std::string_view::npos) return;  // not a verb line
    std::vector<std::string> words;
    size_t verb_at = 0;
    bool marked = false;
    size_t start = 0;
    while (start <= text.size()) {
      size_t us = text.find('_', start);
      if (us == std::string_view::npos) us = text.size();
      std::string_view w = text.substr(start, us - start);
      if (!w.empty()) {
        if (w[0] == '+') {
          verb_at = words.size();
          marked = true;
          w.remove_prefix(1);
        }
        words.push_back(text::ascii_lower(w));
      }
      start = us + 1;
    }
    // A multi-word verb must say which word is the verb; PETRARCH skips those that do not.
    if (words.empty() || (words.size() > 1 && !marked)) {
      return;
    }
    v.before.assign(words.begin(), words.begin() + verb_at);
    v.verb = words[verb_at];
    v.after.assign(words.begin() + verb_at + 1, words.end());
    verbs_.push_back(v);
  }

  // A verb's trigger: the verb first (the word the parse must tag VERB), then the other
  // words of a multi-word verb ("take note", "wire tap"), which the engine looks for among
  // the verb's dependents and next words.
  static std::vector<std::string> verb_words(const BlockVerb& v) {
    std::vector<std::string> words{v.verb};
    words.insert(words.end(), v.after.begin(), v.after.end());
    words.insert(words.end(), v.before.begin(), v.before.end());
    return words;
  }

  EventPattern base_pattern(const BlockVerb& v, const Code& code) const {
    EventPattern p;
    p.pos = TriggerPos::kVerb;
    p.dyadic = true;  // PETRARCH codes dyads: a source and a target
    p.trigger = verb_words(v);
    p.cameo = code.cameo;
    p.reverse_cameo = code.reverse;
    p.type = plover_type_of_cameo(p.cameo);
    p.source = v.source;
    return p;
  }

  void emit(EventPattern p) {
    p.dyadic = true;
    out_.add(std::move(p));
  }

  // ---- patterns ----
  // Splits a pattern into elements; returns false (the pattern is skipped, as PETRARCH
  // does) when it uses a set that is not defined.
  bool elements_of(std::string_view text, std::vector<Element>* out) const {
    size_t i = 0;
    while (i < text.size()) {
      char c = text[i];
      if (c == ' ' || c == '\t') {
        ++i;
        continue;
      }
      auto single = [&](Element::Kind k) {
        out->push_back({k, {}});
        ++i;
      };
      switch (c) {
        case '*': single(Element::kVerb); continue;
        case '$': single(Element::kSource); continue;
        case '+': single(Element::kTarget); continue;
        case '%': single(Element::kCompound); continue;
        case '^': single(Element::kSkip); continue;
        case '{': single(Element::kGroupOpen); continue;
        case '}': single(Element::kGroupClose); continue;
        case '(': single(Element::kPrepOpen); continue;
        case ')': single(Element::kPrepClose); continue;
        default: break;
      }
      size_t end = i;
      while (end < text.size() && std::string_view(" \t{}()*$%^").find(text[end]) == std::string_view::npos)
        ++end;
      std::string_view token = text.substr(i, end - i);
      i = end;
      Element e{Element::kWords, {}};
      size_t start = 0;
      while (start <= token.size()) {
        size_t us = token.find('_', start);
        if (us == std::string_view::npos) us = token.size();
        std::string_view w = token.substr(start, us - start);
        start = us + 1;
        if (w.empty()) continue;
        if (w[0] == '&') {
          auto it = synsets_.find(word_key(w));
          if (it == synsets_.end() || it->second.empty()) return false;
          e.words.push_back(it->second);
        } else {
          std::string key = word_key(w);
          std::vector<std::string> alternatives{key};
          if (std::string s = lexicon::regular_singular(key); !s.empty()) alternatives.push_back(s);
          e.words.push_back(std::move(alternatives));
        }
      }
      if (!e.words.empty()) out->push_back(std::move(e));
    }
    return true;
  }

  static ArgumentSlot slot(ArgumentSlot::Kind kind, std::string preposition = {}) {
    ArgumentSlot s;
    s.kind = kind;
    s.preposition = std::move(preposition);
    return s;
  }

  void pattern(std::string_view l) {
    Code code;
    std::string_view text = take_code(l, &code);
    if (!code.present) {
      return;
    }
    std::vector<Element> elements;
    if (!elements_of(text, &elements)) {
      return;
    }
    auto star = std::find_if(elements.begin(), elements.end(),
                             [](const Element& e) { return e.kind == Element::kVerb; });
    if (star == elements.end()) {
      return;
    }
    EventPattern shape;  // trigger prefix, phrase and slots; the verb is filled in per verb
    shape.dyadic = true;
    bool compound = false;
    // Before the verb: words go to the trigger prefix; the first '$' / '+' is the subject.
    bool subject_taken = false;
    std::string open_prep;
    bool in_prep = false, prep_first = false;
    bool in_group_before = false;
    std::string group_head;
    for (auto it = elements.begin(); it != star; ++it) {
      switch (it->kind) {
        case Element::kWords:
          for (const auto& w : it->words) {
            if (in_prep && prep_first) {
              open_prep = w.front();
              prep_first = false;
            }
            if (is_negation(w.front())) shape.negative = true;
            // Trigger words match lemmas: a listed plural ("CABINETS *") by its singular.
            std::string word = lexicon::regular_singular(w.front());
            if (word.empty()) word = w.front();
            if (in_group_before) group_head = word;  // only a group's head is a dependent
            else shape.trigger.push_back(word);
          }
          break;
        case Element::kGroupOpen: in_group_before = true; group_head.clear(); break;
        case Element::kGroupClose:
          if (!group_head.empty()) shape.trigger.push_back(group_head);
          in_group_before = false;
          break;
        case Element::kPrepOpen: in_prep = prep_first = true; open_prep.clear(); break;
        case Element::kPrepClose: in_prep = false; break;
        case Element::kSource:
        case Element::kTarget: {
          auto& slots = it->kind == Element::kSource ? shape.actor_slots : shape.recipient_slots;
          if (in_prep && !open_prep.empty()) {
            slots.push_back(slot(ArgumentSlot::kPreposition, open_prep));
          } else if (!subject_taken) {
            slots.push_back(slot(ArgumentSlot::kSubject));
            subject_taken = true;
          }
          break;
        }
        case Element::kCompound: compound = true; break;
        default: break;
      }
    }
    // After the verb.
    bool first = true;          // no content element seen yet after the verb
    bool leading_prep = false;  // inside a prepositional phrase right after the verb
    bool leading_group = false, in_group = false;
    std::vector<std::vector<std::string>> group;  // words of the current {..} group
    std::string last_word;
    in_prep = false;
    prep_first = false;
    open_prep.clear();
    std::vector<std::vector<std::string>> prep_words;  // content words of the current (..)
    for (auto it = star + 1; it != elements.end(); ++it) {
      switch (it->kind) {
        case Element::kPrepOpen:
          in_prep = prep_first = true;
          leading_prep = first;
          first = false;
          open_prep.clear();
          prep_words.clear();
          break;
        case Element::kPrepClose:
          if (leading_prep) {
            shape.preposition = open_prep;
            // The head of the object is the last word; words before it still have to show.
            if (!prep_words.empty()) {
              shape.prep_objects = prep_words.back();
              prep_words.pop_back();
            }
            for (auto& w : prep_words) shape.phrase.push_back(std::move(w));
          } else {
            if (!open_prep.empty()) shape.phrase.push_back({open_prep});
            for (auto& w : prep_words) shape.phrase.push_back(std::move(w));
          }
          last_word = open_prep;
          in_prep = leading_prep = false;
          break;
        case Element::kGroupOpen:
          in_group = true;
          leading_group = first && !in_prep;
          first = false;
          group.clear();
          break;
        case Element::kGroupClose:
          if (leading_group && !group.empty()) shape.objects = group.back();
          for (auto& w : group) (in_prep ? prep_words : shape.phrase).push_back(std::move(w));
          group.clear();
          in_group = leading_group = false;
          break;
        case Element::kWords:
          for (const auto& w : it->words) {
            if (is_negation(w.front())) shape.negative = true;
            if (in_prep && prep_first) {
              open_prep = w.front();
              prep_first = false;
              if (!is_preposition(open_prep)) {  // "(NO OBSTACLE)": a plain phrase
                prep_words.push_back(w);
                open_prep.clear();
              }
              continue;
            }
            if (in_group) group.push_back(w);
            else if (in_prep) prep_words.push_back(w);
            else shape.phrase.push_back(w);
            last_word = w.front();
          }
          first = false;
          break;
        case Element::kSource:
        case Element::kTarget: {
          auto& slots = it->kind == Element::kSource ? shape.actor_slots : shape.recipient_slots;
          if (in_prep && !open_prep.empty()) slots.push_back(slot(ArgumentSlot::kPreposition, open_prep));
          else if (first) slots.push_back(slot(ArgumentSlot::kObject));
          else if (is_preposition(last_word)) slots.push_back(slot(ArgumentSlot::kPreposition, last_word));
          // Otherwise the text does not say where the side is; the engine's defaults apply.
          break;
        }
        case Element::kCompound: compound = true; break;
        case Element::kSkip: break;  // a word that may be anything: phrases allow gaps anyway
        case Element::kVerb: break;  // a second '*' is a typo; ignore it
      }
    }
    if (compound) {
      // '%': the conjoined subject ("Gondor and Osgiliath agreed") is coded with itself,
      // each member towards each other one.
      shape.actor_slots = {slot(ArgumentSlot::kSubject)};
      shape.recipient_slots = {slot(ArgumentSlot::kSubject)};
    }
    shape.cameo = code.cameo;
    shape.reverse_cameo = code.reverse;
    shape.type = plover_type_of_cameo(shape.cameo);
    shape.source = where_;
    shapes_.push_back(std::move(shape));
  }

  // Every pattern of the block applies to every verb of the block, wherever it is listed.
  void finish_block() {
    for (const BlockVerb& v : verbs_) {
      emit(base_pattern(v, v.code.present ? v.code : block_code_));
      for (const EventPattern& shape : shapes_) {
        EventPattern p = shape;
        p.trigger = verb_words(v);
        // Words the pattern puts before the verb follow it in the trigger: they are its
        // dependents ("RECENTLY *", "{DEATH TOLL} *": the subject's head).
        p.trigger.insert(p.trigger.end(), shape.trigger.begin(), shape.trigger.end());
        emit(std::move(p));
      }
    }
    verbs_.clear();
    shapes_.clear();
  }

  EventPatterns& out_;
  std::string file_, where_;
  std::unordered_map<std::string, std::vector<std::string>> synsets_;
  std::string synset_;  // the set being read, or empty
  std::vector<std::string> synset_members_;
  bool in_block_ = false;
  Code block_code_;
  std::vector<BlockVerb> verbs_;
  std::vector<EventPattern> shapes_;  // the block's patterns, without their verb
};

}  // namespace

void EventPatterns::load_petrarch_verbs(const std::string& path) {
  VerbReader reader(*this, path);
  reader.read(lexicon::read_text(path));
}

}  // namespace casus::extract
