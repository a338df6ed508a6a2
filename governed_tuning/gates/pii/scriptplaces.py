"""A town written in a script without capitals, in a sentence of that script's language: Khmer, Thai, Lao,
Arabic, Persian, Urdu, Hebrew, Bengali, Devanagari (Hindi, Nepali, Marathi), Tamil, Georgian; and Armenian,
which has capitals but puts its cases on the town.

Why: ``places`` reads capitalised words, and ``moves`` reads a foreign-script town after a phrase of another
language; a town in its own script and sentence ("ខ្ញុំរស់នៅកំពត", "ผมมาจากลำปาง", "আমি গোপালগঞ্জ থেকে
এসেছি", "मैं चंबा में रहता हूँ", "ვცხოვრობ ქალაქ მარნეულში", "אני גר בנורדיה") has no capital to see, Khmer
and Thai put no space between words, and Indic, Persian and Urdu put the verb after the town.

So a town is read beside a phrase of living, coming from, moving or being born (one vocabulary per language
below) and the language's word for a settlement ("ខេត្ត", "จังหวัด", "ქალაქ", "בעיר"):

- after a phrase (Khmer, Thai, Lao, Hebrew, Georgian, Arabic, Persian): the words of the script up to a stop
  word (a pronoun, "with", "since", a particle) or, in Khmer and Thai, the longest beginning the place list
  knows, else the run up to a particle, a space or a stop;
- before a phrase whose verb follows the town (Bengali "X থেকে এসেছি", Hindi "X में रहता हूँ", Urdu "X میں
  رہتا ہوں", Persian "در X زندگی", Tamil "X நகரில் வசிக்கிறேன்"): the words before it back to a stop word.

Places11 added the shapes forms and chats write a place in without a phrase of living: the level of an
administration before or after its name ("ولاية X", "شهرستان X", "ضلع X", "गाँव X", "X जिल्ला", "X तालुका"), the
other levels of the same list ("X، استان Y", "X जिल्ला, Y", "X, Y से हूँ": ``_neighbours``), and phrases of
working, travelling, family and greetings ("أعمل في X", "در X کار می‌کنم", "X जा रहा हूँ", "परिवार X में है",
"ทำงานที่X", "تحياتي من X"); "is in X" only with a subject of a home or a family before the town.

A reading that starts with an ordinary word of the language ("ខ្ញុំរស់នៅទីនេះ" here, "আমি অফিস থেকে" the office,
"אני גר בבית" the house) is no town: wordfreq's frequency (Zipf 4.5 and over: the words of every day; towns
stand lower, but for the big ones, which the place list knows) and a short list per script for the languages
wordfreq lacks. The policy's ``locations`` setting then decides, as for every place. Linear: each language's
phrases are one alternation searched only when a letter of its script is in the text; a town is read within 40
characters of its phrase.
"""

from __future__ import annotations

import functools
import re

from .recognizers import Finding

__all__ = ["script_places", "ordinary_word", "caseless_place", "script_of"]

# (script, its letters) for the scripts read here
KHMER, THAI, LAO, ARABIC, HEBREW, DEVA, BENGALI, TAMIL, GEORGIAN, ARMENIAN = (
    "\u1780-\u17ff", "\u0e00-\u0e7f", "\u0e80-\u0eff", "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff",
    "\u05d0-\u05ea", "\u0900-\u097f", "\u0980-\u09ff", "\u0b80-\u0bff", "\u10d0-\u10ff", "\u0531-\u0587")
# scripts written without spaces between words: a town's end is a particle, a stop, or what the list knows
NO_SPACE = (KHMER, THAI, LAO)

# Arabic, Persian and Urdu share a script: each phrase says whose ordinary words to ask about
AR_BEFORE = ("أنا من|انا من|أنا من مدينة|ولدت في|وُلدت في|بيتي في|منزلي في|أسكن حاليا في|أسكن حالياً في|"
             "أعيش حاليا في|أعيش حالياً في|مقيم في|مقيمة في|أقطن في|أنحدر من|"
             # spoken Arabic: Egyptian and Levantine "عايش في", Maghrebi "ساكن ف", "كنسكن ف" (I live in)
             "ساكن في|ساكنة في|ساكن ف|ساكنة ف|ساكنين في|عايش في|عايشة في|عايش ف|عايشين في|كنسكن ف|كنسكن في|"
             "كانسكن ف|كنعيش ف|أنا ساكن في|انا ساكن في|أنا من بلدة|أنا من قرية|من مدينة|من قرية|من بلدة|"
             "رحلت إلى|انتقلت للعيش في|انتقلنا للعيش في|نشأت في|ترعرعت في|كبرت في|"
             # working, travelling, family, being somewhere now, greetings from (places11)
             "أعمل في|أعمل حاليا في|أعمل حالياً في|أشتغل في|نشتغل في|سأسافر إلى|سافرت إلى|مسافر إلى|"
             "ذاهب إلى|عائلتي في|أهلي في|أسرتي في|أنا حاليا في|أنا حالياً في|انا حاليا في|أنا الآن في|"
             "تحياتي من|سلام من|سلامي من|تحية من|أكتب لكم من|أسكن في|نسكن في|أعيش في|نعيش في|أقيم في|"
             # the levels of an administration before their name (Algeria, Egypt, Morocco, the Gulf)
             "ولاية|محافظة|بلدية|دائرة|مقاطعة|قرية|بلدة|مدينة")
