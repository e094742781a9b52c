#include "extract/actor_codes.h"

#include <algorithm>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "text/unicode.h"

namespace casus::extract {
namespace {

// PETRARCH's regular plural of an agent word: +S, Y -> IES, and +ES after S, X, CH, SH.
std::string regular_plural(const std::string& w) {
  if (w.empty()) return w;
  if (w.back() == 'y' && w.size() > 1 && std::string_view("aeiou").find(w[w.size() - 2]) == std::string_view::npos)
    return w.substr(0, w.size() - 1) + "ies";
  if (w.back() == 's' || w.back() == 'x' || w.ends_with("ch") || w.ends_with("sh")) return w + "es";
  return w + "s";
}

// The agents of a lexicon, indexed by their first word, longest phrases first.
struct AgentIndex {
  struct Agent {
    std::vector<std::string> words;  // lower case
    std::string code;                // "~GOV", "NGO~"
    bool plural = true;
  };
  std::unordered_map<std::string, std::vector<Agent>> by_first;

  explicit AgentIndex(const lexicon::Lexicon& lexicon) {
    for (const auto& a : lexicon.agents()) {
      Agent agent;
      std::string phrase = text::ascii_lower(a.phrase);
      size_t start = 0;
      while (start < phrase.size()) {
        size_t sp = phrase.find(' ', start);
        if (sp == std::string::npos) sp = phrase.size();
        if (sp > start) agent.words.push_back(phrase.substr(start, sp - start));
        start = sp + 1;
      }
      if (agent.words.empty() || a.code.empty()) continue;
      agent.code = a.code;
      agent.plural = a.plural;
      // The first word may be the plural too, when the phrase is one word.
      by_first[agent.words[0]].push_back(agent);
      if (agent.words.size() == 1 && agent.plural)
        by_first[regular_plural(agent.words[0])].push_back(agent);
    }
    for (auto& [word, list] : by_first)
      std::stable_sort(list.begin(), list.end(), [](const Agent& a, const Agent& b) {
        return a.words.size() > b.words.size();
      });
  }
};

// One index per lexicon, built on first use; lexicons live for the whole run.
const AgentIndex& agent_index(const lexicon::Lexicon& lexicon) {
  static std::mutex mutex;
  static std::unordered_map<uint64_t, std::unique_ptr<AgentIndex>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  // The generation changes whenever a lexicon is (re)built, so a lexicon at a reused
  // address never meets a stale index.
  uint64_t key = reinterpret_cast<uintptr_t>(&lexicon) * 31 + lexicon.generation();
  auto& slot = cache[key];
  if (!slot) slot = std::make_unique<AgentIndex>(lexicon);
  return *slot;
}

std::string_view base_relation(std::string_view deprel) {
  return deprel.substr(0, deprel.find(':'));
}

// Dependents that belong to a noun phrase's own words. Clauses (relative, adverbial,
// complements), appositions, other conjuncts and punctuation do not: they name or say
// something else.
bool inside_phrase(std::string_view deprel) {
  if (deprel == "acl:relcl") return false;
  std::string_view base = base_relation(deprel);
  return base == "det" || base == "amod" || base == "compound" || base == "flat" ||
         base == "nmod" || base == "case" || base == "nummod" || base == "fixed" ||
         base == "goeswith" || base == "advmod" || base == "obl";
}

// The parse of the sentence around one token, with the entity each token belongs to.
class SentenceParse {
 public:
  SentenceParse(const Document& doc, uint32_t token) : doc_(doc) {
    auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), token,
                               [](uint32_t t, const casus::Sentence& s) { return t < s.token_begin; });
    if (it != doc.sentences.begin()) --it;
    begin_ = it == doc.sentences.end() ? 0 : it->token_begin;
    end_ = it == doc.sentences.end() ? static_cast<uint32_t>(doc.tokens.size()) : it->token_end;
    children_.resize(end_ - begin_);
    entity_.assign(end_ - begin_, -1);
    for (uint32_t t = begin_; t < end_; ++t)
      if (int32_t h = head(t); h >= 0) children_[h - begin_].push_back(t);
    // Names first; a pronoun or nominal resolved to a name stands for it.
    for (size_t e = 0; e < doc.entities.size(); ++e) mark(doc.entities[e].span, static_cast<int32_t>(e));
    for (const Mention& m : doc.mentions)
      if (m.entity >= 0) mark(m.span, m.entity);
  }

