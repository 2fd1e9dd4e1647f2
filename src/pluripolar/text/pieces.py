"""Long inputs cut into pieces the parser and the rules handle in bounded time and memory.

spaCy refuses a text over `nlp.max_length` (1,000,000 characters), and its memory grows with the text
parsed at once (about 1 KB a token); the rules' work for a trigger grows with the length of its
sentence, so one "sentence" of 50,000 characters (a list, a table, text without full stops) ran for
minutes. Texts up to `PIECE_CHARS` and sentences up to `MAX_SENTENCE` tokens are left whole, so
what normal text gives does not change.
"""
from __future__ import annotations

from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc, Span

PIECE_CHARS = 100_000  # a longer text is parsed piece by piece (cut at line breaks)
MAX_SENTENCE = 400  # tokens: a list of 190 states stays whole; the longest of the 69 corpus and seed documents has 91
_CLAUSE_ENDS = frozenset({",", ";", ":", "-", "--", "—", "–", "(", ")"})
_REPARSES = 3
_ENTS = "pluripolar.ents"  # Doc.user_data key of the entity index


def text_pieces(text: str, size: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces that together are `text`, each at most `size` characters:
    cut after the last line break in the second half of a piece (news text never continues a sentence
    across lines), else after the last ". ", else at the last space, else at `size`."""
    out: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        low, high = start + size // 2, start + size
        cut = next((i + len(sep) for sep in ("\n", ". ", " ") if (i := text.rfind(sep, low, high)) >= 0), high)
        out.append((start, cut))
        start = cut
    out.append((start, len(text)))
    return out


def sentence_cuts(doc: Doc, limit: int = MAX_SENTENCE) -> set[int]:
    """Token indices at which sentences must start so that none of `doc`'s is over `limit` tokens:
    in each stretch of a long sentence, after its last comma, semicolon, colon, dash or bracket in the
    second half, else at `limit`; the long sentence's own bounds are kept too. Empty for normal text."""
    cuts: set[int] = set()
    for sent in doc.sents:
        if len(sent) <= limit:
            continue
        cuts.update(i for i in (sent.start, sent.end) if 0 < i < len(doc))
        start = sent.start
        while sent.end - start > limit:
            window = doc[start + limit // 2:start + limit]
            start = next((t.i + 1 for t in reversed(window) if t.text in _CLAUSE_ENDS), start + limit)
            cuts.add(start)
    return cuts


def bounded(nlp: Language, doc: Doc, limit: int = MAX_SENTENCE) -> Doc:
    """`doc` when no sentence of it is over `limit` tokens, else its text parsed again with sentences
    started at `sentence_cuts` (the parser keeps sentence starts set before it runs, so its trees stay
    inside them); repeated while the new parse still makes a long sentence elsewhere (at most 3 times)."""
    cuts = sentence_cuts(doc, limit)
    for _ in range(_REPARSES):
        if not cuts:
            return doc
        doc = _parse_with_starts(nlp, doc.text, cuts)
        new = sentence_cuts(doc, limit) - cuts
        cuts = cuts | new if new else set()
    return doc


def _parse_with_starts(nlp: Language, text: str, starts: set[int]) -> Doc:
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "parser":
            for i in starts:
                doc[i].is_sent_start = True
        doc = proc(doc)
    return doc


def sentence_ents(sent: Span) -> list[Span]:
    """The named entities inside `sent`, as `sent.ents` gives them, from an index of the document's
    entities built once per document: spaCy's `Span.ents` builds every entity of the document at each
    call, so asking it for every sentence was quadratic in the length of a text (56 of the 90 s that a
    150,000-character text took)."""
    doc = sent.doc
    if _ENTS not in doc.user_data:
        ents = list(doc.ents)
        doc.user_data[_ENTS] = ([e.start for e in ents], ents)
    starts, ents = doc.user_data[_ENTS]
    out = []
    for ent in ents[bisect_left(starts, sent.start):]:
        if ent.end > sent.end:
            break
        out.append(ent)
    return out
