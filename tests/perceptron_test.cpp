// The run-time perceptron table: every kept feature is found (dense rows, entry runs, full
// buckets), missing features add nothing, and scoring a list equals scoring its parts.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "nlp/perceptron.h"

using namespace casus::nlp;

namespace {

constexpr int kClasses = 101;  // as many as the parser: a dense row is not a whole vector

std::vector<int32_t> score_of(const Model& m, std::span<const uint64_t> feats) {
  std::vector<int32_t> s(kClasses, 0);
  m.score(feats, s.data());
  return s;
}

struct Fixture {
  Model model;
  uint64_t pair_feature, dense_feature;
  std::vector<uint64_t> many;  // each updated once, towards class i % kClasses
};

// Averaging over many ticks after a few early updates leaves weights in proportion to the
// updates: quantised, a weight of k updates is about k/40 of the largest (40 updates).
const Fixture& fixture() {
  static const Fixture f = [] {
    Fixture x;
    TrainModel tm(kClasses);
    x.pair_feature = feat(1, 11);
    x.dense_feature = feat(2, 22);
    uint64_t one[1] = {x.pair_feature};
    tm.update(one, 3, 7);
    one[0] = x.dense_feature;
    for (int k = 1; k <= 40; ++k) tm.update(one, k, 0);  // class 0: -40, classes 1..40: +1
    // Enough features to fill buckets and make lookups probe past their first bucket.
    for (int i = 0; i < 20000; ++i) {
      x.many.push_back(feat(3, uint64_t(i)));
      one[0] = x.many.back();
      tm.update(one, i % kClasses, (i + 1) % kClasses);
    }
    for (int t = 0; t < 1000; ++t) tm.tick();
    x.model = tm.average(0.0f);
    return x;
  }();
  return f;
}

}  // namespace

TEST(Perceptron, FindsEveryKindOfRow) {
  const Fixture& f = fixture();
  const int32_t unit = 32000 / 40;  // one update, next to the largest weight (40 updates)
  uint64_t one[1] = {f.pair_feature};
  auto s = score_of(f.model, one);
  for (int c = 0; c < kClasses; ++c) {
    int32_t want = c == 3 ? unit : c == 7 ? -unit : 0;
    EXPECT_NEAR(s[size_t(c)], want, 1) << "class " << c;
  }
  one[0] = f.dense_feature;
  s = score_of(f.model, one);
  EXPECT_EQ(s[0], -32000);
  for (int c = 1; c < kClasses; ++c) EXPECT_NEAR(s[size_t(c)], c <= 40 ? unit : 0, 1) << c;
  for (size_t i = 0; i < f.many.size(); ++i) {
    one[0] = f.many[i];
    s = score_of(f.model, one);
    ASSERT_NEAR(s[i % kClasses], unit, 1) << "feature " << i;
    ASSERT_NEAR(s[(i + 1) % kClasses], -unit, 1) << "feature " << i;
  }
}

TEST(Perceptron, MissingFeaturesAddNothing) {
  const Fixture& f = fixture();
  std::vector<uint64_t> unseen;
  for (int i = 0; i < 500; ++i) unseen.push_back(feat(9, uint64_t(i)));
  std::vector<int32_t> s(kClasses, 5);
  f.model.score(unseen, s.data());
  for (int32_t v : s) EXPECT_EQ(v, 5);
  // An empty model scores nothing either.
  Model empty;
  empty.score(unseen, s.data());
  for (int32_t v : s) EXPECT_EQ(v, 5);
}

TEST(Perceptron, ListScoreIsTheSumOfItsFeatures) {
  const Fixture& f = fixture();
  // More features than one lookup batch, with repeats and misses, added to earlier scores.
  std::vector<uint64_t> list;
  for (int i = 0; i < 450; ++i) {
    list.push_back(f.many[size_t(i * 37) % f.many.size()]);
    if (i % 7 == 0) list.push_back(f.dense_feature);
    if (i % 11 == 0) list.push_back(feat(9, uint64_t(i)));
    if (i % 13 == 0) list.push_back(f.pair_feature);
  }
  std::vector<int32_t> want(kClasses, 0);
  for (int c = 0; c < kClasses; ++c) want[size_t(c)] = c * 3 - 100;
  std::vector<int32_t> got = want;
  for (uint64_t x : list) {
    uint64_t one[1] = {x};
    auto s = score_of(f.model, one);
    for (int c = 0; c < kClasses; ++c) want[size_t(c)] += s[size_t(c)];
  }
  std::vector<int32_t> requested = got;
  f.model.score(list, got.data());
  EXPECT_EQ(got, want);
  // The same when the caller has requested the features' memory itself.
  f.model.prefetch(list);
  f.model.score(list, requested.data(), /*prefetched=*/true);
  EXPECT_EQ(requested, want);
}

// A feature left with a single weight (its other weights pruned) is a run of one entry.
TEST(Perceptron, SingleWeightsAreScored) {
  TrainModel tm(kClasses);
  const uint64_t single = feat(4, 44), scale = feat(5, 55);
  uint64_t one[1] = {single};
  tm.update(one, 3, 7);  // class 3: +2; classes 7 and 8: -1, pruned below
  tm.update(one, 3, 8);
  one[0] = scale;
  for (int k = 0; k < 8; ++k) tm.update(one, 1, 0);  // the largest weight: 8 updates
  for (int t = 0; t < 1000; ++t) tm.tick();
  const Model model = tm.average(1.5f);
  one[0] = single;
  const auto s = score_of(model, one);
  for (int c = 0; c < kClasses; ++c) EXPECT_EQ(s[size_t(c)], c == 3 ? 32000 / 4 : 0) << "class " << c;
}
