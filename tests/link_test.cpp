// Linking across articles (issue 7) on fixtures written for these tests: annotate output with
// events, quotes and figures filled in by hand (tests/fixtures/link/).
#include <gtest/gtest.h>
#include <simdjson.h>
#include <sqlite3.h>

#include <fstream>

#include "link/dates.h"
#include "link/link_db.h"
#include "link/linker.h"
#include "store/store.h"
#include "test_support.h"

using namespace casus;
using namespace casus::link;
using casus::testing::TempDir;

namespace {

std::vector<LinkDocument> fixture(const std::string& name) {
  std::ifstream in(std::string(CASUS_TEST_FIXTURES) + "/link/" + name);
  std::vector<LinkDocument> docs;
  std::string line;
  while (std::getline(in, line)) {
    LinkDocument d;
    auto error = parse_annotated(line, d);
    EXPECT_FALSE(error) << *error;
    docs.push_back(std::move(d));
  }
  EXPECT_FALSE(docs.empty()) << name;
  return docs;
}

std::vector<LinkRecord> link_all(const std::vector<LinkDocument>& docs) {
  MemoryLinkIndex index;
  Linker linker(index);
  for (const auto& d : docs) linker.add(d);
  return linker.records();
}

std::vector<const LinkRecord*> of_kind(const std::vector<LinkRecord>& records, const std::string& kind) {
  std::vector<const LinkRecord*> out;
  for (const auto& r : records)
    if (r.kind == kind) out.push_back(&r);
  return out;
}

simdjson::dom::element parse(simdjson::dom::parser& parser, const std::string& json) {
  return parser.parse(json).value();
}

// The members of each event record, as "doc:event" lists.
std::vector<std::vector<std::string>> event_groups(const std::vector<LinkRecord>& records) {
  std::vector<std::vector<std::string>> groups;
  simdjson::dom::parser parser;
  for (const LinkRecord* r : of_kind(records, "event")) {
    std::vector<std::string>& g = groups.emplace_back();
    for (auto m : parse(parser, r->json)["mentions"].get_array())
      g.push_back(std::string(m["doc"].get_string().value()) + ":" + std::to_string(int64_t(m["event"])));
  }
  return groups;
}

}  // namespace

TEST(LinkCopies, PartialCopyIsFoundWithItsDirectionAndSharedPassages) {
  std::vector<LinkDocument> docs = fixture("copies.jsonl");
  MemoryLinkIndex index;
  Linker linker(index);
  for (const auto& d : docs) linker.add(d);
  ASSERT_EQ(linker.duplicates().size(), 1u);  // the sports article shares nothing
  const DuplicatePair& pair = linker.duplicates()[0];
  EXPECT_EQ(docs[pair.a].id, "wire-a");
  EXPECT_EQ(docs[pair.b].id, "local-b");
  EXPECT_EQ(docs[pair.copied_from].id, "wire-a");  // published a day earlier
  // Three of six paragraphs reused: low Jaccard similarity, high containment.
  EXPECT_LT(pair.similarity, 0.5);
  EXPECT_GT(pair.containment, 0.5);
  // The shared passage is the same text in both articles (code-point offsets: local-b starts
  // with accented letters and guillemets), and it spans the three reused paragraphs.
  ASSERT_EQ(pair.passages.size(), 1u);
  const SharedPassage& p = pair.passages[0];
  std::string_view in_a = codepoint_slice(docs[0].text, p.a_start, p.a_end);
  std::string_view in_b = codepoint_slice(docs[1].text, p.b_start, p.b_end);
  EXPECT_EQ(in_a, in_b);
  EXPECT_TRUE(in_a.starts_with("A coalition spokesman said ten rockets")) << in_a;
  EXPECT_TRUE(in_a.ends_with("killed four fighters of an armed faction")) << in_a;
  EXPECT_NE(p.a_start, p.b_start);
}

TEST(LinkCopies, DirectionFollowsPublicationDateNotInputOrder) {
  std::vector<LinkDocument> docs = fixture("copies.jsonl");
  std::swap(docs[0], docs[1]);  // the copy arrives first
  MemoryLinkIndex index;
  Linker linker(index);
  for (const auto& d : docs) linker.add(d);
  ASSERT_EQ(linker.duplicates().size(), 1u);
  EXPECT_EQ(docs[linker.duplicates()[0].copied_from].id, "wire-a");
}

