#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>

#include "casus/document.h"
#include "extract/entities.h"
#include "lexicon/lexicon.h"
#include "lexicon/name_key.h"
#include "nlp/entity_tagger.h"
#include "util/data_dir.h"
#include "pipeline/pipeline.h"

using namespace casus;

namespace {

const Pipeline& pipeline() {
  static Pipeline p(PipelineOptions{});
  return p;
}

Document annotate(const std::string& text, const std::string& published = "2021-07-10") {
  Document d;
  d.id = "t";
  d.text = text;
  d.published = published;
  pipeline().annotate(d);
  return d;
}

const Entity* find(const Document& d, const std::string& surface, size_t nth = 0) {
  for (const auto& e : d.entities)
    if (d.slice(e.span) == surface && nth-- == 0) return &e;
  return nullptr;
}

// The type of the nth mention written `surface`, or "(none)".
std::string type_of(const Document& d, const std::string& surface, size_t nth = 0) {
  const Entity* e = find(d, surface, nth);
  return e ? e->type : "(none)";
}

}  // namespace

TEST(Entities, SpellingVariantsOfOneActorResolveToOneId) {
  Document d = annotate(
      "Fighters of Hashd al-Sha'abi marched in Baghdad. The Popular Mobilization Units (PMU) "
      "said the Hashd al-Sh'abai would respond. A PMU commander spoke to reporters.");
  const Entity* a = find(d, "Hashd al-Sha'abi");
  const Entity* b = find(d, "Hashd al-Sh'abai");
  const Entity* c = find(d, "Popular Mobilization Units");
  const Entity* e = find(d, "PMU", 1);
  ASSERT_TRUE(a && b && c && e);
  EXPECT_EQ(a->type, "ORG");
  EXPECT_FALSE(a->id.empty());
  EXPECT_EQ(a->id, b->id);
  EXPECT_EQ(a->id, c->id);
  EXPECT_EQ(a->id, e->id);
}

TEST(Entities, ThePresidentIsNotTheAirBase) {
  Document d = annotate(
      "Rockets hit Ain al-Asad on Wednesday. Ain al-Assad hosts foreign troops. Separately, "
      "Syrian President Bashar al-Assad met envoys in Damascus.");
  const Entity* base1 = find(d, "Ain al-Asad");
  const Entity* base2 = find(d, "Ain al-Assad");
  const Entity* president = find(d, "Bashar al-Assad");
  ASSERT_TRUE(base1 && base2 && president);
  EXPECT_EQ(base1->type, "FAC");
  EXPECT_EQ(base1->id, base2->id);
  EXPECT_TRUE(base1->has_coords);
  EXPECT_EQ(president->type, "PERSON");
  EXPECT_NE(president->id, base1->id);
}

TEST(Entities, TransliterationVariantOfADictionaryPerson) {
  Document d = annotate("Prime Minister Mustafa al-Kadhemi condemned the strike.", "2021-02-27");
  const Entity* pm = find(d, "Mustafa al-Kadhemi");
  ASSERT_TRUE(pm);
  EXPECT_EQ(pm->type, "PERSON");
  EXPECT_EQ(pm->source, "lexicon");
  EXPECT_EQ(pm->code, "IRQGOV");  // his role on that date
}

TEST(Entities, UnknownNamesWithTitlesRolesAndShortForms) {
  Document d = annotate(
      "Acting Deputy Minister of Water Karim Bellouchi said the dam was safe. A group called "
      "Sons of the Tigris Brigade claimed the attack, according to Zawra news agency. "
      "Bellouchi later denied it.");
  const Entity* person = find(d, "Karim Bellouchi");
  ASSERT_TRUE(person);
  EXPECT_EQ(person->type, "PERSON");
  EXPECT_EQ(person->role, "Acting Deputy Minister of Water");
  EXPECT_EQ(person->id.rfind("new:", 0), 0u);
  const Entity* group = find(d, "Sons of the Tigris Brigade");
  ASSERT_TRUE(group);
  EXPECT_EQ(group->type, "ORG");
  const Entity* agency = find(d, "Zawra news agency");
  ASSERT_TRUE(agency);
  EXPECT_EQ(agency->type, "ORG");
  const Entity* short_form = find(d, "Bellouchi");
  ASSERT_TRUE(short_form);
  EXPECT_EQ(short_form->id, person->id);
  EXPECT_EQ(short_form->source, "coreference");
}

TEST(Entities, AcronymsDefinedInTheTextAndPossessives) {
  Document d = annotate(
      "The Northern Valley Defence Council (NVDC) rejected the plan. Iraq's Defense Ministry "
      "said the NVDC had no standing.");
  const Entity* full = find(d, "Northern Valley Defence Council");
  const Entity* acro = find(d, "NVDC", 1);
  ASSERT_TRUE(full && acro);
  EXPECT_EQ(acro->id, full->id);
  const Entity* ministry = find(d, "Defense Ministry");
  ASSERT_TRUE(ministry);
  EXPECT_EQ(ministry->id, "irq.mod");
  EXPECT_EQ(ministry->code, "IRQMIL");
}

