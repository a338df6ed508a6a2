# Two commands do all the set-up:  `make demo`  and  `make test`.
# Both create .venv when missing, install CPU torch 2.13.0 first (a bare torch pulls a multi-GB CUDA
# build), then the package with its test extras. Re-running skips what is already installed.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.governed-tuning-installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export HF_DATASETS_OFFLINE := 1

.PHONY: install system-deps demo test bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install torch==2.13.0
	$(BIN)/python -m pip install -e '.[dev,bbq]'
	touch $(STAMP)

install: $(STAMP) system-deps

# The dashboard's browser test drives Debian's headless Chromium.
system-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  if command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null) || echo "warning: could not install chromium"; \
	  else echo "warning: chromium not found and no apt-get; the browser test will fail"; fi; }

demo: install
	$(BIN)/governed-tuning demo

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python benchmarks/pii_leaks.py --presidio
	$(BIN)/python benchmarks/pii_throughput.py
	$(BIN)/python benchmarks/dashboard_scale.py

clean:
	rm -rf $(VENV) .demo build dist *.egg-info
