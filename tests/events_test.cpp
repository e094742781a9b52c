// Events: pattern dictionary loading, and the constructions the coder reads off the parse
// (passives, prepositional targets, coordination, relative clauses, nominal triggers with
// light verbs, negation, threats, quotes, claims, casualties, place and date).
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "casus/document.h"
#include "extract/event_patterns.h"
#include "pipeline/pipeline.h"
#include "pipeline_support.h"
#include "test_support.h"

using namespace casus;

namespace {

Document run(const std::string& text,
             const Pipeline& pipeline = casus::testing::builtin_pipeline(/*syntax=*/true)) {
  Document d;
  d.id = "t";
  d.text = text;
  d.published = "2021-07-10";
  pipeline.annotate(d);
  return d;
}

std::string text_of(const Document& d, const EventArgument& a) { return std::string(d.slice(a.span)); }

// The first event of a type, or null.
const Event* find(const Document& d, const std::string& type) {
  for (const Event& e : d.events)
    if (e.type == type) return &e;
  return nullptr;
}

bool any_side_contains(const Document& d, const std::vector<EventArgument>& sides,
                       const std::string& needle) {
  for (const EventArgument& a : sides)
    if (text_of(d, a).find(needle) != std::string::npos || a.name.find(needle) != std::string::npos)
      return true;
  return false;
}

TEST(EventPatterns, ReadsTheFormatWithSetsSlotsAndFlags) {
  extract::EventPatterns p;
  p.load_text(
      "# comment\n"
      "@ARTILLERY = rocket|mortar|shell\n"
      "fire.v ASSAULT/heavy-weapons 194 obj=@ARTILLERY recipient=prep:at|prep:on\n"
      "air_strike.n ASSAULT/aerial 195\n"
      "crack_down.v COERCE 172 prep=on\n",
      "test.events");
  ASSERT_EQ(p.size(), 3u);
  const auto& fire = p.candidates("fire", extract::TriggerPos::kVerb);
  ASSERT_EQ(fire.size(), 1u);
  EXPECT_EQ(fire[0]->mode, "heavy-weapons");
  EXPECT_EQ(fire[0]->objects, (std::vector<std::string>{"mortar", "rocket", "shell"}));
  ASSERT_EQ(fire[0]->recipient_slots.size(), 2u);
  EXPECT_EQ(fire[0]->recipient_slots[1].preposition, "on");
  EXPECT_EQ(fire[0]->source, "test.events:3");
  // Multiword nouns are found by their last word, particle verbs by their verb.
  EXPECT_EQ(p.candidates("strike", extract::TriggerPos::kNoun).size(), 1u);
  EXPECT_EQ(p.candidates("crack", extract::TriggerPos::kVerb).size(), 1u);
  EXPECT_TRUE(p.in_set("ARTILLERY", "mortar"));
}

TEST(EventPatterns, RejectsBadLinesNamingFileAndLine) {
  extract::EventPatterns p;
  EXPECT_THROW(p.load_text("attack.v ATTACK 190\n", "a.events"), std::runtime_error);
  EXPECT_THROW(p.load_text("attack ASSAULT 190\n", "a.events"), std::runtime_error);
  EXPECT_THROW(p.load_text("attack.v ASSAULT 190 obj=@UNDEFINED\n", "a.events"), std::runtime_error);
  EXPECT_THROW(p.load_text("attack.v ASSAULT 190 recipient=elsewhere\n", "a.events"), std::runtime_error);
  try {
    p.load_text("\n\nattack.v ASSAULT 190 frobnicate=yes\n", "b.events");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("b.events:3"), std::string::npos) << e.what();
  }
  // The CAMEO code must belong to the PLOVER type (CAMEO 190 is ASSAULT, not AID).
  EXPECT_THROW(p.load_text("attack.v AID 190\n", "c.events"), std::runtime_error);
}

TEST(EventPatterns, CameoCodesMapToPloverTypes) {
  EXPECT_EQ(extract::plover_type_of_cameo("195"), "ASSAULT");
  EXPECT_EQ(extract::plover_type_of_cameo("111"), "ACCUSE");
  EXPECT_EQ(extract::plover_type_of_cameo("040"), "CONSULT");
  EXPECT_EQ(extract::plover_type_of_cameo("0874"), "RETREAT");
  EXPECT_EQ(extract::plover_type_of_cameo("999"), "");
}

TEST(EventPatterns, BuiltinDictionaryLoadsEveryType) {
  auto p = extract::EventPatterns::builtin(data_dir());
  EXPECT_GT(p->size(), 300u);
  EXPECT_FALSE(p->set("LIGHT_VERB").empty());
  EXPECT_FALSE(p->set("NEGATING_VERB").empty());
}

