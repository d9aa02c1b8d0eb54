# The README's vocabulary: `make run`, `make test`, `make lint`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format migrate demo clean messages

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

migrate: $(VENV)/.installed
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo

run: demo
	@echo "Serving on http://$(HOST):$(PORT)/ (admin at /admin/). Stop with Ctrl-C."
	$(PY) manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.dev-installed node_modules/.installed
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.dev-installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates

format: $(VENV)/.dev-installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml templates

# Refresh the French and Kinyarwanda catalogues from the code, then compile them.
messages: $(VENV)/.installed
	$(PY) manage.py makemessages -l fr -l rw --no-obsolete --ignore=$(VENV) --ignore=node_modules --ignore=test-artifacts --ignore=staticfiles
	$(PY) manage.py compilemessages -l fr -l rw --ignore=$(VENV) --ignore=node_modules

clean:
	rm -rf $(VENV) node_modules test-artifacts staticfiles .pytest_cache .ruff_cache
