"""A person's age (``AGE``), in the languages and shapes people write it, and only that.

An age is a number from 0 to 120 that the words around it make an age; only the number is scrubbed ("I'm
<AGE> years old"), so the sentence stays. What makes it an age, from the strongest to the weakest:

- the number carries an age word of its own: "34 years old", "a 34-year-old", "34 y/o", "34 Jahre alt",
  "der 34-Jährige", "34 jaar oud", "34 år gammal", "34 ans révolus", "34 años de edad", "34 anos de idade",
  "34 anni di età", "34-vuotias", "34 yaşında", "34 tuổi", "34岁", "34歳", "34살", "34세";
- a label before it: "age: 34", "aged 34", "at the age of 34", "Alter: 34", "im Alter von 34", "edad: 34",
  "âge : 34", "età 34", "leeftijd 34", "ålder 34", "wiek: 34", "věk 34", "vârsta 34", "возраст 34",
  "ηλικία 34", "yaş 34", "ikä 34", "年龄：34", "나이 34", "umur 34", "Jan Kowalski, lat 34";
- a verb of having or being an age, with the unit where the language needs it: "I'm 34.", "she turned 34",
  "ich bin 34", "j'ai 34 ans", "tengo 34 años", "tenho 34 anos", "ho 34 anni", "ik ben 34 jaar", "jeg er 34 år",
  "jag är 34 år", "mám 34 let", "je mi 34", "mam 34 lata", "am 34 de ani", "34 éves vagyok", "мне 34 года",
  "είμαι 34 ετών", "olen 34", followed by the end of the clause (a full stop, a comma, "and", "old"): "ha 5
  anni di garanzia", "j'ai 5 ans d'expérience", "tengo 5 años de experiencia" are durations and stay;
- a number with a unit of years after a word naming a person in the same sentence ("my son Tom, 12 years",
  "mi hijo de 12 años", "моему сыну 12 лет"), not after a preposition of time ("for 12 years", "seit 12
  Jahren", "depuis 12 ans", "desde hace 2 años");
- a name then the number: "Ana (34)", "John Smith, 45, of Leeds", "Marie Dupont, 45 ans";
- a number in a table column headed by an age word ("name,age,city\nJan Novák,45,Brno", ``tables.py``).

Everything else is ordinary content: "3-5 days", "ticket 5521", "12 items", "a 5-year warranty", "5 ans de
garantie", "il y a 5 ans", "5 years ago", "for 12 years". Every pattern is linear: no nested quantifiers,
lookbehinds of fixed width. Findings hold positions only.
"""

from __future__ import annotations

import functools
import re

from . import charsets
from .alternation import alternation
from .linewise import finditer_lines
from .otherdigits import fold_digits
from .prefilter import fast
from .recognizers import Finding
from .scriptages import SCRIPT_AGE, script_ages
from .tables import tables

__all__ = ["ages", "AGE_TYPES"]

AGE_TYPES = {"AGE"}

# a number that can be a human age, not part of a longer number, a decimal, a range or a code
# (a CJK character may come right before it: "我45岁"; never a digit of any script: "۳۴ سالمه" is one number,
# whose last digit alone was taken as an age and its first left beside the placeholder)
N_CORE = r"(?P<n>120|1[01]\d|[1-9]?\d)(?![\d]|[.,:]\d)"
N = r"(?<![\d0-9A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF_.,/:#+-])" + N_CORE
# after a label the colon is the label's, written with no space too ("年龄：３３" folds to "年龄:33", "Alter:34"); a
# clock's minutes still never start an age there (``N_CORE`` ends before ":30")
N_LABELLED = r"(?<![\d0-9A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF_.,/#+-])" + N_CORE
# the end of a clause after an age: punctuation, a line end, or "and"/"old" in the languages we ship to
END = (r"(?=[ \t]*(?:[.,;!?)\]»…\n]|$|(?:and|und|et|y|e|i|og|och|en|és|ve|и|και|ja|și|a|now|today|already|"
       r"jetzt|heute|schon|bereits|maintenant|aujourd'hui|déjà|ya|hoy|já|hoje|ormai|già|oggi|nu|vandaag|al|"
       r"idag|i dag|nå|teď|už|dnes|już|dziś|acum|azi|most|már|уже|сейчас|τώρα|ήδη|şimdi|nyt|jo|"
       # when the age was reached or will be ("she turned 7 last week", "a eu 12 ans hier", "I'll be 40 next month")
       r"last week|last month|last year|yesterday|tomorrow|next week|next month|next year|this year|this month|"
       r"on monday|on sunday|hier|demain|la semaine dernière|le mois dernier|gestern|morgen|letzte woche|"
       r"nächste woche|nächsten monat|ayer|mañana|la semana pasada|el mes pasado|ieri|domani|la settimana scorsa|"
       r"il mese scorso|ontem|amanhã|semana passada|mês passado|gisteren|vorige week|volgende week|igår|i går|"
       r"i morgon|i morgen|wczoraj|jutro|w zeszłym tygodniu|včera|zítra|ieri|mâine|tegnap|holnap|вчера|завтра|"
       r"dün|yarın|eilen|huomenna|kemarin|besok)(?!\w)))")
# CLDR's unit of years in the languages it has, in every plural form the number gives it (babel ``format_unit(n,
# "duration-year", length="long")``; tests/gates/pii/test_pii_ages_cldr.py checks each against babel): "32 év",
# "32 έτη", "32 yıl", "32 років", "32 metai", "32 gadi", "32 aastat", "32 vjet", "32 urte", "32 năm". Left out:
# the forms that are other words too ("an", "any", "ano", "anno", "rok" is also "a year", "vit", "ár", "y", "bl")
CLDR_YEARS = tuple(w.replace("_", " ") for w in (
              "Jahr Jahre aasta aastat ani anni anos ans anys año años bhliain blynedd de_ani flwyddyn flynedd "
              "gadi gads gadu godina godine jaar lat lata let leti leto metai metų miaka mlynedd mwaka năm rokov roky "
              "tahun taon urte vjet vuosi vuotta year years yıl år év έτη έτος год года година године години лет "
              "роки років рік").split())
