"""More development articles (eval/dev 1030-1041), annotated like those in dev.py.

Regional wire and local news with varied spellings: short and medium items from
regional agencies, local papers and local radio, each telling several events (mines
found, blasts and casualties, clearance, land handed back, meetings) at villages,
districts and provinces, with place names in the spellings local outlets use
(transliteration variants, diacritics or none, local generic words) and often two
spellings of one place in one article: a Kharkiv oblast news site (Balakliia/Balakleya
hromada, Izium raion, Husarivka/Gusarovka, Savyntsi/Savintsy, Shevchenkove, Kupiansk
raion/Kupyansk district, Kharkivshchyna, Ukraine); a Kotli paper in Azad Jammu and
Kashmir (Nakyal/Nikial, Fatehpur Thakiala, Khuiratta/Khoi Ratta, Sehnsa, Hajira
tehsil, Poonch division, the LoC, Pakistan); a Yei community radio (Yei-Morobo road,
Liwolo and Wuji payams, Kajo-Keji/Kajokeji County, Lainya County, Juba, Central
Equatoria, South Sudan); a Tigray local outlet (Badme/Badime kebele, Tahtay Adiyabo
woreda, Sheraro/Shiraro, Shire/Inda Selassie/Endasilasie, Endabaguna/Indabaguna, the
Tekezé, Mekelle, Ethiopia); a Putumayo departmental paper in translation (vereda La
Carmelita, Puerto Asís/Puerto Asis, corregimiento of El Placer, Valle del
Guamuez/Guamués, La Hormiga, Orito, Mocoa, Colombia); a local Idlib outlet (Maarat
al-Numan/Ma'arrat al-Nu'man, Kafranbel/Kafr Nabl, Khan Sheikhoun/Khan Shaykhun, Hish
nahiya, the Maarat al-Numan mintaqa, Saraqib/Sarakeb, Syria); a Houaphanh provincial
news item (Xam Neua/Sam Neua, Ban Sop Hao, Muang Et and Ban Muang Et, Viengxay district
and Vieng Xay town, Huaphan, Xieng Khouang, Laos); a Quảng Trị provincial paper in
English (xã Cam Thành, Cam Lộ, Gio Mỹ, Gio Linh, Hướng Phùng, Huong Hoa/Hướng Hóa, Khe
Sanh, Đông Hà/Dong Ha, Vĩnh Linh, Triệu Phong, Vietnam); an Isan regional site
(tambon Sao Thong Chai, Pha Mo E Daeng, Kantharalak, Sisaket/Si Sa Ket, Khun Han, Phu
Sing, tambon Huai Ta Mon, Kap Choeng/Kab Choeng, Surin, Ubon Ratchathani, Thailand); a
Maghreb regional wire (daïra of Bir el Ater, wilayas of Tébessa, El Tarf, Bechar/Béchar
and Tindouf, the Morice line, Algeria; Tifariti/Tifaritti, Bir Lahlou/Bir Lehlou, the
berm, Western Sahara); a Prizren press item (Dragash/Dragaš, Restelica/Restelicë, Brod,
Junik, Gjakova/Đakovica, Deçan/Dečani, Kaçanik/Kačanik, Prishtina, Kosovo); a Hiiraan
radio item (Beledweyne/Beled Weyne, Buulobarde/Bulo Burte, Hiiraan/Hiran, Jalalaqsi,
Ceelbuur/El Bur, Dhuusamarreeb/Dhusamareb, Galgaduud, Galmudug, Mogadishu, Somalia).

Decisions where the rules are silent (the earlier batches' conventions are kept: a
capitalised dateline or a label opening the body is a mention of its place, a title
label belongs to the title's event, "found and destroyed" is a find, items removed,
destroyed or blown up are clearance, a meeting still to come is a conference with no
date, a hospital town, risk education and an office's seat are mentions, "last week"
and "last month" are month precision, a combined "killed or injured" figure carries no
counts, an animal killed is an incident without counts, a handover takes its role and
date from the handover and its count from the next sentence):
- Spellings. Every spelling of one place is one entry: the first written form is the
  name and the others are variants, whether they differ by transliteration
  (Husarivka/Gusarovka, Savyntsi/Savintsy, Balakliia/Balakleya, Nakyal/Nikial,
  Khuiratta/Khoi Ratta, Sheraro/Shiraro, Badme/Badime, Kafranbel/Kafr Nabl, Khan
  Sheikhoun/Khan Shaykhun, Saraqib/Sarakeb, Beledweyne/Beled Weyne,
  Buulobarde/Bulo Burte, Ceelbuur/El Bur, Dhuusamarreeb/Dhusamareb, Tifariti/Tifaritti,
  Bir Lahlou/Bir Lehlou, Kap Choeng/Kab Choeng), by the language (Shire/Inda
  Selassie/Endasilasie, Restelica/Restelicë, Gjakova/Đakovica, Deçan/Dečani,
  Kharkiv oblast/Kharkivshchyna), or by diacritics alone (Puerto Asís/Puerto Asis,
  Valle del Guamuez/Guamués, Tébessa/Tebessa, Bechar/Béchar, Dragash/Dragaš,
  Kaçanik/Kačanik, Đông Hà/Dong Ha). Case-only differences (a capitalised dateline)
  are not listed. A spelling variant with a different generic word is still the same
  place: "Kupiansk raion" / "Kupyansk district", "Huong Hoa district" / "Hướng Hóa
  district", "Hiiraan region" / "Hiran region", "Kajo-Keji County" / "Kajokeji
  County", "Houaphanh" / "Huaphan province", "Sisaket province" / "Si Sa Ket
  province".
- The same name in two spellings may name two places: "Viengxay district" and the
  town "Vieng Xay", "Cam Lộ district" and "Cam Lo town" (the district's centre, a
  hospital town), "Muang Et" (the district) and "Ban Muang Et" (its village), the
  "wilaya of Tébessa" and the city TÉBESSA/Tebessa, "Maarat al-Numan mintaqa" and the
  town, "Kajo-Keji County" and "Kajo-Keji town", "Balakliia hromada" and the hospital
  town Balakliia, "Savyntsi hromada" and the village Savyntsi, "Idlib governorate" and
  the dateline city IDLIB ("Idlib city"), "Kotli district" and the dateline town KOTLI:
  separate entries, the unit at the annotator's point.
- Local generic words. A raion, hromada, tehsil, payam, woreda, zone, division,
  nahiya, mintaqa, muang, tambon, xã (commune), daïra, wilaya,
  county or municipality named with its generic word is an admin2 entry (a wilaya, a
  province, a state or a region is admin1); one never separated from a same-named
  seat in cities500 takes the seat's id (Hajira tehsil, Hish nahiya, Gio Linh
  district, Kantharalak, Khun Han, Phu Sing and Kap Choeng districts, the daïra of Bir
  el Ater, the municipality of Dragash, the Deçan municipality, Valle del Guamuez with
  the GeoNames entry of the same name); the others get the annotator's point (Liwolo and Wuji payams, Lainya County, Tahtay Adiyabo woreda, the North
  Western Zone, Poonch division, Muang Et, Viengxay district, the Vietnamese communes,
  the tambons). Payams, communes and tambons are taken as admin2 (they are units
  several to tens of kilometres across, not settlements, unlike dev_africa's
  bare-named payam; communes as in dev_regional3); a kebele named after its village (Badme kebele) is
  that village's settlement entry, under its first written form "Badme". A
  vereda, corregimiento, "ban" (village) and boma are settlements. Galmudug, a
  federal member state GeoNames does not hold as an admin1, is a region entry.
- A place named in a title label and in a sentence of its own total takes the
  specific event, as in dev_timelines: Central Equatoria (title label: the Yei-Morobo
  road blast), Putumayo (title label: the La Carmelita farmer), Houaphanh (title
  label: the Ban Sop Hao boy), Quảng Trị (title label: the Cam Thành boy), the Idlib
  governorate and Kotli district (named in a blast sentence and again in a yearly
  total). The country that possesses the state or governorate of a total stated in
  the same sentence takes that total ("11 casualties ... four of them fatal, ... one of
  the worst-affected states of South Sudan": South Sudan incident, 4 killed, 7
  injured, year; "making it the most contaminated governorate in Syria": Syria
  incident, January, 58 and 97). A state named only as the comparison of a casualty
  ranking ("after Jonglei") takes incident with the period of the sentence (year) and
  no counts.
- A title that puts an event "in" a place outranks the body's vaguer "not far from"
  (Nakyal takes the Sunday blast from "landmine near LoC in Nakyal", as dev_regional's
  "an Anorí vereda" in a title); "near LoC" beside it stays a reference.
- Distance references and bearings: "barely a kilometre from the Line of Control" is
  a reference; the LoC takes minefield from "the old minefields laid along the LoC"
  (undated). "south of Balakliia", "west of Gjakova (Đakovica)", "twenty minutes by
  road from La Hormiga" and "east of the berm near Tifariti" leave the town or the
  berm a mention. With no more specific named place the town holds the event: "east
  of Maarat al-Numan", "west of Kafranbel", "near Vieng Xay town", "outside Kaçanik",
  "south of Bir Lahlou", "near Jalalaqsi", "in and around Ceelbuur". A road "between
  Beledweyne and Buulobarde" and "the Yei–Morobo road" give both ends the blast.
- Finds and clearance: a farmer who "found" or "struck" an item, soldiers who "found"
  mines and blew them up, workers who found bomblets later destroyed, and army
  detachments that "discovered and destroyed" devices make minefields (Savyntsi: 2;
  El Placer and Valle del Guamuez: 3; Vieng Xay: 1 aircraft bomb; Gio Mỹ and Gio
  Linh: 4 shells + 1 mortar round = 5; Khun Han: 3; El Tarf: 7; Bechar: 9; Kaçanik:
  2; Jalalaqsi: 1). A cache "uncovered" by returnees is a find (Liwolo payam and
  Kajo-Keji County, "more than 60" = 60). Items removed, destroyed at a demolition
  site, or blown up in a controlled explosion are clearance (Husarivka: 38;
  Khuiratta: 3 + 1 = 4; Shire: 312; Khan Sheikhoun: 41; Ceelbuur and Galgaduud: 27;
  Tifariti and Western Sahara: 31; Surin and Kap Choeng: 22; Hướng Phùng and Huong
  Hoa: 57 + 12 = 69, dated "since early April"). Land handed back with "no devices
  found" (Orito, Junik, Phu Sing and Huai Ta Mon) is clearance without a count.
  Remaining or "still found" contamination is minefield, undated: Algeria ("declared
  its known minefields cleared in 2017" but devices "still found", as Mozambique in
  dev_digests), the Morice line, Xieng Khouang (less contaminated Houaphanh is
  compared with it), Deçan's "mined ridge", Kosovo's 21 hazardous areas. Clearance
  only planned (Vĩnh Linh, Triệu Phong) is clearance without a date. A survey that
  "recorded seven suspected hazardous areas" around Sheraro or "mapped a strip of
  mined land" in Hish nahiya is a minefield dated by the survey (January; March),
  without a count (areas are not items).
- Items "collected from fields along the Tekezé river" and destroyed at Shire: the
  river takes the clearance and its date (February) without the count, as the
  "most of" places of dev_digests; "Puerto Guzmán and Puerto Asís concentrate most
  of the reports" gives Puerto Guzmán the year's incident without counts. "Most
  victims in Azad Jammu and Kashmir ... are children and herders" is an incident
  without date or counts. Fields along the Shabelle that farmers "have not dared to
  plant" are a mention: no mine is stated there.
- Dates: "13/5" is 13 May; "covering 6 to 12 September" is its first day; "since the
  beginning of the year", "since January" and "since the start of the year" are
  January (month); "so far this year" is the year; "since 1975" and "since 2017" are
  year precision; "last week" in a story of 18 June, 13 October, 20 February, 29
  August, 16 April, 14 September and 10 July is that month; "last month" in a story
  of 9 April is March. The Vietnam-wide "more than 8,500 killed or injured ... since
  1975" gives Vietnam an incident dated 1975 (year) without counts.
- Casualty counts: a boy who "lost his right foot", a ranger who "lost his left leg",
  a shepherd "seriously wounded" and later amputated are injured 1; "Four passengers
  were killed and six others wounded" 4/6; "nine victims ..., two of them dead" 2/7
  (Putumayo's total, not used: its title event wins); "14 civilians killed and 39
  injured" 14/39; "more than 90 casualties" carries no counts. An ox or camels killed
  add nothing to a person's incident; an ox alone (Endabaguna) and two cows (Hajira
  tehsil, Poonch division) are incidents without counts.
- Not places: the Suranaree Task Force, the Thailand Mine Action Center, the Kosovo
  Security Force and Kosovo Mine Action Centre, KFOR, Yei Civil Hospital (Yei is
  counted from its other sentences), the Ministry of National Defence, "Program 504",
  the Source lines' outlet names; demonyms (Russian, French, Sahrawi, Somali,
  Serbian). "the berm" is the curated supplement's region row (as in dev_posts4).
"""

