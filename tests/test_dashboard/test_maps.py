"""The mention map, checked on the folium objects and their rendered HTML."""

from __future__ import annotations

import json
import re
from datetime import date

import folium
import pytest

from dashboard.assets import STATIC_URL
from dashboard.maps import (
    MentionClusterLayer,
    MentionHeatLayer,
    build_mention_map,
    folium_text,
    highlight_excerpt,
    js_links,
    parse_mention_id,
    prepare_map_data,
    prepare_map_points,
    safe_link,
    select_map_data,
    write_map_data,
)
from dashboard.models import ROLES

HOSTILE_TITLE = '<script>alert("t")</script><img src=x onerror=alert(1)>'
HOSTILE_EXCERPT = (
    "Near Aghdam <b onmouseover=alert(2)>a mine</b> {{ 7*7 }} {% if 1 %}x{% endif %}"
)


def mention(mention_id: int = 1, **overrides):
    row = {
        "mention_id": mention_id,
        "article_id": 10,
        "article_title": "Tractor hits mine near Aghdam",
        "article_source": "https://news.example.org/aghdam?id=1&x=2",
        "article_published": date(2023, 3, 14),
        "name": "Aghdam",
        "place_name": "Ağdam",
        "lat": 39.99,
        "lon": 46.93,
        "country_name": "Azerbaijan",
        "admin1": "Aghdam District",
        "precision": 1,
        "role": "incident",
        "excerpt": "A tractor driver was killed near Aghdam on 12 March.",
        "event_date": date(2023, 3, 12),
        "killed": 1,
        "injured": None,
        "mines": None,
        "device": "anti-tank mine",
    }
    row.update(overrides)
    return row


def rendered(m: folium.Map) -> str:
    return m.get_root().render()


def embedded_data(page: str) -> dict:
    match = re.search(
        r'<script type="application/json" id="landmine-data">(.*?)</script>', page
    )
    assert match, "the map carries its data in one JSON script element"
    return json.loads(match.group(1))


def children_of_type(m: folium.Map, kind: type) -> list:
    return [child for child in m._children.values() if isinstance(child, kind)]


def test_one_cluster_layer_per_role_and_no_per_point_objects():
    rows = [
        mention(i, role=ROLES[i % len(ROLES)], lat=39 + i / 1000) for i in range(500)
    ]
    m = build_mention_map(prepare_map_data(rows), tiles_url=None)
    layers = children_of_type(m, MentionClusterLayer)
    assert [layer.role for layer in layers] == list(ROLES)
    assert len(children_of_type(m, MentionHeatLayer)) == 1
    assert not children_of_type(m, folium.Marker)
    assert len(m._children) < 20  # a handful of elements, not one per point
    page = rendered(m)
    assert "L.marker(" in page  # built in the browser ...
    assert page.count("L.marker(") == 1  # ... by one loop, not 500 calls
    data = embedded_data(page)
    assert sum(len(points) for points in data["layers"].values()) == 500


def test_layer_control_names_each_role_with_its_count():
    rows = [mention(1), mention(2, role="clearance"), mention(3, role="clearance")]
    page = rendered(build_mention_map(prepare_map_data(rows), tiles_url=None))
    assert "Incident (1)" in page
    assert "Clearance (2)" in page
    assert "L.control.layers(" in page


@pytest.mark.parametrize(
    "field, value",
    [
        ("article_title", HOSTILE_TITLE),
        ("excerpt", HOSTILE_EXCERPT),
        ("name", "<svg onload=alert(3)>"),
        ("device", "<iframe src=javascript:alert(4)>"),
        ("article_source", "javascript:alert(5)"),
    ],
)
def test_article_text_reaches_the_page_only_escaped(field, value):
    page = rendered(
        build_mention_map(prepare_map_data([mention(**{field: value})]), tiles_url=None)
    )
    for raw in ("<script>alert", "<img src=x", "<b onmouseover", "<svg", "<iframe"):
        assert raw not in page
    assert 'href="javascript:' not in page
    data = json.dumps(embedded_data(page))
    for raw in ("<script>", "<img", "<b ", "<svg", "<iframe"):
        assert raw not in data  # escaped before serialising, not only in transit


