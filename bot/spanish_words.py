"""Spanish words read by their family rather than one by one (bot/spanish.py reads with them).

A patient asks "¿quién paga?", "¿lo pagan ellos?" or "¿tengo que pagarlo yo?": one verb, many
forms. The verbs patients ask with are listed once, by infinitive, and every form of them (the
present, past, future and conditional, the subjunctive, the gerund and participle, with a
pronoun attached) reads as the English verb. Words the guide itself writes in English come
from their Spanish cousins by the usual spelling changes ("resultados": results,
"esclerosis sistémica": systemic sclerosis, "pacientes": patients), checked against the guide's
own words. Pure functions, no model runs; every table is made once, at import.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

# The verbs, by infinitive (accents off), with the English verb they read as.
VERBS = {
    "pagar": "pay", "cubrir": "cover", "costar": "cost", "buscar": "find", "encontrar": "find",
    "entrar": "join", "participar": "take part", "inscribir": "enroll", "calificar": "qualify",
    "aceptar": "accept", "quedar": "stay", "hospedar": "stay", "vivir": "live",
    "trabajar": "work", "cuidar": "care for", "ayudar": "help", "necesitar": "need",
    "poder": "can", "tener": "have", "hacer": "do", "ir": "go", "venir": "come",
    "volver": "come back", "regresar": "go back", "poner": "give", "recibir": "get",
    "dar": "give", "decir": "say", "saber": "know", "querer": "want", "empezar": "start",
    "comenzar": "start", "terminar": "end", "acabar": "run out", "durar": "last",
    "tardar": "take", "doler": "hurt", "perder": "lose", "caer": "fall", "comer": "eat",
    "beber": "drink", "tomar": "take", "manejar": "drive", "conducir": "drive",
    "viajar": "travel", "volar": "fly", "visitar": "visit", "ver": "see", "salir": "go out",
    "llamar": "call", "preguntar": "ask", "explicar": "explain", "entender": "understand",
    "significar": "mean", "aprobar": "approve", "funcionar": "work", "curar": "cure",
    "sentir": "feel", "dormir": "sleep", "usar": "use", "evitar": "avoid", "esperar": "wait",
    "llevar": "take", "traer": "bring", "cambiar": "change", "banar": "bathe",
    "duchar": "shower", "nadar": "swim", "tocar": "touch", "abrazar": "hug", "cargar": "hold",
    "besar": "kiss", "morir": "die", "sacar": "collect", "recuperar": "recover",
    "mejorar": "improve", "empeorar": "get worse", "pasar": "happen", "faltar": "miss",
    "turnar": "take turns", "hablar": "talk", "leer": "read", "pensar": "think",
    "creer": "think", "preocupar": "worry", "agotar": "burn out", "descansar": "rest",
    "amamantar": "breastfeed", "jugar": "play", "estudiar": "study", "vacunar": "vaccinate",
    "quitar": "stop", "dejar": "stop", "seguir": "keep", "desaparecer": "go away",
    "aparecer": "show up", "servir": "work", "pedir": "ask for",
    "despedir": "fire", "ser": "be", "estar": "be", "haber": "have", "bajar": "drop",
    "subir": "rise", "crecer": "grow", "embarazar": "get pregnant", "operar": "operate",
    "internar": "admit", "olvidar": "forget", "contagiar": "catch", "lavar": "wash",
    "limpiar": "clean", "guardar": "store", "sobrar": "be left over", "congelar": "freeze",
    "tratar": "treat", "fabricar": "make", "producir": "make", "elaborar": "make",
}  # fmt: skip
# The stressed stem of a verb whose vowel changes there: "puedo", "cuesta", "quiero".
_STRESSED = {
    "poder": "pued", "costar": "cuest", "volver": "vuelv", "aprobar": "aprueb",
    "doler": "duel", "dormir": "duerm", "encontrar": "encuentr", "morir": "muer",
    "volar": "vuel", "jugar": "jueg", "querer": "quier", "empezar": "empiez",
    "comenzar": "comienz", "pensar": "piens", "perder": "pierd", "sentir": "sient",
    "entender": "entiend", "pedir": "pid", "seguir": "sig", "servir": "sirv",
    "despedir": "despid", "tener": "tien", "venir": "vien",
}  # fmt: skip
# Forms no rule makes (accents off).
_IRREGULAR = {
    "tener": "tengo tendre tendra tendran tendria tendrian tuve tuvo tuvieron tenga tengan",
    "hacer": "hago hare hara haran haria harian hizo hicieron hecho haga hagan",
    "ir": "voy vas va vamos van fue fueron iba iban vaya vayan yendo",
    "ser": "soy eres somos son sera seran seria serian era eran sea sean sido",
    "estar": "estoy estas esta estamos estan estuvo este esten",
    "haber": "ha han hemos habra habria",
    "poder": "podre podra podran podria podrian pude pudo pudieron",
    "decir": "digo dice dicen dije dijo dijeron dira diria dicho diga digan",
    "poner": "pongo pondra pondran pondria puse puso pusieron puesto ponga pongan",
    "saber": "sabra sabria supe supo sepa",
    "querer": "querra querria quise quiso",
    "dar": "doy da das dan dio dieron",
    "venir": "vengo vendra vendria vino vinieron venga",
    "salir": "salgo saldra saldria salga",
    "traer": "traigo trajo trajeron traiga",
    "caer": "caigo cayo cayeron caiga",
    "seguir": "sigo siguio siguieron",
    "conducir": "conduzco conduzca",
    "volver": "vuelto",
    "morir": "muerto murio",
    "cubrir": "cubierto",
    "ver": "veo vio vieron visto vea",
    "sentir": "sintio",
    "dormir": "durmio",
    "pedir": "pidio",
    "leer": "leyo leyendo",
    "creer": "creyo",
    "crecer": "crezco",
    "aparecer": "aparezco",
    "desaparecer": "desaparezco",
}  # fmt: skip
_ENDINGS = {
    "ar": "o as a amos an e es emos en e o aron aba abas aban abamos ado ada ados adas ando",
    "er": "o es e emos en a as amos an i io ieron ia ias ian ido ida idos idas iendo",
    "ir": "o es e imos en a as amos an i io ieron ia ias ian ido ida idos idas iendo",
}
_STRESSED_ENDINGS = {
    "ar": "o as a an e es en",
    "er": "o es e en a as an",
    "ir": "o es e en a as an",
}
# Said after an infinitive: the future, the conditional, a pronoun attached.
_AFTER_INFINITIVE = "e a as an emos ia ias ian iamos la lo le las los les me te se nos selo sela"
_PRONOUNS = ("la", "lo", "le", "las", "los", "les", "me", "te", "se", "nos")


def _forms(infinitive: str) -> Iterator[str]:
    """Every form of a verb this reading knows (accents off)."""
    stem, kind = infinitive[:-2], infinitive[-2:]
    yield infinitive
    yield from (infinitive + e for e in _AFTER_INFINITIVE.split())
    if len(stem) > 1:  # "ir", "ser", "dar", "ver": their short forms are listed
        yield from (stem + e for e in _ENDINGS[kind].split())
        gerund = stem + ("ando" if kind == "ar" else "iendo")
        yield from (gerund + p for p in _PRONOUNS)
    if infinitive in _STRESSED:
        yield from (_STRESSED[infinitive] + e for e in _STRESSED_ENDINGS[kind].split())
    yield from _IRREGULAR.get(infinitive, "").split()


def verb_forms() -> dict[str, str]:
    """Each form of the listed verbs, with the English verb it reads as: the first verb to
    make a form keeps it."""
    forms: dict[str, str] = {}
    for infinitive, english in VERBS.items():
        for form in _forms(infinitive):
            forms.setdefault(form, english)
    return forms


# A Spanish ending and the English ones its cousins have ("-ción": "-tion"), longest first.
_SUFFIXES = (
    ("aciones", ("ations",)), ("acion", ("ation",)), ("ciones", ("tions",)), ("cion", ("tion",)),
    ("siones", ("sions", "ssions")), ("sion", ("sion", "ssion")), ("idad", ("ity",)),
    ("encia", ("ence",)), ("ancia", ("ance",)), ("mente", ("ly",)), ("ismo", ("ism",)),
    ("ista", ("ist",)), ("icos", ("ics", "ical")), ("icas", ("ics", "ical")),
    ("ico", ("ic", "ical")), ("ica", ("ic", "ical")), ("osos", ("ous",)), ("osas", ("ous",)),
    ("oso", ("ous",)), ("osa", ("ous",)), ("ivo", ("ive",)), ("iva", ("ive",)),
    ("ados", ("s", "ed", "ated")), ("adas", ("ed", "ated")), ("ado", ("ed", "ated", "")),
    ("ada", ("ed", "ated")), ("ogo", ("ogous",)), ("ulos", ("les",)), ("ulo", ("le",)),
    ("atos", ("ates",)), ("ato", ("ate",)), ("inas", ("ines",)), ("ina", ("ine", "in")),
    ("ente", ("ent",)), ("entes", ("ents",)), ("ante", ("ant",)), ("antes", ("ants",)),
    ("ios", ("ia", "ies")), ("io", ("y", "ium")), ("ia", ("y", "ia")), ("ura", ("ure",)),
    ("itis", ("itis",)), ("osis", ("osis",)), ("es", ("es", "s", "")), ("os", ("s",)),
    ("as", ("s",)), ("o", ("",)), ("a", ("", "e")), ("e", ("", "e")), ("", ("",)),
)  # fmt: skip
# Spelling the English keeps from Greek and Latin that Spanish does not.
_SPELLINGS = (("f", "ph"), ("i", "y"), ("t", "th"), ("nm", "mm"), ("ci", "ti"), ("c", "k"))
# A cousin shorter than this is too often another word ("caro" is not "car").
_SHORTEST = 5


def cousins(word: str) -> Iterator[str]:
    """The English words a Spanish word may be a cousin of, likeliest first: its ending in
    English, then with one or two of the spellings English keeps ("nefritis": nephritis)."""
    if len(word) <= _SHORTEST:
        return
    starts = (word, word[1:]) if word.startswith("es") and word[2:3] not in "aeiou" else (word,)
    for start in starts:
        for spanish, endings in _SUFFIXES:
            if not start.endswith(spanish):
                continue
            base = start[: len(start) - len(spanish)]
            for ending in endings:
                for changed in _spelled(base):
                    if len(changed) + len(ending) >= _SHORTEST:
                        yield changed + ending
            break


def _spelled(base: str) -> Iterator[str]:
    yield base
    for count in (1, 2):
        for changes in itertools.combinations(_SPELLINGS, count):
            changed = base
            for spanish, english in changes:
                changed = changed.replace(spanish, english)
            if changed != base:
                yield changed


def cousin(word: str, knows: Callable[[str], bool]) -> str | None:
    """The English word the guide uses that a Spanish word is the cousin of, if any."""
    return next((c for c in cousins(word) if knows(c)), None)
