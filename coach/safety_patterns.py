"""The safety screen's patterns: word classes, rules per flag, and the checks that keep idioms out.

Every rule runs on `coach.safety_normalise.normalise` output (lower case, no punctuation, contractions
expanded, drug names folded to "benzo" / "opioid" / "alcohol"). A rule is a regex plus how a match can
be cancelled:
- negation: "not" / "never" (and a bare "no" right before) governing the matched words, walking back
  only over auxiliaries and fillers ("i do not want to" negates, "i am not ok i want to" does not);
- hypothetical: a noun said as a worry, a question or a cause ("can stopping it cause a seizure");
- remote past: an event long over ("i overdosed two years ago").
Rules that carry the negation inside them ("i do not want to live anymore") are never cancelled.
All regexes are compiled once, at import.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from coach.safety_factor import factor, split_branches
from coach.safety_gate import Gate, GateIndex, gate_for

# ---- word classes (regex fragments over normalised text) --------------------------------------------

_SOMEONE = (r"(?:he|she|they|him|her|them|friend|boyfriend|girlfriend|husband|wife|partner|brother|sister|"
            r"son|daughter|mom|mum|dad|mother|father|roommate|someone|somebody|person|guy|girl|buddy|man|"
            r"cousin|uncle|aunt|baby|kid|neighbor|neighbour|bf|gf)")
# "her", "his", "their": a caregiver telling of someone else's benzo (round 77)
_FILL = (r"(?:(?:my|the|a|an|all|of|off|on|from|taking|take|using|popping|these|those|this|that|some|any|her|his|their|"
         r"more|prescribed|prescription|daily|nightly|evening|morning|night|bedtime|usual|regular|last|few|"
         r"two|one|half|doses?|dose of|pills?|tablets?|meds|medication|medicine|script|remaining|rest of|"
         r"rest|entire|whole|days?|weeks?|nights|couple|a few days|own|three|four|five|six|several|multiple|many) "
         r"){0,4}")
# "alprazalam" (round 62) and "a tivan" (round 63) escape the normaliser's folds: caught here
_BENZO = r"(?:benzo|alpraz[a-z]*|a tivan|clone of (?:pins?|pam))"
# "had a few" is drinks; "for a few days" is not (round 58)
_DRINK = (r"(?:alcohol|drink|drinks|drinking|drank|drunk|drinkin|a few(?! (?:days?|weeks?|hours?|nights?|minutes?|"
          r"months?|years?|times?|of|more|pills?|doses?|benzo|mornings?|evenings?)\b)|buzzed|tipsy|hammered|"
          r"a glass(?! of (?:water|milk|juice|tea|lemonade|soda|hydrate|coffee|oj)\b)|glass of alcohol|a forty(?! "
          r"(?:minutes?|hours?|years?|days?|dollars?|percent|pounds?|miles?)\b)|a tallboy|tallboys|tall boys|"
          r"bottle of alcohol|six pack|twelve pack|a fifth|fifth of|a pint|pints|"
          r"wasted|shitfaced|plastered|a bender|binge drinking|(?:hit|hitting|hit up|hitting up) the bar|pregame|"
          r"pregaming|pre game|pre gaming|"
          # round 62: "a shot of jack"
          r"shots? of (?:jack|jameson|fireball|patron|crown|goose|jim beam|jager|jaeger|everclear|the good stuff)|"
          # round 200: drinks named in several words (single words are folded to "alcohol" by the normaliser)
          r"bud lights?|white claws?|natty (?:lights?|ice|daddy)|twisted teas?|four lokos?|hard seltzers?|"
          r"mikes? hard(?: lemonade)?|jack daniels?|jack and coke|high noons?|"
          r"(?:bottle|pint|fifth|handle|glass|shot|some|of) of jack|(?:bottle|pint|fifth|handle|glass|some) jack)")
_OPIOID = r"(?:opioid|moud)"
# "all", "every", "a handful of": amounts that make taking pills an overdose
_MANY = (r"(?:all|all of|every one|every one of|every|every single|each|the whole bottle of|a whole bottle of|"
         r"the rest of|the rest|a handful of|a whole handful of|a fistful of|a bottle of|a bunch of|a whole bunch of|"
         r"way too many)")

# ---- negation and hypothetical context -------------------------------------------------------------

_NEGATORS = frozenset({"not", "never", "nor", "nothing"})
# Words that may sit between a negator and what it negates.
_BRIDGE = frozenset({
    "to", "want", "going", "really", "even", "ever", "am", "be", "been", "being", "have", "has", "had",
    "having", "will", "would", "should", "could", "might", "planning", "plan", "trying", "try", "thinking",
    "think", "about", "of", "feel", "felt", "feeling", "like", "any", "get", "getting", "do", "did",
    "does", "just", "actually", "currently", "is", "are", "was", "were", "experienced", "experience",
    "a", "an", "that", "so", "intend", "intending", "yet", "again", "anymore", "seriously", "wish", "wanted",
    "mean", "ready", "go", "thought", "thoughts", "considered", "considering", "tried", "attempted",
})
_NO_BRIDGE = frozenset({"thoughts", "thought", "of", "about", "to"})
_EMERGENCY_NEGATORS = _NEGATORS | {"almost", "nearly", "no"}
_HYPOTHETICAL = frozenset({
    "can", "could", "might", "may", "would", "will", "cause", "causes", "causing", "caused", "risk",
    "risks", "risky", "afraid", "scared", "worried", "worry", "worries", "fear", "fears", "prevent",
    "prevents", "avoid", "history", "prone", "chance", "chances", "danger", "dangerous", "if", "signs",
    "symptoms", "what", "how", "want", "wish", "should", "lead", "leads", "trigger", "triggers", "give",
    "gave", "giving", "reverse", "reverses", "without", "training", "learn", "know", "died", "die",
    "dying", "lost", "kit", "about", "of", "from", "gives", "almost", "nearly",
    "never", "not", "no", "ever", "movie", "show", "book", "watched", "watching", "reading", "read",
})
# "overdosed on netflix": an idiom when what follows "on" is a pastime or a food, never a drug
# round 80: a word may come before the treat ("overdosed on halloween candy")
_OD_IDIOM = (r"(?! on (?:(?:halloween|christmas|easter|birthday|the|all the|so much|too much) )?(?:netflix|tv|"
             r"television|youtube|tiktok|instagram|social media|reality tv|shows|episodes|"
             r"videos|video games|games|gaming|sugar|candy|chocolate|caffeine|coffee|junk food|carbs|food|pizza|"
             r"cake|cookies|ice cream|cheese|sweets|snacks|love|sunshine|sun|work|christmas|nostalgia|memes|"
             r"cuteness|happiness|podcasts|music|anime|books|true crime)\b)")
# "my heart is pounding after the run": exercise explains it (after a line, it does not)
# round 64: "because of the scary movie"
_EXERTION = (r"(?! (?:(?:because of|after|from|during) (?:the|a|that|this) (?:scary |horror )?(?:movie|film|show|"
             r"game|exam|test|interview|date|concert|roller coaster)|(?:after|from|during) (?:the|my|a) (?:run|workout|"
             r"gym|jog|exercise|race|hike|climb|game|"
             r"ride|walk|practice|sprint)|i (?:just )?(?:finished|ran|did|got back from|climbed|worked out)\b|"
             r"(?:because|cause) i am (?:so |really )?(?:excited|happy|in love)|(?:because|cause) i (?:just )?"
             r"(?:ran|was running|climbed|walked|worked out|exercised|was dancing)|(?:from|with) "
             r"(?:excitement|joy|love)))")
# medicines people overdose on that the normaliser does not fold into a class (round 31)
_MEDS = (r"(?:seroquel|quetiapine|ambien|zolpidem|trazodone|gabapentin|lyrica|tylenol|acetaminophen|paracetamol|"
         r"ibuprofen|advil|motrin|aspirin|insulin|lithium|antidepressants?|prozac|zoloft|lexapro|wellbutrin|"
         r"adderall|benadryl|antipsychotics?|depakote|lamictal|sleeping pills|heart pills|blood pressure pills)")
_REMOTE = re.compile(
    r"\b(?:years? ago|months? ago|weeks? ago|a while ago|long time ago|last year|last month|(?:the )?last time i|"
    r"when (?:i|he|she|they|we) (?:was|were) (?:a |younger|young|in|little|small|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|[0-9]+)|as a (?:kid|child|teenager|"
    r"teen|baby|toddler|kitten|puppy)|growing up|back in|in the past|used to|once before|history of|"
    # round 300: "had a seizure in high school but he is good now"
    r"(?:had|was|were) (?:\w+ ){1,3}in (?:high school|middle school|junior high|grade school|college)\b(?! right now)|"
    r"(?:in|since|during) (?:nineteen|twenty|two thousand) \w+|(?:19|20)[0-9][0-9])\b")


@dataclass(frozen=True)
class Rule:
    flag: str
    pattern: str
    negatable: bool = True
    hypothetical: bool = False  # cancelled by worry/question/cause words before it
    remote: bool = False  # cancelled when the event is placed long ago


def _rules() -> list[Rule]:
    r: list[Rule] = []

    def add(flag: str, pattern: str, **kw: bool) -> None:
        r.append(Rule(flag, pattern, **kw))

    # ---- suicide -------------------------------------------------------------------------------
    s = "suicide"
    add(s,
        r"\bsuicid(?:e|al|ality|ally)\b(?! (?:squad|prevention|awareness|bomb\w*|doors|hotline))")
    add(s,  # coordinator probes (session 11): happier at my funeral, the least painful way out, picturing myself
        # not existing, sleep and never face any of it again, the world better without me, dead anyway so might
        # as well, cut again, done as in not waking up, hoping the next bump stops my heart, a gun i keep thinking
        # about, wishing i never woke up
        r"\b(?:happier|relieved|better off|glad|happy|lighter) (?:at|after) my (?:own )?funeral\b"
        r"|\b(?:least painful|most painless|painless|quietest|most peaceful) (?:way|ways) out\b(?! (?:of|the|to|"
        r"through|from|here|there|via|by)\b)"
        r"|\b(?:picture|picturing|pictured|imagine|imagining|imagined|visuali[sz]e|visuali[sz]ing|envision|"
        r"envisioning) (?:myself |me )?(?:not existing|not being here|not being alive|being dead|dead|in a (?:coffin|"
        r"casket)|gone forever|gone for good|never waking up|not waking up)\b(?! (?:tired|serious|wrong|broke|set|on|"
        r"in (?:a|the) (?:game|movie|show|play|dream)|for (?:a|the) (?:role|part|costume)))"
        r"|\b(?:want|wish|wanna|need|would like|would love) to (?:go to sleep|fall asleep|sleep|close my eyes) and "
        r"(?:not|never) (?:have to )?(?:deal with|face|feel|see|think about) (?:any of it|anything|all of it|it all|"
        r"this|life|this life|the world|anyone|anybody|any of this|all of this) (?:\w+ )?(?:ever again|again ever)\b"
        r"|\b(?:the world|this world|the planet|everyone|everybody|my family|my kids|my children|the people i "
        r"love) (?:is|are|would be|will be|would be so much|would be a lot) (?:so much |a lot |way |much )?(?:better|"
        r"happier|brighter|nicer|easier|safer) without me\b(?! (?:(?:on|at|in) (?:the|their|a|this|that|our|his|"
        r"her)|there|work|school|practice)\b)"
        r"|\bi (?:am (?:just )?going to|will(?: just)?|would) (?:end up|be|wind up) dead (?:anyway|either way|"
        r"regardless|sooner or later)\b(?: \w+){0,6}? (?:might as "
        r"well|may as well|so why not|why wait|should just)\b"
        r"|\bi (?:cut|burned|burnt) (?:myself )?again\b(?! (?:the|my|some|it|this|that|a|an|with|into|for|to|up|"
        r"down|back|off|out|in|on|and again|lines?|coke|it)\b)"
        r"|\b(?:i am|i will be|i would be|i am going to be|i will just be) done\b(?! with)(?: \w+){0,6}? (?:not "
        r"waking up|never waking up|dead|in the ground|six feet under)\b"
        r"|\b(?:hope|hopes|hoping|wish|wishing|praying|pray|want) (?:that )?(?:the |this |my )?(?:next|last|one more|"
        r"this) (?:\w+ ){0,2}?(?:stops|stop|kills|kill|ends|end|takes|take) (?:my heart|me|it all|my life)\b"
        r"(?! (?:laughing|with laughter|from laughing))"
        r"|\b(?:gun|guns|pistol|rifle|firearm|(?<!jump )rope(?! (?:swing|course|ladder|bridge))|noose|razor|"
        r"razor blade|blade) (?:\w+ ){0,5}?(?:and|but) i "
        r"(?:keep|can not stop|cannot stop|have been|been) (?:thinking about|looking at|staring at|holding|eyeing) "
        r"(?:it|them)(?:$| (?:all|every|again|too|lately|tonight|today|and)\b)"
        r"|\b(?:do not|can not|cannot|no longer) trust myself (?:\w+ ){0,3}?(?:around|with|near) (?:my |the |all "
        r"(?:my |the )?|these |those )?(?:pills|meds|medication|gun|knife|razor|blade|rope|bottle|benzo|opioid)\b"
        r"|\b(?:would|will) be (?:\w+ ){0,2}?(?:better|happier|safer)(?: off)? without (?:a|an) (?:mom|mother|dad|"
        r"father|parent|son|daughter|wife|husband|partner|sister|brother|friend|person) like me\b"
        r"|\bnothing left for me (?:here|in this world|on this earth|in this life)(?:$| anymore| now| at all)"
        r"|\b(?:saying|said|say) (?:my )?goodbyes? to (?:people|everyone|everybody|my (?:family|friends|kids|"
        r"children)) (?:\w+ ){0,2}?(?:without (?:them|anyone|anybody) knowing|for the last time|one last time)\b"
        r"|\b(?:drive|driving|drove|crash|crashing|swerve|swerving|steer|steering) (?:my car |the car |my truck )?"
        r"(?:off (?:the|a) (?:road|bridge|cliff|overpass)|into (?:a |the )?(?:tree|wall|pole|traffic|oncoming "
        r"traffic|truck|river|lake)) on purpose\b"
        r"|\b(?:any|what is the|no|the) point (?:to|in|of) (?:me|my) (?:being alive|living|existing|being here|"
        r"staying alive|still being here)\b(?! (?:today|tonight|is|was|at|in|this|for|right now)\b)"
        r"|\b(?:wish|wished|wishing) i (?:never|did not|had not|would not have|had never) (?:woke|woken|wake|waken) "
        r"up\b(?! (?:so |this |that |at |too )?(?:early|late|before|to|for|when|in time|on time|at|with|from|"
        r"because|during)\b)")
    add(s,
        r"\b(?:kill|killing|killed|off|offing|shoot|shooting|shot|hang|hanging|hanged|drown|drowning|"
        r"poison|poisoning|stab|stabbing|suffocate|end|top|topping|topped|hung) myself\b"
        r"(?! (?:laughing|at the gym|at work|working|for(?! (?:real|good|sure)\b)|over|with work|to get|trying to|up|"
        r"in the foot))"
        # round 25: said of someone else ("my brother keeps saying he is going to off himself")
        r"|\b(?:kill|killing|killed|kills|off|offing|offed|shoot|shooting|shot|hang|hanging|hanged|hung|drown|"
        r"drowning|poison|poisoning|stab|stabbing|suffocate|top|topping|topped|end) (?:himself|herself|themselves|"
        r"themself)\b(?! (?:laughing|at the gym|at work|working|for|over|with work|to get|trying to|up|in th\w+|"
        r"with (?:th\w+|all)|if (?:he|she|they) keeps?|on (?:that|this|those|the)|driving|partying|running))")
    add(s,
        r"\b(?:end|ending|ended|take|taking|took|end) (?:my own|my|his own|her own) life\b")
    add(s,
        r"\bend(?:ing)? (?:it all|everything|it for good|it tonight|it today|it forever|it right now|"
        r"the pain for good|my suffering|my pain for good)\b|\b(?:want|going|plan|planning|ready|try|"
        r"trying|just|gonna|should|could|will) to end it\b(?! (?:with|between|here|there|early))"
        r"|\b(?:just|to) end it\b(?! (?:with|between|here|there|early|now with|off))")
    desire = (r"(?:want|wants|wanted|wanting|wish|wishes|wished|wishing|ready|feel like|feeling like|felt like|"
              r"feels like|plan|plans|planning|plan on|planning on|thinking about|thinking of|think about|"
              r"thought about|tempted|urge|need|needs|deserve|deserves|hope|hopes|hoping|should|should just|could just|"
              r"might just|would rather|rather|only way out is|only option is|only answer is|only way is|"
              r"easier to|time to|decided to|decide to|"
              r"trying to|tried to|try to|pray to|praying to|"
              r"begging to|longing to|long to|let me|just want|just wanna|ok to|okay to|going to try to|"
              r"want it to be time to|wish i could|"
              # "about to" only of a person ("my phone is about to die" is not a wish); last, so the
              # alternation before it stays grouped by first letter (coach.safety_factor)
              r"(?:(?<=i am )|(?<=i am just )|(?<=i )|(?<=i feel )|(?<=i was ))about to)")
    # a bare "dead" only after a verb of being ("i wish i was dead"), never "the walking dead"
    death = (r"(?:die|dying|be dead|(?:(?<=was )|(?<=were )|(?<=am )|(?<=be )|(?<=been )|(?<=being )|(?<=just )|"
             r"(?<=drop ))dead"
             r"|stop living|stop existing|stop being alive|stop being here|not exist|not be "
             r"alive|not be here|not wake up(?! (?:at|until|till|before|during|every|in the middle)\b)|"
             r"never wake up|end it|end it all|end my life|end everything|kill myself|killing myself|take my "
             r"life|take my own life|be gone forever|be gone for good|disappear forever|disappear for good|"
             r"sleep forever|go to sleep forever|fall asleep forever|asleep forever|go to sleep for good|"
             r"fall asleep for good|"
             r"not be around anymore|leave this world|leave this earth|"
             r"check out for good|stop breathing|fade away|fade out|fade out of existence|fade from existence|"
             r"disappear from existence|vanish|vanish forever|go away forever|"
             r"go away for good|never come back|not come back|not be alive anymore|be done with it all|go to heaven|"
             r"join (?:\w+ ){1,2}in heaven|be with (?:\w+ ){1,3}in heaven|cease to exist|"
             r"not live anymore|not live|no longer live|no longer exist|no longer be here|out of this life|"
             r"end things(?! (?:with|between|off|on a|there|here)\b)|ending things(?! (?:with|between|off|on a|there|"
             r"here)\b)|out of this world|out of life|out of here for good|out for good|bleed out|bleed to death)")
    death_tail = (r"\b(?! (?:of|from|laughing|for(?! (?:weeks|months|years|days|a while|a long time|so long|ages|real|"
        r"good)\b)|"
        r"to see|to know|"
        r"to try|than|my hair|her hair|his hair|your hair|the hair|in a|when|on the inside|inside|serious|"
        r"tired|on my feet|set|certain|sure|wrong|end|last|if|with laughter|happy|eventually|someday|one "
        r"day|center|centre|ahead|giveaway|weight|heat|silent|quiet|asleep|even|drunk|"
        # round 71: "die right now" is the wish itself
        r"right(?! (?:now|away|this (?:minute|second)|tonight)\b)|straight|meat|broke|on "
        r"(?:this|that) hill|one "
        r"day|old|of old age|in my sleep when|alone|broke|broke|trying|early|so early|on time|in time|late))"
        r"(?<!i am dying)(?<!he is dying)(?<!she is dying)(?<!they are dying)")  # "i feel like i am dying": a scene
    add(s, r"\b" + desire + r" (?:to )?(?:\w+ ){0,3}?" + death + death_tail)
    # round 29 (a frame x death-word grid): more frames and death phrases, in rules of their own so that each
    # keeps a gate on both of its halves (one rule with everything lost its frame gate and ran four times as often)
    desire2 = (r"(?:would like to|would love to|would love to just|can not wait to|cannot wait to|time for me to|"
               r"keep wanting to|all i want is to|want so badly to|want so bad to)")
    death2 = (r"(?:be gone(?! (?:by|before|for|from|when|till|until|on|at|in|to|already|all|the|this|next|during)\b)|"
              r"overdose" + _OD_IDIOM + r"|(?:take|swallow|down) (?:all|every one|all of) (?:of )?(?:my|the) "
              r"(?:pills|meds|tablets|benzo|opioid)|end (?:my|the) pain(?: tonight| today| now)? (?:forever|for good)|"
              r"end my suffering|"
              r"ending it all|"
              r"ending it(?! (?:with|between|off|early|here|there|now with)\b)|ending my life)")
    add(s, r"\b" + desire + r" (?:to )?(?:\w+ ){0,3}?" + death2 + death_tail)
    add(s, r"\b" + desire2 + r" (?:to )?(?:\w+ ){0,3}?(?:" + death + r"|" + death2 + r")" + death_tail)
    add(s,
        r"\bbetter off (?:gone|not here|not around|not existing|not alive|never born|if i was not here|"
        r"if i were not here|if i (?:never woke up|did not wake up|died|was dead|were dead|was gone|were gone|"
        r"overdosed|killed myself|"
        r"disappeared|never existed|was never born|did not exist)|without (?:someone|somebody|people|a person|anyone) "
        r"like me)\b|\b(?:want|wish|need|hope) (?:for )?(?:it|it all|everything|all of it|my life|"
        r"life|this life) to (?:end|be over)(?: for good| forever| permanently| now)?\b|\b(?:want|wish|need|hope) "
        r"(?:for )?(?:it|it all|everything|all of it|my life|life|this life|this) to (?:stop|end|be over) "
        r"(?:for good|forever|permanently)\b"
        r"|\b(?:want|wish|need|hope) (?:for )?(?:the|my|this|all the|all this) (?:pain|suffering|hurt|"
        r"hurting|misery) to (?:stop|end|go away|be over)(?: \w+){0,4}? (?:forever|for good|permanently)\b"
        r"|\b(?:goodbye|farewell|suicide) (?:letter|letters|note|notes|message|messages|video|videos|text|texts|"
        r"email|emails|post|posts|voicemail|voicemails|voice memo|recording)\b"
        # round 72: a goodbye video "to her old apartment" is a move
        r"(?! (?:to|for) (?:her|his|my|their|the|our) (?:old |former |last |first )?(?:apartment|house|home|job|school|"
        r"city|town|team|class|coworkers|fans|followers|office|dorm|students)\b)"
        r"|\b(?:letter|letters|note|notes|message|messages|video|videos) (?:\w+ ){0,4}(?:saying|to say|that "
        r"says|that say) (?:my )?(?:goodbye|goodbyes|farewell)\b"
        # round 80: said of someone else too ("she has been giving away her stuff"); a move or a sale is not it
        r"|\b(?:giving|gave|give|given|gives) away (?:all )?(?:my|of my|his|her|their|of his|of her|of their) "
        r"(?:stuff|things|belongings|possessions)\b(?!(?: \w+){0,6}? (?:because|since|cause|before|as) (?:she|he|they|"
        r"i|we) (?:is |are |am |was |were )?(?:moving|move|moved|leaving|downsizing|relocating)|(?: \w+){0,4}? (?:to "
        r"goodwill|on marketplace|at a (?:yard|garage) sale|for (?:the|a) (?:move|yard sale|garage sale|fundraiser))\b)"
        r"|\b(?:care|cares|matter|matters|notice|notices) (?:if|whether) i (?:live|lived|die|died|am alive|am "
        r"dead|am here|exist|overdosed|overdose|did not wake up|never woke up|was gone|disappeared)\b|"
        r"\blife (?:has|holds|had) no (?:meaning|point|purpose|value)\b|"
        # round 80: "that chapter of my life is over" is a part of it, not the whole
        r"\b(?<!chapter of )(?<!part of )(?<!phase of )(?<!era of )(?<!season of )(?:my )?(?<!chapter of my )"
        r"(?<!part of my )(?<!phase of my )(?<!era of my )(?<!season of my )life "
        r"(?:is|feels|seems) (?:meaningless|pointless|hopeless|worthless|not worth it|over)\b"
        r"|\b(?:only|best|easiest|one) (?:way out|way to stop (?:this|the pain)|way to end (?:this|the pain)|"
        r"option|solution|answer) (?:is|would be|left is) (?:to |just )?(?:die|death|dying|suicide|to end it|"
        r"end it|ending it|ending my life|killing myself|kill myself)\b"
        r"|\bno (?:other )?(?:way out|option|options|choice|answer|solution)(?: left)? (?:except|but|other than|"
        r"besides|than|apart from) (?:to )?(?:just )?(?:die|dying|death|suicide|end it|ending it|end it all|"
        r"ending it all|kill myself|killing myself|end my life|ending my life|ending things|end things)\b")
    add(s,
        r"\b(?:i should|i might as well|might as well|i may as well|let me|i hope i|i could just|i just) "
        r"(?:just )?(?:die|be dead)\b(?! (?:of|from|laughing|for|than))")
    add(s,
        r"\b(?:wish|wished|want|wanted|rather|hope) (?:that )?(?:i was|i were|to be|i would be|i am|i had been|"
        r"i d be|i could be) (?:dead|gone for good|never born|not alive|not here anymore|not born)\b")
    add(s,
        r"\b(?:rather|better|prefer to|might as well|may as well|should just) (?:just )?be dead\b"
        r"|\bbetter off dead\b|\bi should be dead\b|\b(?:be|am|feel) (?:so much |much |a lot |way )?(?:better|"
        r"happier|more at peace|at peace|freer|easier) (?:off )?dead\b"
        r"|\bbetter off (?:without me|without (?:their|our|his|her|a|me as their) (?:\w+ ){0,2}?"
        r"(?:dad|daddy|mom|mommy|mum|mother|father|parent)|if i (?:was|were|am|was not|"
        r"were not|died|disappeared)|with me gone)\b|\bhad never been born\b|\bwish i was never born\b")
    add(s,
        r"\b(?:want|wanted|going|gonna|plan|planning|thinking about|thought about|think about|urge to|urges "
        r"to|tempted to|trying to|tried to|feel like|felt like|keep|kept|started|start|been|might|will|"
        r"could|would|about to|need to|desire to|impulse to) (?:to )?(?:just |really |maybe |go |)?(?:hurt|"
        r"hurting|harm|harming|cut|cutting|burn|burning|punish|punishing) myself\b")
    add(s,
        r"\b(?:hurting|harming|cutting|burning) myself\b(?! (?:some |a )?(?:slack|break|off|shaving))"
        r"|\b(?:hurt|cut|harmed|burned) myself (?:on purpose|again|deliberately)\b|\b(?:cut|harmed|burned|burnt"
        r"|stabbed) myself "
        r"(?:last night|tonight|today|this morning|this week|a lot|deep|bad|badly|so bad|to feel)\b(?! of)\b|\bself"
        r" harm\w*\b"
        r"|\b(?:been|started|start|keep|kept|back to|am) (?:cutting|burning) (?:myself )?again$|\bcutting again$"
        r"|\bi (?:have )?(?:been )?(?:cutting|burning) (?:myself )?again\b(?! (?:on|with|at|for|the|my|your))")
    add(s,
        r"\b(?:do|does|did|am) not (?:plan|planning|intend|intending|expect|expecting) (?:on|to) (?:waking up|wake up|"
        r"being alive|surviving|seeing (?:tomorrow|the morning|another day|christmas|my birthday))\b(?! (?:early|so "
        r"early|at|before|until|till|for (?:work|school|class|the (?!holidays)|my (?:shift|job|class|flight|alarm|"
        r"appointment))|to go|in time|on time|with))"
        r"|\b(?:do|does|did) not (?:want|wish|care|plan|feel like|intend) (?:to )?(?:live|be alive|stay alive|"
        r"exist|be around|keep living|keep going|go on|live anymore|wake up)\b"
        r"(?! (?:with|in|at|near|there|by|together|alone|on|early|so early|for (?:work|school)))",
        negatable=False)
    add(s,
        r"\b(?:do|does) not want to (?:be|stay) here anymore\b|\bnot (?:want|wanting) to be here anymore\b",
        negatable=False)
    add(s,
        r"\b(?:can not|could not|do not know how to|not able to) (?:go on(?! (?:the|a|an|my|his|her|our|their|this|"
        r"that|vacation|holiday|stage|tour|dates?|trips?|walks?|line|air|camping|break|leave|strike|social media|"
        r"tiktok|youtube|instagram|facebook|twitter)\b)|keep going|keep living|live like"
        r" this|do this anymore|take (?:it|this|this pain|the pain|life) anymore|take it anymore|keep doing "
        r"this|handle life|handle being alive|do life(?=$| anymore)|live life anymore)\b(?! (?:with (?:the|"
        r"this) (?:exercise|check)))"
        r"|\b(?:do not|does not|did not) (?:think|know if|know whether|believe|feel like) i (?:can|could|will "
        r"be able to|am able to|am going to|will) (?:(?:go on|keep going|keep living|hold on|carry on|keep "
        r"fighting)\b(?! (?:with|to|at|for) )|(?:do this|take (?:it|this|the pain|much more)|survive|make it|last|be "
        r"(?:around|here|alive))"
        r" (?:much longer|any longer|anymore|another day|through the night|through tonight))",
        negatable=False)
    add(s,
        r"\b(?:no|not|nothing|lost|without|zero|never|any|none)\b(?: \w+){0,4}? (?:reason|point|purpose|will|"
        r"desire|motivation|meaning) (?:for me )?(?:to|in|of|for) (?:live|living|be alive|being alive|stay alive|"
        r"staying "
        r"alive|go on|going on|life|keep going|keep living|wake up|waking up|any of it|anything|exist|"
        r"existing|carry on|carrying on)\b(?! (?:in|at|near|with|on|by) (?!this (?:world|life|earth))(?:this|that|the|"
        r"a|my|his|her)\b)|"
        r"\blife (?:is not|is no longer|is not even|isnt) "
        r"worth (?:living|it)\b|\bnot worth living\b|\b(?<!chapter of my )(?<!part of my )(?<!phase of my )"
        r"(?<!era of my )(?<!season of my )life is (?:pointless|meaningless|over)\b"
        r"|\bwhat is (?:even )?the point (?:of|in) (?:anything|it all|even trying to live)\b"
        # round 51: "staying alive" too; "living in this city", "waking up early" stay quiet
        r"|\bwhat is (?:even )?the (?:point|use|sense) (?:of|in) (?:me )?(?:living|life|being alive|staying alive|"
        r"going on|waking up|still being here|being here anymore)\b(?! (?:early|at|in|with|on|for|here|there|off|"
        r"paycheck|together|healthy|frugally|cheap|a|an|the|my|your|this|that|tomorrow|insurance|coverage|plans?)\b)",
        negatable=False)
    add(s,
        r"\b(?:nobody|no one|no body|not one person|none of them|(?:does|would|will|do) (?:anyone|anybody|they|"
        r"people|you)(?: even| really| actually)?) (?:would|will|is going to|going to|would "
        r"even|will even|would really|would ever|is gonna)? ?(?:miss me|care if i (?:just |even )?(?:die|died|"
        r"was gone|were"
        r" gone|am gone|lived|live|overdosed|overdose|killed myself|was dead|disappeared|disappear|did not wake up)"
        r"|notice (?:if|when|once|after) i (?:just |even )?(?:die|died|was gone|were gone|am gone|disappeared|"
        r"disappear|vanished|vanish|was not here|were not here|was not around|stopped existing|was dead|"
        r"did not wake up|never woke up|left for good))\b(?! (?:on|for(?! good\b| ever\b)|to|from|at|this|next|"
        r"tomorrow|today)\b)",
        negatable=False)
    add(s,
        r"\b(?:wish|hope|pray) (?:that )?i (?:would not|will not|do not|did not|never|would never|could "
        r"just not|could not|just do not) (?:ever )?wake up\b|\b(?:wish|hope|pray) (?:that )?i (?:would|"
        r"could|will|just|can) (?:just )?(?:die|disappear forever|sleep forever|stop existing|not wake up|"
        r"never wake up|stop breathing|be dead)\b", negatable=False)
    add(s,
        r"\b(?:go to sleep|fall asleep|sleep) and (?:never|not) (?:have to |ever )?wake up\b(?! (?:at|until|till|"
        r"before|in the middle|during|every|so early|early|for (?:a|the|work)))"
        r"|\bstop existing\b|\b(?:want|wanting|wanted|wish|need) to (?:just )?disappear\b"
        r"(?! (?:for (?:a|the) (?:day|weekend|week|bit|while|few)|from|into|to|under|in|with|somewhere|and (?:watch|"
        r"read|sleep|binge|relax|chill|play)))")
    add(s,
        r"\b(?:overdose|overdosing|od) on purpose\b|\b(?:should|could|want to|going to|thinking about|"
        r"think about|thought about|thinking of|plan to|planning to|planning on|tempted to|"
        r"trying to|tried to|ready to|wish i could|about to) (?:just |deliberately |intentionally )?"
        r"(?:overdose|(?:take|taking|swallow|swallowing|down|downing|pop|popping|wash down|washing down) " + _MANY
        + r" (?:of )?(?:my |the |those |these |his |her )?(?:pills?|"
        r"benzo|opioid|meds|medication|medicine|tablets?)|swallow (?:all|the whole bottle|a bottle|every))\b"
        r"(?! (?:by accident|accidentally))")
    add(s,
        r"\b(?:what if i|maybe i should|i should|i could|i might) (?:just )?(?:took|take|swallowed|swallow|downed|"
        r"down) " + _MANY + r" (?:of )?(?:my |the |those |these )?(?:pills?|benzo|opioid|meds|medication|"
        r"medicine|tablets?)\b|\b(?:took|take|swallow|swallowed) " + _MANY + r" (?:of )?(?:my |the )?(?:pills?|"
        r"benzo|opioid|meds|tablets?) and (?:never|not|did not|do not) (?:wake|woke) up\b"
        r"|\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed|collecting|collected) (?:up "
        r")?(?:my |the |all my |all the |some |enough )?(?:pills|meds|benzo|opioid|tablets|medication)\b(?! (?:for "
        r"(?:the trip|travel|my trip|vacation|later this week)|in (?:the|a) (?:box|organizer)))"
        r"|\b(?:pills|meds|benzo|opioid|tablets|medication) (?:\w+ ){0,2}?(?:saved up|stockpiled|stashed|hoarded|"
        r"ready) (?:to do it|to end it|for the end|for when i am ready|to end things)\b")
    add(s,
        r"\b(?:jumped|threw myself) in front of (?:a|the|an oncoming|the next) (?:train|bus|truck|subway|car|lorry)\b"
        r"(?! (?:to (?:save|get|grab|push|stop|take)|for (?:a|the) (?:photo|picture|selfie)))"
        r"|\b(?:jump|jumping|throw myself|throwing myself) (?:off|in front of|from) (?:a|the|my) (?:bridge|"
        r"building|train|roof|rooftop|car|truck|cliff|balcony|overpass|bus|parking garage|parking structure|"
        r"garage|tower|ledge|top floor|window|skyscraper|dam|highway|freeway)\b|\b(?:gun|pistol|knife) to my "
        r"(?:head|throat|wrist)\b|\b(?:slit|slitting|cut|cutting|slice|slicing) my (?:wrists|wrist|throat)\b"
        r"|\bnoose\b|\b(?:bought|buy|buying|got|get|getting|tied|tie|tying|have) (?:a |the |some )?rope\b(?! "
        r"(?:for|to (?:tie|climb|secure|hold)|ladder|swing|bridge|course|toy))"
        # round 80: its use named a few words on ("... at the hardware store to tie the kayak down"); "not for
        # camping" keeps it
        r"(?!(?: \w+){1,6}? (?<!not )(?<!is not )(?:for (?:the |my |a |our )?(?:kayak|boat|canoe|tent|tarp|camping|"
        r"climbing|dog|hammock|swing|garden|yard|truck|trailer|gym|class|school|project|moving|move)|to (?:tie|climb|"
        r"secure|hold|strap|hang (?:the |a |my )?(?:hammock|swing|clothes|laundry|lights|plants?|tarp)))\b)"
        r"|\b(?:drive|driving|steer|steering|swerve|swerving|crash|crashing) (?:my car |the car |my truck |it )?"
        r"(?:off|into) (?:a |the )?(?:bridge|cliff|wall|tree|river|lake|pole|oncoming traffic|semi|"
        r"truck|train)\b(?! (?:exit|ramp|on ramp|off ramp|toll)\b)")  # round 300: the bridge exit is a road
    add(s,
        r"\b(?:thoughts of|thinking about|thinking of|think about|thought about|thoughts about|picturing|picture|"
        r"considering|considered|obsessed with|"
        r"imagining|imagine|visuali[sz]ing|visuali[sz]e|obsessing over|obsessing about|fantasi[sz]e "
        r"about|fantasi[sz]ing about|dream about|dreaming about|planning) (?:just |maybe |simply |seriously )?"
        r"(?:my own )?(?:dying|death|being dead|not wanting to (?:live|be alive|be here|exist|wake up|go on)|"
        r"wanting to (?:die|end it|disappear)|"
        r"not being here|not being alive|not existing|not being around|not waking up|never waking up|disappearing "
        r"(?:forever|for good)|going away (?:forever|for good)|being gone|ending (?:it|things|my life|"
        r"everything)(?! (?:with|between|off)\b)|my"
        r" death|"
        r"my funeral|my own funeral|my own death|killing myself|hurting myself|self harm|suicide|taking my life|"
        r"taking my own life|leaving this world(?! of)|(?:taking|swallowing) all (?:of )?my (?:pills|meds|benzo|"
        r"opioid)|"
        r"overdosing" + _OD_IDIOM + r")\b")
    add(s,
        r"\b(?:tired|sick|done) (?:of|with) (?:living|being alive|life|this life|my life|this world|this "
        r"existence|existing|it all|everything|being here|surviving|breathing)\b"
        r"(?! (?:in|at|here|with|like|on|in this|as an?)\b)"
        # round 80: "tired of everything tasting bland": one thing about everything
        r"(?!(?<=everything) (?:\w+ing|about|to do with)\b)"
        r"|\b(?:give|giving|gave|given) up on (?:life|living|myself|everything)\b"
        r"|\b(?:hate|hating) (?:being alive|living|existing|my existence)\b|\bdone living\b"
        r"|\bhad enough of (?:living|being alive|life|this life|my life|this world|existing|this existence)"
        r"(?=$| (?:anymore|any longer|i|and|so|honestly|it|nothing|already|now)\b)"
        r"|\b(?:do not know|not sure|no idea) why i am (?:even |still )+(?:here|alive|around|breathing|living)\b"
        r"(?! (?:at|in|with|on|working|for))"
        r"|\bwhy (?:am i|i am|do i|should i|would i) (?:even |still |really |just |)+(?:alive|exist|bother "
        r"living|keep living|stay alive|go on living)\b"
        r"|\bwhy (?:should|would) i (?:keep living|live|stay alive|go on)\b"
        r"|\bnot (?:sure|certain) (?:if |that |whether )?i (?:want to|can) (?:live|stay alive|go on|keep "
        r"going|keep living|be alive)\b|\b(?:everyone|everybody|my family|my kids|my kid|my wife|my husband|"
        r"the world|they|people|everything|things|life|my \w+) (?:(?:would|will|is going to|are going to|would all"
        r")(?: honestly| really| probably| actually| definitely| just| all)? )?be (?:so |a lot |much |way |just )?"
        r"(?:better|happier|fine|okay|ok|easier|relieved|lighter|freer)"
        # round 41: a few words may come between ("better off with their dad, without me around")
        r"(?: off)?(?: (?!if\b|without\b)\w+){0,4}? (?:without me(?! (?:(?!being\b|existing\b|living\b|breathing\b)"
        r"\w+ing|at|for|on|during|while|tomorrow|today|tonight|next|this|in the (?:office|meeting|game|kitchen|"
        r"team))\b)|if i (?:just |simply )?(?:(?:was|were|am|was just|were just) (?:gone|dead|"
        r"not (?:here|around|alive|in the picture))|died|disappeared|was never born|were never born|stopped existing|"
        r"did not exist|killed myself|ended it all|never woke up|did not wake up)(?! (?:for|from|on|at|to|by|tomorrow|"
        r"next|this)\b))\b"
        # round 40: "if i was gone the pain would finally stop": being gone as the end of the pain
        r"|\bif i (?:was|were|am) (?:just )?(?:gone|dead|not here|not around|not alive)(?! (?:for|to|from|on|at|by|"
        r"tired|set|serious|wrong|right|last|long|too|all day|already)\b)(?: \w+){0,3}? (?:would|will|could) "
        r"(?:\w+ )?(?:stop|end|be over|go away|finally end|finally stop)\b")

    add(s,
        r"\bhow (?:many|much) (?:\w+ ){1,2}?(?:would it take|does it take|it takes|do you need|would i need|would you "
        r"need) to (?:die|kill (?:me|myself|you|someone|a person|somebody)|not wake up|overdose|stop (?:my|your|a) "
        r"heart|be fatal)\b|"
        r"\b(?:googl\w*|search\w*|look\w* up|research\w*|read\w* about|asking about) (?:\w+ ){0,3}?how (?:many|much) "
        r"(?:\w+ ){0,2}?(?:pills|benzo|opioid|tablets|meds|it takes|would it take|it would take)\b"
        r"|\bhow long (?:\w+ ){0,4}?(?:to )?(?:bleed out|bleed to death|suffocate|die from (?:an? )?(?:overdose|"
        r"hanging|blood loss|carbon monoxide|pills)|die of (?:an? )?(?:overdose|blood loss))\b"
        r"|\bhow (?:many|much) (?:\w+ )?(?:pills|benzo|opioid|tablets|meds) (?:\w+ ){0,2}?(?:to die|to kill (?:me|"
        r"myself|you|someone)|to overdose|to not wake up|would kill|it takes to die|is lethal|are lethal|is fatal)"
        r"\b|\b(?:lethal|fatal|deadly) (?:dose|amount|overdose)\b")
    add(s,
        r"\b(?:do not|does not|did not|would not|will not|no one would|nobody would|no one will|nobody will|no one"
        r"|nobody) (?:even |really |honestly )?(?:care|cares|notice|notices|mind) (?:if|whether) i (?:live|lived|"
        r"die|died|wake up|woke up|survive|make it|am alive|am dead|am gone|was gone|disappear|disappeared|"
        r"exist)\b(?! (?:the|this|that|a|my|your|late|early|on time|in time|tired|at|in|with|or|near|here|there)"
        r"\b)"
        r"|\b(?:no|not any|zero|not one) (?:\w+ ){0,2}?(?:reason|point|purpose) (?:for me )?(?:to be here|to be "
        r"alive|to stay alive|to keep going|to go on|to keep living|to exist|in being here|in being alive|in "
        r"staying alive|in me being (?:here|alive|around)|in me staying alive|in me living|in me existing"
        r")\b(?! (?:at (?!all)|in|on|for|early|today|tonight|this))"
        r"|\b(?:can not|do not|can t|could not) see (?:a|any) (?:future|way forward|way out|point in "
        r"(?:living|life|going on))\b(?! (?:with|of|for (?:us|this|the|my|our|him|her|them)\b|in (?:this|that|the|"
        r"my)|at))"
        r"|\b(?:death|dying|being dead|not waking up|not being here) (?:would be|will be|is|sounds like|seems like|"
        r"feels like|sounds|seems|feels|looks|looks like) (?:so |really |pretty |kind of |a |such a |the )?(?:relief|"
        r"release|mercy|blessing|welcome|peaceful|better|easier|answer|only way out|way out|nice|good|appealing|"
        r"tempting|inviting|comforting|like a rest|like peace|like freedom|vacation|break|holiday|escape|gift|rest|"
        r"like a vacation|like a break|like an escape|like a gift)\b(?! (?:for|to) (?!me\b))",
        negatable=False)

    # passive and indirect ideation, goodbyes, putting affairs in order (held-out rounds, 2026-11-23 pm)
    add(s,
        r"\b(?:want|wish|need|hope|just want|just need) (?:for )?(?:it all|everything|all of it|all of this|all this|"
        r"life|my life) to (?:stop|end|be over|just stop|just end)\b(?! (?:for (?:a|the) (?:day|night|minute|"
        r"second|moment|bit|while|weekend)|so i can))"
        r"|\b(?:i am|i feel like|i feel like i am|feel like|i am just|i am such|i have become|(?:he|she) is|(?:he|she) "
        r"feels like (?:he|she) is|(?:he|she) is just|they are|they are just) (?:just |such |"
        r"only |nothing but |always )?(?:a |an )?(?:burden|waste of space|waste of air|waste of oxygen)\b"
        r"(?! (?:on|to) (?:the|my) (?:budget|schedule|team|project))"
        r"|\bthis is (?:my )?(?:final |last )?(?:goodbye|farewell)\b(?! (?:for (?:now|today|tonight|the day|the"
        r" week)|to (?:my|the|this|our) (?:old|house|apartment|job|city|place|car)))"
        r"|\b(?:goodbye|bye) (?:forever|for good|world|cruel world|everyone forever|to everyone forever)\b"
        r"|\bsaying (?:my )?(?:final|last) goodbyes?\b|\bsaying goodbye (?:to everyone|to everybody|to all of "
        r"you|for good|forever|for the last time)\b(?! (?:at|in) (?:work|the office|school|the party|church|the gym)"
        r"|(?: \w+){0,6}? (?:last day|new job|moving|leaving|retire|retiring|party|trip|vacation)\b)"
        r"|\blast time (?:you|anyone|anybody|you all|y all) (?:will|are going to|is going to) (?:hear from|see|"
        r"talk to|hear) me\b|\b(?:you|anyone|nobody|no one) (?:will not|would not|is not going to) (?:ever )?"
        r"(?:hear from|see) me (?:again|ever again|anymore)\b(?! (?:until|till|before|after|for|this|next|when|once|at|"
        r"in|on)\b)"
        r"|\bin case i (?:do not make it|die|am gone|am not here|am not around|do not wake up|do not survive)"
        r"\b(?! (?:to|home|back|in time|on time|there|out))"
        r"|\b(?:will not|do not|am not going to|would not) need (?:it|them|any of it|any of this|my stuff|my "
        r"things|anything) (?:where i am going|after tonight|after today|much longer|for much longer)\b"
        r"|\b(?:gave|giving|given|give|handed|handing)\b(?: \w+){1,12}? (?:i am ready$|i am ready to go$|i will "
        r"not need (?:it|them|any of it|anything)|(?:when|after|once|for when) i am gone|since i will not be "
        r"here|i am not going to need (?:it|them|any of it))\b"
        # round 80: a plain reason makes it a hand-me-down ("since i will not need it now that i drive")
        r"(?! (?:now that|since|because|cause|as i|when i|once i|in (?:the|my) new|after i (?:move|moved|get|got|"
        r"graduate|switch|switched|buy|bought)|anymore (?:since|because|now that))\b)")
    add(s,  # self-harm said by the body part
        r"\b(?:cutting|burning|carving|slicing|scratching up) (?:up |on )?(?:my|her|his|their) (?:arms?|wrists?|"
        r"thighs?|legs?|skin|"
        r"stomach|body)\b(?! (?:on|with (?:the|a) (?:knife|nail|branch)|shaving|by accident|accidentally|"
        r"while|in the kitchen|cooking))"
        r"|\b(?:cut|burned|burnt|carved|sliced) (?:up )?my (?:arms?|wrists?|thighs?|legs?|skin) (?:again|on "
        r"purpose|deliberately|last night|tonight|to feel)\b"
        r"|\b(?:go|going|went|fall|falling|fell|drift|drifting) (?:to sleep|asleep) and (?:just )?(?:never|not)"
        r" (?:wake|waking|woke) up\b(?! (?:at|until|till|before|during|every|in the middle)\b)"
        r"|\bwhat is (?:even )?the (?:point|use) (?:of|in) (?:(?:\w+ ){0,3}anymore|any of (?:it|this) anymore|"
        r"me being alive|me being here|being alive|me living|me staying alive|"
        r"trying anymore|even trying|carrying on|fighting anymore|being here|me being here|me)\b(?! (?:to|at|in)"
        r" (?:the|this|that|work|school|class|my))")

    add(s,  # round 11: instruments, grief as a wish to follow, insurance, "not here" at the end of a thought
        r"\b(?:took|take|got|get|pulled|pull|grabbed|picked up) (?:out )?(?:the|my|a) (?:blade|blades|razor blades?)"
        r"(?! (?:out )?of\b)(?: out)?\b|\b(?:blade|blades|razor blades?) (?:\w+ ){0,3}?(?:again|on myself|to my"
        r" (?:skin|arms?|"
        r"wrists?|legs?|thighs?))\b(?<!shave again)"
        r"|\b(?:sleep|asleep)(?: \w+){0,5}? and (?:just )?(?:never|not) (?:come back|return)\b(?! (?:to|until|till|for|"
        r"before)\b)"
        r"|\b(?:collect|collecting|cash in on|cash in|would get|could get|can have|could have|would have|will "
        r"get) (?:on )?my (?:life insurance|insurance money|life insurance money)\b"
        r"|\bbetter off (?:with|collecting|getting|having) (?:the|my) (?:life )?insurance(?: money| payout)?\b"
        r"|\b(?:and )?(?:not|never) (?:come|coming) back from (?:it|this|that)$"
        r"|\b(?:picturing|imagining|seeing|visuali[sz]ing|picture|imagine) myself (?:hanging|dead|in a casket|in a "
        r"coffin|in a box|jumping|overdosing|dying|being dead|cutting|with a gun|not waking up|in the ground)\b"
        r"(?! (?:for joy|up|in|into|around|with (?:joy|happiness)|of laughter))"
        r"|\b(?:want|wish|need|ready|long|longing|going) to (?:be with|join|go be with|go join) (?:my |him |her |"
        r"them )(?:\w+ ){0,2}?(?:again )?(?:\w+ ){0,3}?(?:in heaven|heaven|passed away|passed|died|is dead|are "
        r"dead|on the other side|up there|in the ground)\b"
        r"|\b(?:do not|does not) want to be (?:here|alive|around)(?:$| (?:anymore|any longer|on this earth|in "
        r"this world|no more))|\bnothing matters (?:anymore|to me anymore|anymore to me)\b", negatable=False)

    add(s,  # round 12: wanting out of life, no way out, self-contempt as a parent
        r"\b(?:hate|hating|sick of|tired of|done with) (?:my |this )?life\b(?: \w+){0,6}? (?:want|wanna|need) "
        r"out\b(?! of (?!this life|life|here|this world))|\bwant out of (?:this life|life|this world|existence|being"
        r" alive|living|everything)\b"
        r"|\b(?:there is |i have |i see |i can see |)no (?:other )?way out (?:for me|anymore|left|of (?:this life|"
        r"life|this pain|the pain)|at all)\b|\bthere is no way out$", negatable=False)

    add(s,  # round 13: letting go, the dark, pills laid out
        r"\b(?:want|wish|need|hope|just want|just need) (?:for )?(?:it all|everything|all of it|all of this|all this|"
        r"life|my life) to (?:go black|go dark|fade to black|fade away|fade out)\b"
        r"|\b(?:ready|want|going|about|time|decided) to (?:just )?(?:let go|give up)(?: for good| on everything| "
        r"on life| on living)?$|\b(?:tired of|sick of|done) fighting(?: anymore| to (?:live|stay alive|survive|"
        r"keep going)| for my life| this battle)?$"
        r"|\b(?:pills|meds|benzo|opioid|tablets|bottle|medication) (?:\w+ ){0,2}?(?:lined up|counted out|laid out|"
        r"in front of me|all ready|ready to go|in my hands?|in my lap|in my palm)\b(?! (?:for (?:the|this|next|"
        r"tomorrow|my) |in (?:the|my) (?:organizer|box|case|pill)))(?!(?: \w+){0,4}? (?:dose|morning|evening|bedtime|"
        r"vitamins|as prescribed|with water|with food)\b)")

    add(s,  # round 14: wishing the drug would do it, fear of oneself tonight
        r"\b(?:wish|hope|pray|want|praying|hoping|wishing)\b(?: \w+){0,4}? (?:would|will|could|to|might) (?:just )?"
        r"(?:stop my heart|kill me|end me|finish me off|put me out of my misery|take me away for good|be the last|"
        r"come for me)\b"
        # "take me out" / "take me" (the cancer, god), never to dinner, on a date, seriously or home
        r"|\b(?:wish|hope|pray|want|praying|hoping|wishing)\b(?: \w+){0,4}? (?:would|will|could|to|might) (?:just )?"
        r"take me(?: out)?\b(?! (?:to|on|for|with|tonight|sometime|again|dancing|drinking|shopping|out|home|back|"
        r"there|seriously|somewhere|along|away|in|up|under|as|more|off|through|at|and)\b)"
        r"|\b(?:hope|wish|pray|hoping|wishing|praying) (?:that )?my heart (?:would |will |"
        r"just )*(?:stops?|gives? out|explodes?|gives? up)\b"
        r"(?! (?:racing|pounding|hurting|beating|aching|breaking|skipping|fluttering))"
        r"|\b(?:scared|afraid|worried|terrified|frightened) (?:of )?what i (?:might|will|could|am going to|would) "
        r"do(?: to myself| tonight|$| if i (?:go|am|get|stay|have|end up)\b)|\b(?:do|doing|"
        r"did) (?:something )?(?:drastic |stupid |bad |permanent )?"
        r"to myself\b|\bdo something (?:drastic|permanent)\b")

    add(s,  # round 15: not being here much longer, the last night, meeting one's maker, wishes for after
        r"\b(?:do not|does not|am not|will not|not) (?:plan(?:ning)? (?:on|to) |expect(?:ing)? to |intend(?:ing)? "
        r"to |think i will |going to )?(?:be|being) (?:here|around|alive) (?:much longer|for much longer|any "
        r"longer|for long)\b"
        r"|\b(?:do not|does not) plan(?:ning)? (?:on|to) (?:be|being) (?:here|around|alive) (?:next (?:week|month|"
        r"year)|tomorrow|this (?:time )?next|after (?:tonight|today|this week))\b"
        r"|\b(?:this|tonight|today|it) (?:will be|is|is going to be) my (?:last|final) (?:night|day)\b(?! (?:shift|"
        r"at|of|in|here|working|on|as|off|before|with|there|for|of work))|\bmy last (?:night|day) (?:alive|on "
        r"(?:this )?earth)\b"
        r"|\b(?:want|ready|going|time|about) to (?:go )?(?:be with|meet|see|join) (?:god|jesus|the lord|my maker|"
        r"my creator)\b(?! (?:at|in|on) (?:church|mass|service))"
        r"|\b(?:tell|give|make sure|take care of|look after|watch over|say goodbye to)\b(?: \w+){1,8}? (?:when|after"
        r"|once) i am (?:gone|dead|not here)\b(?! (?:this|next|on|for|to|tomorrow|today|at|in))"
        r"|\b(?:can not|could not|do not) (?:see|imagine|picture) (?:myself )?(?:living|being alive|being here|alive|"
        r"making it|surviving|still here|still being here|still alive) (?:past|beyond|through|until|much longer|"
        r"another|to see|in (?:a|five|ten) years?|next (?:year|week|month|summer|christmas|birthday)|a year from "
        r"now|by (?:next|the end))\b",
        negatable=False)

    add(s,  # round 17: life easier if i was gone, the only thing keeping me here, not caring if i overdose
        r"\bif i (?:just )?(?:did not wake up|do not wake up|never woke up|died|was gone|were gone|was dead|were dead|"
        r"was not here|were not here|disappeared|was not around|were not around)\b(?: \w+){0,4}? (?:would be|will be"
        r"|would all be) (?:\w+ ){0,2}?(?:fine|okay|ok|alright|a relief|nice|good|better|easier|happier|for the best)\b"
        r"|\b(?:would|will) be (?:so |so much |a lot |way |much )?(?:easier|better|simpler|fine|happier|lighter|a "
        r"relief|such a relief|a blessing|a mercy|for the best) (?:for (?:everyone|everybody|them|my family|my kids|"
        r"all of them|people|him|her) )?if i (?:just )?(?:was not here|were not here|was gone|were "
        r"gone|died|was dead|were dead|did not wake up|disappeared|was not around|were not around|never existed|"
        r"vanished|went away for good|stopped existing)\b"
        r"(?! (?:for|at|on|in|during|when|today|tomorrow|this|next|to))"
        r"|\b(?:only|one) (?:thing|reason|person|ones?) (?:stopping me (?:from (?:doing it|it|ending it|going "
        r"through with it|killing myself|ending things) )?|keeping me (?:alive|here) )(?:is|are)\b"
        r"|\bonly reason i am (?:still )?(?:alive|here|breathing|around)\b"
        r"|\b(?:do not|does not|did not) (?:even |really )?care (?:if|whether) i (?:overdose|overdosed|die|died|live"
        r" or die|do not wake up|wake up or not)\b(?! (?:my|her|his|the) hair)"
        r"|\b(?:thinking of|thinking about|going to|want to|about to|planning to|plan to|ready to|tempted to) "
        r"(?:just )?(?:take|taking|do|doing|swallow|swallowing|down|downing|drink|drinking) (?:the|a|my) (?:whole|"
        r"entire) (?:bottle|pack|box|stash|script|prescription)\b"
        r"|\b(?:said|say|saying|told|tell|telling|texted|text|wrote) (?:\w+ ){0,3}?(?:goodbye|bye|farewell) "
        r"(?:for the last time|forever|for good|one last time)\b"
        r"|\b(?:deserve|deserves|deserved) (?:a )?better (?:\w+ )?than me\b(?: \w+){0,6}? (?:should|might as well|"
        r"better|need to) (?:just )?(?:go|leave|disappear|be gone|die)\b"
        r"|\b(?:scratching|scratch|scratched|picking|picked|hitting|hit|punching|banging|biting|bit) (?:at )?"
        r"(?:my|myself)(?: \w+){0,4}? (?:till|until|so) (?:it|they|i) (?:bleed|bleeds|bled|bruise|bruises|bruised)\b"
        r"|\b(?:wish|hope|pray|want|praying|hoping|wishing)\b(?: \w+){0,4}? (?:would|will|could|to|might) (?:just )?"
        r"(?:hit me|run me over|shoot me|fall on me|crush me)\b(?! (?:up|back))", negatable=False)

    add(s,  # round 19: enough pills, done trying to stay alive, hoping it kills me, not wanting to do life
        r"\b(?:pills|meds|benzo|opioid|tablets|bottle)\b(?: \w+){0,6}? (?:if|whether) (?:it is|they are|that is|i "
        r"have|there are|it will be|they will be|it would be|there is) enough\b(?! (?:for (?:the|a|this|next)|to "
        r"last|until|till))|\benough (?:pills|benzo|opioid|meds|tablets) to (?:die|end it|not wake up|do it|kill "
        r"me|kill myself|never wake up|end things|finish it)\b"
        r"|\b(?:done|tired of|sick of|giving up on|give up on|gave up on|stopped|quit) trying to (?:stay alive|live|"
        r"survive|keep going|keep living|go on|hold on|be alive|stay here)\b(?! (?:with|in|at|on|off|like|by|near|"
        r"without|to|for|until))"
        r"|\b(?:hope|wish|pray|hoping|praying)(?: that)? (?:it|this|this one|the next one|the \w+|they|something|"
        r"someone|the drugs) (?:just )?(?:(?:kills|kill|takes|finishes|ends) me|stops my heart|stop my heart)\b"
        r"(?! (?:out to|to (?:dinner|lunch|the)"
        r"|off|up|home|back|with))"
        r"|\b(?:do not|does not) want to (?:do|live) (?:life|this life)\b"
        r"|\b(?:decided|decide|know|ready|feel like|sure)(?: that)? (?:tonight|today) (?:is|will be) (?:the|my) "
        r"(?:night|day)$", negatable=False)

    add(s,  # round 20: checking out, the exit, nothing left to live for, a favour to everyone
        r"\b(?:time for me|time|ready|want|going|planning|about|decided) to check out$"
        r"|\b(?:everyone|everybody|my family|my kids|people|the world|they|everything) (?:would|will) (?:just )?"
        r"(?:move on|get over it|forget me|be fine|manage|cope|carry on|go on) (?:\w+ ){0,2}?(?:without me|if i "
        r"(?:was|were) gone|if i died|if i disappeared)(?:$| anyway| honestly)"
        r"|\b(?:nothing|nobody|no one|not much|none|no|little) (?:left )?to live for\b"
        r"|\bwish i (?:would|had) never (?:woken|woke|wake|waked) up\b|\bwish i (?:would|had) never been born\b"
        r"|\b(?:planning|plan|planned|thinking about|figuring out|preparing|ready for) my (?:exit|way out|final "
        r"exit|departure)\b(?! (?:from|strategy|interview|at|out|of|for|plan))"
        r"|\b(?:want|wish|need) to (?:just )?not exist\b"
        r"|\b(?:looking at|staring at|holding|counting|look at|stare at|hold|held|looked at|stared at|count|"
        r"counted|driving past|drive past|drove past|walking past|walk past|walked past|standing on|stood on|"
        r"sitting on|sat on|looking down from|looked down from|parked (?:by|on|under|near)|stood at|sleeping with|"
        r"sleep with|slept with|carrying|keeping)\b(?: \w+){0,4}?"
        r" (?:pills|bottle(?! of (?:alcohol|water|soda|juice|milk|ketchup|perfume|shampoo|hydrate))|benzo|opioid|meds|"
        r"rope|gun|knife|blade|overpass|bridge|tracks|train tracks|ledge|roof|rooftop|cliff|edge|balcony|railing)\b"
        r"(?: \w+){0,4}? "
        r"(?:thinking about it|thinking about doing it|wondering if i should|and thinking|tempted|think about "
        r"(?:it|doing it|using it)\b(?! (?:for|later|first|more|tomorrow)))\b"
        r"|\b(?:doing|do|did) (?:everyone|everybody|them|the world|my family|my kids|you all) a (?:favor|favour) "
        r"(?:if|by) (?:i|dying|disappearing|leaving for good|killing myself|ending it)\b", negatable=False)

    add(s,  # round 22: using until the heart stops, rather not wake up than face it, goodbyes said, forgotten
        r"\b(?:use|using|drink|drinking|party|partying|do|doing|smoke|smoking|snort|snorting|keep going|go)\b"
        r"(?: \w+){0,3}? (?:until|till|til) (?:my heart (?:stops|gives out|explodes)|i die|i am dead|i drop dead|i do"
        r" not wake up|it kills me|i stop breathing)\b"
        r"|\b(?:do not|does not) want to be (?:here|alive|around) (?:tomorrow|after tonight|another day)(?:$| or|"
        r" anymore)"
        r"|\b(?:forget|forgets|pretend|pretends) (?:that )?i (?:ever |never )?(?:existed|exist|was here|was born|was"
        r" ever here)\b"
        r"|\b(?:rather|prefer to) (?:just )?(?:die|be dead|not wake up|not be here|not exist|not live|never wake up)"
        r" than (?:face|go on|live|deal with|keep|wake up|go through|spend|feel|be|do this)\b"
        r"|\b(?:gun|knife|blade|pistol|rifle)\b(?: \w+){0,10}? (?:use|using|turn|turning|point|pointing) (?:it|them)"
        r" on myself\b(?! (?:only|to (?:cut|trim|shave)|for (?:my|shaving)))|\b(?:turn|turning|point|pointing|use"
        r"|using) (?:the|a|my) (?:gun|knife|pistol|rifle|blade) on "
        r"myself\b(?! (?:only|to (?:cut|trim|shave)|for (?:my|shaving)))"
        r"|\b(?:said|saying|say) my (?:final |last )?goodbyes(?:$| to everyone| to everybody| already| tonight)"
        r"|\b(?:want|wish|need|ready) to (?:just )?be gone(?:$| forever| for good)|\bno future for me\b",
        negatable=False)

    add(s,  # round 23: checking out for good, exit plan, tonight is the night, not around much longer, letters for
        # the family "in case", pets and things given away, burdens done, affairs in order, free of me
        r"\b(?:check|checking) out (?:\w+ ){0,3}?(?:for good|permanently|forever)\b|\b(?:check|checking) out of "
        r"(?:life|this life|this world|existence)\b"
        r"|\bmy (?:exit|final exit|way out) plan\b(?! (?:from|for|at|out of|with (?:the|my) (?:job|company|boss)))"
        r"|\b(?:tonight is|today is|tonights|todays|tonight s|today s) the (?:night|day)"
        r"(?:$| i (?:\w+ ){0,2}?(?:do it|end it|end things|go through with "
        r"it|let go|say goodbye)\b)"
        r"|\b(?:will not|am not going to|not going to) be (?:around|here|alive) (?:for )?(?:much longer|long|much more"
        r" time|to see (?:christmas|another|next|the new year|my birthday)|after (?:tonight|today|this week)|"
        r"(?:next week|tomorrow|next time) (?:to do|for) (?:these|this|any more|more|the) (?:check ins?|sessions?|"
        r"exercises?))\b(?! (?:at|in|on|with|for (?:the|this|that)|because of (?:work|the)|because i am (?:moving|"
        r"leaving|going|traveling|travelling|flying)|because (?:of )?(?:my |the )?(?:move|trip|vacation|job|flight))\b)"
        r"|\b(?:wrote|writing|written|write|left|leaving|recorded|recording) (?:\w+ ){0,2}?(?:letters?|notes?|videos?|"
        r"messages?) (?:to|for) (?:\w+ ){1,5}?(?:just )?in case\b(?! (?:of (?:rain|emergency|snow)|they|she|he|we))"
        r"|\b(?:gave|giving|give|given|rehomed|rehoming) (?:away )?my (?:\w+ ){0,1}?(?:dog|cat|pets?|puppy|kitten|"
        r"stuff|things|belongings)\b(?: \w+){0,4}? (?:since|because|as|cause) i (?:will not|am not going to|will "
        r"no longer|am not gonna) (?:need|be (?:here|around)|have|be able)\b"
        r"|\b(?:giving|gave|given|give) (?:all )?(?:my|of my) (?:stuff|things|belongings|possessions) away\b"
        r"|\bbetter off (?:in the ground|six feet under|in a grave|in a box|under the ground|buried)\b"
        r"|\b(?:done|tired of|sick of|finished) being (?:a|such a|the) burden\b"
        r"|\b(?:picked|chose|chosen|found|scoped out|picked out) (?:the|a) (?:spot|place|day|date|time|bridge|way) "
        r"(?:where|when|for when|to) i (?:will |am going to |gonna |would |can |could )?(?:do it|end it|end things|go "
        r"through with it)\b"
        # round 41: "i already picked the day", said as the whole of it
        r"|\b(?:already|finally) (?:picked|chosen|chose|decided on|picked out) (?:the|a|my) (?:day|date|night|"
        r"spot|place)$"
        r"|\b(?:last|final) (?:\w+ ){0,3}?(?:thank you|thanks) for everything\b"
        r"|\b(?:want|wish|need|hope) (?:for )?(?:the lights?|my lights|everything|it all|my heart|my brain|the world|"
        r"my mind|my head|the noise) to (?:just )?(?:go out|go dark|go quiet|go silent|go black|go still|be quiet|be "
        r"silent|be dark|be still|turn off|shut off|switch off|stop|end|fade|fade out) (?:permanently|forever|for "
        r"good)\b"
        r"|\b(?:can not|could not|do not) see myself (?:living|being alive|being here|alive|making it|surviving|"
        r"still here) (?:to|until|till) (?:christmas|thanksgiving|the new year|new year|my birthday|next \w+|the "
        r"weekend|summer|spring|winter|the end of|[1-9][0-9]|twenty|thirty|forty|fifty|sixteen|seventeen|eighteen|"
        r"nineteen|adulthood|graduation|my \w+ birthday)\b"
        r"|\b(?:put|putting|getting|got|get) (?:all )?my affairs in order\b"
        # round 80: an operation or a lawyer's advice is a reason people put them in order
        r"(?!(?: \w+){0,4}? (?:before|for) (?:the|my|a|his|her|our) (?:surgery|operation|trip|deployment|procedure|"
        r"move|divorce|wedding|baby|retirement)|(?: \w+){0,6}? (?:lawyer|attorney|accountant|doctor said|estate "
        r"planning|financial planner)\b)"
        r"|\b(?:free|rid) of me (?:soon|forever|for good|at last|finally)\b|\b(?:everyone|everybody|my family|they|you"
        r" all|the world|my kids|people) (?:will|would|is going to|are going to) (?:finally )?be (?:free|rid) of me\b"
        r"|\b(?:rope|gun|noose|blade|pistol) (?:\w+ ){0,4}?(?:waiting for me|ready for (?:me|tonight|when))\b"
        r"|\b(?:going to|want to|ready to|time to|gonna|about to) end my (?:story|journey|existence|time here|days)\b"
        r"(?! (?:with|on|in|by|at|there|here|early|soon|for (?:now|today|tonight)))"
        r"|\b(?:life insurance|insurance money)\b(?: \w+){0,3}? (?:after (?:tonight|today|i am gone|i die|this week)|"
        r"when i am gone|once i am gone)\b", negatable=False)

    add(s,  # round 24: tired of waking up, looking up bridges, one's own funeral planned, the painless way, the
        # medicine cabinet, "if anything happens to me", not another day, self-harm tools, in front of a train,
        # things kept "for when i am ready", an overdose that would not be an accident, someone else's life
        r"\b(?:tired|sick) of (?:waking up|wake up|opening my eyes)\b(?! (?:\w+ ){0,3}?(?:early|at|for|to|before|"
        r"with|because|on|in the|alarm|kids|baby|dog|cat)\b)"
        r"|\b(?:look\w* up|googl\w*|search\w*|research\w*|read\w* up on) (?:\w+ ){0,2}?(?:bridges|tall buildings|"
        r"cliffs|ways to die|how to die|ways to kill myself|how to kill myself|painless ways|how to hang|"
        # round 80: "searched how to kill yourself" (not in a game)
        r"(?:how|ways) to (?:kill|off|hang) (?:yourself|yourselves|themselves|himself|herself|oneself)(?! (?:in "
        r"(?:minecraft|the game|roblox|fortnite|gta|skyrim|sims|zelda)|on (?:minecraft|roblox))\b)|how to (?:end "
        r"(?:your|my|a) life|commit suicide))\b(?! (?:for "
        r"(?:my|a|the|our|school|work|class) |to (?:walk|visit|cross|photograph|draw|paint|run|see)|in (?:paris|"
        r"history)))"
        r"|\b(?:playlist|songs?|music|outfit|clothes|speech|eulogy|flowers|hymns?|readings?|casket|coffin|urn|"
        r"headstone|obituary) (?:\w+ ){0,2}?for my (?:own )?funeral\b|\b(?:planning|planned|plan|arranging|arranged"
        r"|wrote|writing|write) my (?:own )?(?:funeral|obituary|eulogy)\b(?! (?:for (?:a|my|the) (?:class|writing|"
        r"assignment|course)|as (?:an|a) (?:exercise|assignment)))"
        r"|\b(?:least painful|most painless|painless|quickest|quietest|most peaceful|surest|easiest|fastest|"
        r"cleanest) (?:way|ways|method|methods) (?:to|of) (?:die|dying|kill myself|killing myself|end it|ending it|"
        r"end my life|ending my life|commit suicide|off myself|overdose)\b(?! (?:in|on) (?:the |a )?(?:game|"
        r"minecraft|fortnite|video game|level))"
        r"|\b(?:least painful|painless|most peaceful|quietest) (?:way|ways|method|methods) (?:to|of) (?:go|do it|"
        r"going)(?:$| for good| out$| peacefully| in (?:my|your|their) sleep)"
        r"|\b(?:swallow|swallowing|swallowed|down|downing|downed|eat|eating|ate) (?:everything|all|every pill|every "
        r"bottle|whatever|all the pills|all the meds) (?:\w+ ){0,2}?(?:in|from|out of) (?:the|my|our|moms|dads) "
        r"(?:medicine cabinet|med cabinet|pill box|pillbox|pill organizer|pill bottles?)\b"
        r"|\b(?:take|taking) (?:everything|all the pills|all the meds|every pill|whatever is) in (?:the|my|our) "
        r"(?:medicine cabinet|med cabinet)\b(?! (?:to|and|out|off))"
        r"|\b(?:take care of|look after|feed|watch|raise) (?:\w+ ){0,4}?if (?:anything|something) (?:ever )?"
        r"(?:happens|happened|were to happen|should happen) to me\b(?! (?:on|while|during|at|in|when|over|out|"
        r"abroad|overseas))"
        r"|\b(?:can not|could not|do not think i can|not able to) (?:do|take|handle|face|survive|live|go through|keep"
        r" doing|keep living) (?:this |it |life |like this )?(?:another|one more) (?:day|night)\b(?! (?:of (?!this$|"
        r"living|life|being alive|feeling (?:like this|this way)|this pain)|at|in|with|this week|next week|without))"
        r"|\b(?:burn|burned|burnt|burning) myself with (?:a |the |my )?(?:lighter|cigarette|cig|match|matches|"
        r"candle)\b(?! (?:by accident|accidentally|while|when))"
        r"|\b(?:cut|cutting|slice|sliced|slicing) myself with (?:a |the |my )?(?:razor blade|blade|blades|scissors|"
        r"glass|broken glass|compass|box cutter|pencil sharpener)\b(?! (?:by accident|accidentally|while|when|at "
        r"work))"
        r"|\b(?:cut|burned|burnt|harmed) myself (?!(?:\w+ ){0,4}?(?:stove|oven|pan|pot|cooking|kitchen|shaving|"
        r"shave|iron|paper|gym|work|accident|accidentally|garden|yard|tools?|making|baking|grill\w*|toast|coffee|"
        r"tea|soup|water|again and again)\b)(?:\w+ ){1,4}?(?:again|on purpose|deliberately)\b"
        r"|\b(?:want|wanted|wanting|wish|thinking about|thinking of|thought about|think about|going|tempted|urge|"
        r"plan|planning|could|should|might|keep|kept|feel like|felt like|ready|need|about) (?:to )?(?:just |simply |"
        r"maybe )?(?:step|stepping|walk|walking|run|running|lie down|lying down|lay down|jump|jumping|throw myself|"
        r"throwing myself|drive|driving|swerve|swerving) (?:out )?(?:in front of (?:a|the|an|oncoming|a moving|a "
        r"speeding|the next|a passing|the next passing) (?:train|bus|truck|semi|car|subway|lorry)|(?:into|onto|"
        r"on to) (?:the |oncoming |moving )?"
        r"(?:traffic|tracks|train tracks|railroad tracks|highway|freeway)|into the (?:sea|ocean|river|lake|water)"
        r"(?! (?:on|for|with|to|at|and (?:swim|cool|play))\b))\b"
        r"|\b(?:pills|meds|benzo|opioid|tablets|rope|gun|razor|blades?|stash|bottle) (?:\w+ ){0,3}?(?:for|until) "
        r"when i am (?:finally )?(?:ready|done)\b(?! (?:to (?:quit|stop|taper|go|leave|travel|eat|sleep|start)|for|"
        r"with))"
        r"|\bif i (?:overdose|overdosed|die|died|crash|crashed|do not wake up|never wake up|drown|fall|jump|wreck|"
        r"go)\b(?: \w+){0,4}? (?:would not|will not|is not going to|would never) (?:be |have been )?(?:an? )?"
        r"(?:accident|accidental)\b"
        r"|\b(?:wants|want|going|trying|tried|planning|plans|threatening|threatened|talking about|thinking about|"
        r"talks about|talked about|said (?:he|she|they) would|says (?:he|she|they) will) (?:to )?(?:end|ending|take|"
        r"taking) (?:his|her|their) (?:own )?(?:life|lives)\b(?! (?:savings|story|stories|insurance))",
        negatable=False)

    add(s,  # round 25: six feet under, not part of this world, sleep and stay asleep, sitting with the gun, nothing
        # keeping me here, "i will do it myself", a plan and the means, jumping tonight, self-harm with a gap
        # ("sliced my arm open on purpose"), hitting myself, dead anyway, the family forgetting me
        r"\bbetter off (?:with me|me being) (?:gone|dead|six feet under|in the ground|out of the (?:picture|way)|not "
        r"(?:here|around))\b|\b(?:me|i should be|i want to be|i would be better off|i would rather be|i belong) six "
        r"feet under\b"
        r"|\b(?:do not|does not|no longer) want to be (?:a )?(?:part of|in|on) (?:this|the) (?:world|earth|planet)"
        r"(?:$| anymore| any longer)"
        r"|\b(?:want|wish|need|like|wanna) to (?:just )?(?:go to sleep|fall asleep|sleep|close my eyes|lie down|lay "
        r"down) and (?:just )?"
        r"(?:stay asleep|stay that way|stay there|stay down|(?:never|not) open them(?: again| ever again)?|never wake|"
        r"not wake)\b(?! (?:all|"
        r"through|the whole|for|until|till|at|past)\b)"
        r"|\b(?:gun|pistol|revolver|rifle|shotgun)\b(?: \w+){0,5}? (?:sat|sitting|sit|stayed|lay|lying) (?:there )?"
        r"with it\b|\b(?:gun|pistol|revolver|shotgun|barrel) (?:\w+ ){0,2}?in my mouth\b"
        r"|\bnothing (?:left )?(?:keeping|holding|tying) me (?:alive|going|to this (?:world|earth|life)|here$|here "
        r"anymore$)"
        r"|\b(?:does not|do not|will not|did not|can not|is not going to) (?:\w+ )?(?:kill|finish|end) me\b(?: \w+)"
        r"{0,4}? i (?:will|am going to|could|might|would) (?:just )?(?:do it|finish (?:it|the job)|end it) myself\b"
        r"|\b(?:a|the|my) (?:plan|way|method)\b(?: \w+){0,3}? (?:and )?(?:i have |i got |have |got )?the means"
        r"(?:$| to (?:do it|end it|go through with it|die|end things))"
        r"|\b(?:a |the )?plan (?:for )?(?:how|when|where) (?:i would|i will|i am going to|to) (?:do it|end it|die|"
        r"end things|go through with it)\b"
        r"|\b(?:going to|about to|want to|ready to|planning to|i will|i might) (?:just )?jump(?: (?:tonight|today|"
        r"right now|now|tomorrow|for real|this time))?$"
        r"|\b(?:cut|sliced|slashed|burned|burnt|carved|scratched|hit|punched|bashed|banged|stabbed|cutting|slicing"
        r"|burning|carving|hitting|banging|bashing|slamming|slammed|punching) (?:up |open )?my (?:arms?|wrists?|"
        r"thighs?|legs?|skin|stomach|hands?|head|face|chest)"
        r"(?: \w+){0,3}? (?:on purpose|deliberately|to feel something|to feel anything|to punish myself)\b"
        r"|\b(?:hitting|punching|slapping|beating|hit|punched|slapped|bashing|bashed) myself\b(?! (?:up|over|by "
        r"accident|accidentally|with (?:the|a|my) (?!belt|fist))\b)"
        r"|\bi (?:will|am going to|would|will probably) be (?:dead|gone) (?:soon )?anyway\b"
        r"|\b(?:kids|family|wife|husband|everyone|everybody|they|people|friends|son|daughter|parents) (?:would|will) "
        r"(?:\w+ ){0,2}?forget (?:about )?me\b(?: \w+){0,5}? (?:fine|okay|ok|better|anyway|whatever)\b",
        negatable=False)

    add(s,  # round 26: just need the guts, removing myself, nobody's problem, hoping for a crash, voices telling me,
        # how peaceful it would be, eyeing the gun cabinet
        r"\b(?:just |only )?(?:need|needs|waiting for|working up|work up|getting up|get up|have not got|do not have|"
        r"lack|lacking|missing) (?:\w+ ){0,2}?(?:the )?(?:guts|nerve|courage|balls)(?: to (?:do it|go through with "
        r"it|end it|pull the trigger|jump|kill myself|end things)\b|$)"
        r"|\b(?:remove|removing|removed|erase|erasing|delete|deleting|take|taking) myself (?:from (?:the|this) "
        r"(?:picture|equation|world|earth|planet|life)|out of the (?:picture|equation|world)|permanently|for good)\b"
        r"(?! (?:for (?:the|this|a) (?:promotion|job|role|position|race|game)|at work))|\b(?:removing|erasing|"
        r"deleting|getting rid of) myself (?:\w+ ){0,2}?(?:fix|fixes|would fix|solves|would solve|helps|would help|"
        r"is the answer|is the only)\b"
        r"|\b(?:will not|am not going to|will no longer|not going to|will not be) be (?:anyones|anybodys|anyone s|"
        r"your|their|everyones|everyone s|everybodys|a) (?:problem|burden|worry) (?:anymore|much longer|for much "
        r"longer|soon|after (?:tonight|today)|any longer)\b(?! (?:\w+ ){0,3}?(?:moving|move|moved|leaving|graduating|"
        r"college|lease|new place|apartment|out)\b)"
        r"|\b(?:hope|hoping|wish|wishing|pray|praying)(?: that)? i (?:just )?(?:get|got|would get|will get|could get|"
        r"end up|get killed|die|get hit) (?:in|into|by|hit by) (?:a |an )?(?:car crash|crash|accident|car accident|"
        r"wreck|plane crash|bus|car|truck|train)\b|\b(?:hope|hoping|wish|wishing|pray|praying)(?: that)? (?:the|this|"
        r"my) (?:plane|car|flight|bus|train) (?:crashes|would crash|will crash|goes down)\b"
        r"|\b(?:telling|tell|tells|told|keep telling|keeps telling|say|says|saying|want|wants|wanting|ordering|"
        r"order|orders|commanding|pushing) me to (?:go )?(?:just )?(?:hurt|kill|cut|harm|burn|end|off|hang|shoot|"
        r"drown|punish) (?:myself|me)\b(?! (?:some slack|a break))|\b(?:voice|voices)\b(?: \w+){0,3}? (?:telling|tell|"
        r"tells|told|say|says|saying|want|wants) me to (?:die|end it|jump(?! (?:rope|higher|in|into|on|over|up|"
        r"around|ship|start)\b)|do it|kill)\b"
        r"|\b(?:how|so|more|would be|it would be|it be) (?:\w+ ){0,2}?(?:peaceful|nice|easy|easier|good|quiet|"
        r"restful|calm|relieving|simple|simpler|better) (?:\w+ ){0,3}?(?:to|if i|if i just) (?:just )?(?:not be here|"
        r"not be around|die|be dead|not wake up|never wake up|disappear|vanish|was gone|were gone|was dead|stop "
        r"existing|not exist|sleep forever|be gone|died|disappeared|not be alive|end it)\b(?! (?:for|at|on|during|"
        r"when|this|next|in|from|into|to|tomorrow|today|with)\b)"
        r"|\b(?:eyeing|eyed|keep looking at|keep staring at|can not stop looking at|can not stop staring at|keep "
        r"thinking about) (?:my |the |his |dads |moms |my dads |my moms |dad s |my dad s )(?:\w+ )?(?:gun|guns|gun "
        r"cabinet|gun safe|pistol|rifle|shotgun|rope|razor|blades?|pill bottles?|pills|bridge|overpass)\b(?! (?:for "
        r"sale|at the (?:store|shop)|online|to buy))"
        r"|\b(?:wish|hope|pray|want|praying|hoping|wishing|begging|begged|ready for)\b(?: \w+){0,2}? (?:god|jesus|the "
        r"lord|lord|the angels) (?:would |will |could |to |just |please )*(?:take|takes|come for|comes for|call|calls)"
        r" me\b(?! (?:to (?:church|the|a)|for|back|through|under))", negatable=False)

    add(s,  # round 27: better without me at the end of a thought, the bridge as the only way out, being put down,
        # making it look like an accident, who finds my body, goodbyes they do not understand, why can i not just
        # not exist, counting down until i am gone, the will written and ready, "i am ending it", thanks for trying,
        # my funeral
        r"\b(?:would|will) (?:\w+ ){0,2}?be (?:\w+ ){0,2}?(?:better|happier|easier|fine)(?: off)? without me(?:$| "
        r"(?:around|here|in (?:it|the picture|their lives)|alive|anyway|honestly))"
        r"|\b(?:only|best|easiest|one) (?:way out|option|solution|answer|escape)(?: now| left| i see| i have)? (?:is|"
        r"would be|left is|seems like|looks like) (?:to |just )?(?:the |a |my )?(?:bridge|rope|pills|gun|train|"
        r"overdose|jumping|river|roof|tracks|bottle|razor|knife|noose|overpass)\b(?! (?:or|because|since|tunnel|road|"
        r"exit|route))"
        r"|\b(?:want|wish|need|ready|deserve|should|begging|beg)\b(?: \w+){0,2}? (?:to )?be put (?:down|to sleep|out "
        r"of my misery)\b(?! (?:as|for|on|in|under|during)\b)|\b(?:somebody|someone|they|you|god) (?:should|could|"
        r"would|to|will) (?:just )?put me (?:down|out of my misery)\b(?! (?:as|for|on)\b)"
        r"|\b(?:thinking|thought|think|ways|how|plan|planning|want|going|could|should) (?!(?:\w+ ){0,4}?(?:him|her|"
        r"them|you|boss|husband|wife|ex|neighbor|neighbour)\b)(?:\w+ ){0,4}?make it (?:look|seem) like (?:an |a )?"
        r"(?:accident|natural causes)\b(?! (?:lol|haha|lmao))"
        r"|\b(?:would|will|is going to|going to|be the one to|who|to) (?:find|discover|see) (?:my (?:body|corpse)|me "
        r"dead|me (?:hanging|cold|lifeless))\b(?! (?:again|after|through|in (?:yoga|the mirror)|back|image|"
        r"confidence|rhythm))"
        r"|\b(?:told|said|say|saying|tell|kissed|hugged)\b(?: \w+){0,3}? (?:goodbye|bye)\b(?: \w+){0,5}? (?:she|he|"
        r"they|nobody|no one) (?:does not|do not|did not|will not) (?:know|understand|realize)\b"
        r"|\bwhy (?:can not|could not) i (?:just )?(?:not exist|die|stop existing|disappear|be dead|not wake up|not "
        r"be here|go to sleep forever|end it)\b"
        r"|\b(?:counting down|count down|counting the days|counting days)\b(?: \w+){0,3}? (?:until|till|til|"
        r"to) (?:i am|"
        r"i will be|i|i can be|my) "
        r"(?:gone|dead|die|death|last day|not here|end it|end it all|end things|kill myself|do it)\b(?! (?:on|for|to|"
        r"from|at|in|of work)\b)"
        r"|\b(?:written|wrote|write|writing|finished|did|done|made|updated) (?:\w+ )?(?:my|a) (?:will|note|letter|"
        r"goodbye)\b(?: \w+){0,4}? (?:i am ready|ready to go|i am done|it is time|i am at peace)(?:$| now| finally)"
        r"|\bi am (?:just )?(?:ending it|ending it all|ending things|ending my life)(?:$| (?:tonight|today|for good|"
        r"for real|this time|soon|then))|\b(?:i will|i am going to|i would|i will just) end it(?:$| all| (?:tonight|"
        r"today|for good|for real|this time|soon|then))"
        r"|\b(?:bye|goodbye|farewell)\b(?: \w+){0,3}? (?:thanks|thank you) for (?:trying|putting up with me|"
        r"tolerating me|loving me|caring|always being there)\b"
        r"|\b(?:come|came|show up|showed up|cry|attend|go) (?:to|at) my (?:own )?funeral\b", negatable=False)
    add("treatment",  # round 300: booking a counselor through the coach ("help me book a session with a counselor")
        r"\b(?:book|schedule|set up|make|get) (?:me )?(?:a|an) (?:session|appointment|appt|intake) with (?:a|an|my) "
        r"(?:addiction |substance abuse |drug |recovery |new )?(?:counselor|counsellor)\b")
    add("treatment",  # round 27: going inpatient
        r"\b(?:need|needs|want|wants|have|has|should|ready|going|planning|decided) to go (?:inpatient|outpatient|"
        r"residential|to detox|into detox|to rehab|into rehab|back to rehab|back into rehab)\b"
        # round 80: "my counselor said i should go inpatient ... i want to go"
        r"|\b(?:i|me) (?:should|must|ought to|could|might need to|have got to|got to) (?:go|be) (?:inpatient|"
        r"residential|to detox|into detox|to rehab|into rehab|back to rehab|in rehab|in detox)\b(?! (?:but|and) i "
        r"(?:will not|do not want|refuse|am not going))")

    add(s,  # round 28: warning-sign sayings: not having to worry about me much longer, sorry when i am gone, going
        # away and not coming back, no use anymore, just wanting out, one way to make it stop, sad for a week then
        # moving on, no longer afraid to die, the easy way out, instructions for when i am gone, "make sure she
        # knows i loved her", nothing and no one left
        r"\b(?:you|they|he|she|everyone|everybody|nobody|no one|anyone|my family|mom|dad|people) (?:will not|won t|"
        r"will never|are not going to|is not going to|would not|will no longer) (?:have to |need to )?(?:worry about|"
        r"deal with|put up with|take care of|bother with|see|hear from) me (?:much longer|anymore|any longer|for much "
        r"longer|soon|after (?:tonight|today)|ever again|again)\b(?! (?:\w+ ){0,5}?(?:moving|move|leaving|college|"
        r"deployment|trip|home|job|lease|after|because|since|until|till|when|once|apartment|place|found|got)\b)"
        r"|\b(?:be sorry|miss me|regret (?:it|this|that)|realize|see|understand|know) (?:\w+ ){0,6}?(?:when|once|"
        r"after) i am (?:gone|dead|not here|not around|in the ground)\b(?! (?:on|for|to|from|at|in|this|next)\b)"
        r"|\b(?:going away|leaving|going)(?! (?:\w+ ){0,3}?(?:job|company|town|city|state|country|school|college|"
        r"church|gym|store|place|restaurant|house|home|office|work|party|bar|team|group|club)\b)(?: \w+){0,4}? (?:will "
        r"not|am not|won t|never) (?:be )?(?:coming|come) back\b(?! (?:to|until|till|for|before|here|there|this|"
        r"next|after)\b)"
        r"|^(?:(?:honestly|i think|and|but|just) )?it is (?:all )?no use (?:anymore|any longer)(?:$| nothing| i| it)"
        r"|^(?:i )?(?:just )?(?:want|need|wanna) out$"
        r"|\bonly (?:one )?way to make (?:this|it|the pain|everything|all of this|it all) (?:stop|end|go away)\b(?! "
        r"(?:is (?:to )?(?:call|talk|tell|get|ask|go|see)|and|for (?:now|today)))"
        r"|\b(?:people|everyone|everybody|they|my family|my friends|you|my kids|my kid|my wife|my husband|my parents|"
        r"my mom|my dad) (?:would|will) (?:\w+ ){0,2}?(?:be sad|cry|"
        r"miss me|grieve|mourn)\b(?: \w+){0,4}? (?:then|and then|but then|before they) (?:move on|forget|get over it|"
        r"forget me|go on|be relieved|feel relieved|be fine|be okay|be better off|be happier)\b"
        r"|\b(?:not|no longer|never) (?:afraid|scared|frightened) (?:to die|of dying|of death|of being dead) "
        r"(?:anymore|now)\b|\bno longer (?:afraid|scared) (?:to die|of dying|of death)\b"
        r"|\b(?:easy way out|quick way out|way out)\b(?: \w+){0,3}? (?:looks|is looking|looking|sounds|seems|feels) "
        r"(?:better|good|tempting|more tempting|appealing|easier|nicer|attractive)\b|\b(?:thinking about|thought about"
        r"|think about|consider|considering|tempted|want|wanna|going|ready|should|could|might) (?:to )?(?:just )?"
        r"(?:take|taking) the (?:easy|coward s|cowards|quick|permanent) way out\b(?! (?:on|with|and|by|for)\b)"
        r"|\b(?:when|after|once|if) i am (?:gone|dead|not here|not around)\b(?! (?:on|for|to|from|at|in|this|next|"
        r"tomorrow)\b)(?: \w+){0,2}? (?:give|tell|take care|make sure|look after|feed|sell|donate|please)\b"
        r"|\b(?:make sure|tell|let) (?:\w+ ){0,2}?(?:knows?|know) (?:that )?i (?:loved|always loved|really loved) "
        r"(?:her|him|them|you|everyone)\b"
        r"|\b(?:nothing|no one|nobody) left\b(?: \w+){0,3}? (?:nothing|no one|nobody) left\b", negatable=False)
    add("emergency",  # round 28: someone not moving; in and out of consciousness
        r"\b(?:he|she|they|my \w+|\w+friend|buddy|baby|roommate) (?:is|are|was|s) not (?:moving|responsive)(?=$| "
        r"(?:at all|and|or|anymore|now|help|please|what))|\bin and out of (?:consciousness|conscious)\b",
        negatable=False)

    add(s,  # round 29: intent said as a plain future ("i will end things", "tonight i am going to die"); predictions
        # that are fears ("i am going to die", "i might overdose") stay out unless the act is one's own
        r"\b(?:i will|i am going to|i am gonna|i am finally going to|i am really going to|i might just|i will just|"
        r"i am "
        r"just going to|i am gonna go|i will finally|i am finally gonna)(?: just| finally| really)? (?:end my life|end "
        r"it all|end things(?! (?:with|between|off|on a)\b)|end everything|take my (?:own )?life|"
        r"take all (?:of )?my (?:pills|meds|benzo|opioid)|"
        r"swallow all (?:of )?my (?:pills|meds|benzo|opioid)|leave this world|leave this earth|stop living|end (?:my|"
        r"the) pain(?: tonight| today| now)? (?:forever|for good)|end my suffering|join (?:\w+ ){1,2}in heaven|"
        r"be with (?:\w+ ){1,3}in heaven|"
        r"cease to exist|stop existing|disappear forever|disappear for good|go to sleep forever)\b"
        r"|\b(?:tonight|today|this is the night|this is the day) i (?:will|am going to|am gonna|am finally going to) "
        r"(?:finally )?(?:die|be dead|be gone|not be here|not be alive|go to heaven|overdose)\b(?! (?:of|from|laughing|"
        r"on (?:netflix|tv|candy|sugar|pizza)))", negatable=False)

    add(s,  # round 30: a child better off with a different mom, wanting to be with the one who died, "not tonight but",
        # not going back alive, a razor kept just in case, giving away things, knowing how much it would take, the car
        # in the garage, problems gone if i was not breathing, my heart to stop, hoping the cancer comes back, lying
        # down never to get up, the world spinning without me, crashing the car, the tallest building
        r"\b(?:would|will|be) (?:\w+ ){0,2}?better off with (?:a |an )?(?:different|new|better|another|other|real) "
        r"(?:mom|mother|dad|father|parent|parents|husband|wife|partner|son|daughter|family)\b"
        r"|\b(?:passed|passed away|died|lost|killed|gone|funeral)\b(?: \w+){0,6}? (?:want|wish|need|long|ready|"
        r"going) to "
        r"(?:be with|join|go be with|see|go see|follow) (?:her|him|them)(?: again| soon| now)?$"
        r"|\b(?:not going to|will not|would not|am not gonna) (?:do|try) (?:anything|it)\b(?: \w+){0,3}? but (?:i )?"
        r"(?:think about it|thinking about it|want to|keep thinking|the thoughts)\b"
        r"|\bnot (?:going|coming|getting) (?:back |out |home )?(?:\w+ )?alive\b(?! (?:lol|haha|lmao))|\b(?:will not|"
        r"are "
        r"not going to|never|not going to let (?:them|the cops|the police)) take me alive\b"
        r"|\b(?:razor|razor blade|blade|blades|noose)\b(?: \w+){0,5}? (?:just )?in case(?:$| i need (?:it|them)| "
        r"things get| it gets| i decide)"
        r"|\b(?:giving|gave|given|give) away (?:all )?(?:of )?my (?:\w+ ){1,3}?and (?:my|all my) \w+(?:$| (?:lately|"
        r"already|this week|recently|too|to friends|to people))"
        r"|\bknow (?:exactly |just )?how (?:much|many)(?: \w+)? (?:it would take|would do it|it takes|would kill|"
        r"i would "
        r"need)(?:$| to (?:die|kill|end|not wake|do it|overdose))"
        r"|\bin (?:the|my|a) (?:closed )?garage\b(?: \w+){0,6}? (?:car|engine|motor|truck) (?:running|on|idling)\b"
        r"(?! (?:to (?:warm|heat|cool|charge|jump)|with the (?:garage )?doors? (?:open|up)|for a (?:minute|second))\b)"
        r"|\b(?:car|truck) in (?:the|my) garage\b(?: \w+){0,4}? (?:think|thinking|thought) about (?:turning it on|"
        r"starting it|running it|turning on the engine)\b|\bhose (?:\w+ ){0,3}?(?:exhaust|tailpipe)\b"
        r"|\b(?:all )?(?:my |the |our )?(?:problems|troubles|pain|debts?|everything) (?:would|"
        r"will) (?:\w+ )?(?:go away|"
        r"be solved|disappear|end|be over|be fixed|stop) if i (?:was |were |am |just |simply )?(?:not breathing|not "
        r"here|gone|dead|died|disappeared|not around|not alive|did not exist|never existed|killed myself)\b"
        r"|\b(?:want|wish|need|hope|pray)(?: for)? my heart to (?:just )?(?:stop|give out|give up|quit)\b(?! (?:racing|"
        r"pounding|hurting|beating|aching|breaking|skipping|fluttering|being))"
        r"|\b(?:hope|hoping|wish|pray|praying)\b(?: \w+){0,2}? (?:the |my )?(?:cancer|tumor|tumour|disease|illness) "
        r"(?!(?:\w+ ){0,2}?(?:not|never)\b)(?:\w+ ){0,2}?(?:comes back|returns|spreads|gets me|kills me|takes me|"
        r"finishes me|wins)\b"
        r"|\b(?:lie down|lay down|go to bed|get into bed|crawl into bed|get in bed) and (?:just )?(?:never|not) "
        r"(?:get up|wake up|get back up)(?: again| ever again)?\b(?! (?:until|till|before|"
        r"for|early))"
        r"|\b(?:world|life|everyone|everybody|things) (?:would|will) (?:keep|go on|carry on|continue)(?: \w+){0,2}? "
        r"without me\b(?! (?:while|when|for|during|until|at|this|next|today|tonight)\b)"
        r"|\b(?:want|wants|wanting|wish|thinking about|thought about|tempted|urge|going|plan|might|could|should|feel "
        r"like) (?:to )?(?:just )?(?:crash|wreck|total) (?:my|the) (?:car|truck|bike|motorcycle)\b(?! (?:into (?:a|the)"
        r" (?:curb|parking)|in (?:the )?(?:game|gta)|test))"
        r"|\b(?:look\w* up|googl\w*|search\w*|research\w*|found) (?:the )?(?:tallest|highest) (?:buildings?|bridges?|"
        r"parking garages?|structures?|cliffs?|points?)\b(?! (?:in the world|for (?:my|a|the|school|class)|in (?:dubai|"
        r"new york|chicago|america|europe)))", negatable=False)

    add("emergency",  # round 48: a body locking up and jerking
        r"\b(?:body|arms|legs|jaw|muscles) (?:is |was |are |were |keeps |kept |started |just )?(?:locking up|locked up|"
        r"seizing up|going stiff|went stiff)(?: \w+){0,3}? (?:jerking|shaking|twitching|convulsing|seizing|"
        r"thrashing)\b")
    add("emergency",  # round 31: all of a medicine, then no answer; stiff then jerking
        r"\b(?:took|swallowed|downed|popped|ate) (?:all|all of|every one of|the whole bottle of|a bottle of|"
        r"a handful of|"
        r"a bunch of) (?:my|his|her|their|the) \w+(?: pills| tablets| meds)?\b(?: \w+){0,5}? (?:not answering|not "
        r"responding|will not wake|can not wake|unresponsive|out of it|barely breathing|not breathing|will not answer)"
        r"\b"
        r"|\b(?:went|go|goes|going|gone|got|is|was|became) (?:all )?(?:stiff|rigid)\b(?: \w+){0,3}? (?:jerking|shaking|"
        r"twitching|convulsing|seizing|thrashing|flopping)\b|\b(?:jerking|shaking|twitching|convulsing) (?:\w+ ){0,3}?"
        r"(?:went|gone|going) (?:stiff|rigid)\b(?! (?:with|from) (?:laughter|laughing|cold|fear))", negatable=False)
    add("benzo",  # round 80: the doctor lowering the dose; none had for three days
        r"\bbenzo\b(?: \w+){0,8}? (?:doctor|doc|psychiatrist|prescriber|nurse|pcp|provider|they) (?:just |has |have "
        r"|recently )?(?:lowered|reduced|cut|dropped|decreased|halved|is lowering|is reducing|is cutting|is tapering|"
        r"started tapering) (?:the|my|it|me)(?: dose| dosage| down)?\b"
        r"|\bbenzo\b(?: \w+){0,8}? (?:i )?(?:have not|has not|had not|did not) (?:had|taken|gotten|got|been able to "
        r"get) (?:any|one|a single one|it|them) (?:for|in|since) (?:\w+ )?(?:days?|nights?|weeks?|yesterday|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|last)\b", negatable=False)
    add("benzo",  # round 80: the bottle of it lost ("lost my bottle of zanax at the gym")
        r"\b(?:lost|lose|losing|misplaced|can not find) (?:my|the|a|our|her|his) (?:whole |new |entire )?(?:bottle|"
        r"bottles|strip|strips|pack|box|stash|supply|blister pack|baggie|case) of (?:my )?benzo\b")
    add("benzo",  # round 31: a benzo cut from one amount to another (detected, never repeated back)
        r"\b(?:cut|cutting|lowered|lowering|dropped|dropping|reduced|reducing|went|going|brought|bringing) (?:down )?"
        r"(?:my |the )?benzo (?:dose |dosage )?(?:from|down to|to)\b")

    add(s,  # round 32: sorry for everything then goodbye, the world not needing me, not deserving to live, picturing
        # the rope, urges to cut, the edge of the platform, scared of myself, "what if i just did not wake up"
        r"\b(?:sorry|i am sorry) for everything\b(?: (?:and|i|so|just|really|truly))? (?:goodbye|bye|i love you|love "
        r"you all|forgive me)\b(?! (?:for now|see you|until|till|talk (?:to you )?(?:soon|later)))"
        r"|\b(?:goodbye|bye)\b(?: \w+){0,3}? (?:sorry for everything|i am sorry for everything)\b"
        r"|\b(?:world|this world|nobody|no one|anyone|anybody|everyone) (?:does not|do not|would not|"
        r"will not) (?:even |"
        r"really )?need me(?:$| anymore| here| around| at all)|\b(?:nobody|no one) needs me(?:$| anymore| here| "
        r"around| at all)"
        r"|\b(?:do not|does not|did not) deserve to (?:live|be alive|exist|be here|breathe|wake up)\b(?! (?:in|with|at|"
        r"like|here in|on))"
        r"|\b(?:picturing|imagining|visuali[sz]ing|dreaming about|obsessing over|can not stop thinking about|keep "
        r"thinking about|can not stop picturing|keep picturing) (?:the|a|my) (?:rope|noose|gun|pistol|blade|razor)\b"
        r"(?! (?:swing|course|ladder|for (?:the|my|a)|i (?:want|bought|got|saw)))"
        r"|\b(?:urges?|impulses?|temptation|tempted|cravings?) to (?:cut|burn|hurt|harm|self harm)\b(?! (?:back|down|"
        r"costs|corners|ties|my hair|his hair|her hair|the|my|out|class|in line|carbs|sugar|through|off|loose|"
        r"people|someone|him|her|them|others))"
        r"|\b(?:edge|ledge|side|railing) of (?:the|a|my) (?:\w+ )?(?:platform|roof|rooftop|bridge|cliff|building|"
        r"balcony|overpass|tracks)\b(?: \w+){0,5}? (?:lean|leaning|step|stepping|jump|jumping|fall|falling|let go|"
        r"letting go|tip|tipping)\b(?! (?:into|in) the (?:water|lake|river|pool|ocean|sea))"
        r"|\b(?:scared|afraid|frightened|terrified) of myself\b(?! (?:in (?:\w+ )?(?:the|photos|pictures|videos|"
        r"mirror)|on camera|lol|haha|lmao))"
        r"|\bwhat if i (?:just )?(?:did not|do not|never|would not) (?:wake up|woke up|come back|exist)\b(?! (?:on "
        r"time|in time|for|early|until|till|at))|\bwhat if i (?:just )?(?:died|disappeared|was gone|ended it|killed "
        r"myself|was not here|stopped existing)\b(?! (?:for (?:a|the)|from))", negatable=False)
    add("emergency",  # round 32: after pills, now throwing up and confused; a face that looks weird with another sign
        r"\b(?:took|swallowed|popped|ate|downed|did|snorted|smoked|used|injected|shot up) (?:\w+ ){0,3}?(?:pills|benzo|"
        r"opioid|meds|tablets|line|lines|bump|coke|drugs|something|molly|meth|crack|acid|too much|a bunch)\b"
        r"(?: \w+){0,3}? (?:and )?(?:now )?(?:he|she|they|i|my \w+) (?:is|am|are|keeps|started|has been|s) (?:\w+ )?"
        r"(?:throwing up|vomiting|puking|confused|disoriented|shaking|twitching|seizing|convulsing|burning up|"
        r"overheating|hallucinating|foaming|turning blue|gasping)\b"
        r"|\bface (?:looks|is|seems|went|looked) (?:weird|funny|off|wrong|strange|"
        r"different)\b(?: \w+){0,6}? (?:can not "
        r"(?:talk|speak|move|lift|walk)|could not (?:talk|speak|move|lift|walk)|slurring|drooling|arm|on the floor|"
        r"fell|collapsed)\b|\b(?:on the floor|collapsed|fell|slurring|can not talk|can not speak)\b(?: \w+){0,6}? face "
        r"(?:looks|is|seems|went|looked) (?:weird|funny|off|wrong|strange|different)\b", negatable=False)

    add(s,  # round 33: heading to the bridge, taking them all, "just end me"
        r"\b(?:going to|gonna|about to|heading|headed|on my way|driving|walking) (?:go )?to the (?:bridge|overpass|"
        r"tracks|train tracks|railroad tracks|roof|rooftop|cliff|cliffs)(?:$| (?:after this|now|tonight|right now|"
        r"one last time))"
        r"|\b(?:pills|meds|benzo|opioid|tablets|bottle)\b(?: \w+){0,8}? (?:going to|gonna|about to|want to|will|might|"
        r"could|should|ready to|thinking about|planning to|just) (?:just )?(?:take|swallow|down|taking|swallowing) "
        r"(?:them|those|these|it) all\b(?! (?:in the|at|with|every|each|by|before|after))"
        r"|\b(?:just|please|somebody|someone|god) end me(?: already| now| please)?$", negatable=False)

    add(s,  # round 34: fine to the therapist but a plan, the reason everything is bad, stopping feeling forever,
        # forgiveness for what i am about to do, pills hidden until i use them, the thought of dying as a comfort,
        # wanting to cut right now
        r"\b(?:told|tell|said)\b(?: \w+){0,5}? (?:fine|okay|ok|good|alright)\b(?: \w+){0,3}? (?:but|and) i (?:have|got|"
        r"made) a plan(?:$| (?:for it|for tonight|now|already))"
        r"|\bi am the (?:reason|problem|cause)\b(?: \w+){0,5}? (?:and )?i (?:need|have|should|ought|"
        r"must) (?:to )?(?:go|"
        r"leave|disappear|be gone)(?:$| for good| forever| away)"
        r"|\b(?:want|wish|need|wanna) to (?:just )?stop feeling(?: anything| everything| at all)? (?:forever|for good|"
        r"permanently)\b|\bnot (?:have to )?feel anything ever again\b"
        r"|\b(?:forgive me|sorry|i am sorry)\b(?: \w+){0,3}? (?:for )?what i (?:am about to|am going to|will|am gonna|"
        r"have to|need to) do\b"
        r"|\b(?:hid|hiding|hidden|hide|stashed|stash|stashing)\b(?: \w+){0,2}? (?:pills|meds|benzo|opioid|rope|gun|"
        r"razor|blades?|tablets)\b(?: \w+){0,8}? (?:before|until|so) i (?:can )?(?:use|take) them(?: all)?\b"
        r"|\b(?:thought|thoughts|idea|thinking) (?:of|about) (?:dying|death|being dead|killing myself|not being here|"
        r"ending it|suicide|not waking up)\b(?: \w+){0,2}? (?:calms|comforts|relaxes|soothes|helps|makes me feel "
        r"(?:better|calm|good|peaceful)|is (?:comforting|calming|soothing|peaceful|a relief))\b"
        r"|\b(?:want|wanna|need|urge|going|gonna|about|tempted|craving) to (?:cut|burn)(?: myself)?(?: (?:so bad|so "
        r"badly|really bad|right now|tonight|again))+$", negatable=False)

    add(s,  # round 36: notes to the family torn up, why bother staying alive, planning on not being here, sleep and
        # never deal with anything again, driving off the road, the only peace when i am dead, knowing what i will do
        # with the pills, found in the morning
        r"\b(?:writing|wrote|write|written) (?:\w+ ){0,2}?(?:notes?|letters?) (?:to|for) (?:my |all my )?(?:family|"
        r"kids|mom|dad|wife|husband|parents|children|loved ones|friends)(?: again)? (?:and )?(?:then )?(?:tearing|"
        r"tore|ripping|ripped|deleting|deleted|throwing|threw|burning|burned) (?:them|it)\b"
        r"|\bbother (?:staying alive|living|being alive|going on|waking up|existing|trying to (?:live|stay alive)|to "
        r"(?:live|stay alive|wake up))\b(?! (?:in|at|with|near|on|here|there)\b)"
        r"|\b(?:plan|planning|plans|planned|intend|intending|expect|expecting) (?:on|to) (?:not being|not be|no longer "
        r"being|no longer be) (?:here|around|alive)\b(?! (?:for|at|on|during|when|this weekend|next week|tomorrow|"
        r"today|because|in (?:the|this) (?:city|town|state|country|job|house))\b)"
        r"|\b(?:go to sleep|fall asleep|sleep) and (?:just )?never (?:have to )?(?:deal with|face|feel|think about|"
        r"wake up to) (?:anything|any of it|life|the world|everything)(?: ever)? again\b"
        r"|\b(?:thinking about|thought about|think about|want to|tempted to|urge to|wanna|going to|might|could) "
        r"(?:just )?(?:driving|drive|steering|steer|swerving|swerve) (?:my car |the car |my truck |it )?(?:off|into) "
        r"(?:the|a) (?:road|highway|freeway|overpass|edge|embankment|ravine|guardrail|median)(?:$| (?:tonight|today|"
        r"on purpose|at (?:full )?speed|and (?:ending it|dying|not coming back|never coming back)))"
        r"|\bonly (?:peace|rest|relief|escape|freedom)\b(?: \w+){0,4}? (?:when|once|if|after) i (?:am dead|die|am "
        r"gone|am in the ground|stop breathing|do not wake up)\b"
        r"|\b(?:pills|meds|benzo|opioid|rope|gun|razor|blades?|tablets)\b(?: (?!for\b)\w+){0,6}? (?:i know|i "
        r"already know|i have decided) what i am (?:going to|gonna|about to) do with (?:them|it)\b"
        r"|\b(?:they|someone|somebody|you|my \w+|mom|dad) (?:will|are going to|is going to|gonna) find me (?:in the "
        r"morning|tomorrow morning|dead|cold|hanging|when it is too late|too late)\b(?! (?:at|in|by|on|near|"
        r"outside)\b)", negatable=False)

    add(s,  # round 47: "i am ready to go, i have said what i needed to say"
        r"\bready to go\b(?: \w+){0,2}? i (?:have|had|have already|already) said (?:what i (?:needed|wanted|had) to "
        r"say|my goodbyes|goodbye|everything i needed to)(?:$| to (?:everyone|everybody|my \w+)$)")
    add(s,  # round 45: a plastic bag over my head (a paper bag is embarrassment)
        r"\b(?:put|putting|puts|tie|tying|tied|pull|pulling|pulled) (?:a |the )?plastic bag (?:over|around|on) my "
        r"(?:head|face)\b"
        r"|\b(?:thinking about|thought about|think about|planning|plan to|going to|want to|wanted to|about to|tempted "
        r"to|urge to) (?:put|putting|tie|tying) (?:a |the )?bag (?:over|around) my (?:head|face)\b(?! (?:and (?:hide|"
        r"run|disappear)|so|because|from|out of|when|lol|haha|in shame|of shame)\b)")
    add(s,  # round 44: the family better once i am gone
        r"\b(?:everyone|everybody|my family|my kids|my kid|my wife|my husband|my parents|my mom|my dad|the world|"
        r"they|people|life|things) (?:would|will|is going to|are going to)(?: \w+)? be (?:so |a lot |much |way )?"
        r"(?:better|happier|easier|relieved|freer|lighter)(?: off)? (?:once|when|after) i am (?:gone|dead|not here|"
        r"not around)(?:$| (?:for good|forever|honestly|i think|anyway)$)")
    add(s,  # round 43: not making it to next month and okay with that; driving off the pier; told to hang on
        # but cannot anymore; wanting to stop waking up
        r"\b(?:(?:do not think|do not believe|doubt|not sure|not even sure) i will|i will not|i do not plan to|"
        r"i am not going to) (?:make it|be (?:here|around|alive)) (?:to|until|till|through|past) (?:the end of )?"
        r"(?:the )?(?:next (?:week|month|year)|my birthday|christmas|the weekend|weekend|week|month|year|summer|spring|"
        r"winter|fall|tomorrow|friday|monday|new year) and i am (?:okay|ok|fine|at peace|good|alright|cool) with "
        r"(?:that|it)\b", negatable=False)
    add(s,
        r"\b(?:drive|driving|drove|steer|steering) (?:my car |the car |my truck |it )?(?:off|over) (?:a|the) (?:pier|"
        r"cliff|dock|edge of the cliff)\b(?! (?:parking|lot|road|to|and (?:park|walk))\b)"
        r"|\b(?:hang on|hold on|keep going|keep fighting|keep holding on)(?: \w+){0,3}? i (?:can not|can t|cannot) "
        r"(?:anymore|any longer|do it anymore)(?:$| i am (?:done|tired|exhausted|finished)$)"
        r"|\b(?:want|wish|wanna|need|hope) (?:to |i could |i would )?(?:just )?stop waking up(?=$| (?:anymore|forever|"
        r"for good|altogether|at all|ever again)\b)")
    add(s,  # round 42: just waiting to die; thought about how i would do it; the world fine without me; nothing
        # left for me here and ready to go
        r"\bi am (?:\w+ ){0,2}?waiting (?:around )?(?:to die|for death|to be dead)\b(?! (?:my|it|the|her|his|them)\b)"
        r"|\b(?:thought|thinking|think|thinks) about (?:exactly )?how i (?:would|could|will|am going to|might) (?:do it"
        r"|end it|go through with it|end things)$"
        r"|\b(?:the world|everyone|everybody|people|life|my family) (?:would|will) (?:\w+ ){0,3}?(?:fine|better|the "
        r"same|happier) without me(?: in it| here| around| in the world)?$"
        r"|\bnothing (?:left )?for me (?:here |in this world |in this life )?(?:anymore )?(?:and )?(?:i am )?"
        r"(?:ready to go|done|ready to leave)(?:$| now| finally)")
    add(s,  # round 37: planning how i would do it, the note already written, family at my grave, the whole
        # prescription at once, blowing one's brains out
        r"\b(?:planning|plan|planned|figuring out|working out|decided|deciding|researching) (?:out )?(?:how|when|"
        r"where) "
        r"(?:i would|i will|i am going to|i could|to|i should) (?:end it|kill myself|go through with it|end things|die|"
        r"do it$)"
        r"|\balready (?:wrote|written|finished|left) (?:the|my) (?:note|letter|goodbye letter)\b(?! (?:for|to|about|"
        r"on)\b)"
        r"|\b(?:at|by|visiting|visit|over|around|crying at|standing at) my (?:grave|headstone|casket|coffin|tombstone)"
        r"\b|\b(?:imagining|picturing|imagine|picture) (?:\w+ ){0,3}?(?:at|by|around) my (?:grave|funeral|casket|"
        r"coffin)\b"
        r"|\bwhat (?:would|will) happen if i (?:took|take|swallowed|swallow|downed|ate) (?:my whole|the whole|"
        r"all (?:of )?"
        r"my|all the|every|a whole bottle of|the rest of my) (?:\w+ )?(?:prescription|pills|bottle|meds|benzo|opioid|"
        r"tablets|script)\b(?! (?:to|in|into|from|with me|back|filled)\b)"
        r"|\bblow (?:my|his|her|their) (?:brains|head) (?:out|off)\b|\bput a bullet (?:in|through) (?:my|his|her|"
        r"their) "
        r"(?:head|brain|skull)\b")

    add(s,  # round 38: nobody looking for me if i disappeared, making it easy for them, thinking about hanging,
        # time i ended it
        r"\bif i (?:just )?(?:disappeared|died|was gone|vanished|was dead|killed myself)\b(?: \w+){0,2}? (?:nobody|"
        r"no one)"
        r" (?:would |will )?(?:even )?(?:look for|notice|care|miss|come looking for|find) me\b"
        r"|\b(?:going to|gonna|will|about to|want to) (?:just )?make it (?:easy|easier) (?:for|on) (?:them|everyone|"
        r"everybody|you all|my family|you)(?:$| (?:and|by) (?:disappear|leaving for good|going away for good|ending it|"
        r"being gone)|(?: \w+){0,2}? (?:for good|forever|permanently))"
        r"|\b(?:thinking about|thought about|think about|thoughts of|picturing|imagining) (?:hanging|drowning|jumping)"
        r"(?:$| myself| from| off)"
        r"|\btime (?:i|for me to|to) (?:just )?(?:ended|end) (?:it|it all|things|everything|my life)(?:$| all|"
        r" for good|"
        r" now| tonight)", negatable=False)
    add("emergency",  # round 38: not able to wake since last night
        r"\b(?:he|she|they|my \w+|\w+friend|baby|roommate) (?:has|have|had) not been able to (?:wake up|wake|respond|"
        r"open (?:his|her|their) eyes)\b(?! (?:early|on time|for|in the morning))"
        r"|\b(?:have|has|had) not been able to (?:wake|rouse) (?:him|her|them|my \w+)\b", negatable=False)

    add(s,  # round 39 (coordinator's held-out batches): a plan and knowing when, a note for the family, hurting
        # myself on purpose, a razor or blade taken to my arm, giving up on everything for good, a bullet in my head
        r"\bi (?:have|have got|got|made|have made) (?:a|my) plan (?:and|so) i (?:know|have picked|picked|chose|have"
        r" chosen) (?:when|how|where|the day|the date|the time)(?:$| i (?:will|am going to) do it\b)"
        r"|\bi (?:wrote|have written|have been writing|am writing|just wrote|finished) (?:a|my) (?:last |final |"
        r"goodbye )?(?:note|letter) (?:for|to) (?:my )?(?:family|kids|children|wife|husband|mom|mum|dad|parents|"
        r"sister|brother|girlfriend|boyfriend|partner|loved ones|everyone|everybody)$"
        r"|\b(?:hurt|cut|burned|burnt|harmed) myself(?: \w+){0,3}? on purpose\b"
        r"|\b(?:took|take|taking|put|putting) (?:a|the|my) (?:razor|blade|knife|lighter|box cutter) to (?:myself|my "
        r"(?:arm|arms|wrist|wrists|forearm|forearms|skin|thigh|thighs|stomach|throat))\b"
        r"|\bgiv(?:e|ing) up on (?:everything|life|it all|living|this life)(?: \w+){0,2}? (?:for good|forever|"
        r"permanently)\b"
        r"|\b(?:put|putting|puts|shoot|shooting|fire|firing) (?:a bullet|a round|a slug|one) (?:in|into|through) "
        r"(?:me$|my (?:head|brain|brains|skull|mouth|temple|chest|heart)\b)")
    add(s,  # round 39: an act and then it all being over, not waking up and that being fine, made peace with dying,
        # not being here tomorrow, a huge shot and being done with it all
        r"\b(?:drive|driving|steer|steering|swerve|swerving|crash|crashing) (?:my car |the car )?(?:off|into) (?:the "
        r"road|a cliff|a bridge|a tree|a wall|the river|oncoming traffic)\b(?: \w+){0,2}? and (?:it|everything|this|"
        r"the pain) (?:would|will|could) (?:all |finally )?be over\b"
        r"|\b(?:will not|would not|never) wake up(?: again| ever)? and (?:that is|that would be|i am|i would be|it is)"
        r" (?:fine|ok|okay|good|alright|all right|what i want)\b"
        r"|\bmade (?:my )?peace with (?:dying|death|the end|leaving this world|not being here)\b"
        r"|\bready to go\b(?: \w+){0,2}? (?:i|i have|i have finally) made (?:my )?peace(?:$| with (?:it|that|this|"
        r"everything|dying|death|god)$)"
        r"|\b(?:tomorrow|tonight|by tomorrow|by morning|by the morning|after tonight|by next week),? i (?:will not|"
        r"am not going to|will no longer) be (?:here|around|alive)(?:$| anymore| any more| for (?:you|anyone|them))"
        r"|\b(?:huge|massive|hot|whole) (?:shot|hit|dose|bag|bottle)\b(?: \w+){0,3}? and be done with (?:it all|"
        r"all of it|everything|life|this life|this world)\b",
        negatable=False)
    add(s,  # round 51: "what is the point of staying alive", on the roof thinking about stepping off, a plan and a date
        r"\b(?:roof|rooftop|ledge|bridge|balcony|overpass|cliff|railing|parking garage)\b(?: \w+){0,5}? (?:thinking "
        r"about|thought about|want to|wanting to|going to|gonna|about to|ready to|trying to|tempted to) (?:step|"
        r"stepping|jump|jumping|fall|falling|let go|letting go|lean|leaning)(?: off| over)?\b(?! (?:in|into|on|onto|"
        r"to|the pool|with|for|at))"
        r"|\bi (?:have|have got|got|made|already have) (?:a|the|my) plan\b(?: \w+){0,2}? and (?:a|the) (?:date|day|"
        r"time|method|way)\b(?: picked| chosen| set| all)?(?: out)?(?:$| (?:already|too|now|and))",
        negatable=False)
    add(s,  # round 52: crashing my car on purpose (not for the insurance), driving into a tree on purpose
        r"\b(?:crash|crashing|crashed|wreck|wrecking|wrecked|flip|flipping|flipped|total|totaling|totalling) (?:my|the)"
        r" (?:car|truck|motorcycle|bike|motorbike|van)\b(?: \w+){0,4}? (?:on purpose|deliberately|intentionally)\b"
        r"(?! (?:for|to get|to claim) (?:the )?(?:insurance|money|claim|payout))"
        r"|\b(?:drive|driving|drove|steer|steering|swerve|swerving|crash|crashing|slam|slamming) (?:my car |the car |"
        r"my truck |it )?into (?:a|the) (?:tree|wall|pole|telephone pole|truck|semi|oncoming traffic|river|lake|"
        r"pillar|bridge|concrete barrier)\b(?: \w+){0,2}? (?:on purpose|deliberately|intentionally)\b")
    add(s,  # round 53: took pills "to try and not wake up" (an overdose meant to kill, not only an emergency)
        r"\b(?:took|swallowed|take|taking|taken|swallow|swallowing)\b(?: \w+){0,5}? (?:to|so i (?:would|will|could|do|"
        r"did)|hoping (?:to|i would|i will|i do)|and hope (?:to|i)|and hoping (?:to|i)) "
        r"(?:try and |try to |just |finally )?"
        r"(?:not|never|do not|would not|will not|did not|no longer) (?:wake|waking|woke) up\b(?! (?:at|in the night|"
        r"during|early|so|every|in the middle|until|till|before|for|on|with|from|when|groggy|tired))",
        negatable=False)
    add(s,  # round 55: letting myself bleed out, not able to keep myself safe, a mind made up not to be here
        r"\b(?:let|letting|make|making) myself (?:bleed out|bleed to death|drown|freeze to death|starve to death|"
        r"suffocate)\b"
        r"|\b(?:can not|could not|do not know if i can|do not think i can|not sure i can|not sure if i can|unable to|"
        r"no longer) (?:keep myself|stay) safe\b(?! (?:from (?!myself)|online|on the|at|in|driving|while|when|with|"
        r"during|around)\b)"
        r"|\b(?:made up my mind|have decided|decided|my mind is made up)\b(?: \w+){0,3}? (?:i am not going to|i will "
        r"not|i am not gonna) be (?:here|around|alive)\b(?! (?:for|at|in|on the|to|when|next|this|after)\b)",
        negatable=False)
    add(s,  # round 56: drinking the antifreeze, sleeping in the car with the engine running, going over the bridge
        r"\b(?:thinking about|thought about|want to|wanting to|going to|gonna|tempted to|urge to|plan to|planning to) "
        r"(?:drink|drinking|swallow|swallowing) (?:the |some |a bottle of |a cup of )?(?:antifreeze|bleach|drain "
        r"cleaner|rat poison|poison|weed killer)\b"
        r"|\b(?:want to|going to|gonna|thinking about|plan to|planning to|tempted to) (?:go to )?(?:sleep|fall asleep|"
        r"sit|lie down) in (?:the|my) (?:car|garage)(?: \w+){0,3}? with the (?:engine|motor|car) (?:running|on)\b"
        r"(?! (?:to|for|while|because|so|until)\b)"
        r"|\b(?:bridge|ledge|cliff|overpass|railing|balcony|roof)\b(?: \w+){0,8}? (?:want|wanting|tempted|urge|"
        r"thinking about|going|ready) to (?:go|drive|jump|step|fall) (?:over|off) (?:it|the edge|the side|the "
        r"railing|the rail)\b(?! (?:in|into|to|for|with)\b)",
        negatable=False)
    add(s,  # round 57: a weight on everyone, no way out but being gone, parking on the tracks, pills saved up to
        # finish it, who gets my things after i am gone, not a burden much longer
        r"\b(?:tired of being|sick of being|i am|i feel like|feel like|i am just|always|such) (?:such |just |only |"
        r"nothing but )?(?:a |the )?(?:weight|burden|drain|dead weight) (?:on|to|for) (?:everyone|everybody|my family|"
        r"them|people|all of them|my kids|you all|anyone|anybody|the people around me)\b"
        r"|\b(?:burden|weight|problem|bother) (?:on|to|for) (?:anyone|anybody|everyone|everybody|you|them|my \w+|"
        r"people) (?:much longer|for much longer|for long|any longer)\b(?! (?:\w+ ){0,3}?(?:moving|move|leaving|found|"
        r"job|apartment|place|lease|out)\b)"
        r"|\bno (?:other )?way out (?:of (?:this|it|here|this mess) )?(?:except|but|other than|besides) (?:for )?"
        r"(?:me |my )?(?:being gone|dying|gone|death|not being here|not being around|not existing|ending it)\b"
        r"|\b(?:thinking about|think about|thought about|want to|wanting to|going to|tempted to|urge to) (?:just )?"
        r"(?:park|parking|sit|sitting|stand|standing|lie|lying|lay|laying|stop|stopping|wait|waiting|fall asleep|"
        r"falling asleep|sleep|sleeping|nap) (?:my car |the "
        r"car |my truck )?(?:on|in the middle of|across) (?:the )?(?:train tracks|railroad tracks|tracks|railway|rail "
        r"line|highway|freeway)\b(?! (?:shoulder|exit|overpass|bridge|to (?:take|grab|eat|rest|nap))\b)(?!(?: \w+)"
        r"{0,4}? (?:photos?|pictures?|pics|shoot)\b)"
        r"|\benough (?:pills|benzo|opioid|meds|tablets|medication) (?:saved up|stashed|stockpiled|put away|saved|"
        r"hidden|set aside) (?:to|so i can) (?:die|end it|finish it|finish things|not wake up|never wake up|kill "
        r"myself|do it|end things)\b"
        r"|\b(?:who|which \w+) (?:gets|will get|should get|is getting|takes|will take|can have|inherits|will "
        r"inherit) (?:my|all my|all of my) (?:stuff|things|belongings|pets?|dog|cat|clothes|records|guitar|"
        r"tools) (?:when|after|once) i am (?:gone|dead|not here|not around)\b(?! (?:someday|one day|eventually|"
        r"when i am old)\b)",
        negatable=False)
    add("treatment",  # round 57: "a place to get clean", "anywhere that does outpatient for cocaine"
        r"\b(?:place|places|somewhere|anywhere|someplace) (?:\w+ ){0,3}?(?:get|getting|go|going|stay|staying) "
        r"(?:clean|sober)\b(?! (?:from|off|of) (?:sugar|caffeine|coffee|social media|my phone|junk food))"
        r"|\b(?:anywhere|anyplace|somewhere|place|places|anyone|anybody|someone|somebody) (?:around here |near me "
        r"|nearby )?(?:that|who|which) (?:does|do|offers|offer|has|have|runs|run|provides|provide) (?:\w+ )?"
        r"(?:outpatient|inpatient|detox|rehab|treatment|iop|counseling|counselling|methadone|suboxone|mat)\b(?! "
        r"(?:knee|hip|surgery|surgeries|physical|for (?:my|the|a|his|her) (?:knee|back|hip|shoulder|ankle))\b)")

    add(s,  # round 58: goodbyes said like the last time; nobody having to deal with me much longer
        r"\b(?:goodbye|bye|hugged|kissed|hug|kiss)\b(?: \w+){0,6}? (?:like|as if) it (?:was|is|were|would be) the "
        r"(?:last|final) time\b(?! (?:before|until|till|for (?:a|the) (?:while|summer|year|semester)|in (?:a|this) "
        r"house)\b)"
        r"|\b(?:nobody|no one|noone) (?:will|would|is going to) (?:have to |need to )?(?:worry about|deal with|put up "
        r"with|take care of|bother with|clean up after) me (?:much longer|anymore|any longer|for much longer|soon|"
        r"after (?:tonight|today))\b(?! (?:\w+ ){0,5}?(?:moving|move|leaving|college|deployment|trip|home|job|lease|"
        r"after|because|since|until|till|when|once|apartment|place|found|got)\b)",
        negatable=False)
    add(s,  # round 59: sleep and be done for good, the kids' better life without me, giving things away because i
        # will not be around, "ima be gone soon anyway", over living, not wanting to make it through the night
        r"\b(?:go to sleep|fall asleep|sleep|close my eyes|lie down) and (?:just )?be (?:done|gone|over with|finished) "
        r"(?:for good|forever|with it all|with everything|with life)\b"
        r"|\b(?:everyone|everybody|my family|my kids|my kid|my wife|my husband|they|people|my \w+) (?:would|will) "
        r"(?:have|live|get) (?:a )?(?:better|happier|easier) (?:life|lives|time|future)(?: \w+){0,2}? (?:without me|"
        r"if i (?:was|were|am) (?:not (?:in it|here|around|in the picture|alive)|gone|dead)|if i (?:died|disappeared|"
        r"never existed))\b(?! (?:so much|as much|all the time|at work)\b)"
        r"|\b(?:gave|giving|give|given|handed|handing|left|leaving) (?:away )?(?:all )?my \w+(?: \w+){0,5}? (?:since|"
        r"because|as|cause|cos) i (?:will not|am not going to|will no longer|am not gonna|would not) (?:need (?:it|"
        r"them|any of it)|be (?:here|around|alive))\b(?! (?:\w+ ){0,4}?(?:this|next|while|during|for (?:the|a)|at|"
        r"in (?:college|the army|school)|since i am (?:moving|leaving)|now that|since i (?:got|have|bought|switched))"
        r"\b)"
        r"|\b(?:ima|imma|i ma) (?:probably |just )?(?:be (?:dead|gone) (?:soon )?anyway|end it(?: all)?|end my life|"
        r"kill myself|take my (?:own )?life|end things)(?:$| (?:soon|anyway|tonight|today|for good|so|and|i))"
        r"|\bi am (?:so |just |honestly |really |completely |done and )?over (?:living|life|being alive|existing|this "
        r"life|my life)(?:$| (?:honestly|man|dude|i|and|so|at this point|right now|anymore|completely|for real))"
        r"|\b(?:do|does|did) not (?:want|wish|care|plan|intend|expect) (?:to )?(?:make it|survive|get) (?:through|"
        r"past) (?:the night|tonight|today|another day|this night)\b(?! (?:without|on|with|in|at|alone)\b)"
        r"|\b(?:do|does) not (?:want|wish) to see (?:tomorrow|the morning|another day|the sunrise|another morning)"
        r"(?:$| (?:honestly|anymore|i|and|or))",
        negatable=False)
    add(s,  # round 60: making sure i do not wake up this time
        r"\bmake sure (?:that )?i (?:do not|will not|never|would not|can not) (?:wake up|survive|come back|wake "
        r"again)\b(?! (?:at|in the night|during|early|before|until|till|with|groggy|tired|late|on time|the|my|him|"
        r"her|them|anyone|everyone|anybody|everybody|from)\b)",
        negatable=False)
    add(s,  # round 61: not wanting to wake up in this body, the relapse that does it, nobody knowing i have a plan,
        # worth more dead than alive, no one left who would care if i was gone
        r"\b(?:do|does) not want to (?:wake up|live|be|exist) in (?:this|my) (?:body|skin|life|world)"
        r"(?: \w+)?(?:$| anymore| no more| any longer| ever again)"
        r"|\b(?:hope|hoping|wish|pray|praying)\b(?: \w+){0,4}? (?:is|will be|would be|was) the one that (?:does it|"
        r"kills me|takes me|finishes me|does me in|gets me)\b(?! for (?:me|us|you)\b)"
        r"|\b(?:nobody|no one|\w+ (?:does not|do not|did not)) (?:knows?|know) (?:that )?i (?:have|got|made|have got) "
        r"(?:a|the) plan\b(?! (?:for|to (?:get|go|quit|stay|move|surprise|propose|leave|start|find|apply)|b)\b)"
        r"|\bworth more (?:to (?:them|my family|everyone|my kids) )?dead\b(?! (?:animals?|batteries|weight)\b)"
        r"|\b(?:nobody|no one|noone) (?:left )?(?:who|that) (?:would|will|could) (?:even |really )?(?:care|notice)"
        r" (?:if|when) i (?:was|were|am) (?:gone|dead)\b|\b(?:nobody|no one|noone) (?:left )?(?:who|that) (?:would|"
        r"will) (?:even )?miss me\b",
        negatable=False)
    add("emergency",  # round 61: withdrawal shakes with creatures or people seen (a bystander's words)
        # round 63: "since he stopped his klonopin ... talking to the tv like it is a person"
        r"\b(?:shaking|sweating|shakes|withdrawal|withdrawals|quit drinking|stopped drinking|detoxing|coming off|"
        r"(?:stopped|quit|off) (?:his|her|my|their) (?:benzo|pills|meds))\b"
        r"(?: \w+){0,10}? (?:talking to (?:the )?(?:tv|television|walls?|radio|ceiling) like (?:it is|they are) (?:a )?"
        r"(?:person|people|real|alive)|"
        r"(?:says|said|thinks|keeps saying|swears|seeing|sees|saw|screaming about|yelling about) "
        r"(?:there (?:is|are) )?(?:snakes|bugs|spiders|rats|demons|insects|worms)|(?:says|said|thinks|keeps saying|"
        r"swears) there (?:is|are) (?:people|men|someone|somebody|things) (?:in|on|under|outside|after|at|coming|"
        r"watching|crawling)"
        # round 69: new confusion or moving walls in withdrawal ("quit her ativan and now she is confused")
        r"|(?:confused|disoriented|delirious|(?:does|do) not recognize (?:me|anyone|us|her|him)|not making sense|"
        r"talking gibberish|talking nonsense)(?! (?:about|by|with|over)\b)|(?:the )?(?:walls|floor|ceiling|room) "
        r"(?:are|is) (?:moving|breathing|melting|crawling|closing in))\b(?! (?:about|like)\b)",
        negatable=False)
    add("treatment",  # round 61: "i want to quit coke and i need help"
        r"\b(?:quit|quitting|stop|stopping|get off|kick|get clean from|get sober from) (?:using |doing |smoking )?"
        r"(?:coke|cocaine|crack|meth|heroin|opioid|benzo|drugs|alcohol|drinking|pills)\b(?: \w+){0,3}? (?:and|but) "
        r"(?:i )?(?:need|want|could use|have to get) (?:some |real |professional )?help\b(?! (?:with (?:my|the) "
        r"(?:resume|homework|move|car|taxes)|moving|packing)\b)")
    add(s,  # round 62: looking up how high the garage is, dying not scaring me but living does, what i want said at
        # my funeral, no future where i am still here, looking forward to not existing, punching walls till the
        # knuckles bleed, a mistake keeping me alive
        r"\b(?:looked|look\w*|googl\w*|search\w*|check\w*) (?:up )?how (?:high|tall|far down) (?:the |that |a )?"
        r"(?:parking garage|garage|bridge|building|overpass|roof|tower|cliff|dam|drop)\b(?!(?: \w+){0,4}? (?:for "
        r"(?:my|a|the|school|class|work|our)|to (?:park|fit|clear|see if)|clearance|van|truck|rv|camper)\b)"
        r"|\b(?:dying|death|being dead) (?:does not|do not|is not what|is not the thing that) (?:scare|scares|"
        r"frighten|frightens) me\b(?: \w+){0,3}? (?:living|life|being alive|waking up|staying alive|tomorrow) (?:does|"
        r"is)\b"
        r"|\b(?:wrote|written|writing|write|planned|planning|picked|picking|chose|choosing) (?:out |down |up )?"
        r"(?:what|who|which \w+|the songs?|the music) (?:i want |i would like )?(?:\w+ ){0,3}?(?:at|for|in) my "
        r"(?:own )?funeral\b(?! (?:someday|one day|when i am old|in (?:the|my) will)\b)"
        r"|\bno (?:version of (?:the|my) future|future|world|scenario) (?:where|in which) i am (?:still )?(?:here|"
        r"alive|around|living)\b(?! (?:at|in|with|working|on)\b)"
        r"|\b(?:only thing|all) i (?:look forward to|want|wish for|dream about|think about) is (?:not existing|dying|"
        r"death|being dead|not waking up|not being here|sleeping forever|never waking up)\b|\b(?:look|looking) "
        r"forward to (?:dying|death|not existing|not waking up|being dead|the day i die)\b"
        r"|\b(?:punch|punching|punched|hit|hitting|bang|banging|banged|slam|slamming|slammed) (?:the )?(?:walls?|"
        r"doors?|mirror|things)\b(?: \w+){0,3}? (?:until|till|so) (?:my|i) (?:\w+ )?(?:bleed|bleeds|bled|break|broke|"
        r"broken|bruise|bruised|crack|cracked)\b"
        r"|\b(?:mistake|wrong|should not have) (?:\w+ ){0,2}?(?:keeping|kept|letting|let) me (?:alive|live|survive|"
        r"wake up)\b|\b(?:should have|wish they had|wish you had) let me die\b|\bi should have died\b(?! "
        r"(?:laughing|of embarrassment|of shame)\b)",
        negatable=False)
    add("emergency",  # round 62: one side gone weak, a smile that will not come right (stroke signs)
        r"\b(?:his|her|my|their|\w+ s) (?:left|right) side (?:is |went |has gone |feels |got |suddenly |just )?(?:weak|"
        r"numb|limp|dead|paralyzed|heavy|not working)\b(?! (?:from|after) (?:sleeping|lying|sitting|the workout)\b)"
        r"|\b(?:can not|could not) smile (?:properly|right|straight|on one side|evenly)\b",
        negatable=False)
    add("benzo",  # round 62: "i have got no restoril left"
        r"\b(?:no|zero|none of (?:my|the)) (?:more )?" + _BENZO + r" (?:pills? |tablets? |bars? )?(?:left|remaining)\b")
    add(s,  # round 63: someone to take the cat "if anything happens", rehearsing the note, giving up for real this
        # time, no point fighting anymore, the insurance paying off the house, wishing the overdose had worked,
        # pills and a bottle in the car, only staying alive for the dog, dead inside and making it real
        r"\b(?:take care of|look after|feed|watch|raise|keep) my (?:\w+ ){0,3}?if (?:anything|something) (?:ever )?"
        r"(?:happens|happened|were to happen|should happen)$"
        r"|\b(?:practicing|practising|rehearsing|planning|thinking about|writing|drafting) what i (?:would|will|"
        r"want to|"
        r"should|d) (?:say|write|put) in my (?:note|letter|goodbye|last message|final message)\b"
        r"|\bready to (?:just )?give up for real(?: this time)?$"
        r"|\b(?:do not|can not|no longer) see (?:the|any) point (?:in|of) (?:fighting|trying|going on|living|"
        r"carrying on|"
        r"being here|staying alive|any of it|anything)(?: \w+)? (?:anymore|any longer)\b(?! (?:with|on|at|for)\b)"
        r"|\bmy (?:life )?insurance (?:would|will|could) (?:pay off|cover|take care of|pay for) (?:the|our|my) "
        r"(?:house|mortgage|debts?|bills|loans?|everything)\b(?! if (?:something|anything) (?:ever )?happen)"
        r"|\b(?:wish|wished|wishing) (?:the|that|my) (?:overdose|attempt|pills|crash|od) (?:\w+ ){0,3}?(?:had )?"
        r"(?:worked|killed me|finished me|done it|taken me)\b"
        r"|\b(?:pills|benzo|opioid|meds)\b(?: \w+){0,2}? and (?:a |the )?(?:bottle|fifth|handle|pint) of alcohol\b"
        r"(?: \w+){0,4}? (?:sitting|parked|in my car|in the car|in the garage|alone|by myself)\b"
        r"|\bonly (?:staying|still|keeping myself|sticking) (?:alive|around|here) (?:for|because of)\b"
        r"|\bdead inside\b(?: \w+){0,6}? (?:make it real|finish the job|make it official|make it permanent)\b",
        negatable=False)
    add("emergency",  # round 63: a head that cannot be held up after pills; a sudden severe headache
        r"\b(?:can not|could not|will not|is not able to) (?:hold|keep|lift) (?:her|his|their|my) head up\b(?! "
        r"(?:yet|on (?:his|her|its) own yet)\b)"
        r"|\b(?:bad|severe|terrible|horrible|splitting|worst|crazy|awful|"
        r"excruciating) headache (?:\w+ ){0,2}?(?:out of "
        r"nowhere|came on (?:suddenly|fast|all at once)|all of a sudden|suddenly)\b"
        r"|\b(?:out of nowhere|suddenly|all of a sudden) (?:a |the |this )?(?:\w+ )?(?:bad|severe|worst|terrible|"
        r"splitting|excruciating) headache\b",
        negatable=False)
    add(s,  # round 64: no reason to be around anymore, the thought of not existing as the only comfort, goodbye meant
        # forever, looking at the gun a lot lately, not getting through this week alive, holding the pills and just
        # thinking, wanting to shut down and never start up again
        r"\bno (?:\w+ ){0,2}?reason (?:for me )?to (?:be|stay|stick) (?:around|here)(?:$| anymore| any longer| at all)"
        r"|\b(?:thought|idea|thinking) of (?:not existing|dying|death|being dead|not waking up|ending it|"
        r"not being here|"
        r"being gone) (?:is (?:the only thing that|what) |(?:really |honestly |actually |kind of |just )?)(?:calms|"
        r"comforts|soothes|relaxes|gets me through|makes me feel better|helps me sleep|is comforting|is a comfort|"
        r"brings "
        r"me peace|gives me peace)\b"
        r"|\bgoodbye (?:\w+ ){0,2}?and i meant it (?:forever|for good|this time)\b"
        r"|\b(?:been|keep|kept|always) (?:looking at|staring at|thinking about|holding) (?:the|my|his|dads|my dads) "
        r"(?:gun|pistol|rifle|shotgun|rope|razor|pills)\b(?: \w+){0,4}? (?:a lot|lately|all night|all day|again|every "
        r"night|tonight)\b(?!(?: \w+){0,3}? (?:for (?:the|my|a)|to (?:clean|sell|fix|take))\b)"
        r"|\b(?:can not|could not|do not) (?:see|imagine|picture) (?:myself )?(?:getting|making it|coming) through "
        r"(?:this|the|another) (?:week|night|day|weekend|month) alive\b(?! without\b)"
        r"|\b(?:hold|holding|held|look at|looking at|stare at|staring at|count|counting) (?:the|my|all my|all the) "
        r"(?:pills|benzo|opioid|meds|gun|rope|razor|blade)\b(?: \w+){0,2}? and (?:just )?(?:think|thinking|wonder|"
        r"wondering|cry|crying)$"
        r"|\b(?:i|i just|my (?:whole )?(?:body|brain|mind|heart)(?: just)?|part of me(?: just)?) (?:want|wants|wish|"
        r"wishes) to (?:just )?(?:shut down|switch off|"
        r"turn off) (?:and (?:never|not)"
        r" (?:start|turn|come|wake) (?:up |back |on )?(?:again|ever again)|for good|forever|permanently)\b",
        negatable=False)
    add("emergency",  # round 64: shaking and a bitten tongue (a seizure as a bystander sees it)
        r"\b(?:shaking|jerking|convulsing|seizing|stiff|collapsed)\b(?: \w+){0,6}? (?:bit|bitten|biting) "
        r"(?:his|her|their|my) tongue\b", negatable=False)
    add("benzo",  # round 64: spacing doses out; the last one taken
        r"\b(?:space|spacing|spaced|stretch|stretching|stretched) (?:out )?(?:my |the )?" + _BENZO + r" (?:\w+ ){0,2}?"
        r"(?:doses? )?(?:longer|further|more|out|to every other|every other)\b"
        r"|\b(?:took|taking|take|swallowed|popped|used) my (?:very )?last (?:\w+ )?" + _BENZO + r"\b(?! (?:of the "
        r"(?:day|night)|before bed|at bedtime|for the night|for today|dose of the)\b)")
    add("treatment",  # round 64: "what are my options for getting clean from cocaine", "where the nearest rehab is"
        r"\bwhere (?:the|a|an) (?:nearest |closest |best |good |local )?(?:rehab|detox|treatment center|treatment|"
        r"meeting|na meeting|aa meeting|methadone clinic|suboxone clinic|suboxone doctor) (?:is|are)(?:$| (?:at|near|"
        r"around))|\b\b(?:what are (?:my|the)|any|what) options (?:for|to) (?:getting|get|going|staying|"
        r"stay) (?:clean|sober)\b"
        r"(?! (?:from|off|of) (?:sugar|caffeine|coffee|social media|my phone|junk food))")
    add(s,  # round 65: dreams of my funeral i wish were real, going somewhere and not coming back, nobody knowing i
        # have it all planned, the world spinning on if i stepped off, letting it all be over, "me included", a forever
        # kind of rest
        r"\b(?:dream|dreams|dreaming|dreamed|dreamt) (?:about|of) (?:my own |my )(?:funeral|death|dying|being dead|"
        r"grave)\b(?: \w+){0,6}? (?:wish|wishing|wished|hoping|hope|want) (?:it|they) (?:was|were|would be|could be|"
        r"came|would come) (?:real|true)\b"
        r"|\b(?:go|going|gonna go|walk|walking|drive|driving|wander|head|heading) (?:off |out |away )?(?:somewhere|"
        r"away|"
        r"into the woods|into the water|into the sea|into the ocean|off)(?: \w+){0,3}? and (?:just )?(?:not|never) "
        r"(?:come|coming) back\b(?! (?:to|until|till|for|before|here|there|this|next|after|home)\b)"
        r"|\b(?:does not know|do not know|nobody knows|no one knows|has no idea|"
        r"have no idea)\b(?: \w+){0,6}? (?:i have|"
        r"i|have|i have got|got) (?:it )?(?:all )?planned(?: out)?$"
        r"|\b(?:world|life|everyone|everybody|things) (?:would|will) (?:keep (?:spinning|turning|going)|go on|carry on)"
        r"(?: \w+){0,3}? if i (?:stepped off|was gone|were gone|died|disappeared|was not (?:here|in it)|stepped out)\b"
        r"|\b(?:go to bed|go to sleep|lie down|fall asleep) and (?:just )?let (?:it all|everything|it|this|all of it) "
        r"(?:be over|end)\b(?! for (?:the |to)(?:day|night)\b)|\blet (?:it all|everything|all of it) (?:be over|end)"
        r"(?:$| for good| forever| tonight)"
        r"|\b(?:be over|end|stop|go away|disappear)(?: with)? (?:me included|including me)\b"
        r"|\b(?:want|need|wish for|ready for|long for|deserve) (?:a |the |some )?(?:forever|permanent|eternal|final|"
        r"endless) (?:kind of |type of |sort of )?(?:rest|sleep|nap|peace)\b",
        negatable=False)
    add("emergency",  # round 65: vomiting that will not stop with confusion; a heart that stopped (a bystander's)
        r"\b(?:can not stop|keeps?|keep on|will not stop) (?:vomiting|throwing up|puking)\b(?: \w+){0,6}? (?:confused|"
        r"not making sense|out of it|passing out|passed out|will not wake|can not stand|disoriented|unresponsive|"
        r"seizing)\b"
        r"|\b(?:his|her|their|\w+ s|(?!(?:this|its|has|was|is|us|yes|as)\b)\w+s) heart (?:stopped|has stopped|is not "
        r"beating|stopped beating)\b(?! (?:racing|pounding|hurting|beating so|when|for a "
        r"second|for a sec|lol|haha|at|because)\b)", negatable=False)
    add("treatment",  # round 65: "get evaluated for addiction"
        r"\b(?:get|getting|be) (?:assessed|evaluated|screened) for (?:an? )?(?:addiction|substance use|drug use|"
        r"alcohol use|alcoholism|my (?:drug|drinking|coke|cocaine|opioid|benzo) (?:use|problem))\b")
    add("benzo",  # round 65: "i have like two days of klonopin left"
        r"\b(?:have|got|has) (?:like |about |maybe |around |only |just )?(?:one|two|three|four|five|a few|a couple|"
        r"a couple of|[1-9]) (?:more )?(?:days?|nights?|weeks?|doses?) (?:worth )?of (?:my |the )?" + _BENZO
        + r" (?:left|remaining)\b")
    add(s,  # round 66: disappointed i woke up, goodbyes without them knowing, not wanting to be saved this time, "if i
        # disappear do not look for me", the relief on their faces if i was gone, "they would be better off" said
        # alone, so close to ending it
        r"\b(?:disappointed|upset|sad|angry|mad|pissed) (?:that )?i (?:woke up|am still alive|am still here|survived|"
        r"did not die|lived|made it through the night)\b(?! (?:late|early|at|on time|so|in time|before)\b)"
        r"|\bsaying (?:my )?goodbyes? (?:to (?:people|everyone|everybody|friends|my \w+) )?(?:without (?:them|anyone|"
        r"people) knowing|in secret|quietly|secretly)\b(?!(?: \w+){0,4}? (?:last day|new job|moving|leaving|retire|"
        r"retiring|party|shift|trip|vacation)\b)"
        r"|\b(?:do not|does not) want (?:anyone |you |them |him |her )?to (?:save|stop|find|revive) me (?:this time|"
        r"again)\b(?! by\b)|\b(?:do not|does not) want to be (?:saved|revived|rescued) (?:this time|again)\b(?! by\b)"
        r"|\bif i (?:disappear|go missing|vanish|do not come back|am gone)\b(?! (?:for|this|on|to|into|at|from)\b)"
        r"(?: \w+){0,2}? (?:do not|no one should|"
        r"nobody should) (?:look|search|come looking) for me\b"
        r"|\b(?:relief|relieved|glad|happier|better)\b(?: \w+){0,5}? if i (?:was|were|am) (?:gone|dead|not here|not "
        r"around)\b(?! (?:for|from|on|at|to|by|tomorrow|next|this)\b)"
        r"|\b(?:i am|being|i have been|i feel like) (?:\w+ ){0,3}?(?:screw up|screwup|failure|burden|mess|"
        r"disappointment|loser|problem|waste|joke|fuck up|letdown)\b(?: \w+){0,6}? (?:they|everyone|everybody|my "
        r"family|my kids|she|he|you all) (?:would|will) (?:all )?be (?:so much |much |way |a lot )?better off"
        r"(?: honestly| anyway| really)?$"
        r"|\b(?:so |really |this |very )?close to (?:ending it|ending it all|ending things|ending my life|killing "
        r"myself|just ending it)\b(?! (?:with|between|off)\b)",
        negatable=False)
    add(s,  # round 67: what recognisers make of it: "want to dye", "kill my shelf", "sue aside", "want to and my
        # life", "being a live" (the normaliser does not rewrite these; they are matched here)
        r"(?<!you )(?<!they )(?<!she )(?<!he )(?<!we )"
        r"\b(?:want|wanna|wish i could|going|ready|just want) to (?:just )?dye(?:$| (?:tonight|today|now|already))"
        r"|\bkill my shelf(?:$| (?:tonight|today|now))|\bsue (?:aside|a side|a cide|a cidal|icidal)\b"
        r"|\b(?:want|going|wanna|ready|plan|planning|about) to and (?:my life|it all|everything)\b"
        r"|\bno (?:\w+ ){0,2}?point (?:in|of) (?:me )?(?:being|staying) a live\b",
        negatable=False)
    add("emergency",  # round 67: "oh deeing"; took something "and he is blue" said as the whole of it
        r"\b(?:oh|o) dee(?:ing|d)\b"
        r"|\b(?:took|did|used|snorted|shot|smoked) (?:some |a few |too many |a bunch of )?(?:something|pills|opioid|"
        r"benzo|drugs|dope|stuff|it|a bag|a hit|a line|a pill|a bar|fenton all|blues|pressies|pressed pills|m30s|"
        r"thirties) and (?:now )?(?:he|she|they) (?:is|"
        r"are|s|went|turned|is turning) (?:all )?(?:blue|gray|grey|purple)$", negatable=False)
    add(s,  # round 68: a ghost already, might as well make it official; not waking up and okay with that; time to
        # go for good
        r"\bi (?:am|feel|feel like|already feel|am already)(?: \w+){0,3}? (?:dead|ghost|gone|a corpse|dead inside|not "
        r"alive)\b(?: \w+){0,6}? (?:might as well|may as well|want to|"
        r"going to|time to|should) make it (?:official|real|permanent)\b"
        r"|\bdo not think i (?:will|would) (?:wake up|be here|be alive|"
        r"survive)\b(?: \w+){0,3}? (?:and|"
        r"but) (?:i am|that is|it is) (?:okay|ok|fine|alright|at peace|good) with (?:that|it)\b"
        r"|\btime (?:for me )?to go (?:for good|forever|permanently|away for good)\b",
        negatable=False)
    add(s,  # round 69: ready whenever god is, hoping for the overdose, wishing the car had hit me, a stash for the day
        # i decide i am done, pretending i want to be here, no energy to keep staying alive, a last wish
        r"\bi am ready (?:whenever|when) (?:he|god|jesus|the lord) is\b|\b(?:told|tell|telling) (?:god|jesus|the lord) "
        r"(?:that )?i am ready (?:to go|to come home|to die|whenever|now)\b"
        r"|\b(?:overdose|dying|death|die)\b(?: \w+){0,5}? (?:hoping|hope|praying|wishing) for it\b"
        r"|\b(?:wish|wishes|wished|hope|hoped)\b(?: \w+){0,4}? had (?:just )?(?:hit me|killed me|run me over|taken "
        r"me|finished me|crushed me)\b(?! (?:home|to|back|out|with|along|for|there)\b)"
        r"|\b(?:pills|meds|benzo|opioid|stash|rope|gun|razor|blades?|bottle) (?:\w+ ){0,3}?for the (?:day|night|moment|"
        r"time) (?:i|when i) (?:(?:finally )?decide (?:i am done|it is time|to end it|to do it|"
        r"to go through with it)|am"
        r" ready(?:$| to go)|have had enough|can not take it)\b"
        r"|\b(?:sick|tired) of pretending (?:that )?(?:i want to (?:be here|live|be alive)|to want to (?:be here|live))"
        r"\b"
        r"|\b(?:do not have|no|lost|not|without) (?:the |any )?(?:energy|strength|will|motivation|fight) (?:left )?to "
        r"(?:keep )?(?:stay alive|staying alive|keep living|live|go on living|be alive)\b(?! (?:at|like|in|on|with)\b)"
        r"|\bmy (?:last|final|dying) (?:wish|words|request)\b(?! (?:for|before) (?:the|this|my) (?:year|holiday|trip|"
        r"vacation|birthday|retirement|project|meeting)\b)",
        negatable=False)
    add("emergency",  # round 69: a chest pounding (the heart as people describe it)
        r"\bchest (?:is |keeps |has been |started )?(?:pounding|racing|thumping)\b" + _EXERTION, negatable=False)
    add("benzo",  # round 69: "stop being dependent on xanax"
        r"\b(?:stop|quit|stopped|quitting|stopping) being (?:dependent on|addicted to|hooked on|reliant on) " + _FILL
        + _BENZO + r"\b(?!(?: \w+){0,6}? (?:years ago|last year|a year ago)\b)")
    add("treatment",  # round 69: a taper or detox "managed by a doctor"
        r"\b(?:taper|tapering|detox|withdrawal|wean|weaning)\b(?: \w+){0,3}? (?:managed|supervised|monitored|overseen|"
        r"done|handled) by (?:a |my |an )?(?:doctor|psychiatrist|clinician|professional|specialist|addiction doctor|"
        r"medical team)\b")
    add(s,  # round 70: eating my gun, driving off the road, one less me, sleeping and never dealing with anything
        # again, fine with the insurance money, letting the cold take me, a rope and knowing what it is for, all the
        # pills and wanting to sleep
        r"\b(?:eat|eating|ate) (?:my|a|the) (?:gun|pistol|bullet|barrel|shotgun|glock)\b"
        r"|\b(?:thinking about|think about|thought about|want to|wanting to|tempted to|urge to|going to) (?:just )?"
        r"(?:drive|driving|swerve|swerving|veer|veering|steer|steering) (?:my car |the car |my truck )?off (?:the|a) "
        r"(?:road|highway|freeway|embankment|pier|mountain|bridge|cliff)(?:$| (?:on the way|tonight|on purpose|into|at "
        r"night|when i|every))"
        r"|\bone less me\b"
        r"|\b(?:sleep|go to sleep|fall asleep|lie down) and (?:never|not) (?:have to )?(?:deal with|face|feel|think "
        r"about) (?:anything|anyone|it|this|life) (?:ever again|again|anymore)\b"
        r"|\b(?:would|will) be (?:fine|okay|ok|set|taken care of|better off|good) (?:with|on) (?:the|my) (?:life )?"
        r"insurance(?: money| payout| check)?(?:$| (?:honestly|anyway|if i|when i|after i|once i))"
        r"|\blet (?:the )?(?:cold|water|river|ocean|sea|snow|waves|drugs|pills|dope|darkness|disease|cancer|opioid|"
        r"benzo) take me\b(?! (?:to|home|back|out|away to|down|downstream|along)\b)"
        r"|\b(?:rope|gun|pills|razor|noose|blade)\b(?: \w+){0,5}? (?:i|and i) know (?:exactly )?what (?:it is|they "
        r"are|it s|its) for$"
        r"|\btook (?:all|every one of|the whole bottle of) (?:my |the )?(?:pills|meds|benzo|opioid|tablets)\b"
        r"(?: \w+){0,3}? (?:and )?(?:i )?(?:want|just want|need) to (?:sleep|go to sleep|die|not wake up|lie down)\b",
        negatable=False)
    add("emergency",  # round 70: blood from the mouth and no answer
        r"\bblood (?:coming out of|from|in) (?:his|her|their) (?:mouth|nose|ears?)\b(?: \w+){0,4}? (?:will not|can "
        r"not|is not|does not|won t) (?:answer|respond|wake|talk|move)\b", negatable=False)
    add(s,  # round 71: texting slang ("k word myself", "the s word"), unnoticed if i dipped permanently, looking up the
        # easiest way out
        r"\b(?:k word|kword|k worded) (?:myself|my self)\b|\b(?:thinking|thought|think|thoughts) (?:about|"
        r"of) (?:the )?s "
        r"word\b"
        r"|\b(?:notice|care|miss me)\b(?: \w+){0,3}? if i (?:dipped|left|went away|disappeared|vanished|was gone|"
        r"logged "
        r"off) (?:permanently|for good|forever)\b"
        r"|\b(?:look\w* up|googl\w*|search\w*|research\w*|read\w* about) (?:the )?(?:easiest|quickest|least painful|"
        r"most painless|painless|best|fastest|surest) (?:way|ways) out\b(?! (?:of (?:debt|the|this (?:job|city|town|"
        r"lease|contract))|for)\b)",
        negatable=False)
    add(s,  # round 71 probes: a plain first-person wish to die, with a tail the general rule drops ("alone in my room",
        # "if she leaves me", "when i think about what i did", "quietly")
        r"\bi (?:just |really |honestly |seriously |so |lowkey )?(?:want|wanna|need|wish i could|"
        r"am ready) (?:to )?(?:die|"
        r"be dead|kill myself|end it|end my life|end it all)(?: alone(?: in| tonight| now|$)| if | when i (?:think|"
        r"remember|wake|look|see)| quietly)",
        negatable=False)
    add("emergency",  # core probes: "my friend is dying" said as the whole of it (a bystander's alarm)
        r"\b" + _SOMEONE + r" (?:is|are|s) dying(?:$| right now| in front of me| help| please| on the floor)",
        negatable=False)
    add(s,  # round 72: a goodbye text and now no answer, someone giving his things away and not needing them, who
        # would show up if i died, fine if i got hit by a car
        r"\b(?:texted|messaged|called|told|sent) (?:me|us|her|him) (?:a )?(?:goodbye|bye|farewell)\b(?: \w+){0,4}? "
        r"(?:will not|is not|does not|can not|won t) (?:pick up|answer|respond|reply)\b(?!(?: \w+){0,6}? (?:flight|"
        r"plane|boarding|driving|at work|asleep|phone died|battery|no signal)\b)"
        r"|\b(?:giving|gave|given|give) away (?:all )?(?:his|her|their) \w+(?: \w+){0,6}? (?:he|she|they) (?:will not|"
        r"won t|does not|do not|would not) need (?:them|it|any of it|anything)\b(?! (?:after|since|because|anymore "
        r"since|at|in|for|now that|once)\b)"
        r"|\bwho (?:would|will) (?:even )?(?:show up|come|care|cry|notice|miss me)\b(?: \w+){0,3}? if i (?:died|was "
        r"gone|were gone|killed myself|disappeared)\b"
        r"|\b(?:would be|am) (?:fine|okay|ok|alright|good|happy|relieved) (?:if|when) i (?:got|get|was|were) (?:hit by|"
        r"run over by) (?:a |the )?(?:car|bus|truck|train)\b|\b(?:would not|wouldn t) mind (?:if i )?(?:getting hit|"
        r"got "
        r"hit|dying|died|not waking up|never waking up)\b",
        negatable=False)
    add("emergency",  # round 72: drowsy after pills and hard to wake
        r"\b(?:drowsy|sleepy|nodding|out of it|pills|took|drank|used|overdose)\b(?: \w+){0,6}? (?:hard|difficult|"
        r"impossible) to (?:wake|wake up|rouse|keep awake)\b(?! (?:in the morning|early|for|on time|these days|"
        r"lately|on weekends)\b)", negatable=False)
    add("treatment",  # round 72: "can my doctor help me stop using cocaine"
        r"\b(?:doctor|doc|therapist|counselor|counsellor|psychiatrist|clinic|nurse) (?:help|helps) (?:me )?(?:to )?"
        r"(?:stop|quit|get off|kick|get clean from) (?:using |doing |smoking )?(?:coke|cocaine|crack|meth|opioid|benzo|"
        r"drugs|alcohol|drinking|pills|heroin)\b")
    add(s,  # round 73: letters to everyone i love, sitting in the car in the garage thinking about it, rather in the
        # ground than living like this, going out on my own terms, a last message, the courage to do it
        r"\b(?:writing|wrote|written|write|started writing) (?:\w+ )?letters to (?:everyone|everybody|all the people|"
        r"the people) i (?:love|care about)\b(?! (?:for (?:christmas|the holidays|valentines|their birthdays|"
        r"thanksgiving|the new year)|this (?:christmas|holiday|year))\b)"
        r"|\b(?:sit|sitting|sat) in (?:the|my) (?:car|truck) in (?:the|my) garage\b(?: \w+){0,3}? (?:and )?(?:think|"
        r"thinking) about (?:it|doing it|turning it on|starting it)\b"
        r"|\brather be (?:in the ground|in a grave|in a box|six feet under|buried) than\b"
        r"|\bgo out on my own terms(?:$| (?:tonight|soon|before|this week))"
        r"|\b(?:this|that) (?:will be|is|is going to be) my (?:last|final) (?:message|text|post|words|voicemail)"
        r"(?:$| (?:to (?:you|anyone|everyone)|ever|honestly|goodbye|i))"
        r"|\b(?:wish i had|need|do not have|if i had|waiting for) (?:the )?(?:courage|guts|nerve|strength) to (?:do it|"
        r"go through with it|end it|finally do it)(?:$| (?:tonight|already|for real))",
        negatable=False)
    add("emergency",  # round 73: passing out over and over; twitching and drooling
        r"\b(?:keeps?|keep on|kept) (?:passing out|blacking out|fainting|going unconscious|losing consciousness)\b(?! "
        r"(?:on the couch|in front of the tv|watching|after work|at (?:night|work))\b)"
        r"|\b(?:twitching|jerking|shaking|convulsing|seizing) and drooling\b", negatable=False)
    add(s,  # round 75: everything i need to do it tonight, another addict the world does not need, my body being
        # found, calm at the bridge, everything said, exhausted from being alive, nothing changing if i was gone
        r"\b(?:have|got|have got) everything i need to (?:do it|end it|go through with it)(?:$| (?:tonight|today|now|"
        r"this weekend))"
        r"|\b(?:world|nobody|no one|everyone) (?:does not|do not) need (?:another|one more) (?:\w+ ){0,2}?like me\b"
        r"|\b(?:picturing|imagining|imagine|picture|thinking about|think about) (?:my )?(?:body|corpse) (?:being found|"
        r"getting found|in (?:the|a) (?:casket|coffin|river|morgue))\b"
        r"|\b(?:looked at|look at|staring at|stared at|looking at|stood on|standing on|drove over|walked to) (?:the|a) "
        r"(?:bridge|ledge|tracks|train tracks|roof|cliff|overpass|edge)\b(?: \w+){0,3}? (?:and )?(?:felt|feel|feeling) "
        r"(?:so )?(?:calm|peaceful|at peace|relieved|drawn to it|pulled|tempted)\b(?!(?: \w+){0,3}? (?:walk|run|hike|"
        r"commute|drive|ride|photos?|view|sunset|sunrise)\b)"
        r"|\b(?:said|told them|told everyone) (?:everything|all) i (?:needed|wanted|had) to say$"
        r"|\b(?:exhausted|tired|worn out|drained) (?:from|of|by) (?:being alive|living|existing|staying alive)\b(?! "
        r"(?:in|at|here|with|like|on|paycheck|out|off)\b)"
        r"|\bnothing (?:would|will) (?:change|be different)\b(?: \w+){0,2}? if i (?:was|were|am) (?:gone|dead|not here|"
        r"not around)\b(?! (?:for|from|on|at|to|by|tomorrow|next|this)\b)",
        negatable=False)
    add(s,  # round 76: afraid i will take everything in the cabinet; can not promise i will be safe
        r"\b(?:take|taking|swallow|swallowing) everything in (?:the|my|our) (?:cabinet|medicine drawer|pill drawer)\b"
        r"(?! (?:out|to|and|off|down)\b)"
        r"|\b(?:can not|could not) promise (?:that )?i (?:will|would|can) (?:be|stay|keep myself) safe\b(?! (?:from "
        r"(?!myself)|online|on the|at|in|driving|while|when|with|during|around)\b)",
        negatable=False)
    add(s,  # round 77: drowning and not wanting to come up, no more mornings, praying for a heart attack, a gun bought
        # by someone who is not a gun person
        r"\b(?:drowning|sinking|under water|underwater|going under)\b(?! in (?:work|paperwork|debt|bills|emails|"
        r"homework|laundry|school)\b)(?: \w+){0,4}? (?:do not|does not) want to (?:come up|come back up|resurface|come "
        r"up for air|swim)\b(?! (?:until|till|before|for (?:a|the))\b)"
        r"|\bno more (?:mornings|tomorrows|waking up)\b"
        r"|\b(?:pray|praying|hope|hoping|wish|wishing) for (?:a heart attack|an overdose|a car crash|a crash|"
        r"an accident|"
        r"cancer|death|the end|a stroke|a bullet)\b"
        r"|\b(?:bought|got|purchased|picked up) (?:a |myself a )?(?:gun|pistol|handgun|rope)\b(?: \w+){0,4}? (?:i am "
        r"not|and i am not) (?:a )?(?:gun|hunting|outdoors) (?:person|guy|girl|type)\b(?! but\b)",
        negatable=False)
    add("emergency",  # round 77: mixed up pills then sleepy and confused; sweating and pale, clutching an arm
        r"\b(?:mixed up|took (?:too many|double|extra|the wrong)|doubled up on|double dosed)\b(?: \w+){0,4}? (?:pills|"
        r"meds|medication|medicine|doses?)\b(?: \w+){0,6}? (?:sleepy|drowsy|confused|out of it|will not wake|hard to "
        r"wake|not making sense|slurring)\b"
        r"|\b(?:sweating|sweaty|pale|clammy|gray|grey)\b(?: \w+){0,4}? (?:clutching|grabbing|holding) (?:his|her|their|"
        r"my) (?:left )?(?:arm|chest)\b", negatable=False)
    add("treatment",  # round 77: "if i do not get into rehab this week ..." (wanting it, not refusing it)
        r"\bif i (?:do not|can not|don t) get (?:into|in to) (?:rehab|detox|treatment)\b", negatable=False)
    add(s,  # round 78: "i love them one last time", a disappointment and time i stopped, nobody worrying after this
        # weekend, already gone if not for my mom, planning how, at peace forever, not meant to be alive, the only way
        # out of the pain is out of this life, the end of my rope and letting go
        r"\bi love (?:them|you|him|her)(?: all)? (?:one last time|for the last time)(?:$| (?:and|goodbye|bye))"
        r"|\b(?:burden|disappointment|failure|problem|mess)\b(?: \w+){0,8}? (?:it is time i|time for me to) "
        r"(?:stopped|went|"
        r"stop|go|left|disappeared|was gone)$"
        # round 80: "it will all be over soon and nobody will have to worry about me ever again"
        r"|\b(?:nobody|no one|you|they|everyone) (?:has|have|will have|will need|needs) to worry about me (?:ever "
        r"again|again ever)\b"
        r"|\b(?:nobody|no one|you|they|everyone) (?:has|have|will have|will need|needs) to worry about me (?:after|"
        r"past|"
        r"beyond) (?:this weekend|tonight|today|this week|tomorrow)(?:$| (?:anyway|honestly))"
        r"|\bif it (?:was not|were not|is not|weren t|wasn t) for (?:my |the )?\w+(?: \w+)? i would (?:already |have )?"
        r"(?:be gone|be dead|have killed myself|have ended it|have done it|not be here|not be alive)\b(?! (?:to|from|"
        r"for|by|on|at|in)\b)"
        r"|\b(?:planning|planned|figuring out|working out) how(?: i will do it| to do it)?$"
        r"|\b(?:want|wish|need|ready) to (?:just )?be at peace (?:forever|for good|permanently)\b"
        r"|\b(?:not|never|do not think i am|do not think i was|not sure i am|not sure i was) (?:ever )?(?:meant|"
        r"supposed)"
        r" to (?:be alive|have survived|have been born|exist)\b"
        r"|\bonly way out (?:of (?:this|the) pain )?is (?:out of this life|out of life|death|dying|to die|"
        r"to leave this "
        r"world)\b"
        r"|\bend of my rope\b(?: \w+){0,4}? (?:letting go|let go|giving up for good)\b",
        negatable=False)
    add("emergency",  # round 80: pills taken on purpose or so as not to wake up: an overdose now, whatever else
        r"\b(?:took|swallowed|taken|downed|popped|take|takes) (?:some |a few |a lot of |a bunch of |extra |too many |"
        r"more |double |all |all of )?(?:extra )?(?:my |her |his |their |the )?(?:\w+ )?(?:pills|meds|medication|"
        r"tablets|benzo|opioid|insulin)\b(?: \w+){0,3}? (?:on purpose|deliberately|to (?:not wake up|die|end it|sleep "
        r"forever|never wake up)|because (?:i|he|she|they) (?:did not|do not|does not) want to wake up|so (?:i|he|she|"
        r"they) (?:would not|will not|wouldn t|would never) wake up)\b(?! (?:during|on|in|at|until|till|before|early|"
        r"for|when|so|every|all)\b)", remote=True)
    add("emergency",  # round 80: bleeding that will not stop after cutting; a lot of blood and dizzy
        r"\b(?:cut|cuts|cutting|sliced|slit|slashed)\b(?: \w+){0,8}? (?:will not|won t|can not|does not|is not going "
        r"to|would not) stop bleeding\b(?<!finger will not stop bleeding)(?<!thumb will not stop bleeding)"
        r"|\b(?<!gave )(?<!donated )(?<!giving )(?:a lot of|so much|lots of|tons of|too much) blood\b(?: \w+){0,6}? "
        r"(?:dizzy|lightheaded|light headed|"
        r"faint|passing out|pale|woozy)\b")
    add("emergency",  # round 80: voices telling me to kill myself (command hallucinations); hot as an oven and not
        # making any sense (overheating with confusion)
        r"\b(?:voice|voices)\b(?: \w+){0,3}? (?:telling|tell|tells|told|say|says|saying|want|wants|ordering) me to "
        r"(?:kill|hurt|cut|end|die|jump(?! (?:rope|higher|in|into|on|over|up|around|ship|start)\b))\b"
        # round 80: "he hot af and tripping and not making sense" (no "is" in the speaker's dialect)
        r"|\b(?:i am|he is|she is|they are|i feel|he feels|she feels|skin is|body is|he s|she s|he|she) (?:burning up|"
        r"overheating|so hot|really hot|super hot|hot as (?:an oven|hell|fire|fuck)|hot af|hot to the touch|on fire|"
        r"burning hot)\b(?: \w+){0,8}? (?:and )?"
        r"(?:not making (?:any )?sense|confused(?! (?:by|about|with|as to|why|how|what|which)\b)|delirious|(?:does|"
        r"do) not know where (?:he|she|i) (?:is|am)|talking "
        r"nonsense|incoherent|babbling|hallucinating|seeing things)\b")
    add("emergency",  # round 80: the tv talking to me, the walls moving (hallucinations); confused in benzo withdrawal
        r"\b(?:the )?(?:tv|television|radio|walls?|furniture|pictures|shadows|toaster|microwave|fridge|paintings?) "
        r"(?:is|are|keeps|keep|started|was|were) (?:talking|whispering|speaking|yelling) (?:to|at|about) me\b"
        r"|\bthe (?:walls?|floor|ceiling|furniture|pictures|paintings?) (?:is|are|keeps|keep|started|was|were) "
        r"(?:moving|breathing|melting|crawling)\b(?!(?: \w+){0,4}? (?:after|from|on) (?:the|that|a) (?:ride|roller "
        r"coaster|boat|spin|tilt))"
        r"|\b(?:withdrawing|withdrawal|withdrawals|detoxing|detox|coming off|came off|quit|stopped|stopping|ran out "
        r"of|off)\b(?: \w+){0,3}? benzo\b(?: \w+){0,10}? (?:so confused|really confused|very confused|super confused|"
        r"totally confused|confused and|can not find (?:the|my) (?:way|door|room|car|house|bed)|lost in my own)\b")
    add("emergency",  # round 80: seeing children in the room who are not there (hallucinations)
        # a scene ("now he is seeing ..."), not a question ("can withdrawal make you see things that are not there")
        r"\b(?:is|are|am|keeps|keep|kept|started|starts|was|were|s) (?:seeing|hearing|talking to|talking with) (?:the "
        r"|a |some |little |dead |all "
        r"these |these |those )?(?:people|person|kids|children|child|man|woman|men|women|someone|somebody|things|stuff|"
        r"faces|figures|shadows|bugs|animals|spiders|snakes|relatives|visitors|strangers|voices|my \w+|his \w+|her \w+)"
        r"(?: \w+){0,4}? (?:who|that|which) "
        r"(?:are not|is not|were not|was not|are not really|is not really) (?:there|here|real)\b")
    add("emergency",  # round 80: stopped making sense and an arm that feels heavy (stroke signs, in either order)
        r"\b(?:stopped making sense|not making sense|slurring|slurred|talking funny|talking weird|words (?:are |were )?"
        r"(?:coming out )?(?:wrong|jumbled|garbled))\b(?: \w+){0,8}? (?:arm|leg|hand|face|side)\b(?: \w+){0,2}? "
        r"(?:feels "
        r"|felt |is |went |got |going )?(?:heavy|numb|weak|dead|limp|droopy|drooping)\b"
        r"|\b(?:arm|leg|hand|face|side)\b(?: \w+){0,2}? (?:feels |felt |is |went |got |going )?(?:heavy|numb|weak|limp|"
        r"droopy|drooping)\b(?: \w+){0,8}? (?:stopped making sense|not making sense|slurring|slurred|talking funny|"
        r"talking weird)\b", remote=True)
    add("emergency",  # round 80: the whole bottle taken; men in the corner since i stopped my klonopin
        r"\b(?:took|swallowed|downed) the (?:whole|entire) bottle\b(?! of (?:water|juice|soda|alcohol|gatorade|milk|"
        r"kombucha|vitamins|cough|hydrate)\b)"
        r"|\bthere (?:are|is) (?:men|people|a man|a woman|someone|somebody|kids|children|little people|faces|shadows|"
        r"bugs|snakes|spiders) (?:in|on) (?:the|my) (?:corner|corners|room|closet|walls?|ceiling|ceilings|floor|bed)\b"
        r"(?: \w+){0,6}? (?:since|after) (?:i |he |she )?(?:stopped|quit|came off|coming off|ran out of|cut)\b"
        r"|\bi am not crazy\b(?: \w+){0,2}? there (?:are|is) (?:men|people|a man|a woman|someone|somebody|kids|"
        r"children|"
        r"little people|faces|shadows|bugs|snakes|spiders) (?:in|on) (?:the|my)\b", remote=True)
    add("emergency",  # round 80: gray or blue with a snoring or gurgling sound (an opioid overdose as a bystander
        # hears it); sitting in the garage with the car running
        r"\b(?:turning|turned|going|gone|went|is|looks|look) (?:all )?(?:blue|gray|grey|purple|pale|ashen)\b"
        r"(?: \w+){0,5}? (?:snoring|gurgling|rattling|making (?:a|this|that|these|weird|strange|funny|\w+)(?: \w+)? "
        r"(?:snoring|gurgling|choking|rattling|weird|strange|awful) (?:sound|sounds|noise|noises))\b"
        r"|\b(?:sitting|sit|sat|lying|laying|waiting) in (?:the|my) (?:closed )?garage\b(?: \w+){0,3}? with the "
        r"(?:car|engine|motor|truck) (?:running|on|idling)\b(?! (?:to warm|with the (?:garage )?door open)\b)",
        negatable=False)
    add("emergency",  # round 79: can not get him to open his eyes; burning up after molly or meth (overheating on a
        # stimulant)
        r"\b(?:can not|could not|cannot) get (?:him|her|them|my \w+) to (?:open (?:his|her|their) eyes|respond|wake up|"
        r"wake|answer|talk)\b(?! (?:up|for|in the morning|early|on time|about)\b)"
        r"|\b(?:burning up|overheating|super hot|really hot|so hot)\b(?: \w+){0,10}? (?:after|on) (?:taking |doing |"
        r"smoking |snorting )?(?:molly|ecstasy|mdma|"
        r"meth|coke|cocaine|crack|a binge|speed|bath salts)\b", negatable=False)
    add(s,  # round 50: a loaded gun kept close ("i have got the gun loaded in the drawer"), not at the range
        r"\b(?:have|have got|got|keep|keeping|kept|left|leave) (?:the|my|a|dads|my dads) (?:gun|pistol|revolver|"
        r"shotgun|handgun) (?:loaded|all loaded)\b(?! (?:for (?:hunting|deer|the range|season|practice|home "
        r"defense|protection)|at the range|in the safe|when we go))"
        r"|\bloaded (?:the|my|dads|my dads) (?:gun|pistol|revolver|shotgun|handgun) (?:and|tonight|again tonight|"
        r"just in case|for myself|for me)\b(?! (?:went|headed|drove|took it|we) )")
    add(s,  # round 80: farewells said through things given away and affairs settled ("i will not be needing them",
        # "where i am going i do not need any of it", "so nobody has to deal with it after i am gone"), a goodbye only
        # the speaker knew was one, instructions to "whoever hears this", the last time we talk, it is not your
        # fault, calling everyone one last time, "tell my kids i loved them", someone scared a person will "do
        # something", a goodbye and then collapse, passwords sent and no answer, the rest of the bottle taken
        r"\b(?:gave|giving|given|give|gave away|giving away|left|leaving|handed|selling|sold)\b(?: \w+){1,16}? (?:i|he|"
        r"she|they) (?:will not|won t|am not going to|is not going to|are not going to) (?:be )?(?:needing|need|using) "
        r"(?:them|it|any of it|any of this|those|that stuff|my stuff|anything)(?:$| (?:anymore|where i am going|"
        r"where (?:he|she|they) (?:is|are) going|soon|much longer|after (?:tonight|today|this)))"
        r"|\bwhere (?:i am|i will be) going i (?:do not|will not|won t|would not) (?:need|be needing) (?:any of (?:it|"
        r"this|that)|anything|it|them|my stuff|stuff|things|money)(?:$| (?:anyway|anymore|at all))"
        r"|\b(?:nobody|no one|my (?:family|kids|wife|husband|mom|parents|sister|brother)|they|you|anyone) (?:has|have|"
        r"will have|would have|does not have|do not have|will not have|won t have|needs|need) to (?:deal with|worry "
        r"about|handle|clean up|sort out|pay for|take care of) (?:\w+ ){0,3}?(?:after|when|once) i am (?:gone|dead|not "
        r"here|not around)\b"
        r"|\b(?:did not|does not|do not|will not|would not) (?:know|realize|realise) (?:it|that|this) (?:was|is|would "
        r"be|will be) (?:a |my |our |the last )?(?:goodbye|farewell|the last time)\b(?: \w+){0,2}? but i (?:did|knew|"
        r"know|do)\b"
        r"|\bwhoever (?:hears|reads|finds|gets|sees) (?:this|these)\b(?: \w+){0,12}? (?:please )?(?:tell my|take care "
        r"of my|look after my|feed my|take (?:my |the )?\w+ to my|give my \w+ to|i am sorry|i love (?:you|them|my))\b"
        r"|\bwhoever finds (?:me|my body)\b(?! (?:in (?:hide|the game)|first|wins))"
        r"|\b(?:this is|this will be|that was|it is) the last time (?:we|you and i|i) (?:talk|speak|will talk|will "
        r"speak|are talking|get to talk|talk to you|speak to you)(?:$| (?:aria|coach|goodbye|bye|thank|thanks|i|so|"
        r"ever|again))"
        r"|\b(?:you|aria|coach) (?:tried|did) (?:your best|everything you could|all you could|the best you could)\b"
        r"(?: \w+){0,3}? (?:it is not|this is not|it was not|none of this is) your fault(?:$| (?:aria|coach|goodbye|"
        r"bye|i|this|it|thank))"
        r"|\b(?:called|call|calling|saw|see|seeing|visited|visit|hugged|hug|hugging|texted|text|talked to|talk to|"
        r"spoke to|kissed) (?:everybody|everyone|all the people|the people|my (?:family|kids|children|mom|mum|dad|"
        r"parents|wife|husband|sister|brother|friends|son|daughter|girlfriend|boyfriend|partner))(?: i love| i care "
        r"about)?(?: \w+){0,2}? (?:one last time|for the last time|one final time)\b(?! (?:before|until|till)\b)"
        r"|\btell (?:my|the) (?:kids|children|family|mom|mum|dad|parents|wife|husband|son|daughter|sister|brother|"
        r"girlfriend|boyfriend|partner|babies|boys|girls|friends) (?:that )?i (?:loved|was sorry|am sorry|did love)\b"
        r"|\b(?:scared|afraid|worried|terrified|think|fear)(?: that)? (?:she|he|they|my \w+) (?:is |are )?(?:going to|"
        r"about to|will|might|may) do something(?:$| (?:to (?:herself|himself|themselves|themself)|drastic|permanent|"
        r"tonight|final))"
        r"|\b(?:said|texted|texted \w+|told \w+|sent \w+ a|sent \w+) (?:goodbye|bye|farewell)\b(?: \w+){0,4}? now "
        r"(?:he|she|they) (?:is|"
        r"are|s)\b(?: \w+){0,6}? (?:barely breathing|not breathing|unresponsive|not responding|not moving|passed out|"
        r"blue|will not wake|on the (?:bathroom |kitchen )?floor)\b"
        r"|\b(?:texted|sent|gave|emailed|messaged) (?:me|us) (?:all )?(?:his|her|their) (?:passwords|passcodes|pin "
        r"numbers|bank (?:info|details))\b(?: \w+){0,12}? (?:will not|won t|is not|does not|can not|stopped) "
        r"(?:pick up|picking up|answer|answering|respond|responding|reply|replying)\b"
        r"|\bi (?:just |already )?(?:took|swallowed|downed|took like) (?:everything|all) (?:that was |that is )?"
        r"(?:left )?in (?:the|my) "
        r"(?:bottle|pill bottle)\b|\bi (?:just |already )?(?:took|swallowed|downed) the (?:whole|entire|rest of the) "
        r"(?:bottle|pill "
        r"bottle)\b(?! of (?:water|wine|vodka|alcohol|juice|soda|gatorade|cough)\b)"
        r"|\btomorrow (?:will not|won t|does not|is not going to|would not) matter\b(?! (?:if|because|since)\b)"
        r"|\b(?:so|now|then) i can (?:finally )?(?:go|die|let go|pass|leave this world) (?:in peace|peacefully)"
        r"(?:$| (?:now|tonight|finally))")
    add(s,  # round 80: means in passing: sat at the bridge for an hour looking down, staring at the knives thinking
        # about it, the train and walking out there, planning to take them all at once, all the pills after a fight
        r"\b(?:bridge|ledge|overpass|cliff|roof|rooftop|railing|edge)\b(?: \w+){0,10}? (?:for (?:an hour|hours|a long "
        r"time|a while|ages)|again|alone|every night)\b(?: \w+){0,4}? (?:looking|staring|stared|looked) (?:down|over "
        r"the (?:edge|side)|at the (?:water|drop|ground|tracks|traffic))(?:$| (?:and|thinking|wondering|i|again))"
        r"|\b(?:keep|kept|keeps|been|was|am|sat|sit|sitting|just) (?:staring|looking|stared|looked) at (?:the|my|his|"
        r"her|those|these|a|all the|all my) (?:knives|knife|pills|gun|pistol|rope|razor|razors|blades|blade|bottle|"
        r"meds|benzo|opioid|tracks|belt|cord|noose)\b(?: \w+){0,6}? (?:thinking|wondering|and thinking|and i think) "
        r"about (?:it|doing it|using (?:it|them)|how|it again)(?:$| (?:again|tonight|lately|and|all))"
        r"|\btrains?\b(?: \w+){0,14}? (?:thinking about|think about|want to|wanting to|urge to|tempted to|could) "
        r"(?:just )?(?:walk|walking|step|stepping|stand|standing|lie|lying|lay|laying|jump|jumping) (?:out there|out "
        r"in front|in front(?: of it)?|onto the tracks|on the tracks|on to the tracks)\b"
        r"|\b(?:planning|plans|planned|going|wants|want|wanted|thinking about|thinking of|about|ready|decided|decides) "
        r"to (?:take|swallow|down) (?:them all|it all|all (?:of )?(?:them|those|these|(?:my|his|her|the|their) "
        r"(?:\w+ )?(?:pills|meds|medication|tablets|benzo|opioid))) (?:at once|at the same time|together|in one go)\b"
        r"|\b(?:swallowed|took|downed|popped) (?:all|all of|every one of|the whole bottle of|a bottle of|a handful of|"
        r"the rest of) (?:my|his|her|their|the) (?:\w+ )?(?:pills|meds|medication|tablets|benzo|opioid|bottle)\b"
        r"(?: \w+){0,3}? (?:after|because of|right after|when) (?:we|i|he|she|they|our|the|a|an|my|his|her)"
        r"(?: \w+){0,3}? (?:fight|fought|argument|argued|broke up|breakup|break up|blowup|screaming match|split up|"
        r"dumped)\b")
    add(s,  # round 80: a drug and a drink taken with no care for waking ("... and whatever happens happens", "if i do
        # not wake up so be it")
        r"\b(?:benzo|opioid|alcohol|pills|meds|drink|drinks|everything i have|all of it|the whole bottle)\b"
        r"(?: \w+){0,8}? (?:and )?(?:whatever happens(?: happens| then| to me)|if i (?:do not|never|don t) wake up "
        r"(?:so be it|oh well|whatever|then so be it|then fine|good|who cares))\b"
        r"|\bif i (?:do not|never|don t) wake up (?:tomorrow |in the morning )?(?:so be it|oh well|then so be it|who "
        r"cares|good|even better|that is fine|that would be fine)\b")
    add(s,  # round 80: bystanders: a goodbye posted and the phone turned off, "we will all be happier when he is
        # gone", looking after his kids if anything happens to him
        r"\b(?:posted|sent|wrote|texted|left|put up|shared|made)\b(?: \w+){0,2}? (?:goodbye|farewell|goodbye "
        r"message|goodbye post|goodbye video)\b(?: \w+){0,6}? (?:turned|shut|switched) (?:his|her|their|my) phone off"
        r"|\b(?:posted|sent|wrote|texted|left|put up|shared|made)\b(?: \w+){0,2}? (?:goodbye|farewell)\b(?: \w+){0,6}? "
        r"(?:went silent|went dark|blocked everyone|deleted (?:all )?(?:his|her|their) (?:accounts?|facebook|instagram|"
        r"social media))\b"
        r"|\b(?:we|everyone|everybody|they|you|the family|my family|the kids)(?: will| would| are going to| all)?"
        r"(?: all)? be (?:so much |a lot |way )?(?:happier|better off|better|relieved) (?:when|once|if|after) (?:i am|"
        r"he is|she is|they are|i was|he was|she was|i were|he were|she were) (?:gone|dead|not here|not around)\b"
        r"(?! (?:on|for (?!good\b|ever\b)|to|at|during|over|this|next|until|till)\b)"
        r"|\b(?:asked|asking|asks|told|telling|wants|wanted) (?:me|us) to (?:look after|take care of|watch|raise|take) "
        r"(?:his|her|their) (?:kids|children|son|daughter|dog|cat|pets|baby|boys|girls) if (?:anything|something) "
        r"(?:happens|were to happen|ever happens|happened) to (?:him|her|them)\b(?!(?: \w+){0,6}? (?:surgery|"
        r"deploy\w*|deployment|trip|flight|travel\w*|will|lawyer|insurance|single)\b)")
    add(s,  # round 80: self-harm said without "myself": cutting again, "then i cut", dug into my arm with a razor,
        # starving myself as a punishment, banging my head against the wall when i get like this, cut too deep
        r"\b(?:started|start|starting|began|been|back to|went back to|relapsed on|relapsed with|slipped and) cutting\b"
        r"(?!(?: again)? (?:for|weight|calories|carbs|season|phase|before|the|my|our|his|her|it|them|back|down|out|"
        r"class|school|coupons|hair|wood|grass|corners|up)\b)"
        r"|\b(?:urge|urges|want|wanted|tempted|itching) to (?:cut|burn) (?:again|so bad|really bad)\b"
        r"|\b(?:then|so|and|or|instead) i (?:cut|burn)(?:$| (?:that is|it is|instead|to feel|again))"
        r"|\b(?:dug|dig|digging|cut|cutting|sliced|slicing|carved|carving|pressed|pressing) (?:in|into) (?:my|her|his) "
        r"(?:arms?|wrists?|thighs?|legs?|skin|stomach)\b(?: \w+){0,3}? with (?:a|the|my) (?:razor|blade|knife|scissors|"
        r"pin|needle|piece of glass|glass)\b"
        r"|\b(?:starving|starve|starved|hurting|hurt|punishing|burning|hitting|cutting|scratching) myself\b"
        r"(?: \w+){0,3}? (?:as (?:a )?punishment|to punish (?:myself|me)|because i deserve it|cause i deserve it)\b"
        r"|\b(?:bang|banging|banged|hit|hitting|slam|slamming|slammed) my head (?:against|into|on) (?:the |a )?(?:wall|"
        r"walls|floor|door|mirror|desk)\b(?: \w+){0,2}? (?:when i (?:get|feel|am)|until|till|and i can not stop|on "
        r"purpose|to feel|because i deserve)\b"
        r"|\bcut (?:myself |my \w+ )?(?:too deep|deeper than (?:i )?(?:meant|wanted|intended|planned|usual|ever)(?: "
        r"to)?)\b")
    add(s,  # round 80: in the crash after a binge: thinking about taking every one, hoping the bag is laced, my goodbye
        # written and now waiting, doing enough that i do not come back
        r"\b(?:pills|meds|benzo|opioid|bottle|medication|tablets)\b(?: \w+){0,6}? (?:thinking about|thinking of|think "
        r"about|thought about|tempted to|want to|going to|urge to|about to|fixing to|finna) (?:just )?(?:take|taking|"
        r"swallow|swallowing|down|downing) (?:every one|everyone|every last one|every single one|all of them|them all|"
        r"all of it)\b(?! (?:to|"
        r"with|out|of (?:you|them|us|the kids)|home|along|for a|on a|in the morning|with (?:breakfast|food))\b)"
        r"|\b(?:thinking about|thinking of|think about|thought about|tempted to|want to|going to|urge to) (?:just )?"
        r"(?:take|taking|swallow|swallowing|down|downing) (?:every pill|all my pills|all the pills|the whole bottle)\b"
        r"|\blaced\b(?: \w+){0,4}? i (?:kind of |kinda |sort of |actually |almost |secretly )?hope (?:it is|so|it "
        r"was)\b"
        r"|\b(?:hope|hoping|wish|praying) (?:it|this|the bag|this bag|the next one|this one|the next bag|the batch) "
        r"(?:is|was|gets|has) (?:laced|opioid|cut with opioid)\b"
        r"|\b(?:wrote|written|write|writing|recorded|left|finished) (?:my|a) (?:goodbye|goodbyes|farewell)(?:$| (?:and|"
        r"now|to everyone|to my|tonight|already))"
        r"|\b(?:do|take|use|shoot|snort|swallow|doing|taking|using) enough (?:\w+ )?(?:that|so|so that|to make sure) i "
        r"(?:do not|will not|never|would not|won t) (?:come back|wake up|make it|survive)\b")
    add(s,  # round 80: swallowing everything else in the cabinet
        r"\b(?:thinking about|thinking of|want to|going to|tempted to|urge to|thought about|might) (?:just "
        r")?(?:swallow|"
        r"swallowing|take|taking|down|downing) (?:everything|all the pills|all the meds|whatever)(?: else)? (?:is "
        r")?(?:in|"
        r"from) (?:the|my) (?:medicine )?(?:cabinet|cupboard|drawer|bathroom|house)\b(?! (?:to|out|with|down)\b)")
    add(s,  # round 80: older people's roundabout ways: just as soon not wake up, lived long enough, her pills and
        # thinking about taking them, affairs in order and ready to go on my own terms
        r"\b(?:i would|i had|i d|i) (?:just )?as soon (?:not wake up|never wake up|be dead|die|be gone|not be here|not "
        r"be alive|go to sleep and not wake up)\b"
        r"|\bi (?:have|ve) lived long enough(?:$| (?:and|i|now|already|honestly|at my age))"
        r"|\b(?:pills|tablets|meds|benzo|opioid|medication)\b(?: \w+){0,5}? i (?:think|keep thinking|have been "
        r"thinking|"
        r"thought) about (?:taking|swallowing) (?:them|it|them all|all of them)\b(?! (?:on time|with|every|at|in the|"
        r"before|after|again tomorrow|as prescribed)\b)"
        r"|\b(?:ready to|going to|want to|plan to|will|time to) (?:go|die|check out|exit|end it|end things|be done)\b"
        r"(?! out)(?: \w+){0,2}? on my own terms\b(?! (?:at|with|from|in) (?:work|my job|the job|the company|the "
        r"team)\b)"
        r"|\b(?:set|put|getting|got|have|had) (?:all )?my affairs in order\b(?: \w+){0,8}? (?:ready to go|ready to die|"
        r"ready to leave|time to go|on my own terms|will not be a bother|will not be a burden|i am ready)\b")
    add(s,  # round 80: teenagers: told to kill myself and maybe i should; done and not going to be here tomorrow
        r"\b(?:tell|tells|told|telling|keep telling|keeps telling) me to (?:kill (?:myself|yourself)|die|end it|go "
        r"die)\b"
        r"(?: \w+){0,4}? (?:maybe|and|honestly|so) (?:i|maybe i) (?:should|will|might|am going to)(?: just)?(?:$| "
        r"(?:do "
        r"it|listen|honestly|tonight))"
        r"|\bdone\b(?! with)(?: \w+){0,6}? not (?:going to|gonna) be (?:here|around|alive) (?:tomorrow|by "
        r"tomorrow|much longer|after tonight)\b(?! (?:i (?:got|have|am off|will be|work)|because|cause|since|for|at|"
        r"morning|night)\b)")
    add(s,  # round 80 (a probe of the recogniser's "mice elf"): thinking about how to hurt myself
        r"\b(?:thinking about|think about|thought about|thinking of|figuring out|planning|planned|wondering|looking up|"
        r"googling|searching|researching|reading about|read about|keep imagining|imagining) (?:how|ways|the best way|"
        r"the easiest way) (?:to|i could|i would|i can|i might|i will|i am going to) (?:hurt|kill|harm|cut|end|off|"
        r"hang|"
        r"poison|drown|shoot|overdose) (?:myself|my life|it all)\b")
    add(s,  # round 80: endings of a long ramble: easier if i was not alive, not planning on being around by then, a
        # gun bought after losses, decided i am not staying, do not be surprised if i am not here, his stuff given to me
        r"\b(?:would|will|d) be (?:so much |a lot |way )?(?:easier|better|simpler|best|a relief|more peaceful)(?: for "
        r"(?:everyone|everybody|them|all of us|my family|me))? if i (?:was|were|am) (?:not alive|not here|not around|"
        r"dead|gone|not in the picture|never born|not born)\b(?! (?:for|at|on|in|during|this|next|tomorrow|tonight)\b)"
        r"|\b(?:do not|don t|did not|no longer) (?:plan|intend|expect) (?:on|to) (?:being|be) (?:around|here|alive) "
        r"(?:by then|much longer|for much longer|anymore|next (?:year|month|week)|for (?:christmas|thanksgiving|the "
        r"holidays|my birthday|(?:his|her|their) birthday))\b(?!(?: \w+){0,4}? (?:because|since|cause|i will be|i am "
        r"going|we are going|traveling|travelling|working|visiting|moving|away|out of town|in)\b)"
        r"|\b(?:will not talk to me|lost my|left me|kicked me out|fired|divorce|custody|court|evict\w*|broke up|nobody|"
        r"no one|hopeless|can not take|gave up|giving up|relapsed)\b(?: \w+){0,12}? (?:and )?i (?:bought|got|purchased|"
        r"picked up|got myself) (?:a |myself a )?(?:gun|pistol|handgun|revolver)\b(?! (?:for|to (?:go|hunt|protect)|at "
        r"the range|license|safe)\b)"
        r"|\b(?:decided|made up my mind)(?: that)? i am not (?:staying|sticking around|going to stay|going to be here)"
        r"(?:$| (?:anymore|much longer|here|in this world|alive))"
        r"|\b(?:do not|don t) be surprised if (?:i am not|i am|i do not|i|you never see me|you do not see me) (?:here|"
        r"around|gone|make it|wake up|hear from me|see me)\b(?!(?: \w+){0,4}? (?:because|since|cause|i will be|i am "
        r"going|he is going|she is going|we are going|traveling|vacation|trip|holiday|visiting|going to|at work)\b)"
        r"|\b(?:been|is|keeps|started|has been) giving (?:me|us|people|everyone|everybody) (?:all )?(?:his|her|their) "
        r"(?:stuff|things|belongings|possessions|favorite things)\b(?!(?: \w+){0,6}? (?:because|since|cause|before|as) "
        r"(?:she|he|they) (?:is |are |was )?(?:moving|leaving|downsizing|relocating)\b)", negatable=False)
    add(s,  # round 80: said through a denial: would not mind if i did not wake up, a plan just in case, not a cry for
        # help, swears he is not suicidal but, his dog and his guitar given to me
        r"\b(?:would not|wouldn t|do not|don t|would not really) mind (?:if i|it if i) (?:did not|do not|never|didn t|"
        r"don t) (?:wake up|woke up|make it|see tomorrow)\b(?! (?:until|till|before|on time|early|in time|at)\b)"
        r"|\b(?:have|got|have got|made|i have) a plan\b(?: \w+){0,2}? (?:just )?in case(?:$| i need (?:it|to)| things "
        r"get| it gets| i decide)"
        r"|\bnot a cry for help\b(?:$|(?: \w+){0,4}? (?:made up my mind|decided|my mind is made up|i mean it|i am "
        r"serious|i am doing it|i am done))"
        r"|\b(?:swears|insists|claims|says|said|keeps saying) (?:that )?(?:he|she|they) (?:is|are|s|was) not suicidal "
        r"but\b"
        r"|\b(?:gave|given|giving) (?:me|us) (?:his|her|their) \w+ and (?:his|her|their) \w+\b(?: \w+){0,8}? (?:only "
        r"one (?:he|she|they) trusts?|take care of (?:them|it|him|her)|look after (?:them|it|him|her)|will not need|"
        r"does "
        r"not need|won t need)", negatable=False)

    add(s,  # round 200: hiding until it is over; a farewell with an apology for everything; which bridge and when;
        # "better off if he was gone" as he keeps saying it; wishing to have died
        r"\b(?:nobody|no one) (?:will |would |can )?(?:finds?|find|sees?|see|stops?|stop|walks? in on) (?:me|him|her) "
        r"(?:until|till|before) (?:it is |it s )?(?:over|too late|done)\b"
        r"|\b(?:texted|text|messaged|wrote|sent|said|told) (?:me |us |him |her |them |everyone |everybody )?(?:a )?"
        r"(?:goodbye|good bye|farewell)\b(?! (?:for now|see you|until|till|later)\b)(?: \w+){0,8}? sorry for "
        r"everything\b"
        r"|\b(?:planning it|plan it|planned it)\b(?: \w+){0,8}? (?:which|what) (?:bridge|building|overpass|cliff)\b"
        r"|\b(?:which|what) (?:bridge|building|overpass|cliff)\b(?: \w+){0,12}? (?:i will|i am going to|i would) "
        r"(?:do it|jump)\b"
        r"|\b(?:saying|says|said|told (?:me|us|her|him)) (?:\w+ ){0,4}?better off if (?:he|she|they|i) (?:was|were|is|"
        r"are) (?:gone|dead|not here|not around)\b"
        r"|\b(?:wish|wished|wishing) i (?:had|would have|would of|could have) died\b(?! (?:of|from|laughing|my|her|his|"
        r"it|the|them)\b)")
    add(s,  # round 300: a means plus intent (a car off a bridge tonight; a gun and how easy it would be), better
        # off if i vanished for good, cutting deeper, sorry a woke up at all, not going to be here anyway, a will to
        # live at zero, a farewell note found or placed, peace made and goodbyes said
        r"\b(?:going to|gonna|will|is going to|wants to|want to|plans to|planning to|about to) (?:just )?(?:drive|"
        r"steer|crash|swerve) (?:his |her |my |their |the )?(?:car |truck |van |jeep |motorcycle |bike )?(?:off|into) "
        r"(?:a |the )?(?:bridge|cliff|overpass|river|lake|quarry|ravine|oncoming traffic|wall|tree)\b"
        r"(?! (?:on the way|to get|exit|ramp|on ramp|off ramp|toll)\b)"
        r"|\b(?:gun|guns|pistol|rifle|firearm|shotgun|pills|rope|noose|razor|blade|bridge|ledge|knife)\b(?: \w+){0,6}? "
        r"(?:how easy it (?:would|will|could) be|it would be (?:so )?easy|it would be so simple|how simple it would be)"
        r"(?:$| to (?:end|do it|just|pull|go|never|not)| and| anyway)"
        r"|\b(?:everybody|everyone|we|they|you|the world|my family|all of (?:us|you|them)) (?:would|will|\w+ would) "
        r"(?:all )?be better off if (?:i|he|she|they) (?:just )?(?:disappeared|dipped|vanished|went away|was gone|were "
        r"gone|left|stopped existing|ceased to exist|checked out)(?: \w+)? (?:permanently|for good|forever|for real)\b"
        r"|\bcutting (?:myself )?again\b(?: \w+){0,8}? (?:go|goes|cut|cuts|going) deeper\b"
        r"|\b(?:want|wanna|wanted|need) (?:it|them|the cuts?|the cutting) to (?:go|be) deeper\b"
        r"|\b(?:disappointed|upset|sad|angry|mad|pissed|bummed|annoyed|devastated|gutted) "
        r"(?:that )?i (?:woke up|am still "
        r"(?:alive|here|breathing)|survived|made it through the night|did wake up|lived through)"
        r"(?: at all| again| this morning| another day)?(?:$| and (?:i|it|now))"
        r"|\b(?:not (?:going to|gonna)|will not|won t) be (?:here|around|alive) "
        r"(?:tomorrow|tonight|next week|much longer|by (?:morning|"
        r"tomorrow|monday|the weekend))(?: \w+)? (?:anyway|anyways|so (?:who cares|it does not matter|what|why)|"
        r"regardless)\b"
        r"|\bwill to live (?:is|is at|at|has hit|hit|is like|is basically|is pretty much) (?:a |an |like |like a )?"
        r"(?:zero|0|none|nothing|nonexistent|gone|empty|rock bottom|negative|minus)\b"
        r"|\b(?:no|zero|lost (?:my|the|all|his|her)|lost all) (?:will|desire|reason) to live\b"
        r"|\bfound a (?:note|letter)\b(?: \w+){0,6}? (?:saying|says|that says|that said|said|telling (?:us|me|them)) "
        r"(?:he|she|they|i)? ?(?:is |was |are )?(?:sorry for everything|goodbye|good bye|he loves us|she loves us|"
        r"i love you all|do not blame|it is not (?:your|our|my|anyone s|anybody s) fault|not to blame)"
        r"|\b(?:wrote|written|left|write) a (?:note|letter) for (?:my|the|our) \w+ (?:it is|it s|they are|which is|"
        r"is) (?:on|in|under) (?:the|my|her|his) (?:kitchen table|table|counter|nightstand|desk|pillow|bed|dresser)$"
        r"|\b(?:made|make|making) (?:my )?peace\b(?: \w+){0,4}? (?:said|say|saying) (?:my )?goodbyes\b"
        r"|\bi (?:will not|won t|am not going to) (?:be )?(?:needing|need) (?:these|this|the|my|any more|any) "
        r"(?:sessions?"
        r"|app|coaching|calls?|check ins?|meetings?) (?:after|past|beyond) (?:tonight|today)\b"
        r"(?! (?:because|since|cause|as|i am (?:going|starting|moving|checking)|we|my))", negatable=False)


    # ---- emergency -----------------------------------------------------------------------------
    e = "emergency"
    add(e,  # round 300: a dose taken twice and now drowsy or confused; out cold and snoring after a pill; the chest
        # hurting for an hour (still going on, said with how long)
        r"\b(?:took|taken|take|had) (?:my|the|all my|his|her) (?:pills|meds|medication|medicine|dose|doses|benzo|"
        r"opioid|\w+ pills)(?: \w+){0,2}? (?:twice|two times|double|again|three times|too many times)\b(?: \w+){0,8}? "
        r"(?:drowsy|confused|can not stay awake|can barely stay awake|can not keep my eyes open|nodding off|"
        r"passing out|"
        r"slurring|can not think straight|can not walk straight|seeing double)\b"
        r"|\b(?:out cold|will not wake up|won t wake up|can not wake (?:him|her|them)|snoring (?:weird|weirdly|funny|"
        r"strange|strangely|really loud and weird))\b(?: \w+){0,8}? (?:after|since|from) (?:that|the|a|some|those|his|"
        r"her|their|them|these) (?:pills?|benzo|opioid|bars?|xans?|percs?|oxys?|beans|tabs?|shot|hit|line|bump|stuff|"
        r"fent|drugs?)\b"
        r"|\bchest (?:has been|have been|been|keeps|kept|has kept|is still|has) (?:hurting|aching|burning|squeezing|"
        r"pounding|tight|really tight|killing me)\b(?: \w+){0,3}? (?:for (?:an|a|about|over|almost|like|the last|the "
        r"past|\w+) (?:hour|hours|half hour|minutes|\w+ minutes|\w+ hours|while)|since|all (?:night|morning|day|"
        r"evening))\b", remote=True)
    add(e,  # round 200: fading out after using; slumped over and not answering; shadows and whispering voices
        r"\b(?:feel|feeling|felt) (?:myself|him|her) (?:(?:fading|drifting|passing) out|slipping under|going under)\b"
        r"|\bslumped (?:over|down)\b(?: \w+){0,5}? (?:will not|would not|won t|is not|not|does not|can not) "
        r"(?:answer|answering|respond|responding|wake|waking|move|moving)\b"
        r"|\b(?:hearing|hear|heard) (?:people|someone|somebody|voices) (?:whispering|calling|saying) my name\b"
        r"|\b(?:seeing|see|saw) shadows moving\b"
        r"|\b(?:i am|he is|she is) about to have (?:a|another) (?:seizure|fit)\b")
    add(e,  # round 56: a throat closing up (anaphylaxis)
        r"\bthroat (?:is |feels like it is |feels |keeps )?(?:closing|closing up|swelling shut|swelling closed)\b")
    add(e,  # round 55: a small child into someone's pills or bleach; throwing up blood
        r"\b(?:toddler|baby|infant|kid|child|little one|son|daughter|nephew|niece|grandson|granddaughter) (?:\w+ )"
        r"{0,2}?(?:swallowed|ate|got into|drank|chewed) (?:some of |a few of |a bunch of |all of |a handful of )?"
        r"(?:(?:her|his|their) )?(?:my|the|our|grandmas|dads|moms|her|his|their) (?:pills|meds|medication|medicine|"
        r"benzo|opioid|tablets|moud)\b"
        r"|\b(?:toddler|baby|infant|kid|child|little one|son|daughter) (?:\w+ ){0,2}?(?:swallowed|drank|ate|got into) "
        r"(?:some |a |the )?(?:bleach|laundry pods?|detergent pods?|drain cleaner|antifreeze)\b"
        r"|\b(?:throwing up|vomiting|puking|threw up|vomited|coughing up|coughed up) (?:a lot of |so much |some )?"
        r"blood\b")
    add(e,
        r"(?<!if i )(?<!if he )(?<!if she )(?<!if you )\boverdosed\b" + _OD_IDIOM
        + r"|\boverdoses\b(?! (?:are|happen|can|kill|in|every|each|from|on|rates|deaths))"
        r"|\b(?:having|had|is having|am having|went into|going into|is in|am in|in) (?:an? )?overdose\b"
        r"|\bthis is (?:an? )?overdose\b", remote=True)
    add(e,
        r"\b(?:think|feel like|feels like|scared|afraid|worried|sure) (?:that )?(?:i am|i will|he is|she is|"
        r"they are|we are|he will|she will) (?:going to|about to|gonna) die\b", negatable=False)
    add(e,
        r"(?<!of )(?<!about )(?<!avoid )(?<!from )(?<!without )(?<!prevent )(?<!stop )(?<!afraid )"
        r"\boverdosing\b" + _OD_IDIOM)
    add(e,
        r"\b(?:an? )?overdose\b" + _OD_IDIOM + r"(?! (?:risk|prevention|kit|training|awareness|deaths|death|"
        r"rates|statistics|"
        r"crisis|on purpose))", hypothetical=True, remote=True)
    add(e,
        r"\b(?:took|taken|take|did|done|used|snorted|smoked|shot|popped|swallowed|injected|"
        r"taking|doing|using|snorting|smoking|popping) (?:way |far |a lot |much |a little |a bit |"
        r"probably |maybe |just |really )?too (?:much|many)\b(?! (?:time|on|work|food|coffee|sugar|caffeine"
        r"|of my time|responsibility|stress|classes|shifts|hours|breaks|days|notes|pictures|photos|"
        r"vitamins|naps|cough|melatonin|tylenol|advil|ibuprofen|on myself|to heart|personally|credit|"
        r"selfies|weight|to drink))", remote=True)
    add(e,
        r"\b(?:took|swallowed|taken|downed|popped|took like) (?:" + _MANY + r"|everything|the whole bottle|a "
        r"whole bottle|a bottle|a handful|a whole handful|a bunch|a whole bunch|the rest|half the bottle|a whole "
        r"pack) (?:of )?(?:my |the |"
        r"those |these |his |her |their |a )?(?:pills|benzo|opioid|meds|medication|medicine|tablets|bottle|"
        r"prescription|script|" + _MEDS + r")\b"
        # round 80: the day's pills taken as meant ("took all his pills this morning after breakfast")
        r"(?! (?:this morning|today|on time|as prescribed|for the day|for today|like (?:i|he|she|they) (?:was|were|am|"
        r"is|are) supposed to|with (?:breakfast|lunch|dinner|food|water)|after (?:breakfast|lunch|dinner|eating))\b)",
        remote=True)
    add(e,
        # "go to sleep and not wake up", "if i was not breathing": a wish, not a scene
        r"(?<!sleep and )(?<!asleep and )(?<!sleep and just )(?<!if i was )(?<!if i were )(?<!of )(?<!about )"
        r"\b(?:not|barely|hardly|stopped|no longer|is not|are not|s not) (?:breathing|responding|"
        r"responsive|conscious|waking up|breathing right|breathing properly)\b(?! (?:hard|heavily|heavy|as hard|"
        r"so hard|fast|so fast|as fast|so loud|loud|loudly|so loudly|like that|the way|through (?:his|her|my) "
        r"(?:nose|mouth)|early|on time|in time|before|until|till|for (?:work|school|class|his|her|the))\b)"
        r"(?! (?:to (?:my|his|her|"
        r"our|the|any) (?:texts|messages|calls|emails|calls|texting)|to texts|to messages|to calls|on "
        r"(?:the|his|her) phone))", negatable=False)
    add(e,
        r"\b(?:can not|could not|cannot|unable to|hard to|trouble|struggling to|struggle to|hard time|"
        r"rough time|difficulty|difficult to|hardly|barely|problems|problem|fighting to|fight to|gasping to) "
        r"(?:\w+ )?(?:breathe|breathing|catch (?:my|his|her|their) breath|get (?:air|"
        r"a breath|enough air|a (?:good|full|deep|real|proper|decent) breath(?! of))|getting air)\b"
        r"(?! (?:through my nose|when i (?:laugh|run|exercise)|"
        r"with this mask)|(?: \w+){0,2}? (?:laughing|laugh|lol|lmao|haha|hahaha)\b)")
    add(e,
        r"\b(?:short|shortness) of breath\b|\bgasping\b"
        # round 73: out of breath on a mountain or a run is exertion
        r"(?!(?: \w+){0,3}? (?:at the top|after (?:the|my|a) (?:run|race|workout|climb|hike|swim|sprint)|"
        r"from (?:laughing|"
        r"running|the climb)|on the (?:hike|climb|treadmill|stairs)|while (?:running|laughing|climbing|swimming))\b)"
        r"|\bchoking\b(?! (?:on (?:my )?(?:words|tears)|up))"
        r"|\bturning blue\b|\b(?:he|she|they|lips|skin|face|body|baby|friend|buddy|partner|brother|sister|son|"
        r"daughter|mom|dad|boyfriend|girlfriend|husband|wife) (?:is |are |looks |look |went |turned |is turning |"
        r"is going |has gone |feels )?(?:all )?(?:blue|gray|grey|purple|pale) and (?:cold|limp|not breathing|"
        r"not moving|"
        r"unresponsive|not waking up|will not wake up|clammy|will not open (?:her|his|their) eyes|will not respond|not "
        r"responding|will not answer)\b|\b(?:limp|clammy) and (?:blue|gray|grey|purple)\b"
        r"|\b(?:lips|face|skin|fingers|fingertips|nails|fingernails)(?: and (?:his |her |their )?(?:lips|face|skin|"
        r"fingers|fingertips|nails|fingernails))? (?:are |is |look |looks |went |turned |turning |"
        r"going )?(?:blue|bluish|blueish|gray|grayish|grey|greyish|purple|purplish)\b(?! from (?:the cold|cold|being "
        r"cold|the snow|the ice|paint|dye|ink|the marker|markers|blueberries|the pool|the popsicle|a popsicle|candy|"
        r"freezing|the slushie)\b)|\bblue lips\b")
    add(e,  # round 11: a heart attack or an overdose as a bystander sees it
        r"\b(?:grabbed|grabbing|clutching|clutched|holding|held|grabs|clutches) (?:his|her|their|my) (?:chest|heart"
        r"|left arm)\b(?! (?:protector|pad|strap|piece|of drawers|rig|harness))|\bheart (?:is |feels like it is |feels"
        r" like it |is about to |)(?:going to|gonna|about to)"
        r" (?:explode|burst|jump out|come out of my chest|pound out|give out|stop)\b"
        r"(?! (?:with|from (?:joy|happiness|love|excitement)|when|if|of (?:joy|love|happiness)))"
        r"|\bchest (?:\w+ ){0,4}?(?:crushed|crushing|squeezed|squeezing|caving in|exploding|going to explode)\b"
        r"(?<!chest day crushed)(?<!chest day crushing)"
        r"|\b(?:took|swallowed|popped|ate|downed|did|snorted|used) (?:\w+ ){0,3}?(?:pills|benzo|opioid|meds|tablets|"
        r"line|lines|bump|coke|drugs|something) and (?:now )?(?:he|she|they|i|my \w+) (?:will not|can not|could "
        r"not|is not|are not|does not|do not|won t) (?:talk|speak|respond|answer|move|make sense|stand up|stand|"
        r"walk|stay awake|keep (?:his|her|their|my) eyes open|open (?:his|her|their) eyes)\b"
        r"|\b(?:just |blankly )?staring (?:blankly |off )?(?:into space|at nothing|and (?:will not|not|does not|"
        r"can not) (?:respond|answer|blink|move|talk))\b|\b(?:glassy|glazed|blank) (?:eyed|eyes|stare) and "
        r"(?:not|will not|does not|can not) (?:respond|responding|answer|answering|moving|blinking)\b",
        negatable=False)
    add(e,  # round 13: a head injury while intoxicated; someone who stopped making sense
        r"\b(?:hit|hits|banged|bumped|smacked|cracked|split) (?:his|her|my|their) head\b(?: \w+){0,12}? (?:not "
        r"making sense|confused|passed out|throwing up|vomiting|puking|unconscious|will not wake|can not wake|"
        r"bleeding|sleepy|slurring|out of it|blacked out|knocked out|not responding|will not respond)\b"
        r"|\b" + _SOMEONE + r" (?:is|are|was|has) (?:not making sense|making no sense|stopped making sense)\b(?! "
        r"(?:about|when|with (?:his|her|their) (?:argument|excuses)))", negatable=False)
    add(e,  # round 14: found slumped or still
        r"\b(?:slumped|hunched|keeled) over\b(?: \w+){0,5}? (?:not moving|not responding|unresponsive|will not "
        r"(?:wake|respond|move)|can not wake|not breathing|blue|gray|grey|cold)\b|\b(?:slumped|slumped over) "
        r"(?:in|at) (?:his|her|their|the|a) (?:car|wheel|steering wheel|toilet|bathroom)\b"
        r"|\bslumped (?:over )?on (?:the|a|his|her) (?:toilet|steering wheel|sink|bathroom floor)\b"  # round 76
        r"|\b(?:on the floor|on the ground|in (?:his|her|the|a) car|in the bathroom|in the stall) (?:and )?(?:is )?"
        r"not (?:moving|responding|waking up)\b", negatable=False)
    add(e,  # round 21: the sounds of an overdose, someone who will not wake
        r"\b(?:he|she|they|my \w+|\w+friend|buddy|roommate) (?:is|are|keeps|started|was) (?:making|doing) (?:this |"
        r"these |a |some |weird |strange |loud )*(?:gurgling|snoring|rattling|choking|gasping|death rattle) "
        r"(?:sounds?|noises?)\b|\b(?:will not|would not|can not|won t) wake$", negatable=False)
    add(e,  # round 23: turning gray while snoring, someone found cold on the floor
        r"(?<!sky )(?<!water )(?<!ocean )(?<!lake )(?<!weather )(?<!room )(?<!house )(?<!it )(?<!sea )"
        r"\b(?:turning|turned|went|gone|going|is) (?:all )?(?:blue|gray|grey|purple)\b(?: \w+){0,3}? (?:snoring|"
        r"gurgling|rattling|gasping|choking|not breathing|barely breathing|limp|cold)\b"
        r"|\b(?:on the (?:\w+ )?floor|on the ground|in the (?:bathroom|stall|tub|bathtub|shower)) (?:\w+ ){0,2}?"
        r"(?:he|she|they|and he|and she|and they) (?:is|are|feels|feel|was|were) (?:ice |really |so |stone )?"
        r"(?:cold|limp|stiff)\b", negatable=False)
    add(e,  # a seizure as a bystander describes it
        r"\b(?:shaking|jerking|twitching|convulsing|thrashing|stiff|flopping) (?:\w+ ){0,3}?(?:and )?(?:foaming|"
        r"drooling and|eyes rolled back|eyes rolling back|eyes rolled up)\b"
        r"|\b(?:twitching|jerking|shaking|convulsing|seizing|stiff) and (?:will not|is not|does not|can not|won t) "
        r"(?:answer|answering|respond|responding|wake|waking|talk|talking|look at|looking at)\b"
        r"|\b(?:and|he is|she is|they are|he started|she started|"
        r"mouth is|mouth started) foaming\b(?! (?:milk|soap|at the mouth about|over))"
        r"|\bfoaming (?:and|while) (?:shaking|jerking|twitching|convulsing|seizing)\b"
        r"|\bon the (?:floor|ground|bathroom floor) (?:\w+ ){0,2}?(?:shaking|jerking|twitching|convulsing|"
        r"thrashing|flopping|seizing|not moving)\b|\b(?:shaking|jerking|twitching|convulsing|thrashing|"
        r"flopping) (?:around |all over )?on the (?:floor|ground)\b|\beyes (?:are |keep )?(?:rolled|rolling) "
        r"(?:back|up)\b", negatable=False)
    add(e,
        r"\b(?:unresponsive|unconscious|not conscious|lost consciousness|losing consciousness|foaming at the"
        r" mouth|frothing at the mouth|foam (?:coming out of|at|from) (?:his|her|their|my) mouth)\b")
    add(e,
        r"\bbreathing (?:is |seems |sounds |has gotten |got )?(?:\w+ )?(?:slow|slowly|shallow|weird|funny|strange|"
        r"irregular|rattling|gurgling|snoring|raspy|labored|laboured)\b(?<!breathing slower)"
        r"|\b(?:his|her|their|\w+ s) breathing (?:sounds|is|sounds kind of) like (?:a )?(?:rattle|rattling|snoring|"
        r"gurgling|gargling|snore)\b"
        r"|\b(?:breathing|breathes|breathe|breaths?) (?:\w+ ){0,2}?(?:once every|every (?:few|ten|twenty|\w+) "
        r"seconds)\b", negatable=False)
    add(e,
        r"(?<!\bi )(?<!\bi just )(?<!\bi really )(?:will not|would not|is not|does not|can not|could not|"
        r"won t) (?:wake up|waking up|respond|responding|come to|coming to)\b(?! (?:for|in the morning|early|on "
        r"time|to (?:my|his|her|the|any|texts|messages|calls|emails)))", negatable=False)
    big = (r"(?:five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
        r"nineteen|twenty|thirty|forty|fifty|sixty|a hundred|a dozen|dozens of|a bunch of|a lot of|a ton of|"
        r"a whole lot of|a (?:whole |big |huge )?(?:handful|fistful|bunch) of|handfuls of|[5-9]|[1-9][0-9]+)"
        r"(?: \w+)?")
    add(e,
        r"\b(?:took|swallowed|popped|taken|ate|downed|had) (?:like |about |around |maybe |almost |over |)"
        + big + r" (?:of )?(?:my |the |those |these |his |her )?(?:benzo|opioid|pills|tablets|meds|sleeping "
        r"pills|capsules|caps)\b", remote=True)
    add(e,
        r"\b(?:can not|could not|cannot) (?:wake|rouse|get) (?:him|her|them|my \w+|\w+) (?:up|to wake up|"
        r"to respond|to wake)\b(?! (?:up )?(?:for (?:work|school|class|his shift|her shift|church|the bus|breakfast)|"
        r"in the morning|this morning|early|on time))"
        r"|\b(?:can not|could not|cannot) (?:wake|rouse) (?:him|her|them|my \w+)\b(?! (?:up )?(?:\w+ )?(?:for "
        r"(?:work|school|class|his shift|her shift|church|the bus|breakfast)|in the morning|this morning|early|"
        r"on time|before|until|till))|\b" + _SOMEONE + r" (?:\w+ )?(?:will not|would not|is not|does not|can not|"
        r"could not|won t) (?:wake up|waking up|respond|responding|come to|coming to|open (?:his|her|their) "
        r"eyes)\b(?! (?:early|on time|in time|for (?:work|school|class|church|the bus)|before|until|till|at \w+ "
        r"(?:am|pm|o clock))\b)", negatable=False)
    add(e,
        r"\b(?:collapsed|fainted|went limp|keeled over|passed out cold|is passed out|are passed out|"
        r"dropped to the floor|hit the floor|fell down and)\b"
        # round 200: "collapsed the tent" (something folded up, not a person falling)
        r"(?! (?:the|our|their|his|her|my|its|that|this|those|these) (?!floor|ground)\w+)"
        r"(?! (?:(?:on|onto|into|in) (?:the |a |his |her |my |"
        r"their )?(?:couch|sofa|bed|chair|armchair|recliner|hammock|beanbag)|in (?:bed|front)|after (?:work|the|a|"
        r"his|her|my)|from (?:exhaustion|laughter|laughing)|with laughter|laughing|in laughter))"
        r"|\b" + _SOMEONE + r" (?:just |suddenly |has |"
        r")?passed out\b(?! (?:on the (?:couch|sofa|bed)|in (?:bed|front)|early|at \w+|after work|drunk|"
        r"watching|asleep))|\b(?:going to|about to|gonna|feel like i am going to|might|think i am going to"
        r"|feel like i will|i will) (?:pass out|faint|black out|collapse)\b", remote=True)
    add(e,
        # round 65: a pet's seizure is for the vet
        r"(?<!dog )(?<!cat )(?<!dog is )(?<!cat is )(?<!puppy )(?<!pet )"
        r"\b(?:having|had|has had|is having|am having|went into|gone into|going into|just had|in the "
        r"middle of) (?:an? |another |multiple |several |some )?(?:seizures?|heart attack|stroke|"
        r"convulsions?|fits?)\b(?! (?:scene|episode|story|in (?:the|a|that) (?:movie|show|book|film)|"
        r"of (?:luck|genius|brilliance|inspiration)|victim|patient|survivor|unit|medication|medicine|meds))"
        r"|\b(?:seizing(?! (?:the|this|that|an?|every|my|his|her|our|their|upon|control|power)\b)|convulsing|"
        r"seizing up|shaking uncontrollably|fitting on the floor)\b", remote=True)
    add(e,
        r"\b(?:(?<!dog had a )(?<!cat had a )(?<!dog has a )(?<!cat has a )(?<!dog is having a )"
        r"(?<!cat is having a )seizure|"
        r"(?<!\bhas )(?<!\bhave )(?<!\bgets )(?<!\bget )(?<!\bfor )(?<!cat had )(?<!dog had )(?<!puppy had )"
        r"(?<!kitten had )seizures|convulsions|"
        r"heart attack)\b(?! (?:risk|"
        r"medicine|meds|medication|disorder|"
        r"history|threshold|symptoms|signs|prevention|from (?:the|a) movie))", hypothetical=True,
        remote=True)
    add(e,
        r"\bstroke (?:symptoms|signs)\b|\b(?:think|feel like|feels like|scared|afraid|worried|could be) "
        r"(?:i am|he is|she is|they are|it is|this is|i am having|he is having|she is having|i have|"
        r"having|i had|he had|she had) (?:an? )?(?:stroke|heart attack|seizure|overdose)\b"
        r"|\b(?:heart attack|stroke|seizure) (?:right now|happening)\b", negatable=False)
    add(e,
        # round 60: "had chest pain last year but he is fine now": over, and said to be over
        r"\b(?!(?:chest|heart) (?:pain|pains|pressure) (?:\w+ ){0,2}?(?:years? ago|months? ago|last (?:year|month|"
        r"summer|winter|spring|fall)|back in|in (?:19|20)\d\d|(?:a few|a couple|a couple of|couple of|some|several|"
        r"two|three|four|five|six) (?:days|weeks|months|years) back)\b(?: \w+){0,4}? (?:but|and|turned out)"
        r"(?: \w+){0,5}? (?:(?:he|she|i|they) (?:is|am|are) (?:fine|ok|okay|better|good|all good|doing (?:fine|great|"
        r"good|well))|it (?:is|was) (?:gone|over|fine|nothing|just|only|heartburn|anxiety|acid reflux|indigestion|"
        r"a panic attack|gas|a pulled muscle))\b)"
        r"(?:chest|heart) (?:pain|pains|pressure|tightness|tightening|is (?:tight|tightening|hurting|"
        r"killing me|heavy|burning|on fire|crushing|squeezing|really tight|so tight|really hurting)|hurts|"
        r"hurting|feels (?:tight|heavy|crushed|like (?:it is|it will|it is going to|an elephant|someone|"
        r"something|a weight|i am))|keeps hurting|really hurts|aches|is aching)\b(?<!heart is heavy)"
        r"(?<!heart hurts)(?<!heart hurting)(?<!heart feels heavy)(?<!heart aches)(?<!heart is aching)"
        r"(?<!heart really hurts)(?<!heart keeps hurting)(?<!heart is hurting)"
        r"(?! (?:from|after) (?:my cold|a cold|the cold|the flu|allergies|my allergies|laughing|bench|the gym|the "
        r"workout|my workout|working out|lifting|push ?ups|coughing|chest "
        r"day|bench day|bench press|benching))"
        r"|\bpains? in my (?:chest|left arm|heart|jaw)\b|\b(?:pressure|tightness|weight|squeezing|"
        r"elephant) (?:in|on) my chest\b|\bcrushing (?:pain|feeling)\b")
    add(e,
        r"\bheart (?:is |keeps |has been |started |will not stop |)(?:racing|pounding|beating (?:so |really"
        r" |too |very |super |like )?(?:fast|hard|crazy|weird|funny|irregular|out of)|skipping(?: beats)?|"
        r"fluttering|going (?:crazy|a mile a minute|so fast|really fast)|out of control|beating out of my"
        r" chest)\b" + _EXERTION + r"|\b(?:racing|pounding|irregular) (?:heart|heartbeat|heart beat|pulse)\b"
        r"|\bheart (?:will not|would not|can not) slow down\b"
        r"|\bheart\b(?: (?!was\b|were\b|used\b|stopped\b|stops\b|quit\b)\w+){1,4}? (?:racing|pounding|"
        r"skipping beats|fluttering|beating out of my chest)\b" + _EXERTION
        + r"|\bsomething (?:is )?(?:wrong|off|weird) with my "
        r"heart\b|\bheart rate (?:is )?(?:through the roof|"
        r"really high|so high|super high|way up|crazy)\b|\bpalpitations\b|\bheart (?:is )?(?:beating|"
        r"going) (?:out of|through) my chest\b|\bpulse is (?:racing|pounding|crazy)\b")
    add(e,
        r"\b(?:face|mouth|smile) (?:(?:suddenly|just|kind of|all of a sudden) )?(?:is |are |feels |feel |looks |went |"
        r"is all |seems |has gone |)(?:(?:suddenly|all|kind of|really) )?(?:drooping|"
        r"droopy|numb|"
        r"crooked|lopsided|uneven|paralyzed|frozen|slack|falling)\b|\b(?:one|left|right) side of (?:my|his|"
        r"her|their) (?:face|body|mouth) (?:is |feels |went |has gone |looks |)(?:numb|drooping|droopy|weak|"
        r"dead|paralyzed|tingling|not working|heavy|limp|falling)\b|\bnumb on one side\b"
        r"|\b(?:can not|could not) (?:move|feel|lift|raise|use) (?:the |my |his |her |their |one )?(?:left |right )?"
        r"side of (?:my|his|her|their) (?:face|body|mouth)\b|\b(?:can not|could not) (?:move|feel|use) half (?:of )?"
        r"(?:my|his|her|their) (?:face|body|mouth)\b|\bhalf (?:of )?(?:my|his|her|their) (?:face|body|mouth) (?:is |"
        r"feels |went |has gone )?(?:numb|drooping|droopy|dead|paralyzed|tingling|not working|frozen|not moving|"
        r"will not move|can not move|stopped working|stopped moving)\b"
        r"|\b(?:can not|could not) (?:move|feel|lift|raise) (?:my|his|her) (?:arm|arms|leg|legs|face|"
        r"left|right|hand)\b|\b(?:arm|leg|hand) (?:is |feels |went |has gone )?(?:numb|weak|limp|dead|"
        r"paralyzed)\b(?! from (?:sleeping|lying|sitting))|\b(?:slurred|slurring|garbled) (?:speech|words|"
        r"my words|his words|her words|talking)\b|\bspeech (?:is|sounds|seems) (?:all )?(?:slurred|garbled|weird|funny"
        r"|off|strange|wrong)\b|\bslurring\b"
        r"|\b(?:can not|could not) (?:talk|speak) (?:right|properly|straight|clearly|normally)\b"
        r"(?! now)|\bwords (?:are )?(?:coming out|come out) (?:wrong|weird|jumbled|all wrong|funny|"
        r"garbled)\b|\b(?:can not|could not) get (?:my|the|his|her) words out\b"
        r"|\b(?:vision|eyesight) (?:went|is going|is) (?:blurry|black|dark|double)\b|\bsudden "
        r"(?:headache|numbness|weakness|confusion)\b|\bworst headache of my life\b")
    add(e,
        r"\b(?:i am|he is|she is|i keep|i feel like i am|body is|i am really|i am so|i am totally|"
        r"they are|feel|feeling|think i am|i am literally) overheating\b(?! (?:in|under) (?:this|these|my|the|a) "
        r"(?:sweater|jacket|coat|hoodie|blankets?|covers|clothes|layers|onesie|costume|suit)\b)|\bheat ?stroke\b|"
        r"\bheat exhaustion\b|\b(?:body|temperature|temp) is (?:through the roof|crazy high|way too high|so high)"
        r"\b|\bhigh fever\b")
    hot = (r"(?:hot|burning up|overheating|sweating|sweaty|fever|feverish|boiling|on fire|roasting|"
        r"drenched in sweat|temperature)")
    confused = (r"(?:confused(?! (?:about|by|with|over) (?!where|who|what (?:day|year|time|month))\w)|confusion|"
                r"disoriented|delirious|can not think|can not focus|can not think "
                r"straight|do not know (?:where|who) i am|(?:does|did) not know (?:where|who) (?:he|she) "
                r"is(?! going| headed| at with)|they do not know (?:where|who) they are|(?:does|do|did) not know "
                r"(?:his|her|my|their) (?:own )?name|"
                r"(?:does|do) not recognize (?:me|anyone|us)|out of it|not making sense|can not see straight|"
                r"seeing things|losing my mind|not thinking straight|mixed up|foggy|talking nonsense|talking "
                r"gibberish|babbling|rambling|incoherent|making no sense|(?:does|do|did) not know what (?:year|day|"
                r"month|time) it is|talking crazy|acting crazy|talking to (?:himself|herself)|paranoid|seeing stuff|"
                r"hearing stuff)")
    add(e,
        r"\b" + hot + r"\b(?: \w+){0,8}? " + confused + r"\b|\b" + confused + r"\b(?: \w+){0,8}? "
        + hot + r"\b")
    add(e,
        r"\b(?:hallucinating(?!(?: \w+){0,4}? as a (?:kid|child)\b)|hallucinations|hallucination|"
        r"(?:seeing|hearing) things(?! (?:clearly|more clearly|"
        r"differently|in a new light|for what they are|from|about|the way|with fresh|clearer|through|in perspective|"
        r"in a different|my way|in the (?:attic|walls?|basement|ceiling|roof|garage|yard|vents|crawl ?space|"
        r"chimney))\b)|hearing voices|"
        r"seeing (?:bugs|people|shadows|spiders|snakes|things that are not there|stuff that is not there)|"
        r"(?:see|seeing|saw|sees) (?:the )?(?:shadow people|shadow figures|shadows moving|little people)|"
        r"bugs (?:crawling|under my skin|on my skin|everywhere)|crawling (?:on|under|all over) my skin|"
        r"delirium|delirious|d ts|dts|the d t s|delirium tremens|(?:he|she) (?:does|did|"
        r"do) not know (?:where|who) "
        r"(?:he|she) (?:is|at)(?! going| headed| at with)|do not know where i am|do not know who i"
        r" am|do not know what day it is|losing touch with reality)\b", hypothetical=True)
    add(e,  # round 26: an arm clutched with sweating or chest pain; the left arm hurting; a seizure coming on in
        # withdrawal
        r"\b(?:clutching|grabbing|holding|rubbing|clutched|grabbed) (?:his|her|their|my) (?:left )?arm\b(?: \w+){0,4}?"
        r" (?:sweating|sweaty|pale|clammy|can not breathe|short of breath|chest|dizzy|throwing up|gray|grey)\b"
        r"|\bleft arm (?:is |keeps |started )?(?:hurts|hurting|pain|tingling|aching|aches|killing me)\b(?! (?:from|"
        r"after|since (?:the|my) (?:shot|vaccine|workout|gym)))"
        r"|\b(?:detoxing|detox|withdrawing|withdrawal|withdrawals|coming off|came off|stopped|quit|cold turkey|ran out|"
        r"run out|running out)\b"
        r"(?: \w+){0,10}? (?:about to|going to|gonna|feel like i am going to|think i will|might) (?:have|go into) "
        r"(?:a |another )?(?:fit|seizure|seizures|convulsions)\b"
        r"|\b(?:feel|feeling) (?:a |another )?(?:seizure|fit) coming(?: on)?\b", hypothetical=True)
    add(e,  # round 27: someone who cannot be kept awake; pinpoint pupils while nodding out
        r"\b(?:can not|could not|cannot|unable to|struggling to) keep (?:him|her|them|my \w+|\w+) (?:awake|up|"
        r"conscious)\b(?! (?:during|in class|for|through|late|past|at|until|till|to (?:watch|finish)))"
        r"|\b(?:pinpoint|pinned|tiny) (?:pupils|eyes)\b(?: \w+){0,6}? (?:nodding|nod|not waking|will not wake|barely "
        r"breathing|blue|snoring)\b|\b(?:pupils|eyes) (?:are |look )?(?:pinpoint|pinned)\b(?: \w+){0,6}? (?:nodding|"
        r"nod|not waking|will not wake|barely breathing|blue|snoring)\b", negatable=False)
    add(e,  # round 30: many pills then out of it; someone who says bugs are on them
        r"\b(?:took|swallowed|popped|ate|downed) (?:a handful|a bunch|a whole bottle|a bottle|the whole bottle|way too"
        r" many|too many|a lot)\b(?: \w+){0,6}? (?:out of it|not waking|will not wake|unresponsive|barely "
        r"breathing|not breathing|can not wake|nodding)\b"
        r"|\b(?:says|said|thinks|keeps saying|swears|screaming|yelling) (?:that )?(?:there (?:are|is) )?(?:bugs|"
        r"spiders|snakes|ants|insects|rats|worms) (?:\w+ )?(?:on|all over|under|crawling)\b", negatable=False)
    add(e,  # round 24: the chest pain metaphors ("like a truck is parked on my chest")
        r"\b(?:elephant|truck|weight|brick|bricks|anvil|boulder|car|ton of bricks|someone|somebody|something|vise|"
        r"vice|fist|band) (?:\w+ ){0,2}?(?:sitting|standing|parked|pressing|pushing|stepping|kneeling|squeezing|"
        r"crushing|sat|tightening) (?:on|down on|in|around) my chest\b", negatable=False)
    add(e,  # round 24: talking to people who are not there (withdrawal delirium as a bystander sees it)
        # a scene, not a question: "is it normal to see people who are not there" stays a question by its "to"
        r"(?<!to )(?<!might )(?<!could )(?<!can )(?<!will )(?<!would )(?<!you )(?<!make )(?<!makes )(?<!people )"
        r"\b(?:seeing|hearing|talking to|talks to|talked to|answering|yelling at|screaming at|sees|hears|swatting at|"
        r"pointing at|whispering to|arguing with|waving at|see|hear|saw|heard) (?:\w+ ){0,2}?(?:people|voices|things|"
        r"stuff|someone|somebody|bugs|kids|men|women|shadows|faces|figures|animals|spiders|snakes)(?: \w+){0,3}? "
        r"(?:who|that|which) (?:are|is|"
        r"were|was) (?:not|never) (?:there|real|in the room|here)\b")
    add(e,
        r"\b(?:call|calling|dial|get|phone|ring) (?:nine one one|an ambulance|the ambulance|the paramedics|"
        r"paramedics|emergency services|an emt|the emts|emts)\b|\b(?:need|needs|send|get me|we need) (?:an "
        r"ambulance|paramedics|the paramedics|an emt|emergency help|help right now|help now|a medic|"
        r"medical help now|medical help right now)\b|\bambulance\b", negatable=False)
    add(e,
        r"\b(?:this is|it is|i have|having|we have|there is|i am having|it s) (?:an? )?(?:medical )?"
        r"emergency\b(?! (?:contact|number|numbers|line|lines|kit|fund|plan))|^emergency$|\bmedical "
        r"emergency\b|^(?:help )?emergency(?: help)?$", negatable=False)
    add(e,
        r"\b(?:think|feel like|feels like|scared|afraid|worried|believe|sure) (?:i am|he is|she is|they are|"
        r"we are|my \w+ is|i might be|he might be|she might be) dying\b"
        r"(?! (?:of (?:boredom|laughter|embarrassment|hunger|thirst|curiosity|cringe|heat)|to|for|laughing|inside))"
        r"|\b(?:help|please) (?:me )?i am "
        r"dying\b|^i am dying$|\bi am dying (?:right now|here help|please)\b")
    add(e,
        r"\b(?:gave|give|giving|used|need|needs|administer|administered|spray|sprayed|sprayed "
        r"him with|hit (?:him|her|them) with|should i give|get the) (?:him |her |them |some |the |a dose of |"
        r"a |an |another )?naloxone\b|\bnaloxone (?:is not working|did not work|is not helping|now)\b",
        negatable=False)

    # ---- benzo ---------------------------------------------------------------------------------
    b = "benzo"
    stop = (r"(?:stop|stops|stopping|stopped|quit|quits|quitting|cut (?:down|back|out|off)|cutting (?:down|back|"
            r"out|off)|cuts (?:down|back)|taper|tapers|tapering|tapered|wean|weaning|weaned|ween|weening|"
            r"(?:come|coming|came|get|getting|got|go|going|went|gone|be|been|am|is|was|staying|stay|"
            r"kick|kicking|take me|took me|taking me|cut me|cutting me|taken|took myself|taking myself) off|"
            r"ration|rationing|rationed|stretch out|stretching out|stretching|"
            r"kick|kicking|kicked|give up|giving up|gave up|skip|skipping|skipped|skips|miss|missing|missed|"
            r"forgot(?: to take)?|forget(?: to take)?|forgotten|forgetting(?: to take)?|"
            r"(?:ran|run|running|runs|ran all|run all) out(?: of)?|(?:ran|run|running|runs|gone|went) dry(?: on| of)?"
            r"|out of|(?:been|am|was|were|is|are|all|completely) out|"
            r"(?:day|days|night|nights|week|weeks|hours|month|months) with (?:no|zero|none of)|"
            r"(?:day|days|week|weeks) (?:\w+ )?off|"
            r"no more|without|(?:been|go|going|went|gone|day|days|night|nights|week|weeks|hours) "
            r"without|lower|lowering|lowered|reduce|reducing|reduced|decrease|decreasing|decreased|halve|"
            r"halving|halved|split|splitting|cold turkey(?:ed|ing)?(?: off| on| from)?|"
            r"withdraw(?:al|als|ing)?(?: from)?|"
            r"detox(?:ing|ed)?(?: from| off)?|ditch|ditching|ditched|done with|get rid of|got rid of|flush|"
            r"flushed|flushing|throw away|threw away|throwing away|throw out|threw out|throwing out|toss|tossed|"
            r"tossing|"
            r"dump|dumped|dumping|(?:(?:have|has|had) not been able to|unable to|not able to) (?:get|find|fill|refill|"
            r"afford)|(?:can not|could not|cannot) (?:get|find|refill|"
            r"afford)|no longer (?:taking|on|have)|not taking (?=my |the |those |these )|"
            r"dropping|drop|dropped|lose|lost|losing access"
            r" to|be free (?:of|from)|get clean (?:off|from)|getting clean (?:off|from)|sober (?:off|from)"
            r"|stop using|quit using|stop taking|quit taking|run low on|running low on|ran low on|low on|not having|"
            r"(?:do|does|did) not have (?:anymore|any|enough|any left of|no)|have no|has no|had no|none of|"
            r"done taking|done using|finished taking|through with|through taking|(?:wean|weaning|weaned|get|"
            r"getting|taper|tapering|ease|easing|pull|pulling|take|taking|ween|weening) (?:myself|me|him|her) off|"
            r"(?:wean|weaning|weaned|taper|tapering|tapered|step|stepping|stepped|bring|bringing|titrate|titrating|"
            r"ease|easing) (?:me|myself|him|her) down(?: on| from| off of| off)?|"
            r"switch off|switching off|clean off|clean from|pull myself off|want off|(?:wants|want|wanted|wanting) "
            r"me off|(?:jump|jumping|jumped|hop|"
            r"hopping|hopped) off|discontinue|discontinued|discontinuing|(?:switch|switching|switched|"
            r"move|moving|moved|transition|transitioning) (?:me|myself|him|her) (?:off|from))")
    add(b,
        # also the benzo named alongside something else ("quit coke and xanax", "get clean off everything
        # including the benzos"); one scan of the long stop list for both, the `also` group marks the second
        # form, where "and my klonopin helps" is not about stopping it
        r"\b" + stop + r" (?:(?:\w+ ){0,4}?(?P<also>including|especially|even|and|plus|along with|as well as|or) )?"
        + _FILL + _BENZO + r"\b(?(also)(?! (?:helps|is helping|works|helped|keeps|has|is what|got me)|(?: (?:bottle|"
        r"pills|script|prescription|bag))? (?:is|are|was|sits|stays) (?:in|on|at|by|next|under|up|right|still|"
        r"back)\b))"
        r"(?!(?: \w+){0,6}? (?:(?:years|decades) ago|last year|"
        r"a year ago)\b)")  # "i stopped my klonopin years ago": over
    add(b,  # round 12: the last one taken, cannot get more, the dealer gone
        r"\b(?:my|the) last (?:\w+ )?" + _BENZO + r" (?:was|went) (?:\w+ ){0,3}?(?:yesterday|ago|days|"
        r"weeks|last (?:week|night|month)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
        r"|\bmy last (?:\w+ )?" + _BENZO + r" (?:is gone|ran out)\b"
        r"|\b" + _BENZO + r" (?:(?:\w+ ){0,8}?(?:(?:can not|could not|unable to|can t) (?:get|find|afford|refill) "
        r"(?:any )?(?:more|anymore|a refill|refilled|them|it|any)\b|(?:i am|i am all|i am completely|now i am|we "
        r"are) out(?: of (?:them|it|benzo))?$|(?:none|no more|nothing|zero) left\b)|(?:plug|dealer|connect|guy|hookup"
        r"|source) (?:\w+ ){0,2}?(?:got "
        r"locked up|locked up|arrested|busted|is gone|dried up|is dry|cut me off|ghosted me|stopped answering|"
        r"moved away|is out)\b)")  # one scan from each "benzo" for the three endings
    add(b,  # round 44: dependent on it and wanting to quit "it"
        r"\b(?:dependent on|addicted to|hooked on|reliant on|relying on|rely on|stuck on) " + _FILL + _BENZO
        + r"\b(?: \w+){0,4}? (?:want|need|going|trying|ready|have|got) to (?:quit|stop|kick|drop|ditch|get off|come "
        r"off|be done with|be free of|get rid of) (?:it|them|that|this)\b"
        # round 45: "popping xanax every day and i want to quit", with nothing else named to quit
        r"|\b" + _BENZO + r"\b(?: \w+){0,5}? (?:and|so|but) (?:i |now i )?(?:want|need|am going|am ready|am trying|"
        r"have decided|decided|plan) to (?:quit|stop|get off|come off|be done)(?:$| (?:it|them|now|for good|soon|this "
        r"week|tomorrow)$)"
        # round 61: "have not refilled my xanax on purpose cause i want off it"
        r"|\b" + _BENZO + r"\b(?: \w+){0,5}? (?:and|so|but|cause|because|since|as) (?:i |now i )?(?:really )?(?:want|"
        r"need) (?:to get |to come )?off (?:it|them|of it|of them|that|this)(?:$| for good| now| soon)")
    add(b,  # round 45: "can not get any more footballs"
        r"\b(?:can not|could not|can t|cannot|unable to|not able to) (?:get|find|score|cop|buy) (?:anymore|any more|"
        r"more|any) " + _BENZO + r"\b")
    add(b,  # round 19: whoever says no to the refill
        r"\b(?:will not|would not|refused to|refuses to|refuse to|did not|is not going to|are not going to|"
        r"stopped|can not|could not|won t|(?:no one|nobody|no doctor) (?:will|would|wants to|is willing to)) "
        r"(?:refill|renew|fill|prescribe|give me|write) (?:me )?" + _FILL
        + _BENZO + r"\b")
    add(b,  # round 21: thrown in the trash
        r"\b(?:threw|throw|throwing|tossed|toss|tossing|dumped|dump|flushed|flush|put|poured) " + _FILL + _BENZO
        + r" (?:in|into|down|in to|out) (?:the )?(?:trash|garbage|bin|toilet|sink|drain|dumpster|river|lake|ocean|"
        r"sea|creek|woods|fire|street|gutter|window|ditch)\b")
    add(b,  # "my script runs out friday": in this product, a prescription running out is most often the benzo
        r"\bmy (?:script|scrip|prescription|refill|meds|medication|pills) (?:\w+ )?(?:runs|ran|is running|"
        r"running|will run|is going to run|going to run|is about to run|about to run) out\b(?! of (?!it|them))"
        r"|\b(?:run|ran|running|runs|about to run) out of my (?:script|scrip|prescription|meds|medication|pills)\b"
        r"|\bmy (?:script|scrip|prescription|meds|medication) (?:got |was |is being |is getting )?(?:cut off|"
        r"cancelled|canceled|denied|stopped|not renewed|not refilled)\b")
    add(b,
        r"\b" + _BENZO + r" (?:(?:bottle|prescription|script|pills|supply|stash|refill|refills) )?(?:is|are) "
        r"(?:all |completely |totally |almost |nearly |about )?(?:gone|empty|used up|finished)\b")
    add(b,
        r"\b(?:only|just) (?:have|got|has|had) (?:like |about |maybe |around )?(?:one|two|three|four|five|six|a few|"
        r"a couple|a couple of|[1-9]) "
        r"(?:more |of my |of the )?" + _BENZO + r" (?:pills? |tablets? |bars? )?left\b"
        r"|\b(?:on|down to) (?:my|the) last (?:(?:few|couple|two|three|strip|pack|blister pack|bottle|script|"
        r"handful) )?"
        r"(?:of (?:my |the )?)?" + _BENZO + r"\b")
    add(b,
        r"\b(?:have not|has not|had not|did not|not|never) (?:taken|had|used|touched|been taking|been on|"
        r"gotten|got) " + _FILL + _BENZO + r" (?:in|for|since|today|yesterday|this|all|last)\b", negatable=False)
    add(b,
        r"\b(?:cutting|cut|split|splitting|breaking|break|chopping|halving) " + _FILL + _BENZO
        + r" (?:\w+ ){0,2}?(?:in half|in halves|into halves|in quarters|into quarters|into pieces|in pieces|"
        r"(?:into|in) (?:smaller|little|tiny|small) (?:pieces|bits|halves|quarters)|"
        r"down|back)\b")
    add(b,
        r"\b" + _BENZO + r" (?:\w+ ){0,2}(?:withdrawal|withdrawals|taper|tapering|detox|ran out|runs out|"
        r"run out|running out|is out|are out|is gone|are gone|cold turkey|ran dry|is running low|"
        r"are running low|is finished|are finished|got cut off|was cut off|got cancelled|was cancelled|"
        r"was denied|got denied|was refused|got refused|will not be refilled|can not be refilled|"
        r"did not get refilled|refill (?:was |got |is |has been |been )?(?:denied|"
        r"refused|cancelled|canceled|late|rejected|delayed|"
        r"on hold)|prescription "
        r"(?:ran|runs|is running|was cut|got cut|ended|stopped|expired)|script (?:ran|runs|is running|"
        r"ended|expired)|sickness|shakes|sick|got stolen|was stolen|were stolen|got taken|went missing)\b")
    add(b,
        r"\b" + _BENZO + r" (?:\w+ ){0,3}(?:anymore|no more|for good|forever|altogether|all at once|"
        r"at once|on my own|by myself|myself)\b")
    add(b,
        r"\b(?:doctor|doc|psych|psychiatrist|prescriber|pharmacy|pharmacist|dr|clinic|shrink|pcp|np|nurse "
        r"practitioner|provider) (?:\w+ ){0,3}(?:cut|took|did not have|does not have|do not have|had no|has no|was "
        r"out of|is out of|ran out of|could not fill|can not fill|would not fill|did not fill|lost|is "
        r"cutting|is taking|stopped|will not|would not|refused|refuses|denied|is not going to|can not|discontinued|"
        r"is discontinuing|tapered|is tapering|weaned|is weaning|pulled|yanked|dropped)"
        r" (?:\w+ ){0,3}" + _BENZO + r"\b")
    add(b,
        r"\b(?:do not|does not|did not) (?:want|need|like|plan|intend) (?:to )?(?:take|be on|need|use|"
        r"keep taking|keep using|stay on|rely on|depend on) " + _FILL + _BENZO + r"\b",
        negatable=False)
    add(b,
        r"\b(?:sick|shaky|shaking|withdrawing|withdrawal|dope sick|jonesing|hurting) (?:\w+ ){0,3}(?:from|"
        r"without|off|coming off|after stopping|since stopping|since i stopped|since i quit) " + _FILL
        + _BENZO + r"\b")

    # ---- mix: alcohol or opioids with a benzo ----------------------------------------------------
    # Handled in code (co-occurrence with negation of the drinking/opioid side); see _mix().

    # ---- alone ---------------------------------------------------------------------------------
    # Handled in code (an intent to use plus being alone); see _alone().

    # ---- treatment -----------------------------------------------------------------------------
    t = "treatment"
    seek = (r"(?:want|wanted|wants|would like|like to|need|needs|needed|looking for|look for|looking into|join|"
            r"joining|attend|attending|"
            r"find|finding|find me|get|getting|get me|go back to|going back to|get back into|get back in|go back into|"
            r"(?<!^i )(?<!^we )(?<!i still )(?<!i usually )(?<!i always )"
            r"(?<!i sometimes )(?<!used to )go to|look up|search for|google|show me|going to|go into|going into|"
            r"check into|checking myself"
            r" into|check myself in to|checking in to|book myself into|get myself into|"
            r"getting myself into|check me"
            r" into|checking into|check myself into|admit myself to|admitted to|get into|getting into|sign up "
            r"for|signing up for|enroll in|enrol in|enter|entering|start|starting|ready for|ready to (?:go to|"
            r"get|try|start|enter|find)|thinking about|thinking of|considering|help me find|help me get|"
            r"help finding|help getting|get assessed for|get evaluated for|get screened for|an assessment for|"
            r"an evaluation for|how do i (?:get|find|go to|start)|how can i (?:get|find|go to|start)|"
            r"how to (?:get|find)|where can i (?:get|find|go for|go to)|where do i (?:get|find|go for|go to)|"
            r"where is|where are|wheres|where s|where the|where i can find|should i (?:go to|get|see|find|try|start|"
            r"call)|"
            r"recommend|suggest|can you find"
            r"|can you recommend|is there|are there|any good|see|go for|get some|talk to|speak to|speak with|"
            r"talk with|call"
            r"|contact|reach|afford|pay for|referral to|refer me to|apply for|try|trying|interested in|"
            r"sign me up for|put me in|send me to|take me to|get me in|get me into|"
            # round 46: "connect me with a counselor for my addiction"
            r"connect me (?:with|to)|(?:want|need|going|ready|like|have) to do|"
            r"hook me up with|put me in touch with|link me (?:up )?(?:with|to)|set me up "
            r"with|"
            r"(?:phone |contact )?numbers? for|contact (?:info|information|details) for|"
            r"information (?:about|on)|info (?:about|on)|know (?:any|a good)|learn about)")
    # round 69: a juice "detox" is not one
    place = (r"(?:treatment|rehab|rehabs|a rehab|(?:a )?detox(?! (?:smoothies?|teas?|juices?|diet|water|bath|cleanse|"
             r"drinks?|plan|recipes?|foot|pads?|patches)\b)|detox center|inpatient|outpatient|iop|residential|"
             r"program|programs|recovery program|treatment program|treatment center|treatment centre|rehab "
             r"center|rehab facility|facility|facilities|addiction doctor|addiction specialist|addiction "
             r"counselor|addiction counsellor|addiction medicine|psychiatrist|therapist|counselor|counsellor|"
             r"counseling|counselling|therapy|clinic|clinics|methadone clinic|suboxone doctor|na meeting|"
             r"na meetings|aa meeting|aa meetings|ca meeting|ca meetings|narcotics anonymous|cocaine "
             r"anonymous|support group|support groups|sober living|halfway house|professional help|medical "
             r"help|mat|medication assisted treatment|recovery center|recovery centre|smart recovery|"
             r"twelve step program|12 step program|recovery house|recovery home|sober house|sober home|oxford house|"
             r"recovery meeting|recovery meetings|meeting|meetings|help (?:with|"
             r"for) (?:my |this |the |a )?(?:addiction|drug use|drug problem|drug habit|using|cocaine use|coke use|"
             r"habit|substance use|recovery|cocaine addiction|coke addiction|problem)|"
             r"a sponsor|sponsor|doctor|doctors|physician|dr|moud|naltrexone|treated|"
             r"bed (?:at|in) (?:a |the )?(?:detox|rehab|treatment center|treatment|inpatient)|sober coach|recovery "
             r"coach|peer recovery|peer support|recovery specialist|"
             # round 67: what recognisers make of "detox" and "suboxone"
             r"tox(?! (?:screen|test|report|results|scan|lab)\b)|sub (?:oxen|ox own|ox one|box own|oxone)(?: doctor| "
             r"clinic| program)?|"
             # round 44: "start medication for my opioid use"
             r"medication for (?:my |the )?(?:opioid|addiction|alcohol|drinking)(?: use| addiction| problem| "
             r"cravings)?)")
    det = (r"(?:(?:a|an|some|any|the|new|good|another|nearby|local|affordable|free|cheap|real|proper|closest|"
        r"nearest|cheapest|best|decent|the "
        r"nearest|the best|a good|a new|into|in|for|an inpatient|intensive|an intensive|an outpatient|drug|"
        r"addiction|cocaine|"
        r"substance|substance use|substance abuse|drug abuse|mental health|long term|short term|"
        r"a drug|a cocaine|a local|professional|va|a va|the va|veterans|a veterans) )*")
    add(t,
        r"\b(?:insurance|medicaid|medicare|my plan|coverage|my job) (?:\w+ ){0,2}?(?:cover|covers|pay for|pays "
        r"for|include|includes|accept|accepts) " + det + place + r"\b")
    add(t,
        r"\b" + seek + r" (?:(?:to|some|a|into|in|with|for|me|about|on) )?" + det + place
        + r"\b(?! (?:said|says|told|thinks|wants|prescribed|appointment is|is|to (?:stop|end|be over|finish)|"
        r"plants?\b))"
        # round 57: "a counselor for my kid's school"
        r"(?! (?:at|for|from|in) (?:my |the |his |her |our |their )?(?:\w+ (?:s )?)?(?:school|college|class|"
        r"daycare|camp|university)\b)"
        r"(?! (?:for|about|with|regarding) (?:my|his|her|their|a|the|an) (?:knee|back|shoulder|hip|ankle|leg|arm|neck|"
        r"wrist|foot|injury|"
        r"surgery|stroke|acl|checkup|check up|physical|flu|cold|cough|shot|vaccine|vaccination|test|blood work|"
        r"bloodwork|rash|infection|annual|appointment|exam|sore throat|ear|eye|x ray|scan|laptop|computer|phone|pc|"
        r"tablet|tv|website|business|resume))")  # physical rehab; round 212: "a new program for my laptop"
    add(t,
        r"\b(?:rehab|rehabs|detox|detoxes|treatment|program|programs|clinic|clinics|doctor|doctors|therapist|"
        r"therapists|iop|inpatient|outpatient) (?:\w+ ){0,2}?(?:takes|accepts|take|accept|covers|cover|is covered"
        r" by) (?:my (?:insurance|medicaid|medicare|plan|coverage)|medicaid|medicare|insurance|obamacare)\b")
    add(t,
        r"\b(?:rehab|rehabs|treatment|detox|treatment centers?|rehab centers?|rehab places|detox centers?|"
        r"doctors|therapists|clinics|meetings|programs) (?:near me|nearby|around here|in my area|close to me|"
        r"that take|that accept|for cocaine|for coke|for addiction|for drugs|for benzo|options|that are free"
        r"|i can afford|cost|costs|is covered|covered by|insurance|accept my|take my|work|works|is like|"
        r"waiting list|wait list|intake)\b|^(?:rehab|treatment|detox)(?: please| now)?$")
    add(t,
        r"\b(?:need|want|get|getting|find|looking for|ask for|asking for|ready for|ready to get) (?:some |real "
        r"|professional |medical |)?help (?:to |with |for |)(?:quit|quitting|stop|stopping|get clean|getting"
        r" clean|get sober|getting sober|my addiction|my drug|my cocaine|my coke|my crack|my using|my habit|"
        r"my benzo|the addiction|addiction|this addiction|recovery|staying clean|stay clean|kick|kicking"
        # round 43: "getting help with my drinking"
        r"|my drinking|my alcoholism|alcoholism|my alcohol use|my opioid|my heroin|my meth|my fentanyl|my pill "
        r"(?:use|problem|habit)|my drug use)\b"
        # round 80: "i need help getting off the white like rehab or something"
        r"|\b(?:need|want|get|getting|looking for|ask for|asking for) (?:some |real |professional )?help\b(?: "
        r"\w+){0,8}? "
        r"(?:like |maybe |some kind of |some sort of |or )?(?<!physical )(?<!cardiac )(?<!knee )(?<!stroke )(?:rehab|"
        r"detox|treatment|inpatient|a program)\b(?! (?:for|after) (?:my|the|his|her) (?:knee|back|shoulder|hip|ankle|"
        r"leg|"
        r"arm|neck|injury|surgery|stroke|dog|cat)\b)")
    add(t,  # round 80: "time i actually talk to somebody at a rehab"
        r"\b(?:talk|talking|speak|speaking|go see|see|call|calling) (?:to |with )?(?:someone|somebody|anyone|anybody|a "
        r"person|people) (?:at|from|in) (?:a |an |the )?(?:rehab|detox|treatment center|methadone clinic|recovery "
        r"center|addiction clinic|treatment program|recovery program)\b(?! (?:about|for) (?:my|his|her|the) (?:knee|"
        r"back|shoulder|hip|injury|surgery|stroke)\b)")
    add(t,  # round 44: "places that help people quit heroin"
        r"\b(?:places?|programs?|clinics?|centers?|somewhere|anywhere|anyone|someone|people|doctors?) (?:that|who|"
        r"which|where|to) (?:can )?(?:help|helps|helped) (?:people |me |you |someone |folks )?(?:to )?(?:quit|stop|"
        r"get off|get clean "
        r"(?:from|off)|kick|get over|with)(?: using)? (?:opioid|cocaine|coke|drugs|heroin|benzo|alcohol|drinking|"
        r"meth|crack|fentanyl|using|addiction|an addiction|their addiction|my addiction)\b")
    add(t,  # "na" / "aa" alone are too short to trust except as a place someone goes
        r"(?<!^i )(?<!i still )(?<!i usually )(?<!i always )(?<!i sometimes )"  # round 57: already going
        r"\b(?:go|going|get|start going|started going|try going) to (?:an? )?(?:na|aa|ca)\b(?! (?:na|la))"
        r"|\b(?:attend|join|find|try) (?:an? )?(?:na|aa|ca)(?: group| meeting)?$")
    add(t,  # round 25: wanting to get clean and asking where to begin
        r"\b(?:get|getting|go|going|be) (?:clean|sober)\b(?! (?:from|off|of) (?:sugar|caffeine|coffee|social media|"
        r"my phone|tiktok|netflix|gaming|video games|porn|junk food|carbs|shopping))(?: \w+){0,3}? (?:where do i "
        r"(?:start|begin|go)|how do i "
        r"(?:start|begin|do (?:it|that))|what do i do|who do i (?:call|talk to|see)|what are my options|where can i "
        r"(?:go|start)|help me)\b|\bhow (?:do|can|would|should) i (?:even )?(?:get|go|start getting) (?:clean|sober)"
        r"\b(?! (?:from|off) (?:sugar|caffeine|coffee|social media))")
    add(t,  # round 50: "talk to someone about getting clean", "speak with a counselor about my drinking"
        r"\b(?:talk|talking|speak|speaking|chat) (?:to|with) (?:someone|somebody|anyone|anybody|a professional|"
        r"a counselor|a counsellor|a doctor|a therapist|a specialist|people) (?:about|for) (?:getting|going|staying) "
        r"(?:clean|sober)\b(?! (?:from|off|of) (?:sugar|caffeine|coffee|social media|my phone|junk food))"
        r"|\b(?:(?:talk|talking|speak|speaking|chat) (?:to|with)|see|seeing|go see|get in to see) (?:someone|"
        r"somebody|anyone|anybody|a professional|a counselor|a counsellor|a doctor|a therapist|a specialist) (?:about|"
        r"for) (?:my |an |the |this )?"
        r"(?:addiction|drinking problem|drug problem|drug use|using problem|opioid (?:use|problem|habit)|drinking|"
        r"using|(?:coke|cocaine|benzo|pill|opioid) use|"
        r"alcoholism|going to rehab|getting into rehab|getting into treatment|detox|rehab(?! for)|treatment(?! for)|"
        r"getting clean(?! (?:from|off|of) (?:sugar|caffeine|coffee|social media|my phone|junk food))|"
        # round 60: "see someone about my benzo problem"
        r"(?:benzo|coke|cocaine|crack|meth|pill|alcohol) (?:problem|habit|addiction|use|dependence))\b")
    return r


RULES: tuple[Rule, ...] = tuple(_rules())


@dataclass(frozen=True)
class _Compiled:
    flag: str
    regex: re.Pattern[str]
    gate: Gate  # derived from the regex: words/substrings every match contains (see coach.safety_gate)
    negatable: bool
    hypothetical: bool
    remote: bool


def top_level_alternatives(pattern: str) -> list[str]:
    """`a|b(c|d)|e` -> ["a", "b(c|d)", "e"]: the branches of a pattern's outermost alternation."""
    return split_branches(pattern)


