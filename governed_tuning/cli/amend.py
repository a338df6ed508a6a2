"""``attest`` and ``erase``: signed amendments to a run after its report (``audit/amendments.py``).

Registered on the main app by ``cli/__init__.py``. Both write a DSSE envelope into the run folder that
``governed-tuning verify`` checks; neither touches the signed report itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .commands import _passphrase, app


@app.command("attest")
def attest_cmd(
    run_dir: Path = typer.Argument(..., help="Signed run folder (reports/<run_id>)."),
    key: Path = typer.Option(..., "--key", help="YOUR OWN private key (PEM, from `governed-tuning keygen`): the "
                             "attestation is a named person's, not the pipeline's."),
    name: str = typer.Option(..., "--name", help="Who attests, as they sign documents (e.g. 'A. Officer')."),
    statement: str = typer.Option(..., "--statement", help="What they attest, e.g. 'The purpose, lawful basis and "
                                  "DPIA declared in this report are correct.'"),
    role: Optional[str] = typer.Option(None, "--role", help="Their role, e.g. 'Data Protection Officer'."),
    passphrase_env: Optional[str] = typer.Option(None, "--passphrase-env", help="Environment variable holding "
                                                 "the passphrase of an encrypted --key."),
) -> None:
    """Sign a statement about a run's report (purpose, lawful basis, DPIA: what only people can decide)."""
    from ..audit.amendments import attest
    from ..audit.keys import key_id, load_private_key

    passphrase = _passphrase(passphrase_env)
    out = attest(run_dir, key_path=key, name=name, statement=statement, role=role, passphrase=passphrase)
    kid = key_id(load_private_key(key, passphrase))
    typer.echo(f"wrote {out}: attestation by {name}, signed with key {kid[:16]}...")
    typer.echo(f"auditors check it with: governed-tuning verify {run_dir} --pubkey RUN.pub --attester "
               "YOUR_PUBLIC_KEY.pub")


@app.command("erase")
def erase_cmd(
    run_dir: Path = typer.Argument(..., help="Signed run folder (reports/<run_id>)."),
    target: Path = typer.Argument(..., help="Scrubbed copy to remove, relative to the run folder (e.g. "
                                  "data/sft/support-chats.jsonl) or a folder of them."),
    reason: str = typer.Option(..., "--reason", help="Why, e.g. 'GDPR Art. 17 request REQ-2026-114' or "
                               "'retention period ended'. A reference, never the person's name."),
    by: str = typer.Option(..., "--by", help="Who erases (a role or team, e.g. 'Privacy office')."),
    key: Path = typer.Option(..., "--key", help="The run's signing key (PEM): verify accepts an erasure signed "
                             "by the key that signed the run."),
    replacement: Optional[Path] = typer.Option(None, "--replacement", help="Redact instead of remove: replace "
                                               "the file with this one (e.g. the copy without a person's "
                                               "records); its digest is recorded."),
    passphrase_env: Optional[str] = typer.Option(None, "--passphrase-env", help="Environment variable holding "
                                                 "the passphrase of an encrypted --key."),
) -> None:
    """Remove or redact a scrubbed copy of a signed run, recorded first as a signed erasure entry."""
    from ..audit.amendments import erase

    out = erase(run_dir, target, reason=reason, by=by, key_path=key, passphrase=_passphrase(passphrase_env),
                replacement=replacement)
    typer.echo(f"{'redacted' if replacement else 'removed'} {target}; signed erasure entry {out}")
    typer.echo("models trained on the old copy are not changed by this: retrain them if the request covers them")
