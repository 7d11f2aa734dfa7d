"""Passive and veiled wishes to be dead, and goodbyes told as acts: the crisis line first.

Written from crisis-line guidance, not from messages: the Columbia protocol's first question
("have you wished you were dead, or wished you could go to sleep and not wake up?") and the
warning signs 988, NIMH and AFSP list in the words people use ("things would be easier when
I'm gone", "who cares if I'm dead", "the pain will never stop unless I do something", giving
away prized things, putting affairs in order, saying goodbye), and their Spanish as 988's
Spanish line hears it. Each pattern is a family of wordings; its near misses (a treatment
wished over, sleep wished through the night, a crib given away, goodbyes to the ward's nurses)
are tested in tests/test_triage.py.
"""

from __future__ import annotations

from .pattern_set import LazyPattern

_ME = r"(?:i|he|she)"
_WERE = r"(?:was|were|am|is)"

PASSIVE_WISHES: tuple[LazyPattern, ...] = tuple(
    LazyPattern(p)
    for p in (
        # Sleep and not wake, hoped or prayed for: "going to bed hoping i won't wake up".
        rf"\b(?:hoping|hopes|hoped|praying|wishing|longing) (?:that )?{_ME}"
        r" (?:don't|doesn't|won't|wouldn't|never|will never|do not|does not) wake(?: up)?\b"
        r"(?! (?:the|a|an|his|her|my|our|him|them|anyone|everyone|before|until|till|early|in time"
        r"|at)\b)",
        # Not being alive wished for: "i wish i wasn't alive", "wish i didn't exist", "wish i'd
        # never been born".
        rf"\bwish(?:es|ed|ing)? {_ME} (?:wasn't|weren't|was not|were not) (?:alive|born"
        r"|(?:here|around) (?:anymore|any more|at all))\b"
        rf"|\bwish(?:es|ed|ing)? {_ME} (?:didn't|did not|could not|couldn't) exist\b"
        rf"|\bwish(?:es|ed|ing)? {_ME}(?:'d| had) never been born\b",
        # All of it over, as a relief: "it would be easier for everyone if it were all over";
        # not a treatment or a wait over ("easier if the scan was over by friday").
        r"\b(?:easier|better|a relief|kinder|simpler)\b(?: [\w']+){0,3} if (?:it|this|everything"
        rf"|it all|all of it|i) (?:just )?{_WERE}? ?(?:just |all |finally )*(?:over\b"
        r"(?! (?:with|by|soon|quickly|before|after|in|for|on|at|and i can|so i can)\b)"
        # "easier if everything was done online" is a form, not a life.
        r"|done(?=\s*(?:$|[,.!?;])))",
        r"\b(?:relief|easier|better|peaceful|peace) (?:just )?(?:to )?not (?:to )?be (?:here"
        r"|around|alive)\b",
        # Death shrugged at: "who cares if i'm dead", "who would even miss me".
        r"\bwho (?:would |will )?(?:even |really )?cares? if (?:i'm|i am|i was|i were|i'd|i)"
        r" (?:dead|die|died|gone)\b|\bwho would (?:even |really )?miss me\b",
        # Pain with one way to end it: "the pain will never stop unless i do something".
        r"\b(?:never|won't|will not|isn't going to|is never going to) (?:stop|end|go away)\b"
        r".{0,30}\bunless (?:i|he|she) (?:do|does|end|ends|make|makes) (?:something|it)\b",
        # Tired of the fight, wanting it over: "tired of fighting, i just want it to be over".
        r"\b(?:tired of|done|sick of|no more) fighting\b(?! (?:with|about|over|for|the)\b)"
        r".{0,60}\b(?:want|need)s? (?:it|this|it all)"
        r" (?:all )?to (?:be over|end|stop)\b",
        # Fine without the writer: "said we'll all be fine without him".
        r"\b(?:will|'ll|would|'d) (?:all )?(?:be|do) (?:just )?(?:fine|ok|okay|better|happier)"
        r" without (?:me|him|her)\b(?! (?:for|at|while|during|on|this|tonight|today|until|till"
        r"|when|if|there|here|around|driving|helping|for a)\b)",
        # Affairs put in order with a farewell or a will beside them, not a plan for care.
        r"\b(?:put|putting|puts|getting|got|gets|sorting|sorted) (?:all )?(?:my|his|her)"
        r" (?:affairs|things) in order\b(?=.{0,80}\b(?:goodbye|bye|without (?:me|him|her)"
        r"|won't need|for when (?:i'm|i am|he's|she's) gone|after (?:i'm|i am|he's|she's) gone"
        r"|just in case|before (?:i|he|she) go)\b)",
        # Not waking, wished, prayed for or shrugged at: "i pray every night not to wake up",
        # "if i didn't wake up tomorrow that'd be a relief", "maybe i won't have to wake up
        # again", "god takes me in my sleep", "a long nap i don't wake up from".
        r"\b(?:pray\w*|hop\w*|wish\w*|long\w*|want\w*|ask\w* god)(?: [\w']+){0,4} (?:not to"
        r"|never to|to never|to not|not to let me|never to let me) wake(?: up)?\b(?! (?:early|at"
        r"|before|with|in (?:the night|pain)|until|till"
        r"|the|a|an|him|her|them|anyone|everyone|hungry|again at)\b)",
        rf"\bif {_ME} (?:just )?(?:didn't|don't|never|did not|do not|wouldn't) wake(?: up)?\b"
        r"[^?]{0,50}\b(?:fine|ok|okay|a relief|relief|good|better|easier|a blessing|mind|bad"
        r"|the worst)\b",
        r"\b(?:won't|wouldn't|never) have to wake up (?:again|anymore|any more)\b"
        r"|\b(?:takes?|take|took) (?:me|him|her) in (?:my|his|her) sleep\b"
        r"|\b(?:sleep|nap) (?:i|you|he|she) (?:don't|won't|never|wouldn't) wake (?:up )?from\b"
        r"|\b(?:take|takes|taking|took) the long (?:sleep|nap)\b|\bstay\w* asleep (?:for good"
        r"|forever|for ever)\b"
        r"|\b(?:going to sleep|go to sleep|falling asleep|fall asleep) and staying asleep\b",
        r"\b(?:wish\w*|hop\w*|pray\w*|want\w*)(?: [\w']+){0,4} (?:die|dying) in (?:my|his|her)"
        r" sleep\b|\b(?:wish\w*|hop\w*|pray\w*)(?: [\w']+){0,4} (?:my|his|her) (?:heart|breathing)"
        r" (?:would |will )?(?:just )?stop\b|\bstop breathing in (?:my|his|her) sleep\b",
        # The treatment or the illness wished to have killed: "i wish the car-t had killed
        # me", "wish i'd died during the crs week", "wish the icu had just let me go".
        r"\bwish\w*(?: that)? (?:the |my |his |her |this )?[\w-]+(?: [\w-]+)? had (?:just )?"
        r"(?:killed|taken|finished(?: off)?) (?:me|him|her)\b(?! (?:to|home|out|in|for|with|back"
        r"|there|away|up|down|on|off)\b)"
        rf"|\bwish\w*(?: that)? {_ME}(?:'d| had| would have) (?:just )?(?:died|never (?:survived"
        r"|woken up|woke up|made it|come back|come round|pulled through))\b"
        r"|\bif (?:the (?:crs|icans|infection|cancer|fever|disease|illness|car[- ]?t|cells|sepsis"
        r"|lupus|treatment|transplant|chemo|virus|pneumonia)|it) had (?:taken|killed|finished)"
        r" (?:me|him|her)\b"
        r"(?! (?:to|home|out|in|for|with|back|there|away|up|down|on|off)\b)[^?]{0,40}"
        r"\b(?:easier|better|fine|a relief|a blessing)\b"
        r"|\b(?:wish\w*|hop\w*|pray\w*|want\w*|beg\w*)(?: [\w']+){0,5} (?:would |had |to )?"
        r"(?:just )?let (?:me|him|her) (?:go|die)\b(?! (?:home|out|outside|to|back|for|in|on"
        r"|with|and (?:get|see|have)|early)\b)",
        # Ready to die, and death as the better place: "no hope left, i'm ready to die",
        # "might as well be dead", "dead would be better than this", "death sounds relaxing".
        r"(?<!not )(?<!n't )(?<!never )\bready (?:to die|to be dead|for death)\b"
        r"|\bmight as well be dead\b"
        r"|\b(?:dead|death|dying|being dead|not existing) (?:would be|seems|sounds|feels)"
        r" (?:so |much |way |honestly )?(?:better|easier|nicer|kinder|relaxing|peaceful|like a"
        r" relief|a relief|preferable|good)\b(?! (?:for (?:the|a|an) (?:pet|dog|cat|plant)))"
        r"|\b(?:rather|prefer\w*) (?:be |being )?(?:in a coffin|in the ground|six feet under"
        r"|in a box|in my grave)\b",
        # No reason or point to be here: "there's no reason for me to be here anymore", "no
        # point in me being alive", "no reason left for me to live".
        r"\bno (?:reason|point)(?: left)?(?: for me| in me)? (?:to |in )?(?:keep living|keep going"
        r"|stay alive|staying alive|be here|being here|be alive|being alive|live|living|go on)\b",
        # Wanting to be gone, and life wanted to end: "i want to be gone", "wish i was gone
        # for good", "i want this life to end", "would anyone blame me if i just stopped being
        # here".
        r"\b(?:want|wants|wanted|wish|wishes|wished)(?: to be| i (?:was"
        r"|were))(?: just)? gone\b"
        r"(?! (?:from|by|before|for the|when|on|to|till|until|already)\b)"
        r"|\bme gone for good\b|\bdisappear\w* (?:for good|forever|for ever)\b"
        r"|\b(?:my|this|his|her) life to (?:end|be over|stop)\b(?! (?:being|revolving|feeling"
        r"|going|with|for)\b)"
        r"|\bstop(?:ped|s)? being here\b|\b(?:don't|do not|doesn't) (?:plan|intend"
        r"|expect) (?:to be"
        r"|on being) (?:alive|here|around)\b",
        # Life as a subscription, an account, a program: "log off from life for good",
        # "uninstall myself from life", "end my subscription to life", "delete myself".
        r"\b(?:log\w* off|sign\w* off|uninstall\w*|delet\w*|unsubscrib\w*|cancel\w*|end\w*)"
        r" (?:myself |me |my subscription |my account )?(?:from|to|of) (?:life|existence|this"
        r" world|living)\b|\bdelete (?:myself|me)\b|\bbus to the afterlife\b",
        # Goodbyes told by what will not be needed: "won't be needing them after this
        # weekend", "he won't need them where he's going", "there's not going to be a later",
        # "tonight is her last night".
        r"\bwon't (?:be )?need(?:ing)? (?:them|it|any of it|these|those|that|(?:my|his|her) \w+)"
        r"(?: [\w']+){0,2}"
        r" (?:after (?:this|tonight|today|tomorrow|friday|the weekend|next)|where (?:i'm|he's"
        r"|she's|i am|he is|she is) going)\b|\bnot going to be a later\b|\bwon't be (?:writing"
        r"|messaging|texting|here|around) (?:again )?after (?:tonight|today|this)\b"
        r"|\b(?:tonight|today) (?:is|will be) (?:my|his|her) last (?:night|day)\b(?! (?:in|at|on|of"
        r"|here|there|with|before|home|off)\b)",
        # Euphemisms and online slang for ending one's life: "unaliving myself", "take a dirt
        # nap", "log out of life", "planning my early exit", "yeet myself off the roof".
        r"\bunaliv\w*|\bdirt nap\b|\byeet\w* (?:my|him|her)sel(?:f|ves)\b"
        r"|\b(?:log\w*|check\w*|opt\w*|tap\w*|bow\w*) out (?:of|from) (?:life|existence"
        r"|this world)\b"
        r"|\bexit from (?:the game of )?(?:life|existence)\b|\b(?:my|an) early exit\b"
        r"|\bfinal curtain for me\b|\boff switch (?:on|for) (?:my|him|her)self\b",
        # An accident or the illness welcomed: "i'd be happy to get hit by a bus", "would be
        # nice if i got in a crash", "if the car t goes wrong and takes me, fine".
        r"\b(?:happy|grateful|glad|thankful|fine|ok|okay|nice|welcome|hop\w*|pray\w*|wish\w*"
        r"|mind|sad|mad)\b(?:(?!\b(?:don't|do not|not|never|doesn't|won't|didn't)\b)[^.?!]){0,30}"
        r"\b(?:(?:get|got|getting|be|being) (?:hit|run over) by a (?:bus|car|truck|train|lorry)"
        r"|(?:a|the) (?:bus|car|truck|train|lorry) (?:hit|hits|ran over|runs over) (?:me|him|her)"
        r"|(?:got|get|getting) in a crash)\b"
        r"|\b(?:hop\w*|pray\w*|wish\w*) (?:that )?(?:the|a|my) (?:car|bus|plane|train) crash\w*",
        r"\bif (?:the [\w-]+(?: [\w-]+)?|it|this) (?:[\w-]+ ){0,4}(?:takes|kills|finishes|took"
        r"|killed|finished) (?:me|him|her)(?: off| out)?\b(?! (?:an?|to|\d+|\w+ (?:hours?"
        r"|minutes?|mins?)|there|home|back|in|into|for|through|longer|ages|forever|long)\b)"
        r"[^?]{0,40}\b(?:fine|ok|okay|won't be mad"
        r"|wouldn't be mad|at least|relief|so be it|won't fight|hoping|hope|good)\b",
        # Worth more dead, and dying as the way to go: "worth more dead with the life
        # insurance", "skipping my meds on purpose so i die quicker", "allowed to die", "i'd
        # honestly rather be dead".
        r"\bworth more (?:to (?:\w+ )?)?dead\b|\bbetter off with the life insurance\b"
        r"|\blife insurance would (?:do more good|fix|solve|help them more)\b",
        r"\bso (?:that )?(?:i|he|she) (?:can |could |will |would |might )?(?:just |finally )?die"
        r"(?: quicker| faster| sooner)?\b(?! (?:at|in|of|from|laughing|with|comfortably"
        r"|peacefully|surrounded)\b)"
        r"|\b(?:want|wants|wanted) to be (?:allowed|let) to die\b"
        r"|\b(?:i'd|id|i would|he'd|she'd) (?:\w+ ){1,2}rather (?:be dead|die)\b"
        r"|\b(?:fine|happy|ok|okay) being dead\b",
        # Spanish: sleep and not wake, all of it ended, things given away; this night the last,
        # no other day wanted: "rezando para que esta sea mi última noche", "no quiero ver otro
        # día así" (set 25), not the last night in hospital.
        r"\b(?:esta|hoy|ma[ñn]ana) (?:sea|fuera) mi [uú]ltim[oa] (?:noche|d[ií]a)\b"
        r"(?! (?:en|aqu[ií]|de|con|antes|del|ingresad[oa])\b)"
        r"|\bno quiero (?:ver|vivir) otro d[ií]a\b",
        r"\b(?:dormir(?:me|se)?|quedarme dormid[oa]) y (?:no|nunca|ya no) (?:volver a )?despertar",
        r"\b(?:m[aá]s f[aá]cil|mejor|un alivio) si (?:todo|esto|yo) (?:se )?(?:terminara|acabara"
        r"|termina|acaba|no estuviera|me muriera|muriera|desapareciera)\b"
        r"(?! (?:pronto|ya|de una vez)? ?(?:el|la|los|las|con el|con la|la quimio)\b)",
        r"\bregal(?:[eé]|ado|ando|a|[oó]) (?:todas )?(?:mis|sus) cosas\b",
        r"\bojal[aá] (?:no )?(?:me muriera|estuviera muert[oa]|no despertara|no existiera"
        r"|despertar)\b|\bojal[aá] (?:\w+ ){0,4}(?:que )?se acabe todo\b",
        r"\bganas de seguir (?:con vida|aqu[ií]|existiendo)\b|\bprefier\w* (?:estar muert[oa]"
        r"|morir\w*)\b|\bque se (?:acabe|termine) todo\b|\bterminar con todo\b"
        r"|\b(?:lo )?mejor ser[ií]a que (?:yo )?me muriera\b|\bsi me muero se (?:les |me )?acaba\b"
        r"|\bme despido (?:de (?:todos|ustedes) )?para siempre\b",
    )
)
