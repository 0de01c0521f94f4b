"""More development articles (eval/dev 905-916), annotated like those in dev.py.

Fact sheets and reference entries (300-390 words), mostly past tense, mixing old
events (the laying of mines, wars) with recent ones (casualties, clearance, land
released, meetings): an encyclopedia entry on the Morice Line minefields (Algeria:
El Kala, Souk Ahras, Tébessa, Bir el Ater, Ouenza, Aïn Sefra, the Challe Line); a
country fact sheet with Contamination / Casualties / Clearance / Coordination
headings for Zimbabwe (Mukumbura, Nyamapanda, Rushinga, Mudzi, the Sheba Forest,
the Burma Valley, Mutare, Penhalonga); a "key facts" box for Bosnia and Herzegovina
(cantons, Ozren above Petrovo, Olovo, the Neretva at Konjic, Bihać, Brka, Tuzla); a
prose history of Mozambique's programme (Zambezia to Cabo Delgado, Dondo, Manica,
Massinga, Macomia, Maputo); a glossary of Quang Tri province district by district
(Vietnam: Vinh Linh, Gio Linh, Con Thien, Cam Lo, Dong Ha, Huong Hoa, Dakrong, Trieu
Phong); a museum visitor guide (a demining gallery in Kilinochchi, Sri Lanka:
Muhamalai, Nagarkovil, Mullaitivu, Pooneryn); a donor's project page (Somaliland:
Togdheer, Burao, Oodweyne, Gebiley, Tog Wajaale, Ceek); an encyclopedia entry on a
front line (the Berm in Western Sahara: Mahbes, Tifariti, Mijek, Guerguerat, Bir
Lehlou, Tindouf); a country fact sheet for Albania (Has, Tropojë, Golaj, Gërdec,
Krumë, Poliçan, Tirana); a key-facts box for Kyrgyzstan's Batken region (Sokh, Ak-Say,
Kara-Bak, Leilek, Kyzyl-Kyya, Bishkek); an encyclopedia entry on the El Alamein
minefields (Egypt: Western Desert, Qattara Depression, El Hammam, El Dabaa, New
Alamein); and a prose history of Jordan's programme (Jordan Valley, Wadi Araba, Umm
Qays, Ramtha, Mafraq governorate, Daraa, Amman).

Decisions where the rules are silent (the earlier batches' conventions are kept:
a range takes its first day or month, "in the first half of 2024" is year
precision, "found and destroyed" is a find, a combined "killed or injured" figure
carries no counts, a remaining-contamination statement is an undated minefield,
a treaty deadline and a donor are mentions, "more than 300" counts 300):
- The laying of a mine barrier told over consecutive sentences is one event: the
  places of the sentence that opens it and of the sentence that traces its course
  take the date the text gives the laying (the Morice Line "built ... in 1957 and
  1958" and "It ran ... from the coast near El Kala, through ... Souk Ahras and ...
  Tébessa": 1957, year; the El Alamein minefields "laid in the Western Desert of
  Egypt during the Second World War" followed by "Most were planted between July
  and October 1942": July 1942, month; "Jordan's minefields were laid over a quarter
  of a century" followed by "Between 1948 and the early 1970s": 1948). A present-
  tense description of a barrier that still stands ("The northern section runs
  close to ..., passing east of Mahbes", the Berm's Course paragraph) is a
  remaining-contamination statement: minefield, undated; likewise the Jordanian
  northern belts that "ran ... east of Ramtha" told in the clearance story, a
  paragraph away from their laying.
- A barrier or belt running through, near, past or at a bearing from a place with
  no more specific named place (El Kala, Souk Ahras, Tébessa, Bir el Ater, Maghnia,
  Mahbes, Tifariti, Meharrize, Mijek, Guerguerat) makes that place a minefield;
  "continued south towards Béchar" is a direction: mention. "Along some 200
  kilometres of coast west of Alexandria", with Matrouh governorate in the same
  sentence, is a distance reference: Alexandria is a mention.
- A named barrier or belt is a feature of its own with LINEAR tolerance (Morice Line,
  Challe Line; the Berm as the curated supplement's region row, 1000 km, as in
  dev_posts2); "the Beira corridor" is a feature (LINEAR) and its pipeline's
  minefields make it a minefield; the Cahora Bassa dam, named only as where mined
  power lines started, is a mention.
- A country that built or laid the barrier on its own side of a border: Morocco,
  builder of the Berm in Western Sahara, is a mention (dev_posts2); Uzbekistan,
  which "laid anti-personnel mines along parts of its border", is a minefield
  (1999); Tajikistan, named as the other side of the 2022 fighting that left
  munitions in Kyrgyz villages, is a mention. A country named as the border that
  was mined ("the border with Kosovo", "the border with Mozambique", "the
  northern frontier with Syria") is a mention.
- A land handover "at a ceremony in Penhalonga" for a forest cleared elsewhere (the
  Sheba Forest): the ceremony town is a conference, the forest clearance. A
  commission "set up in Bishkek in March 2024; it met donors there ... in July":
  conference, July (the meeting; setting up a body is not a meeting). A course
  "taught" to rescuers (Kyzyl-Kyya) and Syrian teams trained in Amman are courses:
  conference. A museum opened "at a ceremony" (Kilinochchi) and an annual
  commemoration "held there" (El Alamein, which keeps its minefield) are ceremonies.
- A glossary entry ("Cam Lo district - The district west of ...") is written so that
  each event sentence names its district; the heading line with its definition is
  a sentence naming the place and nothing else (mention). The article title's bare
  "Quang Tri" and "Quang Tri's land" join "Quang Tri province"; "Kyrgyzstan's Batken
  region" names both.
- Districts: one never separated from a same-named seat uses the seat's id (Gio Linh
  district, Cam Lo district, Doboj, Teslić, Konjic, Gebiley, Tog Wajaale); one whose
  seat has another name gets the annotator's point (Vinh Linh, Huong Hoa, Dakrong,
  Trieu Phong, Has, Tropojë, Leilek, Rushinga, Mudzi). "The districts of Has and
  Tropojë" and the later "Has district" are one entry named "Has district".
  "Kukës region" (minefield) and the hospital town Kukës are two entries.
- A running total headed "Results since the start in October 2023" dates each of
  its bullets October 2023 (month); "412 anti-personnel mines and 36 anti-tank mines"
  count 448. "Hazardous areas" recorded by a survey (Gebiley, Tog Wajaale) are
  minefields without an item count.
- "The insurgency that began in Cabo Delgado in 2017 has brought a new threat of
  improvised devices: in March 2025 a roadside bomb ... between Macomia and Mocímboa
  da Praia killed three ... and injured five" is one sentence: Cabo Delgado takes the
  incident and its facts with both ends of the road. A compound sentence gives
  each clause's place its own event (El Dabaa's site cleared, undated; New Alamein's
  42,000 items "between 2016 and 2019"; Ramtha's items removed after 2013 in the
  clause after "The war in Syria brought shells ... across the border", Syria a
  mention).
- The seat of the office that keeps a toll (Marsa Matruh, the coordination office
  near Tindouf, ZIMAC in Harare, the Sarajevo centre and its regional offices) is a
  mention; a place where a risk-education poster or board is shown is not an event.
- A 2008 depot explosion (Gërdec) told in a fact sheet is an incident with its day
  and counts (26 killed, "more than 300" injured = 300), though its items are not
  mines.
- Places inside agreement or event names are not counted: the Dayton peace
  agreement, the Kosovo conflict, the Second World War, the "Devil's Gardens"
  (a nickname, not a place). Languages (Tamil, Sinhala) and adjectives (Algerian,
  Tunisian, Uzbek, Tajik, Ethiopian, Syrian, Jordanian, American) are not places.
- A museum's monthly board recording land released at Muhamalai does not lower
  Muhamalai's minefield (the map of the lines where "both armies laid mines"), so it
  keeps no date and no count; the board's "deminer was injured near Pooneryn on 9
  January" is January 2026.
- "During the war that ended in 2009" states no start: the Northern Province's and
  Sri Lanka's minefields are undated. "In the years from 2010" is 2010 (year).
"""

