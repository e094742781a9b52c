#include <gtest/gtest.h>
#include <sqlite3.h>

#include "pipeline/pipeline.h"
#include "store/store.h"
#include "test_support.h"

using namespace casus;
using casus::testing::TempDir;

namespace {
Document make(const std::string& id, const std::string& text, const std::string& outlet = "O") {
  Document d;
  d.id = id;
  d.text = text;
  d.outlet = outlet;
  d.published = "2021-07-10";
  Pipeline(PipelineOptions{}).annotate(d);
  return d;
}

int64_t count(store::Store& s, const char* sql) {
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(s.handle(), sql, -1, &st, nullptr);
  int64_t v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
  sqlite3_finalize(st);
  return v;
}
}  // namespace

TEST(Store, PuttingTheSameContentTwiceAddsNothing) {
  TempDir dir;
  store::Store s(dir.file("a.db"));
  s.begin();
  EXPECT_EQ(s.put(make("d1", "First sentence. Second one."), 1), store::PutResult::kAdded);
  EXPECT_EQ(s.put(make("d1", "First sentence. Second one."), 1), store::PutResult::kUnchanged);
  s.commit();
  EXPECT_EQ(count(s, "SELECT count(*) FROM documents"), 1);
  EXPECT_EQ(count(s, "SELECT count(*) FROM sentences"), 2);
}

TEST(Store, ChangedContentUnderAKnownIdReplacesTheOldVersion) {
  TempDir dir;
  store::Store s(dir.file("a.db"));
  s.begin();
  s.put(make("d1", "Old text. Two sentences."), 1);
  EXPECT_EQ(s.put(make("d1", "New text only."), 2), store::PutResult::kUpdated);
  s.commit();
  EXPECT_EQ(count(s, "SELECT count(*) FROM documents"), 1);
  EXPECT_EQ(count(s, "SELECT count(*) FROM sentences"), 1);
  EXPECT_EQ(count(s, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'old'"), 0);
  EXPECT_EQ(count(s, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'new'"), 1);
}

TEST(Store, SameContentUnderAnotherIdIsAnAliasButAnotherOutletsCopyIsKept) {
  TempDir dir;
  store::Store s(dir.file("a.db"));
  s.begin();
  s.put(make("path/a.txt", "Identical wire copy."), 1);
  EXPECT_EQ(s.put(make("other/path/a.txt", "Identical wire copy."), 1),
            store::PutResult::kDuplicate);
  EXPECT_EQ(s.put(make("b", "Identical wire copy.", "Another outlet"), 1),
            store::PutResult::kAdded);
  s.commit();
  EXPECT_EQ(count(s, "SELECT count(*) FROM documents"), 2);
  EXPECT_EQ(count(s, "SELECT count(*) FROM aliases"), 1);
}

TEST(Store, ErrorsAreRecordedOnceAndClearedWhenTheDocumentLaterSucceeds) {
  TempDir dir;
  store::Store s(dir.file("a.db"));
  Document bad;
  bad.id = "d9";
  bad.source_path = "in.jsonl";
  bad.error = "invalid JSON";
  s.begin();
  EXPECT_EQ(s.put(bad, 1), store::PutResult::kError);
  EXPECT_EQ(s.put(bad, 2), store::PutResult::kError);
  s.commit();
  EXPECT_EQ(count(s, "SELECT count(*) FROM errors"), 1);
  s.begin();
  s.put(make("d9", "Now it parses."), 3);
  s.commit();
  EXPECT_EQ(count(s, "SELECT count(*) FROM errors"), 0);
}

TEST(Store, ReopeningKeepsDataAndSchemaVersion) {
  TempDir dir;
  {
    store::Store s(dir.file("a.db"));
    s.begin();
    s.put(make("d1", "Kept."), 1);
    s.commit();
  }
  store::Store s(dir.file("a.db"));
  EXPECT_EQ(count(s, "PRAGMA user_version"), store::Store::schema_version());
  EXPECT_EQ(count(s, "SELECT count(*) FROM documents"), 1);
}

TEST(Store, RefusesADatabaseFromANewerCasus) {
  TempDir dir;
  {
    sqlite3* db = nullptr;
    sqlite3_open(dir.file("new.db").c_str(), &db);
    sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  EXPECT_THROW(store::Store(dir.file("new.db")), std::runtime_error);
}

TEST(Store, OffsetsAreStoredInCodePoints) {
  TempDir dir;
  store::Store s(dir.file("a.db"));
  s.begin();
  s.put(make("u", "\xC3\x89t\xC3\xA9 long. Next."), 1);
  s.commit();
  EXPECT_EQ(count(s, "SELECT \"end\" FROM sentences WHERE idx = 0"), 9);
  EXPECT_EQ(count(s, "SELECT start FROM sentences WHERE idx = 1"), 10);
}

TEST(Store, AnnotationLayersAreStoredAsJsonWithCodePointSpans) {
  TempDir dir;
  store::Store s(dir.file("a.db"));
  s.begin();
  s.put(make("e", "\xC3\x89t\xC3\xA9: Iraq's parliament met in Baghdad on Saturday."), 1);
  s.commit();
  EXPECT_GE(count(s, "SELECT count(*) FROM annotations WHERE layer = 'entities'"), 2);
  EXPECT_EQ(count(s, "SELECT start FROM annotations WHERE layer = 'entities' AND "
                     "json_extract(data, '$.id') = 'irq.city.baghdad'"), 30);  // code points, not bytes (33)
  EXPECT_EQ(count(s, "SELECT count(*) FROM annotations WHERE layer = 'times'"), 1);
  // Replacing the document replaces its annotations.
  s.begin();
  s.put(make("e", "Nothing to see."), 2);
  s.commit();
  EXPECT_EQ(count(s, "SELECT count(*) FROM annotations"), 0);
}
