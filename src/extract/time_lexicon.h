// Word lists of the time-expression stage: month and weekday names, seasons, units, number
// words and ordinals. All lookups take lower-case ASCII words.
#pragma once
#include <string_view>

namespace casus::extract::time {

// 1..12, 0 if not a month name. `abbrev` is set for short forms ("Jan", "Sept").
int month_of(std::string_view w, bool* abbrev = nullptr);
// 1 = Monday ... 7 = Sunday, 0 if not a weekday name; `plural` for "Fridays".
int weekday_of(std::string_view w, bool* plural = nullptr);
// "SP", "SU", "FA", "WI" or nullptr.
const char* season_of(std::string_view w, bool* plural = nullptr);

enum class Unit : unsigned char {
  kNone, kSecond, kMinute, kHour, kDay, kWeek, kFortnight, kMonth, kQuarter, kYear, kDecade,
  kCentury, kMillennium
};
Unit unit_of(std::string_view w, bool* plural = nullptr);
// The TIMEX3 letter of a unit in a duration value ("Y", "M", "D", "H"...), `time` set for
// units written after "T".
char unit_letter(Unit u, bool* time);

// "one".."nineteen" -> 1..19, "twenty".."ninety" -> 20..90 (as *tens), -1 otherwise.
int small_number(std::string_view w);
int tens_number(std::string_view w);
// "first".."thirty-first" style single words: 1..31 ("first", "second", ..., "twentieth",
// "thirtieth"); -1 otherwise. Compound ordinals are assembled by the caller.
int ordinal_word(std::string_view w);

}  // namespace casus::extract::time
