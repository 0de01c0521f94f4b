"""File readers: turn the bytes of an uploaded file into an :class:`Article`.

Formats: .txt/.md (encoding detected), .html/.htm (main text via trafilatura),
.pdf (text layer via pypdf) and .docx (python-docx). Every refusal is an
:class:`ArticleReadError` whose reason is shown to the user; the outcomes
follow the "Inputs" table of DECISIONS.md.

The article text always starts with the title (the reader puts it there when
the body does not already open with it), so place offsets found in
``Article.text`` cover the title too and stay valid wherever the text goes.

File names are only ever displayed (see :func:`display_file_name`), never
used as paths: the bytes arrive already read.
"""

from __future__ import annotations

import io
import logging
import re
import struct
import unicodedata
import warnings
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath, PureWindowsPath

from dashboard.errors import ArticleReadError
from dashboard.facts import find_dates, parse_date_text
from dashboard.models import Article
from dashboard.tables import COLUMN_GAP
from geodata.wordlists import LINE_BULLET, LINE_EMOJI

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUPPORTED_SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, ".pdf", ".docx")

#: A DOCX expanding past this ratio of its own size, or past the absolute
#: limit, is treated as a zip bomb (DECISIONS.md).
ZIP_BOMB_RATIO = 50
ZIP_BOMB_BYTES = 200 * 1024 * 1024
_ZIP_MAX_MEMBERS = 5000
_MAX_DISPLAY_CHARS = 120
_MAX_TITLE_CHARS = 250
# Control characters (other than layout) per character above which decoded
# bytes are binary rather than text.
_MAX_CONTROL_RATIO = 0.02
# langdetect's time grows with the sample (~7.6 ms CPU at 5,000 characters,
# ~5.3 ms at 1,500); the opening paragraphs name the language as surely: the
# eval, demo and bench articles get the same answer from either sample.
_LANGUAGE_SAMPLE_CHARS = 1500
_DETECTION_SAMPLE_BYTES = 256 * 1024


