"""English words that tell how a report uses a name: calendar words, titles, organisation
and actor nouns, connectors inside names, kind words, abbreviations, given names.

General English and news-English vocabulary, kept apart from the rules that use it
(:mod:`geomove.mentions`); nothing here is taken from any test or evaluation corpus.
"""

from __future__ import annotations

import re

from .regex_cache import CompiledPatterns

# (its patterns are built from code an earlier run kept: geomove.regex_cache)
_PATTERNS = CompiledPatterns("wordlists")

_MONTHS = "january february march april may june july august september october november december"
_DAYS = "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight"
# Month and weekday names and their abbreviations: beside a day number they are a date
# ("Nov. 14", "14 Sept", "Mon. 3"), never a place (Nov is also a town in Tajikistan).
CALENDAR_WORDS = frozenset((_MONTHS + " " + _DAYS + """
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
""").split())

# Seasons, which a year after them makes a date ("in Spring 2002", "Summer 2024"): never the town
# of the name (Spring, Texas) there (mentions.tokens._season_of_a_year)
SEASON_WORDS = frozenset("spring summer autumn fall winter".split())

# Capitalised only because they start a sentence or a title; never a place on their own.
STOPWORDS = frozenset((_MONTHS + " " + _DAYS + """
a an the this that these those there here it its it's he she they we you i me him her them us our your
their his my mine who whom whose which what when where why how all any both each few more most other
some such no nor not only own same so than too very can will just should now and or but if while as
at by for from in into of off on onto out over per to under up upon with within without about above
after again against among around before behind below beneath beside between beyond during except
inside near since through throughout toward towards until via also however meanwhile moreover yet
still even already later earlier then thus therefore although though because unless whether
according despite including following regarding amid amidst
mr mrs ms dr sir madam lord lady saint st
one two three four five six seven eight nine ten hundred thousand million billion first second third
last next new old many much several another every
said says say told tells added according reported reports report news breaking update updated exclusive
photo photos video videos image images file reuters ap afp
north south east west northern southern eastern western central northeast northwest southeast southwest
police army military government state city town village province region district county capital
border crossing base airport army forces troops
president minister prime king queen prince general colonel major captain
god allah christmas easter ramadan eid
mark will may hope grant bill ray rose june august faith joy chase hunt bush
art energy health security defence defense interior justice trade commerce education labour labor
home world war peace union party council court house senate congress parliament assembly
""").split())

# Words before a name that make it a person.
# Viruses whose strains are named after the place they were first found ("Ebola Reston", "Ebola
# Zaire", "Hanta Puumala"): a capitalised place word after one names a strain, not a person's
# surname (mentions.scan._names_a_strain) ...
STRAIN_GENUS_WORDS = frozenset("ebola ebolavirus hanta hantavirus".split())
# ... nor before one of these nouns ("the Sin Nombre virus", "a Hendra strain")
STRAIN_NOUNS = frozenset("virus viruses strain strains ebolavirus subtype subtypes serotype".split())

HONORIFICS = frozenset("""
mr mrs ms miss dr prof professor sir dame lord lady president vice prime minister secretary
chancellor premier governor mayor senator sen rep representative congressman congresswoman
ambassador envoy king queen prince princess sheikh sheik emir amir sultan imam ayatollah pope
bishop archbishop rev reverend father cardinal rabbi general gen lt lieutenant col colonel maj
major capt captain cpt commander cmdr cdr adm admiral brig brigadier sgt sergeant corporal cpl
private pvt marshal officer chief spokesman spokeswoman spokesperson judge justice director
deputy chairman chairwoman chair leader commissioner coach actor actress singer dr. mr. mrs.
gov lieut supt insp
""".split())  # (gov, lieut, supt, insp: abbreviated titles news writes, "Gov. Hugh Carey", gaz39)

# Last words of organisation and outlet names. (rifles: a regiment named after its province,
# "the Assam Rifles", "the Jammu and Kashmir Rifles", as "the Kentucky Guard", s47 gaz84)
ORG_SUFFIXES = frozenset("""
news agency agencies forces force council party ministry ministries times post press network
television tv radio group company corp corporation inc ltd llc bank university college school
institute institution organization organisation association union committee commission front
brigade brigades battalion battalions division regiment army navy corps guard guards movement
authority office department foundation fund airlines airways federation league club channel
daily herald tribune journal gazette observer monitor telegraph review magazine bureau service
services unit units command coalition alliance government administration parliament assembly
congress senate court tribunal club fc church mosque hospital center centre centers centres society trust
international times media report reports observatory agency
cartel cartels
rifles
""".split())

# A navy's force named after the waters it keeps ("the Baltic Fleet", "the Caspian Flotilla"):
# the name before the word is the force's, not a place (mentions.scan._waters_naming_a_fleet)
FLEET_WORDS = frozenset("fleet fleets flotilla flotillas".split())
# ... and a naval formation named after the waters it patrols, in lower case: "the Red Sea task
# force", "a Baltic task group", "the Arabian Sea strike group" (mentions.scan._waters_naming_a_formation):
# the words that may follow the waters' name, in order (an optional "naval" first)
FORMATION_AFTER_WATERS = (("task", "strike", "maritime", "naval"), ("force", "forces", "group", "groups"))
# ... and a land or air unit named after an ocean or a sea, its noun in lower case right after
# the name: "the Pacific regiment", "an Arctic brigade", "the Caspian battalion" (the unit's
# name, no place where it is: mentions.scan._waters_naming_a_unit, s37 gaz59)
# the capitalised last word of a building's name: "the White House", "the Blue House", "the
# Winter Palace". After "the", a name that ends in one (or stands before one) is the building,
# which the index does not hold, not a town bearing the words as its name or as another of its
# names (White House, Tennessee; Casablanca, "White House" in English): mentions.scan._a_building_s_name
BUILDING_HEADS = frozenset("house palace hall tower castle mansion".split())
# ... of which the word that makes a building of the name before it with or without the article:
# "talks at Lancaster House", "analysts at Chatham House" are London buildings named after a
# title, not the towns (a castle, a hall or a tower after a town's name often stands in it)
BUILDING_HEADS_AFTER_ANY_NAME = frozenset(("house",))
UNITS_AFTER_WATERS = frozenset("""regiment regiments brigade brigades battalion battalions division divisions
squadron squadrons corps detachment detachments contingent contingents""".split())