TEST(Entities, PronounsAndNominalsResolveToTheRightMention) {
  Document d = annotate(
      "Hadi al-Amiri met the envoy. He said the talks went well. Kata'ib Hezbollah issued a "
      "statement. The group said it would wait.");
  ASSERT_GE(d.mentions.size(), 2u);
  EXPECT_EQ(d.slice(d.mentions[0].span), "He");
  EXPECT_EQ(d.slice(d.entities[d.mentions[0].entity].span), "Hadi al-Amiri");
  EXPECT_EQ(d.slice(d.mentions[1].span), "The group");
  EXPECT_EQ(d.entities[d.mentions[1].entity].type, "ORG");
}

TEST(Entities, PlacesUseTheDocumentsCountriesToDisambiguate) {
  Document lebanon = annotate("Clashes broke out in Tripoli, in northern Lebanon, near Beirut.");
  Document libya = annotate("Clashes broke out in Tripoli as Libya's rival governments met near Misrata.");
  const Entity* t1 = find(lebanon, "Tripoli");
  const Entity* t2 = find(libya, "Tripoli");
  ASSERT_TRUE(t1 && t2);
  EXPECT_EQ(t1->country, "LBN");
  EXPECT_EQ(t2->country, "LBY");
  EXPECT_NEAR(t1->lat, 34.4, 0.3);
  EXPECT_NEAR(t2->lat, 32.9, 0.3);
  EXPECT_EQ(t1->precision, "city");
}


TEST(Entities, ARegionAfterAPlaceAndACommaHoldsThatPlace) {
  // Bare "Washington" is the US capital; after "Tacoma," it is the state that holds Tacoma.
  Document capital = annotate("The senator flew to Washington on Tuesday to meet the president.");
  Document state = annotate("A bakery in Tacoma, Washington, reopened on Tuesday after the flood.");
  const Entity* dc = find(capital, "Washington");
  const Entity* wa = find(state, "Washington");
  ASSERT_TRUE(dc && wa);
  EXPECT_NEAR(dc->lat, 38.9, 0.3);
  EXPECT_EQ(wa->precision, "region");
  EXPECT_GT(wa->lat, 46.0);
  EXPECT_LT(wa->lon, -118.0);
}

TEST(Entities, APlaceBeforeACommaIsTheOneItsRegionOrCountryHolds) {
  // Bare, each name is its best-known place (Springfield, Illinois; Paris, France); the region
  // or country after the comma picks the other, and makes "Paris" a place though it is also a
  // given name.
  Document bare = annotate("Officials met in Springfield on Monday before flying to Paris.");
  Document held = annotate(
      "Officials met in Springfield, Missouri, on Monday before flying to Paris, Texas.");
  const Entity* illinois = find(bare, "Springfield");
  const Entity* missouri = find(held, "Springfield");
  const Entity* france = find(bare, "Paris");
  const Entity* texas = find(held, "Paris");
  ASSERT_TRUE(illinois && missouri && france && texas);
  EXPECT_NEAR(illinois->lon, -89.6, 0.3);
  EXPECT_NEAR(missouri->lon, -93.3, 0.3);
  EXPECT_NEAR(france->lon, 2.35, 0.3);
  EXPECT_EQ(texas->type, "GPE");
  EXPECT_NEAR(texas->lon, -95.6, 0.3);
}

TEST(Entities, FormerStatesAreCountriesOfTheirOwn) {
  // Not organisations by their head word ("Union"), nor today's states.
  Document d = annotate(
      "Since the Soviet Union collapsed, veterans of the wars of the former Yugoslavia have "
      "sold Soviet-era rifles across the Balkans.");
  const Entity* ussr = find(d, "Soviet Union");
  const Entity* yugoslavia = find(d, "Yugoslavia");
  ASSERT_TRUE(ussr && yugoslavia);
  EXPECT_EQ(ussr->type, "GPE");
  EXPECT_EQ(ussr->id, "former.soviet-union");
  EXPECT_EQ(ussr->country, "SUN");
  EXPECT_EQ(yugoslavia->type, "GPE");
  EXPECT_EQ(yugoslavia->country, "YUG");
}

TEST(Entities, HistoricalEventsWithoutAHeadWordAreEvents) {
  Document d = annotate(
      "The speaker denied the Holocaust. Palestinians mark the Nakba every May, and many recall "
      "the Arab Spring.");
  for (const char* name : {"Holocaust", "Nakba", "Arab Spring"}) {
    const Entity* e = find(d, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->type, "MISC") << name;
  }
}

TEST(Entities, SecondLevelDivisionsAreRegions) {
  // Counties come from the gazetteer's ADM2 rows: an English county in a story about
  // England, and a US county by its full name.
  Document england = annotate(
      "The race moved from Donington Park in Leicestershire to Brands Hatch in Kent, "
      "where fans from across England gathered.");
  Document ohio = annotate("Flooding closed roads across Cuyahoga County, Ohio, on Monday.");
  const Entity* kent = find(england, "Kent");
  const Entity* cuyahoga = find(ohio, "Cuyahoga County");
  ASSERT_TRUE(kent && cuyahoga);
  EXPECT_EQ(kent->country, "GBR");
  EXPECT_EQ(kent->precision, "region");
  EXPECT_NEAR(kent->lat, 51.2, 0.3);
  EXPECT_EQ(cuyahoga->precision, "region");
  EXPECT_NEAR(cuyahoga->lat, 41.4, 0.3);
  EXPECT_NEAR(cuyahoga->lon, -81.6, 0.4);
}
TEST(Entities, CommonWordsAndTitleCaseHeadlinesAreNotNames) {
  Document d = annotate(
      "Resistance Groups Vow Response After Strike\n\nMost residents fled. Police said the "
      "Party would meet on Friday in June.");
  for (const auto& e : d.entities) {
    std::string_view s = d.slice(e.span);
    EXPECT_NE(s, "Most");
    EXPECT_NE(s, "Friday");
    EXPECT_NE(s, "June");
    EXPECT_NE(s, "Groups Vow Response");
  }
}

