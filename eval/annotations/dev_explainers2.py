"""More development articles (eval/dev 755-766), annotated like those in dev.py.

Explainers, backgrounders, Q&A pieces, anniversaries and long features (320-420
words) that tell several past events with dates in many forms ("two years ago",
"last October", "the following week", "in mid-2024", "during the 2020 war", "since
January", "earlier this month", "on the night of 3 to 4 May", "a decade after",
"late last year", "in the first half of 2025", "that same day"), mixing background
places (history, where an organisation sits, where a survivor lives now) with places
where something happened: a two-years-on feature on a tractor blast at Ta Sanh
(Samlout, Battambang, Cambodia) with the K5 belt's history; a Q&A on the mines moved
by Bosnia's May 2014 floods (Doboj, Maglaj, Šamac, the Bosna and the Sava); an
explainer on Croatia's treaty deadline (Lika, Banovina, Velebit, Drežnik Grad,
Glina after the Petrinja earthquake); a backgrounder on Angola's missed target
(Huambo, Kuito, Moxico, Lucusse, Lumbala N'guimbo, with Mozambique and Zimbabwe
compared); a decade-after long-read on Colombia's first joint demining at El Orejón
(Briceño, Antioquia) after the Havana announcement; a 45-years-on feature on the
Iran-Iraq war's mines in Basra's oil fields (Fao, Majnoon, Rumaila, Zubair, al-Siba,
with El Alamein compared); a twenty-years-on piece on the 2006 cluster strikes in south
Lebanon (Yohmor, Zawtar al-Sharqiyah, Deir Mimas, Kfar Kila); a profile of a Sri
Lankan survivor turned deminer (Puthukkudiyiruppu, Madhu, Musali, Silavathurai); an
explainer on the Eritrea-Ethiopia border minefields seven years after the Asmara
declaration (Badme, Zalambessa, Tsorona, Humera, Tesseney); a Q&A on Casamance before
Senegal's deadline (Djibidione, Boutoute, Goudomp, Sindian, Nyassia); a two-years-
after-liberation explainer on the Kherson region (Vysokopillia, Arkhanhelske,
Velyka Oleksandrivka, Davydiv Brid); and a five-years-on explainer on Karabakh
(Jabrayil, Aghdam district, Sugovushan, Tartar, a Baku conference).

Decisions where the rules are silent (following dev_explainers, dev_timelines and
dev_reports2 where they speak):
- Seasons and halves state the year: "in the spring of 2023", "in the spring of 2025",
  "that summer" (2014), "in mid-2024", "in mid-2023", "late last year", "in early
  2009", "in late 2017" and "in the first half of 2025" are year precision. "Two
  years ago" is the year two before the Date: (year); "Ten years ago today" and
  "Forty-five years ago today" come with their stated day.
- "The following month" after a stated day (the Petrinja earthquake of 29 December
  2020) is the next month (January 2021, month). "The following week" finds at a place
  that already holds an incident add nothing (Ta Sanh, Drežnik Grad).
- "A decade after the ceasefire of August 1988" is 1998 (year); "a decade on" and
  "a decade after that first handshake" as mere framing date nothing.
- "Last October", "Last March", "last June" and "Last August" are the most recent such
  month before the Date: (October 2025 in a March 2026 article; October 2024 in
  articles of March, July and September 2025; October 2023 in an April 2024 article;
  March 2025 in a November 2025 article; August 2025 in a February 2026 article), at
  month precision. "In October" in a December article is that year's October; "Last
  month" and "earlier this month" are month precision.
- "On the night of 3 to 4 May" is its first day (dev_timelines); "that same day"
  takes the day told in the sentence before (14 August 2023; 12 June 2025).
- A running total "since the ceasefire" / "since the conflict began" / "since the
  fighting began" takes the date the article gives that start (10 November 2020,
  day; December 1982, month; the 1991-1995 war, 1991, year); "Since November 2022" is
  month.
- Fighting that laid the mines dates the contamination when the text ties them:
  Angola's conflicts "from 1961 to 2002 ... every army laid mines" (1961), the Iran-
  Iraq war that began on 22 September 1980 for Basra province (1980), the Fao
  peninsula "taken and retaken in 1986 and 1988" (1986), the Eritrea-Ethiopia
  "1998-2000 border war" (1998), Lika, Banovina and Slavonia in "the 1991-1995 war"
  (1991). "In the mid-1980s" (the K5 belt), "the first war" and "the Second World
  War" state no year: no date.
- A statement that mines were "left behind" by a withdrawal, in a sentence without a
  date, is undated even when the sentence before dates the withdrawal (Ukraine in 765).
- A country's current stock ("more than 1,000 mined areas remain in Angola") and its
  laying in a dated sentence are both minefield; the dated laying gives the facts.
  Likewise Colombia's yearly toll (2024, 22 killed and 72 injured) rather than its
  undated "more than 12,000 victims since 1990" summary; Sindian's dated find (March
  2022, 18 mines) rather than the undated "patches around Sindian".
- A compound sentence telling two events gives each clause's place its own event:
  Ituango (new mines "since 2021") and Briceño (a soldier's leg "last October") in one
  sentence are minefield and incident; El Orejón in the same sentence ("less than
  twenty kilometres from El Orejón") is a distance reference there.
- A place where casualty figures were presented (Siem Reap, the treaty's review
  conference) is a conference, not the incident of the national figures told in the
  same sentence (Cambodia takes those); the seat of the body that reports a national
  toll ("according to the Directorate of Mine Action in Baghdad", "whose regional
  office in Nabatieh") is a mention. A region named only as where a survivor's village
  lay before the war (the Vanni) is a mention; the flight and the blast are told in
  later sentences that name Puthukkudiyiruppu.
- Bosnia's floods: landslides that "tore up and carried away" suspected minefields
  around Doboj, Maglaj and Šamac are minefields dated by the flood told in the
  sentence before (14 May 2014, the range's first day). Displaced mines "found ...
  along the Bosna valley" in "the twelve months after the floods" make the Bosna a
  minefield from May 2014 (month) with the count; "Bosna valley" is the river's entry.
  Croatia and Serbia "found devices washed up on their banks of the Sava that summer":
  all three minefields, 2014.
- "Bosnia's" in a title is a variant of Bosnia and Herzegovina. "Samlout" in
  "Samlout and the town of Pailin" is the district (variant of "Samlout district");
  "the town of Pailin" (mention) and "Pailin province" (clearance) are two entries, as
  are Battambang (where the survivor lives) and "Battambang province", Basra (the
  workshop's city) and "Basra province", Jaffna and "Jaffna peninsula", Kherson and
  "the Kherson region". "Basra's oil fields" and "the Basra front" are the province's
  area; "Mannar" in the title is Mannar district.
- Places inside event or treaty names are not counted: "the Iran-Iraq war" (Iran and
  Iraq are counted where named alone), "the battle of Cuito Cuanavale", "the Ottawa
  treaty", and the Lebanon Mine Action Centre and Cambodian Mine Action Centre.
  "Princess Diana" is a person.
- A survey ("the first systematic survey ... began, around Abu al-Khasib") is
  clearance. Countries "declared ... free of mines" (Nicaragua 2010, Mozambique 2015)
  are clearance. "Still working through its border minefields near Mukumbura" is
  clearance work (Zimbabwe and Mukumbura), undated. "Has cleared most of its mined land
  since the war ended" is clearance without date (Sri Lanka). Peacekeepers' "demining
  units along the Blue Line" is clearance without date.
- Maps "of minefields in Aghdam district" handed over "in June 2021" state that land
  is mined: minefield, dated by the handover (month); Armenia, which handed them over,
  is a mention.
- A signing of a peace declaration in a city is a meeting (Asmara, conference, its
  day); the two signatory countries are mentions. The negotiators' announcement in
  Havana is a conference. An inauguration ceremony for a new demining base (Menongue)
  is a conference. A training course for farmers on checking their land (Beryslav) is a
  held course: conference; school risk-education lessons (Arnoun) are mentions.
- A planned handover ceremony "next month" (Sala Krau) is a conference without date.
- A river or castle that only locates a more specific incident place ("the slopes where
  Ali was hurt sit above the Litani River, in the hills facing Beaufort castle") are
  mentions; a river "the Dnipro" crossed in a withdrawal is a mention.
- "Near Humera, in the west of Tigray" gives Tigray the incident ("the west of X" is
  part of X). Humera is recorded with GeoNames 334717 (written "Himora", coded ER in
  the gazetteer though it lies in Ethiopia), with country code ET.
- Approximations count as the stated figure: "more than 1,000 mines" (1,000),
  "injured more than 300" (300), "more than 1,400 mines" (1,400). "An anti-tank mine"
  counts 1; "three anti-personnel mines" 3.
- Delegations attending a conference (Tajikistan, Cambodia, Ukraine) are mentions; a
  country named as the one whose army drove out the Khmer Rouge (Vietnam) is a mention.
"""

