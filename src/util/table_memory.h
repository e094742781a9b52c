// Memory for the large, randomly read run-time tables (the lexicon's indexes, the models'
// weights): arrays of 2 MB or more are mapped on 2 MB boundaries and marked for transparent
// huge pages, so that lookups spread over tens of megabytes do not also miss the TLB on every
// access. (Requested from the allocator, such arrays get no huge pages: jemalloc's extents are
// not 2 MB aligned.) Smaller arrays are aligned on cache lines.
#pragma once
#include <cstddef>
#include <vector>

namespace casus::util {

void* allocate_table(size_t bytes);
void free_table(void* p, size_t bytes);

template <class T>
struct TableAllocator {
  using value_type = T;
  TableAllocator() = default;
  template <class U>
  TableAllocator(const TableAllocator<U>&) {}
  T* allocate(size_t n) { return static_cast<T*>(allocate_table(n * sizeof(T))); }
  void deallocate(T* p, size_t n) { free_table(p, n * sizeof(T)); }
  template <class U>
  bool operator==(const TableAllocator<U>&) const { return true; }
};

// A vector in table memory.
template <class T>
using Table = std::vector<T, TableAllocator<T>>;

}  // namespace casus::util
