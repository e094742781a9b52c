// The Document: one article, its clean text and the span layers every stage adds.
//
// Inside the engine, every offset is a BYTE offset into `text` (UTF-8), so stages can slice
// without decoding. The JSON interface converts to Unicode code points on output
// (CONTRACT.md); `CodepointIndex` does that conversion once per document.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casus {

struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;  // exclusive
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool contains(uint32_t pos) const { return pos >= begin && pos < end; }
};

// Parts of the text that are not the article's body: page furniture left in scraped text.
// Later stages skip sentences inside non-body regions. Headlines and datelines are marked
// for reference but remain body text.
enum class RegionKind {
  kBreadcrumb,  // "News / Iraq / Foreign Policy", "IraqMiddle EastNorth America"
  kCaption,     // photo captions, "(Photo by AFP)"
  kFooter,      // "can also be accessed at the following alternate addresses", "Back to top"
  kByline,      // "By Jane Doe | Staff Writer"
  kBoilerplate, // share bars, newsletter prompts, cookie notices, copyright lines
  kHeadline,    // the title line repeated at the top of the text (body)
  kDateline,    // "BAGHDAD (Dispatches) --" (body)
};
const char* region_kind_name(RegionKind kind);
bool region_is_body(RegionKind kind);

struct Region {
  ByteSpan span;
  RegionKind kind;
};

struct Token {
  ByteSpan span;
  // Part-of-speech, lemma and syntax, filled by nlp/ when models are loaded.
  std::string upos, xpos, lemma, deprel;
  int32_t head = -1;  // index of the head token within the sentence, -1 for the root/unset
  bool space_after = true;
};

struct Sentence {
  ByteSpan span;
  uint32_t token_begin = 0, token_end = 0;  // indexes into Document::tokens
  bool body = true;                         // false inside a non-body region
};

// A TIMEX3-style time expression, normalised against the publication date.
struct TimeExpression {
  ByteSpan span;
  std::string type;   // DATE, TIME, DURATION, SET
  std::string value;  // "2021-07-10", "2021-06", "2021-W27", "PAST_REF", "P3D", "XXXX-WXX-1"
  std::string mod;    // TIMEX3 mod when the text qualifies the value: START, END, MID, APPROX...
  // For DATE/TIME: the finest unit the value pins down (day, week, month, quarter, year,
  // decade, century, or none for PAST_REF-like values); lets events ask for a date precision.
  std::string precision;
  int32_t anchor = -1;  // index in Document::times of the expression it was resolved from
};

// A named entity mention, resolved to a dictionary actor or place when possible.
struct Entity {
  ByteSpan span;
  std::string type;     // PERSON, ORG, GPE, LOC, FAC, NORP, WEAPON, MISC
  std::string id;       // lexicon / gazetteer id, "new:<key>" for a recognised unknown name
  std::string name;     // canonical name
  std::string code;     // actor code valid on the publication date, if any
  std::string country;  // ISO alpha-3
  double lat = 0, lon = 0;
  bool has_coords = false;
  std::string precision;           // for places: site, city, region, country
  std::string role, affiliation;   // "Press Secretary", the id of the body the role belongs to
  std::string source;              // lexicon, gazetteer, recognised, coreference
  int32_t antecedent = -1;         // earlier mention this short form or acronym refers to
};

// A pronoun or nominal ("he", "the group") resolved to an entity mention: coreference that
// is not itself a name, kept apart from `entities`.
struct Mention {
  ByteSpan span;
  int32_t entity = -1;  // index in Document::entities
  std::string kind;     // pronoun, nominal
};

// A statement and who made it: direct (quote-marked), mixed or indirect ("stressed that").
struct Quote {
  ByteSpan content;
  ByteSpan source, cue;             // empty when the text gives none
  bool direct = true;
  std::string speaker;              // canonical name of the resolved speaker, if any
  std::string speaker_id;           // entity id ("person.akram-al-kaabi", "new:joey-hood")
  int32_t speaker_entity = -1;      // index in Document::entities of the resolved mention
  bool anonymous = false;           // "an Iraqi security source"
  std::string channel;              // "in a tweet", "interview with Al Arabiya", or empty
  std::string key;                  // normalised content, for finding the same statement elsewhere
  int32_t sentence = -1;            // first sentence of the content
};

