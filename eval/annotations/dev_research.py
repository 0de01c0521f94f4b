"""More development articles (eval/dev 980-991), annotated like those in dev.py.

Research and records, told in formal, often passive wording with periods, dates
(absolute and relative to the Date:) and aggregate counts, one kind and one country
or region each: a master's thesis summary on farm recovery after land release (Sa
Kaeo province, Thailand); a think-tank policy brief with key points and
recommendations (Kayah State and southern Shan State, Myanmar); a symposium's
proceedings summary by session with speakers' case studies (Vodice, Croatia; Sunja,
Teslić, Kharkiv oblast, Novyi Buh, Velykyi Burluk, Dragash, Sjenica); a municipal
council's minutes (Samaná, Caldas, Colombia); a parliamentary committee's hearing
report (south Lebanon); a statistical brief with a text table by district
(Azerbaijan, 2023); a survey methodology note (Magwi and Kajo-Keji counties, South
Sudan); a lessons-learned review of a clearance project (Xieng Khouang, Lao PDR); a
journal article's abstract and key findings (Sinjar and the Nineveh Plains, Iraq); a
digest of a retrospective hospital study (Poonch and Rajouri districts, Jammu and
Kashmir); a technical forum's proceedings (Libya, held in Tunis); a provincial
council's summary minutes (Quang Binh, Vietnam).

Decisions where the rules are silent (the earlier batches' conventions are kept: a
meeting still to come is a conference with no date, "found and destroyed" and items
reported by residents and destroyed by engineers are finds, a hospital town, donor,
risk education and a speaker's or delegate's origin are mentions, section headings
naming a place and nothing else are mentions, a range takes its first day or month,
"N of them fatal" leaves the rest injured, "most of them in X" gives X the event
without counts, a district never separated from its same-named seat is one admin2
entry with the seat's id):
- A research report's or survey's own period dates its findings that state no date
  of their own, at month precision (Sinuni: suspected items known to households
  surveyed "between October 2024 and February 2025" is a minefield dated October
  2024). A sentence continuing a period given with days ("Fieldwork ran from 12
  January to 15 March 2026. In that period, teams recorded 23 suspected hazardous
  areas ...") takes its first day (Magwi, Pageri, Nimule, Kajo-Keji County). A
  hospital study's results "over the study period" ("from January 2000 to December
  2021") take January 2000 at month precision.
- "412 people injured by mines in Poonch district and Rajouri district ..., 96 of
  whom died" is 96 killed and 316 injured for each of the two districts named
  together. "41 casualties ..., 17 of them fatal" is 17/24 (Libya); "61 civilian mine
  casualties ..., 19 of them fatal" 19/42 (Kayah State). "58 victims" (Colombia) and
  "58 mine casualties" (Uri) carry no counts.
- The thesis's subject sentence ("farmland ... after it was released from mine
  suspicion", Thailand in it and in the title) tells the release the next sentence
  dates: Thailand is a clearance dated 2016 (year). Sa Kaeo province's remaining
  suspected area "at the end of 2023" is a minefield (2023, year) that outranks it.
  "Sa Kaeo town" (the workshop) and "Sa Kaeo province" are separate entries; the
  three districts written "Ta Phraya, Khok Sung and Aranyaprathet districts" are
  admin2 entries with their seats' ids, the later "Ta Phraya district" and "Khok Sung
  district" joining them as variants. A site named with a village in a find's
  sentence ("near Ban Nong Ya Kaeo and the ruins of Sdok Kok Thom") shares the find;
  "about 4 km north of Ban Khlong Luek" with no nearer named place gives Ban Khlong
  Luek the accident. The K5 mine belt named "opposite" the suspected area is a
  reference (mention); Poipet, where a study is only proposed, is a mention.
- A comparison over a frame gives the frame the role, as Yemen took Hodeidah's
  incident in dev_reports4: "Ukraine remains the most mine-contaminated country in
  Europe" makes Europe a minefield (undated); "Myanmar recorded more mine casualties
  than any other country in 2023" is Myanmar's incident (2023, year, no counts);
  "some of the highest rates of landmine injury in India" makes India and Jammu and
  Kashmir incidents without date or counts.
- Proceedings: the forum's or symposium's town takes the held event's first day
  (Vodice 22 April 2025, Tunis 26 November 2024), whatever is said of the next one; a
  demonstration of demining machines attended by participants on a stated day
  (Benkovac) and a training centre's first graduation (Misrata, October) are
  conferences. A speaker's origin is a mention ("A speaker from Bosnia and
  Herzegovina"), but a sentence that goes on to tell the find in that place gives it
  the find ("A speaker from Derna described ... teams found 410 items in the wadi bed
  and on the beaches north of the city"). "Kosovo Mine Action Centre" and "Serbian
  Mine Action Centre" are organisations; Kosovo is counted from "In Kosovo, drone
  imagery located 31 submunitions". "The last cluster-contaminated areas in Serbia
  are to be released next year" states remaining contamination: Serbia is a
  minefield, undated. Title words naming an event ("Libya Mine Action Technical
  Forum") or a body ("Parliament of Lebanon", "Quang Binh Provincial People's
  Council", "Municipal Council of Samaná") are not counted there; each place is
  counted from the body.
- Minutes: a council's request to authorities for a survey (Caldas, named only as
  the department whose government is asked, and in the title's bracket) is a
  mention, like the delegates' district whose survey "has not yet begun" (Tuyen Hoa)
  and a school risk-education campaign (Ba Don). A path between two places where
  devices were found gives both the find (San Diego; Florencia keeps its accident).
  Florencia, a corregimiento of Samaná, is not the Caquetá capital of cities500: it
  gets its own point, not in the gazetteer. "municipality of Samaná" in the
  accident's sentence gives Samaná the accident.
- A committee hearing held on a stated day is a conference on that day (Beirut);
  its follow-up session is in the same town. "Since the ceasefire of 27 November
  2024" dates the removals "most of them in the districts of Bint Jbeil, Marjayoun and
  Tyre" to that day (day precision, no counts for the districts); the army's finds
  "in the four weeks after it entered the town on 11 December 2024" (Khiam) are dated
  that day. "Between the ceasefire of 27 November 2024 and 31 May 2025, 29 people
  were killed and 81 injured ... in Lebanon": Lebanon's incident on 27 November
  2024, day precision. "south Lebanon" in the title is Lebanon.
- Statistical table: the table's year dates each district row (2023, year) and its
  count sums AP + AT + UXO (Aghdam 1,204 + 388 + 2,911 = 4,503); a narrated event in
  the same district replaces the row when it gives a higher role (Fuzuli: the
  tractor driver injured near Horadiz on 8 July 2023). "Aghdam" in the table (the
  district, with its own point) and "Aghdam city" (the narrated minefield cleared
  between April and September) are separate entries; "Fuzuli" and "Tartar" join
  "Fuzuli district" and "Tartar district" as one entry each, with the seat's id.
  Gubadli district takes the id of its seat Qubadlı. The economic regions named
  only to locate the districts (Karabakh, East Zangezur) are mentions. "Kalbajar
  district recorded the most incidents (nine)": an incident (2023, year) with no
  people counted.
- Project review: districts named in the project's sentence take the results the
  next sentence gives (Pek, Kham, Phaxay: clearance April 2019, 21,356 items each);
  Xieng Khouang and the Lao PDR "one of the provinces ... most contaminated" are
  minefields, undated, which outrank the project's clearance. Items "reported by
  villagers" and destroyed by the response team around Muang Khoun are a find (2019,
  year, 312). Two boys killed by a submunition picked up "near Ban Napia" in March
  2021 is an incident with 2 killed.
- Deminers or volunteers hurt or killed while lifting or excavating items are
  incidents (Loikaw's two volunteers in January, Benghazi and its Sabri area, Velykyi
  Burluk). A cow killed by a mine close to Pajok in late January is an incident
  (January, month) with no counts. A device reported by a returning family and
  defused by police engineers "the same day" is a find with count 1 (Ain Zara,
  October), which outranks the session's clearance there.
- The "Blue Line" and other boundary lines were left out of the text; the Line of
  Control is annotated as one feature (LINEAR tolerance), as most earlier batches do.
  "Kashmir valley" is a region (the curated supplement's Kashmir) that locates Uri
  and shares its incident. "Mount Sinjar" in "most of them on farmland north of Mount
  Sinjar" has no nearer named place: it takes Sinjar district's incident without
  counts. "Sinjar" bare in the title and "Sinjar district" are one entry; "Rajouri
  town" (hospital, mention) and "Rajouri district" are two.
- A provincial survey of results across "Quang Binh province" and the province's
  accident toll ("Quang Binh recorded four ordnance accidents in 2023, in which three
  people were killed and two injured") are one entry; the toll gives the incident
  (2023, year, 3/2). Phong Nha-Ke Bang National Park, where 27 items were found
  along trails in 2023, is a feature (minefield, default tolerance).
"""

