"""Blind held-out set holdout10 (12 articles); annotated without seeing the rules or any output."""  # noqa: E501

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "01_a.txt": [
        # Dateline; "the southern suburbs of Tripoli saw fighting" is no mine event.
        S("TRIPOLI", "mention", 2210247),
        # Tuesday before Thursday 24 August; two killed, a third wounded.
        S(
            "Ain Zara",
            "incident",
            (32.80, 13.25),
            country_code="LY",
            date="2023-08-22",
            prec=D,
            killed=2,
            injured=1,
        ),
        # Hospital town.
        S("Misrata", "mention", 2214846),
        # Mines left behind: minefields, undated in their sentence.
        S("Salah al-Din", "minefield", (32.82, 13.19), country_code="LY"),
        S("Qasr Bin Ghashir", "minefield", (32.66, 13.17), country_code="LY"),
        S("Tarhuna", "minefield", 2210221),
        # Destroyed since 2017 (the running total's "since").
        S("Sirte", "clearance", 2210554, date="2017-01-01", prec=Y, mines=3000),
        S("Benghazi", "incident", 88319, date="2023-07-01", prec=M, injured=1),
        # Treaty status.
        C("Libya", "mention", "LY"),
    ],
    "02_b.txt": [
        A2(
            "Kamrieng district",
            "minefield",
            11320731,
            "KH",
            date="2023-10-01",
            prec=M,
            mines=296,
        ),
        A1(
            "Battambang province",
            "minefield",
            (13.00, 103.00),
            "KH",
            date="2023-10-01",
            prec=M,
            mines=296,
        ),
        # "close to the border with Thailand".
        C("Thailand", "mention", "TH"),
        # Land cancelled and released after survey: clearance.
        S("Pailin", "clearance", 1830205, date="2023-10-01", prec=M),
        S(
            "Trapeang Prasat",
            "incident",
            11458564,
            date="2023-10-21",
            prec=D,
            injured=2,
        ),
        A1(
            "Oddar Meanchey province",
            "incident",
            (14.20, 103.80),
            "KH",
            date="2023-10-21",
            prec=D,
            injured=2,
        ),
        # Risk education.
        S("Anlong Veng", "mention", 1831898),
        # Seat of the regional office.
        S("Siem Reap", "mention", 1822214),
        # Deadline (mention) and "released since 1992" (clearance) in one sentence.
        C("Cambodia", "clearance", "KH", date="1992-01-01", prec=Y),
        C("Japan", "mention", "JP"),
        C("United States", "mention", "US"),
    ],
    "03_c.txt": [
        S("Dushanbe", "conference", 1221874, date="2023-06-06", prec=D),
        # Delegates' countries of origin; Afghanistan also as a border.
        C("Afghanistan", "mention", "AF"),
        C("Kyrgyzstan", "mention", "KG"),
        C("Uzbekistan", "mention", "UZ"),
        C("Tajikistan", "minefield", "TJ"),
        A1("Khatlon region", "minefield", (37.90, 69.00), "TJ"),
        R("Rasht valley", "minefield", (39.05, 70.50), "TJ", tolerance_km=LINEAR),
        # "On the last day" of the 6-8 June workshop.
        S("Shurobod", "clearance", 1220479, date="2023-06-08", prec=D),
        F(
            "Panj",
            "clearance",
            (37.80, 70.20),
            "TJ",
            tolerance_km=LINEAR,
            date="2023-06-08",
            prec=D,
        ),
        S("Tavildara", "incident", 1220324, date="2023-05-01", prec=M, injured=1),
        # Donor.
        C("Japan", "mention", "JP"),
        # The first meeting, "last year".
        S("Bishkek", "conference", 1528675, date="2022-01-01", prec=Y),
    ],
    "04_d.txt": [
        # "Between 17 and 29 April ... seven civilian casualties" (combined: no counts).
        A1(
            "Hodeidah governorate",
            "incident",
            (14.60, 43.20),
            "YE",
            date="2023-04-17",
            prec=D,
        ),
        C("Yemen", "mention", "YE"),
        # Seat of the coordination hub.
        S("Aden", "mention", 415189),
        A2(
            "Hays district",
            "incident",
            74906,
            "YE",
            date="2023-04-17",
            prec=D,
            killed=1,
        ),
        # The road between them: both ends.
        S("Al Khawkhah", "incident", 79131, date="2023-04-19", prec=D, injured=3),
        S("Mocha", "incident", 78751, date="2023-04-19", prec=D, injured=3),
        # 96 UXO + 12 anti-tank mines destroyed.
        S("Ad Durayhimi", "clearance", 80309, date="2023-04-21", prec=D, mines=108),
        A2(
            "Bayt al Faqih district",
            "minefield",
            76991,
            "YE",
            date="2023-04-23",
            prec=D,
            mines=11,
        ),
        S(
            "Zabid",
            "incident",
            69500,
            date="2023-04-25",
            prec=D,
            killed=1,
            injured=2,
        ),
        # Risk education.
        S("Hodeidah city", "mention", 79415),
        A2(
            "Maqbanah district",
            "incident",
            407716,
            "YE",
            date="2023-04-28",
            prec=D,
            killed=1,
        ),
        A1(
            "Taiz governorate",
            "incident",
            (13.50, 43.90),
            "YE",
            date="2023-04-28",
            prec=D,
            killed=1,
        ),
    ],
    "05_e.txt": [
        # Dateline.
        S("BOGOTÁ", "mention", 3688689),
        S(
            "Briceño",
            "incident",
            3688499,
            date="2023-07-18",
            prec=D,
            killed=1,
            injured=2,
        ),
        A1(
            "Antioquia department",
            "incident",
            (6.90, -75.50),
            "CO",
            tolerance_km=LARGE,
            date="2023-07-18",
            prec=D,
            killed=1,
            injured=2,
        ),
        # Hospital town.
        S("Medellín", "mention", 3674962),
        # Found and destroyed: minefield.
        S("Tarazá", "minefield", 3667402, date="2023-06-01", prec=M, mines=38),
        # Victims since 1990 (combined: no counts).
        C("Colombia", "incident", "CO", date="1990-01-01", prec=Y),
    ],
    "06_f.txt": [
        # Casualties in 2023 (combined: no counts).
        C("Myanmar", "incident", "MM", date="2023-01-01", prec=Y),
        A2(
            "Salingyi township",
            "incident",
            (21.97, 95.08),
            "MM",
            date="2024-01-01",
            prec=M,
            injured=1,
        ),
        # Hospital town; the region is named only in the hospital sentence.
        S("Monywa", "mention", 1308522),
        A1("Sagaing Region", "mention", (22.50, 95.30), "MM", tolerance_km=LARGE),
        # "more than in Syria": a casualty comparison.
        C("Syria", "incident", "SY", date="2023-01-01", prec=Y),
        # Mines found by returning residents in December (2023).
        A1(
            "Shan State",
            "minefield",
            (22.50, 97.50),
            "MM",
            tolerance_km=LARGE,
            date="2023-12-01",
            prec=M,
        ),
        S("Kyaukme", "minefield", 1316943, date="2023-12-01", prec=M),
        A1(
            "Rakhine State",
            "incident",
            (20.00, 93.50),
            "MM",
            tolerance_km=LARGE,
            date="2024-02-04",
            prec=D,
            killed=3,
        ),
        A2(
            "Kyauktaw township",
            "incident",
            1316499,
            "MM",
            date="2024-02-04",
            prec=D,
            killed=3,
        ),
        # Seat of aid groups.
        S("Yangon", "mention", 1298824),
        # Prosthetics clinic across the border.
        S("Mae Sot", "mention", 1152188),
        C("Thailand", "mention", "TH"),
    ],
    "07_g.txt": [
        S(
            "Vozuća",
            "incident",
            (44.53, 18.23),
            country_code="BA",
            date="2023-10-01",
            prec=D,
            injured=1,
        ),
        # The victim's home town and the health centre; Tuzla is named only
        # inside the hospital's name (not counted).
        S("Zavidovići", "mention", 3186717),
        F(
            "Ozren",
            "incident",
            (44.60, 18.25),
            "BA",
            tolerance_km=LINEAR,
            date="2023-10-01",
            prec=D,
            injured=1,
        ),
        A1("Zenica-Doboj Canton", "minefield", (44.40, 18.00), "BA"),
        S("Maglaj", "minefield", 3195946),
        S("Žepče", "clearance", 3186567, date="2023-09-01", prec=M, mines=37),
        # Treaty deadline.
        C("Bosnia and Herzegovina", "mention", "BA"),
    ],
    "08_h.txt": [
        A2(
            "Aghdam district",
            "minefield",
            148619,
            "AZ",
            date="2023-08-01",
            prec=M,
            mines=798,
        ),
        A2(
            "Fuzuli district",
            "clearance",
            (39.55, 47.10),
            "AZ",
            date="2023-08-01",
            prec=M,
        ),
        # Named in the clearance sentence (land handed over for its rebuilding).
        S("Fuzuli", "clearance", 148106, date="2023-08-01", prec=M),
        S("Lachin", "clearance", 147625, date="2023-08-01", prec=M),
        S("Kalbajar", "clearance", 586268, date="2023-08-01", prec=M),
        # The victim's home.
        S("Guzanli", "mention", 585736),
        # "On the 28th" of August.
        S("Banovshalar", "incident", 587009, date="2023-08-28", prec=D, injured=1),
        C(
            "Azerbaijan",
            "incident",
            "AZ",
            date="2020-11-01",
            prec=M,
            killed=63,
            injured=278,
        ),
        C("Armenia", "mention", "AM"),
        S("Baku", "conference", 587084, date="2023-08-22", prec=D),
    ],
    "09_i.txt": [
        # Land released in 2023, then 46 casualties in 2023 (combined: no counts).
        C("Lao PDR", "incident", "LA", variants=["Laos"], date="2023-01-01", prec=Y),
        A1(
            "Xieng Khouang province",
            "clearance",
            (19.50, 103.30),
            "LA",
            date="2023-01-01",
            prec=Y,
            mines=18750,
        ),
        # Provincial office.
        S("Phonsavan", "mention", 1655123),
        # Submunitions found in 143 areas (no item count).
        A1(
            "Houaphanh province",
            "minefield",
            (20.20, 104.00),
            "LA",
            date="2023-01-01",
            prec=Y,
        ),
        # A field base opened.
        S("Xam Neua", "mention", 1652203),
        # The operation began in May (2023).
        A1(
            "Savannakhet province",
            "clearance",
            (16.50, 105.60),
            "LA",
            date="2023-05-01",
            prec=M,
        ),
        A2(
            "Nong district",
            "incident",
            (16.42, 106.45),
            "LA",
            date="2023-07-11",
            prec=D,
            killed=1,
        ),
        C("Vietnam", "mention", "VN"),
        C("United States", "mention", "US"),
        C("Germany", "mention", "DE"),
        S("Vientiane", "mention", 1651944),
    ],
    "10_j.txt": [
        # Survey and clearance "in January and the first half of February".
        C("South Sudan", "clearance", "SS", date="2024-01-01", prec=M),
        S("Torit", "clearance", 365742, date="2024-01-01", prec=M, mines=1240),
        S("Magwi", "minefield", (4.12, 32.30), country_code="SS"),
        S(
            "Yei",
            "incident",
            363619,
            date="2024-02-09",
            prec=D,
            killed=1,
            injured=1,
        ),
        A1(
            "Central Equatoria",
            "incident",
            (4.60, 31.00),
            "SS",
            date="2024-02-09",
            prec=D,
            killed=1,
            injured=1,
        ),
        A2(
            "Kajo Keji county",
            "clearance",
            (3.85, 31.65),
            "SS",
            date="2024-02-14",
            prec=D,
            mines=12,
        ),
        # "finding and destroying" four mines and an RPG since December.
        A1(
            "Jonglei",
            "minefield",
            (7.50, 32.00),
            "SS",
            tolerance_km=LARGE,
            date="2023-12-01",
            prec=M,
            mines=5,
        ),
        S("Bor", "minefield", 377241, date="2023-12-01", prec=M, mines=5),
        S(
            "Pibor",
            "minefield",
            (6.80, 33.13),
            country_code="SS",
            date="2023-12-01",
            prec=M,
            mines=5,
        ),
        # Risk education; refugees' origin; UNMAS seat.
        S("Malakal", "mention", 370737),
        C("Sudan", "mention", "SD"),
        S("Juba", "mention", 373303),
    ],
    "11_k.txt": [
        # Title (toll) and "since 2016 ... killed several hundred" (no count).
        C("Burkina Faso", "incident", "BF", date="2016-01-01", prec=Y),
        S("Djibo", "incident", 2361177, date="2024-01-14", prec=D, killed=11),
        A2(
            "Soum",
            "incident",
            (14.10, -1.40),
            "BF",
            date="2024-01-14",
            prec=D,
            killed=11,
        ),
        S("Bourzanga", "incident", 2361853, date="2024-01-14", prec=D, killed=11),
        # Evacuation of the wounded.
        S("Ouagadougou", "mention", 2357048),
        # Tuesday before Thursday 18 January; devices neutralised: clearance.
        S("Fada N'Gourma", "clearance", 2360886, date="2024-01-16", prec=D, mines=7),
        S("Gayéri", "clearance", 2360541, date="2024-01-16", prec=D, mines=7),
        A1(
            "East region",
            "clearance",
            (12.20, 0.90),
            "BF",
            tolerance_km=LARGE,
            date="2024-01-16",
            prec=D,
            mines=7,
        ),
        # Armed groups "also active" there.
        C("Mali", "mention", "ML"),
        C("Niger", "mention", "NE"),
        S("Dori", "conference", 2361082, date="2024-01-09", prec=D),
    ],
    "12_l.txt": [
        # The title's "Mykolaiv farmland" is the region.
        A1(
            "Mykolaiv",
            "incident",
            (47.40, 32.00),
            "UA",
            variants=["Mykolaiv region"],
            date="2024-05-15",
            prec=D,
            killed=1,
            injured=1,
        ),
        # Dateline.
        S("KYIV", "mention", 703448),
        S(
            "Novopetrivka",
            "incident",
            699360,
            date="2024-05-15",
            prec=D,
            killed=1,
            injured=1,
        ),
        A2(
            "Bashtanka district",
            "incident",
            712775,
            "UA",
            date="2024-05-15",
            prec=D,
            killed=1,
            injured=1,
        ),
        # "Two days earlier" than Wednesday 15 May: a sapper hurt.
        S("Snihurivka", "incident", 693379, date="2024-05-13", prec=D, injured=1),
        S("Bereznehuvate", "minefield", 712339, date="2024-04-01", prec=M, mines=2),
        F("Inhulets", "minefield", (47.20, 32.90), "UA", tolerance_km=LINEAR),
        A1("Kherson region", "mention", (46.80, 33.50), "UA"),
        C("Ukraine", "minefield", "UA"),
        C("Russia", "mention", "RU"),
    ],
}
