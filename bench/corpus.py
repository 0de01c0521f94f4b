"""Synthetic benchmark data: mine-action articles and stores of N mentions.

Everything is drawn from one ``random.Random(seed)``, so a seed gives the same
articles and the same store every time (on the same gazetteer). Place names
and coordinates are real: they are sampled from the built gazetteer, from
countries where mine action is reported. The sentences are our own templates.

Each :class:`SyntheticArticle` knows which places it names, with which role,
facts and excerpt, so a store of 100,000 mentions is written directly with
SQLAlchemy (seconds) instead of running the extractor over 12,000 articles.
"""

from __future__ import annotations

import random
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from dashboard.models import DEVICES, content_hash

#: Bump when the templates or the sampling change: cached stores are rebuilt.
CORPUS_VERSION = 1
#: Countries the articles are about (ISO codes), with their relative weight.
COUNTRY_WEIGHTS: dict[str, int] = {
    "AZ": 4,
    "UA": 4,
    "KH": 2,
    "LA": 1,
    "VN": 1,
    "CO": 2,
    "AF": 2,
    "IQ": 2,
    "SY": 1,
    "YE": 1,
    "BA": 2,
    "HR": 1,
    "AO": 1,
    "MZ": 1,
    "LK": 1,
    "MM": 1,
}
SETTLEMENTS_PER_COUNTRY = 250
MIN_POPULATION = 1000
EXCERPT_MAX_CHARS = 320
TARGET_ARTICLE_CHARS = 3000
FIRST_DAY = date(2016, 1, 1)
LAST_DAY = date(2025, 6, 30)
ROLE_WEIGHTS: dict[str, int] = {
    "incident": 30,
    "minefield": 20,
    "clearance": 20,
    "conference": 5,
    "mention": 25,
}

ORGANISATIONS = (
    "the HALO Trust",
    "Mines Advisory Group",
    "Norwegian People's Aid",
    "the Danish Refugee Council",
    "Humanity and Inclusion",
    "the Swiss Foundation for Mine Action",
    "the national mine action centre",
    "the United Nations Mine Action Service",
    "an army engineering unit",
    "a team of local deminers",
)
VICTIMS = (
    ("a shepherd", 1),
    ("two farmers", 2),
    ("three children", 3),
    ("a deminer", 1),
    ("a tractor driver", 1),
    ("two soldiers", 2),
    ("a woman collecting firewood", 1),
    ("four construction workers", 4),
)
TERRAIN = (
    "farmland",
    "a wheat field",
    "a dirt road",
    "an orchard",
    "grazing land",
    "a riverbank",
    "the edge of a forest",
    "an abandoned railway line",
    "a hillside",
    "rice paddies",
)
VEHICLES = ("a tractor", "a minibus", "a truck", "a motorcycle", "a car")
MEETINGS = (
    "a regional workshop on victim assistance",
    "the annual meeting of mine action donors",
    "a conference on land release",
    "talks on clearance standards",
    "a review of the national mine action strategy",
)
MONTHS = (
    "January February March April May June July August September October "
    "November December"
).split()

