"""Where only the rules' calm reading keeps the learned layer from calling urgent, let it when sure.

The rules close the layer's urgent call on a message whose red flags they read as calm: denied,
over, as usual. That reading is made of words too: "nearly went down twice" reads as a fever
gone down, "like every day" as the person's usual, "says he's fine" as a denial. On sets 12-21,
which the layer never trained on, most urgent messages it scored over its threshold and still
lost were lost at this gate. Here the layer may overrule it when its urgent probability clears
a threshold of its own, set by `kb build` so that it flags at most SURE_FALSE_ALARMS of the
calm messages behind the gate (training files held out, and the eval questions and conversation
turns, not trained on); never below the threshold for a worry. Questions, worries, readings in
the normal range ("pulse 88") and signs of someone outside the care, an animal or a story keep
the gate: they are calm by what they say, not by how it is worded.

The same was tried for the crisis call's gate on a message with no word from the crisis side
(crisis_words.py; a plan told by its place and hour, a self-harm for its own reasons): on sets
1-21 it gave 5 more crisis messages the crisis line and one more false alarm (a goodnight in
Spanish), on fresh set 22 none more, so it was left out (round 26, eval/HISTORY.md).
"""

from __future__ import annotations

from collections.abc import Sequence

from .normalize import normalize, numbers_in_words
from .red_flags import NORMAL_READING
from .story_told import a_sign_in_a_story
from .triage import CALM, LEARNED, NOW, ORDINARY, URGENT, Triage
from .whose_sign import about_an_animal, an_outsiders_illness

# The gate's threshold flags at most this share of the calm messages behind it.
SURE_FALSE_ALARMS = 0.002
OVER_CALM = "urgent over a calm reading"  # the threshold's name in the figures
# Where it sits in TriageClassifier.thresholds; a layer saved with fewer has none.
CALM_BAR = 4


def calm_only(rules: Triage, message: str) -> bool:
    """Whether only a calm reading of its red flags keeps the layer's urgent call off: not a
    reading in the normal range, nor a sign of someone outside the care, an animal or a story."""
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


def over_the_gate(
    rules: Triage, joined: Triage, urgent: float, bars: Sequence[float], message: str
) -> Triage:
    """Return the decision once the layer, when sure, has overruled a calm reading.

    Args:
        rules: the rules' decision on the message; joined: theirs joined with the layer's
            (with_learned).
        urgent: the layer's urgent probability; bars: its thresholds.
    """
    if joined.needs_help or len(bars) <= CALM_BAR:
        return joined
    if urgent >= bars[CALM_BAR] and calm_only(rules, message):
        return Triage(URGENT, (LEARNED,), True, NOW)
    return joined
