#include "util/table_memory.h"

#include <sys/mman.h>

#include <cstdint>
#include <new>

namespace casus::util {
namespace {
constexpr size_t kHugePage = size_t(2) << 20;
constexpr size_t kCacheLine = 64;
size_t whole_huge_pages(size_t bytes) { return (bytes + kHugePage - 1) & ~(kHugePage - 1); }
}  // namespace

void* allocate_table(size_t bytes) {
#if defined(MAP_ANONYMOUS) && defined(MADV_HUGEPAGE)
  if (bytes >= kHugePage) {
    // Map one huge page more than needed, then unmap the ends around the aligned middle.
    const size_t size = whole_huge_pages(bytes);
    void* mapped = mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED) throw std::bad_alloc();
    const auto first = reinterpret_cast<uintptr_t>(mapped);
    const uintptr_t start = (first + kHugePage - 1) & ~(kHugePage - 1);
    if (start > first) munmap(mapped, start - first);
    const uintptr_t end = start + size, mapped_end = first + size + kHugePage;
    if (mapped_end > end) munmap(reinterpret_cast<void*>(end), mapped_end - end);
    madvise(reinterpret_cast<void*>(start), size, MADV_HUGEPAGE);  // advice: failure is harmless
    return reinterpret_cast<void*>(start);
  }
#endif
  return ::operator new(bytes, std::align_val_t(kCacheLine));
}

void free_table(void* p, size_t bytes) {
  if (!p) return;
#if defined(MAP_ANONYMOUS) && defined(MADV_HUGEPAGE)
  if (bytes >= kHugePage) {
    munmap(p, whole_huge_pages(bytes));
    return;
  }
#endif
  ::operator delete(p, std::align_val_t(kCacheLine));
}

}  // namespace casus::util
