"""A sign-off to the chat about the chat: no crisis goodbye, whatever its "bye".

"ok bye, thanks for explaining the cells" and "that's all for tonight, night" got the crisis
line from the learned layer, whose scores for goodbyes overlap those of crisis goodbyes. A bare
goodbye stays open to a crisis reading on purpose (mood_told.a_sign_off needs a stated return),
because a goodbye may be a final one. What tells the two apart is what the goodbye is anchored
to: a sign-off to the chat thanks for something the chat did (the answers, the info, explaining
or clearing something up) or closes the chat for a while ("that's all for tonight", "no more
questions", "off to bed"); a final goodbye thanks for everything or for putting up with one,
sends love, says one won't be around or that this is the last time, and each of those is a word
from the crisis side (red_flags.CRISIS_CUES) or a thanks for a life (mood_told). So the whole
message must be made of such pieces and bare goodbyes, at least one piece anchored to the chat,
and nothing from the crisis side but its thanks and goodbyes. Functions take a normalized text
(normalize.normalize).
"""

from __future__ import annotations

from .crisis_words import crisis_side
from .mood_told import SIGN_OFF_PIECE, THANKS_FOR_A_LIFE, UNTIL_NEXT_TIME
from .pattern_set import LazyPattern
from .red_flags import CRISIS_CUES

_THANKS_WORD = r"(?:thanks|thank you|thank u|thx|ty|tysm|cheers|many thanks)"
# What the chat did: answered, explained, informed. "thanks for explaining the cells", "thank
# you for the clear answers", "thanks for clearing that up", "ty for the info on driving".
_CHAT_ACT = (
    r"(?:explaining|answering|clarifying|clearing (?:that|this|it|things) up|going through"
    r"|breaking (?:it|that|this) down|the (?:quick |clear |fast |detailed |helpful )?(?:reply"
    r"|replies|answers?|info|information|explanations?|links?|tips|checklist|list|summary"
    r"|rundown|run down)|(?:your|all the|all your|this|that|these) (?:\w+ )?(?:replies|answers?"
    r"|info|information|explanations?|links?|tips|checklist|list|summary)"
    r"|helping me (?:understand|get it|make sense)|(?:the|this|our|your) (?:\w+ )?chat"
    r"|(?:your|the) time)"
)
_CHAT_THANKS = (
    rf"{_THANKS_WORD}(?: (?:so|very) much| a lot| loads| again| heaps)? (?:for|4) {_CHAT_ACT}"
    # What it was about, a few words: "the cells", "how the trial works", "on driving".
    r"(?: (?!(?:and|but)\b)\w+(?:'s)?){0,5}"
)
# Closing the chat for a while: "that's all for tonight", "no more questions for now".
_CHAT_CLOSE = (
    r"(?:(?:that's|thats|that is|that was|it's|its) (?:all|it|everything)(?: (?:for (?:now|tonight"
    r"|today|this evening|the moment)|from me(?: for (?:now|tonight|today))?|i (?:wanted|needed)"
    r"(?: to (?:know|ask))?|my questions))?"
    r"|no more questions(?: for (?:now|tonight|today))?|(?:all|that) answers? (?:it|my questions?)"
    r"|got it|understood|all clear|makes sense now|got what i (?:needed|wanted|came for)"
    r"(?: to know)?|(?:that's|thats|that is) me (?:done|finished|sorted)(?: for (?:now|tonight"
    r"|today))?|(?:nice|good|lovely|great) (?:chatting|talking)(?: (?:to|with) you)?"
    # Reassured by the answers: "i'll sleep better", "i feel better now".
    r"|(?:i'll|ill|i will|i can|i) (?:feel|sleep) (?:a lot |a bit |much )?(?:better|easier)"
    r"(?: now| tonight)?|(?:i )?feel (?:a lot |a bit |much )?(?:better|reassured|calmer) now"
    r"|(?:i'm|im|i am) (?:off|going|heading) to bed|off to bed|time for bed|bedtime)"
)
# Leaving the chat for an everyday thing: "off to walk the dog", "off to bed with my hot water
# bottle", "got to go, dinner's ready". Its few words are read for the crisis side below.
_LEAVING = (
    r"(?:(?:i'm|im|i am|we're|were) )?(?:off to|off for|heading (?:off|out|to)|popping out"
    r"|(?:gotta|got to|have to|need to|must) (?:go|run|dash)|time for)(?P<doing>(?: [\w']+){0,6})"
)
_LEFT_FOR = LazyPattern(rf"(?:^|\W){_LEAVING}")
# The bot addressed: "night night chatbot". Not "everyone": "goodbye everyone" is a farewell.
_THE_BOT = r"(?:chatbot|chat bot|bot|robot|chat|guide)"
# A goodbye with no stated return: allowed only beside a piece anchored to the chat.
_BARE_GOODBYE = (
    r"(?:bye|bye bye|byee+|goodbye|good bye|night|nite|night night|goodnight|good night|nighty"
    r" night|cheerio|ciao|later|laters|ttyl|cya|see ya)"
)
# Praise of the answers, not of the bot as company ("you were kinder than most people"): "ok
# lovely", "you've been very helpful", "that makes sense".
_ANSWERS_PRAISED = (
    r"(?:(?:ok|okay|oh|right|ah|well) )?(?:(?:you've|youve|you have|that's|thats|that was|that is"
    r"|this was|this is|it's|its|it was|you're|youre|you are) )?(?:been )?(?:so |very |really "
    r"|super )?(?:great|lovely|brilliant|perfect|helpful|useful|clear|informative|fab|fantastic"
    r"|excellent|awesome|good to know|noted|makes sense|made sense|that helps|that helped)"
)
_ANCHOR = rf"(?:{_CHAT_THANKS}|{_CHAT_CLOSE}|{UNTIL_NEXT_TIME}|{_ANSWERS_PRAISED})"
_CHAT_PIECE = rf"(?:{_ANCHOR}|{_LEAVING}|{_BARE_GOODBYE}|{_THE_BOT}|{SIGN_OFF_PIECE})"
_MADE_OF_PIECES = LazyPattern(rf"^\W*(?:{_CHAT_PIECE}(?:\W+|$))+$")
_ANCHORED = LazyPattern(rf"(?:^|\W){_ANCHOR}(?=\W|$)")
# What a sign-off's own words may say from the crisis side: its thanks and goodbyes.
_SIGN_OFF_WORDS = LazyPattern(rf"\b(?:{_THANKS_WORD}|{_BARE_GOODBYE})\b")
# Longer than this, a message says more than a sign-off (and the whole-message match stays cheap).
_LENGTH = 160


def a_chat_sign_off(text: str) -> bool:
    """Tell whether a normalized text only signs off from the chat: thanks for what the chat
    did or closing it for a while, with or without a bare goodbye, and no word from the crisis
    side but its thanks and goodbyes ("ok bye, thanks for explaining the cells", "bye for now,
    off to walk the dog"; not "thank you and goodbye", nor "thanks for everything, bye")."""
    if len(text) > _LENGTH or not (_MADE_OF_PIECES.match(text) and _ANCHORED.search(text)):
        return False
    if THANKS_FOR_A_LIFE.search(text):
        return False
    # "off to the woods", "off to sleep forever": where one goes says nothing of the crisis side.
    if any(crisis_side(m.group("doing")) for m in _LEFT_FOR.finditer(text)):
        return False
    return not CRISIS_CUES.search(_SIGN_OFF_WORDS.sub(" ", text))
