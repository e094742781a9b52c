#include "nlp/conllu.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace casus::nlp {

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> cols;
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    if (tab == std::string::npos) {
      cols.push_back(line.substr(start));
      return cols;
    }
    cols.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

bool all_digits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

std::vector<UdSentence> parse_stream(std::istream& in, const std::string& name) {
  std::vector<UdSentence> out;
  UdSentence cur;
  bool open = false;
  std::string line;
  size_t lineno = 0;
  auto finish = [&] {
    if (open) out.push_back(std::move(cur));
    cur = UdSentence{};
    open = false;
  };
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (lineno == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (line.find_first_not_of(" \t") == std::string::npos) {
      finish();
      continue;
    }
    open = true;
    cur.lines.push_back(line);
    if (line[0] == '#') continue;
    auto cols = split_tabs(line);
    if (cols.size() != 10)
      throw std::runtime_error(name + ":" + std::to_string(lineno) + ": expected 10 columns");
    if (!all_digits(cols[0])) continue;  // multiword range or empty node
    UdWord w;
    w.form = cols[1];
    w.lemma = cols[2];
    w.upos = cols[3];
    w.xpos = cols[4];
    w.feats = cols[5];
    w.head = all_digits(cols[6]) ? std::stoi(cols[6]) : -1;
    w.deprel = cols[7];
    w.misc = cols[9];
    if (std::stoul(cols[0]) != cur.words.size() + 1)
      throw std::runtime_error(name + ":" + std::to_string(lineno) + ": word IDs out of order");
    cur.words.push_back(std::move(w));
    cur.word_line.push_back(int(cur.lines.size()) - 1);
  }
  finish();
  return out;
}

}  // namespace

std::vector<UdSentence> read_conllu(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  return parse_stream(in, path);
}

std::vector<UdSentence> parse_conllu(const std::string& text, const std::string& name) {
  std::istringstream in(text);
  return parse_stream(in, name);
}

}  // namespace casus::nlp
