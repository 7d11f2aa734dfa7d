"""A red flag told now gets the urgent reply however it is told (round 47, urgent48): a reading
on the line asked about ("100.4 on the dot, car t last week. counts?"), a sign asked whether it
can wait till morning, breathing "only a little harder", black stool told bluntly, red pinprick
spots, and the commonest red flags named in Portuguese, French, Polish, German or Tagalog.

The probes were written before the code, both ways: emergencies in these shapes, in the first
and third person; and messages with the same words that need no help now (the line asked in
general, a reading under it, a mild thing waited out, a past or someone else's sign, a foreign
word in an ordinary question). Fresh set 43's misses were read by class only.
"""

import pytest
from layer_calls import with_the_layers_calls

from bot.normalize import normalize
from bot.red_flags import SIGNS
from bot.triage import CRISIS, ORDINARY, URGENT, triage, with_learned

ON_THE_LINE = [
    "temp 38.0 exactly, had my cells 6 days ago. does that count?",
    "100.4 F on the thermometer just now, car t was last tuesday. is that a fever?",
    "38.0 this evening, day 8 post car-t. is that enough to ring?",
    "my husband is 100.4 right now, 9 days after his car t, do we call?",
    "it says 38,0 - day 5 after the infusion. counts as a fever?",
    "thermometer reads 100.4 on the nose, cells 10 days ago. worth calling?",
    "she's 38 flat tonight, day 6 after car t. is that a call?",
    "38.0 on the dot. cells 5 days ago. counts?",
    "100.4 exactly, car t on monday. call?",
    "38 point 0 flat, t cells on thursday. call?",
]
WAIT_IT_OUT = [
    "my chest feels tight since lunch, day 6 after car t. can it wait till the morning?",
    "bit breathless tonight, 5 days post car-t. ok to sleep on it and call tomorrow?",
    "can i just go to bed and see if the shortness of breath settles by morning? cells last week",
    "he's confused this evening, keeps asking what day it is, 8 days post car t. can we wait"
    " until the clinic opens tomorrow?",
    "38.6 and shivery, should i wait till morning to call the team?",
    "chest pain on and off since this afternoon, car-t 4 days ago. is it ok to wait and see"
    " overnight?",
    "can I just lie down and see if this breathlessness goes overnight? had car t on monday",
]
SMALL_BREATH = [
    "breathing's just a little harder than yesterday, since this morning. day 9 after cart",
    "only slightly more out of breath walking to the loo today, had car t 6 days ago",
    "a tiny bit short of breath since I woke up, probably nothing. day 7 post car-t",
    "breathing a little harder today, car t 6 days ago",
]
BLACK_STOOL = [
    "pooed black tar this morning, 12 days after my cells",
    "my poo is jet black and sticky today, car t two weeks ago",
    "black tarry poo twice today",
    "passed black sticky stools since last night",
]
RED_SPOTS = [
    "tiny red dots all over my shins and i'm wiped out, 3 weeks after car t",
    "little red pinprick spots on her legs today and she's exhausted, day 14",
    "noticed loads of pinpoint red spots on my arms this morning, so tired. had car-t last month",
    "red pinpricks on both legs since this morning",
]
OTHER_TONGUES = [
    "mama ma gorączkę 39 i dreszcze, car t 7 dni temu",
    "meu pai está com febre de 39 e calafrios, fez car-t há 8 dias",
    "mon mari a de la fièvre à 39 et des frissons, car t il y a une semaine",
    "mein Zahnfleisch blutet seit heute morgen, car t vor 10 Tagen",
    "she has lagnat and nanginginig since last night, day 6 after car t",
    "my mum nie może oddychać since this morning, day 5 after car t",
    "il est confus depuis ce matin, il ne sait pas où il est, car-t day 8",
    "er hatte gerade einen Krampfanfall, car t last week",
    "hindi makahinga si tatay since this morning, day 7 post car t",
    "falta de ar desde hoje de manhã, fez car-t há 6 dias",
    "rote Punkte an den Beinen und sehr müde, car t vor 2 Wochen",
    "my dad has Fieber 39 and Schüttelfrost, car t 8 days ago",
    "krwawienie z nosa nie ustaje, car t day 9",
    "tiene fiebre de 38.5 y escalofríos, car t hace 7 días",
]
# The foreign words beside a question, a denial of something else, a past sign or a word of
# the other language's "not" ("nie wiem", "pas bien"): read now, as in English.
OTHER_TONGUES_BESIDE_OTHER_WORDS = [
    "is gorączka 39 bad? mama has it now, day 6",
    "what does febre mean? the doctor says my dad has febre 39 now, car t day 7",
    "Fieber 39 seit gestern, is that normal after car t?",
    "was ist Atemnot? mein Vater hat Atemnot, car t vor 5 Tagen",
    "mama ma gorączkę od wczoraj, czy to normalne? car t 8 dni temu",
    "his fièvre was 39 yesterday and still 39 today, normal?",
    "dumudugo ang ilong niya since 1 hour, car t day 9",
    "can i wait till morning? mama nie może oddychać, day 5 car t",
    "the doctor said no fever last week but now he has Fieber 39 and Schüttelfrost",
    "no cough, but she has fièvre 39.2 and frissons tonight, day 8",
    "what is petechiae? she has rote Punkte all over her legs since lunch, day 12",
    "my dog had a fever last year but now my husband has febre 39, car t 6 days ago",
    "the film was boring, anyway mama ma gorączkę 39 teraz, day 7 after car t",
    "er kann seit heute morgen nicht richtig atmen, car t vor 6 Tagen",
    "il ne peut pas bien respirer depuis ce matin, car t day 7",
    "mama nie może dobrze oddychać od rana, day 6 after car t",
    "nie wiem co robić ma gorączkę 39",
    "nicht gut, Fieber 39 und Schüttelfrost, day 8",
    "pas bien du tout, fièvre 39 depuis hier soir",
    "sem forças, febre 39 e calafrios, car t há 7 dias",
    "keine Ahnung was los ist, er ist total verwirrt seit heute, car t day 9",
]
# Review48's probes and this fix's own (round 47, fixurgent48): "confuso/confusa" of a person
# in a state, a sign waited out with "see if it settles", Tagalog "may lagnat" (has a fever).
REVIEW48_URGENT = [
    "may lagnat si tatay 39, day 6 after car t",
    "wala pa siyang kain, may lagnat 39 and chills, day 8 after car t",
    "mi papá está confuso desde esta mañana, no sabe dónde está, car t day 7",
    "mi mamá anda muy confusa hoy, día 8 después del car t",
    "meu pai está confuso desde ontem, fez car-t há 6 dias",
    "his breathing is harder tonight, can we see if it settles by morning? car t day 6",
    "my poo is black and sticky today, car t two weeks ago",
    "the doctor asked what Fieber means, anyway my dad has Fieber 39 now, car t day 7",
]
URGENT_BY_THE_RULES = (
    ON_THE_LINE
    + WAIT_IT_OUT
    + SMALL_BREATH
    + BLACK_STOOL
    + RED_SPOTS
    + OTHER_TONGUES
    + OTHER_TONGUES_BESIDE_OTHER_WORDS
    + REVIEW48_URGENT
)


