#include "store/store.h"
#include "store/sqlite_util.h"

#include <sqlite3.h>
#include <xxhash.h>

#include <cstdio>
#include <ctime>
#include <stdexcept>

#include "io/json_builder.h"
#include "io/json_writer.h"

namespace casus::store {
namespace {

// Each migration takes the schema from version i to i+1; never edit one that has shipped,
// append a new one.
const char* const kMigrations[] = {
    R"sql(
CREATE TABLE documents(
  doc INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_key TEXT NOT NULL,
  title TEXT, published TEXT, outlet TEXT, url TEXT, language TEXT, byline TEXT,
  source_path TEXT, format TEXT,
  text TEXT NOT NULL,
  captions TEXT NOT NULL DEFAULT '[]',
  warnings TEXT NOT NULL DEFAULT '[]',
  run INTEGER,
  ingested_at TEXT NOT NULL);
CREATE INDEX documents_content_key ON documents(content_key);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_outlet ON documents(outlet);
-- Other ids under which the same content arrived (another path to the same file).
CREATE TABLE aliases(id TEXT PRIMARY KEY, doc INTEGER NOT NULL REFERENCES documents(doc));
-- Offsets are Unicode code points into documents.text, as in the JSONL interface.
CREATE TABLE sentences(doc INTEGER NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,
  "end" INTEGER NOT NULL, body INTEGER NOT NULL, tokens INTEGER NOT NULL,
  PRIMARY KEY(doc, idx)) WITHOUT ROWID;
CREATE TABLE regions(doc INTEGER NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,
  "end" INTEGER NOT NULL, kind TEXT NOT NULL, PRIMARY KEY(doc, idx)) WITHOUT ROWID;
-- Annotation layers (entities, quotes, times, quantities, events) as JSON, one row a span.
CREATE TABLE annotations(doc INTEGER NOT NULL, layer TEXT NOT NULL, idx INTEGER NOT NULL,
  start INTEGER, "end" INTEGER, data TEXT NOT NULL, PRIMARY KEY(doc, layer, idx)) WITHOUT ROWID;
CREATE TABLE errors(id TEXT NOT NULL, source TEXT NOT NULL, error TEXT NOT NULL,
  run INTEGER, seen_at TEXT NOT NULL, PRIMARY KEY(id, source));
CREATE TABLE runs(run INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT,
  inputs TEXT, documents INTEGER, added INTEGER, updated INTEGER, unchanged INTEGER,
  errors INTEGER);
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents',
  content_rowid='doc');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.doc, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.doc, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.doc, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.doc, new.title, new.text);
END;
)sql",
    // Version 2: find documents by the actors and places they mention.
    R"sql(
CREATE INDEX annotations_entity_id ON annotations(json_extract(data, '$.id'))
  WHERE layer = 'entities';
CREATE INDEX annotations_layer ON annotations(layer, doc);
)sql",
    // Version 3: linking across articles (link/link_db.h). Documents are linked in sequence
    // (ord); the LSH index, copies and cluster memberships are what later batches link
    // against; link_records is the cross-document view the query commands read.
    R"sql(
CREATE TABLE link_docs(ord INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
  passages INTEGER NOT NULL, features TEXT NOT NULL);
CREATE TABLE link_bands(key INTEGER NOT NULL, ord INTEGER NOT NULL,
  PRIMARY KEY(key, ord)) WITHOUT ROWID;
CREATE TABLE link_pairs(a INTEGER NOT NULL, b INTEGER NOT NULL, similarity REAL NOT NULL,
  containment REAL NOT NULL, copied_from INTEGER NOT NULL, passages TEXT NOT NULL,
  UNIQUE(a, b));
CREATE TABLE link_event_mentions(seq INTEGER PRIMARY KEY, cluster INTEGER NOT NULL,
  ord INTEGER NOT NULL, idx INTEGER NOT NULL, UNIQUE(ord, idx));
CREATE TABLE link_quote_mentions(seq INTEGER PRIMARY KEY, cluster INTEGER NOT NULL,
  ord INTEGER NOT NULL, idx INTEGER NOT NULL, UNIQUE(ord, idx));
CREATE TABLE link_records(kind TEXT NOT NULL, id TEXT NOT NULL, type TEXT, date_first TEXT,
  date_last TEXT, actors TEXT, location TEXT, outlets TEXT NOT NULL, lat REAL, lon REAL,
  data TEXT NOT NULL, PRIMARY KEY(kind, id));
)sql",
};
constexpr int kSchemaVersion = sizeof(kMigrations) / sizeof(kMigrations[0]);

std::string now_iso() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

