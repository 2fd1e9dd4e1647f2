"""The relation ontology, read once from its data files; every other module asks it.

`predicates.toml` holds the 14 relation predicates of the shared annotation guide, `events.toml` the
event predicates for the PLOVER 2.0 types those do not cover, `plover.csv` the PLOVER types (quad class,
PLOVER score, modes) and `cameo.csv` the one CAMEO → PLOVER type/mode → predicate mapping with each
code's Goldstein weight, read by text extraction and the GDELT loader alike.
"""
from __future__ import annotations

import csv
import io
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from ..errors import UnknownPredicate


@dataclass(frozen=True)
class Codes:
    """Event codes for one predicate in one status."""

    plover: str | None
    plover_mode: str | None
    cameo: str | None


@dataclass(frozen=True)
class Predicate:
    """One relation type: its direction, statuses, attributes and event codes."""

    name: str
    label: str
    symmetric: bool
    description: str
    statuses: tuple[str, ...]
    default_status: str | None
    attributes: tuple[str, ...]
    object_required: bool
    plover_context: str | None
    codes: Codes
    by_status: dict[str, Codes] = field(default_factory=dict)
    kind: str = "relation"  # relation (annotation guide) | event (further PLOVER types)
    quad: str | None = None  # the quad class of its PLOVER type
    intensity: float | None = None  # the Goldstein weight of its CAMEO code
    cameo_codes: tuple[str, ...] = ()  # every CAMEO code cameo.csv maps to it
    plover_modes: tuple[str, ...] = ()  # the modes its PLOVER type allows
    recipient: bool = True  # whether the PLOVER type requires a recipient
    examples: tuple[str, ...] = ()

    def codes_for(self, status: str | None) -> Codes:
        """Event codes for a status; the predicate's own codes when the status has none."""
        return self.by_status.get(status or "", self.codes)


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code mapped to PLOVER 2.0 and the ontology (a row of `cameo.csv`)."""

    code: str
    label: str
    plover: str | None
    plover_mode: str | None
    predicate: str | None
    status: str | None
    actor: str  # which CAMEO actor is the PLOVER actor: "1", or "2" for 043 "Host a visit"
    goldstein: float | None
    quad: str | None


@dataclass(frozen=True)
class PloverType:
    """A PLOVER 2.0 event type: its quad class, PLOVER score and modes (manual, tables 2 and 4)."""

    name: str
    quad: str
    score: float
    modes: tuple[str, ...]


@dataclass(frozen=True)
class Ontology:
    """The predicates with the vocabularies their attributes use."""

    version: str
    predicates: dict[str, Predicate]
    ends: frozenset[str]
    sectors: tuple[str, ...]
    claim_measures: tuple[str, ...]
    sanction_instruments: tuple[str, ...]
    guide: frozenset[str] = frozenset()  # the annotation guide's predicates (the scorer's)
    cameo: dict[str, CameoCode] = field(default_factory=dict)
    plover: dict[str, PloverType] = field(default_factory=dict)

    def events(self) -> list[Predicate]:
        """The event predicates (PLOVER types beyond the annotation guide's 14)."""
        return [p for p in self.predicates.values() if p.kind == "event"]

    def code(self, cameo: str | None) -> CameoCode | None:
        """The mapping of a CAMEO code; a code missing from the codebook counts as its three-, then
        two-digit parent (the cue category)."""
        c = (cameo or "").strip()
        return next((self.cameo[k] for k in (c, c[:3], c[:2]) if k in self.cameo), None) if c else None

    def intensity(self, cameo: str | None) -> float | None:
        """The Goldstein weight of a CAMEO code (of its nearest parent the table weighs)."""
        c = (cameo or "").strip()
        for k in (c, c[:3], c[:2]):
            if k in self.cameo and self.cameo[k].goldstein is not None:
                return self.cameo[k].goldstein
        return None

    def get(self, name: str) -> Predicate:
        """The predicate called `name`, or an error listing the valid names."""
        try:
            return self.predicates[name]
        except KeyError:
            raise UnknownPredicate(
                f"unknown predicate {name!r}; expected one of: {', '.join(self.predicates)}"
            ) from None

    def is_symmetric(self, name: str) -> bool:
        return self.get(name).symmetric

    def direction(self, status: str | None, negated: bool = False) -> int:
        """+1 when a relation holds or starts, -1 when it ends; negation flips it."""
        d = -1 if (status or "").lower() in self.ends else 1
        return -d if negated else d

    def canonical_pair(self, predicate: str, subject: str, obj: str | None) -> tuple[str, str | None]:
        """Order a symmetric pair alphabetically; directed pairs stay as given."""
        if obj is not None and self.is_symmetric(predicate) and obj < subject:
            return obj, subject
        return subject, obj


def _codes(d: dict[str, Any], fallback: Codes | None = None) -> Codes:
    base = fallback or Codes(None, None, None)
    return Codes(
        plover=d.get("plover", base.plover),
        plover_mode=d.get("plover_mode", None if "plover" in d else base.plover_mode),
        cameo=d.get("cameo", base.cameo),
    )


def _validate(data: dict[str, Any]) -> None:
    for name, p in data["predicates"].items():
        for key in ("label", "symmetric", "description", "statuses", "attributes"):
            if key not in p:
                raise ValueError(f"ontology: predicate {name!r} lacks {key!r}")
        default = p.get("default_status")
        if default and default not in p["statuses"]:
            raise ValueError(f"ontology: {name}.default_status {default!r} is not one of its statuses")
        for status in p.get("by_status", {}):
            if status not in p["statuses"]:
                raise ValueError(f"ontology: {name}.by_status has unknown status {status!r}")


def _text(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def cameo_rows() -> list[dict[str, str]]:
    """The rows of `cameo.csv` as text, with each code's quad class added (for SQL VALUES lists)."""
    types = {r["type"]: r["quad"] for r in csv.DictReader(io.StringIO(_text("plover.csv")))}
    return [{**r, "quad": types.get(r["plover"], "")} for r in csv.DictReader(io.StringIO(_text("cameo.csv")))]


def _cameo(types: dict[str, PloverType]) -> dict[str, CameoCode]:
    out = {}
    for r in cameo_rows():
        if r["plover"] and r["plover"] not in types:
            raise ValueError(f"ontology: cameo.csv code {r['code']} has unknown PLOVER type {r['plover']!r}")
        out[r["code"]] = CameoCode(r["code"], r["label"], r["plover"] or None, r["plover_mode"] or None,
                                   r["predicate"] or None, r["status"] or None, r["actor"] or "1",
                                   float(r["goldstein"]) if r["goldstein"] else None, r["quad"] or None)
    return out


def _plover_types() -> dict[str, PloverType]:
    return {r["type"]: PloverType(r["type"], r["quad"], float(r["score"]), tuple(filter(None, r["modes"].split("|"))))
            for r in csv.DictReader(io.StringIO(_text("plover.csv")))}


def _events(data: dict[str, Any], cameo: dict[str, CameoCode], types: dict[str, PloverType]) -> dict[str, Predicate]:
    """The event predicates of `events.toml`, checked against the CAMEO mapping."""
    out = {}
    for name, p in data["predicates"].items():
        if p["plover"] not in types:
            raise ValueError(f"ontology: event predicate {name!r} has unknown PLOVER type {p['plover']!r}")
        own = cameo.get(p["cameo"])
        if own is None or own.predicate != name:
            raise ValueError(f"ontology: event predicate {name!r}: cameo.csv does not map {p['cameo']!r} to it")
        out[name] = Predicate(
            name=name, label=p["label"], symmetric=bool(p["symmetric"]), description=p["description"],
            statuses=(), default_status=None, attributes=(), object_required=True, plover_context=None,
            codes=Codes(p["plover"], None, p["cameo"]), kind="event",
            quad=types[p["plover"]].quad, intensity=own.goldstein,
            cameo_codes=tuple(c.code for c in cameo.values() if c.predicate == name),
            plover_modes=types[p["plover"]].modes, recipient=bool(p["recipient"]),
            examples=tuple(p.get("examples", ())))
    return out


@cache
def load() -> Ontology:
    """The ontology shipped with pluripolar (validated on first load, then cached)."""
    data = tomllib.loads(_text("predicates.toml"))
    _validate(data)
    types = _plover_types()
    cameo = _cameo(types)
    predicates = {}
    for name, p in data["predicates"].items():
        own = _codes(p)
        plover = types.get(own.plover or "")
        predicates[name] = Predicate(
            name=name,
            label=p["label"],
            symmetric=bool(p["symmetric"]),
            description=p["description"],
            statuses=tuple(p["statuses"]),
            default_status=p.get("default_status"),
            attributes=tuple(p["attributes"]),
            object_required=bool(p.get("object_required", True)),
            plover_context=p.get("plover_context"),
            codes=own,
            by_status={s: _codes(c, own) for s, c in p.get("by_status", {}).items()},
            quad=plover.quad if plover else None,
            intensity=cameo[own.cameo].goldstein if own.cameo in cameo else None,
            cameo_codes=tuple(c.code for c in cameo.values() if c.predicate == name),
            plover_modes=plover.modes if plover else (),
        )
    guide = frozenset(predicates)
    events = _events(tomllib.loads(_text("events.toml")), cameo, types)
    if clash := guide & set(events):
        raise ValueError(f"ontology: event predicates reuse relation names: {', '.join(sorted(clash))}")
    predicates.update(events)
    if unknown := {c.predicate for c in cameo.values() if c.predicate} - set(predicates):
        raise ValueError(f"ontology: cameo.csv maps to unknown predicates: {', '.join(sorted(unknown))}")
    return Ontology(
        version=data["version"],
        predicates=predicates,
        ends=frozenset(data["ends"]),
        sectors=tuple(data["sectors"]),
        claim_measures=tuple(data["claim_measures"]),
        sanction_instruments=tuple(data["sanction_instruments"]),
        guide=guide,
        cameo=cameo,
        plover=types,
    )


def markdown(onto: Ontology | None = None) -> str:
    """The ontology as a Markdown reference (docs/ontology.md is this text; a test keeps them equal)."""
    o = onto or load()
    lines = [f"# The relation ontology (version {o.version})", "",
             "Generated from `src/pluripolar/ontology/` (`predicates.toml`, `events.toml`, `plover.csv`, "
             "`cameo.csv`) by `pluripolar.ontology.markdown()`.", "",
             "## Relation predicates (the annotation guide's)", "",
             "| predicate | direction | statuses | attributes | PLOVER (mode) | CAMEO | quad class | intensity | meaning |",
             "|---|---|---|---|---|---|---|---|---|"]
    for p in o.predicates.values():
        if p.kind != "relation":
            continue
        codes = [(s, p.codes_for(s)) for s in (None, *p.by_status)]
        plover = "; ".join(f"{s + ': ' if s else ''}{c.plover or '–'}{f' ({c.plover_mode})' if c.plover_mode else ''}"
                           for s, c in codes)
        cameo = "; ".join(f"{s + ': ' if s else ''}{c.cameo}" for s, c in codes)
        lines.append(f"| `{p.name}` | {_direction(p)} | "
                     f"{', '.join(p.statuses) or '–'} | {', '.join(p.attributes) or '–'} | {plover} | {cameo} | "
                     f"{_quad(p.quad)} | {_num(p.intensity)} | {p.description} |")
    lines += ["", f"Statuses that end a relation: {', '.join(sorted(o.ends))}; `negated` flips the direction.",
              f"Sectors: {', '.join(o.sectors)}.", f"Claim measures: {', '.join(o.claim_measures)}.", "",
              "## Event predicates (further PLOVER 2.0 types)", "",
              "The PLOVER 2.0 event types, or parts of types, that the relation predicates do not cover. The "
              "shared annotation guide does not define them, so its scorer leaves them out. Intensity is the "
              "Goldstein weight of the predicate's CAMEO code (the published CAMEO Goldstein table, "
              "`CAMEO.goldsteinscale.txt` of GDELT after Goldstein 1992); each extracted or loaded event "
              "carries the weight of its own code. PLOVER score: the manual's score of the type.", "",
              "| predicate | PLOVER type | modes | direction | recipient | quad class | intensity | PLOVER score | CAMEO codes |",
              "|---|---|---|---|---|---|---|---|---|"]
    for p in o.events():
        plover = o.plover[p.codes.plover or ""]
        lines.append(f"| `{p.name}` | {plover.name} | {', '.join(p.plover_modes) or '–'} | {_direction(p)} | "
                     f"{'required' if p.recipient else 'optional'} | {_quad(p.quad)} | {_num(p.intensity)} "
                     f"({p.codes.cameo}) | {_num(plover.score)} | {', '.join(p.cameo_codes)} |")
    lines.append("")
    for p in o.events():
        lines += [f"### `{p.name}`: {p.label}", "", p.description, "",
                  *(f"- {e}" for e in p.examples), ""]
    lines += ["## CAMEO codes", "",
              "`cameo.csv` maps each CAMEO code to its PLOVER type and mode (the manual's translation of the "
              "cue categories: 01 and 02 dropped, 08 split into CONCEDE 080–083 and RETREAT 084–087, 18–20 "
              "ASSAULT) and to the predicate it asserts; text extraction, the GDELT loader and `scale gdelt` "
              "all read it. Codes per quad class:", ""]
    for quad in dict.fromkeys(t.quad for t in o.plover.values()):
        codes = [c.code for c in o.cameo.values() if c.quad == quad]
        lines.append(f"- {_quad(quad)}: {len(codes)} codes ({codes[0]} … {codes[-1]})")
    lines.append("")
    return "\n".join(lines)


def _direction(p: Predicate) -> str:
    return "symmetric" if p.symmetric else "directed"


def _quad(quad: str | None) -> str:
    return quad.replace("_", " ") if quad else "–"


def _num(x: float | None) -> str:
    return "–" if x is None else f"{x:+g}"