@pytest.mark.parametrize("message", URGENT_BY_THE_RULES)
def test_a_red_flag_told_now_gets_the_urgent_reply_however_it_is_told(message):
    rules = triage(message)
    assert rules.kind == URGENT
    # What the user sees, whatever the learned layer says.
    assert with_learned(rules, urgent=False, crisis=False).kind == URGENT


CALM = [
    # The line asked in general, or a reading under it.
    "is 100.4 the cut-off for calling after car t?",
    "does 38.0 count as a fever or does it have to be over?",
    "is 38.0 exactly a fever after car-t, or only above it?",
    "temp 37.8 this evening, day 8 after car t. does that count?",
    "99.9 F just now, cells 6 days ago. is that a fever?",
    "37.6 tonight, day 5. worth calling?",
    "my neighbour's little boy is 38.0 with a cold, does that count as a fever for him?",
    "does 100.4 under the arm count the same as in the mouth?",
    "is 38.0 exactly the cut-off? car t last week",
    "100.4 exactly, that's the cut-off right?",
    "38.0 on the dot - is that what they mean by a fever? car t is next week",
    "37.9 flat tonight, day 6. counts?",
    "99.9 flat, car t last week. call?",
    # A mild or past thing waited out, or waiting with no sign.
    "mild headache tonight, 2 months after car t. ok to sleep on it?",
    "bit tired this evening, 3 months out. can i wait till my clinic appointment next week to"
    " mention it?",
    "slight runny nose, 6 weeks post car-t, ok to wait till morning and ring the GP?",
    "can i wait till morning to ask about my parking permit?",
    "is it ok to wait until monday to book my follow-up bloods?",
    "if my chest ever feels tight, is it ok to wait till morning or should I call straight away?",
    "my chest was tight last week with a cold but that cleared, can it wait till my appointment?",
    "can i lie down and rest after the infusion or should i walk about?",
    "is it ok to wait till next week to book my flu jab? no fever or anything, 3 months out",
    "my chest infection cleared last month, can it wait until my routine review to mention it?",
    "can i go to bed and see if my sore knee settles? 2 years after car t",
    "can i wait and see if i get a fever before calling?",
    "can i sleep on my side after the line comes out?",
    "is it ok to rest in bed all day on day 3 or should i walk?",
    # Breath, stool and spots with no sign now.
    "breathing is a little easier today than yesterday, day 10",
    "is it normal to get a little out of breath on the stairs 6 months after car t?",
    "my breath smells a little since the chemo, any tips?",
    "breathing was a little harder last week with a cold, fine now. can i fly?",
    "what if my breathing gets a little harder after car t, should i call?",
    "what does black tarry stool mean after car t?",
    "they're laying black tar on our road, will the fumes bother me after car t?",
    "we had a black tar driveway put in, is the smell ok for me after car t?",
    "does black poo always mean bleeding?",
    "what are petechiae and why do low platelets cause them?",
    "had tiny red dots from a new washing powder last year, gone now. can i use it again?",
    "what do little red dots on the skin mean after car t?",
    "what do red pinprick spots mean after car t?",
    "had little red spots on my legs in july when my platelets were low, they went once the"
    " platelets recovered",
    "cant pinpoint when the tiredness started, 3 months post car t",
    # A word of another language in an ordinary message.
    "what does 'febre' mean on the Portuguese leaflet the clinic gave me?",
    "my mother only speaks Tagalog, is there a leaflet about lagnat after car t in Tagalog?",
    "quanto custa o car-t nos Estados Unidos?",
    "mon fils veut savoir combien coûte le car-t",
    "je suis un peu fatigué mais ça va, juste une question sur le parking",
    "our dog is called Fieber, can she stay in the house after my car t?",
    "ile kosztuje car t w Polsce?",
    "wie lange dauert die Behandlung mit car t?",
    "my Polish neighbour had gorączka last week, can she visit me now she's well?",
    "wie viel kostet car t in Deutschland?",
    "my mum in Manila had lagnat last month, she's better now. can she fly here to help me?",
    "quelle est la durée du séjour à l'hôpital après car t?",
    "ile trwa pobyt w szpitalu po car t?",
    "mi mamá se rasca los brazos hasta sangrar, ¿es por la piel seca?",
    # Denied, past or someone else's in the other language; its words in English senses.
    "nie ma gorączki, just tired, day 20",
    "keine Fieber mehr seit gestern, can i go home?",
    "sem febre hoje, só cansado, day 15",
    "pas de fièvre depuis 3 jours, quand est-ce que je peux rentrer?",
    "walang lagnat since sunday, can we go home?",
    'the Tagalog nurse said "walang lagnat" - no fever - so we went home',
    "she was verwirrt on day 5 but the team treated it and she's clear now, day 20",
    "my son had Fieber at school last week, he's fine now. can he hug me?",
    "my mum had gorączka last winter with the flu, is the flu jab ok after car t?",
    "I got frissons at the concert, music is my therapy after car t",
    "the kids had frissons watching the horror film, anyway when can i go to the cinema?",
    "how do you say shortness of breath in Polish, is it duszność?",
    "my dad used to say 'blutet' when we scraped our knees, silly memory",
    "the wine tasting had a red called Sangrando, is alcohol ok after car t?",
    "czy mogę jeść sushi po car t?",
    "kann ich nach car t Auto fahren?",
    # Review48's probes (round 47, fixurgent48): "confuso/confusa" of a thing or about something,
    # "see if/whether" of a sign not yet had, "poor", a foreign word asked about or in a title.
    "the leaflet is so confuso, what does CRS mean?",
    "estoy confusa con las fechas de las citas, cuando es la siguiente?",
    "my husband is confuso about the parking, where do we go for clinic?",
    "la explicación del médico fue muy confusa, qué es el CRS?",
    "estoy un poco confuso sobre cuándo puedo manejar otra vez",
    "I'll see if i get a fever after the flu jab, is that normal?",
    "we'll see whether she gets a fever after the second vaccine dose, anything to watch?",
    "see if he runs a fever tonight, the nurse said. what number do i call at?",
    "poor dad stepped in black tar on the road, how do i get it off his shoes?",
    "we watched la fièvre du samedi soir last night, fun",
    "I saw Fieber in the German leaflet, what does it mean?",
]


