"""Ordinary support chats with personal details from many locales, made by Faker (fixed seed).

Held out from anything the PII gate is tuned on: the people, places and numbers come from Faker's locale
providers, the sentences are plain customer-support talk around them (including the labels that made the old
re-scan cry wolf: "Reason:", "SSN", "IBAN"). Each record is ``{"prompt", "completion"}`` (what
``demo --data`` takes); ``planted`` gives, per record, the (kind, value) pairs written into it.
"""

from __future__ import annotations

import random

LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "nl_NL")
REASONS = ["broken lantern", "late delivery", "wrong size", "damaged box", "missing charger", "double charge",
           "faulty zipper", "order never arrived", "cracked screen", "wrong colour"]
ITEMS = ["lantern", "desk lamp", "rain jacket", "kettle", "phone case", "backpack", "coffee grinder", "bike light"]


def _iban(fake, locale: str) -> str:
    try:
        return fake.iban()
    except AttributeError:
        from faker import Faker

        return Faker("de_DE").iban()


def chats(n: int = 600, seed: int = 11, locales: tuple[str, ...] = LOCALES) -> tuple[list[dict], list[list[tuple]]]:
    """``n`` prompt/completion chats, and the values planted in each (kind, value)."""
    from faker import Faker

    rng = random.Random(seed)
    fakers = {loc: Faker(loc) for loc in locales}
    for i, f in enumerate(fakers.values()):
        f.seed_instance(seed * 1000 + i)
    us = Faker("en_US")
    us.seed_instance(seed)
    records, planted = [], []
    for i in range(n):
        loc = locales[i % len(locales)]
        f = fakers[loc]
        first, last = f.first_name(), f.last_name()
        name = f"{first} {last}"
        email = f"{first.lower()}.{last.lower()}@{f.free_email_domain()}".replace(" ", "")
        email = "".join(c for c in email if c.isascii())
        phone = f.phone_number()
        street, city, postcode = f.street_address().replace("\n", ", "), f.city(), f.postcode()
        iban = _iban(f, loc)
        ssn = us.ssn()
        card = us.credit_card_number(card_type="visa16")
        order = rng.randint(100000, 999999)
        reason, item = rng.choice(REASONS), rng.choice(ITEMS)
        style = i % 6
        if style == 0:
            p = f"Hi, this is {name}. My {item} (order {order}) never arrived. Reach me at {phone} or {email}."
            c = f"Hello {first}, sorry about that. I have reshipped order {order} to {street}, {postcode} {city}."
            vals = [("PERSON", name), ("PHONE_NUMBER", phone), ("EMAIL_ADDRESS", email), ("STREET_ADDRESS", street)]
        elif style == 1:
            p = f"Refund request. Account holder {name}. Reason: {reason}. Please call me on {phone}."
            c = f"Thank you {first}. The refund for the {item} is on its way; it takes three to five days."
            vals = [("PERSON", name), ("PHONE_NUMBER", phone)]
        elif style == 2:
            p = f"My SSN {ssn} is wrong on my profile, can you fix it? Thanks, {name}"
            c = f"Hello {first}, I have corrected the number on your profile. Anything else?"
            vals = [("PERSON", name), ("US_SSN", ssn)]
        elif style == 3:
            p = f"Wire the refund to IBAN {iban}, please. The {item} was a {reason}. {name}"
            c = f"Done, {first}. The refund goes to the account you gave within two working days."
            vals = [("PERSON", name), ("IBAN_CODE", iban)]
        elif style == 4:
            p = f"I moved to {street}, {postcode} {city}. Please update my delivery address. Regards, {name}"
            c = f"Of course, {first}. Your next {item} ships to the new address. Ticket {order} is closed."
            vals = [("PERSON", name), ("STREET_ADDRESS", street)]
        else:
            p = f"My card {card} was charged twice for the {item}. Email me at {email}. - {name}"
            c = f"Hi {first}, I can see the double charge and have reversed it. Sorry for the trouble!"
            vals = [("PERSON", name), ("CREDIT_CARD", card), ("EMAIL_ADDRESS", email)]
        records.append({"prompt": p, "completion": c})
        planted.append(vals + [("PERSON", first)])
    return records, planted
