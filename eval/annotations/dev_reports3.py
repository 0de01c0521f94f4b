"""More development articles (eval/dev 695-706), annotated like those in dev.py.

Excerpts of long reports pasted from PDF, as a text extractor returns them: hard line
breaks inside paragraphs, running headers and footers ("Page 212 of 388", the report's
title, a UN document symbol), numbered headings and paragraphs, footnote digits stuck
to words with the footnotes at the page end, bullet lists and small space-separated
tables. One kind and one country or region each: an annual country chapter of a global
monitor (Zimbabwe); an OCHA-style humanitarian bulletin with a "Mine action" section
(Sudan); an evaluation report's findings (Savannakhet, Laos); a quarterly casualty
surveillance report with a table by province (Afghanistan); a ministry's national mine
action programme (Croatia); an Article 7 transparency report with forms C, F and J
(Casamance, Senegal); a donor's programme summary (Somalia); a research paper's case
study (Cordillera del Cóndor, Peru and Ecuador); an NGO end-of-project report
(Sulaymaniyah and Halabja, Iraq); a parliamentary committee report (Ukraine); a UN
Secretary-General report's mine-action paragraphs (Western Sahara); a regional
cooperation report (Mali, Burkina Faso, Niger).

Decisions where the rules are silent (following dev_documents where it speaks):
- Running headers, footers and headings that name a place and nothing else are
  mentions; a place also named in the body takes the body's role.
- The period of a report or table dates its undated lines and rows at month
  precision: "Results, April 2022 - June 2023" dates the Somali bullets April 2022; the
  SG report's period "from 1 September 2024" dates its undated paragraphs September
  2024 (month); the Afghan table "January-March 2024" and the Sahel table
  "January-September 2024" give January 2024 (month). A period stated in a sentence
  with days ("Between 1 January and 31 March 2024", "from 1 September 2024 to 31
  August 2025") is a range: its first day, at day precision.
- A quarter ("in the second quarter of the year", "in the fourth quarter of 2023",
  "in the third quarter") is its first month, at month precision, like "between
  January and March".
- A table row stating killed and injured for a country or province is an incident
  with those counts (Mali, Burkina Faso, Niger; the Afghan provinces); a province whose
  own incident is narrated takes that event's facts instead of its row (Helmand,
  Ghazni), as in dev_documents. A row of a contamination table ("MSA by county, 1
  January 2025"; "Status at 31.12.2023 ... confirmed/suspected hazardous area") is a
  minefield dated by that stated day; a row that only releases land is a clearance.
- A stock of contamination "as of" or "on" a stated day is dated to that day; the
  sentence after it that gives the figure belongs to the same statement (Senegal and
  Casamance: 31 December 2023). "by the end of 2024" is year precision (Kherson
  oblast); "had returned 5,800 hectares ... by December 2024" is month (Izium).
- "more UXO casualties since 1964 than any other province of the Lao PDR" is an
  incident for the province and the country, dated 1964 (year), with no counts.
  "accounts for more than half of the incidents recorded ... this year" (Liptako-Gourma)
  and "where most device incidents occurred in 2023" (Hiraan) are incidents without
  counts. A footnote saying incidents in a region are under-reported (Ménaka) is an
  undated incident, like Niassa in dev_documents.
- Survivors "from Condorcanqui province" treated by a hospital between 2010 and 2019
  are injured in that province: incident, injured = 5, dated 2010 (year).
- "Ecuador reported completing clearance ... in 2022" is a clearance in 2022 (year);
  "Peru's clearance in Amazonas region is due to end in 2025" is a planned clearance,
  undated. The "Cenepa War" is an event name: not counted; the "Cenepa river" and "El
  Cenepa district" are counted, as separate places. A treaty title in a footnote
  ("Acta Presidencial de Brasília") is not counted; Brasília is counted from the body.
- Mines "washed out of a hillside" reported by villagers and "found and destroyed" by
  the standby team (Tawela) are a minefield with the mines destroyed as count; the
  footnote date of the task report is not the event's.
- Hazardous areas recorded by survey are a minefield with no count (areas are not
  mines): Bahri's 38 areas, Sharbazher's 19, the 11 Somali areas, Nong's 212.
- "The Government of Ukraine" and "Ministry of Economy of Ukraine" are organisations;
  the article names Ukraine in its own right ("Ukraine's government ... of the
  country", "across Ukraine"). "Kurdistan Region, along Iraq's border with Iran":
  Iraq shares the sentence's clearance, Iran is a border.
- A title pairing two governorates ("in Sulaymaniyah and Halabja") names the
  governorates; the body's "Sulaymaniyah governorate" and "Halabja governorate" join
  them as variants.
- A road's end town in a sentence about a blast elsewhere on it ("the road to Bulo
  Burte was closed for a week") is a mention; the end towns of a stretch where
  devices were removed (Fada N'Gourma, Kantchari) or hazardous areas identified
  (Tifariti) share that event. "most of them between Baidoa and Burhakaba", "mostly
  in the areas of Smara and Mahbes", "mostly on the axes around Téra", "most of them in
  the Mopti region": the places take the event without counts.
- A training course a committee observed during a dated visit (Chernihiv) is a
  conference dated by the visit's first day. A course or meeting still to come (Gospić
  in March 2025, announced in February) is a conference with no date.
- Cattle killed in a minefield during a year (Rushinga) make an incident for that year
  with no counts. A camel killed near Agwanit is an incident with no counts.
- Donors (Germany, the Netherlands, France, Canada, the Republic of Korea, the UK) and
  countries named only as borders (Mozambique, Vietnam, Chad, Serbia, Bosnia and
  Herzegovina, Guinea-Bissau, the Gambia, Ethiopia, Mauritania, Iran) are mentions.
"""

