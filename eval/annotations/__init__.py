"""Hand-written gold annotations of the development and held-out sets.

Each article maps to the places a careful reader finds in it (see
eval/README.md for the counting rules). ``python -m eval.annotate dev``
turns them into ``eval/dev/gold.jsonl``; settlements carry the geonameid the
annotator chose, everything else the annotator's own point.
"""

from __future__ import annotations

from typing import Any

Where = tuple[float, float]

Spec = dict[str, Any]

#: Event-date precisions, as the gold files write them.
D = "day"
M = "month"
Y = "year"
#: Rivers, ranges and trails: any point along the stretch the article means (km).
LINEAR = 100
#: Provinces more than about 300 km across: any point inside (km).
LARGE = 200


def _spec(name: str, kind: str, role: str, **kw: Any) -> Spec:
    return {"name": name, "kind": kind, "role": role, **kw}


def S(name: str, role: str, where: int | Where, **kw: Any) -> Spec:
    """A settlement: a GeoNames cities500 id, or (lat, lon) when it is not there."""
    if isinstance(where, int):
        return _spec(name, "settlement", role, geonameid=where, **kw)
    kw.setdefault("in_gazetteer", False)
    return _spec(name, "settlement", role, lat=where[0], lon=where[1], **kw)


def A1(name: str, role: str, where: Where, cc: str, **kw: Any) -> Spec:
    """A province, oblast, state, department or first-level district."""
    kw.setdefault("in_gazetteer", True)
    return _spec(
        name, "admin1", role, lat=where[0], lon=where[1], country_code=cc, **kw
    )


def A2(name: str, role: str, where: int | Where, cc: str, **kw: Any) -> Spec:
    """A district or township; an int is the GeoNames id of its same-named seat."""
    if isinstance(where, int):
        return _spec(name, "admin2", role, geonameid=where, country_code=cc, **kw)
    kw.setdefault("in_gazetteer", False)
    return _spec(
        name, "admin2", role, lat=where[0], lon=where[1], country_code=cc, **kw
    )


def C(name: str, role: str, cc: str, **kw: Any) -> Spec:
    return _spec(name, "country", role, country_code=cc, **kw)


def R(name: str, role: str, where: Where, cc: str | None, **kw: Any) -> Spec:
    """A region without an administrative boundary (Karabakh, Donbas, Middle East)."""
    kw.setdefault("in_gazetteer", False)
    return _spec(
        name, "region", role, lat=where[0], lon=where[1], country_code=cc, **kw
    )


def F(name: str, role: str, where: Where, cc: str | None, **kw: Any) -> Spec:
    """A natural or man-made feature: river, mountain, heights, peninsula, oil field."""
    kw.setdefault("in_gazetteer", False)
    return _spec(
        name, "feature", role, lat=where[0], lon=where[1], country_code=cc, **kw
    )


def K(name: str, role: str, code: str, **kw: Any) -> Spec:
    """A continent (code as in GeoNames: AF, EU, AS...)."""
    return _spec(name, "continent", role, country_code=code, **kw)
