#include "cli/options.h"

#include <charconv>
#include <cstdio>

namespace casus::cli {

Options& Options::flag(std::string l, std::string s, bool* t, std::string h) {
  specs_.push_back({std::move(l), std::move(s), "", std::move(h), Kind::kFlag, t});
  return *this;
}
Options& Options::value(std::string l, std::string s, std::string* t, std::string m,
                        std::string h) {
  specs_.push_back({std::move(l), std::move(s), std::move(m), std::move(h), Kind::kValue, t});
  return *this;
}
Options& Options::values(std::string l, std::string s, std::vector<std::string>* t,
                         std::string m, std::string h) {
  specs_.push_back({std::move(l), std::move(s), std::move(m), std::move(h), Kind::kValues, t});
  return *this;
}
Options& Options::integer(std::string l, std::string s, int* t, std::string m, std::string h) {
  specs_.push_back({std::move(l), std::move(s), std::move(m), std::move(h), Kind::kInteger, t});
  return *this;
}

const Options::Spec* Options::find(const std::string& name) const {
  for (const auto& s : specs_)
    if (name == "--" + s.long_name || (!s.short_name.empty() && name == "-" + s.short_name))
      return &s;
  return nullptr;
}

bool Options::parse(const std::vector<std::string>& args, std::vector<std::string>* positional) {
  bool only_positional = false;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string arg = args[i];
    if (only_positional || arg == "-" || arg.empty() || arg[0] != '-') {
      positional->push_back(arg);
      continue;
    }
    if (arg == "--") {
      only_positional = true;
      continue;
    }
    if (arg == "--help" || arg == "-h") {
      std::fputs(help_text().c_str(), stdout);
      return false;
    }
    std::string inline_value;
    bool has_inline = false;
    if (auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      inline_value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
      has_inline = true;
    }
    const Spec* spec = find(arg);
    if (!spec) throw UsageError{"unknown option '" + arg + "'"};
    if (spec->kind == Kind::kFlag) {
      if (has_inline) throw UsageError{"option '" + arg + "' takes no value"};
      *static_cast<bool*>(spec->target) = true;
      continue;
    }
    std::string v;
    if (has_inline) {
      v = inline_value;
    } else {
      if (i + 1 >= args.size()) throw UsageError{"option '" + arg + "' needs a value"};
      v = args[++i];
    }
    switch (spec->kind) {
      case Kind::kValue: *static_cast<std::string*>(spec->target) = v; break;
      case Kind::kValues: static_cast<std::vector<std::string>*>(spec->target)->push_back(v); break;
      case Kind::kInteger: {
        int n = 0;
        auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
        if (ec != std::errc() || p != v.data() + v.size())
          throw UsageError{"option '" + arg + "' needs a whole number, got '" + v + "'"};
        *static_cast<int*>(spec->target) = n;
        break;
      }
      case Kind::kFlag: break;
    }
  }
  return true;
}

std::string Options::help_text() const {
  std::string out = "usage: " + usage_ + "\n\n" + description_ + "\n\noptions:\n";
  for (const auto& s : specs_) {
    std::string left = "  ";
    if (!s.short_name.empty()) left += "-" + s.short_name + ", ";
    left += "--" + s.long_name;
    if (!s.metavar.empty()) left += " " + s.metavar;
    if (left.size() < 28) left.resize(28, ' ');
    else left += "\n" + std::string(28, ' ');
    out += left + s.help + "\n";
  }
  out += "  -h, --help                  show this help\n";
  return out;
}

}  // namespace casus::cli
