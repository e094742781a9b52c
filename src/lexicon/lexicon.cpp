#include "lexicon/lexicon.h"

// Inlined: the matcher hashes every word of the text, and the library call costs as much as
// hashing a short word.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <thread>
#include <cctype>
#include <filesystem>
#include <mutex>
#include <stdexcept>

#include "io/input.h"
#include "lexicon/name_key.h"

namespace fs = std::filesystem;

namespace casus::lexicon {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string regular_singular(std::string_view w) {
  if (w.size() < 4 || w.back() != 's') return {};
  if (w.ends_with("ss") || w.ends_with("us") || w.ends_with("is")) return {};
  if (w.ends_with("ies"))
    return w.size() <= 4 ? std::string(w.substr(0, 3)) : std::string(w.substr(0, w.size() - 3)) + "y";
  for (std::string_view e : {"sses", "ches", "shes", "xes"})
    if (w.ends_with(e)) return std::string(w.substr(0, w.size() - 2));
  return std::string(w.substr(0, w.size() - 1));
}

namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    out.push_back(trim(s.substr(start, p == std::string_view::npos ? p : p - start)));
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return out;
}


bool is_date(std::string_view d) {
  // YYYY, YYYY-MM or YYYY-MM-DD
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i)
      if (i >= d.size() || !std::isdigit(static_cast<unsigned char>(d[i]))) return false;
    return true;
  };
  if (d.size() == 4) return digits(0, 4);
  if (d.size() == 7) return digits(0, 4) && d[4] == '-' && digits(5, 2);
  if (d.size() == 10) return digits(0, 4) && d[4] == '-' && digits(5, 2) && d[7] == '-' && digits(8, 2);
  return false;
}

bool has_upper(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_acronym(std::string_view s) {
  // "PMU", "ISIS", "U.S." — capitals (and dots) only, at most 6 letters.
  int letters = 0;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (c != '.' && c != '-' && c != '&') return false;
  }
  return letters >= 2 && letters <= 6;
}

// PETRARCH dates: yymmdd (two-digit years: 00-30 are 20xx) or yyyymmdd.
std::string petrarch_date(std::string_view d) {
  if (d.size() == 6) {
    int yy = (d[0] - '0') * 10 + (d[1] - '0');
    return std::string(yy <= 30 ? "20" : "19") + std::string(d.substr(0, 2)) + "-" +
           std::string(d.substr(2, 2)) + "-" + std::string(d.substr(4, 2));
  }
  if (d.size() == 8)
    return std::string(d.substr(0, 4)) + "-" + std::string(d.substr(4, 2)) + "-" +
           std::string(d.substr(6, 2));
  return {};
}

// "[AFGGOV 920628-960927]", "[AFGGOV >011222]", "[AFGELI <750101]", "[AFG]".
bool parse_petrarch_code(std::string_view s, DatedCode* out) {
  size_t open = s.find('['), close = s.find(']');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open)
    return false;
  // Dates may be written with spaces: "[HOBGOV 19950601 - 19990815]", "[HOB < 950601]":
  // a lone '<', '>' or '-' joins the words around it (never the code: "--- <950630").
  std::vector<std::string> parts;
  for (std::string_view word : split(trim(s.substr(open + 1, close - open - 1)), ' ')) {
    if (word.empty()) continue;
    bool joins_next = !parts.empty() && parts.size() > 1 &&
                      (parts.back() == "<" || parts.back() == ">" || parts.back().ends_with("-"));
    bool joins_previous = parts.size() > 1 && word == "-";
    if (joins_next || joins_previous) parts.back() += std::string(word);
    else parts.emplace_back(word);
  }
  if (parts.empty() || parts[0].empty()) return false;
  out->code = std::string(parts[0]);
  out->from.clear();
  out->to.clear();
  for (size_t i = 1; i < parts.size(); ++i) {
    std::string_view p = parts[i];
    if (p.empty()) continue;
    if (p[0] == '>') out->from = petrarch_date(p.substr(1));
    else if (p[0] == '<') out->to = petrarch_date(p.substr(1));
    else if (auto dash = p.find('-'); dash != std::string_view::npos) {
      out->from = petrarch_date(p.substr(0, dash));
      out->to = petrarch_date(p.substr(dash + 1));
    }
  }
  return true;
}

