"""Roles: which role a sentence gives each place it names (parametrised table)."""

# ruff: noqa: E501  (one sentence per line reads better than split strings)

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest

from dashboard.roles import assign_role, assign_roles
from dashboard.text import SentenceIndex

# (text, {place: expected role}); every place of the text is listed, since
# lists of places are judged together.
CASES = [
    (
        "Delegates from Sudan, Nigeria and Pakistan attended the conference in Baku.",
        {
            "Sudan": "mention",
            "Nigeria": "mention",
            "Pakistan": "mention",
            "Baku": "conference",
        },
    ),
    (
        "The conference brought together representatives of mine-affected countries such as Croatia, Serbia and Sri Lanka.",
        {"Croatia": "mention", "Serbia": "mention", "Sri Lanka": "mention"},
    ),
    ("Armenia has not handed over maps of the minefields.", {"Armenia": "mention"}),
    (
        "A landmine field was found in Sarybaba with about 350 landmines planted in the area.",
        {"Sarybaba": "minefield"},
    ),
    (
        "Two children were killed when an anti-tank mine exploded near Kupiansk.",
        {"Kupiansk": "incident"},
    ),
    (
        "Azerbaijan hosts international mine clearance conference",
        {"Azerbaijan": "conference"},
    ),
    (
        "Deminers cleared 120 hectares in Fuzuli district last month.",
        {"Fuzuli": "clearance"},
    ),
    (
        "In Aghdam, a tractor hit an anti-tank mine and the driver was injured.",
        {"Aghdam": "incident"},
    ),
    (
        "Due to the widespread problem of landmines in the Karabakh region, the government acted.",
        {"Karabakh": "minefield"},
    ),
    ("The government decided to open an embassy in Israel.", {"Israel": "mention"}),
    ("Mine blast kills two in Kharkiv", {"Kharkiv": "incident"}),
    (
        "The Kharkiv region remains heavily contaminated with mines.",
        {"Kharkiv": "minefield"},
    ),
    (
        "BAKU, Azerbaijan, November 28. Deminers found 50 mines in Aghdam.",
        # mines found are a minefield, whoever finds them (the role order)
        {"BAKU": "mention", "Azerbaijan": "mention", "Aghdam": "minefield"},
    ),
    (
        "BAKU, Azerbaijan, November 28. About 50 mines were found in Aghdam.",
        {"BAKU": "mention", "Azerbaijan": "mention", "Aghdam": "minefield"},
    ),
    (
        "KYIV, March 3 (Reuters) - A landmine exploded near Izium on Friday, killing two.",
        {"KYIV": "mention", "Izium": "incident"},
    ),
    (
        "Mines were found in Aghdam, Fuzuli and Jabrayil.",
        {"Aghdam": "minefield", "Fuzuli": "minefield", "Jabrayil": "minefield"},
    ),
    (
        "Representatives of international demining companies in Sweden, Israel, Turkey and Belgium took part.",
        {
            "Sweden": "mention",
            "Israel": "mention",
            "Turkey": "mention",
            "Belgium": "mention",
        },
    ),
    (
        "The workshop, held in Geneva, discussed a blast that killed three deminers in Kherson.",
        {"Geneva": "conference", "Kherson": "incident"},
    ),
    (
        "Ukraine's emergency service said sappers neutralised 45 mines near Izium.",
        {"Ukraine": "mention", "Izium": "clearance"},
    ),
    (
        "The author, who studied in Boston, writes about security in Cambodia.",
        {"Boston": "mention", "Cambodia": "mention"},
    ),
    (
        "Russian forces planted mines along roads outside Kherson before withdrawing.",
        {"Kherson": "minefield"},
    ),
    (
        "Azerbaijan accused Armenia of planting mines in Lachin.",
        {"Azerbaijan": "mention", "Armenia": "mention", "Lachin": "minefield"},
    ),
    (
        "A shepherd was injured on Monday after stepping on a mine in the village of Chiragli, Aghdam district.",
        {"Chiragli": "incident", "Aghdam": "incident"},
    ),
    (
        "The HALO Trust, headquartered in Scotland, has worked in Afghanistan since 1988.",
        {"Scotland": "mention", "Afghanistan": "mention"},
    ),
    ("Demining of Fuzuli continues.", {"Fuzuli": "clearance"}),
    ("Ukraine is now the most mined country in the world.", {"Ukraine": "minefield"}),
    (
        "Cambodia hosted the Fifth Review Conference of the Mine Ban Treaty in Siem Reap.",
        {"Cambodia": "conference", "Siem Reap": "conference"},
    ),
    (
        "Experts from Norway trained local deminers in Tartar.",
        # training held there is a course, as the dev annotators read it
        {"Norway": "mention", "Tartar": "conference"},
    ),
    (
        "An Israeli company signed a contract with Azerbaijan to clear mines in Zangilan.",
        {"Azerbaijan": "mention", "Zangilan": "clearance"},
    ),
    (
        "Teams removed 1,245 mines in October, most of them in the provinces of Hudaydah, Taiz and Marib.",
        {"Hudaydah": "clearance", "Taiz": "clearance", "Marib": "clearance"},
    ),
    (
        "Deminers cleared mines near Cuito, one of the biggest battlefields in Africa.",
        {"Cuito": "clearance", "Africa": "mention"},
    ),
    (
        "The wounded soldiers were flown to a military hospital in Medellin.",
        {"Medellin": "mention"},
    ),
    (
        "An artillery shell exploded in Gio Linh district of Quang Tri province, central Vietnam, killing a man.",
        {"Gio Linh": "incident", "Quang Tri": "incident", "Vietnam": "incident"},
    ),
    (
        "Vilabouly district, to the north, also remains badly contaminated.",
        {"Vilabouly": "minefield"},
    ),
    (
        "A corridor will link national parks in Angola, Namibia and Zambia on the cleared land.",
        {"Angola": "mention", "Namibia": "mention", "Zambia": "mention"},
    ),
    (
        "Officials in Harare said the remaining minefields cover 20 square kilometres.",
        {"Harare": "mention"},
    ),
]


def _spans(text: str, name: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]


def _roles_of(text: str, names: Iterable[str]) -> dict[str, str]:
    """The role assign_roles gives each of ``names`` in ``text``."""
    names = list(names)
    decisions = assign_roles(text, [_spans(text, name) for name in names])
    return {name: d.role for name, d in zip(names, decisions, strict=True)}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_role_of_each_place(text, expected):
    assert _roles_of(text, expected) == expected


def test_highest_role_wins_and_its_occurrence_is_reported():
    text = (
        "Officials from Aghdam attended a meeting. "
        "Later a tractor hit an anti-tank mine near Aghdam and the driver was injured."
    )
    decision = assign_role(text, _spans(text, "Aghdam"), sentences=SentenceIndex(text))
    assert decision.role == "incident"
    assert decision.span_index == 1


def test_place_named_only_as_a_mention_keeps_its_first_occurrence():
    text = "Norway funds the work. Norway also pays for training abroad."
    decision = assign_role(text, _spans(text, "Norway"))
    assert (decision.role, decision.span_index) == ("mention", 0)


def test_no_occurrences_is_a_mention():
    assert assign_role("Some text.", []).role == "mention"


# A second, broader table of how mine-action news places things (own sentences).
# fmt: off
GENERAL = [
    ("A minefield was discovered outside Kherson.", {"Kherson": "minefield"}),
    ("Deminers marked a suspected hazardous area near Izium.", {"Izium": "minefield"}),
    ("The contaminated field near Balakliia has been fenced.", {"Balakliia": "minefield"}),
    ("A suspected hazardous area was identified in Mykolaiv.", {"Mykolaiv": "minefield"}),
    ("An estimated 60,000 mines remain in Sri Lanka.", {"Sri Lanka": "minefield"}),
    ("Colombia is one of the most contaminated countries in the world.", {"Colombia": "minefield"}),
    ("Unexploded ordnance litters the fields around Bakhmut.", {"Bakhmut": "minefield"}),
    ("Since the war ended, mines have been reported around Lachin.", {"Lachin": "minefield"}),
    ("A shepherd stepped on a mine near Tartar.", {"Tartar": "incident"}),
    ("A landmine detonated under a truck outside Mosul.", {"Mosul": "incident"}),
    ("The blast in Kandahar wounded three children.", {"Kandahar": "incident"}),
    ("Two soldiers died after their vehicle struck a mine near Avdiivka.", {"Avdiivka": "incident"}),
    ("A 12-year-old boy was injured by a cluster bomblet in Xieng Khouang.", {"Xieng Khouang": "incident"}),
    ("A tractor hit an anti-tank mine near Aghdam on Friday, killing the driver.", {"Aghdam": "incident"}),
    ("A non-technical survey was conducted in Battambang.", {"Battambang": "clearance"}),
    ("Land in Fuzuli was released to farmers after clearance.", {"Fuzuli": "clearance"}),
    # "cleared", "survey" are about mines only with mines nearby (500 characters)
    ("Mines are still found here. Cleared fields near Aghdam were handed over to the community.", {"Aghdam": "clearance"}),
    ("Sappers defused 12 anti-personnel mines in Kharkiv.", {"Kharkiv": "clearance"}),
    ("Mines are still found here. Survey teams are working in Kilinochchi.", {"Kilinochchi": "clearance"}),
    ("Norway pledged funding for demining in Ukraine.", {"Norway": "mention", "Ukraine": "clearance"}),
    ("A workshop on victim assistance was held in Geneva.", {"Geneva": "conference"}),
    ("Baku hosted a regional summit on mine action.", {"Baku": "conference"}),
    ("A meeting was held in Phnom Penh to plan the next steps.", {"Phnom Penh": "conference"}),
    ("Experts from Norway and Croatia attended the workshop in Sarajevo.", {"Norway": "mention", "Croatia": "mention", "Sarajevo": "conference"}),
    ("The summit in Siem Reap discussed clearance in Laos.", {"Siem Reap": "conference", "Laos": "clearance"}),
    ("The treaty was signed in Ottawa in 1997.", {"Ottawa": "mention"}),
    ("The UN office in New York published a report on the issue.", {"New York": "mention"}),
    ("The deminer, who was born in Tbilisi, joined the team last year.", {"Tbilisi": "mention"}),
]
# fmt: on



# A third table, written to generalise rather than to fit the development set:
# the many ways mine-action news words each role, with negatives. Decisions
# where the annotation rules are silent (see the docstring of dashboard/roles.py):
# - explosive ordnance risk education (EORE) in X is a mention: it teaches
#   people and says nothing of the land; the roles say what the land holds,
#   what happened on it or what was done to it;
# - planned clearance ("will begin clearing mines in X next year", "a
#   contract to clear mines in X") is clearance, as clearance work is being
#   organised there; only "remains to be cleared" / "awaiting clearance",
#   which state that the land is contaminated now, are minefields;
# - a country funding clearance elsewhere, an organisation's headquarters, a
#   person's home town and a treaty deadline ("its Article 5 deadline") are
#   mentions.
# fmt: off
VARIED = [
    # minefield
    ("A minefield was discovered near Kupiansk last week.", {"Kupiansk": "minefield"}),
    ("A new minefield was detected outside Tokmak.", {"Tokmak": "minefield"}),
    ("Police identified a minefield on the outskirts of Mykolaiv.", {"Mykolaiv": "minefield"}),
    ("The minefield near Balakliia was marked with red warning signs.", {"Balakliia": "minefield"}),
    ("Officials fenced a minefield close to Tartar.", {"Tartar": "minefield"}),
    ("Twelve suspected hazardous areas were recorded in Kampot province.", {"Kampot": "minefield"}),
    ("A confirmed hazardous area lies just north of Pailin.", {"Pailin": "minefield"}),
    ("Large parts of Kherson oblast are contaminated with mines.", {"Kherson": "minefield"}),
    ("Retreating troops laid mines around Izium.", {"Izium": "minefield"}),
    ("Mines were planted along the road to Lachin.", {"Lachin": "minefield"}),
    ("Farmers found a mine in their field near Kilinochchi.", {"Kilinochchi": "minefield"}),
    ("Unexploded ordnance was reported near Sirte.", {"Sirte": "minefield"}),
    ("Villagers reported a mortar round lying in a ditch outside Kobani.", {"Kobani": "minefield"}),
    ("Mosul is still littered with unexploded ordnance.", {"Mosul": "minefield"}),
    ("Authorities plan to begin clearing mines in Zangilan next year.", {"Zangilan": "clearance"}),
    # clearance
    ("A non-technical survey was completed in Kampong Thom.", {"Kampong Thom": "clearance"}),
    ("Teams carried out a technical survey near Aghdam.", {"Aghdam": "clearance"}),
    ("Land release in Battambang reached 300 hectares this year.", {"Battambang": "clearance"}),
    ("After clearance, 40 hectares near Fuzuli were released to the community.", {"Fuzuli": "clearance"}),
    ("Once the mines were gone, fields near Cuito were returned to farmers.", {"Cuito": "clearance"}),
    ("The village of Chiragli was declared cleared of mines in April.", {"Chiragli": "clearance"}),
    ("Ten hectares around Hrakove have been demined.", {"Hrakove": "clearance"}),
    ("Deminers removed 300 mines from farmland near Jaffna.", {"Jaffna": "clearance"}),
    ("Sappers destroyed a cache of anti-tank mines outside Kherson.", {"Kherson": "clearance"}),
    ("An army team neutralised an unexploded bomb in Ramadi.", {"Ramadi": "clearance"}),
    ("The police bomb squad disposed of two grenades found in Tuzla.", {"Tuzla": "minefield"}),
    ("An explosive ordnance disposal (EOD) team was sent to Sinjar.", {"Sinjar": "clearance"}),
    ("An EOD team worked for three days in Raqqa.", {"Raqqa": "clearance"}),
    ("After the bomblets were removed, land in Quang Tri was handed over to the province.", {"Quang Tri": "clearance"}),
    ("Mine clearance continues in Xieng Khouang.", {"Xieng Khouang": "clearance"}),
    # incident
    ("A farmer stepped on a landmine in Kampot.", {"Kampot": "incident"}),
    ("A herder triggered a tripwire mine near Kandahar.", {"Kandahar": "incident"}),
    ("A mine detonated under a minibus in Ninewa.", {"Ninewa": "incident"}),
    ("An old shell exploded in a yard in Quang Tri.", {"Quang Tri": "incident"}),
    ("A truck hit a mine on the road to Yei.", {"Yei": "incident"}),
    ("A blast near Mariupol killed two fishermen.", {"Mariupol": "incident"}),
    ("Three people were killed by a landmine in Idlib.", {"Idlib": "incident"}),
    ("A boy was wounded by unexploded ordnance in Deir ez-Zor.", {"Deir ez-Zor": "incident"}),
    ("Two shepherds were maimed by a mine in Helmand.", {"Helmand": "incident"}),
    ("Mine casualties in Colombia rose last year.", {"Colombia": "incident"}),
    ("A woman lost a leg to a mine outside Battambang.", {"Battambang": "incident"}),
    ("A mine accident in Tete left one man dead.", {"Tete": "incident"}),
    # conference
    ("A conference on mine action was held in Geneva.", {"Geneva": "conference"}),
    ("Baku hosted a workshop for national mine action centres.", {"Baku": "conference"}),
    ("The summit took place in Siem Reap.", {"Siem Reap": "conference"}),
    ("Delegates gathered in Sarajevo for a three-day meeting.", {"Sarajevo": "conference"}),
    ("A training course for deminers was held in Zagreb.", {"Zagreb": "conference"}),
    # mentions
    ("Japan funds clearance in Cambodia.", {"Japan": "mention", "Cambodia": "clearance"}),
    ("The United States gave $5 million for demining in Laos.", {"United States": "mention", "Laos": "clearance"}),
    ("The charity, headquartered in London, clears mines in Angola.", {"London": "mention", "Angola": "clearance"}),
    ("A deminer from Zenica was injured near Bihac.", {"Zenica": "mention", "Bihac": "incident"}),
    ("Tajikistan asked to extend its Article 5 deadline to 2025.", {"Tajikistan": "mention"}),
    ("Explosive ordnance risk education sessions were held in schools in Sepon.", {"Sepon": "mention"}),
    ("Mine risk education was given to children in Tete.", {"Tete": "mention"}),
    ("The report was published in Geneva.", {"Geneva": "mention"}),
    # wordings of articles 034-043 (eval/dev), each rule on a sentence of its own
    ("Deminers in Tajikistan's Gorno-Badakhshan region surveyed the pastures.",
     {"Gorno-Badakhshan": "clearance"}),
    ("Sappers in Ukraine's Kharkiv region destroyed the shells.", {"Kharkiv": "clearance"}),
    ("Deminers in Tajikistan's Gorno-Badakhshan region finished a survey of pastures.",
     {"Gorno-Badakhshan": "clearance"}),
    ("A technical survey of hillside pastures above Vanj ended in May.", {"Vanj": "clearance"}),
    ("Mines lie on the slopes below Khorugh.", {"Khorugh": "minefield"}),
    ("In Haditha, a family found a booby trap in their kitchen; an EOD team made it safe.",
     {"Haditha": "minefield"}),
    ("In Ramadi, an EOD team found a booby trap in a kitchen.", {"Ramadi": "minefield"}),
    ("Around the Plain of Jars, teams released 600 hectares of farmland, guided by "
     "earlier finds of bomblets.", {"Plain of Jars": "clearance"}),
    ("Near Qalaikhumb, a terrace was surveyed after the teams found no sign of mines.",
     {"Qalaikhumb": "clearance"}),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), VARIED, ids=[c[0][:50] for c in VARIED])
