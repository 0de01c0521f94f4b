"""More development articles (eval/dev 800-811), annotated like those in dev.py.

Posts and messages as people paste them from their phones, one kind per article (the
file keeps its Title/Date/Source header; the body is the posts): a Thai district
chief's Facebook page over a week (Kap Choeng and Phanom Dong Rak, Surin, with a post
shared from Ou Smach, Oddar Meanchey, Cambodia); a journalist's X thread "1/9".."9/9"
from a funeral, with a quoted reply (Tifariti, Bir Lehlou and Mijek, Western Sahara;
Rabouni and Tindouf, Algeria); an oblast emergency service's Telegram channel over
three days with time stamps and emoji (Zaporizhzhia region, Ukraine); a deputy
humanitarian coordinator's weekly email digest pasted as text (North Kivu and Ituri,
DR Congo); a village council's WhatsApp group with replies and voice-note transcripts
(Nikozi and the villages by the South Ossetia line, Shida Kartli, Georgia); a
deminer's Reddit AMA (Central and Eastern Equatoria, South Sudan); a YouTube live-chat
replay of a road-trip stream (Egypt's North Coast, El Alamein to Marsa Matruh); a
mine-risk education group's Instagram captions for a week (Quang Binh, Vietnam, April
2025, before the provinces were merged); a community radio's SMS bulletin (Centre-Nord,
Burkina Faso); a LinkedIn post on a handover ceremony, with comments (Bujanovac and
the Preševo Valley, Serbia); a Discord thread of OSINT volunteers geolocating a blast
(Sotk, Gegharkunik, Armenia); a farmers' cooperative newsletter in a Viber community,
with comments (villages around Chernihiv, Ukraine).

Decisions where the rules are silent (the conventions of dev_posts.py, dev_posts2.py
and dev_posts3.py are followed: hashtags, publishers' and page names, usernames, line
labels, capitals, a post's relative dates counted from its own stamp):
- Relative dates count from the post, message or comment that holds them: "Yesterday
  afternoon" in the Mon 3 Nov post is Sun 2 Nov; "Last night" in the Wed 5 Nov 07:50
  post is 4 Nov; "on Wednesday" in the Fri 7 Nov post is 5 Nov; "Yesterday" in the
  16.06 post is 15 June, "Last night" in the 17.06 post is 16 June and "Yest." in the
  18.06 post is 17 June; "this evening" in a Discord message stamped "Yesterday at
  23:31" (article of 19 July) is 18 July; "on Saturday" in the Thu 10 Apr caption is 5
  April; "Yesterday" in the Tue 8 Apr caption is 7 April; "On Mon" and "On Sat" in a
  newsletter posted Thu 20.03 are 17 and 15 March; "on Sunday" in a thread of Tue 20
  Feb is 18 Feb; "last month" there is January. A LinkedIn post stamped "2d" in an
  article dated Thu 11 June was posted Tue 9 June, so its "Yesterday" is Mon 8 June.
  Reddit stamps ("9h", "7h") lie on the article's date: "Last week" is September
  (month), "in May" and "In March" are those months of 2023. A live-chat "2 years ago"
  on 25 October 2024 is 2022 (year); "yesterday" there is 24 October. A post with no
  relative date of its own takes its stamp (Bilenke, Prymorske).
- "last week" in a post of Thu 20 March (Kyselivka) is March (month); "Last year" in
  a comment of March 2025 is 2024; "since 1 October", "Since 1 January" and "Since 1
  Jan" are day precision; "since January" (Surin province, Shida Kartli) and "Since the
  beginning of 2025" are January (month); "Since 1975", "Since 2022", "in 2009", "in
  2016", "in 2019", "in 2001" are year precision. A range "between 24 Feb and 5 March"
  is its first day (Goma).
- A label that opens a post or SMS line ("PISSILA:", "2/ BARSALOGHO:", "3/ MANE:",
  "4/ CENTRE-NORD:", "‼️ Zaporizhzhia r-n.", "🚨 Polohy r-n.", "Sake:", "Kibumba,
  Nyiragongo territory:", "📍 Kien Giang, Le Thuy district", "1/9 TIFARITI, Western
  Sahara -", "Why Quang Binh?") belongs to the first sentence after it and takes its
  role and facts. "Why Quang Binh?" opens the sentence telling the province's 5,000
  casualties since 1975: Quang Binh takes that incident (combined figure, no counts).
  A label of two towns for a road ("6/ BOURZANGA-DJIBO road: no civilian traffic")
  names both (mentions; no mine event is told). Capitals are kept as written: MANE,
  KONGOUSSI, BOURZANGA, DJIBO, YALGO (only in capitals); Pissila, Kaya, Barsalogho and
  Centre-Nord are first written in the title or in lower case (case-only, no variant).
- Distance references with no more specific named place hold the event: "about 3 km
  north of the Chong Chom checkpoint" (Chong Chom, minefield), "about 30 km north-west
  of Bir Lehlou" (incident), "12 km north of the town" (Pissila), "about 3.5 km ENE of
  Sotk, on the mine road" (Sotk), "just west of Sidi Abdel Rahman" (the fenced
  minefield). A road with no named place on it holds its event at its ends: "2
  devices buried in the road to Kaya" under the BARSALOGHO label (Barsalogho and Kaya,
  minefield), "the forest belt along the road to Kyselivka" (Kyselivka, minefield). A
  road with a named place on it ("along the Gori-Tskhinvali road" in Karaleti) leaves
  its ends as mentions; roads only closed or reopened (Goma-Sake, Beni-Kasindi,
  Bourzanga-Djibo) are mentions.
- The title's "the last known minefield near Bujanovac" is a distance reference: the
  body puts the handed-over land near Lučane and Končulj, so Bujanovac takes only the
  ceremony held in its municipal hall (conference, 8 June), as the Lumbala Nguimbo
  ceremony in dev_more2. Lučane and Končulj take the handover's date and the count of
  the next sentence (63 AP mines + 5 UXO = 68), as an event told over two sentences.
  Končulj is also "marked for the first time in 2009" in a comment: marking a minefield
  is a find, so Končulj is a minefield dated 2009 (year), no count, outranking the
  clearance (as Mannar district's suspected areas outrank its milestone in dev_posts).
- A minefield told by when it was laid is dated by the laying: "The mines were laid in
  2001, during the crisis in the Preševo Valley" (2001), "Millions were laid in 1942
  around El Alamein" (1942). Mines laid "in the 1990s", "since the 90s" or "from the
  1980s" (Kajo-Keji, the Kalbajar side, the Dangrek) and the berm "built in the 1980s"
  give a decade, not a date: minefield, undated. Kajo-Keji takes the 1,900 mines found
  on one site of the next sentence of the same answer, undated.
- Contamination statements are minefield, undated: Lamduan ("we also still find old
  shells in the rice fields every dry season"), Karaleti ("still old shells in the
  ditches"), Yahidne and Ivanivka ("still NOT cleared"), El Hammam ("the desert south
  of the road still has mines"), Sidi Barrani ("they still find old shells after every
  big rain"), Sidi Abdel Rahman (a "Danger - Mines" sign and fence), Egypt ("one of the
  biggest WWII mine problems"), Eastern Equatoria and Kapoeta ("along the roads to
  Kapoeta"), South Sudan (a question "Is it true South Sudan still has thousands of
  mined areas?" answered "Around 200 hazardous areas are still recorded"; this outranks
  the title's clearance), Angola ("The minefields there are much bigger", outranking
  the 2019 training rotation), the Pešter plateau ("technical survey has confirmed
  strike areas from 1999": the confirmation is undated, 1999 is the strike, as in
  dev_roundups), the "Kraljevo cluster sites" of a comment.
- "The berm, the 2,700 km sand wall Morocco built" names the Moroccan wall, a feature
  of its own (region entry "The berm", the curated supplement's row), though written
  with a small b; "the wall" later is a common noun. Morocco, the builder, is a mention (as in
  dev_translated). "Bir Lahlou (as some maps spell it)" is a variant of Bir Lehlou.
- A funeral is a ceremony held there (dev_ukraine, dev_europe): Tifariti's funeral
  "this afternoon" would be a conference of 20 February, but "its teams destroyed 11
  items around Tifariti last month" makes it clearance (January, month, 11). Western
  Sahara, named in the thread's opening label, takes the incident of "at least 2,500
  people killed or injured ... in Western Sahara since 1975" (combined: no counts,
  1975). A quoted reply's past blast ("the truck hit a mine outside Smara in 2023",
  confirmed by the author's answer) is an incident, year precision, no counts; Smara
  is GeoNames' town, coded MA.
- Found items then destroyed or taken away are a find (minefield): Chong Chom (2 AP
  mines found, blown up in place), Bilenke (a shell found in a garden, destroyed at a
  range), Prymorske (9 mortar rounds + 2 AP mines = 11), Kibumba and Nyiragongo
  territory (3 mortar bombs marked), Tuyen Hoa district (a 500-lb bomb found on
  Saturday, made safe and taken away on Thursday: 1, dated the find), Barsalogho and
  Kaya (2 devices "found and neutralised"). Items removed or destroyed with no find
  told are clearance: Balabyne, Kushuhum and Komyshuvakha (67 for the three
  communities, the combined figure going whole to each), Kolychivka (14), Goma (214),
  Kap Choeng district (17 mines + 4 UXO = 21), Tifariti (11), Lainya (22 + 40 = 62),
  Shida Kartli (27), Maridi (land given back in March).
- Nikozi: one bomblet found on 13 May, two more found in the same orchard the next
  day, "all three" taken away: one find told over two days, minefield with 3, dated
  the first find (13 May). The range near Kaspi where the three were blown up on 14
  May is clearance with 3 (as Perušić in dev_posts2).
- The former Kakhovka reservoir's dried bed "near Prymorske" is where the 11 items lay:
  the reservoir and Prymorske both take the find (minefield, 16 June, 11); the
  reservoir is long, so its entry has the river tolerance.
- Animals killed by mines are incidents without counts: the cow near Ou Smach (Wed 5
  Nov; Oddar Meanchey, in the same sentence, shares it), the 2 cows near Ditsi (April,
  "last month"), the camel near El Dabaa (2022, outranking "the clearance teams were
  working south of El Dabaa last month"), MANE's 6 goats (13 March).
- A deminer hurt while excavating is an incident (Morobo, 2016, injured 1). Past
  accidents in replies and comments keep their own date and counts (Zemo Nikozi 2009,
  injured 1; Geghamasar, May 2023, injured 1).
- Running totals give the place an incident with their counts: Surin province (since
  January, 4 injured), Zaporizhzhia region (since the beginning of 2025, 5 killed, 23
  injured; "in the oblast" is the same sentence), North Kivu (since 1 January, 9
  killed, 32 injured) and Ituri (2 killed, 4 injured), Centre-Nord (since 1 Jan, 14
  dead, 9 injured). Combined figures give no counts: Chernihiv obl. ("killed or
  injured 31 farmers" since 2022), Quang Binh, Western Sahara. "Burkina Faso recorded
  more than 200 incidents with explosive devices in 2023" states blasts in the country:
  incident, 2023, no counts.
- The blast on the Sotk mine road: the thread's title "car blast Gegharkunik 18/07"
  and the video caption "Gegharkunik, today, 3 mine workers" name the province for the
  same blast, so Gegharkunik takes the incident with the statement's counts (1 killed,
  2 injured), as an event told over several messages. A location the volunteers
  proposed and rejected ("near Kut, by Vardenis"; "Doesn't look like Kut") is a
  mention; so are the places ruled out (the Lake Sevan shore roads, Jermuk), the
  hospital towns (Vardenis, Yerevan) and the border (Azerbaijan). "The Kalbajar side of
  that ridge has been mined since the 90s" is the Azerbaijani district: minefield,
  undated (admin2 with the town's id).
- Hospital towns are mentions: Prasat, Surin, Rabouni, Tindouf, Zaporizhzhia (which
  takes the meeting held "Today", 18 June: conference), Goma (outranked by its
  clearance), Dong Hoi (outranked by the course that finished that day: conference, 9
  April), Marsa Matruh, Ouagadougou, Chernihiv, Vardenis, Yerevan.
- Meetings and courses held that day are dated conferences (Zaporizhzhia 18 June, Dong
  Hoi 9 April, Bujanovac's ceremony 8 June); meetings still to come are conferences
  without a date (Bunia on 13 March, Ergneti's IPRM meeting "on Thursday", Kozelets on
  25.03); Goma's training of 11-13 March is outranked. "Today he trains new deminers in
  Juba" is a training held there: conference, undated. The district chief's meeting "at
  the district office" names no place. Kap Choeng district, named for risk education
  at its schools, takes the HMAU's clearance since 1 October.
- Risk education, volunteers' origins, donors and trips are mentions: Kap Choeng's
  schools are outranked; Sangkha, Kien Giang, Le Thuy district, Bo Trach and Minh Hoa
  (volunteers' districts, one entry each though one generic word follows both), Ba
  Don, Ha Tinh, Rutshuru, KONGOUSSI, YALGO, Petro-Mykhailivka; Japan, South Korea, Germany,
  Norway (donors); Belgrade (the mine action centre's seat), Preševo and Bujanovac's
  hired deminers; Alexandria, Cairo ("watching from Cairo"), Siwa (tomorrow's stop),
  the Qattara Depression (the front's southern end), the North Coast (the trip); a
  commenter's home (Kyinka); a planned survey of the Desna floodplain near Sedniv, and
  Gori municipality, which is asked for it; Gori (the police called), Ergneti's road.
  Quang Tri "to the south ... one of the most heavily bombed places" tells no mine
  event: mention. Uganda (a refugee's country, then "near the Uganda border") and Kosovo
  ("close to the administrative line with Kosovo") are borders: mentions.
- Juba time ("from 6 pm Juba time") is a time zone's city, a mention (as Damascus in
  dev_posts3). A job headline's "Programme Manager, Western Balkans" names the region
  she covers: a mention (the supplement's Balkans row). Hashtags of a bare name that
  are the only naming are mentions (#Serbia, #Vietnam); run-together tags
  (#WesternSahara) and the pages' and groups' names ("Kap Choeng District Office", "SES
  of Ukraine in Zaporizhzhia Oblast", "Nikozi council", "Agrocooperative Siverskyi
  Lan") are not namings by themselves; the e-mail's sign-off "Deputy HC office (east)
  - Goma" names Goma (the office's seat) and joins its entry. Usernames and handles
  (Mona_Matrouh, Rania_from_Cairo, u/kiwi_in_kampala, @ydakhla_watch) are not namings.
- Separate entries: "Kap Choeng district" (no bare town named), "Surin province" and
  Surin (hospital town), "Zaporizhzhia region" and Zaporizhzhia, "Zaporizhzhia r-n",
  "Chernihiv obl." and Chernihiv, "Djugu territory" (admin2 with its seat's id; the
  town is not named), "Gori municipality" and Gori, "Preševo Valley" and Preševo,
  Nikozi and Zemo Nikozi, Staryi Bilous and Novyi Bilous. "DRC" (in "eastern DRC") is
  the country. Namesakes: Kien Giang is the Le Thuy town, not the Mekong province;
  Quang Ninh district is in Quang Binh; Vardenis is Gegharkunik's town; Ivanivka and
  Kyselivka are the Chernihiv villages; Zaporizhzhia is the city (687700), not the
  village of the same spelling.
"""