// "ABDUL_RASHID_DOSTUM_" -> "Abdul Rashid Dostum" (PETRARCH phrases are upper case with
// underscores for spaces; a trailing underscore only marks the end of the word).
std::string petrarch_phrase(std::string_view p) {
  std::string out;
  bool start = true;
  for (char c : p) {
    if (c == '_' || c == ' ') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      start = true;
      continue;
    }
    unsigned char u = static_cast<unsigned char>(c);
    out.push_back(start ? static_cast<char>(std::toupper(u)) : static_cast<char>(std::tolower(u)));
    start = false;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string strip_comment(std::string_view line) {
  size_t hash = line.find('#');
  return std::string(trim(hash == std::string_view::npos ? line : line.substr(0, hash)));
}

}  // namespace

std::string read_text(const std::string& path) {
  io::InputFormat format;
  bool gzip = false;
  io::format_from_path(path, &format, &gzip);
  if (path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0) gzip = true;
  std::string text;
  std::string error = io::read_file(path, gzip, &text);
  if (!error.empty()) throw std::runtime_error(error);
  return text;
}

uint64_t word_hash(std::string_view w) { return XXH3_64bits(w.data(), w.size()); }

void LooseHash::append(std::string_view s) {
  constexpr uint64_t kBase = 1099511628211ull;
  for (unsigned char c : s) {
    hash = hash * kBase + c + 1;
    power *= kBase;
  }
}

std::string Entry::code_on(std::string_view date) const {
  std::string undated;
  for (const auto& c : codes) {
    if (c.from.empty() && c.to.empty()) {
      if (undated.empty()) undated = c.code;
      continue;
    }
    if (date.empty()) continue;
    std::string_view d = date.substr(0, 10);
    // Compare as strings: ISO dates order lexicographically; a coarser bound (YYYY) covers
    // its whole period.
    bool after_start = c.from.empty() || d >= std::string_view(c.from).substr(0, d.size());
    bool before_end = c.to.empty() || d.substr(0, c.to.size()) <= c.to;
    if (after_start && before_end) return c.code;
  }
  return undated;
}

void FlatIndex::clear() {
  pending_.clear();
  candidates_.clear();
  table_.clear();
}

void FlatIndex::build(size_t per_key, Names names) {
  // The name index breaks ties: which of an entry's names is kept must not depend on the
  // rest of the lexicon.
  std::sort(pending_.begin(), pending_.end(), [](const Item& a, const Item& b) {
    if (a.key != b.key) return a.key < b.key;
    if (a.candidate.entry != b.candidate.entry) return a.candidate.entry < b.candidate.entry;
    if (a.candidate.kind != b.candidate.kind) return a.candidate.kind < b.candidate.kind;
    return a.candidate.name_index < b.candidate.name_index;
  });
  size_t keys = 0;
  for (size_t i = 0; i < pending_.size(); ++i) keys += i == 0 || pending_[i].key != pending_[i - 1].key;
  size_t size = 16;
  while (size < keys * 2) size <<= 1;
  table_.assign(size, Slot{});
  candidates_.clear();
  candidates_.reserve(pending_.size());
  for (size_t i = 0; i < pending_.size();) {
    size_t j = i;
    uint32_t offset = static_cast<uint32_t>(candidates_.size());
    while (j < pending_.size() && pending_[j].key == pending_[i].key) {
      const Candidate& c = pending_[j].candidate;
      bool duplicate = candidates_.size() > offset && candidates_.back().entry == c.entry &&
                       candidates_.back().kind == c.kind &&
                       (names == Names::kOne || candidates_.back().name_index == c.name_index);
      if (!duplicate && candidates_.size() - offset < per_key) candidates_.push_back(c);
      ++j;
    }
    size_t slot = pending_[i].key & (size - 1);
    while (table_[slot].count) slot = (slot + 1) & (size - 1);
    table_[slot] = {pending_[i].key, offset, static_cast<uint32_t>(candidates_.size() - offset)};
    i = j;
  }
  pending_.clear();
  pending_.shrink_to_fit();
}

Candidates FlatIndex::find(uint64_t key) const {
  if (table_.empty()) return {};
  size_t mask = table_.size() - 1;
  for (size_t slot = key & mask;; slot = (slot + 1) & mask) {
    const Slot& s = table_[slot];
    if (!s.count) return {};
    if (s.key == key) return {candidates_.data() + s.offset, candidates_.data() + s.offset + s.count};
  }
}