def test_role_in_more_wordings(text, expected):
    assert _roles_of(text, expected) == expected


# Wordings found when the first held-out set was read for diagnosis (2026-11-28);
# the sentences are new, each rule on one of its own.
# fmt: off
DIAGNOSED = [
    # land declared free of mines has been cleared
    ("The authorities declared the commune of Kep, in Kampot province, free of known minefields on Friday.",
     {"Kep": "clearance", "Kampot": "clearance"}),
    ("Across Croatia, 40 towns have been declared free of mines since 2010.", {"Croatia": "clearance"}),
    ("Rovinj is now mine-free.", {"Rovinj": "clearance"}),
    # the parties of a war or a border are not where it happened
    ("The hills were heavily mined during the war between Eritrea and Ethiopia.",
     {"Eritrea": "mention", "Ethiopia": "mention"}),
    ("Mines still line the border between Chad and Libya.", {"Chad": "mention", "Libya": "mention"}),
    ("A minefield was found between Tartar and Barda.", {"Tartar": "minefield", "Barda": "minefield"}),
    # land held by a country lies in it
    ("Dozens of people have been killed by mines in the districts retaken by Azerbaijan.",
     {"Azerbaijan": "incident"}),
    # a held ceremony is a meeting; suspected areas are minefields
    ("The handover was announced at a ceremony in Ganja.", {"Ganja": "conference"}),
    ("Officials said the nearby district of Khojavend still has several suspected areas.",
     {"Khojavend": "minefield"}),
    # what is cleared, with the words that say who laid it, is cleared
    ("Sappers finished clearing a minefield laid around the old airfield outside Kelbajar.",
     {"Kelbajar": "clearance"}),
    ("A minefield laid around the old airfield outside Kelbajar was found in May.",
     {"Kelbajar": "minefield"}),
]
# fmt: on



# "the village", "the country": a later sentence speaking of a place named before.
# (text, {place: (kind, expected role)})
# fmt: off
ANAPHORS = [
    ("Sarybaba lies in the hills. About 300 mines were found around the village in May.",
     {"Sarybaba": ("settlement", "minefield")}),
    ("Officials visited Kep and Kampot. A tractor hit a mine outside the town on Friday.",
     {"Kep": ("settlement", "mention"), "Kampot": ("settlement", "incident")}),
    # the noun stands only for a place of its kind
    ("Kampot province is quiet. A tractor hit a mine outside the town on Friday.",
     {"Kampot": ("admin1", "mention")}),
    ("Colombia has made progress. Mines still contaminate farmland across the country, officials said.",
     {"Colombia": ("country", "minefield")}),
    # "the village of X" names X itself; too far back is not meant
    ("Mines were found in the village of Kep.", {"Kep": ("settlement", "minefield")}),
    ("Kep is a port. It has a market. It has a school. Mines were found near the town.",
     {"Kep": ("settlement", "mention")}),
    # a place of the right kind named in between is the one meant
    ("Kep is a port near Kampot. Mines were found near the town.",
     {"Kep": ("settlement", "mention"), "Kampot": ("settlement", "minefield")}),
    # deminers recovering mines clear them
    ("Teams recovered more than 30,000 mines around Menongue.", {"Menongue": ("settlement", "clearance")}),
    # a dateline's country holds the event of the sentence it opens; its city does not
    ("IDLIB, Syria - Two boys were killed on Sunday when a bomblet exploded near Sarmin.",
     {"IDLIB": ("settlement", "mention"), "Syria": ("country", "incident"),
      "Sarmin": ("settlement", "incident")}),
    ("IDLIB, Syria - Officials met on Sunday to discuss funding.", {"Syria": ("country", "mention")}),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ANAPHORS, ids=[c[0][:50] for c in ANAPHORS])
def test_role_given_by_a_later_generic_noun(text, expected):
    names = list(expected)
    decisions = assign_roles(
        text,
        [_spans(text, name) for name in names],
        kinds=[kind for kind, _ in expected.values()],
    )
    assert {n: d.role for n, d in zip(names, decisions, strict=True)} == {
        n: role for n, (_, role) in expected.items()
    }


def test_a_later_generic_noun_lends_its_sentence_for_the_facts():
    text = "Sarybaba lies in the hills. About 300 mines were found around the village."
    (decision,) = assign_roles(text, [_spans(text, "Sarybaba")], kinds=["settlement"])
    assert decision.role == "minefield"
    assert decision.anaphor_offsets == (text.index("the village"),)
    assert assign_roles(text, [_spans(text, "Sarybaba")])[0].role == "mention"


# Wordings of the later dev batches (044-067), each rule on a sentence of its own.
# fmt: off
LATER_BATCHES = [
    # a distance or a "village between" describes another place: a reference
    ("A van hit a mine near the village of Kalynivka, about 9 km south of Bashtanka.",
     {"Kalynivka": "incident", "Bashtanka": "mention"}),
    ("A boy was hurt by a mine near Lipik, a town between Pakrac and Daruvar.",
     {"Lipik": "incident", "Pakrac": "mention", "Daruvar": "mention"}),
    ("A van hit a mine on a road 9 km south of Bashtanka.", {"Bashtanka": "incident"}),
    # the border of a country is not the country
    ("He stepped on a mine near the Zambia border in Mwinilunga district.",
     {"Zambia": "mention", "Mwinilunga": "incident"}),
    ("Funds go to the area around Kajo Keji, on the border with Uganda, which was heavily mined.",
     {"Uganda": "mention"}),
    # killed by mines in X: the casualty; "accounted for" casualties
    ("This year 12 civilians have been killed by mines and unexploded ordnance in Kharkiv region.",
     {"Kharkiv": "incident"}),
    ("- Donetsk oblast accounted for a third of the month's civilian mine casualties.",
     {"Donetsk": "incident"}),
    # a deminer hurt while clearing: an incident
    ("A deminer was injured when a mine went off while he was clearing scrub near Glina.",
     {"Glina": "incident"}),
    ("Two deminers were hurt last year when a mine exploded during clearance of a track near Zepce.",
     {"Zepce": "incident"}),
    # "no casualties", "no evidence of mines was found"
    ("No casualties were recorded in Vakhsh district this year.", {"Vakhsh": "mention"}),
    ("Teams cancelled 900 hectares in Novyi Buh district where no evidence of mines was found.",
     {"Novyi Buh": "clearance"}),
    # a meeting far before "in X"; an agreement signed; a report launched
    ("They agreed at a meeting of the two countries' demining authorities in Vientiane.",
     {"Vientiane": "conference"}),
    ("The grant was announced under an agreement signed in Juba on Thursday.", {"Juba": "conference"}),
    ("The annual report was launched in Geneva on Thursday.", {"Geneva": "conference"}),
    # the chain "in A commune, B district" shares the "in"
    ("A farmer was killed by a mine on Monday in Ou Svay commune, Trapeang Prasat district.",
     {"Trapeang Prasat": "incident"}),
    # much of X; never been surveyed; left mined; handed back pastures
    ("Much of Laos remains contaminated.", {"Laos": "minefield"}),
    ("Around Tal Afar large areas have never been surveyed.", {"Tal Afar": "minefield"}),
    ("Years of fighting around Taiz have left roads and fields mined.", {"Taiz": "minefield"}),
    ("Tajikistan hands back border pastures in Khatlon after clearance.", {"Khatlon": "clearance"}),
    # the dateline of an agency story; a coordinator's seat
    ("KABUL, Afghanistan (AP) - Three boys were killed when a shell exploded in Gardez.",
     {"KABUL": "mention", "Afghanistan": "mention", "Gardez": "incident"}),
    ("\"We cannot clear land where fighting goes on,\" said a coordinator in Popayan.",
     {"Popayan": "mention"}),
]
# fmt: on



# The only place its sentence names takes the sentence's events, unless
# something says it is not where they happened.
# fmt: off
SOLE_PLACE = [
    ("Georgia's government estimates that a quarter of the farmland may be contaminated.",
     {"Georgia": "minefield"}),
    ("Officials in Kyiv said a tractor hit a mine.", {"Kyiv": "mention"}),
    ("A hiker from Zagreb was injured by a mine.", {"Zagreb": "mention"}),
    ("Mines planted by Morocco were found.", {"Morocco": "mention"}),
]
# fmt: on



CONTAINMENT_AND_ROADS_BETWEEN_TOWNS = [
    # a village *in* a province lies in it: the province shares the event
    ("A shepherd was killed by a mine near Chinari, a village in Tavush province.",
     {"Chinari": "incident", "Tavush": "incident"}),
    # a patrol hitting a device on the road between two towns, no closer place
    ("A patrol vehicle hit an improvised explosive device on the road between Damboa and Biu.",
     {"Damboa": "incident", "Biu": "incident"}),
]


LANDSCAPE_NOUNS_AND_BLOWING_UP = [
    ("Deminers working in the forests of Gospic county found 312 mines.", {"Gospic": "minefield"}),
    ("Seven truffle hunters were killed by a mine in the desert of Homs province.", {"Homs": "incident"}),
    ("Most came from a mined belt on the slopes above the Korana valley.", {"Korana": "minefield"}),
    ("In Karlovac county, a team blew up 26 corroded mines in situ.", {"Karlovac": "clearance"}),
]


# Wordings of dev batches 080-103.
# fmt: off
REPORT_BATCHES = [
    ("Two of the dead were men gathering firewood near Zepce when a mine exploded.", {"Zepce": "incident"}),
    ("Forty deminers finished a six-week course in Kabul on Thursday.", {"Kabul": "conference"}),
    ("An army disposal team from Prizren took the bomblet away and destroyed it.", {"Prizren": "mention"}),
    ("Myanmar recorded more mine casualties than any other country except Syria.",
     {"Myanmar": "incident", "Syria": "incident"}),
    ("Kharkiv is the most heavily mined region of the country after Donetsk.",
     {"Kharkiv": "minefield", "Donetsk": "minefield"}),
    ("Most of the remaining contamination lies along the old lines around Doboj, Olovo and Teslic.",
     {"Doboj": "minefield", "Olovo": "minefield", "Teslic": "minefield"}),
    ("About 107 square km of suspected hazardous area remain, almost all of it in Gospic, Slunj and Zadar.",
     {"Gospic": "minefield", "Slunj": "minefield", "Zadar": "minefield"}),
    ("A walker found a mine on Mount Trebevic above Sarajevo.", {"Mount Trebevic": "minefield", "Sarajevo": "mention"}),
    ("Most of the items were found during battle area clearance of farmland in Gio Linh.", {"Gio Linh": "minefield"}),
    ("Teams are working on minefields around Hargeisa that date from the civil war.", {"Hargeisa": "clearance"}),
    ("A shepherd was killed when a mine exploded as they crossed a fenced hazardous area near Safwan.",
     {"Safwan": "incident"}),
    ("Deminers released about 2,900 hectares of farmland in the Kherson region this year.", {"Kherson": "clearance"}),
]
# fmt: on



# fmt: off
SAHEL_AND_BEYOND = [
    ("Forty deminers will deploy to Borkou and Tibesti, the two northern provinces where most known minefields lie.",
     {"Borkou": "minefield", "Tibesti": "minefield"}),
    # items lifted are cleared, wherever they were buried (eval/README; one
    # annotator read this sentence as a find)
    ("Army engineers lifted two devices buried under the road from Ouallam to Banibangou.",
     {"Ouallam": "clearance"}),
    ("Large parts of the Sambisa Forest, the insurgents' former stronghold, are still believed to be laced with mines.",
     {"Sambisa Forest": "minefield"}),
    ("In Ituri province a grenade found in a field exploded on 4 May, killing two children.",
     {"Ituri": "incident"}),
    ("On the Peruvian side, the remaining areas lie in the Amazonas region.", {"Amazonas": "minefield"}),
    ("Officials said a training centre for civilian deminers would open in Abadan.", {"Abadan": "mention"}),
    ("Farmers in Gali district are still ploughing up mortar bombs and grenades.", {"Gali": "minefield"}),
    ("A workshop closed on Friday. Ugandan forces fought over Kisangani in 2000, and the city still holds much of the work.",
     {"Kisangani": "mention"}),
    ("Deaths have fallen since the truce signed in Pretoria in 2022, the mine action office said.",
     {"Pretoria": "mention"}),
    ("New survey teams trained in Ndjamena will deploy to the north after the course.", {"Ndjamena": "conference"}),
    ("Much of Chad's known minefields lie in the north.", {"Chad": "minefield"}),
    ("Across the border, Iraq's Basra province is also still heavily mined.", {"Iraq": "minefield", "Basra": "minefield"}),
    ("Ukraine's economy ministry estimates the cost of demining at 37 billion dollars.", {"Ukraine": "mention"}),
]
# fmt: on