# Each branch of a rule is run on its own, behind its own pre-filter: a rule written as ten alternatives
# then costs one dictionary look-up for the nine whose words are absent, not a ten-way scan of the text.
# The regex that runs is the same one with its long alternations grouped by first letter (coach.safety_factor:
# same matches, a fraction of the work); the gate is read off the pattern as written.
COMPILED: tuple[_Compiled, ...] = tuple(
    _Compiled(r.flag, re.compile(factor(branch)), gate_for(re.compile(branch)), r.negatable, r.hypothetical,
              r.remote)
    for r in RULES for branch in top_level_alternatives(r.pattern))



_SAID = frozenset({"said", "say", "says", "mean", "meant", "claim", "claimed"})


def negated(words_before: list[str], negators: frozenset[str] = _NEGATORS) -> bool:
    """Whether a negator governs what follows these words ("i do not want to" yes, "not ok i" no)."""
    for i in range(len(words_before) - 1, max(-1, len(words_before) - 6), -1):
        word = words_before[i]
        if word in negators:
            # "can not stop" means unable to stop: the stopping is still what is talked about.
            return not (word == "not" and i > 0 and words_before[i - 1] in ("can", "could"))
        if word == "no":  # "no hurting myself", "no thoughts of hurting myself"; not "no i want to"
            return i == len(words_before) - 1 or set(words_before[i + 1:]) <= _NO_BRIDGE
        if word not in _BRIDGE:
            # round 80: "i never said i wanted to die": a denial of having said it
            if word == "i" and i >= 2:
                said = i - 2 if words_before[i - 1] == "that" else i - 1
                return said >= 1 and words_before[said] in _SAID and words_before[said - 1] in negators
            return False
    return False


