// Event dates as intervals of days, so that dates of different precision can be compared:
// "late last month" (2021-06, month precision) covers June 27; "2020" covers any day of it.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace casus::link {

struct DayInterval {
  int first = 0, last = 0;  // days since 1970-01-01, inclusive
  int days() const { return last - first + 1; }
  bool overlaps(const DayInterval& o) const { return first <= o.last && o.first <= last; }
};

// Reports of the same day-precise event differ by a day (time zones, overnight strikes,
// "yesterday" written before midnight): a day is read as itself plus a day either side.
inline constexpr int kDaySlack = 1;

// The days a TIMEX3-like value can mean: "2021-06-27", "2021-06", "2021-W26", "2021-Q2",
// "2021"; the precision ("day", "week", "month", ...) is taken from the value's form.
// nullopt for values that are not calendar dates (PAST_REF, durations) or are malformed.
std::optional<DayInterval> day_interval(std::string_view value);

// Days since the epoch of a "YYYY-MM-DD..." string's date part, nullopt when not a date.
std::optional<int> day_number(std::string_view iso_date);
std::string iso_date(int day_number);

}  // namespace casus::link
