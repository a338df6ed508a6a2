"""EU AI Act Art. 53(1)(d): the public summary of training content, in the AI Office's template (July 2025).

Source: European Commission, "Explanatory Notice and Template for the Public Summary of Training Content for
general-purpose AI models", published 24 July 2025 (https://digital-strategy.ec.europa.eu/en/library/
explanatory-notice-and-template-public-summary-training-content-general-purpose-ai-models), adopted as
Communication C(2025) 8311 final of 5 December 2025. :data:`TEMPLATE` is its section list and :data:`BANDS` its
size ranges of section 1.3 ("Training data size"), one row per modality: text in tokens, images in images, audio
and video in hours, with the same three ranges for audio and video. Both were checked against transcriptions of
the template's text (section headings in CycloneDX's ML-BOM guide, appendix on the EU AI Act; size ranges in
published model cards that fill the template), not against the PDF itself.

For a fine-tuned model the summary covers the data of the modification (this run) and names the model it
depends on, whose own summary covers the rest. Sizes are given in the template's bands; the run measures the
text it trained on in tokens, so text gets its band from that count; other modalities are never measured.
"""

from __future__ import annotations

from ..disclosure import TEMPLATE_SECTION, DeclaredSource
from .facts import Facts, fmt_int, join, yes_no
from .model import Item, Section

#: The template's sections, in order (the summary has exactly these).
TEMPLATE: tuple[tuple[str, str], ...] = (
    ("1", "General information"),
    ("1.1", "Provider identification"),
    ("1.2", "Model identification"),
    ("1.3", "Modalities, overall training data size and other characteristics"),
    ("2", "List of data sources"),
    ("2.1", "Publicly available datasets"),
    ("2.2", "Private non-publicly available datasets obtained from third parties"),
    ("2.3", "Data crawled and scraped from online sources"),
    ("2.4", "User data"),
    ("2.5", "Synthetic data"),
    ("2.6", "Other sources of data"),
    ("3", "Data processing aspects"),
    ("3.1", "Respect of reservation of rights from text and data mining exception or limitation"),
    ("3.2", "Removal of illegal content"),
    ("3.3", "Other information (optional)"),
)

#: The template's size bands per modality (1.3).
BANDS: dict[str, tuple[tuple[float, str], ...]] = {
    "text": ((1e9, "Less than 1 billion tokens"), (1e13, "1 billion to 10 trillion tokens"),
             (float("inf"), "More than 10 trillion tokens")),
    "image": ((1e6, "Less than 1 million images"), (1e9, "1 million to 1 billion images"),
              (float("inf"), "More than 1 billion images")),
    "audio": ((1e4, "Less than 10,000 hours"), (1e6, "10,000 to 1 million hours"),
              (float("inf"), "More than 1 million hours")),
    "video": ((1e4, "Less than 10,000 hours"), (1e6, "10,000 to 1 million hours"),
              (float("inf"), "More than 1 million hours")),
}

MANIFEST = "the manifest, field {} of source {}"
PROVIDER = "the policy, regulatory.provider.{}"


def band(modality: str, size: float) -> str:
    return next(label for limit, label in BANDS[modality] if size < limit)


def _in_category(f: Facts, cats: tuple[str, ...]) -> list[DeclaredSource]:
    return [d for d in f.datasets if d.declared.collection in cats]


def _used(f: Facts, cats: tuple[str, ...], what: str) -> Item:
    """'Have you used X?': yes when a dataset is declared so; no only when every dataset declares its collection."""
    hits = _in_category(f, cats)
    undeclared = [d.name for d in f.datasets if d.declared.collection is None]
    if hits:
        return Item(label=f"{what} used", value="yes: " + ", ".join(d.name for d in hits), origin="manifest")
    if undeclared:
        return Item(label=f"{what} used", value=None, fill_in=MANIFEST.format("collection", ", ".join(undeclared)),
                    note="no dataset is declared in this category, but some declare no collection at all")
    return Item(label=f"{what} used", value="no", origin="manifest")