TEST(Events, ActiveVerbReadsSubjectAndObjectWithCodes) {
  Document d = run("The Pentagon said US forces attacked Kataib Hezbollah in Iraq on Friday.");
  const Event* e = find(d, "ASSAULT");
  ASSERT_NE(e, nullptr);
  ASSERT_FALSE(e->actors.empty());
  ASSERT_FALSE(e->recipients.empty());
  EXPECT_TRUE(any_side_contains(d, e->actors, "US forces"));
  EXPECT_TRUE(any_side_contains(d, e->recipients, "Hezbollah"));
  EXPECT_FALSE(e->actors[0].code.empty());
  EXPECT_FALSE(e->negated);
  EXPECT_EQ(e->date, "2021-07-09");
  EXPECT_EQ(e->date_precision, "day");
  ASSERT_GE(e->location, 0);
  EXPECT_EQ(d.entities[e->location].name.substr(0, 4), "Iraq");
}

TEST(Events, PassiveTakesTheByPhraseAsActorAndTheSubjectAsRecipient) {
  Document d = run("The Ain al-Asad air base was attacked by Iranian forces.");
  const Event* e = find(d, "ASSAULT");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(any_side_contains(d, e->actors, "Iranian forces"));
  EXPECT_TRUE(any_side_contains(d, e->recipients, "Ain al-Asad"));
}

TEST(Events, PrepositionalTargetOfAnObjectPattern) {
  Document d = run("Iranian forces fired 15 missiles at the Ain al-Asad air base.");
  const Event* e = find(d, "ASSAULT");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->mode, "heavy-weapons");
  EXPECT_TRUE(any_side_contains(d, e->actors, "Iranian"));
  EXPECT_TRUE(any_side_contains(d, e->recipients, "Ain al-Asad"));
  // The missiles are the act, not a side.
  EXPECT_FALSE(any_side_contains(d, e->recipients, "missiles"));
}

TEST(Events, CoordinatedActorsAreOneEventWithAList) {
  Document d = run("France and Germany condemned Iran on Monday.");
  int accuse = 0;
  for (const Event& e : d.events) accuse += e.type == "ACCUSE";
  EXPECT_EQ(accuse, 1);
  const Event* e = find(d, "ACCUSE");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actors.size(), 2u);
  EXPECT_TRUE(any_side_contains(d, e->actors, "France"));
  EXPECT_TRUE(any_side_contains(d, e->actors, "Germany"));
  EXPECT_TRUE(any_side_contains(d, e->recipients, "Iran"));
}

TEST(Events, ReciprocalSubjectsWithoutObjectActOnEachOther) {
  Document d = run("Jordan and Britain agreed on Wednesday.");
  const Event* e = find(d, "AGREE");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(any_side_contains(d, e->actors, "Jordan"));
  EXPECT_TRUE(any_side_contains(d, e->recipients, "Britain"));
}

TEST(Events, RelativePronounResolvesToTheNounItModifies) {
  Document d = run("The militias who attacked the embassy in Baghdad were seen in Basra.");
  bool found = false;
  for (const Event& e : d.events)
    if (e.type == "ASSAULT" && any_side_contains(d, e.actors, "militias")) found = true;
  EXPECT_TRUE(found);
}

TEST(Events, AnAppositionDoesNotReplaceTheActor) {
  Document d = run("Kataib Hezbollah, an Iraqi militia, attacked the Ain al-Asad air base.");
  const Event* e = find(d, "ASSAULT");
  ASSERT_NE(e, nullptr);
  ASSERT_FALSE(e->actors.empty());
  EXPECT_TRUE(any_side_contains(d, e->actors, "Hezbollah"));
  EXPECT_FALSE(any_side_contains(d, e->actors, "militia"));
  EXPECT_TRUE(any_side_contains(d, e->recipients, "Ain al-Asad"));
}

TEST(Events, AConditionalActIsHypothetical) {
  Document d = run("If Iran attacks the base, Washington would respond.");
  const Event* e = find(d, "ASSAULT");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, "hypothetical");
}

TEST(Events, NominalTriggerTakesTheLightVerbSubject) {
  Document d = run("Israel launched an airstrike on Hamas positions in Gaza.");
  const Event* e = find(d, "ASSAULT");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(std::string(d.slice(e->trigger)), "airstrike");
  EXPECT_EQ(e->mode, "aerial");
  EXPECT_TRUE(any_side_contains(d, e->actors, "Israel"));
  EXPECT_TRUE(any_side_contains(d, e->recipients, "Hamas"));
}

TEST(Events, EmbeddedEventGivesItsActorToTheGoverningEvent) {
  // One ACCUSE against the attackers, no separate assertion of the attack.
  Document d = run("The government condemned an attack by Houthi rebels.");
  const Event* e = find(d, "ACCUSE");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(any_side_contains(d, e->recipients, "Houthi"));
  EXPECT_EQ(find(d, "ASSAULT"), nullptr);
}

