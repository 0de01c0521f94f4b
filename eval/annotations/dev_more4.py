"""More development articles (eval/dev 170-179), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Ordinary news stories with two to four events each, written to exercise the ways
reporters state event dates ("on the evening of 3 March", "last Thursday", "on
Thursday last week", "over the weekend", "in the early hours of Sunday", "a week
ago", "10 days ago", "in mid-January", "at the end of February", "in the first days
of April", "on New Year's Eve", "in late 2022", "the day before", "three days
later", "earlier in the month") and counts ("a woman and her two daughters",
"killing one man and injuring two others", "the two men died; a third survived",
"several people", "at least 14", "more than 1,200", "about 40 ... and six", "a
single anti-tank mine", "no casualties").

Decisions where the rules are silent:
- "Over the weekend" is its first day (Saturday), as in dev_local.
- "A week ago" is month precision, like "last week" and "two weeks ago"
  (dev_features); "10 days ago" names one day and is day precision.
- "In mid-January", "at the end of February", "in the first days of April",
  "in late March" and "earlier in the month" are month precision; "in late
  2022" is year precision.
- "More than N", "at least N" and "about N" count as N; "several people" and
  "thousands of civilians" give no count.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "170_kharkiv_tractor_husarivka_shevchenkove_mines.txt": [
        # Dateline city; the region is a separate entry.
        S("KHARKIV", "mention", 706483),
        # "on the evening of 3 March ... killing one man and injuring two others".
        A1(
            "Kharkiv region",
            "incident",
            (49.60, 36.50),
            "UA",
            date="2024-03-03",
            prec=D,
            killed=1,
            injured=2,
        ),
        S(
            "Husarivka",
            "incident",
            707853,
            date="2024-03-03",
            prec=D,
            killed=1,
            injured=2,
        ),
        # Hospital town.
        S("Chuhuiv", "mention", 710374),
        # Background ("between Balakliia and Izium"), then "Over the weekend ...
        # destroyed more than 300 explosive items": Saturday 9 March.
        S("Balakliia", "clearance", 712926, date="2024-03-09", prec=D, mines=300),
        S("Izium", "mention", 707292),
        # "Last Thursday" from Monday 11 March; "at least 14 mines".
        S("Shevchenkove", "minefield", 694137, date="2024-03-07", prec=D, mines=14),
        # "west of Kupiansk": a distance reference.
        S("Kupiansk", "mention", 703656),
        # "killed or injured more than 1,000 civilians since February 2022": not split.
        C("Ukraine", "incident", "UA", date="2022-02-01", prec=M),
    ],
    "171_azerbaijan_new_years_eve_quzanli_kalbajar.txt": [
        S("BAKU", "mention", 587084),
        S("Quzanli", "incident", 585736, date="2023-12-31", prec=D, killed=1),
        A2(
            "Aghdam district",
            "incident",
            148619,
            "AZ",
            date="2023-12-31",
            prec=D,
            killed=1,
        ),
        # "In the early hours of Sunday" from Monday 8 January.
        A2(
            "Kalbajar district",
            "incident",
            586268,
            "AZ",
            date="2024-01-07",
            prec=D,
            injured=1,
        ),
        # Hospital town.
        S("Barda", "mention", 587057),
        # "212 mines and 95 items of unexploded ordnance during the month" (December).
        A2(
            "Fuzuli district",
            "clearance",
            148106,
            "AZ",
            date="2023-12-01",
            prec=M,
            mines=307,
        ),
        # Running total from "began in late 2022": year; "about 900 explosive items".
        S("Lachin", "clearance", 147625, date="2022-01-01", prec=Y, mines=900),
        # Title and "killed or injured more than 350 people since the end of the
        # 2020 war": not split.
        C("Azerbaijan", "incident", "AZ", date="2020-01-01", prec=Y),
        C("Armenia", "mention", "AM"),
    ],
    "172_syria_atarib_boy_mayadin_hajin_clearance.txt": [
        # "10 days ago" from 15 May.
        S("Atarib", "incident", 174030, date="2023-05-05", prec=D, killed=1, injured=1),
        # "west of Aleppo": a distance reference.
        S("Aleppo", "mention", 170063),
        # Hospital town.
        S("Idlib", "mention", 169389),
        # "A week ago, several people were hurt": May, no count.
        S("Mayadin", "incident", 173480, date="2023-05-01", prec=M),
        A1(
            "Deir ez-Zor province",
            "incident",
            (35.00, 40.50),
            "SY",
            date="2023-05-01",
            prec=M,
        ),
        # "more than 2,300 explosive items since the start of the year".
        S("Hajin", "clearance", 174506, date="2023-01-01", prec=M, mines=2300),
        S("Damascus", "mention", 170654),
        # Title ("Syria's mine toll") and "more casualties ... in 2022 than any
        # other country".
        C("Syria", "incident", "SY", date="2022-01-01", prec=Y),
        C("Turkey", "mention", "TR"),
    ],
    "173_iraq_safwan_brothers_fao_minefield_sinjar.txt": [
        S("Safwan", "incident", 91772, date="2023-02-14", prec=D, killed=2),
        A1(
            "Basra province",
            "incident",
            (30.50, 47.40),
            "IQ",
            date="2023-02-14",
            prec=D,
            killed=2,
        ),
        # Where the bodies were taken.
        S("Zubair", "mention", 98245),
        C("Iran", "mention", "IR"),
        # "In mid-January ... more than 300 anti-personnel mines".
        S("Fao", "minefield", 99446, date="2023-01-01", prec=M, mines=300),
        # "At the end of January ... after removing 85 improvised explosive devices".
        S("Sinjar", "clearance", 448149, date="2023-01-01", prec=M, mines=85),
        A1(
            "Nineveh province",
            "clearance",
            (36.30, 42.50),
            "IQ",
            date="2023-01-01",
            prec=M,
            mines=85,
        ),
        # Seat of the directorate.
        S("Baghdad", "mention", 98182),
        # Only "still has more than 2,000 square kilometres to clear".
        C("Iraq", "mention", "IQ"),
    ],
    "174_kandahar_mother_daughters_gereshk_clearance.txt": [
        # "Arghandab" (title) and "the Arghandab district" are never separated.
        # "A woman and her two daughters were injured on Thursday last week":
        # Thursday 6 April, three injured.
        A2(
            "Arghandab",
            "incident",
            (31.70, 65.70),
            "AF",
            date="2023-04-06",
            prec=D,
            injured=3,
        ),
        S(
            "Jelawur",
            "incident",
            (31.68, 65.65),
            country_code="AF",
            date="2023-04-06",
            prec=D,
            injured=3,
        ),
        A1(
            "Kandahar province",
            "incident",
            (31.00, 65.70),
            "AF",
            date="2023-04-06",
            prec=D,
            injured=3,
        ),
        # Hospital.
        S("Kandahar city", "mention", 1138336),
        # "the first days of April ... destroying 62 explosive items".
        A1(
            "Helmand province",
            "clearance",
            (31.00, 64.20),
            "AF",
            tolerance_km=LARGE,
            date="2023-04-01",
            prec=M,
            mines=62,
        ),
        S("Gereshk", "clearance", 1141540, date="2023-04-01", prec=M, mines=62),
        # "north-east of Lashkar Gah": a distance reference.
        S("Lashkar Gah", "mention", 1134720),
        # "in late March ... three new hazardous areas containing pressure-plate
        # devices": found, no count of devices.
        S("Ghazni", "minefield", 1141269, date="2023-03-01", prec=M),
        S("Kabul", "mention", 1138958),
        # "more than 700 casualties ... in 2022": not split.
        C("Afghanistan", "incident", "AF", date="2022-01-01", prec=Y),
    ],
    "175_yemen_hays_minibus_marib_destruction.txt": [
        # "on the road between Hays and Khokha, in Hodeidah governorate".
        S("Hays", "incident", 74906, date="2023-08-12", prec=D, killed=4, injured=3),
        S("Khokha", "incident", 79131, date="2023-08-12", prec=D, killed=4, injured=3),
        A1(
            "Hodeidah governorate",
            "incident",
            (14.80, 43.20),
            "YE",
            date="2023-08-12",
            prec=D,
            killed=4,
            injured=3,
        ),
        # "On the day before the bus was hit": 11 August.
        A2(
            "Maqbanah district",
            "incident",
            (13.50, 43.70),
            "YE",
            date="2023-08-11",
            prec=D,
            injured=1,
        ),
        # "west of Taiz": a distance reference.
        S("Taiz", "mention", 70225),
        # "Three days later" counts from 12 August, the day told before it.
        S("Marib", "clearance", 72968, date="2023-08-15", prec=D, mines=1450),
        # "Earlier in the month ... found a field of anti-personnel mines".
        S("Ad Durayhimi", "minefield", 80309, date="2023-08-01", prec=M),
        # "south of the port of Hodeidah": the city, a distance reference.
        S("Hodeidah", "mention", 79415),
        # "Since the war began in 2015 ... killed or injured thousands": no count.
        C("Yemen", "incident", "YE", date="2015-01-01", prec=Y),
        S("Aden", "mention", 415189),
        S("Sanaa", "mention", 71137),
    ],
    "176_cambodia_kamrieng_handover_anlong_veng_single_mine.txt": [
        # "Kamrieng" (title) and "Kamrieng district" are never separated.
        # "last Thursday" from Monday 4 March 2024: 29 February.
        A2(
            "Kamrieng", "clearance", 11320731, "KH", date="2024-02-29", prec=D, mines=57
        ),
        A1(
            "Battambang province",
            "clearance",
            (13.00, 103.00),
            "KH",
            date="2024-02-29",
            prec=D,
            mines=57,
        ),
        C("Thailand", "mention", "TH"),
        # "at the end of February": month; one farmer injured.
        A2(
            "Rattanak Mondul",
            "incident",
            (12.85, 102.95),
            "KH",
            date="2024-02-01",
            prec=M,
            injured=1,
        ),
        # Hospital town.
        S("Pailin", "mention", 1830205),
        # "In mid-January ... a single anti-tank mine ... no casualties": found.
        A1(
            "Oddar Meanchey province",
            "minefield",
            (14.20, 103.50),
            "KH",
            date="2024-01-01",
            prec=M,
            mines=1,
        ),
        S("Anlong Veng", "minefield", 1831898, date="2024-01-01", prec=M, mines=1),
        # Seat of the authority; the casualty statement names only "the country".
        S("Phnom Penh", "mention", 1821306),
        # Only the 2025 clearance goal.
        C("Cambodia", "mention", "KH"),
    ],
    "177_colombia_briceno_farmers_ituango_mines_tibu.txt": [
        # Dateline and the hospital the survivor was flown to.
        S("MEDELLÍN", "mention", 3674962),
        # "The two men died; a third survived with injuries": 2 killed, 1 injured.
        S(
            "Briceño",
            "incident",
            3688499,
            date="2023-11-02",
            prec=D,
            killed=2,
            injured=1,
        ),
        A1(
            "Antioquia",
            "incident",
            (7.00, -75.50),
            "CO",
            tolerance_km=LARGE,
            date="2023-11-02",
            prec=D,
            killed=2,
            injured=1,
        ),
        # "Two days later ... about 40 anti-personnel mines and six anti-tank mines".
        S("Ituango", "minefield", 3680434, date="2023-11-04", prec=D, mines=46),
        # "have destroyed 23 devices since August".
        S("Tibú", "clearance", 3667202, date="2023-08-01", prec=M, mines=23),
        A1(
            "Norte de Santander",
            "clearance",
            (8.00, -72.90),
            "CO",
            date="2023-08-01",
            prec=M,
            mines=23,
        ),
        C("Venezuela", "mention", "VE"),
        S("Bogotá", "mention", 3688689),
        # "more than 12,000 victims ... since 1990": not split.
        C("Colombia", "incident", "CO", date="1990-01-01", prec=Y),
    ],
    "178_myanmar_lashio_market_mrauk_u_kyaukme.txt": [
        # "Several people were wounded on 2 June": no count.
        S("Lashio", "incident", 1314759, date="2024-06-02", prec=D),
        A1(
            "Shan State",
            "incident",
            (21.50, 97.70),
            "MM",
            tolerance_km=LARGE,
            date="2024-06-02",
            prec=D,
        ),
        # "laid mines around the outskirts of the town in late 2022".
        S("Kyaukme", "minefield", 1316943, date="2022-01-01", prec=Y),
        # "a fisherman and his son were killed on 28 May".
        A1(
            "Rakhine State",
            "incident",
            (20.00, 93.50),
            "MM",
            tolerance_km=LARGE,
            date="2024-05-28",
            prec=D,
            killed=2,
        ),
        S("Mrauk U", "incident", 1307658, date="2024-05-28", prec=D, killed=2),
        # "removed 18 explosive items from a village near Bhamo in April".
        A1(
            "Kachin State",
            "clearance",
            (25.50, 97.40),
            "MM",
            tolerance_km=LARGE,
            date="2024-04-01",
            prec=M,
            mines=18,
        ),
        S("Bhamo", "clearance", 1328218, date="2024-04-01", prec=M, mines=18),
        S("Yangon", "mention", 1298824),
        # Title and "had overtaken Syria and Afghanistan in 2023 as the country
        # with the most recorded mine casualties": a casualty comparison gives all
        # three an incident in 2023.
        C("Myanmar", "incident", "MM", date="2023-01-01", prec=Y),
        C("Syria", "incident", "SY", date="2023-01-01", prec=Y),
        C("Afghanistan", "incident", "AF", date="2023-01-01", prec=Y),
        # Where the wounded are treated.
        S("Mandalay", "mention", 1311874),
    ],
    "179_bosnia_maglaj_firewood_olovo_items_brcko.txt": [
        S("SARAJEVO", "mention", 3191281),
        # "killed on Saturday" from Monday 16 October.
        S("Maglaj", "incident", 3195946, date="2023-10-14", prec=D, killed=1),
        # "The day before": Friday 13 October.
        S("Teslić", "incident", 3189143, date="2023-10-13", prec=D, injured=1),
        # Hospital town.
        S("Tuzla", "mention", 3188582),
        # "more than 1,200 items ... Earlier in the month".
        S("Olovo", "clearance", 3194133, date="2023-10-01", prec=M, mines=1200),
        # "At the end of September ... a minefield of 23 anti-tank mines".
        A2(
            "Brčko district",
            "minefield",
            3203521,
            "BA",
            date="2023-09-01",
            prec=M,
            mines=23,
        ),
        # "killed or injured more than 1,700 people ... since the end of the war
        # in 1995": not split.
        C("Bosnia and Herzegovina", "incident", "BA", date="1995-01-01", prec=Y),
    ],
}
