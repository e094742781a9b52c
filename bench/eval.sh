#!/usr/bin/env bash
# Runs the yardsticks in ../shared/eval against this build and prints their figures.
# Usage: bench/eval.sh [BUILD_DIR]
set -uo pipefail
build=${1:-build}
shared=../shared/eval
if [ ! -d "$shared" ]; then
  echo "eval: $shared not found beside the checkout; nothing to run" >&2
  exit 0
fi
export CASUS="$PWD/$build/casus"
py=python3
run() { echo "== $*"; "$py" "$@" 2>&1 | tail -n 25; }
run "$shared/boilerplate.py" --peers
run "$shared/ud_score.py" --run ../shared/data/ud/en_ewt-ud-dev.conllu
run "$shared/ud_score.py" --run ../shared/data/ud/gum-cc-by-dev.conllu
run "$shared/ner.py"
run "$shared/geo.py"
run "$shared/timex.py"
run "$shared/quotes.py"
run "$shared/plover.py"
run "$shared/petrarch_suite.py"