RESIDENTS_OFFICIALS_OF_PROVINCES_AND_CHECKS = [
    ("On 14 June, a resident of Guzanli was injured when he stepped on a mine.", {"Guzanli": "incident"}),
    ("On Monday a resident of Bilozerka reported an unexploded mortar round in his garden.",
     {"Bilozerka": "minefield"}),
    ("Officials in Tuzla Canton report that a resident found a mine on the slope.", {"Tuzla": "minefield"}),
    ("Officials in Tuzla said a resident found a mine on the slope.", {"Tuzla": "mention"}),
    ("Teams checked 96 hectares of farmland for mines near the villages of Oskil, Studenok and Kunie.",
     {"Oskil": "clearance", "Studenok": "clearance", "Kunie": "clearance"}),
    ("Deminers handed back 21 acres of paddy land in the villages of Muhamalai, Iyakkachchi and Pallai.",
     {"Muhamalai": "clearance", "Iyakkachchi": "clearance", "Pallai": "clearance"}),
]


# Wordings of the feature stories (dev 104-115).
# fmt: off
FEATURES = [
    ("In Kapytolivka, on the eastern edge of Izium, a survey team found no mines and released 140 hectares.",
     {"Kapytolivka": "clearance", "Izium": "mention"}),
    ("The counter-offensive swept through Balakliia and Kupiansk in September.",
     {"Balakliia": "mention", "Kupiansk": "mention"}),
    ("Sappers swept the fields around Balakliia for mines.", {"Balakliia": "clearance"}),
    ("The old road ran towards Vietnam, one of the most heavily bombed routes of the war.", {"Vietnam": "mention"}),
    ("Teams released 2.5 square km, according to the mine action directorate in Kabul.", {"Kabul": "mention"}),
    ("The joint project was agreed at the peace talks in Havana in March.", {"Havana": "conference"}),
    ("A farmer was killed by a mine near the hamlet of Pueblo Nuevo.", {"Pueblo Nuevo": "incident"}),
    ("Neighbouring Anori is still listed as contaminated.", {"Anori": "minefield"}),
    ("The mouth of the Panjshir valley near Jabal os Saraj was mined by both sides.",
     {"Panjshir": "minefield", "Jabal os Saraj": "mention"}),
    ("In March they handed 180 hectares of demined farmland back to families in Mashonaland Central.",
     {"Mashonaland Central": "clearance"}),
    ("A survey confirmed new minefields north of Dirico, a river town opposite Namibia.",
     {"Dirico": "minefield", "Namibia": "mention"}),
]
# fmt: on



# Wordings of the institutional press releases (dev 128-139).
# fmt: off
PRESS = [
    ("During technical survey of farmland near Sugovushan, deminers identified a minefield of 438 mines.",
     {"Sugovushan": "minefield"}),
    ("Twelve demining machines were handed over to the service at a ceremony in Kyiv.", {"Kyiv": "conference"}),
    ("Since 2004, partners have recorded more than 5,600 casualties from landmines in South Sudan.",
     {"South Sudan": "incident"}),
    ("The ICRC launches an awareness campaign on mines in Cauca and Narino.",
     {"Cauca": "mention", "Narino": "mention"}),
    ("A man was injured by a mine near the village of Kalosevic, north of Teslic.",
     {"Kalosevic": "incident", "Teslic": "mention"}),
    ("The ambassador visited Licki Osik, near Gospic, where deminers completed the clearance of 57 hectares.",
     {"Licki Osik": "clearance", "Gospic": "mention"}),
    ("Jordan completed the clearance of its known minefields in 2012.", {"Jordan": "clearance"}),
    ("More than half of the mines found in 2023 came from the provinces of Battambang, Pailin and Kampot.",
     {"Battambang": "minefield", "Pailin": "minefield", "Kampot": "minefield"}),
    ("When the war in Ukraine reached the ports, sappers were called out to the villages.", {"Ukraine": "mention"}),
    ("Sappers have been called out 19 times to destroy munitions, mainly to the Cahul and Ocnita districts.",
     {"Cahul": "clearance", "Ocnita": "clearance"}),
    ("Serbia has finished clearance around Bujanovac but still reports cluster munition contamination.",
     {"Serbia": "minefield"}),
    ("Japan has also trained Ukrainian deminers in Cambodia.", {"Japan": "mention", "Cambodia": "conference"}),
]
# fmt: on



FINDS_REMAINING_LAND_AND_COORDINATED_VERBS = [
    ("Two dozen anti-tank mines were found and destroyed near Tifariti in January.", {"Tifariti": "minefield"}),
    ("A third device was found in an abandoned house in Rutba and destroyed.", {"Rutba": "minefield"}),
    ("A survey team confirmed cluster munition remnants on pasture near Sjenica.", {"Sjenica": "minefield"}),
    ("Sri Lanka has cleared most of its mined land, but about 20 square kilometres remain.",
     {"Sri Lanka": "minefield"}),
    ("Ecuador's army still has about 50,000 square metres to clear in Zamora Chinchipe.",
     {"Zamora Chinchipe": "minefield"}),
    ("Angola had 1,046 square kilometres of suspected hazardous areas at the end of 2022.",
     {"Angola": "minefield"}),
]


COUNTRY_LEVEL_CONTAMINATION = [
    ("About 5.6 million hectares of Vietnam, some 18 per cent of its land, is still contaminated.",
     {"Vietnam": "minefield"}),
    ("Across Laos, about a fifth of the land is still affected by explosive remnants.", {"Laos": "minefield"}),
    ("Kharkiv region is now the second most contaminated in the country.", {"Kharkiv": "minefield"}),
]


# Wordings of dev batches 140-159.
# fmt: off
LAST_BATCHES = [
    ("Deminers neutralised 1,312 mines and unexploded munitions in the Aghdam, Lachin and Zangilan districts.",
     {"Aghdam": "clearance", "Lachin": "clearance", "Zangilan": "clearance"}),
    ("More than 300 civilians have been killed by explosive devices since Russia launched its invasion.",
     {"Russia": "mention"}),
    ("Two truffle hunters were killed by a mine on the road between Palmyra and Sukhnah, in the desert east of Homs.",
     {"Palmyra": "incident", "Sukhnah": "incident", "Homs": "mention"}),
    ("Engineers destroyed about 2,400 mines in a controlled detonation near Khawkhah.", {"Khawkhah": "clearance"}),
    ("A mortar round exploded on Monday in Helmand province's Sangin district, killing two boys.",
     {"Sangin": "incident"}),
    ("Survey teams mapped a new cluster munition strike area near Phonsavan.", {"Phonsavan": "minefield"}),
    ("Laos is often described as the most heavily bombed country per capita.", {"Laos": "minefield"}),
    ("A soldier was killed by a mine while patrolling a rural area of Ituango.", {"Ituango": "incident"}),
    ("Colombia has recorded more than 12,300 victims of anti-personnel mines since 1990.",
     {"Colombia": "incident"}),
    ("Our last stop was Kurmuk, where a boy lost part of his left hand when a fuze exploded.",
     {"Kurmuk": "incident"}),
    ("In Geissan district, the rains had washed out at least four anti-personnel mines.", {"Geissan": "minefield"}),
    ("Residents of four villages in Moxico province received their land back after mine clearance.",
     {"Moxico": "clearance"}),
    ("Explosive remnants injure 11 children in Gaza.", {"Gaza": "incident"}),
    ("Teams working in the Amazonas region near Nieva destroyed 412 anti-personnel mines.",
     {"Amazonas": "clearance", "Nieva": "clearance"}),
]
# fmt: on



COORDINATED_NOUNS_AND_SCENE_SETTING_PROVINCES = [
    ("Teams removed 420 unexploded items from houses in the city and the nearby town of Tabqa.",
     {"Tabqa": "clearance"}),
    ("In Diyala province, the army said it had found a field of 200 mines in orchards east of Khanaqin.",
     {"Diyala": "minefield", "Khanaqin": "minefield"}),
]


