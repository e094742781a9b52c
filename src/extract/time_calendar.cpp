#include "extract/time_calendar.h"

#include <cstdio>

namespace casus::extract::time {

int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = yoe + era * 400;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Date{static_cast<int>(y + (m <= 2)), m, d};
}

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2) return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
  return kDays[(m - 1) % 12];
}

int weekday(const Date& x) {
  const int64_t z = to_days(x);  // 1970-01-01 was a Thursday (4)
  int64_t w = (z + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

Date add_days(const Date& x, int64_t n) { return civil_from_days(to_days(x) + n); }

Date add_months(const Date& x, int n) {
  int total = x.y * 12 + (x.m - 1) + n;
  int y = total >= 0 ? total / 12 : -((-total + 11) / 12);
  int m = total - y * 12 + 1;
  int d = x.d;
  if (d > days_in_month(y, m)) d = days_in_month(y, m);
  return Date{y, m, d};
}

Date iso_week_monday(int week_year, int w) {
  // Week 1 contains January 4th.
  Date jan4{week_year, 1, 4};
  Date monday = add_days(jan4, 1 - weekday(jan4));
  return add_days(monday, 7 * (w - 1));
}

void iso_week(const Date& x, int& week_year, int& week) {
  Date thursday = add_days(x, 4 - weekday(x));
  week_year = thursday.y;
  const int64_t first = days_from_civil(week_year, 1, 1);
  week = static_cast<int>((to_days(thursday) - first) / 7 + 1);
}

Date easter(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
  int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return Date{y, month, day};
}

Date nth_weekday(int y, int m, int wd, int n) {
  if (n > 0) {
    Date first{y, m, 1};
    int delta = (wd - weekday(first) + 7) % 7;
    return add_days(first, delta + 7 * (n - 1));
  }
  Date last{y, m, days_in_month(y, m)};
  int delta = (weekday(last) - wd + 7) % 7;
  return add_days(last, -delta);
}

bool read_digits(std::string_view s, size_t pos, size_t n, int& out) {
  if (pos + n > s.size()) return false;
  out = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

std::optional<Date> parse_dct(std::string_view s) {
  auto digits = [&](size_t pos, size_t n, int& out) { return read_digits(s, pos, n, out); };
  Date d;
  if (!digits(0, 4, d.y)) return std::nullopt;
  if (s.size() >= 10 && s[4] == '-' && s[7] == '-' && digits(5, 2, d.m) && digits(8, 2, d.d)) {
    if (d.m < 1 || d.m > 12 || d.d < 1 || d.d > days_in_month(d.y, d.m)) return std::nullopt;
    return d;
  }
  if (s.size() >= 8 && digits(4, 2, d.m) && digits(6, 2, d.d)) {  // 20210710
    if (d.m < 1 || d.m > 12 || d.d < 1 || d.d > days_in_month(d.y, d.m)) return std::nullopt;
    return d;
  }
  return std::nullopt;
}

std::string fmt_year(int y) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}
std::string fmt_month(int y, int m) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}
std::string fmt_day(const Date& x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", x.y, x.m, x.d);
  return buf;
}
std::string fmt_week(int week_year, int w) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", week_year, w);
  return buf;
}

}  // namespace casus::extract::time