_CLDR_YEARS = "|".join(sorted(CLDR_YEARS, key=len, reverse=True))
END_AT = re.compile(END, re.I)
# units of years, as an age is counted
YEARS = (r"(?:" + _CLDR_YEARS + r"|years?|yrs?|jahre|jahr|ans?|años|año|anos|anni|jaar|år|let|roků|roky|rok|rokov|roka|lat|lata|"
         r"de ani|ani|éves|лет|года|год|ετών|χρονών|χρονώ|vuotta|yaşında|tahun|tuổi|"
         r"років|роки|рік|години|годин|godina|godine|godinu|let|leta|v(?=\.)|שנים|שנה|سنة|سنوات|عاما|عامًا|عام|سال|साल|वर्ष|বছর|"
         r"வயது|ปี|miaka|iminyaka|taong gulang|taon|"
         # the Baltic and Albanian forms CLDR's unit leaves out ("Esmu 45 gadus vecs", "Man yra 45 metai", "jam 45 vjeç")
         r"gadus|gadiem|metai|metus|metų|vjeç|vjec|година)"
         # a whole word in the alphabets with spaces ("Mám 3 roky zkušeností" is no "3 rok" then Spanish "y")
         r"(?![a-zà-ÿ\u0100-\u024f\u0370-\u03ff\u0400-\u04ff])")
# words that name a person's age, as a label before the number ("Вік: 61", "العمر: 62", "גיל: 56", "Umur saya
# 46 tahun", "อายุ 30 ปี"), beyond the languages of ``LABEL`` (also a key or a column header)
AGE_LABEL_MORE = (r"вік|віку|у віці|възраст|старост|starost|starosti|גיל|בגיל|العمر|عمري|عمره|عمرها|السن|سني|"
                  r"سن|سنم|उम्र|उमर|आयु|उमेर|বয়স|வயது|อายุ|ასაკი|տարիք|umri|edad ko|"
                  r"umur saya|usia saya|umurku|usiaku|umur aku|usia aku|umur anak saya|usia anak saya|"
                  # Latvian, Lithuanian, Estonian, Icelandic, Albanian, Catalan, Welsh
                  r"vecums|vecumā|amžius|amžiaus|vanus|vanuses|aldur|mosha|edat|oedran|"
                  # Kazakh "age" / "my age" ("Жасы: 79", "менің жасым 44"), Uzbek "his age" ("Yoshi: 46"), Hausa
                  # "years" / "my years" ("Shekaru: 80", "shekaruna 29"), Yoruba "age" and "a child of N years"
                  # ("Ọjọ́ orí: 55", "ọmọ ọdún 61 ni mí")
                  # (bare "shekaru" is "years", the unit too: "shekaru 5 da suka wuce" is "5 years ago"; a label only
                  # with its colon, ``LABEL``)
                  r"жасы|жасым|жасың|yoshi|yoshim|shekaruna|shekarunsa|shekarunta|ọjọ́ orí|ojo ori|"
                  r"ọmọ ọdún|omo odun")

# 1. the number with an age word of its own
OWN = re.compile(
    N + r"(?:[ \t]*(?:-[ \t]*)?(?:years?|yrs?|yr)[ \t-]*(?:old\b|of age\b)|[ \t]*(?:y/o|yo|y\.o\.)(?!\w)"
    r"|[ \t]*jahre?[ \t]+alt\b|[ \t]*jaar[ \t]+oud\b|[ \t]*år[ \t]+gam(?:mal|mel|le|la)\b"
    r"|[ \t]*ans[ \t]+(?:révolus|accomplis|d'âge|d’âge)|[ \t]*años[ \t]+(?:de edad|cumplidos)\b"
    r"|[ \t]*anos[ \t]+de[ \t]+idade\b|[ \t]*anni[ \t]+di[ \t]+età|[ \t]*de[ \t]+ani[ \t]+împlinițí?"
    r"|[ \t]*-?[ \t]?vuotia\w*|[ \t]*-?[ \t]?aastane\w*|[ \t]*yaşına[ \t]+(?:girdim|girdi|bastım|bastı|gireceğim|girecek)\b|[ \t]*vuotta[ \t]+vanha\w*|[ \t]*yaşında\w*|[ \t]*tuổi\b"
    r"|[ \t]*(?:лет|года?)[ \t]+от[ \t]+роду|[ \t]*(?:岁|歲|歳|才(?![能会可是]))|[ \t]*(?:살|세(?![트대기금계상율무액관법]|입(?!니)))"
    # Persian "۲۰ ساله" (twenty-year-old), "۲۰ سالمه" (I am twenty), "۲۰ سالشه" (she is twenty)
    r"|[ \t]*(?:ساله|سالمه|سالشه|سالته)(?![\u0600-\u06ff])"
    # Uzbek "N yoshda(man)" (at N years, I am), Kazakh "N жаста(мын)", "N жасар"
    r"|[ \t]*yoshda\w*|[ \t]*yoshli\w*|[ \t]*жаста\w*|[ \t]*жасар\w*)", re.I)

# words naming the person a record is about (a customer, a client, a patient, a user, a child), by language,
# from the dictionaries' translations (Wiktionary); added to ``PERSON_NOUN`` below: "Kunden, 45 år, vill ...",
# "Kupac, 45 godina, traži ...", "45-letni klient", "Моєму синові 45 років"
PERSON_WORDS = {
    "en": "customer customers client clients patient user applicant member guest buyer",
    "de": "kunden patient nutzer nutzerin bewerber bewerberin käufer käuferin",
    "fr": "client utilisateur utilisatrice acheteur acheteuse",
    "es": "cliente usuario usuaria comprador compradora",
    "it": "cliente utente paziente acquirente",
    "pt": "cliente utente usuário usuária utilizador utilizadora comprador compradora",
    "nl": "klant patiënt gebruiker koper",
    "sv": "kund kunden patienten användare användaren köpare köparen",
    "da": "kunde kunden patienten bruger brugeren køber køberen",
    "nb": "kunden pasient pasienten bruker brukeren kjøper kjøperen",
    "fi": "asiakas potilas käyttäjä ostaja",
    "pl": "klient klientka pacjent pacjentka użytkownik użytkowniczka kupujący",
    "cs": "zákazník zákaznice klient klientka pacient pacientka uživatel uživatelka",
    "sk": "zákazník zákazníčka klient klientka pacient pacientka používateľ používateľka",
    "hr": "kupac kupca klijent klijentica pacijent pacijentica korisnik korisnica sin sina sinu kći kćer",
    "sl": "stranka kupec pacient pacientka uporabnik uporabnica",
    "ro": "clientul clienta client pacient pacientul pacienta",
    "hu": "ügyfél ügyfelünk vevő vásárló beteg",
    "tr": "müşteri müşterimiz hasta kullanıcı",
    "ru": "клиент клиентка клиенту покупатель покупательница пользователь сыну дочке дочери маме папе отцу матери "
          "бабушке дедушке брату сестре мужу жене",
    "uk": "клієнт клієнтка клієнту покупець пацієнт пацієнтка син сина синові донька доньці дочка дочці дитина дитині "
          "мамі татові батькові матері бабусі дідусеві дідусю братові сестрі чоловікові дружині",
    "el": "πελάτης πελάτισσα χρήστης",
    "id": "pelanggan pasien pengguna",
}
_PERSON_WORDS = "|".join(sorted({w for ws in PERSON_WORDS.values() for w in ws.split()}, key=len, reverse=True))

