"""Shared fixtures. Tests never reach the network: hub access is switched off for the whole session."""

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# `make test` runs the suite on several pytest-xdist workers (PYTEST_WORKERS): each worker's torch gets its share
# of the cores, not all of them (two workers with two threads each on two cores ran the training tests slower
# than one); a thread count the user set is kept
if int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1")) > 1:
    os.environ.setdefault("OMP_NUM_THREADS",
                          str(max(1, (os.cpu_count() or 1) // int(os.environ["PYTEST_XDIST_WORKER_COUNT"]))))
# The PII gate creates the user's pseudonym key on first use in $XDG_CONFIG_HOME/governed-tuning: tests (and the
# commands they start) use a private folder, never the real ~/.config
import tempfile  # noqa: E402

os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="governed-tuning-test-config-")


# --------------------------------------------------------------------------- the demo, run once (run/, demo.py)

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def demo_reports(tmp_path_factory):
    """Run the embedded demo once (tiny model, synthetic data with planted PII) and share its reports folder.

    Returns a ``governed_tuning.run.RunOutcome``: ``.run_dir`` is ``<reports>/<run_id>``, ``.record`` the
    RunRecord, ``.report`` the signed report.json (None while the audit module is not installed).
    The demo key (when the audit module exists) lies in ``<tmp>/work/keys``.
    """
    from governed_tuning.demo import run_demo
    from governed_tuning.progress import quiet_libraries

    quiet_libraries()
    root = tmp_path_factory.mktemp("demo")
    return run_demo(workdir=root / "work", reports=root / "reports", command=["governed-tuning", "demo"])


# The dashboard remembers the last ledger checkpoint it verified and caches file digests in a state folder
# (default ~/.cache/governed-tuning/dashboard). Tests get a fresh one per session, so a reports folder path that
# pytest reuses in a later session never meets a checkpoint remembered from an earlier one.
import tempfile  # noqa: E402

os.environ.setdefault("GOVERNED_TUNING_STATE", tempfile.mkdtemp(prefix="gt-dashboard-state-"))


# --------------------------------------------------------------------------- a local Ray, once (--engine ray)


@pytest.fixture(scope="session")
def ray_local():
    """A private local Ray for the session's `--engine ray` tests: 2 CPUs, no dashboard, one node on this
    machine, never a remote one ($RAY_ADDRESS is ignored); started once (a few seconds) and shut down after.

    The engines use a Ray this process has already joined, so tests pay the start-up once. Skipped where the
    `ray` extra is not installed (`make test` installs it)."""
    ray = pytest.importorskip("ray", reason="the `ray` extra is not installed (make test installs it)")
    os.environ.pop("RAY_ADDRESS", None)
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False,
             object_store_memory=256 * 1024 * 1024, _node_ip_address="127.0.0.1")
    try:
        yield ray
    finally:
        ray.shutdown()


# --------------------------------------------------------------------------- parallel workers (pytest-xdist)

# what a session fixture starts once is started once per worker: tests that share one are kept on one worker
# (`--dist loadgroup`, which `make test` passes), so the demo runs and Ray starts once in the whole suite
SHARED = {"demo_reports": "demo", "ray_local": "ray"}


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook reads the groups (it runs first otherwise)
def pytest_collection_modifyitems(config, items):
    """Put every test that uses a costly session fixture (``SHARED``) in that fixture's xdist group. A test
    module can also name a group itself (``pytest.mark.xdist_group``): tests/run/test_distributed.py does,
    since torchrun and accelerate launch each open the default rendezvous port."""
    for item in items:
        if item.get_closest_marker("xdist_group") is not None:
            continue
        group = next((SHARED[f] for f in getattr(item, "fixturenames", ()) if f in SHARED), None)
        if group is not None:
            item.add_marker(pytest.mark.xdist_group(group))
    if getattr(config.option, "loadgroup", False):
        _carry_groups_in_node_ids(items)
    # On a worker, the slow end-to-end tests come first (in their own order): xdist hands out the groups, largest
    # first, then single tests in this order, so a 40-second test started last no longer leaves one worker
    # running it alone at the end (longest first is the classic way to balance). Every worker sorts alike.
    if os.environ.get("PYTEST_XDIST_WORKER"):
        items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def _carry_groups_in_node_ids(items):
    """Append each grouped test's group to its node id ("...::test_x@demo"), which is how a worker tells the
    scheduler the groups. pytest-xdist writes the suffix into ``Item._nodeid``; pytest 9.2 keeps a node's id in
    ``Item._id``, so the suffix was lost and every group was spread over the workers with no error
    (pytest-dev/pytest-xdist#1386; the pending fix, #1388, writes ``_id`` as here). Where pytest has no ``_id``
    xdist's own hook still works and this does nothing; an id suffixed twice, once xdist is fixed, names the
    same group (the scheduler reads what follows the last "@")."""
    try:
        from _pytest.nodeid import coerce_node_id
    except ImportError:  # a pytest before structured node ids
        return
    for item in items:
        names = {str(m.args[0] if m.args else m.kwargs.get("name", "default")) for m in item.iter_markers("xdist_group")}
        if names and hasattr(item, "_id"):
            item._id = coerce_node_id(f"{item.nodeid}@{'_'.join(sorted(names))}")
