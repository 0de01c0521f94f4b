"""More development articles (eval/dev 560-571), annotated like those in dev.py.

Short news, 150-300 words each: a wire story with a dateline (South Sudan), a
defence ministry press release with numbered items (Somalia), an OCHA-style
situation update with highlights and a dated incident log (DR Congo), a state
police press statement (Nigeria, with a Cameroonian incident across the border),
a television news summary (Libya), a correction with the corrected story
(Western Sahara), a parliamentary written answer with district-wise figures
(Azad Jammu and Kashmir), a five-question interview (Myanmar, Kayin State), an
army weekly progress note with dated log lines (Sri Lanka), a follow-up story
(Vietnam, Quang Tri), a radio news summary (Tajikistan and Kyrgyzstan) and a
news-in-brief column (Chad, Ethiopia, Zimbabwe, Peru).

Decisions where the rules are silent:
- A place the correction says the event did NOT happen at ("near Agwanit, not
  Mijek") takes no role from that sentence; Mijek is `clearance` only because
  later submunitions were cleared around it.
- A numbered or bulleted list that continues a sentence ("District-wise:" then
  "(a) Kotli: 5 killed, 11 injured (mostly in the Nakyal sector);") is read as
  that sentence: each line takes the period stated before the colon (January
  2022, month) and its own counts go to every place named in the line, the
  parenthesised sector or town included.
- A question put to a minister states nothing; the answer does.
- "Found ... and destroyed / defused", "unearthed" and "discovered a cache" make
  a `minefield` (README convention); "defused three IEDs planted along ..." is a
  `clearance`.
- Origins of patients, of a scrap dealer and of seminar attendees, hospital
  towns, a dateline, agency seats, donors and a treaty deadline are mentions.
- A title whose event the body dates ("Second boy dies after Quang Tri cluster
  bomb blast") gives the title-only province that event's date and counts.
- "the first week of July/October" is month precision; "last week" here
  (articles of 16 May 2024) lies in May.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

_YEI = {"date": "2024-05-14", "prec": D, "killed": 3, "injured": 5}
_TORIT = {"date": "2024-05-01", "prec": M, "mines": 31}
_AFGOOYE = {"date": "2024-02-10", "prec": D, "killed": 2, "injured": 4}
_BALCAD = {"date": "2024-02-08", "prec": D, "mines": 52}
_BAIDOA = {"date": "2024-02-11", "prec": D, "injured": 1}
_KIWANJA = {"date": "2023-05-08", "prec": D, "killed": 2, "injured": 1}
_KITSHANGA = {"date": "2023-05-11", "prec": D, "killed": 1, "injured": 2}
_FATAKI = {"date": "2023-05-16", "prec": D}
_OICHA = {"date": "2023-05-18", "prec": D, "mines": 17}
_NGOSHE = {"date": "2023-09-25", "prec": D, "killed": 4, "injured": 2}
_BANKI = {"date": "2023-09-26", "prec": D, "mines": 2}
_LIMANI = {"date": "2023-09-24", "prec": D, "injured": 3}
_AGWANIT = {"date": "2024-03-17", "prec": D, "killed": 2, "injured": 1}
_ZUG = {"date": "2024-01-01", "prec": M, "mines": 330}
_AJK = {"date": "2022-01-01", "prec": M}
_KOTLI = {**_AJK, "killed": 5, "injured": 11}
_POONCH = {**_AJK, "killed": 2, "injured": 5}
_CAM_LO = {"date": "2024-04-09", "prec": D, "killed": 2, "injured": 1}
_JULY = {"date": "2023-07-01", "prec": M}
_TAVILDARA = {"date": "2023-06-05", "prec": D, "killed": 1, "injured": 1}
_DARVOZ = {"date": "2023-04-01", "prec": M, "mines": 96}
_KULUNDU = {"date": "2023-06-03", "prec": D, "injured": 1}
_ZOUAR = {"date": "2023-10-08", "prec": D, "killed": 2, "injured": 3}
_TIGRAY = {"date": "2023-09-01", "prec": M, "mines": 350}
_MUKUMBURA = {"date": "2023-10-10", "prec": D, "injured": 1}

ARTICLES: dict[str, list[Spec]] = {
    "560_yei_morobo_minibus_antitank_torit_magwi_juba.txt": [
        S("Yei", "incident", 363619, **_YEI),
        # Dateline and the town the wounded were flown to.
        S("JUBA", "mention", 373303),
        S("Morobo", "incident", (3.68, 30.78), country_code="SS", **_YEI),
        A1("Central Equatoria", "incident", (4.5, 30.9), "SS", **_YEI),
        C("Uganda", "mention", "UG"),
        # 27 anti-personnel + 4 anti-tank destroyed "last week" (6-12 May).
        S("Torit", "clearance", 365742, **_TORIT),
        A1(
            "Eastern Equatoria",
            "clearance",
            (4.6, 33.3),
            "SS",
            tolerance_km=LARGE,
            **_TORIT,
        ),
        # Exposed mines seen, area marked "on Monday".
        S(
            "Magwi",
            "minefield",
            (4.13, 32.30),
            country_code="SS",
            date="2024-05-13",
            prec=D,
        ),
        # 41 casualties in 2023: a combined figure, not split.
        C("South Sudan", "incident", "SS", date="2023-01-01", prec=Y),
        C("Japan", "mention", "JP"),
        C("Netherlands", "mention", "NL"),
    ],
    "561_afgooye_wanlaweyn_ied_soldiers_qoryooley_balcad_cache_baidoa.txt": [
        A1("Lower Shabelle", "incident", (1.9, 44.6), "SO", **_AFGOOYE),
        # The ministry's seat and where the injured were evacuated.
        S("Mogadishu", "mention", 53654),
        S("Afgooye", "incident", 65785, **_AFGOOYE),
        S("Wanlaweyn", "incident", 50672, **_AFGOOYE),
        # "The same day" (10 February): three IEDs defused.
        S("Qoryooley", "clearance", 52867, date="2024-02-10", prec=D, mines=3),
        # Cache "discovered" (40 mortar rounds + 12 anti-tank mines), later destroyed.
        A1("Middle Shabelle", "minefield", (2.9, 45.5), "SO", **_BALCAD),
        S("Balcad", "minefield", (2.36, 45.39), country_code="SO", **_BALCAD),
        S("Baidoa", "incident", 64536, **_BAIDOA),
        A1("Bay", "incident", (2.8, 43.5), "SO", **_BAIDOA),
        # "the main cause of casualties among the security forces in Somalia".
        C("Somalia", "incident", "SO"),
        C("United Kingdom", "mention", "GB"),
        C("Türkiye", "mention", "TR"),
    ],
    "562_north_kivu_sitrep_kiwanja_kitshanga_sake_djugu_fataki_oicha.txt": [
        C(
            "DR Congo",
            "mention",
            "CD",
            variants=["Democratic Republic of the Congo"],
        ),
        A1(
            "North Kivu",
            "incident",
            (-0.8, 29.0),
            "CD",
            tolerance_km=LARGE,
            date="2023-05-08",
            prec=D,
            killed=6,
            injured=9,
        ),
        A1("Ituri", "minefield", (1.8, 29.9), "CD", tolerance_km=LARGE, **_FATAKI),
        # Dateline, "along the Goma–Sake road has left unexploded mortar shells".
        S("Goma", "minefield", 216281),
        S("Sake", "incident", 205970, date="2023-05-13", prec=D, killed=3, injured=6),
        # Seat the extra teams come from.
        S("Bunia", "mention", 217695),
        A2("Rutshuru", "incident", 206047, "CD", **_KIWANJA),
        S("Kiwanja", "incident", (-1.15, 29.45), country_code="CD", **_KIWANJA),
        A2("Masisi", "incident", (-1.40, 28.82), "CD", **_KITSHANGA),
        S("Kitshanga", "incident", (-1.38, 28.99), country_code="CD", **_KITSHANGA),
        A2("Djugu", "minefield", 217100, "CD", **_FATAKI),
        S("Fataki", "minefield", (2.00, 30.50), country_code="CD", **_FATAKI),
        A2("Beni", "clearance", 219057, "CD", **_OICHA),
        S("Oicha", "clearance", 8329635, **_OICHA),
    ],
    "563_borno_police_ngoshe_farmers_ied_bama_banki_limani_cameroon.txt": [
        A1("Borno", "incident", (11.8, 13.0), "NG", tolerance_km=LARGE, **_NGOSHE),
        S("Ngoshe", "incident", (10.98, 13.82), country_code="NG", **_NGOSHE),
        # Seat of the command and the hospital town.
        S("Maiduguri", "mention", 2331447),
        A2("Gwoza", "incident", 2339665, "NG", **_NGOSHE),
        S("Bama", "clearance", 2347954, **_BANKI),
        S("Banki", "clearance", 6776134, **_BANKI),
        C("Cameroon", "incident", "CM", **_LIMANI),
        A1("Far North Region", "incident", (10.9, 14.2), "CM", **_LIMANI),
        S("Limani", "incident", (11.21, 14.17), country_code="CM", **_LIMANI),
        S("Damboa", "mention", 2345498),
        S("Askira", "mention", 2349114),
        S("Chibok", "mention", 2346076),
    ],
    "564_libya_tv_qasr_bin_ghashir_boy_tarhuna_abu_grein_sirte_benghazi.txt": [
        S(
            "Qasr bin Ghashir",
            "incident",
            2213618,
            date="2023-11-07",
            prec=D,
            killed=1,
            injured=1,
        ),
        # "south of Tripoli": a reference.
        S("Tripoli", "mention", 2210247),
        S("Tarhuna", "clearance", 2210221, date="2023-10-01", prec=M, mines=230),
        S(
            "Abu Grein",
            "minefield",
            (31.44, 15.25),
            country_code="LY",
            date="2023-11-06",
            prec=D,
        ),
        S("Misrata", "mention", 2214846),
        # Risk-education course for teachers opened "on Sunday".
        S("Sirte", "conference", 2210554, date="2023-11-05", prec=D),
        S("Benghazi", "conference", 88319, date="2023-11-06", prec=D),
        # The survey is planned only.
        S("Ajdabiya", "mention", 89113),
        C("Egypt", "mention", "EG"),
        C("Germany", "mention", "DE"),
        # "Since 2020, more than 130 people have been killed or injured": combined.
        C("Libya", "incident", "LY", date="2020-01-01", prec=Y),
    ],
    "565_correction_western_sahara_agwanit_not_mijek_tindouf_smara_zug.txt": [
        C("Western Sahara", "incident", "EH", **_AGWANIT),
        S("Agwanit", "incident", (22.19, -13.13), country_code="EH", **_AGWANIT),
        # Wrongly named as the blast site; 312 submunitions + 18 mines cleared
        # there since January.
        S("Mijek", "clearance", 8300874, **_ZUG),
        # Dateline and the camps' hospital.
        S("TINDOUF", "mention", 2476301),
        C("Algeria", "mention", "DZ"),
        # The clinic the injured man was taken to.
        S("Tifariti", "mention", 2461667),
        S("Zug", "clearance", 2461423, **_ZUG),
        S("Laayoune", "mention", 2462881),
        S("Smara", "incident", 2461874, date="2024-01-01", prec=M, injured=1),
        C("Morocco", "mention", "MA"),
    ],
    "566_senate_answer_ajk_kotli_nakyal_haveli_neelum_athmuqam_poonch.txt": [
        A1(
            "Azad Jammu and Kashmir",
            "incident",
            (34.0, 73.8),
            "PK",
            tolerance_km=LARGE,
            killed=14,
            injured=31,
            **_AJK,
        ),
        S("ISLAMABAD", "mention", 1176615),
        F(
            "Line of Control",
            "clearance",
            (33.9, 74.1),
            "PK",
            tolerance_km=LINEAR,
            mines=1860,
            **_AJK,
        ),
        A2("Kotli", "incident", 1173055, "PK", **_KOTLI),
        S("Nakyal", "incident", (33.46, 74.10), country_code="PK", **_KOTLI),
        A2("Haveli", "incident", (33.90, 74.10), "PK", killed=4, injured=9, **_AJK),
        A2("Neelum", "incident", (34.70, 74.10), "PK", killed=3, injured=6, **_AJK),
        # AJK's Poonch district (not the Indian one).
        A2("Poonch", "incident", (33.85, 73.75), "PK", **_POONCH),
        S("Rawalakot", "incident", 1161983, **_POONCH),
        S("Athmuqam", "incident", 7536245, date="2023-05-01", prec=M, killed=2),
        # Military hospital town.
        S("Muzaffarabad", "mention", 1169607),
        C("Pakistan", "mention", "PK"),
    ],
    "567_interview_hpa_an_prosthetics_hlaingbwe_boy_kawkareik_myawaddy.txt": [
        # Workshop town; capital of Kayin State.
        S("Hpa-An", "mention", 1302849),
        # "more landmine casualties than any other country in 2023".
        C("Myanmar", "incident", "MM", date="2023-01-01", prec=Y),
        A1("Kayin State", "mention", (17.3, 97.7), "MM", tolerance_km=LARGE),
        # "in the hills east of Hlaingbwe" on 2 August: no nearer place named.
        S(
            "Hlaingbwe",
            "incident",
            (17.13, 97.83),
            country_code="MM",
            date="2024-08-02",
            prec=D,
            injured=1,
        ),
        # "The highway between Myawaddy and Kawkareik is mined on both sides".
        S("Myawaddy", "minefield", 1308052),
        S("Kawkareik", "incident", 1319898, date="2024-06-01", prec=M, killed=2),
        S("Mae Sot", "mention", 1152188),
        C("Thailand", "mention", "TH"),
        # Armed groups "remove the mines they laid" there.
        A2("Kyainseikgyi", "clearance", 11810635, "MM"),
        S("Yangon", "mention", 1298824),
    ],
    "568_sri_lanka_army_muhamalai_pachchilaipalli_nagar_kovil_oddusuddan.txt": [
        # Title "demining: weekly progress, Northern Province"; also the Governor's
        # province at the ceremony.
        A1("Northern Province", "clearance", (9.2, 80.4), "LK"),
        S("Colombo", "mention", 1248991),
        A2("Jaffna", "clearance", 1242833, "LK", **_JULY),
        A2("Kilinochchi", "clearance", 1240372, "LK", **_JULY),
        A2("Mullaitivu", "clearance", 1234393, "LK", **_JULY),
        # 46 + 2 "found and destroyed".
        S(
            "Muhamalai",
            "minefield",
            (9.62, 80.28),
            country_code="LK",
            date="2023-07-03",
            prec=D,
            mines=48,
        ),
        A2(
            "Pachchilaipalli",
            "clearance",
            (9.60, 80.33),
            "LK",
            date="2023-07-04",
            prec=D,
        ),
        S(
            "Nagar Kovil",
            "incident",
            (9.75, 80.27),
            country_code="LK",
            date="2023-07-05",
            prec=D,
            injured=1,
        ),
        S("Point Pedro", "mention", 1229989),
        S(
            "Oddusuddan",
            "clearance",
            (9.15, 80.65),
            country_code="LK",
            date="2023-07-06",
            prec=D,
            mines=212,
        ),
        S(
            "Elephant Pass",
            "conference",
            (9.55, 80.40),
            country_code="LK",
            date="2023-07-07",
            prec=D,
        ),
        # Joined the treaty in 2017; free of known minefields by 2028.
        C("Sri Lanka", "mention", "LK"),
        C("Japan", "mention", "JP"),
    ],
    "569_quang_tri_second_boy_dies_cam_lo_hue_vinh_linh_trieu_phong.txt": [
        A1("Quang Tri", "incident", (16.75, 106.95), "VN", **_CAM_LO),
        # Dateline; the volunteers' course opens there on 22 April (still to come:
        # no date).
        S("DONG HA", "conference", 1582926),
        A2("Cam Lo", "incident", 1586384, "VN", **_CAM_LO),
        S("Hue", "mention", 1580240),
        # Where the scrap dealer came from and bought metal.
        A2("Huong Hoa", "mention", (16.65, 106.70), "VN"),
        S("Khe Sanh", "mention", 1579363),
        # Submunitions "that farmers had found", destroyed on Monday.
        A2(
            "Vinh Linh", "minefield", 1580262, "VN", date="2024-04-15", prec=D, mines=18
        ),
        # A bomb "unearthed" by a construction crew, defused on Tuesday.
        A2(
            "Trieu Phong",
            "minefield",
            1565760,
            "VN",
            date="2024-04-16",
            prec=D,
            mines=1,
        ),
        C("Norway", "mention", "NO"),
    ],
    "570_radio_tavildara_shepherd_darvoz_panj_khorog_seminar_kulundu_batken.txt": [
        S("Dushanbe", "mention", 1221874),
        S("Tavildara", "incident", 1220324, **_TAVILDARA),
        A2("Sangvor", "incident", (38.75, 70.55), "TJ", **_TAVILDARA),
        F(
            "Panj river",
            "clearance",
            (38.40, 70.90),
            "TJ",
            tolerance_km=LINEAR,
            **_DARVOZ,
        ),
        A2("Darvoz", "clearance", (38.45, 70.80), "TJ", **_DARVOZ),
        C("Afghanistan", "mention", "AF"),
        # Where the seminar's teachers come from.
        F("Rasht valley", "mention", (39.0, 70.6), "TJ", tolerance_km=50),
        S("Khorog", "conference", 1221328, date="2023-06-06", prec=D),
        S("Kulundu", "incident", 8377525, **_KULUNDU),
        C("Kyrgyzstan", "incident", "KG", **_KULUNDU),
        A1("Batken", "incident", (40.0, 70.7), "KG", **_KULUNDU),
        # Border talks with mine clearance on the agenda.
        S("Bishkek", "conference", 1528675, date="2023-06-02", prec=D),
        # Treaty deadline.
        C("Tajikistan", "mention", "TJ"),
    ],
    "571_briefs_zouar_bardai_tibesti_soldiers_zalambessa_adigrat_mukumbura.txt": [
        S("Zouar", "incident", 2424015, **_ZOUAR),
        S("Bardaï", "incident", 2435976, **_ZOUAR),
        A1("Tibesti", "incident", (21.2, 17.6), "TD", tolerance_km=LARGE, **_ZOUAR),
        C("Chad", "incident", "TD", **_ZOUAR),
        C("Ethiopia", "clearance", "ET", **_TIGRAY),
        A1("Tigray", "clearance", (13.9, 39.0), "ET", tolerance_km=LARGE, **_TIGRAY),
        S("Zalambessa", "clearance", (14.52, 39.38), country_code="ET", **_TIGRAY),
        S("Adigrat", "clearance", 345149, **_TIGRAY),
        C("Zimbabwe", "incident", "ZW", **_MUKUMBURA),
        S("Mukumbura", "incident", (-16.20, 31.69), country_code="ZW", **_MUKUMBURA),
        A1("Mashonaland Central", "incident", (-16.8, 31.3), "ZW", **_MUKUMBURA),
        C("Mozambique", "mention", "MZ"),
        # 64 anti-personnel mines destroyed "during the first week of October".
        F(
            "Cenepa valley",
            "clearance",
            (-4.4, -78.2),
            "PE",
            tolerance_km=50,
            date="2023-10-01",
            prec=M,
            mines=64,
        ),
        C("Ecuador", "mention", "EC"),
        # Only its plan to finish by 2024 ("Peruvian" engineers are an adjective).
        C("Peru", "mention", "PE"),
    ],
}
