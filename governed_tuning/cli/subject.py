"""``governed-tuning subject find|erase``: data-subject requests (GDPR Art. 15 and 17, CCPA deletion).

Registered on the main app by ``cli/__init__.py``. The person's identifiers are read from options or, better, from
a request file (``--request``: nothing in the shell history or the process list), tokenised in memory and never
printed, logged or written: output names each identifier by its option (``--name``, ``--email #2``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from . import help as help_
from .commands import _passphrase, app

subject_app = help_.Typer(help="Data-subject requests: find a person in every run and copy by keyed tokens "
                          "(GDPR Art. 15 access), write copies without them (Art. 17 erasure, CCPA deletion).",
                          no_args_is_help=True)
app.add_typer(subject_app, name="subject")

NAME = typer.Option([], "--name", help="The person's name as they gave it (repeatable). Case, accents, spacing, "
                    "hyphens and titles do not matter; order, initials and misspellings do (see README).")
EMAIL = typer.Option([], "--email", help="An e-mail address (repeatable).")
PHONE = typer.Option([], "--phone", help="A phone number in any format (repeatable); without a country code it is "
                     "read in each run's region.")
IDS = typer.Option([], "--id", help="Another identifier as KIND:VALUE, e.g. US_SSN:..., IBAN_CODE:... (repeatable).")
REQUEST = typer.Option(None, "--request", help="JSON file {\"name\": [...], \"email\": [...], \"phone\": [...], "
                       "\"id\": [\"KIND:VALUE\"]}: keeps the identifiers out of the shell history and the process "
                       "list (options are visible to other users in `ps`).")
REPORTS = typer.Option(Path("reports"), "--reports", help="Reports folder: every run and copy under it is searched.")
KEY = typer.Option(None, "--key", help="File holding the pseudonym key the runs were scrubbed with; default: "
                   "$GOVERNED_TUNING_PSEUDONYM_KEY, else your own key ($XDG_CONFIG_HOME/governed-tuning/"
                   "pseudonym.key).")


def _request(names, emails, phones, ids, request_file: Path | None):
    from ..errors import InputError
    from ..limits import MAX_CONFIG_BYTES, read_regular
    from ..subjects.find import Request

    names, emails, phones, ids = list(names), list(emails), list(phones), list(ids)
    if request_file is not None:
        try:
            doc = json.loads(read_regular(request_file, MAX_CONFIG_BYTES, "request file"))
        except ValueError:
            raise InputError(request_file, "not valid JSON (expected {\"name\": [...], \"email\": [...], ...})") \
                from None
        if not isinstance(doc, dict) or set(doc) - {"name", "email", "phone", "id"}:
            raise InputError(request_file, "expected an object with the keys name, email, phone, id (lists of "
                             "strings)")
        for k, dest in (("name", names), ("email", emails), ("phone", phones), ("id", ids)):
            v = doc.get(k, [])
            v = [v] if isinstance(v, str) else v
            if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                raise InputError(request_file, f"field {k!r}: expected a string or a list of strings")
            dest += v
    return Request.of(names, emails, phones, ids)


def _key(key_file: Path | None) -> bytes:
    from ..gates.pii.keys import _read_key_file, resolve_key
    from ..policy import PiiPolicy

    if key_file is not None:
        return _read_key_file(key_file, "--key")
    found = resolve_key(PiiPolicy.model_fields["pseudonym_key_env"].default, None, create=False, announce=None)
    if found is None:
        from ..gates.pii.engine import PiiKeyError

        raise PiiKeyError("no pseudonym key: give the one the runs were scrubbed with (--key FILE or "
                          "$GOVERNED_TUNING_PSEUDONYM_KEY)")
    return found.key


def _print_find(res, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(res.to_dict(), indent=2))
        return
    fp = res.key_fingerprint.removeprefix("scrypt:")[:12]
    typer.echo(f"searched {res.searched} subject index(es) keyed with key {fp}...")
    if not res.matches:
        typer.echo("found in no run or copy searched")
    for m in res.matches:
        where = f"run {m.run_id}: {m.copy}" if m.run_id else f"copy {m.copy}"
        if m.run_id and m.source != f"{m.run_id}/{m.copy}":
            where += f" (the copy {m.source} an erasure wrote)"
        pos = m.in_copy
        shown = ", ".join(map(str, pos[:20])) + (f" and {len(pos) - 20} more" if len(pos) > 20 else "")
        lines = sorted({line for _, line in m.records})
        typer.echo(f"{where}: {len(m.records)} record(s) ({', '.join(f'{k}: {v}' for k, v in m.matched.items())})"
                   + (f"; in the copy at positions {shown}" if pos else "; none in the copy (dropped by the gate)")
                   + f"; input lines {', '.join(map(str, lines[:20]))}" + (" ..." if len(lines) > 20 else "")
                   + ("" if m.copy_present else "; the copy itself is no longer there")
                   + (f"; {m.note}" if m.note else ""))
        if m.models:
            typer.echo(f"    models trained on it: {', '.join(m.models)}")
    for s in res.skipped:
        typer.echo(f"NOT SEARCHED {s.where}: {s.reason}")
    for w in res.pending:
        typer.echo(f"PENDING {w['where']}: {w['records']} record(s) erased by request(s) {', '.join(w['requests'])} "
                   "are still in this copy until it is replaced (governed-tuning erase RUN COPY --replacement NEW); "
                   "whose they were is no longer in its index")


@subject_app.command("find")
def find_cmd(
    names: list[str] = NAME, emails: list[str] = EMAIL, phones: list[str] = PHONE, ids: list[str] = IDS,
    request: Optional[Path] = REQUEST, reports: Path = REPORTS, key: Optional[Path] = KEY,
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
) -> None:
    """Every run, dataset copy and model whose training data held the person (Art. 15 access): record counts and
    positions, never a value. Exit 0 when found, 1 when not found, 3 when some index could not be searched and
    the person was not found in the others."""
    from ..subjects.find import find

    res = find(reports, _request(names, emails, phones, ids, request), _key(key))
    _print_find(res, as_json)
    raise typer.Exit(0 if res.matches else (3 if res.skipped else 1))


@subject_app.command("erase")
def erase_cmd(
    request_id: str = typer.Option(..., "--request-id", help="The request's reference (e.g. REQ-2026-114), never the "
                                   "person's name: it names the folder and the signed record."),
    names: list[str] = NAME, emails: list[str] = EMAIL, phones: list[str] = PHONE, ids: list[str] = IDS,
    request: Optional[Path] = REQUEST, reports: Path = REPORTS, key: Optional[Path] = KEY,
    signing_key: Path = typer.Option(..., "--signing-key", help="The runs' signing key (PEM): it signs the erasure "
                                     "record and files it in the ledger."),
    by: Optional[str] = typer.Option(None, "--by", help="Who carries out the request (a role or team)."),
    passphrase_env: Optional[str] = typer.Option(None, "--passphrase-env", help="Environment variable holding the "
                                                 "passphrase of an encrypted --signing-key."),
) -> None:
    """Write new copies without the person's records (Art. 17 erasure, CCPA deletion) and a signed erasure record
    filed in the ledger; the old copies are left for you to replace, and the models trained on them are named for
    retraining. Exit 0 when everything found was processed, 3 when some place could not be."""
    from ..subjects.erase import erase

    out = erase(reports, _request(names, emails, phones, ids, request), _key(key), request_id=request_id,
                signing_key=signing_key, by=by, passphrase=_passphrase(passphrase_env))
    p = out.predicate
    for c in p["copies"]:
        where = f"run {c['run_id']}: {c['copy']}" if c.get("run_id") else f"copy {c['copy']}"
        if "new_copy" in c:
            typer.echo(f"{where}: {c['records_removed']} of {c['records_before']} record(s) left out of the new copy "
                       f"{reports / c['new_copy']} (sha256 {c['new_sha256'][:16]}...); the old copy is untouched")
            if c.get("run_id"):
                typer.echo(f"    replace it when checked: governed-tuning erase {reports / c['run_id']} {c['copy']} "
                           f"--replacement {reports / c['new_copy']} --reason {request_id} --by ... --key "
                           f"{signing_key}")
        else:
            typer.echo(f"{where}: {c.get('note', '')}")
    for r in p["retrain"]:
        typer.echo(f"RETRAIN run {r['run_id']}: {', '.join(r['models'])} (trained on the old copy)")
    for s in p["not_processed"]:
        typer.echo(f"NOT PROCESSED {s['where']}: {s['reason']}")
    if not p["copies"]:
        typer.echo("the person was found in no copy searched")
    for n in p.get("indexes") or []:
        if n.get("struck"):
            typer.echo(f"STRUCK {n['postings_removed']} posting(s) of the person from the subject index "
                       f"{n['index']}" + (f" (signed erasure entry {n['erasure_entry']})" if n.get("erasure_entry")
                                          else ""))
        else:
            typer.echo(f"NOT STRUCK from {n['index']}: {n.get('reason', '')}")
    typer.echo(f"signed erasure record {out.record}, filed in the ledger at entry {out.ledger_seq}")
    raise typer.Exit(3 if p["not_processed"] else 0)