# ruff: noqa: E501

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

_MORICE = dict(date="1957-01-01", prec=Y)
_OZREN = dict(date="2026-02-23", prec=D, killed=1, injured=1)
_MACOMIA = dict(date="2025-03-01", prec=M, killed=3, injured=5)
_MASSINGA = dict(date="2024-06-01", prec=M, mines=2)
_CON_THIEN = dict(date="2024-09-03", prec=D, killed=1, injured=1)
_SOM_START = dict(date="2023-10-01", prec=M)
_BERM = dict(date="1980-01-01", prec=Y)
_KOSOVO_WAR = dict(date="1998-01-01", prec=Y)
_GOLAJ = dict(date="2024-10-12", prec=D, injured=1)
_KRUME = dict(date="2000-01-01", prec=Y)
_ALAMEIN = dict(date="1942-07-01", prec=M)
_JORDAN = dict(date="1948-01-01", prec=Y)

ARTICLES: dict[str, list[Spec]] = {
    "905_encyclopedia_morice_line_algeria_el_kala_souk_ahras_tebessa_bir_el_ater_ouenza_ain_sefra.txt": [
        # Title; "barrier of electrified fences and minefields built ... in 1957 and 1958".
        F("Morice Line", "minefield", (35.90, 8.20), "DZ", tolerance_km=LINEAR, **_MORICE),
        C("Algeria", "minefield", "DZ", **_MORICE),
        # "It ran ... from the coast near El Kala, through ... Souk Ahras and ... Tébessa".
        S("El Kala", "minefield", 2497988, **_MORICE),
        # Also the exhibition ceremony (conference): the minefield outranks it.
        S("Souk Ahras", "minefield", 2479215, **_MORICE),
        # Also the hospital town of the 2024 accident.
        S("Tébessa", "minefield", 2477461, **_MORICE),
        # April 2024: a shepherd lost his foot near Bir el Ater.
        S("Bir el Ater", "incident", 2503878, date="2024-04-01", prec=M, injured=1),
        # "the western frontier with Morocco": a border.
        C("Morocco", "mention", "MA"),
        # "laid in the same years ... across Tlemcen province and past Maghnia".
        A1("Tlemcen province", "minefield", (34.75, -1.45), "DZ", **_MORICE),
        S("Maghnia", "minefield", 2490584, **_MORICE),
        # "continued south towards Béchar": a direction.
        S("Béchar", "mention", 2505530),
        F("Challe Line", "minefield", (36.00, 8.10), "DZ", tolerance_km=LINEAR, date="1959-01-01", prec=Y),
        # November 2024: farmers turned up four mines, destroyed on site.
        S("Ouenza", "minefield", 2485540, date="2024-11-01", prec=M, mines=4),
        # 9 February 2025: sheep killed, shepherd unhurt (no counts).
        S("Aïn Sefra", "incident", 2507943, date="2025-02-09", prec=D),
        # Survivors' associations.
        S("El Tarf", "mention", 2497323),
    ],
    "906_zimbabwe_country_fact_sheet_mukumbura_nyamapanda_rushinga_mudzi_sheba_forest_burma_valley_mutare.txt": [
        # Laid 1976-1979 (minefield); "In 2024 Zimbabwe recorded 11 mine casualties, two people killed and nine injured".
        C("Zimbabwe", "incident", "ZW", date="2024-01-01", prec=Y, killed=2, injured=9),
        C("Mozambique", "mention", "MZ"),
        # About 22 km2 remain, "almost all of it in" the three provinces.
        A1("Mashonaland Central", "minefield", (-16.80, 31.40), "ZW"),
        A1("Mashonaland East", "minefield", (-17.50, 32.00), "ZW"),
        A1("Manicaland", "minefield", (-19.00, 32.50), "ZW"),
        # 14 March 2025: a boy killed in the fenced belt near Mukumbura.
        S("Mukumbura", "incident", (-16.20, 31.70), country_code="ZW", date="2025-03-14", prec=D, killed=1),
        S("Nyamapanda", "minefield", (-16.93, 32.87), country_code="ZW"),
        A2("Rushinga", "minefield", (-16.62, 32.22), "ZW"),
        A2("Mudzi", "minefield", (-17.00, 32.50), "ZW"),
        # April 2025: clearance of the belt completed.
        F("Sheba Forest", "clearance", (-18.85, 32.72), "ZW", date="2025-04-01", prec=M),
        # "north of Mutare" (reference); workshop held there in February 2025.
        S("Mutare", "conference", 884979, date="2025-02-01", prec=M),
        # Handover ceremony.
        S("Penhalonga", "conference", 882955, date="2025-04-01", prec=M),
        # "the last uncleared stretch of the old minefield".
        F("Burma Valley", "minefield", (-19.18, 32.80), "ZW"),
        S("Harare", "mention", 890299),
    ],
    "907_bosnia_key_facts_ozren_petrovo_olovo_konjic_bihac_brcko_brka_tuzla.txt": [
        # "remains the most mine-affected country in Europe".
        C("Bosnia and Herzegovina", "minefield", "BA"),
        K("Europe", "mention", "EU"),
        A1("Herzegovina-Neretva Canton", "minefield", (43.50, 17.80), "BA"),
        A1("Una-Sana Canton", "minefield", (44.85, 16.00), "BA"),
        A1("Central Bosnia Canton", "minefield", (44.10, 17.70), "BA"),
        A2("Doboj", "minefield", 3201984, "BA"),
        A2("Teslić", "minefield", 3189143, "BA"),
        A1("Republika Srpska", "minefield", (44.75, 17.50), "BA", tolerance_km=LARGE),
        # 23 February 2026: one brother killed, the other injured.
        F("Ozren", "incident", (44.62, 18.25), "BA", **_OZREN),
        S("Petrovo", "incident", 3203643, **_OZREN),
        # Largest clearance projects of 2025.
        S("Olovo", "clearance", 3194133, date="2025-01-01", prec=Y),
        F("Neretva", "clearance", (43.62, 18.05), "BA", tolerance_km=LINEAR, date="2025-01-01", prec=Y),
        A2("Konjic", "clearance", 3337476, "BA", date="2025-01-01", prec=Y),
        S("Bihać", "clearance", 3204222, date="2025-01-01", prec=Y),
        # March 2026: 1.2 km2 of cleared farmland received.
        A1("Brčko District", "clearance", (44.87, 18.75), "BA", date="2026-03-01", prec=M),
        S("Brka", "clearance", 3203280, date="2026-03-01", prec=M),
        # Donors.
        C("Germany", "mention", "DE"),
        C("Japan", "mention", "JP"),
        C("United States", "mention", "US", tolerance_km=1500),
        # Seat and regional offices.
        S("Sarajevo", "mention", 3191281),
        S("Banja Luka", "mention", 3204541),
        S("Mostar", "mention", 3194828),
        # Regional office; national ceremony held there on 4 April 2026.
        S("Tuzla", "conference", 3188582, date="2026-04-04", prec=D),
    ],
    "908_mozambique_programme_history_zambezia_niassa_sofala_dondo_maputo_inhambane_massinga_cabo_delgado_macomia.txt": [
        # "mined twice over, first in the independence war of 1964 to 1974".
        C("Mozambique", "minefield", "MZ", date="1964-01-01", prec=Y),
        # Mined power lines "that ran from the Cahora Bassa dam".
        F("Cahora Bassa", "mention", (-15.59, 32.70), "MZ"),
        # 1993: HALO began clearing in Zambezia.
        A1("Zambezia", "clearance", (-16.50, 37.00), "MZ", tolerance_km=LARGE, date="1993-01-01", prec=Y),
        # "over the next decade its teams worked north through Niassa, Nampula and Cabo Delgado".
        A1("Niassa", "clearance", (-13.00, 36.00), "MZ", tolerance_km=LARGE),
        A1("Nampula", "clearance", (-15.00, 39.00), "MZ", tolerance_km=LARGE),
        A1("Cabo Delgado", "incident", (-12.30, 39.50), "MZ", tolerance_km=LARGE, **_MACOMIA),
        # Institute set up there in 1999; workshop in May 2025.
        S("Maputo", "conference", 1040652, date="2025-05-01", prec=M),
        # "minefields guarded ... the fuel pipeline of the Beira corridor".
        F("Beira corridor", "minefield", (-19.40, 33.90), "MZ", tolerance_km=LINEAR),
        # "belts around Dondo, where mines had been laid so close to houses".
        A1("Sofala", "minefield", (-19.00, 34.50), "MZ", tolerance_km=LARGE),
        S("Dondo", "minefield", 1024696),
        # The last known minefield cleared in August 2015.
        A1("Manica province", "clearance", (-19.00, 33.20), "MZ", date="2015-08-01", prec=M),
        # June 2024: a farmer found two mines.
        S("Massinga", "minefield", 1040201, **_MASSINGA),
        A1("Inhambane province", "minefield", (-23.00, 34.50), "MZ", tolerance_km=LARGE, **_MASSINGA),
        S("Macomia", "incident", 1042456, **_MACOMIA),
        S("Mocímboa da Praia", "incident", 1024699, **_MACOMIA),
        # Workshop attendees.
        C("Malawi", "mention", "MW"),
        C("Zimbabwe", "mention", "ZW"),
        C("Angola", "mention", "AO"),
    ],
    "909_vietnam_quang_tri_glossary_vinh_linh_gio_linh_con_thien_cam_lo_dong_ha_huong_hoa_dakrong_trieu_phong.txt": [
        # Title "a contaminated province"; "80 per cent of Quang Tri's land is still contaminated".
        A1("Quang Tri province", "minefield", (16.75, 106.95), "VN"),
        C("Vietnam", "mention", "VN"),
        F("Ben Hai River", "mention", (17.00, 106.95), "VN", tolerance_km=LINEAR),
        # May 2024: 14 cluster bomblets found under a pepper garden.
        A2("Vinh Linh district", "minefield", (17.03, 106.98), "VN", date="2024-05-01", prec=M, mines=14),
        # 3 September 2024: a collector killed, his nephew injured near the old Con Thien base.
        A2("Gio Linh district", "incident", 1581673, "VN", **_CON_THIEN),
        F("Con Thien", "incident", (16.92, 107.02), "VN", **_CON_THIEN),
        # "In the first half of 2024": year precision.
        A2("Cam Lo district", "clearance", 1586384, "VN", date="2024-01-01", prec=Y),
        # Workshop held on 2 October 2024.
        S("Dong Ha", "conference", 1582926, date="2024-10-02", prec=D),
        # 2023: 1,140 items cleared.
        A2("Huong Hoa district", "clearance", (16.65, 106.70), "VN", date="2023-01-01", prec=Y, mines=1140),
        C("Laos", "mention", "LA"),
        S("Khe Sanh", "mention", 1579363),
        S("Lao Bao", "mention", 1576304),
        # July 2024: farmers reported a bomb (a find); removed the following week.
        A2("Dakrong district", "minefield", (16.55, 107.00), "VN", date="2024-07-01", prec=M, mines=1),
        F("Ho Chi Minh Trail", "mention", (16.50, 106.80), "VN", tolerance_km=LINEAR),
        # 17 March 2024: two boys injured.
        A2("Trieu Phong district", "incident", (16.80, 107.20), "VN", date="2024-03-17", prec=D, injured=2),
    ],
    "910_sri_lanka_demining_gallery_kilinochchi_muhamalai_nagarkovil_elephant_pass_pooneryn_mullaitivu.txt": [
        # Opened on 24 January 2026 at a ceremony; schools from Kilinochchi.
        S("Kilinochchi", "conference", 1240372, date="2026-01-24", prec=D),
        # "came to hold most of Sri Lanka's minefields during the war".
        A1("Northern Province", "minefield", (9.30, 80.40), "LK"),
        C("Sri Lanka", "minefield", "LK"),
        # Lines "where both armies laid mines in dense rows".
        R("Jaffna peninsula", "minefield", (9.68, 80.10), "LK"),
        S("Muhamalai", "minefield", (9.62, 80.28), country_code="LK"),
        S("Nagarkovil", "minefield", (9.72, 80.27), country_code="LK"),
        # The causeway "which changed hands three times".
        F("Elephant Pass", "mention", (9.55, 80.41), "LK"),
        # "the years from 2010, when teams cleared ... of Mullaitivu district".
        A2("Mullaitivu district", "clearance", (9.20, 80.60), "LK", date="2010-01-01", prec=Y),
        # Women who "cleared the land around their own homes".
        S("Puthukkudiyiruppu", "clearance", (9.31, 80.71), country_code="LK"),
        # Board for January 2026: a deminer injured on 9 January.
        S("Pooneryn", "incident", (9.50, 80.21), country_code="LK", date="2026-01-09", prec=D, injured=1),
        S("Jaffna", "mention", 1242833),
        S("Vavuniya", "mention", 1225018),
    ],
    "911_donor_project_page_somaliland_togdheer_burao_oodweyne_ceek_maroodi_jeex_gebiley_tog_wajaale.txt": [
        # "Minefields laid during the 1977-1978 war ... in Somaliland".
        R("Somaliland", "minefield", (9.60, 45.50), "SO", tolerance_km=LARGE, date="1977-01-01", prec=Y),
        C("Ethiopia", "mention", "ET"),
        # "on the plains around Burao" (same sentence); the handover ceremony is lower.
        S("Burao", "minefield", 63795, date="1977-01-01", prec=Y),
        # "1.9 square kilometres released in Togdheer region, with 412 ... and 36 ... destroyed".
        A1("Togdheer region", "clearance", (9.40, 45.60), "SO", mines=448, **_SOM_START),
        A1("Maroodi Jeex region", "clearance", (9.60, 44.00), "SO"),
        # Reservoirs reopened "on the grazing plain south of Oodweyne".
        S("Oodweyne", "clearance", 53372, **_SOM_START),
        # Survey: 17 previously unknown hazardous areas.
        A2("Gebiley", "minefield", 58831, "SO", **_SOM_START),
        A2("Tog Wajaale", "minefield", 51228, "SO", **_SOM_START),
        # July 2025: a herder killed, his two sons injured.
        S("Ceek", "incident", 62854, date="2025-07-01", prec=M, killed=1, injured=2),
        S("Hargeisa", "mention", 57289),
    ],
    "912_encyclopedia_western_sahara_berm_guerguerat_mahbes_tifariti_bir_lehlou_mijek_meharrize_tindouf.txt": [
        # "walls and minefields ... that Morocco built across Western Sahara between 1980 and 1987".
        R("The Berm", "minefield", (25.00, -11.50), "EH", tolerance_km=1000, **_BERM),
        C("Western Sahara", "minefield", "EH", **_BERM),
        C("Morocco", "mention", "MA"),
        # Course paragraph: the standing belt (undated).
        S("Mahbes", "minefield", (27.42, -9.08), country_code="EH"),
        # June 2024: a boy injured near Tifariti.
        S("Tifariti", "incident", 2461667, date="2024-06-01", prec=M, injured=1),
        S("Meharrize", "minefield", 13608369),
        # March 2024: two herders killed 15 km south of Mijek.
        S("Mijek", "incident", 8300874, date="2024-03-01", prec=M, killed=2),
        S("Guerguerat", "minefield", (21.38, -16.95), country_code="EH"),
        C("Mauritania", "mention", "MR"),
        # 2023: 96 mines and submunitions removed.
        S("Bir Lehlou", "clearance", 13526712, date="2023-01-01", prec=Y, mines=96),
        # Office near the camps; meeting held there in May 2024.
        S("Tindouf", "conference", 2476301, date="2024-05-01", prec=M),
    ],
    "913_albania_country_fact_sheet_kukes_has_tropoje_golaj_krume_gerdec_polican_tirana.txt": [
        # "in 1998 and 1999 mines and cluster munitions contaminated ... along the border with Kosovo".
        C("Albania", "minefield", "AL", **_KOSOVO_WAR),
        C("Kosovo", "mention", "XK"),
        # Also the 12 October 2024 accident "above Golaj, in Has district".
        A2("Has district", "incident", (42.18, 20.40), "AL", **_GOLAJ),
        A2("Tropojë", "minefield", (42.40, 20.10), "AL", **_KOSOVO_WAR),
        A1("Kukës region", "minefield", (42.05, 20.40), "AL", **_KOSOVO_WAR),
        S("Golaj", "incident", 783111, **_GOLAJ),
        # Hospital town.
        S("Kukës", "mention", 782661),
        # Depot explosion of 15 March 2008: 26 killed, "more than 300" injured.
        S("Gërdec", "incident", (41.41, 19.64), country_code="AL", date="2008-03-15", prec=D, killed=26, injured=300),
        # "Between 2000 and 2009 ... starting around Krumë and finishing in the hills north of Bajram Curri".
        S("Krumë", "clearance", 782685, **_KRUME),
        S("Bajram Curri", "clearance", 7932375, **_KRUME),
        # 2024: 1,180 shells and fuzes removed.
        S("Poliçan", "clearance", 781979, date="2024-01-01", prec=Y, mines=1180),
        # Office; regional meeting in November 2024.
        S("Tirana", "conference", 3183875, date="2024-11-01", prec=M),
    ],
    "914_kyrgyzstan_key_facts_batken_region_sokh_ak_say_vorukh_kara_bak_leilek_kyzyl_kyya_bishkek.txt": [
        # "the country's only area with a recorded explosive hazard".
        C("Kyrgyzstan", "minefield", "KG"),
        # "at least 60 people have been killed or injured ... in Batken region since 2000".
        A1("Batken region", "incident", (40.00, 70.80), "KG", date="2000-01-01", prec=Y),
        # "including around Sokh" (1999 and 2000).
        S("Sokh", "minefield", (39.96, 71.13), country_code="UZ", date="1999-01-01", prec=Y),
        S("Vorukh", "mention", 1220164),
        C("Uzbekistan", "minefield", "UZ", date="1999-01-01", prec=Y),
        C("Tajikistan", "mention", "TJ"),
        # Munitions left in September 2022; 6 May 2024: two boys injured.
        S("Ak-Say", "incident", 10370337, date="2024-05-06", prec=D, injured=2),
        S("Kara-Bak", "minefield", 8375150, date="2022-09-01", prec=M),
        # Hospital town.
        S("Osh", "mention", 1527534),
        # November 2022 to August 2024: 3,640 items destroyed.
        A2("Leilek district", "clearance", (39.85, 69.80), "KG", date="2022-11-01", prec=M, mines=3640),
        # Course for rescuers in June 2024.
        S("Kyzyl-Kyya", "conference", 1527719, date="2024-06-01", prec=M),
        # Commission met donors there in July.
        S("Bishkek", "conference", 1528675, date="2024-07-01", prec=M),
    ],
    "915_encyclopedia_egypt_el_alamein_minefields_matrouh_qattara_depression_el_hammam_el_dabaa_new_alamein.txt": [
        # Laid "between July and October 1942" from the coast at El Alamein; the 2023 ceremony is lower.
        S("El Alamein", "minefield", 361612, **_ALAMEIN),
        R("Western Desert", "minefield", (28.50, 28.00), "EG", tolerance_km=500, **_ALAMEIN),
        C("Egypt", "minefield", "EG", **_ALAMEIN),
        F("Qattara Depression", "minefield", (30.00, 28.30), "EG", tolerance_km=LARGE, **_ALAMEIN),
        # "The contaminated zone lies mainly in Matrouh governorate".
        A1("Matrouh governorate", "minefield", (30.50, 27.50), "EG", tolerance_km=LARGE),
        S("Alexandria", "mention", 361058),
        # Seat of the office that keeps the toll.
        S("Marsa Matruh", "mention", 352733),
        # 11 January 2023: a herder killed, his brother injured.
        S("El Hammam", "incident", 361219, date="2023-01-11", prec=D, killed=1, injured=1),
        S("El Dabaa", "clearance", 361871),
        # "destroyed more than 42,000 mines and other items between 2016 and 2019".
        S("New Alamein", "clearance", (30.93, 28.80), country_code="EG", date="2016-01-01", prec=Y, mines=42000),
        C("Germany", "mention", "DE"),
        C("Italy", "mention", "IT"),
        C("United Kingdom", "mention", "GB"),
    ],
    "916_jordan_programme_history_jordan_valley_wadi_araba_aqaba_ramtha_umm_qays_mafraq_daraa_amman.txt": [
        # "Jordan's minefields were laid over a quarter of a century"; "Between 1948 and ...".
        C("Jordan", "minefield", "JO", **_JORDAN),
        F("Jordan Valley", "minefield", (32.10, 35.58), "JO", tolerance_km=LINEAR, **_JORDAN),
        F("Wadi Araba", "minefield", (30.50, 35.20), "JO", tolerance_km=LINEAR, **_JORDAN),
        C("Israel", "mention", "IL"),
        C("Syria", "mention", "SY"),
        # "from the hills below Umm Qays down to the shores of the Dead Sea".
        S("Umm Qays", "clearance", 246202),
        F("Dead Sea", "clearance", (31.50, 35.50), "JO", tolerance_km=LINEAR),
        # "the last mined stretch north of Aqaba": reference to Wadi Araba's stretch.
        S("Aqaba", "mention", 250774),
        # Northern belts "ran ... through farmland east of Ramtha and across ... Mafraq governorate".
        S("Ramtha", "minefield", 250336),
        A1("Mafraq governorate", "minefield", (32.35, 36.60), "JO"),
        # 3 March 2026: a farmer injured south of Daraa.
        S("Daraa", "incident", 170905, date="2026-03-03", prec=D, injured=1),
        # Training of Syrian teams in February 2026.
        S("Amman", "conference", 250441, date="2026-02-01", prec=M),
    ],
}
