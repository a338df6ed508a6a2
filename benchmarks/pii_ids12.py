"""Every person's number python-stdnum knows, in every shape people and systems write it: beside the
country's own label, in a sentence with no label, in parentheses, in a pipe-separated text table row, and in
JSON records as a string and (all digits) as an integer; each value written once (ids12, issue 11: "every
national-ID kind <= 5% leak").

    .venv/bin/python benchmarks/pii_ids12.py [--sets dev,held,clean] [--per 24] [--seed 12] [--policy default]
                                             [--kinds es.nif,ve.rif] [--misses 0]

Why another set: ``pii_ids9`` and ``pii_ids11`` sweep the modules earlier sessions picked (``PERSON_KINDS``);
python-stdnum knows more people's numbers (``NEW_KINDS``: tax numbers that natural persons hold, a pupil's
number, a Dutch passport's, Andorra's, Ecuador's, Ghana's, Mauritius' ...) and neither set writes a value in a
text table or as a JSON integer.

Kinds: ``PERSON_MODULES`` is every python-stdnum module that names a person (a national or personal id, a
person's tax or social security/insurance number, a voter's or a pupil's number, a passport's), old and new.
Left out (``SKIPPED``, with why): numbers of companies only (VAT and trade registers), products, securities,
bank accounts (other sets), devices.

Values: a random draw of the module's docstring example's characters, completed by brute force over its check
character(s) until ``is_valid`` accepts it (the module's own check decides), kept when the number is a living
person's (``pii_ids9.plausible``) and of a person where the module also numbers companies (``person_only``).
Each value is written once, in one shape, in its compact form or as the module's ``format()`` writes it.

- ``dev`` (seed ``--seed``): ``DEV_TEMPLATES`` and ``DEV_LABELS``. Tuned on.
- ``held`` (seed ``--seed`` + 1000): ``HELD_TEMPLATES`` and ``HELD_LABELS``, written apart (other sentences,
  other table layouts, other JSON keys, the label in another phrasing). Measured only.
- ``clean``: nobody's numbers in the same shapes (order, tracking and invoice numbers, amounts, timestamps,
  phone extensions, quantities, years) in tables and JSON, as strings and integers: every change is content
  lost, any block a false block.

A value is left when its letters and digits are still in the copy's record (``pii_ids9.compact`` over the
record's JSON). Figures: leak per kind (worst first) and per shape.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import string
import sys
import tempfile
import time
from collections import Counter
from importlib import import_module
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_ids9 import compact, examples, plausible, run_set  # noqa: E402

# every python-stdnum module whose number is a person's (python-stdnum 2.x), with the label its holders write
# beside it (dev) -- the held labels are written apart below
DEV_LABELS = {
    # ids9's person kinds (regression)
    "ar.cuit": "CUIL", "ar.dni": "DNI", "at.tin": "Abgabenkontonummer", "at.vnr": "SVNR", "au.tfn": "TFN",
    "be.bis": "BIS", "be.eid": "eID", "be.nn": "Rijksregisternummer", "be.ssn": "INSZ", "bg.egn": "ЕГН",
    "bg.pnf": "ЛНЧ", "br.cpf": "CPF", "ca.bc_phn": "PHN", "ca.sin": "SIN", "ch.ssn": "AHV", "cl.rut": "RUT",
    "cn.ric": "身份证号码", "co.nit": "NIT", "cr.cpf": "cédula", "cr.cr": "DIMEX", "cu.ni": "carné de identidad",
    "cz.rc": "rodné číslo", "de.idnr": "Steuer-ID", "de.stnr": "Steuernummer", "dk.cpr": "CPR",
    "do.cedula": "cédula", "ec.ci": "cédula", "ee.ik": "isikukood", "es.dni": "DNI", "es.nie": "NIE",
    "fi.hetu": "HETU", "fi.veronumero": "veronumero", "fr.nif": "numéro fiscal", "fr.nir": "NIR",
    "gb.nhs": "NHS number", "gb.upn": "UPN", "gb.utr": "UTR", "gr.amka": "ΑΜΚΑ", "hr.oib": "OIB",
    "id.nik": "NIK", "ie.pps": "PPSN", "il.idnr": "ת.ז.", "in_.aadhaar": "Aadhaar", "in_.epic": "EPIC",
    "in_.pan": "PAN", "in_.vid": "VID", "is_.kennitala": "kennitala", "it.codicefiscale": "codice fiscale",
    "jp.in_": "マイナンバー", "ke.pin": "KRA PIN", "kr.rrn": "주민등록번호", "li.peid": "PEID",
    "lt.asmens": "asmens kodas", "lv.pvn": "personas kods", "mu.nid": "NID", "mx.curp": "CURP", "mx.rfc": "RFC",
    "my.nric": "MyKad", "nl.bsn": "BSN", "nl.onderwijsnummer": "onderwijsnummer", "no.fodselsnummer":
    "fødselsnummer", "nz.ird": "IRD number", "pe.cui": "CUI", "pk.cnic": "CNIC", "pl.pesel": "PESEL",
    "pt.cc": "cartão de cidadão", "pt.nif": "NIF", "ro.cnp": "CNP", "ru.inn": "ИНН", "se.personnummer":
    "personnummer", "si.emso": "EMŠO", "sk.rc": "rodné číslo", "th.pin": "เลขประจำตัวประชาชน",
    "tr.tckimlik": "TC Kimlik No", "ua.rntrc": "РНОКПП", "us.atin": "ATIN", "us.itin": "ITIN",
    "us.ptin": "PTIN", "us.ssn": "SSN", "za.idnr": "ID number", "za.tin": "TIN", "gr.vat": "ΑΦΜ",
    # ids12: python-stdnum's other numbers that natural persons hold
    "ad.nrt": "NRT", "al.nipt": "NIPT", "az.voen": "VÖEN", "by.unp": "УНП", "dz.nif": "NIF",
    "ec.ruc": "RUC", "es.nif": "NIF", "gh.tin": "TIN", "gt.nit": "NIT", "id.npwp": "NPWP",
    "mz.nuit": "NUIT", "nl.identiteitskaartnummer": "paspoortnummer", "pe.ruc": "RUC", "py.ruc": "RUC",
    "sv.nit": "NIT", "ve.rif": "RIF", "vn.mst": "MST", "pl.nip": "NIP", "rs.pib": "PIB", "me.pib": "PIB",
    "mk.edb": "ЕДБ", "gn.nifp": "NIFp", "eg.tn": "رقم التسجيل الضريبي", "tn.mf": "matricule fiscal",
}
HELD_LABELS = {
    "ar.cuit": "número de CUIT", "ar.dni": "documento", "at.tin": "Steuernummer (Abgabenkonto)",
    "at.vnr": "Versicherungsnummer", "au.tfn": "tax file number", "be.bis": "BIS-nummer",
    "be.eid": "kaartnummer", "be.nn": "numéro national", "be.ssn": "NISS", "bg.egn": "EGN",
    "bg.pnf": "личен номер на чужденец", "br.cpf": "nº do CPF", "ca.bc_phn": "Personal Health Number",
    "ca.sin": "social insurance number", "ch.ssn": "numéro AVS", "cl.rut": "R.U.T.", "cn.ric": "居民身份证",
    "co.nit": "N.I.T.", "cr.cpf": "cédula de identidad", "cr.cr": "cédula de residencia",
    "cu.ni": "número de identidad", "cz.rc": "RČ", "de.idnr": "Identifikationsnummer",
    "de.stnr": "St.-Nr.", "dk.cpr": "CPR-nummer", "do.cedula": "cédula de identidad y electoral",
    "ec.ci": "C.I.", "ee.ik": "isikukoodi", "es.dni": "D.N.I.", "es.nie": "número de extranjero",
    "fi.hetu": "henkilötunnus", "fi.veronumero": "tax number", "fr.nif": "n° fiscal", "fr.nir": "n° de sécu",
    "gb.nhs": "NHS no.", "gb.upn": "unique pupil number", "gb.utr": "unique taxpayer reference",
    "gr.amka": "AMKA", "hr.oib": "osobni identifikacijski broj", "id.nik": "no. KTP", "ie.pps": "PPS no",
    "il.idnr": "מספר זהות", "in_.aadhaar": "आधार", "in_.epic": "voter id", "in_.pan": "PAN card no.",
    "in_.vid": "virtual id", "is_.kennitala": "kt.", "it.codicefiscale": "C.F.", "jp.in_": "個人番号",
    "ke.pin": "PIN no.", "kr.rrn": "주민번호", "li.peid": "PEID-Nr.", "lt.asmens": "asmens kodo",
    "lv.pvn": "personas koda", "mu.nid": "National Identity Card no.", "mx.curp": "Clave CURP",
    "mx.rfc": "R.F.C.", "my.nric": "No. K/P", "nl.bsn": "burgerservicenummer", "nl.onderwijsnummer":
    "education number", "no.fodselsnummer": "personnummer", "nz.ird": "IRD no.", "pe.cui": "DNI peruano",
    "pk.cnic": "شناختی کارڈ", "pl.pesel": "nr PESEL", "pt.cc": "nº do cartão de cidadão", "pt.nif":
    "contribuinte", "ro.cnp": "codul numeric personal", "ru.inn": "ИНН физлица", "se.personnummer": "pnr",
    "si.emso": "EMSO", "sk.rc": "RČ", "th.pin": "บัตรประชาชน", "tr.tckimlik": "T.C. kimlik numarası",
    "ua.rntrc": "ІПН", "us.atin": "adoption taxpayer identification number", "us.itin": "individual taxpayer id",
    "us.ptin": "preparer tax id", "us.ssn": "social security number", "za.idnr": "identity number",
    "za.tin": "tax reference number", "gr.vat": "Α.Φ.Μ.",
    "ad.nrt": "Número de Registre Tributari", "al.nipt": "NUIS", "az.voen": "VOEN",
    "by.unp": "учетный номер плательщика", "dz.nif": "N.I.F.", "ec.ruc": "Registro Único de Contribuyentes",
    "es.nif": "N.I.F.", "gh.tin": "Taxpayer Identification Number", "gt.nit": "número de NIT",
    "id.npwp": "Nomor Pokok Wajib Pajak", "mz.nuit": "N.U.I.T.", "nl.identiteitskaartnummer":
    "identiteitskaartnummer", "pe.ruc": "número de RUC", "py.ruc": "R.U.C.", "sv.nit": "número de NIT",
    "ve.rif": "R.I.F.", "vn.mst": "mã số thuế", "pl.nip": "numer NIP", "rs.pib": "poreski broj",
    "me.pib": "poreski identifikacioni broj", "mk.edb": "даночен број", "gn.nifp": "NIF", "eg.tn":
    "tax registration number", "tn.mf": "MF",
}
PERSON_MODULES = tuple(DEV_LABELS)
NEW_KINDS = ("ad.nrt al.nipt az.voen by.unp dz.nif ec.ruc es.nif gh.tin gt.nit id.npwp mz.nuit "
             "nl.identiteitskaartnummer pe.ruc py.ruc sv.nit ve.rif vn.mst pl.nip rs.pib me.pib mk.edb gn.nifp "
             "eg.tn tn.mf").split()
# python-stdnum modules left out, and why (checked against every module with is_valid, python-stdnum 2.2)
SKIPPED = {
    "companies only (VAT numbers, trade and company registers; a person's own number is another module)":
        "at.businessid at.uid be.vat bg.vat br.cnpj ca.bn ch.uid ch.vat cn.uscc cr.cpj cy.vat dk.cvr do.rnc "
        "ee.kmkr ee.registrikood es.cif eu.vat fi.alv fi.ytunnus fi.associationid fo.vn fr.siren fr.siret fr.tva "
        "fr.rcs fr.accise gb.vat hu.anum il.hp is_.vsk jp.cn lt.pvm lu.tva ma.ice mc.tva md.idno mt.vat nl.btw "
        "no.mva no.orgnr pl.regon ro.cf ro.cui ro.onrc se.vat se.orgnr si.ddv si.maticna sk.dph sm.coe sn.ninea "
        "th.moa tr.vkn tw.ubn ua.edrpou uy.rut de.handelsregisternummer de.leitweg ru.ogrn it.iva au.abn au.acn "
        "kr.brn sg.uen in_.gstin us.ein us.rtn de.vat cz.dic ie.vat",
    "the same number as a module measured here (a union or an alias)": "us.tin th.tin be.ssn",
    "products, securities, documents, places, payments (nobody's)":
        "isbn issn ismn isrc isan isin cusip figi lei casrn imo iso6346 grid gb.sedol de.wkn it.aic eu.ecnumber "
        "ean gs1_128 cfi bic iso9362 isil iso11649 be.ogm_vcs ch.esr do.ncf es.cae es.cups es.referenciacatastral "
        "eu.at_02 eu.banknote eu.eic eu.excise eu.nace eu.oss nl.brin at.postleitzahl es.postal_code nl.postcode "
        "se.postnummer vatin",
    "bank accounts (pii_ids9's accounts; IBAN_CODE)": "iban be.iban es.iban me.iban no.iban ar.cbu es.ccc "
                                                      "no.kontonr nz.bankaccount cz.bankaccount",
    "devices and wallets (other sets: pii_ids9 imsi, bitcoin)": "imei meid mac imsi bitcoin",
    "check-digit algorithms, not numbers": "luhn verhoeff damm iso7064.mod_11_10 iso7064.mod_11_2 "
                                           "iso7064.mod_37_2 iso7064.mod_37_36 iso7064.mod_97_10",
    "a public name identifier of authors (ISNI: published by design)": "isni",
}
SKIPPED_HERE = {"be.ssn"}
# templates for modules whose docstring has no valid example (the check character is completed by ``draw``)
EXTRA_SEEDS = {"mu.nid": ["J2906201304089"]}  # (listed in DEV_LABELS for its label; measured as be.nn / be.bis)


def person_only(name: str, c: str) -> bool:
    """Where a module numbers companies too, the writings that are a person's (python-stdnum's docs)."""
    rules = {
        "ad.nrt": lambda: c[0] in "FE",  # F: Andorran residents, E: non-resident persons
        "az.voen": lambda: c[-1] == "2",  # 2: a natural person
        "gh.tin": lambda: c.startswith("P"),  # P00: individuals
        "ve.rif": lambda: c[0] in "VE",  # V: Venezuelans, E: foreigners
        "ec.ruc": lambda: int(c[2]) < 6,  # a natural person's RUC: the cédula and 001
        "pe.ruc": lambda: c[:2] in ("10", "15", "17"),  # 10: a person's RUC (DNI)
        "py.ruc": lambda: not c.startswith("80"),  # 80...: legal entities
        "es.nif": lambda: c[0] in "KLM",  # K, L, M: persons without a DNI/NIE (DNI and NIE measured apart)
        "by.unp": lambda: c[1].isalpha(),  # alphanumeric: individuals
        "mz.nuit": lambda: c[0] == "1",  # 1: a natural person
        "id.npwp": lambda: c[0] != "0" or c[1:3] in ("07", "08", "09"),  # a NIK, or the old personal series
        "ke.pin": lambda: c[0] == "A",
        "ar.cuit": lambda: c[:2] in ("20", "23", "24", "27"),  # a person's CUIT/CUIL (30, 33, 34: companies)
        "us.atin": lambda: c[0] == "9" and c[3:5] == "93",  # the IRS's ATIN (python-stdnum takes any nine digits)  # A: a person's PIN, P: a company's
        "mx.rfc": lambda: re.match(r"[A-Z&Ñ]{4}\d", c) is not None,
        "vn.mst": lambda: len(c) == 10 and c[:2] == "80",  # 8x: personal income tax codes
        "sv.nit": lambda: c[0] in "019",
    }
    rule = rules.get(name)
    return rule is None or bool(rule())


ALNUM = string.digits + string.ascii_uppercase


def draw(rng: random.Random, mod, name: str, seeds: list[str], tries: int = 4000) -> str | None:
    """A new valid value: a seed's characters redrawn (digits as digits, letters as letters), a prefix kept on
    later tries (a region, a date), then the check character(s) completed by brute force against ``is_valid``."""
    comp = mod.compact if hasattr(mod, "compact") else (lambda s: s)
    seeds = [comp(s) for s in seeds]
    for t in range(tries):
        ex = rng.choice(seeds)
        keep = 0 if t < tries // 3 else rng.randrange(0, max(1, len(ex) * 2 // 3))
        chars = list(ex)
        for i in range(keep, len(chars)):
            if chars[i].isdigit():
                chars[i] = rng.choice(string.digits)
            elif chars[i].isascii() and chars[i].isalpha() and t % 2:
                chars[i] = rng.choice(string.ascii_uppercase)
        for pos in (len(chars) - 1, 0):  # the check character: last, or first (a UPN's check letter)
            for c in ALNUM:
                v = "".join(chars[:pos] + [c] + chars[pos + 1:])
                try:
                    ok = v != ex and mod.is_valid(v) and plausible(mod, v) and person_only(name, comp(v))
                except Exception:  # noqa: BLE001 - a module that chokes on a draw: not valid
                    ok = False
                if ok:
                    return comp(v)
        if len(chars) > 2 and chars[-1].isdigit() and chars[-2].isdigit() and t % 5 == 0:
            for n in range(100):  # two check digits (a Bulgarian, a Russian, a French NIR's key)
                v = "".join(chars[:-2]) + "%02d" % n
                try:
                    if mod.is_valid(v) and plausible(mod, v) and person_only(name, comp(v)):
                        return comp(v)
                except Exception:  # noqa: BLE001
                    pass
    return None


NAMES = ["Ana Lima", "Jonas Weber", "Marta Nowak", "Kemal Aydın", "Li Wei", "Sara Jensen", "Omar Haddad",
         "Nguyen Van An", "Inés Rojas", "Pieter de Vries"]
CITIES = ["Madrid", "Caracas", "Quito", "Accra", "Jakarta", "Tirana", "Baku", "Lima", "Hanoi", "Utrecht"]

# ---- dev shapes (tuned on)
DEV_SENTENCES = ["please update {v} in my file", "here it is: {v}, thanks", "I sent {v} yesterday"]
DEV_CHAT = ["Thanks, the parcel arrived today", "ok I will call back later", "sorry for the delay"]


def dev_shapes(rng: random.Random, label: str, v: str) -> dict[str, object]:
    name, city = rng.choice(NAMES), rng.choice(CITIES)
    key = re.sub(r"[\s.:'-]+", "_", label.lower()).strip("_") or "id"  # (\W would cut Thai vowel signs)
    return {
        "labelled": {"text": f"{label}: {v}"},
        "sentence": {"text": rng.choice(DEV_SENTENCES).format(v=v)},
        "parenthesis": {"text": f"{rng.choice(DEV_CHAT)} ({v})"},
        "table_row": {"text": f"| {name} | {city} | {v} |"},
        "json_string": {"name": name, key: v},
        "json_int": {"name": name, key: int(v)} if v.isdigit() and v[0] != "0" else None,
    }


# ---- held-out shapes (written apart; measured only)
HELD_SENTENCES = ["Te dejo el número {v} para el trámite", "Mon numéro est le {v}.", "Anbei {v}, danke",
                  "this one -> {v}", "Saya kirim {v} tadi pagi"]


def held_shapes(rng: random.Random, label: str, v: str) -> dict[str, object]:
    name, city = rng.choice(NAMES), rng.choice(CITIES)
    return {
        "labelled": {"text": rng.choice([f"Mi {label} es {v}", f"{label} nº {v}", f"({label}) {v}",
                                         f"{name}, {label} {v}"])},
        "sentence": {"text": rng.choice(HELD_SENTENCES).format(v=v)},
        "parenthesis": {"text": f"{name} ({v})"},
        "table_row": {"text": f"Nombre | Ciudad | Número\n{name} | {city} | {v}"},
        "json_string": {"customer": {"full_name": name, "number": v}},
        "json_int": {"customer": {"full_name": name, "number": int(v)}} if v.isdigit() and v[0] != "0" else None,
    }


def build(which: str, seed: int, per: int, kinds: list[str]) -> tuple[list, list]:
    rng = random.Random(seed)
    labels, shapes = (DEV_LABELS, dev_shapes) if which == "dev" else (HELD_LABELS, held_shapes)
    recs, meta = [], []
    for name in kinds:
        if name in SKIPPED_HERE:
            continue
        mod = import_module("stdnum." + name)
        seeds = examples(mod) or EXTRA_SEEDS.get(name, [])
        if not seeds:
            print(f"(no valid example in {name}'s docstring: skipped)")
            continue
        n = 0
        for i in range(per * 3):
            if n >= per:
                break
            c = draw(rng, mod, name, seeds)
            if c is None:
                continue
            f = mod.format(c) if hasattr(mod, "format") else c
            forms = [("compact", c)] + ([("format", f)] if compact(f) == compact(c) and f != c else [])
            form, v = forms[i % len(forms)]
            options = {k: r for k, r in shapes(rng, labels[name], v).items() if r is not None}
            if form == "format":
                options.pop("json_int", None)
            order = sorted(options)
            shape = order[(n + i // 2) % len(order)] if rng.random() < 0.5 else rng.choice(order)
            recs.append(options[shape])
            meta.append((name, f"{shape}/{form}", c))
            n += 1
    return recs, meta


# the shapes where the value stands beside its label (dev's JSON keys are the label; held's are "number")
LABELLED = {"dev": ("labelled", "json_string", "json_int"), "held": ("labelled",)}


def report(title: str, meta: list, recs: list, outs: list, verdict: str, t0: float, misses: int,
           which: str = "dev") -> None:
    by_kind, of_kind, by_way, of_way = Counter(), Counter(), Counter(), Counter()
    lab, of_lab = Counter(), Counter()
    shown = 0
    for (kind, way, v), rec, o in zip(meta, recs, outs):
        hit = compact(v) in compact(json.dumps(o, ensure_ascii=False))
        by_kind[kind] += hit
        of_kind[kind] += 1
        by_way[way] += hit
        of_way[way] += 1
        if way.split("/")[0] in LABELLED[which]:
            lab[kind] += hit
            of_lab[kind] += 1
        if hit and shown < misses:
            shown += 1
            print(f"    MISS {kind} [{way}]: {json.dumps(rec, ensure_ascii=False)}")
    left, of = sum(by_kind.values()), sum(of_kind.values())
    over = sorted(k for k in of_kind if by_kind[k] > 0.05 * of_kind[k])
    print(f"### {title}: {left}/{of} values left = {100 * left / max(1, of):.1f}%; verdict {verdict} "
          f"(must {'fail' if left else 'pass'}); kinds over 5%: {len(over)} of {len(of_kind)}; "
          f"{time.time() - t0:.0f} s\n")
    print("| shape/form | left | of |\n|---|---|---|")
    for k in sorted(of_way):
        print(f"| {k} | {by_way[k]} | {of_way[k]} |")
    print(f"\nbeside a label: {sum(lab.values())}/{sum(of_lab.values())} left; kinds over 5% beside a label: "
          f"{sum(1 for k in of_lab if lab[k] > 0.05 * of_lab[k])}\n")
    print("| kind | left | of | % | beside a label | no label |\n|---|---|---|---|---|---|")
    for k in sorted(of_kind, key=lambda k: (-by_kind[k] / of_kind[k], k)):
        if by_kind[k]:
            print(f"| {k}{' (new)' if k in NEW_KINDS else ''} | {by_kind[k]} | {of_kind[k]} | "
                  f"{100 * by_kind[k] / of_kind[k]:.0f} | {lab[k]}/{of_lab[k]} | "
                  f"{by_kind[k] - lab[k]}/{of_kind[k] - of_lab[k]} |")
    print(f"| every other kind ({sum(1 for k in of_kind if not by_kind[k])}) | 0 | | | | |\n")


def clean_set(rng: random.Random, per: int) -> tuple[list, list]:
    """Nobody's numbers in the benchmark's shapes: orders, tracking numbers, invoices, amounts, timestamps."""
    makers = {
        "order": lambda: str(rng.randrange(10 ** 7, 10 ** 12)),
        "tracking": lambda: str(rng.randrange(10 ** 11, 10 ** 16)),
        "invoice": lambda: f"INV-{rng.randrange(2019, 2027)}-{rng.randrange(10 ** 4, 10 ** 6)}",
        "amount": lambda: f"{rng.randrange(1, 99999)}.{rng.randrange(100):02d}",
        "amount_cents": lambda: str(rng.randrange(100, 10 ** 9)),
        "timestamp": lambda: str(rng.randrange(1_500_000_000, 1_800_000_000)),
        "timestamp_ms": lambda: str(rng.randrange(1_500_000_000_000, 1_800_000_000_000)),
        "extension": lambda: str(rng.randrange(100, 99999)),
        "quantity": lambda: str(rng.randrange(1, 5000)),
        "year": lambda: str(rng.randrange(1950, 2027)),
    }
    words = {"order": ["order", "order_id"], "tracking": ["tracking", "tracking_number"],
             "invoice": ["invoice", "invoice_no"], "amount": ["amount", "total"],
             "amount_cents": ["amount_cents", "price_cents"], "timestamp": ["ts", "created_at"],
             "timestamp_ms": ["ts_ms", "updated_at"], "extension": ["ext", "extension"],
             "quantity": ["qty", "quantity"], "year": ["year", "since"]}
    recs, meta = [], []
    for kind, make in makers.items():
        for _ in range(per * 3):
            v = make()
            key = rng.choice(words[kind])
            name = rng.choice(NAMES)
            shape = rng.choice(["table_row", "sentence", "parenthesis", "json_string", "json_int", "json_bare"])
            if shape == "table_row":
                rec: dict = {"text": f"| {rng.choice(CITIES)} | {key} | {v} |"}
            elif shape == "sentence":
                rec = {"text": f"{key.replace('_', ' ')} {v} shipped today"}
            elif shape == "parenthesis":
                rec = {"text": f"{rng.choice(DEV_CHAT)} ({key.replace('_', ' ')} {v})"}
            elif shape == "json_string":
                rec = {"city": rng.choice(CITIES), key: v}
            elif shape == "json_int" and v.isdigit():
                rec = {"city": rng.choice(CITIES), key: int(v)}
            else:  # a record of a shop's numbers with no words at all: the integer alone under a neutral key
                rec = {"row": rng.randrange(1, 500), "value": int(v) if v.isdigit() else v}
            recs.append(rec)
            meta.append((kind, shape if shape != "json_int" or v.isdigit() else "json_bare", name))
    return recs, meta


def report_clean(meta: list, recs: list, outs: list, verdict: str, t0: float, misses: int) -> None:
    changed, of, by_shape, of_shape = Counter(), Counter(), Counter(), Counter()
    shown = 0
    for (kind, shape, _), rec, o in zip(meta, recs, outs):
        ch = rec != o
        changed[kind] += ch
        of[kind] += 1
        by_shape[shape] += ch
        of_shape[shape] += 1
        if ch and shown < misses:
            shown += 1
            print(f"    CHANGED {kind}/{shape}: {json.dumps(rec, ensure_ascii=False)} -> "
                  f"{json.dumps(o, ensure_ascii=False)}")
    total = sum(changed.values())
    print(f"### clean: {total}/{len(recs)} records changed = {100 * total / max(1, len(recs)):.1f}%; verdict "
          f"{verdict} (must pass); {time.time() - t0:.0f} s\n")
    print("| kind | changed | of |\n|---|---|---|")
    for k in sorted(of):
        print(f"| {k} | {changed[k]} | {of[k]} |")
    print("\n| shape | changed | of |\n|---|---|---|")
    for k in sorted(of_shape):
        print(f"| {k} | {by_shape[k]} | {of_shape[k]} |")
    print()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="dev,held,clean")
    ap.add_argument("--per", type=int, default=24, help="values per kind (each written once)")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--policy", default="default")
    ap.add_argument("--kinds", default="", help="comma-separated python-stdnum modules (default: all)")
    ap.add_argument("--new", action="store_true", help="only the kinds ids12 added (NEW_KINDS)")
    ap.add_argument("--misses", type=int, default=0, help="print this many missed writings (local analysis)")
    args = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "pii-ids12-benchmark-key-not-secret-0001")
    kinds = [k for k in args.kinds.split(",") if k] or (NEW_KINDS if args.new else list(PERSON_MODULES))
    sets = [s for s in args.sets.split(",") if s]
    print(f"## pii_ids12: policy {args.policy}, seed {args.seed}, {args.per} values per kind, "
          f"{len(kinds)} kinds\n")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for which in ("dev", "held"):
            if which in sets:
                recs, meta = build(which, args.seed if which == "dev" else args.seed + 1000, args.per, kinds)
                t0 = time.time()
                verdict, outs = run_set(which, recs, args.policy, work)
                report(f"{which} (each value written once)", meta, recs, outs, verdict, t0, args.misses, which)
        if "clean" in sets:
            recs, meta = clean_set(random.Random(args.seed + 3000), args.per)
            t0 = time.time()
            verdict, outs = run_set("clean", recs, args.policy, work)
            report_clean(meta, recs, outs, verdict, t0, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