# ruff: noqa: E501

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

_VERBIVKA = dict(date="2025-06-16", prec=D, injured=1)
_SAVYNTSI = dict(date="2025-06-12", prec=D, mines=2)
_SHEVCH = dict(date="2025-06-01", prec=M, mines=217)
_NAKYAL = dict(date="2024-04-07", prec=D, injured=1)
_HAJIRA = dict(date="2024-03-01", prec=M)
_YEI = dict(date="2023-10-10", prec=D, killed=1, injured=1)
_LIWOLO = dict(date="2023-10-01", prec=M, mines=60)
_LAINYA = dict(date="2023-10-05", prec=D, mines=19)
_BADME = dict(date="2024-02-18", prec=D, killed=2, injured=1)
_SHERARO = dict(date="2024-01-01", prec=M)
_CARMELITA = dict(date="2023-08-26", prec=D, injured=1)
_PLACER = dict(date="2023-08-24", prec=D, mines=3)
_MAARAT = dict(date="2025-04-14", prec=D, killed=2)
_HISH = dict(date="2025-03-01", prec=M)
_SOP_HAO = dict(date="2023-11-19", prec=D, injured=1)
_MUANG_ET = dict(date="2023-11-15", prec=D, mines=89)
_VIENGXAY = dict(date="2023-11-20", prec=D, mines=1)
_CAM_THANH = dict(date="2024-05-12", prec=D, injured=1)
_GIO_MY = dict(date="2024-05-13", prec=D, mines=5)
_HUONG_PHUNG = dict(date="2024-04-01", prec=M, mines=69)
_PHA_MO = dict(date="2025-10-06", prec=D, injured=1)
_PHU_SING = dict(date="2025-09-30", prec=D)
_KAP_CHOENG = dict(date="2025-10-02", prec=D, mines=22)
_BIR_EL_ATER = dict(date="2023-09-10", prec=D, injured=1)
_TIFARITI = dict(date="2023-09-01", prec=M, mines=31)
_RESTELICA = dict(date="2026-05-20", prec=D, injured=1)
_BELEDWEYNE = dict(date="2024-07-08", prec=D, killed=4, injured=6)
_CEELBUUR = dict(date="2024-07-01", prec=M, mines=27)