# A ship's name is written after a navy's ship prefix ("USS San Antonio", "INS Kolkata", "HMAS
# Canberra"; case kept; none that is also an English word or a force: 'ITS', 'SAS') or after a
# noun of a ship's kind, in lower case ("the frigate Admiral Makarov", "the landing ship Yamal",
# "the carrier Shandong"): a ship named after a place is no place. Regular-expression
# alternatives, read by the reading stage (read.clauses._ship_name: no end of a movement) and
# the mention finder (mentions.persons: no place mention).
# (NNS, ENS, ORP, BAP, ARA: the Nigerian, Egyptian, Polish, Peruvian and Argentine navies' prefixes, which
# read.lexicon.json's ship_prefix_nations already knew: "the patrol boat NNS Kano" read the city, s47 gaz84)
SHIP_PREFIXES_RE = "USS|USNS|HMS|HMAS|HMCS|HMNZS|INS|PNS|HNLMS|HDMS|HNoMS|HSwMS|FGS|ESPS|TCG|KRI|BNS|RFS|ROKS|NRP|BRP|RSS|HTMS|CNS|MV|NNS|ENS|ORP|BAP|ARA"
SHIP_KINDS_RE = (r"frigate|destroyer|cruiser|corvette|carrier|submarine|warship|flagship|landing\s+ship|assault\s+ship"
                 r"|patrol\s+(?:ship|boat|vessel)|gunboat|minesweeper|icebreaker|tanker|vessel|ship")
# ... of which the kinds of a warship, which a report also writes after the ship's name used
# as a modifier ("the Shandong carrier group", "China's Fujian aircraft carrier", "the Liaoning
# and Shandong carriers"); not a ship, vessel or tanker, often named after the port it sails
# from or to ("the Odesa grain ship")
WARSHIP_KINDS = frozenset("""
frigate destroyer cruiser corvette carrier submarine warship flagship icebreaker minesweeper gunboat
""".split())

# Words after a demonym that make it name a force, a government or a person: an actor.
ACTOR_NOUNS = frozenset("""
army armies forces force troops troop soldiers soldier military militia militias militiamen fighters
fighter jets jet warplanes warplane aircraft planes helicopters helicopter drones drone navy naval
tanks tank convoy convoys column columns armour armor artillery patrol patrols police gendarmerie gendarmes guards guard
government regime authorities authority officials official president minister ministry ministers
ambassador ambassadors diplomat diplomats diplomacy delegation intelligence coalition rebels rebel
opposition commander commanders units unit battalion brigade brigades division personnel
counterpart counterparts leader leaders leadership parliament embassy consulate state-run
media agency press spokesman security operatives special backed -backed led -led allied
company companies firm firms national nationals citizen citizens people population refugees
warships warship ships vessels frigates destroyers submarines bombers marines airstrikes strikes
man woman men women child children family families journalist journalists politicians
""".split())

# Words after a demonym that make it a place.
PLACE_NOUNS = frozenset("""
territory territories soil land lands border borders frontier frontiers side city cities town towns
village villages capital countryside desert coast coastline shore waters airspace province provinces
region regions governorate governorates mainland interior north south east west northeast northwest
southeast southwest border-crossing crossing crossings port ports island islands mountains highway
road roads area areas part parts towns peninsula isthmus
""".split())

SPEECH_VERBS = frozenset("""
said says say told tells tell added stated explained wrote tweeted announced claimed denied
confirmed warned urged insisted argued noted reported asked replied responded
""".split())

# A lower-case word before a name that says the name is a place.
LOCATIVE_PREPS = frozenset("""
in at from to into near towards toward across outside around via through inside throughout
across between nearby reached reaching entered entering left leaving captured shelled shelling bombed
bombarded bombing struck targeted stormed storming recaptured seized besieged encircled evacuated liberated raided
overran visited arrived deployed redeployed stationed based headed heading transited transiting
leaves reaches enters abandoned abandoning vacated reach enter
reinforced reinforcing patrolled patrolling surrounded guarded guarding garrisoned
opposite off
ceded ceding cedes relinquished relinquishing surrendered surrendering
retook retake retakes retaking retaken recapture recaptures recapturing occupied occupy occupies occupying reoccupied reoccupy
fled flees fleeing departed exited
leave depart flee vacate
approached approaching neared nearing bypassed bypassing skirted skirting infiltrated infiltrating
""".split())  # (the present tense of headlines and timelines: "Convoy leaves X for Y", "Troops enter Z")
# ("reach", "enter": the infinitive of a plan or an attempt, "was due to reach X", "tried to enter
# Y", read85: the name with no other cue was dropped as a place)
# ("retook", "occupied": the verbs of taking a place and holding it, as "captured", "seized",
# "overran" already were, gaz41; their object in lower case, "retook the initiative", is no name)
# ("retaken", "recapture": their participle and present tense, "had retaken Palma", gaz42)
# ("fled", "departed": the verbs of leaving a place, as "left" and "abandoned" were: "Rebels fled
# Kidal on Sunday" read no place, s29m; and those of getting near or around one: "approached",
# "neared", "bypassed", "skirted", "infiltrated")
# ("leave", "depart", "flee", "vacate": their bare form, the infinitive of a plan or an order and the
# present, "will leave Kidal by Friday", "ordered to leave Kabul", "They leave Gao" read no place, s32m)
# ("opposite": the Line of Control's side across from a sector, "launch pads opposite Keran", read55;
# "off": at sea by a coast, "waters off Kinmen", "sank off Crete", s23; the verbs of holding a
# place, "reinforced Pabrade", "patrolled Ghajar", "surrounded Nahuizalco": probes of gaz38, s26)

# Connectors allowed inside a multi-word name ("Gulf of Aden", "Ras al Ayn", "Bosnia and Herzegovina").
CONNECTORS = frozenset("""
of the and de del della di da do dos das du des la le les el al ad as ash az ez an ar at ibn bin
bint bani beni abu umm um y e es upon on sur am im an der den von van
""".split())
ARTICLE_HYPHEN_RE = _PATTERNS.compile(r"^(?:al|el|ad|ed|as|es|ash|esh|az|ez|an|en|ar|er|at|et|ath|adh)[-‑'’][^\W\d_]", re.I)

# Words after a name that say what kind of place it is (lower- or upper-case).
# common nouns of place that a name in apposition follows ("the state capital, X", "the port
# town, Y", "the district headquarters, Z"): the name is a place of that kind
APPOSITION_PLACE_NOUNS = frozenset("""
capital city town village port hub headquarters seat stronghold garrison outpost enclave
""".split())