TEST(Lexicon, UserDictionaryAndDatedCodes) {
  lexicon::Lexicon lex;
  lex.load("casus", std::string(CASUS_TEST_FIXTURES) + "/lexicon/user.lex");
  lex.load("petrarch-actors", std::string(CASUS_TEST_FIXTURES) + "/lexicon/petrarch_actors.txt");
  lex.finalize();
  const lexicon::Entry* militia = lex.find_id("test.tigris-guardians");
  ASSERT_TRUE(militia);
  EXPECT_EQ(militia->aliases.size(), 1u);
  EXPECT_EQ(militia->code_on("2021-01-01"), "IRQREB");
  // PETRARCH: dated codes, two-digit years, '+' synonyms.
  const lexicon::Entry* vossberg = nullptr;
  for (size_t i = 0; i < lex.size(); ++i)
    if (lex.entry(static_cast<uint32_t>(i)).name == "Karl Vossberg") vossberg = &lex.entry(static_cast<uint32_t>(i));
  ASSERT_TRUE(vossberg);
  EXPECT_EQ(vossberg->code_on("2016-05-01"), "ZRBGOV");
  EXPECT_EQ(vossberg->code_on("2020-05-01"), "ZRBELI");
  EXPECT_EQ(vossberg->aliases.size(), 1u);
  EXPECT_EQ(vossberg->aliases[0], "President Vossberg");
}

TEST(Lexicon, LooseIndexKeepsEverySpellingOfAnEntry) {
  // Three listed spellings share one consonant skeleton; only "Balochi" is close enough to
  // verify the respelling "Bellouchi". The index must keep all three (and so answer the same
  // whatever else the lexicon holds), not one of them chosen by the sort.
  std::string path = ::testing::TempDir() + "/loose_spellings.lex";
  {
    std::ofstream out(path);
    out << "id: test.baloch\ntype: NORP\nname: Baloch\nalias: Baluch\nalias: Balochi\n";
  }
  lexicon::Lexicon lex;
  lex.load("casus", path);
  lex.finalize();
  lexicon::LooseHash key;
  key.append(lexicon::loose_word("bellouchi"));
  std::vector<std::string> listed;
  for (const auto& c : lex.loose(key.hash)) listed.emplace_back(lex.listed_key(c.name_index));
  std::sort(listed.begin(), listed.end());
  EXPECT_EQ(listed, (std::vector<std::string>{"baloch", "balochi", "baluch"}));
  EXPECT_TRUE(lexicon::verify_variant("balochi", "bellouchi"));
}

TEST(Lexicon, EveryListedNameGetsThroughTheSequenceFilter) {
  // exact() and may_continue() consult a small filter before the large tables: it may let
  // through what is not listed, never stop what is. Every name and alias of the built-in
  // lexicon must be found, with its proper prefixes continuing, and each candidate must
  // carry its entry's gazetteer flag.
  auto lex = lexicon::builtin_lexicon(casus::data_dir());
  size_t names = 0, missed = 0, stopped = 0, wrong_flag = 0;
  for (size_t i = 0; i < lex->size(); ++i) {
    const lexicon::Entry& e = lex->entry(static_cast<uint32_t>(i));
    std::vector<std::string_view> forms = {e.name};
    for (const std::string& a : e.aliases) forms.push_back(a);
    for (std::string_view form : forms) {
      std::vector<std::string> words = lexicon::name_words(form);
      if (words.empty()) continue;
      ++names;
      uint64_t h = 0;
      for (size_t k = 0; k < words.size(); ++k) {
        h = lexicon::combine_word_hash(h, lexicon::word_hash(words[k]));
        if (k + 1 < words.size() && !lex->may_continue(h)) ++stopped;
      }
      lexicon::Candidates found = lex->exact(h);
      if (found.empty()) ++missed;
      for (const lexicon::Candidate& c : found)
        wrong_flag += c.from_gazetteer != lex->entry(c.entry).from_gazetteer;
    }
  }
  EXPECT_GT(names, 150000u);
  EXPECT_EQ(missed, 0u);
  EXPECT_EQ(stopped, 0u);
  EXPECT_EQ(wrong_flag, 0u);
  // And it stops nearly everything else: sequences that are no prefix of any name rarely
  // get through (a filter saying yes to all would pass the checks above).
  uint64_t x = 0x243f6a8885a308d3ULL, through = 0;
  const uint64_t tries = 200000;
  for (uint64_t i = 0; i < tries; ++i) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    through += lex->may_continue(x);
  }
  std::printf("sequence filter: %.2f %% of random sequences may continue\n", 100.0 * double(through) / tries);
  EXPECT_LT(through, tries / 25);
}

