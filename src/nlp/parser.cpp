#include "nlp/parser.h"

#include <algorithm>
#include <map>
#include <ostream>
#include <stdexcept>

#include "nlp/wordform.h"

namespace casus::nlp {

namespace {
constexpr char kMagic[] = "CASUS-PARSER";
constexpr uint32_t kVersion = 1;
constexpr uint64_t kNoWord = 0x3c6ef372fe94f82bULL;
constexpr uint64_t kRootWord = 0x1f83d9abfb41bd6bULL;

uint64_t dist_bucket(int d) {
  if (d <= 4) return uint64_t(d);
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  return 7;
}
uint64_t count_bucket(int n) { return uint64_t(std::min(n, 4)); }
}  // namespace

// Classes: 0 = SHIFT, 1..L-1 = LEFT with label l, L..2L-2 = RIGHT with label l - (L-1).
struct Parser::State {
  int n = 0;
  std::vector<uint64_t> w, p, u, sf;  // word, tag, UPOS, suffix per position 0..n (0 = ROOT)
  std::vector<int> punct_before;  // number of punctuation words before each position
  std::vector<int> stack;
  int b = 1;
  std::vector<int> head, label, lc1, lc2, rc1, rc2, nl, nr;
  std::vector<uint64_t> lset, rset;