# an attributive age that is also a duration's ("a 45-year-old man" / "a 5-year warranty" is told apart by
# "old"; "ein 45-jähriger Mann" / "5-jährige Garantie", "45-летний мужчина" / "5-летний опыт" only by the
# noun after it): taken when a word naming a person follows, or nothing does
PERSON_NOUN = (r"(?:man|woman|men|women|boy|girl|son|daughter|child|kid|baby|patient|customer|client|mother|"
               r"father|wife|husband|brother|sister|grandson|granddaughter|grandmother|grandfather|mum|mom|dad|"
               r"applicant|student|pupil|driver|victim|resident|person|people|teen|teenager|"
               r"mann|frau|junge|mädchen|sohn|tochter|kind|kunde|kundin|patientin|mutter|vater|bruder|schwester|"
               r"enkel|enkelin|fahrer|fahrerin|schüler|schülerin|rentner|rentnerin|"
               r"homme|femme|garçon|fille|fils|enfant|mère|père|frère|sœur|soeur|patiente|cliente|"
               r"hombre|mujer|niño|niña|chico|chica|hijo|hija|madre|padre|hermano|hermana|nieto|nieta|paciente|"
               r"uomo|donna|ragazzo|ragazza|bambino|bambina|figlio|figlia|fratello|sorella|nipote|"
               r"homem|mulher|menino|menina|rapaz|filho|filha|mãe|pai|irmão|irmã|neto|neta|"
               r"vrouw|jongen|meisje|zoon|dochter|moeder|vader|broer|zus|"
               r"kvinde|kvinna|kvinne|mand|dreng|pige|pojke|flicka|gutt|jente|søn|sønn|datter|dotter|barn|"
               r"muž|žena|chlapec|dívka|syn|dcera|dieťa|dítě|mężczyzna|kobieta|chłopiec|dziewczynka|córka|"
               r"dziecko|bărbat|femeie|băiat|fată|fiu|fiică|copil|férfi|nő|fiú|lány|fia|fiam|lánya|lányom|gyerek|"
               r"мужчина|женщина|мальчик|девочка|сын|сыну|дочь|дочери|дочке|ребёнок|ребенок|ребёнку|ребенку|"
               r"пациент\w*|άνδρας|άντρας|γυναίκα|αγόρι|κορίτσι|γιος|κόρη|παιδί|ασθεν\w+|"
               r"adam|kadın|erkek|kız|oğlu|oğlum|kızım|çocuk|mies|nainen|poika|tyttö|lapsi|"
               # inflected forms ("sønnen min", "dottern", "poikani", "моему сыну")
               r"sons|daughters|children|kids|sønnen|sonen|datteren|dottern|barnet|fiul|fiica|synek|syna|córka|"
               r"córki|syna|poikani|tyttäreni|lapseni|figlio mio|γιος μου|κόρη μου|" + _PERSON_WORDS + ")")
ATTRIBUTIVE = re.compile(
    N + r"(?:[ \t]*-[ \t]*|[ \t]?)(?P<adj>jährig(?:e[nmrs]?)?|jarige|årig[ae]?|letni[aem]?|letn\w+|letý|letá|leté|"
    r"ročn\w+|летн\w+|річн\w+|éves|ετών|χρονών)(?!\w)", re.I)
ATTRIBUTIVE_AFTER = re.compile(rf"[ \t]*(?:[.,;!?)\]…\n]|$|(?:{PERSON_NOUN}|vagyok|vagy|volt|lesz|lett|leszek|"
                               r"múlt|múltam)(?!\w))", re.I)
# the undeclined German adjective is predicative, said of a person ("Ich bin 36-jährig und wohne in Dissen"): a
# conjunction may follow it (a duration is declined before its noun: "2-jährige und 3-jährige Verträge")
PREDICATIVE_AFTER = re.compile(r"[ \t]+(?:und|aber|oder|sowie)(?!\w)", re.I)

# 2. a label before the number
LABEL = fast(re.compile(
    r"(?<![\w])(?:age|aged|age of|at the age of|alter|im alter von|edad|a la edad de|con la edad de|idade|"
    r"com a idade de|età|all'età di|âge|âgée?s?(?:[ \t]+de)?|à l'âge de|leeftijd|op de leeftijd van|"
    r"alder|ålder|i en ålder av|wiek|w wieku|věk|ve věku|vek|vo veku|vârsta|vârstă|vârsta de|în vârstă de|"
    r"életkor|életkora|kora|возраст|в возрасте|ηλικία|ηλικίας|σε ηλικία|yaş|yaşı|yaşım|ikä|iältään|"
    r"umur|umurnya|usia|usianya|berumur|berusia|tuổi|年龄|年齡|年齢|나이|만|shekaru(?=[ \t]*[:：=])|"
    + AGE_LABEL_MORE + r")"
    r"[\"']?[ \t]*[:：=]?[ \t]*[\"']?[ \t]*(?:of[ \t]+|de[ \t]+|von[ \t]+|di[ \t]+|"
    # a copula between the label and the number ("my age is 34", "my age na 34", "mi edad es 34", "mein Alter ist 34")
    r"(?:is|was|na|es|era|ist|war|est|était|è|é|är|er|je|jest|este)[ \t]+)?" + N_LABELLED +
    r"(?![ \t]*(?:[+%°'\"–-]|(?:and|or)[ \t]+(?:up|over|older|above|under|below|younger)\b|to[ \t]+\d|(?:days?|weeks?|months?|hours?|minutes?|mins?|secs?|hrs?|h|cm|kg|km|m|mm|ft|lbs?|tage?n?|wochen|monate?n?|"
    r"jours?|mois|semaines?|días|meses|semanas|giorni|mesi|settimane|dagen|weken|maanden|dage|dagar|"
    r"månader|dni|dní|miesięcy|zile|luni|nap|дней|дня|месяц\w*|ημέρ\w+|μήν\w+|gün|ay|päivää|kuukautta|"
    r"hari|bulan)\b))", re.I))
