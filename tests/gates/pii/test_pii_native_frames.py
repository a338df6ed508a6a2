"""The words each language puts around a person (``gates/pii/nativeframes.py``: a title, "I am", a verb of
saying, a family name's shape) and a letter's closing above a name (``scriptlines.CLOSING``). Both ways: the
name is found, and the same frames around ordinary words (a team, a doctor, "I am happy") find nothing. The
names are written for these tests (not drawn from a generator the benchmarks use)."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii.engine import CHEAP
from governed_tuning.gates.pii.nativeframes import frame_people
from governed_tuning.gates.pii.scriptlines import script_lines


def people(text: str) -> set[str]:
    return {text[f.start:f.end] for f in frame_people(text) + script_lines(text) if f.entity == "PERSON"}


def read(text: str) -> set[str]:
    """What the gate's readers of these scripts find, found names widened (``widen_people``)."""
    return {text[f.start:f.end] for f in CHEAP["scripts"](text) if f.entity == "PERSON"}


@pytest.mark.parametrize("text,name", [
    # a title that stands only before a person, whatever the name list says of the name
    ("श्री खन्ना ने बिल की कॉपी माँगी है।", "खन्ना"),
    ("জনাব তালুকদার আজ অফিসে আসবেন।", "তালুকদার"),
    ("ბატონმა ლომიძემ ზარი დარეკა.", "ლომიძემ"),
    ("Պարոն Մարտիրոսյանը զանգահարեց։", "Մարտիրոսյանը"),
    ("خانم دکتر کریمی نتیجه را فرستاد.", "کریمی"),
    # "I am" in the language's frame; a caller naming himself before "speaking"
    ("नमस्ते, मैं रघुवीर ठाकुर बोल रहा हूँ।", "रघुवीर ठाकुर"),
    ("नमस्कार, म दीपक थापा बोल्दैछु।", "दीपक थापा"),
    ("হ্যালো, আমি রফিক ইসলাম, বিলটা পাইনি।", "রফিক ইসলাম"),
    ("სალამი, მე ვარ ნინო ბერიძე და ვწერ შეკვეთის გამო.", "ნინო ბერიძე"),
    ("Բարև, ես Արամ Պետրոսյանն եմ։", "Արամ Պետրոսյանն"),
    ("سلام، مریم احمدی هستم و سوالی داشتم.", "مریم احمدی"),
    # a caller's opening after a greeting; a Persian family name's suffix
    ("مرحبا، معك سلمى الحربي، عندي سؤال.", "سلمى الحربي"),
    ("היי, זה אורי לוי, רציתי לשאול על ההזמנה.", "אורי לוי"),
    ("دیروز با رضا قلی‌زاده صحبت کردم.", "رضا قلی‌زاده"),
    # a verb of saying after a lone given name at a clause's start
    ("דוד אומר שהחבילה לא הגיעה.", "דוד"),
    ("Светлана пишет, что счёт не пришёл.", "Светлана"),
    ("Γιώργος λέει ότι η συσκευή δεν ανάβει.", "Γιώργος"),
    # a family name's shape: Georgian -შვილი / -ძე, Armenian -յան with a case ending, with the given name before
    ("გუშინ გიორგი კაპანაძე გავიცანი.", "გიორგი კაპანაძე"),
    ("Խոսեցի Անի Հակոբյանի հետ։", "Անի Հակոբյանի"),
    # a letter's closing on its own line, the signer below it
    ("با تشکر،\nمریم احمدی", "مریم احمدی"),
    ("धन्यवाद,\nराहुल वर्मा", "राहुल वर्मा"),
    ("პატივისცემით,\nნინო ბერიძე", "ნინო ბერიძე"),
    ("Με εκτίμηση,\nΓιώργος Παπαδόπουλος", "Γιώργος Παπαδόπουλος"),
    # an Arabic given name before "آل" (family of) or "بن" (son of)
    ("السلام عليكم، أنا ضياء آل مهدي من فرع الدمام.", "ضياء آل مهدي"),
    ("وصل سالم بن مبارك أمس إلى المكتب.", "سالم بن مبارك"),
    # the whole lineage, a stop word after "son of" included ("علي")
    ("المدير راني آل محمد بن علي بن جماز وصل.", "راني آل محمد بن علي بن جماز"),
    # two capitalised Greek words inside a clause that agree as a name (a man's -ος/-ης, a woman's -α and -ου)
    ("Αύριο ο τεχνικός Λεωνίδας Καραμανλάκης θα έρθει.", "Λεωνίδας Καραμανλάκης"),
    ("Χθες μίλησα με Ευανθία Σταματοπούλου για το τιμολόγιο.", "Ευανθία Σταματοπούλου"),
    # Korean and Japanese: a family name before a title
    ("박 부장님이 내일 연락하실 거예요.", "박"),
    ("田中部長が承認しました。", "田中"),
])
def test_a_name_framed_in_its_language_is_found(text, name):
    assert name in people(text)


