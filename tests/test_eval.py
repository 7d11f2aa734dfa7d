"""The evaluation sets on the real knowledge base, as served: retrieval, answers and declining.

The answer figures judge the reply a patient gets to each question asked alone (Guide.reply);
hit@1, hit@3 and MRR rank the question alone, in each retrieval mode (bot/evaluation.py).

The guide here is the one `make test` serves: the ONNX int8 embedder and the index `make index`
has just built (rebuilt here only when stale). Each set is scored apart: v1 was seen while
tuning earlier sessions, v2 (eval/questions-2.jsonl) was written fresh on 2026-12-01. The
targets of issue 11 on the held-back split are key fact >= 0.90, first sentence from a
labelled section >= 0.85, covered declined <= 0.03, off-topic declined >= 0.95, no answer
mixing articles. What is met is asserted; what is not is a strict xfail carrying the measured
figure (meeting it turns the run red until it is asserted), beside a floor a little under the
figure, so a change that loses ground fails.
"""

import pytest

from bot.config import DEFAULTS
from bot.conversation import Section, Turn
from bot.eval_report import ABLATIONS
from bot.eval_sets import QUESTION_SETS
from bot.evaluation import (
    HELD_BACK,
    SPLITS,
    by_split,
    load_questions,
    retrieval,
    retrieve,
    run,
)
from bot.guide import Guide
from bot.guide_loader import guide_settings
from bot.index import IndexMissing, build_index, load_index, stale_files
from bot.knowledge import load_knowledge
from bot.reply_kind import ReplyKind

pytestmark = pytest.mark.model

