"""More development articles (eval/dev 665-676), annotated like those in dev.py.

Explainers, background and analysis (300-390 words), one kind each across twelve
countries: a "what we know" explainer after a minibus blast near Snihurivka (Mykolaiv
region, Ukraine); a Q&A fact box "Why are there still mines in Bosnia and
Herzegovina?"; an open-source satellite-imagery investigation of newly mined roads
into Sittwe (Rakhine, Myanmar); an op-ed by an Angolan deminer from Cuito Cuanavale
(Cuando Cubango); a history of one Falklands minefield on Sapper Hill from 1982 to its
clearance; a data piece comparing Iraq's provinces by 2024 casualties; a policy
analysis of Tajikistan's treaty deadline extension request; a think-tank brief on the
Catatumbo frontier (Norte de Santander, Colombia, and Zulia, Venezuela); a "five
things to know" list on south Lebanon; a long-read on the returned village of Aghali
(Zangilan, Azerbaijan); a fact-check of an Egyptian MP's casualty claim (Matrouh, El
Alamein, Sinai); a timeline of Kosovo's mine action since 1999. They mix history,
background figures, reference places (capitals, borders, rivers, neighbours) and
current events with dated counts.

Decisions where the rules are silent:
- A lede placing a blast "in the Mykolaiv region of southern Ukraine" gives the
  region and the country the incident, with the date and casualties told in the next
  paragraph about the same event (Snihurivka).
- Rivers: men killed "on the banks of the Inhulets River" is an incident at the river;
  "removed more than 3,700 items south of the Litani River", with no more specific
  place, gives the river the clearance; "from the Sava on the border with Croatia",
  describing where old front lines ran, is a mention; mines found "on the banks of the
  Araz river" make it a minefield.
- A decade ("in the 1990s", "in the 2010s") is no date; a span of years ("the
  1992-1997 civil war", "between 2019 and 2023", "in 2000 and 2001", "the wars of 1967
  and 1973") takes its first year. Contamination is dated by the fighting that left it
  when the text ties them (Cuito River 1988 "by the time the fighting ended in 1988";
  El Alamein and the Western Desert 1942; Nabatieh and Tyre 2006; Rasht Valley 1992).
- Satellite investigation: disturbed patches seen on images are not mines found, so
  no count; the laying is dated by the lede's "between mid-September and late October
  2024" (September, month), and the second belt beside the Kaladan River, part of the
  same laying, takes the same date. A town the belt ends "a few kilometres short of"
  (Ponnagyun) is a distance reference: mention. An armed group's claim of 40 mines
  removed that "we could not verify" is still reported clearance (Mrauk-U).
- Data piece: province rows without a year in a piece about 2024 figures take 2024
  (year); "in February and March" in that context is February 2024 (month), not the
  publication year. Per-head rates are not events. A paragraph heading naming a
  province is its first written form ("Nineveh", variant "Nineveh province";
  "Kurdistan", variant "Kurdistan Region"); a share of a total ("most of them in Duhok
  province", "most were ... around al-Qaim") gives incident without counts.
- Op-ed: the writer's birthplace is no event; "a neighbour's son lost his leg there"
  names no place, so the Cuito River stays a minefield. "We finished the last known
  minefield ... We removed 2,114 anti-personnel mines" is clearance (no find), its
  count from the next sentence. "I trained as a deminer in Menongue in 2009" is a held
  course: conference, year. Land cleared "in the 2010s" (Bié province, Kuito) is
  clearance without date.
- A meeting still to come is a conference without date, even when "later this year"
  (Geneva in 668 and 671).
- Falklands history: "Five years ago today" is the day five years before the Date:;
  mines planted "within weeks" of 2 April 1982 is 1982 (year); injuries "in the days
  after the ceasefire" under a "June 1982" heading are June 1982 (month). "United
  Kingdom" (given the maps) and "Britain" (veterans' origin) are one entry. Deminers
  "from Zimbabwe" make it a mention. A hill holding the traced minefield is a feature
  entry (Sapper Hill, Mount Harriet, Mount Tumbledown; West Falkland as an island).
  The Falkland Islands, a territory with a GeoNames country id (3474414) but no point
  in the build's country table, is written as a region entry carrying that id, its own
  point and a 300 km tolerance (the islands are about 250 km across).
- Long-read: Zangilan district "came back in 2020 heavily mined" outranks its
  clearance totals since 2021 (minefield, 2020, year, no count). A road "still lined
  with red warning signs" (Jabrayil) is suspected land: minefield. A cow killed above
  Aghali is an incident without count. "This spring" is the year.
- Fact-check: a parliamentary committee sitting where the claim was made is a meeting
  (Cairo, conference, its day). "About 8,300 casualties ... of whom roughly 700 were
  killed" gives killed=700 and no injured (the remainder is not stated). An estimate of
  17.5 million mines is not a count of items found. The claim "Egypt holds one fifth
  of all the landmines" does not outrank Egypt's casualty record (incident).
- Countries where mines were laid are minefields: Uzbekistan ("mines that Uzbekistan
  laid on its side of the border in 2000 and 2001", year 2000) and Venezuela (devices
  "reported in Zulia state in Venezuela", with its state). Workshop attendees' countries
  (Albania, North Macedonia) are mentions.
- Timeline: "Deminers finish clearing a minefield near Junik, removing 412 mines" is
  clearance; hikers reporting submunitions and deminers finding 28 of them is a
  minefield dated by its entry (April 2024). A gorge "west of Peja" holds the clearance
  and Peja is a distance reference.
"""

