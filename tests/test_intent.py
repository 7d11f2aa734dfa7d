import pytest

from bot.intent import Intent, answers_intent, question_intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("how many days in the hospital", Intent.DURATION),
        # A stay counted in nights is a duration too.
        ("how many nights do they keep you on the ward", Intent.DURATION),
        ("what is licats", Intent.DEFINITION),
        # What something is, asked after naming it.
        ("my doctor said licats, what is that", Intent.DEFINITION),
        ("in vivo car t whats that", Intent.DEFINITION),
        ("ice score what is it", Intent.DEFINITION),
        # ...but not a question that goes on after "what is it".
        ("they gave me a card after my infusion what is it for", None),
        # How many were treated asks what results report; how many hours is still a duration.
        ("how many patients has it been tried in", Intent.RESULTS),
        ("how many ppl with scleroderma have had it", Intent.RESULTS),
        ("how many hours am i stuck there", Intent.DURATION),
        # "Have been treated" counts who got it; "how is it treated" still asks the treatment.
        ("roughly how many people with stiff person have been treated with it", Intent.RESULTS),
        ("how many patients have been treated so far", Intent.RESULTS),
        ("how is crs treated", Intent.TREATMENT),
        ("what if it gets treated too late", Intent.TREATMENT),
    ],
)
def test_what_a_question_asks_for(question, intent):
    assert question_intent(question) == intent


def test_a_stay_in_nights_states_a_duration():
    assert answers_intent("Most people stay 7 nights on the ward.", Intent.DURATION)
