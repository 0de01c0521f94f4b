"""More development articles (eval/dev 770-781), annotated like those in dev.py.

Text copied out of PDF and DOCX documents into a .txt file under the header, as an
analyst pastes it: lines hard-wrapped at 60-80 characters, generic words hyphenated
across line ends (never a place name), running page headers and footers and page
numbers in mid-text, footnote digits stuck to words with the footnotes at the end,
numbered sections, bullet lists, tables set in columns with spaces, form fields. The
twelve, one document kind and one country each: a national mine action centre's
quarterly bulletin with a minefield status table (Zimbabwe); an NGO's non-technical
survey completion report with a hazardous-area table (Casamance, Senegal); two
explosive-ordnance incident report forms (Tibesti and Ennedi Ouest, Chad); minutes of
a regional coordination meeting with attendance, agenda and action points (south
Lebanon); an OCHA-style situation report on the truffle season (Syria's Badia); a
donor's interim narrative report with an indicator table (Al Dhale' and Lahij,
Yemen); a regional office's monthly summary with a killed/injured table by district
(south-eastern Afghanistan); an operator's monthly operations report with a table of
items destroyed by district (Salavan and Sekong, Laos); a quarterly casualty snapshot
by township (Myanmar); a parliamentary verbatim record of a question and answer
(Bosnia and Herzegovina); a district court's verdict (Izium district, Ukraine); a
certificate of land release and handover with a status table (Tolima, Colombia).

Decisions where the rules are silent (following dev_documents and dev_reports3 where
they speak):
- Running headers, footers and page titles are lines naming places and nothing else
  (mentions); a place also named in the body takes the body's role. A section label
  run into its paragraph's first sentence ("2.4 Masvingo. In the Sango to Crooks
  Corner minefield ... APOPO destroyed 1,389 mines", "3.1 Al Dhale'. In Qa'tabah
  district teams ... destroyed 1,204 items", "3.2 Lahij. Non-technical survey ...
  identified 19 hazardous areas") belongs to that sentence only: Masvingo province
  takes the clearance, not the herder's blast told in the next paragraph.
- A quarter ("In the third quarter of 2025") and a report period given in a header
  field ("Reporting period: 1 July - 31 December 2023", "May 2023", "August 2024",
  "April-June 2024") date undated lines and table rows at month precision, by the
  period's first month. A period stated in a sentence with its days ("Between 1 July
  and 31 December 2023 it released ... in Yemen") is a range: its first day.
- A status table "at 30 September 2025" or "status at 21 November 2023" is a stock
  of contamination on a stated day: each row with land still mined, suspected or
  under survey is a minefield dated that day (day precision), with no count (areas
  are not mines); a row completed or cancelled on its own stated day is a clearance
  dated by it (Burma Valley 14.08.2025, Chaparral 30/10/2023). A table row outranks
  the narrative's clearance for the same place (Mukumbura, Mount Darwin, Rushinga,
  Nyamapanda, Planadas: minefield with the table's date).
- A hazardous-area table with its own "Date recorded" column dates each row by that
  day; a department in several rows takes its first row's day (Goudomp department
  12 February 2024, Ziguinchor department 3 April 2024). Mines seen in one recorded
  area (Boutoupa-Camaracounda: two AP mines) are that row's count.
- Casualty tables by district: a row with killed or injured is an incident with that
  row's counts for the district and its province; a province in several rows sums
  them (Sagaing 4+2 killed, 9+5 injured; Rakhine; Paktika; Salavan's items 743 in a
  clearance table). Zero cells are not written as counts (as in dev_documents). A
  narrated incident replaces the row's facts for every place named in its sentence
  (Zurmat and Paktia: 11 August, 3 killed, 2 injured; Pauk and Magway; Hsipaw and
  Shan State: the fatality of 17 June, killed 1; Ta Oy and Salavan: 16 May, one
  injured), as in dev_documents. A note that only breaks a row down ("five of the
  eight injured were children hurt in April") leaves the row's facts as they are
  (Minbya).
- Form fields of one incident are one sentence: the "Location:" field's places take
  the incident's date and victims (Bardai, Tibesti province, Chad). The place a
  vehicle had left two days earlier (Zouar), the towns of the health centre, the
  evacuation and the team's base (Faya-Largeau), and the database's seat
  (N'Djamena) are mentions. "22 km north of Bardai" names no more specific place, so
  Bardai takes the blast.
- "the old military route to Aozou, where minefields laid during the war with Libya
  in the 1980s remain unmarked": Aozou is a minefield, undated (a decade is not a
  stated year, and the sentence states today's contamination); Libya is a mention.
- Coordination minutes: "South Lebanon" in the title of the meeting held in Nabatieh
  on 12 March gives Lebanon the conference; the municipal representatives in the
  attendance list and the hospital are mentions, their towns take their own agenda
  items. "Two teams will move to Tyre district in April to begin clearance ... around
  Naqoura" is a planned clearance (undated); Naqoura's planned workshop is lower. The
  next meeting "9 April 2025, Tyre" is a conference still to come: no date. "Tyre
  district" and Tyre are separate entries.
- Residents reporting two shells in a garden, removed the next day by EOD (Odaisseh):
  found, so a minefield dated by the report, with the two shells as count.
- "1,284 items removed in Marjayoun and Bint Jbeil districts in February": the one
  figure goes to both districts (mines are not split between places named together).
- OCHA sitrep: "Across Syria, explosive ordnance killed or injured more than 900
  people in 2024" gives Syria an incident for 2024 without counts; the Badia takes
  the highlights' toll "since 1 February" (23 killed, 31 injured, day precision).
  "SYRIAN ARAB REPUBLIC" in the running header is a variant of Syria (written as printed). Palmyra and
  Tadmur (a footnote says they are one town) are one entry. "Two clearance teams
  resumed work on the Homs-Palmyra highway" and "removed 212 items from the verges of
  the highway between Al Furqlus and Tadmur" tell one clearance: the stretch's end
  towns take it (dated by "since 25 February", with the 212 items); Homs, named only
  in the highway's name and as a hospital town, is a mention. "Deir ez-Zor
  governorate" (the blast at Al Mayadin) and the city of Deir ez-Zor (hospital) are
  separate entries; "Hama governorate" is the only Hama.
- "Planned survey in Taiz governorate was postponed" is work that did not happen: a
  mention. The donor (Japan, the Netherlands, Switzerland, Germany, the United
  States) is a mention. "Damt" is GeoNames' Hammam Damt (alternate name Damt), 6 km
  from the town.
- A battle-area clearance on the edge of Gardez (clearance) and a field of rockets
  "beside the main road south of Gardez" recorded in August (no more specific place
  named): Gardez takes the minefield, month precision.
- "Salavan and Sekong are among the provinces of Laos most contaminated by cluster
  munition remnants" states contamination: Laos and Sekong are undated minefields
  (Sekong's clearance rows are lower); Salavan takes the narrated incident. A bomb
  found on 22 May and destroyed on 24 May (Lamam) is a minefield dated by the find.
  "Kaleum and Dakcheung districts lie on the former Ho Chi Minh Trail" is a mention
  for the trail; the districts keep their clearance rows.
- Parliamentary record: the session "Sarajevo, 14 May 2024" in the record's heading
  is a conference held there; "PARLIAMENTARY ASSEMBLY OF BOSNIA AND HERZEGOVINA" is a
  body's name, but the deputy's "Bosnia and Herzegovina has promised to clear all
  mined areas by 2027, yet more than 880 km2 are still suspected" names the country
  in its own right: an undated minefield. Konjic's suspected areas take the
  footnote's stated day ("as of 1 May 2024"), which dates the same stock the deputy
  speaks of. "last year" (Doboj, Tešanj) is 2023 at year precision. A regional
  workshop "in Mostar in June" still to come is a conference with no date. Another
  country's completion date (Croatia) is a mention.
- Court verdict: the court's seat (the dateline Izium) and the widow's home city
  (Kharkiv) are mentions, and "IN THE NAME OF UKRAINE" names Ukraine (a mention);
  "Izium City District Court of Kharkiv Oblast" and "Criminal Code of Ukraine" are
  names of a body and a law, not counted. The instruction to plough the field "near
  the village of Kunie, Izium district, Kharkiv oblast" and the blast "east of the
  village" tell one event: all three take the death of 12 June 2024. The
  pyrotechnic group "sent from Balakliia" is an origin (mention). "Izium district"
  and Izium are separate entries.
- Handover certificate: the places of the task block ("Location: vereda
  Marquetalia, corregimiento of Gaitania") take the task's clearance, dated by its
  first day with its items (3 AP mines + 1 mortar bomb = 4); the municipality and
  department named only in the handover sentence take the handover's day (Tolima;
  Planadas is a table row's minefield). "Colombia's goal of completing clearance"
  is a national goal, like a treaty deadline: a mention.
"""