  int32_t head(uint32_t t) const {
    int32_t h = doc_.tokens[t].head;
    return h < 0 ? -1 : static_cast<int32_t>(begin_) + h;
  }
  const std::vector<uint32_t>& children(uint32_t t) const { return children_[t - begin_]; }
  int32_t entity(uint32_t t) const { return entity_[t - begin_]; }
  bool contains(uint32_t t) const { return t >= begin_ && t < end_; }

 private:
  void mark(ByteSpan span, int32_t entity) {
    // Most of the document's names lie outside the sentence.
    if (end_ <= begin_ || span.end <= doc_.tokens[begin_].span.begin ||
        span.begin >= doc_.tokens[end_ - 1].span.end)
      return;
    for (uint32_t t = begin_; t < end_; ++t) {
      const ByteSpan& s = doc_.tokens[t].span;
      if (s.begin < span.end && span.begin < s.end && entity_[t - begin_] < 0) entity_[t - begin_] = entity;
    }
  }

  const Document& doc_;
  uint32_t begin_ = 0, end_ = 0;
  std::vector<std::vector<uint32_t>> children_;
  std::vector<int32_t> entity_;
};

struct FoundAgent {
  uint32_t first, last;  // tokens, inclusive
  std::string code;
};

struct Conjunct {
  uint32_t head;
  std::vector<uint32_t> tokens;  // its own words, in text order
  std::vector<int32_t> actors;   // entities with a code: the actor and the actors conjoined to it
  std::vector<FoundAgent> agents;
};

class Coder {
 public:
  Coder(const Document& doc, const lexicon::Lexicon& lexicon, std::string_view date)
      : doc_(doc), lexicon_(lexicon), agents_(agent_index(lexicon)), date_(date) {}

  std::vector<CodedSide> code(uint32_t head) {
    SentenceParse sentence(doc_, head);
    s_ = &sentence;
    std::vector<uint32_t> heads = conjuncts_of(head);
    std::vector<Conjunct> conjuncts;
    for (uint32_t h : heads) {
      Conjunct c = read_conjunct(h, heads);
      // "the minister, Telemar": an apposition names what the phrase alone does not.
      if (c.actors.empty() && c.agents.empty())
        for (uint32_t child : s_->children(h))
          if (base_relation(doc_.tokens[child].deprel) == "appos") {
            Conjunct a = read_conjunct(child, heads);
            if (!a.actors.empty() || !a.agents.empty()) {
              a.head = h;
              c = std::move(a);
              break;
            }
          }
      conjuncts.push_back(std::move(c));
    }
    share_modifiers(conjuncts);
    std::vector<CodedSide> sides;
    for (const Conjunct& c : conjuncts) emit(c, sides);
    return sides;
  }

 private:
  // The head and every token conjoined to it ("Arnor, Osgiliath and Gondor").
  std::vector<uint32_t> conjuncts_of(uint32_t head) const {
    std::vector<uint32_t> out{head};
    for (size_t i = 0; i < out.size(); ++i)
      for (uint32_t child : s_->children(out[i]))
        if (base_relation(doc_.tokens[child].deprel) == "conj") out.push_back(child);
    std::sort(out.begin(), out.end());
    return out;
  }

