"""More development articles (eval/dev 500-511), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: press and official communications in English translation from Portuguese,
French and Spanish sources, keeping the feel of the original (long sentences with
subordinate clauses, the place before the verb, European date forms such as "on
Tuesday, the 7th", "this Saturday 8 June", "on the 6th of the current month", "last
28 February", administrative chains such as "the locality of X, municipality of Y,
province of Z" or "the commune of X, cercle of Y, Mopti region"): a news agency wire
(Angola), a radio bulletin (Mozambique), an army press release (Casamance), a
parliamentary question and the ministry's answer (Portugal on Guinea-Bissau), a UN
mission press note (Mali), a regional daily (Burkina Faso), a national demining
commission's monthly note (Chad), a defence ministry communiqué (Ecuador, with Peru,
Nicaragua and Chile), a court item (Cameroon), an NGO newsletter (DR Congo), a
feature (Western Sahara, Mauritania, Algeria) and a municipal announcement
(Briceño, Antioquia). Lisbon and Madrid appear as meeting venues.

Annotation decisions where the rules are silent:
- Communes, administrative posts, localities, tabancas, corregimientos and veredas
  are settlement entries under their bare name (as in dev_africa), with the
  GeoNames id when cities500 holds them (Cunjamba, Gayéri). A municipality,
  district, sector, cercle, territory or canton never separated from its same-named
  seat is one admin2 entry with the seat's id (Dirico, Macomia, Cacine, São
  Domingos, Bankass, Djugu, Pweto, El Pangui, Briceño "in the rural area of
  Briceño"); one whose seat has another name is admin2 with the annotator's point
  (Cheringoma, Bigene, Nangaritza). Provinces of Burkina Faso (Tapoa, Komondjari)
  and departments of Cameroon (Mayo-Sava) are admin2; regions and provinces are
  admin1, Casamance a region.
- "Mopti region" (the incident's chain) and "Mopti" (where an official spoke) are
  two entries by the generic-word rule; "the regional directorate of civil
  protection of Mopti", "the Police of the Republic of Mozambique", "the Court of
  Appeal"-style institution names and treaty names hold no place.
- The seat of a tribunal that sentences the authors of a blast (Maroua, told only
  in the dateline) is a mention: a hearing is not a mine-action meeting, and the
  sentence's event for the blast places is the blast (incident, its own date, not
  the verdict's).
- Finds: "discovered and destroyed" (Blaze forest), "detected and neutralised" (an
  IED on the road between Douentza and Boni), "located and destroyed" (El Roblal), a
  hideout where investigators "discovered eleven devices" (Mora) and a cache of
  14 devices found by village volunteers (Gayéri) are minefield with the count.
  Devices "neutralised" on a road with no word of a find (Fada N'Gourma -
  Matiacoali) and "concluded the clearance of minefield number 47 ... where 213
  mines were destroyed" (Zurmi) are clearance.
- A survey that "identified seven suspected hazardous areas along the track that
  links Faya-Largeau to Ounianga Kébir" makes both towns minefield, dated by the
  survey day, without a count; a road "that links Cuito Cuanavale to Mavinga"
  along which most suspected areas lie makes both minefield with no facts (Mavinga
  is named nowhere else). A survey "from 9 to 27 September" that identified two
  mined areas in the territory of Pweto is minefield dated 9 September.
- Places named as the far end of the event (a victim's home village "some twelve
  kilometres from the place of the accident", "the path that leads towards the
  municipality of Ituango", "the road to Zambia", "the border with Guinea-Bissau"),
  a hospital town, a correspondent's town, an origin ("a native of Banki", "a gold
  prospector from Zouérat", "a delegation from Bissau", "newspapers published in
  Bissau"), refugee camps, a mission's headquarters, a donor and the counterpart
  of a peace agreement ("since the signing of the peace agreement with Peru") are
  mentions. "Twenty kilometres to the east of Mehaires" and "the wadi situated to
  the east of Zouar", with no more specific named place, hold the incident.
- A heading that opens a paragraph of a newsletter ("Kisangani.", "Ituri.",
  "Haut-Katanga.", "Kinshasa.") belongs to that paragraph's first sentence.
- Country completion: "declared free of all known minefields in September 2015, at
  a ceremony held in Maputo" is clearance (month) for Mozambique and conference
  (month) for Maputo; Nicaragua 2010, Chile 2020 and Mauritania 2018 are clearance
  with the year; "Ecuador has destroyed more than 12,000 mines since ... 1998" is
  clearance with the count, year precision. Guinea-Bissau, which "declared in 2012
  the completion" and "communicated in 2021 the discovery of new mined areas", is
  minefield dated 2021.
- Aggregates without a split ("more than 800 victims since 1988" in Casamance,
  "more than 300 victims" this year in Burkina Faso, "more than 2,600 people killed
  or injured" in Antioquia and Colombia since 1990, "killed or maimed several
  hundred" in Cameroon since 2014) are incident with the period's precision and no
  counts; "121 incidents ... which have caused the death of 78 people and injured
  263" since the beginning of the year gives Mali both counts, month precision.
- Mixed categories destroyed in one place are summed (412 + 9 + 1,036 = 1,457 at
  Cunjamba; 186 + 54 + 2,113 = 2,353 at Ouadi Doum; 36 + 1 = 37 at Barro).
- Dates: "on Tuesday, the 7th", "On Monday 10" and "on the 6th of the current
  month" are days of the publication month; "last 28 February", "Last 5 September"
  are days; "Last March" and "at the beginning of this month" are month; "in the
  course of the month of June" is month; "since that date" after "launched on 13
  March" is that day; "between 20 February and 3 March" and "from 7 to 11
  November" give the first day.
- A former air base (Ouadi Doum) is a feature; the Cubango river, on whose banks the
  herder stepped on the mine, takes the incident and its facts; the Cordillera del
  Cóndor, where the remaining polygons lie, is minefield without facts.
- Titles were worded so that their places carry the same event as the body (the
  Casamance army release names the department of Bignona, not Casamance).
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "500_angola_mucusso_herder_cunjamba_clearance_mavinga_luanda.txt": [
        S("Menongue", "mention", 3347353),
        S("Mucusso", "incident", 875957, date="2023-03-07", prec=D, injured=1),
        F(
            "Cubango river",
            "incident",
            (-18.05, 21.40),
            "AO",
            date="2023-03-07",
            prec=D,
            injured=1,
            tolerance_km=LINEAR,
        ),
        A2("Dirico", "incident", 876292, "AO", date="2023-03-07", prec=D, injured=1),
        A1(
            "Cuando Cubango",
            "incident",
            (-16.2, 19.5),
            "AO",
            date="2023-03-07",
            prec=D,
            injured=1,
            tolerance_km=LARGE,
        ),
        S("Sambio", "mention", (-17.95, 21.32), country_code="AO"),
        S("Cunjamba", "clearance", 876318, date="2023-02-20", prec=D, mines=1457),
        S("Cuito Cuanavale", "minefield", 3349149),
        S("Mavinga", "minefield", 876019),
        S("Luanda", "conference", 2240449, date="2023-03-06", prec=D),
        C("Angola", "minefield", "AO"),
        A1("Moxico", "minefield", (-12.5, 21.5), "AO", tolerance_km=LARGE),
    ],
    "501_mozambique_quiterajo_children_macomia_inhaminga_dondo_maputo.txt": [
        S(
            "Quiterajo",
            "incident",
            (-11.77, 40.43),
            country_code="MZ",
            date="2024-08-17",
            prec=D,
            killed=2,
            injured=3,
        ),
        S(
            "Mucojo",
            "incident",
            (-12.06, 40.47),
            country_code="MZ",
            date="2024-08-17",
            prec=D,
            killed=2,
            injured=3,
        ),
        A2(
            "Macomia",
            "incident",
            1042456,
            "MZ",
            date="2024-08-17",
            prec=D,
            killed=2,
            injured=3,
        ),
        A1(
            "Cabo Delgado",
            "incident",
            (-12.5, 39.5),
            "MZ",
            date="2024-08-17",
            prec=D,
            killed=2,
            injured=3,
            tolerance_km=LARGE,
        ),
        S("Pemba", "mention", 1028918),
        S("Mocímboa da Praia", "mention", 1024699),
        S("Dondo", "clearance", 1024696, date="2024-08-15", prec=D, mines=27),
        S("Inhaminga", "minefield", 1045088, date="2024-08-01", prec=M, mines=27),
        A2(
            "Cheringoma",
            "minefield",
            (-18.6, 35.2),
            "MZ",
            date="2024-08-01",
            prec=M,
            mines=27,
        ),
        A1(
            "Sofala",
            "minefield",
            (-19.0, 34.8),
            "MZ",
            date="2024-08-01",
            prec=M,
            mines=27,
            tolerance_km=LARGE,
        ),
        C("Mozambique", "clearance", "MZ", date="2015-09-01", prec=M),
        S("Maputo", "conference", 1040652, date="2015-09-01", prec=M),
    ],
    "502_casamance_djibidione_oulampane_soldiers_blaze_forest_kaguitt.txt": [
        S(
            "Djibidione",
            "incident",
            (12.96, -16.03),
            country_code="SN",
            date="2023-04-12",
            prec=D,
            killed=2,
            injured=4,
        ),
        S(
            "Oulampane",
            "incident",
            (12.91, -16.12),
            country_code="SN",
            date="2023-04-12",
            prec=D,
            killed=2,
            injured=4,
        ),
        A2(
            "Bignona",
            "incident",
            2253901,
            "SN",
            date="2023-04-12",
            prec=D,
            killed=2,
            injured=4,
        ),
        S("Ziguinchor", "mention", 2243940),
        F(
            "Blaze forest",
            "minefield",
            (12.98, -16.10),
            "SN",
            date="2023-03-13",
            prec=D,
            mines=30,
        ),
        S(
            "Kaguitt",
            "clearance",
            (12.38, -16.40),
            country_code="SN",
            date="2023-04-07",
            prec=D,
        ),
        S(
            "Nyassia",
            "clearance",
            (12.45, -16.38),
            country_code="SN",
            date="2023-04-07",
            prec=D,
        ),
        C("Guinea-Bissau", "mention", "GW"),
        R(
            "Casamance",
            "incident",
            (12.8, -15.8),
            "SN",
            date="1988-01-01",
            prec=Y,
            tolerance_km=LARGE,
        ),
        C("Gambia", "mention", "GM"),
        C("Senegal", "mention", "SN"),
        S("Dakar", "mention", 2253354),
    ],
    "503_guinea_bissau_cafine_children_sao_domingos_bigene_barro_lisbon.txt": [
        C("Guinea-Bissau", "minefield", "GW", date="2021-01-01", prec=Y),
        S("Bissau", "mention", 2374775),
        S(
            "Cafine",
            "incident",
            (11.14, -15.04),
            country_code="GW",
            date="2023-12-09",
            prec=D,
            killed=3,
            injured=2,
        ),
        A2(
            "Cacine",
            "incident",
            2374294,
            "GW",
            date="2023-12-09",
            prec=D,
            killed=3,
            injured=2,
        ),
        A1(
            "Tombali",
            "incident",
            (11.3, -15.1),
            "GW",
            date="2023-12-09",
            prec=D,
            killed=3,
            injured=2,
        ),
        C("Senegal", "mention", "SN"),
        C("Portugal", "mention", "PT"),
        A2("São Domingos", "minefield", 2370045, "GW", date="2023-01-01", prec=Y),
        A2(
            "Bigene",
            "minefield",
            (12.43, -15.55),
            "GW",
            date="2023-01-01",
            prec=Y,
        ),
        A1("Cacheu", "minefield", (12.25, -15.9), "GW", date="2023-01-01", prec=Y),
        S(
            "Barro",
            "clearance",
            (12.38, -15.60),
            country_code="GW",
            date="2024-01-15",
            prec=D,
            mines=37,
        ),
        S("Lisbon", "conference", 2267057, date="2024-01-23", prec=D),
    ],
    "504_minusma_kani_bonzon_bus_ied_bankass_douentza_boni_sevare.txt": [
        S("Bamako", "mention", 2460596),
        S(
            "Kani-Bonzon",
            "incident",
            (14.20, -3.60),
            country_code="ML",
            date="2022-11-15",
            prec=D,
            killed=7,
            injured=18,
        ),
        S(
            "Lowol Guéou",
            "incident",
            (14.15, -3.55),
            country_code="ML",
            date="2022-11-15",
            prec=D,
            killed=7,
            injured=18,
        ),
        A2(
            "Bankass",
            "incident",
            2460401,
            "ML",
            date="2022-11-15",
            prec=D,
            killed=7,
            injured=18,
        ),
        A1(
            "Mopti region",
            "incident",
            (14.5, -3.5),
            "ML",
            date="2022-11-15",
            prec=D,
            killed=7,
            injured=18,
            tolerance_km=LARGE,
        ),
        S(
            "Sévaré",
            "conference",
            (14.53, -4.10),
            country_code="ML",
            date="2022-11-07",
            prec=D,
        ),
        S("Mopti", "mention", 2453348),
        S("Douentza", "minefield", 2458334, date="2022-11-13", prec=D, mines=1),
        S(
            "Boni",
            "minefield",
            (15.07, -2.23),
            country_code="ML",
            date="2022-11-13",
            prec=D,
            mines=1,
        ),
        C(
            "Mali",
            "incident",
            "ML",
            date="2022-01-01",
            prec=M,
            killed=78,
            injured=263,
        ),
    ],
    "505_burkina_kantchari_tricycle_ied_gayeri_cache_fada_matiacoali.txt": [
        A1(
            "Est",
            "incident",
            (12.0, 1.0),
            "BF",
            date="2024-06-08",
            prec=D,
            killed=4,
            injured=6,
            tolerance_km=LARGE,
        ),
        S(
            "Kantchari",
            "incident",
            (12.48, 1.52),
            country_code="BF",
            date="2024-06-08",
            prec=D,
            killed=4,
            injured=6,
        ),
        S(
            "Bossoangri",
            "incident",
            (12.45, 1.45),
            country_code="BF",
            date="2024-06-08",
            prec=D,
            killed=4,
            injured=6,
        ),
        A2(
            "Tapoa",
            "incident",
            (12.1, 1.6),
            "BF",
            date="2024-06-08",
            prec=D,
            killed=4,
            injured=6,
        ),
        S("Diapaga", "mention", 2361373),
        S("Gayéri", "minefield", 2360541, date="2024-06-09", prec=D, mines=14),
        A2(
            "Komondjari",
            "minefield",
            (12.7, 0.7),
            "BF",
            date="2024-06-09",
            prec=D,
            mines=14,
        ),
        S("Fada N'Gourma", "clearance", 2360886, date="2024-06-10", prec=D, mines=2),
        S(
            "Matiacoali",
            "clearance",
            (12.36, 1.05),
            country_code="BF",
            date="2024-06-10",
            prec=D,
            mines=2,
        ),
        S("Ouagadougou", "conference", 2357048, date="2024-06-11", prec=D),
        C("Burkina Faso", "incident", "BF", date="2024-01-01", prec=Y),
        C("Niger", "mention", "NE"),
    ],
    "506_chad_hcnd_june_ouadi_doum_faya_ounianga_zouar_herders.txt": [
        S("N'Djamena", "conference", 2427123, date="2023-06-28", prec=D),
        F(
            "Ouadi Doum",
            "clearance",
            (18.50, 20.19),
            "TD",
            date="2023-06-01",
            prec=M,
            mines=2353,
        ),
        A1(
            "Ennedi Ouest",
            "clearance",
            (18.5, 20.8),
            "TD",
            date="2023-06-01",
            prec=M,
            mines=2353,
            tolerance_km=LARGE,
        ),
        S("Faya-Largeau", "minefield", 2432678, date="2023-06-14", prec=D),
        S("Ounianga Kébir", "minefield", 242179, date="2023-06-14", prec=D),
        S(
            "Zouar",
            "incident",
            2424015,
            date="2023-06-21",
            prec=D,
            killed=2,
            injured=1,
        ),
        A1(
            "Tibesti",
            "incident",
            (21.0, 17.5),
            "TD",
            date="2023-06-21",
            prec=D,
            killed=2,
            injured=1,
            tolerance_km=LARGE,
        ),
        S("Fada", "mention", 244128),
        S("Kalaït", "mention", (15.77, 20.90), country_code="TD"),
        C("Chad", "minefield", "TD"),
    ],
    "507_ecuador_defence_zurmi_213_mines_pachicutza_deminer_lima_meeting.txt": [
        S("Quito", "mention", 3652462),
        S(
            "Zurmi",
            "clearance",
            (-4.12, -78.62),
            country_code="EC",
            date="2025-03-06",
            prec=D,
            mines=213,
        ),
        A2(
            "Nangaritza",
            "clearance",
            (-4.25, -78.65),
            "EC",
            date="2025-03-06",
            prec=D,
            mines=213,
        ),
        A1(
            "Zamora Chinchipe",
            "clearance",
            (-4.1, -78.8),
            "EC",
            date="2025-03-06",
            prec=D,
            mines=213,
        ),
        S(
            "Pachicutza",
            "incident",
            (-3.60, -78.55),
            country_code="EC",
            date="2025-02-28",
            prec=D,
            injured=1,
        ),
        A2(
            "El Pangui",
            "incident",
            3658186,
            "EC",
            date="2025-02-28",
            prec=D,
            injured=1,
        ),
        F(
            "Cordillera del Cóndor",
            "minefield",
            (-3.9, -78.4),
            "EC",
            tolerance_km=LINEAR,
        ),
        C("Peru", "mention", "PE"),
        S("Lima", "conference", 3936456, date="2025-03-11", prec=D),
        C("Ecuador", "clearance", "EC", date="1998-01-01", prec=Y, mines=12000),
        C("Nicaragua", "clearance", "NI", date="2010-01-01", prec=Y),
        C("Chile", "clearance", "CL", date="2020-01-01", prec=Y),
    ],
    "508_cameroon_maroua_tribunal_amchide_kolofata_soldiers_mora_cache.txt": [
        S("Maroua", "mention", 2228373),
        S(
            "Amchidé",
            "incident",
            (11.25, 14.10),
            country_code="CM",
            date="2020-09-23",
            prec=D,
            killed=4,
            injured=2,
        ),
        S(
            "Kolofata",
            "incident",
            (11.16, 14.00),
            country_code="CM",
            date="2020-09-23",
            prec=D,
            killed=4,
            injured=2,
        ),
        A2(
            "Mayo-Sava",
            "incident",
            (11.05, 14.15),
            "CM",
            date="2020-09-23",
            prec=D,
            killed=4,
            injured=2,
        ),
        A1(
            "Far North",
            "incident",
            (10.9, 14.3),
            "CM",
            date="2020-09-23",
            prec=D,
            killed=4,
            injured=2,
            tolerance_km=LARGE,
        ),
        S("Banki", "mention", 6776134),
        C("Nigeria", "mention", "NG"),
        S("Mora", "minefield", 2225991, date="2020-12-01", prec=M, mines=11),
        S("Yaoundé", "mention", 2220957),
        C("Cameroon", "incident", "CM", date="2014-01-01", prec=Y),
    ],
    "509_drc_newsletter_kisangani_kabondo_lopa_child_pweto_kinshasa.txt": [
        S("Kisangani", "clearance", 212730, date="2024-09-02", prec=D, mines=47),
        S(
            "Kabondo",
            "clearance",
            (0.52, 25.20),
            country_code="CD",
            date="2024-09-02",
            prec=D,
            mines=47,
        ),
        A1(
            "Tshopo",
            "clearance",
            (0.6, 25.0),
            "CD",
            date="2024-09-02",
            prec=D,
            mines=47,
            tolerance_km=LARGE,
        ),
        S(
            "Lopa",
            "incident",
            (1.98, 30.35),
            country_code="CD",
            date="2024-08-14",
            prec=D,
            killed=1,
            injured=2,
        ),
        A2(
            "Djugu",
            "incident",
            217100,
            "CD",
            date="2024-08-14",
            prec=D,
            killed=1,
            injured=2,
        ),
        A1(
            "Ituri",
            "incident",
            (1.8, 29.5),
            "CD",
            date="2024-08-14",
            prec=D,
            killed=1,
            injured=2,
            tolerance_km=LARGE,
        ),
        A2("Pweto", "minefield", 206113, "CD", date="2024-09-09", prec=D),
        A1(
            "Haut-Katanga",
            "minefield",
            (-10.0, 27.8),
            "CD",
            date="2024-09-09",
            prec=D,
            tolerance_km=LARGE,
        ),
        C("Zambia", "mention", "ZM"),
        S("Kinshasa", "conference", 2314302, date="2024-09-26", prec=D),
        C("Democratic Republic of the Congo", "minefield", "CD", variants=["DRC"]),
        C("Belgium", "mention", "BE"),
    ],
    "510_western_sahara_mehaires_tifariti_bir_lahlou_bir_moghrein_madrid.txt": [
        S("Tifariti", "clearance", 2461667, date="2023-01-01", prec=M, mines=1214),
        C("Western Sahara", "minefield", "EH"),
        S(
            "Mehaires",
            "incident",
            13608369,
            date="2023-09-05",
            prec=D,
            killed=2,
            injured=1,
        ),
        S("Bir Lahlou", "clearance", 13526712, date="2023-01-01", prec=M, mines=1214),
        S("Tindouf", "mention", 2476301),
        C("Algeria", "mention", "DZ"),
        S("Zouérat", "mention", 2375558),
        S("Bir Moghrein", "incident", 2380975, date="2023-03-01", prec=M, injured=1),
        C("Mauritania", "clearance", "MR", date="2018-01-01", prec=Y),
        S("Laayoune", "mention", 2462881),
        C("Morocco", "mention", "MA"),
        S("Madrid", "conference", 3117735, date="2023-10-12", prec=D),
    ],
    "511_briceno_antioquia_palmichal_farmer_el_roblal_travesias_handover.txt": [
        S(
            "Palmichal",
            "incident",
            (7.05, -75.62),
            country_code="CO",
            date="2024-04-07",
            prec=D,
            injured=1,
        ),
        S(
            "Las Auras",
            "incident",
            (7.06, -75.64),
            country_code="CO",
            date="2024-04-07",
            prec=D,
            injured=1,
        ),
        A2(
            "Briceño",
            "incident",
            3688499,
            "CO",
            date="2024-04-07",
            prec=D,
            injured=1,
        ),
        S("Yarumal", "mention", 3665741),
        S("Medellín", "mention", 3674962),
        S(
            "El Roblal",
            "minefield",
            (7.15, -75.62),
            country_code="CO",
            date="2024-04-03",
            prec=D,
            mines=6,
        ),
        A2("Ituango", "mention", 3680434, "CO"),
        S(
            "Travesías",
            "clearance",
            (7.20, -75.50),
            country_code="CO",
            date="2024-03-22",
            prec=D,
            mines=3,
        ),
        A1(
            "Antioquia",
            "incident",
            (6.9, -75.5),
            "CO",
            date="1990-01-01",
            prec=Y,
            tolerance_km=LARGE,
        ),
        C("Colombia", "incident", "CO", date="1990-01-01", prec=Y),
    ],
}
