"""A crisis told by its frame, with no word of dying: the crisis line first; its calm senses.

Written from the warning signs the 988 Lifeline, Samaritans and NHS list (a date or a time
chosen, a means got hold of, affairs put in order, searching for ways, self-harm) and from the
way people in self-harm communities write them, not from messages. Each is read by its frame,
and each has an ordinary sense kept off:

- a day told as *the* day, the clause ending there ("friday is the day.", "once the kids are
  back at school, that's when"), when no event is named for it (an infusion, a party, a
  wedding), or one's last christmas or birthday said as decided;
- a means got hold of with its ordinary use denied ("bought a rope today. not for the
  garden", "we don't even have a bbq"), not one got for someone else;
- self-harm in its shorthand ("sh again", "relapsed with sh", "52 days sh free"), not "sh" as
  hush or a shift;
- exit or suicide forums, or methods, read at night or again and again; a lethal amount
  looked up;
- affairs put in order with nothing left ("no loose ends now", "everything's sorted. i'm ready
  now"), not for a trip, a hospital stay, the insurer or work.

`ORDINARY_USE` keeps a means bought for its use off the means readings (red_flags.py);
`CALM_FRAMES` tells, for the learned layer's gate, words of the crisis side said of a group
left, a trip, a kitchen accident, an early appointment or a date set for an event.
"""

from __future__ import annotations

from .calendar_words import SPANISH_WEEKDAY
from .crisis_otherwise import LEFT_A_GROUP
from .pattern_set import LazyPattern

# Where a clause ends: its end, or a word that only goes on with the same thought.
_ENDS = r"(?= *(?:$|[.!;,:)\-]|now\b|then\b|it's (?:all )?(?:planned|decided|settled)\b))"
# What a day may be set for: with one named, the day is the event's ("the 14th, that's when"
# for an infusion). Not after "after/once/when": "after the last scan is when" is a day after.
_EVENT = (
    r"(?<!after )(?<!after the )(?<!after my )(?<!after the last )(?<!after my last )"
    r"(?<!once )(?<!once the )(?<!once my )(?<!when )(?<!when the )\b(?:party|parties|infusion"
    r"|wedding|chemo|appointment|bloods|blood test|surgery|operation|op|trip|holiday|flight"
    r"|collection|apheresis|leukapheresis|discharge|results?|transplant|cells|car[- ]?t|clinic"
    r"|visit|celebrat\w*|bbq|barbecue|dinner|lunch|concert|match|game|gig|move|moving|exam"
    r"|interview|meeting|start(?:s|ing)?|scan|biopsy|review|check[- ]?up|jab|vaccine|dose"
    r"|reunion|christening|funeral|anniversary|launch|opening|graduation|race|marathon|sale)\b"
)
# Something settled about a day, or no one left after it: "it's all planned", "it's sorted",
# "after that nobody has to worry", "everyone will be out".
_SETTLED = (
    r"[^\n]*\b(?:planned|sorted|decided|chosen|chose|picked|after that|nobody|no one|no-one"
    r"|won't have to|ready|made up my mind|no going back|will be out|be alone|on my own"
    r"|home alone)\b"
)
# Means of ending a life that people buy or keep.
MEANS = (
    r"(?:rope|cord|noose|hose(?:pipe)?|tubing|charcoal|(?:duct |gaffer )?tape|helium|bleach"
    r"|paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|pills|tablets|painkillers|meds"
    r"|medicines?|sleeping (?:pills|tablets)|sleepers|oxy\w*|morphine|opioids?|tramadol|insulin"
    r"|razors?|blades?|(?:a |the )?gun|pistol|rifle|shotgun|pesticide|weedkiller|poison"
    r"|antifreeze)"
)
# A means got for someone else, or "not for" a while: "not for me, for my dad's fever".
_NOT_FOR_SOMEONE = (
    r"(?!(?:me|myself|him|her|us|them|long|now|sure|a while|the first time|the kids|the dog"
    r"|the cat|the baby|my (?:son|daughter|wife|husband|partner|mum|mom|dad|kids?))\b)"
)
# Affairs put in order with nothing left, said twice or beside one's own affairs: "paid
# everything off, cancelled the subscriptions, no loose ends now" ("we tidied the garage,
# nothing left to do now" is a chore).
_TIDIED = (
    r"\b(?:no loose ends|nothing (?:else )?left to (?:do|sort|say|finish)|(?:my|his|her|all my)"
    r" affairs (?:are|is) (?:all )?in order|(?:everything|it all)(?:'s| is) (?:all )?(?:sorted"
    r"|tidy|tidied|in order|settled))\b"
)
_AFFAIRS = (
    r"\b(?:will|letters?|affairs|subscriptions|accounts|passwords|gave away|given away|paid"
    r" (?:everything|it all) off|funeral|goodbyes?)\b"
)
# Finality, or crisis words, beside "me quito de en medio": for good, decided, after
# christmas, no more of it, everyone better off.
_FINALLY_ES = (
    r"[^\n]*\b(?:para siempre|de una vez|definitivamente|ya lo (?:he )?decidid[oa]|lo tengo"
    r" decidido|(?:est[aá]|ya est[aá]) decidido|lo he decidido|ya no (?:aguanto|puedo)|no aguanto"
    r" m[aá]s|no puedo m[aá]s|despu[eé]s de (?:navidad|año nuevo|a[ñn]o nuevo|las fiestas|(?:mi|su)"
    r" cumplea[ñn]os)|(?:todos|estar[aá]n|estar[ií]an) (?:\w+ )?mejor sin|mejor para todos"
    r"|(?:soy|ser) una carga|no quiero (?:vivir|seguir)|morir\w*|matar\w*|pastillas"
    r"|ya eleg\w*|todo (?:est[aá] )?(?:planeado|preparado)|esta noche|(?:fecha|d[ií]a)"
    rf" (?:elegid[oa]|decidid[oa]|escogid[oa])|el {SPANISH_WEEKDAY})\b"
)

