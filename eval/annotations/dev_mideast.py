"""More development articles (eval/dev 395-406), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: Middle East press in English and translation (Syria, Iraq and Kurdistan Region,
Yemen, Lebanon, Jordan, Palestine, Libya, Egypt): ministry statements, local
correspondents, NGO field notes.

Annotation decisions where the rules are silent:
- "The countryside of Hama/Idlib/Quneitra/Suwayda" means the governorate; when the
  article never names the governorate with its generic word, the bare name (and a
  dateline of the same name) is one entry of admin1 kind.
- A dateline or "our correspondent in X" is a mention; a city named only there and
  as a hospital town stays a mention even when "X governorate" (a separate entry)
  carries an incident.
- "East of the Euphrates", "south of Tubas", "west of Taiz city", "north-east of
  Qurnah" are direction references (mention) when a more specific named place holds
  the event; "west of El Alamein", "south of Bir al-Abd" hold the event themselves.
- A sentence that only places an incident already told ("the brothers were herding
  sheep on land in the northern Jordan Valley") takes that incident's role and facts.
- Items a farmer or shepherd found and the army destroyed: minefield (found), with
  the items summed (17 mortar rounds + a rocket = 18; 8 shells + 2 mines = 10).
- Per-governorate shares of a weekly total ("Taiz (233)") are each governorate's
  clearance count, dated by the week (month precision for "the first week of February").
- A country named only in a title adjective phrase ("southern Iraq ... still mined")
  takes the title's role; countries of attendees, donors and borders are mentions.
- "Since the ceasefire of August 2006" is month precision; "since mid-2018" year.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "395_deir_ez_zor_truffle_hunters_muhasan_busayrah_hajin.txt": [
        C("Syria", "incident", "SY", date="2022-01-01", prec=Y),
        R(
            "Badia",
            "incident",
            (34.90, 39.90),
            "SY",
            tolerance_km=LARGE,
            date="2024-03-16",
            prec=D,
            killed=2,
            injured=1,
        ),
        # Dateline and correspondent only; the governorate is a separate entry.
        S("Deir ez-Zor", "mention", 170794),
        S(
            "Muhasan",
            "incident",
            162284,
            date="2024-03-16",
            prec=D,
            killed=2,
            injured=1,
        ),
        S("al-Busayrah", "incident", 173927, date="2024-03-12", prec=D, injured=1),
        # "east of the Euphrates": a direction reference for al-Busayrah.
        F("Euphrates", "mention", (35.15, 40.35), "SY", tolerance_km=LINEAR),
        S("al-Hasakah", "mention", 173811),
        # Eleven sheep killed: an incident without counts.
        S("al-Kasrah", "incident", 8308210, date="2024-03-14", prec=D),
        S("Dhiban", "minefield", 170691, date="2024-03-17", prec=D, mines=6),
        # 37 anti-personnel mines + 11 IEDs, "last week".
        S("Hajin", "clearance", 174506, date="2024-03-01", prec=M, mines=48),
        A1(
            "Deir ez-Zor governorate",
            "incident",
            (35.00, 40.50),
            "SY",
            date="2024-02-01",
            prec=M,
            killed=19,
            injured=31,
        ),
    ],
    "396_kurdistan_penjwen_shepherd_sidakan_halabja_kalar.txt": [
        S("Penjwen", "incident", 98012, date="2023-04-09", prec=D, killed=1),
        # "13,000 killed or injured since 1991": combined, not split.
        R(
            "Kurdistan Region",
            "incident",
            (36.20, 44.40),
            "IQ",
            tolerance_km=LARGE,
            date="1991-01-01",
            prec=Y,
        ),
        S("SULAIMANI", "mention", 98463),
        C("Iran", "mention", "IR"),
        S("Halabja", "incident", 96205, date="2023-04-07", prec=D, injured=1),
        A2(
            "Garmiyan administration",
            "minefield",
            (34.75, 45.20),
            "IQ",
            date="2023-04-06",
            prec=D,
            mines=2,
        ),
        S("Kalar", "minefield", 95005, date="2023-04-06", prec=D, mines=2),
        A2(
            "Sidakan sub-district",
            "clearance",
            (36.80, 44.67),
            "IQ",
            date="2023-03-01",
            prec=M,
            mines=412,
        ),
        S("Amadiya", "minefield", 99611),
        A1("Duhok province", "minefield", (36.90, 43.20), "IQ"),
        # Meeting still to come: no date.
        S("Erbil", "conference", 95446),
        A1("Sulaimani province", "minefield", (35.60, 45.40), "IQ"),
        C("Iraq", "minefield", "IQ"),
    ],
    "397_yemen_masam_week_tuhayta_children_maqbanah_bayda.txt": [
        # "al-Tuhayta" (title) and "al-Tuhayta district" are never separated.
        A2(
            "al-Tuhayta",
            "incident",
            (13.95, 43.35),
            "YE",
            date="2024-02-05",
            prec=D,
            killed=2,
            injured=1,
        ),
        S("Hodeidah", "mention", 79415),
        A2(
            "Maqbanah district",
            "incident",
            407716,
            "YE",
            date="2024-02-02",
            prec=D,
            injured=1,
        ),
        S("Taiz city", "mention", 70225),
        S("Mocha", "mention", 78751),
        S("Hays", "incident", 74906, date="2024-01-01", prec=M, injured=14),
        S(
            "al-Khawkhah",
            "incident",
            (13.80, 43.26),
            country_code="YE",
            date="2024-01-01",
            prec=M,
            injured=14,
        ),
        A1(
            "Marib governorate",
            "clearance",
            (15.45, 45.30),
            "YE",
            date="2024-02-01",
            prec=M,
            mines=402,
        ),
        # Bare "Taiz (233)" is the governorate in Masam's weekly shares.
        A1(
            "Taiz",
            "clearance",
            (13.55, 43.95),
            "YE",
            date="2024-02-01",
            prec=M,
            mines=233,
        ),
        A1(
            "Lahj",
            "clearance",
            (13.05, 44.88),
            "YE",
            date="2024-02-01",
            prec=M,
            mines=95,
        ),
        C("Saudi Arabia", "mention", "SA"),
        S("Sanaa", "mention", 71137),
        A1(
            "al-Bayda governorate",
            "clearance",
            (14.10, 45.50),
            "YE",
            date="2024-02-06",
            prec=D,
            mines=2300,
        ),
        C("Yemen", "incident", "YE", date="2023-01-01", prec=Y),
    ],
    "398_lebanon_nna_kfar_kila_shepherd_hasbaya_deir_mimas.txt": [
        S("Kfar Kila", "incident", 272849, date="2023-06-27", prec=D, injured=1),
        S("Hasbaya", "minefield", 274313, date="2023-06-26", prec=D, mines=25),
        # Correspondent's base and hospital town; the district is separate.
        S("Marjayoun", "mention", 271226),
        C("Israel", "mention", "IL"),
        S(
            "Deir Mimas",
            "clearance",
            (33.305, 35.565),
            country_code="LB",
            date="2023-06-01",
            prec=M,
            mines=41,
        ),
        A2(
            "Marjayoun district",
            "clearance",
            (33.36, 35.59),
            "LB",
            date="2023-06-01",
            prec=M,
            mines=41,
        ),
        S("Beirut", "conference", 276781, date="2023-06-22", prec=D),
        S("Tyre", "mention", 267008),
        S("Nabatieh", "mention", 278913),
        S("Bint Jbeil", "mention", 276592),
        R(
            "south Lebanon",
            "incident",
            (33.25, 35.40),
            "LB",
            date="2006-08-01",
            prec=M,
            killed=60,
            injured=400,
        ),
        # Treaty deadline only.
        C("Lebanon", "mention", "LB"),
    ],
    "399_jordan_petra_ramtha_child_sama_al_sirhan_shells_ruwaished.txt": [
        S("Ramtha", "incident", 250336, date="2024-05-08", prec=D, injured=1),
        # "in Mafraq" (title) and "Mafraq governorate" are never separated.
        A1(
            "Mafraq",
            "minefield",
            (32.40, 36.70),
            "JO",
            tolerance_km=LARGE,
            date="2024-05-07",
            prec=D,
            mines=18,
        ),
        # Dateline and a workshop still to come: no date.
        S("Amman", "conference", 250441),
        S("Irbid", "mention", 248946),
        S("Sama al-Sirhan", "minefield", 247021, date="2024-05-07", prec=D, mines=18),
        C("Syria", "mention", "SY"),
        S("Ruwaished", "incident", 11352362, date="2024-05-03", prec=D, killed=1),
        # Ordnance "still found regularly" there outranks the April clearance.
        F("Jordan Valley", "minefield", (32.10, 35.58), "JO", tolerance_km=LINEAR),
        S("South Shuneh", "clearance", 246816, date="2024-04-01", prec=M, mines=52),
        C("Iraq", "mention", "IQ"),
        C("Lebanon", "mention", "LB"),
        C("Yemen", "mention", "YE"),
        C("Jordan", "clearance", "JO", date="2012-04-01", prec=M),
        R("Middle East", "mention", (29.00, 42.00), None, tolerance_km=1500),
    ],
    "400_palestine_wafa_tammun_brothers_tayasir_shells_masafer_yatta.txt": [
        S("Tammun", "incident", 281657, date="2023-09-10", prec=D, injured=2),
        S("Tayasir", "minefield", 281623, date="2023-09-07", prec=D, mines=3),
        # Dateline and "south of Tubas".
        S("Tubas", "mention", 281581),
        # The sentence that places the brothers' incident.
        F(
            "Jordan Valley",
            "incident",
            (32.25, 35.52),
            "PS",
            tolerance_km=LINEAR,
            date="2023-09-10",
            prec=D,
            injured=2,
        ),
        S("Nablus", "mention", 282615),
        R(
            "Masafer Yatta",
            "incident",
            (31.40, 35.13),
            "PS",
            date="2023-08-28",
            prec=D,
            killed=1,
        ),
        S("Hebron", "mention", 285066),
        R(
            "Gaza Strip",
            "clearance",
            (31.42, 34.38),
            "PS",
            date="2023-01-01",
            prec=M,
            mines=76,
        ),
        S("Beit Lahia", "clearance", 281145, date="2023-01-01", prec=M, mines=76),
        S("Khan Younis", "clearance", 281124, date="2023-01-01", prec=M, mines=76),
        S("Ramallah", "conference", 282239, date="2023-09-11", prec=D),
        R("West Bank", "incident", (31.95, 35.25), "PS", date="2020-01-01", prec=Y),
    ],
    "401_libya_ain_zara_father_killed_sirte_benghazi_derna.txt": [
        S(
            "Ain Zara",
            "incident",
            (32.81, 13.24),
            country_code="LY",
            date="2024-10-11",
            prec=D,
            killed=1,
            injured=1,
        ),
        S(
            "Tripoli",
            "incident",
            2210247,
            date="2024-10-11",
            prec=D,
            killed=1,
            injured=1,
        ),
        S("Benghazi", "minefield", 88319, date="2024-10-13", prec=D, mines=1),
        S("Derna", "minefield", 87205, date="2024-10-01", prec=M, mines=14),
        F(
            "Wadi Derna",
            "minefield",
            (32.75, 22.62),
            "LY",
            date="2024-10-01",
            prec=M,
            mines=14,
        ),
        # Deminers hurt while clearing: incident.
        S("Tarhuna", "incident", 2210221, date="2024-10-02", prec=D, injured=2),
        # Casualties "in and around Sirte" since 2020 outrank September's clearance.
        S("Sirte", "incident", 2210554, date="2020-01-01", prec=Y),
        # Meeting next week: no date.
        S("Misrata", "conference", 2214846),
        C("Libya", "incident", "LY", date="2020-01-01", prec=Y),
    ],
    "402_egypt_north_sinai_sheikh_zuweid_rafah_bir_al_abd_alamein.txt": [
        S("Sheikh Zuweid", "clearance", 353471, date="2023-12-01", prec=M, mines=1240),
        S("Bir al-Abd", "incident", 410142, date="2024-01-20", prec=D, killed=1),
        # Dateline and donors' meeting still to come.
        S("Cairo", "conference", 360630),
        S("Rafah", "clearance", 350350, date="2023-12-01", prec=M, mines=1240),
        A1(
            "North Sinai",
            "clearance",
            (30.90, 33.70),
            "EG",
            date="2023-12-01",
            prec=M,
            mines=1240,
        ),
        R("Gaza Strip", "mention", (31.42, 34.38), "PS"),
        S("Arish", "conference", 361546, date="2024-01-21", prec=D),
        A1(
            "Matrouh governorate",
            "minefield",
            (30.50, 27.50),
            "EG",
            tolerance_km=LARGE,
            date="2024-01-17",
            prec=D,
            mines=2,
        ),
        S("El Alamein", "minefield", 361612, date="2024-01-17", prec=D, mines=2),
        C("Egypt", "minefield", "EG"),
        R("Western Desert", "minefield", (28.00, 28.00), "EG", tolerance_km=500),
        R("Northwest Coast", "mention", (31.10, 27.80), "EG", tolerance_km=300),
    ],
    "403_syria_hama_countryside_salamiyah_car_kafr_zita_morek_sarmin.txt": [
        S(
            "Salamiyah",
            "incident",
            164947,
            date="2024-03-01",
            prec=D,
            killed=1,
            injured=2,
        ),
        S(
            "al-Saan",
            "incident",
            172515,
            date="2024-03-01",
            prec=D,
            killed=1,
            injured=2,
        ),
        # Dateline HAMA and "the eastern countryside of Hama": never separated.
        A1(
            "Hama",
            "incident",
            (35.13, 36.76),
            "SY",
            date="2024-03-01",
            prec=D,
            killed=1,
            injured=2,
        ),
        S("Kafr Zita", "minefield", 168620, date="2024-02-27", prec=D, mines=19),
        S("Morek", "minefield", 166640, date="2024-02-22", prec=D, mines=12),
        S("Khan Shaykhun", "clearance", 168325, date="2024-02-01", prec=M, mines=540),
        S(
            "al-Tamanah",
            "clearance",
            (35.50, 36.74),
            country_code="SY",
            date="2024-02-01",
            prec=M,
            mines=540,
        ),
        A1(
            "Idlib",
            "incident",
            (35.93, 36.63),
            "SY",
            date="2024-02-28",
            prec=D,
            injured=1,
        ),
        S("Sarmin", "incident", 164782, date="2024-02-28", prec=D, injured=1),
        S("Damascus", "conference", 170654, date="2024-02-29", prec=D),
    ],
    "404_iraq_mosul_old_city_family_sinjar_tractor_anbar_rutba.txt": [
        S("Mosul", "incident", 99072, date="2023-11-19", prec=D, injured=3),
        S("Sinjar", "incident", 448149, date="2023-11-16", prec=D, killed=1),
        A2(
            "Sinjar district",
            "incident",
            448149,
            "IQ",
            date="2023-11-16",
            prec=D,
            killed=1,
        ),
        S(
            "Snune",
            "incident",
            (36.46, 41.86),
            country_code="IQ",
            date="2023-11-16",
            prec=D,
            killed=1,
        ),
        S("Qayyarah", "minefield", 99003, date="2023-11-18", prec=D, mines=2),
        A1(
            "Anbar",
            "clearance",
            (33.00, 42.00),
            "IQ",
            tolerance_km=LARGE,
            date="2023-10-01",
            prec=M,
            mines=2860,
        ),
        S("Rutba", "clearance", 98677, date="2023-10-01", prec=M, mines=2860),
        S("Fallujah", "clearance", 99454, date="2023-10-01", prec=M, mines=2860),
        A1("Nineveh governorate", "minefield", (36.20, 42.60), "IQ"),
        C("Iraq", "minefield", "IQ"),
        # Conference next month: no date.
        S("Baghdad", "conference", 98182),
        R("Kurdistan Region", "mention", (36.20, 44.40), "IQ", tolerance_km=LARGE),
    ],
    "405_syria_daraa_hospital_nawa_boys_tafas_harvester_lajat.txt": [
        # Title, dateline and hospital; the governorate is a separate entry.
        S("Daraa", "mention", 170905),
        S("Nawa", "incident", 166365, date="2024-06-17", prec=D, injured=2),
        S("Tafas", "incident", 163806, date="2024-06-15", prec=D, injured=1),
        # Four sheep killed: incident without counts.
        S("Khan Arnabah", "incident", 168355, date="2024-06-18", prec=D),
        A1("Quneitra", "incident", (33.10, 35.85), "SY", date="2024-06-18", prec=D),
        # Eight mortar shells + two mines reported.
        A1(
            "Suwayda",
            "minefield",
            (32.75, 36.55),
            "SY",
            date="2024-06-13",
            prec=D,
            mines=10,
        ),
        F(
            "al-Lajat",
            "minefield",
            (32.98, 36.38),
            "SY",
            date="2024-06-13",
            prec=D,
            mines=10,
        ),
        S(
            "Busra al-Harir",
            "clearance",
            (32.84, 36.34),
            country_code="SY",
            date="2024-06-02",
            prec=D,
            mines=63,
        ),
        A1(
            "Daraa governorate",
            "incident",
            (32.75, 36.20),
            "SY",
            date="2024-01-01",
            prec=M,
            killed=17,
            injured=29,
        ),
        C("Jordan", "mention", "JO"),
        S("Damascus", "mention", 170654),
    ],
    "406_basra_field_notes_fao_palm_groves_zubair_hawizeh_majnoon.txt": [
        # Title: "southern Iraq ... still mined".
        C("Iraq", "minefield", "IQ"),
        S("Basra", "mention", 99532),
        A2("Fao district", "minefield", 99446, "IQ", date="2023-11-29", prec=D),
        F(
            "Shatt al-Arab",
            "minefield",
            (30.40, 48.10),
            "IQ",
            tolerance_km=LINEAR,
            date="2023-11-29",
            prec=D,
        ),
        # 312 bomblets + 14 mortar rounds.
        S("Zubair", "clearance", 98245, date="2023-11-26", prec=D, mines=326),
        F(
            "Hawizeh marshes",
            "incident",
            (31.45, 47.65),
            "IQ",
            tolerance_km=50,
            date="2023-12-01",
            prec=D,
            injured=1,
        ),
        S("Qurnah", "mention", 98993),
        # Hospital town and the coordination meeting on Monday.
        S("Amarah", "conference", 99608, date="2023-12-04", prec=D),
        F(
            "Majnoon oil field",
            "minefield",
            (31.05, 47.62),
            "IQ",
            date="2023-10-01",
            prec=M,
            mines=40,
        ),
        A1("Maysan", "mention", (31.90, 47.10), "IQ"),
        A1("Dhi Qar", "mention", (31.05, 46.25), "IQ"),
        A1("Basra province", "minefield", (30.50, 47.60), "IQ"),
        C("Iran", "mention", "IR"),
        C("Kuwait", "mention", "KW"),
        C("Japan", "mention", "JP"),
        C("Germany", "mention", "DE"),
    ],
}