# Polish "Jan Kowalski, lat 45": "lat" (of years) before the number, after a comma
LAT = re.compile(r"(?<=, )lat[ \t]+" + N + END)
# short age labels that are other words elsewhere (Hungarian "kor", Croatian/Slovene "dob", English "DOB" is a
# date of birth): taken with a colon, as written ("Kor: 45", "Dob: 45"), never in capitals, and not before the
# rest of a date ("Dob: 12/03/1987", "Dob: 12 March 1987")
COLON_LABEL = re.compile(r"(?<![\w])(?:[Kk]or|[Dd]ob|[Ss]tarost|[Uu]zrast|[Vv]ek)[ \t]*[:：][ \t]*" + N +
                         r"(?![ \t]*(?:[/.\-–]|[^\W\d_]{3,10}\.?[ \t,]+\d))")
COLON_LABEL = fast(COLON_LABEL)  # tried only where its first letters stand (prefilter.py)

# Hungarian "I have reached my 46th year" ("betöltöttem a 46. évemet", "töltöttem be a 46. életévemet")
HU_TURNED = re.compile(r"(?i)(?:betöltöttem|töltöttem[ \t]+be|betöltötte|töltötte[ \t]+be)[ \t]+a[ \t]+" + N_CORE +
                       r"\.?[ \t]*(?:életévemet|évemet|életévét|évét)(?!\w)")
HU_TURNED = fast(HU_TURNED)  # tried only where its first letters stand (prefilter.py)

# "old" after the unit ("34 years old", "34 Jahre alt", "34 aastat vana", "34 gadus vecs", "34 ára gamall")
OLD = r"(?:old|alt|oud|gammal|gammel|gamall|vana|vecs|veca|vanha|stár|stara|star)"

# 3. a verb of having or being an age, then the number (with the unit where the language needs it)
_VERB_AGE = (
    r"(?<![\w'’])(?:i'm|i’m|i am|you're|you’re|you are|he's|he’s|she's|she’s|he is|she is|they're|they’re|"
    r"they are|we're|we are|who is|who's|who are|turned|turns|turning|will turn|just turned|i turn|"
    r"i'll turn|i’ll turn|he'll turn|she'll turn|to turn|gonna turn|going to turn|"
    r"i'll be|i’ll be|i will be|he'll be|he’ll be|she'll be|she’ll be|he will be|she will be|"
    r"i was|he was|she was|you were|we were|they were|when i was|when he was|when she was|"
    # Nigerian Pidgin ("I dey 34 years now", "I don reach 34", "my age na 34" is a label, ``LABEL``)
    r"i dey|he dey|she dey|i don reach|i don turn|i go turn|i go be|i don be|"
    r"ich bin|bin ich|du bist|er ist|ist er|sie ist|ist sie|ich werde|er wird|sie wird|wird er|wird sie|"
    r"ik ben|ben ik|je bent|jij bent|u bent|hij is|is hij|zij is|ze is|is ze|ik word|hij wordt|ze wordt|"
    r"jeg er|er jeg|du er|han er|hun er|er han|er hun|jeg blir|jeg bliver|han blir|hun blir|fylder|fyller|"
    r"fyldte|fylte|jag är|är jag|han är|hon är|är han|är hon|"
    r"je mi|je mu|je jí|je ji|"
    r"мне|тебе|ему|ей|исполнилось|исполнится|"
    r"olen|olet|täytän|täytin|täyttää|täytti|"
    r"είμαι|είσαι|έκλεισα|κλείνω|"
    r"אני בן|אני בת|הוא בן|היא בת|אתה בן|את בת|я маю|мені|йому|їй|виповнилося|виповниться|"
    # Slovene and Croatian "old I am" ("Star sem 60 let", "Stara sam 45 godina"), Greek "I closed the"
    # ("Έκλεισα τα 46"), Swahili "I have years" with the unit before the number ("Nina miaka 40", "Umri wangu ni
    # miaka 40")
    r"star sem|stara sem|star si|stara si|star je|stara je|star sam|stara sam|star sum|stara sum|"
    r"έκλεισα τα|έκλεισε τα|κλείνω τα|κλείνει τα|θα κλείσω τα|"
    r"nina miaka|ana miaka|una miaka|tuna miaka|wana miaka|mimi nina miaka|nina umri wa miaka|ana umri wa miaka|"
    r"una umri wa miaka|mimi nina umri wa miaka|umri wa miaka|umri wangu ni miaka|umri wangu ni|umri wake ni miaka|"
    r"umri wake ni)"
    r"[ \t]+(?:already[ \t]+|now[ \t]+|just[ \t]+|schon[ \t]+|bereits[ \t]+|bald[ \t]+|už[ \t]+|уже[ \t]+|вже[ \t]+|nu[ \t]+|"
    r"nå[ \t]+|jau[ \t]+|jo[ \t]+|juba[ \t]+|že[ \t]+|već[ \t]+)?"
    + N + rf"(?:[ \t]*{YEARS}(?:[ \t]+{OLD})?)?")
VERB_AGE = fast(re.compile(_VERB_AGE + END, re.I))
# verbs whose age needs its unit ("a 12 ans", "tiene 12 años", "ha 12 anni", "má 12 let", "ma 12 lat",
# "are 12 ani", "είναι 12 ετών"), not followed by "of"/"de"/"di" and a noun (then it is a duration's)
_VERB_UNIT = (
    r"(?<![\w'’])(?<!(?<!\w)y )(?:j'ai|j’ai|tu as|il a|elle a|on a|vous avez|nous avons|ils ont|elles ont|a|ai|avait|aura|"
    r"j'avais|j’avais|avais|aurai|"
    r"vient d'avoir|viens d'avoir|vient d’avoir|fête ses|fêté ses|a eu|ai eu|as eu|avons eu|ont eu|a fêté|ai fêté|"
    r"mám|máš|má|máme|mají|mám už|"
    r"tengo|tienes|tiene|tenemos|tienen|tenía|tenia|tendrá|tendra|cumplí|cumpli|cumple|cumplió|cumplio|cumplirá|"
    r"cumplo|tenho|tens|tem|temos|têm|tinha|terá|completei|completou|completa|completo|fiz|"
    r"ho|hai|ha|abbiamo|hanno|avevo|aveva|avrà|compio|compie|compiuto|"
    r"mam|masz|ma|mamy|mają|miał|miała|skończył|skończyła|skończyłem|skończyłam|kończy|kończę|"
    r"am|ai|are|avem|au|aveam|avea|împlinesc|împlinește|"
    r"imam|imaš|ima|imamo|imate|imaju|imao sam|imala sam|imao je|imala je|napunio sam|napunila sam|"
    r"маю|має|мав|мала|"
    r"им|είναι|ήταν|ήμουν|"
    # Latvian "to me is" / "I am", Lithuanian "to me (is)" / "I am" ("Man ir 78 gadi", "Esmu 45 gadus vecs", "Man
    # 35 metų", "Esu 35 metų"), Indonesian "I am already" ("Saya sudah 45 tahun"), Slovene "I have"; the
    # infinitive after "I have just" / "I am going to" ("acabo de cumplir", "je vais avoir", "vou fazer")
    r"man ir|man bija|man būs|esmu|biju|man yra|man|esu|saya sudah|aku sudah|saya|aku|imam|"
    r"cumplir|avoir|fazer|faço|compiere|împlini|"
    # the age just reached, in a past tense ("j'ai eu 46 ans", "mi bylo 46 let", "napunila 46 godina", "am
    # împlinit 46 de ani", "oslávil 46 rokov")
    r"j'ai eu|j’ai eu|mi bylo|mu bylo|jí bylo|mi bude|napunio|napunila|napunili|navršio|navršila|"
    r"împlinit|oslávil|oslávila|oslavil|oslavila)"
    r"[ \t]+(?:already[ \t]+|ya[ \t]+|já[ \t]+|già[ \t]+|déjà[ \t]+|już[ \t]+|už[ \t]+|deja[ \t]+)?" + N +
    rf"[ \t]*{YEARS}(?:[ \t]+{OLD})?")
