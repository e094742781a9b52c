#include <gtest/gtest.h>

#include "text/residue.h"

using namespace casus;

namespace {
// The kind of the region covering the line that contains `needle`, or "" when none does.
std::string kind_at(const std::string& text, const std::vector<Region>& regions,
                    const std::string& needle) {
  size_t pos = text.find(needle);
  EXPECT_NE(pos, std::string::npos) << needle;
  for (const Region& r : regions)
    if (r.span.contains(static_cast<uint32_t>(pos))) return region_kind_name(r.kind);
  return "";
}
}  // namespace

TEST(Residue, MarksFurnitureOfAScrapedArticle) {
  const std::string text =
      "Home  /  World  /  Africa\n\n"
      "Floods cut roads across the delta\n\n"
      "By Amina Diallo | Staff Writer\n\n"
      "Villagers wade through water near Mopti on Monday. (Photo by Wire Agency)\n\n"
      "MOPTI (Wire Service) -- Floods have cut the main roads across the delta, officials said.\n\n"
      "Share this article\n\n"
      "Aid agencies said 3,000 families needed shelter.\n\n"
      "Back to top button\n"
      "Wire Service Roku App\n";
  auto regions = text::find_residue(text, "Floods cut roads across the delta");
  EXPECT_EQ(kind_at(text, regions, "Home"), "breadcrumb");
  EXPECT_EQ(kind_at(text, regions, "Floods cut roads"), "headline");
  EXPECT_EQ(kind_at(text, regions, "By Amina"), "byline");
  EXPECT_EQ(kind_at(text, regions, "Villagers wade"), "caption");
  EXPECT_EQ(kind_at(text, regions, "MOPTI (Wire"), "dateline");
  EXPECT_EQ(kind_at(text, regions, "Floods have cut"), "");  // body after the dateline
  EXPECT_EQ(kind_at(text, regions, "Share this"), "boilerplate");
  EXPECT_EQ(kind_at(text, regions, "Aid agencies"), "");
  EXPECT_EQ(kind_at(text, regions, "Back to top"), "footer");
  EXPECT_EQ(kind_at(text, regions, "Roku App"), "footer");
}

TEST(Residue, RunTogetherMenuLabelsAreABreadcrumb) {
  const std::string text = "WorldMiddle EastEurope\n\nTalks resume in Vienna\n\nBody text here.\n";
  auto regions = text::find_residue(text, "");
  EXPECT_EQ(kind_at(text, regions, "WorldMiddle"), "breadcrumb");
  EXPECT_EQ(kind_at(text, regions, "Talks resume"), "headline");
}

TEST(Residue, ProperNamesWithInnerCapitalsAreNotBreadcrumbs) {
  const std::string text = "McDonald wins the vote in Glasgow\n\nThe count ended at night.\n";
  auto regions = text::find_residue(text, "");
  EXPECT_NE(kind_at(text, regions, "McDonald"), "breadcrumb");
}

TEST(Residue, AlternateAddressFooterAndItsTail) {
  const std::string text =
      "The strike killed four people, the agency said.\n\n"
      "Example TV's website can also be accessed at the following alternate addresses:\n\n"
      "www.example-tv.example\n";
  auto regions = text::find_residue(text, "");
  EXPECT_EQ(kind_at(text, regions, "can also be accessed"), "footer");
  EXPECT_EQ(kind_at(text, regions, "www.example"), "footer");
  EXPECT_EQ(kind_at(text, regions, "The strike"), "");
}

TEST(Residue, BodySentencesThatMentionPhotosAreNotCaptions) {
  const std::string text =
      "Title line of the story here\n\nThe agency published a photo of the site (see below), "
      "officials said.\nHe said the photo was taken on Monday.\n";
  auto regions = text::find_residue(text, "");
  EXPECT_EQ(kind_at(text, regions, "The agency published"), "");
  EXPECT_EQ(kind_at(text, regions, "He said the photo"), "");
}

TEST(Residue, DatelineVariants) {
  for (std::string line : {"KABUL, Afghanistan (AP) \xE2\x80\x94 Talks began.",
                           "S\xC3\x89VAR\xC3\x89 \xE2\x80\x94 Trucks arrived.",
                           "NEW YORK, July 10 (Reuters) - Prices rose."}) {
    std::string text = "Headline of the story\n\n" + line + "\n";
    auto regions = text::find_residue(text, "");
    EXPECT_EQ(kind_at(text, regions, line.substr(0, 4)), "dateline") << line;
  }
  std::string not_dateline = "Headline of the story\n\nAnti-war protesters - many of them young - marched.\n";
  auto regions = text::find_residue(not_dateline, "");
  EXPECT_EQ(kind_at(not_dateline, regions, "Anti-war"), "");
}
