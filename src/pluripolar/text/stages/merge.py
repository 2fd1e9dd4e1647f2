"""Merge: the document's candidates merged into relations, one per fact, with their evidence."""
from __future__ import annotations

from .. import merge
from ..stage import Document, Sentence, Stage


def run(d: Document, s: Sentence | None) -> None:
    """The document's relations (duplicates merged, quotes and offsets in the original text)."""
    d.relations = merge.merge(d.text, d.doc_id, d.candidates, d.tools.name, d.tools.version,
                              d.article and d.article.isoformat(), d.latest)


STAGE = Stage("merge", "document", frozenset({"candidates", "text", "doc_id", "article", "latest", "tools"}),
              frozenset({"relations"}), run, "merge the candidates into the document's relations")
