"""Fold place names to one comparable key: case, accents, dotless i, hyphens, quotes."""

from __future__ import annotations

import re
import unicodedata

# Letters NFKD does not decompose into a base letter plus a mark.
_SPECIAL_LETTERS = str.maketrans(
    {
        "ı": "i",  # dotless i (Azerbaijani, Turkish)
        "İ": "i",
        "ə": "e",  # schwa (Azerbaijani)
        "Ə": "e",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ł": "l",
        "Ł": "l",
        "ŀ": "l",
        "þ": "th",
        "œ": "oe",
        "Œ": "oe",
    }
)
# Apostrophes and the like vanish (Ag'dam = Agdam); dashes become spaces.
_QUOTES = re.compile(
    r"[\u0027\u2018\u2019\u02bc\u02bb\u0060\u00b4\u2032\u02b9\u02be\u02bf]"
)
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_./,]+")


def fold_text(text: str) -> str:
    """Return ``text`` without accents and special letters, keeping its case and length.

    Characters that fold to nothing or to several letters are kept as they
    are, so offsets in the folded text match offsets in the original; that
    lets recognition scan folded text and report spans of the original.
    """
    out = []
    for char in text:
        if ord(char) < 128:
            out.append(char)
            continue
        folded = _fold_char(char)
        out.append(folded if len(folded) == 1 else char)
    return "".join(out)


def _fold_char(char: str) -> str:
    special = char.translate(_SPECIAL_LETTERS)
    if special != char:
        return special
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize_place_name(name: str) -> str:
    """Return the lookup key of a place name: ``"  Ağdam-Rayon " -> "agdam rayon"``."""
    text = unicodedata.normalize("NFKC", name).translate(_SPECIAL_LETTERS)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _QUOTES.sub("", text)
    text = _SEPARATORS.sub(" ", text)
    return text.casefold().strip()


def normalize_query(query: str, country_code: str | None = None) -> str:
    """Return the geocode-cache key of a query and its optional country hint."""
    key = normalize_place_name(query)
    return f"{key}|{country_code.upper()}" if country_code else key
