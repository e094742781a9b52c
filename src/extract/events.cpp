#include "extract/events.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "extract/actor_codes.h"
#include "extract/times.h"
#include "text/unicode.h"

namespace casus::extract {
namespace {

bool contains(const std::vector<std::string>& words, const std::string& w) {
  return std::binary_search(words.begin(), words.end(), w);
}

bool is_hostile(const std::string& type) {
  return type == "ASSAULT" || type == "COERCE" || type == "SANCTION" || type == "MOBILIZE" ||
         type == "PROTEST";
}

// The CAMEO threat code for a hostile act that is only announced ("will intensify their
// operations", "vowed to strike"): CAMEO 13x by the kind of act threatened.
std::string threat_cameo(const std::string& type) {
  if (type == "ASSAULT" || type == "MOBILIZE") return "138";
  if (type == "COERCE") return "137";
  if (type == "SANCTION") return "1312";
  if (type == "PROTEST") return "133";
  return "130";
}

// A cooperative act only promised ("will send aid", "is ready to lift the ban") is CAMEO's
// "express intent to ..." (03x), which PLOVER types AGREE.
std::string intent_cameo(const std::string& type) {
  if (type == "AID") return "033";
  if (type == "COOPERATE") return "031";
  if (type == "SUPPORT") return "032";
  if (type == "CONSULT") return "036";
  if (type == "CONCEDE") return "035";
  if (type == "RETREAT") return "0356";
  return "";
}

bool is_place_type(const std::string& type) { return type == "GPE" || type == "LOC" || type == "FAC"; }

// Which entity (index in doc.entities) each token belongs to, and which pronoun or nominal
// mention resolves a token to an entity.
struct TokenLinks {
  std::vector<int32_t> entity, mention_entity, time;
  explicit TokenLinks(const Document& doc)
      : entity(doc.tokens.size(), -1), mention_entity(doc.tokens.size(), -1),
        time(doc.tokens.size(), -1) {
    auto mark = [&](ByteSpan span, std::vector<int32_t>& out, int32_t value) {
      auto first = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), span.begin,
                                    [](const Token& t, uint32_t pos) { return t.span.end <= pos; });
      for (auto it = first; it != doc.tokens.end() && it->span.begin < span.end; ++it)
        if (out[it - doc.tokens.begin()] < 0) out[it - doc.tokens.begin()] = value;
    };
    for (size_t e = 0; e < doc.entities.size(); ++e)
      mark(doc.entities[e].span, entity, static_cast<int32_t>(e));
    for (const Mention& m : doc.mentions)
      if (m.entity >= 0) mark(m.span, mention_entity, m.entity);
    for (size_t t = 0; t < doc.times.size(); ++t)
      mark(doc.times[t].span, time, static_cast<int32_t>(t));
  }
};

// A trigger the dictionary matched, before its sides are read.
struct Candidate {
  int token = -1;               // sentence-local index of the trigger's head word
  int light_verb = -1;          // the verb governing a noun trigger ("launched an attack")
  const EventPattern* pattern = nullptr;
  int first = -1, last = -1;    // trigger words (sentence-local, inclusive)
  bool embedded = false;        // an argument of another event ("condemned the attack")
};

class SentenceCoder {
 public:
  SentenceCoder(Document& doc, size_t sentence_index, const EventPatterns& patterns,
                const lexicon::Lexicon& lexicon, const TokenLinks& links)
      : doc_(doc),
        lexicon_(lexicon),
        sentence_(doc.sentences[sentence_index]),
        sentence_index_(static_cast<int32_t>(sentence_index)),
        patterns_(patterns),
        links_(links),
        base_(sentence_.token_begin),
        n_(static_cast<int>(sentence_.token_end - sentence_.token_begin)),
        lemma_(n_),
        children_(n_) {
    for (int i = 0; i < n_; ++i) {
      const Token& t = tok(i);
      lemma_[i] = text::ascii_lower(t.lemma.empty() ? doc_.slice(t.span) : std::string_view(t.lemma));
      if (t.head >= 0 && t.head < n_) children_[t.head].push_back(i);
    }
  }

  void run() {
    std::vector<Candidate> candidates;
    std::vector<int> candidate_at(n_, -1);
    for (int i = 0; i < n_; ++i) {
      Candidate c = match(i);
      if (!c.pattern) continue;
      candidate_at[i] = static_cast<int>(candidates.size());
      candidates.push_back(c);
    }
    // An event named as the argument of another coded event is not asserted on its own:
    // "condemned an attack by X" is one ACCUSE whose recipient is the attack's actor;
    // "threatened to strike" one THREATEN; "agreed to withdraw" one AGREE.
    // "staged demonstrations to demand reforms": the purpose of an act is part of it.
    std::vector<char> event_verb(n_, 0);
    for (const Candidate& c : candidates) {
      event_verb[c.token] = 1;
      if (c.light_verb >= 0) event_verb[c.light_verb] = 1;
    }
    for (Candidate& c : candidates) {
      int head = head_of(c.token);
      if (head >= 0 && candidate_at[head] < 0 && event_verb[head] && rel(c.token).starts_with("advcl") &&
          has_child_lemma(c.token, "mark", {"to"}))
        c.embedded = true;
      // "the right to protest", "a plan to attack the base": an infinitive completing a noun
      // names a possibility, not an act.
      if (head >= 0 && rel(c.token) == "acl" && has_child_lemma(c.token, "mark", {"to"}))
        c.embedded = true;
      if (head >= 0 && candidate_at[head] >= 0) {
        const std::string& r = rel(c.token);
        if (r == "obj" || r == "nsubj:pass" || r == "xcomp" || r == "ccomp" ||
            r.starts_with("obl") || r.starts_with("nmod") || r.starts_with("advcl"))
          c.embedded = true;
        continue;
      }
      // Deeper down, an act told inside another event's description is background to it
      // ("rejected an ultimatum to halt attacks", "nationals suspected of blowing up a
      // plane"); coordinated clauses stay events of their own.
      for (int node = c.token, up = 0; up < 6; ++up) {
        const std::string& r = rel(node);
        if (r == "conj" || r == "parataxis" || r == "root" || r == "list") break;
        int h = head_of(node);
        if (h < 0) break;
        if (candidate_at[h] >= 0) {
          c.embedded = !is_statement(candidates[candidate_at[h]]);
          break;
        }
        node = h;
      }
    }
    // "attacked a checkpoint, killing three and wounding five": a conjunct of an act told
    // as part of another shares its fate.
    for (Candidate& c : candidates) {
      int head = head_of(c.token);
      if (!c.embedded && rel(c.token) == "conj" && head >= 0 && candidate_at[head] >= 0 &&
          candidates[candidate_at[head]].embedded)
        c.embedded = true;
    }
    // A plain statement ("said", CAMEO 010) that reports an event is that event's source,
    // not an event of its own.
    for (Candidate& c : candidates) {
      if (c.embedded || !is_statement(c)) continue;
      for (const Candidate& inner : candidates)
        if (&inner != &c && !is_statement(inner) && governed_by(inner.token, c.token)) c.embedded = true;
    }
    // Only the direct-head rule above may make an inner event embedded under a statement.
    for (Candidate& c : candidates) {
      int head = head_of(c.token);
      if (c.embedded && head >= 0 && candidate_at[head] >= 0 && is_statement(candidates[candidate_at[head]]))
        c.embedded = false;
    }
    candidate_at_ = &candidate_at;
    candidates_ = &candidates;
    const size_t first_event = doc_.events.size();
    code_obligations(candidates);
    for (const Candidate& c : candidates)
      if (!c.embedded) code(c);
    attach_quantities(first_event);
  }