def display_file_name(name: str, *, max_chars: int = _MAX_DISPLAY_CHARS) -> str:
    """Return ``name`` safe to show: last path part only, no control characters.

    "../../etc/passwd" becomes "passwd"; a 500-character name is shortened
    with "…" in the middle so its extension stays visible.
    """
    name = str(name)
    base = PureWindowsPath(PurePosixPath(name).name).name if name else ""
    cleaned = "".join(
        " " if unicodedata.category(char).startswith(("C", "Z")) else char
        for char in base
    )
    cleaned = " ".join(cleaned.split()).strip(". ") or "unnamed file"
    if len(cleaned) > max_chars:
        keep = max_chars - 1
        cleaned = cleaned[: keep - keep // 3] + "…" + cleaned[-(keep // 3) :]
    return cleaned


def read_article(data: bytes, file_name: str, *, max_bytes: int) -> Article:
    """Return the article in ``data``, read according to the suffix of ``file_name``.

    Raises:
        ArticleReadError: the file is empty, binary, too large, of an
            unsupported type, or a damaged, encrypted or scanned document.
    """
    shown = display_file_name(file_name)
    if len(data) > max_bytes:
        raise ArticleReadError(
            shown,
            f"larger than {_format_mb(max_bytes)} MB (the file has "
            f"{_format_mb(len(data))} MB)",
        )
    if not data.strip():
        raise ArticleReadError(shown, "empty")
    suffix = _suffix(shown)
    reader = _READERS.get(suffix)
    if reader is None:
        supported = ", ".join(SUPPORTED_SUFFIXES)
        raise ArticleReadError(
            shown,
            f"unsupported file type {suffix or '(no extension)'!r}; "
            f"expected one of {supported}",
        )
    parsed = reader(data, shown)
    return _finish(parsed, shown)


def article_from_text(
    text: str,
    *,
    title: str | None = None,
    published: date | None = None,
    source: str | None = None,
    file_name: str | None = None,
) -> Article:
    """Return an article from pasted text, read exactly as a .txt file would be."""
    parsed = _parse_plain(_normalise_text(text))
    parsed = _Parsed(
        body=parsed.body,
        title=title or parsed.title,
        published=published or parsed.published,
        source=source or parsed.source,
    )
    return _finish(parsed, display_file_name(file_name) if file_name else None)


@dataclass(frozen=True, slots=True)
class _Parsed:
    body: str
    title: str | None = None
    published: date | None = None
    source: str | None = None


def _finish(parsed: _Parsed, shown: str | None) -> Article:
    body = parsed.body.strip()
    if not body and not parsed.title:
        raise ArticleReadError(shown or "text", "empty")
    title = _clean_title(parsed.title) if parsed.title else None
    if title is None:
        title = _first_line_title(body)
    text = body
    if title and not _starts_with_title(body, title):
        text = f"{title}\n\n{body}" if body else title
    return Article(
        text=text,
        title=title,
        published=parsed.published,
        source=parsed.source or shown,
        file_name=shown,
        language=detect_language(text),
    )


def _format_mb(size_bytes: int) -> str:
    return f"{size_bytes / (1024 * 1024):.3g}"


def _suffix(name: str) -> str:
    lowered = name.lower()
    dot = lowered.rfind(".")
    return lowered[dot:] if dot > 0 else ""


# Plain text ------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode_text(data: bytes, file_name: str) -> str:
    """Return ``data`` decoded: UTF-8/16/32 (BOM or not), else a legacy code page.

    Raises:
        ArticleReadError: "not text" for binary data (NUL bytes that are not
            UTF-16, or too many control characters), "empty" for blank text.
    """
    text = _decode(data, file_name)
    if _control_ratio(text) > _MAX_CONTROL_RATIO:
        raise ArticleReadError(file_name, "not text (binary data)")
    if not text.strip(" \t\r\n\f\v\ufeff\u200b\u00a0"):
        raise ArticleReadError(file_name, "empty")
    return text


def _decode(data: bytes, file_name: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError as exc:
                raise ArticleReadError(
                    file_name,
                    f"not text (invalid {encoding} after its byte-order mark)",
                ) from exc
    utf16 = _guess_utf16(data)
    if utf16 is not None:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError as exc:
            raise ArticleReadError(file_name, "not text (damaged UTF-16)") from exc
    if b"\x00" in data:
        raise ArticleReadError(file_name, "not text (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        logger.debug("%s is not strict UTF-8; guessing its encoding", file_name)
    lenient = data.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd")
    multibyte = sum(1 for char in lenient if ord(char) > 0x7F) - broken
    if multibyte > 4 * broken:
        # Mostly valid UTF-8 with a few damaged bytes: keep it UTF-8, mark the damage.
        return lenient
    return _decode_legacy(data, file_name)


def _guess_utf16(data: bytes) -> str | None:
    """Return "utf-16-le"/"utf-16-be" for BOM-less UTF-16 that is mostly ASCII."""
    sample = data[:_DETECTION_SAMPLE_BYTES]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / max(len(odd), 1)
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _decode_legacy(data: bytes, file_name: str) -> str:
    """Decode a single-byte legacy text: cp1251 (Cyrillic) or cp1252/latin-1.

    Statistical detectors (charset-normalizer) mistake short French or German
    for Central European code pages, so the choice is made by script: decoded
    as cp1251, Russian gives all-Cyrillic words, while Western text gives words
    that mix Latin and Cyrillic letters ("dйminage").
    """
    sample = data[:_DETECTION_SAMPLE_BYTES]
    as_cyrillic = sample.decode("cp1251", errors="replace")
    words = re.findall(r"[^\W\d_]+", as_cyrillic)
    cyrillic = [
        word for word in words if any("\u0400" <= ch <= "\u04ff" for ch in word)
    ]
    mixed = [word for word in cyrillic if re.search(r"[A-Za-z]", word)]
    if cyrillic and len(mixed) <= 0.2 * len(cyrillic):
        logger.debug("%s decoded as cp1251", file_name)
        return data.decode("cp1251", errors="replace")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin_1")  # decodes any byte; binary is caught later


def _control_ratio(text: str) -> float:
    sample = text[:_DETECTION_SAMPLE_BYTES]
    if not sample:
        return 0.0
    controls = sum(
        1
        for char in sample
        if (unicodedata.category(char) in ("Cc", "Co", "Cs") and char not in "\t\n\r\f")
    )
    return controls / len(sample)


def _normalise_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x0c", "\n")
    # a report's footnote marker stuck to its sentence ("near Gorongosa.14 In
    # 2024 ..."): it hides the sentence's end and reads as a count
    text = _FOOTNOTE_MARK.sub("", text)
    return unicodedata.normalize("NFC", text)


_FOOTNOTE_MARK = re.compile(
    r"(?<=[a-z\u00df-\u024f)\]\"'’”][.,;:])\d{1,2}(?=[ \t]*(?:\n|$)|[ \t]+[A-Z])"
    # ("... left in 2015.2 On 17 May ...": after a year, only before a new sentence)
    r"|(?<=\b(?:19|20)\d\d\.)\d{1,2}(?=[ \t]+[A-Z][a-z])"
)


_HEADER = re.compile(
    r"^(?P<key>title|headline|date|published|publication\s+date|dateline|source|"
    r"url|link|publisher|site|author|by|byline|language)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# "BAKU, Azerbaijan, November 28." / "KYIV, March 3 (Reuters) -" /
# "Baku, 28 November 2022 /Trend/"
_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Za-z\u00c0-\u024f'’. -]{{1,40}}?)"
    rf"(?:,\s*[A-Z][A-Za-z\u00c0-\u024f'’. -]{{1,40}}?)?,\s*"
    rf"(?P<date>(?:{_MONTHS}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTHS})(?:,?\s+\d{{4}})?)"
    r"\s*(?:\.|\([^)]{1,40}\)|/[^/]{1,40}/)?\s*(?:[-–—:.]|$)"
)


def _read_plain(data: bytes, file_name: str) -> _Parsed:
    text = _normalise_text(decode_text(data, file_name))
    return _parse_plain(text)


def _parse_plain(text: str) -> _Parsed:
    """Split header lines ("Title: ...") off ``text`` and find title, date, source."""
    lines = text.split("\n")
    headers: dict[str, str] = {}
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    while index < len(lines):
        match = _HEADER.match(lines[index].strip())
        if not match or len(lines[index]) > 2000:
            break
        key = " ".join(match.group("key").lower().split())
        headers.setdefault(key, match.group("value").strip())
        index += 1
    body_lines = lines[index:]
    title = headers.get("title") or headers.get("headline")
    source = (
        _http_url(headers.get("url") or headers.get("link") or headers.get("source"))
        or headers.get("source")
        or headers.get("publisher")
        or headers.get("site")
    )
    if not title:
        title, publisher, body_lines = _title_from_scrape(body_lines)
        source = source or publisher
    body = _unwrap("\n".join(body_lines)).strip()
    published = _header_date(headers) or dateline_date(body)
    return _Parsed(body=body, title=title, published=published, source=source or None)


def _header_date(headers: dict[str, str]) -> date | None:
    for key in ("date", "published", "publication date", "dateline"):
        if headers.get(key):
            found = parse_date_text(headers[key])
            if found:
                return found
    return None


def _title_from_scrape(lines: list[str]) -> tuple[str | None, str | None, list[str]]:
    """Find a title repeated at the top of a scraped page (site, title, title).

    Returns (title, publisher, remaining lines). A short line before the
    repeated title is the site or publisher name; it is dropped from the body.
    """
    non_empty = [(i, line.strip()) for i, line in enumerate(lines[:40]) if line.strip()]
    for position in range(min(len(non_empty) - 1, 3)):
        first, second = non_empty[position][1], non_empty[position + 1][1]
        if first == second and len(first) <= _MAX_TITLE_CHARS:
            publisher = None
            if position == 1 and len(non_empty[0][1].split()) <= 6:
                publisher = non_empty[0][1].rstrip(".:")
            # Keep one copy of the title; drop the site line and the duplicate.
            second_index = non_empty[position + 1][0]
            return first, publisher, [first, "", *lines[second_index + 1 :]]
    return None, None, lines


def dateline_date(
    text: str, *, today: date | None = None, published: date | None = None
) -> date | None:
    """Return the date of a dateline opening ``text`` ("KYIV, March 3 (Reuters) -").

    Without a year in the dateline, the latest such day on or before
    ``published`` when it is known; otherwise the latest year the text
    mentions (not later than ``today``), else ``today``'s year.
    """
    head = text.lstrip()[:200]
    for line in head.split("\n")[:3]:
        match = _DATELINE.match(line.strip())
        if not match:
            continue
        found = find_dates(match.group("date"), published=published)
        if found and found[0].precision == "day":
            return found[0].value
        reference = today or date.today()
        years = [
            int(year)
            for year in re.findall(r"\b((?:19|20)\d\d)\b", text[:20000])
            if int(year) <= reference.year
        ]
        year = max(years) if years else reference.year
        found = find_dates(match.group("date"), published=date(year, 12, 31))
        if found and found[0].precision == "day":
            value = found[0].value
            return value if value <= reference else value.replace(year=value.year - 1)
    return None


def _unwrap(text: str) -> str:
    """Join hard-wrapped lines into paragraphs; keep headings and blank lines.

    A line break stays when the line is much shorter than the wrap width or ends
    a sentence; a line ending in "-" before a lower-case word joins without a space.
    """
    lines = text.split("\n")
    widths = sorted(len(line) for line in lines if line.strip())
    if len(widths) < 4:
        return text
    wrap_width = widths[int(len(widths) * 0.9)]
    long_lines = sum(1 for width in widths if width >= 0.75 * wrap_width)
    # (a report's table rows and page headers are short lines of another kind:
    # the prose between them may still be hard-wrapped)
    prose = [
        len(line)
        for line in lines
        if line.strip() and not COLUMN_GAP.search(line.strip())
    ]
    long_prose = sum(1 for width in prose if width >= 0.75 * wrap_width)
    wrapped = long_lines >= len(widths) * 0.5 or (
        bool(prose) and long_prose >= len(prose) * 0.5
    )
    if wrap_width > 150 or not wrapped:
        return text  # one paragraph per line: not hard-wrapped
    out: list[str] = []
    for line in lines:
        stripped = line.rstrip()
        if out and out[-1] and _continues_item(out[-1].split("\n")[-1], stripped):
            # "- On 9 May an ox-cart struck a mine in Pauk town-" / "  ship, ..."
            stripped = stripped.lstrip()
        if (
            out
            and out[-1]
            and stripped
            and len(out[-1].split("\n")[-1]) >= 0.75 * wrap_width
            and stripped[:1].strip()
            # a bullet, a heading's "#", a post's emoji or a chat stamp opens an item
            and not _ITEM_OPENER.match(stripped.lstrip())
            # a table's row or a page header set in columns is a line of its own
            and not COLUMN_GAP.search(out[-1].split("\n")[-1].strip())
            and not COLUMN_GAP.search(stripped.strip())
        ):
            previous = out[-1]
            split_word = _SPLIT_WORD.search(previous)
            if split_word and stripped[:1].islower():
                # "agricul-" + "tural": one word; "anti-" + "personnel" keeps its hyphen
                keep = split_word.group(1).lower() in _HYPHEN_PREFIXES
                out[-1] = previous[: len(previous) - (0 if keep else 1)] + stripped
            else:
                out[-1] = previous + " " + stripped.lstrip()
        else:
            out.append(stripped)
    return "\n".join(out)


def _continues_item(previous: str, line: str) -> bool:
    """``line`` is indented to the text of the bullet item ``previous`` opens."""
    item = _BULLET_ITEM.match(previous)
    return (
        item is not None
        and len(line) - len(line.lstrip(" ")) == item.end()
        and bool(line.strip())
    )


_BULLET_ITEM = re.compile(r"[ \t]*[-•*][ \t]+(?=\S)")
_SPLIT_WORD = re.compile(r"(?:^|[^\w-])(\w+)-$")
_ITEM_OPENER = re.compile(rf"{LINE_EMOJI}|{LINE_BULLET}|[\[#]")
#: Prefixes written with a hyphen: their line-end hyphen is the word's own.
_HYPHEN_PREFIXES = frozenset(
    "anti non self ex co post pre well long short semi multi cross half sub mid "
    "counter quasi pro all".split()
)


# HTML ------------------------------------------------------------------------

_BASE64_RUN = re.compile(r"(?:data:[\w/+.-]+;base64,)?[A-Za-z0-9+/=]{200,}")


def _read_html(data: bytes, file_name: str) -> _Parsed:
    markup = _decode_html(data, file_name)
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            favor_precision=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError, RecursionError, AttributeError) as exc:
        # trafilatura and lxml give up on some malformed or very deep pages;
        # the plain-markup fallback below still gets their text.
        logger.info("%s: trafilatura failed (%s); using the fallback", file_name, exc)
        document = None
    title = url = sitename = None
    published: date | None = None
    text = ""
    if document is not None:
        text = document.text or ""
        title = document.title
        url = _http_url(document.url)
        sitename = document.sitename
        if document.date:
            published = parse_date_text(document.date)
    if not text.strip():
        text = _html_to_text(markup)
    text = _BASE64_RUN.sub(" ", _normalise_text(text))
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if not text:
        raise ArticleReadError(file_name, "empty (no readable text in the page)")
    if title is None:
        title = _html_title(markup)
    if published is None:
        published = dateline_date(text)
    return _Parsed(body=text, title=title, published=published, source=url or sitename)


def _decode_html(data: bytes, file_name: str) -> str:
    declared = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.I)
    if declared and not any(data.startswith(bom) for bom, _ in _BOMS):
        encoding = declared.group(1).decode("ascii", "replace").lower()
        try:
            text = data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            text = decode_text(data, file_name)
    else:
        text = decode_text(data, file_name)
    if b"<" not in data[:65536] and "<" not in text[:65536]:
        raise ArticleReadError(file_name, "not HTML (no markup found)")
    return text


def _html_to_text(markup: str) -> str:
    """Return the visible text of ``markup``: never scripts, styles or embeds."""
    from html.parser import HTMLParser

    skipped = {"script", "style", "iframe", "noscript", "template", "svg", "object",
               "embed", "head", "nav", "footer", "form", "button"}  # fmt: skip
    blocks = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
              "section", "article", "blockquote", "header"}  # fmt: skip

    class _Collector(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skip_depth = 0

        def handle_starttag(self, tag: str, attrs: list) -> None:
            if tag in skipped:
                self.skip_depth += 1
            elif tag in blocks:
                self.parts.append("\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in skipped and self.skip_depth:
                self.skip_depth -= 1
            elif tag in blocks:
                self.parts.append("\n")

        def handle_data(self, data: str) -> None:
            if not self.skip_depth:
                self.parts.append(data)

    collector = _Collector()
    collector.feed(markup)
    collector.close()
    return "".join(collector.parts)


def _html_title(markup: str) -> str | None:
    import html

    match = re.search(r"<title[^>]*>(.*?)</title>", markup[:200000], re.I | re.S)
    if not match:
        return None
    return html.unescape(re.sub(r"<[^>]+>", " ", match.group(1))).strip() or None


def _http_url(value: str | None) -> str | None:
    if value and re.match(r"https?://[^\s/$.?#][^\s]*$", value.strip(), re.I):
        return value.strip()
    return None


# PDF -------------------------------------------------------------------------

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (DOCX, XLSX or similar)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
)
# pypdf reports damaged files through its own errors and, for some damage,
# through builtin ones raised from deep inside the parser; all mean "corrupt".
_PDF_FAILURES: tuple[type[BaseException], ...] = (
    ValueError, KeyError, TypeError, IndexError, AttributeError, AssertionError,
    RecursionError, OSError, struct.error, zlib.error, UnicodeError, OverflowError,
    ZeroDivisionError, NotImplementedError, LookupError, ArithmeticError,
)  # fmt: skip


def _read_pdf(data: bytes, file_name: str) -> _Parsed:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    header_at = data.find(b"%PDF-", 0, 1024)
    if header_at < 0:
        kind = next((what for magic, what in _MAGIC if data.startswith(magic)), None)
        raise ArticleReadError(
            file_name,
            f"not a PDF (the file is {kind})"
            if kind
            else "corrupt PDF (no PDF header)",
        )
    if b"%%EOF" not in data[-4096:]:
        raise ArticleReadError(file_name, "truncated PDF (no end-of-file marker)")
    failures = (PyPdfError, *_PDF_FAILURES)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    unlocked = reader.decrypt("")
                except (DependencyError, FileNotDecryptedError, *failures) as exc:
                    raise ArticleReadError(
                        file_name, "encrypted PDF (cannot be opened without a password)"
                    ) from exc
                if not unlocked:
                    raise ArticleReadError(
                        file_name, "encrypted PDF (needs a password)"
                    )
            pages = [page.extract_text() or "" for page in reader.pages]
            metadata_title = _pdf_metadata_title(reader)
    except ArticleReadError:
        raise
    except FileNotDecryptedError as exc:
        raise ArticleReadError(file_name, "encrypted PDF (needs a password)") from exc
    except failures as exc:
        raise ArticleReadError(file_name, f"corrupt PDF ({_short(exc)})") from exc
    text = _normalise_text("\n\n".join(pages))
    if not text.strip():
        raise ArticleReadError(file_name, "no text layer (scanned PDF?)")
    if _control_ratio(text) > _MAX_CONTROL_RATIO:
        raise ArticleReadError(file_name, "no usable text layer (garbled PDF text)")
    parsed = _parse_plain(text)
    if parsed.title is None and metadata_title:
        parsed = _Parsed(parsed.body, metadata_title, parsed.published, parsed.source)
    return parsed


def _pdf_metadata_title(reader: object) -> str | None:
    metadata = getattr(reader, "metadata", None)
    title = getattr(metadata, "title", None) if metadata else None
    if not isinstance(title, str):
        return None
    title = title.strip()
    # Office exports often leave "Microsoft Word - draft.docx" as the title.
    if not title or re.search(r"\.(docx?|pdf|txt)$|^microsoft\s+word", title, re.I):
        return None
    return title


def _short(exc: BaseException) -> str:
    message = " ".join(str(exc).split())[:120]
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


# DOCX ------------------------------------------------------------------------


def _read_docx(data: bytes, file_name: str) -> _Parsed:
    _check_zip(data, file_name)
    import docx
    from docx.opc.exceptions import OpcError

    try:
        document = docx.Document(io.BytesIO(data))
        parts: list[str] = []
        heading: str | None = None
        for paragraph in document.paragraphs:
            text = paragraph.text.strip()
            if not text:
                continue
            style = (paragraph.style.name if paragraph.style is not None else "") or ""
            if (
                heading is None
                and not parts
                and style.lower().startswith(("title", "heading"))
            ):
                heading = text
            parts.append(text)
        for table in document.tables:
            for row in table.rows:
                cells = [cell.text.strip() for cell in row.cells if cell.text.strip()]
                if cells:
                    parts.append(" | ".join(dict.fromkeys(cells)))
        core_title = (document.core_properties.title or "").strip() or None
    except (OpcError, KeyError, ValueError, zipfile.BadZipFile, AttributeError,
            TypeError, IndexError, OSError, EOFError, zlib.error) as exc:  # fmt: skip
        raise ArticleReadError(file_name, f"corrupt DOCX ({_short(exc)})") from exc
    except _xml_errors() as exc:
        raise ArticleReadError(file_name, f"corrupt DOCX ({_short(exc)})") from exc
    text = _normalise_text("\n\n".join(parts))
    if not text.strip():
        raise ArticleReadError(file_name, "empty (the document has no text)")
    parsed = _parse_plain(text)
    title = parsed.title
    if heading and (title is None or title == _first_line_title(parsed.body)):
        title = heading
    if title is None and core_title:
        title = core_title
    return _Parsed(parsed.body, title, parsed.published, parsed.source)


def _xml_errors() -> tuple[type[BaseException], ...]:
    from lxml import etree

    return (etree.LxmlError,)


def _check_zip(data: bytes, file_name: str) -> None:
    """Refuse a DOCX that is not a zip, lacks its main part, or is a zip bomb.

    Sizes are read from the archive directory before anything is extracted.
    """
    if not data.startswith(b"PK"):
        kind = next((what for magic, what in _MAGIC if data.startswith(magic)), None)
        detail = f"the file is {kind}" if kind else "not a zip archive"
        raise ArticleReadError(file_name, f"corrupt DOCX ({detail})")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError,
            EOFError, struct.error) as exc:  # fmt: skip
        raise ArticleReadError(file_name, f"corrupt DOCX ({_short(exc)})") from exc
    if len(members) > _ZIP_MAX_MEMBERS:
        raise ArticleReadError(
            file_name, f"zip bomb refused ({len(members)} archive members)"
        )
    expanded = sum(member.file_size for member in members)
    if expanded > ZIP_BOMB_BYTES or expanded > ZIP_BOMB_RATIO * max(len(data), 1):
        raise ArticleReadError(
            file_name,
            f"zip bomb refused (expands to {_format_mb(expanded)} MB from "
            f"{_format_mb(len(data))} MB)",
        )
    names = {member.filename for member in members}
    if "word/document.xml" not in names:
        raise ArticleReadError(file_name, "corrupt DOCX (no word/document.xml)")


