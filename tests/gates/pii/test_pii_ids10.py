"""ids10 (issue 11, part 3): identifiers by their own words, and numbers that are nobody's kept. Each reading
judged both ways: the number beside its label, and the same digits with no label or beside another word."""

from __future__ import annotations

from governed_tuning.gates.pii.identifiers import identifiers


def kinds_at(text: str, value: str) -> dict[str, float]:
    s = text.index(value)
    return {f.entity: f.score for f in identifiers(text) if f.start <= s and f.end >= s + len(value)}


def test_an_austrian_social_security_number_whose_date_is_no_real_day_beside_its_label():
    """python-stdnum: the six digits "usually" hold the date of birth; one whose date is not known at
    registration is still the person's number beside its own words, and nothing without them."""
    assert "AT_SOCIAL_SECURITY" in kinds_at("Sozialversicherungsnummer: 9967 849179", "9967 849179")
    assert "AT_SOCIAL_SECURITY" in kinds_at("meine SVNR ist 9967849179", "9967849179")
    assert "AT_SOCIAL_SECURITY" not in kinds_at("I sent 9967849179 yesterday", "9967849179")
    assert "AT_SOCIAL_SECURITY" not in kinds_at("ID number 9967849179", "9967849179")  # a generic word: not its own
    assert "AT_SOCIAL_SECURITY" not in kinds_at("SVNR: 9968849179", "9968849179")  # its check digit broken


def test_a_korean_business_registration_number_only_beside_its_own_words():
    """python-stdnum's kr.brn checks ranges only: 88% of random ten-digit numbers pass. Beside its label it is
    the number; bare, or after a generic "number", it is nobody's (it took nearly every ten-digit number)."""
    assert "KR_BRN" in kinds_at("business registration number 994-88-29369", "994-88-29369")
    assert "KR_BRN" in kinds_at("사업자등록번호 9948829369", "9948829369")
    assert "KR_BRN" not in kinds_at("Details: 994-88-29369 (on file)", "994-88-29369")
    assert "KR_BRN" not in kinds_at("I sent 9948829369 yesterday", "9948829369")
    assert "KR_BRN" not in kinds_at("number 9948829369", "9948829369")
    assert "KR_BRN" not in kinds_at("business registration number 000-88-29369", "000-88-29369")


def test_no_check_that_random_numbers_pass_often_is_taken_bare():
    """A bare reading (no label) is taken only for a check random numbers of its length rarely pass: at most
    one in five (a mod-10/11 digit passes one in ten; a date and a digit fewer). Measured here on random digit
    strings of each digits-only kind's lengths, so a new kind with a weak check cannot slip in bare."""
    import random
    import re

    from governed_tuning.gates.pii.identifiers import SPECS, _digits_only

    rng = random.Random(10)
    weak = []
    for spec in SPECS:
        lengths = _digits_only(spec)
        if spec.validator is None or not spec.bare or lengths is None or spec.unlabelled:
            continue  # (``unlabelled``: read only under a policy's ``unlabelled_ids: all``, every such run by design)
        rx = re.compile(spec.pattern, spec.flags)
        for n in range(lengths[0], min(lengths[1], 20) + 1):
            draws = ["".join(rng.choice("0123456789") for _ in range(n)) for _ in range(400)]
            ok = sum(bool(rx.fullmatch(v)) and spec.check(v) for v in draws)
            if ok > 0.2 * len(draws):
                weak.append((spec.kind, n, ok))
    assert not weak, weak


def test_a_tax_preparer_s_number_beside_its_label_and_in_its_dashed_form():
    """python-stdnum us.ptin: "P" and eight digits, no check. Beside "PTIN" in either writing; the dashed form
    ("P-01594846") alone too (it was left in sentences: the passport shape reads only the undashed one)."""
    assert "US_PTIN" in kinds_at("PTIN: P01594846", "P01594846")
    assert "US_PTIN" in kinds_at("My PTIN is P-01594846.", "P-01594846")
    assert "US_PTIN" in kinds_at("please update P-01594846 in my file", "P-01594846")
    assert "US_PTIN" not in kinds_at("please update P01594846 in my file", "P01594846")  # (a passport's shape)
    assert "US_PTIN" not in kinds_at("PTIN: P-0159484", "P-0159484")
    assert "US_PTIN" not in kinds_at("part Q-01594846 is back in stock", "Q-01594846")


def test_a_french_nir_of_someone_awaiting_registration_or_with_a_temporary_number():
    """The NIR's first digit: 1 or 2 (sex), 3 or 4 (born abroad, awaiting registration), 7 or 8 (temporary).
    All pass python-stdnum's mod-97 key; a first digit no one is given (9) is not read as a NIR."""
    for v in ("385057800608488", "785057800608482", "285057800608441"):
        assert "FR_NIR" in kinds_at(f"numéro de sécurité sociale {v}", v), v
        assert "FR_NIR" in kinds_at(f"I sent {v} yesterday", v), v
    assert "FR_NIR" not in kinds_at("I sent 985057800608479 yesterday", "985057800608479")


def test_a_mexican_rfc_without_its_homoclave():
    """A person's RFC is four letters of the name and the date of birth; the three-character homoclave SAT adds
    is often left out. Beside its label, and bare (a scored reading a policy can raise its threshold above); a
    date that is no day, lower case, or a company's three letters are not it."""
    assert kinds_at("RFC: OPUE900407", "OPUE900407").get("MX_RFC", 0) > 0.9
    assert "MX_RFC" in kinds_at("My RFC is OPUE 900407.", "OPUE 900407")
    assert "MX_RFC" in kinds_at("please update OPUE900407 in my file", "OPUE900407")
    assert "MX_RFC" not in kinds_at("RFC: OPUE901407", "OPUE901407")  # month 14
    assert "MX_RFC" not in kinds_at("please update opue900407 in my file", "opue900407")


def test_the_rescan_confirms_no_portuguese_citizen_card_of_digits_alone():
    """python-stdnum's pt.cc lets the card's two version letters be digits: one random twelve-digit number in
    ten passes, and two in chat lines blocked a set of random numbers. Written as issued, with its letters, a
    card left in a copy is still confirmed."""
    from governed_tuning.gates.pii.rescan_independent import scan
    from governed_tuning.policy import load_policy

    targeted = list(load_policy("default").policy.pii.entities)
    for text in ("Hi, any news on my refund? (835337406812)", "I sent 459845551439 yesterday"):
        assert [f for f in scan(text, targeted) if f.score >= 1.0 and f.entity == "PT_CITIZEN_CARD"] == [], text
    for text in ("ok (000000000ZZ4)", "Cartão de Cidadão 00000000 0 ZZ4"):
        assert "PT_CITIZEN_CARD" in [f.entity for f in scan(text, targeted) if f.score >= 1.0], text