 private:
  const Token& tok(int i) const { return doc_.tokens[base_ + i]; }

  static bool is_statement(const Candidate& c) { return c.pattern->cameo == "010"; }

  // Is token i inside the clause of token ancestor, not in a clause of its own hanging
  // from it ("... after a hafling was reported on the pass")? Participles modifying a noun
  // stay inside ("links leading into Mordor").
  bool in_same_clause(int i, int ancestor) const {
    for (int node = i, up = 0; node >= 0 && up < 8; node = head_of(node), ++up) {
      if (node == ancestor) return true;
      const std::string& r = rel(node);
      if (r == "conj" || r == "parataxis" || r.starts_with("advcl") || r == "ccomp" ||
          r.starts_with("csubj"))
        return false;
    }
    return false;
  }

  // Is token i inside the clause headed by token ancestor?
  bool governed_by(int i, int ancestor) const {
    for (int node = head_of(i), up = 0; node >= 0 && up < 8; node = head_of(node), ++up)
      if (node == ancestor) return true;
    return false;
  }
  const std::string& rel(int i) const { return tok(i).deprel; }
  int head_of(int i) const {
    int h = tok(i).head;
    return h >= 0 && h < n_ ? h : -1;
  }

  int child(int i, std::string_view deprel) const {
    for (int c : children_[i])
      if (rel(c) == deprel) return c;
    return -1;
  }
  bool has_child_lemma(int i, std::string_view deprel_prefix,
                       std::initializer_list<std::string_view> lemmas) const {
    for (int c : children_[i]) {
      if (!rel(c).starts_with(deprel_prefix)) continue;
      for (std::string_view l : lemmas)
        if (lemma_[c] == l) return true;
    }
    return false;
  }
  bool is_passive(int v) const { return child(v, "nsubj:pass") >= 0 || child(v, "aux:pass") >= 0; }

  // The preposition (case marker) introducing an oblique or nominal modifier, lower case.
  std::string preposition_of(int i) const {
    for (int c : children_[i])
      if (rel(c) == "case" && tok(c).upos == "ADP") return lemma_[c];
    for (int c : children_[i])
      if (rel(c) == "case") return lemma_[c];
    return {};
  }

  // Obliques and nominal modifiers of `i` introduced by preposition `prep`.
  void prepositional(int i, std::string_view prep, std::vector<int>& out) const {
    if (i < 0) return;
    for (int c : children_[i]) {
      const std::string& r = rel(c);
      if (r == "nmod:poss" || !(r.starts_with("obl") || r.starts_with("nmod"))) continue;
      if (links_.time[base_ + c] >= 0) continue;  // "on Friday" is when, not whom
      if (preposition_of(c) == prep) out.push_back(c);
    }
  }

  // The subject of verb v, following control ("vowed to strike"), shared subjects of
  // coordinated verbs, participles modifying a noun and subjectless adverbial clauses.
  int subject_of(int v, int depth = 0) const {
    if (v < 0 || depth > 4) return -1;
    int s = child(v, "nsubj");
    if (s >= 0) return s;
    if (child(v, "nsubj:pass") >= 0) return -1;
    const std::string& r = rel(v);
    int h = head_of(v);
    if (h < 0) return -1;
    if (r == "xcomp" || r == "conj" || r.starts_with("advcl")) return subject_of(h, depth + 1);
    if (r == "acl") return h;  // "forces attacking the base"
    return -1;
  }

  // The direct object; the subject of a passive.
  int object_of(int v) const {
    if (v < 0) return -1;
    int o = child(v, "obj");
    if (o >= 0) return o;
    return child(v, "nsubj:pass");
  }

  int agent_of(int v) const {
    if (v < 0) return -1;
    int a = child(v, "obl:agent");
    if (a >= 0) return a;
    if (!is_passive(v)) return -1;
    std::vector<int> by;
    prepositional(v, "by", by);
    return by.empty() ? -1 : by.front();
  }

  bool phrase_matches(const EventPattern& p, int trigger) const {
    int at = trigger + 1;
    for (const auto& alternatives : p.phrase) {
      bool found = false;
      for (; at < n_ && !found; ++at) {
        for (const std::string& alt : alternatives) {
          // Multiword alternatives ("peace_treaty") match consecutive words.
          size_t start = 0;
          int j = at;
          bool ok = true;
          while (ok) {
            size_t end = alt.find('_', start);
            std::string_view word = std::string_view(alt).substr(start, end == std::string::npos ? std::string::npos : end - start);
            if (j >= n_ || (lemma_[j] != word && text::ascii_lower(doc_.slice(tok(j).span)) != word)) ok = false;
            ++j;
            if (end == std::string::npos) break;
            start = end + 1;
          }
          if (ok) {
            found = true;
            at = j - 1;
            break;
          }
        }
      }
      if (!found) return false;
    }
    return true;
  }

