"""The role of a place in an article, decided from the sentences that name it.

Roles (models.ROLES, in precedence order): ``incident`` (a blast, people or
animals killed or injured), ``minefield`` (mines found, planted or reported;
a contaminated or hazardous area), ``clearance`` (demining, survey, mines
neutralised there), ``conference`` (a conference, workshop or meeting held
there) and ``mention`` (anything else).

A role word must relate to *this* place, not merely share its sentence.
Each occurrence is judged on its own:

1. A place in a dateline ("BAKU, Azerbaijan, Nov. 28 -") is a mention.
2. Places in one list ("Sudan, Nigeria and Pakistan") share the list's head.
3. The word governing the place (skipping "the village of", "district"...)
   decides how it relates: a locative preposition ("in", "near", "outside")
   attaches it to the event word just before it ("mines were found in X"), or,
   when the phrase opens the clause ("In X, deminers ..."), to the clause;
   "from", "of", "such as", "to" make it an origin or example (a mention,
   unless the word before is itself a role word: "demining of X").
4. Without a preposition, the place is a modifier ("the Sarybaba minefield"),
   the object of a role verb ("deminers cleared X"), or a subject whose
   predicate gives the role ("X remains contaminated", "X hosted a
   conference"); any other subject is an actor, hence a mention ("Armenia
   has not handed over maps").

The place keeps the highest-precedence role over its occurrences, and the
occurrence that gave it (its first, for a mention).

Decisions where the annotation rules (eval/README.md) are silent:

- explosive ordnance risk education (EORE) in X is a mention: it teaches
  people and says nothing of the land, while the roles say what the land
  holds, what happened on it or what was done to it;
- planned clearance ("will begin clearing mines in X", "a contract to clear
  mines in X") is clearance, since clearance work is being organised there;
  "remains to be cleared" and "awaiting clearance" state that the land is
  contaminated now and are minefields;
- a country funding clearance elsewhere, an organisation's headquarters, a
  person's home town and a treaty deadline ("its Article 5 deadline") are
  mentions;
- mines found are a minefield whoever finds them ("deminers found and
  destroyed 40 mines near X"), as the role order says and as every later
  annotator read it; a place that only locates another ("Lički Osik, near
  Gospić", "12 km north of X", "the road from X") is a mention;
- the only place a sentence names takes that sentence's events, unless the
  place is an actor, an origin, a seat or a reference.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from dashboard import tables
from dashboard.gates import may_match, required_words
from dashboard.models import ROLES, Role
from dashboard.text import LABEL_DIVISION, SECTION_NUMBER, SentenceIndex
from geodata.wordlists import (
    COMPASS_POINTS,
    DISTANCE_UNITS,
    LINE_BULLET,
    LINE_EMOJI,
    LOG_LINE_DATE,
    MONTHS,
    NAME_LINKS,
    WEEKDAYS,
    opens_place_and_date_line,
)

_WINDOW_CHARS = 400
_BACKWARD_GAP_TOKENS = 3
_FORWARD_GAP_TOKENS = 2
_CLAUSE_GAP_TOKENS = 6


@dataclass(frozen=True, slots=True)
class RoleDecision:
    """The role of one place and which of its occurrences gave it."""

    role: Role
    span_index: int
    cue: str | None = None  # the word that gave the role, for explanations
    #: The role of each occurrence, in the order of the spans given.
    occurrence_roles: tuple[Role, ...] = ()
    #: Where a later "the village", "the country" speaking of this place says
    #: what happened there with this role: its facts belong to the place too.
    anaphor_offsets: tuple[int, ...] = ()
    #: The role itself came from the first of ``anaphor_offsets``: its sentence
    #: tells the event, so its facts come before those of the named occurrence.
    role_from_anaphor: bool = False


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    lower: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Cue:
    role: Role
    token_index: int  # last token of the cue
    first_index: int
    text: str
    is_verb: bool
    weak: bool = False


_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|[^\w\s]", re.UNICODE)

_MINE_NOUN = (
    r"(?:land)?mines?|mine-?fields?|uxos?|ordnance|explosives?|munitions?|"
    r"sub-?munitions?|ieds?|shells?|bomblets?|booby-?traps?|erws?|devices?|"
    r"remnants?|projectiles?|grenades?|rockets?|bombs?|mortars?|booby[- ]trap(?:s|ped)?"
)
_MINE_NOUN_WORD = re.compile(_MINE_NOUN)
# Who land is handed over to: "handed over to the population of the village of X".
_PEOPLE_GIVEN_LAND = (
    "population", "community", "communities", "inhabitants", "residents",
    "villagers", "families", "farmers", "owners",
)  # fmt: skip
# Who works on a minefield: "teams have been working along the road".
_WORKING_CREWS = r"(?:teams?|deminers|sappers|crews?|engineers)"
_WORKING_CREW_WORD = re.compile(_WORKING_CREWS)
_CUE_PATTERNS: tuple[tuple[Role, bool, bool, str], ...] = (
    # (role, is_verb, is_weak, pattern over lower-case text); for one span the
    # first pattern wins, so the more specific phrases come first.
    # "returned 1.3 square km of rice land in X to farmers", "clearance is
    # under way around X", "teams have been working along the road", "the
    # released land lies in X": clearance told without a clearing verb
    ("clearance", True, False, r"returned(?=\s+(?:[\w.,-]+\s+){1,10}?to\s+"
                               r"(?:the\s+|its\s+|their\s+)?(?:farmers|owners|residents|"
                               r"families|villagers|"
                               r"communit(?:y|ies)|locals|people|municipalit(?:y|ies)))|"
                               r"under\s*way|underway|"
                               rf"{_WORKING_CREWS}\s+(?:have\s+been\s+|"
                               r"are\s+|were\s+|had\s+been\s+)?(?:still\s+)?working|"
                               # "our teams spent the first half of April working
                               # along the Oskil", "operators that used to work in X"
                               r"spent\s+(?:[\w-]+\s+){1,6}?working|used\s+to\s+work|"
                               # "is still working through its border minefields"
                               r"working\s+through\s+(?:its|their|the)\s+(?:[\w-]+\s+)?"
                               r"(?:minefields|mined\s+areas|hazardous\s+areas)|"
                               r"(?:released|cleared|demined)\s+(?:land|areas?|fields|plots)\s+"
                               r"(?:lies|lie|is|are)"),
    # "most of the work took place in X", "the work focused on fields around X":
    # in a mine-action story the work is demining
    ("clearance", True, False, r"works?\s+(?:(?:was|were|has\s+been|have\s+been)\s+)?"
                               r"(?:took\s+place|done|carried\s+out|concentrated|focused|"
                               r"centred|centered)"),
    # "destroyed in a controlled detonation": disposal, not a blast
    ("clearance", False, False, r"controlled\s+(?:detonations?|explosions?|blasts?)"),
    # "Handover of 30 hectares of grazing land to the canton chief"
    ("clearance", False, False, r"hand-?overs?\s+of\s+"
                                r"(?:(?:the|some|about|[\d.,]+)\s+)?"
                                r"(?:ha|hectares|acres|km2|km²|square|land|fields|plots|"
                                r"farmland|cleared|released)"),
    # translated press: "proceeded to the destruction of a stock of 1,240 munitions"
    ("clearance", True, False, r"(?:destruction|removal)\s+of\s+(?:an?\s+|the\s+)?"
                                r"(?:stocks?\s+of\s+)?(?:[\d,]+\s+)?(?:[\w-]+\s+){0,3}?"
                                r"(?:(?:land)?mines|munitions|"
                                r"ordnance|items|explosives|remnants|devices|ammunition|"
                                r"stockpiles?|ieds|uxo|shells|bombs)"),
    ("clearance", True, False, r"receiv(?:ed|es|e|ing)\s+(?:their|its|the)\s+"
                               r"(?:[\w-]+\s+){0,2}?(?:land|fields|plots|farmland)\s+back|"
                               # "312 families received back farmland"
                               r"receiv(?:ed|es|e|ing)\s+back\s+(?:their\s+|the\s+)?"
                               r"(?:[\w-]+\s+){0,2}?(?:land|fields|plots|farmland)"),
    # Land declared free of mines has been cleared or released: the mine
    # word inside "free of suspected minefields" says what is gone.
    # ("committed itself to be free of mines by 2025" is a goal, nothing done)
    # "after six hectares were declared safe on 11 April"
    ("clearance", True, False, r"(?<!be\s)(?:declared|certified)\s+(?:as\s+)?(?:safe|"
                               r"mine-?free|"
                               r"clear)\b"),
    ("clearance", True, False, r"(?<!be\s)(?:free|cleared|rid)\s+of\s+(?:all\s+)?"
                               r"(?:suspicion\s+of\s+)?(?:anti-?personnel\s+)?"
                               r"(?:suspected\s+|known\s+|the\s+)?(?:(?:mined|hazardous|contaminated|"
                               r"dangerous|suspected)\s+(?:areas?|land)|(?:land)?mines?|mine-?fields?|"
                               r"mine\s+contamination|contamination|hazardous\s+areas|"
                               r"explosive\s+(?:ordnance|remnants(?:\s+of\s+war)?))|"
                               r"(?:land)?mine-?\s?free|impact-free"),
    ("minefield", True, False, r"(?:remains?|still|yet|left)\s+to\s+be\s+"
                               r"(?:cleared|demined|surveyed)|(?:not\s+yet|never|not)\s+"
                               # ("large areas could not yet be surveyed")
                               r"(?:been\s+|be\s+)?(?:cleared|demined|surveyed)|awaiting\s+"
                               r"clearance|left\s+(?:[\w-]+\s+){0,4}?(?:mined|contaminated)"),
    ("incident", True, False, r"explod(?:ed|es|ing)|exploded|detonat(?:ed|es|ing)|"
                              r"went\s+off|set\s+off|trigger(?:ed|ing|s)|"
                              # "activated an anti-personnel mine" (translated press)
                              r"activat(?:ed|ing)(?=\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                              r"(?:(?:land)?mines?|devices?|ieds?|explosives?|booby-?traps?|"
                              r"(?:explosive\s+)?arte?facts?|tripwires?))|"
                              r"(?:ran|drove|run|drive|driving)\s+over|"
                              # translated from Russian: "was blown up on a mine"
                              r"blown\s+up\s+(?:on|by)\s+(?:an?\s+|the\s+)?"
                              r"(?:[\w-]+\s+){0,3}?(?:land)?mines?\b|"
                              r"stepp(?:ed|ing)\s+on|(?:were|was|been)\s+hit|"
                              # translated French press: "a vehicle jumped on an
                              # improvised explosive device" ("a sauté sur")
                              r"jump(?:ed|s)?\s+on(?=\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                              r"(?:(?:land)?mines?|ieds?|devices?|explosives?)\b)|"
                              # "we lost a colleague in an accident near X"
                              r"lost\s+(?:a|an|one|two|three|our|his|her|their)\s+"
                              r"(?:[\w-]+\s+)?(?:colleagues?|friends?|deminers?|brothers?|"
                              r"sons?|daughters?|comrades?|team-?mates?)\s+in\s+an?\s+"
                              r"(?:accident|blast|explosion)|"
                              # "her left foot came down on an anti-personnel mine"
                              r"(?:foot|feet|leg|wheel)\s+(?:came\s+down|landed)\s+on|"
                              # "a farmer lost a cow when the animal wandered
                              # into a field marked as mined"
                              r"lost\s+(?:a|an|one|two|three|four|five|\d+|his|her|"
                              r"their)\s+(?:[\w-]+\s+)?(?:cows?|cattle|goats?|sheep|"
                              r"buffal(?:o|oes)|oxen|horses?|donkeys?|camels?|"
                              r"livestock)\b(?!\s+to\s+(?:disease|drought|floods?|"
                              r"thieves|wolves))|"
                              # "lost two of his cows to a mine", "lost eleven
                              # cattle to landmines"
                              r"lost\s+(?:[\w-]+\s+){1,4}?to\s+(?:an?\s+|the\s+)?"
                              r"(?:[\w-]+\s+)?(?:(?:land)?mines?|ieds?|"
                              r"(?:ied|mine|landmine)\s+(?:attacks|blasts|explosions))\b|"
                              # "their patrol walked into a minefield in X"
                              r"(?:walked|wandered|strayed|drove|stumbled)\s+into(?=\s+"
                              r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:mine-?field|mined))|"
                              # "an IED struck a commercial truck"
                              r"(?:(?<=ied\s)|(?<=ieds\s)|(?<=mine\s)|(?<=device\s)|"
                              r"(?<=bomb\s))(?:struck|hit|hits|strikes)|"
                              r"(?:hit|hits|hitting|struck|strikes)\s+(?:an?|the)\s+"
                              r"(?:[\w-]+\s+){0,3}?(?:(?:land)?mines?|devices?|ieds?|"
                              r"bombs?|shells?|explosives?|ordnance|munitions?|"
                              r"booby-?traps?)|"
                              r"(?:destroyed|damaged|blown\s+up)\s+by\s+(?:an?\s+)?"
                              r"(?:[\w-]+\s+)?(?:land)?mines?|"
                              r"claim(?:s|ed|ing)?\s+(?:the\s+lives|lives|cattle|"
                              r"livestock|victims|limbs)|"
                              r"killed|killing|kills|kill|injure|maim|wound|"
                              r"blew\s+up(?=\s+(?:in|near|on|at|under|inside|beside|"
                              r"outside|as|while|when|,|\.))|"
                              r"died|dies|perished|injured|"
                              r"injuring|injures|wounded|wounding|maimed|maiming|"
                              r"hurt|hospitali[sz]ed|amputated|"
                              # (a headline's "Ranger loses leg to landmine")
                              r"lo(?:st|ses|sing)\s+(?:part\s+of\s+)?(?:(?:his|her|their|"
                              r"a|both|an|one|two|three|four|several)\s+)?"
                              r"(?:(?:right|left)\s+)?(?:legs?|arms?|"
                              r"limbs?|feet|foot|hands?|eyes?|sight|lives?|life|fingers?|"
                              r"toes?)|"
                              # "a convoy lost two trucks to roadside bombs"
                              r"lost\s+(?:[\w-]+\s+){1,3}?to\s+(?:an?\s+)?(?:[\w-]+\s+)?"
                              r"(?:bombs?|(?:land)?mines?|ieds?|explosive\s+devices?)"),
    ("incident", False, False, r"explosions?|blasts?|detonations?|deaths?|dead|"
                               r"casualty|casualties|fatalit(?:y|ies)|"
                               r"injur(?:y|ies)|amputations?|victims?\s+of\s+"
                               r"(?:[\w-]+\s+){0,2}?(?:mines|landmines|explosive|ordnance|"
                               r"uxo|cluster|remnants)|(?:mine|landmine|ied|uxo)\s+"
                               r"(?:incidents?|accidents?|victims?)|"
                               # "37 incidents involving explosive devices"
                               r"(?:incidents?|accidents?)\s+(?:involving|caused\s+by)\s+"
                               r"(?:[\w-]+\s+)?(?:explosive|(?:land)?mines|ordnance|"
                               r"ieds|uxo|devices|remnants)|"
                               # a toll in a mine story: "two-thirds of the victims
                               # registered in 2023", "recorded 40 victims"
                               r"victims\s+(?:registered|recorded|reported|counted)|"
                               r"(?:registered|recorded|counted)\s+(?:(?:more|fewer)\s+than\s+|"
                               r"over\s+|about\s+|nearly\s+|almost\s+|some\s+|at\s+least\s+)?"
                               r"(?:[\d,]+|\w+)\s+(?:new\s+)?(?:victims?|"
                               # "Burkina Faso recorded more than 200 incidents with
                               # explosive devices" (only in a mine story)
                               r"incidents|accidents)"),
    # land left to clear: "Ecuador still has about 50,000 square metres to clear"
    ("minefield", True, False, r"(?:has|have|had)\s+(?:about\s+|some\s+|around\s+|"
                               r"roughly\s+|more\s+than\s+|nearly\s+|almost\s+)?[\d,.]+\s+"
                               r"(?:million\s+)?(?:square\s+(?:metres|meters|kilometres|"
                               r"kilometers|km|miles)|sq\.?\s+km|km2|hectares|acres)\s+"
                               r"(?:of\s+(?:[\w-]+\s+)?land\s+)?(?:left\s+|still\s+)?to\s+"
                               r"(?:clear|survey|demine|release)"),
    # a share of a toll: "A, B and C together account for half of the new victims"
    ("incident", True, False, r"account(?:s|ed)?\s+for\s+(?:[\w-]+\s+){0,6}?"
                              r"(?:victims|casualties|accidents|deaths|incidents|"
                              # ("... account for more than half of the cases", in
                              # a mine story)
                              r"cases)"),
    # a ranking by toll: "one of the departments with the most accidents",
    # "the country with the largest number of victims"
    ("incident", True, False, r"with\s+the\s+(?:most|highest|largest)\s+"
                              r"(?:(?:number|toll|share)\s+of\s+)?(?:recorded\s+)?"
                              r"(?:mine\s+|landmine\s+)?(?:accidents|casualties|victims|"
                              r"deaths)"),
    # "most of them happened in X", "most of the cases were recorded in X":
    # what happens in a mine story is an accident
    ("incident", True, False, r"happened|occurred|(?:cases|accidents)\s+"
                              r"(?:(?:were|was|have\s+been|had\s+been)\s+)?"
                              r"(?:recorded|reported|registered)|"
                              # "the incident took place in X" (not a meeting's)
                              r"(?:(?<=incident\s)|(?<=accident\s)|(?<=blast\s)|"
                              r"(?<=explosion\s)|(?<=tragedy\s))took\s+place"),
    # ("allowing families to plant again": crops)
    # "bombs that failed to explode are lodged in ...", "booby-trapped houses"
    ("minefield", True, False, r"(?:failed|did\s+not)\s+to\s+explode|failed\s+to\s+"
                               r"detonate"),
    ("minefield", False, False, r"booby-?trapped"),
    # (not "had planted maize or cotton on cleared fields")
    ("minefield", True, False, r"planted(?!\s+(?:[\w-]+\s+(?:or|and)\s+)?(?:maize|"
                               r"cotton|rice|wheat|crops?|trees?|beans|seeds?|cassava|"
                               r"vegetables|corn|potatoes|tobacco|sunflowers?|barley|"
                               r"sorghum|millet|saplings|orchards?|gardens?)\b)|"
                               r"plants?(?=\s+(?:[\w-]+\s+)?(?:mines|ieds|"
                               r"explosives|devices|bombs))|planting(?!\s+season)|"
                               r"laid|lay(?:ing|s)?|buried|"
                               # "drones scattered petal mines", "bombs dropped on Laos"
                               r"scatter(?:ed|ing|s)|dropped(?=\s+(?:on|over|across|"
                               r"around|near)\b)|"
                               r"(?:are|is|were|was|been|remain|remains|remained|"
                               r"still)\s+(?:\w+ly\s+|now\s+|also\s+)?mined|"
                               # "mines have been placed around the villages"
                               r"(?:(?<=mines\s)|(?<=devices\s)|(?<=ieds\s)|"
                               r"(?<=explosives\s))(?:(?:have|has|had)\s+)?(?:been\s+)?"
                               r"(?:were\s+|was\s+)?placed|"
                               # "the army has mined the embankments around X"
                               # ... "forces mined the passes", "had already mined"
                               r"(?:(?:has|have|had)\s+(?:\w+ly\s+|already\s+|also\s+)?)?"
                               r"mined(?=\s+(?:the|its|their|both)\b)|"
                               # "villagers report new scatterable mines"
                               r"report(?:s|ed)?(?=\s+(?:new\s+|more\s+|fresh\s+)?"
                               # (not "reported removing 140 mines": a clearance)
                               r"(?:(?![\w-]+ing\b)[\w-]+\s+){0,2}?"
                               r"(?:(?:land)?mines|mine-?fields|ieds)\b)|"
                               # posts: "the desert still has mines from WW2", "there
                               # are still old shells in the ditches"
                               # ("still has tens of millions of unexploded bomblets")
                               r"(?<=still\s)(?:has|have|holds?|contains?|hides?)(?=\s+"
                               r"(?:[\w-]+\s+){0,5}?(?:(?:land)?mines|shells|bomblets|"
                               r"ordnance|uxos?|(?:sub)?munitions|explosives)\b)|"
                               r"there\s+(?:are|is|remain)\s+still(?=\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:(?:land)?mines|shells|bomblets|ordnance|uxos?|"
                               r"submunitions|explosives)\b)|"
                               # "still suspected of holding mines"
                               r"suspected\s+(?:of\s+(?:holding|containing|hiding)|to\s+"
                               r"(?:hold|contain|hide))(?=\s+(?:[\w-]+\s+){0,2}?(?:(?:land)?mines|"
                               r"explosives|ordnance|uxo|ieds|munitions|bomblets|submunitions))|"
                               r"contaminated|littered|riddled|infested|laced|sown|"
                               # "two boys came across a cluster bomblet near X"
                               r"(?:came|come|comes|coming)\s+across(?=\s+(?:[\w-]+\s+)"
                               r"{0,4}?(?:(?:land)?mines?\b|mine-?fields?|bomblets?|shells?|"
                               r"bombs?|ordnance|devices?|grenades?|rockets?|submunitions?|"
                               r"explosives?|uxos?|ieds?|munitions?))|"
                               # "nomads had seen what looked like mines"
                               r"(?:saw|seen)\s+what\s+(?:looked|appeared)\s+"
                               r"(?:like|to\s+be)|"
                               r"plough(?:ed|ing|s)?\s+(?:up|out)|turn(?:ed|ing|s)?\s+up|"
                               # police and troops "recovered 16 IEDs" in a search: a
                               # find (deminers' "recovered" is their clearance)
                               r"(?:police|troops|forces|personnel|soldiers|rifles|"
                               r"gendarmes|gendarmerie|bds)\s+(?:[\w-]+\s+){0,3}?"
                               r"recover(?:ed|s)|recover(?:ed|s)(?=[^.;]{0,100}\bsearch\s+"
                               r"operation)|"
                               r"dug\s+(?:up|out)|digging\s+(?:up|out)|"
                               # "1,600 km2 of Cambodia are still suspected of
                               # contamination"
                               r"suspected\s+of\s+(?:contamination|containing|being\s+"
                               r"(?:mined|contaminated))|"
                               # "devices have also been reported in Zulia state"
                               r"(?:mines|devices|bomblets|explosives)\s+(?:have|has|had|"
                               r"were|was)\s+(?:also\s+)?(?:been\s+)?reported|"
                               # ("a survey found that 34 families had planted"
                               # reports a finding, not a find)
                               r"found(?!\s+that\b)|finding|finds|find|"
                               r"discovered(?!\s+that\b)|detected|"
                               r"uncovered|spotted|located|identified|unearthed|"
                               # a find confirmed, not a report ("as was confirmed
                               # by police") nor support ("donors confirmed support")
                               r"confirmed(?!\s+(?:(?:its|their|continued|further|new)\s+)?"
                               r"(?:support|funding|funds|contributions?|commitments?|"
                               r"pledges?|participation|attendance))"
                               r"(?=\s+(?:[\w,-]+\s+){0,5}?(?:(?:land)?mines?\b|"
                               r"mined|mine-?fields?|contaminat|hazard|presence|devices?|"
                               r"bomblets?|ordnance|uxo|explosive|submunitions?|ieds?|cluster|remnants|"
                               r"areas?\b))|"
                               # "a sea mine washes up at X"
                               r"(?:(?<=mine\s)|(?<=mines\s)|(?<=shell\s)|(?<=shells\s))"
                               r"wash(?:ed|es)\s+(?:up|ashore)|"
                               r"mapped|wash(?:ed|es)\s+(?:out|away|up)(?=\s+(?:[\w-]+\s+){0,5}?"
                               r"(?:mines?|bomblets?|shells?|devices?|ordnance|munitions))|"
                               r"marked(?!\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:anniversary|day|start|end|beginning|occasion|"
                               r"launch))|fenced(?:\s+off)?|cordoned\s+off|"
                               # ("troops abandoned Kherson" left a town; "abandoned
                               # ordnance", "mines were abandoned" lie there)
                               r"lying|left\s+behind|(?:was|were|been)\s+abandoned|"
                               r"abandoned(?=\s+(?:[\w-]+\s+){0,3}?(?:(?:land)?mines?|"
                               r"ordnance|munitions|explosives?|ammunition|shells?|"
                               r"devices?|bombs?|positions|trenches|bunkers|minefields?)"
                               r"\b)|"
                               r"remains?\s+there|remain(?:s|ed)?\s+"
                               r"(?:in\s+the\s+ground|buried|hidden|uncleared)"),
    # "about 20 square kilometres remain", "still has 50,000 square metres to clear"
    ("minefield", True, False, r"(?:square\s+(?:kilomet(?:re|er)s|met(?:re|er)s)|km2|"
                               r"hectares|acres|\d[\d,]*|minefields|mines|"
                               # ("Smaller areas remain in Vavuniya")
                               r"(?:smaller|larger|suspected|hazardous|contaminated|"
                               r"mined)\s+areas)\s+"
                               r"(?:[\w-]+\s+){0,3}?(?:remain|remains|"
                               r"remained)|(?:still\s+)?(?:has|have|had)\s+(?:about\s+|some\s+|"
                               r"nearly\s+|more\s+than\s+)?[\d,.]+\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:left\s+)?to\s+(?:clear|demine|survey)"),
    # "a resident reported an unexploded mortar round": a find ("reported
    # clearing 318 mines" tells the clearing; "reported 293 casualties from
    # explosive ordnance" tells a toll)
    ("minefield", True, False, r"reported\s+(?!\w+ing\b)"
                               r"(?:an?\s+|the\s+|\d+\s+|two\s+|three\s+|several\s+)?"
                               r"(?:(?!casualt|victim|death|injur|incident|accident)"
                               r"[\w-]+\s+){0,3}?(?:(?:land)?mines?|shells?|"
                               # ("reported 26 items of ERW", "34 items of unexploded
                               # ordnance")
                               r"items\s+of\s+(?:[\w-]+\s+)?(?:erw|uxo|ordnance)|"
                               r"rounds?|devices?|grenades?|bombs?|bomblets?|uxos?|ordnance|"
                               r"explosives?|rockets?|missiles?|projectiles?)"),
    # "the remaining contamination lies along the old lines around A, B and C"
    ("minefield", True, False, r"(?:contamination|mines|mine-?fields|"
                               r"hazardous\s+areas?|remaining\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:areas?|land|fields|plots))"
                               r"\s+(?:[\w-]+\s+){0,2}?(?:lies|lie|lay|"
                               # ("mines on the stretch of border": a noun there)
                               r"(?<!the\s)(?<!\ba\s)stretch(?:es)?|"
                               r"runs?|(?:is|are)\s+concentrated)"),
    ("minefield", False, False, r"(?:still\s+)?affected\s+by\s+(?:explosive\s+remnants|"
                                r"(?:land)?mines|ordnance|uxo|contamination|cluster\s+"
                                r"munitions)"),
    ("minefield", False, False, r"(?:most|more|heavily|badly|densely|worst)\s+"
                                r"(?:\w+ly\s+)?(?:mined|contaminated|mine-affected)|"
                                # "Most affected: Una-Sana Canton" (a mine story's)
                                r"(?:most|worst)\s+affected|(?:the\s+)?(?:worst|hardest)[\s-]+hit"),
    # "94 unexploded items in and around A, B and C"
    ("minefield", False, False, r"unexploded\s+(?:[\w-]+\s+)?(?:items|devices|shells|"
                                r"bombs|rounds|submunitions|bomblets|projectiles|"
                                r"rockets|grenades)"),
    ("minefield", False, False, r"mine-?fields?|(?:mined|contaminated)\s+(?:areas?|"
                                r"lands?|fields?|plots?|zones?|sites?|belts?|strips?|"
                                r"stretch(?:es)?|sections?|slopes?|hillsides?|forests?|"
                                r"paths?|tracks?|territor(?:y|ies)|roads?)|contamination|"
                                r"(?:suspected|confirmed)\s+hazardous\s+areas?|"
                                r"hazardous\s+areas?|danger\s+areas?|"
                                # "the land still under suspicion in each district"
                                r"(?<!free\sof\s)under\s+suspicion|"
                                r"suspected\s+(?:mined\s+|dangerous\s+)?(?:areas?|"
                                r"sites?|zones?|plots?|fields?|land)|"
                                r"(?:mined|hazardous|dangerous)\s+(?:sites?|zones?)|"
                                # "Parts of X are still mine-suspected", "the last
                                # mine-affected region of Senegal"
                                r"mine-?suspected|(?:mine|erw|uxo)-(?:affected|"
                                r"contaminated)\s+(?:regions?|provinces?|districts?|"
                                r"areas?|countr(?:y|ies)|villages?|communes?|land|"
                                r"municipalit(?:y|ies)|zones?|territor(?:y|ies))"),
    # A bare mine noun is the weakest cue ("the problem of landmines in X"):
    # any other role word in reach wins over it.
    ("minefield", False, True, r"(?:land)?mines|uxos?|unexploded\s+(?:ordnance|"
                               r"munitions)|explosive\s+remnants(?:\s+of\s+war)?|"
                               r"cluster\s+munitions|booby-?traps|ieds"),
    # ("40 mines scattered over a forest clearing": a glade)
    ("clearance", True, False, r"de-?min(?:ed|es)|clear(?:ed|s)?|"
                               r"(?<!forest\s)(?<!\ba\s)clearing|"
                               r"neutrali[sz](?:ed|ing|es)?|defus(?:ed|ing|es)?|"
                               r"destroy(?:ed|ing|s)?|disposed|dispos(?:ing|es)|"
                               r"recover(?:ed|ing|s)?|cancel(?:l?ed|ling|s)?|checked|"
                               r"work(?:ing|ed|s)?\s+on(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                               r"(?:mine-?fields?|hazardous\s+areas?))|"
                               r"(?:blew|blown|blowing)\s+up(?=\s+(?:a|an|the|its|their|\d+|"
                               r"two|three|four|five|six|several|dozens|some|them|it|more|"
                               r"about|over)\b)|"
                               r"removed|removing|released|"
                               # (not "households surveyed", "surveyed 1,208 families")
                               r"(?<!households\s)(?<!respondents\s)(?<!people\s)"
                               r"(?<!families\s)(?<!residents\s)(?<!villagers\s)"
                               r"(?:surveyed|surveying)(?!\s+(?:[\d,]+\s+)?(?:households|"
                               r"people|respondents|families|residents|villagers)\b)|"
                               r"(?:swept|sweeping)(?=\s+(?:[\w-]+\s+){0,3}?for\s+"
                               r"(?:mines|explosives|ordnance))|dismantled|lifted|lifting|"
                               r"lifts|"
                               r"hand(?:ed|s|ing)?\s+(?:[\w-]+\s+){1,5}?back\s+to|"
                               # "In March we gave 9 hectares back to farmers"
                               r"g[ai]ve\s+(?:[\w-]+\s+){1,5}?back\s+to|"
                               # "ANAMA handed 600 hectares of cleared farmland
                               # around X to the local authorities"
                               r"hand(?:ed|s|ing)?\s+(?:about\s+|some\s+|over\s+|more\s+"
                               r"than\s+)?[\d,.]+\s+(?:hectares|acres|km2|square\s+"
                               r"(?:kilomet|met)(?:re|er)s)|"
                               # ("handed over 4.9 hectares of cleared land")
                               r"hand(?:ed|s|ing)?\s+(?:back|over)\s+(?:[\w.,-]+\s+)"
                               r"{0,5}?(?:land|territory|areas?|fields?|hectares|acres|"
                               r"pastures?|plots?|"
                               r"farmland|orchards?)|"
                               r"(?:was|were|been|is|are)\s+handed\s+(?:back|over)|"
                               # "farmland in X reopened to villagers on Monday
                               # after two weeks of clearance" (in a mine story)
                               r"re-?opened\s+(?:to|for)\s+(?:the\s+)?(?:villagers|"
                               r"farmers|traffic|public|residents|families|people|use|"
                               r"cultivation|farming|grazing)|"
                               # a headline's "42 hectares handed over in X"
                               r"(?:(?<=hectares\s)|(?<=acres\s)|(?<=land\s)|(?<=km2\s))"
                               r"handed\s+(?:back|over)|"
                               # "handed over to the population of the village of X
                               # 12 hectares", translated press
                               r"hand(?:ed|s|ing)?\s+(?:back|over)\s+to\s+(?:the\s+)?"
                               rf"(?:[\d,]+\s+)?(?:local\s+)?(?:{'|'.join(_PEOPLE_GIVEN_LAND)})|"
                               # land given back for use once it is safe ("families
                               # returned to their farms" are people coming home)
                               r"(?<!families\s)(?<!villagers\s)(?<!residents\s)"
                               r"(?<!people\s)(?<!households\s)(?<!they\s)(?<!who\s)"
                               r"(?:returned|released|given\s+back)\s+to\s+"
                               r"(?:the\s+|its\s+|their\s+|a\s+)?(?:local\s+)?"
                               r"(?:farmers?|farms?|owners?|residents|families|villagers|"
                               r"communit(?:y|ies)|locals|people|use|cultivation|"
                               r"agriculture|productive\s+use)"),
    ("clearance", False, False, r"de-?mining|de-?miners?|clearance|sappers?|"
                                r"eod|mine\s+action\s+(?:operations?|teams?|work)|"
                                r"(?:non-)?technical\s+surveys?|land\s+release|"
                                r"(?<!household\s)(?<!perception\s)(?<!opinion\s)"
                                r"surveys?(?!\s+of\s+(?:[\d,]+\s+)?(?:households|people|"
                                r"respondents|families|residents|villagers)\b)|"
                                r"disposal|neutrali[sz]ation|bomb\s+squads?"),
    ("conference", True, False, r"host(?:ed|s|ing)?|convened|convenes|gathered|"
                                r"trained|graduated|"
                                r"launch(?:ed|es|ing)?|presented|unveiled|"
                                r"held|holds|took\s+place|takes\s+place|"
                                r"organi[sz]ed|met|meet|meets"),
    ("conference", False, False, r"conferences?|"
                                 # ("a prosthetics workshop in Hpa-An": a place of work)
                                 r"(?<!prosthetics\s)(?<!prosthetic\s)(?<!orthopaedic\s)"
                                 r"(?<!orthopedic\s)(?<!repair\s)(?<!carpentry\s)"
                                 # ("a former bomb-making workshop in Fallujah")
                                 r"(?<!making\s)"
                                 r"workshops?|meetings?|summits?|"
                                 # "a safety briefing for guides will be held in X"
                                 r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?briefing(?!\s+(?:notes?|"
                                 r"papers?|documents?))|briefings|"
                                 # a funeral or memorial is a ceremony held there
                                 r"funerals?|memorial\s+(?:services?|ceremon(?:y|ies))|"
                                 r"farewell\s+ceremon(?:y|ies)|"
                                 r"forums?|symposi(?:um|a)|seminars?|"
                                 r"round-?\s?tables?|congress(?:es)?|trainings|"
                                 # "did six weeks of training in X", "the basic
                                 # deminer training in Zagreb"
                                 r"(?:a|the|of|my|his|her|their|our)\s+(?:[\w'’-]+\s+){0,3}?"
                                 r"training(?!\s+(?:centres?|centers?|schools?|"
                                 r"grounds?|facilit(?:y|ies)|camps?|bases?|sites?|"
                                 r"areas?|ranges?|courses?|sessions?|programmes?|"
                                 r"programs?|workshops?))|"
                                 r"training\s+(?:courses?|"
                                 r"sessions?|programmes?|programs?|workshops?)|"
                                 # ("a six-week deminer's course")
                                 r"(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?course(?!\s+of)|"
                                 r"courses|panels?|exhibitions?|"
                                 r"expos?|gatherings|(?:a|the)\s+gathering|"
                                 r"ceremon(?:y|ies)|launch(?:es)?|presentations?|talks|"
                                 r"(?:agreements?|memorand\w+|accords?|contracts?)\s+"
                                 r"(?:was\s+|were\s+)?signed|"
                                 # "signed a declaration of peace in Asmara"
                                 r"signed\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                                 r"(?:agreements?|declarations?|accords?|memorand\w+|"
                                 r"treaty|treaties|protocols?|deals?)"),
)  # fmt: skip
_CUES = tuple(
    (role, is_verb, is_weak, re.compile(rf"\b(?:{pattern})\b"))
    for role, is_verb, is_weak, pattern in _CUE_PATTERNS
)
# A sentence holding none of a pattern's words is not scanned with it.
_CUE_WORDS = tuple(required_words(pattern) for _, _, _, pattern in _CUES)
# Verbs that name a role only when the sentence is about mines or meetings.
_NEEDS_MINE_NOUN = re.compile(
    r"^(?:found|finding|finds|find|discovered|detected|uncovered|spotted|located|laced|sown|"
    r"confirmed|mapped|washed\s+\w+|"
    r"plough\w*\s+up|turn\w*\s+up|dug\s+up|digging\s+up|"
    r"identified|unearthed|marked|plant\w*|laid|lay\w*|buried|clear(?:ed|ing|s)?|"
    r"destroy\w*|dispos\w*|recover\w*|cancel\w*|checked|(?:blew|blown|blowing)\s+up|"
    r"returned|under\s*way|underway|.*working|(?:released|cleared|demined)\s.*|"
    r"removed|removing|released|swept|"
    r"sweeping|"
    r"dismantled|"
    r"lifted|lifting|hand\w*\s.*|(?:was|were|been|is|are)\s+handed\s.*|fenced.*|"
    r"lying|left\s+behind|abandoned|(?:returned|given\s+back)\s.*|released\s.*|"
    r"cordoned.*|surveyed|surveying|surveys?|hurt|"
    r"dead|deaths?|killed|killing|kills|died|dies|perished|injur\w*|wound\w*|"
    r"casualt\w*|fatalit\w*|triggered|activated|set\s+off|went\s+off|blasts?|"
    r"(?:were|was|been)\s+hit|(?:registered|recorded|counted)\s.*(?:incidents|accidents)|"
    r"re-?opened\s.*|(?:most|worst)\s+affected|account.*\scases)$"
)
# Finding mines is a minefield, whoever finds them: the role order puts it
# before clearance (annotators of three independent sets read it so).
_DISCOVERY = re.compile(
    r"^(?:found|finding|finds|find|discovered|detected|uncovered|confirmed|spotted|"
    r"located|identified|unearthed)$"
)
_NEEDS_MEETING = re.compile(
    r"^(?:host\w*|convened|convenes|gathered|held|holds|took\s+place|trained|"
    r"launch\w*|presented|unveiled|presentations?|"
    r"takes\s+place|organi[sz]ed)$"
)
_MINE_CONTEXT = re.compile(
    rf"\b(?:{_MINE_NOUN}|explosions?|blasts?|exploded|detonat\w+|mined|demin\w+|"
    r"clearance|contaminat\w+|"
    r"de-?miners?|sappers?|unexploded|cluster|tripwires?)\b"
)
_MEETING_CONTEXT = re.compile(
    r"\b(?:conferences?|workshops?|meetings?|summits?|forums?|symposi(?:um|a)|"
    r"seminars?|round-?\s?tables?|congress(?:es)?|trainings?|panels?|exhibitions?|"
    r"expos?|events?|games|olympi\w+|festivals?|ceremon(?:y|ies)|agreements?|"
    r"memorand\w+|accords?|reports?|launch\w*|courses?|briefings?|"
    # an audience makes it a meeting: "presented to donors in X", "host donors"
    r"donors|diplomats|ambassadors|delegat(?:es|ions?)|"
    r"jirgas?|shuras?|reviews?|receptions?|graduations?|hearings?)\b"
)
_MINE_CONTEXT_WORDS = required_words(_MINE_CONTEXT)
_MEETING_CONTEXT_WORDS = required_words(_MEETING_CONTEXT)

_BROAD_REGION = re.compile(
    r"\b(?:Africa|Asia|Europe|America|Americas|Middle\s+East|Balkans|Caucasus|Sahel|"
    r"Pacific|Caribbean|Latin\s+America|Oceania)$"
)
_LOCATIVE = frozenset(
    "in at near outside around across throughout inside within into on along "
    "between beyond off through over under nearby amid among "
    "beside behind opposite above below".split()
)
_NON_LOCATIVE = frozenset(
    "from of to for with against by like including about regarding concerning "
    "than via per versus vs as".split()
)
# Words skipped when looking for the word that governs a place.
_FILLERS = frozenset(
    "the a an this that village villages town towns city cities district districts "
    "region regions province provinces oblast oblasts rayon raion settlement "
    "settlements area areas territory territories outskirts suburbs suburb vicinity "
    "countryside community communities municipality municipalities hromada county "
    "commune communes "
    # local units in translated or regional press: "in the daïra of Bir el Ater"
    "daira daïra wilaya wilayas raions rayons hromadas tehsil tehsils payam payams "
    "kebele kebeles woreda woredas mintaqa nahiya muang tambon amphoe upazila "
    "municipio departamento "
    # "on the rubber plantation of Tan Long commune", "the coffee farms of X"
    "rubber tea coffee cocoa cashew banana cotton sugarcane cassava "
    # "completed the clearance of the last mined areas of Navarino Island"
    "last remaining mined contaminated suspected hazardous "
    # "a town in the breakaway region of Transnistria", "the merged districts
    # of Khyber Pakhtunkhwa"
    "breakaway autonomous disputed separatist self-proclaimed merged tribal "
    "counties state states part parts northern southern eastern western central "
    "north south east west northeast northwest southeast southwest north-east "
    "north-west south-east south-west occupied liberated former de-occupied "
    "frontline front-line border nearby neighbouring neighboring rural remote "
    "heavily mined small tiny large mountain mountainous forest forests fields "
    "field farmland farmlands road roads highway outskirt edge edges areas "
    "liberated-territories km kilometres kilometers miles metres meters "
    "several some many other its their his her our whole entire capital both "
    "either lower upper valley valleys plain plateau per cent percent "
    # "Djibo, the main town of the Soum province", "the provincial capital of X"
    "main chief provincial regional administrative "
    # "in residential areas of Khartoum", "the farming areas of X"
    "residential agricultural farming grazing populated inhabited built-up "
    "governorate governorates department departments canton cantons prefecture "
    "prefectures old ancient historic archaeological industrial vereda veredas "
    "corregimiento parish barangay payam "
    "south-western north-western south-eastern north-eastern "
    "southwestern northwestern southeastern northeastern so-called foothill "
    "foothills coastal urban".split()
)
_FILLER_NOUNS_BEFORE_OF = frozenset(
    "village town city district region province oblast rayon settlement area "
    "territory territories outskirts suburbs vicinity countryside community "
    "municipality commune county state part parts north south east west northeast "
    "northwest southeast southwest north-east north-west south-east south-west "
    "edge edges center centre heart capital areas regions districts villages "
    "much most half neck tip mouth foot forest forests woods hills mountains "
    # "the whole of Sisak-Moslavina County was declared free"
    "whole "
    "hectares acres kilometres kilometers cent percent fifth quarter third "
    "hamlet hamlets neighbourhood neighborhood quarter farm farms camp camps "
    "desert fields farmland valley plains orchards countryside rest remainder "
    # "lost a foot in a field of the municipality of Teorama"
    "field plot plots pasture pastures "
    # translated press: "at the exit of the village of X", "the tabanca of X"
    "exit entrance tabanca tabancas enclave enclaves "
    "slopes slope foothills bank banks shore shores side sides approaches "
    "towns cities provinces settlements states counties oblasts communities "
    "municipalities km kilometres kilometers miles metres "
    "meters "
    # administrative and local nouns of translated press: "in the circle of
    # Bandiagara", "the sector of Smara", "the streets of Izium"
    "circle cercle sector prefecture vereda wilaya department governorate canton "
    "streets site zone "
    # "defused 37 devices on the roads of the Tillabéri region"
    "roads paths tracks "
    # "in Panyume payam of Morobo County", "the parish of General Farfán", "the
    # daïra of X", "the tambon of X"
    "payam parish corregimiento tehsil woreda kebele locality hromada aldeia douar "
    "daira daïra wilayas raion raions rayons hromadas tehsils payams kebeles woredas "
    "mintaqa nahiya muang tambon amphoe upazila municipio departamento "
    "sub-district subdistrict township "
    # "in the governorates of Marib, Taiz and Shabwa", "the rubber plantation of
    # Tan Long commune", "the basin of the Cenepa river"
    "governorates departments cantons prefectures localities sectors zones "
    "plantation plantations lands basin".split()
)
_CHAIN_GENERICS = frozenset(
    "village commune district municipality province region oblast county canton "
    "department governorate raion rayon township payam parish woreda tehsil "
    "hromada state territory".split()
)
_DISTANCE = DISTANCE_UNITS
_LISTED_GENERICS = _CHAIN_GENERICS | frozenset(
    "valley river mountains hills plain plateau lake forest desert region".split()
)
_DIRECTIONS = COMPASS_POINTS
# "the road to X": a way leading to a place lies near it.
_WAYS = frozenset(
    "road roads route routes highway track tracks path paths trail way "
    "approach approaches coast coastline railway corridor stretch".split()
)
# "the stretch (section) of border between X and Y": a way along the border
_STRETCHES = _WAYS | frozenset("section sections length part".split())
# "a team was sent to X": whoever is sent somewhere acts there.
_SENT = frozenset(
    "sent deployed dispatched redeployed despatched called rushed assigned".split()
)
_MENTION_NOUNS_BEFORE_EXAMPLES = frozenset(
    "countries country states nations nation delegations delegates delegation "
    "representatives participants organisations organizations companies "
    "governments partners donors members allies embassies ministries".split()
)
_CLAUSE_BREAKS = frozenset(';:—–()"“”')
_CLAUSE_OPENERS = frozenset(
    "and but while whereas when after before although though because since as "
    "where which who that".split()
)
_COPULA_PREDICATE = re.compile(
    r"^(?:,\s*which\s+|,\s*where\s+)?(?:also\s+|still\s+|now\s+)*"
    r"(?:(?:is|are|was|were)\s+(?:often\s+|still\s+|widely\s+)?(?:described\s+as|"
    r"considered|regarded\s+as|seen\s+as)|"
    r"(?:is|are|was|were)\s+(?:still\s+|both\s+|also\s+)*(?:believed|thought|said|"
    r"known|reported|estimated|suspected)\s+to\s+be|(?:is|are|was|were)\s+(?:still\s+|both\s+|"
    r"also\s+)*(?:listed|considered|classified|recorded|registered)\s+as|"
    r"is|are|was|were|remains?|remained|has\s+been|"
    r"have\s+been|had\s+been|became|becomes|is\s+still|are\s+still|was\s+still|"
    r"were\s+still)\s+(?:still\s+|now\s+|also\s+|one\s+of\s+the\s+(?:most\s+)?|"
    r"among\s+the\s+(?:countries\s+|places\s+|areas\s+|regions\s+)?(?:most\s+)?|"
    r"the\s+(?:(?:second|third|fourth|last|only)\s+)?(?:most\s+)?|"
    r"\w+ly\s+|badly\s+|severely\s+|"
    # "was the most recent municipality to be declared free of known minefields"
    r"the\s+(?:most\s+recent|latest|last|first|next)\s+(?:[\w-]+\s+){1,2}?to\s+"
    r"(?:be\s+|have\s+been\s+)|"
    r"heavily\s+)*(?P<word>mined|contaminated|littered|riddled|infested|laced|sown|bombed|"
    r"mine-?affected|mine-?suspected|affected\s+by\s+(?:land)?mines|strewn|"
    r"peppered|seeded|"
    # translated French press: "remain the most polluted of the national territory"
    r"polluted|"
    r"hazardous|dangerous|cleared|demined|"
    r"declared\s+(?:(?:mine-?)?free|cleared|clear|safe))"
)
_HOST_PREDICATE = re.compile(
    r"^(?:,?\s*which\s+)?(?:will\s+|has\s+|have\s+|had\s+|also\s+|recently\s+|"
    r"is\s+to\s+|is\s+set\s+to\s+)*(?:host(?:s|ed|ing)?|convened|organi[sz]ed|"
    r"welcomed)\b(?P<rest>[^.;]{0,80})"
)
_DATELINE_AFTER = re.compile(
    r"^\s*(?:\([^)]{1,30}\)\s*)?,\s*(?:[A-Z][\w.'’ -]{1,30},\s*)?"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|"
    r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|"
    r"\([A-Z][\w ]{1,20}\)\s*[-–—])|^\s*(?:,\s*[A-Z][\w.'’ -]{1,30})?\s+[-–—]\s|"
    r"^\s*,\s*[A-Z][\w.'’ -]{1,30}?\s*\([A-Z][\w ]{1,20}\)\s*[-–—]"
)
_DATELINE_BEFORE = re.compile(r"^(?:[A-Z][\w.'’ -]{0,30},\s*)?$")


MAX_OCCURRENCES_JUDGED = 100


def assign_roles(
    text: str,
    places: Sequence[Sequence[tuple[int, int]]],
    *,
    sentences: SentenceIndex | None = None,
    kinds: Sequence[str | None] | None = None,
) -> list[RoleDecision]:
    """Return one decision per place, given each place's occurrences in ``text``.

    ``places[i]`` lists the ``(start, end)`` spans of place ``i``; lists and
    coordination are judged across places, so pass every place of the text.
    ``kinds[i]`` is place ``i``'s gazetteer feature kind ("country",
    "settlement"...); with it, "the village" or "the country" in a later
    sentence can give its role to the place it speaks of.
    """
    index = sentences if sentences is not None else SentenceIndex(text)
    every_span = sorted(span for spans in places for span in spans)
    decisions = [
        assign_role(text, spans, sentences=index, all_spans=every_span)
        for spans in places
    ]
    if kinds is not None:
        decisions = _with_anaphors(text, places, kinds, decisions, index, every_span)
        decisions = _with_dateline_regions(text, places, kinds, decisions, index)
    return _with_table_rows(text, places, _with_lead_ins(text, places, decisions))


def _with_table_rows(
    text: str,
    places: Sequence[Sequence[tuple[int, int]]],
    decisions: list[RoleDecision],
) -> list[RoleDecision]:
    """Give a place the event the row of a column table records for it.

    "Battambang   1   3   1,204" under "Province  Killed  Injured  AP mines"
    is a toll there; the row's words alone tell nothing, so the header's
    columns are read (:mod:`dashboard.tables`). The row's role stands beside
    those of the place's other sentences: the most specific wins.
    """
    result = list(decisions)
    if not tables.may_hold_records(text):
        return result
    for place, spans in enumerate(places):
        for span_index, (start, _) in enumerate(spans[:MAX_OCCURRENCES_JUDGED]):
            row = tables.record_at(text, start)
            role = row.role if row is not None else None
            current = result[place]
            if role is None or ROLES.index(role) >= ROLES.index(current.role):
                continue
            roles = _occurrence_roles_with(current, len(spans), span_index, role)
            result[place] = RoleDecision(role, span_index, None, roles)
    return result


def _occurrence_roles_with(
    decision: RoleDecision, count: int, index: int, role: Role
) -> tuple[Role, ...]:
    """Each of the place's ``count`` occurrence roles, ``index``'s now ``role``."""
    roles = decision.occurrence_roles or (decision.role,) * count
    return (*roles[:index], role, *roles[index + 1 :])


# A row of a list or table that opens with its place and gives figures:
# "Iran – 3 – 4", "- Ta Phraya district: 2.1 square kilometres".
_ROW_BEFORE = re.compile(rf"[ \t]*(?:{LINE_BULLET}[ \t]*)?")
_ROW_AFTER = re.compile(
    r"(?:[ \t]+[a-z]+)?[ \t]*(?:[-–—:|][ \t]*)[^\n]*\d", re.IGNORECASE
)
# "▪️ Lachin district, vil. Zabukh and vil. Sus – 26 anti-personnel mines": every
# place of the row's label, before its spaced dash or colon
_ROW_LABEL = re.compile(
    rf"[ \t]*(?:{LINE_BULLET}[ \t]*)?(?P<label>[A-Z][^\n:–—|]{{0,80}}?)"
    r"(?:[ \t]+[-–—|][ \t]+|:[ \t]+)[^\n]*\d"
)
_ITEMS_LEAD_IN_CHARS = 200
_SENTENCE_STOP = re.compile(r"(?<=[a-z\d)])[.!?][ \t]+(?=[A-Z])")
# An enumerated item of a notice's list: "1. the forest road ...", "b) the area".
_ENUMERATED_ITEM = re.compile(
    r"[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|\([a-z\d]{1,3}\))[ \t]+\S"
)
_ROW_LINE = re.compile(
    rf"[ \t]*(?:{LINE_BULLET}[ \t]*)?[A-Z][^\n]{{0,60}}?[-–—:|][^\n]*\d[^\n]*"
)


def _with_lead_ins(
    text: str,
    places: Sequence[Sequence[tuple[int, int]]],
    decisions: list[RoleDecision],
) -> list[RoleDecision]:
    """Give the rows of a list the event its lead-in line tells.

    "Casualties recorded in April (country – killed – injured):" followed by
    "Iran – 3 – 4": the row names the place, the line ending in a colon says
    what its figures count.
    """
    result = list(decisions)
    for place, spans in enumerate(places):
        if result[place].role == "incident":
            continue
        for span_index, (start, end) in enumerate(spans[:MAX_OCCURRENCES_JUDGED]):
            lead = lead_in_of_row(text, start, end)
            if lead is None:
                continue
            lead_start, lead_end = lead
            cues = [
                cue
                for cue in _span_cues(text, lead_start, lead_end)
                if not cue.weak
                and (cue.role in ("incident", "minefield") or (
                    cue.role == "clearance" and cue.is_verb
                ))
            ]
            role, cue = _best(cues)
            if ROLES.index(role) >= ROLES.index(result[place].role):
                continue  # (a headline's "neutralised 116 mines in X" under a
                # row of what was found there: the find is more specific)
            roles = _occurrence_roles_with(result[place], len(spans), span_index, role)
            result[place] = RoleDecision(
                role, span_index, cue, roles, (lead_start,), role_from_anaphor=True
            )
            break
    return result


def _is_caps_heading(line: str) -> bool:
    """An infographic's or table's heading in capitals over its rows: "WHERE
    PEOPLE WERE HURT (map labels, casualties in 2024)"."""
    head = line.split("(", 1)[0]
    letters = [c for c in head if c.isalpha()]
    return 8 <= len(letters) and len(line) <= 90 and all(c.isupper() for c in letters)