# Wordings of the chronology, situation-report and translated-press batches.
REPORTED_WORK_AND_LATER_STYLES = [
    # explainers: long appositions, "the most recent ... to be declared free"
    ("San Carlos, two hours' drive east of Medellín and once one of the most heavily "
     "mined municipalities in the country, was declared free of minefields in 2017.",
     {"San Carlos": "clearance", "Medellín": "mention"}),
    ("Zavidovici, further up the river, was the most recent municipality to be "
     "declared free of known minefields.", {"Zavidovici": "clearance"}),
    ("Near Puthukkudiyiruppu, as they crossed a grove at night, her left foot came "
     "down on an anti-personnel mine.", {"Puthukkudiyiruppu": "incident"}),
    ("Submunitions dropped around Safwan in 1991 still come to light after rain.",
     {"Safwan": "minefield"}),
    ("Zimbabwe is still working through its border minefields near Mukumbura.",
     {"Zimbabwe": "clearance", "Mukumbura": "clearance"}),
    ("The whole of Sisak County was declared free of suspected areas in mid-2024.",
     {"Sisak County": "clearance"}),
    ("In 2022 she completed a six-week deminer's course in Vavuniya.",
     {"Vavuniya": "conference"}),
    ("On 2 June we start a 5-day EOD refresher course for 20 operators in Benghazi.",
     {"Benghazi": "conference"}),
    ("A four-week explosive ordnance disposal course for 24 police officers began in "
     "Kalemie.", {"Kalemie": "conference"}),
    ("Across Bosnia and Herzegovina, 800 square kilometres are still suspected of "
     "holding mines.", {"Bosnia and Herzegovina": "minefield"}),
    # translated French press: "pollué" is contaminated
    ("The provinces of Borkou and Tibesti remain the most polluted of the national "
     "territory.", {"Borkou": "minefield", "Tibesti": "minefield"}),
    ("Fishermen near Kyaukphyu say the army has mined the embankments around the "
     "port.", {"Kyaukphyu": "minefield"}),
    ("The Soviet army had already mined the approaches to its base at Bagram in the "
     "1980s.", {"Bagram": "minefield"}),
    ("Near Kupiansk, villagers report new scatterable mines in their gardens every "
     "week.", {"Kupiansk": "minefield"}),
    # ... but a report of mines removed is their clearance
    ("Community teams reported removing 140 mines from schools in Hpasawng township.",
     {"Hpasawng township": "clearance"}),
    ("The leaders of both countries signed a declaration of peace in Asmara.",
     {"Asmara": "conference"}),
    ("He was helping his uncle outside Yohmor when he saw what looked like a drink "
     "can. The explosion took his right hand.", {"Yohmor": "incident"}),
    # a report of items found, then their removal: the find is the role
    ("In March, farmers near Korem reported 34 items of unexploded ordnance in "
     "their fields; army engineers removed them in June.", {"Korem": "minefield"}),
    # posts
    ("Be careful after El Hammam, the desert south of the road still has mines "
     "from WW2.", {"El Hammam": "minefield"}),
    ("In Karaleti my cousin says there are still old shells in the ditches.",
     {"Karaleti": "minefield"}),
    ("Laos still has tens of millions of unexploded bomblets in the ground.",
     {"Laos": "minefield"}),
    ("We lost a colleague in an accident near Mount Selinda in 2016.",
     {"Mount Selinda": "incident"}),
    # police and troops recover what they find; deminers' recovery is clearance
    ("Troops recovered 16 IEDs during a search operation in Kangpokpi district.",
     {"Kangpokpi": "minefield"}),
    ("Over seven years, teams recovered more than 30,000 mines around Cuito.",
     {"Cuito": "clearance"}),
    ("In March 2019 the municipality of El Carmen was declared free of known "
     "minefields.", {"El Carmen": "clearance"}),
    ("In the village of Memici a farmer ploughed out an anti-tank mine.",
     {"Memici": "minefield"}),
    ("In March we gave 9 hectares back to farmers outside Maridi.",
     {"Maridi": "clearance"}),
    # translated French press
    ("A public transport vehicle jumped on an improvised explosive device near Boni.",
     {"Boni": "incident"}),
    ("At Sevare, civil protection proceeded on Thursday to the destruction of a "
     "stock of 1,240 obsolete munitions.", {"Sevare": "clearance"}),
    ("From 12 to 13 November, Bamako hosted the workshop of validation of the plan.",
     {"Bamako": "conference"}),
    # the blast told in the next sentence, which names no place
    ("At dawn he drove his tractor on to the strip of land his family farmed "
     "outside Ta Sanh, in Samlout district. The front wheel set off an anti-tank "
     "mine.", {"Samlout": "incident"}),
    ("Engineers reported clearing 318 mines in the province of Morona Santiago.",
     {"Morona Santiago": "clearance"}),
    ("Mines were laid during the civil war in Cuando Cubango.", {"Cuando Cubango": "minefield"}),
    ("Teams are clearing minefields laid during the civil war in Cuando Cubango.",
     {"Cuando Cubango": "clearance"}),
    ("Since the conflict in Casamance began, mines have killed or injured 800 people.",
     {"Casamance": "incident"}),
    ("Since the war in Ukraine began, grain prices have risen.", {"Ukraine": "mention"}),
    ("The mine action office will meet donors in Addis Ababa next week.", {"Addis Ababa": "conference"}),
    ("Ukraine is now considered one of the most heavily mined countries.", {"Ukraine": "minefield"}),
    ("Ituango is still listed as contaminated.", {"Ituango": "minefield"}),
    ("Two soldiers were killed when their patrol walked into a minefield in rural Barbacoas.",
     {"Barbacoas": "incident"}),
    ("Croatia had 150 square km of hazardous area, most of it in Lika, Sisak and Karlovac counties.",
     {"Croatia": "minefield", "Lika": "minefield", "Sisak": "minefield", "Karlovac": "minefield"}),
    ("Demining companies in Lika, Sisak and Karlovac hired staff.",
     {"Lika": "mention", "Sisak": "mention", "Karlovac": "mention"}),
    # translated press: local nouns before "of", funerals, "free of suspicion of"
    ("In the circle of Bandiagara, soldiers defused two devices buried under the road.",
     {"Bandiagara": "clearance"}),
    # a team working somewhere is the subject: its verb tells what it did there
    ("In May, a survey team working near Vardenis, in Gegharkunik province, identified three new areas where villagers had reported mines.",
     {"Vardenis": "minefield", "Gegharkunik": "minefield"}),
    ("In Mullaitivu district, teams working in the jungle found 96 anti-personnel mines.",
     {"Mullaitivu": "minefield"}),
    ("Teams working near Vardenis cleared 40 mines.", {"Vardenis": "clearance"}),
    # ... and through a relative clause that tells how the device lay there
    ("Bomb disposal staff defused a device weighing about five kilograms that had been buried under a culvert between Lakki Marwat and Bannu.",
     {"Lakki Marwat": "clearance", "Bannu": "clearance"}),
    ("Police defused a bomb that militants had planted near Bannu.", {"Bannu": "clearance"}),
    ("The squad defused a 5kg improvised explosive device planted beside the bazaar road in Landi Kotal.",
     {"Landi Kotal": "clearance"}),
    ("Police cleared the road after militants planted a bomb near Bannu.", {"Bannu": "minefield"}),
    # "the stretch of border" is a noun, not how the mines lie
    ("Teams have destroyed more than 62,000 mines on the stretch of border between Musengezi and Mukumbura.",
     {"Musengezi": "clearance", "Mukumbura": "clearance"}),
    ("The remaining mines stretch along the border near Bannu.", {"Bannu": "minefield"}),
    # (a device "found buried" there was found: a minefield, as above)
    ("An army team defused a device that had been found buried near a school in Ghorahi.",
     {"Ghorahi": "minefield"}),
    ("Engineers destroyed 1,053 mines in the sector of Smara during 2023.", {"Smara": "clearance"}),
    ("Mines were found buried near Kep.", {"Kep": "minefield"}),
    ("A funeral was held on Saturday in Menongue.", {"Menongue": "conference"}),
    ("The municipality of Sonsón was declared free of suspicion of anti-personnel mines.",
     {"Sonsón": "clearance"}),
    # a heading names where its line's events happened
    # roads "now mined", mines "placed", "smaller areas remain"
    ("The roads around Mrauk-U and Minbya are now mined.",
     {"Mrauk-U": "minefield", "Minbya": "minefield"}),
    ("In Cauca, mines have been placed around the villages of the canyon.",
     {"Cauca": "minefield"}),
    ("Mines were laid across the district. Smaller areas remain in Vavuniya and "
     "Trincomalee districts.", {"Vavuniya": "minefield", "Trincomalee": "minefield"}),
    ("Police placed a wreath in Tuzla.", {"Tuzla": "mention"}),
    # land "suspected of contamination"; a mine "dug out" is found
    ("Even so, some 1,600 square kilometres of Cambodia are still suspected of "
     "contamination.", {"Cambodia": "minefield"}),
    ("At the edge of a forest belt near Ivanivka her handler's team dug out an "
     "anti-personnel mine.", {"Ivanivka": "minefield"}),
    # land that "could not yet be surveyed" is still suspected, not surveyed
    ("The centre said that cluster munitions remain around Nabatieh, and that large "
     "areas could not yet be surveyed.", {"Nabatieh": "minefield"}),
    # land received back has been cleared
    ("Deminers cleared 4 km2. In July, 312 families in Pallai received back farmland "
     "closed to them for 25 years.", {"Pallai": "clearance"}),
    # a local unit's generic word, as "the district of X"
    ("A shepherd was wounded when he stepped on a mine in the daïra of Bir el Ater.",
     {"Bir el Ater": "incident"}),
    # "the roads of X" are in X
    ("Mines everywhere. Engineers defused 37 devices on the roads of the Tillabéri "
     "region.", {"Tillabéri": "clearance"}),
    # an animal lost to a mine is a blast there
    ("In Ravno a farmer lost a cow on Monday when the animal wandered into a field "
     "marked as mined since the war.", {"Ravno": "incident"}),
    ("Mines remain near Ravno, where a farmer lost a cow to disease.", {"Ravno": "minefield"}),
    ("2/7 Sinjar: on Monday a shepherd was injured by an improvised device while grazing "
     "sheep on the slopes of Mount Gara.", {"Sinjar": "incident", "Mount Gara": "incident"}),
    ("Kayah State: On 6 February, three people were killed by a landmine near a monastery.",
     {"Kayah State": "incident"}),
    ("07/03 - Bandiagara: a passenger bus struck an IED near the village of Songho.",
     {"Bandiagara": "incident", "Songho": "incident"}),
    # fresh wordings from the 545-571 development batches
    # land left to clear is mined land, a country's own included
    ("Ecuador's army still has about 50,000 square metres to clear in Zamora Chinchipe province.",
     {"Ecuador": "minefield", "Zamora Chinchipe": "minefield"}),
    ("Iraq as a whole is one of the most heavily contaminated countries in the world.", {"Iraq": "minefield"}),
    # a country's own army or mine action centre clears at home; a donor does not
    ("Armenia's national centre reported clearing 1.6 square kilometres of mined land in Syunik province.",
     {"Armenia": "clearance", "Syunik": "clearance"}),
    ("Morocco's army reported destroying about 1,200 mines near Dakhla in 2021.",
     {"Morocco": "clearance", "Dakhla": "clearance"}),
    ("Japan's grant funded the clearance of mines in Cambodia.", {"Japan": "mention", "Cambodia": "clearance"}),
    ("Two days later, near the village of Hrakove in the Chuhuiv district, a boy lost two fingers when he picked up a mine.",
     {"Hrakove": "incident", "Chuhuiv": "incident"}),
    ("The deadliest single accident took place in Phnom Proek district on 11 August, when an anti-tank mine killed three people.",
     {"Phnom Proek": "incident"}),
    ("EOD operatives safely detonated two IEDs planted along the Bama–Banki road.",
     {"Bama": "clearance", "Banki": "clearance"}),
    ("Mali's Mopti region recorded 37 incidents involving explosive devices in September.",
     {"Mali": "incident", "Mopti": "incident"}),
    ("Last Friday, a supply convoy lost two trucks to roadside bombs near Douentza; the drivers escaped.",
     {"Douentza": "incident"}),
    ("16/05 – Djugu territory (Ituri): residents reported an unexploded rocket in a banana plantation near Fataki.",
     {"Djugu": "minefield", "Ituri": "minefield", "Fataki": "minefield"}),
    ("She makes legs for mine survivors at a small prosthetics workshop in Hpa-An.", {"Hpa-An": "mention"}),
    ("KABUL (Pajhwok): Three children were killed when a mortar round exploded in Andar district.",
     {"KABUL": "mention", "Andar": "incident"}),
    ("Army deminers continued clearance in the Jaffna, Kilinochchi and Mullaitivu districts in July.",
     {"Jaffna": "clearance", "Kilinochchi": "clearance", "Mullaitivu": "clearance"}),
    ("Casualties from mines by district:\n(a) Kotli: 5 killed, 11 injured;\n(b) Bagh: 1 injured.",
     {"Kotli": "incident", "Bagh": "incident"}),
    ("08/05 – Rutshuru territory, Kiwanja: two children were killed by a grenade they picked up.",
     {"Rutshuru": "incident", "Kiwanja": "incident"}),
    # figures released somewhere were published there; land released was cleared
    ("Devices killed 11 civilians in central Mali in May, according to figures the UN mine action service released in Bamako on Thursday.",
     {"Mali": "incident", "Bamako": "mention"}),
    ("The report said 40 hectares of mined land were released in Bamako.", {"Bamako": "clearance"}),
    # a province's bearing from a city only says where the province lies ...
    ("In Logar province, south of Kabul, deminers cleared 38 anti-tank mines from farmland around Baraki Barak.",
     {"Logar": "clearance", "Kabul": "mention", "Baraki Barak": "clearance"}),
    # ... but the outskirts of a town are the town's
    ("A 500-pound bomb was found on Monday near a school in Pek district, on the outskirts of Phonsavan.",
     {"Pek": "minefield", "Phonsavan": "minefield"}),
    ("14/03 - Tillaberi region, near Ouallam: two herders injured when their cart ran over a mine.",
     {"Tillaberi": "incident", "Ouallam": "incident"}),
    # ... with the kind of area it is, or a town it lies near
    ("07/03 - Bandiagara circle: a passenger bus struck an IED near the village of Songho.",
     {"Bandiagara": "incident", "Songho": "incident"}),
    ("14/03 - Tillaberi region, near Ouallam: two herders were injured when their cart ran over a mine.",
     {"Tillaberi": "incident", "Ouallam": "incident"}),
    ("22/02 - Bangui: 30 radio presenters attended a two-day workshop on risk messages.",
     {"Bangui": "conference"}),
    ("Sirte update: families moved back after teams removed 230 unexploded shells.", {"Sirte": "clearance"}),
    ("Kep: the town is quiet this week.", {"Kep": "mention"}),
    # digest headings: "COUNTRY - Place: ..." and "Country | ..."
    ("UKRAINE - Kharkiv region: A farmer was killed when his tractor struck a mine outside Chuhuiv.",
     {"UKRAINE": "incident", "Kharkiv region": "incident", "Chuhuiv": "incident"}),
    ("Colombia | A coca picker lost his left leg after stepping on a mine.", {"Colombia": "incident"}),
    ("KYIV - A mine exploded near Izium.", {"KYIV": "mention", "Izium": "incident"}),
    ("YEMEN - Marib governorate: Two children were killed when a landmine exploded.",
     {"Marib": "incident"}),
    ("Engineers cleared 19 IEDs around Konduga, allowing families to plant again.", {"Konduga": "clearance"}),
    ("Deminers gathered in Gospić for a meeting, which marked the 25th anniversary of the centre.",
     {"Gospić": "conference"}),
    ("Two deminers died. They were buried in Valuyki on Friday.", {"Valuyki": "conference"}),
    ("Police visited schools in Kazanka to warn that any metal object can kill. Mines remain.",
     {"Kazanka": "mention"}),
    ("Residents near Kherson are asked to call 102 if they find mines.", {"Kherson": "mention"}),
    ("Human rights groups in Kyiv say nobody counts the people hurt by mines.", {"Kyiv": "mention"}),
    ("Deminers on 29 May identified a minefield near Sugovushan.", {"Sugovushan": "minefield"}),
    ("An engineering unit detonated 23 cluster submunitions that farmers had found near Hasbaya.",
     {"Hasbaya": "minefield"}),
    ("A resident detonated an unidentified explosive device near Savyntsi.", {"Savyntsi": "incident"}),
    ("The centre hosted a workshop in Beirut on the return of cleared land to its owners.",
     {"Beirut": "conference"}),
    ("The strategy aims to clear the remaining 20 square km of contaminated land in Lebanon.",
     {"Lebanon": "minefield"}),
    ("A farmer was injured by a mine in a rural area of Ituango (Antioquia).",
     {"Ituango": "incident", "Antioquia": "incident"}),
    ("A picker stepped on a mine outside Tumaco, in the south-western department of Nariño.",
     {"Tumaco": "incident", "Nariño": "incident"}),
    ("Explosive devices have injured 14 farmers in the foothill areas of Manipur.", {"Manipur": "incident"}),
    ("The Mopti region recorded the highest number of IED incidents last month.", {"Mopti": "incident"}),
    ("In Gaza city, aircraft bombs that failed to explode are lodged in damaged buildings.",
     {"Gaza city": "minefield"}),
    ("In Tarhuna, the discovery of mass graves revealed fields booby-trapped with devices.",
     {"Tarhuna": "minefield"}),
    ("Teams have recorded 94 unexploded items in and around Aitaroun, Yaroun and Dhayra.",
     {"Aitaroun": "minefield", "Yaroun": "minefield", "Dhayra": "minefield"}),
    ("Soldiers killed in Nariño minefield, Mesetas declared free of mines", {"Mesetas": "clearance"}),
    ("Engineers removed 36 mines around the archaeological site of Palmyra.", {"Palmyra": "clearance"}),
    ("Teams removed 57 IEDs from houses in the old city of Mosul.", {"Mosul": "clearance"}),
    # Latin American wordings: veredas, "X of the municipality of Y", funerals
    ("A farmer lost both legs after stepping on a mine in the vereda Los Andes.", {"Los Andes": "incident"}),
    ("A farmer stepped on a mine in the vereda Orú of the municipality of El Tarra.",
     {"El Tarra": "incident"}),
    ("A mine killed a boy. His body was buried on Tuesday in Quibdó.", {"Quibdó": "conference"}),
    ("A man stepped on a landmine. The man will be buried in Mount Darwin on Sunday.",
     {"Mount Darwin": "conference"}),
    ("Deminers removed 41 cluster bomblets near Niš, the centre told reporters in Belgrade.",
     {"Niš": "clearance", "Belgrade": "mention"}),
    ("The civil protection service in Zagreb said mines were found near Šibenik.",
     {"Zagreb": "mention", "Šibenik": "minefield"}),
    ("The Putumayo department, on the border with Ecuador, has registered eleven victims of "
     "antipersonnel mines.", {"Putumayo": "incident", "Ecuador": "mention"}),
    ("29 municipalities were declared free of mines, among them Briceño and Ituango.",
     {"Briceño": "clearance", "Ituango": "clearance"}),
    ("Sri Lanka cleared more mined land, and several states, among them Angola and Cambodia, said they were "
     "on track.", {"Sri Lanka": "clearance", "Angola": "mention", "Cambodia": "mention"}),
    ("A bus struck an IED near the village of Songho.", {"Songho": "incident"}),
    ("A car hit an IED on the road from Azaz to Afrin.", {"Azaz": "incident", "Afrin": "incident"}),
    ("A pickup struck an anti-tank mine on the track towards Al Jarrahi.", {"Al Jarrahi": "incident"}),
    ("He travelled from Kyiv to Kharkiv by train.", {"Kyiv": "mention", "Kharkiv": "mention"}),
    ("In 2023, 1,052 people were killed or injured by explosive remnants of war in Myanmar.",
     {"Myanmar": "incident"}),
    ("A deminer lost his life on Monday in a minefield on the outskirts of Cuito Cuanavale.",
     {"Cuito Cuanavale": "incident"}),
    ("N'DJAMENA - Two herders were killed when a mine exploded in a wadi north of Zouar.",
     {"N'DJAMENA": "mention", "Zouar": "incident"}),
    ("The agency recalled that Angola committed itself to be free of mines by 2025.",
     {"Angola": "mention"}),
    # annual reports: shares of a national toll, possessions, "most of it in"
    ("Landmines remain. Helmand, Kandahar and Ghazni together accounted for 212 of the casualties.",
     {"Helmand": "incident", "Kandahar": "incident", "Ghazni": "incident"}),
    ("Landmines remain. Hudaydah governorate alone accounted for 150 casualties, followed by Taiz (94) "
     "and Marib (71).", {"Hudaydah": "incident", "Taiz": "incident", "Marib": "incident"}),
    ("Lebanon still has about 17.6 square kilometres of confirmed minefields.", {"Lebanon": "minefield"}),
    # South Asian datelines, interviews, animals lost, scattered mines
    ("PESHAWAR: Two policemen were killed when an IED went off in Bajaur district on Sunday.",
     {"PESHAWAR": "mention", "Bajaur": "incident"}),
    ("We met him in Tuzla, where he keeps his equipment. He clears mines.", {"Tuzla": "mention"}),
    ("A herder lost two of his cows to a mine near Sotk last week.", {"Sotk": "incident"}),
    ("In Shebekino, officials say drones scattered petal mines over two streets.", {"Shebekino": "minefield"}),
    ("A civil defence team destroyed 37 bomblets scattered across fields near Saraqib.",
     {"Saraqib": "clearance"}),
    ("A minefield on the outskirts of Dhusamareb, laid along a former defensive line, was cleared "
     "in October.", {"Dhusamareb": "clearance"}),
    ("More than 270 million cluster submunitions were dropped on Laos.", {"Laos": "minefield"}),
    ("Croatia released 52 square km of mined land, most of it in Lika and Karlovac, and reduced its "
     "remaining hazardous area.", {"Lika": "clearance", "Karlovac": "clearance"}),
    # a subject located in its province before the predicate
    ("On Friday Mesetas in Meta department was declared free of mines.",
     {"Mesetas": "clearance", "Meta": "clearance"}),
    # the work of a mine-action story is demining
    ("Most of the work was done in Izium district, the agency said.",
     {"Izium": "clearance"}),
    ("In Tavush, the work focused on orchards around Chinari, near the old mined line.",
     {"Tavush": "clearance", "Chinari": "clearance"}),
    # what happens in a mine story is an accident
    ("Most of them happened in the provinces of Battambang and Pailin.",
     {"Battambang": "incident", "Pailin": "incident"}),
    ("Most of the cases were recorded in Cauca and Nariño.", {"Cauca": "incident", "Nariño": "incident"}),
    # a chain of local units down to the province shares the event
    ("A rider was killed when his motorbike hit a landmine in Panyume payam of Morobo County, "
     "Central Equatoria State.",
     {"Panyume": "incident", "Morobo County": "incident", "Central Equatoria State": "incident"}),
    ("A corporal was wounded by a mine near the border parish of General Farfán, canton of "
     "Lago Agrio, Sucumbíos.",
     {"General Farfán": "incident", "Lago Agrio": "incident", "Sucumbíos": "incident"}),
    ("In Gio Linh district of Quang Tri, a cow was killed by a mine on 10 January.",
     {"Gio Linh": "incident", "Quang Tri": "incident"}),
    ("Teams destroyed 1,214 mines in the governorates of Marib, Taiz and Shabwa.",
     {"Marib": "clearance", "Taiz": "clearance", "Shabwa": "clearance"}),
    ("Army deminers destroyed 112 mines in the basin of the Cenepa river.", {"Cenepa": "clearance"}),
    ("The authority recorded 13 mine casualties in January, and Battambang and Banteay Meanchey "
     "again accounted for most of them.", {"Battambang": "incident", "Banteay Meanchey": "incident"}),
    # "activated a mine" is a blast; "as was confirmed by police" is no find
    ("A man was injured when he activated an anti-personnel mine above the village of Crnići, "
     "in the municipality of Stolac, as was confirmed by the police.",
     {"Crnići": "incident", "Stolac": "incident"}),
    ("A survey team confirmed cluster munition remnants on pasture near Sjenica.",
     {"Sjenica": "minefield"}),
    # a remnant of war hurts where it lies, not where the war was fought
    ("Two men were injured by a remnant of war in the area of Qasr bin Ghashir.",
     {"Qasr bin Ghashir": "incident"}),
    # the set a superlative compares in is no place of the event
    ("The territory is one of the most heavily mined places in Africa.", {"Africa": "mention"}),
    ("South Sudan has some of the most contaminated land in East Africa.",
     {"South Sudan": "minefield", "East Africa": "mention"}),
    # a peace agreement's signing place is background; a month is no place near which
    ("Clearance is coordinated with Ecuador under the peace agreement signed in Brasilia in 1998.",
     {"Brasilia": "mention"}),
    ("A device killed six soldiers of a patrol on 8 October near Téra, in the Tillabéri region.",
     {"Téra": "incident", "Tillabéri": "incident"}),
    ("A man stepped on a mine in the vereda El Salado, of the municipality of Samaniego.",
     {"El Salado": "incident", "Samaniego": "incident"}),
    ("In Oddar Meanchey's Anlong Veng district, a cow was killed by a landmine on Sunday.",
     {"Oddar Meanchey": "incident", "Anlong Veng": "incident"}),
    ("In Sindhuli, locals of Kamalamai Municipality found a rusted pressure-cooker bomb on Friday.",
     {"Sindhuli": "minefield", "Kamalamai": "minefield"}),
    ("The centre cleared 1.2 million square metres of land in the Rasht valley and the Khatlon "
     "region, destroying 1,134 mines.",
     {"Rasht": "clearance", "Khatlon": "clearance"}),
    # an institution's seat, a speaker that confirms
    ("Engineers have removed 300,000 mines in Kilis, according to the Turkish Mine Action Centre "
     "(TURMAC) in Ankara.", {"Kilis": "clearance", "Ankara": "mention"}),
    ("A boy was killed by a mine. The Russian-installed administration in Melitopol confirmed "
     "the death.", {"Melitopol": "mention"}),
    # a treaty goal is nothing done there; land still mined is told as such
    ("Peru has until the end of 2024 to complete the clearance of its minefields.",
     {"Peru": "mention"}),
    ("Zimbabwe remains committed to completing mine clearance by its Ottawa Convention deadline.",
     {"Zimbabwe": "mention"}),
    ("Croatia has until 2026 to clear its remaining minefields.", {"Croatia": "minefield"}),
    ("We have asked Germany, Italy and the United Kingdom, whose armies laid most of these "
     "minefields, for their wartime maps.",
     {"Germany": "mention", "Italy": "mention", "United Kingdom": "mention"}),
    # an aside on what the items were does not part them from where they lie
    ("Teams have recorded 94 unexploded items, including artillery shells, in "
     "Aitaroun, Yaroun and Dhayra.",
     {"Aitaroun": "minefield", "Yaroun": "minefield", "Dhayra": "minefield"}),
    # a field of a place lies in it
    ("On 2 February a boy lost part of a foot in a field of the municipality of "
     "Teorama while collecting coca leaf.", {"Teorama": "incident"}),
    # an incident takes place where a meeting would: no meeting needed nearby
    ("Two policemen were killed by a roadside bomb. The incident took place on Sunday "
     "in Mamund.", {"Mamund": "incident"}),
    # a country that declared itself free of mines cleared them
    ("Mauritania declared itself free of known minefields in 2018.",
     {"Mauritania": "clearance"}),
    # translated press: the exit of a village, a tabanca (a Guinean village)
    ("Four traders lost their lives on Saturday when their tricycle struck a mine at "
     "the exit of the village of Bossoangri.", {"Bossoangri": "incident"}),
    ("The clearance of the first of these areas, next to the tabanca of Barro, began "
     "on 15 January; the deminers have destroyed 36 anti-personnel mines.",
     {"Barro": "clearance"}),
    # a "where" clause about another noun (an axis) tells nothing of the places
    ("On Sunday a patrol detected and neutralised a device buried in the roadway of "
     "national road 16 between Douentza and Boni, averting a new tragedy on an axis "
     "where several vehicles have already been hit this year.",
     {"Douentza": "minefield", "Boni": "minefield"}),
    # a report presented in a city, however long the clause that names it
    ("The report on the contamination of the territory that an association of Spanish "
     "volunteers presented in Madrid on 12 October counts 40 minefields.",
     {"Madrid": "conference"}),
    # a road that links two places lies between them
    ("A survey team identified seven suspected hazardous areas along the track that "
     "links Faya-Largeau to Ounianga Kebir.",
     {"Faya-Largeau": "minefield", "Ounianga Kebir": "minefield"}),
    ("A truck hit a mine on the road linking Amchide with Kolofata.",
     {"Amchide": "incident", "Kolofata": "incident"}),
    # land handed over to a village's people, named long after them
    ("On Friday the deminers handed over to the population of the village of Kaguitt, "
     "commune of Nyassia, near the border with Guinea-Bissau, a perimeter of 12 "
     "hectares of rice fields cleared of all explosive danger.",
     {"Kaguitt": "clearance", "Nyassia": "clearance", "Guinea-Bissau": "mention"}),
    # translated from Russian: "was blown up on a mine"; the chain of places
    # after "a resident of the village of X of the Y district"
    ("A resident of the village of Nulvand of the Darvoz district was blown up on an "
     "anti-personnel mine on 28 June.", {"Nulvand": "incident", "Darvoz": "incident"}),
    # a herder of a place is one of its people
    ("On Tuesday a herder of the rural commune of Tongomayel was wounded in the leg by "
     "a device buried on a track.", {"Tongomayel": "incident"}),
    # a crop before the plantation does not hide the preposition
    ("Survey teams identified a cluster munition contaminated area on the rubber "
     "plantation of Tan Long commune.", {"Tan Long": "minefield"}),
    # a resident's age in brackets does not part him from his village
    ("A resident (61) of the village of Chinari was killed on Monday when he stepped "
     "on a mine while collecting firewood.", {"Chinari": "incident"}),
    # "the last mined areas of X": the describing words before the land are skipped
    ("In April the Navy completed the clearance of the last mined areas of Navarino "
     "Island.", {"Navarino Island": "clearance"}),
    # an aside on the land's extent
    ("112 hazardous areas, covering roughly 38 square kilometres, are still open in "
     "the districts of Nad-e Ali, Sangin and Musa Qala.",
     {"Nad-e Ali": "minefield", "Sangin": "minefield", "Musa Qala": "minefield"}),
    # a list of three or more places takes the scene's verb, not its nouns
    ("Most of last year's work took place along the Panj river on the border with "
     "Afghanistan, in the Darvoz, Vanj and Rushon districts of Gorno-Badakhshan.",
     {"Darvoz": "clearance", "Vanj": "clearance", "Rushon": "clearance"}),
    # "the breakaway region of X" holds the town where the blast happened
    ("On Sunday a boy was injured in Slobozia, a town in the breakaway region of "
     "Transnistria, when an old mortar round exploded in his hands.",
     {"Slobozia": "incident", "Transnistria": "incident"}),
    # a vereda of two words "of" its municipality: the municipality holds the event
    ("On Monday a farmer was seriously injured in the vereda Los Trozos of Anori when "
     "he stepped on a mine.", {"Los Trozos": "incident", "Anori": "incident"}),
    # hurt by what they had found: the find is how the blast came about
    ("On Friday a boy was wounded by an old mortar round he and his cousins had found "
     "while playing on the outskirts of Halabja.", {"Halabja": "incident"}),
    ("A boy died and his brothers were injured when they played with a mortar grenade "
     "they had found near the house, in the district of Massinga.",
     {"Massinga": "incident"}),
    # killed while his team was clearing: the clearing is when the blast came
    ("A deminer was killed yesterday when an anti-tank mine exploded while his team "
     "was clearing a field near the village of Tugh.", {"Tugh": "incident"}),
    # an attribution's comma ends it: the place after it is the clause's subject
    ("According to the United Nations, Afghanistan recorded more than 300 casualties "
     "from mines in 2023.", {"Afghanistan": "incident"}),
    # a country's border minefields are its own, not a border it marks
    ("Zimbabwe's border minefields have killed more than 1,600 people since 1980.",
     {"Zimbabwe": "incident"}),
    # a country that hosted a workshop held it at home; one that trained people
    # trained them anywhere
    ("The incidents came as Cambodia hosted a regional workshop on clearance standards "
     "in Siem Reap.", {"Cambodia": "conference", "Siem Reap": "conference"}),
    ("Japan trained 40 deminers from Laos at a mine action course.", {"Japan": "mention"}),
    # an enclave of, the merged districts of; villagers (not officials) in X report a find
    ("In April, deminers cleared 12 hectares around the enclave of Vorukh.",
     {"Vorukh": "clearance"}),
    ("At least 27 people have been killed or injured by explosive remnants in the "
     "merged districts of Khyber Pakhtunkhwa since January.",
     {"Khyber Pakhtunkhwa": "incident"}),
    ("Villagers in Penhalonga reported a mortar bomb exposed by gold panners on "
     "Wednesday.", {"Penhalonga": "minefield"}),
    # "located in" says where a thing lies; "located three mines" is a find
    ("On the 6th the army concluded the clearance of minefield number 47, located in "
     "the sector of Zurmi, where 213 mines were destroyed.", {"Zurmi": "clearance"}),
    ("Troops located three anti-personnel mines in Kalsian.", {"Kalsian": "minefield"}),
    # a deadline "to declare its territory free of mines" clears nothing yet
    ("Angola has until 2025 to declare its territory free of mines, and most of its "
     "mined areas lie in the provinces of Cuando Cubango and Moxico.",
     {"Cuando Cubango": "minefield", "Moxico": "minefield"}),
    # "the west of X" is part of X, not a point outside it like "west of X"
    ("Near the old front, farms in the north of Hama province and the east of "
     "Latakia province are heavily contaminated, 20 km west of Idlib.",
     {"Hama": "minefield", "Latakia": "minefield", "Idlib": "mention"}),
    # a reference point with a where-clause of its own; an aside's is the other's
    ("The farms lie along the border with Thailand near Pailin, where both armies "
     "laid mines in the 1980s.",
     {"Thailand": "mention", "Pailin": "minefield"}),
    ("The minister visited the village of Ostrovica, near Knin, where deminers "
     "finished clearing 40 hectares of pasture.",
     {"Ostrovica": "clearance", "Knin": "mention"}),
    # a stretch of border between two places lies at them, like a road between
    ("Last year survey teams found 300 mines along the section of border between "
     "Rushinga and Mukumbura.",
     {"Rushinga": "minefield", "Mukumbura": "minefield"}),
    ("Mines still lie along the border between Peru and Ecuador.",
     {"Peru": "mention", "Ecuador": "mention"}),
    # a country that reported casualties from ordnance reports a toll, not a find
    ("Police destroyed 40 mines in Borno. Chad reported 112 casualties from "
     "explosive remnants in 2023.",
     {"Borno": "clearance", "Chad": "incident"}),
    # victims registered or recorded in a mine story are a toll
    ("Landmines are still a threat. Cauca and Meta accounted for half of the "
     "victims registered last year.",
     {"Cauca": "incident", "Meta": "incident"}),
    # what a meeting is for names its topic, not work done at its venue
    ("In Bignona, village chiefs, army officers and deminers met on Friday to "
     "agree which fields should be surveyed first when the rains end.",
     {"Bignona": "conference"}),
    # donors confirm support, not finds
    ("Japan, the Netherlands and Norway confirmed support for the mine action centre.",
     {"Japan": "mention", "Netherlands": "mention", "Norway": "mention"}),
    # "del" inside an unknown district's name does not cut the chain of its containers
    ("A patrol found one mine in the district of Vizcatán del Ene, province of Satipo, Junín.",
     {"Vizcatán del Ene": "minefield", "Satipo": "minefield", "Junín": "minefield"}),
    # a town's apposition names its province, which shares the event
    ("A boy was injured by a grenade in Menongue, the provincial capital of Cuando Cubango.",
     {"Menongue": "incident", "Cuando Cubango": "incident"}),
    # a list of cleared items after a time phrase is what was cleared, not a find
    ("Its teams had dismantled during the third week of November 1,214 mines, unexploded "
     "munitions and explosive devices in the governorates of Marib and Taiz.",
     {"Marib": "clearance", "Taiz": "clearance"}),
    # the residential areas of a city are the city
    ("Teams have now located more than 1,400 explosive items in residential areas of Khartoum "
     "since the fighting reached the capital.", {"Khartoum": "minefield"}),
    # a country's military telling of its own engineers' work at home
    ("Pakistan's military says its own engineers are clearing unexploded shells from villages "
     "around Kotli.", {"Pakistan": "clearance", "Kotli": "clearance"}),
    # "which had been planted" after cleared mines tells of those mines
    ("Engineering units dismantled 46 mines on Sunday in the vicinity of Palmyra in the "
     "eastern countryside of Homs, which had been planted by terrorists in farmland.",
     {"Palmyra": "clearance", "Homs": "clearance"}),
    # a place named before its crews, and crews that worked there
    ("Two boys were hurt by a bombie; Xepon teams destroy 1,870 UXO items.",
     {"Xepon": "clearance"}),
    ("Clearance has stopped, and the operators that used to work in Bir Lahlou had to withdraw.",
     {"Bir Lahlou": "clearance"}),
    ("Mine clearance goes on. Our teams in Kharkiv oblast spent the first half of April "
     "working along the river.", {"Kharkiv oblast": "clearance"}),
    # a person's home told in an aside is where they come from; after a date it
    # is the subject's own place
    ("The porter, a resident of Balnoi village, was carrying supplies for a patrol when the "
     "mine went off near the posts.", {"Balnoi": "mention"}),
    ("On 14/05/2023, a resident of Fuzuli district, born in 1981, was seriously injured by a "
     "mine.", {"Fuzuli": "incident"}),
    # teaching children about mines names no mines where the schools are
    ("She volunteers for a group that teaches children about mines, visiting schools in "
     "Tešanj and Žepče.", {"Tešanj": "mention", "Žepče": "mention"}),
    # found, then destroyed: the find says the mines lay there
    ("Troops found two anti-personnel landmines during an intelligence-based operation near "
     "Mir Ali in North Waziristan on Friday and destroyed them on the spot.",
     {"North Waziristan": "minefield"}),
    # a forest clearing is a glade, not demining
    ("Border guards on patrol found 40 PFM-1 mines scattered over a forest clearing south of "
     "Seredyna-Buda.", {"Seredyna-Buda": "minefield"}),
    # a court sits where it tries the case, not where the mines killed
    ("A criminal court in Medellín on Thursday sentenced two men for laying the devices "
     "that killed a soldier in northern Antioquia.",
     {"Medellín": "mention", "Antioquia": "incident"}),
    # the toll after "with" belongs to the place ranked worst
    ("Mines killed 40 people across Myanmar. Shan State was again the worst affected area, "
     "with 27 people killed and 58 injured.", {"Shan State": "incident"}),
    # the aldeia (village) of translated Portuguese press
    ("Deminers destroyed 23 anti-personnel mines on the lavras around the aldeia of "
     "Chissonde.", {"Chissonde": "clearance"}),
    # coming across a device is finding it
    ("Two boys came across a cluster bomblet last month while collecting bamboo shoots "
     "near Ban Dansavan.", {"Ban Dansavan": "minefield"}),
    # people returning to their farms is no land handed back
    ("Mines killed five villagers in March as families returned to their farms around Kani "
     "township after weeks of displacement.", {"Kani": "incident"}),
    # a sighting is a find
    ("In Sanaag region, nomads said on Saturday that they had seen what looked like mines in a "
     "dry riverbed.", {"Sanaag": "minefield"}),
]

