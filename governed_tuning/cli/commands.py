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

from .. import __version__
from ..errors import GovernedTuningError
from . import help as help_

app = help_.Typer(
    name="governed-tuning",
    help="Fine-tune language models with TRL behind policy gates (PII, licence and provenance, fairness), "
    "with signed audit reports that a third party verifies with a public key alone.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

policy_app = help_.Typer(help="Inspect and validate policy files.", no_args_is_help=True)
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
    from ..policy import load_policy

    loaded = load_policy(policy)
    typer.echo(f"{loaded.path}: valid policy '{loaded.policy.name}' (sha256 {loaded.sha256})")


@policy_app.command("show")
def policy_show(
    policy: str = typer.Argument("default", help="Policy file, or a shipped name: default, gdpr, ccpa."),
) -> None:
    """Print a policy with every default filled in, as YAML, then (as YAML comments) every PII kind it looks
    for, with what each is and the law that names it, and the kinds it does not look for."""
    import yaml

    from ..gates.pii.kinds import targets_comment
    from ..policy import load_policy

    loaded = load_policy(policy)
    typer.echo(yaml.safe_dump(loaded.policy.model_dump(mode="json"), sort_keys=False))
    typer.echo(targets_comment(loaded.policy.pii.entities))


@policy_app.command("list")
def policy_list() -> None:
    """List the shipped policies and where they are installed."""
    from ..policy import SHIPPED, load_policy

    for name in SHIPPED:
        loaded = load_policy(name)
        typer.echo(f"{name:8s} {loaded.path}  {loaded.policy.description.strip().splitlines()[0] if loaded.policy.description else ''}")


# --------------------------------------------------------------------------- scrub (gates/pii.py)


@app.command("scrub")
def scrub(
    input: Path = typer.Argument(..., help="JSONL, CSV, Parquet file or Hugging Face save_to_disk folder."),
    out: Path = typer.Option(..., "--out", "-o", help="Where the scrubbed copy goes (same format; never the input)."),
    policy: Optional[str] = typer.Option(None, "--policy", "-p", help="Policy file or shipped name "
                                         "(default, gdpr, ccpa); the default policy when omitted."),
    fields: Optional[str] = typer.Option(None, "--fields", help="Comma-separated fields to scrub; default: every "
                                         "text field (chat messages and preference pairs understood). The re-scan "
                                         "still reads every field: personal data left in the others fails the gate."),
    evidence: Optional[Path] = typer.Option(None, "--evidence", help="Write the PII-free evidence JSON here."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar on stderr."),
    engine: str = typer.Option("local", "--engine", help="local (one process, bounded memory) or ray: the passes "
                               "over one pool of Ray actors, each building the gate once; --out is then a folder of shards in the "
                               "input's format, with shards.json (needs the `ray` extra)."),
    ray_address: Optional[str] = typer.Option(None, "--ray-address", help="With --engine ray: the cluster to "
                                              "join (auto, HOST:PORT or ray://HOST:PORT); default: a private "
                                              "Ray on this machine. The records travel to its workers."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="With --engine ray: actors per pass "
                                          "(default: one per CPU of the Ray, less one)."),
    ray_spill_dir: Optional[Path] = typer.Option(None, "--ray-spill-dir", help="With --engine ray on the private "
                                                 "Ray: where its object store spills when full (the records, "
                                                 "personal data included); default /tmp/ray. Made mode 0700."),
) -> None:
    """Detect personal data and remove or pseudonymise it as the policy says, re-scan the output; exit 0 only on pass.

    Pseudonyms and surrogates are chosen by a secret pseudonym key (an HMAC key: the same person gets the same
    token or fake name in every record and every run with the same key). It comes from
    $GOVERNED_TUNING_PSEUDONYM_KEY, else the policy's pii.pseudonym_key_file, else your own key in
    $XDG_CONFIG_HOME/governed-tuning/pseudonym.key (~/.config/... by default), created on first use (32 random
    bytes, mode 0600). Keep it secret and back it up; the evidence records only its fingerprint.
    """
    from ..errors import InputError
    from ..fsio import atomic_write_json
    from ..gates.pii import PiiGate
    from ..policy import load_policy

    if evidence is not None and evidence.resolve() in (input.resolve(), out.resolve()):
        raise InputError(evidence, "--evidence names the input or the --out path; choose another file")
    loaded = load_policy(policy)
    field_list = [f.strip() for f in fields.split(",") if f.strip()] if fields else None
    from ..raycluster import check_engine
    from ..subjects.index import index_name

    check_engine(engine, ray_address, workers, ray_spill_dir)
    gate = PiiGate(loaded.policy.pii, progress=progress and sys.stderr.isatty())
    index = out.with_name(index_name(out))  # beside the copy: `governed-tuning subject find` reads it
    if engine == "ray":
        from ..gates.pii import ray_engine

        result = ray_engine.check(gate, input, out, field_list, address=ray_address, workers=workers,
                                  index_path=index, spill_dir=ray_spill_dir)
    else:
        result = gate.check(input, out, field_list, index_path=index)
    doc = result.model_dump(mode="json")
    doc["evidence"]["policy"] = {"name": loaded.policy.name, "path": loaded.path, "sha256": loaded.sha256,
                                 "origin": loaded.origin, "based_on": loaded.based_on}
    if evidence is not None:
        atomic_write_json(evidence, doc)
    from . import render  # here, as every heavy import: `governed-tuning --help` stays fast

    render.pii_summary(result, out)
    raise typer.Exit(0 if result.verdict == "pass" else 1)


# --------------------------------------------------------------------------- license (gates/license.py)

license_app = help_.Typer(help="Licence and provenance of the datasets and models in a manifest.",
                          no_args_is_help=True)
app.add_typer(license_app, name="license")
app.add_typer(license_app, name="licence", hidden=True)


def _license_result(manifest_path: Path, policy: str | None, only: list[str] | None = None):
    from ..gates.license import LicenseGate
    from ..manifest import load_manifest
    from ..policy import load_policy

    loaded = load_policy(policy)
    manifest = load_manifest(manifest_path)
    result = LicenseGate(loaded.policy.license, policy_name=Path(loaded.path).name).check(manifest, only=only)
    return manifest, result


@license_app.command("check")
def license_check(
    manifest: Path = typer.Argument(..., help="Dataset and model manifest (YAML or JSON)."),
    policy: Optional[str] = typer.Option(None, "--policy", "-p", help="Policy file or shipped name "
                                         "(default, gdpr, ccpa); the default policy when omitted."),
    as_json: bool = typer.Option(False, "--json", help="Print the gate result as JSON instead of a table."),
    only: Optional[list[str]] = typer.Option(None, "--only", help="Check just this dataset (repeatable), "
                                             "plus every model, as a training stage does."),
) -> None:
    """Judge every source's licence and provenance; exit 0 only when every source is allowed."""
    from . import render

    _, result = _license_result(manifest, policy, only or None)
    if as_json:
        render.as_json(result.model_dump(mode="json"))
    else:
        render.license_table(result)
    raise typer.Exit(0 if result.verdict == "pass" else 1)


@license_app.command("notice")
def license_notice(
    manifest: Path = typer.Argument(..., help="Dataset and model manifest (YAML or JSON)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write NOTICE.md here instead of printing it."),
    policy: Optional[str] = typer.Option(None, "--policy", "-p", help="Policy file or shipped name."),
) -> None:
    """Write the attribution notice the obligations of the allowed sources require."""
    from ..notice import render_notice, write_notice

    loaded, result = _license_result(manifest, policy)
    if out is None:
        typer.echo(render_notice(result, manifest=loaded), nl=False)
    else:
        write_notice(result, out, manifest=loaded)
        typer.echo(f"wrote {out}")


@license_app.command("bom")
def license_bom(
    manifest: Path = typer.Argument(..., help="Dataset and model manifest (YAML or JSON)."),
    out: Path = typer.Option(..., "--out", "-o", help="Where to write the CycloneDX 1.6 ML-BOM (JSON)."),
    policy: Optional[str] = typer.Option(None, "--policy", "-p", help="Policy file or shipped name."),
) -> None:
    """Export the manifest's sources, with licences, digests and verdicts, as a CycloneDX 1.6 ML-BOM."""
    from ..bom import write_bom

    m, result = _license_result(manifest, policy)
    write_bom(m, result, out)
    typer.echo(f"wrote {out}")


# --------------------------------------------------------------------------- fairness (gates/fairness.py)

fairness_app = help_.Typer(help="Group gaps in a model's outputs, measured with fairlearn, with intervals.",
                           no_args_is_help=True)
app.add_typer(fairness_app, name="fairness")


def _fairness_report(result, as_json: bool, chart: Optional[Path]) -> None:
    """Print the verdict (table or JSON), write the chart, exit 0 only on pass."""
    from ..gates.fairness import write_chart
    from . import render

    if chart is not None and write_chart(result, chart) is None:
        typer.echo("no per-group data to chart", err=True)
    if as_json:
        render.fairness_json(result)
    else:
        render.fairness_table(result)
    raise typer.Exit(0 if result.verdict == "pass" else 1)


@fairness_app.command("eval")
def fairness_eval(
    outputs: Path = typer.Argument(..., help="Scored outputs (JSONL, CSV, Parquet): one record per output with "
                                   "group, score, optionally label (0/1) and template (for paired gaps)."),
    policy: Optional[str] = typer.Option(None, "--policy", "-p", help="Policy file or shipped name."),
    as_json: bool = typer.Option(False, "--json", help="Print the metrics, intervals and verdict as JSON."),
    chart: Optional[Path] = typer.Option(None, "--chart", help="Write the per-group chart (PNG) here."),
) -> None:
    """Judge outputs a team already has; exit 0 only on pass (1 on fail or insufficient)."""
    from ..data import read_table
    from ..gates.fairness import FairnessGate
    from ..policy import load_policy

    table = read_table(outputs)
    result = FairnessGate(load_policy(policy).policy.fairness).evaluate(table.records, source=str(outputs),
                                                                         lines=table.lines)
    _fairness_report(result, as_json, chart)


@fairness_app.command("run")
def fairness_run(
    model: Path = typer.Argument(..., help="Local model folder (saved with save_pretrained)."),
    suite: Optional[str] = typer.Option(None, "--suite", help="Shipped suite (gender, ethnicity, age, religion, "
                                        "nationality, disability) or a .yaml/.jsonl file; default: the policy's."),
    policy: Optional[str] = typer.Option(None, "--policy", "-p", help="Policy file or shipped name."),
    scorer: Optional[str] = typer.Option(None, "--scorer", help="vader, refusal, reward_model:PATH or "
                                         "package.module:function; default: the policy's."),
    prompts_per_group: Optional[int] = typer.Option(None, "--prompts-per-group", min=1,
                                                    help="Suite size per group; default: the policy's."),
    as_json: bool = typer.Option(False, "--json", help="Print the metrics, intervals and verdict as JSON."),
    chart: Optional[Path] = typer.Option(None, "--chart", help="Write the per-group chart (PNG) here."),
    engine: str = typer.Option("local", "--engine", help="local (one process) or ray: generation and scoring "
                               "over a pool of Ray actors, one model copy each (needs the `ray` extra)."),
    ray_address: Optional[str] = typer.Option(None, "--ray-address", help="With --engine ray: the cluster to "
                                              "join (auto, HOST:PORT or ray://HOST:PORT); default: a private "
                                              "Ray on this machine."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="With --engine ray: actors in the pool "
                                          "(default: one per GPU, else one per CPU less one)."),
    ray_spill_dir: Optional[Path] = typer.Option(None, "--ray-spill-dir", help="With --engine ray on the private "
                                                 "Ray: where its object store spills when full; default /tmp/ray."),
) -> None:
    """Generate for a counterfactual suite with MODEL, score, judge; exit 0 only on pass."""
    from ..gates.fairness import FairnessGate
    from ..policy import load_policy

    from ..raycluster import check_engine

    check_engine(engine, ray_address, workers, ray_spill_dir)
    pol = load_policy(policy).policy.fairness
    if prompts_per_group is not None:
        pol = pol.model_copy(update={"prompts_per_group": prompts_per_group})
    result = FairnessGate(pol).check_model(model, suite=suite, scorer=scorer, engine=engine,
                                           ray_address=ray_address, workers=workers, ray_spill_dir=ray_spill_dir)
    _fairness_report(result, as_json, chart)


@fairness_app.command("suites")
def fairness_suites() -> None:
    """List the shipped counterfactual prompt suites, and the bbq benchmark suite when its extra is installed."""
    from ..suites import load_suite, shipped_suites

    for name in shipped_suites():
        s = load_suite(name)
        typer.echo(f"{name:12s} groups: {', '.join(s.groups)}; {len(s.templates)} templates")
    from ..errors import ConfigError
    from ..gates.fairness.bbq import load_bbq

    try:
        items, src = load_bbq()
        typer.echo(f"{'bbq':12s} the BBQ benchmark: {src.n_question_sets} question sets ({len(items)} items) from "
                   f"{src.package} {src.version} ({src.license}), answered by log-likelihood")
    except ConfigError as exc:  # the optional extra is missing: say how to get it
        typer.echo(f"{'bbq':12s} not available: {exc}")

# --------------------------------------------------------------------------- run, demo (run/, demo.py)


def _finish_run(outcome, pubkey: Optional[Path] = None, demo: bool = False) -> None:
    """Print where the run went and exit 0 only for a releasable model (``demo``: for a run that went end to end,
    released or blocked by a gate; 1 only when it failed)."""
    rec, run_dir = outcome.record, outcome.run_dir
    colour = typer.colors.GREEN if rec.releasable else typer.colors.RED
    typer.secho(f"run {rec.run_id}: {rec.status}; releasable: {'yes' if rec.releasable else 'no'}", fg=colour)
    for reason in rec.release_reasons:
        typer.echo(f"  - {reason}")
    typer.echo(f"policy: {rec.policy.describe()}")
    typer.echo(f"record: {run_dir / 'run.json'}")
    if outcome.report is not None:
        typer.echo(f"report: {run_dir / 'report.html'} (signed: report.dsse.json)")
    typer.echo(f"dashboard: governed-tuning dashboard --reports {run_dir.parent}")
    if outcome.report is not None:
        typer.echo(f"verify: governed-tuning verify {run_dir} --pubkey {pubkey or '<public key>'}")
    if demo and rec.status in ("completed", "blocked"):
        if not rec.releasable:
            typer.echo("the demo ran end to end: the gates above keep its tiny model from release, as they should "
                       "(a 2-layer model trained for a few steps cannot pass them); the report is signed all the same")
        raise typer.Exit(0)
    raise typer.Exit(0 if rec.releasable else 1)


def _print_plan(config: Path, run) -> None:
    """What ``run --check`` found: the run as it would go, and that nothing was written."""
    typer.secho(f"{config}: the run can start (checked: nothing was trained, nothing was written)",
                fg=typer.colors.GREEN)
    typer.echo(f"  policy: {run.loaded_policy.describe()}")
    typer.echo(f"  base model: {run.plan.base_model}")
    for line in run.plan.stages:
        typer.echo(f"  stage {line}")
    fair = run.cfg.fairness
    typer.echo(f"  fairness gate: {'on' if fair.enabled else 'OFF (the model will not be releasable)'}")
    typer.echo(f"  report: {run.reports}/<run_id>/, "
               + (f"signed with {run.key_path}" if run.key_path else "not signed (no --key)"))


@app.command("run")
def run_cmd(
    config: Path = typer.Argument(..., help="Run configuration (YAML): base model, manifest, policy, stages."),
    reports: Optional[Path] = typer.Option(None, "--reports", help="Reports folder (default: the config's "
                                           "'reports', relative to the config file)."),
    key: Optional[Path] = typer.Option(None, "--key", help="Private key (PEM) that signs the report."),
    passphrase_env: Optional[str] = typer.Option(
        None, "--passphrase-env", help="Environment variable holding the passphrase of an encrypted --key "
        "(as given to keygen)."),
    check: bool = typer.Option(False, "--check", help="Check everything a run can check before it starts "
                               "(references, datasets' fields, base model, TRL and LoRA arguments, keys) and "
                               "stop: nothing is trained or written. Exit 0 when the run could start."),
) -> None:
    """Run the stages of CONFIG behind the licence, PII and fairness gates; write and sign the report."""
    from ..config import load_run_config
    from ..progress import RichProgress, quiet_libraries
    from ..run import Run

    passphrase = _passphrase(passphrase_env)
    quiet_libraries()
    cfg = load_run_config(config)
    from ..run.distributed import launch_rank

    rank0 = launch_rank() == 0  # under accelerate launch / torchrun only rank 0 shows progress and signs
    progress = RichProgress()
    run = Run(cfg, reports_dir=reports, key_path=key, progress=progress if rank0 else None, command=sys.argv,
              passphrase=passphrase.encode("utf-8") if passphrase else None)
    if check:
        if rank0:
            _print_plan(config, run)
        raise typer.Exit(0)
    if not rank0:
        run.execute()  # rank 0's exit status is the run's verdict: a non-zero one here would make the launcher
        raise typer.Exit(0)  # stop rank 0 (a failure of this rank is recorded, signed, by rank 0)
    with progress:
        outcome = run.execute()
    pub = key.with_suffix(".pub") if key is not None else None
    _finish_run(outcome, pub if pub is not None and pub.is_file() else None)


@app.command("demo")
def demo_cmd(
    data: Optional[Path] = typer.Option(None, "--data", help="Your prompt/completion or chat 'messages' "
                                        "records (JSONL, CSV, Parquet); the preference and prompt sets are derived "
                                        "from them. Needs --data-license."),
    data_license: Optional[str] = typer.Option(None, "--data-license", help="SPDX licence of --data (required "
                                               "with --data: the licence gate denies data of unknown licence)."),
    key: Optional[Path] = typer.Option(None, "--key", help="Signing key (PEM); default: a demo key generated "
                                       "in the work folder."),
    reports: Path = typer.Option(Path("reports"), "--reports", help="Reports folder."),
    workdir: Path = typer.Option(Path(".demo"), "--workdir", help="Work folder for the tiny model, data, "
                                 "manifest and run config."),
) -> None:
    """Run the whole governed pipeline offline on a tiny local model and synthetic data with planted PII."""
    from ..demo import run_demo
    from ..progress import RichProgress, quiet_libraries

    quiet_libraries()
    typer.echo(f"demo: work folder {workdir}, reports {reports}", err=True)
    with RichProgress() as progress:
        outcome = run_demo(workdir=workdir, data=data, data_license=data_license, key=key, reports=reports,
                           progress=progress, command=sys.argv)
    demo_pub = workdir / "keys" / "signing.pub"
    _finish_run(outcome, demo_pub if key is None and demo_pub.is_file() else None, demo=True)

# --------------------------------------------------------------------------- keygen, verify (audit/)


def _passphrase(var: str | None) -> str | None:
    """The passphrase held in the environment variable ``var`` (--passphrase-env); None without one."""
    import os

    from ..errors import ConfigError

    if not var:
        return None
    value = os.environ.get(var)
    if not value:
        raise ConfigError(f"--passphrase-env {var}: that environment variable is unset or empty")
    return value


@app.command("keygen")
def keygen(
    out: Path = typer.Option(..., "--out", help="Folder for signing.key (private, mode 0600) and signing.pub."),
    passphrase_env: Optional[str] = typer.Option(
        None, "--passphrase-env", help="Encrypt the private key with the passphrase held in this environment "
        "variable (runs then read it from the same variable)."),
) -> None:
    """Create an ECDSA P-256 signing key pair for reports, the ledger and model folders."""
    from ..audit.keys import generate_keypair, key_id, load_public_key

    passphrase = _passphrase(passphrase_env)
    key_path, pub_path = generate_keypair(out, passphrase)
    typer.echo(f"private key: {key_path} (keep it secret; mode 0600{', encrypted' if passphrase else ''})")
    typer.echo(f"public key:  {pub_path} (give it to auditors)")
    typer.echo(f"key id:      {key_id(load_public_key(pub_path))} (a hint only: auditors trust the public key file)")


@app.command("verify")
def verify(
    run_dir: Optional[Path] = typer.Argument(None, help="Run folder (reports/<run_id>) to verify."),
    pubkey: list[Path] = typer.Option(..., "--pubkey", help="A trusted public key (PEM), obtained from the signer "
                                      "directly; repeat for several: verified when one of them verifies."),
    ledger: Optional[Path] = typer.Option(
        None, "--ledger", help="Ledger (ledger.jsonl) to verify; with RUN_DIR, the ledger the run must be in "
        "(default: the one beside the run folder, when present)."),
    since: Optional[Path] = typer.Option(
        None, "--since", help="A ledger checkpoint (ledger.checkpoint.json) you kept from an earlier verification: "
        "the ledger must extend it (a rollback or a rewritten history fails). Keep a copy of today's for next time."),
    allow_unsigned_tail: bool = typer.Option(
        False, "--allow-unsigned-tail", help="Accept ledger entries after the signed checkpoint (left by an "
        "interrupted append) when each is signed on its own; without it they fail verification."),
    attester: Optional[list[Path]] = typer.Option(
        None, "--attester", help="Public key (PEM) of a person whose attestations you trust (repeatable): an "
        "attestation by any other key then fails. Without it, attestations are checked with their own key and "
        "listed."),
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON for machines."),
) -> None:
    """Verify a signed run folder, or the ledger; exit 0 only when every check holds, 1 otherwise."""
    import json as _json

    from ..audit.verify import verify_ledger, verify_run
    from ..errors import ConfigError

    if run_dir is None and ledger is None:
        raise ConfigError("verify: give a RUN_DIR, or --ledger FILE (and --pubkey FILE)")
    if since is not None and (run_dir is not None or ledger is None):
        raise ConfigError("verify: --since goes with --ledger FILE alone (it checks the ledger against the "
                          "checkpoint you kept)")
    if run_dir is not None:
        if not run_dir.is_dir():
            raise ConfigError(f"{run_dir}: not a run folder (expected reports/<run_id>/)")
        result = verify_run(run_dir, pubkey, ledger, allow_unsigned_tail=allow_unsigned_tail,
                            attesters=attester or None)
        what = f"run {run_dir}"
    else:
        result = verify_ledger(ledger, pubkey, since=since,  # type: ignore[arg-type]
                               allow_unsigned_tail=allow_unsigned_tail)
        what = f"ledger {ledger}"
    if as_json:
        typer.echo(_json.dumps(result.to_dict(), indent=2))
    else:
        from . import render

        for check in result.checks:
            typer.echo(f"  ok    {render.one_line(check)}")
        for f in result.failures:
            typer.echo(f"  FAIL  [{f.code}] {render.one_line(f.message)}")
        by = f" (key {result.key})" if result.ok and len(pubkey) > 1 else ""
        typer.echo(f"{what}: {'VERIFIED' + by if result.ok else 'FAILED VERIFICATION'}")
        if result.ok and run_dir is None:
            typer.echo(f"keep a copy of {ledger.with_name(ledger.name.removesuffix('.jsonl') + '.checkpoint.json')} "  # type: ignore[union-attr]
                       "and pass it as --since next time: the ledger must then extend it (a rollback fails)")
    raise typer.Exit(0 if result.ok else 1)


# --------------------------------------------------------------------------- docs (documents/)

DOC_KINDS = ("eu-summary", "compute", "gdpr-art30", "ccpa-deidentified", "ab2013")


@app.command("docs")
def docs_cmd(
    kind: str = typer.Argument(..., metavar="KIND", help="eu-summary (EU AI Act Art. 53(1)(d)), compute (Annex XI "
                               "1.2), gdpr-art30 (GDPR Art. 30 record), ccpa-deidentified (CCPA 1798.140(m)) or "
                               "ab2013 (California AB 2013)."),
    run_dir: Path = typer.Argument(..., help="Run folder (reports/<run_id>)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write the document here instead of printing it "
                                       "(never inside the run folder, whose files are signed)."),
    fmt: str = typer.Option("md", "--format", help="md (Markdown, for people) or json (the same content, for "
                            "machines)."),
) -> None:
    """Print (or write) a document regulators ask of a training run, from the run folder.

    A run writes all five into documents/ of its folder before signing, so its signature covers them: this
    command gives that file back. For a run folder written before documents existed, it generates the document
    from the signed report, marked GENERATED AFTER THE RUN and NOT SIGNED. Fields nobody provided (in the
    manifest, the policy's regulatory.provider or the run config's governance block) are shown as not provided.
    """
    from ..documents import KINDS, for_run_folder
    from ..errors import ConfigError
    from ..fsio import atomic_write_text

    if kind not in KINDS:
        raise ConfigError(f"docs: unknown document {kind!r}; choose one of {', '.join(KINDS)}")
    if fmt not in ("md", "json"):
        raise ConfigError(f"docs: --format {fmt!r}: choose md or json")
    if not run_dir.is_dir():
        raise ConfigError(f"{run_dir}: not a run folder (expected reports/<run_id>/)")
    if out is not None and out.resolve().is_relative_to(run_dir.resolve()):
        raise ConfigError(f"{out}: --out lies inside the run folder, whose files are signed; write it elsewhere")
    found = for_run_folder(run_dir, kind, fmt)  # type: ignore[arg-type]
    where = (f"the run's own {found.signed_file.relative_to(run_dir).as_posix()}, covered by its signature"
             if found.signed_file is not None else "generated now from report.json: NOT signed (verify the report)")
    if out is None:
        typer.echo(found.text, nl=False)
    else:
        atomic_write_text(out, found.text)
        typer.echo(f"wrote {out}")
    typer.echo(f"{kind}: {where}", err=True)


ledger_app = typer.Typer(help="The signed ledger of runs (reports/ledger.jsonl).", no_args_is_help=True)
app.add_typer(ledger_app, name="ledger")


@ledger_app.command("record-removal")
def ledger_record_removal(
    run_id: str = typer.Argument(..., help="The run whose folder is (or will be) removed."),
    key: Path = typer.Option(..., "--key", help="The private key (PEM) that signs the ledger."),
    reason: str = typer.Option(..., "--reason", help="Why: 'retention period over', 'erasure request #12', ..."),
    reports: Path = typer.Option(Path("reports"), "--reports", help="Reports folder holding ledger.jsonl."),
    passphrase_env: Optional[str] = typer.Option(None, "--passphrase-env", help="Variable holding the key's "
                                                 "passphrase."),
) -> None:
    """Record in the ledger, as a signed entry, that a run's folder is removed on purpose; verification then
    accepts its absence and names the removal (without it, a missing run folder fails verification)."""
    from ..audit.keys import load_private_key
    from ..audit.ledger import record_removal
    from ..run.folder import LEDGER

    entry = record_removal(reports / LEDGER, run_id, reason, load_private_key(key, _passphrase(passphrase_env)))
    typer.echo(f"ledger entry {entry['seq']}: run {run_id} recorded as removed ({entry['reason']}, by "
               f"{entry['removed_by']}); its folder may now be deleted")


@ledger_app.command("file-erasure")
def ledger_file_erasure(
    run_dir: Path = typer.Argument(..., help="Signed run folder (reports/<run_id>) whose erasures/ entries the "
                                   "ledger does not file yet."),
    key: Path = typer.Option(..., "--key", help="The private key (PEM) that signed the run and signs the ledger."),
    ledger: Optional[Path] = typer.Option(None, "--ledger", help="The ledger (default: ledger.jsonl beside the "
                                          "run folder)."),
    passphrase_env: Optional[str] = typer.Option(None, "--passphrase-env", help="Variable holding the key's "
                                                 "passphrase."),
) -> None:
    """File in the ledger, as signed `erasure` entries, the erasure entries of a run folder made before erasures
    were filed there (or cut off by a crash): `verify` fails those with erasure_not_filed until they are filed.
    Each entry is checked first (signed by this key, about this run); a forged or edited one is refused."""
    from ..audit.amendments import file_erasures

    filed = file_erasures(run_dir, key_path=key, passphrase=_passphrase(passphrase_env), ledger_path=ledger)
    for e in filed:
        typer.echo(f"ledger entry {e['seq']}: filed erasure {e['entry']} of run {e['erased_run']} "
                   f"(sha256 {e['entry_sha256'][:16]}...)")
    if not filed:
        typer.echo(f"{run_dir}: every erasure entry is already filed in the ledger; nothing to do")
    else:
        typer.echo(f"check it with: governed-tuning verify {run_dir} --pubkey RUN.pub")


# --------------------------------------------------------------------------- dashboard (governed_tuning/dashboard/app.py)


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

    from ..errors import ConfigError

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
    except OSError as exc:  # a full disk, a read-only or failing file system: a diagnosis, not a traceback
        import errno

        if exc.errno not in (errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EROFS, errno.EACCES, errno.EPERM,
                             errno.EMFILE, errno.ENFILE):
            raise
        where = f"{exc.filename}: " if exc.filename else ""
        typer.secho(f"error: {where}{exc.strerror or exc} ({errno.errorcode.get(exc.errno, exc.errno)}). Files are "
                    "written whole or not at all, so nothing was left half-written; fix the cause and run the "
                    "command again (a run interrupted this way is closed as crashed, signed, by the next run)",
                    fg=typer.colors.RED, err=True)
        sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