TEST(LinkCopies, CopiesFormOneStoryAndTheUnrelatedArticleNone) {
  std::vector<LinkRecord> records = link_all(fixture("copies.jsonl"));
  auto stories = of_kind(records, "story");
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_NE(stories[0]->json.find("\"members\":[\"wire-a\",\"local-b\"]"), std::string::npos)
      << stories[0]->json;
}

TEST(LinkDates, PrecisionGivesTheDaysADateCanMean) {
  auto june = day_interval("2021-06");
  auto june27 = day_interval("2021-06-27");
  auto may = day_interval("2021-05");
  ASSERT_TRUE(june && june27 && may);
  EXPECT_EQ(june->days(), 30);
  EXPECT_TRUE(june->overlaps(*june27));  // "late last month" can be June 27
  EXPECT_FALSE(may->overlaps(*june27));
  EXPECT_EQ(day_interval("2021-W26")->days(), 7);
  EXPECT_EQ(iso_date(day_interval("2021-W01")->first), "2021-01-04");  // ISO week 1's Monday
  EXPECT_EQ(day_interval("2020")->days(), 366);
  EXPECT_EQ(day_interval("2021-Q2")->days(), 91);
  EXPECT_FALSE(day_interval("PAST_REF"));
  EXPECT_FALSE(day_interval("2021-13"));
  // A day allows a day either side (time zones, overnight strikes), not two.
  EXPECT_TRUE(day_interval("2021-06-27")->overlaps(*day_interval("2021-06-28")));
  EXPECT_FALSE(day_interval("2021-06-27")->overlaps(*day_interval("2021-06-30")));
}

TEST(LinkEvents, TheSameStrikeMergesAndAStrikeOnTheSameBaseAYearLaterStaysApart) {
  auto groups = event_groups(link_all(fixture("events.jsonl")));
  std::vector<std::vector<std::string>> expected = {
      {"strike-2020-a:0", "strike-2020-b:0"},  // a day and "in January" of the same year
      {"strike-2021:0"},                       // same base, same type, a year later
      {"raid-late-june:0", "raid-june-27:0"},  // month precision vs a day in it; USAMIL in USA
  };
  EXPECT_EQ(groups, expected);
}

TEST(LinkEvents, EventRecordCountsArticlesOutletsAndFirstReport) {
  std::vector<LinkRecord> records = link_all(fixture("events.jsonl"));
  simdjson::dom::parser parser;
  auto e = parse(parser, of_kind(records, "event")[2]->json);
  EXPECT_EQ(int64_t(e["articles"]), 2);
  EXPECT_EQ(e["outlets"].get_array().size(), 2u);
  // First report: published earliest, although it came second in the input.
  EXPECT_EQ(std::string_view(e["first_report"]["doc"]), "raid-june-27");
  EXPECT_EQ(std::string_view(e["date"]["value"]), "2021-06-27");  // the most precise date
}

TEST(LinkEvents, NegatedAndThreatenedEventsAreNotCounted) {
  std::vector<LinkDocument> docs = fixture("events.jsonl");
  docs[0].events[0].negated = true;
  docs[1].events[0].modality = "threatened";
  auto groups = event_groups(link_all(docs));
  for (const auto& g : groups)
    for (const auto& m : g) EXPECT_FALSE(m.starts_with("strike-2020")) << m;
}

TEST(LinkQuotes, ARewordedStatementIsOneQuoteAndAnotherSpeakersIsNot) {
  std::vector<LinkRecord> records = link_all(fixture("quotes.jsonl"));
  auto quotes = of_kind(records, "quote");
  ASSERT_EQ(quotes.size(), 2u);
  simdjson::dom::parser parser;
  auto q = parse(parser, quotes[0]->json);
  EXPECT_EQ(q["mentions"].get_array().size(), 2u);  // "on the corpses of" / "over the remains of"
  EXPECT_EQ(std::string_view(q["speaker"]), "Akram al-Kaabi");
  // The text is the content sliced by code points from the first article.
  EXPECT_TRUE(std::string_view(q["text"]).starts_with("We will celebrate the liberation of Iraq"));
}