# One list per role; {p} is the place. Sentences are our own words.
ROLE_SENTENCES: dict[str, tuple[str, ...]] = {
    "incident": (
        "{victim_cap} {was} {hurt} on {weekday} when {vehicle} struck {device_a} "
        "on {terrain} near {p}, the local authorities said.",
        "In {p}, {victim} {was} {hurt} after stepping on {device_a} hidden in "
        "{terrain}, according to a statement from the district administration.",
        "An explosion on {terrain} outside {p} left {victim} {hurt}; police said "
        "the blast came from {device_a} left over from the fighting.",
        "Medics said {victim} {was} {hurt} near {p} when {device_a} went off "
        "beside {terrain} that had not yet been surveyed.",
    ),
    "minefield": (
        "Survey teams marked a suspected minefield of about {area} hectares on "
        "{terrain} outside {p}, where {device_plural} are believed to remain.",
        "Residents of {p} have fenced off {terrain} that they say was mined "
        "during the war, and warning signs now line the path.",
        "A contaminated area covering {area} hectares around {p} was added to "
        "the national database after villagers reported {device_plural}.",
        "The land between {p} and the old front line is still considered "
        "dangerous, with {device_plural} recorded across {terrain}.",
    ),
    "clearance": (
        "Deminers from {org} removed {mines} {device_plural} from {area} "
        "hectares of {terrain} around {p} in {month}.",
        "After weeks of work, {org} declared {terrain} near {p} free of "
        "explosive hazards, having destroyed {mines} {device_plural}.",
        "Clearance of {terrain} at {p} was completed by {org}, which said it "
        "found and destroyed {mines} {device_plural} during the operation.",
        "In {p}, {org} handed {area} hectares of cleared land back to local "
        "families after destroying {mines} {device_plural}.",
    ),
    "conference": (
        "Delegates gathered in {p} for {meeting}, where donors promised new "
        "money for survey and clearance.",
        "At {meeting} held in {p}, officials presented figures on land "
        "released over the past year.",
        "Experts meeting in {p} for {meeting} called for better data on "
        "casualties and contaminated land.",
    ),
    "mention": (
        "{p} lies about {km} kilometres from the former line of contact.",
        "Families who fled {p} during the fighting have only slowly begun to "
        "return home.",
        "The road from {p} is used every day by farmers taking produce to market.",
        "Officials in {p} said schools would hold safety lessons before the "
        "harvest begins.",
    ),
}
FILLER_SENTENCES = (
    "Local officials urged residents not to touch any suspicious object and to "
    "report it to the police at once.",
    "Mine risk education sessions are planned for schools in the area over the "
    "coming months.",
    "The area had been shelled repeatedly, and unexploded ordnance is still "
    "found in gardens and fields.",
    "{org_cap} said its teams would return once the ground dries out after the "
    "spring rains.",
    "Survivors often need years of rehabilitation, and many lose the land they "
    "depended on for income.",
    "Humanitarian groups say funding for clearance has not kept pace with the "
    "scale of the contamination.",
    "The national authority publishes a monthly report of casualties and "
    "cleared land on its website.",
    "Agricultural land that cannot be ploughed is one of the heaviest economic "
    "costs of the contamination.",
    "Most casualties in recent years have been civilians, many of them men "
    "working in the fields.",
    "Dogs and mechanical flails are used alongside manual teams to speed up the work.",
    "Warning signs have been put up along the roads, but many are damaged or "
    "have been removed.",
    "Community liaison officers visit villages to collect reports of explosive items.",
    "Several families said they had stopped sending their cattle to graze beyond "
    "the last cleared plot.",
    "A spokesperson for the regional administration said compensation claims were "
    "being reviewed.",
    "The hospital that treated the wounded has asked for more prosthetic specialists.",
    "Satellite images and old military maps help the teams decide where to search "
    "first.",
    "Funding from foreign donors pays for most of the survey work in the province.",
    "{org_cap} trains women from nearby villages as deminers and paramedics.",
    "Heavy rain can shift mines downhill, so areas once thought safe are checked "
    "again.",
    "Farmers said they would plant again only after the fields had been officially "
    "released.",
)
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_WORD_END = re.compile(r"\s+\S*$")


@dataclass(frozen=True, slots=True)
class Place:
    """A real gazetteer place the synthetic articles name."""

    gazetteer_id: str
    name: str
    lat: float
    lon: float
    country_code: str
    admin1: str | None
    feature: str
    population: int


@dataclass(frozen=True, slots=True)
class PlacePool:
    """Places per country, sampled once from the gazetteer."""

    settlements: dict[str, tuple[Place, ...]]
    provinces: dict[str, tuple[Place, ...]]
    countries: dict[str, Place]
    venues: tuple[Place, ...]  # where conferences meet

    @property
    def size(self) -> int:
        return (
            sum(len(v) for v in self.settlements.values())
            + sum(len(v) for v in self.provinces.values())
            + len(self.countries)
        )


