"""More development articles (eval/dev 815-826), annotated like those in dev.py.

Excerpts of longer institutional documents pasted as text, one kind and one country
each; some keep hard-wrapped lines, page headers, footnote numbers and section
numbers, some do not: a Landmine Monitor-style country profile section (Tajikistan);
a UN Secretary-General report's numbered mine-action paragraphs (MONUSCO, DR Congo);
an ICRC operational update with facts and bullets (Tigray, Afar and Amhara,
Ethiopia); a national mine action centre's annual report chapter with a table by
district (Sri Lanka); an Article 7 transparency report with forms C, F and J
(Angola); a peace-agreement implementation report (Colombia); a humanitarian needs
overview's mine-action section with a table by state (north-east Nigeria); an
evaluation report's findings with case boxes (Ozren, Bosnia and Herzegovina); a
parliamentary committee's hearing summary (Pakistan's Senate, Balochistan, Khyber
Pakhtunkhwa and the Line of Control); a donor's annual results report (Cambodia); a
university working paper's case study with footnotes (Hays, Yemen); an EU field
mission's quarterly report (EUMA, Armenia).

Decisions where the rules are silent (following dev_documents, dev_documents2 and
dev_reports3 where they speak):
- A stock of contamination "as of" a stated day dates the sentences of the same
  paragraph that say where that stock lies ("Most of it lies ... Tavildara district
  alone holds 38 of the 93 areas ... A few areas remain in Sughd province near
  Isfara"): minefields on that day, day precision. The year mines were laid, told in
  the same sentence ("where Uzbek forces laid mines in 2000"), does not replace the
  stock's date. A present-tense statement of contamination outside such a paragraph
  ("remains the largest task in the country, with 7.9 km2 still to clear"; "marked
  minefields ... were unchanged"; shells "left" along the Line of Control) is an
  undated minefield. "At the end of 2023" is year precision.
- A sentence that continues a period stated as a range with days ("Between 14 June
  and 12 September 2025 ... ", then "Improvised explosive devices caused 14 of those
  incidents, all of them in Beni territory ..." and "In the same period ... 312 in
  and around Bunia") takes that range's first day, at day precision. "Between
  January and June 2024" (no days) is January at month precision. "In the second half
  of 2024" is July 2024 at month precision, like a quarter. Bullets of an update
  whose period is given only in its title (ICRC, January-June 2024) and that state no
  date of their own are dated January 2024, month precision (Adigrat, Wukro,
  Zalambessa).
- A table whose title gives a year ("by district, 2023"; "casualties in 2024") dates
  its rows at year precision. A table row of items destroyed is a clearance whose
  count sums every column of items (AP + AT + UXO: Jaffna 5,114 + 702 = 5,816); a
  narrated event for the same district replaces the row's facts (Kilinochchi takes
  the Pallai handover of 28 June, Vavuniya the completion in November, Trincomalee
  the 103 items from April). An Article 7 Form C row of land still mined "as of 31
  December 2024" is a minefield dated that day and outranks the same municipality's
  Form F release row (Cuito Cuanavale); a Form F row is a clearance dated by its
  "Completed" day with AP + AT + UXO as count; a province named in a row of each
  form (Bié) takes the higher role's row.
- A district named bare in a table of districts ("Jaffna", "Kilinochchi") is the
  district, one entry with the later "Kilinochchi district" as a variant, when the
  article never names the town; the town named apart from its district ("Tavildara"
  and "Tavildara district", "Dera Bugti" and "Dera Bugti district", "Hays" and "Hays
  district", "Hodeidah city" and "Hodeidah governorate") is a separate entry.
- A total with killed and injured given for several places named together ("killed
  27 people and injured 61 in Dera Bugti district and Kohlu district") goes to each of
  them, as one figure of mines goes to each place named with it. A part of unstated
  breakdown ("44 of them in Tigray", "29 of them in North Waziristan and South
  Waziristan", "more than half were in Norte de Santander, Cauca and Antioquia",
  "most occurred in Cuando Cubango and Moxico") is an incident without counts. A
  hospital's patients "injured by mines ... between 2019 and 2023" from a district are
  injured there (Hays district, 312).
- Casualties "on the roads linking Maiduguri to Damboa, Gwoza and Dikwa" and "on the
  road between Al Jarrahi and Zabid": the end towns of the stretch take the incident
  (Maiduguri included, though it is also the camp city). A road named only by its
  destination when a more specific place holds the find ("near Davit Bek, on the road
  to Kapan") is a locating reference: Kapan is a mention.
- A section label run into its first sentence belongs to that sentence only (EUMA
  "2.1 Tavush. On 9 May a resident ... was injured", "2.2 Gegharkunik. Herders reported
  mines", "2.4 Syunik. On 27 May a cow was killed"; "2.3 Vayots Dzor. No incidents
  were reported." is a mention). A case box's heading naming its village is a
  mention; the box's own sentences give the role (Vozuća, Kakmuž).
- "Fighting earlier in the year left unexploded mortar rounds ... around Sake and
  along the road to Goma": a minefield for both, dated by "earlier in the year"
  (2025, year precision). Mines "found and defused" (Butembo) and "reported ... the
  mines were destroyed the same month" (Ou Chrov) are minefields with the items as
  count; items reported by farmers and destroyed by police (Madagali, Michika) too.
- A place where operators could not work ("could not deploy teams to Rutshuru and
  Masisi territories"; demining "suspended" in Argelia; insecurity "prevented us from
  assessing contamination around Woldia"; contamination in the Sambisa forest and on
  Lake Chad "remains unknown") is a mention. A crossing point of returnees (Banki),
  camp towns (Monguno, Ngala), a forward base (Kalaikhum), field offices (Ijevan,
  Martuni, Goris), hospital and rehabilitation towns (Dushanbe, Point Pedro, Mekelle,
  Dessie, Addis Ababa; Mocha's hospital) and interview or footnote places (Aden,
  Sarajevo) are mentions; a place with a higher role elsewhere keeps it (Mocha's
  clearance, Hays's incident).
- A victim's home town named as origin ("a resident of Berd") is a mention; the
  place of the blast (Chinari) takes it. "A farmer was killed ... near Paranthan",
  told in the paragraph that opens "In Kilinochchi district", names only Paranthan:
  Kilinochchi keeps the clearance of its own sentence. "Stockholm Agreement" is an
  agreement's name: not counted. "the Havana talks in March 2015" is a meeting held
  there: conference. A river named as the bank of a released area (Cuito river) and
  a sea named only in a title and running header (Red Sea) are mentions.
- A committee or body's next meeting still to come (Quetta, April 2025) is a
  conference with no date; a review conference held over several days (Siem Reap, 25
  to 29 November 2024) takes its first day. A workshop on two days ("On 22 and 23
  May") takes the first.
- "Across the Tihama plain ... both sides laid mines from 2018 onwards": a minefield
  dated 2018 (year); Yemen, named in that sentence ("Yemen's fruit"), takes the
  incident of the governorate comparison instead ("more mine casualties than any
  other governorate of Yemen", Between 2018 and 2022: 2018, year, no counts).
- A cow killed by a mine (Tegh, Syunik) is an incident with no counts.
- A sentence of a paragraph that opens with a year and continues the same work
  without its own date ("In 2024, Tajikistan released ... Humanitarian demining teams
  worked mainly in ... Darvoz district") takes that year; the national counts are not
  given to the districts. Mines "exposed by the floods of December 2023" and reported
  by villagers (Madhu, Mannar district) are a minefield dated December 2023 (month),
  not by the later survey. New mines laid in "the escalation ... since 16 January
  2025" (Catatumbo, Teorama) are a minefield on that day.
- When a place holds a general statement and a specific event of the same role, the
  specific event's facts win (K5 belt: the July 2024 find of 32 mines at Ou Chrov
  rather than "mines remain concentrated along the K5 belt").
- Donors (the United States, Japan, Germany, Norway, the United Kingdom, Switzerland,
  Australia) and countries named as borders (Afghanistan, Uzbekistan, Eritrea,
  Thailand, Azerbaijan) or origins (Cameroon) are mentions. "Uzbek forces" is a
  demonym (not counted); a possessive ("Colombia's 1,122 municipalities", "Yemen's
  fruit", "Tajikistan's Article 5 deadline") names the country. Places inside the
  name of a body or mission ("United Nations Organization Stabilization Mission in
  the Democratic Republic of the Congo", "EU Monitoring Mission in Armenia") are not
  counted there; the country is counted where the body names it in its own right.
"""

