"""Where only the rules' reading keeps the learned layer from speaking, let it speak when sure.

The rules close the layer's urgent call on a message whose red flags they read as calm (denied,
over, as usual, someone else's) and its crisis call on a message with no word from the crisis
side (crisis_words.py). Both readings are words too: "nearly went down twice" reads as a fever
gone down, "like every day" as the usual, and a plan told by its place and hour ("where i'd
stand") or a self-harm told in Spanish names no crisis word. On sets 12-21, which the layer never
trained on, most urgent and crisis messages it scored over its thresholds and still lost were
lost at these two gates. Here the layer may overrule each gate when its probability clears a
third threshold of its own, set by `kb build` so that it flags at most SURE_FALSE_ALARMS of the
calm messages behind that gate (training files held out, and the eval questions and
conversation turns, not trained on). Questions, worries, figures of speech, denials, strong
feelings about caring, readings in the normal range and signs of someone outside the care keep
their gates.
"""

from __future__ import annotations

from collections.abc import Sequence

from .normalize import normalize, numbers_in_words
from .red_flags import NORMAL_READING
from .story_told import a_sign_in_a_story
from .triage import CALM, CRISIS, LEARNED, NOW, ORDINARY, URGENT, Triage
from .whose_sign import about_an_animal, an_outsiders_illness

# Each gate's threshold flags at most this share of the calm messages behind it.
SURE_FALSE_ALARMS = 0.002
OVER_CALM = "urgent over a calm reading"  # the thresholds' names in the figures
OVER_UNSAID = "crisis with no crisis word"
# Where the two thresholds sit in TriageClassifier.thresholds; a layer saved with fewer has none.
CALM_BAR, UNSAID_BAR = 4, 5


def calm_only(rules: Triage, message: str) -> bool:
    """Whether only a calm reading of its red flags keeps the layer's urgent call off: not a
    reading in the normal range ("pulse 88"), nor a sign of someone outside the care, an animal
    or a story, which are calm by what they say, not by how it is worded."""
    if not (
        rules.kind == ORDINARY
        and rules.red_flags == CALM
        and not (rules.asks_only or rules.worry_only)
    ):
        return False
    text = numbers_in_words(normalize(message))
    return not (
        NORMAL_READING.search(text)
        or an_outsiders_illness(text)
        or about_an_animal(text)
        or a_sign_in_a_story(text)
    )


def unsaid_only(rules: Triage, message: str) -> bool:
    """Whether only the want of a word from the crisis side keeps the layer's crisis call off."""
    return (
        rules.kind == ORDINARY
        and rules.crisis_unsaid
        and not (rules.no_crisis or rules.crisis_free or rules.asks_only)
    )


def over_the_gates(
    rules: Triage,
    joined: Triage,
    urgent: float,
    crisis: float,
    bars: Sequence[float],
    message: str,
) -> Triage:
    """Return the decision once the layer, when sure, has overruled a gate that kept it off.

    Args:
        rules: the rules' decision on the message; joined: theirs joined with the layer's
            (with_learned).
        urgent, crisis: the layer's probabilities; bars: its thresholds.
    """
    if joined.needs_help or len(bars) <= UNSAID_BAR:
        return joined
    if crisis >= bars[UNSAID_BAR] and unsaid_only(rules, message):
        return Triage(CRISIS, (LEARNED,), True, rules.red_flags)
    if urgent >= bars[CALM_BAR] and calm_only(rules, message):
        return Triage(URGENT, (LEARNED,), True, NOW)
    return joined
