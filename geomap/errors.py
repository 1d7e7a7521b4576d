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

import errno

#: a message longer than this is cut in the middle (a 70 KB place name echoed back in
#: full is no message); a path, which may be an article pasted as a file name, at
#: ``PATH_SHOWN``
MESSAGE_SHOWN = 300
PATH_SHOWN = 80


def shortened(text: str, limit: int = PATH_SHOWN) -> str:
    """``text`` cut in the middle to about ``limit`` characters: its start and its end
    (a file name's folder and extension) stay."""
    text = str(text)
    if len(text) <= limit:
        return text
    tail = limit // 3
    return f"{text[:limit - tail - 1]}…{text[-tail:]}"


#: what an ``OSError`` about a path means, in the words of geomap's messages
_PATH_PROBLEMS = {errno.ENOENT: "no such file or folder", errno.ENOTDIR: "no such file or folder",
                  errno.ENAMETOOLONG: "file name too long", errno.ELOOP: "a link loop",
                  errno.EACCES: "permission denied", errno.EPERM: "permission denied"}


def path_problem(error: OSError) -> str:
    """One phrase for what is wrong with the path an ``OSError`` names."""
    return _PATH_PROBLEMS.get(error.errno) or (error.strerror or str(error)).lower()


class GeomapError(Exception):
    """Base of every error geomap raises on purpose; ``str()`` is the user message."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 field: str | None = None):
        # one line, whatever a library said, and of a length a reader takes in
        self.message = shortened(" ".join(str(message).split()), MESSAGE_SHOWN)
        self.path = None if path is None else shortened(path, MESSAGE_SHOWN)
        self.line = line
        self.field = field
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ""
        if self.path:
            # a file name may hold a line end; the message stays one line
            where = str(self.path).replace("\n", "\\n").replace("\r", "\\r")
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
