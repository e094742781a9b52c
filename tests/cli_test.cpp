// End-to-end tests of the casus binary: the annotate contract, bad input, determinism across
// thread counts, and ingest that survives kill -9.
#include <gtest/gtest.h>
#include <signal.h>
#include <simdjson.h>
#include <sqlite3.h>

#include <chrono>
#include <thread>

#include "test_support.h"
#include "util/synthetic_corpus.h"

using namespace casus::testing;

namespace {

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0, nl;
  while ((nl = s.find('\n', start)) != std::string::npos) {
    out.push_back(s.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

// Number of code points of s[0, byte_end).
size_t codepoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string_view cp_slice(std::string_view s, int64_t start, int64_t end) {
  size_t i = 0, cp = 0, b = std::string::npos;
  for (; i <= s.size(); ++i) {
    if (i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (static_cast<int64_t>(cp) == start) b = i;
      if (static_cast<int64_t>(cp) == end) return s.substr(b, i - b);
      ++cp;
    }
  }
  return {};
}

int64_t db_count(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* st = nullptr;
  int64_t v = -1;
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
    v = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return v;
}

void write_synthetic(const std::string& path, int n) {
  std::string all;
  for (int i = 0; i < n; ++i) all += casus::synthetic_jsonl(i) + "\n";
  write_file(path, all);
}

}  // namespace

TEST(Cli, AnnotatesTheSeedsWithValidSpansAndResidueMarkedNonBody) {
  if (!shared_available()) GTEST_SKIP() << "../shared not beside the checkout";
  TempDir dir;
  std::string seeds = shared_dir() + "/corpus/seeds/seeds.jsonl";
  auto r = run(casus_binary() + " annotate -q -o " + dir.file("out.jsonl") + " " + seeds);
  ASSERT_EQ(r.exit_code, 0);
  auto out = lines_of(read_file(dir.file("out.jsonl")));
  auto in = lines_of(read_file(seeds));
  ASSERT_EQ(out.size(), in.size());
  simdjson::dom::parser parser, in_parser;
  int non_body_residue = 0;
  for (size_t k = 0; k < out.size(); ++k) {
    simdjson::dom::element d = parser.parse(out[k]);
    simdjson::dom::element src = in_parser.parse(in[k]);
    EXPECT_EQ(std::string_view(d["id"]), std::string_view(src["id"]));  // input order kept
    EXPECT_TRUE(d["error"].is_null());
    std::string_view text = d["text"];
    EXPECT_EQ(text, std::string_view(src["text"]));  // seed texts have no CR: unchanged
    size_t length = codepoints(text);
    int64_t previous_end = 0;
    for (auto s : simdjson::dom::array(d["sentences"])) {
      int64_t start = s["start"], end = s["end"];
      EXPECT_LE(previous_end, start);
      EXPECT_LT(start, end);
      EXPECT_LE(static_cast<size_t>(end), length);
      previous_end = end;
      std::string_view slice = cp_slice(text, start, end);
      EXPECT_FALSE(slice.empty());
      EXPECT_NE(slice.front(), ' ');
      bool body = s["body"];
      for (const char* residue : {"Back to top button", "alternate addresses", "(Photo by AFP)",
                                  "Press TV News Roku"}) {
        if (slice.find(residue) != std::string_view::npos) {
          EXPECT_FALSE(body) << slice;
          ++non_body_residue;
        }
      }
      if (slice.find(" / ") != std::string_view::npos && slice.size() < 60) {
        EXPECT_FALSE(body) << "breadcrumb: " << slice;
        ++non_body_residue;
      }
    }
    for (auto reg : simdjson::dom::array(d["regions"])) {
      std::string_view slice = cp_slice(text, reg["start"], reg["end"]);
      EXPECT_FALSE(slice.empty());
    }
  }
  EXPECT_GE(non_body_residue, 8);
}

TEST(Cli, BadInputGetsPerDocumentErrorsAndTheRunGoesOn) {
  TempDir dir;
  write_file(dir.file("in/a_empty.txt"), "");
  write_file(dir.file("in/b_binary.txt"), std::string("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16));
  write_file(dir.file("in/c_nobody.html"), "<html><head><title>Only a title</title></head></html>");
  write_file(dir.file("in/d_invalid.txt"), "Caf\xE9 owners protested on Monday.\n");
  std::string huge(50u << 20, 'x');
  write_file(dir.file("in/e_records.jsonl"),
             "{\"id\":\"ok1\",\"text\":\"Fine text.\"}\n"
             "{\"id\":\"trunc\",\"text\":\"cut off\n"
             "{\"id\":\"huge\",\"text\":\"" + huge + "\n"
             "{\"id\":\"ok2\",\"text\":\"Also fine.\"}\n");
  auto r = run(casus_binary() + " annotate -q --threads 2 " + dir.file("in"));
  EXPECT_EQ(r.exit_code, 3);
  auto out = lines_of(r.out);
  ASSERT_EQ(out.size(), 8u);
  simdjson::dom::parser parser;
  std::vector<std::pair<std::string, bool>> seen;
  for (const auto& line : out) {
    simdjson::dom::element d = parser.parse(line);
    seen.emplace_back(std::string(std::string_view(d["id"])), !d["error"].is_null());
  }
  EXPECT_TRUE(seen[0].second);   // empty
  EXPECT_TRUE(seen[1].second);   // binary
  EXPECT_TRUE(seen[2].second);   // no body
  EXPECT_FALSE(seen[3].second);  // invalid UTF-8 is repaired, not fatal
  EXPECT_EQ(seen[4], std::make_pair(std::string("ok1"), false));
  EXPECT_EQ(seen[5], std::make_pair(std::string("trunc"), true));
  EXPECT_EQ(seen[6], std::make_pair(std::string("huge"), true));
  EXPECT_EQ(seen[7], std::make_pair(std::string("ok2"), false));
  simdjson::dom::element repaired = parser.parse(out[3]);
  EXPECT_GT(simdjson::dom::array(repaired["warnings"]).size(), 0u);
}

TEST(Cli, ReadsJsonlFromStdin) {
  auto r = run("printf '{\"id\":\"s1\",\"text\":\"From stdin.\"}\\n' | " + casus_binary() +
               " annotate -q -");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("\"id\":\"s1\""), std::string::npos);
}

TEST(Cli, OutputIsIdenticalWhateverTheThreadCount) {
  TempDir dir;
  write_synthetic(dir.file("c.jsonl"), 400);
  auto one = run(casus_binary() + " annotate -q --threads 1 " + dir.file("c.jsonl"));
  auto four = run(casus_binary() + " annotate -q --threads 4 " + dir.file("c.jsonl"));
  ASSERT_EQ(one.exit_code, 0);
  EXPECT_EQ(lines_of(one.out).size(), 400u);
  EXPECT_TRUE(one.out == four.out);
}

TEST(Cli, UsageErrorsExitTwoAndHelpExitsZero) {
  EXPECT_EQ(run(casus_binary() + " annotate --no-such-option 2>/dev/null").exit_code, 2);
  EXPECT_EQ(run(casus_binary() + " annotate --threads many 2>/dev/null").exit_code, 2);
  EXPECT_EQ(run(casus_binary() + " annotate --dct 10/07/2021 2>/dev/null").exit_code, 2);
  EXPECT_EQ(run(casus_binary() + " ingest 2>/dev/null").exit_code, 2);
  EXPECT_EQ(run(casus_binary() + " frobnicate 2>/dev/null").exit_code, 2);
  for (const char* cmd : {"annotate", "ingest", "stats"}) {
    auto r = run(casus_binary() + " " + cmd + " --help");
    EXPECT_EQ(r.exit_code, 0) << cmd;
    EXPECT_NE(r.out.find("usage: casus"), std::string::npos) << cmd;
  }
}

TEST(Cli, IngestIsIdempotentAndSurvivesKillNine) {
  TempDir dir;
  const int n = 6000;
  write_synthetic(dir.file("c.jsonl"), n);
  std::string db = dir.file("k.db");
  std::string ingest = casus_binary() + " ingest -q --no-syntax --batch 100 --threads 2 --db " + db + " " +
                       dir.file("c.jsonl");
  pid_t pid = fork();
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", ("exec " + ingest + " 2>/dev/null").c_str(), nullptr);
    _exit(127);
  }
  // Kill it once some, but not all, documents are committed.
  int64_t stored = 0;
  for (int i = 0; i < 2000 && stored < 300; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    stored = std::max<int64_t>(0, db_count(db, "SELECT count(*) FROM documents"));
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  int64_t after_kill = db_count(db, "SELECT count(*) FROM documents");
  EXPECT_LT(after_kill, n) << "ingest finished before it could be killed";
  EXPECT_EQ(run("sqlite3 " + db + " 'PRAGMA integrity_check'").out, "ok\n");
  // The rerun completes the store; a third run adds nothing.
  EXPECT_EQ(run(ingest).exit_code, 0);
  EXPECT_EQ(db_count(db, "SELECT count(*) FROM documents"), n);
  EXPECT_EQ(db_count(db, "SELECT count(DISTINCT id) FROM documents"), n);
  int64_t sentences = db_count(db, "SELECT count(*) FROM sentences");
  EXPECT_EQ(run(ingest).exit_code, 0);
  EXPECT_EQ(db_count(db, "SELECT count(*) FROM documents"), n);
  EXPECT_EQ(db_count(db, "SELECT count(*) FROM sentences"), sentences);
  // The same corpus ingested cleanly gives the same sentences.
  std::string clean = dir.file("clean.db");
  EXPECT_EQ(run(casus_binary() + " ingest -q --no-syntax --db " + clean + " " + dir.file("c.jsonl")).exit_code, 0);
  EXPECT_EQ(db_count(clean, "SELECT count(*) FROM sentences"), sentences);
  EXPECT_EQ(db_count(db, "SELECT count(*) FROM runs WHERE finished_at IS NULL"), 1);
}
