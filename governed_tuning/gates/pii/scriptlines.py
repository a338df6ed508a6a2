"""People, places and streets in the scripts the English NER model does not read (Arabic, Persian, Hebrew, the
Indic scripts, Thai, Georgian, Armenian, Cyrillic, Greek), found by the shape of a record's lines.

Why: a name or a town in these scripts has no capital to look at (or one our Latin rules do not know: "Қ",
"Ї", "Ա"), and the name list knows Arabic names well but Indic, Armenian or Georgian ones hardly at all. What
every record says the same way in every language is its structure, so:

- a form's or a note's label line: "الموظف: X", "المريض: X", "Сотрудник: X", "ПІБ: X", "Employee: X",
  "Personne à prévenir: X" (a label of a person in about twenty languages) before a short run of these
  scripts: the run is a person (lower case too: "емельян памфилов");
- a town after a street's house number and a comma ("شارع الملك فهد 24، الرياض");
- an address block: a postcode and a run of these scripts closing a line ("65489 الفجيرة", "2609 Գյումրի") is
  a town; the line above it, words and a house number ("الزهور 107", "6/3 रंगराजन"), is a street; the line
  above that, a short run of these scripts alone, is the addressee;
- a sender before an e-mail address ("இசைக்கலைவாணன் வள்ளல் <k@hotmail.com>");
- a signature: the line after "--" opens with the sender ("توفيق الحبشي | Buyer", "ԳԱԲՈՒԶՅԱՆ, Օվսաննա |
  ..."); a sign-off after a dash at the end of a text, "— ريم النمر, خان شيخون", is the sender and a town;
- a move or a home in these languages ("انتقلنا إلى X", "أسكن في X", "я живу в городе X", "μένω στην πόλη
  X", "в місті X") or in a Latin-script language before a run of these scripts ("j'habite à X", "moved to
  X"): a place.

Each run must hold no function word of its language (spaCy's stop-word lists) and at most four words, so a
sentence under a label ("ملاحظة: الطرد لم يصل") stays. Patterns are linear; findings hold positions only.
"""

from __future__ import annotations

import functools
import importlib
import re

from .alternation import alternation
from .personlabels import PERSON_LABEL, no_value
from .recognizers import Finding
from .scripts import LETTERS as UNCASED

__all__ = ["script_lines"]

CASED = ("\u0400-\u04ff\u0500-\u052f"  # Cyrillic and its supplement (Ukrainian, Kazakh, Serbian letters)
         "\u0370-\u03ff\u1f00-\u1fff")  # Greek with its accents
ALL = UNCASED[:-2] + CASED  # letters of every script read here (the joiners are added below)
WORD = rf"[{ALL}](?:[{ALL}\u200c\u200d'’׳״-]*[{ALL}])?"
INITIAL = rf"[{ALL}]{{1,2}}\."  # "ن.", "ჯ.", "ย."
ITEM = rf"(?:{INITIAL}[ \t]*)?{WORD}"
RUN = rf"{ITEM}(?:(?:[ \t]+|[ \t]*,[ \t]*){ITEM}){{0,4}}"
RUN_RX = re.compile(RUN)
HAS_LETTER = re.compile(f"[{ALL}]")
CASED_START = re.compile(f"[{CASED}]")
ARMENIAN_START = re.compile("[\u0531-\u0587]")
HAS_DIGIT = re.compile(r"\d")
LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]")
MAX_WORDS = 4
MAX_LETTERS = 20
STOP_LANGS = ("he", "ar", "fa", "ur", "hi", "mr", "ne", "bn", "ta", "te", "si", "th", "hy", "ru", "uk", "bg", "mk",
              "sr", "el")
# particles inside Arabic, Persian and Hebrew names, not counted as words
PARTICLES = frozenset("بن بنت ابن آل ال أبو ابو عبد".split())
# words of courtesy and of a letter's form that stand next to a name and are no part of it
COURTESY = frozenset("المحترم المحترمة المحترم/ة السيد السيدة الأستاذ الأستاذة الدكتور الدكتورة آقای خانم جناب "
                     "سرکار מר גב' גברת ד\"ר श्री श्रीमती सुश्री डॉ कुमारी ნ. ბატონი ქალბატონი պարոն տիկին "
                     "господин госпожа пан пані г-н г-жа шановний шановна уважаемый уважаемая κ. κος κα".split())


