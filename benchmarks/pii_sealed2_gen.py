"""The second sealed PII set: records of the shapes users' data has, in 35 Faker locales (28 the dev sets do
not use; scripts: Latin, Cyrillic, Georgian, Armenian, Hebrew, Arabic, Persian, Devanagari, Tamil, Bengali,
Thai, Han, kana and Hangul), with every planted personal value labelled; records carrying each identifier kind
the shipped policies name; a spreadsheet for a real CSV file; and a clean set with look-alikes and no personal
data.

Written without reading the detector (nothing here imports ``governed_tuning``) and apart from the first
sealed set (``pii_sealed_gen``) and the tuning generators: other seed, locales, shapes and wording.

``make_records(n, seed)``, ``make_ids(per_kind, seed)``, ``make_clean(n, seed)`` return lists of ``Sample``:
``record`` (one JSONL line), ``locale``, ``shape`` and ``spans`` (every planted value: ``kind``, ``value`` as it
stands in the record, ``variant`` saying how it was written, ``parts`` for names: the words a reader would
recognise the person by).
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass, field

import pii_sealed2_ids as ids
from pii_sealed2_lang import L, lang
from stdnum import ean as std_ean
from stdnum import iban as std_iban
from stdnum import luhn

SEED = 0x5EA12
TODAY = dt.date(2026, 11, 30)
LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR",  # also in the dev sets
           "en_NG", "en_KE", "tw_GH", "yo_NG", "zu_ZA", "fr_CA", "es_CO", "es_CL", "id_ID", "hr_HR", "sl_SI",
           "az_AZ", "uk_UA", "mk_MK", "ka_GE", "hy_AM", "he_IL", "ar_SA", "fa_IR", "hi_IN", "ta_IN", "bn_BD",
           "ne_NP", "th_TH", "ja_JP", "zh_CN", "zh_TW", "ko_KR"]
SCRIPT = {**{loc: "Latin" for loc in LOCALES}, "uk_UA": "Cyrillic", "mk_MK": "Cyrillic", "ka_GE": "Georgian",
          "hy_AM": "Armenian", "he_IL": "Hebrew", "ar_SA": "Arabic", "fa_IR": "Arabic (Persian)",
          "hi_IN": "Devanagari", "ne_NP": "Devanagari", "ta_IN": "Tamil", "bn_BD": "Bengali", "th_TH": "Thai",
          "ja_JP": "Han and kana", "zh_CN": "Han", "zh_TW": "Han", "ko_KR": "Hangul"}
DEV_LOCALES = {"en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR"}
# Faker invents English-looking towns for these ("West Angela"): no LOCATION is planted from them
NO_PLACES = {"en_NG", "en_KE", "tw_GH", "yo_NG", "ar_SA", "fr_CA", "en_GB"}
NO_SPACE = {"ja_JP", "zh_CN", "zh_TW", "ko_KR", "th_TH"}  # names written without a space (th: first last, spaced)
CJK = {"ja_JP", "zh_CN", "zh_TW", "ko_KR"}
# identifier kinds a person of the locale carries (national numbers, passports, licences)
NATID = {"en_US": ["US_SSN", "US_DRIVER_LICENSE", "US_PASSPORT", "US_ITIN"], "en_GB": ["UK_NINO", "UK_NHS", "UK_PASSPORT", "UK_DRIVING_LICENCE"],
         "de_DE": ["DE_TAX_ID", "DE_ID_CARD", "DE_PASSPORT", "DE_SOCIAL_SECURITY"], "fr_FR": ["FR_NIR"], "es_ES": ["ES_NIF", "ES_NIE", "ES_PASSPORT"],
         "it_IT": ["IT_FISCAL_CODE", "IT_IDENTITY_CARD", "IT_DRIVER_LICENSE"], "pt_BR": ["BR_CPF"], "en_NG": ["NG_NIN"], "yo_NG": ["NG_NIN"],
         "zu_ZA": ["ZA_ID_NUMBER", "ZA_PASSPORT"], "hi_IN": ["IN_AADHAAR", "IN_PAN", "IN_PASSPORT", "IN_VOTER"],
         "ta_IN": ["IN_AADHAAR", "IN_PAN"], "th_TH": ["TH_TNIN"], "ko_KR": ["KR_RRN", "KR_PASSPORT", "KR_DRIVER_LICENSE"]}
# every kind `governed-tuning policy show` listed for the default, gdpr and ccpa policies when this set was
# written (2026-11-30); the benchmark names any kind a later policy adds that the set does not plant
TARGETED_AT_WRITING = frozenset({
    "ABA_ROUTING_NUMBER", "AGE", "AU_ABN", "AU_ACN", "AU_MEDICARE", "AU_TFN", "BR_CPF", "CA_POSTAL_CODE", "CA_SIN",
    "CREDIT_CARD", "CRYPTO", "DATE_OF_BIRTH", "DEVICE_ID", "DE_BSNR", "DE_FUEHRERSCHEIN", "DE_HANDELSREGISTER",
    "DE_HEALTH_INSURANCE", "DE_ID_CARD", "DE_KFZ", "DE_LANR", "DE_PASSPORT", "DE_PLZ", "DE_SOCIAL_SECURITY",
    "DE_TAX_ID", "DE_TAX_NUMBER", "DE_VAT_ID", "DK_CPR", "EMAIL_ADDRESS", "ES_NIE", "ES_NIF", "ES_PASSPORT",
    "FI_PERSONAL_IDENTITY_CODE", "FR_NIR", "HEALTH_DATA", "HOUSEHOLD_ID", "IBAN_CODE", "IN_AADHAAR", "IN_GSTIN",
    "IN_PAN", "IN_PASSPORT", "IN_VEHICLE_REGISTRATION", "IN_VOTER", "IP_ADDRESS", "IT_DRIVER_LICENSE",
    "IT_FISCAL_CODE", "IT_IDENTITY_CARD", "IT_PASSPORT", "IT_VAT_CODE", "KR_BRN", "KR_DRIVER_LICENSE", "KR_FRN",
    "KR_PASSPORT", "KR_RRN", "LOCATION", "MAC_ADDRESS", "MEDICAL_LICENSE", "MEDICAL_RECORD_NUMBER", "NG_NIN",
    "NG_VEHICLE_REGISTRATION", "NL_BSN", "NO_FODSELSNUMMER", "NRP", "PERSON", "PHONE_NUMBER", "PH_PASSPORT",
    "PH_TIN", "PH_UMID", "PL_PESEL", "RELIGION", "SE_ORGANISATIONSNUMMER", "SE_PERSONNUMMER", "SG_NRIC_FIN",
    "SG_UEN", "STREET_ADDRESS", "TH_TNIN", "TR_LICENSE_PLATE", "TR_NATIONAL_ID", "UK_DRIVING_LICENCE", "UK_NHS",
    "UK_NINO", "UK_PASSPORT", "UK_POSTCODE", "UK_VEHICLE_REGISTRATION", "URL", "USER_HANDLE", "US_BANK_NUMBER",
    "US_CLAIM_NUMBER", "US_DRIVER_LICENSE", "US_HEALTH_INSURANCE_MEMBER_ID", "US_ITIN", "US_MBI", "US_NPI",
    "US_PASSPORT", "US_PRESCRIPTION_NUMBER", "US_PRIOR_AUTHORIZATION_NUMBER", "US_PROVIDER_TAX_ID",
    "US_REFERRAL_NUMBER", "US_SSN", "UUID", "ZA_COMPANY_REGISTRATION", "ZA_DRIVER_LICENSE", "ZA_ID_NUMBER",
    "ZA_INCOME_TAX_NUMBER", "ZA_LICENSE_PLATE", "ZA_MOBILE_NUMBER", "ZA_PASSPORT", "ZA_TELEPHONE_NUMBER",
    "ZA_TRAFFIC_REGISTER_NUMBER", "ZA_VAT_NUMBER"
})
SHAPES = ["hr_record", "medical_visit", "insurance_claim", "forum_post", "app_log", "support_email", "spreadsheet",
          "sft", "dpo", "chat", "free_text"]
CONDITIONS = ["type 2 diabetes", "asthma", "major depressive disorder", "HIV", "hypertension", "epilepsy",
              "Crohn's disease", "bipolar disorder"]
RELIGIONS = ["Catholic", "Muslim", "Jewish", "Hindu", "Buddhist", "Sikh", "Orthodox Christian"]
NATIONALITIES = ["Nigerian", "Ukrainian", "Brazilian", "Korean", "Iranian", "Georgian", "Kenyan", "Mexican"]
COMPANY = "Northwind"


@dataclass
class Sample:
    record: dict
    locale: str
    shape: str
    spans: list[dict] = field(default_factory=list)


class Plant:
    """Collects the planted values of one record as its text is written."""

    def __init__(self) -> None:
        self.spans: list[dict] = []

    def __call__(self, kind: str, value, variant: str = "", parts: list[str] | None = None,
                 locale: str | None = None):
        span = {"kind": kind, "value": str(value), "variant": variant}
        if parts:
            span["parts"] = parts
        if locale:
            span["locale"] = locale  # the person's own, when not the record's
        self.spans.append(span)
        return value


def fold(s: str) -> str:
    """A name as it goes into an e-mail address or a URL: no accents, no spaces, lower case."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower() \
        .replace(" ", "").replace("'", "").replace("ø", "o").replace("ß", "ss").replace("ł", "l").replace("đ", "d").replace("ı", "i")


