"""Self-harm told as going on now, in the first or third person: the crisis line first.

Written from the self-harm pages of the NHS, Mind, Samaritans and 988 (hurting oneself by
cutting, scratching, pinching, biting, hitting, pulling hair out, picking wounds open; the marks
it leaves and the wounds hidden; what it does for the one who does it: it helps, it shuts the
thoughts up, it is a way to cope), not from messages. A sense is read in three parts, each a
small lexicon: the act on one's own body (`_ACT`, `_OWN_BODY`), what tells it is self-done and
now (a mark left, a reason of its own, a habit or a return: `_MARK`, `_REASON`, `_NOW`), and the
calm senses that share its words (`_CALM`: an accident, an itch, a pet, grooming, a needle or a
line at the clinic, a figure of speech, a toddler). Past self-harm told as history is read before
(`triage._own_past_crisis`), and a question about self-harm names no act on anyone's body.
"""

from __future__ import annotations

from .pattern_set import LazyPattern, guarded, unless

_WHOSE = r"(?:my|his|her|their)"
_SELF = r"(?:my|him|her|them)sel(?:f|ves)"
_BODY = (
    r"(?:arms?|forearms?|upper arms?|legs?|thighs?|wrists?|skin|stomach|belly|tummy|hips?"
    r"|chest|hands?|feet|foot|ankles?|shoulders?|neck|face|cheeks?|head|scalp|knuckles"
    r"|fists?|fingers?|palms?|calf|calves|sides?|shins?|lips?|tongue|ribs)"
)
# One's own body: "his own forearm", "the insides of his thighs", a wound or a line's site.
_OWN_BODY = (
    rf"(?:{_SELF}|{_WHOSE} (?:own )?{_BODY}|the (?:inside|insides|back|backs|top|tops|skin)"
    rf" (?:of|on) {_WHOSE} (?:own )?{_BODY}|(?:{_WHOSE}|the) (?:old )?(?:cannula|picc|line"
    rf"|drip|port)(?: line)? site)"
)
# A wound already there: picked till it bleeds is often a habit ("he picks at his scabs until
# they bleed, should i cover them"), so only a reason of its own makes it harm.
_WOUND = rf"{_WHOSE} (?:own )?(?:scabs?|wounds?|stitches|scars?|sores?)"
# What hurts a body when done to it.
_ACT = (
    r"(?:cut|cuts|cutting|slash\w*|scratch\w*|claw\w*|scrap\w*|slap\w*|smack\w*|hit|hits"
    r"|hitting|punch\w*|thump\w*|whack\w*|bash\w*|bang\w*|bit|bite|bites|biting|chew\w*"
    r"|pinch\w*|burn\w*|scald\w*|stab\w*|jab\w*|dig|digs|digging|dug|gouge\w*|pick\w*|tear\w*"
    r"|tore|rip\w*|hurt|hurts|hurting|harm\w*|injur\w*|bruis\w*)"
)
# Hair pulled out of one's own head or skin (trichotillomania is on the self-harm lists too).
_HAIR_OUT = (
    rf"\b(?:pull\w*|pluck\w*|tear\w*|rip\w*|yank\w*) (?:out )?(?:{_WHOSE} |the )(?:own )?hairs?"
    rf"(?: out)?(?: of {_WHOSE} (?:own )?{_BODY}(?: and {_BODY})?)?(?: out)?\b"
)
# The mark it leaves: bleeding, bruised black and blue, raw, teeth marks.
_MARK = (
    r"(?:(?:till|until|til|so) (?:it|they|the skin|there's|theres|there are|(?:my|his|her)"
    r" \w+|i|he|she)(?: \w+)? (?:bleeds?|bled|bleeding|bruises?|bruised|is raw|are raw|raw"
    r"|marks?|teeth marks|black and blue|blisters?|blistered|split)\b|\bblack and blue\b"
    r"|\bteeth marks\b|\bin clumps\b)"
)
# What it does for the one who does it, in the words the self-harm pages give.
_REASON = (
    r"(?:(?:it|that) (?:helps|helped)\b|helps (?:me|him|her|them) (?:cope|concentrate|focus"
    r"|calm|think|sleep|feel)|(?:shuts|shut|quiets?|stops?|drowns?) (?:out |up )?(?:the|my|his"
    r"|her) (?:\w+ )?(?:noise|thoughts|voices?|panic|screaming|head)|(?:shuts|shut) (?:\w+ ){0,5}up"
    r"|(?:makes?|made) (?:the|my|his|her) (?:\w+ )?(?:thoughts|noise|panic|feeling|feelings)"
    r" (?:stop|go|quiet)|makes sense of|(?:to|so (?:i|he|she) can) (?:cope|concentrate|focus"
    r"|feel|calm)\b|when (?:i|he|she|they|me and \w+|mum and dad|\w+ and i)"
    r" (?:get |gets |feel |feels |am |is |'m |'s )?(?:frustrated|angry|anxious|stressed|upset"
    r"|overwhelmed|panicky|panicking|scared|jealous|low|numb|argue|fight|lose|loses)\b"
    r"|(?:because|cos|cause) (?:i|he|she) (?:hates?|deserves?)\b|(?:don't|doesn't) deserve"
    # "when it all gets too much": the self-harm pages' own words for why.
    r"|when (?:it|things|everything) (?:all )?(?:gets?|got) (?:too much|too bad|on top of))"
)
# A habit or a return: again, every night, started, since a date or an event.
_NOW = (
    r"(?:\bagain\b|\bevery (?:night|day|morning|evening|time)\b|\beach (?:night|day)\b"
    r"|\b(?:started|starting|keeps?|kept)\b|\b(?:has|have|had|he's|she's|i've|ive) been\b"
    r"|\bsince (?:the|his|her|my|i|he|she|we|they|last)\b|\b\d+ times (?:today|a day|tonight)\b"
    r"|\b(?:today|tonight)\b|\bafter every \w+)"
)
# Calm senses that share the act's words: an accident, an itch, a pet, grooming, the clinic's
# needle, a figure of speech ("pinch myself", "kicking myself"), a toddler's tantrum.
_CALM = unless(
    r"(?:accident\w*|by mistake|slipp\w*|tripp\w*|fell|fall|falling|cooking|chopping|shaving"
    r"|gardening|knock\w*|bump\w*|rash|itch\w*|eczema|hives|mosquito\w*|insect|bites? from"
    r"|shingles|psoriasis|dry skin|cat|cats|kitten|dog|dogs|puppy|cuticles?|eyebrows?"
    # Nails bitten are grooming; nails used on the skin are the act's tool.
    r"|(?<!with my )(?<!with his )(?<!with her )nails?"
    r"|tweez\w*|wax\w*|haircut|barber|blood draw|injection|jab at clinic"
    r"|(?:nurse|doctor|phlebotomist)s? (?:\w+ )?(?:took|drew|put|did|dug|poked|jabbed|struggled"
    r"|had to|couldn't|tried)"
    r"|biopsy|pinch me|pinch myself|pinching myself|toddler|baby|teething|gym|lifting|workout"
    r"|football|rugby|sport\w*|not on purpose|didn't mean)"
)
# "banging my head against a brick wall with the insurers": frustration, not a blow.
_NOT_THE_IDIOM = (
    r"(?![^\n]*\b(?:brick wall|with (?:the|my|his|her|this|these|them|insurance|insurers?)"
    r"|trying to|(?:want|wanna|could|feel like|makes me) (?:to )?bang)\b)"
)
_SPANISH_ACT = (
    r"(?:pellizc\w*|rasgu[ñn]\w*|ara[ñn]\w*|muerd\w*|mord\w*|golpe\w*|pego|pega|corto|corta"
    r"|cortando|quemo|quema|quemando|arranc\w*|lastim\w*)"
)

