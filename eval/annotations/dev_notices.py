"""More development articles (eval/dev 875-886), annotated like those in dev.py.

Official notices and press releases, one kind each, in official language (long noun
phrases, lists of places, dates as "on 14.03.2025" or "as of 1 June", counts in words
and digits): a regional police press service on a tractor blast and a projectile find
(Pavlivka, Snihurivka community, Bashtanka district, Mykolaiv oblast, Ukraine); a
ministry's numbered monthly statement (Iraq's Directorate of Mine Action: Ninewa,
Salahuddin, Anbar, Kocho, Al-Siniyah, Hit); a town's civil-protection notice on forest
roads reopened and areas still closed (Gospić, Lika-Senj County, Croatia); an
embassy's grant announcement naming where the money goes (Japan in Laos: Xieng
Khouang and Savannakhet districts); a UNICEF statement on child casualties (Taiz, Al
Hudaydah and Marib governorates, Yemen); a municipal court's announcement of a
compensation judgment (Bradina, Konjic, Glavatičevo, Bosnia and Herzegovina); a
tender award notice with lots (Huambo and Benguela provinces, Angola); an
accreditation notice (LibMAC: southern Tripoli, Sirte, Tajoura, Libya); a school
risk-education campaign bulletin (Zamora Chinchipe, Morona Santiago and El Oro,
Ecuador); an army press statement with numbered points (Chong Bok, Nam Yuen,
Kantharalak, Thailand); a governorate announcement of roads reopened after clearance
(Idlib, Syria); a national authority's release declaring municipalities free of
suspected mines (Meta and Cauca, Colombia).

Decisions where the rules are silent (the earlier batches' conventions are kept: a
meeting, ceremony or launch still to come is a conference with no date, "found and
destroyed" is a find, a court's seat, a hospital town, a donor, risk education and a
treaty deadline are mentions, statements of remaining contamination are minefield,
a combined "killed or injured" figure carries no counts, headings belong to the first
sentence of their item):
- Numbered items under an introduction that gives the period ("operations carried out
  ... during the month of April 2024. 1. In Ninewa Governorate, 1,906 ... items were
  removed") take that period, month precision. A title's summary figure (3,412 in
  Ninewa, Salahuddin and Anbar) does not override each governorate's own figure.
- Warnings that name hazardous land are minefield, undated, for every place listed:
  land that "has not yet undergone survey and remains potentially contaminated"
  (Novopetrivka, Horokhivske, the Inhulets river), areas that "remain marked with mine
  danger signs" (Medak, Lovinac, Velebit, Divoselo), forest "suspected to contain
  mines" and closed (Buntharik), land "where survey teams have recorded ...
  minefields" (Saraqib, Abu al-Duhur), "confirmed hazardous areas remain" (Uribe, La
  Macarena, Vista Hermosa, Meta), and the suspected hazardous areas of a tender lot
  (Huambo, Caála, Ecunha, Bailundo, Londuimbali); areas and square metres are not
  mines, so no counts.
- Roads or land announced to reopen on a day after the notice's date ("as of 1 June
  2025" in a notice of 28 May; "as of Saturday, 26 April 2025" on 24 April) are
  clearance with no date, by analogy with a meeting still to come; so are clearance
  that a grant will pay for (Savannakhet, Sepon, Vilabouly, Nong, the Ho Chi Minh
  Trail) and the places an accreditation authorises an operator to clear (Abu Salim,
  Sirte). A handover ceremony announced for 30 May (Smiljan) and a campaign launch
  announced for 7 April (Zamora) are conferences with no date; contracts already
  signed in Luanda (07.02.2025) and a ceremony already held in Villavicencio are dated
  conferences.
- Remaining contamination stated "as of 1 May 2025" (the territory of the Town of
  Gospić) is a minefield dated that day; the next sentence's figures for the Republic
  of Croatia and Lika-Senj County are the same data and share the date.
- The practical evaluation of operators for accreditation "held from 25 to 29 August
  2024 at the LibMAC test and evaluation site in Tajoura" is an examination like a
  training course: conference, dated its first day.
- A court named by its seat ("the Municipal Court in Konjic", "the Cantonal Court in
  Mostar") counts the town as a mention (as dev_dated's Municipal Court in Sisak).
  The defendant "Federation of BiH" / "Federation of Bosnia and Herzegovina" is a
  government entity named like a place (as "the Government of Japan" counts Japan):
  one admin1 entry, a mention. A farmer "who lost his right leg in 2016 when he stepped
  on a mine ... near his house" in Glavatičevo is an incident of 2016 (year), not of
  the 2021 judgment.
- Donors named in an ambassador's title, "the Government of Japan" and "the
  governments of Norway and the United Kingdom" are mentions; the European Union is an
  organisation and not counted. Places only inside organisation names are not counted:
  the Main Directorate of the National Police in Mykolaiv Oblast, the Bashtanka
  District Police Department, the Embassy of Japan in the Lao PDR, the UNICEF
  Representative in Yemen and its Country Office, the Middle East and North Africa
  Regional Office, the Yemen Executive Mine Action Centre, the Thailand Mine Action
  Centre, the Syria Civil Defence, the Descontamina Colombia Group, the Governor's
  Office of Meta; "Croatian Forests" and "Japanese yen" are adjectives. Each of these
  places that is counted is counted from its own words elsewhere (Mykolaiv oblast in
  the title, the Lao PDR, Yemen, Thailand, Colombia, Meta).
- A letterhead naming the state ("Republic of Iraq – Ministry of Environment",
  "Syrian Arab Republic") counts the country under that first written form; Iraq
  takes minefield from the closing sentence, Syria stays a mention. Place-and-date
  lines, signatures and contact lines (Gospić, 28.05.2025; Luanda, 10 February 2025;
  Quito; Nakhon Ratchasima; "LibMAC headquarters, Tripoli"; "Sana'a"; "Amman") are
  mentions unless another sentence gives a role; "The Governor of Idlib" joins the
  governorate.
- A tender lot's heading ("LOT 3 – Province of Benguela, municipalities of Cubal and
  Ganda") belongs to the lot's first sentence (its Scope), so Benguela, Cubal and
  Ganda take the farmer injured there on 12.06.2024; Huambo's two lots tell no event
  beyond the suspected areas.
- A municipality, district, canton or community named with its generic word and never
  separated from a same-named seat is one admin2 entry with the seat's id (Bashtanka
  district, Al-Baaj district, Hit district with the later "in Hit", Maqbanah, Hays and
  Sirwah districts, Caála, Ecunha, Bailundo, Londuimbali, Cubal, Ganda, Sepon, El
  Pangui, Gualaquiza, Huaquillas, Arenillas, Kantharalak, Buntharik, Mesetas,
  Lejanías, Granada, Puerto Lleras, Uribe, La Macarena, Vista Hermosa, and Argelia's
  "rural area"); one whose town is named apart is a separate entry at the
  annotator's point (Sinjar district / "the town of Sinjar"; Rutba district / "the
  town of Rutba"; Snihurivka territorial community / the hospital in Snihurivka;
  Mykolaiv district / the hospital in Mykolaiv; Ubon Ratchathani province / "the city
  of Ubon Ratchathani"; Idlib Governorate / "Idlib city"; Al Hudaydah governorate /
  "Hodeidah city"). Nam Yuen district takes its own point: the cities500 Ban Nam Yuen
  is a namesake in Ranong. Pek district and Phonsavan, its seat, are separate
  entries (different names).
- Counts: a find's separate figures are summed (37 anti-personnel + 6 anti-tank + 14
  UXO = 57 on the road Počitelj – Divoselo); "143 explosive items, among them 38
  anti-tank mines and 61 cluster submunitions" is 143; the 212 mines + 47 items
  destroyed "in these municipalities" (259) go to each of the four municipalities,
  whose role and date come from the declaration sentence (as dev_regional3's
  Iyakkachchi); Meta, named in that sentence too, ends as minefield (confirmed areas
  remain) without counts.
  "Two persons were killed and five persons were injured" in Bashtanka district and
  Mykolaiv district since the beginning of 2025 goes whole to Mykolaiv district
  (January, month); Bashtanka district keeps its own Pavlivka blast. "41 victims ...,
  nine of whom died" is killed 9, injured 32; "eleven children were killed or injured"
  and "more than 240 people have been killed or injured" carry no counts; "more than
  11,000 anti-personnel mines" is 11,000. A projectile reported in a garden is one
  item found (Kalynivka: minefield, mines 1).
- A road or stretch between two places gives both ends its event and facts (the M5
  Maarat al-Nu'man – Khan Shaykhun, with "the bridge at Hish" on it; Kafr Nabl – al-Bara,
  with "in Jabal al-Zawiya" locating al-Bara; Počitelj – Divoselo; between Saraqib
  and Abu al-Duhur; between Medak and Lovinac). "Along the local road towards Široka
  Kula" names the road by its destination, which takes the area's role (as
  dev_roundups's Al Hasaheisa), not a bare direction.
- A town used as a reference beside a more specific named place is a mention from that
  sentence (Konjic and Ivan-sedlo for Bradina, the town of Sinjar for Kocho, Baiji for
  Al-Siniyah, which keeps its clearance from "land around Baiji"); with no more
  specific named place it takes the event ("the oil pipeline corridor north of Tikrit",
  "the forest and pasture area north of Lički Osik", "beside the main road west of the
  town of Rutba").
- Idlib Governorate: the sentence that names it joins the Tell Mannas blast and "since
  December 2024 more than 240 people ... in Idlib Governorate"; the governorate takes
  the total's event (December 2024, month, no counts), Tell Mannas its own.
- Countries named as a border (Peru; Cambodia and Laos), a treaty deadline (Angola,
  Ecuador's also) and "Thailand ... will report the incident" are mentions; Ecuador
  takes clearance from "Since the start of humanitarian demining operations in 1999,
  Ecuador has destroyed more than 11,000 anti-personnel mines" (1999, year). The Lao
  PDR is minefield ("unexploded ordnance is still present in 14 of its 18
  provinces"), which beats Japan's support "in Laos" (variant).
- Schools visited in a risk-education campaign (the cantons of Paquisha, Centinela del
  Cóndor, El Pangui, Gualaquiza, San Juan Bosco, Huaquillas, Arenillas; El Oro) and
  governorates where risk education reached children (Al Dhale'e, Lahj) are mentions;
  Nangaritza takes the 2019 blast near Zurmi told later in the bulletin.
"""

