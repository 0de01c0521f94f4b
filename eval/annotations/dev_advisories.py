"""More development articles (eval/dev 890-901), annotated like those in dev.py.

Advisories and safety guidance, one kind each, mixing recent events (dates,
casualties, finds) with standing warnings about contaminated areas, reopened
roads, cleared trails and briefings (150-450 words): a government travel advice
page for Bosnia and Herzegovina (Trebević, Olovo, Igman, Bjelašnica, Lukomir,
Herzegovina, Una National Park, Vlašić); an INSO-style weekly NGO security brief
with Incident/Analysis/Advice items (Burkina Faso's Est region and Soum province,
Niger's Tillabéri region); a humanitarian access update for Sudan (North Kordofan
and White Nile: El Obeid - Kosti road, Umm Ruwaba, Er Rahad, Ed Dueim); a trail
notice for the Peaks of the Balkans (Kosovo, Albania, Montenegro: Gjeravica,
Dobërdol, Milishevc, the Junik mountains, Rugova); a marine insurer's war-risk
bulletin on drifting mines in the western Black Sea (Chornomorsk, Odesa, Pivdenne,
Kıyıköy, Zmiinyi Island); a diamond-mining company's risk bulletin (Lunda Norte,
Angola: Lucapa, Camissombo, Cafunfo, Luremo, Xá-Muteba); a farmers' seasonal
safety bulletin for the Zimbabwe border districts (Mukumbura, Rushinga, Burma
Valley, Sango - Crooks Corner, Mudzi, Nyamapanda); an embassy security alert for
Syria (Jobar, Kafr Nabudah, Palmyra, the Eastern Ghouta, the Syrian Desert); a
government travel advice page for Peru's land borders (Tacna - Arica, Chacalluta,
the Cordillera del Cóndor, El Cenepa, Huampami); a weekly NGO security brief for
northern Shan and Kachin (Myanmar: Kyaukme - Hsipaw, Namhkam, Kutkai, Lashio,
Bhamo, Waingmaw); a humanitarian access update for Somalia (Bay, Bakool, Hiraan);
a national park's visitor safety notice (Phnom Kulen, Cambodia).

Decisions where the rules are silent (the earlier batches' conventions are kept: a
meeting, briefing or training still to come is a conference with no date; "found
and destroyed" is a find; a hospital town, a border partner, a treaty deadline and
risk education are mentions; a statement of remaining contamination is an undated
minefield; a road between two places gives both ends its event; a distance or
direction from a town with no more specific named place puts the event at the
town, otherwise the town is a mention; a combined "killed or injured" figure
carries no counts; counts told in the next sentence of the same event go to its
places; a heading or label on its own line is a mention):
- Advice to avoid, or not to leave the path in, a named area because suspected
  areas or minefields "remain" or "lie close" there is a minefield, undated, for
  every place named (Mount Igman, Bjelašnica, Mostar, Stolac, Prenj, Bihać, Una
  National Park, Vlašić, Herzegovina; Dobërdol - Reka e Allagës; Odesa,
  Chornomorsk, Pivdenne and Zmiinyi Island as "declared mine danger areas"; El
  Cenepa and Río Santiago districts, Condorcanqui). Advice to avoid a road without
  any statement about devices on it ("Avoid all road travel between Kyaukme and
  Lashio", "No movement to Bhamo or on the Bhamo - Myitkyina road", "Travel between
  Niamey and Téra by escorted convoy only") is a mention for the places it adds.
  Roads "closed ... because of fighting and suspected contamination" (west of El
  Obeid towards Bara and En Nahud) and a track that "has not been surveyed" in a
  mine notice (to Beng Mealea) are minefield; "a confirmed hazardous area" (Cafunfo
  - Luremo) likewise.
- A road "reopened ... after" teams cleared it gives clearance dated the reopening
  day to its ends (El Obeid and Kosti 17 July; Beledweyne and Bulo Burte 15 April,
  with the 6 IEDs + 21 UXO = 27 removed from its verges; the road Bjelašnica -
  Lukomir "reopened in June 2025", month). When the same clearance is told again
  with its own dates and figures (Umm Ruwaba - Tendelti: "Between 1 and 16 July the
  teams removed and destroyed 412 explosive items"), that sentence's facts win over
  the key-points line (Tendelti: 1 July, 412).
- In an Incident/Analysis/Advice item, the Analysis and Advice lines are separate
  sentences: they give their places roles of their own (Torodi - Makalondi, where
  IEDs "were laid twice in February": minefield, February, month) and add nothing
  to the incident's places. "This is the third device on this stretch since
  January" names no place. A find told after a blast without a new place name
  ("found two more anti-tank mines within 300 metres of the blast site"; "a second
  submunition found nearby two days later") adds nothing.
- Road numbers (RN4) are not places; a named highway (the Pan-American Highway) is
  a feature at a point on the stretch meant (LINEAR) and takes the sentence's role.
  "The main highway between Kyaukme and Hsipaw" gives both towns the blast.
- A trail named after a region ("the Peaks of the Balkans trail") is one feature
  (LINEAR, mention: a seasonal reopening is not clearance); the region inside its
  name is not counted. A national park named after the mountain it covers ("Phnom
  Kulen National Park" in the title, "Phnom Kulen" in the body) is one feature entry
  with the mountain as a variant; "Una National Park" is a feature of its own.
- "The border ridge between Kosovo and Albania was mined in 1999" is mines laid on
  both countries' land, not a border named only as a border: both minefield, 1999
  (year); Kosovo's "suspected areas remain on the Kosovo side" is the same
  minefield and keeps the dated laying. "Minefields laid in the 1970s remain ...
  between Tacna and Arica" dates the laying by the decade's first year (1970,
  year), as the convention for minefields left by the fighting of stated years;
  "laid during the 1995 Cenepa war" is 1995 (the war's name is an event name and
  not counted, El Cenepa district is). "Unexploded ordnance in several wards of
  Lashio after the fighting of July and August" is a minefield dated July (month).
  "Mines were laid across the plateau by all sides" (Phnom Kulen) states no date.
- "Peru's borders with Chile and Ecuador" and "the borders with Bolivia, Brazil and
  Colombia" are borders named as borders: mentions; Peru takes the minefield of
  "Landmines remain along parts of Peru's borders". Chile takes clearance from its
  own sentence ("has cleared most of the minefields in the Arica and Parinacota
  region since 2004, destroying more than 40,000 mines": 2004, year, 40,000).
- "Ukraine's navy reported that ... its divers removed and destroyed three sea
  mines and 11 other explosive items" counts Ukraine (a possessive, not an
  organisation's name): clearance, January (month), 3 + 11 = 14. Pivdenne, named
  there too, ends as minefield from the standing guidance (undated). "Since the
  start of 2023 Turkey has reported nine drifting mines off its northern coast" is
  a find: minefield, January 2023 (month), 9. A drifting mine "spotted by fishermen"
  and destroyed off Kıyıköy is a find (minefield, that day, 1). The Black Sea is a
  feature with a 500 km tolerance (no country); "western Black Sea" is part of it.
  The Bosphorus, a distance reference, and the Danube, named only in "the Danube
  ports of Izmail and Reni", are mentions; "Romanian, Bulgarian and Turkish waters"
  are adjectives.
- A city quarter ("Jobar, a district of eastern Damascus") is a settlement at its
  own point, and the city named with it takes the same incident (as dev_liveblog's
  Benghazi). "Idlib and Aleppo governorates" are two admin1 entries under their
  bare names; "in the north of Hama governorate" is part of Hama governorate, which
  takes the Kafr Nabudah blast of its first sentence. "More than 400 people killed
  or injured ... in Syria since 8 December 2024" is an incident dated that day
  without counts. "The Syrian Desert (Badia)" is one region with a variant.
- Casualty or incident totals stated for a unit without people counts ("14
  landmine incidents with civilian casualties in Shan State and six in Kachin
  State" in August; "27 access incidents in Somalia, eight of them explosive-device
  blasts" in April; Myanmar's "more landmine casualties than any other country in
  2023") are incidents dated by their period, without counts. "Northern Shan" in a
  title and heading is the Shan State entry (name "Shan", variant "Shan State"), as
  "Kachin" / "Kachin State"; likewise "Bay" / "Bay region", "White Nile" / "White
  Nile state", "Lunda Norte" / "Lunda Norte province".
- Provinces listed as still holding minefields (Mashonaland Central, Mashonaland
  East, Manicaland, Masvingo) are undated minefields; Manicaland, named again in the
  Burma Valley find, takes that find's facts (27 October, 1). A bare "Masvingo"
  among "provinces" is the province, at a point inside it.
- Districts named with their generic word and never separated from a same-named
  seat are one admin2 entry with the seat's id (Mount Darwin district, Chiredzi
  district, "the municipality of Deçan", "the border districts of Kukës and
  Tropojë" for Kukës); districts whose seat is not in cities500 take the
  annotator's point (Rushinga, Mudzi, Svay Leu, Tropojë, El Cenepa, Río Santiago,
  Waingmaw township, Soum province).
- Oxen and a cow killed (Rushinga district, Svay Leu district) and a shepherd's dog
  killed (the Junik mountains) are incidents with no count. The town of Junik, named
  only as the direction walkers should not take short cuts to, is a mention, like
  Svay Leu district's "towards" in the contamination sentence.
- A grader setting off an anti-tank mine while widening a road is an incident (not
  a deminer's accident): Lucapa, Camissombo and Lunda Norte, injured 1. Cafunfo has
  two minefield events of its own (the mortar bomb reported on 30 September and the
  confirmed hazardous area on the Luremo track); it takes the dated find (30
  September, 1). Phnom Kulen's top role is the undated minefield; the mine found "300
  metres below Preah Ang Thom" goes to Preah Ang Thom (4 January 2026, 1).
- Land "checked and declared free of mines" (Banteay Srei, 2019) and districts
  "declared free of mines in 2009" (Kukës, Tropojë) are clearance dated by the year;
  a minefield near Drelaj "released in 2019" gives clearance (2019, year) to Drelaj
  and the Rugova valley named with it. A handback of land to households is
  clearance (Mudzi district and Nyamapanda, 22 October).
- A security coordination meeting already held with district authorities (Baidoa,
  22 April) is a conference, outranked there by the blast; a briefing held in
  Niamey and in Mandalay is a dated conference; briefings, field days, workshops and
  trainings still to come (Ouagadougou, Peja, Istanbul, Dundo, Rabak, Chipinge,
  Jowhar, Siem Reap) are conferences with no date; Mukumbura's field day is
  outranked by its incident.
"""

