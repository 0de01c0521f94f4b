"""More development articles (eval/dev 265-276), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: humanitarian situation reports, cluster bulletins, incident logs, factsheets
and short posts.

Annotation decisions where the rules are silent:
- A bulletin's country heading or a country in the title alone is a mention; a
  per-country "monthly totals" line with casualties gives incident with the month.
- "north-west Syria", "northern Shan State", "the northern West Bank" are the
  country / state / territory entries.
- A place label that opens a log line or paragraph ("Shan State: Residents...",
  "Hodeidah city: ...") belongs to that line's sentence; a later sentence of the
  same paragraph that does not name the place does not give it a role.
- A town that is only a sub-office seat or hospital and later lies on the road where
  a vehicle hit a mine ("between Al Khawkhah and Mocha") takes incident and that
  event's facts, even though a demolition of 140 items also happened there.
- A blast that hurt no one ("vehicle destroyed; the driver escaped") is an incident
  without counts; animals killed with herders are not counted.
- Hazardous areas "identified"/"recorded" by survey are minefield without a mine
  count; an explosive hazard assessment of sites is clearance (survey work).
- In one sentence with two finds (60 mines near Nimule; other areas towards Pageri)
  the text was split so each place keeps only its own figure.
- "Most of the cases were recorded in Cauca and Nariño" gives incident with no date
  or count (that sentence states none); the country's total "9 of them died" gives
  killed only (injured is not stated).
- Social-media posts: "this morning", "yesterday", "today" resolve against the
  post's own date line, which the article text carries.
- Items "found" among a larger number destroyed ("destroyed 86 items ... three
  anti-personnel mines found") make minefield with all 86 items counted; residents'
  "reported" devices with a running "since 28 August" total count the reported 11.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

ARTICLES: dict[str, list[Spec]] = {
    "265_ukraine_flash_update_balakliia_beryslav_minibus.txt": [
        # "may be contaminated" across the country: a minefield statement.
        C("Ukraine", "minefield", "UA"),
        S("Snihurivka", "clearance", 693379, date="2024-05-15", prec=D),
        # Partners' seat and the hospital town.
        S("Kharkiv", "mention", 706483),
        S("Balakliia", "incident", 712926, date="2024-05-13", prec=D, killed=1),
        A1(
            "Kharkiv Oblast",
            "incident",
            (49.50, 36.50),
            "UA",
            date="2024-05-13",
            prec=D,
            killed=1,
        ),
        # "Two days later" counts from 13 May.
        S("Kupiansk", "incident", 703656, date="2024-05-15", prec=D, injured=2),
        A1(
            "Kherson Oblast",
            "incident",
            (46.75, 33.30),
            "UA",
            date="2024-05-14",
            prec=D,
            killed=2,
            injured=3,
        ),
        S(
            "Beryslav",
            "incident",
            712260,
            date="2024-05-14",
            prec=D,
            killed=2,
            injured=3,
        ),
        S(
            "Novoraisk",
            "incident",
            699309,
            date="2024-05-14",
            prec=D,
            killed=2,
            injured=3,
        ),
        # A resident spotted a mine (found), sappers took 14 out: minefield wins.
        S(
            "Velyka Oleksandrivka",
            "minefield",
            690288,
            date="2024-05-12",
            prec=D,
            mines=14,
        ),
        # Risk education and a hotline's seat.
        S("Izium", "mention", 707292),
        S("Dnipro", "mention", 709930),
    ],
    "266_syria_northwest_subcluster_bulletin_september.txt": [
        # "north-west Syria" is Syria; the month's casualty total gives incident.
        C("Syria", "incident", "SY", date="2023-09-01", prec=M, killed=11, injured=20),
        A1(
            "Idlib governorate",
            "incident",
            (35.80, 36.60),
            "SY",
            date="2023-09-19",
            prec=D,
            injured=2,
        ),
        S("Ariha", "incident", 172994, date="2023-09-04", prec=D, killed=3),
        # "west of X" with no more specific named place: X holds the event.
        S("Jisr ash-Shughur", "incident", 169023, date="2023-09-11", prec=D, injured=1),
        S("Maarat Misrin", "incident", 167605, date="2023-09-19", prec=D, injured=2),
        A1(
            "Aleppo governorate",
            "incident",
            (36.25, 37.40),
            "SY",
            date="2023-09-27",
            prec=D,
            injured=2,
        ),
        S("Azaz", "incident", 172082, date="2023-09-27", prec=D, injured=2),
        S("Afrin", "incident", 174186, date="2023-09-27", prec=D, injured=2),
        S("Atarib", "clearance", 174030, date="2023-09-01", prec=M, mines=312),
        S(
            "Sarmada",
            "clearance",
            (36.184, 36.711),
            country_code="SY",
            date="2023-09-01",
            prec=M,
            mines=95,
        ),
        # Hazardous areas identified (found): minefield, no item count.
        S("Al Bab", "minefield", 174018, date="2023-09-01", prec=M),
        S("Gaziantep", "conference", 314830, date="2023-09-21", prec=D),
    ],
    "267_yemen_west_coast_security_incident_log_april.txt": [
        C("Yemen", "mention", "YE"),
        A1("Hodeidah governorate", "mention", (14.60, 43.20), "YE"),
        A1("Taiz governorate", "mention", (13.40, 43.80), "YE"),
        # Seat of the sub-office, a demolition of 140 items, then the road where
        # a truck hit a mine: incident wins and takes that event's facts.
        S("Mocha", "incident", 78751, date="2024-04-27", prec=D, injured=1),
        S("Hays", "incident", 74906, date="2024-04-02", prec=D, killed=1, injured=1),
        S(
            "Al Jarrahi",
            "incident",
            79284,
            date="2024-04-02",
            prec=D,
            killed=1,
            injured=1,
        ),
        A2(
            "Ad Durayhimi district",
            "incident",
            80309,
            "YE",
            date="2024-04-05",
            prec=D,
            injured=2,
        ),
        # Hospital town on 05/04, then the road of the truck strike.
        S("Al Khawkhah", "incident", 79131, date="2024-04-27", prec=D, injured=1),
        # A round reported (found) and removed: minefield.
        S("Hodeidah city", "minefield", 79415, date="2024-04-09", prec=D, mines=1),
        A2(
            "Mawza district",
            "minefield",
            72760,
            "YE",
            date="2024-04-14",
            prec=D,
            mines=27,
        ),
        S(
            "Maqbanah",
            "incident",
            407716,
            date="2024-04-18",
            prec=D,
            killed=1,
            injured=1,
        ),
        S("At Tuhayta", "incident", 77655, date="2024-04-29", prec=D, injured=3),
    ],
    "268_afghanistan_south_factsheet_gereshk_spin_boldak.txt": [
        # 412 casualties, not split into killed and injured; a range gives its
        # first month.
        C("Afghanistan", "incident", "AF", date="2023-01-01", prec=M),
        A1(
            "Helmand province",
            "incident",
            (31.30, 64.20),
            "AF",
            date="2023-01-01",
            prec=M,
        ),
        # Casualties since January win over the October-November clearance.
        A1(
            "Kandahar province",
            "incident",
            (31.00, 65.70),
            "AF",
            date="2023-01-01",
            prec=M,
        ),
        # Open hazardous areas in the districts: minefield.
        A2("Nad-e Ali", "minefield", 1132550, "AF"),
        A2("Sangin", "minefield", 1127547, "AF"),
        A2("Musa Qala", "minefield", 1132604, "AF"),
        S(
            "Gereshk",
            "incident",
            1141540,
            date="2023-11-06",
            prec=D,
            killed=4,
            injured=2,
        ),
        S("Spin Boldak", "incident", 1123906, date="2023-11-19", prec=D, injured=1),
        C("Pakistan", "mention", "PK"),
        # Deminers hurt during clearance: incident.
        A2(
            "Arghandab district",
            "incident",
            (31.70, 65.65),
            "AF",
            date="2023-11-23",
            prec=D,
            injured=2,
        ),
        S("Lashkar Gah", "mention", 1134720),
        S("Kabul", "conference", 1138958, date="2023-11-29", prec=D),
    ],
    "269_somalia_sitrep_wanlaweyn_minibus_baidoa_road.txt": [
        # 188 casualties since January, not split.
        C("Somalia", "incident", "SO", date="2024-01-01", prec=M),
        S(
            "Wanlaweyn",
            "incident",
            50672,
            date="2024-08-10",
            prec=D,
            killed=9,
            injured=6,
        ),
        A1(
            "Lower Shabelle region",
            "incident",
            (2.10, 44.70),
            "SO",
            date="2024-08-10",
            prec=D,
            killed=9,
            injured=6,
        ),
        # Two explosions on the road in July, one driver injured.
        S("Baidoa", "incident", 64536, date="2024-07-01", prec=M, injured=1),
        S("Dinsoor", "incident", 60809, date="2024-07-01", prec=M, injured=1),
        # Families found rockets; 42 items cleared: minefield, items counted.
        S("Beledweyne", "minefield", 64460, date="2024-08-01", prec=M, mines=42),
        A1(
            "Hiraan region",
            "minefield",
            (4.30, 45.30),
            "SO",
            date="2024-08-01",
            prec=M,
            mines=42,
        ),
        # Explosive hazard assessment (survey) of sites: clearance work.
        A1("Bay region", "clearance", (2.80, 43.50), "SO", date="2024-07-01", prec=M),
        # Risk education venue, then the working group's meeting.
        S("Mogadishu", "conference", 53654, date="2024-08-13", prec=D),
        S("Kismayo", "mention", 55671),
    ],
    "270_south_sudan_aor_quarterly_bulletin_magwi_nimule.txt": [
        C("South Sudan", "clearance", "SS", date="2023-04-01", prec=M, mines=4870),
        # Origin of returnees.
        C("Uganda", "mention", "UG"),
        S(
            "Magwi",
            "incident",
            (4.13, 32.30),
            country_code="SS",
            date="2023-05-02",
            prec=D,
            killed=1,
            injured=2,
        ),
        A1(
            "Eastern Equatoria",
            "incident",
            (4.60, 33.20),
            "SS",
            date="2023-05-02",
            prec=D,
            killed=1,
            injured=2,
        ),
        # The road accident wins over the spot tasks in Yei town.
        S("Yei", "incident", 363619, date="2023-05-17", prec=D, injured=2),
        S(
            "Morobo",
            "incident",
            (3.69, 30.78),
            country_code="SS",
            date="2023-05-17",
            prec=D,
            injured=2,
        ),
        # A deminer hurt during clearance.
        A1(
            "Jonglei",
            "incident",
            (7.50, 32.00),
            "SS",
            date="2023-06-08",
            prec=D,
            injured=1,
            tolerance_km=LARGE,
        ),
        S("Bor", "incident", 377241, date="2023-06-08", prec=D, injured=1),
        S(
            "Nimule",
            "minefield",
            (3.60, 32.06),
            country_code="SS",
            date="2023-04-01",
            prec=M,
            mines=60,
        ),
        # Hazardous areas recorded along the road (the April survey): no count.
        S(
            "Pageri",
            "minefield",
            (3.83, 32.00),
            country_code="SS",
            date="2023-04-01",
            prec=M,
        ),
        S("Kapoeta", "clearance", 372884, date="2023-06-01", prec=M, mines=312),
        S("Juba", "conference", 373303, date="2023-06-20", prec=D),
    ],
    "271_sahel_ied_incident_log_dori_songho_ouallam.txt": [
        # Countries: the title, a section heading and a monthly total line,
        # whose casualties give incident with the month.
        C(
            "Burkina Faso",
            "incident",
            "BF",
            date="2023-03-01",
            prec=M,
            killed=2,
            injured=7,
        ),
        C("Mali", "incident", "ML", date="2023-03-01", prec=M, killed=5, injured=3),
        C("Niger", "incident", "NE", date="2023-03-01", prec=M, injured=3),
        S("Dori", "incident", 2361082, date="2023-03-03", prec=D, killed=2, injured=4),
        S(
            "Gorom-Gorom",
            "incident",
            2360372,
            date="2023-03-03",
            prec=D,
            killed=2,
            injured=4,
        ),
        S("Djibo", "incident", 2361177, date="2023-03-11", prec=D, injured=3),
        A2(
            "Bandiagara circle",
            "incident",
            2460489,
            "ML",
            date="2023-03-07",
            prec=D,
            killed=5,
            injured=3,
        ),
        S(
            "Songho",
            "incident",
            (14.33, -3.67),
            country_code="ML",
            date="2023-03-07",
            prec=D,
            killed=5,
            injured=3,
        ),
        # Two IEDs found and destroyed: minefield.
        S("Douentza", "minefield", 2458334, date="2023-03-19", prec=D, mines=2),
        A1(
            "Tillaberi region",
            "incident",
            (14.50, 1.50),
            "NE",
            date="2023-03-14",
            prec=D,
            injured=2,
            tolerance_km=LARGE,
        ),
        S("Ouallam", "incident", 2440371, date="2023-03-14", prec=D, injured=2),
        S("Diffa", "incident", 2445704, date="2023-03-28", prec=D, injured=1),
    ],
    "272_myanmar_flash_update_demoso_kani_lashio.txt": [
        # 1,052 killed or injured: a combined figure, not split; "in 2023" is a year.
        C("Myanmar", "incident", "MM", date="2023-01-01", prec=Y),
        A1(
            "Kayah State",
            "incident",
            (19.30, 97.30),
            "MM",
            date="2024-02-06",
            prec=D,
            killed=3,
        ),
        S("Demoso", "incident", 13562172, date="2024-02-06", prec=D, killed=3),
        # Partners' base.
        S("Loikaw", "mention", 1313479),
        A1(
            "Sagaing Region",
            "incident",
            (23.00, 95.30),
            "MM",
            date="2024-02-12",
            prec=D,
            injured=1,
            tolerance_km=LARGE,
        ),
        S(
            "Kani",
            "incident",
            (22.43, 94.84),
            country_code="MM",
            date="2024-02-12",
            prec=D,
            injured=1,
        ),
        # Distance reference from a more specific named place.
        S("Monywa", "mention", 1308522),
        # Mines reported around Lashio (found) give minefield; the Hsipaw shell
        # sentence does not name the state; the risk education is a mention.
        A1(
            "Shan State",
            "minefield",
            (22.00, 97.70),
            "MM",
            date="2024-02-01",
            prec=M,
            tolerance_km=LARGE,
        ),
        S("Lashio", "minefield", 1314759, date="2024-02-01", prec=M),
        S(
            "Hsipaw",
            "incident",
            (22.62, 97.30),
            country_code="MM",
            date="2024-02-17",
            prec=D,
            injured=2,
        ),
        A1("Mandalay Region", "mention", (21.50, 96.00), "MM"),
        S("Taunggyi", "mention", 1293960),
    ],
    "273_colombia_mine_action_office_posts_ituango_tumaco.txt": [
        # "this morning" in a post of Mon 11 Sep.
        S("Ituango", "incident", 3680434, date="2023-09-11", prec=D, injured=1),
        A1(
            "Antioquia",
            "incident",
            (7.00, -75.50),
            "CO",
            date="2023-09-11",
            prec=D,
            injured=1,
            tolerance_km=LARGE,
        ),
        # Hospital town.
        S("Medellín", "mention", 3674962),
        S("Cáceres", "clearance", 3688128, date="2023-09-12", prec=D, mines=9),
        S(
            "Guarumo",
            "clearance",
            (7.70, -75.28),
            country_code="CO",
            date="2023-09-12",
            prec=D,
            mines=9,
        ),
        # 52 victims since January, 9 of them dead.
        C("Colombia", "incident", "CO", date="2023-01-01", prec=M, killed=9),
        # "Most of the cases were recorded in": casualties in a place, no facts
        # in that sentence.
        A1("Cauca", "incident", (2.50, -76.80), "CO"),
        A1("Nariño", "incident", (1.50, -77.80), "CO"),
        S("Popayán", "conference", 3671916, date="2023-09-14", prec=D),
        # Attendees' home municipalities.
        S("Argelia", "mention", 3689615),
        S("El Tambo", "mention", 3682963),
        # Devices located (found) "yesterday" in a post of Fri 15 Sep.
        S("Tumaco", "minefield", 3666640, date="2023-09-14", prec=D, mines=14),
    ],
    "274_gaza_west_bank_explosive_ordnance_update_khan_yunis_jenin.txt": [
        # Ordnance under the rubble: contamination, minefield.
        A1("Gaza Strip", "minefield", (31.42, 34.38), "PS"),
        S(
            "Khan Yunis",
            "incident",
            281124,
            date="2024-09-01",
            prec=D,
            killed=2,
            injured=1,
        ),
        # Shells found while assessing sites "last week" (2-8 September).
        S("Deir al-Balah", "minefield", 281141, date="2024-09-01", prec=M),
        S("Gaza city", "minefield", 281133),
        S("Rafah", "mention", 281102),
        # Devices reported in the camps (found) beat the Nablus demolition.
        A1("West Bank", "minefield", (32.00, 35.25), "PS"),
        S("Tubas", "incident", 281581, date="2024-09-04", prec=D, injured=1),
        # A running total dates from its "since"; 11 reported, 8 of them removed.
        S(
            "Jenin refugee camp",
            "minefield",
            283506,
            date="2024-08-28",
            prec=D,
            mines=11,
        ),
        S("Nablus", "clearance", 282615, date="2024-09-12", prec=D, mines=23),
        S("Amman", "conference", 250441, date="2024-09-10", prec=D),
    ],
    "275_central_african_republic_northwest_device_log_bocaranga_bouar.txt": [
        # More than 100 casualties since 2021 (not split): a running total
        # dates from its "since".
        C("Central African Republic", "incident", "CF", date="2021-01-01", prec=Y),
        S("Bocaranga", "incident", 2388625, date="2024-01-08", prec=D, killed=2),
        S(
            "Koui",
            "incident",
            (6.93, 15.05),
            country_code="CF",
            date="2024-01-08",
            prec=D,
            killed=2,
        ),
        A1(
            "Ouham-Pendé prefecture",
            "incident",
            (6.90, 15.90),
            "CF",
            date="2024-01-08",
            prec=D,
            killed=2,
        ),
        # "15 km north of" with no more specific named place; a mine discovered.
        S("Bozoum", "minefield", 2387546, date="2024-01-17", prec=D, mines=1),
        # A blast with no one hurt: incident without counts.
        S("Paoua", "incident", 2383523, date="2024-01-29", prec=D),
        S(
            "Bétoko",
            "incident",
            (7.15, 16.55),
            country_code="CF",
            date="2024-01-29",
            prec=D,
        ),
        S("Bouar", "clearance", 2387926, date="2024-02-06", prec=D, mines=19),
        S(
            "Ngaoundaye",
            "incident",
            (7.08, 15.24),
            country_code="CF",
            date="2024-02-15",
            prec=D,
            killed=3,
        ),
        # Countries named only as borders.
        C("Cameroon", "mention", "CM"),
        C("Chad", "mention", "TD"),
        S("Bangui", "conference", 2389853, date="2024-02-22", prec=D),
    ],
    "276_libya_demining_ngo_posts_tarhuna_ain_zara_derna.txt": [
        # Three mines found among 86 destroyed items: minefield, all items
        # counted; "this week" of a post of Fri 6 Oct is October.
        S("Tarhuna", "minefield", 2210221, date="2023-10-01", prec=M, mines=86),
        # A hashtag and the closing contamination statement: minefield.
        C("Libya", "minefield", "LY"),
        # "yesterday" in a post of Mon 9 Oct.
        S(
            "Ain Zara",
            "incident",
            (32.80, 13.25),
            country_code="LY",
            date="2023-10-08",
            prec=D,
            injured=1,
        ),
        # Distance reference from a more specific named place.
        S("Tripoli", "mention", 2210247),
        # Items found by the survey; "so far" has no date.
        S("Derna", "minefield", 87205, mines=27),
        # A training course that ends with a graduation: conference.
        S("Benghazi", "conference", 88319, date="2023-10-16", prec=D),
        S("Sirte", "clearance", 2210554, date="2023-08-01", prec=M, mines=230),
        S(
            "Ghiza Bahriya",
            "clearance",
            (31.21, 16.55),
            country_code="LY",
            date="2023-08-01",
            prec=M,
            mines=230,
        ),
        # Donor.
        C("Netherlands", "mention", "NL"),
    ],
}
