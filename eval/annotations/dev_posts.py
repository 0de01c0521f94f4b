"""More development articles (eval/dev 635-646), annotated like those in dev.py.

Social-media and messaging posts, one kind each (the file keeps its Title/Date/Source
header; the body is the post or posts): a Ukrainian regional military administration's
Telegram channel with time-stamped posts of one day (Chernihiv obl.); a demining NGO's
Facebook post with emoji and hashtags (Xieng Khouang, Laos); a journalist's numbered
thread "1/7".."7/7" (Idlib and Hama, Syria); a police department's community notice
(Meta, Colombia); a WhatsApp-forwarded community alert (Taiz and Hodeidah, Yemen); an
army press service's daily post with a list of districts and villages (Azerbaijan); a
ministry's Instagram caption with a location pin (Basra, Iraq); a community radio's SMS
bulletin in short numbered lines (Eastern Equatoria, South Sudan); a demining NGO's
LinkedIn post on a milestone (Mannar, Sri Lanka); a UN flash update (Baghlan floods,
Afghanistan); a municipal notice closing a road and a sports field (Olovo, Bosnia and
Herzegovina); a volunteer group's appeal after a mine accident (Tavush, Armenia).
Abbreviations as such posts use them ("obl.", "r-n", "vil.", "approx.", "yest.",
"hosp", "rd"), times, relative dates ("this morning", "yesterday", "on Tue", "last
week", "last spring").

Decisions where the rules are silent:
- Hashtags. A hashtag that is a place's own name on its own (#Laos, #Iraq, #Armenia,
  #Basra, #Meta, #Tavush, #Phonsavan) names that place: when it is the only naming
  (Laos, Iraq, Armenia) the place is a mention, like a heading; otherwise it joins the
  entry the body already has. A bare-name hashtag joins the entry the body uses for
  that name (#Basra joins "Basra governorate", #Tavush joins "Tavush province", not the
  village of Tavush; #Meta joins the department). A place run into a campaign or
  slogan tag (#ColombiaSinMinas, #SriLanka in CamelCase with other words, #MineFreeX)
  is not counted, like a name inside an organisation's name; so Colombia is not a gold
  place in 638 (it appears only in the police's name and a campaign tag).
- The publisher or channel owner's name ("Chernihiv Regional Military Administration",
  "Nimule Community Radio", "Berd Helping Hands", "Azerbaijan Army", "MUNICIPALITY OF
  OLOVO") is an organisation name and not counted; the place is counted only where it
  is named on its own (Nimule's hospital, Berd's medical centre, Olovo's dateline).
- A letterhead's country and canton lines (BOSNIA AND HERZEGOVINA / ZENICA-DOBOJ CANTON)
  are mentions; so is the issuing town's dateline (Olovo), even though the road closed
  in the notice starts there: the clearance is told at Bakići.
- A label that opens a line or a post ("MAGWI: Boy (12) injured...", "TORIT: ...",
  "Novhorod-Siverskyi r-n. This morning ...", "Koriukivka r-n: ...") belongs to that
  line's first sentence and takes its role and facts. An Instagram location pin
  ("📍 Basra governorate") opening the caption belongs to its first sentence too.
- A road whose find is tied to a named place on it ("Mine found Mon on Nimule-Juba rd
  near Moli") makes the named place (Moli) and the line's label (PAGERI) the minefield;
  the road's end towns are reference points (mentions), like distance-reference towns.
  With no such place ("near the bridge on the Mawza – Mocha road", "the road from
  Saraqib to Ma'arrat al-Nu'man") the road's ends hold the event (minefield).
- A place known only in capitals in the text is named in capitals (MAGWI, TORIT,
  PAGERI, KAPOETA, BOSNIA AND HERZEGOVINA); case-only differences are not variants.
- "found and neutralised" in the army's list is a find (minefield, like "found and
  destroyed"); the count per line sums anti-personnel, anti-tank mines and pieces of
  UXO (18 + 3 = 21) and goes to the district and every village on that line. The
  "In total, 116" line names no place.
- A deminer (serviceman) wounded while clearing near Sus is an incident: Lachin
  district, named in that sentence, takes the incident and its facts (5 Nov, 1
  injured) over the list line's minefield (6 Nov, 37 items).
- "Since 1 January" is day precision (the stated day); "since the start of January"
  and "since January" are month; "this week" and "last week" are month; "last spring"
  is year; "In 2023" is year; "in March 2017" is month; "since 2010" is year.
- A running total "since 1 January ... killed 3 and injured 11 civilians in Chernihiv
  obl." gives the oblast incident with those counts (the morning's blast names only
  the village and its r-n).
- Hospital towns stay mentions even inside the event's sentence ("taken to the
  hospital in Pul-e Khumri"); a town with a planned coordination meeting gets
  conference (undated, as every meeting still to come in these batches), which wins
  over its hospital and risk-education mentions.
- A planned first-aid course for community boards is a conference (Lejanías);
  leaders "also invited" from Granada are attendees' origin: a mention. Risk-education
  sessions (Phonsavan, Snovsk, KAPOETA) are mentions.
- Items handed in at a police station by a resident who found them near a river
  (Vista Hermosa, Güéjar river) are a find: minefield with the count, dated the day
  they were handed in ("On Friday").
- A contamination statement without a count ("Kafr Zita and Latamneh are the worst";
  "how many mines are in the ground across Syria"; "the water brought mines into the
  farms" in Hays; "45 suspected hazardous areas ... still waiting" in Mannar district)
  is minefield, undated; in Mannar district it wins over the milestone's clearance.
- "a shepherd lost three sheep to a mine near Latamneh last week": animals killed make
  an incident with no count.
- Hospitals' figures ("Hospitals in Idlib city say they treated 14 mine casualties")
  are casualties treated in a hospital town: Idlib city stays a mention. "the southern
  Idlib countryside" and "northern Hama" are the governorates.
- A combined mine figure for two regions ("more than 41,000 ... in the Vanni and on the
  Jaffna Peninsula") goes to both, like any fact of a sentence; "more than 41,000" is
  41000. "at least 4 mines" is 4.
- A milestone sentence with the country and the district ("this week our teams in Sri
  Lanka released the 1,000th hectare ... in Mannar district") gives the country the
  clearance with the week's month.
- Floods that "moved explosive ordnance" are not themselves a mine event: provinces
  named only as flood-hit (Takhar, Badakhshan) are mentions; water carrying mines down
  a named wadi (Wadi Rasyan) is contamination: minefield, undated.
- A clearance under way when a notice is issued ("has been clearing ... near Bakići
  since 23 February") is dated by its "since"; a river named as the end of the closed
  section ("the bridge over the Krivaja") is a mention.
- When two sentences give a place the same role, its facts are those of the sentence
  that states them (Maarat al-Numan: 37 mines since January, not the undated marking of
  the road's shoulders; Mocha: the road's 4 mines, not the title).
- A person's home village (Aygepar) and the border named as a border (Azerbaijan) are
  mentions; past accidents in the same post keep their own dates and counts (Chinari
  2023, killed 1; Movses last spring = 2024, injured 1).
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "635_chernihiv_oda_telegram_hremiach_kolychivka_ivanivka_mena.txt": [
        # 08:40, "This morning": tractor on an anti-tank mine, driver injured.
        S("Hremiach", "incident", 708146, date="2025-06-18", prec=D, injured=1),
        A2(
            "Novhorod-Siverskyi r-n",
            "incident",
            699753,
            "UA",
            date="2025-06-18",
            prec=D,
            injured=1,
        ),
        # Hospital town.
        S("Semenivka", "mention", 694590),
        # 10:15: mortar round found "yesterday evening" (17 June).
        A2(
            "Koriukivka r-n",
            "minefield",
            (51.77, 32.25),
            "UA",
            date="2025-06-17",
            prec=D,
            mines=1,
        ),
        S("Kholmy", "minefield", 706335, date="2025-06-17", prec=D, mines=1),
        # 11:30: 23 objects destroyed on 17.06.
        S("Kolychivka", "clearance", 705275, date="2025-06-17", prec=D, mines=23),
        A2(
            "Chernihiv r-n",
            "clearance",
            710735,
            "UA",
            date="2025-06-17",
            prec=D,
            mines=23,
        ),
        # 13:05: 46 ha handed back today (the Ivanivka of Chernihiv r-n).
        S("Ivanivka", "clearance", 707364, date="2025-06-18", prec=D),
        # 14:20: meeting held today.
        S("Mena", "conference", 701372, date="2025-06-18", prec=D),
        # Risk-education lesson.
        S("Snovsk", "mention", 694273),
        # 19:30: "Since 1 January ... killed 3 and injured 11".
        A1(
            "Chernihiv obl.",
            "incident",
            (51.40, 32.10),
            "UA",
            date="2025-01-01",
            prec=D,
            killed=3,
            injured=11,
        ),
    ],
    "636_laos_ngo_facebook_xieng_khouang_kham_pek_plain_of_jars.txt": [
        # Title/opening mention; the Tuesday (12 March) injury names the province.
        A1(
            "Xieng Khouang",
            "incident",
            (19.50, 103.40),
            "LA",
            date="2024-03-12",
            prec=D,
            injured=1,
        ),
        A2(
            "Kham district",
            "incident",
            (19.65, 103.62),
            "LA",
            date="2024-03-12",
            prec=D,
            injured=1,
        ),
        # Paddy finished this week, 146 bombies destroyed.
        S("Ban Khangviang", "clearance", 1654757, date="2024-03-01", prec=M, mines=146),
        A2(
            "Pek district",
            "clearance",
            (19.50, 103.22),
            "LA",
            date="2024-03-01",
            prec=M,
            mines=146,
        ),
        # Hospital town, risk education, hashtag.
        S("Phonsavan", "mention", 1655123),
        # Survey confirmed 2 hazardous areas with 9 bombies (this week).
        F(
            "Plain of Jars",
            "minefield",
            (19.43, 103.15),
            "LA",
            date="2024-03-01",
            prec=M,
            mines=9,
        ),
        # Risk education near it.
        S("Muang Khoun", "mention", (19.33, 103.37), country_code="LA"),
        # Refresher course next week.
        S("Vientiane", "conference", 1651944),
        # Donor.
        C("Australia", "mention", "AU"),
        # Only as a hashtag.
        C("Laos", "mention", "LA"),
    ],
    "637_journalist_thread_idlib_kafranbel_maarat_saraqib_latamneh.txt": [
        # "the southern Idlib countryside" (and the title): the governorate.
        A1("Idlib", "mention", (35.75, 36.65), "SY"),
        # 2/7: neighbour killed on Saturday (8 Feb), two sons wounded.
        S(
            "Kafranbel",
            "incident",
            168661,
            date="2025-02-08",
            prec=D,
            killed=1,
            injured=2,
        ),
        # 3/7: 37 mines found since the start of January; 4/7: road shoulders marked.
        S(
            "Maarat al-Numan",
            "minefield",
            167611,
            variants=["Ma'arrat al-Nu'man"],
            date="2025-01-01",
            prec=M,
            mines=37,
        ),
        # 4/7: the road's other end, marked as contaminated (undated).
        S("Saraqib", "minefield", 164816),
        # 5/7: 112 items destroyed on Thursday (6 Feb).
        S("Khan Shaykhun", "clearance", 168325, date="2025-02-06", prec=D, mines=112),
        # 6/7: "northern Hama" (and the title), the worst contamination.
        A1("Hama", "minefield", (35.25, 36.70), "SY"),
        S("Kafr Zita", "minefield", 168620),
        # Sheep killed last week: incident, no count.
        S(
            "Latamneh",
            "incident",
            (35.32, 36.62),
            country_code="SY",
            date="2025-02-01",
            prec=M,
        ),
        # Hospitals' figures.
        S("Idlib city", "mention", 169389),
        # 7/7: coordination meeting on Sunday (9 Feb).
        S("Damascus", "conference", 170654, date="2025-02-09", prec=D),
        # "how many mines are in the ground across Syria".
        C("Syria", "minefield", "SY"),
    ],
    "638_meta_police_notice_mesetas_mine_vista_hermosa_lejanias.txt": [
        # Sunday 3 September, farmer injured.
        S("Mesetas", "incident", 3763578, date="2023-09-03", prec=D, injured=1),
        A1(
            "Meta",
            "incident",
            (3.30, -73.40),
            "CO",
            date="2023-09-03",
            prec=D,
            injured=1,
        ),
        # Hospital town.
        S("Villavicencio", "mention", 3665900),
        # Communities reminded (risk warning).
        S("Uribe", "mention", 3666413),
        S("La Macarena", "mention", 3827693),
        # Friday 1 September: two home-made mines found and handed in.
        S("Vista Hermosa", "minefield", 3665860, date="2023-09-01", prec=D, mines=2),
        F(
            "Güéjar river",
            "minefield",
            (3.15, -73.70),
            "CO",
            tolerance_km=LINEAR,
            date="2023-09-01",
            prec=D,
            mines=2,
        ),
        # Course next Thursday (still to come).
        S("Lejanías", "conference", 3732964),
        # Invited leaders' origin.
        S("Granada", "mention", 3681957),
    ],
    "639_whatsapp_alert_mawza_wadi_rasyan_floods_mines_mocha_hays.txt": [
        # Flood water carried mines down the wadi (undated).
        F("Wadi Rasyan", "minefield", (13.35, 43.40), "YE", tolerance_km=LINEAR),
        # Yesterday (20 Aug): at least 4 mines near the bridge on the road.
        S("Mawza", "minefield", 72760, date="2024-08-20", prec=D, mines=4),
        S("Mocha", "minefield", 78751, date="2024-08-20", prec=D, mines=4),
        # This morning: boy hurt.
        A2(
            "al-Wazi'iyah district",
            "incident",
            (13.20, 43.72),
            "YE",
            date="2024-08-21",
            prec=D,
            injured=1,
        ),
        # 9 mines removed near Dhubab yesterday.
        A1(
            "Taiz governorate",
            "clearance",
            (13.45, 43.90),
            "YE",
            date="2024-08-20",
            prec=D,
            mines=9,
        ),
        S("Dhubab", "clearance", 76089, date="2024-08-20", prec=D, mines=9),
        # "the water brought mines into the farms" (undated).
        A1("Hodeidah", "minefield", (14.50, 43.20), "YE"),
        S("Hays", "minefield", 74906),
        S("al-Khawkhah", "minefield", 79131),
    ],
    "640_azerbaijan_mod_daily_kalbajar_lachin_zabukh_sus_tugh_talish.txt": [
        # 6 November list: 18 AP + 3 AT = 21.
        A2(
            "Kalbajar district",
            "minefield",
            586268,
            "AZ",
            date="2023-11-06",
            prec=D,
            mines=21,
        ),
        F(
            "Murovdag",
            "minefield",
            (40.30, 46.35),
            "AZ",
            tolerance_km=LINEAR,
            date="2023-11-06",
            prec=D,
            mines=21,
        ),
        # The 5 November injury of a serviceman near Sus wins over the list line.
        A2(
            "Lachin district",
            "incident",
            147625,
            "AZ",
            date="2023-11-05",
            prec=D,
            injured=1,
        ),
        S(
            "Zabukh",
            "minefield",
            (39.60, 46.50),
            country_code="AZ",
            date="2023-11-06",
            prec=D,
            mines=37,
        ),
        S(
            "Sus",
            "incident",
            (39.69, 46.60),
            country_code="AZ",
            date="2023-11-05",
            prec=D,
            injured=1,
        ),
        # 7 AT + 40 UXO = 47.
        A2(
            "Khojavend district",
            "minefield",
            146969,
            "AZ",
            date="2023-11-06",
            prec=D,
            mines=47,
        ),
        S(
            "Tugh",
            "minefield",
            (39.57, 47.00),
            country_code="AZ",
            date="2023-11-06",
            prec=D,
            mines=47,
        ),
        # 9 AP + 2 AT = 11.
        A2(
            "Tartar district",
            "minefield",
            584871,
            "AZ",
            date="2023-11-06",
            prec=D,
            mines=11,
        ),
        S(
            "Talish",
            "minefield",
            (40.17, 46.66),
            country_code="AZ",
            date="2023-11-06",
            prec=D,
            mines=11,
        ),
        S(
            "Sugovushan",
            "minefield",
            (40.14, 46.62),
            country_code="AZ",
            variants=["Madagiz"],
            date="2023-11-06",
            prec=D,
            mines=11,
        ),
        # Military hospital.
        S("Khankendi", "mention", 146970),
        # Warning not to enter uncleared areas.
        R("Karabakh", "mention", (39.95, 46.85), "AZ"),
    ],
    "641_iraq_ministry_instagram_basra_shalamcheh_fao_zubair_qurna.txt": [
        # The pin opens the caption: today's handover of 84 ha.
        A1(
            "Basra governorate",
            "clearance",
            (30.55, 47.60),
            "IQ",
            date="2026-04-22",
            prec=D,
        ),
        S(
            "Shalamcheh",
            "clearance",
            (30.50, 47.97),
            country_code="IQ",
            date="2026-04-22",
            prec=D,
        ),
        # Reference points of Shalamcheh.
        F("Shatt al-Arab", "mention", (30.40, 48.10), "IQ", tolerance_km=LINEAR),
        C("Iran", "mention", "IR"),
        # 1,240 items destroyed since January.
        S("Fao", "clearance", 99446, date="2026-01-01", prec=M, mines=1240),
        # Last week: 3 anti-tank mines found.
        S("Zubair", "minefield", 98245, date="2026-04-01", prec=M, mines=3),
        # Technical survey continues (undated).
        F("Majnoon oil field", "clearance", (31.05, 47.55), "IQ"),
        # Monday 20 April: boy injured.
        S("Qurna", "incident", 98993, date="2026-04-20", prec=D, injured=1),
        # Workshop next week.
        S("Baghdad", "conference", 98182),
        # Only as a hashtag.
        C("Iraq", "mention", "IQ"),
    ],
    "642_nimule_radio_sms_obbo_uxo_boy_hiyala_moli_mine.txt": [
        # 1) "yest." = Mon 29 May: boy injured.
        S(
            "MAGWI",
            "incident",
            (4.13, 32.30),
            country_code="SS",
            date="2023-05-29",
            prec=D,
            injured=1,
        ),
        S(
            "Obbo",
            "incident",
            (4.03, 32.50),
            country_code="SS",
            date="2023-05-29",
            prec=D,
            injured=1,
        ),
        # Hospital town; end of the road (reference point).
        S("Nimule", "mention", (3.60, 32.06), country_code="SS"),
        # 2) Sat 27 May: 3 ha cleared, 14 items destroyed.
        S("TORIT", "clearance", 365742, date="2023-05-27", prec=D, mines=14),
        S(
            "Hiyala",
            "clearance",
            (4.50, 32.48),
            country_code="SS",
            date="2023-05-27",
            prec=D,
            mines=14,
        ),
        # 3) Mine found Mon 29 May near Moli.
        S(
            "PAGERI",
            "minefield",
            (3.86, 31.97),
            country_code="SS",
            date="2023-05-29",
            prec=D,
            mines=1,
        ),
        S(
            "Moli",
            "minefield",
            (3.73, 32.02),
            country_code="SS",
            date="2023-05-29",
            prec=D,
            mines=1,
        ),
        # 4) Risk talks.
        S("KAPOETA", "mention", 372884),
        # 5) Meeting today (and the road's other end).
        S("Juba", "conference", 373303, date="2023-05-30", prec=D),
        # Officials' origin.
        A1(
            "Eastern Equatoria",
            "mention",
            (4.60, 33.30),
            "SS",
            tolerance_km=LARGE,
        ),
    ],
    "643_sri_lanka_ngo_linkedin_mannar_1000_hectares_silavathurai.txt": [
        # "this week ... released the 1,000th hectare".
        C("Sri Lanka", "clearance", "LK", date="2024-10-01", prec=M),
        # 45 suspected hazardous areas still waiting: minefield wins.
        A2("Mannar district", "minefield", 1236150, "LK"),
        # Handed back on Monday 7 Oct after 112 AP mines destroyed.
        S(
            "Silavathurai",
            "clearance",
            (8.76, 79.93),
            country_code="LK",
            date="2024-10-07",
            prec=D,
            mines=112,
        ),
        # Since 2010: more than 41,000 items destroyed.
        R(
            "Vanni",
            "clearance",
            (9.00, 80.40),
            "LK",
            date="2010-01-01",
            prec=Y,
            mines=41000,
        ),
        R(
            "Jaffna Peninsula",
            "clearance",
            (9.70, 80.10),
            "LK",
            date="2010-01-01",
            prec=Y,
            mines=41000,
        ),
        # Staff home towns.
        S("Vavuniya", "mention", 1225018),
        S("Mullaitivu", "mention", 1234393),
        S("Kilinochchi", "mention", 1240372),
        # March 2017: colleague injured on a clearance site.
        S(
            "Madhu",
            "incident",
            (8.85, 80.20),
            country_code="LK",
            date="2017-03-01",
            prec=M,
            injured=1,
        ),
        # Regional workshop next month.
        S("Colombo", "conference", 1248991),
    ],
    "644_afghanistan_flash_update_baghlan_floods_burka_nahrin_ordnance.txt": [
        # Sunday 12 May: two boys killed, their sister injured.
        A1(
            "Baghlan province",
            "incident",
            (36.00, 68.85),
            "AF",
            date="2024-05-12",
            prec=D,
            killed=2,
            injured=1,
        ),
        # Flood-hit only.
        A1("Takhar", "mention", (36.65, 69.70), "AF"),
        A1("Badakhshan", "mention", (37.00, 71.00), "AF", tolerance_km=LARGE),
        A2(
            "Burka district",
            "incident",
            1146911,
            "AF",
            date="2024-05-12",
            prec=D,
            killed=2,
            injured=1,
        ),
        # Hospital, risk education, and a meeting planned on Thursday.
        S("Pul-e Khumri", "conference", 1130490),
        # 13 May: 9 hazardous areas identified.
        S("Nahrin", "minefield", 1132495, date="2024-05-13", prec=D),
        # 23 items since Saturday (11 May).
        A2(
            "Dahana-i-Ghuri district",
            "clearance",
            1144559,
            "AF",
            date="2024-05-11",
            prec=D,
            mines=23,
        ),
        # 61 killed or injured between January and March: combined, no counts.
        C("Afghanistan", "incident", "AF", date="2024-01-01", prec=M),
        # Coordination meeting held on Monday 13 May.
        S("Kabul", "conference", 1138958, date="2024-05-13", prec=D),
    ],
    "645_olovo_municipality_notice_bakici_road_solun_field_closed.txt": [
        # Letterhead.
        C("BOSNIA AND HERZEGOVINA", "mention", "BA"),
        A1("ZENICA-DOBOJ CANTON", "mention", (44.35, 18.05), "BA"),
        # Dateline and the road's start.
        S("Olovo", "mention", 3194133),
        F("Krivaja", "mention", (44.20, 18.45), "BA", tolerance_km=LINEAR),
        # Clearance along the road since 23 February.
        S(
            "Bakići",
            "clearance",
            (44.10, 18.62),
            country_code="BA",
            date="2026-02-23",
            prec=D,
        ),
        # Saturday 28 February: anti-tank mine found at the field.
        S(
            "Solun",
            "minefield",
            (44.16, 18.53),
            country_code="BA",
            date="2026-02-28",
            prec=D,
            mines=1,
        ),
        # Trucks' destination.
        S("Kladanj", "mention", 3198126),
    ],
    "646_armenia_volunteer_appeal_nerkin_karmiraghbyur_mine_boy_berd.txt": [
        # Home village.
        S("Aygepar", "mention", (40.92, 45.44), country_code="AM"),
        # Saturday 23 August: boy injured.
        S(
            "Nerkin Karmiraghbyur",
            "incident",
            616374,
            date="2025-08-23",
            prec=D,
            injured=1,
        ),
        A1(
            "Tavush province",
            "incident",
            (40.95, 45.15),
            "AM",
            date="2025-08-23",
            prec=D,
            injured=1,
        ),
        # Border named as a border.
        C("Azerbaijan", "mention", "AZ"),
        # Medical centre, collection point.
        S("Berd", "mention", 616802),
        S("Yerevan", "mention", 616052),
        S("Ijevan", "mention", 616627),
        # Past accidents: 2023 driver killed; last spring (2024) woman injured.
        S("Chinari", "incident", 616780, date="2023-01-01", prec=Y, killed=1),
        S("Movses", "incident", 616403, date="2024-01-01", prec=Y, injured=1),
        # Only as a hashtag.
        C("Armenia", "mention", "AM"),
    ],
}
