"""Concept rules: a flag from two ideas said anywhere in one utterance, not from one fixed phrasing.

The phrase rules in `coach.safety_patterns` match how people have said a thing; held-out batches kept
finding new ways to say it ("the pharmacy says my refill is too early", "my psychiatrist dropped me").
These rules pair a subject with a cue wherever both occur, so a new phrasing of either half still counts:
- benzo: a benzodiazepine named (any name the normaliser folds to "benzo") and a cue of stopping it or of
  the supply failing (ran out, lost, stolen, refill denied, doctor retired, day three without, ...);
- alone: using (or about to, or just having used) and a cue that nobody is around (in my car, everyone is
  asleep, so nobody finds out, ...);
- treatment: a place or person of treatment (rehab, detox, iop, a counselor about my using, ...) and a
  cue of asking for it (need, want, find me, get him into, like a, ...).
Each cue is cancelled by negation ("i am not out of it"), and the benzo cue by its own object when that is
something else ("ran out of coffee"). Everything runs on normalised text (coach.safety_normalise) and only
when a word the concept cannot do without is present, so most turns pay one set look-up per concept.
Recall and false alarms are measured by the corpus in tests/safety (rounds 200+).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from coach import safety_patterns as _patterns
from coach.safety_factor import factor
from coach.safety_gate import gate_for
from coach.safety_patterns import _ALONE, _INTENT, _REMOTE, _USE, _USE_OK, negated

GATED = True  # tests turn the pre-filters off to check they never change an answer
CUES: list[_Cue] = []


class _Cue:
    """A regex behind its pre-filter (coach.safety_gate, read off the pattern as written). The filters sit
    in coach.safety_patterns' index with the rules' (`at` is the place there, see join_concepts), so one pass
    over an utterance's words checks them all: most utterances open none, and a concept whose cues are shut
    costs nothing more."""

    def __init__(self, pattern: str, *, gated: bool = True) -> None:
        self.regex = re.compile(factor(pattern))  # same matches, alternations grouped by first letter
        self.gate = gate_for(re.compile(pattern))
        # A cue that only ever runs after another one opened (the cues of stopping, after a benzo is named)
        # stays out of the index: its filter would cost every utterance to spare a few a scan.
        self.at: int | None = None
        if gated:
            self.at = len(CUES)
            CUES.append(self)

    def finditer(self, text: str, opened: Opened) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text) if self.at is None or self.at in opened else iter(())

    def search(self, text: str, opened: Opened) -> re.Match[str] | None:
        return self.regex.search(text) if self.at is None or self.at in opened else None


class _Everything:
    """`opened` with the pre-filters off: every cue runs."""

    def __contains__(self, at: object) -> bool:
        return True


Opened = list[int] | _Everything


# ---- benzo: a benzodiazepine and a cue of stopping it or of the supply failing ----------------------

_BENZO_MENTION = _Cue(r"\bbenzo\b|\balpraz[a-z]*\b|\ba tivan\b|\bclone of (?:pins?|pam)\b")
# Cues that take an object: what follows decides ("ran out of my klonopin" yes, "ran out of coffee" no).
_TAKES_OBJECT = _Cue(
    r"\b(?:stop|stops|stopping|stopped|quit|quits|quitting|kick|kicking|kicked|ditch|ditched|ditching|drop|dropped|"
    r"dropping|skip|skipped|skipping|miss|missed|missing|lost|lose|losing|flushed|flush|flushing|threw out|"
    r"threw away|tossed|toss|dumped|trashed|(?:ran|run|running|runs|ran all) (?:out|outta|dry)(?: of| on)?|"
    r"out of|all out of|without|no more|none of|gave away|gave|handed|stole|stolen|swiped|"
    r"(?:come|coming|came|get|getting|got|go|going|went|gone|be|been|stay|staying|wean|weaning|weaned|ween|"
    r"taper|tapering|tapered|ease|easing|step|stepping|jump|jumping|kicked) (?:myself |me |him |her )?"
    r"(?:off|down)(?: of| on| from)?|(?:cut|cuts|cutting) (?:(?:it|them|that) )?(?:down|back|out)(?: on)?|"
    r"taper|tapering|tapered|wean|weaning|weaned|get rid of|got rid of|done with|through with|"
    r"left(?= (?:my|the|them|it|all|her|his)\b)|forgot|forgotten|forgot to take|forgetting to take|"
    r"(?:withdrawal|withdrawals|withdrawing|detox|detoxing|detoxed) (?:from|off)|"
    r"cold turkey(?: off| on| from)?|chewed up|chewed|(?:dog|cat|puppy) ate)\b", gated=False)
# Words that may stand between such a cue and its object, and words meaning "no other object here"
_OBJECT_FILL = frozenset({
    "my", "the", "his", "her", "their", "some", "of", "all", "those", "these", "taking", "using", "on", "off",
    "whole", "last", "entire", "rest", "remaining", "prescribed", "prescription", "bottle", "strip", "pack",
    "supply", "stash", "script", "a", "an", "few", "couple", "two", "one", "half", "little", "lil", "doses",
    "dose", "pills", "pill", "tablets", "bars", "from", "them", "it", "that", "any", "more", "stuff", "mg",
    "three", "four", "five", "six", "seven", "single", "other",
})
_NO_OBJECT = frozenset({
    "it", "them", "that", "those", "these", "any", "one", "ones", "more", "none", "anymore", "today", "yesterday",
    "tonight", "since", "last", "this", "and", "so", "but", "because", "cold", "completely", "again", "days",
    "weeks", "nights", "day", "i", "too", "until", "till", "without", "entirely", "totally", "finally", "friday",
    "saturday", "sunday", "monday", "tuesday", "wednesday", "thursday", "slowly", "fast", "hours", "ago",
    "forever", "altogether", "myself", "honestly", "early", "is", "are", "was", "were", "after", "yet", "either",
    "week", "month", "months", "now", "already", "own",
})
# Cues that need no object: the supply failing, the days since, withdrawal. "not" inside some of them is
# part of the cue ("have not had any since tuesday"), so they are not checked for negation.
_SUPPLY = _Cue(
    r"\b(?:refill (?:is |was |came back |got )?(?:too early|denied|rejected|refused|delayed|late|on hold)|"
    r"too (?:early|soon) (?:to|for (?:a|the|my)) (?:refill|fill)|(?:refill|prescription|script|insurance|claim) "
    r"(?:\w+ )?(?:denied|rejected|refused|cancelled|canceled|expired)|(?:insurance|pharmacy|pharmacist|"
    r"medicaid|plan) (?:\w+ ){0,2}?(?:denied|refused|rejected|will not|would not|won t|is out|was out|"
    r"does not have|did not have|do not have|ran out|has none|had none|is not covering|stopped covering)|"
    r"out of stock|back ?order(?:ed)?|shortage|"
    r"(?:doctor|doc|psychiatrist|psych|prescriber|provider|dr|pcp|np|shrink|clinic) (?:\w+ ){0,3}?(?:retired|"
    r"died|passed away|moved(?! (?:my|the|his|her|their|it|them|me|us) )|quit|left|closed|dropped me|"
    r"discharged me|fired me|kicked me out|cut me off|"
    r"will not|would not|won t|is not going to|was not going to|wasn t going to|refused|refuses|stopped "
    r"prescribing|took me off|is taking me off|is cutting me off|said no to)|"
    r"(?:dropped|discharged|kicked) me (?:as a patient|from (?:the|his|her|their) (?:practice|clinic|care))|"
    r"cut me off|(?:got|have|had|has) nothing (?:till|until)|(?:nothing|none|zero) left(?! (?:in|on|at|for|to|of) "
    r"(?:the|my|our) (?!bottle|script|prescription|pack|strip|stash))|"
    r"(?:plug|dealer|connect|guy|hookup|source) (?:\w+ ){0,2}?(?:got locked up|locked up|arrested|busted|is dry|"
    r"dried up|went dry|is out|got picked up|disappeared|moved|ghosted)|"
    r"(?:day|days|night|nights) (?:one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+) (?:of |with )?"
    r"(?:no|without|off|since|clean|sober)|on day (?:one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+)|"
    r"(?:day|days|week|weeks|night|nights) (?:\w+ )?without|(?:been|be|go|going|went|gone|have to go) without|"
    r"since (?:my|the) last (?:one|dose|pill|bar|benzo)|(?:week|weeks|days?|month) since (?:my|the|i|i had|i took)|"
    r"last (?:one|dose|pill|bar|benzo) was|"
    r"not getting (?:any more|anymore)|can not get (?:any more|anymore|more)|not (?:going to|gonna) (?:keep me on|"
    r"refill|prescribe|renew)|(?:did|does|would|will|wo) not (?:refill|renew|prescribe|fill|write)|"
    r"won t (?:refill|renew|"
    r"prescribe|fill|write)|(?:never|not) (?:refilled|renewed)|stopped (?:prescribing|refilling)|"
    r"(?:withdrawal|withdrawals|withdrawing|detox|detoxing|cold turkey|tapering|taper|weaning|wean)|"
    r"(?:a little|a bit|a tiny bit|slightly|little|bit) less (?:\w+ ){0,2}?(?:each|every|a|per) (?:day|night|week|"
    r"few days|other day)|less and less|"  # round 300: a taper of one's own
    r"down to (?:one|two|half|a half|a quarter|[0-9]+)|(?:one )?half (?:at a time|a day)|"
    r"(?:taking|take|took|only take|only taking) (?:half|a half|a quarter)|(?:make|making) (?:it|them) last|"
    r"to hold (?:onto |on to )?(?:them|it|my|for me)|(?:so|because) i (?:can not|could not|would not|will not|"
    r"won t) (?:take|be tempted)|in the (?:trash|toilet|garbage|sink|dumpster)|down the (?:toilet|drain|sink)|"
    r"(?:left|forgot) (?:them|it|my \w+) (?:at|in|on)|three states away|"
    r"(?:stopped|quit) cold)\b", gated=False)
# the benzo itself gone: "my ativan was in it and now it is gone", "my xanax got stolen"
_GONE = _Cue(r"\b(?:benzo|alpraz[a-z]*)\b(?: \w+){0,4}? (?:is|are|was|were|got|went|has been|have been) "
                          r"(?:all )?(?:gone|empty|missing|stolen|taken|lost|used up|finished)\b", gated=False)
# Not having any: "not" is part of the cue, and the object decides as above
_LACKING = _Cue(r"\b(?:have|has|had|did|do|does) not (?:had|taken|have|got|gotten) (?:any|one|a single|a|"
                             r"it|them|none)\b", gated=False)
_BENZOCUES = ((_TAKES_OBJECT, True, False, 16), (_LACKING, True, True, 16), (_GONE, False, False, 1),
               (_SUPPLY, False, False, 20))
# "i quit my klonopin years ago": over, not news
_LONG_AGO = re.compile(r"\b(?:years ago|a year ago|last year|decades? ago|back in the day|when i was younger|"
                       r"in the past|years back|(?:for|in|since) (?:two|three|four|five|six|many|several) years"
                       r"|(?:19|20)[0-9][0-9])\b")
# "as prescribed", "picked up my refill": the supply is fine (cancels only within the cue's own clause)
_SUPPLY_FINE = re.compile(r"\b(?:as prescribed|as directed|like (?:it is|its|it was|they are|they were) prescribed|"
                          r"like (?:my|the|his|her) (?:doctor|doc) (?:says|said|told)|"
                          r"picked up (?:my|the|her|his) refill|got (?:my|the|her|his) refill|(?<!not )refilled|"
                          r"plenty|still have|with (?:my|her|his|their) doctor|doctor s help|doctors help|"
                          r"(?:doing|is|was|am) (?:great|fine))\b")


def benzo_stopping(text: str, opened: Opened) -> bool:
    """A benzo named and stopped or its supply failing, in one utterance (see the module doc)."""
    mentions = [text.count(" ", 0, m.start()) for m in _BENZO_MENTION.finditer(text, opened)]
    if not mentions:
        return False
    tokens = text.split()
    # (cue, its object decides, "not" is part of it, how far the benzo may be in words)
    for cue, object_decides, inner_not, reach in _BENZOCUES:
        for m in cue.finditer(text, opened):
            at = text.count(" ", 0, m.start())
            end = at + len(m.group(0).split())
            if object_decides:
                obj = _object_after(tokens, end)
                if obj is not None and obj != "benzo" and not obj.startswith("alpraz"):
                    continue  # "ran out of coffee"
            # "... klonopin for six years ... and i just stopped taking it": a pronoun reaches back to it
            pronoun = object_decides and not {"it", "them"}.isdisjoint(tokens[end:end + 2])
            if not any(abs(p - at) <= reach or pronoun and p < at for p in mentions):
                continue
            if _live(text, tokens, at, end, inner_not=inner_not or "not" in m.group(0).split()):
                return True
    return False


def _object_after(tokens: list[str], end: int) -> str | None:
    """The cue's object: the first word after it that is neither a filler nor a "no object here" word;
    None when nothing names an object (end of text, a time, a pronoun)."""
    for word in tokens[end:end + 4]:
        if word == "benzo" or word.startswith("alpraz"):
            return word
        if word in _OBJECT_FILL:
            continue
        if word in _NO_OBJECT:
            return None
        return word
    return None


def _live(text: str, tokens: list[str], at: int, end: int, *, inner_not: bool = False) -> bool:
    """The cue at words [at, end) is said of now: not negated, not long over, not said to be fine."""
    before = tokens[:at]
    if not inner_not and negated(before):
        return False
    if before[-2:] == ["used", "to"] or before[-3:-1] == ["used", "to"]:
        return False
    clause = _clause_around(tokens, at, end)
    # what is said after the cue counts too ("my doctor retired but the new one refilled it"); what came
    # before another clause does not ("i took it as prescribed but i quit on my own")
    rest = clause + " " + " ".join(tokens[end:])
    return not (_LONG_AGO.search(clause) or _SUPPLY_FINE.search(rest))


def _clause_around(tokens: list[str], at: int, end: int) -> str:
    start = at
    while start > 0 and tokens[start - 1] not in _CLAUSE_WORDS:
        start -= 1
    stop = end
    while stop < len(tokens) and tokens[stop] not in _CLAUSE_WORDS:
        stop += 1
    return " ".join(tokens[start:stop])


_CLAUSE_WORDS = frozenset({"but", "although", "though", "however"})


# ---- alone: using, and nobody around ------------------------------------------------------------------

_NOBODY = r"(?:nobody|no one|noone)"
_PEOPLE = (r"(?:everyone|everybody|the kids|my kids|my wife|my husband|my roommate|my roommates|my parents|my mom|"
           r"my dad|my family|my girlfriend|my boyfriend|my partner|they|he|she)")
# Several cues rather than one: each has a pre-filter of its own words (one regex for all of them opened on
# "took", "night", "work": a third of all utterances)
_ALONE_CUES = (
    _Cue(r"\b" + _ALONE + r"\b"),
    _Cue(r"\b" + _NOBODY + r"(?: \w+){0,4}? (?:home|around|here|awake|with (?:me|him|her|them)|checks? on|"
         r"checking on|knows?|will know|would know|finds? out|will find|would find|notices?|will notice|would "
         r"notice|can see|sees|will see|is watching|will check|would check|will bother|comes? (?:in|by|over)|"
         r"will come|would come|bothers?)\b"),
    _Cue(r"\b" + _PEOPLE + r" (?:is |are |s |will be |went |has gone |have gone )?(?:all )?(?:asleep|sleeping|gone|"
         r"out of town|away|at work|on vacation|out for the night)\b|\bwhile (?:they|he|she|everyone|everybody) "
         r"(?:is|are|s|re) (?:gone|out|away|asleep|sleeping|at work)\b|\btook the kids\b"),
    _Cue(r"\b(?:in|at|to) (?:my|the|a|his|her|their) (?:car|truck|van|garage|motel|motel room|hotel|hotel room|"
         r"airbnb|rest stop|parking lot|woods|shed|basement|bathroom)\b|\b(?:at|in) a (?:motel|hotel)\b|\bparked "
         r"(?:behind|down|somewhere|out back|in (?:the|a) (?:woods|alley|back))\b"),
    _Cue(r"\blocked (?:myself|himself|herself|themselves) in\b|\btold (?:everyone|everybody|my \w+) (?:that )?i "
         r"(?:am|was) at\b|\bjust me (?:in|at|and)\b|\b(?:not to|do not) bother (?:him|her|me|them)\b"),
    # round 300: "am i with anyone no and i am about to use"
    _Cue(r"\b(?:am i|i am not|not) with (?:anyone|anybody|someone|somebody)(?: no| nope| nah|$| right now| tonight)"),
)
_DRUG_WORDS = frozenset({"benzo", "opioid", "coke", "cocaine", "crack", "meth", "dope", "pills", "bag", "bags",
                         "powder", "rock", "rocks", "blow", "fentanyl", "moud", "stuff", "ball", "molly", "shard"})
# besides coach.safety_patterns' intent to use: using said without an intent word, taking a drug with one
# ("i take my klonopin at night and i live by myself" is a routine, "gonna take a couple bars" is not), and
# being alone with the drug
_USE_MORE = _Cue(
    r"\b(?:get high|getting high|going hard|go hard|took way too much|took too much|just used|used (?:tonight|"
    r"today|right now|just now)|(?:going to|about to|want to|will|plan to|planning to|planning on|ready to|then|"
    r"and i|and|just|got to|need to|might) (?:\w+ ){0,2}?(?:take|pop|do|snort|shoot|smoke) (?:a |my |some |"
    r"a couple |a couple of |couple |a few |two |three |the |those |these |them|it|whatever )?(?:\w+ )?(?:benzo|"
    r"opioid|pills|bags?|lines?|them|it)|"
    r"(?:bought|picked up|scored|copped|got) (?:some|a|an|the) (?:stuff|dope|opioid|benzo|coke|bag|pills|"
    r"eight ball|shit)|"
    r"with (?:a |an |some |my |the |whatever |a little |a couple |a couple of )?(?:\w+ ){0,5}?(?:benzo|opioid|"
    r"coke|cocaine|crack|meth|dope|bag|eight ball|pills|rig|needle)|me and (?:a|an|the|my|some) (?:eight ball|"
    r"bag|opioid|benzo|coke|pills|bundle|stash|rig))\b")
# round 300: the rest of the bag, one more line, rail the rest, hit this solo, used too much, picking up today
# (a cue of its own: its pre-filter opens on "the rest", "one more", "solo", not on every "do")
_USE_REST = _Cue(
    r"\b(?:going to|about to|want to|will|gonna|then|just|gotta|got to) (?:\w+ ){0,2}?(?:do|finish|take|rail|"
    r"snort|smoke|shoot|hit|bang|sniff) (?:the rest(?: of (?:the|my|this|that) (?:bag|bags|stuff|dope|coke|pills|"
    r"benzo|opioid|powder|lines?|ball|eight ball|baggie|gram|shit|fent|blow|rock|rocks))?(?= (?:solo|alone|by "
    r"myself|tonight|now|in|at)\b)|one more (?:line|bag|bump|hit|pill|bar|shot)|another (?:line|bag|bump|hit|"
    r"pill|bar))\b")
_USE_SOLO = _Cue(r"\b(?:rail|snort|smoke|shoot|hit|bang|sniff) (?:this|it|that) (?:solo|alone|by myself)\b"
                 r"|\bused too much\b|\b(?:am|i am) (?:picking up|copping|scoring|re ?upping) (?:this morning|today|"
                 r"tonight|now|later|this afternoon|soon)\b")
# coach.safety_patterns' intent to use (the same pattern), behind a pre-filter here
_USE_INTENT = _Cue(r"\b" + _INTENT + r" (?:\w+ ){0,2}?" + _USE + _USE_OK + r"\b|\busing\b" + _USE_OK + r"|\b" + _USE
                   + _USE_OK + r" (?:tonight|now|right now|soon|again)\b")
_USE_CUES = (_USE_INTENT, _USE_MORE, _USE_REST, _USE_SOLO)  # ways of saying "using", in the order they are tried
_DRUG_VERBS = frozenset({"rail", "snort", "shoot", "bang", "sniff", "hit"})  # round 300
_RATHER_ALONE = re.compile(r"\b(?:rather|prefer to) be (?:alone|by myself)\b")


def prefers_solitude(text: str, words: set[str]) -> bool:
    """"i would rather be alone than go back to using with those people": alone is the choice, not the risk."""
    return ("rather" in words or "prefer" in words) and _RATHER_ALONE.search(text) is not None


def using_alone(text: str, words: set[str], opened: Opened) -> bool:
    """Using (now, soon or just now) with nobody around, in one utterance (see the module doc)."""
    # the using half's pre-filters before any regex runs: the alone half's are open on a third of all utterances
    if all(cue.at not in opened for cue in _USE_CUES):
        return False
    if not any(not negated(text[: m.start()].split()) for cue in _ALONE_CUES for m in cue.finditer(text, opened)):
        return False
    drugs = not words.isdisjoint(_DRUG_WORDS) or "drink" in words and "benzo" in words
    uses = (m for cue in _USE_CUES for m in cue.finditer(text, opened))
    for m in uses:
        said = m.group(0).split()
        if said[-1] in ("them", "it", "rest", "this", "that") and not drugs and _DRUG_VERBS.isdisjoint(said):
            continue  # "take them to the park by myself", "do the rest by myself": only a drug named elsewhere
            # (or a verb only drugs take: "rail the rest") makes them drugs
        before = text[: m.start()].split()
        if negated(before) or "not" in said or "never" in said:
            continue
        if before[-2:] == ["used", "to"] or before[-1:] in (["than"], ["used"]):
            continue
        return not _REMOTE.search(text)
    return False


# ---- treatment: asking for a place or a person of treatment --------------------------------------------

# places that are treatment whatever else is said
_PLACE = (r"(?:rehab|rehabs|detox|inpatient|residential|iop|outpatient|treatment|sober living|halfway house|"
          r"methadone clinic|suboxone doctor|(?:na|aa|ca|n a|a a|c a) meetings?|"
          r"(?:residential|inpatient|rehab|detox|treatment) "
          r"(?:place|program|facility|center|bed|unit))")
# people and places that are treatment when the utterance is about using; "someone" only as someone to
# talk to about it ("find someone to get high with" is not treatment)
_HELPER = (r"(?:counselor|counsellor|therapist|doctor|doc|clinic|program|meeting|meetings|sponsor|specialist|"
           r"hotline|somewhere medical)")
_SOMEONE = r"(?:somebody|someone|a real person|a person|a professional|people)(?: \w+){0,3}? (?:about|for|at)"
_ASK = (r"(?:need|needs|want|wants|would like|looking for|look for|find|finding|find me|find him|find her|"
        r"find them|get|getting|get me|get him|get her|get them|go back to|going back to|back to|ready to go to|"
        r"ready for|try|try again|should try|call|calling|talk to|talk with|speak to|speak with|see|"
        r"tell me about|help me get|help me find|help getting|how do i get|how can i get|where can i|"
        r"where do i|like a|like an|time for|time to go to|can you find|can you get|can you help|sign me up|into|"
        r"number for|numbers for|is there (?:an?|any))")  # round 300: "is there an n a meeting near me"
_ASK_CUE = _Cue(r"\b" + _ASK + r"\b", gated=False)
_PLACE_CUE = _Cue(r"\b" + _PLACE + r"\b(?! (?:for (?:my|his|her|the|a) (?:knee|back|shoulder|hip|"
                               r"ankle|leg|arm|neck|wrist|foot|injury|surgery|stroke|acl)|is going well|is "
                               r"working|went well|worked|of my|plants?)\b)")
_HELPER_CUE = _Cue(r"\b" + _HELPER + r"\b")
_SOMEONE_CUE = _Cue(r"\b" + _SOMEONE + r"\b")
_NOT_DRUGS = (r"(?! (?:from|off|of) (?:sugar|caffeine|coffee|social media|my phone|tiktok|netflix|gaming|"
              r"video games|porn|junk food|carbs|shopping)\b)")
_ABOUT_USING = _Cue(
    r"\b(?:using|my use|drug use|drugs|drug|addiction|addicted|relapse|relapsed|relapsing|(?:getting|get|stay|"
    r"staying) clean" + _NOT_DRUGS + r"|sober" + _NOT_DRUGS + r"|coke|cocaine|crack|meth|benzo|opioid|alcohol|"
    r"drinking|withdrawal|(?:getting|get|come|coming) off|stop using|moud|detox|dope|pills)\b", gated=False)
# "hair treatment", "water treatment", "physical rehab": treatments of something else
_OTHER_TREATMENT = frozenset({"hair", "skin", "facial", "spa", "laser", "acne", "cancer", "chemo", "water", "lawn",
                              "flea", "scalp", "keratin", "beauty", "dental", "teeth", "eye", "tick", "termite",
                              "wood", "root", "physical", "knee", "shoulder", "back", "injury", "stroke", "cardiac",
                              "heart", "pulmonary", "sports", "vocational", "speech", "color", "colour", "nail"})
_BETWEEN_STOPS = frozenset({"after", "before", "since", "during", "from", "than", "without"})
# already done, or said of the past
_TREATMENT_OVER = re.compile(r"\b(?:finished|graduated|completed|got out of|left|went to|was in|been to) (?:\w+ )?"
                             r"(?:rehab|detox|treatment|iop|inpatient|residential)\b")
_AGAIN = re.compile(r"\b(?:again|back to|go back|going back)\b")
# round 300: "i want to hit up a meeting tonight can you find one"
_ONE_OF_THOSE = re.compile(r"\b(?:find|get) me one\b|\bhit up (?:a|an|the) meeting\b(?: \w+){0,3}? can you find one\b")
_MEETING_CUE = _Cue(r"\bmeetings?\b")


def asking_for_treatment(text: str, words: set[str], opened: Opened) -> bool:
    """A request for treatment for using (for oneself or someone else), in one utterance."""
    if _MEETING_CUE.at in opened and _ONE_OF_THOSE.search(text):
        return True  # "i went to one meeting years ago ... i should try again, can you find me one"
    if _PLACE_CUE.at not in opened and _HELPER_CUE.at not in opened and _SOMEONE_CUE.at not in opened:
        return False
    tokens = text.split()
    places = [text.count(" ", 0, m.start()) for m in _PLACE_CUE.finditer(text, opened)]
    places = [p for p in places if p == 0 or tokens[p - 1] not in _OTHER_TREATMENT]
    # a counselor, a doctor: only about using (both pre-filters first, then the regexes)
    if _HELPER_CUE.at in opened or _SOMEONE_CUE.at in opened:
        helpers = [text.count(" ", 0, m.start()) for cue in (_HELPER_CUE, _SOMEONE_CUE)
                   for m in cue.finditer(text, opened)]
        if helpers and _ABOUT_USING.search(text, opened):
            places += helpers
    if not places:
        return False
    if _TREATMENT_OVER.search(text) and not _AGAIN.search(text):
        return False
    for m in _ASK_CUE.finditer(text, opened):
        at = text.count(" ", 0, m.start())
        end = at + len(m.group(0).split())
        if negated(tokens[:at]) or _LONG_AGO.search(_clause_around(tokens, at, end)):
            continue
        for p in places:
            if end <= p <= end + 5 and _BETWEEN_STOPS.isdisjoint(tokens[end:p]):
                return True
    return False


_EVERYTHING = _Everything()


def add_concepts(text: str, words: set[str], flags: set[str], opened: list[int]) -> set[str]:
    """`flags` (from coach.safety_patterns' rules) with the concepts' flags added. `opened`: the open gates
    of coach.safety_patterns' index (ascending), which holds the rules' gates and then the cues'. The
    concepts run only for flags not found yet, and only with their first cue's pre-filter open."""
    if "alone" in flags and prefers_solitude(text, words):
        flags.discard("alone")
    if GATED:
        if not opened or opened[-1] < CUES[0].at:
            return flags  # no cue can match: most utterances end here
        cues: Opened = opened[bisect_left(opened, CUES[0].at):]  # a handful: a list is quickest
        benzo = _BENZO_MENTION.at in cues
        alone = not _ALONE_IDS.isdisjoint(cues)
        treatment = not _TREATMENT_IDS.isdisjoint(cues)
    else:
        cues, benzo, alone, treatment = _EVERYTHING, True, True, True
    if benzo and "benzo" not in flags and benzo_stopping(text, cues):
        flags.add("benzo")
    if alone and "alone" not in flags and using_alone(text, words, cues) and not prefers_solitude(text, words):
        flags.add("alone")
    if treatment and "treatment" not in flags and asking_for_treatment(text, words, cues):
        flags.add("treatment")
    return flags


# the cues' gates sit in coach.safety_patterns' index after its rules: numbered so, and handed over
for _i, _cue in enumerate(CUES):
    _cue.at = _patterns._RULE_COUNT + _i
_ALONE_IDS = frozenset(cue.at for cue in _ALONE_CUES)  # any of them open: the alone concept may run
_TREATMENT_IDS = frozenset(cue.at for cue in (_PLACE_CUE, _HELPER_CUE, _SOMEONE_CUE, _MEETING_CUE))
_patterns.join_concepts([cue.gate for cue in CUES])
