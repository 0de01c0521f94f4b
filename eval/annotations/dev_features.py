"""More development articles (eval/dev), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
104-115: long-form features and interviews (a reporter with a clearance team or a
survivor's family): scene-setting with many villages, rivers and mountains, history
paragraphs, family stories dated by season ("in the spring of 2019": year), country
statistics, donors and meetings in passing. Choices where the rules are silent:
- A place only on the reporter's way ("leaves Horadiz", "the road from Izium",
  "40 minutes' drive from X") or describing where another named place lies
  ("on the eastern edge of Izium", "on the far side of the Bosna river") is a
  `mention`.
- A family story told in a sentence that does not name the place gives that place
  nothing; a place named in the blast's sentence takes its facts.
- Warning signs alone do not make a minefield; "the mined mountains above X",
  "minefields lie in X" and "still listed as contaminated" do.
- Animals lost to mines "between X and the border" make X an incident without a
  count, dated by its "since".
- The European Union as a donor is an organisation, not a place (as in 010/020).
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "104_fuzuli_kurdmahmudlu_deminers.txt": [
        # Title and "on the road to Jabrayil ... a school": no event there.
        S("Jabrayil", "mention", 148141),
        # Dateline; "In Fuzuli district alone ... suspected hazardous area".
        A2("FUZULI DISTRICT", "minefield", 148106, "AZ"),
        # Dateline country; "killed or injured more than 370 people in Azerbaijan
        # since the end of the 2020 war": not split, dated by its "since".
        C("Azerbaijan", "incident", "AZ", date="2020-01-01", prec=Y),
        # Where the minibus leaves from; "pushed east towards Horadiz" in 1993.
        S("Horadiz", "mention", 148003),
        F("Aras", "mention", (39.40, 47.20), "AZ", tolerance_km=LINEAR),
        # 312 anti-personnel + 27 anti-tank lifted "since early March".
        S(
            "Kurdmahmudlu",
            "clearance",
            (39.63, 47.08),
            country_code="AZ",
            date="2024-03-01",
            prec=M,
            mines=339,
        ),
        S("Beylagan", "mention", 148354),
        # The husband lost a foot "in the spring of 2022": a season states the year.
        S(
            "Ahmadbeyli",
            "incident",
            (39.50, 47.28),
            country_code="AZ",
            date="2022-01-01",
            prec=Y,
            injured=1,
        ),
        S("Aghdam", "minefield", 148619),
        R("Karabakh", "minefield", (39.85, 46.75), "AZ"),
        # "along the former border with Armenia": a border only.
        C("Armenia", "mention", "AM"),
        C("Iran", "mention", "IR"),
        S("Baku", "conference", 587084, date="2023-06-01", prec=M),
        C("Japan", "mention", "JP"),
    ],
    "105_kamianka_izium_fields.txt": [
        # Title "a village near Izium", "the road from Izium", "on the eastern
        # edge of Izium": references only.
        S("Izium", "mention", 707292),
        # The Izium-area village, not the cities500 namesakes far west.
        S(
            "KAMIANKA",
            "incident",
            (49.26, 37.17),
            country_code="UA",
            date="2022-07-01",
            prec=M,
            killed=1,
        ),
        C("Ukraine", "incident", "UA", date="2022-02-01", prec=M, killed=264),
        F("Siverskyi Donets", "mention", (49.20, 37.30), "UA", tolerance_km=LINEAR),
        S("Balakliia", "mention", 712926),
        S("Kupiansk", "mention", 703656),
        S("Dovhenke", "minefield", (49.03, 37.29), country_code="UA"),
        # A survey found no mines and released 140 hectares "in September".
        S(
            "Kapytolivka",
            "clearance",
            (49.19, 37.34),
            country_code="UA",
            date="2023-09-01",
            prec=M,
        ),
        A1("Kharkiv region", "minefield", (49.50, 36.50), "UA"),
        A1("Donetsk region", "minefield", (48.30, 37.80), "UA"),
        # A regional office opened there.
        S("Kharkiv", "mention", 706483),
        # Only a comparison of size.
        C("Cambodia", "mention", "KH"),
        # "Donors meeting in Zagreb last week".
        S("Zagreb", "conference", 3186886, date="2023-10-01", prec=M),
    ],
    "106_ozren_survivor_maglaj.txt": [
        # "stepped on a mine on the lower slopes of Ozren" in April 1996.
        F(
            "Ozren",
            "incident",
            (44.60, 18.20),
            "BA",
            date="1996-04-01",
            prec=M,
            injured=1,
        ),
        # Dateline; "suspected hazardous area around Maglaj".
        S("MAGLAJ", "minefield", 3195946),
        # "killed or injured more than 1,700 ... since the war ended": no date,
        # not split.
        C("Bosnia and Herzegovina", "incident", "BA"),
        S("Novi Šeher", "mention", 3194358),
        S("Tuzla", "mention", 3188582),
        S("Doboj", "mention", 3201984),
        S("Zavidovići", "mention", 3186717),
        F("Bosna", "mention", (44.55, 18.10), "BA", tolerance_km=LINEAR),
        # The village near Maglaj, not the Herzegovina town in cities500.
        S(
            "Jablanica",
            "clearance",
            (44.57, 18.12),
            country_code="BA",
            date="2022-11-01",
            prec=M,
            mines=73,
        ),
        S("Vozuća", "incident", 3187393, date="2022-10-01", prec=M, injured=1),
        S("Teslić", "incident", 3189143, date="2022-01-01", prec=Y, killed=2),
        C("Germany", "mention", "DE"),
        # Risk-education visits to schools.
        S("Tešanj", "mention", 3189146),
        S("Žepče", "mention", 3186567),
    ],
    "107_korana_slunj_last_minefields.txt": [
        # Title: "Along the Korana ... the last minefields".
        F("Korana", "minefield", (45.10, 15.60), "HR", tolerance_km=LINEAR),
        # "Since 1991, mines have killed or injured more than 2,000 people in
        # Croatia, among them 65 deminers": not split.
        C("Croatia", "incident", "HR", date="1991-01-01", prec=Y),
        S("SLUNJ", "mention", 3190523),
        # 58 anti-personnel + 2 anti-tank lifted on the slope above it since June.
        S(
            "Lađevac",
            "clearance",
            (45.07, 15.62),
            country_code="HR",
            date="2024-06-01",
            prec=M,
            mines=60,
        ),
        S("Rakovica", "mention", 3191990),
        F("Plitvice Lakes", "minefield", (44.88, 15.62), "HR"),
        # The neighbour's son lost both legs "in the spring of 2019".
        S(
            "Drežnik Grad",
            "incident",
            (44.99, 15.63),
            country_code="HR",
            date="2019-01-01",
            prec=Y,
            injured=1,
        ),
        # "about 110 square kilometres remained suspected at the start of this
        # year".
        A1("Lika-Senj", "minefield", (44.60, 15.30), "HR", date="2024-01-01", prec=Y),
        A1(
            "Karlovac county",
            "minefield",
            (45.30, 15.50),
            "HR",
            date="2024-01-01",
            prec=Y,
        ),
        S("Sisak", "minefield", 3190813, date="2024-01-01", prec=Y),
        F("Velebit", "minefield", (44.50, 15.30), "HR", tolerance_km=LINEAR),
        R("Lika", "minefield", (44.70, 15.40), "HR"),
        # "In Karlovac last week, the county hosted a meeting".
        S("Karlovac", "conference", 3345300, date="2024-09-01", prec=M),
        C("Bosnia and Herzegovina", "mention", "BA"),
        C("Serbia", "mention", "RS"),
    ],
    "108_pailin_otavao_family_field.txt": [
        # Dateline town, an end of the road the reporter drives.
        S("PAILIN", "mention", 1830205),
        S("Battambang", "mention", 1831797),
        # 23 anti-personnel mines + a mortar round destroyed; handed back last month.
        S(
            "O'Tavao",
            "clearance",
            (12.90, 102.55),
            country_code="KH",
            date="2023-11-01",
            prec=M,
            mines=24,
        ),
        C("Thailand", "mention", "TH"),
        # "in Pailin, Battambang, Banteay Meanchey and Oddar Meanchey": provinces.
        A1("Pailin province", "minefield", (12.85, 102.65), "KH"),
        A1("Battambang province", "minefield", (13.00, 103.00), "KH"),
        A2(
            "Kamrieng district",
            "incident",
            11320731,
            "KH",
            date="2023-06-01",
            prec=M,
            killed=1,
        ),
        # HALO "has been surveying villages ... since April".
        A2("Samlout", "clearance", 11336111, "KH", date="2023-04-01", prec=M),
        # "36 mine and ordnance casualties in the first ten months of this year".
        C("Cambodia", "incident", "KH", date="2023-01-01", prec=Y),
        A1("Banteay Meanchey", "minefield", (13.75, 103.00), "KH"),
        A1("Oddar Meanchey", "minefield", (14.20, 103.70), "KH"),
        S("Phnom Penh", "conference", 1821306, date="2023-10-01", prec=M),
        C("Japan", "mention", "JP"),
        C("Australia", "mention", "AU", tolerance_km=1500),
        # Hopes to be declared mine-free next year: an aim, no event.
        A2("Sala Krau", "mention", 1825200, "KH"),
    ],
    "109_muang_kham_bombies_family.txt": [
        # Title "a clearance team in Muang Kham"; "its valley is among the most
        # contaminated places": minefield. Not Muang Khamkeut (Bolikhamxai).
        S("Muang Kham", "minefield", (19.63, 103.56), country_code="LA"),
        S("PHONSAVAN", "mention", 1655123),
        # "Since 1964 more than 50,000 people have been killed or injured by it
        # in Laos".
        C("Laos", "incident", "LA", date="1964-01-01", prec=Y),
        A1("Xieng Khouang province", "minefield", (19.50, 103.30), "LA"),
        F("Plain of Jars", "mention", (19.43, 103.15), "LA"),
        C("Vietnam", "mention", "VN"),
        # 117 submunitions + 2 bombs found and destroyed "in the past three weeks".
        S(
            "Ban Nakham",
            "minefield",
            (19.62, 103.60),
            country_code="LA",
            date="2024-02-01",
            prec=M,
            mines=119,
        ),
        S(
            "Ban Sanglouang",
            "incident",
            (19.66, 103.55),
            country_code="LA",
            date="2021-01-01",
            prec=Y,
            killed=1,
            injured=1,
        ),
        A1("Savannakhet", "minefield", (16.50, 105.50), "LA"),
        A1("Houaphanh", "minefield", (20.20, 104.00), "LA"),
        # Seat of the regulatory authority; hosted the treaty meeting in November 2010.
        S("Vientiane", "conference", 1651944, date="2010-11-01", prec=M),
        C("United States", "mention", "US", tolerance_km=1500),
        S("Nong Het", "mention", (19.47, 103.98), country_code="LA"),
    ],
    "110_gio_linh_survivor_ben_hai.txt": [
        # Dateline town and "the police post in Gio Linh town".
        S("GIO LINH", "mention", 1581673),
        # "about a fifth of the country's land is still affected".
        C("Vietnam", "minefield", "VN"),
        # "That day" = 9 March 2017. Not the Trung Son of Thua Thien Hue.
        S(
            "Trung Son",
            "incident",
            (16.93, 107.04),
            country_code="VN",
            date="2017-03-09",
            prec=D,
            injured=1,
        ),
        A2("Gio Linh district", "mention", (16.93, 107.05), "VN"),
        F("Ben Hai", "mention", (17.00, 107.00), "VN", tolerance_km=LINEAR),
        S("Con Thien", "mention", (16.92, 106.98), country_code="VN"),
        S("Dong Ha", "mention", 1582926),
        A2("Vinh Linh", "mention", 1580262, "VN"),
        # "more than 8,500 ... killed or injured ... since the war ended": no date.
        A1("Quang Tri province", "incident", (16.75, 106.90), "VN"),
        # 14 bomblets + a shell found by a farmer and destroyed "last week".
        A2(
            "Cam Lo district",
            "minefield",
            1586384,
            "VN",
            date="2023-08-01",
            prec=M,
            mines=15,
        ),
        S(
            "Cua Viet",
            "minefield",
            (16.90, 107.18),
            country_code="VN",
            date="2023-06-01",
            prec=M,
        ),
        A1("Quang Binh", "minefield", (17.50, 106.30), "VN"),
        A1("Thua Thien Hue", "minefield", (16.35, 107.50), "VN"),
        C("United States", "mention", "US", tolerance_km=1500),
        # A survey and clearance project began "this spring".
        S("Khe Sanh", "clearance", 1579363, date="2023-01-01", prec=Y),
    ],
    "111_shomali_plain_front_line_survivor.txt": [
        R("Shomali plain", "clearance", (34.95, 69.15), "AF"),
        S("CHARIKAR", "mention", 1145352),
        # "killed or injured 345 people in 2022": not split.
        C("Afghanistan", "incident", "AF", date="2022-01-01", prec=Y),
        S("Kabul", "mention", 1138958),
        # The grandson killed "in the autumn of 2021"; not Qala i Naw in Badghis.
        S(
            "Qala-e-Naw",
            "incident",
            (34.88, 69.22),
            country_code="AF",
            date="2021-01-01",
            prec=Y,
            killed=1,
        ),
        # Mined "in the 1980s": a decade is no date precision.
        S("Bagram", "minefield", (34.95, 69.26), country_code="AF"),
        F("Panjshir valley", "minefield", (35.35, 69.55), "AF", tolerance_km=LINEAR),
        # "the mouth of the Panjshir valley near Jabal os Saraj": a reference.
        S("Jabal os Saraj", "mention", 1139807),
        A1(
            "Parwan province",
            "clearance",
            (35.00, 69.00),
            "AF",
            date="2022-01-01",
            prec=Y,
        ),
        # "A workshop on survey methods was held in Istalif ... in May".
        S("Istalif", "conference", 1142330, date="2023-05-01", prec=M),
        F("Salang pass", "mention", (35.32, 69.03), "AF"),
    ],
    "112_penjwen_shepherds_border_belt.txt": [
        # Title "the mined mountains above Penjwen"; eleven animals lost to mines
        # "between Penjwen and the Iranian border" since 2019: incident, no count.
        S("PENJWEN", "incident", 98012, date="2019-01-01", prec=Y),
        C("Iraq", "minefield", "IQ"),
        S("Sulaymaniyah", "mention", 98463),
        C("Iran", "mention", "IR"),
        # "Two weeks ago" from 19 March: March.
        S(
            "Nalparez",
            "incident",
            (35.60, 46.00),
            country_code="IQ",
            date="2024-03-01",
            prec=M,
            injured=1,
        ),
        F(
            "Kani Manga",
            "incident",
            (35.66, 45.98),
            "IQ",
            date="2024-02-01",
            prec=M,
            killed=1,
            injured=2,
        ),
        R("Kurdistan Region", "minefield", (36.20, 44.60), "IQ", tolerance_km=150),
        A1("Sulaymaniyah province", "minefield", (35.60, 45.50), "IQ"),
        S("Basra", "minefield", 99532),
        S("Erbil", "conference", 95446, date="2023-11-01", prec=M),
        C("Norway", "mention", "NO"),
    ],
    "113_briceno_el_orejon_return.txt": [
        S(
            "El Orejón",
            "clearance",
            (7.06, -75.62),
            country_code="CO",
            date="2015-01-01",
            prec=Y,
        ),
        # Casualty comparison "than any other department in Colombia ... since 1990".
        C("Colombia", "incident", "CO", date="1990-01-01", prec=Y),
        # "near the hamlet of Pueblo Nuevo, in the north of Briceño": the
        # municipality holds the event (one entry with the dateline town).
        S(
            "BRICEÑO",
            "incident",
            3688499,
            date="2023-10-01",
            prec=M,
            killed=1,
            injured=1,
        ),
        A1("Antioquia", "incident", (7.00, -75.50), "CO", date="1990-01-01", prec=Y),
        F("Cauca", "mention", (7.10, -75.60), "CO", tolerance_km=LINEAR),
        # "agreed at the peace talks in Havana in March of that year" (2015).
        S("Havana", "conference", 3553478, date="2015-03-01", prec=M),
        # Not the Pueblo Nuevo villages of Córdoba.
        S(
            "Pueblo Nuevo",
            "incident",
            (7.22, -75.55),
            country_code="CO",
            date="2023-10-01",
            prec=M,
            killed=1,
            injured=1,
        ),
        S("Ituango", "minefield", 3680434),
        S("Anorí", "minefield", 3689838),
        S("Valdivia", "clearance", 3666333, date="2023-09-01", prec=M),
        S("Bogotá", "mention", 3688689),
        S("Medellín", "conference", 3674962, date="2023-11-01", prec=M),
        C("Norway", "mention", "NO"),
        C("United States", "mention", "US", tolerance_km=1500),
    ],
    "114_cuito_cuanavale_tumpo_return.txt": [
        # "Since 2018 the HALO Trust ... has destroyed more than 37,000 mines around
        # Cuito Cuanavale".
        S(
            "Cuito Cuanavale",
            "clearance",
            3349149,
            date="2018-01-01",
            prec=Y,
            mines=37000,
        ),
        # "more than 88,000 mine casualties since the 1960s": no day, month or year.
        C("Angola", "incident", "AO"),
        F("Cuito river", "mention", (-15.16, 19.17), "AO", tolerance_km=LINEAR),
        # Handed back "in May".
        S(
            "Tumpo",
            "clearance",
            (-15.18, 19.25),
            country_code="AO",
            date="2024-05-01",
            prec=M,
        ),
        S("Menongue", "mention", 3347353),
        A1("Cuando Cubango", "mention", (-16.00, 19.50), "AO", tolerance_km=LARGE),
        # The mined garden was at home, not at the camp outside Kuito.
        S("Kuito", "mention", 3348078),
        A1("Bié province", "mention", (-12.40, 17.20), "AO"),
        # Still surveying "around Mavinga and along the road to Rivungo".
        S("Mavinga", "clearance", 876019),
        S("Rivungo", "clearance", 875820),
        C("Zambia", "mention", "ZM"),
        S("Dirico", "minefield", 876292, date="2024-06-01", prec=M),
        C("Namibia", "mention", "NA"),
        S("Luanda", "conference", 2240449, date="2024-04-01", prec=M),
    ],
    "115_mukumbura_cordon_sanitaire_herders.txt": [
        # Title "Zimbabwe's border minefields"; "killed more than 1,500 people in
        # Zimbabwe" since independence in 1980 (cattle are not counted).
        C("Zimbabwe", "incident", "ZW", date="1980-01-01", prec=Y, killed=1500),
        # The boy "following a goat into the scrub east of Mukumbura" in spring 2019.
        S(
            "MUKUMBURA",
            "incident",
            (-16.20, 31.70),
            country_code="ZW",
            date="2019-01-01",
            prec=Y,
            injured=1,
        ),
        S("Mount Darwin", "mention", 885800),
        F("Mukumbura river", "mention", (-16.22, 31.72), "ZW", tolerance_km=LINEAR),
        C("Mozambique", "mention", "MZ"),
        # "working east along the border from Mukumbura towards Rushinga, have
        # cleared about 40 kilometres of the belt since 2013".
        S(
            "Rushinga",
            "clearance",
            (-16.63, 32.23),
            country_code="ZW",
            date="2013-01-01",
            prec=Y,
        ),
        A1(
            "Mashonaland Central",
            "clearance",
            (-16.80, 31.30),
            "ZW",
            date="2023-03-01",
            prec=M,
        ),
        F(
            "Burma Valley",
            "clearance",
            (-19.15, 32.80),
            "ZW",
            date="2022-01-01",
            prec=Y,
        ),
        S("Mutare", "mention", 884979),
        R("Sengwe corridor", "clearance", (-22.10, 31.30), "ZW"),
        F(
            "Gonarezhou National Park",
            "mention",
            (-21.60, 31.80),
            "ZW",
            tolerance_km=60,
        ),
        # The treaty meeting that extended the deadline; no date stated.
        S("Geneva", "conference", 2660646),
        S("Harare", "mention", 890299),
        C("Japan", "mention", "JP"),
        C("United Kingdom", "mention", "GB"),
    ],
}