FA_BEFORE = ("اهل|اهلِ|در شهر|به شهر|از شهر|سلام از|درود از|"
             # Persian and Urdu levels of an administration before the name (province, county, district, village)
             "استان|شهرستان|بخش|دهستان|روستای")
UR_BEFORE = "ضلع|تحصیل|صوبہ|گاؤں|قصبہ|موضع"
UR_AFTER = ("میں رہتا|میں رہتی|میں رہتے|میں پیدا|سے ہوں|سے ہے|سے ہیں|منتقل|شہر میں|گاؤں میں|"
            "میں کام|میں ملازمت|میں نوکری|جا رہا|جا رہی|جا رہے|جاؤں گا|جاؤں گی|سے سلام|کی طرف سے سلام|"
            "میں ہے|میں ہیں|میں ہوں")
FA_AFTER = "زندگی می|زندگی م|ساکن|به دنیا|متولد|نقل مکان|هستم|است|کار می|می‌روم|میروم|می روم|رفتم|هستند|هستیم"
PHRASE_LANG = {" ".join(p.split()): lang for lang, ps in (("ar", AR_BEFORE), ("fa", FA_BEFORE), ("ur", UR_BEFORE),
                                                          ("ur", UR_AFTER),
                                                          ("fa", FA_AFTER)) for p in ps.split("|")}

# phrases the town follows, per script (lower case where the script has case; Khmer and Thai need no boundary)
BEFORE = {
    KHMER: "រស់នៅ|មកពី|មកអំពី|ផ្លាស់ទៅនៅ|ផ្លាស់មកនៅ|ផ្លាស់ទៅ|ផ្លាស់មក|កើតនៅ|ស្នាក់នៅ|ធ្វើការនៅ|ស្រុកកំណើតនៅ|"
           "ស្រុកកំណើតរបស់ខ្ញុំគឺ|ស្រុកកំណើតខ្ញុំគឺ|ស្រុកកំណើតខ្ញុំនៅ|"
           "ខេត្ត|ក្រុង|ស្រុក|ឃុំ|សង្កាត់|ខណ្ឌ|ភូមិ|រាជធានី",
    THAI: "ทำงานที่|ทำงานอยู่ที่|พักอยู่ที่|ครอบครัวอยู่ที่|ครอบครัวอยู่|ไปเที่ยว|เดินทางไป|สวัสดีจาก|"
          "อาศัยอยู่ที่|อาศัยอยู่|มาจาก|ย้ายไปอยู่ที่|ย้ายไปอยู่|ย้ายมาอยู่ที่|ย้ายมาอยู่|ย้ายไป|ย้ายมา|เกิดที่|"
          "บ้านเกิดอยู่ที่|บ้านเกิด|จังหวัด|อำเภอ|ตำบล|หมู่บ้าน|แขวง|"
          # the abbreviations an address writes them with ("ต.ในเมือง อ.เมือง จ.ขอนแก่น")
          "จ.|อ.|ต.",
    LAO: "ອາໄສຢູ່|ມາຈາກ|ຍ້າຍໄປ|ເກີດທີ່|ແຂວງ|ເມືອງ|ບ້ານ",
    ARABIC: AR_BEFORE + "|" + FA_BEFORE + "|" + UR_BEFORE,
    HEBREW: "גר ב|גרה ב|גרים ב|גרות ב|מתגורר ב|מתגוררת ב|מתגוררים ב|נולדתי ב|נולד ב|נולדה ב|עברתי ל|עברנו ל|"
            "עברו ל|במקור מ|הגעתי מ|הגענו מ|באתי מ|בעיר|לעיר|מהעיר|ביישוב|בקיבוץ|במושב|העיר",
    GEORGIAN: "ვცხოვრობ|ვცხოვრობთ|ცხოვრობს|დავიბადე|დაიბადა|გადავედი|გადავედით|გადავსახლდი|გადავსახლდით|"
              "ქალაქ|ქალაქი|სოფელ|სოფელი|ქალაქია|ქალაქში",
    ARMENIAN: "ապրում եմ|ապրում ենք|ծնվել եմ|ծնվել է|տեղափոխվեցի|տեղափոխվեցինք|տեղափոխվել եմ|քաղաք|գյուղ",
    # a district, a tehsil, a village before its name ("गाँव रामपुर, जिला अजमेर", "गाव X, जिल्हा Y")
    DEVA: "जिला|ज़िला|जिल्ला|जिल्हा|तहसील|तालुका|ग्राम|गाँव|गांव|गाउँ|गाव|मौजा",
}
# prepositions of place in the scripts without spaces ("នៅ" at, "ពី" from, "ទៅ" to; "ที่", "ใน", "จาก"): after
# them only a town the place list knows is taken (they stand before everything else too)
# ("อยู่ที่" is "lives at" and "the problem is in the system" alike)
LIST_ONLY = {KHMER: "នៅ|ពី|ទៅ|ក្នុង", THAI: "อยู่ที่|ที่|ใน|จาก|ไป|ถึง", LAO: "ຢູ່|ທີ່|ຈາກ|ໄປ"}
LIST_ONLY_MIN = 4  # characters of the shortest town read after them (no syllable of two letters)

