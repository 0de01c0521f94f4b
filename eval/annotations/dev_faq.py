"""More development articles (eval/dev 1015-1026), annotated like those in dev.py.

Guidance and Q&A for communities (320-430 words): pages that answer residents'
questions ("Is the road to X safe?", "What happened near Y last month?") and in doing
so state events at places (finds, blasts and casualties, clearance, land handed back,
trainings and meetings) with dates absolute and relative to the Date:, mixed with
places named only for directions, services and offices: a returns FAQ for displaced
families going home to northern Salahuddin (Iraq: Baiji, al-Alam, Balad, Shirqat,
the Tigris, Dujail, Ad Dawr, al-Awjah, Tikrit, Samarra, Kirkuk, Baghdad); a village
council's Q&A on which fields, roads and riverbanks are safe (Ukraine: Snihurivka,
Pavlivka, Afanasiyivka, Novopetrivka, Kobzartsi, the Inhulets, Bashtanka district,
Mykolaiv); the text of a folded risk-education leaflet for farming families (Angola:
Moxico, Léua, Cameia, Lucusse, Cangamba, Lumbala N'guimbo, Cazombo, Luena, Luau,
Zambia); a newspaper's answers to readers' questions (Colombia: Meta, Caño
Cristales, Puerto Rico, the Güejar, Vista Hermosa, Puerto Lleras, Mesetas, Uribe,
the Guayabero, Villavicencio); an explosive ordnance hotline's weekly call summary
(northwest Syria: Sarmin, Saraqib, Ariha, Al-Atarib, Taftanaz, Maarat al-Numan,
Binnish, Sarmada, Dana, Idlib); a farmers' guide for the Maha planting season (Sri
Lanka: Kilinochchi, Mullaitivu, Paranthan, Elephant Pass, Muhamalai, Oddusuddan,
Iranamadu tank, Puthukkudiyiruppu); a school's notice to parents (Armenia: Berd,
Movses, Chinari, Aygedzor, Artsvaberd, Navur, Varagavan, Ijevan, Tavush province); an
employer's staff travel guidance (DR Congo: Ituri, Bunia, Komanda, Irumu territory,
Beni, Oicha, North Kivu, Mangbwalu, Djugu territory; Entebbe and Kampala, Uganda); a
mine action centre's help-desk page (Tajikistan: the Panj, Shamsiddin Shohin district,
the Rasht valley, Tavildara, Shurobod, Darvoz district, Kalaikhum, Vanj district,
Kulob, Dushanbe); a returns FAQ for families from southern Hodeidah (Yemen: Hays, Al
Khawkhah, Al-Tuhayta, Zabid, Mocha, Aden); the summary of a radio call-in programme
(Burkina Faso: Kaya, Pissila, Korsimoro, Kongoussi, Bourzanga, Barsalogho, Centre-Nord,
Djibo); a municipality's answers before the mushroom and hunting season (Croatia:
Sunja, Hrvatska Kostajnica, Lonjsko polje, Donji Kukuruzari, Majur, Glina, Petrinja,
Sisak, the Una).

Decisions where the rules are silent (the earlier batches' conventions are kept: "found
and destroyed" is a find; a meeting, briefing, course or workshop still to come is a
conference with no date, even when its day is given; a hospital town, donor, risk
education for the public and a treaty deadline are mentions; stated remaining
contamination is an undated minefield; a combined "killed or injured" figure carries
no counts; a land handover takes its date from the handover and its count from the
next sentence; "last week"/"last month" are month precision, seasons and "this
year" year precision; a district never separated from its same-named seat is one
admin2 entry with the seat's id):
- A question states nothing; the answer does (as dev_bulletins2). Places named only
  in a question or in the line that reports who asked ("A listener from Pissila asked
  whether the road from Kaya to Pissila is safe", "How many people have been hurt in
  Sanmatenga province", "Is the highway from Tikrit to Baiji open?") take a mention
  from it; the answer gives the role when it names the place again. An answer that
  says where the event was only through the question ("Her son found a mortar shell")
  was avoided in the texts: every answer that tells an event names its place. A
  question whose answer confirms what it asks about the place ("Where are the
  remaining mined areas in Tajikistan?" answered with the areas) gives the place the
  answer's role, as dev_posts4's South Sudan: Tajikistan is an undated minefield.
- A find or count told "there" in the sentence after the one naming the place goes
  to that place (as dev_explainers2's Muang Khoun): Muhamalai's 1,150 found and
  destroyed "in the first eight months of this year" (2023, year); Balad's 212 and
  Majur's 37 + 4 = 41 after their handovers (dated by the handover day).
- Origins of callers, pupils and committees ("a teacher from Kongoussi", "Pupils who
  come from the village of Tavush", "returnee committees from Hays and Al Jarrahi",
  "a caller whose family fled Djibo") are mentions, as are offices, clinics, help
  desks and hospitals (Samarra, Ijevan's medical centre, Vavuniya, Luena's hospital,
  Kampala, Dushanbe, Khorugh, Aden's coordination office, Zabid's hospital).
- Statements that a road or place is open or unaffected ("carries normal traffic",
  "Buses and trucks use the road every day", "Zabid town itself is not affected", "no
  hazardous area is recorded along the road itself", "No mined areas are recorded in
  Ituri") name no event: mention. Calls that "turned out to be scrap metal" state no
  find (Ariha, Jisr al-Shughur: mentions). A page's scope line ("It does not cover
  Hodeidah city") and the travel-route list of an employer's guidance ("Bunia -
  Mangbwalu: permitted in daylight", "Mahagi - Bunia") are mentions; the road to
  Beni "suspended" is a mention for Beni (its role comes from the attacks).
- Past trainings and meetings with a place are dated conferences (the commission
  meeting in Snihurivka, outranked there by the find; Luena's leaflet workshops;
  Kilinochchi town's field day; Ijevan's teacher training; Kulob's teacher refresher;
  Idlib city's operator refresher; the returnee workshop in Al Khawkhah, outranked by
  its clearance; the Kaya coordination meeting; Petrinja's hunter briefing). A
  training of teachers or operators who give risk education is a training course
  (conference); risk-education sessions or lessons for the public (camps, schools,
  Sarmada, Dana, settlements around Mocha) are mentions. Future sessions (Tikrit,
  Luau, Villavicencio, Puthukkudiyiruppu, Bunia, Entebbe, Dushanbe, Sisak) carry no
  date. A radio programme's broadcasts are not meetings.
- A place where casualty figures were presented is the conference (Kaya, 25
  September); the region the figures are for takes the incident and its explicit
  counts (Centre-Nord, January-August, 43 killed and 61 injured). "In Meta, one
  farmer was killed and seven people, five of them soldiers, were injured" is 1 and 7.
  "The second such accident in Tavush province this year" is an incident of the year
  without counts; "19 mine casualties since January" (Mykolaiv region) carries none.
- A hotline item's label ("Sarmin:", "Al-Atarib (Aleppo governorate):") belongs to its
  first sentence; a call reporting items found is a find (minefield), and the item's
  following sentence about their removal, naming no place, adds nothing (Sarmin 2,
  Saraqib 1). Likewise "a week later a clearance team found two more pressure-plate
  devices within 200 metres of the blast site" and "a second device on the same
  stretch" add nothing to the incident's places.
- A contamination comparison names a place's contamination: "more than in any other
  county except Lika-Senj" gives Lika-Senj a minefield (as casualty comparisons give
  incidents). Answers advising against a place "where mines remain" or where forests
  "still hold suspected areas" are undated minefields (Aygedzor, Lonjsko polje,
  Maarat al-Numan's villages "south of Maarat al-Numan", with no more specific place,
  as in dev_digests).
- A survey team's check of roads and paths is clearance work (Berd, Navur, Varagavan,
  "checked by survey teams in March"); channels "checked and cleared in 2021" and
  trails "surveyed and declared free of suspected areas in 2019" are clearance dated
  by the year; "Mesetas was declared free of known suspected areas in August 2025"
  is clearance (month), shared by Meta named in that sentence (Meta keeps its higher
  incident). Survey that "recorded three new hazardous areas" is a minefield (Vanj
  district, March) and "registered six new ones in January alone" likewise
  (Shirqat and the Tigris).
- One place with two events of the same role takes the one its own answer dates and
  counts: Baiji's February removal (37) rather than "surveyed after 2017"; Artsvaberd's
  dated find last autumn (2023, year, 23) rather than the undated "where mines remain".
  "Most of them around Ad Dawr and al-Awjah", "most of them around Cazombo", "most of
  them in Darvoz district and around Kalaikhum" give role and date without the count.
- "On the stretch south of Snihurivka ... on the banks of the Inhulets there": the
  river holds the find, the town is a reference there (its role comes from the
  garden find). "About 15 km south of Komanda, in Irumu territory" and "about 12 km
  from Pissila" name no more specific place: the town holds the blast. "The woods
  along the former front line between Sunja and Hrvatska Kostajnica" gives both ends
  the contamination; "the road from Snihurivka to Mykolaiv was cleared in the summer
  of 2023" gives Mykolaiv that clearance (2023, year).
- Dates: "Between last October and March" in a September 2023 guide is October 2022
  (month); "in the first eight months of this year" is the year; "last autumn" in an
  April article is the previous year; "since the attack of August 2024" is August 2024
  (month); "On 11 November last year" is that day; "the fighting of 2018" dates the
  laying (Al-Tuhayta district and Yemen of that sentence, year); "mines laid in the
  1990s" gives a decade, no date (the Rasht valley, Tavildara); "since January"
  totals are January (month).
- Same-named units: Kilinochchi (the title's bare district name, with "Kilinochchi
  district") is separate from "Kilinochchi town"; Mullaitivu with "Mullaitivu
  district" is one admin2 entry with the seat's id; Idlib governorate / Idlib city,
  Hodeidah governorate / Hodeidah city, Beni territory / Beni, Djugu territory /
  Djugu, Sunja municipality / Sunja, Tavush province / the village of Tavush, Mykolaiv
  region / Mykolaiv are separate entries. Vanj district, Bashtanka district and
  Al-Tuhayta (bare in the question, "Al-Tuhayta district" in the answer) use their
  seats' ids; Darvoz district (seat Kalaikhum), Shamsiddin Shohin district, Irumu,
  Beni and Djugu territories and Sunja municipality take the annotator's point.
  Burkina Faso's provinces are second-level (Sanmatenga province: admin2), its regions
  first-level (Centre-Nord, the Sahel region: admin1; the Sahel region is not the
  Sahel belt). "Khatlon region" takes the later bare "Khatlon" as a variant.
- Puerto Rico in Meta is a settlement with GeoNames 3671346 (named Puerto Yuca there,
  Puerto Rico among its names); the island the readers thought of is not named. Oicha
  is GeoNames 8329635 (Hyosha). Cameia is the town 876282. Barsalogho, Sarmada,
  Komanda, Mahagi, Paranthan, Muhamalai, Oddusuddan and Puthukkudiyiruppu take their
  best known points (not in cities500).
- Features: the Tigris, the Inhulets, the Güejar, the Guayabero, the Panj and the Una
  take the river tolerance at the stretch meant; Caño Cristales, Iranamadu tank,
  Lonjsko polje and Elephant Pass (the supplement's row) the default; the Red Sea
  coast is the Red Sea (500 km, no country); the Ariari valley and the Rasht valley
  are regions.
- Leaflet furniture (FRONT, INSIDE, BACK, picture descriptions, logos) names no place;
  "We are coming back from Zambia" is a mention; languages (Shughni, Tajik) are not
  places.
"""

