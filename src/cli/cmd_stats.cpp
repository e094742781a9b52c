// casus stats: a summary of what a database holds.
#include <cstdio>
#include <filesystem>

#include "cli/command.h"
#include "cli/options.h"
#include "io/json_builder.h"
#include "store/store.h"

namespace casus::cli {
namespace {

int run_stats(const std::vector<std::string>& args) {
  std::string db_path;
  bool json = false;
  Options opts("casus stats --db FILE [--json]", "Summarises the contents of a casus database.");
  opts.value("db", "", &db_path, "FILE", "the database (required)")
      .flag("json", "", &json, "print one JSON object instead of a table");
  std::vector<std::string> rest;
  if (!opts.parse(args, &rest)) return kExitOk;
  if (db_path.empty()) throw UsageError{"--db FILE is required"};
  if (!rest.empty()) throw UsageError{"unexpected argument '" + rest[0] + "'"};
  if (!std::filesystem::exists(db_path)) throw std::runtime_error("no database at " + db_path);
  store::Store db(db_path);
  store::Stats s = db.stats();
  if (json) {
    std::string out;
    io::JsonBuilder w(out);
    auto object = [&](const char* name, const auto& pairs) {
      w.key(name).begin_object();
      for (const auto& [k, v] : pairs) w.field(k, v);
      w.end_object();
    };
    w.begin_object()
        .field("schema_version", s.schema_version)
        .field("documents", s.documents)
        .field("sentences", s.sentences)
        .field("body_sentences", s.body_sentences)
        .field("tokens", s.tokens)
        .field("errors", s.errors)
        .field("duplicate_ids", s.aliases)
        .field("runs", s.runs)
        .field("interrupted_runs", s.interrupted_runs);
    w.key("published").begin_array().string_or_null(s.first_published)
        .string_or_null(s.last_published).end_array();
    object("regions", s.regions_by_kind);
    object("outlets", s.top_outlets);
    object("layers", s.layers);
    w.end_object();
    out.push_back('\n');
    std::fputs(out.c_str(), stdout);
    return kExitOk;
  }
  std::printf("database          %s (schema v%d)\n", db_path.c_str(), s.schema_version);
  std::printf("documents         %lld\n", static_cast<long long>(s.documents));
  std::printf("sentences         %lld (%lld body)\n", static_cast<long long>(s.sentences),
              static_cast<long long>(s.body_sentences));
  std::printf("tokens            %lld\n", static_cast<long long>(s.tokens));
  std::printf("published         %s .. %s\n",
              s.first_published.empty() ? "?" : s.first_published.c_str(),
              s.last_published.empty() ? "?" : s.last_published.c_str());
  std::printf("documents failed  %lld\n", static_cast<long long>(s.errors));
  std::printf("duplicate ids     %lld (same content under another id)\n",
              static_cast<long long>(s.aliases));
  std::printf("ingest runs       %lld (%lld interrupted)\n", static_cast<long long>(s.runs),
              static_cast<long long>(s.interrupted_runs));
  if (!s.regions_by_kind.empty()) {
    std::printf("non-body regions ");
    for (auto& [k, v] : s.regions_by_kind) std::printf(" %s %lld", k.c_str(), static_cast<long long>(v));
    std::printf("\n");
  }
  for (auto& [k, v] : s.layers) std::printf("%-17s %lld\n", k.c_str(), static_cast<long long>(v));
  if (!s.top_outlets.empty()) {
    std::printf("top outlets\n");
    for (auto& [k, v] : s.top_outlets)
      std::printf("  %-30s %lld\n", k.c_str(), static_cast<long long>(v));
  }
  return kExitOk;
}

Registrar registrar({"stats", "summarise a casus database", run_stats});

}  // namespace
}  // namespace casus::cli