@pytest.mark.parametrize("message", CALM)
def test_the_same_words_with_no_red_flag_now_get_no_urgent_reply_from_the_rules(message):
    assert triage(message).kind == ORDINARY


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("ma gorączkę 39", "fever"),
        ("ma goraczke", "fever"),
        ("a de la fievre", "fever"),
        ("está com febre", "fever"),
        ("hat fieber", "fever"),
        ("may lagnat", "fever"),
        ("dreszcze", "shaking chills"),
        ("calafrios", "shaking chills"),
        ("des frissons", "shaking chills"),
        ("schüttelfrost", "shaking chills"),
        ("zahnfleisch blutet", "bleeding"),
        ("le nez saigne", "bleeding"),
        ("krwawienie z nosa", "bleeding"),
        ("rote punkte", "bleeding"),
        ("falta de ar", "trouble breathing"),
        ("nie może oddychać", "trouble breathing"),
        ("atemnot", "trouble breathing"),
        ("hindi makahinga", "trouble breathing"),
        ("il est confus", "confusion"),
        ("verwirrt", "confusion"),
        ("krampfanfall", "seizure"),
        ("drgawki", "seizure"),
        ("pooed black tar", "bleeding"),
        ("red pinpricks", "bleeding"),
    ],
)
def test_a_red_flag_word_names_its_sign(text, sign):
    named = {name for name, pattern in SIGNS if pattern.search(normalize(text))}
    assert sign in named


