"""Multi-locale support chats with labelled personal data, made with Faker (fixed seeds) and python-stdnum.

Nothing here imports ``governed_tuning``: the sets are made apart from the detector. Two template families:
``TUNE`` (the detector may be tuned on records made from these, seed 11) and ``HELDOUT`` (other wording, other
order of facts, other seed, 2026), so that a figure on the held-out set is not a figure on what we tuned to.

Each record: ``{"messages": [{role, content}], "locale", "spans": [{"entity_type", "entity_value"}]}``; the
spans list every planted value (names as written, also lower-case and multi-part ones, emails, phones, cities,
street addresses, dates of birth, ages, the locale's national identifier, IBANs, cards, handles). About a
quarter of the records carry no personal data at all (order numbers, delivery dates, durations, acronyms such
as IBAN, DOB, API, CSV): the gate must pass those untouched.
"""

from __future__ import annotations

import random

import pii_idgen
from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL", "nl_NL", "sv_SE", "pt_BR", "en_IN",
           "vi_VN", "tr_TR", "fi_FI"]
NATIONAL_ID = {"en_US": ["US_SSN", "US_ITIN"], "en_GB": ["UK_NINO", "UK_NHS"], "de_DE": ["DE_TAX_ID"],
               "fr_FR": ["FR_NIR"], "es_ES": ["ES_NIF", "ES_NIE"], "it_IT": ["IT_FISCAL_CODE"],
               "pl_PL": ["PL_PESEL"], "nl_NL": ["NL_BSN"], "sv_SE": ["SE_PERSONNUMMER"], "pt_BR": ["BR_CPF"],
               "en_IN": ["IN_AADHAAR", "IN_PAN"], "vi_VN": ["US_PASSPORT"], "tr_TR": ["TR_NATIONAL_ID"],
               "fi_FI": ["FI_PERSONAL_IDENTITY_CODE"]}
ID_LABEL = {k: v[2][0] for k, v in pii_idgen.KINDS.items()}
ID_LABEL_HELD = {k: v[3][0] for k, v in pii_idgen.KINDS.items()}
ID_LABEL["US_SSN"], ID_LABEL_HELD["US_SSN"] = "SSN", "social security number"

