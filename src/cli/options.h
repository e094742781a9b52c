// A small declarative option parser shared by every subcommand, so each command states its
// options once and gets uniform --help text and usage errors.
#pragma once
#include <string>
#include <vector>

#include "cli/command.h"

namespace casus::cli {

class Options {
 public:
  Options(std::string usage, std::string description)
      : usage_(std::move(usage)), description_(std::move(description)) {}

  // A flag without a value.
  Options& flag(std::string long_name, std::string short_name, bool* target, std::string help);
  // An option with a value; repeated options append when target is a vector.
  Options& value(std::string long_name, std::string short_name, std::string* target,
                 std::string metavar, std::string help);
  Options& values(std::string long_name, std::string short_name,
                  std::vector<std::string>* target, std::string metavar, std::string help);
  Options& integer(std::string long_name, std::string short_name, int* target,
                   std::string metavar, std::string help);

  // Parses args; returns false when --help was printed (the caller exits 0). Positional
  // arguments are collected in order; throws UsageError on unknown options or missing values.
  bool parse(const std::vector<std::string>& args, std::vector<std::string>* positional);

  std::string help_text() const;

 private:
  enum class Kind { kFlag, kValue, kValues, kInteger };
  struct Spec {
    std::string long_name, short_name, metavar, help;
    Kind kind;
    void* target;
  };
  const Spec* find(const std::string& name) const;

  std::string usage_, description_;
  std::vector<Spec> specs_;
};

}  // namespace casus::cli
