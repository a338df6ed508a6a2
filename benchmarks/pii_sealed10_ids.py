"""National identifiers for the tenth sealed PII set (Tuners: do not open; see pii_sealed10.py).

Kinds and countries the earlier sets used little or not at all (Lithuania, Slovakia, Austria, Bulgaria's foreigners,
Belgium's BIS, Costa Rica, Cuba, the Dominican Republic, Ecuador, Venezuela, Colombia, Guatemala, Mexico's RFC,
Argentina's DNI, Portugal's NIF, France's tax number, the UK's UTR and pupil number, US PTIN and ATIN, Mauritius,
South Africa's tax number, Egypt, India's voter ID and Aadhaar virtual ID, Moldova, Paraguay, Peru's RUC, Poland's
NIP, Turkey's tax number, Indonesia's NPWP, Vietnam's tax code, Ghana, the Netherlands' education number, a phone's
IMEI). Each is drawn from its published layout and kept only when python-stdnum's ``is_valid`` accepts it: the check
characters are found by trying candidates against the validator, never computed by our own code. Written as
python-stdnum's ``format`` writes it, compact, or grouped with the spaces or dashes people type.
"""

from __future__ import annotations

import importlib
import random
import string
from collections.abc import Callable
from dataclasses import dataclass

D = string.digits
U = string.ascii_uppercase


def _d(rng: random.Random, n: int, first: str = D) -> str:
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1)) if n else ""


def _date(rng: random.Random, lo: int = 1950, hi: int = 2005) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def _digits(n: int, first: str = D) -> Callable[[random.Random], str]:
    return lambda rng: _d(rng, n, first)


def _lt(rng: random.Random) -> str:
    y, m, d = _date(rng)
    g = rng.choice("34") if y < 2000 else rng.choice("56")
    return f"{g}{y % 100:02d}{m:02d}{d:02d}" + _d(rng, 4)


def _sk(rng: random.Random) -> str:
    y, m, d = _date(rng, 1960, 2005)
    return f"{y % 100:02d}{m + rng.choice((0, 50)):02d}{d:02d}" + _d(rng, 4)


def _at(rng: random.Random) -> str:
    y, m, d = _date(rng)
    return _d(rng, 3, "123456789") + rng.choice(D) + f"{d:02d}{m:02d}{y % 100:02d}"


def _be_bis(rng: random.Random) -> str:
    y, m, d = _date(rng)
    return f"{y % 100:02d}{m + rng.choice((20, 40)):02d}{d:02d}" + _d(rng, 5)


def _cu(rng: random.Random) -> str:
    y, m, d = _date(rng)
    return f"{y % 100:02d}{m:02d}{d:02d}" + _d(rng, 5)


def _ec(rng: random.Random) -> str:
    return f"{rng.randint(1, 24):02d}" + rng.choice("012345") + _d(rng, 7)


def _ve(rng: random.Random) -> str:
    return rng.choice("VE") + _d(rng, 9)


def _rfc(rng: random.Random) -> str:
    y, m, d = _date(rng)
    return ("".join(rng.choice(U) for _ in range(4)) + f"{y % 100:02d}{m:02d}{d:02d}"
            + "".join(rng.choice(U + D) for _ in range(2)) + rng.choice(D + "A"))


def _ptin(rng: random.Random) -> str:
    return "P" + _d(rng, 8)


def _atin(rng: random.Random) -> str:
    return f"9{rng.randint(0, 99):02d}-93-{rng.randint(0, 9999):04d}"


def _mu(rng: random.Random) -> str:
    y, m, d = _date(rng)
    return rng.choice(U) + f"{d:02d}{m:02d}{y % 100:02d}" + _d(rng, 6) + rng.choice(U + D)


def _epic(rng: random.Random) -> str:
    return "".join(rng.choice(U) for _ in range(3)) + _d(rng, 7)


def _npwp(rng: random.Random) -> str:
    return _d(rng, 15, "0123456789")


def _gh(rng: random.Random) -> str:
    return rng.choice(("P00", "C00", "G00", "Q00", "V00")) + _d(rng, 7) + rng.choice(D + "X")


