// casus annotate: articles in, one annotated JSONL line per document out (CONTRACT.md).
#include <unistd.h>

#include <cstdio>
#include <stdexcept>

#include "cli/command.h"
#include "cli/options.h"
#include "cli/shared_options.h"
#include "io/json_writer.h"
#include "pipeline/runner.h"

namespace casus::cli {
namespace {

int run_annotate(const std::vector<std::string>& args) {
  std::string output;
  bool tokens = false;
  SharedOptions shared;
  Options opts("casus annotate [OPTIONS] [INPUT ...]",
               "Annotates news articles and writes one JSONL record per input document, in input\n"
               "order. INPUT: .jsonl, .txt, .html/.htm (optionally .gz) files or directories of\n"
               "them; none or '-' reads JSONL from stdin. Exit status: 0 when every document was\n"
               "processed, 3 when some carry an \"error\" (the run goes on), 2 on usage errors.");
  opts.value("output", "o", &output, "FILE", "write JSONL here (default: stdout)")
      .flag("tokens", "", &tokens, "include the token layer (tags, lemmas, dependency syntax)");
  shared.add_to(opts);
  std::vector<std::string> inputs;
  if (!opts.parse(args, &inputs)) return kExitOk;
  shared.validate();

  PipelineOptions pipeline_options = shared.pipeline_options();
  if (tokens && !pipeline_options.syntax)
    throw UsageError{"--tokens needs the tagger and parser; drop --no-syntax"};
  Pipeline pipeline(pipeline_options);
  io::InputStream stream(inputs);

  FILE* out = stdout;
  if (!output.empty() && output != "-") {
    out = std::fopen(output.c_str(), "wb");
    if (!out) throw std::runtime_error("cannot write " + output);
  }
  io::OutputOptions output_options;
  output_options.tokens = tokens;
  RunOptions run = shared.run_options();
  RunSummary summary = run_pipeline(
      stream, shared.load_options(), pipeline, run,
      [&](Document& doc, std::string& json) {
        io::write_json(doc, output_options, json);
        json.push_back('\n');
      },
      [&](Document& doc, std::string& json) {
        std::fwrite(json.data(), 1, json.size(), out);
        if (doc.error)
          std::fprintf(stderr, "casus annotate: %s: %s\n", doc.id.c_str(), doc.error->c_str());
      });
  bool write_failed = std::fflush(out) != 0 || std::ferror(out);
  if (out != stdout) write_failed = std::fclose(out) != 0 || write_failed;
  if (write_failed) throw std::runtime_error("writing the output failed");
  return summary.errors ? kExitDocumentErrors : kExitOk;
}

Registrar registrar({"annotate", "annotate articles, write JSONL (CONTRACT.md)", run_annotate});

}  // namespace
}  // namespace casus::cli
