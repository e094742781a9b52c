#include "util/data_dir.h"

#include <cstdlib>

namespace casus {

std::string data_dir() {
  if (const char* env = std::getenv("CASUS_DATA"); env && *env) return env;
  return CASUS_SOURCE_DATA_DIR;
}

}  // namespace casus