# ruff: noqa: E501

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

# 980 Sa Kaeo
_SK_RELEASE = {"date": "2016-01-01", "prec": Y}
_SK_FIND = {"date": "2019-01-01", "prec": Y, "mines": 3}
# 981 Kayah
_KY_LAID = {"date": "2023-01-01", "prec": Y}
_KY_PEKON = {"date": "2025-02-09", "prec": D, "injured": 1}
# 982 Vodice
_HR_STOCK = {"date": "2025-01-01", "prec": D}
_XK_DRAGASH = {"date": "2024-09-01", "prec": M, "mines": 31}
# 983 Samaná
_SAMANA = {"date": "2023-07-27", "prec": D, "injured": 1}
# 984 Lebanon
_LB_CLEAR = {"date": "2024-11-27", "prec": D}
# 985 Azerbaijan
_AZ_2023 = {"date": "2023-01-01", "prec": Y}
_HORADIZ = {"date": "2023-07-08", "prec": D, "injured": 1}
# 986 South Sudan
_SS_PERIOD = {"date": "2026-01-12", "prec": D}
# 987 Xieng Khouang
_XK_PROJECT = {"date": "2019-04-01", "prec": M, "mines": 21356}
# 988 Nineveh
_SINJAR = {"date": "2017-01-01", "prec": Y}
# 989 Kashmir
_LOC_STUDY = {"date": "2000-01-01", "prec": M}
_LOC_COUNTS = {"killed": 96, "injured": 316}
_URI = {"date": "2005-01-01", "prec": Y}
# 990 Libya
_QBG = {"date": "2024-01-01", "prec": M, "mines": 3412}
_DERNA = {"date": "2023-10-01", "prec": M, "mines": 410}
_SABRI = {"date": "2024-08-12", "prec": D, "injured": 2}
# 991 Quang Binh
_HOAN_LAO = {"date": "2024-03-01", "prec": M, "mines": 340}

