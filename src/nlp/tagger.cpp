#include "nlp/tagger.h"

#include <algorithm>
#include <map>
#include <ostream>
#include <stdexcept>
#include <unordered_map>

#include "nlp/wordform.h"

namespace casus::nlp {

namespace {
constexpr char kMagic[] = "CASUS-TAGGER";
constexpr uint32_t kVersion = 1;
constexpr uint64_t kNone = 0x5bd1e995u;  // "no word here" (before the start, after the end)
constexpr int kAmbMinCount = 1;
constexpr int kFixedMinCount = 20;
constexpr double kFixedMinShare = 0.995;
}  // namespace

struct Tagger::Tok {
  uint64_t raw, low, shape, amb;
  uint64_t pre[3], suf[4];
  int fixed;
};

int Tagger::find_tag(std::string_view upos, std::string_view xpos) const {
  for (int t = 0; t < ntags(); ++t)
    if (upos_[t] == upos && xpos_[t] == xpos) return t;
  return -1;
}

void Tagger::prepare(std::span<const std::string_view> forms, std::vector<Tok>& toks) const {
  toks.resize(forms.size());
  for (size_t i = 0; i < forms.size(); ++i) {
    std::string_view f = forms[i];
    std::string low = lower_ascii(f);
    Tok& t = toks[i];
    t.raw = hash_str(f);
    t.low = hash_str(low);
    t.shape = hash_str(word_shape(f));
    for (int k = 0; k < 3; ++k)
      t.pre[k] = low.size() > size_t(k + 1) ? hash_str(std::string_view(low).substr(0, k + 1))
                                            : kNone;
    for (int k = 0; k < 4; ++k)
      t.suf[k] = low.size() > size_t(k + 1)
                     ? hash_str(std::string_view(low).substr(low.size() - k - 1))
                     : kNone;
    const Lex* l = lex(t.low);
    t.amb = l ? l->amb : 0;
    t.fixed = l ? l->fixed : -1;
  }
}

void Tagger::features(const std::vector<Tok>& toks, size_t i, int prev, int prev2,
                      std::vector<uint64_t>& f) {
  FeatureWriter add(f, 64);  // room for the 42 templates below, with a margin for more
  const Tok& w = toks[i];
  auto at = [&](long j) -> const Tok* {
    return j >= 0 && j < long(toks.size()) ? &toks[size_t(j)] : nullptr;
  };
  const Tok* p1 = at(long(i) - 1);
  const Tok* p2 = at(long(i) - 2);
  const Tok* n1 = at(long(i) + 1);
  const Tok* n2 = at(long(i) + 2);
  uint64_t p1low = p1 ? p1->low : kNone, p2low = p2 ? p2->low : kNone;
  uint64_t n1low = n1 ? n1->low : kNone, n2low = n2 ? n2->low : kNone;
  uint64_t n1amb = n1 ? n1->amb : kNone, n2amb = n2 ? n2->amb : kNone;
  uint64_t t1 = uint64_t(prev + 2), t2 = uint64_t(prev2 + 2);
  add(feat(1, 0));
  add(feat(2, w.low));
  add(feat(3, w.raw));
  for (int k = 0; k < 4; ++k) add(feat(4 + k, w.suf[k]));
  for (int k = 0; k < 3; ++k) add(feat(8 + k, w.pre[k]));
  add(feat(11, w.shape));
  add(feat(12, w.amb));
  add(feat(13, t1));
  add(feat(14, t1, t2));
  add(feat(15, t1, w.low));
  add(feat(16, p1low));
  add(feat(17, p1 ? p1->suf[2] : kNone));
  add(feat(18, p2low));
  add(feat(19, n1low));
  add(feat(20, n1 ? n1->suf[2] : kNone));
  add(feat(21, n2low));
  add(feat(22, n1amb));
  add(feat(23, n2amb));
  add(feat(24, n1 ? n1->shape : kNone));
  add(feat(25, p1low, w.low));
  add(feat(26, w.low, n1low));
  add(feat(27, t1, n1amb));
  add(feat(28, w.amb, n1amb));
  add(feat(29, i == 0, w.shape));
  add(feat(30, t1, w.suf[2]));
  add(feat(31, p1low, n1low));
  add(feat(32, t1, n1low));
  add(feat(33, p1 ? p1->shape : kNone, w.shape));
  add(feat(34, w.amb, t1));
  add(feat(35, w.suf[1], n1 ? n1->suf[1] : kNone));
  add(feat(36, n1 ? n1->suf[0] : kNone));
  add(feat(37, t1, t2, w.amb));
  add(feat(38, w.low, n1amb));
  add(feat(39, n1low, n2low));
  add(feat(40, t1, w.shape));
  add(feat(41, w.suf[3], n1amb));
  add(feat(42, p1 ? p1->amb : kNone, w.amb));
}

void Tagger::tag(std::span<const std::string_view> forms, std::vector<int>& tags) const {
  thread_local std::vector<Tok> toks;
  thread_local std::vector<uint64_t> f;
  thread_local std::vector<int32_t> scores;
  prepare(forms, toks);
  tags.assign(forms.size(), 0);
  int prev = -1, prev2 = -1;
  for (size_t i = 0; i < toks.size(); ++i) {
    int best = toks[i].fixed;
    if (best < 0) {
      features(toks, i, prev, prev2, f);
      scores.assign(size_t(ntags()), 0);
      model_.score(f, scores.data());
      best = int(std::max_element(scores.begin(), scores.end()) - scores.begin());
    }
    tags[i] = best;
    prev2 = prev;
    prev = best;
  }
}

Tagger Tagger::train(const std::vector<const UdSentence*>& sents, const TrainOptions& opt) {
  Tagger tg;
  // Tag set, in order of first appearance.
  std::map<std::pair<std::string, std::string>, int> tag_id;
  for (const UdSentence* s : sents)
    for (const UdWord& w : s->words) {
      auto key = std::make_pair(w.upos, w.xpos);
      if (tag_id.emplace(key, int(tg.upos_.size())).second) {
        tg.upos_.push_back(w.upos);
        tg.xpos_.push_back(w.xpos);
      }
    }
  if (tg.upos_.size() > 255) throw std::runtime_error("too many tags");
  // Lexicon: tag counts per lower-cased word, in a deterministic order.
  std::unordered_map<uint64_t, std::map<int, int>> counts;
  std::vector<uint64_t> order;
  for (const UdSentence* s : sents)
    for (const UdWord& w : s->words) {
      uint64_t h = hash_str(lower_ascii(w.form));
      auto [it, fresh] = counts.try_emplace(h);
      if (fresh) order.push_back(h);
      it->second[tag_id[{w.upos, w.xpos}]]++;
    }
  auto amb_of = [](const std::map<int, int>& c, int total) {
    uint64_t amb = 0x1234567;
    for (auto [t, n] : c)
      if (n * 100 >= total) amb = mix64(amb ^ uint64_t(t + 1));
    return amb | 1;
  };
  for (uint64_t h : order) {
    const auto& c = counts[h];
    int total = 0, top = 0, top_tag = -1;
    for (auto [t, n] : c) {
      total += n;
      if (n > top) top = n, top_tag = t;
    }
    if (total < kAmbMinCount) continue;
    Lex l;
    l.amb = amb_of(c, total);
    if (total >= kFixedMinCount && top >= kFixedMinShare * total) l.fixed = top_tag;
    tg.lex_index_.insert(h, uint32_t(tg.lex_.size()));
    tg.lex_keys_.push_back(h);
    tg.lex_.push_back(l);
  }

  // While training, a sentence sees the ambiguity classes of a lexicon built without its own
  // fold, as an unseen sentence would; otherwise rare words carry their own answer.
  constexpr size_t kFolds = 10;
  std::unordered_map<const UdSentence*, size_t> fold_of;
  std::vector<std::unordered_map<uint64_t, std::map<int, int>>> fold_counts(kFolds);
  for (size_t i = 0; i < sents.size(); ++i) {
    fold_of[sents[i]] = i % kFolds;
    for (const UdWord& w : sents[i]->words)
      fold_counts[i % kFolds][hash_str(lower_ascii(w.form))][tag_id[{w.upos, w.xpos}]]++;
  }
  std::vector<std::unordered_map<uint64_t, uint64_t>> fold_amb(kFolds);
  for (size_t k = 0; k < kFolds; ++k)
    for (const auto& [h, own] : fold_counts[k]) {
      std::map<int, int> rest = counts[h];
      int total = 0;
      for (auto& [t, n] : rest) {
        auto it = own.find(t);
        if (it != own.end()) n -= it->second;
        total += n;
      }
      std::erase_if(rest, [](const auto& kv) { return kv.second <= 0; });
      fold_amb[k][h] = total >= kAmbMinCount ? amb_of(rest, total) : 0;
    }

  TrainModel tm(tg.ntags());
  std::vector<const UdSentence*> order_s = sents;
  Rng rng(opt.seed);
  std::vector<Tok> toks;
  std::vector<uint64_t> f;
  std::vector<float> scores;
  std::vector<std::string_view> forms;
  for (int epoch = 0; epoch < opt.epochs; ++epoch) {
    rng.shuffle(order_s);
    size_t n = 0, correct = 0;
    for (const UdSentence* s : order_s) {
      forms.clear();
      for (const UdWord& w : s->words) forms.push_back(w.form);
      tg.prepare(forms, toks);
      const auto& amb = fold_amb[fold_of[s]];
      for (Tok& t : toks) t.amb = amb.at(t.low);
      int prev = -1, prev2 = -1;
      for (size_t i = 0; i < toks.size(); ++i) {
        int gold = tag_id[{s->words[i].upos, s->words[i].xpos}];
        int guess = toks[i].fixed;
        if (guess < 0) {
          features(toks, i, prev, prev2, f);
          scores.assign(size_t(tg.ntags()), 0.f);
          tm.score(f, scores.data());
          guess = int(std::max_element(scores.begin(), scores.end()) - scores.begin());
          tm.update(f, gold, guess);
          tm.tick();
        }
        n++;
        correct += guess == gold;
        prev2 = prev;
        prev = guess;
      }
    }
    if (opt.log) {
      *opt.log << "tagger epoch " << epoch + 1 << ": train acc " << double(correct) / double(n)
               << ", features " << tm.features();
      if (opt.dev && (epoch + 1 == opt.epochs || epoch % 3 == 2)) {
        tg.model_ = tm.average(0.0f);
        auto [up, xp] = tg.evaluate(*opt.dev);
        *opt.log << ", dev UPOS " << up << " XPOS " << xp;
      }
      *opt.log << std::endl;
    }
  }
  tg.model_ = tm.average(0.0f);
  return tg;
}

std::pair<double, double> Tagger::evaluate(const std::vector<UdSentence>& dev) const {
  size_t n = 0, up = 0, xp = 0;
  std::vector<int> tags;
  std::vector<std::string_view> forms;
  for (const UdSentence& s : dev) {
    forms.clear();
    for (const UdWord& w : s.words) forms.push_back(w.form);
    tag(forms, tags);
    for (size_t i = 0; i < tags.size(); ++i) {
      n++;
      up += upos_[size_t(tags[i])] == s.words[i].upos;
      xp += xpos_[size_t(tags[i])] == s.words[i].xpos;
    }
  }
  double d = double(std::max<size_t>(1, n));
  return {double(up) / d, double(xp) / d};
}

void Tagger::save(const std::string& path) const {
  BinWriter out(path, kMagic, kVersion);
  out.put<uint32_t>(uint32_t(upos_.size()));
  for (size_t t = 0; t < upos_.size(); ++t) {
    out.str(upos_[t]);
    out.str(xpos_[t]);
  }
  out.vec(lex_keys_);
  std::vector<uint64_t> amb;
  std::vector<int16_t> fixed;
  for (const Lex& l : lex_) {
    amb.push_back(l.amb);
    fixed.push_back(int16_t(l.fixed));
  }
  out.vec(amb);
  out.vec(fixed);
  model_.write(out);
  out.close();
}

void Tagger::load(const std::string& path) {
  BinReader in(path, kMagic, kVersion);
  uint32_t n = in.get<uint32_t>();
  if (n == 0 || n > 255) in.fail("bad tag count");
  upos_.clear();
  xpos_.clear();
  for (uint32_t t = 0; t < n; ++t) {
    upos_.push_back(in.str());
    xpos_.push_back(in.str());
  }
  in.vec(lex_keys_);
  std::vector<uint64_t> amb;
  std::vector<int16_t> fixed;
  in.vec(amb);
  in.vec(fixed);
  if (amb.size() != lex_keys_.size() || fixed.size() != lex_keys_.size()) in.fail("bad lexicon");
  lex_.clear();
  lex_index_ = KeyIndex{};
  lex_index_.reserve(lex_keys_.size());
  for (size_t i = 0; i < lex_keys_.size(); ++i) {
    if (fixed[i] >= int(n)) in.fail("bad lexicon tag");
    lex_.push_back({amb[i], fixed[i]});
    lex_index_.insert(lex_keys_[i], uint32_t(i));
  }
  model_.read(in);
  if (model_.nclasses() != int(n)) in.fail("class count mismatch");
}

}  // namespace casus::nlp
