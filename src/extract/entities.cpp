#include "extract/entities.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <span>
#include <sstream>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "lexicon/name_key.h"
#include "nlp/entity_tagger.h"
#include "text/unicode.h"

namespace casus::extract {
namespace {

using namespace std::string_view_literals;
using lexicon::Candidate;
using lexicon::Entry;
using lexicon::Lexicon;
using lexicon::NameKind;

// ---------------------------------------------------------------------------------------
// Words as the matcher sees them.

struct Word {
  // Every member has its initialiser; a constructor of our own keeps emplace_back() from
  // zero-filling the whole word first (a `rep stos` whose start-up cost was the word
  // splitter's most costly step).
  Word() {}
  ByteSpan span;
  std::string fold;         // folded as name keys fold words ("al" for article forms)
  // loose_word(fold), for transliteration variants: computed when a loose match first
  // reads it (match_loose), as most words are never in a run long enough to be looked up.
  std::string skeleton;
  bool has_skeleton = false;
  uint64_t hash = 0;        // word_hash(fold)
  uint64_t opening_hash = 0;  // the hash when this word opens a name ("Al" Gore -> "al.")
  uint32_t flags = 0;  // WordFlag bits of fold
  bool has(uint32_t flag) const { return (flags & flag) != 0; }
  bool capitalised = false, all_caps = false, hyphen_after = false, article = false;
  // Only spaces or a hyphen separate it from the previous word (or ". " after an initial):
  // names never run across other punctuation ("Council (NVDC", "Iraq, Syria").
  bool joined_to_previous = false;
  bool sentence_start = false;
  uint32_t sentence = 0;
  int32_t taken = -1;  // entity mention covering this word
};

// A word of ASCII letters and digits only.
bool plain_word(std::string_view w) {
  return !w.empty() && text::ascii_alnum_run_end(w, 0, w.size()) == w.size();
}

// U+2010 HYPHEN or U+2011 NON-BREAKING HYPHEN at the start of s.
bool starts_with_unicode_hyphen(std::string_view s) {
  return s.size() >= 3 && s[0] == '\xE2' && s[1] == '\x80' && (s[2] == '\x90' || s[2] == '\x91');
}

// Splits one sentence into words: letters and digits; an apostrophe inside a word joins it
// ("Sha'abi") unless it is the possessive "'s"; hyphens split but are remembered; dotted
// initials ("U.S.") make one word.
void split_words(const Document& doc, const Sentence& s, uint32_t sentence_index,
                 std::vector<Word>& out) {
  std::string_view text = doc.text;
  size_t i = s.span.begin, end = s.span.end;
  bool first = true;
  auto alnum = [](char32_t c) { return c < 0x80 ? text::is_ascii_alnum(c) : static_cast<bool>(u_isalnum(c)); };
  auto ascii_alnum = [&text](size_t at) { return text::is_ascii_alnum(static_cast<unsigned char>(text[at])); };
  while (i < end) {
    // Most bytes are ASCII: spaces and punctuation are passed, and letters and digits taken,
    // without decoding code points.
    if (static_cast<unsigned char>(text[i]) < 0x80 && !ascii_alnum(i)) {
      ++i;
      continue;
    }
    size_t start = i;
    char32_t c = text::next_codepoint(text, i);
    if (!alnum(c)) continue;
    size_t word_end = i;
    size_t skip_to = 0;  // past a possessive "'s", which is no word of its own
    size_t j = i;
    // Whether the word is one run of ASCII letters and digits, as most are: it is then folded
    // by lower-casing alone.
    bool plain = c < 0x80;
    while (j < end) {
      size_t run_end = text::ascii_alnum_run_end(text, j, end);
      if (run_end > j) {
        j = word_end = run_end;
        continue;
      }
      size_t k = j;
      char32_t d = text::next_codepoint(text, k);
      if (alnum(d) || (d >= 0x80 && u_charType(d) == U_NON_SPACING_MARK)) {
        j = k;
        word_end = j;
        plain = false;
        continue;
      }
      if (lexicon::is_apostrophe_mark(d) && k < end) {
        size_t m = k;
        char32_t e = text::next_codepoint(text, m);
        size_t m2 = m;
        char32_t after = m2 < end ? text::next_codepoint(text, m2) : 0;
        bool possessive = (e == 's' || e == 'S') && !u_isalnum(after);
        if (u_isalpha(e) && !possessive) {
          j = k;
          plain = false;
          continue;
        }
        if (possessive) skip_to = m;
      }
      if (d == '.' && word_end - start == 1) {
        // "U.S.", "U.N.": single capitals joined by periods make one word.
        size_t p = k, dotted_end = 0;
        while (p < end) {
          size_t q = p;
          char32_t letter = text::next_codepoint(text, q);
          if (!u_isupper(letter) || q >= end || text[q] != '.') break;
          p = dotted_end = q + 1;
        }
        if (dotted_end) {
          j = word_end = dotted_end;
          plain = false;
          break;
        }
      }
      break;
    }
    Word& w = out.emplace_back();  // built in place: a Word is large to move
    w.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(word_end)};
    std::string_view raw = text.substr(start, word_end - start);
    i = std::max(word_end, skip_to);
    int letters = 0, upper = 0;
    if (plain || std::all_of(raw.begin(), raw.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
      if (plain) lexicon::fold_plain_word(raw, text.size() - start, w.fold, letters, upper);
      else lexicon::fold_ascii_word(raw, w.fold, letters, upper);
      w.capitalised = raw[0] >= 'A' && raw[0] <= 'Z';
    } else {
      w.fold = lexicon::fold_word(raw);
      size_t p = 0;
      char32_t c0 = text::next_codepoint(raw, p);
      w.capitalised = u_isupper(c0) || u_istitle(c0);
      for (size_t q = 0; q < raw.size();) {
        char32_t x = text::next_codepoint(raw, q);
        if (u_isalpha(x)) {
          ++letters;
          upper += u_isupper(x) ? 1 : 0;
        }
      }
    }
    if (w.fold.empty()) {
      out.pop_back();
      continue;
    }
    w.all_caps = letters >= 2 && upper == letters;
    size_t after = word_end;
    w.hyphen_after = after < end && (text[after] == '-' ||
                                     starts_with_unicode_hyphen({text.data() + after, text.size() - after}));
    // The same reading of articles as the index's name keys, or the two would not meet.
    if (lexicon::article_form(w.fold)) {
      lexicon::NameWord nw = lexicon::name_word(std::move(w.fold), w.hyphen_after, w.capitalised);
      w.fold = std::move(nw.in_name);
      w.article = nw.article;
      w.hash = lexicon::word_hash(w.fold);
      w.opening_hash = lexicon::word_hash(nw.opening);
    } else {
      w.hash = w.opening_hash = lexicon::word_hash(w.fold);
    }
    w.sentence = sentence_index;
    w.sentence_start = first;
    if (!first) {
      const Word& prev = out[out.size() - 2];
      const std::string_view gap(text.data() + prev.span.end, w.span.begin - prev.span.end);
      // One space, the usual gap, is settled first.
      if (gap.size() == 1 && gap[0] == ' ') {
        w.joined_to_previous = true;
      } else {
        // "J. Evans", and the abbreviations that open place names: "St. Louis", "Mt. Hood".
        bool initial = gap == ". "sv && (prev.span.size() == 1 || prev.fold == "st"sv ||
                                       prev.fold == "mt"sv || prev.fold == "ft"sv);
        w.joined_to_previous = initial || gap.find_first_not_of(" -") == std::string_view::npos ||
                               (gap.size() == 3 && starts_with_unicode_hyphen(gap));
      }
    }
    first = false;
  }
}

// ---------------------------------------------------------------------------------------
// Vocabulary of the recogniser.

bool in(std::string_view w, std::initializer_list<std::string_view> list) {
  // Lengths and first letters first: they settle most comparisons without a memcmp call.
  for (std::string_view x : list)
    if (x.size() == w.size() && x[0] == w[0] && x == w) return true;
  return false;
}

// The entity types of places: what has, or can be given, coordinates.
bool is_place_type(std::string_view type) { return type == "GPE"sv || type == "LOC"sv || type == "FAC"sv; }

// "1st", "82nd", "3rd", "65th", and the military "2d", "3d".
bool is_ordinal(std::string_view w) {
  size_t digits = 0;
  while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
  return digits > 0 && in(w.substr(digits), {"st", "nd", "rd", "th", "d"});
}

// Digits ("50") or a Roman numeral in capitals ("II", "XLI").
bool is_number_or_numeral(const Word& w) {
  if (std::all_of(w.fold.begin(), w.fold.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
  return (w.all_caps || (w.capitalised && w.fold.size() == 1)) &&
         w.fold.find_first_not_of("ivxlc") == std::string::npos;
}

// What the recogniser knows of a word, as bits: one lookup in one table gives them all. The
// lists below are the vocabulary; NameEvidence adds the name lists and head words of
// data/lexicon.
enum WordFlag : uint32_t {
  kTitle = 1u << 0,          // titles and roles that precede a person's name
  kMilitaryTitle = 1u << 1,  // military ranks among them
  kOrgHead = 1u << 2,        // head words of organisations' names
  kFacilityHead = 1u << 3,   // ... of facilities' names
  kPlaceHead = 1u << 4,      // ... of places' names
  kEventHead = 1u << 5,      // ... of events', works' and prizes' names (CoNLL's MISC)
  kCalendar = 1u << 6,       // weekdays and months
  kConnector = 1u << 7,      // small words inside names ("of", "bin", "de")
  kCommon = 1u << 8,         // ordinary English words (common_words.txt)
  kGiven = 1u << 9,          // given names
  kSurname = 1u << 10,       // surnames
  kPersonPronoun = 1u << 11,  // pronouns that refer back to a person
  kGroupNoun = 1u << 12,      // nouns that refer back to an organisation after "the"
  kAdminHead = 1u << 13,      // head words of administrative units' names (GPE; a kPlaceHead too)
  kWeaponHead = 1u << 14,     // nouns after a weapon's model name ("F-16 jets")
  kPersonNoun = 1u << 15,     // nouns that describe a person ("guitarist", "novelist")
};

const std::unordered_map<std::string_view, uint32_t>& vocabulary() {
  static const std::unordered_map<std::string_view, uint32_t> table = [] {
    std::unordered_map<std::string_view, uint32_t> t;
    auto add = [&t](uint32_t flag, std::initializer_list<std::string_view> words) {
      for (std::string_view w : words) t[w] |= flag;
    };
    add(kTitle, {"president", "vice", "prime", "minister", "secretary", "spokesman",
                "spokeswoman", "spokesperson", "commander", "general", "gen", "lt", "lieutenant",
                "col", "colonel", "maj", "major", "capt", "captain", "sgt", "sergeant", "adm",
                "admiral", "marshal", "brig", "brigadier", "chief", "director", "ambassador",
                "envoy", "senator", "sen", "representative", "rep", "governor", "gov", "mayor",
                "deputy", "acting", "assistant", "press", "leader", "chairman", "chairwoman",
                "chair", "head", "king", "queen", "prince", "princess", "crown", "sheikh",
                "shaikh", "ayatollah", "imam", "cleric", "pope", "judge", "justice", "speaker",
                "adviser", "advisor", "officer", "emir", "sultan", "mr", "mrs", "ms", "dr",
                "prof", "professor", "lawmaker", "mp", "congressman", "congresswoman",
                "commissioner", "chancellor", "foreign", "defense", "defence", "interior",
                "finance", "state", "attorney", "inspector", "superintendent", "undersecretary",
                "secretary-general", "coordinator", "special", "senior", "top", "former",
                "late", "analyst", "journalist", "correspondent", "reporter", "pastor",
                "bishop", "archbishop", "cardinal", "rabbi", "mullah", "hajji", "haji",
                "field", "executive", "founder", "ceo", "member", "mufti", "sir", "dame",
                "fr", "count", "countess", "duke", "duchess", "manager", "coach", "engineer",
                "junior", "juniors", "seniors", "freshman", "sophomore"});
    add(kMilitaryTitle, {"commander", "general", "gen", "lt", "lieutenant", "col", "colonel", "maj",
                "major", "capt", "captain", "sgt", "sergeant", "adm", "admiral", "marshal",
                "brig", "brigadier", "field"});
    add(kCalendar, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                "january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"});
    add(kConnector, {"of", "al", "bin", "ibn", "bint", "abu", "de", "la", "le", "du", "da", "van",
                "von", "der", "den", "for", "and", "the", "y", "di", "del", "des"});
    add(kPersonPronoun, {"he", "him", "his", "she", "her"});
    add(kGroupNoun, {"group", "movement", "militia", "organization", "organisation", "faction",
                "brigade", "ministry", "agency", "alliance", "party"});
    return t;
  }();
  return table;
}

// ---------------------------------------------------------------------------------------
// The per-document state.

struct Match {
  size_t first, last;  // word range [first, last)
  std::vector<Candidate> candidates;
};

class EntityFinder {
 public:
  EntityFinder(Document& doc, const Lexicon& lex, const NameEvidence& ev,
               const nlp::EntityTagger* tagger)
      : doc_(doc), lex_(lex), ev_(ev), tagger_(tagger) {}

  void run() {
    words_.reserve(doc_.text.size() / 5 + 16);
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s)
      if (doc_.sentences[s].body) split_words(doc_, doc_.sentences[s], s, words_);
    // The word lists' flags: one lookup in a large table per word, so a few words ahead are
    // requested early to let the cache misses overlap.
    for (size_t k = 0; k < words_.size(); ++k) {
      if (k + kLookAhead < words_.size()) ev_.word_flags.prefetch(words_[k + kLookAhead].hash);
      words_[k].flags = ev_.flags_of_hash(words_[k].hash);
    }
    mark_title_case_sentences();
    match_dictionary();
    weigh_countries();
    resolve_matches();
    recognise_unknown_names();
    add_nested_places();
    place_unknown_facilities();
    link_short_forms();
    resolve_pronouns();
    put_in_text_order();
  }

 private:
  // Headlines and subheads written in title case ("Iraqi Resistance Group Denounces US
  // Official's Request") say nothing through capitals: only dictionary names count there.
  void mark_title_case_sentences() {
    title_case_.assign(doc_.sentences.size(), false);
    for (size_t i = 0; i < words_.size();) {
      size_t end = sentence_end(i);
      size_t long_words = 0, capitalised = 0;
      for (size_t k = i; k < end; ++k) {
        if (words_[k].fold.size() <= 3 || words_[k].article) continue;
        ++long_words;
        capitalised += words_[k].capitalised;
      }
      std::string_view sentence = doc_.slice(doc_.sentences[words_[i].sentence].span);
      char last = sentence.empty() ? '.' : sentence.back();
      bool unpunctuated = last != '.' && last != '!' && last != '?' && last != '"';
      if (long_words >= 3 && capitalised * 10 >= long_words * 8 && unpunctuated)
        title_case_[words_[i].sentence] = true;
      i = end;
    }
  }

  bool in_title_case(size_t word) const { return title_case_[words_[word].sentence]; }

  // Is the word a capitalised part of a longer name around [first, last)?
  bool inside_longer_name(size_t first, size_t last) const {
    auto name_word = [&](size_t k) {
      const Word& w = words_[k];
      return w.sentence == words_[first].sentence && w.capitalised && !w.article &&
             w.taken < 0 && !w.has(kTitle) && !w.has(kCalendar);
    };
    // Names never run across punctuation: "Tacoma, Washington" is two.
    return after_title(first) ||
           (first > 0 && name_word(first - 1) && !words_[first - 1].sentence_start &&
            words_[first].joined_to_previous) ||
           (last < words_.size() && name_word(last) && words_[last].joined_to_previous);
  }

  // A title or role just before the word, as in "Gen. Ali" or "spokesman Ali": only spaces or
  // an abbreviation's period between them. After a comma ("Hamilton Field, California") the
  // word opens a new phrase.
  bool after_title(size_t first) const {
    if (first == 0) return false;
    const Word& prev = words_[first - 1];
    if (prev.sentence != words_[first].sentence || !prev.has(kTitle)) return false;
    std::string_view gap = doc_.slice({prev.span.end, words_[first].span.begin});
    size_t periods = std::count(gap.begin(), gap.end(), '.');
    return periods <= 1 && gap.find_first_not_of(". ") == std::string_view::npos;
  }

  // ---- dictionary matching ----
  size_t sentence_end(size_t i) const {
    size_t j = i;
    while (j < words_.size() && words_[j].sentence == words_[i].sentence) ++j;
    return j;
  }

  bool acceptable(const Candidate& c, size_t first, size_t last) const {
    const Word& w0 = words_[first];
    if (c.all_caps) {
      for (size_t k = first; k < last; ++k)
        if (!words_[k].article && !words_[k].all_caps && words_[k].fold.size() > 1) return false;
      return true;
    }
    size_t content = first;
    while (content < last && words_[content].article) ++content;
    if (content == last) return false;
    if (c.has_capital && !words_[content].capitalised) return false;
    // A lone capitalised word that is a common English word ("Most", "Police", "Victoria"
    // would be fine) must not become a gazetteer place at the start of a sentence.
    bool single = last - content == 1;
    if (single && words_[content].has(kCommon)) {
      if (c.from_gazetteer) return false;
      if (w0.sentence_start && lex_.entry(c.entry).type != "GPE"sv) return false;
    }
    if (c.from_gazetteer) {
      // A two-letter place name ("Of", "Is") is noise, and so are short capitals ("BA",
      // "SA"), mostly abbreviations of something else; so are weekdays and months
      // ("Friday", Texas), and anything in a title-case headline.
      if (single && words_[content].fold.size() < 3) return false;
      if (single && words_[content].all_caps && words_[content].fold.size() <= 3) return false;
      if (words_[content].has(kCalendar) || in_title_case(first)) return false;
    }
    return true;
  }

  void match_dictionary() {
    // Words written as a surname somewhere in the story ("Karim Bellouchi"): a later
    // "Bellouchi" alone is that person, not a respelling of a dictionary name.
    for (size_t k = 0; k < words_.size(); ++k)
      if (words_[k].capitalised && after_given_name(k)) surnames_in_text_.insert(words_[k].fold);
    std::vector<Candidate> best, ok, loose_best;
    size_t sentence_last = 0;  // the end of word i's sentence
    for (size_t i = 0; i < words_.size();) {
      // Each word is looked up at least once, as the opening of a name: request the tables'
      // memory for a word a few ahead.
      if (i + kLookAhead < words_.size())
        lex_.prefetch(lexicon::combine_word_hash(0, words_[i + kLookAhead].opening_hash));
      if (i >= sentence_last) sentence_last = sentence_end(i);
      size_t end = std::min(sentence_last, i + static_cast<size_t>(lex_.max_words()));
      size_t best_last = 0;
      best.clear();
      uint64_t h = 0;
      for (size_t j = i; j < end; ++j) {
        if (j > i && !words_[j].joined_to_previous) break;
        h = lexicon::combine_word_hash(h, j == i ? words_[j].opening_hash : words_[j].hash);
        uint64_t plain = 0;
        lexicon::Candidates found = lex_.exact(h);
        if (found.empty() && j == i && words_[j].opening_hash != words_[j].hash) {
          plain = lexicon::combine_word_hash(0, words_[j].hash);
          found = lex_.exact(plain);
          if (!found.empty() || lex_.may_continue(plain)) h = plain;
        }
        if (found.empty()) {
          if (!lex_.may_continue(h)) break;
          continue;
        }
        ok.clear();
        for (const auto& c : found)
          if (acceptable(c, i, j + 1)) ok.push_back(c);
        if (!ok.empty()) {
          best_last = j + 1;
          best.swap(ok);
        }
        if (!lex_.may_continue(h)) break;
      }
      // A transliteration variant may name more than the exact match does ("Hashd
      // al-Sh'abai" against the alias "Hashd").
      size_t loose_last = match_loose(i, end, loose_best);
      if (loose_last > best_last) {
        best_last = loose_last;
        best.swap(loose_best);
      }
      if (best_last == 0) {
        ++i;
        continue;
      }
      Match m{i, best_last, std::move(best)};
      // A hyphenated article just before ("al-" + "Hashd al-Shaabi") belongs to the name.
      if (m.first > 0 && words_[m.first - 1].article && words_[m.first - 1].hyphen_after &&
          words_[m.first - 1].sentence == words_[m.first].sentence &&
          words_[m.first - 1].taken < 0)
        --m.first;
      matches_.push_back(std::move(m));
      i = best_last;
    }
  }

  // Transliteration variants: capitalised runs only, verified against the listed form.
  size_t match_loose(size_t i, size_t end, std::vector<Candidate>& best) {
    if (!words_[i].capitalised || words_[i].fold.size() < 2) return 0;
    // A respelling right after a given name is that person's surname: "Karim Bellouchi" is
    // not the Baloch (whose listed spelling "Balochi" it is close to), and neither is the
    // story's later "Bellouchi".
    if (after_given_name(i) || surnames_in_text_.count(words_[i].fold)) return 0;
    lexicon::LooseHash lh;
    std::string key;
    size_t found_last = 0;
    size_t letters = 0, content = 0;
    size_t hashed = i;  // words_[i, hashed) are in lh
    for (size_t j = i; j < end; ++j) {
      const Word& w = words_[j];
      if ((!w.capitalised && !w.article) || (j > i && !w.joined_to_previous)) break;
      if (j > i) key.push_back(' ');
      key += w.fold;
      if (w.article) continue;
      letters += w.fold.size();
      ++content;
      // verify_variant accepts one-word variants of 7+ letters only: skip the rest early.
      if (letters < 5 || (content == 1 && w.fold.size() < 7)) continue;
      // The skeletons of the words so far, into the rolling hash, only now that it is read.
      for (; hashed <= j; ++hashed) {
        Word& h = words_[hashed];
        if (h.article) continue;
        if (!h.has_skeleton) {
          h.skeleton = lexicon::loose_word(h.fold);
          h.has_skeleton = true;
        }
        lh.append(h.skeleton);
      }
      lexicon::Candidates found = lex_.loose(lh.hash);
      if (found.empty()) continue;
      std::vector<Candidate> ok;
      for (const auto& c : found) {
        if (c.kind == NameKind::kSurname) continue;
        if (verified(c.name_index, key) && acceptable(c, i, j + 1)) ok.push_back(c);
      }
      if (!ok.empty()) {
        found_last = j + 1;
        best = std::move(ok);
      }
    }
    return found_last;
  }

  // Verification is the costly part of a loose match and names repeat within a story.
  // The cache lives as long as the thread (bounded), since the same names recur across
  // stories; it is tied to the lexicon's index generation, so lexicons never share answers.
  bool verified(uint32_t name_index, const std::string& key) {
    thread_local std::unordered_map<std::string, bool> cache;
    thread_local uint64_t cached_for = 0;
    if (cached_for != lex_.generation() || cache.size() > 200000) {
      cache.clear();
      cached_for = lex_.generation();
    }
    std::string cache_key = std::to_string(name_index) + '|' + key;
    auto it = cache.find(cache_key);
    if (it != cache.end()) return it->second;
    bool ok = lexicon::verify_variant(lex_.listed_key(name_index), key);
    cache.emplace(std::move(cache_key), ok);
    return ok;
  }

  // ---- choosing entries ----
  std::string country_of(const Entry& e) const {
    if (!e.country.empty()) return e.country;
    if (e.feature == "country"sv) {
      std::string up = e.id;
      for (auto& c : up) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      return up;
    }
    return {};
  }

  void weigh_countries() {
    std::vector<std::string> seen;  // the countries one match has voted for
    for (const Match& m : matches_) {
      // Dictionary names vote for their countries, except cities that share their name with
      // gazetteer places (Tripoli): those are what the vote must decide.
      bool shared_name = std::any_of(m.candidates.begin(), m.candidates.end(),
                                     [](const Candidate& c) { return c.from_gazetteer; });
      seen.clear();
      for (const Candidate& c : m.candidates) {
        const Entry& e = lex_.entry(c.entry);
        if (e.from_gazetteer) continue;
        bool city = (e.type == "GPE"sv || e.type == "LOC"sv) && e.feature != "country"sv &&
                    c.kind != NameKind::kDemonym;
        if (city && shared_name) continue;
        std::string country = country_of(e);
        if (!country.empty() && std::find(seen.begin(), seen.end(), country) == seen.end()) {
          country_weight_[country] += 1.0 / m.candidates.size();
          seen.push_back(std::move(country));
        }
      }
    }
  }

  double place_score(const Entry& e, bool region_cue) const {
    double score = std::log10(static_cast<double>(e.population) + 10.0);
    auto it = country_weight_.find(e.country);
    if (it != country_weight_.end()) score += 3.0 + std::min(it->second, 3.0);
    if (e.feature == "PPLC"sv) score += 1.5;
    else if (e.feature == "PPLA"sv) score += 1.0;
    if (e.feature.rfind("ADM", 0) == 0) score += region_cue ? 4.0 : -1.0;
    return score;
  }

  bool role_active(const Entry& e) const {
    if (e.roles.empty()) return true;
    std::string_view date = std::string_view(doc_.published).substr(0, 10);
    if (date.empty()) return true;
    for (const auto& r : e.roles)
      if ((r.from.empty() || date >= std::string_view(r.from)) &&
          (r.to.empty() || date.substr(0, r.to.size()) <= r.to))
        return true;
    return false;
  }

  // "Karim Bellouchi", "Keith Stanley": a capitalised given name, free, just before.
  bool after_given_name(size_t first) const {
    return first > 0 && words_[first - 1].sentence == words_[first].sentence &&
           words_[first - 1].capitalised && words_[first - 1].taken < 0 &&
           words_[first - 1].has(kGiven);
  }

  bool part_of_other_name(const Match& m) const {
    if (in_title_case(m.first)) return false;
    size_t k = m.last;
    while (k < words_.size() && words_[k].sentence == words_[m.first].sentence &&
           words_[k].capitalised && words_[k].taken < 0 && !words_[k].has(kTitle))
      ++k;
    bool before_body = k > m.last && words_[k - 1].has(kOrgHead);
    return after_given_name(m.first) || before_body;
  }

  size_t content_words(const Match& m) const {
    size_t n = 0;
    for (size_t k = m.first; k < m.last; ++k) n += !words_[k].article;
    return n;
  }

  // One-word gazetteer names that are more often something else: given names ("Keith",
  // "Julia"), head nouns and titles ("Party", "Defence"), surnames of persons named earlier.
  // A given name or surname after a preposition that takes places is the place ("in
  // Alberta", "near Harrison").
  bool plausible_place_word(const Match& m) const {
    if (content_words(m) != 1) return true;
    const Word& w = words_[m.last - 1];
    if (w.has(kOrgHead) || w.has(kTitle) || w.has(kPlaceHead)) return false;
    if ((w.has(kGiven) || w.has(kSurname)) && !after_place_preposition(m.first, m.last))
      return false;
    // "Chen said": a speech verb after a lone name makes it a person.
    if (person_context(m.first, m.last)) return false;
    return surname_owner(w.fold) < 0;
  }

  // "in Alberta", "near Harrison": a preposition that takes places rather than persons just
  // before the name, which is no possessive ("in Harrison's book").
  bool after_place_preposition(size_t first, size_t last) const {
    if (first == 0 || words_[first - 1].sentence != words_[first].sentence ||
        !in(words_[first - 1].fold, {"in", "near", "outside", "into", "across", "throughout",
                                     "toward", "towards"}))
      return false;
    return !possessive_after(last);
  }

  // Is the word before `last` a possessive ("Harrison's", "Harrison ’s")?
  bool possessive_after(size_t last) const {
    std::string_view after = std::string_view(doc_.text).substr(words_[last - 1].span.end);
    while (!after.empty() && after[0] == ' ') after.remove_prefix(1);
    return after.substr(0, 2) == "'s"sv || after.substr(0, 4) == "\xE2\x80\x99s"sv;
  }

  // A preposition of place before the name, or a place's head word in or after it.
  bool locative_cue(size_t first, size_t last) const {
    if (after_place_preposition(first, last) ||
        (first > 0 && words_[first - 1].sentence == words_[first].sentence &&
         in(words_[first - 1].fold, {"at", "from", "around", "between", "through"})))
      return true;
    if (words_[last - 1].has(kPlaceHead) || words_[last - 1].has(kFacilityHead)) return true;
    return last < words_.size() && words_[last].sentence == words_[first].sentence &&
           (words_[last].has(kPlaceHead) || words_[last].has(kFacilityHead));
  }

  // Is there evidence that a gazetteer-only name is a place here?
  bool place_evidence(const Match& m, const Entry& best) const {
    if (best.population >= 100000) return true;
    if (country_weight_.count(best.country) && best.population >= 20000) return true;
    if (m.first > 0 && words_[m.first - 1].sentence == words_[m.first].sentence &&
        in(words_[m.first - 1].fold, {"in", "near", "at", "from", "to", "outside", "of", "into",
                                      "across", "around", "toward", "towards", "village",
                                      "town", "city", "province", "district", "between"}))
      return true;
    if (m.last < words_.size() && words_[m.last].sentence == words_[m.first].sentence &&
        in(words_[m.last].fold, {"province", "governorate", "district", "city", "town",
                                 "village", "region", "county"}))
      return true;
    return false;
  }

  // The gazetteer place that ends just before m, separated from it by a comma only: in
  // "Tacoma, Washington" or "Thruxton, Hampshire" the second name is the region that holds
  // the first.
  const Entry* place_before_comma(const Match& m,
                                  const std::unordered_map<size_t, uint32_t>& place_ending_at) const {
    if (m.first == 0 || !only_comma_between(m.first - 1, m.first)) return nullptr;
    auto it = place_ending_at.find(m.first);
    if (it == place_ending_at.end()) return nullptr;
    const Entry& place = lex_.entry(it->second);
    return place.admin1.empty() ? nullptr : &place;
  }

  static bool holds(const Entry& region, const Entry& place) {
    return region.from_gazetteer && region.feature.rfind("ADM", 0) == 0 &&
           region.country == place.country && region.admin1 == place.admin1;
  }

  // The match right after m when only a comma separates them: in "Springfield, Missouri" or
  // "Tripoli, Lebanon" it names where m is.
  const Match* match_after_comma(size_t index) const {
    const Match& m = matches_[index];
    if (index + 1 >= matches_.size() || m.last >= words_.size()) return nullptr;
    const Match& next = matches_[index + 1];
    return next.first == m.last && only_comma_between(m.last - 1, next.first) ? &next : nullptr;
  }

  // Are words a and b (a before b) of one sentence, with a comma and spaces only between
  // them?
  bool only_comma_between(size_t a, size_t b) const {
    if (words_[a].sentence != words_[b].sentence) return false;
    std::string_view gap = doc_.slice({words_[a].span.end, words_[b].span.begin});
    return gap.find(',') != std::string_view::npos &&
           gap.find_first_not_of(", ") == std::string_view::npos;
  }

  // How strongly a region or country the text names after a comma places gazetteer row e: the
  // first-level region that holds it, or its country (a place in another is not excluded:
  // "Paris, Texas" and "Paris, France" both need the reading).
  double placed_by(const Entry& e, const Match* after) const {
    if (!after) return 0;
    double best = 0;
    for (const Candidate& c : after->candidates) {
      const Entry& r = lex_.entry(c.entry);
      if (r.country != e.country || c.kind == NameKind::kDemonym) continue;
      if (r.feature == "country"sv) best = std::max(best, 6.0);
      else if (r.from_gazetteer && r.feature == "ADM1"sv && r.admin1 == e.admin1) best = 8.0;
    }
    return best;
  }

  // Is the match part of a longer capitalised name that structural_type types as something
  // else than a place (an organisation, event or facility; for a nationality, anything)?
  // The longer name reaches over untaken capitalised words, except titles ("Iraqi Prime
  // Minister"), and over connectors such as "of" between them.
  bool inside_structured_name(const Match& m, bool nationality) const {
    uint32_t sentence = words_[m.first].sentence;
    auto name_word = [&](size_t k) {
      const Word& w = words_[k];
      return w.sentence == sentence && w.taken < 0 && w.capitalised && !w.article &&
             !w.has(kTitle) && !w.has(kCalendar) && !(w.sentence_start && w.has(kCommon));
    };
    auto connector = [&](size_t k) {
      const Word& w = words_[k];
      return w.sentence == sentence && w.taken < 0 && !w.capitalised && w.fold != "and"sv &&
             (w.has(kConnector) || w.article);
    };
    size_t first = m.first, last = m.last;
    for (size_t k = first; k > 0 && words_[k].joined_to_previous;) {
      --k;
      if (name_word(k)) first = k;
      else if (!connector(k)) break;
    }
    for (size_t k = last; k < words_.size() && words_[k].joined_to_previous; ++k) {
      if (name_word(k)) last = k + 1;
      else if (!connector(k)) break;
    }
    if (first == m.first && last == m.last) return false;
    std::string type = structural_type(first, last);
    if (type == "ORG"sv || type == "MISC"sv) return true;
    // A facility named after a nationality ("Frenchmen Street") has no place in its name to
    // be put at: the nationality stays.
    if (type == "FAC"sv) return !nationality;
    // "Russian Empire", "Syrian Desert": a nationality and a place's head word.
    return nationality && !type.empty() && first == m.first && last == m.last + 1;
  }

  void resolve_matches() {
    // Entities come from dictionary matches and from names of capitalised words: room for
    // that many spares moving entities (many strings each) as the vector grows.
    size_t capitalised = std::count_if(words_.begin(), words_.end(), [](const Word& w) { return w.capitalised; });
    doc_.entities.reserve(matches_.size() + capitalised);
    // Gazetteer places resolved so far, by the word index just past their match.
    std::unordered_map<size_t, uint32_t> place_ending_at;
    for (size_t mi = 0; mi < matches_.size(); ++mi) {
      const Match& m = matches_[mi];
      bool region_cue = m.last < words_.size() &&
                        in(words_[m.last].fold, {"province", "governorate", "region", "oblast"});
      const Entry* held_place = place_before_comma(m, place_ending_at);
      const Match* region_after = match_after_comma(mi);
      const Candidate* chosen = nullptr;
      double best_score = -1e9;
      for (const Candidate& c : m.candidates) {
        const Entry& e = lex_.entry(c.entry);
        double score = 0;
        bool dictionary_place = !e.from_gazetteer && (e.type == "GPE"sv || e.type == "LOC"sv) &&
                                e.feature != "country"sv && c.kind != NameKind::kDemonym;
        if (dictionary_place) {
          // A dictionary city competes with same-named gazetteer places on the document's
          // countries: Tripoli in a story about Lebanon is not Libya's capital.
          score = 6.0 + (country_weight_.count(e.country) ? 6.0 : 0.0);
        } else if (!e.from_gazetteer) {
          score = 100;  // dictionary entries over gazetteer rows
          if (e.type == "PERSON"sv && !role_active(e)) score -= 5;
          if (c.kind == NameKind::kSurname) score -= 50;
          if (c.kind == NameKind::kDemonym) score -= 1;
          if (e.id.rfind("petrarch:", 0) == 0) score -= 2;
        } else {
          score = place_score(e, region_cue) + placed_by(e, region_after);
          if (held_place && holds(e, *held_place)) score += 8.0;
        }
        if (score > best_score) {
          best_score = score;
          chosen = &c;
        }
      }
      if (!chosen) continue;
      // The gazetteer's row for a place the dictionary also lists (Baghdad, Washington) gives
      // way to the dictionary's entry, so one place keeps one id across stories.
      if (lex_.entry(chosen->entry).from_gazetteer) {
        const Entry& g = lex_.entry(chosen->entry);
        for (const Candidate& c : m.candidates) {
          const Entry& d = lex_.entry(c.entry);
          if (!d.from_gazetteer && d.has_coords() && d.country == g.country &&
              std::fabs(d.lat - g.lat) < 0.5 && std::fabs(d.lon - g.lon) < 0.5) {
            chosen = &c;
            break;
          }
        }
      }
      const Entry& e = lex_.entry(chosen->entry);
      // "Russian Empire", "Argentine War of Independence": a nationality inside a longer
      // name is left to the unknown-name pass, which names the whole. A place inside one
      // ("Battle of Gettysburg", "University of Texas") is still a place: it is added
      // after the longer name is.
      bool nationality = chosen->kind == NameKind::kDemonym || e.type == "NORP"sv;
      if (nationality && inside_structured_name(m, true)) continue;
      bool nested = is_place_type(e.type) &&
                    inside_structured_name(m, false);
      if (chosen->kind == NameKind::kSurname) {
        pending_surnames_.push_back({m, chosen->entry});
        continue;
      }
      // "Paris, Texas": a region or country after a comma that holds the place is evidence
      // enough, even for a word that is also a given name; not after "of", where the place
      // may end a longer name ("the City of Brampton, Ontario").
      const bool placed = e.from_gazetteer && placed_by(e, region_after) > 0 &&
                          !(m.first > 0 && words_[m.first - 1].fold == "of"sv);
      if (e.from_gazetteer && (inside_longer_name(m.first, m.last) ||
                               (!placed && (!place_evidence(m, e) || !plausible_place_word(m)))))
        continue;
      // A one-word country or city after a given name or before an organisation's head
      // word is part of a longer name ("Keith Stanley", "Michael Jordan", "Iraq Body Count").
      if (!e.from_gazetteer && (e.type == "GPE"sv || e.type == "LOC"sv) && content_words(m) == 1 &&
          chosen->kind != NameKind::kDemonym && part_of_other_name(m))
        continue;
      size_t last = m.last;
      // "Kata'ib Hezbollah Brigades": a capitalised head word after an organisation's name
      // is part of it.
      if (e.type == "ORG"sv && last < words_.size() && words_[last].capitalised &&
          words_[last].sentence == words_[m.first].sentence && words_[last].taken < 0 &&
          in(words_[last].fold, {"brigade", "brigades", "battalion", "battalions", "movement",
                                 "party", "organization", "organisation", "group", "forces",
                                 "units", "militia", "front", "army", "corps"}))
        ++last;
      Entity ent;
      ent.span = {words_[m.first].span.begin, words_[last - 1].span.end};
      fill_from_entry(ent, e, chosen->kind);
      ent.source = e.from_gazetteer ? "gazetteer" : "lexicon";
      if (nested) nested_places_.push_back({std::move(ent), m.first, last});
      else add_entity(std::move(ent), m.first, last);
      if (e.from_gazetteer) place_ending_at[last] = chosen->entry;
    }
  }

  // The places inside longer names, once those are named. A facility or place named after
  // one ("Atlantic City Railroad", "British Embassy Tokyo") and found nowhere else is put
  // where its place is.
  void add_nested_places() {
    for (auto& [place, first, last] : nested_places_) {
      int32_t outer = words_[first].taken;
      if (outer >= 0 && place.has_coords) {
        Entity& name = doc_.entities[outer];
        if (!name.has_coords && is_place_type(name.type)) put_at(name, place);
      }
      add_entity(std::move(place), first, last);
    }
  }

  // A facility no dictionary or gazetteer knows ("Collins Avenue", "Percy French Hotel") is
  // in the town the story is about: it is put at the nearest town or site named before it
  // (else after it), with the town's precision.
  void place_unknown_facilities() {
    std::vector<int32_t> located;
    for (size_t k = 0; k < doc_.entities.size(); ++k) {
      const Entity& e = doc_.entities[k];
      if (e.has_coords && is_place_type(e.type) && (e.precision == "city"sv || e.precision == "site"sv))
        located.push_back(static_cast<int32_t>(k));
    }
    if (located.empty()) return;
    for (Entity& e : doc_.entities) {
      if (e.type != "FAC"sv || e.has_coords || e.source != "recognised"sv) continue;
      const Entity *before = nullptr, *after = nullptr;
      for (int32_t k : located) {
        const Entity& town = doc_.entities[k];
        if (town.span.end <= e.span.begin) {
          if (!before || town.span.begin > before->span.begin) before = &town;
        } else if (town.span.begin >= e.span.end) {
          if (!after || town.span.begin < after->span.begin) after = &town;
        }
      }
      // A town in the same sentence is surer than one before it.
      const Entity* town = after && sentence_of(after->span.begin) == sentence_of(e.span.begin)
                               ? after : before ? before : after;
      if (!town) continue;
      put_at(e, *town);
      e.precision = "city";
    }
  }

  static void put_at(Entity& e, const Entity& place) {
    e.lat = place.lat, e.lon = place.lon, e.has_coords = true;
    e.country = place.country;
    e.precision = place.precision;
  }

  void fill_from_entry(Entity& ent, const Entry& e, NameKind kind) {
    ent.id = e.id;
    ent.name = e.name;
    ent.type = kind == NameKind::kDemonym ? "NORP" : (e.type.empty() ? "MISC" : e.type);
    ent.country = country_of(e);
    ent.code = e.code_on(doc_.published);
    if (ent.code.empty() && kind == NameKind::kDemonym) ent.code = ent.country;
    if (e.has_coords() && kind != NameKind::kDemonym) {
      ent.lat = e.lat;
      ent.lon = e.lon;
      ent.has_coords = true;
    }
    if (ent.type == "FAC"sv) ent.precision = "site";
    else if (e.feature == "country"sv) ent.precision = "country";
    else if (e.feature.rfind("ADM", 0) == 0 || e.feature == "region"sv) ent.precision = "region";
    else if (ent.type == "GPE"sv || ent.type == "LOC"sv) ent.precision = e.from_gazetteer || e.feature == "city"sv || e.feature == "capital"sv ? "city" : (ent.has_coords ? "region" : "");
    if (!ent.has_coords && is_place_type(ent.type) &&
        kind != NameKind::kDemonym)
      geocode_by_name(ent, e);
    if (ent.type == "PERSON"sv) {
      std::string_view date = std::string_view(doc_.published).substr(0, 10);
      for (const auto& r : e.roles) {
        bool active = date.empty() || ((r.from.empty() || date >= std::string_view(r.from)) &&
                                       (r.to.empty() || date.substr(0, r.to.size()) <= r.to));
        if (!active) continue;
        ent.role = r.title;
        ent.affiliation = r.organisation;
        if (ent.code.empty())
          if (const Entry* org = lex_.find_id(r.organisation)) ent.code = org->code_on(doc_.published);
        break;
      }
    }
  }

  // A place name the tagger found but the matcher did not take (too weak alone, e.g. a small
  // town without a locative cue) is looked up in the gazetteer now that it is known to be a
  // place.
  void geocode_recognised(Entity& ent, size_t first, size_t last) {
    const Entry* best = best_place(first, last, false);
    // "Orange County", "Oaxaca State": the place named without its head word, in one of the
    // story's countries.
    if (!best && last - first >= 2 && (words_[last - 1].has(kPlaceHead) ||
                                       in(words_[last - 1].fold, {"county", "square", "park"})))
      best = best_place(first, last - 1, true);
    // "Maiduguri Borno State", "Immokalee TIGER": a name the tagger drew too wide still
    // starts with a place of the story's countries.
    for (size_t end = last - 1; !best && end > first; --end) best = best_place(first, end, true);
    // "District of Massachusetts": the place after "of".
    for (size_t k = first + 1; !best && k + 1 < last; ++k)
      if (words_[k].fold == "of"sv) best = best_place(k + 1, last, false);
    if (!best) return;
    ent.id = best->id;
    ent.name = best->name;
    ent.country = country_of(*best);
    ent.lat = best->lat;
    ent.lon = best->lon;
    ent.has_coords = true;
    ent.precision = best->feature.rfind("ADM", 0) == 0 ? "region" : best->feature == "country"sv ? "country" : ent.type == "FAC"sv ? "site" : "city";
    ent.source = best->from_gazetteer ? "gazetteer" : "lexicon";
  }

  const Entry* best_place(size_t first, size_t last, bool in_story_countries) const {
    uint64_t h = 0;
    for (size_t k = first; k < last; ++k)
      h = lexicon::combine_word_hash(h, k == first ? words_[k].opening_hash : words_[k].hash);
    const Entry* best = nullptr;
    double best_score = -1e9;
    for (const auto& c : lex_.exact(h)) {
      const Entry& g = lex_.entry(c.entry);
      if (!g.has_coords() || !is_place_type(g.type) || c.kind == NameKind::kDemonym) continue;
      if (in_story_countries && !country_weight_.count(g.country)) continue;
      double score = g.from_gazetteer ? place_score(g, false) : 20.0;
      if (score > best_score) best_score = score, best = &g;
    }
    return best;
  }

  // A dictionary place without coordinates takes those of the best gazetteer row of the same
  // name.
  void geocode_by_name(Entity& ent, const Entry& e) {
    std::vector<std::string> words = lexicon::name_words(e.name);
    uint64_t h = 0;
    for (const auto& w : words) h = lexicon::combine_word_hash(h, lexicon::word_hash(w));
    lexicon::Candidates found = lex_.exact(h);
    if (found.empty()) return;
    const Entry* best = nullptr;
    double best_score = -1e9;
    for (const auto& c : found) {
      const Entry& g = lex_.entry(c.entry);
      if (!g.from_gazetteer || !g.has_coords()) continue;
      if (!ent.country.empty() && g.country != ent.country) continue;
      double score = place_score(g, false);
      if (score > best_score) best_score = score, best = &g;
    }
    if (!best) return;
    ent.lat = best->lat;
    ent.lon = best->lon;
    ent.has_coords = true;
    if (ent.precision.empty()) ent.precision = "city";
  }

  void add_entity(Entity&& ent, size_t first, size_t last) {
    int32_t index = static_cast<int32_t>(doc_.entities.size());
    if (ent.type == "PERSON"sv) {
      auto words = lexicon::name_words(ent.name);
      if (words.size() >= 2) surnames_.emplace(words.back(), index);
    }
    for (size_t k = first; k < last; ++k) words_[k].taken = index;
    doc_.entities.push_back(std::move(ent));
  }

  // ---- unknown names ----
  bool title_run(size_t first, size_t last) const {
    for (size_t k = first; k < last; ++k)
      if (!words_[k].has(kTitle) && !words_[k].article && words_[k].fold != "of"sv)
        return false;
    return true;
  }

  // The statistical tagger proposes name spans sentence by sentence, given what the lexicon
  // and the name lists say about each token (NameEvidence::token_evidence).
  void tag_names() {
    if (!tagger_) return;
    std::vector<std::string_view> words;
    std::vector<uint32_t> evidence;
    std::vector<uint8_t> settled;
    std::vector<NameEvidence::KnownWord> known;
    for (uint32_t si = 0; si < doc_.sentences.size(); ++si) {
      const Sentence& s = doc_.sentences[si];
      if (!s.body || s.token_end <= s.token_begin || title_case_[si]) continue;
      // The tagger is the costly part of the stage: run it only where a capitalised word is
      // still unexplained by the dictionary.
      int32_t w0 = word_at(s.span.begin);
      bool unexplained = false;
      for (size_t k = w0 < 0 ? words_.size() : static_cast<size_t>(w0);
           k < words_.size() && words_[k].sentence == si && !unexplained; ++k) {
        const Word& w = words_[k];
        unexplained = w.capitalised && w.taken < 0 && !w.has(kCalendar) &&
                      !(w.sentence_start && w.has(kCommon));
      }
      if (!unexplained) continue;
      words.clear();
      settled.clear();
      known.clear();
      // A token whose words the dictionary named already is settled, unless the name is a
      // nationality a longer name may absorb (absorb_weak_matches): the tagger's spans that
      // start there would be dropped below, so they need not be tagged.
      size_t k = w0 < 0 ? words_.size() : static_cast<size_t>(w0);
      for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
        const ByteSpan& token = doc_.tokens[t].span;
        words.push_back(doc_.slice(token));
        while (k < words_.size() && words_[k].span.end <= token.begin) ++k;
        bool named = k < words_.size() && words_[k].span.begin < token.end;
        for (size_t j = k; named && j < words_.size() && words_[j].span.begin < token.end; ++j)
          named = words_[j].taken >= 0 && !absorbable(words_[j].taken);
        settled.push_back(named);
        // A token that is exactly one plain word the matcher folded: its hash and flags are
        // the matcher's (token_evidence would fold and look it up again).
        NameEvidence::KnownWord& kw = known.emplace_back();
        if (k < words_.size() && words_[k].span.begin == token.begin && words_[k].span.end == token.end &&
            plain_word(words.back()) && !lexicon::article_form(words_[k].fold))
          kw = {words_[k].hash, words_[k].flags};
      }
      ev_.token_evidence(lex_, words, evidence, known);
      for (const auto& span : tagger_->tag(words, evidence, settled)) {
        uint32_t begin = doc_.tokens[s.token_begin + span.token_begin].span.begin;
        uint32_t end = doc_.tokens[s.token_begin + span.token_end - 1].span.end;
        int32_t first = word_at(begin);
        if (first < 0) continue;
        size_t last = static_cast<size_t>(first);
        while (last < words_.size() && words_[last].span.end <= end) ++last;
        if (last <= static_cast<size_t>(first)) continue;
        // A longer place around a known place ("East Germany", "Baghdad Province") keeps the
        // known place: its coordinates are surer than those of the longer name.
        if (span.type == "PLACE"sv ? !free_words(static_cast<size_t>(first), last)
                                 : !absorb_weak_matches(static_cast<size_t>(first), last))
          continue;
        std::string type = span.type == "PLACE"sv ? "GPE" : span.type;
        recognise_run(static_cast<size_t>(first), last, &type);
      }
    }
  }

