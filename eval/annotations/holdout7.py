"""Gold places of the seventh blind held-out set (eval/holdout7).

Written and annotated blind: the annotator never saw the extraction rules
(dashboard/roles.py, facts.py, extraction.py, gates.py, geodata/extract.py,
resolve.py, wordlists.py) nor any extraction or scoring output, and read no
other held-out set. Every place below comes from reading the article with the
"Annotation rules" of eval/README.md.

Styles, one per article: 01 agency wire with a dateline (Ukraine); 02 NGO
press release (Laos); 03 UN agency news story (Yemen); 04 local newspaper brief
(Sri Lanka); 05 police bulletin (Bosnia and Herzegovina); 06 quarterly update
of a national mine action centre (Tajikistan); 07 long feature with interviews
(Angola); 08 workshop report with delegations of several countries (Senegal
and the Sahel); 09 government statement (Azerbaijan); 10 regional article in
English translation from Spanish (Colombia); 11 radio transcript
(Afghanistan); 12 weekly digest of several countries (Syria, Lebanon,
Cambodia).

Decisions taken where the rules leave room:
- An agency or release dateline city ("KYIV, April 17 (Reuters) -",
  "Vientiane, 12 February 2025 -") is where the story was filed: a `mention`,
  even though the dateline runs into the first sentence. A feature's dateline
  that is also the story's subject (Cuito Cuanavale) takes its role from the
  body sentences.
- A digest item opening with a country label ("Syria: Two farmers were
  killed ...") counts the label as part of that first sentence, so the country
  takes the role and facts of that event.
- A person's home town ("a resident of Doboj") and a hospital town are
  mentions even inside the incident sentence; a country named only as a border
  ("on the border with Afghanistan") is a mention even inside a clearance
  sentence; a donor named in a survey sentence ("With new funding from the
  Republic of Korea, a survey team will begin ...") is a mention.
- A town that is the only named place of an event, after "east of", "on the
  road to" (Maarat al-Numan, Mavinga), takes the event's role; a town that
  merely locates a more specific named place ("Bignona, north of Ziguinchor")
  is a mention.
- A training workshop for teachers who will teach risk education is a held
  workshop, so `conference`; risk-education sessions delivered to children in
  governorates are mentions.
- Items that "turned up" or were "found" and then destroyed are a minefield
  (the README's "found and destroyed" convention); items "removed" are
  clearance. A survey that "identified hazardous areas" is a minefield; a
  survey that starts or maps strike sites is clearance.
- A statement of remaining contamination in a country (Tajikistan's 10.2 km2,
  Angola's remaining minefields, Azerbaijan's contaminated territory) makes the
  country a minefield with no date; a treaty deadline is not an event date.
- A meeting where figures were presented is a conference for the meeting town
  (its own sentence), not part of the clearance the figures describe.
- A planned survey "next month" and a planned meeting "on 9 April" keep their
  role (clearance, conference) but carry no event date: gold dates never lie
  after the publication date.
- "In the first five months of this year" and "Between 1 July and 30
  September" take their first month / first day; "since the start of the year"
  is January; "In the same week" (a digest week inside one month) is month
  precision; "since 1990" is year precision.
- Combined victim figures ("14 children were killed or injured", "12,400
  people have been victims") give no killed/injured counts; "two cows were
  killed" gives an incident with no count.
- Joint figures for several places in one sentence go to each place named
  there (1,908 items to Xieng Khouang and Pek; 29,503 items to Aghdam, Fuzuli
  and Tartar); separate figures for one place are summed (22 + 1 = 23);
  "more than 1,100" counts as 1,100 and "including 312 anti-personnel mines"
  is part of the 4,700 total.
- An incident's injured who are named in a later sentence of the same event
  belong to the event (the injured cousin in the Helmand blast is stated in
  the presenter's sentence too).
- "Africa" inside "the Cold War in Africa" is a place (a continent), not part
  of an event name: a mention. "Ottawa Convention", "Geneva International
  Centre for Humanitarian Demining", "Yemen Executive Mine Action Centre",
  "Tajikistan National Mine Action Centre", "Police Administration Doboj" and
  the programme title "Afghanistan This Evening" are names, not places.
- A title adjective naming a region ("Kharkiv farmers") joins the region
  entry; "Sangin" used bare for the district joins "Sangin district".
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y

ARTICLES: dict[str, list[Spec]] = {
    "01_kharkiv_tractor_wire.txt": [
        S("KYIV", "mention", 703448),
        S(
            "Hrakove",
            "incident",
            (49.67, 36.90),
            country_code="UA",
            date="2025-04-16",
            prec=D,
            killed=1,
            injured=2,
        ),
        C("Ukraine", "incident", "UA", date="2025-04-16", prec=D, killed=1, injured=2),
        A1(
            "Kharkiv region",
            "incident",
            (49.6, 36.6),
            "UA",
            date="2025-04-16",
            prec=D,
            killed=1,
            injured=2,
        ),
        S("Chuhuiv", "mention", 710374),
        S("Izium", "incident", 707292, date="2025-03-29", prec=D, killed=2),
        S("Kupiansk", "incident", 703656, date="2025-03-29", prec=D, killed=2),
        S("Balakliia", "incident", 712926, date="2025-04-01", prec=M, injured=1),
        S("Borova", "minefield", 711623),
        F("Oskil", "minefield", (49.40, 37.62), "UA", tolerance_km=LINEAR),
        C("Japan", "mention", "JP"),
    ],
    "02_laos_ngo_release.txt": [
        S("Vientiane", "mention", 1651944),
        A1(
            "Xieng Khouang",
            "clearance",
            (19.5, 103.3),
            "LA",
            date="2024-01-01",
            prec=Y,
            mines=1908,
        ),
        A2(
            "Kham",
            "incident",
            (19.63, 103.57),
            "LA",
            date="2025-01-28",
            prec=D,
            injured=2,
        ),
        A2(
            "Pek",
            "clearance",
            (19.45, 103.2),
            "LA",
            date="2024-01-01",
            prec=Y,
            mines=1908,
        ),
        S(
            "Ban Nakhang",
            "incident",
            (19.60, 103.60),
            country_code="LA",
            date="2025-01-28",
            prec=D,
            injured=2,
        ),
        C("Laos", "minefield", "LA", variants=["Lao PDR"]),
        C("Republic of Korea", "mention", "KR"),
        A2("Sepon", "clearance", (16.70, 106.25), "LA"),
        A2("Vilabouly", "clearance", (16.95, 105.95), "LA"),
        A1("Savannakhet", "clearance", (16.5, 105.6), "LA"),
        S("Phonsavan", "conference", 1655123, date="2025-02-10", prec=D),
    ],
    "03_yemen_un_children.txt": [
        C("Yemen", "incident", "YE", date="2024-11-01", prec=M),
        S(
            "Al-Jabaliya",
            "incident",
            (14.10, 43.20),
            country_code="YE",
            date="2024-11-09",
            prec=D,
            killed=4,
        ),
        A2("At-Tuhayta", "incident", 77655, "YE", date="2024-11-09", prec=D, killed=4),
        A1(
            "Hodeidah",
            "incident",
            (14.8, 43.2),
            "YE",
            date="2024-11-09",
            prec=D,
            killed=4,
        ),
        S("Taiz", "incident", 70225, date="2024-11-07", prec=D, injured=1),
        S("Amman", "mention", 250441),
        A1("Marib", "mention", (15.5, 45.5), "YE"),
        A1("Al Bayda", "mention", (14.3, 45.6), "YE"),
        A1(
            "Lahj",
            "clearance",
            (13.2, 44.6),
            "YE",
            date="2024-07-01",
            prec=M,
            mines=4700,
        ),
        S("Aden", "conference", 415189, date="2024-11-17", prec=D),
    ],
    "04_muhamalai_local_brief.txt": [
        S(
            "Muhamalai",
            "incident",
            (9.61, 80.25),
            country_code="LK",
            date="2025-06-11",
            prec=D,
            injured=1,
        ),
        A2(
            "Kilinochchi District",
            "incident",
            1240372,
            "LK",
            date="2025-06-11",
            prec=D,
            injured=1,
        ),
        S("Jaffna", "mention", 1242833),
        S(
            "Oddusuddan",
            "minefield",
            (9.15, 80.65),
            country_code="LK",
            date="2025-06-07",
            prec=D,
            mines=292,
        ),
        A2(
            "Mullaitivu District",
            "minefield",
            (9.2, 80.6),
            "LK",
            date="2025-06-07",
            prec=D,
            mines=292,
        ),
        S(
            "Nagarkovil",
            "clearance",
            (9.70, 80.30),
            country_code="LK",
            date="2025-06-01",
            prec=M,
        ),
        A2(
            "Vadamarachchi East",
            "clearance",
            (9.64, 80.35),
            "LK",
            date="2025-06-01",
            prec=M,
        ),
        C("Sri Lanka", "mention", "LK"),
    ],
    "05_doboj_police_bulletin.txt": [
        S("Doboj", "mention", 3201984),
        S(
            "Kostajnica",
            "incident",
            (44.67, 18.17),
            country_code="BA",
            date="2024-10-13",
            prec=D,
            injured=1,
        ),
        F(
            "Ozren",
            "incident",
            (44.62, 18.22),
            "BA",
            date="2024-10-13",
            prec=D,
            injured=1,
        ),
        S("Klokotnica", "minefield", 3198026, date="2024-10-13", prec=D, mines=3),
        S(
            "Sočkovac",
            "minefield",
            (44.61, 18.30),
            country_code="BA",
            date="2024-10-13",
            prec=D,
        ),
        A2("Petrovo", "minefield", 3203643, "BA", date="2024-10-13", prec=D),
        S("Stanari", "clearance", 3210448, date="2024-10-11", prec=D, mines=23),
        S("Sarajevo", "mention", 3191281),
        C("Bosnia and Herzegovina", "minefield", "BA"),
        F("Trebava", "minefield", (44.85, 18.20), "BA"),
    ],
    "06_tajikistan_quarterly_update.txt": [
        C("Tajikistan", "minefield", "TJ"),
        A1(
            "Khatlon",
            "clearance",
            (37.9, 69.4),
            "TJ",
            date="2025-08-01",
            prec=M,
            mines=912,
            tolerance_km=LARGE,
        ),
        F(
            "Panj",
            "clearance",
            (37.75, 70.05),
            "TJ",
            date="2025-08-01",
            prec=M,
            mines=912,
            tolerance_km=LINEAR,
        ),
        A2(
            "Shamsiddin Shohin",
            "clearance",
            (37.84, 70.05),
            "TJ",
            date="2025-08-01",
            prec=M,
            mines=912,
        ),
        C("Afghanistan", "mention", "AF"),
        R(
            "Rasht Valley",
            "clearance",
            (39.0, 70.4),
            "TJ",
            date="2025-09-22",
            prec=D,
            mines=17,
        ),
        A2(
            "Tojikobod",
            "clearance",
            (39.1, 70.87),
            "TJ",
            date="2025-09-22",
            prec=D,
            mines=17,
        ),
        A1(
            "Gorno-Badakhshan Autonomous Region",
            "minefield",
            (38.3, 73.0),
            "TJ",
            date="2025-09-01",
            prec=M,
            tolerance_km=LARGE,
        ),
        S(
            "Sagirdasht",
            "incident",
            (38.60, 70.55),
            country_code="TJ",
            date="2025-07-03",
            prec=D,
            injured=1,
        ),
        A2(
            "Darvoz",
            "incident",
            (38.5, 70.8),
            "TJ",
            date="2025-07-03",
            prec=D,
            injured=1,
        ),
        A2("Vanj", "incident", 1220210, "TJ", date="2025-08-19", prec=D),
        S("Dushanbe", "conference", 1221874, date="2025-09-24", prec=D),
    ],
    "07_cuito_cuanavale_feature.txt": [
        S("Cuito Cuanavale", "minefield", 3349149),
        C("Angola", "minefield", "AO"),
        K("Africa", "mention", "AF"),
        F("Cuito", "minefield", (-15.17, 19.17), "AO", tolerance_km=LINEAR),
        S(
            "Tumpo",
            "clearance",
            (-15.18, 19.24),
            country_code="AO",
            date="2024-01-01",
            prec=M,
            mines=1398,
        ),
        A1("Cuando Cubango", "minefield", (-16.5, 19.5), "AO", tolerance_km=LARGE),
        C("Namibia", "mention", "NA"),
        C("Zambia", "mention", "ZM"),
        S(
            "Mavinga",
            "incident",
            876019,
            date="2024-06-01",
            prec=M,
            killed=1,
            injured=1,
        ),
        S("Menongue", "conference", 3347353, date="2024-07-01", prec=M),
        S("Luanda", "mention", 2240449),
    ],
    "08_dakar_ied_workshop.txt": [
        R("Sahel", "mention", (14.5, 5.0), None, tolerance_km=1500),
        S("Dakar", "conference", 2253354, date="2025-03-04", prec=D),
        C("Mali", "mention", "ML"),
        C(
            "Burkina Faso",
            "incident",
            "BF",
            date="2025-01-01",
            prec=M,
            killed=19,
            injured=31,
        ),
        C("Niger", "mention", "NE"),
        C("Mauritania", "mention", "MR"),
        A1(
            "Boucle du Mouhoun",
            "incident",
            (12.5, -3.6),
            "BF",
            date="2025-01-01",
            prec=M,
            killed=19,
            injured=31,
        ),
        R("Casamance", "minefield", (12.75, -15.9), "SN"),
        C("Senegal", "minefield", "SN"),
        C("Guinea-Bissau", "mention", "GW"),
        S("Bignona", "clearance", 2253901, date="2024-10-01", prec=M, mines=113),
        S("Ziguinchor", "mention", 2243940),
    ],
    "09_azerbaijan_mfa_statement.txt": [
        A1(
            "Kalbajar district",
            "incident",
            (40.10, 46.04),
            "AZ",
            date="2025-06-10",
            prec=D,
            killed=2,
            injured=1,
        ),
        S(
            "Zar",
            "incident",
            (40.08, 46.25),
            country_code="AZ",
            date="2025-06-10",
            prec=D,
            killed=2,
            injured=1,
        ),
        C("Azerbaijan", "minefield", "AZ"),
        R(
            "Karabakh",
            "incident",
            (39.85, 46.75),
            "AZ",
            date="2020-11-01",
            prec=M,
            killed=72,
            injured=325,
        ),
        R(
            "East Zangezur",
            "incident",
            (39.40, 46.45),
            "AZ",
            date="2020-11-01",
            prec=M,
            killed=72,
            injured=325,
        ),
        A1(
            "Aghdam",
            "clearance",
            (39.99, 46.93),
            "AZ",
            date="2025-01-01",
            prec=M,
            mines=29503,
        ),
        A1(
            "Fuzuli",
            "clearance",
            (39.60, 47.15),
            "AZ",
            date="2025-01-01",
            prec=M,
            mines=29503,
        ),
        A1(
            "Tartar",
            "clearance",
            (40.34, 46.93),
            "AZ",
            date="2025-01-01",
            prec=M,
            mines=29503,
        ),
        C("Armenia", "mention", "AM"),
        S("Baku", "conference", 587084, date="2025-05-01", prec=M),
    ],
    "10_briceno_soldier_translated.txt": [
        S("Briceño", "incident", 3688499, date="2024-09-12", prec=D, injured=1),
        S(
            "El Orejón",
            "incident",
            (7.05, -75.62),
            country_code="CO",
            date="2024-09-12",
            prec=D,
            injured=1,
        ),
        A1(
            "Antioquia",
            "incident",
            (6.9, -75.5),
            "CO",
            date="2024-09-12",
            prec=D,
            injured=1,
            tolerance_km=LARGE,
        ),
        S("Medellín", "mention", 3674962),
        C("Colombia", "incident", "CO", date="1990-01-01", prec=Y),
        S("El Tambo", "clearance", 3682963, date="2024-09-05", prec=D, mines=37),
        A1(
            "Cauca",
            "clearance",
            (2.4, -76.7),
            "CO",
            date="2024-09-05",
            prec=D,
            mines=37,
        ),
        A1("Nariño", "minefield", (1.5, -77.8), "CO"),
        S("Tumaco", "minefield", 3666640),
        S("Barbacoas", "minefield", 3689228),
        S("Bogotá", "mention", 3688689),
    ],
    "11_helmand_radio_transcript.txt": [
        C(
            "Afghanistan",
            "incident",
            "AF",
            date="2025-01-20",
            prec=D,
            killed=3,
            injured=1,
        ),
        A2(
            "Sangin district",
            "incident",
            1127547,
            "AF",
            date="2025-01-20",
            prec=D,
            killed=3,
            injured=1,
        ),
        A1(
            "Helmand",
            "incident",
            (31.3, 64.0),
            "AF",
            date="2025-01-20",
            prec=D,
            killed=3,
            injured=1,
            tolerance_km=LARGE,
        ),
        S("Lashkar Gah", "mention", 1134720),
        S(
            "Qala-e-Gaz",
            "incident",
            (32.10, 64.85),
            country_code="AF",
            date="2025-01-20",
            prec=D,
            killed=3,
            injured=1,
        ),
        A1(
            "Kandahar province",
            "clearance",
            (31.2, 65.7),
            "AF",
            date="2025-01-01",
            prec=M,
            mines=1560,
            tolerance_km=LARGE,
        ),
        A2(
            "Arghandab",
            "clearance",
            (31.66, 65.63),
            "AF",
            date="2025-01-01",
            prec=M,
            mines=1560,
        ),
        A2(
            "Zhari",
            "clearance",
            (31.58, 65.45),
            "AF",
            date="2025-01-01",
            prec=M,
            mines=1560,
        ),
        S("Kandahar city", "conference", 1138336, date="2025-01-19", prec=D),
        S("Kabul", "mention", 1138958),
        C("Pakistan", "mention", "PK"),
    ],
    "12_weekly_digest_march.txt": [
        C("Syria", "incident", "SY", date="2025-03-06", prec=D, killed=2),
        S("Maarat al-Numan", "incident", 167611, date="2025-03-06", prec=D, killed=2),
        A1(
            "Idlib governorate",
            "incident",
            (35.8, 36.6),
            "SY",
            date="2025-03-06",
            prec=D,
            killed=2,
        ),
        S("Saraqib", "minefield", 164816, date="2025-03-01", prec=M, mines=48),
        C("Lebanon", "incident", "LB", date="2025-03-08", prec=D, killed=1, injured=3),
        S(
            "Kfar Kila",
            "incident",
            272849,
            date="2025-03-08",
            prec=D,
            killed=1,
            injured=3,
        ),
        S("Nabatieh", "clearance", 278913, date="2025-03-04", prec=D),
        C("Cambodia", "minefield", "KH", date="2025-02-01", prec=M, mines=1042),
        A2(
            "Ratanak Mondul",
            "minefield",
            (12.85, 102.85),
            "KH",
            date="2025-02-01",
            prec=M,
            mines=1042,
        ),
        A1(
            "Battambang",
            "minefield",
            (13.0, 103.0),
            "KH",
            date="2025-02-01",
            prec=M,
            mines=1042,
        ),
        S("Geneva", "conference", 2660646),
    ],
}
