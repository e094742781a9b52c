#include "nlp/train.h"

#include <chrono>
#include <filesystem>
#include <ostream>
#include <stdexcept>

#include "nlp/conllu.h"
#include "nlp/lemmatizer.h"
#include "nlp/parser.h"
#include "nlp/pipeline.h"
#include "nlp/tagger.h"

namespace casus::nlp {

namespace {

// Weights below this share of the largest weight are dropped from the saved models (measured
// on EWT dev: see the "pruned at" lines that training prints).
constexpr float kTaggerPrune = 0.032f;
constexpr float kParserPrune = 0.016f;

struct Corpus {
  std::vector<UdSentence> sentences;
  std::vector<const UdSentence*> ptrs;
};

Corpus read_all(const std::vector<std::string>& files) {
  Corpus c;
  for (const auto& f : files) {
    auto s = read_conllu(f);
    for (auto& x : s) c.sentences.push_back(std::move(x));
  }
  for (const auto& s : c.sentences) c.ptrs.push_back(&s);
  if (c.sentences.empty()) throw std::runtime_error("no training sentences");
  return c;
}

std::string out_path(const TrainConfig& cfg, const char* file) {
  std::filesystem::create_directories(cfg.out_dir);
  return cfg.out_dir + "/" + file;
}

void log_time(const TrainConfig& cfg, const char* what,
              std::chrono::steady_clock::time_point t0) {
  if (!cfg.log) return;
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  *cfg.log << what << " trained in " << s << " s" << std::endl;
}

std::vector<std::string_view> forms_of(const UdSentence& s) {
  std::vector<std::string_view> f;
  for (const auto& w : s.words) f.push_back(w.form);
  return f;
}

Parser::TrainSentence with_tags(const UdSentence& s, const Tagger* tagger) {
  Parser::TrainSentence t;
  std::vector<int> tags;
  if (tagger) tagger->tag(forms_of(s), tags);
  for (size_t i = 0; i < s.words.size(); ++i) {
    const UdWord& w = s.words[i];
    t.forms.push_back(w.form);
    t.upos.push_back(tagger ? tagger->upos(tags[i]) : w.upos);
    t.xpos.push_back(tagger ? tagger->xpos(tags[i]) : w.xpos);
    t.heads.push_back(w.head);
    t.labels.push_back(w.deprel);
  }
  return t;
}

}  // namespace

void train_tagger(const TrainConfig& cfg) {
  auto t0 = std::chrono::steady_clock::now();
  Corpus train = read_all(cfg.train_files);
  std::vector<UdSentence> dev;
  if (!cfg.dev_file.empty()) dev = read_conllu(cfg.dev_file);
  Tagger::TrainOptions opt;
  if (cfg.epochs > 0) opt.epochs = cfg.epochs;
  opt.seed = cfg.seed;
  opt.log = cfg.log;
  opt.dev = dev.empty() ? nullptr : &dev;
  Tagger t = Tagger::train(train.ptrs, opt);
  if (!dev.empty() && cfg.log) {
    // How much the pruning of small weights costs (the saved model uses kTaggerPrune).
    for (float level : {0.008f, 0.016f, 0.024f, 0.032f, 0.04f}) {
      Tagger copy = t;
      copy.prune(level);
      auto [up, xp] = copy.evaluate(dev);
      *cfg.log << "tagger pruned at " << level << ": " << copy.features() << " features, dev UPOS "
               << up << " XPOS " << xp << std::endl;
    }
  }
  t.prune(kTaggerPrune);
  t.save(out_path(cfg, kTaggerFile));
  if (cfg.log)
    *cfg.log << "tagger: " << t.ntags() << " tags, " << t.features() << " features, "
             << t.weights() << " weights" << std::endl;
  log_time(cfg, "tagger", t0);
}

void train_lemmatizer(const TrainConfig& cfg) {
  auto t0 = std::chrono::steady_clock::now();
  Corpus train = read_all(cfg.train_files);
  Lemmatizer lm = Lemmatizer::train(train.ptrs, cfg.log);
  lm.save(out_path(cfg, kLemmatizerFile));
  if (!cfg.dev_file.empty() && cfg.log) {
    auto dev = read_conllu(cfg.dev_file);
    Tagger tagger;
    bool have_tagger = std::filesystem::exists(cfg.out_dir + "/" + kTaggerFile);
    if (have_tagger) tagger.load(cfg.out_dir + "/" + kTaggerFile);
    size_t n = 0, gold_ok = 0, pred_ok = 0;
    std::vector<int> tags;
    for (const auto& s : dev) {
      if (have_tagger) tagger.tag(forms_of(s), tags);
      for (size_t i = 0; i < s.words.size(); ++i) {
        const UdWord& w = s.words[i];
        n++;
        gold_ok += lm.lemma(w.form, w.upos, w.xpos) == w.lemma;
        if (have_tagger)
          pred_ok += lm.lemma(w.form, tagger.upos(tags[i]), tagger.xpos(tags[i])) == w.lemma;
      }
    }
    *cfg.log << "lemmatizer dev: " << double(gold_ok) / double(n) << " with gold tags";
    if (have_tagger) *cfg.log << ", " << double(pred_ok) / double(n) << " with predicted tags";
    *cfg.log << std::endl;
  }
  log_time(cfg, "lemmatizer", t0);
}

void train_parser(const TrainConfig& cfg) {
  auto t0 = std::chrono::steady_clock::now();
  Corpus train = read_all(cfg.train_files);
  // Jackknifed tags for the training sentences.
  constexpr size_t kFolds = 10;
  std::vector<Parser::TrainSentence> sents(train.sentences.size());
  for (size_t k = 0; k < kFolds; ++k) {
    std::vector<const UdSentence*> rest;
    for (size_t i = 0; i < train.ptrs.size(); ++i)
      if (i % kFolds != k) rest.push_back(train.ptrs[i]);
    Tagger::TrainOptions topt;
    topt.seed = cfg.seed + k;
    topt.epochs = 6;
    Tagger fold = Tagger::train(rest, topt);
    for (size_t i = k; i < train.sentences.size(); i += kFolds)
      sents[i] = with_tags(train.sentences[i], &fold);
    if (cfg.log) *cfg.log << "jackknife fold " << k + 1 << "/" << kFolds << " tagged" << std::endl;
  }
  std::vector<Parser::TrainSentence> dev;
  if (!cfg.dev_file.empty()) {
    Tagger tagger;
    bool have_tagger = std::filesystem::exists(cfg.out_dir + "/" + kTaggerFile);
    if (have_tagger) tagger.load(cfg.out_dir + "/" + kTaggerFile);
    for (const auto& s : read_conllu(cfg.dev_file))
      dev.push_back(with_tags(s, have_tagger ? &tagger : nullptr));
  }
  Parser::TrainOptions opt;
  if (cfg.epochs > 0) opt.epochs = cfg.epochs;
  opt.seed = cfg.seed;
  opt.log = cfg.log;
  opt.dev = dev.empty() ? nullptr : &dev;
  Parser p = Parser::train(sents, opt);
  if (!dev.empty() && cfg.log) {
    for (float level : {0.008f, 0.016f, 0.024f, 0.032f, 0.04f}) {
      Parser copy = p;
      copy.prune(level);
      auto [uas, las] = copy.evaluate(dev);
      *cfg.log << "parser pruned at " << level << ": " << copy.features() << " features, "
               << copy.weights() << " weights, dev UAS " << uas << " LAS " << las << std::endl;
    }
  }
  p.prune(kParserPrune);
  p.save(out_path(cfg, kParserFile));
  if (cfg.log)
    *cfg.log << "parser: " << p.nlabels() << " labels, " << p.features() << " features, "
             << p.weights() << " weights" << std::endl;
  log_time(cfg, "parser", t0);
}

}  // namespace casus::nlp