  // A tagger span [first, last) over words the dictionary already took: "American League",
  // "Pan American Games", "Brazilian Cycling Confederation" name something else than the
  // nationality inside them. The span wins over mentions it strictly contains when each is a
  // nationality; places keep their words (their coordinates are worth more than a longer
  // name's type: measured on geo.py), and so do organisations, persons and weapons of the
  // dictionary. Returns whether the span is free now.
  bool absorb_weak_matches(size_t first, size_t last) {
    std::vector<int32_t> inside;
    for (size_t k = first; k < last; ++k) {
      int32_t e = words_[k].taken;
      if (e < 0 || (!inside.empty() && inside.back() == e)) continue;
      if (!absorbable(e)) return false;
      inside.push_back(e);
    }
    if (inside.empty()) return true;
    for (int32_t e : inside) {
      const ByteSpan& span = doc_.entities[e].span;
      if (span.begin < words_[first].span.begin || span.end > words_[last - 1].span.end ||
          (span.begin == words_[first].span.begin && span.end == words_[last - 1].span.end))
        return false;
    }
    for (int32_t e : inside) dropped_.insert(e);
    for (size_t k = first; k < last; ++k) words_[k].taken = -1;
    return true;
  }

  // A dictionary name a longer name may swallow: a nationality ("American League").
  bool absorbable(int32_t entity) const { return doc_.entities[entity].type == "NORP"sv; }

