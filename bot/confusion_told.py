"""Confusion told by what the person does, in a carer's account with no sign word: someone
taken for who they are not, a belief the writer says is not so, an act out of place and time.

Written from the ICANS signs families are taught to watch for (not knowing people, believing
what is not so, acting out of place or time), not from messages: each is a shape of the
account, so a new person, belief or errand reads alike. Spelled out as confusion where it is
told, so the rules read its time and negation as any other sign's.
"""

from __future__ import annotations

import re

from .pattern_set import LazyPattern

CONFUSED = "and confused"  # put after the account: reads as the sign "confusion"

_SOMEONE = (
    r"(?:he|she|they|he's|she's|hes|shes|dad|father|mum|mom|mother|husband|wife|partner|son"
    r"|daughter|grandpa|grandma|granddad|grandad|granny|nan|brother|sister|uncle|aunt)"
)
# Who someone may be taken for: kin, or a role from a life or a job.
_ROLE = (
    r"(?:mum|mom|mother|mama|dad|father|papa|wife|husband|sister|brother|son|daughter|grandma"
    r"|grandpa|aunt|uncle|boss|teacher|nurse|maid|waiter|waitress|priest|sergeant|captain"
    r"|corporal|officer|secretary)"
)
# Taken for someone else: "thinks i'm her sister", "thought the nurse was his daughter", "took
# the cleaner for his boss", "saluted the porter and called him captain".
_MISKNOWN = LazyPattern(
    rf"\b{_SOMEONE}\b(?: [\w']+){{0,6}}? (?:(?:thinks|thought|believes|believed|is sure|was sure"
    r"|is convinced|was convinced) (?:that )?(?:i'm|i am|i was|you're|(?:the|our|my|his|her)"
    r" \w+(?: \w+)? (?:is|was))|(?:took|takes|mistook|mistakes|is taking|was taking|keeps"
    r" taking|kept taking) (?:me|us|him|her|(?:the|our|my|his|her) \w+) for)"
    rf" (?:his |her |their |a |an |the )?(?:late |dead |own |old |former )?{_ROLE}s?\b"
    rf"|\bsalut\w* (?:me|us|him|her|(?:the|our|my|his|her) \w+)(?: [\w']+){{0,4}}? call\w*"
    rf" (?:me|us|him|her|them) (?:a |the )?{_ROLE}\b"
)
# Someone telling over and over, believing, asking after or setting off for something (not a
# one-off "said", which tells of the past as often as of a belief) ...
_ACCOUNT = LazyPattern(
    rf"\b{_SOMEONE}\b(?: [\w']+){{0,4}}? (?:(?:is|was|keeps|kept|has been|been) (?:talk\w*"
    r" (?:about|of)|saying|telling \w+|asking)|talk(?:s|ed)? (?:about|of)|think\w*|thought"
    r"|insist\w*|swears?|swore|believ\w*|ask(?:s|ed)? (?:me |us )?(?:when|where|if|about|for)"
    r"|wait\w*(?: [\w']+){0,3}? for|pack\w*|getting ready|got (?:dressed|ready)|salut\w*"
    r"|look\w* for|set\w* (?:a place|a plate|a cup|a chair)(?: at the table)? for"
    r"|set\w* the table for)\b"
)
# ... that the writer says never was, or ended long ago: "hes never been in the navy", "she has
# never owned a boat", "her sister died in 1998", "sold that farm decades ago".
_NEVER_SO = LazyPattern(
    r"\b(?:he|she|they)(?:'s|s| has| had| was| is| have)? never (?:been (?:in|a|an|married|part"
    r" of|on)|(?:served|worked|lived|owned|sailed|flew|flown|drove|driven|played|fought|had"
    r" (?:a|any) (?:brother|sister|son|daughter|dog|cat|horse|boat|farm|shop))"
    r" (?:in|at|on|for|a|an|any|the)?)\b"
    r"|\b(?:died|passed(?: away)?|has been dead|have been dead|sold|closed|was torn down"
    r"|retired|left (?:that|the|his|her) job)\b[^.!?]{0,25}?\b(?:(?:years|decades) ago"
    r"|in (?:19|20)\d\d)\b"
    # Told as who the person is: "her mother, who died", "his brother who passed".
    r"|\b(?:who|that) (?:has )?(?:died|passed(?: away| on)?|is dead|has been dead)\b"
    r"(?:[^.!?]{0,25}?\b(?:(?:years|decades) ago|in (?:19|20)\d\d)\b)?"
)
# A daytime errand set off for in the night: "to catch the school bus at midnight", "dressed
# for church at 3am".
_NIGHT = LazyPattern(
    r"\b(?:midnight|middle of the night|[1-3] ?(?:am|a\.m)|[1-3] (?:o'?clock )?in the morning)\b"
)
_SETTING_OFF = LazyPattern(
    rf"\b{_SOMEONE}\b(?: [\w']+){{0,4}}? (?:said|says|insist\w*|tried|trying|tries|wanted|wants"
    r"|thought|thinks|convinced|sure|getting ready|got (?:dressed|ready)|dressed|put on|pack\w*"
    r"|walked out|went out|set off|headed out|left the house)\b"
)
_DAYTIME_ERRAND = LazyPattern(
    r"\b(?:(?:catch|get|make|miss) (?:the|his|her) (?:school )?bus|(?:for|to) (?:school|work|church"
    r"|mass|the office|the shop|the store|the market|the bank|class|(?:his|her) (?:shift|job))"
    r"|(?:school|work|church) clothes|mow\w* the (?:lawn|grass))\b"
)
_NIGHT_WORK = LazyPattern(r"\b(?:night shift|nights|night job|early shift|flight|airport)\b")
# Out in the street dressed for bed, or for nothing, in the weather: "walked out in his socks
# in the rain".
_UNDRESSED = LazyPattern(
    r"\b(?:in (?:his|her) (?:socks|pajamas|pyjamas|pjs|underwear|undies|nightgown|nightie"
    r"|nightdress|bare feet)|barefoot|naked)\b"
)
_OUT_IN_THE_WEATHER = LazyPattern(
    r"\b(?:in the (?:rain|snow|sleet|cold|freezing cold|street|road)|down the (?:street|road)"
    r"|out (?:of )?the (?:front )?(?:door|house|apartment|flat|building))\b"
)
# The ICE score's tests (orientation, naming, following a command, writing, attention) failed
# in daily life, as a carer tells them. A familiar task done with the wrong thing: "tried to
# brush his teeth with the tv remote", "tried to call me on the calculator".
_TASK_THINGS = {
    "brush": "toothbrush|hairbrush|brush|comb",
    "comb": "comb|hairbrush|brush",
    "eat": "spoon|fork|knife|chopsticks|cup|bowl|plate|fingers|hands|straw",
    "drink": "cup|glass|mug|straw|bottle|spoon",
    "call|phone|ring|dial|text": "phone|cell|mobile|landline",
    "write|sign": "pen|pencil|marker|crayon",
    "shave": "razor|shaver",
    "unlock|open": "key|keys|knife|opener|card|code",
    "pay": "card|cash|money|wallet|phone|check|cheque",
}
_HOUSEHOLD_THING = (
    r"(?:remote(?: control)?|spoon|fork|knife|comb|toothbrush|hairbrush|pen"
    r"|pencil|phone|shoe|sock|slipper|key|keys|cup|mug|banana|calculator|razor|glasses|wallet"
    r"|stapler|hairdryer|stick|book|plate|bowl|bottle|tissue|lipstick|spatula|card)"
)
_WRONG_THING = LazyPattern(
    rf"\b{_SOMEONE}\b(?: [\w']+){{0,4}}? (?:tried|tries|trying|kept trying|keeps trying|was"
    r" trying|started|attempted|went) to (?P<task>"
    + "|".join(_TASK_THINGS)
    + rf")\b[^.!?]{{0,30}}? (?:with|using|on|from|out of|into|in) (?:a|the|his|her|my|our)"
    rf" (?:tv |television )?(?P<thing>{_HOUSEHOLD_THING})\b"
)
# A thing used for another: "set the table with the tv remotes instead of forks"; not a thing
# chosen for a reason ("a spoon instead of a fork because of the tremor").
_INSTEAD = LazyPattern(
    rf"\b(?:with|using|uses|used|gave \w+|handed \w+) (?:the |a |his |her |some )?(?:tv )?"
    rf"(?P<this>{_HOUSEHOLD_THING})s? instead of (?:the |a |his |her |some )?(?:tv )?"
    rf"(?P<that>{_HOUSEHOLD_THING})s?\b(?![^.!?]{{0,40}}\b(?:because|since|as (?:his|her)"
    r"|easier|tremor|shak\w*|grip|weak|lost|broke|dirty|washing))"
)
# A thing put where it does not belong: "put her glasses in the microwave".
_PUT_AWAY_WRONG = LazyPattern(
    rf"\b{_SOMEONE}\b(?: [\w']+){{0,4}}? (?:put|puts|putting|placed|keeps putting|kept putting"
    r"|hid|hides|stuck) (?:his |her |the |their |my |our )?(?:glasses|phone|keys|wallet|shoes?"
    r"|slippers|remote|watch|books?|hearing aids?|purse|socks|dentures|laptop|ipad|tablet|hat"
    r"|handbag|toothbrush) in the (?:fridge|freezer|microwave|oven|dishwasher|washing machine"
    r"|toilet|kettle)\b"
)
# Orientation: the year, the decade or the place insisted on ("insists it's 1987", "sure she's
# at the office").
_WRONG_YEAR_OR_PLACE = LazyPattern(
    rf"\b{_SOMEONE}\b(?: [\w']+){{0,4}}? (?:thinks|thought|insists|insisted|is insisting|keeps"
    r" saying|kept saying|keeps telling \w+|is sure|was sure|is convinced|was convinced|swears)"
    r" (?:that )?(?:it's|it is|its|it was|the year is|we're in|we are in) (?:still )?"
    r"(?:(?:19|20)\d\d|the (?:19|20)?\d0s|the (?:fifties|sixties|seventies|eighties|nineties))\b"
    r"(?! (?:before|until|till|by|when|at the|next)\b)"
    rf"|\b{_SOMEONE}\b(?: [\w']+){{0,4}}? (?:thinks|thought|insists|insisted|is insisting|keeps"
    r" saying|kept saying|is sure|was sure|is convinced|was convinced|swears) (?:that )?(?:he's"
    r"|she's|they're|we're|he is|she is|they are|we are|hes|shes) (?:at|in|on) (?:work|school"
    r"|the office|an office|church|a hotel|the hotel|an airport|the airport|a restaurant|a shop"
    r"|prison|jail|the war|the army|the navy|a ship|a train|a plane|(?:his|her|their) old \w+)\b"
)
# Naming: a plain thing not named, or called by another thing's name.
_UNNAMED = LazyPattern(
    rf"\b{_SOMEONE}\b(?: [\w']+){{0,4}}? (?:couldn't|could not|can't|cannot|cant|didn't|wasn't"
    r" able to|isn't able to|unable to|struggled to|struggling to|struggles to) (?:name|think of"
    r" the (?:word|name) for|remember the (?:word|name) for|find the (?:word|name) for|tell me"
    rf" what) (?:a |the |his |her |my |our )?{_HOUSEHOLD_THING}\b"
    rf"|\b(?:called|calls|calling|keeps calling|kept calling) (?:the|his|her|a|my) (?P<this>"
    rf"{_HOUSEHOLD_THING}) (?:a|the|his|her|my) (?P<that>{_HOUSEHOLD_THING})\b"
)
# Writing and typing that make no sense: "her texts tonight are just random letters".
_NONSENSE_WRITTEN = LazyPattern(
    r"\b(?:his|her|their|(?:my |our )?(?:dad|mum|mom|mother|father|husband|wife|partner|son"
    r"|daughter|grandpa|grandma|brother|sister)'?s) (?:texts?|text messages?|messages?"
    r"|handwriting|writing|signature|emails?|notes?|shopping list|typing)\b(?: [\w']+){0,8}?"
    r" (?:is |are |was |were |came out |comes out |looks? |looked |reads? )?(?:just |all |complete"
    r" |total |like |pure )?(?:gibberish|nonsense|jumbled|garbled|scrambled|scribbl\w*|random"
    r" (?:letters|words|characters)|backwards|illegible|unreadable|makes? no sense|made no sense"
    r"|doesn't make (?:any )?sense|don't make (?:any )?sense|didn't make (?:any )?sense|not making"
    r" (?:any )?sense)\b"
    # The ICE score's writing test: "can't write a simple sentence today".
    rf"|\b{_SOMEONE}\b(?: [\w']+){{0,3}}? (?:can't|cant|cannot|couldn't|could not|is unable to"
    r"|was unable to) (?:even )?write (?:a|his|her|their|one) (?:simple |basic |short |whole )?"
    r"(?:sentence|word|note|list|text|line)\b"
    r"(?![^.!?]{0,40}\b(?:cast|splint|broken|sprain\w*|arthritis|yet|years? old))"
)
# Attention: numbers or letters doubled, jumbled or reversed.
_JUMBLED_SIGNS = LazyPattern(
    rf"\b{_SOMEONE}\b(?: [\w']+){{0,4}}? (?:(?:keeps|kept|is|was|started|starts) )?(?:mix\w* up"
    r"|muddl\w*(?: up)?|jumbl\w*|scrambl\w*|revers\w*|swapp\w*|doubl\w*)(?: (?:his|her|the"
    r"|all the|some))? (?:numbers|letters|digits)\b"
    rf"|\b{_SOMEONE}\b(?: [\w']+){{0,4}}? (?:writ\w*|typ\w*|say\w*) (?:the same|every|each)"
    r" (?:number|letter|digit|word)s? (?:twice|two times|over and over)\b"
)
# Following a command: a simple request met with a blank.
_NOT_FOLLOWED = LazyPattern(
    r"\b(?:won't|wont|can't|cant|couldn't|could not|cannot|doesn't|does not|didn't|did not"
    r"|isn't|is not|wasn't|unable to|not able to) (?:even )?(?:follow\w*|do|understand\w*"
    r"|respond\w* to) (?:even )?(?:the |my |our |the nurse's )?(?:simple|basic|easy|one[- ]step)"
    r" (?:instructions|commands|requests|directions|questions|things (?:i|we|the nurse) ask)\b"
    r"|\basked (?:him|her|them|dad|mum|mom|my \w+) to (?:squeeze|lift|raise|hold up|stick out"
    r"|show|touch|point|close|open|wiggle|say|write|count|spell|name)\b[^.!?]{0,40}\b(?:and|but)"
    r" (?:he|she|they) (?:just )?(?:stared|looked at me|looked blank|did nothing|couldn't|could"
    r" not|can't|cant|had no idea|ignored|didn't understand|did something else)\b"
)
# The ICANS signs of language (CARTOX and ASTCT grading: expressive aphasia, naming, reading)
# and of orientation, as a carer tells them inside a day's story. A word said for another thing
# (a semantic paraphasia): "asked me to pass the green sky, he meant the salt", "typing house
# instead of number".
_WRONG_WORD = LazyPattern(
    rf"\b{_SOMEONE}\b(?: [\w']+){{0,4}}? (?:asked|asks|asking|said|says|saying|called|calls"
    r"|calling|wanted|wants|told \w+ to|kept asking|keeps asking) (?:me |us |him |her )?(?:for |to"
    r" (?:pass|get|hand|bring|find|fetch|give) (?:me |him |her |us )?)?(?:the |a |an |his |her"
    r" |my )?['\"]?(?P<said>[a-z]+"
    r"(?: (?!(?:and|but|when|though|which|meaning|meant)\b)[a-z]+){0,2})"
    r"['\"]?,? (?:(?:and|but|when|though|which)"
    r" )?(?:(?:he|she|they) )?(?:meant|means|meaning|was meaning|wanted|was asking for)"
    r" (?:the |a |an |his |her |my )?(?P<meant>[a-z]+(?: [a-z]+)?)\b"
    r"|\b(?:i|he|she|they|dad|mum|mom|my \w+)(?: [\w']+){0,6}? (?:keep|keeps|kept|been|was|is"
    r"|started|start) (?:\w+ )?(?:typing|saying|writing|using) (?:the )?(?:wrong words?,? (?:like"
    r" |such as )?|(?:words )?like )?['\"]?(?P<this>[a-z]+)['\"]? instead of ['\"]?"
    r"(?P<that>[a-z]+)\b"
)
# Print that reads as foreign or as nothing (alexia): "said the menu looked foreign, it's in
# english", "i can read the words in the letter but they don't mean anything to me".
_READING_LOST = LazyPattern(
    r"\b(?:menu|menus|newspaper|paper|print|book|page|pages|magazine|recipe|sign|signs|labels?"
    r"|crossword|clues|words|writing|letters on|his texts|her texts|my texts|tv guide|calendar"
    r"|clock)\b(?: [\w']+){0,5}? (?:looks?|looked|seems?|seemed|is|was|are|were|read|reads"
    r"|came across) (?:all |just |completely |totally |like )*(?:foreign|another language|a foreign"
    r" language|gibberish|hieroglyphics|squiggles|random shapes|shapes)\b"
    r"|\bcan (?:read|see) the (?:words|letters|print)\b(?P<unread>)[^.!?]{0,40}\b(?:don't|dont"
    r"|do not|doesn't|didn't) (?:mean|make) (?:anything|any sense|sense)\b"
    r"|\b(?:can't|cant|cannot|couldn't|could not) make (?:any )?sense of (?:the |his |her |my )?"
    r"(?:menu|newspaper|paper|print|book|page|clues|crossword|clock|words on)\b"
    r"|\b(?P<clock>)(?:can't|cant|cannot|couldn't|could not|unable to|no longer) (?:tell|read)"
    r" (?:the time"
    r"|the clock|(?:his|her|my|the) watch|a clock)\b"
)
# Not the words of forms, jargon or a language not learnt, nor a page too small to see.
_NOT_ALEXIA = LazyPattern(
    r"\b(?:insurance|jargon|medical (?:terms|words)|legal\w*|forms?|bills?|policy|contract|tax"
    r"|paperwork|handwriting|glasses|small print|tiny|blurr\w*|in (?:french|spanish|italian|german"
    r"|greek|chinese|japanese|korean|thai|arabic|russian|portuguese|polish|hindi)|greek to me"
    r"|abroad|holiday|vacation|yet|learning|years? old|broken|dark|digital"
    r"|(?:thai|chinese|japanese|indian|greek|italian|french|mexican"
    r"|korean|vietnamese|turkish|lebanese|ethiopian|polish|spanish) (?:restaurant|place|menu"
    r"|food|takeaway|shop|market)|(?:because|since|cos|cause) (?:it|the \w+) (?:was|is|were"
    r"|are)\b)\b"
)
# A spouse or a child not known: "asked me what my name was, i'm her daughter".
_KIN_NOT_KNOWN = LazyPattern(
    rf"\b{_SOMEONE}\b(?: [\w']+){{0,6}}? (?:asked|asks|asking|wanted to know) (?:me |us )?(?:what"
    r" my name (?:is|was)|my name|who (?:i (?:am|was)|(?:this|that|the) (?:man|woman|lady|guy"
    r"|person) (?:is|was)))\b"
    r"(?![^.!?]{0,60}\b(?:phone|call|line|voice|mask|dark|haircut|beard|hat|sunglasses|costume"
    r"|hadn't seen|years since|new (?:nurse|carer|neighbou?r))\b)"
)
# Talking to someone as if there: "talking to grandma in the kitchen as if she was there".
_TALKS_TO_THE_ABSENT = LazyPattern(
    r"\b(?:talk\w*|chat\w*|speak\w*|argu\w*|laugh\w*|wav\w*|answer\w*|repl\w*|whisper\w*)"
    r" (?:to|with|at) [^.!?]{0,40}?\b(?:as if|as though|like) (?:he|she|they|someone|somebody"
    r"|(?:his|her) \w+)(?:'s|'re| is| are| was| were) (?:still )?(?:there|here|in the room|right"
    r" there|sitting|standing|alive|next to)\b"
    r"(?![^.!?]{0,60}\b(?:comfort\w*|helps|grief|griev\w*|photo\w*|picture|urn|pray\w*)\b)"
)
# Numbers put where words go (agraphia): "a card full of numbers where the words should go".
_NUMBERS_FOR_WORDS = LazyPattern(
    r"\b(?:numbers|digits)\b(?: [\w']+){0,2} (?:where|in place of|instead of) (?:the |his |her )?"
    r"(?:words|letters|name|names)\b"
)
# Lost where one has always known the way (ICANS orientation): "got lost driving home from
# the corner shop he's been going to for 20 years", "couldn't find the bathroom in our own
# house"; not a new hospital or a strange town.
_LOST_AT_HOME = LazyPattern(
    rf"\b{_SOMEONE}\b(?: [\w']+){{0,4}}? (?:got|gets|getting|was|is|has been|been) lost\b"
    r"[^.!?]{0,60}\b(?:(?P<known>(?:he|she|they)(?:'s| has| had|'d)? (?:been )?(?:going|driving"
    r"|walking|gone|driven|walked|used|using|visited|shopped at) (?:to |there |that way |it )?"
    r"(?:for|since) (?:(?:\w+ ){0,2}(?:years|decades)|ever))"
    r"|in (?:our|their|his|her|my) own (?:house|home|street|road|flat|apartment|garden|building)"
    r"|somewhere familiar|(?:on the way )?(?:home|back) from (?:the )?(?:corner shop|local shop"
    r"|shop|store|church"
    r"|park|neighbou?r's|newsagent|post office|pub|mailbox|letterbox))\b"
    rf"|\b{_SOMEONE}\b(?: [\w']+){{0,4}}? (?:couldn't|could not|can't|cannot|cant|didn't) find"
    r" (?:the|his|her|their|our) (?:way to the )?(?:bathroom|toilet|loo|kitchen|bedroom|front door"
    r"|back door|stairs|way (?:home|back)) (?:in|of|from) (?:our|their|his|her|my) own (?:house"
    r"|home|flat|apartment|street|garden)\b"
)
# Clothes put on the wrong part of the body (ICANS: apraxia, disorientation): "put his trousers
# on over his head", "tried to put her shoes on her hands".
_CLOTHES = {
    "trousers|pants|jeans|shorts|underwear|knickers|socks|shoes|slippers|boots": "legs|feet|leg",
    "gloves|mittens|rings|watch": "hands|hand|wrist|fingers",
    "hat|cap|glasses|hearing aids?|scarf": "head|face|ears|neck",
    "shirt|jumper|sweater|coat|jacket|cardigan|bra|top|dressing gown": "arms|shoulders|body|back",
}
_WORN_WRONG = LazyPattern(
    rf"(?P<before>)\b{_SOMEONE}\b(?: [\w']+){{0,4}}? (?:put|puts|putting|pulled|pulling"
    r"|tried to (?:put|pull)|trying to (?:put|pull)|keeps putting|kept putting|was wearing"
    r"|is wearing) (?:on )?(?:his|her"
    r"|their) (?P<clothes>" + "|".join(_CLOTHES) + r") (?:on )?(?:over |onto |on )(?:his|her|their)"
    r" (?P<part>head|hands|hand|feet|foot|arms|legs|face|ears)\b"
)
# A deed said to be a joke, a game, a habit, a slip of the keyboard or a small child's.
_NOT_A_DEED = LazyPattern(
    r"\b(?:jok\w*|kidding|teas\w*|pretend\w*|playing|game|always|for years|as usual|lol"
    r"|haha\w*|autocorrect\w*|typos?|dyslex\w*|voice to text|talk to text|dictat\w*"
    r"|pocket dial\w*|toddler|baby)\b"
)
# Said to be a joke, a game, a habit or a plan: "always calls the nurse sergeant, it's his joke".
_NOT_CONFUSION = LazyPattern(
    r"\b(?:joke|joking|jokes|kidding|teas\w*|pretend\w*|playing|game|nickname|pet name|always"
    r"|for years|as usual|like he does|like she does|tv|movie|film|book|dream\w*|trip"
    r"|holiday|vacation|excited|can't wait|next (?:week|month|year)"
    r"|anniversary|grave|memor\w*|miss(?:es|ed)? (?:him|her|them|those)|lol|haha\w*)\b"
)