# A question opening ("is it normal to see things", "does stopping cause seizures") makes what follows a
# hypothetical, unless it asks about a person in front of the speaker ("is he having a seizure"). A bare
# "is" elsewhere is not a question: "she is seeing things" is a scene (it used to be cancelled).
_MODALS = frozenset({"can", "could", "might", "may", "would", "will"})
_QUESTION_OPENERS = frozenset({"is", "does", "do", "are", "did", "can", "could", "will", "would", "should"})
_PRESENT_PERSON = frozenset({"he", "she", "they", "my", "this", "his", "her", "someone", "somebody", "your", "we"})


def _hypothetical(words_before: list[str]) -> bool:
    if words_before and words_before[0] in _QUESTION_OPENERS and (
            len(words_before) == 1 or words_before[1] not in _PRESENT_PERSON):
        return True
    # a modal before "not" is an inability or a refusal, not a what-if ("i can not stop shaking and i see ...")
    last = words_before[-8:]
    return any(w in _HYPOTHETICAL and not (w in _MODALS and i + 1 < len(last) and last[i + 1] == "not")
               and not (w == "not" and i > 0 and last[i - 1] in _MODALS)
               for i, w in enumerate(last))


def rule_flags(text: str, *, gate: bool = True, words: set[str] | None = None) -> set[str]:
    """Flags from the rules above (not mix/alone) for normalised text. gate=False runs every regex (only to
    check, in tests, that the pre-filter never changes an answer)."""
    if not gate:
        return _run_rules(text, range(len(COMPILED)))
    return _run_rules(text, _INDEX.open(text, text.split() if words is None else words))


