#include "io/record.h"

#include <simdjson.h>
#include <xxhash.h>

#include <cctype>
#include <cstdio>
#include <regex>

#include "io/decode.h"
#include "text/html_extract.h"

namespace casus::io {
namespace {

constexpr size_t kMaxDocumentBytes = 64u << 20;  // a larger document is refused, not loaded

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool iso_date_prefix(std::string_view v) {
  if (v.size() < 10 || !is_digit(v[0]) || !is_digit(v[1]) || !is_digit(v[2]) ||
      !is_digit(v[3]) || v[4] != '-' || !is_digit(v[5]) || !is_digit(v[6]) || v[7] != '-' ||
      !is_digit(v[8]) || !is_digit(v[9]))
    return false;
  int month = (v[5] - '0') * 10 + (v[6] - '0');
  int day = (v[8] - '0') * 10 + (v[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 &&
         (v.size() == 10 || v[10] == 'T' || v[10] == ' ');
}

int month_from_name(std::string name) {
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
  for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (name.size() < 3) return 0;
  for (int i = 0; i < 12; ++i)
    if (name.compare(0, 3, kMonths[i]) == 0) return i + 1;
  return 0;
}

// The value of "id" in a line that is not valid JSON, so its error line still carries it.
std::string salvage_id(std::string_view line) {
  static const std::regex kId(R"re("id"\s*:\s*(?:"((?:[^"\\]|\\.){1,200})"|(-?\d{1,20})))re");
  std::cmatch m;
  std::string_view head = line.substr(0, 1 << 16);
  if (std::regex_search(head.begin(), head.end(), m, kId))
    return m[1].matched ? m[1].str() : m[2].str();
  return {};
}

void fill_from_html(Document& doc, std::string_view html_utf8) {
  text::ExtractedPage page = text::extract_article(html_utf8);
  doc.text = std::move(page.body);
  doc.captions = std::move(page.captions);
  doc.byline = std::move(page.byline);
  // Record fields win over what the page says about itself.
  if (doc.title.empty()) doc.title = page.title;
  if (doc.published.empty()) doc.published = normalize_published(page.published);
  if (doc.outlet.empty()) doc.outlet = page.outlet;
  if (doc.url.empty()) doc.url = page.canonical_url;
  if (doc.language.empty()) doc.language = page.language;
  if (doc.text.find_first_not_of(" \n\t") == std::string::npos)
    doc.error = page.has_body_element ? "HTML page has no article text"
                                      : "HTML page has no body";
}

void note_replacements(Document& doc, const Decoded& d) {
  if (d.replaced_bytes)
    doc.warnings.push_back("replaced " + std::to_string(d.replaced_bytes) +
                           " invalid or unmappable byte(s) in " + d.charset +
                           " input with U+FFFD");
  if (!d.error.empty()) doc.warnings.push_back(d.error);
}

std::string json_string_field(simdjson::dom::element obj, const char* key, std::string* error) {
  auto field = obj[key];
  if (field.error()) return {};
  simdjson::dom::element v = field.value_unsafe();
  if (v.is_null()) return {};
  if (v.is_string()) return std::string(v.get_string().value_unsafe());
  if (v.is_int64()) return std::to_string(v.get_int64().value_unsafe());
  if (v.is_uint64()) return std::to_string(v.get_uint64().value_unsafe());
  if (error->empty()) *error = std::string("field \"") + key + "\" must be a string";
  return {};
}

void load_jsonl(const RawInput& input, Document& doc) {
  // Invalid UTF-8 inside a line would make the whole record unparseable; repair it first
  // and report, so one bad byte costs a warning, not the document.
  std::string line = input.payload;
  if (!is_valid_utf8(line)) {
    Decoded d = repair_utf8(line);
    note_replacements(doc, d);
    line = std::move(d.text);
  }
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  auto error = parser.parse(line).get(root);
  if (error) {
    doc.id = salvage_id(line);
    doc.error = std::string("invalid JSON on line ") + std::to_string(input.line_number) +
                " of " + input.source_path + ": " + simdjson::error_message(error);
    return;
  }
  if (!root.is_object()) {
    doc.error = "line " + std::to_string(input.line_number) + " of " + input.source_path +
                " is JSON but not an object";
    return;
  }
  std::string field_error;
  doc.id = json_string_field(root, "id", &field_error);
  doc.title = json_string_field(root, "title", &field_error);
  doc.outlet = json_string_field(root, "outlet", &field_error);
  doc.url = json_string_field(root, "url", &field_error);
  doc.language = json_string_field(root, "language", &field_error);
  std::string published = json_string_field(root, "published", &field_error);
  bool has_text = !root["text"].error() && !root["text"].is_null();
  bool has_html = !root["html"].error() && !root["html"].is_null();
  std::string text = json_string_field(root, "text", &field_error);
  std::string html = json_string_field(root, "html", &field_error);
  if (!field_error.empty()) {
    doc.error = field_error;
    return;
  }
  if (!published.empty()) {
    doc.published = normalize_published(published);
    if (doc.published.empty())
      doc.warnings.push_back("unrecognised published date '" + published + "' ignored");
  }
  if (has_text && has_html) {
    doc.error = "record has both \"text\" and \"html\"; exactly one is allowed";
  } else if (has_html) {
    doc.input_format = "html";
    fill_from_html(doc, html);
  } else if (has_text) {
    doc.text = normalize_newlines(text);
    if (doc.text.find_first_not_of(" \n\t") == std::string::npos) doc.error = "empty text";
  } else {
    doc.error = "record has neither \"text\" nor \"html\"";
  }
  if (doc.id.empty()) {
    doc.id = content_id(input.payload);
    doc.warnings.push_back("record has no \"id\"; using a content hash");
  }
}

}  // namespace

std::string content_id(std::string_view content) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "sha:%016llx",
                static_cast<unsigned long long>(XXH3_64bits(content.data(), content.size())));
  return buf;
}

std::string normalize_published(std::string_view value) {
  while (!value.empty() && std::isspace(static_cast<unsigned char>(value.front())))
    value.remove_prefix(1);
  while (!value.empty() && std::isspace(static_cast<unsigned char>(value.back())))
    value.remove_suffix(1);
  if (iso_date_prefix(value)) return std::string(value);
  std::string s(value);
  std::smatch m;
  char buf[32];
  // "July 10, 2021", "Jul. 10 2021"
  static const std::regex kMonthDayYear(R"(([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4}))");
  // "10 July 2021", "10 Jul. 2021"
  static const std::regex kDayMonthYear(R"((\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4}))");
  // "2021/07/10"
  static const std::regex kSlashed(R"((\d{4})/(\d{1,2})/(\d{1,2}))");
  int y = 0, mo = 0, d = 0;
  if (std::regex_search(s, m, kMonthDayYear)) {
    mo = month_from_name(m[1]); d = std::stoi(m[2]); y = std::stoi(m[3]);
  } else if (std::regex_search(s, m, kDayMonthYear)) {
    d = std::stoi(m[1]); mo = month_from_name(m[2]); y = std::stoi(m[3]);
  } else if (std::regex_search(s, m, kSlashed)) {
    y = std::stoi(m[1]); mo = std::stoi(m[2]); d = std::stoi(m[3]);
  }
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > 31) return {};
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
  return buf;
}

Document load_document(const RawInput& input, const LoadOptions& options) {
  Document doc;
  doc.source_path = input.source_path;
  doc.input_format = input.format == InputFormat::kJsonl  ? "jsonl"
                     : input.format == InputFormat::kHtml ? "html"
                                                          : "txt";
  if (input.format != InputFormat::kJsonl) doc.id = input.source_path;
  if (!input.error.empty()) {
    if (doc.id.empty()) doc.id = input.source_path + ":" + std::to_string(input.line_number);
    doc.error = input.error;
    return doc;
  }
  if (input.payload.size() > kMaxDocumentBytes) {
    doc.error = "document of " + std::to_string(input.payload.size() >> 20) +
                " MB exceeds the " + std::to_string(kMaxDocumentBytes >> 20) + " MB limit";
    if (input.format == InputFormat::kJsonl) doc.id = salvage_id(input.payload);
  } else if (input.format == InputFormat::kJsonl) {
    load_jsonl(input, doc);
  } else if (input.payload.find_first_not_of(" \n\r\t") == std::string::npos) {
    doc.error = "empty file";
  } else if (looks_binary(input.payload) &&
             sniff_html_charset(input.payload).rfind("utf-16", 0) != 0) {
    doc.error = "binary content, not text";
  } else if (input.format == InputFormat::kHtml) {
    Decoded d = decode_html(input.payload);
    note_replacements(doc, d);
    fill_from_html(doc, d.text);
  } else {
    Decoded d = repair_utf8(input.payload);
    note_replacements(doc, d);
    doc.text = normalize_newlines(d.text);
  }
  if (doc.id.empty())
    doc.id = input.source_path + ":" + std::to_string(input.line_number);
  if (doc.published.empty() && !options.default_published.empty())
    doc.published = options.default_published;
  if (doc.error) {
    doc.text.clear();
    doc.captions.clear();
  }
  return doc;
}

}  // namespace casus::io