# Every wording table but CASES and VARIED: each row a sentence written for this
# project and the role of each place it names (one rule, one sentence).
WORDINGS = [
    *GENERAL,
    *DIAGNOSED,
    *LATER_BATCHES,
    *SOLE_PLACE,
    *REPORT_BATCHES,
    *SAHEL_AND_BEYOND,
    *FEATURES,
    *PRESS,
    *LAST_BATCHES,
    *CONTAINMENT_AND_ROADS_BETWEEN_TOWNS,
    *LANDSCAPE_NOUNS_AND_BLOWING_UP,
    *RESIDENTS_OFFICIALS_OF_PROVINCES_AND_CHECKS,
    *FINDS_REMAINING_LAND_AND_COORDINATED_VERBS,
    *COUNTRY_LEVEL_CONTAMINATION,
    *COORDINATED_NOUNS_AND_SCENE_SETTING_PROVINCES,
    *REPORTED_WORK_AND_LATER_STYLES,
]


def test_a_direction_from_the_river_is_a_reference_not_the_blast():
    # "east of the Euphrates" locates like "east of Raqqa", the river named
    # with "the" and known to the gazetteer as a feature
    text = (
        "At dawn on Tuesday a shepherd in his forties lost a leg to a remnant of "
        "war near al-Hamidiya, east of the Euphrates."
    )
    names = ["al-Hamidiya", "Euphrates"]
    decisions = assign_roles(
        text, [_spans(text, name) for name in names], kinds=["settlement", "feature"]
    )
    assert [d.role for d in decisions] == ["incident", "mention"]