def lead_in_of_row(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The lead-in, ending in ":", of the row or list item the place at ``start`` is in.

    Returns the span of the lead-in's last sentence, or None when the place
    opens no row of figures ("Iran – 3 – 4") and stands in no enumerated item
    ("1. the hill area between Medak and Lovinac;") under such a line.
    """
    line_start = text.rfind("\n", 0, start) + 1
    label = _ROW_LABEL.match(text, line_start)
    row = (
        _ROW_BEFORE.fullmatch(text, line_start, start) and _ROW_AFTER.match(text, end)
    ) or (label is not None and end <= label.end("label"))
    if not row:
        # "II. The following areas remain marked with mine danger signs:" over
        # "1. the hill area between Medak and Lovinac, east of the D1 road;"
        if not _ENUMERATED_ITEM.match(text, line_start):
            return None
        line_end = text.find("\n", end)
        if text[end : line_end if line_end >= 0 else len(text)].rstrip().endswith("?"):
            return None  # "1. What support has Portugal given?": a question asked
    position = line_start
    for _ in range(30):  # rows above, then the lead-in
        if position == 0:
            return None
        previous_end = position - 1
        previous_start = text.rfind("\n", 0, previous_end) + 1
        line = text[previous_start:previous_end].strip()
        if line.endswith(":") or (row and _is_caps_heading(line)):
            # the lead-in is the sentence that ends in the colon ("4.1 The
            # programme aims to clear the remaining area. Priority is given to:")
            opening = previous_start
            for stop in _SENTENCE_STOP.finditer(text, previous_start, previous_end):
                opening = stop.end()
            if not row and previous_end - opening > _ITEMS_LEAD_IN_CHARS:
                return None  # a long preamble says more than what its items are
            return opening, previous_end
        if (
            line
            and not _ROW_LINE.fullmatch(text[previous_start:previous_end])
            and not _ENUMERATED_ITEM.match(text, previous_start)
        ):
            return None
        position = previous_start
    return None


_HEADING_DASH = re.compile(r"[ \t]+[—–-][ \t]+")
#: Kinds of place a dateline names after its city ("IDLIB, Syria -",
#: "BRICEÑO, Antioquia -"): the region the lead sentence's event lies in.
_DATELINE_REGION_KINDS = frozenset({"country", "admin1"})
_EVENT_ROLES = ("incident", "minefield", "clearance")


def _with_dateline_regions(
    text: str,
    places: Sequence[Sequence[tuple[int, int]]],
    kinds: Sequence[str | None],
    decisions: list[RoleDecision],
    sentences: SentenceIndex,
) -> list[RoleDecision]:
    """Give a dateline's country the event of the sentence it opens.

    "IDLIB, Syria - Three children were killed ... near Sarmin": the dateline
    is no event, but it says the killing happened in Syria, as readers take it.
    """
    result = list(decisions)
    for place, spans in enumerate(places):
        if kinds[place] not in _DATELINE_REGION_KINDS or not spans:
            continue
        opening = _opening_occurrence(text, spans, sentences)
        if opening is None:
            continue
        index, (start, end) = opening
        sentence_end = sentences.span_at(start)[1]
        if kinds[place] == "country" and any(
            kinds[other] == "country" and end < s < sentence_end
            for other, other_spans in enumerate(places)
            if other != place
            for s, _e in other_spans
        ):
            # "TINDOUF, Algeria - ... east of Agwanit, in Western Sahara": the
            # sentence puts its event in another country
            continue
        events = [
            (ROLES.index(role), s)
            for other, other_spans in enumerate(places)
            if other != place
            for (s, _e), role in zip(
                other_spans, decisions[other].occurrence_roles, strict=False
            )
            if end < s < sentence_end and role in _EVENT_ROLES
        ]
        if not events:
            continue
        rank, event_start = min(events)
        decision = result[place]
        if rank >= ROLES.index(decision.role):
            continue
        roles = _occurrence_roles_with(decision, len(spans), index, ROLES[rank])
        result[place] = RoleDecision(
            ROLES[rank], index, None, roles, (event_start,), role_from_anaphor=True
        )
    return result


def _opening_occurrence(
    text: str, spans: Sequence[tuple[int, int]], sentences: SentenceIndex
) -> tuple[int, tuple[int, int]] | None:
    """The occurrence that opens its sentence as a dateline's region or a heading.

    "IDLIB, Syria - ..." (the first occurrence only), or "THAILAND — A ranger
    lost his foot in Kantharalak district": a digest's country heading its
    paragraph, on any line.
    """
    for index, (start, end) in enumerate(spans[:MAX_OCCURRENCES_JUDGED]):
        line_start = text.rfind("\n", 0, start) + 1
        if start == line_start:
            if text[start:end].isupper() and _HEADING_DASH.match(text, end):
                return index, (start, end)
            continue
        sentence_start = sentences.span_at(start)[0]
        if index == 0 and _in_dateline(text, start, end, min(sentence_start, start)):
            return index, (start, end)
    return None


# "the village", "the country" standing for a place named just before. The kinds
# of place each generic noun can stand for, as the gazetteer names them.
_ANAPHOR_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ("village", "town", "city", "municipality", "commune", "settlement"),
        frozenset({"settlement", "admin2"}),
    ),
    **dict.fromkeys(
        ("district", "province", "region", "oblast", "department", "governorate"),
        frozenset({"admin1", "admin2", "region"}),
    ),
    "country": frozenset({"country"}),
    "mountain": frozenset({"feature"}),
    "valley": frozenset({"feature", "region"}),
}
_ANAPHOR = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+("
    + "|".join(_ANAPHOR_KINDS)
    + r")\b(?!\s+of\s+[A-Z])"
)
#: How far back (in sentences) "the village" may look for the village it means.
_ANAPHOR_SENTENCES = 2
_GROUP_OF_BEFORE = re.compile(
    r"\b(?:districts|provinces|regions|municipalities|villages|towns|communes|"
    r"counties|departments|governorates|areas|cantons)\s+of\s+$",
    re.IGNORECASE,
)
_BORDER_WITH_BEFORE = re.compile(r"\b(?:border|frontier)\s+with\s+(?:the\s+)?$", re.I)


def _with_anaphors(
    text: str,
    places: Sequence[Sequence[tuple[int, int]]],
    kinds: Sequence[str | None],
    decisions: list[RoleDecision],
    sentences: SentenceIndex,
    every_span: list[tuple[int, int]],
) -> list[RoleDecision]:
    """Give each place the role of the "the village" sentences that speak of it.

    "Teams destroyed 212 devices in the municipality": the municipality is the
    one named last before it, of a kind the noun can stand for, within two
    sentences; a place named in between of that kind would be the one meant.
    """
    owners = sorted(
        (start, end, place)
        for place, spans in enumerate(places)
        for start, end in spans[:MAX_OCCURRENCES_JUDGED]
    )
    result = list(decisions)
    for match in _ANAPHOR.finditer(text):
        start, end = match.span()
        if any(s <= start < e or s < end <= e for s, e, _ in owners):
            continue
        if _GROUP_OF_BEFORE.search(text, max(0, start - 40), start):
            continue  # "two other municipalities of the department": not its own
        wanted = _ANAPHOR_KINDS[match.group(1).lower()]
        earliest = sentences.spans[
            max(0, sentences.index_at(start) - _ANAPHOR_SENTENCES)
        ][0] if sentences.index_at(start) >= 0 else start
        antecedent = next(
            (
                (s, place)
                for s, e, place in reversed(owners)
                if earliest <= s and e <= start
                and (kinds[place] or "settlement") in wanted
                # ("along the border with Thailand, ... in the country": the
                # country across a border is not the one spoken of)
                and not _BORDER_WITH_BEFORE.search(text, max(0, s - 24), s)
            ),
            None,
        )
        if antecedent is None:
            continue
        role, _cue = occurrence_role(
            text, start, end, sentences=sentences, all_spans=every_span
        )
        if role == "mention":
            continue
        place_start, place = antecedent
        decision = result[place]
        if ROLES.index(role) < ROLES.index(decision.role):
            span_index = next(
                i for i, (s, _) in enumerate(places[place]) if s == place_start
            )
            roles = _occurrence_roles_with(
                decision, len(places[place]), span_index, role
            )
            result[place] = RoleDecision(
                role, span_index, _cue, roles, (start,), role_from_anaphor=True
            )
        elif role == decision.role:
            result[place] = RoleDecision(
                decision.role,
                decision.span_index,
                decision.cue,
                decision.occurrence_roles,
                (*decision.anaphor_offsets, start),
                decision.role_from_anaphor,
            )
    return result


def assign_role(
    text: str,
    spans: Sequence[tuple[int, int]],
    *,
    sentences: SentenceIndex | None = None,
    all_spans: Sequence[tuple[int, int]] = (),
) -> RoleDecision:
    """Return the role of one place from its occurrences ``spans`` in ``text``.

    ``all_spans`` are the occurrences of every place in the text (used to
    recognise lists of places); without them each place stands alone.
    """
    if not spans:
        return RoleDecision("mention", 0)
    # Enough to find a place's most specific role; bounds the work when a
    # text names one place thousands of times.
    spans = spans[:MAX_OCCURRENCES_JUDGED]
    index = sentences if sentences is not None else SentenceIndex(text)
    others = sorted(all_spans) if all_spans else sorted(spans)
    decided = [
        occurrence_role(text, start, end, sentences=index, all_spans=others)
        for start, end in spans
    ]
    decided = [
        _blast_told_next(text, index, start, others)
        or _caption_told_next(text, index, start, others)
        or judged
        if judged == ("mention", None)
        else _find_went_off_next(text, index, start, others) or judged
        if judged[0] == "minefield"
        else judged
        for (start, _), judged in zip(spans, decided, strict=True)
    ]
    roles = tuple(role for role, _ in decided)
    position = min(range(len(decided)), key=lambda i: (ROLES.index(roles[i]), i))
    return RoleDecision(roles[position], position, decided[position][1], roles)


# "... left a dirt track between the villages of A and B. Four people were
# killed and six were injured.": the toll opens the next sentence
_MINE_STORY_WORDS = re.compile(
    r"\b(?:kill|injur|wound|hurt|died|dead|death|blast|explo|detonat|mine|device|"
    r"ordnance|bomb|shell|clear|demin|found)\w*",
    re.IGNORECASE,
)
_TOLL_OPENS = re.compile(
    r"(?!no\s+one|nobody|none|no\s+)"
    r"[^,;:.]{0,60}?\b(?:were|was)\s+(?:\w+ly\s+)?(?:killed|injured|wounded|hurt|"
    r"maimed)\b|(?:the|a|an)\s+(?:blast|explosion|mine|device)\s+(?:killed|injured|"
    r"wounded)\b|"
    # "The front wheel set off an anti-tank mine."
    r"(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:set\s+off|struck|hit|ran\s+over|"
    r"triggered|detonated)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:(?:land)?mine|"
    r"device|ied|bomb)\b",
    re.IGNORECASE,
)


def _blast_told_next(
    text: str,
    sentences: SentenceIndex,
    start: int,
    all_spans: Sequence[tuple[int, int]],
) -> tuple[Role, str | None] | None:
    """The incident of the next sentence, when it opens on a toll and names no place.

    A place whose own sentence tells nothing of it ("the vehicle left a track
    between A and B") is where the toll told right after it happened.
    """
    pair = _sentence_and_next(text, sentences, start)
    if pair is None:
        return None
    (own_start, end), (next_start, next_end) = pair
    if _in_dateline(text, start, start + 1, own_start) or (
        # its own sentence tells of mines or casualties: judged there
        _MINE_STORY_WORDS.search(text, own_start, end)
    ):
        return None
    if _any_place_starts_in(all_spans, next_start, next_end):
        return None  # the next sentence names its own place
    toll = _TOLL_OPENS.match(text, next_start, next_end)
    return ("incident", toll.group()) if toll else None


def _caption_told_next(
    text: str,
    sentences: SentenceIndex,
    start: int,
    all_spans: Sequence[tuple[int, int]],
) -> tuple[Role, str | None] | None:
    """The event a photo caption's next sentence tells, for the place its first names.

    "Photo 2 of 9" / "Bulldozers push rubble off the main street of Kfar Kila
    on Tuesday. The team removed 14 unexploded items from the street.": a
    caption is one scene. Only a short line under a short label line counts.
    """
    pair = _sentence_and_next(text, sentences, start)
    if pair is None:
        return None
    (own_start, _end), (next_start, next_end) = pair
    line_start = text.rfind("\n", 0, own_start) + 1
    line_end = text.find("\n", next_end)
    line_end = len(text) if line_end < 0 else line_end
    if line_start == 0 or line_end - line_start > 300:
        return None
    if text[line_start:own_start].strip():
        return None  # the place's sentence does not open its line
    label_start = text.rfind("\n", 0, line_start - 1) + 1
    label = text[label_start : line_start - 1].strip()
    if not label or len(label) > 25 or label[-1] in ".!?;,":
        return None
    if len(re.findall(r"(?<![\w@'’-])[a-z]", label)) > 1:
        return None  # a section's title ("1982: the laying"), not a photo's label
    if _any_place_starts_in(all_spans, next_start, next_end):
        return None  # the next sentence names its own place
    told = text[next_start:next_end].lower()
    cues = [
        cue
        for cue in _events_told(text, next_start, next_end)
        if not _NOBODY_BEFORE.search(told[: max(0, told.find(cue.text))])
    ]
    return _best(cues) if cues else None


# "6 shells, no one hurt": nothing happened to anyone
_NOBODY_BEFORE = re.compile(r"\b(?:no\s+one|nobody|none|no)\s+(?:was\s+|were\s+)?$")


_OWN_TOLL_AFTER = re.compile(
    r"(?:[ \t]+(?:province|district|region|governorate|state|oblast|county))?[ \t]+"
    r"[\d,]+[ \t]+(?P<word>killed|dead|injured|wounded|casualties)\b",
    re.IGNORECASE,
)


# "three children found a rusted mortar round in X. It exploded when they
# tried to open it": the find went off where it was found
_FOUND_THING_EXPLODED = re.compile(
    r"(?:it|the\s+(?:[\w-]+\s+){0,2}?(?:device|round|shell|mine|bomb|bomblet|grenade|"
    r"object|item|submunition|rocket|projectile))\s+(?:then\s+|later\s+|suddenly\s+)?"
    r"(?:exploded|went\s+off|detonated|blew\s+up)\b|"
    # "... saw what looked like a drink can. The explosion took his right hand."
    r"the\s+(?:explosion|blast)\s+(?:took|tore|ripped|blew|cost|killed|injured|wounded|"
    r"maimed|threw)\b",
    re.IGNORECASE,
)


def _find_went_off_next(
    text: str,
    sentences: SentenceIndex,
    start: int,
    all_spans: Sequence[tuple[int, int]],
) -> tuple[Role, str | None] | None:
    """The incident of a find that went off, told in the next sentence."""
    pair = _sentence_and_next(text, sentences, start)
    if pair is None:
        return None
    _, (next_start, next_end) = pair
    exploded = _FOUND_THING_EXPLODED.match(text, next_start, next_end)
    if exploded is None:
        return None
    if _any_place_starts_in(all_spans, next_start, exploded.end() + 25):
        return None  # "It exploded near Y": the blast names its own place
    return "incident", exploded.group()


def _sentence_and_next(
    text: str, sentences: SentenceIndex, start: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The sentence holding ``start`` and the one that runs on from it.

    None when no sentence follows on the same line (a headline, or the last
    sentence of its paragraph).
    """
    index = sentences.index_at(start)
    if index < 0 or index + 1 >= len(sentences.spans):
        return None
    own, following = sentences.spans[index], sentences.spans[index + 1]
    return None if "\n" in text[own[1] : following[0]] else (own, following)


def _any_place_starts_in(
    all_spans: Sequence[tuple[int, int]], start: int, stop: int
) -> bool:
    """Whether an occurrence of any place starts in ``[start, stop)``."""
    low = bisect_left(all_spans, (start, -1))
    return low < len(all_spans) and all_spans[low][0] < stop


def occurrence_role(
    text: str,
    start: int,
    end: int,
    *,
    sentences: SentenceIndex,
    all_spans: Sequence[tuple[int, int]] = (),
) -> tuple[Role, str | None]:
    """Return the role one occurrence gets from its own sentence, and its cue word."""
    sentence_start, sentence_end = sentences.span_at(start)
    sentence_start = min(sentence_start, start)
    sentence_end = max(sentence_end, end)
    if sentence_start == 0:
        # a headline's "driver killed near A; sea mine washes up at B" is two
        sentence_start, sentence_end = _headline_part(text, start, end, sentence_end)
    meeting_line = _meeting_venue(text, start, end)
    if meeting_line is not None:
        return "conference", meeting_line
    heading = _is_line_label(text, start, end)
    if _in_dateline(text, start, end, sentence_start) and not heading:
        # ("Ain Zara, 2 September" over a caption is no wire dateline)
        return _block_heading_cue(text, start, end)
    window_start = max(sentence_start, start - _WINDOW_CHARS)
    window_end = min(sentence_end, end + _WINDOW_CHARS)
    tokens = _tokenize(text, window_start, window_end)
    if not tokens:
        return "mention", None
    first = _token_at(tokens, start)
    last = _token_at(tokens, max(end - 1, start))
    sentence_text = text[window_start:window_end].lower()
    # Whether the story is about mines is judged on the sentence and its
    # neighbours: "casualties" right after a blast report are mine casualties.
    around = text[max(0, sentence_start - 500) : sentence_end + 500].lower()
    cues = _find_cues(text, tokens, sentence_text, around)
    own_toll = _OWN_TOLL_AFTER.match(text, end)
    if own_toll is not None:
        # "..., Basra province 8 killed and 19 injured, Diyala province 3 killed":
        # an item of a list of tolls, each place with its own figures
        return "incident", own_toll.group("word")
    # all_spans is sorted: take the window's slice (a text may name a place
    # 100,000 times)
    low = bisect_left(all_spans, (window_start, -1))
    high = bisect_right(all_spans, (window_end, window_end + 1))
    place_spans = [
        span
        for span in all_spans[low:high]
        if window_start <= span[0] and span[1] <= window_end
    ]
    head, tail = _list_bounds(text, tokens, first, last, place_spans)
    list_size = _list_size(text, place_spans, start)
    broad = bool(_BROAD_REGION.search(text[start:end]))
    head_start, tail_end = tokens[head].start, tokens[tail].end
    sole = not any(
        span[1] <= head_start or span[0] >= tail_end
        for span in place_spans
        if sentence_start <= span[0]
        and span[1] <= sentence_end
        # ("TRIPOLI, Libya - Mines left in X have killed ...": the dateline
        # only says where the story was filed; "Koriukivka r-n: a resident of
        # X found a shell": the line's heading names the area X lies in)
        and not _in_dateline(text, span[0], span[1], sentence_start)
        and not _is_line_label(text, span[0], span[1])
    )
    opener = _SCENE_OPENER.match(text, sentence_start)
    scene_end = opener.end() if opener else sentence_start
    # (a province that sets the scene, "In Diyala province, ...", holds the event)
    other_before = any(
        scene_end <= span[0]
        and span[1] <= head_start
        and not _is_line_label(text, span[0], span[1])
        and not _in_dateline(text, span[0], span[1], sentence_start)
        for span in place_spans
    )
    if other_before and _direction_reference(tokens, head):
        # "on the road between Palmyra and Al-Sukhnah, in the desert east of
        # Homs": the event has its own places; Homs only says where they lie
        return "mention", "reference"
    if heading:
        # "Kayah State: On 6 February, three people were killed ...",
        # "07/03 - Paoua: a vehicle hit a device": a heading names where its
        # line's events happened
        told = [cue for cue in cues if cue.first_index > tail and not cue.weak]
        if told:
            return _best(told)
    role, cue = _judge(
        text, tokens, cues, head, tail, list_size, is_last=last >= tail, broad=broad
    )
    if role == "mention":
        trip = _trip_for_meeting(tokens, cues, head, tail)
        if trip is not None:
            # "I go to Dakar for a regional meeting of team leaders"
            return "conference", trip.text
    if sole and role in ("minefield", "clearance") and not _is_cue_verb(cues, cue):
        # "killed when a mine exploded as they crossed a fenced hazardous area
        # near X": the one place of a blast's sentence is where it happened
        blast = [c for c in cues if c.role == "incident" and c.is_verb]
        if blast:
            return "incident", blast[0].text
    if role == "mention" and cue is None:
        labelled = _line_label_cue(text, start)
        if labelled[0] != "mention":
            # a key-facts line: "- Largest clearance projects of 2025: the hills
            # around Olovo ...", "- Most affected: Una-Sana Canton, ..."
            return labelled
    if role == "mention" and cue is None:
        headed = _block_heading_cue(text, start, end)
        if headed[0] != "mention":
            # a caption's or slide's place line heads what its block tells:
            # "Tarhuna\nSix anti-personnel mines were found on a farm on Monday."
            return headed
    if role == "mention" and cue is None and sole and not broad:
        # The only place its sentence names, and nothing tied to it: the
        # sentence's events happened there ("Mines were found and destroyed
        # last week; the village of X ...").
        return _sole_place_role(tokens, cues, head, tail)
    return role, cue


def _headline_part(
    text: str, start: int, end: int, sentence_end: int
) -> tuple[int, int]:
    """The part of a first-line headline, between semicolons, the place is in."""
    line_end = text.find("\n")
    if line_end < 0 or end > line_end:
        return 0, sentence_end
    opening = text.rfind(";", 0, start) + 1
    while text[opening].isspace():
        opening += 1  # (the part begins at its first word, as a sentence does)
    closing = text.find(";", end, line_end)
    return opening, min(sentence_end, closing) if closing >= 0 else sentence_end


# What may stand before a line's heading: a bullet, a log entry's day.
# A digest's heading may name the country first: "UKRAINE - Kharkiv region: ...".
_HEADING_WORDS = (
    r"(?:[A-Z][\w'’.-]*|region|province|district|governorate|state|oblast|city|"
    r"county|department|territory|circle|cercle|commune|municipality|and|of|the)"
)
_LABEL_BEFORE = re.compile(
    # (a post's line may open on an emoji: "⚠️ Novhorod-Siverskyi r-n: ...")
    rf"[ \t]*(?:{LINE_EMOJI}[ \t]*)?(?:{LINE_BULLET}[ \t]*)?(?:{LOG_LINE_DATE})?"
    # a calendar's "- 23–24 April, Podgorica: regional workshop ..."
    r"(?:\d{1,2}(?:[–-]\d{1,2})?[ \t]+[A-Z][a-z]{2,8}\.?,[ \t]+)?"
    # a chat export's stamp: "[Sun 9/2 08:14] Kani twp: ..."
    r"(?:\[[^\]\n]{1,30}\][ \t]*)?"
    r"(?:\d{1,2}/\d{1,2}[ \t]+)?"  # a thread's post number: "2/7 Sinjar: on Monday ..."
    r"(?:\(?[a-z\d]{1,2}[.)][ \t]+)?"  # an enumerated line: "(a) Kotli: 5 killed"
    rf"(?:{_HEADING_WORDS}(?:[ \t]+{_HEADING_WORDS}){{0,4}}[ \t]+[-–—|][ \t]+)?"
    # "08/05 – Rutshuru territory, Kiwanja: two children killed ..."
    rf"(?:{_HEADING_WORDS}(?:[ \t]+{_HEADING_WORDS}){{0,3}},[ \t]+)?"
)
_LABEL_AFTER = re.compile(
    r"(?:[ \t]+(?:update|city|area|town|region|province|district|governorate|state|"
    r"oblast|county|department|hromada|circle|cercle|commune|municipality|territory|"
    r"prefecture|zone|sector|tehsil|township|canton|r-n|raion|rayon|obl\.|twp|LGA|"
    r"gov\.))?"
    # "Tillaberi region, near Ouallam: two herders injured ...", "Djugu
    # territory (Ituri): ...", "Poonch (around Rawalakot): 2 killed", "08/05 –
    # Rutshuru territory, Kiwanja: ..."
    r"(?:,[ \t]+(?:(?:near|in|outside)[ \t]+)?"
    r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?"
    r"[ \t]*(?::|[ \t]\|)[ \t]|"
    rf"[ \t]+[-–—][ \t]+{_HEADING_WORDS}(?:[ \t]+{_HEADING_WORDS}){{0,4}}:[ \t]|"
    # a channel's "‼️ Zaporizhzhia r-n. Last night a tractor hit ..."
    rf"[ \t]+{LABEL_DIVISION}\.[ \t]+(?=[A-Z])|"
    # a post's "Bandiagara cercle – Tue 8/10: a minibus hit ...", "Gao – 7 Oct:"
    r"(?:[ \t]+[a-z][\w.-]{1,12})?[ \t]+[-–—][ \t]+(?:[A-Z][a-z]{2,8}\.?,?[ \t]+)?"
    r"(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)"
    r"(?:,?[ \t]+\d{1,2}[:.h]\d{2})?:[ \t]"
)


_TRAVEL_WORDS = frozenset(
    "go goes going went travel travels travelled traveled travelling traveling "
    "come comes came coming fly flies flew flying sent send sends move moves moved "
    "return returns returned invited head heads headed heading".split()
)


def _trip_for_meeting(
    tokens: list[_Token], cues: list[_Cue], head: int, tail: int
) -> _Cue | None:
    """The meeting a trip to X is for: "went to Benghazi for coordination meetings"."""
    if head < 2 or tokens[head - 1].lower != "to":
        return None
    if not any(t.lower in _TRAVEL_WORDS for t in tokens[max(0, head - 4) : head - 1]):
        return None
    if tail + 1 >= len(tokens) or tokens[tail + 1].lower != "for":
        return None
    for cue in cues:
        if cue.role == "conference" and tail + 2 <= cue.first_index <= tail + 5:
            return cue
    return None


def _blast_in_field(tokens: list[_Token], cues: list[_Cue], chosen: _Cue) -> _Cue:
    """ "lost his life in a minefield near X": the blast happened there.

    A minefield noun that is itself where a casualty verb took place gives
    way to that verb.
    """
    if chosen.role != "minefield" or chosen.is_verb:
        return chosen
    index = chosen.first_index - 1
    while index >= 0 and tokens[index].lower in _FIELD_MODIFIERS:
        index -= 1
    if index < 0 or tokens[index].lower not in ("in", "into", "inside"):
        return chosen
    blasts = [
        cue
        for cue in cues
        if cue.role == "incident"
        and cue.is_verb
        and 0 < index - cue.token_index
        and _word_gap(tokens, cue.token_index + 1, index) <= 10
    ]
    return blasts[-1] if blasts else chosen


_FIELD_MODIFIERS = frozenset(
    "a an the old known marked unmarked unfenced fenced former suspected border".split()
)


def _predicate_follows(tokens: list[_Token], tail: int) -> bool:
    index = tail + 1
    while index < len(tokens) and (
        tokens[index].lower in (",", "and", "or") or tokens[index].text[:1].isupper()
    ):
        index += 1  # the rest of the list
    return (
        index < len(tokens)
        and tokens[index].lower.isalpha()
        and tokens[index].lower not in _LOCATIVE
        and tokens[index - 1].lower == ","
    )


_LINK_VERBS = frozenset(
    "links link linking linked connects connect connecting connected joins join "
    "joining".split()
)


def _road_link_at(tokens: list[_Token], index: int) -> int | None:
    """The index of "links" when ``index`` is it or the "to" after its first end.

    "the road linking X to Y", "the track that links X with Y": X and Y are
    the road's ends, as in "the road between X and Y".
    """
    verb = index
    if tokens[index].lower in ("to", "with", "and"):
        verb = index - 1
        while verb >= 0 and tokens[verb].text[:1].isupper():
            verb -= 1  # the road's first end
        if verb == index - 1:
            return None
    if verb < 1 or tokens[verb].lower not in _LINK_VERBS:
        return None
    before = verb - 1
    if tokens[before].lower in ("that", "which"):
        before -= 1
    return verb if before >= 0 and tokens[before].lower in _WAYS else None


def _way_before(tokens: list[_Token], index: int) -> bool:
    """Say whether "to" at ``index`` ends "the road (from X) to"."""
    before = index - 1
    if before < 0:
        return False
    if tokens[before].lower in _WAYS:
        return True
    while before >= 0 and tokens[before].text[:1].isupper():
        before -= 1  # the road's other end, "from Azaz"
    return (
        before > 0
        and before < index - 1
        and tokens[before].lower == "from"
        and tokens[before - 1].lower in _WAYS
    )


_ASIDE_PROVINCE_END = re.compile(
    r"(?:[ \t]+(?:gov|governorate|prov|province|region|district|obl|oblast|r-n)\.?)?"
    r"\)[ \t]*:[ \t]",
    re.IGNORECASE,
)


def _is_line_label(text: str, start: int, end: int) -> bool:
    """Say whether the place heads its line ("Sagaing Region: A farmer ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[start:end].isupper() and re.match(
        r"(?:[ \t]*\([^()\n]{1,40}\))?:", text[end : end + 45]
    ):
        return False  # "PESHAWAR: Two policemen ...", "KABUL (Pajhwok): ...": datelines
    if (
        text[start - 1 : start] == "("
        and _ASIDE_PROVINCE_END.match(text, end)
        and start - line_start <= 60
    ):
        return True  # "Djugu territory (Ituri): ...", "Amadiya (Duhok gov.):"
    if (
        _SECTION_NUMBER.fullmatch(text, line_start, start)
        and _SECTION_TITLE_END.match(text, end)
    ):
        return True  # "2.4 Masvingo. In the Sango minefield, APOPO destroyed ..."
    return bool(
        start - line_start <= 50
        and _LABEL_BEFORE.fullmatch(text, line_start, start)
        and _LABEL_AFTER.match(text, end)
    )


# Lower-case words a place line may hold besides the names: "LOT 2 – Province
# of Huambo, municipalities of Bailundo and Londuimbali", "Sindian (Bignona dept".
_PLACE_LINE_WORDS = frozenset(
    "of the and in near province provinces municipality municipalities district "
    "districts region regions county state dept oblast village town city".split()
)
# What may open a caption's place line: a slide's tag, a pin, a bullet.
_HEADING_OPENER = re.compile(r"[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?(?:📍|[•·*-])?[ \t]*")
_HEADING_NOT_AFTER = ".!?:;,\"'"


def heading_block(text: str, start: int, end: int) -> tuple[int, int, Role] | None:
    """The block a caption's place line heads (its line to its end), and its role.

    The block tells the event, so its sentences give the place's facts too
    ("Benghazi, 10 September" / "40 new deminers finished their training."),
    and no other block's do.
    """
    role, _ = _block_heading_cue(text, start, end)
    if role == "mention":
        return None
    blank = text.find("\n\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if blank < 0 else blank, role


def _block_heading_cue(text: str, start: int, end: int) -> tuple[Role, str | None]:
    """The event a block tells below its place line, for the places on that line.

    Captions, slides and galleries put the place on a short line of its own
    ("Ain Zara, 2 September", "📍 Fada, Ennedi Ouest", "[Slide 8] Day 4 –
    Diattakounda") above what happened there. Only a line after a blank or a
    short tag line counts (not a wrapped sentence), and only an event the
    block's next 300 characters tell (not who did the work); a wire dateline
    (capitals) never, nor a place the block names again.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_start == 0 or line_end < 0 or text[start:end].isupper():
        return "mention", None
    line = text[line_start:line_end].rstrip()
    if len(line) > 70 or not line or line[-1] in _HEADING_NOT_AFTER or ":" in line:
        return "mention", None
    rest = text[line_start:start] + " " + text[end:line_end]
    words = re.findall(r"(?<![\w'’-])[a-z][\w'’.-]*", rest)
    if len([w for w in words if w.rstrip(".") not in _PLACE_LINE_WORDS]) > 2:
        return "mention", None  # a headline or a sentence, not a place line
    previous = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()
    if previous and (len(previous) > 25 or previous[-1] in _HEADING_NOT_AFTER):
        return "mention", None
    body_start = line_end + 1
    first = _HEADING_OPENER.match(text, body_start)
    if first is None or not text[first.end() : first.end() + 1].isupper() and not (
        text[first.end() : first.end() + 1].isdigit()
    ):
        return "mention", None  # a wrapped sentence goes on in lower case
    blank = text.find("\n\n", body_start)
    body_end = min(len(text) if blank < 0 else blank, body_start + 300)
    if text.find(text[start:end], body_start, body_end) >= 0:
        return "mention", None  # the block names it again: that sentence decides
    return _best(_events_told(text, body_start, body_end))


# Who does the work is no event: "40 new deminers finished their training".
_AGENT_NOUNS = frozenset("deminer deminers de-miners sapper sappers".split())


def _events_told(text: str, start: int, end: int) -> list[_Cue]:
    """The strong role words of ``text[start:end]`` that tell an event there."""
    return [
        cue
        for cue in _span_cues(text, start, end)
        if not cue.weak and cue.role != "mention" and cue.text not in _AGENT_NOUNS
    ]


# A key-facts item's label: "- Most affected:", "• Largest clearance projects of 2025:"
_FACT_LABEL = re.compile(
    rf"[ \t]*{LINE_BULLET}[ \t]*"
    r"(?P<label>[A-Z][\w'’ -]{2,60}?(?:\s+of\s+\d{4})?):[ \t]+(?=\S)"
)


def _line_label_cue(text: str, start: int) -> tuple[Role, str | None]:
    """The event a key-facts line's label names for the places after it."""
    line_start = text.rfind("\n", 0, start) + 1
    label = _FACT_LABEL.match(text, line_start)
    if label is None or label.end() > start or len(label.group("label").split()) > 7:
        return "mention", None
    cues = _span_cues(text, label.start("label"), label.end("label"))
    return _best([cue for cue in cues if not cue.weak and cue.role != "mention"])


def _span_cues(text: str, start: int, end: int) -> list[_Cue]:
    """The role words of ``text[start:end]`` (a list's lead-in, an item's label).

    The 500 characters around it say whether the story is about mines or a
    meeting, as for a sentence.
    """
    tokens = _tokenize(text, start, end)
    if not tokens:
        return []
    around = text[max(0, start - 500) : end + 500].lower()
    return _find_cues(text, tokens, text[start:end].lower(), around)


_SECTION_NUMBER = re.compile(SECTION_NUMBER)
# the rest of the title, up to the full stop that runs into the paragraph
_SECTION_TITLE_END = re.compile(r"(?:[ \t]+[A-Za-z][\w'’-]*){0,3}\.[ \t]+[A-Z]")


# A heading line naming a meeting, then where and when: "Minutes – coordination
# meeting, Nabatieh, 12 March 2025", "Workshop on land release, Kabul, 3-4 June";
# or a document's "Venue: RMAC South office, Nabatieh".
_MEETING_BEFORE = re.compile(
    r"[^\n]{0,100}\b(?P<word>meeting|workshop|conference|session|seminar|summit|"
    r"forum|symposium|consultation|round-?table|training\s+course)\b"
    r"[^\n,.;:]{0,60},[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,3}?$",
    re.IGNORECASE,
)
_VENUE_BEFORE = re.compile(
    r"[ \t]*(?P<word>Venue|Place\s+of\s+meeting):[ \t]+[^\n]{0,60}?$"
)
_MEETING_LINE_END = re.compile(r"(?:,[ \t]+[^\n]{0,40})?[ \t]*$", re.MULTILINE)


_MEETING_WORD = re.compile(
    r"\b(?P<word>meetings?|conference|workshop|session|seminar|summit|forum|"
    r"symposium|consultation|round-?table|briefing)\b",
    re.IGNORECASE,
)


def _venue_under_meeting(text: str, start: int, end: int) -> str | None:
    """The meeting word of the line above a statement's "Geneva, 18-20 June 2024".

    A statement, speech or briefing opens on the meeting's name and, under it,
    the place and date it was delivered: the place held the meeting.
    """
    if not opens_place_and_date_line(text, start, end):
        return None
    above = text.rfind("\n", 0, start) + 1
    while above > 0 and text[above - 1].isspace():
        above -= 1  # (blank lines between are skipped)
    previous = text[text.rfind("\n", 0, above) + 1 : above]
    found = _MEETING_WORD.search(previous)
    return found.group("word").lower() if found else None


def _meeting_venue(text: str, start: int, end: int) -> str | None:
    """The meeting word when the place's line is a meeting's heading or venue."""
    under = _venue_under_meeting(text, start, end)
    if under is not None:
        return under
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 160 or not _MEETING_LINE_END.match(text, end):
        return None
    # (_MEETING_LINE_END already bounds what follows the place on its line)
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:line_end].rstrip().endswith("."):
        return None  # a heading or a form's field, not a sentence
    found = _VENUE_BEFORE.fullmatch(text, line_start, start)
    found = found or _MEETING_BEFORE.fullmatch(text, line_start, start)
    return found.group("word").lower() if found else None


def _is_cue_verb(cues: list[_Cue], text: str | None) -> bool:
    return any(c.text == text and c.is_verb for c in cues)


_SCENE_OPENER = re.compile(r"\s*(?:In|Across|Throughout|At)\b[^,]{0,60},")


def _direction_reference(tokens: list[_Token], head: int) -> bool:
    """ "... east of X", "12 km north of X": X is a reference point.

    "the west of X" is a part of X, not a point outside it ("fields in the
    south of Idlib province and the west of Aleppo province").
    """
    of = head - 1
    if of >= 0 and tokens[of].lower == "the":
        of -= 1  # "east of the Euphrates"
    if of < 1 or tokens[of].lower != "of":
        return False
    word = tokens[of - 1].lower
    if word in _DISTANCE:
        return True
    if word not in _DIRECTIONS:
        return False
    before = of - 2
    if before >= 0 and tokens[before].lower in ("far", "extreme"):
        before -= 1
    return not (before >= 0 and tokens[before].lower == "the")


def _sole_place_role(
    tokens: list[_Token], cues: list[_Cue], head: int, tail: int
) -> tuple[Role, str | None]:
    governor_index, governor = _governor(tokens, head)
    possessive = bool(re.search(r"['’]s$", tokens[tail].text))
    if governor is None and not possessive and tail + 1 < len(tokens):
        following = tokens[tail + 1]
        if following.lower.isalpha() and not following.text[:1].isupper() and (
            following.lower not in _FILLERS
        ):
            return "mention", None  # "since Russia launched its invasion": an actor
    if governor is not None and (
        governor not in _LOCATIVE or _seat_of_speaker(tokens, governor_index)
    ):
        return "mention", None
    events = [
        cue
        for cue in cues
        if cue.is_verb and not cue.weak and cue.role != "conference"
    ]
    return _best(events)


def _judge(
    text: str,
    tokens: list[_Token],
    cues: list[_Cue],
    head: int,
    tail: int,
    list_size: int,
    *,
    is_last: bool = True,
    broad: bool = False,
) -> tuple[Role, str | None]:
    if (
        tail + 1 < len(tokens)
        and tokens[tail + 1].lower in _BORDER_WORDS
        # ("Zimbabwe's border minefields have killed 1,600": its own minefields)
        and not (
            tail + 2 < len(tokens)
            and _MINE_NOUN_WORD.fullmatch(tokens[tail + 2].lower)
        )
    ):
        return "mention", "border"  # "near the Mozambique border": the border, not X
    if [t.lower for t in tokens[tail + 1 : tail + 3]] == [",", "whose"] and (
        tail + 3 < len(tokens) and tokens[tail + 3].lower in _ARMED_FORCES
    ):
        # "Germany, Italy and the United Kingdom, whose armies laid most of
        # these fields": the parties that laid them, not where they lie
        return "mention", "actor"
    if tokens[head].text[:1].isupper() and _most_mined_parts_before(tokens, head - 1):
        # "one of the most heavily mined provinces of Angola": part of it is
        # mined ("part of the country" is left to whichever country it means)
        return "minefield", "most mined parts"
    head = _pair_start(tokens, head, tail)
    if (
        head >= 1
        and tokens[head - 1].lower in ("except", "excluding")
        and {t.lower for t in tokens[max(0, head - 6) : head - 1]}
        & {"every", "all", "each"}
    ):
        # "casualties were reported in every region except Naypyitaw" (but
        # "more casualties than any country except Syria" is compared)
        return "mention", "excepted"
    governor_index, governor = _governor(tokens, head)
    if governor_index >= 0:
        compared = _compared(tokens, cues, governor_index)
        if compared:
            return _best(compared)
    if governor == "in" and _superlative_set_before(tokens, governor_index):
        # "the most mine-affected country in Europe": the set compared in
        return "mention", "comparison"
    if governor is not None and (
        governor in ("with", "between") and _border_before(tokens, governor_index)
    ):
        return "mention", "border"  # "on the border with Uganda, which was mined"
    if (
        governor in _LOCATIVE
        and governor not in ("in", "inside", "within", "across", "throughout")
        and (
            _describes_another_place(tokens, governor_index)
            or _located_by(tokens, governor_index)
        )
    ):
        # "near Novopetrivka, 11 km west of Snihurivka", "Majur, a village
        # between Sunja and Kostajnica": a reference point, the event is elsewhere
        # ... unless a clause of its own says what happened there ("the fields
        # along the border near Aranyaprathet, where both armies laid mines";
        # in "Lički Osik, near Gospić, where ..." the clause is Lički Osik's)
        aside = governor_index > 0 and tokens[governor_index - 1].lower == ","
        where = _where_clause_cues(tokens, cues, tail) if is_last and not aside else []
        if where:
            return _best(where)
        return "mention", "reference"
    crew = tail + 1
    if crew + 1 < len(tokens) and _WORKING_CREW_WORD.fullmatch(tokens[crew].lower):
        # "Xepon teams destroy 1,870 items", "Somaliland deminers clear ...":
        # the place names the crews that work there
        work = _cue_starting_at(cues, crew + 1)
        if work is not None and work.is_verb and work.role != "incident":
            return work.role, work.text
    if governor == "to" and governor_index >= 1:
        handed = _handed_to_body_of(tokens, cues, governor_index, head)
        if handed is not None:
            # "the cleared land was handed over to the municipality of Deçan"
            return handed.role, handed.text
    possessed = _possessed(tokens, cues, tail)
    if isinstance(possessed, _Cue):
        return possessed.role, possessed.text  # "Chad's known minefields"
    if possessed is not None:
        tail = possessed  # "Iraq's Basra province is still mined": as its province
    role, cue = _judge_relation(
        text, tokens, cues, head, tail, list_size, is_last=is_last, broad=broad
    )
    if role == "clearance" and governor in ("in", "at") and governor_index > 0:
        meeting = _cue_ending_at(cues, governor_index - 1)
        if meeting is not None and meeting.role == "conference":
            # "at a ceremony in Penhalonga", "met in Phnom Penh to exchange
            # experience on clearance": the clearance is the meeting's topic
            return meeting.role, meeting.text
    if role == "clearance":
        found = _found_then_cleared(tokens, cues, cue)
        if found is not None:
            # "troops found two landmines near Mir Ali on Friday and destroyed
            # them": what was found lay there, whoever cleared it after
            return found.role, found.text
    if role == "clearance":
        found = _survey_that_found(tokens, cues, cue)
        if found is not None:
            # "non-technical survey in X recorded 19 previously unknown hazardous
            # areas": what the survey found lies there
            return found.role, found.text
    if role == "minefield" and cue in _LAYING_WORDS:
        cleared = _clearance_of_laid_mines(tokens, cues, cue)
        if cleared is not None:
            # "destroyed 6,240 items, most of them devices laid along the coastal
            # road", "near Isfara, where troops had laid mines in 2000; his team
            # removed 1,140 of them": how the mines came there is background
            return cleared.role, cleared.text
    if role == "clearance" and _clearance_during_incident(tokens, cues, cue):
        # "injured when a mine went off while he was clearing": an incident
        return "incident", "during clearance"
    return role, cue


# Who receives land on a place's behalf: "handed over to the municipality of X".
_RECEIVING_BODIES = frozenset(
    "municipality town city commune community village district administration "
    "authorities council people".split()
)


def _handed_to_body_of(
    tokens: list[_Token], cues: list[_Cue], governor_index: int, head: int
) -> _Cue | None:
    """The handover whose receiver is "the <body> of" the place."""
    between = [token.lower for token in tokens[governor_index + 1 : head]]
    if len(between) > 4 or between[-1:] != ["of"]:
        return None
    if not set(between) & _RECEIVING_BODIES:
        return None
    handed = _cue_ending_at(cues, governor_index - 1)
    if handed is not None and handed.role == "clearance" and handed.is_verb:
        return handed
    return None


def _found_then_cleared(
    tokens: list[_Token], cues: list[_Cue], chosen: str | None
) -> _Cue | None:
    """The find that "... and destroyed them" goes on from, in one clause."""
    for cue in cues:
        if cue.role != "clearance" or not cue.is_verb or cue.text != chosen:
            continue
        joined = cue.first_index - 1
        if joined < 1 or tokens[joined].lower not in ("and", "then"):
            continue
        for earlier in cues:
            if (
                earlier.role == "minefield"
                and earlier.is_verb
                and _DISCOVERY.match(earlier.text)
                and 0 < joined - earlier.token_index <= 25
                and not any(
                    token.lower in (";", ".")
                    for token in tokens[earlier.token_index : joined]
                )
            ):
                return earlier
    return None


_SURVEY_CUE = re.compile(r"^(?:(?:non-)?technical\s+)?surveys?$")
# What a survey reports when it finds hazards ("recorded 19 hazardous areas").
_SURVEY_FINDINGS = frozenset(
    "recorded confirmed identified found located registered detected revealed "
    "discovered uncovered confirming identifying recording finding".split()
)


def _survey_that_found(
    tokens: list[_Token], cues: list[_Cue], chosen: str | None
) -> _Cue | None:
    """The hazard a survey found: "survey in X confirmed 26 hectares of mined land".

    A survey that cancels or releases land is clearance; one that reports new
    hazardous areas tells where mines lie.
    """
    for cue in cues:
        if cue.text != chosen or not _SURVEY_CUE.match(cue.text):
            continue
        finding = None
        for index in range(cue.token_index + 1, min(len(tokens), cue.token_index + 16)):
            word = tokens[index].lower
            if word in (".", ";"):
                break
            if word in _SURVEY_FINDINGS:
                # ("a survey of 40 households found that 34 had planted":
                # what people said, not hazards)
                if index + 1 < len(tokens) and tokens[index + 1].lower != "that":
                    finding = index
                break
        if finding is None:
            continue
        later = [c for c in cues if c.first_index > cue.token_index]
        if any(c.role == "clearance" and c.is_verb for c in later):
            return None  # "survey ... found and cancelled": the work is done
        for hazard in later:
            if (
                hazard.role == "minefield"
                and not hazard.weak
                and finding <= hazard.first_index <= finding + 8
            ):
                return hazard
    return None


_LAYING_WORDS = frozenset("laid planted".split())
_NOT_YET = frozenset("never not yet".split())
_CLEARING_VERBS = re.compile(
    r"^(?:cleared|clearing|removed|removing|destroyed|destroying|lifted|lifting|"
    r"neutrali[sz]ed|defused|disposed)$"
)


def _clearance_of_laid_mines(
    tokens: list[_Token], cues: list[_Cue], chosen: str | None
) -> _Cue | None:
    """The clearing of the mines a background "laid" tells of, in one sentence.

    Only a laying told as background counts: a pluperfect ("had laid") or a
    participle after what was laid ("devices laid along the road").
    """
    for cue in cues:
        if cue.text != chosen or cue.first_index < 1:
            continue
        before = tokens[cue.first_index - 1].lower
        background = before == "had" or (
            cue.first_index > 1
            and before == "been"
            and tokens[cue.first_index - 2].lower == "had"
        ) or bool(_MINE_NOUN_WORD.fullmatch(before)) or before in (
            "devices", "items", "ordnance", "explosives", "ieds",
            "them",  # "destroyed 1,140 mines, most of them laid in 1995"
            "they",  # "remove the mines they laid themselves"
        )
        if not background:
            continue
        for other in cues:
            if (
                other.role == "clearance"
                and _clears_what_follows(tokens, other, cue)
                # ("minefields laid before 2000 have never been fully cleared")
                and not any(
                    t.lower in _NOT_YET
                    for t in tokens[max(0, other.first_index - 4) : other.first_index]
                )
            ):
                return other
    return None


def _clears_what_follows(tokens: list[_Token], other: _Cue, laid: _Cue) -> bool:
    """Whether ``other`` is the clearing of something: a clearing verb anywhere,
    or "clearance of" / "removal of" / "destruction of" before what was laid
    ("pay for clearance of the minefields laid during the war")."""
    if other.is_verb and _CLEARING_VERBS.match(other.text):
        return True
    if other.first_index >= laid.first_index:
        return False
    if other.text.startswith(("removal of", "destruction of")):
        return True
    return (
        other.text == "clearance"
        and other.token_index + 1 < len(tokens)
        and tokens[other.token_index + 1].lower == "of"
    )


def _pair_start(tokens: list[_Token], head: int, tail: int | None = None) -> int:
    """The first name of "the Bama–Banki road": the pair is judged as one place.

    A spaced dash joins the pair only when a route noun follows ("the Baidoa –
    Burhakaba road"), since a spaced dash alone may end a heading.
    """
    route = (
        tail is not None
        and tail + 1 < len(tokens)
        and tokens[tail + 1].lower in _ROUTE_WORDS
    )
    while (
        head >= 2
        and tokens[head - 1].lower in ("–", "—", "-")
        and (
            (
                tokens[head - 2].end == tokens[head - 1].start
                and tokens[head - 1].end == tokens[head].start
            )
            or (route and tokens[head - 1].lower != "-")
        )
        and tokens[head - 2].text[:1].isupper()
    ):
        head -= 2
        while head > 0 and tokens[head - 1].text[:1].isupper():
            head -= 1
    return head


_BORDER_WORDS = frozenset("border borders frontier border-line".split())
_ROUTE_WORDS = frozenset("road highway axis route track railway corridor".split())
_ARMED_FORCES = frozenset(
    "army armies forces troops soldiers military militias militaries engineers "
    "government governments".split()
)
# Between the place a reference describes and the reference's preposition:
# ", about 11 km west of", ", a village between", ", some 5 km from".
_REFERENCE_WORDS = frozenset(
    "about some around roughly approximately just nearly almost only a an the "
    "village town city settlement hamlet small tiny remote farming mountain border "
    "river market mining port frontier "
    "km kilometres kilometers miles metres meters north south east west northeast "
    "northwest southeast southwest north-east north-west south-east south-west "
    "of".split()
)
_REFERENCE_NOUNS = frozenset("village town city settlement hamlet".split())


_FEATURE_WORDS = frozenset(
    "valley river mountain mountains hills plain plateau lake forest desert canyon "
    "gorge pass peninsula ridge".split()
)


_CALENDAR_WORDS = MONTHS | WEEKDAYS
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")


def _located_by(tokens: list[_Token], governor_index: int) -> bool:
    """ "on Mount Trebević above Sarajevo": Sarajevo only locates Trebević."""
    if governor_index < 2 or tokens[governor_index].lower not in (
        "near", "above", "below", "outside", "beyond", "off",
    ):  # fmt: skip
        return False
    before = tokens[governor_index - 1]
    if before.lower in _FEATURE_WORDS and tokens[governor_index - 2].text[:1].isupper():
        before = tokens[governor_index - 2]  # "the Panjshir valley near X"
        governor_index -= 1
    return (
        before.text[:1].isupper()
        and before.lower not in _FILLERS
        # ("on 8 October near Téra": a date, not a place)
        and before.lower not in _CALENDAR_WORDS
        # ("struck an IED near X": a device, not a place)
        and not _MINE_NOUN_WORD.fullmatch(before.lower)
        and tokens[governor_index - 2].lower not in (".", "!", "?")
    )


_POSSESSED_WORDS = frozenset(
    "known remaining own last northern southern eastern western central border "
    "former main rural".split()
)


def _possessed(tokens: list[_Token], cues: list[_Cue], tail: int) -> _Cue | int | None:
    """What a possessive place owns: a role word, or the end of a place it holds."""
    if not re.search(r"['’]s$", tokens[tail].text) and not (
        tail + 1 < len(tokens) and tokens[tail + 1].lower in ("'s", "’s")
    ):
        return None
    index = tail + 1
    if index < len(tokens) and tokens[index].lower in ("'s", "’s"):
        index += 1
    start = index
    own_clearance = _own_forces_clearing(tokens, cues, index)
    if own_clearance is not None:
        return own_clearance
    place_end = None
    while index < len(tokens) and index < start + 5:
        cue = _cue_starting_at(cues, index)
        if cue is not None and not cue.is_verb:
            return cue if cue.role in ("minefield", "incident") else None
        token = tokens[index]
        if token.text[:1].isupper():
            place_end = index
        elif token.lower in _FILLERS and place_end is not None:
            place_end = index  # "Iraq's Basra province"
        elif token.lower not in _POSSESSED_WORDS:
            break
        index += 1
    return place_end


def _own_forces_clearing(
    tokens: list[_Token], cues: list[_Cue], index: int
) -> _Cue | None:
    """ "Armenia's national centre reported clearing 1.6 square km": its own land.

    A country's army or mine action centre clears at home; a donor's money
    ("Japan's grant funded clearance") names no work of the country's own.
    """
    owner = index
    while (
        owner + 1 < len(tokens)
        and tokens[owner].lower in _CLEARER_MODIFIERS
        and tokens[owner + 1].lower in _CLEARER_WORDS
    ):
        owner += 1  # "Armenia's national mine action centre", "its army engineers"
    if owner >= len(tokens) or tokens[owner].lower not in _NATIONAL_CLEARERS:
        return None
    verb = owner + 1
    if verb < len(tokens) and tokens[verb].lower in ("reported", "still"):
        verb += 1
    words = [t.lower for t in tokens[verb : verb + 6]]
    if words[:2] in (["says", "its"], ["said", "its"]):
        # "Pakistan's military says its own engineers are clearing shells"
        verb += 2
        while verb < len(tokens) and tokens[verb].lower in _CLEARER_WORDS:
            verb += 1
        while verb < len(tokens) and tokens[verb].lower in _CLAUSE_VERBS:
            verb += 1
    cue = _cue_starting_at(cues, verb)
    if cue is None or not cue.is_verb:
        return None
    # ("Ecuador's army still has 50,000 square metres to clear": its land)
    left_to_clear = cue.role == "minefield" and cue.text.startswith(("has", "have"))
    return cue if cue.role == "clearance" or left_to_clear else None


_NATIONAL_CLEARERS = frozenset(
    "army engineers deminers sappers centre center authority agency military".split()
)
_CLEARER_MODIFIERS = frozenset(
    "national mine action own military army armed forces demining humanitarian".split()
)
_CLEARER_WORDS = _CLEARER_MODIFIERS | _NATIONAL_CLEARERS


def _resident_before(tokens: list[_Token], governor_index: int) -> bool:
    index = governor_index - 1
    if (
        index >= 3
        and tokens[index].lower == ")"
        and tokens[index - 1].lower.isdigit()
        and tokens[index - 2].lower == "("
    ):
        index -= 3  # "a resident (61) of the village of Chinari": his age
    return index >= 0 and tokens[index].lower in _RESIDENTS


def _home_in_apposition(tokens: list[_Token], governor_index: int, tail: int) -> bool:
    """ "the porter, a resident of Balnoi village, was ...": an aside on a person."""
    resident = governor_index - 1
    if resident < 3:
        return False
    after = tail + 1
    while after < len(tokens) and tokens[after].lower in _FILLERS:
        after += 1  # "of Balnoi village,"
    person = tokens[resident - 3].lower
    return (
        tokens[resident - 1].lower in ("a", "an")
        and tokens[resident - 2].lower == ","
        # the aside follows a person ("the porter,"), not a date ("On 14 May,")
        and person.isalpha()
        and person.islower()
        and person not in _CALENDAR_WORDS
        and person not in _TIMES_OF_DAY
        and after < len(tokens)
        and tokens[after].lower == ","
    )


_TIMES_OF_DAY = frozenset(
    "yesterday today morning afternoon evening night weekend week month year".split()
)


def _border_before(tokens: list[_Token], governor_index: int) -> bool:
    index = governor_index - 1
    while index >= 0 and tokens[index].lower in ("the", "shared", "common", "its"):
        index -= 1
    if index < 0 or tokens[index].lower not in _BORDER_WORDS:
        return False
    return not _stretch_of(tokens, index)


def _stretch_of(tokens: list[_Token], index: int) -> bool:
    """ "on the stretch of border between Musengezi and Mukumbura": its ends,
    like "the road between X and Y", not the countries a border divides."""
    return (
        index >= 2
        and tokens[index - 1].lower == "of"
        and tokens[index - 2].lower in _STRETCHES
    )


def _describes_another_place(tokens: list[_Token], governor_index: int) -> bool:
    index = governor_index - 1
    # "Kapytolivka, on the eastern edge of Izium": the reference follows "on"
    saw_reference = any(
        t.lower in ("edge", "edges", "outskirts", "side", "fringe", "fringes")
        for t in tokens[governor_index + 1 : governor_index + 5]
    ) or tokens[governor_index].lower in ("opposite", "across", "near", "outside")
    if tokens[governor_index].lower == "of" and governor_index > 0:
        # "Kalosevic, north of Teslic": a direction from another place
        saw_reference = saw_reference or tokens[governor_index - 1].lower in _DIRECTIONS
    while index >= 0 and (
        tokens[index].lower in _REFERENCE_WORDS
        or re.fullmatch(r"\d+(?:[.,]\d+)?", tokens[index].lower)
    ):
        saw_reference = saw_reference or (
            tokens[index].lower in _DISTANCE or tokens[index].lower in _REFERENCE_NOUNS
        )
        index -= 1
    if not saw_reference or index < 1 or tokens[index].lower != ",":
        return False
    if (
        index >= 2
        and tokens[index - 1].lower in _PART_NOUNS
        and tokens[governor_index].lower == "of"
        and tokens[governor_index - 1].lower in _DIRECTIONS
    ):
        index -= 1  # "In Logar province, south of Kabul, deminers cleared ..."
    return tokens[index - 1].text[:1].isupper()


def _clearance_during_incident(
    tokens: list[_Token], cues: list[_Cue], cue_text: str | None
) -> bool:
    incident = [cue for cue in cues if cue.role == "incident" and cue.is_verb]
    if not incident:
        return False
    for cue in cues:
        if cue.role != "clearance" or cue.text != cue_text:
            continue
        before = tokens[max(0, cue.first_index - 5) : cue.first_index]
        if {t.lower for t in before} & {"while", "during", "whilst"}:
            return True
    return False


_GOAL_PREDICATE = re.compile(
    r"(?:(?:has|have|had)\s+(?:until|till)\b|(?:remains?\s+|is\s+|are\s+)?"
    r"committed\s+to\b|(?:has|have|had)\s+asked\b[^.;]{0,80}?\b(?:more\s+time|"
    r"extension)\b|(?:will|would)\s+(?:need|ask|request)\b|aims?\s+to\b|"
    r"(?:plans?|intends?|hopes?|expects?)\s+to\s+(?:complete|finish|clear|be)\b)",
    re.IGNORECASE,
)


def _judge_relation(
    text: str,
    tokens: list[_Token],
    cues: list[_Cue],
    head: int,
    tail: int,
    list_size: int,
    *,
    is_last: bool = True,
    broad: bool = False,
) -> tuple[Role, str | None]:
    governor_index, governor = _governor(tokens, head)
    after = _skip_apposition(text[tokens[tail].end : tokens[tail].end + 240])
    # A modifier: "the Sarybaba minefield", "Kharkiv demining teams".
    modified = _cue_right_after(cues, tokens, tail)
    # A relative clause about the place: "X, where deminers found ...".
    # "between X and Y, where ..." speaks of Y only.
    extra = (
        _where_clause_cues(tokens, cues, tail)
        if is_last or _plural_apposition(tokens, tail)
        else []
    )
    if (
        head > 1
        and tokens[head - 1].lower == "them"
        and tokens[head - 2].lower in ("among", "including")
        # ("several states, among them Angola, said ...": a subject of its own)
        and not _predicate_follows(tokens, tail)
    ):
        # "29 municipalities were declared free of mines, among them Briceño"
        return _best([c for c in cues if c.first_index < head and not c.weak] + extra)
    if governor is None:
        if modified is not None:
            return _best([modified, *extra])
        predicate = _COPULA_PREDICATE.match(after)
        if predicate:
            word = predicate.group("word")
            role: Role = "minefield"
            if word in ("cleared", "demined") or word.startswith("declared"):
                role = "clearance"
            return role, word
        host = _HOST_PREDICATE.match(after)
        if host and _MEETING_CONTEXT.search(host.group("rest").lower()):
            return "conference", "hosted"
        if _GOAL_PREDICATE.match(after):
            # "Peru has until the end of 2024 to complete the clearance",
            # "Zimbabwe remains committed to completing clearance by its
            # deadline": a treaty goal, nothing done there (land still mined
            # is told as such: "to clear its remaining minefields")
            stated = _predicate_cues(tokens, cues, tail)
            return _best([c for c in stated if c.role == "minefield"] + extra)
        found = _predicate_cues(tokens, cues, tail) + extra
        object_of = _cue_right_before(cues, tokens, head)
        if object_of is not None and object_of.is_verb and list_size < 3:
            found.append(object_of)
        return _best(found)
    if governor == "way-to":
        # "hit a mine on the road to X": only a role word next to the road
        # counts; the clause's other events happened elsewhere on the way.
        found = _attached_cues(
            tokens, cues, governor_index, head, tail, list_size, broad=True
        )
        return _best(found + extra)
    if governor in _LOCATIVE and _agreed_relation_before(tokens, governor_index):
        return "mention", "parties"  # "since the truce signed in Pretoria"
    if (
        governor == "in"
        and tokens[governor_index - 1].lower
        in ("war", "wars", "conflict", "fighting", "invasion")
        # ("explosive remnants of war in Myanmar" lie in Myanmar)
        # ("a remnant of the war in the area of X" too)
        and not any(
            token.lower in ("remnants", "remnant", "leftovers", "leftover")
            for token in tokens[max(0, governor_index - 4) : governor_index - 1]
        )
        # "mines laid during the civil war in X" were laid in X; "since the
        # conflict in X began, mines have killed 800": the toll is X's
        and not any(
            token.lower in _LAID_WORDS
            for token in tokens[max(0, governor_index - 9) : governor_index]
        )
        and not any(
            token.lower == "since"
            for token in tokens[max(0, governor_index - 4) : governor_index]
        )
    ):
        return "mention", "parties"  # "when the war in Ukraine reached the ports"
    if governor == "between" and _relation_before(tokens, governor_index):
        # "the war between Iraq and Iran": the parties
        return _best(extra) if extra else ("mention", "parties")
    if governor in _LOCATIVE and (
        tokens[governor_index - 1].lower in _CARE
        or (governor_index > 1 and tokens[governor_index - 2].lower in _CARE)
        # "the University Clinical Centre in Tuzla", "a health center in X"
        or (
            governor_index > 1
            and tokens[governor_index - 1].lower in ("centre", "center")
            and tokens[governor_index - 2].lower in _CARE_CENTRES
        )
    ):
        return "mention", "care"  # "taken to the hospital in Doboj, where ..."
    if governor in ("in", "at") and tokens[governor_index - 1].lower in (
        "reporters", "journalists",
    ):  # fmt: skip
        return "mention", "seat"  # "the centre told reporters in Belgrade"
    if governor in ("in", "at") and tokens[governor_index - 1].lower in (
        "court", "courts", "tribunal", "prosecutor", "prosecutors",
    ):  # fmt: skip
        # "a criminal court in Medellín sentenced two men for laying the mines
        # that killed ...": the trial's seat, the blast was elsewhere
        return "mention", "seat"
    if (
        governor in ("in", "at")
        and tail + 1 < len(tokens)
        and tokens[tail + 1].lower in _SPEECH
        and (
            (
                tokens[governor_index - 1].text[:1].isupper()
                # ("Villagers in X reported a bomb": people of X, capitalised
                # only as the sentence's first word)
                and not (
                    governor_index == 1 and tokens[0].lower in _RESIDENTS
                )
            )
            # "human rights groups in Kyiv say"
            or tokens[governor_index - 1].lower in _SPEAKER_GROUPS
        )
        and tokens[tail].lower not in _AREA_WORDS
    ):
        return "mention", "seat"  # "the Office for Peace in Bogota says ..."
    if (
        governor in _LOCATIVE
        and _seat_of_speaker(tokens, governor_index)
        and not (tail + 1 < len(tokens) and tokens[tail + 1].lower in _AREA_WORDS)
        and tokens[tail].lower not in _AREA_WORDS  # "Police in Una-Sana Canton"
    ):
        # "officials in X said", "the government in X"; but "a meeting of the
        # authorities in X" is held in X
        return _best(_meeting_before(tokens, cues, governor_index) + extra)
    if governor in _LOCATIVE:
        if modified is not None and modified.role == "conference":
            return modified.role, modified.text  # "at a Geneva meeting"
        found = _attached_cues(
            tokens, cues, governor_index, head, tail, list_size, broad=broad
        )
        if not found and modified is not None:
            found = [modified]
        return _best(found + extra)
    if governor == "by" and _holder_before(tokens, governor_index):
        if any(
            token.lower in ("which", "that")
            for token in tokens[max(0, governor_index - 6) : governor_index - 1]
        ):
            # "Western Sahara, most of which is controlled by Morocco, is ...":
            # an aside on who holds the place before it
            return _best(extra) if extra else ("mention", "holder")
        # "killed in the territories regained by Azerbaijan": land held by X
        # lies in X, so X takes what the land's own preposition attaches to.
        held_at = _held_land_preposition(tokens, governor_index - 1)
        found = _attached_cues(
            tokens, cues, held_at, head, tail, list_size, broad=broad
        )
        return _best(found + extra)
    if governor == "of" and _resident_before(tokens, governor_index):
        if _home_in_apposition(tokens, governor_index, tail):
            # "the young soldier, a resident of Kathua, was on patrol when the
            # mine went off": where he comes from, the blast was elsewhere
            return _best(extra) if extra else ("mention", "origin")
        handed = _cue_ending_at(cues, governor_index - 1)
        if handed is not None and handed.is_verb:
            # "handed over to the population of the village of X": their land
            return handed.role, handed.text
        found = _predicate_cues(tokens, cues, tail) or [
            cue for cue in cues if cue.first_index > tail and cue.is_verb
        ][:1]
        return _best(found + extra)
    if governor in ("of", "from", "by"):
        before = _cue_ending_at(cues, governor_index - 1)
        if before is not None and (governor == "of" or before.is_verb):
            if governor == "by" and before.role != "conference":
                return _best(extra)  # "mines planted by X": X is the actor
            return before.role, before.text
        if governor == "from" and tokens[governor_index - 1].lower in _FROM_ORIGIN:
            return _best(extra)  # "an army disposal team from Prizren": its base
        if governor == "from":
            # "removed 18 submunitions from fields near X"
            removal = [
                cue
                for cue in cues
                if cue.role == "clearance"
                and cue.is_verb
                and cue.token_index < governor_index
                and _word_gap(tokens, cue.token_index + 1, governor_index) <= 6
            ]
            if removal:
                return _best(removal[-1:] + extra)
    if modified is not None and governor not in ("from", "of", "such", "like"):
        return _best([modified, *extra])
    return _best(extra)


# "a team from X", "a herder from X": where they come from, not where they act.
_FROM_ORIGIN = frozenset(
    "team teams unit units squad squads crew crews deminers sappers experts "
    "specialists engineers officials delegation delegations delegates "
    "participants herder herders farmer farmers man men woman women boy boys "
    "girl girls family families refugees people residents villagers".split()
)
_COMPARATIVES = frozenset(
    "most more highest largest worst second third biggest greatest".split()
)


_SET_NOUNS = frozenset(
    "country countries nation nations place places territory territories land "
    "lands states".split()
)
_SUPERLATIVES = frozenset(
    "most largest worst highest biggest heaviest longest deadliest".split()
)


_PART_NOUNS = frozenset(
    "province provinces district districts region regions area areas part parts "
    "county counties municipality municipalities governorate governorates "
    "department departments oblast oblasts state states".split()
)
_CONTAMINATED_WORDS = frozenset(
    "mined contaminated mine-affected affected mine-contaminated".split()
)


def _most_mined_parts_before(tokens: list[_Token], governor_index: int) -> bool:
    """ "the most heavily mined provinces of Angola": the whole holds them."""
    if (
        governor_index < 2
        or tokens[governor_index].lower not in ("of", "in")
        or tokens[governor_index - 1].lower not in _PART_NOUNS
    ):
        return False
    window = {t.lower for t in tokens[max(0, governor_index - 6) : governor_index - 1]}
    return bool(window & _SUPERLATIVES and window & _CONTAMINATED_WORDS)


def _superlative_set_before(tokens: list[_Token], governor_index: int) -> bool:
    """ "one of the most heavily mined places in Africa": "in" names the set."""
    if governor_index < 2 or tokens[governor_index - 1].lower not in _SET_NOUNS:
        return False
    if tokens[governor_index - 2].lower in ("took", "takes", "take", "taking"):
        return False  # "the deadliest accident took place in X": no set
    return any(
        t.lower in _SUPERLATIVES
        for t in tokens[max(0, governor_index - 7) : governor_index - 1]
    )


def _compared(
    tokens: list[_Token], cues: list[_Cue], governor_index: int
) -> list[_Cue]:
    """ "more casualties than any country except Syria", "the most heavily mined
    part of the country after Donetsk", "1,003 casualties, ahead of Syria":
    the place is compared on what the sentence counts."""
    word = tokens[governor_index].lower
    before = tokens[governor_index - 1].lower if governor_index > 0 else ""
    followed = word == "by" and before == "followed"  # "150, followed by Taiz (94)"
    if not (
        word in ("except", "than", "after", "behind")
        or (word == "of" and before in ("ahead", "behind"))
        or followed
    ):
        return []
    start = max(0, governor_index - 16)
    if not any(t.lower in _COMPARATIVES for t in tokens[start:governor_index]) and (
        before not in ("ahead", "behind") and not followed
    ):
        return []
    return [
        cue
        for cue in cues
        if cue.token_index < governor_index
        and cue.role in ("incident", "minefield")
        and not cue.weak
    ]


# Where the wounded are treated is no place of the event.
_CARE = frozenset(
    "hospital hospitals clinic clinics morgue treated hospitalised hospitalized "
    "admitted infirmary".split()
)
_CARE_CENTRES = frozenset(
    "clinical medical health trauma surgical rehabilitation orthopaedic orthopedic "
    "prosthetic".split()
)
_SPEECH = frozenset(
    "says said say reported reports report announced told stated added "
    "confirmed confirms".split()
)
_SPEAKER_GROUPS = frozenset(
    "groups organisations organizations activists experts analysts sources "
    "observers monitors service ministry centre center office agency authority "
    "authorities police government directorate administration commission".split()
)
# "officials in Tuzla Canton report that ...": a province's officials speak of it.
_AREA_WORDS = frozenset(
    "province region canton district oblast county department governorate state "
    "municipality raion rayon".split()
)
# "a resident of X was injured": the resident's place is where it happened.
_RESIDENTS = frozenset(
    "resident residents inhabitant inhabitants villager villagers "
    # "locals of Kamalamai found a bomb", "people of Vinh Thuy commune found"
    "local locals people farmers families "
    # "a herder of the rural commune of Tongomayel was wounded"
    "farmer herder herders shepherd shepherds peasant peasants".split()
)
_SPEAKERS = frozenset(
    "official officials government authorities authority ministry ministries "
    "minister spokesman spokeswoman spokesperson embassy office offices "
    "headquarters headquartered based donors diplomats "
    "ambassador ambassadors journalist journalists reporter correspondent "
    "university researchers analysts born lives lived studied hospital hospitals "
    "clinic clinics morgue coordinator coordinators director directors mayor "
    "centre center directorate agency headquarter officer officers "
    "governor commander chief head manager adviser advisor representative "
    "spokespeople police".split()
)


# "the war between X and Y", "the border between X and Y": the places are the
# parties of a relation, not where something happened.
_RELATIONS = frozenset(
    "war wars conflict conflicts fighting fight hostilities border borders frontier "
    "frontiers boundary boundaries treaty treaties agreement agreements talks "
    "relations ceasefire cease-fire peace deal negotiations dispute disputes "
    "line".split()
)
# "regained by X", "controlled by X": the land is X's.
_HELD = frozenset(
    "regained retaken recaptured reclaimed liberated controlled held occupied "
    "administered governed".split()
)


def _relation_before(tokens: list[_Token], governor_index: int) -> bool:
    index = governor_index - 1
    while index >= 0 and tokens[index].lower in ("the", "a", "an", "recent", "former"):
        index -= 1
    return (
        index >= 0
        and tokens[index].lower in _RELATIONS
        and not (tokens[index].lower in _BORDER_WORDS and _stretch_of(tokens, index))
    )


def _agreed_relation_before(tokens: list[_Token], governor_index: int) -> bool:
    index = governor_index - 1
    if index < 1 or tokens[index].lower not in (
        "signed", "agreed", "reached", "brokered", "concluded", "fought", "waged",
    ):  # fmt: skip
        return False
    if tokens[index - 1].lower in ("agreement", "accord", "accords", "treaty", "deal"):
        # "the peace agreement signed in Brasilia in 1998" (a funding agreement
        # signed in Juba on Thursday is a ceremony held there)
        return index > 1 and tokens[index - 2].lower in (
            "peace", "ceasefire", "cease-fire", "truce", "armistice",
        )  # fmt: skip
    return tokens[index - 1].lower in (
        "truce", "ceasefire", "cease-fire", "peace", "armistice", "battle", "battles",
        "war", "wars", "fighting", "conflict",
    )  # fmt: skip


def _holder_before(tokens: list[_Token], governor_index: int) -> bool:
    return governor_index > 0 and tokens[governor_index - 1].lower in _HELD


def _held_land_preposition(tokens: list[_Token], holder_index: int) -> int:
    """Return the index of "in" in "in the districts regained by", else the holder's."""
    index = holder_index - 1
    while index >= 0 and index > holder_index - 5 and tokens[index].lower in _FILLERS:
        index -= 1
    if index >= 0 and tokens[index].lower in _LOCATIVE:
        return index
    return holder_index


def _seat_of_speaker(tokens: list[_Token], governor_index: int) -> bool:
    if governor_index < 1:
        return False
    before = governor_index - 1
    if tokens[before].lower == ")" and before > 2 and tokens[before - 2].lower == "(":
        before -= 3  # "the Turkish Mine Action Centre (TURMAC) in Ankara"
    if before >= 0 and tokens[before].lower in ("centre", "center") and any(
        token.lower in _TRAINING_WORDS for token in tokens[max(0, before - 6) : before]
    ):
        return False  # "she trained at its centre in Phonsavan": a course held there
    return before >= 0 and (
        tokens[before].lower in _SPEAKERS
        # an institution's own name: "the Mine Action Centre in Ankara"
        or tokens[before].text in _INSTITUTION_NOUNS
    )


_TRAINING_WORDS = frozenset("trained training train trains course courses".split())

_INSTITUTION_NOUNS = frozenset(
    "Centre Center Agency Authority Commission Directorate Committee Ministry "
    "Office Department Service Secretariat".split()
)


def _best(cues: Sequence[_Cue]) -> tuple[Role, str | None]:
    if not cues:
        return "mention", None
    strong = [cue for cue in cues if not cue.weak] or list(cues)
    best = min(strong, key=lambda cue: ROLES.index(cue.role))
    return best.role, best.text


_APPOSITION = re.compile(r"^\s*,[^,.;]{1,140},\s*")


def _skip_apposition(after: str) -> str:
    """Drop fillers and one parenthetical after a place ("X, to the north, remains")."""
    after = _skip_fillers_text(after)
    located = re.match(
        # ("Mesetas in Meta department was declared free": Mesetas is the subject)
        r"\s*(?:near|outside|above|below|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?"
        r"(?=(?:is|are|was|were|has|have|remains?)\b)",
        after,
    )
    if located:
        after = after[located.end() :]
    match = _APPOSITION.match(after)
    if match and not re.match(r"\s*,\s*(?:where|which|who)\b", after):
        after = _skip_fillers_text(after[match.end() :])
    return after.lstrip(" ")


# What may stand between "has" and what a place holds: "close to 800 square
# kilometres of", "more than one thousand".
_QUANTITY_WORDS = frozenset(
    "close to around about some more than over nearly almost roughly up of the "
    "square kilometres kilometers km2 km² hectares ha acres one two three four five "
    "six seven eight nine ten hundred hundreds thousand thousands million millions "
    "dozens many several , . an a".split()
)
_AUXILIARIES = frozenset(
    "has have had is are was were will would may might could can been be being "
    "not also still now already reportedly recently again just further yet "
    "alone even only together combined jointly "
    # "Mesetas (was) declared free of mines": the predicate follows
    "declared officially formally "
    # "Mauritania declared itself free of known minefields"
    "itself themselves".split()
)
# Verbs whose subject place suffers or holds what the rest of the clause says:
# "Cambodia recorded 45 casualties", "X contains the largest minefields".
_EXPERIENCER_VERBS = frozenset(
    "recorded records record reported reports report registered registers saw "
    "sees see suffered suffers suffer faces face faced contains contain contained "
    "remains remain remained counts count counted has have had is are was were "
    "lies lie became becomes experienced experiences witnessed logged holds hold "
    "claims claim claimed accounted accounts account completed completes complete "
    "finished finishes began begins started starts continued continues "
    "conducted conducts "
    # passive judgements: "X is considered one of the most mined countries"
    "considered regarded seen thought believed deemed ranked listed classified "
    "described".split()
)
_DETERMINERS = frozenset(
    "until "  # "Croatia has until 2026 to clear its remaining minefields"
    "some the a an many more most one large vast several dozens hundreds thousands "
    "no about over nearly almost around roughly approximately an estimated up "
    "at".split()
)


_GROUP_NOUNS = frozenset(
    "districts provinces regions municipalities villages towns communes countries "
    "counties departments governorates states areas cantons oblasts".split()
)


# "The department's capital, Medellín, hosted ...": one place in apposition
_APPOSITION_HEADS = _GROUP_NOUNS | frozenset(
    "capital town city village district province region municipality county "
    "department governorate state canton oblast".split()
)


def _closes_apposition(tokens: list[_Token], tail: int) -> bool:
    """Whether the comma after ``tail`` closes "<group noun> of ..., A and B,"
    or "<the capital>, A,"."""
    for index in range(tail - 1, max(-1, tail - 9), -1):
        word = tokens[index].lower
        if word in (".", ";", ":"):
            return False
        if word == ",":
            before = {t.lower for t in tokens[max(0, index - 4) : index]}
            return bool(before & _APPOSITION_HEADS)
    return False


def _predicate_cues(tokens: list[_Token], cues: list[_Cue], tail: int) -> list[_Cue]:
    """Return the role words of a clause whose subject is the place, if it suffers them.

    "Armenia has not handed over maps" gives nothing (Armenia acts);
    "Cambodia recorded 45 casualties" gives the casualties.
    """
    index = tail + 1
    while index < len(tokens) and tokens[index].lower in _FILLERS:
        index += 1  # "The Putumayo department, on the border with Ecuador, has ..."
    if index < len(tokens) and tokens[index].lower == ",":
        # skip a parenthetical: "X, to the north, also remains ..."
        closing = next(
            (i for i in range(index + 1, min(len(tokens), index + 14))
             if tokens[i].lower == ","),
            None,
        )  # fmt: skip
        if closing is not None:
            index = closing + 1
        elif _closes_apposition(tokens, tail):
            index += 1  # "Two districts, Kampot and Kep, still have mined areas"
        else:
            return []
    while index < len(tokens) and tokens[index].lower in _FILLERS:
        index += 1
    if [t.lower for t in tokens[index : index + 3]] == ["as", "a", "whole"]:
        index += 3  # "Ukraine as a whole recorded 264 civilians killed"
    verb_index = index
    while verb_index < len(tokens) and tokens[verb_index].lower in _AUXILIARIES:
        verb_index += 1
    if verb_index >= len(tokens):
        return []
    auxiliaries = [tokens[i].lower for i in range(index, verb_index)]
    if "not" in auxiliaries:
        return []  # "Armenia has not handed over maps": nothing happened there
    holds = tokens[verb_index].lower in ("holds", "held", "hold")
    if auxiliaries[-1:] in (["has"], ["have"], ["had"]) or holds:
        held = verb_index + holds  # "Sa Kaeo still held about 12 km2 of ..."
        while held < min(len(tokens), verb_index + 8) and (
            tokens[held].lower in _QUANTITY_WORDS or tokens[held].lower[:1].isdigit()
        ):
            held += 1  # "still has close to 800 square kilometres of suspected land"
        owned = _cue_starting_at(cues, held)
        if owned is not None and not owned.is_verb and owned.role == "minefield":
            return [owned]  # "Kep still has suspected areas", "... have mined areas"
    direct = _cue_starting_at(cues, verb_index)
    if direct is None:
        # "Laos still has tens of millions of bomblets": the verb is a word that
        # is otherwise an auxiliary
        direct = next(
            (
                cue
                for i in range(index, verb_index)
                if (cue := _cue_starting_at(cues, i)) is not None and cue.is_verb
            ),
            None,
        )
    if (
        direct is not None
        and direct.is_verb
        # (a country that "trained" people trained them elsewhere; one that
        # "hosted" a workshop held it at home)
        and (direct.role != "conference" or direct.text.startswith("host"))
    ):
        # (a country that "trained" people trained them elsewhere)
        clause_end = _clause_end(tokens, verb_index + 1)
        but_end = _but_clause_end(tokens, verb_index)
        return [
            direct,
            *(c for c in cues if clause_end < c.first_index < but_end and not c.weak),
        ]
    verb = tokens[verb_index].lower
    if verb == "the" and {"was", "were", "is", "are"} & set(auxiliaries):
        # "X was again the worst affected area, with 27 people killed": the
        # toll after "with" is the ranked place's own
        ranked_by_toll = _toll_with_superlative(tokens, cues, verb_index)
        if ranked_by_toll:
            return ranked_by_toll
    if verb in ("one", "the", "among") and auxiliaries[-1:] in (["is"], ["are"]):
        # "X is one of the departments with the most accidents": a ranking
        ranked = [
            cue
            for cue in cues
            if verb_index < cue.first_index <= verb_index + 5
            and (
                cue.text.startswith("with the")
                # "Iraq as a whole is one of the most heavily contaminated countries"
                or (
                    cue.role == "minefield"
                    and any(
                        # ("is among the worst affected")
                        t.lower in ("most", "worst", "hardest")
                        for t in tokens[verb_index : cue.first_index + 1]
                    )
                )
            )
        ]
        if ranked:
            return ranked
    possessive = auxiliaries[-1:] in (["has"], ["have"], ["had"]) and (
        verb in _DETERMINERS or verb.isdigit()  # "Angola had 1,046 square km of"
    )
    # "Azerbaijan says more than 380 people have been killed by mines": a
    # country's own count of what happened on its land
    told_of_itself = verb in ("says", "estimates", "estimated") and not auxiliaries
    if not (verb in _EXPERIENCER_VERBS or possessive or told_of_itself):
        return []
    end = _but_clause_end(tokens, verb_index)
    found = [cue for cue in cues if verb_index <= cue.first_index < end]
    if not found and verb in ("accounted", "account", "accounts") and any(
        t.lower == "them" for t in tokens[verb_index : min(end, verb_index + 7)]
    ):
        # "13 casualties ..., and A and B accounted for most of them": what the
        # sentence counted before them
        found = [cue for cue in cues if cue.first_index < verb_index and not cue.weak]
    return found


def _toll_with_superlative(
    tokens: list[_Token], cues: list[_Cue], article_index: int
) -> list[_Cue]:
    """The incident words after "with" in "the worst affected area, with 27 killed"."""
    words = [t.lower for t in tokens[article_index + 1 : article_index + 4]]
    if not {"worst", "hardest", "most"} & set(words):
        return []
    with_index = next(
        (
            i
            for i in range(article_index + 2, min(len(tokens), article_index + 9))
            if tokens[i].lower == "with"
        ),
        None,
    )
    if with_index is None:
        return []
    return [
        cue
        for cue in cues
        if cue.role == "incident" and with_index < cue.first_index <= with_index + 6
    ]


def _but_clause_end(tokens: list[_Token], verb_index: int) -> int:
    """Where the subject's clause ends, a "but" clause after it included.

    "Serbia has finished clearance but still reports contamination", "X has
    cleared most of its land, but 20 square km remain": the rest is X's too.
    """
    end = _clause_end(tokens, verb_index + 1)
    if end < len(tokens) and tokens[end].lower == "but":
        end = _clause_end(tokens, end + 1)
    return end


def _cue_starting_at(cues: list[_Cue], index: int) -> _Cue | None:
    for cue in cues:
        if cue.first_index == index:
            return cue
    return None


def _skip_fillers_text(after: str) -> str:
    """Drop the generic words after a place ("district", "region"), keep the rest."""
    words = after.lower().split(" ")
    index = 0
    while index < len(words) and (not words[index] or words[index] in _FILLERS):
        index += 1
    if index < len(words) and words[index].rstrip(",") in _FILLERS:
        words[index] = "," if words[index].endswith(",") else ""  # "district," -> ","
    return " ".join(words[index:]).lstrip()


def _tokenize(text: str, start: int, end: int) -> list[_Token]:
    return [
        _Token(
            match.group(),
            match.group().lower(),
            start + match.start(),
            start + match.end(),
        )
        for match in _TOKEN.finditer(text[start:end])
    ]


def _token_at(tokens: list[_Token], offset: int) -> int:
    for index, token in enumerate(tokens):
        if token.end > offset:
            return index
    return len(tokens) - 1


def _find_cues(
    text: str, tokens: list[_Token], lowered: str, around: str
) -> list[_Cue]:
    base = tokens[0].start
    has_mines = may_match(_MINE_CONTEXT_WORDS, around) and bool(
        _MINE_CONTEXT.search(around)
    )
    has_meeting = may_match(_MEETING_CONTEXT_WORDS, around) and bool(
        _MEETING_CONTEXT.search(around)
    )
    starts = {token.start - base: index for index, token in enumerate(tokens)}
    ends = {token.end - base: index for index, token in enumerate(tokens)}
    found: dict[int, _Cue] = {}
    for (role, is_verb, is_weak, pattern), words in zip(_CUES, _CUE_WORDS, strict=True):
        if not may_match(words, lowered):
            continue
        for match in pattern.finditer(lowered):
            first = starts.get(match.start())
            last = ends.get(match.end())
            if first is None or last is None:
                continue
            word = " ".join(match.group().split())
            if (
                is_verb
                and role == "conference"
                and _NEEDS_MEETING.match(word)
                and word != "trained"
                and not (has_meeting and _meeting_near(tokens, first, last))
            ):
                continue  # "the city still holds much of the work": no meeting
            if word in ("met", "meet", "meets") and last + 1 < len(tokens) and (
                tokens[last + 1].lower in ("him", "her", "me", "us", "them")
            ):
                continue  # "we met him in Tuzla": an interview, no meeting
            if is_verb and role in ("incident", "minefield") and first > 0 and (
                tokens[first - 1].text in _MODAL_BEFORE  # (not "on 29 May")
                or (first > 1 and tokens[first - 2].lower == "if")
            ) and tokens[first].lower not in ("not", "never"):
                continue  # "any metal object can kill", "if they find anything"
            if word == "buried" and last not in found and first > 1 and tokens[
                first - 1
            ].lower in ("was", "were", "be") and any(
                t.lower in _BURIED_PEOPLE for t in tokens[max(0, first - 4) : first - 1]
            ):
                found[last] = _Cue("conference", last, first, word, True, False)
                continue  # "they were buried in Valuyki": a funeral
            if word.startswith("launch") and any(
                t.lower in ("campaign", "campaigns", "programme", "program",
                            "project", "operation", "operations", "appeal")
                for t in tokens[last + 1 : last + 6]
            ):  # fmt: skip
                continue  # "launches an awareness campaign in X": no meeting
            if _NEEDS_MINE_NOUN.match(word) and not has_mines:
                continue
            if word == "released" and any(
                t.lower in _RELEASED_NOT_LAND for t in tokens[last + 1 : last + 4]
            ):
                continue  # "released six albums", "released the figures"
            if (
                word == "released"
                and last + 1 < len(tokens)
                and tokens[last + 1].lower in ("in", "on", "at", "by", "last", "this")
                and _published_before(tokens, first)
            ):
                # "according to figures the UN released in Bamako": published
                # there, which says nothing of the land
                found[last] = _Cue("mention", last, first, "published", True, False)
                continue
            if last in found:
                continue
            if (
                is_verb
                and " " not in word
                and first > 0
                and (
                    tokens[first - 1].lower in ("the", "a", "an")
                    # "on the return of cleared land to its owners"
                    or (
                        role == "clearance"
                        and tokens[first - 1].lower in ("of", "for", "on", "with")
                        and last + 1 < len(tokens)
                        and tokens[last + 1].lower in _LAND_NOUNS
                    )
                )
            ):
                continue  # "the cleared land", "a mined road": adjectives, not events
            if word.startswith("detonat") and any(
                t.lower in _DISPOSAL_CREWS for t in tokens[max(0, first - 6) : first]
            ):
                # "an engineering unit detonated 23 submunitions": disposal
                found[last] = _Cue("clearance", last, first, word, True, False)
                continue
            if word.startswith(("reopened", "re-opened")) and not _CLEARED_WORDS.search(
                lowered
            ):
                continue  # "the road reopened to traffic after the floods"
            if word.endswith(" abandoned") and not any(
                _MINE_NOUN_WORD.fullmatch(t.lower) or t.lower in _ABANDONED_THINGS
                for t in tokens[max(0, first - 4) : first]
            ):
                continue  # "a village where farmland was abandoned": no ordnance
            if role == "clearance" and "handed" in word and not _land_near(
                # ("handed over to the population of X, ..., 12 hectares": the
                # land is named after the people and their village)
                tokens, first, ahead=30 if word.endswith(_PEOPLE_GIVEN_LAND) else 9
            ):
                continue  # "machines were handed over at a ceremony": not land
            if role == "clearance" and word.startswith("free") and _declared_as_goal(
                tokens, first
            ):
                continue  # "has until 2025 to declare its territory free of mines"
            if _DISCOVERY.match(word):
                if _not_a_find(tokens, first, last):
                    continue
                if _found_thing_exploded(tokens, first, lowered[match.end() :]):
                    continue
                if _HURT_BY_WHAT_WAS_FOUND.search(
                    lowered, max(0, match.start() - 100), match.start()
                ):
                    continue  # "wounded by a mortar round he had found": a blast
            found[last] = _Cue(role, last, first, word, is_verb, is_weak)
    cues = sorted(
        (
            cue
            for cue in found.values()
            if not _negated(tokens, cue) and not _education_topic(tokens, cue)
        ),
        key=lambda cue: cue.token_index,
    )
    return _drop_cleared_objects(
        tokens, _drop_meeting_topics(tokens, _drop_trade_words(tokens, cues))
    )


# A reopening is clearance only when its sentence says what made it safe.
_CLEARED_WORDS = re.compile(
    r"\b(?:clearance|cleared|clearing|de-?min\w*|(?:land)?mines?|ordnance|uxo|"
    r"explosives?|surveyed|survey)\b"
)
# What may be "abandoned" and lie there as a hazard besides ordnance itself.
_ABANDONED_THINGS = frozenset(
    "ammunition positions trenches bunkers depot depots stockpile stockpiles "
    "dump dumps weapons items".split()
)

_EDUCATION = frozenset(
    "campaign campaigns awareness education lessons sessions classes talks "
    "messages teaching teaches taught teach warn warns warned warning".split()
)


def _education_topic(tokens: list[_Token], cue: _Cue) -> bool:
    """ "an awareness campaign on mines in X": mines are what it teaches about."""
    if not cue.weak:
        return False
    before = [t.lower for t in tokens[max(0, cue.first_index - 6) : cue.first_index]]
    return bool(_EDUCATION & set(before)) and bool({"on", "about"} & set(before[-3:]))


def _negated(tokens: list[_Token], cue: _Cue) -> bool:
    """ "no casualties", "without injuries": the word says it did not happen."""
    if cue.role != "incident" or cue.is_verb:
        return False
    before = [t.lower for t in tokens[max(0, cue.first_index - 2) : cue.first_index]]
    return bool({"no", "without", "zero"} & set(before))


_LAND_WORDS = frozenset(
    "land lands hectares hectare acres acre fields field plots plot territory "
    "areas area pastures pasture farmland orchards square km kilometres".split()
)


def _land_near(tokens: list[_Token], first: int, *, ahead: int = 9) -> bool:
    window = tokens[max(0, first - 14) : first + ahead]
    return any(t.lower in _LAND_WORDS for t in window)


def _published_before(tokens: list[_Token], first: int) -> bool:
    """ "figures the agency released": what was released is a publication.

    ("the report said 40 hectares of land were released": the land was.)
    """
    for index in range(first - 1, max(-1, first - 9), -1):
        word = tokens[index].lower
        if word in _LAND_WORDS:
            return False
        if word in _PUBLISHED_THINGS:
            return True
    return False


# What is released without being land: "the figures the agency released in X".
_PUBLISHED_THINGS = frozenset(
    "figures data statistics report reports statement statements findings "
    "results study survey's video footage images photos list".split()
)


# "released six albums", "released two hostages": no land
_RELEASED_NOT_LAND = _PUBLISHED_THINGS | frozenset(
    "album albums song songs single singles record records film films book books "
    "prisoners hostages detainees captives statement".split()
)


def _meeting_near(tokens: list[_Token], first: int, last: int) -> bool:
    # (wide before: "the report on ... that an association of volunteers presented")
    window = tokens[max(0, first - 14) : last + 8]
    return any(_MEETING_CONTEXT.fullmatch(t.lower) for t in window)


# "earlier finds", "the teams found no sign of mines": no mine was found.
_FIND_AS_NOUN = frozenset(
    "of earlier previous recent such these those their its his her new".split()
)


_FOUND_THEN_BLAST = re.compile(
    r"^[^.;]{0,80}?\b(?:exploded|detonated|went\s+off|blew\s+up)\b"
)


# "was wounded by an old mortar round he and his cousins had found": the find
# is how the device came to hurt, not a find of its own.
_HURT_BY_WHAT_WAS_FOUND = re.compile(
    r"\b(?:killed|injured|wounded|maimed|hurt|died)\s+(?:by|when|after)\s+"
    rf"(?:[\w-]+\s+){{0,6}}?(?:{_MINE_NOUN})(?:\s+rounds?)?\s+(?:that\s+|which\s+)?"
    r"(?:he|she|they|the\s+\w+|his\s+\w+|her\s+\w+)"
    r"(?:\s+and\s+(?:his|her|their)\s+\w+)?\s+(?:had\s+)?$"
)


def _found_thing_exploded(tokens: list[_Token], first: int, rest: str) -> bool:
    """ "a grenade found in a field near X exploded": a blast, not a find."""
    if first == 0 or not re.fullmatch(_MINE_NOUN, tokens[first - 1].lower):
        return False
    return bool(_FOUND_THEN_BLAST.match(rest))


def _declared_as_goal(tokens: list[_Token], first: int) -> bool:
    """ "to declare its territory free of mines": a goal, nothing cleared yet."""
    before = [t.lower for t in tokens[max(0, first - 5) : first]]
    return any(
        word in ("declare", "be", "become") and index > 0 and before[index - 1] == "to"
        for index, word in enumerate(before)
    )


def _not_a_find(tokens: list[_Token], first: int, last: int) -> bool:
    if first > 0 and tokens[first - 1].lower in _FIND_AS_NOUN:
        return True
    if (
        tokens[first].lower == "located"
        and last + 1 < len(tokens)
        and tokens[last + 1].lower in _LOCATIVE
    ):
        return True  # "minefield number 47, located in the sector of X": lies there
    before = [t.lower for t in tokens[max(0, first - 7) : first]]
    if "no" in before and not {",", ";", ".", "but"} & set(
        before[before.index("no") :]
    ):
        return True  # "no evidence of mines was found", "no mines were found"
    return last + 1 < len(tokens) and tokens[last + 1].lower in ("no", "nothing")


def _words_between(tokens: list[_Token], start: int, end: int) -> int:
    """Words strictly between two token indexes; numbers and punctuation not counted."""
    return sum(1 for t in tokens[start + 1 : end] if t.lower.isalpha())


def _drop_cleared_objects(tokens: list[_Token], cues: list[_Cue]) -> list[_Cue]:
    """Drop mine nouns that are what a clearance verb clears ("cleared 500 mines")."""
    kept: list[_Cue] = []
    dropped_at = -99
    cleared_until = -99
    for cue in cues:
        # "to clear its remaining minefields": they are still there
        still_there = any(
            other.role == "clearance"
            and other.is_verb
            and other.first_index > 0
            and tokens[other.first_index - 1].lower == "to"
            and 0 < cue.first_index - other.token_index <= 6
            for other in cues
        ) and {
            t.lower for t in tokens[max(0, cue.first_index - 2) : cue.first_index]
        } & {"remaining", "known", "last", "remain"}
        # "where the minefields on the border were cleared in 2022"
        # ("a minefield on the outskirts of X, laid along a former defensive
        # line, was cleared in October": an aside may stand between)
        cleared_at = next(
            (
                other.first_index
                for other in cues
                if other.role == "clearance"
                and other.is_verb
                and 0 < other.first_index - cue.token_index <= 16
                and other.first_index > 0
                and tokens[other.first_index - 1].lower
                in ("were", "was", "been", "be")
                and all(
                    t.lower != "." for t in tokens[cue.token_index : other.first_index]
                )
            ),
            None,
        )
        cleared_later = cleared_at is not None
        cleared = cleared_later or any(
            other.role == "clearance"
            and 0 < cue.first_index - other.token_index
            and (
                _words_between(tokens, other.token_index, cue.first_index)
                <= (6 if other.is_verb else 4)
                # "dismantled during the third week of November 1,214 mines"
                or (
                    other.is_verb
                    and _only_time_words(tokens, other.token_index, cue.first_index)
                )
            )
            and (
                other.is_verb
                # "the clearance of its known minefields"
                or tokens[other.token_index + 1].lower == "of"
            )
            for other in cues
        ) or (
            # "1,214 mines, unexploded munitions and explosive devices": the
            # cleared list goes on
            0 < cue.first_index - dropped_at <= 6
            and all(
                token.lower in _LIST_WORDS or not token.lower.isalpha()
                for token in tokens[dropped_at + 1 : cue.first_index]
            )
        )
        if cleared and cue.role == "minefield" and not cue.is_verb and not still_there:
            dropped_at = cue.token_index
            if cleared_at is not None:
                cleared_until = cleared_at
            continue
        if (
            cue.role == "minefield"
            and cue.is_verb
            and _PLANTED.match(cue.text)
            and dropped_at < cue.first_index < cleared_until
        ):
            continue  # "a minefield ..., laid along the old line, was cleared"
        if (
            cue.role == "minefield"
            and cue.is_verb
            and 0 < cue.first_index - dropped_at <= 6
            and _PLANTED.match(cue.text)
            and all(
                token.lower in _OF_THE_CLEARED
                for token in tokens[dropped_at + 1 : cue.first_index]
            )
        ):
            continue  # "clearing a minefield laid around X": X's minefield is cleared
        if (
            cue.role == "minefield"
            and cue.is_verb
            and _PLANTED.match(cue.text)
            and (
                any(
                    other.role == "clearance"
                    and other.is_verb
                    and _cleared_thing_between(
                        tokens, other.token_index, cue.first_index
                    )
                    for other in cues
                )
                # "dismantled 46 mines ... near Palmyra, which had been planted
                # by terrorists": the relative clause tells of the cleared mines
                or (
                    0 <= dropped_at < cue.first_index
                    and [t.lower for t in tokens[cue.first_index - 3 : cue.first_index]]
                    in (["which", "had", "been"], ["that", "had", "been"])
                )
            )
        ):
            # "defused two devices buried under the road", "defused a bomb that
            # had been planted near X": the devices were cleared, and the road
            # they lay under is where
            kept.append(replace(cue, role="clearance"))
            continue
        kept.append(cue)
    return kept


_TIME_WORDS = _CALENDAR_WORDS | frozenset(
    "during in on over the a last first second third fourth week weeks month months "
    "day days of past this same period quarter year".split()
)
_LIST_WORDS = frozenset(
    "and or other old unexploded improvised explosive anti-personnel anti-tank "
    "rusted abandoned more".split()
)


def _only_time_words(tokens: list[_Token], start: int, end: int) -> bool:
    """Only a time phrase stands between two tokens ("during the third week of May")."""
    between = [t.lower for t in tokens[start + 1 : end] if t.lower.isalpha()]
    return bool(between) and all(word in _TIME_WORDS for word in between)


def _cleared_thing_between(tokens: list[_Token], verb: int, participle: int) -> bool:
    """The words between a clearance verb and "laid"/"buried" name what it cleared.

    "defused two devices buried", "defused an improvised device weighing five
    kilograms that had been buried", "defused a bomb that militants had
    planted": an object, then at most a relative clause's subject and
    auxiliaries.
    """
    between = [token.lower for token in tokens[verb + 1 : participle]]
    relative = next(
        (k for k, word in enumerate(between) if word in ("that", "which")), None
    )
    thing = between if relative is None else between[:relative]
    if not thing or len(thing) > (6 if relative is None else 10):
        return False
    if not all(
        word.isalnum() and word not in _CLAUSE_VERBS and word not in _SUBORDINATORS
        for word in thing
    ):
        return False  # ("cleared the road after militants planted ...": a clause)
    if relative is None:
        return True
    clause = between[relative + 1 :]
    subjects = [word for word in clause if word not in _AUXILIARIES]
    # ("that had been found buried near X": found there, which makes a minefield)
    return (
        len(clause) <= 3
        and len(subjects) <= 1
        and all(word.isalpha() and not _DISCOVERY.match(word) for word in clause)
    )


# "cleared 300 mines, many of them laid in belts": words between the cleared
# objects and how they were laid.
_OF_THE_CLEARED = frozenset(
    ", many most some all of them which that were was had been originally".split()
)
_MEETING_VERBS = frozenset("met meet meets host hosts hosted hosting".split())
_LAND_NOUNS = frozenset(
    "land lands area areas field fields plots farmland pasture pastures".split()
)
_DISPOSAL_CREWS = frozenset(
    "unit units engineers sappers team teams army troops deminers pyrotechnicians "
    "eod squad squads specialists experts".split()
)
_MODAL_BEFORE = frozenset("can could may might would".split())
_BURIED_PEOPLE = frozenset(
    "he she they who victims man men woman women boy boys girl girls child "
    "children brothers deminer deminers soldier soldiers body bodies remains".split()
)
_CLAUSE_VERBS = frozenset("was were is are had has have been and but".split())
# Words that open a clause of their own: "cleared the road after militants planted".
_SUBORDINATORS = frozenset(
    "after before where when while because as since until unless if who whom".split()
)
_LAID_WORDS = frozenset("laid planted buried sown mined".split())
_PLANTED = re.compile(r"^(?:laid|planted|buried|left\s+behind|abandoned|scattered)$")


#: "met in Phnom Penh to exchange experience on survey and clearance": what a
#: meeting is for names its topic, not work done there.
_MEETING_PURPOSES = frozenset(
    "discuss exchange share review plan agree coordinate consider assess present "
    "examine debate prepare compare harmonise harmonize validate".split()
)


#: "a demining contract", "the demining budget": the trade named as a business,
#: no work done at the place
_TRADE_NOUNS = frozenset(
    "contract contracts budget budgets funding fund funds law laws policy tender "
    "tenders market sector standards licence license licences licenses "
    # ("graduated from the basic demining course": a course held there)
    "certification course courses training trainings class classes "
    # "a meeting with demining organisations": who, not work done
    "organisations organizations companies operators agencies ngos".split()
)


def _drop_trade_words(tokens: list[_Token], cues: list[_Cue]) -> list[_Cue]:
    """Drop a clearance noun qualifying a business word ("demining contract")."""
    return [
        cue
        for cue in cues
        if cue.is_verb
        or cue.role != "clearance"
        or cue.token_index + 1 >= len(tokens)
        or tokens[cue.token_index + 1].lower not in _TRADE_NOUNS
    ]


def _drop_meeting_topics(tokens: list[_Token], cues: list[_Cue]) -> list[_Cue]:
    """Drop role words naming only a meeting topic ("a mine clearance conference",
    "met in Phnom Penh to exchange experience on survey and clearance")."""
    topic: set[int] = set()
    for cue in cues:
        if cue.role != "conference":
            continue
        if cue.is_verb:
            topic |= _purpose_of_meeting(tokens, cue.token_index)
            continue
        before: set[int] = set()
        for index in range(max(0, cue.first_index - 4), cue.first_index):
            if tokens[index].lower in (",", ".", ";", "at", "in", "near"):
                before.clear()  # the words before a break are not the topic
                continue
            before.add(index)
        topic |= before
        following = cue.token_index + 1
        if following < len(tokens) and tokens[following].lower in (
            "on",
            "about",
            "regarding",
            "dedicated",
            "devoted",
            "titled",
            "entitled",
            "for",
        ):
            for index in range(following, min(len(tokens), following + 8)):
                if tokens[index].lower in (",", ";", ".", "in", "at", "near"):
                    break
                topic.add(index)
    if any(cue.role == "conference" and not cue.weak for cue in cues):
        # "About 200 deminers ... gathered in Gospić": who met, not work done
        topic |= {
            cue.token_index
            for cue in cues
            if cue.role == "clearance" and not cue.is_verb and cue.text in _AGENT_NOUNS
        }
    return [
        cue for cue in cues if cue.role == "conference" or cue.token_index not in topic
    ]


def _purpose_of_meeting(tokens: list[_Token], verb: int) -> set[int]:
    """The tokens of "to exchange experience on ..." after a meeting verb.

    Who met and where may come first: "met state officials and mine action staff
    in Torit, the capital of Eastern Equatoria, to agree which farms ...".
    """
    for index in range(verb + 1, min(len(tokens), verb + 25)):
        if tokens[index].lower in (";", ".", "but", "while", "where", "after"):
            break
        if (
            tokens[index].lower == "to"
            and index + 1 < len(tokens)
            and tokens[index + 1].lower in _MEETING_PURPOSES
        ):
            end = next(
                (
                    i
                    for i in range(index, min(len(tokens), index + 16))
                    if tokens[i].lower in (",", ";", ".")
                ),
                min(len(tokens), index + 16),
            )
            return set(range(index, end))
    return set()


def _before_capitalised(tokens: list[_Token], index: int) -> int:
    """Step back from ``index`` over a capitalised name to the word before it.

    A sentence's capitalised "In" is that name's governor, not part of it;
    "del" in "Vizcatán del Ene" is part of it.
    """
    while index >= 0 and (
        (tokens[index].text[:1].isupper() and tokens[index].lower not in _LOCATIVE)
        or _link_inside_name(tokens, index)
    ):
        index -= 1
    return index


def _link_inside_name(tokens: list[_Token], index: int) -> bool:
    return (
        tokens[index].lower in NAME_LINKS
        and 0 < index < len(tokens) - 1
        and tokens[index - 1].text[:1].isupper()
        and tokens[index + 1].text[:1].isupper()
    )


def _governor(tokens: list[_Token], head: int) -> tuple[int, str | None]:
    """Return the index and lower-case word governing the place starting at ``head``.

    Fillers ("the village of", "the occupied part of") are skipped; a clause
    break or the start of the sentence means there is no governor.
    """
    index = head - 1
    if (
        index >= 1
        and tokens[index].lower == "as"
        and tokens[index - 1].lower in ("came", "comes", "come", "just", "even")
    ):
        # "The incidents came as Cambodia hosted a workshop": "as" joins a
        # clause whose subject is the place
        return -1, None
    if (
        index > 1
        and tokens[index].lower == ","
        and [t.lower for t in tokens[:2]] == ["according", "to"]
        and "," not in (t.lower for t in tokens[2:index])
    ):
        # "According to the UN, Afghanistan recorded 300 casualties": the
        # attribution ends at its comma; the place opens the clause
        return -1, None
    while index >= 0:
        word = tokens[index].lower
        if word in _CALENDAR_WORDS or (
            index == head - 1 and _YEAR_TOKEN.fullmatch(word)
        ):
            # "In March 2019 the municipality of X was declared free", "Since the
            # start of 2023 Turkey has reported": the preposition before a date
            # dates the clause, the place is its subject
            return -1, None
        linked = _road_link_at(tokens, index)
        if linked is not None:
            # "along the track that links Faya-Largeau to Ounianga Kebir": the
            # road between them, at both ends
            return linked, "between"
        if word == "(" and index > 0 and tokens[index - 1].text[:1].isupper():
            # "in a rural area of Ituango (Antioquia)": the province in brackets
            # is governed like the place before it
            index -= 1
            while index > 0 and tokens[index - 1].text[:1].isupper():
                index -= 1
            index -= 1
            continue
        if (
            word == "of"
            and index > 1
            and tokens[index - 1].lower == "out"
            and tokens[index - 2].lower in _WAYS
        ):
            return index, "way-to"  # "on the road out of Douentza"
        named_before = (
            _before_capitalised(tokens, index - 1)
            if word == "of" and index > 1 and tokens[index - 1].text[:1].isupper()
            else -1
        )
        if named_before >= 0 and (
            tokens[named_before].lower in _FILLERS
            and tokens[named_before].lower not in ("the", "a", "an", "this", "that")
        ):
            # "in the vereda Orú of the municipality of El Tarra", "the vereda
            # Los Trozos of Anorí": the smaller place's governor rules
            index = named_before
            continue
        if (
            word == "of"
            and index > 2
            and tokens[index - 1].text[:1].isupper()
            and tokens[index - 2].lower == "of"
            and tokens[index - 3].lower in _FILLER_NOUNS_BEFORE_OF
        ):
            # "a resident of the village of Nulvand of the Darvoz district": the
            # smaller place's governor rules
            index -= 2
            continue
        if (
            word == "of"
            and index > 0
            and tokens[index - 1].lower in (_FILLER_NOUNS_BEFORE_OF)
        ):
            if tokens[index - 1].lower in _DIRECTIONS and not _locative_before(
                tokens, index - 2
            ):
                # "lies just north of X", "a minefield 5 km south of X": near X
                # ("in the north of X" keeps looking for its "in")
                return index, "near"
            # "in Gio Linh district of Quang Tri": the first name's governor rules
            index = _before_capitalised(tokens, index - 2)
            continue
        if (
            word == "of"
            and index > 1
            and tokens[index - 1].lower == ","
            and tokens[index - 2].text[:1].isupper()
            and tokens[index + 1].lower == "the"
        ):
            # "in the vereda El Salado, of the municipality of Samaniego": the
            # larger unit is governed like the place before the comma
            index -= 2
            while index >= 0 and tokens[index].text[:1].isupper():
                index -= 1
            continue
        if (
            word == ","
            and index > 1
            and tokens[index - 1].lower in _CHAIN_GENERICS
            and tokens[index - 2].text[:1].isupper()
        ):
            # "in Ou Svay commune, Trapeang Prasat district": the larger unit
            # after the comma is governed like the smaller one before it
            index = _before_capitalised(tokens, index - 2)
            continue
        if (
            word in ("and", "or", ",")
            and index > 3
            and tokens[index - 1].lower == ")"
            and tokens[index - 3].lower == "("
            and tokens[index - 4].text[:1].isupper()
        ):
            # "followed by Taiz (94) and Marib (71)": a figure after a listed name
            index -= 4
            while index > 0 and tokens[index - 1].text[:1].isupper():
                index -= 1
            index -= 1
            continue
        if (
            word in ("and", "or")
            and index > 2
            and tokens[index - 1].lower in _LISTED_GENERICS
            and tokens[index - 2].text[:1].isupper()
        ):
            # "in the Rasht valley and the Khatlon region": the place before
            # "and" ends in its generic word; both share one preposition
            index -= 1
        if (
            word in ("and", "or", ",")
            and index > 1
            and tokens[index - 1].text[:1].isupper()
            and not tokens[index - 1].text.isupper()
            # ("From 12 to 13 November, Bamako hosted": a date, not a list)
            and tokens[index - 1].lower not in _CALENDAR_WORDS
        ):
            # "in the Zangilan, Gubadli and Kalbajar districts": a list of
            # names (some unknown to the gazetteer) shares one preposition
            index -= 1
            while index > 0 and (
                tokens[index - 1].text[:1].isupper()
                or tokens[index - 1].lower == ","
                or _link_inside_name(tokens, index - 1)
            ):
                index -= 1
            index -= 1
            continue
        if (
            word in ("and", "or")
            and index > 1
            and tokens[index - 1].lower in _FILLERS
            and tokens[index - 1].lower not in ("the", "a", "an")
        ):
            # "in the city and the nearby town of Tabqa": one preposition for both
            index -= 1
            continue
        if word in _FILLERS or word.isdigit() or re.fullmatch(r"\d+(?:[.,]\d+)?", word):
            index -= 1
            continue
        if re.fullmatch(r"[A-Z][\w-]*['’]s", tokens[index].text):
            # one token "Tajikistan's": as "'s" after a place name below, the
            # rest of a longer possessor too ("In Oddar Meanchey's Anlong Veng")
            index = _before_capitalised(tokens, index - 1)
            continue
        if (
            re.fullmatch(r"[a-z]+['’]s", tokens[index].text)
            and tokens[index].text[:-2] in _CHAIN_GENERICS
            and index > 0
            and tokens[index - 1].text[:1].isupper()
        ):
            # "in Helmand province's Sangin district": the possessor's preposition
            index -= 1
            while index > 0 and tokens[index - 1].text[:1].isupper():
                index -= 1
            index -= 1
            continue
        if (
            word.endswith("ing")
            and index > 0
            and tokens[index - 1].lower in ("while", "when", "whilst")
        ):
            return index, "in"  # "killed while patrolling a rural area of X"
        if word in ("’s", "'s", "'", "’"):
            if index > 0 and tokens[index - 1].text[:1].isupper():
                # "in Tajikistan's Gorno-Badakhshan region": the possessor is a
                # place name, so the preposition before it governs both
                index -= 1
                while index > 0 and tokens[index - 1].text[:1].isupper():
                    index -= 1
                index -= 1
                continue
            return index, None
        if (
            word in ("as", "such")
            and index + 1 < head
            and tokens[index + 1].lower == "as"
        ):
            index -= 1
            continue
        if word == "such" or (
            word == "as" and index > 0 and tokens[index - 1].lower == "such"
        ):
            noun_index = index - 2 if word == "as" else index - 1
            if noun_index >= 0 and tokens[noun_index].lower in (
                _MENTION_NOUNS_BEFORE_EXAMPLES
            ):
                return index, "such"
            return (
                _governor(tokens, noun_index + 1)
                if noun_index >= 0
                else (index, "such")
            )
        if word in (
            "including",
            "like",
            "namely",
            "notably",
            "especially",
            "particularly",
        ):
            noun_index = index - 1
            while noun_index >= 0 and tokens[noun_index].lower == ",":
                noun_index -= 1
            if noun_index >= 0 and tokens[noun_index].lower in (
                _MENTION_NOUNS_BEFORE_EXAMPLES
            ):
                return index, "such"
            return (
                _governor(tokens, noun_index + 1)
                if noun_index >= 0
                else (index, "such")
            )
        if word in ("to", "towards", "toward") and _way_before(tokens, index):
            # "on the track towards X", "the road from Azaz to Afrin": the road
            # near X, as its other end is
            return index, "way-to"
        if word in _LOCATIVE or word in _NON_LOCATIVE:
            if word == "from" and index > 0 and tokens[index - 1].lower in _DISTANCE:
                return index, "near"
            if (
                word == "to"
                and index > 0
                and tokens[index - 1].lower
                in (
                    "close",
                    "next",
                    "adjacent",
                )
            ):
                return index, "near"
            if word == "from" and index > 0 and tokens[index - 1].lower in _WAYS:
                return index, "way-to"  # "the road from X to Y": the road near X
            if word == "to" and index > 0 and tokens[index - 1].lower in _WAYS:
                return index, "way-to"  # "on the road to X": the road near X
            if word == "to" and any(
                t.lower in _SENT
                for t in tokens[max(0, index - 10) : index]
                if t.lower not in (".", ";")
            ):
                # "a team was sent to X", "called out 19 times, mainly to X"
                return index, "in"
            if word == "from" and index > 0 and tokens[index - 1].lower in (
                "came", "come", "comes", "coming",
            ):  # fmt: skip
                return index, "in"  # "most of the mines found came from X"
            if word == "of" and index > 0 and tokens[index - 1].lower in (
                "north", "south", "east", "west", "northeast", "northwest",
                "southeast", "southwest", "outskirts", "vicinity",
            ):  # fmt: skip
                return index, "near"
            return index, word
        return index, None
    return -1, None


def _attached_cues(
    tokens: list[_Token],
    cues: list[_Cue],
    governor_index: int,
    head: int,
    tail: int,
    list_size: int,
    *,
    broad: bool = False,
) -> list[_Cue]:
    """Return the role words a locative phrase ("in X") attaches to.

    ``broad`` places (a continent, "the Middle East") take a role only from an
    adjacent word: in a sentence they are usually a comparison's scope.
    """
    attached: list[_Cue] = []
    # Backward: "mines were found in X", "a blast near X", "killed two men in X".
    backward = [
        cue
        for cue in cues
        if cue.token_index < governor_index
        and _word_gap(tokens, cue.token_index + 1, governor_index)
        <= _BACKWARD_GAP_TOKENS
        and not (
            # "a centre for deminers would open in X": a noun then a verb of its own
            not cue.is_verb
            and {t.lower for t in tokens[cue.token_index + 1 : governor_index]}
            & _MODALS
        )
    ]
    if backward:
        verbs = [cue for cue in backward if cue.is_verb]
        # A bare noun next to the place ("mines in X") yields to the verb that
        # governs it ("cleared 500 mines in X").
        chosen = max(verbs or backward, key=lambda cue: cue.token_index)
        chosen = _blast_in_field(tokens, cues, chosen)
        agent = _casualty_by(tokens, cues, chosen)
        attached.append(agent or chosen)
        attached.extend(_coordinated_with(tokens, cues, chosen))
        attached.extend(_verb_before_during(tokens, cues, chosen))
        if not chosen.is_verb and {
            t.lower for t in tokens[max(0, chosen.first_index - 3) : chosen.first_index]
        } & {"during", "amid"}:
            # "During technical survey near X, deminers identified a minefield":
            # the main clause tells what the survey found there
            attached.extend(
                [cue for cue in cues if cue.first_index > tail and cue.is_verb][:1]
            )
    else:
        attached.extend(_meeting_before(tokens, cues, governor_index))
    # Subject of a following verb: "deminers in X found", "X still claim cattle".
    following = [
        cue
        for cue in cues
        if cue.first_index > tail
        and cue.is_verb
        and _word_gap(tokens, tail + 1, cue.first_index) <= _FORWARD_GAP_TOKENS
    ]
    attached.extend(following[:1])
    for cue in following[:1]:
        attached.extend(_coordinated_with(tokens, cues, cue))
    for cue in list(attached):
        main = _main_verb_after_working_team(tokens, cues, cue, tail)
        if main is not None:
            attached.append(main)
    if not attached:
        # Nothing adjacent: the place sets the scene of its sentence ("In X,
        # deminers found ...", "injured when his car hit a mine in a field near X").
        # Only events count at that distance: a noun such as "demining" or
        # "mines" there names an actor or a topic more often than the place's role.
        anaphor = _after_anaphor(tokens, governor_index)
        about_other_nouns = _noun_where_clauses(tokens, head, tail)
        attached = [
            cue
            for cue in cues
            if (cue.first_index < head or cue.first_index > tail)
            and not cue.weak
            and not any(low < cue.first_index < high for low, high in about_other_nouns)
            and (
                cue.is_verb
                or cue.role != "clearance"
                or _clearance_crew(tokens, cue, head)
            )
            # (a list of three or more takes the scene's verbs, not its nouns)
            and (list_size < 3 or anaphor or cue.is_verb)
            and not (broad and not anaphor)
        ]
        if anaphor:
            # "... removed 1,245 mines, most of them in A, B and C": what was
            # told before the anaphor (not "and reduced its hazardous area" after)
            return [cue for cue in attached if cue.first_index < head] or attached
        if any(cue.is_verb for cue in attached):
            # "In X alone, teams destroyed 25,000 mines, and the minefield near
            # the village was declared clear": what was done in X, not the noun
            attached = [cue for cue in attached if cue.is_verb]
    if list_size >= 3 and not _after_anaphor(tokens, governor_index):
        # A list of places takes a role only from a verb ("mines were found in
        # A, B and C"), never from a noun ("demining companies in A, B, C"),
        # unless the noun is the land itself ("hazardous areas in A, B and C").
        attached = [
            cue
            for cue in attached
            if cue.is_verb or cue.role == "minefield" or _done_as_work(tokens, cue)
        ]
    return attached


def _done_as_work(tokens: list[_Token], cue: _Cue) -> bool:
    """A noun a verb of doing makes an event: "continued clearance in A, B and C"."""
    before = cue.first_index - 1
    if before >= 1 and tokens[before].lower == "out":
        before -= 1  # "carried out clearance"
    return before >= 0 and tokens[before].lower in _WORK_VERBS


_WORK_VERBS = frozenset(
    "continued continues conducted conducts carried began begun resumed resumes "
    "completed completes finished finishes started starts undertook undertaken".split()
)


_WORKING_TEAM = re.compile(rf"^{_WORKING_CREWS}\s+working$")


def _main_verb_after_working_team(
    tokens: list[_Token], cues: list[_Cue], cue: _Cue, tail: int
) -> _Cue | None:
    """The verb whose subject is "a team working near X, in Y province,".

    "a survey team working near X identified three hazardous areas": the team
    is only the subject; what it did there is the clause's verb.
    """
    if not _WORKING_TEAM.match(cue.text):
        return None
    start = max(cue.token_index, tail) + 1
    for other in cues:
        if other.first_index < start or not other.is_verb:
            continue
        between = tokens[start : other.first_index]
        if len(between) > 12 or any(t.lower in (".", ";", ":") for t in between):
            return None
        return other
    return None


def _noun_where_clauses(
    tokens: list[_Token], head: int, tail: int
) -> list[tuple[int, int]]:
    """Token spans of "where" clauses about a common noun, outside the place.

    "... between Douentza and Boni, thus avoiding a new drama on an axis where
    several vehicles have been hit": the clause tells of the axis, not of the
    scene the places set.
    """
    spans = []
    for index, token in enumerate(tokens):
        if (
            token.lower == "where"
            and not head <= index <= tail + 2
            and index > 0
            and tokens[index - 1].text[:1].islower()
        ):
            spans.append((index, _clause_end(tokens, index + 1)))
    return spans


def _meeting_before(
    tokens: list[_Token], cues: list[_Cue], governor_index: int
) -> list[_Cue]:
    """ "at a meeting of the two countries' mine action authorities in Hanoi",
    "will meet donors in Addis Ababa"."""
    meeting = [
        cue
        for cue in cues
        if cue.role == "conference"
        and cue.token_index < governor_index
        and (
            (
                not cue.is_verb
                and _word_gap(tokens, cue.token_index + 1, governor_index) <= 8
            )
            or (
                cue.text in _MEETING_VERBS
                and _word_gap(tokens, cue.token_index + 1, governor_index) <= 3
            )
        )
        and not any(
            cue.token_index < other.first_index < governor_index and other.is_verb
            for other in cues
        )
    ]
    return meeting[-1:]


def _coordinated_with(
    tokens: list[_Token], cues: list[_Cue], verb: _Cue
) -> list[_Cue]:
    """ "found and destroyed near X", "was found in a house in X and destroyed":
    the verb the attached one is coordinated with happened there too."""
    if not verb.is_verb:
        return []
    index = verb.first_index - 1
    while index >= 0 and tokens[index].lower in ("was", "were", "then", "later"):
        index -= 1
    if index < 0 or tokens[index].lower != "and":
        return []
    return [
        cue
        for cue in cues
        if cue.is_verb
        and cue.token_index < index
        and index - cue.token_index <= 12
        and not any(t.lower in (".", ";") for t in tokens[cue.token_index : index])
    ][-1:]


def _verb_before_during(
    tokens: list[_Token], cues: list[_Cue], noun: _Cue
) -> list[_Cue]:
    """ "Most items were found during battle area clearance of farmland in X"."""
    if noun.is_verb:
        return []
    index = noun.first_index - 1
    while index >= 0 and tokens[index].lower in ("battle", "area", "the", "a", "mine"):
        index -= 1
    if index < 0 or tokens[index].lower not in ("during", "in", "while"):
        return []
    return [
        cue
        for cue in cues
        if cue.is_verb and 0 < index - cue.token_index <= 3
    ][-1:]


def _casualty_by(tokens: list[_Token], cues: list[_Cue], noun: _Cue) -> _Cue | None:
    """ "killed by mines and unexploded ordnance in X", "5,600 casualties from
    landmines in X": the casualty, not the mines."""
    if noun.is_verb or noun.role != "minefield":
        return None
    for cue in reversed(cues):
        if cue.role != "incident" or cue.token_index >= noun.first_index:
            continue
        between = [t.lower for t in tokens[cue.token_index + 1 : noun.first_index]]
        if between and between[0] in ("by", "from") and len(between) <= 6:
            return cue
        return None
    return None


_MODALS = frozenset("would will could can should may might must shall".split())
_LIGHT_WORDS = frozenset(
    "the a an were was been have has had are is be being reportedly also recently "
    "of square metres meters kilometres kilometers hectares acres million "
    "mines munitions items ordnance devices shells and unexploded anti-personnel "
    "anti-tank anti-vehicle explosive".split()
)


_ANAPHORS = (
    ("of", "them"),
    ("of", "which"),
    ("of", "these"),
    ("of", "those"),
    ("of", "it"),
)


def _after_anaphor(tokens: list[_Token], governor_index: int) -> bool:
    """Say whether "in X" follows "most of them", "mostly", "mainly".

    A verb of being may stand between: "most of them were in X".
    """
    before = tuple(
        token.lower for token in tokens[max(0, governor_index - 3) : governor_index]
    )
    if before[-1:] and before[-1] in _BEING_VERBS:
        before = before[:-1]
    return before[-2:] in _ANAPHORS or before[-1:] in (("mostly",), ("mainly",))


_BEING_VERBS = frozenset(
    "were was are is lay lie lies occurred happened remain remained".split()
)


_CREW = frozenset(
    "team teams crew crews unit units squad squads platoon platoons "
    "personnel specialists experts".split()
)


def _clearance_crew(tokens: list[_Token], cue: _Cue, head: int) -> bool:
    """Say whether ``cue`` names deminers who are the subject acting at the place.

    "An EOD team worked for three days in X", "deminers spent a week in X":
    a crew that clears mines, in the place's own clause and before it, does
    its work there; "demining" or "clearance" as a topic does not.
    """
    if cue.first_index >= head or _clause_start(tokens, head) > cue.first_index + 4:
        return False
    before = tokens[max(0, cue.first_index - 2) : cue.first_index]
    if {t.lower for t in before} & {"for", "of", "to", "train", "training"}:
        return False  # "a training centre for civilian deminers": not who acts
    if {t.lower for t in before} & {"which", "whom", "whose"}:
        return False  # "a documentary in which deminers talk, screened in X"
    if cue.text in ("deminers", "de-miners", "sappers", "deminer", "sapper"):
        return _clause_start(tokens, head) <= cue.first_index
    for index in range(cue.token_index + 1, min(cue.token_index + 5, head)):
        word = tokens[index].lower
        if word in _CREW:
            return _clause_start(tokens, head) <= index
        if word not in ("(", ")", "eod", "disposal", "clearance", "mine"):
            return False
    return False


def _locative_before(tokens: list[_Token], index: int) -> bool:
    """Say whether a locative preposition governs the words ending at ``index``."""
    while index >= 0 and (
        tokens[index].lower in _FILLERS or tokens[index].lower.isdigit()
    ):
        index -= 1
    return index >= 0 and tokens[index].lower in _LOCATIVE


# Words opening an aside about what a noun counted: ", including shells,".
_ASIDE_OPENERS = frozenset(
    "including mostly mainly chiefly largely notably covering totalling totaling "
    "spanning measuring".split()
)


def _word_gap(tokens: list[_Token], start: int, end: int) -> int:
    """Count the words between two token indexes; a clause break makes it large."""
    gap = 0
    skip_to = -1
    for index in range(start, end):
        if index <= skip_to:
            continue
        word = tokens[index].lower
        if word == "." and (
            0 < index < len(tokens) - 1
            and tokens[index - 1].lower.isdigit()
            and tokens[index + 1].lower.isdigit()
        ):
            continue  # "1.3 square kilometres": a decimal point
        if word in _CLAUSE_BREAKS or word in (".", "!", "?"):
            return 99
        if word.isdigit():
            continue  # "2,900": a number is part of its noun phrase
        if word == ",":
            # "3,430" and "611 mines, 94 anti-tank mines": the same noun phrase
            if not (index + 1 < len(tokens) and tokens[index + 1].lower.isdigit()):
                gap += 1
            continue
        if word in _ASIDE_OPENERS and index > start and tokens[index - 1].lower == ",":
            # "94 unexploded items, including artillery shells, in X": the
            # aside says what the items were; the items still lie in X
            closing = next(
                (i for i in range(index + 1, end) if tokens[i].lower == ","), None
            )
            if closing is not None:
                skip_to = closing
                continue
        if word in _LIGHT_WORDS or tokens[index].text[:1].isupper():
            continue  # articles, auxiliaries and proper names ("the Mine Ban Treaty")
        gap += 1
    return gap


def _opens_clause(tokens: list[_Token], governor_index: int) -> bool:
    if governor_index <= 0:
        return True
    previous = tokens[governor_index - 1].lower
    return previous in (",", ";", ":", "—", "–", "and", "but", "while", "“", '"')


def _clause_start(tokens: list[_Token], index: int) -> int:
    while index > 0:
        if tokens[index - 1].lower in _CLAUSE_BREAKS or tokens[index - 1].lower in (
            ";",
            ".",
        ):
            return index
        if tokens[index - 1].lower in ("while", "whereas", "but"):
            return index
        index -= 1
    return 0


def _clause_end(tokens: list[_Token], index: int) -> int:
    while index < len(tokens):
        word = tokens[index].lower
        if word == "." and _decimal_point(tokens, index):
            index += 1  # "17.6 square kilometres"
            continue
        if word in _CLAUSE_BREAKS or word in (";", ".", "while", "whereas", "but"):
            return index
        index += 1
    return len(tokens)


def _decimal_point(tokens: list[_Token], index: int) -> bool:
    return (
        0 < index < len(tokens) - 1
        and tokens[index - 1].lower.isdigit()
        and tokens[index + 1].lower.isdigit()
        and tokens[index - 1].end == tokens[index].start
    )


def _where_clause_cues(tokens: list[_Token], cues: list[_Cue], tail: int) -> list[_Cue]:
    if _inside_apposition(tokens, tail):
        return []  # "X, the old front line on the road to Y, where ...": X's clause
    index = tail + 1
    if index < len(tokens) and tokens[index].lower == ",":
        index += 1
    # "Muhamalai, the old front line on the road to Jaffna, where ...": an
    # apposition between the place and its clause
    if index < len(tokens) and tokens[index].lower in ("the", "a", "an"):
        closing = next(
            (i for i in range(index + 1, min(len(tokens), index + 12))
             if tokens[i].lower in (",", ".", ";", "where", "which")),
            None,
        )
        if closing is not None and tokens[closing].lower == ",":
            index = closing + 1  # ("the two provinces where ...": the clause's own)
    # "Licki Osik, near Gospic, where ...": a locating phrase between
    if index < len(tokens) and tokens[index].lower in ("near", "outside", "north",
                                                       "south", "east", "west"):
        closing = next(
            (i for i in range(index + 1, min(len(tokens), index + 7))
             if tokens[i].lower == ","),
            None,
        )
        if closing is not None:
            index = closing + 1
    # "Borkou and Tibesti, the two northern provinces where ...": an apposition
    while index < len(tokens) and index <= tail + 7 and (
        tokens[index].lower in _FILLERS
        or tokens[index].lower in _APPOSITION_WORDS
        or tokens[index].lower.isdigit()
    ):
        index += 1
    if index < len(tokens) and tokens[index].lower == ",":
        index += 1
    if index >= len(tokens) or tokens[index].lower not in ("where", "which"):
        return []
    end = _clause_end(tokens, index + 1)
    stop = next((i for i in range(index + 1, end) if tokens[i].lower == ","), end)
    return [cue for cue in cues if index < cue.first_index < stop and not cue.weak]


def _inside_apposition(tokens: list[_Token], tail: int) -> bool:
    """ "Muhamalai, the old front line on the road to Jaffna, where": Jaffna's case."""
    for index in range(tail - 1, max(-1, tail - 12), -1):
        word = tokens[index].lower
        if word in (".", ";", "where", "which"):
            return False
        if word == ",":
            return (
                index + 1 < tail
                and tokens[index + 1].lower in ("the", "a", "an")
                and index > 0
                and tokens[index - 1].text[:1].isupper()
            )
    return False


_APPOSITION_WORDS = frozenset(
    "two three four five six main last only old former largest biggest poorest "
    "worst-hit most".split()
)


def _plural_apposition(tokens: list[_Token], tail: int) -> bool:
    """ "A and B, the two provinces where ...": the clause is about both."""
    window = [t.lower for t in tokens[tail + 1 : tail + 8]]
    return (
        window[:1] == [","]
        and any(w in ("provinces", "districts", "villages", "towns", "regions",
                      "areas", "countries", "states", "municipalities") for w in window)
        and any(w in ("where", "which") for w in window)
    )  # fmt: skip


def _cue_right_after(cues: list[_Cue], tokens: list[_Token], tail: int) -> _Cue | None:
    index = tail + 1
    while index < len(tokens) and tokens[index].lower in (
        "district", "region", "province", "oblast", "rayon", "city", "village",
        "town", "area", "border", "-", "–",
    ):  # fmt: skip
        index += 1
    for position, cue in enumerate(cues):
        if cue.first_index == index and cue.role == "conference" and cue.is_verb:
            return None
        if cue.first_index == index and not cue.is_verb:
            following = cues[position + 1] if position + 1 < len(cues) else None
            if (
                cue.role == "minefield"
                and following is not None
                and following.role == "clearance"
                and following.is_verb
                and following.first_index <= cue.token_index + 2
            ):
                return following  # "Cuito Cuanavale minefields cleared"
            return cue
    return None


def _cue_right_before(cues: list[_Cue], tokens: list[_Token], head: int) -> _Cue | None:
    index = head - 1
    while index >= 0 and tokens[index].lower in _FILLERS:
        index -= 1
    return _cue_ending_at(cues, index)


def _cue_ending_at(cues: list[_Cue], index: int) -> _Cue | None:
    for cue in cues:
        if cue.token_index == index:
            return cue
    return None


_GENERIC = (
    r"(?:district|province|region|oblast|rayon|state|county|department|"
    r"governorate|municipality|village|town|city|area)"
)
_LIST_GLUE = re.compile(
    rf"^\s*(?:{_GENERIC}\s*)?(?:,|,?\s*(?:and|or|&|as\s+well\s+as))\s*(?:the\s+)?"
    r"(?:(?:neighbouring|neighboring|nearby|adjacent|central|northern|southern|"
    r"eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)"
    r"\s+)?$",
    re.IGNORECASE,
)


def _list_bounds(
    text: str,
    tokens: list[_Token],
    first: int,
    last: int,
    place_spans: list[tuple[int, int]],
) -> tuple[int, int]:
    """Return the token indexes of the first and last place of this place's list."""
    spans = sorted(set(place_spans))
    here = tokens[first].start
    position = next((i for i, (s, e) in enumerate(spans) if s <= here < e), None)
    if position is None:
        return first, last
    low = high = position
    while low > 0 and _LIST_GLUE.match(text[spans[low - 1][1] : spans[low][0]]):
        low -= 1
    while high + 1 < len(spans) and _LIST_GLUE.match(
        text[spans[high][1] : spans[high + 1][0]]
    ):
        high += 1
    return _token_at(tokens, spans[low][0]), _token_at(tokens, spans[high][1] - 1)


def _list_size(text: str, place_spans: list[tuple[int, int]], start: int) -> int:
    spans = sorted(set(place_spans))
    position = next((i for i, (s, e) in enumerate(spans) if s <= start < e), None)
    if position is None:
        return 1
    low = high = position
    while low > 0 and _LIST_GLUE.match(text[spans[low - 1][1] : spans[low][0]]):
        low -= 1
    while high + 1 < len(spans) and _LIST_GLUE.match(
        text[spans[high][1] : spans[high + 1][0]]
    ):
        high += 1
    return high - low + 1


def _in_dateline(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Say whether the occurrence is in a dateline ("BAKU, Azerbaijan, Nov. 28 -")."""
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 60:
        return False
    before = text[line_start:start]
    if not _DATELINE_BEFORE.match(before):
        return False
    if (
        not before
        and text[start:end].isupper()
        and len(text[start:end]) > 2
        and text.startswith(": ", end)
    ):
        return True  # "PESHAWAR: Two policemen were killed ...", South Asian style
    first_word = text[line_start : text.find(",", line_start, start + 60)]
    if (
        not before
        and not text[start:end].isupper()
        and not _DATELINE_AFTER.match(text[end : end + 60])
    ):
        return False
    if before and not (
        first_word.isupper() or _DATELINE_AFTER.match(text[end : end + 60])
    ):
        return False
    return bool(_DATELINE_AFTER.match(text[end : end + 60]))