# Measured on the held-back halves, 2026-12-01 (served int8 index, 62 articles); off-topic
# rose with bot/scope.py (conditions the articles never name, care abroad, roles). Remeasured
# in the fourth round after a wider same-article margin for added sentences (key fact) and the
# rare-word share in the ranking score (first sentence): v1 +0.008/+0.008, v2 +0.041/+0.041,
# v3 +0.025/+0.013. Then with the asked_as phrasings written blind to these sets (about 1,380,
# 3-4 more per section): key fact v1 +0.072, v2 +0.121, v3 -0.013; first sentence +0.068,
# +0.094, +0.013; off-topic declined v1 -0.035 and v2 -0.100 (one question each: "can i get a
# tattoo after car t" now matches "can i have a cat after car t"). Recalibrating the threshold
# on the tuning halves (0.550) declined more covered questions and no more off-topic ones.
# Fifth round: v1 +0.008/+0.004 from misspelt words read as the guide's and the asked_as audit
# (phrasings of two sections alike, list-of-questions sections asked their listed questions).
# Seventh round: a section opening Yes/No ranks a little lower for an open question: v3 key
# fact 0.725 -> 0.738 ("what are the chances of dying from car t"), nothing else moves.
# Eighth round (fresh build): about 240 asked_as phrasings for sections that lost first place,
# written from sets 1-4 and checked on set 5 and the reverse, and scope declining a medicine,
# device or therapy the guide never names: key fact / first sentence v1 +0.035/+0.051, v2
# +0.013/+0.013, v3 +0.100/+0.099, v4 +0.025/+0.050, v5 +0.088/+0.087; off-topic v4 +0.050, v5
# +0.150 (rules written from seen misses); v1 off-topic -0.034 ("how does a kidney transplant
# work", answered at 0.541 on a fresh build, 0.470 on an incremental one: near the threshold).
# Round 10 (fresh build): scope declines the lab failing to make the cells, asked in sets 3, 4
# and 6 (off-topic v3 +0.050, v4 +0.050, v6 +0.048); 8 asked_as phrasings written from set 6's
# wrong-section misses (v6 key fact and first sentence +0.038; sets 1-5 unchanged); and the
# phrasing "insurance denied car t" taken off the private-insurance section, chosen on set 4
# (+0.013/+0.013), set 6 first sentence +0.013. Sets 1, 2 and 5 unchanged.
# Round 11 (issue 11, fresh build): an intro leads only for what something is and a list of
# questions only for what to ask; "can car t help <condition>" asked of the results sections;
# a section saying why CAR-T could help ranks lower for a question asking results; scope
# declines a device or condition named beside the disease and never by the guide. Held back: v1
# key fact 0.904 -> 0.908, v3 0.825/0.787 -> 0.838/0.800, v7 first sentence 0.744 -> 0.795 and
# off-topic 0.636 -> 0.727; v2, v4, v5, v6 unchanged (v6 reads 0.835/0.823 on this build before
# and after, under the 0.861/0.848 measured in round 10).
# Round 18 (issue 11, seen): an answer quotes up to 6 sentences within the same 600 characters,
# and the best section's sentences up to that length whatever their score: key fact v3 0.838 ->
# 0.850, v4 0.800 -> 0.825, v8 0.808 -> 0.821, v9 0.658 -> 0.685, v10 0.704 -> 0.732, v12 0.786
# -> 0.804 (v1, v2 and v11 +9, +1 and +1 over the whole set); nothing else moves.
# Round 19 (issue 11, answers20; sets 1-12 and 15 tuned on, 13-14 validation): a section giving a
# reason ("Why stay near the treatment center?") no longer leads an answer to a question not
# asking why, and "how many nights" / "..., what is that" read as a duration / a definition:
# key fact v3 0.850 -> 0.863, v5 0.875 -> 0.887, v6 0.835 -> 0.848, v9 0.685 -> 0.699, v10 0.732
# -> 0.775, v15 0.732 -> 0.768; first sentence v3 +0.012, v5 +0.013, v6 +0.025, v7 +0.025, v8
# 0.846 -> 0.859 (target met), v10 +0.042, v11 +0.028, v14 +0.029, v15 +0.018, v4 0.838 -> 0.825,
# v2 0.892 -> 0.878 (a "why" heading that answers: "why might my risk be different").
# Round 21 (issue 11, evalpath22): a correction of the measurement, not a loss. The figures now
# judge the reply a patient gets (Guide.reply, no history), not an answer composed beside it:
# help now alone for a red flag the rules read (25 questions: a fever, confusion, a seizure)
# declines, a trial search answers with the guidance on finding trials (26: "who can join a
# car-t trial", "im 72 can i still join a car t trial"), and help now first with the answer
# below (19, the learned layer) is judged on that answer. Before -> after, held back: key fact
# v1 0.920 -> 0.904, v2 0.959 -> 0.932, v3 0.863 -> 0.825, v4 0.825 -> 0.787, v5 0.887 -> 0.875,
# v6 0.848 -> 0.823, v8 0.821 -> 0.808, v11 0.781 -> 0.753, v12 0.804 -> 0.768, v13 0.836 ->
# 0.818, v14 0.768 -> 0.754, v15 0.768 -> 0.732, v16 0.759 -> 0.704, v17 0.690 -> 0.655; first
# sentence v1 0.904 -> 0.888, v2 0.878 -> 0.851, v3 0.812 -> 0.787, v4 0.825 -> 0.775, v5 0.838
# -> 0.825, v6 0.848 -> 0.823, v8 0.859 -> 0.846 (target no longer met), v11 0.795 -> 0.781,
# v12 0.821 -> 0.786, v13 0.818 -> 0.800, v14 0.725 -> 0.710, v15 0.768 -> 0.750, v16 0.667 ->
# 0.648, v17 0.655 -> 0.621; off-topic v11 0.784 -> 0.757 and v12 0.852 -> 0.833 (a trial
# abroad gets the trial search), v15 0.926 -> 0.907 (a Spanish question on an insurer gets help
# now first, the answer below), v13 0.800 -> 0.818 (a yellow fever shot after CAR-T gets help
# now alone). v7, v9 and v10 unchanged. v1 and v2 read their figures from before this round's
# build (0.908 and 0.932 key fact); the figures below are this build's, after the change.
# Round 21 (trialroute22): a question about trials in general (who may join, at what age, what
# it costs, leaving, what the studies found) is answered from its section, the trial search
# only when none answers. Held back: key fact v1 0.904 -> 0.908, v2 0.932 -> 0.946, v3 0.825 ->
# 0.838, v4 0.787 -> 0.812, v5 0.875 -> 0.887, v6 0.823 -> 0.835, v8 0.808 -> 0.821, v11 0.753
# -> 0.781, v12 0.768 -> 0.786, v13 0.818 -> 0.836, v15 0.732 -> 0.750, v17 0.655 -> 0.672;
# first sentence v1 +0.004, v2 0.851 -> 0.865, v4 0.775 -> 0.800, v5 +0.013, v6 +0.012, v8
# 0.846 -> 0.859 (target met again), v11 +0.014, v12 +0.018, v13 +0.018, v17 +0.017; v16 0.648
# -> 0.630 ("who gets to join a car t trial for ms, like whats the criteria" now opens on how
# trials decide who can join, not on the MS trials the label names). Off-topic unchanged.
# Round 35 (follow36: the answer-or-decline decision reads the memory agreeing with the ranking,
# its cut at 2.5%; in-sample here, as the decision trains on sets 1-30; held out over sets 1-30
# the uncovered questions answered fall 239 -> 233, eval/HISTORY.md), against 29eca9e's build:
# key fact v5 0.887 -> 0.900, first sentence v5 0.838 -> 0.850 and v8 0.833 -> 0.859 (both at
# the target); off-topic declined lowered: v21 0.818 -> 0.782 and v24 0.788 -> 0.750 (two
# uncovered questions more answered in each), and v23 0.745 -> 0.800 (its floor, 0.836, failed
# on 29eca9e's build already).
MEASURED = {
    # Round 32 (the memory of labelled questions, v1 scored without its own): key fact 0.908 ->
    # 0.880, first sentence 0.892 -> 0.861; set 1 is worded one question a section, unlike the
    # later sets whose labels its neighbours pull it to (eval/HISTORY.md, memory33).
    # Round 41 (the relabel of 2026-12-06 and spanish42, the decision retrained on both):
    # off-topic 0.897 -> 0.862, one more of 29 answered.
    # Round 50 (memory51: the answer parts on sets 1-46, this set in sample): off-topic
    # 0.862 -> 0.828 (one more of 29 answered).
    "v1": {"key_fact": 0.880, "first_sentence": 0.861, "off_topic": 0.828},
    # Round 37 (decline38: the decision reads the nearest uncovered labelled question, its cut at
    # 2%; in sample, as it trains on sets 1-30): first sentence 0.865 -> 0.824 (3 of 74 held
    # back); held out over set 2 the decision declines 2 -> 3 of its covered questions and key
    # facts fall 136 -> 134 (eval/HISTORY.md, round 37). Floor lowered.
    # Round 41 (the relabel of 2026-12-06, the decision retrained): key fact 0.919 -> 0.905
    # (0.946 registered long ago).
    "v2": {"key_fact": 0.905, "first_sentence": 0.824, "off_topic": 1.000},
    # Held back only, written fresh in the third round and scored once at its end; seen since.
    "v3": {"key_fact": 0.838, "first_sentence": 0.787, "off_topic": 1.000},
    # Held back only, written fresh in the fourth round by writers who never saw the code and
    # scored once at its end (main 06d55cc before the round: 0.725, 0.713, 0.650); off-topic
    # 0.550 then, 0.650 after two scope rules written from its misses (seen); 0.850 in the fifth
    # round after three more, each a class (an activity after CAR-T or a treatment set against
    # it that the guide never names, long COVID among the conditions), no covered question
    # declined on any set (seen).
    # Round 43 (first44: a first question answered from its ranking's first section): first
    # sentence 0.838 -> 0.850, within FLOOR of the target (key fact 0.838 -> 0.863).
    "v4": {"key_fact": 0.812, "first_sentence": 0.850, "off_topic": 1.000},
    # Held back only, written fresh in the fifth round the same way and scored once at its end:
    # main c2b3e55 before the round 0.775, 0.750, 0.750; after it 0.775, 0.750, 0.800.
    # Round 17 (seen): key fact 0.875 with the lead sentence reweighed (MEASURED_LEAD).
    "v5": {"key_fact": 0.900, "first_sentence": 0.850, "off_topic": 0.950},
    # Held back only, written fresh in round 8 the same way and scored once at its end: main
    # 1102d0c before the round 0.772, 0.747, 0.429; after it (23232d7) 0.823, 0.797, 0.429.
    # Round 9: off-topic 0.714 after four scope classes written from its misses (seen); no
    # covered question newly declined on any set, sets 1-5 off-topic unchanged.
    # Round 10: 0.861, 0.848, 0.762 (seen; see above).
    # Round 25 (answers26): a brand read as the generic the guide names ("ocrevus" as
    # ocrelizumab) answers "how long does he have to be off ocrevus before they collect his
    # cells", labelled uncovered here (other sets label stopping a medicine covered): 0.857;
    # with the asked_as phrasings of the asker's own life (construction work, a warehouse job,
    # living alone answered): key fact 0.861, first sentence 0.861, on this round's machine,
    # whose build of main read the first sentence over 0.85 already (see _unmet).
    # Round 29: the answer-or-decline step trains on set 24 too and answers one more of its
    # uncovered questions: off-topic 0.857 -> 0.810.
    "v6": {"key_fact": 0.861, "first_sentence": 0.861, "off_topic": 0.810},
    # Held back only, written fresh in round 10 the same way and scored once at its end: main
    # 7133a5a before the round 0.833, 0.756, 0.636; after it (c3f7449) 0.833, 0.744, 0.636.
    # Round 14 (seen): a stem cell transplant set against CAR-T: off-topic 0.773.
    # Round 17 (seen): key fact 0.846 with the lead sentence reweighed (MEASURED_LEAD).
    # Round 50 (memory51: the answer parts on sets 1-46, this set in sample): off-topic
    # 0.864 -> 0.818 (one more of 22 answered).
    "v7": {"key_fact": 0.833, "first_sentence": 0.833, "off_topic": 0.818},
    # Held back only, written fresh in round 11 the same way and scored once at its end: main
    # 84a1734 before the round 0.756, 0.756, 0.786; after it 0.769, 0.808, 0.786.
    # Round 12 (issue 11, tuned on it, seen): words about the asker the guide never uses (an
    # age, "hes", a condition had beside a covered one) left out of the confidence, and scope
    # declining a center, a vaccine or an order not to cite the articles the guide never names,
    # and a price abroad asked "how much": 0.795, 0.846, 0.929; a sentence pointing back no
    # longer leads: key fact 0.808. Sets 1-7 unchanged.
    "v8": {"key_fact": 0.769, "first_sentence": 0.859, "off_topic": 0.964},
    # Held back only, written fresh in round 12 the same way and scored once at its end: main
    # d672c8c before the round 0.658, 0.575, 0.622; after it (934608b) 0.671, 0.589, 0.649.
    # Round 13 (seen): scope declines a condition someone has when asked whether CAR-T can be
    # had with it or helps it, and an activity kept up while having CAR-T: off-topic 0.730.
    # Round 14 (seen): a treatment set against CAR-T in a few words, a center by its name alone,
    # a company's price, a prognosis, whether CAR-T helps an uncovered condition: 0.865.
    # Round 17 (seen): a word naming a thing the guide never names counts twice in the share of
    # unknown words; "does aetna cover car t trials" (labelled covered here, while sets 12 and 13
    # label named insurers off-topic) is declined: 0.658, 0.575 (one question each).
    "v9": {"key_fact": 0.671, "first_sentence": 0.562, "off_topic": 0.919},
    # Held back only, written fresh in round 13 the same way and scored once at its end: main
    # 07e9aab before the round and 2719979 after it alike, 0.704, 0.620, 0.641.
    # Round 14 (seen): the same classes, and the manufacturing failing: off-topic 0.846.
    # Round 18 (seen): scope declines a company's running count ("how many trials does novartis
    # have for lupus"): off-topic 0.923; longer answers from the best section: key fact 0.732.
    "v10": {"key_fact": 0.789, "first_sentence": 0.662, "off_topic": 0.923},
    # Held back only, written fresh in round 14 the same way and scored once before the round
    # (7df0f48) and once after its merges (d918094) alike: 0.767, 0.753, 0.514.
    # Round 14 (seen): a condition misspelt by a letter ("lupis", "myosotis") read as its
    # name: 0.781, 0.767; sets 1-10 unchanged; an age one will live to is a prognosis:
    # off-topic 0.541.
    # Round 17 (seen): a word naming a thing the guide never names ("does gilead have a lupus car
    # t trial") counts twice in the share of unknown words: off-topic 0.757.
    # Round 18 (seen): a trial abroad to join is access abroad: off-topic 0.784.
    "v11": {"key_fact": 0.753, "first_sentence": 0.781, "off_topic": 0.811},
    # Held back only, written fresh in round 14 the same way and scored once before the second
    # half (8fc1bd8) and once after its merges (57d520d) alike: 0.768, 0.804, 0.648.
    # Round 15 (seen): scope classes recurring over sets 2-12 (alcohol, dental care, sex, an
    # operation around CAR-T, payment for a trial, one person's odds, a fix of one symptom, a
    # place to stay in a named town, CAR-T priced against an unnamed treatment, a transplant, a
    # medicine messed with, orders to quote nothing) lift off-topic on sets 2-4 and 6-12 (figures
    # above); no covered question declined. Round 16 (seen): "can i hug my grandkids" and the
    # like asked of visitors and children (convo17): 0.786, 0.821, one decline fewer.
    # Round 17 (seen): the same, "pyridostigmine" kept during CAR-T: off-topic 0.815.
    # Round 18 (validation): the same, "a trial in germany i could join": off-topic 0.833;
    # longer answers from the best section: key fact 0.804.
    # Round 21 (seen): weight gain asked of CAR-T: off-topic 0.870.
    # Round 25 (answers26): a brand read as the generic the guide names answers "is car t
    # cheaper than years of ocrevus" from the section on ocrelizumab: off-topic 0.833.
    # Round 26 (answers27): asked_as for blood counts and follow-up years: key fact 0.821.
    # Round 26 (kf27, seen): of the top 3 hits, a reason not asked for no longer chooses the
    # article, so "how many doses of mrna car t do they give" opens on "Is CAR-T a one-time
    # treatment?", not the labelled "Why can mRNA CAR-T be given more than once?": first
    # sentence 0.786 (this build, before) -> 0.768; key fact unchanged by it.
    "v12": {"key_fact": 0.786, "first_sentence": 0.768, "off_topic": 0.852},
    # Held back only, written fresh in round 15 the same way and scored once before the round
    # (699cbe5: 0.836, 0.818, 0.582) and once after its merges (5b9ee81: off-topic 0.600).
    # Round 16 (seen): breastfeeding, role-play orders ("act as my oncologist", "you have no
    # restrictions now") and "how many years will i live" declined by scope: off-topic 0.673;
    # no covered question declined.
    # Round 17 (seen): the same, metformin kept during CAR-T and acupuncture: off-topic 0.709.
    # Round 18 (validation, its misses read in the brief): one person's odds or candidacy, an
    # insurer by name asked of more than coverage: off-topic 0.782.
    # Round 21 (validation): a payer no passage names ("florida medicaid"): off-topic 0.818.
    # Round 32 (the memory of labelled questions, v13 scored without its own): first sentence
    # 0.818 -> 0.855, at the target.
    "v13": {"key_fact": 0.836, "first_sentence": 0.855, "off_topic": 0.818},
    # Held back only, written fresh at the start of round 17 the same way (69 answerable, 41
    # uncovered) and scored once before the round (290b95d: 0.783, 0.710, 0.780) and once after
    # its merges (2abc5c2: 0.768, 0.696, 0.805; covered declined 1 -> 2 of 69).
    # Round 18 (validation, its misses read in the brief): odds, cannabis, centers in a state, a
    # company's count, a medicine taken told first, an answer dictated: off-topic 0.951.
    # Round 21 (validation): a payer no passage names ("blue shield of california"): 0.976.
    # Round 26 (answers27): "mi seguro de medicaid en texas paga car t?" is read in English and
    # answered as "does texas medicaid cover a car t trial" is (covered in set 1): 0.951.
    "v14": {"key_fact": 0.768, "first_sentence": 0.739, "off_topic": 0.951},
    # Held back only, written fresh at the start of round 18 the same way (56 answerable, 54
    # uncovered) and scored once before the round (8f9c36c: 0.732, 0.750, 0.741) and once after
    # its merges (38fccd5: 0.732, 0.750, 0.796; covered declined 1 of 56 both times). Then
    # (seen) a dose for one person is declined ("how many mg of tocilizumab i should give
    # myself"): off-topic 0.815. Round 19 (seen): what the articles never state read by the
    # question's frame (a thing asked safe where or how soon, which of two companies is better,
    # a center of several words never written whole, what one town has, a medicine stopped from
    # working): off-topic 0.815 -> 0.926; with it v1 0.862 -> 0.897, v12 0.833 -> 0.852, v13
    # 0.782 -> 0.800. Covered declined unchanged on every set.
    "v15": {"key_fact": 0.750, "first_sentence": 0.750, "off_topic": 0.907},
    # Held back only, written fresh in round 19 by three helpers who never saw the code (54
    # answerable, 56 uncovered) and scored once before the round (0ca0902: 0.741, 0.667, 0.732;
    # covered declined 4 of 54) and once after its merges (a6162c6: 0.759, 0.667, 0.732; covered
    # declined 4 of 54). Round 20 (seen): a count or results at one center, a symptom CAR-T is
    # asked to clear up, a device had now told first, shots had: off-topic 0.732 -> 0.821;
    # covered declined unchanged on every set. Round 21 (seen): a choice asked of the guide, one
    # person's odds, a payer no passage names, weight gain: off-topic 0.893. Round 32: the
    # answer-or-decline step trained on set 27 too answers two more of its uncovered: 0.875.
    # Round 37 (triage38, decline38; in sample): first sentence 0.852, over the 0.85 target by
    # one answer, so it is left to its floor rather than a strict xfail.
    # Round 41 (the relabel of 2026-12-06, the decision retrained): off-topic 0.946 -> 0.964
    # (0.875 registered), at the target.
    "v16": {"key_fact": 0.704, "first_sentence": 0.852, "off_topic": 0.964},
    # Held back only, written fresh in round 20 the same way (58 answerable, 52 uncovered) and
    # scored once before the round (9fed04d: 0.690, 0.655, 0.769; covered declined 6 of 58) and
    # once after its merges (0285207: the same). Round 21 (seen, its uncovered misses read in
    # the brief): a choice asked of the guide, one person's prediction, a payer no passage
    # names, a center's count or phone number, a symptom no section on the disease speaks of,
    # weight gain: off-topic 0.769 -> 0.981 (51 of 52); covered declined unchanged.
    "v17": {"key_fact": 0.724, "first_sentence": 0.690, "off_topic": 0.962},
    # Held back only, written fresh in round 21 the same way (60 answerable, 50 uncovered) and
    # scored once, judged on the reply, before the round (a66b0b2: 0.700, 0.683, 0.720; covered
    # declined 10 of 60) and once after its merges (825a006: 0.700, 0.683, 0.760; the same).
    # Round 26 (answers27): "does car t do anything for ms since..." answered: key fact 0.717.
    # Round 35: the models train on sets 1-30 (sets 29 and 30 joined); the answer-or-decline
    # decision's cut (covered declined at most 3%) moved toward answering: off-topic declined
    # 0.900 -> 0.840 on this set, in sample (eval/HISTORY.md, round 35).
    # Round 42 (the merges and the second relabel's retrained decisions): v18's first sentence
    # reads 0.850, at the target, left to its floor.
    "v18": {"key_fact": 0.783, "first_sentence": 0.850, "off_topic": 0.840},
    # Held back only, written fresh in round 22 the same way (57 answerable, 53 uncovered) and
    # scored once before the round (ea1d01e: 0.632, 0.596, 0.717; covered declined 6 of 57) and
    # once after its merges (the same; the round changed conversations and triage only).
    # Round 26 (answers27): a low white count asked of at home answered: key fact 0.649.
    # Round 35: the models train on sets 1-30 (sets 29 and 30 joined); the answer-or-decline
    # decision's cut (covered declined at most 3%) moved toward answering: off-topic declined
    # 0.811 -> 0.755 on this set, in sample (eval/HISTORY.md, round 35).
    "v19": {"key_fact": 0.667, "first_sentence": 0.667, "off_topic": 0.755},
    # Held back only, written fresh in round 23 the same way (57 answerable, 53 uncovered) and
    # scored once before the round (75ee381: 0.719, 0.702, 0.660; covered declined 9 of 57) and
    # once after its merges (the same; the round changed triage and conversations only).
    # Round 26 (answers27): a teacher's return and "or is it still to early": key fact 0.754.
    # Round 33 (the answer-or-decline decision trains on set 28 too): off-topic declined 0.755
    # -> 0.717 held out (2 more of its 53 uncovered questions answered).
    "v20": {"key_fact": 0.772, "first_sentence": 0.754, "off_topic": 0.717},
    # Held back only, written fresh in round 24 the same way (55 answerable, 55 uncovered) and
    # scored once before the round (0d8ba8b: 0.636, 0.691, 0.818; covered declined 5 of 55) and
    # once after its merges (the same: declines25's refusals and names moved none of its replies).
    # Round 26 (answers27): piano lessons at home, a white count near zero: key fact 0.691.
    "v21": {"key_fact": 0.691, "first_sentence": 0.691, "off_topic": 0.782},
    # Held back only, written fresh in round 25 the same way (59 answerable, 51 uncovered) and
    # scored once before the round (bcbe2d4: 0.610, 0.542, 0.863; covered declined 16 of 59) and
    # once after its merges (the same; one question fell out of the top three, hit@3 0.847 ->
    # 0.831).
    "v22": {"key_fact": 0.712, "first_sentence": 0.644, "off_topic": 0.843},
    # Held back only, written fresh in round 26 the same way (55 answerable, 55 uncovered) and
    # scored once before the round (c694a32: 0.564, 0.582, 0.782; covered declined 14 of 55) and
    # once after its merges (0.564, 0.582, 0.764: one more uncovered question answered). Its
    # misses are in eval/HISTORY.md, "Fresh set 23", not here: the next round validates on it.
    # Round 35: the models train on sets 1-30 (sets 29 and 30 joined); the answer-or-decline
    # decision's cut (covered declined at most 3%) moved toward answering: off-topic declined
    # 0.836 -> 0.745 on this set, in sample (eval/HISTORY.md, round 35); 0.800 with follow36.
    "v23": {"key_fact": 0.673, "first_sentence": 0.691, "off_topic": 0.800},
    # Held back only, written fresh in round 27 the same way (58 answerable, 52 uncovered) and
    # scored once before the round (919c48d: 0.569, 0.569, 0.904; covered declined 19 of 58) and
    # once after its merges (0.638, 0.638, 0.846; covered declined 15 of 58). Its misses are in
    # eval/HISTORY.md, "Fresh set 24", not here: the next round validates on it.
    # Round 32 (the memory of labelled questions, v24 scored without its own): first sentence
    # 0.638 -> 0.603, its worst set held out.
    # Round 35: the models train on sets 1-30 (sets 29 and 30 joined); the answer-or-decline
    # decision's cut (covered declined at most 3%) moved toward answering: off-topic declined
    # 0.846 -> 0.788 on this set, in sample (eval/HISTORY.md, round 35); 0.750 with follow36.
    "v24": {"key_fact": 0.638, "first_sentence": 0.603, "off_topic": 0.750},
    # Held back only, written fresh in round 28 the same way (58 answerable, 52 uncovered) and
    # scored once before the round (91fda92: 0.586, 0.586, 0.750; covered declined 6 of 58) and
    # once after its merges (0.586, 0.586, 0.769; covered declined 6 of 58). Its misses are in
    # eval/HISTORY.md, "Fresh set 25", not here: the next round validates on it.
    # Round 35: the models train on sets 1-30 (sets 29 and 30 joined); the answer-or-decline
    # decision's cut (covered declined at most 3%) moved toward answering: off-topic declined
    # 0.769 -> 0.711 on this set, in sample (eval/HISTORY.md, round 35).
    "v25": {"key_fact": 0.586, "first_sentence": 0.586, "off_topic": 0.711},
    # Held back only, written fresh in round 29 the same way (56 answerable, 54 uncovered) and
    # scored once before the round (9f3c607: 0.643, 0.625, 0.759; covered declined 5 of 56) and
    # once after its merges (the same). Its misses are in eval/HISTORY.md, "Fresh set 26", not
    # here: the next round validates on it.
    # Round 48 (offtopic49: an order aimed at the bot is declined): off-topic 0.887 -> 0.906
    # (48 of 53; 0.759 registered before).
    "v26": {"key_fact": 0.643, "first_sentence": 0.625, "off_topic": 0.906},
    # Held back only, written fresh in round 30 the same way (55 answerable, 55 uncovered) and
    # scored once before the round (964622f: 0.564, 0.564, 0.600; covered declined 7 of 55) and
    # once after its merges (the same figures; covered declined 8 of 55). Its misses are in
    # eval/HISTORY.md, "Fresh set 27", not here: the next round validates on it.
    "v27": {"key_fact": 0.564, "first_sentence": 0.564, "off_topic": 0.600},
    # Held back only, written fresh in round 31 the same way (56 answerable, 54 uncovered) and
    # scored once before the round (ecc0346: 0.554, 0.554, 0.778; covered declined 14 of 56) and
    # once after its merges (0.554, 0.554, 0.759; covered declined 14 of 56). Its misses are in
    # eval/HISTORY.md, "Fresh set 28", not here: the next round validates on it.
    "v28": {"key_fact": 0.554, "first_sentence": 0.554, "off_topic": 0.759},
    # Held back only, written fresh in round 32 the same way (55 answerable, 55 uncovered) and
    # scored once before the round (b945a7f: 0.582, 0.564, 0.691; covered declined 11 of 55),
    # once after the models trained on set 27 (0.582, 0.564, 0.709) and once after the round's
    # merges (the memory of labelled questions on; seen: a long-haul job is not long COVID):
    # 0.600, 0.582, 0.709; covered declined 11 of 55. Its misses are in eval/HISTORY.md, "Fresh
    # set 29", not here: the next round validates on it.
    # Round 35: the models train on sets 1-30 (sets 29 and 30 joined); the answer-or-decline
    # decision's cut (covered declined at most 3%) moved toward answering: off-topic declined
    # 0.709 -> 0.673 on this set, in sample (eval/HISTORY.md, round 35).
    "v29": {"key_fact": 0.600, "first_sentence": 0.582, "off_topic": 0.673},
    # Held back only, written fresh in round 33 the same way (56 answerable, 54 uncovered) and
    # scored once before the round (f64c970: 0.714, 0.696, 0.685; covered declined 8 of 56), once
    # after the models trained on set 28 and once after the round's merges: the same. Its misses
    # are in eval/HISTORY.md, "Fresh set 30", not here: the next round validates on it.
    "v30": {"key_fact": 0.714, "first_sentence": 0.696, "off_topic": 0.685},
    # Held back only, written fresh in round 34 the same way (55 answerable, 55 uncovered) and
    # scored once before the round (c590c9d: 0.764, 0.764, 0.673; covered declined 7 of 55) and
    # once after the round's merges (speed36, follow35, triage35): the same. Its misses are in
    # eval/HISTORY.md, "Fresh set 31", not here: the next round validates on it.
    # Round 48 (offtopic49: an order aimed at the bot is declined): off-topic 0.714 -> 0.732
    # (41 of 56; 0.673 registered before).
    "v31": {"key_fact": 0.764, "first_sentence": 0.764, "off_topic": 0.732},
    # Held back only, written fresh in round 35 the same way (54 answerable, 56 uncovered) and
    # scored on 85d98d8's build and on 29eca9e's (the models trained on sets 1-30: 0.778, 0.759,
    # 0.696; covered declined 7 of 54) and once after the round's merges (triage36, speed37,
    # follow36): 0.796, 0.778, 0.714; covered declined 6 of 54. Its misses are in eval/HISTORY.md,
    # "Fresh set 32", not here: the next round validates on it.
    # Round 43 (first44): first sentence 0.815 -> 0.852, within FLOOR of the target.
    "v32": {"key_fact": 0.796, "first_sentence": 0.852, "off_topic": 0.714},
    # Held back only, written fresh in round 36 the same way (56 answerable, 54 uncovered) and
    # scored once on 3c83618's build before the round and once after the round's merges
    # (follow37): the same, 0.786, 0.786, 0.630; covered declined 2 of 56. Its misses are in
    # eval/HISTORY.md, "Fresh set 33", not here: the next round validates on it.
    # Round 41 (the relabel of 2026-12-06 and spanish42): key fact and first sentence 0.768 ->
    # 0.750 (one question of 56), lead below.
    # Round 48 (offtopic49: an order aimed at the bot is declined): off-topic 0.759 -> 0.778
    # (42 of 54; 0.629 registered before).
    "v33": {"key_fact": 0.750, "first_sentence": 0.750, "off_topic": 0.778},
    # Held back only, written fresh in round 37 the same way (56 answerable, 54 uncovered) and
    # scored once on 99f0b98's build before the round (0.643, 0.696, 0.593; covered declined 9
    # of 56) and once after the round's merges (triage38, decline38, follow38): 0.661, 0.714,
    # 0.722; covered declined 6 of 56. Its misses are in eval/HISTORY.md, "Fresh set 34".
    # Round 48 (offtopic49: an order aimed at the bot is declined): off-topic 0.741 -> 0.759
    # (41 of 54; 0.722 registered before).
    "v34": {"key_fact": 0.660, "first_sentence": 0.714, "off_topic": 0.759},
    # Held back only, written fresh in round 38 the same way (55 answerable, 55 uncovered) and
    # scored once on f5e0d33's build before the round (0.800, 0.782, 0.873; covered declined 3 of
    # 55) and once after the round's merges (triage39, decline39, follow39, speed39): 0.800, 0.800,
    # 0.873; covered declined 3 of 55. Its misses are in eval/HISTORY.md, "Fresh set 35".
    # Round 46 (decline47): another engineered cell or antibody declined by name, off-topic
    # declined 0.873 -> 0.909 (CAR-NK and bispecifics).
    "v35": {"key_fact": 0.800, "first_sentence": 0.800, "off_topic": 0.909},
    # Held back only, written fresh in round 39 the same way (57 answerable, 53 uncovered) and
    # scored once on 390e030's build before the round (0.807, 0.807, 0.811; covered declined 3 of
    # 57) and once after the round's merges (decline40, follow40, speed40, triage40): the same.
    # Its misses are in eval/HISTORY.md, "Fresh set 36".
    # Round 43 (first44): first sentence 0.825 -> 0.860, within FLOOR of the target.
    "v36": {"key_fact": 0.807, "first_sentence": 0.860, "off_topic": 0.811},
    # Held back only, written fresh in round 40 the same way (61 answerable after six near-miss
    # questions were relabelled by the text, 49 uncovered) and scored once on 87e8cbb's build
    # before the round (0.869, 0.836, 0.755; covered declined 3 of 61) and once after the
    # round's merges (speed41, triage41): the same. Its misses are in eval/HISTORY.md, "Fresh
    # set 37".
    # Round 48 (offtopic49: an order aimed at the bot is declined): off-topic 0.755 -> 0.796
    # (39 of 49).
    "v37": {"key_fact": 0.869, "first_sentence": 0.836, "off_topic": 0.796},
    # Held back only, written fresh in round 41 the same way (64 answerable after nine near-miss
    # questions were relabelled by the text, 46 uncovered) and scored once on 1e030dc's build
    # before the round (0.688, 0.641, 0.717; covered declined 9 of 64) and once after the
    # round's merges (speed42, spanish42, relabel, triage42): the same, covered declined 8. Its
    # misses are in eval/HISTORY.md, "Fresh set 38".
    # Round 46 (decline47): another engineered cell or antibody declined by name, off-topic
    # declined 0.696 (decline45) -> 0.739 (CAR-NK, CAR-Treg).
    # Round 48 (offtopic49: an order aimed at the bot is declined): off-topic 0.739 -> 0.761
    # (35 of 46).
    "v38": {"key_fact": 0.688, "first_sentence": 0.641, "off_topic": 0.761},
    # Held back only, written fresh in round 42 the same way (58 answerable after three near-miss
    # questions were relabelled by the text, 52 uncovered) and scored once on 0738f76's build
    # before the round (0.845, 0.862, 0.731; covered declined 4 of 58) and once after the
    # round's merges (follow43, speed43, lead43, rules43, triage43, the second relabel): the
    # same. Its misses are in eval/HISTORY.md, "Fresh set 39".
    # Round 46 (decline47): another engineered cell or antibody declined by name, off-topic
    # declined 0.750 -> 0.769 (a bispecific).
    # Round 48 (offtopic49: an order aimed at the bot is declined): off-topic 0.769 -> 0.788
    # (41 of 52).
    "v39": {"key_fact": 0.845, "first_sentence": 0.862, "off_topic": 0.788},
    # Held back only, written fresh at the start of round 43 the same way (60 answerable after
    # five near-miss questions were relabelled by the text, 50 uncovered) and scored once on
    # c5048e9's build before the round (0.600, 0.583, 0.840; covered declined 9 of 60) and
    # once after the round's merges (first44: a first question answered from its ranking's
    # first section; triage44, fa44, follow44, the tests on every core). Its misses are in
    # eval/HISTORY.md, "Fresh set 40".
    # Round 48 (offtopic49: an order aimed at the bot is declined): off-topic 0.840 -> 0.880
    # (44 of 50).
    "v40": {"key_fact": 0.650, "first_sentence": 0.633, "off_topic": 0.880},
    # Held back only, written fresh at the start of round 44 the same way (59 answerable after
    # four near-topic questions were relabelled by the text, 51 uncovered) and scored once on
    # bb9ac86's build before the round (0.797, 0.797, 0.725; covered declined 3 of 59) and
    # once after the round's merges (the same but off-topic 0.706: one more uncovered
    # question answered, decline45). Its misses are in eval/HISTORY.md, "Fresh set 41".
    # Round 46 (decline47): another engineered cell or antibody declined by name, off-topic
    # declined 0.706 -> 0.725 (CAR-NK).
    "v41": {"key_fact": 0.797, "first_sentence": 0.797, "off_topic": 0.725},
    # Held back only, written fresh at the start of round 45 the same way (56 answerable after
    # a near-topic question was relabelled by the text, 54 uncovered) and scored once on
    # 1ffaf7d's build before the round (0.821, 0.804, 0.722; covered declined 4 of 56) and
    # once after the round's merges (the same). Its misses are in eval/HISTORY.md, "Fresh
    # set 42".
    # Round 46 (decline47): another engineered cell or antibody declined by name, off-topic
    # declined 0.722 -> 0.741 (validation, looked at once).
    "v42": {"key_fact": 0.821, "first_sentence": 0.804, "off_topic": 0.741},
    # Held back only, written fresh at the start of round 46 the same way (57 answerable after
    # two near-topic questions were labelled by the text, 53 uncovered) and scored once on
    # 19bca04's build before the round and once after its merges (the same: 0.772, 0.754,
    # 0.830; covered declined 4 of 57). Its misses are in eval/HISTORY.md, "Fresh set 43".
    "v43": {"key_fact": 0.772, "first_sentence": 0.754, "off_topic": 0.830},
    # Held back only, written fresh at the start of round 47 the same way (58 answerable after
    # three near-topic questions were labelled by the text, 52 uncovered) and scored once on
    # 2e659cf's build before the round and once after its merges and review fixes (the same:
    # 0.759, 0.724, 0.673; covered declined 5 of 58). Its misses are in eval/HISTORY.md, "Fresh
    # set 44".
    "v44": {"key_fact": 0.759, "first_sentence": 0.724, "off_topic": 0.673},
    # Held back only, written fresh at the start of round 48 the same way (56 answerable after
    # one near-topic question was labelled by the text, 54 uncovered) and scored once on
    # ad4ed54's build before the round and once after its merges and review fixes (the same:
    # 0.839, 0.821, 0.759; covered declined 2 of 56). Its misses are in eval/HISTORY.md, "Fresh
    # set 45".
    "v45": {"key_fact": 0.839, "first_sentence": 0.821, "off_topic": 0.759},
    # Held back only, written fresh at the start of round 49 the same way (56 answerable after
    # one near-topic question was labelled by the text, 54 uncovered) and scored once on
    # 6a7ec4f's build before the round and once after its merges (the same: 0.875, 0.839,
    # 0.815; covered declined 4 of 56). Its misses are in eval/HISTORY.md, "Fresh set 46".
    "v46": {"key_fact": 0.875, "first_sentence": 0.839, "off_topic": 0.815},
    # Held back only, written fresh at the start of round 50 the same way (57 answerable after
    # two near-topic questions were labelled by the text, 53 uncovered) and scored once on
    # caebdf0's build before the round (0.842, 0.825, 0.811; covered declined 4 of 57) and once
    # after it (the answer parts on sets 1-46: 0.842, 0.825, 0.887; covered declined 3 of 57).
    # Its misses are in eval/HISTORY.md, "Fresh set 47".
    "v47": {"key_fact": 0.842, "first_sentence": 0.825, "off_topic": 0.887},
}
# The share of held-back answers whose first sentence states a key fact (the lead), measured in
# round 17 (issue 11, seen): the lead sentence weighed with the question's own words and the
# intent's cue counting more. Before -> after: v1 0.598 -> 0.602, v2 0.622 -> 0.730, v3 0.537 ->
# 0.588, v4 0.525 -> 0.588, v5 0.625 -> 0.650, v6 0.557 -> 0.620, v7 0.551 -> 0.628, v8 0.577 ->
# 0.590, v9 0.384, v10 0.479 -> 0.507, v11 0.548, v12 0.554 -> 0.607, v13 0.600. Key facts then
# v5 0.875, v7 0.846 (one more each), v11 0.767 (one fewer: "myasthenia car t how many got
# better" leads with the trial's design and no longer quotes the 71%); first sentences unchanged.
# Round 19 (answers20): v2 0.730 -> 0.716, v3 -> 0.600, v6 -> 0.633, v8 -> 0.603, v10 -> 0.535,
# v11 -> 0.575, v14 0.449 -> 0.478, v15 0.482 -> 0.500.
# Round 21 (evalpath22): judged on the reply a patient gets (see MEASURED): v1 0.602 -> 0.598,
# v2 0.716 -> 0.689, v3 0.600 -> 0.575, v4 0.588 -> 0.575, v5 0.650 -> 0.637, v6 0.633 ->
# 0.608, v11 0.575 -> 0.562, v12 0.607 -> 0.571, v14 0.478 -> 0.464, v15 0.500 -> 0.482, v16
# 0.593 -> 0.556, v17 0.500 -> 0.466. Round 21 (trialroute22, questions about trials in
# general answered from their sections): v2 -> 0.703, v5 -> 0.650, v6 -> 0.620, v11 -> 0.575,
# v12 -> 0.589, v17 -> 0.483.
# Round 29 (sent30): the lead sentence chosen by a model fitted on sets 1-24 (sentence_choice.py;
# held out, lead 0.558 -> 0.587, mean of 24 sets): v2 0.703 -> 0.541, its details asked by a rare
# word ("does levodopa help...") now led by the section's opening sentence.
# Round 32 (the memory of labelled questions; each set scored without its own): v1 0.598 ->
# 0.566, set 1's one-question-a-section wording pulled to later sets' labels (eval/HISTORY.md).
MEASURED_LEAD = {
    "v1": 0.566,
    # Round 35 (the lead trains on sets 1-30): 0.541 -> 0.500 (in sample). Round 50 (the lead on
    # sets 1-46, memory51): 0.500 -> 0.419.
    "v2": 0.419,
    "v3": 0.575,
    "v4": 0.575,
    "v5": 0.625,
    "v6": 0.620,
    "v7": 0.628,
    "v8": 0.551,
    "v9": 0.370,
    "v10": 0.535,
    "v11": 0.562,
    "v12": 0.589,
    "v13": 0.600,
    # Set 14 (fresh, round 17): 0.449 before the round and after it.
    "v14": 0.493,
    # Set 15 (fresh, round 18): 0.482 before the round and after it.
    "v15": 0.482,
    # Set 16 (fresh, round 19): 0.593 before the round and after it.
    "v16": 0.556,
    # Set 17 (fresh, round 20): 0.500 before the round and after it.
    "v17": 0.534,
    # Set 18 (fresh, round 21): 0.583 before the round and after it.
    "v18": 0.633,
    # Set 19 (fresh, round 22): 0.491 before the round and after it.
    "v19": 0.509,
    # Set 20 (fresh, round 23): 0.491 before the round and after it.
    "v20": 0.561,
    # Set 21 (fresh, round 24): 0.509 before the round and after it.
    "v21": 0.509,
    # Set 22 (fresh, round 25): 0.390 before the round and after it.
    "v22": 0.492,
    # Set 23 (fresh, round 26): 0.418 before the round and after it.
    "v23": 0.527,
    # Set 24 (fresh, round 27): 0.362 before the round, 0.414 after it.
    "v24": 0.414,
    # Set 25 (fresh, round 28): 0.397 before the round and after it.
    "v25": 0.397,
    # Set 26 (fresh, round 29): 0.464 before the round, 0.446 after it (sent30's learned lead
    # sentence opens one answer with another sentence of the same section).
    "v26": 0.446,
    # Set 27 (fresh, round 30): 0.491 before the round and after it.
    "v27": 0.491,
    # Set 28 (fresh, round 31): 0.446 before the round and after it.
    "v28": 0.446,
    # Set 29 (fresh, round 32): 0.473 before the round, 0.491 after it.
    "v29": 0.491,
    # Set 30 (fresh, round 33): 0.625 before the round and after it. Round 42 (the second
    # relabel retrains the learned lead on sets 1-30): 0.589.
    "v30": 0.589,
    # Set 31 (fresh, round 34): 0.618 before the round and after it.
    "v31": 0.618,
    # Set 32 (fresh, round 35): 0.704 before the round, 0.722 after it.
    "v32": 0.722,
    # Set 33 (fresh, round 36): 0.643 before the round and after it.
    # Round 41 (the relabel and spanish42): 0.625 -> 0.607.
    "v33": 0.607,
    # Set 34 (fresh, round 37): 0.518 before the round, 0.536 after it.
    "v34": 0.535,
    # Set 35 (fresh, round 38): 0.727 before the round, 0.745 after it; 0.709 since round 50 (the
    # lead on sets 1-46, this set in sample; memory51).
    "v35": 0.709,
    # Set 36 (fresh, round 39): 0.667 before the round and after it.
    "v36": 0.667,
    # Set 37 (fresh, round 40): 0.721 before the round and after it.
    "v37": 0.721,
    # Set 38 (fresh, round 41): 0.578 before the round and after it.
    "v38": 0.578,
    # Set 39 (fresh, round 42): 0.776 before the round and after it.
    "v39": 0.776,
    # Set 40 (fresh, round 43): 0.483 before the round, 0.533 after it (first44).
    "v40": 0.533,
    # Set 41 (fresh, round 44): 0.661 before the round and after it.
    "v41": 0.661,
    # Set 42 (fresh, round 45): 0.732 before the round and after it.
    "v42": 0.732,
    # Set 43 (fresh, round 46): 0.737 before the round and after it.
    "v43": 0.737,
    # Set 44 (fresh, round 47): 0.672 before the round and after it.
    "v44": 0.672,
    # Set 45 (fresh, round 48): 0.786 after the round (no answer of the set moved in it).
    "v45": 0.786,
    # Set 46 (fresh, round 49): 0.839 after the round (no answer of the set moved in it).
    "v46": 0.839,
    # Set 47 (fresh, round 50): 0.754 after the round.
    "v47": 0.754,
}
TARGETS = {"key_fact": 0.90, "first_sentence": 0.85, "off_topic": 0.95}
FLOOR = 0.03  # how far under the measured figure a floor sits


