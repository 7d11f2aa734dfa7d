"""What a conversation is about, so a two-word follow-up is read against its topic.

The topic is the subject of the last question that named one ("what is leukapheresis" ->
"leukapheresis"), once answered only its words that name what answered it (not the "magazine"
or "74" of a long opening), and the sections that answered it. A follow-up is read against it: a
pronoun ("does it hurt") stands for the subject ("that" for the subject of a question of its
own answered on the topic since), a bare aspect ("how long", "what are the risks") is asked
of it, "what about ms" swaps the condition and "what about medicare" the subject. A question
with a subject of its own starts a new topic; the guide reads it against the old one only
when it finds nothing alone. Pure functions, no model runs.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .conditions import AUTOIMMUNE, any_of
from .intent import Intent, question_intent
from .lexical import lexical_tokens
from .pattern_set import LazyPattern
from .term_asked import asked_as_the_guide

# Conditions the guide covers; a follow-up that names another swaps it in.
CONDITIONS = any_of(AUTOIMMUNE, re.IGNORECASE)
# What "what about X?" replaces: a like part of the last question (a drug replaces a drug, a
# grade a grade), keeping the rest ("how is crs treated with steroids?" -> "what about
# tocilizumab?" still asks of crs). Conditions are swapped apart (see CONDITIONS).
LIKE_PARTS = tuple(
    LazyPattern(rf"\b(?:{alternatives})\b", re.IGNORECASE)
    for alternatives in (
        r"grade\s*[1-5]|grade\s+(?:one|two|three|four|five)",
        r"cd\s*19|cd\s*20|bcma|cd\s*7|baff-?r",
        r"crs|cytokine release(?: syndrome)?|icans|neurotoxicity|hlh|iec-?hs|cytopenias?"
        r"|infections?|low blood counts",
        r"tocilizumab|actemra|anakinra|steroids?|dexamethasone|siltuximab|ivig|rituximab"
        r"|fludarabine|cyclophosphamide|tylenol|acetaminophen|paracetamol|ibuprofen|advil|aspirin"
        r"|nsaids?",
        r"kyv-?101|descartes-?08|kysa-?\d+|aurora|casta|cabaletta|rese-cel|obe-cel|kymriah"
        r"|yescarta|breyanzi|abecma|carvykti|tecartus",
        r"medicare|medicaid|tricare|private insurance|insurance",
        r"kids|children|child|teens?|adults?|men|women|older people|seniors",
    )
)
# Words that name nothing: a message made only of these and aspects is asked of the topic.
FUNCTION_WORDS = frozenset(
    """a about after again also am an and any anything are as at be been before being but by
    can could did do does doing else for from get got had has have how i if in into is it its
    just know me more much my no not now of on one or our out so some such tell than that the
    their them then there these they this those to too up use was we were what whats when where
    which who why will with would yes you your ok okay thanks thank please really very ever
    patient patients people person someone anyone happen happens going explain mean means
    usually typically normally still like should need ones itself gets
    im ive id youre theyre dont doesnt cant wont isnt arent didnt yet until far ago all
    shes hes thats theres wasnt werent hasnt havent couldnt wouldnt shouldnt
    he him his she her hers himself herself
    exactly specifically same instead meanwhile other shown stand
    dad mom husband wife partner father mother son daughter sister brother friend
    cousin aunt uncle grandma grandpa grandmother grandfather grandson granddaughter niece nephew
    boyfriend girlfriend fiance fiancee mum mummy mama papa stepdad stepmom neighbor coworker
    doctor doctors neurologist rheumatologist oncologist nurse nurses actually brought around
    mentioned said says told keep keeps kept want wants wanted came give gave given
    many few lot lots every each both either neither most least several enough another else
    whole anybody everyone everybody something somebody nothing nobody us ours yours myself
    yourself ourselves themselves while since though although because whether shall may
    might must hi hey hello lol
    nvm true real completely finally honestly ballpark till til right sorry alright fine
    totally stuff thing things question questions""".split()  # noqa: SIM905
)
# What is asked of a subject rather than a subject itself: "how long", "does it hurt", how well
# it worked ("results?", "what percent got better").
ASPECT_WORDS = frozenset(
    """long last lasts lasting take takes took time days weeks months years hours soon quickly
    hurt hurts painful pain uncomfortable permanent forever reversible go away back come
    risk risks risky dangerous danger safe safety serious bad worse severe cost costs price
    pay expensive afford covered cover covers work works worked working
    effective effect effects side
    success successful chance chances odds rate percent results result outcome outcomes cure cured
    curable treated treat treatment
    treatments trial trials study studies research available approved common often rare likely
    normal signs symptoms sign symptom prevent avoid stop recover recovery better start
    starts begin feel next step steps prepare ready wait waiting
    help helps helped helping tested testing tried used
    safer safest worst best longer sooner quicker
    cause causes caused called""".split()  # noqa: SIM905
)
# What stands for the subject: a phrase ("this treatment", "the side effect"), which the subject
# then qualifies, or a pronoun, which it replaces; "they" is often the care team, so last.
_PHRASE = LazyPattern(
    r"\b(?:this|that|the|these|those)\s+(?:treatment|therapy|procedure|process|side\s+effects?"
    r"|reaction|condition|disease|illness|test|drug|medicine|step|syndrome|problem)\b",
    re.IGNORECASE,
)
# "since this morning", "these days", "one day": a "this" or "one" before a time says when, now
# or some day, not what; the topic is not put in there. "That day" and "at that point" point
# back to a time the topic told, and "is this years away" still to the topic.
_WHEN = (
    "morning|afternoon|evening|night|day|week|weekend|month|year|time|point|moment|winter|summer"
    "|spring|autumn|season"
)
_WHENS = _WHEN.replace("|", "s|") + "s"
_PRONOUN = LazyPattern(
    rf"\b(?:it|that|those|ones|(?:this|one)(?!\s+(?:{_WHEN})\b)|these(?!\s+(?:{_WHENS})\b))\b",
    re.IGNORECASE,
)
_PEOPLE = LazyPattern(r"\b(?:they|them)\b", re.IGNORECASE)
_DEMONSTRATIVE = frozenset({"that", "this", "those", "these"})
# What came of the treatment for a condition: whether it worked, lasted or comes back. Asked
# after a question that named none ("can it come back" after "were they able to come off their
# usual medicines"), it is asked of the condition the conversation named before (each
# condition's article has its results and whether it came back), with how well it worked
# (Intent.RESULTS: "whats the chance it works").
_OUTCOME = LazyPattern(
    r"\b(?:comes?\s+back|coming\s+back|relaps\w*|return\w*|cured?|remission|sick\s+again"
    r"|flare\w*|permanent|forever)\b",
    re.IGNORECASE,
)
# "can i drive myself home after?", "do i stop rituximab before?": a last "after" or "before"
# with nothing after it is after or before the subject.
_DANGLING = LazyPattern(r"\b(?:after|before|afterwards)(?=\W*$)", re.IGNORECASE)
_ANAPHORS = (
    (_PHRASE, "{0} of {1}"),
    (_PRONOUN, "{1}"),
    (_DANGLING, "{0} {1}"),
    (_PEOPLE, "{1}"),
)
# "and for lupus?", "what about ms", "how about ...": the rest of the message replaces a part.
_CONTINUATION = LazyPattern(r"^\s*(?:and|but|also|same|what\s+about|how\s+about)\b", re.I)
# "and will my levels go back to normal?", "so when will i feel normal?": a joining word before a
# question of its own joins nothing to replace: it is read as that question.
_JOINED_QUESTION = LazyPattern(
    r"^\W*(?:and|but|also|so)\W+(?=(?:how|what|when|where|why|who|which|is|are|was|were|do|does"
    r"|did|can|could|will|would|should|has|have)\b)",
    re.IGNORECASE,
)
# "so no chemo?", "so its my own cells?": "so" before a statement checks what the topic's answer
# said; it is asked of the topic, and replaces nothing ("what about X" does).
_CHECK = LazyPattern(r"^\W*so\b", re.IGNORECASE)
_CAR_T = LazyPattern(r"\bcar[\s-]*t(?:[\s-]*cells?)?\b|\bcarts?\b")
_MODIFIER = LazyPattern(
    r"^\W*(?:and|but|also|what\s+about|how\s+about)\s+(?:for|in|with|after|during|before)\b",
    re.IGNORECASE,
)
# "new question: ...", "different question - ...", "other thing, ...", "also random but ...",
# "also wanted to ask ...": the patient says the topic changes; the words that say so are no
# part of the question.
_NEW_TOPIC = LazyPattern(
    r"^\W*(?:(?:ok(?:ay)?|alright|right|so|oh|um+|sorry|and|also)\W+)*"
    r"(?:(?:(?:totally|completely|a|an|one|something)\s+)?"
    r"(?:new|different|diff|separate|unrelated|random|other|another)\s+"
    r"(?:question|q|thing|topic|subject)|(?:(?:totally|completely)\s+)?(?:unrelated|separate(?:ly)?"
    r"|random|off[\s-]topic)(?=\s*[,:;.!?–—-]|\s+(?:but|though)\b)"
    r"|(?:i\s+)?also\s+want(?:ed)?\s+to\s+ask(?:\s+you)?"
    r"|(?:changing|switching|change|switch)\s+(?:the\s+)?(?:subjects?|topics?|gears)"
    r"|on\s+(?:a\s+|an\s+)?(?:different|another|other|separate)\s+note)\b\W*"
    r"(?:(?:but|though)\b\W*)?",
    re.IGNORECASE,
)
# "what about kids?", "and for older people?": a group of people whom age or pregnancy may keep
# from CAR-T. Swapped into the last question ("does car-t work in myositis kids") it stays on
# that question's article; what is asked is whether the group can get CAR-T at all.
_GROUP = LazyPattern(
    r"\b(?:kids|children|child|teens|teenagers|adolescents|young\s+people|older\s+(?:people|adults)"
    r"|(?:the\s+)?elderly|seniors|pregnant(?:\s+women)?)\b",
    re.IGNORECASE,
)
# "is it ok to be scared?", "is it normal to ...": an "it" that stands for what follows, not for
# the subject; the rest of the message says what is asked.
_EXPLETIVE = LazyPattern(
    r"\b(?:is|was|would|will)\s+it\s+(?:be\s+)?(?:ok|okay|normal|safe|possible|true|worth|bad"
    r"|common|wise|smart|fine|dangerous|better|alright|allowed|hard|easy|risky)\s+(?:to|that|if)\b",
    re.IGNORECASE,
)
# "whats this i read about car t causing cancer": a "this" that stands for what the patient
# goes on to name, not for the subject.
_TOLD_OF = LazyPattern(
    r"\b(?:this|that)\s+(?:thing\s+)?(?:i|we|you|he|she|they|my\s+\w+)\s+(?:just\s+)?"
    r"(?:read|heard|saw|seen|was\s+told)\b",
    re.IGNORECASE,
)
# "she wants kids someday, does car t mess with that", "hes on vyvgart, would he need to stop
# those", "does car t work for ms or is it just for lupus": a clause that names something, then
# a question (after a comma, or "or is ...") whose pronoun points at it, not at the topic.
_TOLD_THEN_ASKED = LazyPattern(
    r"^(.*\w)\W*(?:[,.;:]|\s[–—-]|\s+or(?=\s+(?:is|are|was|would|will|does|do)\s))\s+(.+?)\W*$"
)
# "does that rule me out", "would that count against her", "does it knock him out of the running",
# "would they turn me down": whether something keeps a person out of a trial, in the words
# patients ask it with; the guide's heading says "keep me out of a trial". In a conversation it
# is read in those words, and its pronoun points at the health problem the message has just told
# ("he also had prostate cancer 10 yrs back, does that rule him out"), not at the topic (his
# myositis, whose article would answer).
_WHO = r"(?:me|him|her|them|us|you|someone|somebody|people|anyone)"
_KEEPS_OUT = LazyPattern(
    rf"\b(?:rul(?:e|es|ed|ing)\s+(?:{_WHO}\s+)?out|turns?\s+{_WHO}\s+down|exclud(?:e|es)\s+{_WHO}"
    # "does an old cancer knock me out": asked, not "benadryl knocks her out"
    rf"|(?P<asked>\b(?:would|does|do|did|could|might|will|can)\b[^,.;?!]*?)knocks?\s+{_WHO}\s+out"
    rf"|counts?\s+against(?:\s+{_WHO})?|disqualif\w*(?:\s+{_WHO})?|(?:get|gets|got)\s+{_WHO}\s+kicked\s+out)"
    r"(?:\s+of\s+the\s+running)?\b",
    re.IGNORECASE,
)
# "i see, so is it permanent", "ok that makes sense, does it hurt": a clause that only
# acknowledges the answer names nothing the pronoun could point at.
ACKNOWLEDGING = frozenset(
    """see sense makes cool great good interesting wow understood helpful gotcha perfect
    awesome noted hmm hm ah oh""".split()  # noqa: SIM905
)
# "is that what they call icans?" asks "is that icans?": the words that say it is a name are
# no subject ("call" would read as calling the team).
_NAMING = LazyPattern(
    r"\bwhat\s+(?:they|you|doctors|nurses|people|the\s+doctors)\s+call\b"
    r"|\bwhat(?:'?s|\s+is)\s+called\b",
    re.IGNORECASE,
)
# "the team mentioned licats, whats that", "and the crs thing the doctor mentioned, what is
# that": the pronoun stands for what the message has just named, not for the topic.
_NAMED_THEN_ASKED = LazyPattern(
    r"^(.*\w)\W*[,.;:–—-]\s*what(?:'?s|\s+is|\s+are)\s+(?:that|it|this|those|these)\W*$",
    re.IGNORECASE,
)
# "when could i start my job again after the treatment?", "how much is the treatment?": in a
# guide to one treatment, "the treatment" is CAR-T, not the topic (sushi, myositis's relapse);
# it stands for the topic only when the topic asked of a treatment ("how is crs treated?") or
# is a kind of CAR-T ("what is mrna car-t?").
_THE_TREATMENT = LazyPattern(r"\bthe\s+(?:treatment|therapy)\b", re.IGNORECASE)
_TREATED = LazyPattern(
    r"\b(?:treat|therap|medic|drug|mrna|in\s*vivo|off[\s-]the[\s-]shelf|donor|allogeneic"
    r"|autologous|cd\s*19|bcma|kyv-?101|descartes-?08|obe-cel|rese-cel|azer-cel)",
    re.IGNORECASE,
)
# "do i need someone with me the whole time?": someone to stay with the patient is a
# caregiver, a subject of its own, not what is asked of the topic (ICANS, hair loss).
_SOMEONE_WITH = LazyPattern(
    r"\b(?:someone|somebody|anyone|anybody|a\s+person|an\s+adult)\s+(?:(?:to\s+(?:stay|be|live)\s+)?"
    r"with|to\s+(?:look\s+after|care\s+for|watch(?:\s+over)?))\s+(?:me|him|her|them|us)\b",
    re.IGNORECASE,
)
# "taproom gets packed on fridays, can i be there", "christmas eve service is 400 people jammed in
# the pews", "salon has many customers, ok?": a place told by how full of people it is is a
# crowd, whatever the place (often a word the guide never uses). In a later message it is called
# a crowd and asked as the guide asks it, "should i avoid crowds?", which its section on crowds
# and sick people answers. "How many people got it" counts patients; "5 people" is no crowd.
_PEOPLE_WORDS = r"(?:people|ppl|folks|guests|customers|kids|students|fans|others|strangers)"
# "Packed", "jammed" and "crammed" tell a place only as what it is or gets, or before it ("a
# packed gym"): "ive packed my bag" and "he is jammed up" tell none.
_CROWD = LazyPattern(
    r"\b(?:jam-?packed|crowded|shoulder\s+to\s+shoulder)\b"
    r"|\b(?:gets?|getting|got|is|are|was|were|be|being|its|it's)\s+(?:\w+\s+)?"
    r"(?:packed|jammed|crammed)\b(?!\s+up\b)"
    r"|\b(?:packed|jammed|crammed)\s+(?:with|full|in)\b"
    r"|\b(?:a|an|the|in|into|at)\s+(?:\w+\s+)?(?:packed|jammed|crammed)\s+"
    r"(?!(?:up|my|his|her|our|their|your|a|the|it)\b)\w"
    rf"|\b(?:tons|lots|loads|hundreds|thousands|crowds)\s+(?:of\s+)?{_PEOPLE_WORDS}\b"
    rf"|(?<!how\s)\b(?:too\s+)?many\s+{_PEOPLE_WORDS}\b"
    rf"|\b[1-9][0-9][0-9,]*\+?\s+{_PEOPLE_WORDS}\b",
    re.IGNORECASE,
)
# "how soon could i be back behind the chair", "how long till im back in the barn", "back on the
# tractor by may?": when one can be back at one's place of work or play asks when people go back
# to work and their activities after CAR-T. In a later message it is asked as the guide asks it
# too, "when can i go back to work?": the place is often one no article names.
# Back on one's feet, in the car or in the hospital is no place of work or play: driving and
# readmission have sections of their own; back in one's own house or at a daughter's is home.
_BACK_AT = LazyPattern(
    r"\bback\s+(?:on|onto|in|into|at|behind|out\s+on|out\s+in)\s+(?:the|my|our)\s+"
    r"(?!(?:feet|car|truck|hospital|ward|clinic|bed|icu|er|normal|own|house|home|apartment|place"
    r"|\w+s\s+(?:house|home|place|apartment))\b)\w",
    re.IGNORECASE,
)
_WHEN_ASKED = LazyPattern(
    r"\b(?:when|how\s+soon|soonest|how\s+long|how\s+many\s+(?:weeks|months)|realistic\w*|by\s+"
    r"(?:jan\w*|feb\w*|march|april|may|june|july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*|spring"
    r"|summer|fall|autumn|winter|christmas|easter|thanksgiving|next\s+\w+))\b",
    re.IGNORECASE,
)
# "plow season starts in november, back by then?", "could i be back before lambing": being back
# by a time, told with no place, asks when one can go back to work as being back at a place does.
# "Back" opens the clause or follows the one who is back ("i", "we", "he"): "will my hair be back
# by then" asks of the hair. Back by a holiday or a family's day ("back before christmas", "by
# her wedding") is home for it, not work, unless work is said ("back to work by christmas").
_FAMILY_DAYS = (
    r"(?:(?:the\s+)?(?:christmas|xmas|thanksgiving|easter|hanukkah|passover|ramadan|eid|diwali"
    r"|halloween|new\s+years?|holidays?)|(?:the|my|our|his|her|their)\s+(?:\w+s?\s+)?"
    r"(?:birthday|wedding|graduation|anniversary|reunion|holidays?|baby|due\s+date|vacation))\b"
)
_BACK_BY = LazyPattern(
    r"(?:^|[,.;:!?]\s*|\b(?:i|we|he|she|you)\s+(?:be|get|go)\s+|\b(?:im|i'm|ill|i'll|we'll)\s+)"
    r"(?:be\s+)?back\s+(?:(?:to\s+(?:it|work)\s+|at\s+it\s+)(?:by|before|in\s+time\s+for)\b"
    rf"|(?:by|before|in\s+time\s+for)\b(?!\s+{_FAMILY_DAYS}))",
    re.IGNORECASE,
)
# "season starts in june, how long before i could be hauling traps again", "fishing again by
# june?", "when will i be back to running crews": doing one's work or pastime again, asked when,
# asks when one can go back to work, as being back at one's place does. What the body does
# again (eating, sleeping, walking, breathing), daily life the guide answers elsewhere (driving,
# travel, seeing people, gardening, working out) and a verb that names no doing ("doing",
# "getting") are no work: "when will i be eating normally again" asks of recovery.
_DAILY_DOINGS = (
    r"(?:(?:eat|drink|sleep|walk|feel|breath|see|hear|talk|speak|think|read|writ|remember|tast|smell"
    r"|swallow|pee|poop|sweat|cough|vomit|throw|shak|bleed|grow|los|gain|exercis|driv|travell?"
    r"|fly|tak|hav|gett|go|do|us|liv|mov|stand|shower|bath|kiss|hugg|dat|try|look|visit|wear|shav"
    r"|breastfeed|garden)ing|working\s+out)"
)
_DOING_AGAIN = LazyPattern(
    rf"\bbe\s+(?:back\s+to\s+(?!{_DAILY_DOINGS}\b)\w+ing|(?!{_DAILY_DOINGS}\b)\w+ing\s+(?:\w+\s+){{0,2}}"
    rf"again)\b|^\W*(?!{_DAILY_DOINGS}\b)\w+ing\s+again\b",
    re.IGNORECASE,
)
# "could my boss give me lighter duty", "could they put me on shop work", "could i work the ticket
# booth instead", "could i come back 2 days a week": other, lighter or fewer duties asked of an
# employer are the changes at work the guide's section on returning to work answers (ADA
# accommodations), whatever the job. Put on a list or a medicine, kept in the hospital, given
# fewer steroids or a lower dose is care, not duties.
_CARE = (
    r"(?:(?:the|a|an|my|her|his)\s+)?(?:\w+\s+)?(?:list|waiting|hospital|ward|icu|room|bed|meds?"
    r"|medicines?|medications?|steroids?|drugs?|pills?|tablets?|doses?|dosage|chemo\w*|infusions?"
    r"|transfusions?|treatments?|antibiotics?|shots?|injections?|ivig|it|trial|one|ones)\b"
)
_DUTIES_ASKED = (
    rf"\s+(?:(?:move|put|keep|switch)\s+me\s+(?:on|to|at|onto)\s+(?!{_CARE})"
    r"|give\s+me\s+(?:light\w*|less|fewer|other|different|easier|shorter|a\s+different)\b"
    rf"(?!\s+{_CARE})|let\s+me\s+(?:work|come\s+back|sit)\b|make\s+(?:it|things|work)\s+easier\b)"
)
_OTHER_DUTIES = LazyPattern(
    r"\b(?:could|can|would|will)\s+(?:my\s+(?:boss|employer|manager|job|work|company)|the\s+(?:shop"
    rf"|boss|company|office|plant|store|school|employer)){_DUTIES_ASKED}"
    r"|\blight(?:er)?\s+duty\b|\bwork\s+(?:the\s+)?(?:\w+\s+){0,3}instead\b"
    r"|\b(?:come\s+back|go\s+back|work)\s+(?:(?:only|just)\s+)?(?:two|three|four|[1-4])\s+days\s+a\s+week\b"
    # Coming back twice a week for blood tests is the clinic's, not a job's.
    r"(?!\s+(?:for|to\s+the)\b)",
    re.IGNORECASE,
)
# "They" is the employer only where work is told, in the message or the conversation's topic
# ("could they put me on shop work", "could they put me on a walking route instead of the
# truck"): after CRS, "could they give me something different" asks the care team.
_THEY_CHANGE = LazyPattern(rf"\b(?:could|can|would|will)\s+they{_DUTIES_ASKED}", re.IGNORECASE)
_WORK_TOLD = LazyPattern(
    r"\b(?:work\w*|jobs?|boss|employer|manager|shifts?|duty|duties|office|co-?workers?|income|career"
    r"|business|instead)\b",
    re.IGNORECASE,
)
WORK_ARTICLE = "back-to-work-or-school"
# "can she go home to tulsa after", "what about flying home", "weeks away from gallup?", "how far
# from the hospital can i be": going home, or time or distance away from it, asks how long one
# must stay near the treatment center. "After we go home" and "till she comes home" only say
# when (the signs, the hospital stay), "can i go home sooner?", going home to no place or event
# told, asks of the hospital stay, and driving home is driving's; away from people (him, the
# kids) or from work is no stay, nor away from one's own people or animals ("how much time away
# from my grandkids" asks of being around them), unless it is their home.
_COMPANY = (
    r"(?:people|ppl|folks|family|families|kids|children|grandkids|grandchildren|friends|wife|husband"
    r"|partner|son|daughter|baby|babies|pets?|dogs?|cats?|horses?|animals?|birds?|cattle|livestock)"
)
_GOING_HOME = LazyPattern(
    r"(?<!\bafter\s)(?<!\bonce\s)(?<!\btill\s)(?<!\buntil\s)(?<!\bbefore\s)(?<!\bwhen\s)"
    r"\b(?:i|we|she|he|they)\s+(?:(?:go|get|come)\s+(?:(?:straight|right|back)\s+home|home\s+(?:to|for|between"
    r"|after|during|in\s+between)\b)|(?:fly|head|leave\s+for)\s+(?:back\s+)?home\b)"
    r"|\b(?:flying|heading)\s+(?:back\s+)?home\b"
    r"|\bhow\s+far\s+(?:away\s+)?(?:from\s+the\s+(?:hospital|center|centre|clinic)|can\s+(?:i|we|she|he)"
    r"\s+(?:be|go(?!\s+on\b)|travel|stay|live)\b)"
    r"|\b(?:days|weeks|months|long|time)\s+away\s+from\s+(?:home\b|(?:my|our|his|her|their)\s+(?:own\s+)?"
    r"(?:home|house|place|town|city|state|farm|ranch)\b|(?!(?:him|her|them|us|me|my|our|his|their|your"
    rf"|the|a|an|{_COMPANY}|crowds?|others|everyone|anyone|work|school)\b)\w)",
    re.IGNORECASE,
)
# "is pushing a lawnmower ok at 6 weeks", "wading the bogs in mud, ok after?", "mucking stalls",
# "y cortar grama?": work in soil, mud, plants or manure, told in the writer's own words (often
# ones the guide never uses). Soil and plants carry germs, which the guide's section on
# gardening and yard work answers: a later message is asked it in the guide's words too, "can i
# garden or do yard work?", unless it says garden or yard already. Grass and lawns are work only
# cut or mown ("the kids play on the grass" is no yard work); "digging into the research",
# "clear as mud", "a dirt road", "mucking about" and "in the weeds" are none.
_IN_THE_SOIL = LazyPattern(
    r"\b(?:(?<!\bas\s)mud|muddy|bogs?|swamps?|marsh(?:es)?|dirt(?!\s+(?:bikes?|cheap|roads?|poor)\b)|soil"
    r"(?!\s+(?:myself|himself|herself|themselves|the\s+bed)\b)|compost\w*|mulch\w*|manure|muck(?:s|ed|ing)?(?!\s+(?:about|around)\b)|mow|mows|mowing|mowed"
    r"|(?:lawn)?mowers?|lawn\s+(?:care|work|service|business)|weeding|(?<!\bthe\s)weeds"
    r"|(?:cut|cutting|trim|trimming|rake|raking|seed|seeding)\s+(?:the\s+|my\s+|our\s+)?(?:grass|lawns?)"
    r"|gardn\w*|(?:veggie|vegetable|flower)\s+(?:beds?|patch)|rak(?:e|ing)\s+leaves"
    r"|digging(?!\s+(?:into|through|around|deeper)\b)|dig\s+in(?!\s*to\b)"
    r"|(?:cortar|corto|cortando)\s+(?:el\s+|la\s+)?(?:pasto|grama|c[ée]sped))\b",
    re.IGNORECASE,
)
# "when will i feel normal again", "how long till i feel like myself", "when do i get back to
# normal": feeling like oneself again, or the writer back to normal, asked when, asks how long
# recovery takes as a whole, which the guide's recovery timeline answers, whatever the topic (CRS, a
# diet, a pet): read after "how is crs treated" as asked of CRS it is answered from when CRS
# starts. Someone else back to normal after ICANS ("will she go back to normal") asks of ICANS,
# and counts or levels back to normal ask of them: neither is read so.
_FEEL_MYSELF = LazyPattern(
    r"\bfeel(?:s|ing)?\s+(?:(?:back\s+to\s+)?normal|like\s+(?:my|him|her|them|our)sel(?:f|ves)"
    r"|(?:my|his|her)\s+(?:old\s+)?self)\b"
    r"|\b(?:i|we)\s+(?:\w+\s+)?(?:be|get|go|am|are)\s+back\s+to\s+normal\b",
    re.IGNORECASE,
)
# "what can i take for pain instead, then?", "what can she take for a headache": a medicine asked
# for pain, naming none, asks which pain medicine is safe after CAR-T, whatever the topic was
# (tocilizumab, CRS): read as asked of it, it is declined or answered from that topic.
_PAIN_RELIEF = LazyPattern(
    r"\bwhat\s+(?:else\s+)?(?:can|could|should|do|may)\s+(?:i|we|he|she|they|you)\s+(?:take|use"
    r"|give\s+(?:him|her|them))\s+for\s+(?:the\s+|my\s+|his\s+|her\s+|a\s+)?(?:pain|aches?"
    r"|headaches?|sore\s+\w+)\b",
    re.IGNORECASE,
)
# "he's been weepy since the talk, is that normal?", "she cries every night, is that normal?",
# "i'm scared stiff, is that normal": a mood told of the writer or their people, asked whether
# it is normal, asks what the guide's section on anxiety and low mood answers, whatever the
# topic was (CRS, lupus): read as asked of the topic, "that" became the topic. It is read as the
# mood told, then that question, "is that normal" left out. Low or down only of a person
# ("seems down"), not of counts or weight ("he is down to 60 kg").
_LOW = (
    r"(?:(?:feel|seem)\w*|felt|(?:i|he|she|they|we)(?:'?m|'?s|'?re|\s+(?:am|is|are|was|were"
    r"|has\s+been|have\s+been)))\s+(?:so\s+|very\s+|really\s+|pretty\s+|a\s+bit\s+)?"
    r"(?:down|low|flat)(?!\s+(?:to|on|at|in)\b)"
)
_MOOD_ASKED = LazyPattern(
    r"^(?P<told>.*?\b(?:weepy|tearful|teary|cry|cries|crying|sad|sadder|anxious|anxiety|scared"
    r"|frightened|terrified|nervous(?!\s+system)|panick\w*|irritable(?!\s+bowel)|snapp\w*\s+at"
    rf"|moody|grumpy|depressed|withdrawn|on\s+edge|{_LOW})\b[^?]*?)"
    r"\W*\b(?:is|are)\s+(?:that|this|it|these|those)\s+(?:normal|common|usual|typical|expected"
    r"|ok|okay)\b",
    re.IGNORECASE,
)
_JOINING = LazyPattern(r"^(?:\W*(?:and|but|also|what\s+about|how\s+about)\b)+\W*", re.IGNORECASE)
_GARDEN = LazyPattern(r"\b(?:garden\w*|yard)\b", re.IGNORECASE)
AVOIDING_CROWDS = "should i avoid crowds?"
BACK_TO_WORK = "when can i go back to work?"
STAY_NEAR = "how long will we need to stay near the center?"
YARD_WORK = "can i garden or do yard work?"
CHANGES_AT_WORK = "what changes at work can help me return?"
FEEL_MYSELF = "how long until i feel like myself again after car-t?"
PAIN_MEDICINE = "what pain medicine can i use after car-t?"
MOOD_NORMAL = "is it normal to feel anxious or down after car-t?"
# "then what?", "and after that?", "what happens next?": the next stage of what was answered,
# asked as what happens after the answering article's subject ("what happens after
# leukapheresis" finds what happens to the cells), not the last question again.
_NEXT = LazyPattern(
    r"^\W*(?:(?:and|ok(?:ay)?|so|but)\W+)*(?:then\s+what|what\s+then|and\s+then|after\s+that"
    r"|what\s+(?:happens\s+)?(?:next|after\s+that)|what\s+comes\s+next|then)\W*$",
    re.IGNORECASE,
)
# "no i meant the infusion not the collection", "wait sorry i meant crs", "the collection one
# sorry": the patient corrects what the last question was of; the rest replaces it, as "what
# about X" does, and what it is set against ("not the collection", "one") is no part of it.
_CORRECTION = LazyPattern(
    r"^\W*(?:(?:no|nope|oh|oops|wait|sorry|ah|actually)\W+)*i\s+mean[t]?\b\W*", re.IGNORECASE
)
_SORRY = LazyPattern(r"\W+sorry\W*$", re.IGNORECASE)
_SET_AGAINST = LazyPattern(
    r"\W+(?:not|rather\s+than|instead\s+of)\b.*$|\b(?:one|ones)\b", re.IGNORECASE
)
# A last question of more words than this is a story ("my husband is getting car-t for his
# myasthenia and i work full time, what will i have to do"), not a frame to put new words in:
# "what about his job?" after it asks of the job, after CAR-T.
FRAME_WORDS = 11
# A later message of at most this many words that names only words the guide never uses ("kicks
# in when?", "taxi again, when?") is shorthand asked on the topic, not a subject of its own: it is
# read against the topic when alone it finds nothing. A longer one, or one asking what a thing is
# ("whats the weather"), is off topic: read alone, it ends the topic.
SHORTHAND_WORDS = 3
_WORD = LazyPattern(r"car-t|[a-z0-9]+")
_ABOUT = LazyPattern(r"\babout\s+(.*?)[\s?.!]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Section:
    """An article section a reply cited, as the client sends it back."""

    slug: str
    anchor: str = ""


@dataclass(frozen=True)
class Turn:
    role: str  # "user" | "assistant"
    content: str
    # Assistant turns: the sections the reply cited; None when the client did not say.
    sources: tuple[Section, ...] | None = None


@dataclass(frozen=True)
class Topic:
    question: str  # the last question on it, as read ("can car-t help ms")
    subject: str  # its subject words ("car-t help ms")
    sections: tuple[Section, ...] = ()  # what last answered a question on it
    # False when its question found nothing (declined, or help now): the next message is
    # read alone, and leans on it only when it finds nothing alone.
    found: bool = True
    # The last question asked of it, as read ("has car-t for ms helped anyone" after "has it
    # helped anyone?"): "what about myasthenia?" asks that again of another condition.
    asked: str = ""
    # The subject of the last complete question answered from its articles ("left" of "who
    # gets left out?" on why CAR-T is hard to get): "that" and "this" point at what was named
    # last ("could that get better" asks of who is left out), "it" at what the conversation
    # is about ("is it available yet" after "how is the gene delivered?" on in vivo CAR-T asks
    # of in vivo CAR-T, not of the gene). A bare follow-up asks of it when the section that
    # answered names it ("how often?" after "when is ivig given?").
    recent: str = ""
    # The condition an earlier question named when this topic's question names none
    # ("lupus" on "were they able to come off their usual medicines" after "my sister has
    # lupus, how did car t go"): an outcome asked of the topic is asked of it (_OUTCOME).
    condition: str = ""
    # The subject as its question named it, before the words naming nothing its answer is
    # filed under were left out (see naming_words): a complete question read as asked of the
    # topic, only when it finds nothing alone, is read with all of them.
    whole: str = ""

    @property
    def last(self) -> str:
        return self.asked or self.question

    @property
    def slugs(self) -> frozenset[str]:
        return frozenset(s.slug for s in self.sections)


@dataclass(frozen=True)
class Reading:
    query: str  # the text to retrieve with
    topic: Topic | None  # what the conversation is about after this message
    follow_up: bool = False  # read against the earlier topic
    # A complete question may still lean on the topic ("who gets left out?"): how to read it
    # against the topic if it finds nothing alone.
    fallback: str | None = None
    previous: Topic | None = None  # the topic before this message
    # "what about myasthenia?" re-asks the last question of another condition: its own words
    # say only which, so what it asks of a section is what the re-asked question asks.
    swapped: bool = False
    # "is that icans?" after an urgent reply to "she cant write her name": it points back at
    # what a message nothing answered told, so its reading against that (the fallback) is
    # tried first.
    asks_of_told: bool = False


def words(text: str) -> list[str]:
    """Return the lower-case words of a text, the therapy's many spellings as one, "car-t"."""
    text = _CAR_T.sub(" car-t ", text.lower().replace("'", "").replace("’", ""))
    return _WORD.findall(text)