# plural nouns of place that "such as" lists ("towns such as X", "border crossings such as Y"):
# the names listed are places of that kind
PLURAL_PLACE_NOUNS = frozenset("""
towns cities villages places localities areas districts provinces regions camps bases garrisons
outposts crossings ports hubs strongholds settlements
""".split())

# lower-case nouns of a local body or its people right after a town's name ("X police", "Y
# residents"): the name is the place they belong to
LOCAL_BODY_NOUNS = frozenset("""
police council councillors residents resident mayor firefighters
""".split())

# A state-level adjective that opens a force's or agency's name, and the nouns such a name ends in
# ("the Australian Federal Police", "National Guard troops", "Border Force cutters", "Royal
# Marines"): the adjective is the name's first word, no village of that name (Federal, New South
# Wales) whose police these are ("Media police" is the town's own: LOCAL_BODY_NOUNS)
# (Acceptance._first_word_of_an_everyday_name, s48 gaz90)
FORCE_NAME_OPENERS = frozenset("federal national royal border republican presidential state".split())
FORCE_NAME_NOUNS = frozenset("police guard guards force forces marines patrol gendarmerie constabulary".split())

# a military training site named after its town, in lower case right after the town's name
# ("the Munster training area", "the Yavoriv training ground", "the Drawsko firing range"):
# the first word and the words that may follow it (Acceptance._training_site_after)
TRAINING_SITE_PHRASES = {
    "training": frozenset("area areas ground grounds range ranges centre center camp".split()),
    "exercise": frozenset("area areas".split()),
    "firing": frozenset("range ranges".split()),
    "proving": frozenset("ground grounds".split()),
}

# titles of a place's own office written before a person's name ("Hanley Mayor Jo Bell")
LOCAL_OFFICE_TITLES = frozenset("mayor governor councillor councilor reeve".split())

# nouns of an office or a people of a place before "of" ("the mayor of X", "residents of Y",
# "the outskirts of Z"): what follows "of" is the place
OF_PLACE_NOUNS = frozenset("""
mayor mayors governor governors residents inhabitants citizens townspeople outskirts suburbs
streets mayoralty island isle port
control capture recapture siege fall liberation blockade
garrison garrisons base bases airbase airbases outpost outposts barracks
""".split())
# ("took control of X", "the siege of Y", "after the fall of Z": the nouns of taking or holding a
# place, as the verbs "captured", "besieged" are locative cues; s29)
# ("drawn from the garrison of X", "the base of Y", "the outpost of Z": a force's site told by
# the town it holds, as "the garrison at X" is; no kind is asked, for the site is seldom a row of
# its own and the town is what the report locates; s51 gaz100)

# verbs after which "for <place>" names where a movement is bound ("left for X", "headed for Y")
# Countries whose addresses write a five-digit postcode before the town ("75002 Paris", "10115
# Berlin", "28013 Madrid", "06600 Ciudad de México", "34000 İstanbul"): the Universal Postal
# Union's address formats (own knowledge of them); a town written so lies in one of these
# (mentions.hints.BindingHints._postcode_before_a_town). Four-digit postcodes (Switzerland,
# Austria, Belgium, Denmark, Norway) are left out: four digits before a name are a year
# ("in 1998 Paris hosted") more often than an address.
POSTCODE_BEFORE_TOWN_COUNTRIES = frozenset("FR DE IT ES FI MX TR HR EE MA DZ MC".split())
# Verbs after a sentence's first word that make it the subject of a state ("Lachin is quiet",
# "Kherson remains tense"): a name opening the sentence, not a capitalised everyday word.
COPULA_VERBS = frozenset("""
is was remains remained lies lay sits sat stays stayed seems seemed appears appeared became
""".split())
# ... or the host of a meeting: "Geneva hosted the talks", "The Hague will host a summit" (a
# town hosts a meeting where a person hosts a show or a team a match: the meeting's noun must
# follow within a few words, MEETING_NOUNS)
HOSTING_VERBS = frozenset("hosted hosts hosting host".split())
HOSTING_AUXILIARIES = frozenset("will would has had is was has already again".split())
# the nouns of a round of diplomacy whose venue is a city the sentence names ("returned to Vienna
# for talks"): narrower than MEETING_NOUNS, whose "meeting" a town council holds (mentions.context
# ._venue_of_talks)
TALKS_NOUNS = frozenset("talks negotiations summit".split())
MEETING_NOUNS = frozenset("""
talks negotiations summit summits conference conferences meeting meetings round rounds
ceremony signing
""".split())

# Verbs of giving that take a place as their object only with a particle of handing over
# ("handing X over to the rebels", "handed over X", "gave X back", "turned X over"), or, for
# "hand" itself, with the receiver after "to" ("handed X to the militia"): see
# Acceptance._handed_over. Their bare object is as often a person or a thing ("handed Smith
# a letter"), so the verb alone is no cue; the verbs of ceding, which take a place bare
# ("ceded X", "surrendered Y"), are in LOCATIVE_PREPS (gaz40).
HANDING_VERBS = frozenset("""
hand hands handed handing give gives gave given giving turn turns turned turning
""".split())
HANDING_PARTICLES = frozenset(("over", "back", "up"))
HANDING_TO_VERBS = frozenset(("hand", "hands", "handed", "handing"))

# Verbs of moving whose goal follows "on" ("advanced on X", "marched on Y", "converged on Z",
# "landed on an island", "arrived on W"): the name after "on" is where the force goes (see
# Acceptance._on_after_a_verb_of_moving). "on" alone is no cue ("on Monday", "on Smith's orders").
ON_GOAL_VERBS = frozenset("""
advance advances advanced advancing march marches marched marching converge converges converged
converging land lands landed landing arrive arrives arrived arriving descend descends descended
descending
""".split())
# ... and "fell back on Ansongo": the forms of "fall" before "back on" (a withdrawal's goal)
FALL_BACK_VERBS = frozenset("fall falls fell fallen falling".split())

# Verbs of taking or losing that take a place as their object only with the other side named
# after it ("took X from the army", "wrested X from", "lost X to the rebels"): the verb and the
# word that must follow the object (see Acceptance._handed_over). Bare, their object is as often
# a thing or a person ("took Smith hostage", "lost Jones in the raid"), so the verb alone is no cue.
CHANGING_HANDS_VERBS = {
    **dict.fromkeys("take takes took taking taken wrest wrests wrested wresting".split(), "from"),
    **dict.fromkeys("lose loses lost losing".split(), "to"),
}