void bind_text(sqlite3_stmt* st, int i, const std::string& s, bool null_if_empty = true) {
  if (s.empty() && null_if_empty) sqlite3_bind_null(st, i);
  else sqlite3_bind_text(st, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
}

std::string json_array(const std::vector<std::string>& items) {
  std::string out;
  io::JsonBuilder w(out);
  w.begin_array();
  for (const auto& item : items) w.string(item);
  w.end_array();
  return out;
}

}  // namespace

std::string content_key(const Document& doc) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  for (const std::string* part : {&doc.text, &doc.title, &doc.outlet, &doc.url, &doc.published}) {
    XXH3_128bits_update(state, part->data(), part->size());
    XXH3_128bits_update(state, "\x1F", 1);  // a separator, so fields cannot run together
  }
  XXH128_hash_t h = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return buf;
}

Store::Store(const std::string& path) {
  if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
      SQLITE_OK) {
    std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw std::runtime_error("cannot open database " + path + ": " + msg);
  }
  sqlite3_busy_timeout(db_, 10000);
  try {
    exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA synchronous=NORMAL");
    exec("PRAGMA foreign_keys=ON");
    migrate();
  } catch (...) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw;
  }
  find_by_id_ = prepare("SELECT doc, content_key FROM documents WHERE id = ?");
  find_by_key_ = prepare("SELECT doc FROM documents WHERE content_key = ? LIMIT 1");
  insert_doc_ = prepare(
      "INSERT INTO documents(id, content_key, title, published, outlet, url, language, byline,"
      " source_path, format, text, captions, warnings, run, ingested_at)"
      " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  update_doc_ = prepare(
      "UPDATE documents SET content_key=?2, title=?3, published=?4, outlet=?5, url=?6,"
      " language=?7, byline=?8, source_path=?9, format=?10, text=?11, captions=?12,"
      " warnings=?13, run=?14, ingested_at=?15 WHERE doc=?1");
  delete_sentences_ = prepare("DELETE FROM sentences WHERE doc = ?");
  delete_regions_ = prepare("DELETE FROM regions WHERE doc = ?");
  delete_annotations_ = prepare("DELETE FROM annotations WHERE doc = ?");
  insert_sentence_ = prepare(
      "INSERT INTO sentences(doc, idx, start, \"end\", body, tokens) VALUES (?,?,?,?,?,?)");
  insert_region_ =
      prepare("INSERT INTO regions(doc, idx, start, \"end\", kind) VALUES (?,?,?,?,?)");
  insert_annotation_ = prepare(
      "INSERT INTO annotations(doc, layer, idx, start, \"end\", data) VALUES (?,?,?,?,?,?)");
  insert_alias_ = prepare("INSERT OR IGNORE INTO aliases(id, doc) VALUES (?,?)");
  insert_error_ = prepare(
      "INSERT INTO errors(id, source, error, run, seen_at) VALUES (?,?,?,?,?)"
      " ON CONFLICT(id, source) DO UPDATE SET error=excluded.error, run=excluded.run,"
      " seen_at=excluded.seen_at");
  clear_error_ = prepare("DELETE FROM errors WHERE id = ?");
}

Store::~Store() {
  for (auto* st : statements_) sqlite3_finalize(st);
  if (db_) sqlite3_close(db_);
}

int Store::schema_version() { return kSchemaVersion; }

void Store::exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    throw std::runtime_error("database error: " + msg);
  }
}

sqlite3_stmt* Store::prepare(const char* sql) {
  sqlite3_stmt* st = nullptr;
  check(db_, sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr), SQLITE_OK);
  statements_.push_back(st);
  return st;
}

void Store::migrate() {
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db_, "PRAGMA user_version", -1, &st, nullptr);
  int version = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
  sqlite3_finalize(st);
  if (version > kSchemaVersion)
    throw std::runtime_error("database schema version " + std::to_string(version) +
                             " is newer than this casus (" + std::to_string(kSchemaVersion) +
                             "); upgrade casus");
  for (int v = version; v < kSchemaVersion; ++v) {
    // Each step is atomic: a crash mid-migration leaves the previous version intact.
    exec("BEGIN IMMEDIATE");
    try {
      exec(kMigrations[v]);
      exec(("PRAGMA user_version = " + std::to_string(v + 1)).c_str());
      exec("COMMIT");
    } catch (...) {
      sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
      throw;
    }
  }
}

void Store::begin() { exec("BEGIN IMMEDIATE"); }
void Store::commit() { exec("COMMIT"); }

int64_t Store::begin_run(const std::string& inputs) {
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db_, "INSERT INTO runs(started_at, inputs) VALUES (?, ?)", -1, &st, nullptr);
  bind_text(st, 1, now_iso());
  bind_text(st, 2, inputs);
  int rc = sqlite3_step(st);
  sqlite3_finalize(st);
  check(db_, rc);
  return sqlite3_last_insert_rowid(db_);
}