# ruff: noqa: E501

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

_TJ_STOCK = {"date": "2024-12-31", "prec": D}
_TJ_2024 = {"date": "2024-01-01", "prec": Y}
_DRC_PERIOD = {"date": "2025-06-14", "prec": D}
_DRC_DJUGU = {"date": "2025-08-02", "prec": D, "killed": 4, "injured": 3}
_DRC_SAKE = {"date": "2025-01-01", "prec": Y}
_DRC_KALEMIE = {"date": "2025-09-01", "prec": D}
_ET_PERIOD = {"date": "2024-01-01", "prec": M}
_ET_GANTA = {"date": "2024-04-14", "prec": D, "killed": 3, "injured": 1}
_ET_RAYA = {"date": "2024-03-01", "prec": M, "mines": 34}
_ET_ABALA = {"date": "2024-05-02", "prec": D, "injured": 1}
_LK_2023 = {"date": "2023-01-01", "prec": Y}
_LK_ODDUSUDDAN = {"date": "2023-03-03", "prec": D, "injured": 2}
_LK_MADHU = {"date": "2023-12-01", "prec": M}
_LK_EAST = {"date": "2023-04-01", "prec": M, "mines": 103}
_AO_STOCK = {"date": "2024-12-31", "prec": D}
_AO_2024 = {"date": "2024-01-01", "prec": Y}
_CO_STOCK = {"date": "2024-12-31", "prec": D}
_CO_2024 = {"date": "2024-01-01", "prec": Y}
_CO_HUMANICEMOS = {"date": "2024-01-01", "prec": Y, "mines": 17}
_CO_CATATUMBO = {"date": "2025-01-16", "prec": D}
_CO_TIBU = {"date": "2025-02-03", "prec": D, "killed": 2, "injured": 1}
_NG_2024 = {"date": "2024-01-01", "prec": Y}
_NG_ADAMAWA = {"date": "2024-09-01", "prec": M, "mines": 26}
_BA_RELEASE = {"date": "2021-04-01", "prec": M, "mines": 1249}
_PK_SINCE = {"date": "2023-01-01", "prec": M, "killed": 27, "injured": 61}
_PK_2024 = {"date": "2024-01-01", "prec": Y}
_KH_RELEASE = {"date": "2024-01-01", "prec": Y, "mines": 6355}
_KH_SURVEY = {"date": "2024-07-01", "prec": M}
_KH_RATTANAK = {"date": "2024-04-07", "prec": D, "killed": 1, "injured": 1}
_KH_OU_CHROV = {"date": "2024-07-01", "prec": M, "mines": 32}
_YE_2018 = {"date": "2018-01-01", "prec": Y}
_YE_CLEAR = {"date": "2019-01-01", "prec": Y, "mines": 41200}
_YE_MINIBUS = {"date": "2022-03-03", "prec": D, "killed": 7}
_AM_TAVUSH = {"date": "2025-05-09", "prec": D, "injured": 1}
_AM_GEGH = {"date": "2025-04-01", "prec": M}
_AM_TEGH = {"date": "2025-05-27", "prec": D}

