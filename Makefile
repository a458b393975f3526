# The two commands of the README: `make run` and `make test`. Both install what is missing
# (Debian packages, then the virtual environment in .venv/) before doing their work.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 5000

.PHONY: setup system run worker test test-fast samples accuracy bench clean

setup: system $(STAMP)

system:
	@bash scripts/install-system.sh

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements-dev.txt
	@touch $(STAMP)

run: setup
	$(PY) -m flask --app app init-app --url http://$(HOST):$(PORT)
	$(PY) -m flask --app app serve --host $(HOST) --port $(PORT)

worker: setup
	$(PY) -m flask --app app worker

test: setup
	$(PY) -m pytest

test-fast: setup
	$(PY) -m pytest -m "not slow and not browser"

samples: setup
	$(PY) -m samples.generate --out samples/out

accuracy: setup
	@test -d samples/out || $(PY) -m samples.generate --out samples/out
	$(PY) -m samples.accuracy samples/out

bench: setup
	$(PY) -m bench.run
	$(PY) -m bench.ocr

clean:
	rm -rf $(VENV) .pytest_cache samples/out bench/out
