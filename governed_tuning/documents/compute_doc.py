"""EU AI Act Annex XI 1.2(d)-(e): training compute, time, hardware and energy, per stage as the run measured them,
and the one-third rule for fine-tuners stated with what is known and what is not.

The Commission's guidelines on general-purpose AI models (July 2025) presume that whoever modifies such a model
becomes its provider when the modification uses more than a third of the compute that trained the original; when
the original's compute is not known, a third of the threshold that presumes a model general-purpose (10^23 FLOP)
or of the systemic-risk threshold (10^25 FLOP, Art. 51(2)) stands in for it. The document gives the figures and
the comparison; the conclusion is the provider's.
"""

from __future__ import annotations

from .facts import Facts, fmt_flops, fmt_int
from .model import Item, Section

GPAI_THRESHOLD = 1e23  # FLOP: the guidelines' indicative criterion for a general-purpose AI model
SYSTEMIC_THRESHOLD = 1e25  # FLOP: Art. 51(2), presumption of high-impact capabilities


def _stage(f: Facts, name: str) -> Section:
    st = next(s for s in f.record.stages if s.name == name)
    c = st.compute
    assert c is not None
    energy = (f"{c.energy_j:,.1f} J ({c.energy_j / 3.6e6:.6f} kWh)" if c.energy_j is not None else None)
    return Section(id=f"stage {name}", title=f"({st.kind}, {st.status})", items=[
        Item(label="Tokens processed (padding included)", value=fmt_int(c.tokens)),
        Item(label="Tokens of the training data (counted once)", value=fmt_int(c.dataset_tokens)),
        Item(label="Parameters (trainable)", value=f"{fmt_int(c.parameters)} ({fmt_int(c.trainable_parameters)})"),
        Item(label="FLOPs, estimated", value=fmt_flops(c.flops_estimate), note=c.estimate_method),
        Item(label="FLOPs, as the trainer reports them (total_flos)", value=fmt_flops(c.flops_reported),
             note="transformers' own 6 x N x D over the main input, non-embedding parameters"),
        Item(label="Optimizer steps", value=fmt_int(c.steps)),
        Item(label="Wall time", value=f"{c.wall_s:.1f} s" if c.wall_s is not None else "not recorded"),
        Item(label="Hardware", value=f"{c.processes} x {c.device or 'unknown device'}"
             + (f" ({c.device_name})" if c.device_name else "") + f", precision {c.precision or 'not recorded'}"),
        Item(label="Energy", value=energy, note=c.energy_method),
        Item(label="Left out of the FLOP figures", value="; ".join(c.not_counted) or "nothing known"),
    ])


def sections(f: Facts) -> list[Section]:
    rec = f.record
    out = []
    no_compute = [s.name for s in rec.stages if s.compute is None]
    for name, _ in f.computes:
        out.append(_stage(f, name))
    total_est = sum(c.flops_estimate or 0.0 for _, c in f.computes)
    partial = [n for n, c in f.computes if c.flops_estimate is None]
    reported = [c.flops_reported for _, c in f.computes]
    total_rep = sum(r for r in reported if r) if reported and all(reported) else None
    total = total_rep or total_est
    energies = [c.energy_j for _, c in f.computes]
    energy = (f"{sum(e for e in energies if e is not None):,.1f} J" if energies and all(e is not None for e in energies)
              else None)
    wall = sum(c.wall_s or 0.0 for _, c in f.computes)
    hw = rec.hardware or {}
    out.insert(0, Section(id="1.2(d)", title="Computational resources used to train the model (this run)", items=[
        Item(label="Stages measured", value=", ".join(n for n, _ in f.computes) or "none",
             note=(f"no compute recorded for: {', '.join(no_compute)} (did not train, or the run predates "
                   "compute recording)") if no_compute else None),
        Item(label="Training compute, estimated (sum of the stages)", value=fmt_flops(total_est) if f.computes else
             None, note=(f"stages without a token count: {', '.join(partial)}" if partial else None)),
        Item(label="Training compute, as the trainers report it (sum)", value=fmt_flops(total_rep)
             if total_rep else None, note=None if total_rep else "not every stage's trainer reported total_flos "
             "(RL trainers, whose batches are prompts, report none): the estimate stands"),
        Item(label="Training time (sum of the stages' training loops)", value=f"{wall:.1f} s" if f.computes else None),
        Item(label="Machine", value=f"{hw.get('platform', 'not recorded')}; {hw.get('cpu_count', '?')} CPU(s); "
             f"GPUs: {', '.join(hw.get('gpus') or []) or 'none'}"),
        Item(label="Distributed", value=(f"{rec.distributed.launcher}, {rec.distributed.world_size} processes, "
                                         f"{rec.distributed.distributed_type}") if rec.distributed else "no"),
    ]))
    out.insert(1, Section(id="1.2(e)", title="Known or estimated energy consumption", items=[
        Item(label="Energy measured during training (sum)", value=energy,
             note="measured only where the machine exposes a counter (NVML for NVIDIA GPUs, RAPL for CPUs); never "
                  "estimated from a nominal power")]))
    base = f.base
    declared = base.declared.training_compute_flops if base else None
    base_name = rec.base_model.get("name") or "the base model"
    items = [Item(label="Compute of this modification", value=fmt_flops(total) if f.computes else None),
             Item(label=f"Training compute of {base_name} as its provider states it", value=fmt_flops(declared)
                  if declared else None, origin="manifest",
                  fill_in=f"the manifest, field training_compute_flops of model {base_name}")]
    if f.computes and declared:
        ratio = total / declared
        items.append(Item(label="Share of the original compute", value=f"{ratio:.3e} ({'more' if ratio > 1 / 3 else 'not more'} "
                          "than one third)", origin="derived",
                          note="above one third, the guidelines presume the modifier becomes the provider of a "
                               "general-purpose AI model"))
    elif f.computes:
        items.append(Item(label="Compared with the fallback thresholds", value=(
            f"{total / (GPAI_THRESHOLD / 3):.3e} of one third of 10^23 FLOP; {total / (SYSTEMIC_THRESHOLD / 3):.3e} of "
            f"one third of 10^25 FLOP ({'more' if total > GPAI_THRESHOLD / 3 else 'not more'} than the first)"),
            origin="derived", note="the original model's compute is not known to the tool: the guidelines' "
                                   "fallback is one third of the threshold that presumes a general-purpose model, "
                                   "and one third of the systemic-risk threshold"))
    out.append(Section(id="one-third rule", title="Whether this modification makes the modifier a provider", items=items))
    return out


LIMITS = [
    "The estimate 6 x N x D counts forward and backward passes of a dense transformer; generation, reward-model "
    "scoring and reference-model passes are listed per stage where they are left out.",
    "Energy is measured, not estimated: where the machine has no counter the document says so.",
    "Compute spent outside this run (earlier runs, experiments, data preparation) is not included.",
    "Whether the modifier is a provider of a general-purpose AI model is the provider's determination.",
]
