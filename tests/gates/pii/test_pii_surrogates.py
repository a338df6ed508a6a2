"""The surrogate action's values: one person, one fake person, per key; realistic and valid-looking."""

import phonenumbers
from stdnum import iban, luhn

from governed_tuning.gates.pii.surrogates import Surrogates

A, B = Surrogates(b"a" * 32), Surrogates(b"b" * 32)


def test_same_person_same_surrogate_and_another_key_another():
    for name in ["Wanjiru Kamau", "Jürgen Müller", "Иван Петров", "wei zhang"]:
        assert A.person(name) == Surrogates(b"a" * 32).person(name)  # across runs with the same key
        assert A.person(name) == A.person("  " + name.upper().lower() if name.islower() else name)
        assert A.person(name) != B.person(name)
        assert A.person(name).casefold() != name.casefold()
    assert A.person("Maria Garcia") == A.person("maria  garcia".title())  # whitespace and case do not matter


def test_a_lone_part_takes_the_matching_part_of_the_full_name():
    full = A.person("Wanjiru Kamau").split()
    assert A.person("Kamau", part_of="Wanjiru Kamau") == full[1]
    assert A.person("Wanjiru", part_of="Wanjiru Kamau") == full[0]


def test_locale_and_case_follow_the_original():
    assert A.name_locale("Giuseppe Rossi") == "it_IT" and A.name_locale("Jürgen Müller") == "de_DE"
    assert any("\u0400" <= c <= "\u04ff" for c in A.person("Иван Петров"))  # Cyrillic stays Cyrillic
    assert A.person("wei zhang").islower()


def test_identifiers_keep_their_shape_and_checksums():
    card = A.generate("CREDIT_CARD", "4111 1111 1111 1111")
    assert luhn.is_valid(card.replace(" ", "")) and card[0] == "4" and card.count(" ") == 3
    assert card.replace(" ", "") != "4111111111111111"
    fake_iban = A.generate("IBAN_CODE", "DE89 3704 0044 0532 0130 00")
    assert iban.is_valid(fake_iban) and fake_iban.startswith("DE") and fake_iban != "DE89 3704 0044 0532 0130 00"
    ph = A.generate("PHONE_NUMBER", "+49 30 1234567")
    assert ph.startswith("+49") and phonenumbers.is_valid_number(phonenumbers.parse(ph, None))
    assert A.generate("EMAIL_ADDRESS", "jane.doe@gmail.com").split("@")[1] in {"example.com", "example.org",
                                                                              "example.net"}
    assert A.generate("IP_ADDRESS", "10.1.2.3").startswith(("192.0.2.", "198.51.100.", "203.0.113."))
    assert A.generate("DATE_OF_BIRTH", "14/03/1987").count("/") == 2
    nhs = A.generate("UK_NHS", "943 476 5919")
    assert len(nhs) == 12 and nhs[3] == " " and nhs != "943 476 5919"


def test_ages_and_uuids_stay_what_they_are():
    assert A.generate("AGE", "42 years old").endswith(" years old") and 18 <= int(A.generate("AGE", "42")) <= 90
    import uuid

    u = A.generate("UUID", "123e4567-e89b-12d3-a456-426614174000")
    assert uuid.UUID(u).version == 4 and u != "123e4567-e89b-12d3-a456-426614174000"


def test_a_fake_person_is_never_a_person_the_dataset_holds():
    # Faker's lists are a country's common names: the first draw for someone may be a real person of the data
    first = Surrogates(b"k" * 32).person("Maria Khan")
    s = Surrogates(b"k" * 32)
    s.taken = lambda name: name.casefold() == first.casefold()  # as if the dataset held that person
    other = s.person("Maria Khan")
    assert other != first and other.casefold() != "maria khan"
    again = Surrogates(b"k" * 32)
    again.taken = s.taken
    assert again.person("Maria Khan") == other  # the redraw is as deterministic as the first draw
    assert again.person("Khan", part_of="Maria Khan") == other.split()[1]  # parts stay one fake person
    everything = Surrogates(b"k" * 32)
    everything.taken = lambda name: True  # nothing untaken: the draws stop, a fake is still written
    assert everything.person("Maria Khan").casefold() != "maria khan"


def test_the_scrub_keeps_the_datasets_own_names_out_of_its_fakes():
    from governed_tuning.gates.pii.passes import DatasetState

    state = DatasetState()
    state.full_names[("james", "smith")] = "PERSON"
    state.strong_names.add("Priya", "PERSON")
    assert state.holds_name("James  Smith") and state.holds_name("Priya") and not state.holds_name("James Chen")
    state.close()
    assert not state.holds_name("James Smith")  # forgotten values are held by nobody
