"""More development articles (eval/dev 740-751), annotated like those in dev.py.

Social-media and messaging posts, one kind each (the file keeps its Title/Date/Source
header; the body is the posts as a reader would copy them): a demining NGO's X thread
"1/7".."7/7" on Tripoli's southern suburbs and Sirte (Libya); a regional military
administration's Telegram channel over three days with day headers and time stamps
(Kherson obl., Ukraine); a regional police page on Facebook with a week of short posts
and comments, newest first (western Kosovo); a field coordinator's pasted summary of a
community Signal group with bracketed stamps (Sagaing Region, Myanmar); a demining team
leader's LinkedIn post with comments (Manicaland and Chiredzi, Zimbabwe); a Reddit
travel question with replies (Savannakhet province, Laos); a TikTok video's on-screen
text, caption and comments (Kalbajar, Azerbaijan); a farmers' forum topic with replies
and the poster's update (Borno, Nigeria); a news live blog with time stamps (Idlib,
Hama, Deir ez-Zor, Aleppo and Homs, Syria); a community Viber channel in translation
with abbreviations (Okhtyrka r-n, Sumy obl., Ukraine); a mine-action area of
responsibility's weekly WhatsApp "numbers" broadcast with emoji bullets (Mali); a
researcher's Bluesky thread (Galgaduud, Mudug, Hiiraan and Bay, Somalia).

Decisions where the rules are silent (the conventions of dev_posts.py and
dev_posts2.py are followed: hashtags, publishers' names, line labels, a post's
relative dates counted from its own stamp):
- Relative dates count from the post, message or comment that holds them: "on
  Tuesday" and "yesterday" in the Sat 24 May thread are 20 and 23 May; "last Tuesday"
  in the forum post of Mon 10 June is 4 June and "on Thursday" in the update of Sat 15
  June is 13 June; "on Tue" in the Viber post of Thu 04.05 is 2 May; "last Friday" in a
  Tuesday LinkedIn post is the Friday before it; "since Sunday" in a Tuesday live-blog
  entry is that Sunday; "on Mon" in a Wed 12/2 Signal message is 10 Feb; "last year"
  and "the last rainy season" in June 2024 forum replies are 2023 (year); "last year"
  on a TikTok slide of July 2024 is 2023. Reddit comment stamps ("9 hr. ago") lie on
  the article's date, so "on Saturday" is the day before a Sunday article. A post
  with no relative date of its own takes its stamp (Arkhanhelske, Ye-U, Sévaré).
- "last week" in a Monday message (Salingyi, mines laid after the fighting) and "Last
  week" in a July caption (Zar) are month precision; "this week" (Salah al-Din) is the
  month; "since Monday" (Okhtyrka r-n) and "Since 1 January" / "since 1 August" /
  "since 8 December" / "Since 1 Jan" are day precision; "Since the beginning of 2023"
  and "since January" (Kalbajar) are January (month); "since 2020", "Since 1999" and
  "in 2024" are year; "in March 2025" and "in March" are month.
- A weekly broadcast's summary line ("Mopti region 3 · Ségou region 1 · Gao region
  1") gives each region an incident dated by the reporting week (October 2024, month)
  with no counts (it counts incidents, not people). Its detail lines are labelled
  "🔴 Bandiagara cercle – Tue 8/10: ..."; the label belongs to the line's first
  sentence and takes its role and facts, as in dev_posts. The week's totals name no
  place. In a Signal summary, the coordinator's "Sagaing Region: 4 casualties ... (1
  killed, 3 injured)" gives the region an incident with those counts, month precision.
- A road with no named place on it holds its event at its ends: "an IED on the road
  to Bankass" (Bankass, with the label Bandiagara cercle), "14 IED incidents on the
  Galkayo–Dhusamareb road in 2024" (both ends, incident, year, no counts), "forest
  belts along the road to Kyrykivka are still mined" (Kyrykivka and the label
  Trostianets, minefield). "the road from Đakovica to Junik" in a comment is a
  reference: mention for both (Gjakova and Junik keep their roles from the posts).
  "north of Diabaly" and "south of Ansongo", with no other place named, put the
  blast at those towns; "south-east of Mutare" is a distance reference (mention),
  the event being at Burma Valley.
- A district named with its generic word and the same-named town are separate
  entries when the article names both: "Konduga LGA" (the poster's farm, mention) and
  "Konduga" (title, and the items found "on farms near Konduga", minefield);
  "Bandiagara cercle" (incident) and "around Bandiagara" (risk-education sites,
  mention); "Mopti region"/"Mopti", "Ségou region"/"Ségou", "Gao region"/"Gao";
  "Kherson r-n", "Kherson obl." and "Kherson" (hospital town and #Kherson); "Beryslav
  r-n" and Beryslav; "Okhtyrka r-n" and Okhtyrka; "Sumy obl." and Sumy; "Aleppo" (the
  "northern Aleppo countryside", the governorate) and "Aleppo city"; "Deir ez-Zor
  province" and "Deir al-Zour city" (the hospital town, spelled otherwise). The
  "Letpadaung hills" and "Letpadaung" are one entry (name and its bare form).
  Myanmar townships written "Yinmabin twp" are named so.
- "the southern Idlib countryside" and "northern Hama" are the governorates, as in
  dev_posts; Idlib takes the Khan Shaykhun incident of its sentence (11 March, 2
  killed). Hama takes the clearance "since 8 December" (1,240 items).
- A minefield told by when it was laid is dated by the laying, year precision, the
  range's first year: Balanbale, Abudwak and Galgaduud ("laid belts ... during the
  1977–78 war ... never been cleared") would be 1977, but Galgaduud's survey sentence
  (livestock lost and people killed or injured "since 2020") makes it an incident
  dated 2020 without counts, as Mudug; Palmyra ("laid mines between 2015 and 2017")
  is 2015. "new mines were laid around the Letpadaung hills after the fighting last
  week" (Salingyi twp) is a minefield dated by that week (February, month).
- Contamination statements without a count are minefield, undated: "the fields around
  the tanks have never been checked" (Ban Dong), "Laos still has tens of millions of
  unexploded bomblets in the ground", Rugova gorge "still hide cluster munitions and
  mines left from the war", "the marked suspected areas around Batushë", Istisu's
  fields "still not cleared", Madagali "where they still find explosives in farms
  every season", Mingin's paths "are mined", Novoraisk and Tiahynka "still considered
  contaminated", the Rusitu valley's "60 ha of minefield", Chimanimani district and
  "the last big minefield left in Manicaland".
- An animal killed by a mine is an incident without counts: the cows on Letpadaung
  (Sat 8 Feb, outranking the hills' mines laid the week before) and the buffalo in
  Nong district (March). Livestock lost "since 2020" in Galgaduud and Mudug comes
  with a combined "37 people ... killed or injured": incident, no counts.
- Combined figures give an incident without counts: "more than 400 people" killed or
  injured in Kosovo since 1999, "more than 390 people in Azerbaijan" since 2020,
  "over 400 people killed or injured ... in Nigeria in 2022", "312 casualties (killed
  and injured) ... in Mali" since 1 Jan, "Myanmar recorded more mine casualties than
  any other country in 2023".
- Found items then taken away or destroyed are a find (minefield): Qasr bin Ghashir
  (a warhead and 3 more items = 4, found on Tuesday; destroyed "yesterday" near
  Tarhuna, which takes the clearance with 4), Ponoshec and Gjakova (one mortar round),
  Bilozerka (one round found "Yest. evening"), Chernechchyna (2 AT mines), Konduga (2
  IEDs + 1 mortar bomb = 3). Items removed or destroyed with no find told are
  clearance: Salah al-Din (212), Junik (26 destroyed at the demolition site), Kani twp
  (17 mines removed), Gao (38), Phin (a 250 lb bomb blown up by the road: 1),
  Posad-Pokrovske (37 since 1 August, with the land returned), Okhtyrka r-n (312 VNP
  since Monday, incl. 9 AT mines, counted once), Baidoa and Bay (more than 3,000,
  "last year" = 2025). Land found free after survey or checked and planted is clearance
  (Arkhanhelske, Gwoza "last year"), as is a deminer's work ("clearing minefields in
  Chiredzi district" from 2012; a medic "for a clearance operator in Savannakhet
  province", undated).
- A handover told over two sentences shares its facts: Burma Valley is handed back
  "Last Friday" (27 February 2026, day) and takes the 9,842 mines the next sentence
  counts "since we started the task in March 2021".
- A deminer killed in an accident during clearance is an incident (Mount Selinda,
  2016, killed 1). A comment's or slide's past accident keeps its own date and counts
  (Prilep 2001, injured 1; Murovdag 2023, killed 1; Damboa 2023, killed 3).
- Hospital and clinic towns are mentions even inside the event's sentence (Tripoli,
  Misrata, Kherson, Peja, Monywa twice, Okhtyrka, Deir al-Zour city); Sévaré, the
  evacuation town of the Boni line, keeps its own minefield line. Home towns and
  commenters' towns (Peć, Sugovushan, Beledweyne, Harare's medics) and places of risk
  education (Mylove, Istog, Klina, Monywa, Velyka Pysarivka, the towns of Mopti and
  Ségou) are mentions; so are a trip's stops and a border crossing (Baku, Ganja,
  Lachin, Vietnam, Lao Bao, Savannakhet the town), a museum town (Vientiane), a
  ministry's seat and a time zone's city (Damascus: "17:40 Damascus time"), a
  trainer country (Turkey), a missing data region (Timbuktu region), a river crossed
  (the Chindwin) and a river named as the side shelling comes from (the Dnipro).
  Zimbabwe's missed treaty deadline is a mention.
- A meeting held that day is a dated conference (Beryslav 11 Sep, Sumy 5 May, Bamako's
  course ending Fri 11/10, Mogadishu's workshop "on Tuesday" = 10 February 2026);
  meetings and courses still to come are conferences without a date (Benghazi on 2
  June, Kalay on 22 Feb, Harare "on Thursday", Aleppo city "next month"). A planned
  "priority survey" of fields in Lebedyn community and heads of "the communities of
  Beryslav r-n" at a meeting are mentions (Beryslav r-n takes Thursday's incident).
- Attendees' regions at a workshop (Galgaduud, Mudug and Hiiraan in 7/8) add nothing
  to their roles from other posts.
- Usernames, handles and page names are not namings (u/mekong_drifter, BornoBoy,
  DikwaMan, Farmer_Mubi, @aydan.returns, "Kosovo Police – Regional Directorate
  West", "Kherson Regional Military Administration", the Viber channel's address). A
  location pin ("📍 Kəlbəcər") and a hashtag of the bare name (#Kəlbəcər, #Kalbajar,
  #Tripoli, #Kherson, #Libya, #Zimbabwe, #Azerbaijan, #Somalia) join the body's entry
  of that name; "Kəlbəcər" is a spelling variant of Kalbajar, "Peć" of Peja,
  "Đakovica" of Gjakova, "Sepon" and "Tchepone" of Xepon, "Tadmur" of Palmyra, "Khan
  Sheikhoun" of Khan Shaykhun, "Galkacyo" of Galkayo. #Libya is Libya's only naming
  (a mention, as in dev_posts); Zimbabwe and Somalia are also named in the body
  ("central Somalia" is Somalia, mention). "russia"
  (lower case, as Ukrainian posts write it) is Russia named as a border: mention.
- A municipality in brackets after its village ("Irzniq (Deçan)", "Ponoshec
  (Gjakova)") is the municipality (admin2 with its seat's id) and shares the village's
  event; Gjakova's "Đakovica" in a comment joins it.
- "Lao here" is a demonym (the commenter is Lao), not Laos; "Islamic State" is an
  organisation, "Syrian", "Turkish", "Armenian" are adjectives,
  "the Ethiopia border" names Ethiopia as a border (mention), "Ottawa Convention" is a
  treaty's name (no place).
"""

