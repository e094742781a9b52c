#include "link/link_db.h"

#include <simdjson.h>
#include <sqlite3.h>

#include <stdexcept>

#include "io/json_builder.h"
#include "store/sqlite_util.h"

namespace casus::link {
namespace {

using store::check;
using store::column_text;
using Reset = store::StatementReset;

void bind_text(sqlite3_stmt* st, int i, std::string_view s) {
  sqlite3_bind_text(st, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
}

// Runs sql and calls row(st) for each result row.
template <class Row>
void each_row(sqlite3* db, const char* sql, Row row) {
  sqlite3_stmt* st = nullptr;
  check(db, sqlite3_prepare_v2(db, sql, -1, &st, nullptr), SQLITE_OK);
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) row(st);
  sqlite3_finalize(st);
  check(db, rc);
}

std::string passages_json(const std::vector<SharedPassage>& passages) {
  std::string out;
  io::JsonBuilder w(out);
  w.begin_array();
  for (const SharedPassage& p : passages)
    w.begin_array().number(int64_t{p.a_start}).number(int64_t{p.a_end}).number(int64_t{p.b_start})
        .number(int64_t{p.b_end}).number(int64_t{p.shingles}).end_array();
  w.end_array();
  return out;
}

std::vector<SharedPassage> parse_passages(const std::string& json) {
  std::vector<SharedPassage> out;
  simdjson::dom::parser parser;
  simdjson::dom::array rows;
  if (parser.parse(json).get(rows) != simdjson::SUCCESS) return out;
  for (simdjson::dom::element row : rows) {
    uint64_t v[5] = {0, 0, 0, 0, 0};
    size_t i = 0;
    for (simdjson::dom::element x : row.get_array()) {
      if (i < 5 && x.get(v[i]) != simdjson::SUCCESS) v[i] = 0;
      ++i;
    }
    out.push_back({uint32_t(v[0]), uint32_t(v[1]), uint32_t(v[2]), uint32_t(v[3]), uint32_t(v[4])});
  }
  return out;
}

}  // namespace

LinkDb::LinkDb(sqlite3* db) : db_(db) {
  band_members_ = prepare("SELECT ord FROM link_bands WHERE key = ? ORDER BY ord DESC LIMIT ?");
  text_ = prepare(
      "SELECT d.text FROM link_docs l JOIN documents d ON d.id = l.id WHERE l.ord = ?");
  insert_doc_ = prepare("INSERT INTO link_docs(ord, id, passages, features) VALUES (?,?,?,?)");
  insert_band_ = prepare("INSERT OR IGNORE INTO link_bands(key, ord) VALUES (?,?)");
  insert_pair_ = prepare(
      "INSERT OR IGNORE INTO link_pairs(a, b, similarity, containment, copied_from, passages)"
      " VALUES (?,?,?,?,?,?)");
  insert_event_mention_ =
      prepare("INSERT OR IGNORE INTO link_event_mentions(cluster, ord, idx) VALUES (?,?,?)");
  insert_quote_mention_ =
      prepare("INSERT OR IGNORE INTO link_quote_mentions(cluster, ord, idx) VALUES (?,?,?)");
}

LinkDb::~LinkDb() {
  for (auto* st : statements_) sqlite3_finalize(st);
}

sqlite3_stmt* LinkDb::prepare(const char* sql) {
  sqlite3_stmt* st = nullptr;
  check(db_, sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr), SQLITE_OK);
  statements_.push_back(st);
  return st;
}

void LinkDb::restore(Linker& linker) {
  each_row(db_, "SELECT ord, id, passages, features FROM link_docs ORDER BY ord", [&](sqlite3_stmt* st) {
    uint32_t ord = static_cast<uint32_t>(sqlite3_column_int64(st, 0));
    LinkDocument features;
    // A row that no longer parses still holds its place in the sequence: ordinals are ids.
    if (parse_annotated(column_text(st, 3), features)) features = LinkDocument{};
    features.id = column_text(st, 1);
    if (linker.restore_document(std::move(features), uint32_t(sqlite3_column_int(st, 2))) != ord)
      throw std::runtime_error("link tables are inconsistent: document ordinals have gaps");
    linked_.insert(column_text(st, 1));
  });
  each_row(db_, "SELECT a, b, similarity, containment, copied_from, passages FROM link_pairs ORDER BY rowid",
           [&](sqlite3_stmt* st) {
             linker.restore_duplicate({uint32_t(sqlite3_column_int64(st, 0)), uint32_t(sqlite3_column_int64(st, 1)),
                                       sqlite3_column_double(st, 2), sqlite3_column_double(st, 3),
                                       uint32_t(sqlite3_column_int64(st, 4)), parse_passages(column_text(st, 5))});
           });
  each_row(db_, "SELECT cluster, ord, idx FROM link_event_mentions ORDER BY seq", [&](sqlite3_stmt* st) {
    linker.restore_event_mention(uint32_t(sqlite3_column_int64(st, 0)),
                                 {uint32_t(sqlite3_column_int64(st, 1)), sqlite3_column_int(st, 2)});
  });
  each_row(db_, "SELECT cluster, ord, idx FROM link_quote_mentions ORDER BY seq", [&](sqlite3_stmt* st) {
    linker.restore_quote_mention(uint32_t(sqlite3_column_int64(st, 0)),
                                 {uint32_t(sqlite3_column_int64(st, 1)), sqlite3_column_int(st, 2)});
  });
}