  void reset(int words) {
    n = words;
    stack.assign(1, 0);
    b = 1;
    head.assign(size_t(n + 1), -1);
    label.assign(size_t(n + 1), -1);
    lc1.assign(size_t(n + 1), -1);
    lc2 = lc1;
    rc1 = lc1;
    rc2 = lc1;
    nl.assign(size_t(n + 1), 0);
    nr = nl;
    lset.assign(size_t(n + 1), 0);
    rset = lset;
  }
  bool terminal() const { return b > n && stack.size() <= 2; }
  bool can_shift() const { return b <= n; }
  bool can_left() const { return stack.size() >= 2 && b <= n; }
  bool can_right() const { return stack.size() >= 3; }
  void shift() { stack.push_back(b++); }
  void left(int l) {
    int d = stack.back();
    stack.pop_back();
    int h = b;
    head[size_t(d)] = h;
    label[size_t(d)] = l;
    lc2[size_t(h)] = lc1[size_t(h)];
    lc1[size_t(h)] = d;
    nl[size_t(h)]++;
    lset[size_t(h)] |= 1ull << (l & 63);
  }
  void right(int l) {
    int d = stack.back();
    stack.pop_back();
    int h = stack.back();
    head[size_t(d)] = h;
    label[size_t(d)] = l;
    rc2[size_t(h)] = rc1[size_t(h)];
    rc1[size_t(h)] = d;
    nr[size_t(h)]++;
    rset[size_t(h)] |= 1ull << (l & 63);
  }
  void finish() {
    if (stack.size() == 2) {
      head[size_t(stack[1])] = 0;
      label[size_t(stack[1])] = 0;
      stack.pop_back();
    }
  }
};

void Parser::prepare(const Input& in, State& st) const {
  int n = int(in.forms.size());
  st.reset(n);
  st.w.resize(size_t(n + 1));
  st.p.resize(size_t(n + 1));
  st.u.resize(size_t(n + 1));
  st.sf.resize(size_t(n + 1));
  st.punct_before.resize(size_t(n + 2));
  st.w[0] = st.p[0] = st.u[0] = st.sf[0] = kRootWord;
  st.punct_before[0] = st.punct_before[1] = 0;
  for (int i = 0; i < n; ++i) {
    std::string low = lower_ascii(in.forms[size_t(i)]);
    st.w[size_t(i + 1)] = hash_str(low);
    st.sf[size_t(i + 1)] = hash_str(std::string_view(low).substr(low.size() > 3 ? low.size() - 3 : 0));
    st.u[size_t(i + 1)] = hash_str(in.upos[size_t(i)]);
    st.p[size_t(i + 1)] = mix64(st.u[size_t(i + 1)] * 31 + hash_str(in.xpos[size_t(i)]));
    st.punct_before[size_t(i + 2)] = st.punct_before[size_t(i + 1)] + (in.upos[size_t(i)] == "PUNCT");
  }
}

// The parser state as the feature templates see it: the top three stack elements, the first
// three buffer words (-1 where there is none) and accessors for their attributes.
struct Parser::Context {
  const State& st;
  int s0, s1, s2, b0, b1, b2;
  explicit Context(const State& state) : st(state) {
    const size_t ss = st.stack.size();
    s0 = st.stack[ss - 1];
    s1 = ss >= 2 ? st.stack[ss - 2] : -1;
    s2 = ss >= 3 ? st.stack[ss - 3] : -1;
    b0 = st.b <= st.n ? st.b : -1;
    b1 = st.b + 1 <= st.n ? st.b + 1 : -1;
    b2 = st.b + 2 <= st.n ? st.b + 2 : -1;
  }
  uint64_t W(int x) const { return x < 0 ? kNoWord : st.w[size_t(x)]; }
  uint64_t P(int x) const { return x < 0 ? kNoWord : st.p[size_t(x)]; }
  uint64_t U(int x) const { return x < 0 ? kNoWord : st.u[size_t(x)]; }
  uint64_t SF(int x) const { return x < 0 ? kNoWord : st.sf[size_t(x)]; }
  uint64_t L(int x) const { return x < 0 ? uint64_t(999) : uint64_t(st.label[size_t(x)]); }
  int LC1(int x) const { return x < 0 ? -1 : st.lc1[size_t(x)]; }
  int LC2(int x) const { return x < 0 ? -1 : st.lc2[size_t(x)]; }
  int RC1(int x) const { return x < 0 ? -1 : st.rc1[size_t(x)]; }
  int RC2(int x) const { return x < 0 ? -1 : st.rc2[size_t(x)]; }
  uint64_t NL(int x) const { return x < 0 ? uint64_t(9) : count_bucket(st.nl[size_t(x)]); }
  uint64_t NR(int x) const { return x < 0 ? uint64_t(9) : count_bucket(st.nr[size_t(x)]); }
  uint64_t LS(int x) const { return x < 0 ? uint64_t(1) : st.lset[size_t(x)]; }
  uint64_t RS(int x) const { return x < 0 ? uint64_t(1) : st.rset[size_t(x)]; }
  // Punctuation strictly between positions a < b.
  uint64_t PB(int a, int b) const {
    if (a <= 0 || b <= 0) return 9;
    return uint64_t(std::min(2, st.punct_before[size_t(b)] - st.punct_before[size_t(a + 1)]));
  }
  // The element a group's features are cached under, and the version of its state they read.
  int element(FeatureGroup g) const { return g == kStack || g == kStack0Children ? s0 : b0; }
  int version(FeatureGroup g) const {
    const int x = element(g);
    // kStack reads s0's word and the stack below s0, which cannot change while s0 is on the
    // stack (only s0 and b0 receive dependents); kBuffer reads words only.
    if (x < 0 || g == kStack || g == kBuffer) return 0;
    // Dependents are only ever added, so their number tells the states of an element apart.
    return st.nl[size_t(x)] + st.nr[size_t(x)];
  }
};

void Parser::group_features(const Context& c, FeatureGroup g, Features& f) {
  const int s0 = c.s0, s1 = c.s1, s2 = c.s2, b0 = c.b0, b1 = c.b1, b2 = c.b2;
  // Written through a local pointer: f.size, stored after every feature by f.add(), could be
  // one of the hashes as far as the compiler knows (both are 64-bit unsigned), so each push
  // reloaded and stored it.
  uint64_t* out = f.hash + f.size;
  auto push = [&out](uint64_t h) { *out++ = h; };
  switch (g) {
    case kStack: {  // s0's word and the stack below it
      const uint64_t s0w = c.W(s0), s0p = c.P(s0), s1w = c.W(s1), s1p = c.P(s1);
      const uint64_t s0u = c.U(s0), s1u = c.U(s1), s2p = c.P(s2);
      const int s1L = c.LC1(s1), s1R = c.RC1(s1), s1R2 = c.RC2(s1);
      const uint64_t d1 = (s1 > 0 && s0 > 0) ? dist_bucket(s0 - s1) : 0;
      push(feat(1, s0w, s0p));
      push(feat(2, s0w));
      push(feat(3, s0p));
      push(feat(138, c.SF(s0), s0p));
      push(feat(4, s1w, s1p));
      push(feat(5, s1w));
      push(feat(6, s1p));
      push(feat(140, c.SF(s1), s1p));
      push(feat(15, s2p));
      push(feat(16, c.W(s2)));
      // s1's dependents.
      push(feat(76, s1w, c.NR(s1)));
      push(feat(77, s1p, c.NR(s1)));
      push(feat(78, s1p, c.NL(s1)));
      push(feat(89, c.W(s1L)));
      push(feat(90, c.P(s1L)));
      push(feat(91, c.L(s1L)));
      push(feat(92, c.W(s1R)));
      push(feat(93, c.P(s1R)));
      push(feat(94, c.L(s1R)));
      push(feat(112, s1p, c.L(s1R), c.L(s1R2)));
      push(feat(115, s1p, c.L(s1R2)));
      push(feat(149, s1p, c.P(s1R), c.P(s1R2)));
      push(feat(126, s1p, c.RS(s1)));
      push(feat(127, s1p, c.LS(s1)));
      // s1 with s0 (RIGHT).
      push(feat(28, s1w, s1p, s0w, s0p));
      push(feat(29, s1w, s0w));
      push(feat(30, s1p, s0p));
      push(feat(31, s1p, s0w, s0p));
      push(feat(32, s1w, s1p, s0p));
      push(feat(33, s1w, s0p));
      push(feat(34, s1p, s0w));
      push(feat(43, s2p, s1p, s0p));
      push(feat(47, s1p, c.P(s1R), s0p));
      push(feat(50, s1p, c.P(s1L), s0p));
      push(feat(66, s1p, s0p, d1));
      push(feat(67, s1w, s0w, d1));
      push(feat(68, s1w, s0p, d1));
      push(feat(69, s1p, s0w, d1));
      push(feat(131, s1u, s0u));
      push(feat(136, s1w, s0u));
      push(feat(137, s1u, s0w));
      push(feat(142, s1p, s0p, c.PB(s1, s0)));
      push(feat(144, s1u, s0u, d1, c.PB(s1, s0)));
      break;
    }
    case kStack0Children: {  // s0's dependents and their labels
      const uint64_t s0w = c.W(s0), s0p = c.P(s0), s1p = c.P(s1);
      const int s0L = c.LC1(s0), s0L2 = c.LC2(s0), s0R = c.RC1(s0), s0R2 = c.RC2(s0);
      push(feat(70, s0w, c.NR(s0)));
      push(feat(71, s0p, c.NR(s0)));
      push(feat(72, s0w, c.NL(s0)));
      push(feat(73, s0p, c.NL(s0)));
      push(feat(80, c.W(s0L)));
      push(feat(81, c.P(s0L)));
      push(feat(82, c.L(s0L)));
      push(feat(83, c.W(s0R)));
      push(feat(84, c.P(s0R)));
      push(feat(85, c.L(s0R)));
      push(feat(100, c.W(s0L2)));
      push(feat(101, c.P(s0L2)));
      push(feat(102, c.L(s0L2)));
      push(feat(103, c.W(s0R2)));
      push(feat(104, c.P(s0R2)));
      push(feat(105, c.L(s0R2)));
      push(feat(109, s0p, c.L(s0L), c.L(s0L2)));
      push(feat(110, s0p, c.L(s0R), c.L(s0R2)));
      push(feat(113, s0w, c.L(s0L)));
      push(feat(114, s0w, c.L(s0R)));
      push(feat(145, s0p, c.P(s0L), c.P(s0L2)));
      push(feat(146, s0p, c.P(s0R), c.P(s0R2)));
      push(feat(120, s0w, c.RS(s0)));
      push(feat(121, s0p, c.RS(s0)));
      push(feat(122, s0w, c.LS(s0)));
      push(feat(123, s0p, c.LS(s0)));
      push(feat(48, s1p, s0p, c.P(s0L)));
      push(feat(49, s1p, s0p, c.P(s0R)));
      break;
    }
    case kBuffer: {  // the words b0, b1, b2 themselves
      const uint64_t b0w = c.W(b0), b0p = c.P(b0), b1w = c.W(b1), b1p = c.P(b1);
      push(feat(7, b0w, b0p));
      push(feat(8, b0w));
      push(feat(9, b0p));
      push(feat(10, b1w, b1p));
      push(feat(11, b1w));
      push(feat(12, b1p));
      push(feat(13, c.W(b2)));
      push(feat(14, c.P(b2)));
      push(feat(27, b0p, b1p));
      push(feat(40, b0p, b1p, c.P(b2)));
      push(feat(139, c.SF(b0), b0p));
      push(feat(148, b0w, b1w));
      break;
    }
    case kBufferChildren: {  // b0's left dependents (it has no others yet)
      const uint64_t b0w = c.W(b0), b0p = c.P(b0);
      const int b0L = c.LC1(b0), b0L2 = c.LC2(b0);
      push(feat(74, b0w, c.NL(b0)));
      push(feat(75, b0p, c.NL(b0)));
      push(feat(86, c.W(b0L)));
      push(feat(87, c.P(b0L)));
      push(feat(88, c.L(b0L)));
      push(feat(106, c.W(b0L2)));
      push(feat(107, c.P(b0L2)));
      push(feat(108, c.L(b0L2)));
      push(feat(111, b0p, c.L(b0L), c.L(b0L2)));
      push(feat(147, b0p, c.P(b0L), c.P(b0L2)));
      push(feat(124, b0w, c.LS(b0)));
      push(feat(125, b0p, c.LS(b0)));
      break;
    }
    case kPairs: {  // the stack with the buffer (LEFT), distances
      const uint64_t s0w = c.W(s0), s0p = c.P(s0), s1w = c.W(s1), s1p = c.P(s1);
      const uint64_t b0w = c.W(b0), b0p = c.P(b0), b1p = c.P(b1);
      const int s0L = c.LC1(s0), s0R = c.RC1(s0), b0L = c.LC1(b0);
      const uint64_t d0 = (s0 > 0 && b0 > 0) ? dist_bucket(b0 - s0) : 0;
      push(feat(20, s0w, s0p, b0w, b0p));
      push(feat(21, s0w, s0p, b0w));
      push(feat(22, s0w, b0w, b0p));
      push(feat(23, s0w, s0p, b0p));
      push(feat(24, s0p, b0w, b0p));
      push(feat(25, s0w, b0w));
      push(feat(26, s0p, b0p));
      push(feat(35, s0w, b0p));
      push(feat(36, s0p, b0w));
      push(feat(37, s1p, b0p));
      push(feat(38, s1w, b0w));
      // Triples of tags.
      push(feat(41, s0p, b0p, b1p));
      push(feat(42, s1p, s0p, b0p));
      push(feat(44, s0p, c.P(s0L), b0p));
      push(feat(45, s0p, c.P(s0R), b0p));
      push(feat(46, s0p, b0p, c.P(b0L)));
      push(feat(51, s1p, s0p, b1p));
      push(feat(52, s0w, b0p, b1p));
      push(feat(53, s1p, s0w, b0p));
      // Distance.
      push(feat(60, s0w, d0));
      push(feat(61, s0p, d0));
      push(feat(62, b0w, d0));
      push(feat(63, b0p, d0));
      push(feat(64, s0w, b0w, d0));
      push(feat(65, s0p, b0p, d0));
      // Coarse tags, punctuation in between.
      const uint64_t s0u = c.U(s0), b0u = c.U(b0), b1u = c.U(b1);
      push(feat(130, s0u, b0u));
      push(feat(132, s0u, b0u, b1u));
      push(feat(133, c.U(s1), s0u, b0u));
      push(feat(134, s0w, b0u));
      push(feat(135, s0u, b0w));
      push(feat(141, s0p, b0p, c.PB(s0, b0)));
      push(feat(143, s0u, b0u, d0, c.PB(s0, b0)));
      break;
    }
    case kGroups: break;
  }
  f.size = size_t(out - f.hash);
}

void Parser::features(const State& st, Features& f) {
  f.size = 0;
  const Context c(st);
  for (int g = 0; g < kGroups; ++g) group_features(c, FeatureGroup(g), f);
}

namespace {

bool is_ancestor(const std::vector<int>& heads, int a, int x) {  // a is x or above it
  for (int steps = 0; x >= 0 && steps <= int(heads.size()); ++steps) {
    if (x == a) return true;
    x = heads[size_t(x)];
  }
  return false;
}

}  // namespace

// Punctuation is where a greedy parser errs most (it decides before the clause it closes is
// built). UD attaches a punctuation mark so that the tree stays projective: from each
// neighbouring word (the nearest non-punctuation word on either side), climb while the parent
// stays on that side; the nodes passed are the acceptable heads. The parser's choice is kept
// when it is one of them, else the lower of the two climbed nodes is taken. Punctuation never
// keeps dependents. (Measured on EWT dev: +0.06 UAS points; always forcing the rule's head
// loses 0.4.)
static void attach_punctuation(std::span<const std::string_view> upos, std::vector<int>& heads) {
  const int n = int(heads.size());
  auto punct = [&](int i) { return upos[size_t(i)] == "PUNCT"; };
  // Punctuation has no dependents: hand any to its head.
  for (int i = 0; i < n; ++i) {
    int h = heads[size_t(i)];
    int guard = 0;
    while (h >= 0 && punct(h) && guard++ < n) h = heads[size_t(h)];
    if (h >= 0 && h != heads[size_t(i)] && !punct(i)) heads[size_t(i)] = h;
  }
  std::vector<int> path;
  for (int p = 0; p < n; ++p) {
    if (!punct(p)) continue;
    int l = p - 1, r = p + 1;
    while (l >= 0 && punct(l)) --l;
    while (r < n && punct(r)) ++r;
    if (r >= n) r = -1;
    if (l < 0 && r < 0) continue;
    path.clear();
    if (l >= 0) {
      path.push_back(l);
      for (int guard = 0; heads[size_t(l)] >= 0 && heads[size_t(l)] < p && guard < n; ++guard) {
        l = heads[size_t(l)];
        path.push_back(l);
      }
    }
    if (r >= 0) {
      path.push_back(r);
      for (int guard = 0; heads[size_t(r)] > p && guard < n; ++guard) {
        r = heads[size_t(r)];
        path.push_back(r);
      }
    }
    int cand;
    if (l >= 0 && r >= 0 && is_ancestor(heads, r, l)) cand = l;
    else if (l >= 0 && r >= 0 && is_ancestor(heads, l, r)) cand = r;
    else cand = l >= 0 ? l : r;
    if (heads[size_t(p)] >= 0 &&
        std::find(path.begin(), path.end(), heads[size_t(p)]) != path.end())
      continue;  // the parser's choice is acceptable (forcing `cand` instead measured worse)
    if (heads[size_t(p)] < 0) continue;  // punctuation as the root: leave it
    heads[size_t(p)] = cand;
  }
}

// total[k] += the cached groups' sums[k], in one pass: with the arrays declared apart, the
// compiler adds them with vector instructions (a loop per group, through the vector's
// pointer, was added one class at a time and cost 7% of the whole pipeline).
static void add_group_sums(int32_t* __restrict total, const int32_t* __restrict a,
                           const int32_t* __restrict b, const int32_t* __restrict c,
                           const int32_t* __restrict d, int nc) {
  for (int k = 0; k < nc; ++k) total[k] += a[k] + b[k] + c[k] + d[k];
}

void Parser::parse(const Input& in, std::vector<int>& heads, std::vector<int>& labels) const {
  thread_local State st;
  thread_local std::vector<int32_t> scores;
  // Scores of the single-element groups, per group and element (slot n + 1 for "none"), with
  // the element's version they were computed for (-1: not yet).
  thread_local std::vector<int32_t> cached;
  thread_local std::vector<int> cached_version;
  prepare(in, st);
  const int L = nlabels();
  const int nc = model_.nclasses();
  const size_t per_group = size_t(st.n) + 2;
  cached.resize(kPairs * per_group * size_t(nc));
  cached_version.assign(kPairs * per_group, -1);
  Features f[kGroups];
  while (!st.terminal()) {
    if (!st.can_left() && !st.can_right()) {  // only ROOT on the stack: nothing to choose
      st.shift();
      continue;
    }
    const Context c(st);
    // Extract the features of the groups without valid cached scores, request their memory
    // all at once, then score them.
    size_t slot[kPairs];
    bool stale[kPairs];
    for (int g = 0; g < kGroups; ++g) {
      const FeatureGroup group = FeatureGroup(g);
      f[g].size = 0;
      if (g < kPairs) {
        const int x = c.element(group);
        slot[g] = size_t(g) * per_group + size_t(x < 0 ? st.n + 1 : x);
        stale[g] = cached_version[slot[g]] != c.version(group);
        if (!stale[g]) continue;
      }
      group_features(c, group, f[g]);
      model_.prefetch(f[g].span());
    }
    scores.assign(size_t(nc), 0);
    model_.score(f[kPairs].span(), scores.data(), /*prefetched=*/true);
    const int32_t* group_sums[kPairs];
    for (int g = 0; g < kPairs; ++g) {
      int32_t* sums = &cached[slot[g] * size_t(nc)];
      if (stale[g]) {
        std::fill(sums, sums + nc, 0);
        model_.score(f[g].span(), sums, /*prefetched=*/true);
        cached_version[slot[g]] = c.version(FeatureGroup(g));
      }
      group_sums[g] = sums;
    }
    static_assert(kPairs == 4, "add_group_sums takes one array per cached group");
    add_group_sums(scores.data(), group_sums[0], group_sums[1], group_sums[2], group_sums[3], nc);
    // The valid transitions are whole ranges of classes (SHIFT, the LEFT labels, the RIGHT
    // labels): the best is the first class holding the highest score of the valid ranges.
    // Written as plain passes over arrays, which the compiler turns into vector code.
    const int32_t* sc = scores.data();
    int32_t top = INT32_MIN;
    auto raise_top = [&](int from, int to) {
      for (int k = from; k < to; ++k) top = std::max(top, sc[k]);
    };
    if (st.can_shift()) raise_top(0, 1);
    if (st.can_left()) raise_top(1, L);
    if (st.can_right()) raise_top(L, 2 * L - 1);
    auto first_at_top = [&](int from, int to) {
      for (int k = from; k < to; ++k)
        if (sc[k] == top) return k;
      return -1;
    };
    int best = st.can_shift() ? first_at_top(0, 1) : -1;
    if (best < 0 && st.can_left()) best = first_at_top(1, L);
    if (best < 0 && st.can_right()) best = first_at_top(L, 2 * L - 1);
    if (best == 0) st.shift();
    else if (best < L) st.left(best);
    else st.right(best - (L - 1));
  }
  st.finish();
  heads.resize(size_t(st.n));
  labels.resize(size_t(st.n));
  for (int i = 1; i <= st.n; ++i) {
    heads[size_t(i - 1)] = st.head[size_t(i)] - 1;
    labels[size_t(i - 1)] = std::max(0, st.label[size_t(i)]);
  }
  attach_punctuation(in.upos, heads);
}

Parser Parser::train(const std::vector<TrainSentence>& sents, const TrainOptions& opt) {
  Parser ps;
  ps.labels_.push_back("root");
  std::map<std::string, int> label_id{{"root", 0}};
  for (const auto& s : sents)
    for (const auto& l : s.labels)
      if (label_id.emplace(l, int(ps.labels_.size())).second) ps.labels_.push_back(l);
  const int L = ps.nlabels();
  const int nc = 2 * L - 1;
  if (nc > 255) throw std::runtime_error("too many dependency labels");
  TrainModel tm(nc);
  Rng rng(opt.seed);
  std::vector<size_t> order(sents.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  State st;
  Features f;
  std::vector<float> scores(static_cast<size_t>(nc), 0.f);
  std::vector<std::string_view> forms, upos, xpos;
  std::vector<int> gh, gl;
  for (int epoch = 0; epoch < opt.epochs; ++epoch) {
    rng.shuffle(order);
    size_t steps = 0, errors = 0;
    for (size_t si : order) {
      const TrainSentence& s = sents[si];
      forms.assign(s.forms.begin(), s.forms.end());
      upos.assign(s.upos.begin(), s.upos.end());
      xpos.assign(s.xpos.begin(), s.xpos.end());
      ps.prepare(Input{forms, upos, xpos}, st);
      const int n = st.n;
      gh.assign(size_t(n + 1), -1);
      gl.assign(size_t(n + 1), 0);
      bool usable = true;
      for (int i = 1; i <= n; ++i) {
        gh[size_t(i)] = s.heads[size_t(i - 1)];
        gl[size_t(i)] = label_id[s.labels[size_t(i - 1)]];
        if (gh[size_t(i)] < 0 || gh[size_t(i)] > n) usable = false;
      }
      if (!usable) continue;
      while (!st.terminal()) {
        features(st, f);
        std::fill(scores.begin(), scores.end(), 0.f);
        tm.score(f.span(), scores.data());
        const size_t ss = st.stack.size();
        const int s0 = st.stack[ss - 1];
        const int s1 = ss >= 2 ? st.stack[ss - 2] : -1;
        const int b0 = st.b <= n ? st.b : -1;
        // Costs (arcs of the gold tree made unreachable) of the three moves.
        int shift_cost = 0, left_cost = 0, right_cost = 0;
        if (st.can_shift()) {
          for (size_t k = 0; k < ss; ++k) {
            int d = st.stack[k];
            if (d > 0 && gh[size_t(d)] == b0) shift_cost++;
            if (d == gh[size_t(b0)] && d != s0) shift_cost++;
          }
        }
        if (s0 > 0) {
          int deps = 0;
          for (int k = st.b; k <= n; ++k) deps += gh[size_t(k)] == s0;
          int h = gh[size_t(s0)];
          left_cost = deps + ((h >= st.b && h != b0) ? 1 : 0) + (h == s1 ? 1 : 0);
          right_cost = deps + (h >= st.b ? 1 : 0);
        }
        auto cost = [&](int c) {
          if (c == 0) return shift_cost;
          if (c < L) return left_cost + ((gh[size_t(s0)] == b0 && gl[size_t(s0)] != c) ? 1 : 0);
          int l = c - (L - 1);
          return right_cost + ((gh[size_t(s0)] == s1 && gl[size_t(s0)] != l) ? 1 : 0);
        };
        int pred = -1, gold = -1, min_cost = 1 << 30;
        float ps_ = 0, gs = 0;
        auto consider = [&](int c) {
          int k = cost(c);
          if (pred < 0 || scores[size_t(c)] > ps_) pred = c, ps_ = scores[size_t(c)];
          if (k < min_cost || (k == min_cost && scores[size_t(c)] > gs))
            gold = c, gs = scores[size_t(c)], min_cost = k;
        };
        if (st.can_shift()) consider(0);
        if (st.can_left())
          for (int l = 1; l < L; ++l) consider(l);
        if (st.can_right())
          for (int l = 1; l < L; ++l) consider(L - 1 + l);
        steps++;
        int next = gold;
        if (cost(pred) > min_cost) {
          errors++;
          tm.update(f.span(), gold, pred);
          if (epoch > 0 && rng.uniform() < opt.explore) next = pred;
        } else {
          next = pred;
        }
        tm.tick();
        if (next == 0) st.shift();
        else if (next < L) st.left(next);
        else st.right(next - (L - 1));
      }
    }
    if (opt.log) {
      *opt.log << "parser epoch " << epoch + 1 << ": step errors "
               << double(errors) / double(std::max<size_t>(1, steps)) << ", features "
               << tm.features();
      if (opt.dev && (epoch + 1 == opt.epochs || epoch % 3 == 2)) {
        ps.model_ = tm.average(0.0f);
        auto [uas, las] = ps.evaluate(*opt.dev);
        *opt.log << ", dev UAS " << uas << " LAS " << las;
      }
      *opt.log << std::endl;
    }
  }
  ps.model_ = tm.average(0.0f);
  return ps;
}

std::pair<double, double> Parser::evaluate(const std::vector<TrainSentence>& dev) const {
  size_t words = 0, uas = 0, las = 0;
  std::vector<int> heads, labels;
  std::vector<std::string_view> forms, upos, xpos;
  for (const auto& s : dev) {
    forms.assign(s.forms.begin(), s.forms.end());
    upos.assign(s.upos.begin(), s.upos.end());
    xpos.assign(s.xpos.begin(), s.xpos.end());
    parse(Input{forms, upos, xpos}, heads, labels);
    for (size_t i = 0; i < heads.size(); ++i) {
      words++;
      if (heads[i] + 1 == s.heads[i]) {
        uas++;
        std::string_view a = labels_[size_t(labels[i])], b = s.labels[i];
        if (a.substr(0, a.find(':')) == b.substr(0, b.find(':'))) las++;
      }
    }
  }
  double n = double(std::max<size_t>(1, words));
  return {double(uas) / n, double(las) / n};
}

void Parser::save(const std::string& path) const {
  BinWriter out(path, kMagic, kVersion);
  out.put<uint32_t>(uint32_t(labels_.size()));
  for (const auto& l : labels_) out.str(l);
  model_.write(out);
  out.close();
}

void Parser::load(const std::string& path) {
  BinReader in(path, kMagic, kVersion);
  uint32_t n = in.get<uint32_t>();
  if (n < 2 || n > 128) in.fail("bad label count");
  labels_.clear();
  for (uint32_t i = 0; i < n; ++i) labels_.push_back(in.str());
  model_.read(in);
  if (model_.nclasses() != int(2 * n - 1)) in.fail("class count mismatch");
}

}  // namespace casus::nlp