BOUND_FOR_VERBS = frozenset("""
left leave leaves leaving depart departs departed departing head heads headed heading bound set
sail sails sailed sailing fly flies flew flying off out
""".split())

KIND_AFTER = {
    "governorate": "admin1", "province": "admin1", "region": "admin1", "state": "admin1",
    "oblast": "admin1", "wilayat": "admin1", "district": "admin2", "county": "admin2",
    "subdistrict": "admin2", "sub-district": "admin2", "municipality": "admin2",
    "territory": "admin2",  # "Walikale territory": a territory of the DR Congo (a district-level unit)
    # "the Faskari LGA": Nigeria's local government area, the unit below its states, written as
    # the acronym after its name as often as in full; the capitals are a kind, no unknown word
    # of a longer name (scan drops a lesser place beside one)
    "lga": "admin2",
    # "Sonsonate department", "Norte de Santander department": a first-level unit of Central and
    # South America (and France's, a second); only after a name the index knows as such a unit
    # (KIND_ONLY_AFTER_A_UNIT): "the Texas Department of Public Safety" names the state, "the Los
    # Angeles Police Department" no unit
    "department": "admin1",
    "city": "city", "town": "town", "village": "village", "crossing": "crossing",
    "checkpoint": "checkpoint", "airport": "airfield", "airfield": "airfield", "airbase": "base",
    "base": "base", "garrison": "base", "outpost": "base", "camp": "camp", "dam": None, "field": "oilfield", "oilfield": "oilfield",
    "river": "river",
    # "the Malakal PoC site", "Bentiu PoC": a UN protection-of-civilians site, a camp by the town
    # (South Sudan), no word of an organisation's name
    "poc": "camp",
    # "New York Gov. X", "Texas Governor Y": a governor's title after a name says it is the state
    "gov": "admin1", "governor": "admin1",
}
# Kind words of KIND_AFTER that say a kind only after a name the index knows as a unit of that
# kind, as gazetteer.kinds.NAME_LEFT_KIND_WORDS ("territory") do; kept here, not there, for that
# module is part of the index's fingerprint (mentions.scan.RunScanner._names_a_unit)
KIND_ONLY_AFTER_A_UNIT = frozenset({"department"})
# Kind words that are also verbs: a kind only in "the <name> pass" (a mountain pass: "the San
# Francisco pass", "the Agua Negra pass"), where the article before the name makes the word a
# noun; "troops pass Kherson", "let the convoy pass" are the verb (mentions.scan.RunScanner.
# _kind_after_the_name, s50 gaz99). Such a pass is named after a mountain or a river, not after
# a town it serves: no famous town of the name sets it aside (mentions.facilities)
KIND_AFTER_THE_NAME = {"pass": "crossing"}
# ... and their plurals after a list of names that "the" opens: "the Khyber and Torkham passes",
# "The Sico and Jama passes were shut" (mentions.scan.RunScanner._kind_after_list); "the road from
# Kherson and Mykolaiv passes through" is the verb; each maps to its singular, the kind word of
# KIND_AFTER_THE_NAME that each name of the list is read with (s51 gaz100)
KIND_AFTER_THE_LIST = {"passes": "pass"}
# the words that may follow such a kind word after a name that a locative preposition, not "the",
# comes before, when the word is the noun: the sentence's end or a comma, or one of these ("waited
# at Sico pass for two days", "crossed via Jama pass on Monday", "at Sico pass, which ..."); the
# verb takes an object or a particle ("from Bakhmut pass Soledar", "at Kherson pass through"; "on"
# only before a day or a month: "pass on the message" is the verb)
# (mentions.scan.RunScanner._kind_after_the_name, s51 gaz100)
NOUN_AFTER_THE_KIND_WORD = frozenset("""
for in at near and or was were is are had has have remained reopened stayed closed shut
after before since until during which where while when but
""".split())

# Words a coder or reporter writes between a name and the area after it ("Lere town, Tombouctou
# region, Mali"; "Umlazi township, KwaZulu-Natal"): they do not break the address.
ADDRESS_KIND_WORDS = frozenset(KIND_AFTER) | frozenset("""
township area locality neighborhood neighbourhood department republic zone territory tehsil
woreda rayon raion commune suburb quarter location sector countryside prefecture emirate
""".split())
# ("X border post", "Y frontier post": the post of a crossing, as kinds.KIND_WORDS reads "border post")
KIND_PAIRS = {("air", "base"): "base", ("border", "crossing"): "crossing", ("military", "base"): "base",
              ("border", "post"): "crossing", ("frontier", "post"): "crossing",
              ("oil", "field"): "oilfield", ("air", "field"): "airfield", ("military", "airport"): "airfield"}
KIND_BEFORE = {"city": "city", "town": "town", "village": "village", "province": "admin1",
               "governorate": "admin1", "district": "admin2", "region": "admin1", "state": "admin1",
               "capital": "city", "hamlet": "village", "camp": "camp", "county": "admin2"}

# "the states of Texas and Georgia", "the provinces of A, B and C": a plural kind word before a
# list of names says what each of them is
KIND_BEFORE_LIST = {"states": "admin1", "provinces": "admin1", "governorates": "admin1", "regions": "admin1",
                    "oblasts": "admin1", "districts": "admin2", "counties": "admin2", "cities": "city",
                    "towns": "town", "villages": "village",
                    # "the crossings of Vaalimaa and Nuijamaa", "the Vaalimaa and Nuijamaa crossings":
                    # each name is a crossing (or the town it is named after), as the singular says
                    "crossings": "crossing", "airports": "airfield", "airfields": "airfield"}

# Short names two countries share: the report's other places decide which one is meant
# (a bare "Congo" beside Goma is the Democratic Republic of the Congo)
SHARED_COUNTRY_NAMES = {"congo": ("CG", "CD"), "the congo": ("CG", "CD")}

# Former names of countries that reports and older texts still write (general knowledge; each
# renaming is in Wikipedia's "List of former country names"): the country is a candidate
# beside any place of the name ("Zaire" is also an Angolan province), context ranks them.
FORMER_COUNTRY_NAMES = {"zaire": "CD", "zaïre": "CD", "burma": "MM", "ceylon": "LK", "rhodesia": "ZW",
                        "dahomey": "BJ", "upper volta": "BF", "swaziland": "SZ", "siam": "TH",
                        "east pakistan": "BD", "kampuchea": "KH"}