@functools.cache
def _stop_words() -> frozenset[str]:
    out: set[str] = set()
    for lang in STOP_LANGS:
        try:
            out |= {w.casefold() for w in importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS}
        except (ImportError, AttributeError):  # pragma: no cover - a spaCy without that language
            pass
    return frozenset(out - PARTICLES)


NAME_RANK = 2000  # a function word the name list ranks this well is a name too ("علي"), unless a preposition
# the commonest prepositions and pronouns, which the name list also ranks as names ("على", "في", "من")
NEVER_NAMES = frozenset("على في من إلى الى عن مع منذ عند لدى هذا هذه از به در با برای تا את של על עם "
                        "का की के में से पर को है и в на с к по из за от для".split())


def _name(word: str) -> bool:
    from .names import gazetteer

    return len(word) > 2 and word not in NEVER_NAMES and 0 < gazetteer().best(word) <= NAME_RANK


def _person_words(run: str) -> list[str] | None:
    """The words of a run that can be a person's or a place's name: one to four words (particles and initials
    aside) of these scripts, none a function word (unless a common name) nor longer than a Thai phrase; None
    when the run cannot be one."""
    words = [w.group() for w in re.finditer(WORD, run)]
    content = [w for w in words if w not in PARTICLES and len(w) > 1]
    stop = _stop_words()
    if not content or len(content) > MAX_WORDS or any(len(w) > MAX_LETTERS for w in words):
        return None
    if any(len(w) > 1 and w.casefold() in stop and not _name(w) for w in words) or any(
            w in NEVER_NAMES for w in words):  # an initial ("و.") is no function word
        return None
    return words


