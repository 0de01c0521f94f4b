"""Blind held-out set holdout18 (12 articles); annotated without seeing the rules or any output.

Twelve styles an analyst's reading brings, one each, every article telling several
events at different places with dates (absolute and relative to the article's Date:)
and counts in varied forms: a short wire item, a long investigative feature, a UN
monthly update, an NGO field update, a police press note, an army press release in
translation, a community-radio transcript in translation, a donor announcement, a
deminer's blog post, a monthly regional bulletin, a Q&A interview and a translated
press article. File names carry no place or topic.

Decisions where the rules are silent (the conventions of the dev batches are kept: a
hospital town, donor, risk education, treaty deadline and dateline are mentions;
"found and destroyed" is a find (minefield); a meeting or course still to come is a
conference with no date even when its day is stated; "last week" and "last month"
are month precision; a combined "killed or injured" or "victims" figure carries no
killed/injured split unless the text gives one; a road between two places gives both
ends the event):
- A place holding several events of its top role takes the facts of its own specific
  event, not of a summary line: the country named in the lede of a blast ("...in
  Kalbajar district, Azerbaijan's mine action agency ANAMA said") takes the blast,
  not the national casualty total of a later sentence; Bosnia and Herzegovina takes
  the October blast told in the same sentence ("the only fatal mine accident
  recorded in ... in 2025"); the Mopti region takes Saturday's blast, not its share
  of the January-April total.
- A bare name in a title that matches the dateline town ("The fields Sinjar cannot
  plant") is counted with the town entry (a mention); the district named with its
  generic word is a separate entry. A bare province or oblast name in a title
  ("Battambang handover", "new finds in Xieng Khouang", "Chernihiv and Sumy oblasts")
  joins the province entry; Chernihiv oblast, Chernihiv district and the city of
  Chernihiv are three entries, as are Sumy oblast and Sumy.
- Organisation headers are not places ("JAMMU AND KASHMIR POLICE", "District Police
  Poonch"); the signature "Senior Superintendent of Police, Poonch" names the
  district's jurisdiction and joins the Poonch district entry. A military sector named
  after a town ("the Nowshera sector") is that town; "the Krishna Ghati sector" is a
  region. The Line of Control, named only where residents are advised, is a mention
  (a border), with the river tolerance at the Poonch stretch.
- A town outside which a find is made, when only a larger unit is also named ("a
  survey team working outside Phonsavan found 47 cluster submunitions ... in Paek
  district"), holds the find: Phonsavan is a minefield with the find's facts.
- "a boy was hurt by a mine ... above the road to Gharm": with no more specific
  named place the road's destination holds the incident (last year: year
  precision), though Gharm is also named as the hospital town.
- "farmland along the Juba-Nimule road, stretches of which were mined during the
  civil war" gives both ends a minefield, undated; that outranks Juba's workshop
  and hospital and Nimule's crossing and transit centre.
- "the fourth explosive ordnance accident recorded in Eastern Equatoria this year"
  and "the second mine accident in Casamance this month" are incidents without
  counts, at year and month precision.
- Survey recording new hazardous or strike areas is a minefield without a count
  (Baaj district, Kapoeta East County and Narus, Krasnopillia, Aitaroun); areas
  handed back with only hectares stated are clearance without a count (Mosul,
  Plain of Jars, Hasbaya). A herder's two cows killed by a mine make an incident
  with no count (Darband).
- Funding announced to clear "suspected hazardous area in Zenica-Doboj Canton and in
  the municipality of Doboj, in Republika Srpska" states contamination there: a
  minefield, undated. The municipality of Doboj is an admin2 with its seat's id.
- "Our sister team clears mines in Khatlon" is clearance, undated; its handover
  near Farkhor is told in the next sentence, which does not name Khatlon.
- Relative dates: "Last October" in April 2026 is October 2025; "last spring" is the
  year before (year precision); "in the first two weeks of December" is December
  (month); "Since the ceasefire of 27 November" is that day; "in November" in a
  March article is the November before; "on Saturday afternoon" in a Monday release
  is the Saturday just past; "Two days earlier, on Thursday" counts from Saturday's
  blast; "On the same day" is Saturday; "between June 1 and June 15" and "between 2
  and 6 February" are ranges (first day, day precision); "between January and April"
  and "since January" are January (month); "in 2023" in a 2023 release is year
  precision.
- Counts: 168 + 41 + 312 items = 521; 211 + 9 = 220; 37 + 112 = 149; 64 + 3 = 67; "two
  anti-personnel mines and one hand grenade" = 3; "108 victims ..., 39 of whom were
  killed" = 39 killed, 69 injured; "67 members of the security forces and civilians
  have been victims" and "dozens of people have been killed or injured" carry no
  counts. A son who "survived with burns" beside a killed farmer is one injured in
  the same event.
- Mount Sinjar, named as the side of the mountain where Sinune lies, is a reference
  (mention). The Western Balkans, the deminers' origin, is a mention. "Thai border",
  "Afghan border", "Russian border", "Malian Armed Forces", "German funding" are
  adjectives, not places; "Mine Ban Treaty" names none.
"""

