"""A Spanish question read in English for retrieval: the guide is written in English only.

"cuánto cuesta" finds nothing in an English guide, and "how much does it cost" finds the
section on cost. A message told as Spanish by its small words has its question words, and the
everyday words patients use of the treatment, put in English: a verb in any of its forms, a
word in its plural or other gender, and a word the guide writes in English from its Spanish
cousin (bot/spanish_words.py); names it shares with English (lupus, medicaid, car t) pass as
they are. The English reading is for finding sections only:
triage still reads the message as written, and the reply says the guide is in English.
Pure functions, no model runs.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from .answer import NoteText
from .pattern_set import LazyPattern
from .spanish_words import cousin, verb_forms

# Said with every reply to a Spanish message, in both languages.
ENGLISH_ONLY = (
    NoteText("en", "This guide is written in English only; your question was read in English."),
    NoteText("es", "Esta guía está escrita solo en inglés; su pregunta se leyó en inglés."),
)
# Words that are English too ("y is that", LA, "no", "sin", "hay fever"): they tell no language.
_ALSO_ENGLISH = frozenset(
    "y la de o si sin no mama papa su en con un lo mi a me he ya hay al mayo".split()  # noqa: SIM905
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
    # Round 41: a future said with "ir a", a country, insurance named by what it is.
    "va a": "will",
    "van a": "will",
    "voy a": "will",
    "vas a": "will",
    "vamos a": "will",
    "estados unidos": "united states",
    "seguro de": "insurance",
    "tenemos seguro": "we have insurance",
    "tengo seguro": "i have insurance",
    "tiene seguro": "has insurance",
    "ir a": "go to",
    "entrar a": "join",
    "entro a": "join",
    "nueva york": "new york",
    # Round 47: where and when a later turn asks, said with "de" ("cerca del centro": near the
    # center, not "near of the centro"), and the things of daily care a later turn names.
    "despues de": "after", "despues del": "after the", "antes de": "before",
    "antes del": "before the", "cerca de": "near", "cerca del": "near the",
    "lejos de": "far from", "lejos del": "far from the", "acerca de": "about",
    "acerca del": "about the", "globulos rojos": "red blood cells",
    "companias farmaceuticas": "drug companies", "compania farmaceutica": "drug company",
    "empresas farmaceuticas": "drug companies", "las farmaceuticas": "the drug companies",
    "la farmaceutica": "the drug company", "via central": "central line",
    "linea central": "central line", "tenemos que": "we have to", "tienen que": "they have to",
    "defensas bajas": "low blood counts", "bajas las defensas": "low blood counts",
    "vacunas vivas": "live vaccines", "vacuna viva": "live vaccine",
    "cuanto vale": "how much does it cost", "cuanto valdria": "how much would it cost",
    # "me pueden correr del trabajo": fire, in Mexico's Spanish.
    "correr del trabajo": "fire from work", "corren del trabajo": "fire from work",
    "corran del trabajo": "fire from work", "corrieron del trabajo": "fired from work",
    # Round 48: what a word means ("¿autólogo quiere decir qué?"), and the cells made ("hacer"
    # reads "do" elsewhere: "¿qué hago?").
    "quiere decir": "means", "quieren decir": "mean", "hacen las celulas": "make the cells",
    "hacer las celulas": "make the cells",
}  # fmt: skip
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
    # Round 41: the family a patient asks for, and the small words of place, amount and people
    # every question leans on ("por", "algo", "cada", "aqui"), which were left as written.
    "hermana": "sister", "hermano": "brother", "abuela": "grandmother", "abuelo": "grandfather",
    "nieta": "granddaughter", "nieto": "grandson", "suegra": "mother-in-law",
    "suegro": "father-in-law", "tia": "aunt", "tio": "uncle", "prima": "cousin",
    "primo": "cousin", "sobrina": "niece", "sobrino": "nephew", "familia": "family",
    "novio": "boyfriend", "novia": "girlfriend", "hermanos": "siblings",
    "por": "for", "uno": "one", "algo": "something", "alguien": "someone", "cada": "every",
    "otro": "other", "otra": "other", "todos": "all", "todas": "all", "toda": "all",
    "nosotros": "we", "yo": "i", "ellos": "they", "desde": "since",
    "hasta": "until", "aqui": "here", "aca": "here", "alla": "there", "alli": "there",
    "tan": "so", "menos": "less", "tanto": "so much", "mucho": "a lot", "poco": "little",
    "caro": "expensive", "cara": "expensive", "barato": "cheap", "lugar": "place",
    "ciudad": "city", "pais": "country", "dia": "day", "hora": "hour", "horas": "hours",
    "ahora": "now", "todavia": "still", "nunca": "never", "mal": "bad",
    "bien": "well", "primer": "first", "primero": "first", "proxima": "next",
    "proximo": "next", "ingles": "english", "espanol": "spanish", "donante": "donor",
    "rinones": "kidneys", "rinon": "kidney", "hospedaje": "lodging", "alojamiento": "lodging",
    "gastos": "costs", "cobertura": "coverage", "enfermedad": "disease", "musculos": "muscles",
    "asi": "like that", "cosa": "thing", "cosas": "things", "gente": "people",
    "personas": "people", "miedo": "fear", "mayor": "old", "edad": "age", "nada": "nothing",
    "conmigo": "with me", "dime": "tell me", "tus": "your", "te": "you", "al": "to the",
    "varios": "several", "varias": "several", "numero": "number", "pagina": "page",
    "misa": "mass", "iglesia": "church",
    # When: the days, the months, and the words of yesterday and tomorrow.
    "lunes": "monday", "martes": "tuesday", "miercoles": "wednesday", "jueves": "thursday",
    "viernes": "friday", "sabado": "saturday", "domingo": "sunday", "enero": "january",
    "febrero": "february", "marzo": "march", "abril": "april", "mayo": "may", "junio": "june",
    "julio": "july", "agosto": "august", "septiembre": "september", "octubre": "october",
    "noviembre": "november", "diciembre": "december", "hoy": "today", "ayer": "yesterday",
    "anoche": "last night", "manana": "tomorrow", "verano": "summer", "invierno": "winter",
    # Round 47: counts and lines, companies, food kept, the centre.
    "conteos": "counts", "recuentos": "counts", "bajos": "low", "bajas": "low",
    "plaquetas": "platelets", "cateter": "catheter", "cateteres": "catheters", "vena": "vein",
    "venas": "veins", "compania": "company", "companias": "companies", "empresa": "company",
    "empresas": "companies", "fabricante": "maker", "fabricantes": "makers",
    "sobras": "leftovers", "refrigerador": "fridge", "refri": "fridge", "nevera": "fridge",
    "heladera": "fridge", "congelador": "freezer", "centro": "center", "pruebas": "tests",
    "examenes": "tests", "analisis": "tests", "tierra": "soil", "abono": "compost",
    "jardin": "garden", "jardines": "gardens",
    # Round 48: medicines named as drugs.
    "farmaco": "drug", "farmacos": "drugs",
}  # fmt: skip
# Every form of the verbs patients ask with ("pagan", "podemos", "cuidarla"), after the words.
_FORMS = {form: english for form, english in verb_forms().items() if form not in _WORDS}
# Words told as Spanish: the listed words, and forms of the verbs long enough not to be short
# English words or names ("podemos" is Spanish; "do" English, "el paso" a city, "sales" both).
_TELLING = frozenset(w for phrase in (*_PHRASES, *_WORDS) for w in phrase.split()) - _ALSO_ENGLISH
_TELLING_FORMS = frozenset(f for f in _FORMS if len(f) >= 5)
# Letters and marks English does not write: "¿", "¡", "ñ" and accented vowels ("méxico").
_SPANISH_LETTERS = frozenset("¿¡ñáéíóú")
_OPENING_MARKS = str.maketrans("", "", "¿¡")
_TOKEN = LazyPattern(r"\w+")
_PHRASE = LazyPattern(r"\b(?:" + "|".join(sorted(_PHRASES, key=len, reverse=True)) + r")\b")


def _plain(text: str) -> str:
    """Lower case, accents off: patients type "cuanto" as often as "cuánto"."""
    folded = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in folded if not unicodedata.combining(c))


def _never(_word: str) -> bool:
    return False


def is_spanish(message: str, knows: Callable[[str], bool] = _never) -> bool:
    """Whether a message is told as Spanish: two or more of its words are Spanish ones this
    reading knows and not English ones too ("es peligroso?"), counting a form of a listed verb
    only when the guide, written in English, does not use it (`knows`: "sales" is English), and
    a letter or mark English does not write as one more ("méxico", "¿hay"; once, as a name
    from another language may have several: "Yá'át'ééh")."""
    words = set(_TOKEN.findall(_plain(message)))
    told = len(words & _TELLING)
    if told < 2:
        told += sum(1 for w in words - _TELLING if w in _TELLING_FORMS and not knows(w))
    if told < 2:
        told += not _SPANISH_LETTERS.isdisjoint(message.lower())
    return told >= 2


def left_as_written(message: str, knows: Callable[[str], bool] = _never) -> frozenset[str]:
    """The words of a Spanish message its English reading leaves as written (plain: lower
    case, no accents): names it shares with English ("lupus", "medicaid"), and the Spanish words
    this reading does not know ("pelo largo hasta la cintura"); none for another message."""
    if not is_spanish(message, knows):
        return frozenset()
    text = _PHRASE.sub(" ", _plain(message))
    return frozenset(w for w in _TOKEN.findall(text) if _word_in_english(w, knows) is None)


def in_english(message: str, knows: Callable[[str], bool] = _never) -> str:
    """The message read in English for retrieval when it is Spanish; else as it is.

    Args:
        knows: whether the guide uses a word; with it, a word this reading does not list is
            read as the English cousin the guide uses ("resultados": results).
    """
    if not is_spanish(message, knows):
        return message
    # English opens no question with a mark: "¿y el hotel?" is read "and the hotel?", a
    # continuation of the topic as the English is.
    text = _plain(message).translate(_OPENING_MARKS)
    text = _PHRASE.sub(lambda m: _PHRASES[m.group()], text)
    text = _TOKEN.sub(lambda m: _as_read(m.group(), knows), text)
    return " ".join(text.split())


def _as_read(word: str, knows: Callable[[str], bool]) -> str:
    english = _word_in_english(word, knows)
    return word if english is None else english


def _word_in_english(word: str, knows: Callable[[str], bool]) -> str | None:
    """A Spanish word in English: listed, a form of a listed verb, the other gender or the
    plural of a listed word ("peligrosos"), or the English cousin the guide uses; else None."""
    if word in _WORDS:
        return _WORDS[word]
    if word in _FORMS:
        return _FORMS[word]
    for spanish in _inflected(word):
        if spanish in _WORDS:
            return _WORDS[spanish]
    if knows(word):
        return None  # a name or a word English shares ("lupus", "hospital")
    return cousin(word, knows)


def _inflected(word: str) -> tuple[str, ...]:
    """The listed words a word may be the plural or the other gender of."""
    if len(word) < 4:
        return ()
    singular = (word[:-2], word[:-1]) if word.endswith("es") else (word[:-1],)
    forms = singular if word.endswith("s") else ()
    return tuple(f[:-1] + o for f in (word, *forms) if f[-1:] in "oa" for o in "oa") + forms