def _run_rules(text: str, order: Iterable[int]) -> set[str]:
    """The rules whose indices are in `order` (ascending; indices past the rules are the concept cues')."""
    found: set[str] = set()
    remote: bool | None = None
    for index in order:
        if index >= _RULE_COUNT:
            break
        rule = COMPILED[index]
        if rule.flag in found:
            continue
        for m in rule.regex.finditer(text):
            before = text[: m.start()].split() if (rule.negatable or rule.hypothetical) else []
            if rule.negatable:
                negators = _EMERGENCY_NEGATORS if rule.flag == "emergency" else _NEGATORS
                if negated(before, negators):
                    continue
            if rule.hypothetical and _hypothetical(before):
                continue
            if rule.remote:
                if remote is None:
                    remote = _REMOTE.search(text) is not None
                if remote:
                    continue
            found.add(rule.flag)
            break
    return found


# ---- mix ------------------------------------------------------------------------------------------
# round 63: heroin "bags" only after a verb of using ("did a couple bags"; groceries are carried)
_MIX_SUBSTANCE = re.compile(r"\b(?:" + _DRINK + r"|" + _OPIOID + r"|(?:did|do|doing|does|shot|shoot|shooting|sniffed|"
                            r"snorted|copped) (?:a |two |three |a couple |a couple of |couple |some |a few |"
                            r"my )?(?:bags?|"
                            r"bundles?)|(?:do|doing|did|drink|drinking|drank|pour|"
                            r"pouring|and|with|plus|some) lean(?! (?:on|in|back|over|into|against|forward|meat|"
                            r"protein|muscle|beef|body|times?)\b))\b")
