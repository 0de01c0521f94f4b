"""More development articles (eval/dev 335-346), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: South and Southeast Asian press in English (Pakistan, India, Sri Lanka, Nepal,
Myanmar, Thailand, Cambodia, Laos, Vietnam, Philippines): police and district
bulletins, local dailies, court and assembly reports.

Annotation decisions where the rules are silent:
- "On the intervening night of 16 and 17 March" is the night's first day (day
  precision), as a range gives its first day.
- A dateline that carries a day ("JAMMU, Jun 10:") anchors "this afternoon" and
  "today" in that story, even though the paper's Date: is the next day.
- "On Thursday last" / "Monday last" is the most recent such weekday before the
  Date:; "the day before yesterday" counts back two days from the Date:.
- "The Line of Control" / "LoC" is a boundary like "the border", not a place entry.
- A place only inside an organisation's, publisher's or treaty's name is not
  counted (Lady Reading Hospital, Assam Rifles, Arakan Army, The Irrawaddy,
  Vientiane Times, Punjab and Haryana High Court's Haryana, Deep South Watch).
- A person's home ("a porter from Mendhar who lost his leg in a mine blast near
  the fence") is a mention when the blast is not placed there.
- Recovered, spotted, unearthed or uncovered devices are found (minefield),
  even when a squad then defused or destroyed them; "defused an IED planted
  along a road" with no finding told is clearance.
- A place named in the sentence that locates an event told in the sentence
  before ("the incident took place ... in the Loi Sam area") takes that event's
  date and counts; an injury told in the next sentence of the same blast is added.
- "Were mined during the 1965 and 1971 wars" / "dropped on Laos between 1964
  and 1973": minefield dated by the first year.
- A township, district or tehsil named with its generic word is one entry with
  the bare name when the article never names the town apart (Poonch, Bannu);
  "Kyauktaw Township" is separate from the town "Kyauktaw" named before it.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "335_bajaur_police_ied_bannu_bds_lakki_mortar.txt": [
        # Dateline; also the city a wounded man was referred to (hospital town).
        S("PESHAWAR", "mention", 1168197),
        A2(
            "Bajaur",
            "incident",
            (34.80, 71.52),
            "PK",
            date="2024-03-17",
            prec=D,
            killed=2,
            injured=3,
        ),
        # "the incident took place ... in the Loi Sam area of Mamund tehsil": the
        # same blast, its facts told in the sentence before.
        S(
            "Loi Sam",
            "incident",
            (34.76, 71.47),
            country_code="PK",
            date="2024-03-17",
            prec=D,
            killed=2,
            injured=3,
        ),
        A2(
            "Mamund",
            "incident",
            (34.82, 71.40),
            "PK",
            date="2024-03-17",
            prec=D,
            killed=2,
            injured=3,
        ),
        # "some 12 kilometres from Khar" (Loi Sam holds the blast) and a hospital.
        S("Khar", "mention", 1174089),
        # "on the intervening night of 16 and 17 March": the night's first day.
        A2(
            "Domel",
            "clearance",
            (32.98, 70.68),
            "PK",
            date="2024-03-16",
            prec=D,
            mines=1,
        ),
        A2("Bannu", "clearance", 1183460, "PK", date="2024-03-16", prec=D, mines=1),
        S(
            "Tajori",
            "incident",
            (32.70, 70.82),
            country_code="PK",
            date="2024-03-16",
            prec=D,
            injured=1,
        ),
        A2(
            "Lakki Marwat",
            "incident",
            1172339,
            "PK",
            date="2024-03-16",
            prec=D,
            injured=1,
        ),
        # "Troops found two anti-personnel landmines ... and destroyed them": found.
        S(
            "Mir Ali",
            "minefield",
            (33.02, 70.27),
            country_code="PK",
            date="2024-03-15",
            prec=D,
            mines=2,
        ),
        A2(
            "North Waziristan",
            "minefield",
            (32.95, 70.00),
            "PK",
            date="2024-03-15",
            prec=D,
            mines=2,
        ),
        # "have lost 31 personnel to IED attacks since January".
        A1(
            "Khyber Pakhtunkhwa",
            "incident",
            (34.00, 71.80),
            "PK",
            tolerance_km=LARGE,
            date="2024-01-01",
            prec=M,
            killed=31,
        ),
        # "the southern districts bordering Afghanistan".
        C("Afghanistan", "mention", "AF"),
    ],
    "336_dera_bugti_shepherd_sui_brothers_kohlu_goats_mastung.txt": [
        S("QUETTA", "mention", 1167528),
        # "the day before yesterday" from Tuesday 22 August: Sunday 20 August.
        S(
            "Pir Koh",
            "incident",
            (29.10, 69.12),
            country_code="PK",
            date="2023-08-20",
            prec=D,
            killed=1,
        ),
        A2(
            "Dera Bugti",
            "incident",
            1180295,
            "PK",
            date="2023-08-20",
            prec=D,
            killed=1,
        ),
        # "A day earlier" counts from the Sunday blast.
        S(
            "Sui",
            "incident",
            (28.64, 69.18),
            country_code="PK",
            date="2023-08-19",
            prec=D,
            injured=2,
        ),
        # Hospital town.
        S("Karachi", "mention", 1174872),
        # Goats and a donkey killed: an incident with no count; "on Thursday last".
        A2("Kohlu", "incident", 1173464, "PK", date="2023-08-17", prec=D),
        S(
            "Kahan",
            "incident",
            (29.30, 69.72),
            country_code="PK",
            date="2023-08-17",
            prec=D,
        ),
        # 14 landmines + 2 rocket shells defused.
        S("Mastung", "clearance", 1170706, date="2023-08-15", prec=D, mines=16),
        A1(
            "Balochistan",
            "incident",
            (28.50, 65.50),
            "PK",
            tolerance_km=LARGE,
            date="2023-01-01",
            prec=M,
            killed=18,
        ),
    ],
    "337_poonch_krishna_ghati_agniveer_uri_leopard_nowshera.txt": [
        # Dateline "JAMMU, Jun 10": "this afternoon" is the dateline's day.
        S("JAMMU", "mention", 1269321),
        A2(
            "Poonch",
            "incident",
            1167718,
            "IN",
            date="2024-06-10",
            prec=D,
            injured=1,
        ),
        F(
            "Krishna Ghati",
            "incident",
            (33.60, 74.13),
            "IN",
            date="2024-06-10",
            prec=D,
            injured=1,
        ),
        # The soldier's home town; the hospital town.
        S("Kathua", "mention", 1267486),
        S("Udhampur", "mention", 1253956),
        # "to check infiltration from Pakistan".
        C("Pakistan", "mention", "PK"),
        # A leopard killed: incident with no count.
        R("Kashmir", "incident", (34.10, 74.60), "IN", date="2024-06-08", prec=D),
        S("Uri", "incident", 1253694, date="2024-06-08", prec=D),
        A2("Baramulla", "incident", 1277085, "IN", date="2024-06-08", prec=D),
        # "have cleared mines from nearly 14 hectares ... since April" (no count).
        S("Nowshera", "clearance", 1261675, date="2024-04-01", prec=M),
        A2("Rajouri", "clearance", 1258891, "IN", date="2024-04-01", prec=M),
        # "a porter from Mendhar who lost his leg in a mine blast near the fence":
        # the man's origin; the blast is not placed in Mendhar.
        S("Mendhar", "mention", (33.61, 74.14), country_code="IN"),
        R(
            "Jammu region",
            "incident",
            (33.10, 74.80),
            "IN",
            date="2018-01-01",
            prec=Y,
            killed=17,
        ),
    ],
    "338_attari_mahawa_shells_dera_baba_nanak_jalalabad_high_court.txt": [
        S("AMRITSAR", "mention", 1278710),
        # Found by a farmer on Sunday; the destruction "tomorrow" is still to come.
        S(
            "Mahawa",
            "minefield",
            (31.64, 74.62),
            country_code="IN",
            date="2023-11-05",
            prec=D,
            mines=2,
        ),
        # "at Mahawa village near Attari": a reference.
        S("Attari", "mention", (31.60, 74.60), country_code="IN"),
        S(
            "Dera Baba Nanak",
            "clearance",
            1273173,
            date="2023-11-03",
            prec=D,
            mines=1,
        ),
        A2(
            "Gurdaspur",
            "clearance",
            1270647,
            "IN",
            date="2023-11-03",
            prec=D,
            mines=1,
        ),
        A2("Fazilka", "incident", 1271891, "IN", date="2023-10-19", prec=D, injured=1),
        # Jalalabad in Punjab, not the Afghan city.
        S("Jalalabad", "incident", 1269445, date="2023-10-19", prec=D, injured=1),
        A1("Punjab", "mention", (30.90, 75.40), "IN"),
        C("Pakistan", "mention", "PK"),
        # "stretches of this belt were mined during the 1965 and 1971 wars".
        A2("Tarn Taran", "minefield", 1254868, "IN", date="1965-01-01", prec=Y),
        A2("Ferozepur", "minefield", 1271883, "IN", date="1965-01-01", prec=Y),
    ],
    "339_churachandpur_bridge_ied_imphal_east_grenades_moirang.txt": [
        S("IMPHAL", "mention", 1269771),
        # A blast with no one hurt: incident without counts.
        S(
            "Kangvai",
            "incident",
            (24.42, 93.72),
            country_code="IN",
            date="2024-09-14",
            prec=D,
        ),
        A2("Churachandpur", "incident", 1273909, "IN", date="2024-09-14", prec=D),
        # Two grenades and a mortar bomb "were found", then destroyed: found.
        A2(
            "Imphal East",
            "minefield",
            (24.85, 94.00),
            "IN",
            date="2024-09-13",
            prec=D,
            mines=3,
        ),
        S(
            "Sawombung",
            "minefield",
            (24.88, 94.00),
            country_code="IN",
            date="2024-09-13",
            prec=D,
            mines=3,
        ),
        S(
            "Moirang",
            "incident",
            1262863,
            date="2024-09-10",
            prec=D,
            killed=1,
            injured=2,
        ),
        # Bishnupur in Manipur, not the West Bengal town.
        A2(
            "Bishnupur",
            "incident",
            8740324,
            "IN",
            date="2024-09-10",
            prec=D,
            killed=1,
            injured=2,
        ),
        # "recovered 16 IEDs": found.
        A2(
            "Kangpokpi",
            "minefield",
            1268086,
            "IN",
            date="2024-09-12",
            prec=D,
            mines=16,
        ),
        A2(
            "Tengnoupal",
            "clearance",
            11875594,
            "IN",
            date="2024-09-11",
            prec=D,
            mines=11,
        ),
        S("Moreh", "clearance", 11072202, date="2024-09-11", prec=D, mines=11),
        # "the border town with Myanmar".
        C("Myanmar", "mention", "MM"),
        # "have injured at least 14 farmers ... since May last year".
        A1(
            "Manipur",
            "incident",
            (24.70, 93.90),
            "IN",
            date="2023-05-01",
            prec=M,
            injured=14,
        ),
    ],
    "340_muhamalai_farmer_puthukkudiyiruppu_halo_adampan_shells.txt": [
        # "yesterday (26)".
        S(
            "Muhamalai",
            "incident",
            (9.62, 80.29),
            country_code="LK",
            date="2024-02-26",
            prec=D,
            injured=1,
        ),
        A2(
            "Kilinochchi",
            "incident",
            1240372,
            "LK",
            date="2024-02-26",
            prec=D,
            injured=1,
        ),
        # Hospital town.
        S("Jaffna", "mention", 1242833),
        # Unearthed: 28 mortar shells + 4 claymore mines = 32, "on Thursday (22)".
        S(
            "Adampan",
            "minefield",
            (8.94, 80.06),
            country_code="LK",
            date="2024-02-22",
            prec=D,
            mines=32,
        ),
        A2("Mannar", "minefield", 1236150, "LK", date="2024-02-22", prec=D, mines=32),
        # "removed more than 1,200 ... since September last year".
        A2(
            "Mullaitivu",
            "clearance",
            1234393,
            "LK",
            date="2023-09-01",
            prec=M,
            mines=1200,
        ),
        S(
            "Puthukkudiyiruppu",
            "clearance",
            (9.31, 80.71),
            country_code="LK",
            date="2023-09-01",
            prec=M,
            mines=1200,
        ),
        # Cleared land handed back at a ceremony: clearance outranks the ceremony.
        S(
            "Palaly",
            "clearance",
            (9.79, 80.07),
            country_code="LK",
            date="2024-02-23",
            prec=D,
        ),
        A2(
            "Valikamam North",
            "clearance",
            (9.78, 80.04),
            "LK",
            date="2024-02-23",
            prec=D,
        ),
        C(
            "Sri Lanka",
            "clearance",
            "LK",
            date="2002-01-01",
            prec=Y,
            mines=2700000,
        ),
        # "The remaining 23 square kilometres of contaminated land lie mostly in".
        A1("Northern Province", "minefield", (9.20, 80.40), "LK"),
    ],
    "341_rolpa_socket_bomb_child_dang_ied_sindhuli_nepalgunj.txt": [
        # Title: the boy injured on Monday; later also the lawmakers' constituency.
        A2(
            "Rolpa",
            "incident",
            (28.35, 82.65),
            "NP",
            date="2023-12-18",
            prec=D,
            injured=1,
        ),
        A2(
            "Runtigadhi",
            "incident",
            (28.30, 82.57),
            "NP",
            date="2023-12-18",
            prec=D,
            injured=1,
        ),
        # Hospital town.
        S("Tulsipur", "mention", 1282635),
        # "defused an IED that had been found buried": found; "the day before
        # yesterday" from Tuesday 19 December.
        S("Ghorahi", "minefield", 1283392, date="2023-12-17", prec=D, mines=1),
        A2(
            "Dang",
            "minefield",
            (28.05, 82.40),
            "NP",
            date="2023-12-17",
            prec=D,
            mines=1,
        ),
        A2(
            "Sindhuli",
            "minefield",
            (27.25, 85.95),
            "NP",
            date="2023-12-15",
            prec=D,
            mines=1,
        ),
        S(
            "Kamalamai",
            "minefield",
            (27.21, 85.91),
            country_code="NP",
            date="2023-12-15",
            prec=D,
            mines=1,
        ),
        # "declared free of known minefields in June 2011, after the Army cleared
        # 53 minefields" (minefields, not mines: no count).
        C("Nepal", "clearance", "NP", date="2011-06-01", prec=M),
        A2("Rukum", "mention", (28.65, 82.55), "NP"),
        # Teachers' provinces (attendees); Lumbini the province, not the town.
        A1("Karnali", "mention", (29.30, 82.20), "NP", tolerance_km=LARGE),
        A1("Lumbini", "mention", (27.90, 83.00), "NP", tolerance_km=LARGE),
        # Workshop "next week": still to come, no date.
        S("Nepalgunj", "conference", 6941099),
    ],
    "342_gangaw_farmers_kyauktaw_girl_hsipaw_truck_hpapun.txt": [
        A2(
            "Gangaw",
            "incident",
            (22.17, 94.13),
            "MM",
            date="2024-05-09",
            prec=D,
            killed=2,
            injured=1,
        ),
        A1(
            "Magway Region",
            "incident",
            (20.90, 94.80),
            "MM",
            tolerance_km=LARGE,
            date="2024-05-09",
            prec=D,
            killed=2,
            injured=1,
        ),
        A1(
            "Rakhine State",
            "incident",
            (19.80, 93.90),
            "MM",
            tolerance_km=LARGE,
            date="2024-05-12",
            prec=D,
            killed=1,
            injured=1,
        ),
        S(
            "Kyauktaw",
            "incident",
            1316499,
            date="2024-05-12",
            prec=D,
            killed=1,
            injured=1,
        ),
        # "controls most of Kyauktaw Township ... planting mines around their
        # former outposts": the township, named apart from the town.
        A2("Kyauktaw Township", "minefield", (20.85, 92.95), "MM"),
        # "the road between Hsipaw and Kyaukme": both ends take the event.
        S(
            "Hsipaw",
            "incident",
            (22.62, 97.30),
            country_code="MM",
            date="2024-05-11",
            prec=D,
            injured=2,
        ),
        S("Kyaukme", "incident", 1316943, date="2024-05-11", prec=D, injured=2),
        A1(
            "Shan State",
            "incident",
            (21.50, 97.80),
            "MM",
            tolerance_km=LARGE,
            date="2024-05-11",
            prec=D,
            injured=2,
        ),
        A1(
            "Kayin State",
            "clearance",
            (17.50, 97.80),
            "MM",
            tolerance_km=LARGE,
            date="2024-01-01",
            prec=M,
            mines=300,
        ),
        A2("Hpapun", "clearance", 1301321, "MM", date="2024-01-01", prec=M, mines=300),
        # "1,003 mine and explosive ordnance casualties in 2023": a combined
        # figure, not split into killed and injured.
        C("Myanmar", "incident", "MM", date="2023-01-01", prec=Y),
        S("Bangkok", "conference", 1609350, date="2024-05-09", prec=D),
    ],
    "343_kantharalak_ranger_leg_ta_phraya_tmac_rueso_bomb.txt": [
        A2(
            "Kantharalak",
            "incident",
            1610227,
            "TH",
            date="2024-07-28",
            prec=D,
            injured=1,
        ),
        # Title "in Si Sa Ket", body "Si Sa Ket province": one entry.
        A1(
            "Si Sa Ket",
            "incident",
            (14.90, 104.40),
            "TH",
            date="2024-07-28",
            prec=D,
            injured=1,
        ),
        # "The spot lies a few kilometres west of the Preah Vihear temple".
        F("Preah Vihear", "mention", (14.39, 104.68), "KH"),
        C("Cambodia", "mention", "KH"),
        C("Thailand", "mention", "TH"),
        # 412 anti-personnel + 9 anti-tank destroyed "since October" (2023).
        A2(
            "Ta Phraya",
            "clearance",
            1605742,
            "TH",
            date="2023-10-01",
            prec=M,
            mines=421,
        ),
        A1(
            "Sa Kaeo",
            "clearance",
            (13.80, 102.30),
            "TH",
            date="2023-10-01",
            prec=M,
            mines=421,
        ),
        # Meeting "next month": no date.
        S("Chiang Mai", "conference", 1153671),
        A2("Rueso", "incident", 1606961, "TH", date="2024-07-29", prec=D, injured=2),
        A1(
            "Narathiwat",
            "incident",
            (6.25, 101.75),
            "TH",
            date="2024-07-29",
            prec=D,
            injured=2,
        ),
        # "In neighbouring Yala": the province.
        A1(
            "Yala",
            "clearance",
            (6.25, 101.20),
            "TH",
            date="2024-07-27",
            prec=D,
            mines=1,
        ),
        A2(
            "Bannang Sata",
            "clearance",
            1616198,
            "TH",
            date="2024-07-27",
            prec=D,
            mines=1,
        ),
    ],
    "344_thma_puok_tractor_anti_tank_samlout_handover_pailin_bomb.txt": [
        # Three killed; the fourth passenger's injury is told in the next sentence
        # of the same blast.
        S(
            "Kouk Romiet",
            "incident",
            (13.97, 102.98),
            country_code="KH",
            date="2024-01-20",
            prec=D,
            killed=3,
            injured=1,
        ),
        A2(
            "Thma Puok",
            "incident",
            1823887,
            "KH",
            date="2024-01-20",
            prec=D,
            killed=3,
            injured=1,
        ),
        A1(
            "Banteay Meanchey",
            "incident",
            (13.75, 103.00),
            "KH",
            date="2024-01-20",
            prec=D,
            killed=3,
            injured=1,
        ),
        # 143 anti-personnel + 12 anti-tank destroyed; the handover ceremony is
        # outranked by the clearance.
        A1(
            "Battambang",
            "clearance",
            (13.00, 103.00),
            "KH",
            date="2024-01-17",
            prec=D,
            mines=155,
        ),
        S(
            "Ta Taok",
            "clearance",
            (12.62, 102.78),
            country_code="KH",
            date="2024-01-17",
            prec=D,
            mines=155,
        ),
        A2(
            "Samlout",
            "clearance",
            11336111,
            "KH",
            date="2024-01-17",
            prec=D,
            mines=155,
        ),
        # Donor ("the embassy of Japan, which funded the work").
        C("Japan", "mention", "JP"),
        # A bomb uncovered at a construction site: found.
        A2(
            "Sala Krau",
            "minefield",
            1825200,
            "KH",
            date="2024-01-15",
            prec=D,
            mines=1,
        ),
        A1(
            "Pailin",
            "minefield",
            (12.85, 102.60),
            "KH",
            date="2024-01-15",
            prec=D,
            mines=1,
        ),
        # A cow killed: incident with no count.
        A1(
            "Oddar Meanchey",
            "incident",
            (14.20, 103.70),
            "KH",
            date="2024-01-21",
            prec=D,
        ),
        A2("Anlong Veng", "incident", 1831898, "KH", date="2024-01-21", prec=D),
        C(
            "Cambodia",
            "incident",
            "KH",
            date="2023-01-01",
            prec=Y,
            killed=12,
            injured=38,
        ),
    ],
    "345_kham_bombie_boys_xepon_uxo_lao_xamneua_bomb_vientiane.txt": [
        A1(
            "Xieng Khouang",
            "incident",
            (19.50, 103.40),
            "LA",
            date="2023-10-07",
            prec=D,
            injured=2,
        ),
        S(
            "Ban Nakho",
            "incident",
            (19.60, 103.55),
            country_code="LA",
            date="2023-10-07",
            prec=D,
            injured=2,
        ),
        A2(
            "Kham",
            "incident",
            (19.64, 103.58),
            "LA",
            date="2023-10-07",
            prec=D,
            injured=2,
        ),
        # Hospital town.
        S("Phonsavan", "mention", 1655123),
        # "between January and September": its first month.
        A1(
            "Savannakhet",
            "clearance",
            (16.50, 105.60),
            "LA",
            tolerance_km=LARGE,
            date="2023-01-01",
            prec=M,
            mines=1870,
        ),
        A2(
            "Xepon",
            "clearance",
            1655076,
            "LA",
            date="2023-01-01",
            prec=M,
            mines=1870,
        ),
        # Found "last week" (2-8 October): month precision.
        A2(
            "Xamneua",
            "minefield",
            1652203,
            "LA",
            date="2023-10-01",
            prec=M,
            mines=1,
        ),
        A1(
            "Houaphanh",
            "minefield",
            (20.30, 104.00),
            "LA",
            date="2023-10-01",
            prec=M,
            mines=1,
        ),
        # The visiting delegation's province and country.
        A1("Quang Tri", "mention", (16.75, 106.90), "VN"),
        C("Vietnam", "mention", "VN"),
        # The meeting "on Thursday"; not the newspaper's name.
        S("Vientiane", "conference", 1651944, date="2023-10-05", prec=D),
        # "dropped on Laos between 1964 and 1973": contamination, first year.
        C("Laos", "minefield", "LA", date="1964-01-01", prec=Y),
    ],
    "346_las_navas_landmine_soldier_shariff_aguak_ied_makati_bomb.txt": [
        # Dateline and the hospital's "capital town".
        S("CATARMAN", "mention", 1717926),
        A2(
            "Northern Samar",
            "incident",
            (12.40, 124.70),
            "PH",
            date="2024-04-14",
            prec=D,
            killed=1,
            injured=3,
        ),
        S(
            "Epaw",
            "incident",
            (12.36, 125.05),
            country_code="PH",
            date="2024-04-14",
            prec=D,
            killed=1,
            injured=3,
        ),
        S(
            "Las Navas",
            "incident",
            1707179,
            date="2024-04-14",
            prec=D,
            killed=1,
            injured=3,
        ),
        # "killed or wounded 46 ... since 2020": combined, not split.
        A1(
            "Eastern Visayas",
            "incident",
            (11.50, 125.00),
            "PH",
            tolerance_km=LARGE,
            date="2020-01-01",
            prec=Y,
        ),
        # A device "a motorist had spotted" and the squad defused: found.
        R(
            "Mindanao",
            "minefield",
            (7.50, 124.80),
            "PH",
            tolerance_km=400,
            date="2024-04-13",
            prec=D,
            mines=1,
        ),
        # GeoNames keeps the town's old name, Maganoy.
        S("Shariff Aguak", "minefield", 1704021, date="2024-04-13", prec=D, mines=1),
        A2(
            "Maguindanao del Sur",
            "minefield",
            (6.90, 124.50),
            "PH",
            date="2024-04-13",
            prec=D,
            mines=1,
        ),
        # Barangay Bangkal of Makati, not the Mindanao namesake in cities500.
        S(
            "Bangkal",
            "minefield",
            (14.543, 121.013),
            country_code="PH",
            date="2024-04-10",
            prec=D,
            mines=1,
        ),
        S("Makati City", "minefield", 1703417, date="2024-04-10", prec=D, mines=1),
        # Workshop "in June": still to come, no date.
        S("Clark", "conference", (15.18, 120.55), country_code="PH"),
        A2("Pampanga", "conference", (15.05, 120.65), "PH"),
    ],
}