TEST(Events, NegationMarksTheEvent) {
  Document d = run("The rebels did not attack the convoy.");
  const Event* e = find(d, "ASSAULT");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->negated);
  Document avoided = run("The militias promised to avoid attacking diplomatic missions.");
  for (const Event& ev : avoided.events) {
    if (ev.type == "ASSAULT") {
      EXPECT_TRUE(ev.negated);
    }
  }
}

TEST(Events, FutureViolenceIsAThreat) {
  Document d = run("The militias will attack American forces in Iraq.");
  EXPECT_EQ(find(d, "ASSAULT"), nullptr);
  const Event* e = find(d, "THREATEN");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->cameo, "138");
  EXPECT_EQ(e->modality, "future");
}

TEST(Events, AReportedWouldIsTheFutureAndAConditionMakesAThreat) {
  Document reported = run("Farmers said they would blockade Paris.");
  const Event* threat = find(reported, "THREATEN");
  ASSERT_NE(threat, nullptr);
  EXPECT_EQ(threat->modality, "future");
  Document conditional = run("Nigeria will withdraw its troops from Chad unless the rebels arrange a ceasefire.");
  const Event* e = find(conditional, "THREATEN");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(any_side_contains(conditional, e->actors, "Nigeria"));
  EXPECT_EQ(find(conditional, "RETREAT"), nullptr);
}

TEST(Events, ObligationIsADemandFromTheSpeaker) {
  Document d = run("Russia said Sudan must return the helicopter.");
  const Event* e = find(d, "REQUEST");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(any_side_contains(d, e->actors, "Russia"));
  EXPECT_TRUE(any_side_contains(d, e->recipients, "Sudan"));
}

TEST(Events, EventInsideAQuoteCarriesTheQuoteIndex) {
  Document d = run("\"Israel attacked our positions in Gaza,\" a Hamas spokesman said.");
  const Event* e = find(d, "ASSAULT");
  ASSERT_NE(e, nullptr);
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_EQ(e->quote, 0);
}

TEST(Events, ClaimedResponsibility) {
  Document d = run("A group called Revenge of al-Muhandis Brigade claimed responsibility for the attack.");
  const Event* e = find(d, "ASSAULT");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, "claimed");
  EXPECT_TRUE(any_side_contains(d, e->actors, "Revenge of al-Muhandis") ||
              any_side_contains(d, e->actors, "group"));
}

TEST(Events, CasualtiesAttachToTheViolentEvent) {
  Document d = run("Gunmen attacked a checkpoint in Kirkuk, killing three soldiers and wounding five.");
  const Event* e = find(d, "ASSAULT");
  ASSERT_NE(e, nullptr);
  bool killed = false;
  for (int32_t q : e->quantities) killed |= d.quantities[q].category == "killed";
  EXPECT_TRUE(killed);
}

TEST(Events, AParticipleModifyingANounIsNoEvent) {
  Document d = run("The occupying forces left the targeted base.");
  EXPECT_EQ(find(d, "ASSAULT"), nullptr);
}

TEST(Events, NoSidesNoEvent) {
  Document d = run("Attacks are common.");
  EXPECT_TRUE(d.events.empty());
}

TEST(Events, UserPatternsReplaceAndExtend) {
  casus::testing::TempDir dir;
  const std::string path = dir.file("mine.events");
  casus::testing::write_file(path, "scold.v ACCUSE 111\n");
  PipelineOptions o;
  o.syntax = true;
  o.lexicons = {"events:" + path};
  Pipeline with_mine(o);
  Document d = run("Germany scolded Hungary.", with_mine);
  const Event* e = find(d, "ACCUSE");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->pattern, "mine.events:1");
  EXPECT_TRUE(any_side_contains(d, e->recipients, "Hungary"));
}

}  // namespace

TEST(Events, AnInfinitiveCompletingANounIsNoEvent) {
  // "the right to protest" names a possibility; the march that happened is the event.
  Document d = run("Students marched through Tunis on Friday and demanded respect for the right "
                   "to protest.");
  int protests = 0;
  for (const Event& e : d.events) protests += e.type == "PROTEST";
  EXPECT_EQ(protests, 1);
  const Event* march = find(d, "PROTEST");
  ASSERT_TRUE(march);
  EXPECT_TRUE(any_side_contains(d, march->actors, "Students"));
}

TEST(Events, ASideKeepsThePrepositionInsideItsFigure) {
  // "at least" belongs to the figure; only the side's own preposition is left out.
  Document d = run("A drone strike killed at least 11 people in Mosul on Tuesday.");
  const Event* strike = find(d, "ASSAULT");
  ASSERT_TRUE(strike);
  ASSERT_FALSE(strike->recipients.empty());
  EXPECT_TRUE(text_of(d, strike->recipients[0]).starts_with("at least 11 people"))
      << text_of(d, strike->recipients[0]);
}
