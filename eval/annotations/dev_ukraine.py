"""More development articles (eval/dev 380-391), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: Ukrainian and Russian regional sources in English: oblast administration and
State Emergency Service posts, police reports, hromada news, frontline village
stories.

Annotation decisions where the rules are silent:
- "Over the past day" in a morning post is the day before the post's Date: (day);
  "over the past two days" is a range, its first day; "over the weekend" is Saturday.
- A sentence without a date of its own gets no date even inside a dated paragraph
  ("A farmer also reported a TM-62 ..."; "Most of the submunitions were collected
  ... outside Izium").
- "a resident of Horodnia", "He came from Chornobaivka": the person's origin is a
  mention even in the incident's sentence; a hospital town is a mention.
- A road "between A and B" where a mine lay or blew up gives both ends the event.
- A hromada or district named with its generic word is its own entry beside the
  same-named town ("Horodnia" / "Horodnia hromada"); "Chernihiv, Sumy and Kyiv
  oblasts" and later "Chernihiv Oblast" are one entry under the first form.
- A place with several sentences of its winning role takes its own figure over a
  combined one ("403 items in Kyiv Oblast" over the three-oblast 1,318); a village
  given its own part of a district total keeps that part (30 of 112).
- Found and destroyed (a farmer's find blown up by police) is minefield with the
  items summed (14 shells + 1 mine = 15).
- A title label ("Velyka Oleksandrivka hromada: harvester hits TM-62 ...") belongs
  to the title's event.
- A funeral is a ceremony (conference) dated on its day; a meeting or course still
  to come gets no date; an animal killed is an incident without counts; a blast
  that hurt nobody is an incident without counts.
- "since the end of March", "since the start of the year": month of the "since".
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

_KHARKIV_OBL = (49.50, 36.50)
_KHERSON_OBL = (46.75, 33.35)
_MYKOLAIV_OBL = (47.30, 32.00)
_CHERNIHIV_OBL = (51.30, 32.00)
_SUMY_OBL = (50.90, 34.30)
_KUPIANSK_DIST = (49.70, 37.60)

ARTICLES: dict[str, list[Spec]] = {
    "380_kharkiv_ova_kurylivka_tractor_savyntsi_izium_submunitions.txt": [
        # "Over the past day, in Kharkiv Oblast, two civilians were injured".
        A1(
            "Kharkiv Oblast",
            "incident",
            _KHARKIV_OBL,
            "UA",
            date="2024-06-11",
            prec=D,
            injured=2,
        ),
        S("Kurylivka", "incident", 703610, date="2024-06-11", prec=D, injured=1),
        A2(
            "Kupiansk district",
            "incident",
            _KUPIANSK_DIST,
            "UA",
            date="2024-06-11",
            prec=D,
            injured=1,
        ),
        S("Kharkiv", "mention", 706483),
        S("Savyntsi", "incident", 694752, date="2024-06-11", prec=D, injured=1),
        # Incident (Savyntsi) wins over the SES clearance sentence.
        A2(
            "Izium district",
            "incident",
            (49.20, 37.30),
            "UA",
            date="2024-06-11",
            prec=D,
            injured=1,
        ),
        # A reported mine on the road between the two: no date in that sentence.
        S("Balakliia", "minefield", 712926, mines=1),
        S("Shevchenkove", "minefield", 694137, mines=1),
        A2("Chuhuiv", "clearance", 710374, "UA", date="2024-06-11", prec=D, mines=212),
        # The town, separate from the district; 150 submunitions, undated sentence.
        S("Izium", "clearance", 707292, mines=150),
    ],
    "381_ses_north_week_hremiach_pom2_boromlia_deminer_borodianka.txt": [
        # Only the three-oblast total names it: "Between 14 and 20 August" -> 14th.
        A1(
            "Chernihiv",
            "clearance",
            _CHERNIHIV_OBL,
            "UA",
            variants=["Chernihiv Oblast"],
            date="2023-08-14",
            prec=D,
            mines=1318,
        ),
        A1(
            "Sumy",
            "incident",
            _SUMY_OBL,
            "UA",
            variants=["Sumy Oblast"],
            date="2023-08-17",
            prec=D,
            injured=1,
        ),
        # Its own "403 items ... during the week" over the combined 1,318.
        A1(
            "Kyiv",
            "clearance",
            (50.30, 30.30),
            "UA",
            variants=["Kyiv Oblast"],
            date="2023-08-14",
            prec=D,
            mines=403,
        ),
        S("Hremiach", "minefield", 708146, date="2023-08-16", prec=D, mines=46),
        A2(
            "Novhorod-Siverskyi hromada",
            "minefield",
            699753,
            "UA",
            date="2023-08-16",
            prec=D,
            mines=46,
        ),
        S("Koriukivka", "clearance", 704839, mines=212),
        # A pyrotechnician wounded during clearance is an incident.
        S("Boromlia", "incident", 711629, date="2023-08-17", prec=D, injured=1),
        A2(
            "Trostianets hromada",
            "incident",
            691255,
            "UA",
            date="2023-08-17",
            prec=D,
            injured=1,
        ),
        S("Okhtyrka", "clearance", 713749, mines=38),
        A2(
            "Borodianka",
            "clearance",
            711635,
            "UA",
            date="2023-08-14",
            prec=D,
            mines=403,
        ),
        A2("Makariv", "clearance", 702337, "UA", date="2023-08-14", prec=D, mines=403),
        # Land returned after survey: clearance, the sentence has no date.
        S("Sedniv", "clearance", 694715),
        A2("Chernihiv district", "clearance", (51.50, 31.30), "UA"),
        # "may still be contaminated".
        C("Ukraine", "minefield", "UA"),
    ],
    "382_mykolaiv_police_kobzartsi_teen_shell_bereznehuvate_couple.txt": [
        # "two explosions ... that injured three people over the weekend".
        A1(
            "Mykolaiv Oblast",
            "incident",
            _MYKOLAIV_OBL,
            "UA",
            date="2023-05-06",
            prec=D,
            injured=3,
        ),
        A2(
            "Bashtanka district",
            "incident",
            (47.30, 32.60),
            "UA",
            date="2023-05-06",
            prec=D,
            injured=3,
        ),
        S("Kobzartsi", "incident", 699105, date="2023-05-06", prec=D, injured=1),
        # The regional children's hospital.
        S("Mykolaiv", "mention", 700569),
        # "The next day" after Saturday; the resident and his wife.
        S("Bereznehuvate", "incident", 712339, date="2023-05-07", prec=D, injured=2),
        # A farmer's find destroyed by police: 14 shells + 1 TM-62.
        S("Novopetrivka", "minefield", 699360, date="2023-05-05", prec=D, mines=15),
        A2(
            "Snihurivka hromada",
            "minefield",
            693379,
            "UA",
            date="2023-05-05",
            prec=D,
            mines=15,
        ),
        F("Inhulets River", "minefield", (47.10, 32.85), "UA", tolerance_km=LINEAR),
        # Police visits to schools (risk education).
        S("Kazanka", "mention", 706580),
        A1("Kherson Oblast", "mention", _KHERSON_OBL, "UA"),
    ],
    "383_kursk_region_tyotkino_road_mine_sudzha_sappers_rylsk_meeting.txt": [
        # "over the past two days" from Tue 13 May: the 12th.
        A1(
            "Kursk region",
            "incident",
            (51.70, 36.00),
            "RU",
            date="2025-05-12",
            prec=D,
            killed=1,
            injured=2,
        ),
        A2(
            "Glushkovo district",
            "incident",
            (51.35, 34.60),
            "RU",
            date="2025-05-12",
            prec=D,
            killed=1,
            injured=1,
        ),
        S(
            "Tyotkino",
            "incident",
            483166,
            date="2025-05-12",
            prec=D,
            killed=1,
            injured=1,
        ),
        S(
            "Glushkovo",
            "incident",
            560995,
            date="2025-05-12",
            prec=D,
            killed=1,
            injured=1,
        ),
        # The passenger's hospital.
        S("Kursk", "mention", 538560),
        S("Khomutovka", "incident", 549617, date="2025-05-12", prec=D, injured=1),
        # "since the end of March": March; "more than 3,400 explosive items".
        A2(
            "Sudzha district",
            "clearance",
            (51.20, 35.30),
            "RU",
            date="2025-03-01",
            prec=M,
            mines=3400,
        ),
        S("Sudzha", "mention", 486816),
        S("Korenevo", "mention", 544906),
        # A meeting "next week": no date.
        S("Rylsk", "conference", 695019),
    ],
    "384_belgorod_region_novaya_tavolzhanka_mine_kozinka_tractor_valuyki_funeral.txt": [
        A1(
            "Belgorod region",
            "incident",
            (50.70, 37.00),
            "RU",
            date="2024-08-03",
            prec=D,
            injured=1,
        ),
        A2(
            "Shebekino district",
            "incident",
            (50.40, 37.00),
            "RU",
            date="2024-08-04",
            prec=D,
            injured=1,
        ),
        S(
            "Novaya Tavolzhanka",
            "incident",
            519473,
            date="2024-08-04",
            prec=D,
            injured=1,
        ),
        # The tractor driver escaped unhurt: incident without counts.
        S("Kozinka", "incident", 543229, date="2024-08-03", prec=D),
        A2("Grayvoron district", "incident", 559034, "RU", date="2024-08-03", prec=D),
        # A dog killed: incident without counts.
        A2(
            "Krasnaya Yaruga district",
            "incident",
            542571,
            "RU",
            date="2024-08-04",
            prec=D,
        ),
        S("Shebekino", "clearance", 495112, date="2024-07-01", prec=M, mines=58),
        S("Belgorod", "mention", 578072),
        S("Maslova Pristan", "incident", 528741, date="2024-07-29", prec=D, killed=2),
        # Funeral on Friday 2 August.
        S("Valuyki", "conference", 477192, date="2024-08-02", prec=D),
        C("Ukraine", "mention", "UA"),
    ],
    "385_bryansk_region_suzemka_tractor_klimovo_mines_sevsk_car.txt": [
        # "two incidents ... over the weekend": no count in that sentence.
        A1(
            "Bryansk region",
            "incident",
            (53.00, 33.50),
            "RU",
            date="2024-04-20",
            prec=D,
        ),
        S("Suzemka", "incident", 485817, date="2024-04-20", prec=D, injured=1),
        S("Sevsk", "incident", 496246, date="2024-04-21", prec=D),
        # "Last week, engineer units found and destroyed 27 mines".
        A2(
            "Klimovo district",
            "minefield",
            547591,
            "RU",
            date="2024-04-01",
            prec=M,
            mines=27,
        ),
        A2("Pogar", "mention", 507875, "RU"),
        A2("Starodub", "mention", 488852, "RU"),
        S("Bryansk", "conference", 571476, date="2024-04-22", prec=D),
    ],
    "386_velyka_oleksandrivka_hromada_harvester_davydiv_brid_tiahynka_deminer.txt": [
        # The title label takes the title's event (the Monday harvester blast).
        A2(
            "Velyka Oleksandrivka hromada",
            "incident",
            690288,
            "UA",
            date="2024-07-29",
            prec=D,
            injured=1,
        ),
        # "many fields in the hromada are still mined".
        A2("Beryslav district", "minefield", (47.15, 33.45), "UA"),
        A1(
            "Kherson Oblast",
            "incident",
            _KHERSON_OBL,
            "UA",
            date="2024-01-01",
            prec=M,
            killed=12,
            injured=41,
        ),
        S("Davydiv Brid", "incident", 710237, date="2024-07-29", prec=D, injured=1),
        S("Mylove", "clearance", 700566, date="2024-07-01", prec=M, mines=64),
        S("Tiahynka", "incident", 690903, date="2024-07-23", prec=D, killed=1),
        # The deminer's home village.
        S("Chornobaivka", "mention", 710715),
        # The funeral, Friday 26 July.
        S("Kherson", "conference", 706448, date="2024-07-26", prec=D),
    ],
    "387_occupied_tokmak_boy_pom2_vasylivka_fields_mala_tokmachka.txt": [
        S("Tokmak", "incident", 691469, date="2024-03-14", prec=D, killed=1, injured=1),
        A1(
            "Zaporizhzhia region",
            "incident",
            (47.30, 35.50),
            "UA",
            date="2024-03-14",
            prec=D,
            killed=1,
            injured=1,
        ),
        # Seat of the occupation administration.
        S("Melitopol", "mention", 701404),
        S("Vasylivka", "minefield", 686729),
        F("Kakhovka Reservoir", "minefield", (47.20, 34.20), "UA", tolerance_km=LINEAR),
        S("Enerhodar", "clearance", 709276, date="2024-03-01", prec=M, mines=40),
        S("Mala Tokmachka", "incident", 702153, date="2024-03-16", prec=D, injured=1),
        A2(
            "Orikhiv hromada",
            "incident",
            698428,
            "UA",
            date="2024-03-16",
            prec=D,
            injured=1,
        ),
        S("Zaporizhzhia", "mention", 687700),
        S("Kyiv", "mention", 703448),
    ],
    "388_bohorodychne_pensioner_garden_submunitions_yarova_tractor.txt": [
        # 17 submunitions + 2 mortar rounds "In August"; the neighbour's injury
        # sentence says "the village", not the name.
        S("Bohorodychne", "clearance", 711885, date="2023-08-01", prec=M, mines=19),
        A2("Sviatohirsk hromada", "mention", (49.03, 37.55), "UA"),
        # Surveyed "since January": clearance without a count.
        A2(
            "Kramatorsk district",
            "clearance",
            (48.90, 37.60),
            "UA",
            date="2023-01-01",
            prec=M,
        ),
        S("Sloviansk", "mention", 693468),
        # Tractor on an anti-tank mine, driver unhurt.
        S("Yarova", "incident", 688417, date="2023-09-01", prec=M),
        F("Siverskyi Donets", "minefield", (49.00, 37.60), "UA", tolerance_km=LINEAR),
        S("Sviatohirsk", "mention", 692016),
        # "54 civilians killed or injured ... since the start of the year": not split.
        A1(
            "Donetsk Oblast",
            "incident",
            (48.30, 37.80),
            "UA",
            date="2023-01-01",
            prec=M,
        ),
    ],
    "389_sumy_ova_mezenivka_cyclist_drone_mine_seredyna_buda_pfm1.txt": [
        A1(
            "Sumy Oblast",
            "incident",
            _SUMY_OBL,
            "UA",
            date="2024-09-02",
            prec=D,
            injured=1,
        ),
        A2(
            "Krasnopillia hromada",
            "incident",
            704343,
            "UA",
            date="2024-09-02",
            prec=D,
            injured=1,
        ),
        S("Mezenivka", "incident", 701313, date="2024-09-02", prec=D, injured=1),
        S("Seredyna-Buda", "minefield", 694491, date="2024-09-01", prec=D, mines=40),
        A2(
            "Okhtyrka district",
            "clearance",
            (50.40, 35.00),
            "UA",
            date="2024-09-02",
            prec=D,
            mines=112,
        ),
        # Its own 30 shells of the district's 112.
        S("Velyka Pysarivka", "clearance", 690230, date="2024-09-02", prec=D, mines=30),
        A2("Shostka district", "mention", (51.80, 33.60), "UA"),
        C("Russia", "mention", "RU"),
        # A meeting "next week": no date.
        S("Sumy", "conference", 692194),
    ],
    "390_ses_january_report_novoraisk_lymany_dvorichna_deminer_merefa_course.txt": [
        A1(
            "Kherson Oblast",
            "clearance",
            _KHERSON_OBL,
            "UA",
            date="2025-01-01",
            prec=M,
            mines=1204,
        ),
        A2(
            "Novoraisk",
            "clearance",
            699309,
            "UA",
            date="2025-01-01",
            prec=M,
            mines=1204,
        ),
        A2(
            "Tiahynka", "clearance", 690903, "UA", date="2025-01-01", prec=M, mines=1204
        ),
        A1(
            "Mykolaiv Oblast",
            "clearance",
            _MYKOLAIV_OBL,
            "UA",
            date="2025-01-01",
            prec=M,
            mines=2310,
        ),
        S("Lymany", "clearance", 703055, date="2025-01-01", prec=M, mines=1640),
        # A pyrotechnician hurt during clearance.
        A1(
            "Kharkiv Oblast",
            "incident",
            _KHARKIV_OBL,
            "UA",
            date="2025-01-21",
            prec=D,
            injured=1,
        ),
        S("Dvorichna", "incident", 709399, date="2025-01-21", prec=D, injured=1),
        A2(
            "Kupiansk district",
            "incident",
            _KUPIANSK_DIST,
            "UA",
            date="2025-01-21",
            prec=D,
            injured=1,
        ),
        S("Kharkiv", "mention", 706483),
        # "Chernihiv and Sumy oblasts found 310 anti-personnel mines during January".
        A1(
            "Chernihiv",
            "minefield",
            _CHERNIHIV_OBL,
            "UA",
            date="2025-01-01",
            prec=M,
            mines=310,
        ),
        A1("Sumy", "minefield", _SUMY_OBL, "UA", date="2025-01-01", prec=M, mines=310),
        # A course that begins after the Date:: no date.
        S("Merefa", "conference", 701347),
        # The strategy's target.
        C("Ukraine", "mention", "UA"),
    ],
    "391_chernihiv_police_tupychiv_mushroom_picker_zhadove_dog_mena_deminer.txt": [
        A1(
            "Chernihiv Oblast",
            "incident",
            _CHERNIHIV_OBL,
            "UA",
            date="2023-09-30",
            prec=D,
            injured=1,
        ),
        # "a resident of Horodnia": the victim's home town.
        S("Horodnia", "mention", 708320),
        S("Tupychiv", "incident", 690997, date="2023-09-30", prec=D, injured=1),
        A2(
            "Horodnia hromada",
            "incident",
            (51.85, 31.55),
            "UA",
            date="2023-09-30",
            prec=D,
            injured=1,
        ),
        S("Chernihiv", "mention", 710735),
        # A dog killed on Thursday: incident without counts.
        S("Zhadove", "incident", 687251, date="2023-09-28", prec=D),
        A2("Semenivka hromada", "incident", 694590, "UA", date="2023-09-28", prec=D),
        S("Sosnytsia", "minefield", 693100, date="2023-09-29", prec=D, mines=26),
        S("Mena", "incident", 701372, date="2023-09-26", prec=D, killed=1),
        S("Nizhyn", "conference", 699942, date="2023-10-01", prec=D),
        C("Russia", "mention", "RU"),
        C("Belarus", "mention", "BY"),
    ],
}
