// The NLP core: learning a small sample, save/load round trips, determinism, odd input.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "nlp/analyzer.h"
#include "nlp/conllu.h"
#include "nlp/lemmatizer.h"
#include "nlp/parser.h"
#include "nlp/pipeline.h"
#include "nlp/tagger.h"
#include "text/tokenize.h"

namespace fs = std::filesystem;
using namespace casus;
using namespace casus::nlp;

namespace {

// A tiny treebank written for this test.
const char* kSample = R"(# sent_id = t1
1	The	the	DET	DT	_	2	det	_	_
2	army	army	NOUN	NN	_	3	nsubj	_	_
3	shelled	shell	VERB	VBD	_	0	root	_	_
4	the	the	DET	DT	_	5	det	_	_
5	villages	village	NOUN	NNS	_	3	obj	_	_
6	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = t2
1	Rebels	rebel	NOUN	NNS	_	2	nsubj	_	_
2	attacked	attack	VERB	VBD	_	0	root	_	_
3	a	a	DET	DT	_	4	det	_	_
4	convoy	convoy	NOUN	NN	_	2	obj	_	_
5	near	near	ADP	IN	_	6	case	_	_
6	Mosul	Mosul	PROPN	NNP	_	2	obl	_	_
7	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = t3
1	She	she	PRON	PRP	_	2	nsubj	_	_
2	said	say	VERB	VBD	_	0	root	_	_
3	they	they	PRON	PRP	_	5	nsubj	_	_
4	were	be	AUX	VBD	_	5	aux	_	_
5	fleeing	flee	VERB	VBG	_	2	ccomp	_	_
6	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = t4
1	Officials	official	NOUN	NNS	_	2	nsubj	_	_
2	did	do	AUX	VBD	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	confirm	confirm	VERB	VB	_	0	root	_	_
5	the	the	DET	DT	_	6	det	_	_
6	deaths	death	NOUN	NNS	_	4	obj	_	_
7	.	.	PUNCT	.	_	4	punct	_	_

)";

std::vector<std::string_view> forms_of(const UdSentence& s) {
  std::vector<std::string_view> f;
  for (const auto& w : s.words) f.push_back(w.form);
  return f;
}

Parser::TrainSentence gold_parse_input(const UdSentence& s) {
  Parser::TrainSentence t;
  for (const auto& w : s.words) {
    t.forms.push_back(w.form);
    t.upos.push_back(w.upos);
    t.xpos.push_back(w.xpos);
    t.heads.push_back(w.head);
    t.labels.push_back(w.deprel);
  }
  return t;
}

struct Trained {
  std::vector<UdSentence> sents;
  Tagger tagger;
  Lemmatizer lemmatizer;
  Parser parser;
};

const Trained& trained() {
  static const Trained t = [] {
    Trained x;
    x.sents = parse_conllu(kSample);
    std::vector<const UdSentence*> ptrs;
    for (const auto& s : x.sents) ptrs.push_back(&s);
    Tagger::TrainOptions topt;
    topt.epochs = 15;
    x.tagger = Tagger::train(ptrs, topt);
    x.lemmatizer = Lemmatizer::train(ptrs, nullptr);
    std::vector<Parser::TrainSentence> ps;
    for (const auto& s : x.sents) ps.push_back(gold_parse_input(s));
    Parser::TrainOptions popt;
    popt.epochs = 20;
    x.parser = Parser::train(ps, popt);
    return x;
  }();
  return t;
}

fs::path temp_dir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("casus_nlp_test_" + name + "_" +
                                            std::to_string(::getpid()));
  fs::create_directories(d);
  return d;
}

std::string models_dir() { return std::string(CASUS_SOURCE_DATA_DIR) + "/models"; }
bool have_models() { return fs::exists(fs::path(models_dir()) / kParserFile); }

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A document with one sentence over all of its tokens.
Document make_doc(const std::string& text) {
  Document d;
  d.text = text;
  text::tokenize(d.text, {0, uint32_t(d.text.size())}, d.tokens);
  Sentence s;
  s.span = {0, uint32_t(d.text.size())};
  s.token_begin = 0;
  s.token_end = uint32_t(d.tokens.size());
  d.sentences.push_back(s);
  return d;
}

}  // namespace

