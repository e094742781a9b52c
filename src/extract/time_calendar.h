// Calendar arithmetic for the time-expression stage: proleptic Gregorian civil dates, ISO
// weeks, quarters, and the TIMEX3 value strings built from them.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace casus::extract::time {

struct Date {
  int y = 0, m = 1, d = 1;
  bool operator==(const Date&) const = default;
};

// Days since 1970-01-01 and back (Howard Hinnant's civil algorithms).
int64_t days_from_civil(int y, int m, int d);
Date civil_from_days(int64_t z);
inline int64_t to_days(const Date& x) { return days_from_civil(x.y, x.m, x.d); }

int days_in_month(int y, int m);
// 1 = Monday ... 7 = Sunday (ISO).
int weekday(const Date& x);
Date add_days(const Date& x, int64_t n);
Date add_months(const Date& x, int n);  // clamps the day to the month's length
// ISO 8601 week: the week's year (may differ from the calendar year) and number.
void iso_week(const Date& x, int& week_year, int& week);
// Monday of ISO week `w` of `week_year`.
Date iso_week_monday(int week_year, int w);
inline int quarter_of(int month) { return (month - 1) / 3 + 1; }
// Easter Sunday (Gregorian computus).
Date easter(int y);
// The n-th (1-based; n = -1: last) weekday `wd` (1..7) of month m of year y.
Date nth_weekday(int y, int m, int wd, int n);

// The n decimal digits of s at pos as a number; false when s has fewer or other characters.
bool read_digits(std::string_view s, size_t pos, size_t n, int& out);

// "YYYY-MM-DD" (or an ISO date-time, or "YYYY-MM-DD HH:MM...") to a Date; nullopt if unusable.
std::optional<Date> parse_dct(std::string_view published);

std::string fmt_year(int y);                 // "2021" (4 digits, also for years < 1000)
std::string fmt_month(int y, int m);         // "2021-07"
std::string fmt_day(const Date& x);          // "2021-07-10"
std::string fmt_week(int week_year, int w);  // "2021-W27"

}  // namespace casus::extract::time