ARTICLES: dict[str, list[Spec]] = {
    "1030_balakliia_hromada_verbivka_husarivka_savyntsi_shevchenkove_kharkiv_oblast.txt": [
        # Dateline label (mention); its own total "since the beginning of the year ... across Kharkivshchyna".
        A1("KHARKIV OBLAST", "incident", (49.60, 36.60), "UA", variants=["Kharkivshchyna"], date="2025-01-01", prec=M, killed=14, injured=39),
        # Monday 16 June: tractor on an anti-tank mine outside Verbivka.
        S("Verbivka", "incident", 689969, **_VERBIVKA),
        A2("Balakliia hromada", "incident", (49.45, 36.85), "UA", **_VERBIVKA),
        A2("Izium raion", "incident", (49.20, 37.10), "UA", **_VERBIVKA),
        # Hospital town; "south of Balakliia" a reference.
        S("Balakliia", "mention", 712926, variants=["Balakleya"]),
        # Saturday 14 June: 38 items removed.
        S("Husarivka", "clearance", 707853, variants=["Gusarovka"], date="2025-06-14", prec=D, mines=38),
        # 12 June: two PFM-1 found in a garden and blown up: a find.
        A2("Savyntsi hromada", "minefield", (49.40, 37.05), "UA", **_SAVYNTSI),
        S("Savyntsi", "minefield", 694752, variants=["Savintsy"], **_SAVYNTSI),
        # Handed back last week; 217 items "since March" in the next sentence.
        S("Shevchenkove", "clearance", 694137, **_SHEVCH),
        A2("Kupiansk raion", "clearance", (49.70, 37.55), "UA", variants=["Kupyansk district"], **_SHEVCH),
        # Working group met on Tuesday 17 June.
        S("Kharkiv", "conference", 706483, date="2025-06-17", prec=D),
    ],
    "1031_kotli_nakyal_fatehpur_thakiala_khuiratta_sehnsa_hajira_ajk.txt": [
        # Dateline and the district hospital.
        S("Kotli", "mention", 1173055),
        # Sunday 7 April: boy loses a foot above Fatehpur Thakiala.
        S("Fatehpur Thakiala", "incident", 10867126, **_NAKYAL),
        # "not far from Nakyal" in the body, but the title puts the blast "in Nakyal".
        S("Nakyal", "incident", (33.50, 74.06), country_code="PK", variants=["Nikial"], **_NAKYAL),
        A2("Kotli district", "incident", (33.45, 73.90), "PK", **_NAKYAL),
        # Distance reference in the blast sentence; "the old minefields laid along the LoC".
        F("Line of Control", "minefield", (33.47, 74.12), "PK", variants=["LoC"], tolerance_km=LINEAR),
        # 2 April: three AP mines and a mortar bomb blown up.
        S("Khuiratta", "clearance", 1173744, variants=["Khoi Ratta"], date="2024-04-02", prec=D, mines=4),
        # Monday 8 April: meeting with elders.
        S("Sehnsa", "conference", 1165778, date="2024-04-08", prec=D),
        # Last month: two cows killed by a mine.
        A2("Hajira tehsil", "incident", 1177308, "PK", **_HAJIRA),
        A2("Poonch division", "incident", (33.80, 73.85), "PK", **_HAJIRA),
        # "Most victims in Azad Jammu and Kashmir ... are children and herders".
        A1("Azad Jammu and Kashmir", "incident", (33.90, 73.80), "PK", variants=["AJK"]),
        S("Muzaffarabad", "mention", 1169607),
    ],
    "1032_central_equatoria_yei_morobo_kajo_keji_liwolo_lainya_juba.txt": [
        # Title label: the road blast (its own total is a summary line).
        A1("Central Equatoria", "incident", (4.30, 31.00), "SS", **_YEI),
        # Tuesday 10 October: Yei-Morobo road, rider killed, passenger injured.
        S("Yei", "incident", 363619, **_YEI),
        S("Morobo", "incident", (3.68, 30.78), country_code="SS", **_YEI),
        # Last week: a buried store of "more than 60" AP mines uncovered.
        A2("Liwolo payam", "minefield", (3.72, 31.45), "SS", **_LIWOLO),
        A2("Kajo-Keji County", "minefield", (3.85, 31.60), "SS", variants=["Kajokeji County"], **_LIWOLO),
        C("Uganda", "mention", "UG"),
        # Team "from Juba"; workshop on Wednesday 11 October.
        S("Juba", "conference", 373303, date="2023-10-11", prec=D),
        # Thursday 5 October handover; 19 items in the next sentence.
        A2("Lainya County", "clearance", (4.35, 31.00), "SS", **_LAINYA),
        A2("Wuji payam", "clearance", (4.25, 30.95), "SS", **_LAINYA),
        # Risk education to come.
        S("Kajo-Keji", "mention", (3.849, 31.658), country_code="SS"),
        # "11 casualties ... four of them fatal ... worst-affected states of South Sudan after Jonglei".
        C("South Sudan", "incident", "SS", date="2023-01-01", prec=Y, killed=4, injured=7),
        A1("Jonglei", "incident", (7.50, 32.00), "SS", tolerance_km=LARGE, date="2023-01-01", prec=Y),
    ],
    "1033_tigray_badme_sheraro_tahtay_adiyabo_shire_endabaguna_mekelle.txt": [
        # Dateline, hospital; last week 312 items destroyed outside Shire.
        S("Shire", "clearance", 334227, variants=["Inda Selassie", "Endasilasie"], date="2024-02-01", prec=M, mines=312),
        # Sunday 18 February: two children killed, one wounded.
        S("Badme", "incident", 449176, variants=["Badime"], **_BADME),
        A2("Tahtay Adiyabo woreda", "incident", (14.45, 37.75), "ET", **_BADME),
        C("Eritrea", "mention", "ER"),
        # Since January: seven suspected hazardous areas recorded around Sheraro.
        S("Sheraro", "minefield", 328592, variants=["Shiraro"], **_SHERARO),
        A2("North Western Zone", "minefield", (14.20, 37.90), "ET", **_SHERARO),
        # Most items collected from fields along the river (no count).
        F("Tekezé river", "clearance", (13.80, 38.00), "ET", tolerance_km=LINEAR, date="2024-02-01", prec=M),
        # Friday 16 February: an ox killed.
        S("Endabaguna", "incident", 334252, variants=["Indabaguna"], date="2024-02-16", prec=D),
        # Meeting on Thursday still to come.
        S("Mekelle", "conference", 331180),
        # "more than 40 people ... killed or injured ... across Tigray since the fighting ended".
        A1("Tigray", "incident", (13.90, 38.80), "ET", tolerance_km=LARGE),
    ],
    "1034_putumayo_puerto_asis_la_carmelita_el_placer_valle_del_guamuez_orito_mocoa.txt": [
        # Title label: the farmer wounded on Saturday 26 August.
        A1("Putumayo", "incident", (0.50, -76.30), "CO", tolerance_km=LARGE, **_CARMELITA),
        S("Puerto Asís", "incident", 3671549, variants=["Puerto Asis"], **_CARMELITA),
        S("La Carmelita", "incident", (0.64, -76.58), country_code="CO", **_CARMELITA),
        # Referral hospital; committee met on Friday 25 August.
        S("Mocoa", "conference", 3674654, date="2023-08-25", prec=D),
        # Thursday 24 August: three artisanal mines found and destroyed.
        S("El Placer", "minefield", (0.47, -76.82), country_code="CO", **_PLACER),
        A2("Valle del Guamuez", "minefield", 3827723, "CO", variants=["Valle del Guamués"], **_PLACER),
        S("La Hormiga", "mention", 3763531),
        # Last week: land handed over, no devices found.
        S("Orito", "clearance", 3829343, date="2023-08-01", prec=M),
        C("Ecuador", "mention", "EC"),
        # "concentrate most of the reports" of this year's victims.
        S("Puerto Guzmán", "incident", 3792398, date="2023-01-01", prec=Y),
    ],
    "1035_idlib_maarat_al_numan_kafr_nabl_khan_shaykhun_hish_saraqib.txt": [
        # Dateline; bodies taken to "the hospital in Idlib city".
        S("IDLIB", "mention", 169389, variants=["Idlib city"]),
        # Monday 14 April: two brothers killed east of the town.
        S("Maarat al-Numan", "incident", 167611, variants=["Ma'arrat al-Nu'man"], **_MAARAT),
        A1("Idlib governorate", "incident", (35.75, 36.60), "SY", **_MAARAT),
        # Sunday 13 April: shepherd wounded, sheep killed.
        S("Kafranbel", "incident", 168661, variants=["Kafr Nabl"], date="2025-04-13", prec=D, injured=1),
        # Last week: 41 submunitions removed.
        S("Khan Sheikhoun", "clearance", 168325, variants=["Khan Shaykhun"], date="2025-04-01", prec=M, mines=41),
        # In March: a mined strip mapped.
        A2("Hish nahiya", "minefield", 169563, "SY", **_HISH),
        A2("Maarat al-Numan mintaqa", "minefield", (35.62, 36.75), "SY", **_HISH),
        # Course began on Sunday 13 April.
        S("Saraqib", "conference", 164816, variants=["Sarakeb"], date="2025-04-13", prec=D),
        # "58 ... and 97 in Idlib governorate since the start of the year, ... in Syria".
        C("Syria", "incident", "SY", date="2025-01-01", prec=M, killed=58, injured=97),
    ],
    "1036_houaphanh_xam_neua_sop_hao_muang_et_viengxay_vientiane.txt": [
        # Title label: the Sunday bombie accident.
        A1("Houaphanh", "incident", (20.20, 104.00), "LA", variants=["Huaphan province"], **_SOP_HAO),
        # Dateline, hospital; meeting on Tuesday 21 November.
        S("Xam Neua", "conference", 1652203, variants=["Sam Neua"], date="2023-11-21", prec=D),
        # Sunday 19 November: boy injured.
        S("Ban Sop Hao", "incident", 1653063, **_SOP_HAO),
        C("Vietnam", "mention", "VN"),
        # Handed back on 15 November; 86 + 3 items in the next sentence.
        A2("Muang Et", "clearance", (20.75, 104.05), "LA", **_MUANG_ET),
        S("Ban Muang Et", "clearance", 1655053, **_MUANG_ET),
        # Monday 20 November: a farmer struck an aircraft bomb.
        A2("Viengxay district", "minefield", (20.35, 104.30), "LA", **_VIENGXAY),
        S("Vieng Xay", "minefield", 1955334, **_VIENGXAY),
        A1("Xieng Khouang", "minefield", (19.50, 103.30), "LA"),
        S("Vientiane", "mention", 1651944),
    ],
    "1037_quang_tri_cam_lo_cam_thanh_gio_linh_gio_my_huong_hoa_huong_phung_dong_ha.txt": [
        # Title label: the Sunday accident.
        A1("Quảng Trị", "incident", (16.75, 106.95), "VN", variants=["Quang Tri province"], **_CAM_THANH),
        # Sunday 12 May: boy injured by a bomblet.
        A2("Cam Thành", "incident", (16.80, 106.93), "VN", **_CAM_THANH),
        A2("Cam Lộ district", "incident", (16.80, 106.97), "VN", **_CAM_THANH),
        # The district medical centre in Cam Lo town.
        S("Cam Lo", "mention", 1586384),
        # Hospital; steering committee met on Thursday 16 May.
        S("Đông Hà", "conference", 1582926, variants=["Dong Ha"], date="2024-05-16", prec=D),
        # 13/5: four shells and a mortar round found.
        A2("Gio Linh district", "minefield", 1581673, "VN", **_GIO_MY),
        A2("Gio Mỹ", "minefield", (16.95, 107.10), "VN", **_GIO_MY),
        # Since early April: 57 bomblets + 12 items removed and destroyed.
        A2("Hướng Phùng", "clearance", (16.72, 106.63), "VN", **_HUONG_PHUNG),
        A2("Huong Hoa district", "clearance", (16.65, 106.70), "VN", variants=["Hướng Hóa district"], **_HUONG_PHUNG),
        S("Khe Sanh", "mention", 1579363),
        # Clearance planned.
        A2("Vĩnh Linh", "clearance", (17.03, 106.98), "VN"),
        A2("Triệu Phong", "clearance", (16.77, 107.15), "VN"),
        # "one of the most contaminated provinces of Vietnam: ... killed or injured ... since 1975".
        C("Vietnam", "incident", "VN", date="1975-01-01", prec=Y),
    ],
    "1038_sisaket_kantharalak_sao_thong_chai_pha_mo_e_daeng_khun_han_phu_sing_kap_choeng_surin.txt": [
        # Monday 6 October: ranger loses a leg.
        F("Pha Mo E Daeng", "incident", (14.397, 104.687), "TH", **_PHA_MO),
        A2("Sao Thong Chai", "incident", (14.43, 104.66), "TH", **_PHA_MO),
        A2("Kantharalak district", "incident", 1610227, "TH", **_PHA_MO),
        A1("Sisaket province", "incident", (14.85, 104.35), "TH", variants=["Si Sa Ket province"], **_PHA_MO),
        # Hospital; meeting on Tuesday 7 October.
        S("Ubon Ratchathani", "conference", 1605245, date="2025-10-07", prec=D),
        # Saturday 4 October: three mines spotted by a farmer.
        A2("Khun Han", "minefield", 1609688, "TH", date="2025-10-04", prec=D, mines=3),
        C("Cambodia", "mention", "KH"),
        # 30 September handover, no mines found.
        A2("Phu Sing", "clearance", 7510997, "TH", **_PHU_SING),
        A2("Huai Ta Mon", "clearance", (14.45, 104.15), "TH", **_PHU_SING),
        # Thursday 2 October: 22 items destroyed.
        A1("Surin province", "clearance", (14.85, 103.55), "TH", **_KAP_CHOENG),
        A2("Kap Choeng district", "clearance", 1618616, "TH", variants=["Kab Choeng"], **_KAP_CHOENG),
    ],
    "1039_algeria_tebessa_bir_el_ater_morice_line_el_tarf_bechar_tifariti_bir_lahlou_tindouf.txt": [
        # Dateline TÉBESSA and "the hospital in Tebessa".
        S("Tébessa", "mention", 2477461, variants=["Tebessa"]),
        # Sunday 10 September: shepherd wounded.
        A2("daïra of Bir el Ater", "incident", 2503878, "DZ", **_BIR_EL_ATER),
        A1("wilaya of Tébessa", "incident", (35.25, 8.00), "DZ", **_BIR_EL_ATER),
        # "the electrified and mined barrier".
        F("Morice line", "minefield", (35.00, 8.15), "DZ", tolerance_km=LINEAR),
        # Devices "still found" after the 2017 declaration.
        C("Algeria", "minefield", "DZ"),
        # Report covering 6 to 12 September: discovered and destroyed.
        A1("wilaya of El Tarf", "minefield", (36.65, 8.20), "DZ", date="2023-09-06", prec=D, mines=7),
        A1("wilaya of Bechar", "minefield", (31.00, -2.30), "DZ", variants=["Béchar"], tolerance_km=LARGE, date="2023-09-06", prec=D, mines=9),
        # Last week: 31 submunitions destroyed near Tifariti.
        C("Western Sahara", "clearance", "EH", **_TIFARITI),
        R("the berm", "mention", (25.00, -11.50), "EH", tolerance_km=1000),
        S("Tifariti", "clearance", 2461667, variants=["Tifaritti"], **_TIFARITI),
        # Friday 8 September: camel herder injured.
        S("Bir Lahlou", "incident", 13526712, variants=["Bir Lehlou"], date="2023-09-08", prec=D, injured=1),
        # Risk education in the camps; seminar still to come.
        A1("wilaya of Tindouf", "mention", (27.40, -7.90), "DZ", tolerance_km=LARGE),
        S("Algiers", "conference", 2507480),
    ],
    "1040_kosovo_dragash_restelica_brod_junik_kacanik_gjakova_prishtina.txt": [
        # Wednesday 20 May: shepherd injured above Restelica.
        A2("Dragash", "incident", 791122, "XK", variants=["Dragaš"], **_RESTELICA),
        S("Restelica", "incident", (41.96, 20.62), country_code="XK", variants=["Restelicë"], **_RESTELICA),
        C("North Macedonia", "mention", "MK"),
        S("Prizren", "mention", 786712),
        # Tuesday 19 May handover; 14 + 1 items in the next sentence.
        S("Brod", "clearance", (42.06, 20.67), country_code="XK", date="2026-05-19", prec=D, mines=15),
        # Monday 18 May: land released, no items.
        S("Junik", "clearance", 789739, date="2026-05-18", prec=D),
        S("Gjakova", "mention", 791646, variants=["Đakovica"]),
        # "a mined ridge", clearance planned.
        A2("Deçan", "minefield", 791580, "XK", variants=["Dečani"]),
        # 14 May: two bomblets found, destroyed the next day.
        S("Kaçanik", "minefield", 789721, variants=["Kačanik"], date="2026-05-14", prec=D, mines=2),
        # Meeting on 4 June still to come.
        S("Prishtina", "conference", 786714),
        C("Kosovo", "minefield", "XK"),
    ],
    "1041_hiiraan_beledweyne_buulobarde_jalalaqsi_ceelbuur_dhuusamarreeb_mogadishu.txt": [
        # Monday 8 July: minibus on the Beledweyne-Buulobarde road.
        S("Beledweyne", "incident", 64460, variants=["Beled Weyne"], **_BELEDWEYNE),
        S("Buulobarde", "incident", 63689, variants=["Bulo Burte"], **_BELEDWEYNE),
        A1("Hiiraan region", "incident", (4.30, 45.40), "SO", variants=["Hiran region"], **_BELEDWEYNE),
        S("Mogadishu", "mention", 53654),
        # Saturday 6 July: an anti-tank mine found and blown up in place.
        S("Jalalaqsi", "minefield", 56414, date="2024-07-06", prec=D, mines=1),
        F("Shabelle river", "mention", (3.40, 45.60), "SO", tolerance_km=LINEAR),
        # Last week: 27 items destroyed.
        A1("Galgaduud region", "clearance", (5.30, 46.90), "SO", **_CEELBUUR),
        S("Ceelbuur", "clearance", 62821, variants=["El Bur"], **_CEELBUUR),
        # Meeting opened on Tuesday 9 July.
        S("Dhuusamarreeb", "conference", 60928, variants=["Dhusamareb"], date="2024-07-09", prec=D),
        R("Galmudug", "mention", (5.50, 47.00), "SO", tolerance_km=LARGE),
        # "more than 90 casualties ... since January".
        C("Somalia", "incident", "SO", date="2024-01-01", prec=M),
    ],
}
