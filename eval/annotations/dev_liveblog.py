"""More development articles (eval/dev 845-856), annotated like those in dev.py.

Live blogs and broadcast news, one outlet kind each, every article telling several
events in several places with relative dates resolved against the Date: header and
casualty and item counts in varied forms: a UK news site's Ukraine live blog in BST,
oldest first (Mykolaiv and Kherson regions: a tractor, a sea mine washed up
"overnight", teenagers hurt "yesterday evening", a deminer hurt "on the 3rd"); a
Croatian radio bulletin with a correspondent in Bosnia (Lika-Senj and Karlovac
counties, Una-Sana Canton); a Kurdistan regional TV evening round-up (Sulaymaniyah,
Duhok, Erbil and Halabja provinces); live notes of a press conference in Vientiane
(Xieng Khouang, Houaphanh, Savannakhet, Laos); a Yemen live blog, newest first (Taiz,
Hodeidah and Marib governorates); a Colombian regional radio bulletin in translation
(Cauca, Nariño, Meta, Antioquia); running updates from the Thai–Cambodian border
("Update 07:50:"; Si Sa Ket, Surin, Ubon Ratchathani, Sa Kaeo); a Libyan TV evening
bulletin ten days after the Derna floods (Derna, Benghazi, Gharyan, Tripoli,
Ajdabiya); an Angolan radio bulletin in translation (Cuando Cubango, Bié, Moxico);
a Myanmar exile outlet's live page in MMT (Chin State, Magway Region, India's
Mizoram); live notes of the Sudanese mine action centre's press conference in Port
Sudan (Sennar, Khartoum and Gezira states); a Kosovo regional TV evening round-up
with a Serbian item (Shtërpcë/Štrpce, Kamenica, Deçan, Niš).

Decisions where the rules are silent (the earlier batches' conventions are kept:
"this morning" on a live page is its date, a night spanning two dates is its first
day, "last week" and "this week" are month precision, a studio city, a
correspondent's location and a hospital town are mentions, meetings and courses
still to come are conferences without a date, "found and destroyed" is a find, a
combined "killed or injured" figure gives no counts):
- An entry's relative dates count from the page's Date:, whatever the entry's time
  stamp; stamps in BST, MMT, ICT or "Aden time" change nothing (every stamp lies on
  the Date: day). "Overnight" in a morning entry is the night before the page's date
  and takes its first day (Ochakiv: 16 April for a 17 April page; Khok Sung: 2
  September). "Yesterday evening" and "yesterday afternoon" are the day before;
  "on the 3rd", "on the 11th", "on the 12th" are days of the page's month; "on
  Monday", "on Tuesday", "on Thursday", "on Sunday", "on Friday" told of a past event
  are the most recent such day before the page's date; a briefing announced "in
  Bangkok on Friday" is still to come (conference, undated).
- "Since January" is January (month); "so far this year" is the year; "since the army
  regained control of the capital at the end of March" is March (month); "since the
  ceasefire came into force on 28 July" is that day; "since April 2023" is April
  2023 (month); "Since 2020" and "since the war ended in 1999" are year precision;
  "last month" and "over the past week" are month precision; a course that "finished
  on the 11th" or "ended this afternoon" is dated by that day; "finished ... this
  week" is the month.
- A studio city (Erbil, Luanda, Pristina before its workshop), a time zone's city
  ("18:20 Aden time", "Bangkok time"), a correspondent's location (Bihać, Benghazi,
  Pasto, Moxico) and a hospital or evacuation town (Gospić, Mykolaiv, Odesa,
  Sulaymaniyah, Phonsavan, Popayán, Kantharalak, Menongue, Champhai, Ferizaj) are
  mentions unless another sentence gives them more: Aden holds a workshop
  (conference), Pasto a workshop the day before (conference), Menongue a seminar on
  Friday (conference), Benghazi the Sabri blast of its sentence (incident), Moxico
  the minefield its correspondent "reports on" (minefield, with that event's facts).
- A broadcast's name is not a place ("Kurdistan Tonight": no Kurdistan entry); the
  Iran-Iraq war, the NATO bombing, the Second Army Area and the organisations with
  a place inside their names (Iraqi Kurdistan Mine Action Agency, Thailand Mine
  Action Centre, Kosovo Security Force, Kosovo Mine Action Centre, Libyan Mine
  Action Centre, UXO Lao, Humanicemos DH) are not counted; the European Union as a
  donor is an organisation. "Iranian border", "Indian border", "Thai–Cambodian",
  "Russian forces", "Saudi-funded" are adjectives.
- A headline or lead-in sentence that announces a story gives its places that story's
  role and facts: "a soldier wounded by a mine in the south of Cauca" (Cauca, though
  the story's own sentence names only El Plateado and Argelia), "a farmer killed on a
  path in Samaniego, Nariño", "twelve hectares returned ... in Meta", "There was
  better news from Karlovac County this morning" before the Slunj handover, "Our
  correspondent in Moxico ... reports on a new minefield". A summary entry that
  repeats the day's events ("a girl hurt in Hays") adds nothing; a bare district name
  there joins the district entry.
- Counts told over the next sentence of the same event go to the event's places: the
  nephew wounded by a second mine at Mawat (killed 1, injured 1); the third boy
  injured in Kham district; the four passengers hurt on the Sirwah road (killed 3,
  injured 4); Slunj's 38 + 1 mines and Deçan's 17 + 1 items told after the handover
  (39 and 18, dated by the handover); Bié's 57 + 2 (59); Mesetas' four mines. "A
  displaced couple" killed is 2; "a man and ... a girl" wounded is as counted;
  "forty-six mines", "at least sixty anti-tank mines" and "at least 16 anti-tank
  mines on the first day alone" are 46, 60 and 16. 212 items "among them 9
  anti-personnel mines" is 212; "1,187 explosive items ..., 64 of them anti-tank
  mines" is 1,187; Masam's "1,043 ... across Yemen, 712 of them in Marib governorate"
  gives Marib governorate 712.
- Sepon district: pupils found one bomblet on the 12th and the team found seven more
  the next day and destroyed "all eight": one minefield dated by the first find (12
  November) with mines 8, given also to Savannakhet province named with it.
- Derna: rescue teams "are now finding" old shells in the mud (minefield, undated, no
  count); the 37 items collected on Tuesday "in the bed of the Wadi Derna" go to the
  wadi (a feature, LINEAR tolerance), not to the city whose name it carries.
- "Sabri district" (title) and "the Sabri district" are a city quarter of Benghazi: a
  settlement entry not in the gazetteer, under its first written form; Benghazi,
  named in the same sentence as the place that holds the quarter, takes the same
  incident.
- A bare province name in a title or a label joins the province entry: "a deadly week
  in Sennar" (Sennar state, with "Sennar state" as a variant); "Khartoum clearance" in
  the title and the label "Khartoum." join "Khartoum state"; "Si Sa Ket", "Surin" and
  "Ubon Ratchathani" in TMAC's update join the provinces of that name; "the Mykolaiv
  region" is the oblast, "Mykolaiv" the hospital city.
- A municipality or district never separated from a same-named seat is one admin2
  entry with the seat's id ("the municipality of Argelia", "the rural area of
  Samaniego / Mesetas / Anorí", "the municipality of Cuito Cuanavale", Amedi, Kham,
  Sepon, Maqbanah, Hays, Bashtanka, Phu Sing, Phanom Dong Rak, Buntharik and Khok
  Sung districts); the commune of Cunje is an admin2 entry with the id cities500
  gives it. A corregimiento (El Plateado) and villages are settlements.
- A direction or distance from a town with no more specific named place puts the
  event at the town ("in the hills outside Mawat", "about four kilometres east of the
  town"; "north of Al-Khawkhah"; "south of Jebel Aulia"; "near the airport outside
  Niš"); a city used as a reference for a named district is a mention ("west of Taiz"
  in the title, "west of Taiz city"); "the road between Sirwah and the city" gives the
  blast to Sirwah and Marib city; "the road between Luena and Lucusse" gives the
  minefield to both.
- "Shtërpcë" and "Štrpce" are one place (variant); "Bahri" is Khartoum North; "the
  Sharr mountains above Shtërpcë" gives the incident to the range (LINEAR) and the
  town. A dog killed with the shepherd adds no count; sheep lost "last year" on the
  Mawat slope add nothing to Mawat's incident.
- Remaining contamination stated for a country (Ukraine's 139,000 km2, Croatia's 120
  km2) is an undated minefield; Angola's treaty commitment sits in a sentence of its
  own, and Angola takes the incident of its "so far this year" figures. A survey still
  to start (Salavan province) and donors (United States, Japan, South Korea, UK) are
  mentions, as are attendees' countries (Serbia, Montenegro at Zagreb; Albania, North
  Macedonia, Montenegro at Pristina) and a border partner (Iran, Cambodia).
- Items that "washed up" (Ochakiv, a sea mine), were "turned up" by a plough (Vojnić,
  Kamenica) or found by engineers or survey teams (Ta Muen Thom, Jebel Aulia,
  Luena–Lucusse, Anorí, Sarsing) are finds: minefield, dated by the find even when
  they were destroyed later. Mines "planted" on Tuesday (Gangaw township) are a
  minefield dated that day. Land "handed back", "released", "delivered" or
  "reopened", items "removed" or "destroyed", and clearance "finished" are clearance;
  a handover ceremony (Slunj) is clearance, not a conference.
- Eleven "new suspected areas ... recorded this year, after residents reported finds
  around Cazin and Bužim" give both towns a minefield dated by the year, with no
  count (areas are not mines).
"""

