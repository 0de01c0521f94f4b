# ruff: noqa: E501
"""Blind held-out set holdout20 (12 articles); annotated without seeing the rules or any output.

One article per format: a monthly operations update from a national mine action
authority, a radio transcript, a humanitarian situation report excerpt, a
human-interest feature, a short news brief, a parliamentary debate summary, an NGO
social-media thread, a donor announcement, a conference report, a translated regional
press item, a report excerpt pasted from a PDF (hard-wrapped), and an interview.

Decisions where the rules are silent:
- A section label run into its first sentence ("Al Hudaydah governorate: On 4
  September ...", "Taiz governorate: ...") belongs to that sentence and takes its role
  and facts. A heading line on its own ("3.4 Jonglei") names the place and nothing
  else; the place's role then comes from its other sentences.
- "Clearance in Zangilan and Jabrayil continues through the winter" is ongoing
  demining work: clearance, undated. Bare district names are annotated at the town's
  GeoNames entry (a district takes its same-named seat's point).
- A meeting, workshop or course still to come ("planned for next spring", "will be
  held ... next month", "will take place ... in the autumn", a hearing "in December")
  is a conference with no date.
- "In the first week of July" and "this week" are month precision (like "last week").
  "Late last month" and "late June" are month precision. "In the first half of this
  year" and "Between January and June" are the first month (January).
- A held workshop told as a range ("held from 13 to 15 June", "ran from 13 to 24
  October", "28-29 October") takes its first day even when the lede gives the closing
  day.
- A running casualty total for a country ("Since January, 19 people have been injured
  ... in Colombia, most of them in Cauca, Narino and Antioquia") is an incident; by the
  rule that facts go to every place named in the sentence, the provinces named there
  get the same count and date when that sentence gives their role (Narino, Antioquia),
  while Cauca keeps its own specific event (Wednesday's blast).
- "killed or injured" and "casualties" totals give incident with no counts (Azerbaijan,
  Yemen, Cambodia, Laos, South Sudan, Eastern Equatoria).
- A country or province said to still hold contaminated land ("Croatia still had about
  150 square kilometres of suspected hazardous area, most of it in Lika-Senj County and
  Karlovac County", "Sri Lanka still has about 23 square kilometres of contaminated
  land", "Iraq still has ...", "the minefields along the border with Mozambique" for
  Zimbabwe) is a minefield, undated.
- A title pressing for "faster clearance in Lika" names a region where clearance goes
  on: clearance, undated. A funding title ("NOK 60 million to mine clearance in Sri
  Lanka, Zimbabwe and Angola") gives no role by itself; the countries take the roles of
  their own sentences (Angola stays a mention).
- "A deputy from Gospic" is a person's origin: mention. "A deputy representing
  Sisak-Moslavina County welcomed the release of land around Petrinja and Hrvatska
  Kostajnica" names the county where the release happened: clearance with the release's
  facts.
- Mines exploding in a wildfire with no casualties are a blast: incident with no counts
  (Velebit); "the slopes above Karlobag" locate that blast, so Karlobag is an incident
  too (the range is not a more specific place than the town).
- A village "north of Izium", a village "just north of Kherson", "on the old front line
  south of Jaffna": the reference town is a mention. A river named as a reference
  ("North of the Casamance river", "near the mouth of the Shatt al-Arab") is a mention.
- "found and destroyed" (Sindian) and a farmer turning up bombies that the team then
  found and destroyed (Ban Khangviang) are minefields; the count told in the next
  sentence of the same event is theirs (58). Items found beside "the road from Torit to
  Kapoeta" make both towns minefields.
- An animal killed by a mine (a cow near Mukumbura) makes an incident with no count,
  which outranks the clearance named with Mukumbura in another sentence.
- The feature's 2017 blast ("in the dry season of 2017") is year precision; the
  injury told in the next sentence (leg lost) is its count. The protagonist's village's
  later land handover does not change its role (incident wins).
- "On the 3rd" in a transcript dated 12 July is 3 July. "On Saturday" in a
  conference story dated Friday 16 June is the Saturday before (10 June).
- A dateline (DUSHANBE, ZIGUINCHOR, Oslo) adds nothing to the role; Ziguinchor is a
  conference because a training opened there on Monday.
- The Iran-Iraq war is an event name: Iran is not counted. "southern Iraq" joins Iraq.
- An interviewee's past posting "From 2017 to 2020 I was in Mosul ... taking explosives
  out of houses" is clearance dated 2017 (year); "I took my first course in Erbil in
  2016" is a conference (year); "Last week we held a course ... in Basra" is a
  conference at month precision.
- The Kamianka near Izium is a village absent from cities500 (its namesakes elsewhere in
  Ukraine are not it): coordinates given, not in the gazetteer.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "01_a.txt": [
        # 1. Clearance: 1,140 ha released around Giyasli on 17 October.
        A2("Aghdam district", "clearance", 148619, "AZ", date="2025-10-17", prec=D),
        S("Giyasli", "clearance", (40.03, 47.02), country_code="AZ", date="2025-10-17", prec=D),
        # 2. Tuesday 14 October: 26 anti-tank mines found near Talish.
        S("Talish", "minefield", (40.17, 46.66), country_code="AZ", date="2025-10-14", prec=D, mines=26),
        A2("Tartar district", "minefield", 584871, "AZ", date="2025-10-14", prec=D, mines=26),
        # New minefield near Horadiz, last week of October.
        A2("Fuzuli district", "minefield", 148106, "AZ", date="2025-10-01", prec=M),
        S("Horadiz", "minefield", 148003, date="2025-10-01", prec=M),
        # 3. Incidents: 9 October tractor driver injured; 20 October shepherd killed, nephew hurt.
        S("Sugovushan", "incident", (40.14, 46.62), country_code="AZ", date="2025-10-09", prec=D, injured=1),
        S("Istisu", "incident", 147969, date="2025-10-20", prec=D, killed=1, injured=1),
        A2("Kalbajar district", "incident", 586268, "AZ", date="2025-10-20", prec=D, killed=1, injured=1),
        # "Since November 2020, 397 people have been killed or injured by mines in Azerbaijan."
        C("Azerbaijan", "incident", "AZ", date="2020-11-01", prec=M),
        # 4. Course 13-24 October in Goygol; meeting 28-29 October in Baku.
        S("Goygol", "conference", 584716, date="2025-10-13", prec=D),
        C("Croatia", "mention", "HR"),
        C("Türkiye", "mention", "TR"),
        S("Baku", "conference", 587084, date="2025-10-28", prec=D),
        # Planned field workshop next spring: conference, undated.
        S("Lachin", "conference", 147625),
        # 5. Clearance continues.
        S("Zangilan", "clearance", 146901),
        S("Jabrayil", "clearance", 148141),
    ],
    "02_b.txt": [
        # Hospital town.
        S("Mykolaiv", "mention", 700569),
        # Yesterday afternoon (11 July): combine harvester driver injured.
        S("Posad-Pokrovske", "incident", (46.83, 32.40), country_code="UA", date="2024-07-11", prec=D, injured=1),
        A1("Kherson region", "incident", (46.75, 33.00), "UA", date="2024-07-11", prec=D, injured=1),
        # On the 3rd: tractor driver killed near Kyselivka, north of Kherson.
        S("Kyselivka", "incident", 705782, date="2024-07-03", prec=D, killed=1),
        S("Kherson", "mention", 706448),
        # 214 items destroyed in the first week of July.
        A1("Mykolaiv oblast", "clearance", (47.30, 31.90), "UA", date="2024-07-01", prec=M, mines=214),
        S("Snihurivka", "clearance", 693379, date="2024-07-01", prec=M, mines=214),
        # Wednesday (10 July): a butterfly mine found outside Balakliia.
        A1("Kharkiv region", "minefield", (49.60, 36.60), "UA", date="2024-07-10", prec=D, mines=1),
        S("Balakliia", "minefield", 712926, date="2024-07-10", prec=D, mines=1),
        # 28 June: 640 ha handed back around Kamianka, north of Izium.
        S("Kamianka", "clearance", (49.28, 37.13), country_code="UA", date="2024-06-28", prec=D),
        S("Izium", "mention", 707292),
        # Wednesday meeting in Kyiv; Japan a donor.
        S("Kyiv", "conference", 703448, date="2024-07-10", prec=D),
        C("Japan", "mention", "JP"),
    ],
    "03_c.txt": [
        # 14 casualties across Yemen between 1 and 15 September.
        C("Yemen", "incident", "YE", date="2023-09-01", prec=D),
        # August: 1,905 items removed from Sirwah district.
        A1("Marib", "clearance", (15.50, 45.50), "YE", date="2023-08-01", prec=M, mines=1905),
        A2("Sirwah district", "clearance", (15.45, 45.00), "YE", date="2023-08-01", prec=M, mines=1905),
        # 4 September: three children killed in Hays district.
        A1("Al Hudaydah governorate", "incident", (14.80, 43.20), "YE", date="2023-09-04", prec=D, killed=3),
        A2("Hays district", "incident", 74906, "YE", date="2023-09-04", prec=D, killed=3),
        # Two days later: woman injured near At Tuhayta; hospital in Hodeidah.
        S("At Tuhayta", "incident", 77655, date="2023-09-06", prec=D, injured=1),
        S("Hodeidah", "mention", 79415),
        # 10 September: minibus east of Mawza, two killed, four injured.
        A1("Taiz governorate", "incident", (13.50, 43.90), "YE", date="2023-09-10", prec=D, killed=2, injured=4),
        S("Mawza", "incident", 72760, date="2023-09-10", prec=D, killed=2, injured=4),
        # Last month (August): eleven hazardous areas confirmed around Al Hazm.
        A1("Al Jawf governorate", "minefield", (16.30, 45.00), "YE", date="2023-08-01", prec=M),
        S("Al Hazm", "minefield", 79455, date="2023-08-01", prec=M),
        # Risk education.
        A2("Tuban district", "mention", (13.00, 44.85), "YE"),
        A1("Lahj governorate", "mention", (13.30, 44.80), "YE"),
        # Sub-cluster meeting 12 September.
        S("Aden", "conference", 415189, date="2023-09-12", prec=D),
    ],
    "04_d.txt": [
        # The 2017 blast that took Ran's leg.
        S("Ta Sanh", "incident", (12.68, 102.72), country_code="KH", date="2017-01-01", prec=Y, injured=1),
        A2("Samlout district", "incident", 11336111, "KH", date="2017-01-01", prec=Y, injured=1),
        A1("Battambang province", "incident", (12.90, 103.00), "KH", date="2017-01-01", prec=Y, injured=1),
        # Provincial hospital town.
        S("Battambang", "mention", 1831797),
        # Sunday (17 March): boy killed, cousin wounded in Pailin province.
        A1("Pailin province", "incident", (12.85, 102.62), "KH", date="2024-03-17", prec=D, killed=1, injured=1),
        # 19 casualties in January and February.
        C("Cambodia", "incident", "KH", date="2024-01-01", prec=M),
        S("Phnom Penh", "mention", 1821306),
        C("Thailand", "mention", "TH"),
        # Training next month: conference, undated.
        S("Sampov Lun", "conference", 8403851),
    ],
    "05_e.txt": [
        # Wednesday (12 February): one soldier killed, two wounded near El Plateado.
        A1("Cauca", "incident", (2.50, -76.80), "CO", date="2025-02-12", prec=D, killed=1, injured=2),
        S("El Plateado", "incident", (2.22, -77.13), country_code="CO", date="2025-02-12", prec=D, killed=1, injured=2),
        A2("Argelia", "incident", 3689615, "CO", date="2025-02-12", prec=D, killed=1, injured=2),
        S("Popayán", "mention", 3671916),
        # Narino: 43 devices destroyed Tuesday in Barbacoas, but also named in the casualty total.
        A1("Nariño", "incident", (1.60, -77.80), "CO", date="2025-01-01", prec=M, injured=19),
        S("Barbacoas", "clearance", 3689228, date="2025-02-11", prec=D, mines=43),
        # Since January, 19 injured in Colombia.
        C("Colombia", "incident", "CO", date="2025-01-01", prec=M, injured=19),
        A1("Antioquia", "incident", (7.00, -75.50), "CO", date="2025-01-01", prec=M, injured=19, tolerance_km=LARGE),
        # Late last month (January): 11 ha declared free.
        A2("Briceño", "clearance", 3688499, "CO", date="2025-01-01", prec=M),
    ],
    "06_f.txt": [
        R("Lika", "clearance", (44.60, 15.40), "HR"),
        C("Croatia", "minefield", "HR"),
        A1("Lika-Senj County", "minefield", (44.65, 15.30), "HR"),
        A1("Karlovac County", "minefield", (45.30, 15.50), "HR"),
        S("Gospić", "mention", 3199873),
        # 22 October: hunter badly injured near Lovinac.
        S("Lovinac", "incident", 3196182, date="2023-10-22", prec=D, injured=1),
        # September: 2.6 km2 certified clear, 312 mines removed.
        A1("Sisak-Moslavina County", "clearance", (45.30, 16.50), "HR", date="2023-09-01", prec=M, mines=312),
        S("Petrinja", "clearance", 3193420, date="2023-09-01", prec=M, mines=312),
        S("Hrvatska Kostajnica", "clearance", 3197594, date="2023-09-01", prec=M, mines=312),
        # August wildfires set off mines.
        F("Velebit", "incident", (44.50, 15.30), "HR", date="2023-08-01", prec=M, tolerance_km=LINEAR),
        S("Karlobag", "incident", 3198261, date="2023-08-01", prec=M),
        # Training this spring in Karlovac; deminers from Ukraine.
        S("Karlovac", "conference", 3345300, date="2023-01-01", prec=Y),
        C("Ukraine", "mention", "UA"),
        # Hearing in December: conference, undated.
        S("Zadar", "conference", 3186952),
    ],
    "07_g.txt": [
        # 17 killed or injured in Laos this year.
        C("Laos", "incident", "LA", date="2026-01-01", prec=Y),
        # Monday (6 April): 58 bombies found and destroyed at Ban Khangviang.
        A1("Xieng Khouang", "minefield", (19.50, 103.40), "LA", date="2026-04-06", prec=D, mines=58),
        S("Ban Khangviang", "minefield", 1654757, date="2026-04-06", prec=D, mines=58),
        A2("Pek district", "minefield", (19.55, 103.20), "LA", date="2026-04-06", prec=D, mines=58),
        # March: 14 ha released around Ban Dansavan, Savannakhet province.
        A1("Savannakhet", "clearance", (16.50, 105.60), "LA", date="2026-03-01", prec=M),
        S("Ban Dansavan", "clearance", 13546106, date="2026-03-01", prec=M),
        # Tuesday (7 April): two brothers injured in Sepon district.
        A2("Sepon district", "incident", 1655076, "LA", date="2026-04-07", prec=D, injured=2),
        S("Kaysone Phomvihane", "mention", 1653316),
        # This week: three new contaminated areas.
        F("Plain of Jars", "minefield", (19.43, 103.15), "LA", date="2026-04-01", prec=M),
        S("Phonsavan", "mention", 1655123),
        C("Japan", "mention", "JP"),
        C("Netherlands", "mention", "NL"),
    ],
    "08_h.txt": [
        S("Oslo", "mention", 3143244),
        C("Norway", "mention", "NO"),
        C("Sri Lanka", "minefield", "LK"),
        A1("Northern Province", "minefield", (9.20, 80.40), "LK"),
        # Since January: 1.9 km2 released.
        A2("Mullaitivu", "clearance", 1234393, "LK", date="2024-01-01", prec=M),
        A2("Kilinochchi", "clearance", 1240372, "LK", date="2024-01-01", prec=M),
        # August: deminer injured at Muhamalai.
        S("Muhamalai", "incident", (9.63, 80.29), country_code="LK", date="2024-08-01", prec=M, injured=1),
        S("Jaffna", "mention", 1242833),
        C("Zimbabwe", "minefield", "ZW"),
        C("Mozambique", "mention", "MZ"),
        # First half of this year: 4,870 AP mines destroyed.
        A1("Mashonaland Central", "clearance", (-16.80, 31.50), "ZW", date="2024-01-01", prec=M, mines=4870),
        A2("Rushinga district", "clearance", (-16.60, 32.20), "ZW", date="2024-01-01", prec=M, mines=4870),
        # 21 September: a cow killed near Mukumbura.
        S("Mukumbura", "incident", (-16.20, 31.70), country_code="ZW", date="2024-09-21", prec=D),
        C("Angola", "mention", "AO"),
        # Between January and June: 2.1 km2 cleared around Cuito Cuanavale.
        A1("Cuando Cubango province", "clearance", (-15.60, 19.20), "AO", date="2024-01-01", prec=M, tolerance_km=LARGE),
        # Last month (September): 37 AT mines along the track to Mavinga.
        S("Cuito Cuanavale", "minefield", 3349149, date="2024-09-01", prec=M, mines=37),
        S("Mavinga", "minefield", 876019, date="2024-09-01", prec=M, mines=37),
        # Course began Monday (30 September).
        S("Menongue", "conference", 3347353, date="2024-09-30", prec=D),
    ],
    "09_i.txt": [
        # Workshop held from 13 to 15 June.
        S("Dushanbe", "conference", 1221874, date="2023-06-13", prec=D),
        R("Central Asia", "mention", (41.0, 66.0), None, tolerance_km=1500),
        C("Tajikistan", "minefield", "TJ"),
        # Saturday (10 June): three children killed, one injured in Ghazni.
        C("Afghanistan", "incident", "AF", date="2023-06-10", prec=D, killed=3, injured=1),
        C("Kyrgyzstan", "mention", "KG"),
        C("Uzbekistan", "mention", "UZ"),
        # May: 1.3 km2 released.
        A2("Shamsiddin Shohin district", "clearance", (37.84, 70.05), "TJ", date="2023-05-01", prec=M),
        # Since January: 2,116 mines destroyed.
        A1("Khatlon region", "clearance", (37.90, 69.00), "TJ", date="2023-01-01", prec=M, mines=2116),
        # Last month (May): mines found near Tavildara.
        R("Rasht valley", "minefield", (39.00, 70.40), "TJ", date="2023-05-01", prec=M),
        S("Tavildara", "minefield", 1220324, date="2023-05-01", prec=M),
        # April: boy killed near Qalaikhumb.
        S("Qalaikhumb", "incident", 1221559, date="2023-04-01", prec=M, killed=1),
        A2("Darvoz district", "incident", (38.45, 70.85), "TJ", date="2023-04-01", prec=M, killed=1),
        A2("Andar district", "incident", (33.32, 68.50), "AF", date="2023-06-10", prec=D, killed=3, injured=1),
        A1("Ghazni province", "incident", (33.40, 68.00), "AF", date="2023-06-10", prec=D, killed=3, injured=1),
        # Wednesday (14 June) site visit.
        S("Vahdat", "conference", 1220855, date="2023-06-14", prec=D),
        # Next workshop in the autumn: conference, undated.
        S("Bishkek", "conference", 1528675),
    ],
    "10_j.txt": [
        # Saturday (24 May): motorcyclist seriously injured.
        R("Casamance", "incident", (12.75, -15.90), "SN", date="2025-05-24", prec=D, injured=1),
        S("Boutoupa-Camaracounda", "incident", (12.47, -16.06), country_code="SN", date="2025-05-24", prec=D, injured=1),
        C("Guinea-Bissau", "mention", "GW"),
        A2("Nyassia", "incident", (12.45, -16.15), "SN", date="2025-05-24", prec=D, injured=1),
        # Dateline, hospital, and the training opened on Monday (26 May).
        S("Ziguinchor", "conference", 2243940, date="2025-05-26", prec=D),
        # March 2024: two woodcutters killed near Mpack.
        S("Mpack", "incident", (12.39, -16.24), country_code="SN", date="2024-03-01", prec=M, killed=2),
        # 15 May: 38 ha handed back to Djibanar.
        A2("Goudomp department", "clearance", (12.55, -15.75), "SN", date="2025-05-15", prec=D),
        S("Djibanar", "clearance", (12.55, -15.62), country_code="SN", date="2025-05-15", prec=D),
        F("Casamance river", "mention", (12.55, -16.00), "SN", tolerance_km=LINEAR),
        # Last week: twelve AP mines found and destroyed near Sindian.
        A2("Bignona department", "minefield", (12.90, -16.30), "SN", date="2025-05-01", prec=M, mines=12),
        S("Sindian", "minefield", (12.96, -16.12), country_code="SN", date="2025-05-01", prec=M, mines=12),
        C("Senegal", "mention", "SN"),
    ],
    "11_k.txt": [
        # 27 killed or injured between January and October.
        C("South Sudan", "incident", "SS", date="2024-01-01", prec=M),
        # Highest number of casualties in 2024.
        A1("Eastern Equatoria", "incident", (4.50, 33.00), "SS", date="2024-01-01", prec=Y, tolerance_km=LARGE),
        # 3 March: two children killed, one injured near Pageri.
        S("Pageri", "incident", (3.87, 32.06), country_code="SS", date="2024-03-03", prec=D, killed=2, injured=1),
        A2("Magwi County", "incident", (3.95, 32.25), "SS", date="2024-03-03", prec=D, killed=2, injured=1),
        # Late June: 19 AP mines beside the road from Torit to Kapoeta.
        S("Torit", "minefield", 365742, date="2024-06-01", prec=M, mines=19),
        S("Kapoeta", "minefield", 372884, date="2024-06-01", prec=M, mines=19),
        # 18 September: 41 ha handed over around Nimule.
        S("Nimule", "clearance", (3.60, 32.06), country_code="SS", date="2024-09-18", prec=D),
        C("Uganda", "mention", "UG"),
        # Between April and July: 1,276 items destroyed.
        A1("Central Equatoria", "clearance", (4.40, 31.00), "SS", date="2024-04-01", prec=M, mines=1276),
        A2("Yei", "clearance", 363619, "SS", date="2024-04-01", prec=M, mines=1276),
        A2("Morobo", "clearance", (3.70, 30.75), "SS", date="2024-04-01", prec=M, mines=1276),
        S("Lainya", "mention", (4.31, 30.98), country_code="SS"),
        S("Juba", "conference", 373303, date="2024-10-02", prec=D),
        # 11 November: one man killed at a scrap yard in Bor.
        S("Bor", "incident", 377241, date="2024-11-11", prec=D, killed=1),
        A1("Jonglei", "incident", (7.50, 32.00), "SS", date="2024-11-11", prec=D, killed=1, tolerance_km=LARGE),
    ],
    "12_l.txt": [
        C("Iraq", "minefield", "IQ"),
        # Since October: 1,134 AP mines removed outside Al-Faw.
        S("Al-Faw", "clearance", 99446, date="2025-10-01", prec=M, mines=1134),
        F("Shatt al-Arab", "mention", (30.40, 48.10), "IQ", tolerance_km=LINEAR),
        # Last month (January): shepherd killed near Zubair.
        S("Zubair", "incident", 98245, date="2026-01-01", prec=M, killed=1),
        # 2017-2020 clearing houses in Mosul.
        S("Mosul", "clearance", 99072, date="2017-01-01", prec=Y),
        # 2019: 40 devices found in a village near Sinjar.
        S("Sinjar", "minefield", 448149, date="2019-01-01", prec=Y, mines=40),
        # First course in Erbil in 2016; course last week in Basra.
        S("Erbil", "conference", 95446, date="2016-01-01", prec=Y),
        S("Basra", "conference", 99532, date="2026-02-01", prec=M),
    ],
}
