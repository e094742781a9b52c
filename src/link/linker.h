// Linking across articles, online: documents arrive one at a time (input order for `casus
// link`, ingest order for `casus ingest`) and each is linked against everything before it.
// The same sequence gives the same links whether it arrives in one run or in many batches,
// which is what lets ingest update a stored corpus without recomputing it.
//
// What is remembered between documents lives behind LinkIndex: in memory for `casus link`,
// in the SQLite store for ingest (link/link_db.h), written through as links are found.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "link/dates.h"
#include "link/link_document.h"
#include "link/shingles.h"

namespace casus::link {

struct DuplicatePair {
  uint32_t a = 0, b = 0;  // document ordinals, a < b
  double similarity = 0, containment = 0;
  uint32_t copied_from = 0;  // the ordinal of the earlier one
  std::vector<SharedPassage> passages;
};

struct MentionRef {
  uint32_t doc = 0;   // document ordinal
  int32_t index = 0;  // into that document's events or quotes
};

class LinkIndex {
 public:
  virtual ~LinkIndex() = default;
  // Up to `limit` documents whose passages carried this LSH key, newest first.
  virtual void band_members(uint64_t key, size_t limit, std::vector<uint32_t>& out) = 0;
  // The text of an earlier document, to compare it exactly with a candidate copy.
  virtual std::string text(uint32_t doc) = 0;
  // Called as the linker learns things, so a persistent index can write them through.
  virtual void document_added(uint32_t doc, const LinkDocument& features, std::string_view text,
                              uint32_t passages, const std::vector<uint64_t>& band_keys) = 0;
  virtual void duplicate_found(const DuplicatePair&) {}
  virtual void event_mention_added(uint32_t cluster, MentionRef) {}
  virtual void quote_mention_added(uint32_t cluster, MentionRef) {}
};

class MemoryLinkIndex : public LinkIndex {
 public:
  void band_members(uint64_t key, size_t limit, std::vector<uint32_t>& out) override;
  std::string text(uint32_t doc) override { return doc < texts_.size() ? texts_[doc] : std::string(); }
  void document_added(uint32_t doc, const LinkDocument&, std::string_view text, uint32_t,
                      const std::vector<uint64_t>& band_keys) override;

 private:
  std::unordered_map<uint64_t, std::vector<uint32_t>> bands_;
  std::vector<std::string> texts_;
};

struct LinkOptions {
  // An LSH bucket shared by more documents than this is boilerplate or a wire story in many
  // outlets: only its newest members are compared (copies of copies still join one story).
  size_t bucket_limit = 32;
  // A pair is a duplicate when its Jaccard similarity reaches min_similarity; or when at
  // least min_shared shingles are shared and they are min_containment of the smaller article;
  // or when the passages they share hold min_copied_shingles (about three short paragraphs
  // reused verbatim, whatever the length of either article).
  double min_similarity = 0.5, min_containment = 0.4;
  uint32_t min_shared = 12, min_copied_shingles = 60;
  // Quotes: shared content words / content words of the shorter wording.
  double quote_min_overlap = 0.6;
  uint32_t quote_min_shared_words = 3;
  // Events within one story: reported within this many days of each other.
  int story_window_days = 7;
  // Event locations with coordinates this close are the same place.
  double same_place_km = 30;
};

struct EventCluster {
  std::vector<MentionRef> mentions;
  std::string type;
  DayInterval dates{};  // the days every mention allows (their intersection)
  bool has_dates = false;
  std::vector<std::string> actor_keys, recipient_keys, location_keys;
  std::vector<std::pair<double, double>> places;  // coordinates of the mentions' locations
};

struct QuoteCluster {
  std::vector<MentionRef> mentions;
  // The distinct wordings of its mentions, each as its sorted content-word hashes.
  std::vector<std::vector<uint64_t>> wordings;
  std::vector<std::string> speaker_keys;
};

// One output record (CONTRACT.md "casus link"), with the fields queries filter on.
struct LinkRecord {
  std::string kind, id;  // id: s1, e1, q1; for duplicates "a|b", disputes "event/category"
  std::string json;
  std::string type, date_first, date_last, actors, location;
  std::vector<std::string> outlets;
  double lat = 0, lon = 0;
  bool has_coords = false;
};

class Linker {
 public:
  explicit Linker(LinkIndex& index, LinkOptions options = {});

  // Links the next document against all earlier ones; returns its ordinal.
  uint32_t add(LinkDocument doc);

  // Rebuilding the state a persistent index saved (in the order it was found).
  uint32_t restore_document(LinkDocument features, uint32_t passages);
  void restore_duplicate(DuplicatePair pair);
  void restore_event_mention(uint32_t cluster, MentionRef mention);
  void restore_quote_mention(uint32_t cluster, MentionRef mention);

  // Every record, in a stable order: duplicates, stories, events, quotes, disputes.
  std::vector<LinkRecord> records() const;

  size_t documents() const { return docs_.size(); }
  const std::vector<DuplicatePair>& duplicates() const { return duplicates_; }
  const std::vector<EventCluster>& event_clusters() const { return events_; }
  const std::vector<QuoteCluster>& quote_clusters() const { return quotes_; }

 private:
  void find_copies(uint32_t ord, const ShingledText& shingled, std::string_view text);
  void link_events(uint32_t ord);
  void link_quotes(uint32_t ord);
  void join_event(uint32_t cluster, MentionRef m);
  void join_quote(uint32_t cluster, MentionRef m);
  std::optional<uint32_t> best_event_cluster(const LinkEvent& e, const std::optional<DayInterval>& when) const;
  std::vector<std::vector<uint32_t>> stories() const;

  LinkIndex& index_;
  LinkOptions options_;
  std::vector<LinkDocument> docs_;  // features; the text is dropped once linked
  std::vector<uint32_t> passages_;  // signed passages per document
  std::vector<DuplicatePair> duplicates_;
  std::vector<EventCluster> events_;
  std::vector<QuoteCluster> quotes_;
  // Blocking: event clusters by "TYPE|YYYY-MM" of every month their dates touch; quote
  // clusters by content word.
  std::unordered_map<std::string, std::vector<uint32_t>> events_by_month_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> quotes_by_word_;
};

// Content words of a statement: case-folded, function words dropped, plural -s removed, sorted
// and distinct (for comparing wordings of the same quote).
std::vector<std::string> content_words(std::string_view text);
// The same as sorted, distinct 64-bit hashes (what quotes are compared by).
std::vector<uint64_t> content_word_hashes(std::string_view text);

// Great-circle distance in km.
double distance_km(double lat1, double lon1, double lat2, double lon2);

}  // namespace casus::link
