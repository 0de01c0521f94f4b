"""Property tests: readers, sentences, excerpts, roles and facts on arbitrary input.

Whatever the bytes or the name, reading gives an Article or the project's own
ArticleReadError, nothing else; spans and excerpts always stay in the text.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.errors import ArticleReadError
from dashboard.facts import extract_facts
from dashboard.models import Article
from dashboard.readers import display_file_name, read_article
from dashboard.roles import assign_roles
from dashboard.text import ELLIPSIS, make_excerpt, sentence_spans

SUFFIXES = [".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".exe", ""]
FAST = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

names = st.builds(
    lambda stem, suffix: stem + suffix,
    st.text(max_size=60),
    st.sampled_from(SUFFIXES),
)


def _read(data: bytes, name: str) -> Article | None:
    try:
        article = read_article(data, name, max_bytes=64 * 1024)
    except ArticleReadError as exc:
        assert exc.reason
        assert exc.file_name == display_file_name(name)
        return None
    assert isinstance(article, Article)
    assert article.text.strip()
    return article


@FAST
@given(data=st.binary(max_size=2048), name=names)
def test_random_bytes_under_any_name_give_an_article_or_a_read_error(data, name):
    _read(data, name)


def _pdf_like(body: bytes) -> bytes:
    return b"%PDF-1.4\n" + body + b"\ntrailer\n<<>>\n%%EOF\n"


def _zip_with(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member, content in members:
            archive.writestr(member, content)
    return buffer.getvalue()


@FAST
@given(body=st.binary(max_size=1024))
def test_damaged_pdfs_give_an_article_or_a_read_error(body):
    _read(_pdf_like(body), "x.pdf")


@FAST
@given(
    members=st.lists(
        st.tuples(
            st.sampled_from(["word/document.xml", "[Content_Types].xml", "a.xml"]),
            st.binary(max_size=300),
        ),
        max_size=3,
        unique_by=lambda member: member[0],
    )
)
def test_damaged_docx_give_an_article_or_a_read_error(members):
    _read(_zip_with(members), "x.docx")


@FAST
@given(
    markup=st.text(
        alphabet=st.sampled_from(list("<>/ab p=\"'&;#\n\x00é")), max_size=400
    )
)
def test_any_markup_gives_an_article_or_a_read_error(markup):
    article = _read(markup.encode("utf-8", "surrogatepass"), "page.html")
    if article is not None:
        assert "<script" not in article.text


@FAST
@given(text=st.text(max_size=400))
def test_any_text_encoded_any_way_gives_an_article_or_a_read_error(text):
    for encoding in ("utf-8", "utf-16", "utf-16-le"):
        _read(text.encode(encoding, "surrogatepass"), "t.txt")


@given(name=st.text(max_size=600))
def test_display_file_name_is_short_and_printable(name):
    shown = display_file_name(name)
    assert 0 < len(shown) <= 120
    assert "/" not in shown and "\\" not in shown
    assert shown.isprintable()


@FAST
@given(text=st.text(max_size=600))
def test_sentence_spans_lie_inside_the_text_in_order(text):
    previous_end = 0
    for start, end in sentence_spans(text):
        assert previous_end <= start < end <= len(text)
        previous_end = end


@FAST
@given(data=st.data(), text=st.text(min_size=1, max_size=800))
def test_excerpt_contains_the_name_and_whole_words(data, text):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, min(len(text), start + 30)))
    max_chars = data.draw(st.integers(40, 300))
    excerpt = make_excerpt(text, start, end, max_chars=max_chars)
    name = " ".join(text[start:end].split())
    assert name in excerpt
    core = excerpt.removeprefix(ELLIPSIS).removesuffix(ELLIPSIS)
    assert core in " ".join(text.split()) or not core


@FAST
@given(data=st.data(), text=st.text(min_size=1, max_size=500))
def test_roles_and_facts_never_fail_on_any_text(data, text):
    spans = []
    for _ in range(data.draw(st.integers(1, 4))):
        start = data.draw(st.integers(0, len(text) - 1))
        end = data.draw(st.integers(start + 1, min(len(text), start + 20)))
        spans.append([(start, end)])
    decisions = assign_roles(text, spans)
    assert len(decisions) == len(spans)
    assert all(0 <= d.span_index < 1 for d in decisions)
    facts = extract_facts(text, context=text[::-1], published=date(2023, 3, 17))
    assert facts.killed is None or facts.killed >= 0
    assert facts.injured is None or facts.injured >= 0
