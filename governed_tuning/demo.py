"""The embedded default: ``governed-tuning demo`` runs the whole governed pipeline offline in well under a minute.

In a work folder it builds the tiny local model (``tinymodel``), a small synthetic support-chat dataset with
planted PII (names, emails, phone numbers), the preference and prompt sets derived from it, a licence
manifest and a run config; then it runs SFT, the reward model and RL behind the gates and signs the report
(with a demo key generated in the work folder unless ``--key`` is given).
"""

from __future__ import annotations

import datetime
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .data import read_records
from .digest import sha256_file
from .errors import ConfigError
from .fsio import atomic_write_text

FIRST = ["Maria", "James", "Aisha", "Wei", "Olga", "Carlos", "Priya", "Tom", "Fatima", "Lukas"]
LAST = ["Garcia", "Smith", "Khan", "Chen", "Petrova", "Silva", "Patel", "Baker", "Haddad", "Weber"]
ISSUES = [
    ("I cannot log in to my account", "Please reset your password from the sign-in page; I have sent a reset "
     "link to the address on file."),
    ("my order has not arrived", "I am sorry for the wait. Your parcel is on its way and should arrive within "
     "two days."),
    ("I was charged twice this month", "Thank you for telling us. I have refunded the duplicate charge; it "
     "will appear in three to five days."),
    ("how do I cancel my subscription", "You can cancel at any time under Settings, then Billing. I can also "
     "do it for you now if you like."),
    ("the app crashes when I upload a photo", "Thanks for the report. Please update to the latest version; "
     "the crash on upload is fixed there."),
    ("I want to change my delivery address", "Of course. I have updated the delivery address for your next "
     "order."),
]
REJECTED = "Not my problem. Figure it out yourself."

# Small enough for 2 CPU cores in well under a minute; the TRL arguments pass through unchanged.
STAGE_ARGS: dict[str, dict[str, Any]] = {
    "sft": {"max_steps": 6, "per_device_train_batch_size": 4, "learning_rate": 1e-3, "max_length": 320},
    "reward": {"max_steps": 6, "per_device_train_batch_size": 4, "learning_rate": 1e-3, "max_length": 320},
    "rl": {"max_steps": 3, "per_device_train_batch_size": 4, "num_generations": 2, "max_completion_length": 12,
           "learning_rate": 1e-4},
}


# The disclosure fields of the demo's datasets (with --data they are left for the user to declare: not provided).
DEMO_COMMON: dict[str, Any] = {
    "collection": "synthetic", "modality": "text", "languages": ["en"],
    "generator_model": "governed_tuning.demo.synthetic_records (seed 0): fixed templates and made-up names, no model",
    "collection_period": "generated when the demo starts", "collection_ongoing": False, "ip_protected": False,
    "purchased_or_licensed": False, "aggregate_consumer_information": False,
    "tdm_opt_out_measures": "not applicable: generated locally from the tool's own templates, no third-party content",
    "illegal_content_measures": "not applicable: fixed templates written by the tool's authors"}
DEMO_DISCLOSURE: dict[str, dict[str, str]] = {
    "support-chats": {"description": "customer support chats: prompt and answer pairs, the prompts with made-up "
                                     "names, email addresses and phone numbers",
                      "purpose": "teaches the model the shape of a support answer (SFT)"},
    "preferences": {"description": "preference pairs derived from the support chats: a prompt, the chosen answer "
                                   "and a curt rejected answer",
                    "purpose": "trains the reward model to prefer helpful answers"},
    "prompts": {"description": "the support chats' prompts alone", "purpose": "prompts for reinforcement learning "
                "against the reward model"},
}