TEST(LinkQuotes, TheSameWordsFromAnotherKnownSpeakerAreAnotherStatement) {
  std::vector<LinkDocument> docs = fixture("quotes.jsonl");
  docs[1].quotes[0].speaker = "Qais al-Khazali";
  docs[1].quotes[0].speaker_id = "person.qais-al-khazali";
  EXPECT_EQ(of_kind(link_all(docs), "quote").size(), 3u);
}

TEST(LinkDisputes, DifferentFiguresFromDifferentSourcesFormADisputeWithTheLowestFigure) {
  std::vector<LinkRecord> records = link_all(fixture("events.jsonl"));
  auto disputes = of_kind(records, "dispute");
  ASSERT_EQ(disputes.size(), 1u);
  simdjson::dom::parser parser;
  auto d = parse(parser, disputes[0]->json);
  EXPECT_EQ(std::string_view(d["event"]), "e3");
  EXPECT_EQ(std::string_view(d["category"]), "killed");
  EXPECT_EQ(d["claims"].get_array().size(), 2u);
  EXPECT_EQ(double(d["conservative"]), 1.0);
  EXPECT_EQ(double(d["range"].at(0)), 1.0);
  EXPECT_EQ(double(d["range"].at(1)), 4.0);
}

TEST(LinkDisputes, AgreeingFiguresAreNoDispute) {
  std::vector<LinkDocument> docs = fixture("events.jsonl");
  docs[4].quantities[0].value = docs[4].quantities[0].min = docs[4].quantities[0].max = 4;
  EXPECT_TRUE(of_kind(link_all(docs), "dispute").empty());
}

TEST(LinkDocument, BadLinesAreReportedNotThrown) {
  LinkDocument d;
  EXPECT_TRUE(parse_annotated("{\"id\": \"x\", \"text\": \"trunc", d));
  EXPECT_TRUE(parse_annotated("[1, 2]", d));
  EXPECT_TRUE(parse_annotated("{\"text\": \"no id\"}", d));
  auto failed = parse_annotated("{\"id\": \"x\", \"error\": \"not text\"}", d);
  ASSERT_TRUE(failed);
  EXPECT_NE(failed->find("not text"), std::string::npos);
}

TEST(LinkDocument, StoredFeaturesReadBackAsTheSameDocument) {
  for (const LinkDocument& d : fixture("events.jsonl")) {
    LinkDocument back;
    ASSERT_FALSE(parse_annotated(features_json(d), back));
    EXPECT_EQ(features_json(back), features_json(d));
    EXPECT_TRUE(back.text.empty());
  }
}

TEST(LinkIngest, LinkingInBatchesThroughTheStoreEqualsLinkingAllAtOnce) {
  std::vector<LinkDocument> docs;
  for (const char* name : {"copies.jsonl", "events.jsonl", "quotes.jsonl"})
    for (auto& d : fixture(name)) docs.push_back(std::move(d));
  std::vector<LinkRecord> batch = link_all(docs);

  TempDir dir;
  std::string path = dir.file("links.db");
  // Three runs, as three ingests would: each reopens the store and continues; the last run
  // also offers documents already linked, which must add nothing.
  size_t cut[] = {0, 4, 9, docs.size()};
  for (int run = 0; run < 3; ++run) {
    store::Store db(path);
    LinkDb links(db.handle());
    Linker linker(links);
    links.restore(linker);
    db.begin();
    size_t from = run == 2 ? 0 : cut[run];
    for (size_t i = from; i < cut[run + 1]; ++i) {
      Document stored;  // the store holds the text the linker reads back for copies
      stored.id = docs[i].id;
      stored.text = docs[i].text;
      stored.published = docs[i].published;
      stored.outlet = docs[i].outlet;
      db.put(stored, 1);
      if (!links.linked(docs[i].id)) linker.add(docs[i]);
    }
    links.write_records(linker.records());
    db.commit();
  }
  store::Store db(path);
  LinkDb links(db.handle());
  Linker linker(links);
  links.restore(linker);
  EXPECT_EQ(linker.documents(), docs.size());
  std::vector<LinkRecord> incremental = linker.records();
  ASSERT_EQ(incremental.size(), batch.size());
  for (size_t i = 0; i < batch.size(); ++i) EXPECT_EQ(incremental[i].json, batch[i].json);
  EXPECT_FALSE(of_kind(incremental, "duplicate").empty());
  EXPECT_FALSE(of_kind(incremental, "dispute").empty());
}