# "sh" a place, by what is done there: bloods, a clinic, an appointment.
_NOT_A_PLACE = (
    r"(?![^.!?\n]{0,40}\b(?:bloods?|blood tests?|clinic|appointments?|appt|outpatients?|day unit"
    r"|ward|scan|infusion|check[- ]?up|review|consultant|bruis\w*|blood draw|cannula)\b)"
)

# A means bought with its use told: "bought bleach to clean the house" (review49: "we don't
# even have a dishwasher" said after it is of the chores).
_A_PURPOSE = (
    r"(?!(?: \w+){0,3} (?:to (?:clean|wash|disinfect|scrub|bleach|wipe|do the|tie|fix|water|cook"
    r"|light|grill|kill (?:the )?(?:weeds|germs|bugs|mould|mold|bacteria))|for (?:the )?(?:cleaning"
    r"|house|kitchen|bathroom|toilets?|floors?|laundry|washing))\b)"
)

# Within one sentence: no full stop, question or exclamation mark between.
_CLAUSE = r"[^.!?\n]"

CRISIS_FRAMED: tuple[LazyPattern, ...] = tuple(
    LazyPattern(p)
    for p in (
        # "friday is the day. after that nobody has to worry about me", "that's when. it's all
        # planned": a day as the day, no event named for it, something settled or left after it
        # ("the nurse comes on tuesday, that's the day" names neither).
        rf"^(?![^\n]*{_EVENT})(?={_SETTLED})[^\n]*\b(?:that's|that is|thats|(?:\w+ )?is|will be"
        r"|'ll be)"
        rf" (?:the (?:day|date|night)|when){_ENDS}"
        # "picked the date. the day after my birthday", "he's chosen the day": chosen, no event.
        rf"|^(?![^\n]*{_EVENT})[^\n]*\b(?:picked|chosen|chose|set|fixed|decided on) (?:the|a|my)"
        rf" (?:day|date|night){_ENDS}",
        # "christmas will be my last one. i've made up my mind": one's last occasion, decided.
        r"\b(?:will be|'ll be|is going to be|is) my (?:very )?last (?:one|christmas|birthday"
        r"|new year|summer|easter)\b[^\n]{0,40}\b(?:made up my mind|i've decided|i have decided"
        r"|decided|for sure|no going back)\b",
        # "mi madre dice que después de navidad se quita de en medio": quitarse de en medio,
        # said of another or in any tense.
        # Only with its own finality or beside other crisis words (review49: "yo me quito de en
        # medio para que hablen ellos con el médico" steps out of a talk).
        r"^(?=[^\n]*\b(?:me|se|te) (?:quit[oa]|quitar[ée]|quitar[áa]|(?:voy|va|vas) a quitar)"
        rf" (?:de en medio|del medio)\b)(?={_FINALLY_ES})",
        # "bought a rope today. not for the garden", "kept back a month of my sleeping
        # tablets. not for sleeping", "we don't even have a bbq": its ordinary use denied.
        rf"\b(?:bought|buying|got|picked up|kept|keeping|kept back|saved|saving|collected"
        rf"|ordered|stocked up on|put aside|set aside|stashed|hidden|hid)\b{_CLAUSE}{{0,50}}"
        rf"\b{MEANS}\b{_A_PURPOSE}[^\n]{{0,60}}?"
        rf"(?:\bnot for (?:the |a |an |my |our )?{_NOT_FOR_SOMEONE}\w+"
        # "not for the bbq, for the fish tank filter": the use given after all.
        r"(?![^.!?\n]{0,20}\b(?:but |it's |its )?for (?:the|a|an|my|our|his|her|taking) \w+"
        # "not for a headache, the nurse said it's for fevers" (review49).
        r"|[^.!?\n]{0,40}(?:\b(?:but|it's|its|it is|they're|theyre|they are|just|only|said|says)"
        r"|,) for (?!(?:me|myself|good|ever|the end|ending|when|that)\b)\w+)"
        r"|\b(?:we|i|he|she) (?:don't|doesn't|dont|doesnt|do not|does not) (?:even )?(?:have|own"
        r"|drive|need) (?:a|an|any)\b|\b(?:we|i|he|she) (?:haven't|hasn't) (?:even )?got (?:a|an"
        r"|any)\b)",
        # "keep staring at the oxy my mum left, counted them twice": a store looked at and
        # counted.
        rf"\b(?:star(?:e|es|ed|ing)|look(?:s|ed|ing)?) at (?:\w+ ){{0,3}}{MEANS}\b{_CLAUSE}{{0,40}}"
        r"\bcount(?:ed|ing)? (?:them|it) (?:again|twice|three times|over and over)\b",
        # "sh again tonight", "relapsed with sh", "sh on her thighs again", "52 days sh free":
        # self-harm in its shorthand, not a hush or a shift.
        r"\b(?:relaps\w*|slipped|urges?|went back to|back to|broke|clean from|free from|free of)"
        r" (?:on |with |into |to |for )?(?:sh|self[- ]?harm\w*)\b(?! *[,!])"
        # Not "sh" a clinic or a ward: "back to sh for bloods tomorrow" (review49).
        rf"(?<!self harm)(?<!self-harm)(?<!selfharm)(?! (?:for|at|by)\b){_NOT_A_PLACE}"
        r"|(?:^|[.!?;] *)sh again\b(?! *!)(?![^\n]*\b(?:baby|quiet|shush|woke)\b)"
        r"|\bsh (?:again|relapse|free|clean|urges?|scars?|marks|cuts) *(?:tonight|today|last"
        r" night|this (?:morning|week)|after|\d)"
        r"|\bsh on (?:my|his|her|their) (?:arms?|legs?|thighs?|wrists?|stomach|hips?|skin)\b"
        # Not a bruise from a needle: "sh on my arm from the blood draw is bruising" (review49).
        r"(?![^.!?\n]{0,40}\b(?:blood draw|bloods?|cannula|needle|drip|picc|line|injection|jab"
        r"|bruis\w*|tourniquet)\b)"
        r"|\b\d+ (?:days?|weeks?|months?) (?:sh|self[- ]?harm) (?:free|clean)\b[^\n]{0,40}\b(?:back"
        r" to (?:zero|day one|day 1)|broke|lost|relapsed|ruined)\b",
        # "up all night reading the exit forums again", "been reading about methods every
        # night": ways read at night or again and again, not the methods that make the cells.
        # Not a line's exit site or a survey's exit page (review49): "exit" needs a forum, a
        # board or a group; "suicide sites" keeps its sites.
        r"\b(?:exit|suicide|ctb|sanctioned suicide|pro[- ]?ana) (?:forums?|boards?|groups?"
        r"|threads?)\b|\b(?:suicide|ctb|sanctioned suicide|pro[- ]?ana) (?:sites?|pages?)\b"
        r"|\b(?:reading|read|researching|looking up|looked up|googl\w*|searching)(?: about)?"
        r" (?:methods|ways to go|ways out|how to end)\b(?! (?:of|for|to|they|that|used|the)\b)"
        r"[^\n]{0,30}\b(?:night|nights|3am|2am|4am|again|all the time|every day|for hours)\b",
        # "i won't wake up at all if i take the lot tonight": not waking, by a means taken.
        r"\b(?:won't|wouldn't|will not|would not|never) wake(?: up)?\b[^.!?\n]{0,20}\bif (?:i|he"
        r"|she) (?:take|took|swallow\w*|had|have) (?:the lot|them all|all of (?:them|it)"
        rf"|everything|all (?:my|his|her|the) \w+|(?:\w+ ){{0,2}}{MEANS})\b",
        # "spent the night looking up how many of my tablets it would take": a lethal amount.
        rf"\bhow (?:many|much)\b{_CLAUSE}{{0,30}}\b{MEANS}\b{_CLAUSE}{{0,20}}\b(?:it would|would"
        r" it|it'd|it will|will it|i'd need|i would need) (?:take|need)\b"
        # The clause ends there or goes on to dying, never to another aim (review49: "to break
        # his fever", "to bring a 39.5 fever down", "to get through the weekend").
        # ("i looked up how much morphine it would take and i've got that much" goes on to
        # another thought, not another aim).
        r"(?! (?:for (?:it|that) )?to (?!(?:die|kill (?:me|myself|him|herself|himself|a person"
        r"|someone)|end (?:it|it all|my life|things|his life|her life)|not wake|never wake|be"
        r" fatal|be lethal|overdose|od|stop (?:my|his|her|your) heart|go to sleep (?:for good"
        r"|forever|and not wake))\b)| (?:for|before|until|till|each|a day|per)\b)",
        # "all my affairs are in order now. nothing left to do", "paid everything off ... no
        # loose ends now", "sorted the will. i'm ready now": tidied with nothing left.
        r"^(?![^\n]*\b(?:trip|holiday|travel\w*|flights?|fly|move|moving|hospital|admission|stay"
        r"|treatment|infusion|cells|car[- ]?t|transplant|work|job|boss|office|insurer|insurance"
        r"|claim|benefits|paperwork|forms?|tax|wedding|party|christmas|while i'm|while im"
        r"|when i'm back|in case|before i go in)\b|[^\n]*\?)"
        rf"(?=[^\n]*{_TIDIED}[^\n]*{_TIDIED}|[^\n]*{_AFFAIRS})[^\n]*(?:{_TIDIED}"
        r"|\b(?:will|letters?|affairs|everything|the dog|the cat"
        rf"|my things){_CLAUSE}{{0,40}}[.,;] *(?:i'm|im|i am|he's|she's) ready){_ENDS}",
    )
)

