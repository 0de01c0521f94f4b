"""More development articles (eval/dev 350-361), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: short alerts, radio scripts, Q and A interviews, press-conference write-ups and
live-blog entries.

Annotation decisions where the rules are silent:
- A capitalised dateline (KHARKIV, NIAMEY, GOMA) is a plain mention of that place,
  separate from the province of the same name when the article names both.
- A live-blog entry that says "this morning" is dated the article's day; "since
  Saturday" is that Saturday (day); "overnight" was avoided in the texts.
- An event told over two sentences (the blast in one, "two others were wounded" in
  the next, no place named there) keeps all its counts on the places of the first.
- A Q and A answer takes its date from the question ("Where did you work last year?"
  -> the answer's places are 2023); "that summer" after "May 2014" is year 2014.
- Stated remaining contamination of a named place ("still almost 800 square
  kilometres of suspected land in Bosnia and Herzegovina", "improvised devices
  still lie in farmland" in Nineveh, "armed groups are still planting new ones" in
  Cauca and Narino, "is the Western Desert still mined?") is `minefield`, undated.
- "Since 2020" is year precision; "since the ceasefire took effect" states no date.
- A country in the possessive before a province in the event's sentence ("Niger's
  Tillaberi region", "Ukraine's Sumy region") takes the event's role and facts.
- A live-blog "report of a second blast near Sudzha", resolved two hours later as a
  controlled detonation by sappers, is not an incident: Sudzha stays clearance.
- The sentence naming Dragash (mines found last month) also names Pristina for a
  meeting still to come: each place gets the role of its own clause.
- A town named as the road's end ("the road between Korenevo and Rylsk") is where
  the event happened: both ends are incident.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "350_kharkiv_tractor_petropavlivka_alert.txt": [
        # Title and the blast sentence on Monday 14 April: 1 killed, 1 wounded.
        A1(
            "Kharkiv region",
            "incident",
            (49.60, 36.80),
            "UA",
            date="2025-04-14",
            prec=D,
            killed=1,
            injured=1,
        ),
        S("KHARKIV", "mention", 706483),
        S(
            "Petropavlivka",
            "incident",
            697421,
            date="2025-04-14",
            prec=D,
            killed=1,
            injured=1,
        ),
        A2(
            "Kupiansk district",
            "incident",
            703656,
            "UA",
            date="2025-04-14",
            prec=D,
            killed=1,
            injured=1,
        ),
        # Hospital town.
        S("Chuhuiv", "mention", 710374),
    ],
    "351_radio_script_omdurman_children_khartoum_return.txt": [
        # Sunday 18 May: three children killed, a fourth wounded.
        S(
            "Omdurman",
            "incident",
            365137,
            date="2025-05-18",
            prec=D,
            killed=3,
            injured=1,
        ),
        # Hospital town.
        S("Khartoum North", "mention", 379251),
        # "removed more than 4,000 items ... since March".
        S("Khartoum", "clearance", 379252, date="2025-03-01", prec=M, mines=4000),
        S("Wad Madani", "incident", 364103, date="2025-05-01", prec=M, injured=2),
        A1(
            "Gezira state",
            "incident",
            (14.50, 33.30),
            "SD",
            date="2025-05-01",
            prec=M,
            injured=2,
        ),
        # "at least 60 casualties ... since January": combined, not split.
        C("Sudan", "incident", "SD", date="2025-01-01", prec=M),
        # Risk-education sessions in refugee camps.
        C("Chad", "mention", "TD"),
        S("Adre", "mention", 245669),
    ],
    "352_qa_bosnian_deminer_doboj_maglaj_gospic.txt": [
        # "almost 800 square kilometres of suspected land in Bosnia and Herzegovina".
        C("Bosnia", "minefield", "BA", variants=["Bosnia and Herzegovina"]),
        # Where the organisation keeps its depot and the interview was held.
        S("Tuzla", "mention", 3188582),
        # "Where did you work last year?" -> 2023.
        S("Doboj", "clearance", 3201984, date="2023-01-01", prec=Y),
        F(
            "Bosna river",
            "clearance",
            (44.74, 18.09),
            "BA",
            tolerance_km=LINEAR,
            date="2023-01-01",
            prec=Y,
        ),
        S("Maglaj", "minefield", 3195946, date="2023-01-01", prec=Y, mines=46),
        S("Olovo", "incident", 3194133, date="2019-01-01", prec=Y, injured=1),
        # Mines found "that summer" after the May 2014 floods.
        S("Samac", "minefield", 3203645, date="2014-01-01", prec=Y),
        C("Croatia", "clearance", "HR", date="2016-01-01", prec=Y),
        R("Lika region", "clearance", (44.60, 15.30), "HR", date="2016-01-01", prec=Y),
        S("Gospic", "clearance", 3199873, date="2016-01-01", prec=Y),
        # A detector course next month: a meeting still to come, no date.
        S("Sarajevo", "conference", 3191281),
    ],
    "353_baghdad_press_conference_rumaila_sinjar_mosul.txt": [
        # "Iraq still has more than 2,100 square kilometres of contaminated land".
        C("Iraq", "minefield", "IQ"),
        # 1,870 items destroyed there last year.
        F(
            "Rumaila",
            "clearance",
            (30.30, 47.30),
            "IQ",
            tolerance_km=50,
            date="2023-01-01",
            prec=Y,
            mines=1870,
        ),
        S("Sinjar", "incident", 448149, date="2024-02-02", prec=D, killed=1),
        # Press conference on Tuesday 13 February.
        S("Baghdad", "conference", 98182, date="2024-02-13", prec=D),
        # Distance reference for the oil field.
        S("Basra", "mention", 99532),
        A1("Nineveh province", "minefield", (36.20, 42.60), "IQ"),
        S("Mosul", "clearance", 99072, date="2024-01-01", prec=M, mines=640),
        # Workshop next month: no date.
        S("Erbil", "conference", 95446),
        C("Jordan", "mention", "JO"),
        C("Lebanon", "mention", "LB"),
        C("Syria", "mention", "SY"),
    ],
    "354_live_blog_lebanon_south_khiam_kfar_roummane.txt": [
        # "three people have been killed ... since the ceasefire took effect".
        C("Lebanon", "incident", "LB", killed=3),
        # 14 rockets and submunitions defused since Saturday 30 November.
        S(
            "Khiam",
            "clearance",
            (33.330, 35.610),
            country_code="LB",
            date="2024-11-30",
            prec=D,
            mines=14,
        ),
        A2(
            "Marjayoun district",
            "clearance",
            271226,
            "LB",
            date="2024-11-30",
            prec=D,
            mines=14,
        ),
        # "this morning" in the 11:12 entry.
        S(
            "Kfar Roummane",
            "incident",
            (33.375, 35.500),
            country_code="LB",
            date="2024-12-03",
            prec=D,
            injured=1,
        ),
        # Distance reference.
        S("Nabatieh", "mention", 278913),
        # Submunitions found on Monday 2 December ("dozens": no count).
        S("Bint Jbeil", "minefield", 276592, date="2024-12-02", prec=D),
        # Coordination meeting tomorrow: no date.
        S("Tyre", "conference", 267008),
        C("Syria", "mention", "SY"),
    ],
    "355_golan_hikers_majdal_shams_alert.txt": [
        R(
            "Golan Heights",
            "incident",
            (33.00, 35.78),
            None,
            date="2025-03-08",
            prec=D,
            injured=2,
        ),
        S("Majdal Shams", "incident", 167444, date="2025-03-08", prec=D, injured=2),
        # Hospital town; the hikers' home town.
        S("Safed", "mention", 293100),
        S("Haifa", "mention", 294801),
    ],
    "356_qa_survivor_antioquia_el_orejon_ituango.txt": [
        # Her own injury in 2011.
        A1(
            "Antioquia",
            "incident",
            (6.90, -75.60),
            "CO",
            tolerance_km=LARGE,
            date="2011-01-01",
            prec=Y,
            injured=1,
        ),
        S(
            "El Orejon",
            "incident",
            (7.08, -75.63),
            country_code="CO",
            date="2011-01-01",
            prec=Y,
            injured=1,
        ),
        A2("Briceño", "incident", 3688499, "CO", date="2011-01-01", prec=Y, injured=1),
        # Survivors' association seat and hospital town.
        S("Medellín", "mention", 3674962),
        S("Yarumal", "mention", 3665741),
        # "Last month a boy of twelve was injured in Ituango".
        S("Ituango", "incident", 3680434, date="2024-07-01", prec=M, injured=1),
        # Treaty deadline.
        C("Colombia", "mention", "CO"),
        A1("Cauca", "minefield", (2.50, -76.80), "CO"),
        A1("Nariño", "minefield", (1.50, -77.80), "CO"),
        S("Bogotá", "conference", 3688689, date="2019-01-01", prec=Y),
        S("Oslo", "conference", 3143244, date="2019-01-01", prec=Y),
        # Origin of a fellow survivor ("a woman from Peru who had also lost a leg").
        C("Peru", "mention", "PE"),
    ],
    "357_belgrade_press_conference_nis_bujanovac_dragash.txt": [
        # 38 submunitions removed since April.
        S("Niš", "clearance", 787657, date="2025-04-01", prec=M, mines=38),
        S("Belgrade", "conference", 792680, date="2025-06-11", prec=D),
        # Survey completed in March confirmed mined areas.
        S("Bujanovac", "minefield", 792173, date="2025-03-01", prec=M),
        # "deminers found 23 cluster submunitions last month" in Kosovo above Dragash.
        C("Kosovo", "minefield", "XK", date="2025-05-01", prec=M, mines=23),
        S("Kuršumlija", "incident", 788852, date="2009-01-01", prec=Y, injured=1),
        C("Germany", "mention", "DE"),
        C("Norway", "mention", "NO"),
        # Pays for half of the clearance: a funder, not a place of work.
        C("Serbia", "mention", "RS"),
        S("Dragash", "minefield", 791122, date="2025-05-01", prec=M, mines=23),
        # Regional meeting in the autumn: still to come.
        S("Pristina", "conference", 786714),
    ],
    "358_live_blog_sudzha_korenevo_shebekino_krasnopillia.txt": [
        # Title only: the border.
        C("Russia", "mention", "RU"),
        # 16:10 "officials in Ukraine's Sumy region say a farmer was injured on Monday".
        C("Ukraine", "incident", "UA", date="2025-04-21", prec=D, injured=1),
        # 1,260 objects cleared since March; the 12:10 blast was a controlled blast.
        S("Sudzha", "clearance", 486816, date="2025-03-01", prec=M, mines=1260),
        S(
            "Korenevo",
            "incident",
            544906,
            date="2025-04-21",
            prec=D,
            killed=1,
            injured=1,
        ),
        S("Rylsk", "incident", 695019, date="2025-04-21", prec=D, killed=1, injured=1),
        # Petal mines scattered on Sunday 20 April (no count).
        S("Shebekino", "minefield", 495112, date="2025-04-20", prec=D),
        A1(
            "Belgorod region",
            "minefield",
            (50.70, 37.30),
            "RU",
            date="2025-04-20",
            prec=D,
        ),
        # "14 civilians have been killed ... since January".
        A1(
            "Kursk region",
            "incident",
            (51.70, 36.20),
            "RU",
            date="2025-01-01",
            prec=M,
            killed=14,
        ),
        A1(
            "Sumy region",
            "incident",
            (50.90, 34.50),
            "UA",
            date="2025-04-21",
            prec=D,
            injured=1,
        ),
        S(
            "Krasnopillia",
            "incident",
            704343,
            date="2025-04-21",
            prec=D,
            injured=1,
        ),
    ],
    "359_africa_briefs_tera_gwoza_mora_bulengo.txt": [
        # Sunday 9 February: six soldiers killed, two others wounded.
        S("Tera", "incident", 2438855, date="2025-02-09", prec=D, killed=6, injured=2),
        S("NIAMEY", "mention", 2440485),
        A1(
            "Tillaberi region",
            "incident",
            (14.00, 1.50),
            "NE",
            tolerance_km=LARGE,
            date="2025-02-09",
            prec=D,
            killed=6,
            injured=2,
        ),
        C("Niger", "incident", "NE", date="2025-02-09", prec=D, killed=6, injured=2),
        S("Gwoza", "incident", 2339665, date="2025-02-01", prec=M, injured=3),
        S("MAIDUGURI", "mention", 2331447),
        A1(
            "Borno state",
            "incident",
            (11.80, 13.00),
            "NG",
            tolerance_km=LARGE,
            date="2025-02-01",
            prec=M,
            injured=3,
        ),
        S("YAOUNDE", "mention", 2220957),
        # "between 1 and 9 February": the first day.
        S("Mora", "clearance", 2225991, date="2025-02-01", prec=D, mines=27),
        A1(
            "Far North region",
            "clearance",
            (10.90, 14.30),
            "CM",
            date="2025-02-01",
            prec=D,
            mines=27,
        ),
        # Saturday 8 February: two children killed, four injured.
        S(
            "Bulengo",
            "incident",
            (-1.610, 29.150),
            country_code="CD",
            date="2025-02-08",
            prec=D,
            killed=2,
            injured=4,
        ),
        # Dateline and distance reference.
        S("GOMA", "mention", 216281),
        C(
            "Democratic Republic of Congo",
            "incident",
            "CD",
            date="2025-02-08",
            prec=D,
            killed=2,
            injured=4,
        ),
    ],
    "360_radio_caucasus_khojavend_deminer_berd_sotk_tbilisi.txt": [
        # Deminer killed yesterday (Tuesday 16 July) during clearance.
        A1(
            "Khojavend district",
            "incident",
            (39.70, 47.00),
            "AZ",
            date="2024-07-16",
            prec=D,
            killed=1,
        ),
        S("Berd", "clearance", 616802, date="2024-01-01", prec=Y, mines=63),
        S(
            "Tugh",
            "incident",
            (39.62, 46.93),
            country_code="AZ",
            date="2024-07-16",
            prec=D,
            killed=1,
        ),
        # "Since 2020, mines have killed or injured more than 370 people": not split.
        C("Azerbaijan", "incident", "AZ", date="2020-01-01", prec=Y),
        S("Yerevan", "mention", 616052),
        # 63 mines removed "over the spring".
        C("Armenia", "clearance", "AM", date="2024-01-01", prec=Y, mines=63),
        A1(
            "Tavush province",
            "clearance",
            (40.95, 45.15),
            "AM",
            date="2024-01-01",
            prec=Y,
            mines=63,
        ),
        # Cows killed last week: an incident with no count.
        S("Sotk", "incident", 616041, date="2024-07-01", prec=M),
        A1(
            "Gegharkunik province",
            "incident",
            (40.30, 45.30),
            "AM",
            date="2024-07-01",
            prec=M,
        ),
        S("Tbilisi", "conference", 611717, date="2024-07-16", prec=D),
        C("Ukraine", "mention", "UA"),
    ],
    "361_qa_egypt_el_alamein_sidi_barrani_dabaa.txt": [
        # Fields never lifted; the belt along the coast to Marsa Matruh.
        S("El Alamein", "minefield", 361612),
        C("Egypt", "mention", "EG"),
        S("Cairo", "mention", 360630),
        R("Western Desert", "minefield", (28.50, 28.00), "EG", tolerance_km=500),
        S("Marsa Matruh", "minefield", 352733),
        S("Sidi Barrani", "incident", 348548, date="2023-03-01", prec=M, injured=2),
        # "Since 2020 ... destroyed about 12,400 mines and shells around El Dabaa".
        S("El Dabaa", "clearance", 361871, date="2020-01-01", prec=Y, mines=12400),
        C("Germany", "mention", "DE"),
        C("Italy", "mention", "IT"),
        C("United Kingdom", "mention", "GB"),
        C("Libya", "mention", "LY"),
        # Workshop next spring: still to come.
        S("Alexandria", "conference", 361058),
    ],
}