void Store::finish_run(int64_t run, int64_t documents, int64_t added, int64_t updated,
                       int64_t unchanged, int64_t errors) {
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db_,
                     "UPDATE runs SET finished_at=?, documents=?, added=?, updated=?, unchanged=?,"
                     " errors=? WHERE run=?",
                     -1, &st, nullptr);
  bind_text(st, 1, now_iso());
  int64_t values[] = {documents, added, updated, unchanged, errors, run};
  for (int i = 0; i < 6; ++i) sqlite3_bind_int64(st, i + 2, values[i]);
  sqlite3_step(st);
  sqlite3_finalize(st);
}

namespace {
using Reset = StatementReset;
void step_done(sqlite3* db, sqlite3_stmt* st) {
  Reset r{st};
  check(db, sqlite3_step(st));
}
}  // namespace

PutResult Store::put(const Document& doc, int64_t run) {
  std::string now = now_iso();
  if (doc.error) {
    bind_text(insert_error_, 1, doc.id, false);
    bind_text(insert_error_, 2, doc.source_path, false);
    bind_text(insert_error_, 3, *doc.error, false);
    sqlite3_bind_int64(insert_error_, 4, run);
    bind_text(insert_error_, 5, now);
    step_done(db_, insert_error_);
    return PutResult::kError;
  }
  std::string key = content_key(doc);
  int64_t existing = -1;
  std::string existing_key;
  {
    Reset r{find_by_id_};
    bind_text(find_by_id_, 1, doc.id, false);
    if (sqlite3_step(find_by_id_) == SQLITE_ROW) {
      existing = sqlite3_column_int64(find_by_id_, 0);
      existing_key = reinterpret_cast<const char*>(sqlite3_column_text(find_by_id_, 1));
    }
  }
  if (existing >= 0 && existing_key == key) return PutResult::kUnchanged;
  if (existing < 0) {
    Reset r{find_by_key_};
    bind_text(find_by_key_, 1, key, false);
    if (sqlite3_step(find_by_key_) == SQLITE_ROW) {
      int64_t same = sqlite3_column_int64(find_by_key_, 0);
      bind_text(insert_alias_, 1, doc.id, false);
      sqlite3_bind_int64(insert_alias_, 2, same);
      step_done(db_, insert_alias_);
      return PutResult::kDuplicate;
    }
  }

  sqlite3_stmt* st = existing >= 0 ? update_doc_ : insert_doc_;
  int i = 1;
  if (existing >= 0) sqlite3_bind_int64(st, i++, existing);
  else bind_text(st, i++, doc.id, false);
  bind_text(st, i++, key, false);
  bind_text(st, i++, doc.title);
  bind_text(st, i++, doc.published);
  bind_text(st, i++, doc.outlet);
  bind_text(st, i++, doc.url);
  bind_text(st, i++, doc.language);
  bind_text(st, i++, doc.byline);
  bind_text(st, i++, doc.source_path);
  bind_text(st, i++, doc.input_format);
  bind_text(st, i++, doc.text, false);
  bind_text(st, i++, json_array(doc.captions), false);
  bind_text(st, i++, json_array(doc.warnings), false);
  sqlite3_bind_int64(st, i++, run);
  bind_text(st, i++, now);
  step_done(db_, st);
  int64_t rowid = existing >= 0 ? existing : sqlite3_last_insert_rowid(db_);
  if (existing >= 0) {
    for (auto* del : {delete_sentences_, delete_regions_, delete_annotations_}) {
      sqlite3_bind_int64(del, 1, rowid);
      step_done(db_, del);
    }
  }
  bind_text(clear_error_, 1, doc.id, false);
  step_done(db_, clear_error_);

  CodepointIndex cp(doc.text);
  for (size_t k = 0; k < doc.sentences.size(); ++k) {
    const Sentence& s = doc.sentences[k];
    sqlite3_bind_int64(insert_sentence_, 1, rowid);
    sqlite3_bind_int64(insert_sentence_, 2, static_cast<int64_t>(k));
    sqlite3_bind_int64(insert_sentence_, 3, cp(s.span.begin));
    sqlite3_bind_int64(insert_sentence_, 4, cp(s.span.end));
    sqlite3_bind_int(insert_sentence_, 5, s.body ? 1 : 0);
    sqlite3_bind_int64(insert_sentence_, 6, s.token_end - s.token_begin);
    step_done(db_, insert_sentence_);
  }
  for (size_t k = 0; k < doc.regions.size(); ++k) {
    const Region& r = doc.regions[k];
    sqlite3_bind_int64(insert_region_, 1, rowid);
    sqlite3_bind_int64(insert_region_, 2, static_cast<int64_t>(k));
    sqlite3_bind_int64(insert_region_, 3, cp(r.span.begin));
    sqlite3_bind_int64(insert_region_, 4, cp(r.span.end));
    sqlite3_bind_text(insert_region_, 5, region_kind_name(r.kind), -1, SQLITE_STATIC);
    step_done(db_, insert_region_);
  }
  put_layer(rowid, "entities", doc.entities, cp, [&](io::JsonBuilder& w, const Entity& e) {
    io::write_entity(w, doc, cp, e);
  });
  put_layer(rowid, "times", doc.times, cp, [&](io::JsonBuilder& w, const TimeExpression& t) {
    io::write_time(w, doc, cp, t);
  });
  put_layer(rowid, "mentions", doc.mentions, cp, [&](io::JsonBuilder& w, const Mention& m) {
    io::write_mention(w, doc, cp, m);
  });
  put_layer(rowid, "quantities", doc.quantities, cp, [&](io::JsonBuilder& w, const Quantity& q) {
    io::write_quantity(w, doc, cp, q);
  });
  // Quotes have no single span of their own: the content's is the row's.
  put_layer(rowid, "quotes", doc.quotes, cp, [&](io::JsonBuilder& w, const Quote& q) {
    io::write_quote(w, doc, cp, q);
  });
  // An event's row span is its trigger's.
  put_layer(rowid, "events", doc.events, cp, [&](io::JsonBuilder& w, const Event& e) {
    io::write_event(w, doc, cp, e);
  });
  return existing >= 0 ? PutResult::kUpdated : PutResult::kAdded;
}

