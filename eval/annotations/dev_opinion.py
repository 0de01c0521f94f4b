"""More development articles (eval/dev 935-946), annotated like those in dev.py.

Opinion writing (300-420 words), one kind each, every piece mixing recent events
(blasts, finds, clearance, handovers, meetings) with background, history, comparisons
between countries, hopes and demands: a newspaper editorial on Cambodia's extension
request (Siem Reap; Koas Krala, Battambang; Thma Puok, Banteay Meanchey; Sala Krau,
Pailin; the K5 belt); a deminer's op-ed from Kharkiv region (Husarivka, Izium,
Balakliia, Kamianka, Kupiansk; Berlin; Croatia, Bosnia, Laos compared); a reader's
letter to the editor from Novi Šeher (Maglaj, Zavidovići, Žepče, the Bosna, Zenica-Doboj
Canton, Bosnia and Herzegovina); a blog post on Antioquia (San Carlos, Granada,
Briceño, Ituango, Anorí, Medellín; Cauca, Norte de Santander; Nicaragua compared); an
analysis column on Yemen's truce (Hays, Al Hudaydah, Sirwah, Marib, Taiz; Aden, Sanaa,
Mosul, Amman); a retired official's op-ed on Kalbajar (Istisu, Murovdag, Gubadli,
Baku; Abkhazia, Georgia, Armenia); a reader's reply to an earlier article on Laos
(Savannakhet, Ban Dong, Sepon, Vilabouly, Salavan, Sekong, Attapeu, Xieng Khouang,
Phonsavan, the Plain of Jars, the Ho Chi Minh Trail); an editorial on Tigray (Adigrat,
Zalambessa, Shire, Mekelle, Badme, Pretoria, Addis Ababa; Eritrea, Mozambique); a
deminer's op-ed on Basra (Abu al-Khasib, the Shatt al-Arab, the Fao peninsula, the
Majnoon, Rumaila and West Qurna fields; Kuwait, Iran); an analysis column on the
central Sahel (Dori, Gorom-Gorom, Boni, Mopti, Tillabéri, Djibo, Niamey, Lake Chad;
Afghanistan compared); a councillor's op-ed on Tripoli (Salah al-Din, Ain Zara, Qasr
bin Ghashir, Benghazi, Sirte, Tunis; Egypt, El Alamein); a teacher's op-ed on the Line
of Control (Tangdhar, Kupwara, Keran, Uri, Baramulla, Athmuqam, the Neelum valley,
Punjab, Rajasthan; Sri Lanka compared).

Decisions where the rules are silent (the earlier batches' conventions are kept: a
meeting still to come is a conference with no date, "last week" and "the first week
of August" are month precision, a hospital town, donor, byline, signature line,
treaty deadline and risk education are mentions, remaining contamination is an
undated minefield, a decade ("in the 1980s") is no date, a span of years takes its
first year, a combined "killed or injured" or bare "casualties"/"victims" figure
carries no counts, "N of them fatally" leaves the rest as injured):
- Comparisons with other countries are read for what they state at the place:
  "Croatia ... expects to clear its last minefields only now" and "Croatia says it will
  clear its last minefields by 2026" are clearance without a date (future work, as
  dev_notices' grants); "Bosnia and Herzegovina still has close to 800 square
  kilometres" and "Laos is still finding bombs" are minefields; "Nicaragua declared
  itself free of mines in 2010", "Mozambique, which declared itself free of known
  minefields in 2015", "Kuwait ... had its own minefields cleared between 1991 and
  1993" (1991), "Sri Lanka ... has cleared most of its north since its war ended in
  2009" and Abkhazia's "last known minefields were cleared in 2011" (with Georgia, named
  in the same sentence) are dated clearance; "Afghanistan a decade ago, when
  pressure-plate bombs killed hundreds of civilians a year" is an incident dated 2015
  (year, from the Date: 2025), no count; Benghazi's returnees "killed by booby traps ...
  in 2018" is an incident; Sirte, "still finding explosive devices in houses in 2021",
  is a minefield dated 2021; "farmers around El Alamein still find mines laid in 1942"
  makes El Alamein and Egypt minefields dated 1942 (contamination dated by the fighting
  the sentence ties it to, as dev_explainers). "Cambodia has taught other countries,
  from Laos to Colombia" names only mentions.
- A casualty figure compared across a set ("Savannakhet province, which recorded more
  casualties than any other province of Laos last year") gives the set's country the
  incident too (as dev_briefs' national comparison); by the same reading "Basra
  governorate still holds more contaminated land than any other part of Iraq" makes
  Iraq a minefield.
- A sentence of general remaining contamination outranks a country's clearance: "across
  Burkina Faso, Mali and Niger, ... the main roads are themselves minefields" makes
  Niger a minefield (undated, no count) although its army's 37 defused devices are
  told later; Burkina Faso and Mali keep their dated incidents. The Sahel of the title
  and that paragraph is a minefield; "For years the armed groups ... treated improvised
  explosive devices as a weapon for ambushing military convoys" states no event.
  "Ethiopia has ... asked ... for more time to clear the mined areas it knew about" is
  a treaty request but states mined areas: minefield. "Most of what remains lies in
  the K5 belt" (minefield) outranks its clearance ("where most of the progress has been
  made").
- Remaining contamination is dated only by its own sentence: the bomblets that "still
  lie along the trail's southern branches, in Salavan, Sekong and Attapeu provinces"
  leave those provinces undated although the bombing years (1964-1973) stand in the
  sentence before. Minefield maps "Armenia handed over in 2023" describe mines laid in
  Azerbaijan: Armenia is a mention.
- Finds by a clearance team ("worked through a single sunflower field outside Kamianka
  ... and found 19 anti-tank mines and 212 cluster submunitions" = 231) are a minefield;
  mines "destroyed" with no find stated (26 near Keran, washed down a stream by the
  monsoon) are clearance. A survey recording "new mined areas" or "46 hazardous areas"
  is a minefield without a count (areas are not items). Oil fields that "sit on and
  around old minefields" (Rumaila, West Qurna) are minefields although the companies
  clear under their well pads.
- Places used as setting or reference: "near Abu al-Khasib, on the Shatt al-Arab
  south-east of Basra city" gives the river the incident (the setting of the place, as
  dev_briefs' Montes de María) and leaves Basra city a reference (mention); "Kamianka,
  north of Izium" leaves Izium a mention; "on the hills above Maglaj" leaves Maglaj a
  mention; "Salah al-Din, in the south of Tripoli" gives Tripoli the incident ("the
  south of X" is part of X). The Bosna "carried mines and warning signs downstream
  towards Doboj" in May 2014: the river is a minefield dated May 2014 (month), Doboj a
  direction reference (mention). "Across the Sava" is a reference (mention).
- Titles and bare names: a title's bare name is the first written form of the entry
  the body means by it: "Kalbajar's summer pastures" and "Kalbajar needs a seasonal
  plan" are the district ("Kalbajar district" a variant; no town of Kalbajar is named,
  so it carries the seat's id); "Basra's oil money should pay to clear Basra's
  minefields" and "wells in Basra" are the governorate ("Basra governorate" a
  variant), "Basra city" a separate settlement entry; "Battambang" after "Battambang
  province" joins the province; "Balakliia and Izium districts" names two districts
  ("Balakliia" the district, with its seat's id; "Izium district" a separate entry
  from the town Izium, with its own point). The Bosna valley and "the Bosna" are one
  feature entry. A quoted headline of the article being answered ("The Plain of Jars
  is finally coming back to life") names the place: mention.
- A reader's signature town is a mention: "Savannakhet" under a letter is the town
  (a separate entry from Savannakhet province, which the body always writes with its
  generic word), "Novi Šeher, Maglaj" adds nothing to Novi Šeher's incident. A byline's
  home town ("a schoolteacher from Kupwara") is the town, separate from "Kupwara
  district"; "the Kalbajar district" of a byline is the district.
- Conferences: the states parties "gathered in Siem Reap last November" is a held
  meeting (November 2024, month); the agreement "signed in Pretoria in November 2022"
  is a held meeting (conference, month); a workshop in Medellín "last week" (September
  2025, month) and "the next workshop in Medellín" are one conference entry with the
  held one's date; defence ministers who "met in Niamey in October" is a conference
  (Niamey's "governments in ... Niamey" is a mention); a workshop in Tunis "last
  month" is a conference; village volunteers trained "last month" in Vilabouly district
  is a training course (conference, month). Meetings still to come (Berlin "next
  week", Amman "next month", Baku "next week") are conferences without a date.
  Participants' regions ("community leaders from the Bajo Cauca") and countries
  ("engineers from Libya") are mentions.
- Dates: "Two weeks before that" counts from the 2 February blast (January 2025,
  month); "Ten years ago ... San Carlos" is 2015 and "Granada ... followed a year later"
  2016 (year); "this spring" is the year; "Last month" in a letter of 22 May is April;
  a running total "Since the war ended in November 2020" is November 2020 (month),
  "Since June 2020" June 2020, "Since January" January (month), "since 2020" 2020
  (year), "since mid-2018" 2018. "Last week" in an op-ed of Wednesday 20 May 2026 is
  May. A dog killed by a mine is an incident with no count.
- Counts: "392 people have been killed or wounded ..., 71 of them fatally" is 71
  killed, 321 injured; "a 14-year-old boy was killed and two of his friends were
  injured" 1/2; "three children were killed and a fourth was injured" 3/1; "killing
  seven passengers and wounding twelve" 7/12; "63 mines and improvised devices" 63;
  "more than 2,800 items" 2,800; "11,400 mines, booby traps and other explosive items"
  11,400 to both suburbs; "1,870 mines and shells" 1,870; "9,400 mines and unexploded
  items" 9,400. Hectares handed back are not items.
- Not counted: adjectives and demonyms ("the Thai border", "Armenian forces",
  "Pakistani officials", "Nigerian and Chadian garrison towns", "Saudi-funded"), names
  inside event and organisation names ("the Iran-Iraq war", "the Ukraine Recovery
  Conference", "the Islamic State", "the Masam project", "Boko Haram"). "Kashmir" of
  the title and "the border villages of Kashmir" is the region (mention); the Line of
  Control, sown with mines "in 2001 and 2002", is a minefield dated 2001 with India and
  Pakistan; Punjab and Rajasthan (the Indian states: "the fields along the border in
  Punjab and Rajasthan" cleared "afterwards") are clearance without date.
"""