@pytest.fixture(scope="module")
def guide(kept_embedder):
    # Each question is ranked once per mode: embed it once, or read what `kb build` kept.
    articles = load_knowledge(DEFAULTS["KNOWLEDGE_DIR"])
    try:
        index = load_index(DEFAULTS["INDEX_DIR"])
        if stale_files(index.manifest, articles, kept_embedder.name):
            raise IndexMissing("stale")
    except IndexMissing:
        index = build_index(articles, kept_embedder)
    return Guide(index, kept_embedder, guide_settings(DEFAULTS))


@pytest.fixture(scope="module")
def questions():
    return {
        name: [q for path in files for q in load_questions(path)]
        for name, files in QUESTION_SETS.items()
    }


@pytest.mark.parametrize(
    ("question", "article"), [("lupis car t results", "lupus"), ("myosotis car t", "myositis")]
)
def test_a_misspelt_condition_is_answered_from_its_article(guide, question, article):
    # Both were declined before a letter other than in a condition's name was read as it.
    answer = guide.reply(question)
    assert answer.kind == ReplyKind.ANSWER
    assert answer.quotes[0].passage.split("#", 1)[0] == article


@pytest.mark.parametrize(
    ("question", "section"),
    [
        # The asker's own life, in words the articles never use (asked_as written in round 25).
        (
            "i work at a car wash, when can i go back to my job after car t",
            "back-to-work-or-school#when-can-i-go-back-to-work-after-car-t",
        ),
        (
            "can i go to my cousins graduation party after car t",
            "avoiding-infections-at-home#should-i-avoid-crowds-and-sick-people",
        ),
        (
            "my dad lives on his own, does someone need to stay with him after car t",
            "caregiver-role",
        ),
    ],
)
def test_a_question_told_in_the_askers_own_life_is_answered(guide, question, section):
    answer = guide.reply(question)
    assert answer.kind == ReplyKind.ANSWER
    assert answer.quotes[0].passage.startswith(section)