  bool free_words(size_t first, size_t last) const {
    for (size_t k = first; k < last; ++k)
      if (words_[k].taken >= 0) return false;
    return true;
  }

  // The word starting at or containing byte `pos`, or -1.
  int32_t word_at(uint32_t pos) const {
    auto it = std::lower_bound(words_.begin(), words_.end(), pos,
                               [](const Word& w, uint32_t b) { return w.span.end <= b; });
    if (it == words_.end() || it->span.begin > pos + 3) return -1;
    return static_cast<int32_t>(it - words_.begin());
  }

  // Capitalised runs with structure of their own (a title before a name, an organisation's
  // or place's head word at the end) first; then the tagger's spans; then, without a
  // tagger, the weaker cues.
  void recognise_unknown_names() {
    recognise_model_names();
    recognise_quoted_titles();
    recognise_runs(true);
    tag_names();
    recognise_repeated_names();
    if (!tagger_) recognise_runs(false);
    describe_types();
    coordinate_types();
    vote_types();
    drop_guessed_ordinary_words();
  }

  // "Events", "Wheat", "Famous": a lone ordinary word, capitalised for emphasis or as a piece
  // of a heading, that is a name only by a guess (nothing in the story described it, listed
  // it with names, quoted it as a title or put it after a preposition of place, and no
  // person named before has it as a surname) is too often none.
  void drop_guessed_ordinary_words() {
    for (size_t k = 0; k < words_.size(); ++k) {
      int32_t e = words_[k].taken;
      if (e < 0 || doc_.entities[e].source != "recognised"sv || evidence_of(e) != kGuess ||
          (k + 1 < words_.size() && words_[k + 1].taken == e) || (k > 0 && words_[k - 1].taken == e))
        continue;
      const Word& w = words_[k];
      if (!w.has(kCommon) || w.all_caps || after_place_preposition(k, k + 1) ||
          surname_owner(w.fold) >= 0 || (quote_opens_at(k) && quote_closes_at(k + 1)))
        continue;
      dropped_.insert(e);
      words_[k].taken = -1;
    }
  }

