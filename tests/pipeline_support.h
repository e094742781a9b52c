// The built-in pipelines the stage tests run documents through, each built once per test
// binary and only when first asked for (loading models and dictionaries takes a second).
#pragma once
#include <memory>

#include "pipeline/pipeline.h"

namespace casus::testing {

// Every stage with the built-in dictionaries; `syntax` adds the tagger and parser.
inline const Pipeline& builtin_pipeline(bool syntax) {
  static std::unique_ptr<Pipeline> plain, parsed;
  auto& p = syntax ? parsed : plain;
  if (!p) {
    PipelineOptions o;
    o.syntax = syntax;
    p = std::make_unique<Pipeline>(o);
  }
  return *p;
}

}  // namespace casus::testing
