// The linker's memory in the SQLite store (tables of schema version 3, store/store.cpp), so
// `casus ingest` links each new batch against everything stored before without comparing the
// stored documents again: the LSH index is looked up by key, stored texts are read only for
// candidate copies, and cluster memberships are replayed into a Linker at the start of a run.
// Writes happen inside the caller's transaction (one per ingest batch), so a killed run
// leaves documents and their links consistent.
#pragma once
#include <string>
#include <unordered_set>
#include <vector>

#include "link/linker.h"

struct sqlite3;
struct sqlite3_stmt;

namespace casus::link {

class LinkDb : public LinkIndex {
 public:
  explicit LinkDb(sqlite3* db);
  ~LinkDb() override;
  LinkDb(const LinkDb&) = delete;
  LinkDb& operator=(const LinkDb&) = delete;

  // Replays the stored links into an empty linker.
  void restore(Linker& linker);
  // Whether a document id was linked already (in the store or earlier in this run).
  bool linked(const std::string& id) const { return linked_.count(id) > 0; }

  // Replaces the stored records (the view `casus events` and friends read) with these.
  void write_records(const std::vector<LinkRecord>& records);

  void band_members(uint64_t key, size_t limit, std::vector<uint32_t>& out) override;
  std::string text(uint32_t doc) override;
  void document_added(uint32_t doc, const LinkDocument& features, std::string_view text,
                      uint32_t passages, const std::vector<uint64_t>& band_keys) override;
  void duplicate_found(const DuplicatePair& pair) override;
  void event_mention_added(uint32_t cluster, MentionRef mention) override;
  void quote_mention_added(uint32_t cluster, MentionRef mention) override;

 private:
  sqlite3_stmt* prepare(const char* sql);
  // Runs one of the mention inserts: (cluster, document, index within the document).
  void insert_mention(sqlite3_stmt* insert, uint32_t cluster, MentionRef mention);

  sqlite3* db_;
  std::vector<sqlite3_stmt*> statements_;
  sqlite3_stmt *band_members_, *text_, *insert_doc_, *insert_band_, *insert_pair_,
      *insert_event_mention_, *insert_quote_mention_;
  std::unordered_set<std::string> linked_;
};

}  // namespace casus::link
