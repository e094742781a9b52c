// Main-text extraction from news HTML.
//
// 1. libxml2 parses the page (recovering from any breakage); metadata comes from html_meta.cpp.
// 2. One iterative pass indexes the elements, drops what is never article text (scripts, nav,
//    footers, forms controls, hidden nodes...), reads class/id hints, and attributes every
//    text node's length, commas and link share to its nearest block-level ancestor.
// 3. Every block holding a sentence-sized run of text is a "paragraph unit"; its score (length,
//    commas) flows to its container and, decaying, to the containers above. Class/id hints and
//    link density weigh the candidates; the best one may move up to a parent that gathers more
//    of the text, and same-level siblings holding text join it.
// 4. The chosen containers are walked again to write the body: block structure becomes "\n\n"
//    paragraphs; captions, bylines, dates, share bars, related lists and other page furniture
//    inside the container are set aside or skipped. The result is NFC-normalised.
#include "text/html_extract.h"

#include <libxml/HTMLparser.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/html_meta.h"
#include "text/html_util.h"

namespace casus::text {

namespace {

using html::attr;
using html::name_of;

// ---- tags ---------------------------------------------------------------------------------

enum TagFlag : uint32_t {
  kInline = 1u << 0,    // does not break a paragraph
  kDrop = 1u << 1,      // never article text
  kHeading = 1u << 2,   // h1..h6
  kParaLike = 1u << 3,  // p, pre, li, blockquote...: its score goes to its parent
  kList = 1u << 4,      // ul, ol, dl, table (link-list cleaning)
  kCell = 1u << 5,      // td, th: a space, not a paragraph break
};

struct TagInfo {
  uint32_t flags = 0;
  int bonus = 0;  // initial candidate score
};

const std::unordered_map<std::string_view, TagInfo>& tag_table() {
  static const std::unordered_map<std::string_view, TagInfo> table = [] {
    std::unordered_map<std::string_view, TagInfo> t;
    for (const char* n : {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em",
                          "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong",
                          "sub", "sup", "time", "u", "var", "wbr", "big", "tt", "strike", "ins",
                          "del", "nobr", "acronym", "img", "picture", "label", "ruby", "rt", "rp"})
      t[n] = {kInline, 0};
    for (const char* n : {"script", "style", "noscript", "template", "svg", "math", "canvas",
                          "iframe", "object", "embed", "nav", "footer", "aside", "menu", "dialog",
                          "button", "select", "textarea", "input", "option", "optgroup", "head",
                          "title", "meta", "link", "header", "audio", "video", "source", "track",
                          "map", "area", "frameset", "frame", "applet", "datalist", "output",
                          "progress", "meter", "fieldset", "legend", "base", "param"})
      t[n] = {kDrop, 0};
    for (const char* n : {"h1", "h2", "h3", "h4", "h5", "h6"}) t[n] = {kHeading | kParaLike, -5};
    t["p"] = {kParaLike, 0};
    t["pre"] = {kParaLike, 3};
    t["blockquote"] = {kParaLike, 3};
    t["li"] = {kParaLike, -3};
    t["dd"] = {kParaLike, -3};
    t["dt"] = {kParaLike, -3};
    t["figcaption"] = {kParaLike, -5};
    t["address"] = {kParaLike, -3};
    t["td"] = {kCell, 3};
    t["th"] = {kCell | kParaLike, -5};
    t["ul"] = {kList, -3};
    t["ol"] = {kList, -3};
    t["dl"] = {kList, -3};
    t["table"] = {kList, 0};
    t["div"] = {0, 5};
    t["article"] = {0, 10};
    t["section"] = {0, 3};
    t["main"] = {0, 5};
    t["form"] = {0, -3};
    return t;
  }();
  return table;
}

// ---- class / id hints --------------------------------------------------------------------

enum HintFlag : uint32_t {
  kNeg = 1u << 0,        // furniture (share, related, comments, ads, ...)
  kPos = 1u << 1,        // article / content / story / body ...
  kStrongPos = 1u << 2,  // article-body, entry-content, itemprop=articleBody ...
  kCaption = 1u << 3,
  kCredit = 1u << 4,
  kByline = 1u << 5,
  kDate = 1u << 6,
  kMeta = 1u << 7,       // small article-meta boxes (byline + date + tools)
  kHidden = 1u << 8,
};

bool has(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
}

// Whole-token match ("ad" in "top-ad", not in "header").
bool has_token(std::string_view hay, std::string_view tok) {
  size_t p = 0;
  while ((p = hay.find(tok, p)) != std::string_view::npos) {
    bool left = p == 0 || !std::isalnum(static_cast<unsigned char>(hay[p - 1]));
    size_t e = p + tok.size();
    bool right = e == hay.size() || !std::isalnum(static_cast<unsigned char>(hay[e]));
    if (left && right) return true;
    p = e;
  }
  return false;
}

uint32_t class_hints(std::string_view raw_cls, std::string_view raw_id) {
  if (raw_cls.empty() && raw_id.empty()) return 0;
  std::string s;
  s.reserve(raw_cls.size() + raw_id.size() + 1);
  s.append(raw_cls).append(" ").append(raw_id);
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  std::string_view v(s);
  uint32_t h = 0;
  static const std::string_view neg_sub[] = {
      "comment", "related", "share", "sharing", "social", "newsletter", "cookie", "consent",
      "gdpr", "subscribe", "subscription", "promo", "advert", "sponsor", "outbrain", "taboola",
      "sidebar", "breadcrumb", "footer", "masthead", "navbar", "navigation", "menu", "popular",
      "trending", "recommend", "most-read", "mostread", "signup", "sign-up", "modal", "popup",
      "widget", "toolbar", "pagination", "pager", "tag-list", "taglist", "disqus", "read-more",
      "readmore", "more-stories", "recirc", "author-bio", "authorbio", "paywall", "banner",
      "skip-link", "skiplink", "jump-link", "follow", "donate", "-ads", "ads-", "_ads", "ad-slot",
      "adslot", "ad-container", "ad-wrapper", "adunit", "ad-unit", "dfp", "print-", "overlay",
      "login", "registration", "comscore", "byline-social", "also-read", "see-also", "seealso",
      "next-article", "prev-article", "more-from", "morefrom", "you-may", "youmay", "upsell",
      "inline-link", "rail", "header", "topics", "keywords", "hidden"};
  for (auto n : neg_sub)
    if (has(v, n)) {
      h |= kNeg;
      break;
    }
  if (!(h & kNeg)) {
    static const std::string_view neg_tok[] = {"ad", "ads", "nav", "tags", "tools", "hide",
                                               "extra", "aside", "meta-links", "sr-only",
                                               "visually-hidden", "tag", "nocontent", "noprint"};
    for (auto n : neg_tok)
      if (has_token(v, n)) {
        h |= kNeg;
        break;
      }
  }
  // "commentary" is opinion journalism, not a comment thread.
  if ((h & kNeg) && has(v, "commentary") && !has(v, "comments")) {
    bool other = false;
    for (auto n : neg_sub)
      if (n != "comment" && has(v, n)) other = true;
    if (!other) h &= ~kNeg;
  }
  static const std::string_view pos_sub[] = {"article", "content", "story", "body", "entry",
                                             "post", "main", "text", "prose", "blog"};
  for (auto n : pos_sub)
    if (has(v, n)) {
      h |= kPos;
      break;
    }
  static const std::string_view strong_sub[] = {
      "articlebody", "article-body", "article_body", "article__body", "story-body",
      "storybody", "story_body", "entry-content", "post-content", "post-body", "postbody",
      "article-content", "article__content", "article-text", "article_text", "story-content",
      "storycontent", "story-text", "body-text", "bodytext", "content-body", "article-main",
      "post-entry", "entry-body", "news-body", "articletext", "article-copy", "story__body",
      "c-entry-content", "main-text", "text-body", "post__content", "rich-text", "richtext"};
  for (auto n : strong_sub)
    if (has(v, n)) {
      h |= kStrongPos;
      break;
    }
  if (has(v, "caption") || has(v, "figcap")) h |= kCaption;
  if (has(v, "credit") || has(v, "copyright")) h |= kCredit;
  if (has(v, "byline") || has(v, "author") || has(v, "contributor") || has(v, "writer"))
    h |= kByline;
  if (has_token(v, "date") || has(v, "timestamp") || has(v, "publish") || has(v, "pubdate") ||
      has(v, "posted-on") || has(v, "dateline-") || has_token(v, "time") || has(v, "-date") ||
      has(v, "date-") || has(v, "updated"))
    h |= kDate;
  if (has_token(v, "meta") || has(v, "article-meta") || has(v, "post-meta") ||
      has(v, "entry-meta") || has(v, "story-meta") || has(v, "article-info") ||
      has(v, "article-tools") || has(v, "metadata"))
    h |= kMeta;
  return h;
}

bool style_hidden(std::string_view style) {
  if (style.empty()) return false;
  std::string s = html::to_lower_ascii(style);
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  return has(s, "display:none") || has(s, "visibility:hidden");
}

// ---- the indexed page -------------------------------------------------------------------

struct NInfo {
  xmlNodePtr node = nullptr;
  int parent = -1;
  uint32_t tflags = 0;
  uint32_t hints = 0;
  int bonus = 0;
  bool in_link = false;
  bool is_a = false;
  int block = -1;      // nearest non-inline ancestor-or-self
  int text = 0;        // visible characters in the subtree
  int link = 0;        // of which inside <a>
  int direct = 0;      // characters whose nearest block is this node
  int direct_link = 0;
  int commas = 0;
  int sentences = 0;   // '.', '!', '?' followed by space/end among direct text
  double score = 0;
  bool scored = false;
};

inline int index_of(xmlNodePtr n) {
  return static_cast<int>(reinterpret_cast<intptr_t>(n->_private)) - 1;
}

struct TextStats {
  int chars = 0, commas = 0, stops = 0;
};

TextStats text_stats(const unsigned char* s) {
  TextStats st;
  bool prev_space = true;
  for (; *s; ++s) {
    unsigned char c = *s;
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      if (!prev_space) ++st.chars;
      prev_space = true;
      continue;
    }
    if ((c & 0xC0) == 0x80) continue;  // continuation byte
    prev_space = false;
    ++st.chars;
    if (c == ',') ++st.commas;
    else if (c == '.' || c == '!' || c == '?') {
      unsigned char d = s[1];
      if (d == 0 || d == ' ' || d == '\n' || d == '"' || d == ')' || d == 0xE2) ++st.stops;
    } else if (c == 0xEF && s[1] == 0xBC && s[2] == 0x8C) {
      ++st.commas;  // fullwidth comma
    } else if (c == 0xD8 && s[1] == 0x8C) {
      ++st.commas;  // Arabic comma
    } else if (c == 0xE3 && s[1] == 0x80 && (s[2] == 0x81 || s[2] == 0x82)) {
      ++st.commas;
    }
  }
  return st;
}

class Extractor {
 public:
  Extractor(xmlDocPtr doc, ExtractedPage& page) : doc_(doc), page_(page) {}