def _describe(f: Facts, d: DeclaredSource) -> Item:
    lic = f.licence_entry(d.name) or {}
    parts = [d.declared.description or "description not provided", f"modality {d.declared.modality or 'not provided'}",
             f"source {d.source or 'not recorded'}", f"licence {d.license or 'none declared'}"
             + (f" ({lic['verdict']} by the licence gate)" if lic.get("verdict") else ""),
             f"{fmt_int(f.records(d))} record(s)"]
    return Item(label=f"dataset {d.name}", value="; ".join(parts), origin="manifest",
                note="records counted by the PII gate; licence verdict by the licence gate" if f.pii else None)


def _sources(f: Facts, cats: tuple[str, ...], what: str, extra: list[Item] | None = None) -> list[Item]:
    items = [_used(f, cats, what)]
    for d in _in_category(f, cats):
        items.append(_describe(f, d))
    return items + list(extra or [])


def _general(f: Facts) -> list[Section]:
    p, rec = f.provider, f.record
    s11 = Section(id="1.1", title=TEMPLATE[1][1], items=[
        Item(label="Provider name", value=p.name, origin="policy", fill_in=PROVIDER.format("name")),
        Item(label="Provider contact details", value=p.contact, origin="policy", fill_in=PROVIDER.format("contact")),
        Item(label="Authorised representative (if the provider is established outside the EU)",
             value=p.authorised_representative, origin="policy",
             fill_in=PROVIDER.format("authorised_representative"))])
    name = " ".join(x for x in (p.model_name, p.model_version) if x) or None
    base = rec.base_model
    dep = None
    if base.get("name"):
        dep = (f"fine-tuned from {base.get('name')} (source {base.get('source') or 'not recorded'}, revision "
               f"{base.get('revision') or 'not recorded'}, sha256 {base.get('sha256') or 'not computed'})")
    summary_url = f.base.declared.summary_url if f.base else None
    s12 = Section(id="1.2", title=TEMPLATE[2][1], items=[
        Item(label="Versioned model name", value=name, origin="policy",
             fill_in=PROVIDER.format("model_name and model_version")),
        Item(label="Model dependencies (the general-purpose model this one modifies)", value=dep,
             note="this summary covers the training content of the modification (this run); the base model's own "
                  "summary covers its training"),
        Item(label="Where the base model's own summary is published", value=summary_url, origin="manifest",
             fill_in=MANIFEST.format("summary_url", base.get("name") or "(the base model)")),
        Item(label="Date of placement on the Union market", value=p.placed_on_market.isoformat()
             if p.placed_on_market else None, origin="policy", fill_in=PROVIDER.format("placed_on_market"))])
    mods, lack_mod = f.declared_by_source("modality")
    size_items = []
    text_tokens = 0
    counted, uncounted, undeclared, other = [], [], [], []
    for d in f.datasets:
        toks = f.dataset_tokens(d)
        if d.declared.modality is None:
            undeclared.append(d.name)
        elif d.declared.modality != "text":
            other.append(d.name)
        elif toks is None:
            uncounted.append(f"{d.name} ({fmt_int(f.records(d))} records)")
        else:
            counted.append(d.name)
            text_tokens += toks
    if counted:
        size_items.append(Item(
            label="Training data size: text", value=f"{band('text', text_tokens)} ({text_tokens:,} tokens of "
            f"{', '.join(counted)}, as the stages' tokenizers counted them)", origin="derived",
            note=(f"not counted, since their trainer tokenizes on the fly: {', '.join(uncounted)}"
                  if uncounted else None)))
    elif uncounted:
        size_items.append(Item(label="Training data size: text", value=None, note="the run did not count these "
                               f"datasets' tokens (their trainer tokenizes on the fly): {', '.join(uncounted)}"))
    if other:
        size_items.append(Item(label="Training data size: " + ", ".join(other), value=None,
                               note="the run measures only text it tokenized; give the size of image, audio or "
                                    "video data in the template's band"))
    if undeclared:
        size_items.append(Item(label="Training data size: " + ", ".join(undeclared), value=None,
                               fill_in=MANIFEST.format("modality", ", ".join(undeclared)),
                               note="the modality is not declared, so no band applies"))
    acquired = [d.declared.acquired for d in f.datasets if d.declared.acquired]
    _, lack_acq = f.declared_by_source("acquired")
    langs = sorted({lang for d in f.datasets for lang in d.declared.languages})
    _, lack_lang = f.declared_by_source("languages")
    types_, lack_types = f.declared_by_source("description")
    s13 = Section(id="1.3", title=TEMPLATE[3][1], items=[
        Item(label="Modalities", value=join(sorted({m.split(": ", 1)[1] for m in mods})) if not lack_mod else None,
             origin="manifest", fill_in=MANIFEST.format("modality", ", ".join(lack_mod)) if lack_mod else None,
             note=("declared: " + "; ".join(mods)) if mods and lack_mod else None),
        *size_items,
        Item(label="Types of content", value="; ".join(types_) if types_ and not lack_types else None,
             origin="manifest",
             fill_in=MANIFEST.format("description", ", ".join(lack_types)) if lack_types else None,
             note=("declared: " + "; ".join(types_)) if types_ and lack_types else None),
        Item(label="Latest date of data acquisition", value=max(acquired).isoformat() if acquired and not lack_acq
             else None, origin="manifest", fill_in=MANIFEST.format("acquired", ", ".join(lack_acq)) if lack_acq
             else None, note=(f"latest declared: {max(acquired).isoformat()}" if acquired and lack_acq else None)),
        Item(label="Languages", value=join(langs) if not lack_lang else None, origin="manifest",
             fill_in=MANIFEST.format("languages", ", ".join(lack_lang)) if lack_lang else None,
             note=(f"declared: {join(langs)}" if langs and lack_lang else None)),
        Item(label="Datasets trained on", value=join(f"{d.name} ({fmt_int(f.records(d))} records)"
                                                     for d in f.datasets) or "none recorded")])
    head = Section(id="1", title=TEMPLATE[0][1], items=[
        Item(label="Scope", value=f"the training content of run {rec.run_id}, started {rec.started_at}",
             note="a summary for a model trained by several runs combines their summaries")])
    return [head, s11, s12, s13]


