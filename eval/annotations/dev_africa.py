"""More development articles (eval/dev 410-421), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: African local and national press in English (Angola, Mozambique, Zimbabwe,
Somalia, Somaliland, South Sudan, Sudan, Ethiopia, Eritrea, DR Congo, Central African
Republic, Mali, Niger, Chad, Nigeria, Cameroon, Senegal, Western Sahara): police and
provincial news, radio bulletins, NGO field stories.

Annotation decisions made for this batch (where the rules are silent):
- A commune or payam (Cunjamba, Panyume) is a settlement entry under its bare name;
  a municipality, territory, county or department never separated from its seat is
  one entry with the seat's id (Mavinga municipality, Djugu territory, Goudomp
  department); one named beside its seat (Bandiagara cercle / Bandiagara, Bama LGA /
  Bama, Ziguinchor department / Ziguinchor) is a separate entry with its own point.
- A victim's injury told in the sentence after the blast (the neighbour in Macomia)
  belongs to the same event: its count goes to the places of the blast sentence.
- "Found and detonated" by troops or security forces is a find: `minefield`.
- A country named in a contamination sentence about one of its provinces ("the most
  contaminated of Angola's provinces") takes that sentence's role; a country named as
  the possessor of a region where a blast happened ("Cameroon's Far North region")
  takes the incident and its facts.
- "Declared free of all known minefields in 2015" is clearance dated 2015 (year).
- A survey that "confirmed contaminated areas" where teams now work is `minefield`
  (it outranks the clearance) and is dated by the survey year; hazardous areas and
  minefields are not counted as mines.
- Laying mines "during the war of 1998 to 2000" is a minefield dated 1998 (year).
- Nomads reporting "what looked like mines" is a suspected find: `minefield`.
- "Routes leading to Burkina Faso" is a destination like a border: `mention`.
- Trainers "from the UN office in Mogadishu" and teachers or delegations "from" a
  place are origins: `mention`. A funeral or meeting still to come is `conference`
  with no date.
- "During the first two weeks of February" is month precision.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "410_cuando_cubango_police_cunjamba_herder_cuito_cuanavale_dirico_calai.txt": [
        # Herder injured on Monday; the oxen killed add no count.
        A1(
            "Cuando Cubango",
            "incident",
            (-16.0, 19.5),
            "AO",
            date="2025-06-09",
            prec=D,
            injured=1,
            tolerance_km=LARGE,
        ),
        S("Cunjamba", "incident", 876318, date="2025-06-09", prec=D, injured=1),
        A2(
            "Mavinga municipality",
            "incident",
            876019,
            "AO",
            date="2025-06-09",
            prec=D,
            injured=1,
        ),
        # Dateline and the press briefing.
        S("Menongue", "mention", 3347353),
        # 14 anti-tank mines + 2 mortar bombs found by residents "last week".
        A2(
            "Cuito Cuanavale",
            "minefield",
            3349149,
            "AO",
            date="2025-06-01",
            prec=M,
            mines=16,
        ),
        # 212 mines + 96 other items, "between January and May".
        A2("Dirico", "clearance", 876292, "AO", date="2025-01-01", prec=M, mines=308),
        A2("Calai", "clearance", 3351215, "AO", date="2025-01-01", prec=M, mines=308),
        # "where several old minefields have never been surveyed".
        F("Cuito river", "minefield", (-15.9, 19.5), "AO", tolerance_km=LINEAR),
        # "the most contaminated of Angola's provinces"; then the treaty deadline.
        C("Angola", "minefield", "AO"),
        # Attendees' provinces; the meeting "later this month" is still to come.
        A1("Moxico", "mention", (-12.5, 21.5), "AO", tolerance_km=LARGE),
        A1("Cunene", "mention", (-16.5, 15.5), "AO", tolerance_km=LARGE),
        S("Luanda", "conference", 2240449),
    ],
    "411_radio_mozambique_bulletin_macomia_mocimboa_gorongosa_beira.txt": [
        # Three killed on Wednesday; the neighbour's injury is in the next sentence.
        A1(
            "Cabo Delgado",
            "incident",
            (-12.5, 39.5),
            "MZ",
            date="2024-09-18",
            prec=D,
            killed=3,
            injured=1,
            tolerance_km=LARGE,
        ),
        S(
            "Macomia",
            "incident",
            1042456,
            date="2024-09-18",
            prec=D,
            killed=3,
            injured=1,
        ),
        # Hospital town.
        S("Pemba", "mention", 1028918),
        # Found and detonated three devices on the road between them, Monday.
        S(
            "Mocímboa da Praia",
            "minefield",
            1024699,
            date="2024-09-16",
            prec=D,
            mines=3,
        ),
        S("Mueda", "minefield", 1036263, date="2024-09-16", prec=D, mines=3),
        # 57 items destroyed since July.
        A1(
            "Sofala",
            "clearance",
            (-19.0, 34.6),
            "MZ",
            date="2024-07-01",
            prec=M,
            mines=57,
            tolerance_km=LARGE,
        ),
        A2(
            "Gorongosa district",
            "clearance",
            1024680,
            "MZ",
            date="2024-07-01",
            prec=M,
            mines=57,
        ),
        # "already partly cleared before 2015": clearance, no stated date.
        F("Mount Gorongosa", "clearance", (-18.47, 34.07), "MZ"),
        # A fisherman found a mortar bomb on Tuesday.
        S("Beira", "minefield", 1052373, date="2024-09-17", prec=D, mines=1),
        F(
            "Púnguè river",
            "minefield",
            (-19.80, 34.85),
            "MZ",
            date="2024-09-17",
            prec=D,
            mines=1,
            tolerance_km=LINEAR,
        ),
        C("Mozambique", "clearance", "MZ", date="2015-01-01", prec=Y),
        # Governors' provinces (attendees); the meeting is tomorrow: no date.
        A1("Niassa", "mention", (-13.0, 36.0), "MZ", tolerance_km=LARGE),
        A1("Nampula", "mention", (-15.0, 39.0), "MZ", tolerance_km=LARGE),
        S("Maputo", "conference", 1040652),
    ],
    "412_zimbabwe_rushinga_herder_mukumbura_chiredzi_sengwe_chipinge.txt": [
        A2(
            "Rushinga",
            "incident",
            (-16.6, 32.2),
            "ZW",
            date="2023-10-28",
            prec=D,
            killed=1,
        ),
        S(
            "Mukumbura",
            "incident",
            (-16.20, 31.70),
            country_code="ZW",
            date="2023-10-28",
            prec=D,
            killed=1,
        ),
        A1(
            "Mashonaland Central province",
            "incident",
            (-16.8, 31.4),
            "ZW",
            date="2023-10-28",
            prec=D,
            killed=1,
        ),
        # Burial on Sunday, still to come.
        S("Mount Darwin", "conference", 885800),
        # "the border with Mozambique".
        C("Mozambique", "mention", "MZ"),
        # 1,342 mines removed since January.
        R(
            "Sengwe",
            "clearance",
            (-22.1, 31.3),
            "ZW",
            date="2023-01-01",
            prec=M,
            mines=1342,
        ),
        A2(
            "Chiredzi",
            "clearance",
            893485,
            "ZW",
            date="2023-01-01",
            prec=M,
            mines=1342,
        ),
        # The provincial coordinator "for Masvingo": the province, a mention.
        A1("Masvingo", "mention", (-20.5, 31.0), "ZW"),
        # A grenade discovered and destroyed on Tuesday: a find.
        S("Chipinge", "minefield", 893549, date="2023-10-31", prec=D, mines=1),
        # Completion target.
        C("Zimbabwe", "mention", "ZW"),
        S("Harare", "conference", 890299, date="2023-10-01", prec=M),
    ],
    "413_somaliland_oodweyne_boys_buhodle_clearance_erigavo_berbera_workshop.txt": [
        S("HARGEISA", "mention", 57289),
        S("Oodweyne", "incident", 53372, date="2024-03-06", prec=D, injured=2),
        A1(
            "Togdheer region",
            "incident",
            (9.4, 45.6),
            "SO",
            date="2024-03-06",
            prec=D,
            injured=2,
        ),
        # Hospital town.
        S("Burao", "mention", 63795),
        # 96 anti-tank mines + 41 UXO destroyed during February.
        S("Buhodle", "clearance", 63707, date="2024-02-01", prec=M, mines=137),
        # Nomads reported what looked like mines on Saturday: a suspected find.
        A1(
            "Sanaag region",
            "minefield",
            (10.3, 47.6),
            "SO",
            date="2024-03-02",
            prec=D,
        ),
        S("Erigavo", "minefield", 62691, date="2024-03-02", prec=D),
        S("Berbera", "conference", 64435, date="2024-03-05", prec=D),
        # Participants' towns.
        S("Borama", "mention", 64021),
        S("Gebiley", "mention", 58831),
        S("Las Anod", "mention", 400769),
        # "still has more than 100 known minefields" (minefields, not mines).
        R("Somaliland", "minefield", (9.6, 45.5), "SO", tolerance_km=LARGE),
        C("Somalia", "mention", "SO"),
    ],
    "414_somalia_afgooye_road_bomb_bakara_beledweyne_jowhar_kismayo.txt": [
        # Dateline; the UN office the trainers come from.
        S("Mogadishu", "mention", 53654),
        S(
            "Afgooye",
            "incident",
            65785,
            date="2025-02-16",
            prec=D,
            killed=4,
            injured=7,
        ),
        S(
            "Wanlaweyn",
            "incident",
            50672,
            date="2025-02-16",
            prec=D,
            killed=4,
            injured=7,
        ),
        A1(
            "Lower Shabelle region",
            "incident",
            (1.9, 44.6),
            "SO",
            date="2025-02-16",
            prec=D,
            killed=4,
            injured=7,
        ),
        # Defused on Saturday morning.
        F(
            "Bakara market",
            "clearance",
            (2.045, 45.33),
            "SO",
            date="2025-02-15",
            prec=D,
            mines=1,
        ),
        # Farmer hurt on Thursday; the donkey adds no count.
        A1(
            "Hiiraan region",
            "incident",
            (4.3, 45.4),
            "SO",
            date="2025-02-13",
            prec=D,
            injured=1,
        ),
        S("Beledweyne", "incident", 64460, date="2025-02-13", prec=D, injured=1),
        S("Jowhar", "clearance", 56335, date="2025-02-01", prec=M, mines=23),
        A1(
            "Middle Shabelle",
            "clearance",
            (2.8, 45.6),
            "SO",
            date="2025-02-01",
            prec=M,
            mines=23,
        ),
        R(
            "Jubaland",
            "conference",
            (0.8, 42.3),
            "SO",
            date="2025-02-15",
            prec=D,
            tolerance_km=LARGE,
        ),
        S("Kismayo", "conference", 55671, date="2025-02-15", prec=D),
        # 1,012 casualties in 2024: a combined figure, not split.
        C("Somalia", "incident", "SO", date="2024-01-01", prec=Y),
    ],
    "415_south_sudan_morobo_county_boda_boda_lainya_nimule_cluster.txt": [
        S(
            "Panyume",
            "incident",
            (3.73, 31.0),
            country_code="SS",
            date="2023-08-22",
            prec=D,
            killed=1,
            injured=1,
        ),
        A2(
            "Morobo County",
            "incident",
            (3.68, 30.78),
            "SS",
            date="2023-08-22",
            prec=D,
            killed=1,
            injured=1,
        ),
        A1(
            "Central Equatoria State",
            "incident",
            (4.5, 31.0),
            "SS",
            date="2023-08-22",
            prec=D,
            killed=1,
            injured=1,
            tolerance_km=LARGE,
        ),
        # The radio station's town; a border.
        S("Yei", "mention", 363619),
        C("Uganda", "mention", "UG"),
        # 12 anti-personnel mines + 31 mortar bombs since June.
        A2(
            "Lainya County",
            "clearance",
            (4.3, 30.9),
            "SS",
            date="2023-06-01",
            prec=M,
            mines=43,
        ),
        # Pupils found a cluster bomb on Monday.
        A1(
            "Eastern Equatoria State",
            "minefield",
            (4.6, 33.3),
            "SS",
            date="2023-08-21",
            prec=D,
            mines=1,
            tolerance_km=LARGE,
        ),
        S(
            "Nimule",
            "minefield",
            (3.596, 32.064),
            country_code="SS",
            date="2023-08-21",
            prec=D,
            mines=1,
        ),
        A2(
            "Magwi County",
            "minefield",
            (4.0, 32.3),
            "SS",
            date="2023-08-21",
            prec=D,
            mines=1,
        ),
        # Casualties "since 2004", a combined figure.
        C("South Sudan", "incident", "SS", date="2004-01-01", prec=Y),
        R("Equatorias", "mention", (4.5, 31.5), "SS", tolerance_km=400),
        # Meeting "next week": still to come.
        S("Juba", "conference", 373303),
    ],
    "416_sudan_omdurman_ombada_family_shell_bahri_clearance_kadugli_kurmuk.txt": [
        S("Khartoum", "mention", 379252),
        S(
            "Omdurman",
            "incident",
            365137,
            date="2025-05-26",
            prec=D,
            killed=3,
            injured=1,
        ),
        A2(
            "Ombada",
            "incident",
            (15.67, 32.40),
            "SD",
            date="2025-05-26",
            prec=D,
            killed=3,
            injured=1,
        ),
        # More than 5,000 items removed since January.
        S(
            "Khartoum North",
            "clearance",
            379251,
            variants=["Bahri"],
            date="2025-01-01",
            prec=M,
            mines=5000,
        ),
        # "last week" before Thu 29 May lies in May.
        A1(
            "South Kordofan",
            "incident",
            (11.2, 30.0),
            "SD",
            date="2025-05-01",
            prec=M,
            injured=1,
            tolerance_km=LARGE,
        ),
        S("Kadugli", "incident", 373141, date="2025-05-01", prec=M, injured=1),
        # A survey running since April found 11 suspected hazardous areas (no count).
        A1(
            "Blue Nile state",
            "minefield",
            (11.3, 34.2),
            "SD",
            date="2025-04-01",
            prec=M,
        ),
        S("Kurmuk", "minefield", 371827, date="2025-04-01", prec=M),
        C("Ethiopia", "mention", "ET"),
        # Officials "from Khartoum state": an origin.
        A1("Khartoum state", "mention", (15.6, 32.6), "SD"),
        S("Port Sudan", "conference", 377039, date="2025-05-27", prec=D),
        C("Sudan", "mention", "SD"),
    ],
    "417_tigray_adigrat_grenade_children_zalambessa_survey_north_wollo_"
    "mekelle_course.txt": [
        # Dateline and the deminers' course opened on Tuesday.
        S("Mekelle", "conference", 331180, date="2024-01-16", prec=D),
        S(
            "Adigrat",
            "incident",
            345149,
            date="2024-01-14",
            prec=D,
            killed=2,
            injured=3,
        ),
        A2(
            "Eastern Zone",
            "incident",
            (14.1, 39.5),
            "ET",
            date="2024-01-14",
            prec=D,
            killed=2,
            injured=3,
        ),
        A1(
            "Tigray",
            "incident",
            (13.9, 39.1),
            "ET",
            date="2024-01-14",
            prec=D,
            killed=2,
            injured=3,
            tolerance_km=LARGE,
        ),
        # 14 anti-personnel + 1 anti-tank mine recorded "earlier this month".
        S(
            "Zalambessa",
            "minefield",
            (14.52, 39.38),
            country_code="ET",
            date="2024-01-01",
            prec=M,
            mines=15,
        ),
        # A border there; then "laid mines ... during the war of 1998 to 2000".
        C("Eritrea", "minefield", "ER", date="1998-01-01", prec=Y),
        C("Ethiopia", "minefield", "ET", date="1998-01-01", prec=Y),
        # 312 items destroyed since October.
        A2(
            "North Wollo zone",
            "clearance",
            (11.8, 39.2),
            "ET",
            date="2023-10-01",
            prec=M,
            mines=312,
        ),
        A1(
            "Amhara region",
            "clearance",
            (11.5, 38.0),
            "ET",
            date="2023-10-01",
            prec=M,
            mines=312,
            tolerance_km=LARGE,
        ),
        S("Lalibela", "clearance", 332288, date="2023-10-01", prec=M, mines=312),
        S("Woldia", "clearance", 326406, date="2023-10-01", prec=M, mines=312),
        S("Asmara", "mention", 343300),
    ],
    "418_ngo_field_notes_kiwanja_girl_djugu_clearance_bocaranga_truck_paoua.txt": [
        C("DR Congo", "mention", "CD"),
        # The lorry blast of 4 October names the country.
        C(
            "Central African Republic",
            "incident",
            "CF",
            date="2024-10-04",
            prec=D,
            killed=1,
            injured=5,
        ),
        # "In late September": month.
        S(
            "Kiwanja",
            "incident",
            (-1.17, 29.45),
            country_code="CD",
            date="2024-09-01",
            prec=M,
            killed=1,
            injured=1,
        ),
        A2(
            "Rutshuru territory",
            "incident",
            206047,
            "CD",
            date="2024-09-01",
            prec=M,
            killed=1,
            injured=1,
        ),
        A1(
            "North Kivu",
            "incident",
            (-0.8, 28.8),
            "CD",
            date="2024-09-01",
            prec=M,
            killed=1,
            injured=1,
            tolerance_km=LARGE,
        ),
        # Risk education sessions.
        S("Goma", "mention", 216281),
        # 78 items (the nine RPGs among them) between July and September.
        A1(
            "Ituri",
            "clearance",
            (1.6, 29.6),
            "CD",
            date="2024-07-01",
            prec=M,
            mines=78,
            tolerance_km=LARGE,
        ),
        A2(
            "Djugu territory",
            "clearance",
            217100,
            "CD",
            date="2024-07-01",
            prec=M,
            mines=78,
        ),
        # The team's base.
        S("Bunia", "mention", 217695),
        S(
            "Bocaranga",
            "incident",
            2388625,
            date="2024-10-04",
            prec=D,
            killed=1,
            injured=5,
        ),
        S(
            "Bozoum",
            "incident",
            2387546,
            date="2024-10-04",
            prec=D,
            killed=1,
            injured=5,
        ),
        A1(
            "Ouham-Pendé",
            "incident",
            (6.8, 16.0),
            "CF",
            date="2024-10-04",
            prec=D,
            killed=1,
            injured=5,
        ),
        # Six mines found since August.
        S("Paoua", "minefield", 2383523, date="2024-08-01", prec=M, mines=6),
        # Workshop "next month": still to come.
        S("Bangui", "conference", 2389853),
    ],
    "419_mali_bandiagara_cercle_bus_ansongo_ieds_niger_ayorou_niamey.txt": [
        S("BAMAKO", "mention", 2460596),
        S(
            "Bandiagara",
            "incident",
            2460489,
            date="2023-04-12",
            prec=D,
            killed=9,
            injured=21,
        ),
        S(
            "Bankass",
            "incident",
            2460401,
            date="2023-04-12",
            prec=D,
            killed=9,
            injured=21,
        ),
        A2(
            "Bandiagara cercle",
            "incident",
            (14.25, -3.4),
            "ML",
            date="2023-04-12",
            prec=D,
            killed=9,
            injured=21,
        ),
        A1(
            "Mopti region",
            "incident",
            (14.6, -3.6),
            "ML",
            date="2023-04-12",
            prec=D,
            killed=9,
            injured=21,
            tolerance_km=LARGE,
        ),
        # Hospital town.
        S("Sévaré", "mention", (14.53, -4.10), country_code="ML"),
        # Found and destroyed two IEDs on Monday.
        A1(
            "Gao region",
            "minefield",
            (16.5, 0.5),
            "ML",
            date="2023-04-10",
            prec=D,
            mines=2,
            tolerance_km=LARGE,
        ),
        S("Ansongo", "minefield", 2461003, date="2023-04-10", prec=D, mines=2),
        # Army engineers detonated five mines "late last month" (and a delegation).
        C("Niger", "clearance", "NE", date="2023-03-01", prec=M, mines=5),
        S("Ayorou", "clearance", 2447416, date="2023-03-01", prec=M, mines=5),
        S("Tillabéri", "clearance", 2438678, date="2023-03-01", prec=M, mines=5),
        # 152 civilian victims last year: a combined figure.
        C("Mali", "incident", "ML", date="2022-01-01", prec=Y),
        # "Improvised mines have spread across the central Sahel".
        R("Sahel", "minefield", (14.5, -1.0), None, tolerance_km=1000),
        # "routes leading to Burkina Faso" and a delegation.
        C("Burkina Faso", "mention", "BF"),
        # Meeting "in May", still to come: no date.
        S("Niamey", "conference", 2440485),
        C("Chad", "mention", "TD"),
    ],
    "420_borno_dikwa_farmers_ied_bama_banki_road_kolofata_bol_lake_chad.txt": [
        # Dateline; workshop "next week" still to come.
        S("Maiduguri", "conference", 2331447),
        S(
            "Dikwa",
            "incident",
            2344854,
            date="2024-07-03",
            prec=D,
            killed=3,
            injured=2,
        ),
        A1(
            "Borno",
            "incident",
            (11.8, 13.0),
            "NG",
            date="2024-07-03",
            prec=D,
            killed=3,
            injured=2,
            tolerance_km=LARGE,
        ),
        # Troops found and detonated four IEDs on Sunday: a find.
        A2(
            "Bama LGA",
            "minefield",
            (11.45, 13.75),
            "NG",
            date="2024-06-30",
            prec=D,
            mines=4,
        ),
        S("Bama", "minefield", 2347954, date="2024-06-30", prec=D, mines=4),
        S("Banki", "minefield", 6776134, date="2024-06-30", prec=D, mines=4),
        # "Cameroon's Far North region": the blast is in Cameroon.
        C("Cameroon", "incident", "CM", date="2024-07-02", prec=D, injured=1),
        A1(
            "Far North region",
            "incident",
            (10.9, 14.3),
            "CM",
            date="2024-07-02",
            prec=D,
            injured=1,
        ),
        S(
            "Kolofata",
            "incident",
            (11.17, 13.95),
            country_code="CM",
            date="2024-07-02",
            prec=D,
            injured=1,
        ),
        A2(
            "Mayo-Sava department",
            "incident",
            (11.05, 14.15),
            "CM",
            date="2024-07-02",
            prec=D,
            injured=1,
        ),
        # 19 items destroyed in June.
        C("Chad", "clearance", "TD", date="2024-06-01", prec=M, mines=19),
        F(
            "Lake Chad",
            "clearance",
            (13.3, 14.3),
            None,
            date="2024-06-01",
            prec=M,
            mines=19,
            tolerance_km=LINEAR,
        ),
        S("Bol", "clearance", 2434979, date="2024-06-01", prec=M, mines=19),
        A1(
            "Lac province",
            "clearance",
            (13.5, 14.5),
            "TD",
            date="2024-06-01",
            prec=M,
            mines=19,
        ),
        C("Nigeria", "mention", "NG"),
    ],
    "421_casamance_adeane_woodcutter_goudomp_clearance_diouloulou_ziguinchor.txt": [
        # Dateline, hospital town, and the meeting "next week" (no date).
        S("Ziguinchor", "conference", 2243940),
        S("Adéane", "incident", 2254762, date="2022-12-04", prec=D, injured=1),
        A2(
            "Ziguinchor department",
            "incident",
            (12.55, -16.1),
            "SN",
            date="2022-12-04",
            prec=D,
            injured=1,
        ),
        # Demining resumed on Monday.
        A2(
            "Goudomp department",
            "clearance",
            2251470,
            "SN",
            date="2022-12-05",
            prec=D,
        ),
        # Teams working where a 2021 survey confirmed contaminated areas.
        S("Diattakounda", "minefield", 2252615, date="2021-01-01", prec=Y),
        S("Tanaf", "minefield", 2244979, date="2021-01-01", prec=Y),
        # A farmer found two anti-tank mines on Thursday.
        A2(
            "Bignona department",
            "minefield",
            2253901,
            "SN",
            date="2022-12-08",
            prec=D,
            mines=2,
        ),
        S("Diouloulou", "minefield", 2252336, date="2022-12-08", prec=D, mines=2),
        # More than 1,500 mines destroyed since 2008.
        R(
            "Casamance",
            "clearance",
            (12.75, -15.9),
            "SN",
            date="2008-01-01",
            prec=Y,
            mines=1500,
            tolerance_km=150,
        ),
        C("Senegal", "clearance", "SN", date="2008-01-01", prec=Y, mines=1500),
        C("Gambia", "mention", "GM"),
        C("Guinea-Bissau", "mention", "GW"),
    ],
}
