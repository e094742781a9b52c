// Linking across articles at scale: throughput and memory per article of the online linker
// (casus link, in memory) and of the same linking persisted in SQLite (casus ingest).
//   link_bench [N=100000] [TEMPLATES=1000] [STORED=20000]
// TEMPLATES generated articles go through the whole annotate pipeline once; each of the N
// linked articles is a fresh generated text (so copy detection meets the generator's shared
// boilerplate paragraphs) carrying the events, quotes and figures of template i % TEMPLATES,
// so every event is reported by about N / TEMPLATES articles. STORED articles are then linked
// through the SQLite index in batches of 256 per transaction, as ingest does.
#include <jemalloc/jemalloc.h>
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>

#include "link/link_db.h"
#include "link/linker.h"
#include "stage_bench.h"
#include "store/store.h"

namespace {

// Bytes the allocator has handed out and not got back (jemalloc's count, so memory freed by
// the annotation before linking does not blur the figure).
double allocated_mb() {
  uint64_t epoch = 1;
  size_t size = sizeof epoch;
  mallctl("epoch", &epoch, &size, &epoch, size);
  size_t allocated = 0;
  size = sizeof allocated;
  mallctl("stats.allocated", &allocated, &size, nullptr, 0);
  return allocated / 1e6;
}

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace casus;
  const uint64_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 100000;
  const uint64_t templates = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1000;
  const uint64_t stored = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 20000;

  PipelineOptions options;
  options.syntax = true;  // the event stage reads the parse
  auto corpus = bench::annotated_corpus(templates, options);
  std::vector<link::LinkDocument> features;
  for (const Document& d : corpus.docs) features.push_back(link::from_document(d));
  corpus.docs.clear();
  auto article = [&](uint64_t i) {
    link::LinkDocument doc = features[i % templates];
    SyntheticArticle a = synthetic_article(i, 7);
    doc.id = a.id;
    doc.text = std::move(a.text);
    return doc;
  };
  uint64_t bytes = 0, events = 0, quotes = 0;
  for (const auto& f : features) events += f.events.size(), quotes += f.quotes.size();
  std::printf("link_bench: %llu templates annotated (%.1f events, %.1f quotes per article)\n",
              static_cast<unsigned long long>(templates), double(events) / templates,
              double(quotes) / templates);

  // In memory (casus link).
  {
    double allocated_before = allocated_mb();
    link::MemoryLinkIndex index;
    link::Linker linker(index);
    double generate = 0;
    auto start = std::chrono::steady_clock::now();
    for (uint64_t i = 0; i < n; ++i) {
      auto g = std::chrono::steady_clock::now();
      link::LinkDocument doc = article(i);
      generate += seconds_since(g);
      bytes += doc.text.size();
      linker.add(std::move(doc));
    }
    double link_seconds = seconds_since(start) - generate;
    double allocated_after = allocated_mb();
    start = std::chrono::steady_clock::now();
    std::vector<link::LinkRecord> records = linker.records();
    double record_seconds = seconds_since(start);
    std::map<std::string, size_t> kinds;
    for (const auto& r : records) ++kinds[r.kind];
    std::printf("link_bench: in memory: %llu articles (%.1f MB of text) linked in %.1f s: %.0f "
                "articles/s, %.2f MB/s; records in %.2f s\n",
                static_cast<unsigned long long>(n), bytes / 1e6, link_seconds, n / link_seconds,
                bytes / 1e6 / link_seconds, record_seconds);
    std::printf("link_bench: in memory: %.2f KB allocated per article (the text kept for copy "
                "checks included: %.2f KB), %.0f MB in all\n",
                (allocated_after - allocated_before) * 1e3 / n, bytes / 1e3 / n,
                allocated_after - allocated_before);
    std::printf("link_bench: records:");
    for (const auto& [kind, count] : kinds) std::printf(" %zu %s", count, kind.c_str());
    std::printf("\n");
  }

  // Persisted (casus ingest): the LSH index and clusters in SQLite, batches of 256.
  if (stored > 0) {
    std::string path = std::filesystem::temp_directory_path() / "casus_link_bench.db";
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    store::Store db(path);
    link::LinkDb links(db.handle());
    link::Linker linker(links);
    links.restore(linker);
    double link_seconds = 0;
    uint64_t in_batch = 0;
    for (uint64_t i = 0; i < stored; ++i) {
      link::LinkDocument doc = article(i);
      Document stored_doc;  // the store keeps the text copy checks read back
      stored_doc.id = doc.id;
      stored_doc.text = doc.text;
      stored_doc.published = doc.published;
      if (in_batch == 0) db.begin();
      db.put(stored_doc, 1);
      auto start = std::chrono::steady_clock::now();
      linker.add(std::move(doc));
      link_seconds += seconds_since(start);
      if (++in_batch == 256 || i + 1 == stored) {
        db.commit();
        in_batch = 0;
      }
    }
    auto start = std::chrono::steady_clock::now();
    db.begin();
    links.write_records(linker.records());
    db.commit();
    double record_seconds = seconds_since(start);
    // What a later ingest pays before linking its batch: replaying the stored links.
    start = std::chrono::steady_clock::now();
    link::Linker reloaded(links);
    links.restore(reloaded);
    double restore_seconds = seconds_since(start);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db.handle(),
                       "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'link_%' OR name LIKE "
                       "'sqlite_autoindex_link_%'",
                       -1, &st, nullptr);
    double link_bytes = st && sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_double(st, 0) : 0;
    sqlite3_finalize(st);
    std::printf("link_bench: in SQLite: %llu articles linked in %.1f s (%.0f articles/s, the "
                "store's own writes excluded); records rewritten in %.2f s; restore before a "
                "new batch %.2f s\n",
                static_cast<unsigned long long>(stored), link_seconds, stored / link_seconds,
                record_seconds, restore_seconds);
    if (link_bytes > 0)
      std::printf("link_bench: in SQLite: link tables %.2f KB per article on disk\n",
                  link_bytes / 1e3 / stored);
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  }
  return 0;
}
