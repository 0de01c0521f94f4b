"""More development articles (eval/dev 620-631), annotated like those in dev.py.

Text extracted from PDF and DOCX documents, one document type and one country each,
as a text extractor returns them: hard line breaks inside paragraphs, running page
headers and footers repeated mid-text ("Page 2 of 4", the report's title,
"CONFIDENTIAL - for internal use"), numbered sections, footnote digits stuck to words
("removed 42 items ... disposal.3", "Gorongosa.14") with the footnotes at the page
end, tables flattened into space-separated rows, words hyphenated at line ends (only
generic words: "gover-norates", "Malai dis-trict", never a place name). The twelve:
an NGO monthly operational report (Nineveh and Anbar, Iraq); an explosive-ordnance
incident report form with fields (Nad Ali, Helmand, Afghanistan); the record of a
land handover with attendance and agenda (Gradačac, Bosnia and Herzegovina); a
non-technical survey report excerpt with an SHA table (Mullaitivu, Sri Lanka); a
donor proposal excerpt (Meta and Caquetá, Colombia); a ministry order with an annex
table (Kharkiv, Kherson and Mykolaiv regions, Ukraine); a national authority's
quarterly statistics with a table by province (Cambodia); minutes of a coordination
meeting with attendance, agenda and action points (Juba, South Sudan); an annual
country profile excerpt (Mozambique); a rehabilitation centre's victim-assistance
registry summary (Aden, Yemen); a risk-education activity report (Tripoli and Sirte,
Libya); a clearance task completion report (Gio Linh, Quang Tri, Viet Nam).

Decisions where the rules are silent:
- Running headers, footers, titles and section headings ("2.1 Sinjar", "MOZAMBIQUE",
  "Mullaitivu District, Northern Province, Sri Lanka") are lines naming places and
  nothing else: mentions. A label run into its paragraph's first sentence
  ("Jonglei: Clearance of the former barracks in Bor was completed ...") belongs to
  that sentence, as in dev_roundups.
- Handover minutes titled "handover of released land - Gradačac, 3 October 2023":
  the municipality where the land is handed over takes clearance dated by the
  handover, above the conference of the meeting held there.
- Form fields describing one event are read as one sentence: the "Location:" field
  of an incident form takes the incident's date and victims (Chah-e Anjir, Nad Ali
  district, Helmand province, Afghanistan); the task block of a completion report
  ("Task start: 03/02/2025 ... Location: Gio An commune, Gio Linh district, Quang
  Tri province, Viet Nam") is a clearance dated by the task's first day, with the
  items of the task's table (138) as its count. Attendance-list places (Yei, Torit,
  Brčko, Tuzla Canton) and a distribution list (Kandahar, Kabul) are mentions.
- A flattened table row is a sentence naming its places: a row stating casualties
  gives incident with that row's killed and injured, and not the row's mines (those
  belong to the clearance, a lower role); a row with no casualties and mines
  destroyed is a clearance with the row's AP and AT mines summed (Pailin 311 + 9 =
  320); a governorate in two rows sums its rows (Taiz 19 + 12 = 31 survivors,
  Hodeidah 21 + 14 = 35); a suspected or confirmed hazardous area in a row (survey
  tables, a decree's annex) is a minefield, dated only when the row gives its own
  date ("2 AP mines seen by informants (2023)").
- The period of a table or report ("Q2 2025", "January-June 2024", "In October")
  dates its rows and undated lines at month precision: April 2025, January 2024, May
  2024 for the Hit mortar rounds in a May report. "Between 1 January and 30 June
  2024" stated in a sentence is a range: its first day (Yemen).
- A province with its own narrated incident takes that event's facts rather than its
  table row (Preah Vihear: 21 June, one injured), as in dev_timelines.
- Survivors newly registered at a rehabilitation centre "injured ... January-June
  2024" are injured in the places of the table (incident, injured = survivors); the
  centre's town, the referring hospital's city and the physiotherapy and
  psychosocial services are mentions. "Taiz city", "Lahij town" and "Ma'rib city"
  are separate entries from the governorates named in the table.
- Mines "recovered" (Gereshk, Gorongosa) were found: minefield. Items found by
  farmers and handed in to be destroyed (Manica) are a minefield too. A pupil's
  report of a grenade in a garden, removed by police the next day, is a minefield
  dated by the session (Ain Zara). The Libyan risk-education sessions are mentions
  even where the table gives numbers; the training of trainers is a conference.
- A planned clearance ("Operators ... shall start work", "Clearance in Cartagena del
  Chairá will start") does not outrank the contamination stated for the same place
  and, alone, would be an undated clearance; a planned launch workshop (Florencia)
  is a conference with no date.
- Places inside the name of a law or body are not counted: "the Law of Ukraine 'On
  Mine Action in Ukraine'", "MINISTRY OF ECONOMY OF UKRAINE", "Bosnia and Herzegovina
  Mine Action Centre (BHMAC)" (the country is counted where it stands alone),
  "Quang Tri Province Mine Action Centre", "Jonglei state Ministry of Health"
  (Jonglei counted for its own sentence). Ukraine so has no entry in 625. "Thai
  border" is an adjective, "the Norwegian Ministry" a demonym: not counted.
- "The task lay 3 km east of the former Con Thien combat base": the base is a
  distance reference for the task, whose own place (Gio An) is named in the task
  block: mention. "north of the Ben Hai river" beside Vinh Linh district: mention.
  "on a path near the Guayabero river in La Macarena": the river is the most
  specific place of the blast, so it takes the incident. "north of Nimule in Magwi
  county" and "north of Tal Afar": no more specific place is named, so the town
  takes the event.
- "In 2024 ... 27 IED casualties in Cabo Delgado (9 killed, 18 injured). Most of
  them were on the road between Macomia and Mocímboa da Praia": the towns take the
  incident and its year, but no counts (a part of unstated size).
- "Mines remain in the ground in the north-east of Bosnia and Herzegovina" and
  residual mines that "continue to be found" (Mozambique, Sofala) are undated
  minefields; a suspected area "marked since 1997" (Ledenice) is dated 1997 (year).
- Mines found "on 4 and 11 July 2023" and "on 2 August 2023" in one village
  (Mionica) are a minefield dated by the first stated day, with all the mines
  (3 AP + 1 AT = 4). Land released after technical survey found nothing
  (Vida, Bartella, Alampil) is clearance, dated by the release.
- Combined "killed or injured" figures give no counts (Colombia's 118, the 41 on
  Ukrainian farmland, South Sudan's 19 casualties); a breakdown given in the same
  sentence is kept (Meta: 2 killed, 7 injured). Animals killed are not counted
  (Sinuni: eleven sheep, one boy injured).
"""

