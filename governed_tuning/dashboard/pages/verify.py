"""Verify: upload a run bundle (.zip or .tar.gz of one run folder) and a public key; see the result.

The bundle is unpacked into a fresh temporary folder, never into the reports folder, and removed afterwards.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import streamlit as st

from governed_tuning.dashboard import bundle, evidence, listing, summaries, trust, ui

st.title("Verify a run bundle")
st.caption("Bundle one run folder (reports/<run_id>/) as .zip or .tar.gz; the key is the signer's PEM public key.")
upload = st.file_uploader("Run bundle", type=["zip", "tar", "gz", "tgz"], key="bundle")
key = st.file_uploader("Public key (PEM)", type=["pem", "pub", "key"], key="pubkey")

if not (upload and key):
    st.info("Upload both a bundle and a public key to verify.")
    st.stop()

with tempfile.TemporaryDirectory(prefix="gt-verify-") as tmp:
    tmp_path = Path(tmp)
    key_path = tmp_path / "key.pem"
    key_path.write_bytes(key.getvalue())
    try:
        run_dir = bundle.unpack_bundle(upload.getvalue(), upload.name, tmp_path / "bundle")
    except bundle.BundleError as exc:
        st.error("The bundle cannot be verified:", icon=ui.ICONS["broken"])
        st.text(str(exc))
        st.stop()
    sig = trust.verify_run_dir(run_dir, (key_path,))
    run = listing.load_run(run_dir)

ui.signature_banner(sig, "The uploaded report")
if sig.checks:
    with st.expander("Checks performed", expanded=sig.state != "verified"):
        ui.text_lines(sig.checks)
if run.problem:
    st.text(run.problem)
elif run.record is not None:
    r = run.record
    evidence.table([{"run id": r.run_id, "status": r.status, "releasable": str(r.releasable),
                     "base model": summaries.base_model_name(r), "policy sha256": r.policy.sha256,
                     **{f"gate {k}": v for k, v in summaries.gate_verdicts(r).items()}}])