# ruff: noqa: E501  (article file names and quoted lines are kept whole)

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "800_facebook_district_chief_kap_choeng_surin_chong_chom_ta_muen_thom.txt": [
        # Risk education at schools; "since 1 October ... destroyed 17 mines and 4 UXO".
        A2("Kap Choeng district", "clearance", 1618616, "TH", date="2025-10-01", prec=D, mines=21),
        # "old mines from the 1980s are still found every year": undated.
        F("Dangrek", "minefield", (14.40, 103.60), "TH", tolerance_km=LINEAR),
        # Sun 2 Nov: 2 AP mines found about 3 km north of the checkpoint.
        S("Chong Chom", "minefield", (14.44, 103.70), country_code="TH", date="2025-11-02", prec=D, mines=2),
        # Comment: "we also still find old shells in the rice fields".
        S("Lamduan", "minefield", 1609223),
        # Tue 4 Nov night: ranger lost a foot.
        F("Ta Muen Thom", "incident", (14.35, 103.27), "TH", date="2025-11-04", prec=D, injured=1),
        A2("Phanom Dong Rak district", "incident", 1954056, "TH", date="2025-11-04", prec=D, injured=1),
        S("Prasat", "mention", 1607244),
        S("Surin", "mention", 1606030),
        # Wed 5 Nov: cow killed.
        S("Ou Smach", "incident", 11591267, date="2025-11-05", prec=D),
        A1("Oddar Meanchey", "incident", (14.15, 103.55), "KH", date="2025-11-05", prec=D),
        S("Sangkha", "mention", 1606543),
        # Since January, 4 injured.
        A1("Surin province", "incident", (14.85, 103.70), "TH", date="2025-01-01", prec=M, injured=4),
    ],
    "801_x_thread_journalist_funeral_tifariti_bir_lehlou_mijek_berm.txt": [
        # Funeral today; 11 items destroyed around Tifariti last month (wins).
        S("Tifariti", "clearance", 2461667, date="2024-01-01", prec=M, mines=11),
        # Opening label; 2,500 killed or injured since 1975 (combined).
        C("Western Sahara", "incident", "EH", date="1975-01-01", prec=Y),
        # Sun 18 Feb: 2 killed, 1 injured, 30 km north-west of it.
        S("Bir Lehlou", "incident", 13526712, variants=["Bir Lahlou"], date="2024-02-18", prec=D, killed=2, injured=1),
        S("Rabouni", "mention", (27.48, -8.08), country_code="DZ"),
        S("Tindouf", "mention", 2476301),
        C("Algeria", "mention", "DZ"),
        S("Mijek", "incident", 8300874, date="2024-01-27", prec=D, killed=1),
        R("The berm", "minefield", (25.00, -11.50), "EH", tolerance_km=1000),
        C("Morocco", "mention", "MA"),
        # Quoted reply: truck hit a mine outside Smara in 2023.
        S("Smara", "incident", 2461874, date="2023-01-01", prec=Y),
    ],
    "802_telegram_dsns_zaporizhzhia_balabyne_kushuhum_prymorske_bilenke_orikhiv.txt": [
        # Since the beginning of 2025: 5 killed, 23 injured.
        A1("Zaporizhzhia region", "incident", (47.50, 35.50), "UA", date="2025-01-01", prec=M, killed=5, injured=23),
        # Shelled, hospital town; meeting held today (18.06).
        S("Zaporizhzhia", "conference", 687700, date="2025-06-18", prec=D),
        # 15 June: 67 objects removed in three communities.
        S("Balabyne", "clearance", 712934, date="2025-06-15", prec=D, mines=67),
        S("Kushuhum", "clearance", 703555, date="2025-06-15", prec=D, mines=67),
        S("Komyshuvakha", "clearance", 706941, date="2025-06-15", prec=D, mines=67),
        S("Bilenke", "minefield", 712642, date="2025-06-16", prec=D, mines=1),
        F("Kakhovka reservoir", "minefield", (47.55, 35.10), "UA", tolerance_km=LINEAR, date="2025-06-16", prec=D, mines=11),
        S("Prymorske", "minefield", 696278, date="2025-06-16", prec=D, mines=11),
        # 16 June night: tractor driver injured.
        A2("Zaporizhzhia r-n", "incident", (47.80, 35.35), "UA", date="2025-06-16", prec=D, injured=1),
        S("Mykhailo-Lukasheve", "incident", 701246, date="2025-06-16", prec=D, injured=1),
        S("Petro-Mykhailivka", "mention", 697441),
        # 17 June: PFM-1 injured a man.
        A2("Polohy r-n", "incident", (47.45, 36.10), "UA", date="2025-06-17", prec=D, injured=1),
        S("Orikhiv", "incident", 698428, date="2025-06-17", prec=D, injured=1),
    ],
    "803_email_digest_north_kivu_ituri_sake_goma_kibumba_mongbwalu_bunia.txt": [
        A1("North Kivu", "incident", (-0.80, 29.00), "CD", tolerance_km=LARGE, date="2025-01-01", prec=D, killed=9, injured=32),
        A1("Ituri", "incident", (1.70, 29.90), "CD", tolerance_km=LARGE, date="2025-01-01", prec=D, killed=2, injured=4),
        # Road; 214 items removed between 24 Feb and 5 March; training still to come.
        S("Goma", "clearance", 216281, date="2025-02-24", prec=D, mines=214),
        # Mon 3 March: two children injured.
        S("Sake", "incident", 205970, date="2025-03-03", prec=D, injured=2),
        S("Beni", "mention", 219057),
        S("Kasindi", "mention", (0.04, 29.71), country_code="CD"),
        # Wed 5 March: 3 mortar bombs marked.
        S("Kibumba", "minefield", (-1.50, 29.34), country_code="CD", date="2025-03-05", prec=D, mines=3),
        A2("Nyiragongo territory", "minefield", (-1.50, 29.25), "CD", date="2025-03-05", prec=D, mines=3),
        # Sun 2 March: 1 killed, 1 injured.
        A2("Djugu territory", "incident", 217100, "CD", date="2025-03-02", prec=D, killed=1, injured=1),
        S("Mongbwalu", "incident", (1.95, 30.03), country_code="CD", date="2025-03-02", prec=D, killed=1, injured=1),
        S("Rutshuru", "mention", 206047),
        # Meeting still to come.
        S("Bunia", "conference", 217695),
        C("DRC", "mention", "CD"),
    ],
    "804_whatsapp_village_council_nikozi_zemo_nikozi_ditsi_ergneti_karaleti_gori.txt": [
        # Bomblet found 13 May, 2 more on 14 May: 3.
        S("Nikozi", "minefield", (42.195, 43.95), country_code="GE", date="2024-05-13", prec=D, mines=3),
        S("Gori", "mention", 614455),
        S("Zemo Nikozi", "incident", (42.21, 43.93), country_code="GE", date="2009-01-01", prec=Y, injured=1),
        # Road; IPRM meeting on Thursday (still to come).
        S("Ergneti", "conference", (42.205, 43.99), country_code="GE"),
        S("Kaspi", "clearance", 614104, date="2024-05-14", prec=D, mines=3),
        # 2 cows killed last month.
        S("Ditsi", "incident", (42.20, 44.03), country_code="GE", date="2024-04-01", prec=M),
        S("Karaleti", "minefield", (42.06, 44.08), country_code="GE"),
        S("Tskhinvali", "mention", 611403),
        A2("Gori municipality", "mention", (42.05, 44.05), "GE"),
        # Since January, 27 items removed.
        A1("Shida Kartli", "clearance", (42.10, 43.90), "GE", date="2024-01-01", prec=M, mines=27),
    ],
    "805_reddit_ama_deminer_south_sudan_yei_kajo_keji_morobo_lainya_torit.txt": [
        C("South Sudan", "minefield", "SS"),
        # "I started as a searcher in Yei in 2012".
        S("Yei", "clearance", 363619, date="2012-01-01", prec=Y),
        A1("Central Equatoria", "clearance", (4.40, 31.00), "SS", tolerance_km=LARGE),
        C("Uganda", "mention", "UG"),
        # Juba time; trains new deminers in Juba.
        S("Juba", "conference", 373303),
        S("Kajo-Keji", "minefield", (3.87, 31.66), country_code="SS", mines=1900),
        S("Morobo", "incident", (3.68, 30.78), country_code="SS", date="2016-01-01", prec=Y, injured=1),
        S("Lainya", "clearance", (4.33, 30.95), country_code="SS", date="2023-09-01", prec=M, mines=62),
        A1("Eastern Equatoria", "minefield", (4.60, 33.30), "SS", tolerance_km=LARGE),
        S("Kapoeta", "minefield", 372884),
        S("Torit", "incident", 365742, date="2023-05-01", prec=M, killed=1),
        S("Maridi", "clearance", 370457, date="2023-03-01", prec=M),
        C("Angola", "minefield", "AO"),
    ],
    "806_youtube_live_chat_north_coast_el_alamein_el_hammam_dabaa_negaila.txt": [
        C("Egypt", "minefield", "EG"),
        R("North Coast", "mention", (30.90, 28.80), "EG", tolerance_km=200),
        S("Alexandria", "mention", 361058),
        S("Marsa Matruh", "mention", 352733),
        S("El Alamein", "minefield", 361612, date="1942-01-01", prec=Y),
        S("El Hammam", "minefield", 361219),
        # Camel lost 2 years ago (wins over last month's clearance).
        S("El Dabaa", "incident", 361871, date="2022-01-01", prec=Y),
        S("Sidi Barrani", "minefield", 348548),
        S("Al Negaila", "incident", 12640361, date="2024-10-24", prec=D, injured=1),
        S("Cairo", "mention", 360630),
        S("Sidi Abdel Rahman", "minefield", (30.96, 28.74), country_code="EG"),
        F("Qattara Depression", "mention", (29.70, 27.50), "EG", tolerance_km=200),
        S("Siwa", "mention", 347863),
    ],
    "807_instagram_mre_ngo_quang_binh_le_thuy_quang_ninh_tuyen_hoa_dong_hoi.txt": [
        # "Why Quang Binh? Since 1975 more than 5,000 ... killed or injured".
        A1("Quang Binh", "incident", (17.50, 106.35), "VN", date="1975-01-01", prec=Y),
        S("Kien Giang", "mention", 1576073),
        A2("Le Thuy district", "mention", (17.15, 106.70), "VN"),
        # Mon 7 Apr: farmer injured.
        A2("Quang Ninh district", "incident", (17.30, 106.55), "VN", date="2025-04-07", prec=D, injured=1),
        # Hospital; course finished today (Wed 9 Apr).
        S("Dong Hoi", "conference", 1582886, date="2025-04-09", prec=D),
        A2("Bo Trach", "mention", (17.65, 106.35), "VN"),
        A2("Minh Hoa", "mention", (17.75, 105.95), "VN"),
        # Bomb found Sat 5 Apr.
        A2("Tuyen Hoa district", "minefield", (17.85, 106.05), "VN", date="2025-04-05", prec=D, mines=1),
        A1("Quang Tri", "mention", (16.75, 106.90), "VN"),
        S("Ba Don", "mention", 1568737),
        A1("Ha Tinh", "mention", (18.30, 105.80), "VN"),
        C("Japan", "mention", "JP"),
        C("South Korea", "mention", "KR"),
        C("Vietnam", "mention", "VN"),
    ],
    "808_radio_sms_bulletin_centre_nord_pissila_barsalogho_kaya_mane_kongoussi.txt": [
        # Tue 12/03: 2 dead, 1 injured; gendarmerie.
        S("Pissila", "incident", 2356467, date="2024-03-12", prec=D, killed=2, injured=1),
        # Mon 11/03: 2 devices on the road from Barsalogho to Kaya (also hospital).
        S("Barsalogho", "minefield", (13.42, -1.06), country_code="BF", date="2024-03-11", prec=D, mines=2),
        S("Kaya", "minefield", 2359608, date="2024-03-11", prec=D, mines=2),
        S("Ouagadougou", "mention", 2357048),
        S("MANE", "incident", 2358109, date="2024-03-13", prec=D),
        A1("Centre-Nord", "incident", (13.20, -1.10), "BF", date="2024-01-01", prec=D, killed=14, injured=9),
        S("KONGOUSSI", "mention", 2359142),
        S("BOURZANGA", "mention", 2361853),
        S("DJIBO", "mention", 2361177),
        S("YALGO", "mention", 2353670),
        C("Burkina Faso", "incident", "BF", date="2023-01-01", prec=Y),
        S("Korsimoro", "mention", 2359042),
    ],
    "809_linkedin_handover_ceremony_bujanovac_lucane_konculj_presevo_valley_pester.txt": [
        # Ceremony held Mon 8 June.
        S("Bujanovac", "conference", 792173, date="2026-06-08", prec=D),
        R("Western Balkans", "mention", (43.00, 20.50), None, tolerance_km=500),
        S("Lučane", "clearance", (42.45, 21.62), country_code="RS", date="2026-06-08", prec=D, mines=68),
        # Marked in 2009 (comment) outranks the handover.
        S("Končulj", "minefield", (42.49, 21.62), country_code="RS", date="2009-01-01", prec=Y),
        R("Preševo Valley", "minefield", (42.40, 21.70), "RS", date="2001-01-01", prec=Y),
        C("Kosovo", "mention", "XK"),
        S("Belgrade", "mention", 792680),
        C("Germany", "mention", "DE"),
        C("Norway", "mention", "NO"),
        S("Preševo", "mention", 786772),
        F("Pešter plateau", "minefield", (43.08, 20.08), "RS", tolerance_km=LINEAR),
        S("Sjenica", "mention", 3190776),
        C("Serbia", "mention", "RS"),
        S("Kraljevo", "minefield", 789107),
    ],
    "810_discord_osint_geolocation_sotk_kut_vardenis_gegharkunik_blast.txt": [
        # 18 July: 1 killed, 2 injured on the mine road 3.5 km ENE of the village.
        S("Sotk", "incident", 616041, date="2023-07-18", prec=D, killed=1, injured=2),
        S("Kut", "mention", (40.25, 45.79), country_code="AM"),
        A1("Gegharkunik", "incident", (40.15, 45.35), "AM", date="2023-07-18", prec=D, killed=1, injured=2),
        S("Vardenis", "mention", 616108),
        S("Yerevan", "mention", 616052),
        F("Lake Sevan", "mention", (40.35, 45.30), "AM"),
        C("Azerbaijan", "mention", "AZ"),
        A2("Kalbajar", "minefield", 586268, "AZ"),
        S("Geghamasar", "incident", 616646, date="2023-05-01", prec=M, injured=1),
        S("Jermuk", "mention", 174884),
    ],
    "811_viber_farmers_cooperative_chernihiv_kolychivka_yahidne_staryi_bilous_kyselivka.txt": [
        # Mon 17.03: 14 objects removed, land released.
        S("Kolychivka", "clearance", 705275, date="2025-03-17", prec=D, mines=14),
        S("Yahidne", "minefield", (51.37, 31.24), country_code="UA"),
        S("Ivanivka", "minefield", 707364),
        # Mine found last week along the road to it.
        S("Kyselivka", "minefield", 8196024, date="2025-03-01", prec=M, mines=1),
        F("Desna", "mention", (51.62, 31.55), "UA", tolerance_km=LINEAR),
        S("Sedniv", "mention", 694715),
        S("Kyinka", "mention", 705720),
        # Sat 15.03: seeder blast.
        S("Staryi Bilous", "incident", 692758, date="2025-03-15", prec=D, injured=1),
        S("Chernihiv", "mention", 710735),
        A1("Chernihiv obl.", "incident", (51.40, 32.20), "UA", tolerance_km=LARGE, date="2022-01-01", prec=Y),
        S("Kozelets", "conference", 704573),
        S("Nizhyn", "mention", 699942),
        # Comment: a mine found near the ponds last year.
        S("Novyi Bilous", "minefield", 698957, date="2024-01-01", prec=Y, mines=1),
    ],
}
