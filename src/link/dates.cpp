#include "link/dates.h"

#include "extract/time_calendar.h"

namespace casus::link {
namespace {

using extract::time::read_digits;

int day_of(int y, int m, int d) { return static_cast<int>(extract::time::days_from_civil(y, m, d)); }

}  // namespace

std::optional<int> day_number(std::string_view s) {
  int y, m, d;
  if (s.size() < 10 || s[4] != '-' || s[7] != '-' || !read_digits(s, 0, 4, y) ||
      !read_digits(s, 5, 2, m) || !read_digits(s, 8, 2, d))
    return std::nullopt;
  if (m < 1 || m > 12 || d < 1 || d > extract::time::days_in_month(y, m)) return std::nullopt;
  return day_of(y, m, d);
}

std::string iso_date(int n) { return extract::time::fmt_day(extract::time::civil_from_days(n)); }

std::optional<DayInterval> day_interval(std::string_view v) {
  int y;
  if (!read_digits(v, 0, 4, y)) return std::nullopt;
  if (v.size() == 4) return DayInterval{day_of(y, 1, 1), day_of(y, 12, 31)};
  if (v.size() < 6 || v[4] != '-') return std::nullopt;
  int n;
  if (v[5] == 'W' && read_digits(v, 6, 2, n) && n >= 1 && n <= 53) {
    int first = static_cast<int>(extract::time::to_days(extract::time::iso_week_monday(y, n)));
    return DayInterval{first, first + 6};
  }
  if (v[5] == 'Q' && read_digits(v, 6, 1, n) && n >= 1 && n <= 4)
    return DayInterval{day_of(y, 3 * n - 2, 1), day_of(y, 3 * n, extract::time::days_in_month(y, 3 * n))};
  if (!read_digits(v, 5, 2, n) || n < 1 || n > 12) return std::nullopt;
  if (v.size() == 7) return DayInterval{day_of(y, n, 1), day_of(y, n, extract::time::days_in_month(y, n))};
  std::optional<int> day = day_number(v);
  if (!day) return std::nullopt;
  return DayInterval{*day - kDaySlack, *day + kDaySlack};
}

}  // namespace casus::link