def test_title_and_excerpt_are_html_escaped_and_the_place_highlighted():
    rows = [mention(article_title=HOSTILE_TITLE, excerpt=HOSTILE_EXCERPT)]
    page = rendered(build_mention_map(prepare_map_data(rows), tiles_url=None))
    data = embedded_data(page)
    title = data["articles"]["0"][0]
    assert title.startswith("&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;")
    (point,) = data["layers"]["incident"]
    assert point[6].startswith(
        "Near <mark>Aghdam</mark> &lt;b onmouseover=alert(2)&gt;"
    )
    assert "{{ 7*7 }}" in point[6]  # shown as text, never evaluated


def test_only_http_sources_become_links():
    rows = [
        mention(1, article_id=1, article_source="https://example.org/a?b=1&c=2"),
        mention(2, article_id=2, article_source="javascript:alert(1)"),
        mention(3, article_id=3, article_source="Azertag (file article.txt)"),
        mention(4, article_id=4, article_source="data:text/html,<script>x</script>"),
    ]
    m = build_mention_map(prepare_map_data(rows), tiles_url=None)
    data = embedded_data(rendered(m))
    links = [article[2] for _, article in sorted(data["articles"].items())]
    assert links == ["https://example.org/a?b=1&amp;c=2", "", "", ""]
    assert data["articles"]["1"][3] == "javascript:alert(1)"  # shown as text
    assert data["articles"]["3"][3] == "data:text/html,&lt;script&gt;x&lt;/script&gt;"


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://example.org/x", "https://example.org/x"),
        ("HTTP://EXAMPLE.ORG", "HTTP://EXAMPLE.ORG"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("//example.org/x", None),
        ("https://", None),
        ("https://exa mple.org", None),
        ("ftp://example.org/file", None),
        (None, None),
        ("", None),
    ],
)
def test_safe_link(url, expected):
    assert safe_link(url) == expected


def test_every_asset_is_local_and_nothing_loads_from_a_cdn():
    m = build_mention_map(prepare_map_data([mention()]), tiles_url=None, heatmap=True)
    page = rendered(m)
    links = js_links(m)
    assert links and all(link.startswith(STATIC_URL + "/") for link in links)
    for cdn in ("cdn.", "cdnjs", "jsdelivr", "unpkg", "code.jquery.com", "bootstrap"):
        assert cdn not in page
    assert f"{STATIC_URL}/leaflet/leaflet.js" in page
    assert f"{STATIC_URL}/markercluster/leaflet.markercluster.js" in page
    assert f'L.Icon.Default.imagePath = "{STATIC_URL}/leaflet/images/"' in page
    assert "AwesomeMarkers" not in page


def test_tiles_come_from_the_setting_and_none_means_no_tile_layer():
    data = prepare_map_data([mention()])
    assert "L.tileLayer(" not in rendered(build_mention_map(data, tiles_url=None))
    page = rendered(
        build_mention_map(
            data,
            tiles_url="https://tiles.example.org/{z}/{x}/{y}.png",
            tiles_attribution="Example tiles",
        )
    )
    assert "https://tiles.example.org/{z}/{x}/{y}.png" in page
    assert "Example tiles" in page


def test_outlines_and_attributions_are_on_the_map():
    page = rendered(build_mention_map(prepare_map_data([mention()]), tiles_url=None))
    assert "L.geoJSON(" in page
    assert '"Azerbaijan"' in page  # the country outline is bundled
    assert "GeoNames" in page and "CC BY 4.0" in page
    assert "Natural Earth" in page


def test_legend_explains_roles_and_precision():
    page = rendered(build_mention_map(prepare_map_data([mention()]), tiles_url=None))
    assert "landmineLegend(" in page
    words = ("Incident", "Minefield", "Clearance", "Conference", "solid", "hollow")
    for word in (*words, "district, province or country (approximate)"):
        assert word in page