def spell_out_confusion(text: str) -> str:
    """Return a normalized text with a carer's account of confusion told by an act, a belief
    or a person misknown spelled out as the sign, in place so that its time reads as told ("he
    thought the nurse was his daughter last week, fine since" is over); otherwise the text."""
    deed = not _NOT_A_DEED.search(text) and _deed(text)
    if deed and "known" in deed.re.groupindex and deed["known"]:
        # "a shop he's been going to for 20 years" says the way is known, not that the sign is
        # old: the years are the writer's fact.
        text = f"{text[: deed.start('known')]}somewhere familiar{text[deed.end('known') :]}"
        deed = _deed(text)
    if deed:
        # "talking to grandma as if she was there, she died in 2010": the death is the writer's
        # fact, not the time of the sign.
        plain = _NEVER_SO.sub(" ", text)
        return _spelled_out(plain, again) if (again := _deed(plain)) else _spelled_out(text, deed)
    if _NOT_CONFUSION.search(text):
        return text
    told = _MISKNOWN.search(text)
    if not told and _NEVER_SO.search(text) and _ACCOUNT.search(text):
        # "they sold the farm 20 years ago" is the writer's fact: it tells no time of the sign.
        text = _NEVER_SO.sub(" ", text)
        told = _ACCOUNT.search(text)
    told = (
        told
        or (
            _NIGHT.search(text)
            and _DAYTIME_ERRAND.search(text)
            and not _NIGHT_WORK.search(text)
            and _SETTING_OFF.search(text)
        )
        or (_OUT_IN_THE_WEATHER.search(text) and _UNDRESSED.search(text))
    )
    return _spelled_out(text, told) if told else text