@pytest.mark.parametrize(("text", "expected"), WORDINGS, ids=[c[0][:60] for c in WORDINGS])
def test_role_in_each_wording(text, expected):
    assert _roles_of(text, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An old mortar shell blew up in the village of Bacaadweyn, killing two boys.", {"Bacaadweyn": "incident"}),
        ("In Karlovac county, a team blew up 26 corroded mines in situ.", {"Karlovac": "clearance"}),
        ("About 1,000 remain, most of them in Moxico and Cuando Cubango.",
         {"Moxico": "minefield", "Cuando Cubango": "minefield"}),
        ("Colombia counted 119 victims of mines in 2024, and most of them were in "
         "Antioquia and Cauca.", {"Antioquia": "incident", "Cauca": "incident"}),
        ("Farmers near the town of Isfara still occasionally find mines in their orchards.", {"Isfara": "minefield"}),
        ("The man was taken to the General Hospital in Doboj, where doctors amputated his leg.", {"Doboj": "mention"}),
        ("An ambulance took him to the Clinical Centre in Zenica, where surgeons amputated his leg.",
         {"Zenica": "mention"}),
        # troops that abandoned a town left it; abandoned ordnance lies there
        ("A minibus hit a mine near Snihurivka in May. The area was held until the "
         "troops abandoned Kherson in November.", {"Snihurivka": "incident", "Kherson": "mention"}),
        ("The retreating army abandoned mines and shells around Izium.", {"Izium": "minefield"}),
        # a singer who "released six albums" released no land
        ("A mine killed his father near Cam Lo in 1989. He has sung on television in Hanoi "
         "and released six albums.", {"Cam Lo": "incident", "Hanoi": "mention"}),
        # animals that strayed into "the border minefield" near X died there
        ("Three cattle were killed on Saturday when they strayed into the border "
         "minefield near Mukumbura, in Mount Darwin district, Mashonaland Central, "
         "villagers said.",
         {"Mukumbura": "incident", "Mount Darwin": "incident", "Mashonaland Central": "incident"}),
        # "a demining contract" names a business, no work at the place; a
        # "demining company is working" there does work
        ("Related: Kunduz demining contract under review after court case",
         {"Kunduz": "mention"}),
        ("Shells were collected outside Izium, where a private demining company is "
         "working on contract.", {"Izium": "clearance"}),
        # "the basic demining course" is a course held there, not work done
        ("🎓 Erbil: 24 men and women graduated from the basic demining course on Thu "
         "16 May, the third class this year.", {"Erbil": "conference"}),
        # a line heading's bracketed province shares the heading's event
        ("⚫ Amadiya district (Duhok gov.): an 11-year-old boy was injured on Sat by a "
         "cluster bomblet.", {"Amadiya": "incident", "Duhok": "incident"}),
        # devices reported somewhere have been found there
        ("Across the border, devices have also been reported in Zulia state.",
         {"Zulia": "minefield"}),
        # deminers in a documentary's relative clause do no work where it is screened
        ("A film in which deminers talk about their work will be screened in Pailin.",
         {"Pailin": "mention"}),
        ("The Office for Peace in Bogota says 12,000 people have been killed or injured by mines.",
         {"Bogota": "mention"}),
        ("Sappers found 611 anti-personnel mines, 94 anti-tank mines and 1,032 items in the Fuzuli, Zangilan and Kalbajar districts.",
         {"Fuzuli": "minefield", "Zangilan": "minefield", "Kalbajar": "minefield"}),
    ],
)
def test_blowing_up_remaining_mines_hospitals_and_speakers(text, expected):
    assert _roles_of(text, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thai deminers have returned 1.3 square kilometres of rice land in Sa Kaeo province to farmers.",
         {"Sa Kaeo": "clearance"}),
        ("Mine clearance paid for by Japan is also under way around Banteay Ampil.", {"Banteay Ampil": "clearance"}),
        ("The demining teams have been working along the coastal road near Mocha.", {"Mocha": "clearance"}),
        ("The released land lies in Shamsiddin Shohin district, where mines were cleared.",
         {"Shamsiddin Shohin": "clearance"}),
    ],
)
def test_clearance_told_without_a_clearing_verb(text, expected):
    assert _roles_of(text, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Croatia has until 1 March 2026 to clear its remaining minefields.", {"Croatia": "minefield"}),
        ("Jordan completed the clearance of its known minefields in 2012.", {"Jordan": "clearance"}),
        ("Iraq is considered one of the most contaminated countries in the world.", {"Iraq": "minefield"}),
        ("Iraq is among the countries most contaminated by mines.", {"Iraq": "minefield"}),
        # a place left out of "every region" is not where anything happened
        ("Myanmar recorded 1,052 mine casualties, the highest in the world, with casualties in every state and region except Naypyitaw.",
         {"Myanmar": "incident", "Naypyitaw": "mention"}),
        ("Myanmar recorded more mine casualties than any country except Syria.",
         {"Myanmar": "incident", "Syria": "incident"}),
        # a ranking by toll names where the accidents happen
        ("Antioquia is one of the departments with the most accidents caused by mines.",
         {"Antioquia": "incident"}),
        ("Cauca and Nariño are among the departments with the most victims.",
         {"Cauca": "incident", "Nariño": "incident"}),
        ("Antioquia is one of the departments with the most coffee farms.", {"Antioquia": "mention"}),
        ("This year Cauca, Antioquia and Nariño together account for more than half of the new victims.",
         {"Cauca": "incident", "Antioquia": "incident", "Nariño": "incident"}),
        ("Cauca accounts for much of the coffee grown in Colombia.", {"Cauca": "mention", "Colombia": "mention"}),
        # the whole holds its most mined parts; the set a country is compared in does not
        ("Cuando Cubango remains one of the most heavily mined provinces of Angola.",
         {"Cuando Cubango": "minefield", "Angola": "minefield"}),
        ("Angola is the most mine-affected country in Africa.", {"Angola": "minefield", "Africa": "mention"}),
        ("About 1.7 per cent of the territory of Bosnia is still suspected to be mined.", {"Bosnia": "minefield"}),
        ("Sappers found 611 mines in the Zangilan, Gubadli and Kalbajar districts.",
         {"Zangilan": "minefield", "Kalbajar": "minefield"}),
    ],
)
def test_remaining_minefields_contaminated_countries_and_partly_known_lists(text, expected):
    assert _roles_of(text, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A team destroyed 37 bomblets between Saraqib and Ariha, where recent rains washed away the topsoil.",
         {"Saraqib": "clearance", "Ariha": "clearance"}),
        ("Northern Sughd region, where the minefields on the border were cleared in 2022, is off the plans.",
         {"Sughd": "clearance"}),
    ],
)
def test_rain_washing_soil_and_minefields_cleared_later_in_the_clause(text, expected):
    assert _roles_of(text, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine as a whole recorded 264 civilians killed by mines this year.", {"Ukraine": "incident"}),
        ("Police in Una-Sana Canton said a hunting dog triggered a mine and was killed.",
         {"Una-Sana Canton": "incident"}),
    ],
)
def test_as_a_whole_and_the_police_of_a_canton(text, expected):
    assert _roles_of(text, expected) == expected


def test_places_of_a_dateline_do_not_share_the_sentence_with_the_event():
    # "TRIPOLI, Libya - Mines left in ... Tripoli ... have killed": the dateline
    # only says where the story was filed, so Tripoli is the blasts' one place
    text = (
        "TRIPOLI, Libya - Mines and booby traps left in the southern suburbs of "
        "Tripoli after the 2019-2020 fighting have killed or injured more than 400 "
        "people."
    )
    tripoli = [(0, 7), *_spans(text, "Tripoli")]
    decisions = assign_roles(
        text, [tripoli, _spans(text, "Libya")], kinds=["settlement", "country"]
    )
    assert decisions[0].role == "incident"


def test_the_province_of_a_town_named_in_apposition_shares_its_event():
    text = (
        "Two soldiers died when their truck struck a mine on the outskirts of Djibo, "
        "the main town of the Soum province, under blockade for two years."
    )
    decisions = assign_roles(
        text, [_spans(text, "Djibo"), _spans(text, "Soum")], kinds=["settlement", "admin2"]
    )
    assert [d.role for d in decisions] == ["incident", "incident"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a table's rows count what its lead-in says: casualties by country
        ("Casualties from mines recorded in April (country – killed – injured):\n\n"
         "Iran – 3 – 4\nPakistan – 6 – 11\nTotal – 9 – 15",
         {"Iran": "incident", "Pakistan": "incident"}),
        # items destroyed by district, one bullet each
        ("Mines destroyed by the teams last month:\n- Samlout district: 40\n- Pailin: 12",
         {"Samlout": "clearance", "Pailin": "clearance"}),
        # land still under suspicion, district by district
        ("The governor listed the districts and the land still under suspicion in each:\n"
         "- Ta Phraya district: 2.1 square kilometres in 14 areas;\n"
         "- Khlong Hat district: 0.3 square kilometres.",
         {"Ta Phraya": "minefield", "Khlong Hat": "minefield"}),
        # an infographic's heading in capitals, with no colon, over its rows
        ("Explosive remnants of war caused 218 casualties in 2024.\n\nWHERE PEOPLE WERE HURT (map labels, casualties in "
         "2024)\nAdigrat – 31\nMekelle – 22", {"Adigrat": "incident", "Mekelle": "incident"}),
        # a lead-in that counts no event lends nothing
        ("Delegations attended from:\n- Laos – 3 people\n- Vietnam – 2 people",
         {"Laos": "mention", "Vietnam": "mention"}),
        # every place of a row's label, after a post's "▪️" bullet
        ("On 6 May the units found and neutralised:\n"
         "▪️ Fuzuli district, vil. Horadiz – 14 anti-personnel mines;\n"
         "▪️ Aghdam district, near Kangarli – 3 anti-tank mines.",
         {"Fuzuli": "minefield", "Horadiz": "minefield", "Kangarli": "minefield"}),
    ],
)
def test_rows_of_a_list_take_the_event_of_their_lead_in(text, expected):
    assert _roles_of(text, expected) == expected