# ruff: noqa: E501  (article file names and quoted lines are kept whole)

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "665_what_we_know_snihurivka_minibus_novopetrivka_kalynivka_mykolaiv.txt": [
        # Monday 14 July: minibus on an anti-tank mine, four killed, six injured.
        S(
            "Snihurivka",
            "incident",
            693379,
            date="2025-07-14",
            prec=D,
            killed=4,
            injured=6,
        ),
        A1(
            "Mykolaiv region",
            "incident",
            (47.10, 31.90),
            "UA",
            date="2025-07-14",
            prec=D,
            killed=4,
            injured=6,
        ),
        # "southern Ukraine" is part of Ukraine, named in the lede's event sentence.
        C("Ukraine", "incident", "UA", date="2025-07-14", prec=D, killed=4, injured=6),
        S(
            "Novopetrivka",
            "incident",
            699360,
            date="2025-07-14",
            prec=D,
            killed=4,
            injured=6,
        ),
        S(
            "Kalynivka",
            "incident",
            703495,
            date="2025-07-14",
            prec=D,
            killed=4,
            injured=6,
        ),
        A2(
            "Bashtanka district",
            "incident",
            (47.25, 32.55),
            "UA",
            date="2025-07-14",
            prec=D,
            killed=4,
            injured=6,
        ),
        # Hospital town.
        S("Mykolaiv", "mention", 700569),
        # History of the occupation: mentions.
        S("Kherson", "mention", 706448),
        F("Dnipro", "mention", (46.70, 32.75), "UA", tolerance_km=LINEAR),
        # "In May a tractor driver lost a leg near Pryvilne".
        S("Pryvilne", "incident", 696231, date="2025-05-01", prec=M, injured=1),
        # "in 2023 two men collecting scrap metal were killed on the banks of the Inhulets River".
        F(
            "Inhulets River",
            "incident",
            (47.08, 32.80),
            "UA",
            tolerance_km=LINEAR,
            date="2023-01-01",
            prec=Y,
            killed=2,
        ),
        # 312 items removed in June.
        S("Novyi Buh", "clearance", 698953, date="2025-06-01", prec=M, mines=312),
        # The authority met "on Tuesday" (15 July).
        S("Kyiv", "conference", 703448, date="2025-07-15", prec=D),
    ],
    "666_qa_why_mines_bosnia_brcko_doboj_maglaj_olovo_konjic_bihac.txt": [
        # "Since 1996 ... killed or injured more than 1,750 people": combined, no counts.
        C("Bosnia and Herzegovina", "incident", "BA", date="1996-01-01", prec=Y),
        # March: a man killed collecting firewood.
        S("Konjic", "incident", 3337476, date="2024-03-01", prec=M, killed=1),
        # Front lines ran "from the Sava on the border with Croatia": no mines stated there.
        F("Sava", "mention", (45.05, 18.30), "BA", tolerance_km=LINEAR),
        C("Croatia", "mention", "HR"),
        # The largest suspected areas left: undated.
        S("Brčko", "minefield", 3203521),
        S("Doboj", "minefield", 3201984),
        S("Maglaj", "minefield", 3195946),
        S("Olovo", "minefield", 3194133),
        # "Last year": 1,100 items destroyed in Republika Srpska; land handed back near Bihać.
        A1(
            "Republika Srpska",
            "clearance",
            (44.75, 17.20),
            "BA",
            date="2023-01-01",
            prec=Y,
            mines=1100,
        ),
        S("Bihać", "clearance", 3204222, date="2023-01-01", prec=Y),
        A2(
            "Una-Sana canton",
            "clearance",
            (44.80, 16.10),
            "BA",
            date="2023-01-01",
            prec=Y,
        ),
        # A course for new deminers opened in February.
        S("Tuzla", "conference", 3188582, date="2024-02-01", prec=M),
        # Donors' meeting "On Wednesday" (3 April).
        S("Sarajevo", "conference", 3191281, date="2024-04-03", prec=D),
        # Its own treaty deadline.
        C("Serbia", "mention", "RS"),
    ],
    "667_satellite_investigation_rakhine_sittwe_ponnagyun_kyauktaw_mrauk_u.txt": [
        # Holes "appearing between mid-September and late October 2024": the first month.
        S("Sittwe", "minefield", 1295765, date="2024-09-01", prec=M),
        A1(
            "Rakhine State",
            "minefield",
            (20.00, 93.50),
            "MM",
            tolerance_km=LARGE,
            date="2024-09-01",
            prec=M,
        ),
        # The belt ends "a few kilometres short of Ponnagyun": a distance reference.
        S("Ponnagyun", "mention", (20.333, 93.000), country_code="MM"),
        # The second belt, part of the same laying.
        F(
            "Kaladan River",
            "minefield",
            (20.40, 92.95),
            "MM",
            tolerance_km=LINEAR,
            date="2024-09-01",
            prec=M,
        ),
        # 2 October: driver killed, passenger wounded on the Kyauktaw road.
        S(
            "Kyauktaw",
            "incident",
            1316499,
            date="2024-10-02",
            prec=D,
            killed=1,
            injured=1,
        ),
        # 40 mines removed in October.
        S("Mrauk-U", "clearance", 1307658, date="2024-10-01", prec=M, mines=40),
        S("Naypyidaw", "mention", 6611854),
        # August: at least 17 people with blast injuries.
        S(
            "Maungdaw",
            "incident",
            (20.82, 92.37),
            country_code="MM",
            date="2024-08-01",
            prec=M,
            injured=17,
        ),
        C("Bangladesh", "mention", "BD"),
        # Mines reported along the banks of the river route to Paletwa: undated.
        S("Paletwa", "minefield", (21.30, 92.85), country_code="MM"),
        A1("Chin State", "minefield", (22.00, 93.60), "MM", tolerance_km=LARGE),
        # "more mine casualties than any other country in 2023": no counts.
        C("Myanmar", "incident", "MM", date="2023-01-01", prec=Y),
    ],
    "668_oped_deminer_angola_cuito_cuanavale_mavinga_cuando_cubango_kuito.txt": [
        # "More than a thousand known minefields remain in Angola": undated.
        C("Angola", "minefield", "AO"),
        # Last year: the last known minefield finished, 2,114 mines removed.
        S(
            "Cuito Cuanavale",
            "clearance",
            3349149,
            date="2025-01-01",
            prec=Y,
            mines=2114,
        ),
        # "By the time the fighting ended in 1988 the banks of the Cuito River were sown with mines".
        F(
            "Cuito River",
            "minefield",
            (-15.16, 19.17),
            "AO",
            tolerance_km=LINEAR,
            date="1988-01-01",
            prec=Y,
        ),
        # "I trained as a deminer in Menongue in 2009": a held course.
        S("Menongue", "conference", 3347353, date="2009-01-01", prec=Y),
        # "the province that still holds most of what is left": undated.
        A1("Cuando Cubango", "minefield", (-16.00, 19.50), "AO", tolerance_km=LARGE),
        # Land cleared "in the 2010s": a decade, no date.
        A1("Bié province", "clearance", (-12.50, 17.50), "AO", tolerance_km=LARGE),
        S("Kuito", "clearance", 3348078),
        # January: a woman lost both legs.
        S("Mavinga", "incident", 876019, date="2026-01-01", prec=M, injured=1),
        # Orthopaedic centre.
        S("Huambo", "mention", 3348313),
        # "supply roads towards the border with Namibia".
        C("Namibia", "mention", "NA"),
        S("Luanda", "mention", 2240449),
        # The states parties' meeting still to come.
        S("Geneva", "conference", 2660646),
    ],
    "669_history_falklands_sapper_hill_minefield_stanley_goose_green_yorke_bay.txt": [
        # "Five years ago today the Falkland Islands were declared free of landmines".
        # The build's country table has no FK point: a region entry with the
        # GeoNames country id and a territory-wide tolerance.
        R(
            "Falkland Islands",
            "clearance",
            (-51.75, -59.17),
            "FK",
            gazetteer_id="geonames:3474414",
            in_gazetteer=True,
            tolerance_km=300,
            date="2020-11-14",
            prec=D,
        ),
        # "The field on Sapper Hill was laid in May" (1982).
        F(
            "Sapper Hill",
            "minefield",
            (-51.717, -57.915),
            "FK",
            date="1982-05-01",
            prec=M,
        ),
        # Mines planted on the approaches to Stanley "within weeks" of 2 April 1982.
        S("Stanley", "minefield", 3426691, date="1982-01-01", prec=Y),
        C("Argentina", "mention", "AR"),
        # 12 June 1982: a soldier lost a foot.
        F(
            "Mount Harriet",
            "incident",
            (-51.720, -58.020),
            "FK",
            date="1982-06-12",
            prec=D,
            injured=1,
        ),
        # "in the days after the ceasefire" under "June 1982": two engineers injured.
        F(
            "Mount Tumbledown",
            "incident",
            (-51.703, -57.985),
            "FK",
            date="1982-06-01",
            prec=M,
            injured=2,
        ),
        C("United Kingdom", "mention", "GB", variants=["Britain"]),
        C("Zimbabwe", "mention", "ZW"),
        S(
            "Goose Green",
            "clearance",
            (-51.826, -58.969),
            country_code="FK",
            date="2012-01-01",
            prec=Y,
        ),
        S(
            "Port Howard",
            "clearance",
            (-51.616, -59.513),
            country_code="FK",
            date="2016-01-01",
            prec=Y,
        ),
        F(
            "West Falkland",
            "clearance",
            (-51.75, -60.00),
            "FK",
            tolerance_km=LINEAR,
            date="2016-01-01",
            prec=Y,
        ),
        F(
            "Yorke Bay",
            "clearance",
            (-51.686, -57.785),
            "FK",
            date="2020-01-01",
            prec=Y,
        ),
        S("Buenos Aires", "mention", 3435910),
    ],
    "670_data_iraq_provinces_anbar_nineveh_salahuddin_basra_diyala_kirkuk.txt": [
        C("Iraq", "incident", "IQ", date="2024-01-01", prec=Y, killed=61, injured=137),
        # Figures presented "on Sunday" (16 February).
        S("Baghdad", "conference", 98182, date="2025-02-16", prec=D),
        A1(
            "Anbar province",
            "incident",
            (33.40, 42.00),
            "IQ",
            tolerance_km=LARGE,
            date="2024-01-01",
            prec=Y,
            killed=19,
            injured=43,
        ),
        # "in February and March" of the year the figures cover (2024); a share, no counts.
        S("al-Qaim", "incident", 92138, date="2024-02-01", prec=M),
        # The heading "Nineveh: fewer deaths, more clearance" is its first written form.
        A1(
            "Nineveh",
            "incident",
            (36.30, 42.50),
            "IQ",
            variants=["Nineveh province"],
            date="2024-01-01",
            prec=Y,
            killed=14,
            injured=34,
        ),
        # 3,412 items removed from the Old City "last year".
        S("Mosul", "clearance", 99072, date="2024-01-01", prec=Y, mines=3412),
        S("Sinjar", "minefield", 448149),
        A1(
            "Salahuddin province",
            "incident",
            (34.60, 43.70),
            "IQ",
            date="2024-01-01",
            prec=Y,
            killed=9,
            injured=22,
        ),
        A1(
            "Basra province",
            "incident",
            (30.50, 47.50),
            "IQ",
            date="2024-01-01",
            prec=Y,
            killed=8,
            injured=19,
        ),
        A1(
            "Diyala province",
            "incident",
            (33.90, 45.00),
            "IQ",
            date="2024-01-01",
            prec=Y,
            killed=3,
            injured=9,
        ),
        A1(
            "Kirkuk province",
            "incident",
            (35.40, 44.30),
            "IQ",
            date="2024-01-01",
            prec=Y,
            killed=2,
            injured=7,
        ),
        C("Iran", "mention", "IR"),
        # "11 casualties, most of them in Duhok province": combined, no counts.
        R(
            "Kurdistan",
            "incident",
            (36.40, 44.30),
            "IQ",
            variants=["Kurdistan Region"],
            tolerance_km=LARGE,
            date="2024-01-01",
            prec=Y,
        ),
        A1(
            "Duhok province",
            "incident",
            (36.90, 43.00),
            "IQ",
            date="2024-01-01",
            prec=Y,
        ),
    ],
    "671_policy_tajikistan_extension_request_khatlon_rasht_tavildara_panj.txt": [
        # "Since 1992, mines have killed 383 people and injured 520 in Tajikistan".
        C(
            "Tajikistan",
            "incident",
            "TJ",
            date="1992-01-01",
            prec=Y,
            killed=383,
            injured=520,
        ),
        # Workshop in March.
        S("Dushanbe", "conference", 1221874, date="2025-03-01", prec=M),
        # The parties' meeting still to come.
        S("Geneva", "conference", 2660646),
        # Mines laid "in the 1990s" along the river: a decade, no date.
        F("Panj River", "minefield", (37.30, 68.90), "TJ", tolerance_km=LINEAR),
        C("Afghanistan", "mention", "AF"),
        # "mined hillsides date from the 1992-1997 civil war": the range's first year.
        R("Rasht Valley", "minefield", (39.00, 70.40), "TJ", date="1992-01-01", prec=Y),
        A1("Khatlon region", "minefield", (37.90, 69.30), "TJ"),
        A2(
            "Shahritus district",
            "clearance",
            1220576,
            "TJ",
            date="2024-01-01",
            prec=Y,
        ),
        A1(
            "Gorno-Badakhshan",
            "clearance",
            (38.00, 73.00),
            "TJ",
            tolerance_km=LARGE,
            date="2023-01-01",
            prec=Y,
        ),
        # September (2024): a shepherd killed.
        S("Tavildara", "incident", 1220324, date="2024-09-01", prec=M, killed=1),
        # Mines Uzbekistan laid "in 2000 and 2001".
        C("Uzbekistan", "minefield", "UZ", date="2000-01-01", prec=Y),
    ],
    "672_brief_colombia_catatumbo_frontier_tibu_el_tarra_teorama_cucuta.txt": [
        # "Since January 2025 ... the country's most dangerous area for landmines".
        R("Catatumbo", "minefield", (8.70, -73.00), "CO", date="2025-01-01", prec=M),
        # "12,400 victims since 1990": no counts.
        C("Colombia", "incident", "CO", date="1990-01-01", prec=Y),
        # "Between January and August ... 11 people killed and 47 injured".
        A1(
            "Norte de Santander",
            "incident",
            (8.00, -72.90),
            "CO",
            date="2025-01-01",
            prec=M,
            killed=11,
            injured=47,
        ),
        S("El Tarra", "minefield", 3738301),
        # 3 August: a soldier lost a leg near Tibú.
        S("Tibú", "incident", 3667202, date="2025-08-03", prec=D, injured=1),
        # 14 July: a farmer and his son killed.
        S("Teorama", "incident", 3667286, date="2025-07-14", prec=D, killed=2),
        # Devices reported in Zulia state in Venezuela: undated.
        A1("Zulia state", "minefield", (10.00, -72.00), "VE", tolerance_km=LARGE),
        C("Venezuela", "minefield", "VE"),
        S("Cúcuta", "mention", 3685533),
        # 14 areas cleared "between 2019 and 2023".
        S("Sardinata", "clearance", 3668245, date="2019-01-01", prec=Y),
        # A course held in June.
        S("Ocaña", "conference", 3673662, date="2025-06-01", prec=M),
        S("Bogotá", "mention", 3688689),
    ],
    "673_five_things_south_lebanon_ordnance_khiam_aitaroun_nabatieh_tyre.txt": [
        # 21 killed, 43 injured "in Lebanon since the ceasefire of 27 November".
        C(
            "Lebanon",
            "incident",
            "LB",
            date="2024-11-27",
            prec=D,
            killed=21,
            injured=43,
        ),
        # Ceasefire party; "the border with Israel".
        C("Israel", "mention", "IL"),
        # 24 February: two brothers killed.
        S(
            "Khiam",
            "incident",
            (33.328, 35.611),
            country_code="LB",
            date="2025-02-24",
            prec=D,
            killed=2,
        ),
        # Rockets found "last month".
        S(
            "Aitaroun",
            "minefield",
            (33.117, 35.466),
            country_code="LB",
            date="2025-02-01",
            prec=M,
        ),
        # "removed more than 3,700 items south of the Litani River since the ceasefire".
        F(
            "Litani River",
            "clearance",
            (33.33, 35.40),
            "LB",
            tolerance_km=LINEAR,
            date="2024-11-27",
            prec=D,
            mines=3700,
        ),
        # Peacekeepers' headquarters.
        S("Naqoura", "mention", 278832),
        # A road cleared in January.
        S("Bint Jbeil", "clearance", 276592, date="2025-01-01", prec=M),
        # Cluster submunitions dropped in 2006.
        S("Nabatieh", "minefield", 278913, date="2006-01-01", prec=Y),
        S("Tyre", "minefield", 267008, date="2006-01-01", prec=Y),
        # Donors met on 6 March.
        S("Beirut", "conference", 276781, date="2025-03-06", prec=D),
        # Hospital town.
        S("Marjayoun", "mention", 271226),
    ],
    "674_longread_aghali_zangilan_return_araz_mincivan_horadiz.txt": [
        # March: a cow killed above Aghali (an animal: no count).
        S(
            "Aghali",
            "incident",
            (39.13, 46.75),
            country_code="AZ",
            date="2025-03-01",
            prec=M,
        ),
        # "it came back in 2020 heavily mined" outranks the clearance since 2021.
        A2(
            "Zangilan district",
            "minefield",
            146901,
            "AZ",
            variants=["Zangilan"],
            date="2020-01-01",
            prec=Y,
        ),
        S("Baku", "mention", 587084),
        # "Since November 2020, more than 390 people ... killed or injured": no counts.
        C("Azerbaijan", "incident", "AZ", date="2020-11-01", prec=M),
        C("Armenia", "mention", "AM"),
        C("Iran", "mention", "IR"),
        R("Karabakh", "minefield", (39.85, 46.75), "AZ", date="2020-01-01", prec=Y),
        # "This spring deminers found 36 anti-tank mines ... on the banks of the Araz river".
        F(
            "Araz river",
            "minefield",
            (39.05, 46.80),
            "AZ",
            tolerance_km=LINEAR,
            date="2025-01-01",
            prec=Y,
            mines=36,
        ),
        # April: a road worker injured.
        S("Mincivan", "incident", 147504, date="2025-04-01", prec=M, injured=1),
        S("Horadiz", "mention", 148003),
        # A road still lined with warning signs: suspected land, undated.
        S("Jabrayil", "minefield", 148141),
        # Training course for new deminers held in May.
        S("Fuzuli", "conference", 148106, date="2025-05-01", prec=M),
    ],
    "675_factcheck_egypt_mine_casualties_alamein_matrouh_dabaa_sinai.txt": [
        # "about 8,300 casualties ... since 1982, of whom roughly 700 were killed".
        C("Egypt", "incident", "EG", date="1982-01-01", prec=Y, killed=700),
        # A parliamentary committee sitting "on Sunday" (6 October).
        S("Cairo", "conference", 360630, date="2024-10-06", prec=D),
        # 22 September: a shepherd killed.
        S("El Dabaa", "incident", 361871, date="2024-09-22", prec=D, killed=1),
        A1(
            "Matrouh governorate",
            "incident",
            (30.50, 27.00),
            "EG",
            tolerance_km=LARGE,
            date="2024-09-22",
            prec=D,
            killed=1,
        ),
        # Hospital town.
        S("Marsa Matrouh", "mention", 352733),
        # Mines left by the fighting of 1942; the 17.5 million is an estimate, no count.
        R(
            "Western Desert",
            "minefield",
            (28.50, 28.00),
            "EG",
            tolerance_km=500,
            date="1942-01-01",
            prec=Y,
        ),
        S("El Alamein", "minefield", 361612, date="1942-01-01", prec=Y),
        C("Britain", "mention", "GB"),
        C("Germany", "mention", "DE"),
        # Land released "since 2008".
        S("Sidi Barrani", "clearance", 348548, date="2008-01-01", prec=Y),
        # "mines from the wars of 1967 and 1973".
        R(
            "Sinai",
            "minefield",
            (29.50, 33.80),
            "EG",
            tolerance_km=LARGE,
            date="1967-01-01",
            prec=Y,
        ),
        C("Israel", "mention", "IL"),
        C("Libya", "mention", "LY"),
    ],
    "676_timeline_kosovo_mine_action_gjakova_dragash_junik_kacanik_peja.txt": [
        # "Between June 1999 and the end of 2000 ... 342 people in Kosovo": no split.
        C("Kosovo", "incident", "XK", date="1999-06-01", prec=M),
        S("Pristina", "mention", 786714),
        # August 1999: two children killed.
        S(
            "Gjakova",
            "incident",
            791646,
            variants=["Đakovica"],
            date="1999-08-01",
            prec=M,
            killed=2,
        ),
        # Border; a workshop attendee.
        C("Albania", "mention", "AL"),
        # 2011: a survey finds mines above Dragash.
        S("Dragash", "minefield", 791122, date="2011-01-01", prec=Y),
        # May 2016: 412 mines removed.
        S("Junik", "clearance", 789739, date="2016-05-01", prec=M, mines=412),
        # 2019: a shepherd injured.
        S("Deçan", "incident", 791580, date="2019-01-01", prec=Y, injured=1),
        C("North Macedonia", "mention", "MK"),
        # March 2022: workshop.
        S("Mitrovica", "conference", 789225, date="2022-03-01", prec=M),
        # 2023: the last suspected area along the road released.
        F("Rugova Gorge", "clearance", (42.68, 20.18), "XK", date="2023-01-01", prec=Y),
        # "west of Peja": a distance reference.
        S("Peja", "mention", 787157),
        # April 2024: 28 submunitions found.
        S("Kaçanik", "minefield", 789721, date="2024-04-01", prec=M, mines=28),
        S("Prizren", "mention", 786712),
    ],
}
