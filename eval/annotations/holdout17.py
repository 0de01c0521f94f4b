"""Blind held-out set holdout17 (12 articles); annotated without seeing the rules or any output.

Twelve styles as an analyst's reading brings them (wire story with a dateline, local
daily, NGO press release, situation report, feature, numbered official statement,
network newsletter, opinion piece, photo-gallery captions, two pieces translated from
French and Russian, exile-media local report), each telling several events at
different places with dates (absolute and relative to the article's Date:) and counts
in varied forms. File names carry no place or topic.

Decisions where the rules are silent (the earlier batches' conventions are kept: a
capitalised dateline is a plain mention; "found and destroyed" and "detected and
neutralised" are finds (minefield); items removed, destroyed or detonated are
clearance; a meeting still to come is a conference with no date; hospital towns,
donors, risk education, treaty deadlines and attendees' origins are mentions; "last
week" and "last month" are month precision; a combined "killed or injured" figure or
"victims" total carries no counts; "N of them died" leaves the rest as injured; a
place holding several events of its top role takes the facts of its own specific
event, not of a summary line; a road or axis between two places gives both ends the
event; a town with no more specific named place holds the event told "near" or
"west of" it; a town beside a more specific named place is a reference):
- A dateline city that reappears as the place of a find ("In Kherson itself, a
  pensioner found an unexploded cluster bomblet") takes the find's role and facts; the
  entry keeps the dateline's capitalised form as its name.
- A land handover whose count stands in the same or the next sentence is one event:
  role clearance, date of the handover, count of the items removed from that land
  ("Since March 2021 our teams have destroyed 2,306 anti-personnel mines and 97
  anti-tank mines around the town" gives the handed-back town 2,403, dated the
  Tuesday ceremony; 58 + 11 = 69 for the Sala Krau handover).
- A handover ceremony held in one town for land in another district makes the
  ceremony's town a conference (dated) and the land's district clearance.
- An incident whose place is named in the sentence before ("The path above the ...
  farm outside El Tarra ... That month her son ... stepped on a mine there") gives
  that town the incident, with the month of the next sentence.
- Demining "under way" in two municipalities and then suspended in January is
  clearance without a date (the only date is that of the suspension).
- A caption's place line belongs to the event the caption tells, even when the count
  or casualties stand in the caption's second sentence (Raqqa and Syria take the two
  shepherds killed on 18 November); the date is the event's, not the photograph's
  ("removed from houses in Mosul, Iraq, during November. Photographed on 28
  November" is November, month). "The same day" in a caption is the caption's date.
- "Minefields laid during the Iran-Iraq war are still being cleared" is remaining
  contamination: minefield, undated (the war is an event name, not a place).
- Finds "along the old Ho Chi Minh Trail near Sepon" give both the trail (at the
  stretch meant) and the town the find: a trail hundreds of kilometres long is not a
  more specific place that would make the town a reference.
- Animals killed by mines since a stated month ("at least two cows have been killed
  since" July) give an incident with no count, dated that month.
- "This is already the second case of a mine explosion in the Rasht valley this year"
  places the article's blast in the valley: the valley takes that blast's day and
  count, not "this year".
- A country named in the title with the specific blast (Tajikistan) takes that blast's
  facts rather than the national total since 1992 in the body.
- "Since the bombing ended, more than 20,000 people in Laos have been killed or
  injured", the end of the bombing stated as 1973 in the sentence before, is an
  incident dated 1973 (year), no counts.
- A place with a held meeting and a meeting to come (Vientiane: 2010, and "again in
  September") takes the held meeting's date. A course that opened on a stated day
  (Goygol) and a workshop that "opened yesterday" (Ouagadougou) are dated conferences.
- A find announced on a stated day with no date of its own ("announced on Tuesday that
  they had discovered and destroyed a cache") is dated by the announcement; a
  minefield "confirmed last month" to be unsurveyed is dated that month.
- "Since 1 January" is a stated day (day precision); "since the beginning of the
  month" and "since the beginning of the year" are that month (January for the year);
  "In September and October" is September; "the first week of September" is
  September.
- A person's given name that is also a place (Fuzuli in an Azerbaijani patronymic
  name; Soledad in a Colombian woman's name) is not a place; the district of the same
  name is annotated from its own mention. Languages (Shan, Karen, Burmese, Arabic) are
  not places.
- "Remaining suspected areas" a country plans to clear by a deadline (Croatia) are
  remaining contamination: minefield, undated. Remaining contaminated areas "on the
  banks of the Panj river" make the river a minefield; the country across a border
  named only as a border stays a mention.
- A country section header on its own line (BOSNIA AND HERZEGOVINA, KOSOVO, SERBIA) is
  a mention when no sentence under it names the country again. A table-of-contents
  line tells its item's event.
- A province written bare in a title or label ("northern Shan", "in Sagaing", "new
  hazards surface in Moxico", "Centre-Nord", "Marib:") is the province entry, its
  generic form a variant when written. A district written bare and with its generic
  word ("Samlout" / "Samlout district", "Tartar" / "Tartar district") is one admin2
  entry when no town of that name is separated from it. "Al Hudaydah governorate"
  and "Al Hudaydah city", "Battambang province" and "Battambang town", "Mykolaiv
  region" and "Mykolaiv", "Kherson region" and KHERSON are separate entries.
- Burkina Faso's Sahel region (an attendee's origin) is the administrative region,
  not the belt; "Southeast Asia" and "Western Balkans" are regions named as mentions
  with wide tolerances.
- Patients from a state treated in a hospital across the border ("22 landmine
  patients from Kayin State in July and August") are injured casualties of that
  state (incident, July, 22 injured); the town around which "most" of them were hurt
  takes the incident and date without the count.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

_MON_KH = {"date": "2025-06-16", "prec": D}
_SNIH = {"date": "2025-06-13", "prec": D, "mines": 312}
_SAML = {"date": "2024-03-19", "prec": D, "injured": 2}
_SALA = {"date": "2024-03-15", "prec": D, "mines": 69}
_KH23 = {"date": "2023-01-01", "prec": Y}
_CUITO = {"date": "2023-11-07", "prec": D, "mines": 2403}
_DIRICO = {"date": "2023-10-28", "prec": D}
_LUMB = {"date": "2023-09-01", "prec": M}
_CUEMBA = {"date": "2023-10-01", "prec": M, "killed": 1, "injured": 1}
_HAYS = {"date": "2024-08-14", "prec": D, "killed": 3, "injured": 1}
_JARR = {"date": "2024-08-21", "prec": D, "injured": 2}
_MAQB = {"date": "2024-08-17", "prec": D, "killed": 2}
_SIRW = {"date": "2024-08-23", "prec": D, "injured": 1}
_NDS = {"date": "2025-01-01", "prec": M, "killed": 9, "injured": 32}
_TIBU = {"date": "2025-08-01", "prec": M, "killed": 2, "injured": 4}
_GABARRA = {"date": "2025-09-01", "prec": M, "mines": 38}
_SONSON = {"date": "2019-01-01", "prec": Y}
_AZ_WEEK = {"date": "2026-02-02", "prec": D, "mines": 422}
_HADRUT = {"date": "2026-02-09", "prec": D, "injured": 1}
_GUZANLI = {"date": "2026-02-10", "prec": D, "injured": 1}
_OZREN = {"date": "2023-07-02", "prec": D, "killed": 1}
_JARS = {"date": "2026-04-01", "prec": M, "killed": 2}
_SEPON = {"date": "2026-01-01", "prec": M, "mines": 1140}
_GIO = {"date": "2026-03-01", "prec": M, "injured": 1}
_RAMADI = {"date": "2024-11-20", "prec": D, "mines": 20}
_RAQQA = {"date": "2024-11-18", "prec": D, "killed": 2}
_BUS = {"date": "2025-04-21", "prec": D, "killed": 7, "injured": 12}
_FADA = {"date": "2025-04-19", "prec": D, "mines": 4}
_DORI = {"date": "2025-04-01", "prec": M, "mines": 11}
_TERA = {"date": "2025-04-17", "prec": D, "killed": 3}
_MALI = {"date": "2025-04-22", "prec": D, "mines": 60}
_KYAUKME = {"date": "2026-08-28", "prec": D, "killed": 3, "injured": 2}
_KANI = {"date": "2026-08-30", "prec": D, "injured": 1}
_TOJ = {"date": "2024-05-26", "prec": D, "injured": 1}
_SHOHIN = {"date": "2024-04-01", "prec": M, "mines": 26}
_DARVOZ = {"date": "2024-01-01", "prec": M, "mines": 1108}

ARTICLES: dict[str, list[Spec]] = {
    "01_a.txt": [
        # Dateline; "In Kherson itself" a pensioner found a bomblet on Saturday.
        S("KHERSON", "minefield", 706448, date="2025-06-14", prec=D, mines=1),
        # Lede: two killed, one wounded on Monday (16 June) in the region.
        C("Ukraine", "incident", "UA", killed=2, injured=1, **_MON_KH),
        A1(
            "Kherson region",
            "incident",
            (46.75, 33.40),
            "UA",
            killed=2,
            injured=1,
            **_MON_KH,
        ),
        S("Mylove", "incident", 700566, killed=1, **_MON_KH),
        A2("Beryslav district", "incident", 712260, "UA", killed=1, **_MON_KH),
        S("Velyka Oleksandrivka", "incident", 690288, killed=1, injured=1, **_MON_KH),
        # Hospital town.
        S("Kryvyi Rih", "mention", 703845),
        # Friday 13 June handover, 312 items removed.
        A1("Mykolaiv region", "clearance", (47.20, 31.90), "UA", **_SNIH),
        S("Snihurivka", "clearance", 693379, **_SNIH),
        # Right bank retaken; left bank cannot be surveyed.
        F("Dnipro", "mention", (46.78, 33.10), "UA", tolerance_km=LINEAR),
        # Meeting on Thursday, still to come.
        S("Mykolaiv", "conference", 700569),
        # Risk education in schools.
        S("Bilozerka", "mention", 712508),
        S("Chornobaivka", "mention", 710715),
    ],
    "02_b.txt": [
        # Tuesday 19 March: two farmers injured.
        A2("Samlout", "incident", 11336111, "KH", variants=["Samlout district"], **_SAML),
        S("Ta Sanh", "incident", (12.56, 102.67), country_code="KH", **_SAML),
        A1("Battambang province", "incident", (13.00, 102.95), "KH", **_SAML),
        # Hospital town; the committee meets there next week.
        S("Battambang town", "conference", 1831797),
        C("Thailand", "mention", "TH"),
        # 37 anti-tank mines found "last week".
        A2(
            "Kamrieng district",
            "minefield",
            11320731,
            "KH",
            date="2024-03-01",
            prec=M,
            mines=37,
        ),
        # Ceremony "last Friday (March 15)".
        S("Pailin town", "conference", 1830205, date="2024-03-15", prec=D),
        A2("Sala Krau", "clearance", 1825200, "KH", variants=["Sala Krau district"], **_SALA),
        # Donor.
        C("Japan", "mention", "JP"),
        # 49 casualties in 2023, 11 fatal.
        C("Cambodia", "incident", "KH", killed=11, injured=38, **_KH23),
        A1("Banteay Meanchey", "incident", (13.75, 102.95), "KH", **_KH23),
        A1("Preah Vihear", "incident", (13.85, 104.95), "KH", **_KH23),
        S("Phnom Penh", "mention", 1821306),
    ],
    "03_c.txt": [
        S("Cuito Cuanavale", "clearance", 3349149, **_CUITO),
        # Handover sentence; two cows killed in its south on 28 October.
        A1(
            "Cuando Cubango province",
            "incident",
            (-16.00, 19.50),
            "AO",
            tolerance_km=LARGE,
            **_DIRICO,
        ),
        # "more than 1,000 recorded minefields".
        C("Angola", "minefield", "AO"),
        # Ceremony on Tuesday 7 November.
        S("Menongue", "conference", 3347353, date="2023-11-07", prec=D),
        # Ambassador and donor.
        C("United States", "mention", "US"),
        # Survey "In September and October": 23 suspected hazardous areas.
        S("Lumbala Nguimbo", "minefield", 7905765, **_LUMB),
        A1(
            "Moxico",
            "minefield",
            (-13.00, 21.00),
            "AO",
            variants=["Moxico province"],
            tolerance_km=LARGE,
            **_LUMB,
        ),
        S("Dirico", "incident", 876292, **_DIRICO),
        F("Cubango river", "mention", (-17.97, 20.74), "AO", tolerance_km=LINEAR),
        C("Namibia", "mention", "NA"),
        # "last month": boy killed, sister injured.
        A1("Bie province", "incident", (-12.40, 17.50), "AO", tolerance_km=LARGE, **_CUEMBA),
        S("Cuemba", "incident", 3349181, **_CUEMBA),
        # Treated there.
        S("Kuito", "mention", 3348078),
        # 40 deminers trained in September.
        S("Huambo", "conference", 3348313, date="2023-09-01", prec=M),
        # The Trust's base.
        S("Luena", "mention", 3347719),
        C("United Kingdom", "mention", "GB"),
    ],
    "04_d.txt": [
        # 312 casualties since January, 101 fatal.
        C("Yemen", "incident", "YE", date="2024-01-01", prec=M, killed=101, injured=211),
        A2("Hays district", "incident", 74906, "YE", **_HAYS),
        S("Al Jarrahi", "incident", 79284, **_JARR),
        A1("Al Hudaydah governorate", "incident", (14.80, 43.10), "YE", **_HAYS),
        # Evacuation.
        S("Al Hudaydah city", "mention", 79415),
        # Labels: Marib (deminer injured), Taiz (two women killed), Lahij (219 items).
        A1("Marib", "incident", (15.50, 45.50), "YE", **_SIRW),
        A1("Taiz", "incident", (13.50, 43.90), "YE", **_MAQB),
        A1(
            "Lahij",
            "clearance",
            (13.20, 44.80),
            "YE",
            date="2024-08-13",
            prec=D,
            mines=219,
        ),
        # Floods on 9 and 10 August washed mines out.
        R("Tihama", "minefield", (14.60, 43.20), "YE", tolerance_km=LARGE, date="2024-08-09", prec=D),
        S("Zabid", "incident", 69500, **_JARR),
        S("Maqbanah", "incident", 407716, **_MAQB),
        A2("Sirwah district", "incident", 34703, "YE", **_SIRW),
        A2(
            "Harib district",
            "clearance",
            75133,
            "YE",
            date="2024-08-12",
            prec=D,
            mines=846,
        ),
        S(
            "Mawza",
            "clearance",
            (13.265, 43.52),
            country_code="YE",
            date="2024-08-19",
            prec=D,
            mines=417,
        ),
        A2(
            "Tuban district",
            "clearance",
            (12.97, 44.92),
            "YE",
            date="2024-08-13",
            prec=D,
            mines=219,
        ),
        # Risk education.
        A1("Hajjah", "mention", (15.90, 43.40), "YE"),
        S("Aden", "conference", 415189, date="2024-08-20", prec=D),
        C("Japan", "mention", "JP"),
        C("Germany", "mention", "DE"),
    ],
    "05_e.txt": [
        # New mines laid since fighting broke out in January.
        R("Catatumbo", "minefield", (8.70, -73.00), "CO", date="2025-01-01", prec=M),
        # Her son stepped on a mine on the path "That month" (February).
        S("El Tarra", "incident", 3738301, date="2025-02-01", prec=M, injured=1),
        # Hospital; meeting on 30 September.
        S("Cúcuta", "conference", 3685533, date="2025-09-30", prec=D),
        C("Venezuela", "mention", "VE"),
        # 41 victims between January and August, nine killed.
        A1("Norte de Santander", "incident", (8.30, -73.00), "CO", **_NDS),
        S("Tibú", "incident", 3667202, **_TIBU),
        S("La Gabarra", "minefield", (8.83, -72.75), country_code="CO", **_GABARRA),
        # Demining suspended in January.
        S("Teorama", "clearance", 3667286),
        S("San Calixto", "clearance", 3670011),
        S("Sonsón", "clearance", 3667820, **_SONSON),
        A1("Antioquia", "clearance", (6.90, -75.50), "CO", tolerance_km=LARGE, **_SONSON),
        # 12,300 victims since 1990: not split.
        C("Colombia", "incident", "CO", date="1990-01-01", prec=Y),
        S("Ocaña", "mention", 3673662),
        S("Bogotá", "mention", 3688689),
    ],
    "06_f.txt": [
        # Item 1: 118 + 41 + 263 = 422 detected and neutralized, 2-8 February.
        A2("Tartar", "minefield", 584871, "AZ", variants=["Tartar district"], **_AZ_WEEK),
        # Item 4: resident injured on 10 February.
        A2("Aghdam", "incident", 148619, "AZ", variants=["Aghdam district"], **_GUZANLI),
        # Item 3: deminer injured on 9 February.
        A2("Khojavend", "incident", 146969, "AZ", variants=["Khojavend district"], **_HADRUT),
        A2("Fuzuli", "minefield", 148106, "AZ", **_AZ_WEEK),
        A2("Jabrayil", "minefield", 148141, "AZ", **_AZ_WEEK),
        # Item 2: handover on 5 February.
        S(
            "Sugovushan",
            "clearance",
            (40.15, 46.64),
            country_code="AZ",
            date="2026-02-05",
            prec=D,
        ),
        S("Hadrut", "incident", (39.52, 47.03), country_code="AZ", **_HADRUT),
        # Hospital towns.
        S("Khankendi", "mention", 146970),
        S("Guzanli", "incident", 585736, **_GUZANLI),
        S("Barda", "mention", 587057),
        # Item 5: meeting on 11 February.
        S("Baku", "conference", 587084, date="2026-02-11", prec=D),
        # "where large areas remain contaminated".
        A2("Kalbajar", "minefield", 586268, "AZ"),
        A2("Lachin", "minefield", 147625, "AZ"),
        # Item 6: course started on 9 February.
        S("Goygol", "conference", 584716, date="2026-02-09", prec=D),
        # 412 victims since 10 November 2020, 74 died.
        C("Azerbaijan", "incident", "AZ", date="2020-11-10", prec=D, killed=74, injured=338),
        C("Armenia", "mention", "AM"),
    ],
    "07_g.txt": [
        R("Western Balkans", "mention", (43.50, 19.50), None, tolerance_km=300),
        # Contents line and item: killed on 2 July.
        F(
            "Ozren",
            "incident",
            (44.60, 18.25),
            "BA",
            variants=["Mount Ozren"],
            tolerance_km=LINEAR,
            **_OZREN,
        ),
        S("Petrovo", "incident", 3203643, **_OZREN),
        # Section header only.
        C("BOSNIA AND HERZEGOVINA", "mention", "BA"),
        S("Brčko", "clearance", 3203521, date="2023-06-22", prec=D, mines=57),
        # "still plans to complete clearance of its remaining suspected areas".
        C("CROATIA", "minefield", "HR"),
        S("Petrinja", "minefield", 3193420, date="2023-06-20", prec=D),
        C("KOSOVO", "mention", "XK"),
        S(
            "Podujevo",
            "clearance",
            786950,
            variants=["Podujeva"],
            date="2023-06-15",
            prec=D,
            mines=43,
        ),
        C("SERBIA", "mention", "RS"),
        # Confirmed "last month" still to be surveyed.
        S("Bujanovac", "minefield", 792173, date="2023-06-01", prec=M),
        S("Skopje", "conference", 785842, date="2023-07-04", prec=D),
        S("Zagreb", "conference", 3186886, date="2023-06-01", prec=M),
        # Annual meeting in October, to be confirmed.
        S("Sarajevo", "conference", 3191281),
        C("Norway", "mention", "NO"),
    ],
    "08_h.txt": [
        # 20,000 killed or injured since the bombing ended (1973).
        C("Laos", "incident", "LA", date="1973-01-01", prec=Y),
        R("Southeast Asia", "mention", (13.00, 103.00), None, tolerance_km=1500),
        F("Plain of Jars", "incident", (19.43, 103.15), "LA", **_JARS),
        A1("Xieng Khouang province", "incident", (19.50, 103.30), "LA", **_JARS),
        # The writer's clearance teams, 2009 to 2015.
        S("Phonsavan", "clearance", 1655123, date="2009-01-01", prec=Y),
        C("United States", "mention", "US"),
        A1(
            "Savannakhet province",
            "minefield",
            (16.50, 105.80),
            "LA",
            tolerance_km=LARGE,
            **_SEPON,
        ),
        R("Ho Chi Minh Trail", "minefield", (16.70, 106.30), "LA", tolerance_km=LINEAR, **_SEPON),
        S("Sepon", "minefield", 1655076, **_SEPON),
        S("Washington", "mention", 4140963),
        C("Vietnam", "incident", "VN", **_GIO),
        A2("Gio Linh district", "incident", 1581673, "VN", **_GIO),
        A1("Quang Tri province", "incident", (16.75, 107.00), "VN", **_GIO),
        C("Cambodia", "mention", "KH"),
        # First meeting of states parties held there in 2010; donors meet again.
        S("Vientiane", "conference", 1651944, date="2010-01-01", prec=Y),
        C("Ukraine", "mention", "UA"),
    ],
    "09_i.txt": [
        # Caption 2: the boy's leg lost near Sinjar, Iraq, in March 2023.
        C("Iraq", "incident", "IQ", date="2023-03-01", prec=M, injured=1),
        # Caption 5: two shepherds killed on 18 November.
        C("Syria", "incident", "SY", **_RAQQA),
        S("Mosul", "clearance", 99072, date="2024-11-01", prec=M, mines=212),
        S("Sinjar", "incident", 448149, date="2023-03-01", prec=M, injured=1),
        S("Erbil", "mention", 95446),
        # Risk education.
        S("Tal Afar", "mention", 90393),
        # 3 + 17 found and destroyed on 20 November.
        S("Ramadi", "minefield", 98717, **_RAMADI),
        A1("Anbar", "minefield", (33.40, 42.00), "IQ", tolerance_km=LARGE, **_RAMADI),
        S("Raqqa", "incident", 172955, **_RAQQA),
        S("Deir ez-Zor", "clearance", 170794, date="2024-01-01", prec=M, mines=1050),
        S("Atarib", "clearance", 174030, date="2024-11-26", prec=D),
        S("Aleppo", "mention", 170063),
        S("Manbij", "mention", 167357),
        S("Penjwen", "minefield", 98012),
        R("Kurdistan Region", "minefield", (36.20, 44.30), "IQ", tolerance_km=LARGE),
        # "The same day" (22 November).
        S("Baghdad", "conference", 98182, date="2024-11-22", prec=D),
    ],
    "10_j.txt": [
        A1(
            "Centre-Nord",
            "incident",
            (13.20, -1.20),
            "BF",
            variants=["Centre-Nord region"],
            **_BUS,
        ),
        S("Kaya", "incident", 2359608, **_BUS),
        S("Kongoussi", "incident", 2359142, **_BUS),
        S("Sabcé", "incident", (13.20, -1.30), country_code="BF", **_BUS),
        # The daily's city; the workshop opened "yesterday" (23 April).
        S("Ouagadougou", "conference", 2357048, date="2025-04-23", prec=D),
        A1("Est region", "minefield", (12.00, 1.00), "BF", tolerance_km=LARGE, **_FADA),
        S("Fada N'Gourma", "minefield", 2360886, **_FADA),
        S("Pama", "minefield", 2356738, **_FADA),
        # Road cleared since the beginning of the month; next session planned there.
        S("Dori", "clearance", 2361082, **_DORI),
        S("Gorom-Gorom", "clearance", 2360372, **_DORI),
        C("Burkina Faso", "incident", "BF", date="2025-01-01", prec=D, killed=84),
        C("Niger", "incident", "NE", **_TERA),
        S("Téra", "incident", 2438855, **_TERA),
        A1("Tillabéri region", "incident", (14.50, 1.50), "NE", tolerance_km=LARGE, **_TERA),
        # Announced on Tuesday (22 April): cache discovered and destroyed.
        C("Mali", "minefield", "ML", **_MALI),
        S("Bandiagara", "minefield", 2460489, **_MALI),
        # Participants' regions.
        A1("Sahel", "mention", (14.20, -0.30), "BF", tolerance_km=LARGE),
        A1("Nord", "mention", (13.60, -2.30), "BF"),
    ],
    "11_k.txt": [
        A1(
            "Shan",
            "incident",
            (21.80, 97.80),
            "MM",
            variants=["Shan State"],
            tolerance_km=LARGE,
            **_KYAUKME,
        ),
        A2("Kyaukme Township", "incident", 1316943, "MM", **_KYAUKME),
        # Mines planted in July; cows killed since.
        S("Hsipaw", "incident", (22.62, 97.30), country_code="MM", date="2026-07-01", prec=M),
        A1(
            "Sagaing",
            "incident",
            (24.00, 95.50),
            "MM",
            variants=["Sagaing Region"],
            tolerance_km=LARGE,
            **_KANI,
        ),
        A2("Kani Township", "incident", (22.43, 94.85), "MM", **_KANI),
        S("Monywa", "clearance", 1308522, date="2026-01-01", prec=M, mines=143),
        # Hospital town.
        S("Mae Sot", "mention", 1152188),
        C("Thailand", "mention", "TH"),
        A1("Tak Province", "mention", (16.90, 98.90), "TH"),
        A1(
            "Kayin State",
            "incident",
            (17.20, 97.80),
            "MM",
            tolerance_km=LARGE,
            date="2026-07-01",
            prec=M,
            injured=22,
        ),
        S("Myawaddy", "incident", 1308052, date="2026-07-01", prec=M),
        # More than 1,100 killed or injured in 2025: not split.
        C("Myanmar", "incident", "MM", date="2025-01-01", prec=Y),
        S("Nay Pyi Taw", "mention", 6611854),
        # "Last week" (24-30 August).
        S("Chiang Mai", "conference", 1153671, date="2026-08-01", prec=M),
    ],
    "12_l.txt": [
        C("Tajikistan", "incident", "TJ", **_TOJ),
        A2("Tojikobod district", "incident", (39.13, 70.83), "TJ", **_TOJ),
        # Hospital; commission meeting on 28 May.
        S("Dushanbe", "conference", 1221874, date="2024-05-28", prec=D),
        R("Rasht valley", "incident", (39.00, 70.50), "TJ", tolerance_km=LINEAR, **_TOJ),
        A2("Shamsiddin Shohin district", "minefield", (37.85, 70.05), "TJ", **_SHOHIN),
        A1("Khatlon region", "minefield", (37.90, 69.20), "TJ", **_SHOHIN),
        A2("Darvoz district", "clearance", (38.45, 70.79), "TJ", **_DARVOZ),
        A1(
            "Gorno-Badakhshan Autonomous Region",
            "clearance",
            (38.20, 73.00),
            "TJ",
            tolerance_km=LARGE,
            **_DARVOZ,
        ),
        C("Afghanistan", "mention", "AF"),
        F("Panj river", "minefield", (38.20, 70.60), "TJ", tolerance_km=LINEAR),
        # Residents found an old mortar shell on 20 May.
        A2(
            "Isfara district",
            "minefield",
            1514896,
            "TJ",
            date="2024-05-20",
            prec=D,
            mines=1,
        ),
        C("Kyrgyzstan", "mention", "KG"),
    ],
}

# ruff: noqa: E501