TEST(Conllu, ReadsWordsAndSkipsRanges) {
  auto s = parse_conllu("# text = Don't\n1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
                        "1\tDo\tdo\tAUX\tVBP\t_\t0\troot\t_\tSpaceAfter=No\n"
                        "2\tn't\tnot\tPART\tRB\t_\t1\tadvmod\t_\t_\n\n");
  ASSERT_EQ(s.size(), 1u);
  ASSERT_EQ(s[0].words.size(), 2u);
  EXPECT_EQ(s[0].words[1].lemma, "not");
  EXPECT_EQ(s[0].words[1].head, 1);
  EXPECT_EQ(s[0].lines.size(), 4u);
  EXPECT_THROW(parse_conllu("1\tbad\n"), std::runtime_error);
}

TEST(Nlp, LearnsASmallSample) {
  const Trained& t = trained();
  size_t n = 0, tag_ok = 0, lemma_ok = 0, head_ok = 0, label_ok = 0;
  std::vector<int> tags, heads, labels;
  for (const auto& s : t.sents) {
    auto forms = forms_of(s);
    t.tagger.tag(forms, tags);
    auto in = gold_parse_input(s);
    std::vector<std::string_view> up(in.upos.begin(), in.upos.end()),
        xp(in.xpos.begin(), in.xpos.end());
    t.parser.parse(Parser::Input{forms, up, xp}, heads, labels);
    for (size_t i = 0; i < s.words.size(); ++i) {
      const UdWord& w = s.words[i];
      n++;
      tag_ok += t.tagger.upos(tags[i]) == w.upos && t.tagger.xpos(tags[i]) == w.xpos;
      lemma_ok += t.lemmatizer.lemma(w.form, w.upos, w.xpos) == w.lemma;
      head_ok += heads[i] + 1 == w.head;
      label_ok += heads[i] + 1 == w.head && t.parser.label(labels[i]) == w.deprel;
    }
  }
  EXPECT_EQ(tag_ok, n);
  EXPECT_EQ(lemma_ok, n);
  EXPECT_EQ(head_ok, n);
  EXPECT_EQ(label_ok, n);
  // Unseen words still get rule-based lemmas.
  EXPECT_EQ(t.lemmatizer.lemma("bombed", "VERB", "VBD"), "bomb");
  EXPECT_EQ(t.lemmatizer.lemma("towns", "NOUN", "NNS"), "town");
}

TEST(Nlp, SaveLoadRoundTrip) {
  const Trained& t = trained();
  fs::path dir = temp_dir("roundtrip");
  t.tagger.save((dir / kTaggerFile).string());
  t.lemmatizer.save((dir / kLemmatizerFile).string());
  t.parser.save((dir / kParserFile).string());
  auto p = Pipeline::load(dir.string());
  Analysis a;
  std::vector<int> tags, heads, labels;
  for (const auto& s : t.sents) {
    auto forms = forms_of(s);
    p->run(forms, a);
    t.tagger.tag(forms, tags);
    std::vector<std::string_view> up, xp;
    for (int tg : tags) {
      up.push_back(t.tagger.upos(tg));
      xp.push_back(t.tagger.xpos(tg));
    }
    t.parser.parse(Parser::Input{forms, up, xp}, heads, labels);
    for (size_t i = 0; i < forms.size(); ++i) {
      EXPECT_EQ(a.upos[i], up[i]);
      EXPECT_EQ(a.xpos[i], xp[i]);
      EXPECT_EQ(a.lemma[i], t.lemmatizer.lemma(forms[i], up[i], xp[i]));
      EXPECT_EQ(a.head[i], heads[i]);
      EXPECT_EQ(a.deprel[i], t.parser.label(labels[i]));
    }
  }
  // Saving the loaded models again gives the same bytes.
  fs::path dir2 = temp_dir("roundtrip2");
  p->tagger.save((dir2 / kTaggerFile).string());
  p->parser.save((dir2 / kParserFile).string());
  p->lemmatizer.save((dir2 / kLemmatizerFile).string());
  for (const char* f : {kTaggerFile, kParserFile, kLemmatizerFile})
    EXPECT_EQ(read_bytes(dir / f), read_bytes(dir2 / f)) << f;
  // Damaged files are refused with an error, not a crash.
  std::ofstream(dir / kParserFile, std::ios::binary) << "not a model";
  EXPECT_THROW(Pipeline::load(dir.string()), std::runtime_error);
  EXPECT_THROW(Analyzer::load((dir / "missing").string()), std::runtime_error);
  fs::remove_all(dir);
  fs::remove_all(dir2);
}

