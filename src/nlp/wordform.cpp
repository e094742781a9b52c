#include "nlp/wordform.h"

namespace casus::nlp {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  return out;
}

std::string word_shape(std::string_view s) {
  std::string out;
  char last = 0;
  int run = 0;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char k;
    int n = 1;
    if (c >= 'A' && c <= 'Z') k = 'X';
    else if (c >= 'a' && c <= 'z') k = 'x';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (c >= 0x80) { k = 'u'; n = utf8_len(c); }
    else k = char(c);
    i += n;
    if (k == last) {
      if (++run > 3) continue;
    } else {
      run = 1;
      last = k;
    }
    out.push_back(k);
    if (out.size() > 12) break;
  }
  return out;
}

}  // namespace casus::nlp
