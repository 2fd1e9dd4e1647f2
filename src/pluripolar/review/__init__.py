"""An analyst's review of what extraction proposes for a document, before anything is stored.

`flags` says which proposed relations need a second look: a date after the document's own (a
statement about the future, or a misread date), a date inferred from the document's date (the text
gives none), or a statement worded as a plan or hypothesis (data/flags.toml). `apply` takes the
analyst's decision on each proposed relation (accept, reject, or edit its subject, object, predicate,
status, date or negation) and returns the relations to store and, for each rejection and edit, a
correction recording the relation as extracted, what changed, and who decided: the extractor's
output and the analyst's edit both stay visible (store table `corrections`).
"""
from __future__ import annotations

import dataclasses
import json
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import pyarrow as pa

from ..errors import InvalidInput
from ..model import Relation

ACTIONS = ("accept", "reject", "edit")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class Decision:
    """What the analyst decided about the proposed relation at `index` (its position in the
    extractor's output): `action` accept, reject or edit, with the new values of an edit (a field left
    None keeps the extracted value; `object` "" removes the object, `date` "" the date). `expect` is
    the key (`relation_key`) of the relation the analyst saw: a mismatch means the proposal changed."""

    index: int
    action: str = "accept"
    expect: str | None = None
    subject: str | None = None
    object: str | None = None
    predicate: str | None = None
    status: str | None = None
    date: str | None = None
    negated: bool | None = None


def relation_key(rel: Relation) -> str:
    """What identifies a proposed relation to the analyst: subject, predicate, object and quote offsets."""
    first = rel.evidence[0] if rel.evidence else None
    where = f"{first.char_start}-{first.char_end}" if first else ""
    return "|".join([rel.subject, rel.predicate, rel.object or "", where])


