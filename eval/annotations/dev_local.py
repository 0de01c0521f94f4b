"""More development articles (eval/dev), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
116-127: short local-news briefs and police, army and civil-protection bulletins
(several items per article, each with its own place, date and count; lists of
villages; "X village, Y district, Z province" chains; call-outs and warnings).
Choices where the rules are silent:
- A hromada, commune or municipality named with its generic word is one entry
  of the kind of its level (a commune is small, so it is a settlement entry under
  its bare name); a bare district or province name that the article never
  separates from its seat ("Kamrieng" in the title, "Kamrieng district" in the
  body) is one entry under the first written form.
- A total for several villages ("64 items in the villages of A, B and C") goes
  whole to each of them, as the rules give a sentence's facts to every place in it.
- "Over the weekend" is a range: its first day (Saturday).
- A place where a victim is taken to hospital, a call-out to residents of a town,
  risk-education sessions and a country's completion target are `mention`.
- An animal killed by a mine is an incident without counts.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "116_kherson_police_vysokopillia_tractor.txt": [
        S("Vysokopillia", "incident", 688689, date="2024-05-15", prec=D, injured=1),
        A2(
            "Beryslav district",
            "incident",
            (47.15, 33.45),
            "UA",
            date="2024-05-15",
            prec=D,
            injured=1,
        ),
        # 64 items destroyed in three villages on Tuesday: the total goes to each.
        S("Novovorontsovka", "clearance", 699034, date="2024-05-14", prec=D, mines=64),
        S("Kochubeivka", "clearance", 705505, date="2024-05-14", prec=D, mines=64),
        S("Arkhanhelske", "clearance", 713208, date="2024-05-14", prec=D, mines=64),
        # A resident reported (found) a mortar round: a find is minefield.
        A2(
            "Bilozerka hromada",
            "minefield",
            712508,
            "UA",
            date="2024-05-13",
            prec=D,
            mines=1,
        ),
        # Only in the warning to residents; Dnipro the river, not the city.
        F("Dnipro", "mention", (46.78, 33.10), "UA", tolerance_km=LINEAR),
        A1(
            "Kherson Oblast",
            "incident",
            (46.75, 33.35),
            "UA",
            date="2024-01-01",
            prec=Y,
            killed=11,
            injured=27,
        ),
    ],
    "117_snihurivka_deminers_komyshuvakha_farmer.txt": [
        S("Snihurivka", "incident", 693379, date="2023-09-04", prec=D, injured=2),
        A2(
            "Bashtanka district",
            "incident",
            (47.25, 32.55),
            "UA",
            date="2023-09-04",
            prec=D,
            injured=2,
        ),
        A1(
            "Mykolaiv region",
            "incident",
            (47.30, 32.00),
            "UA",
            date="2023-09-04",
            prec=D,
            injured=2,
        ),
        # The city of the hospital, separated from the region by its generic word.
        S("Mykolaiv", "mention", 700569),
        # "Over the weekend": Saturday; 212 shells + 9 anti-tank mines.
        S("Kyselivka", "clearance", 705782, date="2023-09-02", prec=D, mines=221),
        S("Pervomaiske", "clearance", 12156558, date="2023-09-02", prec=D, mines=221),
        A1(
            "Zaporizhzhia region",
            "incident",
            (47.50, 35.80),
            "UA",
            date="2023-09-03",
            prec=D,
            killed=1,
            injured=1,
        ),
        S(
            "Komyshuvakha",
            "incident",
            706941,
            date="2023-09-03",
            prec=D,
            killed=1,
            injured=1,
        ),
        A2(
            "Zaporizhzhia district",
            "incident",
            (47.80, 35.30),
            "UA",
            date="2023-09-03",
            prec=D,
            killed=1,
            injured=1,
        ),
    ],
    "118_ses_izium_chernihiv_week.txt": [
        # 1,140 items in both oblasts "between 13 and 19 April": first day.
        A1(
            "Kharkiv Oblast",
            "clearance",
            (49.50, 36.50),
            "UA",
            date="2023-04-13",
            prec=D,
            mines=1140,
        ),
        # Also cleared there, but "still mined" along the Russian border wins.
        A1(
            "Chernihiv Oblast",
            "minefield",
            (51.30, 32.00),
            "UA",
            variants=["Chernihiv region"],
        ),
        # "Most of the work was done in Izium district": no date, no count.
        A2("Izium district", "clearance", (49.20, 37.30), "UA"),
        S("Oskil", "clearance", 710514, date="2023-04-17", prec=D),
        S("Studenok", "clearance", 692352, date="2023-04-17", prec=D),
        S("Kunie", "clearance", 703676, date="2023-04-17", prec=D),
        S("Balakliia", "incident", 712926, date="2023-04-19", prec=D, injured=1),
        A2(
            "Borova hromada",
            "minefield",
            711623,
            "UA",
            date="2023-04-18",
            prec=D,
            mines=1,
        ),
        S("Ripky", "clearance", 695653, date="2023-04-14", prec=D, mines=37),
        S("Horodnia", "clearance", 708320, date="2023-04-15", prec=D, mines=1),
        # "a former Russian position" is an adjective; the border is a mention.
        C("Russia", "mention", "RU"),
    ],
    "119_anama_week_guzanli_resident.txt": [
        # Per-district figures, each summed for its district; "from 10 to 16 June".
        A2("Tartar", "clearance", 584871, "AZ", date="2024-06-10", prec=D, mines=17),
        # The bare "Aghdam" of the list is the district named again with its
        # generic word in the Guzanli sentence: one entry, the incident wins.
        A2("Aghdam", "incident", 148619, "AZ", date="2024-06-14", prec=D, injured=1),
        A2("Fuzuli", "clearance", 148106, "AZ", date="2024-06-10", prec=D, mines=173),
        A2("Khojavend", "clearance", 146969, "AZ", date="2024-06-10", prec=D, mines=62),
        S("Guzanli", "incident", 585736, date="2024-06-14", prec=D, injured=1),
        # A new suspected hazardous area after mines were found: no date stated.
        S("Talysh", "minefield", (40.17, 46.66), country_code="AZ"),
        # Risk-education sessions only.
        S("Horadiz", "mention", 148003),
        # "Azerbaijan National Agency for Mine Action" is the agency's name; the
        # running total "since November 2020" is not split.
        C("Azerbaijan", "incident", "AZ", date="2020-11-01", prec=M),
    ],
    "120_kamrieng_tank_mine_banteay_meanchey_release.txt": [
        S(
            "Ta Krei",
            "incident",
            (13.13, 102.45),
            country_code="KH",
            date="2023-02-06",
            prec=D,
            killed=2,
        ),
        # "Kamrieng" (title) and "Kamrieng district" are never separated.
        A2("Kamrieng", "incident", 11320731, "KH", date="2023-02-06", prec=D, killed=2),
        A1(
            "Battambang province",
            "incident",
            (13.00, 103.00),
            "KH",
            date="2023-02-06",
            prec=D,
            killed=2,
        ),
        C("Thailand", "mention", "TH"),
        # 37 AP + 4 AT removed "earlier this month"; handed back is clearance.
        A2(
            "Malai",
            "clearance",
            (13.52, 102.43),
            "KH",
            date="2023-02-01",
            prec=M,
            mines=41,
        ),
        A2(
            "Ou Chrov", "clearance", 11338555, "KH", date="2023-02-01", prec=M, mines=41
        ),
        A1(
            "Banteay Meanchey",
            "clearance",
            (13.75, 102.95),
            "KH",
            date="2023-02-01",
            prec=M,
            mines=41,
        ),
        # A cow killed: an incident without counts.
        A1(
            "Preah Vihear province",
            "incident",
            (13.85, 105.00),
            "KH",
            date="2023-02-04",
            prec=D,
        ),
        A2(
            "Choam Ksant district",
            "incident",
            (14.15, 105.00),
            "KH",
            date="2023-02-04",
            prec=D,
        ),
        # "Cambodian Mine Action Centre" does not count; 42 casualties not split.
        C("Cambodia", "incident", "KH", date="2022-01-01", prec=Y),
        # The authority's seat.
        S("Phnom Penh", "mention", 1821306),
    ],
    "121_gio_linh_boy_bomblet_quang_binh.txt": [
        # "Quang Tri:" (title), "Quang Tri province", "in Quang Tri": one entry.
        A1(
            "Quang Tri",
            "incident",
            (16.75, 107.00),
            "VN",
            date="2023-07-09",
            prec=D,
            injured=1,
        ),
        S(
            "Gio An",
            "incident",
            (16.88, 107.03),
            country_code="VN",
            date="2023-07-09",
            prec=D,
            injured=1,
        ),
        A2(
            "Gio Linh district",
            "incident",
            1581673,
            "VN",
            date="2023-07-09",
            prec=D,
            injured=1,
        ),
        # The hospital that treats the boy.
        S("Dong Ha", "mention", 1582926),
        A2(
            "Hai Lang district",
            "minefield",
            1581317,
            "VN",
            date="2023-07-06",
            prec=D,
            mines=1,
        ),
        A1(
            "Quang Binh province",
            "clearance",
            (17.50, 106.30),
            "VN",
            date="2023-06-01",
            prec=M,
        ),
        A2("Bo Trach district", "clearance", 1587406, "VN", date="2023-06-01", prec=M),
        # "still contaminated"; "the war" names no place.
        C("Vietnam", "minefield", "VN"),
    ],
    "122_xieng_khouang_farmer_savannakhet_release.txt": [
        A1(
            "Xieng Khouang",
            "incident",
            (19.40, 103.30),
            "LA",
            date="2024-03-16",
            prec=D,
            killed=1,
            injured=1,
        ),
        A2(
            "Kham district",
            "incident",
            (19.62, 103.60),
            "LA",
            date="2024-03-16",
            prec=D,
            killed=1,
            injured=1,
        ),
        A1(
            "Savannakhet",
            "clearance",
            (16.50, 105.50),
            "LA",
            date="2024-02-01",
            prec=M,
            mines=1310,
            tolerance_km=LARGE,
        ),
        A2(
            "Vilabouly",
            "clearance",
            (16.98, 105.93),
            "LA",
            date="2024-02-01",
            prec=M,
            mines=1310,
        ),
        A2("Phin", "clearance", 1655126, "LA", date="2024-02-01", prec=M, mines=1310),
        A2(
            "Pek district",
            "minefield",
            (19.45, 103.20),
            "LA",
            date="2024-03-18",
            prec=D,
            mines=1,
        ),
        S("Phonsavan", "minefield", 1655123, date="2024-03-18", prec=D, mines=1),
        # Only as a border in the clearance sentence.
        C("Vietnam", "mention", "VN"),
        # 52 killed or injured last year: not split.
        C("Laos", "incident", "LA", date="2023-01-01", prec=Y),
        # The authority's seat.
        S("Vientiane", "mention", 1651944),
    ],
    "123_memici_mine_vozuca_clearance_sjenica.txt": [
        A1(
            "Tuzla Canton",
            "minefield",
            (44.55, 18.75),
            "BA",
            date="2023-10-22",
            prec=D,
            mines=1,
        ),
        S(
            "Memići",
            "minefield",
            (44.40, 18.96),
            country_code="BA",
            date="2023-10-22",
            prec=D,
            mines=1,
        ),
        A2("Kalesija", "minefield", 3198459, "BA", date="2023-10-22", prec=D, mines=1),
        A1(
            "Zenica-Doboj Canton",
            "clearance",
            (44.35, 18.00),
            "BA",
            date="2023-10-01",
            prec=M,
            mines=11,
        ),
        S("Vozuća", "clearance", 3187393, date="2023-10-01", prec=M, mines=11),
        S("Zavidovići", "clearance", 3186717, date="2023-10-01", prec=M, mines=11),
        # A dog killed: incident without counts.
        A1(
            "Una-Sana Canton",
            "incident",
            (44.80, 16.10),
            "BA",
            date="2023-10-21",
            prec=D,
        ),
        S("Bosanska Krupa", "incident", 3203653, date="2023-10-21", prec=D),
        C("Bosnia and Herzegovina", "minefield", "BA"),
        C("Serbia", "minefield", "RS"),
        S("Sjenica", "minefield", 3190776),
    ],
    "124_safwan_shepherd_anbar_roadside_bombs.txt": [
        S("Safwan", "incident", 91772, date="2024-01-27", prec=D, killed=1, injured=1),
        A2(
            "Zubair district",
            "incident",
            98245,
            "IQ",
            date="2024-01-27",
            prec=D,
            killed=1,
            injured=1,
        ),
        A1(
            "Basra province",
            "incident",
            (30.40, 47.60),
            "IQ",
            date="2024-01-27",
            prec=D,
            killed=1,
            injured=1,
        ),
        A2(
            "Fao district",
            "clearance",
            99446,
            "IQ",
            date="2024-01-25",
            prec=D,
            mines=27,
        ),
        # Only as a border in the incident sentence.
        C("Kuwait", "mention", "KW"),
        # Two bombs defused on the road between Heet and Haditha.
        A1(
            "Anbar",
            "clearance",
            (33.00, 42.00),
            "IQ",
            date="2024-01-28",
            prec=D,
            mines=2,
            tolerance_km=LARGE,
        ),
        S("Heet", "clearance", 95788, date="2024-01-28", prec=D, mines=2),
        S("Haditha", "clearance", 96309, date="2024-01-28", prec=D, mines=2),
        # "found the same day ... and destroyed": found is minefield.
        S("Rutba", "minefield", 98677, date="2024-01-28", prec=D, mines=1),
        # A call-out to residents.
        S("Fallujah", "mention", 99454),
        C("Iraq", "minefield", "IQ"),
    ],
    "125_nawa_children_hama_bomblets_kfar_kila.txt": [
        S("Nawa", "incident", 166365, date="2024-04-05", prec=D, killed=3, injured=1),
        # "the western Daraa countryside": the governorate.
        A1(
            "Daraa",
            "incident",
            (32.75, 36.20),
            "SY",
            date="2024-04-05",
            prec=D,
            killed=3,
            injured=1,
        ),
        C("Jordan", "mention", "JO"),
        # "Hama" (title), "Hama province", "northern Hama": one entry; the
        # farmer's injury near Morek outranks the bomblet clearance.
        A1(
            "Hama",
            "incident",
            (35.20, 36.90),
            "SY",
            date="2024-04-04",
            prec=D,
            injured=1,
        ),
        S("Kafr Zita", "clearance", 168620, date="2024-04-07", prec=D, mines=14),
        S("Halfaya", "clearance", 170044, date="2024-04-07", prec=D, mines=14),
        S("Morek", "incident", 166640, date="2024-04-04", prec=D, injured=1),
        C("Lebanon", "minefield", "LB", date="2024-04-06", prec=D, mines=1),
        S("Kfar Kila", "minefield", 272849, date="2024-04-06", prec=D, mines=1),
        A2(
            "Marjayoun district",
            "minefield",
            271226,
            "LB",
            date="2024-04-06",
            prec=D,
            mines=1,
        ),
        # "more casualties than any other country in 2022": incident, no counts.
        C("Syria", "incident", "SY", date="2022-01-01", prec=Y),
    ],
    "126_anori_soldier_argelia_mesetas_release.txt": [
        S("Anorí", "incident", 3689838, date="2023-08-12", prec=D, injured=1),
        A1(
            "Antioquia",
            "incident",
            (6.90, -75.50),
            "CO",
            date="2023-08-12",
            prec=D,
            injured=1,
            tolerance_km=LARGE,
        ),
        # Where the soldier was flown for treatment.
        S("Medellín", "mention", 3674962),
        A1(
            "Cauca",
            "incident",
            (2.50, -76.80),
            "CO",
            date="2023-08-10",
            prec=D,
            injured=2,
            tolerance_km=LARGE,
        ),
        S("Argelia", "incident", 3689615, date="2023-08-10", prec=D, injured=2),
        A1(
            "Meta department",
            "clearance",
            (3.50, -73.00),
            "CO",
            date="2023-08-01",
            prec=M,
            tolerance_km=LARGE,
        ),
        S("Mesetas", "clearance", 3763578, date="2023-08-01", prec=M),
        S("Uribe", "clearance", 3666413, date="2023-08-01", prec=M),
        # "62 people have been victims": not split.
        C("Colombia", "incident", "CO", date="2023-01-01", prec=Y),
    ],
    "127_puthukudiyiruppu_deminer_kilinochchi_paddy.txt": [
        S(
            "Puthukudiyiruppu",
            "incident",
            (9.32, 80.71),
            country_code="LK",
            date="2023-02-28",
            prec=D,
            injured=1,
        ),
        A2(
            "Mullaitivu district",
            "incident",
            (9.15, 80.60),
            "LK",
            date="2023-02-28",
            prec=D,
            injured=1,
        ),
        # The town of the hospital, separated from the district by its generic word.
        S("Mullaitivu", "mention", 1234393),
        # Only "Kilinochchi district" is written: the district.
        A2(
            "Kilinochchi district",
            "clearance",
            (9.40, 80.40),
            "LK",
            date="2023-02-01",
            prec=M,
            mines=640,
        ),
        S(
            "Muhamalai",
            "clearance",
            (9.63, 80.32),
            country_code="LK",
            date="2023-02-01",
            prec=M,
            mines=640,
        ),
        S(
            "Iyakkachchi",
            "clearance",
            (9.58, 80.37),
            country_code="LK",
            date="2023-02-01",
            prec=M,
            mines=640,
        ),
        S(
            "Pallai",
            "clearance",
            (9.60, 80.33),
            country_code="LK",
            date="2023-02-01",
            prec=M,
            mines=640,
        ),
        S(
            "Oddusuddan",
            "minefield",
            (9.15, 80.63),
            country_code="LK",
            date="2023-02-27",
            prec=D,
            mines=3,
        ),
        # Only its completion target; the remaining area is in the province.
        C("Sri Lanka", "mention", "LK"),
        A1("Northern Province", "minefield", (9.20, 80.40), "LK"),
    ],
}
