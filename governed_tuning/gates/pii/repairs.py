"""What the re-scan's repairs say about the scrub: an artefact of our own substitution, or a blind spot.

The re-scan scrubs what it finds left in the copy, re-scans, and passes when nothing more is found. Some of
those repairs only finish what the scrub started: a value cut at our own span's edge (``beside_substitution``),
a value confirmed elsewhere in the dataset and spread to its verbatim copies (``known_value``), a value the
scrub's own detector read and the scrub's later judgement (a dataset-wide vote, a brand, a column of things) let
stand (``missed``: on clean text, precision10's mimesis sentences, 37 such repairs of 247 PERSON findings were
all ordinary words, so they are no evidence of a miss). Others are values the scrub's detector did not read at
all and a rule only the re-scan has did (``age_phrase``, ``other_digits``, ``name_part``, a cell of a column of
names: ``column``). Those show the detector has a blind spot on this data: the re-scan's "0 left" then proves only that
no value is left *in the shapes its rules read*; values of that kind in other shapes may remain (sealed9: the
re-scan repaired first-person ages in Arabic and Persian, found nothing more, and passed over a CSV still holding
ages said otherwise). The policy says what such a repair means (``pii.rescan.repaired_misses``: fail, review or
pass); the reasons name the kinds, the counts and what to add. Counts only: never a value.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ...policy import RescanPolicy

#: Why-codes (``rescan.Leftover.why``) of leftovers the scrub's detector missed: a repair of one is a blind spot.
#: ``independent`` is a miss too, but never repaired (it fails as a residual: rescan_independent.py).
MISSES = ("age_phrase", "other_digits", "name_part", "column")

#: What a user can do about a repaired miss, by why.
ADVICE = {
    "age_phrase": "first-person ages said with a verb the detector has no phrase for: ages said in other ways may "
                  "remain; add the language's age phrases",
    "other_digits": "values written in another script's digits: check the kind's other spellings in these records",
    "name_part": "names the detector read only in part: add the names to a known-values list or label the field",
    "column": "cells of a column of names the scrub left whole: give the column a header that names its kind",
}


def misses_by_type(repaired: Counter) -> Counter:
    """Repaired misses (``(why, kind)`` counts) summed by kind."""
    out: Counter = Counter()
    for (why, kind), n in repaired.items():
        if why in MISSES:
            out[kind] += n
    return out


def misses_by_why(repaired: Counter) -> Counter:
    """Repaired misses summed by why."""
    out: Counter = Counter()
    for (why, _), n in repaired.items():
        if why in MISSES:
            out[why] += n
    return out


def over_limit(policy: RescanPolicy, repaired: Counter, found: Counter) -> Counter:
    """The kinds whose repaired misses exceed both the policy's count (``max_repaired_misses``) and share
    (``max_repaired_miss_rate`` of ``found``: every value of the kind the scrub and the re-scan found), with their
    counts."""
    return Counter({k: n for k, n in misses_by_type(repaired).items()
                    if n > policy.max_repaired_misses and n > policy.max_repaired_miss_rate * max(found[k], n)})


def withholds_copy(policy: RescanPolicy, repaired: Counter, found: Counter) -> bool:
    """Whether the copy must not be written: the policy fails on repaired misses and some kind is over its limits."""
    return policy.repaired_misses == "fail" and bool(over_limit(policy, repaired, found))


def _limits(policy: RescanPolicy) -> str:
    return (f"pii.rescan.max_repaired_misses: {policy.max_repaired_misses} and max_repaired_miss_rate: "
            f"{policy.max_repaired_miss_rate:.1%} per kind")


def judge(policy: RescanPolicy, repaired: Counter, found: Counter) -> tuple[str | None, str | None]:
    """``(verdict, reason)``: the verdict the repairs force (``fail`` or ``review``; None: they force none) and
    the reason naming kinds, counts, shares, whys and what to do (None when no miss was repaired). ``found``:
    every value found per kind (scrubbed by the scrub or by the re-scan)."""
    by_type, by_why = misses_by_type(repaired), misses_by_why(repaired)
    if not by_type:
        return None, None
    over = over_limit(policy, repaired, found)
    kinds = ", ".join(f"{k}: {v} of {max(found[k], v)} found" for k, v in sorted(by_type.items()))
    whys = ", ".join(f"{k}: {v}" for k, v in sorted(by_why.items()))
    advice = "; ".join(ADVICE[w] for w in sorted(by_why))
    said = (f"the re-scan had to repair {sum(by_type.values())} value(s) the scrub missed ({kinds}; by why: {whys}): "
            f"the detector has a blind spot for {'this kind' if len(by_type) == 1 else 'these kinds'} on this "
            f"data, so the re-scan's finding nothing more proves only that no value is left in the shapes its rules "
            f"read; what to do: {advice}")
    if policy.repaired_misses == "pass":
        return None, f"{said} (pii.rescan.repaired_misses: pass: reported, not judged on)"
    if not over:
        return None, f"{said} (within {_limits(policy)})"
    kinds_over = ", ".join(sorted(over))
    if policy.repaired_misses == "fail":
        return "fail", (f"{said}; over {_limits(policy)} for {kinds_over}, and the policy fails on this "
                        f"(pii.rescan.repaired_misses: fail): the scrubbed copy was not written")
    return "review", (f"{said}; over {_limits(policy)} for {kinds_over}, and the policy asks a person to review "
                      f"the copy before it is used (pii.rescan.repaired_misses: review): the copy was written")


def evidence(policy: RescanPolicy, repaired: Counter, found: Counter) -> dict[str, Any]:
    """The rescan evidence's typed fields about repaired misses."""
    return {"repaired_misses_by_type": dict(sorted(misses_by_type(repaired).items())),
            "repaired_misses_by_why": dict(sorted(misses_by_why(repaired).items())),
            "repaired_misses_over_limit": sorted(over_limit(policy, repaired, found)),
            "repaired_misses_policy": policy.repaired_misses}
