"""People named by the words around them, in the languages our users write, and names in a CSV's name column.

The English NER model does not read "ονομάζομαι Ευκλείδης Σαμτανίδου", "mit navn er lars kjeldsen" or "horváth
sándor vagyok"; the name list alone cannot tell "Ana" the person from "ana" the word. What does tell is the
phrase before (or after) a name, the same in every language: an introduction ("my name is", "je m'appelle",
"меня зовут"), a greeting, thanks or an apology addressed to someone ("Hallo Anna", "Děkuji, Petře"), a
relation ("my son", "mein Sohn", "ο γιος μου"), a conversation ("spoke with", "gesprochen mit", "поговорил с").

- After an introduction the name may be written in lower case: its words are taken while they are no function
  word of the line's language (``languages``) and no common word; after the weak introductions ("I am", "je
  suis", "soy", "jsem") each lower-case word must also be a name the list ranks, so "ich bin müde" stays.
- After a greeting, thanks, a relation or a conversation, only capitalised words are taken ("Hallo Welt" is
  left to the name list: a greeting's object that is no name is dropped by ``people.judge_people``).
- A CSV text whose header names a person column ("name", "nom", "Nombre", "jméno", "ФИО"...): every row's cell
  in that column.

Patterns are linear (no nested quantifiers over the same characters); findings hold positions only.
"""

from __future__ import annotations

import csv
import functools
import re

from .honorifics import is_honorific
from .languages import NON_ENGLISH, around, function_word
from .personlabels import PERSON_LABEL, no_value
from .prefilter import fast
from .recognizers import Finding

__all__ = ["multilingual_people", "csv_people"]

# introductions after which a name follows, in any case; "strong" ones name the speaker for certain
STRONG_INTRO = (
    r"my name is|my name's|call me|mein name ist|ich heiße|ich heisse|je m'appelle|je m’appelle|mon nom est|"
    r"me llamo|mi nombre es|chamo-me|me chamo|o meu nome é|meu nome é|mi chiamo|il mio nome è|mijn naam is|"
    r"ik heet|mit navn er|jeg hedder|jeg heter|mitt navn er|jag heter|mitt namn är|jmenuji se|jmenuju se|"
    r"volám sa|moje meno je|nazywam się|mam na imię|mă numesc|numele meu este|a nevem|nevem|меня зовут|"
    r"моё имя|мое имя|мене звати|ονομάζομαι|λέγομαι|με λένε|το όνομά μου είναι|benim adım|adım|nimeni on|"
    r"minun nimeni on|tên tôi là|tôi tên là|"
    # South Slavic, Baltic, Albanian, Catalan, Icelandic, Afrikaans, Swahili, Filipino, Malay/Indonesian, Turkish
    r"zovem se|ime mi je|ja sam|mano vardas|mani sauc|mans vārds ir|minu nimi on|emri im është|quhem|"
    r"em dic|ég heiti|my naam is|jina langu ni|naitwa|ang pangalan ko ay|ako si|nama saya|nama aku|ismim|"
    # Serbian, Bulgarian, Macedonian, Belarusian and Kazakh in Cyrillic
    r"зовем се|моје име је|име ми је|казвам се|името ми е|се викам|моето име е|мяне завуць|менің атым|"
    r"менің есімім|атым")
WEAK_INTRO = (
    r"i am|i'm|this is|it's|ich bin|hier ist|hier spricht|je suis|c'est|soy|sou|aqui é|sono|qui è|"
    r"ik ben|jeg er|det er|här är|jag är|jsem|tady je|tady|som|tu je|sunt|aici e|jestem|это|я|είμαι η|"
    r"είμαι ο|είμαι|olen|tôi là")
# "I am" in Latvian, Indonesian/Malay, Swahili, Slovene/Croatian, Lithuanian, Estonian, Afrikaans, Tagalog: the
# name after them is capitalised (or in a script without case); a lower-case word there is an adjective or a
# noun too often ("saya senang", "mimi ni mwalimu", "esmu priecīgs"), whatever the list ranks it
CAP_INTRO = r"es esmu|esmu|saya|mimi ni|jaz sem|sem|aš esu|esu|mina olen|ma olen|ek is|ako ay"
# introductions that are other words in another language ("sem" is Portuguese "without" and Czech "here"): not
# read in a sentence of that language
OTHER_LANGS = {"sem": frozenset({"pt", "cs", "sk"})}
# "here is" / "this is" as a writer names themselves in a chat, in languages whose words for it are common words
# too ("tu" is "here" in Polish and "you" in French, "ini" is "this", "ben" is "I"): a name after them must be a
# full one (two words or more), its first word a name the list ranks and each later word a name it knows
HERE_INTRO = (r"tu|tutaj|z tej strony|ovdje|ovdje je|ovde|ovde je|tu je|aici|aici este|ini|ini dengan|ben|це|тут|"
              r"пишет|пишу|εδώ|εδώ η|εδώ ο|hier is|täällä|täällä on|itt|itt van|itt vagyok|det är|det er|ja sam|to je|"
              r"đây là|em là|anh là|"
              # Dutch answers the phone and opens a chat with "met" and the name ("hoi, met jan de vries")
              r"hoi met|hoi, met|hallo met|hallo, met|goedemorgen met|goedemorgen, met|goedemiddag met|"
              r"goedemiddag, met|goedenavond met|goedenavond, met|dag met|dag, met|"
              # sign-offs before the writer's name, written in lower case as often ("viele grüße, ingetraud mentzel")
              r"viele grüße|liebe grüße|beste grüße|mit freundlichen grüßen|freundliche grüße|grüße|gruß|"
              r"cordialement|bien cordialement|bien à vous|saludos|un saludo|atentamente|cumprimentos|atenciosamente|"
              r"cordiali saluti|distinti saluti|saluti|met vriendelijke groet|vriendelijke groet|groeten|"
              r"med vänliga hälsningar|vänliga hälsningar|hälsningar|med venlig hilsen|venlig hilsen|hilsen|"
              r"med vennlig hilsen|vennlig hilsen|ystävällisin terveisin|terveisin|pozdrawiam|z poważaniem|"
              r"s pozdravem|s pozdravom|üdvözlettel|tisztelettel|cu stimă|cu drag|s poštovanjem|lijep pozdrav|"
              r"с уважением|всего доброго|з повагою|με εκτίμηση|φιλικά|saygılarımla|sevgiler|trân trọng|salam|hormat saya")
