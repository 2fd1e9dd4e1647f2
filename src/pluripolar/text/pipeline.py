"""The spaCy pipeline of a language: its model (`data/<lang>/model.toml`) with the actor gazetteer's
`actor_ruler` before `ner`, and, for a model labelling its parse otherwise than the rules read, the
`rule_labels` component (`text/labels.py`)."""
from __future__ import annotations

import re
import warnings

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from . import labels as _labels  # noqa: F401  (registers the rule_labels component)
from . import resources
from . import ruler as _ruler  # noqa: F401  (registers the actor_ruler component)
from .gazetteer import gazetteer


def load_base() -> Language:
    """The stock pipeline of the current language: the first of its models installed."""
    models = resources.toml("model.toml")["models"]
    for name in models:
        try:
            with warnings.catch_warnings():  # W095: a model built for an older spaCy minor version
                warnings.filterwarnings("ignore", message=r"\[W095\]")
                return spacy.load(name)
        except OSError:
            continue
    raise OSError(f"no spaCy model for language {resources.language()!r} installed; "
                  f"expected one of: {', '.join(models)}")


_DATELINE_ENDS = frozenset({"--", "—", "–", ":"})


# a scraped article's date header at the start of a line: " date 2023-08-25 JOHANNESBURG -- ..."
_DATE_HEADER = re.compile(r"(?m)^[ \t]*date \d{4}-\d{2}-\d{2}[ \t]+")


def _after_headers(doc: Doc) -> set[int]:
    """Indices of the tokens that follow a date header (the text proper starts there)."""
    starts = {m.end() for m in _DATE_HEADER.finditer(doc.text)}
    return {tok.i for tok in doc if tok.idx in starts}


def _dash(tok) -> bool:
    """A dash ending a dateline: "--", "—", ":", or a hyphen standing alone between spaces."""
    return tok.text in _DATELINE_ENDS or (tok.text == "-" and bool(tok.whitespace_) and tok.i > 0
                                          and bool(tok.doc[tok.i - 1].whitespace_))


@Language.component("line_breaks", assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break and after a date header: headlines, datelines and
    captions carry no full stop, and news paragraphs never continue a sentence across lines."""
    line_start = 0
    headers = _after_headers(doc)
    for tok in doc[:-1]:
        if "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text) or tok.i + 1 in headers:
            doc[tok.i + 1].is_sent_start = True
            line_start = tok.i + 1
        elif tok.i - line_start < 8 and (tok.text == "|" or _dash(tok) and any(
                t.is_upper and len(t) > 2 for t in doc[line_start:tok.i])):
            # a dateline: "JOHANNESBURG -- ...", "ALGIERS, Aug 25: ...", "New Delhi | ...",
            # "MOSCOW, June 5 (TASS) - ..."
            doc[tok.i + 1].is_sent_start = True
        elif tok.text == ":" and _fragment_after(tok):
            doc[tok.i + 1].is_sent_start = False  # "signed by six states: Kazakhstan, China, ..."
        elif not _may_end(tok):
            # within a line a sentence starts only after a full stop, ?, !, a colon or a closing
            # quote or bracket: the parser otherwise splits "Kenya and Ethiopia established ..."
            doc[tok.i + 1].is_sent_start = False
    return doc


def _fragment_after(colon) -> bool:
    """Whether what follows a colon up to the next full stop or line break has no verb, a list that
    belongs to the sentence before ("... by the founders of ASEAN: Indonesia, Malaysia and Thailand.")."""
    for tok in colon.doc[colon.i + 1:]:
        if tok.text in (".", "!", "?", ";") or "\n" in tok.whitespace_ or tok.is_space:
            return True
        if tok.tag_.startswith("VB") or tok.tag_ == "MD" or tok.text in ('"', "“", "”"):
            return False
    return True


_SENTENCE_ENDS = frozenset({".", "!", "?", "…", ":", ";", '"', "”", "’", "'", ")", "]", "»", "--", "—", "–"})


def _may_end(tok) -> bool:
    """Whether a sentence may end after this token: final punctuation, a closing quote or bracket, or a
    word ending in a full stop ("U.S.", "Inc.")."""
    return tok.text in _SENTENCE_ENDS or tok.text.endswith(".") or tok.is_space


# a hyphen after a dotted abbreviation: "U.S.-led", "U.N.-backed", "U.S.-China" (spaCy keeps each as
# one token, so the actor inside is never seen; "US-led" is already split)
_DOTTED_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


def _split_dotted_hyphens(nlp: Language) -> None:
    """Make the tokenizer split "U.S.-led" into "U.S.", "-", "led", as it splits "US-led"."""
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, _DOTTED_HYPHEN]).finditer


# A whitespace-free stretch of text longer than this is one token. spaCy's tokenizer strips prefixes and
# suffixes one at a time and searches the rest again each time, so a stretch of n brackets or quotes costs
# n² (4,000 "(" took 43 s, 10,000 "[" then "]" 11 minutes): a hang inside a piece's parse, where the time
# limit (checked between sentences) cannot stop it. No word of news text is this long (the corpora's
# longest stretches are URLs, which stay whole either way); bounded so, a text of such stretches costs
# at most about what ordinary text does per character.
LONGEST_SPLIT = 100


def _bound_affix_splitting(nlp: Language) -> None:
    """Keep every whitespace-free stretch over LONGEST_SPLIT characters as one token."""
    match = nlp.tokenizer.token_match

    def token_match(text: str):
        return len(text) > LONGEST_SPLIT or (match is not None and match(text))

    nlp.tokenizer.token_match = token_match


@resources.per_language
def load_nlp() -> Language:
    """The extraction pipeline of the current language (built once per process and language): stock
    model + the gazetteer's actor ruler (+ `rule_labels` when the model's labels need mapping)."""
    nlp = load_base()
    _split_dotted_hyphens(nlp)
    _bound_affix_splitting(nlp)
    nlp.add_pipe("line_breaks", before="parser")
    if resources.toml("model.toml").get("labels"):
        nlp.add_pipe("rule_labels", last=True, config={"language": resources.language()})
    ruler = nlp.add_pipe("actor_ruler", before="ner")
    ruler.add(gazetteer().patterns(), nlp.make_doc)
    return nlp
