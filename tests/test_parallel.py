"""`make test` runs the suite on two pytest-xdist workers: the tests that share a costly session fixture (the
demo run, the session's Ray) must share one worker, or each worker pays for it; a test module can name a group
itself. xdist's grouping once broke with no error under a newer pytest (pytest-dev/pytest-xdist#1386); this
runs the suite's own conftest hook on a small suite of two workers and reads where each test ran."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("xdist", reason="pytest-xdist is not installed (make test installs it)")
pytest_plugins = ["pytester"]

CONFTEST = Path(__file__).with_name("conftest.py")


def test_tests_sharing_a_session_fixture_or_a_named_group_run_on_one_worker_slow_ones_first(pytester):
    pytester.makeconftest(CONFTEST.read_text(encoding="utf-8"))
    pytester.makeini("[pytest]\nmarkers =\n    slow: slow\n")
    pytester.makepyfile(test_shared="""
        import os
        import pytest

        @pytest.fixture(scope="session")
        def demo_reports():  # stands for the demo run: only its name matters here
            return os.environ["PYTEST_XDIST_WORKER"]

        @pytest.mark.parametrize("i", range(6))
        def test_demo(i, demo_reports):
            assert demo_reports == os.environ["PYTEST_XDIST_WORKER"]

        @pytest.mark.parametrize("i", range(6))
        def test_free(i, request):  # the worker's order: the slow test before every single fast one
            singles = [item.name for item in request.session.items if "@" not in item.nodeid]
            assert singles[0] == "test_slow", singles

        @pytest.mark.slow
        def test_slow():
            pass
    """, test_named="""
        import pytest

        pytestmark = pytest.mark.xdist_group("named")

        @pytest.mark.parametrize("i", range(4))
        def test_named(i):
            pass
    """)
    # the installed plugins this small suite does not use are left out: each of the three processes would import
    # them (Hypothesis and Faker alone are seconds of CPU), and the grouping and order do not depend on them
    unused = [arg for name in ("hypothesispytest", "faker", "anyio", "platformdirs") for arg in ("-p", f"no:{name}")]
    res = pytester.runpytest_subprocess("-n", "2", "--dist", "loadgroup", "-v", "-p", "no:cacheprovider", *unused)
    res.assert_outcomes(passed=17)
    ran = [line.split() for line in res.outlines if line.startswith("[gw") and " PASSED " in line]
    where = {words[-1]: words[0] for words in ran}
    for group, n in (("@demo", 6), ("@named", 4)):
        workers = {w for test, w in where.items() if test.endswith(group)}
        assert len([t for t in where if t.endswith(group)]) == n and len(workers) == 1, (group, where)
