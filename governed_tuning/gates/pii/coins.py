"""Crypto wallet addresses of any chain whose address format carries a check: a person's account, as personal
as an IBAN (GDPR Art. 4(1): an online identifier; CCPA: a unique identifier).

python-stdnum's ``bitcoin`` module reads Bitcoin's two formats only: base58check addresses starting "1" or "3"
and bech32 ("bc1q..."). The same two encodings carry most other chains' addresses, with another version byte or
another human-readable prefix: Litecoin ("L", "M", "ltc1"), Dogecoin ("D"), Dash ("X"), Tron ("T"), Zcash
transparent addresses ("t1"), XRP (base58check in Ripple's alphabet, "r..."), Bitcoin's taproot ("bc1p...":
bech32m, which python-stdnum rejects), Cosmos chains ("cosmos1", "osmo1"), Cardano ("addr1") ... So the check is
read for the encoding, not the chain: a base58check string (25 or 26 bytes, its last four the first four of the
double SHA-256 of the rest: a random string passes one time in four billion) or a bech32/bech32m string (its
six-character BCH checksum over the prefix and data: one time in a billion). python-stdnum's own decoders and
checksum do the arithmetic (``stdnum.bitcoin.b58decode``, ``bech32_checksum``). Monero's 95-character
addresses (their own base58 blocks and a Keccak checksum hashlib lacks) are read by their format alone, which
no other token has.

Ethereum-style accounts (0x and 40 hex digits) keep their format-only spec in ``identifiers.SPECS``.
"""

from __future__ import annotations

import hashlib
import re

__all__ = ["coin_ok", "base58check_ok", "bech32_ok", "COIN_PATTERN"]

BITCOIN_58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
RIPPLE_58 = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"
_RIPPLE_TO_BITCOIN = str.maketrans(RIPPLE_58, BITCOIN_58)
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32_CONSTANTS = (1, 0x2BC830A3)  # bech32 (BIP 173) and bech32m (BIP 350)
MONERO = re.compile(r"[48][1-9A-HJ-NP-Za-km-z]{94}")
# the candidates: a base58 run of 25 to 35 characters, a bech32 string (a lower- or upper-case prefix, "1", data)
# or a Monero address. Bounded and linear: one character class each, no nested repeats.
COIN_PATTERN = (r"(?:[1-9A-HJ-NP-Za-km-z]{25,35}|[a-z]{1,15}1[02-9ac-hj-np-z]{8,100}|[A-Z]{1,15}1[02-9AC-HJ-NP-Z]{8,100}"
                r"|[48][1-9A-HJ-NP-Za-km-z]{94})")


def base58check_ok(value: str, alphabet: str = BITCOIN_58) -> bool:
    """Whether ``value`` is base58check (in ``alphabet``) of a 21- or 22-byte payload (a version byte or two
    and a 20-byte hash) with its four-byte checksum."""
    from stdnum.bitcoin import b58decode

    if not 25 <= len(value) <= 35 or any(c not in alphabet for c in value):
        return False
    raw = b58decode(value if alphabet == BITCOIN_58 else value.translate(_RIPPLE_TO_BITCOIN))
    if len(raw) not in (25, 26):
        return False
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def bech32_ok(value: str) -> bool:
    """Whether ``value`` is a bech32 or bech32m string (one case throughout) with a valid checksum and data
    of an address's length."""
    from stdnum.bitcoin import bech32_checksum

    if value.lower() != value and value.upper() != value:
        return False
    v = value.lower()
    hrp, sep, data = v.rpartition("1")
    if not sep or not hrp or not 14 <= len(data) <= 100 or any(c not in BECH32 for c in data):
        return False
    if any(not ("a" <= c <= "z") for c in hrp):
        return False
    values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + [BECH32.index(c) for c in data]
    return bech32_checksum(values) in BECH32_CONSTANTS


def coin_ok(value: str) -> bool:
    """A wallet address by its encoding's check (``base58check_ok`` in Bitcoin's or Ripple's alphabet,
    ``bech32_ok``), or a Monero address by its format."""
    try:
        if MONERO.fullmatch(value):
            return True
        if "1" in value and bech32_ok(value):
            return True
        return base58check_ok(value) or (value[:1] == "r" and base58check_ok(value, RIPPLE_58))
    except Exception:  # noqa: BLE001 - a decoder that chokes on a shape has not validated it
        return False