_MIX_CANCEL = frozenset({"quit", "stopped", "stop", "sober", "without", "free", "gave", "off", "clean", "no",
                         "quitting", "stopping", "avoid", "never", "not", "none"})
_MIX_BRIDGE = frozenset({"do", "does", "did", "have", "has", "had", "been", "up", "i", "a", "any", "from",
                         "longer", "mix", "mixing", "combine", "with", "am", "is", "years", "months", "days",
                         "weeks", "since", "to", "the", "even", "really", "ever", "touch", "touched"})


# round 57: "took a perc and a bar": a lone "bar" named next to a drink or an opioid is a benzo bar (the
# normaliser folds "bar" only after a verb of taking)
_MIX_BAR = re.compile(r"\b(?:opioid|alcohol|drink|drinks|drinking|drank)\b(?: \w+){0,2}? (?:and|with|plus|on top of)"
                      r"(?: then)? "
                      r"(?:a |one |two |half a |some |my )?bar\b(?! (?:of|and grill|tab|crawl|stool|code|fight)\b)")
# round 57: "i used to take bars with beer back in the day": a habit placed in the past, unless it is said
# to go on now
_MIX_NOW = re.compile(r"\b(?:tonight|today|(?<!not )now|right now|this morning|this evening|last night|currently|"
                      r"still|these days|again|lately|this week|every night|every day|since|(?:have|has) been "
                      r"(?:mixing|drinking|taking|doing|using|popping|combining|on))\b")


