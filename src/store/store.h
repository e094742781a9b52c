// The embedded store: one SQLite file (WAL) holding articles, their text, sentences, regions
// and annotation layers, with provenance. Writes are transactional and idempotent: ingesting
// the same content again adds nothing, and a run killed at any moment leaves a consistent
// database that the rerun completes.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "casus/document.h"

struct sqlite3;
struct sqlite3_stmt;

namespace casus::store {

enum class PutResult { kAdded, kUpdated, kUnchanged, kDuplicate, kError };

struct Stats {
  int schema_version = 0;
  int64_t documents = 0, sentences = 0, body_sentences = 0, tokens = 0, errors = 0, runs = 0,
          interrupted_runs = 0, aliases = 0;
  std::string first_published, last_published;
  std::map<std::string, int64_t> regions_by_kind;
  std::vector<std::pair<std::string, int64_t>> top_outlets;
  std::map<std::string, int64_t> layers;  // annotation layer -> rows
};

class Store {
 public:
  // Opens (creating and migrating as needed) the database at path; throws std::runtime_error.
  explicit Store(const std::string& path);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  static int schema_version();  // the version this build writes

  int64_t begin_run(const std::string& inputs);
  void finish_run(int64_t run, int64_t documents, int64_t added, int64_t updated,
                  int64_t unchanged, int64_t errors);

  // Stores one annotated document (or its error). Call inside begin()/commit().
  PutResult put(const Document& doc, int64_t run);

  void begin();
  void commit();

  Stats stats();

  sqlite3* handle() { return db_; }

 private:
  void exec(const char* sql);
  void migrate();
  sqlite3_stmt* prepare(const char* sql);
  template <class Item, class WriteFn>
  void put_layer(int64_t doc, const char* layer, const std::vector<Item>& items,
                 const CodepointIndex& cp, WriteFn write);

  sqlite3* db_ = nullptr;
  std::vector<sqlite3_stmt*> statements_;
  sqlite3_stmt *find_by_id_ = nullptr, *find_by_key_ = nullptr, *insert_doc_ = nullptr,
               *update_doc_ = nullptr, *delete_sentences_ = nullptr, *delete_regions_ = nullptr,
               *delete_annotations_ = nullptr, *insert_sentence_ = nullptr,
               *insert_region_ = nullptr, *insert_alias_ = nullptr, *insert_error_ = nullptr,
               *clear_error_ = nullptr, *insert_annotation_ = nullptr;
};

// The identity of a document's content: its text and the metadata that tell one outlet's
// article from another's identical wire copy.
std::string content_key(const Document& doc);

}  // namespace casus::store
