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

// Internal categories of the class/id patterns, folded into HintFlag by class_hints().
enum PatFlag : uint32_t {
  pNeg = 1u << 0, pPos = 1u << 1, pStrong = 1u << 2, pCaption = 1u << 3, pCredit = 1u << 4,
  pByline = 1u << 5, pDate = 1u << 6, pMeta = 1u << 7, pComment = 1u << 8,
  pCommentary = 1u << 9, pComments = 1u << 10,
  pToken = 1u << 31,  // must be a whole token ("ad" in "top-ad", not in "header")
};

struct Pattern {
  std::string_view text;
  uint32_t flags;
};

// All class/id patterns, bucketed by first byte so one scan over the string tests them all.
class PatternSet {
 public:
  PatternSet() {
    static const Pattern pats[] = {
        // furniture
        {"comment", pComment}, {"commentary", pCommentary}, {"comments", pComments},
        {"related", pNeg}, {"share", pNeg}, {"sharing", pNeg}, {"social", pNeg},
        {"newsletter", pNeg}, {"cookie", pNeg}, {"consent", pNeg}, {"gdpr", pNeg},
        {"subscribe", pNeg}, {"subscription", pNeg}, {"promo", pNeg}, {"advert", pNeg},
        {"sponsor", pNeg}, {"outbrain", pNeg}, {"taboola", pNeg}, {"sidebar", pNeg},
        {"breadcrumb", pNeg}, {"footer", pNeg}, {"masthead", pNeg}, {"navbar", pNeg},
        {"navigation", pNeg}, {"menu", pNeg}, {"popular", pNeg}, {"trending", pNeg},
        {"recommend", pNeg}, {"most-read", pNeg}, {"mostread", pNeg}, {"signup", pNeg},
        {"sign-up", pNeg}, {"modal", pNeg}, {"popup", pNeg},
        {"toolbar", pNeg}, {"pagination", pNeg}, {"pager", pNeg}, {"tag-list", pNeg},
        {"taglist", pNeg}, {"disqus", pNeg}, {"read-more", pNeg}, {"readmore", pNeg},
        {"more-stories", pNeg}, {"recirc", pNeg}, {"author-bio", pNeg}, {"authorbio", pNeg},
        {"paywall", pNeg}, {"skip-link", pNeg}, {"skiplink", pNeg},
        {"jump-link", pNeg}, {"follow", pNeg}, {"donate", pNeg}, {"-ads", pNeg},
        {"ads-", pNeg}, {"_ads", pNeg}, {"ad-slot", pNeg}, {"adslot", pNeg},
        {"ad-container", pNeg}, {"ad-wrapper", pNeg}, {"adunit", pNeg}, {"ad-unit", pNeg},
        {"dfp", pNeg}, {"print-", pNeg}, {"overlay", pNeg}, {"login", pNeg},
        {"registration", pNeg}, {"comscore", pNeg}, {"also-read", pNeg}, {"see-also", pNeg},
        {"seealso", pNeg}, {"next-article", pNeg}, {"prev-article", pNeg}, {"more-from", pNeg},
        {"morefrom", pNeg}, {"you-may", pNeg}, {"youmay", pNeg}, {"upsell", pNeg},
        {"rail", pNeg | pToken}, {"right-rail", pNeg}, {"left-rail", pNeg}, {"header", pNeg}, {"topics", pNeg}, {"keywords", pNeg},
        {"hidden", pNeg},
        {"ad", pNeg | pToken}, {"ads", pNeg | pToken}, {"nav", pNeg | pToken},
        {"tags", pNeg | pToken}, {"tag", pNeg | pToken}, {"tools", pNeg | pToken},
        {"hide", pNeg | pToken}, {"extra", pNeg | pToken}, {"aside", pNeg | pToken},
        {"sr-only", pNeg | pToken}, {"nocontent", pNeg | pToken}, {"noprint", pNeg | pToken},
        // content
        {"article", pPos}, {"content", pPos}, {"story", pPos}, {"body", pPos}, {"entry", pPos},
        {"post", pPos}, {"main", pPos}, {"text", pPos}, {"prose", pPos}, {"blog", pPos},
        {"articlebody", pStrong}, {"article-body", pStrong}, {"article_body", pStrong},
        {"article__body", pStrong}, {"story-body", pStrong}, {"storybody", pStrong},
        {"story_body", pStrong}, {"entry-content", pStrong}, {"post-content", pStrong},
        {"post-body", pStrong}, {"postbody", pStrong}, {"article-content", pStrong},
        {"article__content", pStrong}, {"article-text", pStrong}, {"article_text", pStrong},
        {"story-content", pStrong}, {"storycontent", pStrong}, {"story-text", pStrong},
        {"body-text", pStrong}, {"bodytext", pStrong}, {"content-body", pStrong},
        {"article-main", pStrong}, {"post-entry", pStrong}, {"entry-body", pStrong},
        {"news-body", pStrong}, {"articletext", pStrong}, {"article-copy", pStrong},
        {"story__body", pStrong}, {"main-text", pStrong}, {"text-body", pStrong},
        {"post__content", pStrong}, {"rich-text", pStrong}, {"richtext", pStrong},
        // set aside
        {"caption", pCaption}, {"figcap", pCaption}, {"credit", pCredit},
        {"copyright", pCredit}, {"byline", pByline}, {"author", pByline},
        {"contributor", pByline}, {"writer", pByline},
        {"date", pDate | pToken}, {"time", pDate | pToken}, {"timestamp", pDate},
        {"publish", pDate}, {"pubdate", pDate}, {"posted-on", pDate}, {"-date", pDate},
        {"date-", pDate}, {"updated", pDate},
        {"meta", pMeta | pToken}, {"article-meta", pMeta}, {"post-meta", pMeta},
        {"entry-meta", pMeta}, {"story-meta", pMeta}, {"article-info", pMeta},
        {"article-tools", pMeta}, {"metadata", pMeta},
    };
    for (const auto& p : pats) buckets_[static_cast<unsigned char>(p.text[0])].push_back(p);
  }

