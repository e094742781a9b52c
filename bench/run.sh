#!/usr/bin/env bash
# Runs every benchmark and prints its figures. Usage: bench/run.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
for b in "$build"/*_bench; do
  [ -x "$b" ] || continue
  echo "== $(basename "$b")"
  "$b" || echo "($(basename "$b") failed)"
done
# Real news where ../shared is beside the checkout: the seeds and GeoWebNews (whose wider
# vocabulary misses the models' caches more than generated text does).
for news in ../shared/corpus/seeds/seeds.jsonl ../shared/eval/data/geo/gwn.jsonl; do
  [ -f "$news" ] || continue
  echo "== annotate_bench on $news"
  "$build"/annotate_bench 0 0 1 "$news" || echo "(annotate_bench on $news failed)"
done
# End to end through the CLI on 10,000 generated articles in a file, one thread.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$build"/gen_corpus 10000 > "$tmp/corpus.jsonl"
size=$(stat -c %s "$tmp/corpus.jsonl")
start=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$tmp/rss" "$build"/casus annotate -q --threads 1 -o "$tmp/out.jsonl" "$tmp/corpus.jsonl"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v b="$size" -v r="$(cat "$tmp/rss")" 'BEGIN {
  t = e - s; printf "== casus annotate CLI, 10000 articles, 1 thread: %.0f documents/s, %.2f MB/s, peak RSS %.1f MB\n", 10000 / t, b / 1e6 / t, r / 1024 }'
