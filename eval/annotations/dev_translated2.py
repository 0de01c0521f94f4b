"""More development articles (eval/dev 455-466), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: regional press in English translation (Ukrainian oblast news, Arabic-language
dailies from Iraq, Syria, Yemen and Libya, French-language Sahel and Central African
papers, Colombian, Cambodian, Vietnamese, Tajik and Bosnian local outlets): long
literal sentences, officials' titles, passive voice, local date forms ("on 14.05",
"on the night of 12 to 13 October", "since the beginning of the current month").

Annotation decisions where the rules are silent:
- "The X urban territorial community", "the municipality of X", "the territory of X",
  "the rural zone of X" with no separate mention of the town: one entry, admin2 kind,
  with the seat's GeoNames id. Communes (Vietnam, Cambodia, Burkina Faso) are admin2
  kind with the annotator's point. "Kharkiv" (hospital town) and "Kharkiv oblast",
  "Dong Ha city" and "in Dong Ha" follow the generic-word rule (two entries, one entry).
- "During the past week" / "the third week of November" / "the first two weeks of
  January" are month precision; "since the beginning of the current month" is month,
  "since the beginning of the current year" is year, "since February 2022" is month.
- "On the night of 12 to 13 October" is the first day.
- A river named as the far bank of the event ("on the other bank of the Panj river, in
  the Afghan province of Badakhshan") is a reference, so a mention; a river next to
  which mines were found ("a forest road above the Neretva", "a path near the river
  Mira") takes the minefield with its facts.
- Objects "reported" by farmers with no finding yet ("suspicious objects between the
  palm trees" of Siba) are a suspected hazard: minefield without facts.
- Two events in one paragraph were kept in separate sentences; a sentence with a
  meeting and a contamination statement (Sarajevo presents a report saying the canton
  has 78 km2 of suspected area) gives conference to the meeting place and minefield
  (undated) to the contaminated place.
- "N mines and M shells" lifted in one place are summed (48 + 130 = 178); a title figure
  smaller than the body's total ("48 mines lifted") does not override the body.
- "More than 400 killed and more than 700 injured ... since 2011" gives both counts
  with year precision; "38 victims ... in 2023" gives incident, year, no counts.
- "14 other civilians have been killed ... in the desert countryside of Hama and Deir
  ez-Zor" goes whole (killed=14) to each governorate, like a combined mine figure.
- A running programme total for a country ("has exceeded 427,000 mines and munitions
  across Yemen since mid-2018") is clearance with that count, year precision.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "455_kharkiv_husarivka_tractor_oskil_minefield_savyntsi_cow_chuhuiv.txt": [
        S("Husarivka", "incident", 707853, date="2024-05-18", prec=D, injured=1),
        # "the Balakliia urban territorial community" (and the title): one entry.
        A2("Balakliia", "incident", 712926, "UA", date="2024-05-18", prec=D, injured=1),
        # Hospital town.
        S("Kharkiv", "mention", 706483),
        # 312 objects in total ("among them" are parts), during the past week.
        A2(
            "Izium district",
            "clearance",
            707292,
            "UA",
            date="2024-05-01",
            prec=M,
            mines=312,
        ),
        S("Oskil", "minefield", 710514, date="2024-05-14", prec=D, mines=23),
        # A cow killed: incident without counts; night of 15 to 16 May.
        S("Savyntsi", "incident", 694752, date="2024-05-15", prec=D),
        S("Chuhuiv", "conference", 710374, date="2024-05-16", prec=D),
        # Attendees' district.
        A2("Kupiansk district", "mention", 703656, "UA"),
        A1(
            "Kharkiv oblast",
            "incident",
            (49.5, 36.8),
            "UA",
            date="2022-02-01",
            prec=M,
            killed=118,
            injured=344,
        ),
        C("Japan", "mention", "JP"),
        C("Germany", "mention", "DE"),
        C("Ukraine", "mention", "UA"),
    ],
    "456_basra_shalamcheh_shepherd_fao_48_mines_rumaila_survey_baghdad.txt": [
        # Dateline and "east of Basra" when Shalamcheh holds the event.
        S("Basra", "mention", 99532),
        S(
            "Shalamcheh",
            "incident",
            (30.50, 47.90),
            country_code="IQ",
            date="2024-02-10",
            prec=D,
            killed=1,
            injured=1,
        ),
        C("Iran", "mention", "IR"),
        # Title "al-Fao" and "the al-Fao district": 48 mines + 130 shells this month.
        A2("al-Fao", "clearance", 99446, "IQ", date="2024-02-01", prec=M, mines=178),
        # Suspicious objects reported by farmers; clearance only planned.
        S("Siba", "minefield", (30.34, 48.26), country_code="IQ"),
        F(
            "North Rumaila",
            "minefield",
            (30.60, 47.30),
            "IQ",
            date="2024-01-01",
            prec=M,
        ),
        A2("Zubair", "minefield", 98245, "IQ", date="2024-01-01", prec=M),
        S("Baghdad", "conference", 98182, date="2024-02-11", prec=D),
        A1("Maysan", "mention", (31.8, 47.1), "IQ"),
        A1("Muthanna", "mention", (30.3, 45.4), "IQ", tolerance_km=LARGE),
        C("Iraq", "minefield", "IQ"),
        C("Kuwait", "mention", "KW"),
    ],
    "457_syria_badia_sukhnah_truffle_hama_deir_ezzor_sarmin_gaziantep.txt": [
        R(
            "Badia",
            "incident",
            (34.6, 38.6),
            "SY",
            tolerance_km=300,
            date="2024-03-02",
            prec=D,
            killed=2,
            injured=3,
        ),
        S(
            "al-Sukhnah",
            "incident",
            172425,
            date="2024-03-02",
            prec=D,
            killed=2,
            injured=3,
        ),
        # "the eastern countryside of Homs": the governorate.
        A1(
            "Homs",
            "incident",
            (34.6, 38.0),
            "SY",
            tolerance_km=LARGE,
            date="2024-03-02",
            prec=D,
            killed=2,
            injured=3,
        ),
        # Hospital town.
        S("Palmyra", "mention", 163808),
        # 14 killed "since the beginning of February" in both governorates together.
        A1(
            "Hama", "incident", (35.2, 37.0), "SY", date="2024-02-01", prec=M, killed=14
        ),
        A1(
            "Deir ez-Zor",
            "incident",
            (35.0, 40.3),
            "SY",
            tolerance_km=LARGE,
            date="2024-02-01",
            prec=M,
            killed=14,
        ),
        # 11 bomblets + 2 rocket shells, Wednesday 28 February.
        S("Sarmin", "clearance", 164782, date="2024-02-28", prec=D, mines=13),
        # "east of Idlib": distance reference.
        S("Idlib", "mention", 169389),
        S("Gaziantep", "conference", 314830, date="2024-03-03", prec=D),
        # "more casualties ... than any other country": undated.
        C("Syria", "incident", "SY"),
    ],
    "458_yemen_hays_child_jabaliya_masam_marib_taiz_shabwa_aden_workshop.txt": [
        S(
            "al-Jabaliya",
            "incident",
            (13.95, 43.42),
            country_code="YE",
            date="2023-11-26",
            prec=D,
            killed=1,
            injured=2,
        ),
        A2(
            "Hays",
            "incident",
            74906,
            "YE",
            date="2023-11-26",
            prec=D,
            killed=1,
            injured=2,
        ),
        A1(
            "Hodeidah",
            "incident",
            (14.6, 43.1),
            "YE",
            date="2023-11-26",
            prec=D,
            killed=1,
            injured=2,
        ),
        # Field hospital town.
        S("al-Khawkhah", "mention", 79131),
        # 12 + 188 + 1,003 + 11 = 1,214, the third week of November.
        A1(
            "Marib",
            "clearance",
            (15.5, 45.6),
            "YE",
            date="2023-11-01",
            prec=M,
            mines=1214,
        ),
        A1(
            "Taiz",
            "clearance",
            (13.4, 43.9),
            "YE",
            date="2023-11-01",
            prec=M,
            mines=1214,
        ),
        A1(
            "Shabwa",
            "clearance",
            (14.6, 46.8),
            "YE",
            tolerance_km=LARGE,
            date="2023-11-01",
            prec=M,
            mines=1214,
        ),
        C("Yemen", "clearance", "YE", date="2018-01-01", prec=Y, mines=427000),
        S("Aden", "conference", 415189, date="2023-11-25", prec=D),
        # Attendees; donor.
        A1("Lahj", "mention", (13.2, 44.8), "YE"),
        C("Saudi Arabia", "mention", "SA"),
    ],
    "459_libya_qasr_bin_ghashir_youths_sirte_3450_benghazi_sabri_misrata.txt": [
        S(
            "Qasr bin Ghashir",
            "incident",
            2213618,
            date="2024-06-07",
            prec=D,
            injured=2,
        ),
        # "25 kilometres south of the capital, Tripoli": reference.
        S("Tripoli", "mention", 2210247),
        # 3,450 items + 17 anti-personnel mines during May.
        S("Sirte", "clearance", 2210554, date="2024-05-01", prec=M, mines=3467),
        S("Benghazi", "minefield", 88319, date="2024-06-05", prec=D, mines=60),
        S(
            "al-Sabri",
            "minefield",
            (32.125, 20.08),
            country_code="LY",
            date="2024-06-05",
            prec=D,
            mines=60,
        ),
        S("Misrata", "conference", 2214846, date="2024-06-09", prec=D),
        # Participants' municipalities; donor.
        A2("Bani Walid", "mention", 2218840, "LY"),
        A2("Tarhuna", "mention", 2210221, "LY"),
        C("Netherlands", "mention", "NL"),
        C(
            "Libya",
            "incident",
            "LY",
            date="2011-01-01",
            prec=Y,
            killed=400,
            injured=700,
        ),
    ],
    "460_burkina_djibo_arbinda_ied_vdp_tongomayel_bourzanga_tera_niger.txt": [
        # "On the axis linking Djibo to Arbinda": no more specific place, both hold it.
        S("Djibo", "incident", 2361177, date="2023-10-12", prec=D, killed=4, injured=3),
        S(
            "Arbinda",
            "incident",
            2363174,
            date="2023-10-12",
            prec=D,
            killed=4,
            injured=3,
        ),
        A2(
            "Soum",
            "incident",
            (14.1, -1.5),
            "BF",
            date="2023-10-12",
            prec=D,
            killed=4,
            injured=3,
        ),
        # "Two days before, on Tuesday"; animals not counted.
        A2(
            "Tongomayel",
            "incident",
            (14.05, -1.32),
            "BF",
            date="2023-10-10",
            prec=D,
            injured=1,
        ),
        # Two IEDs discovered and neutralised: found, so minefield.
        S("Bourzanga", "minefield", 2361853, date="2023-10-14", prec=D, mines=2),
        A2("Bam", "minefield", (13.4, -1.5), "BF", date="2023-10-14", prec=D, mines=2),
        A1(
            "Centre-Nord",
            "minefield",
            (13.3, -1.1),
            "BF",
            date="2023-10-14",
            prec=D,
            mines=2,
        ),
        S("Ouagadougou", "conference", 2357048, date="2023-10-12", prec=D),
        C("Niger", "incident", "NE", date="2023-10-08", prec=D, killed=6),
        S("Téra", "incident", 2438855, date="2023-10-08", prec=D, killed=6),
        A1(
            "Tillabéri",
            "incident",
            (14.2, 1.5),
            "NE",
            tolerance_km=LARGE,
            date="2023-10-08",
            prec=D,
            killed=6,
        ),
        # "close to the border with Burkina Faso".
        C("Burkina Faso", "mention", "BF"),
    ],
    "461_drc_masisi_mushaki_children_shell_beni_oicha_mavivi_bozoum_kinshasa.txt": [
        S(
            "Mushaki",
            "incident",
            (-1.58, 28.99),
            country_code="CD",
            date="2024-04-04",
            prec=D,
            killed=2,
            injured=1,
        ),
        A2(
            "Masisi",
            "incident",
            (-1.40, 28.85),
            "CD",
            date="2024-04-04",
            prec=D,
            killed=2,
            injured=1,
        ),
        A1(
            "North Kivu",
            "incident",
            (-0.9, 29.0),
            "CD",
            tolerance_km=LARGE,
            date="2024-04-04",
            prec=D,
            killed=2,
            injured=1,
        ),
        # Hospital town.
        S("Goma", "mention", 216281),
        # 23 devices destroyed last week (1-7 April).
        A2("Beni", "clearance", 219057, "CD", date="2024-04-01", prec=M, mines=23),
        S("Oicha", "clearance", 8329635, date="2024-04-01", prec=M, mines=23),
        S(
            "Mavivi",
            "clearance",
            (0.56, 29.47),
            country_code="CD",
            date="2024-04-01",
            prec=M,
            mines=23,
        ),
        # "38 victims ... in 2023": no killed/injured split.
        C("Central African Republic", "incident", "CF", date="2023-01-01", prec=Y),
        # "about thirty kilometres north of Bozoum", no more specific place.
        S("Bozoum", "incident", 2387546, date="2024-04-06", prec=D, killed=1),
        A1(
            "Ouham-Pendé",
            "incident",
            (6.6, 16.0),
            "CF",
            date="2024-04-06",
            prec=D,
            killed=1,
        ),
        C("Cameroon", "mention", "CM"),
        S("Kinshasa", "conference", 2314302, date="2024-04-05", prec=D),
    ],
    "462_narino_samaniego_youth_mine_ricaurte_san_isidro_tumaco_mira.txt": [
        S(
            "El Salado",
            "incident",
            (1.36, -77.63),
            country_code="CO",
            date="2023-08-20",
            prec=D,
            injured=1,
        ),
        A2(
            "Samaniego", "incident", 3670293, "CO", date="2023-08-20", prec=D, injured=1
        ),
        A1(
            "Nariño",
            "incident",
            (1.5, -77.8),
            "CO",
            tolerance_km=LARGE,
            date="2023-08-20",
            prec=D,
            injured=1,
        ),
        # Clinic town.
        S("Pasto", "mention", 3672778),
        # Declared free after destroying three artefacts, on Friday 18 August.
        A2("Ricaurte", "clearance", 3670816, "CO", date="2023-08-18", prec=D, mines=3),
        S(
            "San Isidro",
            "clearance",
            (1.20, -78.0),
            country_code="CO",
            date="2023-08-18",
            prec=D,
            mines=3,
        ),
        # Minefield located last week (14-20 August), to be destroyed later.
        A2("Tumaco", "minefield", 3666640, "CO", date="2023-08-01", prec=M, mines=11),
        F(
            "Mira",
            "minefield",
            (1.55, -78.65),
            "CO",
            tolerance_km=LINEAR,
            date="2023-08-01",
            prec=M,
            mines=11,
        ),
        C("Ecuador", "mention", "EC"),
        # "12,000 victims ... of whom some 2,300 died".
        C("Colombia", "incident", "CO", date="1990-01-01", prec=Y, killed=2300),
    ],
    "463_cambodia_samlot_tractor_pailin_banteay_meanchey_anlong_veng.txt": [
        S(
            "Sre Sdok",
            "incident",
            (12.70, 102.78),
            country_code="KH",
            date="2024-01-13",
            prec=D,
            killed=3,
            injured=1,
        ),
        A2(
            "Ta Taok",
            "incident",
            (12.70, 102.80),
            "KH",
            date="2024-01-13",
            prec=D,
            killed=3,
            injured=1,
        ),
        A2(
            "Samlot",
            "incident",
            11336111,
            "KH",
            date="2024-01-13",
            prec=D,
            killed=3,
            injured=1,
        ),
        A1(
            "Battambang",
            "incident",
            (13.0, 103.0),
            "KH",
            date="2024-01-13",
            prec=D,
            killed=3,
            injured=1,
        ),
        # 68 + 12 + 230 = 310 over the first two weeks of January.
        A1(
            "Pailin",
            "clearance",
            (12.85, 102.62),
            "KH",
            date="2024-01-01",
            prec=M,
            mines=310,
        ),
        A1(
            "Banteay Meanchey",
            "clearance",
            (13.75, 103.0),
            "KH",
            date="2024-01-01",
            prec=M,
            mines=310,
        ),
        C("Thailand", "mention", "TH"),
        # A cow killed: incident, no count.
        A2("Anlong Veng", "incident", 1831898, "KH", date="2024-01-10", prec=D),
        A1(
            "Oddar Meanchey", "incident", (14.2, 103.7), "KH", date="2024-01-10", prec=D
        ),
        S("Phnom Penh", "conference", 1821306, date="2024-01-12", prec=D),
        C(
            "Cambodia",
            "incident",
            "KH",
            date="2023-01-01",
            prec=Y,
            killed=12,
            injured=33,
        ),
    ],
    "464_quang_tri_cam_thanh_shell_scrap_huong_hoa_cluster_vinh_linh_dong_ha.txt": [
        A2(
            "Cam Thanh",
            "incident",
            (16.79, 106.95),
            "VN",
            date="2023-09-09",
            prec=D,
            injured=1,
        ),
        A2("Cam Lo", "incident", 1586384, "VN", date="2023-09-09", prec=D, injured=1),
        # Hospital city, then the conference of 8.9: one entry.
        S("Dong Ha", "conference", 1582926, date="2023-09-08", prec=D),
        # Three bombs found and handed over.
        A2(
            "Vinh Linh",
            "minefield",
            (17.05, 107.0),
            "VN",
            date="2023-09-06",
            prec=D,
            mines=3,
        ),
        A2(
            "Vinh Thuy",
            "minefield",
            (17.03, 107.05),
            "VN",
            date="2023-09-06",
            prec=D,
            mines=3,
        ),
        # Cluster munition area identified last week (4-10 September).
        A2("Tan Long", "minefield", (16.62, 106.66), "VN", date="2023-09-01", prec=M),
        A2("Huong Hoa", "minefield", (16.62, 106.72), "VN", date="2023-09-01", prec=M),
        C("Laos", "mention", "LA"),
        # Clearance since the beginning of the year, but the casualties since 1975 win.
        A1(
            "Quang Tri",
            "incident",
            (16.75, 107.0),
            "VN",
            date="1975-01-01",
            prec=Y,
            killed=3400,
            injured=5000,
        ),
        C("Norway", "mention", "NO"),
        C("United States", "mention", "US"),
    ],
    "465_tajikistan_darvoz_herb_collector_shamsiddin_shohin_tavildara_badakhshan.txt": [
        S(
            "Nulvand",
            "incident",
            (38.40, 70.85),
            country_code="TJ",
            date="2024-06-28",
            prec=D,
            injured=1,
        ),
        A2(
            "Darvoz",
            "incident",
            (38.45, 70.9),
            "TJ",
            date="2024-06-28",
            prec=D,
            injured=1,
        ),
        A1(
            "Gorno-Badakhshan Autonomous Oblast",
            "incident",
            (38.2, 72.5),
            "TJ",
            tolerance_km=LARGE,
            date="2024-06-28",
            prec=D,
            injured=1,
        ),
        # Hospital town (the seat of Darvoz, named apart).
        S("Kalaikhum", "mention", 1221559),
        A2(
            "Shamsiddin Shohin",
            "clearance",
            (37.95, 70.1),
            "TJ",
            date="2024-01-01",
            prec=Y,
            mines=2160,
        ),
        A1(
            "Khatlon",
            "clearance",
            (37.9, 69.0),
            "TJ",
            date="2024-01-01",
            prec=Y,
            mines=2160,
        ),
        # "the border section with Afghanistan".
        C("Afghanistan", "mention", "AF"),
        R(
            "Rasht valley",
            "minefield",
            (38.95, 70.4),
            "TJ",
            tolerance_km=LINEAR,
            date="2024-06-01",
            prec=M,
            mines=17,
        ),
        S("Tavildara", "minefield", 1220324, date="2024-06-01", prec=M, mines=17),
        # "On the other bank of the Panj river": Badakhshan holds the event.
        F("Panj", "mention", (37.8, 70.5), "TJ", tolerance_km=LINEAR),
        A1(
            "Badakhshan",
            "incident",
            (37.0, 71.0),
            "AF",
            tolerance_km=LARGE,
            date="2024-06-27",
            prec=D,
            killed=2,
        ),
        C("Tajikistan", "minefield", "TJ"),
    ],
    "466_herzegovina_crnici_asparagus_stolac_konjic_tmm1_zupci_trebinje.txt": [
        S("Crnići", "incident", 3262021, date="2023-04-22", prec=D, injured=1),
        A2("Stolac", "incident", 3189823, "BA", date="2023-04-22", prec=D, injured=1),
        # Hospital town.
        S("Mostar", "mention", 3194828),
        # Found and destroyed last week (17-23 April): one mine and two grenades.
        A2("Konjic", "minefield", 3337476, "BA", date="2023-04-01", prec=M, mines=3),
        F(
            "Neretva",
            "minefield",
            (43.6, 17.9),
            "BA",
            tolerance_km=LINEAR,
            date="2023-04-01",
            prec=M,
            mines=3,
        ),
        A2("Trebinje", "clearance", 3188893, "BA", date="2023-04-20", prec=D, mines=12),
        S(
            "Zupci",
            "clearance",
            (42.58, 18.42),
            country_code="BA",
            date="2023-04-20",
            prec=D,
            mines=12,
        ),
        S("Sarajevo", "conference", 3191281, date="2023-04-19", prec=D),
        # Suspected hazardous area stated in the report: undated contamination.
        A1("Herzegovina-Neretva Canton", "minefield", (43.4, 17.8), "BA"),
        C(
            "Bosnia and Herzegovina",
            "incident",
            "BA",
            date="1996-01-01",
            prec=Y,
            killed=627,
        ),
    ],
}
