"""One small tree of errors; the CLI and web API turn each into a single clear line."""


def one_line(message: str) -> str:
    """An error message as one line: line breaks inside it (a file name or URL holding a newline) are
    shown as \\n rather than cutting the message there."""
    return message.strip().replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\r")


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
