#include "link/dates.h"

#include <chrono>
#include <cstdio>

namespace casus::link {
namespace {

using namespace std::chrono;

bool digits(std::string_view s, size_t pos, size_t n, int& out) {
  if (pos + n > s.size()) return false;
  out = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

int days_of(year_month_day ymd) { return static_cast<int>(sys_days(ymd).time_since_epoch().count()); }

}  // namespace

std::optional<int> day_number(std::string_view s) {
  int y, m, d;
  if (!digits(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, m) || s[7] != '-' ||
      !digits(s, 8, 2, d))
    return std::nullopt;
  year_month_day ymd{year(y), month(unsigned(m)), day(unsigned(d))};
  if (!ymd.ok()) return std::nullopt;
  return days_of(ymd);
}

std::string iso_date(int n) {
  year_month_day ymd{sys_days(days(n))};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                unsigned(ymd.day()));
  return buf;
}

std::optional<DayInterval> day_interval(std::string_view v) {
  int y;
  if (!digits(v, 0, 4, y)) return std::nullopt;
  if (v.size() == 4) return DayInterval{days_of(year(y) / January / 1), days_of(year(y) / December / 31)};
  if (v.size() < 6 || v[4] != '-') return std::nullopt;
  int n;
  if (v[5] == 'W' && digits(v, 6, 2, n) && n >= 1 && n <= 53) {
    // ISO week 1 is the week with the year's first Thursday.
    sys_days jan4 = sys_days(year(y) / January / 4);
    sys_days monday = jan4 - (weekday(jan4) - Monday);
    int first = static_cast<int>((monday + days(7 * (n - 1))).time_since_epoch().count());
    return DayInterval{first, first + 6};
  }
  if (v[5] == 'Q' && digits(v, 6, 1, n) && n >= 1 && n <= 4) {
    year_month_day start = year(y) / month(unsigned(3 * n - 2)) / 1;
    year_month_day_last end = year(y) / month(unsigned(3 * n)) / last;
    return DayInterval{days_of(start), days_of(year_month_day(end))};
  }
  if (!digits(v, 5, 2, n) || n < 1 || n > 12) return std::nullopt;
  if (v.size() == 7)
    return DayInterval{days_of(year(y) / month(unsigned(n)) / 1),
                       days_of(year_month_day(year(y) / month(unsigned(n)) / last))};
  std::optional<int> day = day_number(v);
  if (!day) return std::nullopt;
  return DayInterval{*day - kDaySlack, *day + kDaySlack};
}

}  // namespace casus::link
