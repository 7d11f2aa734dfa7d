"""What the triage rules look for: self-harm, urgent signs, red flags, instructions to the bot.

Patterns over normalized text (normalize.py), written from public "when to call your team
after CAR-T" lists and crisis-line warning signs. How a match is read (now, denied, over,
asked about) is triage.py's business.
"""

from __future__ import annotations

from .crisis_framed import MEANS, ORDINARY_USE
from .crisis_otherwise import LEFT_A_GROUP
from .harm_by_deeds import HARM_BY_DEEDS
from .harm_for_itself import HARM_FOR_ITSELF
from .kept_for_later import KEPT_FOR_LATER
from .other_tongues import RED_FLAG_WORDS, SIGNS_IN_OTHER_TONGUES
from .passive_wishes import PASSIVE_WISHES
from .pattern_set import LazyPattern, by_first_letter
from .plans_told import PLANS_TOLD
from .sign_again import SIGNS_AGAIN
from .signs_seen import NOT_A_SIGN_COLOUR, OTHER_MEASURE, OXIMETER, SEEN_SIGNS

# An everyday cause told in the same sentence after speech or writing gone wrong: a song, new
# teeth, a language being learned, dyslexia, a keyboard (round 48, urgent49). Never said of
# the words that "come out wrong", a sign long read before this.
_EVERYDAY_CAUSE = (
    r"(?![^.!?\n]{0,50}\b(?:karaoke|(?:when|while) (?:i|he|she) (?:sing|sings|sang|was singing)"
    r"|teeth|dentures|braces"
    r"|accent|dyslexi\w*|keyboard|autocorrect|predictive|spelling|learning|learner)\b)"
)

# "i just won't wake up, mum had to shake me", "i won't wake up properly since yesterday": the
# writer's own state now (review49); not a time to come ("for the 6am bloods", "in time",
# "if i take the lot"), nor a wish or a prayer not to wake (searched in the whole message).
_WONT_WAKE_NOW = (
    r"^(?![^\n]*\b(?:hope|hoping|hoped|pray|praying|prayed|wish|wishing|wished|if only)\b)"
    r"[^\n]*?\bi (?:just )?won't wake(?: up)?\b(?! (?:up )?(?:in time|on time|for (?!long\b)|at"
    r"|until|till|before|if|early|tomorrow|when|unless|after|again|ever)\b)"
)

# A face told crooked in a photo, with a laugh, or of sadness, not of a person now (review49):
# "sale con la cara de lado en todas las fotos, jaja", "la cara caída de tristeza".
_FACE_NOT_NOW = (
    r"(?![^.!?\n]{0,40}\b(?:fotos?|photos?|pictures?|selfies?|tristeza|triste|pena|disgusto"
    r"|aburrimiento|jaja\w*|haha\w*|lol)\b)"
)

# --- Self-harm: crisis line first, whatever else the message says -------------------------

# Hurt until it shows, and why: on purpose, to feel, to punish, when it gets too much.
_HURT_TILL = (
    r"(?:till|until) (?:they|it|i|he|she|my \w+|his \w+|her \w+) (?:bleeds?|bled|bleeding"
    r"|bruises?|bruised|split|splits|blisters?|blistered)"
)
_ON_PURPOSE = (
    r"(?:on purpose|deliberately|when (?:it|things|everything|life) (?:gets?|got) (?:too much"
    r"|too hard|overwhelming|bad|dark|loud)|when the (?:\w+ )?thoughts (?:come|start|get bad"
    r"|get loud)|because (?:i|he|she) hates? (?:myself|himself|herself|my body|his body|her body)"
    r"|(?:so|to) (?:i can |that i )?feel (?:something|anything|real|in control|better)"
    r"|(?:i|he|she) deserves? it|to punish (?:myself|himself|herself))"
)