# phrases the town comes before (the verb after it), per script: " X <phrase>"
AFTER = {
    BENGALI: "থেকে এসেছি|থেকে এসেছেন|থেকে আসা|থেকে বলছি|থেকে বলছেন|থেকে এলাম|শহরে থাকি|শহরে থাকেন|"
             "জেলায় থাকি|গ্রামে থাকি|এ থাকি|-এ থাকি|তে থাকি|চলে এসেছি|চলে গেছি|চলে এলাম|শহরে|জেলায়|জেলার|গ্রামে|"
             "শহরের|জন্মেছি|এ জন্ম",
    DEVA: "में रहता|में रहती|में रहते|में रह रहा|में रह रही|से हूँ|से हूं|से हैं|से आया|से आई|शिफ्ट|चला गया|चली गई|"
          "चले गए|में पैदा|में हुआ|में जन्मा|में जन्मी|शहर में|गाँव में|गांव में|"
          "मा बस्छु|मा बस्छौं|मा बस्छ|मा जन्मिएँ|मा जन्मेको|बाट हुँ|बाट हौं|बाट आएको|सर्यौं|सरें|सरेँ|"
          "मध्ये राहतो|मध्ये राहते|मध्ये राहतात|येथे राहतो|येथे राहते|येथे झाला|ला राहायला|चा आहे|ची आहे|"
          "शहरात|गावात|गावी|"
          # working, travelling, family, being somewhere now, greetings from (Hindi, Nepali, Marathi)
          "में काम|में नौकरी|जा रहा|जा रही|जा रहे|जाऊँगा|जाऊंगा|से नमस्ते|से नमस्कार|की तरफ़ से नमस्ते|"
          "की तरफ से नमस्ते|की तरफ़ से नमस्कार|की तरफ से नमस्कार|में है|में हैं|में हूँ|में हूं|"
          "मा काम|जाँदैछु|जाँदै छु|जान्छु|बाट नमस्ते|बाट नमस्कार|बाट सबैलाई|मा छ|मा छु|मा छौं|मा छन्|"
          "येथे काम|इथे काम|मध्ये काम|ला जाणार|ला जात|मध्ये आहे|मध्ये आहोत|मध्ये आहेत|येथे आहे|हून नमस्कार|"
          "कडून नमस्कार|कडून सर्वांना|"
          # a district, a tehsil, a municipality, a state after its name ("अजमेर जिला", "X नगरपालिका")
          "जिला|ज़िला|जिले|जिल्ला|जिल्हा|तहसील|तालुका|नगरपालिका|गाउँपालिका|महानगरपालिका|उपमहानगरपालिका|"
          "नगर निगम|प्रदेश|राज्य|गाँव|गांव|गाउँ|गाव|शहर",
    ARABIC: UR_AFTER + "|" + FA_AFTER,
    TAMIL: "நகரில்|நகரத்தில்|நகருக்கு|ஊரைச்|ஊரில்|ஊருக்கு|கிராமத்தில்|மாவட்டத்தில்|இல் வசிக்கிறேன்|இல் பிறந்தேன்|"
           "இல் வசிக்கிறோம்|வசிக்கிறேன்|பிறந்தேன்|குடிபெயர்ந்தோம்|குடிபெயர்ந்தேன்",
    GEORGIAN: "დან ვარ|დან ვართ|დან არის",
    ARMENIAN: "-ից եմ|ից եմ|-ից ենք|ից ենք|քաղաքում|գյուղում|քաղաքից|գյուղից",
}
# scripts whose phrase may be written onto the town (Georgian and Armenian cases: "მარნეულიდან ვარ", "Արթիկից եմ")
ATTACHED = {GEORGIAN}
ATTACHED_TOO = {ARMENIAN}
# a phrase of AFTER that names where, not a verb: read only with a preposition of the language before the town
# (Persian "در X است" / "اهل X هستم": "is" and "am" alone say nothing)
# (Hindi, Nepali, Marathi, Urdu "is in X" and Persian "go to X", "work in X": only with a subject of a home, a
# family or "I now" before the town: "the problem is in the system" says no place)
HOME_SUBJECT = {"deva": "परिवार|घर|मैं|हम|अभी|आजकल|फिलहाल|फ़िलहाल|माता-पिता|ससुराल|म|हामी|अहिले|हाल|कुटुंब|मी|"
                        "आम्ही|सध्या|आता",
                "ur": "فیملی|خاندان|گھر|والدین|وقت|ابھی|آجکل|میں|ہم"}
NEEDS_BEFORE = {"هستم": "اهل|در", "است": "در", "هستند": "در|اهل", "هستیم": "در|اهل", "کار می": "در",
                "می‌روم": "به", "میروم": "به", "می روم": "به", "رفتم": "به",
                **{p: HOME_SUBJECT["deva"] for p in ("में है", "में हैं", "में हूँ", "में हूं", "मा छ", "मा छु", "मा छौं",
                                                      "मा छन्", "मध्ये आहे", "मध्ये आहोत", "मध्ये आहेत", "येथे आहे")},
                **{p: HOME_SUBJECT["ur"] for p in ("میں ہے", "میں ہیں", "میں ہوں")}, "ساکن": "در", "زندگی می": "در", "زندگی م": "در", "به دنیا": "در",
                "متولد": "در", "نقل مکان": "به", "में हुआ": "जन्म"}
