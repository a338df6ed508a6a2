"""One hash seed for every benchmark run, so the same command builds the same data twice.

Why: Faker's data is not the same from one interpreter to the next under Python's random string hashing. Some
of its locale lists are built from sets (``faker.providers.address.it_IT.getcities`` is ``list({...})``), so
their order, and every value a seeded ``Faker`` draws from them, follows ``PYTHONHASHSEED``: two runs of
``pii_latin6_dev.py`` differed in 6-7 of 216 records, and a figure moved between runs of one commit. A fixed
seed removes that (and any set order in our own generators and in the detector) at once, without patching a
library's data.

Each benchmark that is run as a script calls ``pin()`` first: when ``PYTHONHASHSEED`` is unset it restarts the
same command line with ``PYTHONHASHSEED=0`` (children it starts inherit it). A seed the user set, "random"
included, is kept: ``PYTHONHASHSEED=random python benchmarks/pii_sealed3.py`` measures how much a figure moves.
"""

from __future__ import annotations

import os
import sys

SEED = "0"


def pin() -> None:
    """Restart this script under ``PYTHONHASHSEED=0`` unless a seed is set (at most once: the restarted
    process has it). Call before anything is generated, from the script's ``__main__`` block only, so a module
    imported by a test or another benchmark never restarts its importer."""
    if os.environ.get("PYTHONHASHSEED") is not None:
        return
    os.environ["PYTHONHASHSEED"] = SEED
    sys.stdout.flush()
    sys.stderr.flush()
    # sys.orig_argv: the interpreter's own options (-X, -W, -m module) as they were given
    os.execv(sys.executable, [sys.executable, *sys.orig_argv[1:]])
