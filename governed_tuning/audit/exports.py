"""The documents about a run that tools we did not write read, written before the report is signed (so
``report.dsse.json`` covers them):

- ``model.cdx.json``: CycloneDX 1.6 of the released model with its ``modelCard`` (:func:`..bom.model_bom_json`);
- ``bom.spdx.json``: SPDX 3.0.1 with the AI and Dataset profiles (:mod:`..spdx3`);
- with a key, ``intoto/``: the SLSA provenance and one in-toto Test Result per gate verdict, each a DSSE envelope
  with its Sigstore bundle (:mod:`.intoto`).

A document that cannot be built (a record of an odd shape) is left out with a warning naming the document and
the error's type: the signed report of what the run did matters more than any one export of it.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ec

from ..digest import sha256_bytes
from ..record import RunRecord
from ..run import folder
from . import intoto

log = logging.getLogger(__name__)
Write = Callable[[Path, bytes], None]


def _model_bom(record: RunRecord, digests: dict[str, str]) -> str:
    from ..bom import model_bom_json

    return model_bom_json(record, digests)


def _spdx(record: RunRecord, digests: dict[str, str]) -> str:
    from ..spdx3 import spdx_json

    return spdx_json(record, digests)


DOCUMENTS = ((folder.MODEL_BOM, _model_bom), (folder.SPDX, _spdx))


def clear(run: Path) -> None:
    """Remove an earlier signing's statements: they are made anew from the record."""
    shutil.rmtree(run / folder.INTOTO, ignore_errors=True)


def write_exports(run: Path, record: RunRecord, private: ec.EllipticCurvePrivateKey | None,
                  digests: dict[str, str], write: Write) -> dict[str, str]:
    """Write every export with ``write``; returns the sha256 of each file written, by run-folder path.
    ``digests`` holds the run folder's files as they stand (nothing is hashed twice)."""
    out: dict[str, str] = {}
    for name, build in DOCUMENTS:
        try:
            data = build(record, digests).encode("utf-8")
        except Exception as exc:  # noqa: BLE001 - an export is never worth the signed report
            log.warning("run %s: %s was not written (%s)", record.run_id, name, type(exc).__name__)
            continue
        write(run / name, data)
        out[name] = sha256_bytes(data)
    if private is not None:
        out.update(intoto.write_statements(run, record, private, digests, write))
    return out
