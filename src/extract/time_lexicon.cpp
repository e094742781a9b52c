#include "extract/time_lexicon.h"

#include <array>

namespace casus::extract::time {
namespace {
struct Entry {
  std::string_view word;
  int value;
};

template <size_t N>
int lookup(const std::array<Entry, N>& table, std::string_view w) {
  for (const auto& e : table)
    if (e.word == w) return e.value;
  return -1;
}
}  // namespace

int month_of(std::string_view w, bool* abbrev) {
  static constexpr std::array<Entry, 12> kFull{{{"january", 1}, {"february", 2}, {"march", 3},
                                                {"april", 4}, {"may", 5}, {"june", 6},
                                                {"july", 7}, {"august", 8}, {"september", 9},
                                                {"october", 10}, {"november", 11},
                                                {"december", 12}}};
  static constexpr std::array<Entry, 13> kShort{{{"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4},
                                                 {"jun", 6}, {"jul", 7}, {"aug", 8}, {"sep", 9},
                                                 {"sept", 9}, {"oct", 10}, {"nov", 11},
                                                 {"dec", 12}, {"febr", 2}}};
  if (w.size() < 3 || w.size() > 9) return 0;
  int v = lookup(kFull, w);
  if (v > 0) {
    if (abbrev) *abbrev = false;
    return v;
  }
  v = lookup(kShort, w);
  if (v > 0) {
    if (abbrev) *abbrev = true;
    return v;
  }
  return 0;
}

int weekday_of(std::string_view w, bool* plural) {
  static constexpr std::array<Entry, 7> kDays{{{"monday", 1}, {"tuesday", 2}, {"wednesday", 3},
                                               {"thursday", 4}, {"friday", 5}, {"saturday", 6},
                                               {"sunday", 7}}};
  if (w.size() < 6 || w.size() > 10) return 0;
  bool pl = false;
  if (w.back() == 's') {
    pl = true;
    w.remove_suffix(1);
  }
  int v = lookup(kDays, w);
  if (v < 0) return 0;
  if (plural) *plural = pl;
  return v;
}

const char* season_of(std::string_view w, bool* plural) {
  bool pl = false;
  if (w.size() > 4 && w.back() == 's') {
    pl = true;
    w.remove_suffix(1);
  }
  if (plural) *plural = pl;
  if (w == "spring") return "SP";
  if (w == "summer") return "SU";
  if (w == "fall" || w == "autumn") return "FA";
  if (w == "winter") return "WI";
  return nullptr;
}

Unit unit_of(std::string_view w, bool* plural) {
  struct U {
    std::string_view s;
    Unit u;
  };
  static constexpr std::array<U, 13> kSingular{{{"second", Unit::kSecond},
                                                {"minute", Unit::kMinute},
                                                {"hour", Unit::kHour},
                                                {"day", Unit::kDay},
                                                {"week", Unit::kWeek},
                                                {"fortnight", Unit::kFortnight},
                                                {"month", Unit::kMonth},
                                                {"quarter", Unit::kQuarter},
                                                {"year", Unit::kYear},
                                                {"decade", Unit::kDecade},
                                                {"century", Unit::kCentury},
                                                {"millennium", Unit::kMillennium},
                                                {"yr", Unit::kYear}}};
  bool pl = false;
  if (w == "centuries") {
    if (plural) *plural = true;
    return Unit::kCentury;
  }
  if (w == "millennia") {
    if (plural) *plural = true;
    return Unit::kMillennium;
  }
  if (w.size() > 2 && w.back() == 's') {
    pl = true;
    w.remove_suffix(1);
  }
  for (const auto& e : kSingular)
    if (e.s == w) {
      if (plural) *plural = pl;
      return e.u;
    }
  return Unit::kNone;
}

char unit_letter(Unit u, bool* time) {
  *time = false;
  switch (u) {
    case Unit::kSecond: *time = true; return 'S';
    case Unit::kMinute: *time = true; return 'M';
    case Unit::kHour: *time = true; return 'H';
    case Unit::kDay: return 'D';
    case Unit::kWeek: case Unit::kFortnight: return 'W';
    case Unit::kMonth: case Unit::kQuarter: return 'M';
    case Unit::kYear: case Unit::kDecade: case Unit::kCentury: case Unit::kMillennium: return 'Y';
    default: return 'X';
  }
}

int small_number(std::string_view w) {
  static constexpr std::array<Entry, 19> kSmall{{{"one", 1}, {"two", 2}, {"three", 3},
                                                 {"four", 4}, {"five", 5}, {"six", 6},
                                                 {"seven", 7}, {"eight", 8}, {"nine", 9},
                                                 {"ten", 10}, {"eleven", 11}, {"twelve", 12},
                                                 {"thirteen", 13}, {"fourteen", 14},
                                                 {"fifteen", 15}, {"sixteen", 16},
                                                 {"seventeen", 17}, {"eighteen", 18},
                                                 {"nineteen", 19}}};
  if (w.size() < 3 || w.size() > 9) return -1;
  return lookup(kSmall, w);
}

int tens_number(std::string_view w) {
  static constexpr std::array<Entry, 8> kTens{{{"twenty", 20}, {"thirty", 30}, {"forty", 40},
                                               {"fifty", 50}, {"sixty", 60}, {"seventy", 70},
                                               {"eighty", 80}, {"ninety", 90}}};
  if (w.size() < 5 || w.size() > 7) return -1;
  return lookup(kTens, w);
}

int ordinal_word(std::string_view w) {
  static constexpr std::array<Entry, 21> kOrd{{{"first", 1}, {"second", 2}, {"third", 3},
                                               {"fourth", 4}, {"fifth", 5}, {"sixth", 6},
                                               {"seventh", 7}, {"eighth", 8}, {"ninth", 9},
                                               {"tenth", 10}, {"eleventh", 11},
                                               {"twelfth", 12}, {"thirteenth", 13},
                                               {"fourteenth", 14}, {"fifteenth", 15},
                                               {"sixteenth", 16}, {"seventeenth", 17},
                                               {"eighteenth", 18}, {"nineteenth", 19},
                                               {"twentieth", 20}, {"thirtieth", 30}}};
  if (w.size() < 5 || w.size() > 11) return -1;
  return lookup(kOrd, w);
}

}  // namespace casus::extract::time
