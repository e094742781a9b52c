// The PETRARCH verb dictionary importer: blocks, verbs and their forms, multi-word verbs,
// synonym sets, pattern parts, source/target markers, paired codes; the real dictionaries.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>

#include "extract/event_patterns.h"
#include "test_support.h"

using namespace casus;
using extract::ArgumentSlot;
using extract::EventPattern;
using extract::EventPatterns;
using extract::TriggerPos;

namespace {

const std::string kPetrarchDir = std::string(CASUS_SHARED_DIR) + "/eval/data/petrarch/";

EventPatterns load_text(const std::string& text) {
  casus::testing::TempDir dir;
  std::string path = dir.file("test.verbs");
  casus::testing::write_file(path, text);
  EventPatterns patterns;
  patterns.load_petrarch_verbs(path);
  return patterns;
}

using Phrase = std::vector<std::vector<std::string>>;

// The pattern for `verb` whose phrase is `phrase` and preposition `prep`, or nullptr.
const EventPattern* find(const EventPatterns& patterns, const std::string& verb,
                         const Phrase& phrase, const std::string& prep = "") {
  for (const EventPattern* p : patterns.candidates(verb, TriggerPos::kVerb))
    if (p->phrase == phrase && p->preposition == prep) return p;
  return nullptr;
}

bool has_slot(const std::vector<ArgumentSlot>& slots, ArgumentSlot::Kind kind,
              const std::string& prep = "") {
  return std::any_of(slots.begin(), slots.end(), [&](const ArgumentSlot& s) {
    return s.kind == kind && s.preposition == prep;
  });
}

const char kSmall[] = R"(# a test dictionary
&CEASEFIRE
+TRUCE
+CEASE_FIRE

&TIETYPES_
+MILITARY
+ECONOMIC

&NESTED
+&TIETYPES
+CLOSER

--- AGREE  [050]  ---
AGREE
CONCUR {CONCURS CONCURRED} [051]   # own code for the bare verb
+TAKE_NOTE {+TAKES_NOTE +TOOK_NOTE}
- * (TO &CEASEFIRE)    [0356]   # AGREE
- * (TO PEACE TREATY) [037:037]
- * NOT EXTEND DEADLINE [030]
- + * (FROM $)  [080]
- * {&TIETYPES TIES} [080]
- * {NEW &NESTED RELATIONS} [903]
- * &UNDEFINED [999]
- {DEATH TOLL} * [190]
- * CARD [---]
- * WITHDRAWAL [:0874]
- * THEIR ^ ABOUT +  [130]
- * (AT) ^ +  [131]
- (DESPITE $) *  [123]
- * DIPLXMATIC  [###]

--- DELAY [120] ---
DELAY
- % *  [120]

--- TAP  [170]  ---
WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}
KLM_NOP_RST [002]
* (TO QUESTION) [110]
)";

TEST(PetrarchVerbs, VerbsOfABlockShareItsPatterns) {
  EventPatterns p = load_text(kSmall);
  const EventPattern* agree = find(p, "agree", {});
  ASSERT_NE(agree, nullptr);
  EXPECT_EQ(agree->cameo, "050");
  EXPECT_EQ(agree->type, extract::plover_type_of_cameo("050"));
  EXPECT_TRUE(agree->dyadic);  // PETRARCH dictionaries code source-target pairs
  EXPECT_NE(agree->source.find("test.verbs:15"), std::string::npos) << agree->source;
  // A verb's own code replaces the block's for the bare verb only.
  const EventPattern* concur = find(p, "concur", {});
  ASSERT_NE(concur, nullptr);
  EXPECT_EQ(concur->cameo, "051");
  const EventPattern* concur_truce = find(p, "concur", {}, "to");
  ASSERT_NE(concur_truce, nullptr);
  EXPECT_EQ(concur_truce->cameo, "0356");
  // Listed forms are inflections: no pattern is keyed on them.
  EXPECT_TRUE(p.candidates("concurred", TriggerPos::kVerb).empty());
  EXPECT_TRUE(p.candidates("agrees", TriggerPos::kVerb).empty());
}

