"""End to end: `demo --data` on support chats with personal details from eight locales (made here by Faker, fixed
seed: names, emails, phones, IBANs, cards, national identifiers checked by python-stdnum, dates of birth and
the towns people moved to) passes every PII gate, trains every stage and is releasable as far as the PII gate
goes, and not one planted value of any kind is anywhere under the run folder (scrubbed data, evidence, report,
model files; gzip files read decompressed; numbers also searched with their separators removed)."""

import gzip
import importlib
import json
import random
import re
import struct
import zlib

import pytest

from governed_tuning.cli import main
from governed_tuning.manifest import load_manifest
from governed_tuning.record import RunRecord

LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "nl_NL")
# a national identifier Faker writes for the locale, the python-stdnum module that checks it, and its label
IDS = {"en_US": ("us.ssn", "SSN"), "fr_FR": ("fr.nir", "numéro de sécurité sociale"),
       "it_IT": ("it.codicefiscale", "codice fiscale"), "pt_BR": ("br.cpf", "CPF"), "nl_NL": ("nl.bsn", "BSN")}
TEXT_SUFFIXES = {".jsonl", ".json", ".md", ".html", ".txt", ".csv", ".yaml", ".yml", ".log", ".sig", ""}


def multilocale_chats(n: int = 24, seed: int = 7):
    """Prompt/completion chats, and the values planted in them by kind (``{value: kind}``)."""
    from faker import Faker

    rng = random.Random(seed)
    de_towns = Faker("de_DE")
    de_towns.seed_instance(seed)
    records, planted = [], {}
    entries = {n for loc in LOCALES for p in (Faker(loc).provider("faker.providers.person"),)
               for n in [*p.first_names, *p.last_names]}
    names = {w for n in entries for w in n.split() if not w.islower()}  # "da Conceição" is a surname of words
    for i in range(n):
        loc = LOCALES[i % len(LOCALES)]
        f = Faker(loc)
        f.seed_instance(seed * 100 + i)
        first, last = f.first_name(), f.last_name()
        email = "".join(c for c in f"{first}.{last}@example.org".lower().replace(" ", "") if c.isascii())
        phone, iban = f.phone_number(), Faker("de_DE").iban() if loc in ("en_US", "en_GB") else f.iban()
        card = Faker("en_US").credit_card_number(card_type="visa16")
        dob = f.date_of_birth(minimum_age=20, maximum_age=80).strftime("%d/%m/%Y")
        # "Ramos" is a town and a surname, and pt_BR's "da Conceição" a "town" and a surname entry: a fake name
        # drawn with the run's random key may hold it by chance (the test failed once so, on the preferences file)
        # pt_BR's towns are all made of surnames: after 50 draws the town comes from de_DE's list of real towns
        towns = (f.city() if k < 50 else de_towns.city() for k in range(1000))
        city = next(c for c in towns if not (set(c.split()) & names or any(c in n for n in entries)))
        order = rng.randint(100000, 999999)
        style = i % 4
        if style == 0:
            p, used = f"Hi, this is {first} {last}. Order {order} never arrived. Reach me at {phone} or {email}.", \
                {phone: "PHONE_NUMBER", email: "EMAIL_ADDRESS"}
        elif style == 1:
            p, used = f"Refund request. Account holder {first} {last}. Reason: broken lantern. IBAN {iban}.", \
                {iban: "IBAN_CODE"}
        elif style == 2:
            p, used = f"My card {card} was charged twice. Email me at {email}. Thanks, {first} {last}", \
                {card: "CREDIT_CARD", email: "EMAIL_ADDRESS"}
        else:
            p, used = f"My name is {first} {last}, please call {phone} about order {order}.", {phone: "PHONE_NUMBER"}
        if i % 3 == 0:
            p += f" I was born on {dob}."
            used[dob] = "DATE_OF_BIRTH"
        elif i % 3 == 1:
            p += f" I moved to {city} last month."
            used[city] = "LOCATION"
        if loc in IDS:
            module, label = IDS[loc]
            value = f.ssn()
            if importlib.import_module(f"stdnum.{module}").is_valid(value):
                p += f" My {label} is {value}."
                used[value] = module
        records.append({"prompt": p, "completion": f"Hello {first}, I have sorted it out for you. Anything else?"})
        planted |= {f"{first} {last}": "PERSON", **used}
    return records, planted