# One pattern per class of wording, not one alternation, so each reads on its own and its near
# misses are tested by class in tests/test_triage.py; speed comes from triage.py searching them
# as a PatternSet (pattern_set.py), which runs a pattern only where its fixed words appear and
# compiles it the first time it runs.
_SELF_HARM_NAMED: tuple[LazyPattern, ...] = tuple(
    LazyPattern(p)
    for p in (
        r"\bsuicid\w*",
        r"\bkill(?:ing|ed)? (?:my|him|her|them|your)sel(?:f|ves)\b",
        r"(?<!accidentally )\bcut(?:ting)? (?:my|him|her)self\b"
        r"(?! (?:shaving|cooking|chopping|gardening|by accident|accidentally|on (?:a|the|some)))",
        r"\bself[- ]?harm",
        r"\b(?:want|wants|wanted|thinking|think|thoughts|urge|urges|feel like|plan|planning"
        r"|going|tempted|might)\b(?: \w+){0,3} (?:hurt|hurting|harm|harming|injure|injuring)"
        r" (?:my|him|her|them)sel(?:f|ves)\b",
        r"\bend(?:ing)? (?:my|his|her|their) (?:own )?life\b",
        r"\bend it all\b",
        r"\btak(?:e|es|ing) (?:my|his|her|their) (?:own )?li(?:fe|ves)\b",
        r"(?<!n't )(?<!not )\b(?:want|wants|wanted|wish|wishing)(?: to)? die\b"
        r"(?! (?:of|from) (?:embarrassment|boredom|laugh\w*|shame|cringe))",
        r"\bbetter off (?:dead|without me)\b",
        r"\b(?:don't|doesn't|do not|does not|didn't) want to (?:live|be alive|wake up|go on)\b",
        r"\bno reason (?:for me )?to (?:go on|live|keep going|be alive)",
        r"\bpoint (?:of|in) (?:living|going on)\b",
        r"\bnot worth living\b",
        r"\bcan't go on (?:living|anymore)\b",
        r"\btake (?:all|a bunch)(?: of)? (?:my|his|her|the) (?:pills|meds|medications?|tablets)\b"
        r"(?! (?:together|with|in the|before|after|each|every|as))",
        r"\b(?:going|plan|planning|want|wants|thinking|might)(?: to| about| of)? overdos\w*",
        r"\boverdos\w* on (?:my|his|her|purpose)\b",
        r"(?<!no )\bquiero morir",
        r"\bme quiero matar",
        r"\bmatarme\b",
        r"\bsuicidarme\b",
        r"\bno quiero vivir",
        r"\bquitarme la vida",
        r"\bno quiero seguir",
        r"\b(?:end|ending) it(?: all)?\b(?! (?:was|is|will))",
        r"\buntil (?:i|he|she) die",
        r"\bstop (?:existing|living)\b",
        r"\b(?:done|finished) (?:living|with life)\b",
        r"\btired of (?:living|being alive|life|existing)\b(?! (?:out|in|with|like|at|on|near"
        r"|here|off|under|from)\b)",
        r"\b(?:no|any|a) reason to (?:keep )?(?:living|live|go on|be here)\b",
        r"\bdying would be (?:a relief|better|easier)",
        r"\b(?:nobody|no one|no-one) would (?:even |really |ever )?(?:care|miss me|notice)\b",
        r"\bdisappear (?:forever|for good)\b",
        r"\bwish(?:es|ed)? (?:i|he|she) (?:was|were|would be) dead\b",
        r"\bwish(?:es|ed)? (?:i|he|she|they) (?:would|could|will)? ?(?:not|never|didn't|wouldn't"
        r"|won't|couldn't) wake up",
        # Not how many to pack or take a day: "how many pills do i need to bring to the hospital".
        r"\bhow many (?:of )?(?:my |the |these |his |her )?(?:\w+ )?(?:tablets|pills)\b"
        r"(?! (?:a|per|each) day\b| daily\b| (?:do|should|will) (?:i|we|you|he|she)(?: need to)?"
        r" (?:bring|pack|carry|take (?:a|per|each) day)\b)",
        r"\benough (?:\w+ )?(?:pills|tablets|insulin)\b",
        # "drive off the bridge", not "the drive home from the hospital"; a limb that jumps
        # twitches ("my legs jump at night from ms spasticity").
        r"\b(?<!legs )(?<!leg )(?<!arms )(?<!arm )(?<!muscles )(?<!muscle )(?<!feet )(?<!hands )"
        r"(?:jump\w*|throw\w* (?:my|him|her)self)(?: \w+){0,3} (?:off|from|in front of)\b"
        r"|\bdriv\w*(?: \w+){0,3} (?:off|in front of)\b",
        r"\bengine running\b",
        r"\binject\w* (?:all|the whole|every)\b",
        r"\b(?:stockpil\w*|sav(?:e|ed|ing) up|hoard\w*|hid(?:e|ing|den)"
        r"|collect\w*)(?: \w+){0,3}"
        r" (?:pills|tablets|meds|medications?|oxycodone|opioids|insulin|sleeping)",
        r"\bknife (?:\w+ ){0,3}(?:wrist|throat)",
        r"\b(?:cut|slit)\w* (?:my|his|her) wrists?",
        # Hurting oneself until it shows (sets 15 and 16, seen): "scratched my wrists until they
        # bled", "hit my head against the wall until i saw stars", "digging my nails into my
        # arms till theres blood"; not scratching an itch or a rash.
        r"\b(?:scratch|claw|punch|bang|hit|burn|pinch|dig|dug)\w* (?:my|his|her)"
        r"(?:self| (?!eczema|rash|bites?\b|itch|scabs?\b|spots?\b|hives|mosquito)\w+)(?: \w+){0,4}"
        r" (?:until|till|til) (?:(?:they|it|i|he|she|(?:my|his|her) \w+) (?:bled|bleed|bleeds|split"
        r"|saw stars|bruised)"
        r"|there(?:'s|s| is| was) blood)\b(?![^.]{0,40}\b(?:itch\w*|rash|hives|eczema))",
        # Going without to suffer (set 16, seen): "i keep not eating so i suffer, it's what i
        # deserve"; not a diet or nausea.
        r"\b(?:not eating|not sleeping|starv\w* (?:my|him|her)self"
        r"|skip\w* (?:meals|food|(?:my|his|her) meds))"
        r" so (?:that )?(?:i|he|she) (?:suffer|suffers|hurt|hurts|feel pain)\b",
        # Disappointed to wake, glad to be hit (set 16, seen): a wish not to live told as a
        # feeling about waking or about a fatal accident.
        r"\b(?:disappointed|upset|sad|angry|mad|furious|gutted|annoyed|sorry) (?:that )?"
        r"(?:i|he|she) (?:woke|wake|wakes|keep waking|still woke) up\b"
        r"(?! (?:so |too |this )?(?:late|early|at(?! all)|before|after|in time|with|to find"
        r"|and missed|morning))",
        r"\b(?:hit by|get hit|got hit|run over|(?:ran|run|runs) (?:me|him|her) over|killed|died|die"
        r"|didn't wake up|don't wake up)"
        r"[^.?!]{0,50}\b(?:wouldn't|wouldnt|would not|won't|wont) (?:even )?(?:be sad|mind|care"
        r"|be upset|be sorry)\b",
        # Hurt done to oneself with a reason that punishes or soothes (round 19): "dug my nails
        # into my hand until it bled, i deserve it", "bite my arm whenever i feel like a
        # failure", "he admitted he's been doing it to himself"; not a bump or an itch.
        r"\b(?:hit|hits|hitting|punch\w*|slap\w*|bang\w*|slam\w*|bit|bite|bites|biting|burn\w*"
        r"|scrap\w*|scratch\w*|dug|dig\w*|pull\w*|cut|cuts|cutting|pinch\w*|starv\w*|hurt\w*)\b"
        r"[^.!?]{0,60}?\b(?:(?:because|cause|cos|bc|when(?:ever)?|as|since) (?:i'm|im|i am"
        r"|i feel(?: like)?|he's|she's|he feels|she feels) (?:such |so |just )?(?:a )?(?:worthless"
        r"|useless|failure|pathetic|disgusting|stupid|garbage|waste)"
        r"|(?:because|cause|cos|bc) i (?:hate|can't stand) (?:myself|being me|being like this"
        r"|my body)|i deserve (?:it|the pain|to hurt)|on purpose|to punish (?:my|him|her)self"
        r"|(?:doing|did|does) it to (?:him|her|my)self|the only thing that helps)",
        r"\bpunish(?:ing)? (?:my|his|her) body\b",
        # Not away for a reason in the same sentence: "i won't be here next week because of a
        # trip".
        r"\b(?:won't|will not|wont) be (?:here|around|alive)\b(?![^.!?\n]*\b(?:(?:because of|due to"
        r"|for|on) (?:a|my|the|our|his|her) (?:trip|holiday|vacation|wedding|conference|visit"
        r"|course)|(?:travel\w*|visiting|away) (?:to|for|at|on|until))\b)",
        r"\bgoodbye (?:note|letter)s?",
        # Not a farewell to a ward, a place or the hair chemo takes: "said goodbye to the
        # nurses", "saying goodbye to my hair".
        r"\b(?:said|saying|say) goodbye to\b(?! (?:the |all the |my |his |her |our )?(?:nurses?"
        r"|staff|ward|unit|team|doctors?|hospital|clinic|hotel|lodge|apartment|hair|eyebrows"
        r"|eyelashes|port|picc|line|neighbou?rs|other patients)\b)",
        r"\bthis is goodbye\b",
        r"\bbye everyone\b",
        r"\bgiv(?:e|ing|en) away (?:all )?(?:my|his|her) (?:things|stuff|belongings|possessions)",
        r"\bwhere (?:i'm|i am) going\b",
        r"\btalk\w* about (?:dying|death|ending it|killing|suicide|not being here)",
        r"\bend (?:my|his|her) suffering\b",
        r"\bgive up on (?:life|living)\b",
        r"\bacabar con (?:mi vida|todo)",
        r"\bmejor muert[oa]",
        r"\bno vale la pena vivir\b",
        r"\bbetter off (?:if|when) (?:i|he|she) (?:was|were|am|is) (?:gone|dead)",
        r"\b(?:never|not) wake up\b",
        r"\bno way out\b",
        # Not a symptom wished away: "i want everything to stop spinning when i stand up".
        r"\bwant (?:it all|everything|this) to (?:stop|end)(?! (?:hurting|aching|itching|spinning"
        r"|burning|swelling|moving)\b)",
        r"\b(?:shoot|shot|hang|hung|drown|poison|stab)(?:s|ing|ed|bing|ting)?"
        r" (?:my|him|her|them)sel(?:f|ves)\b",
        rf"\bbought a (?:rope|gun)\b{ORDINARY_USE}",
        r"\bways to die\b",
        r"\bhow to (?:die|end my life)\b",
        r"\btake (?:all|every one|the whole \w+) (?:of )?(?:my|his|her|the) \w+\b"
        r"(?! (?:together|with|in the|before|after|each|every|as))",
        r"\b(?:i'm|i am|feel like|being|he's|she's) (?:such |just )?a burden\b",
        r"\bhappier without (?:me|him|her)\b",
        r"\b(?:life|living) (?:isn't|is not|isnt) worth\b",
        r"\bnot worth (?:it|living) (?:anymore|any more)\b",
        r"\bfinal arrangements\b",
        r"\b(?:got|have|has|bought|loaded) (?:a |the |my |his )?gun\b",
        r"\bcan't go on like this\b",
        # Plans and dates, in words no method list names: "worked out exactly how I'd do it".
        r"\b(?:exactly|step by step|decided|worked out|figured out) how (?:i'm|i am|i'd"
        r"|i would|i'll|i will) (?:going to )?(?:do it|end it|kill|die)\b",
        r"\bhow (?:i'm|i am|he's|she's) going to (?:do it|end it)\b",
        r"\bplan (?:is|was) to (?:\w+ ){0,3}(?:die|end (?:it|my life)|kill|overdose)",
        r"\b(?:going to|want to|wants to|plan(?:ning)?(?: is)? to|thinking (?:of|about)|about to"
        r"|i'll|will|might) (?:walk|jump|drive|step|throw (?:my|him|her)self)\w*"
        r" (?:(?:into|in front of|under) (?:the |a )?(?:sea|ocean|river|lake|traffic|train|bus"
        r"|truck|lorry|tree|wall)|off (?:the |a )?(?:bridge|roof|cliff|building|balcony))\b",
        r"\b(?:unalive|kms)\b",
        # Slang of the fresh set 17 (seen): "sewerslide thoughts", "my head keeps saying kys",
        # "ctb plan is set" (catch the bus).
        r"\b(?:sewer ?slide|kys|ctb)\b",
        # Cutting into one's own body, and a gun's rounds within reach (set 17, seen): "carved
        # into my leg with a paper clip", "i know where the bullets are"; not the turkey.
        r"\bcarv\w* (?:into |on )?(?:my|his|her) (?:arms?|legs?|skin|wrists?|thighs?|stomach"
        r"|belly|body|hips?)\b",
        # A train that passes without stopping, noted with no journey to make: "i wrote down the
        # train times, the express doesnt stop at our station" (set 16, seen).
        r"^(?![^\n]*\b(?:take|taking|took|catch|change|transfer|commute|get to|to the (?:clinic"
        r"|hospital|appointment|center|centre))\b)[^\n]*\b(?:trains?|express|freight)\b[^.!?\n]{0,40}"
        r"\b(?:(?:doesn't|does not|don't|do not|won't|never) stop|(?:straight|right) through"
        r" without stopping)\b",
        r"\b(?:know|knows|found) where (?:the|his|her|my) (?:bullets|ammo|ammunition|gun|handgun"
        r"|pistol|rifle) (?:is|are|was|were)\b",
        r"\bme estoy (?:lastimando|hiriendo|cortando(?! (?:el |la |las |los )?(?:pelo|cabello"
        r"|u\w*as|barba|flequillo)))(?: \w+){0,3} con (?:una |un )?(?:navaja|cuchill\w*|hoja|vidrio"
        r"|tijeras|cuter|c[uú]ter)\b",
        r"\b(?:i'm|i am|he's|she's) going to do it (?:tonight|tomorrow|today|now|soon|this)",
        # Means: pills kept back, a weapon thought about.
        r"\btake every (?:single )?(?:pill|tablet)|\bevery pill in the house\b",
        # Every pill of a kind, or drink with all of them: "vodka plus every tramadol in the
        # house".
        r"\bevery (?:single )?(?:\w+ )?(?:pills?|tablets?|tramadol|oxy\w*|morphine|painkillers?"
        r"|sleeping pills?|meds)(?: \w+)? in the (?:house|cupboard|cabinet|flat|apartment|drawer)\b"
        r"|\b(?:vodka|whiske?y|booze|alcohol|gin|rum|wine)\b.{0,20}\b(?:plus|and|with|on top of)"
        r" (?:every|all (?:of )?(?:my|the|his|her))\b",
        r"\bsav(?:e|ed|ing)(?: up)? (?:my|his|her|all (?:my|his|her)) (?:\w+ )?(?:pills|tablets"
        r"|meds|painkillers) (?:for when|just in case|in case|until)\b",
        r"\b(?:stockpil|hoard)\w* (?:\w+ ){0,2}(?:morphine|painkillers|oxy\w*|fentanyl|sleepers)",
        r"\b(?:thinking|think|thought) about (?:using )?(?:the|a|my|his|her|that) (?:gun|rope"
        r"|razor|blade|knife)\b",
        r"\blethal dose\b|\bhow much (?:\w+ ){0,3}(?:would|to) (?:kill|die)\b",
        r"\b(?:lethal|fatal|deadly) (?:dose|amount)\b"
        r"|\b(?:dose|amount) of (?:\w+ ){0,2}(?:is|would be) (?:lethal|fatal|deadly)\b",
        r"\bhigh enough to (?:jump|die|kill)\b",
        # A lethal amount or a way to die asked about for oneself: "how many tylenol would it take
        # to kill me", "is an overdose painful, asking for myself".
        r"\bhow (?:much|many) (?:\w+ ){0,4}(?:would|will|does|to)(?: it)?(?: take to)? (?:be )?"
        r"(?:fatal|lethal|deadly|kill (?:me|myself|him|her|someone|a person))\b",
        r"\bhow (?:much|many) (?:\w+ ){0,4}(?:would|will|does|to)(?: it)?(?: take to)?"
        r" stop (?:your|my|a|the|his|her) heart\b",
        r"\b(?:finish\w*|do|doing|did|done) (?:my|him|her|them)sel(?:f|ves) (?:off|in)\b"
        r"|\boff (?:my|him|her)self\b",
        # A goodbye that clears someone of blame: "goodbye. tell dr patel it's not her fault".
        r"\bgoodbye\b.{0,80}\b(?:not (?:her|his|your|their|anyone's|anybody's) fault"
        r"|did (?:her|his|their|your) best)\b",
        r"\b(?:painless|easiest|quickest|fastest|surest|best) ways? to (?:die|end it|end my life"
        r"|kill myself)\b",
        r"\b(?:overdos\w*|fatal|lethal|deadly|painless|to die|kill)\b.{0,60}\basking for (?:me"
        r"|myself)\b",
        r"\benough\b(?: \w+){0,5} (?:that|so) (?:i|he|she) (?:don't|won't|never|wouldn't)"
        r" wake up\b",
        r"\bplan(?:ning)? (?:to be|on being) dead\b",
        r"\bpoint (?:of|in) (?:being alive|staying alive)\b",
        # Goodbyes and hopelessness as 988 lists them.
        r"\b(?:this is|this'll be|it's) my last (?:message|post|note|text)\b",
        r"^\s*(?:the )?last message\b",
        r"\b(?:you|they|nobody|no one) (?:won't|will not|will never) (?:hear from|see) (?:me|him"
        r"|her) again\b",
        r"\b(?:said|say|saying) (?:my|our|his|her) goodbyes\b",
        r"\bgoodbye (?:message|post|text|video|email)s?\b|\bgoodbye\b.{0,30}\blove you\b",
        r"\b(?:gave|giving|give|given) (?:away )?(?:all )?(?:my|his|her) (?:things|stuff"
        r"|belongings|possessions)(?: \w+)? away\b|\b(?:been|keeps|kept) saying goodbye\b",
        r"\bwon't be needing (?:help|you|anything|it|treatment|the treatment)(?: \w+)? (?:after"
        r" (?:tonight|today|tomorrow)|anymore|any more)\b",
        r"\bno (?:point|use|reason) (?:in )?(?:going on|carrying on|living|being alive|being here"
        r"|keeping going|anymore|any more)\b",
        r"\b(?:want|wants|wanted|need|needs) (?:to get )?out (?:for good|of (?:life|this life))",
        r"\bwant (?:it all|everything|my life) to be over\b",
        r"\b(?:wish|want) (?:i|he|she|to) (?:could )?(?:just )?(?:not exist|disappear|stop"
        r" existing|never wake)",
        r"\b(?:going|want|wants|planning) to (?:hang|shoot|drown|poison|gas) (?:my|him|her)sel",
        r"\b(?:don't|do not) want to (?:exist|(?:be here|be around) (?:anymore|any more))\b",
        # "id" too: patients type the contraction without its apostrophe (set 25).
        r"\b(?:i'd|id|i would|he'd|she'd) rather (?:be dead|die|not be (?:here|alive))\b",
        r"\bcan't (?:do|take|handle|cope with) (?:this|it)(?: \w+)? (?:anymore|any more)\b",
        r"\b(?:i see|i have|there's|there is|i've got) no future\b",
        r"\bno reason to (?:keep )?(?:trying|carry on|wake up)\b",
        r"\b(?:we'd|we would|you'd|you would|everyone would|they'd|they would|family would)"
        r" be better off without (?:me|him|her)\b",
        # Means at hand, or taken: "a whole bottle of oxycodone in front of me".
        r"\b(?:pills|tablets|meds|bottle|gun|razor|blade|knife|rope)(?: [\w']+){0,3}"
        r" (?:ready|in front of me|counted out|next to me|in my hand)\b",
        r"\bholding (?:a|the|my|his|her) (?:razor|blade|knife|gun)\b",
        r"\b(?:swallowed|took|taken|downed) (?:a handful|all|the whole|a whole|a bottle|a bunch"
        r"|loads|too many)(?: of)? (?:\w+ ){0,2}(?:pills|tablets|meds)\b",
        r"\bno more me\b",
        r"\b(?:how|when) and (?:how|when) (?:i'm|i am|i'll|i will|he's|she's) going to\b",
        r"\b(?:going|gonna) to jump\b",
        # Told of on the phone: "called from the overpass, says hes jumping".
        r"\bsays? (?:he|she|they)(?:'s|s| is| are|'re)? (?:jumping|gonna jump|going to jump)\b"
        r"(?! (?:at|for|up|in|into|on|around|through|over|with|ahead|aboard)\b)",
        # Making oneself bleed or bruise, told with why: "scratching my legs till they bleed on
        # purpose", "i bite my arm till it bleeds when it gets bad", "so i feel something".
        rf"\b{_HURT_TILL}\b[^.!?\n]{{0,20}}\b{_ON_PURPOSE}\b"
        rf"|\b{_ON_PURPOSE}\b[^.!?\n]{{0,30}}\b{_HURT_TILL}\b",
        # Classes of set 13's crisis misses (seen, lead, after its one scoring): a wall punched
        # till the knuckles bleed, skin burnt with a lighter, checking out "for good".
        r"\b(?:punch\w*|hit|hits|hitting|bang\w*|smash\w*) (?:the|a) (?:wall|door|mirror)s?"
        r"(?: [\w']+){0,3} (?:until|till) (?:my|his|her) (?:knuckles|fists?|hands?)"
        r" (?:bleed|bled|are bleeding|were bleeding|split)\b",
        r"\bburn(?:s|t|ed|ing)? (?:my|his|her|their)(?:self|selves)?(?: own)?(?: (?:arms?|legs?"
        r"|wrists?|skin|thighs?|stomach))? with (?:a |the |his |her |my )?(?:lighter|cigarettes?"
        r"|matches|a match)\b",
        r"\bcheck(?:ing)? out (?:early\b[^?\n]{0,12}\b(?:for good|permanently|for ever|forever)"
        r"|for good|of (?:life|this world)|permanently)\b",
        r"\b(?:tell|let) (?:my|our|his|her) \w+(?: know)? (?:that )?(?:i|he|she) (?:loved|love)"
        r" (?:her|him|them|you)\b",
        r"\b(?:texted|messaged|sent|posted|left|wrote)(?: me| us)? (?:a )?(?:goodbye|farewell"
        r"|note (?:saying|that))\b|\bnote from (?:my|his|her|our) \w+ (?:saying|that)\b",
        r"\bbetter off\b.{0,40}\bthan (?:with )?(?:me|him|her)\b",
        # Not a night woken or a baby woken: "hope i don't wake up at 3am again".
        r"\b(?:hope|wish) (?:i|he|she) (?:just )?(?:don't|doesn't|won't|never) wake up\b"
        r"(?! (?:at|with|in"
        r" (?:the night|pain)|early|before|again at|the|a|an|him|her|them|anyone|everyone"
        r"|hungry|sweating|coughing|until|till)\b)",
        # Asked of a god: "i pray every night that i don't wake up".
        r"\bpray(?:s|ed|ing)?(?: [\w']+){0,3} (?:that )?(?:i|he|she) (?:don't|doesn't|won't"
        r"|never) wake up\b(?! (?:the|a|an|his|her|my|our|him|them|anyone|everyone)\b)",
        # Cuts or burns someone owns to: "cuts on my daughter's thighs, she does it herself".
        r"\b(?:cuts|cut marks|burns|scratches) (?:on|all over|up and down) (?:my|his|her|their"
        r"|our) (?:[\w']+ ){0,2}(?:arms?|wrists?|legs?|thighs?|stomach|skin|body)\b.{0,60}"
        r"\b(?:does|doing|did|done) (?:it|this|that|them) (?:to )?(?:her|him|my|them)sel(?:f"
        r"|ves)\b",
        r"\bthink\w* about (?:dying|death|being dead|killing myself)\b|\bi want out\b",
        r"\b(?:no|any|a) reason to (?:keep going|carry on|continue)\b",
        rf"\b(?:got|have|has|bought|found|hidden) (?:a |the |my |some )?rope\b{ORDINARY_USE}",
        # A hose for washing the car is not one for its exhaust, unless an engine or a garage
        # is told with it.
        r"^(?!(?!.*\b(?:exhaust|engine|garage|window|taped?)\b).*\b(?:car ?wash|wash\w* (?:the|my"
        r"|his|her) car|clean\w* (?:the|my|his|her) car)\b)"
        r".*?(?:\bhose\b.{0,30}\b(?:car|exhaust)\b|\b(?:car|exhaust)\b.{0,30}\bhose\b)",
        r"\b(?:left|wrote|written|writing) (?:\w+ ){0,2}letters? for (?:everyone|my family|the kids"
        r"|each of)\b|\b(?:thank you|thanks)(?: \w+){0,3} (?:and )?goodbye\b"
        r"|\btake care of (?:\w+ ){1,2}for me\b",
        r"\b(?:the )?last time (?:we|i|you|he|she) (?:will )?(?:talk|speak|see)\b",
        r"\b(?:looking up|googl\w*|research\w*|search\w*) (?:\w+ ){0,2}(?:bridges|ways to die"
        r"|how to (?:die|overdose|kill)|lethal|overdos\w*|tall buildings)\b",
        r"\bcutting (?:my|his|her|their) (?:arms?|wrists?|legs?|thighs?|skin)\b",
        # Self-injury told as a done act (Samaritans' and 988's self-harm signs): "cut my arm
        # again last night", "took a razor to my forearms", "a hot spoon held to my wrist",
        # "i hurt myself again tonight"; not a cut while shaving, cooking or gardening.
        r"\b(?:cut|cuts) (?:my|his|her) (?:upper |fore)?(?:arms?|legs?|wrists?|thighs?|forearms?"
        r"|stomach|skin)\b(?! (?:on|while|when|shaving|cooking|chopping|gardening|by accident"
        r"|accidentally|open on|in the)\b)"
        r"|\b(?:cut|hurt|harmed|burned|burnt) (?:my|him|her)self again\b|\b(?:i|he|she) cut again\b"
        r"|\brelapsed on (?:cutting|self[- ]?harm\w*)\b|\btook a (?:razor|blade|knife) to (?:my|his"
        r"|her)\b|\b(?:held|pressed|hold|press|holding|pressing) (?:a|the) hot \w+(?: \w+)? (?:to"
        r"|against|on) (?:my|his|her) (?:wrists?|arms?|skin|legs?|hands?)\b",
        r"\bkills? (?:my|him|her|them)sel(?:f|ves)\b",
        r"\bend(?:ing)? (?:things|everything)\b|\btonight(?:'s| is) the night\b"
        r"|\bmade (?:my|his|her) peace\b",
        r"\bbetter (?:off )?if (?:i|he|she) (?:was|were|am|is) (?:gone|dead|not here)\b",
        # Spanish, as 988's Spanish line hears it.
        r"\b(?:me|se) (?:voy a|va a) (?:matar|suicid|quitar)",
        r"\b(?:me|se) (?:quiero|quiere) (?:matar|suicid|morir|quitar)",
        r"\b(?<!no )(?:quiero|quiere|quieren) (?:morir|matarme|matarse|suicid)",
        r"\bpens(?:ando|ar|[eé]|e) en (?:matarme|matarse|suicid|morir|quitarme)",
        r"\bno (?:tiene|tengo|le veo|veo) (?:ning[uú]n )?sentido (?:seguir|vivir|la vida)",
        r"\bla vida no tiene sentido\b",
        r"\b(?:ser[ií]a|estar[ií]a|estar[ií]an|estaríamos|est[aá]n|estar[aá]n) mejor (?:estar |si"
        r" (?:me|estuviera) )?(?:muert[oa]|sin m[ií]|sin (?:[eé]l|ella))",
        r"\bmejor (?:estar )?muert[oa]s?\b|\bno quiero (?:estar aqu[ií]|despertar)",
        r"\b(?:guard(?:ado|ando|[eé])|junt(?:ado|ando|[eé])) (?:\w+ ){0,2}pastillas\b",
        r"\b(?:esta es mi|mi [uú]ltima|carta de) despedida\b|\badi[oó]s (?:a todos|para siempre)",
        r"\bno aguanto m[aá]s(?! (?:el|la|los|las|este|esta|estos|con)\b)",
        r"\bque todo (?:se )?(?:termine|acabe)\b",
        r"\bno (?:quiere|quieren|quiero) (?:vivir|seguir)\b|\bdesaparecer para siempre\b"
        r"|\bnadie me (?:extra[nñ]ar[ií]a|echar[ií]a de menos)\b",
        r"\bhac(?:erme|erse|erle) da[ñn]o\b|\bpienso en la muerte\b|\bsentido a seguir\b",
        r"\b(?:pistola|arma|escopeta)\b.{0,40}\busarla\b",
        r"\b(?:me las|me los) (?:voy a|vas a) (?:tomar|tragar)"
        r"|\btom(?:ar|arme|[eé]) (?:\w+ )?todas\b"
        r"|\bpastillas (?:listas|preparadas|guardadas|juntadas)\b",
        # Goodbye letters, and standing where a fall would kill, in any tense.
        r"\b(?:left|wrote|written|writing|leaving)(?: \w+){0,2} letters? (?:for|to)"
        r" (?:everyone|each"
        r"|all|my (?:kids|children|family|wife|husband|sons?|daughters?|parents|grandkids))\b"
        r"|\b(?:dej[eé]|dejo|escrib[ií]|escribo|he (?:dejado|escrito)|dejando|escribiendo)(?: \w+)?"
        r" cartas? (?:a|para) (?:mis|mi|todos|cada)\b",
        r"\b(?:standing|stood|sitting|sat|climb\w*|leaning|up) (?:on|at|over) (?:the |a |my )?"
        r"(?:(?:balcony|bridge|roof|window|building) )?(?:railing|ledge|parapet|edge of the (?:roof"
        r"|bridge|building|cliff|balcony))\b|\bon the (?:train |railway )?tracks\b",
        r"\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning)(?:s|ed)? (?:my|him|her)sel(?:f"
        r"|ves) on purpose\b",
        # Hoping the illness or the treatment does it: "i hope this kills me", also after a
        # symptom ("temp 39, i hope it finishes me").
        r"\b(?:hope|hoping|hopes|pray|praying|prays|wish|wishing)(?: that)? (?:it|this|that|the"
        r" \w+|something|cancer|car[- ]?t|the cells|the fever|the infection|(?:this|the) \w+)"
        r" (?:just |finally |will |would |actually )*(?:kills?|finish(?:es)?|takes?) (?:me|him|her)"
        r"(?: off| out)?\b(?! (?:to|into|home|back|through|in|there)\b)"
        r"|\b(?:hope|hoping|hopes|pray|praying|prays) (?:that )?(?:i|he|she) (?:just )?(?:die|dies"
        r"|don't make it|doesn't make it|won't make it|don't survive|doesn't survive"
        r"|won't survive)\b",
        # A death wish in Spanish: "ojalá me muera", "quiero morirme", "quisiera no despertar".
        r"\bojal[aá] (?:que )?(?:me|se|ya me|ya se) (?:muera|muriera|muero|lleve|llevara)\b"
        r"|\bojal[aá] (?:que )?(?:no (?:despierte|despertara|amanezca)|(?:me|se) acab\w+ todo)\b"
        # "ojalá pudiera morirme": a wish to be able to die.
        r"|\bojal[aá] (?:que )?(?:pudiera|pueda|pudiese|(?:me|se) (?:pudiera|pueda)) morir\w*"
        r"|\b(?:quisiera|preferir[ií]a|prefiero|deseo|desear[ií]a) (?:morir\w*|estar muert[oa]"
        r"|no despertar|no estar viv[oa]|desaparecer)"
        r"|\bya no (?:quiero|quiere) (?:estar viv[oa]|vivir|seguir|despertar)"
        r"|\b(?:me|se) (?:quiero|quiere|quisiera|quer[ií]a) morir"
        # A wish not to see the morning (set 16, seen): "ojalá me durmiera y ya no amaneciera".
        r"|\bojal[aá]\b[^.?!]{0,50}\bno (?:amaneciera|amanezca|despertara|despierte|despertase)\b"
        # Told of someone else (set 16, seen): "si el tratamiento no funciona se mata"; and of
        # oneself (set 30, seen): "si la resonancia sale mal, me mato", "me voy a matar"; not
        # "se mata trabajando" (works himself to death), "me mato de risa".
        r"|\bse (?:va a )?(?:mata|matar[aá]?|suicida|suicidar[aá]?)\b"
        r"(?! (?:trabajando|estudiando|de|a trabajar|a estudiar))"
        r"|(?<!no )\bme (?:voy a )?(?:mato|matar[eé]?|suicido|suicidar[eé]?)\b"
        r"(?! (?:trabajando|estudiando|de|a trabajar|a estudiar))",
        # Goodbye letters and leave-takings in Spanish: "escribí cartas de despedida".
        r"\bcartas? (?:de despedida|de adi[oó]s|para despedirme)\b"
        r"|\b(?:me|se) (?:estoy|est[aá]) despidiendo (?:de|para siempre)"
        r"|\b(?:ya )?(?:me desped[ií]|se despidi[oó]) de (?:todos|mis|mi familia|sus)\b",
        # Where a fall or a train would kill, in Spanish: "estoy en el puente ahora".
        r"\b(?:estoy|est[aá]|estamos)(?: \w+)? (?:en|sobre|arriba de|al borde de) (?:el|la|un|una)"
        r" (?:puente|azotea|cornisa|v[ií]as? del tren|barandal|orilla del (?:puente|edificio))\b"
        r"|\b(?:voy a|va a|quiero|pienso) (?:saltar|tirarme|tirarse|aventarme|lanzarme)"
        r"(?: \w+){0,3} (?:del|de la|desde|al|a las)\b",
        # The same classes in wordings no set holds (written for round 8, checked against every
        # set's calm messages): "everyone would be fine without me", "i put my affairs in order".
        r"\b(?:painless|easiest|quickest|best) ways? to go\b|\b(?:crash|wreck)\w* (?:my|the|his"
        r"|her) (?:car|truck) on purpose\b|\b(?:thinking|think|thought|want|going|plan\w*)"
        r"(?: \w+){0,2} (?:driv|crash|steer)\w* (?:my car |the car )?into (?:a|the) (?:wall|tree"
        r"|truck|pole|river|lake|traffic|oncoming)\b",
        r"\bwould (?:all )?be (?:fine|better|happier|okay|ok|easier) without (?:me|him|her)\b"
        r"|\bbetter off if (?:i|he|she) (?:wasn't|weren't) (?:around|here|alive)\b"
        r"|\b(?:would|will) (?:anyone|anybody) (?:even |really )?(?:care|notice|miss me)(?: if"
        r" (?:i|he|she) (?:was gone|were gone|died|disappeared|wasn't (?:here|around|alive)"
        r"|weren't (?:here|around|alive))\b|\s*[?.!]*$)"
        r"|\b(?:nobody|no one) (?:needs|wants) me (?:anymore|any more)\b",
        r"\b(?:want|wants|need) (?:it|this|everything|the pain|all of it) to (?:stop|end)"
        r" (?:for good|permanently|forever)\b|\b(?:way out|escape)\b.{0,30}\b(?:except|but|other"
        r" than|besides) (?:dying|death|to die|killing myself)\b",
        r"\bdon't care (?:if|whether) (?:i|he|she) (?:live|lives|die|dies)\b|\bif i (?:don't|never)"
        r" wake up\b.{0,30}\b(?:fine with me|okay with me|ok with me|so be it|a relief|better)\b",
        # Look-behinds after the first word, not before it: the engine tries them only there.
        r"\b(?:put|got)(?<!should i put)(?<!do i put)(?<!can i put)(?<!would i put)"
        rf" (?:my|all my) affairs in order\b{ORDINARY_USE}"
        r"|\b(?:stockpil|hoard)\w* (?:my|his|her) (?:\w+ )?(?:pills|meds|medications?|tablets"
        r"|ativan|xanax|valium|lorazepam|klonopin|ambien|tramadol|insulin|oxy\w*|morphine"
        r"|painkillers|sleeping pills)\b|\bthis is the end (?:for|of) me\b"
        r"|\b(?:i'm|i am) done fighting\b(?! (?:with|for|about|over)\b)"
        r"|\bnot (?:going to )?be (?:a burden|around|here) (?:for )?much longer\b"
        r"|\b(?:six|6) feet under\b",
        r"\b(?:quiero|quiere|quisiera) desaparecer\b|\bcansad[oa]s? de vivir\b"
        r"|\bir(?:me|se) para siempre\b|\b(?:me|se) (?:quiero|quiere|voy a|va a) ir para siempre\b",
        # Classes of set 5's misses (round 8): a whole supply asked about ("would that do it",
        # "the most dangerous if you took the whole box"), supplies hidden until there is enough,
        # care cancelled for after tonight, a passive wish, self-harm again, Spanish farewells.
        r"\b(?:take|took|taking|swallow\w*)(?: all| the whole| a whole| every)\b.{0,60}\b(?:would"
        r" (?:it|that|i) (?:do it|be quick|be painless|kill|just drift|drift|die)|for good)\b"
        r"|\b(?:most dangerous|deadliest|most lethal)\b.{0,60}\b(?:took|take|taking|swallowed)"
        r" (?:all|the whole|a whole|every)\b|\b(?:painless|peaceful)\b.{0,20}\boverdos\w*"
        r"|\b(?:drift off|go to sleep|fall asleep) (?:for good|forever)\b"
        r"|\bwould (?:taking|swallowing) (?:all|the whole|a whole|every)\b.{0,60}\b(?:do it|kill"
        r"|be enough|be quick)\b",
        r"\b(?:hid(?:e|ing|den)?|sav(?:e|ed|ing)|stash\w*|instead of taking)\b.{0,60}"
        r"\b(?:there's|there is|i have|i've got|now i have) enough\b|\bhid(?:e|ing|den)? (?:my|his"
        r"|her) (?:oxy\w*|morphine|opioids?|fentanyl|painkillers|sleeping pills)\b",
        r"\b(?:take|taking|took|swallow\w*) (?:everything|all the (?:pills|meds|tablets))"
        r" (?:in|from) (?:the|my) (?:cabinet|cupboard|house|drawer|bathroom|medicine)"
        r"|\b(?:pills|tablets|meds)(?: \w+){0,2} lined up\b|\b(?:pills|tablets|meds|gun|rope)\b"
        r".{0,50}\band a note\b",
        r"\b(?:won't|will not|not going to) (?:be )?need(?:ing)? (?:them|it|you|anything|any of"
        r" (?:it|this|them)|the (?:appointments|reminders|follow[- ]?ups?)) after tonight\b"
        r"|\b(?:won't|will not|not going to) (?:be )?need(?:ing)? (?:the |my |any )?(?:reminders"
        r"|appointments|follow[- ]?ups?|check-?ups|treatment|help|you) (?:anymore|any more)\b",
        r"\b(?:will|letters?|note|socials)\b.{0,60}\bit's time\s*[.!]*$",
        r"\b(?:to|like|just|rather) not exist\b|\bwant (?:it|this|everything) (?:all )?to be over"
        r" for good\b|\bwhat's the point (?:of|in) (?:getting better|living|going on|being alive"
        r"|any of it)\b",
        r"\b(?:don't|do not) plan on (?:being (?:alive|here|around)|living)\b"
        r"|\b(?:para qu[eé]|what's the point|why bother)\b.{0,60}\b(?:si no voy a estar"
        r"|won't be (?:here|alive|around)|not (?:going to )?be (?:here|alive|around))"
        r"|\bya no (?:estar[eé]|voy a estar)\b",
        r"\b(?:hope|hoping|wish|pray\w*)(?: that)? (?:my|his|her) (?:heart|breathing)"
        r" (?:just |would |will )*stops?\b",
        r"\b(?:started|start|been|keep|back to) cutting (?:again|myself)\b|\bcutting again\b"
        r"|\b(?:burn\w*|cut\w*|hit\w*|scratch\w*) (?:my|him|her)self\b.{0,30}\b(?:lighter"
        r"|cigarette|to feel (?:something|anything))\b",
        r"\bwant(?:s|ed)? to end (?:your|one's) (?:own )?life\b",
        # Round 8: crisis carried by the rules alone, by class (the learned layer's higher
        # threshold held some back). Means at hand and kept in mind: a weapon, a rope or blades
        # kept, looked at, meant "for me", or used "on myself"; pills with "i'm done".
        r"\b(?:gun|pistol|rifle|shotgun|rope|noose|razor ?blades?|blades|knife)\b.{0,80}"
        r"\b(?:i|he|she) (?:keeps?|kept) (?:thinking|looking|staring|going (?:out )?to look)\b"
        r"|\b(?:i|he|she) (?:keeps?|kept) (?:thinking|looking|staring)(?: about| at)?"
        r" (?:the |my |his |her |that )?(?:gun|pistol|rifle|rope|noose|razor|blades|knife)\b",
        r"\b(?:gun|pistol|rifle|shotgun|rope|razor ?blades?|blades|knife|pills)\b.{0,60}"
        r"\bon (?:my|him|her|them)sel(?:f|ves)\b|\busing (?:it|them) on (?:my|him|her)self\b",
        r"\b(?:gun|pistol|rifle|shotgun|rope|noose|razor ?blades?)\b.{0,60}\b(?:(?:it's|its|it is"
        r"|they're|they are) for me|(?:there|it|them) for me\s*$|waiting\s*$)",
        r"\b(?:kept|hid|hidden|hiding|stashed) (?:the |my |some |a pack of )?"
        r"(?:razor ?blades|blades|noose)\b|\b(?:got|have|laid|put|set) (?:the |my )?(?:razor"
        r" ?blades|blades|rope|noose|gun|pistol) out\b"
        r"|\b(?:took|take|taking|brought) (?:the|a|my|his|her)"
        r" (?:knife|gun|pistol|rope|razor|blade|pills) (?:to|into) (?:bed|the bathroom)\b"
        r"|\blocked (?:my|him|her)self in\b.{0,40}\b(?:pills|gun|knife|rope|blades?|meds)\b",
        r"\b(?:gun|pistol|rifle|rope|pills|tablets|vodka|blades?)\b.{0,60}\b(?:i'm|i am|he's|she's"
        r"|he is|she is) (?:done|ready)\b|\bwhere (?:he|she|i) (?:hid|hides|keeps|put) (?:the |his"
        r" |her |my )?(?:gun|pistol|rifle|rope|pills)\b.{0,40}\b(?:done|ready)\b",
        # Pills saved or thought of all at once: "been saving my oxys", "thinking about taking
        # them all".
        r"\b(?:sav(?:e|ed|ing)|stash\w*|hoard\w*|stockpil\w*)(?: up)? (?:my|his|her|all (?:my|his"
        r"|her)) (?:oxy\w*|morphine|opioids?|fentanyl|painkillers|sleeping pills|sleepers|pills)\b"
        r"|\b(?:oxy\w*|morphine|opioids?|fentanyl|painkillers|sleeping pills|pills|tablets)"
        r"(?: [\w']+){0,2} (?:saved|stashed|hoarded)\b",
        r"\b(?:thinking|think|thought|keep thinking) (?:about|of) (?:taking|swallowing) (?:them|it"
        r"|all|every|the whole)\b",
        # A lethal amount asked for oneself: "how many pills to not wake up", "enough to kill me".
        r"\bcu[aá]nt[ao]s? (?:\w+ ){0,6}para (?:morir\w*|no despertar|matar\w*)\b",
        r"\benough (?:\w+ )?to (?:kill|end) (?:me|myself|him|her)\b",
        r"\b(?:dying|death|overdos\w*) from too much\b.{0,40}\b(?:hurt|painful|painless|quick)\b",
        # A plan, a date or a time to be alone: "i'll do it when my wife goes to work".
        r"\b(?:i've|i have|i|i've already|i already) (?:picked|chosen|chose|set) (?:a|the|my)"
        r" (?:date|day)\b(?! (?:for|of|to|with|at)\b)",
        r"\b(?:written|wrote|writing) (?:out )?(?:my|the) plan\b(?! for\b)"
        r"|\b(?:worked out|figured out|decided on|chosen|picked|found) (?:the|a|my) method\b",
        r"\b(?:got|have|had)(?<!we have)(?<!they have)(?<!you have) (?:it|everything) (?:all )?"
        r"(?:planned|worked out|figured out)\b.{0,60}\b(?:note|garage|the car|the time"
        r"|when (?:my|she|he|they|everyone)\b(?: [\w']+){0,3} (?:goes|leaves|is asleep|are asleep"
        r"|at work|out|away))",
        r"\b(?:i'll|i will|i'm going to|going to) do it\b.{0,30}\b(?:when|once|while|after)"
        r" (?:my|the|she|he|they|everyone|everybody)\b(?: [\w']+){0,3}(?:'s)? (?:goes|leaves|left"
        r"|is asleep|are asleep|asleep|at work|at the \w+|out|away|gone|to bed)\b"
        r"|\b(?:when|once|while|after) (?:my|the|she|he|they|everyone|everybody)\b(?: [\w']+){0,3}"
        r" (?:goes|leaves|is asleep|are asleep|asleep|at work|out|away|gone|to bed)\b"
        r"(?: [\w']+){0,2} (?:i'll|i will|i'm going to|going to) do it\b"
        r"|\bwhere (?:i'll|i will|i'm going to) do it\b",
        r"\b(?:swallow|take|taking|took|swallowing) every (?:pill|tablet)\b|\b(?:and|just) let it"
        r" happen\b|\b(?:stop|stopping) all (?:my|his|her) meds\b.{0,40}\b(?:walk|lake|river|sea"
        r"|jump|die|done)\b",
        # Standing where a fall or a train would kill: "standing on the bridge right now".
        r"\b(?:on|at|by|near|over) (?:the |a |top of the )?(?:roof of the \w+(?: garage)?|bridge"
        r"|roof|rooftop|ledge|cliff|balcony(?: edge)?|(?:train |subway |railway )?platform"
        r"|(?:train |railway )?tracks)\b.{0,40}\b(?:right now|thinking|jump\w*|step\w*|next one"
        r"|sorry|won't answer)",
        r"\bin the garage with the (?:car|engine)\b|\bgarage and the (?:car|engine) running\b"
        r"|\b(?:car|engine) (?:is )?running\b.{0,30}"
        r"\bgarage\b|\bnot coming back\s*$|\bthe next (?:one|train) is (?:mine|for me)\b",
        # Goodbyes, arrangements and thanks: "after i'm gone", "tell my family i'm sorry".
        r"\b(?:after|when|once) (?:i'm|i am) gone\b(?! for (?:the|a|an|two|\d))"
        r"|\bbefore i go\b.{0,10}\bfor good\b"
        # Not from a group or a page: "signing off for good from the facebook group".
        rf"|\b(?:signing|logging|checking) off for good\b(?! {LEFT_A_GROUP})"
        r"|\bwho gets (?:my|his|her) (?:stuff|things"
        r"|belongings|money|ring|house)\b",
        r"\b(?:gave|given|giving|give)(?: away)?(?: (?:my|his|her) \w+)? (?:my|his|her)"
        r" (?:\w+ ){0,2}(?:dog|cat|guitar|rings?|watch|jewel\w*|tools|truck|savings|passwords"
        r"|things|stuff)\b.{0,60}\b(?:and (?:my|his|her) \w+|ready|need to know|for good|thank\w*"
        r"|goodbye|raise the kids|for me)\b",
        r"\b(?:tell|let) (?:my|our|his|her|mom|mum|dad|the|them|everyone)(?: \w+)?(?: know)?"
        r" (?:that )?(?:i'm|i am|he's|she's) sorry\b(?! (?:i|for|about|that|to|but)\b)"
        r"|\b(?:goodbye|bye)\b.{0,40}\b(?:i'm sorry|i am sorry|forgive me)\b(?! (?:for|i|about"
        r"|to)\b)",
        r"\b(?:said|say|saying|texted|told)(?: \w+){0,3} (?:goodbye|bye)\b(?! to\b)"
        r"|\b(?:said|say|saw|see|hugged|kissed|told|call\w*|talk\w*|spoke)\b.{0,60}\b(?:for the"
        r" last time|one last time)\b",
        r"\b(?:last time|last message)\b(?!.{0,30}\b(?:tonight|today|for now|this (?:morning"
        r"|evening|week)))(?=.{0,60}\b(?:hear from me|bother|bye|goodbye)\b)"
        r"|\b(?:not going to|won't|will not) be (?:here|around|alive) (?:tomorrow|tonight|much"
        r" longer|by)\b|\bif (?:anyone|someone|you) (?:ever )?(?:reads?|finds?) this\b",
        r"\bthank\w*(?: you)? for everything\b.{0,30}\b(?:before i go|for good)\b"
        r"|\b(?:keeps|kept|been) (?:thanking|apologi\w*) (?:everyone|everybody|all of us|us all)\b"
        r"|\b(?:raise|look after) (?:the |my |our )?(?:\w+ ){0,2}for me\b"
        r"|\b(?:wasn't|isn't|not) (?:the \w+'s|their|anyone's|your) fault\b.{0,30}\bi (?:chose"
        r"|decided)\b",
        # Passive wishes and hopelessness: "better off if i died", "death is the only exit".
        r"\bbetter off (?:gone|dead)\b|\bbetter off without (?:me|him|her)\b|\bwith me dead\b"
        r"|\b(?:better|easier|free|relieved|happier)\b.{0,30}\bif (?:i|he|she)"
        r" (?:just |was |were )*(?:died|dead|gone|wasn't alive|weren't alive|not alive"
        r"|wasn't here|weren't here|wasn't around|weren't around)\b"
        r"|\b(?:me|my) (?:dying|death) would (?:save|help|fix|make)\b",
        r"\b(?:want|wants|wanted|wish|wishes)(?: \w+)? to be dead\b|\b(?:begging|praying|longing)"
        r" (?:to die|for death)\b|\bwish(?:es|ed)? (?:i|he|she)(?:'d| had) died\b"
        r"|\bdone (?:being alive|trying to (?:stay alive|live|survive))\b"
        r"|\b(?<!could )(?:sleep|asleep) forever\b(?! if (?:i|you) could\b)"
        r"|\bno despertar (?:nunca|jam[aá]s|m[aá]s)\b",
        r"\b(?:hope|hoping|hopes|pray\w*|wish\w*)(?: that)? (?:it|this|the [\w-]+(?: [\w-]+)?)"
        r" (?:would |will )?(?:just )?(?:kills?|finish(?:es)?) (?:me|him|her)\b"
        r"|\b(?:want|wants|hope|hoping) (?:it|the \w+) to win\b"
        r"|\b(?:kill|die|dead)\w*\b.{0,40}\bdo it (?:my|him|her)self\b",
        r"\b(?:i'm|i am|he's|she's) not (?:going to )?stick(?:ing)? around\b(?! (?:for|to|at|in)\b)"
        r"|\b(?:i'd|id|i would|he'd|she'd) rather be (?:gone|dead)\b(?! (?:from|to|at|in)\b)",
        r"\b(?:don't|can't|do not|cannot) see (?:any|a) future\b(?! (?:for|in) (?:the|this|our)\b)"
        r"|\bonly (?:way out|exit|escape)\b.{0,40}\b(?:dying|death|die|not exist\w*|dead)\b"
        r"|\b(?:death|dying)\b.{0,20}\bthe only (?:way out|exit|escape|option)\b",
        r"\bways? to not be (?:here|around|alive)\b|\b(?:don't|do not|can't) see (?:the|any) point"
        r" (?:anymore|any more)\b|\bi'm done with (?:all of it|it all|life|living)\b",
        # Spanish: "ya no tengo ganas de seguir viviendo", "piensa en quitarse la vida".
        r"\bganas de (?:seguir )?viv\w*|\bquitar(?:me|se) (?:del medio|de en medio)\b"
        r"|\bmejor sin m[ií]\b|\bme (?:voy a|va a) (?:tirar|aventar|lanzar)\b"
        r"|\bpi?ens\w* en (?:matar\w*|suicid\w*|morir\w*|quitar(?:me|se|le)"
        r" la vida)|\bme (?:cort[eé]|he cortado|estoy cortando) otra vez\b",
        # Cutting oneself, in Spanish, of anyone: "mi hija se está cortando los brazos".
        r"\b(?:se|me|te) (?:(?:est[aá]|estoy|estaba|sigue|sigo) )?(?:cortando|corta|corto"
        r"|cort[eéoó]|hace cortes en|he cortado|ha cortado) (?:los|las|sus|mis|tus) (?:brazos"
        r"|mu[ñn]ecas|piernas|muslos)\b",
        # A weapon handled with a remark cut short: "cleaning his gun and said 'one of these
        # days' and looked at me", not "... one of these days we'll go hunting".
        r"\b(?:gun|pistol|rifle|shotgun|revolver)\b.{0,60}\b(?:said|says|saying|muttered|told"
        r" me)[,:]? '?(?:one of these days|you'll see|soon enough|not long now|any day now)'?"
        r"(?=\s*(?:$|[.!,]|and\b|then\b))",
        # Classes of set 6's misses (seen, lead): a wish to die with a word between ("the urge to
        # just die"), the illness hoped to win or to take one along, a death called no loss, a
        # line pulled to bleed, a plan for when no one checks, a height asked about.
        r"(?<!n't )(?<!not )\b(?:urge|urges|want|wants|wanted|wish|wishing|longing|desire)"
        r"(?: to)? (?:just|simply|really|honestly) (?:die|be dead)\b",
        r"\b(?:hope|hopes|hoping|pray\w*|wish\w*)(?: that)? (?:the |this |my )?(?:infection|fever"
        r"|cancer|disease|illness|sickness|sepsis|virus|bug|crs|lupus|pneumonia)"
        r" (?:just |finally )?(?:wins|will win|would win|takes me|gets me)\b"
        r"|\btake (?:me|him|her) with it\b|\b(?:let|letting) (?:it|the (?:fever|infection|cancer"
        r"|disease|illness|crs|sepsis)) take (?:me|him|her)\b(?! (?:to|home|there|back|in)\b)",
        r"\b(?:wouldn't|would not|won't|will not)(?: \w+)? be (?:the worst thing|so bad|a bad thing"
        r"|the end of the world|a tragedy|a loss)\b.{0,12}\bif (?:i|he|she) (?:just |simply )?"
        r"(?:died|didn't (?:come back|come home|wake up|make it)|never (?:came back|came home"
        r"|woke up|made it)|wasn't (?:here|around|alive))\b(?! (?:to|for|until|till|at|in|on)\b)",
        r"\b(?:pull|rip|yank|tear)\w*(?: out)? (?:my|his|her|the) (?:central |picc |iv |hickman "
        r"|chest )?(?:line|picc|port|catheter|iv)\b(?: out)?.{0,50}"
        r"\b(?:let\w* (?:it|myself|him|her) bleed|bleed (?:out|to death)"
        r"|would (?:that|it) (?:do it|kill)|die|kill)\b",
        r"\b(?:i'll|i will|i'm going to|im going to|gonna|going to) do it\b.{0,80}"
        r"\b(?:nobody|no one|no-one) (?:will |would |'ll |can )?"
        r"(?:check on|find|stop|see|notice|know)\b",
        r"\b(?:balcon\w*|bridges?|roofs?|rooftops?|ledges?|windows?|cliffs?|parking (?:garage"
        r"|structure)s?)\b.{0,40}\bhigh enough\s*(?:[,.?!]|$)"
        r"|\bi(?:'ve| have|'ve got| got| made) (?:a|my) plan\s*(?:[.!]|$)",
        # More classes of set 6's misses the rules alone left to the learned layer (seen, lead):
        # goodbyes relayed ("tell her i loved her", "or any visit"), a note and "i'm done", tired
        # of existing, death as better, no will to live, not minding never waking, the illness
        # allowed to take one, supplies counted, a substance asked to kill, a place chosen, a
        # fast, a way out, and Spanish.
        r"\b(?:won't|will not|not going to) be (?:at|there for|coming to)\b.{0,40}\bor any"
        r" (?:visit|appointment|follow[- ]?up)s?\s*(?:[,.!]|$)"
        r"|\btell (?:her|him|them|my \w+|everyone) (?:that )?i loved (?:her|him|them|you"
        r"|everyone)\b|\b(?:left|wrote|written|writing)"
        r" (?:a|my|the) (?:note|letter)\b.{0,60}\b(?:i'm done|goodbye|for good|it's time)\b"
        r"(?! (?:with|for|to|here|at)\b)",
        r"\b(?:sleep|go away) and stay gone\b"
        r"|\b(?:being dead|death) (?:has to|would|must|will) be better\b"
        r"|\b(?:lost|losing|no|without) (?:the |my |all )?will to live\b"
        r"|\b(?:wouldn't|would not|don't|do not) mind (?:if i )?(?:not|never) wak\w* up\b"
        r"(?! (?:early|at|before|for|in time|to)\b)"
        r"|\b(?:wouldn't|would not|don't|do not) mind (?:dying|being dead|if i died)\b"
        r"|\bif (?:it|this|the (?:crs|infection|fever|cancer|disease|illness|sepsis|icans"
        r"|pneumonia|lupus)) takes me\b(?! (?:there|to|home|back|in|out|up|down|along)\b)"
        r".{0,20}\b(?:fine|ok|okay|so be it|good|let it)\b",
        r"\bsav\w* (?:up )?(?:my|his|her) (?:pills|meds|tablets|medications?|painkillers|insulin"
        r"|sleeping pills|oxy\w*|\w+(?:alin|pam|lam|done|phine|dol|zine|pine))\b.{0,60}"
        r"\b(?:i have|i've got|there's|now have)"
        r" (?:about |around |over |nearly )?\d+\b|\b(?:i|we) want (?:it|this) to be the end\b"
        r"|\bwould (?:mixing|taking|combining|drinking|swallowing|using)\b.{0,60}\b(?:kill me"
        r"|be fatal|be lethal|end it)\b|\b(?:i know|i've picked|i've chosen|i picked|i chose)"
        r" (?:which|the) (?:bridge|overpass|ledge|cliff|rope|tree)\b"
        r"|\bstop (?:eating|drinking)\b.{0,20}\buntil (?:it's|it is|i'm|everything is) over\b"
        r"|\b(?:it's|it is|that's|that is|are|is) (?:her|his|my|their) (?:only )?way out\b",
        r"\bmejor me muero\b|\bsoy una carga\b|\bque (?:esto|esta \w+|la \w+|el \w+) me mate\b"
        r"|\bya no me despierto\b|\bnadie me (?:va a|vaya a) encontrar\b"
        r"|\btengo todo planeado\b",
        # Classes of set 7's crisis misses (seen, lead, after its one scoring): a height asked
        # of a floor or car park, the when and how written or worked out, care stopped so it
        # can take its course, not wanting to be saved.
        r"\b(?:\d+(?:st|nd|rd|th) floor|top floor|car ?parks?|multi-?stor(?:e)?y|buildings?"
        r"|towers?|overpass(?:es)?)\b.{0,40}\bhigh enough\s*(?:[,.?!]|$)",
        r"\b(?:wrote|written|writing|worked|working|planned|planning|picked|decided)\b.{0,30}"
        r"\bthe (?:when|date|day) and (?:the )?how\b(?! (?:of|for|to)\b)",
        r"\bstop\w* (?:going to |taking |coming to )?(?:the |my |all )?(?:follow[- ]?ups?"
        r"|visits?|appointments?|check[- ]?ups?|meds|medicines?|pills|antibiotics|treatment)\b"
        r".{0,80}\b(?:take its course|nobody (?:will|would) notice)\b",
        r"\b(?:don't|do not|dont) want (?:to be|anyone to|them to) (?:saved|rescued)\b"
        r"(?! (?:a|the|any|some|for|from|by)\b)"
        r"|\bdon't want (?:them|anyone) to save me\b",
        # Set 8's two crisis misses (seen, lead, after its one scoring): how high a car park or
        # a bridge must be; a death that would be "one way out".
        r"\bhow (?:high|tall|far up)\b.{0,20}\b(?:car ?parks?|multi[- ]?stor(?:e)?y|bridges?"
        r"|buildings?|balcon(?:y|ies)|floors?|towers?|overpass(?:es)?|cliffs?|ledges?|roofs?)\b"
        r".{0,20}\b(?:need|needs|have|has) to be\b(?! for (?:a|an|the|our|my|his|her) (?:\w+ )?"
        r"(?:camper|van|truck|boat|bus|car|lorry|rv|trailer|caravan|ship)s?\b)",
        r"\b(?:that's|that is|that'd be|that would be|it's|it is|it'd be|would be) (?:one|a"
        r"|another|my|the) (?:way|ways) out\b(?! (?:of|to|through|for|from)\b)",
        # Welcoming a death: "i'd welcome a nice fatal bout of crs" (set 7, caught until now only
        # by the learned layer through exemplars written from it).
        r"\b(?:i'd|i would|i'll|i will)(?: \w+)? welcome (?:a |an |the )?(?:\w+ ){0,2}(?:(?:fatal"
        r"|deadly|lethal)\b(?! (?:flaw|error|mistake)s?\b)|death\b)",
        # Set 9's two crisis misses (seen, lead, after its one scoring): an amount asked that
        # would stop one's breathing; a height chosen so that one does not survive the fall.
        r"\bhow (?:much|many) (?:\w+ ){0,4}(?:would|will|does|to)(?: it)?(?: take to)?"
        r" stop (?:your|my|his|her) (?:breathing|breath)\b",
        r"\b(?:high|tall|far up) enough (?:that |so (?:that )?)?(?:i|he|she)(?:'d|'ll| would"
        r"| will)? (?:don't|won't|wouldn't|doesn't|do not|will not|would not|not) survive\b"
        r"|\b(?:i|he|she) (?:don't|won't|wouldn't|doesn't) survive the (?:fall|drop|jump)\b",
    )
)
# With the passive wishes, goodbyes told as acts (passive_wishes.py), harm told by the act and
# the thing used (harm_by_deeds.py), and means kept for later or death hoped for in slang
# (kept_for_later.py).
SELF_HARM = (
    _SELF_HARM_NAMED
    + PASSIVE_WISHES
    + HARM_BY_DEEDS
    + HARM_FOR_ITSELF
    + KEPT_FOR_LATER
    + PLANS_TOLD
)


