"""One shape for every regulatory document: numbered sections of labelled items, each saying where its value
comes from, or that nobody provided it and where it would be filled in.

Markdown and JSON are two renderings of the same :class:`Document`, so what the JSON says is exactly what the
page says. A value is never made up: ``value=None`` renders as "not provided" with the field that would hold it.
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import Field

from ..schema import StrictModel

Origin = Literal["run", "manifest", "policy", "run config", "derived"]
Provenance = Literal["signed_with_run", "generated_after_run"]

NOT_PROVIDED = "not provided"


class Item(StrictModel):
    label: str = Field(description="What the law or template asks for, in its words.")
    value: str | None = Field(None, description="The answer; None: nobody provided it (shown as 'not provided').")
    origin: Origin = Field("run", description="run: measured or recorded by the run; manifest, policy, run "
                           "config: declared by people there; derived: worked out from those (the note says how).")
    fill_in: str | None = Field(None, description="Where a person provides it: file and field.")
    note: str | None = Field(None, description="A limit or an explanation.")


class Section(StrictModel):
    id: str = Field(description="The section's number in the law or template, e.g. '2.3' or '(a)(7)'.")
    title: str
    items: list[Item] = Field(default_factory=list)


class Document(StrictModel):
    kind: str = Field(description="eu-summary, compute, gdpr-art30, ccpa-deidentified or ab2013.")
    title: str
    law: str = Field(description="The provision the document answers.")
    run_id: str
    run_status: str = Field(description="The run's status: completed, blocked, failed, crashed or running.")
    releasable: bool
    generated_at: str
    generator: str = Field(description="Tool name and version.")
    provenance: Provenance = Field(description="signed_with_run: written by the run into its folder and covered "
                                   "by its signature; generated_after_run: made later from the signed report, and "
                                   "not signed itself.")
    provenance_note: str
    sections: list[Section] = Field(default_factory=list)
    limits: list[str] = Field(default_factory=list, description="What the tool cannot know or show here.")

    def missing(self) -> list[str]:
        """``section: label`` of every item nobody provided."""
        return [f"{s.id} {s.title}: {i.label}" for s in self.sections for i in s.items if i.value is None]

    def section_ids(self) -> list[str]:
        return [s.id for s in self.sections]


def render_json(doc: Document) -> str:
    body = doc.model_dump(mode="json")
    body["missing"] = doc.missing()
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


def _md(text: str) -> str:
    """Text from people's config files as inert Markdown: one line, no raw HTML."""
    return " ".join(str(text).split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_markdown(doc: Document) -> str:
    head = "SIGNED WITH THE RUN" if doc.provenance == "signed_with_run" else "GENERATED AFTER THE RUN, NOT SIGNED"
    out = [f"# {_md(doc.title)}", "",
           f"*{_md(doc.law)}*", "",
           f"> **{head}.** {_md(doc.provenance_note)}", ">",
           f"> Run `{_md(doc.run_id)}`: {_md(doc.run_status)}; model releasable: {'yes' if doc.releasable else 'no'}. "
           f"Generated {_md(doc.generated_at)} by {_md(doc.generator)}.", ""]
    if not doc.releasable:
        out += ["> **The run's model is not releasable**: this document describes the run as it was; it supports no "
                "release.", ""]
    for s in doc.sections:
        depth = "##" if "." not in s.id and not s.id.startswith("(") else "###"
        out += [f"{depth} {_md(s.id)} {_md(s.title)}".rstrip(), ""]
        for i in s.items:
            if i.value is None:
                where = f" (set it in {_md(i.fill_in)})" if i.fill_in else ""
                line = f"- **{_md(i.label)}**: *{NOT_PROVIDED}*{where}"
            else:
                tag = "" if i.origin == "run" else f" _({i.origin})_"
                line = f"- **{_md(i.label)}**: {_md(i.value)}{tag}"
            if i.note:
                line += f"  \n  {_md(i.note)}"
            out.append(line)
        out.append("")
    missing = doc.missing()
    out += ["## Not provided", ""]
    out += [f"- {_md(m)}" for m in missing] or ["- nothing: every item above has a value"]
    out += ["", "## What this document cannot show", ""] + [f"- {_md(x)}" for x in doc.limits] + [""]
    out += ["Values marked *(manifest)*, *(policy)* or *(run config)* are as declared by people in those files; the "
            "others were recorded by the run itself.", ""]
    return "\n".join(out)
