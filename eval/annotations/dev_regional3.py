"""More development articles (eval/dev 830-841), annotated like those in dev.py.

Regional and local press in English translation or written by non-native writers,
one outlet kind each, every article telling several events with casualty and item
counts in varied forms: a Ukrainian regional news site (Beryslav district, Kherson
oblast: a tractor, a car, "petals" in a garden, a week of clearance, a training); a
Colombian departmental newspaper translated from Spanish (Catatumbo, Norte de
Santander: veredas, corregimientos, "the hospital of the locality"); a Cambodian
Khmer-language daily in translation (Oddar Meanchey and Preah Vihear: communes and
districts, "on the 7th of this month", a cow killed); a Lebanese Arabic daily in
translation (Bint Jbeil, Tyre and Hasbaya districts: "martyred", "the day before
yesterday", "on the night from Saturday to Sunday", the Blue Line); a Bosnian local
portal in translation (Majevica, Teočak, Kalesija, Sapna: a fire setting off mines,
BiH); a Malian French-language daily in translation (circles of Douentza and Koro,
the regions of Ségou and Mopti: "at the level of", "the axis Boni–Hombori"); an
Afghan news agency in English (Baghlan, Kunduz, Takhar); a Pakistani district-level
English daily (Kohlu, Sui, Duki, a jirga at Barkhan, "martyred", Levies, FC); a Sri
Lankan Tamil-language paper in translation (Muhamalai/Mukamalai, Iyakkachchi,
Oddusuddan: "Saturday (13)", "yesterday (15)"); an Azerbaijani state news agency
(ANAMA's weekly figures, Vank, Turshsu, Shusha); an Ethiopian English weekly (Tigray
and Amhara: woredas and zones); a Vietnamese provincial newspaper in translation
(Le Thuy, Bo Trach and Quang Ninh districts of Quang Binh: "on 27/5", communes).

Decisions where the rules are silent (the earlier batches' conventions are kept: a
night spanning two dates is its first day, "last week" and "the past week" are month
precision, a combined figure for several places goes whole to each, "found and
destroyed" is a find, "N of them fatally" leaves the remainder as injured):
- "On the night from Saturday to Sunday" is the Saturday (day precision); "the day
  before yesterday" counts two days back from the Date:; "the 12th of this month",
  "Saturday (13)", "yesterday (15)", "on 27/5" and "On Wednesday the 18th" are
  stated days; "last Friday" / "last Wednesday" / "last Saturday" are the most
  recent such day before publication; "the first three months of 2024", "the first
  seven months of this year", "the first 4 months of the year" and "since January"
  are January, month precision; "so far this year" is year precision; "from 1975 to
  now" and "since the end of the war in 1995" are year precision; "since the
  ceasefire came into force on 27 November" and "since ... November 10, 2020" are
  days.
- A label opening the body ("Kherson oblast.", "Oddar Meanchey:"), a capitalised
  dateline (CÚCUTA, PUL-I-KHUMRI, KOHLU, "Baku, May 26") and a correspondent's town
  ("(Kilinochchi correspondent)") are mentions of their places; the places take
  their roles from their other sentences.
- Communes of Cambodia and Vietnam and the commune of Dinangourou (Mali) are admin2
  entries under their bare name at the annotator's point; one that cities500 holds
  (Ou Svay) uses that id. A municipality, circle, district, hromada, woreda or
  divisional secretariat division never separated from a same-named seat is one
  admin2 entry with the seat's id (Tibú and El Tarra "rural zone of", Kalesija,
  Sapna, Koro, Novovorontsovka hromada, Dahana-i-Ghori, Imam Sahib, Farkhar,
  Khanabad, Trapeang Prasat, Chong Kal, Banteay Ampil, Anlong Veng, Bint Jbeil,
  Hasbaya, Dera Bugti, Mullaitivu, Kalbajar and the six ANAMA districts); one whose
  same-named town is named apart is a separate entry at the annotator's point
  ("Circle of Douentza" / evacuated to Douentza; "Beryslav district" / the hospital
  in Beryslav; "Kohlu district" / Kohlu town; "Kilinochchi district" / Kilinochchi;
  "Tyre district" / Tyre (Sour); "Shusha district" / "the city of Shusha").
  Corregimientos (La Gabarra, Campo Dos) and villages are settlements.
- A bare province name in a title or a later sentence joins the province entry
  ("in Baghlan" in the title, not the city of Baghlan; "Khanabad district of Kunduz"
  joins "Kunduz province"; "In Takhar" and "the capital of Takhar"); "Le Thuy" in
  the title and "(Le Thuy)" join "Le Thuy district"; "Sour" is a variant of Tyre,
  "Muhamalai" of the title's "Mukamalai", "Bosnia and Herzegovina" of "BiH".
- Names inside organisation or agreement names are not counted: the University
  Clinical Centre Tuzla, the Vietnam - Cuba Dong Hoi Friendship Hospital (Cuba is
  not annotated; Vietnam counts from its own sentence), the Palai and Oddusuddan
  police, the Lebanon Mine Action Centre, the Mine Action Agency of the Republic of
  Azerbaijan, the Ethiopian Mine Action Office, the Pretoria agreement, the Ottawa
  treaty, the Patriotic War, the Cambodian Mine Action and Victim Assistance
  Authority. A vehicle's route was left out of the Mali text so that only the axis
  Boni–Hombori places the blast.
- A place that only gives a direction or a far side ("a suspected area ... toward
  Zvornik", "in the direction of the occupied Shebaa Farms") is a mention, like a
  distance reference; "some 12 kilometres from Kohlu town" with no more specific
  named place leaves the incident to Kohlu; "about 25 kilometres from Boni, on the
  axis Boni–Hombori" gives the incident to both ends of the axis; "the road between
  the villages of Mylove and Dudchany" and "the road Niono–Diabaly" give both ends
  the event and its facts.
- A fire that set off mines on Majevica with nobody hurt is a blast, so an incident
  without counts for the range (LINEAR tolerance) and the village it stands above
  (Teočak); goats (Kfarchouba) and a cow (Banteay Ampil) killed are incidents with
  no counts.
- Objects "ploughed out" (Memići), "found" by residents or farmers (Kochubeivka,
  Ou Svay, Imam Sahib, Oddusuddan, Edaga Hamus), "found" by troops (Campo Dos),
  "detected and neutralised" (Niono–Diabaly; ANAMA's weekly figures) or "recovered
  and defused" (Sui) are finds: minefield, dated by the find. "Removed and
  destroyed", "removed ... and handed over", "cleared ... destroying", a stock
  destroyed at Sévaré and land handed back are clearance. Bombs the army "had
  found" in the fields between Yaroun and Maroun al-Ras and detonated are a find,
  dated by the only day its sentence states (the detonation, the day before
  yesterday); "In the same district" there names no place, so Bint Jbeil district
  keeps only the incident of the sentence that names it.
- ANAMA's "96 anti-personnel mines, 41 anti-tank mines and 203 unexploded
  ordnance ... in the territories of" six districts of Karabakh and East Zangezur:
  340 to each district and both regions, dated the range's first day (19 May).
- Iyakkachchi: role and date from the handover sentence that names it (clearance,
  yesterday 15 July); the count from the next sentence about "these lands" (417 +
  62 = 479), not dated by its "since March last year".
- A sentence locating part of an aggregate ("More than half of them were recorded
  in the region of Mopti") is an incident with the aggregate's date and no count;
  "24 ... martyred and 71 wounded ... in Lebanon, most of them in the south and in
  the Bekaa" gives the Bekaa the same facts as Lebanon (combined figure, whole).
  "41 civilians ..., nine of them fatally" is killed 9, injured 32; "47 victims ...,
  of whom eight died" is killed 8, injured 39; "187 victims ..., of whom 71 dead"
  is killed 71, injured 116; "1,790 persons ..., of whom 627 lost their lives" is
  killed 627, injured 1,163; "52 people ... killed or wounded" and "118 civilians
  have been killed or injured" carry no counts.
- A statement of remaining contamination (Ukraine "one of the most contaminated
  territories", Tuzla Canton's 61 km2, the Northern Province "most heavily mined",
  Nagarkovil, Vietnam "most heavily affected", Quang Binh's 30%) is an undated
  minefield; a treaty commitment or deadline (Sri Lanka by 2028, Ethiopia) and a
  border named as where minefields remain ("the border with Eritrea") are mentions.
- Attendees' towns (Hacarí, Teorama, Convención), elders' district (Kohlu
  district), a victim's home town (Paranthan, Osmaci), a hospital town (Beryslav,
  Kherson, Tebnine, Samraong, Jaffna, Barda, Woldia, Dera Ghazi Khan, Douentza,
  Pul-i-Khumri), a planned protest's city (Quetta), the seat of an office (Addis
  Ababa) and a country that handed over minefield maps (Armenia) are mentions.
  A jirga held at Barkhan, a training in Velyka Oleksandrivka, Taloqan and Shusha,
  a workshop in Ocaña, Tyre, Bamako and Mekelle, a committee meeting in Kilinochchi
  and a review conference in Đồng Hới are conferences; risk education for pupils
  (Choam Ksant, Preah Vihear) is a mention.
"""