  uint32_t match(std::string_view v) const {
    uint32_t f = 0;
    for (size_t i = 0; i < v.size(); ++i) {
      const auto& bucket = buckets_[static_cast<unsigned char>(v[i])];
      for (const auto& p : bucket) {
        if (v.size() - i < p.text.size() || (f & p.flags & ~pToken) == (p.flags & ~pToken)) continue;
        if (std::memcmp(v.data() + i, p.text.data(), p.text.size()) != 0) continue;
        if (p.flags & pToken) {
          size_t e = i + p.text.size();
          bool left = i == 0 || !std::isalnum(static_cast<unsigned char>(v[i - 1]));
          bool right = e == v.size() || !std::isalnum(static_cast<unsigned char>(v[e]));
          if (!left || !right) continue;
        }
        f |= p.flags & ~pToken;
      }
    }
    return f;
  }

 private:
  std::vector<Pattern> buckets_[256];
};

uint32_t class_hints(std::string_view raw_cls, std::string_view raw_id) {
  if (raw_cls.empty() && raw_id.empty()) return 0;
  static const PatternSet patterns;
  char stack_buf[256];
  std::string heap;
  size_t len = raw_cls.size() + raw_id.size() + 1;
  char* buf = stack_buf;
  if (len > sizeof stack_buf) {
    heap.resize(len);
    buf = heap.data();
  }
  size_t k = 0;
  for (char c : raw_cls) buf[k++] = c;
  buf[k++] = ' ';
  for (char c : raw_id) buf[k++] = c;
  for (size_t j = 0; j < k; ++j)
    if (buf[j] >= 'A' && buf[j] <= 'Z') buf[j] = static_cast<char>(buf[j] - 'A' + 'a');
  uint32_t f = patterns.match(std::string_view(buf, k));
  uint32_t h = 0;
  // "commentary" is opinion journalism, not a comment thread.
  bool comment = (f & pComment) && (!(f & pCommentary) || (f & pComments));
  if ((f & pNeg) || comment) h |= kNeg;
  if (f & pPos) h |= kPos;
  if (f & pStrong) h |= kStrongPos;
  if (f & pCaption) h |= kCaption;
  if (f & pCredit) h |= kCredit;
  if (f & pByline) h |= kByline;
  if (f & pDate) h |= kDate;
  if (f & pMeta) h |= kMeta;
  return h;
}