ARTICLES: dict[str, list[Spec]] = {
    "815_monitor_profile_tajikistan_tavildara_shamsiddin_shohin_darvoz_isfara_farkhor.txt": [
        # "four mine/ERW casualties in Tajikistan in 2024 (one killed, three injured)".
        C("Tajikistan", "incident", "TJ", killed=1, injured=3, **_TJ_2024),
        C("Afghanistan", "mention", "AF"),
        # The stock "As of 31 December 2024" and where it lies.
        A1("Khatlon province", "minefield", (37.90, 69.30), "TJ", **_TJ_STOCK),
        F("Panj river", "minefield", (37.60, 69.90), "TJ", tolerance_km=LINEAR, **_TJ_STOCK),
        # Also the survey near Gharm (clearance, lower).
        R("Rasht valley", "minefield", (39.00, 70.50), "TJ", **_TJ_STOCK),
        A2("Tavildara district", "minefield", (38.70, 70.50), "TJ", **_TJ_STOCK),
        A1("Sughd province", "minefield", (40.00, 69.50), "TJ", tolerance_km=LARGE, **_TJ_STOCK),
        S("Isfara", "minefield", 1514896, **_TJ_STOCK),
        C("Uzbekistan", "mention", "UZ"),
        # A shepherd killed on 17 May 2024 "in the hills above Tavildara".
        S("Tavildara", "incident", 1220324, date="2024-05-17", prec=D, killed=1),
        # Two boys injured in September 2024; the district's demining is lower.
        A2("Shamsiddin Shohin district", "incident", (37.85, 70.00), "TJ", date="2024-09-01", prec=M, injured=2),
        # Hospital town; footnote sender.
        S("Dushanbe", "mention", 1221874),
        # "in the fourth quarter" (2024).
        S("Farkhor", "incident", 1220826, date="2024-10-01", prec=M, injured=1),
        # Demining "mainly in ... Darvoz district of Gorno-Badakhshan" (the 2024 of
        # the paragraph; the national counts are not split).
        A2("Darvoz district", "clearance", (38.45, 70.85), "TJ", **_TJ_2024),
        A1(
            "Gorno-Badakhshan Autonomous Oblast",
            "clearance",
            (38.30, 72.80),
            "TJ",
            variants=["GBAO"],
            tolerance_km=LARGE,
            **_TJ_2024,
        ),
        # "from a forward base in Kalaikhum".
        S("Kalaikhum", "mention", 1221559),
        # Survey "cancelled 0.21 km2 near Gharm in August 2024".
        S("Gharm", "clearance", 1221740, date="2024-08-01", prec=M),
        # Extension request presented at the intersessional meetings, June 2025.
        S("Geneva", "conference", 2660646, date="2025-06-01", prec=M),
        C("United States", "mention", "US"),
        C("Japan", "mention", "JP"),
        C("Germany", "mention", "DE"),
    ],
    "816_sg_report_drc_monusco_beni_oicha_butembo_djugu_mongbwalu_sake_bunia.txt": [
        # "Between 14 June and 12 September 2025 ... killed 19 civilians and injured 41".
        C("Democratic Republic of the Congo", "incident", "CD", killed=19, injured=41, **_DRC_PERIOD),
        # "14 of those incidents, all of them in Beni territory and Lubero territory, in
        # North Kivu": the period's first day, no counts.
        A2("Beni territory", "incident", (0.55, 29.60), "CD", **_DRC_PERIOD),
        A2("Lubero territory", "incident", (-0.40, 29.05), "CD", **_DRC_PERIOD),
        A1("North Kivu", "incident", (-0.80, 29.00), "CD", tolerance_km=LARGE, **_DRC_PERIOD),
        S("Beni", "incident", 219057, date="2025-06-27", prec=D, killed=4, injured=11),
        S("Oicha", "incident", 8329635, date="2025-08-09", prec=D, killed=2),
        # Two devices found and defused on 22 July.
        S("Butembo", "minefield", 217562, date="2025-07-22", prec=D, mines=2),
        A1("Ituri province", "incident", (1.80, 29.50), "CD", tolerance_km=LARGE, **_DRC_DJUGU),
        A2("Djugu territory", "incident", (1.90, 30.40), "CD", **_DRC_DJUGU),
        S("Mongbwalu", "incident", 208725, **_DRC_DJUGU),
        # Items left "around Sake and along the road to Goma" by fighting earlier in the year.
        S("Sake", "minefield", 205970, **_DRC_SAKE),
        S("Goma", "minefield", 216281, **_DRC_SAKE),
        # No access.
        A2("Rutshuru", "mention", 206047, "CD"),
        A2("Masisi", "mention", (-1.40, 28.85), "CD"),
        # "In the same period ... 312 of the remnants were destroyed in and around Bunia".
        S("Bunia", "clearance", 217695, mines=312, **_DRC_PERIOD),
        # Risk education.
        S("Uvira", "mention", 204405),
        A1("South Kivu", "mention", (-3.00, 28.30), "CD", tolerance_km=LARGE),
        S("Kinshasa", "conference", 2314302, date="2025-07-16", prec=D),
        S("Kalemie", "conference", 214974, **_DRC_KALEMIE),
        A1("Tanganyika province", "conference", (-6.20, 28.50), "CD", tolerance_km=LARGE, **_DRC_KALEMIE),
    ],
    "817_icrc_operational_update_ethiopia_tigray_adigrat_zalambessa_idaga_hamus_abala_korem.txt": [
        # "Between January and June 2024 ... in Ethiopia (23 killed, 38 injured)".
        C("Ethiopia", "incident", "ET", killed=23, injured=38, **_ET_PERIOD),
        # "44 of them in Tigray": no counts.
        A1("Tigray", "incident", (13.90, 39.10), "ET", tolerance_km=LARGE, **_ET_PERIOD),
        # 19 contaminated sites marked (undated bullet: the update's first month).
        S("Adigrat", "minefield", 345149, **_ET_PERIOD),
        S("Wukro", "minefield", 326116, **_ET_PERIOD),
        S("Zalambessa", "minefield", (14.52, 39.38), country_code="ET", **_ET_PERIOD),
        C("Eritrea", "mention", "ER"),
        A2("Ganta Afeshum woreda", "incident", (14.20, 39.55), "ET", **_ET_GANTA),
        S("Idaga Hamus", "incident", 334478, **_ET_GANTA),
        # "In March, farmers near Korem and Alamata, in the Raya area ... reported 34 items".
        S("Korem", "minefield", 332746, **_ET_RAYA),
        S("Alamata", "minefield", 344357, **_ET_RAYA),
        R("Raya", "minefield", (12.65, 39.60), "ET", **_ET_RAYA),
        # The herder's leg on 2 May; the Semera workshop is lower.
        A1("Afar", "incident", (12.00, 41.00), "ET", tolerance_km=LARGE, **_ET_ABALA),
        # The Afar town (GeoNames' cities500 Abala is another place, in the west).
        S("Abala", "incident", (13.35, 39.77), country_code="ET", **_ET_ABALA),
        # Insecurity prevented an assessment.
        A1("Amhara", "mention", (11.50, 38.50), "ET", tolerance_km=LARGE),
        S("Woldia", "mention", 326406),
        A2("North Wollo", "mention", (11.80, 39.30), "ET"),
        # Hospital and rehabilitation centres.
        S("Mekelle", "mention", 331180),
        S("Dessie", "mention", 339219),
        S("Addis Ababa", "mention", 344979),
        # Workshop "On 22 and 23 May".
        S("Semera", "conference", 6913519, date="2024-05-22", prec=D),
    ],
    "818_nmac_annual_report_sri_lanka_muhamalai_nagarkovil_pallai_oddusuddan_madhu_paranthan.txt": [
        # "Five mine and ERW casualties were recorded in Sri Lanka in 2023 (one killed,
        # four injured)".
        C("Sri Lanka", "incident", "LK", killed=1, injured=4, **_LK_2023),
        # "As of 31 December 2023 ... 19.8 km2 of it in the Northern Province".
        A1("Northern Province", "minefield", (9.10, 80.40), "LK", date="2023-12-31", prec=D),
        # Table 4.1 rows (2023): AP + AT + UXO.
        A2("Jaffna", "clearance", 1242833, "LK", mines=5816, **_LK_2023),
        # The Pallai handover replaces the row's facts.
        A2(
            "Kilinochchi",
            "clearance",
            1240372,
            "LK",
            variants=["Kilinochchi district"],
            date="2023-06-28",
            prec=D,
        ),
        A2("Mullaitivu", "incident", 1234393, "LK", variants=["Mullaitivu district"], **_LK_ODDUSUDDAN),
        # Mines exposed by the December 2023 floods near Madhu.
        A2("Mannar", "minefield", 1236150, "LK", variants=["Mannar district"], **_LK_MADHU),
        A2("Vavuniya", "clearance", 1225018, "LK", variants=["Vavuniya district"], date="2023-11-01", prec=M),
        A2("Trincomalee", "clearance", 1226260, "LK", variants=["Trincomalee district"], **_LK_EAST),
        # "the former forward defence line that crosses the base of the Jaffna
        # Peninsula from Muhamalai to Nagarkovil remains the largest task".
        R("Jaffna Peninsula", "minefield", (9.70, 80.10), "LK"),
        S("Nagarkovil", "minefield", (9.73, 80.28), country_code="LK"),
        # A deminer injured on 11 October 2023.
        S("Muhamalai", "incident", (9.63, 80.27), country_code="LK", date="2023-10-11", prec=D, injured=1),
        S("Point Pedro", "mention", 1229989),
        S("Pallai", "clearance", (9.60, 80.33), country_code="LK", date="2023-06-28", prec=D),
        S("Paranthan", "incident", (9.43, 80.40), country_code="LK", date="2023-08-19", prec=D, killed=1),
        S("Oddusuddan", "incident", (9.155, 80.665), country_code="LK", **_LK_ODDUSUDDAN),
        S("Madhu", "minefield", (8.85, 80.20), country_code="LK", **_LK_MADHU),
        A1("Eastern Province", "clearance", (7.90, 81.50), "LK", tolerance_km=LARGE, **_LK_EAST),
        S("Colombo", "conference", 1248991, date="2023-12-07", prec=D),
    ],
    "819_article7_report_angola_cuando_cubango_cuito_cuanavale_mavinga_moxico_luau_bie_nharea.txt": [
        # Form J: "In 2024, 11 accidents ... in Angola, killing 9 people and injuring 17".
        C("Angola", "incident", "AO", killed=9, injured=17, **_AO_2024),
        # "most occurred in Cuando Cubango and Moxico": no counts.
        A1("Cuando Cubango", "incident", (-15.60, 19.20), "AO", tolerance_km=LARGE, **_AO_2024),
        A1("Moxico", "incident", (-12.50, 21.50), "AO", tolerance_km=LARGE, **_AO_2024),
        # Form C row (Andulo) outranks the Form F rows.
        A1("Bié", "minefield", (-12.50, 17.50), "AO", tolerance_km=LARGE, **_AO_STOCK),
        # Form C rows, "Status as of 31 December 2024".
        S("Cuito Cuanavale", "minefield", 3349149, **_AO_STOCK),
        S("Rivungo", "minefield", 875820, **_AO_STOCK),
        S("Luau", "minefield", 876177, **_AO_STOCK),
        S("Lumbala Nguimbo", "minefield", 7905765, **_AO_STOCK),
        S("Andulo", "minefield", 3351884, **_AO_STOCK),
        # The tractor of 4 February 2024 outranks its Form C row.
        S("Mavinga", "incident", 876019, date="2024-02-04", prec=D, killed=2),
        # Form F rows: completed day, AP + AT + UXO.
        S("Menongue", "clearance", 3347353, date="2024-03-22", prec=D, mines=51),
        S("Dirico", "clearance", 876292, date="2024-09-09", prec=D, mines=30),
        S("Nharea", "clearance", 3346942, date="2024-05-30", prec=D, mines=221),
        S("Camacupa", "clearance", 3351014, date="2024-10-17", prec=D, mines=49),
        S("Cangamba", "clearance", 3350775, date="2024-12-05", prec=D, mines=434),
        # "lies on the east bank of the Cuito river".
        F("Cuito river", "mention", (-15.16, 19.17), "AO", tolerance_km=LINEAR),
        S("Luanda", "conference", 2240449, date="2024-11-12", prec=D),
        C("United Kingdom", "mention", "GB"),
        C("United States of America", "mention", "US"),
        C("Japan", "mention", "JP"),
        C("Norway", "mention", "NO"),
    ],
    "820_peace_agreement_implementation_colombia_catatumbo_tibu_el_tarra_caqueta_la_montanita_samaniego.txt": [
        # "In 2024 ... 119 victims ... in Colombia (21 killed, 98 injured)".
        C("Colombia", "incident", "CO", killed=21, injured=98, **_CO_2024),
        # "more than half were in Norte de Santander, Cauca and Antioquia".
        A1("Antioquia", "incident", (6.90, -75.50), "CO", tolerance_km=LARGE, **_CO_2024),
        A1("Cauca", "incident", (2.50, -76.80), "CO", **_CO_2024),
        A1("Norte de Santander", "incident", (8.00, -72.90), "CO", **_CO_2024),
        # Areas pending "As of 31 December 2024"; the Samaniego handover is lower.
        A1("Nariño", "minefield", (1.50, -77.80), "CO", **_CO_STOCK),
        A1("Caquetá", "minefield", (1.00, -74.50), "CO", tolerance_km=LARGE, **_CO_STOCK),
        S("Havana", "conference", 3553478, date="2015-03-01", prec=M),
        # Humanicemos DH: 61,400 m2 and 17 devices in 2024.
        S("La Montañita", "clearance", 3678363, **_CO_HUMANICEMOS),
        S("Cartagena del Chairá", "clearance", 3792382, **_CO_HUMANICEMOS),
        # Accreditation renewed; deminers live there.
        A1("Meta", "mention", (3.30, -73.00), "CO", tolerance_km=LARGE),
        S("Mesetas", "mention", 3763578),
        # New mines laid "since 16 January 2025".
        R("Catatumbo", "minefield", (8.70, -73.00), "CO", **_CO_CATATUMBO),
        S("Tibú", "incident", 3667202, **_CO_TIBU),
        S("El Tarra", "incident", 3738301, **_CO_TIBU),
        S("Teorama", "minefield", 3667286, **_CO_CATATUMBO),
        # Demining suspended since October 2023.
        S("Argelia", "mention", 3689615),
        S("Samaniego", "clearance", 3670293, date="2024-11-21", prec=D),
        S("Bogotá", "conference", 3688689, date="2025-03-11", prec=D),
    ],
    "821_hno_nigeria_borno_adamawa_yobe_mafa_gujba_buni_yadi_madagali_michika.txt": [
        # "In 2024, explosive ordnance killed 168 people and injured 244 in north-east
        # Nigeria".
        C("Nigeria", "incident", "NG", killed=168, injured=244, **_NG_2024),
        # Table 3.4.1 rows, "casualties in 2024".
        A1("Borno", "incident", (11.80, 13.00), "NG", tolerance_km=LARGE, killed=141, injured=196, **_NG_2024),
        A1("Adamawa", "incident", (9.50, 12.50), "NG", tolerance_km=LARGE, killed=19, injured=31, **_NG_2024),
        A1("Yobe", "incident", (12.20, 11.50), "NG", tolerance_km=LARGE, killed=8, injured=17, **_NG_2024),
        # "Most casualties occurred on the roads linking Maiduguri to Damboa, Gwoza and
        # Dikwa ... and on farmland around Konduga and Bama": the year, no counts.
        S("Maiduguri", "incident", 2331447, **_NG_2024),
        S("Damboa", "incident", 2345498, **_NG_2024),
        S("Gwoza", "incident", 2339665, **_NG_2024),
        S("Dikwa", "incident", 2344854, **_NG_2024),
        S("Konduga", "incident", 2334044, **_NG_2024),
        S("Bama", "incident", 2347954, **_NG_2024),
        S("Mafa", "incident", 2331628, date="2024-06-19", prec=D, killed=8),
        A2("Gujba LGA", "incident", (11.40, 11.90), "NG", **_NG_2024),
        S("Buni Yadi", "incident", 2596833, **_NG_2024),
        # 26 items reported "after the September rains" and destroyed.
        S("Madagali", "minefield", 2331715, **_NG_ADAMAWA),
        S("Michika", "minefield", 2330157, **_NG_ADAMAWA),
        # Camps.
        S("Monguno", "mention", 2329946),
        S("Ngala", "mention", 2329087),
        C("Cameroon", "mention", "CM"),
        S("Banki", "mention", 6776134),
        # Contamination "remains unknown".
        F("Sambisa forest", "mention", (11.25, 13.35), "NG"),
        F("Lake Chad", "mention", (13.20, 14.00), None, tolerance_km=LINEAR),
        S("Yola", "conference", 2318044, date="2024-11-01", prec=M),
    ],
    "822_evaluation_findings_bosnia_ozren_vozuca_petrovo_kakmuz_zavidovici_maglaj.txt": [
        # "On 30 June 2024, 7.3 km2 of the Ozren area was still suspected".
        F("Ozren", "minefield", (44.60, 18.25), "BA", date="2024-06-30", prec=D),
        # "918 km2 of suspected hazardous area at the end of 2023".
        C("Bosnia and Herzegovina", "minefield", "BA", date="2023-01-01", prec=Y),
        # Finding 4: April 2021 - June 2024, 1,037 mines + 212 UXO.
        S("Zavidovići", "clearance", 3186717, **_BA_RELEASE),
        S("Maglaj", "clearance", 3195946, **_BA_RELEASE),
        # The lessons-learned workshop is lower.
        S("Doboj", "clearance", 3201984, **_BA_RELEASE),
        # A deminer injured on 14 September 2023.
        S("Petrovo", "incident", 3203643, date="2023-09-14", prec=D, injured=1),
        # Box 1: a man killed in 2019 above Vozuća.
        S("Vozuća", "incident", 3187393, date="2019-01-01", prec=Y, killed=1),
        # Box 2: two PROM-1 mines found in March 2023.
        S("Kakmuž", "minefield", (44.60, 18.31), country_code="BA", date="2023-03-01", prec=M, mines=2),
        A1("Republika Srpska", "mention", (44.75, 17.50), "BA", tolerance_km=LARGE),
        A1("Zenica-Doboj Canton", "mention", (44.40, 18.00), "BA"),
        # Comparison group.
        S("Žepče", "mention", 3186567),
        S("Tešanj", "mention", 3189146),
        S("Tuzla", "mention", 3188582),
        S("Sarajevo", "mention", 3191281),
        C("Switzerland", "mention", "CH"),
    ],
    "823_senate_committee_hearing_pakistan_dera_bugti_kohlu_waziristan_wana_datta_khel_kotli.txt": [
        S("Islamabad", "conference", 1176615, date="2025-03-04", prec=D),
        # "in 2024 ... destroyed 2,316 explosive items in Balochistan".
        A1("Balochistan", "clearance", (28.50, 65.50), "PK", tolerance_km=300, mines=2316, **_PK_2024),
        # "43 casualties ... in the merged districts in 2024 (18 killed, 25 injured)".
        A1("Khyber Pakhtunkhwa", "incident", (34.00, 71.50), "PK", tolerance_km=LARGE, killed=18, injured=25, **_PK_2024),
        C("Pakistan", "mention", "PK"),
        # "since January 2023 ... killed 27 people and injured 61 in Dera Bugti district
        # and Kohlu district".
        A2("Dera Bugti district", "incident", (29.10, 69.20), "PK", **_PK_SINCE),
        A2("Kohlu district", "incident", (29.90, 69.25), "PK", **_PK_SINCE),
        S("Dera Bugti", "incident", 1180295, date="2025-01-19", prec=D, killed=3),
        A2("Barkhan district", "clearance", (29.90, 69.60), "PK", **_PK_2024),
        # "had marked 14 suspected mined areas around the Sui gas field" (2024).
        F("Sui gas field", "minefield", (28.63, 69.18), "PK", **_PK_2024),
        # "29 of them in North Waziristan and South Waziristan": no counts.
        A2("North Waziristan", "incident", (32.95, 70.00), "PK", **_PK_2024),
        A2("South Waziristan", "incident", (32.30, 69.70), "PK", **_PK_2024),
        S("Datta Khel", "incident", 1109262, date="2024-12-02", prec=D, injured=2),
        S("Wana", "incident", 1162634, date="2025-02-11", prec=D, injured=1),
        C("Afghanistan", "mention", "AF"),
        # Unexploded shells left by past shelling: undated.
        R("Line of Control", "minefield", (33.50, 74.00), None, tolerance_km=LINEAR),
        A1("Azad Jammu and Kashmir", "minefield", (33.80, 73.80), "PK"),
        A2("Kotli district", "minefield", (33.50, 73.90), "PK"),
        A2("Bhimber district", "minefield", (32.97, 74.07), "PK"),
        # Next meeting still to come.
        S("Quetta", "conference", 1167528),
    ],
    "824_donor_results_report_cambodia_battambang_pailin_rattanak_mondul_kamrieng_ou_chrov_samlout.txt": [
        # "Cambodia recorded 49 casualties ... in 2024 (11 killed, 38 injured)".
        C("Cambodia", "incident", "KH", killed=11, injured=38, date="2024-01-01", prec=Y),
        # The general line and the Ou Chrov find of July 2024: the specific event.
        R("K5 belt", "minefield", (13.70, 102.90), "KH", tolerance_km=LINEAR, **_KH_OU_CHROV),
        C("Thailand", "mention", "TH"),
        C("Australia", "mention", "AU"),
        # 2,914 AP + 61 AT + 3,380 other items in the three provinces.
        A1("Battambang", "clearance", (13.00, 103.00), "KH", **_KH_RELEASE),
        A1("Pailin", "clearance", (12.85, 102.60), "KH", **_KH_RELEASE),
        A1("Banteay Meanchey", "clearance", (13.75, 103.00), "KH", **_KH_RELEASE),
        A2("Kamrieng district", "clearance", (13.05, 102.50), "KH", date="2024-10-15", prec=D),
        A2("Samlout district", "clearance", (12.65, 102.85), "KH", date="2024-11-28", prec=D),
        A2("Ou Chrov district", "minefield", (13.65, 102.65), "KH", **_KH_OU_CHROV),
        # "in the second half of 2024".
        A1("Oddar Meanchey", "minefield", (14.15, 103.60), "KH", **_KH_SURVEY),
        A1("Preah Vihear", "minefield", (13.90, 105.00), "KH", **_KH_SURVEY),
        A2("Rattanak Mondul district", "incident", (12.90, 102.90), "KH", **_KH_RATTANAK),
        S("Siem Reap", "conference", 1822214, date="2024-11-25", prec=D),
        S("Phnom Penh", "conference", 1821306, date="2024-12-10", prec=D),
    ],
    "825_research_case_study_yemen_tihama_hays_al_khawkhah_mocha_al_jarrahi_zabid.txt": [
        # "more mine casualties than any other governorate of Yemen" (2018-2022).
        C("Yemen", "incident", "YE", **_YE_2018),
        # Title and running header.
        F("Red Sea", "mention", (15.00, 41.50), None, tolerance_km=1000),
        # "both sides laid mines from 2018 onwards".
        R("Tihama plain", "minefield", (14.50, 43.20), "YE", tolerance_km=LINEAR, **_YE_2018),
        # 312 people "injured by mines ... between 2019 and 2023".
        A2("Hays district", "incident", (13.95, 43.55), "YE", date="2019-01-01", prec=Y, injured=312),
        A1("Hodeidah governorate", "incident", (14.80, 43.20), "YE", tolerance_km=LARGE, **_YE_2018),
        S("Hodeidah city", "mention", 79415),
        # 41,200 items removed "from around Al Khawkhah and Mocha between 2019 and 2023".
        S("Mocha", "clearance", 78751, **_YE_CLEAR),
        S("Al Khawkhah", "clearance", 79131, **_YE_CLEAR),
        # Three children killed in August 2023 east of Hays.
        S("Hays", "incident", 74906, date="2023-08-01", prec=M, killed=3),
        S("Al Jarrahi", "incident", 79284, **_YE_MINIBUS),
        S("Zabid", "incident", 69500, **_YE_MINIBUS),
        S("Aden", "mention", 415189),
    ],
    "826_eu_mission_field_report_armenia_tavush_chinari_movses_sotk_tegh_davit_bek.txt": [
        # "killed or injured 17 civilians in Armenia since January 2021".
        C("Armenia", "incident", "AM", date="2021-01-01", prec=M),
        C("Azerbaijan", "mention", "AZ"),
        # Field offices.
        S("Ijevan", "mention", 616627),
        S("Martuni", "mention", 616438),
        S("Yeghegnadzor", "conference", 174710, date="2025-06-18", prec=D),
        # "marked minefields on the high pastures east of the town": undated.
        S("Jermuk", "minefield", 174884),
        S("Goris", "mention", 174895),
        # Field office; "on the road to Kapan" locates Davit Bek.
        S("Kapan", "mention", 174875),
        # "2.1 Tavush. On 9 May a resident of Berd was injured ... above Chinari".
        A1("Tavush", "incident", (40.95, 45.20), "AM", **_AM_TAVUSH),
        S("Berd", "mention", 616802),
        S("Chinari", "incident", 616780, **_AM_TAVUSH),
        S("Movses", "clearance", 616403, date="2025-06-03", prec=D),
        # "2.2 Gegharkunik. Herders reported mines ... in April".
        A1("Gegharkunik", "minefield", (40.30, 45.30), "AM", **_AM_GEGH),
        S("Sotk", "minefield", 616041, **_AM_GEGH),
        S("Geghamasar", "minefield", 616646, **_AM_GEGH),
        # "2.3 Vayots Dzor. No incidents were reported."
        A1("Vayots Dzor", "mention", (39.75, 45.40), "AM"),
        # "2.4 Syunik. On 27 May a cow was killed by a mine near Tegh".
        A1("Syunik", "incident", (39.50, 46.20), "AM", **_AM_TEGH),
        S("Tegh", "incident", 174743, **_AM_TEGH),
        S("Davit Bek", "minefield", 174926, date="2025-06-12", prec=D, mines=3),
        S("Yerevan", "mention", 616052),
    ],
}
