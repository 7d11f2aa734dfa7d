"""Red flags named in other languages US clinics often hear, mixed into English or not.

"mama ma gorączkę 39 i dreszcze" or "my dad has Fieber and Schüttelfrost" names a fever and
shaking chills; the rules read English and Spanish (red_flags.py) and read nothing here, so the
message had no urgent reply unless the learned layer, trained on English and Spanish, happened
to give one. A short list of the commonest red-flag words (fever, chills, bleeding, breath,
confusion, a fit, red pinpoint spots) in Portuguese, French, Polish, German and Tagalog is read
as the sign it names; how it is told (now, over, asked about, someone else's) is read as for
any sign (triage.py). Written with and without their accents, as people type them.

The dictionary cited for each word is its English Wiktionary entry (https://en.wiktionary.org/
wiki/WORD, that language's section). Looked up in stored copies when written (round 47):
Schüttelfrost (sprachwoerterbuch.de: shivering and freezing while the fever rises), calafrio and
falta de ar (Portuguese health pages), gorączka (Polish health pages: from 38 °C), lagnat and
panginginig (tagalogjourney.com/?p=2826), huminga, nahihirapan huminga and hinihingal
(mytagalog.com, hellodoctor.com.ph); the rest were written from the engineer's knowledge and
not looked up one by one:
- Portuguese: febre (fever), grau(s) (degree(s)), calafrio(s) (chill, shiver),
  sangrando/sangramento (bleeding), falta de ar (shortness of breath), respirar (to breathe),
  confuso (confused), convulsão (convulsion), vermelho (red), ponto/pontinho (dot).
- French: fièvre (fever), frisson(s) (shiver, chill), saigner/saigne (to bleed), saignement
  (bleeding), essoufflé (out of breath), respirer (to breathe), confus (confused), convulsion,
  point(s) rouge(s) (red dot(s)), tache (spot).
- Polish: gorączka (fever; gorączkę, gorączki), stopień/stopni (degree(s)), dreszcze (chills),
  krwawić/krwawi (to bleed), krwawienie (bleeding), duszność (shortness of breath), oddychać
  (to breathe), splątany (confused, medical), zdezorientowany (disoriented), drgawki
  (convulsions), czerwony (red), kropka/plamka (dot, spot).
- German: Fieber (fever), Schüttelfrost (shaking chills), bluten/blutet (to bleed), Blutung
  (bleeding), Atemnot (shortness of breath), atmen (to breathe), Luft (air), verwirrt
  (confused), Krampfanfall (seizure), rot/rote (red), Punkt(e) (dot).
- Denials: nie (Polish not), kein/keine/nicht (German no, not), sem/não (Portuguese without,
  not), pas/sans (French not, without), wala/walang (Tagalog none, without).
- Tagalog: lagnat (fever), nilalagnat (feverish), nanginginig (shivering), dumudugo/nagdurugo
  (bleeding), huminga/makahinga (to breathe; "hindi makahinga", cannot breathe), hinihingal
  (out of breath), nalilito (confused), nangingisay/kumbulsyon (convulsing, convulsion).
Words shared with English or too short to tell ("ar", "mal", "rot", "dugo" alone) are read only
in their phrases.
"""

from __future__ import annotations