# Country abbreviations written in capitals; the gazetteer's short names are unreliable.
COUNTRY_ABBREVIATIONS = {"America": "US", "US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "UK": "GB", "U.K.": "GB",
                         "UAE": "AE", "U.A.E.": "AE", "DRC": "CD", "KSA": "SA", "PRC": "CN", "ROK": "KR",
                         "DPRK": "KP",
                         # en.wikipedia 'Central African Republic': "(CAR)", as UN and wire reports write it
                         "CAR": "CF"}

# Areas reports name by an acronym written in capitals, as they name countries by theirs (above):
# each is the name or an alias of a row of gazetteer/areas.csv or features.csv, whose source
# gives the acronym. Any other word in capitals is an organisation's acronym or a shouted word
# (mentions.scan). VRAEM and VRAE: the Valle de los Ríos Apurímac, Ene y Mantaro (Peru; en.wikipedia
# 'Valle de los Ríos Apurímac, Ene y Mantaro': 'also known as VRAEM'); FATA and NWFP: Pakistan's
# former Federally Administered Tribal Areas and North-West Frontier Province (areas.csv). USSR: the
# Soviet Union, a former state (en.wikipedia 'Soviet Union': 'the Union of Soviet Socialist Republics
# (USSR)'), the union of its successor states in areas.csv.
REGION_ACRONYMS = frozenset({"VRAEM", "VRAE", "FATA", "NWFP", "USSR"})

# Adjectives of continents and parts of continents -> the area's name in gazetteer/areas.csv
# ("European officials", "Asian markets"): like a country's demonym they mention the area.
# Own list (common English usage). "Central African" is the Central African Republic's demonym
# and "South African" South Africa's (gazetteer/demonyms.csv), so neither is here.
AREA_DEMONYMS = {
    "European": "Europe", "Asian": "Asia", "African": "Africa",
    "North American": "North America", "South American": "South America", "Latin American": "Latin America",
    "Middle Eastern": "Middle East", "Southeast Asian": "Southeast Asia", "South East Asian": "Southeast Asia",
    "South-East Asian": "Southeast Asia", "Central Asian": "Central Asia", "East Asian": "East Asia",
    "South Asian": "South Asia", "East African": "East Africa", "West African": "West Africa",
    "North African": "North Africa", "Scandinavian": "Scandinavia", "Balkan": "Balkans",
}

# Demonyms of a country that also say the area the country is named after: "Central African
# troops" are the Central African Republic's (gazetteer/demonyms.csv), "West and Central
# African countries" lie in Central Africa. Own list (common English usage): the demonym -> the
# area's name in gazetteer/areas.csv; mentions/scan.py reads the area where REGION_SENSE_RE says so.
REGION_SENSE_DEMONYMS = {"Central African": "Central Africa"}
# the region's sense: a plural of states after the adjective, or a qualifier shared with the
# adjective before it ("West and Central African")
REGION_SENSE_AFTER_RE = _PATTERNS.compile(r"\s+(?:countries|states|nations|governments|region|neighbou?rs)\b")
REGION_SENSE_BEFORE_RE = _PATTERNS.compile(r"\b(?:north|south|east|west|northern|southern|eastern|western)(?:\s+african)?"
                                    r"\s*(?:,|and|or|&)\s*$", re.IGNORECASE)

# News-style (AP) abbreviations of US states and Canadian provinces, as written after a town
# ("Glasgow, Ky.", "Surrey, B.C."); two-letter postal codes are left out (IN, OR, ME are words).
REGION_ABBREVIATIONS = {
    "ala": ("Alabama", "US"), "ariz": ("Arizona", "US"), "ark": ("Arkansas", "US"), "calif": ("California", "US"),
    "colo": ("Colorado", "US"), "conn": ("Connecticut", "US"), "del": ("Delaware", "US"), "fla": ("Florida", "US"),
    "ga": ("Georgia", "US"), "ill": ("Illinois", "US"), "ind": ("Indiana", "US"), "kan": ("Kansas", "US"),
    "kans": ("Kansas", "US"), "ky": ("Kentucky", "US"), "la": ("Louisiana", "US"), "md": ("Maryland", "US"),
    "mass": ("Massachusetts", "US"), "mich": ("Michigan", "US"), "minn": ("Minnesota", "US"),
    "miss": ("Mississippi", "US"), "mo": ("Missouri", "US"), "mont": ("Montana", "US"), "neb": ("Nebraska", "US"),
    "nev": ("Nevada", "US"), "n.h": ("New Hampshire", "US"), "n.j": ("New Jersey", "US"),
    "n.m": ("New Mexico", "US"), "n.y": ("New York", "US"), "n.c": ("North Carolina", "US"),
    "n.d": ("North Dakota", "US"), "okla": ("Oklahoma", "US"), "ore": ("Oregon", "US"), "pa": ("Pennsylvania", "US"),
    "r.i": ("Rhode Island", "US"), "s.c": ("South Carolina", "US"), "s.d": ("South Dakota", "US"),
    "tenn": ("Tennessee", "US"), "tex": ("Texas", "US"), "vt": ("Vermont", "US"), "va": ("Virginia", "US"),
    "wash": ("Washington", "US"), "w.va": ("West Virginia", "US"), "wis": ("Wisconsin", "US"),
    "wyo": ("Wyoming", "US"), "d.c": ("District of Columbia", "US"),
    "b.c": ("British Columbia", "CA"), "alta": ("Alberta", "CA"), "sask": ("Saskatchewan", "CA"),
    "man": ("Manitoba", "CA"), "ont": ("Ontario", "CA"), "que": ("Quebec", "CA"), "n.s": ("Nova Scotia", "CA"),
    "n.b": ("New Brunswick", "CA"), "p.e.i": ("Prince Edward Island", "CA"),
    "nfld": ("Newfoundland and Labrador", "CA"), "n.l": ("Newfoundland and Labrador", "CA"),
}

