"""More development articles (eval/dev 1000-1011), annotated like those in dev.py.

Official statements, the texts delegations and agencies read out at meetings, in the
first person plural, each mixing national results by province and district with
casualty figures, periods, plans, requests and thanks to donors, and each delivered
at a meeting somewhere: Sri Lanka's Article 5 statement at the Twenty-first Meeting
of the States Parties in Geneva (Jaffna, Kilinochchi, Mullaitivu, Mannar districts;
Muhamalai, Pallai, Kandawalai, Madhu); the executive summary of Ethiopia's extension
request (Somali region, Tigray, Afar; Kebri Dahar, Zalambessa, Edaga Hamus, Bure);
Ukraine's First Deputy Minister of Economy at the mine action conference in Tokyo
(Kharkiv, Mykolaiv, Kherson regions; Izium, Snihurivka, Velykyi Burluk); a UNMAS
briefing to the Security Council in New York (Khartoum, Wad Madani, Idlib,
Maarat al-Nu'man, Nabatieh, Ain Zara, Sirte); Norway's donor statement to the
cluster munition convention's Thirteenth Meeting (Laos, Sepon, Lebanon, Sinjar,
Ukraine); the ICBL's statement on Myanmar at the Fifth Review Conference in Siem
Reap (Sagaing, Kayah, Rakhine, Mae Sot); Yemen's statement at a regional conference
in Amman (Lahj, Taiz, Al Hudaydah, Shabwa, Aden); Colombia's statement and extension
request at the Twenty-second Meeting (Antioquia, Norte de Santander, Cauca, Nariño);
Somalia's statement at the 2024 intersessional meetings (Galmudug, Hiraan, Baidoa,
Lower Shabelle, Mogadishu); Bosnia and Herzegovina presenting its extension request
(the Federation, Republika Srpska, Brčko District; Konjic, Teslić, Kalesija);
Senegal at the Fifth Review Conference (Casamance: Ziguinchor department, Bissine,
Boutoupa-Camaracounda, Bignona, Djibidione, Sindian); Iraq's Minister of Environment
opening a national conference in Baghdad (Basra, Maysan, Ninewa, Anbar, Salahuddin,
Mosul, Baiji, Al-Muthanna, the Kurdistan Region).

Decisions where the rules are silent (the earlier batches' conventions are kept: a
meeting still to come is a conference with no date, "found and destroyed" and
"located and destroyed" are finds, donors, treaty deadlines, hospital towns and
places of victim assistance are mentions, remaining contamination is a minefield
dated only when stated "as of" a day, the sentences after an "as of" sentence that
place the same stock share its date, a combined "killed or injured" figure carries
no counts, "N of them killed" leaves the rest as injured, a district never separated
from its same-named seat is one admin2 entry with the seat's id):
- The venue of the statement is a conference dated the meeting: the header line
  "Geneva, 21 November 2023" is that day; a header range "Geneva, 18-20 June 2024",
  "Siem Reap, 25-29 November 2024", "Amman, 10-11 February 2026" gives its first day
  (as the rules' ranges), though the statement itself may be read on a later day.
  "This conference here in Baghdad", whose header gives no day, is the Date: of the
  speech; "this conference in Tokyo" likewise.
- A host country thanked for hosting the meeting ("the Government of Japan for
  hosting this conference in Tokyo", "the Kingdom of Cambodia for its warm welcome
  in Siem Reap") is a conference with the meeting's date (as dev_asiaafrica's host
  rule); Jordan, thanked in the same sentence for the clearance "it completed ... in
  2012", takes that higher clearance (2012, year). Norway, which "will host a
  regional workshop ... in Oslo next spring", is a conference with no date; its
  donor sentences ("teams supported by Norway located and destroyed ...") leave it
  a donor there, not the place of the find.
- A past meeting named as such is a conference dated as told: "a year after we met
  in Lausanne" is the previous year (year precision); the Convention "opened for
  signature in Oslo in December 2008" is a signing ceremony (December 2008, month),
  which Oslo keeps over its undated workshop to come (both conference; the held
  event's facts). A ceremony returning land "in Medellín in August" and the one
  declaring Brčko District free "at a ceremony in Brčko" in November 2025 are dated
  conferences for those towns; a course completed "In April" in Mogadishu, a
  training centre in Aden that "opened in November" and has run courses, and a
  national workshop "held in Ziguinchor on 15 and 16 October" are dated
  conferences. "I will travel to Port Sudan to agree a national plan with the
  authorities" is a meeting still to come (conference, no date), not a field visit.
  A testing and certification centre to be opened near Chernihiv is a facility, a
  mention; "a new operations centre in Basra this summer" adds nothing to Basra.
- The speaking country is counted under its first written form, with the formal
  name as a variant when the title uses the short one (Colombia / "Republic of
  Colombia"; Senegal / "Republic of Senegal") and the short name as a variant when
  the title uses the formal one ("Federal Republic of Somalia" / Somalia; "Republic
  of Yemen" / Yemen). "Lao People's Democratic Republic" and "Laos" are one entry.
  Its role comes only from sentences that name it: a casualty total "in Sri Lanka",
  "in Ethiopia", "in Yemen", "in Iraq", "in Bosnia and Herzegovina" is an incident
  dated by its period ("in 2023 up to the end of October" is 2023, year); Senegal,
  whose only sentences with events say its mined areas "are all located in
  Casamance", is a minefield, undated.
- Period totals: "Between January and October 2023" is January 2023 (month); "Since
  2009" is 2009 (year); "Since 24 February 2022" is that day; "since the start of the
  year" is January (month); "Between 8 December and 31 March" is 8 December 2024
  (day); "since the ceasefire of 27 November" is 27 November 2024 (day); "since the
  crisis that began there in January" is January 2025 (month); "since January" in
  Wad Madani's sentence ("since the city was retaken in January") is January 2025.
  "Handed back in the spring" and "this year" are year precision. A sentence with no
  date of its own inside a paragraph that opens on a year ("In 2025, our teams ...
  In Anbar, the desert roads ... were cleared") takes that year (as dev_reports4's
  Darvoz); where the paragraph's period is ambiguous the text was made explicit.
- Sub-totals: places where "most of" a national figure was achieved take its role
  and date without its count (Jaffna, Kilinochchi, Mullaitivu districts; Xieng
  Khouang and Savannakhet provinces); "Seventeen of these casualties occurred in
  Tigray" is an incident dated 2024 without counts (a combined casualty figure).
  A figure stated for several governorates together ("released 6.3 km2 in Lahj,
  Taiz and Al Dhale'e governorates and removed 21,460 mines and explosive items")
  goes whole to each (as dev_notices' municipalities); Taiz keeps its own incident.
  "96 people fell victim ...: 21 of them were killed and 75 injured" is 21/75;
  "117 casualties ..., 41 of them killed" is 41/76; "six ... casualties ..., two of
  them fatal" 2/4; "seven casualties, two of them fatal" 2/5.
- Stock paragraphs: the sentences placing an "as of" stock share its day (Mannar
  district, Madhu, Silavathurai, Vavuniya, Trincomalee, Batticaloa; the Somali
  region, its zones, Tigray's and Afar's towns; Galmudug, Bakool, Gedo; the
  Federation, Republika Srpska and their towns; Basra, Maysan, the Shatt al-Arab,
  Al-Faw, Ninewa, Anbar, Salahuddin, whose legacies "lie behind this figure"). "The
  burden remains heaviest in the Lao People's Democratic Republic", "new
  contamination ... in Ukraine", "mines have been placed around the villages of the
  Micay canyon", "the roads around Mrauk-U and Minbya are now mined" and "the
  remaining challenge is ... in the departments of Bignona and Goudomp" are
  minefields without a date.
- Reference and location words: "some 15 kilometres north-west of Elephant Pass"
  (Muhamalai holds the clearance) and "a road near Beledweyne, in Hiraan" (the road
  has no name, so Beledweyne holds the find); "along the coast north of
  Silavathurai", "in the desert west of Samawah", "in the mountains south of
  Trebinje", "the woods above Kalesija", "the southern suburbs of Tripoli", "the
  villages south of Sinjar" and "along the rivers near Tumaco" name no more specific
  place, so the town holds the event. "The hills between Maglaj and Doboj" and "the
  desert roads between Al-Qaim and Akashat" give both ends the event; "the track
  between Djibidione and Sindian" gives both the accident. The country named as the
  border of a mined area (Eritrea, Ethiopia, Guinea-Bissau) or as the former enemy
  ("the war with Iran") is a mention.
- Hosts and places of care: Mae Sot, "where clinics treated more than 70 mine
  survivors", and Thailand are mentions; provinces where survivors "received
  prostheses or psychosocial support" (Meta, Caquetá) are mentions though Antioquia,
  named there too, keeps its incident. Places of offices and bases (Addis Ababa,
  Jijiga) are mentions.
- Land handed back is clearance dated the handover ("In July, 312 families in Pallai
  and Eluthumadduval received back farmland"; "handed over to the villagers in
  July"; "returned to villagers in March 2024" in Sepon district with the Ho Chi
  Minh Trail, given the river tolerance at Sepon's stretch). Boutoupa-Camaracounda
  takes the higher find "between March and June" (23 + 6 = 29 mines). Deminers
  killed or injured by mines are incidents (Kherson region: "since January two
  deminers have been killed and five injured by mines there"; Teslić; Bayhan).
- Bare names used for districts and provinces: "villages of Nabatieh and Bint Jbeil"
  are the two districts (admin2 with the seats' ids); "Idlib and Hama governorates"
  two admin1 entries under their bare names (as dev_advisories); "the districts of
  Hays and Al Khawkhah" admin2 with the seats' ids; "Lahj, Taiz and Al Dhale'e
  governorates" admin1 entries, with "Taiz governorate" a variant of Taiz; "the
  Fafan, Jarar and Korahe zones" admin2 entries; "Kharkiv, Kherson, Mykolaiv and
  Zaporizhzhia regions" join the regions named before, Zaporizhzhia under its bare
  name; "Basra" (a governorate) is one entry with the later "operations centre in
  Basra". Sepon district takes Ban Xèpôn's id; the Snihurivka community its seat's.
  Ziguinchor department (the clearance) and Ziguinchor (the workshop) are separate
  entries, as are Brčko District and Brčko, the Federation of Bosnia and Herzegovina
  and the country. "Argelia in Antioquia" is the
  Antioquian municipality, not Cauca's namesake.
- Names only inside organisation or event names are not counted: the Permanent
  Mission of Sri Lanka is the speaker's own mission (Sri Lanka counted from its own
  sentences), the Ukraine Mine Action Conference, the Yemen Executive Mine Action
  Centre, the Arab Regional Conference, the International Day for Mine Awareness;
  the European Union is an organisation. Demonyms (Somali, Russian, Jordanian,
  Norwegian) are not places.
"""

