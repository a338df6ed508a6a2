"""End to end: `demo --data` on support chats with personal details from eight locales (made here by Faker, fixed
seed) passes every PII gate and trains every stage, and not one planted value is anywhere under the run folder
(scrubbed data, evidence, report, model files)."""

import json
import random

import pytest

from governed_tuning.cli import main
from governed_tuning.record import RunRecord

LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "nl_NL")


def multilocale_chats(n: int = 24, seed: int = 7):
    """Prompt/completion chats, and the values planted in them (full names, emails, phones, IBANs, cards)."""
    from faker import Faker

    rng = random.Random(seed)
    records, planted = [], set()
    for i in range(n):
        loc = LOCALES[i % len(LOCALES)]
        f = Faker(loc)
        f.seed_instance(seed * 100 + i)
        first, last = f.first_name(), f.last_name()
        email = "".join(c for c in f"{first}.{last}@example.org".lower().replace(" ", "") if c.isascii())
        phone, iban = f.phone_number(), Faker("de_DE").iban() if loc in ("en_US", "en_GB") else f.iban()
        card = Faker("en_US").credit_card_number(card_type="visa16")
        order = rng.randint(100000, 999999)
        style = i % 4
        if style == 0:
            p, used = f"Hi, this is {first} {last}. Order {order} never arrived. Reach me at {phone} or {email}.", \
                [phone, email]
        elif style == 1:
            p, used = f"Refund request. Account holder {first} {last}. Reason: broken lantern. IBAN {iban}.", [iban]
        elif style == 2:
            p, used = f"My card {card} was charged twice. Email me at {email}. Thanks, {first} {last}", [card, email]
        else:
            p, used = f"My name is {first} {last}, please call {phone} about order {order}.", [phone]
        records.append({"prompt": p, "completion": f"Hello {first}, I have sorted it out for you. Anything else?"})
        planted |= {f"{first} {last}", *used}
    return records, planted


@pytest.mark.slow
def test_demo_with_multilocale_data_releases_without_a_planted_value(tmp_path, capsys):
    records, planted = multilocale_chats()
    data = tmp_path / "chats.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    with pytest.raises(SystemExit):
        main(["demo", "--data", str(data), "--data-license", "CC0-1.0", "--workdir", str(tmp_path / "w"),
              "--reports", str(tmp_path / "reports")])
    (run_dir,) = [p for p in (tmp_path / "reports").iterdir() if p.is_dir()]
    rec = RunRecord.model_validate_json((run_dir / "run.json").read_text())
    pii = [g.result for g in rec.gates if g.result.gate == "pii"]
    assert len(pii) == 3 and all(r.verdict == "pass" for r in pii), [r.reasons for r in pii]
    # release also needs the fairness gate, which judges the tiny model and is not this test's subject
    assert not [r for r in rec.release_reasons if "pii" in r.lower()], rec.release_reasons
    assert [s.status for s in rec.stages] == ["completed"] * 3
    files = [p for p in run_dir.rglob("*") if p.is_file()]
    assert any(p.suffix == ".jsonl" and "data" in p.parts for p in files)  # the scrubbed copies are searched too
    raw = data.read_bytes()
    assert all(v.encode("utf-8") in raw for v in planted)  # the search finds what is there
    for p in files:
        blob = p.read_bytes()
        leaked = [v for v in planted if v.encode("utf-8") in blob]
        assert not leaked, (p.relative_to(run_dir), len(leaked))