# ruff: noqa: E501

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "935_editorial_cambodia_extension_siem_reap_koas_krala_thma_puok_sala_krau_k5_belt.txt": [
        # "Some 1,600 square kilometres of Cambodia are still suspected": undated.
        C("Cambodia", "minefield", "KH"),
        # States parties gathered there last November (the Siem Reap-Angkor summit).
        S("Siem Reap", "conference", 1822214, date="2024-11-01", prec=M),
        # 2 February: farmer killed, nephew wounded.
        A2("Koas Krala district", "incident", 1827523, "KH", date="2025-02-02", prec=D, killed=1, injured=1),
        A1("Battambang province", "incident", (13.00, 102.90), "KH", variants=["Battambang"], date="2025-02-02", prec=D, killed=1, injured=1),
        # "Two weeks before that": 38 AP mines found in a cassava field.
        A2("Thma Puok district", "minefield", 1823887, "KH", date="2025-01-01", prec=M, mines=38),
        A1("Banteay Meanchey", "minefield", (13.75, 102.95), "KH", date="2025-01-01", prec=M, mines=38),
        # "Most of what remains lies in the K5 belt ... laid ... in the 1980s".
        R("K5 belt", "minefield", (13.70, 102.90), "KH", tolerance_km=LINEAR),
        # "have seen thousands of hectares cleared": undated.
        A2("Rattanak Mondul", "clearance", (12.90, 102.90), "KH"),
        A2("Kamrieng", "clearance", 11320731, "KH"),
        A2("Anlong Veng", "clearance", 1831898, "KH"),
        A1("Oddar Meanchey", "clearance", (14.15, 103.55), "KH"),
        # Last month: 312 hectares handed back.
        A2("Sala Krau district", "clearance", 1825200, "KH", date="2025-01-01", prec=M),
        A1("Pailin province", "clearance", (12.85, 102.65), "KH", date="2025-01-01", prec=M),
        # Donors; where other donors' money went.
        C("Japan", "mention", "JP"),
        C("Australia", "mention", "AU", tolerance_km=1500),
        C("Ukraine", "mention", "UA"),
        # "declared free of known minefields years ago": undated.
        A1("Takeo", "clearance", (10.95, 104.75), "KH"),
        A1("Kampong Speu", "clearance", (11.60, 104.30), "KH"),
        C("Laos", "mention", "LA"),
        C("Colombia", "mention", "CO"),
    ],
    "936_oped_deminer_kharkiv_region_husarivka_izium_kamianka_kupiansk_berlin.txt": [
        # Last Tuesday (4 June): tractor driver killed.
        S("Husarivka", "incident", 707853, date="2024-06-04", prec=D, killed=1),
        A2("Izium district", "incident", (49.10, 37.30), "UA", date="2024-06-04", prec=D, killed=1),
        A1("Kharkiv region", "incident", (49.50, 36.50), "UA", date="2024-06-04", prec=D, killed=1),
        # Byline.
        S("Kharkiv", "mention", 706483),
        # 4,300 hectares handed back since September 2022.
        A2("Balakliia", "clearance", 712926, "UA", date="2022-09-01", prec=M),
        # "139,000 square kilometres of Ukraine may be contaminated".
        C("Ukraine", "minefield", "UA"),
        # April: 19 AT mines and 212 submunitions found.
        S("Kamianka", "minefield", (49.27, 37.15), country_code="UA", date="2024-04-01", prec=M, mines=231),
        S("Izium", "mention", 707292),
        # New scatterable mines reported "almost every week": undated.
        S("Kupiansk", "minefield", 703656),
        C("Croatia", "clearance", "HR"),
        C("Bosnia and Herzegovina", "minefield", "BA"),
        C("Laos", "minefield", "LA"),
        # Recovery conference next week.
        S("Berlin", "conference", 2950159),
    ],
    "937_letter_bosnia_novi_seher_maglaj_zavidovici_zepce_bosna_zenica_doboj.txt": [
        # Land handed back on 10 May.
        S("Zavidovići", "clearance", 3186717, date="2023-05-10", prec=D),
        # May 2014 floods carried mines downstream.
        F("Bosna valley", "minefield", (44.55, 18.08), "BA", variants=["Bosna"], tolerance_km=LINEAR, date="2014-05-01", prec=M),
        # Last month: the neighbour's dog killed by a mine in the forest behind the village.
        S("Novi Šeher", "incident", 3194358, date="2023-04-01", prec=M),
        S("Maglaj", "mention", 3195946),
        S("Doboj", "mention", 3201984),
        # 2021: a deminer lost his foot.
        S("Žepče", "incident", 3186567, date="2021-01-01", prec=Y, injured=1),
        C("Bosnia and Herzegovina", "minefield", "BA"),
        A1("Zenica-Doboj Canton", "minefield", (44.35, 17.95), "BA"),
        F("Sava", "mention", (45.10, 18.00), None, tolerance_km=LINEAR),
        # "will clear its last minefields by 2026": future clearance.
        C("Croatia", "clearance", "HR"),
        S("Sarajevo", "mention", 3191281),
    ],
    "938_blog_colombia_antioquia_san_carlos_granada_briceno_ituango_anori_medellin.txt": [
        # Ten years ago: declared free of suspected minefields.
        S("San Carlos", "clearance", 3670000, date="2015-01-01", prec=Y),
        # 2024 victims "most of them in Antioquia, Cauca and Norte de Santander".
        A1("Antioquia", "incident", (6.90, -75.50), "CO", tolerance_km=LARGE, date="2024-01-01", prec=Y),
        # "followed a year later".
        S("Granada", "clearance", 3681952, date="2016-01-01", prec=Y),
        # Workshop last week (and the next one).
        S("Medellín", "conference", 3674962, date="2025-09-01", prec=M),
        R("Bajo Cauca", "mention", (7.80, -75.20), "CO"),
        # 24 August: soldier killed, two wounded.
        S("Briceño", "incident", 3688499, date="2025-08-24", prec=D, killed=1, injured=2),
        # Paths "have been mined": undated.
        S("Ituango", "minefield", 3680434),
        # July: 27 devices destroyed.
        S("Anorí", "clearance", 3689838, date="2025-07-01", prec=M, mines=27),
        C("Colombia", "incident", "CO", date="2024-01-01", prec=Y),
        A1("Cauca", "incident", (2.50, -76.80), "CO", tolerance_km=LARGE, date="2024-01-01", prec=Y),
        A1("Norte de Santander", "incident", (8.00, -72.90), "CO", date="2024-01-01", prec=Y),
        C("Nicaragua", "clearance", "NI", date="2010-01-01", prec=Y),
    ],
    "939_analysis_yemen_truce_mines_hays_al_hudaydah_sirwah_marib_taiz_amman.txt": [
        # Casualties since the truce began in April 2022 (no figure).
        C("Yemen", "incident", "YE", date="2022-04-01", prec=M),
        # First week of August: three children killed.
        S("Hays", "incident", 74906, date="2023-08-01", prec=M, killed=3),
        A1("Al Hudaydah governorate", "incident", (14.80, 43.10), "YE", date="2023-08-01", prec=M, killed=3),
        # Survey this spring: new mined areas.
        A1("Marib governorate", "minefield", (15.40, 45.50), "YE", date="2023-01-01", prec=Y),
        S("Sirwah", "minefield", 34703, date="2023-01-01", prec=Y),
        # July: 63 mines and IEDs removed east of Taiz city.
        S("Taiz city", "clearance", 70225, date="2023-07-01", prec=M, mines=63),
        S("Aden", "mention", 415189),
        S("Sanaa", "mention", 71137),
        C("Iraq", "mention", "IQ"),
        # Still clearing improvised mines in the old city: undated.
        S("Mosul", "clearance", 99072),
        # Donors meet next month.
        S("Amman", "conference", 250441),
    ],
    "940_oped_azerbaijan_kalbajar_istisu_murovdag_gubadli_abkhazia_baku.txt": [
        # Last week: a herder badly injured above Istisu.
        A2("Kalbajar", "incident", 586268, "AZ", variants=["Kalbajar district"], date="2026-05-01", prec=M, injured=1),
        S("Istisu", "incident", 147969, date="2026-05-01", prec=M, injured=1),
        # Since November 2020: 392 killed or wounded, 71 fatally.
        C("Azerbaijan", "incident", "AZ", date="2020-11-01", prec=M, killed=71, injured=321),
        # Passes mined "in the 1990s": a decade, no date.
        F("Murovdag", "minefield", (40.30, 46.35), "AZ", tolerance_km=LINEAR),
        # Last year: 5,200 ha cleared, 9,400 items destroyed.
        A2("Gubadli district", "clearance", 147305, "AZ", date="2025-01-01", prec=Y, mines=9400),
        # Last known minefields cleared in 2011.
        A1("Abkhazia", "clearance", (43.00, 41.20), "GE", date="2011-01-01", prec=Y),
        C("Georgia", "clearance", "GE", date="2011-01-01", prec=Y),
        C("Armenia", "mention", "AM"),
        # Conference opens next week.
        S("Baku", "conference", 587084),
    ],
    "941_reply_laos_savannakhet_ban_dong_sepon_vilabouly_salavan_xieng_khouang_phonsavan.txt": [
        # Quoted headline of the article answered.
        F("Plain of Jars", "mention", (19.43, 103.15), "LA"),
        # "has made remarkable progress": undated.
        A1("Xieng Khouang", "clearance", (19.45, 103.25), "LA"),
        # 1,100 hectares released since 2020.
        S("Phonsavan", "clearance", 1655123, date="2020-01-01", prec=Y),
        # More casualties than any other province of Laos last year.
        C("Laos", "incident", "LA", date="2023-01-01", prec=Y),
        A1("Savannakhet province", "incident", (16.50, 105.60), "LA", date="2023-01-01", prec=Y),
        # January: boy killed, cousin badly hurt.
        S("Ban Dong", "incident", (16.63, 106.43), country_code="LA", date="2024-01-01", prec=M, killed=1, injured=1),
        A2("Sepon district", "incident", 1655076, "LA", date="2024-01-01", prec=M, killed=1, injured=1),
        # History of the bombing.
        R("Ho Chi Minh Trail", "mention", (16.60, 106.30), "LA", tolerance_km=LINEAR),
        C("Vietnam", "mention", "VN"),
        C("United States", "mention", "US", tolerance_km=1500),
        # Bomblets "still lie" there: undated remaining contamination.
        A1("Salavan", "minefield", (15.80, 106.30), "LA"),
        A1("Sekong", "minefield", (15.40, 106.80), "LA"),
        A1("Attapeu", "minefield", (14.70, 106.90), "LA"),
        # Volunteers trained last month.
        A2("Vilabouly district", "conference", (16.98, 105.93), "LA", date="2024-02-01", prec=M),
        S("Vientiane", "mention", 1651944),
        # Signature.
        S("Savannakhet", "mention", 1653316),
    ],
    "942_editorial_ethiopia_tigray_adigrat_zalambessa_shire_mekelle_badme_pretoria.txt": [
        # The agreement signed there in November 2022.
        S("Pretoria", "conference", 964137, date="2022-11-01", prec=M),
        # 212 casualties across Tigray in 2025 (no split).
        A1("Tigray", "incident", (13.80, 39.00), "ET", date="2025-01-01", prec=Y),
        # Last Wednesday (8 April): three children killed, one injured.
        S("Adigrat", "incident", 345149, date="2026-04-08", prec=D, killed=3, injured=1),
        # March: a farmer lost a leg.
        S("Zalambessa", "incident", (14.52, 39.39), country_code="ET", date="2026-03-01", prec=M, injured=1),
        C("Eritrea", "mention", "ER"),
        # Since January: 46 hazardous areas recorded.
        S("Shire", "minefield", 334227, date="2026-01-01", prec=M),
        # Last year: more than 2,800 items destroyed.
        S("Mekelle", "clearance", 331180, date="2025-01-01", prec=Y, mines=2800),
        # "the mined areas it knew about before this war".
        C("Ethiopia", "minefield", "ET"),
        S("Badme", "mention", 449176),
        R("Horn of Africa", "mention", (8.00, 45.00), None, tolerance_km=800),
        C("Mozambique", "clearance", "MZ", date="2015-01-01", prec=Y),
        S("Addis Ababa", "mention", 344979),
    ],
    "943_oped_deminer_iraq_basra_abu_al_khasib_fao_majnoon_rumaila_kuwait.txt": [
        # Title and "wells in Basra": the governorate; "still holds more contaminated land".
        A1("Basra", "minefield", (30.50, 47.50), "IQ", variants=["Basra governorate"]),
        # 6 November: two shepherds wounded.
        S("Abu al-Khasib", "incident", 100050, date="2023-11-06", prec=D, injured=2),
        F("Shatt al-Arab", "incident", (30.40, 48.10), "IQ", tolerance_km=LINEAR, date="2023-11-06", prec=D, injured=2),
        S("Basra city", "mention", 99532),
        # September: 140 AT mines found.
        F("Fao peninsula", "minefield", (29.95, 48.45), "IQ", date="2023-09-01", prec=M, mines=140),
        # Last year: 1,870 mines and shells destroyed.
        F("Majnoon oil field", "clearance", (31.05, 47.55), "IQ", date="2022-01-01", prec=Y, mines=1870),
        C("Iraq", "minefield", "IQ"),
        C("Iran", "mention", "IR"),
        # Fields that "sit on and around old minefields".
        F("Rumaila", "minefield", (30.30, 47.35), "IQ", tolerance_km=50),
        F("West Qurna", "minefield", (31.00, 47.30), "IQ", tolerance_km=30),
        # Cleared between 1991 and 1993.
        C("Kuwait", "clearance", "KW", date="1991-01-01", prec=Y),
        S("Baghdad", "mention", 98182),
    ],
    "944_analysis_sahel_roads_dori_gorom_gorom_boni_mopti_tillaberi_niamey_lake_chad.txt": [
        # Title and lede: "the roads themselves have become minefields".
        R("Sahel", "minefield", (14.50, 2.50), None, tolerance_km=1000),
        # 22 November: bus on a device between Dori and Gorom-Gorom, 7 killed, 12 wounded.
        C("Burkina Faso", "incident", "BF", date="2025-11-22", prec=D, killed=7, injured=12),
        S("Dori", "incident", 2361082, date="2025-11-22", prec=D, killed=7, injured=12),
        S("Gorom-Gorom", "incident", 2360372, date="2025-11-22", prec=D, killed=7, injured=12),
        # October: four died near Boni.
        C("Mali", "incident", "ML", date="2025-10-01", prec=M, killed=4),
        S("Boni", "incident", (15.05, -2.22), country_code="ML", date="2025-10-01", prec=M, killed=4),
        A1("Mopti region", "incident", (14.60, -3.50), "ML", tolerance_km=LARGE, date="2025-10-01", prec=M, killed=4),
        # Lede's minefield outranks its army's clearance.
        C("Niger", "minefield", "NE"),
        # January to June: 37 devices defused.
        A1("Tillabéri region", "clearance", (14.30, 1.50), "NE", tolerance_km=LARGE, date="2025-01-01", prec=M, mines=37),
        S("Djibo", "mention", 2361177),
        # A decade ago: pressure-plate bombs killed hundreds a year.
        C("Afghanistan", "incident", "AF", date="2015-01-01", prec=Y),
        S("Bamako", "mention", 2460596),
        S("Ouagadougou", "mention", 2357048),
        # Defence ministers met there in October.
        S("Niamey", "conference", 2440485, date="2025-10-01", prec=M),
        # Devices planted around the lake "for years": undated.
        F("Lake Chad", "minefield", (13.20, 14.20), None, tolerance_km=LINEAR),
    ],
    "945_oped_libya_tripoli_salah_al_din_ain_zara_qasr_bin_ghashir_sirte_benghazi_tunis.txt": [
        # 28 July: boy killed, two friends injured.
        S("Salah al-Din", "incident", (32.83, 13.22), country_code="LY", date="2024-07-28", prec=D, killed=1, injured=2),
        S("Tripoli", "incident", 2210247, date="2024-07-28", prec=D, killed=1, injured=2),
        # Since June 2020: 11,400 items removed.
        S("Ain Zara", "clearance", (32.80, 13.26), country_code="LY", date="2020-06-01", prec=M, mines=11400),
        S("Qasr bin Ghashir", "clearance", 2213618, date="2020-06-01", prec=M, mines=11400),
        # 52 casualties in 2023 (no split).
        C("Libya", "incident", "LY", date="2023-01-01", prec=Y),
        # Returnees killed by booby traps in 2018.
        S("Benghazi", "incident", 88319, date="2018-01-01", prec=Y),
        # Still finding devices in houses in 2021.
        S("Sirte", "minefield", 2210554, date="2021-01-01", prec=Y),
        # Mines laid in 1942, still found.
        C("Egypt", "minefield", "EG", date="1942-01-01", prec=Y),
        S("El Alamein", "minefield", 361612, date="1942-01-01", prec=Y),
        # Workshop last month.
        S("Tunis", "conference", 2464470, date="2024-07-01", prec=M),
    ],
    "946_oped_kashmir_line_of_control_tangdhar_kupwara_keran_uri_athmuqam_neelum.txt": [
        R("Kashmir", "mention", (34.20, 74.80), None, tolerance_km=300),
        # Mines laid in 2001 and 2002.
        F("Line of Control", "minefield", (34.00, 74.00), None, tolerance_km=LINEAR, date="2001-01-01", prec=Y),
        # Byline.
        S("Kupwara", "mention", 6268046),
        C("India", "minefield", "IN", date="2001-01-01", prec=Y),
        C("Pakistan", "minefield", "PK", date="2001-01-01", prec=Y),
        # Hospital.
        S("Srinagar", "mention", 1255634),
        # Last month: a girl lost her leg.
        S("Tangdhar", "incident", (34.42, 73.97), country_code="IN", date="2023-09-01", prec=M, injured=1),
        A2("Kupwara district", "incident", (34.35, 74.05), "IN", date="2023-09-01", prec=M, injured=1),
        # August: 26 mines destroyed.
        S("Keran", "clearance", 1267253, date="2023-08-01", prec=M, mines=26),
        # Rusted fences around the old minefields: undated.
        S("Uri", "minefield", 1253694),
        A2("Baramulla district", "minefield", (34.15, 74.30), "IN"),
        # June: two woodcutters wounded.
        S("Athmuqam", "incident", 7536245, date="2023-06-01", prec=M, injured=2),
        F("Neelum valley", "incident", (34.65, 74.00), "PK", tolerance_km=LINEAR, date="2023-06-01", prec=M, injured=2),
        # Border fields cleared "afterwards": no date.
        A1("Punjab", "clearance", (30.90, 75.40), "IN"),
        A1("Rajasthan", "clearance", (27.00, 72.50), "IN", tolerance_km=LARGE),
        C("Sri Lanka", "clearance", "LK", date="2009-01-01", prec=Y),
        S("New Delhi", "mention", 1261481),
    ],
}
