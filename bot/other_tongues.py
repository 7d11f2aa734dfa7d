"""Red flags named in other languages US clinics often hear, mixed into English or not.

"mama ma gorączkę 39 i dreszcze" or "my dad has Fieber and Schüttelfrost" names a fever and
shaking chills; the rules read English and Spanish (red_flags.py) and read nothing here, so the
message had no urgent reply unless the learned layer, trained on English and Spanish, happened
to give one. A short list of the commonest red-flag words (fever, chills, bleeding, breath,
confusion, a fit, red pinpoint spots) in Portuguese, French, Polish, German and Tagalog is read
as the sign it names; how it is told (now, over, asked about, someone else's) is read as for
any sign (triage.py). Written with and without their accents, as people type them.

Each word was looked up one by one in round 48 (tidy49) in stored copies of health pages in
that language (a hospital's or insurer's "when to call" page, a pharmacy's or a first-aid
page, a Wiktionary entry), each seen in the sense read here; the source is named after the word.
"Not found" means no stored page used it: kept, as a regular form of a found word. No word read
something else (no false friend), so none was dropped; forms the pages use that were not read
are read now (marked "added").
- Portuguese: febre (fever; mdbf.com.br, febreounao.com.br), graus (degrees; febreounao.com.br
  "trinta e sete graus"), calafrio(s) (chills; mdbf.com.br, novalgina.com.br), sangrando,
  sangrou, sangramento (bleeding; svetzdravlja.org, anjodeguarda.org, farmaciasaude.pt), falta
  de ar, não conseguir respirar (correio24horas.com.br, avidaestanoar.com.br), confusa (confused;
  correiobraziliense.com.br, drsergio.com.br; confuso not found), convulsão, convulsões
  (oladoctor.pt, em.com.br), pontos / pontinhos vermelhos (red dots, petechiae;
  msdmanuals.com/pt, vivomaissaudavel.com.br; pintinhas not found), pequenas manchas vermelhas
  (added; farmaciasaude.pt, mundoboaforma.com.br).
- French: fièvre (cnrtl.fr, littre.org), des frissons (docteurclic.com, humanitas.net), saigne,
  saigner (europe1.fr, allodocteurs.africa), saignement(s) (the plural added; pourquoidocteur.fr,
  essentiel-sante-magazine.fr), essoufflement (added; humanitas.net; essoufflé not found), du
  mal à respirer (sauveteurdutravail.fr), convulsions (sante.journaldesfemmes.fr), crise
  d'épilepsie (nicolas-cousineau.com, a diary), petits points rouges, petites taches rouges
  (fr.winesino.com, cnews.fr). "Il est confus" not found (the pages say confusion,
  désorienté); "je suis confus" also means "I'm sorry", so only the third person is read.
- Polish: gorączka, gorączkę (mp.pl, abczdrowie.pl), gorączkuje (has a fever; added; gazeta.pl
  "gorączkujemy"), stopni (abczdrowie.pl "38 stopni"; stopnie also means steps, not seen beside
  a number), dreszcze (centrummedyczne-przyjazna.pl), krwawienie, krwotok (termedia.pl,
  wiz.pl), duszność, duszno (remedium.md, gazeta.pl "jest nam duszno"), oddychać (gazeta.pl
  "oddycha"; "nie może oddychać" not found), splątany (podyplomie.pl "chory splątany";
  zdezorientowany not found), drgawki (zanotowane.pl, menopauza.pl), napad padaczki, napad
  padaczkowy (the second added; zanotowane.pl, menopauza.pl), czerwone kropki / plamki
  (kora-show.live, recepta.gnstudio.dev; kropeczki not found).
- German: Fieber, Schüttelfrost (hkk.de, gelbeseiten.de), bluten, blutet, Blutung
  (docapp.ch, gesundheitsinformation.de, docfinder.at), Atemnot (hkk.de), verwirrt
  (roteskreuz.at), Verwirrtheit (added; hkk.de), Krampfanfall, Krampfanfälle (the umlaut plural
  added; adac.de, gyenno.ch), kleine rote Punkte, Blutpünktchen (lifeline.de, alleantworten.de).
  "Keine Luft" and "nicht atmen" not found; rote Flecken not found.
- Tagalog: lagnat (tl.wiktionary.org/wiki/lagnat, ritemed.com.ph), nilalagnat
  (tl.ablosconference.com), nanginginig (philstar.com), dumudugo (surewaitwhat.com), pagdurugo
  (bleeding, the noun; added; mediko.ph, bandera.inquirer.net; nagdurugo not found), hindi
  makahinga (bitagmedia.com), nahihirapang huminga (the linked form added; ph.theasianparent.com,
  mediko.ph), hirap sa paghinga (added; mga-sakit.com, docpharmacyph.com), hinihingal
  (mga-sakit.com, which also uses it of a brisk walk), kombulsyon, kombulsiyon (the pages'
  spellings of kumbulsyon, added, and now among the red-flag words as nangingisay was;
  ph.theasianparent.com, tl.wiktionary.org/wiki/lagnat). Nalilito, nangingisay and kumbulsyon
  not found (pinoyhealthtips.net has the noun pangingisay).
- Denials, seen as ordinary grammar in the pages above: sans (stethonet.org "frissons sans
  fièvre"), pas, nie, nicht, keine, não, walang (pinoyhealthtips.net "kombulsyon ng walang
  lagnat"); sem and wala not seen.
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
        r"\b(?:febre|fi[eè]vre|gor[aą]czk[aeęiąo]|gor[aą]czkuj\w*|fieber|(?:nilalagnat|lagnat))\b",
    ),
    (
        "shaking chills",
        # Not "frissons" alone: English has it ("got frissons at the concert").
        r"\b(?:calafrios?|(?:des|de|les|avec|et) frissons|dreszcze|dreszczami|sch[uü]ttelfrost"
        r"|nanginginig)\b",
    ),
    (
        "bleeding",
        r"\b(?:sangrando|sangramento|sangrou|(?:saigne|saignent|saignements?|saigner)"
        r"|krwawi[aąeęć]?\w*|krwotok\w*|blutet|bluten|blutung\w*|dumudugo|nagdurugo|pagdurugo)\b",
    ),
    (
        "trouble breathing",
        r"\b(?:falta de ar|n[aã]o (?:consigo|consegue) respirar|(?:du )?mal [aà] respirer"
        r"|essouffl(?:[eé]e?s?|ement)"
        r"|(?:ne )?(?:peut|peux|arrive) (?:pas|plus)(?: bien)? [aà]? ?respirer"
        r"|duszno\w*|nie (?:mo[zż]e|mog[eę]|moze)(?: \w+)? oddycha[cć]|atemnot|keine luft"
        r"|(?:kann|kannst)(?: [\w ]{1,30})? nicht (?:mehr |richtig |gut )?atmen"
        r"|hindi (?:maka|ako maka|siya maka)?hinga|hindi makahinga"
        r"|(?:nahihirapang?|hirap)(?: \w+)? (?:huminga|makahinga|paghinga)|hinihingal)\b",
    ),
    (
        "confusion",
        # "confuso/confusa" only of a person in a state ("está confuso", "anda muy confusa"),
        # never of a thing or about something ("fue muy confusa", "confusa con las fechas").
        r"\b(?:(?:est[aá]|esta|anda|sigue|ficou|fica|parece|se ve|se nota)"
        r"(?: (?:muy|un poco|bastante|tan|todo|toda|muito|meio|bem|m[aá]s))* confus[ao]s?\b"
        r"(?! (?:con|sobre|about|with|com|por|acerca|de)\b)"
        r"|il est confus|elle est confuse|spl[aą]tan[ay]|zdezorientowan\w*"
        r"|verwirrt(?:heit)?|nalilito)\b",
    ),
    (
        "seizure",
        r"\b(?:convuls[aã]o|convuls[oõ]es|convulsions?|crise d'[eé]pilepsie|drgawk\w*"
        r"|napad\w* (?:padaczk\w*|drgawek)|krampfanf[aä]ll\w*|nangingisay|k[ou]mbulsi?yon)\b",
    ),
    (
        "bleeding",
        # Red pinpoint spots, low platelets: "rote Punkte", "points rouges", "czerwone kropki".
        r"\b(?:rote (?:punkte|p[uü]nktchen|flecken)|(?:petits )?points rouges"
        r"|petites taches rouges|(?:pontinhos|pontos|pintinhas) vermelh[oa]s"
        r"|pequenas manchas vermelhas"
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
    r"|atemnot|duszno\w*|hinihingal|verwirrt(?:heit)?|nalilito"
    r"|drgawk\w*|krampfanf[aä]ll\w*|nangingisay|k[ou]mbulsi?yon|pagdurugo"
)