# the word for a settlement before the town's name, skipped ("בעיר נורדיה", "ქალაქ მარნეულში", "مدينة ...")
SETTLEMENT = frozenset("עיר יישוב קיבוץ מושב ქალაქ ქალაქი სოფელ სოფელი مدينة شهر قرية روستا".split())
# words a town stops before (or, read backwards, after): pronouns, times, "with", "and", particles
STOP = {
    KHMER: "ជាមួយ|ឥឡូវ|តាំងពី|កាលពី|ហើយ|និង|ដែរ|ទេ|បាន|នោះ|នេះ|ដោយ|សម្រាប់|ពេល|ក្នុង|ឆ្នាំ|ខែ|ថ្ងៃ|ដល់|ទៀត|វិញ",
    THAI: "ครับ|ค่ะ|คะ|นะ|จ้ะ|จ้า|เมื่อ|กับ|ตั้งแต่|แล้ว|ด้วย|และ|มา|ไป|ตอนนี้|ปี|เดือน|ค่ะ|เลย|ละ|ช่วง",
    LAO: "ແລ້ວ|ກັບ|ແລະ|ຕັ້ງແຕ່|ເມື່ອ|ໄປ|ມາ",
}
STOP_WORDS = frozenset((
    # Arabic, Persian, Urdu
    "مع منذ الآن حالياً حاليا من في و مؤخراً مؤخرا الشهر السنة العام قبل بعد عند هستم است بودم هست زندگی ساکن "
    "می‌کنم میکنم و با از به در که الان اکنون ما من خانه‌ام خانه ام میں ہم ہوں ہے ہیں کل آج پچھلے مہینے اب میرا میری "
    "تعلق سے کے کی کا اور بھی دابا دلوقتي دلوقت هلق هلأ الحين توا هاد هادي "
    # Hebrew
    "עם מאז עכשיו כבר גם ו בחודש שעבר לפני אחרי אבל כי של "
    # Bengali
    "আমি আমরা গত মাসে এখন আমার বাড়ি সে তিনি ও এবং নতুন বছর থেকে "
    # Devanagari (Hindi, Nepali, Marathi)
    "मैं हम अब आजकल पिछले महीने साल मेरा मेरी मेरे जन्म घर वह यह भी तो ही से में पर का की के को ने और था थी "
    "म हामी अहिले गएको महिना मेरो मी आम्ही मागच्या महिन्यात सध्या माझे माझा माझी "
    # Tamil
    "நான் நாங்கள் கடந்த மாதம் இப்போது என் வீடு நாம் "
    # Georgian, Armenian
    "მე ჩვენ ახლა გასულ თვეს და Ես Մենք Հիմա Անցյալ ամիս Իմ "
    # the words for a town, a district, a village after its name (read backwards, the name is before them)
    "নগর শহরে জেলায় জেলার গ্রামে শহরের शहर शहरात गावात गाँव गांव नगर நகரில் நகரத்தில் நகருக்கு ஊரைச் ஊரில் ஊருக்கு "
    "கிராமத்தில் மாவட்டத்தில் شہر گاؤں شهر روستای").split())
# seasons and times, which a phrase of being born or living is followed by as often as a town ("born in the
# summer"); wordfreq ranks their inflected forms lower than every day's words
TIME_WORDS = frozenset((
    "الصيف الشتاء الربيع الخريف صيف شتاء تابستان زمستان پاییز گرمیوں سردیوں گرمی سردی خزاں "
    "गर्मियों सर्दियों गर्मी सर्दी बरसात वसंत जाड़े जाड़ों गर्मीमा जाडोमा हिवाळ्यात उन्हाळ्यात "
    "গ্রীষ্মে শীতে বর্ষায় বসন্তে গরমে கோடையில் குளிர்காலத்தில் קיץ חורף אביב סתיו ზაფხულში ზამთარში").split())
# ordinary words wordfreq does not know the language of (Khmer, Thai, Lao, Georgian, Armenian): the words a
# phrase of living or coming is followed by when no town follows ("here", "home", "the office", "abroad")
ORDINARY = {
    KHMER: "ទីនេះ|ទីនោះ|ផ្ទះ|ក្រុមហ៊ុន|ការិយាល័យ|ក្រៅប្រទេស|ប្រទេស|ទីក្រុង|ជនបទ|ស្រុកកំណើត|ស្រុកខ្មែរ|ខាងក្រៅ|ខាងក្នុង|"
           "សាលា|ផ្សារ|ហាង|កន្លែង|ជាមួយ|តែ|នៅ|ជា|ទៀត|យូរ|ឆ្ងាយ|ជិត|ខ្ញុំ|យើង|គាត់|គេ|នេះ|នោះ",
    THAI: "ที่นี่|ที่นั่น|บ้าน|ฝ่าย|บริษัท|ที่ทำงาน|ออฟฟิศ|ต่างประเทศ|ต่างจังหวัด|โรงเรียน|ร้าน|ตลาด|คอนโด|หอพัก|"
          "ห้อง|กรุงเทพฯ|นี่|นั่น|ไหน|ด้วย|ใกล้|ไกล|ใน|ที่",
    LAO: "ນີ້|ບ້ານ|ຫ້ອງການ|ຕ່າງປະເທດ",
    GEORGIAN: "სახლში სახლი სამსახურში სამსახური ზაფხულში ზამთარში გაზაფხულზე შემოდგომაზე ოჯახთან ოფისში "
              "სკოლაში ქალაქში სოფელში საზღვარგარეთ აქ იქ მხარდაჭერის გუნდიდან ბინაში",
    ARMENIAN: "տանը տուն աշխատանքի աշխատանքում գրասենյակում այստեղ այնտեղ ամռանը ձմռանը դպրոցում",
}
# Nepali and Marathi words of every day wordfreq does not hold (it reads Devanagari as Hindi): where one goes,
# works or is ("भोलि म बजार जाँदैछु", "मी ऑफिसमध्ये आहे")
ORDINARY_DEVA = frozenset("बजार घर घरमा अफिस कार्यालय कार्यालयमा स्कूल विद्यालय पसल काम कामम बाहिर भित्र यहाँ त्यहाँ "
                          "ऑफिस बाजार बाजारात घरी कामावर शाळा शाळेत दुकान इथे तिथे बाहेर अस्पताल हस्पिताल दवाखाना "
                          "गाउँ शहर सहर बैंक मन्दिर मंदिर दफ्तर दफ़्तर".split())
