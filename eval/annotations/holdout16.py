"""Blind held-out set holdout16 (12 articles); annotated without seeing the rules or any output."""

# ruff: noqa: E501

# Decisions where the rules are silent (kept here, unread by whoever tunes extraction):
# - A dateline city and a region of the same name are separate entries; the dateline alone is
#   a mention. A bare name in a list of regions ("the Kherson, Mykolaiv and Kharkiv regions")
#   joins the region entry; a region named only that way is its own admin1 entry.
# - A section heading that itself states an event ("Two more mines near Karlovac", "Land
#   returned in Banovina") gives its places that event's role and facts (the section's date
#   and count); the town in such a heading is a separate entry from "X County".
# - A handover sentence takes the items removed "there" told in the next sentence as its
#   count (37 + 212 = 249), with the handover day as date.
# - A range where the text also says when it ended ("ended ... last Thursday", "held from 14
#   to 16 November") takes the range's first day.
# - Items destroyed at a range away from the find site make that site clearance (Slunj).
# - "Government of Japan" as a donor is Japan (mention).
# - A district named only in a title in its bare form and in the body as "X district" is one
#   entry (first form as name, the other a variant).
# - Mines laid "in the mid-1980s" or "during the civil war of the 1990s": minefield, undated
#   (no year or month is stated).
# - "so far this year" is year precision; "since the beginning of 2024" is January (month).
# - When a place holds its top role from a specific event and from a summary/aggregate line,
#   the specific event's facts are kept (Cauca).
# - A country named in the possessive in an event sentence takes the event's role and facts.
# - In a monthly update, bullets without a day take the month the update covers (month
#   precision); a bullet label "X district:" run into the bullet takes its role and facts.
# - "in orchards east of Tyre" with no more specific named place: the town takes the event.
# - "a mortar round" counts as 1 item; a hashtag (#Tarhuna, #Libya) names the place.
# - An annual table row of a district is clearance with the year and AP + AT + UXO summed;
#   a later accident naming "X district" makes it incident with the accident's facts; the
#   bare table form is the name, "X district" a variant.
# - "survey in 2025 found 9 previously unrecorded areas" dates the contamination sentence
#   (minefield, 2025, no count: areas are not items).
# - A field visit to a clearance site during a workshop: the site takes clearance from the
#   work told there (since April, 212 mines).
# - A course or workshop still to come is a conference with no date.
# - The Ottawa Convention is a treaty name, not a place.
# - In a digest, a capitalised country label run into an item's first sentence is named as
#   written ("MALI", "CHAD") and takes that sentence's role and facts; "Lake Chad" in the
#   title is a feature entry apart from the country.
# - A hospital town, a reporter's location and a broadcast's origin are mentions.

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

_VYS = dict(date="2025-06-17", prec=D, killed=1, injured=2)
_SNI = dict(date="2025-06-15", prec=D, injured=1)
_OSIK = dict(date="2024-03-02", prec=D, injured=1)
_BARIL = dict(date="2024-03-05", prec=D, mines=2)
_KOST = dict(date="2024-03-06", prec=D, mines=249)
_YEI = dict(date="2023-06-01", prec=M, mines=1208)
_KAJO = dict(date="2023-09-02", prec=D, killed=1, injured=2)
_TORIT = dict(date="2023-09-08", prec=D)
_BOR = dict(date="2023-09-01", prec=M)
_SOTK = dict(date="2024-04-03", prec=D, injured=1)
_JERMUK = dict(date="2024-03-20", prec=D, mines=37)
_BERD = dict(date="2024-04-01", prec=D, mines=2)
_LB_OCT = dict(date="2025-10-01", prec=M)
_KHIAM = dict(date="2025-10-23", prec=D, injured=1)
_ARG = dict(date="2026-05-17", prec=D, injured=1)
_NADALI = dict(date="2024-10-20", prec=D, killed=2, injured=1)
_ARGH = dict(date="2024-10-01", prec=M, mines=1340)
_SARDEH = dict(date="2024-10-17", prec=D, injured=2)
_BONI = dict(date="2025-02-25", prec=D, killed=11, injured=7)
_DJIBO = dict(date="2025-02-26", prec=D, killed=4)
_AYOROU = dict(date="2025-03-01", prec=D, mines=23)
_GWOZA = dict(date="2025-02-28", prec=D, injured=2)
_NDJ = dict(date="2025-02-24", prec=D)
_MUHA = dict(date="2025-07-14", prec=D, injured=1)
_PTK = dict(date="2025-03-01", prec=M, killed=2)
_LK_EAST = dict(date="2025-01-01", prec=Y)

