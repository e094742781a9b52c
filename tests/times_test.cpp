// Time expressions: recognition and TIMEX3 normalisation against the publication date.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "casus/document.h"
#include "extract/times.h"
#include "text/residue.h"
#include "text/sentences.h"

using namespace casus;

namespace {

Document annotate(const std::string& text, const std::string& published = "2021-07-10") {
  Document d;
  d.text = text;
  d.published = published;
  d.regions = text::find_residue(d.text, "");
  text::segment(d);
  extract::annotate_times(d);
  return d;
}

// The expression whose span text is exactly `span` (first one), or nullptr.
const TimeExpression* find(const Document& d, const std::string& span) {
  for (const auto& t : d.times)
    if (d.slice(t.span) == span) return &t;
  return nullptr;
}

std::string dump(const Document& d) {
  std::string out;
  for (const auto& t : d.times)
    out += "[" + std::string(d.slice(t.span)) + "|" + t.type + "|" + t.value + "|" + t.mod + "] ";
  return out;
}

#define EXPECT_TIMEX(doc, span, type_, value_)                      \
  do {                                                              \
    const TimeExpression* t_ = find(doc, span);                     \
    ASSERT_NE(t_, nullptr) << "no timex '" << span << "' in " << dump(doc); \
    EXPECT_EQ(t_->type, type_) << span;                             \
    EXPECT_EQ(t_->value, value_) << span;                           \
  } while (0)

// 2021-07-10 is a Saturday, in ISO week 27.

TEST(Times, CalendarDates) {
  auto d = annotate(
      "The deal was signed on July 10, 2021 in Doha. Talks resumed on Jan. 8 in Geneva. "
      "The ceasefire of 7/4/2021 held. Fighting began in 2014 and worsened in January 2020. "
      "The group was founded in the 1990s. Elections are due on 15 March 2022.");
  EXPECT_TIMEX(d, "July 10, 2021", "DATE", "2021-07-10");
  EXPECT_TIMEX(d, "Jan. 8", "DATE", "2021-01-08");
  EXPECT_TIMEX(d, "7/4/2021", "DATE", "2021-07-04");
  EXPECT_TIMEX(d, "2014", "DATE", "2014");
  EXPECT_TIMEX(d, "January 2020", "DATE", "2020-01");
  EXPECT_TIMEX(d, "the 1990s", "DATE", "199");
  EXPECT_TIMEX(d, "15 March 2022", "DATE", "2022-03-15");
  EXPECT_EQ(find(d, "July 10, 2021")->precision, "day");
  EXPECT_EQ(find(d, "January 2020")->precision, "month");
  EXPECT_EQ(find(d, "2014")->precision, "year");
  EXPECT_EQ(find(d, "the 1990s")->precision, "decade");
}

TEST(Times, WeekdaysResolveToThePastInNarrationAndForwardWithFutureCues) {
  auto d = annotate(
      "Militants attacked the base on Thursday. Early on Friday, rockets hit the airport. "
      "Friday's strike killed three. The minister spoke on Saturday. "
      "The talks will resume on Monday. He said the vote was last Tuesday.");
  EXPECT_TIMEX(d, "Thursday", "DATE", "2021-07-08");
  EXPECT_TIMEX(d, "Friday", "DATE", "2021-07-09");
  EXPECT_EQ(d.times[1].value, "2021-07-09");  // "Early on Friday": the weekday alone
  EXPECT_EQ(d.slice(d.times[1].span), "Friday");
  EXPECT_EQ(d.slice(d.times[2].span), "Friday");  // "Friday's": without the 's
  EXPECT_EQ(d.times[2].value, "2021-07-09");
  EXPECT_TIMEX(d, "Saturday", "DATE", "2021-07-10");
  EXPECT_TIMEX(d, "Monday", "DATE", "2021-07-12");
  EXPECT_TIMEX(d, "last Tuesday", "DATE", "2021-07-06");
}

TEST(Times, RelativeExpressions) {
  auto d = annotate(
      "Officials said yesterday that the convoy left today. Prices rose last week. "
      "The envoy arrived late last month. Last year's offensive failed. "
      "The budget grew this year and will grow next year. The rally is planned for next month.");
  EXPECT_TIMEX(d, "yesterday", "DATE", "2021-07-09");
  EXPECT_TIMEX(d, "today", "DATE", "2021-07-10");
  EXPECT_TIMEX(d, "last week", "DATE", "2021-W26");
  EXPECT_EQ(find(d, "last week")->precision, "week");
  EXPECT_TIMEX(d, "late last month", "DATE", "2021-06");
  EXPECT_EQ(find(d, "late last month")->mod, "END");
  EXPECT_TIMEX(d, "Last year", "DATE", "2020");
  EXPECT_TIMEX(d, "this year", "DATE", "2021");
  EXPECT_TIMEX(d, "next year", "DATE", "2022");
  EXPECT_TIMEX(d, "next month", "DATE", "2021-08");
}

TEST(Times, DurationsAreAnchoredOnTheDateTheTextGives) {
  auto d = annotate(
      "The attack took place on June 3. Two days after the attack, the army withdrew. "
      "The siege lasted three years. Talks went on for 48 hours. "
      "Over the past three years, prices doubled. He served for more than 20 years.");
  EXPECT_TIMEX(d, "June 3", "DATE", "2021-06-03");
  EXPECT_TIMEX(d, "Two days", "DURATION", "P2D");
  const TimeExpression* two = find(d, "Two days");
  ASSERT_GE(two->anchor, 0);
  EXPECT_EQ(d.slice(d.times[two->anchor].span), "June 3");
  EXPECT_TIMEX(d, "three years", "DURATION", "P3Y");
  EXPECT_TIMEX(d, "48 hours", "DURATION", "PT48H");
  EXPECT_TIMEX(d, "the past three years", "DURATION", "P3Y");
  EXPECT_TIMEX(d, "more than 20 years", "DURATION", "P20Y");
  EXPECT_EQ(find(d, "more than 20 years")->mod, "MORE_THAN");
  EXPECT_EQ(find(d, "three years")->precision, "");
}

TEST(Times, TimesOfDay) {
  auto d = annotate(
      "The blast happened at 5 p.m. on Friday. Clashes broke out this morning. "
      "Residents heard gunfire last night. The curfew will start at 10:30 p.m. on Sunday.");
  EXPECT_TIMEX(d, "5 p.m.", "TIME", "2021-07-09T17:00");
  EXPECT_TIMEX(d, "this morning", "TIME", "2021-07-10TMO");
  EXPECT_TIMEX(d, "10:30 p.m.", "TIME", "2021-07-11T22:30");
  EXPECT_TIMEX(d, "last night", "TIME", "2021-07-09TNI");
}

TEST(Times, SetsAndVagueReferences) {
  auto d = annotate(
      "Protesters gather every Friday. The bulletin is published weekly. "
      "Tensions have risen recently. The border is now closed. "
      "More troops will arrive in the coming days. Such raids happen twice a month.");
  EXPECT_TIMEX(d, "every Friday", "SET", "XXXX-WXX-5");
  EXPECT_TIMEX(d, "weekly", "SET", "P1W");
  EXPECT_TIMEX(d, "recently", "DATE", "PAST_REF");
  EXPECT_TIMEX(d, "now", "DATE", "PRESENT_REF");
  EXPECT_TIMEX(d, "the coming days", "DATE", "FUTURE_REF");
  EXPECT_TIMEX(d, "a month", "SET", "P1M");
  EXPECT_EQ(find(d, "recently")->precision, "");
}

TEST(Times, QuartersSeasonsFiscalYears) {
  auto d = annotate(
      "Profits fell in the second quarter. Third-quarter sales rose. A year earlier, sales "
      "were flat. The offensive began last summer. Spending in fiscal 2020 was high. "
      "The plant closes in the first half of 2022.");
  EXPECT_TIMEX(d, "the second quarter", "DATE", "2021-Q2");
  EXPECT_EQ(find(d, "the second quarter")->precision, "quarter");
  EXPECT_TIMEX(d, "Third-quarter", "DATE", "2021-Q3");
  EXPECT_TIMEX(d, "A year earlier", "DATE", "2020-Q2");
  EXPECT_TIMEX(d, "last summer", "DATE", "2020-SU");
  EXPECT_EQ(find(d, "last summer")->precision, "season");
  EXPECT_TIMEX(d, "fiscal 2020", "DATE", "2020");
  EXPECT_TIMEX(d, "the first half of 2022", "DATE", "2022-H1");
}

TEST(Times, YesterdayInsideAQuotationCountsFromTheSpeechDate) {
  auto d = annotate(
      "\xE2\x80\x9CThe convoy was hit yesterday,\xE2\x80\x9D the source told the agency on "
      "Thursday. \"We left yesterday,\" a driver said on Wednesday.");
  ASSERT_GE(d.times.size(), 4u) << dump(d);
  EXPECT_EQ(d.times[0].value, "2021-07-07");  // the day before Thursday 2021-07-08
  EXPECT_EQ(d.times[0].anchor, 1);
  EXPECT_EQ(d.slice(d.times[1].span), "Thursday");
  EXPECT_EQ(d.times[2].value, "2021-07-06");
  // Outside a quotation "yesterday" counts from the publication date.
  auto e = annotate("The source said the convoy was hit yesterday.");
  EXPECT_TIMEX(e, "yesterday", "DATE", "2021-07-09");
}

TEST(Times, SpansAreByteOffsetsAndTheArticleFollowsTimeML) {
  auto d = annotate("Caf\xC3\xA9 owners \xE2\x80\x94 on Friday \xE2\x80\x94 closed. "
                    "Results for the third quarter and the 14-day period came out.");
  const TimeExpression* fri = find(d, "Friday");
  ASSERT_NE(fri, nullptr) << dump(d);
  EXPECT_EQ(d.text.substr(fri->span.begin, 6), "Friday");
  EXPECT_NE(find(d, "the third quarter"), nullptr) << dump(d);
  EXPECT_NE(find(d, "14-day"), nullptr) << dump(d);
  EXPECT_EQ(find(d, "the 14-day"), nullptr) << dump(d);
}

TEST(Times, WithoutPublicationDateRelativeValuesStayUnderspecified) {
  auto d = annotate("He left yesterday. The vote is on July 10. Shelling resumed on Friday. "
                    "Sales rose last year. It lasted two weeks.",
                    "");
  EXPECT_TIMEX(d, "yesterday", "DATE", "PAST_REF");
  EXPECT_TIMEX(d, "July 10", "DATE", "XXXX-07-10");
  EXPECT_TIMEX(d, "Friday", "DATE", "XXXX-WXX-5");
  EXPECT_TIMEX(d, "last year", "DATE", "PAST_REF");
  EXPECT_TIMEX(d, "two weeks", "DURATION", "P2W");
  for (const auto& t : d.times) EXPECT_FALSE(t.value.empty());
}

TEST(Times, RobustOnEmptyAndGarbageInput) {
  EXPECT_TRUE(annotate("").times.empty());
  EXPECT_TRUE(annotate("   \n\n ").times.empty());
  EXPECT_TRUE(annotate("No time here at all.", "not a date").times.empty());
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    std::string text;
    static const char* kPieces[] = {"the ", "last ", "Friday", "'s ", "1990", "s ", "a.m. ",
                                    "5", ":", "30 ", "-", "year", "ago ", "\xE2\x80\x9C",
                                    "\xE2\x80\x9D", "\"", ". ", "\n\n", "\xC3", "\xA9", "of ",
                                    "July ", "31", "/", "2", ", ", "quarter ", "every ",
                                    "yesterday", "`", "'", "and a half ", "mid", "the end of "};
    int len = 1 + static_cast<int>(rng() % 60);
    for (int i = 0; i < len; ++i) text += kPieces[rng() % (sizeof kPieces / sizeof *kPieces)];
    Document d = annotate(text, round % 3 ? "2020-02-29" : "");
    for (const auto& t : d.times) {
      EXPECT_LT(t.span.begin, t.span.end);
      EXPECT_LE(t.span.end, d.text.size());
      EXPECT_FALSE(t.type.empty());
      EXPECT_FALSE(t.value.empty()) << text;
    }
  }
}