WORDFREQ_LANGS = {ARABIC: ("ar", "fa", "ur"), HEBREW: ("he",), DEVA: ("hi",), BENGALI: ("bn",), TAMIL: ("ta",)}
ORDINARY_ZIPF = 4.5  # a word used 30 times per million or more: every day's words ("home", "office", "team")
# Bengali's lists come mostly from news, where district towns are as frequent as "home" elsewhere (Kushtia 4.53,
# Tangail 4.64); its every day's words stand higher ("বাসা" 4.85, "অফিস" 5.04, "বাড়ি" 5.55)
ORDINARY_ZIPF_OF = {"bn": 4.8}
REACH = 40  # characters a town is read within, from its phrase
SCRIPTS = (KHMER, THAI, LAO, ARABIC, HEBREW, DEVA, BENGALI, TAMIL, GEORGIAN, ARMENIAN)
HAS = {s: re.compile(f"[{s}]") for s in SCRIPTS}
ANY = re.compile("[" + "".join(SCRIPTS) + "]")


def _alt(words: str) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"[ \t]+") for w in words.split("|")), key=len, reverse=True))


def _before_rx(script: str) -> re.Pattern[str]:
    if script in NO_SPACE:  # no spaces: a phrase inside a run of letters
        return re.compile(rf"(?:{_alt(BEFORE[script] + '|' + LIST_ONLY[script])})[ \t]*")
    if script == HEBREW:  # "גר ב|נורדיה": the preposition's letter is the town's first
        return re.compile(rf"(?<![{script}])(?:{_alt(BEFORE[script])})[ \t]*")
    return re.compile(rf"(?<![{script}\w])(?:{_alt(BEFORE[script])})(?![{script}\w])[ \t]*", re.I)


BEFORE_RX = {s: _before_rx(s) for s in BEFORE}
LIST_ONLY_SET = {s: frozenset(v.split("|")) for s, v in LIST_ONLY.items()}
LEAD_PREP = {s: re.compile(f"(?:{_alt(v)})") for s, v in LIST_ONLY.items()}


def _after_rx(script: str) -> re.Pattern[str]:
    """A phrase after its town: after a space or a hyphen, or written onto the town where the language does."""
    lead = f"[{script}]" if script in ATTACHED else f"[{script} \t-]" if script in ATTACHED_TOO else "[ \t-]"
    return re.compile(rf"(?<={lead})(?:{_alt(AFTER[script])})(?!\w)")


AFTER_RX = {s: _after_rx(s) for s in AFTER}
KA_CASE = re.compile(r"(?:ში|დან|ზე|იდან|ით|ად)$")
HY_CASE = re.compile(r"-?(?:ում|ից|ով)$")
# the Arabic block holds its comma, semicolon, question mark, full stop and digits too: no part of a word
# ("کرج، استان البرز": the town is "کرج")
NOT_LETTER = "\u060c\u061b\u061f\u06d4\u0660-\u066d\u06f0-\u06f9"
LETTER = {s: rf"(?:(?![{NOT_LETTER}])[{s}])" for s in SCRIPTS}
_WORD = {s: re.compile(rf"{LETTER[s]}(?:(?![{NOT_LETTER}])[{s}\u200c\u200d'׳״\"-])*") for s in SCRIPTS}
STOP_RX = {s: re.compile(f"(?:{STOP[s]})") for s in STOP}
ORDINARY_NOSPACE = {s: re.compile(f"(?:{ORDINARY[s]})") for s in NO_SPACE}
ORDINARY_WORDS = {s: frozenset(ORDINARY[s].split()) for s in (GEORGIAN, ARMENIAN)}
NEEDS_BEFORE_RX = {k: re.compile(rf"(?<![\w])(?:{v})[ \t]+$") for k, v in NEEDS_BEFORE.items()}
NEEDS_BEFORE_WORDS = {k: dict.fromkeys(v.split("|"), True) for k, v in NEEDS_BEFORE.items()}


@functools.lru_cache(maxsize=8192)
def ordinary_word(word: str, script: str, lang: str | None = None) -> bool:
    """Whether ``word`` is one of every day's words of ``lang`` (else of the languages written in ``script``):
    wordfreq's Zipf 4.5 and over, or the short list of a script wordfreq lacks."""
    if script in ORDINARY_WORDS:
        return word.casefold() in ORDINARY_WORDS[script]
    if script == ARABIC:
        from .moves import AR_ORDINARY

        if word in AR_ORDINARY:  # a flat, a house, a room, the countryside ("أسكن في شقة صغيرة")
            return True
    if script == DEVA:
        if word in ORDINARY_DEVA:
            return True
        if "\u093c" in word:  # a nukta ("दफ़्तर"): wordfreq counts the word mostly without it ("दफ्तर")
            return ordinary_word(word.replace("\u093c", ""), script, lang)
    langs = (lang,) if lang else WORDFREQ_LANGS.get(script)
    if not langs:
        return False
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - a dependency
        return False
    return any(zipf_frequency(word, x) >= ORDINARY_ZIPF_OF.get(x, ORDINARY_ZIPF) for x in langs)