  // Does the pattern's frame hold around token i? Sets the extent of multiword triggers.
  bool frame_holds(const EventPattern& p, int i, int light_verb, int& first, int& last) const {
    first = last = i;
    if (p.trigger.size() > 1) {
      if (p.pos == TriggerPos::kVerb) {
        // Particles and following words: a dependent of the verb or one of the next words.
        for (size_t w = 1; w < p.trigger.size(); ++w) {
          int found = -1;
          for (int c : children_[i])
            if (lemma_[c] == p.trigger[w]) found = c;
          for (int j = i + 1; found < 0 && j < n_ && j <= i + 3; ++j)
            if (lemma_[j] == p.trigger[w]) found = j;
          if (found < 0) return false;
          last = std::max(last, found);
        }
      } else {
        int k = static_cast<int>(p.trigger.size()) - 1;
        if (i - k < 0) return false;
        for (int w = 0; w < k; ++w)
          if (lemma_[i - k + w] != p.trigger[w]) return false;
        first = i - k;
      }
    }
    if (!p.objects.empty()) {
      int o = p.pos == TriggerPos::kVerb ? object_of(i) : object_of(light_verb);
      if (o < 0 || !contains(p.objects, lemma_[o])) return false;
    }
    if (!p.preposition.empty()) {
      std::vector<int> obls;
      prepositional(i, p.preposition, obls);
      if (p.pos != TriggerPos::kVerb) prepositional(light_verb, p.preposition, obls);
      if (p.pos == TriggerPos::kVerb) {
        // "call on X to": the preposition may also head a fixed or particle dependent.
        for (int c : children_[i])
          if (rel(c) == "compound:prt" && lemma_[c] == p.preposition) obls.push_back(c);
      }
      bool ok = false;
      for (int o : obls)
        if (p.prep_objects.empty() || contains(p.prep_objects, lemma_[o])) ok = true;
      if (!ok) return false;
    }
    if (!p.complements.empty()) {
      bool ok = false;
      for (int c : children_[i])
        if ((rel(c) == "xcomp" || rel(c) == "ccomp") && contains(p.complements, lemma_[c])) ok = true;
      if (!ok) return false;
    }
    if (!p.phrase.empty() && !phrase_matches(p, i)) return false;
    // PETRARCH's '%': only coordinated subjects act on one another.
    if (p.reciprocal_subjects()) {
      int subject = p.pos == TriggerPos::kNoun ? -1 : subject_of(i);
      if (subject < 0 || child(subject, "conj") < 0) return false;
    }
    return true;
  }

  // Patterns for token i: by its lemma, else by its surface form with a regular inflection
  // removed, so a lemmatiser slip ("shelled" -> "shel") does not hide a known trigger.
  const std::vector<const EventPattern*>& candidates_for(int i, TriggerPos pos) const {
    // A dictionary may list an inflected form as its own verb ("LEFT" [040] beside "LEAVE").
    const std::string word = text::ascii_lower(doc_.slice(tok(i).span));
    if (word != lemma_[i]) {
      const auto& by_form = patterns_.candidates(word, pos);
      if (!by_form.empty()) return by_form;
    }
    const auto& by_lemma = patterns_.candidates(lemma_[i], pos);
    if (!by_lemma.empty()) return by_lemma;
    std::vector<std::string> stems{word};
    for (std::string_view suffix : {"ing", "ed", "es", "s", "d"}) {
      if (word.size() <= suffix.size() + 2 || !word.ends_with(suffix)) continue;
      std::string stem = word.substr(0, word.size() - suffix.size());
      stems.push_back(stem);
      stems.push_back(stem + "e");  // "evacuated" -> "evacuate"
      size_t n = stem.size();
      if (n >= 2 && stem[n - 1] == stem[n - 2]) stems.push_back(stem.substr(0, n - 1));  // "shelled"
    }
    for (const std::string& stem : stems) {
      const auto& found = patterns_.candidates(stem, pos);
      if (!found.empty()) return found;
    }
    return by_lemma;
  }

  Candidate match(int i) const {
    Candidate best;
    const Token& t = tok(i);
    TriggerPos pos;
    if (t.upos == "VERB") pos = TriggerPos::kVerb;
    else if (t.upos == "NOUN") pos = TriggerPos::kNoun;
    else if (t.upos == "ADJ") pos = TriggerPos::kAdjective;
    else return best;
    // A participle modifying a noun ("occupying forces", "the targeted base", "proposed
    // changes") describes the noun; it does not report an act.
    if (pos == TriggerPos::kVerb && rel(i) == "amod") return best;
    const auto& patterns = candidates_for(i, pos);
    if (patterns.empty()) return best;
    int light_verb = -1;
    if (pos == TriggerPos::kNoun) {
      // The verb a nominal trigger is the object of ("launched an attack") or an oblique of
      // ("arrived on a visit") tells who acted; only light verbs license obj= frames.
      int h = head_of(i);
      if (h >= 0 && tok(h).upos == "VERB" &&
          (rel(i) == "obj" || rel(i) == "nsubj:pass" || rel(i).starts_with("obl")))
        light_verb = h;
    }
    int best_score = -1;
    for (const EventPattern* p : patterns) {
      int first, last;
      if (!frame_holds(*p, i, light_verb, first, last)) continue;
      int score = p->specificity();
      if (score > best_score) {
        best_score = score;
        best.pattern = p;
        best.first = first;
        best.last = last;
      }
    }
    if (best.pattern) {
      best.token = i;
      best.light_verb = light_verb;
    }
    return best;
  }

  // The phrase a side covers: the head's subtree without clauses, coordination and
  // appositions hanging off it, nor the head's own determiner and preposition ("in
  // Baghdad"); a preposition deeper in stays ("at least 11 people").
  ByteSpan phrase_span(int head) const {
    int lo = head, hi = head;
    std::vector<int> stack{head};
    while (!stack.empty()) {
      int i = stack.back();
      stack.pop_back();
      lo = std::min(lo, i);
      hi = std::max(hi, i);
      for (int c : children_[i]) {
        const std::string& r = rel(c);
        if (r == "conj" || r == "cc" || r == "punct" || r == "appos" || r == "parataxis" ||
            r.starts_with("acl") || r.starts_with("advcl") || r == "dep" ||
            (i == head && (r == "det" || r == "case")) || links_.time[base_ + c] >= 0)
          continue;
        stack.push_back(c);
      }
    }
    return {tok(lo).span.begin, tok(hi).span.end};
  }