TEST(Lexicon, RememberedAnswersFollowTheLexiconTheyCameFrom) {
  // exact() and may_continue() remember recent answers per thread: a lexicon built after,
  // or another one asked in turn, must not be answered from another's memory.
  auto sequence = [](std::initializer_list<std::string_view> words) {
    uint64_t h = 0;
    for (std::string_view w : words) h = lexicon::combine_word_hash(h, lexicon::word_hash(w));
    return h;
  };
  std::string dir = ::testing::TempDir();
  {
    std::ofstream(dir + "/memo_a.lex") << "id: test.a\ntype: ORG\nname: Northern Lights Brigade\n";
    std::ofstream(dir + "/memo_b.lex") << "id: test.b\ntype: GPE\nname: Northern Province\n";
  }
  lexicon::Lexicon a, b;
  a.load("casus", dir + "/memo_a.lex");
  a.finalize();
  b.load("casus", dir + "/memo_b.lex");
  b.finalize();
  uint64_t brigade = sequence({"northern", "lights", "brigade"});
  uint64_t province = sequence({"northern", "province"});
  uint64_t northern = sequence({"northern"});
  for (int round = 0; round < 3; ++round) {
    EXPECT_FALSE(a.exact(brigade).empty());
    EXPECT_TRUE(b.exact(brigade).empty());
    EXPECT_TRUE(a.exact(province).empty());
    EXPECT_FALSE(b.exact(province).empty());
    EXPECT_TRUE(a.may_continue(northern));
    EXPECT_TRUE(b.may_continue(northern));
  }
  // A name added later is found once the lexicon is built again.
  std::ofstream(dir + "/memo_c.lex") << "id: test.c\ntype: GPE\nname: Northern Province\n";
  EXPECT_TRUE(a.exact(province).empty());
  a.load("casus", dir + "/memo_c.lex");
  a.finalize();
  EXPECT_FALSE(a.exact(province).empty());
  EXPECT_FALSE(a.exact(brigade).empty());
}

TEST(Entities, ARespellingAfterAGivenNameIsASurname) {
  // "Bellouchi" is a verified respelling of the Baloch's "Balochi", but after the given name
  // "Karim", and alone later in the story, it is the person's surname.
  Document d = annotate(
      "Deputy Minister Karim Bellouchi said the dam was safe. Bellouchi later denied it. "
      "Balochi militants were blamed.");
  const Entity* person = find(d, "Karim Bellouchi");
  const Entity* later = find(d, "Bellouchi");
  const Entity* people = find(d, "Balochi");
  ASSERT_TRUE(person && later && people);
  EXPECT_EQ(person->type, "PERSON");
  EXPECT_EQ(later->id, person->id);
  EXPECT_EQ(people->type, "NORP");
}

TEST(Lexicon, MalformedDictionaryReportsFileAndLine) {
  lexicon::Lexicon lex;
  try {
    lex.load_casus_text("id: a\nname: A\ntype: BANANA\n", "bad.lex");
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("bad.lex:3"), std::string::npos) << e.what();
  }
  EXPECT_THROW(lex.load_casus_text("name: no id\n", "x.lex"), std::runtime_error);
  EXPECT_THROW(lex.load_casus_text("id: c\nname: C\ncoords: 95, 10\n", "x.lex"), std::runtime_error);
}

TEST(Lexicon, UserDictionaryThroughThePipeline) {
  PipelineOptions options;
  options.lexicons = {"casus:" + std::string(CASUS_TEST_FIXTURES) + "/lexicon/user.lex"};
  Pipeline p(options);
  Document d;
  d.id = "u";
  d.published = "2022-03-01";
  d.text = "Samir al-Haddadin, whose Harakat Hurras Dijla holds the ridge, spoke.";
  p.annotate(d);
  const Entity* leader = find(d, "Samir al-Haddadin");
  const Entity* group = find(d, "Harakat Hurras Dijla");
  ASSERT_TRUE(leader && group);
  EXPECT_EQ(group->id, "test.tigris-guardians");
  EXPECT_EQ(leader->code, "IRQREB");
  EXPECT_EQ(leader->affiliation, "test.tigris-guardians");
}

TEST(Entities, TokenEvidenceForTheTagger) {
  // What the lexicon and the name lists tell the statistical tagger about each token.
  auto lexicon = casus::lexicon::builtin_lexicon(casus::data_dir());
  auto evidence = casus::extract::NameEvidence::load(casus::data_dir(), *lexicon);
  std::vector<std::string_view> words = {"Minister", "Boris", "Johnson", "visited", "Baghdad",
                                         "and", "the", "United", "Nations", "University", "."};
  std::vector<uint32_t> ev;
  evidence.token_evidence(*lexicon, words, ev);
  ASSERT_EQ(ev.size(), words.size());
  using namespace casus::nlp;
  EXPECT_TRUE(ev[0] & kTitleWord);
  EXPECT_TRUE(ev[1] & kGivenName);
  EXPECT_TRUE(ev[2] & kSurname);
  EXPECT_TRUE(ev[3] & kCommonWord);
  EXPECT_FALSE(ev[3] & (kDictPlace | kGazPlace | kGivenName));
  EXPECT_TRUE(ev[4] & kDictPlace);
  EXPECT_TRUE(ev[4] & kBigPlace);
  EXPECT_TRUE(ev[7] & kDictOrg);
  EXPECT_TRUE(ev[8] & kDictOrg);
  EXPECT_FALSE(ev[6] & kDictOrg);
  EXPECT_TRUE(ev[9] & kOrgHead);
  EXPECT_EQ(ev[10], 0u);
  // The same words in lower case are no dictionary names.
  std::vector<std::string_view> lower = {"baghdad"};
  evidence.token_evidence(*lexicon, lower, ev);
  EXPECT_FALSE(ev[0] & kDictPlace);
}