def latin(s: str) -> bool:
    return all(ord(c) < 0x250 for c in s)


FULLWIDTH = {ord(c): ord(c) + 0xFEE0 for c in "0123456789"}


class Person:
    """One person of a locale, drawn with Faker from the record's own random stream."""

    def __init__(self, locale: str, rng: random.Random):
        f = ids.faker(locale)
        f.seed_instance(rng.getrandbits(32))
        self.locale, self.lang, self.rng = locale, lang(locale), rng
        self.first, self.last = f.first_name(), f.last_name()
        if locale in CJK:
            self.full = self.last + self.first  # family name first, no space
        elif locale == "hi_IN" and rng.random() < 0.3:
            self.full = f"{self.first} {f.last_name()} {self.last}"
        elif locale in ("es_CO", "es_CL") and rng.random() < 0.5:
            self.full = f"{self.first} {self.last} {f.last_name()}"
        else:
            self.full = f"{self.first} {self.last}"
        # the words a reader knows the person by (split on spaces: Indic vowel signs are not ``\w``)
        self.parts = [self.first, self.last] if locale in CJK else [w.strip(",") for w in self.full.split()]
        ok = latin(self.first + self.last)
        self.slug = f"{fold(self.first)}.{fold(self.last)}" if ok else None
        domain = f.free_email_domain()
        if ok and rng.random() < 0.75:
            sep = rng.choice([".", "_", ""])
            self.email = f"{fold(self.first)}{sep}{fold(self.last)}{rng.choice(['', str(rng.randint(1, 99))])}@{domain}"
        else:
            self.email = f"{f.user_name()}@{domain}"
        self.handle = (f"{fold(self.first)[:6]}{rng.choice(['_', ''])}{fold(self.last)[:5]}" if ok else f.user_name()) \
            + str(rng.randint(1, 999))
        self.phone = f.phone_number() if hasattr(f, "phone_number") else f"+1 415 555 {rng.randint(1000, 9999)}"
        if locale in NO_PLACES:
            self.city = None
        else:
            self.city = f.city()
        self.street = (f.address() if locale == "ja_JP" else f.street_address()).replace("\n", ", ")
        self.dob = f.date_of_birth(minimum_age=18, maximum_age=88)
        self.age = TODAY.year - self.dob.year - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))
        self.dob_text = self.dob.strftime(rng.choice(L[self.lang]["dob_fmts"]))
        self.id_kind = rng.choice(NATID[locale]) if locale in NATID else rng.choice(
            ["US_PASSPORT", "UK_PASSPORT", "IN_PASSPORT", "PH_PASSPORT", "ZA_PASSPORT", "KR_PASSPORT"])
        self.natid, self.id_label = ids.make(self.id_kind, rng)
        try:
            v = f.iban()
            self.iban = v if std_iban.is_valid(v) and (v[:2] == locale[-2:] or locale == "en_GB") else None
        except AttributeError:
            self.iban = None
        if self.iban is None:
            self.iban = ids.make("IBAN_CODE", rng)[0]
        self.card = ids.make("CREDIT_CARD", rng)[0]
        self.ip = f.ipv4_public() if rng.random() < 0.8 else f.ipv6()

    # --- ways of writing a person's values --------------------------------------------------------
    def name(self, p: Plant, how: str = "") -> str:
        r = self.rng
        how = how or r.choices(["full", "lower", "first", "last_first", "caps"], [5, 2, 2, 1, 1])[0]
        if how == "first":
            return p("PERSON", self.first, "first_only", [self.first], self.locale)
        if how == "lower" and latin(self.full):
            return p("PERSON", self.full.lower(), "lower", [w.lower() for w in self.parts], self.locale)
        if how == "last_first" and self.locale not in CJK:
            v = f"{self.last.upper() if r.random() < 0.5 else self.last}, {self.first}"
            return p("PERSON", v, "last_comma_first", [self.last, self.first], self.locale)
        if how == "caps" and latin(self.full):
            return p("PERSON", self.full.upper(), "caps", [w.upper() for w in self.parts], self.locale)
        return p("PERSON", self.full, "full", self.parts, self.locale)

    def email_as(self, p: Plant) -> str:
        r = self.rng
        user, dom = self.email.split("@")
        how = r.choices(["plain", "dot_at", "bracket", "upper", "mailto", "zw", "fullwidth_at"], [6, 2, 1, 1, 1, 1, 1])[0]
        if how == "dot_at":
            v = f"{user.replace('.', ' dot ')} at {dom.replace('.', ' dot ')}"
        elif how == "bracket":
            v = f"{user}[at]{dom.replace('.', '[dot]')}"
        elif how == "upper":
            v = self.email.upper()
        elif how == "mailto":
            v = f"mailto:{self.email}"
        elif how == "zw":
            v = f"{user}\u200b@{dom}"
        elif how == "fullwidth_at":
            v = f"{user}＠{dom}"
        else:
            v = self.email
        return p("EMAIL_ADDRESS", v, how, [user] if len(user) >= 4 else None)

    def phone_as(self, p: Plant) -> str:
        r = self.rng
        digits = re.sub(r"\D", "", self.phone)
        how = r.choices(["faker", "middot", "fullwidth", "dots", "e164", "int"], [6, 1, 1, 1, 1, 1])[0]
        if how == "middot" and len(digits) >= 9:
            v = f"{digits[:3]}·{digits[3:6]}·{digits[6:]}"
        elif how == "fullwidth":
            v = self.phone.translate(FULLWIDTH)
        elif how == "dots" and len(digits) >= 9:
            v = ".".join([digits[:3], digits[3:6], digits[6:]])
        elif how == "e164" and not self.phone.startswith("+"):
            v = "+" + digits
        else:
            how, v = "faker", self.phone
        return p("PHONE_NUMBER", v, how)

    def dob_as(self, p: Plant, variant: str = "") -> str:
        return p("DATE_OF_BIRTH", self.dob_text, variant)

    def say(self, p: Plant, key: str, **kw) -> str:
        return self.rng.choice(L[self.lang][key]).format(**kw)