def test_points_keep_precision_and_facts_and_drop_missing_ones():
    rows = [
        mention(1, precision=1, killed=2, injured=3, mines=4),
        mention(2, precision=3, killed=None, device=None),
        mention(3, lat=None),  # unresolved: not a point
        mention(4, lat=float("nan")),
    ]
    points = prepare_map_points(rows)
    assert points.positions == (0, 1)
    data = json.loads(select_map_data(points).data_json)
    first, second = data["layers"]["incident"]
    assert first[4] == 1 and first[10:] == [2, 3, 4]
    assert second[4] == 3 and len(second) == 9  # trailing empty facts dropped
    assert data["devices"] == ["anti-tank mine"]


def test_selecting_positions_gives_the_subset_with_its_bounds():
    rows = [mention(i, lat=30 + i, lon=40 + i, article_id=i) for i in range(5)]
    points = prepare_map_points(rows)
    subset = select_map_data(points, [1, 3])
    assert subset.total == 2
    assert subset.bounds == ((31, 41), (33, 43))
    data = json.loads(subset.data_json)
    assert sorted(data["articles"]) == ["1", "3"]  # only the articles shown
    assert select_map_data(points, []).bounds is None
    assert subset.digest != select_map_data(points).digest


def test_an_empty_map_still_renders():
    data = prepare_map_data([])
    page = rendered(build_mention_map(data, tiles_url=None))
    assert data.total == 0
    assert "landmine-data" in page


@pytest.mark.parametrize(
    "excerpt, names, expected",
    [
        ("Mines near Aghdam.", ("Aghdam",), "Mines near <mark>Aghdam</mark>."),
        ("AGHDAM, aghdam", ("Aghdam",), "<mark>AGHDAM</mark>, <mark>aghdam</mark>"),
        ("Near Ağdam", ("Aghdam", "Ağdam"), "Near <mark>Ağdam</mark>"),
        ("No name here <b>", ("Aghdam",), "No name here &lt;b&gt;"),
        ("A&B <Aghdam>", ("Aghdam",), "A&amp;B &lt;<mark>Aghdam</mark>&gt;"),
    ],
)
def test_highlight_excerpt(excerpt, names, expected):
    assert highlight_excerpt(excerpt, names) == expected


def test_long_excerpts_are_trimmed_around_the_place():
    excerpt = "x" * 300 + " Aghdam " + "y" * 300
    trimmed = highlight_excerpt(excerpt, ("Aghdam",), max_chars=60)
    assert trimmed.startswith("…") and trimmed.endswith("…")
    assert "<mark>Aghdam</mark>" in trimmed
    assert len(trimmed) == 60 + len("<mark></mark>") + 2  # two ellipses


@pytest.mark.parametrize(
    "tooltip, expected",
    [
        ("Ağdam (Aghdam), Azerbaijan · #42", 42),
        ("#7", 7),
        ("Aghdam", None),
        (None, None),
        ({"x": 1}, None),
    ],
)
def test_parse_mention_id(tooltip, expected):
    assert parse_mention_id(tooltip) == expected


def test_layers_shown_at_start_add_themselves_and_the_heat_map_waits():
    m = build_mention_map(prepare_map_data([mention()]), tiles_url=None)
    page = rendered(m)
    (heat,) = children_of_type(m, MentionHeatLayer)
    for layer in children_of_type(m, MentionClusterLayer):
        assert f"{layer.get_name()}.addTo({m.get_name()});" in page
    assert f"{heat.get_name()}.addTo(" not in page  # offered in the layer control
    assert f'"Heat map" : {heat.get_name()},' in page


