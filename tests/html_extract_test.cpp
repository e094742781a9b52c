// Main-text extraction from HTML: body keeps the article's paragraphs and drops page furniture;
// captions and bylines are set aside; metadata comes from meta tags, JSON-LD and <title>.
#include "text/html_extract.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace {

using casus::text::extract_article;
using casus::text::ExtractedPage;

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(CASUS_TEST_FIXTURES) + "/html/" + name, std::ios::binary);
  EXPECT_TRUE(in.good()) << name;
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

TEST(HtmlExtract, ArticlePageKeepsParagraphsInOrder) {
  ExtractedPage p = extract_article(fixture("article_page.html"));
  const std::string& b = p.body;
  size_t first = b.find("Thousands of people were forced to leave their homes");
  size_t second = b.find("Emergency crews worked through the night");
  size_t third = b.find("repeated warnings about the state of the flood defences");
  size_t last = b.find("further rain was expected on Sunday");
  ASSERT_NE(first, std::string::npos) << b;
  ASSERT_NE(second, std::string::npos) << b;
  ASSERT_NE(third, std::string::npos) << b;
  ASSERT_NE(last, std::string::npos) << b;
  EXPECT_LT(first, second);
  EXPECT_LT(second, third);
  EXPECT_LT(third, last);
  // paragraphs are separated by a blank line, whitespace is collapsed
  EXPECT_TRUE(contains(b, "officials said.\n\nEmergency crews")) << b;
  EXPECT_FALSE(contains(b, "  "));
  EXPECT_EQ(b.find("Thousands"), 0u) << "headline or byline leaked before the first paragraph";
}

TEST(HtmlExtract, ArticlePageKeepsSubheadsListsAndQuotes) {
  ExtractedPage p = extract_article(fixture("article_page.html"));
  EXPECT_TRUE(contains(p.body, "\n\nWarnings ignored\n\n")) << p.body;
  EXPECT_TRUE(contains(p.body, "Three schools will stay closed until Wednesday.")) << p.body;
  EXPECT_TRUE(contains(p.body, "The main bridge remains shut to traffic.")) << p.body;
  EXPECT_TRUE(contains(p.body, "We have never seen the water come up this fast")) << p.body;
}

TEST(HtmlExtract, ArticlePageDropsFurniture) {
  ExtractedPage p = extract_article(fixture("article_page.html"));
  const std::string& b = p.body;
  for (const char* junk :
       {"cookies", "Home", "Share on Facebook", "morning newsletter", "Related stories",
        "Storm damage bill", "This is a disgrace", "My thoughts are with", "All rights reserved",
        "not text", "color: red", "Floods force thousands from their homes", "Jane Marlow"})
    EXPECT_FALSE(contains(b, junk)) << junk << " in:\n" << b;
}

TEST(HtmlExtract, ArticlePageCaptionAndByline) {
  ExtractedPage p = extract_article(fixture("article_page.html"));
  ASSERT_EQ(p.captions.size(), 1u);
  EXPECT_EQ(p.captions[0], "Residents wade through the flooded high street on Friday.");
  EXPECT_FALSE(contains(p.body, "Residents wade"));
  EXPECT_EQ(p.byline, "By Jane Marlow, Environment Correspondent");
}

TEST(HtmlExtract, ArticlePageMetadata) {
  ExtractedPage p = extract_article(fixture("article_page.html"));
  EXPECT_EQ(p.title, "Floods Force Thousands From Homes");
  EXPECT_EQ(p.published, "2021-07-10T08:30:00Z");
  EXPECT_EQ(p.outlet, "The Riverside Gazette");
  EXPECT_EQ(p.canonical_url, "https://gazette.example/news/floods-force-thousands");
  EXPECT_EQ(p.language, "en-GB");
  EXPECT_TRUE(p.has_body_element);
}

TEST(HtmlExtract, DivSoupWithBreaks) {
  ExtractedPage p = extract_article(fixture("div_soup.html"));
  const std::string& b = p.body;
  EXPECT_TRUE(contains(b, "Dockworkers at the northern port extended their strike")) << b;
  EXPECT_TRUE(contains(b, "stranded on the quays.\n\nThe union said")) << b;
  EXPECT_TRUE(contains(b, "according to the chamber of commerce.")) << b;
  for (const char* junk : {"Accueil", "Subscribe now", "Most read", "Election results",
                           "Advertise", "Containers pile up"})
    EXPECT_FALSE(contains(b, junk)) << junk << " in:\n" << b;
  ASSERT_EQ(p.captions.size(), 1u);
  EXPECT_EQ(p.captions[0], "Containers pile up at the northern terminal.");
}

TEST(HtmlExtract, DivSoupMetadataFromJsonLdGraph) {
  ExtractedPage p = extract_article(fixture("div_soup.html"));
  EXPECT_EQ(p.title, "Port strike enters second week");
  EXPECT_EQ(p.published, "2020-03-02");  // meta name=date, slashes normalised
  EXPECT_EQ(p.outlet, "Harbour Post Media");
  EXPECT_EQ(p.language, "fr");
  EXPECT_EQ(p.byline, "Luc Moreau");
}

TEST(HtmlExtract, JsonLdDateWhenNoMetaDate) {
  std::string html =
      "<html><head><script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},"
      "{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-11-19T10:00:00-05:00\"}]</script>"
      "</head><body><p>Some article text that is long enough, with a comma, to count.</p>"
      "<time datetime=\"2018-01-01\">old</time></body></html>";
  ExtractedPage p = extract_article(html);
  EXPECT_EQ(p.published, "2019-11-19T10:00:00-05:00");
}