def _upn(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPQRTUVWXYZ") + f"{rng.choice((201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 330, 331, 332, 333, 334, 335, 336, 340, 341, 342, 343, 344, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 370, 371, 372, 373, 380, 381, 382, 383, 384, 390, 391, 392, 393, 394, 800, 801, 802, 803, 805, 806, 807, 808, 810, 811, 812, 813, 815, 816, 820, 821, 822, 823, 825, 826, 830, 831, 835, 836, 837, 840, 841, 845, 846, 850, 851, 852, 855, 856, 857, 860, 861, 865, 866, 867, 868, 869, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 908, 909, 916, 919, 921, 925, 926, 928, 929, 931, 933, 935, 936, 937, 938))}" + _d(rng, 9)  # noqa: E501


@dataclass(frozen=True)
class IdKind:
    kind: str  # the entity name a policy would give it (Presidio's where it has one)
    module: str  # python-stdnum module
    build: Callable[[random.Random], str]
    label: str  # how people label it (English, or the country's own word)
    lang: str  # the language its texts are written in


KINDS: tuple[IdKind, ...] = (
    IdKind("LT_PERSONAL_CODE", "lt.asmens", _lt, "asmens kodas", "en"),
    IdKind("SK_BIRTH_NUMBER", "sk.rc", _sk, "rodné číslo", "en"),
    IdKind("AT_SOCIAL_SECURITY", "at.vnr", _at, "Versicherungsnummer", "de"),
    IdKind("BG_PNF", "bg.pnf", _digits(10), "ЛНЧ", "ru"),
    IdKind("BE_BIS", "be.bis", _be_bis, "numéro BIS", "fr"),
    IdKind("CR_CPF", "cr.cpf", lambda r: "0" + _d(r, 1, "1234567") + _d(r, 8), "cédula", "es"),
    IdKind("CU_NI", "cu.ni", _cu, "carné de identidad", "es"),
    IdKind("DO_CEDULA", "do.cedula", lambda r: _d(r, 3, "0") + _d(r, 8), "cédula", "es"),
    IdKind("EC_CI", "ec.ci", _ec, "cédula", "es"),
    IdKind("VE_RIF", "ve.rif", _ve, "RIF", "es"),
    IdKind("CO_NIT", "co.nit", _digits(10, "123456789"), "NIT", "es"),
    IdKind("GT_NIT", "gt.nit", lambda r: _d(r, rng_len(r, 6, 8), "123456789") + r.choice(D + "K"), "NIT", "es"),
    IdKind("MX_RFC", "mx.rfc", _rfc, "RFC", "es"),
    IdKind("PE_RUC", "pe.ruc", lambda r: "10" + _d(r, 9), "RUC", "es"),
    IdKind("PY_RUC", "py.ruc", lambda r: _d(r, rng_len(r, 6, 8), "123456789") + "-" + _d(r, 1), "RUC", "es"),
    IdKind("PT_NIF", "pt.nif", lambda r: _d(r, 9, "123"), "NIF", "pt"),
    IdKind("FR_NIF", "fr.nif", lambda r: _d(r, 13, "0123"), "numéro fiscal", "fr"),
    IdKind("UK_UTR", "gb.utr", _digits(10, "123456789"), "UTR", "en"),
    IdKind("UK_UPN", "gb.upn", _upn, "UPN", "en"),
    IdKind("US_PTIN", "us.ptin", _ptin, "PTIN", "en"),
    IdKind("US_ATIN", "us.atin", _atin, "ATIN", "en"),
    IdKind("MU_NID", "mu.nid", _mu, "NIC", "en"),
    IdKind("ZA_TIN", "za.tin", lambda r: _d(r, 10, "0123"), "tax reference number", "en"),
    IdKind("EG_TN", "eg.tn", lambda r: _d(r, 9, "123456789"), "الرقم الضريبي", "ar"),
    IdKind("IN_EPIC", "in_.epic", _epic, "EPIC", "hi"),
    IdKind("IN_VID", "in_.vid", _digits(16, "23456789"), "VID", "hi"),
    IdKind("MD_IDNO", "md.idno", lambda r: "2" + _d(r, 12), "IDNO", "ru"),
    IdKind("PL_NIP", "pl.nip", _digits(10, "123456789"), "NIP", "en"),
    IdKind("TR_VKN", "tr.vkn", _digits(10, "123456789"), "vergi kimlik no", "tr"),
    IdKind("ID_NPWP", "id.npwp", _npwp, "NPWP", "id"),
    IdKind("VN_MST", "vn.mst", _digits(10, "0123456789"), "mã số thuế", "en"),
    IdKind("GH_TIN", "gh.tin", _gh, "TIN", "en"),
    IdKind("NL_EDUCATION_NUMBER", "nl.onderwijsnummer", lambda r: "10" + _d(r, 7), "onderwijsnummer", "en"),
    IdKind("IMEI", "imei", lambda r: rng_pick(r, ("35", "86", "01", "99")) + _d(r, 13), "IMEI", "en"),
)


def rng_len(rng: random.Random, lo: int, hi: int) -> int:
    return rng.randint(lo, hi)


def rng_pick(rng: random.Random, items: tuple[str, ...]) -> str:
    return rng.choice(items)


def module(k: IdKind):
    return importlib.import_module("stdnum." + k.module)


def make(k: IdKind, rng: random.Random, tries: int = 40000) -> str:
    """A value of kind ``k`` that python-stdnum accepts, in its compact form: a candidate from the layout, its last
    character tried against the validator when the whole candidate fails."""
    mod = module(k)
    last = D + U
    for _ in range(tries):
        cand = k.build(rng)
        for c in (cand, *[cand[:-1] + x for x in last]):
            try:
                if mod.is_valid(c):
                    return mod.compact(c)
            except Exception:  # noqa: BLE001 - a validator that refuses a candidate's shape: try another
                continue
    raise RuntimeError(f"no valid {k.kind} in {tries} tries")


def written(k: IdKind, value: str, rng: random.Random) -> str:
    """The value as someone writes it: stdnum's own format, compact, or grouped with spaces or dashes."""
    mod = module(k)
    v = rng.randrange(4)
    if v == 0 and hasattr(mod, "format"):
        try:
            return str(mod.format(value))
        except Exception:  # noqa: BLE001
            return value
    if v == 1 or len(value) < 8 or not value.isdigit():
        return value
    step = 4 if len(value) % 4 == 0 else 3
    sep = " " if v == 2 else "-"
    return sep.join(value[i:i + step] for i in range(0, len(value), step))
