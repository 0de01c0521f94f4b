"""More development articles (eval/dev 920-931), annotated like those in dev.py.

Digests, newsletters and forwarded mail, the formats that reach an analyst's inbox,
one kind each, every article telling several events with dates (absolute and relative
to the message) and counts in varied forms: a regional mine-action network's email
newsletter with "Read more" links and a diary (Livanjsko polje and Glamoč, Bosnia;
Korenica, Lika-Senj, Croatia; Merošina, Serbia; Isniq and Junik, Kosovo; Podgorica,
Sarajevo, Skopje); a forwarded email thread with a quoted earlier message (Mukumbura,
Mount Darwin and Rushinga districts and Sengwe, Zimbabwe; Changara, Tete, Mozambique);
a news-alert digest of Ukrainian headlines with time stamps and truncated snippets
(Izium, Mykolaiv, Chernihiv, Kherson, Zaporizhzhia regions, Zhytomyr, Kyiv); an
agency's morning media summary (Anbar, the Kurdistan Region, Basra, Baghdad, Idlib,
Deir ez-Zor); a donor coordination group's meeting summary sent by mail (Guaviare,
Caquetá, Nariño, Chocó, Colombia); a week's press clippings tagged with outlet and
date (Marib, Taiz, Al Hudaydah, Saada, Aden, Yemen); a network e-newsletter for Laos
and Cambodia (Salavan, Sekong, Attapeu, Ratanakiri, Stung Treng, Kratie); a newsroom
forward of an agency release and a partner's mail (Khojavand, Fuzuli, Tartar, Lachin,
Azerbaijan; Tavush, Berd, Armenia); an African headlines digest (South Sudan, Sudan,
Somalia, Ethiopia, Chad); a media summary for Afghanistan and its neighbours (Ghazni,
Helmand, Kabul; North Waziristan, Pakistan; Khatlon, Tajikistan); a donor group's
minutes summary (Northern and Eastern provinces, Sri Lanka); a Sahel press review
translated from French (Mopti, Mali; Nord, Burkina Faso; Tillabéri and Diffa, Niger).

Decisions where the rules are silent (the earlier batches' conventions are kept: an
item's headline or label belongs to its first sentence, "found and destroyed" and
"detected and neutralized" are finds, a meeting still to come is a conference with no
date, a hospital town, donor, risk education, treaty deadline and signature line are
mentions, "last week" is month precision, a combined "killed or injured" figure carries
no counts, "N of them killed/fatal" leaves the rest as injured):
- Mail and digest furniture is not a place: From/To/Cc lines and mailbox names ("Ops
  Mozambique"), outlets named in brackets or under a headline (Aden al-Ghad,
  Kurdistan24, Zhytomyr.info, Addis Standard, Le Sahel, Lefaso.net, Kabul Now,
  Asia-Plus, Sudan Tribune, Slobidskyi Krai, Ukrainska Pravda), the sender's own name
  (South-East Europe Mine Action Network, Mekong Explosive Ordnance Network, "MADG Sri
  Lanka"), a search query shown as a label is text naming the place (Ukraine), and
  "Read more" URLs name nothing. Names inside organisation names are not counted (the
  Embassy of Norway, the EU Delegation, Basra Oil Company, the Syria Civil Defence, the
  Salavan provincial hospital, the Yemen Executive Mine Action Centre, the Ethiopian
  Mine Action Office, the Australian High Commission). Signature and address lines and
  an office's seat (Harare, Mount Darwin, Tete, Baku, Niamey, "the Chiredzi office",
  "10000 Zagreb, Croatia") are mentions unless another sentence gives a role; the
  street of an address (Ilica) is not a place.
- Relative dates count from the message, clipping or stamp that holds them, not from
  the Date: of the forward: "Yesterday morning" and "On Monday" in the Wed 16 Oct
  message are 15 and 14 Oct, "last month" there is September; "on Tuesday" in the
  quoted Fri 11 Oct message is 8 Oct; "on Saturday" in a Mon 22 Sep mail is 20 Sep and
  its "last week" September. A clipping's "yesterday" and weekdays count from its
  bracketed date ([Al-Masdar Online, 12 March] "yesterday" = 11 March; [Aden al-Ghad,
  13 March] "on Tuesday" = 12 March; [L'Essor, 13 June] "on Sunday" = 11 June).
  Aggregator stamps ("4 hours ago", "1 day ago", "Yesterday", "3 days ago", "7 Feb")
  date the item, and its weekdays count from there ("on Saturday" under "1 day ago" on
  Mon 5 Aug is 3 Aug); a weekday that is the stamp's own day is that day ("on
  Thursday" under "4 days ago" = Thu 1 Aug).
- Other date forms: "the first week of March" is March (month); "since mid-2018" is
  2018 (year); "since the end of the war on 10 November 2020" is that day; "between
  January and October" and "since January" are January (month); "began last week"
  under a stamp of 9 February is February (month); remaining contamination "as of 31
  May 2026" is a minefield dated that day (as dev_notices' Gospić), and the provinces,
  districts and country of that sentence share it.
- Section headers over several items ("IRAQ", "SYRIA", "LAO PDR", "CAMBODIA") and the
  country list under a clippings masthead ("Mali, Burkina Faso, Niger") are sentences
  naming places and nothing else (mentions); those countries take roles only from
  other sentences. A table of contents line ("Deminer injured on Livanjsko polje")
  tells its item's event, as a headline does. "Burkina:" is a short form of Burkina
  Faso (variant); "BiH" of Bosnia and Herzegovina; "Laos" of "LAO PDR"; "Inda
  Selassie" of Shire; "Tombouctou" of Timbuktu; "Deir al-Zour" of Deir ez-Zor;
  "Khojavend", named in an editor's style note, of Khojavand.
- A land handover whose count stands in the next sentence takes role and date from the
  handover and the count from the next sentence (as dev_regional3's Iyakkachchi):
  Korenica and Plitvička Jezera (38 + 5 = 43, not dated "between October and March"),
  Rushinga district (1,318 "since ... May 2023", dated the Monday of the handover),
  Puthukkudiyiruppu division (1,206).
- Places where "most of" an aggregate lies take its role and date without its count:
  Bashtanka and Mykolaiv districts (hectares surveyed in July: survey is clearance
  work), Polohy and Vasylivka districts, Sidakan and Penjwen district, Cauca, Antioquia
  and Nariño ("more than half of the cases"), Mullaitivu, Kilinochchi and Mannar
  districts, the Helmand river ("Most were ... collected from farmland along the
  Helmand river").
- Finds: "detected and neutralized" (ANAMA's four districts, 88 + 36 + 402 = 526 to
  each), "found and neutralised" (the Ouahigouya-Titao axis, 12), bomblets found by a
  farmer (Merošina, 3), shells washed out by rain and found (Al-Durayhimi, 23 + 1 = 24),
  a mine found by villagers (Changara, Tete province, Cuchamano: 1) and bomblets found
  by a survey team (Rumaila oil field, 19) are minefield. Survey recording new strike
  or hazardous areas (Junik, Phouvong, Attapeu, the Ho Chi Minh Trail, Vakarai,
  Batticaloa district) is minefield without a count. Mines "planted" reported on 30
  October (Barbacoas, Roberto Payán, Nariño) are minefield dated by the report.
  Munitions "collected around Bosso and N'Guigmi" and destroyed "at a site near Diffa"
  are clearance for the three places (40).
- Remaining contamination is minefield, undated unless stated "as of" a day: Croatia,
  Lika-Senj County and Karlovac (the county of "Lika-Senj and Karlovac counties", not
  the city), Ukraine ("the most mine-contaminated country"), Armenia, Cartagena del
  Chairá and Solano ("still have suspected areas"). Mozambique, "declared free of
  known minefields in 2015, so we are treating these as residual contamination", is a
  minefield, undated (as Nicaragua in dev_roundups), not the 2015 clearance.
- Meetings still to come at the message's date are conferences without a date
  (Podgorica, Sarajevo, Harare, Baghdad, Ipiales, Phnom Penh, Yerevan, Addis Ababa,
  Geneva, Jaffna); a training centre's opening with a first course (Zhytomyr), a
  handover ceremony (Kyiv), a sector working group (Vientiane), a course (Kratie), a
  workshop (Aden, Ouagadougou), a donor meeting (Bogotá, Colombo) and a past annual
  meeting (Skopje) are dated conferences. A donor field visit is not a meeting:
  Meta and "a visit to the Muhamalai sites" are mentions. Funding announced for future
  clearance (Bojayá, Chocó) is clearance without a date (as dev_notices' grants).
  Participants' provinces (Abyan, Al Dhale'e) and operators joining online from a town
  are mentions.
- A town beside a more specific named place is a reference (mention): "about 9 km
  north-west of Livno" (Livanjsko polje holds the blast), "some 15 km west of Niš",
  "north of Chernihiv", "about 10 km south-east of Idlib city", "south of Marib city",
  "south-west of Taiz city", "south of Hodeidah city", "north-east of Lashkar Gah",
  "opposite Nyamapanda" (Cuchamano), "along the stretch towards Crooks Corner"
  (Sengwe). With no more specific named place the town holds the event: "in the desert
  south of Al-Qa'im", "about 3 km east of Mukumbura", "north of Faya-Largeau", "about
  20 km from Téra", "in hills near Miran Shah", "a site near Diffa". A road or axis
  between two places gives both ends the event and its facts (El Retorno-Calamar,
  Torit-Kapoeta, Bandiagara-Bankass, Ouahigouya-Titao); "the slopes between Isniq and
  Junik" gives both the March survey find (Isniq keeps its higher incident).
- A district or province named apart from its same-named town is a separate entry:
  Mount Darwin district (the blast) / Mount Darwin (hospital, signature); "Fuzuli" in
  a list of districts / "Fuzuli city"; Taiz and Marib governorates / "Taiz city",
  "Marib city"; Al Hudaydah governorate / "Hodeidah city"; Ghazni (label, "Ghazni
  province") / "Ghazni city"; Idlib governorate / Idlib city; Tete province / Tete (a
  signature). A district never separated from its seat is one admin2 entry with the
  seat's id (Izium, Bashtanka, Mykolaiv, Polohy and Vasylivka districts, Penjwen
  district, Deçan, Khojavand, Tartar, Lachin, Mawza, Harib, Al-Durayhimi and Baqim
  districts, O'Yadav, Siem Pang, Nahr-e Saraj with its seat Gereshk, Kilinochchi,
  Mannar, Mullaitivu and Batticaloa districts); one whose seat has another name or is
  not in cities500 gets the annotator's point (Plitvička Jezera, seat Korenica;
  Shamsiddin Shohin, seat Shurobod; Rushinga, Changara, Andar, Ta Oy, Dakcheung,
  Phouvong, North Waziristan, Puthukkudiyiruppu division). Colombian municipalities
  written bare are settlements (Roberto Payán with the id of its seat San José, which
  GeoNames also calls Roberto Payán; Bojayá with Bellavista's).
  A label of a bare province name joins the province entry ("Ghazni –", "Helmand –",
  "Stung Treng:", "Sekong teams"), with the generic form as a variant when written.
- Deminers, soldiers and engineers hurt while clearing are incidents (Livanjsko polje,
  Vysokopillia, Harib, Pallai). Camels that died with a herder add nothing beyond his
  incident. Counts: "71 victims ..., 12 of them killed" is 12 killed, 59 injured; "37
  casualties ... 10 of them fatal" 10/27; "49 ... casualties ..., nine of them fatal"
  9/40; "407 citizens ... victims of mines, 72 of them killed" 72/335; "at least 250
  people have been killed" 250; "more than 1,000" 1,000; "more than 460,000" 460,000;
  "three mine casualties", "the third fatal accident" and "52 people ... killed or
  injured" carry no counts. A boy who "died on Friday ... of wounds he suffered on 3
  March" is an incident dated the blast, 1 killed. "27 civilians killed by such devices
  in Mali since January" gives Mali an incident (January, month, 27 killed).
- Livanjsko polje, a karst field about 65 km long, is a feature at the accident's end
  of the field (default tolerance); the Rumaila oil field, about 80 km long, takes a
  50 km tolerance; the Ho Chi Minh Trail and the Helmand river take the river
  tolerance at the stretch meant (Phouvong; Nahr-e Saraj). "Africa" in a digest title
  and the "central Sahel" of a clippings title are mentions (continent; region); the
  Sahel's point is put in the central Sahel close enough (Tillabéri) for the curated
  supplement's row for the belt to apply.
"""