def _compact(s: str) -> str:
    return re.sub(r"[\s.\-/()]", "", s)


def _png_text(blob: bytes) -> bytes:
    """The text a PNG carries (its tEXt, zTXt and iTXt chunks: where a value could be written as bytes). Its
    pixel data is deflate output, random-looking bytes in which a short town name turns up by chance (a chart's
    pixels change with every run's random key: the test failed once on a 4-letter town in memorisation.png)."""
    out, pos = [], 8
    while pos + 8 <= len(blob):
        n, kind = struct.unpack(">I4s", blob[pos:pos + 8])
        body = blob[pos + 8:pos + 8 + n]
        if kind in (b"tEXt", b"iTXt"):
            out.append(body)
        elif kind == b"zTXt":
            key, _, rest = body.partition(b"\0")
            out.append(key + b"\0" + zlib.decompress(rest[1:]))
        pos += 12 + n
    return b"\n".join(out)


def _read(path) -> bytes:
    blob = path.read_bytes()
    if blob[:8] == b"\x89PNG\r\n\x1a\n":
        return _png_text(blob)
    return gzip.decompress(blob) if path.suffix == ".gz" or blob[:2] == b"\x1f\x8b" else blob


@pytest.mark.slow
def test_demo_with_multilocale_data_releases_without_a_planted_value(tmp_path, capsys):
    records, planted = multilocale_chats()
    kinds = set(planted.values())
    assert {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "DATE_OF_BIRTH",
            "LOCATION"} <= kinds and len(kinds & {m for m, _ in IDS.values()}) >= 3, kinds
    data = tmp_path / "chats.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    with pytest.raises(SystemExit) as exit_:
        main(["demo", "--data", str(data), "--data-license", "CC0-1.0", "--workdir", str(tmp_path / "w"),
              "--reports", str(tmp_path / "reports")])
    (run_dir,) = [p for p in (tmp_path / "reports").iterdir() if p.is_dir()]
    rec = RunRecord.model_validate_json((run_dir / "run.json").read_text())
    # what `demo --data` promises any user's file: its licence in the manifest, the run named, the dashboard line
    assert exit_.value.code == (0 if rec.status in ("completed", "blocked") else 1)
    assert load_manifest(tmp_path / "w/manifest.yaml").datasets[0].license == "CC0-1.0"
    out = capsys.readouterr().out
    assert f"run {rec.run_id}:" in out and "governed-tuning dashboard --reports" in out
    pii = [g.result for g in rec.gates if g.result.gate == "pii"]
    assert len(pii) == 3 and all(r.verdict == "pass" for r in pii), [r.reasons for r in pii]
    assert all(r.evidence["residual"] == 0 for r in pii)
    assert [s.status for s in rec.stages] == ["completed"] * 3
    # the release verdict: nothing about personal data keeps the run from release; the only gate that may is the
    # fairness gate, which judges the tiny demo model and is not this test's subject
    assert not [r for r in rec.release_reasons if "pii" in r.lower()], rec.release_reasons
    assert rec.releasable or all("fairness" in r.lower() for r in rec.release_reasons), rec.release_reasons
    files = [p for p in run_dir.rglob("*") if p.is_file()]
    assert any(p.suffix == ".jsonl" and "data" in p.parts for p in files)  # the scrubbed copies are searched too
    raw = data.read_bytes()
    assert all(v.encode("utf-8") in raw for v in planted)  # the search finds what is there
    numbers = {v: _compact(v) for v, k in planted.items() if k not in ("PERSON", "LOCATION", "EMAIL_ADDRESS")
               and sum(c.isdigit() for c in v) >= 6}
    for p in files:
        blob = _read(p)
        leaked = {k for v, k in planted.items() if v.encode("utf-8") in blob}
        if p.suffix in TEXT_SUFFIXES or p.suffix == ".gz":
            flat = _compact(blob.decode("utf-8", "replace"))
            leaked |= {planted[v] for v, c in numbers.items() if c in flat}
        assert not leaked, (p.relative_to(run_dir), sorted(leaked))
