"""The labelled sets in eval/ that `kb eval` and the tests score, each reported apart.

Named here, apart from the evaluation code, so the CLI can give them as its defaults without
importing that code at every worker's start.
"""

from .config import PROJECT_ROOT

_EVAL = PROJECT_ROOT / "eval"
# v1 was seen while tuning earlier sessions, v2 was written fresh on 2026-12-01, v3 and v4 (held
# back only) later that day by writers who saw article titles before drafting; v5 (held back
# only) on 2026-12-02 the same way; v6 to v10 later that day; v11 to v17 on 2026-12-03; v18 to
# v25 on 2026-12-04; v26 to v33 on 2026-12-05; v34 to v39 on 2026-12-06; v40 to v42 on 2026-12-07.
QUESTION_SETS = {
    "v1": (_EVAL / "questions.jsonl", _EVAL / "new-sections-questions.jsonl"),
    "v2": (_EVAL / "questions-2.jsonl",),
    "v3": (_EVAL / "questions-3.jsonl",),
    "v4": (_EVAL / "questions-4.jsonl",),
    "v5": (_EVAL / "questions-5.jsonl",),
    "v6": (_EVAL / "questions-6.jsonl",),
    "v7": (_EVAL / "questions-7.jsonl",),
    "v8": (_EVAL / "questions-8.jsonl",),
    "v9": (_EVAL / "questions-9.jsonl",),
    "v10": (_EVAL / "questions-10.jsonl",),
    "v11": (_EVAL / "questions-11.jsonl",),
    "v12": (_EVAL / "questions-12.jsonl",),
    "v13": (_EVAL / "questions-13.jsonl",),
    "v14": (_EVAL / "questions-14.jsonl",),
    "v15": (_EVAL / "questions-15.jsonl",),
    "v16": (_EVAL / "questions-16.jsonl",),
    "v17": (_EVAL / "questions-17.jsonl",),
    "v18": (_EVAL / "questions-18.jsonl",),
    "v19": (_EVAL / "questions-19.jsonl",),
    "v20": (_EVAL / "questions-20.jsonl",),
    "v21": (_EVAL / "questions-21.jsonl",),
    "v22": (_EVAL / "questions-22.jsonl",),
    "v23": (_EVAL / "questions-23.jsonl",),
    "v24": (_EVAL / "questions-24.jsonl",),
    "v25": (_EVAL / "questions-25.jsonl",),
    "v26": (_EVAL / "questions-26.jsonl",),
    "v27": (_EVAL / "questions-27.jsonl",),
    "v28": (_EVAL / "questions-28.jsonl",),
    "v29": (_EVAL / "questions-29.jsonl",),
    "v30": (_EVAL / "questions-30.jsonl",),
    "v31": (_EVAL / "questions-31.jsonl",),
    "v32": (_EVAL / "questions-32.jsonl",),
    "v33": (_EVAL / "questions-33.jsonl",),
    "v34": (_EVAL / "questions-34.jsonl",),
    "v35": (_EVAL / "questions-35.jsonl",),
    "v36": (_EVAL / "questions-36.jsonl",),
    "v37": (_EVAL / "questions-37.jsonl",),
    "v38": (_EVAL / "questions-38.jsonl",),
    "v39": (_EVAL / "questions-39.jsonl",),
    "v40": (_EVAL / "questions-40.jsonl",),
    "v41": (_EVAL / "questions-41.jsonl",),
    "v42": (_EVAL / "questions-42.jsonl",),
}
# Set 1, then sets 2, 3 and 4 written fresh on 2026-12-01, sets 5 to 10 on 2026-12-02 and sets 11
# to 17 on 2026-12-03, sets 18 to 25 on 2026-12-04, sets 26 to 33 on 2026-12-05, sets 34 to 39
# on 2026-12-06 (sets 3 to 39 held back only).
CONVERSATION_SETS = {
    "set 1": _EVAL / "conversations.jsonl",
    "set 2": _EVAL / "conversations-2.jsonl",
    "set 3": _EVAL / "conversations-3.jsonl",
    "set 4": _EVAL / "conversations-4.jsonl",
    "set 5": _EVAL / "conversations-5.jsonl",
    "set 6": _EVAL / "conversations-6.jsonl",
    "set 7": _EVAL / "conversations-7.jsonl",
    "set 8": _EVAL / "conversations-8.jsonl",
    "set 9": _EVAL / "conversations-9.jsonl",
    "set 10": _EVAL / "conversations-10.jsonl",
    "set 11": _EVAL / "conversations-11.jsonl",
    "set 12": _EVAL / "conversations-12.jsonl",
    "set 13": _EVAL / "conversations-13.jsonl",
    "set 14": _EVAL / "conversations-14.jsonl",
    "set 15": _EVAL / "conversations-15.jsonl",
    "set 16": _EVAL / "conversations-16.jsonl",
    "set 17": _EVAL / "conversations-17.jsonl",
    "set 18": _EVAL / "conversations-18.jsonl",
    "set 19": _EVAL / "conversations-19.jsonl",
    "set 20": _EVAL / "conversations-20.jsonl",
    "set 21": _EVAL / "conversations-21.jsonl",
    "set 22": _EVAL / "conversations-22.jsonl",
    "set 23": _EVAL / "conversations-23.jsonl",
    "set 24": _EVAL / "conversations-24.jsonl",
    "set 25": _EVAL / "conversations-25.jsonl",
    "set 26": _EVAL / "conversations-26.jsonl",
    "set 27": _EVAL / "conversations-27.jsonl",
    "set 28": _EVAL / "conversations-28.jsonl",
    "set 29": _EVAL / "conversations-29.jsonl",
    "set 30": _EVAL / "conversations-30.jsonl",
    "set 31": _EVAL / "conversations-31.jsonl",
    "set 32": _EVAL / "conversations-32.jsonl",
    "set 33": _EVAL / "conversations-33.jsonl",
    "set 34": _EVAL / "conversations-34.jsonl",
    "set 35": _EVAL / "conversations-35.jsonl",
    "set 36": _EVAL / "conversations-36.jsonl",
    "set 37": _EVAL / "conversations-37.jsonl",
    "set 38": _EVAL / "conversations-38.jsonl",
    "set 39": _EVAL / "conversations-39.jsonl",
    "set 40": _EVAL / "conversations-40.jsonl",
    "set 41": _EVAL / "conversations-41.jsonl",
    "set 42": _EVAL / "conversations-42.jsonl",
}
