#include "text/html_meta.h"

#include <simdjson.h>

#include <array>
#include <vector>

#include "text/html_util.h"

namespace casus::text::html {

namespace {

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// What JSON-LD contributed (first article-like object wins; other objects fill gaps).
struct JsonLd {
  std::string published, outlet, headline, author;
  bool from_article = false;
};

bool type_is_article(simdjson::dom::element type) {
  auto check = [](std::string_view t) {
    return t.find("Article") != std::string_view::npos || t == "BlogPosting" ||
           t == "Report" || t == "LiveBlogPosting" || t == "ReportageNewsArticle" ||
           t == "Posting" || t == "SocialMediaPosting";
  };
  std::string_view s;
  if (type.get(s) == simdjson::SUCCESS) return check(s);
  simdjson::dom::array arr;
  if (type.get(arr) == simdjson::SUCCESS)
    for (auto e : arr)
      if (e.get(s) == simdjson::SUCCESS && check(s)) return true;
  return false;
}

std::string name_of_json(simdjson::dom::element e) {
  std::string_view s;
  if (e.get(s) == simdjson::SUCCESS) return std::string(s);
  simdjson::dom::object o;
  if (e.get(o) == simdjson::SUCCESS) {
    simdjson::dom::element n;
    if (o["name"].get(n) == simdjson::SUCCESS && n.get(s) == simdjson::SUCCESS)
      return std::string(s);
  }
  simdjson::dom::array a;
  if (e.get(a) == simdjson::SUCCESS) {
    std::string all;
    for (auto x : a) {
      std::string one = name_of_json(x);
      if (one.empty()) continue;
      if (!all.empty()) all += ", ";
      all += one;
    }
    return all;
  }
  return {};
}

void walk_jsonld(simdjson::dom::element el, JsonLd& out, int depth) {
  if (depth > 8) return;
  simdjson::dom::array arr;
  if (el.get(arr) == simdjson::SUCCESS) {
    for (auto e : arr) walk_jsonld(e, out, depth + 1);
    return;
  }
  simdjson::dom::object obj;
  if (el.get(obj) != simdjson::SUCCESS) return;
  simdjson::dom::element type, v;
  bool article = obj["@type"].get(type) == simdjson::SUCCESS && type_is_article(type);
  bool take = article && !out.from_article;
  auto fill = [&](const char* key, std::string& dst, bool name) {
    if (!(take || dst.empty())) return;
    if (obj[key].get(v) != simdjson::SUCCESS) return;
    std::string s = name ? name_of_json(v) : std::string();
    if (!name) {
      std::string_view sv;
      if (v.get(sv) == simdjson::SUCCESS) s = std::string(sv);
    }
    if (!s.empty()) dst = s;
  };
  if (article || obj["datePublished"].get(v) == simdjson::SUCCESS) {
    fill("datePublished", out.published, false);
  }
  if (article) {
    fill("headline", out.headline, false);
    fill("author", out.author, true);
    fill("publisher", out.outlet, true);
    out.from_article = true;
  }
  if (obj["@graph"].get(v) == simdjson::SUCCESS) walk_jsonld(v, out, depth + 1);
  if (obj["mainEntity"].get(v) == simdjson::SUCCESS) walk_jsonld(v, out, depth + 1);
}

void parse_jsonld(std::string_view raw, JsonLd& out) {
  size_t b = raw.find_first_of("{[");
  size_t e = raw.find_last_of("}]");
  if (b == std::string_view::npos || e == std::string_view::npos || e < b) return;
  std::string text(raw.substr(b, e - b + 1));
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(text).get(root) != simdjson::SUCCESS) {
    // Raw control characters inside strings are a common JSON-LD defect.
    for (char& c : text)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (parser.parse(text).get(root) != simdjson::SUCCESS) return;
  }
  walk_jsonld(root, out, 0);
}

}  // namespace