# ruff: noqa: E501  (article file names and quoted lines are kept whole)
from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

_MUKUMBURA = {"date": "2023-08-01", "prec": M, "killed": 1, "injured": 1}
_OMBADA = {"date": "2025-05-17", "prec": D, "killed": 3, "injured": 2}
_BAN_DONG = {"date": "2022-02-01", "prec": M, "injured": 2}
_TA_OY = {"date": "2021-01-01", "prec": Y, "killed": 2}
_NAHR = {"date": "2024-03-11", "prec": D, "killed": 4, "injured": 1}
_ANDAR = {"date": "2024-01-01", "prec": M, "injured": 1}
_AFG_Q1 = {"date": "2024-01-01", "prec": M}
_HR_MSA = {"date": "2025-01-01", "prec": D}
_SVETI_ROK = {"date": "2024-12-03", "prec": D, "killed": 1}
_SN_STOCK = {"date": "2023-12-31", "prec": D}
_DJIBIDIONE = {"date": "2023-08-12", "prec": D, "injured": 1}
_SO_PERIOD = {"date": "2022-04-01", "prec": M}
_GAROWE = {"date": "2023-02-12", "prec": D}
_BALAKLIIA = {"date": "2024-09-02", "prec": D, "killed": 1, "injured": 1}
_KYIV_VISIT = {"date": "2025-02-10", "prec": D}
_SNIHURIVKA = {"date": "2024-08-01", "prec": M}
_EH_PERIOD = {"date": "2024-09-01", "prec": M}
_MIJEK = {"date": "2025-05-28", "prec": D, "killed": 1, "injured": 1}
_BANDIAGARA = {"date": "2024-06-14", "prec": D, "killed": 9}
_SAHEL_TABLE = {"date": "2024-01-01", "prec": M}
_FADA = {"date": "2024-07-01", "prec": M, "mines": 48}
_TILLABERI = {"date": "2024-01-01", "prec": M}

