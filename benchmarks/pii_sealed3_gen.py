"""Records of the third sealed PII set: 13 shapes users' data has, in 54 locales (48 mimesis, 6 Faker-only
scripts) and 14 scripts, a clean twin with look-alikes and no personal data, and the rows of a CSV and a Parquet
file. Blind set: those who tune the PII gate must not open this file (see benchmarks/README.md).

Each generated item is ``{"shape", "locale", "record", "planted"}``; ``record`` is what goes into the file and
``planted`` lists ``{"kind", "value", "way", "parts"}`` (the value as written; ``parts``, when set, the pieces
each of which counts as a leak when it survives: a name's given and family names).
"""

from __future__ import annotations

import random
import string

from pii_sealed3_people import ALL_LOCALES, TODAY, Person, PeopleMaker, ipv4, ipv6
from pii_sealed3_words import date_as_written, words
from stdnum import ean, iban, luhn

SHAPES = ["email", "forum", "ticket", "hr_note", "intake", "chat_log", "signature", "form", "address_block",
          "table", "json_nested", "sft", "messages"]


def _p(kind: str, value: str, way: str, parts: list[str] | None = None) -> dict:
    return {"kind": kind, "value": value, "way": way, "parts": parts or []}


def _name_as(p: Person, rng: random.Random) -> tuple[str, str]:
    """A person's name written one of the ways people write it."""
    r = rng.random()
    if p.script in {"Han", "Japanese", "Hangul"} or r < 0.45:
        return p.full, "full"
    if r < 0.6:
        return f"{p.family.upper()}, {p.given}", "family_caps_comma"
    if r < 0.75:
        return p.full.lower(), "lower"
    if r < 0.87:
        return f"{p.given[0]}. {p.family}", "initial"
    return p.given, "given_only"


def _name_parts(p: Person, written: str, way: str) -> list[str]:
    """Both names, whatever the way written: a shape may also write the full name elsewhere (a signature), and a
    name that is not in the record cannot survive in its copy."""
    return [p.given, p.family]


def _iban(rng: random.Random) -> str:
    shapes = {"DE": "n18", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "a4n10", "PL": "n24", "GB": "a4n14",
              "AT": "n16", "BE": "n12", "SE": "n20", "PT": "n21", "CH": "n17", "TR": "n22", "GR": "n23"}
    while True:
        cc = rng.choice(sorted(shapes))
        spec = shapes[cc]
        bban = ""
        i = 0
        while i < len(spec):
            t = spec[i]
            j = i + 1
            while j < len(spec) and spec[j].isdigit():
                j += 1
            n = int(spec[i + 1:j])
            bban += "".join(rng.choice(string.digits if t == "n" else string.ascii_uppercase) for _ in range(n))
            i = j
        code = cc + "00" + bban
        code = cc + iban.calc_check_digits(code) + bban
        if iban.is_valid(code):
            return " ".join(code[k:k + 4] for k in range(0, len(code), 4)) if rng.random() < 0.6 else code


def _card(rng: random.Random) -> str:
    prefix, n = rng.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("37", 15), ("6011", 16)])
    body = prefix + "".join(rng.choice(string.digits) for _ in range(n - len(prefix) - 1))
    num = body + luhn.calc_check_digit(body)
    if n == 16 and rng.random() < 0.7:
        return " ".join(num[k:k + 4] for k in range(0, 16, 4))
    return num


def _ean13(rng: random.Random) -> str:
    body = "".join(rng.choice(string.digits) for _ in range(12))
    return body + ean.calc_check_digit(body)


