"""More development articles (eval/dev 440-451), annotated like those in dev.py.

Written in a separate file so several annotators could work at once; dev.py merges it.
Style: European and Caucasus regional press (Bosnia and Herzegovina, Croatia, Serbia,
Kosovo, North Macedonia, Montenegro, Moldova, Georgia, Armenia, Azerbaijan, Cyprus,
Turkey, Greece border areas): local news, police reports, municipal decisions.

Annotation decisions taken in this batch:
- A person's home town ("a local resident (57) from Cazin", "a farmer from Talysh") is a
  mention when the event happened elsewhere; a hospital town is a mention.
- A funeral or memorial is a conference; one still to come ("The funeral will be held in
  Doboj", "will open in Yerevan on 2 April") carries no date.
- A region or river named in the incident sentence ("near the Enguri river in Abkhazia",
  "the breakaway region of Transnistria") takes the incident and its facts.
- A country or region stated to still hold mines or suspected hazardous area is a
  minefield; "declared free of known minefields in 2006" is a clearance
  dated by its year.
- A workshop for teachers on risk education is a (planned) conference, not a mention;
  a "risk education week" for schoolchildren is a mention.
- Injuries of a second victim told in the next sentence belong to the same event
  (Ceylanpınar).
- "Found ... and destroyed" is a minefield; a range "between 11 and 17 December" is its
  first day. A region named in a title with the event ("mine in Lika") shares it.
- A district named only with its generic word and as a bare name in a list is one entry.
"""

from __future__ import annotations

from eval.annotations import A1, A2, LARGE, LINEAR, C, D, F, K, M, R, S, Spec, Y  # noqa: F401

_RIPAC = dict(date="2023-09-16", prec=D, injured=1)
_KRUPA = dict(date="2023-09-01", prec=M, mines=14)
_OZREN = dict(date="2023-11-04", prec=D, killed=1)
_MAGLAJ = dict(date="2023-10-01", prec=M, mines=14)
_LESCE = dict(date="2023-04-03", prec=D, killed=1)
_SLUNJ = dict(date="2023-03-01", prec=M, mines=23)
_SISAK = dict(date="2023-01-01", prec=M)
_NIS = dict(date="2023-04-01", prec=M, mines=41)
_KOPAONIK = dict(date="2023-05-01", prec=M)
_PONOSHEC = dict(date="2023-07-09", prec=D, injured=2)
_COCIERI = dict(date="2023-05-19", prec=D, mines=17)
_SLOBOZIA = dict(date="2023-05-21", prec=D, injured=1)
_LARGA = dict(date="2023-02-01", prec=M)
_NABAKEVI = dict(date="2023-08-26", prec=D, injured=1)
_ERGNETI = dict(date="2023-08-01", prec=M, mines=1)
_CHINARI = dict(date="2024-03-11", prec=D, killed=1)
_SYUNIK = dict(date="2024-01-01", prec=M, mines=318)
_VARDENIS = dict(date="2024-02-01", prec=M)
_ANAMA_WEEK = dict(date="2023-12-11", prec=D, mines=449)
_COW = dict(date="2023-12-17", prec=D)
_DENEIA = dict(date="2023-02-06", prec=D, injured=1)
_CEYLANPINAR = dict(date="2023-04-30", prec=D, killed=1, injured=1)
_KILIS = dict(mines=300000)
_EVROS = dict(date="2023-04-28", prec=D, mines=1)