TEST(LinkCli, LinkWritesRecordsAndReportsBadLinesWithoutStopping) {
  TempDir dir;
  std::string input = dir.file("in.jsonl");
  casus::testing::write_file(input, "{\"id\": \"broken\", \"text\": \"trunc\n" +
                                        casus::testing::read_file(std::string(CASUS_TEST_FIXTURES) +
                                                                  "/link/copies.jsonl"));
  auto r = casus::testing::run(casus::testing::casus_binary() + " link -q " + input);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.out.find("{\"kind\":\"duplicate\",\"a\":\"wire-a\",\"b\":\"local-b\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"kind\":\"story\""), std::string::npos);
}

TEST(LinkCli, IngestLinksEachBatchAgainstTheStoreAndQueriesReadTheView) {
  using casus::testing::run;
  TempDir dir;
  // A wire article and a later local one that reuses three of its paragraphs, as plain text.
  std::string shared =
      "A coalition spokesman said ten rockets landed inside the perimeter of the sprawling base "
      "in Anbar province and that the damage was still being assessed by engineers.\n\n"
      "Iraqi security officials said the rockets were launched from a truck parked on a desert "
      "road about eight kilometres east of the base, where the launcher was later found.\n\n"
      "No group immediately claimed responsibility for the attack, which came two days after a "
      "drone strike on the border crossing killed four fighters of an armed faction.\n\n";
  casus::testing::write_file(dir.file("wire.txt"),
                             "Rockets struck an air base in western Iraq on Wednesday morning, "
                             "the coalition said, in the latest of a series of attacks.\n\n" +
                                 shared +
                                 "The government condemned the attack and ordered an "
                                 "investigation into who had fired the rockets.\n");
  casus::testing::write_file(dir.file("local.txt"),
                             "Residents of a town near the base told our correspondent that they "
                             "heard loud explosions shortly after dawn on Wednesday.\n\n" +
                                 shared +
                                 "Shopkeepers closed their stores for the rest of the day.\n");
  std::string casus = casus::testing::casus_binary(), db = dir.file("news.db");
  std::string ingest = casus + " ingest -q --no-syntax --threads 1 --db " + db + " --dct ";
  ASSERT_EQ(run(ingest + "2021-03-03 " + dir.file("wire.txt")).exit_code, 0);
  ASSERT_EQ(run(ingest + "2021-03-04 " + dir.file("local.txt")).exit_code, 0);

  auto stories = run(casus + " stories --db " + db + " --format jsonl");
  ASSERT_EQ(stories.exit_code, 0);
  EXPECT_NE(stories.out.find("\"members\":[\"" + dir.file("wire.txt") + "\",\"" + dir.file("local.txt") + "\"]"),
            std::string::npos)
      << stories.out;
  auto before = run(casus + " export --db " + db + " --format jsonl");
  EXPECT_NE(before.out.find("\"kind\":\"duplicate\""), std::string::npos) << before.out;
  EXPECT_NE(before.out.find("\"copied_from\":\"" + dir.file("wire.txt") + "\""), std::string::npos);

  // Ingesting both again adds nothing: the same view, each document linked once.
  ASSERT_EQ(run(ingest + "2021-03-03 " + dir.file("wire.txt") + " " + dir.file("local.txt")).exit_code, 0);
  EXPECT_EQ(run(casus + " export --db " + db + " --format jsonl").out, before.out);
  store::Store s(db);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(s.handle(), "SELECT count(*) FROM link_docs", -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 2);
  sqlite3_finalize(st);

  // Filters: no duplicate is reported by an outlet that does not exist; CSV has ACLED columns.
  EXPECT_EQ(run(casus + " export --db " + db + " --format jsonl --outlet nosuchoutlet").out, "");
  EXPECT_TRUE(run(casus + " events --db " + db + " --format csv").out.starts_with(
      "event_id,event_date,event_type,sub_event_type,actor1,actor2,location,latitude,longitude,"
      "source,notes,fatalities"));
}