def read(
    message: str, topic: Topic | None, known: Callable[[str], bool] = lambda _: True
) -> Reading:
    """Read one message against the topic so far.

    Args:
        known: whether the knowledge base uses any word of a text. A message that names
            only things it does not ("what's the weather?") is off topic unless it points
            back ("can my sister and I split it?"): it is read alone and ends the topic, so
            the next follow-up does not reach back past it.
    """
    if (said := _NEW_TOPIC.match(message)) and message[said.end() :].strip():
        return read(message[said.end() :], None, known)
    message = " ".join(_NAMING.sub(" ", message).split())
    if topic is not None and (said := _CORRECTION.match(message) or _SORRY.search(message)):
        meant = message[said.end() :] if said.start() == 0 else message[: said.start()]
        if meant := " ".join(_SET_AGAINST.sub(" ", meant).split()):
            # Of the question last asked ("how many days until it kicks in"), not the topic's
            # first ("what is icans").
            message, topic = f"what about {meant}", replace(topic, question=topic.last, asked="")
    named = _NAMED_THEN_ASKED.match(message) if topic is not None else None
    if named and names_something(named.group(1)):
        message = f"what is {named.group(1)}"
    told = _TOLD_THEN_ASKED.match(message) if topic is not None else None
    # Its pronoun points at what the message told first: it is a question of its own.
    asks_of_told = bool(
        told
        and set(_subject_of(told.group(1))) - ACKNOWLEDGING
        and (_points_at_told(told.group(2)) or _asks_if_it_keeps_out(told.group(2)))
    )
    if asks_of_told:
        message = _CONTINUATION.sub("", message, count=1).strip()
    if topic is not None:
        message = _SOMEONE_WITH.sub("a caregiver", message)
        if _BACK_AT.search(message) and _WHEN_ASKED.search(message):
            message = f"{message.rstrip(' ?.!')}, {BACK_TO_WORK}"
        elif asked := _asked_in_the_guides_words(message, topic):
            # Asked in the guide's words, it is that question: "and" or "what about" before it
            # joins nothing to put in place.
            message = f"{_JOINING.sub('', message).rstrip(' ?.!')}, {asked}"
        elif mood := _MOOD_ASKED.search(message):
            message = f"{mood['told'].rstrip(' ,;:-')}, {MOOD_NORMAL}"
        elif asked := asked_as_the_guide(message, topic.last):
            # "infusion length?", "redo it then?": a term asked in shorthand is the guide's
            # question of it, not the topic's.
            message = asked
        if _CROWD.search(message):
            message = f"{_CROWD.sub('crowds', message).rstrip(' ?.!')}, {AVOIDING_CROWDS}"
        message = _KEEPS_OUT.sub(lambda m: f"{m['asked'] or ''}keep me out of a trial", message)
        if not _TREATED.search(topic.last):
            message = _THE_TREATMENT.sub("car-t", message)
    content = _content(message)
    subject = [w for w in content if w not in ASPECT_WORDS]
    # "they" stands for the subject only in a message that names nothing else ("what do they
    # do?"); "why do they have age limits?" is a question of its own about someone else.
    points = topic is not None and not asks_of_told and _points_back(message, people=not subject)
    unknown = bool(subject) and not points and not known(" ".join(content))
    shorthand = (
        topic is not None
        and topic.found
        and len(words(message)) <= SHORTHAND_WORDS
        # "whats the weather" asks what a thing is: a subject of its own the guide lacks.
        and question_intent(message) != Intent.DEFINITION
    )
    if unknown and not shorthand:
        return Reading(message, None)
    alone = Topic(message, " ".join(subject)) if subject else None
    if unknown:
        # "kicks in when?" after lupus: a few words the guide never uses name no subject of
        # their own; they are shorthand asked on the topic, read against it when alone they
        # find nothing, as a question of its own is.
        told = replace(topic, subject=topic.whole) if topic.whole else topic
        return Reading(message, alone, fallback=ask_of(message, told), previous=topic)
    if topic is None:
        return Reading(message, alone)
    if alone and not CONDITIONS.search(message):
        held = CONDITIONS.search(topic.question)
        alone = replace(alone, condition=held.group().lower() if held else topic.condition)
    if not topic.found:
        if not subject and points:  # "what causes that?" after a seizure: asked of it
            return Reading(ask_of(message, topic), topic, follow_up=True, previous=topic)
        # "will he be allowed to drive after?" after an urgent reply
        fallback = ask_of(message, topic)
        return Reading(message, alone, fallback=fallback, previous=topic, asks_of_told=points)
    named = CONDITIONS.search(message)
    # What it asks besides naming a condition.
    others = [w for w in words(CONDITIONS.sub(" ", message)) if w not in FUNCTION_WORDS]
    joined = _JOINED_QUESTION.match(message)
    continues = bool(_CONTINUATION.match(message)) and not joined
    checks = bool(_CHECK.match(message)) and not joined
    if any(w not in ASPECT_WORDS for w in others) and not (continues or points or checks):
        # A complete question of its own; the topic is only a fallback.
        told = replace(topic, subject=topic.whole) if topic.whole else topic
        return Reading(message, alone, fallback=ask_of(message, told), previous=topic)
    group = _GROUP.search(message)
    only_group = group is not None and set(content) <= set(words(group.group()))
    if continues and only_group and not _GROUP.search(topic.last):
        query = f"can {group.group().lower()} get car-t"
        # Without the topic's sections, so its article gets no lean: "can children get car-t
        # for myositis" scores myositis's sections level with the children's.
        asked = Topic(topic.question, topic.subject, asked=query)
        return Reading(query, asked, follow_up=True, previous=topic)
    if _NEXT.match(message):
        if topic.sections:
            first = topic.sections[0]
            named = _subject_of(f"{first.slug} {first.anchor}".replace("-", " "))
            of = " ".join(dict.fromkeys(named))
        else:
            of = topic.subject
        query = f"what happens after {of or topic.subject}"
        topic = Topic(
            topic.question, topic.subject, topic.sections, topic.found, query, whole=topic.whole
        )
        return Reading(query, topic, follow_up=True, previous=topic)
    if named and others and not CONDITIONS.search(topic.question):
        # "has it been used for ms?" after "what is off-the-shelf car-t?": a condition added.
        query = ask_of(message, topic)
        topic = Topic(query, f"{topic.subject} {named.group()}", topic.sections)
    elif named:  # "what about ms?", "and for lupus?", "are there trials for ms?"
        topic = Topic(_swap(topic.last, named.group()), _swap(topic.subject, named.group()))
        query = ask_of(message, topic) if others else topic.question
        topic = Topic(topic.question, topic.subject, asked=query)
        swapped = continues and not others
        return Reading(query, topic, follow_up=True, previous=topic, swapped=swapped)
    elif continues and _MODIFIER.match(message):  # "what about for men?": the same, narrowed
        query = f"{topic.question} {' '.join(content)}"
        topic = replace(topic, question=query)
    elif continues and not points:  # "what about medicare?", "and about costs?"
        query = _in_place_of(topic, content, message)
        if subject:
            topic = Topic(query, " ".join(_subject_of(query)))
        else:
            topic = replace(topic, question=query)
    else:  # "does it hurt?", "how long?", "what are the risks?"
        # A bare one ("how long?") asks of what the answering article is named by.
        asked = topic if subject else Topic(topic.question, asked_subject(topic), topic.sections)
        if topic.recent and (
            _points_with(message) in _DEMONSTRATIVE
            # "how often?" after "when is ivig given?" answered from when IVIG is given
            or (not (subject or _points_with(message)) and _names_all(topic.sections, topic.recent))
        ):
            asked = Topic(topic.question, topic.recent, topic.sections)
        if topic.condition and _asks_an_outcome(message) and not CONDITIONS.search(asked.subject):
            asked = Topic(asked.question, f"{asked.subject} {topic.condition}", asked.sections)
        query = ask_of(message, asked)
        # Built, not dataclasses.replace(): this runs for every follow-up of the history.
        topic = Topic(
            topic.question,
            topic.subject,
            topic.sections,
            topic.found,
            query,
            "",
            topic.condition,
            topic.whole,
        )
    return Reading(query, topic, follow_up=True, previous=topic)