  // Does a double quote open right before word `first` (after the previous word or the
  // sentence start)?
  bool quote_opens_at(size_t first) const {
    const Word& w = words_[first];
    uint32_t from = w.sentence_start ? doc_.sentences[w.sentence].span.begin : words_[first - 1].span.end;
    std::string_view gap = doc_.slice({from, w.span.begin});
    size_t k = gap.find_last_not_of(' ');
    return k != std::string_view::npos &&
           (gap[k] == '"' || (k >= 2 && gap.substr(k - 2, 3) == "\xE2\x80\x9C"sv));
  }

  // Does a double quote close right after word `last - 1`?
  bool quote_closes_at(size_t last) const {
    const Word& w = words_[last - 1];
    uint32_t to = last < words_.size() && words_[last].sentence == w.sentence
                      ? words_[last].span.begin
                      : doc_.sentences[w.sentence].span.end;
    std::string_view gap = doc_.slice({w.span.end, to});
    size_t k = gap.find_first_not_of(' ');
    return k != std::string_view::npos && (gap[k] == '"' || gap.substr(k, 3) == "\xE2\x80\x9D"sv);
  }

  // Titles of works in double quotes, in title case: "A Beautiful Lie", "Welcome to the
  // Jungle" (MISC). Quoted speech has lower-case words; a title's small words (articles,
  // prepositions, conjunctions) may be lower case too, but not its first word.
  void recognise_quoted_titles() {
    for (size_t i = 0; i < words_.size(); ++i) {
      const Word& w = words_[i];
      if (!w.capitalised || w.taken >= 0 || !quote_opens_at(i)) continue;
      size_t j = i + 1;
      bool title_case = true;
      while (j < words_.size() && j - i <= 8 && words_[j].sentence == w.sentence &&
             words_[j].joined_to_previous) {
        const Word& x = words_[j];
        title_case = title_case && x.taken < 0 &&
                     (x.capitalised || in(x.fold, {"a", "an", "the", "of", "and", "or", "in", "on",
                                                   "to", "for", "with", "at", "by", "from"}));
        ++j;
      }
      if (!title_case || j - i > 8 || !quote_closes_at(j)) continue;
      // Harold "Junior" Theriault: a nickname inside a person's name.
      if (!w.sentence_start && words_[i - 1].capitalised && j < words_.size() &&
          words_[j].sentence == w.sentence && words_[j].capitalised)
        continue;
      Entity ent = recognised_name(i, j, "MISC");
      // Quotes say a title, not whose: a name that is quoted once ("the name "Dorothea"")
      // keeps the type its other mentions have.
      type_evidence_[static_cast<int32_t>(doc_.entities.size())] = kGuess;
      add_entity(std::move(ent), i, j);
      i = j - 1;
    }
  }

  // "Prodan won five titles": a lone capitalised word that no pass took is the surname of a
  // person named before in the story ("Daniel Prodan"), or a one-word name recognised before
  // ("the band Gigi ... Gigi has released six albums").
  void recognise_repeated_names() {
    std::unordered_map<std::string, int32_t> named;  // fold -> first recognised one-word name
    for (size_t k = 0; k < words_.size(); ++k) {
      const Word& w = words_[k];
      int32_t e = w.taken;
      if (e >= 0 && doc_.entities[e].source == "recognised"sv && !dropped_.count(e) &&
          (k == 0 || words_[k - 1].taken != e) && (k + 1 == words_.size() || words_[k + 1].taken != e))
        named.emplace(w.fold, e);
      if (w.taken >= 0 || !w.capitalised || w.article || w.fold.size() < 2 || in_title_case(k) ||
          inside_longer_name(k, k + 1))
        continue;
      if (surname_owner(w.fold) >= 0) {
        if (doc_.entities[surname_owner(w.fold)].span.end <= w.span.begin) recognise_run(k, k + 1);
      } else if (auto it = named.find(w.fold); it != named.end() && !(w.sentence_start && w.has(kCommon))) {
        Entity same = doc_.entities[it->second];
        same.span = w.span;
        // As sure of its type as the mention it repeats: the vote decides for both.
        if (evidence_of(it->second) != kOwnWords)
          type_evidence_[static_cast<int32_t>(doc_.entities.size())] = evidence_of(it->second);
        add_entity(std::move(same), k, k + 1);
      }
    }
  }

  // Weapons and platforms named by a model designator: letters, a hyphen and a number, with
  // the model's name after it ("F-86 Sabre", "CH-53 Sea Stallion") or a weapon's noun ("AK-47
  // rifles", "Su-24 jets"). "G-20" or "COVID-19" alone are no weapons.
  void recognise_model_names() {
    for (size_t i = 0; i + 1 < words_.size(); ++i) {
      const Word& letters = words_[i];
      const Word& number = words_[i + 1];
      if (letters.taken >= 0 || !letters.capitalised || !letters.hyphen_after ||
          letters.fold.size() > 4 || number.sentence != letters.sentence ||
          !number.joined_to_previous || number.taken >= 0 ||
          !std::isdigit(static_cast<unsigned char>(number.fold[0])))
        continue;
      size_t last = i + 2;
      while (last < words_.size() && last < i + 5 && words_[last].sentence == letters.sentence &&
             words_[last].joined_to_previous && words_[last].capitalised && words_[last].taken < 0 &&
             !words_[last].article && !words_[last].has(kTitle | kCalendar))
        ++last;
      bool named = last > i + 2;
      bool weapon_noun = last < words_.size() && words_[last].sentence == letters.sentence &&
                         !words_[last].capitalised && words_[last].has(kWeaponHead);
      if (!named && !weapon_noun) continue;
      add_entity(recognised_name(i, last, "WEAPON"), i, last);
      i = last - 1;
    }
  }