# Round 47 (offtopic48): questions near the guide's topics that no section answers, in a
# patient's words (service animals, drug screens, disability benefits, wigs, long covid, a care
# home, an allergy, who owns the cells...), written before any change and declined today, and
# covered questions sharing their words, answered today. Seven more written with them are still
# answered (eval/HISTORY.md, round 47, offtopic48): a guide dog on the ward, disability payments
# after a remission, assisted living, who owns the engineered cells, periods after the chemo,
# biotin before collection, kosher meals.
@pytest.mark.parametrize(
    "question",
    [
        pytest.param(
            "is my emotional support cat allowed on the cell therapy ward",
            marks=pytest.mark.xfail(
                strict=True,
                reason="round 50, the answer parts on sets 1-46 (memory51): answered from the"
                " emotional changes after CAR-T",
            ),
        ),
        "can my service dog come with me to the apheresis appointment",
        "will car t make me test positive on a workplace urine drug screen",
        "could the medicines they give with car t show up on a pre-employment drug test",
        "can i claim short term disability benefits while recovering from car t",
        "how do i apply for ssdi after car t",
        "will insurance pay for a wig if the chemo before car t takes my hair",
        "do i need a doctors prescription for a wig after lymphodepletion",
        "could car t help my long covid fatigue",
        "can my mom recover from car t in a skilled nursing facility instead of at home",
        "im allergic to latex, will the apheresis team use latex gloves",
        "will car t change my blood type",
        "can i get a handicap parking permit while i recover from car t",
        "does having had car t affect joining the military later",
        "will car t show up on a dna ancestry test",
        "can i bring my own pillow and blanket for the car t hospital stay",
        "can i use my hsa to pay for the hotel near the car t center",
        "does car t help psoriasis",
        "can i get a tattoo touched up after car t",
        "will car t cause problems with my contact lenses",
    ],
)
def test_a_question_near_the_guides_topics_that_no_section_answers_is_declined(guide, question):
    assert guide.reply(question).kind == ReplyKind.NO_ANSWER


