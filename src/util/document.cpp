#include "casus/document.h"

namespace casus {

const char* region_kind_name(RegionKind kind) {
  switch (kind) {
    case RegionKind::kBreadcrumb: return "breadcrumb";
    case RegionKind::kCaption: return "caption";
    case RegionKind::kFooter: return "footer";
    case RegionKind::kByline: return "byline";
    case RegionKind::kBoilerplate: return "boilerplate";
    case RegionKind::kHeadline: return "headline";
    case RegionKind::kDateline: return "dateline";
  }
  return "unknown";
}

bool region_is_body(RegionKind kind) {
  return kind == RegionKind::kHeadline || kind == RegionKind::kDateline;
}

CodepointIndex::CodepointIndex(std::string_view s) {
  cp_at_byte_.resize(s.size() + 1);
  uint32_t cp = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    cp_at_byte_[i] = cp;
    // Continuation bytes belong to the code point that started before them.
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) cp_at_byte_[i] = cp++;
    else cp_at_byte_[i] = cp - 1;
  }
  cp_at_byte_[s.size()] = cp;
}

}  // namespace casus
