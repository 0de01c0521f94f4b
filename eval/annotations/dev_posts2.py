"""More development articles (eval/dev 725-736), annotated like those in dev.py.

Social-media threads and channel posts, one kind each (the file keeps its Title/Date/
Source header; the body is the posts): a demining NGO's X thread "1/8".."8/8"
recapping July (Battambang, Pailin and Banteay Meanchey, Cambodia); a regional
governor's Telegram channel over three days with day headers and time stamps
(Mykolaiv obl., Ukraine); a police administration's Facebook page with a week of
short posts and comments (Lika-Senj, Croatia); a journalist's live thread of a
court hearing on a deminer's death (Tuzla and Kalesija, Bosnia and Herzegovina); a
mine-action agency's weekly "numbers" post with emoji bullets (Sulaymaniyah, Erbil
and Duhok governorates, Iraq); a humanitarian mine-action group's WhatsApp summary
(Hodeidah and Taiz, Yemen); an engineer brigade's VK posts in translation with
abbreviations (Kursk obl., Russia); a Reddit question and locals' answers (Quang
Tri, Vietnam); a YouTube video description with chapters (Cuando Cubango, Angola);
a researcher's Mastodon thread (Khatlon, Rasht and the Panj, Tajikistan); an
Instagram carousel caption with numbered slides (Northern Province, Sri Lanka); a
community Facebook group's post and replies (Argelia, Cauca, Colombia).

Decisions where the rules are silent (the conventions of dev_posts.py are followed:
hashtags, publishers' names, line labels, capitals):
- A post's relative dates count from that post's own date or time stamp, not from
  the article's Date: "yesterday" in the 26.06 post is 25 June; "Yest. evening" in
  the Tue 15 April post is 14 April; "on Tue" in a 21/01 message is 21 January;
  "last week" in the police post of Tue 3 Oct is September (month); "on Friday" in a
  Sunday comment is the Friday before it; "on Sun" in a Monday message is the day
  before. A post with no relative date of its own (the Gornal and Guevo posts, a
  carousel's "Today") takes its own date stamp at day precision.
- A Reddit comment's "9 hr. ago" stamps lie on the article's date; "on Friday", "on
  Saturday" and "last year" in comments count from it.
- A label that opens a post or tweet ("5/8 Pailin: ...", "s. SVERDLIKOVO",
  "SUDZHANSKY R-N", "🔴 Penjwen (Sulaymaniyah gov.): ...") belongs to the first
  sentence after it and takes its role and facts, as in dev_posts. A place is named
  by its first written form, the title included: Sverdlikovo, Gornal and El Plateado
  (title) though the posts write them in capitals; GUEVO and KORENEVO (first in a
  capital label, later in lower case: case-only, no variant); SUDZHANSKY R-N only in
  capitals.
- An event told over two sentences of one tweet or chapter line shares its facts:
  Samlout district's handover on Fri 19 Jul takes the 100 mines (96 AP + 4 AT) of
  the next sentence, with the handover's day as date; Pailin and Sala Krau take the 2
  AT mines of "It turned out to be 2 AT mines ... plus an empty ammo crate" (the
  crate is not an explosive item).
- A weekly post's lines that give no day of their own ("🔴 Penjwen ... 131 AP mines
  found", "🟡 Sidakan ... 22.4 ha released") are dated by the reporting week
  "12–18 May 2024" at month precision, like "this week"; lines with "on Wed", "on
  Mon morning", "on Sat" are those days. The week's totals line names no place.
- A correction later in the same group ("Al Khawkhah figure is 36 items, not 63")
  replaces the count: Al Khawkhah has 36, dated by the first message ("yday" of
  20/01 = 19 Jan).
- "Since the start of the year" (Mykolaiv obl.) and "Since March" (Kursk obl.) are
  month precision (January, March); "Since 1 Jan" is day precision; "Since January"
  (Muhamalai) is month; "over the past week" in a post of 27 June is June (month);
  "from 2000 to 2023" and "over the 24 years" are 2000 (year); "Between 2019 and
  2023" is 2019; "in 1996" and "last year" are year precision.
- "350 people killed or injured" in Tajikistan and "More than half of those
  casualties were in Khatlon region" are combined figures: incident without counts
  (year 2000). "11 civilian casualties ... in Hodeidah governorate" likewise.
- A minefield told only by when it was laid ("The minefields of Cuito Cuanavale,
  laid during the 1987-88 battle and still not fully cleared") is dated by the
  laying, year precision (1987, the first year of the range). Mines that "still lie"
  along the Panj river, "a mined belt" on the Badakhshan side, "still full of mines"
  (Cauca), "mine-suspected" (Velebit, Lovinac's forests), "the most contaminated
  province in Vietnam" (Quang Tri and Vietnam), "you do not dig there without a
  survey" (Gio Linh) and a title's "Angola's forgotten minefields" are contamination
  statements: minefield, undated. "Mines from the civil war of the 1990s in the hills
  above Tavildara" is undated too (a war's decade, not when the mines were laid or
  found); the Rasht valley, in the same sentence, shares it; Tavildara's clearance
  (2019) is outranked.
- A title or caption's "followed a demining team for a week through Cuando Cubango"
  is demining work there: clearance (January 2026, month); "Filmed in Cuando
  Cubango and Bié provinces" is a mention (Bié).
- A comment's past accident keeps its own date and counts and wins over the post's
  contamination warning (Lovinac: "lost a leg near Lovinac in 1996", incident 1996,
  injured 1). A buffalo killed (Hai Lang) and a dog killed (El Plateado) are
  incidents without counts.
- Found items that the finder or the army then removed or destroyed are a find
  (minefield): Horokhivske (AP mine found, removed next morning), GORNAL (cache found
  and blown up), Balboa (devices found, taken away by the army), Vinh Linh (3 mortar
  rounds and a 500 lb bomb found in a foundation, 4 items), Pachchilaipalli. Items
  taken out of a garden or land cleared with no find told are clearance (Ai Tu, El
  Bordo, Samlout, Sapna).
- Items handed in at a police station (Otočac) were dug up near Brinje: Brinje is the
  minefield, dated the day they were handed in ("On Thursday"); Otočac, the
  station's town, is a mention; the range near Perušić where the three items were
  destroyed "this morning" is clearance with 3.
- A court's town (Tuzla), a defence lawyer's and a witness's home towns (Zvornik,
  Teočak, Sarajevo) are mentions; "Across BiH, 56 deminers have been killed since
  1996" gives BiH the incident (killed 56, 1996, year). The court case's earlier
  survey on Majevica ("surveyed in 2019, when 17 mines were found there") is a
  minefield dated 2019 with 17.
- A town given as a distance reference ("vil. Kalynivka, about 8 km from
  Snihurivka") stays at its own role from another post (Snihurivka's clearance). A
  hospital town (Battambang, Gospić, Hodeidah city, Mykolaiv, Kursk) is a mention.
- A training course that began or a meeting held that day (Korenevo, Voznesensk,
  Korenica, Erbil's graduation, Colombo's ceremony "Today at 3 pm") is a dated
  conference; a meeting or course still to come (Aden next Tue, Phnom Penh, Siem
  Reap on 9 Aug, Dushanbe on 14 Nov, El Tambo on Wednesday) is a conference with no
  date, as in earlier batches. A course done "last year" (Kuito) or "In March"
  (Kilinochchi) is dated at its precision; a workshop "in April" (Hue) is April.
- A person's or commenter's home (Melbourne, Puthukkudiyiruppu, Zagreb), places of
  risk education (Kutsurub, Kalar, Darbandikhan, Mocha, Jaffna), a place named as a
  tour's start or museum (Khe Sanh), a treaty deadline (Sri Lanka by 2028) and a
  team's origin (Popayán) are mentions.
- A Facebook group's name ("Neighbours of Argelia Cauca") is the publisher's name:
  Argelia counts only for "The mayor's office in Argelia" (mention) and Cauca for
  "Cauca is still full of mines". "#MykolaivRegion" (words run together) is not a
  naming; "#Cambodia", "#Pailin", "#Battambang", "#Angola", "#SriLanka", "#Iraq",
  "#Tajikistan" are bare names joining the body's entry (#Battambang the province,
  which the thread is about; Iraq's only naming).
- "Hodeidah city" and "Hodeidah governorate", "Battambang" (the town) and
  "Battambang province", "Kilinochchi" and "Kilinochchi district", "Erbil" and
  "Erbil gov.", "Kursk" and "Kursk obl.", "Mykolaiv" and "Mykolaiv region" are
  separate entries; "Mykolaiv obl." is a variant of "Mykolaiv region".
  "Shuroobod" is a variant of "Shamsiddin Shohin district" (its old name).
- Thma Puok and Banteay Meanchey province: two hazardous areas recorded "on 23-25
  July" (minefield, the range's first day).
"""