def _stamp(rng: random.Random) -> dt.datetime:
    return dt.datetime(2026, rng.randint(1, 11), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59),
                       rng.randint(0, 59))


def _sentences(person: Person, p: Plant, k: int, with_ids: bool = True) -> list[str]:
    """``k`` sentences in the person's language, each carrying one value (in random order)."""
    r = person.rng
    makers = [
        lambda: person.say(p, "born", dob=person.dob_as(p, "worded")),
        lambda: person.say(p, "age", age=p("AGE", person.age, "sentence")),
        lambda: person.say(p, "street", street=p("STREET_ADDRESS", person.street, "sentence")),
        lambda: person.say(p, "phone", phone=person.phone_as(p)),
        lambda: person.say(p, "email", email=person.email_as(p)),
    ]
    if person.city:
        makers.append(lambda: person.say(p, "city", city=p("LOCATION", person.city, "sentence")))
    if with_ids:
        makers.append(lambda: person.say(p, "id", label=person.id_label,
                                         id=p(person.id_kind, person.natid, "labelled")))
    r.shuffle(makers)
    return [m() for m in makers[:k]]


# --- the record shapes ------------------------------------------------------------------------------
def hr_record(person: Person, p: Plant, r: random.Random) -> dict:
    boss = Person(r.choice(LOCALES), r)
    emergency = Person(person.locale, r)
    rec = {
        "employee_id": f"E{r.randint(10000, 99999)}",
        "employee": {
            "name": person.name(p, r.choice(["full", "last_first", "caps"])),
            "birth_date": (person.dob_as(p, "json_key") if r.random() < 0.5
                           else p("DATE_OF_BIRTH", person.dob.isoformat(), "iso_key")),
            "age": p("AGE", person.age, "int"),
            "identity": {"type": person.id_label, "number": p(person.id_kind, person.natid, "json_value")},
            "contact": {"email": p("EMAIL_ADDRESS", person.email, "json"),
                        "phone": (p("PHONE_NUMBER", int(re.sub(r"\D", "", person.phone)), "int")
                                  if r.random() < 0.3 and len(re.sub(r"\D", "", person.phone)) >= 9
                                  else person.phone_as(p)),
                        "home": {"street": p("STREET_ADDRESS", person.street, "json"),
                                 **({"city": p("LOCATION", person.city, "json")} if person.city else {})}},
            "bank": {"iban": p("IBAN_CODE", person.iban, "json")},
        },
        "manager": boss.name(p, "full"),
        "emergency_contact": [{"name": emergency.name(p, "full"), "relation": r.choice(["spouse", "sister", "father"]),
                               "phone": emergency.phone_as(p)}],
        "department": r.choice(["Logistics", "Finance", "Customer Care", "Platform"]),
        "grade": r.choice(["B3", "C1", "L4"]),
        "review": f"{r.choice(['Strong quarter.', 'Needs support on planning.', 'Promoted to team lead.'])} "
                  f"Discussed with {boss.name(p, 'first')}.",
    }
    if r.random() < 0.5:
        rec["employee"]["religion"] = p("RELIGION", r.choice(RELIGIONS), "json")
    if r.random() < 0.5:
        rec["employee"]["nationality"] = p("NRP", r.choice(NATIONALITIES), "json")
    return rec