# round 68: "i used to use heroin and xanax, now i am on suboxone": the benzo belongs to a habit that is over
_BENZO_IN_PAST = re.compile(r"\bused to(?: \w+){0,4}? benzo\b")
_BENZO_WORD = re.compile(r"\bbenzo\b")
_MIX_STILL = re.compile(r"\b(?:still|again|these days|lately|every night|every day|sometimes)\b")


def _mix(text: str, words: set[str]) -> bool:
    if "benzo" not in words and "alpraz" not in text and "tivan" not in text and "clone of" not in text:
        return "bar" in words and _MIX_BAR.search(text) is not None
    if ("used" in words and len(_BENZO_IN_PAST.findall(text)) == len(_BENZO_WORD.findall(text))
            and not _MIX_STILL.search(text)):
        return False
    if _mixed(text):
        return not (_REMOTE.search(text) and not _MIX_NOW.search(text))
    return False


def _mixed(text: str) -> bool:
    for m in _MIX_SUBSTANCE.finditer(text):
        before = text[: m.start()].split()
        # "i used to drink on my benzos", "i used to use heroin": a habit that is over
        cancelled = before[-2:] == ["used", "to"] or before[-3:-1] == ["used", "to"]
        for word in [] if cancelled else reversed(before[-4:]):
            if word in _MIX_CANCEL:
                cancelled = True
                break
            if word not in _MIX_BRIDGE:
                break
        if not cancelled:
            return True
    return False


