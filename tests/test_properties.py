"""Properties over generated input: the readers and the extractor never fail on text they are given,
and every quote is the exact slice of the text at its offsets."""
from __future__ import annotations

import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pluripolar.errors import InvalidInput
from pluripolar.sources.decode import decode_bytes, is_binary
from pluripolar.sources.documents import read_jsonl_stream, text_from_bytes
from pluripolar.sources.html import read_html

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ACTORS = ["Iran", "Saudi Arabia", "China", "the United States", "NATO", "the EU", "North Korea", "DPRK",
          "Venezuela", "Russia", "Ukraine", "the UN", "France", "Niger", "Beijing", "Washington"]
VERBS = ["signed an agreement with", "restored diplomatic relations with", "imposed sanctions on",
         "expelled the ambassador of", "deployed troops to", "met", "visited", "condemned", "did not sign a treaty with",
         "will join", "withdrew from", "recognised", "voted against", "sent 300 soldiers to", "accused"]
SCRIPTS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)
CONTROL = st.text(st.characters(min_codepoint=0, max_codepoint=31), max_size=5)
LONG_TOKEN = st.integers(50, 3000).map(lambda n: "x" * n)
SENTENCE = st.builds(lambda a, v, b, tail: f"{a} {v} {b}{tail}", st.sampled_from(ACTORS), st.sampled_from(VERBS),
                     st.sampled_from(ACTORS), st.sampled_from([".", " on Monday.", " in 2019.", "", " 46 years ago;"]))
TEXT = st.lists(st.one_of(SENTENCE, SCRIPTS, CONTROL, LONG_TOKEN, st.sampled_from(ACTORS)), max_size=25).map(
    lambda parts: " ".join(parts))


def only_invalid_input(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        return list(r) if hasattr(r, "__next__") else r
    except InvalidInput as e:
        assert "\n" not in str(e)
        return None


@SETTINGS
@given(st.binary(max_size=4000))
def test_properties_bytes_reader_raises_only_invalid_input(data):
    only_invalid_input(text_from_bytes, data, "p", limit=2000)


@SETTINGS
@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=400))
def test_properties_utf8_text_decodes_to_itself(text):
    data = text.encode("utf-8")
    if not is_binary(data) and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        assert decode_bytes(data, "p") == text.removeprefix("\ufeff")


TAGS = st.sampled_from(["p", "div", "b", "i", "script", "style", "article", "span", "a", "li", "h1", "nav", "br"])
PLAIN = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="<>&"), max_size=40)


@st.composite
def html_docs(draw, depth=0):
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth < 4 and draw(st.booleans()):
            tag = draw(TAGS)
            parts.append(f"<{tag} class='c'>{draw(html_docs(depth + 1))}</{tag}>")
        else:
            parts.append(draw(PLAIN))
    return "".join(parts)


@SETTINGS
@given(html_docs())
def test_properties_html_text_holds_no_markup(body):
    content = only_invalid_input(read_html, f"<html><body>{body}</body></html>", "p")
    if content is not None:
        text = content.text
        assert "<" not in text and ">" not in text and "class='c'" not in text


@SETTINGS
@given(st.lists(st.one_of(st.binary(max_size=200),
                          st.builds(json.dumps, st.dictionaries(st.sampled_from(["doc", "text", "date", "path",
                                                                                 "url", "title", "id"]),
                                                                st.one_of(st.text(max_size=30), st.integers(),
                                                                          st.none(), st.booleans()))).map(str.encode)),
                max_size=8))
def test_properties_jsonl_reader_raises_only_invalid_input(tmp_path_factory, lines):
    stream = io.BytesIO(b"\n".join(lines))
    docs = only_invalid_input(read_jsonl_stream, stream, "p", base=tmp_path_factory.getbasetemp(), limit=5000)
    for d in docs or []:
        d.text.encode("utf-8")


@pytest.fixture(scope="module")
def extractor():
    from pluripolar.text import Extractor

    return Extractor()


def extract_checked(ex, text: str) -> list:
    """Relations of `text`; a document the extractor cannot finish raises `ExtractionFailed`."""
    rels = ex.extract(text, doc_id="p", date="2024-06-20")
    for rel in rels:
        for ev in rel.evidence:
            assert ev.quote == text[ev.char_start:ev.char_end]
    return rels


@SETTINGS
@given(TEXT)
def test_properties_extractor_never_fails_and_quotes_are_slices(extractor, text):
    extract_checked(extractor, text)


def test_properties_generated_sentences_do_yield_relations(extractor):
    text = " ".join(f"{a} {v} {b}." for a, v, b in zip(ACTORS, VERBS, reversed(ACTORS)))
    assert len(extract_checked(extractor, text)) >= 5
