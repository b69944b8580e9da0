# Rapporteur: build, test and run from a fresh machine.
# Every target installs what it needs first (Debian packages, as root).

SWIFT        ?= swift
BUILD_DIR    ?= .build
RAPPORTEUR   := $(BUILD_DIR)/debug/rapporteur
APT_PACKAGES := libxml2-dev pkg-config libxml2-utils
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build run test check clean

all: build

# Installs the Debian packages that are missing, updating the package
# lists once if an install is needed.
deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build --build-path $(BUILD_DIR)

# The main job: build, then check the bundled instrument.
run: build
	$(RAPPORTEUR) check --strict

test: deps
	$(SWIFT) build --build-path $(BUILD_DIR)
	SWIFT_BACKTRACE=enable=no $(SWIFT) test --build-path $(BUILD_DIR)

# The definitions as methodologists change them, strictly.
check: build
	$(RAPPORTEUR) check --strict indicators
	@for f in indicators/framework.xml indicators/areas/*.xml; do \
	  xmllint --noout --nonet --schema indicators/schema/framework.xsd $$f || exit 1; \
	done

clean:
	rm -rf $(BUILD_DIR)