def _asked_in_the_guides_words(message: str, topic: Topic) -> str | None:
    """The guide's question a later message asks of work, home or the land in the writer's own
    words (being back by a time, going home, work in the soil, other duties, one's work done
    again), or of recovery or pain medicine as a whole; None for none."""
    if _BACK_BY.search(message):
        return BACK_TO_WORK
    if _GOING_HOME.search(message):
        return STAY_NEAR
    if _IN_THE_SOIL.search(message) and not _GARDEN.search(message):
        return YARD_WORK
    if _OTHER_DUTIES.search(message) or (_THEY_CHANGE.search(message) and _at_work(message, topic)):
        return CHANGES_AT_WORK
    if _DOING_AGAIN.search(message) and _WHEN_ASKED.search(message):
        return BACK_TO_WORK
    if _FEEL_MYSELF.search(message) and _WHEN_ASKED.search(message):
        return FEEL_MYSELF
    if _PAIN_RELIEF.search(message):
        return PAIN_MEDICINE
    return None


def _at_work(message: str, topic: Topic) -> bool:
    """Whether work is told in a message or its conversation's topic (asked, or answered from
    the article on going back to work)."""
    return WORK_ARTICLE in topic.slugs or any(
        _WORK_TOLD.search(text) for text in (message, topic.question, topic.last)
    )