# --- Urgent signs -------------------------------------------------------------------------

# Unwell and the team cannot be reached: the answer is 911, whatever the symptom. Read on the
# whole message ("we can't reach anyone at the clinic, and she is getting worse").
UNREACHED = LazyPattern(
    r"\b(?:can't|cannot|couldn't|unable to|no way to|not able to) (?:reach|get (?:through"
    r"|hold|ahold)|contact|get in touch)\b(?: [\w-]+){0,6} (?:team|doctor|nurse|clinic|hospital"
    r"|oncologist|on-?call|anyone|anybody|number|line)\b|\b(?:team|doctor|nurse|clinic|hospital"
    r"|on-?call|nobody|no one|line)(?: [\w-]+){0,3} (?:isn't|is not|aren't|not|won't|doesn't"
    r"|hasn't|haven't) (?:answering|picking up|pick(?:ed)? up|calling back|called back|responding)"
    r"|\b(?:no one|nobody)(?: [\w-]+){0,4} (?:answers|picks up|is answering|calls? back"
    r"|called back)\b|\b(?:calling|called|ringing|rang|phoning|phoned|tried)\b(?: [\w-]+){0,8}"
    r" (?:no answer|no reply|voicemail)\b|\b(?:rings? out|rang out|(?:goes|going|went) (?:straight"
    r" )?to voicemail)\b"
)
UNWELL = LazyPattern(
    r"\b(?:sick|sicker|ill|unwell|worse|terrible|awful|poorly|in (?:a lot of )?pain|not (?:ok|okay"
    r"|right|well|good)|struggling|really bad|so bad)\b"
)

