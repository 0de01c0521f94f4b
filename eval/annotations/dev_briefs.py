"""More development articles (eval/dev 785-796), annotated like those in dev.py.

The everyday variety an analyst meets, one kind each (150-450 words): a local
newspaper's short item (Turbe and Vlašić, Central Bosnia Canton, Bosnia and
Herzegovina); a national news agency wire translated from French, with its turns of
phrase ("one has learned from concordant sources", "it is to be recalled that", "the
axis Fada–Kalaït") (Ennedi Ouest, Borkou, Tibesti, Chad); an NGO press release on a
land handover (Magwi County, Eastern Equatoria, South Sudan); a ministry statement
on a month's clearance (Basra, Maysan, Muthanna, Iraq); a radio bulletin transcript
with a correspondent (Nangarhar, Kunar, Parwan, Afghanistan); a demining operator's
newsletter item (Houaphanh, Laos); a farmer's letter to the editor (Chuhuiv
district, Kharkiv region, Ukraine); an obituary of a deminer (Fuzuli, Aghdam,
Jabrayil, Barda, Azerbaijan); a police blotter (Khyber Pakhtunkhwa, Pakistan); a
weekly regional round-up (Syria, Lebanon, Yemen, Libya); a human-interest story
about a survivor (Montes de María, Bolívar and Sucre, Colombia); and an opinion piece
citing recent events (Chin, Sagaing, Shan, Karenni and Rakhine, Myanmar). Count
forms: "a man and his two sons were hurt", "three of the five later died", "killed
one soldier and wounded another", "some 40 anti-personnel mines and two dozen mortar
rounds", "a farmer was killed and his wife badly wounded", "four bus passengers
died", "Two people were killed and two others, a woman and a child, wounded".

Decisions where the rules are silent (earlier batches' conventions are kept: a
meeting or course still to come is a conference with no date, "last week" and "two
weeks ago" are month precision, a season is year precision, a victim who died later
is killed, hospital towns, donors, bylines and risk education are mentions):
- A wire title's country label ("Chad: two herders lose their lives ... in Ennedi
  Ouest") is named with the title's event: Chad takes that blast's role and facts
  (19 March, killed 2, injured 1), like the bare province of the same title.
- A town used as a distance reference is the event's place when no more specific
  place is named ("some 40 kilometres to the north of Fada", "near Magwi", "east of
  Ali al-Gharbi", "south of Sirte"), as in dev_roundups (Bir Lahlou).
- Demining announced "in the coming weeks" along an axis (Fada–Kalaït) is clearance
  with no date, by analogy with a meeting still to come; both ends of the axis take
  it (Fada keeps its incident). A former air base whose minefield is cleared (Ouadi
  Doum) is a feature.
- Counts: "some 40 anti-personnel mines and two dozen mortar rounds" = 64; 58
  submunitions + 11 mortar bombs + one aircraft bomb = 70; 12 mines + four grenades +
  one RPG round seized = 17; 214 + 96 = 310; 37 + 12 = 49; "more than 6,000" and
  "more than 120" as stated. "A man and his two sons were hurt" is injured 3; "three
  of the five later died" is killed 3, injured 2; "killed one soldier and wounded
  another" is 1 and 1; "treated 14 people wounded by mines" is injured 14 (people
  treated alive are wounded; a bare "victims" total would have given no count).
  Minefields and hectares confirmed by survey are not mines (Maysan, Huameuang).
- A casualty told in the next sentence of the same event without a place (the son
  "still in hospital in Kharkiv", the team-mate "recovering in a military hospital in
  Baku") adds to the event's counts on the places of the first sentence; the hospital
  town stays a mention.
- Police-blotter headings ("Bajaur:", "Landi Kotal:", "Kurram:", "North Waziristan:")
  belong to the first sentence of their item, like dev_digest's item headings; the
  heading "Bajaur" and the body's "Bajaur district" are one entry, the generic form a
  variant. Round-up country headings (SYRIA –, LEBANON –) likewise take their first
  sentence only: Lebanon stays clearance (64 submunitions destroyed) although a later
  sentence of its item tells a shepherd wounded at Kfar Kila. A country named only in
  the title's list and in its heading is one entry under the title's spelling.
- Mines "recovered" by police searching a house (Landi Kotal) are found: minefield
  with every explosive item counted. A shell scrap collectors "had found" and the bomb
  squad defused "on Friday" (Peshawar) is a minefield dated the only day stated.
  Devices "planted along the road between Miran Shah and Mir Ali" and defused are
  clearance for both ends and the district heading.
- A burial "in a ceremony attended by several hundred people" is a ceremony held
  there: conference, dated the burial day (Samukhlu), as dev_regional's memorial
  service. The deminer's birthplace district (Barda district) is a mention; the basic
  deminer course completed "that autumn" of 2016 in Goygol is a training course:
  conference, year precision.
- "Over the week" and "during the week" in a weekly round-up are month precision,
  like "last week"; "on Monday and Tuesday" and "on Saturday and Sunday" are ranges
  dated their first day. "This spring" and "spent the spring" (in a July letter) are
  year precision; "that autumn" after "In 2016" is 2016.
- Running totals keep their "since": "since the end of the war in November 2020"
  (month), "since families began returning there in December" (December of the
  year before the January round-up), "since October", "Since survey began in March
  2024", "since January" (Central Bosnia Canton's three finds), "since 1990" (year).
- A comparison of national casualty totals ("more than any other country on earth,
  ahead of Syria and Afghanistan and well ahead of Ukraine") gives every country named
  an incident dated the year of the totals, with no counts.
- "Donors who have paid for three decades of clearance in Cambodia and Laos" makes
  both clearance, undated (a span of decades is not a date).
- Statements of remaining contamination ("Laos remains the country most contaminated
  by cluster munitions", "Houaphanh is among its most affected provinces", "Ukraine is
  now the most mined country", "Iraq still has more than 2,100 square kilometres",
  "Magwi County ... remains one of the most contaminated areas of South Sudan",
  "close to 800 square kilometres" in Bosnia and Herzegovina, the army "has mined the
  embankments" at Kyaukphyu) are minefield, undated; they beat a clearance sentence
  naming the same place (Houaphanh's teams, Magwi County's handover).
- The dateline EL CARMEN DE BOLÍVAR and "the municipality of El Carmen de Bolívar"
  are written the same, so they are one entry (the municipality's declaration as free
  of known minefields gives it clearance, March 2019, 120 mines destroyed); "El Carmen"
  is a variant. Idlib city (hospital) and Idlib province, Chuhuiv (reference town) and
  Chuhuiv district, Magwi (town) and Magwi County are separate entries.
- A region named as the setting of the village where the blast happened ("Macayepo,
  a village in the Montes de María") takes the incident and its facts, like a
  district; the blast's date stands in the sentence before ("what happened to her on
  2 August 2007").
- A farmer's signature line ("Bazaliivka, Kharkiv region") is a mention for its
  places; "the villages east of Chuhuiv" makes Chuhuiv a reference (mention).
- Names inside event and organisation names are not counted ("the Iran-Iraq war",
  "the Arakan Army", "the Landmine Monitor", "Frontier Corps"); adjectives are not
  counted ("the Chadian-Libyan conflict", "the Saudi border"); Iran counts once from
  "close to the border with Iran" (mention).
- A regional title ("Middle East mine action week") and a teaser for next week's
  report ("a special report from the Golan Heights") are mentions; the Kurdistan
  Region, whose figures are "not included", is a mention.
- Basra named only in "the governorates of Basra, Maysan and Muthanna" is the
  governorate; the 1,312 items go whole to each of the three (dev_local), but Maysan
  (minefields confirmed in September) and Muthanna (the 17 September blast) take their
  more specific roles and those events' facts.
"""