def medical_visit(person: Person, p: Plant, r: random.Random) -> dict:
    doc = Person(r.choice(LOCALES), r)
    mrn = ids.make("MEDICAL_RECORD_NUMBER", r)[0]
    cond = r.choice(CONDITIONS)
    visit = _stamp(r).date()
    note = (f"Pt {person.name(p, r.choice(['full', 'last_first']))}, {p('AGE', person.age, 'clinical')} y/o, "
            f"DOB {person.dob_as(p, 'clinical')}, MRN {p('MEDICAL_RECORD_NUMBER', mrn, 'labelled')}. "
            f"Seen {visit.isoformat()} for follow-up of {p('HEALTH_DATA', cond, 'clinical')}. "
            f"BP 128/82, HR 74, temp 36.8 C. Plan: continue current dose, review in 6 weeks. "
            f"Attending: Dr. {p('PERSON', doc.last, 'dr_last', [doc.last], doc.locale)}.")
    rec = {"visit_id": f"V-{r.randint(100000, 999999)}", "note": note,
           "patient": {"mrn": p("MEDICAL_RECORD_NUMBER", mrn, "json"),
                       "insurance": {"member_id": p("US_HEALTH_INSURANCE_MEMBER_ID",
                                                    ids.make("US_HEALTH_INSURANCE_MEMBER_ID", r)[0], "json")},
                       "phone": person.phone_as(p)},
           "codes": ["E11.9", "Z79.4"] if "diabetes" in cond else ["R51", "Z00.0"]}
    if r.random() < 0.4:
        rec["prescriber"] = {"npi": p("US_NPI", ids.make("US_NPI", r)[0], "json"),
                             "dea": p("MEDICAL_LICENSE", ids.make("MEDICAL_LICENSE", r)[0], "json")}
    return rec