# A clause that opens on a time in the story, not a question: "when we got home", "after lunch".
_STORY_TIME = LazyPattern(
    r"(?:^|[.!?;,\n]\s*)(?:and |then |but )?(?:when|after|once|as soon as|by the time|while)"
    r" (?:we|i|he|she|they|lunch|dinner|breakfast|tea|church|the \w+)\b[^.!?;,\n]*$"
)


def _spelled_out(text: str, told: re.Match[str]) -> str:
    """Put the sign's words after what was told, and set what was told apart from a story's
    time clause before it: "when we got home mum put her glasses in the fridge" tells, but a
    clause opening "when" reads as a question ("when should i call")."""
    start = told.start()
    # The sign goes where the deed's own clause still holds it and its words stay whole: before
    # a word said for another ("meaning the salt" would read as a meaning asked about) or clothes
    # worn wrong ("… and laughing like it's normal" would read as the person's usual), after
    # "can read the words", not after "they don't mean anything".
    marks = [
        told.end(g)
        for g in ("said", "unread", "clock")
        if g in told.re.groupindex and told[g] is not None
    ]
    before = {"said", "before"} & set(told.re.groupindex)
    end = start if before else marks[0] if marks else told.end()
    if end == start:  # the sign as a clause of its own, right before what was told
        return f"{text[:start]} confused, {text[start:]}"
    space = " " if end < told.end() else ""  # the sign put inside what was told
    if _STORY_TIME.search(text[:start]):
        return f"{text[:start]}, {text[start:end]} {CONFUSED}{space}{text[end:]}"
    return f"{text[:end]} {CONFUSED}{space}{text[end:]}"