ARTICLES: dict[str, list[Spec]] = {
    "440_una_sana_canton_ripac_mushroom_picker_bosanska_krupa_pma2.txt": [
        S("Ripač", "incident", (44.764, 15.981), country_code="BA", **_RIPAC),
        S("Bihać", "incident", 3204222, **_RIPAC),
        A1("Una-Sana Canton", "incident", (44.85, 16.0), "BA", **_RIPAC),
        S("Cazin", "mention", 3202822),
        C("Croatia", "mention", "HR"),
        F("Una", "clearance", (44.88, 16.15), "BA", tolerance_km=LINEAR, **_KRUPA),
        S("Bosanska Krupa", "clearance", 3203653, **_KRUPA),
        S("Bužim", "mention", 3202935),
        S("Velika Kladuša", "mention", 3188225),
        C("Bosnia and Herzegovina", "minefield", "BA"),
        S("Sarajevo", "conference", 3191281),
    ],
    "441_ozren_hunter_killed_kakmuz_maglaj_teslic_pmr2a.txt": [
        S("Doboj", "conference", 3201984),
        F("Ozren", "incident", (44.62, 18.25), "BA", **_OZREN),
        S("Kakmuž", "incident", (44.60, 18.31), country_code="BA", **_OZREN),
        A2("Petrovo", "incident", 3203643, "BA", **_OZREN),
        R("Republika Srpska", "mention", (44.75, 17.3), "BA", tolerance_km=LARGE),
        S("Maglaj", "clearance", 3195946, **_MAGLAJ),
        A1("Zenica-Doboj Canton", "clearance", (44.35, 18.0), "BA", **_MAGLAJ),
        F("Bosna", "clearance", (44.55, 18.08), "BA", tolerance_km=LINEAR, **_MAGLAJ),
        S("Teslić", "minefield", 3189143, date="2023-11-02", prec=D, mines=2),
        C("Bosnia and Herzegovina", "incident", "BA", killed=600),
    ],
    "442_lika_tractor_tma4_licko_lesce_slunj_petrinja.txt": [
        S("GOSPIĆ", "mention", 3199873),
        R("Lika", "incident", (44.7, 15.3), "HR", **_LESCE),
        S("Ličko Lešće", "incident", 3196592, **_LESCE),
        A1(
            "Lika-Senj County",
            "incident",
            (44.65, 15.3),
            "HR",
            variants=["Lika-Senj"],
            **_LESCE,
        ),
        S("Otočac", "mention", 3193788),
        A1(
            "Karlovac County",
            "minefield",
            (45.3, 15.5),
            "HR",
            variants=["Karlovac"],
            **_SLUNJ,
        ),
        S("Slunj", "minefield", 3190523, **_SLUNJ),
        S("Petrinja", "clearance", 3193420, **_SISAK),
        S("Sisak", "clearance", 3190813, **_SISAK),
        C("Croatia", "minefield", "HR"),
        A1("Sisak-Moslavina", "minefield", (45.35, 16.6), "HR"),
        S("Zagreb", "mention", 3186886),
        S("Šibenik", "conference", 3190941),
    ],
    "443_serbia_smac_nis_bomblets_kopaonik_bujanovac_dog.txt": [
        S("Niš", "clearance", 787657, **_NIS),
        S("Belgrade", "mention", 792680),
        F("Kopaonik", "minefield", (43.28, 20.81), "RS", **_KOPAONIK),
        S("Brus", "minefield", (43.384, 21.033), country_code="RS", **_KOPAONIK),
        A2("Bujanovac", "minefield", 792173, "RS"),
        C("Kosovo", "mention", "XK"),
        S(
            "Končulj",
            "incident",
            (42.51, 21.64),
            country_code="RS",
            date="2023-06-16",
            prec=D,
        ),
        C("Serbia", "clearance", "RS"),
        C("United States", "mention", "US", tolerance_km=1500),
        C("Germany", "mention", "DE"),
    ],
    "444_kosovo_ponoshec_boys_bomblet_dragash_junik_pristina.txt": [
        S("Gjakova", "incident", 791646, variants=["Đakovica"], **_PONOSHEC),
        S("Ponoshec", "incident", (42.43, 20.36), country_code="XK", **_PONOSHEC),
        S("Dragash", "minefield", 791122, date="2023-06-01", prec=M, mines=16),
        C("Albania", "mention", "AL"),
        S("Junik", "clearance", 789739, date="2023-07-01", prec=M, mines=210),
        C("Kosovo", "minefield", "XK"),
        S("Pristina", "conference", 786714, date="2023-07-10", prec=D),
        S("Prizren", "mention", 786712),
    ],
    "445_north_macedonia_matejce_hunter_aracinovo_tanusevci_skopje.txt": [
        S("Matejče", "incident", 788105, date="2023-10-08", prec=D, injured=1),
        S("Lipkovo", "mention", 788654),
        S("Kumanovo", "mention", 788886),
        F("Skopska Crna Gora", "mention", (42.17, 21.45), "MK", tolerance_km=LINEAR),
        S(
            "Tanuševci",
            "minefield",
            (42.22, 21.36),
            country_code="MK",
            date="2023-10-05",
            prec=D,
            mines=3,
        ),
        C("Kosovo", "mention", "XK"),
        S("Aračinovo", "clearance", 793113, date="2023-09-01", prec=M, mines=38),
        C("North Macedonia", "clearance", "MK", date="2006-01-01", prec=Y),
        S("Skopje", "conference", 785842, date="2023-10-01", prec=M),
        C("Albania", "mention", "AL"),
        C("Serbia", "mention", "RS"),
        C("Montenegro", "mention", "ME"),
    ],
    "446_moldova_cocieri_shells_slobozia_boy_briceni_missile.txt": [
        S("CHIȘINĂU", "mention", 618426),
        S("Cocieri", "minefield", 618057, **_COCIERI),
        A1("Dubăsari district", "minefield", (47.27, 29.15), "MD", **_COCIERI),
        F("Dniester", "minefield", (47.3, 29.1), "MD", tolerance_km=LINEAR),
        S("Slobozia", "incident", 617381, **_SLOBOZIA),
        R("Transnistria", "incident", (47.2, 29.4), "MD", **_SLOBOZIA),
        S("Tiraspol", "mention", 617239),
        S("Larga", "clearance", (48.40, 27.00), country_code="MD", **_LARGA),
        A1("Briceni district", "clearance", (48.36, 27.08), "MD", **_LARGA),
        C("Ukraine", "mention", "UA"),
        C("Moldova", "mention", "MD"),
        C("Russia", "mention", "RU"),
    ],
    "447_georgia_nabakevi_orchard_mine_ergneti_bomblet_gori_workshop.txt": [
        A2("Gali district", "incident", 614613, "GE", **_NABAKEVI),
        S("Nabakevi", "incident", (42.57, 41.70), country_code="GE", **_NABAKEVI),
        F("Enguri", "incident", (42.55, 41.75), "GE", tolerance_km=LINEAR, **_NABAKEVI),
        R("Abkhazia", "incident", (43.0, 41.0), "GE", **_NABAKEVI),
        S("Zugdidi", "mention", 610824),
        S("Sukhumi", "mention", 611847),
        A1("Shida Kartli", "minefield", (42.1, 43.9), "GE", **_ERGNETI),
        S("Ergneti", "minefield", (42.26, 43.99), country_code="GE", **_ERGNETI),
        R("South Ossetia", "mention", (42.3, 43.95), "GE"),
        C("Georgia", "mention", "GE"),
        S("Gori", "conference", 614455),
        S("Tbilisi", "mention", 611717),
    ],
    "448_armenia_chinari_firewood_mine_berd_funeral_syunik_jermuk.txt": [
        S("Chinari", "incident", 616780, **_CHINARI),
        A1(
            "Tavush province",
            "incident",
            (40.95, 45.2),
            "AM",
            variants=["Tavush"],
            **_CHINARI,
        ),
        C("Azerbaijan", "mention", "AZ"),
        S("Berd", "conference", 616802, date="2024-03-13", prec=D),
        A1("Syunik", "clearance", (39.5, 46.2), "AM", **_SYUNIK),
        A1("Vayots Dzor", "clearance", (39.75, 45.4), "AM", **_SYUNIK),
        S("Jermuk", "clearance", 174884, **_SYUNIK),
        S("Sisian", "clearance", 174763, **_SYUNIK),
        S("Vardenis", "minefield", 616108, **_VARDENIS),
        A1("Gegharkunik province", "minefield", (40.3, 45.3), "AM", **_VARDENIS),
        C("Armenia", "mention", "AM"),
        S("Yerevan", "conference", 616052),
        C("Georgia", "mention", "GE"),
    ],
    "449_azerbaijan_anama_week_kalbajar_excavator_sugovushan_cow_shusha.txt": [
        S("BAKU", "mention", 587084),
        S("Kalbajar", "incident", 586268, date="2023-12-18", prec=D, injured=2),
        A1(
            "Tartar",
            "incident",
            (40.35, 46.9),
            "AZ",
            variants=["Tartar district"],
            **_COW,
        ),
        A1("Aghdam", "minefield", (40.0, 46.85), "AZ", **_ANAMA_WEEK),
        A1("Fuzuli", "minefield", (39.55, 47.15), "AZ", **_ANAMA_WEEK),
        A1("Khojavend", "minefield", (39.75, 47.0), "AZ", **_ANAMA_WEEK),
        S("Talysh", "mention", (40.17, 46.66), country_code="AZ"),
        S("Sugovushan", "incident", (40.14, 46.62), country_code="AZ", **_COW),
        S("Shusha", "conference", 147105, date="2023-12-19", prec=D),
        C("Azerbaijan", "incident", "AZ", date="2020-11-01", prec=M),
    ],
    "450_cyprus_buffer_zone_deneia_mortar_athienou_nicosia_talks.txt": [
        S("Deneia", "incident", (35.153, 33.170), country_code="CY", **_DENEIA),
        S("Mammari", "incident", 146347, **_DENEIA),
        S("Nicosia", "conference", 146268, date="2023-01-31", prec=D),
        S("Athienou", "clearance", 146768, date="2023-01-01", prec=M, mines=7),
        C("Cyprus", "minefield", "CY"),
        C("Turkey", "mention", "TR"),
        S("Varosha", "mention", (35.10, 33.96), country_code="CY"),
        S("Famagusta", "mention", 146617),
    ],
    "451_turkey_ceylanpinar_shepherd_kilis_clearance_evros_soufli_mine.txt": [
        S("ŞANLIURFA", "mention", 298333),
        S("Ceylanpınar", "incident", 318668, **_CEYLANPINAR),
        C("Syria", "minefield", "SY"),
        A1("Kilis", "clearance", (36.75, 37.1), "TR", **_KILIS),
        A1("Gaziantep", "clearance", (37.05, 37.4), "TR", **_KILIS),
        A1("Hatay", "clearance", (36.4, 36.25), "TR", **_KILIS),
        S("Ankara", "mention", 323786),
        F("Evros", "minefield", (41.2, 26.3), "GR", tolerance_km=LINEAR, **_EVROS),
        S("Soufli", "minefield", 734187, **_EVROS),
        C("Greece", "clearance", "GR", date="2009-01-01", prec=Y),
        C("Turkey", "mention", "TR"),
    ],
}
