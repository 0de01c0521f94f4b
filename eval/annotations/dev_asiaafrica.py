"""More development articles (eval/dev 530-541), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: English-language local press of South and Southeast Asia and Africa as it is
written there: Pakistani and Indian dailies (datelines "PESHAWAR:", "JAMMU, Jun 10:",
"martyred", BDS, tehsil, LoC, nallah), an Afghan agency story, a Myanmar exile outlet,
Khmer Times / Vientiane Times / VnExpress style pieces, a Sri Lankan daily ("yesterday
(1)", "Monday (30)"), and Zimbabwean, South Sudanese, Somaliland and Nigerian papers
(payam, county, LGA, region).

Annotation decisions made for this batch (where the rules are silent):
- An Indian dateline with its own day ("JAMMU, Jun 10:") on an article dated the next
  day: "this afternoon" is the dateline's day (2024-06-10).
- "Recovered" explosive items during a search (BDS in Jamrud tehsil, the Army in
  Puthukkudiyiruppu) is a find: `minefield`, like "found"; "located and destroyed" and
  "discovered and detonated" are finds too. Villagers *reporting* a mortar bomb exposed
  by panners (Penhalonga, Mutare River) is a find.
- One defused IED is `mines=1` (Khyber district, Landi Kotal); one shell found by
  children (Sardeh dam) or one aircraft bomb found (Kham district) is `mines=1`.
- "Including 3,210 bombies" is part of the 4,870 total, not added; "19 anti-personnel
  mines and 63 items of UXO" are summed (82); 78 + 3 = 81; 17 + 5 = 22.
- The injury told in the sentence after the blast (the nephew in Ta Krok) and a
  follow-up sentence locating the same blast (Gio Mai Commune) carry that event's
  facts.
- A sector named after a town (Nowshera sector) is the town's entry with its id;
  Krishna Ghati sector is a region entry under its bare name; the LoC is one feature
  entry "Line of Control" with variant "LoC".
- A district named beside its same-named town is two entries: Rajouri (hospital town,
  mention) and Rajouri district (incident from the "since 2000" aggregate); Hpakant
  (hospital town) and Hpakant Township; Konduga and Konduga Local Government Area;
  Ghazni city and Ghazni province. "Poonch", "Mannar", "Ngala LGA", "Jamrud tehsil",
  "Gio Linh District", "Long Bien District", "Samlout district" and "Chimanimani
  district" are never separated from their seats: one entry with the seat's id where
  cities500 holds it.
- A bare province name in a later sentence (Battambang, Khammuan, Quang Tri) joins the
  province entry; "Karenni (Kayah) State" is one entry with variant "Kayah".
- A place excluded from a casualty aggregate ("every state and region except
  Naypyitaw") is a `mention`.
- A host country named in a workshop sentence ("Cambodia hosted a regional workshop in
  Siem Reap") is `conference` with the workshop's date; delegations' countries and
  donors in the same sentence stay `mention`.
- A meeting still to come ("will be held in Jammu next week", Nairobi) is `conference`
  with no date. Risk-awareness sessions (Mendhar, Gamboru) are mentions.
- "Killed more than 1,600 people" for one country is `killed=1600`; "killed or
  injured" totals carry no counts. "Since independence in 1980" is 1980 (year).
- Somaliland is a region entry (tolerance 300 km); the K5 mine belt is a feature
  with LINEAR tolerance.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

_BAJAUR = {"date": "2025-03-17", "prec": D, "killed": 2, "injured": 3}
_LOC = {"date": "2024-06-10", "prec": D, "injured": 1}
_KALSIAN = {"date": "2024-06-01", "prec": M, "mines": 3}
_ANDAR = {"date": "2024-11-03", "prec": D, "killed": 3, "injured": 2}
_ARGHANDAB = {"date": "2024-10-01", "prec": M, "mines": 82}
_SEIK_MU = {"date": "2025-02-17", "prec": D, "injured": 1}
_SAGAING = {"date": "2025-02-12", "prec": D, "killed": 2}
_KARENNI = {"date": "2025-01-01", "prec": M, "mines": 112}
_TA_KROK = {"date": "2024-08-25", "prec": D, "killed": 1, "injured": 1}
_THMA_PUOK = {"date": "2024-08-23", "prec": D, "mines": 14}
_SIEM_REAP = {"date": "2024-08-26", "prec": D}
_NAPHO = {"date": "2025-05-09", "prec": D, "killed": 1, "injured": 1}
_KHAM = {"date": "2025-05-01", "prec": M, "mines": 1}
_GIO_LINH = {"date": "2024-10-08", "prec": D, "killed": 1, "injured": 1}
_LONG_BIEN = {"date": "2024-10-06", "prec": D, "mines": 1}
_A_LUOI = {"date": "2024-10-01", "prec": M}
_PALAMPIDDY = {"date": "2025-07-01", "prec": D, "injured": 1}
_PTK = {"date": "2025-06-01", "prec": M, "mines": 81}
_BURMA_VALLEY = {"date": "2024-09-14", "prec": D, "injured": 1}
_PENHALONGA = {"date": "2024-09-11", "prec": D, "mines": 1}
_OTOGO = {"date": "2025-04-06", "prec": D, "killed": 2, "injured": 1}
_LAINYA = {"date": "2025-02-01", "prec": M, "mines": 22}
_LIWOLO = {"date": "2025-04-03", "prec": D, "mines": 11}
_DHOQOSHAY = {"date": "2024-11-30", "prec": D, "killed": 3, "injured": 1}
_ERIGAVO = {"date": "2024-11-01", "prec": M, "mines": 46}
_KONDUGA = {"date": "2025-01-20", "prec": D, "killed": 5, "injured": 2}
_DIKWA = {"date": "2025-01-18", "prec": D, "mines": 14}

ARTICLES: dict[str, list[Spec]] = {
    "530_bajaur_damadola_children_mortar_landi_kotal_bds_jamrud.txt": [
        S("PESHAWAR", "mention", 1168197),
        # Monday evening (article Tuesday 18 March): 2 martyred, 3 injured.
        A2("Bajaur", "incident", (34.78, 71.5), "PK", **_BAJAUR),
        S("Damadola", "incident", (34.8, 71.48), country_code="PK", **_BAJAUR),
        A2("Mamund tehsil", "incident", (34.82, 71.45), "PK", **_BAJAUR),
        # Police and the hospital town.
        S("Khar", "mention", 1174089),
        # One IED defused on Sunday.
        A2(
            "Khyber district",
            "clearance",
            (34.05, 71.15),
            "PK",
            date="2025-03-16",
            prec=D,
            mines=1,
        ),
        S("Landi Kotal", "clearance", 1172208, date="2025-03-16", prec=D, mines=1),
        # Two grenades + 14 mortar rounds recovered on Saturday.
        A2(
            "Jamrud tehsil",
            "minefield",
            1176233,
            "PK",
            date="2025-03-15",
            prec=D,
            mines=16,
        ),
        # 27 killed or injured since January 2024: combined, no counts.
        A1(
            "Khyber Pakhtunkhwa",
            "incident",
            (34.4, 71.9),
            "PK",
            date="2024-01-01",
            prec=M,
            tolerance_km=LARGE,
        ),
    ],
    "531_poonch_krishna_ghati_porter_loc_nowshera_kalsian_mines.txt": [
        # Dateline; the meeting "will be held in Jammu next week".
        S("JAMMU", "conference", 1269321),
        F(
            "Line of Control",
            "incident",
            (33.6, 74.1),
            "IN",
            variants=["LoC"],
            tolerance_km=LINEAR,
            **_LOC,
        ),
        R("Krishna Ghati", "incident", (33.58, 74.15), "IN", **_LOC),
        A2("Poonch", "incident", 1167718, "IN", **_LOC),
        # The porter's home village.
        S("Balnoi", "mention", (33.63, 74.1), country_code="IN"),
        S("Rajouri", "mention", 1258891),
        S("Udhampur", "mention", 1253956),
        # Three mines "located and destroyed" last week.
        S("Nowshera", "minefield", 1261675, **_KALSIAN),
        S("Kalsian", "minefield", (33.2, 74.16), country_code="IN", **_KALSIAN),
        # Minefield sentence, then the "since 2000" casualty aggregate.
        A2(
            "Rajouri district",
            "incident",
            (33.3, 74.4),
            "IN",
            date="2000-01-01",
            prec=Y,
        ),
        S("Mendhar", "mention", (33.61, 74.13), country_code="IN"),
    ],
    "532_ghazni_andar_children_mortar_arghandab_clearance_kabul_workshop.txt": [
        # Dateline; workshop opened on Monday.
        S("KABUL", "conference", 1138958, date="2024-11-04", prec=D),
        S("Khwaja Khel", "incident", (33.37, 68.52), country_code="AF", **_ANDAR),
        A2("Andar district", "incident", (33.32, 68.44), "AF", **_ANDAR),
        A1("Ghazni", "incident", (33.5, 68.2), "AF", **_ANDAR),
        # Where the children found the shell.
        F("Sardeh dam", "minefield", (33.35, 68.63), "AF", mines=1),
        S("Ghazni city", "mention", 1141269),
        A2("Arghandab", "clearance", (31.72, 65.62), "AF", **_ARGHANDAB),
        A1("Kandahar province", "clearance", (31.3, 65.7), "AF", **_ARGHANDAB),
        # Attendees' provinces.
        A1("Helmand", "mention", (31.0, 64.2), "AF", tolerance_km=LARGE),
        A1("Zabul", "mention", (32.2, 67.2), "AF"),
        A1("Paktika", "mention", (32.5, 68.7), "AF"),
        # More than 300 casualties in 2023.
        C("Afghanistan", "incident", "AF", date="2023-01-01", prec=Y),
    ],
    "533_hpakant_jade_miner_sagaing_kani_yinmabin_karenni_demoso_clearance.txt": [
        S("Seik Mu", "incident", (25.62, 96.28), country_code="MM", **_SEIK_MU),
        A2("Hpakant Township", "incident", (25.65, 96.2), "MM", **_SEIK_MU),
        # "a hospital in Hpakant town".
        S("Hpakant", "mention", 1323815),
        S("Myitkyina", "mention", 1307741),
        A1("Kachin State", "mention", (25.8, 97.3), "MM", tolerance_km=LARGE),
        A1(
            "Sagaing Region",
            "incident",
            (22.5, 95.3),
            "MM",
            tolerance_km=LARGE,
            **_SAGAING,
        ),
        A2("Kani", "incident", (22.43, 94.83), "MM", **_SAGAING),
        A2("Yinmabin", "incident", (22.08, 94.9), "MM", **_SAGAING),
        A1("Karenni", "clearance", (19.3, 97.3), "MM", variants=["Kayah"], **_KARENNI),
        S("Demoso", "clearance", 13562172, **_KARENNI),
        S("Loikaw", "clearance", 1313479, **_KARENNI),
        C("Myanmar", "incident", "MM", date="2024-01-01", prec=Y),
        # Excluded from the casualty aggregate.
        S("Naypyitaw", "mention", 6611854),
        S("Mae Sot", "mention", 1152188),
        C("Thailand", "mention", "TH"),
        S("Yangon", "conference", 1298824, date="2025-02-18", prec=D),
    ],
    "534_ratanak_mondul_tractor_antitank_samlout_thma_puok_siem_reap.txt": [
        S("Ta Krok", "incident", (12.85, 102.95), country_code="KH", **_TA_KROK),
        A2("Ratanak Mondul district", "incident", (12.88, 102.95), "KH", **_TA_KROK),
        A1("Battambang", "incident", (13.0, 103.0), "KH", **_TA_KROK),
        # 33 anti-tank + 280 anti-personnel, earlier this month.
        A2(
            "Samlout district",
            "clearance",
            11336111,
            "KH",
            date="2024-08-01",
            prec=M,
            mines=313,
        ),
        A1(
            "Banteay Meanchey province", "minefield", (13.75, 103.0), "KH", **_THMA_PUOK
        ),
        S("Thma Puok", "minefield", 1823887, **_THMA_PUOK),
        A1("Pailin", "minefield", (12.85, 102.6), "KH"),
        F("K5 mine belt", "minefield", (13.4, 102.75), "KH", tolerance_km=LINEAR),
        C("Cambodia", "conference", "KH", **_SIEM_REAP),
        S("Siem Reap", "conference", 1822214, **_SIEM_REAP),
        C("Laos", "mention", "LA"),
        C("Thailand", "mention", "TH"),
        C("Japan", "mention", "JP"),
    ],
    "535_boualapha_bombie_boy_khammuan_kham_bomb_vientiane_meeting.txt": [
        S("Napho", "incident", (17.62, 105.74), country_code="LA", **_NAPHO),
        A2("Boualapha district", "incident", (17.55, 105.5), "LA", **_NAPHO),
        A1("Khammuan", "incident", (17.6, 105.2), "LA", **_NAPHO),
        # A bomb found "last week"; then the contamination sentence.
        A1("Xieng Khuang province", "minefield", (19.45, 103.3), "LA", **_KHAM),
        A2("Kham district", "minefield", (19.65, 103.6), "LA", **_KHAM),
        A1("Savannakhet", "minefield", (16.5, 105.5), "LA"),
        # 28 killed or injured last year.
        C("Laos", "incident", "LA", date="2024-01-01", prec=Y),
        S("Vientiane", "conference", 1651944, date="2025-05-13", prec=D),
        C("United States", "mention", "US"),
        C("Japan", "mention", "JP"),
    ],
    "536_gio_linh_scrap_shell_dong_ha_long_bien_bomb_a_luoi_training.txt": [
        A1("Quang Tri", "incident", (16.75, 106.95), "VN", **_GIO_LINH),
        A2("Gio Linh District", "incident", 1581673, "VN", **_GIO_LINH),
        S("Gio Mai", "incident", (16.95, 107.12), country_code="VN", **_GIO_LINH),
        # "about 15 km north of Dong Ha": distance reference.
        S("Dong Ha", "mention", 1582926),
        S("Hanoi", "minefield", 1581130, **_LONG_BIEN),
        A2("Long Bien District", "minefield", 1564064, "VN", **_LONG_BIEN),
        A2("A Luoi District", "conference", (16.2, 107.25), "VN", **_A_LUOI),
        A1("Thua Thien-Hue", "conference", (16.35, 107.5), "VN", **_A_LUOI),
        C("South Korea", "mention", "KR"),
        C("Vietnam", "incident", "VN", date="1975-01-01", prec=Y),
    ],
    "537_mannar_palampiddy_deminer_puthukkudiyiruppu_mines_vavuniya_workshop.txt": [
        S("Palampiddy", "incident", (8.87, 80.14), country_code="LK", **_PALAMPIDDY),
        A2("Madhu", "incident", (8.85, 80.2), "LK", **_PALAMPIDDY),
        A2("Mannar", "incident", (8.85, 80.0), "LK", **_PALAMPIDDY),
        C("Sri Lanka", "mention", "LK"),
        S("Murunkan", "mention", (8.81, 80.05), country_code="LK"),
        A2("Mullaitivu District", "minefield", (9.15, 80.6), "LK", **_PTK),
        S("Puthukkudiyiruppu", "minefield", (9.31, 80.7), country_code="LK", **_PTK),
        A1("Northern Province", "minefield", (9.2, 80.4), "LK"),
        A1("Eastern Province", "minefield", (7.8, 81.5), "LK", tolerance_km=LARGE),
        S("Vavuniya", "conference", 1225018, date="2025-06-30", prec=D),
        C("Japan", "mention", "JP"),
        S("Kilinochchi", "mention", 1240372),
    ],
    "538_burma_valley_herder_cattle_chimanimani_penhalonga_harare_meeting.txt": [
        S("MUTARE", "mention", 884979),
        S("Mpudzi", "mention", (-19.2, 32.6), country_code="ZW"),
        R("Burma Valley", "incident", (-19.2, 32.8), "ZW", **_BURMA_VALLEY),
        A1("Manicaland", "incident", (-19.0, 32.5), "ZW", **_BURMA_VALLEY),
        C("Mozambique", "mention", "MZ"),
        A2(
            "Chimanimani district",
            "clearance",
            893813,
            "ZW",
            date="2024-06-01",
            prec=M,
            mines=1107,
        ),
        S("Penhalonga", "minefield", 882955, **_PENHALONGA),
        F(
            "Mutare River",
            "minefield",
            (-18.95, 32.65),
            "ZW",
            tolerance_km=LINEAR,
            **_PENHALONGA,
        ),
        S("Harare", "conference", 890299, date="2024-09-12", prec=D),
        C("Japan", "mention", "JP"),
        C("Zimbabwe", "incident", "ZW", date="1980-01-01", prec=Y, killed=1600),
    ],
    "539_otogo_grenade_children_yei_lainya_road_kajo_keji_juba_workshop.txt": [
        S("Otogo", "incident", (3.98, 30.55), country_code="SS", **_OTOGO),
        A2("Yei River County", "incident", (4.1, 30.6), "SS", **_OTOGO),
        A1("Central Equatoria", "incident", (4.5, 31.0), "SS", **_OTOGO),
        S("Yei", "mention", 363619),
        S("Lainya", "clearance", (4.36, 30.96), country_code="SS", **_LAINYA),
        S("Wonduruba", "clearance", (4.55, 30.8), country_code="SS", **_LAINYA),
        A2("Kajo-Keji County", "minefield", (3.85, 31.65), "SS", **_LIWOLO),
        S("Liwolo", "minefield", (3.75, 31.5), country_code="SS", **_LIWOLO),
        C("Uganda", "mention", "UG"),
        S("Juba", "conference", 373303, date="2025-04-07", prec=D),
        A1("Jonglei", "mention", (7.5, 32.0), "SS", tolerance_km=LARGE),
        C("South Sudan", "incident", "SS", date="2004-01-01", prec=Y),
    ],
    "540_oodweyne_herders_togdheer_erigavo_clearance_las_anod_nairobi.txt": [
        S("HARGEISA", "mention", 57289),
        S("Dhoqoshay", "incident", (9.23, 45.05), country_code="SO", **_DHOQOSHAY),
        A1("Togdheer region", "incident", (9.4, 45.6), "SO", **_DHOQOSHAY),
        # "about 20 km south of Oodweyne": distance reference.
        S("Oodweyne", "mention", 53372),
        S("Burao", "mention", 63795),
        R(
            "Somaliland",
            "incident",
            (9.8, 45.5),
            "SO",
            date="2024-01-01",
            prec=Y,
            tolerance_km=300,
        ),
        A1("Sanaag region", "clearance", (10.4, 47.5), "SO", **_ERIGAVO),
        S("Erigavo", "clearance", 62691, **_ERIGAVO),
        S("Las Anod", "minefield", 400769, date="2024-11-27", prec=D, mines=3),
        S("Nairobi", "conference", 184745),
        S("Berbera", "mention", 64435),
        S("Borama", "mention", 64021),
    ],
    "541_konduga_dalwa_farmers_ied_dikwa_marte_ngala_maiduguri_workshop.txt": [
        # Dateline; workshop on Tuesday.
        S("MAIDUGURI", "conference", 2331447, date="2025-01-21", prec=D),
        A1("Borno", "incident", (11.8, 13.0), "NG", tolerance_km=LARGE, **_KONDUGA),
        S("Konduga", "incident", 2334044, **_KONDUGA),
        S("Dalwa", "incident", (11.72, 13.32), country_code="NG", **_KONDUGA),
        A2(
            "Konduga Local Government Area",
            "incident",
            (11.6, 13.35),
            "NG",
            **_KONDUGA,
        ),
        S("Dikwa", "minefield", 2344854, **_DIKWA),
        S("Marte", "minefield", 2330719, **_DIKWA),
        A2("Ngala LGA", "mention", 2329087, "NG"),
        S("Gamboru", "mention", 2342192),
        C("Cameroon", "mention", "CM"),
        C("Nigeria", "incident", "NG", date="2024-01-01", prec=Y),
    ],
}