# ruff: noqa: E501

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

_TREBEVIC = dict(date="2025-08-09", prec=D, injured=1)
_RN4 = dict(date="2024-03-12", prec=D, killed=2, injured=1)
_GAYERI = dict(date="2024-03-14", prec=D, mines=1)
_DJIBO = dict(date="2024-03-15", prec=D, injured=2)
_TERA = dict(date="2024-03-13", prec=D, killed=4, injured=2)
_TORODI = dict(date="2024-02-01", prec=M)
_EL_OBEID_KOSTI = dict(date="2025-07-17", prec=D)
_GJERAVICA = dict(date="2023-09-01", prec=M, mines=14)
_BORDER_1999 = dict(date="1999-01-01", prec=Y)
_DRELAJ = dict(date="2019-01-01", prec=Y)
_ALBANIA_2009 = dict(date="2009-01-01", prec=Y)
_GRADER = dict(date="2024-10-04", prec=D, injured=1)
_MUKUMBURA = dict(date="2025-10-19", prec=D, injured=1)
_BURMA_VALLEY = dict(date="2025-10-27", prec=D, mines=1)
_SANGO = dict(date="2025-01-01", prec=M, mines=3604)
_MUDZI = dict(date="2025-10-22", prec=D)
_JOBAR = dict(date="2025-04-06", prec=D, killed=2, injured=1)
_KAFR_NABUDAH = dict(date="2025-03-30", prec=D, killed=1)
_PALMYRA = dict(date="2025-03-28", prec=D, killed=4)
_TACNA_ARICA = dict(date="1970-01-01", prec=Y)
_CHILE = dict(date="2004-01-01", prec=Y, mines=40000)
_CENEPA_1995 = dict(date="1995-01-01", prec=Y)
_HUAMPAMI = dict(date="2024-08-01", prec=M, mines=17)
_KYAUKME = dict(date="2024-09-10", prec=D, killed=3, injured=5)
_AUGUST_MM = dict(date="2024-08-01", prec=M)
_BAIDOA = dict(date="2025-04-08", prec=D, killed=4, injured=6)
_WAJID = dict(date="2025-03-01", prec=M)
_HIRAAN = dict(date="2025-04-15", prec=D, mines=27)

