"""Bounded work on hostile input: regular files only, documented size limits, bounded JSON and YAML nesting.

Anything an attacker can place where we read (a run folder, a ledger, a key path, a dataset path, a config)
may be a FIFO that blocks ``open()`` forever, a device that never ends (``/dev/zero``), a symlink out of the
folder, a document nested deeper than the parser's recursion, or a YAML alias bomb. Every reader of such a
path goes through here, so the limits are stated once (README "Limits") and a breach is a clear error, not a
hang, a traceback or 24 GB of memory.

- Opening never blocks: ``O_NONBLOCK`` (a FIFO without a writer opens at once), then ``fstat`` on the open
  descriptor decides: anything but a regular file is refused before one byte is read.
- ``follow_symlinks=False`` adds ``O_NOFOLLOW`` where a symlink itself is the attack (inside a run folder).
- Sizes are checked on the descriptor and the read stops at the limit + 1 byte, so a file growing while it is
  read cannot push past the limit either.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any, Iterator

from .errors import GovernedTuningError

KIB, MIB = 1 << 10, 1 << 20

#: report.json, report.dsse.json and the other JSON documents of a run folder that verify and the dashboard read.
MAX_DOCUMENT_BYTES = 64 * MIB
#: A ledger line (one entry) and the whole ledger.
MAX_LEDGER_LINE_BYTES = 64 * KIB
MAX_LEDGER_BYTES = 1024 * MIB
#: ledger.checkpoint.json, and a checkpoint an auditor kept.
MAX_CHECKPOINT_BYTES = 64 * KIB
#: A PEM key file (public or private).
MAX_KEY_BYTES = 64 * KIB
#: A run config, policy or manifest (YAML or JSON).
MAX_CONFIG_BYTES = 1 * MIB
#: Nodes a YAML document may expand to once its aliases are followed (a config has a few hundred).
MAX_YAML_NODES = 100_000
#: Nesting depth of any JSON document we parse; ours are at most about 10 deep.
MAX_JSON_DEPTH = 64

_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISLNK, "a symlink"))


class UnsafeFileError(GovernedTuningError):
    """A path is not a regular file, or is larger than the limit for what it should be."""

    def __init__(self, path: str | Path, why: str, code: str = "not_regular_file"):
        self.path, self.why, self.code = Path(path), why, code
        super().__init__(f"{path}: {why}")


def kind_of(mode: int) -> str:
    """What a file mode is, in words ("a FIFO (named pipe)", ...)."""
    for test, name in _KINDS:
        if test(mode):
            return name
    return "not a regular file"


def open_regular(path: str | Path, *, follow_symlinks: bool = True) -> int:
    """A read-only descriptor on ``path``, which must be a regular file; never blocks on a FIFO or device."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    if not follow_symlinks:
        flags |= os.O_NOFOLLOW
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == 40 and not follow_symlinks:  # ELOOP: the last component is a symlink
            raise UnsafeFileError(path, "is a symlink, not a regular file; symlinks are not followed here") \
                from None
        raise
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise UnsafeFileError(path, f"is not a regular file (it is {kind_of(mode)}); only regular files are "
                                  "read")
        os.set_blocking(fd, True)
        return fd
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: str | Path, limit: int, what: str = "file", *, follow_symlinks: bool = True) -> bytes:
    """The bytes of the regular file ``path``, refused when larger than ``limit`` (a documented limit)."""
    fd = open_regular(path, follow_symlinks=follow_symlinks)
    try:
        size = os.fstat(fd).st_size
        if size > limit:
            raise UnsafeFileError(path, f"is {size} bytes, larger than the {limit}-byte limit for a {what}",
                                  "too_large")
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise UnsafeFileError(path, f"grew past the {limit}-byte limit for a {what} while it was read",
                                      "too_large")
        return b"".join(chunks)
    finally:
        os.close(fd)


def iter_regular(path: str | Path, chunk: int = 1 << 20, *, follow_symlinks: bool = True) -> Iterator[bytes]:
    """The chunks of the regular file ``path`` (any size: a regular file ends)."""
    fd = open_regular(path, follow_symlinks=follow_symlinks)
    try:
        while data := os.read(fd, chunk):
            yield data
    finally:
        os.close(fd)


def check_regular(path: str | Path) -> None:
    """Raise :class:`UnsafeFileError` unless ``path`` is a regular file (or a folder, for dataset folders)."""
    p = Path(path)
    if p.is_dir():
        return
    os.close(open_regular(p))


# --------------------------------------------------------------------------- JSON nesting

# A string, or an unterminated one up to the end: a failed match would be retried from every later quote, which
# makes a long run of escaped quotes quadratic (tests/adversarial/test_06_deep_nesting.py has that input).
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*(?:"|\\?\Z)', re.DOTALL)
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")
_INNERMOST = re.compile(rb"\[\]|\{\}")


def json_depth_exceeds(data: bytes | str, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether JSON text nests deeper than ``limit``, found without recursion and in C-speed passes.

    Strings are blanked, everything but brackets dropped, then innermost pairs are removed once per level: at
    most ``limit + 1`` passes over a string of brackets, whatever the input.
    """
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return False
    brackets = _STRING.sub(b"", raw).translate(None, _NOT_BRACKET)
    for _ in range(limit):
        if not brackets:
            return False
        shorter = _INNERMOST.sub(b"", brackets)
        if shorter == brackets:
            return False  # unbalanced: the JSON parser names the error
        brackets = shorter
    return bool(brackets)


# --------------------------------------------------------------------------- YAML expansion


def yaml_expanded_nodes(root: Any, limit: int = MAX_YAML_NODES) -> int:
    """How many nodes a composed YAML document expands to once aliases are followed, stopping past ``limit``.

    The composer turns an alias into a second reference to the anchored node, so a billion-laughs document is
    small as a graph and only explodes when it is turned into Python objects and copied (by validation, dumps).
    The count stops soon after passing ``limit``; nesting deeper than MAX_JSON_DEPTH raises RecursionError.
    """
    import yaml

    memo: dict[int, int] = {}

    def size(node: Any, depth: int) -> int:
        key = id(node)
        if key in memo:
            return memo[key]
        if depth > MAX_JSON_DEPTH:
            raise RecursionError
        n = 1
        if isinstance(node, yaml.SequenceNode):
            for child in node.value:
                n += size(child, depth + 1)
                if n > limit:
                    break
        elif isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                n += size(k, depth + 1) + size(v, depth + 1)
                if n > limit:
                    break
        memo[key] = n
        return n

    return 0 if root is None else size(root, 0)