# Someone telling of what is in the room: "she says there are kids in the corner".
SAYS_THERE_ARE = (
    r"(?:says?|said|saying|swears?|insists?|keeps? saying) there(?:'s| is| are| was| were)"
)

# The worst of one's life, or ever: "of my life", "i've ever had", "he's had", "ever".
_EVER = (
    r"(?:of (?:my|his|her|their) life|(?:i've|i have|he's|he has|she's|she has|they've)"
    r"(?: ever)? had|ever)\b"
)
# A word that denies what follows: the worst said not to be.
_NOT = r"(?:not|isn't|wasn't|never|no)\b"

_SIGNS_NAMED: tuple[tuple[str, LazyPattern], ...] = tuple(
    (name, LazyPattern(pattern))
    for name, pattern in (
        (
            "fever",
            r"\b(?:fevers?|feverish|febrile|high temp(?:erature)?|burning up"
            r"|running a temp(?:erature)?|fiebre|calentura)\b",
        ),
        # Spelled out by sign_course from a reading and a climb: "37.6 and climbing".
        ("rising temperature", r"\btemperature rising now\b"),
        (
            "shaking chills",
            r"\b(?:chills|rigou?rs|shivering|shivers|shaking uncontrollably|can't stop shaking"
            r"|teeth (?:are )?chattering)\b",
        ),
        (
            "confusion",
            r"\b(?:confused|confusion|disorient(?:at)?ed|delirious|not making sense"
            r"|talking nonsense|acting (?:\w+ )?(?:strange|strangely|weird|odd|oddly|bizarre)"
            r"|(?:doesn't|don't|does not) know where (?:he|she|i|they) (?:is|am|are)"
            r"|(?:doesn't|does not|didn't) recogni[sz]e|can't remember what day"
            r"|(?:asked|asking|asks) (?:me|us|him|her) who (?:i|we|he|she)"
            r" (?:was|were|am|is|are)(?! to\b)"
            r"|confundid[oa]|confusi[oó]n|desorientad[oa])\b",
        ),
        (
            "trouble speaking or writing",
            r"\b(?:(?:trouble|difficulty|problems?|a hard time|struggling) (?:with )?"
            r"(?:speaking|talking|finding (?:the |my |his |her )?words|writing|getting (?:the )?"
            r"words out)|can't (?:find|get out) (?:the |my )?(?:right )?words(?! to\b)"
            r"|words (?:come|came|are coming|keep coming) out wrong|words (?:come|came|are coming"
            r"|keep coming) out (?:all )?(?:wrong|funny|weird|strange|jumbled|muddled|garbled"
            rf"|mixed up){_EVERYDAY_CAUSE}|slurr(?:ed|ing|y)"
            r"|mix(?:ing|es|ed)? up (?:his |her |my |their )?words"
            r"|can't (?:speak|talk|write)|handwriting (?:is|looks|has|suddenly)"
            # What someone wrote came out as marks: "wrote the list and its just loops".
            r"|\b(?:wrote|written|signed)\b.{0,50}\b(?:it's|its|it is|is|was|it was|came out as)"
            r" (?:just |all |only |nothing but )+(?:loops|squiggles|scribbles?|scrawls?|lines"
            r"|zigzags|gibberish)\b)",
        ),
        (
            "new tremor",
            r"\b(?:tremors?|trembling|hands? (?:are |is |have |has )?(?:started |begun )?shaking"
            r"|shaky hands?|(?:i'm|i am|he's|he is|she's|she is|keep|keeps|been) shaking)\b",
        ),
        (
            "extreme sleepiness",
            r"\b(?:(?:very|extremely|really|so|unusually|super|too) (?:sleepy|drowsy)"
            # "i won't wake up for the bloods": the writer's own future, not a state now.
            r"|can't (?:stay|keep) awake|hard to wake|(?:(?<!\bi )(?<!\bi just )won't wake"
            rf"|{_WONT_WAKE_NOW})|can't wake"
            r"|(?:keeps?|kept)"
            r" (?:dozing|falling asleep|nodding off)|barely keep (?:my|his|her) eyes open"
            # Rousable, the clinical word (NHS, GCS): "not rousable", "unrousable".
            r"|(?:not|isn't|wasn't|barely|hardly|only just) (?:really |fully |easily )?rousable"
            r"|un-?rousable|(?:can't|cannot|couldn't) be roused)",
        ),
        (
            "seizure",
            r"\b(?:seizures?|seizing|convuls\w*|(?:had|having) a fit"
            # A fit, spell or episode named by its shaking: "a shaking fit that lasted 2 mins".
            r"|(?:shaking|jerking|twitching) (?:fits?|spells?|episodes?|attacks?)"
            # Fitting, the British word for seizing (NHS): "he's fitting", "she started fitting",
            # "fitting again"; not a dress or a cabinet being fitted, nor "it's fitting that".
            r"|(?:he|she|they|i|you|he's|she's|they're|i'm|you're|hes|shes|theyre|im)(?: is| are"
            r"| was| were| am| keeps?| kept| started| starts| been| just)*(?: started)? fitting"
            r"(?! (?:in|into|out|for|with|the|a|an|my|his|her|their|our|your|that|this|these"
            r"|those|well|nicely|perfectly|badly|right|together|round|around)\b)"
            r"|fitting (?:now|again|right now|on the floor|non ?stop|and (?:won't|wont|can't|cant)"
            r" stop))\b",
        ),
        (
            "trouble breathing",
            r"\b(?:can't (?:breathe?|catch (?:my|his|her) breath|get (?:enough )?air)"
            r"|(?:trouble|difficulty|problems?|a hard time|struggling|struggle) (?:with |to )?"
            r"breath(?:e|ing)?|short(?:ness)? of breath|breathless|gasping|hard to breathe?"
            # Breathing said to be wrong or gone: "he is not breathing properly", "she stopped
            # breathing"; tense and asking are read as for every sign.
            r"|(?:not|isn't|isnt|is not|wasn't|aren't|stopped) breathing"
            r"(?: (?:properly|right|well|normally|normal|good|at all|for (?:a few )?seconds)\b"
            r"|(?= *(?:$|[.,!?;]|and\b|now\b|anymore\b|any more\b)))"
            r"|no (?:puedo|puede|podemos) respirar|falta de aire|me ahogo)",
        ),
        (
            "chest pain",
            r"\b(?:chest (?:pains?|hurts?|is (?:tight|hurting)|tightness|pressure)"
            r"|pain in (?:my|his|her|the) chest|tight chest|dolor (?:en el|de) pecho)\b",
        ),
        (
            "fainting",
            r"\b(?:faint(?:ed|ing)?|passed out|pass(?:ing)? out|black(?:ed|ing)? out|collapsed"
            r"|lost consciousness|unconscious|crumpled(?! up| (?:the|a|an|it|his|her|my|our)\b)"
            # "he stood up to go to the bathroom and went down"
            r"|(?:stood|got) up(?: [\w']+){0,8} (?:and )?(?:went down|dropped|fell (?:down|over))"
            r"(?! (?:the|to|a|an|his|her|my|our|it|some|stairs|hall)\b)"
            # Someone who dropped where they stood: "so dizzy i went down", "he just dropped".
            r"|(?:i|he|she|(?:dizzy|light[- ]?headed|woozy|faint)(?: [\w']+){0,3} and)"
            r" (?:just |nearly |almost )?(?:went down|dropped|hit the (?:floor|ground"
            r"|deck))(?! (?:the|to|a|an|his|her|my|our|its?|some|stairs|hall|for|on|with|in|at"
            r"|into|by|off|out|there|here|well|badly|fine|ok|okay|\d)\b))\b",
        ),
        ("dizziness", r"\b(?:dizzy|dizziness|light[- ]?headed(?:ness)?)\b"),
        (
            "racing heart",
            r"\b(?:heart (?:is |has been |'s been |keeps )?(?:racing|pounding|beating"
            r" (?:very |really |so )?fast)"
            r"|(?:racing|pounding) heart|palpitations)\b",
        ),
        (
            "worst headache",
            r"\b(?:worst headache|(?:severe|terrible|horrible|awful|excruciating|splitting"
            r"|thunderclap)"
            r" headache|headache (?:is )?(?:the worst|unbearable)"
            # The worst told after it, or as a pain at the back of the head (round 51): "this
            # headache came out of nowhere and it's the worst of my life", "the worst pain of
            # my life at the back of my skull"; not "the headache is not the worst ever", nor
            # "my headache on day 6 was the worst of my life".
            rf"|headache(?:'s| is)?(?: (?!{_NOT}|was\b|were\b)[\w']+){{0,6}}? (?:the )?worst"
            rf" {_EVER}"
            rf"|worst pain(?: {_EVER})? (?:in|at) (?:the back of )?(?:my|his|her|the)"
            r" (?:head|skull))",
        ),
        (
            "sudden weakness",
            r"\b(?:sudden(?:ly)? (?:weak(?:ness)?|went weak|numb)|weak all of a sudden"
            r"|(?:face|mouth|smile) (?:is )?droop\w*|one side (?:is )?weak"
            r"|can't (?:move|lift|feel) (?:my|his|her) (?:arm|leg|hand|face)"
            # Not "can't stand another phone tree": standing, not a dislike.
            r"|can't (?:stand(?! (?:another|this|these|that|being|waiting|it|how|when|them|him"
            r"|her|people|the (?:thought|idea|wait|waiting|noise|smell))\b)|walk)"
            r"|legs? (?:gave|give|giving) (?:out|way))",
        ),
        # From the "when to call" lists beyond CRS and ICANS: bleeding, fluids, stroke, infection.
        (
            "bleeding",
            r"\b(?:(?:bleed\w*|blood\w*)(?: [\w']+){0,10} (?:won't|will not|doesn't|does not|not)"
            r" stop|won't stop bleeding|still (?:bleeding|dripping)|(?:pouring|gushing|dripping)"
            r" blood|blood (?:coming|pouring|gushing) (?:out|from)"
            r"|(?:vomit\w*|throw\w* up|threw up|puk\w*|cough\w* up|spit\w*|pee\w*|poo\w*"
            r"|stools?|urine|urinat\w*|diarrh\w*|sick)(?: [\w']+){0,3} (?:blood|bloody)"
            r"|blood(?:y)? (?:\w+ ){0,3}(?:in|from|mixed in) (?:\w+ ){0,2}(?:vomit|sick|stool|poo"
            r"|poop|urine|pee|mouth|nose|toilet|diarrh\w*|spit)|coffee grounds?"
            r"|black (?:and )?(?:sticky |tarry )?(?:stools?|poo|poop)"
            r"|(?:stools?|poo|poos|poop|poops)(?:(?: (?:has|have|had)(?: been)?| (?:is|are|was"
            r"|were|looks?|looked|turned|gone|going|been)){1,2}(?: (?:all|really|very|kind of"
            r"|kinda|pretty|jet))?)? (?:black|tarry)|tarry|nose ?bleed\w*"
            r"|nose (?:is |has been |keeps )?(?:bleeding"
            r"|pouring)|bruis\w*(?: [\w']+){0,4} (?:spreading|everywhere|all over|getting bigger"
            r"|out of nowhere)|petechiae|tiny red (?:dots|spots)|vomitando sangre|sangre"
            # Told bluntly, low platelets told by their spots: "pooed black tar", "red
            # pinpricks on her legs", "little red pinpoint spots".
            r"|(?:pooed|pooped|poo'd|shat)(?: [\w']+){0,2} (?:black|tar|tarry)\b"
            r"|(?:poo(?:p|ps|ped|s|ed)?|stools?)\b(?: [\w']+){0,3} (?:black )?tar\b"
            r"|pin ?-?(?:prick|point)(?: red| purple)? (?:spots|dots|marks|rash)"
            r"|(?:red|purple) pin ?-?(?:prick|point)s?"
            r"|(?:little|small|teeny) (?:red|purple) (?:dots|spots)"
            # "vomité dos veces y salió rojo, con coágulos"
            r"|(?:vomit\w*|devolv\w*)(?: [\w']+){0,5} (?:roj[oa]|co[aá]gulos))\b",
        ),
        (
            "vomiting or diarrhoea, no fluids kept down",
            r"\b(?:can't (?:even )?drink|can't (?:keep|hold) down (?:even )?(?:a (?:spoon|sip"
            r"|mouthful|drop|bit)\w* of )?(?:anything|water|fluids?|liquids?|food|drinks?|ice)"
            r"|can't (?:keep|hold) (?:anything|any \w+|water|fluids?"
            r"|food|it|liquids?|drinks?)"
            r"(?: [\w']+)? down|can't (?:drink|eat)(?: [\w']+){0,3} without (?:throwing up|vomiting"
            r"|being sick)|can't stop (?:vomiting|throwing up|being sick|puking)"
            r"|(?:vomit\w*|throw\w* up|threw up|being sick|puk\w*|diarrh\w*"
            r"|the runs)(?: [\w']+){0,4}"
            r" (?:all day|all night|every (?:hour|\d+ minutes)|since|\d+ times|\w+ times|non ?stop"
            r"|won't stop)|projectile|comes? (?:straight |right )?back up"
            r"|(?:no|not|haven't|hasn't|barely|only) (?:pee\w*|urinat\w*)(?: [\w']+){0,2}"
            r"|no (?:urine|pee|wee)|(?:hasn't|haven't|hadn't|didn't|not) (?:peed|urinated|weed"
            r"|passed"
            r" (?:any )?(?:urine|water))|last (?:time )?(?:i|he|she) (?:peed|urinated|had a wee)"
            r"|sunken)\b",
        ),
        (
            "headache with stiff neck",
            r"\b(?:stiff neck|neck (?:is |feels )?(?:so |really |very )?stiff|can't (?:bend|turn"
            r"|move) (?:my|his|her) neck|head (?:is )?(?:splitting|exploding|pounding|killing)"
            r"|headache (?:\w+ ){0,3}(?:light|vision|can't open|10/10|getting worse|worse)"
            r"|(?:sudden|excruciating|worst|10/10)(?: [\w']+){0,3} (?:headache|pain (?:in"
            r"|at) the back"
            r" of (?:my|his|her) head)|holding (?:his|her|my) head)\b",
        ),
        (
            "stroke signs",
            r"\b(?:(?:face|smile|mouth|cara)(?: [\w']+){0,4} (?:droop\w*|crooked|sliding|won't move"
            rf"|ca[ií]da{_FACE_NOT_NOW}|uneven|looks? (?:different|lopsided|uneven))"
            r"|(?:arm|leg|hand|side|foot)(?: [\w']+){0,3}"
            r" (?:went|is|feels|gone|going) (?:numb|weak|heavy|dead)|can't (?:feel|move|lift) (?:my"
            r"|his|her) (?:\w+ )?(?:arm|leg|hand|side|face)|won't do what|(?:leg|foot) is dragging"
            r"|sudden(?:ly)? (?:trouble|loss|can't|numb\w*)|not lifting (?:that|his|her|my) arm"
            r"|no puede mover|vision (?:went|is going) (?:blurry|dark)|lost (?:the )?vision"
            r"|(?:went|gone|going) blind|blind in (?:one|my|his|her|the \w+) eye"
            r"|only one side of (?:my|his|her|the) (?:mouth|face|lips?) (?:moves?|moving|works?)"
            r"|can't see (?:out of|with|from) (?:one|my|his|her|the)|(?:half|part) of (?:what"
            r" (?:i|he|she) sees?|(?:my|his|her) vision)|seeing double|double vision)\b",
        ),
        (
            "blue lips or low oxygen",
            rf"\b(?:lips (?:\w+ ){{0,3}}(?:blue|grey|gray|purple|tingly){NOT_A_SIGN_COLOUR}"
            r"|(?:blue|grey|gray) lips"
            # Not past another measure's name: "spo2 98 hr 76" reads no oxygen of 76.
            rf"|(?:{OXIMETER}|o2|oxygen|sats?|spo2)(?: (?!{OTHER_MEASURE})[\w']+){{0,5}}"
            r" (?:[5-8]\d|9[0-2])\b"
            r"|winded|can't get (?:my|his|her|a) breath|breathing (?:very |really |so )?(?:fast"
            r"|shallow|hard)|can't (?:finish|say) (?:a sentence|more than)|can't lie flat"
            r"|can only (?:get out|say|manage|speak) (?:a few|a couple of|two|three|[1-5]) words"
            r"|breathing through a straw|air (?:isn't|is not|not) going in"
            r"|(?:breathing rate|breaths|respiratory rate)(?: [\w']+){0,3} (?:[3-6]\d))",
        ),
        (
            "low blood pressure or fast pulse",
            r"\b(?:(?:bp|blood pressure|pressure|cuff)(?:'s| is)?(?: [\w']+){0,3} (?:(?:[4-8]\d"
            r"|90) ?(?:/"
            r"|over) ?\d{2,3}|(?:really |very |so )?low)|(?:hr|heart rate|pulse"
            r"|heart|coraz[oó]n|pulso)(?: [\w']+){0,3}"
            r" (?:1[2-9]\d|2\d\d)\b|(?:1[2-9]\d|2\d\d) ?(?:bpm|beats a minute)\b"
            r"|crushing|squeezing (?:\w+ ){0,2}chest|keeled over|came (?:round"
            r"|to)|woozy)",
        ),
        (
            "strange thinking",
            r"\b(?:hallucinat\w*|seeing things|hearing (?:things|voices)|talking to people who"
            # Said not to be there: "hear music in the walls that nobody else hears", "seeing
            # kids in the corner of the room who arent there" (set 13, seen, lead).
            r"|hear\w* (?:music|voices|singing|talking|people|someone|a radio|bells)"
            r"(?: [\w']+){0,5} (?:that )?(?:nobody|no one|no-one) else (?:hears|can hear)"
            r"|(?:seeing|sees|saw) (?:\w+ ){0,2}(?:people|kids|children|m[ae]n|wom[ae]n|animals"
            r"|bugs|someone|strangers)(?: [\w']+){0,8} (?:who|that) (?:aren't|arent|are not"
            r"|isn't|isnt|weren't|wasn't) (?:there|real)"
            # Classes of set 14's misses (seen, lead, after its one scoring): the dead seen in
            # the room ("seeing her dead grandma in the corner").
            r"|(?:seeing|sees|saw) (?:her|his|their|my|our) (?:dead|late|deceased) \w+"
            r"(?![^.!?\n]*\b(?:dreams?|dreamt|dreamed|photos?|pictures?|videos?|sleep)\b)"
            r"(?: [\w']+){0,3} (?:in|at|by|on|standing|sitting|right)\b"
            # Wrong words now: "i keep saying the wrong word like fork for phone".
            r"|(?:keeps?|kept|started|starting|is|are|am|i'm|im|he's|she's) (?:saying|using"
            r"|mixing up) (?:the )?wrong words?"
            # Out of the house and lost: "wandered out to the parking lot in his socks and didnt
            # know why".
            r"|(?:wander\w*|walked|went|got) (?:out|outside|off|away)\b[^.!?\n]{0,60}\b"
            r"(?:didn't|didnt|did not|couldn't|couldnt|could not|doesn't|doesnt|can't|cant)"
            r" (?:know|remember|say|tell) (?:why|where (?:he|she|they|i) (?:was|were|is|are)"
            r"|how (?:he|she|they|i) got)"
            r"|(?:can't|couldn't) (?:seem to )?(?:remember|spell|read|understand|follow|answer"
            r"|recogni[sz]e)"
            r" (?:\w+ )?"
            r"(?:our|my|his|her|the|what|a|simple|where|who|anything|me)|no (?:sabe|reconoce)"
            r"|calling me by|thinks it'?s (?:19|20)\d\d"
            # One word for another: "keeps saying cat when she means car", "calling the dog by
            # my name".
            r"|(?:says?|saying|said|calls?|calling|called) (?:\w+ ){1,3}(?:when|but|instead of)"
            r" (?:he|she|they|i) (?:means?|meant|wants?|wanted)"
            r"|(?:calls?|calling|called) (?:the|our|my|his|her) \w+ by (?:my|his|her|our|the wrong)"
            r" (?:\w+ )?name"
            r"|(?:can't|couldn't) (?:carry on|hold|keep up) (?:a|the)"
            r" (?:conversation|call)|speech is (?:weird|off|slurred|garbled"
            r"|strange)|words? (?:come|came|are coming) out (?:in the )?wrong|can't find (?:his|her"
            r"|their) words|handwriting(?: [\w']+){0,6} (?:scribble|messy|can't read)"
            r"|(?:so|very|too) (?:sleepy|drowsy) (?:\w+ ){0,3}(?:wake|awake)"
            rf"|(?:(?<!\bi )(?<!\bi just )won't wake|{_WONT_WAKE_NOW}))",
        ),
        (
            "serious infection",
            r"\b(?:(?:red|hot|swollen)(?: [\w']+){0,6} (?:spreading|oozing|leaking)"
            r"|(?:red|hot|swollen)(?: [\w']+){0,4} (?:around|near|at) (?:my|his|her|the) (?:line"
            r"|port|catheter|picc|wound|site)|redness (?:is )?spreading|red streak|(?:line|port"
            r"|catheter|picc|wound|site)(?: [\w']+){0,4} (?:red|hot"
            r"|swollen|oozing|leaking|pus)|(?:burn\w*|sting\w*) when (?:i|he|she) pee"
            r"|(?:pee|peeing)(?: [\w']+){0,4} (?:burns|stings)|shingles|blist\w* rash"
            r"|rash (?:\w+ ){0,3}blist\w*|(?:can't|too painful to|hurts to|unable to) swallow"
            r"|(?:rash|redness|swelling|sores?|blisters?)(?: [\w']+){0,3} (?:spreading|spreads)"
            r"|(?:green|yellow|rust\w*|brown)(?: \w+)? (?:stuff"
            r"|phlegm|sputum|mucus)|clammy)\b",
        ),
        (
            "other red flags",
            r"\b(?:hot to (?:the )?touch|forehead is (?:burning|hot)|jerking|twitching"
            r"|unresponsive|not responding|(?:won't|doesn't|does not|isn't) respond\w*"
            # Not a store of medicine stared at: "keep staring at the oxy my mum left".
            rf"|staring(?! at (?:\w+ ){{0,3}}{MEANS}\b)"
            r"|(?:heart|pulse) (?:is )?(?:fluttering|skipping|irregular)|dehydrat\w*"
            r"|light (?:hurts|bothers)|one side of (?:my|his|her) (?:face|body)|can't raise"
            r"|labios morados|(?:me|le) cuesta respirar|(?:me|le) falta el aire|desmay\w*"
            r"|maread[oa]|no se despierta|vomitando|convulsi\w*|escalofr[ií]os|temblores"
            r"|shivery|can't get warm|muddled|mixed up|not (?:him|her)self|gibberish|jumbled"
            r"|eyes rolled|rouse|what (?:year|day) it is|out of breath|breathing (?:is )?(?:hard"
            r"|laboured|labored|noisy|difficult)|beating out of|room (?:is )?spinning"
            # Told small: "breathing's just a little harder than yesterday".
            r"|breathing(?:'s| is| has (?:been|got|gotten)| got| feels)?(?: (?:just|only|a little"
            r"|a bit|a tad|slightly|bit|getting|even|much|a lot))* (?:harder|heavier|worse)"
            r"|(?:pressure|bp) (?:has )?(?:dropped|crashed|tanked)|(?:pink|red|brown) (?:pee|urine)"
            r"|(?:pee|urine) (?:is |looks )?(?:pink|red)|bloody (?:nose|diarrh\w*|stools?|vomit)"
            r"|purple (?:spots|dots|blotches)|blood blisters|(?:throw\w* up|vomit\w*|bring\w* up)"
            r" everything|lopsided|drift\w*|numb on one side|one side (?:is )?(?:numb|weak)"
            # "numbness down my whole right side started a few min ago" (set 15, seen).
            r"|numb\w*(?: [\w']+){0,2} (?:my|his|her|the) (?:whole )?(?:left|right) side"
            r"|(?:left|right) side (?:of (?:my|his|her) (?:body|face) )?"
            r"(?:is |went |has gone )?numb"
            r"|gave way)\b",
        ),
        # Changes in thinking, speech and writing (ICANS), as families describe them.
        (
            "confusion",
            r"\b(?:(?:he|she|they|i|he's|she's|i'm|husband|wife|dad|mum|mom|son|daughter"
            r"|partner)(?: \w+){0,2} (?:not|isn't|doesn't|don't|didn't) mak\w* (?:any )?sense"
            r"|mak\w* (?:any )?sense when (?:he|she|they|i) (?:talks?|speaks?)"
            r"|can't think (?:straight|clearly)|(?:stares?|staring)(?: \w+){0,2} (?:blank\w*"
            r"|into space|at nothing)|looks? (?:blank|vacant)|blank (?:look|stare)"
            r"|(?:doesn't|does not|didn't|did not) know (?:who (?:i|we|he|she) (?:am|are|is|was)"
            r"|where (?:he|she|they|we) (?:is|are|was|were|live\w*)|what (?:day|year|month))"
            r"|(?:i|i'm) (?:don't|didn't) know (?:where i am|what (?:day|year|month) it is)"
            r"|(?:can't|couldn't|cannot) name (?:simple|common|everyday|basic|easy) (?:things"
            r"|objects)|(?:call\w*|says?|said|using) (?:me|us|him|her) (?:by )?(?:the )?wrong"
            r" name|call\w* (?:me|us|him|her) (?:by )?(?:his|her|my|their) \w+'s name"
            r"|got lost (?:driving|walking|in (?:our|the|his|her|my) (?:own )?(?:house|home"
            r"|street))|(?:thinks|convinced|believes) (?:\w+ ){0,4}(?:poison\w*|trying to"
            r" (?:kill|hurt))|(?:keeps|kept) (?:asking|repeating) (?:the same|himself|herself"
            r"|myself)"
            r"|(?:says?|said|told me|tells me|noticed|pointed out|mentioned)(?: that)?"
            r" (?:i've|ive|i have|i'm|im|i am|i was|i keep|i kept|i) (?:been )?repeating myself"
            # Written work repeated (review49): "repeating myself in my essay", "in my emails".
            r"(?! (?:when|about|to|because|in (?:these|this|my|the|his|her|our|an?|all (?:my|the)"
            r"|every) (?:\w+ )?(?:messages?|chat|emails?|texts?|essays?|letters?|posts?|writing"
            r"|homework|assignments?|reports?|thesis|dissertation|papers?|cv|notes?|comments?"
            r"|reviews?|blog|articles?|chapters?|drafts?|slides?|presentations?)\b)"
            # A story told twice, laughed at: "i tell everyone about remission haha".
            r"|[^.!?\n]{0,60}\b(?:haha\w*|lol|jaja\w*|lmao)\b)"
            r"|same question (?:\w+ ){0,2}(?:times|over and over|again)"
            r"|(?:can't|couldn't|cannot|unable to) (?:do (?:simple |basic |easy )?(?:sums|maths?)"
            r"|count back)|(?:sounds?|acting|seems?|looks?) drunk|mente nublada|habla raro"
            r"|no (?:me |nos )?reconoce)\b",
        ),
        (
            "trouble speaking or writing",
            r"\b(?:(?:losing|loses|forgetting|forgets|mixing up|mixes up|jumbl\w*)"
            r" (?:his |her |my |simple |common |basic |easy )?words|(?:random|made[- ]up"
            r"|nonsense) words|(?:handwriting|signature|(?:my|his|her) writing)(?: [\w']+){0,5}"
            r" (?:shaky|wobbly|wiggly|wonky|squiggl\w*|scribbl\w*|messy|illegible|like a child\w*"
            r"|tiny|small and|all small"
            r"|a mess|unreadable|smaller and smaller)"
            # One word for every thing (set 15, seen): "dad is saying 'tomato' for everything".
            r"|(?:says?|saying) (?!thanks?\b|thank you|sorry|grace|please|yes\b|no\b)"
            r"['\"]?\w+['\"]? for everything"
            r"|(?:can't|couldn't|cannot|unable to) (?:sign|write)(?: [\w']+){0,2} name"
            r"|came out (?:as )?(?:a )?(?:scribble|squiggle)|no encuentr\w* (?:las )?palabras"
            r"|no (?:me|le) salen las palabras(?! para)"
            r"|speech (?:is |sounds |has gone )?(?:garbled|jumbled|drunk|thick)"
            # round 48 (urgent49): told by someone who heard it or seen in the writer's own typing:
            # "my speech sounded off to her", "stopped mid-word and stared", "my letters keep
            # swapping places", "wrote cat instead of car three times".
            r"|speech (?:sounded|sounds|sounding|has been) (?:a bit |really |very |all"
            r" |kind of |totally |so )?(?:off|weird|funny|strange|odd|wrong|slurred|slurry)"
            rf"(?! (?:the|topic|script|key)\b){_EVERYDAY_CAUSE}"
            r"|stopped (?:talking |speaking )?mid[- ]?(?:sentence|word|conversation)"
            r"(?: [\w']+){0,3} (?:stared|staring|went blank|froze|zoned out)"
            r"|letters (?:keep |are |keep on |have started )?(?:swapping|swap|switching|jumbling"
            rf"|jumbled|mixed up|in the wrong order){_EVERYDAY_CAUSE}"
            # A word typed for another: signs_relayed.py (review49: not a typo, a laugh, digits).
            r")\b",
        ),
        (
            "strange thinking",
            r"\b(?:(?:seeing|sees|saw) (?:\w+ ){0,2}(?:bugs|insects|spiders|snakes|faces)"
            r"|(?:people|someone|somebody|kids|children|a man|a woman|things|animals|bugs)"
            r" (?:who|that) (?:aren't|isn't|weren't|wasn't) (?:there|real)"
            r"|(?:fell|falls|falling|dozing|dozes|dozed|nodding|nods) (?:asleep|off)"
            r" (?:mid[- ]sentence|in the middle of (?:a |his |her )?(?:sentence|talking|eating"
            r"|a meal|a conversation)|while (?:eating|talking|standing))"
            r"|can't (?:get|make) (?:him|her|them) (?:to )?wake)\b",
        ),
        (
            "trouble breathing",
            r"\b(?:(?:lips|nails|fingernails|fingertips|fingers)(?: [\w']+){0,4} (?:blue|bluish"
            rf"|grey|gray|greyish|purple|purplish|dusky){NOT_A_SIGN_COLOUR}"
            r"|suffocat\w*|feel\w* like (?:i'm|he's"
            r"|she's|i am) (?:drowning|choking)|(?:struggl\w*|fight\w*|gasp\w*) for (?:air"
            r"|breath)|can't lie (?:down|flat)|sit up to breathe|wheez\w*|can't (?:get|take) a"
            r" (?:full|deep|proper) breath|hurts to breathe|breathing (?:hurts|is an effort|is a"
            r" struggle)|every breath is)\b",
        ),
        (
            "chest pain",
            r"\b(?:pain (?:going |spreading |radiating |shooting )?(?:down|into|to|up)"
            r" (?:my|his|her) (?:left )?(?:arm|jaw)|chest (?:feels|is|has gone|got) (?:\w+ )?"
            r"(?:tight|heavy|crushed|squeezed)|(?:everything|vision|it all) went (?:black|dark"
            r"|grey)|(?:heart|pulse)(?: [\w']+){0,2} (?:fluttering|skipping|flip-flopping"
            r"|jumping)|duele (?:mucho )?el pecho)\b",
        ),
        (
            "bleeding",
            r"\b(?:(?:keeps|kept|still|is|been|it's) bleeding through|soak\w* (?:through )?"
            r"(?:\w+ ){0,2}(?:pads?|tampons?|bandages?|dressings?|tissues?|towels?|gauze|cloths?)"
            r"|bleeding (?:a lot|heavily"
            r"|badly)|(?:lots|loads) of blood(?! (?:tests?|draws?|work|counts?))|so much blood"
            r"(?! (?:tests?|drawn|work))|heavy bleeding|bruises(?: [\w']+){0,4} (?:appeared"
            r"|popping up|overnight|for no reason))\b",
        ),
        (
            "vomiting or diarrhoea, no fluids kept down",
            r"\b(?:(?:haven't|hasn't|not|isn't|aren't|couldn't|didn't|can't|cannot) (?:been )?"
            r"(?:kept|keeping|keep|held|holding) (?:anything|any \w+|water|fluids?|food"
            r"|liquids?|drinks?|it)(?: [\w']+)? (?:down|in)|nothing (?:stays|will stay"
            r"|is staying|stayed) (?:down|in (?:my|his|her) (?:stomach|tummy))"
            r"|(?:throw\w* up|threw up|vomit\w*|sick|puk\w*) (?:after )?every (?:sip|drink"
            r"|mouthful|time)|been sick (?:\w+ ){0,2}(?:times|all day|all night|since)"
            r"|(?:poo|poos|stools?|runs)(?: \w+)? (?:non ?stop|all day|all night|every hour)"
            r"|no wet (?:nappies|diapers)"
            # "brought up all my morning tablets and the ginger ale" (set 17, seen).
            r"|(?:brought|bringing|brings|bring) (?:it |them )?(?:back )?up (?:all |every )?"
            r"(?:(?:of )?(?:my|his|her|the) )?(?:\w+ )?(?:tablets|pills|meds|medicines?|food"
            r"|water|drinks?|fluids|breakfast|lunch|dinner|tea|juice|soup|ginger ale))\b",
        ),
        (
            "headache with stiff neck",
            r"\b(?:(?:explosive|exploding|thunderclap) (?:pain|headache)|chin to (?:his|her|my)"
            r" chest|headache (?:that's |that is )?(?:not like any|unlike any|different from"
            r" any))",
        ),
        (
            "stroke signs",
            r"\b(?:numb\w* (?:down|on|along) (?:my|his|her|the) (?:left|right|one) side"
            r"|(?:won't|can't|cannot) grip)\b",
        ),
        (
            "serious infection",
            r"\b(?:red (?:line|streak)s? (?:spreading|going|running|up|creeping|moving|tracking"
            r"|travell?ing|heading|towards?|toward)|(?:green|yellow)"
            r" (?:gunk|snot|goo)|blisters? in a (?:band|strip|line)|band of blisters)\b",
        ),
        (
            "Spanish red flags",
            r"\b(?:(?:me|le|te) sangra\w*|no para de sangrar|letra (?:\w+ ){0,2}(?:irreconocible"
            r"|rara|temblorosa)|(?:me|le) tiemblan|cosas sin sentido|ve cosas|oye voces"
            r"|coraz[oó]n (?:muy )?(?:acelerado|r[aá]pido)|presi[oó]n (?:\w+ ){0,2}(?:[4-8]\d|90)"
            r"|no (?:puede|puedo) (?:hablar|mover)|no retiene|no (?:ha|he) orinado"
            # "la caca me sale negra negra" (set 14, seen, lead).
            r"|(?:caca|heces|pop[oó]|excremento|deposici[oó]n|deposiciones)(?: [\w']+){0,3}"
            r" negr[ao]s?)\b",
        ),
        (
            "sudden weakness",
            r"\b(?:(?:hand|arm|leg|foot)(?: just)? (?:wouldn't|won't|doesn't|didn't) work"
            r"|(?:hand|arm|leg|foot|side|half)s? (?:of (?:my|his|her) body )?(?:just |suddenly )?"
            r"(?:stopped|quit) working|(?:hand|arm|leg|foot) and (?:it|they) (?:just |suddenly )?"
            r"(?:stopped|quit) working"
            r"|(?:only )?on the (?:right|left) side|(?:top number|systolic)(?: [\w']+){0,5}"
            r" (?:[4-8]\d)\b|hit (?:his|her|my) head|(?:rectal|heavy) bleeding"
            r"|(?:not able|unable) to (?:keep|hold) (?:\w+ ){0,2}down"
            r"|(?:repeating|asking) the same (?:question|thing))",
        ),
        (
            "changes described in lay words",
            r"\b(?:(?:doesn't|does not|didn't) know (?:me|us)\b|things that (?:didn't|never)"
            r" happen\w*|(?:can't|couldn't|cannot) remember how to|words (?:that )?(?:don't"
            r"|do not) (?:go together|fit|make sense)|gasps|(?:pulse ?ox\w*|oxygen|sats|o2)"
            r"(?: \w+)? (?:dropping|falling|going down)|shoulders to breathe|(?:he|she|face|skin"
            r"|lips) (?:looks?|is|has gone|went|turned) (?:grey|gray|blue|ashen)"
            rf"{NOT_A_SIGN_COLOUR}|heart (?:won't"
            r"|will not) slow|bloody (?:wee|pee|urine|poo|sick)|blood in (?:my|his|her) wee"
            r"|(?:haven't|hasn't|not) (?:had )?(?:a )?(?:wee|pee)\b|can't (?:even )?(?:keep|hold)"
            r" (?:[\w']+ ){1,3}down|headache\b.{0,30}\b(?:throwing up|vomit\w*|being sick)"
            r"|(?:throwing up|vomit\w*)\b.{0,30}\bheadache|(?:arm|hand|leg) (?:just )?(?:dropped"
            r"|flopped|went floppy|gave out)|lost (?:the )?feeling in (?:my|his|her)|half"
            r" (?:of )?(?:her|his|my) face|(?:face|mouth) (?:isn't|is not|not|won't) mov\w*"
            r"|se (?:le|me) ca(?:e|y[oó]) (?:la boca|la cara)"
            # round 48 (urgent49): "tengo la boca torcida", "la cara chueca".
            rf"|(?:la )?(?:boca|cara) (?:torcida|chueca|ca[ií]da|de lado){_FACE_NOT_NOW})",
        ),
        (
            "changes described in lay words",
            r"\b(?:like a (?:toddler|child|kid|baby|five year old) wrote|talking to (?:his|her|my)"
            r" (?:dead|late) \w+|full of blood)\b",
        ),
        (
            "headache with stiff neck",
            r"\b(?:cuello r[ií]gido|dolor de cabeza (?:muy )?(?:terrible|fuerte|horrible"
            r"|insoportable)|too weak to (?:stand|walk|get up))",
        ),
        # An episode that went away is still a sign: a few seconds unable to speak or respond,
        # speech gone funny, a face gone numb (a warning stroke, a seizure, ICANS).
        (
            "brief episode",
            r"\b(?:(?:seconds?|secs?|minutes?|mins?) (?:where|when|that|in which) (?:i|he|she"
            r"|they|my \w+)(?: just)? (?:couldn't|could not|wasn't able to|was unable to|didn't"
            r"|did not|lost|went)"
            r"|for (?:about |like |maybe |around )?(?:\d+|a few|a couple|few|several|one|two|a)"
            r" (?:seconds?|secs?|minutes?|mins?|min) (?:i|he|she|they|my \w+)(?: just)? (?:couldn't"
            r"|could not|wasn't able to|was unable to|didn't|did not) (?:talk|speak|respond|answer"
            r"|move|see|get (?:the |my |his |her )?words out)"
            r"|(?:couldn't|could not|wasn't able to|was unable to|didn't|did not|wouldn't|stopped"
            r"|lost (?:the ability to|my|his|her))"
            r" (?:(?:talk|speak)(?:s|ed|ing)?\b(?! (?:to|with)\b)"
            r"|respond\w*|answer\w*|mov\w*|words|speech|see(?: anything| at all| out of (?:one"
            r"|my|his|her|the)(?: \w+)? eye)?(?= for| lasted)"
            r"|get (?:a |the |my |his |her )?words? out)"
            r"(?: [\w']+){0,5} (?:for|lasted)"
            r" (?:about |like |maybe |around |almost |nearly )?(?:\d+|a few|a couple|few|several"
            r"|one|two|three|five|ten|a) (?:seconds?|secs?|minutes?|mins?|min)"
            r"|(?:blanked|zoned|spaced|froze|frozen|went blank)(?: out)?(?: [\w']+){0,3} for"
            r" (?:about |like |maybe |around )?(?:\d+|a few|a couple|few|several|one|two|a)"
            r" (?:seconds?|secs?|minutes?|mins?|min)"
            r"|words (?:wouldn't|would not|didn't|did not|won't) come(?: out)?"
            # Set 7 (seen): speech slurred for minutes, a close one's name gone for a moment.
            r"|(?:words|speech|voice) (?:came out|were|was|went) (?:all )?(?:slurred|garbled"
            r"|jumbled|thick) for (?:about |like |maybe |around )?(?:\d+|a few|a couple(?: of)?|few"
            r"|several|one|two|a) (?:seconds?|secs?|minutes?|mins?|min)"
            r"|(?:forgot|couldn't remember|blanked on) (?:my|his|her|our) (?:own |\w+'s )?"
            r"(?:name|address)\b(?: [\w']+){0,2} (?:for a (?:moment|second|minute)|just now)"
            r"|(?:speech|talking|voice|words) (?:went|got|sounded) (?:all )?(?:funny|weird"
            r"|strange|odd|slurred|garbled|jumbled|wrong|thick)"
            r"|(?:face|lip|lips|cheek|arm|hand) (?:went|felt|got)? ?(?:tingl\w*|numb|droopy"
            r"|dead|heavy)(?! (?:from|after) (?:the )?(?:dentist|injection|anaesthe\w*|anesthe\w*))"
            r")",
        ),
        # Classes of set 8's urgent misses (seen, lead, after its one scoring): a thing called
        # by another thing's name or asked for by what it does, a name written wrong, talk that
        # makes no sense.
        (
            "trouble speaking or writing",
            r"\b(?:(?:called|calls|calling|keeps calling|kept calling) (?:the|a|his|her|my) (?:tv"
            r"|remote|cup|mug|glass|fork|spoon|knife|phone|telephone|kettle|door|window|pen|chair"
            r"|table|keys?|watch|shoes?|book|plate|bed|car)\b.{0,12}\b(?:an?|the|his|her) \w+"
            r"|(?:asked|asking|asks) (?:me |us |for )*(?:the|a) ['\"]?(?:thingy|thing|whatsit"
            r"|whatchamacallit)['\"]? (?:you|that|to|for) (?:drink|eat|sit|write|open|wear|use)"
            r"|(?:wrote|writes|written|writing|spelt|spelled|spells|spelling|signed|signs)"
            r" (?:his|her|my|their) (?:own )?name (?:wrong|incorrectly|backwards|funny|weird"
            r"|strange|all wrong)"
            r"|(?:he's|she's|he is|she is|they're|he|she|i'm|i) (?:talking|speaking)\b"
            r"(?: [\w']+){0,3} (?:doesn't|does not|don't|do not|isn't|is not) mak(?:e|ing)"
            r" (?:any )?sense\b(?! (?:to|why|how|that|of)\b))",
        ),
        # Part of the view gone, a curtain or a shadow over it (a stroke or a detached retina).
        (
            "stroke signs",
            r"\b(?:(?:half|part|side|corner|bottom|top|edge|some)(?: of)? (?:my|his|her|the)"
            r" (?:vision|sight|view|eyesight)(?: (?:is|has|went|just))*(?: (?:gone|disappeared"
            r"|vanished|missing|black|dark|blank|went))?"
            r"|(?:vision|sight|eyesight)(?: in (?:my|his|her|one|the) \w+(?: eye)?)?"
            r" (?:is |has |just )*(?:gone|went black|blacked out|disappeared|vanished)"
            r"|(?:curtain|shadow|veil|shade|black bar)(?: [\w']+){0,2} (?:over|across|coming down"
            r"|came down|covering|in front of)"
            r"|can't see (?:anything )?(?:on|to|out of) (?:the|my|his|her) (?:left|right)"
            r"|(?:perd[ií]|perdi[oó]) (?:la )?(?:vista|visi[oó]n)|veo doble|visi[oó]n doble"
            r"|no (?:veo|ve) (?:nada|de un ojo)|(?:sigo|sigue|seguimos) con (?:la )?(?:vista"
            r"|visi[oó]n) (?:borrosa|nublada|doble))",
        ),
        # Lost in time and place: "thinks he's going to the office", "doesn't realise where she is".
        (
            "disorientation",
            r"\b(?:(?:doesn't|does not|didn't|did not|don't) (?:realis|realiz|understand|get"
            r"|grasp|seem to know)\w* (?:where (?:he|she|i|they|we) (?:is|am|are|was|were)"
            r"|(?:that )?(?:he's|she's|he is|she is|i'm|i am|they're|we're) (?:in|at) (?:the |a )?"
            r"(?:hospital|hotel|home|house|clinic|ward|apartment)|what (?:day|year|month) it is)"
            r"|thinks (?:he's|she's|he is|she is|it's|we're|they're) (?:still |going |back )?(?:to"
            r" |at |in )?(?:work|the office|school|19\d\d|his job|her job|home|the farm)"
            r"|(?:keeps|kept|keep) (?:trying|wanting|getting ready|asking) (?:to )?"
            r"(?:get dressed for"
            r"|go to|leave for|drive to|to go to) (?:work|the office|school|his job|her job)"
            r"|no sabe (?:d[oó]nde|en qu[eé]) (?:est[aá]|d[ií]a))",
        ),
        # Seeing or talking to people who are not there (set 6's misses, seen): "waving at a
        # little girl … and there's nobody there", "dead relatives like they're in the room".
        (
            "strange thinking",
            r"\b(?:wav\w*|talk\w*|speak\w*|point\w*|smil\w*|see(?:s|ing)?|saw|call\w*|chatt\w*)"
            r"\b.{0,60}\b(?:there's|there is|there was|and|but) (?:nobody|no one|no-one) (?:there"
            r"|in the room)\b|\b(?:dead|died|passed away|late|deceased)\b.{0,40}\b(?:like|as if"
            r"|as though) (?:they're|they are|he's|she's|they were|he was|she was) (?:right )?"
            r"(?:in the room|here|alive|with us)\b",
        ),
        # Writing turned to squiggles: ICANS often shows there first.
        (
            "trouble speaking or writing",
            r"\b(?:writ\w*|wrote|signature|name|letters|sentences?)(?: [\w']+){0,10}"
            r" (?:squiggl\w*|scribbl\w*"
            r"|scrawl\w*|illegible|unreadable|gibberish|zigzags?|lines and loops)\b",
        ),
        # Spanish: vomiting that will not stop, urine dark as coffee.
        (
            "vomiting or diarrhoea, no fluids kept down",
            r"\b(?:no (?:paro|para|puedo parar|puede parar|deja|dejo) de (?:vomitar|devolver)"
            r"|vomit\w* (?:todo|sin parar|toda la noche|todo el d[ií]a|cada vez)"
            r"|(?:orina|pip[ií]|pis)(?: [\w']+){0,3} (?:oscura|marr[oó]n|como (?:caf[eé]|coca)"
            r"|color (?:caf[eé]|t[eé]|coca))"
            r"|(?:pee|urine|wee)(?: is| looks)?(?: very| really| so)? (?:the colou?r of|like)"
            r" (?:cola|coke|tea|coffee))",
        ),
        (
            "CRS",
            r"\b(?:think|thinks|sure|might|may)\b(?: \w+){0,2} (?:have|has|having|getting|got)"
            r" (?:crs|icans|cytokine release)",
        ),
        # Classes of set 9's urgent misses (seen, lead, after its one scoring; stools that have
        # been black are read by the bleeding sign above): a pulse read a few words after its
        # name ("heart rate on the monitor has been 130-something"), a word that could not be
        # found ("couldn't find the word fork"; not "the words to thank you"), and someone who
        # sees people and says so when nobody is there (triage joins "... there is nobody there"
        # to the sentence before).
        (
            "low blood pressure or fast pulse",
            r"\b(?:hr|heart rate|pulse)(?: [\w']+){4,6} (?:1[2-9]\d|2\d\d)\b(?! ?/| to \d)",
        ),
        (
            "trouble speaking or writing",
            r"\b(?:can't|couldn't|cannot|could not|can not) (?:seem to )?(?:find|think of|get out)"
            r" (?:the |a |her |his |my |their |any )?(?:right |correct )?words?\b"
            r"(?! (?:to|in|on|from|of)\b)",
        ),
        (
            "strange thinking",
            rf"\b{SAYS_THERE_ARE} (?:(?:a|an|some|two|three|little|small|strange|old) )*"
            r"(?:people|persons?|kids|child(?:ren)?|m[ae]n|wom[ae]n|girls?|boys?|lady|ladies|guys?"
            r"|someone|somebody|strangers?|bugs|insects|spiders|snakes|animals|dogs?|cats?|birds"
            r"|mice|rats|faces|soldiers|ghosts?|visitors)\b.{0,60}\bthere's nobody there\b",
        ),
    )
)
# With the signs told by what a carer sees or a home device reads (signs_seen.py), a treated
# sign told only as coming back (sign_again.py), and the commonest signs named in other
# languages (other_tongues.py).
SIGNS = (
    _SIGNS_NAMED
    + SEEN_SIGNS
    + SIGNS_AGAIN
    + tuple((name, LazyPattern(pattern)) for name, pattern in SIGNS_IN_OTHER_TONGUES)
)

