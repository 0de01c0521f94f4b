"""More development articles (eval/dev 365-376), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: weekly digests and roundups of many short items from many countries,
newsletters, 'this week in mine action'.

Annotation decisions where the rules are silent:
- An item heading ("UKRAINE - Kharkiv region:", "Colombia |", "* Libya:") belongs to
  the first sentence of its item: the heading's places take that sentence's role and
  facts; later sentences of the item that do not name them give them nothing.
- A country in the title only ("Explosive ordnance roundup: Mali, ...") is the same
  entry as the item heading; the title adds nothing beyond a mention.
- "Also this week" items with no day ("a refresher course ran in Sarajevo") are
  month precision, like "last week"; a meeting still to come ("will take place in
  Geneva in the spring", "will host ... later this autumn") is a conference without
  a date; a memorial service still to come is a conference without a date.
- A weekday in a weekly digest dated the following Monday is the day of the week the
  digest covers (never the Monday of publication itself: the text avoids that case).
- "Croatia still has about 150 square kilometres to clear" is a contamination
  statement: minefield (no facts), beating the heading's clearance.
- "Clearance of the border minefield east of X ... with N mines destroyed since
  January 2022" is clearance (items destroyed), dated from its "since".
- A bare item heading naming a district ("Zimbabwe - Mount Darwin:" then "Mount Darwin
  district") or a province ("Angola - Moxico:" then "Moxico province") is one entry
  with the generic form as a variant; "Battambang province" and the hospital town
  "Battambang" are two entries.
- A cow killed by a mine makes an incident without counts (Mukumbura).
- Shells "reported" by shepherds where a survey then began: minefield, undated.
- A region in a title ("Middle East mine action weekly") is a mention; "the
  Cambodian frontier", "the Belarus border" : the adjective is not counted, a
  country's name used for its border ("close to the Belarus border") is a mention.
- "the old K5 belt" is a feature (LINEAR), taking the clearance of its sentence.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "365_this_week_chuhuiv_kupiansk_basra_kamrieng.txt": [
        # Heading places share the first sentence: the farmer killed on Wednesday.
        C("UKRAINE", "incident", "UA", date="2023-05-10", prec=D, killed=1),
        A1(
            "Kharkiv region",
            "incident",
            (49.50, 36.50),
            "UA",
            date="2023-05-10",
            prec=D,
            killed=1,
        ),
        S("Chuhuiv", "incident", 710374, date="2023-05-10", prec=D, killed=1),
        # "Two days later" counts from Wednesday 10 May; a deminer hurt at work.
        S("Kupiansk", "incident", 703656, date="2023-05-12", prec=D, injured=1),
        C("IRAQ", "clearance", "IQ", date="2023-05-08", prec=D, mines=212),
        # "east of the city": Basra holds the event; 40 submunitions are part of 212.
        S("Basra", "clearance", 99532, date="2023-05-08", prec=D, mines=212),
        C("CAMBODIA", "incident", "KH", date="2023-05-13", prec=D, injured=2),
        A1(
            "Battambang province",
            "incident",
            (13.00, 102.95),
            "KH",
            date="2023-05-13",
            prec=D,
            injured=2,
        ),
        A2(
            "Kamrieng district",
            "incident",
            11320731,
            "KH",
            date="2023-05-13",
            prec=D,
            injured=2,
        ),
        # Hospital town.
        S("Battambang", "mention", 1831797),
        # A refresher course that ran "this week": month precision.
        S("Sarajevo", "conference", 3191281, date="2023-05-01", prec=M),
        # Treaty deadline extension.
        C("Zimbabwe", "mention", "ZW"),
    ],
    "366_digest_tumaco_condor_arica_moatize.txt": [
        C("Colombia", "incident", "CO", date="2023-06-13", prec=D, injured=1),
        S("Tumaco", "incident", 3666640, date="2023-06-13", prec=D, injured=1),
        A1(
            "Nariño",
            "incident",
            (1.50, -77.80),
            "CO",
            date="2023-06-13",
            prec=D,
            injured=1,
        ),
        # Running total "since January".
        C("Peru", "clearance", "PE", date="2023-01-01", prec=M, mines=1140),
        F(
            "Cordillera del Cóndor",
            "clearance",
            (-3.70, -78.40),
            "PE",
            variants=["Cóndor"],
            tolerance_km=LINEAR,
            date="2023-01-01",
            prec=M,
            mines=1140,
        ),
        # "the border with Ecuador".
        C("Ecuador", "mention", "EC"),
        # A mine uncovered by the sea (found), then destroyed: minefield.
        C("Chile", "minefield", "CL", date="2023-06-15", prec=D, mines=1),
        S("Arica", "minefield", 3899361, date="2023-06-15", prec=D, mines=1),
        C("Mozambique", "minefield", "MZ", date="2023-06-16", prec=D, mines=1),
        S("Moatize", "minefield", 1024685, date="2023-06-16", prec=D, mines=1),
        A1(
            "Tete province",
            "minefield",
            (-15.50, 33.00),
            "MZ",
            tolerance_km=LARGE,
            date="2023-06-16",
            prec=D,
            mines=1,
        ),
        S("Bogotá", "conference", 3688689, date="2023-06-14", prec=D),
    ],
    "367_weekly_balkans_caucasus_olovo_novska_aghdam_jermuk.txt": [
        C(
            "Bosnia",
            "incident",
            "BA",
            variants=["BOSNIA AND HERZEGOVINA"],
            date="2023-09-19",
            prec=D,
            killed=1,
        ),
        S("Olovo", "incident", 3194133, date="2023-09-19", prec=D, killed=1),
        # "still has about 150 square kilometres to clear": minefield, no facts.
        C("CROATIA", "minefield", "HR"),
        # "over the week": month precision; 37 + 4 mines.
        S("Novska", "clearance", 3194319, date="2023-09-01", prec=M, mines=41),
        C("SERBIA", "clearance", "RS", date="2023-09-22", prec=D, mines=18),
        S("Preševo", "clearance", 786772, date="2023-09-22", prec=D, mines=18),
        C("AZERBAIJAN", "incident", "AZ", date="2023-09-19", prec=D, injured=2),
        S("Aghdam", "incident", 148619, date="2023-09-19", prec=D, injured=2),
        S("Fuzuli", "incident", 148106, date="2023-09-19", prec=D, injured=2),
        # Shells reported by shepherds (found), survey begun: minefield, undated.
        C("Armenia", "minefield", "AM"),
        S("Jermuk", "minefield", 174884),
        S("Prizren", "conference", 786712, date="2023-09-21", prec=D),
    ],
    "368_sahel_roundup_douentza_djibo_tillaberi_konduga.txt": [
        C("Mali", "incident", "ML", date="2024-02-06", prec=D, killed=5, injured=7),
        S(
            "Douentza",
            "incident",
            2458334,
            date="2024-02-06",
            prec=D,
            killed=5,
            injured=7,
        ),
        # Most IED incidents "last month": incident, month, no count.
        A1(
            "Mopti region",
            "incident",
            (14.60, -3.60),
            "ML",
            tolerance_km=LARGE,
            date="2024-02-01",
            prec=M,
        ),
        C("Burkina Faso", "incident", "BF", date="2024-02-14", prec=D, killed=3),
        S("Djibo", "incident", 2361177, date="2024-02-14", prec=D, killed=3),
        # Cattle caught too: not counted.
        C("Niger", "incident", "NE", date="2024-02-21", prec=D, injured=2),
        A1(
            "Tillabéri region",
            "incident",
            (14.50, 1.50),
            "NE",
            tolerance_km=LARGE,
            date="2024-02-21",
            prec=D,
            injured=2,
        ),
        S("Ayorou", "incident", 2447416, date="2024-02-21", prec=D, injured=2),
        # "during the last week of February": month.
        C("Nigeria", "clearance", "NG", date="2024-02-01", prec=M, mines=19),
        S("Konduga", "clearance", 2334044, date="2024-02-01", prec=M, mines=19),
        A1(
            "Borno State",
            "clearance",
            (11.90, 13.10),
            "NG",
            tolerance_km=LARGE,
            date="2024-02-01",
            prec=M,
            mines=19,
        ),
        S("Maiduguri", "incident", 2331447, date="2024-02-26", prec=D, killed=1),
    ],
    "369_east_africa_week_baidoa_alamata_kurmuk_torit.txt": [
        # A region in the title.
        R("East Africa", "mention", (2.00, 38.00), None, tolerance_km=1500),
        C(
            "SOMALIA",
            "incident",
            "SO",
            date="2022-11-08",
            prec=D,
            killed=3,
            injured=2,
        ),
        S(
            "Baidoa",
            "incident",
            64536,
            date="2022-11-08",
            prec=D,
            killed=3,
            injured=2,
        ),
        # Contamination keeping families from their fields: minefield, no facts.
        C("ETHIOPIA", "minefield", "ET"),
        A1("Tigray", "minefield", (13.80, 38.90), "ET", tolerance_km=LARGE),
        A1("Afar", "minefield", (11.80, 40.90), "ET", tolerance_km=LARGE),
        S("Alamata", "minefield", 344357, date="2022-11-08", prec=D, mines=11),
        C("SUDAN", "incident", "SD", date="2022-11-09", prec=D, injured=1),
        S("Kurmuk", "incident", 371827, date="2022-11-09", prec=D, injured=1),
        A1(
            "Blue Nile state",
            "incident",
            (11.30, 34.00),
            "SD",
            variants=["Blue Nile"],
            date="2022-11-09",
            prec=D,
            injured=1,
        ),
        # 23 mines + 5 UXO removed.
        C("SOUTH SUDAN", "clearance", "SS", date="2022-11-11", prec=D, mines=28),
        S("Torit", "clearance", 365742, date="2022-11-11", prec=D, mines=28),
        S("Juba", "conference", 373303, date="2022-11-07", prec=D),
    ],
    "370_southeast_asia_uxo_digest_phonsavan_dong_ha_kani_anlong_veng.txt": [
        C("Laos", "incident", "LA", date="2024-04-02", prec=D, killed=1),
        A1(
            "Xieng Khouang",
            "incident",
            (19.50, 103.30),
            "LA",
            date="2024-04-02",
            prec=D,
            killed=1,
        ),
        S("Phonsavan", "incident", 1655123, date="2024-04-02", prec=D, killed=1),
        # "in the first three months of the year": its first month.
        C("Vietnam", "clearance", "VN", date="2024-01-01", prec=M, mines=1520),
        A1(
            "Quang Tri",
            "clearance",
            (16.75, 106.90),
            "VN",
            date="2024-01-01",
            prec=M,
            mines=1520,
        ),
        # A bomb uncovered by builders (found): minefield.
        S("Dong Ha", "minefield", 1582926, date="2024-04-05", prec=D, mines=1),
        C("Myanmar", "incident", "MM", date="2024-03-01", prec=M, killed=6, injured=9),
        A1(
            "Sagaing Region",
            "incident",
            (23.50, 95.30),
            "MM",
            tolerance_km=LARGE,
            date="2024-03-01",
            prec=M,
            killed=6,
            injured=9,
        ),
        A2(
            "Kani township",
            "incident",
            (22.43, 94.83),
            "MM",
            date="2024-04-04",
            prec=D,
            injured=1,
        ),
        # 71 + 2 mines removed on Wednesday 3 April.
        C("Cambodia", "clearance", "KH", date="2024-04-03", prec=D, mines=73),
        A2(
            "Anlong Veng district",
            "clearance",
            1831898,
            "KH",
            date="2024-04-03",
            prec=D,
            mines=73,
        ),
        F(
            "K5 belt",
            "clearance",
            (14.20, 103.90),
            "KH",
            tolerance_km=LINEAR,
            date="2024-04-03",
            prec=D,
            mines=73,
        ),
        S("Bangkok", "conference", 1609350, date="2024-04-04", prec=D),
    ],
    "371_week_in_brief_spin_boldak_miran_shah_mullaitivu.txt": [
        C(
            "Afghanistan",
            "incident",
            "AF",
            date="2023-01-31",
            prec=D,
            killed=4,
            injured=1,
        ),
        S(
            "Spin Boldak",
            "incident",
            1123906,
            date="2023-01-31",
            prec=D,
            killed=4,
            injured=1,
        ),
        A1(
            "Kandahar province",
            "incident",
            (31.00, 65.70),
            "AF",
            tolerance_km=LARGE,
            date="2023-01-31",
            prec=D,
            killed=4,
            injured=1,
        ),
        A1(
            "Ghazni province",
            "clearance",
            (33.30, 68.00),
            "AF",
            date="2023-02-02",
            prec=D,
            mines=15,
        ),
        C("Pakistan", "incident", "PK", date="2023-02-04", prec=D, killed=2, injured=3),
        S(
            "Miran Shah",
            "incident",
            1170367,
            date="2023-02-04",
            prec=D,
            killed=2,
            injured=3,
        ),
        A2(
            "North Waziristan",
            "incident",
            (32.95, 70.00),
            "PK",
            date="2023-02-04",
            prec=D,
            killed=2,
            injured=3,
        ),
        C("Sri Lanka", "clearance", "LK", date="2023-02-01", prec=D, mines=640),
        A2(
            "Mullaitivu district",
            "clearance",
            1234393,
            "LK",
            date="2023-02-01",
            prec=D,
            mines=640,
        ),
        # "Two days later" than 1 February; mines found.
        S("Kilinochchi", "minefield", 1240372, date="2023-02-03", prec=D, mines=85),
        S("Colombo", "conference", 1248991, date="2023-01-31", prec=D),
        # A meeting still to come.
        S("Geneva", "conference", 2660646),
    ],
    "372_middle_east_weekly_marib_mayadin_bint_jbeil_hawija.txt": [
        R("Middle East", "mention", (29.00, 42.00), None, tolerance_km=1500),
        C("Yemen", "incident", "YE", date="2022-07-12", prec=D, killed=2, injured=1),
        A1(
            "Marib governorate",
            "incident",
            (15.50, 45.40),
            "YE",
            date="2022-07-12",
            prec=D,
            killed=2,
            injured=1,
        ),
        A2(
            "Sirwah district",
            "incident",
            34703,
            "YE",
            date="2022-07-12",
            prec=D,
            killed=2,
            injured=1,
        ),
        C("Syria", "incident", "SY", date="2022-07-14", prec=D, killed=1, injured=2),
        A1(
            "Deir ez-Zor governorate",
            "incident",
            (35.00, 40.50),
            "SY",
            tolerance_km=LARGE,
            date="2022-07-14",
            prec=D,
            killed=1,
            injured=2,
        ),
        # "west of Mayadin": no more specific named place.
        S(
            "Mayadin",
            "incident",
            173480,
            date="2022-07-14",
            prec=D,
            killed=1,
            injured=2,
        ),
        # Found and destroyed: minefield.
        C("Lebanon", "minefield", "LB", date="2022-07-12", prec=D, mines=43),
        S("Bint Jbeil", "minefield", 276592, date="2022-07-12", prec=D, mines=43),
        C("IRAQ", "incident", "IQ", date="2022-07-17", prec=D, injured=1),
        A1(
            "Kirkuk governorate",
            "incident",
            (35.40, 44.10),
            "IQ",
            date="2022-07-17",
            prec=D,
            injured=1,
        ),
        A2(
            "Hawija district",
            "incident",
            390188,
            "IQ",
            date="2022-07-17",
            prec=D,
            injured=1,
        ),
    ],
    "373_ukraine_weekly_snihurivka_orikhiv_izium_ripky.txt": [
        C("Ukraine", "mention", "UA"),
        A1(
            "Mykolaiv Oblast",
            "clearance",
            (47.30, 31.90),
            "UA",
            date="2024-06-19",
            prec=D,
            mines=96,
        ),
        S("Snihurivka", "clearance", 693379, date="2024-06-19", prec=D, mines=96),
        A1(
            "Zaporizhzhia Oblast",
            "incident",
            (47.40, 35.60),
            "UA",
            date="2024-06-19",
            prec=D,
            injured=1,
        ),
        S("Orikhiv", "incident", 698428, date="2024-06-19", prec=D, injured=1),
        A1(
            "Kharkiv Oblast",
            "minefield",
            (49.50, 36.50),
            "UA",
            date="2024-06-20",
            prec=D,
            mines=14,
        ),
        S("Izium", "minefield", 707292, date="2024-06-20", prec=D, mines=14),
        A1(
            "Chernihiv Oblast",
            "incident",
            (51.30, 32.20),
            "UA",
            date="2024-06-22",
            prec=D,
            killed=1,
        ),
        S("Ripky", "incident", 695653, date="2024-06-22", prec=D, killed=1),
        # "close to the Belarus border".
        C("Belarus", "mention", "BY"),
        S("Kyiv", "conference", 703448, date="2024-06-21", prec=D),
        # Donor.
        C("Netherlands", "mention", "NL"),
        # A memorial service still to come: conference without a date.
        S("Dnipro", "conference", 709930),
    ],
    "374_field_notes_march_mukumbura_cazombo_menongue_tibu.txt": [
        R("southern Africa", "mention", (-20.00, 25.00), None, tolerance_km=1500),
        C("Zimbabwe", "clearance", "ZW", date="2022-01-01", prec=M, mines=4312),
        A2(
            "Mount Darwin",
            "clearance",
            885800,
            "ZW",
            variants=["Mount Darwin district"],
            date="2022-01-01",
            prec=M,
            mines=4312,
        ),
        # Distance reference for the minefield, then the cow killed on 14 March.
        S(
            "Mukumbura",
            "incident",
            (-16.17, 31.70),
            country_code="ZW",
            date="2023-03-14",
            prec=D,
        ),
        C("Angola", "incident", "AO", date="2023-03-09", prec=D, injured=2),
        A1(
            "Moxico",
            "incident",
            (-12.50, 21.50),
            "AO",
            variants=["Moxico province"],
            tolerance_km=LARGE,
            date="2023-03-09",
            prec=D,
            injured=2,
        ),
        # "about 15 km from Cazombo": no more specific named place.
        S("Cazombo", "incident", 876482, date="2023-03-09", prec=D, injured=2),
        S("Menongue", "conference", 3347353, date="2023-03-22", prec=D),
        C("Colombia", "incident", "CO", date="2023-03-27", prec=D, killed=1, injured=2),
        A1(
            "Meta",
            "incident",
            (3.30, -73.00),
            "CO",
            tolerance_km=LARGE,
            date="2023-03-27",
            prec=D,
            killed=1,
            injured=2,
        ),
        S(
            "Vista Hermosa",
            "incident",
            3665860,
            date="2023-03-27",
            prec=D,
            killed=1,
            injured=2,
        ),
        A1(
            "Norte de Santander",
            "minefield",
            (8.00, -72.80),
            "CO",
            date="2023-03-31",
            prec=D,
            mines=9,
        ),
        S("Tibú", "minefield", 3667202, date="2023-03-31", prec=D, mines=9),
    ],
    "375_around_the_world_tifariti_ta_phraya_ain_zara_panj.txt": [
        C("Western Sahara", "incident", "EH", date="2022-10-03", prec=D, killed=2),
        S("Tifariti", "incident", 2461667, date="2022-10-03", prec=D, killed=2),
        C("Thailand", "clearance", "TH", date="2022-10-05", prec=D, mines=37),
        A2(
            "Ta Phraya district",
            "clearance",
            1605742,
            "TH",
            date="2022-10-05",
            prec=D,
            mines=37,
        ),
        A1(
            "Sa Kaeo province",
            "clearance",
            (13.80, 102.30),
            "TH",
            date="2022-10-05",
            prec=D,
            mines=37,
        ),
        # One sentence (joined by a colon): the Saturday grenade injury.
        C("Libya", "incident", "LY", date="2022-10-08", prec=D, injured=1),
        S("Tripoli", "incident", 2210247, date="2022-10-08", prec=D, injured=1),
        S(
            "Ain Zara",
            "incident",
            (32.80, 13.23),
            country_code="LY",
            date="2022-10-08",
            prec=D,
            injured=1,
        ),
        # Found "since June".
        C("Tajikistan", "minefield", "TJ", date="2022-06-01", prec=M, mines=112),
        A1(
            "Khatlon region",
            "minefield",
            (37.90, 69.30),
            "TJ",
            date="2022-06-01",
            prec=M,
            mines=112,
        ),
        S("Panj", "minefield", 1220750, date="2022-06-01", prec=M, mines=112),
        # A conference still to come.
        S("Dushanbe", "conference", 1221874),
    ],
    "376_digest_lachin_berd_brcko_gospic_mosul.txt": [
        # Found "since 1 November": day precision.
        C("Azerbaijan", "minefield", "AZ", date="2023-11-01", prec=D, mines=340),
        A2(
            "Lachin district",
            "minefield",
            147625,
            "AZ",
            date="2023-11-01",
            prec=D,
            mines=340,
        ),
        C("Armenia", "incident", "AM", date="2023-12-07", prec=D, injured=1),
        S("Berd", "incident", 616802, date="2023-12-07", prec=D, injured=1),
        A1(
            "Tavush province",
            "incident",
            (40.90, 45.20),
            "AM",
            date="2023-12-07",
            prec=D,
            injured=1,
        ),
        C(
            "Bosnia and Herzegovina",
            "clearance",
            "BA",
            date="2023-12-06",
            prec=D,
            mines=22,
        ),
        A1(
            "Brčko District",
            "clearance",
            (44.87, 18.80),
            "BA",
            date="2023-12-06",
            prec=D,
            mines=22,
        ),
        F(
            "Sava",
            "clearance",
            (45.05, 18.70),
            None,
            tolerance_km=LINEAR,
            date="2023-12-06",
            prec=D,
            mines=22,
        ),
        C("Croatia", "conference", "HR", date="2023-12-08", prec=D),
        S("Gospić", "conference", 3199873, date="2023-12-08", prec=D),
        C("Iraq", "incident", "IQ", date="2023-12-09", prec=D, killed=1, injured=3),
        S("Mosul", "incident", 99072, date="2023-12-09", prec=D, killed=1, injured=3),
        C("Laos", "mention", "LA"),
    ],
}