TEST(Entities, TokenEvidenceFromTheCallersFoldsIsTheSame) {
  // The entity stage hands token_evidence the hashes and flags its matcher computed for plain
  // words; the evidence must be what token_evidence finds on its own, dictionary names
  // across known and unknown words included.
  auto lexicon = casus::lexicon::builtin_lexicon(casus::data_dir());
  auto evidence = casus::extract::NameEvidence::load(casus::data_dir(), *lexicon);
  std::vector<std::string_view> words = {"Minister", "Boris", "Johnson", "met", "the", "Hashd",
                                         "al-Sha'abi", "in", "Baghdad", "and", "the", "United",
                                         "Nations", "in", "New", "York", "with", "Al", "Gore", "."};
  std::vector<uint32_t> alone, given;
  evidence.token_evidence(*lexicon, words, alone);
  std::vector<casus::extract::NameEvidence::KnownWord> known(words.size());
  size_t known_words = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string fold;
    casus::lexicon::fold_ascii_word(words[i], fold);
    bool plain = std::all_of(words[i].begin(), words[i].end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
    if (!plain || casus::lexicon::article_form(fold)) continue;
    uint64_t hash = casus::lexicon::word_hash(fold);
    known[i] = {hash, evidence.flags_of_hash(hash)};
    ++known_words;
  }
  evidence.token_evidence(*lexicon, words, given, known);
  EXPECT_EQ(known_words, 17u);
  EXPECT_EQ(given, alone);
  EXPECT_TRUE(given[11] & casus::nlp::kDictOrg);  // "United Nations": both words known
  EXPECT_TRUE(given[14] & (casus::nlp::kDictPlace | casus::nlp::kGazPlace));  // "New York"
}

TEST(Entities, HeadWordsTypeLongerNamesAroundPlaces) {
  Document d = annotate(
      "She taught at the University of Pittsburgh after the Battle of Mosul. Later she met "
      "engineers of the Baghdad Railroad and recalled the fall of the Russian Empire.");
  const Entity* university = find(d, "University of Pittsburgh");
  const Entity* battle = find(d, "Battle of Mosul");
  const Entity* railroad = find(d, "Baghdad Railroad");
  const Entity* empire = find(d, "Russian Empire");
  ASSERT_TRUE(university && battle && railroad && empire);
  EXPECT_EQ(university->type, "ORG");
  EXPECT_EQ(battle->type, "MISC");
  EXPECT_EQ(railroad->type, "FAC");
  EXPECT_EQ(empire->type, "GPE");
  EXPECT_EQ(find(d, "Russian"), nullptr);
  // The places inside stay places with coordinates (for geocoding and event locations), and a
  // facility named after its town is put there.
  const Entity* mosul = find(d, "Mosul");
  ASSERT_TRUE(mosul);
  EXPECT_EQ(mosul->type, "GPE");
  EXPECT_TRUE(mosul->has_coords);
  const Entity* baghdad = find(d, "Baghdad");
  ASSERT_TRUE(baghdad && railroad->has_coords);
  EXPECT_EQ(railroad->lat, baghdad->lat);
}

TEST(Entities, PluralAfterAPlaceNamesATeamAndShortFormsKeepItsType) {
  Document d = annotate(
      "The Boston Bruins beat the Vancouver Canucks on Saturday. The Bruins scored twice in the "
      "first period.");
  const Entity* boston = find(d, "Boston Bruins");
  const Entity* vancouver = find(d, "Vancouver Canucks");
  const Entity* short_form = find(d, "Bruins");
  ASSERT_TRUE(boston && vancouver && short_form);
  EXPECT_EQ(boston->type, "ORG");
  EXPECT_EQ(vancouver->type, "ORG");
  EXPECT_EQ(short_form->type, "ORG");
  EXPECT_EQ(short_form->id, boston->id);
}

TEST(Entities, UnknownFacilityIsPutAtItsTown) {
  Document d = annotate("Police closed Kelmanor Avenue in Baghdad on Friday after the blast.");
  const Entity* avenue = find(d, "Kelmanor Avenue");
  const Entity* town = find(d, "Baghdad");
  ASSERT_TRUE(avenue && town);
  EXPECT_EQ(avenue->type, "FAC");
  ASSERT_TRUE(avenue->has_coords);
  EXPECT_NEAR(avenue->lat, town->lat, 0.01);
  EXPECT_EQ(avenue->precision, "city");
}