  EventArgument side_for(int head) const {
    EventArgument a;
    a.span = phrase_span(head);
    int entity = links_.entity[base_ + head];
    if (entity < 0) entity = links_.mention_entity[base_ + head];
    if (entity < 0) {
      // A named part of the phrase: "the ambassadors of France", "the Iraqi prime minister".
      // Coded entities first: they say who acts.
      for (int pass = 0; pass < 2 && entity < 0; ++pass)
        for (uint32_t t = base_; t < base_ + static_cast<uint32_t>(n_) && entity < 0; ++t) {
          const Token& tk = doc_.tokens[t];
          if (tk.span.begin < a.span.begin || tk.span.end > a.span.end) continue;
          int e = links_.entity[t];
          if (e >= 0 && (pass == 1 || !doc_.entities[e].code.empty())) entity = e;
        }
    }
    if (entity >= 0) {
      const Entity& e = doc_.entities[entity];
      a.entity = entity;
      a.id = e.id;
      a.name = e.name.empty() ? std::string(doc_.slice(e.span)) : e.name;
      a.code = e.code;
      // A pronoun stands for its antecedent: the side's span is the name it resolves to.
      if (tok(head).upos == "PRON" && links_.entity[base_ + head] < 0) a.span = e.span;
    } else {
      a.name = std::string(doc_.slice(a.span));
    }
    return a;
  }

  // "with Iraqi resistance groups" -> "Iraqi resistance groups": the side is the phrase, not
  // the preposition that attaches it.
  ByteSpan without_leading_preposition(ByteSpan span) const {
    for (int t = 0; t < n_; ++t) {
      const Token& tk = tok(t);
      if (tk.span.begin < span.begin) continue;
      if (tk.span.begin >= span.end || (tk.upos != "ADP" && tk.deprel != "case")) break;
      if (t + 1 < n_ && tok(t + 1).span.begin < span.end) span.begin = tok(t + 1).span.begin;
    }
    return span;
  }

  // The sides a head token names: the token resolved through relative pronouns and
  // embedded events, then each coordinated conjunct.
  void sides_from(int head, std::vector<EventArgument>& out, int depth = 0) const {
    if (head < 0 || depth > 3) return;
    const Token& t = tok(head);
    if (t.upos == "PRON" && (lemma_[head] == "who" || lemma_[head] == "which" || lemma_[head] == "that")) {
      int clause = head_of(head);
      if (clause >= 0 && rel(clause) == "acl:relcl") head = head_of(clause);
      if (head < 0) return;
    }
    // An embedded event as the argument: its actor is who this event is about.
    if ((*candidate_at_)[head] >= 0) {
      const Candidate& inner = (*candidates_)[(*candidate_at_)[head]];
      if (inner.embedded) {
        std::vector<EventArgument> inner_sides;
        collect(inner, true, inner_sides);
        if (inner_sides.empty()) collect(inner, false, inner_sides);
        out.insert(out.end(), inner_sides.begin(), inner_sides.end());
        return;
      }
    }
    const std::string& upos = tok(head).upos;
    if (upos != "NOUN" && upos != "PROPN" && upos != "PRON" && upos != "NUM" && upos != "X")
      return;
    if (links_.time[base_ + head] >= 0) {
      // "Thursday afternoon" is when, not who; but a parse that made the time word the head
      // ("Pakistan today threatened") still names the actor among its dependents.
      for (int k : children_[head])
        if (links_.time[base_ + k] < 0 && links_.entity[base_ + k] >= 0 &&
            (rel(k) == "compound" || rel(k).starts_with("nmod") || rel(k) == "amod")) {
          sides_from(k, out, depth + 1);
          return;
        }
      return;
    }
    if (upos == "PRON" && links_.mention_entity[base_ + head] < 0 && links_.entity[base_ + head] < 0) {
      // "X announced that they are willing to ...": an unresolved subject pronoun of a
      // reported clause is the reporter; any other unresolved pronoun names nothing.
      int clause = head_of(head);
      if (clause >= 0 && rel(head) == "nsubj" && rel(clause) == "ccomp") {
        int reporter = subject_of(head_of(clause));
        if (reporter >= 0 && tok(reporter).upos != "PRON") sides_from(reporter, out, depth + 1);
      }
      return;
    }
    // The dictionaries' reading of the phrase: actors with agents composed into codes
    // ("the ambassadors of Arnor, Osgiliath and Gondor" -> ARNGOV, OSGGOV, GONGOV).
    if (upos != "PRON") {
      std::vector<CodedSide> coded = code_noun_phrase(doc_, lexicon_, base_ + head, doc_.published);
      if (!coded.empty()) {
        for (CodedSide& side : coded) {
          EventArgument a;
          a.span = without_leading_preposition(side.span);
          a.entity = side.entity;
          a.id = std::move(side.id);
          a.name = side.entity >= 0 && !side.name.empty() ? std::move(side.name)
                                                         : std::string(doc_.slice(a.span));
          a.code = std::move(side.code);
          out.push_back(std::move(a));
        }
        return;
      }
    }
    out.push_back(side_for(head));
    for (int c : children_[head])
      if (rel(c) == "conj" && (tok(c).upos == "NOUN" || tok(c).upos == "PROPN"))
        out.push_back(side_for(c));
  }

  std::vector<ArgumentSlot> default_slots(const EventPattern& p, bool actor) const {
    std::vector<ArgumentSlot> slots;
    auto add = [&](ArgumentSlot::Kind k, std::string prep = {}) {
      ArgumentSlot s;
      s.kind = k;
      s.preposition = std::move(prep);
      slots.push_back(std::move(s));
    };
    if (p.pos == TriggerPos::kVerb) {
      if (actor) {
        add(ArgumentSlot::kSubject);
        add(ArgumentSlot::kAgent);
      } else {
        add(ArgumentSlot::kObject);
      }
    } else if (actor) {
      add(ArgumentSlot::kPossessor);
      add(ArgumentSlot::kModifier);
      add(ArgumentSlot::kPreposition, "by");
      add(ArgumentSlot::kPreposition, "from");
      add(ArgumentSlot::kSubject);
    } else {
      add(ArgumentSlot::kPreposition, "on");
      add(ArgumentSlot::kPreposition, "against");
    }
    return slots;
  }

