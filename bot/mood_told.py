"""Thanks, goodbyes until next time and low mood with no wish to die: no crisis, no sign.

"bye for now, you've been a lifesaver", "thanks for the help, talk tomorrow" and "feeling flat
and fed up with being stuck indoors" got the crisis line or the urgent reply from the learned
layer, whose scores for thanks, goodbyes and sadness overlap those of real crises. The readings
are of what the message does, not of its words: a sign-off addressed to the bot, made only of
thanks, praise of the help and a goodbye that promises a return ("for now", "see you
tomorrow"), is no farewell; a mood told of oneself ("i feel low", "i'm a bit down today") with
no body word and no word from the crisis side is a feeling, not a sign. Crisis goodbyes name no
return and thank for everything ("thank you for everything, goodbye"): they stay open to the
layer. Functions take a normalized text (normalize.normalize).
"""

from __future__ import annotations

from .crisis_words import crisis_side
from .pattern_set import LazyPattern
from .red_flags import BODY_WORDS, CRISIS_CUES, RED_FLAGS, SYMPTOM_WORDS

# Thanks for the help given here: "thanks so much for all the info".
_THANKS = (
    r"(?:thanks|thank you|thank u|thx|ty|tysm|cheers|ta|much appreciated|appreciate (?:it|you"
    r"|this|that))(?: (?:so|very) much| a lot| loads| again| heaps)?"
    r"(?: (?:for|4) (?:all )?(?:the|your|this|that|these)(?: \w+)? (?:info|information|help"
    r"|answers?|advice|explanations?|chat|tips|time|support|replies|reply|list|checklist))?"
)
# Praise of the help: "you've been a lifesaver", "this bot is really useful", "great answers".
_TO_THE_HELP = (
    r"(?:you've|youve|you have|you|you're|youre|you are|u r|ur|this (?:bot|chat|app|tool|site"
    r"|thing)(?: is|'s| has been)?|that(?:'s| was| is| has been| helped)|thats|it's been"
    r"|its been|it was|this was|this has been|what a)"
)
_PRAISED = (
    r"(?:been )?(?:such |so |really |very |a "
    r"|an |super |a real |a great |a big |the )*(?:lifesaver|life saver|life-saver|godsend"
    r"|great|brilliant|helpful|useful|amazing|star|gem|clear|clearer|reassuring|fab"
    r"|fantastic|wonderful|awesome|excellent|lovely|the best|perfect|kind|patient|a big help"
    r"|makes sense|made sense|helped(?: a lot)?)(?: answers?| info| bot| chat| help"
    r"| explanation)?"
)
_PRAISE = rf"(?:{_TO_THE_HELP} )?{_PRAISED}"
# A goodbye that says there is a next time: "bye for now", "talk tomorrow", "see you next week".
UNTIL_NEXT_TIME = (
    r"(?:(?:bye|bye bye|goodbye|good bye|cheerio|ta ra|tara|night|nite|night night|goodnight"
    r"|good night|adios|ciao)(?: (?:for now|til|till|until) ?(?:tomorrow|later|next time|next"
    r" week|monday|then)?| for now)"
    r"|(?:(?:bye|night|goodnight),? )?(?:see (?:you|ya|u)|speak|talk|chat|catch (?:you|ya) )"
    r"(?: ?(?:again )?(?:soon|later|tomorrow|tmrw|next time|next week|after (?:my|the) \w+"
    r"|in the morning|on \w+day))"
    r"|(?:i'll|ill|i will|we'll|will) (?:be )?(?:back|check in|come back|ask again|message"
    r" again)(?: \w+){0,3})"
)
# One piece of a sign-off (chat_sign_off.py builds its own sign-off of these too).
SIGN_OFF_PIECE = (
    rf"(?:{UNTIL_NEXT_TIME}|{_THANKS}|{_PRAISE}|ok|okay|great|lovely|right|well|and|x+)"
)
_SIGN_OFF = LazyPattern(rf"^\W*(?:{SIGN_OFF_PIECE}(?:\W+|$))+$")
# At least one piece must be thanks, praise or a goodbye with a return: "ok" alone is not one.
_SAID = LazyPattern(rf"\b(?:{UNTIL_NEXT_TIME}|{_THANKS}|{_PRAISE})\b")

# A mood told of oneself: "i feel low", "i'm a bit down today", "feeling flat and fed up".
_LOW_MOOD = LazyPattern(
    r"\b(?:i feel|i'm feeling|im feeling|i am feeling|feeling|i'm|im|i am|i've been|ive been"
    r"|been feeling) (?:a bit |a little"
    r" |so |really |very |quite |pretty |kinda |rather |proper |totally )?(?:low|down|flat|blue"
    r"|fed up|glum|gloomy|teary|weepy|tearful|meh|blah|bored|lonely|sad|grumpy|irritable|cranky"
    r"|moody|rubbish|crap|crappy|miserable|deflated|helpless|emotional|wobbly"
    r"|out of sorts|in a funk|in a rut|sorry for myself|sick of (?:this|being|the|waiting)"
    r"|homesick|frustrated|impatient|restless|stir crazy|cooped up)\b"
)


# Longer than this, a message says more than a sign-off (and the whole-message match stays cheap).
_SIGN_OFF_LENGTH = 160


def a_sign_off(text: str) -> bool:
    """Tell whether a normalized text only thanks, praises the help or says goodbye until
    next time, with no word from the crisis side but its thanks and goodbye."""
    if len(text) > _SIGN_OFF_LENGTH or not (_SIGN_OFF.match(text) and _SAID.search(text)):
        return False
    return not CRISIS_CUES.search(_SIGN_OFF_WORDS.sub(" ", text))


_SIGN_OFF_WORDS = LazyPattern(
    r"\b(?:thanks|thank you|thank u|bye bye|goodbye|good bye|bye|life ?saver|life-saver)\b"
)


# What a crisis goodbye thanks for: "thank you for everything", "thanks for putting up with me".
THANKS_FOR_A_LIFE = LazyPattern(
    r"\b(?:thanks|thank you|thank u|thx|ty|grateful)(?: \w+){0,3} (?:for|4) (?:everything"
    r"|all (?:you|of (?:it|you)|that you)|putting up|being there|listening|trying|caring"
    r"|being (?:my|a|so)|the memories|always)\b"
)
# Said to the helper: thanks, or praise with its addressee ("you've been a lifesaver"), not a
# bare "great" ("bloods were great").
_THANKED = LazyPattern(rf"\b(?:{_THANKS}|{_TO_THE_HELP} {_PRAISED})\b")


def thanks_without_crisis(text: str) -> bool:
    """Tell whether a normalized text thanks or praises the help, and nothing else in it is
    from the crisis side, not even a goodbye: "finally home in my own bed, just wanted to say
    thanks". A thanks for everything or for putting up with one is a goodbye's."""
    if not _THANKED.search(text) or THANKS_FOR_A_LIFE.search(text):
        return False
    return not crisis_side(_THANKED.sub(" ", text))


def low_mood_only(text: str) -> bool:
    """Tell whether a normalized text tells a low mood of one's own with no body word, no
    symptom and no word from the crisis side: a feeling, not a sign and not a wish to die."""
    return bool(
        _LOW_MOOD.search(text)
        and not any(p.search(text) for p in (BODY_WORDS, SYMPTOM_WORDS, RED_FLAGS, CRISIS_CUES))
    )