HARM_TOLD: tuple[LazyPattern, ...] = tuple(
    LazyPattern(guarded(p))
    for p in (
        # The act on one's own body with the mark it leaves or a reason of its own: "bites his
        # own forearm till there's teeth marks", "pinching the insides of his thighs black and
        # blue", "i dig at the cannula site till it bleeds", "i hit myself in the face when i
        # get frustrated".
        rf"{_CALM}\b{_ACT} (?:(?:at|into|in) )?{_OWN_BODY}\b[^.!?]{{0,60}}(?:{_MARK}|{_REASON})",
        rf"{_CALM}\b{_ACT} (?:(?:at|into|in) )?(?:open )?{_WOUND}\b[^.!?]{{0,60}}{_REASON}",
        # A hurt meant, with its mark: "i wear my old shoes two sizes too small on purpose so my
        # feet bleed".
        rf"{_CALM}\b(?:on purpose|deliberately|intentionally)\b[^.!?]{{0,40}}\bso (?:that )?"
        rf"{_WHOSE} {_BODY} (?:bleeds?|bruises?|blisters?|hurts?)\b",
        # Scratched or dug into one's own skin: "scratching words into his leg with a pen lid".
        rf"{_CALM}\b(?:scratch\w*|carv\w*|dig\w*|dug|press\w*|etch\w*) (?:\w+ ){{0,2}}into"
        rf" {_WHOSE} (?:own )?{_BODY}\b",
        # Hurt done to oneself, told as a habit or a return: "been hurting myself again since
        # the treatment", "my girlfriend has been harming herself"; "his own arm" says whose
        # hand did it: "i slap my own face hard".
        rf"{_CALM}\b(?:hurt|hurting|harm|harming|injur\w*) {_SELF}\b[^.!?]{{0,40}}{_NOW}",
        rf"{_CALM}{_NOW}[^.!?]{{0,40}}\b(?:hurting|harming|injuring) {_SELF}\b",
        rf"{_CALM}\b(?:slap\w*|smack\w*|punch\w*|hit|hits|hitting|bite|bites|biting|bit|cut"
        rf"|cuts|cutting|burn\w*|scratch\w*|pinch\w*) (?:at )?{_WHOSE} own {_BODY}\b",
        # Marks on someone's body owned to as their own doing: "my son has bite marks on his
        # forearm, he says he does it when he's panicking".
        rf"{_CALM}\b(?:bite marks|teeth marks|cuts|cut marks|scratches|scratch marks|burns"
        rf"|bruises|marks) (?:on|all over|up and down) {_WHOSE} (?:own )?{_BODY}\b[^!?]{{0,60}}"
        r"\b(?:i|he|she|they) (?:says? |said |admits? |admitted )?(?:(?:he|she|they) )?(?:does"
        r"|did|do|has been doing|is doing|keeps doing) (?:it|them|this|that)"
        r" (?:to (?:my|him|her|them)sel(?:f|ves)|when|whenever|again|because|on purpose)\b",
        # Marks owned to for what they do: "my daughter has cuts on her stomach, she says it
        # helps with the stress".
        rf"{_CALM}\b(?:cuts|cut marks|scratches|scratch marks|burns|bite marks|teeth marks)"
        rf" (?:on|all over|up and down) {_WHOSE} (?:own )?{_BODY}\b[^!?]{{0,80}}{_REASON}",
        # The head banged on a wall or a floor, as a habit or for what it does: "he keeps
        # banging his head on the wall"; not the idiom ("a brick wall", "with the insurers").
        rf"{_CALM}{_NOT_THE_IDIOM}\bbang\w* {_WHOSE} head (?:on|against|off|into)\b[^.!?]{{0,60}}"
        rf"(?:{_NOW}|{_REASON}|{_MARK})",
        rf"{_CALM}{_NOT_THE_IDIOM}{_NOW}[^.!?]{{0,40}}\bbang\w* {_WHOSE} head (?:on|against|off"
        r"|into)\b",
        # Hair pulled out, kept up or in clumps or for what it does: "pulling the hairs out of
        # his arms and legs since his dad's car-t, he says it helps him concentrate".
        rf"{_CALM}{_HAIR_OUT}[^.!?]{{0,80}}(?:{_MARK}|{_REASON}|{_NOW})",
        rf"{_CALM}{_HAIR_OUT}[^!?]{{0,80}}\b(?:{_REASON}|where (?:nobody|no one) (?:looks|sees"
        r"|can see))",
        # Breath held till one nearly passes out, for what it does: "i hold my breath till i
        # nearly black out because it makes the racing thoughts stop".
        rf"\bhold\w* {_WHOSE} breath (?:till|until) (?:i|he|she) (?:nearly |almost )?(?:black"
        rf" out|pass out|faint)\w*\b[^.!?]{{0,60}}{_REASON}",
        # Wounds hidden from the family: "blood all over the towel ... she won't let me see her
        # legs", "found plasters in the bin and he hides his arms".
        r"\b(?:blood|bloody|cuts?|plasters|bandages|marks)\b[^!?]{0,120}\b(?:won't|will not"
        r"|doesn't|does not|refuses to) let (?:me|us|anyone) see (?:his|her|their) (?:arms?|legs?"
        r"|wrists?|thighs?|stomach|belly)\b"
        r"|\b(?:won't|will not|doesn't|does not|refuses to) let (?:me|us|anyone) see (?:his|her"
        r"|their) (?:arms?|legs?|wrists?|thighs?|stomach|belly)\b[^!?]{0,120}\b(?:blood|bloody"
        r"|cuts?|plasters|bandages|marks)\b",
        # Spanish: "me pellizco hasta hacerme moretones", "me arranco las costras para que
        # sangren", each with its mark or its when.
        rf"\b(?:me|se|te) {_SPANISH_ACT}\b[^.!?]{{0,40}}\b(?:hasta (?:que )?(?:sangr\w*"
        r"|hacerme|hacerse|dejarme|dejarse|me salen|le salen|moret\w*)|para que sangr\w*"
        r"|cuando (?:me|le) (?:entra|da|dan|viene)|cada (?:noche|d[ií]a|vez))",
    )
)
