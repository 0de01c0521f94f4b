"""More development articles (eval/dev 950-961), annotated like those in dev.py.

Captions and short media, where places come in terse fragments under pictures, on
slides or between time codes (120-450 words): a news site's photo gallery "Photo 1
of 9" (Khiam, Kfar Kila, Aitaroun, Yaroun, Naqoura, Bint Jbeil, Marjayoun, south
Lebanon); a YouTube video description with chapters (Sa Kaeo province, Khok Sung, Ta
Phraya, Aranyaprathet, Pong Nam Ron, Chanthaburi, Thailand); podcast show notes with
time codes (Nariño: Samaniego, Policarpa, Cumbitara, Ricaurte, Tumaco; Antioquia,
Colombia); an NGO's X thread "1/7".."7/7" with hashtags and replies (Nineveh: Sinjar,
Tel Afar, Bashiqa, Qaraqosh, Mosul, Bartella, Iraq); an infographic's text
transcribed for screen readers (Tigray: Adigrat, Mekelle, Zalambessa, Alamata, Humera,
Shire, Axum; Afar, Ethiopia); an exhibition's wall labels (El Cenepa, Amazonas, Peru;
Gualaquiza, Zamora Chinchipe, Lago Agrio, Ecuador; Wiwilí, Jinotega, Nicaragua); a
donor field visit's slides (Ziguinchor, Nyassia, Mpack, Goudomp, Sindian,
Diattakounda, Casamance, Senegal); a TV evening-news script with anchor lines, VO, SOT
and supers (Aghdam district, Guzanli, Fuzuli district, Jabrayil, Lachin, Shusha,
Azerbaijan); a numbered photo essay (Balnoi, Poonch, Nowshera, Rajouri, Mendhar, Uri,
Baramulla, Keran, Kupwara, the Line of Control); a picture desk's agency captions with
capital datelines (Posad-Pokrovske, Snihurivka, Vysokopillia, Bilozerka, Kyselivka,
Kherson and Mykolaiv regions, Ukraine); a social video's on-screen text (Ain Zara, Qasr
bin Ghashir, Tarhuna, Sirte, Derna, Benghazi, Libya); a Facebook album's captions with
location pins (Faya-Largeau, Ouadi Doum, Fada, Amdjarass, Ounianga Kébir, Bardaï,
Borkou, Ennedi Ouest and Est, Tibesti, Chad).

Decisions where the rules are silent (the conventions of earlier batches are kept:
labels and location pins belong to the first sentence after them, hashtags of a bare
name join the body's entry, page names and handles name nothing, hospital towns,
donors, risk education and borders are mentions, a meeting still to come is a
conference without a date, "last week" and "this week" are month precision, "found
and destroyed" is a find, combined "killed or injured" figures carry no counts, "N of
them killed" leaves the rest as injured, a decade of laying is no date):
- A caption's own date (the day the photo was taken) dates the caption's event only
  when the event is the thing photographed: the submunition marked at Khiam (9 April),
  deminers "at work near Naqoura, 10 April", the stream-washed mine lifted at Nowshera
  (6 July), the sweep above Mendhar (10 July). A past event told in the caption keeps
  its own date: Balnoi's 2019 blast (photographed 4 July 2023), Uri's boy wounded "in
  May" (caption of 13 July), the Vysokopillia blast "in August" in a caption of 15
  October, Gualaquiza's 1999 blast in a label dated 2022. The year after a label's
  place ("El Cenepa, Amazonas (Peru), 2023") is the photo's year; it dates the event
  only when the label's sentence says so ("in 2023").
- A caption telling one event over two sentences shares it: "A boy of 13 picked up a
  grenade ... He lost his right hand" (Ain Zara, injured 1); "whose car hit an
  anti-tank mine near Vysokopillia in August ... His passenger was killed" (killed 1,
  injured 1; Kherson, the hospital's town in the same sentence, stays a mention); the
  Tigray block "218 CASUALTIES / 71 killed · 147 injured" followed by "Tigray recorded
  more casualties ... in 2024" gives Tigray 71 killed and 147 injured (year 2024).
  "Teams have found more than 2,000 explosive items around the village since March"
  after a dateline and caption naming Posad-Pokrovske is that village's (minefield,
  March 2023, 2,000); Kherson region, named in the first sentence only for the day's
  field check, takes its role from the Bilozerka caption.
- A slide's heading ("Day 2 – Nyassia", "Day 3 – Sindian (Bignona dept.)", "Day 4 –
  Thursday 5 March, Diattakounda", "Senegal – key figures") names the place for all
  the bullets under it: a slide is one unit whose bullets have no place of their own.
  Nyassia takes "7 anti-personnel mines found since January" (minefield, January 2026,
  7) over the team at work; Diattakounda's handover of Thursday 5 March takes the 2
  anti-tank mines destroyed "the day before" (clearance, 5 March, 2); Senegal takes
  "830 mine victims recorded since 1988" (incident, 1988, no counts). A title slide
  ("Mine action in Casamance / Donor field visit") and "field visit to Casamance" are
  mentions (a donor visit is not a meeting); the briefing "with the regional mine
  action centre and the governor's office" in Ziguinchor is a meeting (conference, 2
  March). "Clearance resumed in 2021" names no place.
- A chapter line, time code or map label opens with its place and belongs to that
  line: "01:12 Khok Sung district – a rice farmer who lost his right leg here in June"
  (incident, June 2024, 1 injured); "[11:05] 17 devices found in a coffee plot in
  Cumbitara last month" (August 2023); infographic map labels "Adigrat – 31" under
  "WHERE PEOPLE WERE HURT (map labels, casualties in 2024)" give each town an incident
  dated 2024 with no counts (casualties are killed and injured together), as a
  bulletin row; Mekelle keeps that incident over its November training. The heading
  "TIGRAY, NORTHERN ETHIOPIA" is a line naming places and nothing else: Ethiopia
  (named ETHIOPIA, its only written form) is a mention.
- A video's on-screen text comes in blocks separated by blank lines; a place line
  heads its own block only: "Tripoli, Libya / The fighting in the southern suburbs
  ended in 2020" tells no mine event (the next block, "What it left behind is still
  killing.", names no place), so Tripoli, also the team's base in the caption under
  the video, is a mention; "Ain Zara, 2 September / A boy of 13 picked up a grenade
  ... / He lost his right hand." is one block and one event; "Qasr bin Ghashir, last
  month" dates its block (August 2024, month, 212 items).
- Running totals under a heading date from their "since": Tel Afar "since 1 May"
  (day), Ouadi Doum "since the start of the month" (May 2026, month), Nyassia "since
  January" (month), Borkou and Ennedi Ouest "Since 2022" (year), Azerbaijan "since the
  end of the war in November 2020" (month), Lebanon "Since the ceasefire" of 27
  November 2024, told in the gallery's introduction (day).
- Contamination named in a title or introduction is a minefield, undated: the
  exhibition title "landmines in the Andes and Central America" (the Andes as a
  feature entry with a wide tolerance, Central America as the supplement's region),
  "Thailand's last minefields", Sa Kaeo province's "minefields laid in the 1980s"
  (decade), Pong Nam Ron district's hillside "still fenced off after 40 years", the
  Line of Control and Jammu and Kashmir ("the minefields laid by the army are part of
  the landscape"), Kyselivka and Mykolaiv region (a "Caution: mines" sign on an
  unharvested field, the photo's day not a find date), Sirte ("still finding
  booby-trapped houses"), Derna ("shells keep turning up"), Bardaï and the Tibesti
  ("the mined tracks around the town"), Samaniego ("armed groups still lay devices
  around the coca plots", outranking her clearance since 2019), Ziguinchor region
  ("suspected hazardous areas remain, mostly in Ziguinchor region": where most of it
  lies). Mines laid in a stated war are dated by the war's year: Peru, Ecuador and
  the Cordillera del Cóndor ("During the border war of 1995 ... laid tens of thousands
  of mines"), 1995.
- A reply "What about Bartella? Our village still has marked areas behind the
  school" opens with the place as a label (as "Why Quang Binh?" in dev_posts4):
  Bartella is a minefield, undated; the survey "planned for June" adds nothing.
- An exhibition label's place list "Gualaquiza, Morona Santiago (Ecuador)" is the
  label of its first sentence: the province and the bracketed country take that
  sentence's event, as a municipality in brackets does in dev_posts3. Ecuador so
  takes Gualaquiza's 1999 incident (1 injured), which outranks its 1995 minefield;
  Peru keeps the 1995 minefield over El Cenepa's clearance (2023, 312 mines);
  Nicaragua, "declared itself free of mines in 2010, yet a farmer near Wiwilí turned
  up an old mine ... last March", is a minefield of March 2024 with 1, shared by
  Wiwilí and the department of Jinotega of its label. "Wiwilí, Jinotega" is the
  Jinotega side (GeoNames' Wiwilí de Jinotega, not Wiwilí of Nueva Segovia across the
  river); Jinotega after a town in a label is the department. "Lago Agrio" is GeoNames'
  Nueva Loja. The San Miguel river, where the 27 mines were found, shares the find
  with Lago Agrio and Sucumbíos of the label (minefield, May 2023, 27); Colombia, "the
  border with Colombia", is a mention. The army kennel near Quito and "deminers from
  Peru and Ecuador" are mentions; Lima is the venue (mention) and the joint course "in
  April" (conference, April 2024); Cusco, the next venue, is a mention.
- Agency captions: the capital dateline ("KHERSON, UKRAINE - OCTOBER 15:") belongs to
  the caption's sentence; places first written in a dateline keep that capital form as
  their name (POSAD-POKROVSKE, SNIHURIVKA, KHERSON, BILOZERKA, BERYSLAV, KYSELIVKA,
  KYIV, UKRAINE); the photographers' agency and credit lines name nothing. Ukraine,
  named in every caption, takes the only incident (Vysokopillia's, August 2023, 1
  killed, 1 injured). "Kherson region" (title and captions) and the city KHERSON are
  separate entries.
- A TV script's slug ("MINES / KARABAKH") and super ("Guzanli, Aghdam district – this
  morning") are labels of the item: they add nothing beyond the sentences. The anchor's
  "mines are still claiming victims in Karabakh" gives Karabakh (named KARABAKH, its
  first written form in the slug) an incident, undated, no counts. "Aghdam district" (the anchor's blast) is apart from the town Aghdam,
  which is only the distance reference ("about twenty kilometres north-east of
  Aghdam": Guzanli holds the blast) and is given the district's own point. "In
  Jabrayil, 220 hectares cleared in October have been handed over" is the bare name
  (the town's entry), clearance dated by the clearing (October 2025). "Baku accuses
  Armenia", "a charge Yerevan rejects" and a spokesperson in Baku are mentions; the
  final exam of new deminers in Lachin "on Tuesday" is a course (conference, 4
  November); a conference "next spring" in Shusha is a conference without a date.
- Photo galleries: a farmer killed "last month" shown by a warning sign (Yaroun,
  March 2025, killed 1); land "declared safe" (Aitaroun) is released land
  (clearance); munitions blown up "near Marjayoun" with no more specific place give
  the town the clearance (230); a hospital town (Nabatieh, Srinagar's prosthetics
  workshop, Barda, N'Djamena's surgery) is a mention unless another caption gives a
  role (N'Djamena's certificates after a course, 26 May: conference); a dog team's
  course finished "there on Monday" (Ain Ebel, 14 April) is a conference. The
  rubble cleared in Kfar Kila "on Tuesday" and the 14 items "removed from the street in
  two days" are one clearance dated the Tuesday of the photo (15 April), 14 items.
  "south of the Litani river" is a reference: the Litani is a mention.
- Animals: "at least nine of their cattle have been killed in mine blasts since 2020"
  (Keran sector, Kupwara district) is an incident dated 2020 with no counts. "The
  Keran sector" is the village's entry (as Nowshera sector in dev_asiaafrica).
  Districts named only with their generic word use their seat's id (Poonch, Rajouri,
  Baramulla, Kupwara districts; Khok Sung, Ta Phraya, Pong Nam Ron districts; Fuzuli
  district; Bignona dept.). "Neelum valley", on the Pakistani side, is a region
  (LINEAR tolerance), a mention for risk education.
- Thread and album furniture: the account name (ClearGround Iraq, Sahara Demining
  Chad), handles (@nineveh_farmer), run-together tags (#SaKaeo, #MineAction) and
  emoji flags name nothing; the title's "a week of mine action in Nineveh", "Nineveh
  governorate" (a variant) and "#Nineveh" are one entry named by its first written
  form; "#Tchad" is a spelling of Chad (variant). The title and the 1/7 post "This
  week in Nineveh governorate: our teams in Sinjar, Tel Afar and the Nineveh Plains"
  tell where the teams worked that week: clearance (May 2024, month) for the
  governorate and the Plains, outranked elsewhere by each town's own post; the album title "with
  our teams in northern Chad" does the same for Chad (May 2026). "#Iraq", the only
  naming of Iraq, and "#Libya" (Libya being named in the video too) are as in
  dev_posts: Iraq a mention. Qaraqosh (Bakhdida) is GeoNames' Al-Hamdaniya;
  "Bakhdida" is a variant. A handover "in a small ceremony with the mayor" is
  clearance, not a conference.
- Podcast notes: a guest's home town (Samaniego, see above) and a nurse's city
  (Pasto), the producer's city (Bogotá) and listeners' department asking about radio
  spots (Cauca) are mentions; "Nariño, on Colombia's Pacific border with Ecuador, has
  become one of the departments hardest hit by improvised mines" states harm there:
  Colombia shares an incident, undated, while Nariño takes the specific figure "42
  victims of mines in Nariño between January and August, 9 of them killed" (January
  2023, killed 9, injured 33). Antioquia, "which had more mine victims than any other
  department last year", is an incident of 2022 without counts. Ricaurte is the
  Nariño municipality (GeoNames 3670816), not its namesake in Cundinamarca. A
  first-aid course "held on Monday" in Tumaco is a conference (25 September).
- Humera is GeoNames' Himora (coded ER there); the gold keeps country ET.
"""