def current_topic(
    history: list[Turn],
    known: Callable[[str], bool] = lambda _: True,
    names: Callable[[tuple[Section, ...]], frozenset[str]] | None = None,
) -> Topic | None:
    """Replay the history's turns and return what the conversation is about at its end.

    `names`, when given, says which words name the articles an answer's sections are in: a
    topic's subject keeps, once its question is answered, only its words that name what
    answered it (naming_words), so a follow-up is not read with the rest of a long opening.

    The sections an assistant turn cited settle what its question did: a complete question
    answered from the topic's own articles leaned on the topic and keeps it, and a new
    question that found nothing (not covered, or urgent) is left only as a fallback for the
    next message ("will he be allowed to drive after?" after a seizure).
    """
    topic = reading = None
    message = ""
    for turn in history:
        if turn.role == "user":
            message = turn.content
            reading = read(message, topic, known)
            topic = reading.topic
        elif reading is not None and turn.sources is not None:
            cited = {s.slug for s in turn.sources}
            previous = reading.previous
            if previous and reading.fallback and cited & previous.slugs:
                topic = replace(previous, recent=topic.subject) if topic else previous
            elif reading.follow_up and _moves_on(message, topic, turn.sources):
                # "is it like licats" after approval, answered from LICATS:
                # "does it hurt" next asks of LICATS.
                topic = Topic(message, " ".join(_subject_of(message)))
            elif previous and not previous.found and cited and topic is None:
                topic = previous  # "how often?" answered of it
            elif not cited and previous and previous.found and reading.fallback:
                # A question of its own the guide could not answer ("can my brother take some
                # shifts?" while on caregiving) leaves the conversation on its topic.
                topic = previous
            elif not cited and not reading.follow_up:
                topic = replace(topic, found=False) if topic else None
            if topic is not None and cited:
                if names is not None and not topic.sections and topic.found:
                    named = naming_words(topic.subject, names(turn.sources))
                    topic = replace(topic, subject=named, whole=topic.subject)
                if not topic.found:
                    # Its words came from a message nothing answered ("he cant get his words
                    # out and his hands are shaking"): what the guide answered names it now.
                    topic = replace(topic, subject=_named_by(turn.sources[0]) or topic.subject)
                topic = replace(topic, sections=turn.sources, found=True)
    return topic