def insurance_claim(person: Person, p: Plant, r: random.Random) -> dict:
    claim = ids.make("US_CLAIM_NUMBER", r)[0]
    when = _stamp(r).date()
    where = p("STREET_ADDRESS", person.street, "prose")
    return {
        "claim": {"number": p("US_CLAIM_NUMBER", claim, "json"), "status": r.choice(["open", "in review", "paid"]),
                  "amount_eur": round(r.uniform(120, 9800), 2), "incident_date": when.isoformat()},
        "claimant": {"name": person.name(p), "born": person.dob_as(p, "json_key"),
                     "contact": [person.phone_as(p), p("EMAIL_ADDRESS", person.email, "list")],
                     "payout": {"iban": p("IBAN_CODE", person.iban, "json"),
                                "card_last_used": p("CREDIT_CARD", person.card, "json")}},
        "description": (f"Rear-ended while parked outside {where}"
                        + (f" in {p('LOCATION', person.city, 'prose')}" if person.city else "")
                        + f". Claimant's ID: {p(person.id_kind, person.natid, 'prose')}. Witness: "
                        + Person(person.locale, r).name(p, "full") + "."),
    }


def forum_post(person: Person, p: Plant, r: random.Random) -> dict:
    friend = Person(person.locale, r)
    body = " ".join([person.say(p, "open", name=person.name(p, r.choice(["lower", "first", "full"])))]
                    + r.sample(L[person.lang]["problem"], 2) + _sentences(person, p, 2, with_ids=False))
    handle = p("USER_HANDLE", "@" + person.handle, "at")
    return {"thread": r.choice(L[person.lang]["problem"]), "author": p("USER_HANDLE", person.handle, "field"),
            "body": body,
            "replies": [{"author": p("USER_HANDLE", friend.handle, "field"),
                         "body": f"{handle} {friend.say(p, 'thanks', first=p('PERSON', person.first, 'first_only', [person.first]))}"
                                 + (" " + profile_url(person, p, r) if person.slug and r.random() < 0.6 else "")}],
            "tags": ["help", r.choice(["billing", "delivery", "hardware"])]}


def profile_url(person: Person, p: Plant, r: random.Random) -> str:
    """A profile URL with the person's name in it: the URL (CCPA's identifier) and the name inside it."""
    site, sep = r.choice([("https://www.linkedin.com/in/", "-"), ("https://facebook.com/", "."),
                          ("https://github.com/", ""), ("https://www.instagram.com/", "_")])
    slug = person.slug.replace(".", sep)
    if sep:
        p("PERSON", slug, "url", person.slug.split("."), person.locale)
    return p("URL", site + slug, "profile")


