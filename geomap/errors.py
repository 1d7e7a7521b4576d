"""The one exception hierarchy of geomap.

Every error a user can fix is a ``GeomapError``; the CLI turns it into one line on
standard error and exit status 1. Children also inherit the matching builtin so that
callers who catch ``ValueError`` or ``OSError`` keep working::

    GeomapError
    ├── InputError(GeomapError, ValueError)       bad article, manifest, option value
    │   ├── EncodingError                          text that is neither UTF-8 nor cp1252
    │   └── OverrideError                          a broken --gazetteer-extra / --overlay file
    ├── UnknownPlaceError(GeomapError, LookupError) a name no gazetteer knows
    ├── OutputError(GeomapError, OSError)         an output folder that cannot be written
    └── OnlineGeocoderError(GeomapError, RuntimeError)  the opt-in online fallback failed
"""

from __future__ import annotations


class GeomapError(Exception):
    """Base of every error geomap raises on purpose; ``str()`` is the user message."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 field: str | None = None):
        self.message = " ".join(str(message).split())   # one line, whatever a library said
        self.path = path
        self.line = line
        self.field = field
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
            if self.field:
                where += f" (field {self.field!r})"
            where += ": "
        elif self.field:
            where = f"field {self.field!r}: "
        return f"{where}{self.message}"


class InputError(GeomapError, ValueError):
    """An input the user gave cannot be used: missing, empty, binary, malformed."""


class EncodingError(InputError):
    """Article text that is neither UTF-8 (with or without BOM) nor Windows-1252."""


class OverrideError(InputError):
    """A user-supplied gazetteer-extra or overlay file that cannot be read."""


class UnknownPlaceError(GeomapError, LookupError):
    """A place name that neither the offline gazetteer nor the fallback knows."""


class OutputError(GeomapError, OSError):
    """The output folder cannot be created or written."""


class OnlineGeocoderError(GeomapError, RuntimeError):
    """The opt-in online geocoder failed (network, rate limit, bad answer)."""
