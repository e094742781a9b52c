#include <gtest/gtest.h>
#include <zlib.h>

#include "io/input.h"
#include "test_support.h"

using namespace casus::io;
using casus::testing::TempDir;
using casus::testing::write_file;

namespace {
std::vector<RawInput> read_all(const std::vector<std::string>& inputs) {
  InputStream s(inputs);
  std::vector<RawInput> out;
  RawInput r;
  while (s.next(r)) out.push_back(r);
  return out;
}
}  // namespace

TEST(Input, DirectoriesAreRecursiveSortedAndFilteredByExtension) {
  TempDir dir;
  write_file(dir.file("b/2.txt"), "second");
  write_file(dir.file("a.html"), "<p>first</p>");
  write_file(dir.file("b/1.jsonl"), "{\"id\":\"x\",\"text\":\"t\"}\n\n{\"id\":\"y\",\"text\":\"u\"}\n");
  write_file(dir.file("notes.md"), "ignored");
  auto all = read_all({dir.path()});
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(all[0].format, InputFormat::kHtml);
  EXPECT_EQ(all[1].format, InputFormat::kJsonl);
  EXPECT_EQ(all[1].line_number, 1u);
  EXPECT_EQ(all[2].line_number, 3u);  // the blank line is skipped but counted
  EXPECT_EQ(all[3].payload, "second");
}

TEST(Input, ReadsGzippedFiles) {
  TempDir dir;
  std::string path = dir.file("page.html.gz");
  gzFile f = gzopen(path.c_str(), "wb");
  gzputs(f, "<p>compressed</p>");
  gzclose(f);
  auto all = read_all({path});
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].format, InputFormat::kHtml);
  EXPECT_EQ(all[0].payload, "<p>compressed</p>");
  EXPECT_TRUE(all[0].error.empty());
}

TEST(Input, CorruptGzipIsAPerDocumentError) {
  TempDir dir;
  write_file(dir.file("bad.txt.gz"), std::string("\x1f\x8b\x08\x00garbage-not-deflate", 22));
  auto all = read_all({dir.file("bad.txt.gz")});
  ASSERT_EQ(all.size(), 1u);
  EXPECT_FALSE(all[0].error.empty());
}

TEST(Input, ReadsA50MegabyteLineWhole) {
  TempDir dir;
  std::string big(50u << 20, 'a');
  write_file(dir.file("big.jsonl"), "{\"id\":\"big\",\"text\":\"" + big + "\"}\nshort\n");
  auto all = read_all({dir.file("big.jsonl")});
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].payload.size(), big.size() + 22);
  EXPECT_EQ(all[1].payload, "short");
}

TEST(Input, MissingInputIsAUsageError) {
  EXPECT_THROW(InputStream({"/nonexistent/file.txt"}), std::runtime_error);
}

TEST(Input, CrLfLineEndingsInJsonlAreTolerated) {
  TempDir dir;
  write_file(dir.file("w.jsonl"), "{\"id\":\"a\",\"text\":\"x\"}\r\n");
  auto all = read_all({dir.file("w.jsonl")});
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].payload.back(), '}');
}
