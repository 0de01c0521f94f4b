"""More development articles (eval/dev 860-871), annotated like those in dev.py.

Interviews, testimonies and profiles, where places come up in memories as much as in
news (150-450 words): a Q:/A: interview with a team leader (Perušić, Lika-Senj County,
Croatia, with a year in Bihać, Bosnia); a survivor's first-person testimony turned
deminer (Sala Krau and Ou Andoung, Pailin, Cambodia); an obituary of a deminer (Kuito,
Andulo, Cuito Cuanavale, Mavinga, Angola); a podcast transcript with a mine-action
official (Penjwen, Halabja, Sulaimani, Sidakan, Sinjar, Kurdistan Region of Iraq); a
farmer's interview with bold questions (Volokhiv Yar, Chuhuiv district, Kharkiv region,
Ukraine); a profile of an all-women clearance team (Muang Khoun, Nong Het, Kham,
Xieng Khouang, Laos); a survivor's sister's testimony (El Plateado, Argelia, Micay
canyon, Cauca, Colombia); a Q&A with a mine-action official (Aden, Hodeidah, Hays,
al-Tuhayta, Marib, Yemen); a profile of a survivor (Lashkar Gah, Sangin, Nad Ali,
Helmand, Afghanistan); a bold-question interview with a deminer (Ziguinchor, Niaguis,
Mpack, Bignona, Diattakounda, Casamance, Senegal); a deminer's testimony (Sirte, Ain
Zara, Salah al-Din, Qasr bin Ghashir, Tripoli, Libya); an obituary of a deminer
(Kalaikhum, Darvoz, Garm, Tavildara, Shurobod, Isfara, Tajikistan). Count forms: "lost
two fingers", "a shepherd was killed and his nephew lost a leg", "two children were
killed and a third was wounded", "41 anti-personnel mines and three anti-tank mines",
"118 anti-personnel mines and nine mortar shells", "23 anti-tank mines and 11
artillery shells", "14 children were killed and 31 injured", "ten anti-personnel mines
and one anti-tank mine", "11 people were killed and 38 injured".

Decisions where the rules are silent (earlier batches' conventions are kept: hospital
towns, donors, treaty deadlines, borders and risk education are mentions; a meeting
still to come is a conference with no date; "last week" and "two weeks ago" are month
precision; a season is year precision; "found and destroyed" is a find):
- Life-story places are mentions: a birthplace (Vinkovci, Sala Krau, Kuito at first,
  Penjwen at first, El Plateado at first, Mukalla at first, Ziguinchor at first, Sirte
  at first, Garm at first), a school or university town (Vinkovci, Battambang, Vientiane,
  Gereshk, Misrata, Aden), a family's later home (Cali, Tripoli at first), a relative's
  town (Rijeka, Luanda, Vahdat), the place of the interview or of the guest's office
  (Sulaimani, Aden, the office in Kulob) and a hospital or prosthetics town (Split,
  Pailin, Menongue, Chuhuiv, Erbil, Popayán at first, Lashkar Gah, Kandahar, Abu Salim,
  Dushanbe at first). Each takes a higher role from any other sentence naming it.
- A training course a person took is a conference dated by its year (Zagreb 2002,
  Kampong Chhnang 2017, Huambo 1995, Sulaimani 2003, Phonsavan 2014, Popayán 2022,
  Ziguinchor 2009, Tunis 2022, Dushanbe 2005), a vocational course too (the tailoring
  course in Kabul, 2018); a course the speaker ran or taught is the same (Mukalla in
  March, Kolda last month). A risk-education volunteer's school visits (El Tambo,
  Balboa) stay mentions. A burial "in a ceremony attended by deminers" is a ceremony:
  conference, dated the burial day (Garm), as in dev_briefs; a plain "He was buried in
  Kuito" leaves Kuito its clearance. Habitual coordination meetings (Benghazi) are a
  conference without date.
- Dates from memory: "back in 2008", "In 2011" and "in the dry season of 2018" are year
  precision; "In March 2011" is month; "two summers ago" in a May article is the year
  two years back (2023); "in the summer of 2022", "this spring" and "last year" are
  years. "The day after Easter in 2023" told by a Ukrainian farmer is the day after
  Orthodox Easter (16 April 2023): 17 April 2023, day precision; "In 2019, the day after
  Easter" in Colombia is the day after Western Easter (21 April 2019): 22 April 2019.
  "Two weeks ago" (Sidakan) is month precision, like "last week".
- A story's date carries from the sentence before when the event's own sentence states
  none or only a span: "that summer" after "the spring of 2002" (Nuštar, 2002); "For
  eleven years he led teams around Cuito Cuanavale" after "In 2012 he moved south"
  (2012); "in my first year" after "In 2003" (Halabja, 2003); "The next year" after 2008
  (Ziguinchor, 2009); "since then I have worked with a clearance team in the southern
  districts of Tripoli" after "In 2022 I did a ... course" (Tripoli clearance, 2022);
  "for his first three years he cleared ... around Tavildara" in the sentence of "In
  2005" (2005). A Q&A answer takes "this year" from its question (Yemen, 2024).
- Counts told in the next sentences of the same blast without a new event place (the
  cousin who lost an eye, the cousin walking behind who was killed, Anas dying in a
  hospital in Abu Salim, the neighbour wounded with him, the team member hit by
  fragments, Nazarov dying in the helicopter) add to the places of the blast sentence;
  a hospital place named there stays a mention. "Lost his right foot", "lost two
  fingers", "lost the sight of his left eye" and "lost both legs" are injured 1; the
  victim's own death in an obituary is killed 1. A mule or cow killed gives no count;
  the cow in "the pasture behind the school" names no place and gives nothing.
- A deminer hurt or killed while clearing is an incident (Andulo, Drniš, Karlovac,
  Bignona, Shurobod and Shamsiddin Shohin district, Kalaikhum and Darvoz district). A
  place where the remembered blast happened and that was cleared later (Ou Andoung,
  Penjwen, Sangin, El Plateado, Volokhiv Yar, Ain Zara) keeps the incident and its facts.
- Minefields "left" by the fighting of stated years are dated the first year (Cuando
  Cubango, 1987, not the 2012 of the speaker's move in the same sentence). Devices
  "still found ... almost every month" (Sinjar, Mount Sinjar), mines "laid on both
  sides of the front line" (Taiz), land "still suspected" (Lika, Karlovac County,
  Kharkiv region, Casamance), "still recorded as contaminated" (Iraq, Kurdistan Region)
  and "among the most contaminated provinces" (Xieng Khouang, Laos, Helmand) are
  undated minefields; "submunitions dropped on Laos during the Vietnam War, perhaps a
  third failed to explode" is the same (the war is an event name).
- "Since June they have found and destroyed 412 cluster submunitions in these fields"
  follows "a rice paddy outside Muang Khoun": the fields are Muang Khoun's, so it takes
  the find (June 2024, 412); Xieng Khouang stands in a separate sentence of
  contamination and gets no count. "The women found 27 more submunitions in the same
  field" adds nothing to Kham district, which keeps the incident.
- References and descriptions are mentions: "by Balakliia" (Verbivka holds the event),
  "the bank of the Panj river", "east of the Cuito river", "an irrigation canal fed by
  the Helmand river near Sangin", "the border with Iran", "the border with
  Guinea-Bissau"; "near the Turkish and Iranian borders" names no country. "The hills
  above Bihać", "the mountain above Penjwen" and "the old front line east of Perušić"
  name no more specific place, so the town holds the event.
- A country named only in a question ("outside Croatia", "a Croatia free of mines by
  2026") gets a mention from it; Croatia is clearance from the lede ("has cleared
  minefields in Croatia since 2002", 2002). "Yemen's west coast" where clearance runs
  since 2018 is clearance, outranked by the casualty count. A country paying for
  demining ("Ukraine pays most of it", Japan) is a donor: mention. Senegal "asked ...
  for more time" and Angola's 2025 target are treaty deadlines: mentions.
- "More mine victims than any other department of Colombia" last year gives Cauca and
  Colombia an incident dated 2024 with no count; "212 civilian casualties ... across
  Yemen, 71 of them children" and "more than 400 people killed or injured ... in Libya"
  since 2020 are combined figures (no counts). "Killed 2, wounded a third" is 2 and 1.
- Sums: 41 + 3 = 44 (Perušić); 118 + 9 = 127 (Sala Krau district); 23 + 11 = 34 (told for
  Volokhiv Yar, outranked by its incident); 10 + 1 = 11 (Diattakounda). "About 600",
  "more than 2,300", "more than 9,000", "more than 4,000" are taken as stated.
- Same-named units: "Sala Krau district" is a separate entry from the birthplace Sala
  Krau, "Pailin province" from Pailin, "Sulaimani governorate" from Sulaimani,
  "Karlovac County" from Karlovac, "Chuhuiv district" from Chuhuiv, "Lika-Senj County"
  (admin1) from the region Lika; each unit at the annotator's point. "Kamrieng
  district", "Goudomp department", "al-Tuhayta district" and "Sirwah district", never
  separated from their seats, use the seat's id. "Darvoz district" takes the later
  bare "Darvoz" as a variant, "Helmand province" the bare "Helmand", "Casamance region"
  the bare "Casamance"; "Helmand river" is its own feature.
- City districts (Khor Maksar in Aden; Abu Salim, Salah al-Din and Ain Zara in Tripoli)
  are settlements at their own points, beside their cities' own entries. Garm is the
  cities500 town now named Rasht (1221740); the "Rasht valley" is a region. "Vahdat,
  outside Dushanbe" is the town near the capital, not its namesake in the Rasht valley.
"""

