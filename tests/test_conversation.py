import pytest

from bot.conversation import Turn, context_question, is_short

HISTORY = [
    Turn("user", "Does CAR-T work for MS?"),
    Turn("assistant", "CAR-T for MS is still being tested."),
]


def test_a_follow_up_is_completed_by_the_previous_question():
    assert context_question("how much does it cost?", HISTORY) == (
        "how much does it cost? Does CAR-T work for MS?"
    )


def test_a_follow_up_naming_another_condition_swaps_it_in():
    assert context_question("and for lupus?", HISTORY) == "and for lupus? Does CAR-T work for ?"


def test_an_off_topic_message_does_not_borrow_the_previous_topic():
    assert context_question("whats the weather", HISTORY, known_word=lambda w: False) is None


def test_a_message_of_function_words_only_refers_back():
    assert context_question("why is that?", HISTORY, known_word=lambda w: False) == (
        "why is that? Does CAR-T work for MS?"
    )


def test_without_history_there_is_no_context():
    assert context_question("and for lupus?", []) is None
    assert context_question("why?", [Turn("assistant", "Hello.")]) is None


@pytest.mark.parametrize(
    ("message", "short"),
    [("and for lupus?", True), ("why?", True), ("how long will I stay in hospital?", False)],
)
def test_short_messages_cannot_stand_alone(message, short):
    assert is_short(message) is short


def test_off_topic_after_a_good_question_is_declined(client):
    history = [{"role": "user", "content": "How is CRS treated?"}]
    reply = client.post(
        "/api/chat", json={"message": "whats the weather", "history": history}
    ).get_json()
    assert reply["kind"] == "no_answer"