def _data_sources(f: Facts) -> list[Section]:
    crawled = _in_category(f, ("crawled",))
    crawl_extra: list[Item] = []
    for d in crawled:
        crawl_extra += [
            Item(label=f"{d.name}: crawler and its behaviour", value=d.declared.crawler, origin="manifest",
                 fill_in=MANIFEST.format("crawler", d.name)),
            Item(label=f"{d.name}: period of collection", value=d.declared.collection_period, origin="manifest",
                 fill_in=MANIFEST.format("collection_period", d.name)),
            Item(label=f"{d.name}: most relevant domain names", value=join(d.declared.domains), origin="manifest",
                 fill_in=MANIFEST.format("domains", d.name))]
    synth_extra = [Item(label=f"{d.name}: generating model", value=d.declared.generator_model, origin="manifest",
                        fill_in=MANIFEST.format("generator_model", d.name))
                   for d in _in_category(f, ("synthetic",))]
    return [
        Section(id="2", title=TEMPLATE[4][1], items=[Item(
            label="Sources by category", value=join(f"{d.name}: {d.declared.collection} (template "
                                                    f"{TEMPLATE_SECTION[d.declared.collection]})"
                                                    for d in f.datasets if d.declared.collection) or None,
            origin="manifest", fill_in="the manifest, field collection of each dataset")]),
        Section(id="2.1", title=TEMPLATE[5][1], items=_sources(f, ("public",), "Publicly available datasets")),
        Section(id="2.2", title=TEMPLATE[6][1], items=[
            *_sources(f, ("licensed",), "Datasets commercially licensed by rightsholders (2.2.1)"),
            *_sources(f, ("third_party",), "Private datasets obtained from other third parties (2.2.2)")]),
        Section(id="2.3", title=TEMPLATE[7][1], items=_sources(f, ("crawled",), "Crawled or scraped data",
                                                                crawl_extra)),
        Section(id="2.4", title=TEMPLATE[8][1], items=_sources(f, ("user",), "User data")),
        Section(id="2.5", title=TEMPLATE[9][1], items=_sources(f, ("synthetic",), "Synthetic data", synth_extra)),
        Section(id="2.6", title=TEMPLATE[10][1], items=_sources(f, ("other",), "Other sources of data")),
    ]