  // Heads named by one slot around the candidate.
  void slot_heads(const Candidate& c, const ArgumentSlot& slot, std::vector<int>& out) const {
    const int i = c.token;
    // Adjectives head their copular clause ("Norway is willing to ..."), so they read
    // subjects like verbs.
    const bool verb = c.pattern->pos != TriggerPos::kNoun;
    const int clause = verb ? i : c.light_verb;  // the verb whose syntax the slot reads
    switch (slot.kind) {
      case ArgumentSlot::kSubject: {
        if (clause < 0 || is_passive(clause) || (!verb && !light_verb_governs(c))) return;
        int s = subject_of(clause);
        if (s >= 0) out.push_back(s);
        return;
      }
      case ArgumentSlot::kAgent: {
        int a = agent_of(clause);
        if (a >= 0) out.push_back(a);
        return;
      }
      case ArgumentSlot::kObject: {
        if (!verb) return;
        int o = object_of(i);
        // An object the pattern names is the act itself ("imposed sanctions"), not a side.
        if (o >= 0 && !part_of_pattern(*c.pattern, o)) out.push_back(o);
        return;
      }
      case ArgumentSlot::kIndirectObject: {
        int o = child(verb ? i : clause, "iobj");
        if (o >= 0) out.push_back(o);
        return;
      }
      case ArgumentSlot::kPossessor: {
        // A verb's possessor slot reads its object's: "rejected North Korea's demand".
        int owner = c.pattern->pos == TriggerPos::kNoun ? i : object_of(i);
        int p = owner >= 0 ? child(owner, "nmod:poss") : -1;
        if (p >= 0) out.push_back(p);
        return;
      }
      case ArgumentSlot::kModifier: {
        // Likewise a verb's modifier slot: "rejected an Australian ultimatum".
        int owner = c.pattern->pos == TriggerPos::kNoun ? i : object_of(i);
        if (owner < 0) return;
        for (int m : children_[owner]) {
          if (m >= c.first && m <= c.last) continue;
          if (rel(m) != "amod" && rel(m) != "compound") continue;
          int e = links_.entity[base_ + m];
          if (e < 0) continue;
          const std::string& type = doc_.entities[e].type;
          if (type == "NORP" || type == "GPE" || type == "ORG" || !doc_.entities[e].code.empty()) {
            out.push_back(m);
            return;
          }
        }
        return;
      }
      case ArgumentSlot::kPreposition: {
        prepositional(i, slot.preposition, out);
        if (!verb) prepositional(c.light_verb, slot.preposition, out);
        return;
      }
    }
  }

  // Does the verb a nominal trigger hangs from say who acted? Light verbs do ("launched an
  // attack"), and so do the verbs of travel purpose ("arrived on a visit", "left for talks");
  // others do not ("sentiment has grown since the assassination").
  bool light_verb_governs(const Candidate& c) const {
    if (c.light_verb < 0) return false;
    if (!rel(c.token).starts_with("obl")) return patterns_.in_set("LIGHT_VERB", lemma_[c.light_verb]);
    const std::string prep = preposition_of(c.token);
    return prep == "on" || prep == "for";
  }

  void collect(const Candidate& c, bool actor, std::vector<EventArgument>& out) const {
    const auto& slots = actor ? c.pattern->actor_slots : c.pattern->recipient_slots;
    std::vector<ArgumentSlot> chosen = slots.empty() ? default_slots(*c.pattern, actor) : slots;
    // A nominal trigger's actor is, failing its own dependents, the subject of the verb it
    // hangs from ("Hussein arrived on a visit").
    if (actor && c.pattern->pos == TriggerPos::kNoun && light_verb_governs(c) &&
        std::none_of(chosen.begin(), chosen.end(),
                     [](const ArgumentSlot& s) { return s.kind == ArgumentSlot::kSubject; }))
      chosen.push_back(ArgumentSlot{ArgumentSlot::kSubject, {}});
    for (const ArgumentSlot& slot : chosen) {
      std::vector<int> heads;
      slot_heads(c, slot, heads);
      for (int h : heads) {
        if (h >= c.first && h <= c.last) continue;
        sides_from(h, out);
      }
      if (!out.empty()) return;
    }
  }

  // A verb's recipient named inside its complement clause: "demanded that the government
  // end curbs" (the clause's subject), "offered to hand over to Britain" (a name the
  // complement takes as object or with to/with).
  void complement_recipients(const Candidate& c, std::vector<EventArgument>& out) const {
    if (c.pattern->pos != TriggerPos::kVerb) return;
    for (int k : children_[c.token]) {
      if (rel(k) == "ccomp") {
        int s = child(k, "nsubj");
        if (s < 0) s = child(k, "nsubj:pass");
        if (s >= 0 && named(s)) sides_from(s, out);
      } else if (rel(k) == "xcomp" || (rel(k).starts_with("advcl") && has_child_lemma(k, "mark", {"to"}))) {
        // "agreed to hand over to Britain", "signed an accord to supply Gondor".
        int o = object_of(k);
        if (o >= 0 && named(o)) sides_from(o, out);
        for (const char* prep : {"to", "with", "against", "on", "in", "from"}) {
          if (!out.empty()) break;
          std::vector<int> obls;
          prepositional(k, prep, obls);
          for (int h : obls)
            if (named(h)) sides_from(h, out);
        }
        if (out.empty()) theme_recipients(k, o, out);
      }
      if (!out.empty()) return;
    }
    int theme = object_of(c.token);
    if (theme >= 0) theme_recipients(c.token, theme, out);
    if (out.empty()) nearest_named_dependent(c.token, out);
  }

  // Last resort: the first name among the trigger's nominal dependents, two levels down
  // ("mobilized reservists for a war against Iraq").
  void nearest_named_dependent(int trigger, std::vector<EventArgument>& out) const {
    std::vector<int> level{trigger};
    for (int depth = 0; depth < 3 && out.empty(); ++depth) {
      std::vector<int> next;
      for (int i : level)
        for (int k : children_[i]) {
          const std::string& r = rel(k);
          if (r != "obj" && r != "iobj" && !r.starts_with("obl") && !r.starts_with("nmod")) continue;
          if (r == "obl:tmod" || links_.time[base_ + k] >= 0) continue;
          int e = links_.entity[base_ + k];
          if (e >= 0 && doc_.entities[e].type != "WEAPON" &&
              (doc_.entities[e].type != "MISC" || !doc_.entities[e].code.empty())) {
            sides_from(k, out);
            return;
          }
          next.push_back(k);
        }
      level = std::move(next);
    }
  }

  // Does the phrase headed by token i name a person, organisation or place (or resolve to
  // one)? "its European Community partners", "German goods", "Moscow".
  bool named(int i) const {
    if (links_.mention_entity[base_ + i] >= 0) return true;
    const ByteSpan span = phrase_span(i);
    for (uint32_t t = base_; t < base_ + static_cast<uint32_t>(n_); ++t) {
      const Token& tk = doc_.tokens[t];
      if (tk.span.begin < span.begin || tk.span.end > span.end) continue;
      int e = links_.entity[t];
      if (e < 0) continue;
      const Entity& entity = doc_.entities[e];
      if (!entity.code.empty() || entity.type == "PERSON" || entity.type == "ORG" ||
          entity.type == "GPE" || entity.type == "NORP")
        return true;
    }
    return false;
  }

