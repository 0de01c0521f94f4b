"""More development articles (eval/dev 650-661), annotated like those in dev.py.

Event-dense news: each article reports three to six separate events at different
places and on different dates (a blast yesterday, a find last week, a clearance
finished in March, an older accident recalled, a meeting still to come), with
counts for several of them, in twelve kinds of writing and twelve countries: a
wire story (Chernihiv region, Ukraine), a local newspaper page (Tuzla Canton,
Bosnia and Herzegovina), a weekly update (Salahuddin and Diyala, Iraq), a feature
(Oddar Meanchey, Cambodia), a radio news script (Nariño, Colombia), an editorial
(Azerbaijan), a court-and-police page (Zadar County, Croatia), an analysis
(Syria), an NGO press release (Xieng Khouang, Laos), a TV news transcript
(Helmand and Kandahar, Afghanistan), a monthly digest (Northern Province, Sri
Lanka) and a numbered statement (Libya). Date forms: "on Wednesday", "two weeks
ago", "at the weekend", "the day before, on Wednesday", "on the night of 3 to 4
August", "on the 9th", "last Tuesday", "earlier this month", "in late 2022", "the
autumn of 2021", "a week after the first blast", "in the first week of March",
"in the last months of that year". Count forms: "a pair of brothers", "killing
the driver and injuring his two passengers", "five passengers were wounded and
three of them died later in hospital", "the dead included two children", "a
12-year-old boy was wounded", "more than 40 mines", "dozens" (no count).

Decisions where the rules are silent (the earlier batches' conventions are kept:
"two weeks ago" is month precision, "at the weekend" is its Saturday, a night
spanning two dates is its first day, "in late 2022" is year precision, a meeting
still to come is a conference with no date, a victim who died later is killed):
- "Three of them died later in hospital" out of five wounded: killed 3, injured 2.
- "The dead included two children" next to "Four people have been killed": killed
  4; the children are part of the four, not added.
- "A week after the first blast" counts from the day the statement gave for that
  blast (12 June -> 19 June, day precision).
- "The day before, on Wednesday" after "yesterday" (Thursday): Wednesday, day.
- "In the first week of March" and "in the last months of that year" are month
  and year precision; "since the war of autumn 2020 ended" (a running victim
  total) is year precision, as only the season and year are stated.
- "The autumn of 2021" is year precision (a season, like "last summer").
- "In southern Tripoli" is part of Tripoli: the city named in the Ain Zara blast's
  sentence takes the incident and its facts, like a village's district.
- Bare province names in a title ("Salahuddin and Diyala", "in Xieng Khouang")
  are the first written form of the province entry, "... province" a variant.
  Tuzla (hospital town) and Tuzla Canton, Zadar (hospital and court town) and
  Zadar County, Kalbajar (town) and "Kalbajar district", Kilinochchi (town) and
  "Kilinochchi district", Chernihiv (city) with "Chernihiv district" and
  "Chernihiv region" are separate entries. Iraq's Salahuddin province and
  Tripoli's Salahuddin (Libya) are namesakes in different articles.
- A handover of cleared land at a ceremony whose land is not placed (deeds given
  at a ceremony in Kilinochchi) is clearance for the ceremony town, its only named
  place, dated the ceremony.
- "Russian troops dug in around the village during their advance on Kyiv ...
  leaving mines": Kyiv is the advance's goal, not where mines were left; it keeps
  the conference of the donor meeting to come.
- A mountain (Majevica) or escarpment (Dangrek) whose slopes hold a blast takes
  the incident, with its facts, beside the village named; the Galeras volcano
  named only to locate a municipality is a mention.
- Families "who returned to Lachin last year ask every week when their pastures
  will be next": no mines stated there, a mention.
- A survey beginning in villages "where returnees suspect that mines were laid"
  (Samarra district) is a minefield dated the survey's first day.
- An item handed in under a weapons amnesty and destroyed at a quarry near a
  village (Polača) is clearance with the items counted (no find is told there).
- A stash police found in a barn (Srb) is a minefield dated the find ("last
  February"), not the court's sentencing day; the court town and the convicted
  man's home town are mentions, as in dev_dated.
- Attendees' origin ("women from villages around the Plain of Jars"), donors
  (Australia, Japan), a reporter's or studio town and risk-education schools
  (Yahidne, Khanaqin, Tell Rifaat, Benghazi) are mentions.
- "More than 40", "more than 360", "more than 12,000" count as stated where the
  figure is killed, injured or mines; combined "killed or injured" and "victims"
  totals give incident with no count.
"""

