// The statistical entity tagger: span derivation from GUM's Entity= layer, learning a tiny
// sample, save/load round trip, determinism, odd input, and the committed model.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/entity_tagger.h"

namespace fs = std::filesystem;
using namespace casus::nlp;

namespace {

// A tiny GUM-style sample written for this test: mentions are noun phrases with heads (minspan).
std::string sample() {
  const char* sents[] = {
      // "Mr. John Smith visited the Bank of England in London ."
      "1\tMr.\tMr.\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(1-person-new-sssss-cf1-2,3-sgl\n"
      "2\tJohn\tJohn\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n"
      "3\tSmith\tSmith\tPROPN\tNNP\t_\t4\tnsubj\t_\tEntity=1)\n"
      "4\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\tEntity=(2-organization-new-sssss-cf2-2-sgl\n"
      "6\tBank\tBank\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
      "7\tof\tof\tADP\tIN\t_\t8\tcase\t_\t_\n"
      "8\tEngland\tEngland\tPROPN\tNNP\t_\t6\tnmod\t_\tEntity=(3-place-new-sssss-cf3-1-sgl)2)\n"
      "9\tin\tin\tADP\tIN\t_\t10\tcase\t_\t_\n"
      "10\tLondon\tLondon\tPROPN\tNNP\t_\t4\tobl\t_\tEntity=(4-place-new-sssss-cf4-1-sgl)\n"
      "11\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n",
      // "The American government met Anna Berg ."
      "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\tEntity=(5-organization-new-sssss-cf1-3-sgl\n"
      "2\tAmerican\tAmerican\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
      "3\tgovernment\tgovernment\tNOUN\tNN\t_\t4\tnsubj\t_\tEntity=5)\n"
      "4\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "5\tAnna\tAnna\tPROPN\tNNP\t_\t4\tobj\t_\tEntity=(6-person-new-sssss-cf2-1,2-sgl\n"
      "6\tBerg\tBerg\tPROPN\tNNP\t_\t5\tflat\t_\tEntity=6)\n"
      "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n",
      // "She flew to Paris on Monday ."
      "1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(6-person-giv:act-sssss-cf1-1-ana)\n"
      "2\tflew\tfly\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tto\tto\tADP\tIN\t_\t4\tcase\t_\t_\n"
      "4\tParis\tParis\tPROPN\tNNP\t_\t2\tobl\t_\tEntity=(7-place-new-sssss-cf2-1-sgl)\n"
      "5\ton\ton\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "6\tMonday\tMonday\tPROPN\tNNP\t_\t2\tobl\t_\tEntity=(8-time-new-sssss-cf3-1-sgl)\n"
      "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n",
  };
  std::string out = "# newdoc id = GUM_news_test\n# global.Entity = GRP-etype-infstat-salience-"
                    "centering-minspan-link-identity\n";
  for (const char* s : sents) out += std::string("# text = x\n") + s + "\n";
  return out;
}

std::vector<std::string_view> split(const std::string& s) {
  static std::vector<std::string> store;
  store.clear();
  std::istringstream in(s);
  std::string w;
  while (in >> w) store.push_back(w);
  return {store.begin(), store.end()};
}

std::string render(const std::vector<std::string_view>& w, const std::vector<NamedSpan>& spans) {
  std::string out;
  for (const NamedSpan& s : spans) {
    out += s.type + ":";
    for (uint32_t i = s.token_begin; i < s.token_end; ++i) out += (i > s.token_begin ? " " : "") + std::string(w[i]);
    out += ";";
  }
  return out;
}

std::unique_ptr<EntityTagger> train_sample(uint64_t seed = 1) {
  auto sents = parse_conllu(sample());
  std::vector<UdSentence> data;
  for (int k = 0; k < 20; ++k) data.insert(data.end(), sents.begin(), sents.end());
  EntityTagger::TrainOptions opt;
  opt.epochs = 5;
  opt.seed = seed;
  return EntityTagger::train(data, nullptr, opt);
}

}  // namespace

TEST(EntityTagger, DerivesNamedSpansFromMentions) {
  auto sents = parse_conllu(sample());
  ASSERT_EQ(sents.size(), 3u);
  std::vector<std::string_view> w;
  for (const auto& x : sents[0].words) w.push_back(x.form);
  EXPECT_EQ(render(w, EntityTagger::gold_spans(sents[0])),
            "PERSON:John Smith;ORG:Bank of England;PLACE:London;");
  w.clear();
  for (const auto& x : sents[1].words) w.push_back(x.form);
  EXPECT_EQ(render(w, EntityTagger::gold_spans(sents[1])), "NORP:American;PERSON:Anna Berg;");
  w.clear();
  for (const auto& x : sents[2].words) w.push_back(x.form);
  EXPECT_EQ(render(w, EntityTagger::gold_spans(sents[2])), "PLACE:Paris;");  // Monday: time
}

TEST(EntityTagger, LearnsTinySample) {
  auto tg = train_sample();
  auto sents = parse_conllu(sample());
  EntityTagger::Scores sc = tg->evaluate(sents);
  EXPECT_EQ(sc.span_f1, 1.0);
  auto w = split("Mr. John Smith visited the Bank of England in London .");
  auto spans = tg->tag(w);
  EXPECT_EQ(render(w, spans), "PERSON:John Smith;ORG:Bank of England;PLACE:London;");
  for (const NamedSpan& s : spans) {
    EXPECT_GT(s.score, 0.f);
    EXPECT_LE(s.score, 1.f);
  }
}

TEST(EntityTagger, SaveLoadRoundTripAndDeterminism) {
  auto a = train_sample(7);
  auto b = train_sample(7);
  fs::path dir = fs::temp_directory_path() / ("casus_ner_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  a->save((dir / "a.model").string());
  b->save((dir / "b.model").string());
  auto bytes = [](const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  EXPECT_EQ(bytes(dir / "a.model"), bytes(dir / "b.model"));
  auto c = EntityTagger::load((dir / "a.model").string());
  for (const char* s : {"Anna Berg met John Smith in Paris .", "The American Bank of England ."}) {
    auto w = split(s);
    auto x = a->tag(w), y = c->tag(w);
    ASSERT_EQ(x.size(), y.size());
    for (size_t i = 0; i < x.size(); ++i) {
      EXPECT_EQ(x[i].token_begin, y[i].token_begin);
      EXPECT_EQ(x[i].token_end, y[i].token_end);
      EXPECT_EQ(x[i].type, y[i].type);
      EXPECT_FLOAT_EQ(x[i].score, y[i].score);
    }
  }
  EXPECT_THROW(EntityTagger::load((dir / "missing.model").string()), std::runtime_error);
  {
    std::ofstream bad(dir / "bad.model");
    bad << "not a model";
  }
  EXPECT_THROW(EntityTagger::load((dir / "bad.model").string()), std::runtime_error);
  fs::remove_all(dir);
}

TEST(EntityTagger, OddInput) {
  auto tg = train_sample();
  EXPECT_TRUE(tg->tag({}).empty());
  std::vector<std::string> many;
  for (int i = 0; i < 500; ++i) many.push_back(i % 7 == 0 ? "Smith" : i % 5 == 0 ? "London" : "word");
  std::vector<std::string_view> w(many.begin(), many.end());
  auto spans = tg->tag(w);
  for (const NamedSpan& s : spans) {
    EXPECT_LT(s.token_begin, s.token_end);
    EXPECT_LE(s.token_end, 500u);
  }
  std::vector<std::string> odd = {"😀", "بغداد", "في", "", "Ω", "\xff\xfe", "London", "😀😀"};
  std::vector<std::string_view> ow(odd.begin(), odd.end());
  for (const NamedSpan& s : tg->tag(ow)) EXPECT_LE(s.token_end, odd.size());
  // Evidence for fewer words than there are, several bits on one word, unknown bits.
  std::vector<Evidence> evidence = {kDictPlace, 0, kDictPerson | kDictOrg | kGivenName, 1u << 31};
  for (const NamedSpan& s : tg->tag(ow, evidence)) EXPECT_LE(s.token_end, odd.size());
}

namespace {

const std::string kCommittedModel = std::string(CASUS_SOURCE_DATA_DIR) + "/models/ner.model";

// The tagger of data/models, or null when the checkout has none.
std::unique_ptr<EntityTagger> committed_tagger() {
  return fs::exists(kCommittedModel) ? EntityTagger::load(kCommittedModel) : nullptr;
}

}  // namespace

TEST(EntityTagger, CommittedModel) {
  auto tg = committed_tagger();
  if (!tg) GTEST_SKIP() << "no committed " << kCommittedModel;
  auto w = split("Prime Minister Boris Johnson met officials of the United Nations in Baghdad on "
                 "Tuesday , the Foreign Office said .");
  // The model is trained to read the entity stage's evidence; this is what its lists say here.
  std::vector<Evidence> ev(w.size(), 0);
  ev[0] = ev[1] = kTitleWord;
  ev[2] = kGivenName;
  ev[3] = kSurname;
  ev[9] = ev[10] = kDictOrg;
  ev[12] = kDictPlace | kGazPlace | kBigPlace;
  ev[18] = kDictOrg | kTitleWord;
  ev[19] = kDictOrg | kOrgHead;
  auto spans = tg->tag(w, ev);
  std::string r = render(w, spans);
  EXPECT_NE(r.find("PERSON:Boris Johnson"), std::string::npos) << r;
  EXPECT_NE(r.find("PLACE:Baghdad"), std::string::npos) << r;
  EXPECT_EQ(r.find("Tuesday"), std::string::npos) << r;
}

TEST(EntityTagger, SettledRunsAndPunctuationAreNotTagged) {
  auto tg = committed_tagger();
  if (!tg) GTEST_SKIP() << "no committed " << kCommittedModel;
  auto w = split("\u201c We will stay , \u201d Prime Minister Boris Johnson said in Baghdad that "
                 "the talks went well , the Foreign Office said .");
  std::vector<Evidence> ev(w.size(), 0);
  ev[6] = ev[7] = kTitleWord;
  ev[8] = kGivenName;
  ev[9] = kSurname;
  ev[12] = kDictPlace | kGazPlace | kBigPlace;
  ev[20] = kDictOrg | kTitleWord;
  ev[21] = kDictOrg | kOrgHead;
  auto all = tg->tag(w, ev);
  std::string r = render(w, all);
  ASSERT_NE(r.find("PLACE:Baghdad"), std::string::npos) << r;
  // No span starts at a quotation mark.
  for (const NamedSpan& s : all) EXPECT_NE(w[s.token_begin].substr(0, 1), "\xE2") << r;
  // Baghdad settled (the caller named it), three and more lower-case words from any other
  // capitalised word: it is not tagged, and every other span is as before.
  std::vector<uint8_t> settled(w.size(), 0);
  settled[12] = 1;
  std::vector<NamedSpan> expected;
  for (const NamedSpan& s : all)
    if (s.token_begin != 12) expected.push_back(s);
  EXPECT_EQ(render(w, tg->tag(w, ev, settled)), render(w, expected));
  // Settled words in one run with words that are not ("Prime Minister" before "Boris
  // Johnson") are tagged as before.
  std::fill(settled.begin(), settled.end(), 0);
  settled[6] = settled[7] = 1;
  EXPECT_EQ(render(w, tg->tag(w, ev, settled)), render(w, all));
}

// Words' values are remembered per thread: tagging with the memory cold, warm, and filled by
// other words gives the same spans and margins, for short words and for words too long to
// be remembered.
TEST(EntityTagger, RememberedWordsTagAsFreshOnes) {
  auto tg = committed_tagger();
  if (!tg) GTEST_SKIP() << "no committed " << kCommittedModel;
  const std::string text =
      "Prime Minister Mustafa al-Kadhimi met Supercalifragilisticexpialidociousness Holdings "
      "and the Popular Mobilization Units in Baghdad , Iraq , on Monday .";
  const auto w = split(text);
  const std::vector<Evidence> ev(w.size(), 0);
  auto with_scores = [&](const std::vector<NamedSpan>& spans) {
    std::string out = render(w, spans);
    for (const NamedSpan& sp : spans) out += " " + std::to_string(sp.score);
    return out;
  };
  std::string cold;
  std::thread([&] { cold = with_scores(tg->tag(w, ev)); }).join();
  ASSERT_NE(cold.find("Baghdad"), std::string::npos) << cold;
  EXPECT_EQ(with_scores(tg->tag(w, ev)), cold);
  EXPECT_EQ(with_scores(tg->tag(w, ev)), cold);  // every word now remembered
  // Many other words take the memory's slots; the sentence is described afresh.
  std::vector<std::string> other;  // not split(): its storage holds the sentence's words
  for (int i = 0; i < 3000; ++i) other.push_back("Word" + std::to_string(i));
  const std::vector<std::string_view> ow(other.begin(), other.end());
  tg->tag(ow, std::vector<Evidence>(ow.size(), 0));
  EXPECT_EQ(with_scores(tg->tag(w, ev)), cold);
}

// Tagging sums each word's weights per role and remembers the sums: over the sentences of
// GUM's development set, with evidence that differs between occurrences of a word, the spans
// and scores must be those of looking every feature up.
TEST(EntityTagger, RememberedRoleScoresTagAsEveryFeatureDoes) {
  auto tg = committed_tagger();
  const std::string dev = std::string(CASUS_SHARED_DIR) + "/data/ud/gum-cc-by-dev.conllu";
  if (!tg || !fs::exists(dev)) GTEST_SKIP() << "no committed model or no " << dev;
  const auto sentences = read_conllu(dev);
  ASSERT_GT(sentences.size(), 200u);
  size_t spans = 0, differing = 0;
  for (size_t s = 0; s < sentences.size(); ++s) {
    std::vector<std::string_view> words;
    std::vector<Evidence> evidence;
    for (const UdWord& w : sentences[s].words) {
      words.push_back(w.form);
      // Some bits, varying with the position: a word's remembered sums hold for its evidence.
      evidence.push_back(((s * 31 + words.size() * 7) % 5 == 0) ? Evidence(kGazPlace | kCommonWord) : 0);
    }
    auto rendered = [&](bool remember) {
      tg->remember_role_scores(remember);
      auto found = tg->tag(words, evidence);
      std::string out = render(words, found);
      for (const NamedSpan& sp : found) out += " " + std::to_string(sp.score);
      return std::make_pair(out, found.size());
    };
    auto [looked_up, n] = rendered(false);
    auto remembered = rendered(true).first;
    spans += n;
    if (remembered != looked_up) ++differing;
    EXPECT_EQ(remembered, looked_up) << "sentence " << s;
    if (differing > 3) break;
  }
  EXPECT_GT(spans, 200u);
}

// The remembered sums are the model's own: two taggers used by turns in one thread tag as
// each does alone in a thread of its own.
TEST(EntityTagger, RememberedRoleScoresBelongToTheirModel) {
  auto committed = committed_tagger();
  if (!committed) GTEST_SKIP() << "no committed " << kCommittedModel;
  auto tiny = train_sample();
  const std::string text = "Mr. John Smith visited the Bank of England in London with Anna Berg .";
  const auto w = split(text);
  const std::vector<Evidence> ev(w.size(), 0);
  auto tagged = [&](const EntityTagger& tg) {
    auto found = tg.tag(w, ev);
    std::string out = render(w, found);
    for (const NamedSpan& sp : found) out += " " + std::to_string(sp.score);
    return out;
  };
  std::string alone_committed, alone_tiny;
  std::thread([&] { alone_committed = tagged(*committed); }).join();
  std::thread([&] { alone_tiny = tagged(*tiny); }).join();
  ASSERT_NE(alone_committed, alone_tiny);  // else the test could not tell them apart
  for (int round = 0; round < 3; ++round) {
    EXPECT_EQ(tagged(*committed), alone_committed);
    EXPECT_EQ(tagged(*tiny), alone_tiny);
  }
}