TEST(PetrarchVerbs, MultiWordVerbs) {
  EventPatterns p = load_text(kSmall);
  // "+TAKE_NOTE": the verb is "take", with "note".
  const EventPattern* take = find(p, "take", {});
  ASSERT_NE(take, nullptr);
  EXPECT_EQ(take->trigger, (std::vector<std::string>{"take", "note"}));
  EXPECT_EQ(take->head(), "take");
  EXPECT_EQ(take->cameo, "050");
  const EventPattern* take_truce = find(p, "take", {}, "to");
  ASSERT_NE(take_truce, nullptr);
  EXPECT_EQ(take_truce->trigger, (std::vector<std::string>{"take", "note"}));
  EXPECT_EQ(take_truce->cameo, "0356");
  // "WIRE_+TAP": the verb is "tap", with "wire" before it.
  const EventPattern* tap = find(p, "tap", {});
  ASSERT_NE(tap, nullptr);
  EXPECT_EQ(tap->trigger, (std::vector<std::string>{"tap", "wire"}));
  // Without a '+' PETRARCH cannot tell the verb: skipped.
  EXPECT_TRUE(p.candidates("rst", TriggerPos::kVerb).empty());
  // A pattern line without its leading '-' still counts.
  const EventPattern* question = find(p, "tap", {}, "to");
  ASSERT_NE(question, nullptr);
  EXPECT_EQ(question->prep_objects, std::vector<std::string>{"question"});
  EXPECT_EQ(question->cameo, "110");
}

TEST(PetrarchVerbs, PrepositionalPhrasesAndSynsets) {
  EventPatterns p = load_text(kSmall);
  const EventPattern* truce = find(p, "agree", {}, "to");
  ASSERT_NE(truce, nullptr);
  EXPECT_EQ(truce->cameo, "0356");
  EXPECT_EQ(truce->prep_objects, (std::vector<std::string>{"cease_fire", "truce"}));
  // The object's modifiers must show too; its head is the prepositional object.
  const EventPattern* treaty = find(p, "agree", {{"peace"}}, "to");
  ASSERT_NE(treaty, nullptr);
  EXPECT_EQ(treaty->prep_objects, std::vector<std::string>{"treaty"});
  EXPECT_EQ(treaty->cameo, "037");
  EXPECT_EQ(treaty->reverse_cameo, "037");
  // A noun group right after the verb: its head is the object; a plural carries its singular.
  const EventPattern* ties = find(p, "agree", {{"economic", "military"}, {"ties", "tie"}});
  ASSERT_NE(ties, nullptr);
  EXPECT_EQ(ties->objects, (std::vector<std::string>{"ties", "tie"}));
  EXPECT_EQ(ties->cameo, "080");
  EXPECT_TRUE(ties->dyadic);
  // Sets inside sets expand to their members.
  const EventPattern* relations =
      find(p, "agree", {{"new"}, {"closer", "economic", "military"}, {"relations", "relation"}});
  ASSERT_NE(relations, nullptr);
  EXPECT_EQ(relations->cameo, "903");
  // A pattern with an undefined set is skipped, as PETRARCH does.
  for (const EventPattern* q : p.candidates("agree", TriggerPos::kVerb)) EXPECT_NE(q->cameo, "999");
}

