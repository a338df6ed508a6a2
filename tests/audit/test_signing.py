"""DSSE with PAE over in-toto Statements: known answers, and one tamper test per envelope failure class."""

from __future__ import annotations

import base64
import json

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from governed_tuning.audit import keys, signing
from governed_tuning.audit.signing import VerificationFailure, open_envelope, pae, sign_envelope


def test_pae_known_answers():
    # The DSSE specification's example (protocol.md), and an empty payload.
    assert pae("http://example.com/HelloWorld", b"hello world") == \
        b"DSSEv1 29 http://example.com/HelloWorld 11 hello world"
    assert pae("", b"") == b"DSSEv1 0  0 "
    # Lengths are in bytes, not characters: 'application/vnd.caf\u00e9+json' is 25 characters, 26 UTF-8 bytes.
    assert pae("application/vnd.caf\u00e9+json", "\u00fcber".encode()) == \
        b"DSSEv1 26 application/vnd.caf\xc3\xa9+json 5 \xc3\xbcber"


@pytest.fixture(scope="module")
def pair(keypairs):
    (key, pub), (other_key, other_pub) = keypairs
    return keys.load_private_key(key), keys.load_public_key(pub), keys.load_private_key(other_key)


def _env(payload: bytes, private: ec.EllipticCurvePrivateKey, ptype: str = signing.PAYLOAD_TYPE) -> dict:
    return sign_envelope(payload, ptype, private)


def _code(data: bytes, public, ptype: str = signing.PAYLOAD_TYPE) -> str:
    with pytest.raises(VerificationFailure) as exc:
        open_envelope(data, public, ptype)
    return exc.value.code


PAYLOAD = json.dumps({"_type": signing.STATEMENT_TYPE, "note": "caf\u00e9"}).encode()


def test_a_signed_envelope_opens_to_the_exact_payload_bytes(pair):
    private, public, _ = pair
    env = _env(PAYLOAD, private)
    assert env["payloadType"] == "application/vnd.in-toto+json"
    assert env["signatures"][0]["keyid"] == keys.key_id(public)
    assert open_envelope(signing.envelope_bytes(env), public, signing.PAYLOAD_TYPE) == PAYLOAD


def test_a_flipped_payload_byte_is_a_bad_signature(pair):
    private, public, _ = pair
    env = _env(PAYLOAD, private)
    raw = bytearray(PAYLOAD)
    raw[5] ^= 0x01
    env["payload"] = base64.b64encode(bytes(raw)).decode()
    assert _code(signing.envelope_bytes(env), public) == "bad_signature"


def test_a_flipped_signature_byte_is_a_bad_signature(pair):
    private, public, _ = pair
    env = _env(PAYLOAD, private)
    sig = bytearray(base64.b64decode(env["signatures"][0]["sig"]))
    sig[-1] ^= 0x01
    env["signatures"][0]["sig"] = base64.b64encode(bytes(sig)).decode()
    assert _code(signing.envelope_bytes(env), public) == "bad_signature"


def test_a_changed_payload_type_breaks_the_signature_and_a_signed_other_type_is_named(pair):
    private, public, _ = pair
    env = _env(PAYLOAD, private)
    env["payloadType"] = "application/json"
    assert _code(signing.envelope_bytes(env), public) == "bad_signature"  # PAE binds the type
    other = _env(PAYLOAD, private, "application/json")  # genuinely signed, but not as a statement
    assert _code(signing.envelope_bytes(other), public) == "wrong_payload_type"


def test_a_signature_over_the_raw_payload_instead_of_the_pae_is_refused(pair):
    private, public, _ = pair
    from cryptography.hazmat.primitives import hashes

    raw_sig = private.sign(PAYLOAD, ec.ECDSA(hashes.SHA256()))
    env = {"payload": base64.b64encode(PAYLOAD).decode(), "payloadType": signing.PAYLOAD_TYPE,
           "signatures": [{"keyid": keys.key_id(public), "sig": base64.b64encode(raw_sig).decode()}]}
    assert _code(signing.envelope_bytes(env), public) == "bad_signature"


def test_another_key_is_named_as_the_wrong_key(pair):
    _, public, other = pair
    assert _code(signing.envelope_bytes(_env(PAYLOAD, other)), public) == "wrong_key"


def test_duplicate_keys_are_refused_in_the_envelope_and_in_the_signed_payload(pair):
    private, public, _ = pair
    env = _env(PAYLOAD, private)
    text = signing.envelope_bytes(env).decode()
    dup = text.replace('"payloadType"', '"payloadType": "text/plain", "payloadType"', 1)
    assert _code(dup.encode(), public) == "duplicate_json_key"
    ambiguous = b'{"_type": "https://in-toto.io/Statement/v1", "predicateType": "x", "predicateType": "y"}'
    env = signing.envelope_bytes(_env(ambiguous, private))
    payload = open_envelope(env, public, signing.PAYLOAD_TYPE)  # the signature holds over these exact bytes...
    with pytest.raises(VerificationFailure) as exc:  # ...but the document is read two ways, so it is refused
        signing.parse_statement(payload)
    assert exc.value.code == "duplicate_json_key"


@pytest.mark.parametrize("mutate", [
    lambda e: e.pop("signatures"),
    lambda e: e.update(payload="not base64!"),
    lambda e: e.update(signatures=[]),
    lambda e: e.update(signatures=[{"sig": 5}]),
    lambda e: e.update(extra=1),
])
def test_malformed_envelopes_are_named(pair, mutate):
    private, public, _ = pair
    env = _env(PAYLOAD, private)
    mutate(env)
    assert _code(signing.envelope_bytes(env), public) == "malformed_envelope"
    assert _code(b"[1, 2", public) == "malformed_json"


def test_statement_type_and_predicate_type_are_checked():
    good = signing.statement({"report.json": "ab" * 32}, {"report_version": "1"})
    assert signing.parse_statement(signing.canonical_json(good)) == ({"report.json": "ab" * 32},
                                                                      {"report_version": "1"})
    for field, code in (("_type", "wrong_statement_type"), ("predicateType", "wrong_predicate_type")):
        with pytest.raises(VerificationFailure) as exc:
            signing.parse_statement(signing.canonical_json({**good, field: "https://example.com/other"}))
        assert exc.value.code == code
    with pytest.raises(VerificationFailure) as exc:
        signing.parse_statement(signing.canonical_json({**good, "subject": []}))
    assert exc.value.code == "malformed_statement"


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as hst  # noqa: E402


@settings(max_examples=25, deadline=None)
@given(ptype=hst.text(min_size=1, max_size=40), payload=hst.binary(max_size=200), flip=hst.integers(min_value=0))
def test_any_type_and_payload_round_trip_and_any_flipped_payload_bit_fails(pair, ptype, payload, flip):
    private, public, _ = pair
    env = _env(payload, private, ptype)
    assert open_envelope(signing.envelope_bytes(env), public, ptype) == payload
    t = ptype.encode()
    assert pae(ptype, payload) == b"DSSEv1 " + str(len(t)).encode() + b" " + t + b" " + \
        str(len(payload)).encode() + b" " + payload
    if payload:
        raw = bytearray(payload)
        raw[flip % len(raw)] ^= 1 << (flip % 8)
        env["payload"] = base64.b64encode(bytes(raw)).decode()
        assert _code(signing.envelope_bytes(env), public, ptype) == "bad_signature"