# All-capital acronyms of first-level and former first-level areas that reports write bare
# ("a drone strike in FATA"): acronym -> (the name the index or gazetteer/areas.csv holds, where
# the acronym is given as the area's). Data, never a guess from capitals: only these, each cited.
AREA_ACRONYMS = {
    "FATA": ("Federally Administered Tribal Areas",
             "en.wikipedia 'Federally Administered Tribal Areas' (https://en.wikipedia.org/wiki/"
             "Federally_Administered_Tribal_Areas): 'The Federally Administered Tribal Areas (FATA)'"),
    "NWFP": ("North-West Frontier Province",
             "en.wikipedia 'North-West Frontier Province' (https://en.wikipedia.org/wiki/North-West_Frontier_Province): "
             "'The North-West Frontier Province (NWFP; ...)'"),
    "KPK": ("Khyber Pakhtunkhwa",
            "en.wikipedia 'Khyber Pakhtunkhwa' (https://en.wikipedia.org/wiki/Khyber_Pakhtunkhwa): "
            "'Khyber Pakhtunkhwa (KP or KPK; ...)'"),
    "ARMM": ("Autonomous Region in Muslim Mindanao",
             "en.wikipedia 'Autonomous Region in Muslim Mindanao' (https://en.wikipedia.org/wiki/"
             "Autonomous_Region_in_Muslim_Mindanao): 'The Autonomous Region in Muslim Mindanao (...; ARMM)'"),
}

# Abbreviations of areas that are everyday abbreviations or words elsewhere too ('LoC': a letter
# of credit, the Library of Congress, lines of communication; 'ACT': the verb in capitals, a New
# Zealand party): read as the area only in a text that names the area's setting, one of the words
# given (as written: "India" also finds "Indian"). abbreviation -> (the name gazetteer/areas.csv
# or the index holds, the setting's words, where the abbreviation is given as the area's). Data,
# never a guess from capitals: only these, each cited.
_LINE_OF_CONTROL = ("Line of Control", ("Kashmir", "India", "Pakistan"),
                    "en.wikipedia 'Line of Control' (https://en.wikipedia.org/wiki/Line_of_Control): "
                    "'The Line of Control (LoC) is a military control line between the Indian and Pakistani "
                    "controlled parts of the former princely state of Jammu and Kashmir'")
AREA_ABBREVIATIONS_IN_SETTING = {
    "LoC": _LINE_OF_CONTROL, "LOC": _LINE_OF_CONTROL,
    "ACT": ("Australian Capital Territory",
            ("Australia", "Canberra", "New South Wales", "NSW", "Queensland", "Tasmania", "Northern Territory"),
            "en.wikipedia 'Australian Capital Territory' (https://en.wikipedia.org/wiki/Australian_Capital_Territory): "
            "'The Australian Capital Territory (ACT), known as the Federal Capital Territory until 1938'"),
}

# Capitalised abbreviations of provinces and cities common in news; a text may define more
# ("the Kurdistan Region (KRI)").
CAPS_ABBREVIATIONS = {"NSW": "New South Wales", "QLD": "Queensland", "NYC": "New York City",
                      **{acr: full for acr, (full, _source) in AREA_ACRONYMS.items()}}

# Given names common in international news (a generic list, many cultures).
GIVEN_NAMES = frozenset("""
aaron abdel abdul abdullah abdallah abu adam adel adrian ahmad ahmed ahmet aisha alan alaa alex alexander
alexandre alexei alexey ali alice alicia amanda amir amr amy ana andrea andreas andrei andrew andrey angela
anna anne anthony antonio ashraf ayman barack barbara bashar ben benjamin bernard bill bob boris brian bruce
carl carlos caroline catherine charles charlie chris christian christine christopher claire colin craig dan
daniel david dennis diana dmitry dmitri donald douglas ed edward elizabeth emily emma emmanuel eric erik
fahad faisal fatima fernando francis francisco frank fred gary george gerald giorgos gordon greg gregory
hamad hamid hamza hans harry hassan hazem helen henry hillary hussein ian ibrahim igor ilham imran isaac
ivan jack jacob james jamal jane janet jason javier jean jeff jeffrey jennifer jeremy jerry jessica jim
jimmy joan joe john johnny jonathan jorge jose joseph josh joshua juan julia julian julie justin karen
karim kate kathleen keith kemal kenneth kevin khaled khalid kim kyle larry laura lee leon linda lisa louis
luis mahmoud majid maria mariam marie mario mark martin mary masoud matthew maurice mehmet melissa mevlut
michael michel michelle miguel mike mikhail mohamed mohammad mohammed muhammad mustafa nancy nasser nathan
nicholas nicolas nikolai nizar omar oscar pablo pamela patricia patrick paul pedro peter philip pierre rachel
rami ramzi ray raymond recep richard rick robert roger ronald rose ryan saad saeed said salah salem salim
salman sam samir samuel sandra sara sarah scott sean sergei sergey shaun simon stephen steve steven susan
tariq thomas tim timothy tom tony valery victor viktor vladimir walid walter wayne william yasser yousef
youssef yusuf zaid ziad
umar omer oumar usman ousmane uthman bilal abdullahi abdirahman mohamud mamadou amadou boubacar aliyu
""".split())

# Common given names (English-language news) that are also the names of famous places, and so
# are kept out of GIVEN_NAMES: alone, "Victoria" or "Jordan" is more often the place. Before one
# more capitalised word that is no place word of its own ("Victoria Nuland", "Sydney Kaplan") the
# pair is a person's name (mentions.persons._given_name_of_a_place_before_a_surname); "Victoria
# Falls", "Sydney Harbour", "Victoria Police" keep the place.
GIVEN_NAMES_OF_PLACES = frozenset("""
adelaide austin charlotte chad dallas florence georgia israel jordan lincoln madison regina savannah sydney
victoria
""".split())

# English contractions ("I’ve", "We’ll", "Can’t"): never a place, though their letters spell
# some ("Ive", "Well", "Were")
CONTRACTION_RE = _PATTERNS.compile(
    r"^(?:i|you|we|they|he|she|it|who|that|there|here|what|where|is|are|was|were|do|does|did|has|have|"
    r"had|ca|can|could|would|should|wo|must|need|might|let|ai|y)['’](?:ve|d|ll|re|m|s|t)$"
    r"|^\w+n['’]t$", re.I)

# Words that open a longer name as its first word ("West Midlands", "Central Plateau", "Upper
# Nile"): when the gazetteer lacks the whole name, the rest alone names another place.
NAME_QUALIFIERS = frozenset("north south east west northern southern eastern western central northeast northwest "
                            "southeast southwest upper lower greater middle".split())

# Words naming an administrative unit that English prose writes rarely enough to pass for a
# name ("Enfield Borough", "Pine Township"): after a place's name they are its kind, no second name.
UNIT_WORDS = frozenset("borough township parish ward commune prefecture canton shire riding".split())