TEST(Entities, ModelDesignatorsNameWeaponsWithANameOrAWeaponNoun) {
  Document d = annotate(
      "Two Zk-31 jets and an HX-53 Sea Warden flew over the town. Delegates of the Q-20 met "
      "on Monday.");
  const Entity* jets = find(d, "Zk-31");
  const Entity* helicopter = find(d, "HX-53 Sea Warden");
  ASSERT_TRUE(jets && helicopter);
  EXPECT_EQ(jets->type, "WEAPON");
  EXPECT_EQ(helicopter->type, "WEAPON");
  const Entity* q20 = find(d, "Q-20");
  EXPECT_TRUE(!q20 || q20->type != "WEAPON");
}

TEST(Entities, LoneNameAfterTheIsNoPerson) {
  Document d = annotate("Thousands of fans cheered the Zorblats at the concert.");
  const Entity* band = find(d, "Zorblats");
  ASSERT_TRUE(band);
  EXPECT_EQ(band->type, "ORG");
}

TEST(Entities, UnitOrdinalsOpenNamesAndAndTheSeparatesThem) {
  Document d = annotate(
      "Officers of the 82nd Airborne Division met delegates of the Northern Medical "
      "Association and the Royal College of Vets.");
  const Entity* unit = find(d, "82nd Airborne Division");
  const Entity* association = find(d, "Northern Medical Association");
  const Entity* college = find(d, "Royal College of Vets");
  ASSERT_TRUE(unit && association && college);
  EXPECT_EQ(unit->type, "ORG");
  EXPECT_EQ(association->type, "ORG");
  EXPECT_EQ(college->type, "ORG");
}

TEST(Entities, OrdinaryCapitalisedWordsAreNoNationality) {
  Document d = annotate(
      "Their album A Beautiful Lie was certified platinum by the label. The band won Best Rock "
      "Video in May.");
  for (const auto& e : d.entities) EXPECT_NE(e.type, "NORP") << d.slice(e.span);
}

TEST(Entities, ANameTheTextDescribesTakesTheDescribingNounsType) {
  // Unknown one-word names: the copula's noun and a noun just before the name type them.
  Document d = annotate(
      "Qarmutli is a small village in the hills. Yesterday the band Kestrova played in "
      "Qarmutli. Zendaro was a tractor company based in the north.");
  const Entity* village = find(d, "Qarmutli");
  const Entity* band = find(d, "Kestrova");
  const Entity* company = find(d, "Zendaro");
  ASSERT_TRUE(village && band && company);
  EXPECT_EQ(village->type, "GPE");
  EXPECT_EQ(band->type, "ORG");
  EXPECT_EQ(company->type, "ORG");
  const Entity* again = find(d, "Qarmutli", 1);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->type, "GPE");
}

TEST(Entities, ATitleWordBeforeACommaDoesNotMakeAPerson) {
  // "Field" is also a title ("Field Marshal"); after a comma the place opens a new phrase.
  Document d = annotate("Officers flew from Kerrin Field, California, in May.");
  EXPECT_EQ(type_of(d, "California"), "GPE");
}

TEST(Entities, AGivenNameAfterAPlacePrepositionIsThePlace) {
  Document d = annotate("She was born in Peace River country in Alberta and studied there.");
  const Entity* province = find(d, "Alberta");
  ASSERT_TRUE(province);
  EXPECT_EQ(province->type, "GPE");
  EXPECT_TRUE(province->has_coords);
}

TEST(Entities, ANameDescribedAsAPersonIsAPerson) {
  // A person's noun after the copula, past a nationality and a parenthesis; "née" before a
  // name.
  Document d = annotate(
      "Later Gede Mahaputra Sutarja was a Balinese guitarist. Dorothea Varnhagen (née Brende "
      "Kasselwitz) was a German novelist.");
  EXPECT_EQ(type_of(d, "Gede Mahaputra Sutarja"), "PERSON");
  EXPECT_EQ(type_of(d, "Brende Kasselwitz"), "PERSON");
}

TEST(Entities, ALoneUnknownWordThatNamesNoOneKnownIsNoPerson) {
  // Neither a given name nor a surname nor the short form of a person named before: a
  // company, band or team far more often.
  Document d = annotate("On July 10 Zentrix won a patent suit against its rival.");
  EXPECT_EQ(type_of(d, "Zentrix"), "ORG");
}

TEST(Entities, AnAcronymSpellingAGivenNameIsNoPerson) {
  Document d = annotate("The ISAP, ILPAP and ETHEL companies merged.");
  EXPECT_EQ(type_of(d, "ETHEL"), "ORG");
}

TEST(Entities, AGuessedNameTakesTheTypeOfItsListAndEveryMentionFollows) {
  // Coordinated with a gazetteer town, the unknown name is a place; that outvotes the
  // guesses of its other mentions.
  Document d = annotate(
      "Yesterday Brynhelyg was quiet. By noon Brynhelyg was busy. The cycle path runs between "
      "Caernarfon and Brynhelyg along the river.");
  for (size_t k = 0; k < 3; ++k) EXPECT_EQ(type_of(d, "Brynhelyg", k), "GPE") << k;
}

TEST(Entities, WordsAroundAGuessedNameTypeIt) {
  Document d = annotate(
      "The firm was later acquired by Halvorsen. He left the band and joined Java Breeze in "
      "1990.");
  EXPECT_EQ(type_of(d, "Halvorsen"), "ORG");
  EXPECT_EQ(type_of(d, "Java Breeze"), "ORG");
}

