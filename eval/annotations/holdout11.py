"""Blind held-out set holdout11 (12 articles); annotated without seeing the rules or any output."""  # noqa: E501

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "01_a.txt": [
        # Dateline and hospital town.
        S("Mykolaiv", "mention", 700569),
        # Thursday 13 March: driver killed, son injured.
        S(
            "Kalynivka",
            "incident",
            703495,
            date="2025-03-13",
            prec=D,
            killed=1,
            injured=1,
        ),
        # Distance reference for the village.
        S("Snihurivka", "mention", 693379),
        A1(
            "Mykolaiv region",
            "incident",
            (47.3, 32.2),
            "UA",
            date="2025-03-13",
            prec=D,
            killed=1,
            injured=1,
        ),
        # Bank of the field: a mention.
        F("Inhulets River", "mention", (47.0, 32.8), "UA", tolerance_km=LINEAR),
        # 63 items removed since the start of March.
        S("Bashtanka", "clearance", 712775, date="2025-03-01", prec=M, mines=63),
        # Tuesday 11 March: woman injured.
        A1(
            "Kherson region",
            "incident",
            (46.8, 33.3),
            "UA",
            date="2025-03-11",
            prec=D,
            injured=1,
        ),
        S(
            "Velyka Oleksandrivka",
            "incident",
            690288,
            date="2025-03-11",
            prec=D,
            injured=1,
        ),
        # Wednesday 12 March: 11 anti-tank mines found.
        S("Davydiv Brid", "minefield", 710237, date="2025-03-12", prec=D, mines=11),
        # Estimated contaminated area, undated.
        C("Ukraine", "minefield", "UA"),
        # Donor; port of arrival.
        C("Japan", "mention", "JP"),
        S("Odesa", "mention", 698740),
        # Course to come: conference, no date.
        S("Novyi Buh", "conference", 698953),
    ],
    "02_b.txt": [
        # Handover "today".
        A1(
            "Battambang province",
            "clearance",
            (13.0, 102.95),
            "KH",
            date="2024-06-20",
            prec=D,
        ),
        # Same handover sentence; the later "three provinces" names none.
        A1(
            "Banteay Meanchey province",
            "clearance",
            (13.75, 102.95),
            "KH",
            date="2024-06-20",
            prec=D,
        ),
        # 58 + 12 mines destroyed, "between January and May".
        A2(
            "Samlout district",
            "clearance",
            11336111,
            "KH",
            date="2024-01-01",
            prec=M,
            mines=70,
        ),
        # Land returned on Tuesday 18 June (the ceremony is part of the handover).
        A2("Bavel district", "clearance", 1829514, "KH", date="2024-06-18", prec=D),
        # Land released after survey; undated.
        A2("Ou Chrov district", "clearance", 11338555, "KH"),
        C("Thailand", "mention", "TH"),
        # 4 June: farmer lost a leg. The bare "Pailin" in the quote is the province.
        S("Sala Krau", "incident", 1825200, date="2024-06-04", prec=D, injured=1),
        A1(
            "Pailin province",
            "incident",
            (12.85, 102.65),
            "KH",
            date="2024-06-04",
            prec=D,
            injured=1,
        ),
        # Hospital town.
        S("Battambang", "mention", 1831797),
        # A mine found "last week".
        S("Kamrieng", "minefield", 11320731, date="2024-06-01", prec=M, mines=1),
        # Workshop to come: no date.
        S("Phnom Penh", "conference", 1821306),
        # Treaty deadline; "Ottawa Convention" is a treaty name.
        C("Cambodia", "mention", "KH"),
        # Donor.
        C("Germany", "mention", "DE"),
    ],
    "03_c.txt": [
        # Dateline; the sector met there on 5 September.
        S("Juba", "conference", 373303, date="2023-09-05", prec=D),
        # 19 + 140 items removed "since work began in June".
        S("Yei", "clearance", 363619, date="2023-06-01", prec=M, mines=159),
        S(
            "Morobo",
            "clearance",
            (3.69, 30.78),
            country_code="SS",
            date="2023-06-01",
            prec=M,
            mines=159,
        ),
        A1(
            "Central Equatoria",
            "clearance",
            (4.4, 31.0),
            "SS",
            date="2023-06-01",
            prec=M,
            mines=159,
        ),
        # Borders; returnees' origin.
        C("Democratic Republic of the Congo", "mention", "CD"),
        C("Uganda", "mention", "UG"),
        # Two minefields confirmed on 22 August.
        A2(
            "Kajo-Keji county",
            "minefield",
            (3.85, 31.6),
            "SS",
            date="2023-08-22",
            prec=D,
        ),
        # 29 August: one killed, two injured.
        S(
            "Magwi",
            "incident",
            (4.13, 32.30),
            country_code="SS",
            date="2023-08-29",
            prec=D,
            killed=1,
            injured=2,
        ),
        A1(
            "Eastern Equatoria",
            "incident",
            (4.6, 33.2),
            "SS",
            date="2023-08-29",
            prec=D,
            killed=1,
            injured=2,
        ),
        # Hospital town.
        S("Torit", "mention", 365742),
        # Rounds "found ... and destroyed": minefield by convention.
        S(
            "Nimule",
            "minefield",
            (3.60, 32.06),
            country_code="SS",
            date="2023-09-01",
            prec=D,
            mines=36,
        ),
        # Risk education; returnees' origin.
        S("Kapoeta", "mention", 372884),
        C("Sudan", "mention", "SD"),
        # Running total since 2004; "over 1.3 million" items destroyed.
        C("South Sudan", "clearance", "SS", date="2004-01-01", prec=Y, mines=1300000),
    ],
    "04_d.txt": [
        # Dateline and police station.
        S("Gospić", "mention", 3199873),
        # A minefield whose signs were stolen: the theft does not date the minefield.
        S("Perušić", "minefield", 3193476),
        # Monday 20 April: nine mines found.
        S("Lički Osik", "minefield", 3196595, date="2026-04-20", prec=D, mines=9),
        # Saturday 18 April: a dog killed (no count).
        S("Udbina", "incident", 3188554, date="2026-04-18", prec=D),
        # The hunter's home town.
        S("Zagreb", "mention", 3186886),
        # Clearance completed "last week".
        S("Ličko Lešće", "clearance", 3196592, date="2026-04-01", prec=M),
        # Distance reference.
        S("Otočac", "mention", 3193788),
        # Suspected area; Croatia is the frame of the comparison.
        A1("Lika-Senj County", "minefield", (44.7, 15.4), "HR"),
        C("Croatia", "minefield", "HR"),
        F("Velebit", "minefield", (44.55, 15.3), "HR", tolerance_km=LINEAR),
        # Meeting to come: no date.
        S("Korenica", "conference", 3189076),
    ],
    "05_e.txt": [
        # 2 November: 14 devices found, then destroyed ("found" wins: minefield).
        S("Briceño", "minefield", 3688499, date="2024-11-02", prec=D, mines=14),
        A1(
            "Antioquia",
            "minefield",
            (7.0, -75.5),
            "CO",
            date="2024-11-02",
            prec=D,
            mines=14,
            tolerance_km=LARGE,
        ),
        # 3 November: soldier injured.
        S("Ituango", "incident", 3680434, date="2024-11-03", prec=D, injured=1),
        # Evacuation (hospital) city.
        S("Medellín", "mention", 3674962),
        # 1 November: 27 devices found (the 40 kg of explosive is not an item count).
        S(
            "El Plateado",
            "minefield",
            (2.27, -77.12),
            country_code="CO",
            date="2024-11-01",
            prec=D,
            mines=27,
        ),
        S("Argelia", "minefield", 3689615, date="2024-11-01", prec=D, mines=27),
        A1(
            "Cauca",
            "minefield",
            (2.5, -76.8),
            "CO",
            date="2024-11-01",
            prec=D,
            mines=27,
            tolerance_km=LARGE,
        ),
        # 4 November: 9 planted devices found and destroyed; the road's destination too.
        S("Tibú", "minefield", 3667202, date="2024-11-04", prec=D, mines=9),
        A1(
            "Norte de Santander",
            "minefield",
            (8.0, -72.9),
            "CO",
            date="2024-11-04",
            prec=D,
            mines=9,
        ),
        S("El Tarra", "minefield", 3738301, date="2024-11-04", prec=D, mines=9),
        # 30 October: 12 cleared areas handed over.
        S("Valdivia", "clearance", 3666333, date="2024-10-30", prec=D),
        # Risk education.
        S("Puerto Valdivia", "mention", (7.30, -75.38), country_code="CO"),
        # "97 ... victims" this year: combined, no counts; the army's name also has it.
        C("Colombia", "incident", "CO", date="2024-01-01", prec=Y),
    ],
    "06_f.txt": [
        # Contamination statement; undated. "Iran-Iraq war" is a war's name.
        C("Iraq", "minefield", "IQ"),
        # The update's coverage only.
        R("Kurdistan Region", "mention", (36.2, 44.5), "IQ", tolerance_km=LARGE),
        # 312 mines destroyed "during the month" (April).
        S("Penjwen", "clearance", 98012, date="2023-04-01", prec=M, mines=312),
        A1(
            "Sulaymaniyah governorate",
            "clearance",
            (35.6, 45.4),
            "IQ",
            date="2023-04-01",
            prec=M,
            mines=312,
        ),
        # 28 IEDs removed in April.
        S("Fallujah", "clearance", 99454, date="2023-04-01", prec=M, mines=28),
        # Minefield confirmed in April "west of Az Zubayr" (no more specific place).
        A1(
            "Basra governorate",
            "minefield",
            (30.5, 47.5),
            "IQ",
            date="2023-04-01",
            prec=M,
        ),
        S("Az Zubayr", "minefield", 98245, date="2023-04-01", prec=M),
        # 17 April: one killed, one injured.
        S(
            "Sidakan",
            "incident",
            (36.80, 44.67),
            country_code="IQ",
            date="2023-04-17",
            prec=D,
            killed=1,
            injured=1,
        ),
        A2(
            "Soran district",
            "incident",
            96961,
            "IQ",
            date="2023-04-17",
            prec=D,
            killed=1,
            injured=1,
        ),
        A1(
            "Erbil governorate",
            "incident",
            (36.3, 44.3),
            "IQ",
            date="2023-04-17",
            prec=D,
            killed=1,
            injured=1,
        ),
        # Border only.
        C("Iran", "mention", "IR"),
        # Hospital town.
        S("Erbil", "mention", 95446),
        # Course "from 9 to 18 April"; meeting on 25 April.
        S("Duhok", "conference", 96994, date="2023-04-09", prec=D),
        S("Baghdad", "conference", 98182, date="2023-04-25", prec=D),
    ],
    "07_g.txt": [
        # 5 August: one bomblet found and destroyed.
        S("Cam Lo", "minefield", 1586384, date="2025-08-05", prec=D, mines=1),
        # The team leader's home town.
        S("Dong Ha", "mention", 1582926),
        # Contaminated, and "since 1975 more than 8,500 killed or injured" (not split).
        A1(
            "Quang Tri province",
            "incident",
            (16.75, 106.95),
            "VN",
            date="1975-01-01",
            prec=Y,
        ),
        C("Vietnam", "minefield", "VN"),
        # Historical dividing line.
        F("Ben Hai River", "mention", (17.0, 106.95), "VN", tolerance_km=LINEAR),
        # "In March last year": two killed, one injured.
        A2(
            "Vinh Linh district",
            "incident",
            1580262,
            "VN",
            date="2024-03-01",
            prec=M,
            killed=2,
            injured=1,
        ),
        # Hospital town.
        S("Hue", "mention", 1580240),
        # Cleared since January, 1,304 items destroyed.
        A2(
            "Gio Linh district",
            "clearance",
            1581673,
            "VN",
            date="2025-01-01",
            prec=M,
            mines=1304,
        ),
        # Hazardous areas confirmed "this year" in the hills around Khe Sanh.
        S("Khe Sanh", "minefield", 1579363, date="2025-01-01", prec=Y),
        A2(
            "Huong Hoa district",
            "minefield",
            (16.7, 106.7),
            "VN",
            date="2025-01-01",
            prec=Y,
        ),
        # Border only.
        C("Laos", "mention", "LA"),
        # Meeting in May.
        S("Hanoi", "conference", 1581130, date="2025-05-01", prec=M),
    ],
    "08_h.txt": [
        # Workshop "from 5 to 7 October".
        S("Dushanbe", "conference", 1221874, date="2026-10-05", prec=D),
        # Delegations; cross-border coordination.
        C("Afghanistan", "mention", "AF"),
        C("Kyrgyzstan", "mention", "KG"),
        # Minefields cleared in 2025 (no find).
        R("Rasht valley", "clearance", (39.0, 70.5), "TJ", date="2025-01-01", prec=Y),
        S("Tavildara", "clearance", 1220324, date="2025-01-01", prec=Y),
        # Recorded minefields, undated.
        F("Panj River", "minefield", (37.5, 71.5), "TJ", tolerance_km=LINEAR),
        A1("Gorno-Badakhshan", "minefield", (38.0, 72.5), "TJ", tolerance_km=LARGE),
        S("Ishkoshim", "minefield", (36.727, 71.612), country_code="TJ"),
        S("Vanj", "minefield", 1220210),
        # The participant's home town.
        S("Khorog", "mention", 1221328),
        # 14 August: a herder lost a leg.
        A2(
            "Darvoz district",
            "incident",
            (38.45, 70.9),
            "TJ",
            date="2026-08-14",
            prec=D,
            injured=1,
        ),
        # Course to come: no date.
        S("Kulob", "conference", 1221194),
        # Treaty deadline; also inside the centre's name.
        C("Tajikistan", "mention", "TJ"),
    ],
    "09_i.txt": [
        # Items found "during the month" (January); 188 + 40.
        A2(
            "Aghdam district",
            "minefield",
            148619,
            "AZ",
            variants=["Agdam"],
            date="2024-01-01",
            prec=M,
            mines=228,
        ),
        # 96 + 31 + 610.
        A2(
            "Fuzuli district",
            "minefield",
            148106,
            "AZ",
            variants=["Füzuli"],
            date="2024-01-01",
            prec=M,
            mines=737,
        ),
        A2(
            "Tartar district",
            "minefield",
            584871,
            "AZ",
            date="2024-01-01",
            prec=M,
            mines=12,
        ),
        S(
            "Sugovushan",
            "minefield",
            (40.15, 46.62),
            country_code="AZ",
            date="2024-01-01",
            prec=M,
            mines=12,
        ),
        A2(
            "Jabrayil district",
            "minefield",
            148141,
            "AZ",
            date="2024-01-01",
            prec=M,
            mines=920,
        ),
        # Land released and handed over during the month.
        S("Zangilan", "clearance", 146901, date="2024-01-01", prec=M),
        # 23 January: one injured.
        A2(
            "Kalbajar district",
            "incident",
            586268,
            "AZ",
            date="2024-01-23",
            prec=D,
            injured=1,
        ),
        # Meeting on 26 January.
        S("Baku", "conference", 587084, date="2024-01-26", prec=D),
        # "since November 2020, 356 killed or injured": combined, no counts.
        R("Karabakh", "incident", (39.9, 46.8), "AZ", date="2020-11-01", prec=M),
        R("East Zangezur", "incident", (39.35, 46.45), "AZ", date="2020-11-01", prec=M),
        # Contamination statement; also in the agency's name.
        C("Azerbaijan", "minefield", "AZ"),
        # Asked for maps: the actor, not a location.
        C("Armenia", "mention", "AM"),
    ],
    "10_j.txt": [
        # Tuesday 12 December: two killed, four injured on the Boni-Hombori road.
        S(
            "Boni",
            "incident",
            (15.05, -2.21),
            country_code="ML",
            date="2023-12-12",
            prec=D,
            killed=2,
            injured=4,
        ),
        S(
            "Hombori",
            "incident",
            (15.28, -1.70),
            country_code="ML",
            date="2023-12-12",
            prec=D,
            killed=2,
            injured=4,
        ),
        # "the cercle of Douentza": never separated from its seat.
        A2(
            "Douentza",
            "incident",
            2458334,
            "ML",
            date="2023-12-12",
            prec=D,
            killed=2,
            injured=4,
        ),
        A1(
            "Mopti region",
            "incident",
            (14.5, -3.5),
            "ML",
            date="2023-12-12",
            prec=D,
            killed=2,
            injured=4,
        ),
        # Hospital town.
        S("Sévaré", "mention", (14.53, -4.10), country_code="ML"),
        # Border of the mined routes: a mention.
        C("Burkina Faso", "mention", "BF"),
        # Sunday 10 December: two devices found and defused.
        S("Bandiagara", "minefield", 2460489, date="2023-12-10", prec=D, mines=2),
        S("Bankass", "minefield", 2460401, date="2023-12-10", prec=D, mines=2),
        # 31 items destroyed during November.
        A1(
            "Ségou region",
            "clearance",
            (13.8, -5.8),
            "ML",
            date="2023-11-01",
            prec=M,
            mines=31,
            tolerance_km=LARGE,
        ),
        S("Niono", "clearance", 2452655, date="2023-11-01", prec=M, mines=31),
        # Since January: 102 killed, 245 injured.
        C("Mali", "incident", "ML", date="2023-01-01", prec=M, killed=102, injured=245),
        # Workshop "from 4 to 6 December".
        S("Bamako", "conference", 2460596, date="2023-12-04", prec=D),
        # A cercle named for risk education.
        A2("Koro", "mention", 2454674, "ML"),
    ],
    "11_k.txt": [
        # "this afternoon": one killed, two injured.
        A2(
            "Hays district",
            "incident",
            74906,
            "YE",
            date="2025-11-20",
            prec=D,
            killed=1,
            injured=2,
        ),
        A1(
            "Hodeidah governorate",
            "incident",
            (14.6, 43.2),
            "YE",
            variants=["al-Hudaydah"],
            date="2025-11-20",
            prec=D,
            killed=1,
            injured=2,
        ),
        # Hospital town.
        S("Zabid", "mention", 69500),
        # "more than 500 ... killed or injured ... this year": not split.
        C("Yemen", "incident", "YE", date="2025-01-01", prec=Y),
        # The correspondent's location.
        S("Taiz", "mention", 70225),
        # 1,870 items removed in October.
        A1(
            "Taiz governorate",
            "clearance",
            (13.5, 43.9),
            "YE",
            date="2025-10-01",
            prec=M,
            mines=1870,
        ),
        # Monday 17 November: 40 mines found.
        S("al-Khawkhah", "minefield", 79131, date="2025-11-17", prec=D, mines=40),
        # "last week": fisherman injured.
        S("Mocha", "incident", 78751, date="2025-11-01", prec=M, injured=1),
        # Still heavily mined; undated.
        A1("Marib governorate", "minefield", (15.5, 45.5), "YE"),
        A2("Sirwah district", "minefield", 34703, "YE"),
        # Course opened Sunday 16 November.
        S("Aden", "conference", 415189, date="2025-11-16", prec=D),
        # Donor.
        C("Saudi Arabia", "mention", "SA"),
    ],
    "12_l.txt": [
        # Country labels run into their paragraph's first sentence.
        # Monday 8 June: deminer injured.
        C(
            "BOSNIA AND HERZEGOVINA",
            "incident",
            "BA",
            date="2026-06-08",
            prec=D,
            injured=1,
        ),
        S("Maglaj", "incident", 3195946, date="2026-06-08", prec=D, injured=1),
        # Sunday 7 June: two killed.
        C("MYANMAR", "incident", "MM", date="2026-06-07", prec=D, killed=2),
        S("Kyauktaw", "incident", 1316499, date="2026-06-07", prec=D, killed=2),
        A1(
            "Rakhine State",
            "incident",
            (20.1, 93.5),
            "MM",
            date="2026-06-07",
            prec=D,
            killed=2,
            tolerance_km=LARGE,
        ),
        # Reported heavily mined; undated.
        S("Mrauk-U", "minefield", 1307658),
        # Thursday 11 June: handover of a cleared section.
        C("ZIMBABWE", "clearance", "ZW", date="2026-06-11", prec=D),
        S(
            "Mukumbura",
            "clearance",
            (-16.20, 31.69),
            country_code="ZW",
            date="2026-06-11",
            prec=D,
        ),
        A2(
            "Mount Darwin district",
            "clearance",
            885800,
            "ZW",
            date="2026-06-11",
            prec=D,
        ),
        # Tuesday 9 June: three boys injured.
        C("AFGHANISTAN", "incident", "AF", date="2026-06-09", prec=D, injured=3),
        A2(
            "Andar district",
            "incident",
            (33.40, 68.65),
            "AF",
            date="2026-06-09",
            prec=D,
            injured=3,
        ),
        A1(
            "Ghazni province",
            "incident",
            (33.3, 68.0),
            "AF",
            date="2026-06-09",
            prec=D,
            injured=3,
        ),
        # Hospital town.
        S("Ghazni", "mention", 1141269),
        # Meeting to come: no date.
        S("Kabul", "conference", 1138958),
    ],
}