  void run() {
    xmlNodePtr root = xmlDocGetRootElement(doc_);
    if (!root) return;
    index(root);
    if (nodes_.empty()) return;
    page_.has_body_element = body_ >= 0 || nodes_[0].text > 0;
    score();
    std::vector<int> chosen = choose();
    if (chosen.empty()) {
      int r = body_ >= 0 ? body_ : 0;
      chosen.push_back(r);
      top_ = r;
    }
    top_text_ = std::max(1, nodes_[top_].text);
    for (int c : chosen) emit(c, 0);
    flush(false);
    finish();
  }

 private:
  // -- pass 1: index -------------------------------------------------------------------------
  void index(xmlNodePtr root) {
    const auto& tags = tag_table();
    nodes_.reserve(2048);
    xmlNodePtr n = root;
    int cur_parent = -1;  // index of the element whose children we are visiting
    size_t steps = 0;
    while (n && steps++ < 4000000) {
      bool descend = false;
      if (n->type == XML_ELEMENT_NODE) {
        std::string_view nm = name_of(n);
        NInfo ni;
        ni.node = n;
        ni.parent = cur_parent;
        auto it = tags.find(nm);
        if (it != tags.end()) {
          ni.tflags = it->second.flags;
          ni.bonus = it->second.bonus;
        }
        if (nm == "body" && body_ < 0) body_ = static_cast<int>(nodes_.size());
        std::string_view cls = attr(n, "class");
        std::string_view id = attr(n, "id");
        ni.hints = class_hints(cls, id);
        std::string_view ip = attr(n, "itemprop");
        if (!ip.empty()) {
          if (ip == "articleBody" || ip == "articlebody" || ip == "text") ni.hints |= kStrongPos | kPos;
          else if (ip == "author" || ip == "creator") ni.hints |= kByline;
          else if (ip == "datePublished" || ip == "dateModified") ni.hints |= kDate;
          else if (ip == "caption") ni.hints |= kCaption;
        }
        std::string_view rel = attr(n, "rel");
        if (rel == "author") ni.hints |= kByline;
        if (style_hidden(attr(n, "style")) || xmlHasProp(n, BAD_CAST "hidden") ||
            attr(n, "aria-hidden") == "true")
          ni.hints |= kHidden;
        std::string_view role = attr(n, "role");
        if (role == "navigation" || role == "banner" || role == "contentinfo" ||
            role == "complementary" || role == "menu" || role == "dialog" || role == "alert" ||
            role == "search")
          ni.tflags |= kDrop;
        // the <html> and <body> elements are never dropped by their class names
        bool structural = nm == "html" || nm == "body";
        if (structural) ni.hints &= ~(kNeg | kHidden);
        if ((ni.hints & kHidden) && !(ni.hints & kStrongPos)) ni.tflags |= kDrop;
        ni.is_a = nm == "a";
        if (cur_parent >= 0) ni.in_link = nodes_[cur_parent].in_link || ni.is_a;
        else ni.in_link = ni.is_a;
        int idx = static_cast<int>(nodes_.size());
        ni.block = (ni.tflags & kInline) && cur_parent >= 0 ? nodes_[cur_parent].block : idx;
        n->_private = reinterpret_cast<void*>(static_cast<intptr_t>(idx + 1));
        bool drop = ni.tflags & kDrop;
        nodes_.push_back(ni);
        if (!drop && n->children) {
          descend = true;
          cur_parent = idx;
        }
      } else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content &&
                 cur_parent >= 0) {
        TextStats st = text_stats(n->content);
        if (st.chars > 0) {
          NInfo& owner = nodes_[cur_parent];
          owner.text += st.chars;
          if (owner.in_link) owner.link += st.chars;
          NInfo& blk = nodes_[owner.block];
          blk.direct += st.chars;
          if (owner.in_link) blk.direct_link += st.chars;
          blk.commas += st.commas;
          blk.sentences += st.stops;
        }
      }
      if (descend) {
        n = n->children;
        continue;
      }
      if (n == root) break;
      // next sibling, or climb
      while (n && !n->next) {
        n = n->parent;
        if (!n || n == root || n->type != XML_ELEMENT_NODE) {
          n = nullptr;
          break;
        }
        cur_parent = nodes_[cur_parent].parent;
      }
      if (!n) break;
      n = n->next;
    }
    // bottom-up sums (children come after their parents in pre-order)
    for (int i = static_cast<int>(nodes_.size()) - 1; i > 0; --i) {
      NInfo& ni = nodes_[i];
      if (ni.parent < 0 || (ni.tflags & kDrop)) continue;
      nodes_[ni.parent].text += ni.text;
      nodes_[ni.parent].link += ni.link;
    }
  }