def app_log(person: Person, p: Plant, r: random.Random) -> dict:
    dev = r.choice(["MAC_ADDRESS", "DEVICE_ID"])
    uid = ids.make("UUID", r)[0]
    ev = r.choice(["login", "password_reset", "checkout", "profile_update"])
    rec = {"ts": _stamp(r).isoformat() + "Z", "level": r.choice(["INFO", "WARN"]), "service": "auth-gateway",
           "event": ev, "latency_ms": r.randint(4, 900),
           "user": {"id": p("UUID", uid, "json"), "email": p("EMAIL_ADDRESS", person.email, "json"),
                    "ip": p("IP_ADDRESS", person.ip, "json"),
                    "device": {"kind": dev, "value": p(dev, ids.make(dev, r)[0], "json")}},
           "ctx": {"items": [{"sku": f"SKU-{r.randint(1000, 9999)}", "qty": r.randint(1, 4)}],
                   "sessions_by_user": {p("EMAIL_ADDRESS", person.email, "json_key"): r.randint(1, 9)}},
           "msg": f"{ev} ok for {p('EMAIL_ADDRESS', person.email, 'log')} from {p('IP_ADDRESS', person.ip, 'log')}"}
    if r.random() < 0.3:
        rec["ctx"]["wallet"] = p("CRYPTO", ids.make("CRYPTO", r)[0], "json")
    if person.city and r.random() < 0.5:
        rec["ctx"]["geo"] = {"city": p("LOCATION", person.city, "json")}
    return rec


def support_email(person: Person, p: Plant, r: random.Random) -> dict:
    agent = Person("en_US", r)
    subj = r.choice(L[person.lang]["problem"])
    sent = _stamp(r)
    sig = [person.name(p, "full")]
    if r.random() < 0.6:
        sig.append(person.phone_as(p))
    if r.random() < 0.5:
        sig.append(p("STREET_ADDRESS", person.street, "signature"))
    first = p("PERSON", person.first, "first_only", [person.first])
    body = (f"{' '.join(_sentences(person, p, 2))}\n\n" + "\n".join(sig)
            + f"\n\nOn {sent:%a, %d %b %Y at %H:%M}, {agent.name(p, 'full')} <"
            + p("EMAIL_ADDRESS", f"{fold(agent.first)}.{fold(agent.last)}@northwind.example", "quoted") + "> wrote:\n"
            + f"> Hi {first},\n> {subj}\n> Could you send us your order number?\n> "
            + f"{agent.name(p, 'first')}\n> {COMPANY} Customer Care")
    return {"from": f"{person.name(p, 'full')} <{p('EMAIL_ADDRESS', person.email, 'header')}>",
            "to": "support@northwind.example", "subject": f"Re: {subj}", "body": body}


def spreadsheet(person: Person, p: Plant, r: random.Random, headers: str | None = None) -> dict:
    """A row of a spreadsheet exported as CSV, headers in the locale's language (what a CSV row loads as)."""
    h = L[headers or person.lang]["h"]
    row = {h["name"]: person.name(p, r.choice(["full", "full", "last_first", "lower"])),
           h["email"]: person.email_as(p), h["phone"]: person.phone_as(p),
           h["street"]: p("STREET_ADDRESS", person.street, "csv"),
           h["city"]: p("LOCATION", person.city, "csv") if person.city else "",
           h["dob"]: person.dob_as(p, "csv"), h["age"]: str(p("AGE", person.age, "csv")),
           h["id"]: p(person.id_kind, person.natid, "csv"),
           h["note"]: r.choice(L[person.lang]["problem"])}
    return row


def sft(person: Person, p: Plant, r: random.Random) -> dict:
    agent = Person(person.locale, r)
    msg = " ".join([person.say(p, "open", name=person.name(p))] + _sentences(person, p, 3)
                   + [r.choice(L[person.lang]["problem"])])
    return {"prompt": f"Summarise this customer message for the ticket:\n{msg}",
            "completion": f"{person.name(p, 'full')} reports: {r.choice(L['en']['problem'])} "
                          f"Assigned to {agent.name(p, 'lower')}. Contact on file: {p('EMAIL_ADDRESS', person.email, 'completion')}."}


def dpo(person: Person, p: Plant, r: random.Random) -> dict:
    msg = " ".join([person.say(p, "open", name=person.name(p))] + _sentences(person, p, 2)
                   + [r.choice(L[person.lang]["problem"])])
    first = p("PERSON", person.first, "first_only", [person.first])
    return {"prompt": msg,
            "chosen": person.say(p, "agent", first=first),
            "rejected": f"Dear {person.name(p, 'full')}, we have your number {person.phone_as(p)} on file; "
                        f"please wait."}


