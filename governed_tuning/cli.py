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


@app.command("dashboard")
def dashboard(
    reports: Optional[Path] = typer.Option(
        None, "--reports", help="Reports folder to show (default: $GOVERNED_TUNING_REPORTS, else reports/)."),
    port: int = typer.Option(8501, "--port", min=1, max=65535, help="Port on localhost."),
    pubkey: list[Path] = typer.Option(
        [], "--pubkey", help="Trusted public key (PEM) to verify reports with; repeat for several "
        "(default: $GOVERNED_TUNING_PUBKEYS, os.pathsep-separated)."),
) -> None:
    """Start the read-only auditors' dashboard (Streamlit) on localhost over a reports folder."""
    import importlib.resources
    import os

    from .errors import ConfigError

    env = dict(os.environ)
    if reports is not None:
        env["GOVERNED_TUNING_REPORTS"] = str(reports.expanduser().resolve())
    if pubkey:
        for key in pubkey:
            if not key.expanduser().is_file():
                raise ConfigError(f"{key}: --pubkey must name a PEM public key file; this one does not exist")
        env["GOVERNED_TUNING_PUBKEYS"] = os.pathsep.join(str(k.expanduser().resolve()) for k in pubkey)
    shown = Path(env.get("GOVERNED_TUNING_REPORTS") or "reports")
    if not shown.is_dir():
        typer.secho(f"warning: reports folder {shown} does not exist yet; the dashboard will say so", err=True,
                    fg=typer.colors.YELLOW)
    app_file = importlib.resources.files("governed_tuning.dashboard").joinpath("app.py")
    if not app_file.is_file():
        raise ConfigError(f"{app_file}: the dashboard is not installed with this package (app.py missing)")
    cmd = [sys.executable, "-m", "streamlit", "run", str(app_file),
           "--server.address", "localhost", "--server.port", str(port), "--server.headless", "true",
           "--server.fileWatcherType", "none", "--server.runOnSave", "false",
           "--browser.gatherUsageStats", "false", "--client.toolbarMode", "viewer",
           "--client.showErrorDetails", "none"]
    typer.echo(f"governed-tuning dashboard: http://localhost:{port}  (reports: {shown})", err=True)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(sys.executable, cmd, env)  # the server replaces this process, so signals reach it directly


def main(argv: Optional[list[str]] = None) -> None:
    try:
        app(args=argv, standalone_mode=True)
    except GovernedTuningError as exc:
        typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