def _processing(f: Facts) -> list[Section]:
    p = f.provider
    tdm = [Item(label=f"{d.name}: opt-outs respected", value=(
        (yes_no(d.declared.tdm_opt_out_respected) or "") + (f"; {d.declared.tdm_opt_out_measures}"
                                                            if d.declared.tdm_opt_out_measures else "")) or None,
        origin="manifest", fill_in=MANIFEST.format("tdm_opt_out_respected (and tdm_opt_out_measures)", d.name))
        for d in f.datasets]
    lic = [f"{d.name}: {d.license or 'no licence declared'}"
           + (f", {(f.licence_entry(d.name) or {}).get('verdict')}" if f.licence_entry(d.name) else "")
           for d in f.datasets]
    illegal = [Item(label=f"{d.name}: measures", value=d.declared.illegal_content_measures, origin="manifest",
                    fill_in=MANIFEST.format("illegal_content_measures", d.name)) for d in f.datasets]
    pii = f.pii_lines()
    return [
        Section(id="3", title=TEMPLATE[11][1], items=[
            Item(label="Processing before training", value="personal data scrubbed by the PII gate; licences and "
                 "provenance checked by the licence gate" if f.pii else None,
                 note=None if f.pii else "the PII gate did not run")]),
        Section(id="3.1", title=TEMPLATE[12][1], items=[
            Item(label="Signatory of the Code of Practice (copyright chapter)",
                 value=yes_no(p.code_of_practice_signatory), origin="policy",
                 fill_in=PROVIDER.format("code_of_practice_signatory")),
            Item(label="Copyright policy and general measures to respect reservations of rights",
                 value=p.copyright_policy, origin="policy", fill_in=PROVIDER.format("copyright_policy")),
            *tdm,
            Item(label="Licences checked before training", value="; ".join(lic) or None,
                 note="the licence gate checks declared licences; it cannot see opt-outs (robots.txt, metadata) at "
                      "the time the data was collected")]),
        Section(id="3.2", title=TEMPLATE[13][1], items=[
            Item(label="General measures", value=p.illegal_content_measures, origin="policy",
                 fill_in=PROVIDER.format("illegal_content_measures")), *illegal]),
        Section(id="3.3", title=TEMPLATE[14][1], items=[
            *[Item(label="Personal data removed before training", value=line) for line in pii],
            *([Item(label="Personal data removed before training", value=None,
                    note="the PII gate did not run: the data was not scrubbed")] if not pii else []),
            Item(label="Other information from the provider (optional)", value=p.other_information,
                 origin="policy", fill_in=PROVIDER.format("other_information"))]),
    ]


def sections(f: Facts) -> list[Section]:
    return _general(f) + _data_sources(f) + _processing(f)


LIMITS = [
    "How each dataset was obtained, its languages, dates and opt-outs are as declared in the manifest: the tool "
    "cannot check them.",
    "Sizes: the run counts tokens of text it tokenized; it measures no image, audio or video data.",
    "The tool does not detect illegal content; section 3.2 is as declared.",
    "The summary must be published by the provider when the model is placed on the market (Art. 53(1)(d)).",
]
