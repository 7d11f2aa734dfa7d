"""An offer to show a picture of a sign: a question about the chat, not about the sign.

"can i send you a photo? theres little red dots all over his legs", "would a picture help?
her bruise is the size of my hand", "¿te mando una foto?": what the writer asks is whether the
chat can see pictures; what is to be photographed is there now. So the offer does not make the
message a plain question, which would keep the learned layer's urgent call off it; the rules'
reading of the sign itself (asked about, denied, over) is unchanged.
"""

from __future__ import annotations

from .pattern_set import LazyPattern

_PICTURE = r"(?:photos?|pics?|pictures?|images?|selfies?|fotos?|imagen|im[aá]genes)\b"
# The offer with the words that ask it, up to its question mark.
_OFFER = LazyPattern(
    r"\b(?:(?:can|could|may|shall|should|do) i (?:just )?|(?:do you )?want me to |how do i"
    r" |is it ok to )(?:send|show|upload|attach|share|post)(?: (?:you|u|it))?(?: (?:a|an|some"
    rf"|the|my))? {_PICTURE}[^.!?]*\?"
    rf"|\bwould an? {_PICTURE} help\b[^.!?]*\?|\b{_PICTURE}[^.!?]*\bif (?:that|it) helps\b"
    r"|(?:¿ ?)?(?:puedo|le|te|les) (?:mando|mandar(?:te|le|les)?|env[ií]o|enviar(?:te|le|les)?"
    rf"|muestro|mostrar(?:te|le|les)?) (?:una |unas |la )?{_PICTURE}[^.!?]*\?"
)


def without_an_offer(text: str) -> str:
    """Return a normalized text without its offers to show a picture ("can i send you a photo
    of it?"), to tell whether the rest of it only asks; a text that is only an offer ("can i
    send a photo of my infusion site to check its healing?") as it is."""
    if not _OFFER.search(text):
        return text
    rest = _OFFER.sub(" ", text)
    return rest if rest.strip(" .,;:!?") else text
