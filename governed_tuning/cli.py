"""The ``governed-tuning`` command line: one Typer app, each command a thin call into the modules.

Imports of heavy libraries (torch, transformers, Presidio) happen inside the commands, so ``--help``
and light commands start fast. Errors of ours (GovernedTuningError) print as one readable diagnosis and
exit 2; a gate that blocks exits 1.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from . import __version__
from .errors import GovernedTuningError

app = typer.Typer(
    name="governed-tuning",
    help="Fine-tune language models with TRL behind policy gates (PII, licence and provenance, fairness), "
    "with signed audit reports that a third party verifies with a public key alone.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

policy_app = typer.Typer(help="Inspect and validate policy files.", no_args_is_help=True)
app.add_typer(policy_app, name="policy")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"governed-tuning {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    """governed-tuning: policy-gated fine-tuning with signed audit reports."""


# --------------------------------------------------------------------------- policy


@policy_app.command("check")
def policy_check(
    policy: str = typer.Argument(..., help="Policy file, or a shipped name: default, gdpr, ccpa."),
) -> None:
    """Validate a policy file strictly; print its digest, or the file, line and field at fault."""
    from .policy import load_policy

    loaded = load_policy(policy)
    typer.echo(f"{loaded.path}: valid policy '{loaded.policy.name}' (sha256 {loaded.sha256})")


@policy_app.command("show")
def policy_show(
    policy: str = typer.Argument("default", help="Policy file, or a shipped name: default, gdpr, ccpa."),
) -> None:
    """Print a policy with every default filled in, as YAML."""
    import yaml

    from .policy import load_policy

    loaded = load_policy(policy)
    typer.echo(yaml.safe_dump(loaded.policy.model_dump(mode="json"), sort_keys=False))


@policy_app.command("list")
def policy_list() -> None:
    """List the shipped policies and where they are installed."""
    from .policy import SHIPPED, load_policy

    for name in SHIPPED:
        loaded = load_policy(name)
        typer.echo(f"{name:8s} {loaded.path}  {loaded.policy.description.strip().splitlines()[0] if loaded.policy.description else ''}")


# --------------------------------------------------------------------------- scrub (gates/pii.py)

# --------------------------------------------------------------------------- license (gates/license.py)

# --------------------------------------------------------------------------- fairness (gates/fairness.py)

# --------------------------------------------------------------------------- run, demo (run.py, demo.py)

# --------------------------------------------------------------------------- keygen, verify (audit/)

# --------------------------------------------------------------------------- dashboard (dashboard/app.py)


def main(argv: Optional[list[str]] = None) -> None:
    try:
        app(args=argv, standalone_mode=True)
    except GovernedTuningError as exc:
        typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
