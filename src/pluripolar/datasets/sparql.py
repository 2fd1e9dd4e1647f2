"""SPARQL query results in the W3C JSON format (what the Wikidata endpoint returns with format=json),
read as a CSV table of their bindings so the loader reads them like any other dataset file.

The format: {"head": {"vars": [...]}, "results": {"bindings": [{var: {"type", "value", ...}}, ...]}};
a variable a row does not bind is empty. Columns are the head's vars, in order; each cell is the
binding's `value` (an IRI, a literal's lexical form, a blank node's label).
"""
from __future__ import annotations

import csv
import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import InvalidInput


def is_json(path: Path) -> bool:
    """Whether the file starts (after white space and a BOM) with a JSON object."""
    with open(path, "rb") as f:
        head = f.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{")


def rows(path: Path, shown_as: Path) -> tuple[list[str], list[list[str]]]:
    """(vars, rows of values) of a SPARQL JSON results file, or one clear error."""
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        names = doc["head"]["vars"]
        bindings = doc["results"]["bindings"]
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names) or not isinstance(bindings, list):
            raise TypeError
        return names, [[(b.get(n) or {}).get("value", "") for n in names] for b in bindings]
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise InvalidInput(f"{shown_as}: not valid JSON; expected SPARQL query results (format=json)") from None
    except (KeyError, TypeError, AttributeError):
        raise InvalidInput(f"{shown_as}: JSON but not SPARQL query results: expected "
                           '{"head": {"vars": [...]}, "results": {"bindings": [...]}}') from None


@contextmanager
def tabular(path: Path, shown_as: Path) -> Iterator[Path]:
    """The file as a CSV the loader can read: a SPARQL JSON results file converted (to a temporary
    file, for as long as the context lasts); any other file as it is."""
    if not is_json(path):
        yield path
        return
    names, values = rows(path, shown_as)
    with tempfile.TemporaryDirectory(prefix="pluripolar-") as tmp:
        out = Path(tmp) / (path.stem + ".csv")
        with open(out, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(names)
            w.writerows(values)
        yield out