def test_a_digests_country_heading_takes_the_event_of_its_paragraph():
    text = (
        "Weekly digest: Thailand and Moldova\n\n"
        "THAILAND — A ranger lost his right foot on Wednesday when he stepped on a "
        "mine in Kantharalak district.\n\n"
        "MOLDOVA — Army engineers destroyed 37 shells outside Cocieri on Thursday."
    )
    names = ["Thailand", "Kantharalak", "Moldova", "Cocieri"]
    spans = [
        [(m.start(), m.end()) for m in re.finditer(name, text, re.IGNORECASE)]
        for name in names
    ]
    decisions = assign_roles(
        text, spans, kinds=["country", "admin2", "country", "settlement"]
    )
    assert [d.role for d in decisions] == ["incident", "incident", "clearance", "clearance"]


def test_a_datelines_country_keeps_out_of_an_event_the_sentence_puts_in_another():
    text = (
        "TINDOUF, Algeria, March 19 - Two herders were killed on Sunday when their "
        "pickup hit a mine east of Agwanit, in Western Sahara."
    )
    names = ["TINDOUF", "Algeria", "Agwanit", "Western Sahara"]
    decisions = assign_roles(
        text,
        [_spans(text, name) for name in names],
        kinds=["settlement", "country", "settlement", "country"],
    )
    assert [d.role for d in decisions] == ["mention", "mention", "incident", "incident"]


@pytest.mark.parametrize(
    ("text", "kinds", "expected"),
    [
        # "the country" is not the one across a border named before it
        ("Oddar Meanchey, which lies along the border with Thailand, remains one of the "
         "most heavily mined provinces in the country.",
         ["admin1", "country"], {"Oddar Meanchey": "minefield", "Thailand": "mention"}),
        # an aside on who holds a place lends the holder nothing
        ("Western Sahara, most of which is controlled by Morocco, is divided by a wall, and "
         "the areas on both sides of it are among the most heavily mined anywhere.",
         ["country", "country"], {"Western Sahara": "mention", "Morocco": "mention"}),
    ],
)
def test_a_border_country_and_a_holder_in_an_aside_stay_mentions(text, kinds, expected):
    names = list(expected)
    decisions = assign_roles(text, [_spans(text, name) for name in names], kinds=kinds)
    assert {name: d.role for name, d in zip(names, decisions, strict=True)} == expected


def test_the_rows_of_a_column_table_take_the_event_their_figures_record():
    text = (
        "Table 1. Casualties and clearance by province, first half of 2024\n\n"
        "Province         Killed  Injured  AP mines destroyed\n"
        "Kandahar         3       5        410\n"
        "Kunduz           0       0        95\n"
        "Bamyan           0       0        0\n\n"
        "Deminers in Kunduz also marked two new hazardous areas in June."
    )
    names = ["Kandahar", "Kunduz", "Bamyan"]
    decisions = assign_roles(text, [_spans(text, name) for name in names])
    # a toll, items destroyed, nothing; the prose's "hazardous areas" outranks
    # Kunduz's row
    assert [d.role for d in decisions] == ["incident", "minefield", "mention"]


def test_a_posts_district_heading_shares_its_lines_event_with_the_village():
    text = (
        "08:40\n"
        "⚠️ Izium r-n: this morning a tractor hit an anti-tank mine on a field road "
        "outside vil. Kamianka. The driver was injured.\n\n"
        "10:15\n"
        "Balakliia raion: a resident of vil. Verbivka found a mortar round in his garden."
    )
    names = ["Izium", "Kamianka", "Balakliia", "Verbivka"]
    decisions = assign_roles(text, [_spans(text, name) for name in names])
    assert [d.role for d in decisions] == ["incident", "incident", "minefield", "minefield"]


def test_a_broadcasts_place_and_day_label_takes_its_lines_event():
    text = (
        "📍 DETAILS\n"
        "🔴 Koro cercle – Thu 10/10: a donkey cart hit a mine near Dinangourou.\n"
        "🟢 Gao – Mon 7/10: EOD team destroyed 38 items collected in town.\n"
        "📢 Risk education sessions in the town of Mopti."
    )
    names = ["Koro", "Dinangourou", "Gao", "Mopti"]
    decisions = assign_roles(text, [_spans(text, name) for name in names])
    assert [d.role for d in decisions] == ["incident", "incident", "clearance", "mention"]


def test_a_reports_numbered_section_title_takes_its_paragraphs_event():
    text = (
        "2. OPERATIONS BY PROVINCE\n\n"
        "2.1 Mashonaland Central. Teams destroyed 2,417 mines near the border.\n\n"
        "2.2 Matabeleland North. Risk education reached 40 schools."
    )
    names = ["Mashonaland Central", "Matabeleland North"]
    decisions = assign_roles(text, [_spans(text, name) for name in names])
    assert [d.role for d in decisions] == ["clearance", "mention"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Minutes – coordination meeting, Nabatieh, 12 March 2025\n\nAll present.",
         "conference"),
        ("Workshop on land release, Nabatieh, 3-4 June 2024\n\nAgenda follows.",
         "conference"),
        ("Date: 12 March 2025\nVenue: RMAC South office, Nabatieh\n", "conference"),
    ],
)
def test_a_meetings_heading_or_venue_line_holds_the_meeting(text, role):
    decisions = assign_roles(text, [_spans(text, "Nabatieh")])
    assert decisions[0].role == role


def test_a_sentence_naming_a_meeting_point_is_no_meetings_heading():
    text = "A mine hurt two people at the meeting point of the patrol, Nabatieh, on Monday."
    decisions = assign_roles(text, [_spans(text, "Nabatieh")])
    assert decisions[0].role != "conference"


def test_a_rows_find_outranks_a_headlines_clearance_of_the_same_place():
    text = (
        "Engineers neutralised 40 mines in Fuzuli and Aghdam districts\n\n"
        "On 6 May the units found and neutralised:\n"
        "- Fuzuli district – 14 anti-personnel mines;\n"
        "- Aghdam district – 26 anti-tank mines."
    )
    names = ["Fuzuli", "Aghdam"]
    decisions = assign_roles(text, [_spans(text, name) for name in names])
    assert [d.role for d in decisions] == ["minefield", "minefield"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the toll opens the next sentence, which names no place of its own
        ("The bus left the track between the villages of Kamianka and Hrakove to get "
         "round a flooded stretch. Four people were killed and six were injured.",
         {"Kamianka": "incident", "Hrakove": "incident"}),
        # ... not when nobody was hurt, nor across a paragraph
        ("The bus left the track between the villages of Kamianka and Hrakove. "
         "No one was hurt.", {"Kamianka": "mention", "Hrakove": "mention"}),
        ("The bus left the track near Kamianka.\n\nTwo people were killed.",
         {"Kamianka": "mention"}),
    ],
)
def test_a_toll_told_right_after_a_place_happened_there(text, expected):
    assert _roles_of(text, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the where-clause after an apposition is the head's, not the apposition's
        ("The fields lie near Kilinochchi, the old front line on the road to Jaffna, "
         "where deminers found 212 mines in September.",
         {"Kilinochchi": "minefield", "Jaffna": "mention"}),
        # ... and "the two provinces where" is still the provinces' clause
        ("Teams will deploy to Borkou and Tibesti, the two provinces where most of "
         "the known minefields lie.", {"Borkou": "minefield", "Tibesti": "minefield"}),
    ],
)
def test_a_where_clause_after_an_apposition_belongs_to_its_head(text, expected):
    assert _roles_of(text, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a find that went off, told in the next sentence, is a blast where found
        ("Three children found a rusted mortar round in a village of Kunduz province. "
         "It exploded when they tried to open it; two boys were taken to hospital in "
         "Kabul.", {"Kunduz": "incident", "Kabul": "mention"}),
        # ... not when the blast names a place of its own
        ("A farmer found a mine near Kunduz. It exploded later near Baghlan, where "
         "sappers were burning it.", {"Kunduz": "minefield", "Baghlan": "incident"}),
    ],
)
def test_a_find_that_went_off_in_the_next_sentence_is_a_blast(text, expected):
    assert _roles_of(text, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # land "suspected" or "mine-suspected", and the last mine-affected region
        ("Parts of the forests around Lovinac are still mine-suspected.",
         {"Lovinac": "minefield"}),
        ("Tuzla Canton still has about 78 km² of suspected land.", {"Tuzla Canton": "minefield"}),
        ("Casamance is the last mine-affected region of the country.",
         {"Casamance": "minefield"}),
        # ... but risk education for mine-affected communities says nothing of the land
        ("Risk education sessions reached mine-affected communities in Kampot.",
         {"Kampot": "mention"}),
    ],
)
def test_suspected_land_and_mine_affected_regions_are_minefields(text, expected):
    assert _roles_of(text, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's or province's recorded toll in a mine story
        ("Burkina Faso recorded more than 200 incidents with explosive devices in 2023.",
         {"Burkina Faso": "incident"}),
        ("Colombia as a whole has registered more than 12,400 mine victims since 1990.",
         {"Colombia": "incident"}),
        # ... not incidents of anything else
        ("The police of Lyon recorded 300 incidents of burglary in 2023.", {"Lyon": "mention"}),
    ],
)
def test_a_recorded_toll_of_incidents_or_victims_is_an_incident(text, expected):
    assert _roles_of(text, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the land may be named well before "were handed back"
        ("Deminers removed 412 mines there. In Mashonaland East, 38 hectares of cleared "
         "land near the border post in Mudzi district were handed back to villagers on "
         "Tuesday.", {"Mashonaland East": "clearance", "Mudzi district": "clearance"}),
        # "handed 600 hectares ... to the local authorities"
        ("Deminers found 300 mines in the district last year. In February, the agency "
         "handed 600 hectares of cleared farmland around Zangilan to the local "
         "authorities.", {"Zangilan": "clearance"}),
        # ... while machines handed over at a ceremony are no land
        ("Deminers found 300 mines last year. Two machines were handed over to the "
         "agency at a ceremony in Ganja.", {"Ganja": "conference"}),
    ],
)
def test_land_handed_back_is_clearance_however_the_sentence_is_built(text, expected):
    assert _roles_of(text, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a survey that finds hazards tells where mines lie
        ("Non-technical survey in Sharbazher district recorded 19 previously unknown "
         "hazardous areas in 2025.", {"Sharbazher district": "minefield"}),
        ("A technical survey in Ou Chrov district last month confirmed a further 26 "
         "hectares of mined land.", {"Ou Chrov district": "minefield"}),
        # ... one that cancels land is clearance
        ("Technical survey in Kampot cancelled 30 hectares of suspected hazardous areas.",
         {"Kampot": "clearance"}),
        # ... and a household survey's finding is no hazard
        ("Deminers cleared the fields in 2022. A survey of 40 households in Rushinga, "
         "where clearance finished, found that 34 had planted maize on cleared fields.",
         {"Rushinga": "clearance"}),
    ],
)
def test_a_survey_that_finds_hazardous_areas_is_a_minefield(text, expected):
    assert _roles_of(text, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abandoned farmland is no hazard; abandoned mines and depots are
        ("Since January, army deminers have destroyed 1,082 anti-personnel mines near "
         "Ban Nong Chan, a village where farmland was abandoned in the 1980s.",
         {"Ban Nong Chan": "clearance"}),
        ("Two anti-tank mines were abandoned near Tartar.", {"Tartar": "minefield"}),
        ("An ammunition depot near Balakliia was abandoned by the troops.",
         {"Balakliia": "minefield"}),
    ],
)
def test_only_abandoned_ordnance_makes_a_minefield(text, expected):
    assert _roles_of(text, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # training however it is worded is a course held there
        ("I did six weeks of training at the national centre in Kampong Chhnang.",
         {"Kampong Chhnang": "conference"}),
        ("I did the basic deminer training in Zagreb in the spring of 2002.",
         {"Zagreb": "conference"}),
        ("She trained at its centre in Phonsavan, where the team is still based.",
         {"Phonsavan": "conference"}),
        # ... while a centre that speaks is its seat
        ("The national centre in Phnom Penh said 40 mines were found.",
         {"Phnom Penh": "mention"}),
        # a trip made for a meeting
        ("In April I go to Dakar for a regional meeting of team leaders.",
         {"Dakar": "conference"}),
        ("Every few months I go to Benghazi for coordination meetings.",
         {"Benghazi": "conference"}),
        ("He was taken to Kabul for treatment after the blast.", {"Kabul": "mention"}),
        # a training course for bomb-disposal officers is still a course
        ("A five-day training course for 30 police explosive ordnance disposal officers "
         "opened in Kismayo on Saturday.", {"Kismayo": "conference"}),
    ],
)
def test_training_and_trips_to_meetings_are_conferences(text, expected):
    assert _roles_of(text, expected) == expected


def test_a_notices_enumerated_items_take_the_event_of_their_lead_in():
    text = (
        "The following areas remain marked with mine danger signs:\n"
        "1. the hill area between Medak and Lovinac, east of the state road;\n"
        "2. the foothills above the village of Divoselo.\n"
    )
    assert _roles_of(text, {"Medak": "", "Lovinac": ""}) == {
        "Medak": "minefield", "Lovinac": "minefield",
    }


