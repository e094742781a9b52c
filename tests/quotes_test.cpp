// Quotes and attribution: direct, mixed and indirect speech, source, speaker, cue, channel, key.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "casus/document.h"
#include "extract/quote_lexicon.h"
#include "extract/quotes.h"
#include "pipeline/pipeline.h"
#include "pipeline_support.h"

using namespace casus;

namespace {

Document run(const std::string& text, bool syntax = true) {
  Document d;
  d.id = "t";
  d.text = text;
  d.published = "2021-07-10";
  casus::testing::builtin_pipeline(syntax).annotate(d);
  return d;
}

std::string content(const Document& d, const Quote& q) { return std::string(d.slice(q.content)); }

// The quote whose content contains `needle`, or nullptr.
const Quote* with(const Document& d, const std::string& needle) {
  for (const Quote& q : d.quotes)
    if (content(d, q).find(needle) != std::string::npos) return &q;
  return nullptr;
}

std::string dump(const Document& d) {
  std::string out;
  for (const Quote& q : d.quotes)
    out += "[" + content(d, q) + " | src=" + std::string(d.slice(q.source)) +
           " | cue=" + std::string(d.slice(q.cue)) + " | speaker=" + q.speaker + "] ";
  return out;
}

}  // namespace

TEST(Quotes, DirectCurlyMarksWithInvertedSpeaker) {
  Document d = run("Title.\n\n“We were there under legitimate pretenses,” Figueroa told reporters.");
  const Quote* q = with(d, "legitimate pretenses");
  ASSERT_NE(q, nullptr) << dump(d);
  EXPECT_EQ(content(d, *q), "“We were there under legitimate pretenses,”");
  EXPECT_TRUE(q->direct);
  EXPECT_EQ(d.slice(q->source), "Figueroa");
  EXPECT_EQ(d.slice(q->cue), "told");
}

TEST(Quotes, DirectStraightMarksAfterColon) {
  Document d = run("Title.\n\nThe minister said: \"The border will stay closed until further notice.\"");
  const Quote* q = with(d, "border will stay closed");
  ASSERT_NE(q, nullptr) << dump(d);
  EXPECT_TRUE(q->direct);
  EXPECT_EQ(d.slice(q->cue), "said");
  EXPECT_NE(std::string(d.slice(q->source)).find("minister"), std::string::npos);
}

TEST(Quotes, NestedSingleQuotesStayInside) {
  Document d = run(
      "Title.\n\nDouglas Brinkley recalled, “Out of nowhere, he said, ‘If we don’t act, all bets "
      "are off.’”");
  ASSERT_EQ(d.quotes.size(), 1u) << dump(d);
  const Quote& q = d.quotes[0];
  EXPECT_EQ(content(d, q).substr(0, 3), "“");
  EXPECT_NE(content(d, q).find("all bets are off.’”"), std::string::npos);
  EXPECT_EQ(d.slice(q.cue), "recalled");
  EXPECT_NE(std::string(d.slice(q.source)).find("Brinkley"), std::string::npos);
}

TEST(Quotes, SplitQuoteAndFollowingQuotedSentenceAreOneContent) {
  Document d = run(
      "Title.\n\n\"If you have even a portion of those people displaced,\" he said, \"you have a "
      "refugee crisis.\" \"It will not stop at the border.\"\n\nOther news followed.");
  const Quote* q = with(d, "portion of those people");
  ASSERT_NE(q, nullptr) << dump(d);
  EXPECT_NE(content(d, *q).find("refugee crisis"), std::string::npos);
  EXPECT_NE(content(d, *q).find("stop at the border"), std::string::npos);
  EXPECT_EQ(d.slice(q->cue), "said");
}

TEST(Quotes, MultiParagraphQuote) {
  Document d = run(
      "Title.\n\nThe senator said: “We will not accept this budget. It cuts schools.\n\n“It cuts "
      "hospitals as well, and we will vote against it.”\n\nThe vote is on Monday.");
  const Quote* q = with(d, "not accept this budget");
  ASSERT_NE(q, nullptr) << dump(d);
  EXPECT_NE(content(d, *q).find("vote against it"), std::string::npos) << content(d, *q);
  EXPECT_TRUE(q->direct);
  EXPECT_EQ(with(d, "vote is on Monday"), nullptr);
}

