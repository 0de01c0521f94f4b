"""More development articles (eval/dev), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
080-091: mine action centre, UN and donor reporting on minefields and clearance.
Choices where the rules are silent:
- "in the first half of the year" / "first six months" state the year only (Y);
  "between January and March" and "during the quarter" give their first month (M).
- A running total ("have found 27 ... since mid-April", "since 2015") dates from
  its "since"; "since the war ended" or "over three decades" state no date.
- "As of 31 December 2022" dates a stock of contaminated land to that day; "as of
  30 June ... this year" is a running total dated by "this year".
- Clearing minefields ("clearance of the minefields", "working on minefields")
  is clearance; a statement that land is still mined or contaminated, or that
  mines were found (by anyone), is minefield; "found and destroyed" is minefield.
- A single item found ("an anti-personnel mine", "a shell", "a bomb") counts 1;
  a sentence placing "most of them" or "two thirds of the items" without a
  number carries no count (one that states the number passes it on).
- When several sentences give a place its top role, the facts are those the
  sentences state for that event; a sentence that states none adds none.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "080_croatia_first_quarter_release.txt": [
        # Dateline, and "asked Zagreb" for the government.
        S("ZAGREB", "mention", 3186886),
        # Released land Jan-Mar, but the Gospić casualty is "in Croatia".
        C("Croatia", "incident", "HR", date="2024-03-14", prec=D, injured=1),
        A1(
            "Lika-Senj county",
            "minefield",
            (44.70, 15.30),
            "HR",
            date="2024-01-01",
            prec=M,
            mines=353,
        ),
        F("Gacka valley", "minefield", (44.85, 15.30), "HR"),
        S("Otočac", "minefield", 3193788),
        # Blew up 26 mines in February (clearance), but listed among the
        # counties still holding suspected hazardous area.
        A1("Karlovac county", "minefield", (45.35, 15.45), "HR"),
        F(
            "Korana river",
            "clearance",
            (45.10, 15.60),
            "HR",
            tolerance_km=LINEAR,
            date="2024-02-01",
            prec=M,
            mines=26,
        ),
        S("Slunj", "clearance", 3190523, date="2024-02-01", prec=M, mines=26),
        S("Gospić", "incident", 3199873, date="2024-03-14", prec=D, injured=1),
        A1("Sisak-Moslavina", "minefield", (45.30, 16.40), "HR"),
        # "Zadar counties": the county, not the city.
        A1("Zadar", "minefield", (44.10, 15.60), "HR"),
    ],
    "081_trebevic_mine_sarajevo.txt": [
        F(
            "Mount Trebević",
            "minefield",
            (43.83, 18.45),
            "BA",
            date="2023-11-12",
            prec=D,
            mines=1,
        ),
        # "above Sarajevo" locates the mountain; the office and dateline are seats.
        S("Sarajevo", "mention", 3191281),
        # Only inside the centre's name at first; later the contamination sentence.
        C("Bosnia and Herzegovina", "minefield", "BA", variants=["Bosnia"]),
        S("Doboj", "minefield", 3201984),
        S("Olovo", "minefield", 3194133),
        S("Teslić", "minefield", 3189143),
        S("Bihać", "minefield", 3204222),
        S("Zavidovići", "incident", 3186717, date="2023-03-01", prec=M, killed=2),
        C("Germany", "mention", "DE"),
        C("Norway", "mention", "NO"),
        C("Japan", "mention", "JP"),
    ],
    "082_dragash_cluster_bomblets.txt": [
        S("PRISTINA", "mention", 786714),
        C("Kosovo", "minefield", "XK", date="2024-04-01", prec=M, mines=27),
        S("Dragash", "minefield", 791122, date="2024-04-01", prec=M, mines=27),
        C("Albania", "mention", "AL"),
        # The herder's home village and the disposal team's base: origins.
        S("Brod", "mention", (41.99, 20.68), country_code="XK"),
        S("Prizren", "mention", 786712),
        # Areas cancelled by technical survey.
        S("Restelica", "clearance", (41.93, 20.60), country_code="XK"),
        S("Podujevo", "clearance", 786950, date="2024-05-01", prec=M),
        C("Serbia", "mention", "RS"),
        C("United Kingdom", "mention", "GB"),
        C("United States", "mention", "US", tolerance_km=1500),
    ],
    "083_kharkiv_kherson_half_year.txt": [
        S("KYIV", "mention", 703448),
        # Clearance in the title; "139,000 km2 of Ukraine may be contaminated".
        C("Ukraine", "minefield", "UA"),
        A1(
            "Kharkiv",
            "minefield",
            (49.60, 36.60),
            "UA",
            variants=["Kharkiv region"],
        ),
        A1(
            "Kherson",
            "clearance",
            (46.75, 33.40),
            "UA",
            variants=["Kherson region"],
            date="2024-01-01",
            prec=Y,
        ),
        # "the most heavily mined part of the country after Donetsk".
        A1("Donetsk", "minefield", (48.20, 37.70), "UA"),
        A2("Izium", "minefield", 707292, "UA"),
        A2("Balakliia", "minefield", 712926, "UA"),
        F(
            "Siverskyi Donets",
            "mention",
            (49.20, 37.30),
            "UA",
            tolerance_km=LINEAR,
        ),
        S(
            "Kurylivka",
            "incident",
            703610,
            date="2024-07-02",
            prec=D,
            killed=1,
            injured=1,
        ),
        A2(
            "Kupiansk district",
            "incident",
            703656,
            "UA",
            date="2024-07-02",
            prec=D,
            killed=1,
            injured=1,
        ),
        # The river, not the city of Dnipro.
        F("Dnipro", "clearance", (46.75, 33.10), "UA", tolerance_km=LINEAR),
        S("Vysokopillia", "minefield", 688689, date="2024-06-01", prec=M, mines=212),
    ],
    "084_anama_july_figures.txt": [
        S("BAKU", "mention", 587084),
        A1(
            "Aghdam district",
            "clearance",
            (40.00, 46.85),
            "AZ",
            date="2023-07-01",
            prec=M,
            mines=389,
        ),
        S("Aghdam city", "clearance", 148619, date="2023-07-01", prec=M, mines=389),
        A1(
            "Jabrayil district",
            "clearance",
            (39.35, 47.00),
            "AZ",
            date="2023-07-21",
            prec=D,
        ),
        S(
            "Horovlu",
            "clearance",
            (39.38, 47.05),
            country_code="AZ",
            date="2023-07-21",
            prec=D,
        ),
        S(
            "Gülabird",
            "incident",
            (39.56, 46.55),
            country_code="AZ",
            date="2023-07-11",
            prec=D,
            injured=2,
        ),
        A1(
            "Lachin district",
            "incident",
            (39.60, 46.45),
            "AZ",
            date="2023-07-11",
            prec=D,
            injured=2,
        ),
        # The hospital the deminers were taken to.
        S("Lachin", "mention", 147625),
        A1(
            "Zangilan district",
            "minefield",
            (39.10, 46.65),
            "AZ",
            date="2023-07-01",
            prec=M,
            mines=23,
        ),
        S(
            "Agali",
            "minefield",
            (39.13, 46.70),
            country_code="AZ",
            date="2023-07-01",
            prec=M,
            mines=23,
        ),
        # "killed or injured more than 300 people": combined, not split; no date.
        C("Azerbaijan", "incident", "AZ"),
        S("Goygol", "mention", 584716),
    ],
    "085_cambodia_half_year_battambang.txt": [
        S("PHNOM PENH", "mention", 1821306),
        C("Cambodia", "incident", "KH", date="2024-01-01", prec=Y),
        A1(
            "Battambang",
            "incident",
            (12.90, 102.90),
            "KH",
            variants=["Battambang province"],
            date="2024-07-06",
            prec=D,
            killed=2,
        ),
        # Largest releases, but "where the densest mine belts ... were laid".
        A1("Banteay Meanchey", "minefield", (13.75, 103.00), "KH"),
        A1("Oddar Meanchey", "minefield", (14.15, 103.70), "KH"),
        C("Thailand", "mention", "TH"),
        A2(
            "Kamrieng district",
            "incident",
            11320731,
            "KH",
            date="2024-07-06",
            prec=D,
            killed=2,
        ),
        S("Samraong", "minefield", 1825093, date="2024-05-01", prec=M, mines=38),
        A1("Preah Vihear province", "minefield", (13.80, 105.00), "KH"),
    ],
    "086_quang_tri_ordnance_tonnes.txt": [
        S("DONG HA", "mention", 1582926),
        C("Vietnam", "mention", "VN"),
        # 40 tonnes removed this year, but the casualty total gives incident
        # ("since the war ended": no date).
        A1(
            "Quang Tri",
            "incident",
            (16.75, 106.90),
            "VN",
            variants=["Quang Tri province"],
            killed=3430,
            injured=5112,
        ),
        # Items "found during battle area clearance": found gives minefield.
        A2("Gio Linh", "minefield", 1581673, "VN"),
        A2("Vinh Linh", "minefield", (17.05, 106.95), "VN"),
        F("Ben Hai river", "mention", (17.00, 106.95), "VN", tolerance_km=LINEAR),
        A2(
            "Trieu Phong district",
            "minefield",
            (16.75, 107.20),
            "VN",
            date="2023-10-16",
            prec=D,
            mines=1,
        ),
        S("Cam Lo", "clearance", 1586384, date="2023-10-17", prec=D, mines=1),
        C("Laos", "minefield", "LA", date="2023-09-01", prec=M, mines=132),
        A1(
            "Savannakhet province",
            "minefield",
            (16.50, 105.80),
            "LA",
            tolerance_km=LARGE,
            date="2023-09-01",
            prec=M,
            mines=132,
        ),
        A2(
            "Vilabouly district",
            "minefield",
            (16.95, 105.95),
            "LA",
            date="2023-09-01",
            prec=M,
            mines=132,
        ),
        F(
            "Ho Chi Minh Trail",
            "minefield",
            (16.80, 106.30),
            "LA",
            tolerance_km=LINEAR,
            date="2023-09-01",
            prec=M,
            mines=132,
        ),
    ],
    "087_sri_lanka_2028_deadline.txt": [
        S("COLOMBO", "mention", 1248991),
        C("Sri Lanka", "minefield", "LK"),
        A1("Northern Province", "minefield", (9.20, 80.40), "LK"),
        S(
            "Nagarkovil",
            "clearance",
            (9.74, 80.28),
            country_code="LK",
            date="2024-01-01",
            prec=M,
            mines=4711,
        ),
        S(
            "Kilali",
            "clearance",
            (9.61, 80.22),
            country_code="LK",
            date="2024-01-01",
            prec=M,
            mines=4711,
        ),
        A2(
            "Jaffna district",
            "clearance",
            1242833,
            "LK",
            date="2024-01-01",
            prec=M,
            mines=4711,
        ),
        A2(
            "Mullaitivu district",
            "minefield",
            1234393,
            "LK",
            date="2024-02-01",
            prec=M,
            mines=96,
        ),
        S(
            "Oddusuddan",
            "minefield",
            (9.15, 80.65),
            country_code="LK",
            date="2024-02-01",
            prec=M,
            mines=96,
        ),
        A2(
            "Kilinochchi district",
            "incident",
            1240372,
            "LK",
            date="2024-03-02",
            prec=D,
            injured=1,
        ),
        S(
            "Pallai",
            "incident",
            (9.60, 80.33),
            country_code="LK",
            date="2024-03-02",
            prec=D,
            injured=1,
        ),
        C("Norway", "mention", "NO"),
        A2("Mannar district", "minefield", 1236150, "LK"),
    ],
    "088_iraq_unmas_quarter_basra.txt": [
        S("BAGHDAD", "mention", 98182),
        # Destroyed 9,860 items (clearance), but "still has 2,100 km2 of
        # contaminated land". Iran only inside "Iran-Iraq war".
        C("Iraq", "minefield", "IQ"),
        A1(
            "Ninewa",
            "minefield",
            (36.20, 42.60),
            "IQ",
            variants=["Ninewa governorate"],
        ),
        S("Mosul", "minefield", 99072),
        S("Sinjar", "minefield", 448149),
        S("Tal Afar", "minefield", 90393),
        A1("Basra province", "minefield", (30.50, 47.50), "IQ"),
        F("Majnoon", "minefield", (31.05, 47.60), "IQ"),
        F("Rumaila", "minefield", (30.30, 47.30), "IQ", tolerance_km=50),
        # "resumed in March ... in the first month of work".
        S("Zubair", "clearance", 98245, date="2023-03-01", prec=M, mines=212),
        S(
            "Safwan",
            "incident",
            91772,
            date="2023-05-06",
            prec=D,
            killed=1,
            injured=2,
        ),
        C("Kuwait", "mention", "KW"),
    ],
    "089_lebanon_bomblets_nabatieh.txt": [
        S("BEIRUT", "mention", 276781),
        # "the remaining 20 km2 of contaminated land" outranks the clearance lead.
        C("Lebanon", "minefield", "LB"),
        A1("Nabatieh governorate", "minefield", (33.35, 35.50), "LB"),
        S("Tebnine", "minefield", 7869857),
        A2("Bint Jbeil district", "minefield", 276592, "LB"),
        S("Naqoura", "clearance", 278832),
        S("Kfar Kila", "incident", 272849, date="2023-11-19", prec=D, injured=2),
        S("Marjayoun", "minefield", 271226, date="2023-11-28", prec=D, mines=1),
        C("United Kingdom", "mention", "GB"),
        C("Norway", "mention", "NO"),
        C("Germany", "mention", "DE"),
    ],
    "090_donors_angola_zimbabwe_somaliland.txt": [
        S("GENEVA", "conference", 2660646, date="2024-02-05", prec=D),
        # Donors announcing at the meeting.
        C("Japan", "mention", "JP"),
        C("Britain", "mention", "GB", variants=["United Kingdom"]),
        C("Angola", "minefield", "AO", date="2022-12-31", prec=D),
        C("Zimbabwe", "minefield", "ZW"),
        R("Somaliland", "clearance", (9.80, 45.50), "SO", tolerance_km=LARGE),
        A1(
            "Cuando Cubango province",
            "clearance",
            (-16.50, 19.50),
            "AO",
            tolerance_km=LARGE,
        ),
        S(
            "Cuito Cuanavale",
            "clearance",
            3349149,
            date="2015-01-01",
            prec=Y,
            mines=11000,
        ),
        S("Mukumbura", "clearance", (-16.20, 31.70), country_code="ZW"),
        S("Hargeisa", "clearance", 57289),
        C("Western Sahara", "minefield", "EH", date="2024-01-01", prec=M, mines=24),
        S("Tifariti", "minefield", 2461667, date="2024-01-01", prec=M, mines=24),
    ],
    "091_americas_roundup_meta_condor.txt": [
        S("BOGOTÁ", "mention", 3688689),
        # Demining brigade destroyed 58 mines, but 12,300 "killed or injured"
        # over three decades: incident, combined count, no date.
        C("Colombia", "incident", "CO"),
        A1(
            "Meta",
            "clearance",
            (3.50, -73.00),
            "CO",
            variants=["Meta department"],
            tolerance_km=LARGE,
            date="2024-08-01",
            prec=M,
            mines=58,
        ),
        S("La Macarena", "clearance", 3827693, date="2024-08-01", prec=M, mines=58),
        S("El Tarra", "incident", 3738301, date="2024-09-04", prec=D, injured=1),
        A1(
            "Norte de Santander",
            "incident",
            (8.00, -72.90),
            "CO",
            date="2024-09-04",
            prec=D,
            injured=1,
        ),
        # Title: "Peru and Ecuador near end of border demining"; the body names
        # Peru only in "the Peru-Ecuador border".
        C("Peru", "clearance", "PE"),
        C("Ecuador", "minefield", "EC"),
        F(
            "Cordillera del Cóndor",
            "clearance",
            (-3.80, -78.40),
            "PE",
            tolerance_km=LINEAR,
            date="2024-08-01",
            prec=M,
        ),
        S("Lima", "mention", 3936456),
        A1("Zamora Chinchipe province", "minefield", (-4.10, -78.80), "EC"),
    ],
}
