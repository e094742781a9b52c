#include "extract/event_patterns.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <stdexcept>

#include "lexicon/lexicon.h"
#include "text/unicode.h"
#include "util/data_dir.h"

namespace casus::extract {
namespace {

const std::unordered_set<std::string> kPloverTypes = {
    "AGREE",   "CONSULT", "SUPPORT", "CONCEDE",  "COOPERATE", "AID",      "RETREAT", "REQUEST",
    "ACCUSE",  "REJECT",  "THREATEN", "PROTEST", "SANCTION",  "MOBILIZE", "COERCE",  "ASSAULT"};

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::vector<std::string_view> fields_of(std::string_view line) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

std::string head_key(std::string_view lemma, TriggerPos pos) {
  std::string key(lemma);
  key += pos == TriggerPos::kVerb ? "/v" : pos == TriggerPos::kNoun ? "/n" : "/a";
  return key;
}

ArgumentSlot parse_slot(std::string_view s) {
  ArgumentSlot slot;
  if (s == "subj") slot.kind = ArgumentSlot::kSubject;
  else if (s == "agent") slot.kind = ArgumentSlot::kAgent;
  else if (s == "obj") slot.kind = ArgumentSlot::kObject;
  else if (s == "iobj") slot.kind = ArgumentSlot::kIndirectObject;
  else if (s == "poss") slot.kind = ArgumentSlot::kPossessor;
  else if (s == "mod") slot.kind = ArgumentSlot::kModifier;
  else if (s.substr(0, 5) == "prep:" && s.size() > 5) {
    slot.kind = ArgumentSlot::kPreposition;
    slot.preposition = text::ascii_lower(s.substr(5));
  } else {
    throw std::invalid_argument("unknown argument slot '" + std::string(s) + "'");
  }
  return slot;
}

}  // namespace

int EventPattern::specificity() const {
  int n = static_cast<int>(trigger.size()) - 1;
  if (!objects.empty()) n += 2;
  if (!preposition.empty()) n += 1;
  if (!prep_objects.empty()) n += 2;
  if (!complements.empty()) n += 2;
  n += 2 * static_cast<int>(phrase.size());
  if (reciprocal_subjects()) n += 1;  // holds only for coordinated subjects
  return n;
}

void EventPatterns::define_set(const std::string& name, std::unordered_set<std::string> words) {
  sets_[name] = std::move(words);
}

const std::unordered_set<std::string>& EventPatterns::set(std::string_view name) const {
  static const std::unordered_set<std::string> kEmpty;
  auto it = sets_.find(std::string(name));
  return it == sets_.end() ? kEmpty : it->second;
}

bool EventPatterns::in_set(std::string_view name, std::string_view lemma) const {
  const auto& words = set(name);
  return words.count(std::string(lemma)) > 0;
}

namespace {
bool same_slots(const std::vector<ArgumentSlot>& a, const std::vector<ArgumentSlot>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].kind != b[i].kind || a[i].preposition != b[i].preposition) return false;
  return true;
}

// Two patterns with the same trigger, constraints and sides describe the same frame.
bool same_frame(const EventPattern& a, const EventPattern& b) {
  return a.trigger == b.trigger && a.pos == b.pos && a.objects == b.objects &&
         a.preposition == b.preposition && a.prep_objects == b.prep_objects &&
         a.complements == b.complements && a.phrase == b.phrase && a.negative == b.negative &&
         same_slots(a.actor_slots, b.actor_slots) && same_slots(a.recipient_slots, b.recipient_slots);
}
}  // namespace

void EventPatterns::add(EventPattern pattern) {
  if (pattern.trigger.empty()) return;
  auto owned = std::make_shared<const EventPattern>(std::move(pattern));
  auto& same_head = by_head_[head_key(owned->head(), owned->pos)];
  // A later dictionary (a user's --lexicon events:FILE) overrides a pattern for the same frame.
  for (const EventPattern*& existing : same_head) {
    if (same_frame(*existing, *owned)) {
      existing = owned.get();
      patterns_.push_back(std::move(owned));
      return;
    }
  }
  same_head.push_back(owned.get());
  patterns_.push_back(std::move(owned));
}

const std::vector<const EventPattern*>& EventPatterns::candidates(std::string_view lemma,
                                                                 TriggerPos pos) const {
  static const std::vector<const EventPattern*> kNone;
  auto it = by_head_.find(head_key(lemma, pos));
  return it == by_head_.end() ? kNone : it->second;
}

void EventPatterns::load(const std::string& path) { load_text(lexicon::read_text(path), path); }