def test_large_data_is_written_once_and_fetched_by_url(tmp_path):
    data = prepare_map_data([mention(i, lat=30 + i / 100) for i in range(50)])
    path = write_map_data(data, tmp_path)
    assert path.name == f"{data.digest}.json"
    assert json.loads(path.read_text())["layers"]["incident"][0][2] == 0
    assert write_map_data(data, tmp_path) == path  # the same data, the same file
    page = rendered(build_mention_map(data, tiles_url=None, data_url="/x/d.json"))
    assert re.search(r'landmineLoad\(map_\w+, "/x/d.json"\)', page)
    assert 'id="landmine-data"' not in page  # not also in the page
    inline = rendered(build_mention_map(data, tiles_url=None))
    assert re.search(r"landmineLoad\(map_\w+, null\)", inline)
    assert 'id="landmine-data"' in inline


def test_only_the_newest_data_files_are_kept(tmp_path):
    paths = [
        write_map_data(prepare_map_data([mention(i)]), tmp_path, keep=3)
        for i in range(1, 6)
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in paths[-3:]
    )


def test_folium_text_keeps_templates_and_markup_inert():
    hostile = "{{ 7*7 }} {% for x in y %}<b>x</b>"
    m = folium.Map(tiles=None)
    folium.Marker([40, 47], tooltip=folium_text(hostile)).add_to(m)
    page = rendered(m)
    assert "49" not in page.split("bindTooltip")[1][:200]
    assert "&#123;&#123; 7*7 &#125;&#125;" in page
    assert "<b>x</b>" not in page


def test_merged_reports_become_one_point_listing_the_others():
    rows = [
        mention(1, article_id=1, killed=1, event_date=date(2023, 3, 12)),
        mention(2, article_id=2, killed=3, injured=2, event_date=date(2023, 3, 13)),
        mention(3, article_id=3, killed=None, event_date=date(2023, 3, 12)),
        mention(4, article_id=1, role="clearance", killed=None, device=None),
    ]
    points = prepare_map_points(rows)
    data = json.loads(select_map_data(points, [0, 3], merged={0: [1, 2]}).data_json)
    (point,) = data["layers"]["incident"]
    assert point[2] == 1  # the first report stands for the event
    assert len(data["layers"]["clearance"]) == 1
    first, last, killed, injured, mines, reports = data["events"]["1"]
    assert (first, last) == ("2023-03-12", "2023-03-13")
    assert (killed, injured, mines) == (3, 2, None)  # the largest, never the sum
    assert [r[:2] for r in reports] == [[2, 1], [3, 2]]  # mention id, article ref
    assert sorted(data["articles"]) == ["0", "1", "2"]  # every report's article
    assert select_map_data(points, [0, 3], merged={0: [1, 2]}).total == 2


def test_a_merged_report_filtered_out_is_not_listed():
    rows = [mention(1, article_id=1), mention(2, article_id=2)]
    points = prepare_map_points(rows)
    data = json.loads(select_map_data(points, [1]).data_json)
    assert data["events"] == {}
    assert [p[2] for p in data["layers"]["incident"]] == [2]


def test_reviewed_mentions_carry_a_flag_and_the_legend_explains_it():
    rows = [mention(1, reviewed=True), mention(2, lat=38.0, reviewed=False)]
    m = build_mention_map(prepare_map_data(rows), tiles_url=None)
    page = rendered(m)
    flagged = {p[2]: p for p in embedded_data(page)["layers"]["incident"]}
    assert flagged[1][13] == 1
    assert len(flagged[2]) < 14  # not reviewed: nothing sent
    assert "reviewed: confirmed or corrected by a person" in page
    assert "one marker per event" in page


def test_event_reports_are_escaped_like_everything_else():
    rows = [
        mention(1, article_id=1),
        mention(2, article_id=2, article_title=HOSTILE_TITLE, article_source="x<y"),
    ]
    points = prepare_map_points(rows)
    data = select_map_data(points, [0], merged={0: [1]})
    page = rendered(build_mention_map(data, tiles_url=None))
    assert "<script>alert" not in page and "<img src=x" not in page
    assert embedded_data(page)["articles"]["1"][3] == "x&lt;y"
