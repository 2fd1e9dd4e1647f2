"""One small tree of errors; the CLI and web API turn each into a single clear line."""


_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# line breaks as \\n and \\r; every other control character and bidirectional mark as its escape
_SHOWN = {**{c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7f, 0xa0))}, ord("\t"): " ",
          ord("\n"): "\\n", ord("\r"): "\\r", **{ord(c): f"\\u{ord(c):04x}" for c in _BIDI}}


def one_line(message: str) -> str:
    """An error message as one line that prints as it reads: line breaks inside it (a file name or URL
    holding a newline) are shown as \\n rather than cutting the message there, and control characters
    and bidirectional marks of a hostile name (a terminal escape, a right-to-left override) as escapes."""
    return message.strip().replace("\r\n", "\n").translate(_SHOWN)


class PluripolarError(Exception):
    """Base of every error pluripolar reports to a user."""


class InvalidInput(PluripolarError):
    """A document, file or argument that cannot be used as given."""


class UnknownActor(PluripolarError):
    """A name or id that no gazetteer entry matches."""


class UnknownPredicate(PluripolarError):
    """A predicate not in the ontology."""


class UnknownDataset(PluripolarError):
    """A dataset name not in the registry."""


class LayoutMismatch(PluripolarError):
    """A dataset file whose columns are not the expected ones."""


class StoreError(PluripolarError):
    """The store cannot be opened, migrated or written."""


class StaleStore(StoreError):
    """A store written by an older pluripolar, opened read-only, so its migrations cannot run."""


class UnknownRecord(PluripolarError):
    """A stored record (a dataset row, a source) that the store does not hold."""


class ExtractionFailed(PluripolarError):
    """A document the extractor could not finish (a failure in a stage, or over its time limit): it is
    reported and not stored, so a rerun tries it again."""