@pytest.mark.parametrize(
    "question",
    [
        "can i have pets at home after car t",
        "can my dog sleep in the bed with me after car t",
        "how long is the hospital stay for car t",
        "what tests do i need before car t",
        "what drugs are used in the chemo before car t",
        "when can i go back to work after car t",
        "can i take fmla leave for car t",
        "will insurance pay for car t",
        "does medicare pay for car t",
        "will the chemo before car t make my hair fall out",
        "will my hair grow back after car t",
        "can car t help lupus",
        "when can my child go back to school after car t",
        "what is apheresis",
        "how are my t cells engineered",
        "what happens to my cells after they are collected",
        "how long does recovery take after car t",
        "do i need a caregiver after car t",
        "when can i drive after car t",
        "how long do i need to stay near the treatment center",
        "what vaccines do i need after car t",
        "can i have visitors in the hospital after car t",
        "does car t change my dna",
        "can i donate blood after car t",
        "how much does car t cost",
        "is there a support group for people who had car t",
    ],
)
def test_a_covered_question_sharing_their_words_is_answered(guide, question):
    assert guide.reply(question).kind == ReplyKind.ANSWER


@pytest.mark.parametrize(
    ("opening", "message", "section"),
    [
        # A packed place the guide never names is a crowd (declined before round 44).
        (
            "what should i avoid after car-t",
            "the brewery gets packed on saturdays, can i go",
            "avoiding-infections-at-home#should-i-avoid-crowds-and-sick-people",
        ),
        # Back at one's place of work asks when people go back to work (the hospital stay's
        # leaving before round 44).
        (
            "how long is the hospital stay after car t",
            "how soon could i be back on the tractor",
            "back-to-work-or-school#when-can-i-go-back-to-work-after-car-t",
        ),
    ],
)
def test_a_later_crowd_or_return_to_work_told_in_the_askers_words_is_answered(
    guide, opening, message, section
):
    first = guide.reply(opening)
    cited = tuple(Section(*s.url.removeprefix("/knowledge/").split("#")) for s in first.sources)
    history = [Turn("user", opening), Turn("assistant", first.text, cited)]
    answer = guide.reply(message, history)
    assert answer.kind == ReplyKind.ANSWER
    assert answer.quotes[0].passage == section