  void recognise_runs(bool strong_only) {
    size_t sentence_last = 0;  // the end of word i's sentence
    for (size_t i = 0; i < words_.size();) {
      bool opening_article = words_[i].article && words_[i].capitalised && i + 1 < words_.size() &&
                             words_[i + 1].capitalised && words_[i + 1].taken < 0;
      if (words_[i].taken >= 0 || !words_[i].capitalised ||
          (words_[i].article && !opening_article) || in_title_case(i) ||
          words_[i].has(kCalendar)) {
        ++i;
        continue;
      }
      // A capitalised run, with connectors between capitalised words.
      size_t j = i + 1;
      size_t last_cap = i + 1;
      if (i >= sentence_last) sentence_last = sentence_end(i);
      while (j < sentence_last && words_[j].taken < 0 && !words_[j].has(kCalendar) &&
             words_[j].joined_to_previous) {
        if (words_[j].capitalised && !words_[j].article) {
          last_cap = ++j;
        } else if (words_[j].fold == "and"sv && j + 1 < sentence_last &&
                   (words_[j - 1].has(kOrgHead | kEventHead | kFacilityHead | kPlaceHead) ||
                    words_[j + 1].fold == "the"sv)) {
          // "the Medical Association and the College of Surgeons": a complete name, or
          // "and the", ends the run; "Department of Physics and Astronomy" goes on.
          break;
        } else if (words_[j].has(kConnector) || words_[j].article) {
          ++j;
        } else {
          break;
        }
      }
      size_t first = i, last = last_cap;
      i = last;
      // Drop a sentence-initial ordinary word ("The", "Late", "Days").
      while (first < last && words_[first].sentence_start && !words_[first].all_caps &&
             words_[first].has(kCommon) && !words_[first].has(kTitle))
        ++first;
      if (first >= last) continue;
      recognise_run(first, last, nullptr, strong_only);
    }
  }

  // The id of a recognised name written with words [first, last): "new:" and its folded
  // words ("new:perth-glory").
  std::string new_id(size_t first, size_t last) const {
    std::string id = "new:";
    for (size_t k = first; k < last; ++k) id += (k > first ? "-" : "") + words_[k].fold;
    return id;
  }

  // A name the recogniser found, written with words [first, last), of this type.
  Entity recognised_name(size_t first, size_t last, std::string type) const {
    Entity ent;
    ent.span = {words_[first].span.begin, words_[last - 1].span.end};
    ent.type = std::move(type);
    ent.name = std::string(doc_.slice(ent.span));
    ent.id = new_id(first, last);
    ent.source = "recognised";
    return ent;
  }

  // The entity mentions in text order, each with its words [first, last).
  struct MentionWords {
    int32_t entity;
    size_t first, last;
  };
  std::vector<MentionWords> mention_words() const {
    std::vector<MentionWords> out;
    for (size_t k = 0; k < words_.size();) {
      int32_t e = words_[k].taken;
      size_t last = k + 1;
      while (e >= 0 && last < words_.size() && words_[last].taken == e) ++last;
      if (e >= 0 && !dropped_.count(e)) out.push_back({e, k, last});
      k = last;
    }
    return out;
  }

  // What a recognised name's type rests on, from weakest to surest.
  enum TypeEvidence {
    kGuess,     // the tagger's guess, a fallback, quotes
    kNameList,  // a lone word's being a given name or surname ("Brittany", "Harrison")
    kOwnWords,  // the name's words (a head word, a title, a given name before a surname) or
                // what the text around it says (a description, a list, a cue)
  };
  TypeEvidence evidence_of(int32_t e) const {
    auto it = type_evidence_.find(e);
    return it == type_evidence_.end() ? kOwnWords : it->second;
  }
  // A mention's weight in vote_types: each surer kind outvotes any number of the weaker
  // (a story names one thing fewer than a thousand times).
  static constexpr int64_t kGuessVote = 1, kNameListVote = 1000, kKnownPlaceVote = 1000000,
                           kOwnWordsVote = 1000000000;
  int64_t vote_weight(int32_t e) const {
    switch (evidence_of(e)) {
      case kGuess: return kGuessVote;
      case kNameList: return kNameListVote;
      default: return kOwnWordsVote;
    }
  }

  // One unknown name, one type: the mentions of a recognised name take the type most of
  // them were given; a type with evidence (a head word, a title, a description, a
  // coordinated name) outvotes any number of guesses.
  void vote_types() {
    std::unordered_map<std::string, std::unordered_map<std::string, int64_t>> votes;
    // The same words matched elsewhere in the story as a dictionary or gazetteer place after
    // a preposition of place vote too ("Bridgeton and Salem" after "in Bridgeton"); the
    // first such mention by the recognised id its words would have.
    std::unordered_map<std::string, int32_t> known_place;
    for (size_t k = 0; k < doc_.entities.size(); ++k) {
      const Entity& e = doc_.entities[k];
      if (e.source == "recognised"sv)
        votes[e.id][e.type] += vote_weight(static_cast<int32_t>(k));
    }
    for (const auto& [e, first, last] : mention_words()) {
      const Entity& place = doc_.entities[e];
      if ((place.source == "gazetteer"sv || place.source == "lexicon"sv) && is_place_type(place.type) &&
          after_place_preposition(first, last))
        known_place.emplace(new_id(first, last), e);
    }
    // Surer than a given name or surname ("Brittany"), less sure than the name's own evidence
    // ("Mr Campbell").
    for (const auto& [key, k] : known_place)
      if (auto it = votes.find(key); it != votes.end())
        it->second[doc_.entities[k].type] += kKnownPlaceVote;
    for (size_t k = 0; k < doc_.entities.size(); ++k) {
      Entity& e = doc_.entities[k];
      if (e.source != "recognised"sv) continue;
      const auto& v = votes[e.id];
      if (v.size() < 2) continue;
      std::string best;
      int64_t n = -1;
      for (const auto& [type, count] : v)
        if (count > n || (count == n && type < best)) best = type, n = count;
      e.type = best;
      auto place = known_place.find(e.id);
      if (place != known_place.end() && doc_.entities[place->second].type == best) {
        // The place the dictionary matched: one id, its coordinates.
        Entity same = doc_.entities[place->second];
        same.span = e.span;
        same.source = "coreference";
        same.antecedent = place->second;
        e = std::move(same);
      }
    }
  }

  // Names in one list are things of one kind: "Bedhampton and Havant", "Tieck, Schelling and
  // Novalis". A one-word name typed by a guess only takes the type most of the surely typed
  // names of its list have (dictionary and gazetteer names, names typed by their words or
  // their description). Names with only commas between them make a list from three on: two
  // are too often something else ("Outback Press, Collingwood"; "back to Iraq, Guhdar said").
  void coordinate_types() {
    const std::vector<MentionWords> mentions = mention_words();
    // The separator between two neighbouring mentions: 0 none, 1 a comma, 2 a conjunction.
    auto separator = [&](const MentionWords& a, const MentionWords& b) {
      if (words_[a.first].sentence != words_[b.first].sentence) return 0;
      std::string gap;
      for (char c : doc_.slice({words_[a.last - 1].span.end, words_[b.first].span.begin}))
        if (c != ' ') gap.push_back(c);
      if (gap == ","sv) return 1;
      return in(gap, {"and", ",and", "or", ",or", "&", "and/or"}) ? 2 : 0;
    };
    // A mention's say in its list, as in vote_types; dictionary and gazetteer names count
    // as known places do there, guesses not at all.
    auto say = [&](int32_t e) -> int64_t {
      if (doc_.entities[e].source != "recognised"sv) return kKnownPlaceVote;
      return evidence_of(e) == kGuess ? 0 : vote_weight(e);
    };
    auto retypable = [&](int32_t e) {
      return doc_.entities[e].source == "recognised"sv && evidence_of(e) != kOwnWords;
    };
    for (size_t i = 0; i < mentions.size();) {
      size_t j = i + 1;
      bool conjunction = false;
      for (; j < mentions.size(); ++j) {
        int sep = separator(mentions[j - 1], mentions[j]);
        if (sep == 0) break;
        conjunction = conjunction || sep == 2;
      }
      // "bands like New Order, Interpol or Joy Division", "clients include Sub-Zero and
      // Herman Miller": the noun the list exemplifies types its names.
      std::string best = exemplified_type(mentions[i].first);
      // Else the type that has most say in the list, for its one-word names: a longer
      // name is surer of its own type.
      bool exemplified = !best.empty();
      if (!exemplified && (conjunction || j - i >= 3)) {
        std::unordered_map<std::string, int64_t> types;
        int64_t total = 0, n = 0;
        for (size_t k = i; k < j; ++k) {
          types[doc_.entities[mentions[k].entity].type] += say(mentions[k].entity);
          total += say(mentions[k].entity);
        }
        for (const auto& [type, weight] : types)
          if (weight > n || (weight == n && type < best)) best = type, n = weight;
        if (n * 2 <= total) best.clear();
      }
      for (size_t k = i; k < j && !best.empty(); ++k) {
        const MentionWords& m = mentions[k];
        if (retypable(m.entity) && doc_.entities[m.entity].type != best &&
            (exemplified || m.last - m.first == 1))
          retype(m.entity, best, m.first, m.last);
      }
      i = j;
    }
  }

  // The type of the things a list that opens at word `first` gives examples of: "bands like
  // X", "companies such as X", "venues including X", "clients include X"; "" when no plural
  // describing noun (see describing_type) introduces it.
  std::string exemplified_type(size_t first) const {
    const uint32_t sentence = words_[first].sentence;
    auto lower = [&](size_t back) -> const Word* {
      if (first < back) return nullptr;
      const Word& w = words_[first - back];
      return w.sentence == sentence && !w.capitalised ? &w : nullptr;
    };
    const Word* cue = lower(1);
    size_t noun_at = 2;
    if (cue && cue->fold == "as"sv && lower(2) && lower(2)->fold == "such"sv) noun_at = 3;
    else if (!cue || !in(cue->fold, {"like", "including", "include", "includes", "included"}))
      return {};
    const Word* noun = lower(noun_at);
    if (!noun) return {};
    // The singular: "companies" -> "company", "churches" -> "church", "bands" -> "band".
    const std::string singular = lexicon::regular_singular(noun->fold);
    if (singular.empty()) return {};
    Word head;
    head.flags = ev_.flags_of_hash(lexicon::word_hash(singular));
    return describing_type(head);
  }

  // Gives recognised mention `e` over words [first, last) a type the document's evidence
  // says; a place is looked up in the gazetteer now that it is known to be one.
  void retype(int32_t e, const std::string& type, size_t first, size_t last) {
    Entity& ent = doc_.entities[e];
    ent.type = type;
    type_evidence_.erase(e);
    if (is_place_type(type) && !ent.has_coords) geocode_recognised(ent, first, last);
  }

  // The type a head word gives the name it ends, or "".
  static std::string type_of_head(const Word& w) {
    if (w.has(kEventHead)) return "MISC";
    if (w.has(kOrgHead)) return "ORG";
    if (w.has(kFacilityHead)) return "FAC";
    if (w.has(kAdminHead)) return "GPE";
    if (w.has(kPlaceHead)) return "LOC";
    return {};
  }

  // The type a noun describing a name gives it: a head word's ("the band X"), or a person's
  // for nouns of persons ("X is a Canadian novelist").
  static std::string describing_type(const Word& w) {
    if (std::string type = type_of_head(w); !type.empty()) return type;
    return w.has(kPersonNoun) ? "PERSON" : std::string();
  }

  // The type the text gives a name [first, last) by describing it: "Aisby is a small
  // village in ...", "Zendaro was a tractor company", "Ruud Kessel is a Dutch guitarist",
  // "the band Deadsy", "the village of Atwick". The describing noun is a head word or a
  // person's noun that ends its phrase; "" when none does.
  std::string described_type(size_t first, size_t last) const {
    const uint32_t sentence = words_[first].sentence;
    auto lower_word = [&](size_t k) {
      return k < words_.size() && words_[k].sentence == sentence && !words_[k].capitalised;
    };
    // Words between the article and the noun: lower-case ones, nationalities and places ("an
    // American football player", "a Brazilian manufacturer", "a Texas company").
    auto modifier = [&](size_t k) {
      if (lower_word(k)) return true;
      if (k >= words_.size() || words_[k].sentence != sentence || words_[k].taken < 0 ||
          !words_[k].joined_to_previous)
        return false;
      const std::string& type = doc_.entities[words_[k].taken].type;
      return type == "NORP"sv || is_place_type(type);
    };
    // A noun ends its phrase when punctuation, a preposition or a clause follows it.
    auto ends_phrase = [&](size_t k) {
      return k + 1 >= words_.size() || words_[k + 1].sentence != sentence ||
             !words_[k + 1].joined_to_previous ||
             in(words_[k + 1].fold, {"in", "of", "by", "from", "on", "at", "near", "with", "for",
                                     "founded", "based", "located", "formed", "released",
                                     "that", "which", "who", "and", "whose"});
    };
    // A parenthesis after the name: "X (born 1963 in Y)" is a person; the description may
    // follow it ("X (1764-1839) was a German novelist").
    std::string_view rest = std::string_view(doc_.text).substr(words_[last - 1].span.end);
    size_t open = rest.find_first_not_of(' ');
    if (open != std::string_view::npos && rest[open] == '(' && lower_word(last)) {
      if (in(words_[last].fold, {"born", "died", "nee", "b", "d"})) return "PERSON";
      size_t close = rest.find(')');
      uint32_t after = words_[last - 1].span.end + static_cast<uint32_t>(close + 1);
      while (close != std::string_view::npos && last < words_.size() &&
             words_[last].sentence == sentence && words_[last].span.begin < after)
        ++last;
    }
    // After the name: a copula, an article, then up to three words to the head noun.
    if (lower_word(last) && in(words_[last].fold, {"is", "was", "are", "were"}) &&
        lower_word(last + 1) && in(words_[last + 1].fold, {"a", "an", "the"}))
      for (size_t k = last + 2; k < last + 6 && modifier(k); ++k)
        if (std::string type = lower_word(k) ? describing_type(words_[k]) : std::string(); !type.empty())
          // "X was the state's best lineman": a possessive is no head of the phrase.
          return ends_phrase(k) && !possessive_after(k + 1) ? type : std::string();
    // A place's head word in lower case right after it: "Atwick parish", "the Mandovi river".
    if (lower_word(last) && words_[last].joined_to_previous && words_[last].has(kPlaceHead))
      return type_of_head(words_[last]);
    // Before it: "the band X"; "the village of X" (places only: "the band of X" is no band).
    if (first >= 1 && lower_word(first - 1) && words_[first].joined_to_previous)
      if (std::string type = describing_type(words_[first - 1]); !type.empty()) return type;
    if (first >= 2 && words_[first - 1].fold == "of"sv && lower_word(first - 2) &&
        words_[first - 2].has(kAdminHead | kPlaceHead))
      return type_of_head(words_[first - 2]);
    // In apposition, between commas: "his latest album, Home, ...", "the drummer, Vic Tane,".
    if (first >= 2 && lower_word(first - 1) && !words_[first].joined_to_previous &&
        doc_.slice({words_[first - 1].span.end, words_[first].span.begin}).find(',') !=
            std::string_view::npos &&
        (last >= words_.size() || words_[last].sentence != sentence || !words_[last].joined_to_previous))
      for (size_t k = first - 2; k + 4 >= first && k < first && lower_word(k); --k)
        if (in(words_[k].fold, {"the", "a", "an", "his", "her", "their", "its", "our"}))
          return describing_type(words_[first - 1]);
    return {};
  }