# the words of HERE_INTRO that mean something else in another language of ours: taken only in their own
# ("tu gente" is Spanish "your people")
HERE_LANGS = {"tu": frozenset({"pl", "sk", "cs"}), "tutaj": frozenset({"pl"}), "ini": frozenset({"id", "ms"}),
              "ini dengan": frozenset({"id", "ms"}), "ben": frozenset({"tr"}), "to je": frozenset({"cs", "sk", "hr", "sr", "sl"}),
              "tu je": frozenset({"cs", "sk", "sl"}), "itt": frozenset({"hu"})}
# words addressed to someone: greetings, thanks, apologies
VOCATIVE = (
    r"hi|hello|hey|dear|thanks|thank you|sorry|hallo|hallö|liebe|lieber|sehr geehrte|sehr geehrter|danke|"
    r"bonjour|salut|cher|chère|merci|désolé|hola|querido|querida|estimado|estimada|gracias|lo siento|olá|"
    r"obrigado|obrigada|caro|cara|ciao|grazie|gentile|beste|hoi|bedankt|dank je|hej|kære|tak|hei|kjære|takk|"
    r"tack|ahoj|dobrý den|dobrý deň|milý|milá|děkuji|děkujeme|ďakujem|omlouváme se|ospravedlňujeme sa|"
    r"dzień dobry|dziękuję|cześć|przepraszamy|bună|bună ziua|dragă|mulțumesc|ne pare rău|szia|kedves|"
    r"köszönöm|elnézést kérünk|здравствуйте|привет|спасибо|дорогой|дорогая|уважаемый|уважаемая|"
    r"приносим извинения|дякую|дякуємо|вітаю|шановний|шановна|привіт|вибачте|благодаря|здравейте|уважаеми|"
    r"уважаема|извинете|благодарам|здраво|почитуван|почитувана|"
    r"γεια σου|γεια σας|αγαπητέ|αγαπητή|ευχαριστώ|λυπούμαστε|merhaba|sayın|teşekkürler|"
    r"moi|kiitos|hyvä|xin chào|chào|cảm ơn|"
    r"guten tag|guten morgen|servus|moin|buongiorno|buonasera|buenos días|buenas tardes|buenas|bom dia|boa tarde|"
    r"goedemorgen|goedendag|geachte|god morgen|god dag|hyvää päivää|jó napot|witam|szanowny|szanowna|szanowni|"
    r"vážený|vážená|vážení|prezado|prezada|poštovani|poštovana|spoštovani|spoštovana|draga|dragi|stimate|stimată|"
    r"gerbiamas|gerbiama|labas|sveiki|labdien|cienījamais|cienījamā|tere|lugupeetud|zdravo|bok|mirëdita|"
    r"përshëndetje|i dashur|e dashur|kaixo|bon dia|benvolgut|benvolguda|halo|selamat pagi|selamat siang|"
    r"selamat sore|selamat malam|yth\.?|kính gửi|habari|jambo|mpendwa|sannu|sawubona|kumusta|magandang umaga")
# relations and conversations: the person comes next
RELATION = (
    r"my (?:son|daughter|wife|husband|mother|father|brother|sister|partner|colleague|friend|boss|dad|mum|mom|"
    r"grandmother|grandfather|grandma|grandpa|granny|aunt|uncle|niece|nephew|cousin|fiancé|fiancée|girlfriend|"
    r"boyfriend|neighbour|neighbor|landlord|landlady|tenant|flatmate|roommate|stepson|stepdaughter)|"
    r"(?:mein|meine|meinem|meiner) (?:sohn|tochter|frau|mann|mutter|vater|bruder|schwester|kollege|kollegin)|"
    r"(?:mon|ma) (?:fils|fille|femme|mari|mère|père|frère|sœur|collègue)|"
    r"mi (?:hijo|hija|esposa|esposo|marido|madre|padre|hermano|hermana|colega)|"
    r"(?:o meu|a minha|meu|minha) (?:filho|filha|mulher|marido|mãe|pai|irmão|irmã|colega)|"
    r"(?:mio|mia) (?:figlio|figlia|moglie|marito|madre|padre|fratello|sorella|collega)|"
    r"mijn (?:zoon|dochter|vrouw|man|moeder|vader|broer|zus|collega)|"
    r"(?:min|mit) (?:søn|datter|kone|mand|mor|far|bror|søster|kollega|sønn)|"
    r"(?:sønnen|datteren|kona|mannen|sonen|dottern|frun) (?:min|mi)|"
    r"(?:můj|moje|môj|moja) (?:syn|dcera|dcéra|žena|manžel|manželka|matka|otec|bratr|brat|sestra|kolega)|"
    r"(?:fiul|fiica|soția|soțul|mama|tatăl|fratele|sora) meu|(?:fiica|soția|mama|sora) mea|"
    r"a fiam|a lányom|a feleségem|a férjem|"
    r"(?:mój|moja|mojego|mojej) (?:syn|córka|żona|mąż|matka|ojciec|brat|siostra)|"
    r"(?:мой|моя|моему|моей|моего) (?:сын|сыну|сына|дочь|дочери|жена|жене|муж|мужу|мать|отец|брат|сестра|коллега)|"
    r"(?:ο|η) (?:γιος|κόρη|σύζυγος|μητέρα|πατέρας|αδελφός|αδελφή) μου|"
    r"spoke (?:with|to)|talked (?:with|to)|speaking (?:with|to)|met with|"
    r"gesprochen mit|sprach mit|telefoniert mit|parlé avec|hablé con|hablado con|falei com|"
    r"parlato con|gesproken met|talte med|snakket med|talade med|pratade med|mluvil s|mluvila s|hovoril s|"
    r"hovorila s|rozmawiałem z|rozmawiałam z|am vorbit cu|beszéltem|поговорил с|поговорила с|говорил с|"
    r"μίλησα με|konuştum")