# Fever and the degrees it is told in: a number beside them is a temperature ("gorączka 39",
# "39 stopni", "39 graus"), as beside "fever" (triage._TEMPERATURE_WORDS).
FEVER_WORDS = r"febre|fi[eè]vre|gor[aą]czk\w*|fieber|lagnat|nilalagnat|stopni|stopnie|graus"
# Words that deny what follows, as "no" and "without" do: "nie ma gorączki", "keine Fieber
# mehr", "sem febre", "pas de fièvre", "walang lagnat" (triage._negated).
NEGATIONS = frozenset(
    "nie kein keine keinen keiner nicht sem nao pas sans wala walang".split()  # noqa: SIM905
)
# (sign name, pattern over normalized text): red_flags.SIGNS reads them as English signs.
SIGNS_IN_OTHER_TONGUES: tuple[tuple[str, str], ...] = (
    (
        "fever",
        r"\b(?:febre|fi[eè]vre|gor[aą]czk[aeęiąo]|fieber|(?:nilalagnat|lagnat))\b",
    ),
    (
        "shaking chills",
        # Not "frissons" alone: English has it ("got frissons at the concert").
        r"\b(?:calafrios?|(?:des|de|les|avec|et) frissons|dreszcze|dreszczami|sch[uü]ttelfrost"
        r"|nanginginig)\b",
    ),
    (
        "bleeding",
        r"\b(?:sangrando|sangramento|sangrou|(?:saigne|saignent|saignement|saigner)"
        r"|krwawi[aąeęć]?\w*|krwotok\w*|blutet|bluten|blutung\w*|dumudugo|nagdurugo)\b",
    ),
    (
        "trouble breathing",
        r"\b(?:falta de ar|n[aã]o (?:consigo|consegue) respirar|(?:du )?mal [aà] respirer"
        r"|essouffl[eé]e?s?|(?:ne )?(?:peut|peux|arrive) (?:pas|plus)(?: bien)? [aà]? ?respirer"
        r"|duszno\w*|nie (?:mo[zż]e|mog[eę]|moze)(?: \w+)? oddycha[cć]|atemnot|keine luft"
        r"|(?:kann|kannst)(?: [\w ]{1,30})? nicht (?:mehr |richtig |gut )?atmen"
        r"|hindi (?:maka|ako maka|siya maka)?hinga|hindi makahinga"
        r"|(?:nahihirapan|hirap)(?: \w+)? (?:huminga|makahinga)|hinihingal)\b",
    ),
    (
        "confusion",
        # "confuso/confusa" only of a person in a state ("está confuso", "anda muy confusa"),
        # never of a thing or about something ("fue muy confusa", "confusa con las fechas").
        r"\b(?:(?:est[aá]|esta|anda|sigue|ficou|fica|parece|se ve|se nota)"
        r"(?: (?:muy|un poco|bastante|tan|todo|toda|muito|meio|bem|m[aá]s))* confus[ao]s?\b"
        r"(?! (?:con|sobre|about|with|com|por|acerca|de)\b)"
        r"|il est confus|elle est confuse|spl[aą]tan[ay]|zdezorientowan\w*"
        r"|verwirrt|nalilito)\b",
    ),
    (
        "seizure",
        r"\b(?:convuls[aã]o|convuls[oõ]es|convulsions?|crise d'[eé]pilepsie|drgawk\w*"
        r"|napad (?:padaczki|drgawek)|krampfanfall\w*|nangingisay|kumbulsyon)\b",
    ),
    (
        "bleeding",
        # Red pinpoint spots, low platelets: "rote Punkte", "points rouges", "czerwone kropki".
        r"\b(?:rote (?:punkte|p[uü]nktchen|flecken)|(?:petits )?points rouges"
        r"|petites taches rouges|(?:pontinhos|pontos|pintinhas) vermelh[oa]s"
        r"|czerwone (?:kropki|kropeczki|plamki))\b",
    ),
)

# A sign word of another language seen or asked about as a word, or in a title, names no sign:
# "I saw Fieber in the German leaflet, what does it mean?", "la fièvre du samedi soir" (a film).
_AS_A_WORD_BEFORE = r"(?<!\bsaw )(?<!\bword )(?<!\bcalled )(?<!\bwatched )(?<!\bwatched la )"
_AS_A_WORD_AFTER = (
    r"(?! du samedi\b| (?:mean|means|meant)\b"
    r"| (?:in|on) (?:the|a|an|this|that|my|his|her|our) (?:\w+ ){0,2}(?:leaflet|booklet|letter|form"
    r"|sheet|paper|report|notes?|website|page|app|book|dictionary|film|movie|song|sign|poster)s?\b)"
)
SIGNS_IN_OTHER_TONGUES = tuple(
    (name, _AS_A_WORD_BEFORE + rf"(?:{pattern}){_AS_A_WORD_AFTER}")
    for name, pattern in SIGNS_IN_OTHER_TONGUES
)

# The same words as red_flags.RED_FLAGS reads them: any tense, for the safety net and the
# learned layer's veto.
RED_FLAG_WORDS = (
    r"febre|fi[eè]vre|gor[aą]czk\w*|fieber|lagnat|nilalagnat|calafrios?|dreszcz\w*"
    r"|sch[uü]ttelfrost|nanginginig|sangrando|sangramento|sangrou|saign\w*|krwaw\w*|blut\w*|dumudugo|nagdurugo"
    # Not the verbs of breathing: told with a denial ("nicht richtig atmen", "ne peut pas
    # respirer"), they would read as a sign denied.
    r"|atemnot|duszno\w*|hinihingal|verwirrt|nalilito"
    r"|drgawk\w*|krampfanfall\w*|nangingisay"
)