  // Recognised names the text describes take the describing noun's type, in every mention.
  // A recognised name typed by a guess only takes the type the words around it give
  // (cue_type) in that mention; vote_types then gives it to the name's other mentions.
  void describe_types() {
    std::unordered_map<std::string, std::string> described;  // id -> type
    std::vector<std::pair<MentionWords, std::string>> cued;
    std::unordered_map<std::string, std::string> teams;  // gazetteer id -> the club's id
    for (const MentionWords& m : mention_words()) {
      const auto& [e, first, last] = m;
      if (doc_.entities[e].source == "recognised"sv) {
        // A name with a head word of its own keeps its type ("the post World War II years").
        if (std::string type = structural_type(first, last).empty() ? described_type(first, last) : "";
            !type.empty())
          described.emplace(doc_.entities[e].id, type);
        else if (evidence_of(e) != kOwnWords)
          if (std::string cue = cue_type(first, last); !cue.empty()) cued.emplace_back(m, cue);
      } else if (doc_.entities[e].source == "gazetteer"sv && cue_type(first, last) == "ORG"sv) {
        // "played with Footscray", "signed for Lausanne": a club named after its town. The
        // gazetteer's guess gives way in every mention of the town's name.
        teams.emplace(doc_.entities[e].id, new_id(first, last));
      }
    }
    for (const auto& [m, type] : cued) retype(m.entity, type, m.first, m.last);
    for (Entity& e : doc_.entities)
      if (auto club = teams.find(e.id); e.source == "gazetteer"sv && club != teams.end()) {
        Entity team;
        team.span = e.span;
        team.type = "ORG";
        team.name = std::string(doc_.slice(e.span));
        team.id = club->second;
        team.source = "recognised";
        e = std::move(team);
      }
    for (size_t k = 0; k < doc_.entities.size(); ++k) {
      Entity& e = doc_.entities[k];
      if (e.source != "recognised"sv) continue;
      if (auto it = described.find(e.id); it != described.end()) {
        e.type = it->second;
        described_ids_.insert(e.id);
        type_evidence_.erase(static_cast<int32_t>(k));
      }
    }
  }

  // The type the words just around a name [first, last) give it, or "": what is played for,
  // signed with or joined is an organisation ("played for Footscray", "signed to
  // Deltasonic"); where one is born or based, a place ("born in Waikabubak", "the
  // Perth-based"); who founds, marries or fathers, a person ("founded by Gary LeGare", "son
  // of"). A "the" before the name is skipped.
  std::string cue_type(size_t first, size_t last) const {
    const uint32_t sentence = words_[first].sentence;
    auto lower = [&](size_t k, size_t back) -> std::string_view {
      if (k < back) return {};
      const Word& w = words_[k - back];
      return w.sentence == sentence && !w.capitalised ? std::string_view(w.fold) : std::string_view();
    };
    size_t start = first;
    if (lower(start, 1) == "the"sv) --start;
    std::string_view verb = lower(start, 2), prep = lower(start, 1);
    if (in(prep, {"for", "with", "to", "by"}) &&
        in(verb, {"played", "plays", "playing", "signed", "signing", "signs", "loaned", "traded",
                  "drafted", "recorded", "released"}) &&
        !(prep == "with"sv && verb != "signed"sv))
      return "ORG";
    if (in(prep, {"joined", "joining", "joins", "coached", "coaching", "captained"}))
      return "ORG";
    if (in(prep, {"by", "of"}) && in(verb, {"acquired", "bought", "owned", "subsidiary",
                                            "sponsored", "shareholder", "shareholders",
                                            "employed", "unit", "division"}))
      return "ORG";
    if (prep == "in"sv && in(verb, {"born", "based", "located", "headquartered", "raised",
                                  "settled", "died", "lived", "lives", "situated"}))
      return "GPE";
    if (prep == "of"sv && in(verb, {"suburb", "outskirts", "north", "south", "east", "west",
                                  "northeast", "northwest", "southeast", "southwest"}))
      return "GPE";
    if (prep == "by"sv && in(verb, {"founded", "co-founded", "directed", "married", "fathered"}))
      return "PERSON";
    if (prep == "of"sv && in(verb, {"son", "daughter", "wife", "husband", "widow", "brother",
                                  "sister", "father", "mother"}))
      return "PERSON";
    // "the Perth-based company": a hyphenated "based" after the name.
    if (words_[last - 1].hyphen_after && last < words_.size() && words_[last].fold == "based"sv &&
        words_[last].sentence == sentence)
      return "GPE";
    // "Ilona does all she can", "Pezuela recognized he was losing": the first pronoun after
    // a name that is no object of a preposition or article ("in Tahiti a year ago, he"), in
    // its sentence and before any other name, is the name's. Acronyms are no persons' names.
    if (words_[first].all_caps ||
        in(prep, {"in", "at", "on", "from", "to", "into", "of", "for", "with", "by", "a", "an", "the"}))
      return {};
    for (size_t k = last; k < words_.size() && words_[k].sentence == sentence && words_[k].taken < 0; ++k) {
      if (words_[k].has(kPersonPronoun) && !words_[k].capitalised) return "PERSON";
      if (in(words_[k].fold, {"it", "its", "they", "their", "them"})) break;
    }
    return {};
  }

  // The type a name's own words give it, or "" when they say nothing: its head word
  // ("Supreme Security Council", "Atlantic City Railroad"; the word before "of" when the last
  // word is no head: "Battle of Mosul", "University of Texas"), an opening place or facility
  // word ("Lake Chad", "Camp Howe"), or a plural after a known place, as teams are named
  // ("Boston Bruins", "Fremantle Dockers").
  std::string structural_type(size_t first, size_t last) const {
    if (last - first < 2) return {};
    constexpr uint32_t kHead = kOrgHead | kEventHead | kFacilityHead | kPlaceHead;
    size_t head = last - 1;
    // "World War II", "Super Bowl 50": a number after the head word.
    if (!words_[head].has(kHead) && is_number_or_numeral(words_[head]) && words_[head - 1].has(kHead))
      --head;
    if (!words_[head].has(kHead))
      for (size_t k = first + 1; k + 1 < last; ++k)
        if (words_[k].fold == "of"sv) {
          if (words_[k - 1].has(kHead)) head = k - 1;
          break;
        }
    std::string type = type_of_head(words_[head]);
    // "City Hall", "State Route 5": an administrative unit's word opens other names too.
    const Word& opening = words_[first];
    if (type.empty() && !opening.has(kOrgHead | kEventHead | kAdminHead))
      type = type_of_head(opening);
    const Word& last_word = words_[last - 1];
    bool plural = last_word.capitalised && !last_word.all_caps && last_word.fold.size() > 3 &&
                  last_word.fold.back() == 's' && last_word.fold[last_word.fold.size() - 2] != 's';
    // The plural must be no dictionary name itself: "California Democrats" are two names.
    if (type.empty() && plural && best_place(first, last - 1, false) &&
        lex_.exact(lexicon::combine_word_hash(0, last_word.hash)).empty())
      type = "ORG";
    return type;
  }

  // Names a capitalised run [first, last). `hint` is the statistical tagger's type for it;
  // with `strong_only`, only runs with strong evidence of their own become names.
  void recognise_run(size_t first, size_t last, const std::string* hint = nullptr,
                     bool strong_only = false) {
    // "Professor Amos Frumkin of the Hebrew University", "Member of the Legislative
    // Assembly": a person or a role, then the body after "of" that has a name of its own.
    if (size_t of = person_of_body(first, last); of > 0) {
      recognise_run(first, of, hint, strong_only);
      size_t body = of + 1;
      while (body < last && words_[body].fold == "the"sv) ++body;
      recognise_run(body, last, hint, strong_only);
      return;
    }
    // Split a leading role: "Acting Assistant Secretary of State Joey Hood" (not when the
    // run names a body: "Defense Ministry", "Presidential Guard").
    size_t name_start = first;
    bool military = false;
    bool body = words_[last - 1].has(kOrgHead) || words_[last - 1].has(kFacilityHead) ||
                words_[last - 1].has(kEventHead);
    for (size_t k = first; k < last && !body; ++k) {
      // "Major League Baseball": a title word before a body's head word is part of its name.
      bool opens_body = k + 1 < last && words_[k + 1].has(kOrgHead | kEventHead);
      if (words_[k].has(kTitle) && !opens_body) {
        military = military || words_[k].has(kMilitaryTitle);
        name_start = k + 1;
        // "Secretary of State", "Minister of Defence": the "of X" belongs to the title.
        if (k + 2 < last && words_[k + 1].fold == "of"sv && words_[k + 2].capitalised) {
          name_start = k + 3;
          k += 2;
        }
      } else if (k > first && words_[k - 1].fold != "of"sv) {
        break;
      } else if (k == first) {
        break;
      }
    }
    bool titled = name_start > first;
    // A role word right before the run ("spokesman Ali", "Gen. Ali" split by a period).
    if (!titled && after_title(first)) {
      titled = true;
      military = words_[first - 1].has(kMilitaryTitle);
    }
    size_t name_first = name_start;
    while (name_first < last && !words_[name_first].capitalised) ++name_first;
    if (name_first >= last) return;  // only a title: "Prime Minister"
    // Trailing connectors never end a name.
    size_t name_last = last;
    while (name_last > name_first && words_[name_last - 1].has(kConnector) &&
           !words_[name_last - 1].capitalised)
      --name_last;
    if (name_last <= name_first) return;

    size_t n = name_last - name_first;
    std::string type;
    // "Sabereen news agency": a lower-case outlet head after the name.
    size_t extended_last = name_last;
    if (name_last + 1 < words_.size() && words_[name_last].sentence == words_[name_first].sentence &&
        words_[name_last].fold == "news"sv &&
        in(words_[name_last + 1].fold, {"agency", "network", "channel", "site", "website"})) {
      extended_last = name_last + 2;
      type = "ORG";
    } else if (name_last < words_.size() && words_[name_last].sentence == words_[name_first].sentence &&
               in(words_[name_last].fold, {"television", "newspaper", "daily"}) &&
               !words_[name_last].capitalised) {
      extended_last = name_last + 1;
      type = "ORG";
    }
    // Strong evidence from the words themselves decides first; then the statistical tagger's
    // type when it proposed the span; the weaker cues only when there is no tagger.
    if (type.empty()) {
      std::string structural = structural_type(name_first, name_last);
      if (structural == "ORG"sv || structural == "MISC"sv) type = structural;
      else if (titled) type = "PERSON";
      else type = structural;
    }
    // Types without evidence of the name's own words or context give way to what the rest
    // of the document says (coordinate_types, vote_types).
    TypeEvidence evidence = type.empty() && n == 1 ? kNameList : kOwnWords;
    // An acronym that spells a given name ("ETHEL") opens no person's name.
    bool given_name = words_[name_first].has(kGiven) && !words_[name_first].all_caps;
    if (type.empty() && n <= 4 && given_name &&
        (!hint || *hint != "ORG"sv || n == 1))
      type = "PERSON";  // "Stan", "Ilona Novak": a given name opens a person's name
    if (type.empty() && n == 1 && hint && (*hint == "GPE"sv || *hint == "MISC"sv) &&
        words_[name_first].has(kSurname) && !best_place(name_first, name_last, false))
      type = "PERSON";  // "Mendelssohn": a surname that is no known place
    if (type.empty()) evidence = kGuess;
    if (type.empty() && hint) type = *hint;
    // "Congress", "Parliament": a lone organisation's head word says so itself.
    if (type == "ORG"sv && n == 1 && words_[name_first].has(kOrgHead)) evidence = kOwnWords;
    // "Best Rock", "Beautiful": ordinary capitalised words the dictionary does not list as a
    // nationality or group are no nationality.
    if (type == "NORP"sv &&
        std::all_of(words_.begin() + name_first, words_.begin() + name_last,
                    [](const Word& w) { return w.has(kCommon) || w.has(kConnector); }))
      return;
    // "the Falcons", "Konami won": a lone word that is no given name or surname, names no
    // person named before and says nothing is a person's name only by a guess: a team, band
    // or company far more often.
    if (type == "PERSON"sv && n == 1 && !titled && !words_[name_first].has(kGiven | kSurname) &&
        surname_owner(words_[name_first].fold) < 0 && !person_context(name_first, name_last))
      type = "ORG";
    // "Aisby is a small village in ...": a run nothing else names, that the text describes
    // (not two names and an "and": "the band The Stands and Sean Payne"; not the rest of a
    // name whose first words the dictionary took: "Australian Melodrama is an album").
    bool coordinated = std::any_of(words_.begin() + name_first, words_.begin() + name_last,
                                   [](const Word& w) { return w.fold == "and"sv && !w.capitalised; });
    bool rest_of_name = name_first > 0 && words_[name_first].joined_to_previous &&
                        words_[name_first - 1].capitalised &&
                        words_[name_first - 1].sentence == words_[name_first].sentence;
    if (type.empty() && strong_only && !coordinated && !rest_of_name)
      type = described_type(name_first, name_last);
    if (type.empty() && strong_only) return;
    // "Jared and Shannon", "Daniel and Nettie Stoner": a person's name has no "and"; the run
    // is two names.
    if (type == "PERSON"sv)
      for (size_t k = name_first + 1; k + 1 < name_last; ++k)
        if (words_[k].fold == "and"sv && !words_[k].capitalised) {
          recognise_run(first, k, hint, strong_only);
          recognise_run(k + 1, last, hint, strong_only);
          return;
        }
    if (type.empty()) {
      if (given_name && n <= 4) type = "PERSON";
      else if (words_[name_first].all_caps && n == 1 && words_[name_first].fold.size() <= 6 &&
               !(words_[name_first].hyphen_after)) type = "ORG";
      else if (n >= 2 && n <= 3 && (person_context(name_first, name_last) || name_like(name_first, name_last)))
        type = "PERSON";
      else if (n == 1) {
        // A lone capitalised word: a known surname from earlier in the text, else a name
        // only with a speech verb after it; ordinary words, initials and model numbers
        // ("BM-21", "F-15E") are not names.
        const Word& w = words_[name_first];
        if (w.fold.size() < 2 || (w.hyphen_after && name_first + 1 < words_.size() &&
                                  std::isdigit(static_cast<unsigned char>(words_[name_first + 1].fold[0]))))
          return;
        if (surname_owner(w.fold) >= 0 || (!w.has(kOrgHead) && person_context(name_first, name_last)))
          type = "PERSON";
        else if (w.sentence_start || w.has(kCommon)) return;
        else type = "MISC";
      } else {
        type = "ORG";
      }
    }
    // "65th Air Division", "82nd Airborne Division": a unit's ordinal opens its name.
    if (type == "ORG"sv && name_first == first && first > 0 && words_[first].joined_to_previous &&
        words_[first - 1].taken < 0 && words_[first - 1].sentence == words_[first].sentence &&
        is_ordinal(words_[first - 1].fold))
      name_first = first = first - 1;
    // "Syrian Observatory for Human Rights": a nationality right before an organisation's
    // name is part of it.
    if ((type == "ORG"sv || type == "FAC"sv) && name_first == first && first > 0 &&
        words_[first - 1].taken >= 0 && words_[first - 1].sentence == words_[first].sentence &&
        doc_.entities[words_[first - 1].taken].type == "NORP"sv &&
        words_[first - 1].span.end + 1 == words_[first].span.begin) {
      int32_t norp = words_[first - 1].taken;
      size_t k = first - 1;
      while (k > 0 && words_[k - 1].taken == norp) --k;
      dropped_.insert(norp);
      for (size_t q = k; q < first; ++q) words_[q].taken = -1;
      name_first = first = k;
    }
    if (type == "ORG"sv && resolve_possessive(first, name_first, extended_last)) return;
    Entity ent;
    ent.span = {words_[name_first].span.begin, words_[extended_last - 1].span.end};
    // "Andrew J. Evans Jr.": the suffix's period is part of the name.
    if (type == "PERSON"sv && in(words_[extended_last - 1].fold, {"jr", "sr"}) &&
        ent.span.end < doc_.text.size() && doc_.text[ent.span.end] == '.')
      ++ent.span.end;
    ent.type = type;
    ent.name = std::string(doc_.slice({words_[name_first].span.begin, words_[name_last - 1].span.end}));
    ent.id = new_id(name_first, name_last);
    ent.source = "recognised";
    size_t town_end = 0;
    if (type == "GPE"sv && evidence == kGuess)
      if (const Entry* town = named_after_town(name_first, name_last, town_end)) {
        type = ent.type = "ORG";
        // The town is reported too, as inside other names ("University of Texas").
        Entity place;
        place.span = {words_[name_first].span.begin, words_[town_end - 1].span.end};
        fill_from_entry(place, *town, NameKind::kName);
        place.source = town->from_gazetteer ? "gazetteer" : "lexicon";
        nested_places_.push_back({std::move(place), name_first, town_end});
      }
    if (is_place_type(type)) {
      geocode_recognised(ent, name_first, name_last);
      // A place name that no dictionary or gazetteer knows is kept only when the text itself
      // says it is a place ("in Kasba Bonli", "Oaxaca State"); a bare guess of the tagger
      // is too weak to report as a place nobody can locate.
      if (!ent.has_coords && hint && !locative_cue(name_first, name_last)) return;
    }
    if (type == "PERSON"sv && name_start > first) {
      ent.role = std::string(doc_.slice({words_[first].span.begin, words_[name_start - 1].span.end}));
      ent.affiliation = affiliation_before(first, military);
    } else if (type == "PERSON"sv) {
      ent.affiliation = affiliation_before(name_first, military);
    }
    if (!ent.affiliation.empty())
      if (const Entry* org = lex_.find_id(ent.affiliation)) ent.code = org->code_on(doc_.published);
    if (evidence != kOwnWords) type_evidence_[static_cast<int32_t>(doc_.entities.size())] = evidence;
    add_entity(std::move(ent), name_first, extended_last);
  }