# ruff: noqa: E501

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "950_south_lebanon_photo_gallery_khiam_kfar_kila_aitaroun_yaroun_naqoura_bint_jbeil_marjayoun.txt": [
        # Title "south Lebanon's"; closing line: 28 civilians killed or injured since the ceasefire of 27 November 2024.
        C("Lebanon", "incident", "LB", date="2024-11-27", prec=D),
        # "the villages south of the Litani river": a reference.
        F("Litani river", "mention", (33.33, 35.40), "LB", tolerance_km=LINEAR),
        # Photo 1: a submunition marked on 9 April.
        S("Khiam", "minefield", (33.33, 35.61), country_code="LB", date="2025-04-09", prec=D, mines=1),
        # Photo 2: Tuesday (15 April), 14 items removed.
        S("Kfar Kila", "clearance", 272849, date="2025-04-15", prec=D, mines=14),
        # Photo 3: six hectares declared safe on 11 April.
        S("Aitaroun", "clearance", (33.117, 35.467), country_code="LB", date="2025-04-11", prec=D),
        # Photo 4: a farmer killed last month.
        S("Yaroun", "incident", (33.08, 35.42), country_code="LB", date="2025-03-01", prec=M, killed=1),
        # Photo 5: deminers at work, 10 April.
        S("Naqoura", "clearance", 278832, date="2025-04-10", prec=D),
        # Photo 6: hospital town.
        S("Nabatieh", "mention", 278913),
        # Photo 6: two boys wounded on 12 April.
        S("Bint Jbeil", "incident", 276592, date="2025-04-12", prec=D, injured=2),
        # Photo 7: 230 items destroyed on 14 April.
        S("Marjayoun", "clearance", 271226, date="2025-04-14", prec=D, mines=230),
        # Photo 8: risk education.
        S("Tyre", "mention", 267008),
        # Photo 9: course finished there on Monday (14 April).
        S("Ain Ebel", "conference", 277467, date="2025-04-14", prec=D),
    ],
    "951_thailand_youtube_description_sa_kaeo_khok_sung_ta_phraya_aranyaprathet_chanthaburi_pong_nam_ron.txt": [
        # Title "Thailand's last minefields"; #Thailand; the 2026 deadline.
        C("Thailand", "minefield", "TH"),
        C("Cambodia", "mention", "KH"),
        # "where minefields laid in the 1980s still keep farmers off their land".
        A1("Sa Kaeo province", "minefield", (13.80, 102.30), "TH"),
        # 01:12: a farmer who lost his right leg here in June.
        A2("Khok Sung district", "incident", 1617816, "TH", date="2024-06-01", prec=M, injured=1),
        # 04:30: 11 PMN-2 mines found (13 Aug).
        A2("Ta Phraya district", "minefield", 1605742, "TH", date="2024-08-13", prec=D, mines=11),
        # 08:05: 42 rai handed back on 15 Aug.
        S("Aranyaprathet", "clearance", 1621020, date="2024-08-15", prec=D),
        # 11:40: graduation of 24 new deminers (16 Aug).
        S("Chanthaburi", "conference", 1611269, date="2024-08-16", prec=D),
        # 14:55: hillside still fenced off.
        A2("Pong Nam Ron district", "minefield", 1607306, "TH"),
        # Previous episode; studio.
        S("Battambang", "mention", 1831797),
        S("Bangkok", "mention", 1609350),
    ],
    "952_colombia_podcast_show_notes_narino_samaniego_policarpa_cumbitara_ricaurte_tumaco_antioquia.txt": [
        # "42 victims of mines in Nariño between January and August, 9 of them killed".
        A1("Nariño", "incident", (1.60, -77.70), "CO", date="2023-01-01", prec=M, killed=9, injured=33),
        # "Colombia's ... border": the department hardest hit by improvised mines (undated).
        C("Colombia", "incident", "CO"),
        C("Ecuador", "mention", "EC"),
        # Home town; "armed groups still lay devices around the coca plots of Samaniego".
        S("Samaniego", "minefield", 3670293),
        # Nurse's city.
        S("Pasto", "mention", 3672778),
        # 3 September: two soldiers wounded.
        S("Policarpa", "incident", 3671961, date="2023-09-03", prec=D, injured=2),
        # 17 devices found last month.
        S("Cumbitara", "minefield", 3685428, date="2023-08-01", prec=M, mines=17),
        # 9 hectares handed back on 21 September.
        S("Ricaurte", "clearance", 3670816, date="2023-09-21", prec=D),
        # First-aid course held on Monday (25 September).
        S("Tumaco", "conference", 3666640, date="2023-09-25", prec=D),
        # "more mine victims than any other department last year".
        A1("Antioquia", "incident", (7.00, -75.50), "CO", tolerance_km=LARGE, date="2022-01-01", prec=Y),
        # Listeners asking about risk-education spots.
        A1("Cauca", "mention", (2.50, -76.80), "CO"),
        S("Bogotá", "mention", 3688689),
    ],
    "953_iraq_ngo_x_thread_nineveh_sinjar_tel_afar_bashiqa_qaraqosh_mosul_bartella.txt": [
        # Title "a week of mine action in Nineveh"; 1/7 "This week in Nineveh governorate: our teams in ..."; #Nineveh.
        A1("Nineveh", "clearance", (36.20, 42.60), "IQ", variants=["Nineveh governorate"], date="2024-05-01", prec=M),
        R("Nineveh Plains", "clearance", (36.40, 43.30), "IQ", date="2024-05-01", prec=M),
        # Hashtags only.
        C("Iraq", "mention", "IQ"),
        # 2/7: Monday (20 May), a shepherd injured on the slopes of Mount Sinjar.
        S("Sinjar", "incident", 448149, date="2024-05-20", prec=D, injured=1),
        F("Mount Sinjar", "incident", (36.37, 41.75), "IQ", tolerance_km=LINEAR, date="2024-05-20", prec=D, injured=1),
        S("Duhok", "mention", 96994),
        # 3/7: 63 items removed since 1 May.
        S("Tel Afar", "clearance", 90393, date="2024-05-01", prec=D, mines=63),
        # 4/7: new hazardous area confirmed on Tuesday (21 May).
        S("Bashiqa", "minefield", (36.455, 43.35), country_code="IQ", date="2024-05-21", prec=D),
        # 5/7: 11 hectares handed back today.
        S("Qaraqosh", "clearance", 92430, variants=["Bakhdida"], date="2024-05-23", prec=D),
        # 6/7: training completed on 18 May.
        S("Mosul", "conference", 99072, date="2024-05-18", prec=D),
        # 7/7: donors.
        C("Germany", "mention", "DE"),
        C("Netherlands", "mention", "NL"),
        # Reply: "What about Bartella? Our village still has marked areas".
        S("Bartella", "minefield", 97890),
    ],
    "954_tigray_infographic_text_adigrat_zalambessa_mekelle_alamata_humera_shire_axum_afar.txt": [
        # 218 casualties in 2024: 71 killed, 147 injured.
        A1("Tigray", "incident", (13.90, 39.00), "ET", date="2024-01-01", prec=Y, killed=71, injured=147),
        # Heading line "TIGRAY, NORTHERN ETHIOPIA".
        C("ETHIOPIA", "mention", "ET"),
        # Map labels, casualties in 2024.
        S("Adigrat", "incident", 345149, date="2024-01-01", prec=Y),
        S("Mekelle", "incident", 331180, date="2024-01-01", prec=Y),
        S("Zalambessa", "incident", (14.517, 39.383), country_code="ET", date="2024-01-01", prec=Y),
        S("Alamata", "incident", 344357, date="2024-01-01", prec=Y),
        S("Humera", "incident", 334717, country_code="ET", date="2024-01-01", prec=Y),
        # 1,126 items removed from schools and health posts in and around Shire.
        S("Shire", "clearance", 334227, variants=["Inda Selassie"], date="2024-01-01", prec=Y, mines=1126),
        # 460 shells found near Axum, 14 October.
        S("Axum", "minefield", 344420, date="2024-10-14", prec=D, mines=460),
        # "Afar region: 27 casualties recorded in 2024".
        A1("Afar region", "incident", (11.80, 40.90), "ET", tolerance_km=LARGE, date="2024-01-01", prec=Y),
        C("Eritrea", "mention", "ER"),
        S("Addis Ababa", "mention", 344979),
    ],
    "955_exhibition_labels_mines_in_the_americas_lima_el_cenepa_gualaquiza_zamora_chinchipe_lago_agrio_wiwili.txt": [
        # Title: "landmines in the Andes and Central America".
        F("Andes", "minefield", (-4.00, -78.60), None, tolerance_km=1500),
        R("Central America", "minefield", (13.50, -87.00), None, tolerance_km=1000),
        # Venue; Label 6: joint course in April.
        S("Lima", "conference", 3936456, date="2024-04-01", prec=M),
        S("Cusco", "mention", 3941584),
        # Mines laid during the border war of 1995.
        C("Peru", "minefield", "PE", date="1995-01-01", prec=Y),
        # Label 2 "(Ecuador)": a mine took Rosa's foot in 1999.
        C("Ecuador", "incident", "EC", date="1999-01-01", prec=Y, injured=1),
        F("Cordillera del Cóndor", "minefield", (-4.20, -78.40), None, tolerance_km=LINEAR, date="1995-01-01", prec=Y),
        # Label 1: 312 AP mines removed in 2023.
        A2("El Cenepa", "clearance", (-4.45, -78.17), "PE", date="2023-01-01", prec=Y, mines=312),
        A1("Amazonas", "clearance", (-5.30, -78.00), "PE", tolerance_km=LARGE, date="2023-01-01", prec=Y, mines=312),
        # Label 2.
        S("Gualaquiza", "incident", 3657661, date="1999-01-01", prec=Y, injured=1),
        A1("Morona Santiago", "incident", (-2.50, -77.90), "EC", tolerance_km=LARGE, date="1999-01-01", prec=Y, injured=1),
        # Label 3: a mine found by a farmer in January.
        A1("Zamora Chinchipe", "minefield", (-4.10, -78.80), "EC", date="2024-01-01", prec=M, mines=1),
        S("Quito", "mention", 3652462),
        # Label 4: 27 improvised mines found in May near the San Miguel river.
        S("Lago Agrio", "minefield", 3655185, date="2023-05-01", prec=M, mines=27),
        A1("Sucumbíos", "minefield", (0.10, -76.50), "EC", date="2023-05-01", prec=M, mines=27),
        F("San Miguel river", "minefield", (0.30, -76.85), "EC", tolerance_km=LINEAR, date="2023-05-01", prec=M, mines=27),
        C("Colombia", "mention", "CO"),
        # Label 5: a mine turned up last March.
        S("Wiwilí", "minefield", 11279237, date="2024-03-01", prec=M, mines=1),
        A1("Jinotega", "minefield", (13.70, -85.60), "NI", date="2024-03-01", prec=M, mines=1),
        C("Nicaragua", "minefield", "NI", date="2024-03-01", prec=M, mines=1),
    ],
    "956_casamance_field_visit_slideshow_ziguinchor_nyassia_mpack_sindian_bignona_diattakounda_goudomp.txt": [
        # Title and title slide: a donor field visit.
        R("Casamance", "mention", (12.75, -15.90), "SN"),
        # Slide 2: suspected areas remain, mostly in Ziguinchor region.
        A1("Ziguinchor region", "minefield", (12.60, -16.20), "SN"),
        C("Guinea-Bissau", "mention", "GW"),
        # Slide 3: briefing on Monday 2 March.
        S("Ziguinchor", "conference", 2243940, date="2026-03-02", prec=D),
        # Slide 4: 7 AP mines found since January.
        S("Nyassia", "minefield", (12.46, -16.33), country_code="SN", date="2026-01-01", prec=M, mines=7),
        # Slide 5: 8.5 ha released in February.
        S("Mpack", "clearance", (12.44, -16.22), country_code="SN", date="2026-02-01", prec=M),
        # Slide 6: risk education.
        S("Goudomp", "mention", 2251470),
        # Slide 7: a motorcyclist killed in 2024.
        S("Sindian", "incident", (12.97, -16.10), country_code="SN", date="2024-01-01", prec=Y, killed=1),
        A2("Bignona dept.", "incident", 2253901, "SN", date="2024-01-01", prec=Y, killed=1),
        # Slide 8: handover on Thursday 5 March; 2 AT mines destroyed the day before.
        S("Diattakounda", "clearance", 2252615, date="2026-03-05", prec=D, mines=2),
        # Slide 9: 830 mine victims recorded since 1988.
        C("Senegal", "incident", "SN", date="1988-01-01", prec=Y),
        # Slide 10: meeting to come on 23 April.
        S("Dakar", "conference", 2253354),
    ],
    "957_azerbaijan_tv_news_script_aghdam_guzanli_fuzuli_jabrayil_lachin_shusha.txt": [
        # Anchor: "mines are still claiming victims in Karabakh".
        R("KARABAKH", "incident", (39.95, 46.85), "AZ"),
        # Anchor: two farm workers seriously injured this morning.
        A2("Aghdam district", "incident", (40.05, 47.00), "AZ", date="2025-11-06", prec=D, injured=2),
        S("Guzanli", "incident", 585736, date="2025-11-06", prec=D, injured=2),
        # Distance reference.
        S("Aghdam", "mention", 148619),
        # Hospital.
        S("Barda", "mention", 587057),
        # 397 killed or injured since November 2020.
        C("Azerbaijan", "incident", "AZ", date="2020-11-01", prec=M),
        # 134 AP mines found this week.
        A2("Fuzuli district", "minefield", 148106, "AZ", date="2025-11-01", prec=M, mines=134),
        # 220 hectares cleared in October.
        S("Jabrayil", "clearance", 148141, date="2025-10-01", prec=M),
        # Final exam on Tuesday (4 November).
        S("Lachin", "conference", 147625, date="2025-11-04", prec=D),
        S("Baku", "mention", 587084),
        C("Armenia", "mention", "AM"),
        S("Yerevan", "mention", 616052),
        # Conference to come next spring.
        S("Shusha", "conference", 147105),
    ],
    "958_kashmir_photo_essay_line_of_control_balnoi_poonch_nowshera_uri_keran_kupwara_mendhar.txt": [
        # Title and introduction: the minefields laid by the army.
        F("Line of Control", "minefield", (33.60, 74.10), None, tolerance_km=LINEAR),
        A1("Jammu and Kashmir", "minefield", (33.70, 75.00), "IN", tolerance_km=LARGE),
        # 1: leg lost in 2019 near Balnoi.
        A2("Poonch district", "incident", 1167718, "IN", date="2019-01-01", prec=Y, injured=1),
        S("Balnoi", "incident", (33.63, 74.10), country_code="IN", date="2019-01-01", prec=Y, injured=1),
        # Introduction; 5: cattle killed since 2020.
        A2("Kupwara district", "incident", 6268046, "IN", date="2020-01-01", prec=Y),
        S("Keran", "incident", 1267253, date="2020-01-01", prec=Y),
        # 2: a washed-down mine lifted on 6 July.
        S("Nowshera", "minefield", 1261675, date="2023-07-06", prec=D, mines=1),
        A2("Rajouri district", "minefield", 1258891, "IN", date="2023-07-06", prec=D, mines=1),
        # 3: sweep on 10 July.
        S("Mendhar", "clearance", (33.61, 74.13), country_code="IN", date="2023-07-10", prec=D),
        # 4: boy wounded in May.
        S("Uri", "incident", 1253694, date="2023-05-01", prec=M, injured=1),
        A2("Baramulla district", "incident", 1277085, "IN", date="2023-05-01", prec=M, injured=1),
        # 6: prosthetics workshop.
        S("Srinagar", "mention", 1255634),
        # 7: risk education.
        R("Neelum valley", "mention", (34.70, 74.10), "PK", tolerance_km=LINEAR),
    ],
    "959_ukraine_agency_photo_captions_kherson_region_posad_pokrovske_snihurivka_vysokopillia_bilozerka_kyselivka.txt": [
        # Title; captions 1 and 4: seven AP mines found near Bilozerka.
        A1("Kherson region", "minefield", (46.70, 33.40), "UA", date="2023-10-14", prec=D, mines=7),
        # Every dateline; the Vysokopillia blast (August): passenger killed, driver wounded.
        C("UKRAINE", "incident", "UA", date="2023-08-01", prec=M, killed=1, injured=1),
        # More than 2,000 items found around the village since March.
        S("POSAD-POKROVSKE", "minefield", (46.83, 32.40), country_code="UA", date="2023-03-01", prec=M, mines=2000),
        # Demining machine clearing a field, 16 October.
        S("SNIHURIVKA", "clearance", 693379, date="2023-10-16", prec=D),
        # Captions 2 and 6: a "Caution: mines" sign near Kyselivka.
        A1("Mykolaiv region", "minefield", (47.20, 32.00), "UA"),
        # Hospital.
        S("KHERSON", "mention", 706448),
        S("Vysokopillia", "incident", 688689, date="2023-08-01", prec=M, killed=1, injured=1),
        S("BILOZERKA", "minefield", 712508, date="2023-10-14", prec=D, mines=7),
        # Mine-safety lesson.
        S("BERYSLAV", "mention", 712260),
        S("KYSELIVKA", "minefield", 705782),
        # Memorandum signed at a conference on 18 October.
        S("KYIV", "conference", 703448, date="2023-10-18", prec=D),
    ],
    "960_libya_social_video_onscreen_text_tripoli_ain_zara_qasr_bin_ghashir_tarhuna_sirte_derna_benghazi.txt": [
        # "The fighting in the southern suburbs ended in 2020"; the team's base.
        S("Tripoli", "mention", 2210247),
        # More than 400 killed or injured since 2020.
        C("Libya", "incident", "LY", date="2020-01-01", prec=Y),
        # 2 September: a boy lost his right hand.
        S("Ain Zara", "incident", (32.80, 13.26), country_code="LY", date="2024-09-02", prec=D, injured=1),
        # Last month: 212 items removed.
        S("Qasr bin Ghashir", "clearance", 2213618, date="2024-08-01", prec=M, mines=212),
        # Monday (16 September): six AP mines found.
        S("Tarhuna", "minefield", 2210221, date="2024-09-16", prec=D, mines=6),
        S("Sirte", "minefield", 2210554),
        S("Derna", "minefield", 87205),
        # Training finished 10 September.
        S("Benghazi", "conference", 88319, date="2024-09-10", prec=D),
        C("Netherlands", "mention", "NL"),
        S("Misrata", "mention", 2214846),
    ],
    "961_chad_facebook_album_captions_borkou_ennedi_faya_largeau_ouadi_doum_fada_amdjarass_ounianga_kebir_bardai.txt": [
        # Title "with our teams in northern Chad" (May 2026); #Tchad, #Chad.
        C("Chad", "clearance", "TD", variants=["Tchad"], date="2026-05-01", prec=M),
        # Trucks loaded; risk education.
        S("Faya-Largeau", "mention", 2432678),
        # 96 AP mines found and destroyed since the start of the month.
        F("Ouadi Doum", "minefield", (18.49, 20.25), "TD", date="2026-05-01", prec=M, mines=96),
        # A herder injured 12 km north of Fada on 9 May.
        S("Fada", "incident", 244128, date="2026-05-09", prec=D, injured=1),
        A1("Ennedi Ouest", "incident", (18.00, 21.00), "TD", tolerance_km=LARGE, date="2026-05-09", prec=D, injured=1),
        # Flown there for surgery; certificates after a course, 26 May.
        S("N'Djamena", "conference", 2427123, date="2026-05-26", prec=D),
        # Handover on 14 May.
        S("Amdjarass", "clearance", 9534257, date="2026-05-14", prec=D),
        A1("Ennedi Est", "clearance", (16.60, 22.60), "TD", tolerance_km=LARGE, date="2026-05-14", prec=D),
        # Last week: three new dangerous areas recorded.
        S("Ounianga Kébir", "minefield", 242179, date="2026-05-01", prec=M),
        # "the mined tracks around the town".
        S("Bardaï", "minefield", 2435976),
        A1("Tibesti", "minefield", (21.00, 17.50), "TD", tolerance_km=LARGE),
        # 2,318 destroyed since 2022 in Borkou and Ennedi Ouest.
        A1("Borkou", "clearance", (18.30, 18.80), "TD", tolerance_km=LARGE, date="2022-01-01", prec=Y, mines=2318),
        C("Japan", "mention", "JP"),
    ],
}
