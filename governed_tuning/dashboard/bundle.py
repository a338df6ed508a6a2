"""Uploaded bundles (Verify page): unpacked safely into a fresh temporary folder.

No Streamlit here: every function is testable on its own (split out of the former dashboard/data.py).
"""


from __future__ import annotations

import io
import lzma
import tarfile
import zipfile
import zlib
from pathlib import Path

from governed_tuning.dashboard.settings import REPORT

# --------------------------------------------------------------------------- uploaded bundles (Verify page)

MAX_BUNDLE_BYTES = 2 * 1024**3
MAX_BUNDLE_FILES = 100_000


class BundleError(ValueError):
    """An uploaded bundle cannot be unpacked safely; the message says why."""


def _safe_target(dest: Path, name: str) -> Path:
    rel = Path(name)
    if rel.is_absolute() or ".." in rel.parts or name.startswith(("/", "\\")):
        raise BundleError(f"the bundle holds an unsafe path {name!r} (absolute or with '..'); refusing to unpack it")
    target = (dest / rel).resolve()
    if not str(target).startswith(str(dest.resolve())):
        raise BundleError(f"the bundle path {name!r} points outside the folder; refusing to unpack it")
    return target


def unpack_bundle(data: bytes, filename: str, dest: Path) -> Path:
    """Unpack a .zip or .tar(.gz) run bundle into ``dest`` (a fresh temporary folder, never the reports
    folder) and return the run folder: the one holding report.json."""
    try:
        _extract(data, filename, dest)
    except BundleError:
        raise
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, zlib.error, lzma.LZMAError, OSError, RuntimeError,
            NotImplementedError, ValueError) as exc:  # a damaged, truncated or encrypted archive, found only while reading it
        raise BundleError(f"{filename} cannot be unpacked: it is damaged, truncated, encrypted or compressed in an "
                          f"unsupported way ({type(exc).__name__}: {exc})") from None
    found = sorted(p.parent for p in dest.rglob(REPORT))
    if not found:
        raise BundleError(f"{filename} holds no report.json: bundle one run folder (reports/<run_id>/)")
    if len(found) > 1:
        raise BundleError(f"{filename} holds {len(found)} run folders; bundle exactly one")
    return found[0]


def _extract(data: bytes, filename: str, dest: Path) -> None:
    lower = filename.lower()
    total = 0
    if lower.endswith(".zip"):
        try:
            zf = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as exc:
            raise BundleError(f"{filename} is not a valid zip file ({exc})") from exc
        with zf:
            infos = zf.infolist()
            if len(infos) > MAX_BUNDLE_FILES:
                raise BundleError(f"{filename} holds more than {MAX_BUNDLE_FILES} files")
            for info in infos:
                target = _safe_target(dest, info.filename)
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                total += info.file_size
                if total > MAX_BUNDLE_BYTES:
                    raise BundleError(f"{filename} unpacks to more than {MAX_BUNDLE_BYTES} bytes")
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(info) as src, open(target, "wb") as out:
                    out.write(src.read())
    elif lower.endswith((".tar", ".tar.gz", ".tgz")):
        try:
            tf = tarfile.open(fileobj=io.BytesIO(data), mode="r:*")
        except tarfile.TarError as exc:
            raise BundleError(f"{filename} is not a valid tar archive ({exc})") from exc
        with tf:
            members = tf.getmembers()
            if len(members) > MAX_BUNDLE_FILES:
                raise BundleError(f"{filename} holds more than {MAX_BUNDLE_FILES} files")
            for m in members:
                target = _safe_target(dest, m.name)
                if m.isdir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                if not m.isfile():
                    raise BundleError(f"{filename} holds a link or device entry {m.name!r}; only plain files are accepted")
                total += m.size
                if total > MAX_BUNDLE_BYTES:
                    raise BundleError(f"{filename} unpacks to more than {MAX_BUNDLE_BYTES} bytes")
                target.parent.mkdir(parents=True, exist_ok=True)
                member = tf.extractfile(m)
                assert member is not None
                with member, open(target, "wb") as out:
                    out.write(member.read())
    else:
        raise BundleError(f"{filename}: expected a .zip, .tar, .tar.gz or .tgz bundle of one run folder")