# "unknown", "not given", "none" in these languages: no value under a label
UNKNOWN = frozenset("अज्ञात नामालूम लागू उपलब्ध कोई नामाहित अज्ञात نامعلوم نامشخص ندارد معلوم غير متوفر لايوجد "
                    "لا_يوجد نہیں موجود ไม่ทราบ ไม่ระบุ ไม่มี ไม่ทราบค่ะ ไม่ทราบครับ".split())


def script_of(text: str) -> str | None:
    """The first of the scripts read here that ``text`` holds a letter of, or None."""
    for script in SCRIPTS:
        if HAS[script].search(text):
            return script
    return None


def caseless_place(value: str) -> bool:
    """Whether a value under a region's or a district's label, in a script without capitals, reads as a place:
    one to four words of one of these scripts, none a function word (spaCy's lists) nor a word for "unknown"
    ("जिला: लागू नहीं" stays, "जिला: लमजुङ" is a place). Frequency says nothing here: big towns are among
    the commonest words of their language ("ملتان" Zipf 4.9 in Urdu, "दिल्ली" 5.9 in Hindi)."""
    from .scriptlines import _stop_words

    script = script_of(value)
    if script is None:
        return False
    words = re.findall(rf"[{script}][{script}\u200c\u200d'-]*", value)
    if not 1 <= len(words) <= 4 or any(w in STOP_WORDS or w in _stop_words() or w in UNKNOWN for w in words):
        return False
    if script in NO_SPACE:
        return ORDINARY_NOSPACE[script].fullmatch(value.strip()) is None and not any(u in value for u in UNKNOWN)
    return True


def _known(name: str) -> bool:
    from .places import known_place

    return len(name) >= 2 and known_place(name, any_size=True)


def _words_forward(text: str, s: int, z: int, script: str, lang: str | None = None, level: bool = False
                   ) -> tuple[int, int] | None:
    """The town's words from ``s``: the longest run of up to three the place list knows, else the words of the
    script up to a stop word or an ordinary word after the first; none when the last is ordinary too ("في شقة
    صغيرة", "לדירה חדשה"). A Georgian case ending stays outside ("მარნეულ|ში")."""
    words = list(_WORD[script].finditer(text[s:z]))
    run: list[re.Match[str]] = []
    for w in words[:3]:
        if run and text[s + run[-1].end():s + w.start()].strip(" \t"):
            break  # a comma, a full stop: the name ended
        run.append(w)
    if not run or run[0].start() > 0:
        return None
    if len(run) > 1 and run[0].group() in SETTLEMENT:  # "בעיר נורדיה": the town is after the word for one
        base = run[1].start()
        s, run = s + base, [w for w in _WORD[script].finditer(text[s + base:s + run[-1].end()])]
    for n in range(len(run), 0, -1):
        if _known(text[s:s + run[n - 1].end()]):
            return s, s + run[n - 1].end()
    keep: list[re.Match[str]] = []
    after = AFTER_RX.get(script)
    if level:  # after a level of an administration ("ولاية بني عباس"): words of every day make names too
        from .scriptlines import _stop_words

        for w in run:
            if w.group() in STOP_WORDS or w.group() in _stop_words() or w.group() in ADMIN_WORDS or \
                    (after is not None and after.match(text, s + w.start())):
                break
            keep.append(w)
        if len(keep) >= 2 and not any(w.group() in TIME_WORDS or w.group() in UNKNOWN for w in keep) and (
                keep[0].group() in TOPONYM_HEADS or not all(ordinary_word(w.group(), script, lang) for w in keep)):
            return s, s + keep[-1].end()
        keep = []
    for w in run:
        if w.group() in STOP_WORDS or (keep and ordinary_word(w.group(), script, lang)):
            break
        if keep and (w.group() in ADMIN_WORDS or (after is not None and after.match(text, s + w.start()))):
            break  # "به دهستان آتنا می‌روم": the verb after the town; "गाँव X जिला": the next level's word
        keep.append(w)
    if not keep or ordinary_word(keep[-1].group(), script, lang) or keep[0].group() in TIME_WORDS:
        return None
    e = s + keep[-1].end()
    if script == GEORGIAN:
        case = KA_CASE.search(text, s + keep[-1].start() + 3, e)
        e = case.start() if case else e
    return s, e


def _nospace_forward(text: str, s: int, z: int, script: str, list_only: bool = False) -> tuple[int, int] | None:
    """Khmer, Thai, Lao: the longest beginning of the run the place list knows, else (not ``list_only``) the run
    up to a stop particle, a space, a digit or a mark; none when it starts with an ordinary word."""
    m = re.match(rf"[{script}]+", text[s:z])
    if m is None:
        return None
    run = m.group()
    digits = re.search(r"[\u17e0-\u17e9\u0e50-\u0e59\u0ed0-\u0ed9]|[\u17d4-\u17da\u0e2f\u0e46\u0e5a\u0e5b]", run)
    if digits:
        run = run[:digits.start()]
    lead = LEAD_PREP[script].match(run)  # "រស់នៅក្នុង..." (live in ...): the preposition is no part of the town
    if lead and len(run) - lead.end() >= 2:
        s, run = s + lead.end(), run[lead.end():]
    for k in range(min(len(run), 24), LIST_ONLY_MIN - 1 if list_only else 1, -1):
        if _known(run[:k]):
            return s, s + k
    if list_only or ORDINARY_NOSPACE[script].match(run):
        return None
    stop = STOP_RX[script].search(run, 2)
    if stop:
        run = run[:stop.start()]
    return (s, s + len(run)) if len(run) >= 2 else None