  // The "of" in a run [first, last) that joins a person's name or role to the body it
  // belongs to ("John Vell of the Mahavishnu Orchestra", "Member of the Legislative
  // Assembly"), or 0: the part before opens with a title, given name or surname and has no
  // head word ("University of Texas", "Army of the Potomac" are one name), and the part after
  // ends with one.
  size_t person_of_body(size_t first, size_t last) const {
    constexpr uint32_t kHead = kOrgHead | kEventHead | kFacilityHead | kPlaceHead;
    if (!words_[first].has(kTitle | kGiven | kSurname)) return 0;
    for (size_t k = first + 1; k + 1 < last; ++k) {
      if (words_[k].has(kHead)) return 0;
      if (words_[k].fold != "of"sv || words_[k].capitalised) continue;
      size_t body = k + 1;
      while (body < last && words_[body].fold == "the"sv) ++body;
      return last - body >= 2 && words_[last - 1].has(kHead) ? k : 0;
    }
    return 0;
  }

  // "Perth Glory", "Montreal Victorias", "Sunderland A.F.C.": a city, region or country and
  // more words that are no place's head and name no place: a team or company named after
  // its town. (A small place and more is as often a place the tagger drew too wide,
  // "Immokalee TIGER".)
  // Returns the town's gazetteer entry and its words' end, or nullptr. The town is no
  // ordinary word ("Eastern Ghouta").
  const Entry* named_after_town(size_t first, size_t last, size_t& town_end) const {
    if (last - first < 2 || best_place(first, last, false)) return nullptr;
    for (size_t k = first; k < last; ++k)
      if (words_[k].has(kPlaceHead | kFacilityHead)) return nullptr;
    for (size_t end = last - 1; end > first; --end) {
      if (words_[end - 1].has(kCommon)) continue;
      const Entry* town = best_place(first, end, false);
      if (!town) continue;
      bool big = town->population >= 100000 || town->feature == "country"sv ||
                 town->feature.rfind("ADM1", 0) == 0;
      if (!big || best_place(end, last, false)) return nullptr;
      town_end = end;
      return town;
    }
    return nullptr;
  }

  // "Iraq's Defense Ministry": the country's own body, found under the nationality's form
  // ("Iraqi Defense Ministry") in the dictionary.
  bool resolve_possessive(size_t first, size_t name_first, size_t name_last) {
    if (first == 0 || name_first != first) return false;
    const Word& prev = words_[first - 1];
    if (prev.taken < 0 || prev.sentence != words_[first].sentence) return false;
    std::string_view gap = doc_.slice({prev.span.end, words_[first].span.begin});
    if (gap != "'s "sv && gap != "\xE2\x80\x99s "sv) return false;
    const Entity& owner = doc_.entities[prev.taken];
    const Entry* country = lex_.find_id(owner.id);
    if (!country || owner.type != "GPE"sv) return false;
    for (const auto& demonym : country->demonyms) {
      uint64_t h = 0;
      for (const auto& w : lexicon::name_words(demonym)) h = lexicon::combine_word_hash(h, lexicon::word_hash(w));
      for (size_t k = name_first; k < name_last; ++k) h = lexicon::combine_word_hash(h, words_[k].hash);
      lexicon::Candidates found = lex_.exact(h);
      if (found.empty()) continue;
      for (const auto& c : found) {
        const Entry& e = lex_.entry(c.entry);
        if (e.from_gazetteer) continue;
        Entity ent;
        ent.span = {words_[name_first].span.begin, words_[name_last - 1].span.end};
        fill_from_entry(ent, e, c.kind);
        ent.source = "lexicon";
        add_entity(std::move(ent), name_first, name_last);
        return true;
      }
    }
    return false;
  }

  // Words that read as a personal name: none is an ordinary English word or a head noun.
  bool name_like(size_t first, size_t last) const {
    for (size_t k = first; k < last; ++k) {
      const Word& w = words_[k];
      if (w.article || w.has(kConnector)) continue;
      if (w.all_caps || w.has(kCommon) || w.has(kOrgHead) ||
          w.has(kPlaceHead) || w.has(kFacilityHead))
        return false;
    }
    return true;
  }

  // "John Kirby said", "according to Joey Hood", "Ahmed al-Asadi, a lawmaker".
  bool person_context(size_t first, size_t last) const {
    if (last < words_.size() && words_[last].sentence == words_[first].sentence &&
        in(words_[last].fold, {"said", "says", "told", "added", "stated", "wrote", "tweeted",
                               "claimed", "noted", "stressed", "warned", "urged", "denied",
                               "confirmed", "explained", "continued", "asked", "who"}))
      return true;
    if (first >= 2 && words_[first - 2].fold == "according"sv && words_[first - 1].fold == "to"sv)
      return true;
    return false;
  }

  // The body a role belongs to: the entity just before the title ("Pentagon Press
  // Secretary", "Iraqi Prime Minister"); a country or nationality gives its government or,
  // for military ranks, its armed forces.
  std::string affiliation_before(size_t title_first, bool military) const {
    if (title_first == 0) return {};
    const Word& prev = words_[title_first - 1];
    if (prev.taken < 0 || prev.sentence != words_[title_first].sentence) return {};
    // Only a body written right before the title: "Pentagon Press Secretary", not "ISIS,"
    // closing the previous clause.
    std::string_view gap = doc_.slice({prev.span.end, words_[title_first].span.begin});
    if (gap.find_first_not_of(" ") != std::string_view::npos && gap != "'s "sv && gap != "\xE2\x80\x99s "sv)
      return {};
    const Entity& e = doc_.entities[prev.taken];
    if (e.type == "ORG"sv) return e.id;
    if ((e.type == "NORP"sv || e.type == "GPE"sv) && !e.country.empty()) {
      std::string base = e.country;
      for (auto& c : base) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::string id = base + (military ? ".mil" : ".gov");
      if (lex_.find_id(id)) return id;
      return e.id;
    }
    return {};
  }

  int32_t surname_owner(const std::string& fold) const {
    auto it = surnames_.find(fold);
    return it == surnames_.end() ? -1 : it->second;
  }

  // ---- coreference ----
  void link_short_forms() {
    // Surnames and acronyms defined in the text, in text order.
    std::unordered_map<std::string, int32_t> acronyms;
    std::vector<Entity>& ents = doc_.entities;
    std::vector<int32_t> order(ents.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = static_cast<int32_t>(k);
    std::sort(order.begin(), order.end(),
              [&](int32_t a, int32_t b) { return ents[a].span.begin < ents[b].span.begin; });
    // The name words of mentions' names, computed once each (empty: not yet). Earlier
    // mentions are read for their final names: an entry is cleared once its mention is linked
    // to another's name below.
    std::vector<std::vector<std::string>> final_words(ents.size());
    auto words_of = [&](int32_t j) -> const std::vector<std::string>& {
      if (final_words[j].empty()) final_words[j] = lexicon::name_words(ents[j].name);
      return final_words[j];
    };
    // The mentions the loop below has passed (none dropped), persons and the rest, in text
    // order: a short form is compared with earlier mentions of one kind.
    std::vector<int32_t> earlier_persons, earlier_others;
    auto link_mention = [&](int32_t i) {
      Entity& e = ents[i];
      // The rules below read the words of recognised names, gazetteer places and persons
      // only: most mentions, the dictionary's other names, need none.
      std::span<const std::string> words;
      if (e.source == "recognised"sv || e.source == "gazetteer"sv || e.type == "PERSON"sv)
        words = words_of(i);
      // "Al-Kaabi" is the short form "Kaabi" of "Akram al-Kaabi".
      while (words.size() > 1 && lexicon::is_article(words.front())) words = words.subspan(1);
      // "Abu Mahdi" after "Abu Mahdi al-Muhandis": the opening words of an earlier name.
      if (e.source == "recognised"sv && words.size() >= 2) {
        for (int32_t j : earlier_persons) {
          if (ents[j].span.begin >= e.span.begin) break;
          const std::vector<std::string>& full = words_of(j);
          if (full.size() > words.size() && std::equal(words.begin(), words.end(), full.begin())) {
            e.id = ents[j].id, e.name = ents[j].name, e.code = ents[j].code, e.type = "PERSON";
            e.role = ents[j].role, e.affiliation = ents[j].affiliation;
            e.antecedent = ents[j].antecedent >= 0 ? ents[j].antecedent : j;
            e.source = "coreference";
            break;
          }
        }
        if (e.source == "coreference"sv) return;
      }
      // Not a name the text describes as something else: "Caloi is a bicycle manufacturer"
      // founded by Luigi Caloi.
      bool described_as_other = e.source == "recognised"sv && e.type != "PERSON"sv &&
                                described_ids_.count(e.id);
      if (words.size() == 1 && (e.source == "gazetteer"sv || e.source == "recognised"sv) &&
          !described_as_other) {
        auto it = surnames_.find(words[0]);
        if (it != surnames_.end() && it->second != i &&
            ents[it->second].span.begin < e.span.begin) {
          const Entity& a = ents[it->second];
          e.id = a.id;
          e.name = a.name;
          e.code = a.code;
          e.type = "PERSON";
          e.has_coords = false;
          e.precision.clear();
          e.country = a.country;
          e.role = a.role;
          e.affiliation = a.affiliation;
          e.antecedent = it->second;
          e.source = "coreference";
          return;
        }
      }
      // "the Bruins" after "the Boston Bruins", "Cesaroni Design" after "Cesaroni Design
      // Associates": the closing or opening words of an earlier name of anything but a
      // person (persons' short forms are handled above) keep that name's type.
      if (e.source == "recognised"sv) {
        for (int32_t j : earlier_others) {
          if (ents[j].span.begin >= e.span.begin) break;
          const std::vector<std::string>& full = words_of(j);
          if (full.size() <= words.size()) continue;
          if (std::equal(words.begin(), words.end(), full.begin()) ||
              std::equal(words.rbegin(), words.rend(), full.rbegin())) {
            e.id = ents[j].id, e.name = ents[j].name, e.code = ents[j].code, e.type = ents[j].type;
            e.antecedent = ents[j].antecedent >= 0 ? ents[j].antecedent : j;
            e.source = "coreference";
          }
        }
        if (e.source == "coreference"sv) return;
      }
      if (e.source == "recognised"sv && e.type != "PERSON"sv && !acronyms.empty()) {
        std::string own_key;
        for (const auto& w : lexicon::name_words(doc_.slice(e.span))) own_key += w;
        auto it = acronyms.find(own_key);
        if (it != acronyms.end()) {
          const Entity& a = ents[it->second];
          e.id = a.id, e.name = a.name, e.code = a.code, e.type = a.type;
          e.antecedent = it->second;
          e.source = "coreference";
          return;
        }
      }
      if (e.type == "PERSON"sv && words.size() >= 2) surnames_.emplace(words.back(), i);
      // "Popular Mobilization Units (PMU)": the parenthesised acronym names it from now on.
      std::string_view after = std::string_view(doc_.text).substr(e.span.end);
      if (after.size() > 3 && after.substr(0, 2) == " ("sv) {
        size_t close = after.find(')');
        if (close != std::string_view::npos && close > 2 && close < 14) {
          // "( FLP )" in text tokenised with spaces is "(FLP)".
          std::string acro(lexicon::trim(after.substr(2, close - 2)));
          bool caps = std::all_of(acro.begin(), acro.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '-'; });
          if (caps && abbreviates(acro, doc_.slice(e.span))) acronyms.emplace(lexicon::fold_word(acro), i);
        }
      }
    };
    for (int32_t i : order) {
      if (dropped_.count(i)) continue;
      link_mention(i);
      // A mention linked to an antecedent has taken its name: its words are read anew.
      if (ents[i].source == "coreference"sv) final_words[i].clear();
      (ents[i].type == "PERSON"sv ? earlier_persons : earlier_others).push_back(i);
    }
    // Acronyms recognised before their own definition point are handled above; now the
    // dictionary surnames that waited for context.
    for (const auto& [m, entry] : pending_surnames_) {
      bool earlier = false;
      for (const auto& e : ents)
        if (e.id == lex_.entry(entry).id && e.span.end <= words_[m.first].span.begin) earlier = true;
      bool titled = after_title(m.first);
      bool free = true;
      for (size_t k = m.first; k < m.last; ++k) free = free && words_[k].taken < 0;
      if (!(earlier || titled) || !free) continue;
      Entity ent;
      ent.span = {words_[m.first].span.begin, words_[m.last - 1].span.end};
      fill_from_entry(ent, lex_.entry(entry), NameKind::kName);
      ent.source = earlier ? "coreference" : "lexicon";
      add_entity(std::move(ent), m.first, m.last);
    }
  }

