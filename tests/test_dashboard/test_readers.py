"""Readers: every format on small files made here, and every refusal in DECISIONS."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest

from dashboard.errors import ArticleReadError
from dashboard.readers import display_file_name, read_article

MB = 1024 * 1024
LIMIT = 20 * MB

STORY = (
    "Two men were killed on Friday when their car hit an anti-tank mine near "
    "Izium, regional officials said. Deminers had surveyed the road in March."
)


def read(data: bytes, name: str, *, max_bytes: int = LIMIT):
    return read_article(data, name, max_bytes=max_bytes)


def refusal(data: bytes, name: str, *, max_bytes: int = LIMIT) -> str:
    with pytest.raises(ArticleReadError) as caught:
        read(data, name, max_bytes=max_bytes)
    assert caught.value.file_name == display_file_name(name)
    return caught.value.reason


def make_pdf(lines: list[str], *, title: str | None = None) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    if title:
        pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def make_docx(paragraphs: list[str], *, heading: str | None = None) -> bytes:
    import docx

    document = docx.Document()
    if heading:
        document.add_heading(heading, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# Plain text ------------------------------------------------------------------


def test_plain_text_header_gives_title_date_and_source():
    data = (
        "Title: Mine blast kills two near Izium\nDate: 17 March 2023\n"
        f"Source: https://example.org/izium\n\n{STORY}\n"
    ).encode()
    article = read(data, "izium.txt")
    assert article.title == "Mine blast kills two near Izium"
    assert article.published == date(2023, 3, 17)
    assert article.source == "https://example.org/izium"
    assert article.language == "en"
    # The title heads the text so places named only there are found too.
    assert article.text.startswith("Mine blast kills two near Izium\n\n")
    assert STORY in article.text
    assert "Date:" not in article.text


def test_source_is_publisher_then_file_name():
    with_publisher = read(f"Publisher: Example News\n\n{STORY}".encode(), "a.txt")
    assert with_publisher.source == "Example News"
    plain = read(STORY.encode(), "report.md")
    assert plain.source == "report.md"
    assert plain.title == STORY  # no header: the first line is the title


def test_scraped_page_with_site_name_and_repeated_title():
    data = (
        b"Example Blogs\n\nAzerbaijan hosts a demining conference\n\n"
        b"Azerbaijan hosts a demining conference\n\n"
        b"Experts met in Baku for four days to compare clearance methods.\n"
    )
    article = read(data, "scrape.txt")
    assert article.title == "Azerbaijan hosts a demining conference"
    assert article.source == "Example Blogs"
    assert article.text.count("Azerbaijan hosts a demining conference") == 1
    assert not article.text.startswith("Example Blogs")


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        ("BAKU, Azerbaijan, November 28, 2022. Deminers found.", date(2022, 11, 28)),
        ("KYIV, March 3, 2023 (Reuters) - A mine exploded.", date(2023, 3, 3)),
        ("Baku, 28 November 2022 /Trend/ - Deminers found mines.", date(2022, 11, 28)),
    ],
)
def test_dateline_gives_publication_date(first_line, expected):
    article = read(f"{first_line} More text follows here.".encode(), "d.txt")
    assert article.published == expected


def test_dateline_without_year_takes_the_latest_year_in_the_text():
    text = "KYIV, March 3 (Reuters) - A mine exploded near Izium. In 2022 the town..."
    assert read(text.encode(), "d.txt").published == date(2022, 3, 3)


def test_hard_wrapped_text_is_joined_into_paragraphs():
    wrapped = (
        "A tractor driver was injured on Sunday when his vehicle set off an\n"
        "anti-tank mine in a field near the village of Kangarli, outside the\n"
        "town, the national mine action agency said in a short statement.\n"
        "\n"
        "Teams went back to the field on Monday and marked two further mines\n"
        "within forty metres of the crater, according to the same agency.\n"
    )
    article = read(wrapped.encode(), "w.txt")
    assert "set off an anti-tank mine" in article.text


def test_a_bullet_items_indented_continuation_joins_its_item():
    text = read(
        b"NOTES ON SELECTED INCIDENTS, AS REPORTED BY PARTNERS IN THE FIELD\n"
        b"- On 9 May 2024 an ox-cart struck a landmine on a farm track in Pauk town-\n"
        b"  ship, Magway region; three villagers were killed and four injured.\n"
        b"- In Minbya township, five of the eight injured were children hurt in\n"
        b"  April by items they had picked up near their homes on the way back.\n",
        "n.txt",
    ).text
    assert "in Pauk township, Magway region;" in text
    assert "hurt in April by items" in text


def test_a_posts_lines_opening_on_an_emoji_or_a_stamp_stay_lines():
    post = (
        "🔴 Koro cercle – Thu 10/10: a donkey cart hit a mine near the village.\n"
        "🔴 Niono cercle – Wed 9/10: a motorbike hit an IED north of Diabaly.\n"
        "[Sun 9/2 08:14] Kani twp: the team removed 17 mines from the school.\n"
        "▪️ Gao – Mon 7/10: the EOD team destroyed 38 items collected in town.\n"
    )
    assert read(post.encode(), "p.txt").text == post.rstrip("\n")


def test_a_table_pasted_from_a_report_keeps_its_rows_as_lines():
    wrapped = (
        "The national authority recorded eleven casualties in the second quarter of\n"
        "the year, and teams released nearly ten square kilometres of agricul-\n"
        "tural land across the north-west, against eight in the same period of\n"
        "the previous year, according to the anti-\n"
        "personnel mine database.\n"
        "\n"
        "Province            Killed  Injured  AP mines\n"
        "Battambang          1       3        1,204\n"
        "Pailin              0       0        311\n"
        "Quarterly Statistics Report, Q2 2025                        Page 2 of 6\n"
        "The Technical Working Group met in Phnom Penh on 26 June 2025 to review the\n"
        "plan for the next quarter and the list of priority villages in each area.\n"
    )
    text = read(wrapped.encode(), "t.txt").text
    assert "\nBattambang          1       3        1,204\nPailin " in text
    assert "\nQuarterly Statistics Report, Q2 2025" in text
    # a word split at the line's end is one word again; a prefix keeps its hyphen
    assert "agricultural land" in text and "anti-personnel mine" in text


def test_a_report_with_more_table_rows_than_prose_lines_is_still_unwrapped():
    rows = "".join(f"Village {i:<8}    {i}        {i * 3}\n" for i in range(10))
    text = read(
        (
            "A training of trainers for 18 teachers took place in the town from 22 to\n"
            "24 October, and the teachers will repeat the sessions in their school in\n"
            "November, the report of the office says in its closing section.\n"
            "\n"
            "Name             Killed  Injured\n" + rows
        ).encode(),
        "r.txt",
    ).text
    assert "from 22 to 24 October" in text
    assert "\nVillage 3           3        9\n" in text


def test_a_footnote_marker_stuck_to_a_sentence_is_dropped():
    text = read(
        b"Teams recovered six mines near Gorongosa.14 In 2024 the figure rose.\n"
        b"The devices were of the type left in 2015.2 On 17 May a flock set one off.\n"
        b"Deminers removed 1,312 items between March and October 2024.33 In May ...\n"
        b"The area was 3.5 hectares, said the report (2024).2\n"
        b"Teams went back in May.\n",
        "f.txt",
    ).text
    assert "near Gorongosa. In 2024" in text
    assert "left in 2015. On 17 May" in text
    assert "October 2024. In May" in text
    assert "3.5 hectares" in text and "(2024).2" not in text and "(2024)." in text


# Encodings -------------------------------------------------------------------

AZERBAIJANI = "Ağdam rayonunda mina partlayışı nəticəsində iki nəfər yaralanıb. Şuşa."
RUSSIAN = "Под Харьковом трактор подорвался на мине, погибли два человека."
FRENCH = "Le déminage continue près de la frontière, où des mines ont été trouvées."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (STORY.encode("utf-8"), STORY),
        (b"\xef\xbb\xbf" + STORY.encode("utf-8"), STORY),
        (STORY.encode("utf-16"), STORY),  # with BOM
        (STORY.encode("utf-16-le"), STORY),  # without BOM
        (STORY.encode("utf-16-be"), STORY),
        (AZERBAIJANI.encode("utf-8"), AZERBAIJANI),
        (AZERBAIJANI.encode("utf-16"), AZERBAIJANI),
        (AZERBAIJANI.encode("utf-16-le"), AZERBAIJANI),
        (RUSSIAN.encode("cp1251"), RUSSIAN),
        (FRENCH.encode("latin-1"), FRENCH),
    ],
    ids=[
        "utf8", "utf8-bom", "utf16-bom", "utf16le-nobom", "utf16be-nobom",
        "az-utf8", "az-utf16-bom", "az-utf16-nobom", "ru-cp1251", "fr-latin1",
    ],
)  # fmt: skip
def test_text_encodings_load(data, expected):
    assert expected in read(data, "article.txt").text


def test_non_english_language_is_recorded():
    assert read(RUSSIAN.encode("cp1251") * 3, "ru.txt").language == "ru"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [(RUSSIAN, "ru"), (FRENCH, "fr"), (STORY, "en")],
    ids=["ru", "fr", "en"],
)
def test_language_of_a_long_article_under_an_english_title(sentence, expected):
    # Longer than the detection sample, so only the opening is looked at.
    body = " ".join([sentence] * 80)
    article = read(f"Mine action update\n\n{body}".encode(), "long.txt")
    assert len(article.text) > 5000
    assert article.language == expected


def test_invalid_utf8_bytes_in_utf8_text_still_load():
    data = ("Ağdam və Füzuli rayonlarında " * 5).encode() + b"\xff broken\n"
    article = read(data, "damaged.txt")
    assert "Ağdam" in article.text


# Refusals --------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \n\t \r\n", "\ufeff  \n".encode()])
def test_empty_files_are_refused(data):
    assert refusal(data, "blank.txt") == "empty"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        bytes(range(256)) * 40,
        b"A text that claims to be UTF-8\x00 but holds NUL\x00 bytes" * 3,
    ],
    ids=["png", "random-bytes", "nul-bytes"],
)
def test_binary_under_a_text_extension_is_not_text(data):
    assert refusal(data, "notes.txt").startswith("not text")


def test_over_the_size_limit_is_refused_with_the_limit():
    reason = refusal(b"x" * (2 * MB + 1), "big.txt", max_bytes=2 * MB)
    assert reason.startswith("larger than 2 MB")


def test_unsupported_extension_is_refused_clearly():
    assert "unsupported file type '.exe'" in refusal(b"MZ\x90\x00", "setup.exe")
    assert "no extension" in refusal(STORY.encode(), "README")


def test_five_megabyte_single_line_loads():
    line = ("Deminers cleared another field near Aghdam today " * 110_000)[: 5 * MB]
    article = read(line.encode(), "long.txt")
    assert len(article.text) >= 5 * MB - 100


# HTML ------------------------------------------------------------------------

PAGE = """<!doctype html><html><head>
<meta charset="utf-8"><title>Blast near Izium | Example News</title>
<link rel="canonical" href="https://news.example.com/2023/03/17/izium-blast">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2023-03-17T09:00:00Z">
<script>document.cookie = "steal";</script></head>
<body><nav><ul><li><a href="/">Home</a></li>
<li><a href="/world">World news menu</a></li></ul></nav>
<article><h1>Blast near Izium</h1>
<p>Two men were killed on Friday when their car hit an anti-tank mine near Izium,
regional officials said on Saturday in a statement about the explosion.</p>
<p onclick="alert('x')">Deminers from the emergency service have cleared more than
1,200 explosive items in the Kharkiv region this year, the officials added.</p>
<iframe src="https://ads.example.com/frame"></iframe>
<img src="data:image/png;base64,{blob}">
<p>The road had been marked as dangerous but local drivers kept using it to reach
their fields and the village market, neighbours told reporters.</p></article>
<section class="comments"><h3>Comments</h3>
<p>Reader comment: spam spam spam</p></section>
<footer>Copyright Example News. Cookie settings.</footer></body></html>"""


def test_html_keeps_the_story_and_drops_markup_scripts_and_menus():
    data = PAGE.replace("{blob}", "iVBORw0KGgo" * 90_000).encode()  # about 1 MB
    article = read(data, "izium.html")
    assert "car hit an anti-tank mine near Izium" in article.text
    assert "1,200 explosive items" in article.text
    for junk in ("steal", "alert", "iVBORw0KGgo", "<", "World news menu", "spam"):
        assert junk not in article.text
    assert article.title == "Blast near Izium"
    assert article.source == "https://news.example.com/2023/03/17/izium-blast"
    assert article.published == date(2023, 3, 17)


def test_deeply_nested_html_does_not_crash():
    data = (
        "<html><body>" + "<div>" * 5000 + "<p>" + STORY + "</p>" + "</div>" * 5000
    ).encode()
    assert "Izium" in read(data, "deep.htm").text


# PDF -------------------------------------------------------------------------


def test_pdf_text_layer_is_read():
    data = make_pdf(["Mine blast kills two near Izium", "", STORY])
    article = read(data, "izium.pdf")
    assert article.title == "Mine blast kills two near Izium"
    assert "anti-tank mine near Izium" in " ".join(article.text.split())


def test_pdf_without_text_layer_is_refused():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a drawing, as in a scan: no text
    assert refusal(bytes(pdf.output()), "scan.pdf") == "no text layer (scanned PDF?)"


def test_encrypted_pdf_is_refused():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(make_pdf([STORY]))).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert refusal(buffer.getvalue(), "locked.pdf").startswith("encrypted PDF")


def test_truncated_pdf_is_refused():
    data = make_pdf([STORY] * 20)
    assert refusal(data[: len(data) // 2], "cut.pdf").startswith("truncated PDF")


def test_png_named_pdf_is_not_a_pdf():
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    assert refusal(data, "photo.pdf") == "not a PDF (the file is a PNG image)"


def test_garbage_after_a_pdf_header_is_corrupt():
    data = b"%PDF-1.7\n" + bytes(range(256)) * 4 + b"\n%%EOF\n"
    reason = refusal(data, "broken.pdf")
    assert reason.startswith(("corrupt PDF", "no text layer"))


# DOCX ------------------------------------------------------------------------


def test_docx_paragraphs_and_heading_are_read():
    paragraphs = [STORY, "A second paragraph about clearance."]
    data = make_docx(paragraphs, heading="Izium blast")
    article = read(data, "izium.docx")
    assert article.title == "Izium blast"
    assert STORY in article.text
    assert "second paragraph" in article.text


@pytest.mark.parametrize(
    ("data", "reason_start"),
    [
        (b"PK\x03\x04" + b"\x00" * 100, "corrupt DOCX"),
        (b"not a zip at all, just text", "corrupt DOCX"),
    ],
)
def test_corrupt_docx_is_refused(data, reason_start):
    assert refusal(data, "broken.docx").startswith(reason_start)


def test_zip_without_a_document_part_is_a_corrupt_docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hello")
    assert refusal(buffer.getvalue(), "x.docx") == "corrupt DOCX (no word/document.xml)"


def test_docx_zip_bomb_is_refused_before_extraction():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:document/>" + b" " * (8 * MB))
    data = buffer.getvalue()
    assert len(data) < 100_000
    assert refusal(data, "bomb.docx").startswith("zip bomb refused")


# File names ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("..\\..\\windows\\system.ini", "system.ini"),
        ("report\x00\x1b[31m.txt", "report [31m.txt"),
        ("line\nbreak.txt", "line break.txt"),
        ("", "unnamed file"),
    ],
)
def test_display_file_name_is_safe(name, expected):
    assert display_file_name(name) == expected


def test_long_file_name_is_shortened_keeping_the_extension():
    shown = display_file_name("a" * 500 + ".txt")
    assert len(shown) <= 120
    assert shown.endswith(".txt")
    assert "…" in shown


def test_path_parts_in_a_name_are_never_used_as_a_path(tmp_path):
    article = read(STORY.encode(), "../../../etc/passwd.txt")
    assert article.file_name == "passwd.txt"
    assert article.source == "passwd.txt"
