"""More development articles (eval/dev 710-721), annotated like those in dev.py.

News pages copied from a web browser: after the Title/Date/Source header the body is
what an analyst gets by selecting a whole news page and pasting it as text: the site's
name, menu words ("Home | Ukraine | World | Europe | Sport"), a breadcrumb, the
headline again, a byline and "Updated" stamp, "Share" links, photo captions with
credits, a pull quote, "Read more" / "Related" links to other stories, a tag list, a
"Most read" box, comment counts, a cookie notice and a footer. The story itself is
ordinary mine-action news with one to four events. Twelve countries: Ukraine (Izium,
Kharkiv region), Croatia (Saborsko, Plaški, Karlovac County), Azerbaijan (Talysh,
Sugovushan, Tartar), Iraq (Sinjar, Sinune, Nineveh), Lebanon (Yaroun, Aita al-Shaab,
Bint Jbeil), Cambodia (Thma Puok, Malai, Banteay Meanchey), Colombia (Samaniego,
Linares, Nariño), Zimbabwe (Mukumbura, Nyamapanda), Vietnam (Le Thuy, Bo Trach, Quang
Binh), Yemen (Hays, Al Khawkhah, Hodeidah), Afghanistan (Andar, Ghazni), Myanmar
(Kawkareik, Hlaingbwe, Kayin State).

Decisions where the rules are silent:
- Page furniture is text of the page: a place named in a menu, a breadcrumb, a weather
  widget, a byline or an "Updated ... (Aden)" / "(Kabul time)" stamp, a tag list, a
  caption, a related-story headline or a footer address is named in the article and
  counted once, like any other naming. Where that is its only naming it is a mention
  (Europe, Asia and Africa as menu sections are continents; Middle East, Caucasus,
  Horn of Africa, Karabakh, Kurdistan Region and South Lebanon are regions; Kyiv in a
  weather widget; Beirut and Bogotá in bylines; Ogulin as the editorial office in a
  footer). Otherwise it joins the entry the story gives it and changes nothing.
- Menu words that are not places (Home, World, Region, Regions, Provinces, National,
  "South" in a breadcrumb) are not counted. A place inside an event's name in a menu
  or tag ("Israel-Gaza war", "Vietnam War") is not counted, nor a place inside the
  site's name ("Kharkiv Daily Courier", "Karlovac Today", "The Phnom Penh Herald",
  "The Nineveh Observer", "Red Sea Monitor", "Hindu Kush Times") or inside a photo
  credit's organisation ("Police Administration of Karlovac County"). So Phnom Penh and
  Karlovac (the town) are not gold places; Red Sea is, through a related headline.
  Ethnic and demonym tags (Karen, Awá, Lebanese Army) are not counted.
- A bare name in a breadcrumb or tag joins the entry that the story uses for that name:
  the province or district when the story names only the province or district with its
  generic word (Nineveh, Hodeidah, Banteay Meanchey, Quang Binh, Bint Jbeil, Le Thuy,
  Andar, Ghazni in "Home > Afghanistan > Ghazni"), the town when the story names the
  town ("Tartar" in the tags joins the hospital town Tartar, not "Tartar district";
  "Izium" joins the town). Where the bare name is the first written form (a title or a
  breadcrumb before the body) it is the entry's name and the generic form a variant.
- A related-story or "Read more" headline is a sentence of the page. When it tells an
  event it gives that role and the counts it states, undated (no related link here
  carries a date): "Drone survey finds 40 mines in fields of Chernihiv region"
  (minefield, 40), "Bosnia: three deminers injured near Bihać" (incident, 3 injured,
  the label taking the headline's role as in dev_roundups), "Two ANAMA deminers
  injured in Khojavend district", "Syria: landmine kills three shepherds near Daraa",
  "Laos: cluster bomb kills boy in Xieng Khouang", "Pakistan: two killed by landmine
  in Kurram", "Sagaing Region: landmine kills two farmers", "Quang Tri: deminers
  destroy 1,200 items in Gio Linh" (clearance), "Mine clearance resumes on Velebit
  trails" (clearance), "Anbar: farmers find rockets buried in orchards near
  Fallujah" (minefield), "Ricaurte: Awá indigenous guard reports mines near a school"
  (minefield), "Battambang hosts regional mine action workshop" and "Border
  commissions of Armenia and Azerbaijan meet in Almaty" (conference; Armenia, as an
  attendee, a mention). A headline that tells no mine event (grain terminal,
  roundabout, pomegranates, prices, a "mine survivor's family gets a new house", a
  demining contract "under review", a risk-education session in Poipet) leaves its
  places as mentions.
- A photo caption is a sentence too: "deminers check a field outside Studenok, 14
  April", "Deminers at work in Sugovushan, 12 June", "A deminer marks a cleared lane
  near Nyamapanda" tell demining work (clearance), which the story's more specific
  role (a find) may outrank; a caption showing a place only (a hospital, a camp near
  Duhok, the house where the blast was) adds no role. When a caption dates an older
  picture of the same work ("A deminer ... at work in Linares, 2022"), the facts stay
  those of the story's event (Linares declared free on 18 August 2023, 17 devices).
  A pull quote repeats the story and changes nothing ("a farmer in Malai district").
- A land handover whose next sentence tells what deminers removed from that land
  (Plaški: 11 mines and 3 shells; Malai: 38 + 61; Mudzi/Nyamapanda: 412 "since
  March"; Linares: 17 over two years) is one clearance event dated the handover or
  declaration day, with the removal figures summed as its count.
- A vehicle striking a mine without casualties ("Two other farm vehicles have struck
  mines in the Izium district earlier this month") is an incident with no count, month
  precision. "Since the end of the 2020 war, mines have killed or injured more than
  380 people in Azerbaijan" and the Yemen and Lebanon totals are incidents without
  counts (combined figures), dated by their "since" (2020 and 2018 year; 27 November
  2024 day). "Myanmar recorded more landmine casualties than any other country in
  2023" is an incident, 2023; "Colombia has the second-highest number of registered
  mine victims in the world after Afghanistan" makes both incidents, undated.
- A country's contamination statement ("Croatia still has about 70 square kilometres
  of suspected hazardous area", "18 per cent of Vietnam's land is still contaminated")
  is a minefield, undated; a clearance pledge (Cambodia 2025, Zimbabwe 2025) is a
  mention. A border named only as a border (Mozambique, Thailand in "Thailand border")
  is a mention; Plitvice Lakes National Park and Sinjar Mountain as distance
  references are mentions.
- Mines planted "along the Asian Highway between Myawaddy and Kawkareik ... since
  fighting for the road resumed last year": the road's stretch is a feature and a
  minefield like its end town Myawaddy (Kawkareik holds the incident), dated 2024
  (year). A volunteer group marking paths where villagers suspect mines (Hlaingbwe
  township) is a minefield, undated.
- "During the first week of December" is month precision; a training course "which
  ran from 30 June to 4 July" takes its first day; "Officials from Baghdad ... at a
  meeting in Mosul" makes Baghdad (the attendees' origin) a mention.
- A find that a bomb team then removed (Sen Thuy's 340-kg bomb
  found on Monday by a farmer, removed on Wednesday) is a minefield dated the find,
  mines=1, for the commune, its district and province.
- Kandahar in a business headline ("Kandahar pomegranate exports") is the province
  that grows them: an admin1 mention with a point near its capital.
"""

