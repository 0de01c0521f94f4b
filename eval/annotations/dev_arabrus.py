"""More development articles (eval/dev 515-526), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: Arabic-, Russian- and Ukrainian-language press in English translation (INA, SANA,
Saba, LANA, NNA and WAFA-style agency copy, an Egyptian regional daily, Telegram
statements of the Kharkiv SES and the Kherson regional military administration, a
Russian border-region outlet, a Russian-language Caucasus digest, a Kyrgyz outlet):
datelines ("SALAHUDDIN, April 18 (INA) -", "Bint Jbeil - NNA -"), "martyred", "according
to a security source", passive voice ("was blown up on a mine", "an explosive object
was detected"), administrative chains ("the village of X of the Y district", "the
southern countryside of Deir ez-Zor", "the X hromada"), local date forms ("on the 12th
of this month", "yesterday, 9 June", "since the beginning of the year"), item counts
by type and national background figures.

Annotation decisions where the rules are silent:
- A bare dateline or title name that is the province's name with no same-named town
  in the text (SALAHUDDIN, Matrouh, Hodeidah, Deir ez-Zor's "countryside") joins the
  province entry, the generic form as a variant; a town named with "city" or as a
  hospital town ("Deir ez-Zor city", "a hospital in Bint Jbeil", "the general hospital
  in Tuz Khurmatu") is a separate mention entry beside its district or governorate.
  The NNA dateline "Bint Jbeil" joins the town entry (it is where the story is filed).
- "The district of Baiji", "the al-Jarrahi district", "the Grayvoron urban district",
  "the Balakliia hromada" with no separate town: one admin2 entry on the seat's id.
  "The Snihurivka and Bashtanka hromadas" gives two admin2 entries, Snihurivka and
  Bashtanka, on their seats' ids.
- "14 people have been blown up on mines ..., five of them fatally" is killed=5,
  injured=9 (the remainder of the stated toll).
- "X killed or injured in Yemen last year" is incident, year precision, no counts
  (combined figure, not split).
- The country whose army dropped the munitions ("the cluster munitions that Israel
  dropped on the south have killed 60 ... in Lebanon") is a mention, like an origin;
  the casualties belong to Lebanon. The WWII belligerents (Germany, Italy, Britain)
  are mentions too.
- A place named as the destination of the road where a mine lay ("the desert road
  leading to Sidi Barrani") takes the minefield with its facts, like "the road
  between X and Y".
- A country's contamination estimate ("Iraq ... 2,100 square kilometres still awaiting
  clearance", "139,000 square kilometres of Ukraine ... potentially contaminated",
  "Libya also suffers from minefields ... around Tobruk and Brega") is an undated
  minefield for every place in that sentence.
- "Found and neutralised" / "found and destroyed" (ANAMA's weekly figures, Batken
  pyrotechnicians) is minefield with the summed count (312 + 45 + 212 = 569;
  23 + 4 = 27);
  "lifted", "dismantled", "removed", "disposed of", "neutralised" alone, and land
  "returned to use" are clearance; residents "reported finding" shells that a team then
  removed (al-Jiftlik) is minefield.
- "Over the past week" and "last week" are month precision (each lies inside one
  month); "from 30 September to 5 October" is its first day; "since the end of the
  2020 war" and "since 1982" are year precision; "since January" month.
- A cow killed by a shell remnant (Khirbet Ibziq) is an incident without counts, and
  the region named in that sentence ("the northern Jordan Valley") shares it.
- A training course that "opened in Shusha" and a donors' meeting in Cairo are
  conference; the offices of the Lebanon Mine Action Centre in Nabatieh, the Tajik
  mine action centre in Dushanbe and the Masam office in Aden are mentions.
- "The State of Palestine" is recorded with that name (the full form written).
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "515_salahuddin_amerli_shepherd_tuz_khurmatu_baiji_mosul_baghdad.txt": [
        S(
            "Amerli",
            "incident",
            (34.72, 44.59),
            country_code="IQ",
            date="2024-04-17",
            prec=D,
            killed=1,
            injured=2,
        ),
        A1(
            "SALAHUDDIN",
            "incident",
            (34.60, 43.70),
            "IQ",
            variants=["Salahuddin governorate"],
            date="2024-04-17",
            prec=D,
            killed=1,
            injured=2,
        ),
        A2(
            "Tuz Khurmatu district",
            "incident",
            (34.90, 44.60),
            "IQ",
            date="2024-04-17",
            prec=D,
            killed=1,
            injured=2,
        ),
        S("Tuz Khurmatu", "mention", 90026),
        A2("Baiji", "clearance", 97783, "IQ", date="2024-01-01", prec=Y, mines=312),
        S("Mosul", "minefield", 99072, date="2024-04-01", prec=M, mines=27),
        S("Baghdad", "conference", 98182, date="2024-04-14", prec=D),
        C("Iraq", "minefield", "IQ"),
    ],
    "516_deir_ez_zor_truffle_shoula_salamiyah_palmyra_homs_raqqa.txt": [
        A1(
            "Deir ez-Zor",
            "incident",
            (35.00, 40.30),
            "SY",
            date="2024-03-04",
            prec=D,
            killed=4,
            injured=3,
        ),
        S(
            "al-Shoula",
            "incident",
            (35.06, 39.93),
            country_code="SY",
            date="2024-03-04",
            prec=D,
            killed=4,
            injured=3,
        ),
        S("Deir ez-Zor city", "mention", 170794),
        S("Salamiyah", "incident", 164947, date="2024-03-02", prec=D, injured=1),
        A1(
            "Hama",
            "incident",
            (35.20, 37.00),
            "SY",
            date="2024-03-02",
            prec=D,
            injured=1,
        ),
        S("Palmyra", "clearance", 163808, date="2024-03-03", prec=D, mines=69),
        A1(
            "Homs",
            "clearance",
            (34.50, 37.90),
            "SY",
            tolerance_km=LARGE,
            date="2024-03-03",
            prec=D,
            mines=69,
        ),
        A1("Raqqa", "mention", (35.90, 38.90), "SY"),
        R("Badia", "mention", (34.80, 38.50), "SY", tolerance_km=LARGE),
    ],
    "517_hodeidah_jarrahi_child_zabid_masam_marib_jawf_shabwa_taiz.txt": [
        A1(
            "Hodeidah",
            "incident",
            (14.80, 43.10),
            "YE",
            variants=["Hodeidah governorate"],
            date="2024-05-19",
            prec=D,
            killed=1,
            injured=1,
        ),
        A2(
            "al-Jarrahi",
            "incident",
            79284,
            "YE",
            date="2024-05-19",
            prec=D,
            killed=1,
            injured=1,
        ),
        S("Aden", "mention", 415189),
        S("Zabid", "mention", 69500),
        A1(
            "Marib",
            "clearance",
            (15.50, 45.50),
            "YE",
            date="2024-05-01",
            prec=M,
            mines=1142,
        ),
        A1(
            "al-Jawf",
            "clearance",
            (16.30, 45.00),
            "YE",
            tolerance_km=LARGE,
            date="2024-05-01",
            prec=M,
            mines=1142,
        ),
        A1(
            "Shabwa",
            "clearance",
            (14.80, 46.80),
            "YE",
            tolerance_km=LARGE,
            date="2024-05-01",
            prec=M,
            mines=1142,
        ),
        A1(
            "Taiz",
            "clearance",
            (13.50, 43.90),
            "YE",
            date="2024-05-01",
            prec=M,
            mines=1142,
        ),
        C("Yemen", "incident", "YE", date="2023-01-01", prec=Y),
    ],
    "518_libya_ain_zara_deminers_tripoli_sirte_tawergha_benghazi_tobruk.txt": [
        S(
            "Ain Zara",
            "incident",
            (32.80, 13.24),
            country_code="LY",
            date="2023-11-07",
            prec=D,
            injured=3,
        ),
        S("Tripoli", "incident", 2210247, date="2023-11-07", prec=D, injured=3),
        S("Sirte", "clearance", 2210554, date="2023-01-01", prec=M, mines=2300),
        S(
            "Tawergha",
            "minefield",
            (32.00, 15.13),
            country_code="LY",
            date="2023-11-08",
            prec=D,
            mines=1,
        ),
        S("Misrata", "mention", 2214846),
        S("Benghazi", "conference", 88319, date="2023-11-06", prec=D),
        C("Libya", "minefield", "LY"),
        S("Tobruk", "minefield", 81302),
        S("Brega", "minefield", 2215210),
    ],
    "519_nna_rmeish_shepherd_bint_jbeil_marjayoun_plain_qlaileh_tyre.txt": [
        S(
            "Rmeish",
            "incident",
            (33.08, 35.37),
            country_code="LB",
            date="2024-02-14",
            prec=D,
            injured=1,
        ),
        A2(
            "Bint Jbeil district",
            "incident",
            (33.15, 35.43),
            "LB",
            date="2024-02-14",
            prec=D,
            injured=1,
        ),
        S("Bint Jbeil", "mention", 276592),
        F(
            "Marjayoun plain",
            "clearance",
            (33.33, 35.60),
            "LB",
            date="2024-02-13",
            prec=D,
            mines=37,
        ),
        S(
            "Qlaileh",
            "minefield",
            (33.22, 35.22),
            country_code="LB",
            date="2024-02-12",
            prec=D,
            mines=1,
        ),
        A2(
            "Tyre district",
            "minefield",
            (33.20, 35.30),
            "LB",
            date="2024-02-12",
            prec=D,
            mines=1,
        ),
        S("Nabatieh", "mention", 278913),
        C("Israel", "mention", "IL"),
        C(
            "Lebanon",
            "incident",
            "LB",
            date="2006-01-01",
            prec=Y,
            killed=60,
            injured=400,
        ),
    ],
    "520_wafa_tammun_child_ibziq_jiftlik_jordan_valley_ramallah_jenin.txt": [
        S("Tammun", "incident", 281657, date="2023-08-23", prec=D, injured=1),
        S("Tubas", "mention", 281581),
        S(
            "Khirbet Ibziq",
            "incident",
            (32.39, 35.41),
            country_code="PS",
            date="2023-08-01",
            prec=M,
        ),
        R("Jordan Valley", "incident", (32.20, 35.50), "PS", date="2023-08-01", prec=M),
        S("al-Jiftlik", "minefield", 7898046, date="2023-08-19", prec=D, mines=2),
        S("Jenin", "clearance", 283506, date="2023-08-01", prec=M, mines=14),
        S("Ramallah", "conference", 282239, date="2023-08-22", prec=D),
        C("Jordan", "mention", "JO"),
        R("West Bank", "mention", (31.95, 35.25), "PS"),
        C("State of Palestine", "incident", "PS"),
    ],
    "521_matrouh_el_hammam_bedouin_alamein_sidi_barrani_cairo_egypt.txt": [
        S("El Hammam", "incident", 361219, date="2023-10-11", prec=D, injured=1),
        S("El Alamein", "mention", 361612),
        A1(
            "Matrouh",
            "clearance",
            (30.50, 27.00),
            "EG",
            variants=["Matrouh governorate"],
            tolerance_km=LARGE,
            date="2023-01-01",
            prec=M,
            mines=2950,
        ),
        S("Marsa Matrouh", "mention", 352733),
        S("Sidi Barrani", "minefield", 348548, date="2023-10-10", prec=D, mines=1),
        S("Cairo", "conference", 360630, date="2023-10-08", prec=D),
        C(
            "Egypt",
            "incident",
            "EG",
            date="1982-01-01",
            prec=Y,
            killed=696,
            injured=7617,
        ),
        R(
            "Western Desert",
            "incident",
            (27.50, 28.00),
            "EG",
            tolerance_km=500,
            date="1982-01-01",
            prec=Y,
            killed=696,
            injured=7617,
        ),
        C("Germany", "mention", "DE"),
        C("Italy", "mention", "IT"),
        C("Britain", "mention", "GB"),
    ],
    "522_kharkiv_ses_malynivka_tractor_chuhuiv_savyntsi_izium_balakliia.txt": [
        S("Malynivka", "incident", 793657, date="2024-06-09", prec=D, injured=1),
        A2(
            "Chuhuiv district",
            "incident",
            (49.75, 36.80),
            "UA",
            date="2024-06-09",
            prec=D,
            injured=1,
        ),
        S("Kharkiv", "mention", 706483),
        A1(
            "Kharkiv region",
            "clearance",
            (49.50, 36.60),
            "UA",
            date="2024-06-01",
            prec=M,
            mines=1214,
        ),
        S("Savyntsi", "minefield", 694752, date="2024-06-08", prec=D, mines=1),
        A2(
            "Izium district",
            "minefield",
            (49.20, 37.30),
            "UA",
            date="2024-06-08",
            prec=D,
            mines=1,
        ),
        A2("Balakliia", "clearance", 712926, "UA", date="2024-06-07", prec=D),
        C("Ukraine", "minefield", "UA"),
    ],
    "523_kherson_ova_novoraisk_car_beryslav_vysokopillia_mykolaiv_snihurivka.txt": [
        S("Novoraisk", "incident", 699309, date="2024-09-16", prec=D, injured=2),
        A2(
            "Beryslav district",
            "incident",
            (46.90, 33.50),
            "UA",
            date="2024-09-16",
            prec=D,
            injured=2,
        ),
        S("Kherson", "mention", 706448),
        A1(
            "Kherson region",
            "incident",
            (46.70, 33.30),
            "UA",
            date="2024-01-01",
            prec=Y,
            killed=5,
            injured=9,
        ),
        A2(
            "Vysokopillia",
            "minefield",
            (47.49, 33.53),
            "UA",
            date="2024-09-12",
            prec=D,
            mines=46,
        ),
        A1(
            "Mykolaiv region",
            "clearance",
            (47.30, 32.00),
            "UA",
            date="2024-09-01",
            prec=M,
        ),
        A2("Snihurivka", "clearance", 693379, "UA", date="2024-09-01", prec=M),
        A2("Bashtanka", "clearance", 712775, "UA", date="2024-09-01", prec=M),
    ],
    "524_kursk_glushkovo_popovo_lezhachi_tetkino_shebekino_grayvoron.txt": [
        A2(
            "Glushkovo district",
            "incident",
            (51.35, 34.60),
            "RU",
            date="2024-07-22",
            prec=D,
            injured=2,
        ),
        A1(
            "Kursk region",
            "incident",
            (51.60, 36.00),
            "RU",
            date="2024-07-22",
            prec=D,
            injured=2,
        ),
        S("Popovo-Lezhachi", "incident", 506374, date="2024-07-22", prec=D, injured=2),
        S("Kursk", "mention", 538560),
        S("Tetkino", "clearance", 483166, date="2024-07-01", prec=M, mines=58),
        A1(
            "Belgorod region",
            "incident",
            (50.70, 37.20),
            "RU",
            date="2024-07-20",
            prec=D,
            killed=1,
        ),
        A2(
            "Shebekino district",
            "incident",
            (50.40, 37.00),
            "RU",
            date="2024-07-20",
            prec=D,
            killed=1,
        ),
        A2("Grayvoron", "minefield", 559034, "RU", date="2024-07-22", prec=D, mines=1),
        A1("Sumy region", "mention", (50.90, 34.80), "UA"),
        C("Ukraine", "mention", "UA"),
    ],
    "525_khojavend_tugh_tractor_kalbajar_lachin_fuzuli_shusha_tavush_chinari.txt": [
        A2(
            "Khojavend district",
            "incident",
            (39.70, 47.00),
            "AZ",
            date="2024-10-05",
            prec=D,
            injured=1,
        ),
        S(
            "Tugh",
            "incident",
            (39.60, 47.06),
            country_code="AZ",
            date="2024-10-05",
            prec=D,
            injured=1,
        ),
        S("Kalbajar", "minefield", 586268, date="2024-09-30", prec=D, mines=569),
        S("Lachin", "minefield", 147625, date="2024-09-30", prec=D, mines=569),
        S("Fuzuli", "minefield", 148106, date="2024-09-30", prec=D, mines=569),
        S("Shusha", "conference", 147105, date="2024-10-07", prec=D),
        C(
            "Azerbaijan",
            "incident",
            "AZ",
            date="2020-01-01",
            prec=Y,
            killed=71,
            injured=318,
        ),
        S("Chinari", "incident", 616780, date="2024-10-06", prec=D, injured=1),
        A1(
            "Tavush province",
            "incident",
            (40.90, 45.30),
            "AM",
            date="2024-10-06",
            prec=D,
            injured=1,
        ),
        C("Armenia", "incident", "AM", date="2024-10-06", prec=D, injured=1),
        S("Berd", "mention", 616802),
    ],
    "526_batken_ak_say_shells_isfana_leilek_shamsiddin_shohin_khatlon_vorukh.txt": [
        A1(
            "Batken region",
            "minefield",
            (40.00, 70.80),
            "KG",
            date="2023-05-01",
            prec=M,
            mines=27,
        ),
        A2(
            "Batken district",
            "minefield",
            (39.95, 70.80),
            "KG",
            date="2023-05-01",
            prec=M,
            mines=27,
        ),
        S("Ak-Say", "minefield", 10370337, date="2023-05-01", prec=M, mines=27),
        S("Isfana", "incident", 1222662, date="2023-05-11", prec=D, injured=1),
        A2(
            "Leilek district",
            "incident",
            (39.85, 69.50),
            "KG",
            date="2023-05-11",
            prec=D,
            injured=1,
        ),
        A2(
            "Shamsiddin Shohin district",
            "incident",
            (37.85, 70.05),
            "TJ",
            date="2023-05-13",
            prec=D,
            injured=1,
        ),
        A1(
            "Khatlon region",
            "incident",
            (37.90, 69.50),
            "TJ",
            date="2023-05-13",
            prec=D,
            injured=1,
        ),
        C("Afghanistan", "mention", "AF"),
        S("Dushanbe", "mention", 1221874),
        S("Vorukh", "clearance", 1220164, date="2023-04-01", prec=M),
        A2("Isfara district", "clearance", 1514896, "TJ", date="2023-04-01", prec=M),
        C(
            "Tajikistan",
            "incident",
            "TJ",
            date="1992-01-01",
            prec=Y,
            killed=384,
            injured=505,
        ),
        C("Kyrgyzstan", "mention", "KG"),
    ],
}
