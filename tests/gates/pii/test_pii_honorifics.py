"""People named by a courtesy title (``gates/pii/honorifics.py``) and by "I am" in the languages whose word for
it is also an ordinary one (``multilingual.CAP_INTRO``). Both ways: the name after (or before) a title is found
whatever the name list says, a name in a script of its own after an introduction is read whole, and the same
titles and introductions before ordinary words find nothing. Names written for these tests."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii.honorifics import PREPOSED, honorific_people, is_honorific
from governed_tuning.gates.pii.recognizers import _is_common


def titled(text: str) -> set[str]:
    return {text[f.start:f.end] for f in honorific_people(text, _is_common)}


@pytest.mark.parametrize("text,name", [
    ("Graag een update voor mevr. Quellhorst over de bestelling.", "Quellhorst"),
    ("dhr. J. Tuinstra belde gisteren.", "J. Tuinstra"),
    ("mevr. van den Hoogenband wacht op antwoord.", "van den Hoogenband"),
    ("dl. Vulpescu a sunat ieri.", "Vulpescu"),
    ("g. Sever je poklical včeraj.", "Sever"),  # a dictionary word ("north") after a title is the name
    ("La pratica del sig. Lah è in attesa.", "Lah"),
    ("sig.ra Tumminello ha chiamato.", "Tumminello"),
    ("Frau Dr. Oberhuber hat angerufen.", "Oberhuber"),
    ("Bi. Rajgarhia atakupigia simu kesho.", "Rajgarhia"),
    ("Bpk. Wiraatmadja sudah membayar.", "Wiraatmadja"),
    ("Mr សេង called about the invoice.", "សេង"),
    ("Mrs ဝင်း paid the bill.", "ဝင်း"),
    ("श्रीमती Suryavanshi ने कॉल किया।", "Suryavanshi"),
    ("Ozola kundze atsūtīja rēķinu.", "Ozola"),
    ("Tanaka-san will call back.", "Tanaka"),
    ("Kiran जी ने कॉल किया।", "Kiran"),
    ("Я говорил с господином Пантелеевым.", "Пантелеевым"),
])
def test_a_title_names_the_word_next_to_it(text, name):
    assert name in titled(text)


@pytest.mark.parametrize("text", [
    "e.g. Sever is a word.",  # an abbreviation's end, not the Slovene title
    "The 2 hr Delay was annoying.",  # a unit after a number
    "I miss Paris so much.",  # an English word, read only as written ("Miss")
    "eine Frau Mitte 40 rief an.",  # a weak title after an article is a noun
    "Mama Africa is a song.",  # a weak title before a dictionary word
    "Mr. And Mrs. The",  # function words
    "श्रीमती जी घर पर नहीं हैं।",  # a particle of respect, not a name
    "Notre Dame Cathedral is closed.",
    "Sr. Developer at Acme, remote.",  # an English word no country names people
    "Ordered size M. Delivery was fast.",  # a one-letter title is weak
    "Заведение дружно поезд реклама госпожа тута ставить.",  # a cased script wants a capital
    "Vidim ga. Potem grem domov.",  # a function word of the title's language ("ga": him; "potem": then)
])
def test_a_title_before_an_ordinary_word_names_no_one(text):
    assert titled(text) == set()


def test_the_vocabulary_covers_thirty_languages_and_knows_its_titles():
    assert len(PREPOSED) >= 30
    assert is_honorific("mevr.") and is_honorific("Sig.ra") and not is_honorific("Paris")


def test_the_gate_scrubs_titled_and_introduced_names_and_leaves_ordinary_sentences(gate):
    named = ["Graag een update voor mevr. Quellhorst over de bestelling.", "g. Sever je poklical včeraj.",
             "Labdien, esmu Lenora, rakstu par pasūtījumu.", "Halo, saya Barendra, pesanan saya belum sampai.",
             "Hello, my name is ជ័យលាស and I need help.", "我是澹台升竣，订单还没到。",
             "Cześć, tu Eglons D. w sprawie zamówienia."]
    plain = {"saya senang dengan layanan ini.": "senang", "esmu priecīgs par pakalpojumu.": "priecīgs",
             "I am happy with the service.": "happy", "श्रीमती जी घर पर नहीं हैं।": "जी"}
    out, _ = gate.scrub_records([{"t": t} for t in named + list(plain)])
    for rec, name in zip(out, ["Quellhorst", "Sever", "Lenora", "Barendra", "ជ័យលាស", "升竣", "Eglons"]):
        assert name not in rec["t"]
    for rec, word in zip(out[len(named):], plain.values()):
        assert word in rec["t"]  # the word after the cue stays


def _forms(text: str) -> set[str]:
    from governed_tuning.gates.pii.nameforms import name_forms

    return {text[f.start:f.end] for f in name_forms(text, _is_common)}


@pytest.mark.parametrize("text,name", [
    ("Bedankt!\nmazen el khatib", "mazen el khatib"),  # thanks alone on a line close a chat too
    ("Asante!\nwanja kasele", "wanja kasele"),
    ("Thanks,\njohn smith", "john smith"),  # a family name the list ranks, though an English word
    ("LEAL, Monroe requested a callback.", "LEAL, Monroe"),  # FAMILY, Given: an English word, a common family name
    ("MUGENZI, Grace sent the form.", "MUGENZI, Grace"),
])
def test_a_lower_case_signature_and_an_inverted_name_are_found(text, name):
    assert name in _forms(text)


@pytest.mark.parametrize("text", ["Danke!\nbis bald", "Thanks!\nsee you soon", "Paldies!\nuz tikšanos",
                                  "Mulțumesc!\no zi bună", "NOTE, Grace period ends today.",
                                  "WARNING, Rose garden closed.", "files (S3, HDFS, GCS, SFTP, Azure Blob Storage)"])
def test_a_farewell_or_a_label_keeps_its_words(text):
    assert _forms(text) == set()


def test_a_latin_name_inside_a_native_i_am_frame_is_found():
    from governed_tuning.gates.pii.nativeframes import frame_people

    text = "नमस्ते, मैं Kiran हूँ, मेरा ऑर्डर नहीं आया।"
    assert {text[f.start:f.end] for f in frame_people(text)} == {"Kiran"}
    plain = "मैं Google पर खोज रहा हूँ।"  # an English word, no name
    assert frame_people(plain) == []


def test_chat_hindi_in_latin_letters_names_the_speaker():
    from governed_tuning.gates.pii.multilingual import multilingual_people

    def people(t: str) -> set[str]:
        return {t[f.start:f.end] for f in multilingual_people(t, _is_common) if f.source == "person_context_ml_intro"}

    assert "rajesh chaudhary" in people("hi, main rajesh chaudhary bol raha hoon, refund nahi aaya.")
    assert "priya sharma" in people("Hello, mera naam priya sharma hai.")
    assert people("main bhi bol raha hoon") == set() and people("mera naam kya hai?") == set()


def test_a_rare_family_name_after_a_ranked_lower_case_given_name_closes_the_introduction():
    from governed_tuning.gates.pii.multilingual import multilingual_people

    t = "привет, это vyacheslav pesilnikov, перезвоните мне."
    assert "vyacheslav pesilnikov" in {t[f.start:f.end] for f in multilingual_people(t, _is_common)}
    t = "i'm anna, very happy with it."
    assert "very" not in " ".join(t[f.start:f.end] for f in multilingual_people(t, _is_common))


@pytest.mark.parametrize("text,name", [
    ("សួស្តី ខ្ញុំឈ្មោះ សុខា។ ការបញ្ជាទិញរបស់ខ្ញុំមិនទាន់មកដល់ទេ។", "សុខា"),
    ("ສະບາຍດີ ຂ້ອຍຊື່ ບຸນມີ. ສິນຄ້າຍັງບໍ່ມາຮອດ.", "ບຸນມີ"),
    ("မင်္ဂလာပါ ကျွန်တော့်နာမည် အောင်ကို ပါ။", "အောင်ကို"),
    ("ሰላም፣ ስሜ ዮሐንስ ነው።", "ዮሐንስ"),
    ("ආයුබෝවන්, මගේ නම නිමල්. මගේ ඇණවුම ආවේ නැහැ.", "නිමල්"),
    ("שלום, מדבר/ת ציפורה כהן. ההזמנה הגיעה שבורה.", "ציפורה כהן"),
])
def test_my_name_is_in_a_script_without_a_name_list_takes_the_run_after_it(text, name):
    from governed_tuning.gates.pii.nativeframes import frame_people

    assert {text[f.start:f.end] for f in frame_people(text)} == {name}


@pytest.mark.parametrize("text", ["היא מדברת על ההזמנה.", "מחירי הירקות עלו השבוע בגלל הגשמים.", "ឈ្មោះខ្ញុំមិនត្រឹមត្រូវនៅក្នុងវិក្កយបត្រ។",
                                  "ฉันชื่นชอบสินค้านี้มาก", "ስሜ በትክክል አልተጻፈም።"])
def test_the_same_cues_before_a_predicate_name_no_one(text):
    from governed_tuning.gates.pii.nativeframes import frame_people

    assert frame_people(text) == []


def test_a_relation_names_the_person_after_it_and_leaves_a_title_out():
    from governed_tuning.gates.pii.multilingual import multilingual_people

    def people(t: str) -> set[str]:
        return {t[f.start:f.end] for f in multilingual_people(t, _is_common)}

    assert "अनिल सक्सेना" in people("Bought it for my dad अनिल सक्सेना who lives in Pune.")
    assert "Pettigrew" in people("my landlord Mr Pettigrew never answers.")
    assert people("I bought it for my dad because he likes tea.") == set()