TEST(Entities, ATownOneSignsWithIsItsClubInEveryMention) {
  Document d = annotate(
      "He played for Ipswich and later signed with Coburg. After a year at Coburg he retired.");
  for (const char* name : {"Ipswich", "Coburg"}) {
    const Entity* club = find(d, name);
    ASSERT_TRUE(club) << name;
    EXPECT_EQ(club->type, "ORG") << name;
    EXPECT_FALSE(club->has_coords) << name;
  }
  EXPECT_EQ(type_of(d, "Coburg", 1), "ORG");
}

TEST(Entities, ANumberAfterAHeadWordKeepsTheHeadsType) {
  Document d = annotate("The film is set in Zorvian War II Hungary.");
  EXPECT_EQ(type_of(d, "Zorvian War II"), "MISC");
}

TEST(Entities, AQuotedTitleInTitleCaseNamesAWorkButANicknameDoesNot) {
  Document d = annotate(
      "The band released \"A Quiet Harbour\" in May, and Harold \"Junior\" Benoit sang on it. "
      "\"We will come back,\" she said.");
  EXPECT_EQ(type_of(d, "A Quiet Harbour"), "MISC");
  EXPECT_EQ(find(d, "Junior"), nullptr);
  EXPECT_EQ(find(d, "We will come back"), nullptr);
}

TEST(Entities, APersonsNameHasNoAndAndSirIsATitle) {
  Document d = annotate(
      "Later Jared and Shannon wrote a song. The first members were Sir Harold Wexcombe, Betty "
      "Uber and Tom Dale.");
  for (const char* name : {"Jared", "Shannon", "Harold Wexcombe", "Betty Uber", "Tom Dale"})
    EXPECT_EQ(type_of(d, name), "PERSON") << name;
  EXPECT_EQ(find(d, "Jared and Shannon"), nullptr);
}

TEST(Entities, AQuotedNameKeepsTheTypeOfItsOtherMentions) {
  Document d = annotate(
      "Anna wrote novels. She may have taken the name \"Anna\" from an aunt.");
  const Entity* quoted = find(d, "Anna", 1);
  ASSERT_TRUE(quoted);
  EXPECT_NE(quoted->type, "MISC");
}

TEST(Entities, APlacesHeadWordInLowerCaseAfterANameTypesIt) {
  Document d = annotate("According to the census, Wexlow parish had 318 people.");
  EXPECT_EQ(type_of(d, "Wexlow"), "GPE");
}

TEST(Entities, TheNounAListExemplifiesTypesItsNames) {
  Document d = annotate("Critics compared them to bands like Velmoor, Joy Parade or Quiet Vexers.");
  for (const char* name : {"Velmoor", "Joy Parade"}) EXPECT_EQ(type_of(d, name), "ORG") << name;
}

TEST(Entities, APlaceMatchedAfterAPrepositionOutvotesAGivenNamesGuess) {
  Document d = annotate("The depot stood in Harrison until 1940. The first train left Harrison at dawn.");
  const Entity* town = find(d, "Harrison");
  const Entity* again = find(d, "Harrison", 1);
  ASSERT_TRUE(town && again);
  EXPECT_EQ(town->type, "GPE");
  EXPECT_EQ(again->type, "GPE");
  EXPECT_EQ(again->id, town->id);
  EXPECT_TRUE(again->has_coords);
}

TEST(Entities, AGivenNameInAListTypesItsGuessedNeighbour) {
  Document d = annotate("Later Jeff and Hayley moved away.");
  EXPECT_EQ(type_of(d, "Hayley"), "PERSON");
}

TEST(Entities, APersonOfABodyIsTwoNames) {
  Document d = annotate(
      "According to Professor Amos Velkin of the Hebrew University, the cave is old. Later he "
      "served as Member of the Legislative Assembly.");
  EXPECT_EQ(type_of(d, "Amos Velkin"), "PERSON");
  EXPECT_EQ(type_of(d, "Hebrew University"), "ORG");
  EXPECT_EQ(type_of(d, "Legislative Assembly"), "ORG");
}

TEST(Entities, AnOrdinaryWordGuessedToBeANameIsNone) {
  Document d = annotate("The main crops are Ragi, Millet, Groundnuts, Wheat and Pulses.");
  EXPECT_EQ(find(d, "Wheat"), nullptr);
}

TEST(Entities, ANameInAppositionTakesItsNounsType) {
  Document d = annotate("It was used on his latest album, Gitarku, and on tour.");
  EXPECT_EQ(type_of(d, "Gitarku"), "MISC");
}

TEST(Entities, ANameDescribedAsAnOrganisationIsNoShortFormOfAPerson) {
  Document d = annotate(
      "Velocetti is a major Brazilian manufacturer of bicycles, founded in 1898 by Luigi "
      "Velocetti. In 1972 Velocetti introduced a racing bicycle.");
  EXPECT_EQ(type_of(d, "Velocetti"), "ORG");
  EXPECT_EQ(type_of(d, "Velocetti", 1), "ORG");
}

