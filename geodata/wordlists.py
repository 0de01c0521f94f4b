"""Word lists that tell place names from the other capitalised words of news text.

All entries are lower case (compare with ``str.casefold()`` of a token, or with
:func:`geodata.normalize.normalize_place_name` keys for multi-word entries).
The two long lists live in ``geodata/data/wordlists/`` (their origin is noted
in each file); the short ones are written here, by hand, for news about
landmines and the places where they lie.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


@cache
def common_words() -> frozenset[str]:
    """Ordinary English words (mine, police, best, nice, reading, of...)."""
    return _read_list("common_words.txt")


@cache
def given_names() -> frozenset[str]:
    """First names: a capitalised pair that starts with one is a person."""
    return _read_list("given_names.txt")


def _read_list(file_name: str) -> frozenset[str]:
    text = (
        resources.files("geodata")
        .joinpath("data", "wordlists", file_name)
        .read_text(encoding="utf-8")
    )
    return frozenset(
        line.strip()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


MONTHS = _words(
    """january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec"""
)
WEEKDAYS = _words(
    """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed
    thu thurs fri sat sun"""
)

#: Words before a name that make it a person's (Mr Hasanov, Minister Bayramov).
PERSON_TITLES = _words(
    """mr mrs ms miss mx dr prof professor sir dame lord lady madam president vice
    prime minister secretary general gen lt lieutenant col colonel maj capt
    captain sgt sergeant cpl corporal pvt private commander cmdr admiral adm
    brig brigadier marshal governor gov mayor senator sen rep representative
    congressman congresswoman ambassador envoy deputy chairman chairwoman
    chairperson chair director spokesman spokeswoman spokesperson chief head
    king queen prince princess emir sheikh sheik imam mullah ayatollah father
    pope bishop archbishop rev reverend judge justice officer inspector agent
    pastor brother sister sultan president-elect premier chancellor speaker mp
    mep founder ceo coordinator manager editor correspondent reporter journalist
    photographer analyst researcher professor dean rector premier mr. dr. st-"""
)

#: Lower-case nouns directly before a capitalised name that make it a person's
#: ("deminer Ali Aliyev", "farmer Sok Chea", "resident Olena Koval").
ROLE_NOUNS = _words(
    """deminer deminers farmer farmers resident residents villager villagers
    shepherd herder driver teacher doctor nurse soldier soldiers official
    officials commander engineer expert specialist officer coordinator manager
    adviser advisor analyst researcher journalist reporter correspondent
    photographer victim survivor survivors boy girl man woman son daughter
    husband wife father mother brother sister uncle aunt cousin grandson
    granddaughter grandfather grandmother colleague colleagues spokesman
    spokeswoman spokesperson minister president governor mayor chairman
    chairwoman director head chief deputy ambassador envoy activist lawyer
    student pupil worker workers mechanic pilot operator instructor trainer
    leader founder prosecutor investigator ranger guard sapper sappers medic
    paramedic surgeon fisherman fishermen hunter labourer laborer citizen
    tractor-driver team-leader named called dubbed"""
)

#: Verbs of speech: ``<Name> said`` / ``said <Name>``.
SPEECH_VERBS = _words(
    """said says say told tells added adds explained explains noted notes stated
    states recalled recalls warned warns urged urges announced announces
    confirmed confirms reported reports wrote writes asked asks according"""
)

#: Surname endings (Hasanov, Aliyeva, Kovalenko, Petrovic): a capitalised pair
#: that ends with one of these is a person, unless the pair is a known place.
SURNAME_SUFFIXES = (
    "ov",
    "ova",
    "ev",
    "eva",
    "yev",
    "yeva",
    "iev",
    "ieva",
    "enko",
    "chuk",
    "czuk",
    "yan",
    "yants",
    "vich",
    "vych",
    "ovic",
    "ović",
    "evic",
    "ević",
    "ski",
    "sky",
    "skyi",
    "ska",
    "skaya",
    "zadeh",
    "zade",
    "sson",
    "shvili",
    "dze",
    "ogly",
    "oglu",
    "glu",
    "kyzy",
)

#: Words that make a capitalised span an organisation: the whole span (and any
#: place inside it, as in "University of Maryland") is not a place mention.
ORG_WORDS = _words(
    """ltd limited inc incorporated corp corporation company co llc llp gmbh plc ag
    nv bv sa srl holding holdings industries enterprises solutions systems
    technologies consulting consultants logistics center centre council agency
    trust foundation ministry university college school academy institute
    institution committee commission forces force army navy guard guards brigade
    battalion regiment corps division-general group association society
    programme program office service services authority authorities bank
    organization organisation union alliance federation fund network coalition
    campaign initiative project partners partnership aid relief mission embassy
    consulate parliament assembly senate congress court tribunal party movement
    front church hospital clinic museum directorate administration secretariat
    bureau unit command headquarters staff cabinet ministries police gendarmerie
    militia militias agencies departments department club league board panel
    observatory watch times post news press herald journal tribune gazette
    independent daily telegraph guardian radio television tv broadcasting media
    reuters xinhua interfax tass azertac ukrinform international worldwide
    global charity charities ngo"""
)

#: Words that end the name of an event or a treaty ("the Vietnam War", "the
#: Ottawa Convention"): a place inside one is not a place mention.
EVENT_WORDS = _words(
    """war wars convention conventions treaty treaties agreement agreements accord
    accords declaration protocol conference conferences summit games olympics
    olympiad cup championship festival award awards prize revolution uprising
    offensive counteroffensive counter-offensive operation massacre genocide
    process talks plan strategy act law resolution day week"""
)

#: Capitalised words that are never a place on their own in this kind of text.
NOT_PLACES = _words(
    """god allah jesus christ christmas easter ramadan eid nowruz novruz islam
    muslim muslims christian christians christianity buddhism buddhist hindu
    jewish catholic orthodox internet facebook twitter telegram youtube
    instagram whatsapp tiktok google x covid coronavirus ebola sars kalashnikov
    ak hezbollah hamas taliban houthis houthi isis isil daesh al-qaeda qaeda
    wagner nato un unicef unhcr undp unmas unops icrc red crescent cross eu osce
    who gichd icbl itf halo mag nca npa dca drc fsd apopo cmac cmaa anama nmac
    dmac ima aplc ccm ottawa mr mrs ms dr said state islamic soviet communist
    republic kingdom federation emirate emirates ministry government parliament
    prime president minister monday tuesday wednesday thursday friday saturday
    sunday university college today tomorrow yesterday ap afp bbc cnn apa trend
    tass interfax reuters xinhua ukrinform azertac"""
)

#: Nationality and language adjectives (whole-word matches only, so
#: "Azerbaijani" never counts as Azerbaijan).
DEMONYMS = _words(
    """afghan afghans albanian albanians algerian algerians american americans
    angolan angolans arab arabs arabic argentine argentinian armenian armenians
    asian australian austrian azerbaijani azerbaijanis azeri azeris
    azeri-turkish bangladeshi belarusian belgian bosnian bosnians bosniak
    bosniaks brazilian british briton britons bulgarian burmese cambodian
    cambodians canadian chadian chechen chilean chinese colombian colombians
    congolese croat croatian croats cuban cypriot czech danish dutch egyptian
    emirati english eritrean estonian ethiopian european europeans filipino
    finnish french georgian georgians german germans greek iranian iranians
    iraqi iraqis irish israeli israelis italian japanese jordanian kazakh kenyan
    khmer korean kosovar kosovan kurd kurdish kurds kuwaiti kyrgyz lao laotian
    latvian lebanese libyan lithuanian macedonian malaysian malian mexican
    moldovan mongolian montenegrin moroccan mozambican myanmar nepali nepalese
    nigerian norwegian omani pakistani palestinian palestinians persian peruvian
    polish portuguese qatari romanian russian russians rwandan saudi scottish
    serb serbian serbs sinhala sinhalese slovak slovenian somali south-sudanese
    spanish sri-lankan sudanese swedish swiss syrian syrians tajik tamil tamils
    thai tibetan tunisian turkish turkmen turks ugandan ukrainian ukrainians
    uzbek venezuelan vietnamese welsh western westerners yemeni yemenis
    zimbabwean zambian african africans balkan caucasian caucasus-based
    soviet-era pashtun pashto dari urdu hindi farsi yazidi yazidis druze alawite
    sunni shia shiite shiites baloch rohingya arakanese hazara tajiks uzbeks
    lebanese-born levantine latin hispanic anglo nordic scandinavian slavic
    ottoman byzantine roman"""
)

#: Generic words after a name ("Aghdam district", "Kherson Oblast", "Mone
#: Township"), mapped to the hint recorded on the mention.
GENERIC_AFTER: dict[str, str] = {
    "district": "district",
    "districts": "district",
    "sub-district": "district",
    "subdistrict": "district",
    "rayon": "district",
    "raion": "district",
    "county": "district",
    "municipality": "municipality",
    "hromada": "municipality",
    "commune": "commune",
    "township": "township",
    "province": "province",
    "provinces": "province",
    "governorate": "governorate",
    "governorates": "governorate",
    "oblast": "oblast",
    "oblasts": "oblast",
    "region": "region",
    "regions": "region",
    "prefecture": "province",
    "department": "department",
    "state": "state",
    "division": "division",
    "territory": "region",
    "village": "village",
    "villages": "village",
    "town": "town",
    "towns": "town",
    "city": "city",
    "settlement": "village",
    "hamlet": "village",
    "valley": "valley",
    "river": "river",
    "mountains": "mountain",
    "mountain": "mountain",
    "hills": "mountain",
    "hill": "mountain",
    "heights": "heights",
    "plateau": "mountain",
    "escarpment": "mountain",
    "ridge": "mountain",
    "range": "mountain",
    "pass": "pass",
    "gorge": "valley",
    "island": "island",
    "islands": "island",
    "lake": "lake",
    "desert": "desert",
    "plain": "plain",
    "plains": "plain",
    "area": "area",
    "border": "border",
    "frontier": "border",
    "canton": "province",
    "parish": "district",
    # "Panyume payam", "Mamund tehsil", "Bandiagara cercle"
    "payam": "district",
    "tehsil": "district",
    "woreda": "district",
    "cercle": "district",
    "wilaya": "province",
    "emirate": "province",
    "krai": "province",
    "kray": "province",
    "okrug": "district",
    "voivodeship": "province",
    "field": "field",
    "fields": "field",
    "oilfield": "field",
    "peninsula": "peninsula",
    "strip": "strip",
    "corridor": "corridor",
    "forest": "forest",
    "bay": "bay",
    "sea": "sea",
    # posts and field reports abbreviate: "Izium r-n", "Kherson obl.", "Yinmabin
    # twp", "Konduga LGA", "Duhok gov." (matched as written after the name)
    "r-n": "district",
    "r-on": "district",
    "obl.": "oblast",
    "twp": "township",
    "lga": "district",
    "gov.": "governorate",
}

#: Generic words before a name, with the hint they give ("Mount Igman",
#: "Lake Chad"); capitalised in the text.
GENERIC_BEFORE: dict[str, str] = {
    "mount": "mountain",
    "mt": "mountain",
    "lake": "lake",
    "cape": "cape",
    "gulf": "gulf",
    "bay": "bay",
    "sea": "sea",
    "strait": "sea",
    "isle": "island",
    # local units of translated press, lower case before the name:
    # "in the vereda La Carmelita", "the corregimiento El Plateado"
    "vereda": "village",
    "corregimiento": "village",
    "barangay": "village",
    # posts and bulletins: "near vil. Zabukh"
    "vil": "village",
    "vill": "village",
}

#: "the village of X", "the districts of X and Y": the noun before "of".
GENERIC_OF: dict[str, str] = {
    "village": "village",
    "villages": "village",
    "hamlet": "village",
    "settlement": "village",
    "settlements": "village",
    "town": "town",
    "towns": "town",
    "city": "city",
    "cities": "city",
    "district": "district",
    "districts": "district",
    "province": "province",
    "provinces": "province",
    "region": "region",
    "regions": "region",
    "governorate": "governorate",
    "governorates": "governorate",
    "oblast": "oblast",
    "municipality": "municipality",
    "municipalities": "municipality",
    "commune": "commune",
    "communes": "commune",
    "department": "department",
    "departments": "department",
    "outskirts": "area",
    "suburbs": "area",
    "island": "island",
    "islands": "island",
    "state": "state",
    "republic": "country",
    # "the localities of Oicha and Mavivi", "the vereda of X"
    "locality": "village",
    "localities": "village",
    "community": "village",
    "communities": "village",
    "vereda": "village",
    "corregimiento": "village",
    # translated press: "the tabanca of Cafine", "the sectors of Sao Domingos and
    # Bigene", "the cercle of Bankass", "the canton of Lago Agrio"
    "tabanca": "village",
    "tabancas": "village",
    # "the aldeia of Chissonde" (Angola, Mozambique), "the douar of X" (Morocco)
    "aldeia": "village",
    "aldeias": "village",
    "douar": "village",
    "sector": "district",
    "sectors": "district",
    "cercle": "district",
    "canton": "district",
    "cantons": "district",
    "parish": "district",
    "payam": "district",
    "tehsil": "district",
    "woreda": "district",
    "chiefdom": "district",
}

#: "a rural area of Argelia": nouns of land before "of" that make the name
#: after it a place even when it is also a word or a given name.
AREA_BEFORE_OF = frozenset(
    "area areas part parts vicinity surroundings countryside outskirts suburbs".split()
)

#: Hints that ask for an administrative area rather than a settlement.
ADMIN_HINTS = frozenset(
    {
        "district",
        "municipality",
        "commune",
        "township",
        "province",
        "governorate",
        "oblast",
        "region",
        "department",
        "state",
        "division",
    }
)
#: Hints that ask for a first-level division (province, oblast, governorate).
PROVINCE_HINTS = frozenset(
    {"province", "governorate", "oblast", "region", "state", "department", "division"}
)
#: Hints that ask for a second-level division (district, rayon, township).
DISTRICT_HINTS = frozenset({"district", "municipality", "commune", "township"})
#: Lower-case words after a name that make it a project's, not a place's
#: ("the Saudi-funded Masam project").
PROJECT_WORDS = frozenset({"project", "programme", "program", "initiative"})

#: Name prefixes of Arabic places ("Ain Zara", "Deir Hafer", "Wadi Fira") and
#: of villages in Laos, Thailand and Cambodia ("Ban Naxay", "Phum Thmei"): a
#: prefix alone is not the place, the name goes on.
NAME_PREFIXES = frozenset(
    """ain ayn deir dayr tell tel tal wadi jebel jabal ras bir kafr khirbet khirbat
    beit bayt umm qasr suq souq sidi hassi abu bani beni ban phum muang""".split()
)

#: Hints that ask for a settlement.
SETTLEMENT_HINTS = frozenset({"village", "town", "city"})
#: Hints that ask for a natural feature.
FEATURE_HINTS = frozenset(
    {
        "valley",
        "river",
        "mountain",
        "heights",
        "pass",
        "island",
        "lake",
        "desert",
        "plain",
        "cape",
        "gulf",
        "field",
        "forest",
        "bay",
        "sea",
        "peninsula",
        "strip",
        "corridor",
    }
)

#: Words before a name that say it is a place ("near Tolkino", "in Dzhebrail").
STRONG_PREPOSITIONS = _words(
    """in near outside around across towards toward into nearby inside throughout
    within outskirts beyond neighbouring neighboring adjacent between"""
)
#: Weaker: a place often follows, but so do other things.
WEAK_PREPOSITIONS = _words(
    """at from to between through via along on of by off and or"""
)

#: Lower-case words that may join the parts of one name (Bosnia and
#: Herzegovina, Democratic Republic of the Congo, Sao Tome and Principe).
CONNECTORS = _words(
    """of and de del della di da do dos das du des la le les el y van von der den"""
)

#: Arabic article prefixes written before a name (al-Hudaydah, Al Hudaydah,
#: ad-Dali, ash-Shihr); tried with and without.
ARABIC_ARTICLES = _words(
    """al el ad ar as ash at az an ath adh ez es ed er et en ul ud um"""
)

#: Direction words that may make one name with the next ("southern Africa",
#: "the Middle East"), kept only when the gazetteer holds the whole name.
DIRECTIONS = _words(
    """north south east west northern southern eastern western central northeast
    northwest southeast southwest north-east north-west south-east south-west
    northeastern northwestern southeastern southwestern north-eastern
    north-western south-eastern south-western upper lower greater middle far
    near"""
)

#: The points of the compass that take "of" to point at a place ("east of X").
COMPASS_POINTS = _words(
    """north south east west northeast northwest southeast southwest north-east
    north-west south-east south-west"""
)

#: Units of a distance that take "from" to point at a place ("20 km from X").
DISTANCE_UNITS = _words(
    "km kilometres kilometers kilometre kilometer miles mile metres meters"
)

#: Lower-case words inside one place name ("Cordillera del Condor", "Santa Fe de
#: Antioquia"); "and" is not one of them.
NAME_LINKS = _words("of de del della di da do dos das du des la le y")

#: The bullet that may open a line of a list (a regex character class).
LINE_BULLET = r"(?:[-•*▪–]\ufe0f?)"  # (a post's "▪️" carries a variation selector)

#: The emoji that may open a post's line ("⚠️", "📅", "🔴"; a regex fragment).
LINE_EMOJI = "[\u203c\u2049\u2190-\u2bff\U0001f300-\U0001faff\ufe0f]{1,3}"  # (‼️ ⁉️ too)

#: The date that opens a log line: "03/07 - ", "12/05/2024 – " (a regex fragment).
LOG_LINE_DATE = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?[ \t]*[-–—][ \t]*"

#: Short and informal names of countries, keyed by normalised text, to ISO code.
COUNTRY_SHORT_FORMS: dict[str, str] = {
    "us": "US",
    "u s": "US",
    "usa": "US",
    "u s a": "US",
    "united states": "US",
    "united states of america": "US",
    "america": "US",
    "uk": "GB",
    "u k": "GB",
    "britain": "GB",
    "great britain": "GB",
    "united kingdom": "GB",
    "bosnia": "BA",
    "bih": "BA",
    "bosnia herzegovina": "BA",
    "bosnia and herzegovina": "BA",
    "dr congo": "CD",
    "drc": "CD",
    "d r congo": "CD",
    "democratic republic of congo": "CD",
    "democratic republic of the congo": "CD",
    "congo kinshasa": "CD",
    "congo brazzaville": "CG",
    "republic of the congo": "CG",
    "uae": "AE",
    "u a e": "AE",
    "emirates": "AE",
    "russia": "RU",
    "russian federation": "RU",
    "syria": "SY",
    "iran": "IR",
    "laos": "LA",
    "lao pdr": "LA",
    "vietnam": "VN",
    "viet nam": "VN",
    "north korea": "KP",
    "south korea": "KR",
    "dprk": "KP",
    "burma": "MM",
    "myanmar": "MM",
    "palestine": "PS",
    "palestinian territories": "PS",
    "occupied palestinian territory": "PS",
    "kosovo": "XK",
    "czechia": "CZ",
    "czech republic": "CZ",
    "turkey": "TR",
    "turkiye": "TR",
    "ivory coast": "CI",
    "cote d ivoire": "CI",
    "cote divoire": "CI",
    "east timor": "TL",
    "timor leste": "TL",
    "macedonia": "MK",
    "north macedonia": "MK",
    "moldova": "MD",
    "holland": "NL",
    "the netherlands": "NL",
    "netherlands": "NL",
    "swaziland": "SZ",
    "eswatini": "SZ",
    "cape verde": "CV",
    "cabo verde": "CV",
    "vatican": "VA",
    "the gambia": "GM",
    "gambia": "GM",
    "south sudan": "SS",
    "western sahara": "EH",
}

#: Short forms written in capitals only (US, UK, DRC): never matched when the
#: text writes them in lower case ("us", "car").
CAPITALS_ONLY_SHORT_FORMS = frozenset({"us", "uk", "usa", "uae", "bih", "dprk", "drc"})


# What follows the place on a letter's or statement's place-and-date line:
# ", 21 November 2023", ", 18-20 June 2024", ", March 3, 2025"
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
PLACE_DATE_LINE_END = re.compile(
    rf",[ \t]+(?:\d{{1,2}}(?:[–-]\d{{1,2}})?[ \t]+{_MONTH_WORD}|"
    rf"{_MONTH_WORD}[ \t]+\d{{1,2}},?)"
    r"(?:[ \t]+(?:19|20)\d\d)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def opens_place_and_date_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens a line that is only a place and a date."""
    if not PLACE_DATE_LINE_END.match(text, end):
        return False  # (checked first: cheap, where the line's start is not)
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip()
