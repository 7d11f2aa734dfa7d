"""Urgent signs told in a clinician's words, spelled out as the plain words the rules read.

A nurse, a doctor or a speech therapist who is the patient, or the patient's carer, reports
the same red flags in the words of their trade: "haematemesis x2", "frank haematuria",
"phonemic paraphasias", "his GCS has dropped, E3 V4 M6", "ICE score of 8". Written from the
glossaries behind the CAR-T discharge sheets' warning signs (the ASTCT ICE score and ICANS
grading, the Glasgow Coma Scale, the NHS's and MedlinePlus's pages on the terms), not from
messages. Each term is replaced where it stands by the plain sign, so the rules' negation, time
and question readings ("no haematuria", "what is melaena?", "syncope on day 3, fine since")
read it as they read the plain words.
"""

from __future__ import annotations

from .pattern_set import LazyPattern
from .signs_as_images import BLOOD_IN_URINE, NEAR_FAINT

# The reading of a clinician's word-finding terms; task_failed.py names the same sign so.
WORDS_MIXED_UP = "mixing up words"
_VOMITING_BLOOD = "vomiting blood"
_BLACK_STOOL = "black tarry stool"
_COUGHING_BLOOD = "coughing up blood"
_NOSEBLEED = "nosebleed"
_SLURRED = "slurred speech"
_FAINTED = "fainted"
_PRESSURE_LOW = "blood pressure is very low"
_HEART_RACING = "heart racing"
_BREATHING = "trouble breathing"
_FACE_DROOPING = "face drooping"
_ONE_SIDE_WEAK = "sudden weakness on one side"
_DROWSY = "very drowsy"
_CONFUSED = "confused"
_DOUBLE_VISION = "double vision"
_STIFF_NECK = "stiff neck"
_LITTLE_URINE = "hardly any urine"

_SIDE = r"(?:(?:left|right|one)[- ]sided |(?:left|right|unilateral) )"

# (the clinical words, the plain sign). British and American spellings; each a whole term.
_TERMS: tuple[tuple[str, str], ...] = (
    (r"ha?ematemesis", _VOMITING_BLOOD),
    (r"(?:frank |gross |macroscopic |visible )?ha?ematuria", BLOOD_IN_URINE),
    (r"mela?ena|malena", _BLACK_STOOL),
    (r"ha?emoptysis", _COUGHING_BLOOD),
    (r"epistaxis", _NOSEBLEED),
    (
        r"(?:(?:phonemic|semantic|literal|verbal) )?paraphasi(?:as?|c(?: errors?)?)"
        r"|(?:expressive |receptive )?(?:aphasi[ac]|dysphasi[ac])|anomia|anomic"
        r"|word[- ]finding (?:errors?|difficult(?:y|ies)|problems?|trouble)",
        WORDS_MIXED_UP,
    ),
    (r"dysarthri[ac]", _SLURRED),
    (r"(?:a |an )?(?:vasovagal )?syncop(?:e|al episode)", _FAINTED),
    (r"pre-?syncop(?:e|al)", NEAR_FAINT),
    # The noun as the noun ("says hypotension is common" asks); the state as the state.
    (r"hypotension", "low blood pressure"),
    (r"hypotensive", _PRESSURE_LOW),
    (r"tachycardi(?:a|c)", _HEART_RACING),
    (r"hypoxi[ac]|hypoxaemi[ac]|hypoxemi[ac]|desaturat\w*|desatt?ing|tachypnoe?i?[ac]", _BREATHING),
    (rf"{_SIDE}?facial (?:weakness|droop|palsy|asymmetry)", _FACE_DROOPING),
    (rf"{_SIDE}?hemi(?:paresis|plegia)|{_SIDE}weakness", _ONE_SIDE_WEAK),
    (r"obtunded|reduced (?:conscious level|consciousness|gcs)", _DROWSY),
    (
        r"encephalopath(?:y|ic)|altered mental status"
        r"|(?:his |her |my )?orientation (?:is |has )?(?:off|gone|poor|worse)",
        _CONFUSED,
    ),
    (r"diplopia", _DOUBLE_VISION),
    (r"meningism(?:us)?|nuchal rigidity|neck stiffness", _STIFF_NECK),
    (r"oliguri[ac]|anuri[ac]", _LITTLE_URINE),
)
# Every term above, and the scores below, holds one of these ("." a space in a stem). Kept by
# hand because the E V M score has no fixed piece but "e", which would open the pattern set's own
# gate on nearly every message.
_STEM_WORDS = (
    "hemat haemat melena melaena malena hemop haemop epistax aphas dysphas anomi"
    " word.find word-find dysarthri syncop hypotensi tachy hypox desat facial hemipar hemipleg"
    " sided left.weak right.weak unilateral obtund reduced encephalopath altered.mental"
    " orientation diplopia mening nuchal neck.stiff oliguri anuri gcs ice.score v1 v2"
    " v3 v4 v5 v.1 v.2 v.3 v.4 v.5"
)
_STEMS = tuple(stem.replace(".", " ") for stem in _STEM_WORDS.split())
_EACH = tuple((LazyPattern(rf"\b(?:{words})\b"), plain) for words, plain in _TERMS)

# The Glasgow Coma Scale (15 is fully alert) and the ICE score (10 of 10 is well) told as a
# number under the top or as a fall: "gcs 13", "E3 V4 M6", "ice score of 8", "his ice has
# dropped to 7/10".
_GCS = LazyPattern(
    r"\bgcs(?: score)?(?: (?:is|was|of|at|now|down to|dropped to|has dropped to))*"
    r" ?(\d{1,2})\b"
)
_EVM = LazyPattern(r"\be ?([1-4]),? ?v ?([1-5]),? ?m ?([1-6])\b")
_ICE = LazyPattern(
    r"\bice score(?: (?:is|was|of|at|now|down to|dropped to|has dropped to))*"
    r" ?(\d{1,2})(?: ?/ ?10| out of 10)?\b"
)
_ANY = LazyPattern(
    r"\b(?:" + "|".join(f"(?:{words})" for words, _ in _TERMS) + r")\b|gcs|ice score"
    r"|\be ?[1-4],? ?v ?[1-5],? ?m ?[1-6]\b"
)
_SCORE_FELL = LazyPattern(
    r"\b(gcs|ice score)(?: score)? (?:has |have |is |was )?(?:dropped|fallen|falling|dropping"
    r"|gone down|going down|down|worse)\b"
)


def spell_out_clinical(text: str) -> str:
    """Return a normalized text with each clinical term of an urgent sign replaced by the sign.

    "haematemesis x2 this evening" reads "vomiting blood x2 this evening", "phonemic
    paraphasias" reads "mixing up words", "gcs has dropped, e3 v4 m6" reads "very
    drowsy, very drowsy", "an ice score of 8" reads "an confused", each where it was told.
    """
    if not (any(stem in text for stem in _STEMS) and _ANY.search(text)):
        return text  # most messages: a few substring tests, no pattern run
    for pattern, plain in _EACH:
        text = pattern.sub(plain, text)
    text = _GCS.sub(lambda m: _DROWSY if 3 <= int(m.group(1)) < 15 else m.group(), text)
    text = _EVM.sub(lambda m: _DROWSY if sum(map(int, m.groups())) < 15 else m.group(), text)
    text = _ICE.sub(lambda m: _CONFUSED if int(m.group(1)) < 10 else m.group(), text)
    return _SCORE_FELL.sub(lambda m: _DROWSY if m.group(1) == "gcs" else _CONFUSED, text)