class RecordMaker:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.people = PeopleMaker(self.rng)

    # ------------------------------------------------------------------ planted records
    def record(self, shape: str, loc: str) -> dict:
        rng = self.rng
        p = self.people.person(loc)
        q = self.people.person(rng.choice([loc, loc, rng.choice(sorted(ALL_LOCALES))]))
        w = words(p.lang)
        planted: list[dict] = []
        name, way = _name_as(p, rng)
        planted.append(_p("PERSON", name, way, _name_parts(p, name, way)))
        dob = date_as_written(p.birth, loc, p.lang, rng)
        age = p.age(TODAY)
        age_txt = w["age"].format(a=age)
        email = p.email
        phone = p.phone
        if rng.random() < 0.08:
            local, dom = email.split("@")
            email_w = f"{local} [at] {dom.replace('.', ' [dot] ')}"
            planted.append(_p("EMAIL_ADDRESS", email_w, "at_dot", [email_w, local]))
        else:
            email_w = email
            planted.append(_p("EMAIL_ADDRESS", email, "plain", [email]))
        planted.append(_p("PHONE_NUMBER", phone, "phone"))

        def add(kind, value, way_, parts=None):
            planted.append(_p(kind, value, way_, parts))
            return value

        if shape == "email":
            subj = rng.choice(["Re: order 58213", "Fwd: invoice question", "Complaint", "Return request #A7731"])
            body = (f"Subject: {subj}\n\n{w['hello'].format(n=name)}\n\n{w['intro'].format(n=p.full)}; "
                    f"{w['issue']}. {w['reach'].format(p=phone, e=email_w)}\n\n{w['regards']}\n{p.full}\n"
                    f"{add('STREET_ADDRESS', p.street, 'signature', [p.street_name])}\n"
                    f"{p.postcode} {add('LOCATION', p.city, 'signature')}\n\n"
                    f"> On 2026-11-02 09:14, support wrote:\n> {w['thanks']}.")
            planted[0]["parts"] = [p.given, p.family]
            return self._item(shape, loc, {"text": body}, planted)
        if shape == "forum":
            handle = add("USER_HANDLE", "@" + p.handle, "at_handle", [p.handle])
            text = (f"Re: best route for a weekend trip?\nPosted by {handle} · 2026-10-{rng.randint(10, 28)} "
                    f"{rng.randint(7, 22)}:{rng.randint(10, 59)}\n\n{w['hi'].format(n='all')} "
                    f"{w['intro'].format(n=name)}, {add('AGE', age_txt, 'age_phrase')}, "
                    f"{add('LOCATION', w['lives'].format(c=p.city), 'lives', [p.city])}. "
                    f"DM me or mail {email_w}.\n\n-- reply from u/{q.handle}: thanks {p.given}!")
            add("USER_HANDLE", "u/" + q.handle, "u_handle", [q.handle])
            planted = [x for x in planted if x["kind"] != "PHONE_NUMBER"]
            return self._item(shape, loc, {"text": text}, planted)
        if shape == "ticket":
            card = add("CREDIT_CARD", _card(rng), "card")
            text = (f"Ticket #{rng.randint(10000, 99999)} | priority: {rng.choice(['low', 'high'])} | "
                    f"opened 2026-11-{rng.randint(1, 29):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}\n"
                    f"Customer: {name} <{email_w}>\nCallback: {phone}\nIP: "
                    f"{add('IP_ADDRESS', ipv4(rng) if rng.random() < 0.7 else ipv6(rng), 'ip')}\n"
                    f"Issue: charged twice on card {card}; {w['issue']}.")
            return self._item(shape, loc, {"text": text}, planted)
        if shape == "hr_note":
            text = (f"{w['employee']}: {name}\n{w['dob']}: {add('DATE_OF_BIRTH', dob, 'label')}\n"
                    f"{w['addr']}: {add('STREET_ADDRESS', p.street, 'label', [p.street_name])}, {p.postcode} "
                    f"{add('LOCATION', p.city, 'label')}\n{w['contact']}: {q.full} ({q.phone})\n"
                    f"IBAN: {add('IBAN_CODE', _iban(rng), 'iban')}\n{w['note']}: started 2019, "
                    f"{rng.choice(['part-time since March', 'remote on Fridays', 'team lead from 2024'])}.")
            planted = [x for x in planted if x["kind"] not in ("EMAIL_ADDRESS", "PHONE_NUMBER")]
            add("PERSON", q.full, "contact", [q.given, q.family])
            add("PHONE_NUMBER", q.phone, "phone")
            return self._item(shape, loc, {"text": text}, planted)
        if shape == "intake":
            mrn = add("MEDICAL_RECORD_NUMBER", f"{rng.randint(1000000, 9999999)}", "mrn_label")
            text = (f"{w['patient']}: {name}\nMRN: {mrn}\n{w['dob']}: {add('DATE_OF_BIRTH', dob, 'label')} "
                    f"({add('AGE', f'{age} y/o', 'clinical')})\n{w['addr']}: "
                    f"{add('STREET_ADDRESS', p.street, 'label', [p.street_name])}, "
                    f"{add('LOCATION', p.city, 'label')}\n{w['phone']}: {phone}\n"
                    f"{w['complaint']}: {w['complaint_v']}. BP 128/82, pulse 74, temp 36.9.")
            planted = [x for x in planted if x["kind"] != "EMAIL_ADDRESS"]
            return self._item(shape, loc, {"text": text}, planted)
        if shape == "chat_log":
            hh = rng.randint(8, 20)
            lines = [f"[{hh:02d}:{m:02d}] {who}: {t}" for m, who, t in [
                (1, "agent", "hello, how can I help?"),
                (2, "customer", f"hi, this is {p.full.lower() if p.script == 'Latin' else p.full}"),
                (3, "agent", "could you confirm your date of birth?"),
                (4, "customer", f"{w['born'].format(d=dob)}"),
                (6, "customer", f"and my number is {phone}"),
                (7, "agent", f"thanks, {p.given}, I've updated the account."),
            ]]
            planted[0] = _p("PERSON", p.full.lower() if p.script == "Latin" else p.full, "chat_lower",
                            [p.given, p.family])
            add("DATE_OF_BIRTH", dob, "born_phrase")
            planted = [x for x in planted if x["kind"] != "EMAIL_ADDRESS"]
            return self._item(shape, loc, {"text": "\n".join(lines)}, planted)
        if shape == "signature":
            title = rng.choice(["Sales Manager", "Project Lead", "Buyer", "Office Manager"])
            text = (f"{w['hi'].format(n='team')}\nthe samples arrived, "
                    f"{rng.choice(['all good', 'two were damaged', 'please send the invoice'])}.\n\n--\n"
                    f"{name} | {title}\nM: {phone} | {email_w}\n"
                    f"{add('STREET_ADDRESS', p.street, 'signature', [p.street_name])} · {p.postcode} "
                    f"{add('LOCATION', p.city, 'signature')}")
            return self._item(shape, loc, {"text": text}, planted)
        if shape == "form":
            text = (f"{w['name']}: {name}\n{w['dob']}: {add('DATE_OF_BIRTH', dob, 'label')}\n{w['email']}: "
                    f"{email_w}\n{w['phone']}: {phone}\n{w['addr']}: "
                    f"{add('STREET_ADDRESS', p.street, 'label', [p.street_name])}\n{w['zip']}: {p.postcode}\n"
                    f"{w['city']}: {add('LOCATION', p.city, 'label')}")
            return self._item(shape, loc, {"text": text}, planted)
        if shape == "address_block":
            text = (f"{w['shipto']}\n{name}\n{add('STREET_ADDRESS', p.street, 'block', [p.street_name])}\n"
                    f"{p.postcode} {add('LOCATION', p.city, 'block')}\n{w['phone']} {phone}\n\n"
                    f"{w['thanks']}!")
            planted = [x for x in planted if x["kind"] != "EMAIL_ADDRESS"]
            return self._item(shape, loc, {"text": text}, planted)
        if shape == "table":
            others = [self.people.person(loc) for _ in range(2)]
            rows = [p] + others
            head = f"| {w['name']} | {w['city']} | {w['phone']} | {w['dob']} |\n|---|---|---|---|\n"
            body = ""
            for i, r in enumerate(rows):
                d = date_as_written(r.birth, loc, r.lang, rng)
                body += f"| {r.full if i else name} | {r.city} | {r.phone} | {d} |\n"
                add("LOCATION", r.city, "table")
                add("DATE_OF_BIRTH", d, "table")
                if i:
                    add("PERSON", r.full, "table", [r.given, r.family])
                    add("PHONE_NUMBER", r.phone, "table")
            planted = [x for x in planted if x["kind"] != "EMAIL_ADDRESS"]
            return self._item(shape, loc, {"text": f"{w['note']}:\n\n{head}{body}"}, planted)
        if shape == "json_nested":
            rec = {"event": "profile.updated", "ts": f"2026-11-{rng.randint(1, 29):02d}T10:{rng.randint(10, 59)}:00Z",
                   "customer": {"profile": {"display_name": name, "birth_date": p.birth.isoformat(),
                                            "age": age},
                                "contact": {"emails": [email], "phone": int(p.phone_e164.lstrip("+"))
                                            if rng.random() < 0.4 else p.phone_e164},
                                "address": {"lines": [p.street], "postal_code": p.postcode, "city": p.city}},
                   "order": {"id": f"SO-{rng.randint(100000, 999999)}", "items": rng.randint(1, 5)}}
            if rng.random() < 0.3:
                rec["customer"]["contact"]["verified"] = {email: True}
            planted = [planted[0], _p("EMAIL_ADDRESS", email, "json", [email]),
                       _p("PHONE_NUMBER", str(rec["customer"]["contact"]["phone"]), "json")]
            add("DATE_OF_BIRTH", p.birth.isoformat(), "json_key")
            add("AGE", f'"age": {age}', "json_int")
            add("STREET_ADDRESS", p.street, "json", [p.street_name])
            add("LOCATION", p.city, "json")
            return self._item(shape, loc, rec, planted)
        if shape == "sft":
            rec = {"prompt": f"Draft a short reply to this customer: {w['issue']}.",
                   "completion": f"{w['hello'].format(n=name)} {w['thanks']}. {w['reach'].format(p=phone, e=email_w)}"
                                 f" — {p.full}, {add('LOCATION', p.city, 'sentence')}"}
            return self._item(shape, loc, rec, planted)
        if shape == "messages":
            rec = {"messages": [
                {"role": "system", "content": "You are a helpful assistant for a delivery company."},
                {"role": "user", "content": f"{w['intro'].format(n=name)}. {w['moved'].format(c=p.city)}; "
                                            f"{add('AGE', age_txt, 'age_phrase')}. {w['issue']}. "
                                            f"{w['reach'].format(p=phone, e=email_w)}"},
                {"role": "assistant", "content": f"Thank you, {p.given}. I have opened a claim."}]}
            add("LOCATION", p.city, "moved")
            planted[0]["parts"] = [p.given, p.family]
            return self._item(shape, loc, rec, planted)
        raise ValueError(shape)

    def _item(self, shape, loc, record, planted) -> dict:
        return {"shape": shape, "locale": loc, "script": ALL_LOCALES[loc][2], "record": record,
                "planted": planted}

    def records(self, n: int) -> list[dict]:
        locs = sorted(ALL_LOCALES)
        out = []
        for i in range(n):
            out.append(self.record(SHAPES[i % len(SHAPES)], locs[(i * 7) % len(locs)]))
        return out

    # ------------------------------------------------------------------ clean twin: no personal data at all
    def clean(self, shape: str, loc: str) -> dict:
        rng = self.rng
        w = words(ALL_LOCALES[loc][1])
        order = f"{rng.choice(['SO', 'PO', 'INV', 'RMA'])}-{rng.randint(100000, 999999)}"
        sku = f"{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}-{rng.randint(1000, 9999)}"
        gtin = _ean13(rng)
        day = f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"
        brand = rng.choice(["Amazon Basics", "Jordan Air", "Victoria Station", "Paris Saint-Germain kit",
                            "Santa Fe SUV", "Florence Flask", "Orlando Magic cap", "Chelsea boots", "Sydney Opera "
                            "House poster", "Cambridge Audio amp", "Hope diamond replica"])
        word_names = rng.choice(["Will you check it?", "May I return it?", "Mark the box as fragile.",
                                 "Bill me later.", "Summer sale ended.", "Rose gold finish.", "Grant access."])
        qty = rng.randint(2, 40)
        text = {
            "email": f"Subject: {order}\n\nHello support team,\n{w['issue']}. {word_names} The {brand} "
                     f"({sku}, EAN {gtin}) was ordered on {day}.\n\n{w['regards']}\nThe purchasing department",
            "forum": f"Re: firmware 4.{rng.randint(0, 9)}.{rng.randint(0, 30)} bricked my router\nPosted "
                     f"{day} 14:{rng.randint(10, 59)}\n\nSame here after {qty} minutes. {word_names} "
                     f"Rolled back to 4.1.2 and it works.",
            "ticket": f"Ticket #{rng.randint(10000, 99999)} | priority: low | opened {day} 08:15\n"
                      f"Order: {order}\nItem: {brand} {sku} x{qty}\nIssue: {w['issue']}.",
            "hr_note": f"{w['note']}: the {rng.choice(['Berlin', 'Lisbon', 'Osaka'])} office closes on {day} "
                       f"for maintenance; {qty} desks move to floor 3. {word_names}",
            "intake": f"Clinic schedule for {day}: {qty} slots, 15 minutes each, room B{rng.randint(1, 9)}. "
                      f"{w['complaint']}: (none; template). BP cuff {sku} to be recalibrated.",
            "chat_log": f"[09:01] agent: hello, how can I help?\n[09:02] customer: where is order {order}?\n"
                        f"[09:03] agent: it left the warehouse on {day}, delivery in 3-5 days.\n"
                        f"[09:04] customer: {word_names}",
            "signature": f"Hi team,\nthe {brand} samples arrived.\n\n--\nCustomer Care | Acme GmbH\n"
                         f"Ticket queue {sku} · Mon–Fri 9–17",
            "form": f"{w['name']}: (company account)\nSKU: {sku}\nEAN: {gtin}\nQty: {qty}\n"
                    f"{w['note']}: {word_names}",
            "address_block": f"Warehouse return label\nRMA {order}\nDock {rng.randint(1, 12)}\nPallet {sku}\n"
                             f"{w['thanks']}!",
            "table": f"| SKU | EAN | qty | shipped |\n|---|---|---|---|\n| {sku} | {gtin} | {qty} | {day} |\n"
                     f"| {sku[:3]}{rng.randint(1000, 9999)} | {_ean13(rng)} | {qty + 3} | {day} |\n",
            "json_nested": None, "sft": None, "messages": None,
        }[shape]
        if shape == "json_nested":
            rec: dict = {"event": "order.shipped", "ts": f"{day}T10:00:00Z",
                         "order": {"id": order, "lines": [{"sku": sku, "gtin": gtin, "qty": qty}],
                                   "carrier": {"name": "DHL", "tracking": f"JD{rng.randint(10**15, 10**16 - 1)}"}},
                         "note": word_names}
        elif shape == "sft":
            rec = {"prompt": f"Summarise: order {order} for {qty} units of {brand} shipped {day}.",
                   "completion": f"{qty} units of {brand} ({sku}) shipped on {day}."}
        elif shape == "messages":
            rec = {"messages": [{"role": "system", "content": "You are a helpful assistant."},
                                {"role": "user", "content": f"How do I reset the {brand}? {word_names}"},
                                {"role": "assistant", "content": "Hold the button for 10 seconds."}]}
        else:
            rec = {"text": text}
        return {"shape": shape, "locale": loc, "script": ALL_LOCALES[loc][2], "record": rec, "planted": []}

    def cleans(self, n: int) -> list[dict]:
        locs = sorted(ALL_LOCALES)
        return [self.clean(SHAPES[i % len(SHAPES)], locs[(i * 5) % len(locs)]) for i in range(n)]

    # ------------------------------------------------------------------ table rows (CSV and Parquet files)
    def rows(self, n: int, columns: dict[str, str], ints: bool) -> list[dict]:
        """Rows with people from every locale; ``columns`` maps our field to the file's header name."""
        rng = self.rng
        locs = sorted(ALL_LOCALES)
        out = []
        for i in range(n):
            loc = locs[(i * 11) % len(locs)]
            p = self.people.person(loc)
            dob = p.birth.isoformat() if ints else date_as_written(p.birth, loc, p.lang, rng)
            phone = int(p.phone_e164.lstrip("+")) if ints and rng.random() < 0.5 else p.phone
            row = {"name": p.full, "dob": dob, "city": p.city, "phone": phone, "email": p.email,
                   "note": rng.choice(["VIP", "prefers e-mail", f"order SO-{rng.randint(100000, 999999)}", ""]),
                   "age": p.age(TODAY)}
            planted = [_p("PERSON", p.full, "cell", [p.given, p.family]), _p("DATE_OF_BIRTH", dob, "cell"),
                       _p("LOCATION", p.city, "cell"), _p("PHONE_NUMBER", str(phone), "cell"),
                       _p("EMAIL_ADDRESS", p.email, "cell", [p.email])]
            out.append({"shape": "row", "locale": loc, "script": ALL_LOCALES[loc][2],
                        "record": {columns[k]: v for k, v in row.items() if k in columns}, "planted": planted})
        return out