ARTICLES: dict[str, list[Spec]] = {
    "01_a.txt": [
        S("KHERSON", "mention", 706448),
        S("Vysokopillia", "incident", 688689, **_VYS),
        C("Ukraine", "incident", "UA", **_VYS),
        A1("Kherson region", "incident", (46.8, 33.5), "UA", **_VYS),
        S("Kryvyi Rih", "mention", 703845),
        A1("Dnipropetrovsk region", "mention", (48.3, 35.0), "UA"),
        S("Snihurivka", "incident", 693379, **_SNI),
        A1("Mykolaiv region", "incident", (47.3, 32.0), "UA", **_SNI),
        # 96 shells found in a school cellar, among items destroyed "last week".
        S("Beryslav", "minefield", 712260, date="2025-06-01", prec=M, mines=96),
        F("Dnipro", "mention", (46.8, 33.4), "UA", tolerance_km=LINEAR),
        # "Farmland in the ... Kharkiv regions is among the worst affected."
        A1("Kharkiv", "minefield", (49.5, 36.5), "UA"),
        C("Japan", "mention", "JP"),
        C("Croatia", "mention", "HR"),
    ],
    "02_b.txt": [
        S("Lički Osik", "incident", 3196595, **_OSIK),
        S("GOSPIĆ", "mention", 3199873),
        S("Otočac", "mention", 3193788),
        A1("Lika-Senj County", "incident", (44.6, 15.3), "HR", **_OSIK),
        S("Rijeka", "mention", 3191648),
        F("Velebit", "minefield", (44.5, 15.3), "HR", tolerance_km=LINEAR),
        S("Perušić", "minefield", 3193476),
        S("Karlovac", "minefield", 3345300, **_BARIL),
        S("Barilović", "minefield", 3204470, **_BARIL),
        A1("Karlovac County", "minefield", (45.4, 15.5), "HR", **_BARIL),
        # The two mines destroyed at a range near Slunj on Wednesday.
        S("Slunj", "clearance", 3190523, date="2024-03-06", prec=D, mines=2),
        R("Banovina", "clearance", (45.3, 16.3), "HR", **_KOST),
        S("Hrvatska Kostajnica", "clearance", 3197594, **_KOST),
        A1("Sisak-Moslavina County", "clearance", (45.4, 16.5), "HR", **_KOST),
        # "Since 1991, mines have killed or injured 2,000 people in Croatia": combined, no counts.
        C("Croatia", "incident", "HR", date="1991-01-01", prec=Y),
    ],
    "03_c.txt": [
        S("Yei", "clearance", 363619, **_YEI),
        S("Morobo", "clearance", (3.68, 30.78), country_code="SS", **_YEI),
        A1("Central Equatoria", "clearance", (4.4, 31.0), "SS", **_YEI),
        S("JUBA", "mention", 373303),
        C("Uganda", "mention", "UG"),
        C("Democratic Republic of the Congo", "mention", "CD"),
        S("Nimule", "mention", (3.597, 32.064), country_code="SS"),
        S("Kajo Keji", "incident", (3.85, 31.66), country_code="SS", **_KAJO),
        A1("Eastern Equatoria", "clearance", (4.5, 33.0), "SS", **_TORIT),
        S("Torit", "clearance", 365742, **_TORIT),
        S("Bor", "minefield", 377241, **_BOR),
        A1("Jonglei State", "minefield", (7.5, 32.0), "SS", tolerance_km=LARGE, **_BOR),
        C("South Sudan", "minefield", "SS"),
        C("Japan", "mention", "JP"),
        C("United Kingdom", "mention", "GB"),
    ],
    "04_d.txt": [
        # Title "Samlout" and body "Samlout district" (on the K5 belt): one entry.
        A2("Samlout", "minefield", 11336111, "KH", variants=["Samlout district"]),
        S("Ta Taok", "incident", (12.66, 102.79), country_code="KH", date="2006-03-01", prec=M, injured=1),
        S("Battambang", "mention", 1831797),
        S("Phnom Penh", "mention", 1821306),
        R("K5 mine belt", "minefield", (12.75, 102.6), "KH", tolerance_km=LINEAR),
        C("Thailand", "mention", "TH"),
        S("Pailin", "mention", 1830205),
        S("Ta Sanh", "incident", (12.75, 102.74), country_code="KH", date="2025-04-01", prec=M, killed=2),
        A1("Battambang province", "incident", (13.0, 102.9), "KH", date="2025-01-01", prec=Y),
        C("Cambodia", "incident", "KH", date="2025-01-01", prec=Y, killed=12, injured=37),
        S("Kamrieng", "mention", 11320731),
        S("Phnum Proek", "mention", 11320707),
    ],
    "05_e.txt": [
        S("Sotk", "incident", 616041, **_SOTK),
        A1("Gegharkunik province", "incident", (40.3, 45.3), "AM", **_SOTK),
        S("Vardenis", "mention", 616108),
        S("Jermuk", "clearance", 174884, **_JERMUK),
        A1("Vayots Dzor province", "clearance", (39.75, 45.4), "AM", **_JERMUK),
        S("Berdavan", "minefield", 616801, **_BERD),
        A1("Tavush province", "minefield", (40.95, 45.1), "AM", **_BERD),
        C("Azerbaijan", "mention", "AZ"),
        C("Armenia", "clearance", "AM", date="2024-01-01", prec=M, mines=1146),
        S("Yerevan", "conference", 616052),
        C("United States", "mention", "US"),
        C("Switzerland", "mention", "CH"),
        A1("Syunik province", "mention", (39.4, 46.2), "AM"),
        S("Goris", "mention", 174895),
        S("Kapan", "mention", 174875),
    ],
    "06_f.txt": [
        A1("South Lebanon", "clearance", (33.25, 35.3), "LB", mines=2304, **_LB_OCT),
        A1("Nabatieh", "clearance", (33.35, 35.55), "LB", mines=2304, **_LB_OCT),
        A1("Bekaa", "clearance", (33.85, 35.9), "LB", mines=2304, **_LB_OCT),
        S("Yohmor", "incident", (33.315, 35.549), country_code="LB", date="2025-10-17", prec=D, killed=1, injured=1),
        S("Khiam", "incident", (33.33, 35.61), country_code="LB", **_KHIAM),
        A2("Marjayoun district", "incident", 271226, "LB", **_KHIAM),
        C("Lebanon", "incident", "LB", date="2025-01-01", prec=M, killed=9, injured=31),
        A2("Bint Jbeil district", "clearance", 276592, "LB", mines=1214, **_LB_OCT),
        S("Aitaroun", "clearance", (33.117, 35.467), country_code="LB", mines=1214, **_LB_OCT),
        S("Bint Jbeil town", "clearance", 276592, mines=1214, **_LB_OCT),
        A2("Tyre district", "clearance", 267008, "LB", mines=411, **_LB_OCT),
        S("Tyre", "clearance", 267008, mines=411, **_LB_OCT),
        A2("Hasbaya district", "minefield", 274313, "LB", mines=5, **_LB_OCT),
        S("Kfar Shouba", "minefield", 272816, mines=5, **_LB_OCT),
        S("Kfar Kila", "minefield", 272849, **_LB_OCT),
        S("Odaisseh", "minefield", (33.25, 35.545), country_code="LB", **_LB_OCT),
        S("Sidon", "mention", 268064),
        S("Beirut", "conference", 276781, date="2025-10-28", prec=D),
    ],
    "07_g.txt": [
        S("Dushanbe", "conference", 1221874, date="2023-11-14", prec=D),
        # "895 ... casualties since 1992": combined, no counts.
        C("Tajikistan", "incident", "TJ", date="1992-01-01", prec=Y),
        C("Afghanistan", "mention", "AF"),
        C("Kyrgyzstan", "mention", "KG"),
        C("Uzbekistan", "mention", "UZ"),
        C("United States", "mention", "US"),
        C("Germany", "mention", "DE"),
        F("Panj River", "minefield", (37.55, 70.05), "TJ", tolerance_km=LINEAR),
        A1("Khatlon region", "minefield", (37.9, 69.3), "TJ"),
        R("Rasht Valley", "minefield", (39.0, 70.4), "TJ"),
        A2("Shamsiddin Shohin district", "incident", (37.85, 70.05), "TJ", date="2023-08-01", prec=M, killed=1),
        S("Panj", "clearance", 1220750, date="2023-04-01", prec=M, mines=212),
        A1("Gorno-Badakhshan Autonomous Region", "clearance", (38.3, 72.9), "TJ", tolerance_km=LARGE, date="2022-01-01", prec=Y),
        S("Vanj", "clearance", 1220210, date="2022-01-01", prec=Y),
        S("Bishkek", "conference", 1528675),
    ],
    "08_h.txt": [
        S("Argelia", "incident", 3689615, **_ARG),
        A1("Cauca", "incident", (2.5, -76.8), "CO", **_ARG),
        S("El Tambo", "minefield", 3682963, date="2026-05-15", prec=D, mines=18),
        S("Popayán", "mention", 3671916),
        F("Micay canyon", "mention", (2.35, -77.25), "CO", tolerance_km=LINEAR),
        S("Samaniego", "clearance", 3670293, date="2026-03-01", prec=M),
        # "Nariño ... still has 11 municipalities with suspected contamination."
        A1("Nariño", "minefield", (1.5, -77.8), "CO"),
        C("Ecuador", "mention", "EC"),
        C("Colombia", "incident", "CO", date="2026-01-01", prec=Y, killed=7, injured=24),
        A1("Antioquia", "incident", (7.0, -75.5), "CO", tolerance_km=LARGE, date="2026-01-01", prec=Y),
    ],
    "09_i.txt": [
        S("Kabul", "mention", 1138958),
        A2("Nad Ali district", "incident", (31.62, 64.26), "AF", **_NADALI),
        A1("Helmand province", "incident", (31.2, 64.2), "AF", tolerance_km=LARGE, **_NADALI),
        S("Lashkar Gah", "mention", 1134720),
        A2("Arghandab district", "clearance", (31.68, 65.63), "AF", **_ARGH),
        A1("Kandahar province", "clearance", (31.0, 65.7), "AF", tolerance_km=LARGE, **_ARGH),
        S("Kandahar city", "mention", 1138336),
        # "Now to Ghazni." then "Andar district, Ghazni province": the province.
        A1("Ghazni", "incident", (33.3, 68.0), "AF", variants=["Ghazni province"], **_SARDEH),
        F("Sardeh dam", "incident", (33.32, 68.62), "AF", **_SARDEH),
        A2("Andar district", "incident", (33.3, 68.45), "AF", **_SARDEH),
        # "first nine months of this year ... 312 civilian casualties": January, no counts.
        C("Afghanistan", "incident", "AF", date="2024-01-01", prec=M),
        S("Jalalabad", "mention", 1139715),
        C("Pakistan", "mention", "PK"),
        S("Torkham", "mention", (34.11, 71.09), country_code="AF"),
    ],
    "10_j.txt": [
        R("Sahel", "mention", (15.0, 5.0), None, tolerance_km=1500),
        F("Lake Chad", "mention", (13.0, 14.0), "TD", tolerance_km=LINEAR),
        C("MALI", "incident", "ML", **_BONI),
        S("Boni", "incident", (15.07, -2.23), country_code="ML", **_BONI),
        S("Hombori", "incident", (15.28, -1.70), country_code="ML", **_BONI),
        A1("Mopti region", "incident", (14.6, -3.6), "ML", **_BONI),
        S("Douentza", "mention", 2458334),
        S("Gao", "minefield", 2457163, date="2025-02-27", prec=D, mines=2),
        C("BURKINA FASO", "incident", "BF", **_DJIBO),
        S("Djibo", "incident", 2361177, **_DJIBO),
        A2("Soum province", "incident", (14.0, -1.5), "BF", **_DJIBO),
        C("NIGER", "clearance", "NE", **_AYOROU),
        S("Ayorou", "clearance", 2447416, **_AYOROU),
        A1("Tillabéri region", "clearance", (14.5, 1.5), "NE", **_AYOROU),
        S("Niamey", "mention", 2440485),
        C("NIGERIA", "incident", "NG", **_GWOZA),
        S("Gwoza", "incident", 2339665, **_GWOZA),
        A1("Borno State", "incident", (11.8, 13.0), "NG", tolerance_km=LARGE, **_GWOZA),
        S("Maiduguri", "mention", 2331447),
        C("CHAD", "conference", "TD", **_NDJ),
        S("N'Djamena", "conference", 2427123, **_NDJ),
        C("France", "mention", "FR"),
        A1("Tibesti", "minefield", (21.0, 17.3), "TD", tolerance_km=LARGE),
        A1("Borkou", "minefield", (18.2, 18.6), "TD", tolerance_km=LARGE),
        C("Libya", "mention", "LY"),
    ],
    "11_k.txt": [
        S("Ain Zara", "clearance", (32.80, 13.26), country_code="LY", date="2023-06-11", prec=D, mines=4),
        # Distance reference in 1/5; "Tripoli's southern districts" running total in 4/5.
        S("Tripoli", "clearance", 2210247, date="2023-01-01", prec=M, mines=1126),
        S("Qasr bin Ghashir", "minefield", 2213618, date="2023-06-10", prec=D, mines=1),
        S("Abu Grein", "incident", (31.44, 15.25), country_code="LY", date="2023-06-09", prec=D, injured=2),
        S("Misrata", "mention", 2214846),
        S("Sirte", "mention", 2210554),
        S("Tarhuna", "minefield", 2210221),
        C("Germany", "mention", "DE"),
        C("Netherlands", "mention", "NL"),
        C("Libya", "mention", "LY"),
    ],
    "12_l.txt": [
        C("Sri Lanka", "clearance", "LK", date="2025-01-01", prec=Y, mines=11089),
        # Table 3 rows (AP + AT + UXO).
        A2("Jaffna", "clearance", 1242833, "LK", date="2025-01-01", prec=Y, mines=2214),
        A2("Kilinochchi", "incident", 1240372, "LK", variants=["Kilinochchi district"], **_MUHA),
        A2("Mullaitivu", "incident", 1234393, "LK", variants=["Mullaitivu district"], **_PTK),
        A2("Mannar", "clearance", 1236150, "LK", date="2025-01-01", prec=Y, mines=215),
        A2("Vavuniya", "clearance", 1225018, "LK", date="2025-01-01", prec=Y, mines=12),
        S("Muhamalai", "incident", (9.63, 80.28), country_code="LK", **_MUHA),
        A2("Pachchilaipalli division", "incident", (9.60, 80.33), "LK", **_MUHA),
        F("Elephant Pass", "mention", (9.55, 80.41), "LK"),
        S("Puthukkudiyiruppu", "incident", (9.31, 80.71), country_code="LK", **_PTK),
        A1("Northern Province", "minefield", (9.2, 80.4), "LK"),
        A1("Eastern Province", "minefield", (7.8, 81.5), "LK", tolerance_km=LARGE, **_LK_EAST),
        A2("Batticaloa", "minefield", 1250161, "LK", **_LK_EAST),
        A2("Trincomalee", "minefield", 1226260, "LK", **_LK_EAST),
        S("Colombo", "conference", 1248991, date="2026-02-05", prec=D),
        C("Japan", "mention", "JP"),
        C("United States", "mention", "US"),
        C("Australia", "mention", "AU"),
    ],
}