const Lexicon::SequenceFacts& Lexicon::remember(uint64_t sequence_hash, SequenceFacts& facts) const {
  facts.sequence_hash = sequence_hash;
  facts.generation = generation_;
  const uint64_t filter_word = sequence_filter_.word(sequence_hash);
  Candidates found = util::KeyFilter::holds(filter_word, sequence_hash, kNameKind)
                         ? exact_.find(sequence_hash)
                         : Candidates{};
  facts.first = found.first;
  facts.count = static_cast<uint32_t>(found.last - found.first);
  facts.may_continue = util::KeyFilter::holds(filter_word, sequence_hash, kPrefixKind);
  return facts;
}

Lexicon::Lexicon() = default;
Lexicon::~Lexicon() = default;

uint32_t Lexicon::add(Entry e) {
  if (!e.id.empty()) {
    auto it = by_id_.find(e.id);
    if (it != by_id_.end()) {
      // A later dictionary extends an entry of the same id (users add aliases and codes to
      // built-in actors this way).
      Entry& old = entries_[it->second];
      for (auto& a : e.aliases) old.aliases.push_back(std::move(a));
      for (auto& d : e.demonyms) old.demonyms.push_back(std::move(d));
      for (auto& c : e.codes) old.codes.push_back(std::move(c));
      for (auto& r : e.roles) old.roles.push_back(std::move(r));
      if (!e.name.empty() && old.name.empty()) old.name = e.name;
      if (e.has_coords()) old.lat = e.lat, old.lon = e.lon;
      return it->second;
    }
  }
  uint32_t index = static_cast<uint32_t>(entries_.size());
  if (!e.id.empty()) by_id_.emplace(e.id, index);
  entries_.push_back(std::move(e));
  return index;
}

const Entry* Lexicon::find_id(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &entries_[it->second];
}

void Lexicon::load(const std::string& kind, const std::string& path) {
  if (kind == "casus") load_casus_text(read_text(path), path);
  else if (kind == "petrarch-actors") load_petrarch_actors(read_text(path), path);
  else if (kind == "petrarch-agents") load_petrarch_agents(read_text(path));
  else if (kind == "petrarch-discards") load_petrarch_discards(read_text(path));
  else if (kind == "gazetteer") load_gazetteer(path);
  else throw std::runtime_error("unknown lexicon kind '" + kind + "'");
  finalized_ = false;
}