@dataclass(frozen=True, slots=True)
class PlannedMention:
    """One place one article names, with what the extractor should find."""

    place: Place
    name: str
    role: str
    start: int
    end: int
    excerpt: str
    precision: int
    lat: float
    lon: float
    event_date: date | None = None
    killed: int | None = None
    injured: int | None = None
    mines: int | None = None
    device: str | None = None
    victims: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SyntheticArticle:
    """One generated article: the file it would be, and its planned mentions."""

    file_name: str
    title: str
    published: date
    source: str
    body: str
    mentions: tuple[PlannedMention, ...] = field(default=())

    @property
    def file_text(self) -> str:
        """The article as a .txt file with Title/Date/Source header lines."""
        return (
            f"Title: {self.title}\nDate: {self.published.isoformat()}\n"
            f"Source: {self.source}\n\n{self.body}\n"
        )

    @property
    def stored_text(self) -> str:
        """The text as the reader stores it: the title, then the body."""
        return f"{self.title}\n\n{self.body}"


def load_place_pool(
    gazetteer_path: Path,
    *,
    countries: Iterable[str] = COUNTRY_WEIGHTS,
    settlements_per_country: int = SETTLEMENTS_PER_COUNTRY,
) -> PlacePool:
    """Read the places the articles may name from the built gazetteer (read-only).

    Per country: its most populous settlements (at least
    :data:`MIN_POPULATION` people), its provinces (admin1) and itself.
    Conference venues are Geneva and each country's largest settlement.
    """
    uri = f"{Path(gazetteer_path).resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    columns = "gazetteer_id, name, lat, lon, country_code, admin1, feature, population"
    try:

        def rows(sql: str, params: Sequence[Any]) -> tuple[Place, ...]:
            return tuple(
                Place(*row) for row in conn.execute(f"SELECT {columns} {sql}", params)
            )

        settlements: dict[str, tuple[Place, ...]] = {}
        provinces: dict[str, tuple[Place, ...]] = {}
        country_rows: dict[str, Place] = {}
        for code in countries:
            settlements[code] = rows(
                "FROM places WHERE country_code = ? AND feature = 'settlement' "
                "AND population >= ? ORDER BY population DESC, gazetteer_id LIMIT ?",
                (code, MIN_POPULATION, settlements_per_country),
            )
            provinces[code] = rows(
                "FROM places WHERE country_code = ? AND feature = 'admin1' "
                "ORDER BY gazetteer_id",
                (code,),
            )
            found = rows(
                "FROM places WHERE country_code = ? AND feature = 'country'", (code,)
            )
            if not settlements[code] or not found:
                raise ValueError(
                    f"Expected settlements and a country row for {code} in "
                    f"{gazetteer_path}, instead got {len(settlements[code])} "
                    f"settlements and {len(found)} country rows"
                )
            country_rows[code] = found[0]
        geneva = rows(
            "FROM places WHERE name = 'Geneva' AND country_code = 'CH' "
            "AND feature = 'settlement'",
            (),
        )
    finally:
        conn.close()
    venues = geneva + tuple(places[0] for places in settlements.values())
    return PlacePool(settlements, provinces, country_rows, venues)


def _random_day(rng: random.Random) -> date:
    return FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))


def _trim_excerpt(text: str, max_chars: int = EXCERPT_MAX_CHARS) -> str:
    if len(text) <= max_chars:
        return text
    return _WORD_END.sub("", text[:max_chars]) + "…"


class _ArticleWriter:
    """Assembles one article sentence by sentence, remembering place offsets."""

    def __init__(self, title: str) -> None:
        self.offset = len(title) + 2  # stored text = title + blank line + body
        self.paragraphs: list[list[str]] = [[]]
        self.sentences: list[tuple[int, str]] = []  # (start in stored text, text)

    def add(self, sentence: str) -> int:
        """Add a sentence; return its index."""
        if self.paragraphs[-1]:
            self.offset += 1  # the space before it
        self.sentences.append((self.offset, sentence))
        self.paragraphs[-1].append(sentence)
        self.offset += len(sentence)
        return len(self.sentences) - 1

    def new_paragraph(self) -> None:
        if self.paragraphs[-1]:
            self.paragraphs.append([])
            self.offset += 2

    @property
    def length(self) -> int:
        return self.offset

    def body(self) -> str:
        return "\n\n".join(" ".join(p) for p in self.paragraphs if p)

    def excerpt(self, index: int) -> str:
        """The sentence, then the next ones up to about 300 characters."""
        text = self.sentences[index][1]
        following = index + 1
        while len(text) < EXCERPT_MAX_CHARS - 40 and following < len(self.sentences):
            text = f"{text} {self.sentences[following][1]}"
            following += 1
        return _trim_excerpt(text)


