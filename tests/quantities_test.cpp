// Quantities and claims: figures, ranges, vague amounts, counted nouns, categories and
// claimants, each construction checked with and without the dependency parse.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "casus/document.h"
#include "extract/quantities.h"
#include "pipeline/pipeline.h"
#include "pipeline_support.h"

using namespace casus;

namespace {

using casus::testing::builtin_pipeline;

// Runs the whole pipeline; by default drops the quote layer and reruns the quantity stage so
// that claimants come from this stage's own attribution rules.
Document annotate(const std::string& text, bool syntax, bool keep_quotes = false) {
  Document d;
  d.id = "t";
  d.text = text;
  d.published = "2021-07-10";
  builtin_pipeline(syntax).annotate(d);
  if (!keep_quotes) {
    d.quotes.clear();
    extract::annotate_quantities(d);
  }
  return d;
}

std::string dump(const Document& d) {
  std::string out;
  for (const auto& q : d.quantities)
    out += "[" + std::string(d.slice(q.span)) + "|" + std::to_string(q.value) + "|" + q.category +
           "|" + q.counted + "|" + q.claimant + "] ";
  return out;
}

// The quantity whose span text begins with `head` (first one), or nullptr.
const Quantity* find(const Document& d, const std::string& head) {
  for (const auto& q : d.quantities)
    if (d.slice(q.span).substr(0, head.size()) == head) return &q;
  return nullptr;
}

struct Expect {
  std::string head;  // start of the span text
  double value, min, max;
  std::string category, counted, claimant, modifier;
};

void check(const std::string& text, const std::vector<Expect>& expected) {
  for (bool syntax : {false, true}) {
    SCOPED_TRACE(std::string(syntax ? "with parse: " : "no parse: ") + text);
    Document d = annotate(text, syntax);
    for (const Expect& e : expected) {
      const Quantity* q = find(d, e.head);
      ASSERT_NE(q, nullptr) << "no quantity '" << e.head << "' in " << dump(d);
      EXPECT_TRUE(q->has_value) << e.head;
      EXPECT_DOUBLE_EQ(q->value, e.value) << e.head;
      EXPECT_DOUBLE_EQ(q->min, e.min) << e.head;
      EXPECT_DOUBLE_EQ(q->max, e.max) << e.head;
      EXPECT_EQ(q->category, e.category) << e.head;
      EXPECT_EQ(q->counted, e.counted) << e.head;
      EXPECT_EQ(q->claimant, e.claimant) << e.head;
      EXPECT_EQ(q->modifier, e.modifier) << e.head;
    }
  }
}

void check_count(const std::string& text, size_t n) {
  for (bool syntax : {false, true}) {
    Document d = annotate(text, syntax);
    EXPECT_EQ(d.quantities.size(), n) << (syntax ? "with parse: " : "no parse: ") << text
                                      << " -> " << dump(d);
  }
}

}  // namespace

TEST(Quantities, DigitsAndSeparators) {
  check("The group fired 1,200 shells and 30 rockets at the base.",
        {{"1,200 shells", 1200, 1200, 1200, "weapon", "shells", "", ""},
         {"30 rockets", 30, 30, 30, "weapon", "rockets", "", ""}});
  check("Officials counted 2.5 million refugees in the region last year.",
        {{"2.5 million refugees", 2.5e6, 2.5e6, 2.5e6, "displaced", "refugees", "Officials", ""}});
}

TEST(Quantities, NumberWords) {
  check("Five people were killed in the strike.",
        {{"Five people", 5, 5, 5, "killed", "people", "", ""}});
  check("Twenty-one civilians and a dozen soldiers were killed.",
        {{"Twenty-one civilians", 21, 21, 21, "killed", "civilians", "", ""},
         {"a dozen soldiers", 12, 12, 12, "killed", "soldiers", "", ""}});
  check("Two hundred and fifty families fled the town.",
        {{"Two hundred and fifty families", 250, 250, 250, "displaced", "families", "", ""}});
}

TEST(Quantities, Ranges) {
  check("Between 10 and 15 rockets hit the airport.",
        {{"Between 10 and 15 rockets", 12.5, 10, 15, "weapon", "rockets", "", "range"}});
  check("Militants launched 10-15 drones at the base.",
        {{"10-15 drones", 12.5, 10, 15, "weapon", "drones", "", "range"}});
  check("Two or three soldiers were wounded in the blast.",
        {{"Two or three soldiers", 2.5, 2, 3, "wounded", "soldiers", "", "range"}});
}