  // Is token i a word of the pattern itself ("restore diplomatic ties": "ties")? Then it is
  // the act, not a side.
  bool part_of_pattern(const EventPattern& p, int i) const {
    if (contains(p.objects, lemma_[i])) return true;
    const std::string word = text::ascii_lower(doc_.slice(tok(i).span));
    for (const auto& alternatives : p.phrase)
      for (const std::string& alt : alternatives) {
        std::string_view last = alt;
        if (size_t u = last.rfind('_'); u != std::string_view::npos) last = last.substr(u + 1);
        if (last == lemma_[i] || last == word) return true;
      }
    return false;
  }

  // Who an act on a thing is directed at: names attached to the verb or to its object
  // ("held a meeting with Obama", "rejected North Korea's demand", "a truce with Moslem
  // forces", "lifted embargoes to Iran", "an appeal from President Gbagbo").
  void theme_recipients(int verb, int theme, std::vector<EventArgument>& out) const {
    static constexpr std::array<std::string_view, 4> kVerbPreps = {"with", "to", "against", "on"};
    static constexpr std::array<std::string_view, 8> kThemePreps = {"with", "to", "against", "on",
                                                                   "of", "from", "by", "for"};
    std::vector<int> heads;
    for (std::string_view prep : kVerbPreps) prepositional(verb, prep, heads);
    if (theme >= 0) {
      for (std::string_view prep : kThemePreps) prepositional(theme, prep, heads);
      int poss = child(theme, "nmod:poss");
      if (poss >= 0) heads.push_back(poss);
      for (int m : children_[theme])
        if ((rel(m) == "amod" || rel(m) == "compound") && links_.entity[base_ + m] >= 0) heads.push_back(m);
    }
    int iobj = child(verb, "iobj");
    if (iobj >= 0) heads.push_back(iobj);
    for (int h : heads) {
      if (!named(h)) continue;
      sides_from(h, out);
      if (!out.empty()) return;
    }
  }

  // "Russia said Sudan must return the helicopter": a demand from the speaker to the
  // clause's subject; the obliged act is not coded as having happened.
  void code_obligations(std::vector<Candidate>& candidates) {
    static const EventPattern kDemand = [] {
      EventPattern p;
      p.type = "REQUEST";
      p.cameo = "100";
      p.source = "modality.events:@OBLIGATION_CUE";
      return p;
    }();
    for (int m = 0; m < n_; ++m) {
      if (rel(m) != "aux" || !patterns_.in_set("OBLIGATION_CUE", lemma_[m])) continue;
      int clause = head_of(m);
      if (clause < 0 || rel(clause) != "ccomp") continue;
      int speech = head_of(clause);
      Event e;
      sides_from(subject_of(speech), e.actors);
      sides_from(child(clause, "nsubj"), e.recipients);
      if (e.actors.empty() || e.recipients.empty()) continue;
      for (Candidate& c : candidates)
        if (c.token == clause || c.light_verb == clause) c.embedded = true;
      e.type = kDemand.type;
      e.cameo = kDemand.cameo;
      e.pattern = kDemand.source;
      e.trigger = tok(m).span;
      e.sentence = sentence_index_;
      finish(e, nullptr);
    }
  }

  // Verbs governing the trigger's clause: "vowed to strike", "avoid attacking", "denied
  // carrying out the attack".
  int governor(const Candidate& c) const {
    int clause = c.light_verb >= 0 ? c.light_verb : c.token;
    const std::string& r = rel(clause);
    if (r == "xcomp" || r == "ccomp" || r == "obj" || r.starts_with("advcl")) return head_of(clause);
    return -1;
  }

  bool negated(const Candidate& c) const {
    for (int v : {c.token, c.light_verb}) {
      if (v < 0) continue;
      if (has_child_lemma(v, "advmod", {"not", "never", "n't"})) return true;
      if (has_child_lemma(v, "neg", {"not", "never", "n't", "no"})) return true;
      if (has_child_lemma(v, "det", {"no"})) return true;
    }
    int g = governor(c);
    return g >= 0 && patterns_.in_set("NEGATING_VERB", lemma_[g]);
  }

  std::string modality(const Candidate& c) const {
    int g = governor(c);
    for (int v : {c.token, c.light_verb}) {
      if (v < 0) continue;
      if (has_child_lemma(v, "aux", {"will", "shall", "'ll"})) return "future";
      // "said they would boycott": "would" in a reported clause is the future of the past.
      if (has_child_lemma(v, "aux", {"would"}) && rel(v) == "ccomp") return "future";
      if (has_child_lemma(v, "aux", {"could", "might", "may", "would", "should"})) return "hypothetical";
      if (has_child_lemma(v, "mark", {"if", "unless", "whether"})) return "hypothetical";
    }
    if (g >= 0) {
      if (patterns_.in_set("FUTURE_CUE", lemma_[g])) return "future";
      if (patterns_.in_set("HYPOTHETICAL_CUE", lemma_[g])) return "hypothetical";
      if (has_child_lemma(g, "aux", {"will", "shall", "'ll"})) return "future";
    }
    // "if they attack": the clause holding the trigger is conditional.
    for (int v = c.light_verb >= 0 ? c.light_verb : c.token, up = 0; v >= 0 && up < 3; v = head_of(v), ++up)
      if (has_child_lemma(v, "mark", {"if", "unless"})) return "hypothetical";
    return {};
  }

  // Is the act made conditional on the other side's conduct ("will withdraw unless they
  // arrange a ceasefire", "may halt mediation if cooperation founders")?
  bool conditional(const Candidate& c) const {
    int v = c.light_verb >= 0 ? c.light_verb : c.token;
    for (int k : children_[v])
      if (rel(k).starts_with("advcl") && has_child_lemma(k, "mark", {"if", "unless"})) return true;
    return false;
  }

  // "X claimed responsibility for the attack": the claim verb's subject.
  int claimant_head(const Candidate& c) const {
    int r = head_of(c.token);
    if (r < 0 || !patterns_.in_set("CLAIM_OBJECT", lemma_[r])) return -1;
    int v = head_of(r);
    if (v < 0 || !patterns_.in_set("CLAIM_VERB", lemma_[v])) return -1;
    return subject_of(v);
  }

