"""More development articles (eval/dev 545-556), annotated like those in dev.py.

Long-form features, NGO field reports, annual and quarterly report excerpts and analysis
pieces (250-450 words), each with several events in different places, country-level
background figures, quotes and places in many positions: Kharkiv and Kherson/Mykolaiv
oblasts, Azerbaijan and Armenia, Bosnia/Croatia/Serbia, Iraqi Kurdistan, Syria, Yemen,
Angola and Mozambique, Helmand and Kandahar, Cambodia and Laos, Cauca (Colombia) and the
central Sahel (Mali, Burkina Faso, Niger).

Decisions where the rules are silent:
- A place with a minefield sentence and a clearance sentence is a minefield (Cuito
  Cuanavale, "lived inside a ring of mines", then mines removed), undated when the
  minefield sentences carry no date.
- "whose fields were surveyed this spring" (Marjah) is survey, so clearance, year
  precision.
- A town named as the seat of the team that did the work ("a team based in Sevare
  destroyed 19 devices ... on the road towards Bandiagara") stays a mention; the road's
  destination takes the clearance.
- "X, which forms the border with Croatia" and "Croatia has set 2026 as the year it
  expects to finish" make Croatia a mention (border, deadline); "Its remaining suspected
  areas" names no place, so only Lika-Senj and Gospic are minefields.
- "Cluster munition remnants from 1999 ... around Bujanovac" dates the contamination
  1999.
- "Hunters killed in the desert east of Hama": no more specific place, so Hama holds the
  incident.
- A bus "travelling between Boni and Hombori" that struck a mine: both ends get the
  incident.
- Combined "killed or injured" totals for one country are not split (no counts).
- A convoy losing two trucks to roadside bombs, nobody hurt, is an incident without
  counts.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "545_kharkiv_field_report_oskil_kupiansk_tractor_hrakove_boy_borova_mines.txt": [
        # "working along the Oskil river" in "the first half of April"; the village
        # Oskil (710514) is a namesake.
        F(
            "Oskil",
            "clearance",
            (49.35, 37.55),
            "UA",
            tolerance_km=LINEAR,
            date="2024-04-01",
            prec=M,
        ),
        A1(
            "Kharkiv oblast",
            "clearance",
            (49.60, 36.80),
            "UA",
            date="2024-04-01",
            prec=M,
        ),
        # Monday before Thursday 18 April.
        S("Kupiansk", "incident", 703656, date="2024-04-15", prec=D, injured=1),
        # Hospital town.
        S("Kharkiv", "mention", 706483),
        # "Two days later".
        S(
            "Hrakove",
            "incident",
            (49.66, 36.97),
            country_code="UA",
            date="2024-04-17",
            prec=D,
            injured=1,
        ),
        A2(
            "Chuhuiv district",
            "incident",
            710374,
            "UA",
            date="2024-04-17",
            prec=D,
            injured=1,
        ),
        # Seat of the liaison officer; the small namesake 712925 is elsewhere.
        S("Balakliia", "mention", 712926),
        # 312 + 27 found since January.
        S("Borova", "minefield", 711623, date="2024-01-01", prec=M, mines=339),
        S("Shevchenkove", "clearance", 694137, date="2024-04-09", prec=D, mines=18),
        # Survey recorded suspected hazardous areas in March.
        S("Velykyi Burluk", "minefield", 690193, date="2024-03-01", prec=M),
        # "may be contaminated"; the 2023 casualty sentence does not name it.
        C("Ukraine", "minefield", "UA"),
        C("Greece", "mention", "GR"),
        C("Switzerland", "mention", "CH"),
        C("Netherlands", "mention", "NL"),
        # Tuesday before Thursday 18 April.
        S("Kyiv", "conference", 703448, date="2024-04-16", prec=D),
    ],
    "546_kherson_fields_analysis_vysokopillia_snihurivka_beryslav_clearance.txt": [
        # "Kherson's fields" (title) and "the Kherson region": one province entry;
        # 38 civilians killed in the region in 2023.
        A1(
            "Kherson",
            "incident",
            (46.75, 33.30),
            "UA",
            variants=["Kherson region"],
            date="2023-01-01",
            prec=Y,
            killed=38,
        ),
        # Dateline and hospital town.
        S("MYKOLAIV", "mention", 700569),
        F("Dnipro", "minefield", (46.90, 33.40), "UA", tolerance_km=LINEAR),
        C("Ukraine", "minefield", "UA"),
        S("Vysokopillia", "incident", 688689, date="2024-06-03", prec=D, killed=1),
        # "Last week" before Wednesday 12 June.
        S("Snihurivka", "incident", 693379, date="2024-06-01", prec=M, injured=2),
        A1(
            "Mykolaiv oblast",
            "incident",
            (47.30, 32.00),
            "UA",
            date="2024-06-01",
            prec=M,
            injured=2,
        ),
        S(
            "Velyka Oleksandrivka",
            "minefield",
            690288,
            date="2024-03-01",
            prec=M,
            mines=96,
        ),
        A2(
            "Beryslav district",
            "clearance",
            712260,
            "UA",
            date="2024-01-01",
            prec=M,
            mines=2000,
        ),
        S("Davydiv Brid", "clearance", 710237, date="2024-05-01", prec=M),
        F(
            "Inhulets river",
            "clearance",
            (47.20, 33.20),
            "UA",
            tolerance_km=LINEAR,
            date="2024-05-01",
            prec=M,
        ),
        C("Japan", "mention", "JP"),
    ],
    "547_azerbaijan_annual_report_aghdam_khidirli_tartar_fuzuli_syunik.txt": [
        R("Karabakh", "clearance", (39.80, 46.80), "AZ"),
        R("East Zangezur", "clearance", (39.30, 46.60), "AZ"),
        # "fell to 62 over the year (21 killed and 41 injured)", the year being 2023.
        C(
            "Azerbaijan",
            "incident",
            "AZ",
            date="2023-01-01",
            prec=Y,
            killed=21,
            injured=41,
        ),
        S("Aghdam", "clearance", 148619, date="2023-10-14", prec=D),
        S(
            "Khidirli",
            "minefield",
            (39.97, 47.08),
            country_code="AZ",
            date="2023-11-01",
            prec=M,
        ),
        # "Between June and September ... along the road linking Jabrayil and Zangilan".
        S("Jabrayil", "clearance", 148141, date="2023-06-01", prec=M),
        S("Zangilan", "clearance", 146901, date="2023-06-01", prec=M),
        # Deminers injured during clearance.
        A2(
            "Tartar district",
            "incident",
            584871,
            "AZ",
            date="2023-08-04",
            prec=D,
            injured=2,
        ),
        A2(
            "Fuzuli district",
            "incident",
            148106,
            "AZ",
            date="2023-05-19",
            prec=D,
            killed=1,
        ),
        S("Baku", "conference", 587084, date="2023-05-01", prec=M),
        C("Turkey", "mention", "TR"),
        C("Pakistan", "mention", "PK"),
        C("Armenia", "clearance", "AM", date="2023-01-01", prec=Y),
        A1(
            "Syunik province",
            "clearance",
            (39.40, 46.20),
            "AM",
            date="2023-01-01",
            prec=Y,
        ),
        S("Kapan", "clearance", 174875, date="2023-01-01", prec=Y),
    ],
    "548_una_valley_feature_pistaline_bosanska_krupa_cazin_croatia_serbia.txt": [
        # Dateline and hospital town.
        S("BIHAĆ", "mention", 3204222),
        # "the fourth mine death in Bosnia and Herzegovina this year".
        C(
            "Bosnia and Herzegovina",
            "incident",
            "BA",
            date="2024-01-01",
            prec=Y,
            killed=4,
        ),
        # The town: slopes above it, a resident's home (the municipality is apart).
        S("Bosanska Krupa", "mention", 3203653),
        S(
            "Pištaline",
            "incident",
            (44.93, 16.22),
            country_code="BA",
            date="2024-08-01",
            prec=M,
            killed=1,
            injured=1,
        ),
        A2(
            "Bosanska Krupa municipality",
            "incident",
            (44.88, 16.20),
            "BA",
            date="2024-08-01",
            prec=M,
            killed=1,
            injured=1,
        ),
        # Seat of the mine action centre.
        S("Sarajevo", "mention", 3191281),
        F("Una", "minefield", (45.00, 16.10), "BA", tolerance_km=LINEAR),
        # Border and completion deadline only.
        C("Croatia", "mention", "HR"),
        # 37 anti-personnel mines + 4 mortar rounds.
        S("Cazin", "clearance", 3202822, date="2024-09-02", prec=D, mines=41),
        A1("Lika-Senj county", "minefield", (44.60, 15.30), "HR"),
        S("Gospić", "minefield", 3199873),
        C("Serbia", "minefield", "RS", date="1999-01-01", prec=Y),
        S("Bujanovac", "minefield", 792173, date="1999-01-01", prec=Y),
        S("Belgrade", "conference", 792680, date="2024-06-01", prec=M),
    ],
    "549_kurdistan_field_report_penjwen_shepherd_sidakan_halabja_ahmed_awa.txt": [
        # Border country only.
        C("Iran", "mention", "IR"),
        # Title "mined mountainsides ... in Iraqi Kurdistan"; "the Kurdistan Region" is
        # the same place; no dated sentence names it.
        R(
            "Iraqi Kurdistan",
            "minefield",
            (36.20, 44.50),
            "IQ",
            variants=["Kurdistan Region"],
            tolerance_km=LARGE,
        ),
        S("Penjwen", "incident", 98012, date="2023-11-09", prec=D, killed=1, injured=1),
        A1(
            "Sulaymaniyah governorate",
            "incident",
            (35.60, 45.50),
            "IQ",
            date="2023-11-09",
            prec=D,
            killed=1,
            injured=1,
        ),
        # Where the boy was flown for surgery.
        S("Sulaymaniyah city", "mention", 98463),
        S(
            "Sidakan",
            "minefield",
            (36.80, 44.67),
            country_code="IQ",
            date="2023-10-01",
            prec=M,
        ),
        A1(
            "Erbil governorate",
            "minefield",
            (36.50, 44.40),
            "IQ",
            date="2023-10-01",
            prec=M,
        ),
        C("Turkey", "mention", "TR"),
        # 212 mines destroyed in September; "Iran-Iraq war" is an event name.
        S("Halabja", "clearance", 96205, date="2023-09-01", prec=M, mines=212),
        S(
            "Ahmed Awa",
            "clearance",
            (35.28, 46.08),
            country_code="IQ",
            date="2023-09-01",
            prec=M,
            mines=212,
        ),
        # Home of the deminer quoted.
        S("Said Sadiq", "mention", 91283),
        # "contaminated land at the end of 2022".
        C("Iraq", "minefield", "IQ", date="2022-12-01", prec=M),
        # "last week" before Wednesday 22 November.
        S("Erbil", "conference", 95446, date="2023-11-01", prec=M),
        C("Germany", "mention", "DE"),
    ],
    "550_syria_returnees_analysis_kafr_nabl_hama_truffle_deir_hafer_raqqa.txt": [
        # Where the family came back from.
        C("Lebanon", "mention", "LB"),
        # Sunday before Thursday 14 March.
        S("Kafr Nabl", "incident", 168661, date="2024-03-10", prec=D, killed=3),
        A1(
            "Idlib",
            "incident",
            (35.80, 36.60),
            "SY",
            date="2024-03-10",
            prec=D,
            killed=3,
        ),
        # "834 people killed or injured in 2022": one combined figure, not split.
        C("Syria", "incident", "SY", date="2022-01-01", prec=Y),
        # "In the desert east of Hama, at least 11 truffle hunters have been killed
        # since the start of February": no more specific place holds the event.
        S("Hama", "incident", 170017, date="2024-02-01", prec=M, killed=11),
        # Seat of the demining organisation, across the border.
        S("Gaziantep", "mention", 314830),
        C("Turkey", "mention", "TR"),
        S("Deir Hafer", "clearance", 170785, date="2024-01-01", prec=M, mines=146),
        # "rural Aleppo": the governorate's countryside.
        A1(
            "Aleppo",
            "clearance",
            (36.30, 37.50),
            "SY",
            date="2024-01-01",
            prec=M,
            mines=146,
        ),
        # Tuesday before Thursday 14 March.
        S("Raqqa", "incident", 172955, date="2024-03-12", prec=D, injured=1),
        S("Brussels", "conference", 2800866, date="2024-03-05", prec=D),
    ],
    "551_yemen_quarterly_hays_mines_khawkhah_boys_sirwah_deminer_aden_meeting.txt": [
        # "Since January, ... 211 civilian casualties ... in Yemen" (not split).
        C("Yemen", "incident", "YE", date="2024-01-01", prec=M),
        # Title "Marib" and "Marib governorate": one province entry (the town Ma'rib
        # is not named).
        A1(
            "Marib",
            "incident",
            (15.50, 45.30),
            "YE",
            variants=["Marib governorate"],
            date="2024-04-02",
            prec=D,
            killed=1,
        ),
        A2(
            "Hays district",
            "minefield",
            74906,
            "YE",
            date="2024-05-01",
            prec=M,
            mines=240,
        ),
        # Distance reference ("south of Hodeidah").
        S("Hodeidah", "mention", 79415),
        S("al-Khawkhah", "incident", 79131, date="2024-06-17", prec=D, injured=2),
        # Hospital town.
        S("Mocha", "mention", 78751),
        # Deminer killed during clearance.
        A2(
            "Sirwah district",
            "incident",
            (15.45, 45.02),
            "YE",
            date="2024-04-02",
            prec=D,
            killed=1,
        ),
        # "remains heavily contaminated"; risk education is no role.
        S("Taiz", "minefield", 70225),
        S("Aden", "conference", 415189, date="2024-06-26", prec=D),
        C("Germany", "mention", "DE"),
        C("United Kingdom", "mention", "GB"),
    ],
    "552_cuito_cuanavale_feature_tumpo_luena_menongue_cabo_delgado.txt": [
        # Title "a town built around a minefield" and "lived inside a ring of mines":
        # minefield outranks the clearance of 1,128 mines since March; undated.
        S("Cuito Cuanavale", "minefield", 3349149),
        # "Angola still records casualties every month": incident, no facts.
        C("Angola", "incident", "AO"),
        # In the ring-of-mines sentence and the Menongue injury sentence.
        A1(
            "Cuando Cubango",
            "incident",
            (-16.00, 18.80),
            "AO",
            tolerance_km=LARGE,
            date="2023-09-02",
            prec=D,
            injured=1,
        ),
        F(
            "Cuito river",
            "minefield",
            (-15.30, 19.20),
            "AO",
            tolerance_km=LINEAR,
            date="2023-09-01",
            prec=M,
            mines=14,
        ),
        S(
            "Tumpo",
            "minefield",
            (-15.17, 19.24),
            country_code="AO",
            date="2023-09-01",
            prec=M,
            mines=14,
        ),
        S("Luena", "incident", 3347719, date="2023-08-01", prec=M, killed=1),
        A1(
            "Moxico",
            "incident",
            (-12.50, 21.00),
            "AO",
            tolerance_km=LARGE,
            date="2023-08-01",
            prec=M,
            killed=1,
        ),
        S("Menongue", "incident", 3347353, date="2023-09-02", prec=D, injured=1),
        # Seat of the national demining commission.
        S("Luanda", "mention", 2240449),
        C("Mozambique", "clearance", "MZ", date="2015-01-01", prec=Y),
        A1(
            "Cabo Delgado",
            "minefield",
            (-12.30, 39.70),
            "MZ",
            date="2017-01-01",
            prec=Y,
        ),
        A2("Mocímboa da Praia", "minefield", 1024699, "MZ", date="2017-01-01", prec=Y),
        A2("Macomia", "minefield", 1042456, "MZ", date="2017-01-01", prec=Y),
    ],
    "553_helmand_field_report_nad_e_ali_children_sangin_panjwai_kabul.txt": [
        # Saturday before Wednesday 22 May.
        A1(
            "Helmand",
            "incident",
            (31.20, 64.20),
            "AF",
            tolerance_km=LARGE,
            date="2024-05-18",
            prec=D,
            killed=4,
            injured=2,
        ),
        A2(
            "Nad-e Ali district",
            "incident",
            (31.64, 64.24),
            "AF",
            date="2024-05-18",
            prec=D,
            killed=4,
            injured=2,
        ),
        # Hospital town.
        S("Lashkar Gah", "mention", 1134720),
        # "540 civilian casualties ... in 2023" (not split).
        C("Afghanistan", "incident", "AF", date="2023-01-01", prec=Y),
        S("Sangin", "minefield", 1127547, date="2024-04-01", prec=M),
        # "whose fields were surveyed this spring": survey.
        S(
            "Marjah",
            "clearance",
            (31.52, 64.12),
            country_code="AF",
            date="2024-01-01",
            prec=Y,
        ),
        # 63 IEDs + 12 anti-personnel mines, "between March and early May".
        A2(
            "Panjwai district",
            "clearance",
            (31.52, 65.45),
            "AF",
            date="2024-03-01",
            prec=M,
            mines=75,
        ),
        A1(
            "Kandahar",
            "clearance",
            (31.00, 65.60),
            "AF",
            tolerance_km=LARGE,
            date="2024-03-01",
            prec=M,
            mines=75,
        ),
        S("Kabul", "conference", 1138958, date="2024-05-14", prec=D),
        C("Sweden", "mention", "SE"),
    ],
    "554_annual_report_cambodia_laos_phnom_proek_xiangkhouang_phonsavan.txt": [
        C(
            "Cambodia",
            "incident",
            "KH",
            date="2023-01-01",
            prec=Y,
            killed=11,
            injured=36,
        ),
        # 2,118 + 96 + 1,304 items over the three provinces in 2023.
        A1(
            "Battambang",
            "clearance",
            (13.00, 103.00),
            "KH",
            date="2023-01-01",
            prec=Y,
            mines=3518,
        ),
        A1(
            "Pailin",
            "clearance",
            (12.85, 102.60),
            "KH",
            date="2023-01-01",
            prec=Y,
            mines=3518,
        ),
        A1(
            "Banteay Meanchey",
            "clearance",
            (13.75, 103.00),
            "KH",
            date="2023-01-01",
            prec=Y,
            mines=3518,
        ),
        A2(
            "Phnom Proek district",
            "incident",
            (13.32, 102.65),
            "KH",
            date="2023-08-11",
            prec=D,
            killed=3,
        ),
        C("Laos", "clearance", "LA", date="2023-01-01", prec=Y, mines=9870),
        A1(
            "Xiangkhouang",
            "clearance",
            (19.50, 103.30),
            "LA",
            date="2023-01-01",
            prec=Y,
            mines=9870,
        ),
        A2(
            "Kham",
            "clearance",
            (19.62, 103.60),
            "LA",
            date="2023-01-01",
            prec=Y,
            mines=9870,
        ),
        A2(
            "Pek",
            "clearance",
            (19.45, 103.20),
            "LA",
            date="2023-01-01",
            prec=Y,
            mines=9870,
        ),
        # "In November" before the March 2024 publication.
        S("Phonsavan", "incident", 1655123, date="2023-11-01", prec=M, injured=1),
        S("Vientiane", "conference", 1651944, date="2023-12-06", prec=D),
        C("United States", "mention", "US"),
        C("South Korea", "mention", "KR"),
    ],
    "555_cauca_feature_el_plateado_soldier_balboa_girl_cajibio_narino.txt": [
        # "more than 12,400 victims ... since 1990": a total, not split.
        C("Colombia", "incident", "CO", date="1990-01-01", prec=Y),
        # "This year Cauca, Antioquia and Nariño ... more than half of the new victims".
        A1("Cauca", "incident", (2.50, -76.80), "CO", date="2024-01-01", prec=Y),
        S(
            "El Plateado",
            "incident",
            (2.17, -77.17),
            country_code="CO",
            date="2024-07-29",
            prec=D,
            injured=1,
        ),
        # "the Argelia municipality" (Cauca; the seat 3689615, not Algeria).
        A2("Argelia", "incident", 3689615, "CO", date="2024-07-29", prec=D, injured=1),
        # "Two days later".
        S("Balboa", "incident", 3689292, date="2024-07-31", prec=D, injured=1),
        # Where both were flown.
        S("Popayán", "mention", 3671916),
        A1(
            "Antioquia",
            "incident",
            (7.00, -75.50),
            "CO",
            tolerance_km=LARGE,
            date="2024-01-01",
            prec=Y,
        ),
        A1("Nariño", "incident", (1.50, -77.80), "CO", date="2024-01-01", prec=Y),
        S("Cajibío", "clearance", 3688009, date="2024-06-01", prec=M, mines=22),
        S("Bogotá", "mention", 3688689),
        C("Norway", "mention", "NO"),
    ],
    "556_sahel_ied_analysis_boni_hombori_bus_douentza_djibo_tera_niamey.txt": [
        # "killed or injured more than 1,100 people in 2023" (not split).
        R(
            "Sahel",
            "incident",
            (14.50, -1.50),
            None,
            tolerance_km=1000,
            date="2023-01-01",
            prec=Y,
        ),
        # "Mali's Mopti region recorded 37 incidents ... in September".
        C("Mali", "incident", "ML", date="2024-09-01", prec=M),
        S(
            "Boni",
            "incident",
            (15.07, -2.25),
            country_code="ML",
            date="2024-10-29",
            prec=D,
            killed=8,
            injured=14,
        ),
        S(
            "Hombori",
            "incident",
            (15.28, -1.70),
            country_code="ML",
            date="2024-10-29",
            prec=D,
            killed=8,
            injured=14,
        ),
        # "Last Friday" before Thursday 7 November; trucks lost, drivers unhurt.
        S("Douentza", "incident", 2458334, date="2024-11-01", prec=D),
        A1(
            "Mopti region",
            "incident",
            (14.50, -3.50),
            "ML",
            tolerance_km=LARGE,
            date="2024-09-01",
            prec=M,
        ),
        # Seat of the disposal team.
        S("Sévaré", "mention", (14.53, -4.10), country_code="ML"),
        S("Bandiagara", "clearance", 2460489, date="2024-10-01", prec=M, mines=19),
        F("Dogon plateau", "mention", (14.30, -3.40), "ML", tolerance_km=50),
        C("Burkina Faso", "minefield", "BF"),
        S("Djibo", "minefield", 2361177),
        C("Niger", "incident", "NE", date="2024-10-12", prec=D, killed=6),
        S("Téra", "incident", 2438855, date="2024-10-12", prec=D, killed=6),
        A1(
            "Tillabéri region",
            "incident",
            (14.50, 1.50),
            "NE",
            tolerance_km=LARGE,
            date="2024-10-12",
            prec=D,
            killed=6,
        ),
        S("Niamey", "conference", 2440485, date="2024-09-01", prec=M),
    ],
}
