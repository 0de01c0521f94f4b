"""More development articles (eval/dev), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Mixed stories (a meeting in a capital, a field visit, incidents, clearance and
background) from countries the set covered little.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "092_dakar_workshop_casamance_visit.txt": [
        S("Dakar", "conference", 2253354, date="2023-11-20", prec=D),
        # "800 people killed or injured ... almost all in Casamance": not split.
        R("Casamance", "incident", (12.75, -15.90), "SN", tolerance_km=150),
        C("Guinea-Bissau", "mention", "GW"),
        C("Gambia", "mention", "GM"),
        C("Mauritania", "mention", "MR"),
        # The delegates' destination on the field visit: no event there.
        S("Ziguinchor", "mention", 2243940, variants=["Zighinchor"]),
        S("Niaguis", "mention", (12.57, -16.14), country_code="SN"),
        S(
            "Boutoupa-Camaracounda",
            "minefield",
            (12.46, -16.06),
            country_code="SN",
            date="2023-10-01",
            prec=M,
            mines=23,
        ),
        A2(
            "Oussouye department", "clearance", 2246901, "SN", date="2023-10-01", prec=M
        ),
        S(
            "Mlomp",
            "clearance",
            (12.55, -16.59),
            country_code="SN",
            date="2023-10-01",
            prec=M,
        ),
        S("Bignona", "incident", 2253901, date="2023-11-12", prec=D, injured=1),
        # Only the treaty and its deadline; "Senegalese capital" and the
        # "Senegal National Mine Action Centre" are not the place.
        C("Senegal", "mention", "SN"),
    ],
    "093_ndjamena_course_tibesti_minefields.txt": [
        # A training course held there counts as a meeting; the day it ended.
        S("N'Djamena", "conference", 2427123, date="2024-03-07", prec=D),
        # "Chad Morris" is a person; the country has "Chad's known minefields".
        C("Chad", "minefield", "TD"),
        A1("Borkou", "minefield", (18.30, 19.00), "TD", tolerance_km=LARGE),
        A1("Tibesti", "minefield", (21.00, 17.50), "TD", tolerance_km=LARGE),
        C("Niger", "mention", "NE"),
        C("Libya", "mention", "LY"),
        F("Ouadi Doum", "minefield", (18.48, 20.25), "TD"),
        # "east of Faya-Largeau" is a distance reference; "In Faya" the clearance.
        S(
            "Faya-Largeau",
            "clearance",
            2432678,
            variants=["Faya"],
            date="2023-01-01",
            prec=Y,
            mines=412,
        ),
        R("Aouzou Strip", "minefield", (21.80, 18.00), "TD", tolerance_km=LARGE),
        S("Zouar", "incident", 2424015, date="2024-02-17", prec=D, killed=3, injured=2),
        S(
            "Bardaï",
            "incident",
            2435976,
            date="2024-02-17",
            prec=D,
            killed=3,
            injured=2,
        ),
        R("Sahel", "mention", (15.0, 5.0), None, tolerance_km=1500),
        A1(
            "Ennedi",
            "minefield",
            (17.50, 22.00),
            "TD",
            tolerance_km=LARGE,
            date="2023-01-01",
            prec=Y,
        ),
    ],
    "094_mali_ied_roads_mopti.txt": [
        # Where the figures were released: no event there.
        S("BAMAKO", "mention", 2460596),
        C("Mali", "incident", "ML", date="2023-05-01", prec=M, killed=11),
        S(
            "Bandiagara",
            "incident",
            2460489,
            date="2023-05-21",
            prec=D,
            killed=6,
            injured=9,
        ),
        S(
            "Bankass",
            "incident",
            2460401,
            date="2023-05-21",
            prec=D,
            killed=6,
            injured=9,
        ),
        A1(
            "Mopti region",
            "incident",
            (14.50, -3.50),
            "ML",
            tolerance_km=LARGE,
            date="2023-05-21",
            prec=D,
            killed=6,
            injured=9,
        ),
        # "Two days later" counts from 21 May.
        S(
            "Boni",
            "incident",
            (15.07, -2.15),
            country_code="ML",
            date="2023-05-23",
            prec=D,
            injured=3,
        ),
        A2(
            "Douentza district",
            "incident",
            2458334,
            "ML",
            date="2023-05-23",
            prec=D,
            injured=3,
        ),
        # An office's seat.
        S("Sévaré", "mention", (14.53, -4.10), country_code="ML"),
        S("Gao", "clearance", 2457163, date="2023-06-01", prec=M, mines=340),
        # Devices spreading around them since 2012.
        S("Kidal", "minefield", 2455290, date="2012-01-01", prec=Y),
        S(
            "Timbuktu",
            "minefield",
            2449067,
            variants=["Tombouctou"],
            date="2012-01-01",
            prec=Y,
        ),
        # Named as borders.
        C("Burkina Faso", "mention", "BF"),
        C("Niger", "mention", "NE"),
    ],
    "095_niamey_workshop_tillaberi.txt": [
        # "Sahel officials" in the title: an adjectival use of the region.
        R("Sahel", "mention", (15.0, 5.0), None, tolerance_km=1500),
        S("Niamey", "conference", 2440485, date="2024-02-05", prec=D),
        # Its last known minefield, cleared in 2020.
        C("Niger", "minefield", "NE", date="2020-01-01", prec=Y),
        C("Burkina Faso", "incident", "BF", date="2023-01-01", prec=Y),
        C("Chad", "mention", "TD"),
        C("Germany", "mention", "DE"),
        F("Niger River", "mention", (13.90, 1.70), "NE", tolerance_km=LINEAR),
        A1(
            "Tillabéri region",
            "incident",
            (14.50, 1.50),
            "NE",
            variants=["Tillabery region"],
            tolerance_km=LARGE,
            date="2024-01-01",
            prec=M,
            killed=14,
        ),
        S("Téra", "incident", 2438855, date="2024-01-18", prec=D, killed=8),
        # Two buried devices found: mines found are a minefield whoever finds them.
        S("Ouallam", "minefield", 2440371, date="2024-02-01", prec=M, mines=2),
        S(
            "Banibangou",
            "minefield",
            (15.04, 2.70),
            country_code="NE",
            date="2024-02-01",
            prec=M,
            mines=2,
        ),
        # 500 casualties in 2023, mostly around them; not split.
        S("Djibo", "incident", 2361177, date="2023-01-01", prec=Y),
        S("Arbinda", "incident", 2363174, date="2023-01-01", prec=Y),
        S(
            "Madama",
            "minefield",
            (21.95, 13.65),
            country_code="NE",
            date="2020-01-01",
            prec=Y,
        ),
    ],
    "096_borno_harvest_eod_abuja_course.txt": [
        # "Borno farmers" in the title, "Borno State" in the body: one entry.
        A1("Borno", "clearance", (11.50, 13.00), "NG", tolerance_km=LARGE, mines=1300),
        # Dateline and a distance reference ("south-east of Maiduguri").
        S("MAIDUGURI", "mention", 2331447),
        # 293 casualties in 2022, not split.
        C("Nigeria", "incident", "NG", date="2022-01-01", prec=Y),
        # Items found on the edge of the towns; "most of the items" is no count.
        S("Bama", "minefield", 2347954),
        S("Konduga", "minefield", 2334044),
        S("Abuja", "conference", 2352778, date="2023-09-20", prec=D),
        S("Gwoza", "incident", 2339665, date="2023-09-18", prec=D, killed=2, injured=1),
        S("Damboa", "incident", 2345498, date="2023-08-01", prec=M, killed=4),
        S("Biu", "incident", 2346995, date="2023-08-01", prec=M, killed=4),
        F("Sambisa Forest", "minefield", (11.30, 13.50), "NG", tolerance_km=60),
        # Survey of 46 villages since June.
        A2("Jere", "clearance", (11.88, 13.20), "NG", date="2023-06-01", prec=M),
        C("Cameroon", "incident", "CM"),
    ],
    "097_kinshasa_strategy_kisangani_uxo.txt": [
        C(
            "DR Congo",
            "minefield",
            "CD",
            variants=["Democratic Republic of Congo", "DRC"],
            tolerance_km=1000,
        ),
        S("Kinshasa", "conference", 2314302, date="2024-05-14", prec=D),
        C("Angola", "mention", "AO"),
        C("Uganda", "mention", "UG"),
        S("Kisangani", "clearance", 212730, date="2024-04-01", prec=M, mines=86),
        F("Congo River", "mention", (0.50, 25.20), "CD", tolerance_km=LINEAR),
        A2(
            "Tshopo",
            "clearance",
            (0.56, 25.19),
            "CD",
            date="2024-04-01",
            prec=M,
            mines=86,
        ),
        A1(
            "Ituri province",
            "incident",
            (1.80, 29.80),
            "CD",
            tolerance_km=LARGE,
            date="2024-05-04",
            prec=D,
            killed=2,
            injured=3,
        ),
        S("Djugu", "incident", 217100, date="2024-05-04", prec=D, killed=2, injured=3),
        S("Goma", "clearance", 216281, date="2024-01-01", prec=M, mines=200),
        A1(
            "North Kivu",
            "clearance",
            (-0.80, 29.00),
            "CD",
            tolerance_km=LARGE,
            date="2024-01-01",
            prec=M,
            mines=200,
        ),
        A1("Tanganyika", "minefield", (-6.00, 27.50), "CD", tolerance_km=LARGE),
    ],
    "098_tigray_border_mines_mekelle.txt": [
        # "Mines along the Ethiopia-Eritrea frontier": the mines lie on both
        # sides, unlike "the border with X" seen from one side.
        C("Ethiopia", "minefield", "ET"),
        C("Eritrea", "minefield", "ER"),
        # 37 killed or injured since the truce of November 2022, not split.
        A1("Tigray", "incident", (13.90, 39.00), "ET", date="2022-11-01", prec=M),
        S(
            "MEKELLE",
            "conference",
            331180,
            variants=["Mekele"],
            date="2023-10-10",
            prec=D,
        ),
        S("Pretoria", "mention", 964137),
        S(
            "Zalambessa",
            "minefield",
            (14.52, 39.38),
            country_code="ET",
            date="2023-09-01",
            prec=M,
        ),
        S("Badme", "incident", 449176, date="2023-09-26", prec=D, killed=1),
        # 58 mortar rounds + 9 anti-tank mines.
        S(
            "Humera",
            "clearance",
            (14.30, 36.62),
            country_code="ET",
            date="2023-08-01",
            prec=M,
            mines=67,
        ),
        C("Sudan", "mention", "SD"),
        S("Addis Ababa", "mention", 344979),
    ],
    "099_somaliland_hargeisa_course_galkayo.txt": [
        R("Somaliland", "minefield", (9.60, 45.50), "SO", tolerance_km=LARGE),
        # Course held there, but mines laid around it win; no date for "the late 1980s".
        S("HARGEISA", "minefield", 57289, variants=["Hargeysa"]),
        R("Puntland", "mention", (8.50, 49.00), "SO", tolerance_km=LARGE),
        C("Kenya", "mention", "KE"),
        C("Japan", "mention", "JP"),
        # "north of Burao, where a camel herder was injured last month": no
        # more specific named place holds the event.
        S("Burao", "incident", 63795, date="2024-03-01", prec=M, injured=1),
        S("Galkayo", "incident", 59611, date="2024-04-02", prec=D, killed=4, injured=7),
        # A device defused "the following day" after 2 April.
        S("Adado", "minefield", 63361, date="2024-04-03", prec=D, mines=1),
        # "the first quarter of the year": year precision.
        S("Mogadishu", "clearance", 53654, date="2024-01-01", prec=Y, mines=1150),
        C("Somalia", "mention", "SO"),
    ],
    "100_lima_binational_condor_clearance.txt": [
        C("Peru", "minefield", "PE"),
        C("Ecuador", "minefield", "EC"),
        F(
            "Cordillera del Cóndor",
            "minefield",
            (-3.80, -78.40),
            None,
            tolerance_km=LINEAR,
        ),
        # "Colonel Ana Lima" is a person.
        S("LIMA", "conference", 3936456, date="2023-08-22", prec=D),
        # "which finished its own clearance in 2020".
        C("Chile", "clearance", "CL", date="2020-01-01", prec=Y),
        # Remaining areas lie there, 1,412 mines cleared since 2019: the mines win.
        A1(
            "Amazonas region",
            "minefield",
            (-5.50, -78.00),
            "PE",
            tolerance_km=LARGE,
            date="2019-01-01",
            prec=Y,
            mines=1412,
        ),
        A2(
            "El Cenepa",
            "minefield",
            (-4.45, -78.15),
            "PE",
            date="2019-01-01",
            prec=Y,
            mines=1412,
        ),
        A1(
            "Morona Santiago",
            "clearance",
            (-2.60, -78.10),
            "EC",
            date="2023-01-01",
            prec=M,
            mines=318,
        ),
        S(
            "Tiwinza",
            "clearance",
            (-3.45, -78.22),
            country_code="EC",
            date="2023-01-01",
            prec=M,
            mines=318,
        ),
        F(
            "Cenepa River",
            "clearance",
            (-4.00, -78.20),
            "PE",
            tolerance_km=LINEAR,
            date="2023-01-01",
            prec=M,
            mines=318,
        ),
        S(
            "Paquisha",
            "incident",
            (-3.93, -78.68),
            country_code="EC",
            date="2018-01-01",
            prec=Y,
            injured=1,
        ),
        A1(
            "Zamora Chinchipe",
            "incident",
            (-4.10, -78.85),
            "EC",
            date="2018-01-01",
            prec=Y,
            injured=1,
        ),
    ],
    "101_tbilisi_meeting_abkhazia_gali.txt": [
        A1("Abkhazia", "minefield", (43.00, 41.20), "GE"),
        A2("Gali district", "minefield", (42.63, 41.73), "GE"),
        S("Tbilisi", "conference", 611717, date="2024-06-05", prec=D),
        C("Norway", "mention", "NO"),
        C("United States", "mention", "US", tolerance_km=1500),
        S(
            "Tagiloni",
            "clearance",
            (42.60, 41.67),
            country_code="GE",
            date="2024-05-01",
            prec=M,
            mines=27,
        ),
        F(
            "Enguri River",
            "incident",
            (42.55, 41.80),
            "GE",
            tolerance_km=LINEAR,
            date="2024-05-19",
            prec=D,
            injured=1,
        ),
        # The hospital that treated the boy.
        S("Zugdidi", "mention", 610824),
        S("Tkvarcheli", "clearance", 611583, date="2024-01-01", prec=M, mines=41),
        S("Ochamchire", "clearance", 612652, date="2024-01-01", prec=M, mines=41),
        S("Sukhumi", "mention", 611847, variants=["Sokhumi"]),
        # "Georgia Thompson" is a person; the country is named in the last paragraph.
        C("Georgia", "mention", "GE"),
        C("Russia", "mention", "RU"),
    ],
    "102_pristina_conference_dragash_cluster.txt": [
        # Last recorded mine casualty: August 2022, near Junik.
        C("Kosovo", "incident", "XK", date="2022-08-01", prec=M, injured=1),
        S(
            "PRISTINA",
            "conference",
            786714,
            variants=["Prishtina"],
            date="2023-04-25",
            prec=D,
        ),
        C("Serbia", "minefield", "RS"),
        C("Albania", "mention", "AL"),
        C("North Macedonia", "mention", "MK"),
        A2("Dragash", "clearance", 791122, "XK", date="2023-04-01", prec=M),
        # "Đakovica ... recorded the most cluster casualties of any town": incident.
        S("Gjakova", "incident", 791646, variants=["Đakovica"]),
        S(
            "Ponoshec",
            "minefield",
            (42.39, 20.34),
            country_code="XK",
            date="2023-04-01",
            prec=M,
            mines=22,
        ),
        S("Junik", "incident", 789739, date="2022-08-01", prec=M, injured=1),
        S("Bujanovac", "clearance", 792173),
        S("Preševo", "clearance", 786772),
        S("Niš", "minefield", 787657),
    ],
    "103_ahvaz_khuzestan_border_mines.txt": [
        # Third fatal accident in the province since October.
        A1(
            "Khuzestan",
            "incident",
            (31.40, 48.90),
            "IR",
            tolerance_km=LARGE,
            date="2023-10-01",
            prec=M,
        ),
        S("AHVAZ", "mention", 144448, variants=["Ahwaz"]),
        S(
            "Shalamcheh",
            "incident",
            (30.50, 48.00),
            country_code="IR",
            date="2024-01-22",
            prec=D,
            killed=2,
        ),
        # A border, attendees' country, and "Iraq's Basra province is ... mined".
        C("Iraq", "minefield", "IQ"),
        C("Iran", "clearance", "IR"),
        S("Khorramshahr", "minefield", 127319),
        S("Susangerd", "minefield", 137268),
        S("Hoveyzeh", "minefield", 130821),
        F(
            "Fakkeh plain",
            "clearance",
            (32.07, 47.70),
            "IR",
            tolerance_km=50,
            date="2023-01-01",
            prec=Y,
            mines=2300,
        ),
        A1(
            "Ilam",
            "clearance",
            (33.00, 46.90),
            "IR",
            date="2023-01-01",
            prec=Y,
            mines=2300,
        ),
        # A training centre that will open: no meeting held there.
        S("Abadan", "mention", 145459),
        S("Tehran", "conference", 112931, date="2024-01-01", prec=M),
        A1("Basra province", "minefield", (30.50, 47.60), "IQ"),
    ],
}
