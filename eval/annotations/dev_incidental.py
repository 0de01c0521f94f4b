"""More development articles (eval/dev 680-691), annotated like those in dev.py.

Stories where mines come up in passing: most places are plain mentions (home towns,
venues, capitals, companies' seats, hospitals), and each story carries one to four
mine events with dates and counts. One kind each, twelve countries: a travel piece on
a walk to Lukomir (Bosnia and Herzegovina); a sports story on a Paralympic runner
from San Carlos, Antioquia (Colombia); a business story on a solar park on cleared
land in Jabrayil district (Azerbaijan); a grain market report (Ukraine); a culture
piece on a deminers' photo exhibition in Siem Reap (Cambodia); an election story on a
candidate touring Kilinochchi (Sri Lanka); a wildfire setting off mines on Promina
(Croatia); a new school on cleared land in Ban Napia (Laos); elephants and mines in
Cuando Cubango (Angola); a returnee family from Gaziantep to Tell Mannas (Syria); a
Basra court case over a demining contract (Iraq); a profile of a Quang Tri folk
singer (Vietnam).

Decisions where the rules are silent:
- The venue of a sports race (Paris) and of a concert (a 2019 benefit concert in
  Dong Ha) is a mention: a race or a concert is not a meeting, training or ceremony.
  A reception for medallists (Medellín) and an opening ceremony of an exhibition
  (Siem Reap) or a memorial-day ceremony (Dong Ha) are ceremonies: conference.
  Those still to come (Medellín "next week", Dong Ha "on 27 July" in a June story)
  are undated, as in dev_roundups.
- A candidate's campaign meeting with deminers and farmers in a community hall
  (Pachchilaipalli) is a meeting held there: conference, day precision. A rally
  (Kilinochchi town) and a candidate's electoral list (Jaffna district) are
  mentions.
- A place named in a sentence that introduces an event told in full in the next
  sentences takes that event's role and facts: Jabrayil district ("a solar park
  built on land cleared of mines in Jabrayil district") takes the 2022-2024
  clearance around Soltanli (2022, 2,140 items); Ban Napia, Khoun district and Xieng
  Khouang province ("built on land cleared of cluster bombs", and the title "on
  cleared ground in Ban Napia") take the clearance of the school plot, told without
  a place name ("Between January and April 2024 ... 189 items in all").
- The town a distance is given from ("west of the town of Jabrayil", "the hills east
  of Šibenik") is a mention for that sentence; Šibenik gets its role elsewhere (the
  county crisis staff's meeting there).
- A river named in a where-clause about ongoing clearance, inside a sentence telling
  a blast in a town ("in Briceño ..., where the army is still clearing the slopes
  along the Cauca river") takes the clause's role: the Cauca river is clearance,
  undated; Briceño and Antioquia take the blast.
- A statement that armies "left minefields" in a province decades ago (Cuando
  Cubango, Angola: "for much of the 1980s") is a minefield with no date (a decade is
  not a year). "Basra province is among the most contaminated in Iraq, with
  minefields ..." makes Basra province and Iraq minefields, undated. "Across Laos
  ... one in four villages still has land it cannot use because of unexploded
  ordnance" makes Laos a minefield, undated.
- A treaty pledge ("Cambodia has pledged to clear all known minefields by 2025",
  "Sri Lanka will meet its treaty deadline of 2028") is a mention; a state programme
  that has "received applications" for survey and clearance (Ukraine) is a mention,
  since nothing has been cleared under it.
- A walker's home city (Zagreb), a firefighter's home town (Drniš) and a hospital
  town (Sarajevo, Šibenik, Hama) are mentions, as are the places Canadair planes and
  reinforcements came from (Zadar, Split, Zagreb) and the village where the fire (not
  a mine) started (Unešić).
- Attendees' countries at a wardens' meeting (Angola, Namibia, Botswana met in
  Menongue) are mentions of that sentence; Angola takes minefield elsewhere.
- An elephant killed by a mine (Rivungo) is an incident with no count.
- A suspected hazardous area that burned, with no date for the survey (Pakovo Selo),
  is an undated minefield. Explosions of mines set off by a wildfire at Oklaj on the
  slopes of Promina, hurting a firefighter (told in the next sentence), make both
  Oklaj and Promina incidents with injured=1.
- "More than 170 devices" counts as 170. A running total with "between 2021 and
  2023" or "Between 2022 and 2024" is dated its first year; "Between January and
  April 2024" its first month.
- A route's destination that only locates a more specific named place ("Muhamalai,
  the old front line on the road to Jaffna, where deminers found 212 ... mines") is a
  reference: Jaffna stays a mention. Mines found "on plots along the road from Zubair
  to Umm Qasr" lie along the road itself: both ends are minefields.
- A county's crisis staff meeting in its seat ("In Šibenik-Knin County, the crisis
  staff met in Šibenik on Wednesday") gives conference to both, dated.
- A court's seat (Basra), the appeal court's city (Baghdad) and a convicted
  director's home (Amman) are mentions; the bare "Quang Tri" of a headline that
  means the province ("The voice of Quang Tri", then "Quang Tri province") is one
  entry with the province's generic form as a variant.
- A bomb a farmer "found" and deminers made safe (Khe Sanh) is a find: minefield,
  mines=1. A historic blast in a profile (Cam Lo 1989, El Jordán March 2005) is an
  incident with that date.
"""