// A figure and what it counts: "at least 5 killed", "30 BM-21 Grad rockets".
struct Quantity {
  ByteSpan span;
  double value = 0, min = 0, max = 0;  // value: the figure as stated (midpoint of a range;
                                       // for vague amounts the lowest reading: "dozens" 24)
  bool has_value = false;              // false until a figure was read
  std::string modifier;                // at_least, more_than, about, up_to, range, vague...
  std::string category;                // killed, wounded, killed_or_wounded, arrested,
                                       // displaced, weapon, troops, money, other
  std::string counted;                 // the thing counted ("people", "rockets")
  std::string claimant;                // canonical name of whoever the figure is attributed to
  std::string claimant_id;
  int32_t quote = -1;                  // index in Document::quotes when said inside a quote
};

// One side of an event (actor or recipient): the phrase in the text, the entity it resolves
// to and its actor code. Coordinated sides ("Arnor, Osgiliath and Gondor") are one
// EventArgument per conjunct.
struct EventArgument {
  ByteSpan span;           // the argument phrase (its head noun and name, not the whole clause)
  int32_t entity = -1;     // index in Document::entities, -1 when the phrase is not a name
  std::string id;          // entity id, or empty
  std::string name;        // canonical name, else the phrase as written
  std::string code;        // actor code (CAMEO style: "USAMIL", "IRQ"), or empty
};

// Who did what to whom, where and when (CONTRACT.md `events`).
struct Event {
  std::string type;     // one of the 16 PLOVER types
  std::string mode;     // PLOVER mode ("aerial", "drone", ...), or empty
  std::string context;  // PLOVER context ("military", "election", ...), or empty
  std::string cameo;    // CAMEO code of the same event ("195")
  ByteSpan trigger;     // the verb or nominalisation
  int32_t sentence = -1;
  std::vector<EventArgument> actors, recipients;  // empty when the text names none
  // Where: a place entity (index in Document::entities), -1 when none.
  int32_t location = -1;
  // When: from the sentence's time expressions, else context, else the publication date.
  std::string date, date_precision;  // "2021-02-26", day|week|month|quarter|year
  int32_t time = -1;                 // index in Document::times the date came from, or -1
  std::vector<int32_t> quantities;   // casualty and other figures describing this event
  bool negated = false;              // "avoid attacking", "did not strike"
  std::string modality;              // asserted, future, threatened, hypothetical, claimed...
  int32_t quote = -1;                // index in Document::quotes when asserted only in a quote
  int32_t claimant = -1;             // entity that claimed responsibility, or -1
  std::string pattern;               // the dictionary pattern that coded it ("file:line")
};

struct Document {
  // Identity and metadata.
  std::string id;
  std::string title, published, outlet, url, language;
  std::string source_path;   // file the document came from, if any
  std::string input_format;  // "jsonl", "txt", "html"

  // The text every offset refers to.
  std::string text;
  std::vector<std::string> captions;  // photo captions found in HTML, kept out of `text`
  std::string byline;

  // Layers.
  std::vector<Region> regions;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<TimeExpression> times;
  std::vector<Entity> entities;
  std::vector<Mention> mentions;
  std::vector<Quote> quotes;
  std::vector<Quantity> quantities;
  std::vector<Event> events;

  // Problems that did not stop processing (e.g. "replaced 3 invalid UTF-8 bytes").
  std::vector<std::string> warnings;
  // Set when the document could not be processed; its annotations are then empty.
  std::optional<std::string> error;

  // Drops every annotation layer (a failed document carries none).
  void clear_annotations() {
    regions.clear();
    tokens.clear();
    sentences.clear();
    times.clear();
    entities.clear();
    mentions.clear();
    quotes.clear();
    quantities.clear();
    events.clear();
  }

  std::string_view slice(ByteSpan s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
};

// Maps byte offsets of a UTF-8 text to code-point offsets in O(1) after an O(n) build.
class CodepointIndex {
 public:
  explicit CodepointIndex(std::string_view utf8);
  uint32_t operator()(uint32_t byte_offset) const { return cp_at_byte_[byte_offset]; }
  uint32_t size() const { return cp_at_byte_.empty() ? 0 : cp_at_byte_.back(); }

 private:
  std::vector<uint32_t> cp_at_byte_;  // size = bytes + 1
};

}  // namespace casus
