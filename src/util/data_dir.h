// Where the built-in data lives (dictionaries, gazetteer, models), for every layer.
#pragma once
#include <string>

namespace casus {

// $CASUS_DATA when set, else data/ in the source tree the build came from.
std::string data_dir();

}  // namespace casus