# ruff: noqa: E501

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "920_balkans_network_newsletter_livanjsko_polje_livno_korenica_merosina_isniq_decan.txt": [
        # Thursday, 10 April: a deminer hurt during technical survey.
        F("Livanjsko polje", "incident", (43.90, 16.90), "BA", date="2025-04-10", prec=D, injured=1),
        C("BOSNIA AND HERZEGOVINA", "incident", "BA", variants=["BiH"], date="2025-04-10", prec=D, injured=1),
        # Distance reference and hospital town.
        S("Livno", "mention", 3196410),
        # "in February two members of a team were lightly hurt near Glamoč".
        S("Glamoč", "incident", 3200651, date="2025-02-01", prec=M, injured=2),
        # Handover on 3 April; 38 AP + 5 AT removed "there" (next sentence).
        S("Korenica", "clearance", 3189076, date="2025-04-03", prec=D, mines=43),
        A2("Plitvička Jezera", "clearance", (44.80, 15.65), "HR", date="2025-04-03", prec=D, mines=43),
        # Remaining suspected area "most of it in Lika-Senj and Karlovac counties".
        A1("Lika-Senj County", "minefield", (44.65, 15.30), "HR"),
        A1("Karlovac", "minefield", (45.35, 15.45), "HR"),
        C("Croatia", "minefield", "HR"),
        # Secretariat address.
        S("Zagreb", "mention", 3186886),
        # Last week: three KB-1 bomblets found by a farmer.
        C("SERBIA", "minefield", "RS", date="2025-04-01", prec=M, mines=3),
        S("Merošina", "minefield", 788026, date="2025-04-01", prec=M, mines=3),
        S("Niš", "mention", 787657),
        # 6 April: a boy hurt by a submunition above Isniq.
        C("KOSOVO", "incident", "XK", date="2025-04-06", prec=D, injured=1),
        S("Isniq", "incident", 790002, date="2025-04-06", prec=D, injured=1),
        A2("Deçan", "incident", 791580, "XK", date="2025-04-06", prec=D, injured=1),
        S("Peja", "mention", 787157),
        # In March: new cluster strike areas recorded between Isniq and Junik.
        S("Junik", "minefield", 789739, date="2025-03-01", prec=M),
        # Diary: workshop and presentation still to come; the annual meeting held on 27 March.
        S("Podgorica", "conference", 3193044),
        S("Sarajevo", "conference", 3191281),
        S("Skopje", "conference", 785842, date="2025-03-27", prec=D),
    ],
    "921_zimbabwe_mozambique_forwarded_thread_mukumbura_mount_darwin_rushinga_sengwe_changara_tete.txt": [
        # Wed 16 Oct message: "Yesterday morning" (15 Oct), about 3 km east of Mukumbura.
        S("Mukumbura", "incident", (-16.20, 31.70), country_code="ZW", date="2024-10-15", prec=D, injured=1),
        A2("Mount Darwin district", "incident", (-16.45, 31.65), "ZW", date="2024-10-15", prec=D, injured=1),
        # District hospital; the field manager's signature.
        S("Mount Darwin", "mention", 885800),
        # Signature, referral hospital and the meeting on 24 Oct still to come.
        S("Harare", "conference", 890299),
        # "three mine casualties in Zimbabwe this year".
        C("Zimbabwe", "incident", "ZW", date="2024-01-01", prec=Y),
        # Title "Rushinga handover"; Monday 14 Oct; 1,318 mines from the next sentence.
        A2("Rushinga district", "clearance", (-16.55, 32.20), "ZW", date="2024-10-14", prec=D, mines=1318),
        # Office seat.
        S("Chiredzi", "mention", 893485),
        # Last month (September): 96 mines found.
        R("Sengwe", "minefield", (-22.15, 31.35), "ZW", date="2024-09-01", prec=M, mines=96),
        F("Crooks Corner", "mention", (-22.42, 31.30), "ZW"),
        # Quoted Fri 11 Oct message: a mine found on Tuesday (8 Oct).
        A2("Changara district", "minefield", (-16.85, 33.20), "MZ", date="2024-10-08", prec=D, mines=1),
        A1("Tete province", "minefield", (-15.60, 33.10), "MZ", tolerance_km=LARGE, date="2024-10-08", prec=D, mines=1),
        S("Cuchamano", "minefield", (-16.95, 32.88), country_code="MZ", date="2024-10-08", prec=D, mines=1),
        S("Nyamapanda", "mention", (-16.94, 32.86), country_code="ZW"),
        # "declared free ... in 2015, so we are treating these as residual contamination".
        C("Mozambique", "minefield", "MZ"),
        # Signature "Operations, Tete": the city.
        S("Tete", "mention", 1026014),
    ],
    "922_ukraine_news_alert_digest_izium_oskil_mykolaiv_bashtanka_ripky_vysokopillia_zaporizhzhia.txt": [
        # "4 hours ago" (5 Aug): "on Sunday morning" = 4 Aug, driver killed.
        A2("Izium district", "incident", 707292, "UA", date="2024-08-04", prec=D, killed=1),
        S("Oskil", "incident", 710514, date="2024-08-04", prec=D, killed=1),
        A1("Kharkiv oblast", "incident", (49.60, 36.60), "UA", date="2024-08-04", prec=D, killed=1),
        # In July: 4,112 removed and destroyed; most of the surveyed hectares in two districts.
        A1("Mykolaiv region", "clearance", (47.20, 32.00), "UA", date="2024-07-01", prec=M, mines=4112),
        A2("Bashtanka district", "clearance", 712775, "UA", date="2024-07-01", prec=M),
        A2("Mykolaiv district", "clearance", 700569, "UA", date="2024-07-01", prec=M),
        # "1 day ago" (4 Aug): "on Saturday" = 3 Aug.
        S("Ripky", "incident", 695653, date="2024-08-03", prec=D, injured=1),
        S("Chernihiv", "mention", 710735),
        S("Vysokopillia", "incident", 688689, date="2024-08-03", prec=D, injured=1),
        A1("Kherson oblast", "incident", (46.80, 33.40), "UA", date="2024-08-03", prec=D, injured=1),
        # "3 days ago" (2 Aug): opened on Friday.
        S("Zhytomyr", "conference", 686967, date="2024-08-02", prec=D),
        # Donor; the ceremony in Kyiv "on Thursday" (1 Aug, the stamp's day).
        C("Germany", "mention", "DE"),
        C("Ukraine", "minefield", "UA"),
        S("Kyiv", "conference", 703448, date="2024-08-01", prec=D),
        # In July: 3 killed, 7 injured; "most of them" in two districts.
        A1("Zaporizhzhia oblast", "incident", (47.50, 35.80), "UA", date="2024-07-01", prec=M, killed=3, injured=7),
        A2("Polohy district", "incident", 696677, "UA", date="2024-07-01", prec=M),
        A2("Vasylivka district", "incident", 686729, "UA", date="2024-07-01", prec=M),
    ],
    "923_iraq_syria_media_summary_al_qaim_anbar_sidakan_penjwen_halabja_basra_rumaila_sarmin_al_mayadin.txt": [
        # "the third fatal accident with explosive remnants in Iraq this month".
        C("Iraq", "incident", "IQ", date="2025-05-01", prec=M),
        # Headline "in western Anbar"; yesterday (13 May): shepherd killed, brother wounded.
        A1("Anbar", "incident", (33.30, 42.00), "IQ", tolerance_km=LARGE, date="2025-05-13", prec=D, killed=1, injured=1),
        S("Al-Qa'im", "incident", 92138, date="2025-05-13", prec=D, killed=1, injured=1),
        # "since December": at least 250 killed across Syria.
        C("Syria", "incident", "SY", date="2024-12-01", prec=M, killed=250),
        # April: 612 destroyed; "most of them" in Sidakan and Penjwen district.
        R("Kurdistan Region", "clearance", (36.40, 44.00), "IQ", tolerance_km=LARGE, date="2025-04-01", prec=M, mines=612),
        S("Sidakan", "clearance", (36.80, 44.67), country_code="IQ", date="2025-04-01", prec=M),
        A2("Penjwen district", "clearance", 98012, "IQ", date="2025-04-01", prec=M),
        C("Iran", "mention", "IR"),
        # 2 May: a farmer lost a leg.
        S("Halabja", "incident", 96205, date="2025-05-02", prec=D, injured=1),
        # Meeting on Monday (12 May).
        S("Basra", "conference", 99532, date="2025-05-12", prec=D),
        # Last week: 19 bomblets found by a survey team.
        F("Rumaila oil field", "minefield", (30.40, 47.35), "IQ", tolerance_km=50, date="2025-05-01", prec=M, mines=19),
        # Hearing next Sunday: still to come.
        S("Baghdad", "conference", 98182),
        # Monday evening (12 May): two brothers killed.
        S("Sarmin", "incident", 164782, date="2025-05-12", prec=D, killed=2),
        A1("Idlib governorate", "incident", (35.80, 36.60), "SY", date="2025-05-12", prec=D, killed=2),
        S("Idlib city", "mention", 169389),
        # Headline label; last week: 37 AP mines cleared, land handed back.
        A1("Deir ez-Zor", "clearance", (35.00, 40.60), "SY", tolerance_km=LARGE, variants=["Deir al-Zour"], date="2025-05-01", prec=M, mines=37),
        S("Al-Mayadin", "clearance", 173480, date="2025-05-01", prec=M, mines=37),
    ],
    "924_colombia_donor_group_minutes_email_bogota_el_retorno_calamar_san_vicente_del_caguan_barbacoas_ipiales.txt": [
        # Title; "71 victims ... in Colombia between January and October, 12 of them killed".
        C("Colombia", "incident", "CO", date="2023-01-01", prec=M, killed=12, injured=59),
        # Tuesday's meeting (7 November); the next one (5 December) is also there.
        S("Bogotá", "conference", 3688689, date="2023-11-07", prec=D),
        # "more than half of the cases": share of the aggregate, no counts.
        A1("Cauca", "incident", (2.50, -76.80), "CO", date="2023-01-01", prec=M),
        A1("Antioquia", "incident", (7.00, -75.50), "CO", tolerance_km=LARGE, date="2023-01-01", prec=M),
        A1("Nariño", "incident", (1.50, -77.80), "CO", date="2023-01-01", prec=M),
        # Label "Guaviare."; 28 October: a soldier lost a leg on the road.
        A1("Guaviare", "incident", (2.20, -72.50), "CO", tolerance_km=LARGE, date="2023-10-28", prec=D, injured=1),
        S("El Retorno", "incident", 3792387, date="2023-10-28", prec=D, injured=1),
        S("Calamar", "incident", 3687975, date="2023-10-28", prec=D, injured=1),
        # Label "Caquetá."; declared free on 2 November, 64 devices removed.
        A1("Caquetá", "clearance", (1.00, -74.50), "CO", tolerance_km=LARGE, date="2023-11-02", prec=D, mines=64),
        S("San Vicente del Caguán", "clearance", 3668290, date="2023-11-02", prec=D, mines=64),
        # "still have suspected areas".
        S("Cartagena del Chairá", "minefield", 3792382),
        S("Solano", "minefield", 3667868),
        # Reported on 30 October: new mines planted.
        S("Barbacoas", "minefield", 3689228, date="2023-10-30", prec=D),
        S("Roberto Payán", "minefield", 3669654, date="2023-10-30", prec=D),
        C("Ecuador", "mention", "EC"),
        # Cross-border meeting planned for January.
        S("Ipiales", "conference", 3680539),
        # Donors.
        C("United States", "mention", "US"),
        C("Germany", "mention", "DE"),
        C("UK", "mention", "GB"),
        # Funding for clearance from early 2024.
        S("Bojayá", "clearance", 3766939),
        A1("Chocó", "clearance", (5.70, -76.70), "CO", tolerance_km=LARGE),
        # Donor field visit on 28 November.
        A1("Meta", "mention", (3.30, -73.00), "CO", tolerance_km=LARGE),
    ],
    "925_yemen_press_clippings_week_mawza_harib_durayhimi_baqim_aden_masam.txt": [
        # "since mid-2018 ... more than 460,000 items across Yemen".
        C("Yemen", "clearance", "YE", date="2018-01-01", prec=Y, mines=460000),
        # First week of March: 1,134 removed in five governorates.
        A1("Marib", "clearance", (15.60, 45.60), "YE", date="2024-03-01", prec=M, mines=1134),
        A1("Taiz", "clearance", (13.50, 43.90), "YE", date="2024-03-01", prec=M, mines=1134),
        A1("Al Hudaydah", "clearance", (14.80, 43.15), "YE", date="2024-03-01", prec=M, mines=1134),
        A1("Shabwah", "clearance", (14.60, 46.90), "YE", tolerance_km=LARGE, date="2024-03-01", prec=M, mines=1134),
        A1("Lahj", "clearance", (13.20, 44.60), "YE", date="2024-03-01", prec=M, mines=1134),
        # [12 March] "yesterday" (11 March): boy killed, two sisters injured.
        A2("Mawza district", "incident", 72760, "YE", date="2024-03-11", prec=D, killed=1, injured=2),
        S("Taiz city", "mention", 70225),
        # [13 March] "on Tuesday" (12 March): three soldiers wounded while clearing.
        A2("Harib district", "incident", 75133, "YE", date="2024-03-12", prec=D, injured=3),
        S("Marib city", "mention", 72968),
        # [14 March] "on Wednesday" (13 March): 23 shells + 1 AT mine found.
        A2("Al-Durayhimi district", "minefield", 80309, "YE", date="2024-03-13", prec=D, mines=24),
        S("Hodeidah city", "mention", 79415),
        # Hospital town; the blast of 3 March in Baqim district, the boy died of it.
        S("Saada city", "mention", 71334),
        A2("Baqim district", "incident", 8015577, "YE", date="2024-03-03", prec=D, killed=1),
        # [17 March] "yesterday" (16 March): workshop opened.
        S("Aden", "conference", 415189, date="2024-03-16", prec=D),
        # Participants' governorates.
        A1("Abyan", "mention", (13.70, 46.20), "YE"),
        A1("Al Dhale'e", "mention", (13.75, 44.75), "YE"),
    ],
    "926_mekong_uxo_newsletter_ta_oy_salavan_dakcheung_sekong_phouvong_oyadav_siem_pang_kratie.txt": [
        # Section header; "Laos recorded 37 casualties ... last year, 10 of them fatal".
        C("LAO PDR", "incident", "LA", variants=["Laos"], date="2025-01-01", prec=Y, killed=10, injured=27),
        # 4 February: three children injured.
        A2("Ta Oy district", "incident", (16.05, 106.68), "LA", date="2026-02-04", prec=D, injured=3),
        A1("Salavan province", "incident", (15.75, 106.35), "LA", date="2026-02-04", prec=D, injured=3),
        # January: 310 ha released, 1,082 items destroyed.
        A1("Sekong", "clearance", (15.45, 106.95), "LA", variants=["Sekong province"], date="2026-01-01", prec=M, mines=1082),
        A2("Dakcheung district", "clearance", (15.35, 107.20), "LA", date="2026-01-01", prec=M, mines=1082),
        # Last month (January): 14 new confirmed hazardous areas recorded.
        A2("Phouvong district", "minefield", (14.45, 107.05), "LA", date="2026-01-01", prec=M),
        A1("Attapeu province", "minefield", (14.75, 106.95), "LA", date="2026-01-01", prec=M),
        R("Ho Chi Minh Trail", "minefield", (14.60, 107.00), "LA", tolerance_km=LINEAR, date="2026-01-01", prec=M),
        S("Vientiane", "conference", 1651944, date="2026-01-29", prec=D),
        # Section header; "49 ... casualties in Cambodia in 2025, nine of them fatal".
        C("CAMBODIA", "incident", "KH", date="2025-01-01", prec=Y, killed=9, injured=40),
        # 8 February: farmer killed.
        A2("O'Yadav district", "incident", 11484016, "KH", date="2026-02-08", prec=D, killed=1),
        A1("Ratanakiri province", "incident", (13.75, 107.00), "KH", date="2026-02-08", prec=D, killed=1),
        C("Vietnam", "mention", "VN"),
        # Label "Stung Treng:"; 30 January handover, 212 + 9 destroyed.
        A1("Stung Treng", "clearance", (13.90, 106.30), "KH", date="2026-01-30", prec=D, mines=221),
        A2("Siem Pang district", "clearance", 1822216, "KH", date="2026-01-30", prec=D, mines=221),
        S("Kratie", "conference", 1830564, date="2026-02-10", prec=D),
        # Conference on 5 March: still to come.
        S("Phnom Penh", "conference", 1821306),
    ],
    "927_azerbaijan_armenia_forwarded_newsroom_thread_khojavand_tugh_fuzuli_tavush_nerkin_karmiraghbyur_berd.txt": [
        # Style note; 15-21 Sept finds (526); 22 Sept injury near Tugh, "Khojavand district".
        A2("Khojavand", "incident", 146969, "AZ", variants=["Khojavend"], date="2025-09-22", prec=D, injured=1),
        S("Tugh", "incident", (39.57, 47.01), country_code="AZ", date="2025-09-22", prec=D, injured=1),
        # Signature.
        S("Baku", "mention", 587084),
        # 88 AP + 36 AT + 402 UXO = 526, detected and neutralized from 15 September.
        A2("Fuzuli", "minefield", (39.50, 47.20), "AZ", date="2025-09-15", prec=D, mines=526),
        A2("Tartar", "minefield", 584871, "AZ", date="2025-09-15", prec=D, mines=526),
        A2("Lachin", "minefield", 147625, "AZ", date="2025-09-15", prec=D, mines=526),
        # Hospital.
        S("Fuzuli city", "mention", 148106),
        # Since 10 November 2020: 407 victims, 72 killed.
        C("Azerbaijan", "incident", "AZ", date="2020-11-10", prec=D, killed=72, injured=335),
        # Mon 22 Sep mail: "on Saturday" (20 Sep) a tractor driver injured.
        A1("Tavush", "incident", (40.90, 45.25), "AM", date="2025-09-20", prec=D, injured=1),
        S("Nerkin Karmiraghbyur", "incident", 616374, date="2025-09-20", prec=D, injured=1),
        # Last week (September): 41 ha handed back, 17 mines removed.
        S("Berd", "clearance", 616802, date="2025-09-01", prec=M, mines=17),
        # Workshop on 2 October: still to come.
        S("Yerevan", "conference", 616052),
        C("Armenia", "minefield", "AM"),
    ],
    "928_africa_headlines_digest_torit_kapoeta_omdurman_galkayo_shire_faya_largeau_borkou.txt": [
        K("Africa", "mention", "AF"),
        # "5h" (10 Feb): on Saturday (8 Feb) two killed, five injured.
        C("South Sudan", "incident", "SS", date="2025-02-08", prec=D, killed=2, injured=5),
        S("Torit", "incident", 365742, date="2025-02-08", prec=D, killed=2, injured=5),
        S("Kapoeta", "incident", 372884, date="2025-02-08", prec=D, killed=2, injured=5),
        A1("Eastern Equatoria", "incident", (4.60, 33.30), "SS", tolerance_km=LARGE, date="2025-02-08", prec=D, killed=2, injured=5),
        S("Juba", "mention", 373303),
        # Since January: more than 1,000 removed.
        C("Sudan", "clearance", "SD", date="2025-01-01", prec=M, mines=1000),
        S("Omdurman", "clearance", 365137, date="2025-01-01", prec=M, mines=1000),
        # "Yesterday" (9 Feb): on Friday (7 Feb) four children injured.
        C("Somalia", "incident", "SO", date="2025-02-07", prec=D, injured=4),
        S("Galkayo", "incident", 59611, date="2025-02-07", prec=D, injured=4),
        A1("Mudug region", "incident", (6.50, 47.50), "SO", tolerance_km=LARGE, date="2025-02-07", prec=D, injured=4),
        # Clearance began last week (February); 58 items destroyed.
        C("Ethiopia", "clearance", "ET", date="2025-02-01", prec=M, mines=58),
        S("Shire", "clearance", 334227, variants=["Inda Selassie"], date="2025-02-01", prec=M, mines=58),
        A1("Tigray", "clearance", (13.90, 39.20), "ET", tolerance_km=LARGE, date="2025-02-01", prec=M, mines=58),
        # 5 February: a herder killed north of Faya-Largeau.
        C("Chad", "incident", "TD", date="2025-02-05", prec=D, killed=1),
        S("Faya-Largeau", "incident", 2432678, date="2025-02-05", prec=D, killed=1),
        A1("Borkou province", "incident", (18.50, 19.00), "TD", tolerance_km=LARGE, date="2025-02-05", prec=D, killed=1),
        # Meetings still to come.
        S("Addis Ababa", "conference", 344979),
        S("Geneva", "conference", 2660646),
    ],
    "929_afghanistan_pakistan_tajikistan_media_summary_andar_ghazni_nahr_e_saraj_miran_shah_shamsiddin_shohin_kabul.txt": [
        # Title; "52 people ... killed or injured ... across Afghanistan in August".
        C("Afghanistan", "incident", "AF", date="2023-08-01", prec=M),
        # Label "Ghazni –"; yesterday (3 Oct): three children killed, two wounded.
        A1("Ghazni", "incident", (33.30, 68.00), "AF", variants=["Ghazni province"], date="2023-10-03", prec=D, killed=3, injured=2),
        A2("Andar district", "incident", (33.38, 68.60), "AF", date="2023-10-03", prec=D, killed=3, injured=2),
        S("Ghazni city", "mention", 1141269),
        # Label "Helmand –"; in September: 140 destroyed.
        A1("Helmand", "clearance", (31.00, 64.20), "AF", tolerance_km=LARGE, date="2023-09-01", prec=M, mines=140),
        A2("Nahr-e Saraj district", "clearance", 1141540, "AF", date="2023-09-01", prec=M, mines=140),
        S("Lashkar Gah", "mention", 1134720),
        F("Helmand river", "clearance", (31.75, 64.50), "AF", tolerance_km=LINEAR, date="2023-09-01", prec=M),
        # Meeting yesterday (3 Oct).
        S("Kabul", "conference", 1138958, date="2023-10-03", prec=D),
        # Monday (2 Oct): two boys injured.
        C("Pakistan", "incident", "PK", date="2023-10-02", prec=D, injured=2),
        S("Miran Shah", "incident", 1170367, date="2023-10-02", prec=D, injured=2),
        A2("North Waziristan", "incident", (32.95, 70.05), "PK", date="2023-10-02", prec=D, injured=2),
        # Hospital town.
        S("Bannu", "mention", 1183460),
        # Since August: 211 AP mines destroyed; treaty commitment in a later sentence.
        C("Tajikistan", "clearance", "TJ", date="2023-08-01", prec=M, mines=211),
        A2("Shamsiddin Shohin district", "clearance", (37.80, 70.10), "TJ", date="2023-08-01", prec=M, mines=211),
        A1("Khatlon region", "clearance", (37.90, 69.00), "TJ", date="2023-08-01", prec=M, mines=211),
    ],
    "930_sri_lanka_donor_group_minutes_colombo_pallai_madhu_puthukkudiyiruppu_vakarai_mullaitivu.txt": [
        # As of 31 May 2026: 14.2 km2 remaining.
        C("Sri Lanka", "minefield", "LK", date="2026-05-31", prec=D),
        A1("Northern Province", "minefield", (9.20, 80.40), "LK", date="2026-05-31", prec=D),
        A1("Eastern Province", "minefield", (7.90, 81.50), "LK", date="2026-05-31", prec=D),
        A2("Mullaitivu", "minefield", 1234393, "LK", variants=["Mullaitivu district"], date="2026-05-31", prec=D),
        # 21 May: deminer injured at Pallai, in Kilinochchi district.
        A2("Kilinochchi", "incident", 1240372, "LK", variants=["Kilinochchi district"], date="2026-05-21", prec=D, injured=1),
        S("Pallai", "incident", (9.60, 80.33), country_code="LK", date="2026-05-21", prec=D, injured=1),
        # 3 June: farmer killed near Madhu, Mannar district.
        A2("Mannar", "incident", 1236150, "LK", variants=["Mannar district"], date="2026-06-03", prec=D, killed=1),
        S("Madhu", "incident", (8.85, 80.20), country_code="LK", date="2026-06-03", prec=D, killed=1),
        # Meeting on Wednesday 10 June.
        S("Colombo", "conference", 1248991, date="2026-06-10", prec=D),
        # Operators online from Jaffna; the next meeting there in September (to come).
        S("Jaffna", "conference", 1242833),
        # 5 June handover; 1,206 AP mines removed "from these plots".
        A2("Puthukkudiyiruppu division", "clearance", (9.31, 80.70), "LK", date="2026-06-05", prec=D, mines=1206),
        # In May: two unrecorded minefields found by survey.
        A2("Batticaloa district", "minefield", 1250161, "LK", date="2026-05-01", prec=M),
        S("Vakarai", "minefield", 1225187, date="2026-05-01", prec=M),
        # Donors.
        C("Japan", "mention", "JP"),
        C("United States", "mention", "US"),
        C("Norway", "mention", "NO"),
        C("UK", "mention", "GB"),
        # A site visit still to come.
        S("Muhamalai", "mention", (9.605, 80.275), country_code="LK"),
    ],
    "931_sahel_press_clippings_bandiagara_bankass_ouahigouya_titao_tera_tillaberi_bosso_diffa.txt": [
        R("Sahel", "mention", (14.50, 2.50), None, tolerance_km=1000),
        # Masthead list; "27 civilians killed ... in Mali since January".
        C("Mali", "incident", "ML", date="2023-01-01", prec=M, killed=27),
        # Masthead list; label "Burkina:" of the Ouagadougou workshop (Thursday 15 June).
        C("Burkina Faso", "conference", "BF", variants=["Burkina"], date="2023-06-15", prec=D),
        C("Niger", "mention", "NE"),
        # [13 June] "on Sunday" (11 June): 4 killed, 11 injured.
        S("Bandiagara", "incident", 2460489, date="2023-06-11", prec=D, killed=4, injured=11),
        S("Bankass", "incident", 2460401, date="2023-06-11", prec=D, killed=4, injured=11),
        A1("Mopti region", "incident", (14.50, -3.50), "ML", tolerance_km=LARGE, date="2023-06-11", prec=D, killed=4, injured=11),
        S("Sévaré", "mention", (14.53, -4.10), country_code="ML"),
        # [14 June] last week: 12 IEDs found and neutralised.
        S("Ouahigouya", "minefield", 2357043, date="2023-06-01", prec=M, mines=12),
        S("Titao", "minefield", 2354349, date="2023-06-01", prec=M, mines=12),
        A1("Nord region", "minefield", (13.60, -2.30), "BF", date="2023-06-01", prec=M, mines=12),
        # [15 June] "on Wednesday" (14 June): 2 soldiers killed, 3 wounded.
        S("Téra", "incident", 2438855, date="2023-06-14", prec=D, killed=2, injured=3),
        A1("Tillabéri region", "incident", (14.30, 1.00), "NE", tolerance_km=LARGE, date="2023-06-14", prec=D, killed=2, injured=3),
        # Risk education.
        S("Timbuktu", "mention", 2449067, variants=["Tombouctou"]),
        S("Ouagadougou", "conference", 2357048, date="2023-06-15", prec=D),
        # [18 June] "on Saturday" (17 June): 40 destroyed.
        S("Diffa", "clearance", 2445704, date="2023-06-17", prec=D, mines=40),
        S("Bosso", "clearance", 2446613, date="2023-06-17", prec=D, mines=40),
        S("N'Guigmi", "clearance", 2440495, date="2023-06-17", prec=D, mines=40),
        # Compiler's office.
        S("Niamey", "mention", 2440485),
    ],
}