# ruff: noqa: E501

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "785_local_paper_turbe_travnik_vlasic_bugojno.txt": [
        # Dateline; the civil protection chief's office.
        S("Travnik", "mention", 3188924),
        # Woodcutter found an AT mine on Thursday (12 June); destroyed Friday.
        S("Turbe", "minefield", 3188633, date="2025-06-12", prec=D, mines=1),
        # Woodcutter's village; a cow killed by a mine in September 2023.
        S("Guča Gora", "incident", (44.255, 17.74), country_code="BA", date="2023-09-01", prec=M),
        # "about four square kilometres are still marked as suspected".
        F("Vlašić", "minefield", (44.30, 17.60), "BA"),
        # "three mine finds since January".
        A1("Central Bosnia Canton", "minefield", (44.15, 17.70), "BA", date="2025-01-01", prec=M, mines=3),
        # Two AP mines turned up in April.
        S("Bugojno", "minefield", 3203099, date="2025-04-01", prec=M, mines=2),
        # "close to 800 square kilometres are still suspected".
        C("Bosnia and Herzegovina", "minefield", "BA"),
    ],
    "786_wire_french_chad_fada_ennedi_ouadi_doum_bardai.txt": [
        # Dateline; the wounded man evacuated there.
        S("N'Djamena", "mention", 2427123),
        # Tuesday 19 March: two herders killed, a third gravely wounded.
        C("Chad", "incident", "TD", date="2024-03-19", prec=D, killed=2, injured=1),
        S("Fada", "incident", 244128, date="2024-03-19", prec=D, killed=2, injured=1),
        A1("Ennedi Ouest", "incident", (17.8, 21.3), "TD", tolerance_km=LARGE, date="2024-03-19", prec=D, killed=2, injured=1),
        # "remain the most polluted of the national territory".
        A1("Ennedi Est", "minefield", (16.6, 22.6), "TD", tolerance_km=LARGE),
        A1("Borkou", "minefield", (18.2, 18.6), "TD", tolerance_km=LARGE),
        # January: killed one soldier and wounded another near Bardaï.
        A1("Tibesti", "incident", (21.0, 17.3), "TD", tolerance_km=LARGE, date="2024-01-01", prec=M, killed=1, injured=1),
        S("Bardaï", "incident", 2435976, date="2024-01-01", prec=M, killed=1, injured=1),
        # From 4 to 15 March: 37 AP mines + 12 munitions destroyed.
        F("Ouadi Doum", "clearance", (18.50, 20.20), "TD", date="2024-03-04", prec=D, mines=49),
        # Coordination workshop on Wednesday 20 March.
        S("Faya-Largeau", "conference", 2432678, date="2024-03-20", prec=D),
        # Demining to be extended to the axis Fada–Kalaït: clearance, undated.
        S("Kalaït", "clearance", (15.77, 20.90), country_code="TD"),
    ],
    "787_ngo_release_magwi_pajok_nimule_torit.txt": [
        # Dateline; a training course will open there in March.
        S("Juba", "conference", 373303),
        # Title/lede handover; "remains one of the most contaminated areas".
        A2("Magwi County", "minefield", (4.13, 32.30), "SS"),
        # "finished clearing it last month".
        A1("Eastern Equatoria", "clearance", (4.6, 33.0), "SS", tolerance_km=LARGE, date="2025-01-01", prec=M),
        # "found some 40 AP mines and two dozen mortar rounds" since March 2024.
        S("Pajok", "minefield", 375495, date="2024-03-01", prec=M, mines=64),
        # A man and his two sons hurt near Magwi in December.
        S("Magwi", "incident", (4.133, 32.30), country_code="SS", date="2024-12-01", prec=M, injured=3),
        # Border.
        C("Uganda", "mention", "UG"),
        C("South Sudan", "minefield", "SS"),
        # Last year: 37 call-outs, 112 items destroyed.
        S("Nimule", "clearance", (3.597, 32.064), country_code="SS", date="2024-01-01", prec=Y, mines=112),
        S("Torit", "clearance", 365742, date="2024-01-01", prec=Y, mines=112),
        # Donor.
        C("Netherlands", "mention", "NL"),
    ],
    "788_ministry_statement_iraq_basra_maysan_muthanna_majnoon.txt": [
        # Dateline; Higher Committee meeting on Tuesday 3 October.
        S("Baghdad", "conference", 98182, date="2023-10-03", prec=D),
        # 1,312 items removed in the three governorates during September.
        A1("Basra", "clearance", (30.6, 47.4), "IQ", date="2023-09-01", prec=M, mines=1312),
        # Three minefields confirmed in September.
        A1("Maysan", "minefield", (31.9, 47.1), "IQ", date="2023-09-01", prec=M),
        # 17 September: a shepherd killed, his nephew wounded.
        A1("Muthanna", "incident", (30.4, 45.3), "IQ", tolerance_km=LARGE, date="2023-09-17", prec=D, killed=1, injured=1),
        F("Majnoon oil field", "clearance", (31.05, 47.55), "IQ", date="2023-09-01", prec=M, mines=310),
        # "close to the border with Iran"; the Iran-Iraq war is an event name.
        C("Iran", "mention", "IR"),
        F("Fao peninsula", "clearance", (29.95, 48.45), "IQ", date="2023-09-01", prec=M, mines=143),
        # "east of Ali al-Gharbi": no more specific place.
        S("Ali al-Gharbi", "minefield", 99306, date="2023-09-01", prec=M),
        S("Al-Salman", "incident", 98533, date="2023-09-17", prec=D, killed=1, injured=1),
        # Hospital town.
        S("Samawah", "mention", 98530),
        # "still has more than 2,100 square kilometres ... contaminated".
        C("Iraq", "minefield", "IQ"),
        R("Kurdistan Region", "mention", (36.2, 44.4), "IQ", tolerance_km=LARGE),
    ],
    "789_radio_transcript_nangarhar_khogyani_kunar_bagram.txt": [
        # Monday 16 September: five children hurt, three of the five later died.
        A2("Khogyani district", "incident", (34.22, 70.22), "AF", date="2024-09-16", prec=D, killed=3, injured=2),
        A1("Nangarhar province", "incident", (34.3, 70.6), "AF", date="2024-09-16", prec=D, killed=3, injured=2),
        # Correspondent's town and hospital.
        S("Jalalabad", "mention", 1139715),
        # "such items are still found ... on the lower slopes of the Spin Ghar range".
        F("Spin Ghar", "minefield", (34.05, 70.30), "AF", tolerance_km=LINEAR),
        # "yesterday" (17 September): a tractor driver wounded.
        A1("Kunar province", "incident", (34.9, 71.1), "AF", date="2024-09-17", prec=D, injured=1),
        A2("Sarkani district", "incident", 1126935, "AF", date="2024-09-17", prec=D, injured=1),
        # Police spokesman's town.
        S("Asadabad", "mention", 1148311),
        # 612 items removed since June.
        A1("Parwan province", "clearance", (35.0, 69.1), "AF", date="2024-06-01", prec=M, mines=612),
        S("Bagram", "clearance", (34.97, 69.27), country_code="AF", date="2024-06-01", prec=M, mines=612),
        # Training course opened on Tuesday 17 September.
        S("Kabul", "conference", 1138958, date="2024-09-17", prec=D),
        # "casualties recorded in Afghanistan so far this year".
        C("Afghanistan", "incident", "AF", date="2024-01-01", prec=Y),
        # Returnees' origin.
        C("Pakistan", "mention", "PK"),
    ],
    "790_operator_newsletter_houaphanh_nam_soi_xamtai_muang_et.txt": [
        # Title "the Houaphanh teams"; "among its most affected provinces".
        A1("Houaphanh", "minefield", (20.2, 104.0), "LA", variants=["Houaphanh province"]),
        # Office and hospital town.
        S("Xam Neua", "mention", 1652203),
        # 2-27 March: 58 submunitions, 11 mortar bombs, one aircraft bomb destroyed.
        S("Nam Soi", "clearance", 8740896, date="2026-03-02", prec=D, mines=70),
        A2("Viengxay district", "clearance", 7648323, "LA", date="2026-03-02", prec=D, mines=70),
        # Border.
        C("Vietnam", "mention", "VN"),
        # 11 March: 16 submunitions found under the classroom floor.
        S("Ban Xamtai", "minefield", 1652200, date="2026-03-11", prec=D, mines=16),
        # 23 March: a boy badly hurt.
        S("Ban Muang Et", "incident", 1655053, date="2026-03-23", prec=D, injured=1),
        # Survey finished in March: 22 hazardous areas confirmed.
        A2("Huameuang district", "minefield", 7648310, "LA", date="2026-03-01", prec=M),
        # Workshop 17-19 March.
        S("Vientiane", "conference", 1651944, date="2026-03-17", prec=D),
        C("Laos", "minefield", "LA"),
        # Donors.
        C("Australia", "mention", "AU"),
        C("Switzerland", "mention", "CH"),
    ],
    "791_farmer_letter_bazaliivka_lebiazhe_chuhuiv.txt": [
        # May: the neighbour killed, his son in hospital.
        S("Bazaliivka", "incident", 712714, date="2024-05-01", prec=M, killed=1, injured=1),
        # "more than a third of the farmland ... still suspected".
        A2("Chuhuiv district", "minefield", (49.75, 36.85), "UA"),
        S("Lebiazhe", "incident", 703302, date="2024-05-01", prec=M, killed=1, injured=1),
        # Hospital town.
        S("Kharkiv", "mention", 706483),
        # "20,000 hectares cleared this spring".
        A1("Mykolaiv region", "clearance", (47.3, 32.0), "UA", date="2024-01-01", prec=Y),
        # "the machines are already at work": undated.
        A1("Kherson region", "clearance", (46.7, 33.4), "UA"),
        # Machines "spent the spring on the roads near Balakliia".
        S("Balakliia", "clearance", 712926, date="2024-01-01", prec=Y),
        # Ministers met donors last month.
        S("Kyiv", "conference", 703448, date="2024-06-01", prec=M),
        # "the villages east of Chuhuiv": reference.
        S("Chuhuiv", "mention", 710374),
        C("Ukraine", "minefield", "UA"),
        # Signature line.
        A1("Kharkiv region", "mention", (49.5, 36.8), "UA"),
    ],
    "792_obituary_deminer_fuzuli_samukhlu_aghdam_jojug_marjanli.txt": [
        # 14 March: killed; a team-mate wounded by the same blast.
        S("Ashagi Seyidahmadli", "incident", (39.57, 47.27), country_code="AZ", date="2025-03-14", prec=D, killed=1, injured=1),
        A2("Fuzuli district", "incident", 148106, "AZ", date="2025-03-14", prec=D, killed=1, injured=1),
        # Hospital town.
        S("Baku", "mention", 587084),
        # Birthplace; buried there on 16 March in a ceremony.
        S("Samukhlu", "conference", 824615, date="2025-03-16", prec=D),
        A2("Barda district", "mention", 587057, "AZ"),
        # Basic deminer course, autumn 2016.
        S("Goygol", "conference", 584716, date="2016-01-01", prec=Y),
        # 2017: land cleared for the returning families.
        S("Jojug Marjanli", "clearance", (39.49, 47.06), country_code="AZ", date="2017-01-01", prec=Y),
        A2("Jabrayil district", "clearance", 148141, "AZ", date="2017-01-01", prec=Y),
        # December 2020: among the first deminers sent in.
        R("Karabakh", "clearance", (39.85, 46.75), "AZ", date="2020-12-01", prec=M),
        # From 2021: more than 6,000 mines lifted.
        A2("Aghdam district", "clearance", 148619, "AZ", date="2021-01-01", prec=Y, mines=6000),
        # "more than 390 people killed or injured" since November 2020: not split.
        C("Azerbaijan", "incident", "AZ", date="2020-11-01", prec=M),
    ],
    "793_police_blotter_bajaur_landi_kotal_peshawar_kurram.txt": [
        # Saturday 15 November: two brothers wounded near Inzari.
        A2("Bajaur", "incident", (34.78, 71.52), "PK", variants=["Bajaur district"], date="2025-11-15", prec=D, injured=2),
        S("Inzari", "incident", 1107099, date="2025-11-15", prec=D, injured=2),
        # Hospital town.
        S("Khar", "mention", 1174089),
        # Border.
        C("Afghanistan", "mention", "AF"),
        # Sunday 16 November: 12 AP mines, four grenades and an RPG round recovered.
        S("Landi Kotal", "minefield", 1172208, date="2025-11-16", prec=D, mines=17),
        # Friday 14 November: a shell found by scrap collectors, defused.
        S("Peshawar", "minefield", 1168197, date="2025-11-14", prec=D, mines=1),
        # Thursday 13 November: two killed, a woman and a child wounded.
        A2("Kurram", "incident", (33.75, 70.15), "PK", date="2025-11-13", prec=D, killed=2, injured=2),
        S("Sadda", "incident", (33.70, 70.33), country_code="PK", date="2025-11-13", prec=D, killed=2, injured=2),
        S("Parachinar", "incident", 1168394, date="2025-11-13", prec=D, killed=2, injured=2),
        # Saturday and Sunday: seven IEDs planted along the road defused.
        A2("North Waziristan", "clearance", (32.95, 70.05), "PK", date="2025-11-15", prec=D, mines=7),
        S("Miran Shah", "clearance", 1170367, date="2025-11-15", prec=D, mines=7),
        S("Mir Ali", "clearance", (32.99, 70.27), country_code="PK", date="2025-11-15", prec=D, mines=7),
        # Public notice.
        A1("Khyber Pakhtunkhwa", "mention", (34.5, 71.8), "PK", tolerance_km=LARGE),
    ],
    "794_weekly_roundup_idlib_khiam_hajjah_ain_zara.txt": [
        R("Middle East", "mention", (29.00, 42.00), None, tolerance_km=1500),
        # Tuesday 14 January: five injured, three of the five later died.
        C("Syria", "incident", "SY", date="2025-01-14", prec=D, killed=3, injured=2),
        S("Saraqib", "incident", 164816, date="2025-01-14", prec=D, killed=3, injured=2),
        S("Maarat al-Numan", "incident", 167611, date="2025-01-14", prec=D, killed=3, injured=2),
        A1("Idlib province", "incident", (35.75, 36.65), "SY", date="2025-01-14", prec=D, killed=3, injured=2),
        # Hospital town.
        S("Idlib city", "mention", 169389),
        # 41 deaths since December.
        S("Khan Shaykhun", "incident", 168325, date="2024-12-01", prec=M, killed=41),
        # 230 items removed over the week.
        A1("Deir ez-Zor governorate", "clearance", (35.0, 40.4), "SY", tolerance_km=LARGE, date="2025-01-01", prec=M, mines=230),
        S("Al-Mayadin", "clearance", 173480, date="2025-01-01", prec=M, mines=230),
        # Thursday 16 January: 64 submunitions destroyed (the heading's sentence).
        C("Lebanon", "clearance", "LB", date="2025-01-16", prec=D, mines=64),
        S("Khiam", "clearance", (33.33, 35.61), country_code="LB", date="2025-01-16", prec=D, mines=64),
        # Saturday 18 January: a shepherd wounded.
        S("Kfar Kila", "incident", 272849, date="2025-01-18", prec=D, injured=1),
        # Returning families asked to wait.
        S("Marjayoun", "mention", 271226),
        # Wednesday 15 January: a boy killed, two cousins wounded.
        C("Yemen", "incident", "YE", date="2025-01-15", prec=D, killed=1, injured=2),
        S("Haradh", "incident", 75163, date="2025-01-15", prec=D, killed=1, injured=2),
        A1("Hajjah governorate", "incident", (16.0, 43.4), "YE", date="2025-01-15", prec=D, killed=1, injured=2),
        A1("Taiz governorate", "clearance", (13.4, 43.9), "YE", date="2025-01-01", prec=M, mines=1140),
        # Sunday 19 January: a construction worker killed.
        C("Libya", "incident", "LY", date="2025-01-19", prec=D, killed=1),
        S("Ain Zara", "incident", (32.80, 13.26), country_code="LY", date="2025-01-19", prec=D, killed=1),
        S("Tripoli", "incident", 2210247, date="2025-01-19", prec=D, killed=1),
        # Two-day workshop on Monday 13 and Tuesday 14 January.
        S("Benghazi", "conference", 88319, date="2025-01-13", prec=D),
        # 14 hazardous areas confirmed since October.
        S("Sirte", "minefield", 2210554, date="2024-10-01", prec=M),
        # Next week's report.
        R("Golan Heights", "mention", (33.00, 35.78), "SY"),
    ],
    "795_survivor_macayepo_el_carmen_de_bolivar_ovejas.txt": [
        # Dateline and the municipality declared free of known minefields.
        S("El Carmen de Bolívar", "clearance", 3684666, variants=["El Carmen"], date="2019-03-01", prec=M, mines=120),
        # 2 August 2007: her brother killed, she lost a leg.
        S("Macayepo", "incident", (9.62, -75.25), country_code="CO", date="2007-08-02", prec=D, killed=1, injured=1),
        R("Montes de María", "incident", (9.70, -75.20), "CO", date="2007-08-02", prec=D, killed=1, injured=1),
        # Hospital and rehabilitation towns.
        S("Cartagena", "mention", 3687238),
        S("Bogotá", "mention", 3688689),
        # Last year: two boys wounded.
        S("Ovejas", "incident", 3673455, date="2022-01-01", prec=Y, injured=2),
        A1("Sucre department", "incident", (9.0, -75.1), "CO", date="2022-01-01", prec=Y, injured=2),
        # February: a farmer found a mine.
        S("Chalán", "minefield", 3686835, date="2023-02-01", prec=M, mines=1),
        # Risk-education school visits.
        S("San Jacinto", "mention", 3669736),
        # "more than 12,000 victims ... since 1990": not split.
        C("Colombia", "incident", "CO", date="1990-01-01", prec=Y),
        # Survivors' meeting last month.
        S("Sincelejo", "conference", 3667983, date="2023-04-01", prec=M),
    ],
    "796_opinion_myanmar_mindat_demoso_kyaukphyu_lashio.txt": [
        # 1,003 casualties in 2023, ahead of Syria, Afghanistan and Ukraine.
        C("Myanmar", "incident", "MM", date="2023-01-01", prec=Y),
        C("Syria", "incident", "SY", date="2023-01-01", prec=Y),
        C("Afghanistan", "incident", "AF", date="2023-01-01", prec=Y),
        C("Ukraine", "incident", "UA", date="2023-01-01", prec=Y),
        # 9 November: a farmer killed, his wife badly wounded.
        S("Mindat", "incident", (21.375, 93.97), country_code="MM", date="2024-11-09", prec=D, killed=1, injured=1),
        A1("Chin State", "incident", (22.0, 93.6), "MM", tolerance_km=LARGE, date="2024-11-09", prec=D, killed=1, injured=1),
        # Villagers who went back this year found mines in their compounds.
        A1("Sagaing Region", "minefield", (23.5, 95.3), "MM", tolerance_km=LARGE, date="2024-01-01", prec=Y),
        # September: four bus passengers died.
        S("Lashio", "incident", 1314759, date="2024-09-01", prec=M, killed=4),
        A1("Shan State", "incident", (21.5, 97.8), "MM", tolerance_km=LARGE, date="2024-09-01", prec=M, killed=4),
        # October: 14 people wounded by mines treated.
        A1("Karenni State", "incident", (19.3, 97.3), "MM", date="2024-10-01", prec=M, injured=14),
        S("Demoso", "incident", 13562172, date="2024-10-01", prec=M, injured=14),
        # The army "has mined the embankments": undated.
        A1("Rakhine State", "minefield", (20.0, 93.6), "MM", tolerance_km=LARGE),
        S("Kyaukphyu", "minefield", 1316752),
        # Hospital across the border.
        S("Mae Sot", "mention", 1152188),
        C("Thailand", "mention", "TH"),
        # "three decades of clearance in Cambodia and Laos".
        C("Cambodia", "clearance", "KH"),
        C("Laos", "clearance", "LA"),
        # Byline.
        S("Chiang Mai", "mention", 1153671),
    ],
}
