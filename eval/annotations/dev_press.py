"""More development articles (eval/dev), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.

128-139: institutional press releases and statements (a national mine action
agency, a ministry of defence, embassies and donors, UNMAS, the ICRC, the EU,
a mine action centre's annual results): conference openings with delegation
lists, signings, handovers, an ambassador's visit, dog workshops, statements
condemning a blast, "Issued by" footers. Choices where the rules are silent:
- A place only inside an organisation's name ("Mine Action Agency of the
  Republic of Azerbaijan", "Delegation of the European Union to Bosnia and
  Herzegovina", "OSCE Mission to Moldova") is not counted; the European Union
  as a donor is an organisation, not a place.
- A handover ceremony or a training course held in a place is `conference`;
  the towns delegates tour on a field visit are `mention` unless the text
  says what happens there (a dog team's search demonstration is clearance).
- A risk-education or awareness campaign in a place is `mention`.
- "Found and destroyed" is minefield (as in dev_reports2); "finished clearing
  the minefields" and "handed back" are clearance.
- A running total dates from its "since" ("since January", "since November
  2020", "since independence in 1980"); "since the start of the invasion"
  states no date. "Two weeks earlier", "a week earlier" and "on the final day"
  are day-precision dates counted from the stated day.
- Both ends of "from the Musengezi river to the Rwenya river" and "the Sango to
  Crooks Corner minefield" take the role of the stretch.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "128_baku_conference_sugovushan_minefield.txt": [
        S("Baku", "conference", 587084, date="2024-06-03", prec=D),
        # Delegations of national mine action centres.
        C("Ukraine", "mention", "UA"),
        C("Croatia", "mention", "HR"),
        C("Bosnia and Herzegovina", "mention", "BA"),
        C("Tajikistan", "mention", "TJ"),
        C("Cambodia", "mention", "KH"),
        C("Colombia", "mention", "CO"),
        C("Jordan", "mention", "JO"),
        # "killed or injured more than 380 people in Azerbaijan since November
        # 2020": combined, not split; dated from its "since".
        C("Azerbaijan", "incident", "AZ", date="2020-11-01", prec=M),
        # 412 anti-personnel + 26 anti-tank mines found on 29 May.
        S(
            "Sugovushan",
            "minefield",
            (40.155, 46.645),
            country_code="AZ",
            date="2024-05-29",
            prec=D,
            mines=438,
        ),
        A1(
            "Tartar district",
            "minefield",
            (40.30, 46.75),
            "AZ",
            date="2024-05-29",
            prec=D,
            mines=438,
        ),
        # Field-visit destination and a regional office: no event there.
        S("Shusha", "mention", 147105),
        S("Aghdam", "mention", 148619),
    ],
    "129_kyiv_machines_handover_hrakove.txt": [
        # Dateline and the handover ceremony on Wednesday.
        S("KYIV", "conference", 703448, date="2023-10-11", prec=D),
        C("Japan", "mention", "JP"),
        # Ukrainian operators trained there: a course counts as a meeting.
        C("Cambodia", "conference", "KH"),
        A1(
            "Kharkiv region",
            "minefield",
            (49.60, 36.80),
            "UA",
            variants=["Kharkiv oblast"],
        ),
        A1("Kherson oblast", "minefield", (46.75, 33.30), "UA"),
        S(
            "Hrakove",
            "incident",
            (49.55, 36.55),
            country_code="UA",
            date="2023-10-09",
            prec=D,
            injured=1,
        ),
        A2(
            "Chuhuiv district",
            "incident",
            710374,
            "UA",
            date="2023-10-09",
            prec=D,
            injured=1,
        ),
        # "Two weeks earlier" than Monday 9 October.
        S("Snihurivka", "incident", 693379, date="2023-09-25", prec=D, killed=2),
        A1(
            "Mykolaiv oblast",
            "incident",
            (47.30, 32.00),
            "UA",
            date="2023-09-25",
            prec=D,
            killed=2,
        ),
        # "the area of Ukraine that may be contaminated".
        C("Ukraine", "minefield", "UA"),
        # Only a size comparison.
        C("Syria", "mention", "SY"),
    ],
    "130_unmas_statement_nimule_children.txt": [
        # Dateline and the hospital the injured were moved to.
        S("Juba", "mention", 373303),
        S(
            "Nimule",
            "incident",
            (3.596, 32.064),
            country_code="SS",
            date="2024-03-17",
            prec=D,
            killed=3,
            injured=2,
        ),
        A2(
            "Magwi County",
            "incident",
            (3.90, 32.30),
            "SS",
            date="2024-03-17",
            prec=D,
            killed=3,
            injured=2,
        ),
        A1(
            "Eastern Equatoria",
            "incident",
            (4.60, 33.50),
            "SS",
            tolerance_km=LARGE,
            date="2024-03-17",
            prec=D,
            killed=3,
            injured=2,
        ),
        C("Uganda", "mention", "UG"),
        A1(
            "Central Equatoria",
            "clearance",
            (4.40, 31.00),
            "SS",
            date="2024-01-01",
            prec=M,
        ),
        A1(
            "Jonglei",
            "clearance",
            (7.50, 32.00),
            "SS",
            tolerance_km=LARGE,
            date="2024-01-01",
            prec=M,
        ),
        # Both ends of the surveyed road.
        S("Torit", "clearance", 365742, date="2024-01-01", prec=M),
        S("Kapoeta", "clearance", 372884, date="2024-01-01", prec=M),
        # "Since 2004 ... more than 5,600 casualties": combined, not split.
        C("South Sudan", "incident", "SS", date="2004-01-01", prec=Y),
    ],
    "131_icrc_colombia_awareness_cauca.txt": [
        S("Bogotá", "mention", 3688689),
        # The campaign reaches them (risk education is a mention); the boy's
        # injury on 28 March is "in Cauca".
        A1(
            "Cauca",
            "incident",
            (2.50, -76.80),
            "CO",
            date="2023-03-28",
            prec=D,
            injured=1,
        ),
        A1("Nariño", "mention", (1.60, -77.80), "CO"),
        A1(
            "Norte de Santander",
            "incident",
            (8.00, -72.90),
            "CO",
            date="2023-03-21",
            prec=D,
            injured=2,
        ),
        R("Catatumbo", "mention", (8.60, -73.00), "CO"),
        # 389 victims in 2022, 56 killed and 333 injured: stated separately.
        C(
            "Colombia",
            "incident",
            "CO",
            date="2022-01-01",
            prec=Y,
            killed=56,
            injured=333,
        ),
        # The Cauca El Tambo (Nariño has a namesake).
        S("El Tambo", "incident", 3682963, date="2023-03-28", prec=D, injured=1),
        # "A week earlier" than 28 March.
        S("Tibú", "incident", 3667202, date="2023-03-21", prec=D, injured=2),
        # Declared free in February after 34 minefields were cleared (not a mine count).
        S("Sonsón", "clearance", 3667820, date="2023-02-01", prec=M),
        A1(
            "Antioquia",
            "clearance",
            (6.90, -75.50),
            "CO",
            tolerance_km=LARGE,
            date="2023-02-01",
            prec=M,
        ),
        S("Geneva", "mention", 2660646),
    ],
    "132_tajikistan_annual_results_darvoz.txt": [
        # Title: the centre's country (possessive, not the organisation's name).
        C("Tajikistan", "mention", "TJ"),
        # Dateline and the coordination meeting on Tuesday.
        S("DUSHANBE", "conference", 1221874, date="2024-01-23", prec=D),
        C("United States", "mention", "US", tolerance_km=1500),
        C("Japan", "mention", "JP"),
        C("Germany", "mention", "DE"),
        # "Most of last year's work took place along ...": no figure stated there.
        # Also the distance reference "close to the Panj" of the Shurobod blast.
        F(
            "Panj",
            "clearance",
            (38.45, 70.80),
            "TJ",
            tolerance_km=LINEAR,
            date="2023-01-01",
            prec=Y,
        ),
        C("Afghanistan", "mention", "AF"),
        A2("Darvoz", "clearance", (38.45, 70.90), "TJ", date="2023-01-01", prec=Y),
        A2("Vanj", "clearance", 1220210, "TJ", date="2023-01-01", prec=Y),
        A2("Rushon", "clearance", 1220685, "TJ", date="2023-01-01", prec=Y),
        # Also "contaminated land remain, nearly all of it in ...".
        A1("Gorno-Badakhshan", "minefield", (38.00, 72.50), "TJ", tolerance_km=LARGE),
        A2(
            "Shamsiddin Shohin district",
            "clearance",
            (37.85, 70.00),
            "TJ",
            date="2023-01-01",
            prec=Y,
        ),
        A1("Khatlon region", "minefield", (37.90, 69.00), "TJ", variants=["Khatlon"]),
        # Contamination left there; three hurt by UXO in May (2023).
        F(
            "Rasht valley",
            "incident",
            (39.00, 70.40),
            "TJ",
            tolerance_km=LINEAR,
            date="2023-05-01",
            prec=M,
            injured=3,
        ),
        S("Tavildara", "clearance", 1220324, date="2023-10-01", prec=M),
        S("Shurobod", "incident", 1220479, date="2023-08-01", prec=M, injured=1),
        A1(
            "Sughd region",
            "clearance",
            (39.90, 69.50),
            "TJ",
            tolerance_km=LARGE,
            date="2022-01-01",
            prec=Y,
        ),
        C("Uzbekistan", "mention", "UZ"),
    ],
    "133_sarajevo_eu_agreement_olovo_konjic.txt": [
        # Title, organisation names, a treaty commitment, and "killed or
        # injured more than 1,780 people" since the war (combined, no date).
        C("Bosnia and Herzegovina", "incident", "BA"),
        S("SARAJEVO", "conference", 3191281, date="2023-09-20", prec=D),
        C("Germany", "mention", "DE"),
        C("United States", "mention", "US", tolerance_km=1500),
        # Planned clearance under the programme, no date.
        S("Olovo", "clearance", 3194133),
        S("Konjic", "clearance", 3337476),
        # "north of Teslić" is a distance reference for the blast.
        S("Teslić", "clearance", 3189143),
        A1("Republika Srpska", "minefield", (44.75, 17.20), "BA", tolerance_km=LARGE),
        S(
            "Kalošević",
            "incident",
            (44.66, 17.87),
            country_code="BA",
            date="2023-07-01",
            prec=M,
            injured=1,
        ),
    ],
    "134_croatia_ambassador_licki_osik.txt": [
        # "demined forest in Lika" (title).
        R("Lika", "clearance", (44.70, 15.40), "HR"),
        C("Kingdom of Norway", "mention", "NO", variants=["Norway"]),
        # Mine suspected area remains, but "Since 1991, 210 people have been
        # killed by mines in Croatia" wins.
        C("Croatia", "incident", "HR", date="1991-01-01", prec=Y, killed=210),
        # Cleared and handed back, but 38 + 4 mines found and destroyed there
        # from March; "dozens of items" is no number.
        S(
            "Lički Osik",
            "minefield",
            3196595,
            date="2024-03-01",
            prec=M,
            mines=42,
        ),
        # "near Gospić" and its mayor.
        S("Gospić", "mention", 3199873),
        A1(
            "Lika-Senj County",
            "minefield",
            (44.70, 15.30),
            "HR",
            variants=["Lika-Senj"],
        ),
        A1("Karlovac", "minefield", (45.30, 15.40), "HR"),
        A1("Sisak-Moslavina", "minefield", (45.35, 16.50), "HR"),
        A1("Zadar", "minefield", (44.10, 15.60), "HR"),
        F("Velebit", "minefield", (44.55, 15.20), "HR", tolerance_km=LINEAR),
        S("Otočac", "incident", 3193788, date="2024-04-01", prec=M, injured=1),
    ],
    "135_amman_dog_workshop_ramtha.txt": [
        S("Amman", "conference", 250441, date="2023-11-06", prec=D),
        C("Iraq", "mention", "IQ"),
        C("Lebanon", "mention", "LB"),
        C("Yemen", "mention", "YE"),
        C("Libya", "mention", "LY"),
        C("Sudan", "mention", "SD"),
        C("Somalia", "mention", "SO"),
        # Where trainers come from and dogs were bred: not a meeting.
        C("Bosnia and Herzegovina", "mention", "BA"),
        C("Afghanistan", "mention", "AF"),
        C("Cambodia", "mention", "KH"),
        C("Jordan", "clearance", "JO", date="2012-01-01", prec=Y, mines=300000),
        F(
            "Jordan Valley",
            "clearance",
            (32.30, 35.57),
            "JO",
            tolerance_km=LINEAR,
            date="2012-01-01",
            prec=Y,
            mines=300000,
        ),
        # "last month" from 9 November.
        S("Sama as-Sirhan", "minefield", 247021, date="2023-10-01", prec=M, mines=2),
        A1(
            "Mafraq governorate",
            "minefield",
            (32.30, 36.80),
            "JO",
            tolerance_km=LARGE,
            date="2023-10-01",
            prec=M,
            mines=2,
        ),
        # Dog team's search demonstration on the final day (8 November).
        A1(
            "Irbid governorate",
            "clearance",
            (32.55, 35.85),
            "JO",
            date="2023-11-08",
            prec=D,
        ),
        S("Ramtha", "clearance", 250336, date="2023-11-08", prec=D),
        C("Syria", "mention", "SY"),
        C("Germany", "mention", "DE"),
    ],
    "136_yemen_statement_maqbanah_children.txt": [
        # Dateline city; later only risk education in its schools.
        S("ADEN", "mention", 415189),
        # Dateline country in the blast's sentence takes its facts.
        C("Yemen", "incident", "YE", date="2024-02-12", prec=D, killed=2, injured=1),
        A2(
            "Maqbanah district",
            "incident",
            407716,
            "YE",
            date="2024-02-12",
            prec=D,
            killed=2,
            injured=1,
        ),
        # "west of Taiz" is a reference; Masam clearance there; the 2023
        # casualties (combined, not split) give the role and the date.
        S("Taiz", "incident", 70225, date="2023-01-01", prec=Y),
        S("Mocha", "mention", 78751),
        F("Red Sea", "mention", (15.00, 41.50), None, tolerance_km=1000),
        S("Marib", "clearance", 72968, date="2024-02-01", prec=M, mines=1086),
        S("Hodeidah", "incident", 79415, date="2023-01-01", prec=Y),
        A1(
            "Shabwa",
            "clearance",
            (14.70, 47.00),
            "YE",
            tolerance_km=LARGE,
            date="2024-02-01",
            prec=M,
            mines=1086,
        ),
        S("al-Dhale", "incident", 80384, date="2023-01-01", prec=Y),
        # Risk education in schools only (Lahij has a namesake in Azerbaijan).
        A1("Lahj", "mention", (13.10, 44.85), "YE"),
        A1("Abyan", "mention", (13.50, 45.80), "YE", tolerance_km=LARGE),
    ],
    "137_cmac_annual_report_japan_signing.txt": [
        # Dateline and the annual review meeting on Tuesday.
        S("PHNOM PENH", "conference", 1821306, date="2024-02-20", prec=D),
        # Mines found in 2023, "more than half" of them there: no count.
        A1(
            "Banteay Meanchey",
            "minefield",
            (13.75, 103.00),
            "KH",
            date="2023-01-01",
            prec=Y,
        ),
        A1("Pailin", "minefield", (12.85, 102.60), "KH", date="2023-01-01", prec=Y),
        A1(
            "Oddar Meanchey",
            "minefield",
            (14.15, 103.50),
            "KH",
            date="2023-01-01",
            prec=Y,
        ),
        # Also one of the mined provinces; the farmer's death "near Kamrieng,
        # in Battambang" wins.
        A1(
            "Battambang",
            "incident",
            (13.00, 103.00),
            "KH",
            date="2024-02-09",
            prec=D,
            killed=1,
            injured=1,
        ),
        C("Thailand", "mention", "TH"),
        # The donor; its agency's name is not the place.
        C("Japan", "mention", "JP"),
        # "32 casualties across Cambodia in 2023, seven of them fatal".
        C(
            "Cambodia",
            "incident",
            "KH",
            date="2023-01-01",
            prec=Y,
            killed=7,
            injured=25,
        ),
        # Training centre where courses are held since 2019.
        S("Kampong Chhnang", "conference", 1831167, date="2019-01-01", prec=Y),
        C("Laos", "mention", "LA"),
        C("Colombia", "mention", "CO"),
        C("Iraq", "mention", "IQ"),
        C("Ukraine", "mention", "UA"),
        S(
            "Kamrieng",
            "incident",
            11320731,
            date="2024-02-09",
            prec=D,
            killed=1,
            injured=1,
        ),
        S("Samlout", "minefield", 11336111),
        A2("Thma Puok district", "minefield", 1823887, "KH"),
    ],
    "138_zimac_handover_mukumbura.txt": [
        # Land handed back at the ceremony of 25 August; the 4,386 mines are
        # "in the section", a sentence that names no place.
        S(
            "Mukumbura",
            "clearance",
            (-16.20, 31.70),
            country_code="ZW",
            date="2023-08-25",
            prec=D,
        ),
        C("Mozambique", "mention", "MZ"),
        A2(
            "Mount Darwin district",
            "clearance",
            (-16.45, 31.65),
            "ZW",
            date="2023-08-25",
            prec=D,
        ),
        A1(
            "Mashonaland Central province",
            "clearance",
            (-16.80, 31.30),
            "ZW",
            variants=["Mashonaland Central"],
            date="2023-08-25",
            prec=D,
        ),
        C("Japan", "mention", "JP"),
        C("Germany", "mention", "DE"),
        # Ends of the minefield laid in the late 1970s (no year stated).
        F("Musengezi", "minefield", (-16.20, 31.20), "ZW", tolerance_km=LINEAR),
        F("Rwenya", "minefield", (-16.90, 32.80), "ZW", tolerance_km=LINEAR),
        # "clearing the minefield at Burma Valley, south of Mutare in Manicaland".
        S("Burma Valley", "clearance", (-19.17, 32.80), country_code="ZW"),
        S("Mutare", "mention", 884979),
        A1("Manicaland", "clearance", (-19.00, 32.40), "ZW"),
        S("Sango", "clearance", (-22.07, 31.72), country_code="ZW"),
        S("Crooks Corner", "clearance", (-22.42, 31.30), country_code="ZW"),
        A2("Chiredzi district", "clearance", (-21.50, 31.60), "ZW"),
        A1("Masvingo province", "clearance", (-20.50, 31.00), "ZW", tolerance_km=LARGE),
        # Herdboy injured on 12 August; the two cattle are not counted.
        S(
            "Nyamapanda",
            "incident",
            (-16.95, 32.85),
            country_code="ZW",
            date="2023-08-12",
            prec=D,
            injured=1,
        ),
        A2(
            "Mudzi district",
            "incident",
            (-17.00, 32.50),
            "ZW",
            date="2023-08-12",
            prec=D,
            injured=1,
        ),
        A1(
            "Mashonaland East",
            "incident",
            (-17.80, 31.90),
            "ZW",
            date="2023-08-12",
            prec=D,
            injured=1,
        ),
        # "Since independence in 1980, landmines have killed more than 1,600 people".
        C("Zimbabwe", "incident", "ZW", date="1980-01-01", prec=Y, killed=1600),
        # The "Issued by" footer: the centre's seat.
        S("Harare", "mention", 890299),
    ],
    "139_moldova_mod_etulia_drone_warhead.txt": [
        # A drone warhead found on Monday (destroyed the next day): one item.
        S(
            "Etulia",
            "minefield",
            (45.535, 28.44),
            country_code="MD",
            date="2024-02-05",
            prec=D,
            mines=1,
        ),
        A1(
            "Gagauzia",
            "minefield",
            (46.20, 28.60),
            "MD",
            date="2024-02-05",
            prec=D,
            mines=1,
        ),
        # A distance reference, then the ports the war reached.
        F("Danube", "mention", (45.45, 28.35), None, tolerance_km=LINEAR),
        C("Ukraine", "mention", "UA"),
        # "the fourth drone warhead found in Moldova this year".
        C("Moldova", "minefield", "MD", date="2024-01-01", prec=Y, mines=4),
        A1("Odesa region", "mention", (46.50, 30.00), "UA", tolerance_km=LARGE),
        # Call-outs to destroy munitions since the summer of 2023.
        A1("Cahul", "clearance", (45.90, 28.20), "MD", date="2023-01-01", prec=Y),
        A1("Ocnița", "clearance", (48.38, 27.44), "MD", date="2023-01-01", prec=Y),
        # "villages near Giurgiulești": no closer place is named.
        S("Giurgiulești", "clearance", 618349, date="2023-01-01", prec=Y),
        S("Chișinău", "conference", 618426, date="2024-01-01", prec=M),
        C("United States", "mention", "US", tolerance_km=1500),
        F(
            "Dniester",
            "clearance",
            (47.25, 29.15),
            "MD",
            tolerance_km=LINEAR,
            date="2008-01-01",
            prec=Y,
        ),
        S("Dubăsari", "clearance", 618365, date="2008-01-01", prec=Y),
        R("Transnistria", "mention", (47.25, 29.40), "MD"),
    ],
}