  // A place attached to the trigger ("in Abu Kamal", "near the airport"), else a place the
  // event targets, else a site or town named in the sentence.
  int32_t location_of(const Candidate* c, const Event& e) const {
    static constexpr std::array<std::string_view, 8> kPlacePreps = {
        "in", "at", "near", "outside", "inside", "around", "across", "into"};
    for (int v : c ? std::array<int, 3>{c->token, c->light_verb, governor(*c)} : std::array<int, 3>{-1, -1, -1}) {
      if (v < 0) continue;
      for (std::string_view prep : kPlacePreps) {
        std::vector<int> obls;
        prepositional(v, prep, obls);
        for (int o : obls) {
          int ent = links_.entity[base_ + o];
          if (ent >= 0 && is_place_type(doc_.entities[ent].type)) return ent;
        }
      }
    }
    for (const EventArgument& r : e.recipients)
      if (r.entity >= 0 && is_place_type(doc_.entities[r.entity].type) &&
          doc_.entities[r.entity].type != "GPE")
        return r.entity;
    for (size_t k = 0; k < doc_.entities.size(); ++k) {
      const Entity& ent = doc_.entities[k];
      if (ent.span.begin < sentence_.span.begin || ent.span.end > sentence_.span.end) continue;
      if (!ent.has_coords || (ent.type != "FAC" && ent.type != "LOC" &&
                              !(ent.type == "GPE" && ent.precision == "city")))
        continue;
      bool is_side = false;
      for (const auto* sides : {&e.actors, &e.recipients})
        for (const EventArgument& a : *sides) is_side |= a.entity == static_cast<int32_t>(k);
      if (!is_side) return static_cast<int32_t>(k);
    }
    return -1;
  }

  void code(const Candidate& c) {
    const EventPattern& p = *c.pattern;
    Event e;
    e.type = p.type;
    e.mode = p.mode;
    e.context = p.context;
    e.cameo = p.cameo;
    e.trigger = {tok(c.first).span.begin, tok(c.last).span.end};
    e.sentence = sentence_index_;
    e.pattern = p.source;
    collect(c, true, e.actors);
    collect(c, false, e.recipients);
    // A side that names no one ("restored full diplomatic ties") gives way to a name the
    // clause offers ("... with Gondor").
    if (std::none_of(e.recipients.begin(), e.recipients.end(), is_named_side)) {
      std::vector<EventArgument> named_sides;
      complement_recipients(c, named_sides);
      std::erase_if(named_sides, [](const EventArgument& a) { return !is_named_side(a); });
      if (!named_sides.empty()) e.recipients = std::move(named_sides);
    }
    // PETRARCH's reading for its dictionaries: the target is the first actor after the verb
    // within its clause ("wire tapped all links leading into Mordor").
    if (p.dyadic && std::none_of(e.recipients.begin(), e.recipients.end(), is_named_side)) {
      for (int t = c.last + 1; t < n_; ++t) {
        int ent = links_.entity[base_ + t];
        if (ent < 0 || doc_.entities[ent].code.empty() || !in_same_clause(t, c.token)) continue;
        const ByteSpan span = tok(t).span;
        bool in_actor = std::any_of(e.actors.begin(), e.actors.end(), [&](const EventArgument& a) {
          return span.begin >= a.span.begin && span.end <= a.span.end;
        });
        if (in_actor) continue;
        std::vector<EventArgument> found;
        sides_from(t, found);
        std::erase_if(found, [](const EventArgument& a) { return !is_named_side(a); });
        if (!found.empty()) {
          e.recipients = std::move(found);
          break;
        }
      }
    }
    bool reciprocal = false;
    // PETRARCH's '%': the coordinated subjects act on one another ("Gondor and Osgiliath
    // postponed their meeting").
    if (p.reciprocal_subjects()) {
      if (e.actors.size() < 2) return;
      e.recipients.clear();
    }
    const bool no_counterpart = p.dyadic ? std::none_of(e.recipients.begin(), e.recipients.end(), is_named_side)
                                         : e.recipients.empty();
    if (no_counterpart && e.actors.size() >= 2) {
      // "Hungarian and Romanian officials agreed": each side is the other's counterpart.
      reciprocal = true;
      e.recipients.assign(e.actors.begin() + 1, e.actors.end());
      if (!p.dyadic) e.actors.resize(1);
    }
    // A side cannot be both: keep the actor.
    if (!reciprocal) std::erase_if(e.recipients, [&](const EventArgument& r) {
      for (const EventArgument& a : e.actors)
        // The same mention, not the same actor: "Russian police arrested Russian students".
        if (a.span.begin == r.span.begin || (a.entity >= 0 && a.entity == r.entity)) return true;
      return false;
    });
    int claimant = claimant_head(c);
    if (claimant >= 0) {
      std::vector<EventArgument> claimed;
      sides_from(claimant, claimed);
      if (!claimed.empty()) {
        e.modality = "claimed";
        e.claimant = claimed.front().entity;
        if (e.actors.empty()) e.actors = claimed;
      }
    }
    // When in doubt, no event: a trigger with neither side says too little to count.
    if (e.actors.empty() && e.recipients.empty()) return;
    if (p.dyadic && (e.actors.empty() || e.recipients.empty() ||
                     (std::none_of(e.actors.begin(), e.actors.end(), is_named_side) &&
                      std::none_of(e.recipients.begin(), e.recipients.end(), is_named_side))))
      return;
    e.negated = negated(c) || p.negative;
    if (e.modality.empty()) e.modality = modality(c);
    // Imported PETRARCH dictionaries spell intent in their own patterns ("WILL *"): their
    // codes are kept as given, with the modality alongside.
    if ((e.modality == "future" || e.modality == "hypothetical") && !e.negated && !p.dyadic &&
        conditional(c) && e.type != "THREATEN") {
      // An act held over someone on a condition is a threat, whatever the act.
      e.modality = "future";
      e.cameo = is_hostile(e.type) ? threat_cameo(e.type) : "130";
      e.type = "THREATEN";
      e.mode.clear();
    }
    if (e.modality == "future" && !e.negated && !p.dyadic) {
      if (is_hostile(e.type)) {
        e.type = "THREATEN";
        e.cameo = threat_cameo(p.type);
        e.mode.clear();
      } else if (std::string intent = intent_cameo(e.type); !intent.empty()) {
        e.type = "AGREE";
        e.cameo = intent;
        e.mode.clear();
      }
    }
    finish(e, &c, reciprocal);
  }