# Templates: lists of (role, text); {slots} are filled per record. Ordinary slots ({order}, {when}, {days},
# {ticket}) are content, not personal data.
TUNE = [
    [("user", "Hi, this is {full}. My order {order} has not arrived yet."),
     ("assistant", "Sorry about that, {first}. I can see order {order}; it left the warehouse {when}."),
     ("user", "Please send updates to {email} or call {phone}.")],
    [("user", "hello, my name is {full_lower} and I live in {city}. can you change my address to {street}?"),
     ("assistant", "Of course. I have updated the delivery address for ticket {ticket}.")],
    [("user", "I need to verify my account. DOB {dob_slash}, {id_label} {natid}."),
     ("assistant", "Thank you, {first}. Your identity is confirmed; delivery takes {days} days.")],
    [("user", "Wire the refund to IBAN {iban} please, account holder {full}."),
     ("assistant", "Done. The IBAN you gave is on file and the refund takes {days} working days.")],
    [("user", "My daughter {other_first} is {age} years old and wants her own account. We are in {city}."),
     ("assistant", "Happy to help. Accounts for minors need a parent's consent form.")],
    [("user", "Card {card} was charged twice for order {order}."),
     ("assistant", "I see the duplicate charge and refunded it; it shows on your statement in {days} days.")],
    [("user", "Guten Tag, ich heiße {full}. Meine Telefonnummer ist {phone}."),
     ("assistant", "Guten Tag Frau {last}, danke. Ich rufe Sie morgen an.")],
    [("user", "you can find me as {handle} on the forum, or write to {email}"),
     ("assistant", "Thanks! Our API docs and the CSV export guide are linked in the forum.")],
    [("user", "I was born on {dob_long} and my {id_label} is {natid}."),
     ("assistant", "Thanks, I have noted it. Anything else about order {order}?")],
    [("user", "The parcel for {full} should go to {street}, {city}."),
     ("assistant", "Noted. The courier delivers {when}.")],
    [("user", "hey it's {full_lower}, i'm {age} and just moved to {city}"),
     ("assistant", "Welcome to {city}, {first}! Your plan moves with you.")],
    [("user", "Could {full} please call me back on {phone}? She is my mother, {age} years old."),
     ("assistant", "We will call {first} {when}.")],
    [("user", "Name: {full}\nAddress: {street}\n{city}\nPhone: {phone}"),
     ("assistant", "Thank you, the form for order {order} is complete.")],
    [("user", "Bonjour, je suis {full}. Mon adresse: {street}, {city}."),
     ("assistant", "Merci {first}, c'est noté.")],
    [("user", "My son {other_first} ({age}) lost his card. Our home is {street} in {city}."),
     ("assistant", "I have blocked the card. A new one reaches {street} in {days} days.")],
    [("user", "Regards,\n{full}\n{email}"),
     ("assistant", "Thanks {first}, we received the photo of the damaged item.")],
]
HELDOUT = [
    [("user", "Good morning! {full} here, calling about invoice {order}."),
     ("assistant", "Morning {first}! Invoice {order} is paid; the receipt went out {when}."),
     ("user", "Great. My number changed, it is now {phone}, and my mail is {email}.")],
    [("user", "this is {full_lower} again, i moved to {city} last month, new street is {street}"),
     ("assistant", "Thanks for letting us know. Ticket {ticket} is updated with the new address.")],
    [("user", "For the insurance form: born {dob_iso}, {id_label_held}: {natid}."),
     ("assistant", "All set. The form is processed within {days} days.")],
    [("user", "Please pay back into {iban}, name on the account is {full}."),
     ("assistant", "The payment is scheduled; it usually takes {days} days. Your IBAN is saved.")],
    [("user", "Booking for my son {other_first}, he's {age} years old, we fly from {city}."),
     ("assistant", "Children under 12 fly at a reduced fare. Which date suits you?")],
    [("user", "The payment with {card} failed at checkout."),
     ("assistant", "That card was declined by the bank. Could you try another method? The order is {order}.")],
    [("user", "Hola, soy {full}. Mi teléfono es {phone}."),
     ("assistant", "Hola {first}, gracias. Le llamaremos pronto.")],
    [("user", "{handle} is my username; email {email} for anything urgent."),
     ("assistant", "Got it. The DOB field in your profile is optional, and the GB plan is 20 GB.")],
    [("user", "date of birth {dob_slash}. {id_label_held} {natid}. Thanks!"),
     ("assistant", "Thanks. Your documents are verified.")],
    [("user", "Ship it to {full}, {street}, {city} please."),
     ("assistant", "Will do. Expected delivery is {when}.")],
]
# A third family, written after the held-out set had been measured and inspected once (see
# benchmarks/README.md): measured once, never inspected, so its figures are blind.
FRESH = [
    [("user", "Hello there, I'm {full}. I can't log in since yesterday."),
     ("assistant", "Sorry to hear that, {first}. I've sent a reset link to {email}.")],
    [("user", "{first} again. The courier could not find {street}; I'm in {city}, near the station."),
     ("assistant", "Thanks {first}, I passed the note to the courier.")],
    [("user", "please note my details: {full_lower}, born {dob_long}, tel {phone}"),
     ("assistant", "Thank you, your details are saved.")],
    [("user", "Hi! Reaching out for my dad {other_first} {last}, who is {age}. His {id_label} is {natid}."),
     ("assistant", "Thanks. We will send the forms to your father by post within {days} days.")],
    [("user", "Refund please: IBAN {iban} (holder: {full}). Card used was {card}."),
     ("assistant", "The refund of order {order} goes to the IBAN on file.")],
    [("user", "ping me on the app, I'm {handle}. or just mail {email}"),
     ("assistant", "Will do! Our CSV import works through the API as well.")],
    [("user", "Ciao, sono {full} e abito a {city}."),
     ("assistant", "Ciao {first}! Come posso aiutarti?")],
    [("user", "DOB: {dob_iso} / {id_label_held}: {natid} / name: {full}"),
     ("assistant", "Verified, thank you.")],
]
# A fourth family, written after FRESH had been measured and inspected once: measured once for the README and
# not inspected (the blind figure).
BLIND = [
    [("user", "Quick question from {full}: can I change the delivery day?"),
     ("assistant", "Sure {first}, pick any day next week in the app.")],
    [("user", "Hey, {first} here. My new address is {street}, {city}. Mobile: {phone}."),
     ("assistant", "Updated! We'll text {phone} when the parcel ships.")],
    [("user", "I'm writing on behalf of my grandmother, {other_first} {last} ({age}); she lives in {city}."),
     ("assistant", "Thank you. Please ask her to confirm by email.")],
    [("user", "verification: {full_lower} / {dob_slash} / {id_label}: {natid}"),
     ("assistant", "Thanks, all matches our records.")],
    [("user", "Send the invoice for order {order} to {email}, attention of {full}."),
     ("assistant", "The invoice for order {order} is on its way.")],
    [("user", "Pay out to {iban}. My card {card} is expired."),
     ("assistant", "Payout scheduled within {days} days.")],
    [("user", "Olá, aqui é {full}, moro em {city}."),
     ("assistant", "Olá {first}! Em que posso ajudar?")],
]
CLEAN = [
    [("user", "My order {order} has not arrived. It said {days} days."),
     ("assistant", "I'm sorry. Order {order} is delayed; it should arrive {when}.")],
    [("user", "What does the IBAN field mean on the refund form? And is DOB required?"),
     ("assistant", "IBAN is your bank account number; the DOB field is optional.")],
    [("user", "Can I export my data as CSV through the API?"),
     ("assistant", "Yes: Settings, then Privacy, then Export. The API returns CSV or JSON.")],
    [("user", "Ticket {ticket}: the screen flickers after the update."),
     ("assistant", "Please restart the device; if it continues we will repair it within {days} days.")],
    [("user", "Do you ship to Germany? The GB plan looks good."),
     ("assistant", "We ship to every EU country; delivery takes {days} days.")],
]
WHEN = ["tomorrow", "on Monday", "next week", "yesterday", "today", "on Friday afternoon"]