def _after_phrase(text: str, script: str) -> list[tuple[int, int]]:
    """Towns before a phrase whose verb follows them: one to three words of the script, back to a stop word."""
    out = []
    for m in AFTER_RX[script].finditer(text):
        phrase = " ".join(m.group().split())
        a = max(text.rfind("\n", 0, m.start()) + 1, m.start() - REACH)
        e = m.start()
        while e > a and text[e - 1] in " \t-":
            e -= 1
        words = list(_WORD[script].finditer(text[a:e]))
        keep: list[re.Match[str]] = []
        for w in reversed(words[-3:]):
            gap = text[a + w.end():a + (keep[-1].start() if keep else e - a)]
            if gap.strip(" \t") or w.group() in STOP_WORDS or (script == ARMENIAN and not w.group()[0].isupper()):
                break  # (Armenian has capitals: its town is a capitalised word)
            keep.append(w)
        if not keep:
            continue
        keep.reverse()
        s = a + keep[0].start()
        need = NEEDS_BEFORE_RX.get(phrase)
        if need is not None:
            subject = [i for i, w in enumerate(keep) if NEEDS_BEFORE_WORDS[phrase].get(w.group())]
            if subject:  # "मेरा परिवार अजमेर में है": the run starts after its subject
                keep = keep[subject[-1] + 1:]
                if not keep:
                    continue
                s = a + keep[0].start()
            elif need.search(text, max(0, s - 12), s) is None:
                continue
        if script in ATTACHED and (len(keep) > 1 or (len(words) > len(keep) and words[-2].group() not in STOP_WORDS)):
            continue  # "მე მხარდაჭერის გუნდიდან ვარ": a case ending after a phrase of nouns, no town
        # an ordinary word alone is no town ("আমি অফিস থেকে"), nor words that end in one ("سپورٹ ٹیم سے": a team)
        lang = PHRASE_LANG.get(phrase)
        if (ordinary_word(keep[-1].group(), script, lang) or keep[0].group() in TIME_WORDS) and \
                not _known(text[a + keep[0].start():e]):
            continue
        out.append((a + keep[0].start(), e))
    return out


# the words for a level of an administration, which bound a place's name in a list ("मोरङ जिल्ला, बाग्मती
# प्रदेश": the names are "मोरङ" and "बाग्मती")
ADMIN_WORDS = frozenset((BEFORE[DEVA] + "|" + UR_BEFORE + "|जिले|नगरपालिका|गाउँपालिका|महानगरपालिका|उपमहानगरपालिका|"
                         "प्रदेश|राज्य|शहर|ولاية|محافظة|بلدية|دائرة|مقاطعة|قرية|بلدة|مدينة|استان|شهرستان|بخش|دهستان|"
                         "روستای").split("|")) | SETTLEMENT
# the words Arabic place names open with ("sons of", "spring", "saint", "well", "cape", "hill", "market"): a name
# of two every day's words after a level is a place when it opens with one ("ولاية بني عباس", "دائرة عين قزام")
TOPONYM_HEADS = frozenset("بني عين سيدي أولاد اولاد بئر رأس راس حاسي دار تل كفر جبل وادي برج خميس سوق ذراع أم ام أبو "
                          "ابو بن حمام قصر شط واد".split())
LIST_SEP = re.compile(r"[ \t]*[,،\-–][ \t]*")
CLAUSE = re.compile(r"[ \t]*(?:[.!?।۔\n]|$)")


def _run_back(text: str, e: int, script: str) -> tuple[int, int] | None:
    """One to three words of ``script`` ending at ``e``, back to a stop word or a mark; none when the last is an
    ordinary word."""
    a = max(text.rfind("\n", 0, e) + 1, e - REACH)
    words = list(_WORD[script].finditer(text[a:e]))
    keep: list[re.Match[str]] = []
    for w in reversed(words[-3:]):
        if text[a + w.end():a + (keep[-1].start() if keep else e - a)].strip(" \t") or w.group() in STOP_WORDS:
            break
        if w.group() in ADMIN_WORDS:
            if keep:
                break
            e = a + w.start()  # "X जिल्ला, Y": the name is before its level's word
            continue
        keep.append(w)
    if not keep or keep[-1].group() in SETTLEMENT:
        return None
    if ordinary_word(keep[0].group(), script) and not _known(text[a + keep[-1].start():a + keep[0].end()]):
        return None
    return a + keep[-1].start(), a + keep[0].end()


def _neighbours(text: str, spans: list[tuple[int, int]], script: str) -> list[tuple[int, int]]:
    """The other levels of a hierarchy written as a list ("X، ولاية Y", "X, Y से हूँ", "X जिल्ला, Y"): the run of
    the script right before a found place's comma (past its level's word), and the run after its comma (past
    its level's word after it) that ends the clause."""
    out = []
    before, after = BEFORE_RX.get(script), AFTER_RX.get(script)
    for s, e in spans:
        head = text[max(0, s - 24):s]
        lead = before.search(head) if before is not None else None
        a = s - len(head) + lead.start() if lead is not None and lead.end() == len(head) else s
        sep = re.search(r"[ \t]*[,،\-–][ \t]*$", text[max(0, a - 8):a])
        if sep is not None:
            span = _run_back(text, a - len(sep.group()), script)
            if span is not None:
                out.append(span)
        z = e
        tail = after.match(text, z + 1) if after is not None and text[z:z + 1] == " " else None
        z = tail.end() if tail is not None else z
        sep2 = LIST_SEP.match(text, z)
        if sep2 is None or not sep2.group().strip():
            continue
        if before is not None and before.match(text, sep2.end()):
            continue  # "X, जिला Y": the next level is read after its own word
        m = re.compile(rf"{_WORD[script].pattern}(?:[ \t]+{_WORD[script].pattern}){{0,2}}").match(text, sep2.end())
        if m is None:
            continue
        words = m.group().split()
        while words and (words[-1] in STOP_WORDS or words[-1] in ADMIN_WORDS or
                         (after is not None and after.match(" " + words[-1], 1) is not None)):
            words.pop()  # "X, Y से हूँ": the run ends before its phrase (read there)
        end = sep2.end() + len(" ".join(words))
        if words and not any(w2 in STOP_WORDS for w2 in words) and CLAUSE.match(text, end) and \
                (not ordinary_word(words[-1], script) or _known(" ".join(words))):
            out.append((sep2.end(), end))
    return out


