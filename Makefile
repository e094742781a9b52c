# Thin wrapper over CMake. `make demo` and `make test` are the README's two commands.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release -DPython_EXECUTABLE=/usr/bin/python3
DEMO_DB ?= $(BUILD)/demo.db

.PHONY: all setup build demo test bench eval clean

all: build

setup:
	@scripts/setup.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

build: setup $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j$(JOBS)

# The main job on the bundled example corpus: annotate to JSONL, store in SQLite, summarise.
demo: build
	$(BUILD)/casus annotate --threads $(JOBS) -o $(BUILD)/demo.jsonl examples/
	$(BUILD)/casus ingest --db $(DEMO_DB) examples/
	$(BUILD)/casus stats --db $(DEMO_DB)
	$(BUILD)/casus link -o $(BUILD)/demo-links.jsonl $(BUILD)/demo.jsonl
	$(BUILD)/casus events --db $(DEMO_DB) --limit 15
	@echo "demo: annotations in $(BUILD)/demo.jsonl, links in $(BUILD)/demo-links.jsonl, database in $(DEMO_DB)"

test: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

bench: build
	bench/run.sh $(BUILD)

# Runs the yardsticks in ../shared/eval (present beside the checkout in development and CI).
eval: build
	bench/eval.sh $(BUILD)

clean:
	rm -rf $(BUILD)
