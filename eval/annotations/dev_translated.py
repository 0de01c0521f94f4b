"""More development articles (eval/dev 280-291), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: English translations of regional press (Spanish, French, Russian, Arabic
outlets), memorials of deminers, investigations and analysis.

Annotation decisions where the rules are silent:
- A funeral or farewell ceremony held in a place (Menongue, Kherson, "his native
  village in the Odesa region") is a ceremony, so `conference`, dated.
- A place named in a sentence that describes the event without restating its
  date or toll ("the accident occurred ... on the old defence line of Tumpo";
  "the works were concentrated above the Cenepa river"; a title) takes the facts
  of that event, told in the neighbouring sentence.
- "X km north of Zouar" / "20 km after leaving Boni" with no more specific
  named place: the town holds the event (incident); "south of the capital,
  Tripoli" when Ain Zara holds it, and "east of the Cuito river" when Tumpo
  holds it, are references (Tripoli keeps the clearance role of the title).
- A municipality, department or circle named only with its generic word
  ("the municipalities of Mavinga, Dirico and Rivungo", "the circle of
  Bandiagara") is one entry with the seat's GeoNames id; "the department of
  Bignona" is separate from the town Bignona named in the same sentence.
- The country that built a mined wall ("the sand wall built by Morocco") is a
  mention: the mines lie in Western Sahara.
- A combined figure for several municipalities ("1,243 mines in Mavinga,
  Dirico and Rivungo") goes whole to each of them and to their province.
- "Since the beginning of the year" is year precision; "between July and
  October" is its first month; "in the spring of 2023" is year precision.
- "Among them some 2,300 dead" states a killed count for Colombia even though
  the 12,300 victims are a combined figure.
- Areas "still suspected of contamination" (the Ennedi) are `minefield`;
  areas "not yet surveyed" along the borders with Gambia and Guinea-Bissau are
  border mentions.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "280_el_tarra_soldiers_teorama_tibu_sonson_free.txt": [
        # Dateline and the clinic the soldiers were flown to.
        S("CÚCUTA", "mention", 3685533),
        S(
            "Orú Puerto",
            "incident",
            (8.62, -73.05),
            country_code="CO",
            date="2024-03-18",
            prec=D,
            injured=2,
        ),
        S("El Tarra", "incident", 3738301, date="2024-03-18", prec=D, injured=2),
        R(
            "Catatumbo",
            "incident",
            (8.70, -73.00),
            "CO",
            date="2024-03-18",
            prec=D,
            injured=2,
        ),
        A1(
            "Norte de Santander",
            "incident",
            (8.00, -72.90),
            "CO",
            date="2024-03-18",
            prec=D,
            injured=2,
        ),
        S("Teorama", "incident", 3667286, date="2024-02-02", prec=D, injured=1),
        S(
            "Campo Dos",
            "incident",
            (8.68, -72.93),
            country_code="CO",
            date="2024-02-27",
            prec=D,
            killed=1,
        ),
        S("Tibú", "incident", 3667202, date="2024-02-27", prec=D, killed=1),
        # "one of the departments with the most accidents": aggregate casualties.
        A1("Antioquia", "incident", (6.90, -75.50), "CO", tolerance_km=LARGE),
        A1("Cauca", "incident", (2.50, -76.80), "CO"),
        A1("Nariño", "incident", (1.50, -77.80), "CO"),
        # Since 1990: 12,300 victims (combined), among them some 2,300 dead.
        C("Colombia", "incident", "CO", date="1990-01-01", prec=Y, killed=2300),
        S("Bogotá", "conference", 3688689, date="2024-03-01", prec=M),
        S("Sonsón", "clearance", 3667820, date="2024-03-01", prec=M, mines=61),
    ],
    "281_condor_cenepa_clearance_gualaquiza_soldier.txt": [
        # Dateline and Wednesday's ceremony at Army headquarters.
        S("LIMA", "conference", 3936456, date="2023-10-25", prec=D),
        F(
            "Cordillera del Cóndor",
            "clearance",
            (-3.90, -78.40),
            "PE",
            tolerance_km=LINEAR,
            date="2023-10-24",
            prec=D,
            mines=312,
        ),
        A2(
            "Condorcanqui",
            "clearance",
            (-4.20, -77.90),
            "PE",
            date="2023-10-24",
            prec=D,
            mines=312,
        ),
        A1(
            "Amazonas",
            "clearance",
            (-5.00, -78.00),
            "PE",
            tolerance_km=LARGE,
            date="2023-10-24",
            prec=D,
            mines=312,
        ),
        # The 1995 conflict with Ecuador: background.
        C("Ecuador", "mention", "EC"),
        F(
            "Cenepa river",
            "clearance",
            (-4.30, -78.20),
            "PE",
            tolerance_km=LINEAR,
            date="2023-10-24",
            prec=D,
            mines=312,
        ),
        # "three days' walk from": a distance reference.
        S("Santa María de Nieva", "mention", (-4.59, -77.86), country_code="PE"),
        C("United States", "mention", "US", tolerance_km=1500),
        C("Japan", "mention", "JP"),
        S(
            "Cóndor Mirador",
            "incident",
            (-3.63, -78.40),
            country_code="PE",
            date="2019-08-09",
            prec=D,
            killed=1,
        ),
        C("Peru", "clearance", "PE", date="2001-01-01", prec=Y, mines=5800),
        A1("Zamora Chinchipe", "clearance", (-4.20, -78.90), "EC"),
        A1(
            "Morona Santiago",
            "incident",
            (-2.50, -78.00),
            "EC",
            date="2023-06-03",
            prec=D,
            injured=1,
        ),
        S("Gualaquiza", "incident", 3657661, date="2023-06-03", prec=D, injured=1),
    ],
    "282_angola_deminer_memorial_cuito_cuanavale_tumpo.txt": [
        # Dateline and Saturday's funeral.
        S("MENONGUE", "conference", 3347353, date="2024-05-11", prec=D),
        S(
            "Cuito Cuanavale",
            "incident",
            3349149,
            date="2024-05-08",
            prec=D,
            killed=1,
            injured=2,
        ),
        A1(
            "Cuando Cubango",
            "incident",
            (-16.00, 19.00),
            "AO",
            tolerance_km=LARGE,
            date="2024-05-08",
            prec=D,
            killed=1,
            injured=2,
        ),
        S(
            "Tumpo",
            "incident",
            (-15.18, 19.28),
            country_code="AO",
            date="2024-05-08",
            prec=D,
            killed=1,
            injured=2,
        ),
        # "east of the Cuito river": reference for Tumpo.
        F("Cuito river", "mention", (-15.30, 19.15), "AO", tolerance_km=LINEAR),
        A2("Mavinga", "clearance", 876019, "AO", date="2024-01-01", prec=M, mines=1243),
        A2("Dirico", "clearance", 876292, "AO", date="2024-01-01", prec=M, mines=1243),
        A2("Rivungo", "clearance", 875820, "AO", date="2024-01-01", prec=M, mines=1243),
        S("Luanda", "mention", 2240449),
        # March 2021: a sapper died in Moxico (the treaty deadline is a mention).
        C("Angola", "incident", "AO", date="2021-03-01", prec=M, killed=1),
        A1(
            "Moxico",
            "incident",
            (-12.50, 21.00),
            "AO",
            tolerance_km=LARGE,
            date="2021-03-01",
            prec=M,
            killed=1,
        ),
        S("Luena", "incident", 3347719, date="2021-03-01", prec=M, killed=1),
    ],
    "283_free_of_mines_mozambique_guinea_bissau_analysis.txt": [
        # Declared free of known minefields in September 2015.
        C("Mozambique", "clearance", "MZ", date="2015-09-01", prec=M),
        S("Maputo", "conference", 1040652, date="2015-09-01", prec=M),
        A1(
            "Inhambane",
            "incident",
            (-23.00, 34.50),
            "MZ",
            date="2023-08-22",
            prec=D,
            killed=1,
            injured=2,
        ),
        A2(
            "Massinga",
            "incident",
            1040201,
            "MZ",
            date="2023-08-22",
            prec=D,
            killed=1,
            injured=2,
        ),
        A1(
            "Cabo Delgado",
            "incident",
            (-12.30, 39.30),
            "MZ",
            date="2023-09-06",
            prec=D,
            killed=4,
        ),
        S("Macomia", "incident", 1042456, date="2023-09-06", prec=D, killed=4),
        S(
            "Mucojo",
            "incident",
            (-12.07, 40.47),
            country_code="MZ",
            date="2023-09-06",
            prec=D,
            killed=4,
        ),
        # Title and "followed the same path"; the "declared free" sentence
        # names it only as "the country".
        C("Guinea-Bissau", "mention", "GW"),
        S("Ingoré", "minefield", 2372095, date="2023-06-01", prec=M, mines=1),
        A1(
            "Cacheu",
            "minefield",
            (12.20, -15.90),
            "GW",
            date="2023-06-01",
            prec=M,
            mines=1,
        ),
        S("São Domingos", "mention", 2370045),
        C("Senegal", "mention", "SN"),
        S("Bissau", "mention", 2374775),
    ],
    "284_casamance_bignona_sindian_taxi_goudomp_clearance.txt": [
        # Title names the Sunday blast.
        R(
            "Casamance",
            "incident",
            (12.70, -15.80),
            "SN",
            date="2024-01-21",
            prec=D,
            killed=2,
            injured=5,
        ),
        S(
            "Bignona",
            "incident",
            2253901,
            date="2024-01-21",
            prec=D,
            killed=2,
            injured=5,
        ),
        S(
            "Sindian",
            "incident",
            (12.95, -16.10),
            country_code="SN",
            date="2024-01-21",
            prec=D,
            killed=2,
            injured=5,
        ),
        A2(
            "department of Bignona",
            "incident",
            (12.95, -16.25),
            "SN",
            date="2024-01-21",
            prec=D,
            killed=2,
            injured=5,
        ),
        # Dateline and the regional hospital.
        S("ZIGUINCHOR", "mention", 2243940),
        S(
            "Djibanar",
            "clearance",
            (12.60, -15.65),
            country_code="SN",
            date="2024-01-15",
            prec=D,
            mines=23,
        ),
        A2("Goudomp", "clearance", 2251470, "SN", date="2024-01-15", prec=D, mines=23),
        # A handover ceremony planned there.
        S("Tanaf", "conference", 2244979),
        C("Gambia", "mention", "GM"),
        C("Guinea-Bissau", "mention", "GW"),
        S("Dakar", "mention", 2253354),
        # Treaty deadline (and inside the CNAMS name).
        C("Senegal", "mention", "SN"),
    ],
    "285_sahel_ied_boni_douentza_bus_djibo_ouagadougou_workshop.txt": [
        # Title: improvised mines strangle the roads of the region.
        R("Central Sahel", "minefield", (14.50, -1.50), None, tolerance_km=500),
        S(
            "Douentza",
            "incident",
            2458334,
            date="2024-05-04",
            prec=D,
            killed=9,
            injured=13,
        ),
        S(
            "Boni",
            "incident",
            (15.06, -2.10),
            country_code="ML",
            date="2024-05-04",
            prec=D,
            killed=9,
            injured=13,
        ),
        A1(
            "Mopti",
            "incident",
            (14.60, -3.60),
            "ML",
            date="2024-05-04",
            prec=D,
            killed=9,
            injured=13,
        ),
        # 250 victims in 2023 (combined).
        C("Mali", "incident", "ML", date="2023-01-01", prec=Y),
        A2(
            "Bandiagara", "clearance", 2460489, "ML", date="2024-05-02", prec=D, mines=2
        ),
        S(
            "Sévaré",
            "clearance",
            (14.53, -4.09),
            country_code="ML",
            date="2024-05-02",
            prec=D,
            mines=2,
        ),
        # "counts even more victims": a casualty comparison.
        C("Burkina Faso", "incident", "BF"),
        S("Djibo", "incident", 2361177, date="2024-04-28", prec=D, killed=2, injured=4),
        A2(
            "Soum province",
            "incident",
            (14.10, -1.50),
            "BF",
            date="2024-04-28",
            prec=D,
            killed=2,
            injured=4,
        ),
        # Convoys advance behind clearance teams.
        S("Arbinda", "clearance", 2363174),
        S("Ouagadougou", "conference", 2357048, date="2024-05-06", prec=D),
        C("Niger", "mention", "NE"),
        S("Bamako", "mention", 2460596),
    ],
    "286_tibesti_zouar_herders_ounianga_clearance.txt": [
        A1(
            "Tibesti",
            "incident",
            (21.00, 17.50),
            "TD",
            tolerance_km=LARGE,
            date="2023-11-18",
            prec=D,
            killed=2,
        ),
        # Dateline, HCND seat, and the December workshop.
        S("N'DJAMENA", "conference", 2427123),  # planned: no date after publication
        # "15 km north of Zouar", no more specific named place.
        S("Zouar", "incident", 2424015, date="2023-11-18", prec=D, killed=2),
        C("Chad", "mention", "TD"),
        C("Libya", "mention", "LY"),
        R("Aouzou Strip", "mention", (22.00, 18.00), "TD", tolerance_km=LARGE),
        R("Ennedi", "minefield", (17.50, 22.00), "TD", tolerance_km=300),
        A1(
            "Ennedi Ouest",
            "clearance",
            (18.50, 20.50),
            "TD",
            tolerance_km=LARGE,
            date="2023-07-01",
            prec=M,
            mines=1480,
        ),
        S(
            "Ounianga Kébir",
            "clearance",
            242179,
            date="2023-07-01",
            prec=M,
            mines=1480,
        ),
        # Old bombs found on the airstrip in September.
        S("Fada", "minefield", 244128, date="2023-09-01", prec=M),
        S("Bardaï", "minefield", 2435976),
        S("Faya-Largeau", "mention", 2432678),
    ],
    "287_tripoli_ain_zara_child_sirte_tarhuna_benghazi.txt": [
        S(
            "Ain Zara",
            "incident",
            (32.80, 13.25),
            country_code="LY",
            date="2024-03-18",
            prec=D,
            killed=1,
            injured=1,
        ),
        # Title: "continue clearing southern Tripoli"; elsewhere a reference.
        S("Tripoli", "clearance", 2210247),
        S(
            "Salah al-Din",
            "incident",
            (32.83, 13.21),
            country_code="LY",
            date="2024-03-12",
            prec=D,
            injured=1,
        ),
        S(
            "Qasr Bin Ghashir",
            "clearance",
            2213618,
            date="2024-01-01",
            prec=Y,
            mines=600,
        ),
        # Booby-trapped fields revealed in 2020; farms still contaminated.
        S("Tarhuna", "minefield", 2210221, date="2020-01-01", prec=Y),
        S("Sirte", "clearance", 2210554, date="2024-02-01", prec=M, mines=1100),
        S(
            "Al-Giza Al-Bahriya",
            "clearance",
            (31.20, 16.58),
            country_code="LY",
            date="2024-02-01",
            prec=M,
            mines=1100,
        ),
        S("Benghazi", "conference", 88319, date="2024-03-20", prec=D),
        C("Libya", "incident", "LY", date="2011-01-01", prec=Y),
    ],
    "288_western_sahara_tifariti_herder_mahbes_smara_bir_lahlou.txt": [
        # Title names the Sunday blast.
        C(
            "Western Sahara",
            "incident",
            "EH",
            date="2024-02-11",
            prec=D,
            injured=1,
        ),
        S("Tifariti", "incident", 2461667, date="2024-02-11", prec=D, injured=1),
        # Hospital, refugee camps, host country.
        S("Rabouni", "mention", (27.48, -8.10), country_code="DZ"),
        S("Tindouf", "mention", 2476301),
        C("Algeria", "mention", "DZ", tolerance_km=1000),
        C("Morocco", "mention", "MA"),
        S(
            "Mahbes",
            "minefield",
            (27.22, -9.08),
            country_code="EH",
            date="2024-01-01",
            prec=M,
            mines=6,
        ),
        S(
            "Smara",
            "clearance",
            (26.74, -11.67),
            country_code="EH",
            date="2023-01-01",
            prec=Y,
            mines=1053,
        ),
        # Operators used to clear there before withdrawing.
        S("Bir Lahlou", "clearance", 13526712),
        S("Mijek", "clearance", 8300874),
        S("Geneva", "conference", 2660646),  # planned: no date after publication
    ],
    "289_syria_truffle_hunters_sukhnah_mayadin_uqayribat.txt": [
        S(
            "Al-Sukhnah",
            "incident",
            172425,
            variants=["As Sukhnah"],
            date="2024-02-25",
            prec=D,
            killed=8,
            injured=3,
        ),
        A1(
            "Homs",
            "incident",
            (34.70, 37.50),
            "SY",
            tolerance_km=LARGE,
            date="2024-02-25",
            prec=D,
            killed=8,
            injured=3,
        ),
        # A season that began in January: at least 70 killed.
        C("Syria", "incident", "SY", date="2024-01-01", prec=M, killed=70),
        R("Badia", "incident", (34.50, 38.50), "SY", tolerance_km=300),
        S("Al-Mayadin", "incident", 173480, date="2024-02-20", prec=D, killed=2),
        A1(
            "Deir ez-Zor",
            "incident",
            (35.00, 40.30),
            "SY",
            date="2024-02-20",
            prec=D,
            killed=2,
        ),
        S("Uqayribat", "minefield", 162803, date="2024-02-24", prec=D, mines=4),
        A1(
            "Hama",
            "minefield",
            (35.20, 37.00),
            "SY",
            date="2024-02-24",
            prec=D,
            mines=4,
        ),
        S(
            "Palmyra",
            "clearance",
            163808,
            variants=["Tadmur"],
            date="2024-02-01",
            prec=M,
            mines=36,
        ),
        # Risk-education leaflets.
        S("Salamiyah", "mention", 164947),
        S("DAMASCUS", "mention", 170654),
    ],
    "290_kursk_guyevo_petal_mine_tetkino_korenevo_shebekino.txt": [
        A1(
            "Kursk region",
            "incident",
            (51.70, 36.10),
            "RU",
            date="2025-06-08",
            prec=D,
            killed=1,
            injured=1,
        ),
        S("Guyevo", "incident", 557731, date="2025-06-08", prec=D, killed=1, injured=1),
        # Dateline and the regional hospital.
        S("KURSK", "mention", 538560),
        A2(
            "Sudzha district",
            "incident",
            (51.20, 35.27),
            "RU",
            date="2025-06-08",
            prec=D,
            killed=1,
            injured=1,
        ),
        A2(
            "Glushkovo district",
            "incident",
            560995,
            "RU",
            date="2025-05-27",
            prec=D,
            injured=1,
        ),
        S("Tetkino", "incident", 483166, date="2025-05-27", prec=D, injured=1),
        C("Ukraine", "mention", "UA"),
        S("Sudzha", "clearance", 486816, date="2025-06-03", prec=D),
        S("Korenevo", "minefield", 544906, date="2025-06-01", prec=M, mines=40),
        A1(
            "Belgorod region",
            "incident",
            (50.70, 37.00),
            "RU",
            date="2025-06-09",
            prec=D,
            injured=1,
        ),
        S("Shebekino", "incident", 495112, date="2025-06-09", prec=D, injured=1),
        A2("Grayvoron district", "minefield", 559034, "RU"),
        S("Moscow", "conference", 524901),  # planned: no date after publication
    ],
    "291_kherson_pyrotechnist_memorial_tiahynka_izium_snihurivka.txt": [
        # The farewell held today.
        S("Kherson", "conference", 706448, date="2024-10-04", prec=D),
        A1(
            "Kherson region",
            "incident",
            (46.70, 33.30),
            "UA",
            date="2024-10-02",
            prec=D,
            killed=1,
            injured=2,
        ),
        S(
            "Tiahynka",
            "incident",
            690903,
            date="2024-10-02",
            prec=D,
            killed=1,
            injured=2,
        ),
        A2(
            "Beryslav district",
            "incident",
            712260,
            "UA",
            date="2024-10-02",
            prec=D,
            killed=1,
            injured=2,
        ),
        S("Izium", "clearance", 707292, date="2022-01-01", prec=Y),
        A1(
            "Kharkiv region",
            "clearance",
            (49.60, 36.80),
            "UA",
            date="2022-01-01",
            prec=Y,
        ),
        S("Snihurivka", "clearance", 693379, date="2023-01-01", prec=Y, mines=1500),
        A1(
            "Mykolaiv region",
            "clearance",
            (47.20, 32.00),
            "UA",
            date="2023-01-01",
            prec=Y,
            mines=1500,
        ),
        # 29 pyrotechnists killed and 90 injured since the invasion (no date).
        C("Ukraine", "incident", "UA", killed=29, injured=90),
        S("Kyiv", "mention", 703448),
        # Saturday's funeral in his native village.
        A1(
            "Odesa region",
            "conference",
            (46.80, 30.20),
            "UA",
            tolerance_km=LARGE,
        ),  # a funeral still to come: no date after publication
    ],
}
