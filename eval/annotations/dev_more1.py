"""More development articles (eval/dev 140-149), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Wire and agency reports (AZERTAC, Ukrinform, AFP, Reuters, Xinhua, AP, Kun Khmer,
Anadolu) with a dateline, two to four events and a background paragraph.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "140_anama_week_kalbajar_minefield_horadiz.txt": [
        # The week's clearance: 403 + 96 mines + the rest = 1,312 items, shared by
        # every district of the list; dated by the range's first day.
        A2("Aghdam", "clearance", 148619, "AZ", date="2024-04-29", prec=D, mines=1312),
        # Listed in the clearance sentence, then "a town in Fuzuli district" holds
        # the tractor blast on Saturday.
        A2("Fuzuli", "incident", 148106, "AZ", date="2024-05-04", prec=D, injured=1),
        # Listed, then the new minefield of about 60 mines on Friday.
        A2("Kalbajar", "minefield", 586268, "AZ", date="2024-05-03", prec=D, mines=60),
        A2("Lachin", "clearance", 147625, "AZ", date="2024-04-29", prec=D, mines=1312),
        A2(
            "Zangilan", "clearance", 146901, "AZ", date="2024-04-29", prec=D, mines=1312
        ),
        A2(
            "Jabrayil", "clearance", 148141, "AZ", date="2024-04-29", prec=D, mines=1312
        ),
        F(
            "Murov pass",
            "minefield",
            (40.27, 46.42),
            "AZ",
            date="2024-05-03",
            prec=D,
            mines=60,
        ),
        S("Horadiz", "incident", 148003, date="2024-05-04", prec=D, injured=1),
        # Dateline and the hospital the driver was taken to.
        S("BAKU", "mention", 587084),
        # "killed or injured more than 380 people in Azerbaijan since the end of
        # the 2020 war": combined, not split; dated by its "since". The agency's
        # name ("Republic of Azerbaijan") is not the place.
        C("Azerbaijan", "incident", "AZ", date="2020-01-01", prec=Y),
        C("Armenia", "mention", "AM"),
    ],
    "141_kherson_tractor_kostiantynivka_boy_odesa_donors.txt": [
        A1(
            "Kherson region",
            "incident",
            (46.75, 33.30),
            "UA",
            date="2024-03-11",
            prec=D,
            injured=2,
        ),
        S(
            "Velyka Oleksandrivka",
            "incident",
            690288,
            date="2024-03-11",
            prec=D,
            injured=2,
        ),
        A2(
            "Beryslav district",
            "incident",
            712260,
            "UA",
            date="2024-03-11",
            prec=D,
            injured=2,
        ),
        # Dateline city and the hospital the farmers were taken to.
        S("KHERSON", "mention", 706448),
        S("Kostiantynivka", "incident", 705104, date="2024-03-10", prec=D, killed=1),
        A1(
            "Donetsk region",
            "incident",
            (48.00, 37.80),
            "UA",
            date="2024-03-10",
            prec=D,
            killed=1,
        ),
        # "last week" (4-10 March): month precision; 19 mines are among the 212.
        S("Okhtyrka", "clearance", 713749, date="2024-03-01", prec=M, mines=212),
        A1(
            "Sumy region",
            "clearance",
            (50.90, 34.20),
            "UA",
            date="2024-03-01",
            prec=M,
            mines=212,
        ),
        S("Odesa", "conference", 698740, date="2024-03-07", prec=D),
        C("Ukraine", "minefield", "UA"),
        # Named as the invader in a casualty sentence; the deaths are not in Russia.
        C("Russia", "mention", "RU"),
    ],
    "142_maskanah_children_raqqa_ieds_palmyra_road.txt": [
        A1(
            "Aleppo province",
            "incident",
            (36.20, 37.80),
            "SY",
            date="2023-11-26",
            prec=D,
            killed=3,
            injured=1,
        ),
        # Dateline city, separate from the province the article also names.
        S("ALEPPO", "mention", 170063),
        C("Syria", "incident", "SY", date="2022-01-01", prec=Y),
        S(
            "Maskanah",
            "incident",
            167080,
            date="2023-11-26",
            prec=D,
            killed=3,
            injured=1,
        ),
        # Where the wounded girl was treated.
        S("Manbij", "mention", 167357),
        # "on the road between Palmyra and Al-Sukhnah": both ends hold the blast.
        S("Palmyra", "incident", 163808, date="2023-11-24", prec=D, killed=2),
        S("Al-Sukhnah", "incident", 172425, date="2023-11-24", prec=D, killed=2),
        # "in the desert east of Homs": a distance reference.
        S("Homs", "mention", 169577),
        # The war monitor's seat.
        C("Britain", "mention", "GB"),
        # 37 IEDs + 420 other items, "since the start of October".
        S("Raqqa", "clearance", 172955, date="2023-10-01", prec=M, mines=457),
        S("Tabqa", "clearance", 172374, date="2023-10-01", prec=M, mines=457),
        C("Turkey", "mention", "TR"),
        C("Lebanon", "mention", "LB"),
    ],
    "143_mosul_clearance_hardan_shepherd_khanaqin_field.txt": [
        # Dateline and background contamination ("among the most
        # contaminated countries"): no figure of its own.
        C("Iraq", "minefield", "IQ"),
        S("Mosul", "clearance", 99072, date="2024-02-14", prec=D, mines=1146),
        # Title "near Sinjar" and "the Sinjar district": one entry.
        # The two sheep killed are not counted.
        A2("Sinjar", "incident", 448149, "IQ", date="2024-02-12", prec=D, injured=1),
        A1(
            "Diyala",
            "minefield",
            (33.90, 45.00),
            "IQ",
            date="2024-02-01",
            prec=M,
            mines=200,
        ),
        S(
            "Hardan",
            "incident",
            (36.47, 41.98),
            country_code="IQ",
            date="2024-02-12",
            prec=D,
            injured=1,
        ),
        A1(
            "Ninewa province",
            "incident",
            (36.20, 42.50),
            "IQ",
            variants=["Nineveh"],
            date="2024-02-12",
            prec=D,
            injured=1,
        ),
        # "east of Khanaqin" with no more specific named place: it holds the field.
        S("Khanaqin", "minefield", 94591, date="2024-02-01", prec=M, mines=200),
        C("Iran", "mention", "IR"),
        A1("Anbar", "minefield", (33.40, 42.00), "IQ", tolerance_km=LARGE),
        A1("Salahuddin", "minefield", (34.50, 43.60), "IQ"),
        # The directorate's seat.
        S("Baghdad", "mention", 98182),
    ],
    "144_hays_children_hodeidah_fisherman_bayda_july.txt": [
        A1(
            "Hodeidah province",
            "incident",
            (14.90, 43.10),
            "YE",
            date="2023-08-20",
            prec=D,
            killed=4,
            injured=2,
        ),
        C("Yemen", "incident", "YE", date="2023-08-20", prec=D, killed=4, injured=2),
        S("SANAA", "mention", 71137),
        A2(
            "Hays district",
            "incident",
            74906,
            "YE",
            date="2023-08-20",
            prec=D,
            killed=4,
            injured=2,
        ),
        # "the city of Hodeidah": the port city, a separate entry from the province.
        S("Hodeidah", "incident", 79415, date="2023-08-17", prec=D, injured=1),
        A1(
            "Al Bayda province",
            "clearance",
            (14.10, 45.50),
            "YE",
            date="2023-07-01",
            prec=M,
            mines=1287,
        ),
        S("Al-Khawkhah", "clearance", 79131, date="2023-08-19", prec=D, mines=2400),
        # "child casualties ... particularly in Taiz": casualties, undated, no count.
        A1("Taiz", "incident", (13.55, 44.00), "YE"),
    ],
    "145_sangin_mortar_nakhoney_cleared_gereshk_belt.txt": [
        # Title, the blast in "Helmand province's Sangin district", and "Police in
        # Helmand" (the minefield): the blast wins.
        A1(
            "Helmand",
            "incident",
            (31.20, 64.20),
            "AF",
            tolerance_km=LARGE,
            date="2023-04-03",
            prec=D,
            killed=2,
            injured=3,
        ),
        # Dateline city, a separate entry from "Kandahar province".
        S("KANDAHAR", "mention", 1138336),
        C("Afghanistan", "incident", "AF", date="2022-01-01", prec=Y),
        A2(
            "Sangin district",
            "incident",
            1127547,
            "AF",
            date="2023-04-03",
            prec=D,
            killed=2,
            injured=3,
        ),
        # Where the wounded were taken.
        S("Lashkar Gah", "mention", 1134720),
        S("Gereshk", "minefield", 1141540, date="2023-03-30", prec=D, mines=15),
        A1(
            "Kandahar province",
            "clearance",
            (31.20, 65.70),
            "AF",
            tolerance_km=LARGE,
            date="2023-03-01",
            prec=M,
            mines=84,
        ),
        S(
            "Nakhoney",
            "clearance",
            (31.47, 65.52),
            country_code="AF",
            date="2023-03-01",
            prec=M,
            mines=84,
        ),
        A2(
            "Panjwai district",
            "clearance",
            (31.52, 65.45),
            "AF",
            date="2023-03-01",
            prec=M,
            mines=84,
        ),
        C("Pakistan", "mention", "PK"),
        C("Iran", "mention", "IR"),
    ],
    "146_kyauktaw_monastery_hpakant_jade_miners.txt": [
        A1(
            "Rakhine state",
            "incident",
            (20.00, 93.60),
            "MM",
            tolerance_km=LARGE,
            date="2024-01-16",
            prec=D,
            killed=5,
        ),
        S("YANGON", "mention", 1298824),
        A2(
            "Kyauktaw township",
            "incident",
            1316499,
            "MM",
            date="2024-01-16",
            prec=D,
            killed=5,
        ),
        S("Mrauk U", "minefield", 1307658),
        # "laid mines along the border with Bangladesh": a country named as a border.
        C("Bangladesh", "mention", "BD"),
        A1(
            "Kachin state",
            "incident",
            (26.00, 97.50),
            "MM",
            tolerance_km=LARGE,
            date="2024-01-09",
            prec=D,
            injured=2,
        ),
        S("Hpakant", "incident", 1323815, date="2024-01-09", prec=D, injured=2),
        # Where the miners were treated.
        S("Myitkyina", "mention", 1307741),
        # "more landmine casualties last year than any other country except Syria".
        C("Myanmar", "incident", "MM", date="2023-01-01", prec=Y),
        C("Syria", "incident", "SY", date="2023-01-01", prec=Y),
    ],
    "147_phnom_penh_lao_meeting_samlot_farmer_pailin.txt": [
        # Title, dateline and the meeting on Wednesday.
        # "Cambodian" and "Lao" are adjectives.
        S("Phnom Penh", "conference", 1821306, date="2023-09-06", prec=D),
        A1(
            "Xieng Khouang province",
            "minefield",
            (19.45, 103.30),
            "LA",
            date="2023-08-01",
            prec=M,
        ),
        S("Phonsavan", "minefield", 1655123, date="2023-08-01", prec=M),
        # "tens of millions of submunitions ... failed to explode there".
        C("Laos", "minefield", "LA"),
        A1(
            "Battambang province",
            "incident",
            (12.95, 103.00),
            "KH",
            date="2023-09-03",
            prec=D,
            killed=1,
        ),
        A2(
            "Samlot district",
            "incident",
            11336111,
            "KH",
            date="2023-09-03",
            prec=D,
            killed=1,
        ),
        # 112 anti-personnel mines + nine UXO, "last month".
        A1(
            "Pailin province",
            "clearance",
            (12.85, 102.62),
            "KH",
            date="2023-08-01",
            prec=M,
            mines=121,
        ),
        # "more than 64,000 casualties ... since 1979": combined, not split.
        C("Cambodia", "incident", "KH", date="1979-01-01", prec=Y),
        C("Thailand", "mention", "TH"),
    ],
    "148_tripoli_workshop_ain_zara_brothers_sirte.txt": [
        # Title, dateline, the workshop on Monday and a distance reference.
        S("Tripoli", "conference", 2210247, date="2024-06-24", prec=D),
        # Donors.
        C("Germany", "mention", "DE"),
        C("Japan", "mention", "JP"),
        S(
            "Ain Zara",
            "incident",
            (32.80, 13.24),
            country_code="LY",
            date="2024-06-22",
            prec=D,
            injured=2,
        ),
        # "more than 3,800 ... since the start of the year".
        S("Sirte", "clearance", 2210554, date="2024-01-01", prec=Y, mines=3800),
        S("Tarhuna", "minefield", 2210221, date="2024-06-01", prec=M, mines=23),
        C("Libya", "mention", "LY"),
    ],
    "149_ituango_soldier_remedios_free_tumaco_fields.txt": [
        A1(
            "Antioquia",
            "incident",
            (7.00, -75.50),
            "CO",
            tolerance_km=LARGE,
            date="2023-10-09",
            prec=D,
            killed=1,
            injured=2,
        ),
        S("Tumaco", "minefield", 3666640, date="2023-10-01", prec=M),
        S("BOGOTA", "mention", 3688689),
        S(
            "Ituango",
            "incident",
            3680434,
            date="2023-10-09",
            prec=D,
            killed=1,
            injured=2,
        ),
        # Where the wounded were flown.
        S("Medellin", "mention", 3674962),
        # "in the north-east of the same department": Antioquia is not named there.
        S("Remedios", "clearance", 3670899, date="2023-10-06", prec=D, mines=47),
        A1(
            "Nariño department",
            "minefield",
            (1.60, -77.80),
            "CO",
            date="2023-10-01",
            prec=M,
        ),
        C("Ecuador", "mention", "EC"),
        # "more than 12,300 victims ... since 1990": combined, not split.
        C("Colombia", "incident", "CO", date="1990-01-01", prec=Y),
    ],
}