def _pick_country(rng: random.Random) -> str:
    codes = list(COUNTRY_WEIGHTS)
    return rng.choices(codes, weights=[COUNTRY_WEIGHTS[c] for c in codes])[0]


def _pick_role(rng: random.Random) -> str:
    roles = list(ROLE_WEIGHTS)
    return rng.choices(roles, weights=[ROLE_WEIGHTS[r] for r in roles])[0]


def _sentence_values(rng: random.Random, place_name: str) -> dict[str, Any]:
    victim, victim_count = rng.choice(VICTIMS)
    device = rng.choice(DEVICES)
    organisation = rng.choice(ORGANISATIONS)
    return {
        "p": place_name,
        "victim": victim,
        "victim_cap": victim[0].upper() + victim[1:],
        "victim_count": victim_count,
        "was": "was" if victim_count == 1 else "were",
        "hurt": rng.choice(("killed", "injured", "badly injured")),
        "weekday": rng.choice(_WEEKDAYS),
        "vehicle": rng.choice(VEHICLES),
        "device": device,
        "device_a": ("an " if device[0] in "aeiouAEIOU" else "a ") + device,
        "device_plural": rng.choice(
            (
                "anti-personnel mines",
                "anti-tank mines",
                "unexploded shells",
                "cluster submunitions",
                "improvised explosive devices",
            )
        ),
        "terrain": rng.choice(TERRAIN),
        "area": rng.randint(2, 400),
        "mines": rng.randint(3, 900),
        "org": organisation,
        "org_cap": organisation[0].upper() + organisation[1:],
        "month": rng.choice(MONTHS),
        "meeting": rng.choice(MEETINGS),
        "km": rng.randint(2, 60),
    }


def _facts(
    rng: random.Random, role: str, values: dict[str, Any], published: date
) -> dict[str, Any]:
    if role == "incident":
        count = values["victim_count"]
        killed = count if values["hurt"] == "killed" else 0
        return {
            "event_date": published - timedelta(days=rng.randint(0, 6)),
            "killed": killed,
            "injured": count - killed,
            "device": values["device"],
            "victims": ("civilian",)
            if "soldier" not in values["victim"]
            else ("military",),
        }
    if role == "clearance":
        return {"mines": values["mines"], "event_date": published}
    if role == "minefield":
        return {"device": rng.choice(DEVICES)}
    return {}


def _placed(
    rng: random.Random, place: Place, *, near: bool
) -> tuple[int, float, float]:
    """Return (precision, lat, lon): a settlement is exact, or near it when "near"."""
    if place.feature != "settlement":
        return 3, place.lat, place.lon
    if near:
        return (
            2,
            place.lat + rng.uniform(-0.05, 0.05),
            place.lon + rng.uniform(-0.05, 0.05),
        )
    return 1, place.lat, place.lon