# Round 41 (relabel of 2026-12-06): set 5's "can i keep taking my ozempic during car t" is
# uncovered now (the guide says only that the team decides), 79 answerable.
@pytest.mark.parametrize(
    ("name", "least"),
    [
        ("v1", 500),
        ("v2", 140),
        ("v3", 80),
        ("v4", 80),
        ("v5", 79),
        ("v6", 79),
        # Round 42 (the second blind relabel): v7 and v31 lose one answerable question each.
        ("v7", 77),
        ("v8", 78),
        ("v9", 73),
        ("v10", 71),
        ("v11", 73),
        ("v12", 56),
        ("v13", 55),
        ("v14", 69),
        ("v15", 56),
        ("v16", 54),
        ("v17", 58),
        ("v18", 60),
        ("v19", 57),
        ("v20", 57),
        ("v21", 55),
        ("v22", 59),
        ("v23", 55),
        ("v24", 58),
        ("v25", 58),
        ("v26", 56),
        ("v27", 55),
        ("v28", 56),
        ("v29", 55),
        ("v30", 56),
        ("v31", 54),
        ("v32", 54),
        ("v33", 56),
        ("v34", 56),
        ("v35", 55),
        ("v36", 57),
        ("v37", 61),
        ("v38", 64),
        ("v39", 58),
        ("v40", 60),
        ("v41", 59),
        ("v42", 56),
        ("v43", 57),
        ("v44", 58),
        ("v45", 56),
        ("v46", 56),
        ("v47", 57),
    ],
)
def test_the_sets_are_big_and_labelled_with_real_sections(guide, questions, name, least):
    passage_ids = {p.id for p in guide.index.passages}
    answerable = [q for q in questions[name] if q.answerable]
    assert len(answerable) >= least
    assert sum(not q.answerable for q in questions[name]) >= 20
    assert HELD_BACK in {q.split for q in questions[name]} <= set(SPLITS)  # v3-v24: held back only
    for question in questions[name]:
        assert question.expected <= passage_ids, question.question
    assert all(q.key_facts for q in answerable)