# ruff: noqa: E501  (article file names and quoted lines are kept whole)

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "755_anniversary_ta_sanh_samlout_pailin_battambang_k5_belt.txt": [
        # 19 April 2023: hand tractor on an anti-tank mine, two killed, the wife hurt.
        S("Ta Sanh", "incident", (12.72, 102.70), country_code="KH", date="2023-04-19", prec=D, killed=2, injured=1),
        A2("Samlout district", "incident", 11336111, "KH", variants=["Samlout"], date="2023-04-19", prec=D, killed=2, injured=1),
        # Laid "in the mid-1980s": no year stated.
        R("K5 belt", "minefield", (13.70, 102.90), "KH", tolerance_km=LINEAR),
        C("Thailand", "mention", "TH"),
        C("Vietnam", "mention", "VN"),
        S("Phnom Penh", "mention", 1821306),
        # "the town of Pailin": history.
        S("Pailin", "mention", 1830205),
        # Handover ceremony planned next month: still to come.
        S("Sala Krau", "conference", 1825200),
        # "Since January ... destroyed 2,317 mines and other explosive remnants".
        A1("Pailin province", "clearance", (12.85, 102.65), "KH", date="2025-01-01", prec=M, mines=2317),
        # "In the spring of 2023 ... a buried cache of 200 mortar rounds".
        A2("Kamrieng district", "minefield", 11320731, "KH", date="2023-01-01", prec=Y, mines=200),
        # "Late last year" a teenager lost his foot.
        S("Phnum Proek", "incident", 11320707, date="2024-01-01", prec=Y, injured=1),
        A1("Battambang province", "incident", (13.00, 103.00), "KH", date="2024-01-01", prec=Y, injured=1),
        C("Cambodia", "incident", "KH", date="2024-01-01", prec=Y, killed=11, injured=38),
        # Review conference "which opened on 25 November" (2024).
        S("Siem Reap", "conference", 1822214, date="2024-11-25", prec=D),
        # Where the widow lives now.
        S("Battambang", "mention", 1831797),
    ],
    "756_qa_bosnia_floods_mines_doboj_maglaj_samac_zepce_gradacac.txt": [
        # "Last year three people were killed by mines in Bosnia and Herzegovina".
        C("Bosnia and Herzegovina", "incident", "BA", variants=["Bosnia"], date="2023-01-01", prec=Y, killed=3),
        # 1,237 displaced mines found along the Bosna valley in the twelve months after the floods.
        F("Bosna", "minefield", (44.70, 18.08), "BA", tolerance_km=LINEAR, date="2014-05-01", prec=M, mines=1237),
        # Devices washed up on their banks of the Sava "that summer".
        F("Sava", "minefield", (45.05, 18.30), "BA", tolerance_km=LINEAR, date="2014-01-01", prec=Y),
        C("Croatia", "minefield", "HR", date="2014-01-01", prec=Y),
        C("Serbia", "minefield", "RS", date="2014-01-01", prec=Y),
        # Minefields torn up by the landslides of 14-16 May 2014.
        S("Doboj", "minefield", 3201984, date="2014-05-14", prec=D),
        S("Maglaj", "minefield", 3195946, date="2014-05-14", prec=D),
        S("Šamac", "minefield", 3203645, date="2014-05-14", prec=D),
        # "in the spring of 2015": man injured clearing flood debris.
        S("Žepče", "incident", 3186567, date="2015-01-01", prec=Y, injured=1),
        # "Earlier this month": an anti-tank mine turned up.
        S("Gradačac", "minefield", 3199744, date="2024-05-01", prec=M, mines=1),
        # "Last October": 42 hectares released.
        S("Jelah", "clearance", 3210439, date="2023-10-01", prec=M),
        S("Tešanj", "mention", 3189146),
        S("Sarajevo", "mention", 3191281),
        # Workshop "On Monday" (13 May).
        S("Tuzla", "conference", 3188582, date="2024-05-13", prec=D),
        # Declared free "in the first half of 2023".
        S("Zavidovići", "clearance", 3186717, date="2023-01-01", prec=Y),
    ],
    "757_explainer_croatia_deadline_lika_gospic_velebit_dreznik_glina.txt": [
        # "Since the fighting began" (1991): killed or injured, combined.
        C("Croatia", "incident", "HR", date="1991-01-01", prec=Y),
        # Mines laid along the front lines of the 1991-1995 war.
        R("Lika", "minefield", (44.60, 15.40), "HR", date="1991-01-01", prec=Y),
        R("Banovina", "minefield", (45.30, 16.20), "HR", date="1991-01-01", prec=Y),
        R("Slavonia", "minefield", (45.35, 18.70), "HR", date="1991-01-01", prec=Y),
        # What is left: undated.
        A1("Lika-Senj County", "minefield", (44.70, 15.30), "HR"),
        A1("Karlovac County", "minefield", (45.30, 15.50), "HR"),
        # "cleared in 2023".
        F("Velebit", "clearance", (44.50, 15.30), "HR", tolerance_km=LINEAR, date="2023-01-01", prec=Y),
        S("Baške Oštarije", "clearance", (44.524, 15.176), country_code="HR", date="2023-01-01", prec=Y),
        # "Last October a hunter was injured".
        S("Drežnik Grad", "incident", (44.97, 15.66), country_code="HR", date="2025-10-01", prec=M, injured=1),
        F("Plitvice lakes", "mention", (44.88, 15.62), "HR"),
        # Earthquake epicentre.
        S("Petrinja", "mention", 3193420),
        # "the following month" after 29 December 2020: two displaced mines found.
        S("Glina", "minefield", 3200600, date="2021-01-01", prec=M, mines=2),
        A1("Sisak-Moslavina County", "clearance", (45.35, 16.40), "HR", date="2024-01-01", prec=Y),
        S("Zagreb", "mention", 3186886),
        # Refresher course "in the spring of 2025".
        S("Gospić", "conference", 3199873, date="2025-01-01", prec=Y),
        # Treaty meeting "last June".
        S("Geneva", "conference", 2660646, date="2025-06-01", prec=M),
    ],
    "758_backgrounder_angola_deadline_huambo_moxico_lucusse_lumbala_menongue.txt": [
        # Conflicts "from 1961 to 2002, and every army ... laid mines".
        C("Angola", "minefield", "AO", date="1961-01-01", prec=Y),
        # "a minefield in Huambo in January 1997".
        S("Huambo", "minefield", 3348313, date="1997-01-01", prec=M),
        # Declared free "in mid-2023".
        S("Kuito", "clearance", 3348078, date="2023-01-01", prec=Y),
        # Most of what is left: undated (1987-88 is the battle's date).
        A1("Moxico", "minefield", (-12.50, 21.00), "AO", tolerance_km=LARGE),
        A1("Cuando Cubango", "minefield", (-16.00, 19.50), "AO", tolerance_km=LARGE),
        # "In October": motorcycle taxi, two killed.
        S("Lucusse", "incident", 876165, date="2025-10-01", prec=M, killed=2),
        S("Luena", "mention", 3347719),
        # 14 minefields cleared "In the first half of 2025".
        S("Lumbala N'guimbo", "clearance", 7905765, date="2025-01-01", prec=Y),
        # Base inaugurated at a ceremony on 27 November.
        S("Menongue", "conference", 3347353, date="2025-11-27", prec=D),
        S("Geneva", "conference", 2660646, date="2025-06-01", prec=M),
        S("Luanda", "mention", 2240449),
        C("Mozambique", "clearance", "MZ", date="2015-01-01", prec=Y),
        C("Zimbabwe", "clearance", "ZW"),
        S("Mukumbura", "clearance", (-16.20, 31.70), country_code="ZW"),
    ],
    "759_decade_after_havana_el_orejon_briceno_antioquia_ituango_san_carlos.txt": [
        # Announcement of 7 March 2015.
        S("Havana", "conference", 3553478, date="2015-03-07", prec=D),
        # "Between June and December 2015 ... destroyed 46 explosive devices".
        S("El Orejón", "clearance", (7.05, -75.65), country_code="CO", date="2015-06-01", prec=M, mines=46),
        A1("Antioquia", "clearance", (7.00, -75.50), "CO", tolerance_km=LARGE, date="2015-06-01", prec=M, mines=46),
        # "a soldier on patrol lost a leg last October" (2024).
        S("Briceño", "incident", 3688499, date="2024-10-01", prec=M, injured=1),
        # New mines "since 2021".
        S("Ituango", "minefield", 3680434, date="2021-01-01", prec=Y),
        # Declared free "in late 2017".
        S("San Carlos", "clearance", 3670000, date="2017-01-01", prec=Y),
        S("Medellín", "mention", 3674962),
        C("Colombia", "incident", "CO", date="2024-01-01", prec=Y, killed=22, injured=72),
        # "Since January, 19 people have been wounded".
        A1("Cauca", "incident", (2.50, -76.80), "CO", tolerance_km=LARGE, date="2025-01-01", prec=M, injured=19),
        C("Nicaragua", "clearance", "NI", date="2010-01-01", prec=Y),
        # Review meeting "last month".
        S("Bogotá", "conference", 3688689, date="2025-02-01", prec=M),
    ],
    "760_feature_basra_oil_fields_iran_iraq_war_mines_fao_majnoon_zubair_siba.txt": [
        # Mines buried in the war that began on 22 September 1980.
        A1("Basra province", "minefield", (30.50, 47.50), "IQ", date="1980-01-01", prec=Y),
        # "taken and retaken in 1986 and 1988".
        F("Fao peninsula", "minefield", (29.95, 48.45), "IQ", date="1986-01-01", prec=Y),
        F("Shatt al-Arab", "minefield", (30.40, 48.10), "IQ", tolerance_km=LINEAR),
        C("Iran", "mention", "IR"),
        # Survey begun "A decade after the ceasefire of August 1988".
        S("Abu al-Khasib", "clearance", 13631407, date="1998-01-01", prec=Y),
        # "In the first half of 2025 ... removed 1,870 mines and other items".
        F("Majnoon oil field", "clearance", (31.05, 47.55), "IQ", date="2025-01-01", prec=Y, mines=1870),
        # "earlier this month ... found a cluster of 14 anti-tank mines".
        F("Rumaila", "minefield", (30.35, 47.35), "IQ", date="2025-09-01", prec=M, mines=14),
        # Submunitions dropped in 1991 still come to light.
        S("Safwan", "minefield", 91772, date="1991-01-01", prec=Y),
        C("Kuwait", "mention", "KW"),
        # "Last October a shepherd was killed".
        S("Zubair", "incident", 98245, date="2024-10-01", prec=M, killed=1),
        # "two years ago a fisherman died".
        S("al-Siba", "incident", (30.33, 48.27), country_code="IQ", date="2023-01-01", prec=Y, killed=1),
        C("Iraq", "incident", "IQ", date="2024-01-01", prec=Y, killed=38, injured=91),
        S("Baghdad", "mention", 98182),
        # Workshop in May.
        S("Basra", "conference", 99532, date="2025-05-01", prec=M),
        # Second World War minefields: no year stated.
        S("El Alamein", "minefield", 361612),
        C("Egypt", "minefield", "EG"),
    ],
    "761_anniversary_2006_cluster_south_lebanon_yohmor_zawtar_deir_mimas_kfar_kila.txt": [
        C("Israel", "mention", "IL"),
        # "Since January, nine people have been killed and 17 injured ... in Lebanon".
        C("Lebanon", "incident", "LB", date="2026-01-01", prec=M, killed=9, injured=17),
        # October 2006: a boy lost his right hand.
        S("Yohmor", "incident", (33.315, 35.549), country_code="LB", date="2006-10-01", prec=M, injured=1),
        S("Beirut", "mention", 276781),
        F("Litani River", "mention", (33.33, 35.40), "LB", tolerance_km=LINEAR),
        F("Beaufort castle", "mention", (33.325, 35.532), "LB"),
        # Last strike area cleared "in the first half of 2025".
        S("Deir Mimas", "clearance", (33.298, 35.573), country_code="LB", date="2025-01-01", prec=Y),
        # "Earlier this month a team found 23 unexploded bomblets".
        S("Zawtar al-Sharqiyah", "minefield", (33.335, 35.575), country_code="LB", date="2026-08-01", prec=M, mines=23),
        S("Nabatieh", "mention", 278913),
        # "On the night of 3 to 4 May": shepherd and son wounded.
        S("Kfar Kila", "incident", 272849, date="2026-05-03", prec=D, injured=2),
        S("Marjayoun", "mention", 271226),
        S("Naqoura", "mention", 278832),
        F("Blue Line", "clearance", (33.10, 35.40), "LB", tolerance_km=LINEAR),
        S("Arnoun", "mention", (33.325, 35.527), country_code="LB"),
        # Workshop "Last month".
        S("Tyre", "conference", 267008, date="2026-07-01", prec=M),
    ],
    "762_profile_sri_lanka_deminer_survivor_puthukkudiyiruppu_madhu_musali_silavathurai.txt": [
        # "in early 2009 ... her left foot came down on an anti-personnel mine".
        S("Puthukkudiyiruppu", "incident", (9.32, 80.71), country_code="LK", date="2009-01-01", prec=Y, injured=1),
        R("Vanni", "mention", (9.00, 80.40), "LK"),
        C("India", "mention", "IN"),
        A1("Tamil Nadu", "mention", (11.00, 78.50), "IN", tolerance_km=LARGE),
        S("Madhu", "mention", (8.85, 80.20), country_code="LK"),
        # "Since January her team has cleared 41 hectares ... in Mannar district's Musali division".
        A2("Mannar district", "clearance", (8.90, 80.05), "LK", date="2024-01-01", prec=M),
        A2("Musali division", "clearance", (8.72, 79.98), "LK", date="2024-01-01", prec=M),
        S("Jaffna", "mention", 1242833),
        # Deminer's course "In 2022".
        S("Vavuniya", "conference", 1225018, date="2022-01-01", prec=Y),
        # "Last October they found 96 anti-personnel mines".
        S("Silavathurai", "minefield", (8.73, 79.94), country_code="LK", date="2023-10-01", prec=M, mines=96),
        C("Sri Lanka", "clearance", "LK"),
        # "Two years ago a farmer was killed".
        S("Nagarkovil", "incident", (9.73, 80.28), country_code="LK", date="2022-01-01", prec=Y, killed=1),
        R("Jaffna peninsula", "incident", (9.70, 80.10), "LK", date="2022-01-01", prec=Y, killed=1),
        A2("Kilinochchi district", "minefield", 1240372, "LK"),
        S("Colombo", "mention", 1248991),
    ],
    "763_explainer_eritrea_ethiopia_border_mines_badme_zalambessa_tsorona_humera.txt": [
        # Peace declaration signed on 9 July 2018.
        S("Asmara", "conference", 343300, date="2018-07-09", prec=D),
        C("Ethiopia", "mention", "ET"),
        C("Eritrea", "mention", "ER"),
        # Mines laid in "the 1998-2000 border war".
        S("Badme", "minefield", 449176, date="1998-01-01", prec=Y),
        S("Zalambessa", "minefield", (14.52, 39.39), country_code="ET", date="1998-01-01", prec=Y),
        S("Tsorona", "minefield", (14.62, 39.22), country_code="ER", date="1998-01-01", prec=Y),
        # "Last October a farmer was killed and his brother injured near Humera, in the west of Tigray".
        A1("Tigray", "incident", (13.80, 38.80), "ET", tolerance_km=LARGE, date="2024-10-01", prec=M, killed=1, injured=1),
        S("Humera", "incident", 334717, country_code="ET", date="2024-10-01", prec=M, killed=1, injured=1),
        S("Mekelle", "mention", 331180),
        # "In the spring of 2024 ... found 30 anti-tank mines".
        S("Tesseney", "minefield", 327651, date="2024-01-01", prec=Y, mines=30),
        A1("Gash-Barka", "minefield", (15.30, 37.30), "ER", tolerance_km=LARGE, date="2024-01-01", prec=Y, mines=30),
        S("Addis Ababa", "mention", 344979),
    ],
    "764_qa_casamance_mines_djibidione_boutoute_goudomp_sindian_nyassia.txt": [
        C("Senegal", "mention", "SN"),
        # "Since the conflict began" (December 1982): killed or injured, combined.
        R("Casamance", "incident", (12.75, -15.90), "SN", tolerance_km=LARGE, date="1982-12-01", prec=M),
        C("Gambia", "mention", "GM"),
        C("Guinea-Bissau", "mention", "GW"),
        # "Last August a motorcycle taxi driver was killed".
        S("Djibidione", "incident", (12.95, -16.00), country_code="SN", date="2025-08-01", prec=M, killed=1),
        S("Bignona", "mention", 2253901),
        # 12 hectares released "In the first half of 2025".
        S("Goudomp", "clearance", 2251470, date="2025-01-01", prec=Y),
        # "Late last year ... found three anti-personnel mines".
        S("Boutoute", "minefield", (12.575, -16.24), country_code="SN", date="2025-01-01", prec=Y, mines=3),
        # Training course "running in Ziguinchor since January".
        S("Ziguinchor", "conference", 2243940, date="2026-01-01", prec=M),
        S("Nyassia", "minefield", (12.46, -16.33), country_code="SN"),
        # "in March 2022 found 18 mines".
        S("Sindian", "minefield", (12.97, -16.12), country_code="SN", date="2022-03-01", prec=M, mines=18),
        S("Dakar", "mention", 2253354),
        S("Mpack", "mention", (12.40, -16.22), country_code="SN"),
    ],
    "765_two_years_after_liberation_kherson_region_vysokopillia_arkhanhelske_davydiv_brid.txt": [
        S("Kherson", "mention", 706448),
        F("Dnipro", "mention", (46.75, 33.00), "UA", tolerance_km=LINEAR),
        # "Since November 2022, ... killed 94 civilians ... and injured more than 300".
        A1("Kherson region", "incident", (46.80, 33.50), "UA", date="2022-11-01", prec=M, killed=94, injured=300),
        # Mines "left behind": undated.
        C("Ukraine", "minefield", "UA"),
        # "In the spring of 2023 ... found more than 1,000 mines".
        S("Vysokopillia", "minefield", 688689, date="2023-01-01", prec=Y, mines=1000),
        # "On the night of 3 to 4 May": two killed.
        S("Arkhanhelske", "incident", 713208, date="2024-05-03", prec=D, killed=2),
        # 14 August 2023: tractor driver injured.
        S("Novovorontsovka", "incident", 699034, date="2023-08-14", prec=D, injured=1),
        S("Mykolaiv", "mention", 700569),
        # "That same day ... found 412 anti-tank mines".
        S("Velyka Oleksandrivka", "minefield", 690288, date="2023-08-14", prec=D, mines=412),
        # "Last month 1,200 hectares ... handed back".
        S("Davydiv Brid", "clearance", 710237, date="2024-10-01", prec=M),
        # Training course "In mid-2024".
        S("Beryslav", "conference", 712260, date="2024-01-01", prec=Y),
        S("Kyiv", "mention", 703448),
    ],
    "766_explainer_karabakh_five_years_aghdam_jabrayil_sugovushan_tartar_baku.txt": [
        # "Since the ceasefire" of 10 November 2020: 72 killed, 319 injured.
        C("Azerbaijan", "incident", "AZ", date="2020-11-10", prec=D, killed=72, injured=319),
        R("Karabakh", "minefield", (39.95, 46.85), "AZ"),
        # "Last March a bulldozer driver was killed".
        S("Jabrayil", "incident", 148141, date="2025-03-01", prec=M, killed=1),
        # Maps of minefields handed over in June 2021 (outranks the 2025 clearance).
        A2("Aghdam district", "minefield", 148619, "AZ", date="2021-06-01", prec=M),
        # "Two years ago deminers found more than 1,400 mines".
        S("Sugovushan", "minefield", (40.14, 46.62), country_code="AZ", date="2023-01-01", prec=Y, mines=1400),
        C("Armenia", "mention", "AM"),
        S("Lachin", "mention", 147625),
        S("Fuzuli", "mention", 148106),
        S("Shusha", "mention", 147105),
        # Conference on 12 June.
        S("Baku", "conference", 587084, date="2025-06-12", prec=D),
        C("Tajikistan", "mention", "TJ"),
        C("Cambodia", "mention", "KH"),
        C("Ukraine", "mention", "UA"),
        # "That same day a truck carrying two deminers hit an anti-tank mine near Tartar".
        S("Tartar", "incident", 584871, date="2025-06-12", prec=D, injured=2),
    ],
}
