// The lexicon: actors and places, loaded once and shared read-only by all threads.
//
// Entries come from casus dictionaries (.lex, data/lexicon/README.md), the world gazetteer
// (data/gazetteer/), and PETRARCH / Phoenix dictionaries. Every name, alias and demonym is
// indexed by its exact name key and its loose key (name_key.h) so the matcher can look up
// token sequences by hash.
#pragma once
#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "util/key_filter.h"
#include "util/table_memory.h"

namespace casus::lexicon {

struct DatedCode {
  std::string code;
  std::string from, to;  // ISO dates (YYYY, YYYY-MM or YYYY-MM-DD); empty = open
};

struct Role {
  std::string title, organisation, from, to;
};

struct Entry {
  std::string id, type, name;
  std::vector<std::string> aliases;
  std::vector<std::string> demonyms;
  std::vector<DatedCode> codes;
  std::vector<Role> roles;
  std::string country;  // ISO alpha-3 (gazetteer rows: converted from alpha-2)
  std::string parent, capital, feature, note, admin1;
  double lat = NAN, lon = NAN;
  int64_t population = 0;
  std::string source;  // the file it came from
  bool from_gazetteer = false;

  bool has_coords() const { return !std::isnan(lat) && !std::isnan(lon); }
  // The code valid on `date` (ISO; empty = any), else the undated one, else "".
  std::string code_on(std::string_view date) const;
};

// How a name reached the index: its canonical name, an alias, a demonym (NORP use of a
// country), or the surname of a person (usable only in context, see the matcher).
enum class NameKind : uint8_t { kName, kAlias, kDemonym, kSurname };

struct Candidate {
  uint32_t entry;
  NameKind kind;
  bool all_caps;      // an acronym: matches only in capitals
  bool has_capital;   // the listed form has a capital letter: the text must show one too
  // The entry's from_gazetteer, copied here (into padding): the matcher's first test of a
  // candidate then needs no read of the large entry table.
  bool from_gazetteer;
  uint32_t name_index;  // into Lexicon::names_ (the listed form, for verification)
};

// The candidates stored under one key: a contiguous range of the index.
struct Candidates {
  const Candidate* first = nullptr;
  const Candidate* last = nullptr;
  const Candidate* begin() const { return first; }
  const Candidate* end() const { return last; }
  bool empty() const { return first == last; }
};

// A hash-keyed multimap built once: pairs are collected, sorted, then found through an
// open-addressing table. Far faster to build and to probe than a map of vectors.
class FlatIndex {
 public:
  void add(uint64_t key, const Candidate& c) { pending_.push_back({key, c}); }
  // What build() keeps of one entry's names under one key (same kind of name).
  enum class Names {
    kOne,   // one: the exact index, where names under one key are spelt alike
    kEach,  // every one: the loose index, where each listed spelling is verified on its own
  };
  // Sorts (deterministically) and deduplicates; keeps at most `per_key` candidates under
  // one key.
  void build(size_t per_key, Names names);
  Candidates find(uint64_t key) const;
  void clear();

 private:
  struct Item {
    uint64_t key;
    Candidate candidate;
  };
  struct Slot {
    uint64_t key = 0;
    uint32_t offset = 0, count = 0;  // count 0: empty slot
  };
  std::vector<Item> pending_;
  util::Table<Candidate> candidates_;
  util::Table<Slot> table_;
};

// Order-sensitive hash of a sequence of folded words, shared by the index and the matcher.
uint64_t word_hash(std::string_view folded_word);
inline uint64_t combine_word_hash(uint64_t seed, uint64_t word) {
  return (seed ^ word) * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull;
}
// Concatenation-compatible hash of loose skeletons: H(xy) = H(x) * B^|y| + H(y).
struct LooseHash {
  uint64_t hash = 0, power = 1;
  void append(std::string_view s);
};

class Lexicon {
 public:
  Lexicon();
  ~Lexicon();

  // Adds a dictionary of actors and places; kind is casus, gazetteer, petrarch-actors,
  // petrarch-agents or petrarch-discards (event patterns, events and petrarch-verbs, are
  // extract::EventPatterns'). Throws std::runtime_error with the file and line on malformed
  // input.
  void load(const std::string& kind, const std::string& path);
  void load_casus_text(std::string_view text, const std::string& source);
  // The compact gazetteer (places.tsv or .tsv.gz; columns in data/gazetteer/README.md).
  void load_gazetteer(const std::string& path);
  // Everything in data_dir/lexicon/*.lex, the generic role nouns of
  // data_dir/lexicon/agents.txt (PETRARCH agent syntax) and data_dir/gazetteer/places.tsv.gz.
  void load_builtin(const std::string& data_dir);

  // Builds the indexes; call once after loading, before matching.
  void finalize();

  size_t size() const { return entries_.size(); }
  const Entry& entry(uint32_t i) const { return entries_[i]; }
  // Dictionary entries by id (gazetteer rows are not indexed by id).
  const Entry* find_id(std::string_view id) const;

