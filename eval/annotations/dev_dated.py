"""More development articles (eval/dev 485-496), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: date-rich reporting. Each article tells several events on different days and
states their dates in many forms, relative to the publication date and to each other:
a wire follow-up (Kharkiv region), a court report (Sisak), an anniversary feature
(Sri Lanka), a weekly round-up across four countries (Myanmar, Yemen, Mali,
Colombia), an NGO quarterly newsletter (Laos), a municipal news page (Zavidovići), a
police weekly log (Tavush), a ministry's monthly summary (Azerbaijan), a long feature
with a timeline paragraph (Sinjar), a TV news transcript (south Lebanon), a local
radio bulletin (Mudug) and a donor update (Angola, Zimbabwe). Background dates that
are not the event (the end of a war, a law, an indictment, a report's publication, a
family's return, a treaty accession) and follow-ups on other days (a death in
hospital, a removal or a survey the next day) are there on purpose.

Annotation decisions where the rules are silent:
- The event date is the day of the blast, find, clearance or meeting, never the day
  it was reported ("the mission said in a statement on Tuesday"), a follow-up (a
  victim dying in hospital a week later, a body recovered "the next day", a road
  reopened "the following day", a survey "two days after the accident") or a
  background date in the same paragraph.
- A victim who died later of the wounds counts as killed, not injured: the Verbivka
  tractor blast killed two (the driver at once, his colleague in hospital six days
  later) and keeps the blast's day, 8 August.
- Mines found on Monday and removed "the following day" make a minefield dated the
  Monday (the role's event), with the found count; "completed the clearance ... on
  Tuesday, removing 22 anti-personnel mines and a mortar round" after work that
  "began in the spring" is clearance dated the Tuesday (the completion that the
  sentence reports), mines 23.
- "Clearance of the minefield north of Cuito Cuanavale was completed on 11
  December ... with 1,207 anti-personnel mines destroyed there" is clearance (the
  minefield is what was cleared), dated the completion day, for the town that is its
  only named place.
- Items residents "handed over" on a logged day after finding them at an unstated
  time (Chinchin) are a minefield dated the log entry's day, with the items counted.
- "The day before the ceremony" counts from the ceremony's Thursday; "the next day"
  and "two days later" from the event told just before; "on the 12th" in a monthly
  summary of October is 12 October.
- "A week ago" is month precision, as in dev_more4; in the TV transcript of
  6 February it is the month of 30 January (January).
- "Over the weekend" is its Saturday (day), as in dev_local; "on the night of 14 to
  15 March" is the 14th; "between 31 May and 6 June" and "between 1 October and
  31 December" are day precision on their first day; "between January and March"
  and "during the quarter" are January (month); "in mid-March", "last month",
  "earlier this month" are month; "in the spring", "last year", "so far this year"
  are year.
- A contamination figure "at the start of this year" or "at the end of last year"
  (area or number of minefields, no mines) makes a minefield with that month;
  "mines still turn up" in a region (Banovina) is a minefield without a date.
- A running total keeps its "since" ("since the ceasefire took effect on 27
  November" is that day; "since November 2020" is that month; "since 2002" is that
  year). A weekly figure and a running total were written in separate sentences so
  that one sentence never holds two counts for one place.
- A court hearing, a trial and the prosecutors' seat are not meetings: the court town
  (Sisak) is a mention. A regional coordination meeting, a training course and a
  donors' meeting give conference to the town that held them.
- In the weekly round-up, country headings (MYANMAR, YEMEN...) are the same entry as
  the country named in the section's body, whose sentences give the role; an
  aggregate "recorded more mine casualties than any other country last year" or
  "39 military and civilian mine victims so far this year" is incident with year
  precision and no counts.
- In the feature's timeline, a dated line is an ordinary sentence: "June 2023: two
  brothers are killed when a booby-trapped door explodes in a house in Kocho" is an
  incident (month), while "Islamic State overruns Sinjar" states no mine event.
- A bomb found by a returnee in his own well ("came back to Hardan in April ... he
  found a bomb in the family well") is a minefield with one item, dated April.
- A radio station's name ("Radio Mudug") holds no place; the region counts from
  the body. A studio city, a correspondent's location, a hospital town and a
  distance reference ("50 kilometres north of Galkayo") are mentions; schools to be
  visited by risk education teams next week are mentions.
- Title forms: a bare province name in a title ("Xieng Khouang, Houaphanh and
  Savannakhet programmes") is the first written form of the province entry, its
  "... province" spelling a variant; two districts sharing one generic word ("Sepon
  and Nong districts") are entries named "Sepon" and "Nong".
- A river or range named in a clearance sentence and again in the municipality's
  suspected-hazard sentence (Ozren, the Bosna) takes the minefield and its date.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "485_verbivka_tractor_second_death_balakliia_izium_savyntsi.txt": [
        # The blast of 8 August (the second death on Wednesday is its follow-up).
        S("Verbivka", "incident", 689969, date="2024-08-08", prec=D, killed=2),
        A1(
            "Kharkiv region",
            "incident",
            (49.60, 36.60),
            "UA",
            date="2024-08-08",
            prec=D,
            killed=2,
        ),
        # Dateline and hospital town.
        S("Kharkiv", "mention", 706483),
        # A distance reference in the blast sentence; the road mines on Monday.
        S("Balakliia", "minefield", 712926, date="2024-08-12", prec=D, mines=3),
        F("Oskil", "mention", (49.40, 37.60), "UA", tolerance_km=LINEAR),
        # "The next day" after 8 August.
        S("Izium", "incident", 707292, date="2024-08-09", prec=D, injured=1),
        S("Shevchenkove", "minefield", 694137, date="2024-08-12", prec=D, mines=3),
        S("Savyntsi", "clearance", 694752, date="2024-08-01", prec=M, mines=126),
        S("Kyiv", "conference", 703448, date="2024-08-13", prec=D),
        # More than 280 killed or injured since January: no split.
        C("Ukraine", "incident", "UA", date="2024-01-01", prec=M),
    ],
    "486_sisak_trial_kinjacka_deminer_death_sunja_bobovac.txt": [
        S(
            "Kinjačka",
            "incident",
            (45.34, 16.58),
            country_code="HR",
            date="2022-04-27",
            prec=D,
            killed=1,
            injured=1,
        ),
        # The court, the prosecutors: a mention.
        S("Sisak", "mention", 3190813),
        S("Novi Grad", "mention", 3203647),
        C("Bosnia and Herzegovina", "mention", "BA"),
        A2(
            "Sunja",
            "incident",
            3189498,
            "HR",
            date="2022-04-27",
            prec=D,
            killed=1,
            injured=1,
        ),
        S("Petrinja", "mention", 3193420),
        # "Where mines still turn up near villages": no date.
        R("Banovina", "minefield", (45.30, 16.30), "HR"),
        # Last Friday before Thursday 24 October; found and destroyed on the spot.
        S(
            "Bobovac",
            "minefield",
            (45.40, 16.50),
            country_code="HR",
            date="2024-10-18",
            prec=D,
            mines=1,
        ),
        C("Croatia", "minefield", "HR", date="2024-01-01", prec=M),
        A1(
            "Lika-Senj County",
            "minefield",
            (44.70, 15.30),
            "HR",
            date="2024-01-01",
            prec=M,
        ),
        A1(
            "Karlovac County",
            "minefield",
            (45.35, 15.50),
            "HR",
            date="2024-01-01",
            prec=M,
        ),
        A1(
            "Sisak-Moslavina County",
            "minefield",
            (45.40, 16.40),
            "HR",
            date="2024-01-01",
            prec=M,
        ),
    ],
    "487_sri_lanka_fifteen_years_muhamalai_kilinochchi_pallai_nagarkovil.txt": [
        S(
            "Muhamalai",
            "clearance",
            (9.63, 80.28),
            country_code="LK",
            date="2024-01-01",
            prec=M,
            mines=1840,
        ),
        # Where the war ended on 18 May 2009: background, not a mine event.
        S("Mullivaikkal", "mention", (9.30, 80.78), country_code="LK"),
        F("Jaffna peninsula", "mention", (9.68, 80.10), "LK", tolerance_km=LINEAR),
        S("Kilinochchi", "conference", 1240372, date="2024-05-16", prec=D),
        S(
            "Pallai",
            "clearance",
            (9.60, 80.33),
            country_code="LK",
            date="2024-04-01",
            prec=M,
        ),
        # "The day before the ceremony" (Thursday 16 May).
        S(
            "Eluthumaduval",
            "clearance",
            (9.64, 80.23),
            country_code="LK",
            date="2024-05-15",
            prec=D,
            mines=23,
        ),
        S(
            "Nagarkovil",
            "incident",
            (9.71, 80.29),
            country_code="LK",
            date="2024-04-01",
            prec=M,
            injured=1,
        ),
        A2(
            "Mullaitivu district", "minefield", 1234393, "LK", date="2024-03-01", prec=M
        ),
        C("Sri Lanka", "clearance", "LK", date="2002-01-01", prec=Y, mines=860000),
    ],
    "488_weekly_roundup_shan_hsipaw_yemen_taiz_mali_bandiagara_cauca.txt": [
        A1(
            "Shan State",
            "incident",
            (21.50, 97.80),
            "MM",
            date="2025-06-03",
            prec=D,
            killed=3,
            tolerance_km=LARGE,
        ),
        S(
            "Hsipaw",
            "incident",
            (22.62, 97.30),
            country_code="MM",
            date="2025-06-03",
            prec=D,
            killed=3,
        ),
        # "Two days later" than 3 June.
        S("Kyaukme", "incident", 1316943, date="2025-06-05", prec=D, injured=1),
        C("Myanmar", "incident", "MM", date="2024-01-01", prec=Y),
        C("Yemen", "clearance", "YE", date="2025-05-31", prec=D, mines=1127),
        S("Taiz", "incident", 70225, date="2025-06-07", prec=D, killed=1),
        S(
            "Bandiagara",
            "incident",
            2460489,
            date="2025-06-04",
            prec=D,
            killed=5,
            injured=12,
        ),
        S(
            "Bankass",
            "incident",
            2460401,
            date="2025-06-04",
            prec=D,
            killed=5,
            injured=12,
        ),
        C("Mali", "incident", "ML", date="2025-06-04", prec=D, killed=5, injured=12),
        # Last Tuesday before Monday 9 June.
        S("Argelia", "incident", 3689615, date="2025-06-03", prec=D, injured=1),
        A1(
            "Cauca",
            "incident",
            (2.50, -76.80),
            "CO",
            date="2025-06-03",
            prec=D,
            injured=1,
        ),
        C("Colombia", "incident", "CO", date="2025-01-01", prec=Y),
    ],
    "489_laos_quarterly_xieng_khouang_phonsavan_houaphanh_sepon_nong.txt": [
        C("Laos", "clearance", "LA", date="2024-01-01", prec=Y, mines=11000),
        A1(
            "Xieng Khouang",
            "clearance",
            (19.50, 103.30),
            "LA",
            variants=["Xieng Khouang province"],
            date="2025-01-01",
            prec=M,
            mines=3412,
        ),
        A1(
            "Houaphanh",
            "minefield",
            (20.30, 104.00),
            "LA",
            variants=["Houaphanh province"],
            date="2025-01-01",
            prec=M,
        ),
        A1(
            "Savannakhet",
            "clearance",
            (16.50, 105.50),
            "LA",
            variants=["Savannakhet province"],
            date="2025-01-01",
            prec=M,
            mines=418,
        ),
        A2("Sepon", "clearance", 1655076, "LA", date="2025-01-01", prec=M, mines=418),
        A2(
            "Nong",
            "clearance",
            (16.30, 106.50),
            "LA",
            date="2025-01-01",
            prec=M,
            mines=418,
        ),
        S("Phonsavan", "incident", 1655123, date="2025-03-01", prec=M, killed=1),
        S("Vientiane", "conference", 1651944, date="2025-02-10", prec=D),
        # Donors.
        C("Japan", "mention", "JP"),
        C("Germany", "mention", "DE"),
    ],
    "490_zavidovici_news_vozuca_clearance_gostovici_krivaja_shell.txt": [
        # The shell found in the centre of Zavidovići on Friday.
        S("Zavidovići", "minefield", 3186717, date="2024-11-01", prec=D, mines=1),
        S("Vozuća", "clearance", 3187393, date="2024-11-05", prec=D, mines=23),
        # Clearance sentence, then the suspected hazardous area at the end of 2023.
        F(
            "Ozren",
            "minefield",
            (44.55, 18.25),
            "BA",
            date="2023-12-01",
            prec=M,
            tolerance_km=LINEAR,
        ),
        S("Tuzla", "mention", 3188582),
        # Last Sunday before Wednesday 6 November.
        S("Gostovići", "incident", 3199862, date="2024-11-03", prec=D, injured=1),
        S("Zenica", "mention", 3186573),
        F(
            "Krivaja",
            "minefield",
            (44.45, 18.17),
            "BA",
            date="2024-11-01",
            prec=D,
            mines=1,
            tolerance_km=LINEAR,
        ),
        S("Žepče", "conference", 3186567, date="2024-10-24", prec=D),
        A1("Zenica-Doboj Canton", "mention", (44.40, 18.00), "BA"),
        F(
            "Bosna",
            "minefield",
            (44.55, 18.05),
            "BA",
            date="2023-12-01",
            prec=M,
            tolerance_km=LINEAR,
        ),
        # A clearance deadline.
        C("Bosnia and Herzegovina", "mention", "BA"),
    ],
    "491_tavush_police_blotter_voskepar_shepherd_koti_cow_chinchin_grenades.txt": [
        A1(
            "Tavush",
            "incident",
            (40.95, 45.15),
            "AM",
            date="2025-01-01",
            prec=M,
            injured=2,
        ),
        # The 16 March blast; the road clearance of 10-14 March is lower.
        S("Voskepar", "incident", 616074, date="2025-03-16", prec=D, injured=1),
        S("Ijevan", "mention", 616627),
        # A cow killed on the night of 14 to 15 March: no count.
        S("Koti", "incident", 616519, date="2025-03-14", prec=D),
        S(
            "Chinchin",
            "minefield",
            (40.94, 45.36),
            country_code="AM",
            date="2025-03-17",
            prec=D,
            mines=5,
        ),
        # The police station the items were handed to.
        S("Berd", "mention", 616802),
        S("Baghanis", "clearance", 616829, date="2025-03-10", prec=D, mines=11),
        C("Armenia", "incident", "AM", date="2025-01-01", prec=M, injured=2),
        C("Azerbaijan", "mention", "AZ"),
    ],
    "492_anama_october_summary_karabakh_horadiz_shepherd_lachin_soldiers_baku.txt": [
        # Press-release seat and the conference of 22 and 23 October.
        S("Baku", "conference", 587084, date="2024-10-22", prec=D),
        # 611 + 197 + 3,498 neutralised in October.
        R(
            "Karabakh",
            "clearance",
            (39.90, 46.80),
            "AZ",
            date="2024-10-01",
            prec=M,
            mines=4306,
        ),
        R(
            "East Zangezur",
            "clearance",
            (39.50, 46.40),
            "AZ",
            date="2024-10-01",
            prec=M,
            mines=4306,
        ),
        S("Aghdam", "incident", 148619, date="2024-10-09", prec=D, injured=1),
        S("Barda", "mention", 587057),
        # "On the 12th" of October; the body recovered the next day.
        S("Horadiz", "incident", 148003, date="2024-10-12", prec=D, killed=1),
        A2(
            "Fuzuli district",
            "incident",
            148106,
            "AZ",
            date="2024-10-12",
            prec=D,
            killed=1,
        ),
        A2(
            "Lachin district",
            "incident",
            147625,
            "AZ",
            date="2024-10-20",
            prec=D,
            injured=2,
        ),
        S("Kalbajar", "incident", 586268, date="2024-10-28", prec=D, injured=1),
        A2(
            "Jabrayil district",
            "clearance",
            148141,
            "AZ",
            date="2024-09-01",
            prec=M,
            mines=1044,
        ),
        S("Shusha", "conference", 147105, date="2024-10-30", prec=D),
        # 384 killed or injured since November 2020: no split.
        C("Azerbaijan", "incident", "AZ", date="2020-11-01", prec=M),
    ],
    "493_sinjar_feature_timeline_hardan_well_kocho_tel_qasab_boy.txt": [
        S("Sinjar", "clearance", 448149, date="2024-01-01", prec=M, mines=640),
        S(
            "Hardan",
            "minefield",
            (36.47, 41.95),
            country_code="IQ",
            date="2024-04-01",
            prec=M,
            mines=1,
        ),
        S("Duhok", "mention", 96994),
        # Sunday before Thursday 12 September.
        S(
            "Tel Qasab",
            "incident",
            (36.22, 41.69),
            country_code="IQ",
            date="2024-09-08",
            prec=D,
            injured=1,
        ),
        F("Mount Sinjar", "mention", (36.37, 41.75), "IQ", tolerance_km=LINEAR),
        # The timeline's June 2023 line.
        S(
            "Kocho",
            "incident",
            (36.21, 41.83),
            country_code="IQ",
            date="2023-06-01",
            prec=M,
            killed=2,
        ),
        S("Baghdad", "mention", 98182),
        S("Erbil", "mention", 95446),
        A1(
            "Nineveh province",
            "incident",
            (36.00, 42.50),
            "IQ",
            date="2023-01-01",
            prec=Y,
        ),
        C("Iraq", "incident", "IQ", date="2023-01-01", prec=Y),
    ],
    "494_tv_transcript_south_lebanon_aitaroun_brothers_khiam_bulldozer_naqoura.txt": [
        S("Beirut", "mention", 276781),
        # "In southern Lebanon, two brothers ... were wounded this afternoon".
        C("Lebanon", "incident", "LB", date="2025-02-06", prec=D, injured=2),
        S(
            "Aitaroun",
            "incident",
            (33.117, 35.467),
            country_code="LB",
            date="2025-02-06",
            prec=D,
            injured=2,
        ),
        A2(
            "Bint Jbeil district",
            "incident",
            276592,
            "LB",
            date="2025-02-06",
            prec=D,
            injured=2,
        ),
        # Correspondent's location; hospital town.
        S("Marjayoun", "mention", 271226),
        S("Tyre", "mention", 267008),
        # "A week ago" on 6 February: 30 January, month precision.
        S(
            "Khiam",
            "incident",
            (33.33, 35.61),
            country_code="LB",
            date="2025-01-30",
            prec=M,
            injured=1,
        ),
        # "Over the weekend" (Saturday 1 February), said on Tuesday.
        S("Naqoura", "clearance", 278832, date="2025-02-01", prec=D, mines=14),
        F(
            "Litani River",
            "clearance",
            (33.30, 35.40),
            "LB",
            date="2024-11-27",
            prec=D,
            mines=1100,
            tolerance_km=LINEAR,
        ),
        C("Israel", "mention", "IL"),
    ],
    "495_galkayo_radio_bacaadweyn_children_shell_galdogob_police_mudug_nugaal.txt": [
        # Studio, distance reference, hospital.
        S("Galkayo", "mention", 59611),
        S(
            "Bacaadweyn",
            "incident",
            (7.19, 47.58),
            country_code="SO",
            date="2025-07-16",
            prec=D,
            killed=2,
            injured=3,
        ),
        S(
            "Galdogob",
            "incident",
            (7.02, 46.97),
            country_code="SO",
            date="2025-07-05",
            prec=D,
            injured=2,
        ),
        A1(
            "Mudug",
            "clearance",
            (6.60, 47.60),
            "SO",
            date="2025-06-01",
            prec=M,
            mines=230,
            tolerance_km=LARGE,
        ),
        A1(
            "Nugaal",
            "clearance",
            (8.30, 48.60),
            "SO",
            date="2025-06-01",
            prec=M,
            mines=230,
        ),
        # A training course "in the spring".
        S("Garowe", "conference", 58933, date="2025-01-01", prec=Y),
        C("Ethiopia", "mention", "ET"),
        C("Somalia", "mention", "SO"),
        # Risk education visits next week.
        S("Hobyo", "mention", 57000),
        S("Harardhere", "mention", 50064),
    ],
    "496_donor_update_cuito_cuanavale_mavinga_mukumbura_nyamapanda.txt": [
        C("United Kingdom", "mention", "GB"),
        # 370 minefields recorded at the end of last year.
        C("Angola", "minefield", "AO", date="2024-12-01", prec=M),
        S(
            "Cuito Cuanavale",
            "clearance",
            3349149,
            date="2024-12-11",
            prec=D,
            mines=1207,
        ),
        A1(
            "Cuando Cubango",
            "minefield",
            (-16.00, 19.50),
            "AO",
            date="2024-12-01",
            prec=M,
            tolerance_km=LARGE,
        ),
        S("Mavinga", "incident", 876019, date="2025-01-03", prec=D, injured=1),
        S("Menongue", "mention", 3347353),
        S("Luanda", "conference", 2240449, date="2025-01-14", prec=D),
        C("Zimbabwe", "clearance", "ZW", date="2024-10-01", prec=D, mines=3118),
        A1(
            "Mashonaland Central",
            "clearance",
            (-16.80, 31.30),
            "ZW",
            date="2024-10-01",
            prec=D,
            mines=3118,
        ),
        S(
            "Mukumbura",
            "clearance",
            (-16.20, 31.70),
            country_code="ZW",
            date="2024-10-01",
            prec=D,
            mines=3118,
        ),
        S(
            "Nyamapanda",
            "incident",
            (-16.95, 32.86),
            country_code="ZW",
            date="2024-12-25",
            prec=D,
            injured=1,
        ),
        A1(
            "Mashonaland East",
            "incident",
            (-17.80, 32.00),
            "ZW",
            date="2024-12-25",
            prec=D,
            injured=1,
        ),
    ],
}
