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

The crisis call's gate on a message with no word from the crisis side (crisis_words.py; a plan
told by its place and hour, means gathered, letting an infection happen, a self-harm for its own
reasons) has a threshold of its own too, UNSAID_FALSE_ALARMS of the calm messages behind it
(training files held out), never below the second crisis threshold. Tried in round 26 on a
layer trained on sets 1-11 it gave 5 more crisis messages of sets 1-21 and none of set 22, and
was left out; on the layer trained on sets 1-23 (round 28), sets 17-23 each held out, it gave the
crisis line to 14 more of 597 crisis messages (28 -> 14 missed) for 4 more false alarms of 1,655
and one urgent message the crisis reply (eval/HISTORY.md).
"""

from __future__ import annotations

from collections.abc import Sequence

from .normalize import normalize, numbers_in_words
from .red_flags import NORMAL_READING
from .story_told import a_sign_in_a_story
from .triage import CALM, CRISIS, LEARNED, NOW, ORDINARY, URGENT, Triage, learned_crisis
from .whose_sign import about_an_animal, an_outsiders_illness

# The gate's threshold flags at most this share of the calm messages behind it.
SURE_FALSE_ALARMS = 0.002
OVER_CALM = "urgent over a calm reading"  # the threshold's name in the figures
# Where it sits in TriageClassifier.thresholds; a layer saved with fewer has none.
CALM_BAR = 4
# The crisis threshold where only the lack of a crisis word keeps the layer off flags at most
# this share of the messages needing no help (0.2% and 0.5% held out on sets 17-23: the same
# 14 caught, 8 and 12 more false alarms instead of 4).
UNSAID_FALSE_ALARMS = 0.001
OVER_UNSAID = "crisis with no word of crisis"  # its name in the figures
UNSAID_BAR = 5


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


def unsaid_only(rules: Triage) -> bool:
    """Whether only the lack of a word from the crisis side keeps the layer's crisis call off:
    not a denial, a figure of speech or a feeling about caring, money or the system."""
    return (
        rules.crisis_unsaid
        and not (rules.no_crisis or rules.crisis_free)
        and rules.kind in (ORDINARY, URGENT)
    )


def crisis_over_the_gate(
    rules: Triage, joined: Triage, crisis: float, bars: Sequence[float]
) -> Triage:
    """Return the decision once the layer, when sure, has called crisis a message with no word
    of crisis ("ive put all my warfarin in a jar", "ive picked the 12th, after my last clinic").

    Args:
        rules: the rules' decision; joined: the decision so far (over_the_gate's).
        crisis: the layer's crisis probability; bars: its thresholds.
    """
    if joined.kind == CRISIS or len(bars) <= UNSAID_BAR:
        return joined
    if crisis >= bars[UNSAID_BAR] and unsaid_only(rules):
        return learned_crisis(rules)
    return joined


def the_line_beside_help(rules: Triage, joined: Triage, crisis: float, threshold: float) -> Triage:
    """Return the decision once a message given the urgent reply, whose crisis call only the
    lack of a word from the crisis side kept off, gets the crisis line after the urgent steps.

    The gate over the lack of a crisis word is high (OVER_UNSAID) so that messages needing no
    help rarely get the crisis line from it. A message already given the urgent reply gets help
    either way: here the layer's crisis score needs only the threshold it would need with a
    crisis word in the message, and the reply keeps its urgent steps first (Triage.sign_first).
    Held out on sets 3-33 it gave the crisis line to 11 crisis messages that had the urgent
    reply alone (a roof key and a night, means bought online, self-harm for its own reasons, a
    pact), and took help from none (eval/HISTORY.md, triage39).

    Args:
        rules: the rules' decision; joined: the decision so far (crisis_over_the_gate's).
        crisis: the layer's crisis probability; threshold: the crisis threshold for `rules`.
    """
    if joined.kind != URGENT or crisis < threshold or not unsaid_only(rules):
        return joined
    if rules.kind == URGENT:
        return learned_crisis(rules)
    return Triage(CRISIS, (LEARNED,), True, joined.red_flags, sign_first=True)