std::string normalize_date(std::string_view v) {
  size_t i = 0;
  while (i < v.size() && (v[i] == ' ' || v[i] == '\n' || v[i] == '\t')) ++i;
  v.remove_prefix(i);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\n' || v.back() == '\t')) v.remove_suffix(1);
  if (v.size() >= 10 && is_digit(v[0]) && is_digit(v[1]) && is_digit(v[2]) && is_digit(v[3]) &&
      (v[4] == '-' || v[4] == '/') && is_digit(v[5]) && is_digit(v[6]) && v[7] == v[4] &&
      is_digit(v[8]) && is_digit(v[9])) {
    std::string out(v);
    out[4] = '-';
    out[7] = '-';
    if (out.size() > 10 && out[10] == ' ') out[10] = 'T';
    // Only keep the date-time part (drop trailing garbage).
    size_t end = 10;
    while (end < out.size() && out[end] != ' ') ++end;
    return out.substr(0, end);
  }
  if (v.size() >= 8) {
    bool all = true;
    for (int k = 0; k < 8; ++k) all = all && is_digit(v[k]);
    if (all && (v.size() == 8 || !is_digit(v[8])) && (v[4] == '0' || v[4] == '1')) {
      std::string out;
      out.append(v.substr(0, 4)).append("-").append(v.substr(4, 2)).append("-").append(v.substr(6, 2));
      return out;
    }
  }
  return {};
}

std::string strip_site_suffix(std::string_view title_in, std::string_view outlet) {
  std::string title = collapse(title_in);
  static const std::array<std::string_view, 8> seps = {" | ", " - ", " – ", " — ", " :: ",
                                                       " · ", " » ", " « "};
  auto words = [](std::string_view s) {
    int n = 1;
    for (char c : s) n += c == ' ';
    return n;
  };
  std::string lo_outlet = to_lower_ascii(outlet);
  // Suffix.
  size_t best = std::string::npos, best_len = 0;
  for (auto sep : seps) {
    size_t p = title.rfind(sep);
    if (p != std::string::npos && p > 0 && (best == std::string::npos || p > best)) {
      best = p;
      best_len = sep.size();
    }
  }
  if (best != std::string::npos) {
    std::string_view head(title.data(), best);
    std::string_view tail(title.data() + best + best_len, title.size() - best - best_len);
    bool is_outlet = !lo_outlet.empty() && to_lower_ascii(tail) == lo_outlet;
    if (is_outlet || (words(tail) <= 5 && tail.size() <= 40 && head.size() > tail.size() &&
                      words(head) >= 3))
      return std::string(head);
  }
  // Prefix "Site | Title" only when it names the outlet.
  if (!lo_outlet.empty()) {
    for (auto sep : seps) {
      size_t p = title.find(sep);
      if (p != std::string::npos && to_lower_ascii(std::string_view(title).substr(0, p)) == lo_outlet)
        return title.substr(p + sep.size());
    }
  }
  return title;
}