# ruff: noqa: E501  (article file names and quoted lines are kept whole)

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

# 770 Zimbabwe
_ZW_Q3 = {"date": "2025-07-01", "prec": M}
_ZW_TABLE = {"date": "2025-09-30", "prec": D}
_ZW_BURMA = {"date": "2025-08-14", "prec": D}
_ZW_HERDER = {"date": "2025-08-19", "prec": D, "injured": 1}
# 772 Chad
_BARDAI = {"date": "2023-09-17", "prec": D, "killed": 2, "injured": 3}
_OUNIANGA = {"date": "2023-09-26", "prec": D, "injured": 1}
# 773 Lebanon
_LB_MEETING = {"date": "2025-03-12", "prec": D}
_LB_FEB = {"date": "2025-02-01", "prec": M, "mines": 1284}
# 774 Syria
_FURQLUS = {"date": "2025-02-25", "prec": D, "mines": 212}
_UQAYRIBAT = {"date": "2025-02-22", "prec": D, "killed": 4, "injured": 2}
_MAYADIN = {"date": "2025-03-01", "prec": D, "injured": 3}
# 775 Yemen
_YE_PERIOD = {"date": "2023-07-01", "prec": M}
_QATABAH = {"date": "2023-07-01", "prec": M, "mines": 1204}
# 776 Afghanistan
_AF_AUG = {"date": "2024-08-01", "prec": M}
_ZURMAT = {"date": "2024-08-11", "prec": D, "killed": 3, "injured": 2}
# 777 Laos
_LA_MAY = {"date": "2023-05-01", "prec": M}
_TA_OY = {"date": "2023-05-16", "prec": D, "injured": 1}
# 778 Myanmar
_MM_Q2 = {"date": "2024-04-01", "prec": M}
_PAUK = {"date": "2024-05-09", "prec": D, "killed": 3, "injured": 4}
_HSIPAW = {"date": "2024-06-17", "prec": D, "killed": 1}
# 780 Ukraine
_KUNIE = {"date": "2024-06-12", "prec": D, "killed": 1}
# 781 Colombia
_CO_TASK = {"date": "2023-09-04", "prec": D, "mines": 4}
_CO_HANDOVER = {"date": "2023-11-21", "prec": D}