# ruff: noqa: E501  (article file names and quoted lines are kept whole)

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "710_webpaste_izium_studenok_kharkiv_region_tractor_mine.txt": [
        # Menu, breadcrumb and tags only.
        C("Ukraine", "mention", "UA"),
        K("Europe", "mention", "EU"),
        # Weather widget.
        S("Kyiv", "mention", 703448),
        # Weather widget, byline, hospital town.
        S("Kharkiv", "mention", 706483),
        # Monday 14 April: tractor on an anti-tank mine near Izium, driver injured.
        A1(
            "Kharkiv region",
            "incident",
            (49.50, 36.80),
            "UA",
            date="2025-04-14",
            prec=D,
            injured=1,
        ),
        S("Izium", "incident", 707292, date="2025-04-14", prec=D, injured=1),
        # Two other vehicles "earlier this month", no casualties.
        A2(
            "Izium district",
            "incident",
            (49.20, 37.30),
            "UA",
            date="2025-04-01",
            prec=M,
        ),
        # Caption: deminers check a field (clearance); Monday: 14 AT mines + 9 shells found.
        S("Studenok", "minefield", 692352, date="2025-04-14", prec=D, mines=23),
        # Related headlines.
        A1("Chernihiv region", "minefield", (51.30, 32.00), "UA", mines=40),
        S("Odesa", "mention", 698740),
    ],
    "711_webpaste_saborsko_plaski_karlovac_county_hunting_dog.txt": [
        # Sunday 13 October: hunting dog killed by an AP mine (animal: no count).
        A1(
            "Karlovac County",
            "incident",
            (45.30, 15.50),
            "HR",
            date="2024-10-13",
            prec=D,
        ),
        S("Saborsko", "incident", 3191369, date="2024-10-13", prec=D),
        # Menu; "Croatia still has about 70 square kilometres of suspected hazardous area".
        C("Croatia", "minefield", "HR"),
        # Distance reference.
        F("Plitvice Lakes National Park", "mention", (44.88, 15.62), "HR"),
        # Wednesday 16 October: 42 ha handed back; 11 AP mines + 3 mortar shells removed.
        S("Plaški", "clearance", 3193237, date="2024-10-16", prec=D, mines=14),
        # Related headlines.
        F("Velebit", "clearance", (44.55, 15.20), "HR", tolerance_km=LINEAR),
        C("Bosnia", "incident", "BA", injured=3),
        S("Bihać", "incident", 3204222, injured=3),
        S("Slunj", "mention", 3190523),
        # Footer: editorial office.
        S("Ogulin", "mention", 3194183),
    ],
    "712_webpaste_talysh_sugovushan_tartar_goygol_khojavend.txt": [
        # Menu, breadcrumb, tags.
        R("Karabakh", "mention", (39.85, 46.75), "AZ"),
        R("Caucasus", "mention", (42.00, 44.50), None, tolerance_km=500),
        # Thursday 20 June: a villager lost his foot on an AP mine.
        S(
            "Talysh",
            "incident",
            (40.17, 46.66),
            country_code="AZ",
            date="2024-06-20",
            prec=D,
            injured=1,
        ),
        A2(
            "Tartar district",
            "incident",
            (40.25, 46.75),
            "AZ",
            date="2024-06-20",
            prec=D,
            injured=1,
        ),
        # District hospital; tag.
        S("Tartar", "mention", 584871),
        # 73 AP + 12 AT mines found between 10 and 15 June; caption: deminers at work.
        S(
            "Sugovushan",
            "minefield",
            (40.14, 46.62),
            country_code="AZ",
            variants=["Madagiz"],
            date="2024-06-10",
            prec=D,
            mines=85,
        ),
        # A course for 40 new deminers began on Monday 17 June.
        S("Goygol", "conference", 584716, date="2024-06-17", prec=D),
        # "Since the end of the 2020 war, mines have killed or injured more than 380 people".
        C("Azerbaijan", "incident", "AZ", date="2020-01-01", prec=Y),
        # Related headlines.
        S("Aghdam", "mention", 148619),
        A2("Khojavend district", "incident", 146969, "AZ", injured=2),
        C("Armenia", "mention", "AM"),
        S("Almaty", "conference", 1526384),
    ],
    "713_webpaste_sinjar_sinune_nineveh_mosul_ied_house.txt": [
        # Menu and breadcrumb only.
        C("Iraq", "mention", "IQ"),
        R("Kurdistan Region", "mention", (36.20, 44.50), "IQ", tolerance_km=LARGE),
        R("Middle East", "mention", (29.00, 42.00), None, tolerance_km=1500),
        # Tuesday 4 November: IED in an abandoned house, 2 children killed, 1 injured.
        A1(
            "Nineveh",
            "incident",
            (36.00, 42.80),
            "IQ",
            variants=["Nineveh province"],
            date="2025-11-04",
            prec=D,
            killed=2,
            injured=1,
        ),
        S("Sinjar", "incident", 448149, date="2025-11-04", prec=D, killed=2, injured=1),
        # 312 improvised devices removed since August.
        S(
            "Sinune",
            "clearance",
            (36.47, 41.79),
            country_code="IQ",
            date="2025-08-01",
            prec=M,
            mines=312,
        ),
        # "north of Sinjar Mountain": distance reference.
        F("Sinjar Mountain", "mention", (36.37, 41.85), "IQ", tolerance_km=LINEAR),
        # Attendees' origin; the meeting was in Mosul on 2 November.
        S("Baghdad", "mention", 98182),
        S("Mosul", "conference", 99072, date="2025-11-02", prec=D),
        # Caption: camp near Duhok.
        S("Duhok", "mention", 96994),
        # Related headlines.
        A1("Anbar", "minefield", (33.40, 42.50), "IQ", tolerance_km=LARGE),
        S("Fallujah", "minefield", 99454),
        S("Basra", "mention", 99532),
    ],
    "714_webpaste_yaroun_aita_al_shaab_ramyeh_bint_jbeil_cluster.txt": [
        # Menu only ("Israel-Gaza war" is an event's name).
        R("Middle East", "mention", (29.00, 42.00), None, tolerance_km=1500),
        # Byline and time stamp.
        S("Beirut", "mention", 276781),
        # Tuesday 18 February: two children injured by a cluster bomblet.
        S(
            "Yaroun",
            "incident",
            (33.08, 35.42),
            country_code="LB",
            date="2025-02-18",
            prec=D,
            injured=2,
        ),
        A2(
            "Bint Jbeil district",
            "incident",
            (33.15, 35.40),
            "LB",
            variants=["Bint Jbeil"],
            date="2025-02-18",
            prec=D,
            injured=2,
        ),
        # Hospital town.
        S("Tyre", "mention", 267008),
        # 30 items destroyed since the start of the month; caption: engineers clear rubble.
        S(
            "Aita al-Shaab",
            "clearance",
            (33.10, 35.33),
            country_code="LB",
            date="2025-02-01",
            prec=M,
            mines=30,
        ),
        # Monday 17 February: a row of 12 AP mines found.
        S(
            "Ramyeh",
            "minefield",
            (33.09, 35.31),
            country_code="LB",
            date="2025-02-17",
            prec=D,
            mines=12,
        ),
        # "More than 60 people killed or injured ... in Lebanon since the ceasefire of 27 November".
        C("Lebanon", "incident", "LB", date="2024-11-27", prec=D),
        # Related headlines.
        C("Syria", "incident", "SY", killed=3),
        S("Daraa", "incident", 170905, killed=3),
        S("Marjayoun", "mention", 271226),
        S("Naqoura", "mention", 278832),
        # Tag only.
        A1("South Lebanon", "mention", (33.25, 35.35), "LB"),
    ],
    "715_webpaste_thma_puok_malai_ou_chrov_banteay_meanchey.txt": [
        K("Asia", "mention", "AS"),
        # Tuesday 5 March: hand tractor on an AT mine, 2 killed, 1 injured.
        A1(
            "Banteay Meanchey",
            "incident",
            (13.75, 102.90),
            "KH",
            variants=["Banteay Meanchey province"],
            date="2024-03-05",
            prec=D,
            killed=2,
            injured=1,
        ),
        A2(
            "Thma Puok",
            "incident",
            1823887,
            "KH",
            variants=["Thma Puok district"],
            date="2024-03-05",
            prec=D,
            killed=2,
            injured=1,
        ),
        # Hospital town.
        S("Sisophon", "mention", 1822207),
        # Wednesday 6 March: 112 ha handed over; 38 AP mines + 61 ERW removed.
        A2(
            "Malai",
            "clearance",
            (13.47, 102.62),
            "KH",
            variants=["Malai district"],
            date="2024-03-06",
            prec=D,
            mines=99,
        ),
        # Survey "last month" confirmed 26 ha of mined land.
        A2("Ou Chrov district", "minefield", 11338555, "KH", date="2024-02-01", prec=M),
        # Pledge; tag.
        C("Cambodia", "mention", "KH"),
        # Related headlines.
        S("Battambang", "conference", 1831797),
        S("Poipet", "mention", 1830194),
        C("Laos", "incident", "LA", killed=1),
        A1("Xieng Khouang", "incident", (19.50, 103.30), "LA", killed=1),
    ],
    "716_webpaste_samaniego_linares_barbacoas_ricaurte_narino.txt": [
        # Byline.
        S("Bogotá", "mention", 3688689),
        # Tuesday 22 August: soldier lost a leg in rural Samaniego.
        A1(
            "Nariño",
            "incident",
            (1.50, -77.80),
            "CO",
            date="2023-08-22",
            prec=D,
            injured=1,
        ),
        S("Samaniego", "incident", 3670293, date="2023-08-22", prec=D, injured=1),
        S("Pasto", "mention", 3672778),
        # Friday 18 August: declared free; 17 devices destroyed over two years.
        S("Linares", "clearance", 3676540, date="2023-08-18", prec=D, mines=17),
        # New mines planted "this month".
        S("Barbacoas", "minefield", 3689228, date="2023-08-01", prec=M),
        # "second-highest number of registered mine victims in the world after Afghanistan".
        C("Colombia", "incident", "CO"),
        C("Afghanistan", "incident", "AF"),
        # Related headlines (Ricaurte, Nariño, not its Cundinamarca namesake).
        S("Ricaurte", "minefield", 3670816),
        S("Tumaco", "mention", 3666640),
    ],
    "717_webpaste_mukumbura_mount_darwin_nyamapanda_mudzi_cattle.txt": [
        # Menu; pledge.
        C("Zimbabwe", "mention", "ZW"),
        K("Africa", "mention", "AF"),
        # Byline.
        S("Bindura", "mention", 895061),
        # Saturday 7 September: three cattle killed (animals: no count).
        S(
            "Mukumbura",
            "incident",
            (-16.20, 31.70),
            country_code="ZW",
            date="2024-09-07",
            prec=D,
        ),
        A2(
            "Mount Darwin district", "incident", 885800, "ZW", date="2024-09-07", prec=D
        ),
        A1(
            "Mashonaland Central",
            "incident",
            (-16.80, 31.40),
            "ZW",
            date="2024-09-07",
            prec=D,
        ),
        # Border only.
        C("Mozambique", "mention", "MZ"),
        # Tuesday 10 September: 38 ha handed back; 412 AP mines destroyed since March.
        A1(
            "Mashonaland East",
            "clearance",
            (-17.60, 32.00),
            "ZW",
            date="2024-09-10",
            prec=D,
            mines=412,
        ),
        S(
            "Nyamapanda",
            "clearance",
            (-16.96, 32.86),
            country_code="ZW",
            date="2024-09-10",
            prec=D,
            mines=412,
        ),
        A2(
            "Mudzi district",
            "clearance",
            (-17.00, 32.60),
            "ZW",
            date="2024-09-10",
            prec=D,
            mines=412,
        ),
        # Annual partners' meeting next month.
        S("Harare", "conference", 890299),
        # Related headlines.
        S("Masvingo", "mention", 886763),
        S("Chiredzi", "mention", 893485),
    ],
    "718_webpaste_sen_thuy_le_thuy_bo_trach_dong_hoi_quang_binh.txt": [
        K("Asia", "mention", "AS"),
        # Monday 20 May: a farmer struck a 340-kg bomb (removed Wednesday).
        A1(
            "Quang Binh",
            "minefield",
            (17.50, 106.40),
            "VN",
            variants=["Quang Binh province"],
            date="2024-05-20",
            prec=D,
            mines=1,
        ),
        A2(
            "Le Thuy",
            "minefield",
            (17.15, 106.70),
            "VN",
            variants=["Le Thuy district"],
            date="2024-05-20",
            prec=D,
            mines=1,
        ),
        S(
            "Sen Thuy",
            "minefield",
            (17.12, 106.90),
            country_code="VN",
            date="2024-05-20",
            prec=D,
            mines=1,
        ),
        # "Earlier this month": a boy injured by a cluster bomblet.
        A2(
            "Bo Trach",
            "incident",
            (17.60, 106.35),
            "VN",
            variants=["Bo Trach district"],
            date="2024-05-01",
            prec=M,
            injured=1,
        ),
        # Training course from Tuesday 21 May; byline-free.
        S("Dong Hoi", "conference", 1582886, date="2024-05-21", prec=D),
        S("Hanoi", "mention", 1581130),
        # "about 18 per cent of Vietnam's land is still contaminated" ("Vietnam War" tag not counted).
        C("Vietnam", "minefield", "VN"),
        # Related headlines.
        A1("Quang Tri", "clearance", (16.75, 107.00), "VN", mines=1200),
        S("Gio Linh", "clearance", 1581673, mines=1200),
        F("Phong Nha-Ke Bang", "mention", (17.55, 106.25), "VN"),
    ],
    "719_webpaste_hays_al_khawkhah_durayhimi_hodeidah_aden.txt": [
        R("Middle East", "mention", (29.00, 42.00), None, tolerance_km=1500),
        R("Horn of Africa", "mention", (8.00, 45.00), None, tolerance_km=800),
        # Sunday 10 December: boy killed, brother injured.
        A1(
            "Hodeidah",
            "incident",
            (14.80, 43.10),
            "YE",
            variants=["Hodeidah governorate"],
            date="2023-12-10",
            prec=D,
            killed=1,
            injured=1,
        ),
        S("Hays", "incident", 74906, date="2023-12-10", prec=D, killed=1, injured=1),
        # Field hospital.
        S("Mocha", "mention", 78751),
        # 1,146 items cleared during the first week of December.
        A2(
            "Al Khawkhah district",
            "clearance",
            79131,
            "YE",
            date="2023-12-01",
            prec=M,
            mines=1146,
        ),
        # New mines planted last week.
        S("Al Durayhimi", "minefield", 80309, date="2023-12-01", prec=M),
        # Workshop on Monday 11 December; time stamp.
        S("Aden", "conference", 415189, date="2023-12-11", prec=D),
        # Killed or injured since 2018 (combined).
        C("Yemen", "incident", "YE", date="2018-01-01", prec=Y),
        # Related headlines.
        F("Red Sea", "mention", (15.00, 41.50), None, tolerance_km=1000),
        S("Sanaa", "mention", 71137),
        S("Marib", "mention", 72968),
    ],
    "720_webpaste_andar_ghazni_qarabagh_muqur_kabul_children.txt": [
        # Tuesday 17 March: mortar shell, 3 children killed, 2 injured.
        A1(
            "Ghazni",
            "incident",
            (33.30, 68.20),
            "AF",
            variants=["Ghazni province"],
            date="2026-03-17",
            prec=D,
            killed=3,
            injured=2,
        ),
        A2(
            "Andar district",
            "incident",
            (33.38, 68.60),
            "AF",
            variants=["Andar"],
            date="2026-03-17",
            prec=D,
            killed=3,
            injured=2,
        ),
        C(
            "Afghanistan",
            "incident",
            "AF",
            date="2026-03-17",
            prec=D,
            killed=3,
            injured=2,
        ),
        # Hospital town; caption.
        S("Ghazni city", "mention", 1141269),
        # Last month: firing range cleared, 640 items destroyed.
        A2(
            "Qarabagh district",
            "clearance",
            1129680,
            "AF",
            date="2026-02-01",
            prec=M,
            mines=640,
        ),
        # Sunday 15 March: rockets reported in a riverbed.
        A2("Muqur district", "minefield", 1132807, "AF", date="2026-03-15", prec=D),
        # Meeting on Monday 16 March; time stamp.
        S("Kabul", "conference", 1138958, date="2026-03-16", prec=D),
        # Related headlines.
        C("Pakistan", "incident", "PK", killed=2),
        A2("Kurram", "incident", (33.75, 70.15), "PK", killed=2),
        A1("Kandahar", "mention", (31.50, 65.60), "AF"),
    ],
    "721_webpaste_kawkareik_hlaingbwe_hpa_an_myawaddy_kayin.txt": [
        # Menu; tag "Thailand border".
        C("Thailand", "mention", "TH"),
        K("Asia", "mention", "AS"),
        # Saturday 5 July: three villagers wounded.
        A1(
            "Kayin State",
            "incident",
            (17.00, 97.80),
            "MM",
            tolerance_km=LARGE,
            date="2025-07-05",
            prec=D,
            injured=3,
        ),
        S("Kawkareik", "incident", 1319898, date="2025-07-05", prec=D, injured=3),
        # Hospital across the border.
        S("Mae Sot", "mention", 1152188),
        # Mines planted along the highway since fighting resumed last year.
        F(
            "Asian Highway",
            "minefield",
            (16.62, 98.37),
            "MM",
            tolerance_km=LINEAR,
            date="2024-01-01",
            prec=Y,
        ),
        S("Myawaddy", "minefield", 1308052, date="2024-01-01", prec=Y),
        # Volunteers marked 40 paths where villagers suspect mines.
        A2(
            "Hlaingbwe township",
            "minefield",
            (17.13, 97.83),
            "MM",
            variants=["Hlaingbwe"],
        ),
        # Training course from 30 June to 4 July.
        S("Hpa-an", "conference", 1302849, date="2025-06-30", prec=D),
        # "more landmine casualties than any other country in 2023".
        C("Myanmar", "incident", "MM", date="2023-01-01", prec=Y),
        # Related headlines.
        A1(
            "Sagaing Region",
            "incident",
            (23.20, 95.30),
            "MM",
            tolerance_km=LARGE,
            killed=2,
        ),
        S("Yangon", "mention", 1298824),
        F("Moei river", "mention", (16.70, 98.50), None, tolerance_km=LINEAR),
    ],
}