# ruff: noqa: E501  (article file names and quoted lines are kept whole)

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "680_bjelasnica_lukomir_umoljani_rakitnica_igman_trnovo_hiking.txt": [
        F("Bjelašnica", "mention", (43.70, 18.26), "BA"),
        S("Sarajevo", "mention", 3191281),
        S("Lukomir", "mention", (43.634, 18.188), country_code="BA"),
        C("Bosnia and Herzegovina", "mention", "BA"),
        # "Last August" (2024): a walker lost a foot above the canyon.
        F(
            "Rakitnica canyon",
            "incident",
            (43.63, 18.22),
            "BA",
            date="2024-08-01",
            prec=M,
            injured=1,
        ),
        S("Konjic", "mention", 3337476),
        # May 2024: nine anti-personnel mines found.
        S(
            "Umoljani",
            "minefield",
            (43.663, 18.233),
            country_code="BA",
            date="2024-05-01",
            prec=M,
            mines=9,
        ),
        # The walker's home city.
        S("Zagreb", "mention", 3186886),
        # "In October last year": 63 mines removed, 14 ha handed back.
        F(
            "Igman",
            "clearance",
            (43.77, 18.26),
            "BA",
            date="2024-10-01",
            prec=M,
            mines=63,
        ),
        A2(
            "Trnovo municipality",
            "clearance",
            3188773,
            "BA",
            date="2024-10-01",
            prec=M,
            mines=63,
        ),
        S("Mostar", "mention", 3194828),
    ],
    "681_paralympics_san_carlos_el_jordan_antioquia_briceno_medellin.txt": [
        S("San Carlos", "clearance", 3670000, date="2015-01-01", prec=Y, mines=170),
        # The race venue.
        S("Paris", "mention", 2988507),
        C("Colombia", "mention", "CO"),
        # "Only last month a soldier lost a foot ... in Briceño, in the north of Antioquia".
        A1(
            "Antioquia",
            "incident",
            (6.9, -75.5),
            "CO",
            tolerance_km=LARGE,
            date="2024-08-01",
            prec=M,
            injured=1,
        ),
        # March 2005: she was injured, her cousin killed.
        S(
            "El Jordán",
            "incident",
            (6.22, -74.86),
            country_code="CO",
            date="2005-03-01",
            prec=M,
            killed=1,
            injured=1,
        ),
        # Rehabilitation centre; a reception still to come (ceremony, undated).
        S("Medellín", "conference", 3674962),
        S("Bogotá", "mention", 3688689),
        S("Briceño", "incident", 3688499, date="2024-08-01", prec=M, injured=1),
        F("Cauca river", "clearance", (7.15, -75.65), "CO", tolerance_km=LINEAR),
        S("Los Angeles", "mention", 5368361),
    ],
    "682_jabrayil_solar_park_soltanli_mehdili_fuzuli_horadiz_baku.txt": [
        A2(
            "Jabrayil district",
            "clearance",
            (39.35, 46.95),
            "AZ",
            date="2022-01-01",
            prec=Y,
            mines=2140,
        ),
        C("Azerbaijan", "mention", "AZ"),
        S("Baku", "mention", 587084),
        S("Abu Dhabi", "mention", 292968),
        # "west of the town of Jabrayil": a reference.
        S("Jabrayil", "mention", 148141),
        # Between 2022 and 2024: 1,200 ha cleared, 2,140 items removed.
        S(
            "Soltanli",
            "clearance",
            (39.36, 46.92),
            country_code="AZ",
            date="2022-01-01",
            prec=Y,
            mines=2140,
        ),
        # In March: 17 anti-tank mines turned up in a cable trench.
        S(
            "Mehdili",
            "minefield",
            (39.40, 47.00),
            country_code="AZ",
            date="2025-03-01",
            prec=M,
            mines=17,
        ),
        S("Horadiz", "mention", 148003),
        F("Aras river", "mention", (39.20, 46.95), "AZ", tolerance_km=LINEAR),
        C("Iran", "mention", "IR"),
        R("Karabakh", "mention", (39.85, 46.75), "AZ"),
        # In August two deminers injured.
        A2(
            "Fuzuli district",
            "incident",
            (39.60, 47.15),
            "AZ",
            date="2025-08-01",
            prec=M,
            injured=2,
        ),
    ],
    "683_grain_market_vysokopillia_kherson_snihurivka_mykolaiv_kharkiv_odesa.txt": [
        S("Odesa", "mention", 698740),
        C("Egypt", "mention", "EG"),
        C("Turkey", "mention", "TR"),
        # Tuesday 13 August: a combine harvester hit an anti-tank mine.
        S("Vysokopillia", "incident", 688689, date="2024-08-13", prec=D, injured=1),
        A1(
            "Kherson region",
            "incident",
            (46.9, 33.4),
            "UA",
            date="2024-08-13",
            prec=D,
            injured=1,
        ),
        # "last week": 14 anti-tank mines found.
        A1(
            "Mykolaiv region",
            "minefield",
            (47.3, 32.2),
            "UA",
            date="2024-08-01",
            prec=M,
            mines=14,
        ),
        S("Snihurivka", "minefield", 693379, date="2024-08-01", prec=M, mines=14),
        S("Mykolaiv", "mention", 700569),
        # 2,300 ha returned since January.
        A1(
            "Kharkiv region",
            "clearance",
            (49.6, 36.6),
            "UA",
            date="2024-01-01",
            prec=M,
        ),
        C("Ukraine", "mention", "UA"),
        S("Dnipro", "mention", 709930),
        S("Kropyvnytskyi", "mention", 705812),
    ],
    "684_exhibition_siem_reap_rattanak_mondul_battambang_oddar_meanchey_pailin.txt": [
        # Opening ceremony on Thursday 9 November.
        S("Siem Reap", "conference", 1822214, date="2023-11-09", prec=D),
        S("Anlong Veng", "mention", 1831898),
        # 3 November: tractor struck an anti-tank mine, three farmers killed.
        A2(
            "Rattanak Mondul district",
            "incident",
            (12.95, 102.95),
            "KH",
            date="2023-11-03",
            prec=D,
            killed=3,
        ),
        A1(
            "Battambang province",
            "incident",
            (13.0, 103.0),
            "KH",
            date="2023-11-03",
            prec=D,
            killed=3,
        ),
        # In September: 38 anti-personnel mines found in one paddy.
        A2(
            "Trapeang Prasat district",
            "minefield",
            11458564,
            "KH",
            date="2023-09-01",
            prec=M,
            mines=38,
        ),
        A1(
            "Oddar Meanchey province",
            "minefield",
            (14.2, 103.7),
            "KH",
            date="2023-09-01",
            prec=M,
            mines=38,
        ),
        # 420 hectares cleared in 2022.
        S("Pailin", "clearance", 1830205, date="2022-01-01", prec=Y),
        A2("Banteay Srei district", "mention", 1829595, "KH"),
        # Screenings and a rehabilitation centre.
        S("Battambang", "mention", 1831797),
        S("Phnom Penh", "mention", 1821306),
        # Treaty pledge.
        C("Cambodia", "mention", "KH"),
    ],
    "685_election_kilinochchi_pachchilaipalli_muhamalai_puthukkudiyiruppu_jaffna.txt": [
        C("Sri Lanka", "mention", "LK"),
        A1("Northern Province", "mention", (9.2, 80.4), "LK"),
        # The candidate's electoral list.
        A2("Jaffna district", "mention", (9.7, 80.1), "LK"),
        # Saturday 26 October: met deminers and farmers at a community hall.
        A2(
            "Pachchilaipalli",
            "conference",
            (9.60, 80.33),
            "LK",
            date="2024-10-26",
            prec=D,
        ),
        # September: 212 anti-personnel mines found.
        S(
            "Muhamalai",
            "minefield",
            (9.62, 80.28),
            country_code="LK",
            date="2024-09-01",
            prec=M,
            mines=212,
        ),
        S("Jaffna", "mention", 1242833),
        S("Elephant Pass", "mention", (9.55, 80.41), country_code="LK"),
        # A rally.
        S("Kilinochchi", "mention", 1240372),
        # 12 October: a farmer injured.
        S(
            "Puthukkudiyiruppu",
            "incident",
            (9.31, 80.70),
            country_code="LK",
            date="2024-10-12",
            prec=D,
            injured=1,
        ),
        A2(
            "Mullaitivu district",
            "incident",
            (9.2, 80.6),
            "LK",
            date="2024-10-12",
            prec=D,
            injured=1,
        ),
        # 1,100 ha released "last year".
        A2(
            "Kilinochchi district",
            "clearance",
            (9.4, 80.4),
            "LK",
            date="2023-01-01",
            prec=Y,
        ),
        S("Colombo", "mention", 1248991),
        S("Vavuniya", "mention", 1225018),
        R("Vanni", "mention", (9.0, 80.4), "LK"),
    ],
    "686_wildfire_promina_oklaj_pakovo_selo_sibenik_drnis_krka.txt": [
        # Distance reference, hospital town, and the crisis staff's meeting on
        # Wednesday 31 July.
        S("Šibenik", "conference", 3190941, date="2024-07-31", prec=D),
        # Tuesday 30 July: mines exploded, a firefighter hurt by fragments.
        S("Oklaj", "incident", 3194172, date="2024-07-30", prec=D, injured=1),
        F(
            "Promina",
            "incident",
            (43.95, 16.13),
            "HR",
            date="2024-07-30",
            prec=D,
            injured=1,
        ),
        S("Drniš", "mention", 3201162),
        # Where the fire started.
        S("Unešić", "mention", 3188482),
        # Burned ground inside a suspected hazardous area: undated.
        S("Pakovo Selo", "minefield", (43.80, 16.07), country_code="HR"),
        S("Zadar", "mention", 3186952),
        S("Split", "mention", 3190261),
        S("Zagreb", "mention", 3186886),
        A1(
            "Šibenik-Knin County",
            "conference",
            (43.85, 16.05),
            "HR",
            date="2024-07-31",
            prec=D,
        ),
        F("Krka National Park", "mention", (43.86, 15.97), "HR"),
        # "last year": 23 km2 cleared, 1,250 items removed.
        C("Croatia", "clearance", "HR", date="2023-01-01", prec=Y, mines=1250),
    ],
    "687_school_ban_napia_khoun_xieng_khouang_kham_muang_khoun.txt": [
        # The school plot: January-April 2024, 189 items destroyed.
        S(
            "Ban Napia",
            "clearance",
            (19.40, 103.25),
            country_code="LA",
            date="2024-01-01",
            prec=M,
            mines=189,
        ),
        A2(
            "Khoun district",
            "clearance",
            (19.35, 103.35),
            "LA",
            date="2024-01-01",
            prec=M,
            mines=189,
        ),
        A1(
            "Xieng Khouang province",
            "clearance",
            (19.5, 103.3),
            "LA",
            date="2024-01-01",
            prec=M,
            mines=189,
        ),
        S("Phonsavan", "mention", 1655123),
        F("Plain of Jars", "mention", (19.43, 103.15), "LA"),
        C("Japan", "mention", "JP"),
        S("Vientiane", "mention", 1651944),
        # 41 bomblets found "this year".
        S(
            "Muang Khoun",
            "minefield",
            (19.33, 103.37),
            country_code="LA",
            date="2025-01-01",
            prec=Y,
            mines=41,
        ),
        # In June: a boy badly injured by a bomblet.
        A2(
            "Kham district",
            "incident",
            (19.65, 103.6),
            "LA",
            date="2025-06-01",
            prec=M,
            injured=1,
        ),
        # Villages with land they cannot use because of UXO: undated.
        C("Laos", "minefield", "LA"),
    ],
    "688_elephants_rivungo_cuando_mavinga_menongue_luengue_luiana.txt": [
        F(
            "Luengue-Luiana National Park",
            "mention",
            (-16.9, 21.6),
            "AO",
            tolerance_km=LINEAR,
        ),
        # "armies ... left minefields along the roads, rivers and old bases".
        A1("Cuando Cubango", "minefield", (-15.6, 19.2), "AO", tolerance_km=LARGE),
        C("Angola", "minefield", "AO"),
        F("Okavango delta", "mention", (-19.3, 22.9), "BW", tolerance_km=LINEAR),
        F("Zambezi", "mention", (-17.8, 24.5), None, tolerance_km=LINEAR),
        C("Botswana", "mention", "BW"),
        C("Namibia", "mention", "NA"),
        # Since 2021: 29 minefields cleared, 1,640 mines destroyed.
        F(
            "Cuando river",
            "clearance",
            (-16.6, 22.2),
            "AO",
            tolerance_km=LINEAR,
            date="2021-01-01",
            prec=Y,
            mines=1640,
        ),
        # February: an elephant killed (animals are not counted).
        S("Rivungo", "incident", 875820, date="2024-02-01", prec=M),
        # "A survey last year found 12 previously unrecorded minefields".
        S("Mavinga", "minefield", 876019, date="2023-01-01", prec=Y),
        # Wardens' meeting in March.
        S("Menongue", "conference", 3347353, date="2024-03-01", prec=M),
        S("Luanda", "mention", 2240449),
        S("Cuito Cuanavale", "mention", 3349149),
    ],
    "689_returnee_gaziantep_tell_mannas_maarat_al_numan_khan_shaykhun_idlib.txt": [
        S("Gaziantep", "mention", 314830),
        C("Syria", "mention", "SY"),
        C("Turkey", "mention", "TR"),
        C("Germany", "mention", "DE"),
        S("Damascus", "mention", 170654),
        # April: a 14-year-old killed by a cluster bomblet.
        S(
            "Tell Mannas",
            "incident",
            (35.63, 36.75),
            country_code="SY",
            date="2025-04-01",
            prec=M,
            killed=1,
        ),
        # "Last week": 35 mines marked between the two towns.
        S(
            "Maarat al-Numan",
            "minefield",
            167611,
            date="2025-05-01",
            prec=M,
            mines=35,
        ),
        S("Khan Shaykhun", "minefield", 168325, date="2025-05-01", prec=M, mines=35),
        # Between January and March: 1,100 items destroyed.
        A1(
            "Idlib province",
            "clearance",
            (35.8, 36.6),
            "SY",
            date="2025-01-01",
            prec=M,
            mines=1100,
        ),
        S("Kafranbel", "mention", 168661),
        S("Hama", "mention", 170017),
    ],
    "690_court_basra_demining_contract_rumaila_safwan_zubair_umm_qasr.txt": [
        # The court's seat.
        S("Basra", "mention", 99532),
        # 418 mines and other items destroyed between 2021 and 2023.
        F(
            "Rumaila oil field",
            "clearance",
            (30.35, 47.35),
            "IQ",
            tolerance_km=LINEAR,
            date="2021-01-01",
            prec=Y,
            mines=418,
        ),
        # June 2025: a shepherd killed, his son injured.
        S(
            "Safwan",
            "incident",
            91772,
            date="2025-06-01",
            prec=M,
            killed=1,
            injured=1,
        ),
        # "among the most contaminated in Iraq, with minefields ...": undated.
        A1("Basra province", "minefield", (30.5, 47.5), "IQ"),
        C("Iraq", "minefield", "IQ"),
        # November (2025) resurvey: 57 mines on plots along the road.
        S("Zubair", "minefield", 98245, date="2025-11-01", prec=M, mines=57),
        S("Umm Qasr", "minefield", 89824, date="2025-11-01", prec=M, mines=57),
        S("Amman", "mention", 250441),
        S("Baghdad", "mention", 98182),
    ],
    "691_profile_singer_dong_ha_gio_linh_cam_lo_khe_sanh_quang_tri.txt": [
        # Concerts, his home, and a memorial-day ceremony still to come.
        S("Dong Ha", "conference", 1582926),
        A1(
            "Quang Tri",
            "mention",
            (16.75, 106.90),
            "VN",
            variants=["Quang Tri province"],
        ),
        S("Hanoi", "mention", 1581130),
        S("Ho Chi Minh City", "mention", 1566083),
        F("Ben Hai river", "mention", (17.00, 106.95), "VN", tolerance_km=LINEAR),
        C("Vietnam", "mention", "VN"),
        # 1989: his brother killed by a bomblet.
        S("Cam Lo", "incident", 1586384, date="1989-01-01", prec=Y, killed=1),
        # 2,400 items destroyed in 2022.
        A2(
            "Gio Linh district",
            "clearance",
            1581673,
            "VN",
            date="2022-01-01",
            prec=Y,
            mines=2400,
        ),
        # In May: a 250-kg bomb found by a farmer.
        S("Khe Sanh", "minefield", 1579363, date="2023-05-01", prec=M, mines=1),
        S("Hue", "mention", 1580240),
        A2("Vinh Linh", "mention", 1580262, "VN"),
    ],
}
