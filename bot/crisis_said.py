"""A crisis-line phrase said plainly, with no second word of dying: the crisis line first.

Written from the words the 988 Lifeline, Samaritans and NHS list as warning signs ("I can't go
on", "I can't live with this", "I want it all to stop", talk of being a burden, of a plan, of
one's own death as a joke, of letting an illness take one), not from messages. Each is read by
its parts, and each has a calm sense kept off:

- "can't live with it / this pain / myself / what i did" or "like this", the clause ending
  there ("can't live with this brace, when does it come off" names a thing; "couldn't live
  with myself if i didn't try" is a resolve);
- "can't go on / carry on / keep going", the clause ending there ("can't go on the trip",
  "can't keep going to the clinic every day");
- wanting it all, everything or all of it to stop, end or be over, not to stop hurting;
- a death asked to be helped to ("asked me to help her die"), or assisted dying asked about
  for oneself or one's own person, not as a topic; being taken prayed for ("god, just take
  me"), not a prayer for the pain to go;
- too tired to live, everything given up on, not too tired to go on a walk;
- an illness let to take one ("if an infection comes, let it take me", "let the lupus win"),
  or care stopped and the rest left to follow;
- a way of ending it planned or pictured ("some nights i plan how i'd make it stop"), not a
  journey or an appointment planned;
- waking told as a disappointment or a regret ("another morning, another disappointment that
  i woke up", "wish i hadn't woken up after the icu"), not waking late or to bad weather;
- one's own funeral, coffin or eulogy picked, planned or joked about, not someone else's, and
  not asked about ("is it morbid to write my funeral wishes before car-t?").
"""

from __future__ import annotations

from .pattern_set import LazyPattern

_CANT = r"\b(?:can't|cannot|can not|couldn't|could not)"
# Going on: "couldn't carry on" tells of a task stopped ("the hairdresser couldn't carry on").
_NOW_CANT = r"\b(?:can't|cannot|can not)"
# What ends the clause the phrase closes: its end, or a word that only says it louder.
_SAID = (
    r"(?= *(?:$|[.,;:!?)\-]|and\b|but\b|any ?more\b|any longer\b|much longer\b|like this\b"
    r"|no more\b|i (?:really|just|honestly|truly) (?:can't|cannot)\b|honestly\b|not really\b))"
)
# Louder still: the bare "it" or "this" must be said to be too much, or end the message.
_NO_LONGER = (
    r"(?= *(?:$|any ?more\b|any longer\b|much longer\b|no more\b|i (?:really|just) can't\b))"
)
_ME = r"(?:i|he|she)"
# What the phrase is said of, told after it: a thing, not a life ("my dad can't go on. the
# plane i mean", "we can't carry on, the car broke down", "i cant do this! the app wont load").
# A life, a pain, an illness or the treatment meant is not a thing ("i can't go on. my life i
# mean", "i can't carry on, the pain i mean"); a line of treatment is not a queue.
_A_LIFE = (
    r"(?!(?:\w+ )?(?:life|lives|living|existence|pain|agony|suffering|misery|illness|disease"
    r"|sickness|condition|cancer|lupus|treatment|depression|body|mind)\b)"
)
_NOT_LIFE = (
    r"(?![.,;:!]* *(?:(?:i mean|i meant|as in|meaning) (?:on )?"
    rf"(?:the|that|this|a|his|her|my)\b{_A_LIFE}"
    rf"|(?:on |onto |in )?(?:the|that|this|a|his|her|my) {_A_LIFE}\w+(?: \w+)? i mean(?:t)?\b"
    r"|(?:the|our|my|his|her|this|that) (?:car|van|bus|train|taxi|plane|flight|ferry|app|website"
    r"|site|form|portal|login|page|phone|laptop|computer|printer|wifi|internet|link|zoom|video"
    r"|call|queue|line(?! of\b))\b))"
)
# Told by someone else that one cannot go on: a trip, a trial, a queue ("they said i can't go
# on, it's full", "they told me i cannot go on. my platelets are too low for the trial").
_TOLD = r"(?<!said i )(?<!told me i )(?<!told me )(?<!told us we )(?<!says i )"
# An illness or the body's course, which may be let to take one.
_ILLNESS = (
    r"(?:it|the (?:infection|virus|bug|disease|illness|cancer|lupus|ms|myositis|myasthenia"
    r"|scleroderma|sepsis|pneumonia|fever|crs|icans|sps)|(?:an|any) infection|nature|god"
    r"|whatever (?:comes|happens))"
)