# --- What the learned layer must see before it overrules the rules ------------------------

# A learned urgent call is not made on a message that names a feeling or a practical worry and
# no body part, function, symptom or change ("feeling really down since the diagnosis", "worried
# sick about his infusion next week"): help now is for the body; the worry gets the answer.
WORRIES = LazyPattern(
    r"\b(?:sad|sadness|down|depress\w*|lonely|alone|worr\w*|scared|afraid|terrified|fears?"
    r"|anxious|anxiety|nervous|stress\w*|overwhelm\w*|guilt\w*|exhausted|drained|cry|crying"
    r"|cried|tears|upset|frustrat\w*|angry|furious|resent\w*|bitter|hate|ashamed|panic\w*|dread\w*"
    r"|bad (?:mom|mother|dad"
    r"|father|wife|husband|parent)|money|afford|cost\w*|pay|paying|insurance|savings|job|boss"
    r"|bills|hotel|parking|lodging|fighting|arguing|hard on (?:us|me|him|her|them)|drive|driving"
    r"|travel\w*|flights?|car(?![- ]?t\b)|apartment|rent|dog|pets?|kids|school|childcare"
    r"|miedo|triste|preocupad\w*|dinero)\b"
)
# A strong feeling of a patient or carer ("exhausted and angry", "at the end of my rope") ...
FEELINGS = LazyPattern(
    r"\b(?:tired|exhausted|worn out|drained|burn[te]d? out|running on empty|angry|furious|mad at"
    r"|frustrat\w*|resent\w*|guilt\w*|cried|crying|cry|tears|heartbroken|breaks? my heart"
    r"|hardest thing|scared|terrified|afraid|stress\w*|overwhelm\w*|end of my rope|wits'? end"
    r"|fed up|sick of|lonely|alone|upset|sad|snapped|lost my temper|monster|awful|hate"
    r"|can't stand|cant stand|(?:need|needed|want|wanted) to (?:vent|tell someone)|desahog\w*"
    r"|agotad[oa]|cansad[oa]|nobody asks|no one asks|heart goes out|worr\w*|miedo|preocupad\w*)\b"
)
# ... about caring, money, work, the system or the family ...
FEELING_ABOUT = LazyPattern(
    r"\b(?:paperwork|insurance|bills?|money|costs?|savings|job|boss|work|time off|on hold"
    r"|phone tree|coordinator|appointments?|hospital|clinic|caregiv\w*|carer|caring|rules?|home"
    r"|kids|children|husband|wife|partner|son|daughter|mum|mom|mother|dad|father|brother|sister"
    r"|family|him|her|everyone|everybody|anyone|anybody|nobody|strong one|car park|parking"
    r"|car[- ]?t|cells|trial|study"
    r"|site|watching|needs?|doing|friends?|esposo|esposa|hij[oa]s?|dinero|funcione)\b"
)
# ... with no word from the crisis side: death, self, an ending, a means, a plan, a goodbye,
# hopelessness or a thanks ("i'm ready", "won't need them", "look after mum for me"). Wide on
# purpose: a false crisis line costs trust, a missed crisis costs a life.
CRISIS_CUES = LazyPattern(
    r"\b(?:die|dies|dying|died|dead|death\w*|kill\w*|suicid\w*|end (?:it|my|things|everything"
    r"|this)|ending|over (?:for good|with)|for good|not (?:be |being )?(?:here|around)|gone"
    r"|goodbyes?|bye|last (?:time|thing|one|message)|one last|farewell|notes?|letters?|pills?"
    r"|overdose|od|fatal|lethal|deadly|tablets|meds|morphine|oxy\w*|razors?|blades?|knife"
    r"|knives|gun|pistol|rifle|rope(?! with)|bridge|roof|ledge|balcony|jump\w*|train|lake"
    r"|river|garage|hurt|harm|cut|cutting|burn(?:ing)?"
    r"|myself|himself|herself|point|pointless|hopeless|future|no way out|trapped|burden"
    r"|better off|without me|can't go on|cant go on|can't do this|cant do this|can't take"
    r"|cant take|give up|giving up|want out|disappear|exist|sleep forever|wake up|not wake"
    r"|need(?:ing)? (?:them|it|these|the)|stick around|do it|plan\w*|ready|time to go|sorry"
    r"|forgive|fault|thank\w*|love you|look after|take care of|alive|living|life|live|lives"
    r"|anymore|no more|(?:i'm|im|i am|he's|she's|hes|shes|so|be|am|is|are) done|done (?:with|trying"
    r"|fighting|living|being)|nothing left|worthless|useless|no reason|why bother|escape|rest"
    r"|peace|relief|morir\w*|muer\w*|matar\w*|vida|vivir|adi[oó]s|despedi\w*|estar[eé]|pastillas"
    r"|tirar\w*|hope (?:it|this|they|i|my)|wish (?:i|he|she|it)|mine|stops"
    r"|stop (?:breathing|my|his|her|it|all|everything|eating|taking|living|existing)"
    r"|no puedo m[aá]s|no aguanto|sentido|nada|nadie)\b"
)
# Only ever asked whether it matches: its alternatives put together by their first letter.
CRISIS_CUES = LazyPattern(by_first_letter(CRISIS_CUES.pattern))
# The writer's own feeling told in body words, with the feeling named as its cause: "my chest is
# tight with worry", "i can't breathe when i think about the bills", "my heart is racing about
# tomorrow's scan", "i'm shaking with anger", "my head is pounding from crying". Who and why
# decide: the words start at "i" or "my" and end at an emotion (or a thought of one) as the
# cause, with no "and" between, so "he's confused and i'm shaking with worry" keeps his
# confusion. A feeling only offered as a guess ("probably just anxiety but my sats are 91") is
# no cause here, and pain, a fever or a sign that keeps coming is a sign whatever it is blamed
# on ("i keep having chest pain with all this stress").
FEELING_IN_THE_BODY = LazyPattern(
    r"\b(?:i|i'm|im|i am|i've|my)\b(?:(?!\b(?:and|but|he|she|he's|she's|his|her|pain|pains"
    r"|painful|hurts?|hurting|ache|aching|bleed\w*|fever\w*|temp\w*|vomit\w*|keep|keeps|kept"
    r"|having)\b)[^,.;!?\n]){0,50}?(?:\b(?:with|from) (?:all )?(?:this |the |that |my |pure"
    r" |sheer |so much )?(?:worry|worrying|nerves|anxiety|stress|fear|dread|anger|rage|fury"
    r"|relief|excitement|grief|crying|sadness|frustration|(?:these |the )?(?:bills|paperwork"
    r"|debts?|forms))\b|\b(?:when(?:ever)?|every time)"
    r" (?:i (?:think|read|look at|hear about|talk about|see the)|i(?:'m| am| get) (?:stressed"
    r"|anxious|nervous|worried|upset)|the phone|(?:his|her|my) phone)\b|\b(?:shake|shaking"
    r"|tremble|trembling) (?:just )?(?:thinking|remembering)\b"
    r"|\b(?:just )?thinking (?:about|of) (?:the |all (?:the |these )?|these |my |our )?(?:bills?"
    r"|costs?|money|paperwork|debts?|insurance|forms|rent|mortgage)\b|\b(?:racing|pounding|tight"
    r"|tightens|sick|shaking|churning) about (?!\d|an? |half|one |two |three |few |\w+ (?:min"
    r"|minutes|hours?|seconds?)\b))"
    # A feeling given as the cause, or a sign that comes with every visit: "i'm so anxious i
    # feel dizzy some days", "i get butterflies and a racing heart before every clinic visit".
    r"|\b(?:i'm|im|i am|i get) so (?:anxious|stressed|nervous|worked up|wound up) (?:that )?i"
    r" (?:feel|get|go) (?:\w+ )?(?:dizzy|shaky|faint|lightheaded|light-headed|breathless|sick)\b"
    r"|\bi (?:always )?get\b(?:(?!\b(?:he|she|he's|she's|his|her|now|today|tonight)\b)"
    r"[^,.;!?\n]){0,50}?\b(?:before|ahead of) (?:every|each|all (?:my|the)) (?:clinic )?"
    r"(?:visits?|appointments?|scans?|check-?ups?|blood (?:draws?|tests?))\b"
    # An image of being overwhelmed: "watching him go through this makes me feel like i'm
    # drowning", "feels like i'm holding my breath until day 28".
    r"|\b(?:makes?|made|making) me feel like (?:i'm|im|i am) (?:drowning|suffocating|going under"
    r"|falling apart)\b|\bfeels? like (?:i'm|im|i am) (?:falling apart|melting|going under"
    r"|holding my breath)\b"
    # The trigger first: "every time the phone rings my hands start shaking".
    r"|\b(?:every time|whenever) (?:the|my) (?:phone|pager|doorbell) (?:rings|goes|buzzes)\b,?"
    r" (?:my|i)\b(?:(?!\b(?:and|but|he|she|his|her)\b)[^,.;!?\n]){0,40}"
    # Relief felt in the chest: "my heart is pounding, the nurse said he's doing great, i'm so
    # relieved".
    r"|\bmy heart (?:is |was |'s )?(?:pounding|racing)\b(?=.{0,120}\b(?:i'm|i am|im) so relieved"
    r"\b)"
    # Idioms of fright, not a body failing: "my heart jumps into my throat", "my heart sinks".
    r"|\bheart (?:\w+ )?(?:jumps?|jumped|leaps?|leapt|is|was) (?:into|in) my (?:throat|mouth)\b"
    r"|\bmy (?:heart|stomach) (?:sinks|sank|drops|dropped|is in knots|was in knots|turns over)\b"
    # Numb as a feeling: "i feel numb. just going through the motions".
    r"|\bi (?:just )?feel (?:so |kind of |totally |completely |emotionally )?numb"
    r"(?= *(?:[.,;!?]|$|inside|emotionally))"
)
BODY_WORDS = LazyPattern(
    r"\b(?:head\w*|neck|eyes?|eyelids?|face|mouth|lips?|gums?|nose|teeth|tooth|tongue|throat"
    r"|jaw|cheek|arms?|legs?|hands?|feet|foot|fingers?|toes?|knees?|hips?|chest|heart\w*"
    r"|belly|stomach|tummy|(?:my|his|her|lower|upper|the) back|back (?:pain|ache)|skin|body|wound"
    r"|port|catheter|picc|bruis\w*|spots|blisters?"
    r"|rash|sores?|ulcers?|swell\w*|swollen|pus|pee\w*|urin\w*|wee|stools?|poo\w*|bowel"
    r"|diarrh\w*|vomit\w*|throw\w* up|threw up|retch\w*|puk\w*|(?<!worried )sick|ill|unwell"
    r"|nause\w*|drink\w*|eat|eating|cough\w*|sweat\w*|breath\w*|gasp\w*|oxygen|blood|bleed\w*"
    r"|platelets?|pulse|pressure|temp\w*|fever\w*|chills?|shak\w*|shiver\w*|tremor\w*"
    r"|seiz\w*|weak\w*|pale|floppy|pain\w*|hurts?|ache\w*|achy|sore|numb(?!er)\w*|tingl\w*|dizz\w*"
    r"|faint\w*|passed out|collaps\w*|vision|blurry|words|speech|confus\w*|sleepy|drowsy"
    r"|wake|awake|recogni[sz]\w*|remember\w*|forget\w*|answer\w*|asked|asking|acting|strange"
    r"|weird|sense|hallucinat\w*|voices|not (?:him|her|my|them)sel(?:f|ves)|not right|wrong"
    r"|(?:feel\w*|look\w*|seem\w*|i'm|he's|she's|am|is) (?:so |really |just |pretty )?(?:awful"
    r"|terrible)|worse|downhill|fell|fall\w*|cabeza|cuello|brazo|pierna|heces|orina|sangr\w*"
    r"|dolor|duele|fiebre"
    r"|respir\w*)\b"
)