void extract_metadata(xmlDocPtr doc, ExtractedPage& page) {
  xmlNodePtr root = xmlDocGetRootElement(doc);
  if (!root) return;
  std::string og_title, tw_title, title_el, h1, meta_date, item_date, time_date, og_site,
      canonical, og_url, lang, meta_lang, og_locale, meta_author, app_name;
  JsonLd ld;
  std::string_view lang_attr = attr(root, "lang");
  if (lang_attr.empty()) lang_attr = attr(root, "xml:lang");
  lang = collapse(lang_attr);

  // Iterative pre-order walk over elements.
  xmlNodePtr n = root;
  int steps = 0;
  while (n && steps++ < 2000000) {
    bool descend = true;
    if (n->type == XML_ELEMENT_NODE) {
      std::string_view nm = name_of(n);
      if (nm == "meta") {
        std::string_view content = attr(n, "content");
        std::string_view prop = attr(n, "property");
        std::string_view name = attr(n, "name");
        std::string_view ip = attr(n, "itemprop");
        std::string_view he = attr(n, "http-equiv");
        auto key_is = [&](std::string_view k) { return iequals(prop, k) || iequals(name, k); };
        if (!content.empty()) {
          if (key_is("og:title") && og_title.empty()) og_title = collapse(content);
          else if (key_is("twitter:title") && tw_title.empty()) tw_title = collapse(content);
          else if (key_is("og:site_name") && og_site.empty()) og_site = collapse(content);
          else if (key_is("og:url") && og_url.empty()) og_url = collapse(content);
          else if (key_is("og:locale") && og_locale.empty()) og_locale = collapse(content);
          else if (key_is("application-name") && app_name.empty()) app_name = collapse(content);
          else if ((key_is("author") || key_is("article:author") || key_is("byl")) &&
                   meta_author.empty() && content.find("://") == std::string_view::npos)
            meta_author = collapse(content);
          else if (iequals(he, "content-language") && meta_lang.empty())
            meta_lang = collapse(content);
          else if (meta_date.empty() &&
                   (key_is("article:published_time") || key_is("date") || key_is("pubdate") ||
                    key_is("publishdate") || key_is("publish-date") || key_is("publish_date") ||
                    key_is("dc.date") || key_is("dc.date.issued") || key_is("dcterms.date") ||
                    key_is("dcterms.created") || key_is("dc.date.created") ||
                    key_is("og:published_time") || key_is("article.published") ||
                    key_is("sailthru.date") || key_is("parsely-pub-date") ||
                    key_is("datepublished") || key_is("original-publish-date") ||
                    key_is("published_time") || key_is("article_date_original"))) {
            std::string d = normalize_date(content);
            if (!d.empty()) {
              // article:published_time outranks the others: remember it preferentially.
              meta_date = d;
            }
          }
          if (iequals(ip, "datePublished") && item_date.empty()) item_date = normalize_date(content);
        }
      } else if (nm == "link") {
        std::string_view rel = attr(n, "rel");
        if (iequals(rel, "canonical") && canonical.empty()) canonical = collapse(attr(n, "href"));
      } else if (nm == "title") {
        if (title_el.empty() && n->parent && name_of(n->parent) != "svg") title_el = node_text(n);
        descend = false;
      } else if (nm == "script") {
        std::string_view type = attr(n, "type");
        if (iequals(type, "application/ld+json")) {
          for (xmlNodePtr c = n->children; c; c = c->next)
            if (c->content) parse_jsonld(reinterpret_cast<const char*>(c->content), ld);
        }
        descend = false;
      } else if (nm == "style" || nm == "noscript" || nm == "template" || nm == "svg") {
        descend = false;
      } else {
        if (nm == "h1" && h1.empty()) h1 = node_text(n);
        if (nm == "time" && time_date.empty()) time_date = normalize_date(attr(n, "datetime"));
        std::string_view ip = attr(n, "itemprop");
        if (!ip.empty() && iequals(ip, "datePublished") && item_date.empty()) {
          std::string_view v = attr(n, "content");
          if (v.empty()) v = attr(n, "datetime");
          item_date = v.empty() ? normalize_date(node_text(n)) : normalize_date(v);
        }
      }
    }
    if (descend && n->children && n->type == XML_ELEMENT_NODE) {
      n = n->children;
      continue;
    }
    while (n && n != root && !n->next) n = n->parent;
    if (!n || n == root) break;
    n = n->next;
  }

  page.outlet = !og_site.empty() ? og_site : collapse(ld.outlet);
  if (page.outlet.empty()) page.outlet = app_name;
  std::string title;
  if (!og_title.empty()) title = og_title;
  else if (!tw_title.empty()) title = tw_title;
  else if (!title_el.empty()) title = title_el;
  else if (!ld.headline.empty()) title = collapse(ld.headline);
  else title = h1;
  page.title = nfc(strip_site_suffix(title, page.outlet));

  std::string ld_date = normalize_date(ld.published);
  if (!meta_date.empty()) page.published = meta_date;
  else if (!item_date.empty()) page.published = item_date;
  else if (!ld_date.empty()) page.published = ld_date;
  else page.published = time_date;

  page.canonical_url = !canonical.empty() ? canonical : og_url;
  std::string l = !lang.empty() ? lang : (!meta_lang.empty() ? meta_lang : og_locale);
  for (char& c : l)
    if (c == '_') c = '-';
  size_t comma = l.find(',');
  if (comma != std::string::npos) l = collapse(l.substr(0, comma));
  page.language = l;
  if (page.byline.empty()) page.byline = !meta_author.empty() ? meta_author : collapse(ld.author);
  page.outlet = nfc(page.outlet);
  page.byline = nfc(page.byline);
}

}  // namespace casus::text::html