# ruff: noqa: E501

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "1015_faq_returning_families_salahuddin_baiji_al_alam_balad_shirqat_dujail_tikrit.txt": [
        # Camps around Kirkuk; displaced in Baghdad.
        S("Kirkuk", "mention", 94787),
        S("Baghdad", "mention", 98182),
        # "In 2024 teams working across Salahuddin destroyed more than 4,800 explosive items".
        A1("Salahuddin", "clearance", (34.60, 43.70), "IQ", tolerance_km=LARGE, date="2024-01-01", prec=Y, mines=4800),
        # In February: 37 items removed from 14 houses.
        S("Baiji", "clearance", 97783, date="2025-02-01", prec=M, mines=37),
        # 9 February: shepherd killed, son wounded, in the hills east of al-Alam.
        S("al-Alam", "incident", 6871926, date="2025-02-09", prec=D, killed=1, injured=1),
        # Highway question; a course still to come in April.
        S("Tikrit", "conference", 90150),
        # 2 March handover; 212 cleared (next sentence).
        S("Balad", "clearance", 98112, date="2025-03-02", prec=D, mines=212),
        # Six new hazardous areas registered in January.
        S("Shirqat", "minefield", 91057, date="2025-01-01", prec=M),
        F("Tigris", "minefield", (35.65, 43.25), "IQ", tolerance_km=LINEAR, date="2025-01-01", prec=M),
        # 23 February: two boys injured by a mortar round outside Dujail.
        S("Dujail", "incident", 99759, date="2025-02-23", prec=D, injured=2),
        # Hospital.
        S("Samarra", "mention", 91597),
        # "most of them around Ad Dawr and al-Awjah": role and date, no count.
        S("Ad Dawr", "clearance", 99768, date="2024-01-01", prec=Y),
        S("al-Awjah", "clearance", 99560, date="2024-01-01", prec=Y),
        # "killed or injured 62 people last year": combined, no counts.
        C("Iraq", "incident", "IQ", date="2024-01-01", prec=Y),
    ],
    "1016_municipal_qa_safe_areas_snihurivka_pavlivka_novopetrivka_kobzartsi_inhulets_bashtanka_mykolaiv.txt": [
        # Commission met there 16 May; the road cleared in 2023; the garden find on 8 May wins.
        S("Snihurivka", "minefield", 693379, date="2024-05-08", prec=D, mines=1),
        # "Since March deminers have handed back 1,240 hectares around ...".
        S("Pavlivka", "clearance", 697871, date="2024-03-01", prec=M),
        S("Afanasiyivka", "clearance", 713771, date="2024-03-01", prec=M),
        S("Novopetrivka", "clearance", 699360, date="2024-03-01", prec=M),
        # "The main road from Snihurivka to Mykolaiv was cleared in the summer of 2023".
        S("Mykolaiv", "clearance", 700569, date="2023-01-01", prec=Y),
        # 27 April: tractor driver injured north of Kobzartsi.
        S("Kobzartsi", "incident", 699105, date="2024-04-27", prec=D, injured=1),
        # In April: 14 AP mines on the banks south of Snihurivka.
        F("Inhulets", "minefield", (46.98, 32.82), "UA", tolerance_km=LINEAR, date="2024-04-01", prec=M, mines=14),
        # 40 per cent of farmland still awaits survey.
        A2("Bashtanka district", "minefield", 712775, "UA"),
        # "19 mine casualties since January": no counts.
        A1("Mykolaiv region", "incident", (47.20, 32.00), "UA", date="2024-01-01", prec=M),
        # National register.
        C("Ukraine", "mention", "UA"),
    ],
    "1017_leaflet_farming_families_moxico_leua_cameia_lucusse_cangamba_cazombo_luena_luau.txt": [
        # "Mines from the war are still in the ground in Moxico"; clearance since January outranked.
        A1("Moxico", "minefield", (-12.50, 21.00), "AO", tolerance_km=LARGE, variants=["Moxico province"]),
        C("Angola", "mention", "AO"),
        # "most of them along old roads ... near Lucusse, Cangamba and Lumbala N'guimbo".
        S("Lucusse", "minefield", 876165),
        S("Cangamba", "minefield", 3350775),
        S("Lumbala N'guimbo", "minefield", 7905765),
        # 3 June: woman lost her leg.
        S("Léua", "incident", 876233, date="2023-06-03", prec=D, injured=1),
        # In April: two brothers killed.
        S("Cameia", "incident", 876282, date="2023-04-01", prec=M, killed=2),
        # "most of them around Cazombo": handed-back fields since January, no count.
        S("Cazombo", "clearance", 876482, date="2023-01-01", prec=M),
        # Road; hospital; leaflet workshops on 20 and 21 July.
        S("Luena", "conference", 3347719, date="2023-07-20", prec=D),
        # Road; next workshops in September (still to come).
        S("Luau", "conference", 876177),
        C("Zambia", "mention", "ZM"),
    ],
    "1018_readers_questions_meta_cano_cristales_puerto_rico_vista_hermosa_mesetas_uribe_la_macarena.txt": [
        R("Ariari valley", "mention", (3.45, -73.70), "CO"),
        # "In Meta, one farmer was killed and seven people ... were injured by mines in 2025".
        A1("Meta", "incident", (3.40, -73.20), "CO", tolerance_km=LARGE, date="2025-01-01", prec=Y, killed=1, injured=7),
        # Trails surveyed and declared free in 2019.
        F("Caño Cristales", "clearance", (2.26, -73.79), "CO", date="2019-01-01", prec=Y),
        # Tours leave from there; "south of La Macarena" is a reference for the Guayabero.
        S("La Macarena", "mention", 3827693),
        # Flights; monthly session for guides, the next still to come.
        S("Villavicencio", "conference", 3665900),
        # 14 December: soldier lost his left foot near the Güejar river in Puerto Rico.
        S("Puerto Rico", "incident", 3671346, date="2025-12-14", prec=D, injured=1),
        F("Güejar river", "incident", (2.98, -73.30), "CO", tolerance_km=LINEAR, date="2025-12-14", prec=D, injured=1),
        S("Granada", "mention", 3681957),
        # In 2025: 11 hazardous areas handed back, 48 devices removed.
        S("Vista Hermosa", "clearance", 3665860, date="2025-01-01", prec=Y, mines=48),
        # Track towards Puerto Lleras released in October.
        S("Puerto Lleras", "clearance", 3671424, date="2025-10-01", prec=M),
        S("Mesetas", "clearance", 3763578, date="2025-08-01", prec=M),
        # In January: 16 improvised mines found.
        S("Uribe", "minefield", 3666413, date="2026-01-01", prec=M, mines=16),
        F("Guayabero river", "minefield", (2.15, -73.75), "CO", tolerance_km=LINEAR),
        # "97 people were killed or injured ... in 2025": combined.
        C("Colombia", "incident", "CO", date="2025-01-01", prec=Y),
        S("Bogotá", "mention", 3688689),
    ],
    "1019_hotline_call_summary_northwest_syria_sarmin_saraqib_al_atarib_taftanaz_binnish_idlib.txt": [
        C("Syria", "mention", "SY"),
        # 28 October: farmer reported two submunitions (destroyed next day).
        S("Sarmin", "minefield", 164782, date="2024-10-28", prec=D, mines=2),
        # 30 October: a mortar round reported in a school yard.
        S("Saraqib", "minefield", 164816, date="2024-10-30", prec=D, mines=1),
        # Scrap metal.
        S("Ariha", "mention", 172994),
        S("Jisr al-Shughur", "mention", 169023),
        # 31 October: boy injured west of the town.
        S("Al-Atarib", "incident", 174030, date="2024-10-31", prec=D, injured=1),
        A1("Aleppo governorate", "incident", (36.20, 37.30), "SY", date="2024-10-31", prec=D, injured=1),
        # 1 November: two brothers killed.
        S("Taftanaz", "incident", 163799, date="2024-11-01", prec=D, killed=2),
        # "killed or injured 38 people in October": combined.
        A1("Idlib governorate", "incident", (35.80, 36.60), "SY", date="2024-10-01", prec=M),
        # Villages south of it still get unexploded items almost every week.
        S("Maarat al-Numan", "minefield", 167611),
        # Last month (October): 17 items in burned fields.
        S("Binnish", "minefield", 171451, date="2024-10-01", prec=M, mines=17),
        # Risk-education sessions.
        S("Sarmada", "mention", (36.18, 36.72), country_code="SY"),
        S("Dana", "mention", 174259),
        # Operators' refresher training on 29 October.
        S("Idlib city", "conference", 169389, date="2024-10-29", prec=D),
    ],
    "1020_farmers_guide_maha_season_kilinochchi_mullaitivu_paranthan_elephant_pass_muhamalai_oddusuddan.txt": [
        # Title (the districts); "Between last October and March ... 41 explosive items found".
        A2("Kilinochchi", "minefield", (9.35, 80.38), "LK", variants=["Kilinochchi district"], date="2022-10-01", prec=M, mines=41),
        # Title; "near Oddusuddan, in Mullaitivu district" on 12 August.
        A2("Mullaitivu", "incident", 1234393, "LK", variants=["Mullaitivu district"], date="2023-08-12", prec=D, injured=1),
        A1("Northern Province", "mention", (9.20, 80.40), "LK"),
        # Since January: 612 acres released.
        S("Paranthan", "clearance", (9.435, 80.395), country_code="LK", date="2023-01-01", prec=M),
        F("Elephant Pass", "clearance", (9.55, 80.41), "LK", date="2023-01-01", prec=M),
        S("Jaffna", "mention", 1242833),
        # Laid by both armies; 1,150 found and destroyed in the first eight months of this year.
        S("Muhamalai", "minefield", (9.605, 80.275), country_code="LK", date="2023-01-01", prec=Y, mines=1150),
        S("Oddusuddan", "incident", (9.153, 80.665), country_code="LK", date="2023-08-12", prec=D, injured=1),
        S("Vavuniya", "mention", 1225018),
        F("Iranamadu tank", "clearance", (9.32, 80.44), "LK", date="2021-01-01", prec=Y),
        # Field day held on 19 September.
        S("Kilinochchi town", "conference", 1240372, date="2023-09-19", prec=D),
        # Field day still to come (4 October).
        S("Puthukkudiyiruppu", "conference", (9.31, 80.70), country_code="LK"),
        # Treaty deadline.
        C("Sri Lanka", "mention", "LK"),
    ],
    "1021_school_notice_parents_berd_movses_chinari_artsvaberd_aygedzor_ijevan_tavush.txt": [
        # Roads between Berd, Navur and Varagavan checked by survey teams in March.
        S("Berd", "clearance", 616802, date="2024-03-01", prec=M),
        S("Navur", "clearance", 616383, date="2024-03-01", prec=M),
        S("Varagavan", "clearance", 616992, date="2024-03-01", prec=M),
        # 6 April: boy injured above the village.
        S("Movses", "incident", 616403, date="2024-04-06", prec=D, injured=1),
        # Medical centre; teachers' training on 10 and 11 April.
        S("Ijevan", "conference", 616627, date="2024-04-10", prec=D),
        # "the second such accident in Tavush province this year".
        A1("Tavush province", "incident", (40.95, 45.20), "AM", date="2024-01-01", prec=Y),
        # In February a man lost his foot.
        S("Chinari", "incident", 616780, date="2024-02-01", prec=M, injured=1),
        C("Azerbaijan", "mention", "AZ"),
        S("Aygedzor", "minefield", 616856),
        # 23 AP mines found last autumn.
        S("Artsvaberd", "minefield", 823755, date="2023-01-01", prec=Y, mines=23),
        # Pupils who come from the village.
        S("Tavush", "mention", 616162),
        C("Armenia", "mention", "AM"),
        S("Yerevan", "mention", 616052),
    ],
    "1022_employer_staff_travel_guidance_ituri_bunia_komanda_irumu_beni_oicha_mangbwalu_djugu.txt": [
        A1("Ituri", "mention", (1.80, 29.90), "CD", tolerance_km=LARGE),
        C("Democratic Republic of the Congo", "mention", "CD"),
        # Office; casualties taken there; course on 8 July still to come.
        S("Bunia", "conference", 217695),
        # "26 items found around Mangbwalu and elsewhere in Djugu territory" in May.
        S("Mangbwalu", "minefield", 208725, date="2025-05-01", prec=M, mines=26),
        A2("Djugu territory", "minefield", (1.95, 30.45), "CD", date="2025-05-01", prec=M, mines=26),
        S("Djugu", "mention", 217100),
        # 21 June: minibus, 4 killed, 9 injured, about 15 km south of Komanda.
        S("Komanda", "incident", (1.367, 29.767), country_code="CD", date="2025-06-21", prec=D, killed=4, injured=9),
        A2("Irumu territory", "incident", (1.30, 29.95), "CD", date="2025-06-21", prec=D, killed=4, injured=9),
        # "Beni and Oicha, across the provincial line in North Kivu, have seen repeated bomb attacks".
        S("Beni", "incident", 219057),
        S("Oicha", "incident", 8329635),
        A1("North Kivu", "incident", (-0.80, 29.00), "CD", tolerance_km=LARGE),
        # 11 IED explosions recorded in 2024.
        A2("Beni territory", "incident", (0.70, 29.55), "CD", date="2024-01-01", prec=Y),
        S("Mahagi", "mention", (2.308, 30.993), country_code="CD"),
        C("Uganda", "mention", "UG"),
        # Course on 15 July still to come.
        S("Entebbe", "conference", 233508),
        # Medical evacuation.
        S("Kampala", "mention", 232422),
    ],
    "1023_mine_action_centre_help_desk_tajikistan_panj_shamsiddin_shohin_tavildara_shurobod_darvoz_vanj.txt": [
        C("Tajikistan", "minefield", "TJ"),
        F("Panj river", "minefield", (37.95, 70.35), "TJ", tolerance_km=LINEAR),
        C("Afghanistan", "mention", "AF"),
        A2("Shamsiddin Shohin district", "minefield", (37.85, 70.15), "TJ"),
        A1("Khatlon region", "minefield", (37.90, 69.60), "TJ", variants=["Khatlon"]),
        # Mines laid in the 1990s: a decade, no date.
        R("Rasht valley", "minefield", (39.00, 70.40), "TJ"),
        S("Tavildara", "minefield", 1220324),
        # In April: shepherd lost his right leg above the village.
        S("Shurobod", "incident", 1220479, date="2026-04-01", prec=M, injured=1),
        # 2025: "most of them in Darvoz district and around Kalaikhum".
        A2("Darvoz district", "clearance", (38.45, 70.85), "TJ", date="2025-01-01", prec=Y),
        S("Kalaikhum", "clearance", 1221559, date="2025-01-01", prec=Y),
        # In March: three new hazardous areas recorded.
        A2("Vanj district", "minefield", 1220210, "TJ", date="2026-03-01", prec=M),
        # Highway end, rehabilitation centre, office; partners' meeting on 3 June still to come.
        S("Dushanbe", "conference", 1221874),
        S("Khorugh", "mention", 1221328),
        A1("Gorno-Badakhshan", "mention", (38.00, 72.50), "TJ", tolerance_km=LARGE),
        # Teachers' refresher training held on 28 April.
        S("Kulob", "conference", 1221194, date="2026-04-28", prec=D),
    ],
    "1024_faq_returning_families_hodeidah_hays_al_khawkhah_al_tuhayta_zabid_mocha_aden.txt": [
        # "Since January, 27 people have been killed or injured": combined.
        A1("Hodeidah governorate", "incident", (14.60, 43.20), "YE", tolerance_km=LARGE, date="2024-01-01", prec=M),
        S("Aden", "mention", 415189),
        S("Mocha", "mention", 78751),
        F("Red Sea", "mention", (14.00, 42.80), None, tolerance_km=500),
        S("Hodeidah city", "mention", 79415),
        # 3 July: girl killed, mother injured, in the east of Hays.
        S("Hays", "incident", 74906, date="2024-07-03", prec=D, killed=1, injured=1),
        # May and June: 9 AT mines + 31 improvised devices = 40; workshop on 12 August outranked.
        S("Al Khawkhah", "clearance", 79131, date="2024-05-01", prec=M, mines=40),
        S("Bayt al-Faqih", "mention", 76991),
        # Laid during the fighting of 2018.
        A2("Al-Tuhayta", "minefield", 77655, "YE", variants=["Al-Tuhayta district"], date="2018-01-01", prec=Y),
        C("Yemen", "minefield", "YE", date="2018-01-01", prec=Y),
        S("Zabid", "mention", 69500),
        S("Al Jarrahi", "mention", 79284),
    ],
    "1025_radio_listeners_questions_centre_nord_kaya_pissila_korsimoro_kongoussi_bourzanga_barsalogho.txt": [
        # Radio seat; coordination meeting on 25 September where figures were presented.
        S("Kaya", "conference", 2359608, date="2025-09-25", prec=D),
        # 14 September: motorbike, driver killed, passenger wounded, about 12 km from Pissila.
        S("Pissila", "incident", 2356467, date="2025-09-14", prec=D, killed=1, injured=1),
        # Mortar shell found in September outside Korsimoro.
        S("Korsimoro", "minefield", 2359042, date="2025-09-01", prec=M, mines=1),
        # Four schools reopened in September after checks.
        S("Kongoussi", "clearance", 2359142, date="2025-09-01", prec=M),
        # 9 September: two grenades and a rocket removed.
        S("Bourzanga", "clearance", 2361853, date="2025-09-09", prec=D, mines=3),
        # Devices found since the attack of August 2024.
        S("Barsalogho", "minefield", (13.42, -1.06), country_code="BF", date="2024-08-01", prec=M),
        A2("Sanmatenga province", "mention", (13.30, -1.05), "BF"),
        A1("Centre-Nord region", "incident", (13.25, -1.10), "BF", date="2025-01-01", prec=M, killed=43, injured=61),
        S("Djibo", "mention", 2361177),
        A1("Sahel region", "mention", (14.20, -0.60), "BF"),
        C("Burkina Faso", "mention", "BF"),
        S("Ouagadougou", "mention", 2357048),
    ],
    "1026_municipal_qa_mushroom_hunting_season_sunja_hrvatska_kostajnica_lonjsko_polje_majur_glina_petrinja.txt": [
        # Title "around Sunja"; the front line between Sunja and Hrvatska Kostajnica.
        S("Sunja", "minefield", 3189498),
        A2("Sunja municipality", "minefield", (45.33, 16.55), "HR"),
        S("Hrvatska Kostajnica", "minefield", 3197594),
        A1("Sisak-Moslavina County", "minefield", (45.30, 16.40), "HR"),
        # "more than in any other county except Lika-Senj".
        A1("Lika-Senj", "minefield", (44.65, 15.30), "HR"),
        F("Lonjsko polje", "minefield", (45.35, 16.65), "HR"),
        # 11 November 2022: hunter injured.
        S("Donji Kukuruzari", "incident", 3215199, date="2022-11-11", prec=D, injured=1),
        # 14 September handover; 37 AP + 4 AT = 41 (next sentence).
        S("Majur", "clearance", 3197591, date="2023-09-14", prec=D, mines=41),
        # In August: 12 mines found.
        S("Glina", "minefield", 3200600, date="2023-08-01", prec=M, mines=12),
        # Hunters' briefing held on 16 September.
        S("Petrinja", "conference", 3193420, date="2023-09-16", prec=D),
        # Mandatory briefing on 7 October still to come.
        S("Sisak", "conference", 3190813),
        F("Una", "mention", (45.23, 16.54), "HR", tolerance_km=LINEAR),
        C("Bosnia and Herzegovina", "mention", "BA"),
        # Treaty deadline.
        C("Croatia", "mention", "HR"),
        S("Zagreb", "mention", 3186886),
    ],
}