  // The listed names under a sequence of words.
  Candidates exact(uint64_t sequence_hash) const {
    const SequenceFacts& facts = remembered(sequence_hash);
    return {facts.first, facts.first + facts.count};
  }
  // Could a listed name continue past this sequence (is it a proper prefix of one)? A bit
  // set with false positives only, so the matcher stops extending a sequence early.
  bool may_continue(uint64_t sequence_hash) const { return remembered(sequence_hash).may_continue; }
  // Requests the memory exact(sequence_hash) and may_continue(sequence_hash) read first (the
  // sequence filter), so that the matcher's lookups of the words ahead overlap their misses.
  void prefetch(uint64_t sequence_hash) const {
    sequence_filter_.prefetch(sequence_hash);
  }
  Candidates loose(uint64_t loose_hash) const { return loose_.find(loose_hash); }
  // The exact key of a listed name (for verifying loose candidates).
  std::string_view listed_key(uint32_t name_index) const {
    return std::string_view(name_keys_).substr(name_key_offsets_[name_index],
                                               name_key_offsets_[name_index + 1] - name_key_offsets_[name_index]);
  }
  int max_words() const { return max_words_; }
  // Changes whenever an index is built, in any lexicon: a key for caches of match results.
  uint64_t generation() const { return generation_; }

  // PETRARCH agents (generic role nouns like "minister", "rebels") and discards are kept for
  // the event coder; exposed for it.
  struct Agent {
    std::string phrase, code;  // code like "~GOV" (appended to the actor's country)
    // Regular plurals ("officials") match too, unless the dictionary nulled them with "{}"
    // ("POLICE {}": "polices" is not this agent).
    bool plural = true;
  };
  const std::vector<Agent>& agents() const { return agents_; }
  const std::vector<std::string>& discards() const { return discards_; }

  // ISO 3166 alpha-2 -> alpha-3, from the countries in the lexicon and gazetteer.
  std::string alpha3(std::string_view alpha2) const;

 private:
  uint32_t add(Entry e);
  void centre_regions();
  // What exact() and may_continue() answer for a sequence, remembered per thread for recent
  // sequences: running text repeats its words ("the", "said", "police"), and a look-up in the
  // large tables is a cache miss each time.
  // (Plain data, zero when nothing is remembered: a thread_local array of it then needs no
  // constructor call to guard every access.)
  struct SequenceFacts {
    uint64_t sequence_hash, generation;  // generation 0: nothing remembered
    const Candidate* first;
    uint32_t count;
    bool may_continue;
  };
  // Direct-mapped by the hash's high bits (the tables use its low bits); 2,048 entries of 32
  // bytes stay in the core's own cache. The hit is inline; remember() fills a slot.
  static constexpr size_t kRemembered = 2048;
  const SequenceFacts& remembered(uint64_t sequence_hash) const {
    thread_local SequenceFacts memo[kRemembered];
    SequenceFacts& facts = memo[(sequence_hash >> 48) & (kRemembered - 1)];
    if (facts.sequence_hash == sequence_hash && facts.generation == generation_) return facts;
    return remember(sequence_hash, facts);
  }
  const SequenceFacts& remember(uint64_t sequence_hash, SequenceFacts& facts) const;
  // The kinds of key in sequence_filter_ (small enough to stay in the core's cache, false
  // positives only): a listed name may be the sequence; it may be a proper prefix of one.
  // One read of the filter answers both, and most words of running text are neither.
  static constexpr unsigned kNameKind = 0, kPrefixKind = 1;
  struct IndexParts;
  void index_name(IndexParts& parts, uint32_t entry, std::string_view name, NameKind kind) const;
  void index_entries(IndexParts& parts, uint32_t first, uint32_t last) const;
  void load_petrarch_actors(std::string_view text, const std::string& source);
  void load_petrarch_agents(std::string_view text);
  void load_petrarch_discards(std::string_view text);

  util::Table<Entry> entries_;
  std::unordered_map<std::string, uint32_t> by_id_;
  FlatIndex exact_, loose_;
  util::KeyFilter sequence_filter_;
  std::string name_keys_;                  // every listed name's exact key, concatenated
  std::vector<uint32_t> name_key_offsets_;  // where each starts (one more for the end)
  std::vector<Agent> agents_;
  std::vector<std::string> discards_;
  std::unordered_map<std::string, std::string> alpha3_;
  int max_words_ = 1;
  uint64_t generation_ = 0;
  bool finalized_ = false;
};

// The whole text of a dictionary file (gzip when the name ends in .gz); throws
// std::runtime_error naming the file when it cannot be read.
std::string read_text(const std::string& path);

// The one line walker of the dictionary readers: calls fn(line) or fn(line, number)
// (1-based) for every line of text, without its newline.
template <class Fn>
void for_each_line(std::string_view text, Fn&& fn) {
  size_t pos = 0, number = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(pos, end - pos);
    if constexpr (std::is_invocable_v<Fn&, std::string_view, size_t>) fn(line, ++number);
    else fn(line);
    pos = end + 1;
  }
}

// s without leading and trailing white space.
std::string_view trim(std::string_view s);

// The regular singular of an English plural in lower case ("ties" -> "tie", "hostilities" ->
// "hostility", "marches" -> "march", "prizes" -> "prize"), or "" when the word does not look
// like one (too short, no final "s", or "-ss", "-us", "-is").
std::string regular_singular(std::string_view w);

// A `--lexicon [KIND:]PATH` argument: KIND defaults to casus; a one-letter prefix ("C:\x")
// is part of the path.
struct LexiconSpec {
  std::string kind, path;
};
LexiconSpec parse_lexicon_spec(const std::string& spec);
bool known_lexicon_kind(const std::string& kind);

// The built-in lexicon of a data directory, loaded once per process and shared.
std::shared_ptr<const Lexicon> builtin_lexicon(const std::string& data_dir);

}  // namespace casus::lexicon
