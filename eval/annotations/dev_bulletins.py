"""More development articles (eval/dev 470-481), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: short official and broadcast formats - army and police bulletins and press
releases, radio news transcripts (a presenter's lead-in and a correspondent's
report), a national mine action centre's quarterly update, a monthly update, a
State Emergency Service daily summary, an NGO field office's monthly update, a UN
flash update and government statements (Colombia, Cambodia, Sri Lanka, Pakistan,
Yemen, Ukraine, Angola, South Sudan, Lebanon, Zimbabwe, Croatia, Peru).

Annotation decisions where the rules are silent:
- A heading label that opens a line ("1. Bajaur:", "Kilinochchi district:") belongs
  to that line's sentence and takes its role and facts (as in dev_sitreps).
- An event told over several sentences (the blast's date and casualties in the
  presenter's lead-in, the village and district in the correspondent's next
  sentence) gives its facts to the places of every sentence that narrates that one
  event; sentences about the aftermath (a hospital, a later search) do not.
- "During the quarter" (July to September) and "over the reporting period, from
  January to March" are month precision on the period's first month; "in the
  second half of the month" and "in mid-June" are month precision; "since 1 April"
  is a stated day.
- A radio correspondent's location ("joins us from Torit", "reporting from
  Samraong"), the studio city and a dateline are mentions; a town that is only a
  distance reference for a named village is a mention even in the correspondent's
  own narration. Titles were worded so that no town in them is a bare reference
  point for an event the body places in a more specific village.
- A person's home town ("a hunter from Sisak", "a citizen of Bosnia and
  Herzegovina") is a mention; "a resident of Petrinja ... had found a hand grenade"
  in his garden (and the title's "Petrinja garden") is a minefield with one item.
- An unexploded rocket found and destroyed on site on "the road south of Renk" (no
  more specific named place) is a minefield with mines=1; an IED defused on "the
  road between Lakki Marwat and Bannu" is clearance for both towns with mines=1.
- A non-technical survey that "identified hazardous areas" is minefield without a
  count; survey teams that "cancelled" suspected land after finding nothing is
  clearance; a province described as "one of the most heavily mined provinces of
  Angola" makes both the province and the country minefield, without a date.
- "Killed or injured at least 40 since April last year" and "14 people killed or
  injured ... since January": incident with month precision and no counts.
- Figures for several categories destroyed in two governorates (1,218
  submunitions + 31 mines + 56 other items) are summed and given to both.
- Treaty names ("the Ottawa Convention", "the Convention on Cluster Munitions")
  and organisation names ("State Emergency Service of Ukraine") hold no place; a
  country's treaty deadline alone is a mention, its completion year ("Nicaragua,
  which completed the clearance of its minefields in 2010") is clearance with that
  year (as in dev_latam).
- A bare "Karlovac" in a list of counties and "South Lebanon and Nabatieh
  governorates" are the first-level units, each one entry with a point inside.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "470_army_bulletin_guaviare_calamar_soldiers_miraflores_minefield.txt": [
        A2("Calamar", "incident", 3687975, "CO", date="2024-05-11", prec=D, injured=2),
        S("Miraflores", "minefield", 3674740, date="2024-05-06", prec=D, mines=14),
        S("San José del Guaviare", "mention", 3828545),
        S(
            "La Gaitana",
            "incident",
            (1.99, -72.60),
            country_code="CO",
            date="2024-05-11",
            prec=D,
            injured=2,
        ),
        A1(
            "Guaviare",
            "incident",
            (2.00, -72.30),
            "CO",
            date="2024-05-11",
            prec=D,
            injured=2,
            tolerance_km=LARGE,
        ),
        S("Bogotá", "mention", 3688689),
        S(
            "Barranquillita",
            "minefield",
            (1.45, -72.10),
            country_code="CO",
            date="2024-05-06",
            prec=D,
            mines=14,
        ),
        A1(
            "Meta",
            "clearance",
            (3.30, -73.20),
            "CO",
            date="2024-04-01",
            prec=D,
            mines=31,
            tolerance_km=LARGE,
        ),
        F(
            "Guayabero",
            "clearance",
            (2.45, -73.40),
            "CO",
            date="2024-04-01",
            prec=D,
            mines=31,
            tolerance_km=LINEAR,
        ),
        # Ratified the Ottawa Convention: a treaty fact, a mention.
        C("Colombia", "mention", "CO"),
        # Residents asked to report suspicious objects: risk education.
        S("El Retorno", "mention", 3792387),
    ],
    "471_radio_oddar_meanchey_tractor_antitank_pailin_handover.txt": [
        A1(
            "Oddar Meanchey",
            "incident",
            (14.20, 103.50),
            "KH",
            variants=["Oddar Meanchey province"],
            date="2024-02-18",
            prec=D,
            killed=1,
            injured=1,
        ),
        C("Thailand", "mention", "TH"),
        # Correspondent's location and the hospital town.
        S("Samraong", "mention", 1825093),
        S(
            "Ampil Pram Daeum",
            "incident",
            (14.24, 104.28),
            country_code="KH",
            date="2024-02-18",
            prec=D,
            killed=1,
            injured=1,
        ),
        A2(
            "Trapeang Prasat district",
            "incident",
            11458564,
            "KH",
            date="2024-02-18",
            prec=D,
            killed=1,
            injured=1,
        ),
        # Most of January's 13 casualties (no split by province): no counts.
        A1("Battambang", "incident", (13.05, 103.10), "KH", date="2024-01-01", prec=M),
        A1(
            "Banteay Meanchey",
            "incident",
            (13.75, 102.95),
            "KH",
            date="2024-01-01",
            prec=M,
        ),
        S("Pailin", "clearance", 1830205, date="2024-02-01", prec=M),
        C("Cambodia", "mention", "KH"),
    ],
    "472_nmac_quarterly_muhamalai_oddusuddan_nedunkerny_vakarai.txt": [
        C("Sri Lanka", "clearance", "LK", date="2023-07-01", prec=M, mines=4312),
        A2(
            "Kilinochchi district",
            "clearance",
            1240372,
            "LK",
            date="2023-07-01",
            prec=M,
            mines=1656,
        ),
        S(
            "Muhamalai",
            "clearance",
            (9.63, 80.28),
            country_code="LK",
            date="2023-07-01",
            prec=M,
            mines=1656,
        ),
        A2(
            "Mullaitivu district", "minefield", 1234393, "LK", date="2023-08-01", prec=M
        ),
        S(
            "Oddusuddan",
            "minefield",
            (9.15, 80.67),
            country_code="LK",
            date="2023-08-01",
            prec=M,
        ),
        A2(
            "Vavuniya district",
            "incident",
            (8.85, 80.50),
            "LK",
            date="2023-08-14",
            prec=D,
            injured=1,
        ),
        S(
            "Nedunkerny",
            "incident",
            (8.97, 80.62),
            country_code="LK",
            date="2023-08-14",
            prec=D,
            injured=1,
        ),
        # The general hospital in Vavuniya: the town, a mention.
        S("Vavuniya", "mention", 1225018),
        A2(
            "Batticaloa district",
            "clearance",
            1250161,
            "LK",
            date="2023-09-01",
            prec=M,
            mines=96,
        ),
        S("Vakarai", "clearance", 1225187, date="2023-09-01", prec=M, mines=96),
        C("Japan", "mention", "JP"),
        S("Colombo", "conference", 1248991, date="2023-10-05", prec=D),
    ],
    "473_kp_police_bajaur_boys_mortar_north_waziristan_shepherd_lakki_ied.txt": [
        A2(
            "Bajaur",
            "incident",
            (34.78, 71.50),
            "PK",
            date="2024-03-08",
            prec=D,
            killed=2,
            injured=1,
        ),
        A2(
            "North Waziristan",
            "incident",
            (32.98, 70.10),
            "PK",
            date="2024-03-07",
            prec=D,
            injured=1,
        ),
        S("Lakki Marwat", "clearance", 1172339, date="2024-03-06", prec=D, mines=1),
        S("PESHAWAR", "mention", 1168197),
        S(
            "Loe Sam",
            "incident",
            (34.70, 71.48),
            country_code="PK",
            date="2024-03-08",
            prec=D,
            killed=2,
            injured=1,
        ),
        S("Khar", "mention", 1174089),
        S(
            "Shewa",
            "incident",
            (33.07, 70.42),
            country_code="PK",
            date="2024-03-07",
            prec=D,
            injured=1,
        ),
        # "some 20 kilometres from Mir Ali": a distance reference.
        S("Mir Ali", "mention", (33.02, 70.27), country_code="PK"),
        S("Bannu", "clearance", 1183460, date="2024-03-06", prec=D, mines=1),
        A1(
            "Khyber Pakhtunkhwa",
            "incident",
            (34.40, 72.00),
            "PK",
            date="2024-01-01",
            prec=M,
            tolerance_km=LARGE,
        ),
        C("Afghanistan", "mention", "AF"),
    ],
    "474_yemen_flash_update_floods_hays_children_khawkhah_cart_taizz_woman.txt": [
        C("Yemen", "mention", "YE"),
        R("Tihama plain", "mention", (14.50, 43.20), "YE", tolerance_km=LINEAR),
        A2(
            "Hays district",
            "incident",
            74906,
            "YE",
            date="2024-08-11",
            prec=D,
            killed=3,
        ),
        S("Hodeidah city", "mention", 79415),
        S("Al Khawkhah", "incident", 79131, date="2024-08-13", prec=D, injured=2),
        A1(
            "Taizz governorate",
            "incident",
            (13.55, 43.95),
            "YE",
            date="2024-08-16",
            prec=D,
            killed=1,
            injured=3,
        ),
        A1(
            "Hodeidah governorate",
            "clearance",
            (14.80, 43.10),
            "YE",
            date="2024-08-12",
            prec=D,
            mines=212,
        ),
        A2(
            "Bayt al-Faqih",
            "clearance",
            76991,
            "YE",
            date="2024-08-12",
            prec=D,
            mines=212,
        ),
        A2("Zabid", "clearance", 69500, "YE", date="2024-08-12", prec=D, mines=212),
        # Risk education in displacement sites around Mocha.
        S("Mocha", "mention", 78751),
        C("Ethiopia", "mention", "ET"),
        C("Somalia", "mention", "SO"),
    ],
    "475_ses_bulletin_husarivka_tractor_vysokopillia_butterfly_snihurivka_school.txt": [
        A1(
            "Kharkiv region",
            "incident",
            (49.50, 36.60),
            "UA",
            date="2024-04-14",
            prec=D,
            injured=1,
        ),
        S("KYIV", "mention", 703448),
        S("Husarivka", "incident", 707853, date="2024-04-14", prec=D, injured=1),
        A2(
            "Izium district",
            "incident",
            (49.20, 37.00),
            "UA",
            date="2024-04-14",
            prec=D,
            injured=1,
        ),
        S("Kharkiv", "mention", 706483),
        S("Vysokopillia", "minefield", 688689, date="2024-04-13", prec=D, mines=37),
        A1(
            "Kherson region",
            "minefield",
            (46.75, 33.35),
            "UA",
            date="2024-04-13",
            prec=D,
            mines=37,
        ),
        A1(
            "Mykolaiv region",
            "clearance",
            (47.30, 31.90),
            "UA",
            date="2024-04-14",
            prec=D,
            mines=112,
        ),
        S("Snihurivka", "clearance", 693379, date="2024-04-14", prec=D, mines=112),
        S("Chernihiv", "conference", 710735, date="2024-04-12", prec=D),
        C("Croatia", "mention", "HR"),
        C("Ukraine", "minefield", "UA"),
    ],
    "476_menongue_field_office_may_tumpo_clearance_cunjamba_survey_longa_honey.txt": [
        # Field office seat and hospital town.
        S("Menongue", "mention", 3347353),
        A1(
            "Cuando Cubango province",
            "minefield",
            (-16.00, 19.00),
            "AO",
            tolerance_km=LARGE,
        ),
        C("Angola", "minefield", "AO"),
        S(
            "Tumpo",
            "clearance",
            (-15.20, 19.28),
            country_code="AO",
            date="2024-05-01",
            prec=M,
            mines=267,
        ),
        A2(
            "Cuito Cuanavale municipality",
            "clearance",
            3349149,
            "AO",
            date="2024-05-01",
            prec=M,
            mines=267,
        ),
        A2(
            "Mavinga municipality", "minefield", 876019, "AO", date="2024-05-01", prec=M
        ),
        S("Cunjamba", "minefield", 876318, date="2024-05-01", prec=M),
        S("Longa", "incident", 3347874, date="2024-05-19", prec=D, injured=1),
        S("Luanda", "conference", 2240449, date="2024-05-28", prec=D),
        C("United States", "mention", "US", tolerance_km=1500),
        C("United Kingdom", "mention", "GB"),
    ],
    "477_radio_torit_hiyala_boy_grenade_magwi_clearance_renk_returnees.txt": [
        A1(
            "Eastern Equatoria",
            "incident",
            (4.60, 33.10),
            "SS",
            date="2024-03-19",
            prec=D,
            injured=1,
            tolerance_km=LARGE,
        ),
        S(
            "Renk",
            "minefield",
            (11.75, 32.80),
            country_code="SS",
            date="2024-03-18",
            prec=D,
            mines=1,
        ),
        # Studio city.
        S("Juba", "mention", 373303),
        # Correspondent's location, distance reference and hospital town.
        S("Torit", "mention", 365742),
        S(
            "Hiyala",
            "incident",
            (4.60, 32.55),
            country_code="SS",
            date="2024-03-19",
            prec=D,
            injured=1,
        ),
        A2(
            "Magwi county",
            "clearance",
            (3.95, 32.35),
            "SS",
            date="2024-03-01",
            prec=M,
            mines=22,
        ),
        C("Sudan", "mention", "SD"),
        A1("Upper Nile", "mention", (10.00, 32.50), "SS", tolerance_km=LARGE),
        S("Khartoum", "incident", 379252, date="2023-04-01", prec=M),
    ],
    "478_lmac_monthly_june_kfar_kila_shepherd_yohmor_strike_area_beirut_donors.txt": [
        A1(
            "South Lebanon",
            "clearance",
            (33.25, 35.35),
            "LB",
            date="2023-06-01",
            prec=M,
            mines=1305,
        ),
        A1(
            "Nabatieh",
            "clearance",
            (33.37, 35.50),
            "LB",
            date="2023-06-01",
            prec=M,
            mines=1305,
        ),
        S("Kfar Kila", "incident", 272849, date="2023-06-21", prec=D, injured=1),
        A2(
            "Marjayoun district",
            "incident",
            271226,
            "LB",
            date="2023-06-21",
            prec=D,
            injured=1,
        ),
        S(
            "Yohmor",
            "minefield",
            (33.335, 35.545),
            country_code="LB",
            date="2023-06-01",
            prec=M,
            mines=63,
        ),
        F("Blue Line", "minefield", (33.10, 35.40), "LB", tolerance_km=LINEAR),
        C("Israel", "mention", "IL"),
        S("Beirut", "conference", 276781, date="2023-06-27", prec=D),
        C("Japan", "mention", "JP"),
        C("Netherlands", "mention", "NL"),
        C("Norway", "mention", "NO"),
        C("Lebanon", "mention", "LB"),
    ],
    "479_zimbabwe_defence_rushinga_herd_boys_sango_crooks_corner.txt": [
        A2(
            "Rushinga",
            "incident",
            (-16.65, 32.25),
            "ZW",
            variants=["Rushinga district"],
            date="2024-04-01",
            prec=D,
            injured=2,
        ),
        S("Harare", "mention", 890299),
        S(
            "Chimhanda",
            "incident",
            (-16.53, 32.30),
            country_code="ZW",
            date="2024-04-01",
            prec=D,
            injured=2,
        ),
        A1(
            "Mashonaland Central province",
            "incident",
            (-16.70, 31.20),
            "ZW",
            date="2024-04-01",
            prec=D,
            injured=2,
        ),
        C("Mozambique", "mention", "MZ"),
        S(
            "Sango",
            "clearance",
            (-22.05, 31.75),
            country_code="ZW",
            date="2024-01-01",
            prec=M,
            mines=3842,
        ),
        F(
            "Crooks Corner",
            "clearance",
            (-22.42, 31.30),
            "ZW",
            date="2024-01-01",
            prec=M,
            mines=3842,
        ),
        A2(
            "Chiredzi district",
            "clearance",
            (-21.60, 31.70),
            "ZW",
            date="2024-01-01",
            prec=M,
            mines=3842,
        ),
        A1(
            "Manicaland province",
            "clearance",
            (-18.90, 32.40),
            "ZW",
            date="2024-02-01",
            prec=M,
        ),
        F(
            "Burma Valley",
            "clearance",
            (-19.18, 32.80),
            "ZW",
            date="2024-02-01",
            prec=M,
        ),
        C("Zimbabwe", "mention", "ZW"),
        C("Japan", "mention", "JP"),
    ],
    "480_police_bulletin_sunja_hunter_mine_petrinja_grenade_garden.txt": [
        A2("Sunja", "incident", 3189498, "HR", date="2023-11-11", prec=D, injured=1),
        S("Petrinja", "minefield", 3193420, date="2023-11-10", prec=D, mines=1),
        # The hunter's home town and the first hospital.
        S("Sisak", "mention", 3190813),
        S(
            "Greda Sunjska",
            "incident",
            (45.40, 16.53),
            country_code="HR",
            date="2023-11-11",
            prec=D,
            injured=1,
        ),
        C("Bosnia and Herzegovina", "mention", "BA"),
        S("Zagreb", "mention", 3186886),
        C("Croatia", "minefield", "HR"),
        A1("Lika-Senj", "minefield", (44.65, 15.30), "HR"),
        A1("Karlovac", "minefield", (45.35, 15.50), "HR"),
        A1("Sisak-Moslavina", "minefield", (45.35, 16.50), "HR"),
    ],
    "481_peru_statement_condor_cenepa_huampami_deminer_junin_lima.txt": [
        F(
            "Cordillera del Cóndor",
            "clearance",
            (-4.20, -78.35),
            "PE",
            date="2023-11-01",
            prec=D,
            mines=112,
            tolerance_km=LINEAR,
        ),
        S("LIMA", "conference", 3936456, date="2023-11-16", prec=D),
        F(
            "Cenepa river",
            "clearance",
            (-4.45, -78.17),
            "PE",
            date="2023-11-01",
            prec=D,
            mines=112,
            tolerance_km=LINEAR,
        ),
        A1(
            "Amazonas region",
            "clearance",
            (-5.20, -78.00),
            "PE",
            date="2023-11-01",
            prec=D,
            mines=112,
            tolerance_km=LARGE,
        ),
        # A deminer hurt during excavation: an incident.
        S(
            "Huampami",
            "incident",
            (-4.47, -78.17),
            country_code="PE",
            date="2023-11-09",
            prec=D,
            injured=1,
        ),
        A1(
            "Junín region",
            "clearance",
            (-11.50, -75.00),
            "PE",
            date="2023-10-01",
            prec=M,
            tolerance_km=LARGE,
        ),
        C("Ecuador", "mention", "EC"),
        S("Brasilia", "mention", 3469058),
        C("Nicaragua", "clearance", "NI", date="2010-01-01", prec=Y),
        # Its extended treaty deadline: a mention.
        C("Peru", "mention", "PE"),
    ],
}