ARTICLES: dict[str, list[Spec]] = {
    "770_zimac_quarterly_bulletin_mukumbura_nyamapanda_burma_valley_chikombedzi.txt": [
        # "In the third quarter of 2025 the four operators in Zimbabwe released ...
        # and destroyed 3,806 anti-personnel mines" (ZIMAC is a body's name).
        C("Zimbabwe", "clearance", "ZW", mines=3806, **_ZW_Q3),
        # 2.1: 2,417 mines destroyed in Mount Darwin and Rushinga.
        A1("Mashonaland Central", "clearance", (-16.80, 31.30), "ZW", mines=2417, **_ZW_Q3),
        # Narrative clearance, then the status table's row (minefield at 30 Sept).
        S("Mukumbura", "minefield", (-16.20, 31.70), country_code="ZW", **_ZW_TABLE),
        A2("Mount Darwin district", "minefield", 885800, "ZW", **_ZW_TABLE),
        A2("Rushinga", "minefield", (-16.62, 32.22), "ZW", **_ZW_TABLE),
        # 2.2: survey cancelled 315,720 m2 (no items).
        A1("Mashonaland East", "clearance", (-17.80, 32.00), "ZW", **_ZW_Q3),
        # Cancelled land in the narrative; 58,020 m2 under technical survey in the table.
        S("Nyamapanda", "minefield", (-16.96, 32.86), country_code="ZW", **_ZW_TABLE),
        A2("Mudzi district", "minefield", (-17.00, 32.55), "ZW", **_ZW_TABLE),
        # "the road to the border post with Mozambique".
        C("Mozambique", "mention", "MZ"),
        # 2.3: completed and handed over on 14 August 2025 (table: completed 14.08.2025).
        A1("Manicaland", "clearance", (-19.00, 32.50), "ZW", **_ZW_BURMA),
        S("Burma Valley", "clearance", (-19.17, 32.80), country_code="ZW", **_ZW_BURMA),
        A2("Mutare district", "clearance", 884979, "ZW", **_ZW_BURMA),
        # 2.4 label run into the clearance sentence: 1,389 mines.
        A1("Masvingo", "clearance", (-20.80, 31.00), "ZW", mines=1389, **_ZW_Q3),
        # Minefield named by its ends; table row ongoing at 30 September.
        S("Sango", "minefield", (-22.07, 31.72), country_code="ZW", **_ZW_TABLE),
        S("Crooks Corner", "minefield", (-22.42, 31.30), country_code="ZW", **_ZW_TABLE),
        # 19 August: herder injured 4 km east of Chikombedzi, Chiredzi district.
        A2("Chiredzi district", "incident", (-21.40, 31.70), "ZW", **_ZW_HERDER),
        S("Chikombedzi", "incident", (-21.62, 31.32), country_code="ZW", **_ZW_HERDER),
        # Hospital town; transfer.
        S("Chiredzi", "mention", 893485),
        S("Harare", "mention", 890299),
        # Donors.
        C("Japan", "mention", "JP"),
        C("United States", "mention", "US"),
    ],
    "771_nts_completion_report_casamance_goudomp_ziguinchor_boutoupa_nyassia_tanaf.txt": [
        # "Casamance is the last mine-affected region of Senegal."
        R("Casamance", "minefield", (12.75, -15.90), "SN"),
        C("Senegal", "minefield", "SN"),
        # Departments: rows of the hazardous-area table, first row's day.
        A2("Goudomp department", "minefield", 2251470, "SN", date="2024-02-12", prec=D),
        A2("Ziguinchor department", "minefield", (12.50, -16.20), "SN", date="2024-04-03", prec=D),
        # Field office; refresher course 8-10 January 2024.
        S("Ziguinchor", "conference", 2243940, date="2024-01-08", prec=D),
        # Cancelled on 6 March 2024.
        S("Niaguis", "clearance", (12.57, -16.14), country_code="SN", date="2024-03-06", prec=D),
        S("Adéane", "clearance", 2254762, date="2024-03-06", prec=D),
        # A suspected area "along the border with Guinea-Bissau".
        C("Guinea-Bissau", "mention", "GW"),
        S("Tanaf", "minefield", 2244979, date="2024-02-12", prec=D),
        S("Diattacounda", "minefield", (12.57, -15.68), country_code="SN", date="2024-02-20", prec=D),
        S("Samine Escale", "minefield", 2246322, date="2024-02-28", prec=D),
        # CHA recorded 03.04.2024; two AP mines seen by a farmer.
        S(
            "Boutoupa-Camaracounda",
            "minefield",
            (12.44, -16.04),
            country_code="SN",
            date="2024-04-03",
            prec=D,
            mines=2,
        ),
        # A cow killed by a mine on 28 March 2024 (animals are not counted).
        S("Nyassia", "incident", (12.45, -16.38), country_code="SN", date="2024-03-28", prec=D),
        # Footnote: funders.
        C("Netherlands", "mention", "NL"),
        C("Switzerland", "mention", "CH"),
    ],
    "772_chad_incident_report_forms_bardai_tibesti_ounianga_kebir_faya.txt": [
        # Location field of report 2023/TIB/07: 2 killed, 3 injured on 17/09/2023.
        S("Bardaï", "incident", 2435976, **_BARDAI),
        A1("Tibesti province", "incident", (21.00, 17.50), "TD", tolerance_km=LARGE, **_BARDAI),
        C("Chad", "incident", "TD", **_BARDAI),
        # The vehicle had left Zouar; health centre, evacuation and base.
        S("Zouar", "mention", 2424015),
        S("Faya-Largeau", "mention", 2432678),
        # "the old military route to Aozou, where minefields ... remain unmarked".
        S("Aozou", "minefield", 2436628),
        C("Libya", "mention", "LY"),
        # Report 2023/ENO/03: boy injured on 26/09/2023.
        S("Ounianga Kébir", "incident", 242179, **_OUNIANGA),
        A1("Ennedi Ouest province", "incident", (18.50, 20.50), "TD", tolerance_km=LARGE, **_OUNIANGA),
        S("N'Djamena", "mention", 2427123),
    ],
    "773_minutes_south_lebanon_coordination_nabatieh_khiam_kfar_kila_odaisseh_aitaroun_naqoura.txt": [
        # "South Lebanon mine action coordination meeting, Nabatieh, 12 March 2025".
        C("Lebanon", "conference", "LB", **_LB_MEETING),
        S("Nabatieh", "conference", 278913, **_LB_MEETING),
        # Olive groves cleared, completed on 27 February.
        S("Khiam", "clearance", (33.33, 35.61), country_code="LB", date="2025-02-27", prec=D),
        # 4 March: farmer injured by a submunition.
        S("Kfar Kila", "incident", 272849, date="2025-03-04", prec=D, injured=1),
        # 1,284 items removed in February.
        A2("Marjayoun", "clearance", 271226, "LB", **_LB_FEB),
        A2("Bint Jbeil", "clearance", 276592, "LB", **_LB_FEB),
        # Two shells reported in a garden on 9 March, removed the next day.
        S("Odaisseh", "minefield", (33.25, 35.545), country_code="LB", date="2025-03-09", prec=D, mines=2),
        # "where survey in February found 46 submunitions".
        S("Aitaroun", "minefield", (33.117, 35.467), country_code="LB", date="2025-02-01", prec=M, mines=46),
        # Planned clearance from April (undated).
        A2("Tyre district", "clearance", (33.20, 35.30), "LB"),
        S("Naqoura", "clearance", 278832),
        # Next meeting, 9 April: still to come.
        S("Tyre", "conference", 267008),
        S("Beirut", "mention", 276781),
    ],
    "774_ocha_sitrep_syria_badia_truffle_season_sukhnah_uqayribat_mayadin_palmyra.txt": [
        # "Across Syria, explosive ordnance killed or injured more than 900 people in 2024".
        C("Syria", "incident", "SY", variants=["SYRIAN ARAB REPUBLIC"], date="2024-01-01", prec=Y),
        # "killed and 31 injured ... in the Badia since 1 February".
        R(
            "Badia",
            "incident",
            (34.50, 38.50),
            "SY",
            tolerance_km=300,
            date="2025-02-01",
            prec=D,
            killed=23,
            injured=31,
        ),
        # Highway clearance between Al Furqlus and Tadmur since 25 February: 212 items.
        S("Palmyra", "clearance", 163808, variants=["Tadmur"], **_FURQLUS),
        S("Al Furqlus", "clearance", 170340, **_FURQLUS),
        # Name of the highway; hospital town.
        S("Homs", "mention", 169577),
        # 14 February: seven killed about 30 km east of Al-Sukhnah.
        S("Al-Sukhnah", "incident", 172425, date="2025-02-14", prec=D, killed=7),
        S("Uqayribat", "incident", 162803, **_UQAYRIBAT),
        A1("Hama governorate", "incident", (35.15, 37.00), "SY", **_UQAYRIBAT),
        A1("Deir ez-Zor governorate", "incident", (35.00, 40.50), "SY", tolerance_km=LARGE, **_MAYADIN),
        S("Al Mayadin", "incident", 173480, **_MAYADIN),
        # 2 March: shepherd lost a leg south of Al Qaryatayn.
        S("Al Qaryatayn", "incident", 173361, date="2025-03-02", prec=D, injured=1),
        # Hospitals, rehabilitation, risk education.
        S("Deir ez-Zor", "mention", 170794),
        S("Damascus", "mention", 170654),
        S("Salamiyah", "mention", 164947),
        S("Raqqa", "mention", 172955),
    ],
    "775_donor_interim_report_yemen_al_dhale_qatabah_damt_lahij_tur_al_bahah_musaymir.txt": [
        # Donor.
        C("Japan", "mention", "JP"),
        # "Between 1 July and 31 December 2023 it released ... in Yemen and destroyed 1,871".
        C("Yemen", "clearance", "YE", date="2023-07-01", prec=D, mines=1871),
        # 3.1 label run into the Qa'tabah clearance: 1,204 items.
        A1("Al Dhale'", "clearance", (13.75, 44.75), "YE", **_QATABAH),
        A2("Qa'tabah district", "clearance", (13.86, 44.70), "YE", **_QATABAH),
        # 18 October 2023: boy killed, brother injured, north of Damt.
        S("Damt", "incident", 408866, date="2023-10-18", prec=D, killed=1, injured=1),
        # 3.2: 19 hazardous areas identified by survey.
        A1("Lahij", "minefield", (13.10, 44.60), "YE", **_YE_PERIOD),
        A2("Tur al Bahah", "minefield", (13.10, 44.30), "YE", **_YE_PERIOD),
        A2("Al Musaymir", "minefield", 72430, "YE", **_YE_PERIOD),
        # Survey course 3-7 September 2023.
        S("Aden", "conference", 415189, date="2023-09-03", prec=D),
        # Planned survey postponed.
        A1("Taiz governorate", "mention", (13.50, 43.90), "YE"),
    ],
    "776_monthly_summary_afghanistan_south_east_paktia_zurmat_khost_paktika_gardez.txt": [
        # "Eleven people were killed or injured ... in south-eastern Afghanistan in August 2024".
        C("Afghanistan", "incident", "AF", **_AF_AUG),
        # Rows, replaced by the narrated incident of 11 August.
        A1("Paktia", "incident", (33.60, 69.40), "AF", **_ZURMAT),
        A2("Zurmat", "incident", 1120543, "AF", **_ZURMAT),
        A2("Sayed Karam", "incident", 1126216, "AF", injured=1, **_AF_AUG),
        A1("Khost", "incident", (33.35, 69.95), "AF", killed=1, injured=1, **_AF_AUG),
        A2("Sabari", "incident", (33.47, 70.00), "AF", killed=1, injured=1, **_AF_AUG),
        # Rows: 0+0 killed, 2+1 injured.
        A1("Paktika", "incident", (32.60, 68.80), "AF", injured=3, **_AF_AUG),
        A2("Urgun", "incident", 1131479, "AF", injured=2, **_AF_AUG),
        A2("Sharana", "incident", 8534261, "AF", injured=1, **_AF_AUG),
        # Three new hazardous areas recorded in August.
        A2("Jani Khel district", "minefield", 1139500, "AF", **_AF_AUG),
        # Rockets beside the road south of Gardez (minefield) > BAC task > meeting.
        S("Gardez", "minefield", 1141857, **_AF_AUG),
        S("Kabul", "mention", 1138958),
    ],
    "777_laos_monthly_operations_report_salavan_sekong_ta_oy_samouay_dakcheung_lamam.txt": [
        # "among the provinces of Laos most contaminated by cluster munition remnants".
        C("Laos", "minefield", "LA"),
        # Narrated incident of 16 May in Ta Oy district, Salavan province.
        A1("Salavan", "incident", (15.85, 106.40), "LA", **_TA_OY),
        A1("Sekong", "minefield", (15.40, 106.90), "LA"),
        A2("Ta Oy", "incident", (16.00, 106.60), "LA", **_TA_OY),
        # Table 1 rows, May 2023.
        A2("Samouay", "clearance", (16.30, 106.85), "LA", mines=215, **_LA_MAY),
        A2("Toumlan", "clearance", (16.05, 106.25), "LA", mines=73, **_LA_MAY),
        A2("Dakcheung", "clearance", (15.45, 107.15), "LA", mines=318, **_LA_MAY),
        A2("Kaleum", "clearance", (15.80, 106.95), "LA", mines=59, **_LA_MAY),
        # Hospital transfer; quality management workshop 30-31 May.
        S("Pakse", "conference", 1654379, date="2023-05-30", prec=D),
        # Bomb found 22 May beside the school, destroyed 24 May.
        S("Lamam", "minefield", 1659990, date="2023-05-22", prec=D, mines=1),
        F("Ho Chi Minh Trail", "mention", (15.80, 107.00), "LA", tolerance_km=LINEAR),
        C("Vietnam", "mention", "VN"),
        S("Vientiane", "mention", 1651944),
    ],
    "778_myanmar_q2_township_snapshot_kani_yinmarbin_pauk_gangaw_minbya_kyauktaw_hsipaw.txt": [
        # "Between April and June 2024 ... 60 ... casualties in Myanmar, 18 of them fatal".
        C("Myanmar", "incident", "MM", killed=18, injured=42, **_MM_Q2),
        # Sagaing rows: 4+2 killed, 9+5 injured.
        A1("Sagaing", "incident", (23.50, 95.50), "MM", tolerance_km=LARGE, killed=6, injured=14, **_MM_Q2),
        A2("Kani", "incident", (22.43, 94.85), "MM", killed=4, injured=9, **_MM_Q2),
        A2("Yinmarbin", "incident", (22.08, 94.90), "MM", killed=2, injured=5, **_MM_Q2),
        # 9 May: ox-cart in Pauk township, Magway region.
        A1("Magway", "incident", (20.50, 94.60), "MM", tolerance_km=LARGE, **_PAUK),
        A2("Pauk", "incident", (21.45, 94.47), "MM", **_PAUK),
        A2("Gangaw", "incident", (22.17, 94.13), "MM", killed=1, injured=4, **_MM_Q2),
        # Rakhine rows: 5+2 killed, 8+7 injured.
        A1("Rakhine", "incident", (20.20, 93.60), "MM", tolerance_km=LARGE, killed=7, injured=15, **_MM_Q2),
        A2("Minbya", "incident", (20.37, 93.27), "MM", killed=5, injured=8, **_MM_Q2),
        A2("Kyauktaw", "incident", 1316499, "MM", killed=2, injured=7, **_MM_Q2),
        # 17 June: motorbike rider killed in Hsipaw township, northern Shan State.
        A1("Shan", "incident", (21.50, 97.80), "MM", tolerance_km=LARGE, **_HSIPAW),
        A2("Hsipaw", "incident", (22.62, 97.30), "MM", **_HSIPAW),
        # Facilitators trained in June; rehabilitation referrals.
        S("Yangon", "conference", 1298824, date="2024-06-01", prec=M),
        S("Mandalay", "mention", 1311874),
    ],
    "779_parliament_record_bosnia_mine_clearance_teslic_stolac_konjic_doboj_tesanj_bihac.txt": [
        # "19th session, Sarajevo, 14 May 2024".
        S("Sarajevo", "conference", 3191281, date="2024-05-14", prec=D),
        # "more than 880 km2 are still suspected".
        C("Bosnia and Herzegovina", "minefield", "BA"),
        # 6 April: man killed collecting firewood.
        S("Teslić", "incident", 3189143, date="2024-04-06", prec=D, killed=1),
        # 19 March: deminer injured during clearance.
        S("Stolac", "incident", 3189823, date="2024-03-19", prec=D, injured=1),
        # Suspected areas; footnote "as of 1 May 2024".
        S("Konjic", "minefield", 3337476, date="2024-05-01", prec=D),
        C("Germany", "mention", "DE"),
        # "released 2.3 km2 in Doboj and Tešanj municipalities last year".
        S("Doboj", "clearance", 3201984, date="2023-01-01", prec=Y),
        S("Tešanj", "clearance", 3189146, date="2023-01-01", prec=Y),
        # 22 April: cleared farmland handed over.
        S("Bihać", "clearance", 3204222, date="2024-04-22", prec=D),
        # Workshop in June, still to come.
        S("Mostar", "conference", 3194828),
        C("Croatia", "mention", "HR"),
    ],
    "780_court_verdict_izium_farm_manager_tractor_mine_kunie_kapytolivka_balakliia.txt": [
        # "IN THE NAME OF UKRAINE".
        C("Ukraine", "mention", "UA"),
        # The court's seat (dateline).
        S("Izium", "mention", 707292),
        # 12 June 2024: tractor driver killed.
        S("Kunie", "incident", 703676, **_KUNIE),
        A2("Izium district", "incident", (49.20, 37.10), "UA", **_KUNIE),
        A1("Kharkiv oblast", "incident", (49.60, 36.60), "UA", **_KUNIE),
        # The pyrotechnic group was sent from Balakliia.
        S("Balakliia", "mention", 712926),
        # Fields cleared and handed back in May 2024.
        S("Kapytolivka", "clearance", (49.19, 37.34), country_code="UA", date="2024-05-01", prec=M),
        # The widow's home.
        S("Kharkiv", "mention", 706483),
    ],
    "781_colombia_land_release_certificate_tolima_planadas_gaitania_marquetalia_ataco_santiago_perez.txt": [
        # Handover sentence; table row CHA at 21 November 2023 (minefield).
        S("Planadas", "minefield", 3672077, **_CO_HANDOVER),
        A1("Tolima", "clearance", (3.90, -75.20), "CO", **_CO_HANDOVER),
        # Task block: work from 04/09/2023, 3 AP mines + 1 mortar bomb.
        S("Gaitania", "clearance", 3682245, **_CO_TASK),
        S("Marquetalia", "clearance", (3.11, -75.87), country_code="CO", **_CO_TASK),
        S("Bogotá", "mention", 3688689),
        S("Ibagué", "mention", 3680656),
        # Status table at 21 November 2023.
        S("Campo Alegre", "minefield", 3737007, **_CO_HANDOVER),
        S("Ataco", "minefield", 3689450, **_CO_HANDOVER),
        S("Santiago Pérez", "minefield", 3737057, **_CO_HANDOVER),
        S("Rioblanco", "minefield", 3670764, **_CO_HANDOVER),
        # Cancelled 30/10/2023.
        S("Chaparral", "clearance", 3686793, date="2023-10-30", prec=D),
        # Footnote: a national goal.
        C("Colombia", "mention", "CO"),
    ],
}
