"""A minor effect told calmly: the writer's own word that it is small.

"i've had hiccups on and off today, more annoying than anything", "weird vivid dreams since i
came home, nothing scary just odd" and "a headache that goes with paracetamol" got the urgent
reply from the learned layer, whose scores for a body word told now overlap those of real
signs. The hedges of triage._MILD ("a bit", "slight") read a size; these read the writer's
judgement of it: more a nuisance than anything, nothing scary, not too bad, gone with a
paracetamol or a nap. Like a hedge, the frame calms only what the rules read as no red flag: a
red flag under it ("nothing scary but i cant find my words") stays open to the learned layer.
Functions take a normalized text (normalize.normalize).
"""

from __future__ import annotations

from .pattern_set import LazyPattern

# What eases it: an everyday remedy, not a treatment the team gave.
_EVERYDAY_REMEDY = (
    r"(?:a |some |the |my |an )?(?:paracetamol|tylenol|acetaminophen|ibuprofen|advil|panadol"
    r"|nap|rest|sleep|lie down|lie-down|cream|lip balm|moisturi[sz]er|vaseline|water|drink"
    r"|coffee|food|snack|cup of tea|fresh air|stretch|walk)"
)
_TOLD_CALMLY = LazyPattern(
    r"\b(?:more (?:annoying|irritating|of a nuisance|a nuisance|a pain) than (?:anything|worrying)"
    r"|nothing (?:scary|serious|major|worrying|too bad|dramatic|alarming)"
    r"|(?:just|only) (?:odd|weird|annoying|irritating|a nuisance|strange|a pain)"
    r"|not (?:too|that|very|so) bad|no big deal|manageable|bearable"
    r"|(?:goes|went|gone|going|eases|eased|easing|settles|settled|helps|helped|clears|cleared"
    rf"|shifts|shifted)(?: away| off)? (?:with|after) {_EVERYDAY_REMEDY})\b"
)


# A sore spot where a needle went: "my arm is sore where they took blood", "achy arm from the
# jab". Redness, heat, swelling or pus there are red flags the rules read, and stay open.
_WHERE_A_NEEDLE_WENT = LazyPattern(
    r"\b(?:sore|tender|achy|aching|stiff|bruised)\b(?: [\w']+){0,4}"
    r" (?:where (?:they|the nurse|the doctor|the phlebotomist) (?:took|drew|did|put|gave)"
    r"|from (?:the|my|a|his|her) (?:blood draw|bloods|blood test|jab|vaccine|injection|shot"
    r"|needle|cannula|drip|iv))\b"
)
# What a needle's spot must not show: an infection the rules may not read ("sore and red and hot
# where they put the line").
_INFECTED = LazyPattern(
    r"\b(?:red\w*|hot|warm|swollen|swelling|puffy|pus\w*|ooz\w*|weep\w*|leak\w*|streak\w*"
    r"|spread\w*|angry|fever\w*|temp\w*|discharge|lump|hard|throbbing|worse)\b"
)
# "isn't going away with tylenol", "not helped with a nap": the remedy failed.
_DENIED = LazyPattern(r"(?:n't|not|never|no longer|won't|wont|isnt|doesnt|didnt)(?: \w+)?\s*$")


def told_calmly(text: str) -> bool:
    """Tell whether a normalized text judges what it tells small ("more annoying than
    anything", "nothing scary", "goes with paracetamol"; not "isn't going away with tylenol"),
    or tells a sore spot where a needle went."""
    if _WHERE_A_NEEDLE_WENT.search(text) and not _INFECTED.search(text):
        return True
    return any(not _DENIED.search(text[: m.start()]) for m in _TOLD_CALMLY.finditer(text))