  Conjunct read_conjunct(uint32_t head, const std::vector<uint32_t>& conjunct_heads) const {
    Conjunct c;
    c.head = head;
    std::vector<uint32_t> stack{head};
    while (!stack.empty()) {
      uint32_t t = stack.back();
      stack.pop_back();
      c.tokens.push_back(t);
      for (uint32_t child : s_->children(t)) {
        std::string_view rel = doc_.tokens[child].deprel;
        // Conjuncts inside a modifier ("of Arnor, Osgiliath and Gondor") stay: they are
        // the actors the modifier names.
        if (t == head && base_relation(rel) == "conj") continue;
        if (base_relation(rel) == "conj" ? true : inside_phrase(rel)) stack.push_back(child);
      }
    }
    std::sort(c.tokens.begin(), c.tokens.end());
    find_agents(c);
    find_actors(c);
    return c;
  }

  bool word_matches(uint32_t t, const std::string& word, bool last, bool plural) const {
    const Token& tok = doc_.tokens[t];
    std::string form = text::ascii_lower(doc_.slice(tok.span));
    if (form == word) return true;
    return last && plural && (form == regular_plural(word) || tok.lemma == word);
  }

  // Longest agent phrases over consecutive words of the conjunct, left to right; words of a
  // name ("Amnesty International") are not agents.
  void find_agents(Conjunct& c) const {
    const auto& tokens = c.tokens;
    size_t i = 0;
    while (i < tokens.size()) {
      uint32_t t = tokens[i];
      const AgentIndex::Agent* best = nullptr;
      if (coded_entity(t) < 0) {
        std::string form = text::ascii_lower(doc_.slice(doc_.tokens[t].span));
        for (const std::string& key : {form, doc_.tokens[t].lemma}) {
          auto it = agents_.by_first.find(key);
          if (it == agents_.by_first.end()) continue;
          for (const auto& agent : it->second) {
            if (best && best->words.size() >= agent.words.size()) break;
            bool ok = i + agent.words.size() <= tokens.size();
            for (size_t k = 0; ok && k < agent.words.size(); ++k) {
              uint32_t u = tokens[i + k];
              ok = u == t + k && coded_entity(u) < 0 &&
                   word_matches(u, agent.words[k], k + 1 == agent.words.size(), agent.plural);
            }
            if (ok) best = &agent;
          }
        }
      }
      if (best) {
        c.agents.push_back({t, static_cast<uint32_t>(t + best->words.size() - 1), best->code});
        i += best->words.size();
      } else {
        ++i;
      }
    }
  }

  // The entity a token belongs to, if it has an actor code.
  int32_t coded_entity(uint32_t t) const {
    int32_t e = s_->entity(t);
    return e >= 0 && !entity_code(e).empty() ? e : -1;
  }

  std::string entity_code(int32_t e) const {
    const Entity& ent = doc_.entities[e];
    if (!date_.empty() && !ent.id.empty())
      if (const lexicon::Entry* entry = lexicon_.find_id(ent.id)) {
        std::string dated = entry->code_on(date_);
        if (!dated.empty()) return dated;
      }
    return ent.code;
  }

  // The conjunct's actor: the name it is ("Gondor"), else the nearest name before its head
  // ("Osgiliath soldiers", "Gondor's government"), else after it ("ambassadors of Arnor");
  // with the names conjoined to that one ("of Arnor, Osgiliath and Gondor").
  void find_actors(Conjunct& c) const {
    int32_t primary_token = -1;
    if (coded_entity(c.head) >= 0) {
      primary_token = static_cast<int32_t>(c.head);
    } else {
      for (uint32_t t : c.tokens)  // before the head: the nearest
        if (t < c.head && coded_entity(t) >= 0) primary_token = static_cast<int32_t>(t);
      if (primary_token < 0)
        for (uint32_t t : c.tokens)
          if (t > c.head && coded_entity(t) >= 0) {
            primary_token = static_cast<int32_t>(t);
            break;
          }
    }
    if (primary_token < 0) return;
    int32_t primary = coded_entity(primary_token);
    c.actors.push_back(primary);
    // The syntactic head of the name, then the names conjoined to it.
    uint32_t name_head = static_cast<uint32_t>(primary_token);
    while (true) {
      int32_t h = s_->head(name_head);
      if (h < 0 || coded_entity(h) != primary || !s_->contains(h)) break;
      name_head = static_cast<uint32_t>(h);
    }
    if (name_head == c.head) return;  // the conjunct's own conjuncts are conjuncts, not actors
    for (uint32_t other : conjuncts_of(name_head)) {
      int32_t e = coded_entity(other);
      if (other != name_head && e >= 0 &&
          std::find(c.actors.begin(), c.actors.end(), e) == c.actors.end())
        c.actors.push_back(e);
    }
  }