# ruff: noqa: E501

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "845_ukraine_live_blog_mykolaiv_snihurivka_tractor_ochakiv_sea_mine_shyrokolanivka_kutsurub.txt": [
        # 08.15: tractor driver killed this morning.
        S("Snihurivka", "incident", 693379, date="2025-04-17", prec=D, killed=1),
        A2("Bashtanka district", "incident", 712775, "UA", date="2025-04-17", prec=D, killed=1),
        A1("Mykolaiv region", "incident", (47.20, 32.00), "UA", date="2025-04-17", prec=D, killed=1),
        # Overnight: a sea mine washed up (find), blown up at dawn.
        S("Ochakiv", "minefield", 698770, date="2025-04-16", prec=D, mines=1),
        # Yesterday evening: two brothers injured.
        S("Shyrokolanivka", "incident", 694036, date="2025-04-16", prec=D, injured=2),
        # Hospital city.
        S("Mykolaiv", "mention", 700569),
        # The deminer hurt on the 3rd; moved to Odesa.
        S("Kutsurub", "incident", 703520, date="2025-04-03", prec=D, injured=1),
        S("Odesa", "mention", 698740),
        # Last week: 1,187 items removed and destroyed.
        A1("Kherson region", "clearance", (46.70, 33.40), "UA", date="2025-04-01", prec=M, mines=1187),
        S("Voznesensk", "conference", 688860, date="2025-04-17", prec=D),
        C("UK", "mention", "GB"),
        # Heading, and "up to 139,000 square kilometres ... may still be contaminated".
        C("Ukraine", "minefield", "UA"),
    ],
    "846_croatia_bosnia_radio_bulletin_lovinac_hunter_slunj_handover_vojnic_bosanska_krupa_bastra.txt": [
        # Yesterday evening: hunter injured.
        S("Lovinac", "incident", 3196182, date="2024-04-03", prec=D, injured=1),
        A1("Lika-Senj County", "incident", (44.60, 15.30), "HR", date="2024-04-03", prec=D, injured=1),
        S("Gospić", "mention", 3199873),
        # This morning: 214 ha handed back; 38 AP + 1 AT mines taken out.
        A1("Karlovac County", "clearance", (45.30, 15.50), "HR", date="2024-04-04", prec=D, mines=39),
        S("Slunj", "clearance", 3190523, date="2024-04-04", prec=D, mines=39),
        # Tuesday: an anti-tank mine turned up by a plough.
        S("Vojnić", "minefield", 3187451, date="2024-04-02", prec=D, mines=1),
        # The disposal team's town.
        S("Karlovac", "mention", 3345300),
        C("Croatia", "minefield", "HR"),
        # This afternoon: two deminers injured.
        C("Bosnia and Herzegovina", "incident", "BA", date="2024-04-04", prec=D, injured=2),
        S("Bosanska Krupa", "incident", 3203653, date="2024-04-04", prec=D, injured=2),
        S("Baštra", "incident", (45.00, 16.11), country_code="BA", date="2024-04-04", prec=D, injured=2),
        # Correspondent and hospital.
        S("Bihać", "mention", 3204222),
        A1("Una-Sana Canton", "clearance", (44.85, 16.00), "BA", date="2024-01-01", prec=M, mines=412),
        S("Cazin", "minefield", 3202822, date="2024-01-01", prec=Y),
        S("Bužim", "minefield", 3202935, date="2024-01-01", prec=Y),
        C("Serbia", "mention", "RS"),
        C("Montenegro", "mention", "ME"),
        S("Zagreb", "conference", 3186886),
    ],
    "847_iraq_kurdistan_tv_evening_roundup_mawat_shepherd_sarsing_school_bomblets_choman_biyara_zakho.txt": [
        # Studio city.
        S("Erbil", "mention", 95446),
        # This morning: shepherd killed, nephew wounded by a second mine.
        A1("Sulaymaniyah province", "incident", (35.60, 45.50), "IQ", date="2023-10-15", prec=D, killed=1, injured=1),
        S("Mawat", "incident", 93562, date="2023-10-15", prec=D, killed=1, injured=1),
        C("Iran", "mention", "IR"),
        # Hospital city.
        S("Sulaymaniyah", "mention", 98463),
        # Yesterday: three bomblets found in a school yard.
        A1("Duhok province", "minefield", (36.90, 43.20), "IQ", date="2023-10-14", prec=D, mines=3),
        S("Sarsing", "minefield", (37.04, 43.35), country_code="IQ", date="2023-10-14", prec=D, mines=3),
        A2("Amedi district", "minefield", 99611, "IQ", date="2023-10-14", prec=D, mines=3),
        # Last month: 142 AP mines + 19 mortar shells removed.
        S("Choman", "clearance", 447741, date="2023-09-01", prec=M, mines=161),
        A1("Erbil province", "clearance", (36.40, 44.30), "IQ", date="2023-09-01", prec=M, mines=161),
        # Thursday: orchards handed back.
        A1("Halabja province", "clearance", (35.20, 46.00), "IQ", date="2023-10-12", prec=D),
        S("Biyara", "clearance", (35.23, 46.12), country_code="IQ", date="2023-10-12", prec=D),
        # Course finished on the 11th; the repeat next month.
        S("Zakho", "conference", 89570, date="2023-10-11", prec=D),
        S("Soran", "conference", 96961),
    ],
    "848_laos_press_conference_live_notes_vientiane_kham_district_sepon_school_houaphanh_xam_neua.txt": [
        S("Vientiane", "conference", 1651944, date="2024-11-20", prec=D),
        # Since January: 41 killed or injured, 14 of them fatally.
        C("Laos", "incident", "LA", date="2024-01-01", prec=M, killed=14, injured=27),
        # Monday: two boys killed, a third injured.
        A1("Xieng Khouang province", "incident", (19.45, 103.25), "LA", date="2024-11-18", prec=D, killed=2, injured=1),
        A2("Kham district", "incident", (19.62, 103.60), "LA", date="2024-11-18", prec=D, killed=2, injured=1),
        S("Phonsavan", "mention", 1655123),
        # Last month: 310 ha released.
        A1("Houaphanh province", "clearance", (20.30, 104.20), "LA", date="2024-10-01", prec=M),
        S("Xam Neua", "clearance", 1652203, date="2024-10-01", prec=M),
        # The 12th: one bomblet found, seven more the next day, all eight destroyed.
        A2("Sepon district", "minefield", 1655076, "LA", date="2024-11-12", prec=D, mines=8),
        A1("Savannakhet province", "minefield", (16.50, 105.50), "LA", date="2024-11-12", prec=D, mines=8),
        C("United States", "mention", "US", tolerance_km=1500),
        C("Japan", "mention", "JP"),
        # Survey still to start.
        A1("Salavan province", "mention", (15.80, 106.40), "LA"),
        C("South Korea", "mention", "KR"),
        # Workshop still to come.
        S("Luang Prabang", "conference", 1655559),
    ],
    "849_yemen_live_blog_maqbanah_boy_killed_hays_girl_al_khawkhah_sirwah_minibus_marib_masam.txt": [
        # Distance reference (title "west of Taiz", "west of Taiz city").
        S("Taiz", "mention", 70225),
        # Monday: minibus on the road between Sirwah and the city; 3 killed, 4 hurt.
        S("Sirwah", "incident", 34703, date="2024-03-11", prec=D, killed=3, injured=4),
        S("Marib city", "incident", 72968, date="2024-03-11", prec=D, killed=3, injured=4),
        # Time zone city; workshop opens today.
        S("Aden", "conference", 415189, date="2024-03-13", prec=D),
        # This morning: boy killed, two sisters wounded.
        A2("Maqbanah district", "incident", 407716, "YE", date="2024-03-13", prec=D, killed=1, injured=2),
        # Yesterday evening: girl wounded.
        A2("Hays district", "incident", 74906, "YE", date="2024-03-12", prec=D, injured=1),
        # This afternoon: fisherman injured north of Al-Khawkhah.
        S("Al-Khawkhah", "incident", 79131, date="2024-03-13", prec=D, injured=1),
        A1("Hodeidah governorate", "incident", (14.90, 43.10), "YE", date="2024-03-13", prec=D, injured=1),
        # Last week: 712 of Masam's 1,043 items.
        A1("Marib governorate", "clearance", (15.50, 45.50), "YE", date="2024-03-01", prec=M, mines=712),
        # 48 killed or injured in January.
        C("Yemen", "incident", "YE", date="2024-01-01", prec=M),
    ],
    "850_colombia_radio_bulletin_el_plateado_argelia_cauca_soldier_samaniego_farmer_mesetas_anori.txt": [
        # Yesterday afternoon: soldier wounded.
        S("El Plateado", "incident", (2.464, -77.240), country_code="CO", date="2023-08-21", prec=D, injured=1),
        A2("Argelia", "incident", 3689615, "CO", date="2023-08-21", prec=D, injured=1),
        A1("Cauca", "incident", (2.50, -76.80), "CO", date="2023-08-21", prec=D, injured=1),
        S("Popayán", "mention", 3671916),
        # Sunday: farmer killed.
        A2("Samaniego", "incident", 3670293, "CO", date="2023-08-20", prec=D, killed=1),
        A1("Nariño", "incident", (1.50, -77.80), "CO", date="2023-08-20", prec=D, killed=1),
        # Correspondent; workshop yesterday.
        S("Pasto", "conference", 3672778, date="2023-08-21", prec=D),
        # Friday: 12 ha handed back, four mines removed.
        A1("Meta", "clearance", (3.50, -73.00), "CO", tolerance_km=LARGE, date="2023-08-18", prec=D, mines=4),
        A2("Mesetas", "clearance", 3763578, "CO", date="2023-08-18", prec=D, mines=4),
        # Saturday: fourteen artefacts found.
        A1("Antioquia", "minefield", (7.00, -75.50), "CO", tolerance_km=LARGE, date="2023-08-19", prec=D, mines=14),
        A2("Anorí", "minefield", 3689838, "CO", date="2023-08-19", prec=D, mines=14),
        # Since January: 54 victims, nine died.
        C("Colombia", "incident", "CO", date="2023-01-01", prec=M, killed=9, injured=45),
    ],
    "851_thailand_cambodia_border_running_updates_phu_sing_ranger_ta_muen_thom_buntharik_khok_sung.txt": [
        # 07:50: ranger lost his foot this morning.
        A2("Phu Sing district", "incident", 7510997, "TH", date="2025-09-03", prec=D, injured=1),
        A1("Si Sa Ket province", "incident", (14.80, 104.40), "TH", date="2025-09-03", prec=D, injured=1),
        S("Kantharalak", "mention", 1610227),
        # 09:15: eight PMN-2 found yesterday.
        F("Ta Muen Thom", "minefield", (14.35, 103.27), "TH", date="2025-09-02", prec=D, mines=8),
        A2("Phanom Dong Rak district", "minefield", 1954056, "TH", date="2025-09-02", prec=D, mines=8),
        A1("Surin province", "minefield", (14.70, 103.60), "TH", date="2025-09-02", prec=D, mines=8),
        # 11:40: 312 items since 28 July.
        A1("Ubon Ratchathani", "clearance", (15.00, 105.00), "TH", date="2025-07-28", prec=D, mines=312),
        # 13:05: farmland reopened on Monday.
        A2("Buntharik district", "clearance", 1611461, "TH", date="2025-09-01", prec=D),
        # 14:30: a cow killed overnight.
        A2("Khok Sung district", "incident", 1617816, "TH", date="2025-09-02", prec=D),
        A1("Sa Kaeo province", "incident", (13.80, 102.30), "TH", date="2025-09-02", prec=D),
        C("Thailand", "mention", "TH"),
        # Time zone; briefing for diplomats on Friday (still to come).
        S("Bangkok", "conference", 1609350),
        C("Cambodia", "mention", "KH"),
        S("Kuala Lumpur", "conference", 1735161),
    ],
    "852_libya_tv_news_bulletin_derna_flood_shells_benghazi_sabri_boy_gharyan_farmer_ajdabiya.txt": [
        # Shells and mines being found in the flood mud (undated).
        S("Derna", "minefield", 87205),
        # Tuesday: 37 items collected in the wadi bed.
        F("Wadi Derna", "minefield", (32.75, 22.62), "LY", tolerance_km=LINEAR, date="2023-09-19", prec=D, mines=37),
        # Correspondent; yesterday afternoon a boy injured in the Sabri district.
        S("Benghazi", "incident", 88319, date="2023-09-20", prec=D, injured=1),
        S("Sabri district", "incident", (32.125, 20.075), country_code="LY", date="2023-09-20", prec=D, injured=1),
        # Monday: farmer killed.
        S("Gharyan", "incident", 2217362, date="2023-09-18", prec=D, killed=1),
        # Last week: 212 items removed in Ain Zara.
        S("Tripoli", "clearance", 2210247, date="2023-09-01", prec=M, mines=212),
        S("Ain Zara", "clearance", (32.80, 13.26), country_code="LY", date="2023-09-01", prec=M, mines=212),
        # Course finished this week.
        S("Ajdabiya", "conference", 89113, date="2023-09-01", prec=M),
        # Since 2020: more than 400 killed or injured.
        C("Libya", "incident", "LY", date="2020-01-01", prec=Y),
    ],
    "853_angola_radio_bulletin_cuito_cuanavale_children_cunje_handover_kuito_moxico_luena_lucusse_menongue.txt": [
        S("Luanda", "mention", 2240449),
        # Yesterday: two children injured.
        A2("Cuito Cuanavale", "incident", 3349149, "AO", date="2024-06-11", prec=D, injured=2),
        A1("Cuando Cubango province", "incident", (-14.90, 18.00), "AO", tolerance_km=LARGE, date="2024-06-11", prec=D, injured=2),
        # Hospital town; seminar on Friday.
        S("Menongue", "conference", 3347353, date="2024-06-07", prec=D),
        # This morning: 42 ha delivered; 57 AP + 2 AT destroyed.
        A1("Bié province", "clearance", (-12.40, 17.30), "AO", tolerance_km=LARGE, date="2024-06-12", prec=D, mines=59),
        A2("Cunje", "clearance", 13631658, "AO", date="2024-06-12", prec=D, mines=59),
        S("Kuito", "mention", 3348078),
        # Last week: new minefield, at least 16 AT mines.
        A1("Moxico", "minefield", (-12.50, 21.00), "AO", tolerance_km=LARGE, date="2024-06-01", prec=M, mines=16),
        S("Luena", "minefield", 3347719, date="2024-06-01", prec=M, mines=16),
        S("Lucusse", "minefield", 876165, date="2024-06-01", prec=M, mines=16),
        # So far this year: 14 accidents, nine killed, 22 injured.
        C("Angola", "incident", "AO", date="2024-01-01", prec=Y, killed=9, injured=22),
    ],
    "854_myanmar_live_updates_chin_thantlang_farmers_killed_falam_clearance_tedim_boy_gangaw_hakha.txt": [
        # 08:40: a displaced couple killed this morning.
        A1("Chin State", "incident", (22.00, 93.60), "MM", tolerance_km=LARGE, date="2024-09-11", prec=D, killed=2),
        S("Thantlang", "incident", (22.70, 93.43), country_code="MM", date="2024-09-11", prec=D, killed=2),
        # Tuesday: mines planted.
        A1("Magway Region", "minefield", (20.50, 94.80), "MM", tolerance_km=LARGE, date="2024-09-10", prec=D),
        A2("Gangaw township", "minefield", (22.17, 94.13), "MM", date="2024-09-10", prec=D),
        # Past week: forty-six mines removed.
        S("Falam", "clearance", 1326105, date="2024-09-01", prec=M, mines=46),
        # Yesterday evening: boy lost his leg; carried to Champhai.
        S("Tedim", "incident", 11072083, date="2024-09-10", prec=D, injured=1),
        S("Champhai", "mention", 1261468),
        A1("Mizoram", "mention", (23.30, 92.80), "IN"),
        C("India", "mention", "IN"),
        # 1,003 casualties in 2023.
        C("Myanmar", "incident", "MM", date="2023-01-01", prec=Y),
        S("Hakha", "conference", 1325443, date="2024-09-11", prec=D),
    ],
    "855_sudan_press_conference_live_port_sudan_sinja_children_khartoum_state_bahri_jebel_aulia_wad_madani.txt": [
        S("Port Sudan", "conference", 377039, date="2025-05-14", prec=D),
        # Since April 2023: killed or injured in every state.
        C("Sudan", "incident", "SD", date="2023-04-01", prec=M),
        # Yesterday: three children killed, two wounded.
        S("Sinja", "incident", 366847, date="2025-05-13", prec=D, killed=3, injured=2),
        A1("Sennar", "incident", (13.30, 33.90), "SD", variants=["Sennar state"], date="2025-05-13", prec=D, killed=3, injured=2),
        # Since the end of March: 11,400 items destroyed.
        A1("Khartoum", "clearance", (15.50, 32.70), "SD", variants=["Khartoum state"], date="2025-03-01", prec=M, mines=11400),
        # Last week: hospital grounds handed back.
        S("Bahri", "clearance", 379251, date="2025-05-01", prec=M),
        # Sunday: at least sixty AT mines found.
        S("Jebel Aulia", "minefield", (15.24, 32.50), country_code="SD", date="2025-05-11", prec=D, mines=60),
        # The 3rd: a man badly injured.
        A1("Gezira state", "incident", (14.50, 33.20), "SD", date="2025-05-03", prec=D, injured=1),
        S("Wad Madani", "incident", 364103, date="2025-05-03", prec=D, injured=1),
        # Course still to begin.
        S("Atbara", "conference", 378231),
        C("Japan", "mention", "JP"),
        C("UK", "mention", "GB"),
    ],
    "856_kosovo_serbia_regional_tv_evening_roundup_shterpce_sharr_shepherd_kamenica_decan_pristina_nis.txt": [
        # This afternoon: shepherd injured (his dog killed).
        S("Shtërpcë", "incident", 785388, variants=["Štrpce"], date="2025-10-08", prec=D, injured=1),
        F("Sharr mountains", "incident", (42.10, 20.95), "XK", tolerance_km=LINEAR, date="2025-10-08", prec=D, injured=1),
        S("Ferizaj", "mention", 784759),
        # Yesterday: four bomblets turned up by a plough.
        S("Kamenica", "minefield", 789227, date="2025-10-07", prec=D, mines=4),
        # Monday: 12 ha handed back; 17 submunitions + 1 mortar round removed.
        S("Deçan", "clearance", 791580, date="2025-10-06", prec=D, mines=18),
        # Studio; workshop opened this morning.
        S("Pristina", "conference", 786714, date="2025-10-08", prec=D),
        C("Albania", "mention", "AL"),
        C("North Macedonia", "mention", "MK"),
        C("Montenegro", "mention", "ME"),
        # Last month: 36 bomblets removed.
        C("Serbia", "clearance", "RS", date="2025-09-01", prec=M, mines=36),
        S("Niš", "clearance", 787657, date="2025-09-01", prec=M, mines=36),
        # More than 400 killed or injured since 1999.
        C("Kosovo", "incident", "XK", date="1999-01-01", prec=Y),
    ],
}
