"""Personal data where no sentence says what it is: integers under any key, people inside URLs, obfuscated forms;
and the surrogates' provenance (the same key gives the same fakes only with the pinned Faker)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from governed_tuning.gates.pii import PiiGate
from governed_tuning.gates.pii.contextual import contextual, url_people
from governed_tuning.gates.pii.fields import self_evident, slots
from governed_tuning.gates.pii.surrogates import FAKER_PIN, Surrogates, _faker_version
from governed_tuning.policy import load_policy


@pytest.fixture(scope="module")
def gate():
    # pseudonym tokens instead of surrogates, so what replaced a value is visible in the assertions
    pol = load_policy("default").policy.pii
    pol = pol.model_copy(update={"entities": {k: r.model_copy(update={"action": "placeholder"})
                                              for k, r in pol.entities.items()}})
    return PiiGate(pol)


@pytest.mark.parametrize("value,kind", [(4111111111111111, "card number"), (378282246310005, "card number"),
                                        (14155550132, "phone"), (447911123456, "phone"), (1732968000, ""),
                                        (1732968000000, ""), (123456789, ""), (4111111111111112, "")])
def test_what_an_integer_is_on_its_own(value, kind):
    """A card (issuer prefix + Luhn) or an international number without its '+' is one under any key; a Unix
    time, an id or a broken card number is just a number."""
    assert self_evident(value) == kind


def test_a_card_or_phone_stored_as_an_integer_under_any_key_is_scrubbed_or_left_empty(gate):
    recs = [{"id": 1, "value": 4111111111111111, "ts": 1732968000000},
            {"id": 2, "field": "ssn", "value": 123456789, "ts": 1732968000},  # a label beside a generic key
            {"id": 3, "meta": {"x": 14155550132, "count": 123456, "order_id": 123456789}}]
    out, st = gate.scrub_records(recs)
    assert out == [{"id": 1, "value": "<CREDIT_CARD>", "ts": 1732968000000},
                   {"id": 2, "field": "ssn", "value": "<US_SSN>", "ts": 1732968000},
                   {"id": 3, "meta": {"x": "<PHONE_NUMBER>", "count": 123456, "order_id": 123456789}}]
    kept, st = gate.scrub_records(recs, typed=True)  # a typed column cannot hold a placeholder: left empty
    assert kept == [{"id": 1, "value": None, "ts": 1732968000000}, {"id": 2, "field": "ssn", "value": None,
                    "ts": 1732968000}, {"id": 3, "meta": {"x": None, "count": 123456, "order_id": 123456789}}]
    assert st["refused"] == 0 and st["nulled"] == 3
    assert [s.kind for s in slots({"n": 1732968000000, "id": 123456789})].count("number") == 0


@pytest.mark.parametrize("text,value,kind", [
    ("see https://example.com/users/jane-doe?x=1.", "jane-doe", "PERSON"),
    ("https://www.linkedin.com/in/dana-white-42/", "dana-white-42", "PERSON"),  # the slug whole: its number too
    ("http://shop.example/track?name=jane.doe&order=12345", "jane.doe", "PERSON"),
    ("https://medium.com/@jane.doe/post-1", "jane.doe", "PERSON"),
    ("https://x.org/a?email=jane%40x.org&lang=en", "jane%40x.org", "EMAIL_ADDRESS"),
    ("https://x.org/a?phone=%2B14155550132", "%2B14155550132", "PHONE_NUMBER"),
    # profiles written without a scheme, LinkedIn's suffix of letters and digits, a site's language subdomain
    ("my profile: linkedin.com/in/marek-kowalski-4a2b1c thanks", "marek-kowalski-4a2b1c", "PERSON"),
    ("https://it.linkedin.com/in/giuseppe-verdi-b12a3/", "giuseppe-verdi-b12a3", "PERSON"),
    ("Mein Profil: https://www.xing.com/profile/Thomas_Meier12", "Thomas_Meier12", "PERSON"),
    # a profile site's first segment is its user, a name or a handle; a home directory on any site
    ("code at github.com/kamalaananthakrishnan", "kamalaananthakrishnan", "USER_HANDLE"),
    ("see twitter.com/jdoe_88/status/1234567890", "jdoe_88", "USER_HANDLE"),
    ("insta: instagram.com/lukas_bauer92", "lukas_bauer92", "PERSON"),
    ("my CV: https://www.uni-heidelberg.de/~mmueller/", "mmueller", "USER_HANDLE"),
    # a person's own site: a user's subdomain of a page host, a domain that joins given and family name
    ("code at jdoe.github.io", "jdoe", "USER_HANDLE"), ("blog: janedoe.wordpress.com", "janedoe", "PERSON"),
    ("my site is https://www.marekkowalski.pl/cv", "marekkowalski", "PERSON")])
def test_people_inside_urls_are_found_on_their_own(text, value, kind):
    assert [(text[f.start:f.end], f.entity) for f in url_people(text)] == [(value, kind)]


@pytest.mark.parametrize("text", ["https://docs.python.org/3/library/re.html", "https://example.com/users/settings",
                                  "https://example.com/in/stock?lang=en&page=2",
                                  # a site's own pages, an organisation's project, a post, a product
                                  "github.com/features/actions", "github.com/pandas-dev/pandas",
                                  "https://www.facebook.com/groups/12345", "https://www.instagram.com/p/CxYz123/",
                                  "https://www.amazon.de/dp/B08N5WRWNW", "https://example.com/blog/how-to-cook-pasta",
                                  # brands and towns that split into a name and a word
                                  "https://www.samsung.com", "https://www.santander.com", "https://www.bestbuy.com",
                                  "https://docs.github.io/x"])
def test_ordinary_urls_hold_no_person(text):
    assert url_people(text) == []


def test_a_name_in_a_url_gets_a_surrogate_that_keeps_the_url_a_url():
    s = Surrogates(b"k" * 32)
    fake = s.person("jane-doe")
    assert re.fullmatch(r"[a-z'’]+(?:-[a-z'’]+)+", fake) and fake != "jane-doe"
    assert s.person("jane-doe") == fake and s.person("jane.doe").count(".") >= 1


@pytest.mark.parametrize("text,value,kind", [
    ("my email is jane at example dot co dot uk", "jane at example dot co dot uk", "EMAIL_ADDRESS"),
    ("jane(at)example(dot)org", "jane(at)example(dot)org", "EMAIL_ADDRESS"),
    ("mail: akiha.kasuya @ docomo.ne.jp", "akiha.kasuya @ docomo.ne.jp", "EMAIL_ADDRESS"),
    ("call ４１５-５５５-０１３２ now", "４１５-５５５-０１３２", "PHONE_NUMBER"),
    ("ssn 123\u200b-45-6789", "123\u200b-45-6789", "US_SSN"),
    ("card 4111\u200b1111 1111 1111", "4111\u200b1111 1111 1111", "CREDIT_CARD")])
def test_more_obfuscated_forms(text, value, kind):
    assert (value, kind) in {(text[f.start:f.end], f.entity) for f in contextual(text)}


def test_a_sentence_that_says_where_something_is_holds_no_address():
    """ "the docs are at docs.python.org" is prose: an English word, "at", a host written with its dots."""
    text = "The docs are at docs.python.org/3/library/re.html; we meet at example.com"
    assert [f for f in contextual(text) if f.entity == "EMAIL_ADDRESS"] == []


def test_a_profile_url_keeps_its_site_and_loses_its_user(gate):
    """The model reads "x.com/pierre_dubois" as one place: the site must stay, only its user goes."""
    out, _ = gate.scrub_records([{"t": "I am on x.com/pierre_dubois and github.com/PierreDubois"}])
    assert out[0]["t"].startswith("I am on x.com/") and "github.com/<USER_HANDLE>" in out[0]["t"]
    assert "pierre" not in out[0]["t"].casefold()


GOLDEN = [("PERSON", "Wanjiru Kamau", "Faisa Kibet"), ("PERSON", "Jürgen Müller", "Erdogan Herrmann"),
          ("EMAIL_ADDRESS", "jane.doe@example.de", "marius856@example.org"),
          ("STREET_ADDRESS", "12 Rue de la Paix, Paris", "96, rue de Marion, 01415 Bouvierdan"),
          ("LOCATION", "Lyon", "Amyborough"), ("ORGANIZATION", "Acme Ltd", "Ellis-Fox"),
          ("US_SSN", "123-45-6789", "504-99-0107"), ("DATE_OF_BIRTH", "14/03/1987", "31/08/1976")]


def test_surrogates_are_pinned_to_one_faker_and_say_so():
    """The same key must give the same fakes in every run: Faker's draws change between its releases, so the
    version is pinned in pyproject.toml, equal to FAKER_PIN, recorded in the evidence, and these golden values
    change only when the pin is raised on purpose."""
    pyproject = (Path(__file__).resolve().parents[3] / "pyproject.toml").read_text(encoding="utf-8")
    assert f'"faker=={FAKER_PIN}"' in pyproject
    s = Surrogates(b"golden-key-0123456789abcdef01234")
    prov = s.provenance()
    assert prov["faker"] == _faker_version() and prov["faker_pinned"] == FAKER_PIN and "hmac-sha256" in prov["scheme"]
    if prov["faker_matches_pin"]:
        assert [s.generate(k, v) for k, v, _ in GOLDEN] == [g for _, _, g in GOLDEN]
    else:  # another Faker than the pin: the evidence says so, and only the date (our own draw) stays
        assert s.generate("DATE_OF_BIRTH", "14/03/1987") == GOLDEN[-1][2]