# ---- alone ----------------------------------------------------------------------------------------
_DRUG = (r"(?:(?:a |another |one more )?(?:shot|hit|line|bump|bag|point|dose) of (?!(?:alcohol|espresso|coffee|"
         r"wheatgrass|b12|insulin|vitamin|ginger|juice|courage|adrenaline|energy|fresh air)\b)\w+|"  # round 25, 76
         r"(?:a few|a couple of|a couple|couple|two|three|four|some|more|another|a|my|the|a little) "
         r"(?:coke|cocaine|crack|blow|rock|rocks|lines|line|bumps|bump|snow|yayo|powder|hits|hit|pills|pill|"
         r"bags|bag|grams|gram|points|drugs)|coke|cocaine|crack|blow|rock|rocks|lines|a line|bumps|a bump|snow|"
         r"yayo|powder|an eight ball|"
         r"eight ball|drugs|opioid|benzo|meth|crystal|ice|pills|a pill|a hit|hits|a bag|bag|some|it|a little|a "
         r"lot|more|again|something)")
_USE = (r"(?:use|uses|using|do " + _DRUG + r"|doing " + _DRUG + r"|smoke " + _DRUG + r"|smoking " + _DRUG
        + r"|(?:snort|snorting|sniff|sniffing|shoot|shooting|inject|injecting) " + _DRUG
        + r"|snort|snorting|sniff|sniffing|shoot up|shooting up|shoot|shooting|inject|injecting|get high|"
        r"getting high|get loaded|getting loaded|get lit|getting lit|get wasted|getting wasted|get fucked up|"
        r"party|partying|relapse|relapsing|take " + _DRUG + r"|taking " + _DRUG + r"|(?:hit|hitting) (?:a |another |"
        r"one more |my |some )?(?:line|lines|bump|bumps|rock|vein)(?! (?:drive|drives|of|up|bottom)\b)|"
        r"hit the pipe|hitting the pipe|hit a pipe|(?:hit|hitting) it(?! (?:hard|off|big|out|up|at|with|on|right)\b)|"
        r"pick up|score|cop|"
        r"fix|binge|go on a binge|use again|slip|(?:smoke|smoking)(?! (?:a |"
        r"an |some |my |the )?(?:cigarettes?|cigs?|cigar|vape|weed|pot|joint|hookah|outside|break|salmon|meat|"
        r"alarm|detector|signal)))")