void Lexicon::load_casus_text(std::string_view text, const std::string& source) {
  Entry e;
  size_t line_no = 0, entry_line = 0;
  auto fail = [&](const std::string& msg) {
    throw std::runtime_error(source + ":" + std::to_string(line_no) + ": " + msg);
  };
  auto finish = [&] {
    if (e.id.empty() && e.name.empty() && e.aliases.empty()) return;
    if (e.id.empty()) {
      line_no = entry_line;
      fail("entry without id");
    }
    if (e.name.empty()) {
      line_no = entry_line;
      fail("entry '" + e.id + "' has no name");
    }
    e.source = source;
    add(std::move(e));
    e = Entry{};
  };
  for_each_line(text, [&](std::string_view line, size_t number) {
    line_no = number;
    std::string_view t = trim(line);
    if (t.empty()) {
      finish();
      return;
    }
    if (t[0] == '#') return;
    size_t colon = t.find(':');
    if (colon == std::string_view::npos) fail("expected 'field: value'");
    std::string_view field = trim(t.substr(0, colon));
    std::string value(trim(t.substr(colon + 1)));
    if (e.id.empty() && e.name.empty() && e.aliases.empty()) entry_line = line_no;
    if (field == "id") {
      if (!e.id.empty()) fail("second id in one entry (missing blank line?)");
      e.id = value;
    } else if (field == "type") {
      static const char* kTypes[] = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WEAPON", "MISC"};
      if (std::find(std::begin(kTypes), std::end(kTypes), value) == std::end(kTypes))
        fail("unknown type '" + value + "'");
      e.type = value;
    } else if (field == "name") {
      e.name = value;
    } else if (field == "alias") {
      if (!value.empty()) e.aliases.push_back(value);
    } else if (field == "demonym") {
      if (!value.empty()) e.demonyms.push_back(value);
    } else if (field == "code") {
      DatedCode c;
      auto parts = split(value, ' ');
      c.code = std::string(parts[0]);
      if (parts.size() > 1) {
        auto range = parts[1];
        size_t dots = range.find("..");
        if (dots == std::string_view::npos) fail("code dates must be FROM..TO");
        c.from = std::string(range.substr(0, dots));
        c.to = std::string(range.substr(dots + 2));
        if ((!c.from.empty() && !is_date(c.from)) || (!c.to.empty() && !is_date(c.to)))
          fail("bad date in code '" + value + "'");
      }
      e.codes.push_back(std::move(c));
    } else if (field == "role") {
      auto parts = split(value, '|');
      Role r;
      r.title = parts.size() > 0 ? std::string(parts[0]) : "";
      r.organisation = parts.size() > 1 ? std::string(parts[1]) : "";
      r.from = parts.size() > 2 ? std::string(parts[2]) : "";
      r.to = parts.size() > 3 ? std::string(parts[3]) : "";
      if ((!r.from.empty() && !is_date(r.from)) || (!r.to.empty() && !is_date(r.to)))
        fail("bad date in role '" + value + "'");
      e.roles.push_back(std::move(r));
    } else if (field == "country") {
      e.country = value;
    } else if (field == "parent") {
      e.parent = value;
    } else if (field == "capital") {
      e.capital = value;
    } else if (field == "feature") {
      e.feature = value;
    } else if (field == "note") {
      e.note = value;
    } else if (field == "coords") {
      auto parts = split(value, ',');
      try {
        if (parts.size() != 2) throw std::invalid_argument("");
        e.lat = std::stod(std::string(parts[0]));
        e.lon = std::stod(std::string(parts[1]));
      } catch (...) {
        fail("coords must be 'lat, lon'");
      }
      if (e.lat < -90 || e.lat > 90 || e.lon < -180 || e.lon > 180) fail("coords out of range");
    } else if (field == "population") {
      try {
        e.population = std::stoll(value);
      } catch (...) {
        fail("population must be a number");
      }
    }
    // Other fields are kept by reviewers' tools and ignored here.
  });
  finish();
}

void Lexicon::load_gazetteer(const std::string& path) {
  // countries.tsv beside the places maps their alpha-2 codes to the alpha-3 codes used
  // everywhere else (alpha2, alpha3, name).
  std::string countries = (fs::path(path).parent_path() / "countries.tsv").string();
  if (fs::exists(countries)) {
    for_each_line(read_text(countries), [&](std::string_view line) {
      auto f = split(line, '\t');
      if (f.size() >= 2 && f[0].size() == 2 && f[1].size() == 3) alpha3_[std::string(f[0])] = std::string(f[1]);
    });
  }
  std::string text = read_text(path);
  entries_.reserve(entries_.size() + std::count(text.begin(), text.end(), '\n'));
  bool header = true;
  for_each_line(text, [&](std::string_view line) {
    if (header) {
      header = false;
      return;
    }
    // id name ascii_name alt_names country admin1 lat lon population feature
    auto f = split(line, '\t');
    if (f.size() < 10) return;
    Entry e;
    e.id = std::string(f[0]);
    e.name = std::string(f[1]);
    if (!f[2].empty() && f[2] != f[1]) e.aliases.emplace_back(f[2]);
    if (!f[3].empty())
      for (auto a : split(f[3], '|'))
        if (!a.empty()) e.aliases.emplace_back(a);
    e.country = alpha3(f[4]);
    if (e.country.empty()) e.country = std::string(f[4]);
    e.admin1 = std::string(f[5]);
    auto number = [](std::string_view v, auto* out) {
      auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), *out);
      return ec == std::errc() && p == v.data() + v.size();
    };
    if (!number(f[6], &e.lat) || !number(f[7], &e.lon)) return;
    if (!f[8].empty() && !number(f[8], &e.population)) e.population = 0;
    e.feature = std::string(f[9]);
    e.type = "GPE";  // populated places and first-level regions alike
    e.from_gazetteer = true;
    e.source = path;
    // Gazetteer rows are not indexed by id (nothing refers to them by id, and 145,000 string
    // keys cost a third of the load); a place listed in a dictionary too keeps both entries
    // and the matcher prefers the dictionary's.
    entries_.push_back(std::move(e));
  });
  centre_regions();
  finalized_ = false;
}

