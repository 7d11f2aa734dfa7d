"""A Spanish question read in English for retrieval: the guide is written in English only.

"cuánto cuesta" finds nothing in an English guide, and "how much does it cost" finds the
section on cost. A message told as Spanish by its small words has its question words, and the
everyday words patients use of the treatment, put in English; names it shares with English
(lupus, medicaid, car t) pass as they are. The English reading is for finding sections only:
triage still reads the message as written, and the reply says the guide is in English.
Pure functions, no model runs.
"""

from __future__ import annotations

import unicodedata

from .answer import NoteText
from .pattern_set import LazyPattern

# Said with every reply to a Spanish message, in both languages.
ENGLISH_ONLY = (
    NoteText("en", "This guide is written in English only; your question was read in English."),
    NoteText("es", "Esta guía está escrita solo en inglés; su pregunta se leyó en inglés."),
)
# Words that are English too ("y is that", LA, "no", "sin", "hay fever"): they tell no language.
_ALSO_ENGLISH = frozenset(
    "y la de o si sin no mama papa su en con un lo mi a me he ya hay".split()  # noqa: SIM905
)
# Several words that read as one English phrase; tried before the single words.
_PHRASES = {
    "cuanto cuesta": "how much does it cost",
    "cuanto cuestan": "how much do they cost",
    "cuanto tiempo": "how long",
    "cuanto dura": "how long does it last",
    "cuanto tarda": "how long does it take",
    "va a costar": "will cost",
    "van a costar": "will cost",
    "por que": "why",
    "para que sirve": "what is it for",
    "para pagar": "to pay",
    "que es": "what is",
    "el seguro": "the insurance",
    "seguro medico": "health insurance",
    "hablo de": "talked about",
    "es peligroso": "is it dangerous",
    "es seguro": "is it safe",
    "lo cubre": "does it cover it",
    "efectos secundarios": "side effects",
    "esclerosis multiple": "multiple sclerosis",
    "tendria que": "would have to",
    "tengo que": "do i have to",
    "se puede": "can you",
    "se me va a caer el pelo": "will my hair fall out",
    # ...and more of the phrases patients put their questions in (issue 11: covered Spanish
    # questions were declined where one everyday word was left in Spanish).
    "se le va a caer el pelo": "will her hair fall out",
    "caer el pelo": "hair fall out",
    "se cae el pelo": "hair falls out",
    "hay que": "do you have to",
    "se tiene que": "does she have to",
    "tiene que": "has to",
    "mi seguro": "my insurance",
    "su seguro": "his insurance",
    "para siempre": "forever",
    "quedar embarazada": "get pregnant",
    "tener hijos": "have children",
    "tener un bebe": "have a baby",
    "ensayo clinico": "clinical trial",
    "ensayos clinicos": "clinical trials",
    "en casa": "at home",
    "sindrome de liberacion de citoquinas": "cytokine release syndrome",
    "sindrome de liberacion de citocinas": "cytokine release syndrome",
    "dolor de cabeza": "headache",
    "globulos blancos": "white blood cells",
}
_WORDS = {
    "que": "what", "cual": "which", "como": "how", "cuando": "when", "donde": "where",
    "quien": "who",
    "cuanto": "how much", "cuanta": "how much", "cuantos": "how many", "cuantas": "how many",
    "es": "is", "esta": "is", "estan": "are", "hay": "is there",
    "tiene": "has", "tengo": "i have", "tenemos": "we have", "puedo": "can i", "puede": "can",
    "pueden": "can", "debo": "should i", "necesito": "do i need", "necesita": "does he need",
    "peligroso": "dangerous", "peligrosa": "dangerous", "seguro": "safe", "riesgo": "risk",
    "riesgos": "risks", "duele": "hurt", "dolor": "pain", "cuesta": "cost", "costar": "cost",
    "costo": "cost", "pagar": "pay", "ayuda": "help", "dinero": "money", "cubre": "cover",
    "tiempo": "time", "dias": "days", "semanas": "weeks", "meses": "months", "anos": "years",
    "estar": "stay", "quedarme": "stay", "quedarse": "stay", "cuarto": "room",
    "habitacion": "room", "casa": "home", "funciona": "work", "sirve": "work", "cura": "cure",
    "aprobado": "approved", "aprobada": "approved", "ensayo": "trial", "ensayos": "trials",
    "estudio": "study", "estudios": "studies", "medicamento": "medicine",
    "medicamentos": "medicines", "medicina": "medicine", "efectos": "effects",
    "pelo": "hair", "cabello": "hair", "manejar": "drive", "conducir": "drive",
    "trabajar": "work", "trabajo": "work", "comer": "eat", "comida": "food",
    "ninos": "children", "hijos": "children", "hijo": "son", "hija": "daughter",
    "mama": "mom", "madre": "mother", "papa": "dad", "padre": "father", "esposo": "husband",
    "esposa": "wife", "embarazo": "pregnancy", "embarazada": "pregnant", "viajar": "travel",
    "despues": "after", "antes": "before", "eso": "that", "esto": "this", "todo": "all",
    "el": "the", "la": "the", "los": "the", "las": "the", "de": "of", "del": "of the",
    "en": "in", "para": "for", "con": "with", "sin": "without", "y": "and", "o": "or",
    "pero": "but", "mi": "my", "mis": "my", "su": "his", "lo": "it", "un": "a", "una": "a",
    "si": "if", "muy": "very", "mas": "more", "ya": "already", "tambien": "also",
    "miastenia": "myasthenia", "artritis": "arthritis", "vacuna": "vaccine",
    "vacunas": "vaccines", "fiebre": "fever", "infeccion": "infection", "celulas": "cells",
    "quimio": "chemo", "quimioterapia": "chemotherapy", "volver": "come back",
    "recaida": "relapse", "dura": "last", "durar": "last", "cuidador": "caregiver",
    "visitar": "visit", "medico": "doctor", "doctora": "doctor",
    "tratamiento": "treatment", "terapia": "therapy", "bueno": "ok", "mejor": "best",
    "nos": "", "se": "", "le": "", "ella": "her",
    # Everyday words of the treatment and of life around it, none also an English word.
    "internada": "in the hospital", "internado": "in the hospital",
    "hospitalizada": "in the hospital", "hospitalizado": "in the hospital",
    "quedar": "stay", "queda": "stays", "quedan": "stay", "cuerpo": "body", "siempre": "always",
    "celula": "cell", "sangre": "blood", "aferesis": "apheresis", "leucaferesis": "leukapheresis",
    "paga": "pays", "pagan": "pay", "estoy": "i am", "clinico": "clinical",
    "perro": "dog", "perros": "dogs", "gato": "cat", "gatos": "cats", "mascota": "pet",
    "mascotas": "pets", "comidas": "foods", "evitar": "avoid", "cuidadora": "caregiver",
    "cuidar": "care for", "cansancio": "tiredness", "cansada": "tired", "cansado": "tired",
    "cabeza": "head", "convulsion": "seizure", "convulsiones": "seizures", "noche": "night",
    "semana": "week", "mes": "month", "vivir": "live", "vida": "life", "morir": "die",
    "muerte": "death", "vuelve": "come back", "regresar": "go back", "escuela": "school",
    "nino": "child", "nina": "child", "bebe": "baby", "nietos": "grandchildren",
    "visitas": "visitors", "gripe": "flu", "ayudar": "help", "peligro": "danger",
    "segura": "safe", "sintomas": "symptoms", "llamar": "call", "equipo": "team",
    "enfermera": "nurse", "precio": "price", "gratis": "free", "viaje": "travel", "cerca": "near",
    "lejos": "far", "perder": "lose", "secundarios": "side", "defensas": "immune system",
    "curar": "cure", "anticonceptivos": "birth control",
}  # fmt: skip
_TELLING = frozenset(w for phrase in (*_PHRASES, *_WORDS) for w in phrase.split()) - _ALSO_ENGLISH
_TOKEN = LazyPattern(r"\w+")
_PHRASE = LazyPattern(r"\b(?:" + "|".join(sorted(_PHRASES, key=len, reverse=True)) + r")\b")


def _plain(text: str) -> str:
    """Lower case, accents off: patients type "cuanto" as often as "cuánto"."""
    folded = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in folded if not unicodedata.combining(c))


def is_spanish(message: str) -> bool:
    """Whether a message is told as Spanish: two or more of its words are Spanish words this
    reading knows ("es peligroso?"), and not English ones too."""
    return len(set(_TOKEN.findall(_plain(message))) & _TELLING) >= 2


def left_as_written(message: str) -> frozenset[str]:
    """The words of a Spanish message its English reading leaves as written (plain: lower
    case, no accents): names it shares with English ("lupus", "medicaid"), and the Spanish words
    this reading does not know ("pelo largo hasta la cintura"); none for another message."""
    if not is_spanish(message):
        return frozenset()
    text = _PHRASE.sub(" ", _plain(message))
    return frozenset(w for w in _TOKEN.findall(text) if w not in _WORDS)


def in_english(message: str) -> str:
    """The message read in English for retrieval when it is Spanish; else as it is."""
    if not is_spanish(message):
        return message
    text = _PHRASE.sub(lambda m: _PHRASES[m.group()], _plain(message))
    text = _TOKEN.sub(lambda m: _WORDS.get(m.group(), m.group()), text)
    return " ".join(text.split())
