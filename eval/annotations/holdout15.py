"""Blind held-out set holdout15 (12 articles); annotated without seeing the rules or any output."""  # noqa: E501

# ruff: noqa: E501

# Decisions where the rules are silent (kept here, unread by whoever tunes extraction):
# - A town named in a title as "near X", when the body puts the event in a named village and
#   gives X as its distance reference ("about 8 km south-west of Gospić"), is a mention.
# - A town used as a distance reference when no more specific named place holds the event
#   ("about 12 km east of Boni", on an unnamed road) takes the event.
# - The end points of a road on which an event happened ("on the road between Yei and Morobo",
#   "between Boni and Hombori", "between Bandiagara and Sévaré", "between Samaniego and La
#   Llanada") take that event's role and facts.
# - A later update that revises a toll replaces the first figures: the revised killed and
#   injured are the event's facts (5 dead, 8 wounded after one wounded died).
# - A death on arrival at a health centre leaves the health-centre town a mention.
# - Country names only inside an organisation's name ("Ministry of Defence of the Republic of
#   Azerbaijan", "the Azerbaijan Army"), a treaty's name (Ottawa Convention) and a war's name
#   (Iran-Iraq war) are not places.
# - A bare name in a list with a plural generic word ("the Aghdam and Fuzuli districts", "the
#   Mullaitivu and Jaffna districts", "the Lika-Senj, Karlovac and Sisak-Moslavina counties")
#   is the district or county entry (named as written); when the same article names the town
#   with the generic word apart ("Tartar district" and the hospital town "Tartar") there are two
#   entries.
# - A province named in a lead sentence that tells the result of the handover told in the next
#   sentence (Xieng Khouang province) takes the handover's role and facts.
# - "Between 1 and 31 October" is a range: its first day, day precision.
# - A place that holds a specific incident and is named again in an aggregate line of the same
#   role ("the third person killed ... since the start of May") keeps the specific event's facts.
# - A river named in the sentence after a blast as where the victim was (the Oskil) is part of
#   that event and takes its facts; a river given as the place of a blast is the incident place.
# - A country or province named as the far side of a border or river in a sentence about mines
#   on this side (the border with Ecuador, Afghan Badakhshan) is a mention; so are a country
#   asked to hand over minefield maps (Armenia) and a country used as a size comparison (Syria).
# - "UK-funded" names the UK: "UK" is a variant of the United Kingdom entry (a donor, mention).
# - A volcano passed on the way to hospital and a mountain range given as general setting are
#   feature mentions (the Andes at the stretch meant, with a linear tolerance).
# - Items found then destroyed are a minefield; demining work in a town ("I started in 2010 as a
#   deminer in Kilinochchi") is clearance with year precision; a basic course is a conference.
# - "Since then" after a stated day ("returned to work on 2 June ... and since then have found")
#   dates from that day.
# - A region containing the event place in the event's sentence (Rasht Valley around Tavildara;
#   Karabakh economic region around Khojavend district) takes the event's role and facts.
# - Land "still considered dangerous" or "suspected" with no stated date is a minefield with no
#   date; a meeting or course still to come (next week, on Saturday) is a conference with no date.
# - Country labels in capitals run into a round-up item's first sentence keep the capitalised
#   form as gold name and take that sentence's role and facts; a "NEXT WEEK" item is a
#   conference with no date.
# - The first written form is the gold name even when it is the bare river name in a title
#   ("Panj"; "Panj river" a variant); Kalaikhumb / Qalai Khumb and GBAO are variants.

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "01_a.txt": [
        # Monday 17 March: three children killed, a fourth wounded, east of Hays.
        S("Hays", "incident", 74906, date="2025-03-17", prec=D, killed=3, injured=1),
        C("Yemen", "incident", "YE", date="2025-03-17", prec=D, killed=3, injured=1),
        A1("Hodeidah province", "incident", (14.60, 43.20), "YE", date="2025-03-17", prec=D, killed=3, injured=1),
        # Field hospital; dateline and surgery.
        S("Al Khawkhah", "mention", 79131),
        S("Aden", "mention", 415189),
        # 9 March: a woman lost her leg.
        A2("Maqbana district", "incident", (13.62, 43.70), "YE", date="2025-03-09", prec=D, injured=1),
        A1("Taiz governorate", "incident", (13.50, 43.90), "YE", date="2025-03-09", prec=D, injured=1),
        # Donor of the demining project.
        C("Saudi Arabia", "mention", "SA"),
        # Second week of March: 389 items removed.
        A1("Marib governorate", "clearance", (15.40, 45.50), "YE", date="2025-03-01", prec=M, mines=389),
    ],
    "02_b.txt": [
        # Title's distance reference; hospital town.
        S("Gospić", "mention", 3199873),
        # Home town of the hunter.
        S("Perušić", "mention", 3193476),
        # Wednesday 10 April: one injured.
        F("Velebit", "incident", (44.50, 15.28), "HR", date="2024-04-10", prec=D, injured=1, tolerance_km=LINEAR),
        S("Divoselo", "incident", (44.51, 15.29), country_code="HR", date="2024-04-10", prec=D, injured=1),
        A1("Lika-Senj County", "incident", (44.60, 15.30), "HR", date="2024-04-10", prec=D, injured=1),
        S("Rijeka", "mention", 3191648),
        # Suspected contaminated land, undated.
        C("Croatia", "minefield", "HR"),
        A1("Karlovac", "minefield", (45.20, 15.50), "HR"),
        A1("Sisak-Moslavina", "minefield", (45.35, 16.50), "HR"),
        # Last week: 23 AP mines + 5 mortar shells removed.
        S("Saborsko", "clearance", 3191369, date="2024-04-01", prec=M, mines=28),
    ],
    "03_c.txt": [
        # 31 October: school grounds handed back after 47 submunitions removed.
        S("Ban Khangviang", "clearance", 1654757, date="2023-10-31", prec=D, mines=47),
        A1("Xieng Khouang province", "clearance", (19.50, 103.30), "LA", date="2023-10-31", prec=D, mines=47),
        # 1,386 items destroyed between 1 and 31 October.
        C("Laos", "clearance", "LA", date="2023-10-01", prec=D, mines=1386),
        # 12 hazardous areas confirmed in October.
        A2("Nonghet district", "minefield", (19.45, 103.95), "LA", date="2023-10-01", prec=M),
        C("Vietnam", "mention", "VN"),
        # 22 October: two children injured.
        S("Muang Khoun", "incident", (19.33, 103.37), country_code="LA", date="2023-10-22", prec=D, injured=2),
        # Hospital town and graduation of a course on Friday 3 November.
        S("Phonsavan", "conference", 1655123, date="2023-11-03", prec=D),
        F("Plain of Jars", "mention", (19.43, 103.15), "LA"),
        C("Japan", "mention", "JP"),
        # Meeting next week.
        S("Vientiane", "conference", 1651944),
    ],
    "04_d.txt": [
        # March 2021: a farmer lost his leg.
        S("Samaniego", "incident", 3670293, date="2021-03-01", prec=M, injured=1),
        S("Pasto", "mention", 3672778),
        F("Galeras", "mention", (1.22, -77.36), "CO"),
        F("Andes", "mention", (1.35, -77.50), "CO", tolerance_km=LINEAR),
        C("Ecuador", "mention", "EC"),
        # More than 12,000 killed or injured since 1990: combined, no counts.
        C("Colombia", "incident", "CO", date="1990-01-01", prec=Y),
        # 19 victims so far this year; Cauca ahead of it.
        A1("Nariño", "incident", (1.60, -77.80), "CO", date="2024-01-01", prec=Y),
        A1("Cauca", "incident", (2.50, -76.80), "CO", date="2024-01-01", prec=Y),
        # 2022: 36 improvised mines destroyed on the road.
        S("La Llanada", "clearance", 3678575, date="2022-01-01", prec=Y, mines=36),
        # July: two soldiers wounded.
        S("Policarpa", "incident", 3671961, date="2024-07-01", prec=M, injured=2),
        # 2023: mines laid around the school.
        S("Cumbitara", "minefield", 3685428, date="2023-01-01", prec=Y),
        S("Bogotá", "mention", 3688689),
    ],
    "05_e.txt": [
        # Yesterday (13 June): four children killed, two injured.
        A1("Kandahar province", "incident", (31.30, 65.60), "AF", date="2023-06-13", prec=D, killed=4, injured=2),
        S("Pashmul", "incident", 1130997, date="2023-06-13", prec=D, killed=4, injured=2),
        A2("Zhari district", "incident", (31.60, 65.45), "AF", date="2023-06-13", prec=D, killed=4, injured=2),
        # The reporter's city and the hospital.
        S("Kandahar", "mention", 1138336, variants=["Kandahar city"]),
        # Last week: a line of old mines reported.
        A2("Arghandab district", "minefield", (31.72, 65.60), "AF", date="2023-06-01", prec=M),
        F("Arghandab river", "minefield", (31.68, 65.60), "AF", date="2023-06-01", prec=M, tolerance_km=LINEAR),
        # Since the start of the year: 1,540 items removed.
        A1("Helmand", "clearance", (31.30, 64.30), "AF", date="2023-01-01", prec=M, mines=1540, tolerance_km=LARGE),
        S("Sangin", "clearance", 1127547, date="2023-01-01", prec=M, mines=1540),
        C("Pakistan", "mention", "PK"),
        # First three months: 41 children killed or wounded (combined).
        C("Afghanistan", "incident", "AF", date="2023-01-01", prec=M),
        S("Kabul", "mention", 1138958),
        # Risk education for returnees.
        S("Spin Boldak", "mention", 1123906),
        # Course opening on Saturday.
        S("Lashkar Gah", "conference", 1134720),
    ],
    "06_f.txt": [
        # 08:20 this morning: tractor driver killed.
        S("Yahidne", "incident", (51.37, 31.24), country_code="UA", date="2023-05-25", prec=D, killed=1),
        A1("Chernihiv oblast", "incident", (51.30, 31.90), "UA", date="2023-05-25", prec=D, killed=1),
        # Wednesday: 214 items destroyed; 37 AT mines removed near Balakliia.
        A1("Kharkiv oblast", "clearance", (49.60, 36.60), "UA", date="2023-05-24", prec=D, mines=214),
        S("Balakliia", "clearance", 712926, date="2023-05-24", prec=D, mines=37),
        # Cabinet meeting this morning.
        S("Kyiv", "conference", 703448, date="2023-05-25", prec=D),
        # Tuesday evening: two deminers injured.
        S("Snihurivka", "incident", 693379, date="2023-05-23", prec=D, injured=2),
        A1("Mykolaiv oblast", "incident", (47.30, 31.90), "UA", date="2023-05-23", prec=D, injured=2),
        S("Mykolaiv", "mention", 700569),
        # Possibly contaminated area; size comparison.
        C("Ukraine", "minefield", "UA"),
        C("Syria", "mention", "SY"),
        # Handover ceremony this afternoon; donor.
        S("Bucha", "conference", 711350, date="2023-05-25", prec=D),
        C("Japan", "mention", "JP"),
        A1("Kyiv oblast", "minefield", (50.70, 30.30), "UA"),
        # This afternoon: one man injured.
        A2("Kupiansk district", "incident", 703656, "UA", date="2023-05-25", prec=D, injured=1),
        F("Oskil river", "incident", (49.71, 37.60), "UA", date="2023-05-25", prec=D, injured=1, tolerance_km=LINEAR),
    ],
    "07_g.txt": [
        # Started as a deminer in 2010; course in Vavuniya.
        S("Kilinochchi", "clearance", 1240372, date="2010-01-01", prec=Y),
        S("Vavuniya", "conference", 1225018, date="2010-01-01", prec=Y),
        C("India", "mention", "IN"),
        # Since November: 2,130 AP mines found and destroyed.
        S("Muhamalai", "minefield", (9.63, 80.29), country_code="LK", date="2024-11-01", prec=M, mines=2130),
        # 2016: a colleague lost his hand.
        S("Mankulam", "incident", (9.13, 80.44), country_code="LK", date="2016-01-01", prec=Y, injured=1),
        # Last month: a farmer injured.
        S("Oddusuddan", "incident", (9.15, 80.66), country_code="LK", date="2025-01-01", prec=M, injured=1),
        # December: 14 hectares handed back.
        F("Nanthikadal lagoon", "clearance", (9.30, 80.77), "LK", date="2024-12-01", prec=M),
        # Suspected land remaining, undated.
        A1("Northern Province", "minefield", (9.20, 80.40), "LK"),
        A2("Mullaitivu", "minefield", (9.15, 80.60), "LK"),
        A2("Jaffna", "minefield", (9.70, 80.10), "LK"),
        S("Colombo", "mention", 1248991),
        C("Sri Lanka", "mention", "LK"),
    ],
    "08_h.txt": [
        # 6 August: a serviceman wounded.
        A2("Kalbajar district", "incident", 586268, "AZ", date="2024-08-06", prec=D, injured=1),
        S("Baku", "mention", 587084),
        # 3 August: a villager seriously injured.
        S("Talysh", "incident", (40.17, 46.66), country_code="AZ", date="2024-08-03", prec=D, injured=1),
        A2("Tartar district", "incident", (40.30, 46.80), "AZ", date="2024-08-03", prec=D, injured=1),
        S("Tartar", "mention", 584871),
        # 29 July - 4 August: 214 + 63 + 881 found and neutralised.
        A2("Khojavend district", "minefield", (39.70, 47.05), "AZ", date="2024-07-29", prec=D, mines=1158),
        R("Karabakh economic region", "minefield", (39.95, 46.85), "AZ", date="2024-07-29", prec=D, mines=1158),
        # July: 2,460 hectares cleared and handed over.
        A2("Aghdam", "clearance", 148619, "AZ", date="2024-07-01", prec=M),
        A2("Fuzuli", "clearance", 148106, "AZ", date="2024-07-01", prec=M),
        # Risk education for returned families.
        S("Lachin", "mention", 147625),
        C("Armenia", "mention", "AM"),
    ],
    "09_i.txt": [
        C("United Kingdom", "mention", "GB", variants=["UK"]),
        # Confirmed or suspected land, undated.
        C("Angola", "minefield", "AO"),
        # Event today.
        S("Luanda", "conference", 2240449, date="2025-04-04", prec=D),
        # Since 2018: more than 38,000 landmines destroyed.
        A1("Cuando Cubango province", "clearance", (-15.60, 19.20), "AO", date="2018-01-01", prec=Y, mines=38000, tolerance_km=LARGE),
        # Last month: last known minefield handed back.
        S("Cuito Cuanavale", "clearance", 3349149, date="2025-03-01", prec=M),
        # February: a new minefield of about 40 AT mines confirmed.
        F("Cuito river", "minefield", (-15.05, 19.15), "AO", date="2025-02-01", prec=M, mines=40, tolerance_km=LINEAR),
        # January: training completed.
        S("Menongue", "conference", 3347353, date="2025-01-01", prec=M),
        # March: two children killed.
        S("Luena", "incident", 3347719, date="2025-03-01", prec=M, killed=2),
        A1("Moxico province", "incident", (-12.00, 20.50), "AO", date="2025-03-01", prec=M, killed=2, tolerance_km=LARGE),
        R("Southern Africa", "mention", (-22.00, 25.00), None, tolerance_km=1000),
    ],
    "10_j.txt": [
        # Sunday 8 February: three killed, five injured.
        C("SOUTH SUDAN", "incident", "SS", date="2026-02-08", prec=D, killed=3, injured=5),
        S("Yei", "incident", 363619, date="2026-02-08", prec=D, killed=3, injured=5),
        S("Morobo", "incident", (3.68, 30.77), country_code="SS", date="2026-02-08", prec=D, killed=3, injured=5),
        A1("Central Equatoria", "incident", (4.40, 30.90), "SS", date="2026-02-08", prec=D, killed=3, injured=5),
        # Tuesday 10 February: 17 bomblets removed.
        S("Torit", "clearance", 365742, date="2026-02-10", prec=D, mines=17),
        A1("Eastern Equatoria", "clearance", (4.50, 33.00), "SS", date="2026-02-10", prec=D, mines=17, tolerance_km=LARGE),
        # Monday 9 February: 160 IEDs found.
        C("IRAQ", "minefield", "IQ", date="2026-02-09", prec=D, mines=160),
        S("Mosul", "minefield", 99072, date="2026-02-09", prec=D, mines=160),
        # Wednesday 11 February: a shepherd wounded.
        A1("Basra province", "incident", (30.60, 47.50), "IQ", date="2026-02-11", prec=D, injured=1),
        F("Majnoon oil field", "incident", (31.05, 47.55), "IQ", date="2026-02-11", prec=D, injured=1),
        # Thursday 12 February: 28 hectares handed over.
        C("CAMBODIA", "clearance", "KH", date="2026-02-12", prec=D),
        A2("Rattanak Mondul district", "clearance", (12.80, 102.95), "KH", date="2026-02-12", prec=D),
        A1("Battambang province", "clearance", (13.00, 103.00), "KH", date="2026-02-12", prec=D),
        # Tuesday 10 February: two farmers injured.
        A2("Anlong Veng district", "incident", 1831898, "KH", date="2026-02-10", prec=D, injured=2),
        A1("Oddar Meanchey province", "incident", (14.20, 103.70), "KH", date="2026-02-10", prec=D, injured=2),
        S("Siem Reap", "mention", 1822214),
        # Last month: last known minefield cleared.
        C("ECUADOR", "clearance", "EC", date="2026-01-01", prec=M),
        C("Peru", "mention", "PE"),
        F("Cordillera del Cóndor", "clearance", (-3.90, -78.45), "EC", date="2026-01-01", prec=M, tolerance_km=LINEAR),
        A1("Zamora Chinchipe province", "clearance", (-4.20, -78.80), "EC", date="2026-01-01", prec=M),
        # Wednesday 11 February: two deminers injured.
        C("BOSNIA AND HERZEGOVINA", "incident", "BA", date="2026-02-11", prec=D, injured=2),
        S("Olovo", "incident", 3194133, date="2026-02-11", prec=D, injured=2),
        A1("Zenica-Doboj Canton", "incident", (44.30, 18.10), "BA", date="2026-02-11", prec=D, injured=2),
        S("Sarajevo", "mention", 3191281),
        # Meeting next week.
        S("Geneva", "conference", 2660646),
    ],
    "11_k.txt": [
        # Saturday 14 June: a boy injured.
        F("Panj", "incident", (38.45, 70.80), "TJ", variants=["Panj river"], date="2025-06-14", prec=D, injured=1, tolerance_km=LINEAR),
        A2("Darvoz district", "incident", (38.45, 70.85), "TJ", date="2025-06-14", prec=D, injured=1),
        A1("Gorno-Badakhshan Autonomous Region", "incident", (38.30, 72.40), "TJ", variants=["GBAO"], date="2025-06-14", prec=D, injured=1, tolerance_km=LARGE),
        S("Kalaikhumb", "mention", 1221559, variants=["Qalai Khumb"]),
        S("Dushanbe", "mention", 1221874),
        A1("Badakhshan", "mention", (36.90, 71.00), "AF"),
        # Since 2 June: 47 AP mines found and destroyed.
        R("Rasht Valley", "minefield", (38.90, 70.50), "TJ", date="2025-06-02", prec=D, mines=47),
        S("Tavildara", "minefield", 1220324, date="2025-06-02", prec=D, mines=47),
        # Land still considered dangerous, undated.
        C("Afghanistan", "mention", "AF"),
        A2("Shamsiddin Shohin district", "minefield", (37.80, 70.10), "TJ"),
        A1("Khatlon region", "minefield", (37.90, 69.00), "TJ"),
        # May: meeting.
        S("Tashkent", "conference", 1512569, date="2025-05-01", prec=M),
        S("Isfara", "minefield", 1514896),
        # Since 1992: 893 killed or injured (combined).
        C("Tajikistan", "incident", "TJ", date="1992-01-01", prec=Y),
    ],
    "12_l.txt": [
        # This morning: minibus blast, revised toll 5 dead, 8 wounded.
        S("Boni", "incident", (15.06, -2.21), country_code="ML", date="2024-11-26", prec=D, killed=5, injured=8),
        S("Hombori", "incident", (15.28, -1.70), country_code="ML", date="2024-11-26", prec=D, killed=5, injured=8),
        S("Douentza", "mention", 2458334),
        # Yesterday: three IEDs found and destroyed.
        S("Bandiagara", "minefield", 2460489, date="2024-11-25", prec=D, mines=3),
        S("Sévaré", "minefield", (14.53, -4.10), country_code="ML", date="2024-11-25", prec=D, mines=3),
        # Mined since Sunday 24 November.
        A2("Koro cercle", "minefield", 2454674, "ML", date="2024-11-24", prec=D),
        S("Dinangourou", "minefield", (14.45, -2.23), country_code="ML", date="2024-11-24", prec=D),
        C("Burkina Faso", "mention", "BF"),
        # Risk awareness session.
        S("Mopti", "mention", 2453348),
        # Since January: 112 civilians killed.
        C("Mali", "incident", "ML", date="2024-01-01", prec=M, killed=112),
    ],
}
