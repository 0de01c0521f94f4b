# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
CLI := $(VENV)/bin/landmine-map
PORT ?= 8501

.PHONY: install run test eval train-roles bench load load-team lint system-deps gazetteer static clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

static: install
	$(PY) -m dashboard.assets

gazetteer: install
	$(CLI) gazetteer build

# Debian's chromium (browser tests) and postgresql (store tests on PostgreSQL),
# installed only when missing and only when we are root; otherwise those tests
# skip and say how to enable them.
system-deps:
	@if [ "$$(id -u)" = "0" ]; then \
	  missing=""; \
	  command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	  if [ -n "$$missing" ]; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  fi; \
	else echo "not root: browser and PostgreSQL tests skip unless chromium and postgresql are installed"; fi

run: static gazetteer
	$(CLI) serve --port $(PORT)

test: static system-deps gazetteer
	$(PY) -m pytest

eval: install gazetteer
	$(PY) -m eval.score

train-roles: install gazetteer
	$(PY) -m eval.train_roles

bench: static gazetteer
	$(PY) -m bench.run

load: static system-deps gazetteer
	$(PY) -m bench.load

# Two app servers on one throwaway PostgreSQL, 10 visitors and 2 ingests
# (DURATION=30 for a short run; default 120 s).
load-team: static system-deps gazetteer
	$(PY) -m bench.load_team $(if $(DURATION),--duration $(DURATION))

lint: install
	$(VENV)/bin/ruff check geodata dashboard pages tests streamlit_app.py eval bench

clean:
	rm -rf static .pytest_cache test-artifacts