namespace {
template <class Item>
ByteSpan span_of(const Item& item) { return item.span; }
ByteSpan span_of(const Quote& q) { return q.content; }
ByteSpan span_of(const Event& e) { return e.trigger; }
}  // namespace

template <class Item, class WriteFn>
void Store::put_layer(int64_t doc, const char* layer, const std::vector<Item>& items,
                      const CodepointIndex& cp, WriteFn write) {
  std::string json;
  for (size_t k = 0; k < items.size(); ++k) {
    json.clear();
    io::JsonBuilder w(json);
    write(w, items[k]);
    sqlite3_bind_int64(insert_annotation_, 1, doc);
    sqlite3_bind_text(insert_annotation_, 2, layer, -1, SQLITE_STATIC);
    sqlite3_bind_int64(insert_annotation_, 3, static_cast<int64_t>(k));
    ByteSpan span = span_of(items[k]);
    sqlite3_bind_int64(insert_annotation_, 4, cp(span.begin));
    sqlite3_bind_int64(insert_annotation_, 5, cp(span.end));
    sqlite3_bind_text(insert_annotation_, 6, json.data(), static_cast<int>(json.size()), SQLITE_TRANSIENT);
    step_done(db_, insert_annotation_);
  }
}

Stats Store::stats() {
  Stats s;
  s.schema_version = kSchemaVersion;
  auto scalar = [&](const char* sql) -> int64_t {
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db_, sql, -1, &st, nullptr);
    int64_t v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    return v;
  };
  auto rows = [&](const char* sql, auto&& fn) {
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db_, sql, -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
      const unsigned char* k = sqlite3_column_text(st, 0);
      fn(k ? reinterpret_cast<const char*>(k) : "", sqlite3_column_int64(st, 1));
    }
    sqlite3_finalize(st);
  };
  s.documents = scalar("SELECT count(*) FROM documents");
  s.sentences = scalar("SELECT count(*) FROM sentences");
  s.body_sentences = scalar("SELECT count(*) FROM sentences WHERE body");
  s.tokens = scalar("SELECT coalesce(sum(tokens), 0) FROM sentences");
  s.errors = scalar("SELECT count(*) FROM errors");
  s.runs = scalar("SELECT count(*) FROM runs");
  s.interrupted_runs = scalar("SELECT count(*) FROM runs WHERE finished_at IS NULL");
  s.aliases = scalar("SELECT count(*) FROM aliases");
  rows("SELECT min(substr(published,1,10)), 0 FROM documents WHERE published IS NOT NULL",
       [&](std::string k, int64_t) { s.first_published = k; });
  rows("SELECT max(substr(published,1,10)), 0 FROM documents WHERE published IS NOT NULL",
       [&](std::string k, int64_t) { s.last_published = k; });
  rows("SELECT kind, count(*) FROM regions GROUP BY kind ORDER BY kind",
       [&](std::string k, int64_t v) { s.regions_by_kind[k] = v; });
  rows("SELECT coalesce(outlet, '(unknown)'), count(*) AS n FROM documents GROUP BY 1"
       " ORDER BY n DESC, 1 LIMIT 10",
       [&](std::string k, int64_t v) { s.top_outlets.emplace_back(k, v); });
  rows("SELECT layer, count(*) FROM annotations GROUP BY layer ORDER BY layer",
       [&](std::string k, int64_t v) { s.layers[k] = v; });
  return s;
}

}  // namespace casus::store