TEST(Nlp, TrainingIsDeterministic) {
  auto sents = parse_conllu(kSample);
  std::vector<const UdSentence*> ptrs;
  for (const auto& s : sents) ptrs.push_back(&s);
  std::vector<Parser::TrainSentence> ps;
  for (const auto& s : sents) ps.push_back(gold_parse_input(s));
  fs::path dir = temp_dir("determinism");
  for (int run = 0; run < 2; ++run) {
    Tagger::TrainOptions topt;
    topt.seed = 7;
    Tagger::train(ptrs, topt).save((dir / ("t" + std::to_string(run))).string());
    Parser::TrainOptions popt;
    popt.seed = 7;
    Parser::train(ps, popt).save((dir / ("p" + std::to_string(run))).string());
  }
  EXPECT_EQ(read_bytes(dir / "t0"), read_bytes(dir / "t1"));
  EXPECT_EQ(read_bytes(dir / "p0"), read_bytes(dir / "p1"));
  fs::remove_all(dir);
}

TEST(Nlp, SameOutputOnAnyNumberOfThreads) {
  if (!have_models()) GTEST_SKIP() << "no models in " << models_dir();
  auto analyzer = Analyzer::load(models_dir());
  std::vector<std::string> texts;
  for (int i = 0; i < 64; ++i)
    texts.push_back("On day " + std::to_string(i) +
                    " the ministry said that gunmen had attacked a checkpoint near Kirkuk, "
                    "killing " + std::to_string(i % 7 + 2) + " soldiers.");
  auto run = [&](int threads) {
    std::vector<Document> docs;
    for (const auto& t : texts) docs.push_back(make_doc(t));
    std::vector<std::thread> pool;
    for (int k = 0; k < threads; ++k)
      pool.emplace_back([&, k] {
        for (size_t d = size_t(k); d < docs.size(); d += size_t(threads))
          for (const auto& s : docs[d].sentences) analyzer->analyse(docs[d], s);
      });
    for (auto& th : pool) th.join();
    std::string out;
    for (const auto& d : docs)
      for (const auto& t : d.tokens)
        out += t.upos + "/" + t.xpos + "/" + t.lemma + "/" + std::to_string(t.head) + "/" +
               t.deprel + " ";
    return out;
  };
  std::string one = run(1);
  EXPECT_EQ(one, run(4));
  EXPECT_EQ(one, run(3));
}

TEST(Nlp, OddTokens) {
  if (!have_models()) GTEST_SKIP() << "no models in " << models_dir();
  auto analyzer = Analyzer::load(models_dir());
  std::vector<std::string> texts = {
      "See https://example.org/x?y=1 or mail press@example.com \xF0\x9F\x98\x80\xF0\x9F\x94\xA5 #news",
      "\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD9\x85\xD8\xAA\xD8\xAD\xD8\xAF\xD8\xB1\xD9\x91\xD8\xB3 "
      "al-Kadhimi said \xE2\x80\x9C\xD9\x86\xD8\xB9\xD9\x85\xE2\x80\x9D.",
      "!!!! ???? ---- ....",
      "x",
  };
  std::string longest;
  for (int i = 0; i < 125; ++i) longest += "troops , the men ";  // 500 tokens, one sentence
  texts.push_back(longest);
  for (const auto& text : texts) {
    Document d = make_doc(text);
    analyzer->analyse(d, d.sentences[0]);
    const Sentence& s = d.sentences[0];
    int n = int(s.token_end - s.token_begin);
    int roots = 0;
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      const Token& tok = d.tokens[t];
      EXPECT_FALSE(tok.upos.empty());
      EXPECT_FALSE(tok.xpos.empty());
      EXPECT_FALSE(tok.deprel.empty());
      EXPECT_GE(tok.head, -1);
      EXPECT_LT(tok.head, n);
      EXPECT_NE(tok.head, int(t - s.token_begin));
      roots += tok.head == -1;
    }
    EXPECT_EQ(roots, 1) << text.substr(0, 40);
    // Heads form a tree: following them from any token reaches the root.
    for (int i = 0; i < n; ++i) {
      int h = i, steps = 0;
      while (h != -1 && steps <= n) h = d.tokens[s.token_begin + uint32_t(h)].head, ++steps;
      EXPECT_EQ(h, -1);
    }
  }
  if (texts.back().size() > 0) {
    Document d = make_doc(longest);
    EXPECT_EQ(d.tokens.size(), 500u);
  }
  // An empty sentence and one past the end of the tokens are ignored.
  Document d = make_doc("Hello there.");
  Sentence empty{{0, 0}, 1, 1, true};
  analyzer->analyse(d, empty);
  Sentence beyond{{0, 0}, 2, 99, true};
  analyzer->analyse(d, beyond);
}