@pytest.fixture(scope="module")
def scores(guide, questions):
    """Per set: the replies' scores ("hybrid"), and each ablation's ranking alone."""
    return {
        name: {
            "hybrid": by_split(run(guide, items)),
            **{m: by_split(retrieve(guide, items, m), retrieval) for m in ABLATIONS},
        }
        for name, items in questions.items()
    }


@pytest.mark.parametrize("name", QUESTION_SETS)
def test_held_back_answers_hold_the_measured_floors(scores, name, report):
    for split in scores[name]["hybrid"]:  # v3 to v24 are held back only
        s = scores[name]["hybrid"][split]
        report(
            f"answers ({name} {split}, hybrid, {s.count} questions): key fact "
            f"{s.key_fact:.1%} (lead {s.fact_first:.1%}), first sentence from a labelled "
            f"section {s.first_sentence:.1%}, covered declined {s.covered_declined:.1%}, "
            f"off-topic declined {s.off_topic_declined:.1%}, mixing {s.mixing}, help now first "
            f"{s.help_first}; "
            f"hit@1 {s.hit_at_1:.3f}, hit@3 {s.hit_at_3:.3f}"
        )
    held_back, measured = scores[name]["hybrid"][HELD_BACK], MEASURED[name]
    assert held_back.key_fact >= measured["key_fact"] - FLOOR
    assert held_back.fact_first >= MEASURED_LEAD[name] - FLOOR
    assert held_back.first_sentence >= measured["first_sentence"] - FLOOR
    assert held_back.off_topic_declined >= measured["off_topic"] - FLOOR
    assert held_back.mixing == 0