VERB_UNIT = fast(re.compile(_VERB_UNIT + END, re.I))
# the same, then the month the age is reached in ("I turn 40 in June", "Jag fyller 40 i maj", "cumplo 40 años en
# mayo", "ich werde 40 im Mai"): the word after the preposition must be a month's name (CLDR, ``months.py``)
MONTH_NEXT = r"(?=[ \t]+(?:in|im|en|em|i|w|v|ve|u|à|a|na|în|ב)[ \t]+(?P<mon>[^\W\d_]{3,12})(?![\w]))"
VERB_AGE_MONTH = fast(re.compile(_VERB_AGE + MONTH_NEXT, re.I))
VERB_UNIT_MONTH = fast(re.compile(_VERB_UNIT + MONTH_NEXT, re.I))

# an age spelled out in English words ("forty-two years old", "a thirty-year-old", "aged sixty", "she turned
# seven last week"): tens and units as CLDR's English spell-out writes them (one to one hundred and twenty)
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
WORD_N = (rf"(?P<n>(?:a|one)[ \t]+hundred(?:[ \t]+and[ \t]+(?:{_TEENS}|(?:{_TENS})(?:[ -](?:{_UNITS}))?|{_UNITS}))?"
          rf"|(?:{_TENS})(?:[ -](?:{_UNITS}))?|{_TEENS}|{_UNITS})(?!\w)")
OWN_WORDS = fast(re.compile(r"(?<![\w-])" + WORD_N + r"[ \t]*(?:-[ \t]*)?(?:years?|yrs?)[ \t-]*(?:old\b|of age\b)", re.I))
VERB_WORDS = fast(re.compile(
    r"(?<![\w'’])(?:aged|i'm|i’m|i am|he's|he’s|she's|she’s|he is|she is|you're|you are|turned|turns|turning|"
    r"will turn|just turned|i'll be|i’ll be|i will be|at the age of|age of|age)[ \t]+" + WORD_N + END, re.I))

# Swahili "years of" after the number: a duration ("Nina miaka 5 ya uzoefu", I have 5 years of experience)
SW_DURATION = re.compile(r"[ \t]+(?:ya|za|kazini|katika)(?!\w)", re.I)

# patterns that open with a case-blind alternation of words (no literal for ``re`` to skip to), need a digit and
# stay on one line: searched line by line (``linewise.finditer_lines``)
LINEWISE = (LABEL, VERB_AGE, VERB_UNIT, VERB_AGE_MONTH, VERB_UNIT_MONTH)

# 3b. "with N years" opening a clause, as Romance and German speakers give their age ("Con 27 años me mudé",
# "com 62 anos", "Mit 85 Jahren bin ich", "à 85 ans, je"), when the clause goes on at once (a verb, a new
# sentence, the end): "con 5 años de experiencia", "mit 5 Jahren Garantie" are durations and stay
WITH_YEARS = re.compile(
    r"(?:^|(?<=[\n.!?;:,]))[ \t]*(?i:con|com|avec|à|met|med|mit|a|a los|aos|às)[ \t]+" + N +
    r"[ \t]*(?i:años|anos|ans|anni|jaar|år|jahren)(?=[ \t]*(?:[.,;!?)\n]|$|"
    r"(?i:bin|ist|war|habe|hatte|hat|wurde|kann|konnte|muss|darf|fing|ging|zog|lernte|bekam|ich|er|sie|wir|"
    r"tengo|tenía|soy|era|fui|estoy|me|vivo|trabajo|tenho|tinha|sou|fui|estou|ho|avevo|sono|ero|j'ai|je|il|elle|"
    r"ben|was|heb|är|var|har|jeg|jag)(?!\w)|"
    # a verb in the first person of a past tense, in Spanish and Portuguese ("empecé", "comecei", "perdí")
    r"[a-zà-ÿ]{2,}(?:é|ei|í)(?!\w)|(?-i:(?!Jahr|Garant|Erfahr|Berufs|Gewähr|Lauf|Verspät|Betrieb)[A-ZÀ-ÖØ-Þ])))",
    re.M)

# 4. a number with a unit of years in a sentence that names a person before it
NUM_YEARS = re.compile(N + rf"[ \t]*{YEARS}" + END, re.I)
PERSON_BEFORE = re.compile(rf"(?<!\w){PERSON_NOUN}(?!\w)", re.I)
SENTENCE_END = re.compile(r"[.!?\n]")
# words of time before a number of years: a duration, not an age ("for 12 years", "seit 12 Jahren")
TIME_BEFORE = re.compile(
    r"(?<!\w)(?:for|since|in|over|after|within|about|around|every|past|last|next|seit|für|vor|nach|über|"
    r"innerhalb|binnen|alle|etwa|ca\.?|depuis|pendant|dans|après|durant|il y a|desde|durante|hace|dentro de|"
    r"tras|después de|hasta|há|por|da|per|fra|tra|dopo|entro|sinds|voor|na|binnen|om|gedurende|i|för|efter|"
    r"på|inom|sedan|siden|om|przez|od|za|po|do|před|během|за|через|после|в течение|уже|для|για|πριν|μετά|"
    r"εδώ και|önce|sonra|boyunca|süredir|ennen|jälkeen|aikana|selama|sejak|dalam)[ \t]*$", re.I)