def _deed(text: str) -> re.Match[str] | None:
    """The first failed ICE-score or ICANS test told as a deed of daily life."""
    return (
        _wrong_word(text)
        or (_READING_LOST.search(text) if not _NOT_ALEXIA.search(text) else None)
        or _KIN_NOT_KNOWN.search(text)
        or _TALKS_TO_THE_ABSENT.search(text)
        or _NUMBERS_FOR_WORDS.search(text)
        or _LOST_AT_HOME.search(text)
        or _worn_wrong(text)
        or _wrong_thing(text)
        or _PUT_AWAY_WRONG.search(text)
        or _WRONG_YEAR_OR_PLACE.search(text)
        or _unnamed(text)
        or _instead(text)
        or _NONSENSE_WRITTEN.search(text)
        or _JUMBLED_SIGNS.search(text)
        or _NOT_FOLLOWED.search(text)
    )


def _worn_wrong(text: str) -> re.Match[str] | None:
    """Clothes put on a part of the body they are not made for ("shoes on her hands")."""
    for told in _WORN_WRONG.finditer(text):
        clothes = next(c for c in _CLOTHES if re.fullmatch(c, told["clothes"]))
        if not re.fullmatch(_CLOTHES[clothes], told["part"]):
            return told
    return None


def _wrong_word(text: str) -> re.Match[str] | None:
    """A word said or typed for another ("the green sky" for the salt)."""
    for told in _WRONG_WORD.finditer(text):
        said, meant = told["said"] or told["this"], told["meant"] or told["that"]
        if not set(meant.split()) & set(said.split()):
            return told
    return None


def _instead(text: str) -> re.Match[str] | None:
    """A household thing used in place of another ("the remotes instead of forks")."""
    for told in _INSTEAD.finditer(text):
        if told["this"] != told["that"]:
            return told
    return None


def _wrong_thing(text: str) -> re.Match[str] | None:
    """A familiar task tried with a thing not made for it ("brush his teeth with the remote")."""
    for told in _WRONG_THING.finditer(text):
        task = next(t for t in _TASK_THINGS if re.fullmatch(t, told["task"]))
        if not re.search(rf"\b(?:{_TASK_THINGS[task]})\b", told["thing"]):
            return told
    return None


def _unnamed(text: str) -> re.Match[str] | None:
    """A plain thing not named, or called by another's name ("calls the spoon a phone")."""
    for told in _UNNAMED.finditer(text):
        if told["this"] is None or told["this"] != told["that"]:
            return told
    return None