  // Modifiers before the first conjunct or after the last one describe all of them
  // ("Danish media and government", "lawmakers and officials in Arnor and Gondor"): a
  // conjunct without an actor of its own takes them.
  void share_modifiers(std::vector<Conjunct>& conjuncts) const {
    if (conjuncts.size() < 2) return;
    uint32_t first = conjuncts.front().head, last = conjuncts.back().head;
    std::vector<int32_t> before, after;
    std::vector<FoundAgent> agents_before;
    for (const Conjunct& c : conjuncts) {
      for (int32_t e : c.actors) {
        uint32_t at = first_token_of(e, c);
        if (at < first) before.push_back(e);
        else if (at > last) after.push_back(e);
      }
      for (const FoundAgent& a : c.agents)
        if (a.last < first) agents_before.push_back(a);
    }
    for (Conjunct& c : conjuncts) {
      if (!c.actors.empty()) continue;
      if (!before.empty()) {
        c.actors = before;
        c.agents.insert(c.agents.begin(), agents_before.begin(), agents_before.end());
      } else if (!after.empty()) {
        c.actors = after;
      }
    }
  }

  uint32_t first_token_of(int32_t entity, const Conjunct& c) const {
    for (uint32_t t : c.tokens)
      if (coded_entity(t) == entity) return t;
    return c.head;
  }

  void emit(const Conjunct& c, std::vector<CodedSide>& sides) const {
    if (c.actors.empty() && c.agents.empty()) return;
    ByteSpan span{doc_.tokens[c.tokens.front()].span.begin, doc_.tokens[c.tokens.back()].span.end};
    auto compose = [&](std::string code) {
      for (const FoundAgent& a : c.agents) code = compose_agent_code(std::move(code), a.code);
      return code;
    };
    if (c.actors.empty()) {
      CodedSide side;
      side.span = span;
      side.name = std::string(doc_.slice(span));
      side.code = compose("---");
      sides.push_back(std::move(side));
      return;
    }
    for (int32_t e : c.actors) {
      CodedSide side;
      side.span = span;
      side.entity = e;
      side.id = doc_.entities[e].id;
      side.name = doc_.entities[e].name;
      side.code = compose(entity_code(e));
      sides.push_back(std::move(side));
    }
  }

  const Document& doc_;
  const lexicon::Lexicon& lexicon_;
  const AgentIndex& agents_;
  std::string date_;
  const SentenceParse* s_ = nullptr;
};

}  // namespace

std::string compose_agent_code(std::string actor_code, std::string_view agent_code) {
  size_t tilde = agent_code.find('~');
  bool prefix = tilde != std::string_view::npos && tilde + 1 == agent_code.size();
  std::string part;
  for (char c : agent_code)
    if (c != '~' && c != ' ') part.push_back(c);
  if (part.empty()) return actor_code;
  if (prefix) {
    if (actor_code.starts_with(part)) return actor_code;
    // An organisation agent without an actor ("MSF") is the actor itself.
    return actor_code == "---" ? part : part + actor_code;
  }
  // A part the code already carries, after its country ("USAGOV" + GOV, "HGWGOVMED" +
  // GOVMED), is not repeated.
  for (size_t at = 3; at + part.size() <= actor_code.size(); at += 3)
    if (actor_code.compare(at, part.size(), part) == 0) return actor_code;
  return actor_code + part;
}

std::vector<CodedSide> code_noun_phrase(const Document& doc, const lexicon::Lexicon& lexicon,
                                        uint32_t head, std::string_view date) {
  if (head >= doc.tokens.size() || doc.sentences.empty()) return {};
  return Coder(doc, lexicon, date).code(head);
}

}  // namespace casus::extract
