"""More development articles (eval/dev 150-159), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
NGO, UN and donor communications (field diaries, casualty data releases,
victim-assistance stories, land-release news, regional meetings) from Sudan,
Burkina Faso, Cameroon, DR Congo, Armenia, Palestine, Angola, Thailand,
Ecuador/Peru and the Philippines. A chance find of a device that a team then
makes safe is a `minefield` (as in 040 Haditha and 099 Adado); route or area
work by a clearance team is `clearance`. Meetings still to come carry no
event date (gold dates never follow the publication date).
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "150_blue_nile_survey_diary_kurmuk_herder.txt": [
        # Title; "the states of Blue Nile and South Kordofan still hold most of
        # the country's known minefields".
        A1("Blue Nile", "minefield", (11.20, 34.20), "SD"),
        # Departure point and regional office.
        S("Damazin", "mention", 380174),
        S("Kurmuk", "incident", 371827, date="2024-02-14", prec=D, injured=1),
        C("Ethiopia", "mention", "ET"),
        # Farmers showed four mines washed out by the rains: a find, not clearance.
        A2(
            "Geissan district",
            "minefield",
            (10.75, 34.40),
            "SD",
            date="2024-02-13",
            prec=D,
            mines=4,
        ),
        # 27 mines + 11 UXO destroyed "since early January".
        S(
            "Roseires",
            "clearance",
            (11.86, 34.38),
            country_code="SD",
            date="2024-01-01",
            prec=M,
            mines=38,
        ),
        # "more than 2,000 casualties ... since 2002": not split.
        C("Sudan", "incident", "SD", date="2002-01-01", prec=Y),
        A1("South Kordofan", "minefield", (11.00, 30.00), "SD", tolerance_km=LARGE),
        S("Khartoum", "mention", 379252),
        C("Netherlands", "mention", "NL"),
        C("Norway", "mention", "NO"),
    ],
    "151_burkina_ied_casualties_kaya_barsalogho.txt": [
        S("OUAGADOUGOU", "mention", 2357048),
        # 142 killed, 215 injured "between January and June".
        C(
            "Burkina Faso",
            "incident",
            "BF",
            date="2023-01-01",
            prec=M,
            killed=142,
            injured=215,
        ),
        # "Most of the casualties were recorded in ...": no figure, no date in
        # the sentence.
        A2("Soum", "incident", (14.00, -1.50), "BF"),
        A2("Sanmatenga", "incident", (13.30, -1.10), "BF"),
        # Devices buried on the tracks that supply them.
        S("Djibo", "minefield", 2361177),
        S("Aribinda", "minefield", 2363174),
        S("Kaya", "incident", 2359608, date="2023-09-03", prec=D, killed=9, injured=14),
        S(
            "Barsalogho",
            "incident",
            (13.42, -1.06),
            country_code="BF",
            date="2023-09-03",
            prec=D,
            killed=9,
            injured=14,
        ),
        # "Two days later" than 3 September: a route cleared by an army unit.
        S("Dori", "clearance", 2361082, date="2023-09-05", prec=D, mines=18),
        S(
            "Seytenga",
            "clearance",
            (14.13, 0.20),
            country_code="BF",
            date="2023-09-05",
            prec=D,
            mines=18,
        ),
        C("Mali", "mention", "ML"),
        C("Niger", "mention", "NE"),
        C("Switzerland", "mention", "CH"),
        C("Germany", "mention", "DE"),
        # Risk education in schools only.
        A1("Est region", "mention", (12.00, 0.80), "BF"),
    ],
    "152_mora_survivor_far_north_banki_road.txt": [
        # Riding home to Mora when a device on the track from Kolofata exploded.
        S("Mora", "incident", 2225991, date="2022-03-01", prec=M, injured=1),
        S(
            "Kolofata",
            "incident",
            (11.17, 13.95),
            country_code="CM",
            date="2022-03-01",
            prec=M,
            injured=1,
        ),
        # Where the survivor was treated: no event there.
        S("Maroua", "mention", 2228373),
        # "more than 1,100 casualties" since 2014: not split.
        A1(
            "Far North region",
            "incident",
            (10.90, 14.20),
            "CM",
            date="2014-01-01",
            prec=Y,
        ),
        F("Lake Chad", "mention", (13.00, 14.50), None, tolerance_km=LINEAR),
        # Survivors supported there: victim assistance is no event.
        A2("Mayo-Sava", "mention", (11.05, 14.15), "CM"),
        A2("Mayo-Tsanaga", "mention", (10.80, 13.80), "CM"),
        S("Banki", "clearance", 6776134, date="2023-04-01", prec=M, mines=31),
        C("Cameroon", "mention", "CM"),
        S("Yaoundé", "conference", 2220957),
        # A supporter of the workshop, like a donor.
        C("Nigeria", "mention", "NG"),
    ],
    "153_kisangani_riverside_clearance_djugu_grenade.txt": [
        S("Kisangani", "clearance", 212730, date="2023-04-01", prec=M, mines=1312),
        C("Uganda", "mention", "UG"),
        C("Rwanda", "mention", "RW"),
        C("Japan", "mention", "JP"),
        # The work "also covered" a stretch of the bank: clearance, no figures.
        F("Congo River", "clearance", (0.50, 25.15), "CD", tolerance_km=LINEAR),
        A1("Tshopo province", "minefield", (0.60, 24.50), "CD", tolerance_km=LARGE),
        S("Yangambi", "minefield", 203717),
        A2(
            "Djugu territory",
            "incident",
            217100,
            "CD",
            date="2023-10-29",
            prec=D,
            killed=1,
            injured=2,
        ),
        A1(
            "Ituri province",
            "incident",
            (1.80, 29.80),
            "CD",
            tolerance_km=LARGE,
            date="2023-10-29",
            prec=D,
            killed=1,
            injured=2,
        ),
        # "47 casualties ... last year": not split.
        C(
            "Democratic Republic of the Congo",
            "incident",
            "CD",
            date="2022-01-01",
            prec=Y,
        ),
        S("Kinshasa", "conference", 2314302),
    ],
    "154_armenia_tavush_syunik_results_tegh_shepherd.txt": [
        S("YEREVAN", "mention", 616052),
        C("United States", "mention", "US", tolerance_km=1500),
        C("United Kingdom", "mention", "GB"),
        # Land released "last year".
        A1("Tavush", "clearance", (40.95, 45.15), "AM", date="2023-01-01", prec=Y),
        # Released land (lead) and new contamination mapped there: minefield wins.
        A1("Syunik", "minefield", (39.45, 46.20), "AM"),
        C("Armenia", "clearance", "AM", date="2023-01-01", prec=Y),
        # 212 anti-personnel + 9 anti-tank.
        S("Berd", "clearance", 616802, mines=221),
        S("Chinari", "clearance", 616780),
        S("Kapan", "minefield", 174875),
        S("Goris", "minefield", 174895),
        S("Tegh", "incident", 174743, date="2024-03-21", prec=D, injured=1),
        S("Lachin", "mention", 147625),
    ],
    "155_gaza_children_beit_lahia_jordan_valley_marking.txt": [
        # Title "in Gaza" means the Strip; 11 injured "between January and May".
        R(
            "Gaza",
            "incident",
            (31.42, 34.38),
            "PS",
            variants=["Gaza Strip"],
            date="2023-01-01",
            prec=M,
            injured=11,
        ),
        # Title and body: marking of old minefields.
        F("Jordan Valley", "minefield", (32.00, 35.50), "PS", tolerance_km=LINEAR),
        S("Beit Lahia", "incident", 281145, date="2023-04-02", prec=D, injured=4),
        # Risk-education visits only.
        S("Khan Yunis", "mention", 281124),
        S("Rafah", "mention", 281102),
        # Workers struck a bomb that the police then removed: a find.
        S("Jabalia", "minefield", 281129, date="2023-05-01", prec=M, mines=1),
        R("West Bank", "minefield", (31.95, 35.25), "PS"),
        S("Jericho", "minefield", 284899),
        S("Tubas", "minefield", 281581),
        S("Ramallah", "conference", 282239),
        # Origin of the workshop's guests.
        C("Jordan", "mention", "JO"),
        C("Lebanon", "mention", "LB"),
    ],
    "156_moxico_villages_handover_mavinga_tractor.txt": [
        S("LUENA", "mention", 3347719),
        # "The province, the largest in Angola, remains among the most
        # contaminated; more than 200 minefields".
        C("Angola", "minefield", "AO"),
        # Land handed back "on Wednesday".
        A1(
            "Moxico province",
            "clearance",
            (-12.50, 21.00),
            "AO",
            tolerance_km=LARGE,
            date="2023-08-23",
            prec=D,
        ),
        # The handover ceremony.
        S("Lumbala Nguimbo", "conference", 7905765, date="2023-08-23", prec=D),
        C("United States", "mention", "US", tolerance_km=1500),
        # 1,480 anti-personnel + 37 anti-tank, around both villages.
        S("Ninda", "clearance", 875857, mines=1517),
        S("Sessa", "clearance", 875673, mines=1517),
        F("Zambezi", "minefield", (-12.00, 22.70), "AO", tolerance_km=LINEAR),
        S("Luau", "minefield", 876177),
        A1(
            "Cuando Cubango",
            "incident",
            (-16.00, 19.50),
            "AO",
            tolerance_km=LARGE,
            date="2023-08-09",
            prec=D,
            killed=1,
        ),
        S("Mavinga", "incident", 876019, date="2023-08-09", prec=D, killed=1),
    ],
    "157_surin_prosthetics_workshop_ta_phraya_release.txt": [
        # The town of the hospital workshop; the province is named apart.
        S("Surin", "mention", 1606030),
        C("Cambodia", "mention", "KH"),
        S("Kap Choeng", "incident", 1618616, date="2019-06-01", prec=M, injured=1),
        # "more than 3,000 ... killed or injured ... since the late 1970s":
        # not split, no year stated.
        C("Thailand", "incident", "TH"),
        A1("Surin province", "minefield", (14.85, 103.65), "TH"),
        A2("Phanom Dong Rak", "minefield", 1954056, "TH"),
        A2("Sangkha", "minefield", 1606543, "TH"),
        A1(
            "Sa Kaeo province",
            "clearance",
            (13.80, 102.30),
            "TH",
            date="2023-02-01",
            prec=M,
            mines=86,
        ),
        S("Ta Phraya", "clearance", 1605742, date="2023-02-01", prec=M, mines=86),
        S("Bangkok", "conference", 1609350),
    ],
    "158_quito_review_condor_minefields_gualaquiza.txt": [
        # Meeting "on Monday".
        S("QUITO", "conference", 3652462, date="2023-10-16", prec=D),
        # Meeting, then "the range on the border between Ecuador and Peru"
        # holding the remaining minefields: minefield wins.
        C("Ecuador", "minefield", "EC"),
        # "Peru's last recorded casualty ... near San Ignacio in 2021".
        C("Peru", "incident", "PE", date="2021-01-01", prec=Y, injured=1),
        F(
            "Cordillera del Cóndor",
            "minefield",
            (-3.80, -78.40),
            "EC",
            tolerance_km=LINEAR,
        ),
        S("Gualaquiza", "clearance", 3657661, date="2023-01-01", prec=Y, mines=1140),
        S(
            "Paquisha",
            "clearance",
            (-3.93, -78.68),
            country_code="EC",
            date="2023-01-01",
            prec=Y,
            mines=1140,
        ),
        A1(
            "Zamora Chinchipe",
            "clearance",
            (-4.10, -78.80),
            "EC",
            date="2023-01-01",
            prec=Y,
            mines=1140,
        ),
        A1(
            "Amazonas region",
            "clearance",
            (-5.00, -78.00),
            "PE",
            tolerance_km=LARGE,
            date="2023-06-01",
            prec=M,
            mines=412,
        ),
        S(
            "Santa María de Nieva",
            "clearance",
            (-4.59, -77.86),
            country_code="PE",
            date="2023-06-01",
            prec=M,
            mines=412,
        ),
        S("San Ignacio", "incident", 3692529, date="2021-01-01", prec=Y, injured=1),
        S("Geneva", "conference", 2660646),
    ],
    "159_marawi_eod_butig_farmer_iligan_device.txt": [
        # 94 items removed "in 2023".
        S(
            "MARAWI CITY",
            "clearance",
            1701053,
            variants=["Marawi"],
            date="2023-01-01",
            prec=Y,
            mines=94,
        ),
        C("Philippines", "mention", "PH"),
        # Displaced families' shelters.
        S("Saguiaran", "mention", 1691086),
        A1("Lanao del Sur", "mention", (7.90, 124.30), "PH"),
        S("Butig", "incident", 1722217, date="2024-01-14", prec=D, injured=1),
        # A device found on the highway and defused "on Saturday" (as Adado, 099).
        S("Iligan", "minefield", 1711084, date="2024-01-20", prec=D, mines=1),
        R("Mindanao", "mention", (7.50, 125.00), "PH", tolerance_km=300),
        C("Japan", "mention", "JP"),
        C("Australia", "mention", "AU", tolerance_km=1500),
        S("Manila", "conference", 1701668),
    ],
}