def _moves_on(message: str, topic: Topic | None, sources: tuple[Section, ...]) -> bool:
    """Whether a follow-up names something new, and the guide answered it from an article of
    that name outside the topic's: the conversation is on that now."""
    if not (topic and topic.sections and sources) or {s.slug for s in sources} & topic.slugs:
        return False
    named = set(words(sources[0].slug.replace("-", " "))) - FUNCTION_WORDS - ASPECT_WORDS
    return bool(named & set(words(message)) - set(topic.subject.split()))


def asked_subject(topic: Topic) -> str:
    """The subject words that name the article that answered the topic, when any do: "can i
    still work?" after "my husband is getting car-t for his lupus, what will i have to do as
    his caregiver" (answered from the caregiver article) asks of the caregiver, not of lupus.
    What the question asked counts when it names the article: "when might it be" after "is
    car-t approved by the fda for lupus yet" (answered from approval status) asks of approval,
    which is no subject word."""
    if not topic.sections:
        return topic.subject
    named = set(lexical_tokens(" ".join(s.slug.replace("-", " ") for s in topic.sections)))
    own = topic.subject.split()
    asked = [w for w in _content(topic.question) if w in ASPECT_WORDS]
    kept = [w for w in asked + own if w != "car-t" and set(lexical_tokens(w)) & named]
    return " ".join(kept + ["car-t"] * ("car-t" in own)) if kept else topic.subject