# ruff: noqa: E501

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

_DRNIS = {"date": "2023-01-01", "prec": Y, "injured": 1}
_BIHAC = {"date": "2008-01-01", "prec": Y}
_OU_ANDOUNG = {"date": "2011-03-01", "prec": M, "killed": 1, "injured": 1}
_OU_CHROV = {"date": "2024-01-01", "prec": M, "mines": 36}
_KUITO = {"date": "1998-01-01", "prec": Y, "mines": 2300}
_SIDAKAN = {"date": "2024-09-01", "prec": M, "killed": 1, "injured": 1}
_TRACTOR = {"date": "2023-04-17", "prec": D, "injured": 1}
_AGE_2024 = {"date": "2024-01-01", "prec": Y}
_ADEN = {"date": "2015-01-01", "prec": Y, "mines": 4000}
_SIRWAH = {"date": "2024-10-01", "prec": M}
_KALAIKHUM = {"date": "2026-03-24", "prec": D, "killed": 1, "injured": 1}
_SHUROBOD = {"date": "2011-01-01", "prec": Y, "injured": 1}

ARTICLES: dict[str, list[Spec]] = {
    "860_interview_croatian_deminer_perusic_lika_vinkovci_nustar_bihac_drnis.txt": [
        # Lede: "has cleared minefields in Croatia since 2002"; questions name it only.
        C("Croatia", "clearance", "HR", date="2002-01-01", prec=Y),
        # Lede: the team works near Perušić; since mid-March 41 AP + 3 AT found.
        S("Perušić", "minefield", 3193476, date="2025-03-01", prec=M, mines=44),
        A1("Lika-Senj County", "clearance", (44.60, 15.30), "HR"),
        # Birthplace and school town.
        S("Vinkovci", "mention", 3187719),
        # Basic deminer training, spring 2002.
        S("Zagreb", "conference", 3186886, date="2002-01-01", prec=Y),
        # "that summer" (2002): 214 mines lifted.
        S("Nuštar", "clearance", 3194310, date="2002-01-01", prec=Y, mines=214),
        # "Back in 2008 ... to Bosnia to clear the hills above Bihać".
        C("Bosnia", "clearance", "BA", **_BIHAC),
        S("Bihać", "clearance", 3204222, **_BIHAC),
        # "Two summers ago" (2023): a team member lost his right foot.
        S("Drniš", "incident", 3201162, **_DRNIS),
        # Hospital town.
        S("Split", "mention", 3190261),
        # 2009: a friend killed.
        S("Karlovac", "incident", 3345300, date="2009-01-01", prec=Y, killed=1),
        # Suspected land remaining.
        R("Lika", "minefield", (44.60, 15.40), "HR"),
        A1("Karlovac County", "minefield", (45.30, 15.50), "HR"),
        # The son's university town.
        S("Rijeka", "mention", 3191648),
        # Safety briefing "next week": to come.
        S("Gospić", "conference", 3199873),
    ],
    "861_testimony_cambodia_sala_krau_pailin_ou_andoung_kamrieng_ou_chrov.txt": [
        # Birthplace.
        S("Sala Krau", "mention", 1825200),
        A1("Pailin province", "mention", (12.85, 102.65), "KH"),
        # March 2011: the brother killed, the cousin lost an eye; cleared in 2022.
        S("Ou Andoung", "incident", 11338459, **_OU_ANDOUNG),
        # Hospital town; later risk-education visits to its schools.
        S("Pailin", "mention", 1830205),
        # Secondary school.
        S("Battambang", "mention", 1831797),
        # Six weeks of training, 2017.
        S("Kampong Chhnang", "conference", 1831167, date="2017-01-01", prec=Y),
        # Dry season of 2018: 62 mines lifted.
        A2("Kamrieng district", "clearance", 11320731, "KH", date="2018-01-01", prec=Y, mines=62),
        # 2022: 118 AP mines + 9 mortar shells destroyed.
        A2("Sala Krau district", "clearance", (12.97, 102.55), "KH", date="2022-01-01", prec=Y, mines=127),
        # Since January: 36 mines found.
        A1("Banteay Meanchey province", "minefield", (13.75, 103.00), "KH", **_OU_CHROV),
        S("Ou Chrov", "minefield", 11338555, **_OU_CHROV),
        # Last year: 11 killed, 38 injured.
        C("Cambodia", "incident", "KH", date="2023-01-01", prec=Y, killed=11, injured=38),
    ],
    "862_obituary_angola_deminer_kuito_andulo_camacupa_cuito_cuanavale_mavinga.txt": [
        # Died at the provincial hospital.
        S("Menongue", "mention", 3347353),
        # Birthplace; 1998-2004: more than 2,300 mines around Kuito and along the road to
        # Camacupa; burial (a plain burial; clearance outranks anyway).
        S("Kuito", "clearance", 3348078, **_KUITO),
        A1("Bié province", "mention", (-12.30, 17.00), "AO"),
        S("Camacupa", "clearance", 3351014, **_KUITO),
        # Basic demining course, 1995.
        S("Huambo", "conference", 3348313, date="1995-01-01", prec=Y),
        # 1997: lost two fingers while clearing.
        S("Andulo", "incident", 3351884, date="1997-01-01", prec=Y, injured=1),
        # Minefields left by the fighting of 1987 and 1988.
        A1("Cuando Cubango", "minefield", (-15.60, 19.20), "AO", tolerance_km=LARGE, date="1987-01-01", prec=Y),
        # "For eleven years" from 2012: more than 9,000 mines destroyed.
        S("Cuito Cuanavale", "clearance", 3349149, date="2012-01-01", prec=Y, mines=9000),
        F("Cuito river", "mention", (-15.16, 19.17), "AO", tolerance_km=LINEAR),
        # 2019: handover of the cleared land around the airstrip.
        S("Mavinga", "clearance", 876019, date="2019-01-01", prec=Y),
        # Treaty target.
        C("Angola", "mention", "AO"),
        # The daughter's town.
        S("Luanda", "mention", 2240449),
    ],
    "863_podcast_iraq_kurdistan_penjwen_halabja_sulaimani_sidakan_sinjar.txt": [
        # Guest's agency; "a good part of it is in the Kurdistan Region".
        R("Kurdistan Region", "minefield", (36.40, 44.00), "IQ", tolerance_km=LARGE),
        # Where the guest speaks from; the first deminer course, 2003.
        S("Sulaimani", "conference", 98463, date="2003-01-01", prec=Y),
        # Birthplace; 1991: the father killed on the mountain above Penjwen.
        S("Penjwen", "incident", 98012, date="1991-01-01", prec=Y, killed=1),
        C("Iran", "mention", "IR"),
        # First year (2003): about 600 mines removed.
        S("Halabja", "clearance", 96205, date="2003-01-01", prec=Y, mines=600),
        # Last year: 3,870 items destroyed.
        A1("Sulaimani governorate", "clearance", (35.60, 45.50), "IQ", date="2023-01-01", prec=Y, mines=3870),
        # Devices still found almost every month.
        S("Sinjar", "minefield", 448149),
        F("Mount Sinjar", "minefield", (36.37, 41.75), "IQ", tolerance_km=LINEAR),
        # Two weeks ago: a shepherd killed, his nephew lost a leg.
        S("Sidakan", "incident", (36.80, 44.67), country_code="IQ", **_SIDAKAN),
        # Hospital town.
        S("Erbil", "mention", 95446),
        # More than 2,000 km2 still recorded as contaminated.
        C("Iraq", "minefield", "IQ"),
        # Workshop next month.
        S("Duhok", "conference", 96994),
    ],
    "864_interview_farmer_kharkiv_volokhiv_yar_bazaliivka_shevchenkove_verbivka.txt": [
        # The day after (Orthodox) Easter 2023: tractor on an AT mine, driver lost a leg.
        S("Volokhiv Yar", "incident", 689138, **_TRACTOR),
        S("Bazaliivka", "incident", 712714, **_TRACTOR),
        A2("Chuhuiv district", "mention", (49.75, 36.90), "UA"),
        # "still suspected of being mined".
        A1("Kharkiv region", "minefield", (49.50, 36.60), "UA"),
        # Hospital town.
        S("Chuhuiv", "mention", 710374),
        # Hospital; last month (April 2025) a meeting for farmers.
        S("Kharkiv", "conference", 706483, date="2025-04-01", prec=M),
        # Two summers ago (2023): a combine driver killed.
        S("Shevchenkove", "incident", 694137, date="2023-01-01", prec=Y, killed=1),
        # Handed back in March after 41 items removed.
        S("Verbivka", "clearance", 689969, date="2025-03-01", prec=M, mines=41),
        S("Balakliia", "mention", 712926),
        # Funders of the programme.
        C("Ukraine", "mention", "UA"),
        C("Japan", "mention", "JP"),
    ],
    "865_profile_laos_women_team_xieng_khouang_muang_khoun_nong_het_kham.txt": [
        # Since June: 412 submunitions found and destroyed in these fields.
        S("Muang Khoun", "minefield", (19.33, 103.37), country_code="LA", date="2024-06-01", prec=M, mines=412),
        # "still among the most contaminated provinces of Laos".
        A1("Xieng Khouang", "minefield", (19.45, 103.25), "LA"),
        C("Laos", "minefield", "LA"),
        # 2008: the cousin killed by a bomblet on the way to school.
        A2("Nong Het district", "incident", (19.47, 103.95), "LA", date="2008-01-01", prec=Y, killed=1),
        # Studies.
        S("Vientiane", "mention", 1651944),
        # Trained there in 2014; the team's base.
        S("Phonsavan", "conference", 1655123, date="2014-01-01", prec=Y),
        # Summer 2022: a farmer lost an eye.
        A2("Kham district", "incident", (19.65, 103.55), "LA", date="2022-01-01", prec=Y, injured=1),
        # Last year: 38 hectares handed back.
        F("Plain of Jars", "clearance", (19.43, 103.15), "LA", date="2023-01-01", prec=Y),
        # Donors.
        C("United States", "mention", "US"),
        C("Germany", "mention", "DE"),
    ],
    "866_testimony_colombia_cauca_argelia_el_plateado_micay_popayan.txt": [
        # Birthplace; 22 April 2019 (the day after Easter): the brother lost a leg.
        S("El Plateado", "incident", (2.4644, -77.2403), country_code="CO", date="2019-04-22", prec=D, injured=1),
        # Birthplace's canyon; in December a soldier lost both legs further down it.
        F("Micay canyon", "incident", (2.40, -77.20), "CO", tolerance_km=LINEAR, date="2024-12-01", prec=M, injured=1),
        # Municipality, left in 2020; last October 37 devices destroyed on the road.
        S("Argelia", "clearance", 3689615, date="2024-10-01", prec=M, mines=37),
        # Title; "more mine victims than any other department of Colombia" last year.
        A1("Cauca", "incident", (2.50, -76.80), "CO", date="2024-01-01", prec=Y),
        C("Colombia", "incident", "CO", date="2024-01-01", prec=Y),
        # Hospital; the risk-education volunteers' course in 2022.
        S("Popayán", "conference", 3671916, date="2022-01-01", prec=Y),
        # The family's new home.
        S("Cali", "mention", 3687925),
        # Risk education in schools.
        S("El Tambo", "mention", 3682963),
        S("Balboa", "mention", 3689292),
    ],
    "867_qa_yemen_official_aden_khor_maksar_hodeidah_hays_tuhayta_sirwah.txt": [
        # West coast clearance since 2018; casualties "this year" (combined figure).
        C("Yemen", "incident", "YE", **_AGE_2024),
        # Interview place, studies; 2015: more than 4,000 removed in Aden.
        S("Aden", "clearance", 415189, **_ADEN),
        S("Khor Maksar", "clearance", (12.83, 45.03), country_code="YE", **_ADEN),
        # Birthplace; the course for 40 new deminers in March.
        S("Mukalla", "conference", 78754, date="2024-03-01", prec=M),
        # Since January: 6,240 items destroyed.
        A1("Hodeidah governorate", "clearance", (14.90, 43.10), "YE", date="2024-01-01", prec=M, mines=6240),
        # 19 August: two children killed, a third wounded.
        S("Hays", "incident", 74906, date="2024-08-19", prec=D, killed=2, injured=1),
        # September: 58 mines found in fields surveyed as clean.
        A2("al-Tuhayta district", "minefield", 77655, "YE", date="2024-09-01", prec=M, mines=58),
        # Mines laid on both sides of the front line.
        S("Taiz", "minefield", 70225),
        # October: 120 hectares handed over.
        A1("Marib governorate", "clearance", (15.45, 45.50), "YE", **_SIRWAH),
        A2("Sirwah district", "clearance", 34703, "YE", **_SIRWAH),
        # Donors.
        C("Saudi Arabia", "mention", "SA"),
        C("Netherlands", "mention", "NL"),
        C("Japan", "mention", "JP"),
    ],
    "868_profile_afghanistan_tailor_lashkar_gah_sangin_nad_ali_kandahar.txt": [
        # Shop, hospital.
        S("Lashkar Gah", "mention", 1134720),
        # "one of the most contaminated provinces in the country".
        A1("Helmand province", "minefield", (31.00, 64.20), "AF", tolerance_km=LARGE, variants=["Helmand"]),
        # 2011: he lost both legs, his cousin killed; this spring the canal cleared.
        S("Sangin", "incident", 1127547, date="2011-01-01", prec=Y, killed=1, injured=1),
        F("Helmand river", "mention", (32.00, 64.80), "AF", tolerance_km=LINEAR),
        # Orthopaedic centre.
        S("Kandahar", "mention", 1138336),
        # School.
        S("Gereshk", "mention", 1141540),
        # Tailoring course, 2018.
        S("Kabul", "conference", 1138958, date="2018-01-01", prec=Y),
        # Between January and May: 212 devices found and destroyed.
        A2("Nad Ali district", "minefield", (31.63, 64.20), "AF", date="2023-01-01", prec=M, mines=212),
        # In May: 14 children killed, 31 injured.
        C("Afghanistan", "incident", "AF", date="2023-05-01", prec=M, killed=14, injured=31),
    ],
    "869_questions_senegal_deminer_ziguinchor_niaguis_mpack_bignona_diattakounda_goudomp.txt": [
        # Where the team works (lede).
        A2("Goudomp department", "clearance", 2251470, "SN"),
        # "about one square kilometre is still suspected".
        R("Casamance region", "minefield", (12.75, -15.90), "SN", variants=["Casamance"]),
        # Lede; treaty extension.
        C("Senegal", "mention", "SN"),
        # Birthplace; training "the next year" (2009).
        S("Ziguinchor", "conference", 2243940, date="2009-01-01", prec=Y),
        # 2008: two women killed.
        S("Niaguis", "incident", (12.569, -16.174), country_code="SN", date="2008-01-01", prec=Y, killed=2),
        # 2010: 27 mines lifted.
        S("Mpack", "clearance", (12.462, -16.238), country_code="SN", date="2010-01-01", prec=Y, mines=27),
        C("Guinea-Bissau", "mention", "GW"),
        # 2014: a colleague lost his hand.
        S("Bignona", "incident", 2253901, date="2014-01-01", prec=Y, injured=1),
        # Since November: 10 AP + 1 AT found.
        S("Diattakounda", "minefield", 2252615, date="2025-11-01", prec=M, mines=11),
        # Village chiefs laughed.
        S("Oussouye", "mention", 2246901),
        # Last month: trained twelve new deminers.
        S("Kolda", "conference", 2249782, date="2026-02-01", prec=M),
        # Regional meeting in April, to come.
        S("Dakar", "conference", 2253354),
    ],
    "870_testimony_libya_tripoli_ain_zara_sirte_salah_al_din_qasr_bin_ghashir.txt": [
        # Birthplace; 2016: the uncle lost three fingers to a booby trap.
        S("Sirte", "incident", 2210554, date="2016-01-01", prec=Y, injured=1),
        # Family's new home; "since then" (2022) with a clearance team in its south.
        S("Tripoli", "clearance", 2210247, date="2022-01-01", prec=Y),
        # 6 June 2020: the brother killed, a neighbour wounded.
        S("Ain Zara", "incident", (32.80, 13.26), country_code="LY", date="2020-06-06", prec=D, killed=1, injured=1),
        # Hospital.
        S("Abu Salim", "mention", (32.85, 13.18), country_code="LY"),
        # University.
        S("Misrata", "mention", 2214846),
        # EOD course, 2022.
        S("Tunis", "conference", 2464470, date="2022-01-01", prec=Y),
        # Last year: 312 items removed (with Ain Zara).
        S("Salah al-Din", "clearance", (32.82, 13.21), country_code="LY", date="2024-01-01", prec=Y, mines=312),
        # Summer 2023: a boy killed by a rocket.
        S("Qasr bin Ghashir", "incident", 2213618, date="2023-01-01", prec=Y, killed=1),
        # Since 2020: more than 400 killed or injured (combined).
        C("Libya", "incident", "LY", date="2020-01-01", prec=Y),
        # Coordination meetings every few months.
        S("Benghazi", "conference", 88319),
    ],
    "871_obituary_tajik_deminer_kalaikhum_darvoz_garm_tavildara_shurobod_isfara.txt": [
        # Lede clearance; since 1992 more than 880 killed or injured (combined).
        C("Tajikistan", "incident", "TJ", date="1992-01-01", prec=Y),
        # 24 March: killed while clearing; a team member injured.
        S("Kalaikhum", "incident", 1221559, **_KALAIKHUM),
        A2("Darvoz district", "incident", (38.45, 70.90), "TJ", variants=["Darvoz"], **_KALAIKHUM),
        F("Panj river", "mention", (38.45, 70.80), "TJ", tolerance_km=LINEAR),
        # Hospital destination; basic deminer course 2005; "outside Dushanbe".
        S("Dushanbe", "conference", 1221874, date="2005-01-01", prec=Y),
        # Birthplace; buried on 26 March in a ceremony.
        S("Garm", "conference", 1221740, date="2026-03-26", prec=D),
        R("Rasht valley", "mention", (39.00, 70.40), "TJ"),
        # First three years from 2005.
        S("Tavildara", "clearance", 1220324, date="2005-01-01", prec=Y),
        # 2011: lost the sight of his left eye.
        S("Shurobod", "incident", 1220479, **_SHUROBOD),
        A2("Shamsiddin Shohin district", "incident", (37.85, 70.15), "TJ", **_SHUROBOD),
        # From 2016: 1,140 mines removed.
        S("Isfara", "clearance", 1514896, date="2016-01-01", prec=Y, mines=1140),
        # Supervisor's office.
        S("Kulob", "mention", 1221194),
        # Across the water.
        C("Afghanistan", "mention", "AF"),
        # The family's town.
        S("Vahdat", "mention", 1220855),
    ],
}