  // Does `acronym` abbreviate `name`: its letters are initials of the name's words, in
  // order ("IRGC" for "Islamic Revolution Guards Corps", "PMU" for "Popular Mobilization
  // Units")?
  static bool abbreviates(std::string_view acronym, std::string_view name) {
    std::vector<std::string> words = lexicon::name_words(name);
    size_t w = 0;
    for (char c : acronym) {
      if (c == '-') continue;
      char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      while (w < words.size() && words[w][0] != lower) ++w;
      if (w == words.size()) return false;
      ++w;
    }
    return true;
  }

  // Entities in text order; antecedent and mention indexes follow them.
  void put_in_text_order() {
    std::vector<Entity>& ents = doc_.entities;
    std::vector<int32_t> order;
    for (size_t k = 0; k < ents.size(); ++k)
      if (!dropped_.count(static_cast<int32_t>(k))) order.push_back(static_cast<int32_t>(k));
    std::stable_sort(order.begin(), order.end(),
                     [&](int32_t a, int32_t b) { return ents[a].span.begin < ents[b].span.begin; });
    std::vector<int32_t> new_index(ents.size(), -1);
    for (size_t k = 0; k < order.size(); ++k) new_index[order[k]] = static_cast<int32_t>(k);
    std::vector<Entity> sorted;
    sorted.reserve(ents.size());
    for (int32_t i : order) {
      sorted.push_back(std::move(ents[i]));
      if (sorted.back().antecedent >= 0) sorted.back().antecedent = new_index[sorted.back().antecedent];
    }
    ents = std::move(sorted);
    for (auto& m : doc_.mentions) m.entity = new_index[m.entity];
    doc_.mentions.erase(std::remove_if(doc_.mentions.begin(), doc_.mentions.end(),
                                       [](const Mention& m) { return m.entity < 0; }),
                        doc_.mentions.end());
  }

  uint32_t sentence_of(uint32_t byte) const {
    auto it = std::lower_bound(words_.begin(), words_.end(), byte,
                               [](const Word& w, uint32_t b) { return w.span.begin < b; });
    return it == words_.end() ? words_.back().sentence : it->sentence;
  }

  void resolve_pronouns() {
    const auto& ents = doc_.entities;
    if (ents.empty()) return;
    for (const Word& w : words_) {
      if (w.taken >= 0) continue;
      std::string kind;
      std::vector<std::string_view> types;
      ByteSpan span = w.span;
      if (w.has(kPersonPronoun) && (w.fold.size() > 2 || !w.capitalised || w.sentence_start)) {
        kind = "pronoun";
        types = {"PERSON"};
      } else if (w.has(kGroupNoun) && w.span.begin >= 4 &&
                 lexicon::fold_word(doc_.slice({w.span.begin - 4, w.span.begin - 1})) == "the"sv) {
        kind = "nominal";
        types = {"ORG"};
        span.begin -= 4;
      } else {
        continue;
      }
      // The nearest earlier mention of a fitting type within the last two sentences.
      int32_t best = -1;
      for (int32_t i = static_cast<int32_t>(ents.size()) - 1; i >= 0; --i) {
        if (ents[i].span.end > w.span.begin) continue;
        if (std::find(types.begin(), types.end(), ents[i].type) == types.end()) continue;
        best = i;
        break;
      }
      if (best < 0) continue;
      if (w.sentence > sentence_of(ents[best].span.begin) + 2) continue;
      doc_.mentions.push_back({span, ents[best].antecedent >= 0 ? ents[best].antecedent : best, kind});
    }
  }

  // How many words ahead the table lookups of a loop over the words request their memory.
  static constexpr size_t kLookAhead = 16;

  Document& doc_;
  const Lexicon& lex_;
  const NameEvidence& ev_;
  const nlp::EntityTagger* tagger_;
  std::vector<Word> words_;
  std::vector<Match> matches_;
  std::unordered_map<std::string, double> country_weight_;
  std::vector<std::pair<Match, uint32_t>> pending_surnames_;
  struct NestedPlace {
    Entity place;
    size_t first, last;  // its words
  };
  std::vector<NestedPlace> nested_places_;
  std::unordered_map<std::string, int32_t> surnames_;
  std::vector<bool> title_case_;  // by sentence
  std::unordered_set<std::string> surnames_in_text_;
  std::unordered_set<int32_t> dropped_;  // entities merged into a longer name
  // What the type of a recognised name rests on, when less than its words or context (see
  // TypeEvidence; absent: kOwnWords).
  std::unordered_map<int32_t, TypeEvidence> type_evidence_;
  std::unordered_set<std::string> described_ids_;  // recognised names the text describes
};

std::vector<std::string> read_list(const std::string& path) {
  std::vector<std::string> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty() && line[0] != '#') out.push_back(line);
  return out;
}

// data/lexicon/name_heads.txt: "KIND word word ..." lines (the file describes the kinds).
std::vector<std::pair<std::string, uint32_t>> read_head_words(const std::string& path) {
  static const std::unordered_map<std::string_view, uint32_t> kinds = {
      {"org", kOrgHead}, {"event", kEventHead}, {"facility", kFacilityHead},
      {"admin", kAdminHead | kPlaceHead}, {"place", kPlaceHead}, {"weapon", kWeaponHead},
      {"person", kPersonNoun}};
  std::vector<std::pair<std::string, uint32_t>> out;
  for (const std::string& line : read_list(path)) {
    std::istringstream fields(line);
    std::string kind, word;
    fields >> kind;
    auto it = kinds.find(kind);
    if (it == kinds.end()) throw std::runtime_error(path + ": unknown kind '" + kind + "'");
    while (fields >> word) out.emplace_back(word, it->second);
  }
  return out;
}

}  // namespace

NameEvidence NameEvidence::load(const std::string& data_dir, const Lexicon& lexicon) {
  NameEvidence ev;
  for (auto& w : read_list(data_dir + "/lexicon/common_words.txt")) ev.common_words.insert(w);
  for (const char* file : {"given_names.txt", "given_names_world.txt"})
    for (auto& w : read_list(data_dir + "/lexicon/" + file)) ev.given_names.insert(lexicon::fold_word(w));
  for (auto& w : read_list(data_dir + "/lexicon/surnames_world.txt"))
    ev.surnames.insert(lexicon::fold_word(w));
  // First names of the dictionary's persons are given names too.
  for (size_t i = 0; i < lexicon.size(); ++i) {
    const Entry& e = lexicon.entry(static_cast<uint32_t>(i));
    if (e.type != "PERSON"sv) continue;
    auto words = lexicon::name_words(e.name);
    if (words.size() >= 2 && !lexicon::is_article(words[0]) && words[0].size() >= 3)
      ev.given_names.insert(words[0]);
  }
  std::unordered_map<uint64_t, uint32_t> flags;
  for (const auto& [word, word_flags] : vocabulary()) flags[lexicon::word_hash(word)] |= word_flags;
  for (const auto& [word, word_flags] : read_head_words(data_dir + "/lexicon/name_heads.txt"))
    flags[lexicon::word_hash(word)] |= word_flags;
  for (const auto& w : ev.common_words) flags[lexicon::word_hash(w)] |= kCommon;
  for (const auto& w : ev.given_names) flags[lexicon::word_hash(w)] |= kGiven;
  for (const auto& w : ev.surnames) flags[lexicon::word_hash(w)] |= kSurname;
  ev.word_flags.reserve(flags.size());
  for (const auto& [hash, word_flags] : flags) ev.word_flags.insert(hash, word_flags);
  return ev;
}

namespace {
// The tagger's evidence bits for a word's flags (NameEvidence::flags_of_hash).
uint32_t evidence_of_flags(uint32_t flags) {
  uint32_t bits = 0;
  if (flags & kGiven) bits |= nlp::kGivenName;
  if (flags & kSurname) bits |= nlp::kSurname;
  if (flags & kCommon) bits |= nlp::kCommonWord;
  if (flags & kOrgHead) bits |= nlp::kOrgHead;
  if (flags & kPlaceHead) bits |= nlp::kPlaceHead;
  if (flags & kFacilityHead) bits |= nlp::kFacilityHead;
  if (flags & kEventHead) bits |= nlp::kEventHead;
  if (flags & kTitle) bits |= nlp::kTitleWord;
  return bits;
}
}  // namespace

void NameEvidence::token_evidence(const Lexicon& lexicon, const std::vector<std::string_view>& words,
                                  std::vector<uint32_t>& evidence,
                                  const std::vector<KnownWord>& known) const {
  evidence.assign(words.size(), 0);
  // The name words of each token ("al-Sha'abi" holds two), with the token each belongs to.
  thread_local std::vector<uint64_t> hashes;
  thread_local std::vector<uint32_t> token_of;
  // The tokens with a fold and the fold's hash: their flags are looked up once all are
  // requested, so that the cache misses overlap.
  thread_local std::vector<std::pair<uint32_t, uint64_t>> folded;
  hashes.clear();
  token_of.clear();
  folded.clear();
  std::string fold;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i < known.size() && known[i].hash) {
      // The caller's fold of a plain word: no article form, so its name word is the fold.
      evidence[i] = evidence_of_flags(known[i].flags);
      hashes.push_back(known[i].hash);
      token_of.push_back(static_cast<uint32_t>(i));
      lexicon.prefetch(lexicon::combine_word_hash(0, hashes.back()));
      continue;
    }
    std::string_view w = words[i];
    bool plain = plain_word(w);
    if (plain) {
      lexicon::fold_ascii_word(w, fold);  // into the same buffer, word after word
    } else {
      fold = lexicon::fold_word(w);
      if (fold.empty()) continue;
    }
    folded.emplace_back(static_cast<uint32_t>(i), lexicon::word_hash(fold));
    word_flags.prefetch(folded.back().second);
    if (plain) {
      // One ASCII word: its only name word is its fold, with "el" read as the article "al".
      hashes.push_back(fold == "el"sv ? lexicon::word_hash("al") : folded.back().second);
      token_of.push_back(static_cast<uint32_t>(i));
      lexicon.prefetch(lexicon::combine_word_hash(0, hashes.back()));
      continue;
    }
    for (const std::string& part : lexicon::name_words(w)) {
      hashes.push_back(lexicon::word_hash(part));
      token_of.push_back(static_cast<uint32_t>(i));
      lexicon.prefetch(lexicon::combine_word_hash(0, hashes.back()));
    }
  }
  for (const auto& [i, hash] : folded) evidence[i] = evidence_of_flags(flags_of_hash(hash));
  // Dictionary and gazetteer names, longest first from the left, as the matcher reads them;
  // a listed form with a capital letter needs a capitalised first word here too.
  auto capitalised = [&](uint32_t token) {
    std::string_view w = words[token];
    size_t p = 0;
    char32_t c = w.empty() ? 0 : text::next_codepoint(w, p);
    return u_isupper(c) || u_istitle(c);
  };
  for (size_t s = 0; s < hashes.size();) {
    uint64_t h = 0;
    size_t best_end = 0;
    uint32_t best_bits = 0;
    size_t limit = std::min(hashes.size(), s + static_cast<size_t>(lexicon.max_words()));
    for (size_t e = s; e < limit; ++e) {
      h = lexicon::combine_word_hash(h, hashes[e]);
      uint32_t bits = 0;
      for (const Candidate& c : lexicon.exact(h)) {
        if (c.has_capital && !capitalised(token_of[s])) continue;
        const Entry& entry = lexicon.entry(c.entry);
        if (entry.from_gazetteer) {
          bits |= nlp::kGazPlace;
          if (entry.population >= 100000 || entry.feature == "country"sv ||
              entry.feature.rfind("ADM1", 0) == 0)
            bits |= nlp::kBigPlace;
        } else if (c.kind == NameKind::kDemonym || entry.type == "NORP"sv) {
          bits |= nlp::kDictNorp;
        } else if (c.kind == NameKind::kSurname) {
          bits |= nlp::kSurname;
        } else if (entry.type == "PERSON"sv) {
          bits |= nlp::kDictPerson;
        } else if (entry.type == "ORG"sv) {
          bits |= nlp::kDictOrg;
        } else if (is_place_type(entry.type)) {
          bits |= nlp::kDictPlace;
        } else {
          bits |= nlp::kDictMisc;
        }
      }
      if (bits) best_end = e + 1, best_bits = bits;
      if (!lexicon.may_continue(h)) break;
    }
    if (!best_end) {
      ++s;
      continue;
    }
    for (size_t k = s; k < best_end; ++k) evidence[token_of[k]] |= best_bits;
    s = best_end;
  }
}

void annotate_entities(Document& doc, const Lexicon& lexicon, const NameEvidence& evidence,
                       const nlp::EntityTagger* tagger) {
  doc.entities.clear();
  doc.mentions.clear();
  EntityFinder(doc, lexicon, evidence, tagger).run();
}

}  // namespace casus::extract
