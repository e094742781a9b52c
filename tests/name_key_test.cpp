#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "lexicon/name_key.h"

using namespace casus::lexicon;

TEST(NameKey, ExactKeyFoldsCaseDiacriticsApostrophesHyphensAndArticles) {
  EXPECT_EQ(exact_key("Hashd al-Sha’abi"), "hashd al shaabi");
  EXPECT_EQ(exact_key("HASHD AL-SHAʿABI"), "hashd al shaabi");
  EXPECT_EQ(exact_key("Recep Tayyip Erdoğan"), "recep tayyip erdogan");
  EXPECT_EQ(exact_key("Abdel Fattah el-Sisi"), "abdel fattah al sisi");
  EXPECT_EQ(exact_key("Jabhat ash-Sham"), "jabhat al sham");
  EXPECT_EQ(exact_key("Al Gore"), "al. gore");  // a given name, not the article
  EXPECT_EQ(exact_key("  "), "");
}

// Words of ASCII letters are folded by a shortcut; the result is the same as for others.
TEST(NameKey, FoldsAsciiAndOtherWordsAlike) {
  EXPECT_EQ(fold_word("Qa'ida"), "qaida");
  EXPECT_EQ(fold_word("QA’IDA"), "qaida");
  EXPECT_EQ(fold_word("82nd"), "82nd");
  EXPECT_EQ(fold_word("Émile"), "emile");
  EXPECT_EQ(fold_word("--"), "");
  int letters = 0, capitals = 0;
  std::string out = "left over";
  fold_ascii_word("U.S.-led", out, letters, capitals);
  EXPECT_EQ(out, "usled");
  EXPECT_EQ(letters, 5);
  EXPECT_EQ(capitals, 2);
  // Words of letters and digits only take the vector fold when sixteen bytes may be read,
  // and the byte loop otherwise: both as fold_ascii_word.
  const std::string padded = "AbcdefghijklmnopQRSTUVWXYZ0123456789@[`{/:" + std::string(16, ' ');
  for (size_t from = 0; from < 42; ++from)
    for (size_t n = 1; from + n <= 42 && n <= 20; ++n) {
      const std::string_view word = std::string_view(padded).substr(from, n);
      if (!std::all_of(word.begin(), word.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); }))
        continue;
      for (size_t readable : {n, padded.size() - from}) {
        std::string plain(24, '?'), ascii;  // what is there is replaced
        int pl = 1, pc = 2, al = 1, ac = 2;  // both add to what is there
        fold_plain_word(word, readable, plain, pl, pc);
        fold_ascii_word(word, ascii, al, ac);
        EXPECT_EQ(plain, ascii) << word << " readable " << readable;
        EXPECT_EQ(pl, al) << word;
        EXPECT_EQ(pc, ac) << word;
      }
    }
  EXPECT_EQ(exact_key("Kata'ib Hezbollah's 2nd Brigade"), "kataib hezbollahs 2nd brigade");
  EXPECT_EQ(exact_key("Asa’ib Ahl al-Haq"), exact_key("Asa'ib Ahl al-Haq"));
}

TEST(NameKey, LooseKeyIsAConsonantSkeleton) {
  EXPECT_EQ(loose_key("al-Kadhimi"), loose_key("al-Kazemi"));
  EXPECT_EQ(loose_key("Qaddafi"), loose_key("Gadhafi"));
  EXPECT_EQ(loose_key("Omar"), loose_key("Umar"));
}

TEST(NameKey, RealVariantsMatchAndNearMissesDoNot) {
  std::ifstream in(std::string(CASUS_TEST_FIXTURES) + "/names/variants.tsv");
  ASSERT_TRUE(in);
  std::string line;
  int same = 0, same_ok = 0, different = 0, different_ok = 0;
  std::vector<std::string> failures;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string kind, a, b;
    std::getline(fields, kind, '\t');
    std::getline(fields, a, '\t');
    std::getline(fields, b, '\t');
    bool match = same_name(a, b);
    EXPECT_EQ(match, same_name(b, a)) << "not symmetric: " << a << " / " << b;
    if (kind == "same") {
      ++same;
      same_ok += match;
      if (!match) failures.push_back("missed: " + a + " / " + b);
    } else {
      ++different;
      different_ok += !match;
      if (match) failures.push_back("false match: " + a + " / " + b);
    }
  }
  ASSERT_GE(same, 60);
  ASSERT_GE(different, 35);
  double recall = static_cast<double>(same_ok) / same;
  double rejection = static_cast<double>(different_ok) / different;
  std::printf("name variants: %d/%d real pairs match (%.3f), %d/%d near-misses rejected (%.3f)\n",
              same_ok, same, recall, different_ok, different, rejection);
  for (const auto& f : failures) std::printf("  %s\n", f.c_str());
  EXPECT_GE(recall, 0.9);
  EXPECT_EQ(different_ok, different);
}
