"""One hierarchy of errors. Each message names the file or field, the problem, and what to do."""
from __future__ import annotations


class SummitGraphError(Exception):
    """Base of every error summitgraph raises on purpose."""

    hint: str = ""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def one_line(self) -> str:
        msg = str(self).replace("\n", " ")
        return f"{msg} ({self.hint})" if self.hint else msg


class InputError(SummitGraphError):
    """An input file cannot be read as an article."""

    def __init__(self, source: str, problem: str, *, hint: str | None = None) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}", hint=hint)


class EncodingError(InputError):
    hint = "re-save the file as UTF-8"


class UnsupportedFormatError(InputError):
    hint = "use .txt, .html/.htm, .jsonl or a feed (.rss, .atom, .xml)"


class ExtractionError(SummitGraphError):
    """An extractor failed on an article."""


class StoreError(SummitGraphError):
    """The store cannot be opened or written."""


class ConfigError(SummitGraphError):
    """A setting (database URL, token) is malformed."""


class NotFoundError(SummitGraphError):
    """A requested record does not exist."""


class AuthError(SummitGraphError):
    """A write was attempted without a valid token."""