ARTICLES: dict[str, list[Spec]] = {
    "890_bosnia_travel_advice_trebevic_sarajevo_olovo_igman_lukomir_mostar_una.txt": [
        # "remain a serious risk in Bosnia and Herzegovina"; 2% still suspected.
        C("Bosnia and Herzegovina", "minefield", "BA"),
        # Hiker injured on 9 August 2025 (also in the "Latest update" line).
        F("Trebević", "incident", (43.83, 18.45), "BA", **_TREBEVIC),
        # "above Sarajevo" (the mountain holds the blast); the embassy.
        S("Sarajevo", "mention", 3191281),
        # Road from Bjelašnica to Lukomir reopened in June 2025 after clearance.
        S("Lukomir", "clearance", (43.637, 18.196), country_code="BA", date="2025-06-01", prec=M),
        # Firewood collector killed "In July 2025" outside Olovo.
        S("Olovo", "incident", 3194133, date="2025-07-01", prec=M, killed=1),
        # "suspected areas lie close to some ski runs and mountain huts".
        F("Mount Igman", "minefield", (43.75, 18.25), "BA"),
        F("Bjelašnica", "minefield", (43.71, 18.26), "BA"),
        # "In Herzegovina ... where minefields remain".
        R("Herzegovina", "minefield", (43.30, 17.80), "BA"),
        S("Mostar", "minefield", 3194828),
        S("Stolac", "minefield", 3189823),
        F("Prenj", "minefield", (43.55, 17.93), "BA", tolerance_km=LINEAR),
        # "the Prenj massif above Konjic": a reference beside the massif.
        S("Konjic", "mention", 3337476),
        S("Bihać", "minefield", 3204222),
        F("Una National Park", "minefield", (44.50, 16.10), "BA"),
        # The old front line crossed the plateau, not fully cleared.
        F("Vlašić", "minefield", (44.29, 17.65), "BA"),
        S("Travnik", "mention", 3188924),
        # "Demining is under way near Doboj and Brčko".
        S("Doboj", "clearance", 3201984),
        S("Brčko", "clearance", 3203521),
    ],
    "891_ngo_security_brief_burkina_faso_niger_fada_ngourma_kantchari_djibo_tera_torodi.txt": [
        # RN4 truck: driver and assistant killed, passenger injured (12 March).
        S("Fada N'Gourma", "incident", 2360886, **_RN4),
        S("Kantchari", "incident", (12.48, 1.51), country_code="BF", **_RN4),
        C("Burkina Faso", "incident", "BF", **_RN4),
        A1("Est region", "incident", (12.20, 1.00), "BF", **_RN4),
        # Towns the convoys supply; UNHAS flights.
        S("Diapaga", "mention", 2361373),
        S("Pama", "mention", 2356738),
        # Pressure-plate IED found and destroyed on 14 March.
        S("Gayéri", "minefield", 2360541, **_GAYERI),
        S("Bogandé", "minefield", 2362323, **_GAYERI),
        # Donkey cart, 5 km south of Djibo, in Soum province: two injured.
        S("Djibo", "incident", 2361177, **_DJIBO),
        A2("Soum province", "incident", (14.10, -1.60), "BF", **_DJIBO),
        # Army vehicle, road Téra - Gothèye: four soldiers killed, two injured.
        S("Téra", "incident", 2438855, **_TERA),
        S("Gothèye", "incident", 2444329, **_TERA),
        C("Niger", "incident", "NE", **_TERA),
        A1("Tillabéri region", "incident", (14.30, 1.50), "NE", **_TERA),
        # IEDs laid twice in February on the road Torodi - Makalondi.
        S("Torodi", "minefield", 2438409, **_TORODI),
        S("Makalondi", "minefield", (12.83, 1.68), country_code="NE", **_TORODI),
        # Briefing held on 15 March (also the convoy advice).
        S("Niamey", "conference", 2440485, date="2024-03-15", prec=D),
        # Coordination meeting still to come.
        S("Ouagadougou", "conference", 2357048),
    ],
    "892_sudan_access_update_north_kordofan_white_nile_el_obeid_kosti_umm_ruwaba_er_rahad.txt": [
        # Contamination reported in 13 of Sudan's 18 states.
        C("Sudan", "minefield", "SD"),
        # 23 hazardous areas recorded since February.
        A1("North Kordofan", "minefield", (13.60, 30.00), "SD", date="2025-02-01", prec=M, tolerance_km=LARGE),
        # Road reopened on 17 July (El Obeid also a reference and a hospital town).
        S("El Obeid", "clearance", 379003, **_EL_OBEID_KOSTI),
        S("Kosti", "clearance", 371760, **_EL_OBEID_KOSTI),
        S("Umm Ruwaba", "minefield", 364706, date="2025-02-01", prec=M),
        # "Between 1 and 16 July ... removed and destroyed 412 explosive items".
        S("Tendelti", "clearance", 366426, date="2025-07-01", prec=D, mines=412),
        S("Er Rahad", "incident", 378493, date="2025-07-09", prec=D, injured=1),
        # Roads closed because of fighting and suspected contamination.
        S("Bara", "minefield", 377724),
        S("En Nahud", "minefield", 378699),
        # Rocket found in a school yard on 14 July.
        A1("White Nile", "minefield", (13.30, 32.40), "SD", variants=["White Nile state"], date="2025-07-14", prec=D, mines=1),
        S("Ed Dueim", "minefield", 380129, date="2025-07-14", prec=D, mines=1),
        # Workshop still to come (also risk education there).
        S("Rabak", "conference", 368277),
        S("Khartoum", "mention", 379252),
        S("Kadugli", "mention", 373141),
        S("Dilling", "mention", 376450),
        A1("South Kordofan", "mention", (11.20, 30.00), "SD", tolerance_km=LARGE),
    ],
    "893_peaks_of_the_balkans_trail_notice_kosovo_albania_junik_gjeravica_doberdol_milishevc_rugova.txt": [
        F("Peaks of the Balkans", "mention", (42.55, 20.00), None, tolerance_km=LINEAR),
        # "The border ridge between Kosovo and Albania was mined in 1999."
        C("Kosovo", "minefield", "XK", **_BORDER_1999),
        C("Albania", "minefield", "AL", **_BORDER_1999),
        C("Montenegro", "mention", "ME"),
        F("Accursed Mountains", "mention", (42.50, 19.90), None, tolerance_km=LINEAR),
        # Two suspected areas cleared in September and October 2023, 14 AP mines.
        F("Gjeravica", "clearance", (42.53, 20.13), "XK", **_GJERAVICA),
        S("Milishevc", "clearance", (42.59, 20.15), country_code="XK", **_GJERAVICA),
        # Also the path to Reka e Allagës "close to the remaining suspected areas".
        S("Dobërdol", "minefield", (42.55, 20.07), country_code="AL"),
        S("Reka e Allagës", "minefield", (42.64, 20.17), country_code="XK"),
        # Land handed over to the municipality on 20 October 2023.
        A2("Deçan", "clearance", 791580, "XK", date="2023-10-20", prec=D),
        # Dog killed on 26 May 2024.
        F("Junik mountains", "incident", (42.48, 20.20), "XK", date="2024-05-26", prec=D),
        S("Junik", "mention", 789739),
        # Last minefield near Drelaj released in 2019.
        F("Rugova valley", "clearance", (42.70, 20.15), "XK", **_DRELAJ),
        S("Drelaj", "clearance", (42.67, 20.13), country_code="XK", **_DRELAJ),
        # Border districts declared free of mines in 2009.
        A2("Kukës", "clearance", 782661, "AL", **_ALBANIA_2009),
        A2("Tropojë", "clearance", (42.40, 20.10), "AL", **_ALBANIA_2009),
        S("Valbonë", "mention", 3184193),
        # Guides' briefing still to come.
        S("Peja", "conference", 787157),
    ],
    "894_marine_war_risk_bulletin_black_sea_drifting_mines_chornomorsk_odesa_pivdenne_kiyikoy.txt": [
        F("Black Sea", "minefield", (44.00, 31.00), None, tolerance_km=500),
        # Mine strike 12 nm south-east of Chornomorsk, two crew injured.
        S("Chornomorsk", "incident", 707688, date="2024-02-08", prec=D, injured=2),
        # Return port; declared mine danger area.
        S("Odesa", "minefield", 698740),
        # Drifting mine spotted by fishermen and destroyed on 29 January.
        S("Kıyıköy", "minefield", 743093, date="2024-01-29", prec=D, mines=1),
        F("Bosphorus", "mention", (41.12, 29.07), "TR"),
        # Navy divers removed 3 sea mines + 11 items in January.
        C("Ukraine", "clearance", "UA", date="2024-01-01", prec=M, mines=14),
        S("Pivdenne", "minefield", 687997),
        # Nine drifting mines reported since the start of 2023.
        C("Turkey", "minefield", "TR", date="2023-01-01", prec=M, mines=9),
        F("Zmiinyi Island", "minefield", (45.255, 30.204), "UA", variants=["Snake Island"]),
        F("Danube", "mention", (45.35, 28.84), "UA", tolerance_km=LINEAR),
        S("Izmail", "mention", 707308),
        S("Reni", "mention", 12129128),
        # Members' briefing still to come.
        S("Istanbul", "conference", 745044),
    ],
    "895_angola_diamond_mine_risk_bulletin_lunda_norte_lucapa_camissombo_cafunfo_luremo_xa_muteba.txt": [
        # Grader on the road Lucapa - Camissombo, operator injured (4 October).
        A1("Lunda Norte", "incident", (-8.40, 19.50), "AO", variants=["Lunda Norte province"], tolerance_km=LARGE, **_GRADER),
        S("Lucapa", "incident", 145724, **_GRADER),
        S("Camissombo", "incident", 145895, **_GRADER),
        # Clinic and distribution line; briefing still to come at the Dundo base.
        S("Dundo", "conference", 145757),
        S("Luanda", "mention", 2240449),
        # Mortar bomb reported on 30 September "on the bank of the Cuango river near Cafunfo".
        F("Cuango river", "mention", (-8.77, 17.97), "AO", tolerance_km=LINEAR),
        S("Cafunfo", "minefield", 7768322, date="2024-09-30", prec=D, mines=1),
        # Old track: confirmed hazardous area.
        S("Luremo", "minefield", 2240117),
        # Surveyed and cleared in 2021.
        S("Xá-Muteba", "clearance", 2236397, date="2021-01-01", prec=Y),
        S("Saurimo", "mention", 145531),
        A1("Lunda Sul", "mention", (-10.50, 20.50), "AO", tolerance_km=LARGE),
        # "more than 1,000 recorded hazardous areas".
        C("Angola", "minefield", "AO"),
    ],
    "896_zimbabwe_farmers_safety_bulletin_planting_season_mukumbura_rushinga_burma_valley_sango_crooks_corner_mudzi.txt": [
        C("Mozambique", "mention", "MZ"),
        # Minefields still present in four provinces.
        A1("Mashonaland Central", "minefield", (-16.70, 31.20), "ZW"),
        A1("Mashonaland East", "minefield", (-17.60, 32.00), "ZW"),
        A1("Manicaland", "minefield", (-19.20, 32.50), "ZW", **_BURMA_VALLEY),
        A1("Masvingo", "minefield", (-20.80, 31.30), "ZW"),
        # Remaining contamination, about 19 km2.
        C("Zimbabwe", "minefield", "ZW"),
        # Herd boy lost his foot on 19 October (and a field day to come there).
        S("Mukumbura", "incident", (-16.20, 31.70), country_code="ZW", **_MUKUMBURA),
        A2("Mount Darwin district", "incident", 885800, "ZW", **_MUKUMBURA),
        # Two oxen killed in September.
        A2("Rushinga district", "incident", (-16.60, 32.20), "ZW", date="2025-09-01", prec=M),
        # Farmer found a mine on 27 October, destroyed the next day.
        F("Burma Valley", "minefield", (-19.18, 32.80), "ZW", **_BURMA_VALLEY),
        S("Mutare", "mention", 884979),
        # Since January: 3,604 AP mines destroyed from Sango to Crooks Corner.
        S("Sango", "clearance", (-22.07, 31.66), country_code="ZW", **_SANGO),
        F("Crooks Corner", "clearance", (-22.42, 31.30), "ZW", **_SANGO),
        A2("Chiredzi district", "clearance", 893485, "ZW", **_SANGO),
        # Land handed back on 22 October.
        A2("Mudzi district", "clearance", (-17.00, 32.55), "ZW", **_MUDZI),
        S("Nyamapanda", "clearance", (-16.93, 32.86), country_code="ZW", **_MUDZI),
        # Field day still to come.
        S("Chipinge", "conference", 893549),
    ],
    "897_embassy_security_alert_syria_jobar_damascus_palmyra_homs_kafr_nabudah_hama_eastern_ghouta.txt": [
        # "more than 400 people killed or injured ... since 8 December 2024".
        C("Syria", "incident", "SY", date="2024-12-08", prec=D),
        # Two children killed, a third injured, on 6 April.
        S("Jobar", "incident", (33.53, 36.33), country_code="SY", **_JOBAR),
        S("Damascus", "incident", 170654, **_JOBAR),
        # Returnee killed on 30 March.
        S("Kafr Nabudah", "incident", (35.43, 36.50), country_code="SY", **_KAFR_NABUDAH),
        A1("Hama governorate", "incident", (35.20, 37.00), "SY", **_KAFR_NABUDAH),
        # Four truffle hunters killed on 28 March, "east of Palmyra".
        S("Palmyra", "incident", 163808, **_PALMYRA),
        A1("Homs governorate", "incident", (34.60, 38.00), "SY", tolerance_km=LARGE, **_PALMYRA),
        # Areas of particular concern.
        A1("Idlib", "minefield", (35.80, 36.60), "SY"),
        A1("Aleppo", "minefield", (36.20, 37.50), "SY"),
        R("Eastern Ghouta", "minefield", (33.55, 36.42), "SY"),
        S("Harasta", "minefield", 169897),
        S("Douma", "minefield", 170592),
        S("Zamalka", "minefield", (33.53, 36.36), country_code="SY"),
        S("Daraya", "minefield", 170892),
        R("Syrian Desert", "minefield", (34.50, 38.50), "SY", variants=["Badia"], tolerance_km=LARGE),
        S("Beirut", "mention", 276781),
        S("Masnaa", "mention", (33.69, 35.99), country_code="LB"),
    ],
    "898_peru_travel_advice_land_borders_tacna_arica_chacalluta_cordillera_del_condor_el_cenepa_huampami.txt": [
        # "Landmines remain along parts of Peru's borders".
        C("Peru", "minefield", "PE"),
        # Border partner; clearance since 2004 in the Arica and Parinacota region.
        C("Chile", "clearance", "CL", **_CHILE),
        C("Ecuador", "mention", "EC"),
        C("Bolivia", "mention", "BO"),
        C("Brazil", "mention", "BR"),
        C("Colombia", "mention", "CO"),
        # Minefields laid in the 1970s between Tacna and Arica.
        S("Tacna", "minefield", 3928128, **_TACNA_ARICA),
        S("Arica", "minefield", 3899361, **_TACNA_ARICA),
        F("Pan-American Highway", "minefield", (-18.20, -70.30), "PE", tolerance_km=LINEAR, **_TACNA_ARICA),
        S("Santa Rosa", "minefield", (-18.27, -70.31), country_code="PE", **_TACNA_ARICA),
        # Man injured on 13 October 2024, "about 4 km west of Chacalluta".
        S("Chacalluta", "incident", (-18.31, -70.32), country_code="CL", date="2024-10-13", prec=D, injured=1),
        A1("Arica and Parinacota region", "clearance", (-18.50, -69.80), "CL", **_CHILE),
        # Minefields laid during the 1995 war.
        F("Cordillera del Cóndor", "minefield", (-3.90, -78.40), "PE", tolerance_km=LINEAR, **_CENEPA_1995),
        A1("Amazonas region", "minefield", (-5.10, -78.10), "PE", **_CENEPA_1995),
        # 17 AP mines found near Huampami in August 2024.
        S("Huampami", "minefield", (-4.47, -78.17), country_code="PE", **_HUAMPAMI),
        A2("El Cenepa district", "minefield", (-4.30, -78.20), "PE", **_HUAMPAMI),
        A2("Río Santiago", "minefield", (-3.90, -77.80), "PE"),
        A2("Condorcanqui province", "minefield", (-4.20, -77.90), "PE"),
        S("Aguas Verdes", "mention", 3699832),
        S("La Tina", "mention", (-4.40, -79.95), country_code="PE"),
        S("Lima", "mention", 3936456),
    ],
    "899_ngo_weekly_security_brief_myanmar_northern_shan_kachin_kyaukme_hsipaw_namhkam_kutkai_bhamo_waingmaw.txt": [
        # "14 landmine incidents with civilian casualties in Shan State and six in Kachin State" in August.
        A1("Shan", "incident", (22.50, 97.80), "MM", variants=["Shan State"], tolerance_km=LARGE, **_AUGUST_MM),
        A1("Kachin", "incident", (25.50, 97.40), "MM", variants=["Kachin State"], tolerance_km=LARGE, **_AUGUST_MM),
        C("Myanmar", "incident", "MM", date="2023-01-01", prec=Y),
        # Pick-up on the main highway between Kyaukme and Hsipaw: 3 killed, 5 injured.
        S("Kyaukme", "incident", 1316943, **_KYAUKME),
        S("Hsipaw", "incident", (22.62, 97.30), country_code="MM", **_KYAUKME),
        # UXO in several wards after the fighting of July and August.
        S("Lashio", "minefield", 1314759, date="2024-07-01", prec=M),
        S("Namhkam", "incident", 1307101, date="2024-09-12", prec=D, injured=1),
        # Two mortar rounds found by villagers near Kutkai.
        S("Kutkai", "minefield", 1317682, date="2024-09-13", prec=D, mines=2),
        S("Bhamo", "incident", 1328218, date="2024-09-14", prec=D, killed=1, injured=1),
        S("Myitkyina", "mention", 1307741),
        # 11 improvised mines removed between 9 and 12 September.
        A2("Waingmaw township", "clearance", (25.35, 97.43), "MM", date="2024-09-09", prec=D, mines=11),
        S("Mandalay", "conference", 1311874, date="2024-09-11", prec=D),
    ],
    "900_somalia_access_update_april_2025_bay_bakool_hiraan_baidoa_burhakaba_wajid_hudur_beledweyne.txt": [
        # "27 access incidents in Somalia, eight of them explosive-device blasts" in April.
        C("Somalia", "incident", "SO", date="2025-04-01", prec=M),
        # Minibus on the Baidoa - Burhakaba road: 4 killed, 6 injured (8 April).
        A1("Bay", "incident", (2.80, 43.50), "SO", variants=["Bay region"], **_BAIDOA),
        S("Baidoa", "incident", 64536, **_BAIDOA),
        S("Burhakaba", "incident", 63571, **_BAIDOA),
        S("Mogadishu", "mention", 53654),
        # Mines laid in March on the road Wajid - Hudur.
        A1("Bakool", "minefield", (4.20, 43.60), "SO", **_WAJID),
        S("Wajid", "minefield", 50814, **_WAJID),
        S("Hudur", "minefield", 49747, **_WAJID),
        # Road reopened on 15 April after 6 IEDs + 21 UXO were removed.
        A1("Hiraan", "clearance", (4.50, 45.30), "SO", **_HIRAAN),
        S("Beledweyne", "clearance", 64460, **_HIRAAN),
        S("Bulo Burte", "clearance", 63689, **_HIRAAN),
        S("Jalalaqsi", "incident", 56414, date="2025-04-27", prec=D, killed=1),
        # Training still to come.
        S("Jowhar", "conference", 56335),
    ],
    "901_cambodia_phnom_kulen_national_park_visitor_safety_notice_siem_reap_svay_leu_anlong_thom_beng_mealea.txt": [
        # Mines laid across the plateau; cleared 2015-2025 (outranked).
        F("Phnom Kulen National Park", "minefield", (13.58, 104.10), "KH", variants=["Phnom Kulen"]),
        F("Kbal Spean", "mention", (13.677, 104.018), "KH"),
        # AP mine found on 4 January 2026 below the pagoda.
        S("Preah Ang Thom", "minefield", (13.56, 104.10), country_code="KH", date="2026-01-04", prec=D, mines=1),
        # Cow killed on 27 December 2025.
        A2("Svay Leu district", "incident", (13.68, 104.20), "KH", date="2025-12-27", prec=D),
        S("Anlong Thom", "minefield", (13.58, 104.10), country_code="KH"),
        # Track not surveyed.
        S("Beng Mealea", "minefield", (13.476, 104.238), country_code="KH"),
        # Access road declared free of mines in 2019.
        S("Banteay Srei", "clearance", 1829595, date="2019-01-01", prec=Y),
        # Treaty commitment.
        C("Cambodia", "mention", "KH"),
        # Guides' briefing still to come.
        S("Siem Reap", "conference", 1822214),
    ],
}