# ruff: noqa: E501

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "830_ukraine_regional_site_kherson_novoraisk_tractor_mylove_dudchany_tiahynka.txt": [
        # Opening label; "since January in the Kherson region 41 civilians ..., nine of them fatally".
        A1("Kherson oblast", "incident", (46.70, 33.40), "UA", variants=["Kherson region"], date="2025-01-01", prec=M, killed=9, injured=32),
        S("Novoraisk", "incident", 699309, date="2025-06-14", prec=D, injured=1),
        A2("Beryslav district", "incident", (47.10, 33.50), "UA", date="2025-06-14", prec=D, injured=1),
        # Hospital towns.
        S("Beryslav", "mention", 712260),
        S("Kherson", "mention", 706448),
        # The day before yesterday (15 June): driver killed, wife wounded.
        S("Mylove", "incident", 700566, date="2025-06-15", prec=D, killed=1, injured=1),
        S("Dudchany", "incident", 709465, date="2025-06-15", prec=D, killed=1, injured=1),
        # Two PFM-1 found in a garden on the 12th.
        A2("Novovorontsovka hromada", "minefield", 699034, "UA", date="2025-06-12", prec=D, mines=2),
        S("Kochubeivka", "minefield", 705505, date="2025-06-12", prec=D, mines=2),
        # "During the past week ... removed 214 explosive objects".
        S("Tiahynka", "clearance", 690903, date="2025-06-01", prec=M, mines=214),
        # Training last Friday (13 June).
        S("Velyka Oleksandrivka", "conference", 690288, date="2025-06-13", prec=D),
        # "one of the most contaminated territories of Ukraine".
        C("Ukraine", "minefield", "UA"),
    ],
    "831_colombia_departmental_paper_catatumbo_la_gabarra_campo_dos_el_tarra_sardinata.txt": [
        # Dateline; hospital city; soldiers evacuated there.
        S("Cúcuta", "mention", 3685533),
        # "A new victim ... is registered in the Catatumbo" (the La Gabarra blast, last Saturday).
        R("Catatumbo", "incident", (8.70, -73.00), "CO", date="2024-09-21", prec=D, injured=1),
        S("La Gabarra", "incident", (8.83, -72.75), country_code="CO", date="2024-09-21", prec=D, injured=1),
        A2("Tibú", "incident", 3667202, "CO", date="2024-09-21", prec=D, injured=1),
        # "The day before, Friday": eleven artifacts found.
        S("Campo Dos", "minefield", (8.38, -72.70), country_code="CO", date="2024-09-20", prec=D, mines=11),
        A2("El Tarra", "incident", 3738301, "CO", date="2024-09-18", prec=D, injured=2),
        # Last week: land handed over, five mines removed and destroyed.
        S("Sardinata", "clearance", 3668245, date="2024-09-01", prec=M, mines=5),
        C("Venezuela", "mention", "VE"),
        S("Ocaña", "conference", 3673662, date="2024-09-19", prec=D),
        # Attendees' municipalities.
        S("Hacarí", "mention", 3681168),
        S("Teorama", "mention", 3667286),
        S("Convención", "mention", 3685955),
        # "so far this year ... 47 victims ..., of whom eight died".
        A1("Norte de Santander", "incident", (8.30, -72.90), "CO", date="2024-01-01", prec=Y, killed=8, injured=39),
    ],
    "832_cambodia_khmer_daily_oddar_meanchey_anlong_veng_trapeang_prasat_chong_kal.txt": [
        # Label and the blast's chain (the 7th of this month).
        A1("Oddar Meanchey", "incident", (14.16, 103.75), "KH", date="2025-02-07", prec=D, injured=2),
        A2("Anlong Veng district", "incident", 1831898, "KH", date="2025-02-07", prec=D, injured=2),
        A2("Trapeang Tav", "incident", (14.22, 104.10), "KH", date="2025-02-07", prec=D, injured=2),
        # Provincial referral hospital.
        S("Samraong", "mention", 1825093),
        # The day before yesterday: one mortar shell and three B40 rockets found.
        A2("Ou Svay", "minefield", 11604958, "KH", date="2025-02-09", prec=D, mines=4),
        A2("Trapeang Prasat district", "minefield", 11458564, "KH", date="2025-02-09", prec=D, mines=4),
        # 86 AP + 5 AT removed and destroyed, land handed over on the 5th.
        A2("Chong Kal district", "clearance", 1831515, "KH", date="2025-02-05", prec=D, mines=91),
        # A cow killed on Saturday evening (8 February).
        A2("Banteay Ampil district", "incident", 1830049, "KH", date="2025-02-08", prec=D),
        C("Thailand", "mention", "TH"),
        # January 2025: five casualties, two died, three injured.
        C("Cambodia", "incident", "KH", date="2025-01-01", prec=M, killed=2, injured=3),
        # Risk education.
        A2("Choam Ksant district", "mention", (14.20, 104.85), "KH"),
        A1("Preah Vihear province", "mention", (13.85, 104.95), "KH"),
    ],
    "833_lebanon_arabic_daily_aita_al_shaab_yaroun_maroun_al_ras_alma_al_shaab_kfarchouba_tyre.txt": [
        # Yesterday (9 March): a citizen martyred, his son wounded.
        S("Aita al-Shaab", "incident", (33.097, 35.335), country_code="LB", date="2025-03-09", prec=D, killed=1, injured=1),
        A2("Bint Jbeil district", "incident", 276592, "LB", date="2025-03-09", prec=D, killed=1, injured=1),
        # Hospital town.
        S("Tebnine", "mention", 7869857),
        # The day before yesterday: 17 bombs and missiles found and detonated.
        S("Yaroun", "minefield", (33.081, 35.422), country_code="LB", date="2025-03-08", prec=D, mines=17),
        S("Maroun al-Ras", "minefield", (33.096, 35.441), country_code="LB", date="2025-03-08", prec=D, mines=17),
        # Last week: 312 submunitions removed, land handed over.
        A2("Tyre district", "clearance", (33.22, 35.30), "LB", date="2025-03-01", prec=M, mines=312),
        S("Alma al-Shaab", "clearance", 279633, date="2025-03-01", prec=M, mines=312),
        F("Blue Line", "clearance", (33.09, 35.20), "LB", tolerance_km=LINEAR, date="2025-03-01", prec=M, mines=312),
        # Night from Saturday to Sunday (8 March): goats killed.
        S("Kfarchouba", "incident", 272816, date="2025-03-08", prec=D),
        A2("Hasbaya district", "incident", 274313, "LB", date="2025-03-08", prec=D),
        # Direction only.
        R("Shebaa Farms", "mention", (33.28, 35.72), "LB"),
        # Workshop on Saturday.
        S("Tyre", "conference", 267008, variants=["Sour"], date="2025-03-08", prec=D),
        # Since the ceasefire of 27 November: 24 martyred, 71 wounded.
        C("Lebanon", "incident", "LB", date="2024-11-27", prec=D, killed=24, injured=71),
        R("Bekaa", "incident", (33.85, 35.95), "LB", date="2024-11-27", prec=D, killed=24, injured=71),
    ],
    "834_bosnia_local_portal_majevica_fire_teocak_memici_kalesija_sapna_priboj.txt": [
        # Night from Saturday to Sunday (20 April): mines set off by a fire, no one hurt.
        F("Majevica", "incident", (44.60, 18.95), "BA", tolerance_km=LINEAR, date="2024-04-20", prec=D),
        S("Teočak", "incident", 3197138, date="2024-04-20", prec=D),
        # Last Wednesday (17 April): a TMA-3 ploughed out.
        S("Memići", "minefield", (44.42, 18.95), country_code="BA", date="2024-04-17", prec=D, mines=1),
        A2("Kalesija", "minefield", 3198459, "BA", date="2024-04-17", prec=D, mines=1),
        # Thursday (18 April): 23 AP mines and two grenades removed and destroyed.
        A2("Sapna", "clearance", 3191287, "BA", date="2024-04-18", prec=D, mines=25),
        # Direction only.
        S("Zvornik", "mention", 3186246),
        # The injured man's home.
        S("Osmaci", "mention", 3193900),
        S("Priboj", "incident", 3192449, date="2023-10-01", prec=M, injured=1),
        A1("Tuzla Canton", "minefield", (44.50, 18.70), "BA"),
        # "in the whole of BiH some 790"; "Since the end of the war in 1995, 1,790 ... of whom 627 lost their lives".
        C("BiH", "incident", "BA", variants=["Bosnia and Herzegovina"], date="1995-01-01", prec=Y, killed=627, injured=1163),
    ],
    "835_mali_french_daily_boni_hombori_dinangourou_koro_diabaly_sevare.txt": [
        # Friday 15 November: six dead, nine wounded on the axis Boni–Hombori.
        A2("Circle of Douentza", "incident", (15.10, -2.40), "ML", date="2024-11-15", prec=D, killed=6, injured=9),
        S("Boni", "incident", (15.07, -2.20), country_code="ML", date="2024-11-15", prec=D, killed=6, injured=9),
        S("Hombori", "incident", (15.28, -1.70), country_code="ML", date="2024-11-15", prec=D, killed=6, injured=9),
        # Where the wounded were evacuated.
        S("Douentza", "mention", 2458334),
        # The day before yesterday (16 November): driver dead, two passengers wounded.
        A2("Dinangourou", "incident", (14.43, -2.25), "ML", date="2024-11-16", prec=D, killed=1, injured=2),
        A2("Koro", "incident", 2454674, "ML", date="2024-11-16", prec=D, killed=1, injured=2),
        C("Burkina Faso", "mention", "BF"),
        # Last Wednesday (13 November): one IED detected and neutralised.
        A1("region of Ségou", "minefield", (13.80, -5.90), "ML", date="2024-11-13", prec=D, mines=1),
        S("Niono", "minefield", 2452655, date="2024-11-13", prec=D, mines=1),
        S("Diabaly", "minefield", (14.69, -6.02), country_code="ML", date="2024-11-13", prec=D, mines=1),
        # Stock of 1,240 munitions destroyed on Thursday 14 November.
        S("Sévaré", "clearance", (14.52, -4.10), country_code="ML", date="2024-11-14", prec=D, mines=1240),
        # "More than half of them were recorded in the region of Mopti" (since January).
        A1("region of Mopti", "incident", (14.60, -3.50), "ML", tolerance_km=LARGE, date="2024-01-01", prec=M),
        S("Bamako", "conference", 2460596, date="2024-11-12", prec=D),
        # Since January: 187 victims, of whom 71 dead.
        C("Mali", "incident", "ML", date="2024-01-01", prec=M, killed=71, injured=116),
    ],
    "836_afghan_agency_baghlan_dahana_i_ghori_kunduz_imam_sahib_takhar_farkhar_taloqan.txt": [
        # Dateline; hospital; "the capital of Baghlan".
        S("Pul-i-Khumri", "mention", 1130490),
        A2("Dahana-i-Ghori district", "incident", 1144559, "AF", date="2024-04-07", prec=D, killed=1, injured=2),
        # Title "in Baghlan" and "northern Baghlan province": the province, not the city.
        A1("Baghlan", "incident", (35.95, 68.70), "AF", date="2024-04-07", prec=D, killed=1, injured=2),
        # Minefield (Imam Sahib) and, last month, two brothers maimed in Khanabad district "of Kunduz".
        A1("Kunduz province", "incident", (36.75, 68.85), "AF", date="2024-03-01", prec=M, injured=2),
        A2("Imam Sahib district", "minefield", 1142545, "AF", date="2024-04-06", prec=D, mines=1),
        C("Tajikistan", "mention", "TJ"),
        # Last week: 58 UXO + 4 AP mines destroyed.
        A1("Takhar", "clearance", (36.70, 69.80), "AF", date="2024-04-01", prec=M, mines=62),
        A2("Farkhar district", "clearance", 1142239, "AF", date="2024-04-01", prec=M, mines=62),
        S("Taloqan", "conference", 1123004, date="2024-04-06", prec=D),
        A2("Khanabad district", "incident", 1137168, "AF", date="2024-03-01", prec=M, injured=2),
        # "52 people ... killed or wounded ... in the first three months of 2024".
        C("Afghanistan", "incident", "AF", date="2024-01-01", prec=M),
    ],
    "837_pakistan_district_daily_kohlu_sui_dera_bugti_duki_barkhan_jirga.txt": [
        # Title, dateline, "some 12 kilometres from Kohlu town" on Monday.
        S("Kohlu", "incident", 1173464, date="2023-08-21", prec=D, killed=2, injured=1),
        # Hospital referral.
        S("Dera Ghazi Khan", "mention", 1180289),
        A1("Punjab", "mention", (31.00, 72.50), "PK", tolerance_km=LARGE),
        # Friday: six landmines recovered and defused.
        S("Sui", "minefield", (28.64, 69.20), country_code="PK", date="2023-08-18", prec=D, mines=6),
        A2("Dera Bugti district", "minefield", 1180295, "PK", date="2023-08-18", prec=D, mines=6),
        S("Duki", "incident", 1179515, date="2023-08-19", prec=D, injured=2),
        # The elders' district.
        A2("Kohlu district", "mention", (29.85, 69.25), "PK"),
        S("Barkhan", "conference", 1183307, date="2023-08-20", prec=D),
        # Planned protest.
        S("Quetta", "mention", 1167528),
        A1("Balochistan", "incident", (28.50, 65.50), "PK", tolerance_km=LARGE, date="2023-01-01", prec=M, killed=19, injured=54),
    ],
    "838_sri_lanka_tamil_paper_muhamalai_deminer_iyakkachchi_oddusuddan_kilinochchi.txt": [
        # Saturday (13): a deminer lost her foot.
        S("Mukamalai", "incident", (9.605, 80.275), country_code="LK", variants=["Muhamalai"], date="2024-07-13", prec=D, injured=1),
        A2("Pachchilaipalli", "incident", (9.57, 80.33), "LK", date="2024-07-13", prec=D, injured=1),
        A2("Kilinochchi district", "incident", (9.38, 80.38), "LK", date="2024-07-13", prec=D, injured=1),
        # Correspondent, hospital, and the committee meeting on the 11th.
        S("Kilinochchi", "conference", 1240372, date="2024-07-11", prec=D),
        S("Paranthan", "mention", (9.435, 80.395), country_code="LK"),
        S("Jaffna", "mention", 1242833),
        S("Nagarkovil", "minefield", (9.73, 80.27), country_code="LK"),
        A1("Northern Province", "minefield", (9.20, 80.40), "LK"),
        # Yesterday (15): handed over; 417 + 62 removed from "these lands".
        S("Iyakkachchi", "clearance", (9.555, 80.36), country_code="LK", date="2024-07-15", prec=D, mines=479),
        # The 12th: 24 grenades + 3 mortar shells found.
        S("Oddusuddan", "minefield", (9.155, 80.65), country_code="LK", date="2024-07-12", prec=D, mines=27),
        A2("Mullaitivu district", "minefield", 1234393, "LK", date="2024-07-12", prec=D, mines=27),
        R("Vanni", "incident", (9.00, 80.40), "LK", date="2010-01-01", prec=Y),
        # Treaty commitment.
        C("Sri Lanka", "mention", "LK"),
    ],
    "839_azerbaijan_state_agency_anama_weekly_vank_kalbajar_turshsu_shusha.txt": [
        S("Baku", "mention", 587084),
        # May 19 to 24: 96 + 41 + 203 = 340 detected and neutralized.
        A2("Tartar", "minefield", 584871, "AZ", date="2025-05-19", prec=D, mines=340),
        A2("Aghdam", "minefield", 148619, "AZ", date="2025-05-19", prec=D, mines=340),
        A2("Fuzuli", "minefield", 148106, "AZ", date="2025-05-19", prec=D, mines=340),
        A2("Jabrayil", "minefield", 148141, "AZ", date="2025-05-19", prec=D, mines=340),
        A2("Zangilan", "minefield", 146901, "AZ", date="2025-05-19", prec=D, mines=340),
        A2("Gubadli", "minefield", 147305, "AZ", date="2025-05-19", prec=D, mines=340),
        R("Karabakh", "minefield", (39.95, 46.85), "AZ", date="2025-05-19", prec=D, mines=340),
        R("East Zangezur", "minefield", (39.40, 46.45), "AZ", date="2025-05-19", prec=D, mines=340),
        # May 24: truck driver injured.
        S("Vank", "incident", 584747, date="2025-05-24", prec=D, injured=1),
        A2("Kalbajar district", "incident", 586268, "AZ", date="2025-05-24", prec=D, injured=1),
        S("Barda", "mention", 587057),
        # May 22: deminer injured.
        S("Turshsu", "incident", 393875, date="2025-05-22", prec=D, injured=1),
        A2("Shusha district", "incident", (39.70, 46.70), "AZ", date="2025-05-22", prec=D, injured=1),
        # May 23: training in the city.
        S("Shusha", "conference", 147105, date="2025-05-23", prec=D),
        C("Azerbaijan", "incident", "AZ", date="2020-11-10", prec=D, killed=71, injured=326),
        C("Armenia", "mention", "AM"),
    ],
    "840_ethiopia_english_weekly_tigray_hawzen_korem_edaga_hamus_alamata_north_wollo.txt": [
        # Last week: three children killed, one wounded.
        A1("Tigray", "incident", (13.90, 39.20), "ET", tolerance_km=LARGE, date="2024-08-01", prec=M, killed=3, injured=1),
        A2("Hawzen", "incident", (13.98, 39.43), "ET", date="2024-08-01", prec=M, killed=3, injured=1),
        A2("Eastern Zone", "incident", (14.15, 39.45), "ET", date="2024-08-01", prec=M, killed=3, injured=1),
        # Hospital town; workshop last Thursday (15 August).
        S("Mekelle", "conference", 331180, date="2024-08-15", prec=D),
        # Tuesday (13 August): a farmer lost his leg.
        S("Korem", "incident", 332746, date="2024-08-13", prec=D, injured=1),
        A2("Southern Zone", "incident", (12.80, 39.55), "ET", date="2024-08-13", prec=D, injured=1),
        # Earlier this month: 15 mortar bombs found.
        S("Edaga Hamus", "minefield", 334478, date="2024-08-01", prec=M, mines=15),
        # In July: 126 items destroyed.
        S("Alamata", "clearance", 344357, date="2024-07-01", prec=M, mines=126),
        C("Eritrea", "mention", "ER"),
        # June: two herders killed.
        A1("Amhara region", "incident", (11.70, 38.20), "ET", tolerance_km=LARGE, date="2024-06-01", prec=M, killed=2),
        A2("North Wollo zone", "incident", (11.90, 39.20), "ET", date="2024-06-01", prec=M, killed=2),
        S("Woldia", "mention", 326406),
        S("Addis Ababa", "mention", 344979),
        # Treaty deadline.
        C("Ethiopia", "mention", "ET"),
    ],
    "841_vietnam_provincial_paper_quang_binh_le_thuy_kim_thuy_sen_thuy_bo_trach.txt": [
        # Title "in Le Thuy"; 27/5: two scrap diggers injured.
        A2("Le Thuy", "incident", (17.15, 106.70), "VN", date="2023-05-27", prec=D, injured=2),
        A2("Kim Thuy", "incident", (17.10, 106.58), "VN", date="2023-05-27", prec=D, injured=2),
        C("Laos", "mention", "LA"),
        # 26/5: 6 BLU-26 + 1 mortar shell discovered.
        A2("Sen Thuy", "minefield", (17.10, 106.95), "VN", date="2023-05-26", prec=D, mines=7),
        # 22/5: cleared land handed over.
        A2("Bo Trach district", "clearance", (17.55, 106.35), "VN", date="2023-05-22", prec=D),
        A2("Phu Dinh", "clearance", (17.55, 106.32), "VN", date="2023-05-22", prec=D),
        # First 4 months: 1,043 removed and destroyed.
        A2("Quang Ninh district", "clearance", (17.25, 106.55), "VN", date="2023-01-01", prec=M, mines=1043),
        S("Đồng Hới", "conference", 1582886, date="2023-05-25", prec=D),
        # From 1975: 4,870 victims, 2,311 died, 2,559 injured.
        A1("Quang Binh province", "incident", (17.50, 106.35), "VN", date="1975-01-01", prec=Y, killed=2311, injured=2559),
        C("Vietnam", "minefield", "VN"),
    ],
}