CRISIS_SAID: tuple[LazyPattern, ...] = tuple(
    LazyPattern(p)
    for p in (
        # "i can't live with this pain anymore", "cant live with what i did", "can't live like
        # this".
        rf"{_CANT} (?:go on )?liv(?:e|ing) (?:with (?:(?:the|this|my|his|her|all the|such)"
        r" (?:pain|agony|guilt|shame)(?: (?:in|of) (?:my|his|her) \w+)?|myself|himself|herself"
        r"|what (?:i|he|she) (?:did|said|have done|'ve done|has done)|being (?:like this|me"
        rf"|a burden)){_SAID}|(?:with (?:it|this|that)|like this){_NO_LONGER})",
        # "i can't go on", "he says he cant carry on", "can't keep going like this".
        rf"{_TOLD}{_NOW_CANT} (?:go on|carry on|keep going|keep on going|do this"
        rf"|face (?:another|tomorrow)){_NOT_LIFE}"
        r"(?= *(?:$|[.;!]|any ?more\b|any longer\b|much longer\b|like this\b|with (?:this|it|life"
        r"|living)(?= *(?:$|[.,;!]))|i (?:really|just|honestly) (?:can't|cannot)\b"
        r"|(?:and|but) (?:i|he|she) (?:don't|doesn't|won't|can't)\b))"
        # A comma is enough after go on or carry on ("i can't go on, i'm so tired of it"),
        # never before a question.
        rf"|{_TOLD}{_NOW_CANT} (?:go on|carry on),(?![^.!?]*\?){_NOT_LIFE}",
        # "i just want it all to stop", "wish everything would end", "need all of it to be over".
        r"\b(?:want|wants|wanted|wanting|need|needs|wish|wishes|wishing|pray\w*|hop\w*)"
        r"(?: for)?(?: that)? (?:(?:it all|all of it|all this|everything|the whole thing|this all"
        r"|my life)(?: to| would| will| could)?|(?:it|this|everything) (?:to|would|will|could)"
        r" all) (?:just )?(?:all )?(?:stop|end|be over|finish)\b"
        r"(?! (?:hurting|aching|itching|spinning|burning|moving|shaking|swelling|for a\b|for the"
        r" day|so (?:i|we) can|being about|while|until|till|early|on time|by|before)\b)",
        # "mum begged me to help her die", "is there a doctor who'd help me die".
        r"\bhelp (?:me|him|her|them) (?:to )?(?:die|end (?:it|my life|his life|her life|things))\b"
        r"(?! (?:comfortably|peacefully|with dignity|at home|in (?:the )?hospice|when (?:the|their"
        r"|his|her|my) time"
        r" comes|naturally)\b)",
        # Assisted dying asked for oneself or one's own person, not a policy: "how do i get
        # assisted dying", "is dignitas an option for me".
        r"^(?=.*\b(?:for me|for myself|i want|i'd want|i need|how (?:do|can|could|would) i"
        r"|can i (?:get|have|go|apply|ask)|asking for (?:me|myself)|my (?:\w+ )?(?:wants|asked"
        r"|keeps asking|is asking)|i qualify|want it|need (?:the )?forms?|the forms? for"
        r"|sign me up)\b).*\b(?:assisted (?:dying|suicide|death)|euthanasia"
        r"|dignitas|medical aid in dying|voluntary assisted dying|right to die)\b",
        # Prayed to be taken: "god, just take me", "asking mary to take him soon".
        r"\b(?:god|lord|jesus|mary)\b,?(?: (?:please|just|to))* take (?:me|him|her)"
        r"(?= *(?:$|[.,;!]|now\b|soon\b|home\b(?! from)|already\b|tonight\b"
        r"|in (?:my|his|her) sleep\b))"
        r"|\b(?:ask\w*|pray\w*|beg\w*)(?: for)? (?:god|the lord|jesus|mary) to take"
        r" (?:me|him|her)\b(?! (?:to|back|out|through|away|for)\b)",
        # Too tired to live, given up on everything: "too old for the trial. too tired to live".
        r"\btoo (?:tired|exhausted|worn out) to (?:live|keep living|be alive|be here"
        # Asked whether it is normal: the body's tiredness ("too tired to keep going and i'm
        # only on day 5, is that normal").
        # Not when told with "anymore" or a hopeless word ("too tired to go on anymore and i
        # don't see the point, is that normal?").
        r"|(?:go on|carry on|keep going)(?![^\n]*\b(?:any ?more|any longer|(?:the|no) point"
        r"|pointless|hopeless|nothing matters)\b)"
        r"(?![^\n]*\b(?:is|it's|isn't) (?:that|this|it)? ?(?:normal"
        r"|usual|expected|a side effect)\b)"
        r"|(?:go on|carry on|keep going)(?=[^\n]*\b(?:any ?more|any longer|(?:the|no) point"
        r"|pointless|hopeless|nothing matters)\b))(?= *(?:$|[.,;!]|any ?more\b|any longer\b|and\b))"
        r"|(?<!not )(?<!n't )(?<!never )\bgiv(?:e|en|ing) up on (?:everything|it all|all of it"
        r"|myself|me)"
        r"(?= *(?:$|[.,;!]|and\b|now\b|completely\b))",
        # "if an infection comes, let it take me", "let the lupus win", "stopped my antivirals.
        # the rest should follow".
        rf"\blet {_ILLNESS} (?:take|have|finish|get) (?:me|him|her)(?: off| out)?"
        r"(?= *(?:$|[.,;!]|and\b|then\b|this time\b|now\b|already\b|for good\b|if\b|i (?:don't"
        r"|do not) care\b))"
        rf"|\blet {_ILLNESS} win\b(?! (?:the|a|an|this|that|today|tonight)\b)",
        r"\b(?:stopp?\w*|quit|binned|refus\w*|not taking|skipp\w*|given up|gave up|won't take"
        r"|not (?:eating|drinking))\b(?: \w+){0,4} (?:meds|medications?|tablets|pills"
        r"|antibiotics|antivirals|anti-?virals|eating|drinking|insulin|steroids|prophylaxis"
        r"|treatment|everything|dialysis|fluids|food)\b[^?]{0,80}\b(?:the rest (?:will|should|can"
        r"|would) follow|let(?:ting)? (?:it|them|nature|whatever|the \w+) (?:come|happen"
        r"|take (?:its|it's) course|do (?:its|it's|their) (?:thing|work))|nature (?:will|should"
        r"|can) take (?:its|it's) course)\b"
        # Told of an ailment that then mended: "let nature take its course, the rash got better".
        r"(?![^\n]*\b(?:got better|gets better|getting better|cleared|went away|gone away|healed"
        r"|improved|settled|(?:with|for|on) the (?:rash|cold|cough|itch|flu|bug|spots|sore)\b))",
        # "some nights i plan how i'd make it stop", "she pictures how she'd do it".
        r"\b(?:plan|plans|planned|planning|work(?:ing|ed)? out|think(?:ing)?(?: about)?"
        r"|thought(?: about)?|figur\w* out|rehears\w*|pictur\w*|imagin\w*) (?:exactly )?how"
        rf" (?:(?:i'd|id|i would|i'll|i will|i could|he'd|she'd|{_ME} would|{_ME} could)"
        r" (?:do it|end it|go|make it (?:all )?stop|not be here|check out|finish it|get it done)"
        r"|to (?:end it|make it (?:all )?stop (?:for good|forever|permanently)|not be here"
        r"|die|kill (?:my|him|her)self|check out))"
        r"(?= *(?:$|[.,;:!?]|and\b|but\b|most\b|every\b|each\b|some\b|again\b|now\b|lately\b"
        r"|a lot\b|for good\b|when\b))",
        # "another morning, another disappointment that i woke up", "woke up gutted again",
        # "every morning it's a disappointment that i'm still here".
        r"\b(?:disappointment|disappointing|let-?down|letdown|a shame|a pity)\b[^.!?]{0,12}"
        rf"\b(?:that|to) (?:{_ME} )?(?:woke|wake|waking|am still (?:here|alive)|i'm still (?:here"
        r"|alive)|(?:he's|she's|he is|she is) still (?:here|alive)|still (?:here|alive)|have to"
        r" wake)\b",
        r"\bwok(?:e|en) (?:up )?(?:again |this morning |today )?(?:and (?:was |felt |i was )?)?"
        r"(?:so |really |just |bitterly )?(?:disappointed|gutted|sad|upset|sorry|let"
        r" down)(?: (?:again|every (?:morning|day)|each (?:morning|day))"
        # With its cause told after it, a disappointment about news: "woke up disappointed
        # again, no email from the trial team".
        r"(?! *[,:;-]? *(?:no (?:email|e-mail|call|news|word|reply|letter|text|message|update"
        r"|results?|appointment)|(?:because|cos|about)\b(?![^.!?\n]{0,20}\bstill (?:being )?(?:here"
        r"|alive|breathing)\b)|that the|the (?:scan|trial|team|results?"
        r"|appointment|call|email|letter|news|weather)|my (?:scan|results?|appointment|team)|over"
        r" the|by the)\b)| (?:that|to be) (?:i'm"
        r" |i am |i was |he's |she's )?still (?:here|alive|breathing)"
        r"| (?:that|to be) alive| to wake(?: up)?)",
        r"\bregret\w* (?:waking|that i woke|ever waking|surviving)\b"
        rf"|\bwish(?:es|ed|ing)? {_ME} (?:hadn't|hadnt|had not|'d never|id never|had never|never)"
        r" (?:woken|woke|wake|come round|come through|survived)(?: up)?\b(?! (?:at|so|early|in"
        r" (?:the night|time)|before|with|during|when|to the|to a)\b)",
        # "picked the songs for my funeral already lol", "he keeps joking about his own funeral".
        # Arranged long ago, with no word of now: "sorted out my funeral plan years ago. what
        # vaccines do i need".
        r"^(?!(?=[^\n]*\b(?:(?:years|months|decades) ago|since (?:19|20)\d\d)\b)(?![^\n]*\b(?:now"
        r"|soon|tonight|today|need it|use it|ready|time)\b))[^\n]*?"
        r"\b(?:my (?:own )?(?:funeral|coffin|casket|eulogy|obituary|headstone)"
        r"|(?:his|her) own (?:funeral|coffin|casket|eulogy|obituary|headstone)"
        r"|jok\w* about (?:his|her|my) (?:own )?(?:funeral|death|coffin))\b"
        r"(?! (?:director|home|insurance|dodger))"
        # Asked about ("is it morbid to sort out my funeral wishes before car-t?"): a question.
        r"(?![^.?!\n]*\?)",
    )
)