TEST(Quotes, MixedQuoteContentIsTheReportedClause) {
  Document d = run(
      "Title.\n\nKirby said the positions were used by groups “that are engaged in drone "
      "attacks” against American troops.");
  const Quote* q = with(d, "positions were used");
  ASSERT_NE(q, nullptr) << dump(d);
  EXPECT_NE(content(d, *q).find("drone attacks”"), std::string::npos);
  EXPECT_FALSE(q->direct);
  EXPECT_EQ(d.slice(q->cue), "said");
  EXPECT_EQ(d.slice(q->source), "Kirby");
}

TEST(Quotes, IndirectWithThatKeepsThat) {
  Document d = run("Title.\n\nThe ministry stressed that the talks would resume next week.");
  const Quote* q = with(d, "talks would resume");
  ASSERT_NE(q, nullptr) << dump(d);
  EXPECT_EQ(content(d, *q), "that the talks would resume next week");
  EXPECT_FALSE(q->direct);
  EXPECT_EQ(d.slice(q->cue), "stressed");
  EXPECT_NE(std::string(d.slice(q->source)).find("ministry"), std::string::npos);
}

TEST(Quotes, ClauseBeforeTheCue) {
  Document d = run("Title.\n\nThe convoy was hit near the border crossing, officials said on Sunday.");
  const Quote* q = with(d, "convoy was hit");
  ASSERT_NE(q, nullptr) << dump(d);
  EXPECT_EQ(content(d, *q), "The convoy was hit near the border crossing");
  EXPECT_EQ(d.slice(q->source), "officials");
  EXPECT_TRUE(q->anonymous);
}

TEST(Quotes, AccordingTo) {
  Document d = run("Title.\n\nAccording to the health ministry, five people were wounded in the attack.");
  const Quote* q = with(d, "five people were wounded");
  ASSERT_NE(q, nullptr) << dump(d);
  EXPECT_EQ(d.slice(q->cue), "According to");
  EXPECT_NE(std::string(d.slice(q->source)).find("health ministry"), std::string::npos);
  Document e = run("Title.\n\nFive people were wounded in the attack, according to the health ministry.");
  const Quote* r = with(e, "Five people were wounded");
  ASSERT_NE(r, nullptr) << dump(e);
  EXPECT_EQ(content(e, *r), "Five people were wounded in the attack");
}

TEST(Quotes, PronounSpeakerInALaterSentence) {
  Document d = run(
      "Title.\n\nWhite House spokesman Josh Earnest spoke on Monday. He said the president would "
      "veto the bill.");
  const Quote* q = with(d, "veto the bill");
  ASSERT_NE(q, nullptr) << dump(d);
  EXPECT_EQ(d.slice(q->source), "He");
  EXPECT_EQ(q->speaker, "Josh Earnest") << dump(d);
  EXPECT_GE(q->speaker_entity, 0);
  EXPECT_FALSE(q->speaker_id.empty());
}

TEST(Quotes, CoordinatedCueTakesTheSubjectOfTheFirstVerb) {
  Document d = run("Title.\n\nAkram al-Kaabi denounced the request and said, “We will not leave.”");
  const Quote* q = with(d, "We will not leave");
  ASSERT_NE(q, nullptr) << dump(d);
  EXPECT_EQ(d.slice(q->cue), "said");
  EXPECT_NE(std::string(d.slice(q->source)).find("Kaabi"), std::string::npos) << dump(d);
}

TEST(Quotes, AnonymousSource) {
  Document d = run(
      "Title.\n\nAn Iraqi security source said that three rockets landed near the airport.");
  const Quote* q = with(d, "three rockets landed");
  ASSERT_NE(q, nullptr) << dump(d);
  EXPECT_TRUE(q->anonymous);
  EXPECT_TRUE(q->speaker.empty());
  EXPECT_NE(std::string(d.slice(q->source)).find("security source"), std::string::npos);
}

TEST(Quotes, Channels) {
  Document d = run(
      "Title.\n\nThe spokesman said in a statement that the base was not damaged.\n\nThe minister "
      "said in an interview with Al Arabiya that talks had failed.\n\nThe commander wrote on his "
      "Twitter page that the attack was repelled.");
  const Quote* a = with(d, "base was not damaged");
  ASSERT_NE(a, nullptr) << dump(d);
  EXPECT_EQ(a->channel, "statement");
  const Quote* b = with(d, "talks had failed");
  ASSERT_NE(b, nullptr) << dump(d);
  EXPECT_EQ(b->channel, "interview with Al Arabiya");
  const Quote* c = with(d, "attack was repelled");
  ASSERT_NE(c, nullptr) << dump(d);
  EXPECT_EQ(c->channel, "Twitter page");
}

