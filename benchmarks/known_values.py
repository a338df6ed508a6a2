"""Memory and time of what the PII gate's passes share (``passes.DatasetState``: the values found dataset-wide)
at a million distinct values, this checkout against another (the code before, e.g. ``git worktree add``).

    benchmarks/known_values.py [--values 1000000] [--texts 200] [--old-root CHECKOUT]

Each checkout runs in its own child process (peak RSS from the child's own ``ru_maxrss``, less the RSS after its
imports). The values are made here, distinct by construction, in the mix a support-chat dataset brings per
record: an email, a phone number, a street address and two name words (plus the full name, kept for names in
URLs), so a million values is 200,000 records' worth. They are merged the way the engines merge them (a partial
state per batch of 512 records, merged in order), then finished. Then ``--texts`` texts, each with a name, an
email, a phone and an address known to the state and as many that are not, are searched as the scrub and the
re-scan search them (``KnownValues.find``, and the confirmed names' propagation across records).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, pickle, random, resource, sys, time

def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20

from governed_tuning.gates.pii.passes import DatasetState
from governed_tuning.gates.pii.engine import Scrubber
try:
    from governed_tuning.gates.pii.known import names_regex_in
except ImportError:  # the code before: one pattern of every confirmed name
    names_regex_in = None
n_values, n_texts = int(sys.argv[1]), int(sys.argv[2])
base = rss_mb()
SYL = ["ka", "lo", "re", "mi", "tan", "su", "vel", "or", "ni", "bra", "del", "fu", "zer", "quin", "ha", "jo"]

def word(i, salt):  # a distinct capitalised word for each i
    s, x = [], i * 7919 + salt
    while True:
        s.append(SYL[x % 16]); x //= 16
        if x == 0:
            break
    return "".join(s).capitalize() + SYL[salt % 16]

def person(i):
    first, last = word(i, 3), word(i, 11)
    return first, last, f"{first.lower()}.{last.lower()}{i}@example{i % 97}.com", f"+44 20 {i:08d}", \
        f"{i} {word(i, 5)} Street, {word(i % 5000, 7)}"

n_people = n_values // 5
t0, c0 = time.perf_counter(), time.process_time()
state = DatasetState()
for b0 in range(0, n_people, 512):
    part = DatasetState(records=min(512, n_people - b0))
    for i in range(b0, min(b0 + 512, n_people)):
        first, last, email, phone, addr = person(i)
        part.known.add("EMAIL_ADDRESS", email)
        part.known.add("PHONE_NUMBER", phone)
        part.known.add("STREET_ADDRESS", addr)
        part.strong_names |= {first, last}
        part.full_names[(first.casefold(), last.casefold())] = "PERSON"
    state.merge(part)
state.finish()
t_build, c_build = time.perf_counter() - t0, time.process_time() - c0
sizes = state.sizes()
after_build = rss_mb()
rnd = random.Random(5)
texts = []
for _ in range(n_texts):
    first, last, email, phone, addr = person(rnd.randrange(n_people))
    f2, l2, e2, p2, a2 = person(n_people + rnd.randrange(10**6))  # not in the state
    texts.append(f"Hi, this is {first} {last} (cc {f2} {l2}). Write to {email} or {e2}, call {phone} or {p2}. "
                 f"I moved from {a2} to {addr} last week; my order has not arrived.")
t1 = time.perf_counter()
found = sum(len(state.known.find(t)) for t in texts[:1])
t_first = time.perf_counter() - t1  # the first text: includes building the matcher where there is one to build
t2 = time.perf_counter()
found += sum(len(state.known.find(t)) for t in texts[1:])
t_find = time.perf_counter() - t2
t3 = time.perf_counter()
if names_regex_in is None:
    rx = Scrubber.names_regex(state.strong_names)
    spans = sum(1 for t in texts for _ in rx.finditer(t))
else:
    spans = sum(1 for t in texts for rx in [names_regex_in(state.strong_names, t)] if rx for _ in rx.finditer(t))
t_names = time.perf_counter() - t3
peak_before_pickle = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t4 = time.perf_counter()
shipped = len(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
t_pickle = time.perf_counter() - t4
print(json.dumps({"values": sum(v for k, v in sizes.items() if k != "full_names"), "sizes": sizes,
                  "peak_rss_mb": round(peak_before_pickle, 1),
                  "peak_rss_with_pickle_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                  "base_rss_mb": round(base, 1), "state_rss_mb": round(after_build - base, 1),
                  "build_s": round(t_build, 1), "build_cpu_s": round(c_build, 1), "first_find_s": round(t_first, 2),
                  "find_ms_per_text": round(1000 * t_find / max(1, n_texts - 1), 2), "found": found,
                  "names_ms_per_text": round(1000 * t_names / n_texts, 2), "name_spans": spans,
                  "pickled_mb": round(shipped / 2**20, 1), "pickle_s": round(t_pickle, 1)}))
"""


def run_child(root: Path, values: int, texts: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(root), "OMP_NUM_THREADS": "1"}
    proc = subprocess.run([sys.executable, "-c", CHILD, str(values), str(texts)], capture_output=True, text=True,
                          env=env, cwd=root)
    if proc.returncode != 0:
        return {"error": (proc.stderr.strip().splitlines() or ["failed"])[-1][:300]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--values", type=int, default=1_000_000)
    ap.add_argument("--texts", type=int, default=200)
    ap.add_argument("--old-root", default=None, help="a checkout of the code before (its governed_tuning)")
    args = ap.parse_args()
    runs = [("this checkout", ROOT)] + ([("before", Path(args.old_root))] if args.old_root else [])
    for name, root in runs:
        print(json.dumps({"code": name, **run_child(root, args.values, args.texts)}), flush=True)


if __name__ == "__main__":
    main()
