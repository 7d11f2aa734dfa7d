"""The other-language red-flag words checked one by one (round 48, tidy49): the common forms
the stored health pages use that bot/other_tongues.py did not read, read as their sign.

Written before the code, both ways: an emergency told now with each form ("saignements de nez
depuis ce matin", "zwei Krampfanfälle heute", "nahihirapang huminga si lola ngayon"); and the
same words where no help is needed now (denied, past, someone else's, asked about).
"""

import pytest

from bot.normalize import normalize
from bot.red_flags import SIGNS
from bot.triage import CRISIS, ORDINARY, URGENT, triage, with_learned

URGENT_NOW = [
    # French: the plural noun, and the noun of breathlessness.
    "saignements de nez depuis ce matin qui ne s'arrêtent pas, car t il y a 9 jours",
    "mes gencives font des saignements depuis hier soir, car-t il y a une semaine",
    "essoufflement depuis ce matin même au repos, car t il y a 6 jours",
    "ma mère a un essoufflement qui empire ce soir, car t day 7",
    # German: the plural of a fit, with and without its umlaut; confusion as a noun.
    "mein Mann hatte heute zwei Krampfanfälle, car t vor 9 Tagen",
    "krampfanfalle seit heute morgen, car t day 8",
    "starke Verwirrtheit seit heute früh, er erkennt mich nicht, car t vor 7 Tagen",
    # Polish: an epileptic fit as the health pages name it; the verb of running a fever.
    "tata miał napad padaczkowy godzinę temu, car t 9 dni temu",
    "mama gorączkuje od rana, 39,2, car t tydzień temu",
    "my husband goraczkuje since last night, day 6 after car t",
    # Tagalog: the usual spelling of convulsion, breathing hard with its linker, the noun
    # of bleeding.
    "nag-kombulsyon si tatay kanina, car t day 8",
    "may kombulsyon si nanay ngayon, day 9 after car t",
    "may kombulsyon ba siya? nangingisay ngayon, day 10 after car t",
    "nahihirapang huminga si lola ngayon, day 6 after car t",
    "hirap sa paghinga si tatay since this morning, car t day 7",
    "pagdurugo sa ilong ni nanay hindi tumitigil, day 10 after car t",
    # Portuguese: small red patches, as the pages name petechiae.
    "apareceram pequenas manchas vermelhas nas pernas hoje, fez car-t há 12 dias",
    "meu marido tem pequenas manchas vermelhas nos braços desde ontem, car t há 2 semanas",
]


@pytest.mark.parametrize("message", URGENT_NOW)
def test_a_checked_form_told_now_gets_the_urgent_reply(message):
    rules = triage(message)
    assert rules.kind == URGENT
    # What the user sees, whatever the learned layer says.
    assert with_learned(rules, urgent=False, crisis=False).kind == URGENT


CALM = [
    "my son had saignements de nez last winter from the dry air, he's fine now. can he visit?",
    "no saignements since the platelets came back up, day 40. when can i floss again?",
    "pas de saignements depuis la transfusion, quand est-ce que je peux rentrer?",
    "I had essoufflement on the stairs before car t, it's gone now, day 60. can i jog?",
    "pas d'essoufflement, juste fatigué, day 20",
    "no Krampfanfälle since 2019, is epilepsy a problem for car t?",
    "keine Krampfanfälle seit Jahren, kann ich car t bekommen?",
    "keine Verwirrtheit mehr seit der Behandlung, day 30, darf ich Auto fahren?",
    "dad had a napad padaczkowy in 2015, controlled since, does that rule out car t?",
    "nie gorączkuje od tygodnia, when can i go home?",
    "walang kombulsyon since 2018, ok lang ba ang car t?",
    "my nephew had kombulsyon from a fever when he was 2, he's 10 now. can he visit me?",
    "she was nahihirapang huminga on day 5 but it was treated, she's fine now day 20",
    "no more hirap sa paghinga since the steroids, day 30, can i walk outside?",
    "walang pagdurugo since the platelets went up, day 35. can i shave now?",
    # Tagalog "may ... ba?" asks in general, but "may" (has) before a sign tells: read as told,
    # as "may lagnat ba pagkatapos ng car t?" is on ad4ed54.
    pytest.param(
        "may kombulsyon ba pagkatapos ng car t? just asking for my mum's leaflet",
        marks=pytest.mark.xfail(strict=True, reason="Tagalog 'may ... ba?' is read as told"),
    ),
    # A past told in Portuguese is not read as past, for any sign ("tive febre em 2019, já
    # passou" gets the urgent reply on ad4ed54 too): the new form shares it.
    pytest.param(
        "tive pequenas manchas vermelhas em 2019 por causa de um remédio, já passou. posso fazer"
        " car-t?",
        marks=pytest.mark.xfail(strict=True, reason="a past told in Portuguese is not read"),
    ),
    "sem pequenas manchas vermelhas desde a transfusão, day 30, posso voltar a trabalhar?",
]


@pytest.mark.parametrize("message", CALM)
def test_the_same_forms_with_no_red_flag_now_get_no_urgent_reply(message):
    assert triage(message).kind == ORDINARY


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("saignements de nez", "bleeding"),
        ("un essoufflement", "trouble breathing"),
        ("zwei krampfanfälle", "seizure"),
        ("krampfanfalle", "seizure"),
        ("verwirrtheit", "confusion"),
        ("napad padaczkowy", "seizure"),
        ("napadu padaczkowego", "seizure"),
        ("gorączkuje", "fever"),
        ("kombulsyon", "seizure"),
        ("kombulsiyon", "seizure"),
        ("nahihirapang huminga", "trouble breathing"),
        ("hirap sa paghinga", "trouble breathing"),
        ("pagdurugo", "bleeding"),
        ("pequenas manchas vermelhas", "bleeding"),
    ],
)
def test_a_checked_form_names_its_sign(text, sign):
    named = {name for name, pattern in SIGNS if pattern.search(normalize(text))}
    assert sign in named


@pytest.mark.parametrize(
    "text",
    # Near forms that name nothing: a red patch of any size, an attack of anything.
    ["manchas vermelhas", "manchas vermelhas de vinho", "ein anfall von heimweh", "paghinga"],
)
def test_near_forms_name_no_sign(text):
    assert not any(pattern.search(normalize(text)) for _, pattern in SIGNS)


@pytest.mark.model
@pytest.mark.parametrize("message", URGENT_NOW)
def test_the_served_guide_gives_the_urgent_steps_first(built_guide, message):
    decision = built_guide.assess(message)
    # Alone, or before the crisis line the layer adds ("nahihirapang huminga si lola ngayon").
    assert decision.kind == URGENT or (decision.kind == CRISIS and decision.sign_first)


@pytest.mark.model
@pytest.mark.parametrize("message", CALM)
def test_the_served_guide_gives_no_help_now_to_the_same_forms(built_guide, message):
    assert not built_guide.assess(message).needs_help