TEST(Quotes, ToldANewsAgencyIsTheChannel) {
  Document d = run("Title.\n\nThe governor told Shafaq News Agency that the road was reopened.");
  const Quote* q = with(d, "road was reopened");
  ASSERT_NE(q, nullptr) << dump(d);
  EXPECT_EQ(d.slice(q->cue), "told");
  EXPECT_EQ(q->channel, "Shafaq News Agency");
}

TEST(Quotes, TranscriptSpeakerLabel) {
  Document d = run("Title.\n\nWALLACE: Will she be there tomorrow night?\n\nPENCE: She will not attend.");
  const Quote* q = with(d, "She will not attend");
  ASSERT_NE(q, nullptr) << dump(d);
  EXPECT_EQ(d.slice(q->source), "PENCE");
  EXPECT_EQ(d.slice(q->cue), ":");
}

TEST(Quotes, KeyIsStableAcrossWordingAndPunctuation) {
  std::string a = extract::quote_key("“We will NOT accept these conditions,” he said");
  std::string b = extract::quote_key("\"We won't accept the condition\" - he says.");
  EXPECT_FALSE(a.empty());
  EXPECT_EQ(extract::quote_key("“We will not accept these conditions.”"),
            extract::quote_key("\"we will not accept the conditions\""));
  EXPECT_EQ(extract::quote_key("The attacks were stopped"), extract::quote_key("the attack is stopping!"));
  EXPECT_NE(a, extract::quote_key("The talks collapsed"));
  (void)b;
  Document d1 = run("Title.\n\n“We will not accept these conditions,” the minister said.");
  Document d2 = run("Title.\n\nThe minister said: \"We will not accept the condition.\"");
  ASSERT_EQ(d1.quotes.size(), 1u) << dump(d1);
  ASSERT_EQ(d2.quotes.size(), 1u) << dump(d2);
  EXPECT_EQ(d1.quotes[0].key, d2.quotes[0].key);
}

TEST(Quotes, LexiconIsLoadedFromData) {
  const extract::CueLexicon& lex = extract::cue_lexicon();
  EXPECT_GE(lex.entries, 150u);
  ASSERT_NE(lex.find("said"), nullptr);
  EXPECT_EQ(lex.find("said")->lemma, "say");
  ASSERT_NE(lex.find("tweeted"), nullptr);
  ASSERT_NE(lex.find("admitted"), nullptr);
  EXPECT_TRUE(lex.nouns.count("statement"));
}

TEST(Quotes, UnbalancedMarksDoNotRunAway) {
  Document d = run(
      "Title.\n\nThe mayor said, “We need help now.\n\nThe river rose overnight. Officials said "
      "the dam held.");
  for (const Quote& q : d.quotes) {
    EXPECT_LE(q.content.end, d.text.size());
    EXPECT_LT(q.content.begin, q.content.end);
  }
  const Quote* q = with(d, "We need help now");
  ASSERT_NE(q, nullptr) << dump(d);
  EXPECT_EQ(content(d, *q).find("river"), std::string::npos);
  EXPECT_NE(with(d, "the dam held"), nullptr) << dump(d);
}

TEST(Quotes, EmptyTextAndNoSentences) {
  Document d = run("");
  EXPECT_TRUE(d.quotes.empty());
  Document bare;
  bare.text = "“Hello,” he said.";  // no sentences or tokens: nothing to anchor on
  extract::annotate_quotes(bare);
  EXPECT_TRUE(bare.quotes.empty());
}

TEST(Quotes, WorksWithoutAParse) {
  Document d = run(
      "Title.\n\n“The border is closed,” the minister said.\n\nThe ministry stressed that the "
      "talks would resume next week.\n\nFive people were hurt, police said.",
      /*syntax=*/false);
  ASSERT_TRUE(d.tokens.empty() || d.tokens[0].deprel.empty());
  const Quote* a = with(d, "border is closed");
  ASSERT_NE(a, nullptr) << dump(d);
  EXPECT_TRUE(a->direct);
  EXPECT_NE(std::string(d.slice(a->source)).find("minister"), std::string::npos);
  const Quote* b = with(d, "talks would resume");
  ASSERT_NE(b, nullptr) << dump(d);
  EXPECT_EQ(content(d, *b), "that the talks would resume next week");
  const Quote* c = with(d, "Five people were hurt");
  ASSERT_NE(c, nullptr) << dump(d);
  EXPECT_EQ(d.slice(c->source), "police");
}