def generate_article(
    rng: random.Random, pool: PlacePool, serial: int, *, max_places: int | None = None
) -> SyntheticArticle:
    """Write one article of about 3 KB naming 5-10 places of one country."""
    code = _pick_country(rng)
    settlements = pool.settlements[code]
    provinces = pool.provinces[code]
    wanted = rng.randint(5, 10) if max_places is None else max_places
    chosen: list[Place] = []
    names: set[str] = set()
    candidates = list(rng.sample(settlements, min(len(settlements), wanted + 4)))
    if provinces:
        candidates.insert(1, rng.choice(provinces))
    candidates.append(pool.countries[code])
    for place in candidates:
        if place.name not in names and len(chosen) < wanted:
            chosen.append(place)
            names.add(place.name)
    published = _random_day(rng)
    lead = chosen[0]
    lead_role = rng.choice(("incident", "incident", "clearance", "minefield"))
    headline = {
        "incident": f"Mine blast near {lead.name} leaves civilians hurt",
        "clearance": f"Deminers finish clearing land around {lead.name}",
        "minefield": f"New minefield recorded outside {lead.name}",
    }[lead_role]
    title = f"{headline} ({pool.countries[code].name})"
    writer = _ArticleWriter(title)
    fillers = list(FILLER_SENTENCES)
    rng.shuffle(fillers)

    def filler(values: dict[str, Any]) -> str:
        fillers.append(fillers.pop(0))  # each filler once before any repeats
        return fillers[-1].format(**values)

    planned: list[tuple[int, Place, str, dict[str, Any]]] = []
    roles = [lead_role] + [_pick_role(rng) for _ in chosen[1:]]
    for place, role in zip(chosen, roles, strict=True):
        if role == "conference":
            venue = rng.choice(pool.venues)
            if venue.name in names and venue is not place:
                role = "mention"
            else:
                names.discard(place.name)
                names.add(venue.name)
                place = venue
        values = _sentence_values(rng, place.name)
        sentence = rng.choice(ROLE_SENTENCES[role]).format(**values)
        index = writer.add(sentence)
        start = writer.sentences[index][0] + sentence.index(place.name)
        precision, lat, lon = _placed(
            rng, place, near=" near " in sentence or " outside " in sentence
        )
        for _ in range(rng.randint(0, 2)):
            writer.add(filler(values))
        if rng.random() < 0.4:
            writer.new_paragraph()
        planned.append(
            (
                index,
                place,
                role,
                {
                    "start": start,
                    "end": start + len(place.name),
                    "precision": precision,
                    "lat": lat,
                    "lon": lon,
                    **_facts(rng, role, values, published),
                },
            )
        )
    writer.new_paragraph()
    while writer.length < TARGET_ARTICLE_CHARS:
        writer.add(filler(_sentence_values(rng, lead.name)))
        if rng.random() < 0.3:
            writer.new_paragraph()
    writer.add(f"Field report reference MA-{serial:06d}.")
    mentions = tuple(
        PlannedMention(
            place=place,
            name=place.name,
            role=role,
            excerpt=writer.excerpt(index),
            **values,
        )
        for index, place, role, values in planned
    )
    slug = f"{code.lower()}-{serial:06d}"
    return SyntheticArticle(
        file_name=f"{slug}.txt",
        title=title,
        published=published,
        source=f"https://news.example.org/mine-action/{slug}",
        body=writer.body(),
        mentions=mentions,
    )


def generate_articles(
    pool: PlacePool, *, count: int, seed: int
) -> list[SyntheticArticle]:
    """Return ``count`` articles, the same ones for the same seed and gazetteer."""
    rng = random.Random(seed)
    return [generate_article(rng, pool, serial) for serial in range(count)]


