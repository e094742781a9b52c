// The CLI is a table of subcommands; each lives in its own cmd_*.cpp and registers itself
// with a static Registrar, so adding a command never edits a shared dispatch list.
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace casus::cli {

// Exit codes shared by every subcommand (CONTRACT.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitDocumentErrors = 3;

struct Command {
  std::string name;
  std::string summary;  // one line for `casus --help`
  std::function<int(const std::vector<std::string>& args)> run;  // args exclude the name
};

std::vector<Command>& registry();

struct Registrar {
  explicit Registrar(Command c) { registry().push_back(std::move(c)); }
};

// Thrown by option parsing; main prints it with the usage hint and exits kExitUsage.
struct UsageError {
  std::string message;
};

}  // namespace casus::cli