_USE_OK = (r"(?! (?:the(?!n$)|my (?:phone|computer|app|car|time|breathing|skills|words|brain|head|inhaler)|a |an |"
           r"this|that|your|his|her|our|these|those|it to|headphones|aria|coach|exercises?|bathroom|toilet|"
           r"restroom|computer|phone|laptop|gym|pool|skills?|tools?|breathing|coping|up|for (?:work|school|the|"
           r"my|a|this)|on (?:the|my (?:phone|computer|laptop|tablet|device))|in (?:the|a) (?:app|exercise|"
           r"program|session|check in)|with (?:the|my)))")
_ALONE = (r"(?:alone(?! time\b)|by myself|by himself|by herself|by themselves|on his own|on her own|on my own|"
    r"all by myself|with nobody(?: around| here| else| home)?|with no one"
          r"(?: around| here| else)?|(?:nobody|no one) (?:is |will be |would be |is going to be |going to be |"
          r"gonna be )?(?:around|here|home|with me|knows|will know|would know|can see|will see|sees|will find|"
          r"can find|will notice|would notice|is watching|will check|can check|will bother|would bother|can bother|"
          r"bothers|will disturb|will interrupt|will walk in|checking on me|checking in on me|"
          r"coming over|coming by|stopping by)|nobody to (?:call|watch|check|naloxone"
          r"|save|revive|find)|"
          r"by my self|solo|in my room|locked in|"
          # round 67: recogniser homophones ("get high buy myself") and "by my lonesome"
          r"buy myself(?! (?:a|an|some|the|new|something|lunch|dinner|coffee|food|flowers|clothes|one|two|it|that|"
          r"this)\b)|by my lonesome|on my lonesome)")
_INTENT = (r"(?:going to|about to|want to|will|plan to|planning to|planning on|thinking about|thinking of|"
           r"might|may|ready to|feel like|tempted to|urge to|need to|gonna|gotta|got to|i am|i always|always|"
           r"usually|i usually|just|to|and|i|then|tonight|probably|definitely|decided to|and i will)")
_ALONE_DIRECT = re.compile(factor(r"\b(?<!used )" + _USE + _USE_OK + r" (?:\w+ ){0,3}?" + _ALONE + r"\b"))
_ALONE_WORD = re.compile(r"\b" + _ALONE + r"\b")
_USE_INTENT = re.compile(factor(r"\b" + _INTENT + r" (?:\w+ ){0,2}?" + _USE + _USE_OK + r"\b|\busing\b" + _USE_OK
                         + r"|\b" + _USE + _USE_OK + r" (?:tonight|now|right now|soon|again)\b"))


_ALONE_GATE = gate_for(_ALONE_WORD)  # both ways of saying it below need one of these words


# round 80: "about to hit this alone in my car"
# round 61: "it is just me and the bag" (alone with the drug); round 67: "use a loan tonight" (a recogniser's
# "alone"; "use a loan to pay rent" stays quiet)
_ALONE_WITH_DRUG = re.compile(r"\b(?:about to|going to|finna|fixing to) (?:hit|snort|shoot|bump|smoke) (?:this|that|"
                              r"it) (?:alone|by myself|on my own|solo)\b"
                              r"|\b(?:just|only) me and (?:the|my|a) (?:bag|pipe|rig|stash|dope|coke|works|needle|"
                              r"point|eight ball|bundle|baggie|opioid|benzo|crack|rock|rocks|powder)\b"
                              r"|\b(?:use|using|get high|getting high|shoot up|shooting up) a loan(?:$| (?:tonight|"
                              r"today|now|right now|again|in (?:my|the)|at (?:my|the)))")


# round 80: "i shot up alone in my apartment and now i can not feel my legs", "nobody is here and i did a huge shot
# and now my chest hurts": alone with it going wrong now
_USED_ALONE_NOW = re.compile(r"\b(?:nobody|no one) is (?:here|around|home)\b(?: \w+){0,4}? i (?:did|shot|used|took|"
                             r"snorted|smoked|shot up)(?: (?:a|some|the|my|too much|way too much|a huge|a big|a lot of|"
                             r"a whole))?(?: (?:shot|line|lines|bump|hit|opioid|coke|bag|point|pills?|benzo|drugs|"
                             r"crack|meth|too much|a lot|it|some|everything))\b(?: \w+){0,5}? now\b"
                             r"|\b(?:shot up|used|snorted|smoked|injected|did (?:a|some|the|my) \w+|took (?:a|some|the|"
                             r"my) \w+) (?:alone|by myself|on my own|all by myself)\b(?: \w+){0,6}? now (?:i|my|he|"
                             r"she) (?:can not|cannot|am|feel|is|heart|chest|legs|lips|breathing)\b")


def _alone(text: str, words: set[str]) -> bool:
    if (("me" in words or "loan" in words or "alone" in words) and _ALONE_WITH_DRUG.search(text)
            and not _REMOTE.search(text)):
        return True
    if not _ALONE_GATE.open(text, words) or not _ALONE_WORD.search(text):
        return False
    if not _about_to_use_alone(text) and not ("now" in words and _USED_ALONE_NOW.search(text)):
        return False
    return not _REMOTE.search(text)  # "i used to use alone": over, not about to happen


def _about_to_use_alone(text: str) -> bool:
    for m in _ALONE_DIRECT.finditer(text):
        if not negated(text[: m.start()].split()):
            return True
    for m in _USE_INTENT.finditer(text):
        before = text[: m.start()].split()
        # the intent words are part of the match; "not" right inside them ("i am not going to use") negates
        inside = text[m.start(): m.end()].split()
        if "not" in inside or "never" in inside or negated(before):
            continue
        return True
    return False


# ---- resources ("give me the numbers") ------------------------------------------------------------
_FILLERS = re.compile(r"\b(?:please|alexa|aria|coach|hey|hi|ok|okay|um|uh|so|just|now|right now|can you|could you"
                      r"|would you|i think|quick|quickly|again|some|real|really|yo)\b")
_RESOURCES_FULL = re.compile(
    r"^(?:(?:i )?(?:need|want) (?:some )?help|help(?: me)?(?: help(?: me)?)*|(?:somebody|someone|anybody|anyone)"
    r" help(?: me)?|crisis|sos|i am in (?:a )?crisis|(?:the )?(?:crisis |help |emergency |hotline |support |"
    r"phone )?(?:numbers?|lines?|hotlines?|helplines?|resources)|(?:give|tell|read|say|send|list) (?:me )?"
    r"(?:the |those |your |all the )?(?:\w+ )?(?:numbers?|lines?|hotlines?|helplines?|resources)|hotline|"
    r"helpline|what are the (?:\w+ )?(?:numbers|lines|resources)|(?:who|what number|what numbers) (?:can|should|"
    r"do) i call|i need (?:to talk to )?(?:someone|somebody)|i need someone to talk to|who can i talk to|"
    r"(?:repeat|say) the numbers|where can i get help|i need (?:the )?numbers|numbers please|get me help)$")
_RESOURCES_ANY = re.compile(
    r"\b(?:(?:give|tell|read|send|say|list) me (?:the |those |your |all the |a )?(?:\w+ )?(?:numbers|number|"
    r"lines|hotlines?|helplines?|resources)|crisis (?:line|lines|number|numbers|hotline|text line|resources|"
    r"center)|(?:suicide|crisis|help|drug|addiction|emergency|support) (?:hotline|helpline|numbers)|helpline|"
    r"hotline|what (?:is|are) the (?:\w+ )?(?:numbers?|hotlines?|helplines?)|i am in (?:a )?crisis|having a"
    r" crisis|need (?:the|some) numbers|who can i call|(?:need|want) to talk to (?:someone|somebody) (?:now|"
    r"right now|tonight)|nine eight eight)\b")


_ANY_GATE = gate_for(_RESOURCES_ANY)
_FULL = gate_for(_RESOURCES_FULL)
# The full form's gate, checked on the text as said rather than with fillers taken out (taking them out is
# the costly part). Removing fillers only removes whole words: a word found after removal is there before
# it, and so is every piece of a phrase (the phrase itself may be joined by the removal, so only its
# longest piece is checked).
_FULL_GATE = Gate(words=_FULL.words, always=_FULL.always,
                  substrings=tuple({max(sub.split(), key=len) for sub in _FULL.substrings if sub.split()}))


def resources_requested(text: str, words: set[str] | None = None) -> bool:
    if words is None:
        words = set(text.split())
    if _ANY_GATE.open(text, words) and _RESOURCES_ANY.search(text):
        return True
    if not _FULL_GATE.open(text, words):
        return False
    stripped = " ".join(_FILLERS.sub(" ", text).split())
    return bool(stripped) and _RESOURCES_FULL.match(stripped) is not None


def detect(text: str, words: set[str] | None = None) -> set[str]:
    """All flags for normalised text (`words`: its words, when the caller has them already)."""
    if words is None:
        words = set(text.split())
    opened = _INDEX.open(text, words)
    flags = _run_rules(text, opened)
    if _mix(text, words):
        flags.add("mix")
    if _alone(text, words):
        flags.add("alone")
    return _concepts.add_concepts(text, words, flags, opened)


_RULE_COUNT = len(COMPILED)
_INDEX = GateIndex([rule.gate for rule in COMPILED])  # the rules' alone until the concepts join (below)


def join_concepts(cues: list[Gate]) -> None:
    """The concept cues' pre-filters join the rules' in one index, after the rules: one pass over the words
    tells which rules and which cues can match. Called once, by coach.safety_concepts when it is ready."""
    global _INDEX
    _INDEX = GateIndex([rule.gate for rule in COMPILED] + cues)


# The concept rules (a subject and a cue anywhere in the utterance) use this module's word classes and
# negation, so they are imported last (they call join_concepts at their end, whichever module came first).
from coach import safety_concepts as _concepts  # noqa: E402
