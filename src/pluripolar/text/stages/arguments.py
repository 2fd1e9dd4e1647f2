"""Arguments: the actors each trigger relates, by their syntactic roles, paired, directed and dated."""
from __future__ import annotations

from ..relations import Context, build
from ..stage import Document, Sentence, Stage


def context(d: Document, s: Sentence) -> Context:
    """What argument linking reads besides the trigger: the sentence's actors, dates and triggers by
    predicate, and what the document has said so far (last organisation, topic, decider, focus)."""
    by_predicate: dict[str, set[int]] = {}
    for t in s.triggers:
        by_predicate.setdefault(t.predicate, set()).add(t.token.i)
    memory = d.memory
    return Context(s.span, s.actors, s.dates, d.tools.gazetteer.kind, memory.igos[-1] if memory.igos else None,
                   {p: frozenset(ids) for p, ids in by_predicate.items()}, memory.topic(), memory.decider,
                   memory.focus(), d.article and d.article.isoformat())


def run(d: Document, s: Sentence | None) -> None:
    """Each trigger's candidate relations (none for a hypothetical one)."""
    assert s is not None
    s.context = context(d, s)
    s.arguments = [build(t, s.context, m) for t, m in zip(s.triggers, s.moods)]


STAGE = Stage("arguments", "sentence", frozenset({"span", "actors", "dates", "triggers", "moods", "memory",
                                                  "article", "tools"}),
              frozenset({"context", "arguments"}), run,
              "link each trigger to the actors its parse relates, and date it")
