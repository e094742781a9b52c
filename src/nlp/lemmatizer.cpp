#include "nlp/lemmatizer.h"

#include <algorithm>
#include <map>
#include <ostream>
#include <set>
#include <tuple>

#include "nlp/wordform.h"

namespace casus::nlp {

namespace {
constexpr char kMagic[] = "CASUS-LEMMATIZER";
constexpr uint32_t kVersion = 1;
constexpr size_t kMaxSuffix = 7;
constexpr int kMinTypes = 2;

bool has_upper(std::string_view s) {
  for (char c : s)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}
}  // namespace

uint64_t Lemmatizer::exc_key(std::string_view form, std::string_view xpos) {
  return feat(1, hash_str(form), hash_str(xpos));
}
uint64_t Lemmatizer::rule_key(std::string_view xpos, std::string_view suffix) {
  return feat(2, hash_str(xpos), hash_str(suffix));
}

std::string Lemmatizer::apply(const Rule& r, std::string_view form) {
  std::string base = r.keep_case ? std::string(form) : lower_ascii(form);
  if (r.strip > base.size()) return base;
  base.resize(base.size() - r.strip);
  return base + r.append;
}

std::string Lemmatizer::lemma(std::string_view form, std::string_view upos,
                              std::string_view xpos) const {
  uint32_t e = exc_index_.find(exc_key(form, xpos));
  if (e != KeyIndex::kNone) return exc_lemma_[e];
  std::string low = lower_ascii(form);
  if (low != form) {
    e = exc_index_.find(exc_key(low, xpos));
    if (e != KeyIndex::kNone) {
      // A capitalised form of a known word (sentence start, headline): keep case only if the
      // lemma itself is cased.
      return exc_lemma_[e];
    }
  }
  for (size_t k = std::min(low.size() > 0 ? low.size() - 1 : 0, kMaxSuffix);; --k) {
    uint32_t r = rule_index_.find(rule_key(xpos, std::string_view(low).substr(low.size() - k)));
    if (r != KeyIndex::kNone) {
      const Rule& rule = rules_[rule_of_key_[r]];
      if (rule.strip <= form.size()) return apply(rule, form);
    }
    if (k == 0) break;
  }
  (void)upos;
  return low;
}

Lemmatizer Lemmatizer::train(const std::vector<const UdSentence*>& sents, std::ostream* log) {
  Lemmatizer lm;
  // Exceptions: the most frequent lemma of each (form, XPOS).
  std::map<std::pair<std::string, std::string>, std::map<std::string, int>> seen;
  for (const UdSentence* s : sents)
    for (const UdWord& w : s->words) {
      if (w.lemma == "_" || w.lemma.empty()) continue;
      seen[{w.form, w.xpos}][w.lemma]++;
    }
  // Rules, counted over word types (a rule that fits many different words generalises).
  std::map<uint64_t, std::map<std::tuple<int, int, std::string>, int>> rule_counts;
  std::map<std::tuple<int, int, std::string>, int> rule_ids;
  for (const auto& [key, lemmas] : seen) {
    const auto& [form, xpos] = key;
    std::string lemma;
    int best = 0;
    for (const auto& [l, n] : lemmas)
      if (n > best) best = n, lemma = l;
    lm.exc_keys_.push_back(exc_key(form, xpos));
    lm.exc_lemma_.push_back(lemma);
    bool keep = has_upper(lemma);
    std::string base = keep ? form : lower_ascii(form);
    size_t p = 0;
    while (p < base.size() && p < lemma.size() && base[p] == lemma[p]) ++p;
    size_t strip = base.size() - p;
    if (strip > 255) continue;
    auto rule = std::make_tuple(int(strip), int(keep), lemma.substr(p));
    std::string low = lower_ascii(form);
    for (size_t k = 0; k <= std::min(low.size() > 0 ? low.size() - 1 : 0, kMaxSuffix); ++k)
      rule_counts[rule_key(xpos, std::string_view(low).substr(low.size() - k))][rule]++;
  }
  for (const auto& [key, rules] : rule_counts) {
    int total = 0, best = 0;
    const std::tuple<int, int, std::string>* pick = nullptr;
    for (const auto& [r, n] : rules) {
      total += n;
      if (n > best) best = n, pick = &r;
    }
    if (total < kMinTypes) continue;
    auto [it, fresh] = rule_ids.emplace(*pick, int(lm.rules_.size()));
    if (fresh)
      lm.rules_.push_back(
          {uint8_t(std::get<0>(*pick)), uint8_t(std::get<1>(*pick)), std::get<2>(*pick)});
    lm.rule_keys_.push_back(key);
    lm.rule_of_key_.push_back(uint32_t(it->second));
  }
  lm.index();
  if (log)
    *log << "lemmatizer: " << lm.exc_keys_.size() << " exceptions, " << lm.rule_keys_.size()
         << " suffix keys, " << lm.rules_.size() << " rules" << std::endl;
  return lm;
}

void Lemmatizer::index() {
  exc_index_ = KeyIndex{};
  exc_index_.reserve(exc_keys_.size());
  for (size_t i = 0; i < exc_keys_.size(); ++i) exc_index_.insert(exc_keys_[i], uint32_t(i));
  rule_index_ = KeyIndex{};
  rule_index_.reserve(rule_keys_.size());
  for (size_t i = 0; i < rule_keys_.size(); ++i) rule_index_.insert(rule_keys_[i], uint32_t(i));
}

void Lemmatizer::save(const std::string& path) const {
  BinWriter out(path, kMagic, kVersion);
  out.vec(exc_keys_);
  for (const auto& l : exc_lemma_) out.str(l);
  out.put<uint32_t>(uint32_t(rules_.size()));
  for (const Rule& r : rules_) {
    out.put(r.strip);
    out.put(r.keep_case);
    out.str(r.append);
  }
  out.vec(rule_keys_);
  out.vec(rule_of_key_);
  out.close();
}

void Lemmatizer::load(const std::string& path) {
  BinReader in(path, kMagic, kVersion);
  in.vec(exc_keys_);
  exc_lemma_.clear();
  for (size_t i = 0; i < exc_keys_.size(); ++i) exc_lemma_.push_back(in.str());
  uint32_t n = in.get<uint32_t>();
  if (n > (1u << 24)) in.fail("bad rule count");
  rules_.clear();
  for (uint32_t i = 0; i < n; ++i) {
    Rule r;
    r.strip = in.get<uint8_t>();
    r.keep_case = in.get<uint8_t>();
    r.append = in.str();
    rules_.push_back(std::move(r));
  }
  in.vec(rule_keys_);
  in.vec(rule_of_key_);
  if (rule_keys_.size() != rule_of_key_.size()) in.fail("bad rule table");
  for (uint32_t r : rule_of_key_)
    if (r >= rules_.size()) in.fail("bad rule index");
  index();
}

}  // namespace casus::nlp