def synthetic_records(n: int = 24, seed: int = 0) -> list[dict[str, str]]:
    """Prompt/completion support chats; the prompts carry made-up names, emails and phone numbers."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        issue, answer = ISSUES[i % len(ISSUES)]
        email = f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@example.com"
        phone = f"+1 415-555-{rng.randint(100, 999):04d}"
        style = i % 3
        if style == 0:
            prompt = f"Hi, this is {first} {last}, {issue}. You can email me at {email}."
        elif style == 1:
            prompt = f"Hello, {issue}. Please call me on {phone}. Thanks, {first} {last}"
        else:
            prompt = f"My name is {first} {last} and {issue}. My email is {email} and my phone is {phone}."
        out.append({"prompt": prompt, "completion": f"Hello {first}, {answer}"})
    return out


def prompt_and_answer(record: dict[str, Any]) -> tuple[str, str] | None:
    """The (prompt, answer) of a prompt/completion record, or of a chat ``messages`` record (its last user turn
    and the assistant turn that answers it): the shapes ``scrub`` and ``run`` read. None for anything else."""
    if isinstance(record.get("prompt"), str) and isinstance(record.get("completion"), str):
        return record["prompt"], record["completion"]
    turns = record.get("messages")
    if not isinstance(turns, list) or not all(isinstance(m, dict) and isinstance(m.get("content"), str)
                                              for m in turns):
        return None
    for i in range(len(turns) - 1, 0, -1):
        if turns[i].get("role") == "assistant" and turns[i - 1].get("role") == "user":
            return turns[i - 1]["content"], turns[i]["content"]
    return None


def derive(records: list[dict[str, Any]]) -> tuple[list[dict], list[dict]]:
    """Preference pairs (the answer is chosen over a curt refusal) and the prompt set for RL."""
    pairs = [prompt_and_answer(r) for r in records]
    prefs = [{"prompt": p, "chosen": a, "rejected": REJECTED} for p, a in pairs]
    prompts = [{"prompt": p} for p, _ in pairs]
    return prefs, prompts


def _jsonl(path: Path, records: list[dict]) -> None:
    atomic_write_text(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))


@dataclass
class DemoSetup:
    workdir: Path
    config_path: Path
    manifest_path: Path
    base_model: Path


def prepare(workdir: Path, *, data: Path | None = None, data_license: str | None = None,
            reports: Path | None = None) -> DemoSetup:
    """Write the tiny model, the datasets, the manifest and the run config into ``workdir``."""
    from .tinymodel import build_tiny_model

    workdir = Path(workdir).resolve()
    (workdir / "data").mkdir(parents=True, exist_ok=True)
    if data is not None:
        if not data_license:  # the licence gate would deny data of unknown licence, after the set-up
            raise ConfigError(f"{data}: --data needs --data-license SPDX-ID, the licence under which you may use "
                              "these records (e.g. --data-license CC-BY-4.0, or LicenseRef-yourcompany-internal "
                              "with that id under license.allow in a policy of your own); without it the licence "
                              "gate denies data whose licence is unknown")
        records = read_records(data)
        bad = [i for i, r in enumerate(records, 1) if prompt_and_answer(r) is None]
        if bad or not records:
            raise ConfigError(f"{data}: --data needs prompt/completion records (string fields 'prompt' and "
                              "'completion') or chat records ('messages' with a user turn and the assistant turn "
                              f"that answers it); record(s) {bad[:5] or '(none: the file is empty)'} are neither")
        license_, source = data_license, f"user data ({Path(data).name}), given with --data"
    else:
        records = synthetic_records()
        license_ = data_license or "CC0-1.0"
        source = "synthetic support chats with made-up PII, generated by governed_tuning.demo (seed 0)"
    prefs, prompts = derive(records)
    files = {"support-chats": records, "preferences": prefs, "prompts": prompts}
    for name, recs in files.items():
        _jsonl(workdir / "data" / f"{name}.jsonl", recs)
    # pure byte vocabulary: the tokenizer learns nothing from the (unscrubbed) data
    base = build_tiny_model(workdir / "models" / "tiny-base", seed=0)
    manifest = {
        "datasets": [{"name": n, "path": f"data/{n}.jsonl", "license": license_, "source": source,
                      "sha256": sha256_file(workdir / "data" / f"{n}.jsonl"),
                      "attribution": None if data is not None else "governed-tuning authors"}
                     for n in files],
        "models": [{"name": "tiny-base", "path": "models/tiny-base", "license": "Apache-2.0",
                    "source": "governed_tuning.tinymodel.build_tiny_model (seed 0), generated locally",
                    "attribution": "governed-tuning authors"}],
    }
    if data is None:  # what the EU AI Act summary and AB 2013 ask about each dataset (disclosure.py), true of the demo
        for d in manifest["datasets"]:
            d.update(DEMO_DISCLOSURE[d["name"]], **DEMO_COMMON, acquired=datetime.date.today())
    manifest["datasets"] = [{k: v for k, v in d.items() if v is not None} for d in manifest["datasets"]]
    manifest_path = workdir / "manifest.yaml"
    atomic_write_text(manifest_path, yaml.safe_dump(manifest, sort_keys=False))
    config = {
        "base_model": "tiny-base", "manifest": "manifest.yaml", "policy": "default",
        "reports": str(Path(reports).resolve()) if reports is not None else str(Path("reports").resolve()),
        "seed": 0,
        "stages": [
            {"kind": "sft", "dataset": "support-chats", "model": "base", "args": STAGE_ARGS["sft"]},
            {"kind": "reward", "dataset": "preferences", "model": "base", "args": STAGE_ARGS["reward"]},
            {"kind": "rl", "dataset": "prompts", "model": "sft", "reward_model": "reward",
             "args": STAGE_ARGS["rl"]},
        ],
    }
    config["governance"] = demo_governance(user_data=data is not None)
    config_path = workdir / "run.yaml"
    atomic_write_text(config_path, yaml.safe_dump(config, sort_keys=False))
    return DemoSetup(workdir=workdir, config_path=config_path, manifest_path=manifest_path, base_model=base)


def demo_governance(user_data: bool) -> dict[str, Any]:
    """The demo's governance block: what a person would declare, true of the demo (synthetic people, no
    controller of real data). With the user's own data the facts about that data are left for them to declare."""
    gov: dict[str, Any] = {
        "purpose": "demonstrate a governed fine-tuning run end to end",
        "intended_use": "a demonstration of the governed pipeline only; not for answering real users",
        "limitations": "a tiny model trained for a few steps: its outputs are meaningless",
        "contact": "the person who ran `governed-tuning demo`",
        "retention": "kept until the demo's work folder and reports are deleted",
        "recipients": ["none: the demo's outputs stay on this machine"],
        "transfers": ["none"],
    }
    if not user_data:
        gov.update(original_purpose="none: the chats are generated by governed_tuning.demo with made-up people",
                   data_subject_categories=["none: synthetic, made-up people"])
    return gov


def demo_key(workdir: Path) -> Path:
    """The demo's signing key in ``workdir/keys`` (generated once)."""
    from .audit import keys

    folder = Path(workdir) / "keys"
    if (folder / "signing.key").is_file():  # what audit.keys.generate_keypair writes (and signing.pub)
        return folder / "signing.key"
    key_path, _ = keys.generate_keypair(folder)
    return Path(key_path)


def run_demo(*, workdir: Path, data: Path | None = None, data_license: str | None = None,
             key: Path | None = None, reports: Path | None = None, progress=None, command=None):
    """Prepare the work folder and run the governed pipeline; returns the run's outcome."""
    from .config import load_run_config
    from .run import Run

    setup = prepare(workdir, data=data, data_license=data_license, reports=reports)
    cfg = load_run_config(setup.config_path)
    key_path = Path(key) if key is not None else demo_key(setup.workdir)
    # the pseudonym key is the user's, as for `scrub` and `run`: configured, or created on first use in their
    # config folder (gates/pii/keys.py), so the demo's tokens match what a real run with that key writes
    return Run(cfg, key_path=key_path, progress=progress, command=command).execute()