  // Quote, place and date of a coded event; drops a repeat of an event already coded in the
  // sentence; adds the reverse event of a PETRARCH paired code.
  void finish(Event& e, const Candidate* c, bool reciprocal = false) {
    for (size_t q = 0; q < doc_.quotes.size(); ++q) {
      const ByteSpan content = doc_.quotes[q].content;
      if (e.trigger.begin >= content.begin && e.trigger.end <= content.end) {
        e.quote = static_cast<int32_t>(q);
        break;
      }
    }
    e.location = location_of(c, e);
    SentenceDate date = sentence_date(doc_, static_cast<size_t>(sentence_index_));
    e.date = date.value;
    e.date_precision = date.precision;
    e.time = date.time;
    // The same act coded twice in one sentence ("attacked ... in an attack") is one event.
    for (size_t k = first_event_of_sentence(); k < doc_.events.size(); ++k) {
      const Event& other = doc_.events[k];
      if (other.type == e.type && same_first(other.actors, e.actors) &&
          same_first(other.recipients, e.recipients))
        return;
    }
    // PETRARCH's "[---]": the phrase is known and codes nothing (its reverse may).
    if (e.cameo == "---") {
      if (!c || c->pattern->reverse_cameo.empty() || e.actors.empty() || e.recipients.empty()) return;
    }
    const bool dyadic = c && c->pattern->dyadic;
    const std::string reverse = c ? c->pattern->reverse_cameo : std::string();
    auto push = [&](Event event) {
      if (event.cameo != "---") doc_.events.push_back(event);
      if (!reverse.empty() && !event.actors.empty() && !event.recipients.empty()) {
        // PETRARCH paired codes: a visit by A to B is also B receiving A.
        std::swap(event.actors, event.recipients);
        event.cameo = reverse;
        std::string type = plover_type_of_cameo(reverse);
        if (!type.empty()) event.type = type;
        doc_.events.push_back(std::move(event));
      }
    };
    if (!dyadic || (e.actors.size() <= 1 && e.recipients.size() <= 1)) {
      push(std::move(e));
      return;
    }
    // PETRARCH's dictionaries code dyads: one event per source-target pair ("Arnor and
    // Gondor agreed" is Arnor-Gondor and Gondor-Arnor), as CAMEO data has always been.
    const std::vector<EventArgument>& sources = e.actors;
    const std::vector<EventArgument>& targets = reciprocal ? e.actors : e.recipients;
    for (const EventArgument& a : sources)
      for (const EventArgument& r : targets) {
        // A dyad is between two actors: not a phrase with itself, nor an actor with itself.
        if (a.span.begin == r.span.begin || (!a.code.empty() && a.code == r.code)) continue;
        Event pair = e;
        pair.actors = {a};
        pair.recipients = {r};
        push(std::move(pair));
      }
  }

  static bool is_named_side(const EventArgument& a) { return a.entity >= 0 || !a.code.empty(); }

  static bool same_first(const std::vector<EventArgument>& a, const std::vector<EventArgument>& b) {
    if (a.empty() || b.empty()) return a.empty() == b.empty();
    return a.front().name == b.front().name;
  }

  size_t first_event_of_sentence() const {
    size_t k = doc_.events.size();
    while (k > 0 && doc_.events[k - 1].sentence == sentence_index_) --k;
    return k;
  }

  // Casualty and other figures in the sentence describe its nearest event; killed and
  // wounded counts only violent ones.
  void attach_quantities(size_t first_event) {
    if (first_event >= doc_.events.size()) return;
    for (size_t q = 0; q < doc_.quantities.size(); ++q) {
      const Quantity& quantity = doc_.quantities[q];
      if (quantity.span.begin < sentence_.span.begin || quantity.span.end > sentence_.span.end) continue;
      const std::string& cat = quantity.category;
      bool casualty = cat == "killed" || cat == "wounded" || cat == "killed_or_wounded";
      size_t best = doc_.events.size();
      uint32_t best_distance = UINT32_MAX;
      for (size_t k = first_event; k < doc_.events.size(); ++k) {
        const Event& e = doc_.events[k];
        if (casualty && e.type != "ASSAULT" && e.type != "COERCE") continue;
        uint32_t d = e.trigger.begin > quantity.span.begin ? e.trigger.begin - quantity.span.begin
                                                          : quantity.span.begin - e.trigger.begin;
        if (d < best_distance) {
          best_distance = d;
          best = k;
        }
      }
      if (best < doc_.events.size()) doc_.events[best].quantities.push_back(static_cast<int32_t>(q));
    }
  }

  Document& doc_;
  const lexicon::Lexicon& lexicon_;
  const Sentence& sentence_;
  const int32_t sentence_index_;
  const EventPatterns& patterns_;
  const TokenLinks& links_;
  const uint32_t base_;
  const int n_;
  std::vector<std::string> lemma_;
  std::vector<std::vector<int>> children_;
  const std::vector<int>* candidate_at_ = nullptr;
  const std::vector<Candidate>* candidates_ = nullptr;
};

}  // namespace

namespace {
// PETRARCH discards: phrases that mark a sentence (or, with a leading '+', a whole story) as
// off-topic for event coding ("World Golf Championships", "YEARS LATER").
bool discarded(std::string_view text, const std::vector<std::string>& phrases, bool story_level) {
  const std::string folded = text::ascii_lower(text);
  for (const std::string& raw : phrases) {
    bool story = !raw.empty() && raw[0] == '+';
    if (story != story_level) continue;
    std::string phrase = text::ascii_lower(std::string_view(raw).substr(story ? 1 : 0));
    while (!phrase.empty() && phrase.back() == ' ') phrase.pop_back();
    if (phrase.empty()) continue;
    for (size_t at = folded.find(phrase); at != std::string::npos; at = folded.find(phrase, at + 1)) {
      bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(folded[at - 1]));
      size_t end = at + phrase.size();
      bool ends = end >= folded.size() || !std::isalnum(static_cast<unsigned char>(folded[end]));
      if (starts && ends) return true;
    }
  }
  return false;
}
}  // namespace

void annotate_events(Document& doc, const EventPatterns& patterns, const lexicon::Lexicon& lexicon) {
  doc.events.clear();
  if (patterns.empty() || doc.tokens.empty()) return;
  const auto& discards = lexicon.discards();
  if (!discards.empty() && discarded(doc.text, discards, true)) return;
  TokenLinks links(doc);
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    if (!sentence.body || sentence.token_end <= sentence.token_begin) continue;
    // Without a parse there are no sides to read.
    bool parsed = false;
    for (uint32_t t = sentence.token_begin; t < sentence.token_end && !parsed; ++t)
      parsed = !doc.tokens[t].deprel.empty();
    if (!parsed) continue;
    if (!discards.empty() && discarded(doc.slice(sentence.span), discards, false)) continue;
    SentenceCoder(doc, s, patterns, lexicon, links).run();
  }
}

}  // namespace casus::extract
