"""Compare: two runs side by side — verdict changes, metric deltas, policy differences."""

from __future__ import annotations

import streamlit as st

from governed_tuning.dashboard import evidence, listing, summaries, ui

cfg = ui.settings()
st.title("Compare")
ui.require_reports(cfg)
ids = [p.name for p in listing.list_run_dirs(cfg.reports_dir)]
if len(ids) < 2:
    st.info(f"Comparing needs two runs; {cfg.reports_dir} holds {len(ids)}.", icon=ui.ICONS["empty"])
    st.stop()

c1, c2 = st.columns(2)
a_id = c1.selectbox("Run A (before)", ids, index=1, key="cmp_a")
b_id = c2.selectbox("Run B (after)", ids, index=0, key="cmp_b")

views = {}
for col, label, rid in ((c1, "Run A", a_id), (c2, "Run B", b_id)):
    run, sig = ui.run_view(cfg, cfg.reports_dir / rid)
    with col:
        ui.signature_banner(sig, label)
        if run.problem:
            st.error(f"{label} cannot be shown:", icon=ui.ICONS["broken"])
            st.text(run.problem)
    views[label] = run
a, b = views["Run A"].record, views["Run B"].record
if a is None or b is None:
    st.stop()
assert a is not None and b is not None  # st.stop() ends the script

st.header("Verdicts")
rows = [{"what": "run status", "A": a.status, "B": b.status, "changed": a.status != b.status},
        {"what": "releasable", "A": str(a.releasable), "B": str(b.releasable), "changed": a.releasable != b.releasable}]
va = {f"{g.result.gate} — {g.scope}": g.result.verdict for g in a.gates}
vb = {f"{g.result.gate} — {g.scope}": g.result.verdict for g in b.gates}
for k in sorted(set(va) | set(vb)):
    rows.append({"what": k, "A": va.get(k, "(not run)"), "B": vb.get(k, "(not run)"),
                 "changed": va.get(k) != vb.get(k)})
evidence.table(rows)

st.header("Metric deltas")
ma, mb = summaries.final_metrics(a), summaries.final_metrics(b)
deltas = [{"metric": k, "A": ma.get(k), "B": mb.get(k),
           "delta (B − A)": (mb[k] - ma[k]) if k in ma and k in mb else None} for k in sorted(set(ma) | set(mb))]
if deltas:
    evidence.table(deltas)
else:
    st.info("Neither run recorded numeric metrics.")

st.header("Policy differences")
st.text(f"A: {a.policy.describe()}  sha256 {a.policy.sha256}\nB: {b.policy.describe()}  sha256 {b.policy.sha256}")
diff = summaries.policy_diff(a, b)
if diff:
    evidence.table(diff)
else:
    st.success("Both runs used the same policy settings.", icon=ui.ICONS["ok"])