ARTICLES: dict[str, list[Spec]] = {
    "980_thesis_summary_land_release_sa_kaeo_ta_phraya_khok_sung_aranyaprathet_khlong_luek.txt": [
        # Remaining suspected area "at the end of 2023".
        A1("Sa Kaeo province", "minefield", (13.80, 102.30), "TH", date="2023-01-01", prec=Y),
        # Title and subject sentence: land released (dated by the next sentence).
        C("Thailand", "clearance", "TH", **_SK_RELEASE),
        # Released 2016-2023; Ta Phraya's teams destroyed 1,132 mines 2016-2020.
        A2("Ta Phraya", "clearance", 1605742, "TH", variants=["Ta Phraya district"], date="2016-01-01", prec=Y, mines=1132),
        A2("Khok Sung", "minefield", 1617816, "TH", variants=["Khok Sung district"], **_SK_FIND),
        A2("Aranyaprathet", "clearance", 1621020, "TH", **_SK_RELEASE),
        # Validation workshop on 8 March 2024.
        S("Sa Kaeo", "conference", 1606807, date="2024-03-08", prec=D),
        # Three AP mines found in 2019 near the village and the temple ruins.
        S("Ban Nong Ya Kaeo", "minefield", (13.84, 102.74), country_code="TH", **_SK_FIND),
        F("Sdok Kok Thom", "minefield", (13.844, 102.737), "TH", **_SK_FIND),
        # April 2021: a farmer lost a foot about 4 km north of the village.
        S("Ban Khlong Luek", "incident", (13.66, 102.55), country_code="TH", date="2021-04-01", prec=M, injured=1),
        C("Cambodia", "mention", "KH"),
        F("K5 mine belt", "mention", (13.70, 102.90), "KH", tolerance_km=LINEAR),
        S("Poipet", "mention", (13.66, 102.56), country_code="KH"),
    ],
    "981_policy_brief_kayah_state_landmines_loikaw_demoso_hpruso_pekon_hpasawng_chiang_mai.txt": [
        # 61 casualties in 2024, 19 fatal.
        A1("Kayah State", "incident", (19.30, 97.30), "MM", variants=["Karenni"], date="2024-01-01", prec=Y, killed=19, injured=42),
        # "more mine casualties than any other country in 2023".
        C("Myanmar", "incident", "MM", date="2023-01-01", prec=Y),
        # Mines laid since late 2023; two volunteers killed near Loikaw in January 2025.
        S("Loikaw", "incident", 1313479, date="2025-01-01", prec=M, killed=2),
        # First two months of 2025: five killed, eight injured.
        A2("Demoso township", "incident", (19.55, 97.15), "MM", date="2025-01-01", prec=M, killed=5, injured=8),
        A2("Hpruso township", "minefield", (19.40, 97.00), "MM", **_KY_LAID),
        C("Thailand", "mention", "TH"),
        # 9 February: a monk injured outside Pekon.
        S("Pekon", "incident", 1300310, **_KY_PEKON),
        A2("Pekon township", "incident", (19.90, 97.00), "MM", **_KY_PEKON),
        A1("Shan State", "incident", (21.00, 97.80), "MM", tolerance_km=LARGE, **_KY_PEKON),
        # Hospitals across the border.
        A1("Mae Hong Son province", "mention", (18.90, 97.95), "TH"),
        # October-December 2024: 140 items removed by community teams.
        A2("Hpasawng township", "clearance", (18.87, 97.30), "MM", date="2024-10-01", prec=M, mines=140),
        C("United Kingdom", "mention", "GB"),
        C("Australia", "mention", "AU", tolerance_km=1500),
        # Roundtable still to come.
        S("Chiang Mai", "conference", 1153671),
    ],
    "982_symposium_proceedings_vodice_sunja_teslic_velykyi_burluk_novyi_buh_sjenica_dragash.txt": [
        S("Vodice", "conference", 3187489, date="2025-04-22", prec=D),
        # Title and venue; suspected area "on 1 January 2025".
        C("Croatia", "minefield", "HR", **_HR_STOCK),
        S("Zagreb", "mention", 3186886),
        A1("Lika-Senj", "minefield", (44.65, 15.30), "HR", **_HR_STOCK),
        A1("Karlovac", "minefield", (45.35, 15.45), "HR", **_HR_STOCK),
        A1("Sisak-Moslavina", "minefield", (45.30, 16.40), "HR", **_HR_STOCK),
        # 212 AP + 9 AT removed between March and November 2024.
        S("Sunja", "clearance", 3189498, date="2024-03-01", prec=M, mines=221),
        # Speaker's origin; four casualties in 2024, one fatal.
        C("Bosnia and Herzegovina", "incident", "BA", date="2024-01-01", prec=Y, killed=1, injured=3),
        # Landslide in May 2024; 17 mines found below the marking.
        S("Teslić", "minefield", 3189143, date="2024-05-01", prec=M, mines=17),
        C("Ukraine", "minefield", "UA"),
        K("Europe", "minefield", "EU"),
        A1("Kharkiv oblast", "clearance", (49.60, 36.60), "UA", date="2024-01-01", prec=Y),
        # "found and destroyed 3,480 items ... in the same year" (2024).
        S("Novyi Buh", "minefield", 698953, date="2024-01-01", prec=Y, mines=3480),
        S("Velykyi Burluk", "incident", 690193, date="2025-03-14", prec=D, injured=1),
        C("Kosovo", "minefield", "XK", **_XK_DRAGASH),
        S("Dragash", "minefield", 791122, **_XK_DRAGASH),
        S("Sjenica", "clearance", 3190776, date="2024-01-01", prec=Y, mines=46),
        C("Serbia", "minefield", "RS"),
        # Demonstration attended on 24 April.
        S("Benkovac", "conference", 3204293, date="2025-04-24", prec=D),
    ],
    "983_municipal_council_minutes_samana_caldas_florencia_san_diego_pensilvania_manizales.txt": [
        # "in the corregimiento of Florencia, municipality of Samaná" on 27 July.
        S("Samaná", "incident", 7523086, **_SAMANA),
        A1("Caldas", "mention", (5.30, -75.30), "CO"),
        S("Florencia", "incident", (5.52, -75.05), country_code="CO", **_SAMANA),
        # Hospital town.
        S("Manizales", "mention", 3675443),
        # Two devices found and destroyed on 3 August on the path.
        S("San Diego", "minefield", (5.58, -74.93), country_code="CO", date="2023-08-03", prec=D, mines=2),
        S("Pensilvania", "incident", 3672521, date="2023-06-01", prec=M, injured=1),
        # 58 victims "between January and July": no split.
        C("Colombia", "incident", "CO", date="2023-01-01", prec=M),
        S("Norcasia", "mention", 3673811),
    ],
    "984_parliamentary_committee_report_lebanon_south_khiam_kfar_kila_naqoura_nabatieh_bint_jbeil_marjayoun.txt": [
        # 29 killed, 81 injured "between the ceasefire of 27 November 2024 and 31 May 2025".
        C("Lebanon", "incident", "LB", date="2024-11-27", prec=D, killed=29, injured=81),
        # Hearing on 24 June 2025; follow-up session in October.
        S("Beirut", "conference", 276781, date="2025-06-24", prec=D),
        S("Kfar Kila", "incident", 272849, date="2025-05-03", prec=D, killed=1),
        A2("Bint Jbeil", "clearance", 276592, "LB", **_LB_CLEAR),
        A2("Marjayoun", "clearance", 271226, "LB", **_LB_CLEAR),
        A2("Tyre", "clearance", 267008, "LB", **_LB_CLEAR),
        S("Khiam", "minefield", (33.33, 35.61), country_code="LB", date="2024-12-11", prec=D, mines=1140),
        S("Naqoura", "clearance", 278832, date="2025-04-01", prec=M),
        S("Nabatieh", "minefield", 278913),
        C("Israel", "mention", "IL"),
        C("Japan", "mention", "JP"),
        C("Netherlands", "mention", "NL"),
        S("Sidon", "mention", 268064),
    ],
    "985_statistical_brief_azerbaijan_2023_aghdam_fuzuli_horadiz_jabrayil_zangilan_gubadli_lachin_kalbajar_tartar.txt": [
        # 49 victims in 2023: 12 killed, 37 injured.
        C("Azerbaijan", "incident", "AZ", date="2023-01-01", prec=Y, killed=12, injured=37),
        R("Karabakh", "mention", (39.95, 46.85), "AZ"),
        R("East Zangezur", "mention", (39.40, 46.45), "AZ"),
        A2("Tartar district", "clearance", 584871, "AZ", variants=["Tartar"], **_AZ_2023, mines=2300),
        # Table rows, 2023: AP + AT + UXO.
        A2("Aghdam", "clearance", (40.02, 46.80), "AZ", **_AZ_2023, mines=4503),
        A2("Fuzuli", "incident", 148106, "AZ", variants=["Fuzuli district"], **_HORADIZ),
        A2("Jabrayil", "clearance", 148141, "AZ", **_AZ_2023, mines=2806),
        A2("Zangilan", "clearance", 146901, "AZ", **_AZ_2023, mines=1357),
        A2("Gubadli", "clearance", 147305, "AZ", **_AZ_2023, mines=1134),
        # Row; "most anti-personnel mines came from the high pastures".
        A2("Lachin", "clearance", 147625, "AZ", variants=["Lachin district"], **_AZ_2023, mines=1551),
        # "recorded the most incidents (nine)".
        A2("Kalbajar", "incident", 586268, "AZ", variants=["Kalbajar district"], **_AZ_2023),
        # 1,020 AP mines removed between April and September 2023.
        S("Aghdam city", "clearance", 148619, date="2023-04-01", prec=M, mines=1020),
        S("Horadiz", "incident", 148003, **_HORADIZ),
        # Review workshop still to come.
        S("Baku", "conference", 587084),
    ],
    "986_survey_methodology_note_south_sudan_magwi_kajo_keji_nimule_pageri_mugali_pajok_torit.txt": [
        # 23 SHAs "most of them in Magwi County" in the fieldwork period.
        A2("Magwi", "minefield", (3.95, 32.35), "SS", variants=["Magwi County"], **_SS_PERIOD),
        # Six suspected areas recorded there.
        A2("Kajo-Keji", "minefield", (3.85, 31.65), "SS", variants=["Kajo-Keji County"], **_SS_PERIOD),
        C("South Sudan", "mention", "SS"),
        A1("Eastern Equatoria", "mention", (4.50, 33.30), "SS", tolerance_km=LARGE),
        A1("Central Equatoria", "mention", (4.50, 31.00), "SS"),
        C("Uganda", "mention", "UG"),
        # Team base; areas recorded "along the old road north of Nimule".
        S("Nimule", "minefield", (3.60, 32.06), country_code="SS", **_SS_PERIOD),
        # Team base; a cow killed in late January.
        S("Pajok", "incident", 375495, date="2026-01-01", prec=M),
        S("Torit", "conference", 365742, date="2026-01-05", prec=D),
        S("Pageri", "minefield", (3.87, 32.05), country_code="SS", **_SS_PERIOD),
        S("Mugali", "incident", (3.72, 32.05), country_code="SS", date="2026-02-02", prec=D, injured=1),
        # Database office; presentation to partners still to come.
        S("Juba", "conference", 373303),
        C("Netherlands", "mention", "NL"),
    ],
    "987_lessons_learned_review_xieng_khouang_pek_kham_phaxay_ban_napia_plain_of_jars_muang_khoun_phonsavan.txt": [
        # "one of the provinces of the Lao PDR most contaminated": undated.
        A1("Xieng Khouang province", "minefield", (19.50, 103.30), "LA", variants=["Xieng Khouang"]),
        C("Lao PDR", "minefield", "LA"),
        # April 2019 - September 2023; 21,356 items (next sentence).
        A2("Pek", "clearance", (19.45, 103.20), "LA", **_XK_PROJECT),
        A2("Kham", "clearance", (19.65, 103.55), "LA", **_XK_PROJECT),
        A2("Phaxay", "clearance", (19.25, 103.08), "LA", **_XK_PROJECT),
        C("United States", "mention", "US", tolerance_km=1500),
        S("Ban Napia", "incident", (19.39, 103.12), country_code="LA", date="2021-03-01", prec=M, killed=2),
        F("Plain of Jars", "clearance", (19.43, 103.15), "LA", date="2020-01-01", prec=Y),
        # 312 items reported by villagers and destroyed, 2019-2023.
        S("Muang Khoun", "minefield", (19.33, 103.37), country_code="LA", date="2019-01-01", prec=Y, mines=312),
        S("Phonsavan", "conference", 1655123, date="2023-11-07", prec=D),
        S("Vientiane", "conference", 1651944),
    ],
    "988_research_article_iraq_nineveh_returns_sinjar_sinuni_al_hamdaniya_bashiqa_al_baaj_erbil.txt": [
        # Title "return to Sinjar"; 30 accidents since 2017, 16 killed, 34 injured.
        A2("Sinjar", "incident", 448149, "IQ", variants=["Sinjar district"], **_SINJAR, killed=16, injured=34),
        R("Nineveh Plains", "mention", (36.40, 43.30), "IQ"),
        A1("Nineveh governorate", "mention", (36.30, 42.60), "IQ"),
        R("Kurdistan Region", "mention", (36.40, 44.00), "IQ", tolerance_km=LARGE),
        A2("Al-Hamdaniya", "mention", 92430, "IQ"),
        S("Mosul", "mention", 99072),
        # "most of them on farmland north of Mount Sinjar".
        F("Mount Sinjar", "incident", (36.37, 41.75), "IQ", tolerance_km=LINEAR, **_SINJAR),
        # Suspected items known to households (survey period).
        S("Sinuni", "minefield", (36.47, 41.93), country_code="IQ", date="2024-10-01", prec=M),
        S("Bashiqa", "clearance", (36.45, 43.35), country_code="IQ", date="2022-01-01", prec=Y),
        S("Al-Ba'aj", "clearance", 99524, date="2024-01-01", prec=Y, mines=212),
        S("Erbil", "conference", 95446, date="2025-05-14", prec=D),
        C("Iraq", "mention", "IQ"),
    ],
    "989_research_summary_kashmir_mine_injuries_poonch_rajouri_mendhar_krishna_ghati_balnoi_nowshera_uri.txt": [
        # "some of the highest rates of landmine injury in India": undated.
        A1("Jammu and Kashmir", "incident", (33.70, 74.90), "IN", tolerance_km=LARGE),
        C("India", "incident", "IN"),
        # 412 injured over January 2000 - December 2021, 96 of whom died.
        A2("Poonch district", "incident", 1167718, "IN", **_LOC_STUDY, **_LOC_COUNTS),
        A2("Rajouri district", "incident", (33.30, 74.30), "IN", **_LOC_STUDY, **_LOC_COUNTS),
        # Mines laid during the standoff of 2001-2002.
        F("Line of Control", "minefield", (33.60, 74.10), "IN", tolerance_km=LINEAR, date="2001-01-01", prec=Y),
        # Hospital towns.
        S("Jammu", "mention", 1269321),
        S("Rajouri", "mention", 1258891),
        # "Most civilian injuries occurred in the Mendhar and Krishna Ghati areas, notably around ... Balnoi".
        S("Mendhar", "incident", (33.60, 74.13), country_code="IN", **_LOC_STUDY),
        R("Krishna Ghati", "incident", (33.58, 74.15), "IN", **_LOC_STUDY),
        S("Balnoi", "incident", (33.63, 74.10), country_code="IN", **_LOC_STUDY),
        # 58 casualties between 2005 and 2020: combined.
        S("Uri", "incident", 1253694, **_URI),
        R("Kashmir valley", "incident", (34.10, 74.60), "IN", **_URI),
        # Two porters admitted in January 2023.
        S("Nowshera", "incident", 1261675, date="2023-01-01", prec=M, injured=2),
        S("Srinagar", "conference", 1255634, date="2022-10-01", prec=M),
    ],
    "990_technical_forum_proceedings_libya_tunis_tripoli_ain_zara_qasr_bin_ghashir_sirte_derna_benghazi_misrata.txt": [
        S("Tunis", "conference", 2464470, date="2024-11-26", prec=D),
        # 41 casualties between January and October 2024, 17 fatal.
        C("Libya", "incident", "LY", date="2024-01-01", prec=M, killed=17, injured=24),
        # Reference "south of Tripoli"; the next forum there.
        S("Tripoli", "conference", 2210247),
        # The device found in a kitchen in October, defused the same day.
        S("Ain Zara", "minefield", (32.80, 13.26), country_code="LY", date="2024-10-01", prec=M, mines=1),
        S("Qasr bin Ghashir", "clearance", 2213618, **_QBG),
        S("Sirte", "minefield", 2210554, date="2024-01-01", prec=Y, mines=146),
        S("Derna", "minefield", 87205, **_DERNA),
        F("Wadi Derna", "minefield", (32.74, 22.62), "LY", **_DERNA),
        S("Benghazi", "incident", 88319, **_SABRI),
        S("Sabri", "incident", (32.12, 20.08), country_code="LY", **_SABRI),
        S("Misrata", "conference", 2214846, date="2024-10-01", prec=M),
        C("Germany", "mention", "DE"),
        C("United Kingdom", "mention", "GB"),
    ],
    "991_provincial_council_minutes_quang_binh_dong_hoi_le_thuy_bo_trach_hoan_lao_quang_ninh_phong_nha_ke_bang.txt": [
        S("Dong Hoi", "conference", 1582886, date="2024-05-14", prec=D),
        # Four accidents in 2023: three killed, two injured.
        A1("Quang Binh", "incident", (17.50, 106.30), "VN", variants=["Quang Binh province"], date="2023-01-01", prec=Y, killed=3, injured=2),
        C("Vietnam", "minefield", "VN"),
        # January-April 2024: 1,012 items destroyed.
        A2("Quang Ninh district", "clearance", (17.30, 106.55), "VN", date="2024-01-01", prec=M, mines=1012),
        S("Hoan Lao", "minefield", 1587406, **_HOAN_LAO),
        A2("Bo Trach district", "minefield", (17.55, 106.30), "VN", variants=["Bo Trach"], **_HOAN_LAO),
        A2("Le Thuy district", "incident", (17.15, 106.70), "VN", date="2024-03-02", prec=D, killed=1),
        A2("Tuyen Hoa district", "mention", (17.85, 106.05), "VN"),
        F("Phong Nha-Ke Bang National Park", "minefield", (17.55, 106.20), "VN", date="2023-01-01", prec=Y, mines=27),
        S("Ba Don", "mention", 1568737),
        S("Hanoi", "conference", 1581130),
    ],
}
