// Placeholder until the quote stage lands.
#include "extract/quotes.h"

namespace casus::extract {

void annotate_quotes(Document& doc) { doc.quotes.clear(); }

}  // namespace casus::extract