void Lexicon::centre_regions() {
  // A first-level region's row carries its seat's coordinates; geoparsers and gazetteers
  // place a region at its middle. Take the middle of the region's places, between the 5th
  // and 95th percentiles so that a far-flung island does not drag it.
  std::unordered_map<std::string, std::vector<uint32_t>> places;  // "country/admin1"
  for (uint32_t i = 0; i < entries_.size(); ++i) {
    const Entry& e = entries_[i];
    if (e.from_gazetteer && e.feature.rfind("ADM", 0) != 0 && !e.admin1.empty())
      places[e.country + "/" + e.admin1].push_back(i);
  }
  for (auto& e : entries_) {
    if (!e.from_gazetteer || e.feature.rfind("ADM1", 0) != 0) continue;
    auto it = places.find(e.country + "/" + e.admin1);
    if (it == places.end() || it->second.size() < 3) continue;
    std::vector<double> lats, lons;
    for (uint32_t p : it->second) {
      lats.push_back(entries_[p].lat);
      lons.push_back(entries_[p].lon);
    }
    auto middle = [](std::vector<double>& v) {
      std::sort(v.begin(), v.end());
      size_t lo = v.size() / 20, hi = v.size() - 1 - v.size() / 20;
      return (v[lo] + v[hi]) / 2;
    };
    e.lat = middle(lats);
    e.lon = middle(lons);
  }
}

void Lexicon::load_petrarch_actors(std::string_view text, const std::string& source) {
  // Blocks: a phrase line, optionally with its code(s) in brackets; '+' lines add synonyms;
  // indented '[CODE dates]' lines add dated codes to the current actor.
  Entry current;
  bool open = false;
  size_t counter = entries_.size();
  auto finish = [&] {
    if (open && !current.name.empty()) {
      current.source = source;
      current.type = "MISC";  // PETRARCH actors carry codes, not entity types
      add(std::move(current));
    }
    current = Entry{};
    open = false;
  };
  bool in_xml_comment = false;
  for_each_line(text, [&](std::string_view raw) {
    std::string line = strip_comment(raw);
    if (in_xml_comment || line.rfind("<!--", 0) == 0) {
      in_xml_comment = line.find("-->") == std::string::npos;
      return;
    }
    if (line.empty()) return;
    if (line[0] == '[') {
      DatedCode c;
      if (open && parse_petrarch_code(line, &c) && c.code != "---") current.codes.push_back(c);
      return;
    }
    std::string phrase = line;
    DatedCode c;
    bool has_code = false;
    if (size_t b = line.find('['); b != std::string::npos) {
      has_code = parse_petrarch_code(line.substr(b), &c);
      phrase = std::string(trim(std::string_view(line).substr(0, b)));
    }
    if (phrase[0] == '+') {
      if (open) current.aliases.push_back(petrarch_phrase(phrase.substr(1)));
      return;
    }
    finish();
    open = true;
    current.name = petrarch_phrase(phrase);
    current.id = "petrarch:" + std::to_string(counter++);
    if (has_code && c.code != "---") current.codes.push_back(c);
  });
  finish();
}

void Lexicon::load_petrarch_agents(std::string_view text) {
  // "FOREIGN_MINISTER [~GOVFRM]", "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]"; lines
  // "!PERSON! = MAN, MEN" define substitution sets used inside other phrases.
  std::unordered_map<std::string, std::vector<std::string>> sets;
  for_each_line(text, [&](std::string_view raw) {
    std::string line = strip_comment(raw);
    if (line.empty() || line.rfind("<!--", 0) == 0) return;
    if (line[0] == '!' && line.find('=') != std::string::npos) {
      size_t eq = line.find('=');
      std::string name(trim(std::string_view(line).substr(0, eq)));
      for (auto v : split(std::string_view(line).substr(eq + 1), ',')) sets[name].emplace_back(v);
      return;
    }
    size_t b = line.find('[');
    if (b == std::string::npos) return;
    DatedCode c;
    if (!parse_petrarch_code(line.substr(b), &c)) return;
    std::string phrases(trim(std::string_view(line).substr(0, b)));
    std::vector<std::string> forms;
    size_t brace = phrases.find('{');
    forms.emplace_back(trim(std::string_view(phrases).substr(0, brace)));
    // "{}" nulls the regular plural; "{ATTORNEYS_GENERAL}" lists the irregular one instead.
    bool plural = brace == std::string::npos;
    if (brace != std::string::npos) {
      size_t close = phrases.find('}', brace);
      for (auto p : split(std::string_view(phrases).substr(brace + 1, close - brace - 1), ' '))
        if (!p.empty()) forms.emplace_back(p);
    }
    for (const auto& form : forms) {
      // Expand one substitution set ("CONGRESS!PERSON!" -> "CONGRESSMAN", ...).
      size_t bang = form.find('!');
      if (bang != std::string::npos) {
        size_t end = form.find('!', bang + 1);
        std::string set = form.substr(bang, end - bang + 1);
        for (const auto& v : sets[set])
          agents_.push_back({petrarch_phrase(form.substr(0, bang) + v + form.substr(end + 1)),
                             c.code, false});
      } else if (!form.empty()) {
        agents_.push_back({petrarch_phrase(form), c.code, plural});
      }
    }
  });
}