void LinkDb::band_members(uint64_t key, size_t limit, std::vector<uint32_t>& out) {
  Reset r{band_members_};
  sqlite3_bind_int64(band_members_, 1, static_cast<int64_t>(key));
  sqlite3_bind_int64(band_members_, 2, static_cast<int64_t>(limit));
  int rc;
  while ((rc = sqlite3_step(band_members_)) == SQLITE_ROW)
    out.push_back(static_cast<uint32_t>(sqlite3_column_int64(band_members_, 0)));
  check(db_, rc);
}

std::string LinkDb::text(uint32_t doc) {
  Reset r{text_};
  sqlite3_bind_int64(text_, 1, doc);
  int rc = sqlite3_step(text_);
  if (rc == SQLITE_ROW) return column_text(text_, 0);
  check(db_, rc);
  return {};
}

void LinkDb::document_added(uint32_t doc, const LinkDocument& features, std::string_view,
                            uint32_t passages, const std::vector<uint64_t>& band_keys) {
  {
    Reset r{insert_doc_};
    sqlite3_bind_int64(insert_doc_, 1, doc);
    bind_text(insert_doc_, 2, features.id);
    sqlite3_bind_int64(insert_doc_, 3, passages);
    bind_text(insert_doc_, 4, features_json(features));
    check(db_, sqlite3_step(insert_doc_));
  }
  for (uint64_t key : band_keys) {
    Reset r{insert_band_};
    sqlite3_bind_int64(insert_band_, 1, static_cast<int64_t>(key));
    sqlite3_bind_int64(insert_band_, 2, doc);
    check(db_, sqlite3_step(insert_band_));
  }
  linked_.insert(features.id);
}

void LinkDb::duplicate_found(const DuplicatePair& p) {
  Reset r{insert_pair_};
  sqlite3_bind_int64(insert_pair_, 1, p.a);
  sqlite3_bind_int64(insert_pair_, 2, p.b);
  sqlite3_bind_double(insert_pair_, 3, p.similarity);
  sqlite3_bind_double(insert_pair_, 4, p.containment);
  sqlite3_bind_int64(insert_pair_, 5, p.copied_from);
  bind_text(insert_pair_, 6, passages_json(p.passages));
  check(db_, sqlite3_step(insert_pair_));
}

void LinkDb::insert_mention(sqlite3_stmt* insert, uint32_t cluster, MentionRef m) {
  Reset r{insert};
  sqlite3_bind_int64(insert, 1, cluster);
  sqlite3_bind_int64(insert, 2, m.doc);
  sqlite3_bind_int(insert, 3, m.index);
  check(db_, sqlite3_step(insert));
}

void LinkDb::event_mention_added(uint32_t cluster, MentionRef m) {
  insert_mention(insert_event_mention_, cluster, m);
}

void LinkDb::quote_mention_added(uint32_t cluster, MentionRef m) {
  insert_mention(insert_quote_mention_, cluster, m);
}

void LinkDb::write_records(const std::vector<LinkRecord>& records) {
  check(db_, sqlite3_exec(db_, "DELETE FROM link_records", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  check(db_,
        sqlite3_prepare_v2(db_,
                           "INSERT OR REPLACE INTO link_records(kind, id, type, date_first, date_last,"
                           " actors, location, outlets, lat, lon, data) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                           -1, &st, nullptr),
        SQLITE_OK);
  for (const LinkRecord& rec : records) {
    auto text_or_null = [&](int i, const std::string& s) {
      if (s.empty()) sqlite3_bind_null(st, i);
      else bind_text(st, i, s);
    };
    bind_text(st, 1, rec.kind);
    bind_text(st, 2, rec.id);
    text_or_null(3, rec.type);
    text_or_null(4, rec.date_first);
    text_or_null(5, rec.date_last);
    text_or_null(6, rec.actors);
    text_or_null(7, rec.location);
    std::string outlets;
    io::JsonBuilder w(outlets);
    w.begin_array();
    for (const auto& o : rec.outlets) w.string(o);
    w.end_array();
    bind_text(st, 8, outlets);
    if (rec.has_coords) {
      sqlite3_bind_double(st, 9, rec.lat);
      sqlite3_bind_double(st, 10, rec.lon);
    } else {
      sqlite3_bind_null(st, 9);
      sqlite3_bind_null(st, 10);
    }
    bind_text(st, 11, rec.json);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) {
      sqlite3_finalize(st);
      check(db_, rc);
    }
  }
  sqlite3_finalize(st);
}

}  // namespace casus::link