TEST(PetrarchVerbs, SourceTargetCompoundAndNegation) {
  EventPatterns p = load_text(kSmall);
  const EventPattern* freed = find(p, "agree", {}, "from");
  ASSERT_NE(freed, nullptr);
  EXPECT_TRUE(has_slot(freed->recipient_slots, ArgumentSlot::kSubject));
  EXPECT_TRUE(has_slot(freed->actor_slots, ArgumentSlot::kPreposition, "from"));
  // '%': the compound subject is both sides.
  // The bare verb keeps its own pattern beside the '%' one (different sides, different frame).
  const EventPattern* delay = nullptr;
  for (const EventPattern* q : p.candidates("delay", TriggerPos::kVerb))
    if (q->phrase.empty() && has_slot(q->recipient_slots, ArgumentSlot::kSubject)) delay = q;
  ASSERT_NE(delay, nullptr);
  EXPECT_TRUE(has_slot(delay->actor_slots, ArgumentSlot::kSubject));
  EXPECT_TRUE(has_slot(delay->recipient_slots, ArgumentSlot::kSubject));
  EXPECT_EQ(delay->cameo, "120");
  const EventPattern* deadline = find(p, "agree", {{"not"}, {"extend"}, {"deadline"}});
  ASSERT_NE(deadline, nullptr);
  EXPECT_TRUE(deadline->negative);
  EXPECT_EQ(deadline->cameo, "030");
  // '+' after a preposition word, and after a skipped word following a bare preposition.
  const EventPattern* about = find(p, "agree", {{"their"}, {"about"}});
  ASSERT_NE(about, nullptr);
  EXPECT_TRUE(has_slot(about->recipient_slots, ArgumentSlot::kPreposition, "about"));
  const EventPattern* at = find(p, "agree", {}, "at");
  ASSERT_NE(at, nullptr);
  EXPECT_TRUE(has_slot(at->recipient_slots, ArgumentSlot::kPreposition, "at"));
  EXPECT_EQ(at->cameo, "131");
}

TEST(PetrarchVerbs, WordsBeforeTheVerbAndNullCodes) {
  EventPatterns p = load_text(kSmall);
  bool toll = false, despite = false;
  for (const EventPattern* q : p.candidates("agree", TriggerPos::kVerb)) {
    // A group before the verb: its head, a dependent of the verb.
    if (q->trigger == std::vector<std::string>{"agree", "toll"}) {
      toll = true;
      EXPECT_EQ(q->cameo, "190");
    }
    if (q->trigger == std::vector<std::string>{"agree", "despite"}) {
      despite = true;
      EXPECT_TRUE(has_slot(q->actor_slots, ArgumentSlot::kPreposition, "despite"));
    }
  }
  EXPECT_TRUE(toll);
  EXPECT_TRUE(despite);
  // "[---]" keeps the pattern: matching it means "no event" and beats the bare verb.
  const EventPattern* card = find(p, "agree", {{"card"}});
  ASSERT_NE(card, nullptr);
  EXPECT_EQ(card->cameo, "---");
  EXPECT_EQ(card->type, "");
  // "[:0874]": nothing forward, 0874 for the reverse direction.
  const EventPattern* withdrawal = find(p, "agree", {{"withdrawal"}});
  ASSERT_NE(withdrawal, nullptr);
  EXPECT_EQ(withdrawal->cameo, "---");
  EXPECT_EQ(withdrawal->reverse_cameo, "0874");
  // A '#' inside the code brackets is not a comment.
  const EventPattern* odd = find(p, "agree", {{"diplxmatic"}});
  ASSERT_NE(odd, nullptr);
  EXPECT_EQ(odd->cameo, "###");
}