# an address line of South Asia with no label: a house, flat, plot or ward number, then parts after commas
# ("मकान नं. 12, गांधी नगर, अजमेर - 305001", "مکان نمبر 5، گلی 3، ملتان", "वडा नं. ४, कास्की")
DIGITS = r"[\d\u0966-\u096f\u06f0-\u06f9\u0660-\u0669]"
HOUSE_LINE = re.compile(
    rf"(?<![\w\u0900-\u097f\u0600-\u06ff])(?:मकान|घर|फ्लैट|फ़्लैट|प्लॉट|प्लाट|वडा|वार्ड|हाउस|क्वार्टर|भवन|"
    rf"مکان|گھر|ہاؤس|پلاٹ|فلیٹ|کوارٹر|منزل)[ \t]*(?:नं|न|नंबर|नम्बर|क्र|क्रमांक|सं|संख्या|نمبر|نمبر)\.?[ \t]*:?[ \t]*"
    rf"{DIGITS}+[/-]?{DIGITS}*(?:[ \t]*[,،][ \t]*[^\n.।۔!?,،:]{{1,30}}){{1,4}}")
# a town before an Indian PIN code ("अजमेर - 305001", "जयपुर-302001")
PIN_TOWN = re.compile(rf"((?:[\u0900-\u097f]+[ \t]+){{0,2}}[\u0900-\u097f]+)[ \t]*[-–]?[ \t]*{DIGITS}{{6}}(?!\d)")


def _address_lines(text: str) -> list[Finding]:
    out = []
    for m in HOUSE_LINE.finditer(text):
        parts = re.split("[,،]", m.group())[1:]
        # each part a name of one to three words, no function word ("घर नं. 12, कृपया जल्दी ठीक करें" is a sentence)
        from .scriptlines import _stop_words

        if all(len(p.split()) <= 3 and not any(w in _stop_words() for w in p.split()) for p in parts):
            out.append(Finding(m.start(), m.end(), "STREET_ADDRESS", 0.6, "address_house_line"))
    for m in PIN_TOWN.finditer(text):
        dash = re.search("[-–]", text[m.end(1):m.end()]) is not None
        lead = text[:m.start()].rstrip(" \t")
        if not dash and (not lead or lead[-1] not in ",،:\n"):
            continue  # "ऑर्डर 305001": a number after a word; a town stands after a comma or before a dash
        words = m.group(1).split()
        keep: list[str] = []
        for w in reversed(words):
            if w in STOP_WORDS or w in ADMIN_WORDS or (keep and ordinary_word(w, DEVA)):
                break
            keep.append(w)
        if keep and not (ordinary_word(keep[0], DEVA) and not _known(keep[0])):
            e = m.end(1)
            out.append(Finding(e - len(" ".join(reversed(keep))), e, "LOCATION", 0.6, "place_before_pin"))
    return out


def script_places(text: str) -> list[Finding]:
    """Towns in their own script beside a phrase of living, coming from, moving or being born (LOCATION)."""
    out: list[Finding] = []
    if not text or ANY.search(text) is None:
        return out
    if HAS[DEVA].search(text) or HAS[ARABIC].search(text):
        out += _address_lines(text)
    for script in SCRIPTS:
        if HAS[script].search(text) is None:
            continue
        spans: list[tuple[int, int]] = []
        if script in BEFORE_RX:
            for m in BEFORE_RX[script].finditer(text):
                z = min(len(text), m.end() + REACH)
                nl = text.find("\n", m.end(), z)
                z = nl if nl >= 0 else z
                if m.end() >= z:
                    continue
                if script in NO_SPACE:
                    span = _nospace_forward(text, m.end(), z, script, m.group().strip() in LIST_ONLY_SET[script])
                elif script == ARMENIAN:  # a capitalised word; its case ending stays outside ("Բերդ|ում")
                    w = re.match(r"[\u0531-\u0556][\u0531-\u0587-]*", text[m.end():z])
                    span = (m.end(), m.end() + len(w.group().rstrip("-"))) if w else None
                    if span and ordinary_word(text[span[0]:span[1]], script):
                        span = None
                    case = HY_CASE.search(text, span[0] + 3, span[1]) if span else None
                    if span and case:
                        span = (span[0], case.start())
                else:
                    phrase = " ".join(m.group().split())
                    span = _words_forward(text, m.end(), z, script, PHRASE_LANG.get(phrase), phrase in ADMIN_WORDS)
                if span is not None:
                    spans.append(span)
        if script in AFTER_RX:
            spans += _after_phrase(text, script)
        if spans and script not in NO_SPACE:
            spans += _neighbours(text, spans, script)
        out += [Finding(s, e, "LOCATION", 0.6, "place_script") for s, e in spans if e > s]
    return out
