"""More development articles (eval/dev 605-616), annotated like those in dev.py.

Round-ups, live pages and statements, the formats analysts paste most (150-450 words):
a multi-country weekly digest with one paragraph per country (Thailand, Nepal, Moldova,
Cameroon); a live page with time-stamped updates (Jammu and Kashmir); a Georgian
ministry statement with numbered points (Shida Kartli); a UN noon-briefing transcript
(Sudan, Central African Republic); an NGO social-media thread "1/6".."6/6" (Borno,
Diffa); a monthly casualty bulletin with a "country - killed - injured" list (Iran,
Pakistan, Turkey, Western Sahara); a wire story "UPDATE 1" with a correction
(Maguindanao del Sur); a military press release on clearing a retaken city (Wad
Madani, Gezira); a Q/A interview with a team leader (Dragash, Kosovo); a provincial
governor's briefing listing districts (Sa Kaeo); a donor newsletter with "Highlights"
bullets (Mauritania, Niger, Peru); a feature revisiting three places a year on
(Manipur, Eritrea, Nicaragua).

Decisions where the rules are silent:
- A country label run into the first sentence of its paragraph ("THAILAND - A ranger
  lost his foot ...") belongs to that sentence: the country takes the event's role and
  facts. A heading line on its own ("1. Moirang, Manipur, India") is a sentence naming
  places and nothing else: a mention.
- A bulletin row "Iran - 3 - 4" under "Casualties recorded in April 2024 (country -
  killed - injured)" states casualties in that country: incident, killed and injured as
  given, month precision.
- "N of the 17 casualties" and "27 people killed or injured" are combined figures: no
  counts (Khyber Pakhtunkhwa, Darfur, Diffa region).
- "this morning" on a live page is the page's date (day); "since Saturday" is that
  Saturday.
- A place named in a sentence that tells part of the same event gets the event's facts
  even when the counts stand in another sentence (Maguindanao del Sur: the camp's
  province where the device exploded; the lede gives two killed, five wounded).
  A correction line that repeats a superseded figure names no place and changes nothing.
- Highlights bullets and the narrative telling the same event share its facts: the
  bullet's places take the narrative's date (Tiris Zemmour gets February 2024 from
  "Between February and April ... 27 anti-tank mines"; Peru gets May 2024 from the
  survey).
- A river named as the bank of a more specific place ("the Hantoub area, on the eastern
  bank of the Blue Nile") is a mention, like a distance-reference town.
- Attendees' provinces ("volunteers from Gezira and Sennar states") are mentions, like a
  person's origin.
- School risk-education visits (Surankote, Maiduguri, Gwoza, Tillaberi region) are
  mentions even when announced for a date.
- "Since April we have found and destroyed 14 submunitions, the small bomblets left from
  the NATO cluster strikes of 1999, ... above Restelica": the find dates the minefield
  (April 2024), not the strike year.
- "I did the basic demining course in Pristina in 2015" is a held training course:
  conference, year precision. "clearing minefields around Bihac" is clearance (no find).
- "a joint survey with Cambodia would be needed" is a hypothetical survey with a
  partner: Cambodia stays a mention.
- "Nepal was declared free of minefields in 2011" and "Nicaragua declared itself free
  of landmines in 2010, but caches ... still come to light": items turning up make a
  minefield (Nicaragua); Nepal already holds the paragraph's incident.
- A meeting or course still to come (Bangkok 14 May in a digest of 13 May, Tbilisi,
  Port Sudan twice, Bangkok 28 June) is a conference with no date, as in dev_africa.
- A road's destination in a sentence reporting mines planted along it (Al Hasaheisa)
  is a minefield, undated.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "605_weekly_roundup_thailand_nepal_moldova_cameroon.txt": [
        # "THAILAND - A paramilitary ranger lost his right foot on Wednesday" (8 May).
        C("Thailand", "incident", "TH", date="2024-05-08", prec=D, injured=1),
        A2(
            "Kantharalak district",
            "incident",
            1610227,
            "TH",
            date="2024-05-08",
            prec=D,
            injured=1,
        ),
        A1(
            "Si Sa Ket province",
            "incident",
            (15.0, 104.4),
            "TH",
            date="2024-05-08",
            prec=D,
            injured=1,
        ),
        # Saturday 11 May: a socket bomb (home-made device) injured a boy.
        C("Nepal", "incident", "NP", date="2024-05-11", prec=D, injured=1),
        A2(
            "Dang district",
            "incident",
            (28.05, 82.40),
            "NP",
            date="2024-05-11",
            prec=D,
            injured=1,
        ),
        S("Tulsipur", "incident", 1282635, date="2024-05-11", prec=D, injured=1),
        # Thursday 9 May: 37 items destroyed.
        C("Moldova", "clearance", "MD", date="2024-05-09", prec=D, mines=37),
        S("Cocieri", "clearance", 618057, date="2024-05-09", prec=D, mines=37),
        # The mayor asks for a collection.
        S("Dubăsari", "mention", 618365),
        # Sunday 12 May: two killed on the road between Mora and Kolofata.
        C("Cameroon", "incident", "CM", date="2024-05-12", prec=D, killed=2),
        S("Mora", "incident", 2225991, date="2024-05-12", prec=D, killed=2),
        S(
            "Kolofata",
            "incident",
            (11.163, 14.005),
            country_code="CM",
            date="2024-05-12",
            prec=D,
            killed=2,
        ),
        A1(
            "Far North region",
            "incident",
            (11.0, 14.3),
            "CM",
            date="2024-05-12",
            prec=D,
            killed=2,
        ),
        # Regional workshop held 14-15 May.
        S("Bangkok", "conference", 1609350),
    ],
    "606_live_poonch_mendhar_uri_rajouri_kupwara_shells.txt": [
        # Families returning home after the shelling.
        A1("Jammu and Kashmir", "mention", (33.7, 75.0), "IN", tolerance_km=LARGE),
        # 08:10, "this morning": a boy killed, his brother hurt.
        S(
            "Poonch",
            "incident",
            1167718,
            date="2025-05-12",
            prec=D,
            killed=1,
            injured=1,
        ),
        S(
            "Mendhar",
            "incident",
            (33.61, 74.14),
            country_code="IN",
            date="2025-05-12",
            prec=D,
            killed=1,
            injured=1,
        ),
        # 41 shells destroyed "since Saturday".
        S("Uri", "clearance", 1253694, date="2025-05-10", prec=D, mines=41),
        # Where the spokesperson spoke.
        S("Srinagar", "mention", 1255634),
        # Two mortar bombs found in a school roof "this morning".
        A2(
            "Rajouri district",
            "minefield",
            1258891,
            "IN",
            date="2025-05-12",
            prec=D,
            mines=2,
        ),
        S("Nowshera", "minefield", 1261675, date="2025-05-12", prec=D, mines=2),
        # Hospital town.
        S("Jammu", "mention", 1269321),
        # Fields where shells are believed to lie: undated.
        S("Kupwara", "minefield", 6268046),
        # Engineers "are clearing" shells: undated.
        C("Pakistan", "clearance", "PK"),
        S("Kotli", "clearance", 1173055),
        # Risk education in schools.
        C("India", "mention", "IN"),
        S("Surankote", "mention", 10593072),
    ],
    "607_georgia_ministry_statement_ditsi_shida_kartli_kaspi_odzisi.txt": [
        S(
            "Ditsi",
            "incident",
            (42.225, 44.02),
            country_code="GE",
            date="2024-05-02",
            prec=D,
            injured=1,
        ),
        # Hospital town.
        S("Gori", "mention", 614455),
        # 214 items since the beginning of 2024 (subsets included in the 214).
        A1(
            "Shida Kartli",
            "clearance",
            (42.0, 44.1),
            "GE",
            date="2024-01-01",
            prec=M,
            mines=214,
        ),
        A2(
            "Kaspi municipality",
            "clearance",
            614104,
            "GE",
            date="2024-01-01",
            prec=M,
            mines=214,
        ),
        # Still suspected to contain mines.
        S("Khurvaleti", "minefield", (42.16, 43.90), country_code="GE"),
        S("Odzisi", "minefield", (42.08, 44.58), country_code="GE"),
        S("Tbilisi", "conference", 611717),
        # No access; the Georgian Red Cross is inside an organisation's name.
        C("Georgia", "mention", "GE"),
        A1("Abkhazia", "mention", (43.0, 41.2), "GE"),
        R("Tskhinvali region", "mention", (42.3, 43.95), "GE"),
    ],
    "608_un_briefing_sudan_khartoum_blue_nile_nyala_car_bouar.txt": [
        # 1,400 items located since April last year.
        C("Sudan", "minefield", "SD", date="2023-04-01", prec=M, mines=1400),
        S("Khartoum", "minefield", 379252, date="2023-04-01", prec=M, mines=1400),
        # 63 items cleared "last week" (13-19 May).
        A1(
            "Blue Nile State",
            "clearance",
            (11.5, 34.2),
            "SD",
            date="2024-05-01",
            prec=M,
            mines=63,
        ),
        S("Ed Damazin", "clearance", 380174, date="2024-05-01", prec=M, mines=63),
        # "27 people killed or injured ... since January": not split.
        R(
            "Darfur",
            "incident",
            (13.0, 24.5),
            "SD",
            tolerance_km=500,
            date="2024-01-01",
            prec=M,
        ),
        # Saturday 18 May.
        S("Nyala", "incident", 369004, date="2024-05-18", prec=D, killed=3, injured=2),
        A1(
            "South Darfur",
            "incident",
            (11.5, 24.9),
            "SD",
            tolerance_km=LARGE,
            date="2024-05-18",
            prec=D,
            killed=3,
            injured=2,
        ),
        # "yesterday" (20 May), two peacekeepers injured.
        C(
            "Central African Republic",
            "incident",
            "CF",
            date="2024-05-20",
            prec=D,
            injured=2,
        ),
        S("Bouar", "incident", 2387926, date="2024-05-20", prec=D, injured=2),
        S("Baboua", "incident", 2390513, date="2024-05-20", prec=D, injured=2),
        # Evacuated there.
        S("Bangui", "mention", 2389853),
        S("Port Sudan", "conference", 377039),
    ],
    "609_ngo_thread_borno_bama_banki_dikwa_diffa.txt": [
        # "left roads, wells and farmland contaminated": undated.
        A1(
            "Borno State",
            "minefield",
            (11.8, 13.2),
            "NG",
            tolerance_km=LARGE,
            variants=["Borno"],
        ),
        C("Nigeria", "minefield", "NG"),
        # Monday 6 May.
        S("Bama", "incident", 2347954, date="2024-05-06", prec=D, killed=1, injured=2),
        S("Banki", "incident", 6776134, date="2024-05-06", prec=D, killed=1, injured=2),
        # Found and destroyed between 1 and 7 May.
        S("Dikwa", "minefield", 2344854, date="2024-05-01", prec=D, mines=6),
        # Risk education.
        S("Maiduguri", "mention", 2331447),
        S("Gwoza", "mention", 2339665),
        # "four IED casualties in April": not split.
        C("Niger", "incident", "NE", date="2024-04-01", prec=M),
        A1(
            "Diffa region",
            "incident",
            (14.8, 12.8),
            "NE",
            tolerance_km=LARGE,
            date="2024-04-01",
            prec=M,
        ),
        # Donors.
        C("Japan", "mention", "JP"),
        C("United Kingdom", "mention", "GB"),
    ],
    "610_monitor_bulletin_april_iran_pakistan_turkey_western_sahara.txt": [
        # Rows of "Casualties recorded in April 2024 (country - killed - injured)".
        C("Iran", "incident", "IR", date="2024-04-01", prec=M, killed=3, injured=4),
        C(
            "Pakistan",
            "incident",
            "PK",
            date="2024-04-01",
            prec=M,
            killed=6,
            injured=11,
        ),
        C("Turkey", "incident", "TR", date="2024-04-01", prec=M, killed=1, injured=1),
        C(
            "Western Sahara",
            "incident",
            "EH",
            date="2024-04-01",
            prec=M,
            killed=1,
            injured=1,
        ),
        A1(
            "Kermanshah province",
            "incident",
            (34.3, 46.8),
            "IR",
            date="2024-04-14",
            prec=D,
            killed=2,
            injured=1,
        ),
        S(
            "Qasr-e Shirin",
            "incident",
            119586,
            date="2024-04-14",
            prec=D,
            killed=2,
            injured=1,
        ),
        # "12 of the 17 casualties recorded in April": not split.
        A1(
            "Khyber Pakhtunkhwa",
            "incident",
            (34.5, 71.8),
            "PK",
            tolerance_km=LARGE,
            date="2024-04-01",
            prec=M,
        ),
        A2(
            "Bajaur district",
            "incident",
            (34.78, 71.52),
            "PK",
            date="2024-04-09",
            prec=D,
            killed=3,
        ),
        A1(
            "Balochistan",
            "incident",
            (28.5, 65.5),
            "PK",
            tolerance_km=400,
            date="2024-04-22",
            prec=D,
            killed=1,
        ),
        S("Dera Bugti", "incident", 1180295, date="2024-04-22", prec=D, killed=1),
        S(
            "Nusaybin",
            "incident",
            303750,
            date="2024-04-03",
            prec=D,
            killed=1,
            injured=1,
        ),
        # "about 15 kilometres from Bir Lahlou": no more specific place.
        S(
            "Bir Lahlou",
            "incident",
            13526712,
            date="2024-04-27",
            prec=D,
            killed=1,
            injured=1,
        ),
    ],
    "611_wire_update_ampatuan_maguindanao_roadside_bomb_correction.txt": [
        # Dateline and hospital town.
        S("Cotabato City", "mention", 1716771),
        # Monday 20 May: two killed, five wounded (corrected from six).
        C(
            "Philippines",
            "incident",
            "PH",
            date="2024-05-20",
            prec=D,
            killed=2,
            injured=5,
        ),
        S(
            "Ampatuan",
            "incident",
            1730983,
            date="2024-05-20",
            prec=D,
            killed=2,
            injured=5,
        ),
        A1(
            "Maguindanao del Sur province",
            "incident",
            (6.9, 124.5),
            "PH",
            date="2024-05-20",
            prec=D,
            killed=2,
            injured=5,
        ),
        S("Datu Piang", "incident", 1715382, date="2024-01-01", prec=M, killed=1),
        # Factions active there; the stringer's beat.
        F("Mindanao", "mention", (7.5, 125.0), "PH", tolerance_km=300),
        S("Manila", "mention", 1701668),
    ],
    "612_military_release_wad_madani_gezira_hantoub_hasaheisa_clearance.txt": [
        # Clearance 12-25 January, then a sergeant wounded on 22 January.
        S("Wad Madani", "incident", 364103, date="2025-01-22", prec=D, injured=1),
        A1(
            "Gezira State",
            "clearance",
            (14.5, 33.2),
            "SD",
            variants=["Gezira"],
            date="2025-01-12",
            prec=D,
            mines=1136,
        ),
        # Found 26 AP mines and destroyed them in place on 20 January.
        S(
            "Hantoub",
            "minefield",
            (14.41, 33.55),
            country_code="SD",
            date="2025-01-20",
            prec=D,
            mines=26,
        ),
        # Bank of the river, a reference for Hantoub.
        F("Blue Nile", "mention", (14.4, 33.52), "SD", tolerance_km=LINEAR),
        # Mines reported planted: undated.
        S("Al Hasaheisa", "minefield", 379427),
        S("Tamboul", "minefield", (14.93, 33.45), country_code="SD"),
        S("Port Sudan", "conference", 377039),
        # Attendees' state.
        A1("Sennar", "mention", (13.3, 33.9), "SD"),
        # "contaminates at least 11 of Sudan's 18 states".
        C("Sudan", "minefield", "SD"),
    ],
    "613_interview_team_leader_dragash_restelica_brod_kosovo.txt": [
        # The team's clearance work, undated.
        A2("Dragash municipality", "clearance", 791122, "XK"),
        C("Kosovo", "clearance", "XK"),
        # Border countries.
        C("Albania", "mention", "AL"),
        C("North Macedonia", "mention", "MK"),
        # The team's base.
        S("Prizren", "mention", 786712),
        # "Since April we have found and destroyed 14 submunitions".
        S(
            "Restelica",
            "minefield",
            (41.96, 20.61),
            country_code="XK",
            date="2024-04-01",
            prec=M,
            mines=14,
        ),
        F("Šar mountains", "clearance", (42.05, 20.85), "XK", tolerance_km=LINEAR),
        # "last year a shepherd lost part of his foot".
        S(
            "Brod",
            "incident",
            (41.98, 20.69),
            country_code="XK",
            date="2023-01-01",
            prec=Y,
            injured=1,
        ),
        S("Pristina", "conference", 786714, date="2015-01-01", prec=Y),
        C("Bosnia and Herzegovina", "clearance", "BA"),
        S("Bihać", "clearance", 3204222),
    ],
    "614_governor_briefing_sa_kaeo_ta_phraya_khok_sung_aranyaprathet_khlong_hat.txt": [
        # Four districts still contain suspected mined areas.
        A1(
            "Sa Kaeo",
            "minefield",
            (13.8, 102.4),
            "TH",
            variants=["Sa Kaeo province"],
        ),
        # Treaty deadline.
        C("Thailand", "mention", "TH"),
        A2("Ta Phraya district", "minefield", 1605742, "TH"),
        # Listed, and a herder lost a leg there in March.
        A2(
            "Khok Sung district",
            "incident",
            1617816,
            "TH",
            date="2024-03-01",
            prec=M,
            injured=1,
        ),
        A2("Aranyaprathet district", "minefield", 1621020, "TH"),
        A2("Khlong Hat district", "minefield", 1609907, "TH"),
        # 1,082 AP + 9 AT mines destroyed since January.
        S(
            "Ban Nong Chan",
            "clearance",
            (13.85, 102.60),
            country_code="TH",
            date="2024-01-01",
            prec=M,
            mines=1091,
        ),
        # Partner in a hypothetical joint survey.
        C("Cambodia", "mention", "KH"),
        S("Bangkok", "conference", 1609350),
    ],
    "615_donor_newsletter_mauritania_zouerat_ouallam_peru_condor.txt": [
        # Bullet: 27 AT mines destroyed; dated by the narrative (February-April).
        A1(
            "Tiris Zemmour",
            "clearance",
            (24.0, -10.0),
            "MR",
            tolerance_km=400,
            date="2024-02-01",
            prec=M,
            mines=27,
        ),
        # "mines keep turning up in the far north": undated.
        C("Mauritania", "minefield", "MR"),
        # Camels killed on 9 April: incident without counts.
        S("Zouérat", "incident", 2375558, date="2024-04-09", prec=D),
        S("Bir Moghrein", "clearance", 2380975, date="2024-02-01", prec=M, mines=27),
        # Two children killed in March near Ouallam.
        C("Niger", "incident", "NE", date="2024-03-01", prec=M, killed=2),
        # Risk education.
        A1("Tillabéri region", "mention", (14.5, 1.5), "NE", tolerance_km=LARGE),
        S("Ouallam", "incident", 2440371, date="2024-03-01", prec=M, killed=2),
        # Survey in the first two weeks of May.
        C("Peru", "clearance", "PE", date="2024-05-01", prec=M),
        F(
            "Cordillera del Cóndor",
            "clearance",
            (-4.0, -78.4),
            "PE",
            tolerance_km=LINEAR,
            date="2024-05-01",
            prec=M,
        ),
        # Mines still suspected nearby.
        S("Santa María de Nieva", "minefield", (-4.59, -77.87), country_code="PE"),
        # Workshop 21-23 May.
        S("Nouakchott", "conference", 2377450, date="2024-05-21", prec=D),
        C("Germany", "mention", "DE"),
    ],
    "616_one_year_on_moirang_manipur_badme_eritrea_quilali_nicaragua.txt": [
        # Visited in June 2023; clashes had reached the town.
        S("Moirang", "mention", 1262863),
        # 27 bombs and grenades recovered since January.
        A1(
            "Manipur",
            "minefield",
            (24.7, 93.9),
            "IN",
            date="2024-01-01",
            prec=M,
            mines=27,
        ),
        C("India", "mention", "IN"),
        A2(
            "Bishnupur district",
            "minefield",
            8740324,
            "IN",
            date="2024-01-01",
            prec=M,
            mines=27,
        ),
        S(
            "Torbung",
            "incident",
            (24.42, 93.72),
            country_code="IN",
            date="2024-03-01",
            prec=M,
            injured=1,
        ),
        S("Badme", "incident", 449176, date="2024-02-01", prec=M, killed=2),
        C("Eritrea", "mention", "ER"),
        C("Ethiopia", "mention", "ET"),
        # Hospital town.
        S("Barentu", "mention", 342711),
        # Six rifle grenades and a mortar bomb dug up in June last year.
        S("Quilalí", "minefield", 3617109, date="2023-06-01", prec=M, mines=7),
        # Caches "still come to light": undated.
        C("Nicaragua", "minefield", "NI"),
        A1(
            "Nueva Segovia department",
            "clearance",
            (13.75, -86.25),
            "NI",
            date="2024-01-01",
            prec=M,
            mines=41,
        ),
    ],
}
