"""Reading articles: a ``.txt`` file or a saved web page (``.html``), a folder of them, a
JSON manifest, or JSONL.

``read_inputs`` checks every input up front (missing paths, broken manifests, bad dates
are fatal ``InputError``s naming the file, line and field) and then yields articles one at
a time, so a corpus of any size streams through with bounded memory. An article that
cannot be read inside a batch (empty, binary, unknown encoding) is yielded as an
``ArticleProblem``; the caller decides whether that is fatal (``--strict``).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import EncodingError, InputError, path_problem, shortened
from ..model import Article, ArticleProblem
from .page import PAGE_SUFFIXES, is_geomap_map, read_page

log = logging.getLogger(__name__)

EXAMPLE_MANIFEST = Path(__file__).resolve().parents[1] / "examples" / "manifest.json"

#: share of letters outside ASCII above which a cp1252 reading is taken for another encoding
MOJIBAKE_SHARE = 0.15
MANIFEST_FIELDS = ("source", "url", "title", "license")


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
#: publication years outside these are typing errors (and day arithmetic near year 1
#: overflows)
PUBLISHED_YEARS = (1900, 2100)


def iso_day(text: str) -> dt.date:
    """A YYYY-MM-DD day from 1900 to 2100 (not Python's other ISO forms, "20220914" or
    "2022-W37-3"); ``ValueError`` saying what was expected otherwise."""
    text = text.strip()
    if not _ISO_DAY.fullmatch(text):
        raise ValueError("expected YYYY-MM-DD")
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError("no such day") from None
    if not PUBLISHED_YEARS[0] <= day.year <= PUBLISHED_YEARS[1]:
        raise ValueError(f"expected a year from {PUBLISHED_YEARS[0]} to {PUBLISHED_YEARS[1]}")
    return day


#: an ISO date and time ("2022-09-14T10:00:00+04:00", as feeds give them): the day is
#: the one written, whatever the time zone
_ISO_DAY_AND_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
                               r"(?:Z|[+-]\d{2}:?\d{2})?", re.IGNORECASE)


def parse_date(value, *, path: str | None = None, line: int | None = None,
               field: str = "published") -> dt.date | None:
    """A YYYY-MM-DD string, or an ISO date and time (its day), or None as a date;
    anything else is an ``InputError``."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise InputError(f"{kind_of(value)} is not a date (expected YYYY-MM-DD)", path=path,
                         line=line, field=field)
    timed = _ISO_DAY_AND_TIME.fullmatch(value.strip())
    try:
        return iso_day(timed.group(1) if timed else value)
    except ValueError as exc:
        raise InputError(f"{value!r} is not a date ({exc})", path=path,
                         line=line, field=field) from None


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")


def _unsupported_encoding(data: bytes) -> str | None:
    """What a file of NUL-laden bytes is when it is text all the same: UTF-32, or UTF-16
    without the byte-order mark that says which (every other byte NUL)."""
    if data.startswith(_UTF32_BOMS):
        return "UTF-32 text is not read: save it as UTF-8"
    head = data[:4000]
    if len(head) >= 4 and (head[1::2].count(0) > 0.9 * len(head[1::2])
                           or head[0::2].count(0) > 0.9 * len(head[0::2])):
        return "UTF-16 text without a byte-order mark is not read: save it as UTF-8"
    return None


