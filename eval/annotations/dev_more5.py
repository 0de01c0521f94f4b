"""More development articles (eval/dev 180-189), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Regional and national newspaper stories in the formal style of translated English
editions (Azerbaijan, Ukraine, Armenia, Tajikistan, Bosnia, Iraqi Kurdistan,
Vietnam, Sri Lanka): an incident, a demining report with figures, a statement at a
meeting and background, with long "village X of the Y district" chains.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "180_aghdam_sarijali_tractor_anama_weekly_figures.txt": [
        # Title "Tartar resident" (origin), then in the weekly list of districts
        # where mines were "detected and neutralized": found, so minefield.
        # 142 AP + 37 AT + 296 UXO = 475, the sentence's figure for each place.
        A2("Tartar", "minefield", 584871, "AZ", date="2024-04-08", prec=D, mines=475),
        # Title "in Aghdam district", the tractor blast; the dateline is the town.
        A2(
            "Aghdam district",
            "incident",
            (39.98, 47.00),
            "AZ",
            date="2024-04-17",
            prec=D,
            injured=1,
        ),
        S("AGHDAM", "mention", 148619),
        S(
            "Sarijali",
            "incident",
            (39.98, 47.05),
            country_code="AZ",
            date="2024-04-17",
            prec=D,
            injured=1,
        ),
        # The agency's name ("Republic of Azerbaijan") is not the place; the
        # country is the "372 people in Azerbaijan" since November 2020 (combined).
        C("Azerbaijan", "incident", "AZ", date="2020-11-01", prec=M),
        # Hospital town.
        S("Barda", "mention", 587057),
        A2("Fuzuli", "minefield", 148106, "AZ", date="2024-04-08", prec=D, mines=475),
        A2(
            "Khojavend", "minefield", 146969, "AZ", date="2024-04-08", prec=D, mines=475
        ),
        A2("Lachin", "minefield", 147625, "AZ", date="2024-04-08", prec=D, mines=475),
        # The meeting on 16 April; the casualty figure is told in the next sentence.
        S("Baku", "conference", 587084, date="2024-04-16", prec=D),
        # "still contain hundreds of thousands of mines": contamination.
        R("Karabakh", "minefield", (39.85, 46.80), "AZ"),
        R("East Zangezur", "minefield", (39.35, 46.55), "AZ"),
    ],
    "181_khojavend_tugh_deminer_mincivan_meeting.txt": [
        # Title, dateline, the deminer hurt on 5 September, and the August list.
        A2(
            "Khojavend district",
            "incident",
            146969,
            "AZ",
            date="2023-09-05",
            prec=D,
            injured=1,
        ),
        S(
            "Tugh",
            "incident",
            (39.55, 47.05),
            country_code="AZ",
            date="2023-09-05",
            prec=D,
            injured=1,
        ),
        # Origin of the deminer; hospital town.
        S("Mingachevir", "mention", 585514),
        S("Horadiz", "mention", 148003),
        # Two deminers wounded "in July"; also in the August list (incident wins).
        A2(
            "Fuzuli district",
            "incident",
            148106,
            "AZ",
            date="2023-07-01",
            prec=M,
            injured=2,
        ),
        # "From 1 to 31 August ... found" 611 + 94 + 1,032 = 1,737.
        A2(
            "Zangilan", "minefield", 146901, "AZ", date="2023-08-01", prec=D, mines=1737
        ),
        A2("Gubadli", "minefield", 147305, "AZ", date="2023-08-01", prec=D, mines=1737),
        A2(
            "Kalbajar", "minefield", 586268, "AZ", date="2023-08-01", prec=D, mines=1737
        ),
        # Meeting with residents "on Wednesday".
        S("Mincivan", "conference", 147504, date="2023-09-06", prec=D),
        # Return after a survey: no mines found or removed there.
        F("Bazarchay", "mention", (39.20, 46.60), "AZ", tolerance_km=LINEAR),
        # "since the end of the 2020 war ... killed or injured more than 330": combined.
        C("Azerbaijan", "incident", "AZ", date="2020-01-01", prec=Y),
        # Maps handed over.
        C("Armenia", "mention", "AM"),
    ],
    "182_kharkiv_husarivka_car_kurylivka_boy_kyiv_meeting.txt": [
        S("KHARKIV", "mention", 706483),
        # Two killed on Tuesday (21 November); the region also "among the most
        # affected" (incident wins).
        A2(
            "Izium district",
            "incident",
            (49.20, 37.00),
            "UA",
            date="2023-11-21",
            prec=D,
            killed=2,
        ),
        S("Husarivka", "incident", 707853, date="2023-11-21", prec=D, killed=2),
        A1(
            "Kharkiv region",
            "incident",
            (49.60, 36.60),
            "UA",
            date="2023-11-21",
            prec=D,
            killed=2,
        ),
        # Title "near Kupiansk" and "the Kupiansk district": the article never
        # separates them. "the previous day" = Monday 20 November.
        A2(
            "Kupiansk",
            "incident",
            703656,
            "UA",
            date="2023-11-20",
            prec=D,
            injured=1,
        ),
        S("Kurylivka", "incident", 703610, date="2023-11-20", prec=D, injured=1),
        # 210 mines found "last week".
        S("Balakliia", "minefield", 712926, date="2023-11-01", prec=M, mines=210),
        S("Kyiv", "conference", 703448, date="2023-11-22", prec=D),
        # Where the compensation applications came from.
        A1("Kherson", "mention", (46.75, 33.30), "UA"),
        A1("Mykolaiv regions", "mention", (47.30, 32.00), "UA"),
        # "may be contaminated".
        C("Ukraine", "minefield", "UA"),
    ],
    "183_kherson_kyselivka_couple_snihurivka_bilozerka_meeting.txt": [
        S("KHERSON", "mention", 706448),
        A2(
            "Kherson district",
            "incident",
            (46.85, 32.65),
            "UA",
            date="2024-06-11",
            prec=D,
            killed=1,
            injured=1,
        ),
        S(
            "Kyselivka",
            "incident",
            705782,
            date="2024-06-11",
            prec=D,
            killed=1,
            injured=1,
        ),
        # "found and destroyed 64 anti-tank mines ... since the beginning of May".
        A1(
            "Mykolaiv region",
            "minefield",
            (47.30, 32.00),
            "UA",
            date="2024-05-01",
            prec=M,
            mines=64,
        ),
        S("Snihurivka", "minefield", 693379, date="2024-05-01", prec=M, mines=64),
        # The meeting on Wednesday; the survey figures are in the next sentence.
        S("Bilozerka", "conference", 712508, date="2024-06-12", prec=D),
        F("Dnipro", "mention", (46.75, 33.00), "UA", tolerance_km=LINEAR),
        C("Russia", "mention", "RU"),
        # 43 killed and 112 injured since November 2022.
        A1(
            "Kherson region",
            "incident",
            (46.75, 33.30),
            "UA",
            date="2022-11-01",
            prec=M,
            killed=43,
            injured=112,
        ),
    ],
    "184_tavush_movses_firewood_yerevan_fsd_meeting.txt": [
        S("Movses", "incident", 616403, date="2023-05-22", prec=D, injured=1),
        A1(
            "Tavush",
            "incident",
            (40.95, 45.20),
            "AM",
            date="2023-05-22",
            prec=D,
            injured=1,
        ),
        # Named only as the border.
        C("Azerbaijan", "mention", "AZ"),
        # Medical centre.
        S("Berd", "mention", 616802),
        # 17 mines removed since April.
        S("Chinari", "clearance", 616780, date="2023-04-01", prec=M, mines=17),
        S(
            "Nerkin Karmiraghbyur",
            "clearance",
            616374,
            date="2023-04-01",
            prec=M,
            mines=17,
        ),
        C("Switzerland", "mention", "CH"),
        # The foundation's field office.
        S("Ijevan", "mention", 616627),
        S("Yerevan", "conference", 616052, date="2023-05-23", prec=D),
        # Farmland to be surveyed next: no mines found or removed.
        A1("Syunik", "mention", (39.45, 46.20), "AM"),
        A1("Gegharkunik provinces", "mention", (40.20, 45.30), "AM"),
        # "some 600 killed or injured ... since the 1994 ceasefire": combined.
        C("Armenia", "incident", "AM", date="1994-01-01", prec=Y),
    ],
    "185_darvoz_kalaikhum_shepherd_boys_dushanbe_meeting.txt": [
        # Dateline and the donors' meeting on Wednesday (told in its own sentence).
        S("DUSHANBE", "conference", 1221874, date="2024-08-14", prec=D),
        A2(
            "Darvoz district",
            "incident",
            (38.50, 70.90),
            "TJ",
            date="2024-08-12",
            prec=D,
            killed=1,
            injured=1,
        ),
        S(
            "Kalaikhum",
            "incident",
            1221559,
            date="2024-08-12",
            prec=D,
            killed=1,
            injured=1,
        ),
        # "Badakhshan" later is the same region (remaining hazards): incident wins.
        A1(
            "Gorno-Badakhshan Autonomous Region",
            "incident",
            (38.30, 72.80),
            "TJ",
            tolerance_km=LARGE,
            variants=["Badakhshan"],
            date="2024-08-12",
            prec=D,
            killed=1,
            injured=1,
        ),
        # "mined during the civil war of 1992-1997": a range gives its first year.
        F(
            "Panj",
            "minefield",
            (38.45, 70.80),
            None,
            tolerance_km=LINEAR,
            date="1992-01-01",
            prec=Y,
        ),
        # "In the first seven months of the year": its first month.
        R(
            "Rasht valley",
            "clearance",
            (39.05, 70.60),
            "TJ",
            date="2024-01-01",
            prec=M,
            mines=1134,
        ),
        A1(
            "Khatlon region",
            "clearance",
            (37.90, 69.00),
            "TJ",
            date="2024-01-01",
            prec=M,
            mines=1134,
        ),
        # Named only as the border.
        C("Uzbekistan", "mention", "UZ"),
        # "where mines were laid in 2000 and 2001".
        A1(
            "Sughd region",
            "minefield",
            (40.10, 69.50),
            "TJ",
            tolerance_km=LARGE,
            date="2000-01-01",
            prec=Y,
        ),
        # Farmers "still occasionally find them": undated.
        S("Isfara", "minefield", 1514896),
        C(
            "Tajikistan",
            "incident",
            "TJ",
            date="1992-01-01",
            prec=Y,
            killed=383,
            injured=511,
        ),
    ],
    "186_tesanj_jelah_mushroom_picker_maglaj_sarajevo_commission.txt": [
        # Dateline and the commission's session on Wednesday.
        S("SARAJEVO", "conference", 3191281, date="2023-10-18", prec=D),
        # Origin of the victim.
        S("Teslić", "mention", 3189143),
        S("Jelah", "incident", 3210439, date="2023-10-17", prec=D, injured=1),
        A2("Tešanj", "incident", 3189146, "BA", date="2023-10-17", prec=D, injured=1),
        # Hospital.
        S("Doboj", "mention", 3201984),
        S("Maglaj", "minefield", 3195946, date="2023-10-18", prec=D, mines=14),
        # Clearance figures, then 627 killed and 1,157 injured since 1995.
        C(
            "Bosnia and Herzegovina",
            "incident",
            "BA",
            date="1995-01-01",
            prec=Y,
            killed=627,
            injured=1157,
        ),
        C("Croatia", "mention", "HR"),
        C("Serbia", "mention", "RS"),
    ],
    "187_penjwen_shepherd_brothers_erbil_workshop.txt": [
        # Dateline; emergency hospital.
        S("SULAYMANIYAH", "mention", 98463),
        R("Kurdistan Region", "mention", (36.20, 44.50), "IQ", tolerance_km=LARGE),
        S("Penjwen", "incident", 98012, date="2024-03-17", prec=D, injured=2),
        # Border, then "the war with Iran".
        C("Iran", "mention", "IR"),
        # "cleared ... in 2023 and destroyed 2,318".
        A1(
            "Sulaymaniyah governorate",
            "clearance",
            (35.60, 45.40),
            "IQ",
            date="2023-01-01",
            prec=Y,
            mines=2318,
        ),
        A1(
            "Halabja governorate",
            "clearance",
            (35.20, 45.95),
            "IQ",
            date="2023-01-01",
            prec=Y,
            mines=2318,
        ),
        S("Erbil", "conference", 95446, date="2024-03-19", prec=D),
        # "The heaviest contamination lies ... in the districts of".
        A2("Sharbazher", "minefield", (35.75, 45.60), "IQ"),
        A2("Sidakan", "minefield", (36.80, 44.67), "IQ"),
        A2("Qaradagh", "minefield", 92436, "IQ"),
        S("Baghdad", "mention", 98182),
        # Donor.
        C("United States", "mention", "US"),
        # "one of the most contaminated countries".
        C("Iraq", "minefield", "IQ"),
    ],
    "188_gio_linh_farmer_bomblet_dong_ha_meeting.txt": [
        A2("Gio Linh", "incident", 1581673, "VN", date="2023-07-04", prec=D, killed=1),
        # Title "Quang Tri teams", then 3,430 killed and 5,100 injured since 1975.
        A1(
            "Quang Tri",
            "incident",
            (16.75, 107.00),
            "VN",
            date="1975-01-01",
            prec=Y,
            killed=3430,
            injured=5100,
        ),
        # Dateline and the meeting on Wednesday.
        S("DONG HA", "conference", 1582926, date="2023-07-05", prec=D),
        # "found and destroyed 2,460 items ... since January, including about
        # 1,100 cluster submunitions": the included figure is not added.
        A2(
            "Hai Lang",
            "minefield",
            1581317,
            "VN",
            date="2023-01-01",
            prec=M,
            mines=2460,
        ),
        A2(
            "Trieu Phong",
            "minefield",
            (16.78, 107.18),
            "VN",
            date="2023-01-01",
            prec=M,
            mines=2460,
        ),
        A2("Cam Lo", "minefield", 1586384, "VN", date="2023-01-01", prec=M, mines=2460),
        # Survey "completed this spring" found confirmed hazardous areas.
        A2("Huong Hoa", "minefield", (16.65, 106.70), "VN", date="2023-01-01", prec=Y),
        A2(
            "Dakrong districts",
            "minefield",
            (16.60, 106.90),
            "VN",
            date="2023-01-01",
            prec=Y,
        ),
        C("United States", "mention", "US"),
        C("Laos", "mention", "LA"),
    ],
    "189_muhamalai_deminers_puthukudiyiruppu_colombo_grant.txt": [
        # Title, dateline and the grant ceremony on Wednesday.
        S("Colombo", "conference", 1248991, date="2024-02-21", prec=D),
        C("Japan", "mention", "JP"),
        # Two deminers hurt during clearance on Monday.
        S(
            "Muhamalai",
            "incident",
            (9.62, 80.30),
            country_code="LK",
            date="2024-02-19",
            prec=D,
            injured=2,
        ),
        A2(
            "Kilinochchi district",
            "incident",
            1240372,
            "LK",
            date="2024-02-19",
            prec=D,
            injured=2,
        ),
        # Teaching hospital.
        S("Jaffna", "mention", 1242833),
        # 412 mines found since January.
        A2(
            "Mullaitivu district",
            "minefield",
            1234393,
            "LK",
            date="2024-01-01",
            prec=M,
            mines=412,
        ),
        S(
            "Puthukudiyiruppu",
            "minefield",
            (9.31, 80.70),
            country_code="LK",
            date="2024-01-01",
            prec=M,
            mines=412,
        ),
        # Cleared land handed over "last month".
        A2("Mannar district", "clearance", 1236150, "LK", date="2024-01-01", prec=M),
        A1("Northern Province", "minefield", (9.20, 80.40), "LK"),
        A1("Eastern Province", "minefield", (7.90, 81.50), "LK"),
        # Treaty deadline.
        C("Sri Lanka", "mention", "LK"),
    ],
}
