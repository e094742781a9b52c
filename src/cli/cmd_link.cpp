// casus link: the cross-document view of annotate output (CONTRACT.md "Other commands").
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>

#include "cli/command.h"
#include "cli/options.h"
#include "link/linker.h"

namespace casus::cli {
namespace {

int run_link(const std::vector<std::string>& args) {
  std::string output;
  bool quiet = false;
  Options opts("casus link [-o FILE] ANNOTATED.jsonl ...",
               "Reads `casus annotate` output (one document per line; `-` or nothing: stdin) and\n"
               "writes the cross-document view as JSONL, one record per line: duplicate (copies\n"
               "and partial copies, with the shared passages), story, event (one per real event,\n"
               "with every mention), quote (one per statement) and dispute (figures that\n"
               "disagree). Documents are linked in input order; a line that is not a usable\n"
               "document is reported on stderr and skipped (exit status 3).");
  opts.value("output", "o", &output, "FILE", "JSONL out (default stdout)")
      .flag("quiet", "q", &quiet, "no summary on stderr");
  std::vector<std::string> inputs;
  if (!opts.parse(args, &inputs)) return kExitOk;
  if (inputs.empty()) inputs.push_back("-");

  link::MemoryLinkIndex index;
  link::Linker linker(index);
  int64_t errors = 0;
  for (const std::string& path : inputs) {
    std::ifstream file;
    if (path != "-") {
      file.open(path, std::ios::binary);
      if (!file) throw std::runtime_error("cannot read " + path);
    }
    std::istream& in = path == "-" ? std::cin : file;
    std::string line;
    for (int64_t number = 1; std::getline(in, line); ++number) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      link::LinkDocument doc;
      if (auto error = link::parse_annotated(line, doc)) {
        std::fprintf(stderr, "casus link: %s:%lld%s%s: %s\n", path.c_str(),
                     static_cast<long long>(number), doc.id.empty() ? "" : " ", doc.id.c_str(),
                     error->c_str());
        ++errors;
        continue;
      }
      linker.add(std::move(doc));
    }
  }

  std::FILE* out = stdout;
  if (!output.empty() && !(out = std::fopen(output.c_str(), "wb")))
    throw std::runtime_error("cannot write " + output);
  std::vector<link::LinkRecord> records = linker.records();
  std::map<std::string, int> kinds;
  for (link::LinkRecord& r : records) {
    r.json.push_back('\n');
    std::fwrite(r.json.data(), 1, r.json.size(), out);
    ++kinds[r.kind];
  }
  bool write_failed = std::ferror(out) != 0;
  if (out != stdout) write_failed = std::fclose(out) != 0 || write_failed;
  else std::fflush(stdout);
  if (write_failed) throw std::runtime_error("cannot write " + (output.empty() ? "stdout" : output));
  if (!quiet) {
    std::fprintf(stderr, "casus link: %zu documents:", linker.documents());
    for (auto [kind, n] : kinds) std::fprintf(stderr, " %d %s", n, kind.c_str());
    std::fprintf(stderr, "%s, %lld errors\n", kinds.empty() ? " no links" : "", static_cast<long long>(errors));
  }
  return errors ? kExitDocumentErrors : kExitOk;
}

Registrar registrar({"link", "link annotated articles: copies, stories, events, quotes, disputes",
                     run_link});

}  // namespace
}  // namespace casus::cli