# Head words of a water body's or a landform's name ("Lake Erie", "Danube Delta", "Gulf of
# Aden"): a place found for the rest of the name alone is not the feature unless it is of the
# kind the head word says (a river for "River", a sea for "Gulf"). -> the kinds that are it.
# ("Valley" is apart: a valley is named after its river or its town, and the town of the bare
# name lies in it: "Salinas Valley", "Peace River Valley"; see FEATURE_HEADS_AROUND_TOWN.)
_WATER = ("sea", "ocean", "strait", "lake")
FEATURE_HEADS_AFTER = {
    "lake": ("lake",), "lakes": ("lake",), "bay": _WATER, "delta": (), "mountains": (),
    "mountain": (), "hills": (), "range": (), "gulf": _WATER, "strait": ("strait",), "straits": ("strait",),
    "sea": ("sea",), "ocean": ("ocean",), "river": ("river",), "island": (), "islands": (), "peninsula": (),
    "desert": (), "plateau": (), "basin": (), "canyon": (), "falls": (), "creek": ("river",), "glacier": (),
    "reef": (), "lagoon": _WATER, "swamp": (), "marshes": (), "forest": (),
    # "the Pacific Northwest": a region named after the ocean, not the ocean
    "northwest": (), "northeast": (), "southwest": (), "southeast": (),
    # "Prince Albert Street", "Baghdad Street" in Damascus: a street named after a place is in
    # another town; no reading of the place is the street
    "street": (), "avenue": (), "boulevard": (),
    # (and the same written short, after a house's number most often: "69 Wooster St.", "15 Durban
    # Rd.": STREET_ABBREVIATIONS; a road and a highway named after a town: "Lahore Road" in Karachi)
    "st": (), "rd": (), "ave": (), "blvd": (), "road": (), "highway": (),
}
# The short forms of a street's kind after its name, with their full words: written with their
# full stop and no capitalised word after it ("Wooster St., stood": not "Fort St. John", whose
# "St." is a saint's, the start of the next word of the name; features._street_written_short)
STREET_ABBREVIATIONS = {"st": "street", "rd": "road", "ave": "avenue", "blvd": "boulevard"}
# Head words after a town's name that name the land around the town: the mention is the whole
# name, read at the town's point ("San Fernando Valley" at San Fernando).
FEATURE_HEADS_AROUND_TOWN = frozenset({"valley"})
# Head words after a town's name that name the water the town lies on: when the index has no
# such water of that name, the mention is the whole name, read at the town's point ("warships
# arrived in Cam Ranh Bay": the port of Cam Ranh; s23). The water itself, where the index has
# it, is read first (the scan reads "Manila Bay" whole).
# (and the island a town of the name lies on, where the index has no island so called: "moved a
# missile unit to Ishigaki Island", s24 -- the island's town, as the text backs it)
FEATURE_HEADS_AT_TOWN = frozenset({"bay", "harbour", "harbor", "island"})
FEATURE_HEADS_BEFORE = {
    "lake": ("lake",), "mount": (), "mt.": (), "gulf": _WATER, "bay": _WATER, "cape": (), "isle": (),
    "sea": ("sea",), "strait": ("strait",), "straits": ("strait",),
}

# Words for "saint" that open place names ("San Fernando", "Santa Ana", "St. George"): a given
# name after one is the saint's, part of the place's name, not a person's first name.
SAINT_WORDS = frozenset("san santa santo são sao st st. saint sainte sankt ste ste.".split())

# Titles that also open Arabic place names, after the holy man a quarter or a town is named for
# ("Sheikh Radwan" in Gaza, "Sheikh Zuweid" in Sinai, "Sheikh Miskin" in Daraa): a name the
# gazetteer knows whole after one is a place's unless the sentence treats it as a person's.
PLACE_NAMING_TITLES = frozenset("sheikh sheik shaikh shaykh".split())
# Words after a name that make it a person's: speech and a person's acts ("Sheikh Hasina said",
# "Sheikh Tamim met"), and the patronymic that continues a person's name ("bin Zayed").
PERSON_ACT_VERBS = frozenset("""
met meets meeting greeted praised thanked vowed pledged ordered hosted received congratulated
condemned welcomed phoned spoke speaks addressed signed decreed pardoned appointed who whose
""".split())
# What befalls a person, not a place, after the person's name (straight or after an auxiliary):
# "X was killed", "X died", "X has been arrested" (persons._facility_short_form_as_a_person)
PERSON_FATE_WORDS = frozenset("""
killed assassinated murdered died dies buried born elected arrested kidnapped executed wounded
injured jailed sentenced
""".split())
PERSON_FATE_AUXILIARIES = frozenset("was is has had been be".split())
# What an airport or a base does as the subject of a verb, where its short name ("Jomo Kenyatta")
# is also its person's: such a verb keeps the facility ("Jomo Kenyatta reopened"), any other finite
# verb after the bare name makes it the person ("Jomo Kenyatta led the country"); with an
# auxiliary or a modal only PERSON_FATE_WORDS decide (persons._subject_of_a_finite_verb, s59 gaz110)
FACILITY_SUBJECT_VERBS = frozenset("""
reopen reopens reopened close closes closed shut shuts open opens opened resume resumes resumed
handle handles handled serve serves served remain remains remained stay stays stayed lie lies lay
sit sits sat operate operates operated located situated suspend suspends suspended
""".split())
# the auxiliaries and modals that open a verb phrase without saying who acts ("Jomo Kenyatta will
# stay shut", "... was a lawyer"): no finite verb of a person by themselves
FINITE_AUXILIARIES = PERSON_FATE_AUXILIARIES | frozenset(
    "are were am have having being will would can could may might shall should must does did do".split())
# the words after a name that say a port is meant: a port is named for its town, never for a
# person (mentions.facilities._person_s_word_naming_a_port, s59 gaz110)
PORT_WORDS = frozenset("port seaport harbour harbor".split())
PATRONYMIC_WORDS = frozenset("bin ibn bint abu".split())
# Lower-case nouns before a 'Sheikh X' that make it a person's name ("the cleric Sheikh X").
PERSON_NOUNS_BEFORE_TITLE = frozenset("""
cleric clerics preacher ruler rulers scholar scholars elder elders chieftain notable
""".split())

# Lower-case nouns for a person, right before a name ("the analyst Sydney X") or after a comma
# and an article ("Chad X, a spokesman,"; HONORIFICS hold the titles): the name is a person's,
# though its first word is a famous place's (persons._person_named_like_a_place)
PERSON_NOUNS = frozenset("""
analyst analysts reporter reporters journalist correspondent researcher expert commentator historian
activist author writer photographer lawyer economist blogger editor columnist negotiator mediator
""".split())