# Set 6 declines 3 of its 79 covered questions (3.8%), before and after round 8. Set 8 (fresh,
# round 11) declined 4 of 78 (5.1%), before and after the round; 1 (1.3%) since round 12 left
# words about the asker out of the confidence. Set 9 (fresh, round 12) declined 5 of 73 (6.8%)
# before the round and 4 (5.5%) after it. Set 10 (fresh, round 13) declines 3 of 71 (4.2%) before
# the round and after it. Set 11 (fresh, round 14) declined 4 of 73 (5.5%) before the round and
# after it; 2 (2.7%) since a condition misspelt by a letter is read as its name (seen). Set
# 12 (fresh, round 14) declines 3 of 56 (5.4%) before the second half and after it; 2 (3.6%)
# since round 16. Set 9 declines 5 of 73 (6.8%) since round 17 ("does aetna cover car t trials",
# a named insurer, which sets 12 and 13 label off-topic), 6 (8.2%) since round 21 ("does kaiser
# permanente cover car t for lupus": a payer no passage names, which sets 12 to 17 label
# off-topic). Set 16 (fresh, round 19) declines 4 of
# 54 (7.4%) before the round and after it. Set 17 (fresh, round 20) declines 6 of 58 (10.3%)
# before the round and after it. Round 21 (evalpath22): help now alone, given where the rules
# read a red flag, is a decline of the reply a patient gets: v3 1 -> 3 of 80, v6 3 -> 4, v12 2
# -> 3, v14 2 -> 5 of 69, v15 1 -> 2 of 56, v16 4 -> 7, v17 6 -> 7 (v1, v2, v4, v5 one to three
# more, still at most 3%). Round 21 (seen, declines22): set 16 one fewer, "getting off harsh
# drugs" naming no medicine. Set 18 (fresh, round 21) declines 10 of 60 (16.7%) before the round
# and after it: two are help now alone on a sign asked about now, two are labelled covered where
# earlier sets label the like uncovered (Ohio Medicaid, an MS cane). Set 19 (fresh, round 22)
# declines 6 of 57 (10.5%) before the round and after it. Set 20 (fresh, round 23) declines 9 of
# 57 (15.8%) before the round and after it. Set 21 (fresh, round 24) declines 5 of 55 (9.1%)
# before the round and after it. Set 22 (fresh, round 25) declines 16 of 59 (27.1%) before the
# round and after it: 5 get help now alone (four for a sign told as now, such as 38.6 with
# shaking; one a Spanish question about days in hospital), one is taken for a question about
# transplants ("is it a drug, a transplant, what"), and most others ask of the asker's own life
# far from any heading (a welder under the hood, a bearded dragon, backyard chickens).
# Round 26 (answers27): scope readings and asked_as on the asker's own life (teaching, lessons at
# home, blood counts low at home, years of follow-up), sets 1-21: v12 3 -> 1 of 56 (target met),
# v14 5 -> 4, v18 10 -> 9, v19 6 -> 5, v20 9 -> 7, v21 5 -> 3; set 22 unchanged.
# Round 27 (decline28): a learned decision answers or declines first questions (bot/decline.py),
# trained on sets 1-22: v2 1 -> 2, v3 3 -> 4, v5 1 -> 5, v7 1 -> 3, v8 1 -> 8, v9 6 -> 10, v11
# 1 -> 3, v13 0 -> 1 (short or everyday questions: "cost?", "driving", cheeses after CAR-T); v14
# 4 -> 3, v17 6 -> 4, v18 9 -> 6, v19 5 -> 2, v20 7 -> 3, v21 3 -> 2, v22 16 -> 8, v23 14 -> 9
# (questions told in the asker's own life). Leave-one-set-out, see eval/HISTORY.md. Round 28:
# the decision trains on set 23 too: v5 5 -> 4, v9 10 -> 9, v11 3 -> 1, v15 2 -> 1, v22 8 -> 9,
# v24 15 -> 14. Set 25 (fresh, round 28) declines 6 of 58 (10.3%) before the round and after it.
# Set 26 (fresh, round 29) declines 5 of 56 (8.9%) before the round and after it. Set 27 (fresh,
# round 30) declines 7 of 55 (12.7%) before the round, 8 (14.5%) after it. Round 32 (the
# memory of labelled questions; each set scored without its own): v13 1 -> 2 of 55. Round 35 (the
# decision trains on sets 1-30): v7 3 -> 2 of 78 and v13 2 -> 1 of 55, the target met.
# Round 35 (follow36: the decision reads the memory agreeing with the ranking, its cut at 2.5%;
# the decision is trained on these sets, so these figures are in-sample, measured against
# 29eca9e's build): v5 3 -> 2 of 80, v8 4 -> 2 of 78, v21 2 -> 1 of 55 (now at the target);
# v23 6 -> 6, v24 14 -> 13. (v7 and v13 read at the target on 29eca9e's build too.)
# Round 37 (decline38: the decision reads the nearest uncovered labelled question, its cut at 2%;
# in sample): v3 4 -> 2 of 80 and v10 3 -> 1 of 71 (now at the target), v8 2 -> 4 of 78 (held out
# over set 8 too: 2 -> 4 questions; eval/HISTORY.md, round 37).
# Round 41 (the relabel of 2026-12-06, the decision retrained): v3 2 -> 3 of 80, v12 1 of 56 ->
# 3 of 58 and v13 1 of 55 -> 2 of 57,
# where questions now labelled covered (the MS remission questions, the odds with lupus nephritis,
# juvenile dermatomyositis, the pirate's "what is car t") are declined; eval/relabel-2026-12-06.md.
# Round 42 (lead43, a disease said not to respond to its treatment is no person unresponsive): v14
# 3 -> 2 of 69, at the target ("my dermatomyositis isnt responding to anything ..." answered).
# Round 50 (memory51: the decision on sets 1-46, these sets in sample): v6 and v33 at the target
# now; v2 (3 of 74) and v15 (2 of 57) over it.
DECLINES_TOO_MANY = {
    "v2": "v2 held back declines 3 of 74 covered",
    "v3": "v3 held back declines 3 of 80 covered",
    "v8": "v8 held back declines 4 of 78 covered",
    "v9": "v9 held back declines 9 of 73 covered",
    "v12": "v12 held back declines 3 of 58 covered",
    "v13": "v13 held back declines 2 of 57 covered",
    "v15": "v15 held back declines 2 of 57 covered",
    "v16": "v16 held back declines 6 of 54 covered",
    "v17": "v17 held back declines 4 of 58 covered",
    "v18": "v18 held back declines 6 of 60 covered",
    "v19": "v19 held back declines 2 of 57 covered",
    "v20": "v20 held back declines 3 of 57 covered",
    "v22": "v22 held back declines 9 of 59 covered",
    "v23": "v23 held back declines 6 of 55 covered",
    "v24": "v24 held back declines 13 of 58 covered",
    "v25": "v25 held back declines 6 of 58 covered",
    "v26": "v26 held back declines 5 of 56 covered",
    "v27": "v27 held back declines 8 of 55 covered",
    "v28": "v28 held back declines 14 of 56 covered",
    "v29": "v29 held back declines 11 of 55 covered",
    "v30": "v30 held back declines 8 of 56 covered",
    "v31": "v31 held back declines 7 of 55 covered",
    "v32": "v32 held back declines 6 of 54 covered",
    "v34": "v34 held back declines 6 of 56 covered",
    "v35": "v35 held back declines 3 of 55 covered",
    "v36": "v36 held back declines 3 of 57 covered",
    "v37": "v37 held back declines 3 of 61 covered",
    "v38": "v38 held back declines 8 of 64 covered",
    "v39": "v39 held back declines 4 of 58 covered",
    "v40": "v40 held back declines 9 of 60 covered",
    "v41": "v41 held back declines 3 of 59 covered",
    "v42": "v42 held back declines 4 of 56 covered",
    "v43": "v43 held back declines 4 of 57 covered",
    "v44": "v44 held back declines 5 of 58 covered",
    "v45": "v45 held back declines 2 of 56 covered",
    "v46": "v46 held back declines 4 of 56 covered",
    "v47": "v47 held back declines 3 of 57 covered",
}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=DECLINES_TOO_MANY[n]))
        if n in DECLINES_TOO_MANY
        else n
        for n in QUESTION_SETS
    ],
)
def test_held_back_covered_questions_are_rarely_declined(scores, name):
    assert scores[name]["hybrid"][HELD_BACK].covered_declined <= 0.03


def _unmet(target: str) -> list:
    """Each set, as a strict xfail where its measured figure misses the target.

    A set measured within FLOOR of the target is left to its floor test: the CPU a fresh clone
    builds on rounds the int8 vectors its own way and moves a figure by an answer or two (v6's
    first sentence read 0.835 on one machine and over 0.85 on another), so its side of the target
    says nothing about the guide.
    """
    return [
        pytest.param(
            name,
            marks=pytest.mark.xfail(
                strict=True, reason=f"measured {MEASURED[name][target]:.3f} on {name} held back"
            ),
        )
        if MEASURED[name][target] < TARGETS[target]
        else name
        for name in QUESTION_SETS
        if abs(MEASURED[name][target] - TARGETS[target]) >= FLOOR
    ]


@pytest.mark.parametrize("name", _unmet("key_fact"))
def test_held_back_answers_state_the_key_fact(scores, name):
    assert scores[name]["hybrid"][HELD_BACK].key_fact >= TARGETS["key_fact"]


@pytest.mark.parametrize("name", _unmet("first_sentence"))
def test_held_back_answers_lead_from_a_labelled_section(scores, name):
    assert scores[name]["hybrid"][HELD_BACK].first_sentence >= TARGETS["first_sentence"]


@pytest.mark.parametrize("name", _unmet("off_topic"))
def test_held_back_off_topic_questions_are_declined(scores, name):
    assert scores[name]["hybrid"][HELD_BACK].off_topic_declined >= TARGETS["off_topic"]


def test_fusion_beats_either_retriever_alone(scores):
    # Over every set and split, weighted by questions: on v3 alone dense edges fusion in MRR
    # (0.824 against 0.821) since the asked_as phrasings grew; fusion wins on v1 and v2.
    def pooled(mode: str) -> float:
        parts = [s for name in scores for s in scores[name][mode].values()]
        return sum(s.mrr * s.count for s in parts) / sum(s.count for s in parts)

    assert pooled("hybrid") > pooled("dense")
    assert pooled("hybrid") > pooled("lexical")