def _named_by(section: Section) -> str:
    """The subject words of a section's article name ("icans", "cytokine release syndrome"):
    its heading may name something else ("Why can't I drive after CAR-T?" in ICANS)."""
    return " ".join(_subject_of(section.slug.replace("-", " ")))


def asked_of_article(message: str, reading: Reading) -> str | None:
    """A follow-up naming nothing ("who can help?"), asked of the name of the article that
    answered its topic ("mental health car-t"); None for one that names something, or whose
    topic no article answered. The topic's own words may name nothing the guide files it under
    ("my stomach is in knots before my car t next month")."""
    topic = reading.topic
    if not (reading.follow_up and topic and topic.sections) or names_something(message):
        return None
    named = _named_by(topic.sections[0])
    return ask_of(message, Topic(topic.question, named, topic.sections)) if named else None


def read_in_context(
    message: str,
    history: list[Turn],
    known: Callable[[str], bool] = lambda _: True,
    names: Callable[[tuple[Section, ...]], frozenset[str]] | None = None,
) -> Reading:
    """Read a message against the topic its history leaves."""
    return read(message, current_topic(history, known, names), known)


def naming_words(subject: str, named: frozenset[str]) -> str:
    """The subject words that name what answered it: the conditions it names, CAR-T, and the
    words of the answering articles' names, headings and asked_as (`named`, stemmed), in
    order; the whole subject when none but CAR-T is left."""
    conditions = {w for m in CONDITIONS.finditer(subject) for w in words(m.group())}
    own = subject.split()
    kept = [w for w in own if w == "car-t" or w in conditions or set(lexical_tokens(w)) & named]
    return " ".join(kept) if any(w != "car-t" for w in kept) else subject


