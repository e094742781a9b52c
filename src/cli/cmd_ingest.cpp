// casus ingest: annotate articles and store them in the SQLite database, idempotently.
#include <chrono>
#include <cstdio>

#include "cli/command.h"
#include "cli/options.h"
#include "cli/shared_options.h"
#include "link/link_db.h"
#include "pipeline/runner.h"
#include "store/store.h"

namespace casus::cli {
namespace {

int run_ingest(const std::vector<std::string>& args) {
  std::string db_path;
  int batch = 256;
  SharedOptions shared;
  Options opts("casus ingest --db FILE [OPTIONS] INPUT ...",
               "Annotates articles and stores them, their sentences, regions and annotations in\n"
               "the SQLite database FILE (created if missing). Content already stored is skipped;\n"
               "a changed document under a known id replaces the old version. Each batch of\n"
               "documents is one transaction: a run killed at any moment leaves a consistent\n"
               "database, and rerunning the same command completes it without duplicates.");
  bool no_link = false;
  opts.value("db", "", &db_path, "FILE", "the database (required)")
      .integer("batch", "", &batch, "N", "documents per transaction (default 256)")
      .flag("no-link", "", &no_link,
            "do not link the documents with the stored ones (copies, stories, events,\n"
            "                            quotes, disputes); a later ingest of them links them");
  shared.add_to(opts);
  std::vector<std::string> inputs;
  if (!opts.parse(args, &inputs)) return kExitOk;
  if (db_path.empty()) throw UsageError{"--db FILE is required"};
  if (batch < 1) throw UsageError{"--batch must be at least 1"};
  shared.validate();

  Pipeline pipeline(shared.pipeline_options());
  io::InputStream stream(inputs);
  store::Store db(db_path);
  std::string described;
  for (const auto& in : inputs) described += (described.empty() ? "" : " ") + in;
  int64_t run = db.begin_run(described.empty() ? "-" : described);
  // Linking continues from the stored state: each new document is linked against everything
  // stored before it, in the same transaction as the document itself.
  link::LinkDb links(db.handle());
  link::Linker linker(links);
  links.restore(linker);

  int64_t counts[5] = {0, 0, 0, 0, 0};  // indexed by PutResult
  int in_transaction = 0;
  RunOptions run_options = shared.run_options();
  run_options.progress_label = "documents ingested";
  RunSummary summary = run_pipeline(
      stream, shared.load_options(), pipeline, run_options, nullptr,
      [&](Document& doc, std::string&) {
        if (in_transaction == 0) db.begin();
        auto result = db.put(doc, run);
        ++counts[static_cast<int>(result)];
        // Each stored document is linked once: a changed version keeps the links of the
        // version first linked (links are not undone). A document stored unlinked (with
        // --no-link, or before the store had links) is linked when it comes again. Another
        // id for stored content (an alias) is the stored document, already linked.
        if (!no_link && !links.linked(doc.id) && result != store::PutResult::kError &&
            result != store::PutResult::kDuplicate)
          linker.add(link::from_document(doc));
        if (doc.error)
          std::fprintf(stderr, "casus ingest: %s: %s\n", doc.id.c_str(), doc.error->c_str());
        if (++in_transaction >= batch) {
          db.commit();
          in_transaction = 0;
        }
      });
  if (in_transaction) db.commit();
  // The cross-document view is rebuilt from the linker's state (cheap: no comparisons). A
  // run killed before this point leaves the previous view; rerunning completes it.
  if (!no_link) {
    db.begin();
    links.write_records(linker.records());
    db.commit();
  }
  using R = store::PutResult;
  int64_t added = counts[int(R::kAdded)], updated = counts[int(R::kUpdated)],
          unchanged = counts[int(R::kUnchanged)] + counts[int(R::kDuplicate)],
          errors = counts[int(R::kError)];
  db.finish_run(run, static_cast<int64_t>(summary.documents), added, updated, unchanged, errors);
  std::fprintf(stderr,
               "casus ingest: %llu documents in %.1fs: %lld added, %lld updated, %lld already "
               "stored, %lld errors\n",
               static_cast<unsigned long long>(summary.documents), summary.seconds,
               static_cast<long long>(added), static_cast<long long>(updated),
               static_cast<long long>(unchanged), static_cast<long long>(errors));
  return errors ? kExitDocumentErrors : kExitOk;
}

Registrar registrar({"ingest", "annotate articles and store them in a SQLite database",
                     run_ingest});

}  // namespace
}  // namespace casus::cli