TEST(HtmlExtract, TimeElementAndH1AsLastResort) {
  std::string html =
      "<html><body><h1>A headline only in the page</h1><time datetime=\"2022-05-04T10:00\">May 4"
      "</time><p>A paragraph of text that is clearly the article, with enough words in it.</p>"
      "</body></html>";
  ExtractedPage p = extract_article(html);
  EXPECT_EQ(p.title, "A headline only in the page");
  EXPECT_EQ(p.published, "2022-05-04T10:00");
  EXPECT_EQ(p.body, "A paragraph of text that is clearly the article, with enough words in it.");
}

TEST(HtmlExtract, NoBody) {
  ExtractedPage p = extract_article(fixture("no_body.html"));
  EXPECT_EQ(p.body, "");
  EXPECT_EQ(p.title, "Headless page");
  EXPECT_FALSE(p.has_body_element);
}

TEST(HtmlExtract, BrokenHtmlStillYieldsText) {
  ExtractedPage p = extract_article(fixture("broken.html"));
  EXPECT_TRUE(contains(p.body, "The first paragraph is long enough to be article text")) << p.body;
  EXPECT_TRUE(contains(p.body, "with bold and italic text, still inside the article body"))
      << p.body;
  EXPECT_EQ(p.title, "Broken");
}

TEST(HtmlExtract, EmptyAndGarbageInputDoNotCrash) {
  EXPECT_EQ(extract_article("").body, "");
  EXPECT_FALSE(extract_article("").has_body_element);
  EXPECT_NO_THROW(extract_article("<"));
  EXPECT_NO_THROW(extract_article("<!-- unterminated comment"));
  EXPECT_NO_THROW(extract_article("<script>never closed"));
  EXPECT_NO_THROW(extract_article("<div class=\"a"));
  EXPECT_NO_THROW(extract_article(std::string(1, '\0')));
  std::mt19937 rng(42);
  std::string base = fixture("article_page.html");
  for (int round = 0; round < 50; ++round) {
    std::string bytes(200 + rng() % 3000, '\0');
    for (char& c : bytes) c = static_cast<char>(rng() % 256);
    EXPECT_NO_THROW(extract_article(bytes));
    // truncations and corruptions of a real page
    std::string cut = base.substr(0, rng() % base.size());
    for (int k = 0; k < 5 && !cut.empty(); ++k) cut[rng() % cut.size()] = static_cast<char>(rng() % 256);
    EXPECT_NO_THROW(extract_article(cut));
  }
}

TEST(HtmlExtract, DeepNestingDoesNotCrash) {
  std::string html = "<html><body>";
  for (int i = 0; i < 20000; ++i) html += "<div>";
  html += "<p>Deep text that is long enough to count as a paragraph, really.</p>";
  ExtractedPage p = extract_article(html);
  SUCCEED();
}

TEST(HtmlExtract, WhitespaceCollapsedAndNfc) {
  // "e" + combining acute accent must come out precomposed; NBSP runs collapse to one space.
  std::string html =
      "<html><body><article><p>Cafe\xCC\x81 owners   met\xC2\xA0\xC2\xA0 the mayor,\n\t and "
      "the council on Tuesday to discuss the new rules.</p></article></body></html>";
  ExtractedPage p = extract_article(html);
  EXPECT_EQ(p.body,
            "Caf\xC3\xA9 owners met the mayor, and the council on Tuesday to discuss the new "
            "rules.");
}

TEST(HtmlExtract, TitleSuffixAndPrefixRemoved) {
  auto title_of = [](const std::string& t, const std::string& site) {
    std::string html = "<html><head><title>" + t + "</title>" +
                       (site.empty() ? "" : "<meta property=\"og:site_name\" content=\"" + site + "\">") +
                       "</head><body><p>x</p></body></html>";
    return extract_article(html).title;
  };
  EXPECT_EQ(title_of("Markets rally as inflation cools - Daily Ledger", ""),
            "Markets rally as inflation cools");
  EXPECT_EQ(title_of("Markets rally as inflation cools | Daily Ledger", ""),
            "Markets rally as inflation cools");
  EXPECT_EQ(title_of("Daily Ledger | Markets rally as inflation cools", "Daily Ledger"),
            "Markets rally as inflation cools");
  EXPECT_EQ(title_of("Spider-Man - the new film reviewed by our critic", ""),
            "Spider-Man - the new film reviewed by our critic");
}

TEST(HtmlExtract, LinkListInsideArticleDropped) {
  std::string html =
      "<html><body><div class=\"story\">"
      "<p>The first paragraph of the story, with some detail, a comma, and a full stop.</p>"
      "<div class=\"box\"><a href=\"/1\">Another headline here</a> <a href=\"/2\">And another "
      "headline</a> <a href=\"/3\">A third headline to read</a></div>"
      "<p>The second paragraph of the story, again with enough words, and another comma.</p>"
      "<p>Advertisement</p>"
      "</div></body></html>";
  ExtractedPage p = extract_article(html);
  EXPECT_EQ(p.body,
            "The first paragraph of the story, with some detail, a comma, and a full stop.\n\n"
            "The second paragraph of the story, again with enough words, and another comma.");
}

}  // namespace