# ruff: noqa: E501

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "875_police_press_service_mykolaiv_oblast_pavlivka_snihurivka_kalynivka_bashtanka.txt": [
        # Title's blast: the Pavlivka tractor on 14.03.2025, driver injured.
        A1("Mykolaiv oblast", "incident", (47.30, 31.90), "UA", date="2025-03-14", prec=D, injured=1),
        S("Pavlivka", "incident", 697871, date="2025-03-14", prec=D, injured=1),
        A2("Snihurivka territorial community", "incident", (47.08, 32.80), "UA", date="2025-03-14", prec=D, injured=1),
        A2("Bashtanka district", "incident", 712775, "UA", date="2025-03-14", prec=D, injured=1),
        # Hospital towns.
        S("Snihurivka", "mention", 693379),
        S("Mykolaiv", "mention", 700569),
        # Projectile reported in a garden on 16.03.2025.
        S("Kalynivka", "minefield", 703495, date="2025-03-16", prec=D, mines=1),
        # "Since the beginning of 2025 ... two persons were killed and five ... injured".
        A2("Mykolaiv district", "incident", (47.00, 31.80), "UA", date="2025-01-01", prec=M, killed=2, injured=5),
        # Not yet surveyed, potentially contaminated.
        S("Novopetrivka", "minefield", 699360),
        S("Horokhivske", "minefield", 708289),
        F("Inhulets", "minefield", (47.08, 32.80), "UA", tolerance_km=LINEAR),
    ],
    "876_iraq_dma_statement_ninewa_sinjar_kocho_baaj_salahuddin_baiji_anbar_hit_rutba.txt": [
        # Letterhead; "Iraq remains one of the countries most contaminated".
        C("Republic of Iraq", "minefield", "IQ", variants=["Iraq"]),
        # 1. Ninewa: 1,906 items in April.
        A1("Ninewa", "clearance", (36.20, 42.60), "IQ", date="2024-04-01", prec=M, mines=1906),
        A2("Sinjar district", "clearance", (36.30, 41.85), "IQ", date="2024-04-01", prec=M, mines=1906),
        A2("Al-Baaj district", "clearance", 99524, "IQ", date="2024-04-01", prec=M, mines=1906),
        S("Tal Afar", "clearance", 90393, date="2024-04-01", prec=M, mines=1906),
        # 2. Salahuddin: 874 items.
        A1("Salahuddin", "clearance", (34.60, 43.70), "IQ", date="2024-04-01", prec=M, mines=874),
        S("Baiji", "clearance", 97783, date="2024-04-01", prec=M, mines=874),
        S("Tikrit", "clearance", 90150, date="2024-04-01", prec=M, mines=874),
        # 3. Anbar: 632 items; 19 AT mines found west of the town of Rutba.
        A1("Anbar", "clearance", (33.00, 42.00), "IQ", tolerance_km=LARGE, date="2024-04-01", prec=M, mines=632),
        A2("Rutba district", "clearance", (33.00, 40.50), "IQ", tolerance_km=LARGE, date="2024-04-01", prec=M, mines=632),
        S("Rutba", "minefield", 98677, date="2024-04-01", prec=M, mines=19),
        # Hit district; "two boys were injured in Hit" on 25.04.2024.
        A2("Hit district", "incident", 95788, "IQ", date="2024-04-25", prec=D, injured=2),
        # Incidents.
        S("Kocho", "incident", (36.20, 41.84), country_code="IQ", date="2024-04-09", prec=D, killed=1, injured=1),
        S("Sinjar", "mention", 448149),
        S("Al-Siniyah", "incident", (34.91, 43.38), country_code="IQ", date="2024-04-17", prec=D, killed=1, injured=1),
        # Coordination meeting on 15.05.2024.
        S("Baghdad", "conference", 98182, date="2024-05-15", prec=D),
    ],
    "877_croatia_gospic_notice_pocitelj_divoselo_licki_osik_siroka_kula_medak_lovinac_velebit.txt": [
        # Issuing town; SHA in its territory "as of 1 May 2025".
        S("Gospić", "minefield", 3199873, date="2025-05-01", prec=D),
        # Road Počitelj - Divoselo: 37 AP + 6 AT + 14 UXO found and destroyed from 3 March.
        S("Počitelj", "minefield", (44.45, 15.39), country_code="HR", date="2025-03-03", prec=D, mines=57),
        S("Divoselo", "minefield", (44.49, 15.38), country_code="HR", date="2025-03-03", prec=D, mines=57),
        # Reopened "as of 1 June 2025" (after the notice's date): clearance, undated.
        S("Lički Osik", "clearance", 3196595),
        S("Široka Kula", "clearance", (44.64, 15.37), country_code="HR"),
        # Areas that remain marked and closed.
        S("Medak", "minefield", (44.444, 15.513), country_code="HR"),
        S("Lovinac", "minefield", 3196182),
        F("Velebit", "minefield", (44.50, 15.30), "HR", tolerance_km=LINEAR),
        # Handover ceremony still to come.
        S("Smiljan", "conference", (44.566, 15.314), country_code="HR"),
        C("Republic of Croatia", "minefield", "HR", date="2025-05-01", prec=D),
        A1("Lika-Senj County", "minefield", (44.60, 15.40), "HR", date="2025-05-01", prec=D),
    ],
    "878_japan_embassy_grant_laos_xieng_khouang_kham_nonghet_savannakhet_sepon_vilabouly.txt": [
        C("Japan", "mention", "JP"),
        C("Lao PDR", "minefield", "LA", variants=["Laos"]),
        # Signing ceremony on 06.02.2024.
        S("Vientiane", "conference", 1651944, date="2024-02-06", prec=D),
        # Survey has confirmed 214 contaminated areas there.
        A1("Xieng Khouang", "minefield", (19.50, 103.30), "LA"),
        A2("Kham", "minefield", (19.63, 103.57), "LA"),
        A2("Nonghet", "minefield", (19.49, 103.98), "LA"),
        A2("Pek", "minefield", (19.45, 103.20), "LA"),
        # Survey and clearance the grant will pay for: undated.
        A1("Savannakhet", "clearance", (16.55, 105.80), "LA"),
        A2("Sepon", "clearance", 1655076, "LA"),
        A2("Vilabouly", "clearance", (16.98, 105.93), "LA"),
        A2("Nong", "clearance", (16.42, 106.45), "LA"),
        R("Ho Chi Minh Trail", "clearance", (16.50, 106.50), "LA", tolerance_km=LINEAR),
        # Provincial office.
        S("Phonsavan", "mention", 1655123),
    ],
    "879_unicef_yemen_children_maqbanah_taiz_hays_hudaydah_sirwah_marib.txt": [
        # Dateline and contacts.
        S("Sana'a", "mention", 71137),
        S("Amman", "mention", 250441),
        # "Between 5 and 11 August, at least eleven children were killed or injured".
        C("Yemen", "incident", "YE", date="2024-08-05", prec=D),
        A2("Maqbanah district", "incident", 407716, "YE", date="2024-08-05", prec=D, killed=4),
        A1("Taiz governorate", "incident", (13.55, 43.95), "YE", date="2024-08-05", prec=D, killed=4),
        A2("Hays district", "incident", 74906, "YE", date="2024-08-08", prec=D, injured=2),
        A1("Al Hudaydah governorate", "incident", (14.90, 43.20), "YE", date="2024-08-08", prec=D, injured=2),
        S("Hodeidah", "mention", 79415),
        A2("Sirwah district", "incident", 34703, "YE", date="2024-08-10", prec=D, killed=1, injured=4),
        A1("Marib governorate", "incident", (15.50, 45.50), "YE", date="2024-08-10", prec=D, killed=1, injured=4),
        # Risk education; rehabilitation centre.
        A1("Al Dhale'e", "mention", (13.85, 44.75), "YE"),
        A1("Lahj", "mention", (13.20, 44.60), "YE"),
        S("Aden", "mention", 415189),
    ],
    "880_court_ruling_compensation_konjic_bradina_ivan_sedlo_glavaticevo_mostar.txt": [
        # Defendant.
        A1("Federation of BiH", "mention", (44.00, 17.90), "BA", variants=["Federation of Bosnia and Herzegovina"]),
        # 22.09.2020: mushroom picker killed above Bradina.
        S("Bradina", "incident", (43.72, 18.04), country_code="BA", date="2020-09-22", prec=D, killed=1),
        # Court's seat; distance references.
        S("Konjic", "mention", 3337476),
        F("Ivan-sedlo", "mention", (43.76, 18.03), "BA"),
        # Farmer who lost his leg in 2016.
        S("Glavatičevo", "incident", (43.51, 18.09), country_code="BA", date="2016-01-01", prec=Y, injured=1),
        # Appeal court.
        S("Mostar", "mention", 3194828),
        A1("Herzegovina-Neretva Canton", "minefield", (43.45, 17.85), "BA"),
        C("Bosnia and Herzegovina", "minefield", "BA"),
    ],
    "881_angola_anam_contract_award_huambo_caala_ecunha_bailundo_londuimbali_benguela_cubal_ganda.txt": [
        # Lots 1 and 2: suspected hazardous areas.
        A1("Huambo", "minefield", (-12.50, 15.70), "AO"),
        A2("Caála", "minefield", 3351500, "AO"),
        A2("Ecunha", "minefield", 3348774, "AO"),
        A2("Bailundo", "minefield", 3351784, "AO"),
        A2("Londuimbali", "minefield", 3347880, "AO"),
        # Lot 3 heading and scope: farmer injured on 12.06.2024 by the railway.
        A1("Benguela", "incident", (-12.80, 14.30), "AO", date="2024-06-12", prec=D, injured=1),
        A2("Cubal", "incident", 3349229, "AO", date="2024-06-12", prec=D, injured=1),
        A2("Ganda", "incident", 3348581, "AO", date="2024-06-12", prec=D, injured=1),
        # Contracts signed on 07.02.2025.
        S("Luanda", "conference", 2240449, date="2025-02-07", prec=D),
        # Treaty deadline.
        C("Angola", "mention", "AO"),
    ],
    "882_libmac_accreditation_notice_tripoli_ain_zara_abu_salim_qasr_bin_ghashir_sirte_tajoura.txt": [
        # "The southern districts of Tripoli remain contaminated".
        S("Tripoli", "minefield", 2210247),
        # Practical evaluation, 25-29 August 2024.
        S("Tajoura", "conference", 2210394, date="2024-08-25", prec=D),
        S("Ain Zara", "incident", (32.80, 13.26), country_code="LY", date="2024-08-27", prec=D, injured=2),
        # Accredited scope: clearance, undated.
        S("Abu Salim", "clearance", (32.85, 13.18), country_code="LY"),
        S("Qasr bin Ghashir", "incident", 2213618, date="2024-08-19", prec=D, injured=1),
        S("Sirte", "clearance", 2210554),
        # Country office of the organisation not renewed.
        S("Benghazi", "mention", 88319),
        C("Libya", "mention", "LY"),
    ],
    "883_ecuador_school_risk_education_campaign_zamora_chinchipe_nangaritza_zurmi_morona_santiago_el_oro.txt": [
        C("Peru", "mention", "PE"),
        # Launch still to come (7 April).
        S("Zamora", "conference", 3649959),
        # Areas still to be cleared lie in these provinces.
        A1("Zamora Chinchipe", "minefield", (-4.10, -78.80), "EC"),
        A1("Morona Santiago", "minefield", (-2.60, -78.10), "EC"),
        F("Cordillera del Cóndor", "minefield", (-3.95, -78.45), "EC", tolerance_km=LINEAR),
        A1("El Oro", "mention", (-3.50, -79.80), "EC"),
        # The 2019 blast near Zurmi, canton of Nangaritza.
        A2("Nangaritza", "incident", (-4.10, -78.65), "EC", date="2019-01-01", prec=Y, injured=1),
        S("Zurmi", "incident", (-4.12, -78.62), country_code="EC", date="2019-01-01", prec=Y, injured=1),
        # Schools visited.
        A2("Paquisha", "mention", (-3.90, -78.68), "EC"),
        A2("Centinela del Cóndor", "mention", (-3.88, -78.78), "EC"),
        A2("El Pangui", "mention", 3658186, "EC"),
        A2("Gualaquiza", "mention", 3657661, "EC"),
        A2("San Juan Bosco", "mention", (-3.62, -78.52), "EC"),
        A2("Huaquillas", "mention", 3655720, "EC"),
        A2("Arenillas", "mention", 3660559, "EC"),
        # "Since ... 1999, Ecuador has destroyed more than 11,000 anti-personnel mines".
        C("Ecuador", "clearance", "EC", date="1999-01-01", prec=Y, mines=11000),
        S("Quito", "mention", 3652462),
    ],
    "884_thai_army_statement_chong_bok_nam_yuen_ubon_ratchathani_kantharalak_si_sa_ket.txt": [
        # 11.08.2025: one ranger amputee, two wounded.
        F("Chong Bok", "incident", (14.37, 105.17), "TH", date="2025-08-11", prec=D, injured=3),
        A2("Nam Yuen district", "incident", (14.45, 105.02), "TH", date="2025-08-11", prec=D, injured=3),
        A1("Ubon Ratchathani province", "incident", (15.00, 105.00), "TH", date="2025-08-11", prec=D, injured=3),
        # Hospital city.
        S("Ubon Ratchathani", "mention", 1605245),
        # 02.08.2025: ranger injured.
        A2("Kantharalak district", "incident", 1610227, "TH", date="2025-08-02", prec=D, injured=1),
        A1("Si Sa Ket province", "incident", (14.80, 104.30), "TH", date="2025-08-02", prec=D, injured=1),
        A1("Surin", "mention", (14.80, 103.60), "TH"),
        # Forest suspected to contain mines, closed.
        A2("Buntharik", "minefield", 1611461, "TH"),
        C("Cambodia", "mention", "KH"),
        C("Laos", "mention", "LA"),
        C("Thailand", "mention", "TH"),
        S("Geneva", "mention", 2660646),
        S("Nakhon Ratchasima", "mention", 1608529),
    ],
    "885_idlib_governorate_roads_reopened_maarat_al_numan_khan_shaykhun_kafr_nabl_saraqib_tell_mannas.txt": [
        C("Syrian Arab Republic", "mention", "SY"),
        # "since December 2024 more than 240 people ... in Idlib Governorate".
        A1("Idlib Governorate", "incident", (35.80, 36.60), "SY", date="2024-12-01", prec=M),
        # Coordination meeting on 22.04.2025.
        S("Idlib", "conference", 169389, date="2025-04-22", prec=D),
        # Roads reopening on 26 April (after the notice): clearance, undated.
        S("Maarat al-Nu'man", "clearance", 167611, mines=143),
        S("Khan Shaykhun", "clearance", 168325, mines=143),
        S("Hish", "clearance", 169563, mines=143),
        S("Kafr Nabl", "clearance", 168661, variants=["Kafranbel"], mines=27),
        S("al-Bara", "clearance", (35.68, 36.54), country_code="SY", mines=27),
        F("Jabal al-Zawiya", "clearance", (35.68, 36.55), "SY", mines=27),
        # Recorded minefields, entry forbidden.
        S("Saraqib", "minefield", 164816),
        S("Abu al-Duhur", "minefield", 174611),
        S("Tell Mannas", "incident", (35.64, 36.73), country_code="SY", date="2025-04-19", prec=D, killed=2, injured=1),
    ],
    "886_colombia_oacp_statement_meta_mesetas_lejanias_granada_puerto_lleras_villavicencio_argelia_cauca.txt": [
        # Dateline; ceremony held on Tuesday 17 March 2026.
        S("Villavicencio", "conference", 3665900, date="2026-03-17", prec=D),
        # Declared free; 212 + 47 destroyed "in these municipalities".
        A2("Mesetas", "clearance", 3763578, "CO", date="2026-03-17", prec=D, mines=259),
        A2("Lejanías", "clearance", 3732964, "CO", date="2026-03-17", prec=D, mines=259),
        A2("Granada", "clearance", 3681957, "CO", date="2026-03-17", prec=D, mines=259),
        A2("Puerto Lleras", "clearance", 3671424, "CO", date="2026-03-17", prec=D, mines=259),
        # "In Meta, seventeen (17) confirmed hazardous areas remain".
        A1("Meta", "minefield", (3.30, -73.00), "CO", tolerance_km=LARGE),
        A2("Uribe", "minefield", 3666413, "CO"),
        A2("La Macarena", "minefield", 3827693, "CO"),
        A2("Vista Hermosa", "minefield", 3665860, "CO"),
        # 41 victims between 1 January and 15 March 2026, nine of whom died.
        C("Colombia", "incident", "CO", date="2026-01-01", prec=D, killed=9, injured=32),
        A2("Argelia", "incident", 3689615, "CO", date="2026-03-11", prec=D, injured=1),
        A1("Cauca", "incident", (2.50, -76.80), "CO", date="2026-03-11", prec=D, injured=1),
        # Donors.
        C("Norway", "mention", "NO"),
        C("United Kingdom", "mention", "GB"),
    ],
}
