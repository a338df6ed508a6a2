"""Issue 15 item 5: verify_run takes a set of trusted keys (the dashboard no longer loops over them itself)."""

from __future__ import annotations

from adversaries import codes

from governed_tuning.audit.verify import verify_ledger, verify_run


def test_verify_run_accepts_a_set_of_trusted_keys_and_names_the_one_that_verified(folder):
    result = verify_run(folder.run(0), [folder.other_pub, folder.pub])
    assert result.ok, result.failures
    assert result.key == str(folder.pub)
    assert verify_ledger(folder.ledger, [folder.other_pub, folder.pub]).ok


def test_no_trusted_key_verifying_is_wrong_key_not_a_crash(folder):
    result = verify_run(folder.run(0), [folder.other_pub])
    assert not result.ok and codes(result) == {"wrong_key"}
    result = verify_run(folder.run(0), [])
    assert not result.ok and codes(result) == {"bad_public_key"}