TEST(PetrarchVerbs, ValidationDictionary) {
  EventPatterns p;
  auto start = std::chrono::steady_clock::now();
  ASSERT_NO_THROW(p.load_petrarch_verbs(kPetrarchDir + "PETR.Validate.verbs.2.0.txt"));
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(ms, 2000);
  EXPECT_GT(p.size(), 1000u);
  // "SEE {SEES SEEING SEEN}" in the OBSERVE block: "* CHANCE (FOR PEACE)" [013].
  const EventPattern* chance = find(p, "see", {{"chance"}, {"for"}, {"peace"}});
  ASSERT_NE(chance, nullptr);
  EXPECT_EQ(chance->cameo, "013");
  // ABANDON: "- * {DIPLOMATIC TIES} [080]", block code 345.
  const EventPattern* ties = find(p, "abandon", {{"diplomatic"}, {"ties", "tie"}});
  ASSERT_NE(ties, nullptr);
  EXPECT_EQ(ties->cameo, "080");
  const EventPattern* abandon = find(p, "abandon", {});
  ASSERT_NE(abandon, nullptr);
  EXPECT_EQ(abandon->cameo, "345");
  // CONTRIBUTE - * &CURRENCY: multi-word members, and plurals from the set's singulars.
  const EventPattern* money = nullptr;
  for (const EventPattern* q : p.candidates("contribute", TriggerPos::kVerb))
    if (q->cameo == "070" && q->phrase.size() == 1 && q->phrase[0].size() > 50) money = q;
  ASSERT_NE(money, nullptr);
  const auto& currency = money->phrase[0];
  EXPECT_NE(std::find(currency.begin(), currency.end(), "swiss_francs"), currency.end());
  EXPECT_NE(std::find(currency.begin(), currency.end(), "swiss_franc"), currency.end());
  EXPECT_NE(std::find(currency.begin(), currency.end(), "golden_goblin_galleons"), currency.end());
  EXPECT_NE(std::find(currency.begin(), currency.end(), "rupee"), currency.end());
  // "LEFT [040:040]": an inflected headword is kept as written, with its paired code.
  const EventPattern* left = find(p, "left", {});
  ASSERT_NE(left, nullptr);
  EXPECT_EQ(left->cameo, "040");
  EXPECT_EQ(left->reverse_cameo, "040");
  // "COMMUNICATE [040]" in the EXPLAIN_VERBAL [010] block: its own code, the block's patterns.
  const EventPattern* communicate = find(p, "communicate", {});
  ASSERT_NE(communicate, nullptr);
  EXPECT_EQ(communicate->cameo, "040");
  const EventPattern* condolences = find(p, "communicate", {{"condolences", "condolence"}});
  ASSERT_NE(condolences, nullptr);
  EXPECT_EQ(condolences->cameo, "018");
  // "+CORDON_OFF" in EXCLUDE [144]: "cordon" with its particle "off".
  const EventPattern* cordon = find(p, "cordon", {});
  ASSERT_NE(cordon, nullptr);
  EXPECT_EQ(cordon->trigger, (std::vector<std::string>{"cordon", "off"}));
  EXPECT_EQ(cordon->cameo, "144");
}

TEST(PetrarchVerbs, CameoDictionary) {
  EventPatterns p;
  auto start = std::chrono::steady_clock::now();
  ASSERT_NO_THROW(p.load_petrarch_verbs(kPetrarchDir + "CAMEO.2.0.txt"));
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(ms, 5000);
  EXPECT_GT(p.size(), 10000u);
  // FREEZE {FREEZES FREEZING FROZE FROZEN}: "- * RELATIONS [160:160]".
  const EventPattern* freeze = find(p, "freeze", {{"relations", "relation"}});
  ASSERT_NE(freeze, nullptr);
  EXPECT_EQ(freeze->cameo, "160");
  EXPECT_EQ(freeze->reverse_cameo, "160");
  // THROW in the HURL block: "- * &WEAPON [183]", the set defined at the top of the file.
  bool weapon = false;
  for (const EventPattern* q : p.candidates("throw", TriggerPos::kVerb))
    if (q->cameo == "183" && !q->phrase.empty() && q->phrase[0].size() > 3) weapon = true;
  EXPECT_TRUE(weapon);
  // Every imported code is a CAMEO code, "---", or a paired one.
  for (const char* verb : {"attack", "say", "meet", "accuse", "kill"}) {
    const auto& candidates = p.candidates(verb, TriggerPos::kVerb);
    EXPECT_FALSE(candidates.empty()) << verb;
    for (const EventPattern* q : candidates) {
      bool digits = !q->cameo.empty() && std::all_of(q->cameo.begin(), q->cameo.end(), ::isdigit);
      EXPECT_TRUE(digits || q->cameo == "---") << verb << " " << q->cameo << " " << q->source;
    }
  }
}

TEST(PetrarchVerbs, MissingFileThrows) {
  EventPatterns p;
  EXPECT_THROW(p.load_petrarch_verbs("/nonexistent/verbs.txt"), std::runtime_error);
}

}  // namespace