# Shared ----------------------------------------------------------------------


def _clean_title(title: str) -> str | None:
    title = " ".join(title.split())
    if not title:
        return None
    if len(title) > _MAX_TITLE_CHARS:
        cut = title.rfind(" ", 0, _MAX_TITLE_CHARS)
        title = title[: cut if cut > 0 else _MAX_TITLE_CHARS] + "…"
    return title


def _first_line_title(body: str) -> str | None:
    for line in body.split("\n", 20)[:20]:
        line = line.strip()
        if line:
            if _DATELINE.match(line):
                return None  # a dateline opens the story: there is no title line
            return _clean_title(line)
    return None


def _starts_with_title(body: str, title: str) -> bool:
    head = " ".join(body[: len(title) * 2 + 200].split()).casefold()
    wanted = " ".join(title.rstrip("…").split()).casefold()
    return head.startswith(wanted)


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of ``text``'s language, or None if undecidable."""
    from langdetect import DetectorFactory, LangDetectException, detect

    DetectorFactory.seed = 0  # langdetect is random by default; keep results stable
    sample = text[:_LANGUAGE_SAMPLE_CHARS]
    if sum(char.isalpha() for char in sample) < 20:
        return None
    try:
        return detect(sample)
    except LangDetectException:
        return None


_READERS: dict[str, Callable[[bytes, str], _Parsed]] = {
    **{suffix: _read_plain for suffix in TEXT_SUFFIXES},
    **{suffix: _read_html for suffix in HTML_SUFFIXES},
    ".pdf": _read_pdf,
    ".docx": _read_docx,
}