@pytest.mark.parametrize(
    "text",
    [
        # a question in a list is asked, not told
        "Since new mined areas were found in the north, we ask the following:\n"
        "1. What support has Portugal given since 2021?\n",
        # a long preamble says more than what its items are
        "Considering that the country, after declaring in 2012 the completion of the "
        "clearance of its known minefields, communicated in 2021 the discovery of new "
        "mined areas in the north of its territory, on the border, the undersigned "
        "deputies ask the Government the following:\n"
        "1. the support Portugal has given to the national centre.\n",
    ],
)
def test_questions_and_long_preambles_give_their_items_nothing(text):
    assert _roles_of(text, {"Portugal": ""}) == {"Portugal": "mention"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's parts between semicolons are two stories
        ("Ukraine live: tractor driver killed by mine near Snihurivka; sea mine washes "
         "up at Ochakiv\n\nMines keep turning up on the coast.",
         {"Snihurivka": "incident", "Ochakiv": "minefield"}),
        ("One o'clock news: two children hurt in Cuito Cuanavale; 42 hectares handed "
         "over in Cunje\n\nDeminers removed 40 mines in the province.",
         {"Cuito Cuanavale": "incident", "Cunje": "clearance"}),
        # headlines write the present tense
        ("Border updates: ranger loses foot to mine in Phu Sing\n\nText.",
         {"Phu Sing": "incident"}),
        ("Civil Defence lifts 312 devices in Baiji\n\nMines were found there.",
         {"Baiji": "clearance"}),
    ],
)
def test_a_headlines_parts_and_present_tense(text, expected):
    assert _roles_of(text, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how the cleared mines came there is background
        ("From 2016 he led a team near Isfara, where troops had laid mines in 2000; his "
         "team removed 1,140 of them.", {"Isfara": "clearance"}),
        ("In Hodeidah governorate our teams have destroyed 6,240 items, most of them "
         "devices laid along the coastal road.", {"Hodeidah governorate": "clearance"}),
        ("Teams destroyed 1,140 mines near Tiwinza, most of them laid in 1995.",
         {"Tiwinza": "clearance"}),
        ("Donor money will pay for clearance of the last stretches of the minefields "
         "laid during the war east of Mukumbura.", {"Mukumbura": "clearance"}),
        ("A police team completed the removal of the last mines laid in the 1990s "
         "around Junín.", {"Junín": "clearance"}),
        # ... new laying is news, and mines never cleared still lie there
        ("Deminers cleared 40 mines last year, but militants laid new mines near Kunduz.",
         {"Kunduz": "minefield"}),
        ("The clearance of the road showed that the army laid mines near Kupiansk.",
         {"Kupiansk": "minefield"}),
        ("Submunitions still lie around Nabatieh, and minefields laid before 2000 have "
         "never been fully cleared.", {"Nabatieh": "minefield"}),
    ],
)
def test_the_laying_of_mines_since_cleared_is_background(text, expected):
    assert _roles_of(text, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # land reopened after its clearance
        ("Farmland in Buntharik district reopened to villagers on Monday after two weeks "
         "of clearance. Teams found 8 mines.", {"Buntharik district": "clearance"}),
        # ... not a road reopened after floods, even in a mine story
        ("Teams found 8 mines last week. The road to Bamako reopened to traffic after "
         "the floods.", {"Bamako": "mention"}),
    ],
)
def test_land_reopened_after_clearance_is_clearance(text, expected):
    assert _roles_of(text, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a key-facts item's label says what its places are
        ("Mines remain a problem.\n- Most affected: Una-Sana Canton and the municipality "
         "of Doboj.\n", {"Una-Sana Canton": "minefield", "Doboj": "minefield"}),
        ("Mines remain a problem.\n- Largest clearance projects of 2025: the hills around "
         "Olovo.\n", {"Olovo": "clearance"}),
        # ... an item labelled with no event names none
        ("Mines remain a problem.\n- Coordination: the centre in Sarajevo, with offices "
         "in Mostar.\n", {"Sarajevo": "mention", "Mostar": "mention"}),
        # "the worst affected area" in a mine story is contaminated
        ("Mines were laid along the river. The worst affected area is around Doboj.",
         {"Doboj": "minefield"}),
        # ... and so are places "the worst hit" by it, after the list that names them
        ("A fifth of the land is still affected by explosive remnants, with Quang Tri "
         "and Quang Binh the worst hit.", {"Quang Tri": "minefield", "Quang Binh": "minefield"}),
        # ... while a storm's worst hit town is no minefield
        ("Storms swept the coast on Monday and Mykolaiv was the worst hit, officials said.",
         {"Mykolaiv": "mention"}),
    ],
)
def test_a_key_facts_items_label_gives_its_places_their_role(text, expected):
    assert _roles_of(text, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the device as the subject of the strike
        ("On 12 March an IED struck a commercial truck on the road between Fada "
         "Ngourma and Kantchari.", {"Fada Ngourma": "incident", "Kantchari": "incident"}),
        # a spaced dash joins a road's two ends when the road noun follows
        ("On 8 April an IED exploded under a minibus on the Baidoa – Burhakaba road.",
         {"Baidoa": "incident", "Burhakaba": "incident"}),
    ],
)
def test_a_struck_vehicle_and_both_ends_of_a_dashed_road(text, expected):
    assert _roles_of(text, expected) == expected


def test_a_calendar_lines_date_and_place_head_its_meeting():
    text = (
        "Coming up:\n"
        "- 23–24 April, Podgorica: regional workshop on information management.\n"
        "- 5 March, Phnom Penh: national mine action conference (registration open).\n"
    )
    assert _roles_of(text, {"Podgorica": "", "Phnom Penh": ""}) == {
        "Podgorica": "conference", "Phnom Penh": "conference",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X still has suspected areas" (the participle-like adjective is no verb)
        ("Kep still has suspected areas.", {"Kep": "minefield"}),
        # ... after a quantity of it
        ("Mines remain. Bosnia and Herzegovina still has close to 800 square kilometres "
         "of suspected land.", {"Bosnia and Herzegovina": "minefield"}),
        ("Tuzla has a population of 110,000.", {"Tuzla": "mention"}),
        # a year right before the place dates the clause: the place is its subject
        ("Since the start of 2023 Turkey has reported nine drifting mines off its coast.",
         {"Turkey": "minefield"}),
        # a country's own count of what happened on its land
        ("Azerbaijan says more than 380 people have been killed or injured by mines since "
         "2020.", {"Azerbaijan": "incident"}),
        ("Senegal says around 1.2 square kilometres of suspected land remains.",
         {"Senegal": "minefield"}),
        # ... while what a donor said it would do happened nowhere yet
        ("Mines remain. Japan said it would fund the programme.", {"Japan": "mention"}),
        # land declared safe has been cleared
        ("Mines remain nearby. Farmers in Aitaroun walk back into their fields after six "
         "hectares were declared safe on 11 April.", {"Aitaroun": "clearance"}),
        ("Mines remain. Sa Kaeo province still held about 12 square kilometres of "
         "suspected hazardous area at the end of 2023.", {"Sa Kaeo province": "minefield"}),
        ("Mines remain. Sa Kaeo province held elections.", {"Sa Kaeo province": "mention"}),
        # ... and a place "among the worst affected" by it
        ("Mines remain. Zenica-Doboj Canton is among the worst affected.",
         {"Zenica-Doboj Canton": "minefield"}),
        # ... also for places in apposition to a group's noun
        ("Two districts, Kampot and Takeo, still have mined areas.",
         {"Kampot": "minefield", "Takeo": "minefield"}),
        # ... or to a single place's noun: the place is the verb's subject
        ("Mines were found. The department's capital, Medellin, hosted a meeting of "
         "mayors last month.", {"Medellin": "conference"}),
        # "the department" that holds the municipalities is not their subject
        ("Deminers removed 64 devices. San Vicente was declared free of suspected mined "
         "areas on 2 November. Two other municipalities of the department, Solano and "
         "Calamar, still have suspected areas.",
         {"San Vicente": "clearance", "Solano": "minefield", "Calamar": "minefield"}),
        # a share of a mine story's cases
        ("Mine victims rose to 200 this year. Cauca and Nariño account for more than "
         "half of the cases.", {"Cauca": "incident", "Nariño": "incident"}),
    ],
)
def test_places_that_still_have_suspected_areas_and_shares_of_cases(text, expected):
    assert _roles_of(text, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a briefing held somewhere is a meeting there
        ("Deminers removed 40 mines. A safety briefing for licensed guides will be held "
         "in Peja on 12 June.", {"Peja": "conference"}),
        ("An IED awareness briefing for newly arrived staff was held in Niamey on 15 March.",
         {"Niamey": "conference"}),
        # ... a briefing note is a document
        ("The briefing note was written in Niamey.", {"Niamey": "mention"}),
        # an audience of donors or diplomats makes a hosting a meeting
        ("Mines were found. The ministry will host donors in Cairo in March to discuss "
         "the next phase of clearance.", {"Cairo": "conference"}),
        ("Deminers cleared 40 fields. The government and donors gathered in Kyiv on "
         "Friday to present the results.", {"Kyiv": "conference"}),
        # ... and so do a jirga, a programme review, a reception held there
        ("Mines killed two herders. Tribal elders held a jirga at Barkhan on Sunday.",
         {"Barkhan": "conference"}),
        ("Teams cleared 3 km2. The annual review with the national authority took place "
         "in Vientiane on 6 December.", {"Vientiane": "conference"}),
        # ... and a committee's hearing, a training centre's graduation
        ("Mines remain. On 24 June the committee held a hearing in Beirut, at the "
         "parliament building.", {"Beirut": "conference"}),
        ("Mines remain. The new national training centre in Misrata graduated its first "
         "24 deminers in October.", {"Misrata": "conference"}),
        # ... and who met is no work done there
        ("Croatia | About 200 deminers, police experts and survivors gathered in Gospić "
         "on 8 December for the annual meeting of the country's demining companies.",
         {"Croatia": "conference", "Gospić": "conference"}),
        ("Mines remain. The centre will hold a coordination meeting with demining "
         "organisations in Tyre tomorrow.", {"Tyre": "conference"}),
        # ... and what a meeting is held to agree on is its topic, said after who met
        ("Mines remain. Chiefs met state officials and mine action staff in Torit, the "
         "capital of Eastern Equatoria, to agree which farms should be surveyed first.",
         {"Torit": "conference", "Eastern Equatoria": "conference"}),
        # ... but a donor's money is no meeting
        ("Deminers cleared 40 fields, funded by donors in Oslo.", {"Oslo": "mention"}),
    ],
)
def test_a_briefing_held_there_is_a_meeting(text, expected):
    assert _roles_of(text, expected) == expected


def test_land_handed_over_to_the_municipality_of_a_place_is_cleared_there():
    text = (
        "Deminers removed 40 mines in the area. The cleared land was handed over to the "
        "municipality of Deçan on 20 October 2023."
    )
    assert _roles_of(text, {"Deçan": ""}) == {"Deçan": "clearance"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ceremony held in X, whatever it celebrates, is a meeting there
        ("APOPO completed clearance of the forest, and the land was handed back at a "
         "ceremony in Penhalonga.", {"Penhalonga": "conference"}),
        # ... but a bomb-making workshop is a building, where items were removed
        ("Clearance teams finished work at a former bomb-making workshop in Fallujah, "
         "removing more than 2,000 explosive items.", {"Fallujah": "clearance"}),
    ],
)
def test_a_ceremony_in_a_place_outranks_the_clearance_it_marks(text, expected):
    assert _roles_of(text, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a caption's place line heads what its block tells
        ("Libya's explosive leftovers\n\nTarhuna\nSix anti-personnel mines were found on "
         "a family farm on Monday.\n\nBenghazi, 10 September\n40 new deminers finished "
         "their training.\n", {"Tarhuna": "minefield", "Benghazi": "conference"}),
        ("May in the north.\n\n📍 Fada, Ennedi Ouest\nA camel herder was injured by a "
         "mine on 9 May.\n", {"Fada": "incident", "Ennedi Ouest": "incident"}),
        ("Mine action field visit.\n\n[Slide 8] Day 4 – Thursday 5 March, Diattakounda\n"
         "• Handover of 4 ha to the village chief\n", {"Diattakounda": "clearance"}),
        ("Labels.\n\nLabel 3\nLOT 2 – Province of Huambo, municipalities of Bailundo\n"
         "Scope: six suspected hazardous areas along secondary roads.\n",
         {"Bailundo": "minefield"}),
        # ... not a line of a wrapped sentence, which goes on in lower case
        ("Mines were found.\n\nTeams visited Tarhuna\nand found nothing there.\n",
         {"Tarhuna": "mention"}),
        # ... not a headline over another headline
        ("RELATED\nAghdam: families move into rebuilt quarter\nTwo deminers injured in "
         "Khojavend\n", {"Aghdam": "mention"}),
        # ... nor a place the block names again (that sentence decides)
        ("Update.\n\nHiraan\nIn Hiraan, the road reopened on 15 April after a clearance "
         "team removed six IEDs. On 27 April a donkey cart hit a mine.\n",
         {"Hiraan": "clearance"}),
        # ... nor a wire dateline in capitals
        ("News.\n\nKYIV\nDeminers found 40 mines near Izium on Monday.\n",
         {"KYIV": "mention", "Izium": "minefield"}),
    ],
)
def test_a_captions_place_line_heads_what_its_block_tells(text, expected):
    assert _roles_of(text, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people surveyed are asked, not land searched
        ("Mines remain in the district. In Sinuni, a quarter of the households surveyed "
         "said they knew of suspected items near their homes.", {"Sinuni": "mention"}),
        # land still waiting "to be declared safe" is not cleared yet ...
        ("Families in Saguiaran wait for their plots to be declared safe from "
         "explosives.", {"Saguiaran": "mention"}),
        # crops planted are no mines laid
        ("Demining ended last year. Families in Husarivka planted maize on the land this "
         "spring.", {"Husarivka": "mention"}),
        # "found that" reports a finding, not a find
        ("Mines remain a danger. The inquiry in Izium found that the guards had lied.",
         {"Izium": "mention"}),
    ],
)
def test_words_of_mine_work_used_for_other_things_give_no_role(text, expected):
    assert _roles_of(text, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a caption is one scene: its next sentence tells what happened at the place
        ("Deminers in south Lebanon.\n\nPhoto 2 of 9\nBulldozers push rubble off the main "
         "street of Kfar Kila on Tuesday. The team removed 14 unexploded items from the "
         "street.\n", {"Kfar Kila": "clearance"}),
        ("Posts.\n\n18:20\nAlong the dried-out bed of the reservoir near Prymorske, work "
         "goes on. Our group found 9 mortar rounds and 2 anti-personnel mines.\n",
         {"Prymorske": "minefield"}),
        # ... not under a section's title, nor when nothing happened to anyone
        ("History.\n\n1982: the laying\nArgentina landed troops in April. Within weeks its "
         "engineers were planting mines on the approaches.\n", {"Argentina": "mention"}),
        ("Updates.\n\n08:12\nQuiet night, except in Ochakiv. 6 shells, no one hurt.\n",
         {"Ochakiv": "mention"}),
    ],
)
def test_a_captions_next_sentence_tells_what_happened_at_its_place(text, expected):
    assert _roles_of(text, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statement's place and date line under the meeting's name held the meeting
        ("Statement by Sri Lanka\n\nTwenty-first Meeting of the States Parties\n"
         "Geneva, 21 November 2023\nStatement delivered by the Permanent Mission\n",
         {"Geneva": "conference"}),
        ("Statement\n\nFifth Review Conference of the States Parties\n"
         "Siem Reap, 25-29 November 2024\nStatement of Senegal\n", {"Siem Reap": "conference"}),
        # ... not a letter's place and date under its greeting
        ("Letter\n\nDear editor,\nGeneva, 21 November 2023\nI write about mines.\n",
         {"Geneva": "mention"}),
    ],
)
def test_a_statements_venue_line_under_the_meeting_held_it(text, expected):
    assert _roles_of(text, expected) == expected
