"""Blind held-out set holdout12 (12 articles); annotated without seeing the rules or any output."""  # noqa: E501

# ruff: noqa: E501

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "01_a.txt": [
        # Dateline only.
        S("Mandera", "mention", 187896),
        # Title and first sentence name the Thursday blast (14 March): 4 killed, 2 wounded.
        C("Kenya", "incident", "KE", date="2024-03-14", prec=D, killed=4, injured=2),
        S("Rhamu", "incident", (3.935, 41.22), country_code="KE", date="2024-03-14", prec=D, killed=4, injured=2),
        S("Lafey", "incident", 9406963, date="2024-03-14", prec=D, killed=4, injured=2),
        A1("Mandera county", "incident", (3.6, 41.0), "KE", date="2024-03-14", prec=D, killed=4, injured=2),
        # Where the wounded were flown; the desk sign-off.
        S("Nairobi", "mention", 184745),
        # A second device found and destroyed on Friday: a find.
        S("El Wak", "minefield", 198547, date="2024-03-15", prec=D, mines=1),
        # Fighters cross from there.
        C("Somalia", "mention", "SO"),
        A1("Gedo region", "mention", (2.8, 42.0), "SO"),
        # Running total of officers killed since January, given to each county named.
        A1("Garissa", "incident", (-0.3, 40.0), "KE", date="2024-01-01", prec=M, killed=11),
        A1("Wajir", "incident", (1.75, 40.05), "KE", date="2024-01-01", prec=M, killed=11),
        A1("Lamu", "incident", (-2.0, 40.8), "KE", date="2024-01-01", prec=M, killed=11),
        # Last month (February): three devices removed.
        F("Boni forest", "clearance", (-1.7, 41.2), "KE", date="2024-02-01", prec=M, mines=3),
    ],
    "02_b.txt": [
        # Completion of clearance; dates and counts from the next paragraph (same work): Nov 2023, 318 + 46.
        C("Chad", "clearance", "TD", date="2023-11-01", prec=M, mines=364),
        A1("Ennedi Ouest", "clearance", (18.0, 21.5), "TD", date="2023-11-01", prec=M, mines=364),
        S("Fada", "clearance", 244128, date="2023-11-01", prec=M, mines=364),
        # Two herders killed in September 2022.
        S("Ounianga Kébir", "incident", 242179, date="2022-09-01", prec=M, killed=2),
        # The war with Libya: a belligerent, not a place of mines.
        C("Libya", "mention", "LY"),
        # Release marked at a ceremony there (land is elsewhere): conference.
        S("N'Djamena", "conference", 2427123, date="2025-06-02", prec=D),
        # Donor.
        C("Netherlands", "mention", "NL"),
        # Risk education.
        S("Amdjarass", "mention", 9534257),
        # Survey of 2024 recorded suspected areas (not mines).
        A1("Borkou", "minefield", (18.0, 18.5), "TD", date="2024-01-01", prec=Y, tolerance_km=LARGE),
        A1("Tibesti", "minefield", (21.0, 17.5), "TD", date="2024-01-01", prec=Y, tolerance_km=LARGE),
        S("Faya-Largeau", "minefield", 2432678, date="2024-01-01", prec=Y),
        S("Bardaï", "minefield", 2435976, date="2024-01-01", prec=Y),
    ],
    "03_c.txt": [
        # 63 killed or injured January-June 2025: combined figure, no counts.
        C("Niger", "incident", "NE", date="2025-01-01", prec=M),
        A1("Tillabéri region", "incident", (14.5, 1.5), "NE", date="2025-01-01", prec=M, tolerance_km=LARGE),
        # Borders.
        C("Mali", "mention", "ML"),
        C("Burkina Faso", "mention", "BF"),
        # 9 July: 3 killed, 4 wounded on the road between them.
        S("Téra", "incident", 2438855, date="2025-07-09", prec=D, killed=3, injured=4),
        S("Gothèye", "incident", 2444329, date="2025-07-09", prec=D, killed=3, injured=4),
        # 23 July: a boy maimed.
        S("Ayorou", "incident", 2447416, date="2025-07-23", prec=D, injured=1),
        # 212 items destroyed April-June.
        A1("Diffa region", "clearance", (14.0, 12.5), "NE", date="2025-04-01", prec=M, mines=212, tolerance_km=LARGE),
        S("Bosso", "clearance", 2446613, date="2025-04-01", prec=M, mines=212),
        # Lakeshore as a reference point.
        F("Lake Chad", "mention", (13.3, 13.9), None, tolerance_km=LINEAR),
        # Dateline, press briefing, orthopaedic centre.
        S("Niamey", "mention", 2440485),
        # Risk education (done or planned).
        A1("Tahoua", "mention", (15.5, 5.0), "NE", tolerance_km=LARGE),
        S("Torodi", "mention", 2438409),
        S("Tillia", "mention", 2438675),
    ],
    "04_d.txt": [
        # Wednesday 11 October: shepherd injured; the title's bare name is the district.
        S("Dağlıca", "incident", 317749, date="2023-10-11", prec=D, injured=1),
        A2("Yüksekova", "incident", 296173, "TR", date="2023-10-11", prec=D, injured=1),
        # Hospital.
        S("Van", "mention", 298117),
        # "third mine accident in Hakkâri province this year".
        A1("Hakkâri province", "incident", (37.45, 44.0), "TR", date="2023-01-01", prec=Y),
        # June: two soldiers wounded.
        A2("Şemdinli district", "incident", 301209, "TR", date="2023-06-01", prec=M, injured=2),
        # August: a boy hurt.
        S("Çukurca", "incident", 317953, date="2023-08-01", prec=M, injured=1),
        # Borders; a planned survey.
        C("Iraq", "mention", "IQ"),
        C("Iran", "mention", "IR"),
        # More than 500,000 mines removed since 2016 (combined, given to each).
        A1("Kilis", "clearance", (36.8, 37.05), "TR", date="2016-01-01", prec=Y, mines=500000),
        A1("Gaziantep", "clearance", (37.1, 37.4), "TR", date="2016-01-01", prec=Y, mines=500000),
        A1("Şanlıurfa", "clearance", (37.3, 39.0), "TR", date="2016-01-01", prec=Y, mines=500000),
    ],
    "05_e.txt": [
        # Letterhead.
        S("Catbalogan City", "mention", 1717911),
        # 7 February: soldier wounded.
        A1("Northern Samar", "incident", (12.4, 124.7), "PH", date="2026-02-07", prec=D, injured=1),
        S("Las Navas", "incident", 1707179, date="2026-02-07", prec=D, injured=1),
        # Evacuation.
        S("Catarman", "mention", 1717926),
        # Four mines and a device recovered after the blast (same day): a find.
        S("Catubig", "minefield", 1717792, date="2026-02-07", prec=D, mines=5),
        # 18 January: farmer wounded.
        S("Mapanas", "incident", 1701296, date="2026-01-18", prec=D, injured=1),
        # Treaty ratification.
        C("Philippines", "mention", "PH"),
        # 23 destroyed since January; seven in the two towns (combined).
        F("Samar Island", "clearance", (12.0, 125.0), "PH", date="2026-01-01", prec=M, mines=23, tolerance_km=LINEAR),
        S("Lope de Vega", "clearance", 1705575, date="2026-01-01", prec=M, mines=7),
        S("Silvino Lobos", "clearance", 1686436, date="2026-01-01", prec=M, mines=7),
        # Appeal to residents.
        A1("Eastern Samar", "mention", (11.7, 125.4), "PH"),
    ],
    "06_f.txt": [
        # Clearance during the quarter (July 2025), 96 mines.
        C("Peru", "clearance", "PE", date="2025-07-01", prec=M, mines=96),
        F("Cenepa River", "clearance", (-4.5, -78.15), "PE", date="2025-07-01", prec=M, mines=96, tolerance_km=LINEAR),
        A2("El Cenepa district", "clearance", (-4.4, -78.2), "PE", date="2025-07-01", prec=M, mines=96),
        A2("Condorcanqui province", "clearance", (-4.3, -77.9), "PE", date="2025-07-01", prec=M, mines=96),
        # Survey in the quarter found two suspected areas.
        S("Huampami", "minefield", (-4.47, -78.17), country_code="PE", date="2025-07-01", prec=M),
        # 12 August: hunter injured.
        A2("Río Santiago district", "incident", (-4.0, -77.8), "PE", date="2025-08-12", prec=D, injured=1),
        # Health centre.
        S("Santa María de Nieva", "mention", (-4.597, -77.866), country_code="PE"),
        # Partner of the meeting.
        C("Ecuador", "mention", "EC"),
        S("Lima", "conference", 3936456, date="2025-09-23", prec=D),
        S("Bagua", "conference", 3699486, date="2025-07-01", prec=M),
        # "As of 30 September, 37 suspected hazardous areas remained".
        A1("Amazonas region", "minefield", (-5.1, -78.0), "PE", date="2025-09-30", prec=D, tolerance_km=LARGE),
        F("Cordillera del Cóndor", "minefield", (-3.9, -78.4), None, date="2025-09-30", prec=D, tolerance_km=LINEAR),
    ],
    "07_g.txt": [
        # 1998: the narrator's foot.
        S("Sidi Abdel Rahman", "incident", (30.96, 28.72), country_code="EG", date="1998-01-01", prec=Y, injured=1),
        # Contaminated land, no date.
        R("Western Desert", "minefield", (27.5, 28.0), "EG", tolerance_km=500),
        A1("Matrouh governorate", "minefield", (30.3, 27.0), "EG", tolerance_km=LARGE),
        C("Egypt", "minefield", "EG"),
        F("Qattara Depression", "minefield", (29.6, 27.1), "EG", tolerance_km=LARGE),
        # Border.
        C("Libya", "mention", "LY"),
        # Extent reference in the Matrouh sentence; 310,000 items removed 2009-2018.
        S("El Alamein", "clearance", 361612, date="2009-01-01", prec=Y, mines=310000),
        # March this year: nephew killed.
        S("El Hammam", "incident", 361219, date="2024-03-01", prec=M, killed=1),
        # Donor.
        C("Germany", "mention", "DE"),
        # August: 14 mines struck by a plough and reported.
        S("El Dabaa", "minefield", 361871, date="2024-08-01", prec=M, mines=14),
        # Survivors' association; spare parts; tourist destination.
        S("Marsa Matrouh", "mention", 352733),
        S("Cairo", "mention", 360630),
        S("Siwa", "mention", 347863),
    ],
    "08_h.txt": [
        # Workshop 15-16 May.
        S("Bishkek", "conference", 1528675, date="2023-05-15", prec=D),
        C("Kyrgyzstan", "conference", "KG", date="2023-05-15", prec=D),
        # Donor; fighting (not a mine event); border.
        C("Switzerland", "mention", "CH"),
        S("Vorukh", "mention", 1220164),
        C("Tajikistan", "mention", "TJ"),
        # 2,350 items destroyed since October 2022.
        A1("Batken region", "clearance", (39.9, 70.9), "KG", date="2022-10-01", prec=M, mines=2350),
        # 6 November 2022: two boys killed.
        S("Ak-Say", "incident", 10370337, date="2022-11-06", prec=D, killed=2),
        # Survey completed in March found rockets.
        S("Samarkandyk", "minefield", 8375152, date="2023-03-01", prec=M),
        # Orchards cleared, finished in April.
        S("Isfana", "clearance", 1222662, date="2023-04-01", prec=M),
        A2("Leilek district", "clearance", (39.9, 69.6), "KG", date="2023-04-01", prec=M),
        # Training held 12 May; course still to come (no date).
        S("Batken", "conference", 1528735, date="2023-05-12", prec=D),
        S("Osh", "conference", 1527534),
    ],
    "09_i.txt": [
        # Dateline; ambassadors' meeting still to come (30 July): conference, no date.
        S("Chișinău", "conference", 618426),
        # Attacks on ports there; border.
        C("Ukraine", "mention", "UA"),
        A1("Odesa region", "mention", (46.6, 30.1), "UA", tolerance_km=LARGE),
        # Warhead found and destroyed (27 July): a find.
        S("Giurgiulești", "minefield", 618349, date="2026-07-27", prec=D, mines=1),
        A1("Cahul district", "minefield", (45.9, 28.25), "MD", date="2026-07-27", prec=D, mines=1),
        # 25 July: resident burned and cut.
        S("Naslavcea", "incident", (48.475, 27.585), country_code="MD", date="2026-07-25", prec=D, injured=1),
        A1("Ocnița district", "incident", (48.4, 27.5), "MD", date="2026-07-25", prec=D, injured=1),
        # 1,387 items destroyed since the beginning of the year (combined).
        C("Moldova", "clearance", "MD", date="2026-01-01", prec=M, mines=1387),
        A1("Criuleni", "clearance", (47.2, 29.1), "MD", date="2026-01-01", prec=M, mines=1387),
        A1("Hîncești", "clearance", (46.8, 28.55), "MD", date="2026-01-01", prec=M, mines=1387),
        A1("Soroca", "clearance", (48.1, 28.25), "MD", date="2026-01-01", prec=M, mines=1387),
        A1("Gagauzia", "clearance", (46.2, 28.65), "MD", date="2026-01-01", prec=M, mines=1387),
        # Warning to residents along the river.
        F("Dniester", "mention", (47.3, 29.15), "MD", tolerance_km=LINEAR),
    ],
    "10_j.txt": [
        # Tuesday 21 January: a llama killed (no count).
        S("Visviri", "incident", (-17.595, -69.478), country_code="CL", date="2025-01-21", prec=D),
        A2("General Lagos", "incident", 3889021, "CL", date="2025-01-21", prec=D),
        C("Chile", "incident", "CL", date="2025-01-21", prec=D),
        # Tripoint; a migrant's origin.
        C("Peru", "mention", "PE"),
        C("Bolivia", "mention", "BO"),
        # Deminers came from there.
        S("Arica", "mention", 3899361),
        # Rains swelled streams (weather only).
        A1("Arica y Parinacota region", "mention", (-18.5, -69.7), "CL"),
        # December: a mine found on the shore.
        F("Lake Chungará", "minefield", (-18.25, -69.16), "CL", date="2024-12-01", prec=M, mines=1),
        # 2023: a man injured.
        S("Colchane", "incident", 3894309, date="2023-01-01", prec=Y, injured=1),
        A1("Tarapacá region", "incident", (-20.2, -69.4), "CL", date="2023-01-01", prec=Y, injured=1),
        # 30,000 mines removed 2004-2019.
        A2("Putre", "clearance", 3874552, "CL", date="2004-01-01", prec=Y, mines=30000),
        # The team's origin.
        S("Santiago", "mention", 3871336),
    ],
    "11_k.txt": [
        # This morning: woodcutter lost a leg.
        A2("Ghumdhum union", "incident", (21.245, 92.13), "BD", date="2024-09-06", prec=D, injured=1),
        A2("Naikhongchhari upazila", "incident", (21.42, 92.18), "BD", date="2024-09-06", prec=D, injured=1),
        A2("Bandarban", "incident", 1185270, "BD", date="2024-09-06", prec=D, injured=1),
        # His home village; yesterday 2 mines found and defused there.
        S("Tumbru", "minefield", (21.23, 92.15), country_code="BD", date="2024-09-05", prec=D, mines=2),
        # Hospitals.
        S("Cox's Bazar", "mention", 1336134),
        S("Chattogram", "mention", 1205733),
        # Since January, 9 killed or maimed (combined, no counts).
        A2("Ukhia", "incident", (21.28, 92.11), "BD", date="2024-01-01", prec=M),
        A2("Teknaf", "incident", 1185095, "BD", date="2024-01-01", prec=M),
        # Mines newly laid on that side (no date).
        C("Myanmar", "minefield", "MM"),
        A2("Maungdaw township", "minefield", (20.83, 92.37), "MM"),
        A1("Rakhine state", "minefield", (20.1, 93.4), "MM", tolerance_km=LARGE),
        # Closing post.
        C("Bangladesh", "mention", "BD"),
        S("Dhaka", "mention", 1185241),
    ],
    "12_l.txt": [
        # "In 2025 ... 21 casualties in Iran (6 killed, 15 injured)".
        C("Iran", "incident", "IR", date="2025-01-01", prec=Y, killed=6, injured=15),
        # 14 April: two men killed.
        S("Mehran", "incident", 124291, date="2025-04-14", prec=D, killed=2),
        C("Iraq", "mention", "IQ"),
        # Task completed in October 2025.
        S("Dehloran", "clearance", 136702, date="2025-10-01", prec=M),
        # March: 312 mines recovered (a find).
        S("Khorramshahr", "minefield", 127319, date="2025-03-01", prec=M, mines=312),
        # May: survey found new hazardous areas.
        S("Sardasht", "minefield", 117111, date="2025-05-01", prec=M),
        # 2 September: land handed back there.
        S("Qasr-e Shirin", "clearance", 119586, date="2025-09-02", prec=D),
        # Training centre opened in June.
        S("Marivan", "conference", 124778, date="2025-06-01", prec=M),
        # Table rows for January-December 2025: casualties give incident with the row's counts; no casualties gives clearance with the row's items.
        A1("Khuzestan", "incident", (31.4, 49.0), "IR", date="2025-01-01", prec=M, killed=1, injured=4, tolerance_km=LARGE),
        A1("Ilam", "incident", (33.0, 46.8), "IR", date="2025-01-01", prec=M, killed=2, injured=5),
        A1("Kermanshah", "incident", (34.3, 46.9), "IR", date="2025-01-01", prec=M, injured=2),
        A1("Kurdistan", "clearance", (35.6, 47.0), "IR", date="2025-01-01", prec=M, mines=6100),
        A1("West Azerbaijan", "incident", (37.5, 45.0), "IR", date="2025-01-01", prec=M, killed=3, injured=4, tolerance_km=LARGE),
        # Source line.
        S("Tehran", "mention", 112931),
    ],
}