def _points_back(message: str, people: bool = True) -> bool:
    message = _TOLD_OF.sub(" ", _EXPLETIVE.sub(" ", message))
    return any(
        pattern.search(message) for pattern, _ in _ANAPHORS if people or pattern is not _PEOPLE
    )


def _points_at_told(asked: str) -> bool:
    """Whether a question has a pronoun standing alone ("does car t mess with that"), not
    one put before a thing it names ("what other effects does that chemo have")."""
    asked = _EXPLETIVE.sub(" ", asked)
    return any(
        not (after := words(asked[pronoun.end() :])) or after[0] in FUNCTION_WORDS
        for pronoun in _PRONOUN.finditer(asked)
    )


def _asks_if_it_keeps_out(asked: str) -> bool:
    """Whether a question asks if what its pronoun stands for keeps someone out of a trial
    ("does that rule him out", "would that count against her")."""
    return bool(_KEEPS_OUT.search(asked) and _PRONOUN.search(asked))


def _swap(text: str, condition: str) -> str:
    """Put a condition in place of the ones a text names, or add it."""
    seen = itertools.count()
    swapped = CONDITIONS.sub(lambda _: "" if next(seen) else condition, text)
    return " ".join(swapped.split()) if next(seen) else f"{text} for {condition}"


def _in_place_of(topic: Topic, asked: list[str], message: str) -> str:
    """Ask the topic's last question with new words in place of the like words.

    "what about medicare?" after "does medicaid cover car-t?" -> "does medicare cover car-t";
    "and about follow-up?" after "what should i ask the team about costs?" -> "... ask the
    team about follow-up": what the last question was about is replaced. New words of no
    known kind ("what about live vaccines?") replace the subject words of no known kind; after
    a last question longer than FRAME_WORDS, a story, they are asked alone, after CAR-T ("what
    about his job after car-t"): put in its place they leave its other words to lead.
    """
    head, about, _ = topic.question.rpartition(" about ")
    new = _ABOUT.search(message)
    if about and new:
        return f"{head} about {new.group(1)}"
    for like in LIKE_PARTS:
        named = like.search(message)
        if named and like.search(topic.question):
            rest = [w for w in asked if w not in words(named.group())]
            return " ".join([like.sub(named.group().lower(), topic.question, count=1), *rest])
    if any(w not in ASPECT_WORDS for w in asked) and len(words(topic.question)) > FRAME_WORDS:
        own = message.rstrip(" ?.!")
        return own if "car-t" in words(own) else f"{own} after car-t"
    if any(w not in ASPECT_WORDS for w in asked):
        parts = (
            m.group() for like in (CONDITIONS, *LIKE_PARTS) for m in like.finditer(topic.question)
        )
        kept = {w for part in parts for w in words(part)} | {"car-t"}
        dropped = set(topic.subject.split()) - kept
    else:
        dropped = ASPECT_WORDS
    # In place of the first dropped word: "how long does the collection take".
    kept = [w for w in words(topic.question) if w not in dropped]
    at = next((i for i, w in enumerate(words(topic.question)) if w in dropped), len(kept))
    at -= sum(1 for w in words(topic.question)[:at] if w in dropped)
    return " ".join(kept[:at] + asked + kept[at:])