# ruff: noqa: E501

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "01_a.txt": [
        # Dateline, "Baku accuses Armenia", "the Baku desk".
        S("Baku", "mention", 587084),
        # Monday 16 June: two deminers wounded during clearance.
        S("Istisu", "incident", 147969, date="2025-06-16", prec=D, injured=2),
        A2("Kalbajar district", "incident", 586268, "AZ", date="2025-06-16", prec=D, injured=2),
        C("Azerbaijan", "incident", "AZ", date="2025-06-16", prec=D, injured=2),
        # Hospital town.
        S("Ganja", "mention", 586523),
        # Found and destroyed between June 1 and June 15: 168 + 41 + 312.
        A2("Lachin", "minefield", 147625, "AZ", date="2025-06-01", prec=D, mines=521),
        # 9 June: farmer killed, son injured.
        S("Fuzuli", "incident", 148106, date="2025-06-09", prec=D, killed=1, injured=1),
        C("Armenia", "mention", "AM"),
        S("Yerevan", "mention", 616052),
        # Conference next week: still to come.
        S("Aghdam", "conference", 148619),
    ],
    "02_b.txt": [
        # Dateline, title, hospital.
        S("Sinjar", "mention", 448149),
        # 11 killed, 19 injured between January 2022 and December 2023.
        A2("Sinjar district", "incident", (36.30, 41.80), "IQ", date="2022-01-01", prec=M, killed=11, injured=19),
        # Farmland off limits.
        A1("Nineveh province", "minefield", (36.20, 42.60), "IQ", tolerance_km=LARGE),
        # 3 February: a boy killed herding sheep above Tel Azer.
        S("Tel Azer", "incident", (36.20, 41.69), country_code="IQ", date="2024-02-03", prec=D, killed=1),
        # First week of March: 26 devices found.
        S("Kocho", "minefield", (36.17, 41.74), country_code="IQ", date="2024-03-01", prec=M, mines=26),
        # Since 2018: more than 4,800 items removed.
        S("Sinune", "clearance", (36.47, 41.87), country_code="IQ", date="2018-01-01", prec=Y, mines=4800),
        F("Mount Sinjar", "mention", (36.37, 41.75), "IQ", tolerance_km=LINEAR),
        # Last month (February): 14 new hazardous areas.
        A2("Baaj district", "minefield", 99524, "IQ", date="2024-02-01", prec=M),
        C("Syria", "mention", "SY"),
        S("Baghdad", "mention", 98182),
        # More than 2,000 sq km contaminated.
        C("Iraq", "minefield", "IQ"),
        # November (2023): last 40 hectares handed back.
        S("Mosul", "clearance", 99072, date="2023-11-01", prec=M),
        # January: training course opened.
        S("Erbil", "conference", 95446, date="2024-01-01", prec=M),
        S("Duhok", "mention", 96994),
    ],
    "03_c.txt": [
        # Title; "one of the most contaminated states in South Sudan".
        C("South Sudan", "minefield", "SS"),
        # "the fourth ... accident recorded in Eastern Equatoria this year".
        A1("Eastern Equatoria", "incident", (4.60, 33.00), "SS", tolerance_km=LARGE, date="2023-01-01", prec=Y),
        # 14 September: one boy killed, two children injured (highlight and narrative).
        A2("Magwi County", "incident", (3.95, 32.35), "SS", date="2023-09-14", prec=D, killed=1, injured=2),
        S("Pajok", "incident", 375495, date="2023-09-14", prec=D, killed=1, injured=2),
        S("Magwi town", "mention", (4.13, 32.30), country_code="SS"),
        # 22 September: 14 ha handed back, 37 + 112 destroyed; meeting there on 19 September.
        S("Torit", "clearance", 365742, date="2023-09-22", prec=D, mines=149),
        C("Uganda", "mention", "UG"),
        # Juba-Nimule road mined during the civil war.
        S("Nimule", "minefield", (3.596, 32.064), country_code="SS"),
        S("Juba", "minefield", 373303),
        # 27 September: two new hazardous areas confirmed.
        A2("Kapoeta East County", "minefield", (4.70, 34.40), "SS", date="2023-09-27", prec=D),
        S("Narus", "minefield", (4.50, 34.16), country_code="SS", date="2023-09-27", prec=D),
        # Risk education in cattle camps.
        S("Kapoeta", "mention", 372884),
    ],
    "04_d.txt": [
        C("Cambodia", "mention", "KH"),
        C("Lao PDR", "mention", "LA"),
        # 12 February handover; 211 + 9 destroyed (next sentence).
        A1("Battambang province", "clearance", (13.00, 102.95), "KH", date="2026-02-12", prec=D, mines=220),
        A2("Kamrieng district", "clearance", 11320731, "KH", date="2026-02-12", prec=D, mines=220),
        # 4 February: tractor driver injured.
        A2("Samlout district", "incident", 11336111, "KH", date="2026-02-04", prec=D, injured=1),
        # Risk education.
        S("Pailin", "mention", 1830205),
        # Between 2 and 6 February: 47 submunitions found.
        A1("Xieng Khouang province", "minefield", (19.50, 103.35), "LA", date="2026-02-02", prec=D, mines=47),
        S("Phonsavan", "minefield", 1655123, date="2026-02-02", prec=D, mines=47),
        A2("Paek district", "minefield", (19.48, 103.20), "LA", date="2026-02-02", prec=D, mines=47),
        # 9 February: a boy killed, his friend hurt.
        A2("Kham district", "incident", (19.62, 103.60), "LA", date="2026-02-09", prec=D, killed=1, injured=1),
        # Since 2019: 1,260 hectares cleared.
        F("Plain of Jars", "clearance", (19.43, 103.15), "LA", date="2019-01-01", prec=Y),
        # Annual meeting on 17 February.
        S("Vientiane", "conference", 1651944, date="2026-02-17", prec=D),
        C("Japan", "mention", "JP"),
        C("Australia", "mention", "AU"),
    ],
    "05_e.txt": [
        # 22-08-2024: porter injured near Balnoi, Krishna Ghati sector, Mendhar tehsil, Poonch district.
        S("Balnoi", "incident", (33.57, 74.07), country_code="IN", date="2024-08-22", prec=D, injured=1),
        R("Krishna Ghati", "incident", (33.57, 74.10), "IN", date="2024-08-22", prec=D, injured=1),
        A2("Mendhar", "incident", (33.61, 74.13), "IN", date="2024-08-22", prec=D, injured=1),
        A2("Poonch district", "incident", 1167718, "IN", date="2024-08-22", prec=D, injured=1),
        S("Jammu", "mention", 1269321),
        # 20-08-2024: two AP mines and a grenade recovered from a hideout.
        S("Mankote", "minefield", (33.64, 74.05), country_code="IN", date="2024-08-20", prec=D, mines=3),
        # 18-08-2024: soldier injured on patrol.
        A2("Rajouri district", "incident", 1258891, "IN", date="2024-08-18", prec=D, injured=1),
        S("Nowshera", "incident", 1261675, date="2024-08-18", prec=D, injured=1),
        S("Udhampur", "mention", 1253956),
        F("Line of Control", "mention", (33.60, 74.00), "IN", tolerance_km=LINEAR),
        # Mine awareness camp.
        S("Balakote", "mention", (33.56, 74.12), country_code="IN"),
    ],
    "06_f.txt": [
        # Dateline, clinic.
        S("Medellín", "mention", 3674962),
        # Saturday 2 September: soldier wounded.
        S("El Orejón", "incident", (7.04, -75.65), country_code="CO", date="2023-09-02", prec=D, injured=1),
        S("Briceño", "incident", 3688499, date="2023-09-02", prec=D, injured=1),
        A1("Antioquia", "incident", (7.00, -75.50), "CO", tolerance_km=LARGE, date="2023-09-02", prec=D, injured=1),
        # Thursday 31 August: six devices located and destroyed.
        S("Ituango", "minefield", 3680434, date="2023-08-31", prec=D, mines=6),
        # Between 28 and 31 August: 14 devices found and destroyed.
        A1("Nariño", "minefield", (1.50, -77.80), "CO", date="2023-08-28", prec=D, mines=14),
        S("Tumaco", "minefield", 3666640, date="2023-08-28", prec=D, mines=14),
        # Since January: 38 devices destroyed, land cleared.
        S("San Carlos", "clearance", 3670000, date="2023-01-01", prec=M, mines=38),
        S("Cocorná", "clearance", 3686158, date="2023-01-01", prec=M, mines=38),
        # Handover ceremony on 15 September: still to come.
        S("Rionegro", "conference", 3670730),
        # 67 victims in 2023.
        C("Colombia", "incident", "CO", date="2023-01-01", prec=Y),
    ],
    "07_g.txt": [
        # Title, hospital, workshop on Thursday still to come.
        S("Ziguinchor", "conference", 2243940),
        # Yesterday (27 January): woman injured near Djibanar.
        A2("Goudomp department", "incident", (12.60, -15.70), "SN", date="2025-01-27", prec=D, injured=1),
        S("Djibanar", "incident", (12.58, -15.80), country_code="SN", date="2025-01-27", prec=D, injured=1),
        # The correspondent's town.
        S("Goudomp", "mention", 2251470),
        # "the second mine accident in Casamance this month".
        R("Casamance", "incident", (12.75, -15.90), "SN", date="2025-01-01", prec=M),
        # 11 January: motorcyclist killed on the road between Bignona and Sindian.
        S("Bignona", "incident", 2253901, date="2025-01-11", prec=D, killed=1),
        S("Sindian", "incident", (12.963, -16.182), country_code="SN", date="2025-01-11", prec=D, killed=1),
        A2("Bignona department", "incident", (12.95, -16.30), "SN", date="2025-01-11", prec=D, killed=1),
        # Friday 24 January: six hectares handed back, 17 mines removed.
        S("Boutoupa", "clearance", (12.490, -16.088), country_code="SN", date="2025-01-24", prec=D, mines=17),
        A2("Ziguinchor department", "clearance", (12.45, -16.15), "SN", date="2025-01-24", prec=D, mines=17),
        C("Guinea-Bissau", "mention", "GW"),
        S("Dakar", "mention", 2253354),
        # Treaty deadline.
        C("Senegal", "mention", "SN"),
    ],
    "08_h.txt": [
        # Donor.
        C("Germany", "mention", "DE"),
        # Last October: man killed near Zavidovići, "the only fatal mine accident recorded in Bosnia and Herzegovina in 2025".
        C("Bosnia and Herzegovina", "incident", "BA", date="2025-10-01", prec=M, killed=1),
        S("Zavidovići", "incident", 3186717, date="2025-10-01", prec=M, killed=1),
        S("Sarajevo", "mention", 3191281),
        # Suspected hazardous area to be cleared.
        A1("Zenica-Doboj Canton", "minefield", (44.40, 18.00), "BA"),
        A2("Doboj", "minefield", 3201984, "BA"),
        A1("Republika Srpska", "minefield", (44.75, 17.60), "BA", tolerance_km=LARGE),
        # Company seat.
        S("Tuzla", "mention", 3188582),
        # Thursday 2 April: 12 ha handed back, 64 + 3 mines removed.
        S("Maglaj", "clearance", 3195946, date="2026-04-02", prec=D, mines=67),
        S("Novi Šeher", "clearance", 3194358, date="2026-04-02", prec=D, mines=67),
        # Deminers' origin.
        R("Western Balkans", "mention", (43.50, 19.50), None, tolerance_km=300),
        # Course from 20 to 24 April: still to come.
        S("Brčko", "conference", 3203521),
        C("Ukraine", "mention", "UA"),
        C("Iraq", "mention", "IQ"),
        C("Colombia", "mention", "CO"),
    ],
    "09_i.txt": [
        # Title; "almost all of it here in the Rasht Valley".
        R("Rasht Valley", "minefield", (39.00, 70.60), "TJ"),
        # Last week (July): 14 PMN mines found on the ridge above Tavildara.
        S("Tavildara", "minefield", 1220324, date="2023-07-01", prec=M, mines=14),
        # In May: two cows killed.
        S("Darband", "incident", 1221250, date="2023-05-01", prec=M),
        # Last year: a boy hurt above the road to Gharm; also the surgeon's town.
        S("Gharm", "incident", 1221740, date="2022-01-01", prec=Y, injured=1),
        # Monday 10 July: two-day refresher course.
        S("Dushanbe", "conference", 1221874, date="2023-07-10", prec=D),
        # "Our sister team clears mines in Khatlon".
        A1("Khatlon", "clearance", (37.90, 69.20), "TJ"),
        # Last month (June): 9 ha handed back, 31 mines removed.
        S("Farkhor", "clearance", 1220826, date="2023-06-01", prec=M, mines=31),
        C("Afghanistan", "mention", "AF"),
        C("Tajikistan", "minefield", "TJ"),
    ],
    "10_j.txt": [
        # Title; key figures: 1,215 items removed and destroyed in October.
        A1("Chernihiv oblast", "clearance", (51.30, 32.00), "UA", date="2024-10-01", prec=M, mines=1215),
        A1("Sumy oblast", "clearance", (51.00, 34.00), "UA", date="2024-10-01", prec=M, mines=527),
        # 3 October: tractor driver injured.
        S("Sedniv", "incident", 694715, date="2024-10-03", prec=D, injured=1),
        A2("Chernihiv district", "incident", (51.60, 31.10), "UA", date="2024-10-03", prec=D, injured=1),
        # Hospital; 21 October: training course began.
        S("Chernihiv", "conference", 710735, date="2024-10-21", prec=D),
        # 11 October: 38 ha handed back, 112 items removed.
        S("Kozelets", "clearance", 704573, date="2024-10-11", prec=D, mines=112),
        # 24 October: two men killed.
        S("Semenivka", "incident", 694590, date="2024-10-24", prec=D, killed=2),
        A2("Novhorod-Siverskyi district", "incident", 699753, "UA", date="2024-10-24", prec=D, killed=2),
        # 7 October: woman injured.
        S("Trostianets", "incident", 691255, date="2024-10-07", prec=D, injured=1),
        A2("Okhtyrka district", "incident", 713749, "UA", date="2024-10-07", prec=D, injured=1),
        # 15-18 October: 11 new suspected hazardous areas.
        S("Krasnopillia", "minefield", 704343, date="2024-10-15", prec=D),
        # 29 October: three deminers injured during clearance.
        S("Shostka", "incident", 693942, date="2024-10-29", prec=D, injured=3),
        C("Ukraine", "minefield", "UA"),
        # Next meeting on 14 November: still to come.
        S("Sumy", "conference", 692194),
    ],
    "11_k.txt": [
        # Team base; school sessions.
        S("Nabatieh", "mention", 278913),
        # First two weeks of December: 318 items removed.
        S("Khiam", "clearance", (33.328, 35.612), country_code="LB", date="2024-12-01", prec=M, mines=318),
        # "Since the ceasefire of 27 November, dozens ... killed or injured ... in Lebanon".
        C("Lebanon", "incident", "LB", date="2024-11-27", prec=D),
        # 9 January: teenager lost his hand.
        S("Kfar Kila", "incident", 272849, date="2025-01-09", prec=D, injured=1),
        # Last month (February): a deminer injured during clearance.
        S("Yaroun", "incident", (33.081, 35.422), country_code="LB", date="2025-02-01", prec=M, injured=1),
        # Worst contamination.
        A2("Marjayoun", "minefield", 271226, "LB"),
        A2("Bint Jbeil", "minefield", 276592, "LB"),
        # Since January: 22 cluster strike areas mapped.
        S("Aitaroun", "minefield", (33.117, 35.468), country_code="LB", date="2025-01-01", prec=M),
        C("Israel", "mention", "IL"),
        # Last spring (2024): four hectares handed back.
        S("Hasbaya", "clearance", 274313, date="2024-01-01", prec=Y),
        # February: course for 24 new deminers.
        S("Tyre", "conference", 267008, date="2025-02-01", prec=M),
        C("Netherlands", "mention", "NL"),
        C("UK", "mention", "GB"),
        S("Beirut", "mention", 276781),
    ],
    "12_l.txt": [
        # Title; 108 victims between January and April, 39 killed.
        C("Mali", "incident", "ML", date="2023-01-01", prec=M, killed=39, injured=69),
        # Saturday 20 May: four killed, eleven injured on the Bandiagara-Bankass road.
        S("Bandiagara", "incident", 2460489, date="2023-05-20", prec=D, killed=4, injured=11),
        S("Bankass", "incident", 2460401, date="2023-05-20", prec=D, killed=4, injured=11),
        A1("Mopti region", "incident", (14.60, -3.50), "ML", tolerance_km=LARGE, date="2023-05-20", prec=D, killed=4, injured=11),
        # Hospital.
        S("Sévaré", "mention", (14.53, -4.10), country_code="ML"),
        # Same day: cart driver lost a leg near Dinangourou.
        A2("Koro circle", "incident", 2454674, "ML", date="2023-05-20", prec=D, injured=1),
        S("Dinangourou", "incident", (14.452, -2.242), country_code="ML", date="2023-05-20", prec=D, injured=1),
        C("Burkina Faso", "mention", "BF"),
        # Thursday 18 May: two devices found and neutralised.
        S("Boni", "minefield", (15.075, -2.221), country_code="ML", date="2023-05-18", prec=D, mines=2),
        A2("Douentza circle", "minefield", 2458334, "ML", date="2023-05-18", prec=D, mines=2),
        # Publisher's city in the translator's note; last week's course.
        S("Bamako", "conference", 2460596, date="2023-05-01", prec=M),
        # "The regions of Mopti and Ségou account for most of these victims".
        A1("Ségou", "incident", (13.50, -6.00), "ML", tolerance_km=LARGE, date="2023-01-01", prec=M),
        C("Niger", "mention", "NE"),
    ],
}