# prepositions that often stand before a person but as often before a thing ("mit Anna", "mit Kreditkarte"):
# the word after them must be a common name
WITH = (r"mit|avec|con|com|cu|med|met|z|s|с|με|with|"
        r"pak|bu|sdr\.?|sdri\.?|bwana|bibi|anh|chị|bay|dona|frau|herr|don")
# titles before a family name ("Pani Klepka", "La signora Biagi", "Η κυρία Τσώτσης", "Госпожа Иванова"): a
# capitalised word after one is the person's name whether or not the list ranks it (most family names are
# rare); the word must still be no common, function or English word ("Madame Bovary" yes, "Herr Doktor" no).
# "Frau", "Herr", "don", "dona" stay with the prepositions above: they are nouns or verbs too ("eine Frau Mitte
# 40"; German capitalises every noun: "Herr Schwester" is no name)
TITLE = (r"pan|pani|pana|panem|paní|pane|panu|panią|gospodin|gospodine|gospođa|gospođo|gospodična|herra|rouva|"
         r"neiti|bayan|domnul|doamna|doamnă|domnule|domnișoara|senhor|senhora|signor|signora|signorina|meneer|"
         r"mevrouw|heer|fru|frøken|fröken|señor|señora|señorita|doña|madame|monsieur|mademoiselle|mme|mlle|"
         r"κυρία|κύριος|κυρίου|κυρίας|κυρ|госпожа|господин|госпожи|господина|пані|пан|пана|панові|"
         r"bapak|ibu|ông|bà|úr")

# an academic or official title between the courtesy title and the name ("Herr Doktor Weber", "Señora
# Presidenta"): skipped, so it is not read as the name
ACADEMIC = (r"(?i:dr\.?|doktor|doctor|doctora|docteur|dottore|dottoressa|prof\.?|professor|professora|profesor|"
            r"profesora|professore|professoressa|ing\.?|mgr\.?|presidente|presidenta|président|présidente|präsident|"
            r"direktor|direktorin|director|directora|directeur|directrice|ministro|ministra|ministre|minister)(?![\w'’])")
# a word in any script: combining marks (Thai, Hebrew, Indic vowel signs, Latin accents) stay inside it
MARKS = ("\u0300-\u036f\u0591-\u05c7\u0900-\u0dff\u0e31-\u0e4e\u0eb1-\u0ecd"
         # Burmese and Khmer vowel signs ("ကျော်ဇေယျ", "ជ័យលាស": a name after "my name is" is one word)
         "\u102b-\u103e\u1056-\u1059\u105e-\u1060\u1062-\u1064\u1067-\u106d\u1071-\u1074\u1082-\u108d"
         "\u108f\u109a-\u109d\u17b4-\u17d3\u17dd")
NAME_WORD = rf"[^\W\d_][\w{MARKS}'’.-]*"
NAME_RUN = rf"{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}}"
_B = r"(?<![\w'’])"
WITH_RANK = 1000
# every phrase above in one pass (the name is a look-ahead, so a phrase inside a name run is still tried:
# "Bonjour, c'est Mathilde"); each kind's rules: (lower case allowed, lower case must be a ranked name, the first
# word's rank needed)
# (tried only where one of its phrases' first letters stands: prefilter.py)
TRIGGER_RX = fast(re.compile(
    rf"{_B}(?i:(?P<intro>{STRONG_INTRO})|(?P<intro_weak>{WEAK_INTRO})|(?P<intro_cap>{CAP_INTRO})|(?P<intro_here>{HERE_INTRO})|(?P<vocative>{VOCATIVE})|"
    rf"(?P<relation>{RELATION})|(?P<with>{WITH})|(?P<title>{TITLE})(?:[ \t]+{ACADEMIC})?)[ \t]*[,:]?[ \t]+(?:(?:a|o|la|el|il|en)[ \t]+(?=[A-ZÀ-ÖØ-ÞĀ-Ž]))?"
    rf"(?=(?P<name>{NAME_RUN}))"))
KIND_RULES = {"intro": (True, False, 0), "intro_weak": (True, True, 0), "intro_cap": (False, False, 0), "vocative": (False, False, 0),
              "intro_here": (True, True, 0), "relation": (False, False, 0), "with": (False, False, WITH_RANK), "title": (False, False, 0)}
# "horváth sándor vagyok", "Anna here": a name before a word that says it is the speaker
POSTPOSED_RX = re.compile(rf"(?:^|(?<=[.!?,:;\n]))[ \t]*({NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})[ \t]+(?i:vagyok)\b")
PARTICLES = frozenset("van von vom zu der den de da das dos do du des del della di le la ter ten bin binti ibn al "
                      "el y e i".split())
# Hungarian and Turkish put the title after the family name (or the given name: "Ayşe Hanım")
TITLE_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ŽÇĞİÖŞÜ"
POSTPOSED_TITLE_RX = re.compile(rf"(?<![\w'’-])([{TITLE_CAPITAL}][\w'’-]+(?:[ \t]+[{TITLE_CAPITAL}][\w'’-]+)?)[ \t]+"
                                r"(?:asszony|asszonyt|úr|urat|úrnak|Hanım|Hanımı|Hanıma|Hanımla|Bey|Beyi|Beye|Beyle)"
                                r"(?![\w'’-])")
