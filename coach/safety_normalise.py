"""Turns typed or recognised speech into one plain form the safety patterns are written against.

Lower case, no punctuation, contractions expanded ("can't" -> "can not", "im" -> "i am"), and the many
ways people and recognisers spell the same thing folded into one word class token:
every benzodiazepine name -> "benzo", every opioid -> "opioid", every drink -> "alcohol".
The patterns then talk about word classes, not spellings, so a new misspelling is one line here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from coach.safety_factor import factor
from coach.safety_gate import GateIndex, gate_for

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'"})

_NOT = {"can": "can not", "won": "will not", "ain": "is not", "shan": "shall not"}
_SUFFIX = {"m": " am", "re": " are", "ve": " have", "ll": " will", "d": " would"}


def _expand(m: re.Match[str]) -> str:
    """"can't" -> "can not", "let's" -> "let us", "it's" -> "it is", "n't" -> " not", "'m" -> " am"..."""
    negated, let, subject, suffix = m.groups()
    if negated:
        return _NOT[negated]
    if let:
        return "let us"
    if subject:
        return subject + " is"
    if suffix:
        return _SUFFIX[suffix]
    return " not"


_ANYMORE_AFTER = frozenset({"this", "it", "that", "living", "life", "here", "going", "on", "alive", "myself",
                            "anything", "nothing"})


def _dialect_anymore(m: re.Match[str]) -> str:
    """"i can not do this no more" -> "... this anymore"; "i want no more" stays (the word before decides)."""
    before = m.string[: m.start()].split()
    return "anymore" if before and before[-1] in _ANYMORE_AFTER else m.group(0)


# Before punctuation goes: forms whose apostrophe or dots carry the meaning.
_PRE: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    # "od'd", "o.d.'d", "od'ed" before "'d" becomes "would"; "oded", "o.d.ed", "o d ed" are handled once
    # punctuation is gone (below). Never the word "odd" ("i feel odd").
    (re.compile(r"\bo\.?d\.?'(?:d|ed)\b"), " overdosed "),
    (re.compile(r"\bo\.?d\.?'ing\b"), " overdosing "),
    (re.compile(r"\bo\.d\.?(?=\s|$)"), " overdose "),
    (re.compile(r"\bw/o\b"), " without "),  # texting "w/o" (a bare "w" becomes "with" below)
    (re.compile(r"\b9\s*-?\s*1\s*-?\s*1\b"), " nine one one "),
    (re.compile(r"\b9\s*-?\s*8\s*-?\s*8\b"), " nine eight eight "),
    # every contraction in one pass (one scan of the text instead of twelve); see _expand
    (re.compile(r"\b(can|won|ain|shan)'?t\b|\b(let)'s\b|\b(it|he|she|that|there|what|who|where|here|everything|"
                r"nobody|everyone|life|one|someone|somebody|everybody|this|anyone|anybody|heart|chest|breathing"
                r"|tonight|"
                r"today)'s"
                r"\b|n't\b|'(m|re|ve|ll|d)\b"), _expand),
]
_NON_WORD = re.compile(r"[^a-z0-9]+")

# Word by word: speech-recognition and texting spellings, apostrophe-less contractions.
_WORDS: dict[str, str] = {
    "im": "i am", "ive": "i have", "dont": "do not", "cant": "can not", "cannot": "can not",
    "wont": "will not", "didnt": "did not", "doesnt": "does not", "isnt": "is not", "arent": "are not",
    "wasnt": "was not", "werent": "were not", "havent": "have not", "hasnt": "has not", "hadnt": "had not",
    "wouldnt": "would not", "shouldnt": "should not", "couldnt": "could not", "aint": "is not",
    "thats": "that is", "theres": "there is", "whats": "what is", "shes": "she is", "hes": "he is",
    "youre": "you are", "theyre": "they are", "itll": "it will", "ill": "i will", "id": "i would",
    "gonna": "going to", "wanna": "want to", "gotta": "got to", "tryna": "trying to", "kinda": "kind of",
    "lemme": "let me", "cuz": "because", "coz": "because", "bc": "because", "u": "you", "ur": "your",
    "rn": "right now", "pls": "please", "plz": "please", "tonite": "tonight", "nite": "night",
    "alot": "a lot", "bout": "about", "abt": "about", "outta": "out of", "offa": "off of",
    "idk": "i do not know", "idc": "i do not care", "w": "with", "tmrw": "tomorrow", "tmr": "tomorrow",
    "no1": "no one", "noone": "no one", "nobodys": "nobody is",
    "noones": "no one is", "someones": "someone is", "everyones": "everyone is",
    "kil": "kill", "myslef": "myself", "mysefl": "myself", "mysef": "myself", "msyelf": "myself",
    "kms": "kill myself", "unalive": "kill", "unaliving": "killing", "suicidel": "suicidal",
    # round 80: texting's "kys", "em", "smth" and its dropped g ("been cuttin again", "shes turnin blue")
    "kys": "kill yourself", "em": "them", "smth": "something", "sth": "something",
    "cuttin": "cutting", "turnin": "turning", "makin": "making", "trippin": "tripping", "hurtin": "hurting",
    "breathin": "breathing", "seizin": "seizing", "dyin": "dying", "killin": "killing", "burnin": "burning",
    "usin": "using", "shakin": "shaking", "bleedin": "bleeding", "wakin": "waking", "jerkin": "jerking",
    "chokin": "choking", "pukin": "puking", "throwin": "throwing", "goin": "going", "doin": "doing",
    "nothin": "nothing", "somethin": "something", "tryin": "trying", "thinkin": "thinking", "feelin": "feeling",
    "poppin": "popping", "smokin": "smoking", "snortin": "snorting", "gettin": "getting", "takin": "taking",
    "stoppin": "stopping", "quittin": "quitting", "runnin": "running", "livin": "living", "sayin": "saying",
    "ctb": "suicide",  # forum slang ("catch the bus")
    "sucidal": "suicidal", "suicidial": "suicidal", "suiside": "suicide", "sucide": "suicide",
    "od": "overdose", "ods": "overdoses", "odeing": "overdosing",
    "oding": "overdosing", "oded": "overdosed", "seizer": "seizure",
    "seizers": "seizures", "siezure": "seizure", "seisure": "seizure", "ambulence": "ambulance",
    "narcan": "naloxone", "narcane": "naloxone", "narkan": "naloxone", "nalaxone": "naloxone",
    "naloxon": "naloxone", "911": "nine one one", "988": "nine eight eight",
    # benzodiazepines: brands, generics, street names, what recognisers make of them
    "xanax": "benzo", "xanaxes": "benzo", "zanax": "benzo", "xanex": "benzo", "zanex": "benzo",
    "xanx": "benzo", "zanacks": "benzo", "xanacks": "benzo", "zanaks": "benzo", "xannax": "benzo",
    "zannax": "benzo", "xanix": "benzo", "zanix": "benzo", "xanny": "benzo", "zanny": "benzo",
    "xannies": "benzo", "zannies": "benzo", "xanies": "benzo", "xans": "benzo", "xan": "benzo",
    "klons": "benzo", "klonnies": "benzo", "klonies": "benzo", "zans": "benzo",
    "xanbars": "benzo", "zanbars": "benzo", "klonopin": "benzo", "klonopins": "benzo",
    "clonopin": "benzo", "clonopins": "benzo", "klonapin": "benzo", "clonapin": "benzo",
    "klonipin": "benzo", "clonipin": "benzo", "klonopen": "benzo", "clonopen": "benzo",
    "klonnopin": "benzo", "klonopine": "benzo", "kpin": "benzo", "kpins": "benzo", "valium": "benzo",
    "valiums": "benzo", "vallium": "benzo", "valum": "benzo", "vallies": "benzo", "valliums": "benzo",
    "ativan": "benzo", "ativans": "benzo", "adivan": "benzo", "attivan": "benzo", "ativen": "benzo",
    "adavan": "benzo", "ativin": "benzo", "restoril": "benzo", "restoral": "benzo", "librium": "benzo",
    "halcion": "benzo", "tranxene": "benzo", "serax": "benzo", "rohypnol": "benzo", "roofies": "benzo",
    "clobazam": "benzo", "onfi": "benzo", "chlordiazepoxide": "benzo", "etizolam": "benzo",
    "benzo": "benzo", "benzos": "benzo", "benzoes": "benzo", "benzodiazepine": "benzo",
    "benzodiazepines": "benzo", "benzodiazapine": "benzo", "benzodiazapines": "benzo",
    "benzodiazepene": "benzo", "benzodiazepenes": "benzo", "benzies": "benzo",
    "tranquilizer": "benzo", "tranquilizers": "benzo", "tranquiliser": "benzo",
    "tranquilisers": "benzo", "tranquillizers": "benzo", "tranquillisers": "benzo", "downers": "benzo",
    # opioids
    "opioid": "opioid", "opioids": "opioid", "opiate": "opioid", "opiates": "opioid", "heroin": "opioid",
    "heroine": "opioid", "fentanyl": "opioid", "fentanil": "opioid", "fentenyl": "opioid",
    "fent": "opioid", "fenty": "opioid", "oxy": "opioid", "oxys": "opioid", "oxies": "opioid",
    "oxycodone": "opioid", "oxycontin": "opioid", "oxycotton": "opioid", "percocet": "opioid",
    "percocets": "opioid", "percs": "opioid", "perc": "opioid", "perks": "opioid",
    "vicodin": "opioid", "hydrocodone": "opioid", "morphine": "opioid", "methadone": "moud",
    "suboxone": "moud", "subutex": "moud", "buprenorphine": "moud", "sublocade": "moud",
    "naltrexone": "naltrexone", "vivitrol": "naltrexone", "codeine": "opioid",
    "dilaudid": "opioid", "hydromorphone": "opioid", "tramadol": "opioid", "norco": "opioid",
    "norcos": "opioid", "painkillers": "opioid", "painkiller": "opioid", "dope": "opioid",
    "smack": "opioid", "kratom": "opioid",
    # alcohol (drink/drinking/drunk stay verbs; the patterns list them)
    "alcohol": "alcohol", "beer": "alcohol", "beers": "alcohol", "wine": "alcohol", "wines": "alcohol",
    "vodka": "alcohol", "whiskey": "alcohol", "whisky": "alcohol", "tequila": "alcohol", "rum": "alcohol",
    "liquor": "alcohol", "booze": "alcohol", "bourbon": "alcohol", "scotch": "alcohol", "gin": "alcohol",
    "brandy": "alcohol", "cognac": "alcohol", "hennessy": "alcohol", "henny": "alcohol",
    "champagne": "alcohol", "prosecco": "alcohol", "margarita": "alcohol", "margaritas": "alcohol",
    # round 80: "her lorazepam with her evening sherry"
    "sherry": "alcohol", "merlot": "alcohol", "chardonnay": "alcohol", "pinot": "alcohol", "cabernet": "alcohol",
    "riesling": "alcohol", "ipa": "alcohol", "ipas": "alcohol", "schnapps": "alcohol", "amaretto": "alcohol",
    "baileys": "alcohol", "kahlua": "alcohol", "jagermeister": "alcohol", "sangria": "alcohol", "daiquiri": "alcohol",
    "daiquiris": "alcohol", "mojito": "alcohol", "mojitos": "alcohol", "martini": "alcohol", "martinis": "alcohol",
    "mezcal": "alcohol", "absinthe": "alcohol", "soju": "alcohol",
    "cocktail": "alcohol", "cocktails": "alcohol", "moonshine": "alcohol", "sake": "alcohol",
    "cider": "alcohol", "lager": "alcohol", "brews": "alcohol", "brewskis": "alcohol", "seltzers": "alcohol",
    "mimosas": "alcohol", "shots": "alcohol",
    "titos": "alcohol", "smirnoff": "alcohol", "jameson": "alcohol", "fireball": "alcohol", "heineken": "alcohol",
    "modelo": "alcohol", "coors": "alcohol", "budweiser": "alcohol", "michelob": "alcohol",
    "svedka": "alcohol", "bacardi": "alcohol", "everclear": "alcohol", "whiskeys": "alcohol", "vodkas": "alcohol",
    "beerz": "alcohol",
    "fetty": "opioid", "fentynal": "opioid",
    "methadon": "moud", "benzes": "benzo", "benzs": "benzo", "benzodiazepams": "benzo",
}

# After word folding: multi-word spellings and contexts.
_POST: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    # recognisers split drug names into words
    (re.compile(r"\b(?:zan|xan|san|zen) (?:ax|ex|acts|axe|axes|nex|x)\b"), "benzo"),
    (re.compile(r"\b(?:[ck]lono?|[ck]lona|[ck]loni|[ck]lonal) ?(?:pin|pins|pen|pan)\b"), "benzo"),
    # round 200: "al pratz allum" (alprazolam in pieces; whole, the generics' rule below folds it)
    (re.compile(r"\b(?:al|el|all) (?:pra|praz|pras|prats|pratz|prass|prazz) (?:a|e|o|)(?:l|ll)(?:a|e|i|o|u)ms?\b"),
     "benzo"),  # written so its pre-filter needs the "pra" word (an "l" anywhere opened it)
    (re.compile(r"\bk (?:pin|pins)\b"), "benzo"),
    (re.compile(r"\bval+(?:ey|ie|y) ?(?:um|ums|am)\b"), "benzo"),
    (re.compile(r"\bval (?:ium|iums|iam|iams|yum|yums|lium|liums)\b"), "benzo"),  # round 300: "val iam"
    (re.compile(r"\ba (?:tavan|tavans|tiv an|tav an)\b"), "benzo"),  # round 300: "the a tavan" (ativan)
    # generics heard as pieces: "clone a pam", "lore as a pam", "dia zee pam"
    (re.compile(r"\b(?:clone?|[ck]lona|lore|laura|lora|dia|die a|tema|temma)(?: (?:a|as a|uh|zee|ze|za|zuh|zoo|zi))?"
                r" ?(?:pam|pams|pin|pins)\b"), "benzo"),
    (re.compile(r"\b(?:at|add|ad) (?:a|i|uh)? ?van\b|\b(?:add|ad) (?:of|a|uh) (?:an|ven|vin)\b"), "benzo"),
    (re.compile(r"\bben zo(?:s|es)?\b|\bbenzo s\b|\bbends? (?:o|oh|os|ohs)\b"), "benzo"),  # not plain "benzo"
    # generics and their misspellings: alprazolam, clonazepam, diazepam, lorazepam, temazepam, ...
    (re.compile(r"\b[a-z]*(?:z[aeiou]p[aeiou][mn]s?|zol[aeiu][mn]s?|azapam|azepate)\b"), "benzo"),
    (re.compile(r"\b(?:nerve|anxiety|panic|sleeping|sleep) (?:pills|pill|meds|med|medication|medications|"
                r"medicine|tablets)\b"), "benzo"),
    (re.compile(r"\bbenzo (?:bars|bar|footballs|pills|pill|tablets|tabs)\b"), "benzo"),
    (re.compile(r"\b(?:green|white|yellow|blue|school bus|hulk) (?:bars|footballs)\b"), "benzo"),
    # round 45: "school buses" (yellow xanax bars) only after a verb no bus takes
    (re.compile(r"\b(quit|quitting|popping|pop|popped|snorting|snort|ran out of|run out of|running out of|out of|"
                r"addicted to|hooked on|withdrawal from|withdrawals from|kicking|kick|ditched|ditch|ditching|flushed|"
                r"tossed|no more|without) (?:the |my |some |those )?(?:yellow )?school buses\b"), r"\1 benzo"),
    # round 200: "my plug is dry no school buses anywhere"
    (re.compile(r"\b((?:plug|dealer|connect)(?: \w+){0,4}? no) school buses\b"), r"\1 benzo"),
    # "bars" is a benzo only where nothing else makes sense of it
    (re.compile(r"\b(?:going|go|goes|went|been|hit|hitting|hits|at|in|to|from|behind|around|near|outside|"
                r"own|open|opens|owns|local|gay|dive|sports|piano|karaoke|hotel|protein|granola|candy|"
                r"chocolate|energy|snack|cereal|monkey|parallel|pull up|grab|signal|cell|full|music|soap|"
                r"gold|metal|iron|steel|prison|jail|window|lunch|breakfast|fruit|spitting|spit|rap|rapping|"
                r"drop|dropping|no|(?<!last )few|service)"
                r" (?:the |some |any |those |these |a few |of |two |three |four |five |a couple of |a couple )?bars"
                r"\b(?! (?:a|per|every) (?:day|night)\b)"), " pubs"),  # round 200: "from three bars a day" is doses
    (re.compile(r"\bbars (?:of (?:soap|chocolate|gold|music|signal)|on my phone|of service)\b"), "pubs"),
    (re.compile(r"\b(?:kicking|throwing|playing with|buying|signed|kick|throw) (?:the |some )?footballs\b"),
                "balls"),
    (re.compile(r"\b(?:bars|footballs|zannie|xannie)\b"), "benzo"),
    # round 200: a benzo name heard with a stray first piece ("lorry zepam", "the z bars", "zan x bars"), the
    # street names "green hulks" and "the v's", and "blues" (blue valium or xanax) only after a word of
    # having, taking or lacking it, never the music or the mood
    (re.compile(r"\b(?:lorry|lori|laurie|lorri|laura|lora|clone|clona|dia|tema|z|x|zan|xan|xanny|zanny|green) "
                r"benzo\b"), "benzo"),
    (re.compile(r"\bgreen hulks?\b|\bhulk benzo\b"), "benzo"),
    (re.compile(r"\b(the|my|some|those|his|her|off|of|no more|on) v ?s\b"), r"\1 benzo"),
    (re.compile(r"\b(no more|any|some|my|couple|couple of|a few|two|three|four|five|of|pop|popping|popped|took|"
                r"take|taking|snort|snorting|snorted|buy|bought|cop|copped|score|scored|without|few|pressed|"
                r"those|these|his|her|out of) blues\b(?! (?:music|bands?|songs?|clues|games?|festival|guitar|"
                r"brothers|rock|club|bar|singers?|albums?|records?|station|fans?|night|jam|concerts?|shows?|"
                r"tickets?|jerseys?|hats?)\b)"), r"\1 benzo"),
    (re.compile(r"\b(my last|down to one|only one|one more|my only) bar\b(?! of)"), r"\1 benzo"),
    (re.compile(r"\b(not|never) (had|taken|touched|used|popped) (a|one|my|any) bar\b(?! of)"), r"\1 \2 \3 benzo"),
    (re.compile(r"\b(popped|pop|popping|pops|took|take|taking|takes|snorted|crushed|half|split) (?:a |one |half a |"
                r"half |another |my |that |the )?bar\b(?! of)"), r"\1 benzo"),
    # things people drink that are not alcohol
    (re.compile(r"\b(?:drink|drinks|drinking|drank|had) (?:some |a |a glass of |a cup of |lots of |more |"
                r"plenty of |a bottle of |a lot of |enough )?(?:water|juice|coffee|tea|milk|soda|pop|"
                r"gatorade|lemonade|smoothie|shake|electrolytes|coke zero|diet coke|sprite|red bull|"
                r"energy drinks?)\b"), "hydrate"),
    (re.compile(r"\b(sip|sipping|sipped|drink|drinking|drank|some|with|and|cup of|pint of|pour|pouring|"
                r"pouring up|purple) lean\b"), r"\1 opioid"),
    (re.compile(r"\blean(?= (?:and|with|plus|n|on) benzo\b)"), "opioid"),  # "do lean and bars"
    (re.compile(r"\bpurple drank\b|\bsizzurp\b|\bcodeine syrup\b"), "opioid"),
    (re.compile(r"\bpain ?killers?\b|\bpain pills\b|\bpain meds\b"), "opioid"),
    # "overdoes" is a common misspelling of "overdose", but "she overdoes it" is the idiom
    (re.compile(r"\boverdoes\b(?! (?:it|things|the|everything))"), "overdose"),
    # "its going to stop": the apostrophe-less "it's" before a verb form
    (re.compile(r"\bits (?=(?:going to|about to|getting|gonna|not|no|been|too|so|really|like|all|over|happening|the|a|"
                r"an|ok|okay|fine|time|my|your|just|hard|impossible|pointless|useless|hopeless)\b)"),
     "it is "),
    (re.compile(r"\b(?:o d|overdose) (?:d|ed)\b"), "overdosed"),
    (re.compile(r"\b(?:o d|overdose) ing\b"), "overdosing"),
    (re.compile(r"\bo d\b"), "overdose"),
    (re.compile(r"\b(a|having|had|another|into) (?:seize|sees|seas|cease) (?:her|ya|yer|ure|your)\b"), r"\1 seizure"),
    (re.compile(r"\bre (hab|habs)\b"), r"re\1"),
    (re.compile(r"\b(?:de|d|dee) (tox|toxing|toxed)\b"), r"de\1"),
    # round 200: methadone heard in pieces, the rapper who is not fentanyl (drinks named in several words,
    # "bud light", "a bottle of jack", matter only next to a benzo: coach.safety_patterns' _DRINK has them)
    (re.compile(r"\bmeth (?:a |uh )?done\b|\bmeth adone\b"), "moud"),
    (re.compile(r"\bopioid wap\b"), "fetty wap"),
    (re.compile(r"\b(can not|could not|hard to|trouble|struggling to|barely|hardly|unable to) breath\b"),
     r"\1 breathe"),  # "breath" is how people and recognisers often write "breathe"
    (re.compile(r"\bodd on (?=opioid|benzo|pills|coke|cocaine|crack|meth|drugs|something)"), "overdosed on "),
    # "he overdid it on the fent": an overdose when what follows is a drug
    (re.compile(r"\boverd(?:id|oing|oes|o|one) it on (?:the |his |her |my |some |those |that )?(?=opioid|benzo|pills|"
                r"coke|cocaine|crack|meth|drugs|molly|ecstasy|dope|alcohol)"), "overdosed on "),
    (re.compile(r"\bany ?more\b"), "anymore"),
    # "i can not do this no more", "it is not worth it no more": texting and dialect "anymore"
    (re.compile(r"\bno more\b"), _dialect_anymore),
    (re.compile(r"\bmy self\b"), "myself"),
    # recognisers split compounds: "every one", "with out", "for ever", "un alive", "him self"
    (re.compile(r"\b(every|any|some|no) (one|body)\b(?! of)(?<!no one)"), r"\1\2"),
    (re.compile(r"\b(with|through) out\b"), r"\1out"),
    (re.compile(r"\bfor ever\b"), "forever"),
    (re.compile(r"\bno ones\b"), "no one is"),
    (re.compile(r"\b(him|her|your|them) (self|selves)\b"), r"\1\2"),
    (re.compile(r"\bsewer ?slides?\b|\bsui ?cide\b|\bsue ?icide\b"), "suicide"),  # algospeak, split word
    # round 80: what recognisers hear for crisis words: "sue side all thoughts", "kill my elf", "mice elf", "be a
    # life", "better off with out may", "gonna over those", "to and it", "good buy", "chess pain", "all prize lamb"
    (re.compile(r"\bsue (?:a )?(?:side|sighed|cide) ?(?:al|all)\b"), "suicidal"),
    (re.compile(r"\bsue (?:a )?(?:side|sighed|cide)\b"), "suicide"),
    (re.compile(r"\b(kill|killing|hurt|hurting|harm|harming|off|offing|shoot|drown|end) (?:my elf|my shelf|mice elf|"
                r"mice self|mi self)\b(?! (?:character|in (?:the )?(?:game|skyrim|wow)|build|on the shelf)\b)"),
     r"\1 myself"),
    (re.compile(r"\b(?:hang|hanging|cut|cutting|burn|burning) (?:mice elf|mice self)\b"), "hurt myself"),
    (re.compile(r"\b(be|being|stay|staying) a life\b(?! (?:coach|guard|saver|partner|long|changer|changing|insurance|"
                r"lesson|skills?|sentence|of|in|story|that|worth|for)\b)"), r"\1 alive"),
    (re.compile(r"\boff with ?out (?:may|mi|mee)$"), "off without me"),
    (re.compile(r"\b(going to|want to|wanna|gonna|will|might|could|to|i|he|she|about to) over (?:those|doze|dose|does)"
                r"\b(?! (?:notes|papers|again|details|files|numbers|plans|things|with|together|bills|emails)\b)"),
     r"\1 overdose"),
    (re.compile(r"\bto and (?=it (?:all|now|tonight|today|for good|and now)\b|it$|my life\b)"), "to end "),
    (re.compile(r"\bgood (?:buy|by|bi)\b(?! (?:for|at|from|price|deal|value|on)\b)"), "goodbye"),
    (re.compile(r"\bchess (?=pain|pains|pressure|is tight|feels tight|hurts|hurting)\b"), "chest "),
    (re.compile(r"\b(?:all|al|el|ell) (?:prize|praise|prays|pras|praz|prat|pratz|pray|pra)(?: a| o| uh| and)? ?(?:lamb|"
                r"lam|lum|lom|allum|alum|alam|olam|zolam|zalam)\b"), "benzo"),
    (re.compile(r"\bun alive\b"), "kill"),
    (re.compile(r"\bun aliving\b"), "killing"),
    (re.compile(r"\bnine eleven\b|\bnine 11\b"), "nine one one"),
    (re.compile(r"\b(?:self harm|selfharm|self harming|self injury)\b"), "self harm"),
    (re.compile(r"\bheart ?attack\b"), "heart attack"),
]
_OVER = re.compile(r"\bover (dose|dosed|dosing|doses)\b")


# Pre-filters derived from the patterns (coach.safety_gate): most utterances need none of these rewrites.
_PRE_INDEX = GateIndex([gate_for(pattern, words=False) for pattern, _ in _PRE])
_POST_INDEX = GateIndex([gate_for(pattern) for pattern, _ in _POST])
# what runs: the same rewrites with long alternations grouped by first letter (coach.safety_factor)
_POST_RUN = [(re.compile(factor(pattern.pattern)), repl) for pattern, repl in _POST]
# a text of quiet words (GateIndex.quiet) opens none of the rewrites of several words (checked, not assumed)
_QUIET_IS_SHUT = not _POST_INDEX.opens_on_quiet_text


def normalise(text: str) -> str:
    """Plain lower-case words separated by single spaces, with word classes folded (see module doc)."""
    return normalise_words(text)[0]


def normalise_words(text: str) -> tuple[str, list[str]]:
    """`normalise(text)` and its words (`.split()` of it), for callers that need both.

    Every rewrite before punctuation goes works inside one whitespace-separated piece of the text, except
    "9 1 1" and "9 8 8" (they span spaces and need a "9"). So without a "9", the text's words are each
    piece's words in order, and what a piece becomes is worked out once and remembered (`_PIECES`, keyed by
    the piece as written, bounded like the gates' token memory; never whole utterances). What follows the
    folding (rewrites of several words) runs on the whole text as before. Equal to `_normalise_full` on
    every input: tests/safety/test_normalise_fast.py."""
    if "9" in text:
        norm = _normalise_full(text)
        return norm, norm.split()
    memory = _PIECES
    clears = memory.clears
    tokens: list[str] = []
    for piece in text.split():
        tokens += memory[piece]
    t = " ".join(tokens)
    # every token came from the piece memory, which knows which of them are loud (unless it was dropped
    # meanwhile, taking what it knew of the first pieces with it)
    known = memory.clears == clears
    if "over" in t:
        over = _OVER.sub(r"over\1", t)
        if over != t:
            t, tokens, known = over, over.split(), False
    if known and _QUIET_IS_SHUT and memory.loud.isdisjoint(tokens):
        return t, tokens  # no word any rewrite of several words needs: t is already single-spaced words
    todo = _POST_INDEX.open(t, tokens)
    if not todo:
        return t, tokens
    t = _apply(t, todo, _POST_RUN, _POST_INDEX)
    norm = " ".join(t.split())
    return norm, norm.split()


def _normalise_full(text: str) -> str:
    """The whole pipeline on the whole text (what `normalise_words` must always equal)."""
    t = text.lower().translate(_QUOTES)
    t = _rewrite(t, _PRE, _PRE_INDEX)
    t = _NON_WORD.sub(" ", t)
    words = [_WORDS.get(w, w) for w in t.split()]
    t = " ".join(words)
    if "over" in t:
        t = _OVER.sub(r"over\1", t)
    t = _rewrite(t, _POST_RUN, _POST_INDEX)
    return " ".join(t.split())


def _piece_words(piece: str) -> tuple[str, ...]:
    """The words one whitespace-free piece of raw text becomes: lower case, quotes unified, the rewrites
    before punctuation goes (all of them: the two that span spaces cannot match without a "9"), punctuation
    gone, each word folded."""
    t = piece.lower().translate(_QUOTES)
    if t.isascii() and t.isalnum():
        # letters and digits only: of the rewrites before punctuation goes, only "cant"/"wont"/... (the
        # contraction pattern's apostrophe is optional) can match, and only the whole piece
        t = _BARE_NOT.get(t, t)
    else:
        for pattern, repl in _PRE:
            t = pattern.sub(repl, t)
        t = _NON_WORD.sub(" ", t)
    return tuple(" ".join(_WORDS.get(w, w) for w in t.split()).split())


_BARE_NOT = {word + "t": expanded for word, expanded in _NOT.items()}  # "cant" -> "can not", "shant" -> ...


class _PieceMemory(dict[str, tuple[str, ...]]):
    """piece -> its words; a piece not seen before is worked out on look-up (so the look-ups run in C).
    `loud`: the words of remembered pieces that meet some requirement of a rewrite of several words (see
    GateIndex.quiet); a text with none of them needs no look at those rewrites."""

    MAX = 50_000  # remembered pieces; dropped and rebuilt past this, like the gates' token memory

    def __init__(self) -> None:
        super().__init__()
        self.loud: set[str] = set()
        self.clears = 0  # how often it was dropped

    def __missing__(self, piece: str) -> tuple[str, ...]:
        if len(self) >= self.MAX:
            self.clear()
        words = self[piece] = _piece_words(piece)
        self.loud.update(w for w in words if not _POST_INDEX.quiet(w))
        return words

    def clear(self) -> None:
        super().clear()
        self.loud.clear()
        self.clears += 1


_PIECES = _PieceMemory()


def _rewrite(t: str, rewrites: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]],
             index: GateIndex) -> str:
    """Apply the rewrites in order, skipping those whose gate is shut."""
    todo = index.open(t, t.split())
    return _apply(t, todo, rewrites, index) if todo else t


def _apply(t: str, todo: list[int], rewrites: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]],
           index: GateIndex) -> str:
    """The rewrites `todo` (open gates, ascending) in order, re-opening the later gates after each change."""
    while todo:
        at = todo.pop(0)
        pattern, repl = rewrites[at]
        t, changed = pattern.subn(repl, t)
        if changed and at + 1 < len(rewrites):  # the rewrite may have made words that later patterns look for
            todo = index.open(t, t.split(), start=at + 1)
    return t