# ruff: noqa: E501  (article file names and quoted lines are kept whole)

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "650_chernihiv_kolychivka_tractor_ivanivka_ripky_horodnia.txt": [
        # Dateline; the regional hospital.
        S("Chernihiv", "mention", 710735),
        C("Ukraine", "mention", "UA"),
        # Wednesday 16 April: farmer killed by an anti-tank mine.
        S("Kolychivka", "incident", 705275, date="2025-04-16", prec=D, killed=1),
        A1(
            "Chernihiv region",
            "incident",
            (51.5, 32.0),
            "UA",
            date="2025-04-16",
            prec=D,
            killed=1,
        ),
        # The advance on Kyiv (background); donors' meeting next month.
        S("Kyiv", "conference", 703448),
        # "Two weeks ago": a pair of brothers wounded.
        S("Ivanivka", "incident", 707364, date="2025-04-01", prec=M, injured=2),
        A2(
            "Chernihiv district",
            "incident",
            (51.4, 31.2),
            "UA",
            date="2025-04-01",
            prec=M,
            injured=2,
        ),
        # March: 312 items removed.
        S("Ripky", "clearance", 695653, date="2025-03-01", prec=M, mines=312),
        C("Belarus", "mention", "BY"),
        # At the weekend (Saturday 12 April): 140 hectares handed back.
        S("Horodnia", "clearance", 708320, date="2025-04-12", prec=D),
        # August 2022: the driver killed, his two passengers injured.
        S(
            "Novyi Bykiv",
            "incident",
            698950,
            date="2022-08-01",
            prec=M,
            killed=1,
            injured=2,
        ),
        # Risk lesson.
        S("Yahidne", "mention", (51.39, 31.27), country_code="UA"),
    ],
    "651_majevica_memici_kalesija_sapna_teocak_tuzla_canton.txt": [
        # Tuesday 4 June: woodcutter injured on the slopes above Memići.
        F(
            "Majevica",
            "incident",
            (44.58, 18.90),
            "BA",
            tolerance_km=LINEAR,
            date="2024-06-04",
            prec=D,
            injured=1,
        ),
        S(
            "Memići",
            "incident",
            (44.428, 18.877),
            country_code="BA",
            date="2024-06-04",
            prec=D,
            injured=1,
        ),
        # Reference town; hospital town.
        S("Kalesija", "mention", 3198459),
        S("Tuzla", "mention", 3188582),
        # "Earlier this month": 17 AP + 2 AT mines removed.
        S("Sapna", "clearance", 3191287, date="2024-06-01", prec=M, mines=19),
        # 28 May: two grenades found.
        S("Teočak", "minefield", 3197138, date="2024-05-28", prec=D, mines=2),
        # Autumn 2021: mushroom picker killed.
        S("Kladanj", "incident", 3198126, date="2021-01-01", prec=Y, killed=1),
        # Suspected area "at the start of this year".
        A1(
            "Tuzla Canton", "minefield", (44.45, 18.70), "BA", date="2024-01-01", prec=M
        ),
        # Mayors' meeting on 20 June, still to come.
        S("Živinice", "conference", 3186423),
        # Treaty deadline.
        C("Bosnia and Herzegovina", "mention", "BA"),
    ],
    "652_iraq_weekly_salahuddin_al_alam_shirqat_jalawla_diyala_tikrit.txt": [
        C("Iraq", "mention", "IQ"),
        # Monday 9 October: shepherd killed, his son wounded.
        A1(
            "Salahuddin",
            "incident",
            (34.6, 43.7),
            "IQ",
            variants=["Salahuddin province"],
            date="2023-10-09",
            prec=D,
            killed=1,
            injured=1,
        ),
        S(
            "Al-Alam",
            "incident",
            6871926,
            date="2023-10-09",
            prec=D,
            killed=1,
            injured=1,
        ),
        # Hospital town; the coordination meeting on Sunday 8 October.
        S("Tikrit", "conference", 90150, date="2023-10-08", prec=D),
        # 5 October: 11 shells reported.
        S("Al-Shirqat", "minefield", 91057, date="2023-10-05", prec=D, mines=11),
        # Saturday 7 - Tuesday 10 October: 64 items destroyed.
        S(
            "Jalawla",
            "clearance",
            (34.273, 45.163),
            country_code="IQ",
            date="2023-10-07",
            prec=D,
            mines=64,
        ),
        A1(
            "Diyala",
            "clearance",
            (33.9, 45.0),
            "IQ",
            variants=["Diyala province"],
            date="2023-10-07",
            prec=D,
            mines=64,
        ),
        # Survey began Wednesday 11 October where mines are suspected.
        A2("Samarra district", "minefield", 91597, "IQ", date="2023-10-11", prec=D),
        # March: five soldiers killed north of Baiji.
        S("Baiji", "incident", 97783, date="2023-03-01", prec=M, killed=5),
        # Risk education next week.
        S("Khanaqin", "mention", 94591),
    ],
    "653_feature_anlong_veng_dangrek_trapeang_prasat_ou_smach_banteay_ampil.txt": [
        # Late 2022: the husband lost both legs on the escarpment's slopes.
        F(
            "Dangrek escarpment",
            "incident",
            (14.38, 104.05),
            "KH",
            tolerance_km=LINEAR,
            date="2022-01-01",
            prec=Y,
            injured=1,
        ),
        # Dateline and distance reference.
        S("Anlong Veng", "mention", 1831898),
        C("Cambodia", "incident", "KH", date="2023-01-01", prec=Y),
        # Last Tuesday (13 February): deminer injured.
        A1(
            "Oddar Meanchey province",
            "incident",
            (14.2, 103.7),
            "KH",
            date="2024-02-13",
            prec=D,
            injured=1,
        ),
        S(
            "Trapeang Prasat",
            "incident",
            11458564,
            date="2024-02-13",
            prec=D,
            injured=1,
        ),
        S("Siem Reap", "mention", 1822214),
        # On the 9th: 14 mines exposed by a brush fire.
        S("Ou Smach", "minefield", 11591267, date="2024-02-09", prec=D, mines=14),
        C("Thailand", "mention", "TH"),
        # January: 45 hectares handed back, 212 mines removed.
        A2(
            "Banteay Ampil district",
            "clearance",
            1830049,
            "KH",
            date="2024-01-01",
            prec=M,
            mines=212,
        ),
        # Handover ceremony next month.
        S("Samraong", "conference", 1825093),
    ],
    "654_radio_script_narino_policarpa_barbacoas_cumbitara_la_florida_tumaco.txt": [
        # Yesterday (Thursday 21 August): a 12-year-old boy wounded.
        A1(
            "Nariño",
            "incident",
            (1.5, -77.8),
            "CO",
            date="2025-08-21",
            prec=D,
            injured=1,
        ),
        S("Policarpa", "incident", 3671961, date="2025-08-21", prec=D, injured=1),
        # Correspondent's city and hospital.
        S("Pasto", "mention", 3672778),
        # The day before, on Wednesday: two soldiers injured.
        S("Barbacoas", "incident", 3689228, date="2025-08-20", prec=D, injured=2),
        # Night of 3 to 4 August: 23 mines found and destroyed.
        S("Cumbitara", "minefield", 3685428, date="2025-08-03", prec=D, mines=23),
        # March: declared free of suspected minefields.
        S("La Florida", "clearance", 3679007, date="2025-03-01", prec=M),
        F("Galeras volcano", "mention", (1.22, -77.36), "CO"),
        # Training course next month.
        S("Tumaco", "conference", 3666640),
        # January 2021: two brothers killed, their cousin injured.
        S(
            "Samaniego",
            "incident",
            3670293,
            date="2021-01-01",
            prec=M,
            killed=2,
            injured=1,
        ),
        # More than 12,000 victims since 1990: combined, no count.
        C("Colombia", "incident", "CO", date="1990-01-01", prec=Y),
    ],
    "655_editorial_karabakh_kalbajar_hadrut_zangilan_lachin_baku.txt": [
        # "Much of Karabakh remains sown with mines": undated.
        R("Karabakh", "minefield", (39.9, 46.7), "AZ"),
        # Sunday 31 March: two deminers wounded.
        S("Kalbajar", "incident", 586268, date="2024-03-31", prec=D, injured=2),
        # More than 360 killed or injured since the war of autumn 2020 ended.
        C("Azerbaijan", "incident", "AZ", date="2020-01-01", prec=Y),
        # Last month: more than 40 mines in a school yard.
        S(
            "Hadrut",
            "minefield",
            (39.52, 47.03),
            country_code="AZ",
            date="2024-03-01",
            prec=M,
            mines=40,
        ),
        # February: 600 hectares handed over.
        S("Zangilan", "clearance", 146901, date="2024-02-01", prec=M),
        # June 2021: two reporters and a local official killed.
        A2(
            "Kalbajar district",
            "incident",
            (40.05, 46.10),
            "AZ",
            date="2021-06-01",
            prec=M,
            killed=3,
        ),
        C("Armenia", "mention", "AM"),
        S("Lachin", "mention", 147625),
        # Conference next month.
        S("Baku", "conference", 587084),
    ],
    "656_court_police_zadar_krusevo_obrovac_srb_gracac_polaca_benkovac.txt": [
        # Hunter's home town; information evening on 22 September, to come.
        S("Benkovac", "conference", 3204293),
        # Tuesday 12 September: hunter injured.
        S("Kruševo", "incident", 3197071, date="2023-09-12", prec=D, injured=1),
        S("Obrovac", "mention", 3194245),
        # Hospital and court town.
        S("Zadar", "mention", 3186952),
        # Saturday 9 September: 27 amnesty items destroyed at a quarry.
        S("Polača", "clearance", 3192848, date="2023-09-09", prec=D, mines=27),
        # Convicted man's home town.
        S("Gračac", "mention", 3199790),
        # Stash found last February: three anti-tank mines.
        S(
            "Srb",
            "minefield",
            (44.387, 16.118),
            country_code="HR",
            date="2023-02-01",
            prec=M,
            mines=3,
        ),
        # November 2018: man killed collecting firewood.
        A1(
            "Zadar County",
            "incident",
            (44.1, 15.6),
            "HR",
            date="2018-11-01",
            prec=M,
            killed=1,
        ),
        S("Stankovci", "incident", 3190036, date="2018-11-01", prec=M, killed=1),
        # July: clearance finished.
        S("Zemunik Donji", "clearance", 3201363, date="2023-07-01", prec=M),
        # Completion target.
        C("Croatia", "mention", "HR"),
    ],
    "657_analysis_syria_deir_hafer_maskanah_saraqib_idlib_manbij_damascus.txt": [
        # January and February: more than 200 killed or injured (combined).
        C("Syria", "incident", "SY", date="2025-01-01", prec=M),
        # Distance reference.
        S("Aleppo", "mention", 170063),
        # 2 March: five wounded, three of them died later.
        S(
            "Deir Hafer",
            "incident",
            170785,
            date="2025-03-02",
            prec=D,
            killed=3,
            injured=2,
        ),
        # Last month: dozens of anti-tank mines found (no count).
        S("Maskanah", "minefield", 167080, date="2025-02-01", prec=M),
        # First week of March: 120 bomblets cleared.
        S("Saraqib", "clearance", 164816, date="2025-03-01", prec=M, mines=120),
        A1(
            "Idlib province",
            "clearance",
            (35.8, 36.6),
            "SY",
            date="2025-03-01",
            prec=M,
            mines=120,
        ),
        # Last months of 2016: dozens of returnees killed (no count).
        S("Manbij", "incident", 167357, date="2016-01-01", prec=Y),
        # Donor meeting on 24 February.
        S("Damascus", "conference", 170654, date="2025-02-24", prec=D),
        # Risk education in schools.
        S("Tell Rifaat", "mention", 163476),
    ],
    "658_press_release_xieng_khouang_pek_kham_nonghet_phonsavan.txt": [
        # The 12th: a girl killed, two cousins injured.
        A1(
            "Xieng Khouang",
            "incident",
            (19.5, 103.3),
            "LA",
            variants=["Xieng Khouang province"],
            date="2026-03-12",
            prec=D,
            killed=1,
            injured=2,
        ),
        A2(
            "Pek district",
            "incident",
            (19.45, 103.17),
            "LA",
            date="2026-03-12",
            prec=D,
            killed=1,
            injured=2,
        ),
        # Dateline.
        S("Vientiane", "mention", 1651944),
        # Hospital town; the training course began on Monday 16 March.
        S("Phonsavan", "conference", 1655123, date="2026-03-16", prec=D),
        # February: 312 submunitions and six bombs destroyed.
        A2(
            "Kham district",
            "clearance",
            (19.62, 103.60),
            "LA",
            date="2026-02-01",
            prec=M,
            mines=318,
        ),
        # Two weeks ago: a 500-pound bomb reported.
        A2(
            "Nonghet district",
            "minefield",
            (19.45, 103.90),
            "LA",
            date="2026-03-01",
            prec=M,
            mines=1,
        ),
        # Trainees' origin.
        F("Plain of Jars", "mention", (19.43, 103.15), "LA"),
        # Last year: 47 killed or injured (combined).
        C("Laos", "incident", "LA", date="2025-01-01", prec=Y),
        C("Australia", "mention", "AU"),
        C("Japan", "mention", "JP"),
    ],
    "659_tv_transcript_helmand_sangin_nad_ali_arghandab_musa_qala.txt": [
        # Studio.
        S("Kabul", "mention", 1138958),
        # Saturday 4 November: four killed, two of them children.
        A1(
            "Helmand",
            "incident",
            (31.0, 64.0),
            "AF",
            variants=["Helmand province"],
            tolerance_km=LARGE,
            date="2023-11-04",
            prec=D,
            killed=4,
        ),
        # Reporter's location; coordination meeting on Wednesday, to come.
        S("Lashkar Gah", "conference", 1134720),
        A2(
            "Sangin district",
            "incident",
            1127547,
            "AF",
            date="2023-11-04",
            prec=D,
            killed=4,
        ),
        # Last Tuesday (31 October): a 12-year-old boy wounded.
        A2(
            "Nad Ali district",
            "incident",
            (31.55, 64.15),
            "AF",
            date="2023-10-31",
            prec=D,
            injured=1,
        ),
        # Returnees' origin.
        C("Pakistan", "mention", "PK"),
        # Sunday 5 November: 26 anti-personnel mines found.
        A1(
            "Kandahar",
            "minefield",
            (31.0, 65.6),
            "AF",
            variants=["Kandahar province"],
            tolerance_km=LARGE,
            date="2023-11-05",
            prec=D,
            mines=26,
        ),
        A2(
            "Arghandab district",
            "minefield",
            (31.68, 65.68),
            "AF",
            date="2023-11-05",
            prec=D,
            mines=26,
        ),
        # September: 70 hectares cleared.
        S("Musa Qala", "clearance", 1132604, date="2023-09-01", prec=M),
        # 2021: nine minibus passengers killed.
        S("Gereshk", "incident", 1141540, date="2021-01-01", prec=Y, killed=9),
    ],
    "660_digest_northern_province_muhamalai_pachchilaipalli_oddusuddan_kilinochchi.txt": [
        # November: 2,316 items removed across the province.
        A1(
            "Northern Province",
            "clearance",
            (9.3, 80.4),
            "LK",
            date="2024-11-01",
            prec=M,
            mines=2316,
        ),
        C("Sri Lanka", "clearance", "LK", date="2024-11-01", prec=M, mines=2316),
        # 3 November: minefield completed, 1,184 mines removed.
        A2(
            "Pachchilaipalli",
            "clearance",
            (9.60, 80.32),
            "LK",
            date="2024-11-03",
            prec=D,
            mines=1184,
        ),
        # The 14th: deminer injured.
        S(
            "Muhamalai",
            "incident",
            (9.635, 80.285),
            country_code="LK",
            date="2024-11-14",
            prec=D,
            injured=1,
        ),
        A2(
            "Kilinochchi district",
            "incident",
            (9.45, 80.40),
            "LK",
            date="2024-11-14",
            prec=D,
            injured=1,
        ),
        # Hospital town.
        S("Jaffna", "mention", 1242833),
        # The 20th: one mine found near a school.
        S(
            "Oddusuddan",
            "minefield",
            (9.155, 80.665),
            country_code="LK",
            date="2024-11-20",
            prec=D,
            mines=1,
        ),
        A2(
            "Mullaitivu district",
            "minefield",
            (9.15, 80.65),
            "LK",
            date="2024-11-20",
            prec=D,
            mines=1,
        ),
        # 27 November: deeds for cleared land handed back at a ceremony.
        S("Kilinochchi", "clearance", 1240372, date="2024-11-27", prec=D),
        # 2021: farmer killed.
        S(
            "Mankulam",
            "incident",
            (9.13, 80.445),
            country_code="LK",
            date="2021-01-01",
            prec=Y,
            killed=1,
        ),
        # Coordination meeting on 12 December, to come.
        S("Vavuniya", "conference", 1225018),
    ],
    "661_statement_libya_tarhuna_qasr_bin_ghashir_ain_zara_sirte_misrata.txt": [
        # Dateline; "in southern Tripoli": the Ain Zara blast, night of 20 to 21 June.
        S(
            "Tripoli",
            "incident",
            2210247,
            date="2025-06-20",
            prec=D,
            killed=2,
            injured=1,
        ),
        S(
            "Ain Zara",
            "incident",
            (32.80, 13.26),
            country_code="LY",
            date="2025-06-20",
            prec=D,
            killed=2,
            injured=1,
        ),
        # 12 June: shepherd wounded.
        S("Tarhuna", "incident", 2210221, date="2025-06-12", prec=D, injured=1),
        # A week after the first blast (19 June): more than 40 mines found.
        S(
            "Qasr bin Ghashir",
            "minefield",
            2213618,
            date="2025-06-19",
            prec=D,
            mines=40,
        ),
        # May: 1,430 items destroyed.
        S("Sirte", "clearance", 2210554, date="2025-05-01", prec=M, mines=1430),
        # Sunday 22 June: deminers' course began.
        S("Misrata", "conference", 2214846, date="2025-06-22", prec=D),
        # May 2020: two deminers killed.
        S(
            "Salahuddin",
            "incident",
            (32.82, 13.20),
            country_code="LY",
            date="2020-05-01",
            prec=M,
            killed=2,
        ),
        # Risk education; the appeal to citizens.
        S("Benghazi", "mention", 88319),
        C("Libya", "mention", "LY"),
    ],
}