  double link_density(const NInfo& ni) const {
    return ni.text > 0 ? static_cast<double>(ni.link) / ni.text : 0.0;
  }

  int hint_weight(const NInfo& ni) const {
    int w = 0;
    if (ni.hints & kPos) w += 25;
    if (ni.hints & kNeg) w -= 25;
    if (ni.hints & kStrongPos) w += 40;
    if (ni.hints & (kCaption | kByline | kMeta)) w -= 10;
    return w;
  }

  void add_score(int i, double s) {
    NInfo& ni = nodes_[i];
    if (!ni.scored) {
      ni.scored = true;
      ni.score = ni.bonus + hint_weight(ni);
    }
    ni.score += s;
  }

  // -- pass 2: scores ------------------------------------------------------------------------
  void score() {
    for (int i = 0; i < static_cast<int>(nodes_.size()); ++i) {
      NInfo& ni = nodes_[i];
      if (ni.direct < 25 || (ni.tflags & (kDrop | kInline))) continue;
      if (ni.direct_link * 2 > ni.direct) continue;
      if (is_dropped(i)) continue;
      double s = 1.0 + ni.commas + std::min(ni.direct / 100.0, 3.0);
      if (ni.tflags & kHeading) s *= 0.5;
      int start = (ni.tflags & (kParaLike | kCell)) ? ni.parent : i;
      int level = 0;
      for (int a = start; a >= 0 && level < 5; a = nodes_[a].parent, ++level) {
        double div = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
        add_score(a, s / div);
      }
    }
  }

