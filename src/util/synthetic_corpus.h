// Generated news-like articles for benchmarks and stress tests: varied, deterministic for a
// seed, with the furniture of scraped text (breadcrumbs, captions, footers), quotes,
// abbreviations and figures, so that every stage does realistic work.
#pragma once
#include <cstdint>
#include <string>

namespace casus {

struct SyntheticArticle {
  std::string id, title, published, outlet, text;
};

SyntheticArticle synthetic_article(uint64_t index, uint64_t seed = 1);

// The article as one JSONL input record (CONTRACT.md).
std::string synthetic_jsonl(uint64_t index, uint64_t seed = 1);
std::string synthetic_jsonl(const SyntheticArticle& article);

}  // namespace casus
