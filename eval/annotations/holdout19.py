# ruff: noqa: E501
"""Blind held-out set holdout19 (12 articles); annotated without seeing the rules or any output.

Styles: a wire report, a local newspaper story, an NGO press release, a UN press
release, a national mine action agency monthly update, a numbered police statement,
an army statement, a feature story, a follow-up story, a second wire report, a
regional newspaper report of a district meeting and an NGO news item.

Decisions where the rules are silent:
- A country in the possessive inside an event sentence ("in the Kupiansk district of
  Ukraine's Kharkiv region") is named there and takes the event's role and facts.
- Items "found ... and 31 grenades" are summed with the mines found (14 + 31 = 45);
  separate kinds of items neutralised for one place are summed likewise.
- Separate figures per place in one sentence ("214 items in Khiam and 97 in Kfar
  Kila") go each to its own place.
- A handover ceremony held in a commune that is part of the land handed back is a
  clearance there (the more specific role), dated the day of the ceremony.
- "Two days before the accident" counts back from the accident's day; "a day
  earlier" from the event told just before.
- A town named as the place of a press statement or a dateline is a mention; an
  all-capital dateline is not a separate spelling.
- A deadline sentence that also states how much contamination remains ("officials say
  about a fifth of the original contamination remains") makes the country a
  minefield, undated.
- A meeting "told" that clearance in a district will finish by December: the
  district and the area take the clearance role, undated (ongoing work); the town
  where the meeting sat is a separate entry with the conference role.
- A meeting or course still to come (Kyiv "on Thursday", Bogotá "next month",
  Vientiane, Harare, Bamako) is a conference with no date.
- "A team destroyed a large aircraft bomb beside a primary school": items destroyed,
  no find stated, so clearance (one item).
- "More than 20,000 people have been killed or injured ... since 1974, a third of
  them children" is a combined figure: incident dated 1974 (year), no counts.
- "97 people were killed or injured ... last year" is combined: incident, year, no
  counts.
- Treaty names (Ottawa Convention) and war names (Vietnam War) do not name places;
  "west coast" and "the south" are not names.
- Training of health workers in emergency care and of community liaison volunteers
  is a training course: conference.
- Attendees' embassies at a meeting (Croatia, Türkiye) are mentions.
- A road's destination in a sentence reporting mines found along it (Djibo) is a
  minefield with the find's facts.
- A bare province name used for the province (Pailin) is one admin1 entry.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "01_a.txt": [
        # Tuesday 15 April: tractor driver injured.
        S("Shevchenkove", "incident", 694137, date="2025-04-15", prec=D, injured=1),
        A2("Kupiansk district", "incident", 703656, "UA", date="2025-04-15", prec=D, injured=1),
        C("Ukraine", "incident", "UA", date="2025-04-15", prec=D, injured=1),
        A1("Kharkiv region", "incident", (49.5, 36.8), "UA", date="2025-04-15", prec=D, injured=1),
        # Dateline and hospital town.
        S("Kharkiv", "mention", 706483),
        # Home town of the driver.
        S("Balakliia", "mention", 712926),
        S("Kivsharivka", "incident", 704608, date="2025-04-03", prec=D, killed=2),
        # 14 mines + 31 grenades found last week.
        S("Borova", "minefield", 711623, date="2025-04-01", prec=M, mines=45),
        S("Chuhuiv", "clearance", 710374, date="2025-01-01", prec=M),
        # Meeting to come.
        S("Kyiv", "conference", 703448),
        C("Japan", "mention", "JP"),
        C("Norway", "mention", "NO"),
    ],
    "02_b.txt": [
        S("Zavidovići", "mention", 3186717),
        S("Novi Šeher", "incident", 3194358, date="2024-09-08", prec=D, injured=1),
        A2("Maglaj municipality", "incident", 3195946, "BA", date="2024-09-08", prec=D, injured=1),
        A1("Zenica-Doboj Canton", "incident", (44.35, 18.0), "BA", date="2024-09-08", prec=D, injured=1),
        S("Zenica", "mention", 3186573),
        # Remaining suspected contamination.
        C("Bosnia and Herzegovina", "minefield", "BA"),
        # Friday 6 September: two anti-tank mines turned up.
        S("Osječani", "minefield", (44.69, 18.10), country_code="BA", date="2024-09-06", prec=D, mines=2),
        S("Doboj", "mention", 3201984),
        S("Jelah", "clearance", 3210439, date="2024-09-11", prec=D, mines=16),
        A2("Tešanj municipality", "clearance", 3189146, "BA", date="2024-09-11", prec=D, mines=16),
        S("Travnik", "conference", 3188924, date="2024-09-10", prec=D),
        S("Sarajevo", "mention", 3191281),
    ],
    "03_c.txt": [
        S("Phnom Penh", "mention", 1821306),
        # 412 + 36 + 91 items removed from the land handed back.
        A2("Rattanak Mondul district", "clearance", (12.95, 102.95), "KH", date="2024-02-27", prec=D, mines=539),
        A1("Battambang province", "clearance", (13.0, 103.0), "KH", date="2024-02-27", prec=D, mines=539),
        S("Andaeuk Haeb", "clearance", 11329561, date="2024-02-27", prec=D, mines=539),
        S("Kamrieng", "incident", 11320731, date="2024-02-19", prec=D, killed=1),
        C("Thailand", "mention", "TH"),
        A1("Pailin", "minefield", (12.85, 102.6), "KH", date="2024-01-01", prec=M),
        S("Samlout", "conference", 11336111, date="2024-02-01", prec=M),
        C("Cambodia", "mention", "KH"),
        C("United States", "mention", "US"),
        C("Japan", "mention", "JP"),
    ],
    "04_d.txt": [
        S("Kajo-Keji", "incident", (3.85, 31.65), country_code="SS", date="2023-06-05", prec=D, killed=2, injured=1),
        A1("Central Equatoria", "incident", (4.5, 31.0), "SS", date="2023-06-05", prec=D, killed=2, injured=1),
        # Hospital town; workshop from Tuesday 6 June.
        S("Juba", "conference", 373303, date="2023-06-06", prec=D),
        # Road cleared in May: 11 + 23 items destroyed.
        S("Yei", "clearance", 363619, date="2023-05-01", prec=M, mines=34),
        S("Morobo", "clearance", (3.68, 30.78), country_code="SS", date="2023-05-01", prec=M, mines=34),
        C("Uganda", "mention", "UG"),
        C("Democratic Republic of the Congo", "mention", "CD"),
        S("Magwi", "minefield", (4.13, 32.30), country_code="SS", date="2023-06-01", prec=D),
        A1("Eastern Equatoria", "minefield", (4.6, 33.0), "SS", date="2023-06-01", prec=D),
        C("South Sudan", "clearance", "SS", date="2022-01-01", prec=Y, mines=41380),
        C("Germany", "mention", "DE"),
        C("United Kingdom", "mention", "GB"),
    ],
    "05_e.txt": [
        # Dateline; meeting held 25 June.
        S("Baku", "conference", 587084, date="2024-06-25", prec=D),
        # 412 + 287 + 1,205 items neutralised in June.
        R("Karabakh", "clearance", (39.95, 46.85), "AZ", date="2024-06-01", prec=M, mines=1904),
        R("East Zangezur", "clearance", (39.40, 46.45), "AZ", date="2024-06-01", prec=M, mines=1904),
        A2("Tartar district", "incident", 584871, "AZ", date="2024-06-28", prec=D, injured=1),
        S("Sugovushan", "incident", (40.14, 46.62), country_code="AZ", date="2024-06-28", prec=D, injured=1),
        S("Barda", "mention", 587057),
        S("Fuzuli", "minefield", 148106, date="2024-06-19", prec=D, mines=64),
        A2("Aghdam district", "clearance", 148619, "AZ", date="2024-06-01", prec=M),
        S("Aghdam city", "clearance", 148619, date="2024-06-01", prec=M),
        C("Croatia", "mention", "HR"),
        C("Türkiye", "mention", "TR"),
        C("Azerbaijan", "incident", "AZ", date="2020-11-01", prec=M, killed=71, injured=290),
    ],
    "06_f.txt": [
        S("Briceño", "incident", 3688499, date="2025-08-19", prec=D, injured=1),
        S("El Orejón", "incident", (7.15, -75.64), country_code="CO", date="2025-08-19", prec=D, injured=1),
        A1("Antioquia", "incident", (7.0, -75.5), "CO", tolerance_km=LARGE, date="2025-08-19", prec=D, injured=1),
        S("Medellín", "mention", 3674962),
        S("Barbacoas", "minefield", 3689228, date="2025-08-20", prec=D, mines=40),
        A1("Nariño", "minefield", (1.5, -77.8), "CO", date="2025-08-20", prec=D, mines=40),
        S("El Plateado", "incident", (2.30, -77.07), country_code="CO", date="2025-08-18", prec=D, injured=1),
        S("Argelia", "incident", 3689615, date="2025-08-18", prec=D, injured=1),
        A1("Cauca", "incident", (2.5, -76.8), "CO", date="2025-08-18", prec=D, injured=1),
        S("Popayán", "mention", 3671916),
        S("Ituango", "clearance", 3680434, date="2025-01-01", prec=M, mines=312),
        S("Bogotá", "conference", 3688689),
        C("Colombia", "incident", "CO", date="2024-01-01", prec=Y),
    ],
    "07_g.txt": [
        S("Beirut", "mention", 276781),
        S("Khiam", "clearance", (33.33, 35.61), country_code="LB", date="2025-02-10", prec=D, mines=214),
        S("Kfar Kila", "clearance", 272849, date="2025-02-10", prec=D, mines=97),
        S("Aitaroun", "incident", (33.117, 35.47), country_code="LB", date="2025-03-09", prec=D, killed=1, injured=2),
        A2("Bint Jbeil district", "incident", 276592, "LB", date="2025-03-09", prec=D, killed=1, injured=2),
        S("Yaroun", "incident", (33.08, 35.43), country_code="LB", date="2025-03-08", prec=D, injured=1),
        S("Tyre", "mention", 267008),
        S("Marjayoun", "minefield", 271226, date="2025-03-07", prec=D, mines=36),
        S("Naqoura", "conference", 278832, date="2025-03-10", prec=D),
        C("Israel", "mention", "IL"),
        C("Lebanon", "incident", "LB", date="2024-11-27", prec=D, killed=31),
    ],
    "08_h.txt": [
        # Dateline and distance reference.
        S("Phonsavan", "mention", 1655123),
        C("Laos", "incident", "LA", date="1974-01-01", prec=Y),
        S("Ban Napia", "incident", (19.40, 103.33), country_code="LA", date="2023-03-01", prec=M, killed=1),
        A1("Xieng Khouang province", "minefield", (19.5, 103.4), "LA", date="2023-01-01", prec=M),
        F("Plain of Jars", "clearance", (19.43, 103.15), "LA", date="2004-01-01", prec=Y),
        A2("Muang Kham district", "incident", (19.62, 103.58), "LA", date="2022-01-01", prec=Y, injured=1),
        A1("Khammouane province", "clearance", (17.6, 105.2), "LA", date="2023-10-01", prec=M, mines=1),
        A2("Boualapha district", "clearance", (17.35, 105.70), "LA", date="2023-10-01", prec=M, mines=1),
        C("United States", "mention", "US"),
        S("Vientiane", "conference", 1651944),
    ],
    "09_i.txt": [
        S("Hays", "incident", 74906, date="2026-01-08", prec=D, injured=1),
        A1("Hodeidah province", "incident", (14.9, 43.1), "YE", date="2026-01-08", prec=D, injured=1),
        # Hospital town; workshop opened Sunday 11 January.
        S("Aden", "conference", 415189, date="2026-01-11", prec=D),
        S("Al Khawkhah", "incident", 79131, date="2026-01-06", prec=D, killed=1, injured=1),
        S("Mocha", "incident", 78751, date="2026-01-06", prec=D, killed=1, injured=1),
        A1("Taiz governorate", "incident", (13.6, 43.9), "YE", date="2026-01-06", prec=D, killed=1, injured=1),
        C("Yemen", "clearance", "YE", date="2025-12-01", prec=M, mines=4812),
        S("Sirwah", "minefield", 34703, date="2026-01-01", prec=M, mines=127),
        S("Marib city", "mention", 72968),
        S("Sanaa", "mention", 71137),
    ],
    "10_j.txt": [
        # Treaty deadline plus remaining contamination in one sentence.
        C("Zimbabwe", "minefield", "ZW"),
        S("Mukumbura", "clearance", (-16.20, 31.70), country_code="ZW", date="2024-11-01", prec=D),
        A1("Mashonaland Central province", "clearance", (-16.8, 31.5), "ZW", date="2024-11-01", prec=D),
        C("Mozambique", "mention", "MZ"),
        A2("Rushinga district", "clearance", (-16.62, 32.25), "ZW", date="2024-01-01", prec=M, mines=5633),
        S("Malipati", "incident", (-22.05, 31.43), country_code="ZW", date="2024-10-23", prec=D, injured=1),
        A2("Chiredzi district", "incident", (-21.3, 31.7), "ZW", date="2024-10-23", prec=D, injured=1),
        S("Masvingo", "mention", 886763),
        S("Harare", "conference", 890299),
        C("United Kingdom", "mention", "GB"),
        C("Netherlands", "mention", "NL"),
    ],
    "11_k.txt": [
        S("Muhamalai", "clearance", (9.625, 80.28), country_code="LK"),
        A2("Kilinochchi district", "clearance", (9.40, 80.35), "LK"),
        S("Kilinochchi", "conference", 1240372, date="2023-08-23", prec=D),
        S("Pallai", "minefield", (9.61, 80.32), country_code="LK", date="2023-07-01", prec=M, mines=212),
        S("Eluthumaduval", "incident", (9.64, 80.24), country_code="LK", date="2023-08-21", prec=D, injured=1),
        S("Jaffna", "mention", 1242833),
        S("Puthukudiyiruppu", "clearance", (9.32, 80.70), country_code="LK", date="2023-08-17", prec=D),
        A2("Mullaitivu district", "clearance", (9.15, 80.65), "LK", date="2023-08-17", prec=D),
        S("Vavuniya", "conference", 1225018, date="2023-08-22", prec=D),
        C("Sri Lanka", "mention", "LK"),
        S("Colombo", "mention", 1248991),
    ],
    "12_l.txt": [
        C("Mali", "incident", "ML", date="2026-04-01", prec=M, killed=9, injured=14),
        S("Bandiagara", "incident", 2460489, date="2026-04-11", prec=D, killed=5, injured=7),
        S("Bankass", "incident", 2460401, date="2026-04-11", prec=D, killed=5, injured=7),
        S("Sévaré", "mention", (14.53, -4.09), country_code="ML"),
        S("Mopti", "mention", 2453348),
        S("Boni", "incident", (15.05, -2.22), country_code="ML", date="2026-05-02", prec=D, killed=1),
        A2("Douentza circle", "incident", 2458334, "ML", date="2026-05-02", prec=D, killed=1),
        C("Burkina Faso", "minefield", "BF", date="2026-05-01", prec=M, mines=18),
        S("Djibo", "minefield", 2361177, date="2026-05-01", prec=M, mines=18),
        C("Niger", "conference", "NE", date="2026-03-01", prec=M),
        A1("Tillabéri region", "conference", (14.5, 1.5), "NE", date="2026-03-01", prec=M),
        S("Bamako", "conference", 2460596),
    ],
}