  // true when i or an ancestor is a dropped element (those subtrees are not indexed, but
  // the dropped element itself is)
  bool is_dropped(int i) const {
    for (int a = i; a >= 0; a = nodes_[a].parent)
      if (nodes_[a].tflags & kDrop) return true;
    return false;
  }

  double final_score(int i) const {
    const NInfo& ni = nodes_[i];
    return ni.score * (1.0 - link_density(ni));
  }

  // -- choosing the container --------------------------------------------------------------
  std::vector<int> choose() {
    int best = -1;
    double best_score = 0;
    std::vector<std::pair<double, int>> top;
    for (int i = 0; i < static_cast<int>(nodes_.size()); ++i) {
      if (!nodes_[i].scored) continue;
      double f = final_score(i);
      if (f > best_score) {
        best_score = f;
        best = i;
      }
      top.emplace_back(f, i);
    }
    if (best < 0) return {};
    std::partial_sort(top.begin(), top.begin() + std::min<size_t>(5, top.size()), top.end(),
                      [](auto& a, auto& b) { return a.first > b.first; });
    top.resize(std::min<size_t>(5, top.size()));

    // If several strong candidates share an ancestor, that ancestor holds the article.
    {
      std::vector<int> alts;
      for (auto& [f, i] : top)
        if (i != best && f >= 0.75 * best_score) alts.push_back(i);
      if (alts.size() >= 2) {
        for (int p = nodes_[best].parent; p >= 0 && p != body_; p = nodes_[p].parent) {
          int contained = 0;
          for (int a : alts)
            for (int q = a; q >= 0; q = nodes_[q].parent)
              if (q == p) {
                ++contained;
                break;
              }
          if (contained >= 2) {
            best = p;
            break;
          }
        }
      }
    }
    // Climb while the parent scores about as well (the text spreads over its children).
    {
      double last = nodes_[best].scored ? final_score(best) : 0;
      double threshold = last / 3.0;
      for (int p = nodes_[best].parent; p >= 0 && p != body_; p = nodes_[p].parent) {
        if (!nodes_[p].scored) continue;
        double ps = final_score(p);
        if (ps < threshold) break;
        if (ps > last) {
          best = p;
          break;
        }
        last = ps;
      }
    }
    // An only child says nothing; take its parent.
    while (nodes_[best].parent >= 0 && nodes_[best].parent != body_) {
      int p = nodes_[best].parent;
      int elems = 0;
      for (xmlNodePtr c = nodes_[p].node->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && c->_private && !(nodes_[index_of(c)].tflags & kDrop))
          ++elems;
      if (elems != 1) break;
      best = p;
    }
    top_ = best;

    // Siblings that carry text join the container.
    std::vector<int> chosen;
    int parent = nodes_[best].parent;
    if (parent < 0) return {best};
    double bs = nodes_[best].scored ? final_score(best) : 0;
    double threshold = std::max(10.0, bs * 0.2);
    std::string_view best_cls = attr(nodes_[best].node, "class");
    for (xmlNodePtr c = nodes_[parent].node->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE || !c->_private) continue;
      int i = index_of(c);
      if (i == best) {
        chosen.push_back(i);
        continue;
      }
      const NInfo& ni = nodes_[i];
      if ((ni.tflags & kDrop) || ni.text == 0) continue;
      if ((ni.hints & kNeg) && !(ni.hints & kStrongPos)) continue;
      double bonus = 0;
      if (!best_cls.empty() && attr(c, "class") == best_cls) bonus = bs * 0.2;
      double ld = link_density(ni);
      bool take = false;
      if (ni.scored && final_score(i) + bonus >= threshold) take = true;
      else if (name_of(c) == "p" || (ni.tflags & kParaLike && !(ni.tflags & kHeading))) {
        if (ni.text > 80 && ld < 0.25) take = true;
        else if (ni.text > 0 && ni.text <= 80 && ld == 0 && ni.sentences > 0) take = true;
      }
      if (take) chosen.push_back(i);
    }
    return chosen;
  }

  // -- pass 3: writing the body ------------------------------------------------------------
  void collect_captions(xmlNodePtr n, int depth) {
    if (depth > 64) return;
    for (xmlNodePtr c = n->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE || !c->_private) continue;
      const NInfo& ni = nodes_[index_of(c)];
      if (ni.tflags & kDrop) continue;
      if (name_of(c) == "figcaption" || (ni.hints & kCaption)) {
        add_caption(c);
        continue;
      }
      collect_captions(c, depth + 1);
    }
  }

  void add_caption(xmlNodePtr n) {
    std::string t = html::node_text(n);
    if (!t.empty() && t.size() < 2000) page_.captions.push_back(html::nfc(std::move(t)));
  }

  void emit(int i, int depth) {
    const NInfo& ni = nodes_[i];
    if (ni.tflags & kDrop) return;
    xmlNodePtr n = ni.node;
    std::string_view nm = name_of(n);
    bool block = !(ni.tflags & kInline);
    bool is_top = i == top_;
    if (depth > 400) return;
    if (!is_top) {
      if (nm == "figcaption" || ((ni.hints & kCaption) && ni.text < 1000)) {
        flush(false);
        add_caption(n);
        return;
      }
      if (nm == "figure") {
        flush(false);
        collect_captions(n, 0);
        return;
      }
      if ((ni.hints & kCredit) && ni.text < 200) return;
      if ((ni.hints & kByline) && ni.text < 200 && !(ni.hints & kStrongPos)) {
        std::string t = html::node_text(n);
        if (byline_.empty() && !t.empty()) byline_ = t;
        if (block) flush(false);
        return;
      }
      if (block && (ni.hints & kDate) && ni.text < 100 && ni.sentences == 0) return;
      if (block && (ni.hints & kMeta) && ni.text < 300) return;
      if ((ni.hints & kNeg) && !(ni.hints & kStrongPos) && ni.text * 10 < top_text_ * 6) {
        if (block) flush(false);
        return;
      }
      if (nm == "h1") return;
      if (block && !(ni.tflags & (kHeading | kParaLike | kCell)) && ni.text > 0) {
        // link-heavy boxes (related stories, tag clouds) with no sentences
        double ld = link_density(ni);
        if (ld > 0.5 && (ni.tflags & kList || ld > 0.65 || ni.text < 400)) {
          flush(false);
          return;
        }
      }
      if ((ni.tflags & kParaLike) && !(ni.tflags & kHeading) && nm != "li" && ni.text > 0 &&
          ni.text < 120 && link_density(ni) > 0.8 && nodes_[i].sentences == 0) {
        // a lone "Read more: <a>...</a>" style paragraph
        flush(false);
        return;
      }
    }
    bool heading = ni.tflags & kHeading;
    bool cell = ni.tflags & kCell;
    if (block && !cell) flush(false);
    if (cell) pending_space_ = true;
    for (xmlNodePtr c = n->children; c; c = c->next) {
      if (c->type == XML_ELEMENT_NODE) {
        if (!c->_private) continue;
        if (name_of(c) == "br") {
          flush(false);
          continue;
        }
        emit(index_of(c), depth + 1);
      } else if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content) {
        html::append_collapsed(cur_, reinterpret_cast<const char*>(c->content), pending_space_);
      }
    }
    if (cell) pending_space_ = true;
    if (block && !cell) flush(heading);
  }

  void flush(bool heading) {
    while (!cur_.empty() && cur_.back() == ' ') cur_.pop_back();
    if (!cur_.empty()) blocks_.push_back({std::move(cur_), heading});
    cur_.clear();
    pending_space_ = false;
  }

  static bool boilerplate_line(const std::string& s) {
    if (s.size() > 60) return false;
    std::string lo = html::to_lower_ascii(s);
    while (!lo.empty() && (lo.back() == ':' || lo.back() == '.' || lo.back() == ' ')) lo.pop_back();
    static const char* kLines[] = {"advertisement", "advertisements", "advertising",
                                   "continue reading", "continue reading below", "read more",
                                   "story continues below", "article continues below",
                                   "share this article", "share", "sponsored", "loading",
                                   "close", "skip advertisement", "related", "related articles",
                                   "related stories", "more", "ad", "comments", "share this",
                                   "continue reading the main story", "scroll to continue",
                                   "supported by", "read next", "see also", "image",
                                   "photo", "video", "tweet", "email", "print", "facebook",
                                   "twitter", "linkedin", "whatsapp", "play video",
                                   "continue reading below advertisement", "recommended"};
    for (const char* l : kLines)
      if (lo == l) return true;
    return false;
  }

  void finish() {
    std::string title_lo = html::to_lower_ascii(page_.title);
    std::vector<Block> kept;
    kept.reserve(blocks_.size());
    for (auto& b : blocks_) {
      if (boilerplate_line(b.text)) continue;
      if (b.heading && !title_lo.empty() && html::to_lower_ascii(b.text) == title_lo) continue;
      if (!kept.empty() && kept.back().text == b.text) continue;
      kept.push_back(std::move(b));
    }
    while (!kept.empty() && kept.back().heading) kept.pop_back();
    std::string body;
    for (auto& b : kept) {
      if (!body.empty()) body += "\n\n";
      body += b.text;
    }
    page_.body = html::nfc(std::move(body));
    if (!byline_.empty()) page_.byline = html::nfc(std::move(byline_));
  }

  struct Block {
    std::string text;
    bool heading;
  };

  xmlDocPtr doc_;
  ExtractedPage& page_;
  std::vector<NInfo> nodes_;
  int body_ = -1;
  int top_ = 0;
  int top_text_ = 1;
  std::string cur_;
  bool pending_space_ = false;
  std::vector<Block> blocks_;
  std::string byline_;
};

}  // namespace

ExtractedPage extract_article(std::string_view html) {
  ExtractedPage page;
  if (html.empty() || html.size() > static_cast<size_t>(INT_MAX)) return page;
  htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                      HTML_PARSE_NONET);
  if (!doc) return page;
  html::extract_metadata(doc, page);
  std::string meta_byline = page.byline;
  page.byline.clear();
  Extractor ex(doc, page);
  ex.run();
  if (page.byline.empty()) page.byline = meta_byline;
  xmlFreeDoc(doc);
  return page;
}

}  // namespace casus::text