# ruff: noqa: E501  (article file names and quoted lines are kept whole)

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "620_iraq_monthly_report_nineveh_sinjar_kocho_sinuni_bartella_fallujah.txt": [
        # Summary: 312,450 m2 cleared and 1,187 items destroyed "In May 2024".
        C("Iraq", "clearance", "IQ", date="2024-05-01", prec=M, mines=1187),
        A1(
            "Nineveh",
            "clearance",
            (36.30, 42.60),
            "IQ",
            date="2024-05-01",
            prec=M,
            mines=1187,
        ),
        A1(
            "Anbar",
            "clearance",
            (33.40, 42.00),
            "IQ",
            tolerance_km=LARGE,
            date="2024-05-01",
            prec=M,
            mines=1187,
        ),
        # Survey teams based there.
        S("Mosul", "mention", 99072),
        # Refresher training 26-27 May (the officer's move there is a mention).
        S("Erbil", "conference", 95446, date="2024-05-26", prec=D),
        # Section heading and the hospital the boy was taken to.
        S("Sinjar", "mention", 448149),
        # "Between 2 and 29 May the team removed 214 items".
        S(
            "Kocho",
            "clearance",
            (36.197, 41.838),
            country_code="IQ",
            date="2024-05-02",
            prec=D,
            mines=214,
        ),
        # 17 May: the shepherd injured (eleven sheep killed are not counted).
        S(
            "Sinuni",
            "incident",
            (36.47, 41.93),
            country_code="IQ",
            date="2024-05-17",
            prec=D,
            injured=1,
        ),
        S("Dohuk", "mention", 96994),
        # Hazardous area confirmed on 9 May after two anti-tank mines were reported.
        S("Tal Afar", "minefield", 90393, date="2024-05-09", prec=D, mines=2),
        # 22 May: 1,020 m of roadside released (no hazard found).
        S("Bartella", "clearance", 97890, date="2024-05-22", prec=D),
        A2("Hamdaniya district", "clearance", 92430, "IQ", date="2024-05-22", prec=D),
        # The team's base.
        S("Ramadi", "mention", 98717),
        # 42 items removed "during the month".
        S("Fallujah", "clearance", 99454, date="2024-05-01", prec=M, mines=42),
        # Three mortar rounds found by farmers; undated line of a May report.
        S("Hit", "minefield", 95788, date="2024-05-01", prec=M, mines=3),
    ],
    "621_helmand_incident_form_nad_ali_chah_e_anjir_marjah_gereshk.txt": [
        # Date of incident 14/03/2025: 1 killed, 2 injured.
        S(
            "Chah-e Anjir",
            "incident",
            (31.63, 64.25),
            country_code="AF",
            date="2025-03-14",
            prec=D,
            killed=1,
            injured=2,
        ),
        A2(
            "Nad Ali district",
            "incident",
            (31.62, 64.20),
            "AF",
            date="2025-03-14",
            prec=D,
            killed=1,
            injured=2,
        ),
        A1(
            "Helmand province",
            "incident",
            (31.00, 64.20),
            "AF",
            tolerance_km=LARGE,
            date="2025-03-14",
            prec=D,
            killed=1,
            injured=2,
        ),
        C(
            "Afghanistan",
            "incident",
            "AF",
            date="2025-03-14",
            prec=D,
            killed=1,
            injured=2,
        ),
        # Surgical hospital.
        S("Lashkar Gah", "mention", 1134720),
        # The EOD team came from Kandahar; distribution list.
        S("Kandahar", "mention", 1138336),
        # Previous incident 05/06/2024: one man injured.
        A2(
            "Marjah district",
            "incident",
            (31.52, 64.10),
            "AF",
            date="2024-06-05",
            prec=D,
            injured=1,
        ),
        # "mines recovered near Gereshk in 2024".
        S("Gereshk", "minefield", 1141540, date="2024-01-01", prec=Y),
        S("Kabul", "mention", 1138958),
    ],
    "622_bosnia_handover_minutes_gradacac_mionica_vida_ledenice_tuzla.txt": [
        # Title: "handover of released land - Gradačac, 3 October 2023" (the meeting
        # held there is the same handover).
        S("Gradačac", "clearance", 3199744, date="2023-10-03", prec=D),
        # Regional office, chair's office, joint site visit proposal.
        S("Tuzla", "mention", 3188582),
        # The contractor's supervisor comes from Brčko.
        S("Brčko", "mention", 3203521),
        A1("Tuzla Canton", "mention", (44.55, 18.65), "BA"),
        # 3 AP mines found "on 4 and 11 July 2023" and 1 AT mine on 2 August: first day.
        S("Mionica", "minefield", 3195066, date="2023-07-04", prec=D, mines=4),
        # Technical survey found nothing; released as of 28.09.2023.
        S(
            "Vida",
            "clearance",
            (44.90, 18.40),
            country_code="BA",
            date="2023-09-28",
            prec=D,
        ),
        # Suspected hazardous area "marked since 1997".
        S(
            "Ledenice",
            "minefield",
            (44.85, 18.38),
            country_code="BA",
            date="1997-01-01",
            prec=Y,
        ),
        # "Mines remain in the ground in the north-east of Bosnia and Herzegovina".
        C("Bosnia and Herzegovina", "minefield", "BA"),
        S("Sarajevo", "mention", 3191281),
    ],
    "623_sri_lanka_nts_report_mullaitivu_maritimepattu_kokkuthoduvai_kumulamunai.txt": [
        # Title and page-header lines only.
        A2("Mullaitivu District", "mention", (9.20, 80.70), "LK"),
        A1("Northern Province", "mention", (9.20, 80.40), "LK"),
        C("Sri Lanka", "mention", "LK"),
        A2("Maritimepattu DS Division", "mention", (9.20, 80.80), "LK"),
        # Field office.
        S("Oddusuddan", "mention", (9.153, 80.665), country_code="LK"),
        # SHA row: "2 AP mines seen by informants (2023)"; the community meeting is lower.
        S(
            "Kokkuthoduvai",
            "minefield",
            (9.05, 80.90),
            country_code="LK",
            date="2023-01-01",
            prec=Y,
            mines=2,
        ),
        # SHA row without items or date.
        S("Kokkilai", "minefield", (9.00, 80.93), country_code="LK"),
        # Accident on 14 February 2019, a farmer lost his foot.
        S(
            "Kumulamunai",
            "incident",
            (9.19, 80.75),
            country_code="LK",
            date="2019-02-14",
            prec=D,
            injured=1,
        ),
        # 214,500 m2 cancelled on 8 August 2024.
        S(
            "Alampil",
            "clearance",
            (9.20, 80.84),
            country_code="LK",
            date="2024-08-08",
            prec=D,
        ),
        S(
            "Thanniyuttu",
            "clearance",
            (9.22, 80.74),
            country_code="LK",
            date="2024-08-08",
            prec=D,
        ),
        S("Puthukudiyiruppu", "mention", (9.318, 80.708), country_code="LK"),
        S("Mullaitivu", "mention", 1234393),
        S("Kilinochchi", "mention", 1240372),
    ],
    "624_colombia_donor_proposal_meta_caqueta_mesetas_uribe_macarena_caguan.txt": [
        # "Colombia remains heavily affected. In 2024, 118 people were killed or injured in
        # Colombia": a combined figure, no counts.
        C("Colombia", "incident", "CO", date="2024-01-01", prec=Y),
        A1(
            "Meta",
            "incident",
            (3.30, -73.50),
            "CO",
            tolerance_km=LARGE,
            date="2024-01-01",
            prec=Y,
            killed=2,
            injured=7,
        ),
        # Table rows (suspected areas) and the title.
        A1("Caquetá", "minefield", (1.00, -74.50), "CO", tolerance_km=LARGE),
        # 37 improvised mines found in 2024 (the 2025 SHAs are the same role, later).
        S(
            "San Vicente del Caguán",
            "minefield",
            3668290,
            date="2024-01-01",
            prec=Y,
            mines=37,
        ),
        # "Between March 2024 and June 2025 our teams released ... and destroyed 23 devices".
        S("Mesetas", "clearance", 3763578, date="2024-03-01", prec=M, mines=23),
        S("Uribe", "clearance", 3666413, date="2024-03-01", prec=M, mines=23),
        # 2 October 2025: a farmer injured near the river.
        S("La Macarena", "incident", 3827693, date="2025-10-02", prec=D, injured=1),
        F(
            "Guayabero river",
            "incident",
            (2.35, -73.95),
            "CO",
            tolerance_km=LINEAR,
            date="2025-10-02",
            prec=D,
            injured=1,
        ),
        # Table row: suspected, not yet surveyed; clearance will start later.
        S("Cartagena del Chairá", "minefield", 3792382),
        S("Villavicencio", "mention", 3665900),
        # A launch workshop "will be held in Florencia": planned, no date.
        S("Florencia", "conference", 3682426),
        S("Bogotá", "mention", 3688689),
    ],
    "625_ukraine_ministry_order_priority_demining_kharkiv_kherson_mykolaiv_balakliia.txt": [
        # Place of signing.
        S("Kyiv", "mention", 703448),
        # "from 1 January to 31 August 2024 forty-one people were killed or injured ...
        # in the Kharkiv, Kherson and Mykolaiv regions": combined, no counts.
        A1(
            "Kharkiv region",
            "incident",
            (49.50, 36.60),
            "UA",
            date="2024-01-01",
            prec=D,
        ),
        A1(
            "Kherson region",
            "incident",
            (46.80, 33.50),
            "UA",
            date="2024-01-01",
            prec=D,
        ),
        A1(
            "Mykolaiv region",
            "incident",
            (47.30, 32.00),
            "UA",
            date="2024-01-01",
            prec=D,
        ),
        # Annex rows (confirmed / suspected hazardous); work "shall start" is planned.
        S("Balakliia", "minefield", 712926),
        S("Verbivka", "minefield", 689969),
        S("Kurylivka", "minefield", 703610),
        # "56 anti-tank mines were found by a survey team in August 2024".
        A2(
            "Beryslav district",
            "minefield",
            (47.15, 33.45),
            "UA",
            date="2024-08-01",
            prec=M,
            mines=56,
        ),
        S(
            "Vysokopillia",
            "minefield",
            (47.49, 33.53),
            country_code="UA",
            date="2024-08-01",
            prec=M,
            mines=56,
        ),
        S("Arkhanhelske", "minefield", 713208, date="2024-08-01", prec=M, mines=56),
        S("Snihurivka", "minefield", 693379),
        S("Novopetrivka", "minefield", 699360),
    ],
    "626_cambodia_quarterly_statistics_battambang_banteay_meanchey_pailin_malai.txt": [
        # "11 casualties were recorded in Cambodia in the quarter (4 killed, 7 injured)".
        C("Cambodia", "incident", "KH", date="2025-04-01", prec=M, killed=4, injured=7),
        # Table rows (Q2 2025): the casualties give the role and its counts.
        A1(
            "Battambang",
            "incident",
            (13.00, 103.00),
            "KH",
            date="2025-04-01",
            prec=M,
            killed=1,
            injured=3,
        ),
        A1(
            "Banteay Meanchey",
            "incident",
            (13.75, 102.95),
            "KH",
            date="2025-04-01",
            prec=M,
            killed=2,
            injured=1,
        ),
        # No casualties: 311 AP + 9 AT mines destroyed.
        A1(
            "Pailin",
            "clearance",
            (12.85, 102.60),
            "KH",
            date="2025-04-01",
            prec=M,
            mines=320,
        ),
        A1(
            "Oddar Meanchey",
            "incident",
            (14.15, 103.60),
            "KH",
            date="2025-04-01",
            prec=M,
            killed=1,
            injured=2,
        ),
        # Its own incident of 21 June (the row's one injured).
        A1(
            "Preah Vihear",
            "incident",
            (13.90, 105.00),
            "KH",
            date="2025-06-21",
            prec=D,
            injured=1,
        ),
        A2(
            "Chheb district",
            "incident",
            (14.10, 105.40),
            "KH",
            date="2025-06-21",
            prec=D,
            injured=1,
        ),
        # "Malai dis-trict": 9 May, two killed, one injured.
        A2(
            "Malai",
            "incident",
            (13.55, 102.45),
            "KH",
            date="2025-05-09",
            prec=D,
            killed=2,
            injured=1,
        ),
        # 1,118 mines destroyed "between April and June".
        A2(
            "Samlout district",
            "clearance",
            11336111,
            "KH",
            date="2025-04-01",
            prec=M,
            mines=1118,
        ),
        F(
            "K5 belt",
            "clearance",
            (12.65, 102.70),
            "KH",
            tolerance_km=LINEAR,
            date="2025-04-01",
            prec=M,
            mines=1118,
        ),
        S("Phnom Penh", "conference", 1821306, date="2025-06-26", prec=D),
    ],
    "627_south_sudan_coordination_minutes_juba_yei_morobo_kaya_magwi_bor.txt": [
        # The meeting held on 12 February 2025 (the next one is the same role).
        S("Juba", "conference", 373303, date="2025-02-12", prec=D),
        # "in 2024 South Sudan recorded 19 mine and ERW casualties": combined, no counts.
        C("South Sudan", "incident", "SS", date="2024-01-01", prec=Y),
        # Attendance list and road assessments.
        S("Yei", "mention", 363619),
        S("Torit", "mention", 365742),
        S("Kapoeta", "mention", 372884),
        # "Between 20 and 31 January ... found and destroyed 14 anti-personnel mines".
        A1(
            "Central Equatoria",
            "minefield",
            (4.50, 31.00),
            "SS",
            date="2025-01-20",
            prec=D,
            mines=14,
        ),
        A2(
            "Morobo county",
            "minefield",
            (3.75, 30.85),
            "SS",
            date="2025-01-20",
            prec=D,
            mines=14,
        ),
        S(
            "Morobo",
            "minefield",
            (3.687, 30.772),
            country_code="SS",
            date="2025-01-20",
            prec=D,
            mines=14,
        ),
        S(
            "Kaya",
            "minefield",
            (3.53, 30.92),
            country_code="SS",
            date="2025-01-20",
            prec=D,
            mines=14,
        ),
        C("Uganda", "mention", "UG"),
        # 3 February: the driver killed, his passenger injured.
        A1(
            "Eastern Equatoria",
            "incident",
            (4.50, 33.20),
            "SS",
            tolerance_km=LARGE,
            date="2025-02-03",
            prec=D,
            killed=1,
            injured=1,
        ),
        S(
            "Nimule",
            "incident",
            (3.60, 32.06),
            country_code="SS",
            date="2025-02-03",
            prec=D,
            killed=1,
            injured=1,
        ),
        A2(
            "Magwi county",
            "incident",
            (3.95, 32.25),
            "SS",
            date="2025-02-03",
            prec=D,
            killed=1,
            injured=1,
        ),
        # Completed 7 February: 2,316 items removed.
        A1(
            "Jonglei",
            "clearance",
            (7.50, 32.00),
            "SS",
            tolerance_km=LARGE,
            date="2025-02-07",
            prec=D,
            mines=2316,
        ),
        S("Bor", "clearance", 377241, date="2025-02-07", prec=D, mines=2316),
    ],
    "628_mozambique_country_profile_cabo_delgado_mocimboa_macomia_gorongosa.txt": [
        # "residual mines ... continue to be found, mainly in ... Sofala and Manica": undated.
        C("Mozambique", "minefield", "MZ"),
        A1("Sofala", "minefield", (-19.50, 34.50), "MZ", tolerance_km=LARGE),
        # Its own find: 61 items found by farmers in March and April 2024.
        A1(
            "Manica",
            "minefield",
            (-19.00, 33.30),
            "MZ",
            tolerance_km=LARGE,
            date="2024-03-01",
            prec=M,
            mines=61,
        ),
        # "recovered 143 items, including six anti-personnel mines near Gorongosa" (2024).
        S("Gorongosa", "minefield", 1024680, date="2024-01-01", prec=Y, mines=6),
        # "In 2024 the Monitor recorded 27 IED casualties in Cabo Delgado (9 killed, 18 injured)".
        A1(
            "Cabo Delgado",
            "incident",
            (-12.30, 39.70),
            "MZ",
            tolerance_km=LARGE,
            date="2024-01-01",
            prec=Y,
            killed=9,
            injured=18,
        ),
        # "Most of them were on the road between Macomia and Mocímboa da Praia": a part
        # of unstated size, no counts.
        S("Mocímboa da Praia", "incident", 1024699, date="2024-01-01", prec=Y),
        S("Macomia", "incident", 1042456, date="2024-01-01", prec=Y),
        # IEDs used on roads around it (undated).
        A2("Muidumbe district", "minefield", (-11.80, 39.80), "MZ"),
        # Footnote: "Incidents are also reported from Niassa".
        A1("Niassa", "incident", (-13.00, 36.50), "MZ", tolerance_km=LARGE),
        # The police EOD unit's base.
        S("Chimoio", "mention", 1049261),
        # 12 mortar bombs removed in November (2024).
        S(
            "Palma",
            "clearance",
            (-10.78, 40.47),
            country_code="MZ",
            date="2024-11-01",
            prec=M,
            mines=12,
        ),
        S("Maputo", "conference", 1040652, date="2024-09-18", prec=D),
        S("Beira", "mention", 1052373),
        S("Nampula", "mention", 1033356),
    ],
    "629_yemen_registry_summary_aden_taiz_hays_khawkhah_mocha_lahij.txt": [
        # The registry's centre; the road from Mocha; psychosocial support.
        S("Aden", "mention", 415189),
        # "Between 1 January and 30 June 2024 ... 87 new survivors ... injured in Yemen".
        C("Yemen", "incident", "YE", date="2024-01-01", prec=D, injured=87),
        # Table 2, "New survivors injured January-June 2024": rows summed per governorate.
        A1(
            "Taiz",
            "incident",
            (13.55, 43.95),
            "YE",
            date="2024-01-01",
            prec=M,
            injured=31,
        ),
        S("Taiz city", "mention", 70225),
        A2("Maqbana", "incident", 407716, "YE", date="2024-01-01", prec=M, injured=19),
        A2("Mocha", "incident", 78751, "YE", date="2024-01-01", prec=M, injured=12),
        A1(
            "Hodeidah",
            "incident",
            (14.90, 43.10),
            "YE",
            tolerance_km=LARGE,
            date="2024-01-01",
            prec=M,
            injured=35,
        ),
        A2("Hays", "incident", 74906, "YE", date="2024-01-01", prec=M, injured=21),
        A2(
            "Al Khawkhah",
            "incident",
            79131,
            "YE",
            date="2024-01-01",
            prec=M,
            injured=14,
        ),
        A1(
            "Lahij",
            "incident",
            (13.20, 44.60),
            "YE",
            date="2024-01-01",
            prec=M,
            injured=9,
        ),
        S("Lahij town", "mention", 73560),
        S(
            "Kirsh",
            "incident",
            (13.39, 44.63),
            country_code="YE",
            date="2024-01-01",
            prec=M,
            injured=9,
        ),
        A1(
            "Marib",
            "incident",
            (15.50, 45.50),
            "YE",
            date="2024-01-01",
            prec=M,
            injured=7,
        ),
        A2(
            "Sirwah",
            "incident",
            (15.43, 45.02),
            "YE",
            date="2024-01-01",
            prec=M,
            injured=7,
        ),
        # The referring hospital.
        S("Ma'rib city", "mention", 72968),
    ],
    "630_libya_risk_education_report_tripoli_ain_zara_abu_salim_tarhuna_sirte.txt": [
        # Risk-education programme, sessions and hospital: mentions.
        C("Libya", "mention", "LY"),
        S("Tripoli", "mention", 2210247),
        # 3.2: three mortar bombs reported; passed to the EOD team on 24 October.
        S("Sirte", "minefield", 2210554, date="2023-10-24", prec=D, mines=3),
        S(
            "Giza Bahriya",
            "minefield",
            (31.20, 16.57),
            country_code="LY",
            date="2023-10-24",
            prec=D,
            mines=3,
        ),
        S("Benghazi", "mention", 88319),
        # 3.1: a grenade reported at a school session on 10 October, removed the next day.
        S(
            "Ain Zara",
            "minefield",
            (32.80, 13.26),
            country_code="LY",
            date="2023-10-10",
            prec=D,
            mines=1,
        ),
        S("Abu Salim", "mention", (32.85, 13.19), country_code="LY"),
        S("Salah al-Din", "mention", (32.83, 13.22), country_code="LY"),
        # 8 October: two boys injured.
        S("Tarhuna", "incident", 2210221, date="2023-10-08", prec=D, injured=2),
        # Training of trainers 22-24 October.
        S("Misrata", "conference", 2214846, date="2023-10-22", prec=D),
    ],
    "631_vietnam_task_completion_quang_tri_gio_linh_gio_an_con_thien_cam_lo.txt": [
        # Task block: start 03/02/2025, 138 items.
        C("Viet Nam", "clearance", "VN", date="2025-02-03", prec=D, mines=138),
        A1(
            "Quang Tri province",
            "clearance",
            (16.75, 106.95),
            "VN",
            date="2025-02-03",
            prec=D,
            mines=138,
        ),
        A2(
            "Gio Linh district",
            "clearance",
            1581673,
            "VN",
            date="2025-02-03",
            prec=D,
            mines=138,
        ),
        # "Two farmers had been injured on the same hill in Gio An in September 2021".
        S(
            "Gio An",
            "incident",
            (16.87, 107.03),
            country_code="VN",
            date="2021-09-01",
            prec=M,
            injured=2,
        ),
        S("Dong Ha", "mention", 1582926),
        # Demolitions "between February and April 2025".
        A2(
            "Cam Lo district",
            "clearance",
            1586384,
            "VN",
            date="2025-02-01",
            prec=M,
            mines=138,
        ),
        # Distance reference for the task.
        F("Con Thien", "mention", (16.90, 106.99), "VN"),
        # Next task: a confirmed hazardous area (undated).
        A2("Vinh Linh district", "minefield", (17.03, 106.98), "VN"),
        F("Ben Hai river", "mention", (17.00, 106.95), "VN", tolerance_km=LINEAR),
    ],
}