# ruff: noqa: E501  (article file names and quoted lines are kept whole)

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "740_x_thread_libya_tripoli_ain_zara_salah_al_din_qasr_bin_ghashir_sirte.txt": [
        # 1/7 and 2/7's hospital; #Tripoli.
        S("Tripoli", "mention", 2210247),
        # 2/7: Sun 18 May, two brothers injured.
        S("Ain Zara", "incident", (32.80, 13.26), country_code="LY", date="2025-05-18", prec=D, injured=2),
        # 3/7: "this week", 212 items removed.
        S("Salah al-Din", "clearance", (32.81, 13.21), country_code="LY", date="2025-05-01", prec=M, mines=212),
        # 4/7: warhead + 3 items found on Tuesday (20 May).
        S("Qasr bin Ghashir", "minefield", 2213618, date="2025-05-20", prec=D, mines=4),
        # 4/7: all 4 destroyed yesterday (23 May) at the demolition site.
        S("Tarhuna", "clearance", 2210221, date="2025-05-23", prec=D, mines=4),
        # 5/7: survey finished yesterday, 3 hazardous areas confirmed.
        S("Abu Salim", "minefield", (32.84, 13.17), country_code="LY", date="2025-05-23", prec=D),
        # 6/7: shepherd injured on Wed (21 May).
        S("Sirte", "incident", 2210554, date="2025-05-21", prec=D, injured=1),
        S("Misrata", "mention", 2214846),
        # 7/7: refresher course still to come.
        S("Benghazi", "conference", 88319),
        C("Libya", "mention", "LY"),
    ],
    "741_telegram_kherson_kyselivka_bilozerka_beryslav_velyka_oleksandrivka.txt": [
        # Tue 09:10: "Yesterday" = 9 Sep, driver killed, passenger injured.
        A2("Kherson r-n", "incident", (46.80, 32.65), "UA", date="2024-09-09", prec=D, killed=1, injured=1),
        S("Kyselivka", "incident", 705782, date="2024-09-09", prec=D, killed=1, injured=1),
        # Hospital town and #Kherson.
        S("Kherson", "mention", 706448),
        # Tue 14:00: 37 items since 1 August, land returned.
        S("Posad-Pokrovske", "clearance", (46.83, 32.40), country_code="UA", date="2024-08-01", prec=D, mines=37),
        # Wed 08:45: round found "Yest. evening" (10 Sep).
        S("Bilozerka", "minefield", 712508, date="2024-09-10", prec=D, mines=1),
        # Wed 12:30: meeting held today.
        S("Beryslav", "conference", 712260, date="2024-09-11", prec=D),
        S("Novoraisk", "minefield", 699309),
        S("Tiahynka", "minefield", 690903),
        # Wed 17:15: running total since 1 January.
        A1("Kherson obl.", "incident", (46.65, 33.40), "UA", date="2024-01-01", prec=D, killed=9, injured=31),
        F("Dnipro", "mention", (46.70, 32.75), "UA", tolerance_km=LINEAR),
        # Thu 07:50: tractor driver injured this morning.
        A2("Beryslav r-n", "incident", (47.05, 33.45), "UA", date="2024-09-12", prec=D, injured=1),
        S("Velyka Oleksandrivka", "incident", 690288, date="2024-09-12", prec=D, injured=1),
        # Thu 13:05: 120 ha released after survey.
        S("Arkhanhelske", "clearance", 713208, date="2024-09-12", prec=D),
        # Risk education.
        S("Mylove", "mention", 700566),
    ],
    "742_police_facebook_kosovo_irzniq_decan_ponoshec_gjakova_junik.txt": [
        # Fri 12 Apr: 26 items destroyed near Junik this morning.
        S("Junik", "clearance", 789739, date="2024-04-12", prec=D, mines=26),
        # Comment: uncle lost his foot above Prilep in 2001.
        S("Prilep", "incident", 786734, date="2001-01-01", prec=Y, injured=1),
        # Risk education.
        S("Istog", "mention", 789996),
        S("Klina", "mention", 789455),
        F("Rugova gorge", "minefield", (42.68, 20.18), "XK"),
        # Wed 10 Apr: "Yesterday" (9 Apr) boy injured.
        S("Irzniq", "incident", 786156, date="2024-04-09", prec=D, injured=1),
        A2("Deçan", "incident", 791580, "XK", date="2024-04-09", prec=D, injured=1),
        S("Peja", "mention", 787157, variants=["Peć"]),
        # Tue 9 Apr: suspected areas; casualties since 1999.
        S("Batushë", "minefield", (42.43, 20.28), country_code="XK"),
        C("Albania", "mention", "AL"),
        C("Kosovo", "incident", "XK", date="1999-01-01", prec=Y),
        # Mon 8 Apr: mortar round found and removed.
        S("Ponoshec", "minefield", (42.43, 20.35), country_code="XK", date="2024-04-08", prec=D, mines=1),
        A2("Gjakova", "minefield", 791646, "XK", variants=["Đakovica"], date="2024-04-08", prec=D, mines=1),
    ],
    "743_signal_group_summary_sagaing_yinmabin_salingyi_letpadaung_budalin_kani.txt": [
        # Sun 9/2: "yest. evening" (8 Feb), 2 farmers injured.
        A2("Yinmabin twp", "incident", (22.07, 94.90), "MM", date="2025-02-08", prec=D, injured=2),
        # Clinic/hospital town; MRE session.
        S("Monywa", "mention", 1308522),
        # Mon 10/2: mines laid "last week" (February).
        A2("Salingyi twp", "minefield", (21.97, 95.08), "MM", date="2025-02-01", prec=M),
        # Mon 10/2: two cows killed "On Sat" (8 Feb).
        F("Letpadaung hills", "incident", (22.07, 95.02), "MM", date="2025-02-08", prec=D),
        # Tue 11/2: boy killed yesterday (10 Feb), friend injured.
        A2("Budalin twp", "incident", (22.39, 95.14), "MM", date="2025-02-10", prec=D, killed=1, injured=1),
        # Wed 12/2: 17 mines removed on Mon (10 Feb).
        A2("Kani twp", "clearance", (22.44, 94.85), "MM", date="2025-02-10", prec=D, mines=17),
        # Wed 12/2 21:10: paths around the village mined.
        S("Mingin", "minefield", (22.87, 94.49), country_code="MM"),
        F("Chindwin", "mention", (22.11, 95.12), "MM", tolerance_km=LINEAR),
        # Thu 13/2: suspected area marked today.
        S("Ye-U", "minefield", 1285002, date="2025-02-13", prec=D),
        # Fri 14/2: ToT still to come.
        S("Kalay", "conference", 1321218),
        # Summary: the week's casualties.
        A1("Sagaing Region", "incident", (23.20, 95.30), "MM", tolerance_km=LARGE, date="2025-02-01", prec=M, killed=1, injured=3),
        C("Myanmar", "incident", "MM", date="2023-01-01", prec=Y),
    ],
    "744_linkedin_deminer_zimbabwe_burma_valley_mutare_rusitu_chimanimani.txt": [
        # Handed back "Last Friday" (27 Feb 2026); 9,842 AP mines destroyed.
        F("Burma Valley", "clearance", (-19.18, 32.78), "ZW", date="2026-02-27", prec=D, mines=9842),
        C("Mozambique", "mention", "MZ"),
        S("Mutare", "mention", 884979),
        # Deminer's work from 2012.
        A2("Chiredzi district", "clearance", 893485, "ZW", date="2012-01-01", prec=Y),
        # Colleague killed in an accident in 2016.
        S("Mount Selinda", "incident", (-20.42, 32.70), country_code="ZW", date="2016-01-01", prec=Y, killed=1),
        # Remaining minefield, the next task.
        F("Rusitu valley", "minefield", (-20.03, 32.93), "ZW"),
        A2("Chimanimani district", "minefield", 893813, "ZW"),
        A1("Manicaland", "minefield", (-19.0, 32.5), "ZW"),
        # Treaty deadline; #Zimbabwe.
        C("Zimbabwe", "mention", "ZW"),
        # Medics' origin; operators' meeting "on Thursday" still to come.
        S("Harare", "conference", 890299),
    ],
    "745_reddit_laos_savannakhet_xepon_ban_dong_phin_vilabouly_nong.txt": [
        # The town: start of the trip, guide's base.
        S("Savannakhet", "mention", 1653316),
        # OP: kid killed near Sepon "last month" (October 2025).
        S("Xepon", "incident", 1655076, variants=["Sepon", "Tchepone"], date="2025-10-01", prec=M, killed=1),
        # Fields around the tanks never checked.
        S("Ban Dong", "minefield", (16.63, 106.43), country_code="LA"),
        # Bomb blown up by the road "on Saturday" (15 Nov).
        S("Phin", "clearance", 1655126, date="2025-11-15", prec=D, mines=1),
        C("Vietnam", "mention", "VN"),
        S("Lao Bao", "mention", 1576304),
        # A medic for a clearance operator there.
        A1("Savannakhet province", "clearance", (16.50, 105.70), "LA"),
        # Cluster bombs found under a school garden "last year" (2024).
        A2("Vilabouly district", "minefield", (16.98, 105.93), "LA", date="2024-01-01", prec=Y),
        # Buffalo killed in March.
        A2("Nong district", "incident", (16.38, 106.48), "LA", date="2025-03-01", prec=M),
        S("Vientiane", "mention", 1651944),
        C("Laos", "minefield", "LA"),
    ],
    "746_tiktok_caption_azerbaijan_kalbajar_zar_istisu_murovdag.txt": [
        # Title, pin, slide 2, caption; mines found since January; hashtags.
        A2("Kalbajar", "minefield", 586268, "AZ", variants=["Kəlbəcər"], date="2024-01-01", prec=M, mines=2000),
        # "Last week" (July) street cleared, 38 mines out of the orchard.
        S("Zar", "clearance", (40.20, 46.25), country_code="AZ", date="2024-07-01", prec=M, mines=38),
        S("Baku", "mention", 587084),
        S("Ganja", "mention", 586523),
        # Slide 3: fields still not cleared.
        S("Istisu", "minefield", 147969),
        # Slide 5: shepherd killed "last year" (2023).
        F("Murovdag", "incident", (40.30, 46.35), "AZ", date="2023-01-01", prec=Y, killed=1),
        # Casualties since 2020 (combined figure).
        C("Azerbaijan", "incident", "AZ", date="2020-01-01", prec=Y),
        S("Sugovushan", "mention", (40.14, 46.62), country_code="AZ"),
        S("Lachin", "mention", 147625),
        C("Armenia", "mention", "AM"),
    ],
    "747_farmer_forum_nigeria_borno_konduga_kawuri_damboa_dikwa.txt": [
        # Title; update: 2 IEDs + 1 mortar bomb found "on Thursday" (13 June).
        S("Konduga", "minefield", 2334044, date="2024-06-13", prec=D, mines=3),
        # The poster's farm.
        A2("Konduga LGA", "mention", (11.55, 13.50), "NG"),
        # Distance reference; mine action office.
        S("Maiduguri", "mention", 2331447),
        # "last Tuesday" (4 June): neighbour's son lost his leg.
        S("Kawuri", "incident", (11.72, 13.53), country_code="NG", date="2024-06-04", prec=D, injured=1),
        # Cousin's farm checked last year, nothing found.
        S("Gwoza", "clearance", 2339665, date="2023-01-01", prec=Y),
        # Three farmers killed last year.
        S("Damboa", "incident", 2345498, date="2023-01-01", prec=Y, killed=3),
        A1("Borno State", "mention", (11.8, 13.0), "NG", tolerance_km=LARGE),
        A1("Adamawa", "mention", (9.5, 12.4), "NG", tolerance_km=LARGE),
        S("Madagali", "minefield", 2331715),
        # "during the last rainy season" (2023).
        S("Dikwa", "minefield", 2344854, date="2023-01-01", prec=Y),
        # 2022 casualties, combined figure.
        C("Nigeria", "incident", "NG", date="2022-01-01", prec=Y),
    ],
    "748_live_blog_syria_khan_shaykhun_al_mayadin_tal_rifaat_palmyra.txt": [
        # Time zone's city; health ministry's seat.
        S("Damascus", "mention", 170654),
        # 08:05: two children killed this morning.
        S("Khan Shaykhun", "incident", 168325, variants=["Khan Sheikhoun"], date="2025-03-11", prec=D, killed=2),
        A1("Idlib", "incident", (35.80, 36.60), "SY", date="2025-03-11", prec=D, killed=2),
        # 09:30: 1,240 munitions destroyed since 8 December.
        A1("Hama", "clearance", (35.20, 36.90), "SY", date="2024-12-08", prec=D, mines=1240),
        # 10:45: farmer wounded yesterday (10 Mar).
        A1("Deir ez-Zor province", "incident", (35.00, 40.30), "SY", tolerance_km=LARGE, date="2025-03-10", prec=D, injured=1),
        S("Al-Mayadin", "incident", 173480, date="2025-03-10", prec=D, injured=1),
        S("Deir al-Zour city", "mention", 170794),
        # 12:20: three minefields recorded since Sunday (9 Mar).
        S("Tal Rifaat", "minefield", 163476, date="2025-03-09", prec=D),
        A1("Aleppo", "minefield", (36.20, 37.50), "SY", date="2025-03-09", prec=D),
        # 13:50: mines laid 2015-2017.
        S("Palmyra", "minefield", 163808, variants=["Tadmur"], date="2015-01-01", prec=Y),
        # 15:10: at least 249 killed since 8 December.
        C("Syria", "incident", "SY", date="2024-12-08", prec=D, killed=249),
        # 16:25: training next month.
        C("Turkey", "mention", "TR"),
        S("Aleppo city", "conference", 170063),
    ],
    "749_viber_community_sumy_okhtyrka_boromlia_chernechchyna_trostianets.txt": [
        # Header; 312 VNP removed since Monday (1 May).
        A2("Okhtyrka r-n", "clearance", (50.35, 35.00), "UA", date="2023-05-01", prec=D, mines=312),
        # Header; killed 4 and injured 11 since the beginning of 2023.
        A1("Sumy obl.", "incident", (51.00, 34.40), "UA", date="2023-01-01", prec=M, killed=4, injured=11),
        # 03.05: "Yesterday" (2 May) tractor driver injured.
        S("Boromlia", "incident", 711629, date="2023-05-02", prec=D, injured=1),
        S("Okhtyrka", "mention", 713749),
        # 04.05: 2 AT mines found "on Tue" (2 May).
        S("Chernechchyna", "minefield", 710746, date="2023-05-02", prec=D, mines=2),
        # 04.05: forest belts along the road still mined.
        S("Trostianets", "minefield", 691255),
        S("Kyrykivka", "minefield", 705854),
        # 05.05: council meeting today.
        S("Sumy", "conference", 692194, date="2023-05-05", prec=D),
        S("Lebedyn", "mention", 613273),
        S("Velyka Pysarivka", "mention", 690230),
        C("russia", "mention", "RU"),
    ],
    "750_whatsapp_weekly_numbers_mali_bandiagara_koro_douentza_niono_ansongo_gao.txt": [
        # Summary line: the week's incidents by region.
        A1("Mopti region", "incident", (14.50, -3.50), "ML", tolerance_km=LARGE, date="2024-10-01", prec=M),
        A1("Ségou region", "incident", (13.90, -6.00), "ML", tolerance_km=LARGE, date="2024-10-01", prec=M),
        A1("Gao region", "incident", (16.30, 0.50), "ML", tolerance_km=LARGE, date="2024-10-01", prec=M),
        # Tue 8/10: minibus on the road to Bankass.
        A2("Bandiagara cercle", "incident", (14.30, -3.40), "ML", date="2024-10-08", prec=D, killed=5, injured=7),
        S("Bankass", "incident", 2460401, date="2024-10-08", prec=D, killed=5, injured=7),
        # Thu 10/10: cart near Dinangourou, 2 killed.
        A2("Koro cercle", "incident", (14.10, -2.80), "ML", date="2024-10-10", prec=D, killed=2),
        S("Dinangourou", "incident", (14.45, -2.24), country_code="ML", date="2024-10-10", prec=D, killed=2),
        # Sat 12/10: 3 children injured near Boni.
        A2("Douentza cercle", "incident", (15.00, -2.60), "ML", date="2024-10-12", prec=D, injured=3),
        S("Boni", "incident", (15.07, -2.22), country_code="ML", date="2024-10-12", prec=D, injured=3),
        # Evacuation town; Wed 9/10 suspected areas near the airport.
        S("Sévaré", "minefield", (14.53, -4.09), country_code="ML", date="2024-10-09", prec=D),
        # Wed 9/10: motorbike north of Diabaly.
        A2("Niono cercle", "incident", (14.70, -5.95), "ML", date="2024-10-09", prec=D, killed=1, injured=2),
        S("Diabaly", "incident", (14.69, -6.02), country_code="ML", date="2024-10-09", prec=D, killed=1, injured=2),
        # Fri 11/10: truck south of Ansongo.
        S("Ansongo", "incident", 2461003, date="2024-10-11", prec=D, injured=2),
        # Mon 7/10: 38 items destroyed.
        S("Gao", "clearance", 2457163, date="2024-10-07", prec=D, mines=38),
        # EORE towns and sites.
        S("Mopti", "mention", 2453348),
        S("Ségou", "mention", 2451478),
        S("Bandiagara", "mention", 2460489),
        # Fri 11/10: course completed.
        S("Bamako", "conference", 2460596, date="2024-10-11", prec=D),
        A1("Timbuktu region", "mention", (17.50, -3.50), "ML", tolerance_km=400),
        # Since 1 Jan, 312 casualties (combined).
        C("Mali", "incident", "ML", date="2024-01-01", prec=D),
    ],
    "751_bluesky_thread_somalia_galgaduud_balanbale_galkayo_bulo_burte_baidoa.txt": [
        C("Somalia", "mention", "SO"),
        C("Ethiopia", "mention", "ET"),
        # 2/8: belts laid in 1977-78, never cleared.
        S("Balanbale", "minefield", 342803, date="1977-01-01", prec=Y),
        S("Abudwak", "minefield", 63400, date="1977-01-01", prec=Y),
        # 3/8: livestock lost and 37 killed or injured since 2020.
        A1("Galgaduud", "incident", (5.50, 46.60), "SO", date="2020-01-01", prec=Y),
        A1("Mudug", "incident", (6.50, 47.60), "SO", tolerance_km=LARGE, date="2020-01-01", prec=Y),
        # 4/8: 14 IED incidents on the road in 2024.
        S("Galkayo", "incident", 59611, variants=["Galkacyo"], date="2024-01-01", prec=Y),
        S("Dhusamareb", "incident", 60928, date="2024-01-01", prec=Y),
        # 5/8: driver's home town; IED in March 2025.
        S("Beledweyne", "mention", 64460),
        S("Bulo Burte", "incident", 63689, date="2025-03-01", prec=M, injured=1),
        A1("Hiiraan", "incident", (4.30, 45.40), "SO", date="2025-03-01", prec=M, injured=1),
        # 6/8: depot cleared last year (2025), more than 3,000 items.
        S("Baidoa", "clearance", 64536, date="2025-01-01", prec=Y, mines=3000),
        A1("Bay", "clearance", (2.80, 43.50), "SO", date="2025-01-01", prec=Y, mines=3000),
        # 7/8: workshop on Tuesday (10 Feb 2026).
        S("Mogadishu", "conference", 53654, date="2026-02-10", prec=D),
    ],
}