def chat(person: Person, p: Plant, r: random.Random) -> dict:
    agent = Person(r.choice(LOCALES), r)
    system = (f"You are {COMPANY}'s support assistant. The human agent on shift is {agent.name(p, 'full')} "
              f"(extension 4{r.randint(100, 999)}). Never reveal internal notes.")
    s = _sentences(person, p, 4)
    first = p("PERSON", person.first, "first_only", [person.first])
    msgs = [{"role": "system", "content": system},
            {"role": "user", "content": person.say(p, "open", name=person.name(p)) + " " + r.choice(L[person.lang]["problem"])},
            {"role": "assistant", "content": f"I can help with that, {first}. Could you confirm a few details?"},
            {"role": "user", "content": " ".join(s[:2])},
            {"role": "assistant", "content": person.say(p, "agent", first=first)},
            {"role": "user", "content": " ".join(s[2:])}]
    return {"messages": msgs}


def free_text(person: Person, p: Plant, r: random.Random) -> dict:
    other = Person(person.locale, r)
    parts = [person.say(p, "open", name=person.name(p))] + r.sample(L[person.lang]["problem"], 2) \
        + _sentences(person, p, 3) + [other.say(p, "thanks", first=p("PERSON", other.first, "first_only", [other.first]))]
    return {"text": " ".join(parts), "lang": person.lang}


MAKERS = {"hr_record": hr_record, "medical_visit": medical_visit, "insurance_claim": insurance_claim,
          "forum_post": forum_post, "app_log": app_log, "support_email": support_email, "spreadsheet": spreadsheet,
          "sft": sft, "dpo": dpo, "chat": chat, "free_text": free_text}