WEAK_RANK = 5000  # after a weak introduction a lower-case word must be a name at least this common


def _listed_name(value: str, is_common) -> bool:
    """A labelled name's value whole: two to four capitalised words, each one the name list knows, none an
    English word or a team's, a common word only when it is a common name too (Vietnamese "Mai" is French
    "mai", Dutch "Ben" is "am")."""
    from .letters import is_letter_word
    from .names import gazetteer, is_english

    words = value.split()
    g = gazetteer()
    return 2 <= len(words) <= 4 and all(
        w[:1].isupper() and g.best(w) > 0 and (not is_common(w) or g.best(w) <= WITH_RANK) and not is_english(w)
        and not is_letter_word(w) for w in words)


LEAD_PARTICLE = re.compile(r"(?:van|von|vom|zu|der|den|de|da|das|dos|do|du|des|del|della|di|le|la|ter|ten)"
                           r"(?:[ \t]+(?:der|den|de|la|le|los|las|da|do|dos|des|van))?[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž]")


def _take(text: str, start: int, run: str, langs, is_common, lower_ok: bool, rank_lower: bool,
          strong: bool = True, first_rank: int = 0, later_any_rank: bool = False,
          rank_titles: bool = False) -> tuple[int, int] | None:
    """The leading words of ``run`` (at ``start``) that can be a name: capitalised (or lower case where
    ``lower_ok``), no function or common word; particles only between name words. Not ``strong``: no English
    word either ("this is Great"); ``first_rank``: the first word must be a name at least this common;
    ``rank_titles`` (after "I'm", "this is"): a rank or office before the name is no part of it ("I'm major
    okafor", "this is captain reyes"), and the word after it must then be a name by the rules above."""
    from .names import gazetteer, is_english, listed_family

    g = gazetteer()
    end = None
    pos = start
    taken = 0
    initial = capital_seen = particle_lead = False
    titled = 0
    for m in re.finditer(NAME_WORD, run):
        w = m.group().rstrip(".")
        low = w.casefold()
        s = start + m.start()
        if low in PARTICLES and (taken or (not initial and LEAD_PARTICLE.match(run, m.start()))):
            particle_lead = particle_lead or not taken
            continue  # "Mevrouw van den Brand", "Frau von Weizsäcker": a family name's particles open it too
        if not taken and not initial and not particle_lead and not titled and (
                is_honorific(m.group()) or (rank_titles and low in RANK_TITLES)):
            titled = start + m.end()  # "my landlord Mr Pettigrew": the title is no part of the name
            continue
        if particle_lead and not taken and w[0].isupper() and len(w) > 1 and not function_word(w, langs):
            end = s + len(w)  # after its particles a capitalised word is the family name, a common word too ("Brand")
            pos, taken, capital_seen = end, 1, True
            continue
        if not taken and not initial and len(w) == 1 and w.isupper() and m.group() == w + ".":
            initial = True  # "mi chiamo Y. Ceraso", "Employee: D. Cline": an initial opens the name, a word must follow
            continue
        if initial and not taken and not w[0].isupper():
            break
        # "me llamo Ana Bueno", "Paciente: D. Fim": a capital inside the name (or after its initial) is the name's
        later_capital = (taken or initial) and w[0].isupper()
        if later_any_rank and taken and w[0].isupper() and not capital_seen:
            break  # "grüße, timo schlosser Das Paket": a lower-case name ends where capitals start again
        if (is_common(w) and not (taken and listed_family(w))) or (
                function_word(w, langs) and not later_capital) or len(w) < 2 or (not strong and is_english(w)):
            break  # (a family name that is a courtesy word elsewhere closes a name: "my name is kofi asante")
        if first_rank and not taken and not 0 < g.best(w) <= first_rank:
            break
        if w[0].islower():
            if capital_seen:
                break  # "soy Lucía Fernández y vivo en Zaragoza": the sentence goes on in lower case
            rank = g.best(w)
            ranked = 0 < rank <= WEAK_RANK or later_any_rank  # (``_full_name`` judges the whole run)
            if not lower_ok or (rank_lower and (len(w) < 3 or not ranked or is_english(w))):
                break
        elif w.isupper() and 1 < len(w) <= 5 and not (
                len(w) >= 3 and 0 < g.best(w) <= WEAK_RANK and not is_english(w)):
            break  # an acronym ("hier ist HANS JÜRGEN WINKLER": names in capitals are names the list ranks)
        end = s + len(w)
        pos = end
        taken += 1
        capital_seen = capital_seen or w[0].isupper()
        if taken == 4 or (m.group().endswith(".") and len(w) > 1):
            break  # the sentence ends here ("Mathilde. je suis")
    if titled and end is not None:
        start = min(end, titled + len(run[titled - start:]) - len(run[titled - start:].lstrip()))
    return (start, end) if end is not None and pos > start else None


CLAUSE_END = re.compile(r"[ \t]*(?:[,.;:!?)\n]|$)")
FAMILY_WHOLE = "person_context_ml_family_whole"  # a given and a family name that the trims leave whole
# ranks and offices that stand between "I'm" / "this is" and a name ("I'm major okafor", "this is captain reyes")
RANK_TITLES = frozenset("captain capt general colonel col major maj lieutenant lt sergeant sgt corporal admiral "
                        "commander doctor dr professor prof judge senator pastor reverend rev rabbi imam sheikh "
                        "officer detective inspector nurse".split())
INITIAL_AFTER = re.compile(r"[ \t]+[A-ZĀ-Ž]\.")


LOWER_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’-]+)")