@pytest.mark.parametrize("text", [
    "З повагою,\nСлужба підтримки клієнтів",  # a team signs
    "С уважением,\nотдел продаж",
    "С уважением,\nООО Ромашка",  # a company signs
    "مع خالص الشكر،\nفريق الدعم",
    "Врач сказал, что всё в порядке.",  # a noun the list ranks 9993rd, at a sentence's start
    "मैं बहुत खुश हूँ।",  # "I am very happy"
    "მე ვარ ექიმი და ვმუშაობ საავადმყოფოში.",  # "I am a doctor"
    "Все пишут, что приложение стало быстрее.",
    "ამბობენ, რომ ხვალ წვიმა იქნება.",
    "이 제품은 내일 도착합니다.",
    "Ζητείται Φωτογράφος - Τεχνικός Λήψης Φωτογραφίας - Έγχρωμη Φωτογραφία.",  # a job's title in title case
    "Πήγα στην Εθνική Τράπεζα χθες το πρωί.",
    "اشتريت قهوة بن برازيلي من السوق.",  # "بن": coffee beans
    "שלום, זה לא עובד כבר שבוע.",  # "this is not working"
    "مرحبا، معك خدمة العملاء، كيف نساعدك؟",  # customer service speaking
])
def test_the_same_frames_around_ordinary_words_find_no_one(text):
    assert people(text) == set()


@pytest.mark.parametrize("text,name", [
    # a label of a person inside a longer label, the value ended by a comma before the sentence goes on
    ("اسم المستلم: سلمى الحربي، الهاتف في الطلب.", "سلمى الحربي"),
    ("प्राप्तकर्ता का नाम: रघुवीर ठाकुर, फ़ोन नंबर ऑर्डर में है।", "रघुवीर ठाकुर"),
    ("Παραλήπτης: Γιώργος Παπαδόπουλος, το τηλέφωνο είναι στην παραγγελία.", "Γιώργος Παπαδόπουλος"),
    # a name alone on a line above the message
    ("مریم احمدی\nلطفا اشتراک ماهانه را لغو کنید.", "مریم احمدی"),
    ("Ольга Смирнова\nПрошу отменить подписку.", "Ольга Смирнова"),
    # a name found in part by one frame, widened over the name word beside it
    ("हैलो, मेरा नाम राहुल वर्मा है और मैं पुणे से हूँ।", "राहुल वर्मा"),
    ("ডাঃ রফিক ইসলাম রিপোর্টে স্বাক্ষর করেছেন।", "রফিক ইসলাম"),
])
def test_a_labelled_alone_or_partly_found_name_is_found_whole(text, name):
    assert name in read(text)


@pytest.mark.parametrize("text", [
    "اسم المنتج: شاحن سريع، اللون أسود.",  # a product's name
    "পণ্যের নাম: দ্রুত চার্জার, রং কালো।",
    "Заявка на возврат\nПрошу вернуть деньги за заказ.",  # a heading
    "خدمة العملاء\nنحن هنا لمساعدتك.",
])
def test_labels_and_lines_of_things_find_no_one(text):
    assert read(text) == set()