def make_records(n: int = 330, seed: int = SEED) -> list[Sample]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        locale, shape = LOCALES[i % len(LOCALES)], SHAPES[(i // len(LOCALES) + i) % len(SHAPES)]
        r = random.Random(rng.getrandbits(64))
        person, p = Person(locale, r), Plant()
        rec = MAKERS[shape](person, p, r)
        out.append(Sample({"id": f"r{i}", **rec}, locale, shape, p.spans))
    return out


def make_csv(n: int = 40, seed: int = SEED + 3, headers: str = "de") -> list[Sample]:
    """Rows of one spreadsheet whose headers are in ``headers``' language, people from every locale (a German
    or Japanese company's customer list), for a real CSV file."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        r = random.Random(rng.getrandbits(64))
        locale = LOCALES[(i * 7) % len(LOCALES)]
        person, p = Person(locale, r), Plant()
        out.append(Sample(spreadsheet(person, p, r, headers), locale, f"csv_{headers}", p.spans))
    return out


# --- one record per identifier, the ways people write them --------------------------------------------
ID_SHAPES = ["sentence", "form_line", "json", "csv_cell", "unlabelled", "spaced"]


def make_ids(per_kind: int = 6, seed: int = SEED + 1) -> list[Sample]:
    rng = random.Random(seed)
    out = []
    i = 0
    for kind in ids.KINDS:
        for j in range(per_kind):
            r = random.Random(rng.getrandbits(64))
            value, label = ids.make(kind, r)
            locale = ids.KINDS[kind].locale if ids.KINDS[kind].locale in LOCALES else r.choice(LOCALES)
            shape = ID_SHAPES[(i + j) % len(ID_SHAPES)]
            p = Plant()
            who = Person(locale, r)
            name = who.name(p, "full")
            if shape == "spaced" and len(value) >= 8 and " " not in value:
                value = " ".join(value[k:k + 4] for k in range(0, len(value), 4))
                if not ids.is_valid(kind, value) and kind not in ("CRYPTO", "UUID"):
                    shape = "sentence"
                    value = value.replace(" ", "")
            if shape == "spaced" and " " not in value:
                shape = "sentence"
            v = p(kind, value, shape)
            if shape in ("sentence", "spaced"):
                rec = {"text": f"{name} wrote: {r.choice(L['en']['id']).format(label=label, id=v)}. "
                               f"{r.choice(L['en']['problem'])}"}
            elif shape == "form_line":
                rec = {"form": f"Name: {name}\n{label}: {v}\nReason: {r.choice(L['en']['problem'])}"}
            elif shape == "json":
                rec = {"applicant": {"name": name, "documents": [{"type": label, "value": v}]}}
            elif shape == "csv_cell":
                rec = {"Name": name, label: v, "Notes": r.choice(L["en"]["problem"])}
            else:
                rec = {"text": f"{name} - ref {v} - {r.choice(L['en']['problem'])}"}
            out.append(Sample({"id": f"i{i}", **rec}, locale, shape, p.spans))
            i += 1
    return out


# --- the clean set ------------------------------------------------------------------------------------
def _clean_fill(r: random.Random, lg: str) -> str:
    body = "".join(str(r.randint(0, 9)) for _ in range(12))
    ean = body + std_ean.calc_check_digit(body)
    d = dt.date(2026, r.randint(1, 11), r.randint(1, 28))
    date = d.strftime(r.choice(L[lg]["dob_fmts"]))
    return r.choice(L[lg]["clean"]).format(order=f"{r.choice(['#', 'ORD-', 'T-', ''])}{r.randint(100000, 99999999)}",
                                           ean=ean, date=date, qty=r.randint(2, 480),
                                           dur=r.choice(["3-5 days", "48 h", "2 weeks", "45 min", "10 Tage",
                                                         "1-2 jours"]))


CODE = ['def full_name(user):\n    return f"{user.first_name} {user.last_name}"',
        'SELECT customer_id, COUNT(*) FROM orders WHERE created_at >= \'2026-01-01\' GROUP BY customer_id;',
        'curl -X POST https://api.example.com/v2/tickets -H "Content-Type: application/json"',
        'const email = form.get("email"); if (!email.includes("@")) throw new Error("bad email");',
        'for city in cities:\n    weather[city] = fetch(city)']
LOOKALIKE = ["Rose Gold case, Jordan sneakers size 44, Paris green paint.", "Mark the item as returned, then Bill it.",
             "Amber, Hazel and Olive are this season's colours.", "The Dublin core schema has 15 elements.",
             "Florence flask, Erlenmeyer flask and Petri dish restocked.", "Orange and Jersey Cow cheese are out of stock.",
             "Version 2.13.0 fixed the Lagos build; Java 21 required.", "Die Rechnung und die Lieferung kamen am Montag.",
             "Quantities: 12 boxes of 250 g, 3 pallets, 1.5 L bottles.", "Meeting room Berlin is booked from 14:00 to 15:30."]


def make_clean(n: int = 160, seed: int = SEED + 2) -> list[Sample]:
    rng = random.Random(seed)
    out = []
    clean_shapes = ["chat", "forum_post", "app_log", "support_email", "spreadsheet", "sft", "dpo", "free_text", "code"]
    for i in range(n):
        r = random.Random(rng.getrandbits(64))
        locale = LOCALES[i % len(LOCALES)]
        lg, shape = lang(locale), clean_shapes[i % len(clean_shapes)]
        fill = lambda r=r, lg=lg: _clean_fill(r, lg)  # noqa: E731
        prob = lambda r=r, lg=lg: r.choice(L[lg]["problem"])  # noqa: E731
        if shape == "chat":
            rec = {"messages": [{"role": "system", "content": f"You are {COMPANY}'s support assistant."},
                                {"role": "user", "content": f"{prob()} {fill()}"},
                                {"role": "assistant", "content": f"{fill()} {r.choice(LOOKALIKE)}"}]}
        elif shape == "forum_post":
            rec = {"thread": prob(), "body": f"{prob()} {fill()} {r.choice(LOOKALIKE)}",
                   "replies": [{"body": f"{fill()} {r.choice(LOOKALIKE)}"}]}
        elif shape == "app_log":
            rec = {"ts": _stamp(r).isoformat() + "Z", "level": "INFO", "service": r.choice(["billing", "search"]),
                   "latency_ms": r.randint(3, 800), "ctx": {"items": [{"sku": f"SKU-{r.randint(1000, 9999)}",
                                                                       "qty": r.randint(1, 9)}], "region": "eu-west-1"},
                   "msg": f"cache warmed in {r.randint(2, 90)} s, {r.randint(10, 5000)} keys"}
        elif shape == "support_email":
            rec = {"subject": prob(), "body": f"{fill()}\n\n{fill()}\n\n> {prob()}\n> {COMPANY} Customer Care"}
        elif shape == "spreadsheet":
            h = L[lg]["h"]
            body = "".join(str(r.randint(0, 9)) for _ in range(12))
            rec = {h["product"]: r.choice(LOOKALIKE).split(",")[0], h["qty"]: str(r.randint(1, 300)),
                   h["date"]: dt.date(2026, r.randint(1, 11), r.randint(1, 28)).strftime(L[lg]["dob_fmts"][0]),
                   h["order"]: str(r.randint(1000000, 99999999)), "EAN": body + std_ean.calc_check_digit(body),
                   h["note"]: prob()}
        elif shape == "sft":
            rec = {"prompt": f"Summarise: {prob()} {fill()}", "completion": f"{prob()} {fill()}"}
        elif shape == "dpo":
            rec = {"prompt": prob(), "chosen": fill(), "rejected": r.choice(LOOKALIKE)}
        elif shape == "code":
            rec = {"prompt": "Explain this snippet.", "completion": r.choice(CODE)}
        else:
            rec = {"text": " ".join([prob(), fill(), fill(), r.choice(LOOKALIKE)]), "lang": lg}
        out.append(Sample({"id": f"c{i}", **rec}, locale, shape, []))
    return out


def check_card(v: str) -> bool:
    return luhn.is_valid(v)