void Lexicon::load_petrarch_discards(std::string_view text) {
  for_each_line(text, [&](std::string_view raw) {
    std::string line = strip_comment(raw);
    if (!line.empty() && line.rfind("<!--", 0) != 0)
      discards_.push_back(line);  // a leading '+' marks a story-level discard
  });
}

void Lexicon::load_builtin(const std::string& data_dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& f : fs::directory_iterator(data_dir + "/lexicon", ec))
    if (f.path().extension() == ".lex") files.push_back(f.path().string());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) load("casus", f);
  // Generic role nouns ("troops" -> ~MIL) for composing actor codes; written in the PETRARCH
  // agent syntax so one reader serves both.
  std::string agents = data_dir + "/lexicon/agents.txt";
  if (fs::exists(agents)) load("petrarch-agents", agents);
  std::string gazetteer = data_dir + "/gazetteer/places.tsv.gz";
  if (fs::exists(gazetteer)) load_gazetteer(gazetteer);
}

std::string Lexicon::alpha3(std::string_view alpha2) const {
  auto it = alpha3_.find(std::string(alpha2));
  return it == alpha3_.end() ? std::string() : it->second;
}

// What indexing a range of entries produces; two ranges are indexed on two threads and
// merged.
struct Lexicon::IndexParts {
  std::vector<std::pair<uint64_t, Candidate>> exact, loose;
  std::string keys;
  std::vector<uint32_t> key_ends;  // end offset of each name's key in `keys`
  std::vector<uint64_t> prefixes;
  int max_words = 1;
};

void Lexicon::index_name(IndexParts& parts, uint32_t entry, std::string_view name,
                         NameKind kind) const {
  std::vector<std::string> words = name_words(name);
  if (words.empty()) return;
  uint64_t h = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    h = combine_word_hash(h, word_hash(words[i]));
    if (i + 1 < words.size()) parts.prefixes.push_back(h);
  }
  uint32_t name_index = static_cast<uint32_t>(parts.key_ends.size());  // local until merged
  for (size_t i = 0; i < words.size(); ++i) {
    if (i) parts.keys.push_back(' ');
    parts.keys += words[i];
  }
  parts.key_ends.push_back(static_cast<uint32_t>(parts.keys.size()));
  Candidate c{entry, kind, is_acronym(name), has_upper(name), entries_[entry].from_gazetteer, name_index};
  parts.exact.push_back({h, c});
  parts.max_words = std::max<int>(parts.max_words, static_cast<int>(words.size()));
  // A leading article is optional: "al-Hashd al-Shaabi" is also found as "Hashd al-Shaabi".
  if (words.size() > 1 && words[0] == "al") {
    uint64_t h2 = 0;
    for (size_t i = 1; i < words.size(); ++i) {
      h2 = combine_word_hash(h2, word_hash(words[i]));
      if (i + 1 < words.size()) parts.prefixes.push_back(h2);
    }
    parts.exact.push_back({h2, c});
  }
  // Loose candidates only for names long enough to verify (see verify_variant), and not
  // for gazetteer rows: their alternate names already list the spellings in use, and
  // their hundreds of thousands of names would flood every skeleton with candidates.
  if (!c.all_caps && !entries_[entry].from_gazetteer) {
    LooseHash lh;
    size_t letters = 0;
    for (const auto& w : words)
      if (!is_article(w)) lh.append(loose_word(w)), letters += w.size();
    if (letters >= 5) parts.loose.push_back({lh.hash, c});
  }
}