# A capitalised number word ending a run of names ("the Chicago Seven", "the Guildford Four")
# names a group of people after a place, not the place.
GROUP_NUMBERS = frozenset("two three four five six seven eight nine ten eleven twelve".split())

# Sports clubs named after their town (persons._club_named_after_its_town): the first word of a
# club's name before the town ("Real Madrid", "Dynamo Kyiv", "Maccabi Haifa", "Wydad Casablanca")
# and its last word after it ("Leeds United", "Blackburn Rovers"). A town inside a club's name is
# where the club belongs, not where anything happens. Words written in capitals are matched as
# written ("AC Milan", "SS Lazio"; "as" is an English word in any other case);
# left out: heads that open other bodies' or places' names too ("Union", "Rapid": the Rapid
# Support Forces, "Stade" of the Stade de France, "Sport", "Club" of "Club Med").
CLUB_HEADS = frozenset("""
real atletico atlético athletic sporting deportivo racing celta dynamo dinamo lokomotiv
spartak zenit shakhtar zorya partizan legia lech slavia sparta viktoria hapoel maccabi beitar bnei
borussia eintracht werder hertha fortuna bayer hellas wydad raja inter olympique
bayern
""".split())
# ... and the two words that open a club's name together, neither a club's head alone ("Red Star
# Belgrade": "Star" opens a newspaper's name, "Red" a sea's)
CLUB_HEAD_PAIRS = frozenset({("red", "star")})
CLUB_HEADS_IN_CAPITALS = frozenset("AC AS SS FC CF SC SV FK NK OGC CSKA PSV TP VfB VfL TSG RB".split())
CLUB_TAILS = frozenset("united rovers wanderers albion hotspur saint-germain".split())
# ... a club's last word written in capitals after its town ("Valencia CF", "Sevilla FC", "Bournemouth
# AFC"): the abbreviation of football club, which the town's word names (gaz88)
CLUB_TAILS_IN_CAPITALS = frozenset("FC CF AFC".split())
# ... and the lower-case words that tell a club's whole name follows: a sport, then its noun for a
# side ("the football club Sloboda Tuzla", "the basketball side Borac Banja Luka"). A club whose
# first word the lists above lack would read as a person named after the town ("Sloboda" a given
# name, "Tuzla" the surname), and the surname then hid the town wherever else the text names it.
CLUB_NOUNS = frozenset("club side team".split())
SPORT_WORDS = frozenset("football soccer basketball handball hockey volleyball rugby futsal".split())
# Lower-case nouns of a club's players and staff right after a town's bare name ("Barcelona
# striker", "a Liverpool midfielder", "the Porto goalkeeper"): the town names the club
# (persons._classify_one_word), no place. Not "fans" (a town's people too), "coach" (a bus),
# "forward" (a forward base) or "manager" (any firm's).
CLUB_PLAYER_NOUNS = frozenset("""
striker strikers midfielder midfielders defender defenders goalkeeper goalkeepers goalie winger wingers
playmaker centre-back center-back full-back fullback teammate teammates team-mate team-mates
""".split())

# Lower-case words after a place's name that make it a disease's or a pathogen's name ("Marburg
# virus", "Lassa fever", "Rift Valley fever", "the Kent strain", "Omsk haemorrhagic fever"): the
# place the disease was first found at or named after, not where anything happens
# (scan._names_a_disease). Not "flu" nor "disease" (a season's or an outbreak's place: "the
# Texas flu season", "Kenya disease surveillance"), nor a plural ("the Zaire and Sudan strains":
# the last of a list, whose other names the rule would not reach).
DISEASE_HEADS = frozenset("virus fever strain hemorrhagic haemorrhagic encephalitis".split())

# Nouns of kin written in lower case right before a name ("his wife Grace", "her husband, Leonard,",
# "daughters Amber and Lucy"): the name is a person's (persons._kin_before), whatever town shares
# it. Not "partner" ("trade partner China"), not "sister" in the plural ("sister cities").
KIN_NOUNS = frozenset("""
husband wife son daughter sons daughters brother sister father mother uncle aunt nephew niece cousin
grandson granddaughter grandfather grandmother stepson stepdaughter stepfather stepmother widow widower
fiance fiancé fiancee fiancée
""".split())
# Words that give a person's name right after them ("a man surnamed Jiang", Chinese news's way of
# naming a suspect by the family name alone): not "named" ("a village named Gao")
NAME_INTRODUCERS = frozenset(("surnamed",))
# ... and "named"/"called" after a lower-case noun of a person ("a general named Senapati", "a
# commander called Moussa", "a man named Adana"): the name is that person's (persons._kin_before),
# not the town that shares it; after any other noun it stays a place's ("a village named Gao").
NAMED_WORDS = frozenset(("named", "called"))
PEOPLE_BEFORE_NAMED = frozenset("""
man woman men women boy girl person people soldier soldiers officer officers commander commanders
general generals colonel major captain lieutenant sergeant corporal private fighter fighters militant
militants rebel rebels leader leaders chief priest imam pastor suspect suspects driver pilot pilots
warlord smuggler smugglers trader farmer student teacher doctor nurse guard guards spy agent informant
""".split())

# Buildings named for the saints after their "of" ("the church of St. Peter", "the Cathedral of
# Saint Mark"): the saint is the dedication, not the town of that name.
CHURCH_WORDS = frozenset("church churches cathedral basilica chapel monastery convent abbey parish shrine "
                         "feast order priory".split())

# Last words of the names of landmarks that most towns have ("Victoria Park", "Market Square",
# "Station Road"): such a name read as a suburb on another continent is most likely the local one.
LANDMARK_WORDS = frozenset("park square street road avenue gardens garden market bridge stadium station "
                           "plaza mall".split())

# Verbs that open a question ("Is US debt too high?", "Are Canadian ports ready?"): a sentence's
# first word that is no name, whatever town is called so ("Is" in Russia).
QUESTION_OPENERS = frozenset("is are was were does do did has have had can could will would should shall may might "
                             "must".split())

# the suffix of an ordinal as the tokens split it from its number ("45th": '45', 'th'; "3rd": '3', 'rd')
ORDINAL_SUFFIXES = frozenset(("st", "nd", "rd", "th"))

_PATTERNS.save()
