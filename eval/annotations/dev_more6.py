"""More development articles (eval/dev 190-199), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Mixed reports from Africa and the Americas (an agency statement, wire stories with
datelines, UN news pieces, an NGO blog, a radio-bulletin summary): incidents, fields
found, clearance results, handovers and country-level background.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "190_camacupa_handover_andulo_tractor_bie.txt": [
        # 41 anti-personnel + 3 anti-tank; handed back "at a ceremony ... on Tuesday":
        # clearance outranks the ceremony.
        S("Camacupa", "clearance", 3351014, date="2023-09-12", prec=D, mines=44),
        A1(
            "Bié",
            "clearance",
            (-12.30, 17.30),
            "AO",
            tolerance_km=LARGE,
            date="2023-09-12",
            prec=D,
            mines=44,
        ),
        # Dateline (the agency's seat).
        S("LUANDA", "mention", 2240449),
        S("Andulo", "incident", 3351884, date="2023-09-09", prec=D, injured=1),
        S("Nharea", "incident", 3346942, date="2023-09-09", prec=D, injured=1),
        # Hazardous area confirmed "last month"; mines seen, no count.
        S("Cunhinga", "minefield", 3349080, date="2023-08-01", prec=M),
        # Risk education only.
        S("Kuito", "mention", 3348078),
        # "Since 2002 Angola has released more than 3,000 hazardous areas" (not mines).
        C("Angola", "clearance", "AO", date="2002-01-01", prec=Y),
        A1("Cuando Cubango", "minefield", (-16.00, 18.80), "AO", tolerance_km=LARGE),
        A1("Moxico", "minefield", (-12.50, 21.00), "AO", tolerance_km=LARGE),
        C("Japan", "mention", "JP"),
        C("United States", "mention", "US"),
    ],
    "191_burma_valley_herder_chipinge_clearance_sango.txt": [
        # Title "Herder killed in Zimbabwe border minefield": the Burma Valley death.
        C("Zimbabwe", "incident", "ZW", date="2024-03-06", prec=D, killed=1),
        # Title "Chipinge clearance", body "Chipinge district": one entry.
        A2(
            "Chipinge", "clearance", 893549, "ZW", date="2024-01-01", prec=M, mines=4600
        ),
        # Dateline and distance reference ("south-east of Mutare").
        S("MUTARE", "mention", 884979),
        S(
            "Burma Valley",
            "incident",
            (-19.20, 32.80),
            country_code="ZW",
            date="2024-03-06",
            prec=D,
            killed=1,
        ),
        C("Mozambique", "mention", "MZ"),
        A1(
            "Manicaland",
            "incident",
            (-19.00, 32.40),
            "ZW",
            tolerance_km=LARGE,
            date="2024-03-06",
            prec=D,
            killed=1,
        ),
        F(
            "Rusitu valley",
            "clearance",
            (-19.95, 32.85),
            "ZW",
            tolerance_km=50,
            date="2024-01-01",
            prec=M,
            mines=4600,
        ),
        A1(
            "Masvingo province",
            "minefield",
            (-20.70, 31.00),
            "ZW",
            tolerance_km=LARGE,
            date="2024-02-01",
            prec=M,
            mines=26,
        ),
        S(
            "Sango",
            "minefield",
            (-22.05, 31.55),
            country_code="ZW",
            date="2024-02-01",
            prec=M,
            mines=26,
        ),
        F(
            "Gonarezhou National Park",
            "minefield",
            (-21.60, 31.80),
            "ZW",
            tolerance_km=60,
            date="2024-02-01",
            prec=M,
            mines=26,
        ),
        # "The remaining fields lie mostly in Mashonaland East".
        A1("Mashonaland East", "minefield", (-17.80, 32.00), "ZW", tolerance_km=LARGE),
    ],
    "192_kapoeta_children_yei_morobo_road_bor.txt": [
        C(
            "South Sudan",
            "incident",
            "SS",
            date="2023-05-18",
            prec=D,
            killed=3,
            injured=2,
        ),
        A1(
            "Eastern Equatoria",
            "incident",
            (4.60, 33.50),
            "SS",
            tolerance_km=LARGE,
            date="2023-05-18",
            prec=D,
            killed=3,
            injured=2,
        ),
        S(
            "Kapoeta",
            "incident",
            372884,
            date="2023-05-18",
            prec=D,
            killed=3,
            injured=2,
        ),
        # Hospital town.
        S("Torit", "mention", 365742),
        # Seat of the officer quoted; risk education in April.
        S("Juba", "mention", 373303),
        # 17 anti-tank mines + "more than 300 other items" since March.
        S("Yei", "clearance", 363619, date="2023-03-01", prec=M, mines=317),
        S(
            "Morobo",
            "clearance",
            (3.68, 30.77),
            country_code="SS",
            date="2023-03-01",
            prec=M,
            mines=317,
        ),
        A1(
            "Central Equatoria",
            "clearance",
            (4.40, 30.80),
            "SS",
            tolerance_km=LARGE,
            date="2023-03-01",
            prec=M,
            mines=317,
        ),
        A1(
            "Jonglei",
            "minefield",
            (7.50, 32.00),
            "SS",
            tolerance_km=LARGE,
            date="2023-05-01",
            prec=M,
        ),
        S("Bor", "minefield", 377241, date="2023-05-01", prec=M),
        S("Wau", "mention", 363885),
        R("Greater Upper Nile", "minefield", (8.50, 32.00), "SS", tolerance_km=500),
    ],
    "193_radio_mudug_boys_galgaduud_road_hiraan.txt": [
        # "Radio Galkayo" in the title is a station's name; the body's hospital town.
        S("Galkayo", "mention", 59611),
        # Killed "on Monday" before the Tuesday 16 January broadcast.
        A1(
            "Mudug",
            "incident",
            (6.50, 47.60),
            "SO",
            tolerance_km=LARGE,
            date="2024-01-15",
            prec=D,
            killed=2,
            injured=1,
        ),
        S(
            "Bacaadweyn",
            "incident",
            (7.20, 47.57),
            country_code="SO",
            date="2024-01-15",
            prec=D,
            killed=2,
            injured=1,
        ),
        A1(
            "Galgaduud",
            "clearance",
            (5.20, 46.60),
            "SO",
            tolerance_km=LARGE,
            date="2023-12-01",
            prec=M,
            mines=34,
        ),
        S("Dhusamareb", "clearance", 60928, date="2023-12-01", prec=M, mines=34),
        S(
            "Guriel",
            "clearance",
            (5.31, 45.88),
            country_code="SO",
            date="2023-12-01",
            prec=M,
            mines=34,
        ),
        # Three anti-tank mines found and marked; no date given.
        A1("Hiraan", "minefield", (4.30, 45.30), "SO", tolerance_km=LARGE, mines=3),
        S("Beledweyne", "minefield", 64460, mines=3),
        C("Ethiopia", "mention", "ET"),
        S("Garowe", "mention", 58933),
        # "killed or injured more than 200 people in Somalia in 2023": not split.
        C("Somalia", "incident", "SO", date="2023-01-01", prec=Y),
    ],
    "194_ngo_blog_central_mali_bankass_bus_tera.txt": [
        # Title "central Mali"; "Mali recorded its highest number of IED casualties
        # in 2022".
        C("Mali", "incident", "ML", date="2022-01-01", prec=Y),
        # Where the drive started.
        S("Sévaré", "mention", (14.53, -4.10), country_code="ML"),
        # Course "from 27 to 29 October".
        S("Bandiagara", "conference", 2460489, date="2023-10-27", prec=D),
        S(
            "Bankass",
            "incident",
            2460401,
            date="2023-10-24",
            prec=D,
            killed=8,
            injured=11,
        ),
        # "Since January ... more than 120 IED incidents in the Mopti region".
        A1(
            "Mopti region",
            "incident",
            (14.50, -3.50),
            "ML",
            tolerance_km=LARGE,
            date="2023-01-01",
            prec=M,
        ),
        # Where volunteers walked in from.
        S("Koro", "mention", 2454674),
        C("Burkina Faso", "incident", "BF", date="2023-10-15", prec=D, killed=4),
        S("Fada N'Gourma", "incident", 2360886, date="2023-10-15", prec=D, killed=4),
        # "found and destroyed 19 IEDs ... near Téra last month": found, a minefield.
        C("Niger", "minefield", "NE", date="2023-10-01", prec=M, mines=19),
        A1(
            "Tillabéri region",
            "minefield",
            (14.30, 1.50),
            "NE",
            tolerance_km=LARGE,
            date="2023-10-01",
            prec=M,
            mines=19,
        ),
        C("Germany", "mention", "DE"),
        S("Téra", "minefield", 2438855, date="2023-10-01", prec=M, mines=19),
    ],
    "195_madagali_farmers_dikwa_marte_road_bol.txt": [
        A1(
            "Adamawa",
            "incident",
            (9.50, 12.40),
            "NG",
            tolerance_km=LARGE,
            date="2024-06-18",
            prec=D,
            killed=5,
            injured=3,
        ),
        S("Dikwa", "clearance", 2344854, date="2024-05-01", prec=M, mines=11),
        S("YOLA", "mention", 2318044),
        S(
            "Madagali",
            "incident",
            2331715,
            date="2024-06-18",
            prec=D,
            killed=5,
            injured=3,
        ),
        S("Marte", "clearance", 2330719, date="2024-05-01", prec=M, mines=11),
        A1(
            "Borno",
            "clearance",
            (11.50, 13.00),
            "NG",
            tolerance_km=LARGE,
            date="2024-05-01",
            prec=M,
            mines=11,
        ),
        # Mapped "last week" (inside June).
        A1(
            "Yobe",
            "minefield",
            (12.20, 11.50),
            "NG",
            tolerance_km=LARGE,
            date="2024-06-01",
            prec=M,
        ),
        S("Buni Yadi", "minefield", 2596833, date="2024-06-01", prec=M),
        C("Chad", "incident", "TD", date="2024-06-12", prec=D, injured=1),
        S("Bol", "incident", 2434979, date="2024-06-12", prec=D, injured=1),
        F(
            "Lake Chad",
            "incident",
            (13.20, 14.20),
            None,
            tolerance_km=LINEAR,
            date="2024-06-12",
            prec=D,
            injured=1,
        ),
        # "more than 300 casualties ... in 2023": not split.
        C("Nigeria", "incident", "NG", date="2023-01-01", prec=Y),
        S("Kaduna", "conference", 2335727, date="2024-04-01", prec=M),
    ],
    "196_el_alamein_clearance_dabaa_shepherd_matrouh.txt": [
        # Title "Egypt clears"; "17 million mines ... still lie in the Western Desert".
        C("Egypt", "minefield", "EG", mines=17_000_000),
        S("El Alamein", "clearance", 361612, date="2023-01-01", prec=M, mines=1430),
        S(
            "El Dabaa",
            "incident",
            (31.03, 28.43),
            country_code="EG",
            date="2023-04-02",
            prec=D,
            injured=1,
        ),
        S("CAIRO", "mention", 360630),
        # 870 anti-tank mines "found in a single field"; no date of its own.
        S(
            "Sidi Abdel Rahman",
            "minefield",
            (30.97, 28.73),
            country_code="EG",
            mines=870,
        ),
        # Archive records; the 1942 armies.
        C("Britain", "mention", "GB"),
        C("Germany", "mention", "DE"),
        A1(
            "Matrouh governorate",
            "incident",
            (30.60, 27.50),
            "EG",
            tolerance_km=LARGE,
            date="2023-04-02",
            prec=D,
            injured=1,
        ),
        # Workshop planned "next month": after the article's date, so undated.
        S("Marsa Matrouh", "conference", 352733),
        R(
            "Western Desert",
            "minefield",
            (28.00, 28.00),
            "EG",
            tolerance_km=800,
            mines=17_000_000,
        ),
        C("Italy", "mention", "IT"),
    ],
    "197_colombia_cauca_victims_san_carlos_granada_free.txt": [
        # 38 killed or injured "in the first quarter of 2024": not split.
        C("Colombia", "incident", "CO", date="2024-01-01", prec=M),
        A1(
            "Cauca",
            "incident",
            (2.50, -76.80),
            "CO",
            tolerance_km=LARGE,
            date="2024-01-01",
            prec=M,
        ),
        # Title "two Antioquia towns"; declared free at Tuesday's ceremony.
        A1(
            "Antioquia",
            "clearance",
            (7.00, -75.50),
            "CO",
            tolerance_km=LARGE,
            date="2024-04-02",
            prec=D,
        ),
        S(
            "Suárez",
            "incident",
            3667773,
            date="2024-03-09",
            prec=D,
            killed=1,
            injured=2,
        ),
        # "Two weeks later" than 9 March.
        S("El Tambo", "incident", 3682963, date="2024-03-23", prec=D, injured=1),
        S("San Carlos", "clearance", 3670000, date="2024-04-02", prec=D),
        S("Granada", "clearance", 3681952, date="2024-04-02", prec=D),
        S("Samaniego", "minefield", 3670293, date="2024-03-01", prec=M, mines=23),
        A1(
            "Nariño",
            "minefield",
            (1.50, -77.60),
            "CO",
            tolerance_km=LARGE,
            date="2024-03-01",
            prec=M,
            mines=23,
        ),
        A1("Putumayo", "mention", (0.60, -75.80), "CO", tolerance_km=LARGE),
        S("Bogotá", "conference", 3688689, date="2024-04-04", prec=D),
    ],
    "198_chile_chacalluta_last_field_colchane_mines.txt": [
        # Title clearance; facts from "destroyed more than 170,000 mines since 2004".
        C("Chile", "clearance", "CL", date="2004-01-01", prec=Y, mines=170_000),
        # Cleared field (1,250 mines), but "In 2018 a Peruvian man was injured ...
        # near the Chacalluta border post": incident wins.
        S(
            "Chacalluta",
            "incident",
            (-18.35, -70.32),
            country_code="CL",
            date="2018-01-01",
            prec=Y,
            injured=1,
        ),
        # Dateline.
        S("ARICA", "mention", 3899361),
        # Border and 1970s tensions; migrants "cross on foot from Bolivia".
        C("Peru", "mention", "PE"),
        C("Bolivia", "mention", "BO"),
        # Handover "at a ceremony in December": planned, after the article's date.
        A1("Arica y Parinacota", "conference", (-18.50, -69.70), "CL"),
        A1(
            "Tarapacá",
            "minefield",
            (-20.20, -69.30),
            "CL",
            tolerance_km=LARGE,
            date="2019-05-01",
            prec=M,
            mines=46,
        ),
        S("Colchane", "minefield", 3894309, date="2019-05-01", prec=M, mines=46),
        # Risk education campaign.
        S("Putre", "mention", 3874552),
    ],
    "199_western_sahara_agwanit_herder_mehaires_bomblets.txt": [
        # 37 submunitions found and destroyed "between 5 and 9 September".
        C("Western Sahara", "minefield", "EH", date="2022-09-05", prec=D, mines=37),
        S("Mehaires", "minefield", 13608369, date="2022-09-05", prec=D, mines=37),
        S("Bir Lahlou", "clearance", 13526712, date="2022-09-01", prec=M, mines=210),
        S(
            "Agwanit",
            "incident",
            (22.19, -13.13),
            country_code="EH",
            date="2022-08-27",
            prec=D,
            killed=1,
            injured=1,
        ),
        # A survey planned for next year.
        S("Tifariti", "mention", 2461667),
        C("Morocco", "clearance", "MA", date="2021-01-01", prec=Y, mines=1200),
        S("Dakhla", "clearance", 2463447, date="2021-01-01", prec=Y, mines=1200),
        # Risk education in the camps.
        S("Tindouf", "mention", 2476301),
        C("Algeria", "mention", "DZ"),
        K("Africa", "mention", "AF"),
    ],
}