# "my son Tom is 12.": a verb of being, the number and the end of the clause, after a word naming a person
BE_AFTER_PERSON = re.compile(r"(?<!\w)(?:is|ist|er|är|est|è|é|es|turned|turns|wird|wordt|blir|blev)[ \t]+" + N + END,
                             re.I)
BE_AFTER_PERSON = fast(BE_AFTER_PERSON)  # tried only where its first letters stand (prefilter.py)
# "has" where a language counts an age by having it, after a word naming kin ("Mi madre tiene 82.", "mio figlio
# ha 7", "Meine Tochter hat bald 7"): a customer "tiene 3" counts things; English "has" never says an age
HAVE_AFTER_KIN = re.compile(r"(?<!\w)(?:tiene|tem|ha|hat|har|heeft|ma|má|a|are|ima)[ \t]+(?:ya[ \t]+|já[ \t]+|"
                            r"già[ \t]+|déjà[ \t]+|schon[ \t]+|bald[ \t]+|al[ \t]+|już[ \t]+)?" + N + END, re.I)
HAVE_AFTER_KIN = fast(HAVE_AFTER_KIN)  # tried only where its first letters stand (prefilter.py)
KIN = re.compile(
    r"(?i)(?<!\w)(?:madre|padre|hij[oa]|niñ[oa]|niet[oa]|abuel[oa]|herman[oa]|figli[oa]|bambin[oa]|nipote|nonn[oa]|"
    r"fratello|sorella|mãe|pai|filh[oa]|net[oa]|avó|avô|irmã|irmão|sohn|tochter|mutter|vater|kind|enkel|enkelin|"
    r"oma|opa|bruder|schwester|mère|père|fils|fille|enfant|zoon|dochter|moeder|vader|søn|sønn|datter|dotter|"
    r"barn|mor|far|syn|córka|dziecko|matka|ojciec|dcera|dítě|fiul|fiica|copilul|mama|tata|sin|kći|kćer|dijete)"
    r"(?!\w)")

# 4b. the age and sex in brackets, as forum posts write them: "I (32F) and my husband (35M)", "[32/M]", "(F32)"
SEX_AGE = re.compile(r"(?<=[(\[])(?:(?P<n>1[01]\d|[1-9]\d)[ \t]?/?[ \t]?(?:M|F|m|f|NB|nb)|(?:M|F|m|f)[ \t]?/?[ \t]?"
                     r"(?P<n2>1[01]\d|[1-9]\d))(?=[)\]])")
# who the bracket follows: a pronoun, a word naming a person, or a name ("rated (35M) downloads" is a count)
SEX_AGE_WHO = re.compile(r"(?:(?<![\w'’])(?i:i|me|my|he|she|him|her|we|us|bf|gf|so|partner|friend|boyfriend|girlfriend|"
                         r"fiancé|fiance|fiancée|roommate|boss|coworker|mil|fil|sil|bil)|(?<![\w'’])(?P<cap>[A-ZÀ-ÖØ-ÞА-Я][\w'’-]*)"
                         r"|(?<![\w'’])(?i:" + PERSON_NOUN[3:-1] + r"))[ \t]*$|^[ \t]*$")

