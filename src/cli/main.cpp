#include <algorithm>
#include <cstdio>
#include <exception>

#include "cli/command.h"

namespace casus::cli {
std::vector<Command>& registry() {
  static std::vector<Command> commands;
  return commands;
}
}  // namespace casus::cli

namespace {
void print_help() {
  auto commands = casus::cli::registry();
  std::sort(commands.begin(), commands.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  std::printf("casus: news articles to an annotated, linked event database\n\n"
              "usage: casus COMMAND [OPTIONS] ...\n\ncommands:\n");
  for (const auto& c : commands) std::printf("  %-10s %s\n", c.name.c_str(), c.summary.c_str());
  std::printf("\n`casus COMMAND --help` describes each command.\n");
}
}  // namespace

int main(int argc, char** argv) {
  using namespace casus::cli;
  if (argc < 2) {
    print_help();
    return kExitUsage;
  }
  std::string name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    print_help();
    return kExitOk;
  }
  if (name == "--version") {
    std::printf("casus 0.1.0\n");
    return kExitOk;
  }
  for (const auto& c : registry()) {
    if (c.name != name) continue;
    std::vector<std::string> args(argv + 2, argv + argc);
    try {
      return c.run(args);
    } catch (const UsageError& e) {
      std::fprintf(stderr, "casus %s: %s\n(see `casus %s --help`)\n", name.c_str(),
                   e.message.c_str(), name.c_str());
      return kExitUsage;
    } catch (const std::exception& e) {
      std::fprintf(stderr, "casus %s: %s\n", name.c_str(), e.what());
      return kExitFailure;
    }
  }
  std::fprintf(stderr, "casus: unknown command '%s' (see `casus --help`)\n", name.c_str());
  return kExitUsage;
}