void EventPatterns::load_text(std::string_view text, const std::string& source) {
  lexicon::for_each_line(text, [&](std::string_view line, size_t line_no) {
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    std::vector<std::string_view> fields = fields_of(line);
    if (fields.empty()) return;
    const std::string where = source + ":" + std::to_string(line_no);
    auto fail = [&](const std::string& why) { throw std::runtime_error(where + ": " + why); };
    // Word lists in values: '|'-separated, '@NAME' expands a set defined earlier.
    auto words_of = [&](std::string_view value) {
      std::vector<std::string> words;
      for (std::string_view w : split(value, '|')) {
        if (w[0] == '@') {
          auto it = sets_.find(std::string(w.substr(1)));
          if (it == sets_.end()) fail("set " + std::string(w) + " used before its definition");
          words.insert(words.end(), it->second.begin(), it->second.end());
        } else {
          words.push_back(text::ascii_lower(w));
        }
      }
      std::sort(words.begin(), words.end());
      return words;
    };
    if (fields[0][0] == '@') {  // @NAME = a|b|c
      if (fields.size() != 3 || fields[1] != "=") fail("a set is written @NAME = word|word");
      std::vector<std::string> words = words_of(fields[2]);
      sets_[std::string(fields[0].substr(1))] =
          std::unordered_set<std::string>(words.begin(), words.end());
      return;
    }
    if (fields.size() < 3) fail("a pattern is TRIGGER TYPE[/MODE] CAMEO [key=value ...]");
    EventPattern p;
    p.source = std::filesystem::path(source).filename().string() + ":" + std::to_string(line_no);
    std::string_view trigger = fields[0];
    size_t dot = trigger.rfind('.');
    if (dot == std::string_view::npos || dot + 2 != trigger.size())
      fail("trigger '" + std::string(trigger) + "' needs a part of speech: .v, .n or .a");
    switch (trigger[dot + 1]) {
      case 'v': p.pos = TriggerPos::kVerb; break;
      case 'n': p.pos = TriggerPos::kNoun; break;
      case 'a': p.pos = TriggerPos::kAdjective; break;
      default: fail("unknown part of speech in '" + std::string(trigger) + "'");
    }
    for (std::string_view w : split(trigger.substr(0, dot), '_')) p.trigger.push_back(text::ascii_lower(w));
    if (p.trigger.empty()) fail("empty trigger");
    std::string_view type = fields[1];
    if (size_t slash = type.find('/'); slash != std::string_view::npos) {
      p.mode = std::string(type.substr(slash + 1));
      type = type.substr(0, slash);
    }
    p.type = std::string(type);
    if (!kPloverTypes.count(p.type)) fail("unknown PLOVER type '" + p.type + "'");
    p.cameo = std::string(fields[2]);
    for (size_t i = 3; i < fields.size(); ++i) {
      std::string_view f = fields[i];
      size_t eq = f.find('=');
      if (eq == std::string_view::npos || eq + 1 == f.size()) {
        if (f == "negative") {
          p.negative = true;
          continue;
        }
        fail("expected key=value, got '" + std::string(f) + "'");
      }
      std::string_view key = f.substr(0, eq), value = f.substr(eq + 1);
      try {
        if (key == "obj") p.objects = words_of(value);
        else if (key == "prep") p.preposition = text::ascii_lower(value);
        else if (key == "pobj") p.prep_objects = words_of(value);
        else if (key == "xcomp") p.complements = words_of(value);
        else if (key == "context") p.context = std::string(value);
        else if (key == "actor" || key == "recipient") {
          auto& slots = key == "actor" ? p.actor_slots : p.recipient_slots;
          for (std::string_view s : split(value, '|')) slots.push_back(parse_slot(s));
        } else {
          fail("unknown key '" + std::string(key) + "'");
        }
      } catch (const std::invalid_argument& e) {
        fail(e.what());
      }
    }
    std::string mapped = plover_type_of_cameo(p.cameo);
    if (!mapped.empty() && mapped != p.type)
      fail("CAMEO " + p.cameo + " is " + mapped + " in the CAMEO-to-PLOVER table, not " + p.type);
    add(std::move(p));
  });
}

std::shared_ptr<const EventPatterns> EventPatterns::builtin(const std::string& data_dir) {
  static std::mutex mutex;
  static std::unordered_map<std::string, std::shared_ptr<const EventPatterns>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(data_dir);
  if (it != cache.end()) return it->second;
  auto patterns = std::make_shared<EventPatterns>();
  // Sets are shared across files, so files load in name order and modality.events (which
  // defines the reserved sets) is read first.
  std::vector<std::string> files;
  const std::filesystem::path dir = std::filesystem::path(data_dir) / "events";
  if (std::filesystem::is_directory(dir))
    for (const auto& entry : std::filesystem::directory_iterator(dir))
      if (entry.path().extension() == ".events") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end(), [](const std::string& a, const std::string& b) {
    bool ma = a.ends_with("/modality.events"), mb = b.ends_with("/modality.events");
    return ma != mb ? ma : a < b;
  });
  for (const std::string& f : files) patterns->load(f);
  cache.emplace(data_dir, patterns);
  return patterns;
}

namespace {

// cameo -> PLOVER type, from data/events/cameo_plover.tsv (cameo, type, mode, context).
const std::unordered_map<std::string, std::string>& cameo_plover_table() {
  static const std::unordered_map<std::string, std::string> table = [] {
    std::unordered_map<std::string, std::string> t;
    std::ifstream in(data_dir() + "/events/cameo_plover.tsv");
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string_view> cols = split(line, '\t');
      if (cols.size() >= 2) t.emplace(std::string(cols[0]), std::string(cols[1]));
    }
    return t;
  }();
  return table;
}

}  // namespace

std::string plover_type_of_cameo(std::string_view cameo) {
  const auto& table = cameo_plover_table();
  // A code the table lacks takes the type of its closest listed parent ("0874" -> "087").
  for (std::string code(cameo); code.size() >= 2; code.pop_back()) {
    auto it = table.find(code);
    if (it != table.end()) return it->second;
  }
  return "";
}

}  // namespace casus::extract