def _fill(template, rng: random.Random, locale: str, heldout: bool):
    f = Faker(locale)
    f.seed_instance(rng.getrandbits(32))
    first, last = f.first_name(), f.last_name()
    if locale == "vi_VN":
        full = f"{last} {f.first_name()} {first}"  # family name, middle name, given name
    elif locale in ("es_ES", "pt_BR") and rng.random() < 0.5:
        full = f"{first} {last} {f.last_name()}"
    else:
        full = f"{first} {last}"
    kind = rng.choice(NATIONAL_ID[locale])
    natid, _ = pii_idgen.make(kind, rng)
    dob = f.date_of_birth(minimum_age=18, maximum_age=90)
    slots = {
        "full": full, "first": first, "last": last, "full_lower": full.lower(), "other_first": f.first_name(),
        "email": f.free_email() if rng.random() < 0.5 else f"{first}.{last}@{f.free_email_domain()}".lower()
        .replace(" ", ""),
        "phone": f.phone_number(), "city": f.city(), "street": f.street_address().replace("\n", ", ").strip(),
        "dob_slash": dob.strftime("%d/%m/%Y"), "dob_long": dob.strftime("%-d %B %Y"), "dob_iso": dob.isoformat(),
        "age": str(rng.randint(3, 17) if "{other_first}" in str(template) else rng.randint(18, 90)),
        "natid": natid, "id_label": ID_LABEL[kind], "id_label_held": ID_LABEL_HELD[kind],
        "iban": f.iban(), "card": f.credit_card_number(), "handle": "@" + f.user_name(),
        "order": str(rng.randint(10**5, 10**10)), "ticket": str(rng.randint(1000, 99999)),
        "when": rng.choice(WHEN), "days": rng.choice(["3-5", "2", "five", "7-10"]),
    }
    types = {"full": "PERSON", "first": "PERSON", "last": "PERSON", "full_lower": "PERSON", "other_first": "PERSON",
             "email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER", "city": "LOCATION", "street": "STREET_ADDRESS",
             "dob_slash": "DATE_OF_BIRTH", "dob_long": "DATE_OF_BIRTH", "dob_iso": "DATE_OF_BIRTH", "age": "AGE",
             "natid": kind, "iban": "IBAN_CODE", "card": "CREDIT_CARD", "handle": "USER_HANDLE"}
    messages, spans = [], []
    for role, text in template:
        content = text.format(**slots)
        messages.append({"role": role, "content": content})
        for slot, t in types.items():
            if "{" + slot + "}" in text:
                spans.append({"entity_type": t, "entity_value": slots[slot]})
    return messages, spans


def make_chats(n: int, split: str = "heldout", seed: int | None = None, clean_share: float = 0.25) -> list[dict]:
    """``n`` records; ``split`` is 'tune' (TUNE templates, seed 11), 'heldout' (HELDOUT templates, seed 2026) or
    'fresh' (FRESH templates, seed 9001)."""
    rng = random.Random(seed if seed is not None else {"tune": 11, "heldout": 2026, "fresh": 9001, "blind": 31337}[split])
    templates = {"tune": TUNE, "heldout": HELDOUT, "fresh": FRESH, "blind": BLIND}[split]
    out = []
    for i in range(n):
        locale = LOCALES[i % len(LOCALES)]
        clean = rng.random() < clean_share
        messages, spans = _fill(rng.choice(CLEAN if clean else templates), rng, locale, split == "heldout")
        out.append({"id": i, "locale": locale, "messages": messages, "spans": spans})
    return out


ID_TEMPLATES = {
    "tune": ["My {label} is {value}.", "{label}: {value}", "Here is my {label} {value}, please update the file.",
             "Details on file: {value} (see attached)."],
    "heldout": ["Could you check {label_held} {value} for me?", "{value} is the {label_held} you asked for.",
                "Reference {value} - please keep it safe.", "as requested -> {label_held} = {value}"],
}


def make_ids(per_kind: int, split: str = "heldout", seed: int | None = None) -> list[dict]:
    """``per_kind`` sentences per identifier kind, each value checked by python-stdnum (or its published format),
    one sentence per value, from the split's templates (one of the four has no label)."""
    rng = random.Random(seed if seed is not None else {"tune": 13, "heldout": 4242, "fresh": 9002, "blind": 31338}[split])
    split = "heldout" if split in ("fresh", "blind") else split
    out = []
    for kind, (_, validator, tune, held) in pii_idgen.KINDS.items():
        for j in range(per_kind):
            value, _ = pii_idgen.make(kind, rng)
            template = ID_TEMPLATES[split][j % 4]
            text = template.format(label=rng.choice(tune), label_held=rng.choice(held), value=value)
            out.append({"full_text": text, "spans": [{"entity_type": kind, "entity_value": value}],
                        "validator": validator or "format"})
    return out
