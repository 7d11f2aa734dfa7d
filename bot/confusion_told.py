"""Confusion told by what the person does, in a carer's account with no sign word: someone
taken for who they are not, a belief the writer says is not so, an act out of place and time.

Written from the ICANS signs families are taught to watch for (not knowing people, believing
what is not so, acting out of place or time), not from messages: each is a shape of the
account, so a new person, belief or errand reads alike. Spelled out as confusion where it is
told, so the rules read its time and negation as any other sign's.
"""

from __future__ import annotations

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
    r"|wait\w* for|pack\w*|getting ready|got (?:dressed|ready)|salut\w*|look\w* for)\b"
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
    return f"{text[: told.end()]} {CONFUSED}{text[told.end() :]}" if told else text