TEST(Entities, APossessiveIsNoDescribingNoun) {
  Document d = annotate("He was a tackle in 1966. Later Bill Atessor was the state's best lineman.");
  EXPECT_EQ(type_of(d, "Bill Atessor"), "PERSON");
}

TEST(Entities, ALoneSurnameOfAPersonNamedBeforeIsThatPerson) {
  Document d = annotate(
      "Daniel Prodan was born in Satu Mare. Prodan won five consecutive titles. From 1998 to "
      "2000 Prodan played in Scotland.");
  const Entity* full = find(d, "Daniel Prodan");
  ASSERT_TRUE(full);
  for (size_t k = 0; k < 2; ++k) {
    const Entity* later = find(d, "Prodan", k);
    ASSERT_TRUE(later) << k;
    EXPECT_EQ(later->type, "PERSON");
    EXPECT_EQ(later->id, full->id);
  }
}

TEST(Entities, ALoneWordRepeatingARecognisedNameIsThatName) {
  // The sentence-initial repeat is left alone by the tagger; it is the name seen before.
  Document d = annotate("The organisation was founded as BIRT in 1990. BIRT is a division of the trust.");
  const Entity* first = find(d, "BIRT");
  const Entity* again = find(d, "BIRT", 1);
  ASSERT_TRUE(first && again);
  EXPECT_EQ(again->id, first->id);
  EXPECT_EQ(again->type, first->type);
}

TEST(Entities, ACityAndMoreThatNamesNoPlaceIsATeamOrCompany) {
  Document d = annotate(
      "Since the addition of the Perth Glory into the national competition, the station has "
      "broadcast Perth Glory matches.");
  const Entity* team = find(d, "Perth Glory");
  ASSERT_TRUE(team);
  EXPECT_EQ(team->type, "ORG");
  EXPECT_FALSE(team->has_coords);
  const Entity* town = find(d, "Perth");  // reported too, as inside other names
  ASSERT_TRUE(town);
  EXPECT_TRUE(town->has_coords);
}

TEST(Entities, APersonalPronounAfterAGuessedNameMakesItAPerson) {
  Document d = annotate(
      "He falls in love with the waitress. For a while Ilona lives in harmony with both men. "
      "Later Ilona does all she can to save him.");
  for (size_t k = 0; k < 2; ++k) EXPECT_EQ(type_of(d, "Ilona", k), "PERSON") << k;
}

TEST(Entities, ANameWithAHeadWordOfItsOwnIsNotRetypedByANounBeforeIt) {
  // "post" is also a newspaper's head word; the name's own head ("War") types it.
  Document d = annotate("Settlers arrived as part of the post Zorvian War II assisted migration program.");
  EXPECT_EQ(type_of(d, "Zorvian War II"), "MISC");
}

TEST(Entities, ARunNothingElseNamesIsANameWhenTheTextDescribesIt) {
  Document d = annotate(
      "Clergoux is a village and commune in the south of the region. He is the brother of "
      "Howie Vane, the frontman of now defunct band The Velts and Sean Drome, the drummer.");
  EXPECT_EQ(type_of(d, "Clergoux"), "GPE");
  // Two names and an "and" are not one described name.
  EXPECT_EQ(type_of(d, "The Velts"), "ORG");
  EXPECT_EQ(type_of(d, "Sean Drome"), "PERSON");
}

TEST(Entities, AnAcronymDefinedInSpacedParenthesesNamesItsBody) {
  Document d = annotate(
      "The party lost in a landslide to the Vatu Labour Party ( VLP ) , winning two seats . "
      "Later the VLP governed alone .");
  const Entity* party = find(d, "Vatu Labour Party");
  const Entity* later = find(d, "VLP", 1);
  ASSERT_TRUE(party && later);
  EXPECT_EQ(later->id, party->id);
  EXPECT_EQ(later->type, "ORG");
}

TEST(Entities, TheRestOfANameIsNoDescribedNameOfItsOwn) {
  Document d = annotate("Australian Melodrama is a compilation album by the band.");
  EXPECT_EQ(type_of(d, "Australian Melodrama"), "MISC");
  EXPECT_EQ(find(d, "Melodrama"), nullptr);
}

TEST(Entities, AbbreviationsThatOpenPlaceNamesAndNameSuffixesKeepTheirPeriods) {
  Document d = annotate(
      "He was dealt to the St. Louis Cardinals in July. Command passed to Brigadier General "
      "Andrew J. Evans Jr. in 1960.");
  EXPECT_EQ(type_of(d, "St. Louis Cardinals"), "ORG");
  EXPECT_EQ(type_of(d, "Andrew J. Evans Jr."), "PERSON");
}

TEST(Entities, RolesOfSportAndNobilityAreTitles) {
  Document d = annotate(
      "Later Manager Lou Pinnel summoned him, and Juniors Erik Dozan and Coach Darrel Royce "
      "agreed.");
  for (const char* name : {"Lou Pinnel", "Erik Dozan", "Darrel Royce"})
    EXPECT_EQ(type_of(d, name), "PERSON") << name;
}

TEST(Entities, ATitleWordBeforeABodysHeadWordIsPartOfItsName) {
  Document d = annotate("He played in Major League Baseball for ten years.");
  EXPECT_EQ(type_of(d, "Major League Baseball"), "ORG");
}