@pytest.mark.parametrize(
    "text",
    [
        "sangria at the wedding",
        "blutwurst",
        "ar",
        "rot",
        "cant pinpoint it",
        "black tar shampoo",
        "a frisson of excitement",
    ],
)
def test_words_shared_with_english_or_food_name_no_sign(text):
    assert not any(pattern.search(normalize(text)) for _, pattern in SIGNS)


@pytest.mark.model
@pytest.mark.parametrize("message", URGENT_BY_THE_RULES)
def test_the_served_guide_gives_the_urgent_reply(built_guide, message):
    decision = built_guide.assess(message)
    # The urgent steps first, alone or before the crisis line the layer adds ("rote Punkte ...
    # und sehr müde").
    assert decision.kind == URGENT or (decision.kind == CRISIS and decision.sign_first)


# The layer's own calls, the same on main's build before this change (eval/HISTORY.md, round
# 47 urgent48): help now for these calm ones.
LAYERS_FALSE_ALARMS = {
    "breathing is a little easier today than yesterday, day 10",
    "cant pinpoint when the tiredness started, 3 months post car t",
    "mi mamá se rasca los brazos hasta sangrar, ¿es por la piel seca?",  # the crisis line
    # Round 50, the layer trained on sets 1-46 (eval/HISTORY.md, "Round 50 (lead)"): readings
    # asked about at or under the line.
    "99.9 F just now, cells 6 days ago. is that a fever?",
    "is 38.0 exactly the cut-off? car t last week",
}


@pytest.mark.model
@pytest.mark.parametrize("message", with_the_layers_calls(CALM, LAYERS_FALSE_ALARMS))
def test_the_served_guide_gives_no_help_now_to_the_same_words(built_guide, message):
    assert not built_guide.assess(message).needs_help
