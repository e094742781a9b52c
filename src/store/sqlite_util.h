// Small helpers over the SQLite C API, shared by the document store, the link tables and the
// query commands, so that every database error reads the same and every statement is reset.
#pragma once
#include <sqlite3.h>

#include <stdexcept>
#include <string>
#include <string_view>

namespace casus::store {

// Throws "database error: ..." unless rc is `expected`.
inline void check(sqlite3* db, int rc, int expected = SQLITE_DONE) {
  if (rc != expected) throw std::runtime_error(std::string("database error: ") + sqlite3_errmsg(db));
}

// Resets a statement and clears its bindings however the scope is left.
struct StatementReset {
  sqlite3_stmt* st;
  ~StatementReset() {
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
  }
};

// Column i of the current row as text ("" for NULL).
inline std::string column_text(sqlite3_stmt* st, int i) {
  const unsigned char* t = sqlite3_column_text(st, i);
  return t ? std::string(reinterpret_cast<const char*>(t), sqlite3_column_bytes(st, i)) : std::string();
}

}  // namespace casus::store