bool style_hidden(std::string_view style) {
  if (style.empty()) return false;
  std::string s = html::to_lower_ascii(style);
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
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
  int brs = 0;         // <br> elements whose block is this node
  bool negzone = false;  // inside a (not page-sized) element named like furniture
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
    for (int attempt = 0; attempt < 2; ++attempt) {
      // The second attempt, for pages where the first found nothing, trusts no class names.
      relaxed_ = attempt == 1;
      if (relaxed_) {
        if (!page_.body.empty() || nodes_[0].text == 0) break;
        for (NInfo& ni : nodes_) {
          ni.score = 0;
          ni.scored = false;
          ni.negzone = false;
          ni.hints &= ~kNeg;
        }
        blocks_.clear();
        cur_.clear();
        page_.captions.clear();
        byline_.clear();
      }
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
      collect_around(chosen);
      finish();
    }
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
        std::string_view cls, id, ip, rel, style, role, aria_hidden;
        bool hidden_attr = false;
        for (xmlAttrPtr a = n->properties; a; a = a->next) {
          if (!a->name) continue;
          std::string_view an(reinterpret_cast<const char*>(a->name));
          std::string_view av;
          if (a->children && a->children->content && !a->children->next)
            av = reinterpret_cast<const char*>(a->children->content);
          if (an == "class") cls = av;
          else if (an == "id") id = av;
          else if (an == "itemprop") ip = av;
          else if (an == "rel") rel = av;
          else if (an == "style") style = av;
          else if (an == "role") role = av;
          else if (an == "aria-hidden") aria_hidden = av;
          else if (an == "hidden") hidden_attr = true;
        }
        ni.hints = hints_cached(cls, id);
        if (!ip.empty()) {
          if (ip == "articleBody" || ip == "articlebody" || ip == "text") ni.hints |= kStrongPos | kPos;
          else if (ip == "author" || ip == "creator") ni.hints |= kByline;
          else if (ip == "datePublished" || ip == "dateModified") ni.hints |= kDate;
          else if (ip == "caption") ni.hints |= kCaption;
        }
        if (rel == "author") ni.hints |= kByline;
        if (hidden_attr || aria_hidden == "true" || style_hidden(style)) ni.hints |= kHidden;
        if (role == "navigation" || role == "banner" || role == "contentinfo" ||
            role == "complementary" || role == "menu" || role == "dialog" || role == "alert" ||
            role == "search")
          ni.tflags |= kDrop;
        // the <html> and <body> elements are never dropped by their class names
        bool structural = nm == "html" || nm == "body";
        if (structural) ni.hints &= ~(kNeg | kHidden);
        if ((ni.hints & kHidden) && !(ni.hints & kStrongPos)) ni.tflags |= kDrop;
        ni.is_a = nm == "a";
        if (nm == "br" && cur_parent >= 0) nodes_[nodes_[cur_parent].block].brs++;
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
    int page_text = nodes_[body_ >= 0 ? body_ : 0].text;
    for (NInfo& ni : nodes_) {
      bool own = (ni.hints & kNeg) && !(ni.hints & kStrongPos) && ni.text * 2 < page_text;
      ni.negzone = own || (ni.parent >= 0 && nodes_[ni.parent].negzone);
    }
  }

  uint32_t hints_cached(std::string_view cls, std::string_view id) {
    if (cls.empty() && id.empty()) return 0;
    if (!id.empty()) return class_hints(cls, id);  // ids are unique: no point caching
    auto it = hint_cache_.find(cls);
    if (it != hint_cache_.end()) return it->second;
    uint32_t h = class_hints(cls, id);
    hint_cache_.emplace(cls, h);
    return h;
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
      if (ni.negzone || is_dropped(i)) continue;
      // text split by <br> pairs counts as that many paragraphs
      double segments = std::min(1.0 + ni.brs / 2.0, std::max(1.0, ni.direct / 150.0));
      double s = segments + ni.commas + std::min(ni.direct / 100.0, 3.0 * segments);
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
    // An article split into chunks elsewhere on the page, in containers of the same tag and
    // class as the chosen one (bodies interrupted by ads or embeds).
    if (!best_cls.empty()) {
      std::string_view best_tag = name_of(nodes_[best].node);
      auto inside = [&](int a, int anc) {
        for (int q = a; q >= 0; q = nodes_[q].parent)
          if (q == anc) return true;
        return false;
      };
      for (int i = 0; i < static_cast<int>(nodes_.size()); ++i) {
        const NInfo& ni = nodes_[i];
        if (!ni.scored || ni.negzone || final_score(i) < 10 || i == best) continue;
        if (name_of(ni.node) != best_tag || attr(ni.node, "class") != best_cls) continue;
        bool overlap = false;
        for (int c : chosen)
          if (inside(i, c) || inside(c, i)) overlap = true;
        // close kin only: the chunk and the container meet at most three levels up
        int anc = nodes_[best].parent;
        for (int up = 1; up < 3 && anc >= 0 && !inside(i, anc); ++up) anc = nodes_[anc].parent;
        if (anc < 0 || !inside(i, anc)) continue;
        if (!overlap && !is_dropped(i)) chosen.push_back(i);
      }
      std::sort(chosen.begin(), chosen.end());
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

  // Captions and the byline often sit next to the body container (a lead photo, a byline
  // line under the headline): look one level up, or up to the enclosing <article>.
  void collect_around(const std::vector<int>& chosen) {
    if (chosen.empty()) return;
    int scope = nodes_[chosen[0]].parent;
    for (int a = scope, up = 0; a >= 0 && up < 3; a = nodes_[a].parent, ++up)
      if (name_of(nodes_[a].node) == "article") {
        scope = a;
        break;
      }
    if (scope < 0 || scope == body_ || nodes_[scope].parent < 0) return;
    std::vector<char> skip(nodes_.size(), 0);
    for (int c : chosen) skip[c] = 1;
    around(nodes_[scope].node, skip, 0);
  }

  void around(xmlNodePtr n, const std::vector<char>& skip, int depth) {
    if (depth > 32) return;
    for (xmlNodePtr c = n->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE || !c->_private) continue;
      int i = index_of(c);
      const NInfo& ni = nodes_[i];
      if (skip[i] || (ni.tflags & kDrop) || ni.negzone) continue;
      if (name_of(c) == "figcaption" || ((ni.hints & kCaption) && ni.text < 1000)) {
        add_caption(c);
        continue;
      }
      if ((ni.hints & kByline) && ni.text < 200 && ni.text > 0) {
        if (byline_.empty()) byline_ = html::node_text(c);
        continue;
      }
      around(c, skip, depth + 1);
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
      if (nm == "time" && ni.parent >= 0 &&
          !(nodes_[ni.parent].tflags & (kParaLike | kInline | kCell)))
        return;  // a date line, not a date inside a sentence
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
  bool relaxed_ = false;
  std::unordered_map<std::string_view, uint32_t> hint_cache_;  // views into the parsed doc
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
  std::string slim = html::strip_unread(html);
  htmlDocPtr doc = htmlReadMemory(slim.data(), static_cast<int>(slim.size()), nullptr, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                      HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_NODEFDTD);
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
