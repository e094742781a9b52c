#include "link/linker.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

#include "io/json_builder.h"

namespace casus::link {
namespace {

// Function words that carry no content: two wordings of one statement differ in them most.
const std::set<std::string, std::less<>> kFunctionWords = {
    "a", "about", "after", "against", "all", "also", "am", "an", "and", "any", "are", "as",
    "at", "be", "been", "before", "being", "but", "by", "can", "could", "did", "do", "does",
    "for", "from", "had", "has", "have", "he", "her", "him", "his", "i", "if", "in", "into",
    "is", "it", "its", "me", "my", "no", "not", "of", "on", "or", "our", "ours", "over", "s",
    "she", "should", "so", "than", "that", "the", "their", "them", "then", "there", "these",
    "they", "this", "those", "to", "up", "upon", "us", "was", "we", "were", "what", "when",
    "which", "who", "will", "with", "would", "you", "your", "yours"};

// Candidate statements are found through content words in at most this many statements.
constexpr size_t kMaxStatementsPerWord = 1000;

// Event modalities that report something that happened ("" when the stage gives none).
const std::set<std::string, std::less<>> kRealModalities = {"", "asserted", "claimed"};

// Figures that two sources can disagree on about one event.
const std::set<std::string, std::less<>> kDisputedCategories = {
    "killed", "wounded", "killed_or_wounded", "arrested", "displaced"};

std::string fold(std::string_view s) {
  std::string out;
  for (const Word& w : words_of(s)) out += (out.empty() ? "" : " ") + w.folded;
  return out;
}

std::vector<std::string> argument_keys(const LinkArgument& a, bool with_code) {
  std::vector<std::string> keys;
  // A coarse place keeps only its name: it agrees with the same name, never disagrees.
  if (!a.id.empty() && !a.coarse_place()) keys.push_back("id:" + a.id);
  if (with_code && !a.code.empty()) keys.push_back("code:" + a.code);
  if (!a.name.empty()) keys.push_back("name:" + fold(a.name));
  return keys;
}

// Actor codes nest: USAMIL (the US military) is within USA, so the two agree.
bool codes_nest(std::string_view x, std::string_view y) {
  if (x.size() > y.size()) std::swap(x, y);
  return x.size() >= 3 && y.substr(0, x.size()) == x;
}

void add_keys(std::vector<std::string>& into, const std::vector<std::string>& keys) {
  for (const auto& k : keys)
    if (std::find(into.begin(), into.end(), k) == into.end()) into.push_back(k);
}

// An event side some report named without the dictionaries knowing it: it may be any actor.
const char* const kUnresolvedMark = "?";

// Known to the dictionaries: a code, or a dictionary id (not "new:", a name it lacks); for an
// event's side, every report that named it named a known actor.
bool resolved(const std::vector<std::string>& keys) {
  bool known = false;
  for (const std::string& k : keys) {
    if (k == kUnresolvedMark) return false;
    known = known || k.starts_with("code:") || (k.starts_with("id:") && !k.starts_with("id:new:"));
  }
  return known;
}

// 1: the two sides agree (a key in common, or nesting codes); -1: both sides are actors the
// dictionaries know and they differ; 0: otherwise. A phrase the entity stage did not resolve
// ("three targets") or a name the dictionaries lack (whose affiliation is unknown: the IRGC
// may be "Iran" in another report) is too weak to keep two reports apart.
int agreement(const std::vector<std::string>& mention_keys, const std::vector<std::string>& cluster_keys) {
  if (mention_keys.empty() || cluster_keys.empty()) return 0;
  for (const auto& k : mention_keys) {
    for (const auto& c : cluster_keys) {
      if (k == c) return 1;
      if (k.starts_with("code:") && c.starts_with("code:") &&
          codes_nest(std::string_view(k).substr(5), std::string_view(c).substr(5)))
        return 1;
    }
  }
  return resolved(mention_keys) && resolved(cluster_keys) ? -1 : 0;
}

std::vector<std::string> speaker_keys(const LinkQuote& q) {
  std::vector<std::string> keys;
  if (!q.speaker_id.empty()) keys.push_back("id:" + q.speaker_id);
  std::vector<Word> words = words_of(q.speaker);
  // The surname: "Joey Hood" and "Hood" are one speaker across articles.
  if (!words.empty()) keys.push_back("name:" + words.back().folded);
  return keys;
}

size_t shared_count(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t n = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else ++n, ++i, ++j;
  }
  return n;
}

std::vector<std::string> months_of(const DayInterval& d) {
  std::vector<std::string> months;
  for (int day = d.first; day <= d.last && months.size() < 14;) {
    std::string iso = iso_date(day);
    months.push_back(iso.substr(0, 7));
    // Jump to the first of the next month.
    int next = day;
    while (next <= d.last && iso_date(next).compare(0, 7, months.back()) == 0) next += 1;
    day = next;
  }
  return months;
}

// Days an event can be on: its date, else (no date given) the month before publication.
std::optional<DayInterval> event_days(const LinkEvent& e, const LinkDocument& doc) {
  if (!e.date.empty())
    if (auto d = day_interval(e.date)) return d;
  if (auto p = day_number(doc.published)) return DayInterval{*p - 30, *p};
  return std::nullopt;
}

bool earlier(const LinkDocument& x, uint32_t x_ord, const LinkDocument& y, uint32_t y_ord) {
  if (!x.published.empty() && !y.published.empty() && x.published != y.published)
    return x.published < y.published;
  return x_ord < y_ord;
}

struct UnionFind {
  std::vector<uint32_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
  uint32_t find(uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void unite(uint32_t a, uint32_t b) {
    a = find(a), b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

double round3(double v) { return std::round(v * 1000) / 1000; }

}  // namespace

std::vector<std::string> content_words(std::string_view text) {
  std::vector<std::string> out;
  for (Word& w : words_of(text)) {
    if (kFunctionWords.count(w.folded)) continue;
    std::string& s = w.folded;
    if (s.size() > 3 && s.back() == 's' && s[s.size() - 2] != 's') s.pop_back();
    out.push_back(std::move(s));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<uint64_t> content_word_hashes(std::string_view text) {
  std::vector<uint64_t> out;
  for (const std::string& w : content_words(text)) out.push_back(XXH3_64bits(w.data(), w.size()));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double distance_km(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180, kEarthKm = 6371.0;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(h)));
}

void MemoryLinkIndex::band_members(uint64_t key, size_t limit, std::vector<uint32_t>& out) {
  auto it = bands_.find(key);
  if (it == bands_.end()) return;
  const auto& members = it->second;
  for (size_t i = members.size(); i > 0 && members.size() - i < limit; --i) out.push_back(members[i - 1]);
}

void MemoryLinkIndex::document_added(uint32_t doc, const LinkDocument&, std::string_view text,
                                     uint32_t, const std::vector<uint64_t>& band_keys) {
  for (uint64_t k : band_keys) bands_[k].push_back(doc);
  if (texts_.size() <= doc) texts_.resize(doc + 1);
  texts_[doc] = std::string(text);
}

Linker::Linker(LinkIndex& index, LinkOptions options) : index_(index), options_(options) {}

uint32_t Linker::add(LinkDocument doc) {
  uint32_t ord = static_cast<uint32_t>(docs_.size());
  std::string text = std::move(doc.text);
  doc.text.clear();
  ShingledText shingled = shingle_text(text);
  docs_.push_back(std::move(doc));
  passages_.push_back(shingled.passages);
  find_copies(ord, shingled, text);
  index_.document_added(ord, docs_[ord], text, shingled.passages, shingled.band_keys);
  link_events(ord);
  link_quotes(ord);
  return ord;
}

void Linker::find_copies(uint32_t ord, const ShingledText& shingled, std::string_view text) {
  constexpr int kBandsPerPassage = kPassageHashes / kRowsPerBand;
  std::map<uint32_t, uint32_t> hits;  // earlier document -> band keys in common
  std::vector<uint32_t> members;
  for (uint64_t key : shingled.band_keys) {
    members.clear();
    index_.band_members(key, options_.bucket_limit, members);
    for (uint32_t m : members) ++hits[m];
  }
  for (auto [other, count] : hits) {
    // A cheap estimate before the exact comparison: a copied passage shares all its band
    // keys, so `count / bands` estimates the passages in common. One passage in common, too
    // few for the containment threshold even at twice the estimate, is a shared boilerplate
    // paragraph, not a copy.
    double shared_passages = double(count) / kBandsPerPassage;
    uint32_t smaller = std::max<uint32_t>(1, std::min(passages_[other], shingled.passages));
    if (shared_passages < 1.5 && 2 * shared_passages < options_.min_containment * smaller) continue;
    ShingledText earlier_text = shingle_text(index_.text(other));
    CopyComparison c = compare_texts(earlier_text.shingles, shingled.shingles);
    uint32_t copied = 0;
    for (const SharedPassage& p : c.passages) copied += p.shingles;
    bool copy = c.similarity >= options_.min_similarity ||
                (c.shared >= options_.min_shared && c.containment >= options_.min_containment) ||
                copied >= options_.min_copied_shingles;
    if (!copy) continue;
    DuplicatePair pair{other, ord, c.similarity, c.containment,
                       earlier(docs_[ord], ord, docs_[other], other) ? ord : other,
                       std::move(c.passages)};
    index_.duplicate_found(pair);
    duplicates_.push_back(std::move(pair));
  }
}

std::optional<uint32_t> Linker::best_event_cluster(const LinkEvent& e,
                                                   const std::optional<DayInterval>& when) const {
  std::vector<uint32_t> candidates;
  for (const std::string& month : months_of(*when)) {
    auto it = events_by_month_.find(e.type + "|" + month);
    if (it != events_by_month_.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  auto actor = argument_keys(e.actor, true), recipient = argument_keys(e.recipient, true),
       location = argument_keys(e.location, false);
  std::optional<uint32_t> best;
  int best_score = 0, best_days = 0;
  for (uint32_t c : candidates) {
    const EventCluster& cluster = events_[c];
    if (!cluster.dates.overlaps(*when)) continue;
    int a = agreement(actor, cluster.actor_keys), r = agreement(recipient, cluster.recipient_keys),
        l = agreement(location, cluster.location_keys);
    // Coordinates of precise places decide where names do not: "Al Qaim" and "Al-Qaim" with
    // different ids but 2 km apart agree; different places far apart disagree.
    if (l != 1 && e.location.has_coords && !e.location.coarse_place() && !cluster.places.empty()) {
      l = -1;
      for (auto [lat, lon] : cluster.places)
        if (distance_km(lat, lon, e.location.lat, e.location.lon) <= options_.same_place_km) l = 1;
    }
    if (a < 0 || r < 0 || l < 0) continue;
    // Agreeing on the date and type alone is not the same event: something named must match.
    int score = a + r + l;
    if (score == 0) continue;
    if (!best || score > best_score || (score == best_score && cluster.dates.days() < best_days)) {
      best = c;
      best_score = score;
      best_days = cluster.dates.days();
    }
  }
  return best;
}

void Linker::join_event(uint32_t c, MentionRef m) {
  const LinkEvent& e = docs_[m.doc].events[m.index];
  std::optional<DayInterval> when = event_days(e, docs_[m.doc]);
  EventCluster& cluster = events_[c];
  if (cluster.mentions.empty()) {
    cluster.type = e.type;
    cluster.dates = *when;
    for (const std::string& month : months_of(*when)) events_by_month_[e.type + "|" + month].push_back(c);
  } else {
    cluster.dates.first = std::max(cluster.dates.first, when->first);
    cluster.dates.last = std::min(cluster.dates.last, when->last);
  }
  cluster.mentions.push_back(m);
  auto add_side = [](std::vector<std::string>& into, std::vector<std::string> keys) {
    if (!keys.empty() && !resolved(keys)) keys.push_back(kUnresolvedMark);
    add_keys(into, keys);
  };
  add_side(cluster.actor_keys, argument_keys(e.actor, true));
  add_side(cluster.recipient_keys, argument_keys(e.recipient, true));
  add_side(cluster.location_keys, argument_keys(e.location, false));
  if (e.location.has_coords && !e.location.coarse_place())
    cluster.places.emplace_back(e.location.lat, e.location.lon);
}

void Linker::link_events(uint32_t ord) {
  const LinkDocument& doc = docs_[ord];
  for (int32_t i = 0; i < int32_t(doc.events.size()); ++i) {
    const LinkEvent& e = doc.events[i];
    // What did not happen (denied, only threatened or planned), or has no kind or date, is
    // no real event to count.
    std::optional<DayInterval> when = event_days(e, doc);
    if (e.negated || e.type.empty() || !when || !kRealModalities.count(e.modality)) continue;
    std::optional<uint32_t> cluster = best_event_cluster(e, when);
    if (!cluster) {
      cluster = static_cast<uint32_t>(events_.size());
      events_.emplace_back();
    }
    join_event(*cluster, {ord, i});
    index_.event_mention_added(*cluster, {ord, i});
  }
}

void Linker::join_quote(uint32_t c, MentionRef m) {
  const LinkQuote& q = docs_[m.doc].quotes[m.index];
  QuoteCluster& cluster = quotes_[c];
  std::vector<uint64_t> words = content_word_hashes(q.text);
  // The same wording again (a copy) adds nothing to compare with.
  if (std::find(cluster.wordings.begin(), cluster.wordings.end(), words) == cluster.wordings.end()) {
    for (uint64_t w : words) {
      bool known = std::any_of(cluster.wordings.begin(), cluster.wordings.end(), [&](const auto& ws) {
        return std::binary_search(ws.begin(), ws.end(), w);
      });
      if (!known) quotes_by_word_[w].push_back(c);
    }
    cluster.wordings.push_back(std::move(words));
  }
  cluster.mentions.push_back(m);
  add_keys(cluster.speaker_keys, speaker_keys(q));
}

void Linker::link_quotes(uint32_t ord) {
  const LinkDocument& doc = docs_[ord];
  for (int32_t i = 0; i < int32_t(doc.quotes.size()); ++i) {
    const LinkQuote& q = doc.quotes[i];
    if (q.text.empty()) continue;
    std::vector<uint64_t> words = content_word_hashes(q.text);
    std::map<uint32_t, uint32_t> shared;  // cluster -> content words in common (any wording)
    for (uint64_t w : words) {
      auto it = quotes_by_word_.find(w);
      // A word in very many statements finds no particular one; the rarer words do.
      if (it != quotes_by_word_.end() && it->second.size() <= kMaxStatementsPerWord)
        for (uint32_t c : it->second) ++shared[c];
    }
    auto speakers = speaker_keys(q);
    std::optional<uint32_t> best;
    double best_overlap = 0;
    for (auto [c, n] : shared) {
      if (n < options_.quote_min_shared_words) continue;
      const QuoteCluster& cluster = quotes_[c];
      // One person's words: a different named speaker saying the same is another statement
      // (any name counts here, known to the dictionaries or not).
      if (!speakers.empty() && !cluster.speaker_keys.empty() &&
          agreement(speakers, cluster.speaker_keys) != 1)
        continue;
      for (const auto& wording : cluster.wordings) {
        size_t common = shared_count(words, wording);
        if (common < options_.quote_min_shared_words) continue;
        double overlap = double(common) / double(std::min(words.size(), wording.size()));
        if (overlap >= options_.quote_min_overlap && overlap > best_overlap) {
          best = c;
          best_overlap = overlap;
        }
      }
    }
    if (!best) {
      best = static_cast<uint32_t>(quotes_.size());
      quotes_.emplace_back();
    }
    join_quote(*best, {ord, i});
    index_.quote_mention_added(*best, {ord, i});
  }
}

uint32_t Linker::restore_document(LinkDocument features, uint32_t passages) {
  features.text.clear();
  docs_.push_back(std::move(features));
  passages_.push_back(passages);
  return static_cast<uint32_t>(docs_.size() - 1);
}

void Linker::restore_duplicate(DuplicatePair pair) { duplicates_.push_back(std::move(pair)); }

void Linker::restore_event_mention(uint32_t cluster, MentionRef m) {
  if (m.doc >= docs_.size() || m.index < 0 || m.index >= int32_t(docs_[m.doc].events.size())) return;
  if (cluster >= events_.size()) events_.resize(cluster + 1);
  join_event(cluster, m);
}

void Linker::restore_quote_mention(uint32_t cluster, MentionRef m) {
  if (m.doc >= docs_.size() || m.index < 0 || m.index >= int32_t(docs_[m.doc].quotes.size())) return;
  if (cluster >= quotes_.size()) quotes_.resize(cluster + 1);
  join_quote(cluster, m);
}

std::vector<std::vector<uint32_t>> Linker::stories() const {
  UnionFind uf(docs_.size());
  for (const DuplicatePair& p : duplicates_) uf.unite(p.a, p.b);
  // Articles reporting the same event belong to one story when they appeared close together;
  // a report months later that mentions the event as background starts its own.
  for (const EventCluster& c : events_) {
    std::vector<std::pair<int, uint32_t>> by_day;
    for (const MentionRef& m : c.mentions)
      if (auto day = day_number(docs_[m.doc].published)) by_day.emplace_back(*day, m.doc);
    std::sort(by_day.begin(), by_day.end());
    for (size_t i = 1; i < by_day.size(); ++i)
      if (by_day[i].first - by_day[i - 1].first <= options_.story_window_days)
        uf.unite(by_day[i - 1].second, by_day[i].second);
  }
  std::map<uint32_t, std::vector<uint32_t>> groups;  // keyed by the smallest ordinal
  for (uint32_t d = 0; d < docs_.size(); ++d) groups[uf.find(d)].push_back(d);
  std::vector<std::vector<uint32_t>> out;
  for (auto& [root, members] : groups) out.push_back(std::move(members));
  return out;
}

std::vector<LinkRecord> Linker::records() const {
  std::vector<LinkRecord> out;
  auto outlets_of = [&](const std::vector<uint32_t>& docs) {
    std::vector<std::string> outlets;
    for (uint32_t d : docs)
      if (!docs_[d].outlet.empty() && std::find(outlets.begin(), outlets.end(), docs_[d].outlet) == outlets.end())
        outlets.push_back(docs_[d].outlet);
    return outlets;
  };
  auto docs_of = [](const std::vector<MentionRef>& mentions) {
    std::vector<uint32_t> docs;
    for (const MentionRef& m : mentions)
      if (std::find(docs.begin(), docs.end(), m.doc) == docs.end()) docs.push_back(m.doc);
    return docs;
  };
  auto published_range = [&](const std::vector<uint32_t>& docs, LinkRecord& r) {
    for (uint32_t d : docs) {
      std::string day = docs_[d].published.substr(0, 10);
      if (day.empty()) continue;
      if (r.date_first.empty() || day < r.date_first) r.date_first = day;
      if (r.date_last.empty() || day > r.date_last) r.date_last = day;
    }
  };
  auto write_strings = [](io::JsonBuilder& w, const char* key, const std::vector<std::string>& v) {
    w.key(key).begin_array();
    for (const auto& s : v) w.string(s);
    w.end_array();
  };

  for (const DuplicatePair& p : duplicates_) {
    LinkRecord r;
    r.kind = "duplicate";
    r.id = docs_[p.a].id + "|" + docs_[p.b].id;
    r.outlets = outlets_of({p.a, p.b});
    published_range({p.a, p.b}, r);
    io::JsonBuilder w(r.json);
    w.begin_object().field("kind", "duplicate").field("a", docs_[p.a].id).field("b", docs_[p.b].id)
        .field("similarity", round3(p.similarity)).field("containment", round3(p.containment))
        .field("copied_from", docs_[p.copied_from].id);
    w.key("passages").begin_array();
    for (const SharedPassage& s : p.passages) {
      w.begin_object().key("a").begin_array().number(int64_t{s.a_start}).number(int64_t{s.a_end}).end_array();
      w.key("b").begin_array().number(int64_t{s.b_start}).number(int64_t{s.b_end}).end_array().end_object();
    }
    w.end_array().end_object();
    out.push_back(std::move(r));
  }

  std::vector<std::vector<uint32_t>> groups = stories();
  std::vector<std::string> story_of(docs_.size());  // story id of each document in one
  int story_count = 0;
  for (const auto& members : groups) {
    if (members.size() < 2) continue;
    LinkRecord r;
    r.kind = "story";
    r.id = "s" + std::to_string(++story_count);
    for (uint32_t d : members) story_of[d] = r.id;
    r.outlets = outlets_of(members);
    published_range(members, r);
    io::JsonBuilder w(r.json);
    w.begin_object().field("kind", "story").field("id", r.id).key("members").begin_array();
    for (uint32_t d : members) w.string(docs_[d].id);
    w.end_array();
    write_strings(w, "outlets", r.outlets);
    w.key("published").begin_array().string_or_null(r.date_first).string_or_null(r.date_last).end_array();
    w.end_object();
    out.push_back(std::move(r));
  }

  // Figures: a claim is one figure in one article. Each event's claims are the figures its
  // mentions carry; a figure no event carries is another claim about the one event its
  // article gives a figure of that category to ("five wounded ... the coalition said two
  // troops had minor injuries"). Other figures are compared within one story's articles (or
  // a lone article): coarser, since a story can hold several incidents.
  struct Claim {
    uint32_t doc;
    int32_t quantity;
  };
  std::vector<std::vector<Claim>> event_claims(events_.size());
  std::vector<std::set<int32_t>> attached(docs_.size());
  std::map<std::pair<uint32_t, std::string>, std::set<size_t>> carriers;  // (doc, category) -> events
  for (size_t c = 0; c < events_.size(); ++c)
    for (const MentionRef& m : events_[c].mentions)
      for (int32_t q : docs_[m.doc].events[m.index].quantities) {
        if (q < 0 || q >= int32_t(docs_[m.doc].quantities.size()) || !attached[m.doc].insert(q).second) continue;
        event_claims[c].push_back({m.doc, q});
        carriers[{m.doc, docs_[m.doc].quantities[q].category}].insert(c);
      }
  std::map<std::string, std::vector<Claim>> story_claims;  // story id or "doc:" id -> claims
  for (uint32_t d = 0; d < docs_.size(); ++d)
    for (int32_t q = 0; q < int32_t(docs_[d].quantities.size()); ++q) {
      if (attached[d].count(q)) continue;
      auto carrier = carriers.find({d, docs_[d].quantities[q].category});
      if (carrier != carriers.end() && carrier->second.size() == 1)
        event_claims[*carrier->second.begin()].push_back({d, q});
      else
        story_claims[story_of[d].empty() ? "doc:" + docs_[d].id : story_of[d]].push_back({d, q});
    }
  // Per category of disputable figure: the claims, the conservative figure (the lowest any
  // source gives, the lower end of a range, as ACLED codes fatalities) and the range.
  struct Figures {
    std::vector<Claim> claims;
    double lowest = 0, highest = 0;
    bool disputed = false;  // different values from different sources
  };
  auto figures_of = [&](const std::vector<Claim>& claims) {
    std::map<std::string, Figures> by_category;
    for (const Claim& k : claims) {
      const LinkQuantity& q = docs_[k.doc].quantities[k.quantity];
      if (!q.has_value || !kDisputedCategories.count(q.category)) continue;
      Figures& f = by_category[q.category];
      f.lowest = f.claims.empty() ? q.min : std::min(f.lowest, q.min);
      f.highest = f.claims.empty() ? q.max : std::max(f.highest, q.max);
      f.claims.push_back(k);
    }
    for (auto& [category, f] : by_category) {
      // Sources: the claimant when the article names one, else the article itself.
      std::set<double> values;
      std::set<std::string> sources;
      for (const Claim& k : f.claims) {
        const LinkQuantity& q = docs_[k.doc].quantities[k.quantity];
        values.insert(q.value);
        sources.insert(q.claimant.empty() ? "doc:" + docs_[k.doc].id : "claimant:" + fold(q.claimant));
      }
      f.disputed = values.size() >= 2 && sources.size() >= 2;
    }
    return by_category;
  };
  std::vector<std::pair<LinkRecord, std::map<std::string, Figures>>> disputed;  // (context, figures)

  for (size_t c = 0; c < events_.size(); ++c) {
    const EventCluster& cluster = events_[c];
    if (cluster.mentions.empty()) continue;
    LinkRecord r;
    r.kind = "event";
    r.id = "e" + std::to_string(c + 1);
    r.type = cluster.type;
    std::vector<uint32_t> docs = docs_of(cluster.mentions);
    r.outlets = outlets_of(docs);
    // The record's values: the most precise date, the first mention that names each part.
    const LinkEvent* dated = nullptr;
    int dated_days = 0;
    std::string mode, cameo;
    const LinkArgument *actor = nullptr, *recipient = nullptr, *location = nullptr;
    uint32_t first = cluster.mentions[0].doc;
    for (const MentionRef& m : cluster.mentions) {
      const LinkEvent& e = docs_[m.doc].events[m.index];
      if (auto d = day_interval(e.date); d && (!dated || d->days() < dated_days)) {
        dated = &e;
        dated_days = d->days();
      }
      if (mode.empty()) mode = e.mode;
      if (cameo.empty()) cameo = e.cameo;
      if (!actor && e.actor.present()) actor = &e.actor;
      if (!recipient && e.recipient.present()) recipient = &e.recipient;
      if (!location && e.location.present()) location = &e.location;
      if (location && !location->has_coords && e.location.has_coords) location = &e.location;
      if (earlier(docs_[m.doc], m.doc, docs_[first], first)) first = m.doc;
    }
    r.date_first = iso_date(cluster.dates.first);
    r.date_last = iso_date(cluster.dates.last);
    // "actor -> recipient", one side "?" when no article names it.
    if (actor || recipient)
      r.actors = (actor ? actor->name : "?") + " -> " + (recipient ? recipient->name : "?");
    if (location) {
      r.location = location->name;
      r.has_coords = location->has_coords;
      r.lat = location->lat;
      r.lon = location->lon;
    }
    io::JsonBuilder w(r.json);
    w.begin_object().field("kind", "event").field("id", r.id).field("type", cluster.type)
        .field_or_null("mode", mode).field_or_null("cameo", cameo)
        .field_or_null("actor", actor ? actor->name : "").field_or_null("actor_code", actor ? actor->code : "")
        .field_or_null("recipient", recipient ? recipient->name : "")
        .field_or_null("recipient_code", recipient ? recipient->code : "")
        .field_or_null("location", location ? location->name : "");
    if (r.has_coords) w.field("lat", r.lat).field("lon", r.lon);
    w.key("date");
    if (dated) w.begin_object().field("value", dated->date).field_or_null("precision", dated->date_precision).end_object();
    else w.null();
    w.key("mentions").begin_array();
    for (const MentionRef& m : cluster.mentions)
      w.begin_object().field("doc", docs_[m.doc].id).field("event", m.index).end_object();
    w.end_array().field("articles", docs.size());
    write_strings(w, "outlets", r.outlets);
    w.key("first_report").begin_object().field("doc", docs_[first].id)
        .field_or_null("published", docs_[first].published).end_object();
    // Notes for exports: the sentence of the first report.
    for (const MentionRef& m : cluster.mentions)
      if (m.doc == first) {
        w.field_or_null("notes", docs_[m.doc].events[m.index].sentence_text);
        break;
      }
    std::map<std::string, Figures> figures = figures_of(event_claims[c]);
    w.key("figures").begin_object();
    for (const auto& [category, f] : figures) {
      w.key(category).begin_object().field("conservative", f.lowest);
      w.key("range").begin_array().number(f.lowest).number(f.highest).end_array();
      w.field("claims", f.claims.size()).field("disputed", f.disputed).end_object();
    }
    w.end_object().end_object();
    disputed.emplace_back(r, std::move(figures));
    out.push_back(std::move(r));
  }

  for (size_t c = 0; c < quotes_.size(); ++c) {
    const QuoteCluster& cluster = quotes_[c];
    if (cluster.mentions.empty()) continue;
    LinkRecord r;
    r.kind = "quote";
    r.id = "q" + std::to_string(c + 1);
    std::vector<uint32_t> docs = docs_of(cluster.mentions);
    r.outlets = outlets_of(docs);
    published_range(docs, r);
    const LinkQuote& first = docs_[cluster.mentions[0].doc].quotes[cluster.mentions[0].index];
    for (const MentionRef& m : cluster.mentions) {
      const LinkQuote& q = docs_[m.doc].quotes[m.index];
      if (!q.speaker.empty()) {
        r.actors = q.speaker;
        break;
      }
    }
    io::JsonBuilder w(r.json);
    w.begin_object().field("kind", "quote").field("id", r.id).field_or_null("speaker", r.actors)
        .field("text", first.text).key("mentions").begin_array();
    for (const MentionRef& m : cluster.mentions)
      w.begin_object().field("doc", docs_[m.doc].id).field("quote", m.index).end_object();
    w.end_array().field("articles", docs.size());
    write_strings(w, "outlets", r.outlets);
    w.end_object();
    out.push_back(std::move(r));
  }

  for (auto& [group, claims] : story_claims) {
    LinkRecord context;
    if (!group.starts_with("doc:")) context.id = group;
    context.kind = "story";
    std::vector<uint32_t> members;
    for (const Claim& k : claims)
      if (std::find(members.begin(), members.end(), k.doc) == members.end()) members.push_back(k.doc);
    context.outlets = outlets_of(members);
    published_range(members, context);
    disputed.emplace_back(std::move(context), figures_of(claims));
  }

  for (const auto& [context, figures] : disputed) {
    for (const auto& [category, f] : figures) {
      if (!f.disputed) continue;
      LinkRecord r;
      r.kind = "dispute";
      r.id = (context.id.empty() ? docs_[f.claims[0].doc].id : context.id) + "/" + category;
      r.type = category;
      r.outlets = context.outlets;
      r.actors = context.actors;
      r.location = context.location;
      r.date_first = context.date_first;
      r.date_last = context.date_last;
      r.has_coords = context.has_coords;
      r.lat = context.lat;
      r.lon = context.lon;
      io::JsonBuilder w(r.json);
      w.begin_object().field("kind", "dispute");
      w.field_or_null("event", context.kind == "event" ? context.id : "");
      w.field_or_null("story", context.kind == "story" ? context.id : "");
      w.field("category", category).key("claims").begin_array();
      for (const Claim& k : f.claims) {
        const LinkQuantity& q = docs_[k.doc].quantities[k.quantity];
        w.begin_object().field("doc", docs_[k.doc].id).field("quantity", k.quantity)
            .field("value", q.value).field_or_null("claimant", q.claimant).end_object();
      }
      w.end_array().field("conservative", f.lowest);
      w.key("range").begin_array().number(f.lowest).number(f.highest).end_array().end_object();
      out.push_back(std::move(r));
    }
  }
  return out;
}

}  // namespace casus::link
