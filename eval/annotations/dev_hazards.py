"""More development articles (eval/dev 965-976), annotated like those in dev.py.

Mines in other stories: news whose main subject is not mine action but where mines
matter, each telling several mine events (finds, blasts and casualties, clearance,
land handed back, meetings) among the story's other places (markets, home towns,
hospitals, venues, destinations), with dates absolute and relative to the article's
Date: and counts in varied forms. One kind each, twelve countries: a flood carrying
mines down Wadi Derna (Derna, Shahat, Susa, Benghazi, Libya); wildfires setting off
mines in eastern Herzegovina (Ljubinje, Hrgud, Ravno, Popovo polje, Trebinje, Bosnia
and Herzegovina); a late olive harvest in south Lebanon (Deir Mimas, Kfar Kila,
Khiam, Marjayoun); an expressway through Quang Binh and Quang Tri (Le Thuy, Quang
Ninh and Vinh Linh districts, Dong Ha, Vietnam); a water pipeline from the Sarsang
reservoir to Aghdam (Talish, Sugovushan, Tartar, Azerbaijan); trekking in Gurez and
the Kashmir meadows (Tulail, Bagtor, Keran, Teetwal, India); returnees from Ugandan
camps to Magwi county (Pageri, Nimule, Torit, South Sudan); an elephant hurt near
Myawaddy and treated in Lampang (Kayin State, Myanmar; Phop Phra, Umphang, Tak,
Thailand); mine-detection dogs in Chernihiv region (Ivanivka, Kolychivka, Sedniv,
Horodnia, Kyiv, Ukraine); an amputee footballer from Arghandab (Kandahar, Zhari,
Afghanistan); a land dispute over demined farms in the Montes de María (El Carmen de
Bolívar, Colosó, Chalán, San Jacinto, Colombia); schools reopening in Borno (Bama,
Gwoza, Dikwa, Konduga, Banki, Maiduguri, Nigeria).

Decisions where the rules are silent (the earlier batches' conventions are kept: "found
and destroyed" is a find, a hospital town, a home town, a donor, a venue of a sports
event, risk education and a court's seat are mentions, "last week" is month precision,
a combined "killed or injured" or "casualties" figure carries no counts, an animal
killed by a mine is an incident with no count, a town a distance is given from is a
reference when a more specific named place holds the event and holds the event when
none does):
- Deaths from the flood itself, the fire itself or the war in general are not mine
  events: "More than 4,000 people are confirmed dead in the city" adds nothing to
  Derna, whose incident is the volunteer hurt by a shell near the corniche.
- Explosions of mines set off by a fire, with nobody hurt ("on the hills above
  Ljubinje"), are blasts: incident without counts, for the town and for the region of
  that sentence ("eastern Herzegovina" joins the entry Herzegovina, which the title
  names). "14 suspected hazardous areas in Ljubinje municipality have burned since the
  start of the month" is a minefield dated that month (a separate entry from the town
  of Ljubinje, since both are named).
- A feature named only as the edge of a more specific place ("In Ravno, on the edge of
  Popovo polje") is a reference for that sentence; Popovo polje takes its role from
  the clearance "from the slopes above Popovo polje last year" (2024, 118 items). The
  slopes of a named mountain ("the slopes of Hrgud mountain") are the mountain, which
  holds the firefighter's blast; his home town (Stolac) is a mention.
- "south Lebanon" in the title is part of Lebanon (as in dev_timelines); Lebanon takes
  the incident of "at least 14 civilians have been killed ... in Lebanon since the
  ceasefire" (27 November 2024, day, 14 killed). "south of the Litani" is a reference
  (mention). "since the ceasefire" dates from the ceasefire's stated day (Khiam's 160
  items destroyed: clearance, 27 November).
- A meeting "with the mayors of the Marjayoun district in Marjayoun": the town where it
  is held is a conference; the district, named only as where the attendees come from,
  is a mention (as attendees' provinces in dev_roundups), a separate entry from the
  town.
- A province named bare in the title and with its generic word in the body is one
  entry with the generic form as a variant (Quang Binh / Quang Binh province, Quang
  Tri / Quang Tri province, Borno / Borno State, Arghandab / Arghandab district), as
  dev_incidental's Quang Tri. Districts whose seats carry other names (Le Thuy: Kien
  Giang; Quang Ninh: Quan Hau; Vinh Linh: Ho Xa) get the annotator's point; Quang Ninh
  district of Quang Binh is not the northern province of Quang Ninh.
- The two ends of a road section named only as a project ("The 65-kilometre Van
  Ninh-Cam Lo section is due to open") are mentions; Van Ninh is the commune in Quang
  Binh, not the town of Van Ninh (Van Gia) in Khanh Hoa.
- A handover of cleared land in a district at a ceremony in its same-named town ("the
  last 90 hectares of the corridor in Tartar district were handed over ..., at a short
  ceremony in the town of Tartar"): the district, where the land lies, is clearance;
  the town, where the ceremony is held, is a conference; both dated that Monday.
  "Last Thursday" in an article dated on a Thursday is the Thursday a week before.
- Clearance along a route gives both named ends its facts ("along the route from the
  Sarsang reservoir to Aghdam ... destroyed 2,412 mines": both clearance, March 2023,
  2,412). "towns across Karabakh face the same wait ... while demining continues" is
  ongoing demining there: clearance, undated.
- A river said to carry mines each year ("the Kishanganga and its side streams move a
  few such mines every year") is a minefield, undated. A tourism department's workshop
  for homestay owners and guides on mine warning signs is a workshop held there
  (conference, Keran and its district), not a risk-education visit. A pony killed "near
  the village" of a guide "from Teetwal" was killed near Teetwal: incident, month.
  Gurez, a valley, is a feature; its title sentence ("the meadows near the border still
  hide mines") makes it a minefield, undated.
- A meeting "in Torit, the capital of Eastern Equatoria" gives both the conference and
  its date. A survey team recording "31 new hazardous areas in the county since July"
  makes Magwi county a minefield dated July of the year before (the article is from
  February); Magwi (the town) is a separate entry, named apart from "Magwi county".
  A school compound cleared "before it reopened" (Nimule, 11 items) is clearance.
- Animals' names (the dogs Taira and Bura) are not places, like person names. Dog
  teams helping "clear some 420 hectares of fields in Chernihiv region" since April is
  clearance (April 2024), without a count (hectares are not items). A dog killed by a
  tripwire mine near Sedniv is an incident with no count.
- A player's injury in "the summer of 2014" is an incident dated 2014 (year). A
  sports team's practice ground and a tournament city (Kabul, Tashkent) are mentions.
  "Since 2015 they have cleared some 620 hectares ... in Kandahar province" is
  clearance dated 2015 (year).
- A searched school in "north-east Nigeria" reopening "only after army engineers ...
  had searched every classroom ... for explosives" makes Nigeria clearance, undated
  (the search itself has no date). A find "in August" near Banki, with no number
  ("devices were found"), is a minefield with no count. A forest named as where
  insurgents operate from (Sambisa) is a mention.
- "Colombia has registered more than 12,000 victims of mines since 1990" is an
  incident dated 1990 (year) without counts; "the Montes de María were among the worst
  affected regions, with hundreds of people killed or maimed" is an incident, undated,
  without counts. A restitution court's city (Cartagena) and the capital officials
  travelled from (Bogotá) are mentions; departments named as where displaced families
  fled to ("the towns of Bolívar and Sucre") are mentions.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, M, R, S, Spec, Y

ARTICLES: dict[str, list[Spec]] = {
    "965_flood_derna_wadi_derna_shahat_susa_al_bayda_benghazi_tobruk.txt": [
        # Title and lede: mines found in the mud; Thursday 21 September: a
        # volunteer hurt by a shell near the corniche in Derna.
        S("Derna", "incident", 87205, date="2023-09-21", prec=D, injured=1),
        C("Libya", "mention", "LY"),
        # "removed 37 explosive items ... since 13 September".
        F(
            "Wadi Derna",
            "clearance",
            (32.76, 22.635),
            "LY",
            date="2023-09-13",
            prec=D,
            mines=37,
        ),
        S("Tobruk", "mention", 81302),
        S("Al Bayda", "mention", 89055),
        F("Jebel Akhdar", "mention", (32.55, 21.80), "LY", tolerance_km=LINEAR),
        # Wednesday 20 September: two anti-tank mines found by a shepherd.
        S("Shahat", "minefield", 7602388, date="2023-09-20", prec=D, mines=2),
        # Tuesday 19 September: a shell reported by residents.
        S("Susa", "minefield", 81584, date="2023-09-19", prec=D, mines=1),
        # Saturday 23 September: coordination meeting.
        S("Benghazi", "conference", 88319, date="2023-09-23", prec=D),
        S("Misrata", "mention", 2214846),
        S("Tripoli", "mention", 2210247),
        # Leaflets in the shelters: risk education.
        S("Al Marj", "mention", 88903),
    ],
    "966_wildfire_herzegovina_ljubinje_hrgud_ravno_popovo_polje_trebinje_stolac.txt": [
        # Dateline; the civil protection staffs met there on Wednesday 13 August.
        S("TREBINJE", "conference", 3188893, date="2025-08-13", prec=D),
        # Tuesday 12 August: mines set off by the fire, nobody hurt.
        R(
            "Herzegovina",
            "incident",
            (43.00, 18.10),
            "BA",
            date="2025-08-12",
            prec=D,
        ),
        S("Ljubinje", "incident", 3196364, date="2025-08-12", prec=D),
        S("Stolac", "mention", 3189823),
        # Sunday 10 August: firefighter wounded on the slopes.
        F("Hrgud", "incident", (43.10, 18.06), "BA", date="2025-08-10", prec=D, injured=1),
        S("Mostar", "mention", 3194828),
        # Monday 11 August: a cow killed in a marked minefield.
        S("Ravno", "incident", 3191808, date="2025-08-11", prec=D),
        # Edge of Ravno (reference); 118 items removed "last year".
        F(
            "Popovo polje",
            "clearance",
            (42.85, 18.03),
            "BA",
            date="2024-01-01",
            prec=Y,
            mines=118,
        ),
        C("Croatia", "mention", "HR"),
        S("Dubrovnik", "mention", 3201047),
        # "14 suspected hazardous areas ... have burned since the start of the month".
        A2(
            "Ljubinje municipality",
            "minefield",
            (42.93, 18.08),
            "BA",
            date="2025-08-01",
            prec=M,
        ),
        C("Bosnia and Herzegovina", "minefield", "BA"),
        S("Sarajevo", "mention", 3191281),
    ],
    "967_olive_harvest_south_lebanon_deir_mimas_kfar_kila_khiam_marjayoun_hasbaya_nabatieh.txt": [
        # Title "south Lebanon" (bombs in the groves) and the UN toll since
        # the ceasefire of 27 November.
        C("Lebanon", "incident", "LB", date="2024-11-27", prec=D, killed=14),
        # Dateline and market.
        S("NABATIEH", "mention", 278913),
        # Saturday 7 December: four submunitions found under a tree.
        S(
            "Deir Mimas",
            "minefield",
            (33.30, 35.567),
            country_code="LB",
            date="2024-12-07",
            prec=D,
            mines=4,
        ),
        # Monday 9 December: two brothers wounded.
        S("Kfar Kila", "incident", 272849, date="2024-12-09", prec=D, injured=2),
        S("Tyre", "mention", 267008),
        # "destroyed about 160 ... in and around Khiam since the ceasefire".
        S(
            "Khiam",
            "clearance",
            (33.32, 35.61),
            country_code="LB",
            date="2024-11-27",
            prec=D,
            mines=160,
        ),
        # Attendees' district.
        A2("Marjayoun district", "mention", (33.35, 35.58), "LB"),
        # Meeting on Tuesday 10 December.
        S("Marjayoun", "conference", 271226, date="2024-12-10", prec=D),
        S("Hasbaya", "mention", 274313),
        S("Sidon", "mention", 268064),
        S("Beirut", "mention", 276781),
        F("Litani", "mention", (33.33, 35.45), "LB", tolerance_km=LINEAR),
        C("Israel", "mention", "IL"),
    ],
    "968_expressway_quang_binh_le_thuy_quang_ninh_vinh_linh_quang_tri_dong_hoi_dong_ha.txt": [
        # Tuesday 8 April: a 230-kg bomb uncovered in Le Thuy district,
        # Quang Binh province.
        A1(
            "Quang Binh",
            "minefield",
            (17.50, 106.30),
            "VN",
            variants=["Quang Binh province"],
            date="2025-04-08",
            prec=D,
            mines=1,
        ),
        A1(
            "Quang Tri",
            "minefield",
            (16.75, 106.90),
            "VN",
            variants=["Quang Tri province"],
            date="2025-03-01",
            prec=M,
            mines=47,
        ),
        # Dateline and hospital.
        S("DONG HOI", "mention", 1582886),
        # "central Vietnam" and the remaining contamination.
        C("Vietnam", "minefield", "VN"),
        A2(
            "Le Thuy district",
            "minefield",
            (17.15, 106.75),
            "VN",
            date="2025-04-08",
            prec=D,
            mines=1,
        ),
        # 2 March: excavator operator injured.
        A2(
            "Quang Ninh district",
            "incident",
            (17.32, 106.55),
            "VN",
            date="2025-03-02",
            prec=D,
            injured=1,
        ),
        # "last month": 47 bomblets found by deminers.
        A2(
            "Vinh Linh district",
            "minefield",
            (17.03, 106.98),
            "VN",
            date="2025-03-01",
            prec=M,
            mines=47,
        ),
        # Meeting on Wednesday 9 April.
        S("Dong Ha", "conference", 1582926, date="2025-04-09", prec=D),
        S("Van Ninh", "mention", (17.33, 106.68), country_code="VN"),
        S("Cam Lo", "mention", 1586384),
        S("Hanoi", "mention", 1581130),
        S("Ho Chi Minh City", "mention", 1566083),
    ],
    "969_water_pipeline_sarsang_aghdam_tartar_talish_sugovushan_barda_karabakh.txt": [
        # "Since March 2023 ... along the route from the Sarsang reservoir to
        # Aghdam and destroyed 2,412 mines and other explosive items".
        F(
            "Sarsang reservoir",
            "clearance",
            (40.13, 46.53),
            "AZ",
            date="2023-03-01",
            prec=M,
            mines=2412,
        ),
        S("Aghdam", "clearance", 148619, date="2023-03-01", prec=M, mines=2412),
        S("Ganja", "mention", 586523),
        # 28 May: a trench digger hit an anti-tank mine.
        S(
            "Talish",
            "incident",
            (40.17, 46.66),
            country_code="AZ",
            date="2024-05-28",
            prec=D,
            injured=1,
        ),
        S("Barda", "mention", 587057),
        # "Last Thursday" (13 June): a missed mine found by a pipe-laying crew.
        S(
            "Sugovushan",
            "minefield",
            (40.14, 46.62),
            country_code="AZ",
            date="2024-06-13",
            prec=D,
            mines=1,
        ),
        # Monday 17 June: land handed over in the district, ceremony in the town.
        A2(
            "Tartar district",
            "clearance",
            (40.30, 46.85),
            "AZ",
            date="2024-06-17",
            prec=D,
        ),
        S("Tartar", "conference", 584871, date="2024-06-17", prec=D),
        S("Baku", "mention", 587084),
        # "while demining continues".
        R("Karabakh", "clearance", (39.95, 46.85), "AZ"),
        # "killed or injured ... since the end of the war in November 2020".
        C("Azerbaijan", "incident", "AZ", date="2020-11-01", prec=M),
    ],
    "970_trekking_gurez_tulail_bagtor_keran_teetwal_kupwara_bandipora_srinagar.txt": [
        # Dateline, distance reference and the hospital the trekker was flown to.
        S("SRINAGAR", "mention", 1255634),
        R("Kashmir", "mention", (34.10, 74.60), "IN"),
        # Title: the meadows near the border still hide mines.
        F("Gurez", "minefield", (34.63, 74.83), "IN"),
        F("Razdan Pass", "mention", (34.56, 74.72), "IN"),
        S("Bandipora", "mention", 1277358),
        C("Pakistan", "mention", "PK"),
        S("Pune", "mention", 1259229),
        # Sunday 15 June: a trekker lost part of his foot.
        S(
            "Tulail",
            "incident",
            (34.66, 75.00),
            country_code="IN",
            date="2025-06-15",
            prec=D,
            injured=1,
        ),
        # "Last week": three mines carried by the melt, found and destroyed.
        S(
            "Bagtor",
            "minefield",
            (34.62, 74.75),
            country_code="IN",
            date="2025-06-01",
            prec=M,
            mines=3,
        ),
        F("Kishanganga", "minefield", (34.64, 74.85), "IN", tolerance_km=LINEAR),
        # Workshop for homestay owners on 2 June.
        S("Keran", "conference", 1267253, date="2025-06-02", prec=D),
        A2(
            "Kupwara district",
            "conference",
            (34.45, 74.05),
            "IN",
            date="2025-06-02",
            prec=D,
        ),
        # A pony killed "last month" near the village.
        S(
            "Teetwal",
            "incident",
            (34.39, 73.78),
            country_code="IN",
            date="2025-05-01",
            prec=M,
        ),
        S("Dawar", "mention", (34.63, 74.83), country_code="IN"),
    ],
    "971_returnees_magwi_pageri_nimule_adjumani_torit_eastern_equatoria.txt": [
        # Title and lede: "Last week ... she found two anti-personnel mines".
        S(
            "Magwi",
            "minefield",
            (4.13, 32.30),
            country_code="SS",
            date="2024-02-01",
            prec=M,
            mines=2,
        ),
        C("South Sudan", "mention", "SS"),
        # Border crossing; 11 items removed from a school in January.
        S(
            "Nimule",
            "clearance",
            (3.596, 32.064),
            country_code="SS",
            date="2024-01-01",
            prec=M,
            mines=11,
        ),
        S("Adjumani", "mention", 235489),
        # "31 new hazardous areas in the county since July" (2023).
        A2(
            "Magwi county",
            "minefield",
            (4.00, 32.30),
            "SS",
            date="2023-07-01",
            prec=M,
        ),
        C("Uganda", "mention", "UG"),
        # 3 February: a boy injured by a grenade.
        S(
            "Pageri",
            "incident",
            (3.87, 32.00),
            country_code="SS",
            date="2024-02-03",
            prec=D,
            injured=1,
        ),
        S("Juba", "mention", 373303),
        # Tuesday 20 February: chiefs met officials.
        S("Torit", "conference", 365742, date="2024-02-20", prec=D),
        A1(
            "Eastern Equatoria",
            "conference",
            (4.60, 33.30),
            "SS",
            date="2024-02-20",
            prec=D,
            tolerance_km=LARGE,
        ),
    ],
    "972_elephant_mine_myawaddy_kayin_moei_mae_sot_lampang_phop_phra_umphang.txt": [
        # Dateline and the elephant hospital.
        S("LAMPANG", "mention", 1152473),
        C("Thailand", "mention", "TH"),
        # Border in the title; 2023 casualty toll (combined, no counts).
        C("Myanmar", "incident", "MM", date="2023-01-01", prec=Y),
        # 30 December: the elephant stepped on a mine.
        A1(
            "Kayin State",
            "incident",
            (16.90, 97.90),
            "MM",
            date="2024-12-30",
            prec=D,
            tolerance_km=LARGE,
        ),
        S("Myawaddy", "incident", 1308052, date="2024-12-30", prec=D),
        S("Hpa-An", "mention", 1302849),
        F("Moei river", "mention", (16.72, 98.55), None, tolerance_km=LINEAR),
        # Crossing point north of it; meeting on Tuesday 14 January.
        S("Mae Sot", "conference", 1152188, date="2025-01-14", prec=D),
        S("Bangkok", "mention", 1609350),
        # 11 January: a ranger lost a leg.
        A2(
            "Phop Phra district",
            "incident",
            1151350,
            "TH",
            date="2025-01-11",
            prec=D,
            injured=1,
        ),
        A1(
            "Tak province",
            "incident",
            (16.70, 98.80),
            "TH",
            date="2025-01-11",
            prec=D,
            injured=1,
        ),
        # "last week": 12 mines found and removed.
        A2(
            "Umphang district",
            "minefield",
            1149975,
            "TH",
            date="2025-01-01",
            prec=M,
            mines=12,
        ),
    ],
    "973_mine_dogs_chernihiv_region_ivanivka_kolychivka_sedniv_brovary_kyiv.txt": [
        # Title ("northern Ukraine") and the remaining contamination.
        C("Ukraine", "minefield", "UA"),
        # Tuesday 22 October: nine anti-personnel mines found by a dog.
        S("Ivanivka", "minefield", 707364, date="2024-10-22", prec=D, mines=9),
        # Distance reference and hospital town.
        S("Chernihiv", "mention", 710735),
        A1(
            "Chernihiv region",
            "clearance",
            (51.45, 32.00),
            "UA",
            date="2024-04-01",
            prec=M,
        ),
        # 12 October: combine driver injured.
        S("Kolychivka", "incident", 705275, date="2024-10-12", prec=D, injured=1),
        # "Last month": a dog killed by a tripwire mine.
        S("Sedniv", "incident", 694715, date="2024-09-01", prec=M),
        S("Brovary", "mention", 711390),
        # Thursday 24 October: certificates handed at a ceremony.
        S("Kyiv", "conference", 703448, date="2024-10-24", prec=D),
        C("Bosnia and Herzegovina", "mention", "BA"),
        C("Netherlands", "mention", "NL"),
        # Fields cleared in July.
        S("Horodnia", "clearance", 708320, date="2024-07-01", prec=M),
    ],
    "974_amputee_football_arghandab_kandahar_zhari_kabul_herat_quetta_tashkent.txt": [
        # Summer 2014: the striker lost his leg.
        A2(
            "Arghandab",
            "incident",
            (31.72, 65.65),
            "AF",
            variants=["Arghandab district"],
            date="2014-01-01",
            prec=Y,
            injured=1,
        ),
        # "Afghanistan's ... team"; 634 casualties "last year" (combined).
        C("Afghanistan", "incident", "AF", date="2024-01-01", prec=Y),
        # Dateline, practice ground, schools visited.
        S("KABUL", "mention", 1138958),
        S("Kandahar city", "mention", 1138336),
        S("Tashkent", "mention", 1512569),
        S("Quetta", "mention", 1167528),
        S("Herat", "mention", 1140026),
        # "Since 2015 they have cleared some 620 hectares".
        A1(
            "Kandahar province",
            "clearance",
            (31.20, 65.60),
            "AF",
            date="2015-01-01",
            prec=Y,
            tolerance_km=LARGE,
        ),
        # "Last month": two boys killed by a mortar round.
        A2(
            "Zhari district",
            "incident",
            (31.60, 65.45),
            "AF",
            date="2025-10-01",
            prec=M,
            killed=2,
        ),
        C("Japan", "mention", "JP"),
    ],
    "975_land_dispute_montes_de_maria_el_carmen_de_bolivar_coloso_chalan_san_jacinto_cartagena.txt": [
        # "hundreds of people killed or maimed": incident, undated, no counts.
        R("Montes de María", "incident", (9.65, -75.20), "CO"),
        A1("Bolívar", "mention", (9.00, -74.50), "CO", tolerance_km=LARGE),
        A1("Sucre", "mention", (9.00, -75.10), "CO"),
        # "declared free of suspected mined areas in 2018".
        S("El Carmen de Bolívar", "clearance", 3684666, date="2018-01-01", prec=Y),
        S("Sincelejo", "mention", 3667983),
        S("Cartagena", "mention", 3687238),
        # February: a pressure mine found under a fence post.
        S("Colosó", "minefield", 3686065, date="2026-02-01", prec=M, mines=1),
        # 2005: a soldier killed on the road out of town.
        S("Chalán", "incident", 3686835, date="2005-01-01", prec=Y, killed=1),
        S("Bogotá", "mention", 3688689),
        # Saturday 14 March: officials met claimants.
        S("San Jacinto", "conference", 3669736, date="2026-03-14", prec=D),
        C("Colombia", "incident", "CO", date="1990-01-01", prec=Y),
    ],
    "976_school_reopening_borno_bama_gwoza_dikwa_konduga_banki_maiduguri.txt": [
        # Title: schools on ground cleared of bombs; 2024 casualties (no counts).
        A1(
            "Borno",
            "incident",
            (11.80, 13.00),
            "NG",
            variants=["Borno State"],
            date="2024-01-01",
            prec=Y,
            tolerance_km=LARGE,
        ),
        # Dateline; the teachers' workshop "last week".
        S("MAIDUGURI", "conference", 2331447, date="2025-09-01", prec=M),
        # Schools searched for explosives before reopening (undated).
        C("Nigeria", "clearance", "NG"),
        # "earlier this month": three IEDs found near the school fence.
        S("Bama", "minefield", 2347954, date="2025-09-01", prec=M, mines=3),
        # "since July ... removed 48 items".
        S("Gwoza", "clearance", 2339665, date="2025-07-01", prec=M, mines=48),
        # Monday 22 September: a pupil injured by a grenade.
        S("Dikwa", "incident", 2344854, date="2025-09-22", prec=D, injured=1),
        # "last week": a tricycle taxi struck a roadside bomb.
        S(
            "Konduga",
            "incident",
            2334044,
            date="2025-09-01",
            prec=M,
            killed=1,
            injured=4,
        ),
        # Devices found in the fields around the school in August.
        S("Banki", "minefield", 6776134, date="2025-08-01", prec=M),
        C("Cameroon", "mention", "CM"),
        F("Sambisa forest", "mention", (11.25, 13.45), "NG", tolerance_km=50),
    ],
}

# ruff: noqa: E501
