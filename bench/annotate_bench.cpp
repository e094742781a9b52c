// Annotate throughput: documents/s and MB/s per core, peak memory.
//   annotate_bench [N=2000] [TEXT_BYTES=4000] [SYNTAX=1] [INPUT...]
// Without inputs the documents are N generated articles; with inputs (anything `casus
// annotate` reads) they are the inputs' documents, annotated once untimed first (ICU builds
// its tables for a script when it first meets a letter of it) and then timed.
// Each article continues with the paragraphs of further generated articles until its text is
// as close as a whole paragraph gets it to TEXT_BYTES (news length: about 4 KB of text, 730
// tokens; the five real seed articles average 3.6 KB; 0 keeps the generator's 1.3 KB);
// SYNTAX=1 runs every stage as `casus annotate` does by default (tagger, parser, events), 0 as
// with --no-syntax.
// Runs the same code path as `casus annotate` (load, pipeline, JSON) in-process and reports
// CPU time, so the figure excludes process start-up, file I/O and other jobs on the machine.
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "io/json_writer.h"
#include "io/record.h"
#include "pipeline/pipeline.h"
#include "stage_bench.h"
#include "util/synthetic_corpus.h"

int main(int argc, char** argv) {
  uint64_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 2000;
  const uint64_t text_bytes = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 4000;
  const bool syntax = argc > 3 ? std::atoi(argv[3]) != 0 : true;
  std::vector<casus::io::RawInput> inputs;
  uint64_t bytes = 0, text_total = 0;
  const bool real = argc > 4;
  if (real) {
    inputs = casus::bench::read_inputs(std::vector<std::string>(argv + 4, argv + argc));
    for (const auto& raw : inputs) {
      bytes += raw.payload.size();
      text_total += casus::io::load_document(raw, casus::io::LoadOptions{}).text.size();
    }
  }
  for (uint64_t i = 0; !real && i < n; ++i) {
    casus::SyntheticArticle article = casus::synthetic_article(i);
    // Whole articles would overshoot the length by 0.6 KB on average: paragraphs are added
    // while each brings the text closer to the target.
    bool closer = text_bytes > 0;
    for (uint64_t more = 1; closer; ++more) {
      const std::string next = casus::synthetic_article(i + more * n).text;
      for (size_t at = 0; at < next.size() && closer;) {
        size_t end = next.find("\n\n", at);
        end = end == std::string::npos ? next.size() : end + 2;
        const uint64_t now = article.text.size(), after = now + (end - at);
        const uint64_t gap_after = after > text_bytes ? after - text_bytes : text_bytes - after;
        closer = now < text_bytes && gap_after < text_bytes - now;
        if (closer) article.text.append(next, at, end - at);
        at = end;
      }
    }
    text_total += article.text.size();
    casus::io::RawInput in;
    in.payload = casus::synthetic_jsonl(article);
    in.source_path = "bench.jsonl";
    in.line_number = i + 1;
    bytes += in.payload.size();
    inputs.push_back(std::move(in));
  }
  casus::PipelineOptions options;
  options.syntax = syntax;
  casus::Pipeline pipeline(options);
  casus::io::OutputOptions output;
  uint64_t sentences = 0, tokens = 0, out_bytes = 0, events = 0;
  auto cpu_seconds = [] {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
  };
  n = inputs.size();
  std::string json;
  if (real)
    for (const auto& in : inputs) {
      casus::Document doc = casus::io::load_document(in, casus::io::LoadOptions{});
      pipeline.annotate(doc);
    }
  const double start = cpu_seconds();
  for (const auto& in : inputs) {
    casus::Document doc = casus::io::load_document(in, casus::io::LoadOptions{});
    pipeline.annotate(doc);
    json.clear();
    casus::io::write_json(doc, output, json);
    sentences += doc.sentences.size();
    tokens += doc.tokens.size();
    events += doc.events.size();
    out_bytes += json.size();
  }
  const double secs = cpu_seconds() - start;
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("annotate_bench: %llu documents (%.1f KB of text each, %.1f KB as JSONL, syntax %s), "
              "%.1f MB in, %llu sentences, %llu tokens, %llu events\n",
              static_cast<unsigned long long>(n), text_total / 1e3 / n, bytes / 1e3 / n,
              syntax ? "on" : "off", bytes / 1e6,
              static_cast<unsigned long long>(sentences), static_cast<unsigned long long>(tokens),
              static_cast<unsigned long long>(events));
  std::printf("annotate_bench: %.0f documents/s, %.2f MB/s, %.0f tokens/s on one core\n", n / secs,
              bytes / 1e6 / secs, tokens / secs);
  std::printf("annotate_bench: peak RSS %.1f MB (corpus held in memory: %.1f MB)\n",
              usage.ru_maxrss / 1024.0, bytes / 1e6);
  return 0;
}
