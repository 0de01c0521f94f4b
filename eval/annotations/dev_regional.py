"""More development articles (eval/dev 590-601), annotated like those in dev.py.

Regional and local press, the kind found in a provincial paper rather than on a wire:
a provincial daily on a farmer's accident in an Antioquia vereda (Colombia), a local
radio item from Mykolaiv oblast hromadas (Ukraine), a county civil-protection
announcement on cleared land and a warning (Lika-Senj, Croatia), a Portuguese-language
regional paper in translation (Bié, Angola: aldeia, comuna, soba, lavras), a school
newsletter on a risk-education session (Sepon, Laos), a provincial hospital's statement
(Battambang, Cambodia), a police blotter with a court item (western Kosovo), a reader's
letter to a Russian-language regional paper (Tartar raion, Azerbaijan), a regional
business story translated from Arabic (Matrouh, Egypt), an obituary of a deminer
(Zimbabwe), a French-language regional paper in translation (Centre-Nord, Burkina Faso)
and a Spanish-language provincial daily (Zamora Chinchipe, Ecuador, and Amazonas, Peru).

Decisions where the rules are silent:
- A capitalised dateline ("ANORÍ (Antioquia) –", "KAYA –", "MARSA MATROUH –") is a
  mention of its places, as earlier batches decided; the places get their roles from
  the other sentences (Antioquia from the department's victim toll, Kaya as an end of
  the "Kaya–Barsalogho axis" where the device went off).
- "an Anorí vereda" in the title places the accident in the municipality, so Anorí is
  an incident although the body uses it only as a distance reference ("three hours by
  mule from the urban centre of Anorí").
- A bare name in a title that the body gives its generic word joins that entry
  ("Kamrieng" / "Kamrieng district"; "Matrouh" / "Matrouh Governorate"); the port
  "Marsa Matrouh" is a separate place.
- "X hromada" and "X canton" named only with the generic word are one entry recorded
  with the seat's GeoNames id; "Bashtanka raion" and the hospital town "Bashtanka" are
  two entries, the raion at the annotator's point.
- Mortar rounds "a pensioner had found in his garden in Snihurivka", destroyed "on
  Monday": found, so a minefield, dated by the only day the sentence states.
- A grenade and a PMA-2 mine seized by police in a house (Isniq) are mines found, so a
  minefield with mines=2 (the 40 rounds of ammunition are not explosive items counted).
- A place sold-from or tried-in (the court in Gjakova, the seller "from Rahovec") is a
  mention; "remnants from 1999 still lie on the slopes above Deçan" dates the minefield
  1999; "since the end of the war in June 1999" is June 1999.
- A cow "blown up" at the edge of a field (Shikharkh) is an incident without counts and
  outranks the mine the boys found there later; "a shepherd was wounded there" (Barda)
  is an incident with no date.
- "the teams must first finish in Aghdam and Fuzuli" is clearance under way, undated.
- Army engineers "surveying the land in July located 37 anti-tank mines and more than
  200 other explosive items": a minefield dated July, mines 37 + 200 = 237. "the Battle
  of El Alamein" is an event name; El Alamein counts from its own clearance sentence.
  Area figures ("400,000 feddans") are not mines.
- "where the mines lay so thick" in the sentence about clearing near Mukumbura makes it
  a minefield, dated by that sentence's 1998. The deminer's birthplace (Mount Darwin
  district) and home (Bindura) are mentions; a planned memorial service is a ceremony,
  so the barracks town (Harare) is a conference.
- A risk-education session (the school in Sepon, the pupils' session in Kongoussi) is a
  mention; a training course for focal points (Savannakhet, 19-20 March) is a
  conference. "a cluster bomblet" found counts as mines=1.
- "Burkina Faso recorded more victims ... in 2022 than Mali or Niger" gives all three an
  incident dated 2022 with no counts; "49 such casualties" for Cambodia and "killed or
  injured" totals are not split.
- Donors (Japan, Germany, the United Kingdom), a border country (Thailand, Vietnam,
  Albania, Mozambique, Peru), a treaty deadline (Angola, Ecuador) and a hospital town
  are mentions, as the rules say.
- A ceremony, course or service still to come on the article's date (Otočac on 18
  October, Savannakhet on 19-20 March, Harare on 20 July) is a conference without a
  date: gold dates never lie after publication.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "590_anori_antioquia_farmer_la_plancha_segovia_hospital_briceno.txt": [
        # Title "in an Anorí vereda"; dateline; distance reference in the body.
        S("Anorí", "incident", 3689838, date="2024-08-17", prec=D, injured=1),
        # Dateline; "the department with the most mine victims in Colombia since
        # records began in 1990".
        A1(
            "Antioquia",
            "incident",
            (6.90, -75.50),
            "CO",
            tolerance_km=LARGE,
            date="1990-01-01",
            prec=Y,
        ),
        S(
            "La Plancha",
            "incident",
            (7.12, -75.10),
            country_code="CO",
            date="2024-08-17",
            prec=D,
            injured=1,
        ),
        # Where the ambulance collected him.
        S("Dos Bocas", "mention", (7.06, -75.12), country_code="CO"),
        # Hospital towns.
        S("Segovia", "mention", 3668175),
        S("Medellín", "mention", 3674962),
        # "two soldiers wounded near Remedios in March".
        S("Remedios", "incident", 3670899, date="2024-03-01", prec=M, injured=2),
        # The vereda in Anorí, not the Sucre town El Roble (3683180).
        S(
            "El Roble",
            "clearance",
            (7.10, -75.18),
            country_code="CO",
            date="2022-01-01",
            prec=Y,
        ),
        S("Briceño", "clearance", 3688499, date="2024-01-01", prec=M, mines=37),
        C("Colombia", "incident", "CO", date="1990-01-01", prec=Y),
    ],
    "591_mykolaiv_radio_novopavlivka_tractor_bereznehuvate_poltavka_snihurivka.txt": [
        A2(
            "Bereznehuvate hromada",
            "incident",
            712339,
            "UA",
            date="2025-04-22",
            prec=D,
            injured=1,
        ),
        # The Kherson-road Novopavlivka (699382), not its many namesakes.
        S("Novopavlivka", "incident", 699382, date="2025-04-22", prec=D, injured=1),
        A2(
            "Bashtanka raion",
            "incident",
            (47.45, 32.60),
            "UA",
            date="2025-04-22",
            prec=D,
            injured=1,
        ),
        # Hospital town.
        S("Bashtanka", "mention", 712775),
        A2(
            "Novyi Buh hromada",
            "clearance",
            698953,
            "UA",
            date="2025-03-01",
            prec=M,
            mines=112,
        ),
        S("Poltavka", "clearance", 698035, date="2025-03-01", prec=M, mines=112),
        # Rounds found in a garden, destroyed on Monday.
        S("Snihurivka", "minefield", 693379, date="2025-04-21", prec=D, mines=4),
        A1(
            "Mykolaiv oblast",
            "incident",
            (47.30, 31.90),
            "UA",
            date="2025-01-01",
            prec=M,
            killed=3,
            injured=14,
        ),
        # The former front line.
        F("Inhulets", "mention", (47.20, 33.10), "UA", tolerance_km=LINEAR),
    ],
    "592_lika_senj_county_statement_svica_kompolje_otocac_perusic_warning.txt": [
        # Title; "still has some 61 square kilometres of suspected hazardous area".
        A1("Lika-Senj County", "minefield", (44.65, 15.35), "HR"),
        # Found and destroyed 11 AP + 2 AT + 46 UXO from 15 April.
        S(
            "Švica",
            "minefield",
            (44.84, 15.18),
            country_code="HR",
            date="2024-04-15",
            prec=D,
            mines=59,
        ),
        S(
            "Kompolje",
            "minefield",
            (44.92, 15.25),
            country_code="HR",
            date="2024-04-15",
            prec=D,
            mines=59,
        ),
        # Handover ceremony on Friday 18 October, still to come: no date.
        S("Otočac", "conference", 3193788),
        # "the forest on the slopes above Perušić is still a suspected hazardous area".
        S("Perušić", "minefield", 3193476),
        S(
            "Kuterevo",
            "incident",
            (44.80, 15.14),
            country_code="HR",
            date="2019-08-01",
            prec=M,
            injured=1,
        ),
        # "the second largest in Croatia after Karlovac County".
        C("Croatia", "minefield", "HR"),
        A1("Karlovac County", "minefield", (45.30, 15.50), "HR"),
        # Seat of the office.
        S("Gospić", "mention", 3199873),
    ],
    "593_bie_andulo_chissonde_lavras_demined_nharea_boy_kuito.txt": [
        # Dateline, title; "most of them in the municipalities of Andulo, Nharea
        # and Cuemba".
        S("Andulo", "minefield", 3351884),
        A1("Bié", "minefield", (-12.40, 17.30), "AO", tolerance_km=LARGE),
        S(
            "Chissonde",
            "clearance",
            (-11.78, 16.58),
            country_code="AO",
            date="2021-03-01",
            prec=M,
            mines=27,
        ),
        A2(
            "Calussinga",
            "clearance",
            (-11.80, 16.55),
            "AO",
            date="2021-03-01",
            prec=M,
            mines=27,
        ),
        S(
            "Nharea",
            "incident",
            3346942,
            date="2023-09-01",
            prec=M,
            killed=1,
            injured=1,
        ),
        # Hospital town and the commission's seat.
        S("Cuíto", "mention", 3348078, variants=["Kuito"]),
        S("Cuemba", "minefield", 3349181),
        # Treaty deadline.
        C("Angola", "mention", "AO"),
    ],
    "594_sepon_school_newsletter_risk_education_dansavan_bomblet_phin.txt": [
        # The instructors' office; training course on 19-20 March (to come: no date).
        S("Savannakhet", "conference", 1653316),
        # Boys came across a bomblet last month.
        S("Ban Dansavan", "minefield", 13546106, date="2024-02-01", prec=M, mines=1),
        A2("Sepon district", "minefield", (16.65, 106.35), "LA"),
        F("Ho Chi Minh Trail", "minefield", (16.65, 106.40), "LA", tolerance_km=LINEAR),
        # The school's town, 40 km from the border.
        S("Sepon", "mention", 1655076, variants=["Xepon"]),
        C("Vietnam", "mention", "VN"),
        A2(
            "Phin district",
            "incident",
            1655126,
            "LA",
            date="2024-01-01",
            prec=M,
            injured=1,
        ),
        # "around 50 people are still killed or injured every year".
        C("Laos", "incident", "LA"),
        A1(
            "Savannakhet province",
            "clearance",
            (16.40, 105.80),
            "LA",
            tolerance_km=LARGE,
            date="2023-01-01",
            prec=Y,
            mines=9000,
        ),
    ],
    "595_battambang_hospital_statement_kamrieng_ou_da_blast_samlout_deminer.txt": [
        # Title "in Kamrieng" and "Kamrieng district".
        A2(
            "Kamrieng", "incident", 11320731, "KH", date="2025-01-19", prec=D, injured=3
        ),
        S(
            "Ou Da",
            "incident",
            (13.05, 102.45),
            country_code="KH",
            date="2025-01-19",
            prec=D,
            injured=3,
        ),
        C("Thailand", "mention", "TH"),
        # Hospital town (also inside the hospital's name).
        S("Battambang", "mention", 1831797),
        A2(
            "Samlout district",
            "incident",
            11336111,
            "KH",
            date="2025-01-09",
            prec=D,
            injured=1,
        ),
        A1(
            "Battambang province",
            "incident",
            (12.90, 103.00),
            "KH",
            date="2025-01-09",
            prec=D,
            injured=1,
        ),
        # Donor.
        C("Japan", "mention", "JP"),
        C("Cambodia", "incident", "KH", date="2024-01-01", prec=Y),
        A1("Pailin", "mention", (12.85, 102.60), "KH"),
        A1("Banteay Meanchey", "mention", (13.75, 103.00), "KH"),
    ],
    "596_police_blotter_junik_gjocaj_bomblet_isniq_mine_seized_gllogjan_boy.txt": [
        S("Junik", "minefield", 789739, date="2023-06-10", prec=D, mines=1),
        S(
            "Gjocaj",
            "minefield",
            (42.46, 20.26),
            country_code="XK",
            date="2023-06-10",
            prec=D,
            mines=1,
        ),
        # Grenade and PMA-2 mine seized in a house.
        S("Isniq", "minefield", 790002, date="2023-06-10", prec=D, mines=2),
        S("Gllogjan", "incident", 790704, date="2023-06-11", prec=D, injured=1),
        # Court and hospital town; the seller's home town.
        S("Gjakova", "mention", 791646),
        S("Rahovec", "mention", 787456),
        S("Deçan", "minefield", 791580, date="1999-01-01", prec=Y),
        C("Albania", "mention", "AL"),
        C("Kosovo", "incident", "XK", date="1999-06-01", prec=M, killed=120),
    ],
    "597_letter_tartar_shikharkh_unmarked_field_aghdam_fuzuli_barda.txt": [
        # Cow blown up in April 2021 (no counts); a mine found last October.
        S("Shikharkh", "incident", 828645, date="2021-04-01", prec=M),
        A2("Tartar raion", "mention", (40.35, 46.75), "AZ"),
        # "along the road to Tartar ... removed more than three hundred mines" (2022).
        S("Tartar", "clearance", 584871, date="2022-01-01", prec=Y, mines=300),
        S("Aghdam", "clearance", 148619),
        S("Fuzuli", "clearance", 148106),
        S("Barda", "incident", 587057, injured=1),
        C("Azerbaijan", "incident", "AZ", date="2020-11-01", prec=M),
        S("Baku", "mention", 587084),
    ],
    "598_matrouh_business_olive_farm_el_dabaa_mines_sidi_abdel_rahman_road.txt": [
        # Dateline.
        S("MARSA MATROUH", "mention", 352733),
        S("El Dabaa", "minefield", 361871, date="2023-07-01", prec=M, mines=237),
        # Title; "Matrouh Governorate holds most of the mines".
        A1("Matrouh", "minefield", (30.30, 27.50), "EG", tolerance_km=300),
        # The road from the highway at Sidi Abdel Rahman, cleared since March.
        S(
            "Sidi Abdel Rahman",
            "clearance",
            (30.97, 28.74),
            country_code="EG",
            date="2023-03-01",
            prec=M,
        ),
        S("El Hammam", "incident", 361219, date="2023-01-01", prec=M, injured=1),
        C("Egypt", "minefield", "EG"),
        R("Western Desert", "minefield", (28.00, 28.00), "EG", tolerance_km=500),
        # "Since 2007 ... has cleared about 400,000 feddans around El Alamein".
        S("El Alamein", "clearance", 361612, date="2007-01-01", prec=Y),
        C("Germany", "mention", "DE"),
        C("United Kingdom", "mention", "GB"),
        S("Alexandria", "mention", 361058),
    ],
    "599_obituary_deminer_bindura_mukumbura_chimanimani_chiredzi_sango.txt": [
        # "the minefields that were laid along Zimbabwe's border with Mozambique".
        C("Zimbabwe", "minefield", "ZW"),
        C("Mozambique", "mention", "MZ"),
        S("Bindura", "mention", 895061),
        A2("Mount Darwin district", "mention", 885800, "ZW"),
        # "In 1998 ... to clear the cordon sanitaire near Mukumbura, where the mines
        # lay so thick".
        S(
            "Mukumbura",
            "minefield",
            (-16.21, 31.69),
            country_code="ZW",
            date="1998-01-01",
            prec=Y,
        ),
        # The deminer hurt in 2003.
        S("Chimanimani", "incident", 893813, date="2003-01-01", prec=Y, injured=1),
        A2(
            "Chiredzi district",
            "clearance",
            893485,
            "ZW",
            date="2013-01-01",
            prec=Y,
            mines=40000,
        ),
        S(
            "Sango",
            "clearance",
            (-22.10, 31.65),
            country_code="ZW",
            date="2013-01-01",
            prec=Y,
            mines=40000,
        ),
        S(
            "Crooks Corner",
            "clearance",
            (-22.42, 31.31),
            country_code="ZW",
            date="2013-01-01",
            prec=Y,
            mines=40000,
        ),
        # Memorial service planned for 20 July, still to come: no date.
        S("Harare", "conference", 890299),
    ],
    "600_centre_nord_kaya_barsalogho_ied_traders_pissila_ouagadougou_workshop.txt": [
        A1(
            "Centre-Nord",
            "incident",
            (13.30, -1.10),
            "BF",
            date="2023-02-18",
            prec=D,
            killed=2,
            injured=3,
        ),
        # Dateline, end of the axis, hospital town.
        S("Kaya", "incident", 2359608, date="2023-02-18", prec=D, killed=2, injured=3),
        S(
            "Barsalogho",
            "incident",
            (13.42, -1.06),
            country_code="BF",
            date="2023-02-18",
            prec=D,
            killed=2,
            injured=3,
        ),
        A2(
            "Sanmatenga",
            "incident",
            (13.30, -1.10),
            "BF",
            date="2023-01-01",
            prec=M,
            killed=14,
        ),
        S("Pissila", "clearance", 2356467, date="2023-02-16", prec=D, mines=2),
        # Awareness session for pupils.
        A2("Bam", "mention", (13.40, -1.55), "BF"),
        S("Kongoussi", "mention", 2359142),
        S("Ouagadougou", "conference", 2357048, date="2023-02-14", prec=D),
        C("Burkina Faso", "incident", "BF", date="2022-01-01", prec=Y),
        C("Mali", "incident", "ML", date="2022-01-01", prec=Y),
        C("Niger", "incident", "NE", date="2022-01-01", prec=Y),
    ],
    "601_zamora_chinchipe_settler_mine_tundayme_el_pangui_condor_clearance.txt": [
        # Dateline.
        S("Zamora", "mention", 3649959),
        # Title (the settler); also in the list of provinces cleared since 2001.
        A1(
            "Zamora Chinchipe",
            "incident",
            (-4.10, -78.80),
            "EC",
            date="2024-11-03",
            prec=D,
            injured=1,
        ),
        S(
            "Tundayme",
            "incident",
            (-3.58, -78.45),
            country_code="EC",
            date="2024-11-03",
            prec=D,
            injured=1,
        ),
        A2(
            "El Pangui canton",
            "incident",
            3658186,
            "EC",
            date="2024-11-03",
            prec=D,
            injured=1,
        ),
        C("Peru", "mention", "PE"),
        S("Loja", "mention", 3654667),
        F(
            "Cordillera del Cóndor",
            "clearance",
            (-3.90, -78.40),
            "EC",
            tolerance_km=LINEAR,
            date="2024-10-28",
            prec=D,
        ),
        S("Gualaquiza", "incident", 3657661, date="2021-08-01", prec=M, injured=1),
        A1(
            "Morona Santiago",
            "clearance",
            (-2.60, -78.10),
            "EC",
            date="2001-01-01",
            prec=Y,
            mines=12000,
        ),
        # Treaty deadline.
        C("Ecuador", "mention", "EC"),
        A1(
            "Amazonas",
            "clearance",
            (-5.20, -78.10),
            "PE",
            tolerance_km=LARGE,
            date="2024-01-01",
            prec=Y,
            mines=84,
        ),
        A2(
            "El Cenepa",
            "clearance",
            (-4.45, -78.15),
            "PE",
            date="2024-01-01",
            prec=Y,
            mines=84,
        ),
    ],
}
