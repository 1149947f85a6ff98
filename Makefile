# Everything a new machine needs: `make run` and `make test` create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SAMPLE := build/Sample.workshop

.PHONY: run test demo bench fuzz soak lint typecheck pytest clean translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(SAMPLE): | $(STAMP)
	mkdir -p build
	$(BIN)/commonground demo $(SAMPLE)

run: $(STAMP) $(SAMPLE)
	$(BIN)/commonground $(SAMPLE)

demo: $(STAMP)
	mkdir -p build
	$(BIN)/commonground demo build/Demo.workshop --force

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest -n 2

test: lint typecheck pytest

bench: $(STAMP)
	$(BIN)/python -m benchmarks

fuzz: $(STAMP)
	$(BIN)/python -m tests.fuzz --cases 5000 | tee docs/fuzz-results.txt

soak: $(STAMP)
	$(BIN)/python -m tests.soak --trials 200 | tee docs/soak-results.txt

# Qt Linguist files: pyside6-lupdate over ui/ and the core's vocabulary (translations kept), the
# English plural forms filled, both .qm compiled with pyside6-lrelease (docs/translation.md).
translations: $(STAMP)
	$(BIN)/python -m ui.translations

clean:
	rm -rf build $(VENV)

# --- the double-clickable app (docs/bundle.md) ---------------------------------------------------
BUNDLE_DIR := dist/commonground
BUNDLE_EXE := $(BUNDLE_DIR)/commonground
DESKTOP := resources/desktop
ICON_SIZES := 16 32 48 64 128 256 512

.PHONY: bundle bundle-test install-desktop

# PyInstaller, onedir, into dist/commonground (dist/Common Ground.app on macOS).
bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6'
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller build.spec
	@du -sh $(BUNDLE_DIR) 2>/dev/null || true

# The bundle's own self-test in a clean folder with an empty home, then its outputs read back from
# outside (pypdf, openpyxl): tests/test_selftest.py.
bundle-test: bundle
	COMMONGROUND_BUNDLE=$(BUNDLE_EXE) $(BIN)/python -m pytest -p no:xdist -s -q \
		tests/test_selftest.py -k bundle

$(BUNDLE_EXE):
	$(MAKE) bundle

# .workshop files open with the bundle: desktop entry, MIME type and icons into ~/.local/share.
install-desktop: | $(BUNDLE_EXE)
	@set -e; data="$${XDG_DATA_HOME:-$$HOME/.local/share}"; exe="$(abspath $(BUNDLE_EXE))"; \
	mkdir -p "$$data/applications" "$$data/mime/packages" "$$data/icons/hicolor/scalable/apps"; \
	sed -e "s|^Exec=.*|Exec=\"$$exe\" %f|" -e "s|^TryExec=.*|TryExec=$$exe|" \
		$(DESKTOP)/commonground.desktop > "$$data/applications/commonground.desktop"; \
	cp $(DESKTOP)/commonground-workshop.xml "$$data/mime/packages/"; \
	cp $(DESKTOP)/commonground.svg "$$data/icons/hicolor/scalable/apps/"; \
	for size in $(ICON_SIZES); do \
		dir="$$data/icons/hicolor/$${size}x$${size}"; mkdir -p "$$dir/apps" "$$dir/mimetypes"; \
		cp $(DESKTOP)/icons/$${size}x$${size}/commonground.png "$$dir/apps/"; \
		cp $(DESKTOP)/icons/$${size}x$${size}/commonground.png \
			"$$dir/mimetypes/application-x-commonground-workshop.png"; \
	done; \
	if command -v update-mime-database >/dev/null; then update-mime-database "$$data/mime"; \
	else echo "update-mime-database not found: .workshop files are known after the next login"; fi; \
	if command -v update-desktop-database >/dev/null; then update-desktop-database "$$data/applications"; fi; \
	if command -v gtk-update-icon-cache >/dev/null; then \
		gtk-update-icon-cache -q -t -f "$$data/icons/hicolor" || true; fi; \
	if command -v xdg-mime >/dev/null; then \
		xdg-mime default commonground.desktop application/x-commonground-workshop; fi; \
	echo "Installed Common Ground ($$exe) for .workshop files in $$data"