def names_something(message: str) -> bool:
    """Whether a message names a subject of its own, not only what is asked of one."""
    return bool(_subject_of(message))


def _subject_of(text: str) -> list[str]:
    return [w for w in _content(text) if w not in ASPECT_WORDS]


def _content(text: str) -> list[str]:
    """The words of a text that name something: a condition's name whole ("stiff person
    syndrome", not "stiff syndrome", which no trial search knows)."""
    named = {w for m in CONDITIONS.finditer(text) for w in words(m.group())}
    return [w for w in words(text) if w not in FUNCTION_WORDS or w in named]


def _asks_an_outcome(message: str) -> bool:
    """Whether a message asks what came of the treatment: how well it worked, whether it
    lasts or the disease comes back."""
    return bool(_OUTCOME.search(message)) or question_intent(message) == Intent.RESULTS


def _names_all(sections: tuple[Section, ...], subject: str) -> bool:
    """Whether the first section that answered names every word of a subject in its article's
    slug or its anchor ("ivig" in "low-antibodies-and-ivig#when-is-ivig-given-after-car-t")."""
    if not sections:
        return False
    named = set(lexical_tokens(f"{sections[0].slug} {sections[0].anchor}".replace("-", " ")))
    return all(set(lexical_tokens(w)) & named for w in subject.split())


def _points_with(message: str) -> str:
    """The first word of what the message points back with, as ask_of puts the subject in
    ("that" for "is that bad", "the" for "the side effect"), lower case; "" for none."""
    anaphor = _anaphor(message)
    return anaphor[0].group().split()[0].lower() if anaphor else ""


def _anaphor(message: str) -> tuple[re.Match[str], str] | None:
    """The first way the message points back (_ANAPHORS, "it" not counted when it is
    expletive), with the form the subject is put in there; None for none."""
    for pattern, form in _ANAPHORS:
        if pattern is _PRONOUN and _EXPLETIVE.search(message):
            continue
        if found := pattern.search(message):
            return found, form
    return None


def ask_of(message: str, topic: Topic) -> str:
    """Put the subject where the message points at it, or after it ("what are the risks")."""
    if anaphor := _anaphor(message):
        found, form = anaphor
        put = form.format(found.group(), topic.subject)
        return f"{message[: found.start()]}{put}{message[found.end() :]}"
    return f"{message.rstrip(' ?.!')} of {topic.subject}"
