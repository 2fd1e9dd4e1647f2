"""The relation ontology, read once from `predicates.toml`; every other module asks it."""
from __future__ import annotations

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

    def codes_for(self, status: str | None) -> Codes:
        """Event codes for a status; the predicate's own codes when the status has none."""
        return self.by_status.get(status or "", self.codes)


@dataclass(frozen=True)
class Ontology:
    """The predicates with the vocabularies their attributes use."""

    version: str
    predicates: dict[str, Predicate]
    ends: frozenset[str]
    sectors: tuple[str, ...]
    claim_measures: tuple[str, ...]
    sanction_instruments: tuple[str, ...]

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


@cache
def load() -> Ontology:
    """The ontology shipped with pluripolar (validated on first load, then cached)."""
    text = resources.files(__package__).joinpath("predicates.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    _validate(data)
    predicates = {}
    for name, p in data["predicates"].items():
        own = _codes(p)
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
        )
    return Ontology(
        version=data["version"],
        predicates=predicates,
        ends=frozenset(data["ends"]),
        sectors=tuple(data["sectors"]),
        claim_measures=tuple(data["claim_measures"]),
        sanction_instruments=tuple(data["sanction_instruments"]),
    )


def markdown(onto: Ontology | None = None) -> str:
    """The ontology as a Markdown reference (docs/ontology.md is this text; a test keeps them equal)."""
    o = onto or load()
    lines = [f"# The relation ontology (version {o.version})", "",
             "Generated from `src/pluripolar/ontology/predicates.toml` by `pluripolar.ontology.markdown()`.",
             "", "| predicate | direction | statuses | attributes | PLOVER (mode) | CAMEO | meaning |",
             "|---|---|---|---|---|---|---|"]
    for p in o.predicates.values():
        codes = [(s, p.codes_for(s)) for s in (None, *p.by_status)]
        plover = "; ".join(f"{s + ': ' if s else ''}{c.plover or '–'}{f' ({c.plover_mode})' if c.plover_mode else ''}"
                           for s, c in codes)
        cameo = "; ".join(f"{s + ': ' if s else ''}{c.cameo}" for s, c in codes)
        lines.append(f"| `{p.name}` | {'symmetric' if p.symmetric else 'directed'} | "
                     f"{', '.join(p.statuses) or '–'} | {', '.join(p.attributes) or '–'} | {plover} | {cameo} | "
                     f"{p.description} |")
    lines += ["", f"Statuses that end a relation: {', '.join(sorted(o.ends))}; `negated` flips the direction.",
              f"Sectors: {', '.join(o.sectors)}.", f"Claim measures: {', '.join(o.claim_measures)}.", ""]
    return "\n".join(lines)