void Lexicon::index_entries(IndexParts& parts, uint32_t first, uint32_t last) const {
  for (uint32_t i = first; i < last; ++i) {
    const Entry& e = entries_[i];
    index_name(parts, i, e.name, NameKind::kName);
    for (const auto& a : e.aliases) index_name(parts, i, a, NameKind::kAlias);
    for (const auto& d : e.demonyms) index_name(parts, i, d, NameKind::kDemonym);
    if (e.type == "PERSON") {
      // The surname, usable in context only: "Kirby" after "John Kirby", "President Biden".
      auto words = name_words(e.name);
      if (words.size() >= 2 && words.back().size() >= 3) {
        // Keep the article with it: "al-Kadhimi".
        std::string last_word = words.back();
        bool article = words.size() >= 3 && words[words.size() - 2] == "al";
        index_name(parts, i, article ? "al-" + last_word : last_word, NameKind::kSurname);
        if (article) index_name(parts, i, last_word, NameKind::kSurname);
      }
    }
  }
}

void Lexicon::finalize() {
  if (finalized_) return;
  // Index the two halves of the entries on two threads; then merge, renumbering the second
  // half's names after the first's.
  IndexParts parts[2];
  uint32_t middle = static_cast<uint32_t>(entries_.size() / 2);
  std::thread second([&] { index_entries(parts[1], middle, static_cast<uint32_t>(entries_.size())); });
  index_entries(parts[0], 0, middle);
  second.join();

  exact_.clear();
  loose_.clear();
  name_keys_ = std::move(parts[0].keys);
  name_keys_ += parts[1].keys;
  name_key_offsets_.assign(1, 0);
  for (uint32_t end : parts[0].key_ends) name_key_offsets_.push_back(end);
  uint32_t shift = name_key_offsets_.back();
  for (uint32_t end : parts[1].key_ends) name_key_offsets_.push_back(end + shift);
  uint32_t renumber = static_cast<uint32_t>(parts[0].key_ends.size());
  max_words_ = std::max(parts[0].max_words, parts[1].max_words);
  for (int k = 0; k < 2; ++k) {
    for (auto [h, c] : parts[k].exact) {
      if (k) c.name_index += renumber;
      exact_.add(h, c);
    }
    for (auto [h, c] : parts[k].loose) {
      if (k) c.name_index += renumber;
      loose_.add(h, c);
    }
  }
  // 12 bits per prefix and per name: about 0.5 % false answers of either.
  sequence_filter_.reserve(parts[0].prefixes.size() + parts[1].prefixes.size() +
                               parts[0].exact.size() + parts[1].exact.size(),
                           12);
  for (const auto& part : parts) {
    for (uint64_t p : part.prefixes) sequence_filter_.add(p, kPrefixKind);
    for (const auto& [h, c] : part.exact) sequence_filter_.add(h, kNameKind);
  }
  // A loose key shared by very many names proposes nothing useful.
  std::thread loose_builder([&] { loose_.build(64, FlatIndex::Names::kEach); });
  exact_.build(256, FlatIndex::Names::kOne);
  loose_builder.join();
  static std::atomic<uint64_t> generations{0};
  generation_ = ++generations;
  finalized_ = true;
}

LexiconSpec parse_lexicon_spec(const std::string& spec) {
  size_t colon = spec.find(':');
  if (colon == std::string::npos || colon < 2) return {"casus", spec};
  return {spec.substr(0, colon), spec.substr(colon + 1)};
}

bool known_lexicon_kind(const std::string& kind) {
  return kind == "casus" || kind == "events" || kind == "petrarch-verbs" || kind == "petrarch-actors" ||
         kind == "petrarch-agents" || kind == "petrarch-discards" || kind == "gazetteer";
}

std::shared_ptr<const Lexicon> builtin_lexicon(const std::string& data_dir) {
  static std::mutex mutex;
  static std::unordered_map<std::string, std::shared_ptr<const Lexicon>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(data_dir);
  if (it != cache.end()) return it->second;
  auto lex = std::make_shared<Lexicon>();
  lex->load_builtin(data_dir);
  lex->finalize();
  cache.emplace(data_dir, lex);
  return lex;
}

}  // namespace casus::lexicon