def _family_after(text: str, span: tuple[int, int], langs, is_common) -> tuple[int, int]:
    """A lower-case given name after "I am" / "this is" that the list ranks, and one more lower-case word that
    ends the clause ("это vyacheslav pesilnikov, перезвоните"): the family name, rare as most are, is the name's
    (no function, common or English word: "i'm anna, very happy" keeps "very"). The clause may also go on with
    a function word ("this is kofi boateng and my order..."). A family name that is also a courtesy word or a
    label in another language ("asante", Swahili thanks, a Ghanaian family name the list ranks high) is the
    name's (``names.listed_family``): before, "this is kofi asante" kept "asante"."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from .names import is_english, listed_family

    m = LOWER_WORD_AFTER.match(text, span[1])
    if m is None or not m.group(1).islower():
        return span
    w = m.group(1)
    if not CLAUSE_END.match(text, m.end()):
        nxt = LOWER_WORD_AFTER.match(text, m.end())
        if nxt is None or not (nxt.group(1) in STOP_WORDS or function_word(nxt.group(1), langs)):
            return span
    if function_word(w, langs | NON_ENGLISH) or is_english(w) or w in STOP_WORDS:
        return span
    if is_common(w) and not listed_family(w):
        return span
    return span[0], m.end(1)


ALONE_AFTER = frozenset({"ben"})  # "I" in Turkish: "İyi günler, ben ali." names the writer by the given name alone
ALONE_RANK = 100  # ... when the list ranks it among the 100 commonest given names of some country


def _given_alone(text: str, span: tuple[int, int], word: str, in_language: bool) -> tuple[int, int] | None:
    """One lower-case word after Turkish "ben" that ends the clause and is one of the commonest given names
    ("İyi günler, ben ali.", "merhaba ben zeynep, kargom nerede"): a word after "ben" that ends a clause is
    otherwise a verb or an adjective with its personal ending ("ben iyiyim", "ben hazırım"), which no list
    ranks, or a function word ("ben de")."""
    if not in_language or word not in ALONE_AFTER:
        return None
    from .names import gazetteer

    m = LOWER_WORD_AFTER.match(" " + text[span[0]:span[1]])
    if m is None or not m.group(1).islower():
        return None
    end = span[0] + len(m.group(1))
    w = m.group(1)
    if not CLAUSE_END.match(text, end) or function_word(w, NON_ENGLISH) or \
            not 0 < gazetteer().ranks(w)[0] <= ALONE_RANK:
        return None
    return span[0], end


def _full_name(text: str, span: tuple[int, int], in_language: bool) -> tuple[int, int] | None:
    """A name after a "here is" word, in that word's own language: two words or more, the first or the second a
    name the list ranks, at most one word no list knows, and that one only where the clause ends after it
    ("danique billung,"; else the name ends at the last word the list knows)."""
    if not in_language:
        return None  # "tu", "ini", "ben" are words first: a name after them only in their own language
    from .names import gazetteer

    g = gazetteer()
    words = list(re.finditer(r"\S+", text[span[0]:span[1]]))
    if not CLAUSE_END.match(text, span[1]):
        while len(words) > 1 and not g.best(words[-1].group()):
            words.pop()
    ranks = [g.best(w.group()) for w in words]
    if len(words) < 2 or not any(0 < r <= WEAK_RANK for r in ranks[:2]) or ranks.count(0) > 1:
        return None  # a full name the list vouches for ("zümre yıldırım", "basım karadeniz")
    return span[0], span[0] + words[-1].end()


def multilingual_people(text: str, is_common) -> list[Finding]:
    """People named by the phrases around them (see the module's docstring)."""
    out: list[Finding] = []
    for m in TRIGGER_RX.finditer(text):
        tag = next(k for k in KIND_RULES if m.group(k) is not None)
        lower_ok, rank_lower, first_rank = KIND_RULES[tag]
        s = m.start("name")
        langs = around(text, s, m.end("name"))
        span = _take(text, s, m.group("name"), langs, is_common, lower_ok, rank_lower, tag == "intro", first_rank,
                     tag == "intro_here", tag in ("intro", "intro_weak"))
        source = f"person_context_ml_{tag}"
        if span is not None and tag == "intro_weak" and text[span[0]:span[1]].islower() and " " not in text[span[0]:span[1]]:
            wider = _family_after(text, span, langs, is_common)
            if wider != span and is_common(text[span[1]:wider[1]].strip()):
                source = FAMILY_WHOLE  # "kofi asante": the trims would take the courtesy word off again
            span = wider
        if span is not None and tag == "intro_cap" and m.group("intro_cap").casefold() in OTHER_LANGS and \
                OTHER_LANGS[m.group("intro_cap").casefold()] & around(text, m.start(), m.end()):
            span = None
        if span is not None and tag == "intro_here":
            word = m.group("intro_here").casefold()
            in_language = word not in HERE_LANGS or bool(HERE_LANGS[word] & langs)
            initial = INITIAL_AFTER.match(text, span[1])
            if in_language and initial and " " not in text[span[0]:span[1]] and text[span[0]].isupper():
                span = (span[0], initial.end())  # "tu Eglons D.", "z tej strony Kristofers C.": a given name and
            else:  # the family name's initial, as chats sign
                span = _given_alone(text, span, word, in_language) or _full_name(text, span, in_language)

        if span is not None and tag == "title" and not m.group("name")[:1].isupper() and \
                not LEAD_PARTICLE.match(m.group("name")):
            span = None  # ("Mevrouw van den Brand": a family name's particles are lower case)
        if span is not None:
            out.append(Finding(span[0], span[1], "PERSON", 0.75, source))
    for m in POSTPOSED_TITLE_RX.finditer(text):  # "Farkas asszony", "Kovács úr", "Yılmaz Hanım", "Aksu Bey"
        s = m.start(1)
        span = _take(text, s, m.group(1), around(text, s, m.end(1)), is_common, False, False, False)
        if span is not None:
            out.append(Finding(span[0], span[1], "PERSON", 0.75, "person_context_ml_title"))
    if "vagyok" in text:
        for m in POSTPOSED_RX.finditer(text):
            s = m.start(1)
            span = _take(text, s, m.group(1), around(text, s, m.end(1)), is_common, True, True, False)
            if span is not None:
                out.append(Finding(span[0], span[1], "PERSON", 0.75, "person_context_ml_postposed"))
    if "bol" in text or "naam" in text:
        out += _hinglish(text, is_common)
    for m in TIMESTAMP_SPEAKER.finditer(text):  # "2026-11-18 blažena: called the customer"
        s = m.start(1)
        span = _take(text, s, m.group(1), around(text, s, m.end(1)), is_common, True, False, False)
        if span is not None:
            out.append(Finding(span[0], span[1], "PERSON", 0.75, "person_context_ml_speaker"))
    for m in NAME_LABEL.finditer(text):  # "Ονοματεπώνυμο: Εμμανουέλα Αργυράκη", "ФИО: ..."
        if no_value(m.group(1)):
            continue  # "Имя клиента: не указано"
        s = m.start(1)
        # a value in lower case is a name only when all of it is: no word of it a function word of a language we
        # read ("Patient(e): voir la note" is a phrase; "Patient(e): maceo chaput" is a name)
        lower = m.group(1)[:1].islower()
        langs = NON_ENGLISH if lower else around(text, s, m.end(1))
        span = _take(text, s, m.group(1), langs, is_common, True, False)
        if not lower and (span is None or span[1] < m.end(1)) and _listed_name(m.group(1), is_common):
            # "Họ tên: Mai Trọng Hoàng": "mai" is also a common word (French "May"); under the label it is a name,
            # and the value stands whole (no edge word trimmed later)
            out.append(Finding(s, m.end(1), "PERSON", 0.75, "person_context_label_whole"))
            continue
        if span is not None and not (lower and span[1] != m.end(1)):
            out.append(Finding(span[0], span[1], "PERSON", 0.75, "person_context_ml_label"))
    return out + bracketed_full_names(text, out) + csv_people(text) + script_names(text, is_common)


# Hindi written in Latin letters (chat Hindi, "Hinglish"): "main rajesh chaudhary bol raha hoon" (I, X, am
# speaking), "mera naam priya hai" (my name is X); the name between the frame's parts, in any case
HINGLISH = re.compile(r"(?i)(?<![\w'’])(?:(?:main|mai|mein)[ \t]+(?P<a>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})[ \t]+bol[ \t]+"
                      r"(?:raha|rahi|rha|rhi)[ \t]+(?:hoon|hun|hu|hoo)|mera[ \t]+naam[ \t]+"
                      r"(?P<b>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})[ \t]+(?:hai|he|h))(?![\w'’])")
# chat Hindi's own words that can stand in the frame ("main bhi bol raha hoon": I too am speaking)
HINGLISH_WORDS = frozenset("bhi to hi abhi yahan wahan phir kab kya ab aap tum woh wo ye yeh accha acha theek thik "
                           "sir madam ji kaun koi kuch sab bas".split())
HINGLISH_RANK = 20000


def _hinglish(text: str, is_common) -> list[Finding]:
    from .names import gazetteer, is_english

    g = gazetteer()
    out = []
    for m in HINGLISH.finditer(text):
        key = "a" if m.group("a") is not None else "b"
        words = m.group(key).split()
        if any(w.casefold() in HINGLISH_WORDS or is_common(w) or (is_english(w) and not 0 < g.best(w) <= 2000)
               for w in words) or not any(0 < g.best(w) <= HINGLISH_RANK for w in words):
            continue
        out.append(Finding(m.start(key), m.end(key), "PERSON", 0.75, "person_context_ml_intro"))
    return out


# "2026-11-18 blažena:", "[10:32] anna:": the author of a note or a chat line, after its time stamp
TIMESTAMP_SPEAKER = re.compile(
    rf"(?m)^[ \t]*\[?(?:\d{{4}}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?|\d\d?:\d\d(?::\d\d)?)\]?[ \t]+"
    rf"({NAME_WORD}(?:[ \t]+{NAME_WORD})?)[ \t]*:")
NAME_HEADER = re.compile(
    r"(?i)(?:full[ _]?name|first[ _]?name|last[ _]?name|given[ _]?name|family[ _]?name|surname|name|customer|"
    r"contact|person|employee|patient|client|nom|prénom|nom complet|nombre|nombre completo|apellidos?|nome|"
    r"cognome|nome completo|naam|voornaam|achternaam|navn|namn|nimi|jméno|příjmení|meno|priezvisko|nume|"
    r"prenume|név|имя|фамилия|фио|όνομα|ονοματεπώνυμο|επώνυμο|imię|nazwisko|imię i nazwisko|ad soyad|ad|soyad|"
    r"vorname|nachname|vor- und nachname|nome e cognome|cognome e nome|nom et prénom|nombre y apellidos|"
    r"họ tên|họ và tên|tên|nama|nama lengkap|jina|jina kamili|pangalan|buong pangalan|emri|"
    # people a record is about, by their role: employees, patients, emergency contacts, holders, recipients
    r"medewerker|werknemer|mitarbeiter|mitarbeiterin|dipendente|impiegato|impiegata|employé|employée|empleado|"
    r"empleada|funcionário|funcionária|colaborador|colaboradora|pracownik|pracownica|zaměstnanec|zamestnanec|"
    r"angajat|angajată|munkavállaló|dolgozó|työntekijä|anställd|ansatt|medarbejder|çalışan|personel|"
    r"paciente|patiënt|patiente|paziente|pacjent|pacjentka|pacient|pacientka|beteg|potilas|hasta|"
    r"emergency contact|contatto di emergenza|notfallkontakt|contactpersoon|contactpersoon bij nood|"
    r"personne à contacter|contacto de emergencia|contato de emergência|kontakt alarmowy|nødkontakt|"
    r"account holder|holder|titular|titulaire|kontoinhaber|rekeninghouder|intestatario|recipient|addressee|"
    r"destinatario|destinataria|destinataire|empfänger|destinatário|odbiorca|příjemce|ime i prezime|ime|prezime|"
    # the scripts of ``scripts.py`` and Cyrillic: "ПІБ", "الاسم", "नाम"
    r"піб|п\.і\.б\.?|ім'я|ім’я|прізвище|име|фамилия и имя|الاسم|اسم|الاسم الكامل|نام|نام و نام خانوادگی|שם|שם מלא|"
    r"नाम|पूरा नाम|নাম|பெயர்|ชื่อ|ชื่อ-นามสกุล|სახელი|სახელი და გვარი|անուն|անուն ազգանուն|اسم العائلة|"
    r"الاسم الأول|نام خانوادگی|שם משפחה|שם פרטי|გვარი|ազգանուն|นามสกุล|"
    # "the customer's name" in Arabic script, Cyrillic and Han (personlabels.py)
    rf"{PERSON_LABEL})")
SEPARATORS = ",;\t|"


def csv_people(text: str) -> list[Finding]:
    """The cells of a CSV text's person column: a header line of three or more cells, one of them a name
    header, and the rows under it with as many cells."""
    if "\n" not in text or not any(c in text for c in SEPARATORS):
        return []
    out: list[Finding] = []
    lines = text.split("\n")
    pos = 0
    cols: list[int] = []
    sep = ""
    width = 0
    for line in lines:
        start = pos
        pos += len(line) + 1
        if not cols:
            for sep in SEPARATORS:
                cells = next(csv.reader([line], delimiter=sep), [])
                if len(cells) >= 3:
                    cols = name_columns([c.strip() for c in cells])
                    if cols:
                        width = len(cells)
                        break
            continue
        cells = next(csv.reader([line], delimiter=sep), [])
        if len(cells) != width:
            cols = []  # the table ended
            continue
        # the cell's place in the line (the reader unquotes; find the raw cell by walking the separators)
        raw = _raw_cells(line, sep)
        if len(raw) != width:
            continue
        for col in cols:
            a, b = raw[col]
            while a < b and line[a] in " \t\"'":
                a += 1
            while b > a and line[b - 1] in " \t\"'":
                b -= 1
            value = line[a:b]
            if b > a and any(c.isalpha() for c in value) and not any(c.isdigit() or c == "@" for c in value):
                out.append(Finding(start + a, start + b, "PERSON", 0.75, "person_context_csv"))
    return out


# a header that splits a name into its parts by words that alone name no person ("given;family;role",
# "First | Last | Team"): the part-words say a name only together, one for the given name, one for the family's
GIVEN_PART = re.compile(r"(?i)given|first|forename|christian")
FAMILY_PART = re.compile(r"(?i)family|last|surname")


def name_columns(header: list[str]) -> list[int]:
    """The columns of a header line that hold a person's name or one of its parts: every cell that names a
    person (``NAME_HEADER``: "Full name", "first name", "last name", "Nachname"; not only the first such column,
    so a "first name, last name" table loses both), and the cells of a given/family pair that say so only
    together ("given", "family")."""
    cols = [i for i, c in enumerate(header) if NAME_HEADER.fullmatch(c)]
    given = [i for i, c in enumerate(header) if GIVEN_PART.fullmatch(c)]
    family = [i for i, c in enumerate(header) if FAMILY_PART.fullmatch(c)]
    if given and family:
        cols = sorted(set(cols) | set(given) | set(family))
    return cols


def _raw_cells(line: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a CSV line, quotes respected."""
    cells, start, quoted = [], 0, False
    for i, c in enumerate(line):
        if c == '"':
            quoted = not quoted
        elif c == sep and not quoted:
            cells.append((start, i))
            start = i + 1
    cells.append((start, len(line)))
    return cells


# "spoke with Климент (Климент Русаков)": the full name in brackets right after a name found by its context
BRACKETED = re.compile(rf"[ \t]*\(({NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}})\)")


def bracketed_full_names(text: str, found: list[Finding]) -> list[Finding]:
    """The capitalised full name in brackets right after each finding of ``found``."""
    out = []
    for f in found:
        m = BRACKETED.match(text, f.end)
        if m and not any(w[0].islower() for w in m.group(1).split()):  # capitalised, or a script without case
            out.append(Finding(m.start(1), m.end(1), "PERSON", 0.75, "person_context_ml_bracketed"))
    return out


# a form's line "Name: value" (the value up to the end of the line, a comma or a semicolon)
# ("Patient(e):", "Empleado/a:": a gendered ending; "Vesuvio Nestico (+39 ...)": a phone or an address after it)
NAME_LABEL = re.compile(rf"(?m)^[ \t>*-]*(?i:{NAME_HEADER.pattern[4:]})(?:\([a-z]{{1,2}}\)|/[a-z]{{1,2}})?[ \t]*:[ \t]*"
                        rf"({NAME_RUN})[ \t]*(?=$|[,;|(<])")

# Cyrillic and Greek: the English model reads neither, but both scripts capitalise names inside a sentence
SCRIPT_UP = "А-ЯЀ-ЏҐҒҚҢҮҰҲҺӘӨΑ-ΩΆΈΉΊΌΎΏ"  # with Ukrainian, Serbian, Macedonian and Kazakh capitals ("Ірина", "Қанат")
SCRIPT_LOW = "а-яѐ-џґғқңүұҳһәөα-ωά-ώϊϋΐΰ"
SCRIPT_WORD = rf"[{SCRIPT_UP}](?:[{SCRIPT_LOW}]|['’](?=[{SCRIPT_LOW}]))+(?:-[{SCRIPT_UP}][{SCRIPT_LOW}]+)?"
SCRIPT_RUN = re.compile(rf"(?<![\w-])({SCRIPT_WORD}(?:[ \t]+{SCRIPT_WORD}){{0,2}})(?![\w-])")
# family names and patronymics by their endings (Russian, Ukrainian, Bulgarian, Serbian, Kazakh, Armenian in
# Cyrillic; Greek)
SCRIPT_SURNAME = re.compile(r"(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|цкий|цкая|ских|енко|ович|овна|евич|евна|"
                            r"ич|ична|инична|ук|юк|чук|ський|ська|цький|цька|ишин|ян|янц|ұлы|қызы|улы|кызы|ић|вић|"
                            r"άκης|ίδης|όπουλος|άτος|ίου|άκη|ίδου|οπούλου|ιάδου|ιάδης|έλης|ούλης)$")
ADDRESS_AFTER = re.compile(r"[ \t]*<[^<>@\s]+@")
SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“«(]\s*|\|\s*)$")
SCRIPT_RANK = 20000  # in a run of two or more capitalised words, one word a name this common (or by its ending)
SCRIPT_LONE_RANK = 2000  # a lone capitalised word inside a sentence: a name at least this common


def script_names(text: str, is_common) -> list[Finding]:
    """Capitalised Cyrillic or Greek words that are names: a run of two or three inside a sentence with one
    word a ranked name or ending like a family name or patronymic ("Пётр Иванов", "Ζηνόβιος Τσάτη"); a lone
    one inside a sentence that the name list ranks among the common names; at a sentence's start, a run whose
    words all end like family names or are ranked names. Places and function words are not names."""
    if not any("\u0370" <= c <= "\u04ff" for c in text):
        return []
    from .names import gazetteer
    from .places import known_place

    g = gazetteer()
    out = []
    for m in SCRIPT_RUN.finditer(text):
        words = m.group(1).split()
        langs = around(text, m.start(1), m.end(1))
        if any(is_common(w) or function_word(w, langs) or known_place(w) for w in words):
            continue
        start = SENTENCE_START.search(text, max(0, m.start(1) - 4), m.start(1)) is not None and \
            not ADDRESS_AFTER.match(text, m.end(1))  # "Нина Шакири <nina@...>": a sender, not a sentence's start
        named = [0 < g.best(w) <= SCRIPT_RANK or SCRIPT_SURNAME.search(w) is not None or declined_name(w)
                 for w in words]
        if len(words) >= 2 and (all(named) if start else any(named)) or (
                len(words) == 1 and not start and 0 < g.best(words[0]) <= SCRIPT_LONE_RANK):
            out.append(Finding(m.start(1), m.end(1), "PERSON", 0.6, "person_context_ml_script"))
    return out


# Cyrillic names declined after a preposition or a verb ("с Блиновым Фотием Валентиновичем", "Антеом
# Мишковићом", "передайте Ивану Петрову"): the case endings of family names and patronymics, and the endings a
# given name takes (its stem plus the nominative ending is a name the list ranks)
DECLINED_SURNAME = re.compile(r"(?:(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е|ой|ую|ых)|(?:ск|цк)(?:ого|ому|им|ом|ой|ую)|"
                              r"(?:ович|евич|ьич|ич)(?:а|у|ем|е)|(?:овн|евн|ичн)(?:ы|е|ой|у)|енк(?:а|у|ом)|"
                              r"(?:ић|вић)(?:а|у|ем|ом|е)|(?:ук|юк|чук)(?:а|у|ом|ем|е))$")
CASE_ENDINGS = ("ом", "ем", "ой", "ей", "ою", "ею", "ью", "у", "ю", "а", "я", "е", "и", "ы")
NOMINATIVE = ("", "а", "я", "й", "ь", "о", "е")
DECLINED_RANK = 5000  # a given name's stem plus a nominative ending: a name at least this common
DECLINED_ZIPF = 3.5  # a declined word this common in its language is an ordinary word ("Новым", "Годом")
DECLINED_TOP = 200  # ... and one of the commonest given names whatever its frequency as a word
DECLINED_LANGS = ("ru", "uk")  # (two lists: each costs seconds to load; wordfreq has no Serbian Cyrillic one)


@functools.lru_cache(maxsize=1 << 14)
def declined_name(word: str) -> bool:
    """Whether a capitalised Cyrillic word is a name in an oblique case: a family name's or a patronymic's case
    ending, or a ranked given name behind a case ending ("Фотием": Фотий, "Наиной": Наина); a word common in
    the language (wordfreq) is not one."""
    if len(word) < 4 or not ("Ѐ" <= word[0] <= "ӿ"):
        return False
    from .names import gazetteer

    shaped = DECLINED_SURNAME.search(word) is not None
    if not shaped:
        g = gazetteer()
        for end in CASE_ENDINGS:
            if word.endswith(end) and len(word) - len(end) >= 2:
                stem = word[: len(word) - len(end)]
                ranks = [r for n in NOMINATIVE if n != end and 0 < (r := g.best(stem + n)) <= DECLINED_RANK]
                if ranks and min(ranks) <= DECLINED_TOP:
                    return True  # "Андреем", "Сергею": the commonest names are common words too, by frequency
                if ranks:
                    shaped = True
                    break
    if not shaped:
        return False
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a pinned dependency (pyproject.toml)
        return True
    return max(zipf_frequency(word.lower(), lang) for lang in DECLINED_LANGS) < DECLINED_ZIPF


# labels that name a person or a thing alike ("name" of a product, "customer" that is a company)
GENERIC_LABEL = re.compile(r"(?i)[ \t>*-]*(?:name|customer|contact|client|person|ad)[ \t]*:[ \t]*")
