#include <gtest/gtest.h>

#include <cstdint>

#include "util/table_memory.h"

using casus::util::Table;

TEST(TableMemory, LargeTablesStartOnHugePagesAndSmallOnesOnCacheLines) {
  Table<uint64_t> large(3 << 18);  // 6 MB: three huge pages
  Table<uint64_t> small(100);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(large.data()) % (2 << 20), 0u);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(small.data()) % 64, 0u);
  // The whole mapping is usable, and growing past it (a new mapping, the contents moved)
  // keeps every value.
  for (size_t i = 0; i < large.size(); ++i) large[i] = i * 7;
  large.resize(large.size() + (1 << 18), 1);
  uint64_t mismatches = 0;
  for (size_t i = 0; i < (3u << 18); ++i) mismatches += large[i] != i * 7;
  EXPECT_EQ(mismatches, 0u);
  EXPECT_EQ(large.back(), 1u);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(large.data()) % (2 << 20), 0u);
  // Copies and moves between tables of both sizes.
  Table<uint64_t> copy = large;
  EXPECT_EQ(copy, large);
  small = std::move(copy);
  EXPECT_EQ(small.size(), large.size());
  EXPECT_TRUE(copy.empty());
}
