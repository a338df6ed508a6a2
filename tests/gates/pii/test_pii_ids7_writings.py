"""Identifiers in the writings the last blind set missed: a card regrouped or broken across a line (read as a
phone, its last digits were left), numbers glued to words of scripts written without spaces, and wallet
addresses of chains other than Bitcoin; each found by the detector and by the re-scan's own pass."""

from __future__ import annotations

import hashlib

import pytest

from governed_tuning.gates.pii.coins import RIPPLE_58, base58check_ok, bech32_ok, coin_ok
from governed_tuning.gates.pii.identifiers import identifiers
from governed_tuning.gates.pii.recognizers import numbers
from governed_tuning.gates.pii.rescan_independent import CONFIRMED, checksummed_numbers

CARD = "4356230123836079"  # Luhn-valid, a Visa's first digit


def _b58check(payload: bytes, alphabet: str = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") -> str:
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n, out = int.from_bytes(raw, "big"), ""
    while n:
        n, r = divmod(n, 58)
        out = alphabet[r] + out
    return alphabet[0] * (len(raw) - len(raw.lstrip(b"\0"))) + out


LTC = _b58check(b"\x30" + bytes(range(20)))  # Litecoin P2PKH ("L...")
DOGE = _b58check(b"\x1e" + bytes(range(40, 60)))  # Dogecoin ("D...")
XRP = _b58check(b"\x00" + bytes(range(100, 120)), RIPPLE_58)  # XRP ("r...", Ripple's alphabet)
TAPROOT = "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297"  # BIP 350's bech32m example
COSMOS = "cosmos1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5lzv7xu"


@pytest.mark.parametrize("written", [
    "4356  2301  2383  6079", "4356\t2301\t2383\t6079", "4356.2301.2383.6079", "435 623 0123 836 079",
    "43562 30123 836079", "4356 - 2301 - 2383 - 6079", "card: 4356 2301\n2383 6079"])
def test_a_card_in_any_grouping_or_across_a_line_is_one_card_whole(written):
    found = [f for f in numbers(written) if f.entity == "CREDIT_CARD"]
    assert len(found) == 1 and "".join(c for c in written[found[0].start:found[0].end] if c.isdigit()) == CARD


@pytest.mark.parametrize("written", ["594-9997715-5046223", "12 34 56 78 90 11 23", "4356 2301 2383 6078"])
def test_an_order_number_a_row_of_small_numbers_or_a_failed_check_is_no_card(written):
    assert not any(f.entity == "CREDIT_CARD" for f in numbers(written))


@pytest.mark.parametrize("text, kind, value", [
    ("我的身份证号码是847007224请查收", "NL_BSN", "847007224"),  # a BSN glued to Han text
    ("カード番号はなく、マイナンバー123456789018です", "JP_MY_NUMBER", "123456789018"),
    ("주민번호 없이 AMKA09126369900입니다", None, None),  # glued to Latin letters: part of a longer token
    ("ΑΜΚΑ 09126369900", "GR_AMKA", "09126369900"),
])
def test_a_number_glued_to_a_script_written_without_spaces_stands_alone(text, kind, value):
    found = identifiers(text)
    if kind is None:
        assert not found
        return
    assert any(text[f.start:f.end] == value for f in found)


@pytest.mark.parametrize("address", [LTC, DOGE, XRP, TAPROOT, COSMOS, "36Upqe1GPbPMwLjsdjyJS9dHcWyC8Ermnb"])
def test_a_wallet_address_of_any_chain_is_found_by_its_encodings_check_and_by_the_rescan(address):
    assert coin_ok(address)
    for text in (f"send it to {address} please", f"地址{address}谢谢"):
        found = [f for f in identifiers(text) if f.entity == "CRYPTO"]
        assert [text[f.start:f.end] for f in found] == [address]
        again = [f for f in checksummed_numbers(text, {"CRYPTO"}) if f.entity == "CRYPTO"]
        assert again and again[0].score >= CONFIRMED and text[again[0].start:again[0].end] == address


@pytest.mark.parametrize("address", [LTC[:-1] + ("2" if LTC[-1] != "2" else "3"), TAPROOT[:-1] + "q",
                                     "thisisnotanaddressbutalongwordwithoutzero", "ab1qqqqqqqqqqqqqqqqqq"])
def test_a_broken_check_is_no_wallet(address):
    assert not coin_ok(address) and not base58check_ok(address) and not bech32_ok(address)


@pytest.mark.parametrize("text, kind", [
    ("Nr. ４８０１０８６３２１５", "PL_PESEL"),  # fullwidth digits, as a Japanese or Chinese keyboard types them
    ("ID: ３３２１１０２０９２９８３", "RO_CNP"),
    ("नंबर ९१२१०३६७६३८४", "IN_AADHAAR"),  # Devanagari digits
])
def test_digits_of_any_script_are_the_same_number(text, kind):
    assert any(f.entity == kind and f.end - f.start == sum(c.isdigit() for c in text) for f in identifiers(text))
    assert any(f.entity == kind for f in checksummed_numbers(text, {kind}))


@pytest.mark.parametrize("text, found", [("ID: 5305544K", True), ("my number is 3356008F thanks", True),
                                         ("3356008F", True), ("order 3356008F", False)])
def test_an_old_irish_pps_number_beside_a_generic_label_is_one(text, found):
    """Seven digits and a check letter one random code in 23 passes: beside "ID" or "number" it is the PPS
    number, and bare too since ids11 (a rarer chance than the mod-11 digit of the nine-digit numbers taken bare;
    unlabelled PPS numbers leaked in sealed9 and pii_ids11); after a shop's word it is left."""
    assert any(f.entity == "IE_PPS" for f in identifiers(text)) is found


@pytest.mark.parametrize("text", ["ご注文303021632は発送済みです", "我的订单号303021632已发货", "주문303021632 배송"])
def test_a_number_glued_after_a_word_of_order_in_a_script_without_spaces_is_the_order(text):
    assert not identifiers(text)