# --- Out of scope: instructions aimed at the service, tasks it does not do ----------------

INSTRUCTIONS: tuple[LazyPattern, ...] = tuple(
    LazyPattern(p)
    for p in (
        r"\b(?:ignore|disregard|forget|override|bypass)\b(?: \w+){0,3} (?:instructions?|rules"
        r"|prompts?|guidelines|safety|settings|restrictions|programming)\b",
        r"\b(?:ignore|disregard|forget) (?:all|everything) (?:above|previous|before|you)",
        r"\b(?:system|hidden|initial|original|secret|developer) (?:prompt|message|instructions?)",
        r"\byour (?:instructions|prompt|configuration|programming|training data)\b",
        r"\b(?:reveal|show|print|output|display|leak|dump)\b.{0,30}\b(?:api keys?|passwords?"
        r"|credentials|secrets|configuration|environment variables)\b",
        r"\byou are now\b|\bfrom now on,? (?:you|answer|respond|reply|always|only|act|say|keep"
        r"|use|write|talk|speak|be|don't|never|call me)\b",
        r"(?:^|\byou |\bplease |\bnow )act as\b|\brole-?play\b|\bpretend (?:to be|you are"
        r"|you're)\b|\bdeveloper mode\b|\bjailbreak|\bdan mode\b",
        r"\brepeat (?:the|all|everything)(?: \w+)? (?:above|before)\b",
        r"\[/?inst\]|</s>|<\|im_start\|>|^\s*system\s*:",
        r"^\s*(?:please |can you |could you )?(?:write|compose|generate|translate)\b",
        r"\btell me a joke\b",
        r"^\s*(?:please |can you |could you )?spell\b",
    )
)