def utf_text(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM as text, for JSON and YAML files
    (``UnicodeDecodeError`` otherwise)."""
    if data.startswith(_UTF16_BOMS) and not data.startswith(_UTF32_BOMS):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")


def not_utf(data: bytes) -> str:
    """Why ``utf_text`` could not read ``data``, for a message."""
    unsupported = _unsupported_encoding(data)
    if unsupported:
        return unsupported
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "not UTF-8 text; save it as UTF-8"
    return "not UTF-8 text (Windows-1252?); save it as UTF-8"


def decode_text(data: bytes, *, path: str, what: str = "article text") -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM (Notepad's "Unicode") or
    Windows-1252 bytes as text; anything else is an error (``what`` the file should be
    says which kind of file it is not)."""
    if data.startswith(_UTF32_BOMS):
        raise EncodingError(_unsupported_encoding(data), path=path)
    if data.startswith(_UTF16_BOMS):
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise EncodingError("text starts as UTF-16 but does not decode as such",
                                path=path) from None
    if not data.strip():
        raise InputError("the file is empty", path=path)
    if b"\x00" in data:
        raise InputError(_unsupported_encoding(data) or f"this is a binary file, not {what}",
                         path=path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise EncodingError("text is neither UTF-8 nor Windows-1252", path=path) from None
    letters = [c for c in text if c.isalpha()]
    foreign = sum(1 for c in letters if not c.isascii())
    if letters and foreign / len(letters) > MOJIBAKE_SHARE:
        raise EncodingError("text is neither UTF-8 nor Windows-1252 (it reads as mojibake)",
                            path=path)
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > max(2, len(text) // 100):
        raise InputError(f"this is a binary file, not {what}", path=path)
    return text


#: characters that are there but not seen: soft hyphens, zero-width spaces and joiners,
#: word joiners, byte-order marks, direction marks, embeddings, overrides and isolates
#: (the zero-width non-joiner stays: Persian spelling needs it), and the control
#: characters but tab, line feed and carriage return (a GeoPackage cuts a text at its
#: first NUL, a CSV passes them on raw: the outputs would disagree about the text)
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f\u00ad\u200b\u200d\u200e\u200f"
                        "\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
#: the vertical tab and the form feed (a page break) end a line in a text (and in
#: Python's ``splitlines``): a line feed, not nothing, which would join two words
_LINE_ENDS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})
#: in a one-line field (a title, an id), where every line end is a space
_FIELD_SPACES = str.maketrans({"\x0b": " ", "\x0c": " "})


def as_read(text: str) -> str:
    """Text as a reader sees it: composed (NFC: "Ş" is one letter, as the gazetteer spells
    it, not S and a cedilla) and without invisible characters, which would split a name
    ("Jer\u00admuk" is Jermuk, not Hyères)."""
    return _INVISIBLE.sub("", unicodedata.normalize("NFC", text.translate(_LINE_ENDS)))


def as_field(text: str | None) -> str | None:
    """A title, source, address or id as written, without the control characters and
    invisible ones that ``as_read`` takes out of the text."""
    return None if text is None else _INVISIBLE.sub("", text.translate(_FIELD_SPACES))


def with_headline(text: str, title: str | None) -> str:
    """The text an article is read as: its title (a JSONL record's, a manifest's, a page's)
    on a line of its own above the body, as a headline is printed, since a headline sums up
    the lead and may name a place or claim the body leaves out; the body alone when it
    already opens with that line (a page's ``<h1>``, a text file's first line). Offsets
    into the article count from the headline."""
    headline = " ".join((title or "").split())
    if not headline or _opening_line(text) == _compared(headline):
        return text
    return f"{headline}\n\n{text}"


def _compared(line: str) -> str:
    """A line as two printings of a headline are compared: case, spacing and a final full
    stop aside."""
    return " ".join(line.split()).rstrip(".").casefold()


def _opening_line(text: str) -> str:
    """The first line of ``text`` that holds anything, as ``_compared``."""
    return _compared(next((line for line in text.splitlines() if line.strip()), ""))


@dataclass(frozen=True)
class PendingArticle:
    """An article located and described, whose text is read only when its turn comes."""

    id: str
    path: Path | None
    #: the date its listing gives (a manifest's, a JSON line's)
    published: dt.date | None
    text: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    license: str | None = None
    origin: str = ""  # where it was listed, for messages
    #: ``--published``: the date of an article that carries none, not even in its page
    default_published: dt.date | None = None

    def load(self) -> Article:
        if self.text is not None:
            text = self.text
            if not text.strip():
                raise InputError("the article text is empty", path=self.origin)
        else:
            try:
                data = self.path.read_bytes()
            except FileNotFoundError:
                raise InputError("file not found", path=self.origin) from None
            except OSError as exc:
                raise InputError(f"cannot read file ({exc.strerror})", path=self.origin) from None
            if self.path.suffix.lower() in PAGE_SUFFIXES:
                return self._from_page(data)
            text = decode_text(data, path=self.origin)
        title = as_field(self.title)
        return Article(id=self.id, text=with_headline(as_read(text), as_read(title or "")),
                       published=self.published or self.default_published, title=title,
                       source=as_field(self.source), url=as_field(self.url),
                       license=as_field(self.license))

    def _from_page(self, markup: bytes) -> Article:
        """A web page's article (in the encoding the page declares); what the listing
        says wins over what the page says."""
        if not markup.strip():
            raise InputError("the file is empty", path=self.origin)
        if b"\x00" in markup and not markup.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise InputError("this is a binary file, not a web page", path=self.origin)
        page = read_page(markup, path=self.origin)
        title = as_field(self.title or page.title)
        return Article(id=self.id, text=with_headline(as_read(page.text), as_read(title or "")),
                       published=self.published or page.published or self.default_published,
                       title=title,
                       source=as_field(self.source or page.source),
                       url=as_field(self.url or page.url), license=as_field(self.license))


@dataclass(frozen=True)
class TooLongNumber:
    """An integer of more digits than Python converts (4,300): in a JSON or YAML file it
    is a typing accident, told as a bad value of its field, not a crash of the reader."""

    digits: int

    def __str__(self) -> str:
        return f"a number of {self.digits} digits"


def json_integer(text: str) -> int | TooLongNumber:
    """``json.loads``' ``parse_int``: an integer, or a ``TooLongNumber``."""
    try:
        return int(text)
    except ValueError:
        return TooLongNumber(len(text.lstrip("-")))


def kind_of(value) -> str:
    """What a JSON or YAML value is, in a message's words."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, TooLongNumber):
        return str(value)
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, (dt.date, dt.datetime)):
        return "a date"
    return f"a {type(value).__name__}"


def _text_field(record: dict, name: str, *, path: str, line: int | None) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"must be a string, not {kind_of(value)}", path=path,
                         line=line, field=name)
    return value


#: what a manifest entry may not name: input lists, which are given to geomap directly
_LISTS = (".json", ".jsonl")


def _manifest_entries(path: Path, published: dt.date | None) -> list[PendingArticle]:
    shown = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the manifest ({path_problem(exc)})",
                         path=shown) from None
    try:
        raw = utf_text(data)
    except UnicodeDecodeError:
        raise EncodingError(f"manifest is {not_utf(data)}", path=shown) from None
    try:
        records = json.loads(raw, parse_int=json_integer)
    except json.JSONDecodeError as exc:
        raise InputError(f"broken JSON: {exc.msg}", path=shown, line=exc.lineno) from None
    except RecursionError:
        raise InputError("broken JSON: nested too deeply", path=shown) from None
    if not isinstance(records, list):
        raise InputError("a manifest must be a JSON list of article objects", path=shown)
    if not records:
        raise InputError("the manifest lists no articles", path=shown)
    entries = []
    for number, record in enumerate(records, 1):
        where = f"{shown} entry {number}"
        if not isinstance(record, dict):
            raise InputError("each entry must be an object", path=where)
        name = _text_field(record, "file", path=where, line=None)
        text = _text_field(record, "text", path=where, line=None)
        if not name and text is None:
            raise InputError("missing field", path=where, field="file")
        if name and Path(name).suffix.lower() in _LISTS:
            raise InputError(f"a manifest entry names an article (.txt, .html), not a "
                             f"{Path(name).suffix.lower()} list of them: give that to geomap "
                             "beside this one", path=where, field="file")
        day = parse_date(record.get("published"), path=where)
        meta = {k: _text_field(record, k, path=where, line=None) for k in MANIFEST_FIELDS}
        if name:
            file_path = (path.parent / name)
            entries.append(PendingArticle(id=name, path=file_path, published=day,
                                          origin=f"{shown}: {name}",
                                          default_published=published, **meta))
        else:
            ident = as_field(str(record.get("id") or f"{path.name}#{number}"))
            entries.append(PendingArticle(id=ident, path=None, text=text, published=day,
                                          origin=where, default_published=published,
                                          **meta))
    return entries


def _jsonl_lines(path: Path) -> Iterator[tuple[int, str | ArticleProblem]]:
    """(number, text) of each line of a JSONL file, streamed: UTF-8, or UTF-16 with a
    byte-order mark (whose line ends are two bytes); a line that cannot be read comes as
    an ``ArticleProblem``, a file of another encoding as one problem."""
    shown = str(path)
    with path.open("rb") as fh:
        head = fh.read(4)
        fh.seek(0)
        if head.startswith(_UTF32_BOMS) or (b"\x00" in head
                                            and not head.startswith(_UTF16_BOMS)):
            yield 1, ArticleProblem(source=shown, message=_unsupported_encoding(fh.read(4000))
                                    or "this is a binary file, not JSON lines")
            return
        if head.startswith(_UTF16_BOMS):
            number = 0
            try:
                for number, line in enumerate(io.TextIOWrapper(fh, encoding="utf-16"), 1):
                    yield number, line
            except UnicodeDecodeError:
                yield number + 1, ArticleProblem(
                    source=f"{shown}:{number + 1}", message="the file starts as UTF-16 but "
                    "does not go on as such; the lines from here on are left out")
            return
        for number, raw in enumerate(fh, 1):
            try:
                yield number, raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                yield number, ArticleProblem(source=f"{shown}:{number}",
                                             message=f"broken JSON line: {not_utf(raw)}")


def _jsonl_entries(path: Path, published: dt.date | None) -> Iterator[PendingArticle | ArticleProblem]:
    shown = str(path)
    lines = 0
    for number, raw in _jsonl_lines(path):
        if isinstance(raw, ArticleProblem):
            lines += 1
            yield raw
            continue
        if not raw.strip():
            continue
        lines += 1
        where = f"{shown}:{number}"
        try:
            record = json.loads(raw, parse_int=json_integer)
            if not isinstance(record, dict):
                raise InputError("each line must be a JSON object", path=shown, line=number)
            text = _text_field(record, "text", path=shown, line=number)
            if text is None:
                raise InputError("missing field", path=shown, line=number, field="text")
            day = parse_date(record.get("published"), path=shown, line=number) or published
            meta = {k: _text_field(record, k, path=shown, line=number)
                    for k in MANIFEST_FIELDS}
        except (json.JSONDecodeError, RecursionError):
            yield ArticleProblem(source=where, message="broken JSON line")
            continue
        except InputError as exc:
            yield ArticleProblem(source=where, message=exc.message if not exc.field
                                 else f"{exc.message} (field {exc.field!r})")
            continue
        ident = as_field(str(record.get("id") or f"{path.name}:{number}"))
        yield PendingArticle(id=ident, path=None, text=text, published=day,
                             origin=where, **meta)
    if not lines:
        yield ArticleProblem(source=shown, message="the file is empty (one JSON object a "
                                                   "line, each with its 'text')")


#: what a folder is read for (other files in it are counted and left out)
FOLDER_SUFFIXES = (".txt", *PAGE_SUFFIXES)


def _walk_folder(path: Path) -> tuple[list[Path], list[ArticleProblem], list[Path]]:
    """(article files, problems, files of other kinds) under ``path``: hidden files and
    folders are left out; a linked folder is followed, unless it leads back up the way
    that reached it (no loop); a subfolder that cannot be read and a link that leads
    nowhere are problems."""
    found: list[Path] = []
    problems: list[ArticleProblem] = []
    others: list[Path] = []

    def unreadable(error: OSError) -> None:
        problems.append(ArticleProblem(
            source=str(error.filename or path),
            message=f"cannot read the folder ({error.strerror or error}); its articles "
                    "are left out"))

    #: each folder walked: the real folders on the way to it, itself included
    trail = {os.path.normpath(path): (os.path.realpath(path),)}
    for folder, subfolders, names in os.walk(path, onerror=unreadable, followlinks=True):
        above = trail.pop(os.path.normpath(folder), ())
        kept = []
        for name in subfolders:
            real = os.path.realpath(os.path.join(folder, name))
            if name.startswith(".") or real in above:   # hidden, or a link back up
                continue
            trail[os.path.normpath(os.path.join(folder, name))] = (*above, real)
            kept.append(name)
        subfolders[:] = kept
        for name in names:
            if name.startswith("."):
                continue
            file = Path(folder, name)
            try:
                file.stat()
            except OSError as exc:          # a link to nothing (or to itself), or no access
                if file.suffix.lower() not in FOLDER_SUFFIXES:
                    others.append(file)
                elif os.path.islink(file) and not isinstance(exc, PermissionError):
                    problems.append(ArticleProblem(
                        source=str(file),
                        message=f"a link that leads to no file ({os.readlink(file)})"))
                else:
                    problems.append(ArticleProblem(
                        source=str(file), message=f"cannot read file ({exc.strerror or exc})"))
                continue
            if not file.is_file():
                continue                    # a socket, a pipe, a device
            elif file.suffix.lower() in FOLDER_SUFFIXES:
                found.append(file)
            else:
                others.append(file)
    return found, problems, others


def _output_file(path: Path) -> bool:
    """A file a geomap build writes (an output folder inside the input folder)."""
    from ..export import file_names
    from ..outputs import MAP_FILE
    return path.name in {MAP_FILE, *file_names()}


def _kinds(paths: list[Path]) -> str:
    kinds = sorted({p.suffix.lower() or "no extension" for p in paths},
                   key=lambda kind: (kind == "no extension", kind))
    return ", ".join(kinds)


def _folder_entries(path: Path, published: dt.date | None
                    ) -> list[PendingArticle | ArticleProblem]:
    """The articles of a folder and its subfolders, hidden ones and the maps of earlier
    builds (an output folder inside it: "geomap build ." twice) left out. A file reached
    twice (a link beside the file it points to) is read once, under its own name; a
    subfolder that cannot be read and a broken link are listed as problems; files of
    other kinds are counted in one warning."""
    try:
        with os.scandir(path):
            pass
    except OSError as exc:
        raise InputError(f"cannot read the folder ({exc.strerror or exc})",
                         path=str(path)) from None
    found, problems, others = _walk_folder(path)
    files = [p for p in found
             if not (p.suffix.lower() in PAGE_SUFFIXES and is_geomap_map(p))]
    others = [p for p in others if not _output_file(p)]
    # one entry a file: the file itself before a link to it, else the first name
    by_file: dict[str, Path] = {}
    root = os.path.realpath(path)
    for file in sorted(files, key=lambda p: (
            os.path.realpath(p) != os.path.join(root, *p.relative_to(path).parts),
            p.relative_to(path).parts)):
        real = os.path.realpath(file)
        if real in by_file:
            log.debug("%s: the same file as %s, read once", file, by_file[real])
            continue
        by_file[real] = file
    files = sorted(by_file.values(), key=lambda p: p.relative_to(path).parts)
    if not files:
        why = (f" ({problems[0].source}: {problems[0].message})" if problems else
               f" (only {len(others)} file(s) of other kinds: {_kinds(others)})" if others
               else "")
        raise InputError(f"the folder holds no .txt articles or .html pages{why}",
                         path=str(path))
    if others:
        log.warning("%s: %d file(s) of other kinds left out (%s); a folder is read for "
                    "its .txt articles and .html/.htm pages", path, len(others),
                    _kinds(others))
    entries: list[PendingArticle | ArticleProblem] = [
        PendingArticle(id=p.relative_to(path).as_posix(), path=p, published=None,
                       default_published=published, origin=str(p)) for p in files]
    return entries + problems


def _unique_id(ident: str, taken: set[str]) -> str:
    """``ident``, or "ident#2", "ident#3"… when an earlier article has it (two folders'
    "report.txt", two feeds' "1"): each article's places, incidents and claims keep
    pointing at their own article."""
    unique, number = ident, 1
    while unique in taken:
        number += 1
        unique = f"{ident}#{number}"
    taken.add(unique)
    return unique


#: documents geomap cannot read as text: named, they are an error, not an empty article
_NOT_TEXT = frozenset({".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".xls", ".xlsx",
                       ".ods", ".ppt", ".pptx", ".png", ".jpg", ".jpeg", ".gif", ".webp",
                       ".zip", ".gz", ".tar", ".7z", ".mp3", ".mp4"})


def plan_inputs(inputs: tuple[str, ...], published: dt.date | None = None) -> list:
    """Check every input and list what will be read; fatal problems raise ``InputError``."""
    if not inputs:
        inputs = (str(EXAMPLE_MANIFEST),)
    plan: list = []
    for given in inputs:
        path = Path(given)
        try:
            path.stat()
        except OSError as exc:      # missing, a name too long (an article pasted), a loop
            raise InputError(path_problem(exc), path=shortened(given)) from None
        if path.is_dir():
            plan.extend(_folder_entries(path, published))
        elif path.suffix.lower() == ".json":
            plan.extend(_manifest_entries(path, published))
        elif path.suffix.lower() == ".jsonl":
            plan.append(path)  # streamed later, line by line
        elif path.suffix.lower() in _NOT_TEXT:
            raise InputError(f"a {path.suffix.lower()[1:].upper()} file is no article geomap "
                             "reads: give its text as .txt (or a saved .html page, a .json "
                             "manifest, a .jsonl file)", path=given)
        else:
            plan.append(PendingArticle(id=path.name, path=path, published=None,
                                       default_published=published, origin=given))
    return plan


def read_inputs(inputs: tuple[str, ...], published: dt.date | None = None
                ) -> Iterator[Article | ArticleProblem]:
    """Articles in input order; unreadable ones in a batch come as ``ArticleProblem``.

    A single article given on its own that cannot be read raises ``InputError``: there
    is no batch to build the rest of.
    """
    plan = plan_inputs(inputs, published)
    single = len(plan) == 1 and isinstance(plan[0], PendingArticle)

    def pending() -> Iterator[PendingArticle | ArticleProblem]:
        for item in plan:
            if isinstance(item, Path):
                yield from _jsonl_entries(item, published)
            else:
                yield item

    def articles() -> Iterator[Article | ArticleProblem]:
        taken: set[str] = set()
        files: dict[Path, str] = {}     # a file read → where it was first listed
        repeated, first_repeat = 0, ""  # files listed again, and what is said of the first
        for item in pending():
            if isinstance(item, ArticleProblem):
                yield item
                continue
            if item.path is not None:
                where = item.path.resolve()
                if where in files:      # "a.txt a.txt", or a file and a manifest of it
                    repeated += 1
                    first_repeat = first_repeat or _repeated(item.origin, files[where])
                    continue
                files[where] = item.origin
            item = replace(item, id=_unique_id(item.id, taken))
            try:
                yield item.load()
            except InputError as exc:
                if single:
                    raise
                yield ArticleProblem(source=item.origin, message=exc.message)
        if repeated:                # a manifest of 200,000 entries of one file: one line
            more = (f" (and {repeated - 1} more file(s) listed again, each read once)"
                    if repeated > 1 else "")
            log.warning("%s%s", first_repeat, more)

    return articles()


def _repeated(origin: str, first: str) -> str:
    if first == origin:
        return f"{origin}: given more than once, read once"
    return f"{origin}: the same file as {first}, read once"