# ruff: noqa: E501

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "1000_sri_lanka_21msp_statement_geneva_kilinochchi_kandawalai_muhamalai_pallai_mannar_madhu.txt": [
        # The meeting, "Geneva, 21 November 2023".
        S("Geneva", "conference", 2660646, date="2023-11-21", prec=D),
        # "six mine and ERW casualties ... in Sri Lanka in 2023 ..., two of them fatal".
        C("Sri Lanka", "incident", "LK", date="2023-01-01", prec=Y, killed=2, injured=4),
        # "Since 2009, more than 1,400 km2 ... released in the Northern Province and the Eastern Province".
        A1("Northern Province", "clearance", (9.20, 80.40), "LK", date="2009-01-01", prec=Y),
        A1("Eastern Province", "clearance", (7.90, 81.50), "LK", date="2009-01-01", prec=Y),
        # "Most of this work" (January-October 2023) in three districts: no counts.
        A2("Jaffna", "clearance", 1242833, "LK", date="2023-01-01", prec=M),
        A2("Mullaitivu", "clearance", 1234393, "LK", date="2023-01-01", prec=M),
        # Also the farmer killed near Kandawalai on 9 August 2023.
        A2("Kilinochchi", "incident", 1240372, "LK", variants=["Kilinochchi district"], date="2023-08-09", prec=D, killed=1),
        S("Kandawalai", "incident", (9.45, 80.50), country_code="LK", date="2023-08-09", prec=D, killed=1),
        # Clearance advanced "this year"; Elephant Pass is the distance reference.
        S("Muhamalai", "clearance", (9.63, 80.28), country_code="LK", date="2023-01-01", prec=Y),
        F("Elephant Pass", "mention", (9.55, 80.41), "LK"),
        # "In July, 312 families ... received back farmland".
        S("Pallai", "clearance", (9.60, 80.33), country_code="LK", date="2023-07-01", prec=M),
        S("Eluthumadduval", "clearance", (9.63, 80.24), country_code="LK", date="2023-07-01", prec=M),
        # Remaining area "As of 31 October 2023".
        A2("Mannar district", "minefield", 1236150, "LK", date="2023-10-31", prec=D),
        S("Madhu", "minefield", (8.85, 80.20), country_code="LK", date="2023-10-31", prec=D),
        S("Silavathurai", "minefield", (8.75, 79.95), country_code="LK", date="2023-10-31", prec=D),
        A2("Vavuniya", "minefield", 1225018, "LK", date="2023-10-31", prec=D),
        A2("Trincomalee", "minefield", 1226260, "LK", date="2023-10-31", prec=D),
        A2("Batticaloa", "minefield", 1250161, "LK", date="2023-10-31", prec=D),
        # Two schoolboys injured in September.
        S("Puthukkudiyiruppu", "incident", (9.31, 80.70), country_code="LK", date="2023-09-01", prec=M, injured=2),
        # Donors.
        C("Japan", "mention", "JP"),
        C("United States", "mention", "US", tolerance_km=1500),
        C("United Kingdom", "mention", "GB"),
        C("Norway", "mention", "NO"),
        C("Australia", "mention", "AU", tolerance_km=1500),
    ],
    "1001_ethiopia_extension_request_summary_somali_region_kebri_dahar_degehabur_tigray_zalambessa_edaga_hamus_afar_bure.txt": [
        # "In 2024, 27 ... casualties were recorded in Ethiopia, nine of them killed and 18 injured".
        C("Ethiopia", "incident", "ET", date="2024-01-01", prec=Y, killed=9, injured=18),
        # Stock "As of 31 December 2024" and where it lies.
        A1("Somali region", "minefield", (7.50, 44.00), "ET", tolerance_km=LARGE, date="2024-12-31", prec=D),
        A2("Fafan", "minefield", (9.00, 43.20), "ET", date="2024-12-31", prec=D),
        A2("Jarar", "minefield", (8.00, 43.80), "ET", date="2024-12-31", prec=D),
        A2("Korahe", "minefield", (6.80, 44.50), "ET", date="2024-12-31", prec=D),
        # "Seventeen of these casualties occurred in Tigray" (2024, no counts).
        A1("Tigray", "incident", (13.90, 39.10), "ET", date="2024-01-01", prec=Y),
        S("Zalambessa", "minefield", (14.52, 39.38), country_code="ET", date="2024-12-31", prec=D),
        S("Adigrat", "minefield", 345149, date="2024-12-31", prec=D),
        A1("Afar", "minefield", (11.80, 40.90), "ET", tolerance_km=LARGE, date="2024-12-31", prec=D),
        # Bure on the Eritrean border (the Amhara town Burē is a namesake).
        S("Bure", "minefield", (12.62, 42.20), country_code="ET", date="2024-12-31", prec=D),
        C("Eritrea", "mention", "ER"),
        # "In 2024 alone, clearance teams released 3.2 km2 ... around Kebri Dahar and Degehabur".
        S("Kebri Dahar", "clearance", 333516, date="2024-01-01", prec=Y),
        S("Degehabur", "clearance", 339594, date="2024-01-01", prec=Y),
        # 14 February 2024: three children killed.
        S("Edaga Hamus", "incident", 334478, date="2024-02-14", prec=D, killed=3),
        # Insecurity; office seat and team base; donors; the meeting still to come.
        A1("Amhara", "mention", (11.50, 38.30), "ET", tolerance_km=LARGE),
        S("Addis Ababa", "mention", 344979),
        S("Jijiga", "mention", 333795),
        C("United States", "mention", "US", tolerance_km=1500),
        C("Japan", "mention", "JP"),
        S("Geneva", "conference", 2660646),
    ],
    "1002_ukraine_minister_speech_tokyo_conference_kharkiv_izium_balakliia_kherson_mykolaiv_snihurivka_velykyi_burluk.txt": [
        # "the Government of Japan for hosting this conference in Tokyo".
        C("Japan", "conference", "JP", date="2025-10-22", prec=D),
        S("Tokyo", "conference", 1850147, date="2025-10-22", prec=D),
        # "a year after we met in Lausanne".
        S("Lausanne", "conference", 2659994, date="2024-01-01", prec=Y),
        # "Since 24 February 2022, 1,396 civilians have been killed or injured ... in Ukraine".
        C("Ukraine", "incident", "UA", date="2022-02-24", prec=D),
        # Largest area remains; last week a tractor driver killed near Velykyi Burluk, "in the east of Kharkiv region".
        A1("Kharkiv region", "incident", (49.60, 36.80), "UA", date="2025-10-01", prec=M, killed=1),
        S("Velykyi Burluk", "incident", 690193, date="2025-10-01", prec=M, killed=1),
        # "the fields around Izium and Balakliia have been cleared" (no date).
        S("Izium", "clearance", 707292),
        S("Balakliia", "clearance", 712926),
        # Land handed back "in the spring" (2025).
        A1("Mykolaiv region", "clearance", (47.20, 32.00), "UA", date="2025-01-01", prec=Y),
        A2("Snihurivka community", "clearance", 693379, "UA", date="2025-01-01", prec=Y),
        # "since January two deminers have been killed and five injured by mines there".
        A1("Kherson region", "incident", (46.70, 33.30), "UA", date="2025-01-01", prec=M, killed=2, injured=5),
        # Future testing centre; compensation programme; donors.
        S("Chernihiv", "mention", 710735),
        A1("Zaporizhzhia", "mention", (47.50, 35.80), "UA"),
        C("United States", "mention", "US", tolerance_km=1500),
        C("United Kingdom", "mention", "GB"),
        C("Germany", "mention", "DE"),
        C("Switzerland", "mention", "CH"),
        C("Netherlands", "mention", "NL"),
    ],
    "1003_unsc_briefing_mine_action_new_york_khartoum_omdurman_wad_madani_idlib_maarat_al_numan_nabatieh_ain_zara_sirte.txt": [
        # "New York, 8 April 2025": the briefing.
        S("New York", "conference", 5128581, date="2025-04-08", prec=D),
        # "Since the start of the year, 87 civilians have been killed or injured ... across Sudan".
        C("Sudan", "incident", "SD", date="2025-01-01", prec=M),
        # "Since 26 March ... surveyed 160 sites in Khartoum and Omdurman and found ...".
        S("Khartoum", "minefield", 379252, date="2025-03-26", prec=D),
        S("Omdurman", "minefield", 365137, date="2025-03-26", prec=D),
        # 1,140 items removed since January.
        A1("Gezira state", "clearance", (14.50, 33.20), "SD", date="2025-01-01", prec=M, mines=1140),
        S("Wad Madani", "clearance", 364103, date="2025-01-01", prec=M, mines=1140),
        # "Between 8 December and 31 March, 249 people were killed ... in Syria and 379 injured".
        C("Syria", "incident", "SY", date="2024-12-08", prec=D, killed=249, injured=379),
        # "land that is still mined".
        A1("Idlib", "minefield", (35.80, 36.60), "SY"),
        A1("Hama", "minefield", (35.20, 37.00), "SY"),
        S("Maarat al-Nu'man", "incident", 167611, date="2025-03-17", prec=D, killed=5),
        # "since the ceasefire of 27 November, ... cleared 1,200 items from villages of Nabatieh and Bint Jbeil".
        C("Lebanon", "clearance", "LB", date="2024-11-27", prec=D, mines=1200),
        A2("Nabatieh", "clearance", 278913, "LB", date="2024-11-27", prec=D, mines=1200),
        A2("Bint Jbeil", "clearance", 276592, "LB", date="2024-11-27", prec=D, mines=1200),
        # Ten years of clearance around Tripoli; Sirte's city centre (no dates).
        C("Libya", "clearance", "LY"),
        S("Tripoli", "clearance", 2210247),
        S("Ain Zara", "incident", (32.80, 13.26), country_code="LY", date="2025-04-02", prec=D, injured=2),
        S("Sirte", "clearance", 2210554),
        # A meeting still to come.
        S("Port Sudan", "conference", 377039),
        # Donors.
        C("Japan", "mention", "JP"),
        C("Germany", "mention", "DE"),
        C("United Kingdom", "mention", "GB"),
        C("Netherlands", "mention", "NL"),
    ],
    "1004_norway_donor_statement_ccm_13msp_geneva_oslo_xieng_khouang_savannakhet_lebanon_sinjar_ukraine.txt": [
        S("Geneva", "conference", 2660646, date="2025-09-16", prec=D),
        # Host of the workshop in Oslo "next spring" (donor elsewhere).
        C("Norway", "conference", "NO"),
        # Opened for signature "in Oslo in December 2008"; the workshop to come.
        S("Oslo", "conference", 3143244, date="2008-12-01", prec=M),
        # Burden heaviest; "In Laos, teams ... located and destroyed 14,870 submunitions in 2024".
        C("Lao People's Democratic Republic", "minefield", "LA", variants=["Laos"], date="2024-01-01", prec=Y, mines=14870),
        A1("Xieng Khouang", "minefield", (19.50, 103.30), "LA", date="2024-01-01", prec=Y),
        A1("Savannakhet", "minefield", (16.50, 105.50), "LA", date="2024-01-01", prec=Y),
        # Rice land returned in March 2024.
        A2("Sepon district", "clearance", 1655076, "LA", date="2024-03-01", prec=M),
        F("Ho Chi Minh Trail", "clearance", (16.65, 106.30), "LA", tolerance_km=LINEAR, date="2024-03-01", prec=M),
        # Submunitions "again found this year in orchards around Yohmor and Zawtar".
        C("Lebanon", "minefield", "LB", date="2025-01-01", prec=Y),
        S("Yohmor", "minefield", (33.33, 35.52), country_code="LB", date="2025-01-01", prec=Y),
        S("Zawtar", "minefield", (33.32, 35.55), country_code="LB", date="2025-01-01", prec=Y),
        # Clearance funded south of Sinjar (no date).
        C("Iraq", "clearance", "IQ"),
        S("Sinjar", "clearance", 448149),
        # New cluster munition contamination.
        C("Ukraine", "minefield", "UA"),
        # Victim assistance.
        C("Tajikistan", "mention", "TJ"),
        C("Albania", "mention", "AL"),
    ],
    "1005_ngo_statement_review_conference_siem_reap_myanmar_sagaing_kayah_demoso_rakhine_mae_sot.txt": [
        # "Siem Reap, 25-29 November 2024"; "to speak here in Siem Reap".
        S("Siem Reap", "conference", 1822214, date="2024-11-25", prec=D),
        # "last year alone released 172 km2".
        C("Cambodia", "clearance", "KH", date="2023-01-01", prec=Y),
        # "1,003 people killed or injured" in 2023.
        C("Myanmar", "incident", "MM", date="2023-01-01", prec=Y),
        A1("Sagaing Region", "incident", (23.50, 95.40), "MM", tolerance_km=LARGE, date="2023-01-01", prec=Y, killed=166, injured=398),
        # March 2024: a mother and her son killed on the edge of Demoso.
        A1("Kayah State", "incident", (19.30, 97.30), "MM", variants=["Karenni State"], date="2024-03-01", prec=M, killed=2),
        S("Demoso", "incident", 13562172, date="2024-03-01", prec=M, killed=2),
        # "the roads around Mrauk-U and Minbya are now mined".
        A1("Rakhine State", "minefield", (20.20, 93.60), "MM", tolerance_km=LARGE),
        S("Mrauk-U", "minefield", 1307658),
        S("Minbya", "minefield", (20.36, 93.27), country_code="MM"),
        # Clinics treating survivors.
        S("Mae Sot", "mention", 1152188),
        C("Thailand", "mention", "TH"),
        # Mines laid by Russian forces in Ukraine.
        C("Ukraine", "minefield", "UA"),
    ],
    "1006_yemen_statement_regional_conference_amman_lahj_taiz_maqbanah_al_hudaydah_hays_bayhan_shabwa_aden.txt": [
        # "Amman, 10-11 February 2026"; training in Amman.
        S("Amman", "conference", 250441, date="2026-02-10", prec=D),
        # Host, and "completed its own clearance in 2012".
        C("Hashemite Kingdom of Jordan", "clearance", "JO", date="2012-01-01", prec=Y),
        # "In 2025, 312 civilians were killed or injured ... in Yemen".
        C("Republic of Yemen", "incident", "YE", variants=["Yemen"], date="2025-01-01", prec=Y),
        # 6.3 km2 released and 21,460 items removed in 2025 in three governorates.
        A1("Lahj", "clearance", (13.20, 44.90), "YE", date="2025-01-01", prec=Y, mines=21460),
        A1("Al Dhale'e", "clearance", (13.75, 44.75), "YE", date="2025-01-01", prec=Y, mines=21460),
        # Also the three boys killed on 6 January 2026 in Maqbanah district.
        A1("Taiz", "incident", (13.50, 43.90), "YE", variants=["Taiz governorate"], date="2026-01-06", prec=D, killed=3),
        A2("Maqbanah district", "incident", 407716, "YE", date="2026-01-06", prec=D, killed=3),
        # 41 new hazardous areas recorded last year; mines laid.
        A1("Al Hudaydah governorate", "minefield", (14.80, 43.10), "YE", date="2025-01-01", prec=Y),
        A2("Hays", "minefield", 74906, "YE", date="2025-01-01", prec=Y),
        A2("Al Khawkhah", "minefield", 79131, "YE", date="2025-01-01", prec=Y),
        # Two deminers killed near Bayhan on 3 May 2025.
        S("Bayhan", "incident", 77017, date="2025-05-03", prec=D, killed=2),
        A1("Shabwa governorate", "incident", (14.60, 46.80), "YE", date="2025-05-03", prec=D, killed=2),
        # Training centre opened in November with courses run.
        S("Aden", "conference", 415189, date="2025-11-01", prec=M),
        # Donors.
        C("Kingdom of Saudi Arabia", "mention", "SA"),
        C("Japan", "mention", "JP"),
        C("Netherlands", "mention", "NL"),
        C("United States", "mention", "US", tolerance_km=1500),
    ],
    "1007_colombia_22msp_statement_geneva_antioquia_briceno_norte_de_santander_tibu_cauca_argelia_narino_tumaco.txt": [
        # "Geneva, 1-5 December 2025".
        S("Geneva", "conference", 2660646, date="2025-12-01", prec=D),
        # "Between January and October 2025, 96 people ... in Colombia: 21 ... killed and 75 injured".
        C("Colombia", "incident", "CO", variants=["Republic of Colombia"], date="2025-01-01", prec=M, killed=21, injured=75),
        # Declared free this year; land returned in a ceremony in Medellín in August.
        S("Sonsón", "clearance", 3667820, date="2025-08-01", prec=M),
        S("Argelia", "clearance", 3689611, date="2025-08-01", prec=M),
        S("Medellín", "conference", 3674962, date="2025-08-01", prec=M),
        # Also the soldiers killed in Briceño on 14 August; survivors' support.
        A1("Antioquia", "incident", (7.00, -75.50), "CO", tolerance_km=LARGE, date="2025-08-14", prec=D, killed=2, injured=1),
        S("Briceño", "incident", 3688499, date="2025-08-14", prec=D, killed=2, injured=1),
        # New contamination "since the crisis that began there in January".
        A1("Norte de Santander", "minefield", (8.00, -72.90), "CO", date="2025-01-01", prec=M),
        S("Tibú", "minefield", 3667202, date="2025-01-01", prec=M),
        S("El Tarra", "minefield", 3738301, date="2025-01-01", prec=M),
        R("Catatumbo", "minefield", (8.60, -73.00), "CO", date="2025-01-01", prec=M),
        # Mines placed (no date).
        A1("Cauca", "minefield", (2.50, -76.80), "CO"),
        F("Micay canyon", "minefield", (2.40, -77.15), "CO", tolerance_km=LINEAR),
        A1("Nariño", "minefield", (1.50, -77.80), "CO"),
        S("Tumaco", "minefield", 3666640),
        # Victim assistance.
        A1("Meta", "mention", (3.50, -73.00), "CO", tolerance_km=LARGE),
        A1("Caquetá", "mention", (1.00, -74.50), "CO", tolerance_km=LARGE),
        # Donors.
        C("Norway", "mention", "NO"),
        C("United States", "mention", "US", tolerance_km=1500),
        C("Canada", "mention", "CA", tolerance_km=1500),
        C("Switzerland", "mention", "CH"),
        C("Japan", "mention", "JP"),
    ],
    "1008_somalia_intersessional_statement_geneva_galmudug_galkayo_dhusamareb_hiraan_beledweyne_baidoa_mogadishu.txt": [
        # "Geneva, 18-20 June 2024".
        S("Geneva", "conference", 2660646, date="2024-06-18", prec=D),
        # "In 2023, 117 casualties were recorded in Somalia, 41 of them killed".
        C("Federal Republic of Somalia", "incident", "SO", variants=["Somalia"], date="2023-01-01", prec=Y, killed=41, injured=76),
        C("Ethiopia", "mention", "ET"),
        # Stock "As of 31 December 2023".
        A1("Galmudug", "minefield", (5.80, 46.80), "SO", tolerance_km=LARGE, date="2023-12-31", prec=D),
        A1("Bakool", "minefield", (4.20, 43.70), "SO", date="2023-12-31", prec=D),
        A1("Gedo", "minefield", (3.00, 42.20), "SO", tolerance_km=LARGE, date="2023-12-31", prec=D),
        # February 2024: 46 anti-tank mines found and destroyed near Beledweyne, in Hiraan.
        A1("Hiraan", "minefield", (4.30, 45.40), "SO", date="2024-02-01", prec=M, mines=46),
        S("Beledweyne", "minefield", 64460, date="2024-02-01", prec=M, mines=46),
        # "14 minefields were cleared last year and handed back".
        S("Galkayo", "clearance", 59611, date="2023-01-01", prec=Y),
        S("Dhusamareb", "clearance", 60928, date="2023-01-01", prec=Y),
        # 3 March 2024: four children killed, two injured.
        S("Baidoa", "incident", 64536, date="2024-03-03", prec=D, killed=4, injured=2),
        # "last year they killed 19 people in Lower Shabelle alone".
        A1("Lower Shabelle", "incident", (1.90, 44.60), "SO", date="2023-01-01", prec=Y, killed=19),
        # Course completed in April.
        S("Mogadishu", "conference", 53654, date="2024-04-01", prec=M),
        # Donors.
        C("United Kingdom", "mention", "GB"),
        C("Japan", "mention", "JP"),
        C("Germany", "mention", "DE"),
        C("United States", "mention", "US", tolerance_km=1500),
    ],
    "1009_bosnia_intersessional_extension_statement_geneva_konjic_olovo_teslic_doboj_maglaj_kalesija_brcko.txt": [
        # "Geneva, 16-18 June 2026".
        S("Geneva", "conference", 2660646, date="2026-06-16", prec=D),
        # "five mine incidents in Bosnia and Herzegovina, with seven casualties, two of them fatal".
        C("Bosnia and Herzegovina", "incident", "BA", date="2025-01-01", prec=Y, killed=2, injured=5),
        # Stock "As of 31 December 2025".
        A1("Federation of Bosnia and Herzegovina", "minefield", (44.00, 17.90), "BA", tolerance_km=LARGE, date="2025-12-31", prec=D),
        S("Konjic", "minefield", 3337476, date="2025-12-31", prec=D),
        S("Olovo", "minefield", 3194133, date="2025-12-31", prec=D),
        S("Maglaj", "minefield", 3195946, date="2025-12-31", prec=D),
        S("Doboj", "minefield", 3201984, date="2025-12-31", prec=D),
        A1("Republika Srpska", "minefield", (44.75, 17.50), "BA", tolerance_km=LARGE, date="2025-12-31", prec=D),
        S("Trebinje", "minefield", 3188893, date="2025-12-31", prec=D),
        # Also a deminer killed near Teslić on 18 June 2025.
        S("Teslić", "incident", 3189143, date="2025-06-18", prec=D, killed=1),
        # November 2025: last suspected areas cancelled; ceremony in Brčko.
        A1("Brčko District", "clearance", (44.87, 18.75), "BA", date="2025-11-01", prec=M),
        S("Brčko", "conference", 3203521, date="2025-11-01", prec=M),
        # October: two hunters injured.
        S("Kalesija", "incident", 3198459, date="2025-10-01", prec=M, injured=2),
        # Donors.
        C("Germany", "mention", "DE"),
        C("United States", "mention", "US", tolerance_km=1500),
        C("Japan", "mention", "JP"),
        C("Norway", "mention", "NO"),
        C("Switzerland", "mention", "CH"),
        C("United Kingdom", "mention", "GB"),
    ],
    "1010_senegal_review_conference_statement_siem_reap_casamance_ziguinchor_bissine_boutoupa_camaracounda_djibidione_sindian_goudomp.txt": [
        # "Siem Reap, 25-29 November 2024"; the host thanked for its welcome there.
        S("Siem Reap", "conference", 1822214, date="2024-11-25", prec=D),
        C("Kingdom of Cambodia", "conference", "KH", date="2024-11-25", prec=D),
        # "Senegal's mined areas are all located in Casamance".
        C("Senegal", "minefield", "SN", variants=["Republic of Senegal"]),
        # Title, mined areas, and "the first fatal accident in Casamance since 2022" (11 August 2024).
        R("Casamance", "incident", (12.75, -15.90), "SN", tolerance_km=LARGE, date="2024-08-11", prec=D, killed=1, injured=1),
        # January-October 2024: 214,000 m2 released.
        A2("Ziguinchor department", "clearance", (12.50, -16.20), "SN", date="2024-01-01", prec=M),
        # Handed over in July.
        S("Bissine", "clearance", (12.54, -16.06), country_code="SN", date="2024-07-01", prec=M),
        # Found and destroyed between March and June: 23 AP + 6 AT.
        S("Boutoupa-Camaracounda", "minefield", (12.45, -16.05), country_code="SN", date="2024-03-01", prec=M, mines=29),
        # Remaining challenge; the track between Djibidione and Sindian, "in Bignona department".
        A2("Bignona", "incident", 2253901, "SN", variants=["Bignona department"], date="2024-08-11", prec=D, killed=1, injured=1),
        A2("Goudomp", "minefield", 2251470, "SN"),
        C("Guinea-Bissau", "mention", "GW"),
        S("Djibidione", "incident", (12.95, -16.00), country_code="SN", date="2024-08-11", prec=D, killed=1, injured=1),
        S("Sindian", "incident", (12.97, -16.11), country_code="SN", date="2024-08-11", prec=D, killed=1, injured=1),
        # The intersessional meetings next June (to come).
        S("Geneva", "conference", 2660646),
        # National workshop on 15 and 16 October.
        S("Ziguinchor", "conference", 2243940, date="2024-10-15", prec=D),
        # Donors.
        C("United States", "mention", "US", tolerance_km=1500),
        C("Japan", "mention", "JP"),
        C("Switzerland", "mention", "CH"),
    ],
    "1011_iraq_minister_speech_baghdad_conference_basra_al_faw_maysan_ninewa_mosul_anbar_al_qaim_salahuddin_baiji_kurdistan.txt": [
        # "this conference here in Baghdad" (the Date: of the speech).
        S("Baghdad", "conference", 98182, date="2026-04-05", prec=D),
        # "118 citizens were killed or injured ... in Iraq" in 2025.
        C("Iraq", "incident", "IQ", date="2025-01-01", prec=Y),
        # Mention in the greeting; cleared "around Erbil and Dohuk since 2020".
        R("Kurdistan Region", "clearance", (36.40, 44.00), "IQ", tolerance_km=LARGE, date="2020-01-01", prec=Y),
        S("Erbil", "clearance", 95446, date="2020-01-01", prec=Y),
        S("Dohuk", "clearance", 96994, date="2020-01-01", prec=Y),
        # The stock "As of 31 December 2025" and its two legacies.
        C("Iran", "mention", "IR"),
        A1("Basra", "minefield", (30.50, 47.50), "IQ", date="2025-12-31", prec=D),
        A1("Maysan", "minefield", (31.90, 47.10), "IQ", date="2025-12-31", prec=D),
        F("Shatt al-Arab", "minefield", (30.40, 48.10), "IQ", tolerance_km=LINEAR, date="2025-12-31", prec=D),
        S("Al-Faw", "minefield", 99446, date="2025-12-31", prec=D),
        A1("Ninewa", "minefield", (36.20, 42.60), "IQ", tolerance_km=LARGE, date="2025-12-31", prec=D),
        A1("Anbar", "minefield", (33.40, 42.00), "IQ", tolerance_km=LARGE, date="2025-12-31", prec=D),
        A1("Salahuddin", "minefield", (34.50, 43.60), "IQ", date="2025-12-31", prec=D),
        # Old city handed over in September 2025.
        S("Mosul", "clearance", 99072, date="2025-09-01", prec=M),
        # Roads cleared and reopened (2025); 6,400 items removed at Baiji.
        S("Al-Qaim", "clearance", 92138, date="2025-01-01", prec=Y),
        S("Akashat", "clearance", (33.80, 40.61), country_code="IQ", date="2025-01-01", prec=Y),
        S("Baiji", "clearance", 97783, date="2025-01-01", prec=Y, mines=6400),
        # 21 February 2026: three shepherds killed "in the desert west of Samawah, in Al-Muthanna".
        S("Samawah", "incident", 98530, date="2026-02-21", prec=D, killed=3),
        A1("Al-Muthanna", "incident", (30.40, 45.30), "IQ", tolerance_km=LARGE, date="2026-02-21", prec=D, killed=3),
        # Donors.
        C("Japan", "mention", "JP"),
        C("Germany", "mention", "DE"),
        C("United States", "mention", "US", tolerance_km=1500),
        C("Norway", "mention", "NO"),
        C("Netherlands", "mention", "NL"),
    ],
}