# A means got for its use: "bought a rope for the tent", "a length of hose for the car wash".
_FOR_A_USE = (
    r" (?:\w+ ){0,3}(?:for|to) (?:the |a |an |my |our |his |her )?(?:\w+ )?(?:tent|camping"
    r"|garden\w*|allotment|greenhouse|car wash|washing the car|wash the car|clean the car"
    r"|pond|plants|lawn|bbq|barbecue|boat|climbing|gym|swing|hammock|washing line|clothes line"
    r"|dog|horse|removals|move|caravan|trailer|towing|tow|school project|washing|hospital stay"
    r"|hospital|stay|admission|trip|treatment|transplant|infusion|car[- ]?t)\b"
)
ORDINARY_USE = rf"(?!{_FOR_A_USE})"

# Words of the crisis side said of an ordinary thing, for the learned layer's crisis gate:
# "logging off for good from the facebook group", "i won't be here next week because of a
# trip", "cut my finger again chopping onions, deeper", "i won't wake up for the 6am bloods",
# "picked the date for my party".
CALM_FRAMES = LazyPattern(
    r"\b(?:signing|logging|checking|clocking) (?:off|out)(?: \w+){0,2} (?:for good|forever"
    rf"|for ever|permanently) {LEFT_A_GROUP}(?: \w+)?"
    r"|\b(?:won't|will not|wont|not going to) be (?:here|around)(?: \w+){0,3}"
    r" (?:because of|for|due to|on) (?:a|the|my|our) (?:\w+ )?(?:trip|holiday|vacation|wedding"
    r"|visit|conference|cruise|break)\b"
    # A kitchen cut still bleeding keeps the layer's call: its help may be the only help.
    r"|^(?![^\n]*\b(?:still|won't stop|wont stop|keeps?|running|dripping|bleeding|soaking|pressure"
    r"|towel|platelets|blood)\b)[^\n]*\b(?:cut|nicked|sliced|burn(?:ed|t)) (?:my|his|her)"
    r" (?:\w+ )?(?:finger|thumb|hand)(?: \w+){0,2}"
    r" (?:chopping|cooking|shaving|peeling|slicing|on the)\b[^.!?\n]{0,40}"
    r"|\b(?:won't|wont|will not|not) wake(?: up)? (?:in time )?for (?:the|my|his|her) (?:\w+ )?"
    r"(?:bloods|blood test|appointment|scan|clinic|infusion|bus|train|flight|alarm)\b"
    r"|\b(?:picked|chosen|set|fixed|booked) (?:the|a) (?:date|day) for (?:my|the|our|his|her)"
    r" (?:\w+ )?(?:party|infusion|wedding|trip|holiday|bbq|dinner|celebration)\b"
    rf"|\b(?:bought|got|buying|getting) (?:a |an |some |the )?(?:\w+ (?:of )?)?{MEANS}{_FOR_A_USE}"
    # "the last one of the box set", "her exit from the trial": the end of a thing.
    r"|\bthe last (?:one|episode|part) of (?:the|my|a|this) (?:box set|series|season|show|book"
    r"|film|course)\b|\bexit\w* (?:from )?(?:the|a|my|his|her) (?:trial|study|programme|program)\b"
)