TEST(Times, PublishedDateTimeIsAccepted) {
  auto d = annotate("The strike happened yesterday.", "2021-07-10T08:15:00Z");
  EXPECT_TIMEX(d, "yesterday", "DATE", "2021-07-09");
}

}  // namespace

TEST(Times, SentenceDateTakesTheSentencesOwnDateThenContextThenPublication) {
  casus::Document d;
  d.id = "s";
  d.published = "2021-07-10";
  d.text = "On June 29, 2021, fighters marched in Baghdad. They chanted slogans. Officials met. "
           "Rockets hit the base last month. Nobody spoke.";
  casus::text::segment(d);
  casus::extract::annotate_times(d);
  ASSERT_EQ(d.sentences.size(), 5u);
  auto first = casus::extract::sentence_date(d, 0);
  EXPECT_EQ(first.value, "2021-06-29");
  EXPECT_EQ(first.precision, "day");
  EXPECT_GE(first.time, 0);
  EXPECT_EQ(casus::extract::sentence_date(d, 1).value, "2021-06-29");  // from context
  EXPECT_EQ(casus::extract::sentence_date(d, 2).value, "2021-06-29");
  auto month = casus::extract::sentence_date(d, 3);
  EXPECT_EQ(month.value, "2021-06");
  EXPECT_EQ(month.precision, "month");
  auto fallback = casus::extract::sentence_date(d, 4);  // context holds only a month
  EXPECT_EQ(fallback.value, "2021-06");
  casus::Document none;
  none.text = "Nothing dated here.";
  casus::text::segment(none);
  casus::extract::annotate_times(none);
  EXPECT_TRUE(casus::extract::sentence_date(none, 0).value.empty());
}