ARTICLES: dict[str, list[Spec]] = {
    "695_monitor_chapter_zimbabwe_mukumbura_rushinga_chiredzi_sango_chipinge.txt": [
        # "six mine casualties in Zimbabwe in 2023 (two killed and four injured)".
        C("Zimbabwe", "incident", "ZW", date="2023-01-01", prec=Y, killed=2, injured=4),
        # "the belts laid along the border with Mozambique".
        C("Mozambique", "mention", "MZ"),
        # "The remaining minefields lie in ...": undated; the table's clearance is lower.
        A1("Mashonaland Central", "minefield", (-16.8, 31.5), "ZW"),
        A1("Manicaland", "minefield", (-19.0, 32.5), "ZW"),
        A1("Masvingo", "minefield", (-20.5, 31.2), "ZW"),
        # "The longest stretch runs from the Sango border post south-west to Crooks Corner".
        S("Sango", "minefield", (-22.07, 31.72), country_code="ZW"),
        F("Crooks Corner", "minefield", (-22.42, 31.30), "ZW"),
        # August 2023: a herd boy killed, his cousin injured.
        S("Mukumbura", "incident", (-16.20, 31.70), country_code="ZW", **_MUKUMBURA),
        A2("Mount Darwin district", "incident", 885800, "ZW", **_MUKUMBURA),
        # "in the second quarter of the year" (2023): April, month precision.
        A2(
            "Chiredzi district",
            "incident",
            893485,
            "ZW",
            date="2023-04-01",
            prec=M,
            injured=1,
        ),
        # Cattle killed "during the year" (2023) outrank the completed clearance.
        A2("Rushinga", "incident", (-16.63, 32.23), "ZW", date="2023-01-01", prec=Y),
        # "one team destroyed 2,403 mines over the year".
        S("Chipinge", "clearance", 893549, date="2023-01-01", prec=Y, mines=2403),
        S("Harare", "conference", 890299, date="2024-03-01", prec=M),
        # Footnote: an email from a police officer there.
        S("Bindura", "mention", 895061),
    ],
    "696_ocha_bulletin_sudan_khartoum_omdurman_ombada_bahri_wad_madani_port_sudan.txt": [
        # "In the reporting period ... 41 explosive ordnance casualties across Sudan":
        # May 2025, a combined figure.
        C("Sudan", "incident", "SD", date="2025-05-01", prec=M),
        # "29 of them in Khartoum State" (combined); clearance since March is lower.
        A1("Khartoum State", "incident", (15.6, 32.8), "SD", date="2025-05-01", prec=M),
        # Farmers reported mortar bombs in canals: the bulletin's month.
        A1(
            "Al Jazirah State",
            "minefield",
            (14.4, 33.3),
            "SD",
            date="2025-05-01",
            prec=M,
        ),
        S("El Fasher", "mention", 379555),
        A1("North Darfur", "mention", (15.5, 25.0), "SD", tolerance_km=LARGE),
        C("Chad", "mention", "TD"),
        S("Omdurman", "incident", 365137, **_OMBADA),
        A2("Ombada", "incident", (15.67, 32.40), "SD", **_OMBADA),
        # 38 new hazardous areas identified in the reporting period (no mines count).
        S("Bahri", "minefield", 379251, date="2025-05-01", prec=M),
        # Eleven schools handed back on 25 May.
        S("Wad Madani", "clearance", 364103, date="2025-05-25", prec=D),
        # Risk education.
        S("Sennar", "mention", 367644),
        S("Port Sudan", "conference", 377039, date="2025-05-22", prec=D),
    ],
    "697_evaluation_findings_laos_savannakhet_sepon_ban_dong_nong_ta_oy_vientiane.txt": [
        # "more UXO casualties since 1964 than any other province of the Lao PDR".
        A1(
            "Savannakhet province",
            "incident",
            (16.5, 105.7),
            "LA",
            date="1964-01-01",
            prec=Y,
        ),
        C("Lao PDR", "incident", "LA", date="1964-01-01", prec=Y),
        # Target districts "remain heavily contaminated"; Ban Dong's blast is in Sepon.
        A2(
            "Sepon",
            "incident",
            (16.65, 106.30),
            "LA",
            variants=["Sepon district"],
            **_BAN_DONG,
        ),
        A2("Vilabouly", "minefield", (16.95, 105.95), "LA"),
        # Survey "confirmed 212 new hazardous areas in 2022".
        A2(
            "Nong",
            "minefield",
            (16.40, 106.55),
            "LA",
            variants=["Nong district"],
            date="2022-01-01",
            prec=Y,
        ),
        A2("Phin", "minefield", (16.55, 106.05), "LA"),
        # "lie across the former Ho Chi Minh Trail, where cluster munition strikes were
        # heaviest, and all four remain heavily contaminated".
        R("Ho Chi Minh Trail", "minefield", (16.50, 106.50), "LA", tolerance_km=LINEAR),
        C("Vietnam", "mention", "VN"),
        S("Ban Dong", "incident", (16.63, 106.47), country_code="LA", **_BAN_DONG),
        # Teams loaned "after a bombie exploded ... and killed two farmers" (2021).
        A2("Ta Oy district", "incident", (16.05, 106.65), "LA", **_TA_OY),
        A1("Salavan province", "incident", (15.80, 106.50), "LA", **_TA_OY),
        S("Vientiane", "conference", 1651944, date="2023-06-14", prec=D),
    ],
    "698_casualty_surveillance_afghanistan_q1_helmand_nahr_e_saraj_ghazni_andar_badghis.txt": [
        # "Between 1 January and 31 March 2024, 97 ... (38 killed, 59 injured)".
        C(
            "Afghanistan",
            "incident",
            "AF",
            date="2024-01-01",
            prec=D,
            killed=38,
            injured=59,
        ),
        # Helmand and Ghazni take their narrated incidents rather than their rows.
        A1("Helmand", "incident", (31.0, 64.2), "AF", tolerance_km=LARGE, **_NAHR),
        A1(
            "Kandahar",
            "incident",
            (31.0, 65.7),
            "AF",
            tolerance_km=LARGE,
            killed=6,
            injured=9,
            **_AFG_Q1,
        ),
        A1("Ghazni", "incident", (33.2, 68.0), "AF", **_ANDAR),
        A1("Paktika", "incident", (32.5, 68.8), "AF", killed=4, injured=6, **_AFG_Q1),
        A1("Zabul", "incident", (32.2, 67.2), "AF", killed=3, injured=5, **_AFG_Q1),
        # Its row outranks the mines reported in Ab Kamari.
        A1("Badghis", "incident", (35.2, 63.6), "AF", killed=3, injured=4, **_AFG_Q1),
        A1(
            "Herat",
            "incident",
            (34.3, 62.2),
            "AF",
            tolerance_km=LARGE,
            killed=2,
            injured=4,
            **_AFG_Q1,
        ),
        # The row, and the footnote's first recording there.
        A1("Kabul", "incident", (34.5, 69.2), "AF", killed=1, injured=4, **_AFG_Q1),
        A2("Nahr-e Saraj district", "incident", 1141540, "AF", **_NAHR),
        # Hospital town.
        S("Lashkar Gah", "mention", 1134720),
        A2("Andar district", "incident", (33.32, 68.44), "AF", **_ANDAR),
        # Two anti-tank mines reported on 27 February, destroyed the week after.
        A2(
            "Ab Kamari district",
            "minefield",
            (34.90, 63.00),
            "AF",
            date="2024-02-27",
            prec=D,
            mines=2,
        ),
    ],
    "699_national_strategy_croatia_lika_senj_karlovac_saborsko_velebit_petrova_gora.txt": [
        # "On 1 January 2025 the mine suspected area in the Republic of Croatia amounted
        # to 96.2 km2".
        C("Croatia", "minefield", "HR", **_HR_MSA),
        # Table 2 rows, "Mine suspected area by county, 1 January 2025".
        A1("Lika-Senj County", "minefield", (44.70, 15.30), "HR", **_HR_MSA),
        A1("Karlovac County", "minefield", (45.30, 15.50), "HR", **_HR_MSA),
        A1("Sisak-Moslavina County", "minefield", (45.35, 16.40), "HR", **_HR_MSA),
        A1("Zadar County", "minefield", (44.10, 15.50), "HR", **_HR_MSA),
        A1("Osijek-Baranja County", "minefield", (45.60, 18.60), "HR", **_HR_MSA),
        C("Serbia", "mention", "RS"),
        # A hunter killed "on the Velebit slopes above Sveti Rok" on 3 December 2024.
        F(
            "Velebit",
            "incident",
            (44.50, 15.30),
            "HR",
            tolerance_km=LINEAR,
            **_SVETI_ROK,
        ),
        S("Sveti Rok", "incident", (44.37, 15.66), country_code="HR", **_SVETI_ROK),
        # A forestry worker injured in October 2024.
        S("Saborsko", "incident", 3191369, date="2024-10-01", prec=M, injured=1),
        # One of "the largest continuous areas"; clearance started April 2024 is lower.
        F("Petrova Gora", "minefield", (45.30, 15.80), "HR"),
        # A coordination meeting "will be held in Gospić in March 2025": still to come.
        S("Gospić", "conference", 3199873),
        S("Zagreb", "mention", 3186886),
        C("Bosnia and Herzegovina", "mention", "BA"),
    ],
    "700_article7_report_senegal_casamance_bissine_kaguitte_djibidione_goudomp.txt": [
        # "All remaining mined areas in Senegal are in Casamance, in the regions of
        # Ziguinchor and Sédhiou ... As of 31 December 2023, 0.52 km2 remained".
        C("Senegal", "minefield", "SN", **_SN_STOCK),
        R("Casamance", "minefield", (12.80, -15.90), "SN", **_SN_STOCK),
        A1("Ziguinchor", "minefield", (12.60, -16.20), "SN", **_SN_STOCK),
        A1("Sédhiou", "minefield", (12.75, -15.55), "SN", **_SN_STOCK),
        # Table row: confirmed hazardous area at 31.12.2023.
        S("Bissine", "minefield", (12.54, -16.06), country_code="SN", **_SN_STOCK),
        # Clearance completed 19 May 2023: 3 AP mines + 1 UXO destroyed.
        S(
            "Kaguitte",
            "clearance",
            (12.41, -16.15),
            country_code="SN",
            date="2023-05-19",
            prec=D,
            mines=4,
        ),
        C("Guinea-Bissau", "mention", "GW"),
        S("Djibidione", "incident", (12.98, -15.98), country_code="SN", **_DJIBIDIONE),
        A2("Bignona department", "incident", 2253901, "SN", **_DJIBIDIONE),
        # Survey "in the fourth quarter of 2023 identified two new suspected hazardous
        # areas": its own event (October 2023) rather than the table row.
        A2("Goudomp department", "minefield", 2251470, "SN", date="2023-10-01", prec=M),
        C("Gambia", "mention", "GM"),
        # Workshop on 5 and 6 December 2023 (also where the victim got his prosthesis).
        S("Dakar", "conference", 2253354, date="2023-12-05", prec=D),
        C("France", "mention", "FR"),
        C("Canada", "mention", "CA"),
    ],
    "701_donor_programme_summary_somalia_beledweyne_baidoa_galkayo_galmudug_garowe.txt": [
        # "Roads in south-central Somalia remain exposed to improvised explosive
        # devices, and pockets of legacy minefields lie along the border with Ethiopia".
        C("Somalia", "minefield", "SO"),
        C("Ethiopia", "mention", "ET"),
        C("Germany", "mention", "DE"),
        # 11 unrecorded mined areas found east of Dhusamareb (results period).
        A1(
            "Galmudug",
            "minefield",
            (5.50, 47.00),
            "SO",
            tolerance_km=LARGE,
            **_SO_PERIOD,
        ),
        S("Dhusamareb", "minefield", 60928, **_SO_PERIOD),
        # "Hiraan, where most device incidents occurred in 2023".
        A1("Hiraan", "incident", (4.30, 45.50), "SO", date="2023-01-01", prec=Y),
        # 214 km verified, 37 devices removed.
        A1("Bay region", "clearance", (2.80, 43.60), "SO", mines=37, **_SO_PERIOD),
        A1(
            "Puntland", "conference", (8.50, 48.50), "SO", tolerance_km=LARGE, **_GAROWE
        ),
        S("Mogadishu", "mention", 53654),
        S(
            "Beledweyne",
            "incident",
            64460,
            date="2023-05-09",
            prec=D,
            killed=5,
            injured=7,
        ),
        # "the road to Bulo Burte was closed for a week".
        S("Bulo Burte", "mention", 63689),
        # "in the first half of 2023 ... destroyed 412 items".
        S("Baidoa", "clearance", 64536, date="2023-01-01", prec=Y, mines=412),
        # "most of them between Baidoa and Burhakaba": no count.
        S("Burhakaba", "clearance", 63571, **_SO_PERIOD),
        S("Galkayo", "clearance", 59611, date="2023-03-01", prec=M),
        S("Garowe", "conference", 58933, **_GAROWE),
    ],
    "702_research_case_study_cordillera_del_condor_cenepa_condorcanqui_zamora_chinchipe.txt": [
        # "Both armies laid mines around their outposts in the Cordillera del Cóndor".
        F(
            "Cordillera del Cóndor",
            "minefield",
            (-3.90, -78.40),
            None,
            tolerance_km=LINEAR,
        ),
        # "Peru's clearance in Amazonas region is due to end in 2025": planned, undated.
        C("Peru", "clearance", "PE"),
        A1("Amazonas region", "clearance", (-5.00, -78.00), "PE", tolerance_km=LARGE),
        # "Ecuador reported completing clearance on its side in 2022".
        C("Ecuador", "clearance", "EC", date="2022-01-01", prec=Y),
        S("Brasília", "mention", 3469058),
        # Where interviews took place.
        S("Santa María de Nieva", "mention", (-4.59, -77.86), country_code="PE"),
        # Five mine survivors "from Condorcanqui province between 2010 and 2019".
        A2(
            "Condorcanqui province",
            "incident",
            (-4.30, -77.90),
            "PE",
            date="2010-01-01",
            prec=Y,
            injured=5,
        ),
        S("Gualaquiza", "mention", 3657661),
        # "hunters still reported residual mines ...; two were found and destroyed near
        # the Nangaritza river in 2023".
        A1(
            "Zamora Chinchipe province",
            "minefield",
            (-4.10, -78.80),
            "EC",
            date="2023-01-01",
            prec=Y,
            mines=2,
        ),
        S("Lima", "mention", 3936456),
        S("Quito", "mention", 3652462),
        # "destroyed 1,184 mines in El Cenepa district between 2014 and 2023".
        A2(
            "El Cenepa district",
            "clearance",
            (-4.45, -78.15),
            "PE",
            date="2014-01-01",
            prec=Y,
            mines=1184,
        ),
        # A soldier lost a foot "during a patrol on the upper Cenepa river" (Nov 2019).
        F(
            "Cenepa river",
            "incident",
            (-4.30, -78.20),
            "PE",
            tolerance_km=LINEAR,
            date="2019-11-01",
            prec=M,
            injured=1,
        ),
        S("Bagua", "mention", 3699486),
        F(
            "Nangaritza river",
            "minefield",
            (-4.30, -78.65),
            "EC",
            tolerance_km=LINEAR,
            date="2023-01-01",
            prec=Y,
            mines=2,
        ),
    ],
    "703_ngo_end_of_project_iraq_kurdistan_penjwen_mawat_byara_tawela_sharbazher.txt": [
        # Title "in Sulaymaniyah and Halabja": the governorates.
        A1(
            "Sulaymaniyah",
            "incident",
            (35.60, 45.50),
            "IQ",
            variants=["Sulaymaniyah governorate"],
            date="2025-04-06",
            prec=D,
            killed=1,
        ),
        A1(
            "Halabja",
            "clearance",
            (35.20, 46.00),
            "IQ",
            variants=["Halabja governorate"],
            date="2025-10-01",
            prec=M,
        ),
        # "Over the two years, the project released 3.9 km2 ... and destroyed 4,286
        # explosive items": the grant period from January 2024.
        R(
            "Kurdistan Region",
            "clearance",
            (36.20, 44.50),
            "IQ",
            tolerance_km=LARGE,
            date="2024-01-01",
            prec=M,
            mines=4286,
        ),
        C("Iraq", "clearance", "IQ", date="2024-01-01", prec=M, mines=4286),
        C("Iran", "mention", "IR"),
        # 19 unknown hazardous areas recorded in 2025.
        A2(
            "Sharbazher district",
            "minefield",
            (35.75, 45.60),
            "IQ",
            date="2025-01-01",
            prec=Y,
        ),
        S("Chwarta", "minefield", 97329, date="2025-01-01", prec=Y),
        # "between April 2024 and November 2025, destroying 3,107 anti-personnel mines".
        A2(
            "Penjwen district",
            "clearance",
            98012,
            "IQ",
            date="2024-04-01",
            prec=M,
            mines=3107,
        ),
        S(
            "Byara",
            "clearance",
            (35.23, 46.12),
            country_code="IQ",
            date="2025-10-01",
            prec=M,
        ),
        # March 2024: mines washed out, nine found and destroyed.
        S(
            "Tawela",
            "minefield",
            (35.21, 46.19),
            country_code="IQ",
            date="2024-03-01",
            prec=M,
            mines=9,
        ),
        S("Mawat", "incident", 93562, date="2025-04-06", prec=D, killed=1),
        C("Netherlands", "mention", "NL"),
        S("Erbil", "conference", 95446, date="2025-12-09", prec=D),
    ],
    "704_committee_report_ukraine_demining_kharkiv_balakliia_izium_kherson_vysokopillia_kyiv.txt": [
        # "118 civilian casualties ... across Ukraine in 2024": combined, no counts.
        C("Ukraine", "incident", "UA", date="2024-01-01", prec=Y),
        # "UK support" in the title; "the United Kingdom has committed £42 million".
        C("UK", "mention", "GB", variants=["United Kingdom"]),
        # "surveyed as hazardous by the end of 2024"; "Kherson" in the list of oblasts.
        A1(
            "Kherson oblast",
            "minefield",
            (46.80, 33.40),
            "UA",
            date="2024-01-01",
            prec=Y,
        ),
        S("Balakliia", "incident", 712926, **_BALAKLIIA),
        A1("Kharkiv oblast", "incident", (49.50, 36.80), "UA", **_BALAKLIIA),
        S("Izium", "clearance", 707292, date="2024-12-01", prec=M),
        # 1,312 items removed "between March and October 2024".
        S("Vysokopillia", "clearance", 688689, date="2024-03-01", prec=M, mines=1312),
        S("Snihurivka", "clearance", 693379, **_SNIHURIVKA),
        A1("Mykolaiv oblast", "clearance", (47.30, 32.00), "UA", **_SNIHURIVKA),
        S("Kyiv", "conference", 703448, **_KYIV_VISIT),
        # A course for new deminers observed during the visit.
        S("Chernihiv", "conference", 710735, **_KYIV_VISIT),
    ],
    "705_sg_report_western_sahara_mijek_tifariti_bir_lahlou_smara_agwanit_tindouf.txt": [
        # "from 1 September 2024 to 31 August 2025, five accidents ... four people
        # [killed] and injuring seven".
        C(
            "Western Sahara",
            "incident",
            "EH",
            date="2024-09-01",
            prec=D,
            killed=4,
            injured=7,
        ),
        S("Mijek", "incident", 8300874, **_MIJEK),
        # A camel killed on 3 July (2025).
        S(
            "Agwanit",
            "incident",
            (22.19, -13.13),
            country_code="EH",
            date="2025-07-03",
            prec=D,
        ),
        # New hazardous areas "along the tracks between Tifariti and the border with
        # Mauritania" outrank the clearance around it.
        S("Tifariti", "minefield", 2461667, **_EH_PERIOD),
        S("Bir Lahlou", "clearance", 13526712, mines=196, **_EH_PERIOD),
        # "mostly in the areas of Smara and Mahbes": no count.
        S("Smara", "clearance", 2461874, **_EH_PERIOD),
        S("Mahbes", "clearance", (27.22, -9.08), country_code="EH", **_EH_PERIOD),
        C("Mauritania", "mention", "MR"),
        # Risk education in the camps.
        S("Tindouf", "mention", 2476301),
        C("Algeria", "mention", "DZ"),
        S("Laayoune", "conference", 2462881, date="2025-03-11", prec=D),
        C("Germany", "mention", "DE"),
        C("Republic of Korea", "mention", "KR"),
        C("United Kingdom", "mention", "GB"),
    ],
    "706_regional_cooperation_sahel_mali_burkina_niger_djibo_mopti_tillaberi_niamey.txt": [
        # Title and running header only.
        R("Central Sahel", "mention", (14.50, 0.00), None, tolerance_km=500),
        # Table 2 rows, "January-September 2024".
        C("Mali", "incident", "ML", killed=71, injured=92, **_SAHEL_TABLE),
        C("Burkina Faso", "incident", "BF", killed=104, injured=139, **_SAHEL_TABLE),
        C("Niger", "incident", "NE", killed=38, injured=51, **_SAHEL_TABLE),
        # "most of them in the Mopti region": no counts.
        A1("Mopti region", "incident", (14.50, -3.50), "ML", **_SAHEL_TABLE),
        S("Bandiagara", "incident", 2460489, **_BANDIAGARA),
        S("Douentza", "incident", 2458334, **_BANDIAGARA),
        S("Djibo", "incident", 2361177, date="2024-08-03", prec=D, killed=11),
        # 48 devices removed "in the third quarter" (July 2024).
        S("Fada N'Gourma", "clearance", 2360886, **_FADA),
        S("Kantchari", "clearance", (12.48, 1.52), country_code="BF", **_FADA),
        # 57 IEDs "found and destroyed between January and June 2024".
        A1(
            "Tillabéri region",
            "minefield",
            (14.30, 1.50),
            "NE",
            tolerance_km=LARGE,
            mines=57,
            **_TILLABERI,
        ),
        S("Téra", "minefield", 2438855, **_TILLABERI),
        # "accounts for more than half of the incidents recorded ... this year".
        R(
            "Liptako-Gourma",
            "incident",
            (14.50, 0.50),
            None,
            tolerance_km=LARGE,
            date="2024-01-01",
            prec=Y,
        ),
        S("Niamey", "conference", 2440485, date="2024-10-22", prec=D),
        # Footnote: incidents under-reported there; undated.
        A1("Ménaka region", "incident", (15.90, 2.40), "ML", tolerance_km=LARGE),
    ],
}