def write_corpus(folder: Path, articles: Sequence[SyntheticArticle]) -> list[Path]:
    """Write the articles as .txt files into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for article in articles:
        path = folder / article.file_name
        path.write_text(article.file_text, encoding="utf-8")
        paths.append(path)
    return paths


@dataclass(frozen=True, slots=True)
class StoreSummary:
    """What :func:`build_store` wrote."""

    articles: int
    mentions: int
    places: int


def build_store(
    url: str, pool: PlacePool, *, mentions: int, seed: int, batch_rows: int = 5000
) -> StoreSummary:
    """Fill a new store at ``url`` with exactly ``mentions`` mentions.

    Rows go straight into the store's tables (bulk inserts through SQLAlchemy
    Core), with the schema created by :class:`dashboard.store.Store` itself.
    """
    from dashboard.store import Store
    from dashboard.store import articles as articles_table
    from dashboard.store import mentions as mentions_table
    from dashboard.store import places as places_table

    store = Store(url)
    rng = random.Random(seed)
    article_rows: list[dict[str, Any]] = []
    mention_rows: list[dict[str, Any]] = []
    place_ids: dict[str, int] = {}
    place_rows: list[dict[str, Any]] = []
    serial = 0
    while len(mention_rows) < mentions:
        article = generate_article(rng, pool, serial)
        serial += 1
        article_id = serial
        room = mentions - len(mention_rows)
        article_rows.append(
            {
                "id": article_id,
                "content_hash": content_hash(article.stored_text),
                "title": article.title,
                "source": article.source,
                "published": article.published,
                "language": "en",
                "file_name": article.file_name,
                "text": article.stored_text,
                "is_demo": False,
                "added_at": datetime.combine(
                    article.published + timedelta(days=1), time(12), tzinfo=UTC
                ),
            }
        )
        for planned in article.mentions[:room]:
            place = planned.place
            place_id = place_ids.get(place.gazetteer_id)
            if place_id is None:
                place_id = place_ids[place.gazetteer_id] = len(place_ids) + 1
                place_rows.append(
                    {
                        "id": place_id,
                        "gazetteer_id": place.gazetteer_id,
                        "name": place.name,
                        "lat": place.lat,
                        "lon": place.lon,
                        "country_code": place.country_code,
                        "admin1": place.admin1,
                        "precision": 1 if place.feature == "settlement" else 3,
                    }
                )
            mention_rows.append(
                {
                    "article_id": article_id,
                    "place_id": place_id,
                    "name": planned.name,
                    "start_offset": planned.start,
                    "end_offset": planned.end,
                    "excerpt": planned.excerpt,
                    "role": planned.role,
                    "status": "resolved",
                    "confidence": round(rng.uniform(0.6, 1.0), 3),
                    "event_date": planned.event_date,
                    "event_date_precision": "day" if planned.event_date else None,
                    "killed": planned.killed,
                    "injured": planned.injured,
                    "mines": planned.mines,
                    "device": planned.device,
                    "victims": ",".join(planned.victims),
                    "candidates": "[]",
                    "lat": planned.lat,
                    "lon": planned.lon,
                    "country_code": place.country_code,
                    "admin1": place.admin1,
                    "precision": planned.precision,
                    "gazetteer_id": place.gazetteer_id,
                    "reviewed": False,
                }
            )
    with store.engine.begin() as conn:
        for table, rows in (
            (articles_table, article_rows),
            (places_table, place_rows),
            (mentions_table, mention_rows),
        ):
            for first in range(0, len(rows), batch_rows):
                conn.execute(table.insert(), rows[first : first + batch_rows])
    store.set_meta("data_version", f"bench-{seed}-{mentions}")
    store.engine.dispose()
    return StoreSummary(len(article_rows), len(mention_rows), len(place_rows))


def store_key(*, mentions: int, seed: int) -> str:
    """Return the cache key of a generated store (seed, size and every version)."""
    from dashboard.store import SCHEMA_VERSION as STORE_SCHEMA
    from geodata.gazetteer import SCHEMA_VERSION as GAZETTEER_SCHEMA

    return (
        f"store-s{seed}-n{mentions}-c{CORPUS_VERSION}"
        f"-st{STORE_SCHEMA}-gz{GAZETTEER_SCHEMA}"
    )


def cached_store(
    results_dir: Path, pool: PlacePool, *, mentions: int, seed: int
) -> Path:
    """Return the SQLite file of a generated store, building it on first use."""
    results_dir.mkdir(parents=True, exist_ok=True)
    path = results_dir / f"{store_key(mentions=mentions, seed=seed)}.sqlite"
    if path.is_file():
        return path
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, *partial.parent.glob(partial.name + "-*")):
        leftover.unlink(missing_ok=True)
    build_store(f"sqlite:///{partial.as_posix()}", pool, mentions=mentions, seed=seed)
    # A plain single file (no -wal beside it) is what gets cached and copied.
    conn = sqlite3.connect(partial)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    partial.replace(path)
    return path
