# Two commands on a fresh clone: `make run` and `make test`. Both create .venv themselves.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck layers pytest bench screenshots translations package package-check clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,hub]'
	touch $(STAMP)

run: $(STAMP) translations
	$(VENV)/bin/helavb gui

# The whole suite: style, types, layering contracts, then the tests (Qt offscreen).
test: $(STAMP) lint typecheck layers pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

layers: $(STAMP)
	$(VENV)/bin/lint-imports

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) bench/run.py

# .qm catalogues are built from the .ts sources, never committed.
translations: $(STAMP)
	for ts in helavb_desktop/resources/translations/*.ts; do \
	  $(VENV)/bin/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm" || exit 1; \
	done

# A one-folder Linux bundle in dist/helavb (PyInstaller), checked by packaging/smoke_test.sh.
package: $(STAMP) translations
	$(PY) -m pip install --quiet -e '.[dev,hub,package]'
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath build/pyinstaller packaging/helavb.spec

package-check: package
	packaging/smoke_test.sh dist/helavb/helavb

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