def _strip_courtesy(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The span without courtesy words at its edges ("السيد", "المحترم"); None if nothing is left."""
    words = list(re.finditer(WORD, text[s:e]))
    while len(words) > 1 and words[0].group() in COURTESY and text[s + words[0].end():s + words[1].start()].strip() == "":
        words.pop(0)  # "السيد أحمد" is Mr Ahmad; "السيد, أسيل" is a family name, then the given name
    while words and words[-1].group() in COURTESY:
        words.pop()
    return (s + words[0].start(), s + words[-1].end()) if words else None


# --------------------------------------------------------------------------- labels of a person

PERSON_LABELS = (
    # English, French, Spanish, German, Italian, Portuguese (the labels of the forms these scripts stand in)
    r"name|full[ _]?name|employee|staff|patient|customer|client|contact|contact person|emergency contact|"
    r"next of kin|sender|recipient|addressee|applicant|passenger|guest|member|assignee|witness|author|manager|"
    r"مدير|المدير|مدیر|מנהל|מנהלת|प्रबंधक|менеджер|руководитель|керівник|мениджър|διευθυντής|"
    r"nom|nom complet|prénom|salarié|salariée|salarié\(e\)|employé|employée|employé\(e\)|personne à prévenir|"
    r"destinataire|expéditeur|nombre|nombre completo|empleado|empleada|paciente|cliente|contacto|"
    r"contacto de emergencia|mitarbeiter|mitarbeiterin|kunde|kundin|ansprechpartner|notfallkontakt|"
    r"dipendente|contatto|funcionário|funcionária|"
    # Arabic, Persian, Hebrew
    r"الاسم|اسم|الاسم الكامل|الاسم بالكامل|اسم العميل|اسم المريض|الموظف|الموظفة|المريض|المريضة|العميل|"
    r"العميلة|الزبون|جهة الاتصال|جهة الاتصال في الطوارئ|المرسل|المستلم|مقدم الطلب|الاسم الأول|اسم العائلة|"
    r"اللقب|الكنية|اسم الأب|"
    r"نام|نام کامل|نام و نام خانوادگی|نام خانوادگی|نام پدر|کارمند|بیمار|مشتری|تماس اضطراری|فرستنده|گیرنده|"
    r"שם|שם מלא|שם פרטי|שם משפחה|עובד|עובדת|מטופל|מטופלת|לקוח|לקוחה|איש קשר|איש קשר לחירום|שולח|נמען|"
    # Indic, Thai, Georgian, Armenian
    r"नाम|पूरा नाम|कर्मचारी|मरीज़|मरीज|रोगी|ग्राहक|संपर्क|आपातकालीन संपर्क|नाव|নাম|পুরো নাম|কর্মচারী|রোগী|"
    r"গ্রাহক|பெயர்|ชื่อ|ชื่อ-นามสกุล|ชื่อ นามสกุล|นามสกุล|พนักงาน|ผู้ป่วย|ลูกค้า|ผู้ติดต่อ|სახელი|სახელი და გვარი|"
    r"გვარი|თანამშრომელი|პაციენტი|კლიენტი|საკონტაქტო პირი|անուն|անուն ազգանուն|ազգանուն|աշխատակից|հիվանդ|"
    r"հաճախորդ|उपनाम|पहला नाम|"
    # Cyrillic, Greek
    r"имя|фио|ф\.и\.о\.?|фамилия|отчество|по батькові|επώνυμο|сотрудник|сотрудница|работник|пациент|пациентка|клиент|клиентка|контакт|"
    r"контакт для связи|контактное лицо|получатель|отправитель|піб|п\.і\.б\.?|ім'я|ім’я|прізвище|"
    r"співробітник|працівник|працівниця|пацієнт|пацієнтка|клієнт|контактна особа|одержувач|отримувач|"
    r"име|служител|лице за контакт|получател|аты-жөні|қызметкер|"
    r"όνομα|ονοματεπώνυμο|υπάλληλος|ασθενής|πελάτης|επαφή|παραλήπτης|"
    # "the customer's name" in Arabic script, Cyrillic and Han (personlabels.py)
    rf"{PERSON_LABEL}")
LABEL_LINE = re.compile(
    rf"(?im)^[ \t>*•-]*(?:{PERSON_LABELS})[ \t]*[:：][ \t]*({RUN})[ \t]*(?=$|[(<|;]|,[ \t]*[^\W\d_]+[ \t]*:)")
# a label of a person as part of a longer label ("اسم المستلم", "שם המקבל", "प्राप्तकर्ता का नाम", "প্রাপকের নাম":
# the recipient's name), and a value that a comma ends before the sentence goes on ("Παραλήπτης: X Y, το
# τηλέφωνο ..."): one to four words of these scripts between the colon and the comma
NAME_WORDS = r"اسم|الاسم|نام|שם|नाम|নাম|имя|ім'я|ім’я|όνομα|სახელი|անուն|անունը"
RECIPIENTS = r"המקבל|מקבל|הנמען|प्राप्तकर्ता|प्रापक|प्रापकको|প্রাপক|প্রাপকের|მიმღები|ստացող|ստացողի"
LABEL_COMMA = re.compile(
    rf"(?im)^[ \t>*•-]*(?:(?:{NAME_WORDS})[ \t]+(?:{PERSON_LABELS}|{RECIPIENTS})|"
    rf"(?:{PERSON_LABELS}|{RECIPIENTS})(?:[ \t]+(?:का|की|के|को))?[ \t]+(?:{NAME_WORDS})|{PERSON_LABELS}|{RECIPIENTS})"
    rf"[ \t]*[:：][ \t]*({ITEM}(?:[ \t]+{ITEM}){{0,3}})[ \t]*(?=[,،]|$)")
# in any script, two shapes only a name has: "K. Svárovský" (an initial and a family name) and "KLEINPOELES,
# Laila" (the family name in capitals, a comma, the given name)
from .recognizers import UP  # noqa: E402

NAME_SHAPE = (rf"[{UP}]\.[ \t]*[{UP}][^\W\d_][\w'’-]*|"
              rf"[{UP}][{UP}'’-]+(?:[ \t][{UP}][{UP}'’-]+)?,[ \t]*[{UP}][^\W\d_][\w'’-]*(?:[ \t][{UP}][\w'’-]+)?")
LATIN_LABELS = (r"medewerker|navn|namn|nimi|paciente|patiënt|pacjent|pracownik|zaměstnanec|zamestnanec|pacient|klient|"
                r"ansatt|anställd|työntekijä|potilas|asiakas|paziente|angestellter|angestellte|kontaktperson|"
                r"contactpersoon|persona de contacto|pessoa de contacto|osoba kontaktowa")
SHAPED_LABEL = re.compile(
    rf"(?im)^[ \t>*•-]*(?:{PERSON_LABELS}|{LATIN_LABELS})[ \t]*[:：][ \t]*({NAME_SHAPE})[ \t]*(?=$|[(<|;])")
SHAPED_LINE = re.compile(rf"(?m)^[ \t]*({NAME_SHAPE})[ \t]*$")


def _shaped(value: str) -> bool:
    """A name's shape that is not made of common words or acronyms ("USB, Cable", "IT, Helpdesk")."""
    from .names import is_english
    from .recognizers import _is_common

    words = re.findall(r"[^\W\d_][\w'’-]*", value)
    return all(len(w) > 1 or value.find(w + ".") >= 0 for w in words) and not any(
        _is_common(w) for w in words) and not (len(words) == 2 and "," in value and is_english(words[1]) and
                                                 is_english(words[0]))


def _shaped_people(text: str) -> list[Finding]:
    """"Employee: D. Cline", "Navn: HØJER, Katharina", and the same shapes on the line above a street."""
    out = [Finding(*m.span(1), "PERSON", 0.75, "person_context_script_label") for m in SHAPED_LABEL.finditer(text)
           if _shaped(m.group(1))]
    for m in SHAPED_LINE.finditer(text):
        e = text.find("\n", m.end() + 1)
        following = text[m.end() + 1:min(len(text) if e < 0 else e, m.end() + 81)]  # local: the next line's start
        if HAS_DIGIT.search(following) and re.search(r"[^\W\d_]{3}", following) and _shaped(m.group(1)):
            out.append(Finding(*m.span(1), "PERSON", 0.7, "person_context_script_block"))
    return out


def _labelled(text: str) -> list[Finding]:
    out = []
    for m in list(LABEL_LINE.finditer(text)) + list(LABEL_COMMA.finditer(text)):
        s, e = m.span(1)
        if LATIN.search(text, s, e) or no_value(m.group(1)):
            continue
        if _person_words(m.group(1)) is None:
            continue
        span = _strip_courtesy(text, s, e)
        if span:
            out.append(Finding(span[0], span[1], "PERSON", 0.75, "person_context_script_label"))
    return out


# --------------------------------------------------------------------------- address blocks and signatures

POSTCODE = r"\d{4,6}(?:-\d{3,5})?"
# a postcode and a town closing a line ("65489 الفجيرة", "· 2609 Գյումրի", ", 23587 الصليبخات")
POSTCODE_TOWN = re.compile(rf"(?m)(?:^|(?<=[,·|•]))[ \t]*{POSTCODE}[ \t]+({RUN})[ \t]*$")
# a street line: words and a house number, or a number then words ("الزهور 107", "6/3 रंगराजन", "ქ. 57")
STREET_LINE = re.compile(rf"[ \t]*(?:(?:{RUN})[ \t.]+\d{{1,5}}[A-Za-z]?|\d{{1,5}}(?:/\d{{1,4}})?[ \t]+(?:{RUN}))[ \t]*")
SIGNATURE = re.compile(rf"(?m)^[ \t]*--[ \t]*\n[ \t]*({RUN})[ \t]*(?=\||$)")
# "— ريم النمر, خان شيخون": a sign-off after a dash, then a town, at the end of a line
SIGN_OFF_NAME = re.compile(rf"(?m)(?:^|[ \t])[-–—][ \t]*({ITEM}(?:[ \t]+{ITEM}){{0,3}})[ \t]*,[ \t]*({ITEM}(?:[ \t]+{ITEM}){{0,2}})[ \t]*$")


# "இசைக்கலைவாணன் வள்ளல் <k@hotmail.com>": a sender's name before the address
SENDER = re.compile(rf"(?:^|(?<=[\n:,;]))[ \t]*({RUN})[ \t]*<[^<>\s@]+@[^<>\s]+>")


# "شارع الملك فهد 24، الرياض", "רחוב הרצל 15, חיפה": the town after a street's house number and a comma
TOWN_AFTER_STREET = re.compile(rf"{WORD}[ \t.]+\d{{1,5}}[A-Za-z]?[ \t]*[,،][ \t]*({WORD}(?:[ \t]+{WORD}){{0,2}})"
                               r"[ \t]*(?=$|[.;،)\n]|,[ \t]*\d)", re.M)
# the words of a street in these scripts (``streets`` reads the street itself)
STREET_WORD = re.compile(r"شارع|طريق|جادة|خیابان|کوچه|بلوار|میدان|רחוב|רח['׳]|שדרות|שד['׳]|דרך|улиц|ул\.|проспект|"
                         r"пр-т|переул|пер\.|вулиц|вул\.|бульвар|шосе|шоссе|οδός|οδ\.|λεωφόρος|ქუჩა|ქ\.|გამზ|"
                         r"փողոց|պողոտա|մարգ|मार्ग|रोड|सड़क|गली|ถนน|ซอย|সড়ক|রোড")
# a letter's closing on a line of its own ("Best regards," in the language of the letter): the next line, a short
# run alone, is who signs. The closings are the standard ones each language's letters and e-mails end with.
CLOSING = re.compile(
    "(?m)^[ \t]*(?:"
    "مع خالص الشكر|مع خالص التحية|مع خالص التحيات|مع أطيب التحيات|مع التحية|مع تحياتي|تحياتي|مع الشكر|شكرا لكم|"
    "شكراً|شكرا|وشكرا|وتفضلوا بقبول فائق الاحترام|"  # Arabic
    "با سپاس|با تشکر|با احترام|با سپاس فراوان|ارادتمند|سپاسگزارم|ممنونم|"  # Persian
    "בברכה|בברכה רבה|בכבוד רב|בתודה|תודה רבה|תודה|"  # Hebrew
    "धन्यवाद|सधन्यवाद|भवदीय|भवदीया|सादर|शुभकामनाओं सहित|आपका|आपकी|"  # Hindi, Nepali, Marathi
    "ধন্যবাদান্তে|ধন্যবাদ|শুভেচ্ছান্তে|শুভেচ্ছাসহ|বিনীত|বিনীতা|"  # Bengali
    "პატივისცემით|მადლობით|გმადლობთ|მადლობა|საუკეთესო სურვილებით|"  # Georgian
    "Հարգանքով|Շնորհակալությամբ|Շնորհակալություն|Լավագույն մաղթանքներով|"  # Armenian
    "С уважением|С наилучшими пожеланиями|Спасибо|З повагою|З найкращими побажаннями|Дякую|"  # Russian, Ukrainian
    "Με εκτίμηση|Με τιμή|Ευχαριστώ|Φιλικά|Με φιλικούς χαιρετισμούς)"  # Greek
    rf"[ \t]*[,،:՝.!]*[ \t]*\n[ \t]*({RUN})[ \t]*(?=$|[|<(])")
SIGN_OFF_ALONE = re.compile(rf"(?m)(?:^|[ \t])[-–—][ \t]*({ITEM}(?:[ \t]+{ITEM}){{0,3}})[ \t]*$")


# words of a team or a department that signs a letter ("Служба підтримки клієнтів", "فريق الدعم")
TEAM_WORDS = frozenset("فريق قسم إدارة ادارة الدعم خدمة العملاء تیم واحد بخش پشتیبانی خدمات צוות מחלקת שירות "
                       "תמיכה टीम विभाग सेवा सहायता ग्राहक সেবা টিম দল বিভাগ গ্রাহক გუნდი "
                       "სამსახური განყოფილება թիմ բաժին ծառայություն служба команда отдел відділ ομάδα τμήμα "
                       "υπηρεσία".split())


def _signer(run: str) -> bool:
    """Whether the line under a letter's closing reads as a person: no word of a team; in the cased scripts
    (Cyrillic, Greek, Armenian) every word capitalised; in the others three words at most (no function word:
    ``_person_words``), or one the name list knows."""
    from .native import _ranks

    words = [w for w in re.findall(WORD, run) if w not in PARTICLES and len(w) > 1]
    if not words or any(w.casefold() in TEAM_WORDS for w in words):
        return False
    if CASED_START.match(words[0]) or ARMENIAN_START.match(words[0]):
        # every word capitalised, none an acronym ("ООО Ромашка", "ΑΕ", a company's form, signs too)
        return all(w[0].isupper() and not w.isupper() for w in words)
    from .nativeframes import _shaped_surname

    return len(words) <= 3 or any(_ranks(w) != (0, 0) or _shaped_surname(w) for w in words)


# a line that is only two or three words: a name standing alone above or below a message ("طارق الخرافي\nأريد
# إلغاء الاشتراك")
ALONE_LINE = re.compile(rf"(?m)^[ \t]*({WORD}(?:[ \t]+{WORD}){{1,2}})[ \t]*$")
ALONE_GIVEN_RANK = 5000
ALONE_INDIC_RANK = 20000  # the list knows few names in the Indic scripts, each less common than its Latin spelling
INDIC_START = re.compile("[\u0900-\u09ff]")


def _alone(run: str) -> bool:
    """Whether a line of two or three words is a person's name: the first a given name the list ranks, each
    other one a name the list knows or shaped as a family name; no function word, team or big town; in the
    cased scripts every word capitalised."""
    from .native import _ranks
    from .nativeframes import _place, _shaped_surname

    words = [w for w in re.findall(WORD, run) if w not in PARTICLES]
    if len(words) < 2 or _person_words(run) is None or any(w.casefold() in TEAM_WORDS or _place(w) for w in words):
        return False
    if (CASED_START.match(words[0]) or ARMENIAN_START.match(words[0])) and not all(
            w[0].isupper() and not w.isupper() for w in words):
        return False  # a cased name is capitalised, and no acronym ("ООО Ромашка")
    rank = ALONE_INDIC_RANK if INDIC_START.match(words[0]) else ALONE_GIVEN_RANK
    first = _ranks(words[0])[0]
    return 0 < first <= rank and all(0 < _ranks(w)[1] <= 20000 or 0 < _ranks(w)[0] <= rank or _shaped_surname(w)
                                     for w in words[1:])


def _greeting(run: str) -> bool:
    """Whether a run is a greeting or a thanks ("— شكرا", "— תודה רבה"), not a sender."""
    from .scripts import INTRO

    m = INTRO.match(run)
    return m is not None and not run[m.end():].strip()


def _line(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, len(text) if e < 0 else e


def _whole_run(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The line [s, e) when it is only a run of these scripts (a name line), else None."""
    a, b = s, e
    while a < b and text[a] in " \t>*-":
        a += 1
    while b > a and text[b - 1] in " \t,.":
        b -= 1
    m = RUN_RX.fullmatch(text, a, b)
    if m is None or LATIN.search(text, a, b) or _person_words(m.group()) is None:
        return None
    return a, b


def _blocks(text: str) -> list[Finding]:
    out = []
    for m in POSTCODE_TOWN.finditer(text):
        if _person_words(m.group(1)) is None:
            continue
        out.append(Finding(*m.span(1), "LOCATION", 0.7, "script_place_postcode"))
        ls, _ = _line(text, m.start(1))
        sep = max(text.rfind("·", ls, m.start(1)), text.rfind("|", ls, m.start(1)))
        if sep > ls:  # "Ազատության 4 · 2609 Գյումրի": the street on the same line
            st = STREET_LINE.fullmatch(text, ls, sep)
            if st and HAS_LETTER.search(st.group()):
                a, b = ls, sep
                while a < b and text[a] in " \t":
                    a += 1
                while b > a and text[b - 1] in " \t":
                    b -= 1
                out.append(Finding(a, b, "STREET_ADDRESS", 0.7, "script_street_block"))
            continue
        if ls == 0:
            continue
        ps, pe = _line(text, ls - 1)
        st = STREET_LINE.fullmatch(text, ps, pe)
        if st is None or not HAS_LETTER.search(text, ps, pe):
            continue
        a, b = ps, pe
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        out.append(Finding(a, b, "STREET_ADDRESS", 0.7, "script_street_block"))
        if ps == 0:
            continue
        ns, ne = _line(text, ps - 1)
        shaped = SHAPED_LINE.fullmatch(text, ns, ne)
        name = shaped.span(1) if shaped else _whole_run(text, ns, ne)
        if name:
            out.append(Finding(*name, "PERSON", 0.7, "person_context_script_block"))
    for m in SIGNATURE.finditer(text):
        if not LATIN.search(m.group(1)) and _person_words(m.group(1)) is not None:
            out.append(Finding(*m.span(1), "PERSON", 0.75, "person_context_script_signature"))
    if "@" in text:
        for m in SENDER.finditer(text):
            if not LATIN.search(m.group(1)) and _person_words(m.group(1)) is not None:
                out.append(Finding(*m.span(1), "PERSON", 0.75, "person_context_script_sender"))
    for m in TOWN_AFTER_STREET.finditer(text):
        if _person_words(m.group(1)) is not None and (CASED_START.match(m.group(1)) is None or m.group(1)[0].isupper()) \
                and STREET_WORD.search(text, max(_line(text, m.start())[0], m.start() - 60), m.start(1)):
            out.append(Finding(*m.span(1), "LOCATION", 0.7, "script_place_after_street"))
    if "\n" in text:
        for m in ALONE_LINE.finditer(text):  # "سیما سینگ\nلطفا ..."
            if not LATIN.search(m.group(1)) and _alone(m.group(1)):
                out.append(Finding(*m.span(1), "PERSON", 0.7, "person_context_script_alone"))
        for m in CLOSING.finditer(text):  # "با سپاس،\nمعصومه محمدی"
            if not LATIN.search(m.group(1)) and _person_words(m.group(1)) is not None and not _greeting(m.group(1)) \
                    and _signer(m.group(1)):
                out.append(Finding(*m.span(1), "PERSON", 0.75, "person_context_script_closing"))
    for m in SIGN_OFF_ALONE.finditer(text):  # "— ريم النمر" closing a message
        if not LATIN.search(m.group(1)) and _person_words(m.group(1)) is not None and not _greeting(m.group(1)):
            out.append(Finding(*m.span(1), "PERSON", 0.7, "person_context_script_sign_off"))
    for m in SIGN_OFF_NAME.finditer(text):
        if _person_words(m.group(1)) is None or _person_words(m.group(2)) is None:
            continue
        out.append(Finding(*m.span(1), "PERSON", 0.7, "person_context_script_sign_off"))
        out.append(Finding(*m.span(2), "LOCATION", 0.7, "script_place_sign_off"))
    return out


# --------------------------------------------------------------------------- homes and moves

# words of living, moving or coming from, then a place: in these languages, and in Latin-script languages
# before a run of these scripts
PLACE_PHRASES = (
    # Arabic, Persian, Hebrew
    "انتقلنا إلى|انتقلنا الى|انتقلت إلى|انتقلت الى|انتقل إلى|أسكن في|اسكن في|أعيش في|اعيش في|أقيم في|"
    "نسكن في|نعيش في|ولدت في|من مدينة|في مدينة|إلى مدينة|"
    "ساکن|ساکن شهر|در شهر|به شهر|زندگی می‌کنم در|نقل مکان کردیم به|"
    "גר ב|גרה ב|גרים ב|עברנו ל|עברתי ל|בעיר|"
    # Cyrillic, Greek
    "в городе|в місті|у місті|в селе|у селі|в посёлке|в поселке|в деревне|живу в|живём в|живем в|живу у|"
    "переехали в|переехал в|переехала в|переїхали до|переїхав до|переїхала до|я из|родом из|"
    "στην πόλη|στο χωριό|μένω στην|μένω στο|μένω σε|μετακομίσαμε στην|μετακομίσαμε στο|μετακόμισα στην|"
    "μετακόμισα στο|είμαι από|"
    # Latin-script languages (before a run of these scripts only)
    "live in|living in|lives in|based in|moved to|move to|moving to|relocated to|born in|"
    "j'habite à|j’habite à|habite à|déménagé à|déménagé en|installé à|installés à|vivo en|vivo a|nos mudamos a|"
    "me mudé a|wohne in|ziehen nach|umgezogen nach|abito a|moro em|mudamos para|mudei-me para").split("|")
# one trie (case-sensitive: a phrase opening a sentence is listed capitalised too)
PLACE_INTRO = re.compile(alternation(PLACE_PHRASES + [p[:1].upper() + p[1:] for p in PLACE_PHRASES], not_after=r"\w")
                         + r"[ \t]+")
PLACE_AFTER_END = re.compile(r"[ \t]*(?:$|[.,;!?؟،)]|[ \t]+(?:in|im|au|en|la|the|в|у|την|το|στην|في)\b|[ \t]+[A-Za-z])")
DASHED = re.compile(rf"[ \t]+[-–][ \t]+({WORD}(?:[ \t]+{WORD}){{0,2}})")
# what else follows "we moved to", "I live in": a home, not a town ("انتقلنا إلى منزل جديد")
HOME_WORDS = frozenset("منزل بيت شقة سكن مكان عنوان مبنى مكتب غرفة فندق حي منطقة المنزل البيت الشقة السكن المكان "
                       "العنوان المبنى المكتب الحي المنطقة جديد جديدة آخر أخرى خانه آپارتمان منطقه محله دفتر "
                       "דירה בית משרד שכונה квартиру квартире дом доме офис район районе общежитие σπίτι "
                       "διαμέρισμα γραφείο घर मकान फ्लैट ऑफिस".split())
SETTLEMENT_WORDS = frozenset("городе місті селе селі посёлке поселке деревне πόλη χωριό مدينة شهر".split())
# Hebrew writes "in" as a prefix ("בחיפה"): only after a word that asks for a place with a space ("בעיר X")


def _homes(text: str) -> list[Finding]:
    out = []
    for m in PLACE_INTRO.finditer(text):
        r = RUN_RX.match(text, m.end())
        if r is None:
            continue
        words = list(re.finditer(WORD, r.group()))
        # the place is the run up to its first function word ("الروضة في الربيع" -> "الروضة")
        stop = _stop_words()
        take: list[re.Match] = []
        for w in words:
            if w.group().casefold() in stop or w.group() in NEVER_NAMES or len(w.group()) > MAX_LETTERS or (
                    take and "," in r.group()[take[-1].end():w.start()]) or (
                    take and CASED_START.match(w.group()) and not w.group()[0].isupper()):
                break  # a function word, a comma or a lower-case word ends the place
            take.append(w)
        if any(w.group().casefold() in HOME_WORDS for w in take):
            continue
        if take and take[0].group().casefold() in SETTLEMENT_WORDS:
            take = take[1:]  # "живу в городе Қаскелең", "μένω στην πόλη Γάζι": the word "town" is not the town
        if not take or len(take) > 3:
            continue
        s, e = r.start() + take[0].start(), r.start() + take[-1].end()
        if CASED_START.match(text, s) and not text[s].isupper():
            continue  # a lower-case Cyrillic or Greek word is no town ("в городе большом")
        end = r.end() if len(take) == len(words) else e
        dash = DASHED.match(text, end)  # "פוריה - נווה עובד": a place with a dash inside
        if dash and len(take) == len(words) and _person_words(dash.group(1)) is not None:
            e = end = dash.end()
        if len(take) == len(words) and not PLACE_AFTER_END.match(text, end):
            continue
        out.append(Finding(s, e, "LOCATION", 0.7, "script_place_home"))
    return out


def script_lines(text: str) -> list[Finding]:
    """People, places and streets of these scripts by the shape of the lines they stand in (see the module's
    docstring)."""
    shaped = _shaped_people(text) if ("." in text or "," in text) and ":" in text or "\n" in text else []
    if not HAS_LETTER.search(text):
        return shaped
    return shaped + _labelled(text) + _blocks(text) + _homes(text)