TEST(Quantities, VagueAmounts) {
  check("At least 5 people died in the shelling.",
        {{"At least 5 people", 5, 5, 5, "killed", "people", "", "at_least"}});
  check("More than 20 protesters were arrested on Friday.",
        {{"More than 20 protesters", 20, 21, 21, "arrested", "protesters", "", "more_than"}});
  check("Iran launched dozens of missiles at the base.",
        {{"dozens of missiles", 24, 24, 99, "weapon", "missiles", "", "vague"}});
  check("Tens of thousands of people were displaced by the fighting.",
        {{"Tens of thousands of people", 20000, 20000, 99999, "displaced", "people", "", "vague"}});
  check("Hundreds of troops arrived in the city.",
        {{"Hundreds of troops", 200, 200, 999, "troops", "troops", "", "vague"}});
  check("Scores of families fled the village.",
        {{"Scores of families", 40, 40, 99, "displaced", "families", "", "vague"}});
  check("A handful of fighters were detained near the border.",
        {{"A handful of fighters", 2, 2, 5, "arrested", "fighters", "", "vague"}});
  check("Up to 40 rockets struck the base.",
        {{"Up to 40 rockets", 40, 40, 40, "weapon", "rockets", "", "up_to"}});
  check("About 2,500 US troops remain in the country.",
        {{"About 2,500 US troops", 2500, 2500, 2500, "troops", "troops", "", "about"}});
}

TEST(Quantities, Casualties) {
  check("Hashd al-Sha'abi condemned the attack, which killed four of its fighters.",
        {{"four of its fighters", 4, 4, 4, "killed", "fighters", "", ""}});
  check("The militia killed and injured 30 people in the raid.",
        {{"30 people", 30, 30, 30, "killed_or_wounded", "people", "", ""}});
  check("The death toll rose to 8 on Sunday.", {{"8", 8, 8, 8, "killed", "", "", ""}});
  check("The bombing left 12 injured.", {{"12 injured", 12, 12, 12, "wounded", "", "", ""}});
  check("The clashes left 7 dead.", {{"7 dead", 7, 7, 7, "killed", "", "", ""}});
  check("In the raid 4 people were killed.", {{"4 people", 4, 4, 4, "killed", "people", "", ""}});
  check("The strike caused 30 casualties.",
        {{"30 casualties", 30, 30, 30, "killed_or_wounded", "casualties", "", ""}});
  check("Security forces arrested 14 suspects in Basra.",
        {{"14 suspects", 14, 14, 14, "arrested", "suspects", "", ""}});
  check("The floods displaced 3,000 families.",
        {{"3,000 families", 3000, 3000, 3000, "displaced", "families", "", ""}});
}

TEST(Quantities, WeaponsTroopsMoney) {
  check("The group said it struck the base with 30 BM-21 Grad rockets.",
        {{"30 BM-21 Grad rockets", 30, 30, 30, "weapon", "rockets", "The group", ""}});
  check("Two jets dropped seven precision-guided munitions on the facilities.",
        {{"seven precision-guided munitions", 7, 7, 7, "weapon", "munitions", "", ""}});
  check("Washington will send 3,000 troops to the region.",
        {{"3,000 troops", 3000, 3000, 3000, "troops", "troops", "", ""}});
  check("The government pledged $85 million for reconstruction.",
        {{"$85 million", 85e6, 85e6, 85e6, "money", "dollars", "", ""}});
  check("The deal is worth 1.2 billion dollars.",
        {{"1.2 billion dollars", 1.2e9, 1.2e9, 1.2e9, "money", "dollars", "", ""}});
  check("Turnout was 30 percent in the capital.",
        {{"30 percent", 30, 30, 30, "other", "percent", "", ""}});
  check("Inflation reached 45% in May.", {{"45%", 45, 45, 45, "other", "percent", "", ""}});
}

TEST(Quantities, Claimants) {
  check("On Wednesday, Iraq's Sabereen news agency put the number of the wounded from the "
        "attack at five.",
        {{"five", 5, 5, 5, "wounded", "", "Sabereen News", ""}});
  check("Afterwards, U.S.-led coalition spokesman Col. Wayne Marotto alleged that only two "
        "troops sustained \"minor injuries\" in the attack.",
        {{"two troops", 2, 2, 2, "wounded", "troops", "Wayne Marotto", ""}});
  check("According to the health directorate, 7 people were killed.",
        {{"7 people", 7, 7, 7, "killed", "people", "the health directorate", ""}});
  check("The explosion killed 4 people, according to Reuters.",
        {{"4 people", 4, 4, 4, "killed", "people", "Reuters", ""}});
  check("Police arrested 12 suspects on Monday, the ministry said.",
        {{"12 suspects", 12, 12, 12, "arrested", "suspects", "the ministry", ""}});
  check("Iraqi lawmaker Ahmed al-Asadi said the US act of aggression killed and injured 30 "
        "people.",
        {{"30 people", 30, 30, 30, "killed_or_wounded", "people", "Ahmed al-Asadi", ""}});
  check("The drone strike killed three civilians.",
        {{"three civilians", 3, 3, 3, "killed", "civilians", "", ""}});
}