# 5. a name then the number: "Ana (34)", "John Smith, 45, said", "Marie Dupont, 45 ans"
CAPWORD = r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯІЇЄҐΑ-ΩΆΈΉΊΌΎΏ][\w'’-]+"
# a word of a script without capitals, where a name is not told by its first letter (Arabic, Persian, Hebrew,
# Devanagari and the Indic scripts, Thai, kana, Han, Hangul): "Our customer 石井 裕 (23)", "فرنوش آشتیانی، ۳۲ سال"
CASELESS = charsets.CASELESS
# (a Persian name may hold a zero-width non-joiner: "واعظ‌زاده"; a Dutch or German one a particle: "Yigit ten Broeck")
NAMEWORD = rf"(?:{CAPWORD}|[{CASELESS}][{CASELESS}\u200c]+)"
PARTICLE = r"(?:[ \t]+(?:van|von|de|der|den|ten|ter|te|da|di|du|le|la|del|dos|das|bin|binti|al|el))?"
# (after a caseless word, a number of two digits: "图表 (3)" numbers a figure)
BRACKET = re.compile(rf"(?<![\w'’-])(?:{CAPWORD} ?\({N_CORE}\)|(?:[{CASELESS}]+[ \t][{CASELESS}]+|[{CASELESS}]{{2,}})"
                     rf" ?\((?P<n2>120|1[01]\d|[1-9]\d)\))"
                     r"(?=[\s,.;:!?،，、。]|$)")
# (a bare number after two words: capitalised ones only; "表格 数据, 12, and more" is no name)
NAME_COMMA = re.compile(rf"(?<![\w'’-]){CAPWORD}{PARTICLE}[ \t]+{CAPWORD},[ \t]" + N + r"(?=,[ \t]+[a-zà-ÿ])")
NAME_COMMA_UNIT = re.compile(rf"(?<![\w'’-]){NAMEWORD}{PARTICLE}[ \t]+{NAMEWORD}[,،][ \t]" + N + rf"[ \t]*{YEARS}"
                             r"(?:(?=[ \t]*[،，、。])|" + END + ")", re.I)


# 6. a table column headed by an age word ("name,age,city" / "Jan;45;Brno"): the cell's number
AGE_HEADER = re.compile(r"(?i)(?<![^\W_])(?:age|ages|alter|edad|idade|età|âge|leeftijd|alder|ålder|wiek|věk|vek|"
                        r"vârsta|vârstă|kor|életkor|возраст|ηλικία|yaş|yaşı|ikä|umur|usia|tuổi|年龄|年齢|나이|"
                        r"shekaru|" + AGE_LABEL_MORE + r")(?![^\W_])")
AGE_CELL = re.compile(N_CORE + r"(?:[ \t]*(?:years?|yrs?|y|j|jahre|ans|años|anos|anni|jaar|år|let|lat|ani|éves|лет|"
                      r"года?|ετών|yaş|vuotta|tahun|tuổi|岁|歳|살|세))?\.?", re.I)


def table_ages(text: str) -> list[Finding]:
    """Numbers in a table column whose header is an age word (``tables.py``)."""
    out = []
    for table in tables(text, lambda line: AGE_HEADER.search(line) is not None):
        cols = [k for k, n in enumerate(table.names) if AGE_HEADER.search(n) and len(n) <= 16]
        for row in table.rows:
            for k in cols:
                m = AGE_CELL.fullmatch(text, *row[k])
                if m is not None:
                    out.append(Finding(m.start("n"), m.end("n"), "AGE", 0.85, "age_table_header"))
    return out


# what may stand between a word naming a person and the age: the person's name, a possessive, a verb of
# being, "of"; "my husband has worked here 12 years" is a duration ("has worked here" is none of these)
BETWEEN_WORD = re.compile(
    r"(?:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯΑ-Ω][\w'’-]*|(?i:min|mit|mitt|mina|my|mi|mio|mia|mein|meine|meinem|meiner|meu|minha|mon|ma|"
    r"mijn|moje|můj|môj|moja|mój|μου|мой|моя|моему|моей|meus|our|his|her|their|unser\w*|notre|nuestro|nuestra|"
    r"is|ist|er|är|est|es|è|é|was|war|wird|wordt|blir|be|de|di|of|von|van|del|du|aged|age|now|jetzt|"
    # "is" in Finnish, Polish, Czech, Greek, and the particles of a name ("Minke op Kreijl is 18 jaar")
    r"on|jest|je|είναι|op|ten|ter|da|dos|das|do|al|el|bin|ben|"
    r"tiene|tem|ha|hat|har|heeft|ma|má|a|are|ima|ya|já|già|déjà|schon|bald|already))")


def _person_before(text: str, start: int, window: int = 48, naming: re.Pattern | None = None) -> bool:
    """A word naming a person earlier in the same sentence, within ``window`` characters, with only names,
    possessives, a verb of being or "of" between it and ``start``. ``naming``: the words that name the person
    (every person noun by default; kin only, where the verb could count things)."""
    lo = max(0, start - window)
    cut = None
    for m in SENTENCE_END.finditer(text, lo, start):
        cut = m.end()
    last = None
    for last in (naming or PERSON_BEFORE).finditer(text, cut if cut is not None else lo, start):
        pass
    if last is None:
        return False
    words = re.findall(r"[^\s,()–-]+", text[last.end():start])
    return len(words) <= 5 and all(BETWEEN_WORD.fullmatch(w) for w in words)


# ages spelled out in the other languages ("tengo treinta y dos años", "er ist zweiunddreißig Jahre alt", "mam
# trzydzieści dwa lata", "otuz iki yaşında"): the numbers as num2words writes them, 13 to 100 (smaller ones are
# other words too: "sette", "hét", "to", "en"), then a unit of years; taken with the same cues as a number in
# digits (a verb of having or being an age, an age word of its own, a word naming a person before it)
SPELLED_LANGS = "de fr es it pt nl sv da no fi pl cs sk ru uk tr hu ro id lt lv sl sr ar fa he vi".split()


# the plain unit words of the spelled-out languages, looked for first (a trie: one quick pass over a text)
UNIT_WORDS = tuple(CLDR_YEARS) + tuple(
    "años anos anni jaar år lat lata let roků roky rokov roka ani éves лет года год ετών χρονών vuotta yaşında "
    "tahun tuổi років роки рік години godina godine godinu leta yaşındayım yaşındasın yaşındayız "
    # Arabic, Persian, Hebrew ("عمري ستون عاما", "سی و چهار سال دارم", "אני בן שלושים וארבע שנים")
    "سنة سنه سنوات عاما عامًا عاماً عام سال ساله سالمه שנים שנה".split())


def _spelled_forms(num2words, n: int, lang: str) -> set[str]:
    """``n`` in words as num2words writes it in ``lang``, and as people write it where that differs: Turkish
    tens and units apart ("otuz dört"; num2words glues them: "otuzdört"), Arabic "و" glued to the units
    ("أربعة وثلاثون"; num2words spaces it)."""
    w = num2words(n, lang=lang)
    out = {w}
    if lang == "tr" and n % 10 and n > 20:
        out.add(f"{num2words(n - n % 10, lang=lang)} {num2words(n % 10, lang=lang)}")
    if lang == "ar":
        out.add(w.replace(" و ", " و"))
    return out


@functools.lru_cache(maxsize=1)
def _spelled_patterns() -> tuple[re.Pattern, re.Pattern] | None:
    """(a unit of years, a spelled number right before a place); None without num2words."""
    try:
        from num2words import num2words
    except ImportError:  # pragma: no cover - a dependency; the English words above still work
        return None
    words = {f for lang in SPELLED_LANGS for n in range(13, 101) for f in _spelled_forms(num2words, n, lang)}
    units = {w for w in UNIT_WORDS if " " not in w} | {w.capitalize() for w in UNIT_WORDS if " " not in w}
    unit = re.compile(r"(?<=[ \t])" + alternation(units) + r"(?![^\W\d_])")
    number = re.compile(r"(?<![\w-])(?:" + alternation(words) + r")[ \t]+(?:de[ \t]+)?$", re.I)
    return unit, number


def _spelled_other(text: str) -> list[Finding]:
    pats = _spelled_patterns()
    if pats is None:
        return []
    unit, number = pats
    out = []
    for u in unit.finditer(text):
        m = number.search(text, max(0, u.start() - 48), u.start())
        if m is None:
            continue
        s = m.start()
        e = s + len(m.group().rstrip(" \t").removesuffix(" de").rstrip(" \t"))
        # the cues of a number in digits, read on the clause with "32" in the spelled number's place
        a = max(text.rfind("\n", 0, s) + 1, s - 80)
        z = min(len(text), u.end() + 40)
        window = text[a:s] + "32" + text[e:z]
        at = s - a
        cue = any(c.start("n") == at for rx in (OWN, VERB_AGE, VERB_UNIT, LABEL) for c in rx.finditer(window)) or \
            any(c.start == at for c in script_ages(window))
        if cue or (not TIME_BEFORE.search(text, max(0, s - 24), s) and _person_before(text, s)
                   and END_AT.match(text, u.end())):
            out.append(Finding(s, e, "AGE", 0.75, "age_words"))
    return out


def _spelled(text: str) -> list[Finding]:
    """Ages spelled out in words (``OWN_WORDS``, ``VERB_WORDS``; other languages: ``_spelled_other``)."""
    other = _spelled_other(text)
    low = text.casefold()
    if "year" not in low and "age" not in low and "turn" not in low and " be " not in low and \
            "'m " not in low and "’m " not in low and " am " not in low and " is " not in low and "'s " not in low:
        return other
    out = other + [Finding(m.start("n"), m.end("n"), "AGE", score, src) for rx, score, src in
           ((OWN_WORDS, 0.8, "age_words"), (VERB_WORDS, 0.75, "age_verb")) for m in rx.finditer(text)]
    # the longest reading of a number ("is a hundred" then "and": "a hundred and one years old")
    return [f for f in out if not any(g.start <= f.start and f.end <= g.end and g.end - g.start > f.end - f.start
                                      for g in out)]


def ages(text: str) -> list[Finding]:
    """Ages in ``text``: the number only, as ``AGE`` findings (see the module's docstring for what counts).

    A text holding another script's digits is read with them folded to ASCII, one character for one (positions
    unchanged): "عمري ٣٤ سنة", "मेरी उम्र ९२ साल", "อายุ ๑๔" are read as "عمري 34 سنة"; before, the scrub
    left them and only the re-scan's folded pass could find them (``otherdigits.py``)."""
    if not any(map(str.isdigit, text)):  # as a generator of c.isdigit(), in C
        return _spelled(text)
    text = fold_digits(text) or text
    out: list[Finding] = table_ages(text) + _spelled(text) + script_ages(text)
    for rx, score, source in ((OWN, 0.85, "age_words"), (LABEL, 0.85, "age_label"), (LAT, 0.8, "age_label"),
                              (COLON_LABEL, 0.8, "age_label"),
                              (VERB_AGE, 0.8, "age_verb"), (VERB_UNIT, 0.8, "age_verb"),
                              (WITH_YEARS, 0.75, "age_with_years")):
        # the word-led patterns on the lines holding a digit only (linewise.py: the same matches, ~3x less time)
        found = finditer_lines(rx, text) if rx in LINEWISE else rx.finditer(text)
        out.extend(Finding(m.start("n"), m.end("n"), "AGE", score, source) for m in found
                   if rx is not VERB_AGE or not SW_DURATION.match(text, m.end("n")) or "miaka" not in m.group().casefold())
    if "ött" in text:
        out.extend(Finding(m.start("n"), m.end("n"), "AGE", 0.8, "age_verb") for m in HU_TURNED.finditer(text))
    for rx in (VERB_AGE_MONTH, VERB_UNIT_MONTH):
        for m in finditer_lines(rx, text):
            from .months import month_number

            if month_number(m.group("mon")) is not None:
                out.append(Finding(m.start("n"), m.end("n"), "AGE", 0.8, "age_verb"))
    for m in ATTRIBUTIVE.finditer(text):
            # "der 45-Jährige" (a noun: always a person); else a person noun or nothing after it
        if m.group("adj").startswith("J") or ATTRIBUTIVE_AFTER.match(text, m.end()) or (
                m.group("adj").casefold() == "jährig" and PREDICATIVE_AFTER.match(text, m.end())):
            out.append(Finding(m.start("n"), m.end("n"), "AGE", 0.75, "age_attributive"))
    for rx in (NUM_YEARS, BE_AFTER_PERSON, HAVE_AFTER_KIN):
        for m in rx.finditer(text):
            s = m.start("n")
            if not TIME_BEFORE.search(text, max(0, s - 24), s) and \
                    _person_before(text, s, naming=KIN if rx is HAVE_AFTER_KIN else PERSON_BEFORE):
                out.append(Finding(s, m.end("n"), "AGE", 0.7, "age_person_years"))
    for rx in (BRACKET, NAME_COMMA, NAME_COMMA_UNIT, SEX_AGE):
        for m in rx.finditer(text):
            g = "n2" if rx in (BRACKET, SEX_AGE) and m.group("n") is None else "n"
            if rx is SEX_AGE:
                a = text.rfind("\n", 0, m.start() - 1) + 1
                who = SEX_AGE_WHO.search(text, max(a, m.start() - 40), m.start() - 1)
                if who is None:
                    continue
                if who.group("cap"):  # a name, not a capitalised English word ("Revenue (35M) grew")
                    from .names import _english_form
                    from .recognizers import _is_common

                    if _english_form(who.group("cap")) or _is_common(who.group("cap")):
                        continue
            out.append(Finding(m.start(g), m.end(g), "AGE", 0.7, "age_after_name"))
    if len(out) > 1:  # one finding per number (the strongest pattern's, listed first)
        first: dict[tuple[int, int], Finding] = {}
        for f in out:
            first.setdefault((f.start, f.end), f)
        out = list(first.values())
    return out


# the patterns whose words before the number are a label or a verb, never a name ("Tengo 36 años", "Yaşım 87",
# "انا عمري 95 سنة", "אני בן 22")
_CUE_PATTERNS = (LABEL, VERB_AGE, VERB_UNIT, COLON_LABEL, *SCRIPT_AGE)
_WORD_START = re.compile(r"(?<!\w)\w")


def age_cue_people(text: str, findings: list[Finding]) -> list[Finding]:
    """``findings`` less each ``PERSON`` reading of the words that make a number an age: the label or verb an age
    pattern reads right before an ``AGE`` finding ("Tengo" of "Tengo 36 años", "Yaşım" of "Yaşım 87", "بن" of
    "אני בן 22"). NER takes such a word, first in a sentence or in a script without capitals, for a name; the
    copy then read "Michael <AGE> años" (content lost, and a false name the re-scan judges). A name before the
    verb stays a name, cut where the verb starts ("María Tengo 36 años" -> "María"); a pronoun left alone before
    it ("انا عمري", I my-age) is no name either."""
    ages_at = [f for f in findings if f.entity == "AGE"]
    if not ages_at or not any(f.entity == "PERSON" for f in findings):
        return findings
    folded = fold_digits(text) or text
    out = []
    for f in findings:
        if f.entity == "PERSON":
            cut = _age_cue_start(folded, f.start, f.end, ages_at)
            if cut is not None:
                keep = text[f.start:cut].rstrip()
                if not keep or keep.casefold() in PRONOUNS:
                    continue
                f = Finding(f.start, f.start + len(keep), f.entity, f.score, f.source)
        out.append(f)
    return out


# "I" before a verb or a label of age, which NER reads as a name with it ("انا عمري", "אני בן")
PRONOUNS = frozenset("i ich yo je io eu ik jag jeg ja já ben men saya aku я انا أنا אני".split())


def _age_cue_start(text: str, start: int, end: int, ages_at: list[Finding]) -> int | None:
    """Where an age pattern's label or verb starts inside ``text[start:end]`` (or before it), reading a number
    that starts after ``end`` at an ``AGE`` finding; None when no pattern reads the span so."""
    for a in ages_at:
        if not start < a.start <= end + 24:  # (a name reading that runs into the number: "عمري ثلاثة")
            continue
        end = min(end, a.start)
        # (an age in words: read with a number in its place, positions before it unchanged)
        t = text if text[a.start:a.end].isdigit() else text[:a.start] + "32" + text[a.end:]
        for m in _WORD_START.finditer(t, max(0, start - 16), end):
            k = m.start()
            for rx in _CUE_PATTERNS:
                c = rx.match(t, k)
                if c is not None and c.start("n") == a.start:
                    return max(start, c.start())
    return None