@cache
def _future_words(language: str = "en") -> re.Pattern[str]:
    data = tomllib.loads(resources.files(__package__).joinpath("data", "flags.toml").read_text(encoding="utf-8"))
    words = sorted(data[language]["future"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


def flags(record: dict[str, Any], doc_date: str | None) -> list[dict[str, str]]:
    """Why a proposed relation (an `api.relation_record`) needs a look before it is stored: `future`
    (dated after the document), `inferred` (dated by the document, the text gives no date), `hedged`
    (its sentence speaks of a plan, expectation or hypothesis); each with a sentence saying why."""
    out = []
    date = record.get("date")
    if date and doc_date and str(date)[:len(str(doc_date))] > str(doc_date)[:len(str(date))]:
        out.append({"flag": "future", "why": f"dated {date}, after the document's date {doc_date}"})
    if (record.get("attrs") or {}).get("date_inferred"):
        out.append({"flag": "inferred", "why": f"the text gives no date; {date} is the document's date"})
    words = _future_words().findall(record.get("sentence") or record.get("quote") or "")
    if words:
        said = ", ".join(dict.fromkeys(w.lower() for w in words))
        out.append({"flag": "hedged", "why": f"worded as a plan, expectation or hypothesis ({said}): "
                                             "it may not have happened"})
    return out


def decisions(raw: Sequence[dict[str, Any]]) -> list[Decision]:
    """Decisions from JSON objects; a bad field is an InvalidInput naming it."""
    out = []
    for i, item in enumerate(raw):
        unknown = set(item) - {f.name for f in dataclasses.fields(Decision)}
        if unknown:
            raise InvalidInput(f"review item {i}: unknown field(s) {', '.join(sorted(unknown))}")
        if not isinstance(item.get("index"), int) or isinstance(item.get("index"), bool):
            raise InvalidInput(f"review item {i}: `index` must be the relation's position (an integer)")
        if item.get("action", "accept") not in ACTIONS:
            raise InvalidInput(f"review item {i}: action must be one of {', '.join(ACTIONS)}")
        out.append(Decision(**item))
    return out


def apply(rels: Sequence[Relation], review: Sequence[Decision], *, analyst: str | None = None
          ) -> tuple[list[Relation], list[dict[str, Any]]]:
    """The relations to store after the analyst's `review` of the extractor's `rels` (a relation
    without a decision is accepted), and one correction per rejection or edit: {relation (as stored,
    None when rejected), action, extracted (the extractor's record), changes, extractor,
    extractor_version, analyst}. A decision about a relation that is not (or no longer) proposed is
    an InvalidInput."""
    from ..records import relation_record

    by_index: dict[int, Decision] = {}
    for d in review:
        if not 0 <= d.index < len(rels):
            raise InvalidInput(f"review names relation {d.index}, but {len(rels)} were proposed; preview again")
        if d.expect is not None and d.expect != relation_key(rels[d.index]):
            raise InvalidInput(f"relation {d.index} is no longer the one reviewed; preview again")
        if d.index in by_index:
            raise InvalidInput(f"relation {d.index} is reviewed twice")
        by_index[d.index] = d
    kept, corrections = [], []
    for i, rel in enumerate(rels):
        d = by_index.get(i, Decision(i))
        if d.action == "accept":
            kept.append(rel)
            continue
        edited, changes = (None, None) if d.action == "reject" else _edit(rel, d)
        if d.action == "edit" and not changes:
            kept.append(rel)
            continue
        if edited is not None:
            kept.append(edited)
        first = rel.evidence[0] if rel.evidence else None
        corrections.append({"relation": edited, "action": "rejected" if edited is None else "edited",
                            "extracted": relation_record(rel), "changes": changes,
                            "extractor": first.extractor if first else None,
                            "extractor_version": first.extractor_version if first else None,
                            "analyst": (analyst or "").strip() or None})
    return kept, corrections


def _edit(rel: Relation, d: Decision) -> tuple[Relation, dict[str, list[Any]]]:
    """`rel` with the decision's new values, checked, and {field: [old, new]} for what changed."""
    from ..actors.kb import kb
    from ..ontology import load

    onto = load()
    new: dict[str, Any] = {}
    for field in ("subject", "object"):
        value = getattr(d, field)
        if value is None:
            continue
        value = value.strip()
        if not value and field == "object":
            new[field] = None
            continue
        found = kb().normalize_id(value) if value else None
        if not found:
            raise InvalidInput(f"relation {d.index}: no actor is known as {value!r} ({field})")
        new[field] = found
    predicate = onto.get(d.predicate.strip()) if d.predicate else onto.get(rel.predicate)
    if d.predicate:
        new["predicate"] = predicate.name
    status = rel.status if d.status is None else (d.status.strip() or None)
    if status and predicate.statuses and status not in predicate.statuses:
        raise InvalidInput(f"relation {d.index}: status {status!r} is not one of {predicate.name}'s: "
                           f"{', '.join(predicate.statuses)}")
    if d.date is not None:
        date = d.date.strip() or None
        if date and not _DATE.match(date):
            raise InvalidInput(f"relation {d.index}: date {d.date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        new["date"] = date
    if d.negated is not None:
        new["negated"] = bool(d.negated)
    changes = {k: [getattr(rel, k), v] for k, v in new.items() if getattr(rel, k) != v}
    if status != rel.status:
        changes["status"] = [rel.status, status]
    if not changes:
        return rel, {}
    attrs = {k: v for k, v in rel.attrs.items() if k != "status" and not (k == "date_inferred" and "date" in changes)}
    if status:
        attrs["status"] = status
    codes_change = "predicate" in changes or "status" in changes
    edited = dataclasses.replace(rel, **{k: v for k, v in new.items() if k in changes}, attrs=attrs,
                                 **({"plover": None, "plover_mode": None, "cameo": None} if codes_change else {}))
    if edited.object is None and predicate.object_required:
        raise InvalidInput(f"relation {d.index}: {predicate.name} needs an object")
    return edited, changes


CORRECTION_SCHEMA = pa.schema([("subject", pa.string()), ("predicate", pa.string()), ("object", pa.string()),
                               ("date", pa.string()), ("negated", pa.bool_()), ("action", pa.string()),
                               ("extracted", pa.string()), ("changes", pa.string()), ("extractor", pa.string()),
                               ("extractor_version", pa.string()), ("analyst", pa.string())])


def correction_table(corrections: Sequence[dict[str, Any]]) -> pa.Table:
    """`corrections` (see `apply`) as the rows `Store.add_document` stores beside the document: an edit
    names the stored relation by its subject, predicate, object, date and negation."""
    rows = []
    for c in corrections:
        rel = c["relation"]
        rows.append({"subject": rel.subject if rel else None, "predicate": rel.predicate if rel else None,
                     "object": rel.object if rel else None, "date": rel.date if rel else None,
                     "negated": rel.negated if rel else None, "action": c["action"],
                     "extracted": json.dumps(c["extracted"], ensure_ascii=False, default=str),
                     "changes": json.dumps(c["changes"], ensure_ascii=False, default=str) if c["changes"] else None,
                     "extractor": c["extractor"], "extractor_version": c["extractor_version"],
                     "analyst": c["analyst"]})
    return pa.Table.from_pylist(rows, schema=CORRECTION_SCHEMA)