SYMPTOM_WORDS = LazyPattern(
    r"\b(?:symptoms?|signs?|side effects?|crs|icans|cytokine release|neurotox\w*|fever\w*"
    r"|febrile|temp|temperature|chills|shivering|shaking|confus\w*|seizures?|tremors?"
    r"|breath\w*|chest pain|dizz\w*|faint\w*|headaches?|weak\w*|sleepy|drowsy|heart rate"
    r"|racing heart|palpitations)\b"
)

# Red flags from patients' "when to call" lists, named in any tense: what the safety net and
# the learned layer's veto look for. Wider than the signs above, which must be read as now.
# Readings in the normal range: oxygen 93 or more, a pulse under 110, a top number of 95 or more.
NORMAL_READING = LazyPattern(
    rf"\b(?:(?:o2|oxygen|sats?|spo2|{OXIMETER})(?: [\w']+){{0,3}} (?:9[3-9]|100)\b"
    rf"|\b(?:9[3-9]|100) ?%?(?: [\w']+){{0,2}} (?:on|from|by) (?:the |my |his |her )?{OXIMETER}"
    r"(?! ?/| to \d)"
    r"|(?:hr|heart rate|pulse)(?: [\w']+){0,3} (?:[5-9]\d|10\d)\b(?! ?/| to \d)"
    r"|\b(?:[5-9]\d|10\d) ?(?:bpm|beats a minute)\b"
    r"|(?:bp|blood pressure)(?: [\w']+){0,3} (?:9[5-9]|1[0-3]\d) ?(?:/|over) ?\d{2,3}\b"
    # Passing water often, and pale: "peed 5 times today, pale yellow".
    r"|(?:peed|peeing|pee|urinated|weed|wee|weeing)(?: [\w']+){0,2} (?:[3-9]|1\d|three|four|five"
    r"|six|seven|eight|lots of|plenty of|several) times\b|(?:pale|light|clear|weak)"
    r"(?: or (?:pale|light|clear))? (?:yellow|straw|lemonade|squash))"
)
RED_FLAGS = LazyPattern(
    r"\b(?:fevers?|feverish|febrile|temp|temperature|chills|shiver\w*|rigou?rs|confus\w*"
    r"|disorient\w*|seizures?|seizing|convuls\w*|fits?|tremors?|trembl\w*|shaking|shaky"
    rf"|talk\w*|speak\w*|o2|sats|spo2|{OXIMETER}|hallucinat\w*|seeing things"
    r"|hearing things|delirious|slurr\w*|speech|words|handwriting"
    r"|sleepy|drowsy|wake|awake|unresponsive|breath\w*|gasping|wheez\w*|oxygen|lips|blue|gr[ae]y"
    r"|chest|heart|pulse|palpitations|blood pressure|bp|faint\w*|passed out|pass out|collaps\w*"
    r"|dizz\w*|light-?headed|bleed\w*|blood|bloody|nosebleeds?|bruis\w*|stools?|poop|vomit\w*"
    r"|throw(?:ing)? up|threw up|puk\w*|diarrh\w*|fluids|dehydrat\w*|pee|urine|headaches?"
    r"|stiff neck|neck|weak\w*|numb(?!er)\w*|droop\w*|paralys\w*"
    r"|move (?:my|his|her) (?:arm|leg|hand)"
    r"|yellow|jaundice\w*|vision|swollen|swelling|rash|infect\w*|pus|red streak|clammy"
    r"|fiebre|respirar|sangre"
    r"|pecho|confundid[ao]|convulsi\w*|v[oó]mit\w*"
    rf"|{RED_FLAG_WORDS})\b"
)