TEST(Quantities, ClaimantIdFromEntity) {
  Document d = annotate("Iraq's Sabereen news agency put the number of the wounded at five.", false);
  ASSERT_EQ(d.quantities.size(), 1u) << dump(d);
  EXPECT_EQ(d.quantities[0].claimant, "Sabereen News");
  EXPECT_EQ(d.quantities[0].claimant_id, "media.sabereen-news");
}

TEST(Quantities, FigureInsideQuoteTakesTheSpeaker) {
  Document d = annotate("\"Nine rockets hit the base,\" the spokesman said.", false);
  Quote q;
  q.content = ByteSpan{1, 26};
  q.speaker = "Wayne Marotto";
  q.speaker_id = "new:wayne-marotto";
  d.quotes = {q};
  extract::annotate_quantities(d);
  ASSERT_EQ(d.quantities.size(), 1u) << dump(d);
  EXPECT_EQ(d.quantities[0].quote, 0);
  EXPECT_EQ(d.quantities[0].claimant, "Wayne Marotto");
  EXPECT_EQ(d.quantities[0].claimant_id, "new:wayne-marotto");
  EXPECT_EQ(d.quantities[0].category, "weapon");
  EXPECT_DOUBLE_EQ(d.quantities[0].value, 9);
}

TEST(Quantities, NotCounts) {
  // years, dates, durations, ordinals, model numbers, ages, times of day, names with numbers
  check_count("In 2014 the group seized Mosul.", 0);
  check_count("The attack came on January 8, 2020, five days after the assassination.", 0);
  check_count("Members of the 14th Brigade marched in Baghdad.", 0);
  check_count("An F-15E and a BM-21 launcher were seen.", 0);
  check_count("A 6-year-old boy was among them.", 0);
  check_count("The blast happened at 10:30 near Route 1.", 0);
  check_count("No one was hurt. One of the guards ran.", 0);
  check_count("He visited several times.", 0);
  check_count("Resolution 2231 was adopted.", 0);
}

TEST(Quantities, TextOrderAndSpans) {
  Document d = annotate("At least 5 people died and 12 were wounded; 30 rockets were fired.", false);
  ASSERT_EQ(d.quantities.size(), 3u) << dump(d);
  for (size_t i = 1; i < d.quantities.size(); ++i)
    EXPECT_LT(d.quantities[i - 1].span.begin, d.quantities[i].span.begin);
  EXPECT_EQ(d.slice(d.quantities[0].span), "At least 5 people");
  EXPECT_EQ(d.quantities[1].category, "wounded");
  EXPECT_EQ(d.quantities[2].category, "weapon");
}

TEST(Quantities, Robustness) {
  for (bool syntax : {false, true}) {
    EXPECT_TRUE(annotate("", syntax).quantities.empty());
    // a huge number stays finite and exact enough
    Document big = annotate("They claimed 123456789012345678901234567890 supporters.", syntax);
    ASSERT_EQ(big.quantities.size(), 1u) << dump(big);
    EXPECT_GT(big.quantities[0].value, 1e29);
    // malformed thousands grouping is not a figure
    Document list = annotate("Options 1,2,3 were discussed.", syntax);
    for (const auto& q : list.quantities) EXPECT_NE(q.value, 123) << dump(list);
    // glued digits: measurements and ordinals are not counts; "$85m" is money
    Document glued = annotate("A 30km convoy of the 3rd unit got $85m and 5km.", syntax);
    ASSERT_EQ(glued.quantities.size(), 1u) << dump(glued);
    EXPECT_EQ(glued.quantities[0].category, "money");
    EXPECT_DOUBLE_EQ(glued.quantities[0].value, 85e6);
    // punctuation and unicode around figures
    Document uni = annotate("Some 10\xE2\x80\x93" "15 drones \xE2\x80\x9Cwere downed\xE2\x80\x9D.", syntax);
    ASSERT_GE(uni.quantities.size(), 1u) << dump(uni);
    EXPECT_DOUBLE_EQ(uni.quantities[0].min, 10);
    EXPECT_DOUBLE_EQ(uni.quantities[0].max, 15);
    // spans are inside the text and well ordered on arbitrary input
    std::string junk;
    for (int i = 0; i < 2000; ++i) junk += "1,2 3.4.5 -7 $ , 99th %x " [i % 24];
    Document j = annotate(junk, syntax);
    for (const auto& q : j.quantities) {
      EXPECT_LE(q.span.end, j.text.size());
      EXPECT_LT(q.span.begin, q.span.end);
    }
  }
}