# ruff: noqa: E501  (article file names and quoted lines are kept whole)

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "725_x_thread_battambang_kamrieng_samlout_pailin_thma_puok_july.txt": [
        # 1/8 and hashtag.
        C("Cambodia", "mention", "KH"),
        # 2/8: 1,214 items destroyed in July across the province and Pailin.
        A1(
            "Battambang province",
            "clearance",
            (12.95, 103.0),
            "KH",
            date="2024-07-01",
            prec=M,
            mines=1214,
        ),
        # 5/8: 2 AT mines found outside Sala Krau on Monday (29th) (beats 2/8).
        S("Pailin", "minefield", 1830205, date="2024-07-29", prec=D, mines=2),
        S("Sala Krau", "minefield", 1825200, date="2024-07-29", prec=D, mines=2),
        # 3/8: boy injured Thu 11 Jul.
        A2(
            "Kamrieng district",
            "incident",
            11320731,
            "KH",
            date="2024-07-11",
            prec=D,
            injured=1,
        ),
        # Hospital town.
        S("Battambang", "mention", 1831797),
        # 4/8: handed back Fri 19 Jul; 96 AP + 4 AT removed.
        A2(
            "Samlout district",
            "clearance",
            11336111,
            "KH",
            date="2024-07-19",
            prec=D,
            mines=100,
        ),
        # 6/8: 4 suspected areas confirmed, undated.
        A2("Rattanak Mondul district", "minefield", (12.88, 102.95), "KH"),
        # 7/8: 2 hazardous areas recorded 23-25 July.
        S("Thma Puok", "minefield", 1823887, date="2024-07-23", prec=D),
        A1(
            "Banteay Meanchey province",
            "minefield",
            (13.75, 103.0),
            "KH",
            date="2024-07-23",
            prec=D,
        ),
        # 8/8: course and meeting still to come.
        S("Siem Reap", "conference", 1822214),
        S("Phnom Penh", "conference", 1821306),
    ],
    "726_telegram_mykolaiv_governor_bereznehuvate_kalynivka_horokhivske_voznesensk.txt": [
        # 18:45 running total since the start of the year.
        A1(
            "Mykolaiv region",
            "incident",
            (47.30, 32.00),
            "UA",
            variants=["Mykolaiv obl."],
            date="2025-01-01",
            prec=M,
            killed=7,
            injured=19,
        ),
        # Shelled from the Kinburn Spit: no mine event.
        S("Ochakiv", "mention", 698770),
        F("Kinburn Spit", "mention", (46.55, 31.60), "UA"),
        # Mon 14 Apr 10:50: tractor driver killed.
        A2(
            "Bashtanka r-n",
            "incident",
            712775,
            "UA",
            date="2025-04-14",
            prec=D,
            killed=1,
        ),
        S("Bereznehuvate", "incident", 712339, date="2025-04-14", prec=D, killed=1),
        # 17:30: 112 ha cleared since the start of April, 48 items (also a distance
        # reference on Wed).
        S("Snihurivka", "clearance", 693379, date="2025-04-01", prec=M, mines=48),
        # Tue: AP mine found "Yest. evening" (14 Apr).
        S("Horokhivske", "minefield", 708289, date="2025-04-14", prec=D, mines=1),
        # Tue 13:20: meeting held today.
        S("Voznesensk", "conference", 688860, date="2025-04-15", prec=D),
        # Wed: "Last night" (15 Apr) two boys injured.
        S("Kalynivka", "incident", 703495, date="2025-04-15", prec=D, injured=2),
        # Hospital town.
        S("Mykolaiv", "mention", 700569),
        # Wed 12:15: 46 ha released.
        S("Novyi Buh", "clearance", 698953, date="2025-04-16", prec=D),
        # Risk education.
        S("Kutsurub", "mention", 703520),
    ],
    "727_police_facebook_lika_senj_udbina_mushroom_picker_brinje_otocac.txt": [
        # Suspected areas; the forest roads comment.
        F("Velebit", "minefield", (44.55, 15.20), "HR", tolerance_km=LINEAR),
        # Mine-suspected forests; comment: grandfather lost a leg there in 1996.
        S("Lovinac", "incident", 3196182, date="1996-01-01", prec=Y, injured=1),
        A1("Lika-Senj County", "minefield", (44.70, 15.30), "HR"),
        C("Croatia", "mention", "HR"),
        # Sat 7 Oct ("Yesterday" in the post of Sun 8 Oct).
        S("Zagreb", "mention", 3186886),
        S("Udbina", "incident", 3188554, date="2023-10-07", prec=D, injured=1),
        S("Gospić", "mention", 3199873),
        # Thursday 5 Oct: three items handed in, dug up near Brinje.
        S("Otočac", "mention", 3193788),
        S("Brinje", "minefield", 3203298, date="2023-10-05", prec=D, mines=3),
        S("Perušić", "clearance", 3193476, date="2023-10-06", prec=D, mines=3),
        # Wed 4 Oct meeting held "this afternoon".
        S("Korenica", "conference", 3189076, date="2023-10-04", prec=D),
        # Post of Tue 3 Oct: cleared "last week" (September).
        S("Lički Osik", "clearance", 3196595, date="2023-09-01", prec=M),
    ],
    "728_live_thread_tuzla_court_deminer_death_memici_kalesija_majevica.txt": [
        S("Tuzla", "mention", 3188582),
        S(
            "Memići",
            "incident",
            (44.41, 18.95),
            country_code="BA",
            date="2024-08-14",
            prec=D,
            killed=1,
            injured=1,
        ),
        A2(
            "Kalesija",
            "incident",
            3198459,
            "BA",
            date="2024-08-14",
            prec=D,
            killed=1,
            injured=1,
        ),
        S("Zvornik", "mention", 3186246),
        F(
            "Majevica",
            "minefield",
            (44.64, 18.80),
            "BA",
            tolerance_km=LINEAR,
            date="2019-01-01",
            prec=Y,
            mines=17,
        ),
        S("Sapna", "clearance", 3191287, date="2024-06-01", prec=M, mines=41),
        S("Teočak", "mention", 3197138),
        S("Sarajevo", "mention", 3191281),
        A1("Tuzla Canton", "minefield", (44.50, 18.70), "BA"),
        C("BiH", "incident", "BA", date="1996-01-01", prec=Y, killed=56),
    ],
    "729_weekly_numbers_penjwen_halabja_sidakan_chwarta_amadiya_erbil.txt": [
        S("Penjwen", "minefield", 98012, date="2024-05-01", prec=M, mines=131),
        A1(
            "Sulaymaniyah gov.",
            "minefield",
            (35.60, 45.50),
            "IQ",
            date="2024-05-01",
            prec=M,
            mines=131,
        ),
        S("Halabja", "clearance", 96205, date="2024-05-15", prec=D, mines=46),
        S(
            "Sidakan",
            "clearance",
            (36.80, 44.67),
            country_code="IQ",
            date="2024-05-01",
            prec=M,
        ),
        A1("Erbil gov.", "clearance", (36.30, 44.30), "IQ", date="2024-05-01", prec=M),
        S("Chwarta", "incident", 97329, date="2024-05-13", prec=D, killed=1),
        A2(
            "Amadiya district",
            "incident",
            (37.10, 43.49),
            "IQ",
            date="2024-05-18",
            prec=D,
            injured=1,
        ),
        A1(
            "Duhok gov.",
            "incident",
            (36.90, 43.20),
            "IQ",
            date="2024-05-18",
            prec=D,
            injured=1,
        ),
        S("Erbil", "conference", 95446, date="2024-05-16", prec=D),
        S("Kalar", "mention", 95005),
        S("Darbandikhan", "mention", 384945),
        C("Iraq", "mention", "IQ"),
    ],
    "730_whatsapp_cluster_summary_hodeidah_hays_khawkhah_durayhimi_maqbanah_sirwah.txt": [
        A2(
            "Hays district",
            "incident",
            74906,
            "YE",
            date="2025-01-19",
            prec=D,
            killed=1,
            injured=2,
        ),
        S("Al Khawkhah", "clearance", 79131, date="2025-01-19", prec=D, mines=36),
        A2(
            "Ad Durayhimi district",
            "incident",
            80309,
            "YE",
            date="2025-01-19",
            prec=D,
            injured=3,
        ),
        S("Hodeidah city", "mention", 79415),
        A2(
            "Maqbanah district",
            "minefield",
            407716,
            "YE",
            date="2025-01-21",
            prec=D,
            mines=3,
        ),
        A1(
            "Taiz gov.",
            "minefield",
            (13.50, 43.90),
            "YE",
            date="2025-01-21",
            prec=D,
            mines=3,
        ),
        S("Sirwah", "clearance", 34703, date="2025-01-21", prec=D, mines=2),
        S("Aden", "conference", 415189),
        S("Mocha", "mention", 78751),
        A1(
            "Hodeidah governorate",
            "incident",
            (14.80, 43.20),
            "YE",
            date="2025-01-01",
            prec=D,
        ),
        C("Yemen", "mention", "YE"),
    ],
    "731_engineer_brigade_vk_kursk_sudzha_sverdlikovo_gornal_guevo_korenevo.txt": [
        # "Since March ... more than 400,000 VOP in Kursk obl."
        A1(
            "Kursk obl.",
            "clearance",
            (51.60, 36.00),
            "RU",
            date="2025-03-01",
            prec=M,
            mines=400000,
        ),
        A2(
            "SUDZHANSKY R-N",
            "clearance",
            (51.20, 35.25),
            "RU",
            date="2025-06-01",
            prec=M,
            mines=1122,
        ),
        S("Sudzha", "clearance", 486816, date="2025-06-01", prec=M, mines=1122),
        S(
            "Sverdlikovo",
            "incident",
            (51.27, 35.09),
            country_code="RU",
            date="2025-06-25",
            prec=D,
            injured=1,
        ),
        S("Kursk", "mention", 538560),
        S(
            "Gornal",
            "minefield",
            (51.07, 35.32),
            country_code="RU",
            date="2025-06-25",
            prec=D,
            mines=14,
        ),
        C("Ukraine", "mention", "UA"),
        S("GUEVO", "clearance", 557731, date="2025-06-24", prec=D),
        S("KORENEVO", "conference", 544906, date="2025-06-23", prec=D),
        S("Malaya Loknya", "minefield", (51.28, 35.30), country_code="RU"),
        S("Glushkovo", "mention", 560995),
        S("Tetkino", "mention", 483166),
    ],
    "732_reddit_quang_tri_gio_linh_land_check_cam_lo_vinh_linh_ai_tu.txt": [
        A2("Gio Linh", "minefield", 1581673, "VN"),
        A1("Quang Tri", "minefield", (16.75, 107.00), "VN"),
        S("Melbourne", "mention", 2158177),
        S("Dong Ha", "mention", 1582926),
        S("Cam Lo", "incident", 1586384, date="2022-01-01", prec=Y, injured=1),
        A2("Vinh Linh", "minefield", 1580262, "VN", date="2021-01-01", prec=Y, mines=4),
        S("Ai Tu", "clearance", 1565760, date="2023-06-09", prec=D, mines=120),
        C("Vietnam", "minefield", "VN"),
        S("Hai Lang", "incident", 1581317, date="2023-06-10", prec=D),
        S("Hue", "conference", 1580240, date="2023-04-01", prec=M),
        S("Khe Sanh", "mention", 1579363),
    ],
    "733_youtube_description_cuando_cubango_cuito_cuanavale_mavinga_longa_dirico.txt": [
        A1(
            "Cuando Cubango",
            "clearance",
            (-16.00, 19.50),
            "AO",
            tolerance_km=LARGE,
            date="2026-01-01",
            prec=M,
        ),
        C("Angola", "minefield", "AO"),
        S("Luanda", "mention", 2240449),
        S("Menongue", "mention", 3347353),
        S("Cuito Cuanavale", "minefield", 3349149, date="1987-01-01", prec=Y),
        S("Mavinga", "minefield", 876019, date="2026-01-14", prec=D, mines=3),
        S("Longa", "incident", 3347874, date="2002-01-01", prec=Y, injured=1),
        F("Cuito river", "minefield", (-15.16, 19.18), "AO", tolerance_km=LINEAR),
        S("Dirico", "clearance", 876292, date="2026-01-19", prec=D),
        S("Kuito", "conference", 3348078, date="2025-01-01", prec=Y),
        A1("Bié", "mention", (-12.40, 17.30), "AO"),
    ],
    "734_mastodon_thread_tajikistan_khatlon_shamsiddin_shohin_darvoz_tavildara_ishkoshim.txt": [
        C("Tajikistan", "incident", "TJ", date="2000-01-01", prec=Y),
        A1(
            "Khatlon region",
            "incident",
            (37.90, 69.30),
            "TJ",
            date="2000-01-01",
            prec=Y,
        ),
        A2(
            "Shamsiddin Shohin district",
            "incident",
            (37.85, 70.05),
            "TJ",
            variants=["Shuroobod"],
            date="2000-01-01",
            prec=Y,
            killed=38,
            injured=61,
        ),
        F("Panj river", "minefield", (37.75, 70.20), "TJ", tolerance_km=LINEAR),
        A2(
            "Darvoz district",
            "incident",
            (38.45, 70.80),
            "TJ",
            date="2021-05-01",
            prec=M,
            killed=1,
        ),
        R("Rasht valley", "minefield", (39.00, 70.50), "TJ"),
        S("Tavildara", "minefield", 1220324),
        S(
            "Ishkoshim",
            "incident",
            (36.72, 71.61),
            country_code="TJ",
            date="2024-10-01",
            prec=M,
            injured=1,
        ),
        S("Khorog", "mention", 1221328),
        S("Dushanbe", "conference", 1221874),
        C("Afghanistan", "minefield", "AF"),
        A1("Badakhshan", "minefield", (36.90, 71.30), "AF"),
    ],
    "735_instagram_carousel_sri_lanka_muhamalai_pachchilaipalli_elephant_pass_mullaitivu.txt": [
        A1("Northern Province", "clearance", (9.20, 80.40), "LK"),
        S(
            "Muhamalai",
            "clearance",
            (9.61, 80.27),
            country_code="LK",
            date="2023-01-01",
            prec=M,
            mines=2316,
        ),
        A2(
            "Kilinochchi district",
            "clearance",
            (9.40, 80.40),
            "LK",
            date="2023-01-01",
            prec=M,
            mines=2316,
        ),
        S("Puthukkudiyiruppu", "mention", (9.31, 80.70), country_code="LK"),
        S(
            "Pachchilaipalli",
            "minefield",
            (9.60, 80.33),
            country_code="LK",
            date="2023-03-21",
            prec=D,
            mines=9,
        ),
        F("Elephant Pass", "clearance", (9.55, 80.41), "LK", date="2023-03-30", prec=D),
        S("Mullaitivu", "incident", 1234393, date="2023-02-01", prec=M, injured=1),
        S("Kilinochchi", "conference", 1240372, date="2023-03-01", prec=M),
        S("Jaffna", "mention", 1242833),
        C("Sri Lanka", "mention", "LK"),
        S("Colombo", "conference", 1248991, date="2023-04-04", prec=D),
    ],
    "736_community_facebook_group_argelia_cauca_el_plateado_dog_balboa_el_bordo.txt": [
        S(
            "El Plateado",
            "incident",
            (2.24, -77.10),
            country_code="CO",
            date="2026-08-16",
            prec=D,
        ),
        S("Balboa", "minefield", 3689292, date="2026-08-14", prec=D, mines=2),
        F(
            "Micay river",
            "incident",
            (2.30, -77.12),
            "CO",
            tolerance_km=LINEAR,
            date="2019-01-01",
            prec=Y,
            injured=1,
        ),
        S("Argelia", "mention", 3689615),
        S("Popayán", "mention", 3671916),
        S("El Tambo", "conference", 3682963),
        S("El Bordo", "clearance", 3684860, date="2025-01-01", prec=Y, mines=14),
        C("Colombia", "mention", "CO"),
        A1("Cauca", "minefield", (2.50, -76.80), "CO"),
    ],
}
