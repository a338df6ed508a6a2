"""Towns in their own script beside a phrase of living, coming from, moving or being born (Khmer, Thai, Arabic,
Persian, Urdu, Bengali, Devanagari, Tamil, Hebrew, Georgian, Armenian), and the same phrases followed by ordinary
words (home, the office, the team, a flat), which stay: each both ways."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii.engine import Finding, whole_words
from governed_tuning.gates.pii.places import places
from governed_tuning.gates.pii.scriptplaces import script_places


def _places(text):
    return {text[f.start:f.end] for f in places(text) if f.entity == "LOCATION"}


@pytest.mark.parametrize("text, town", [
    ("ខ្ញុំរស់នៅសៀមរាប។", "សៀមរាប"),  # no space between the phrase, the town and the full stop
    ("ខ្ញុំមកពី ស្រុកពារាំង ជាមួយប្អូន។", "ស្រុកពារាំង"),
    ("ผมอาศัยอยู่ที่อุดรธานีครับ", "อุดรธานี"),
    ("ฉันมาจากสกลนครค่ะ", "สกลนคร"),
    ("أنا من طبرقة.", "طبرقة"),
    ("من اهل کاشمر هستم.", "کاشمر"),
    ("میں سرگودھا میں رہتا ہوں۔", "سرگودھا"),
    ("আমি কুষ্টিয়া থেকে এসেছি।", "কুষ্টিয়া"),
    ("मैं बरेली में रहता हूँ।", "बरेली"),
    ("म धनकुटा मा बस्छु।", "धनकुटा"),
    ("நான் கரூர் நகரில் வசிக்கிறேன்.", "கரூர்"),
    ("אני גר בקריית שמונה.", "קריית שמונה"),
    ("მე ზუგდიდიდან ვარ.", "ზუგდიდი"),
    ("Ես Գավառ-ից եմ։", "Գավառ"),
    ("ខ្ញុំរស់នៅក្នុងខេត្តតាកែវ។", "ខេត្តតាកែវ"),  # "live in": the preposition stays out of the town
    ("أنا عايش في طنطا دلوقتي.", "طنطا"),  # spoken Arabic, and "now" after the town
    ("I live in ភ្នំពេញ now.", "ភ្នំពេញ"),
    ("I'm from ზუგდიდი, originally.", "ზუგდიდი"),
])
def test_a_town_in_its_own_script_is_found(text, town):
    assert town in _places(text)


@pytest.mark.parametrize("text", [
    "ខ្ញុំរស់នៅទីនេះជាមួយគ្រួសារ។",  # here, with the family
    "ខ្ញុំមកពីក្រុមហ៊ុនដឹកជញ្ជូន។",  # from the delivery company
    "ผมอาศัยอยู่ที่นี่กับครอบครัวครับ",
    "أنا من فريق الدعم.",
    "أسكن في شقة صغيرة مع عائلتي.",
    "أنا عايش في البيت مع أهلي.",
    "من در خانه زندگی می‌کنم.",
    "میرا تعلق سپورٹ ٹیم سے ہے۔",
    "আমি অফিস থেকে এসেছি।",
    "मैं सपोर्ट टीम से हूँ।",
    "אני גר בבית עם המשפחה.",
    "עברנו לדירה חדשה בחודש שעבר.",
    "ვცხოვრობ სახლში ოჯახთან ერთად.",
    "მე მხარდაჭერის გუნდიდან ვარ.",
])
def test_the_same_phrases_before_an_ordinary_word_find_no_town(text):
    assert not [f for f in script_places(text)], text


def test_a_khmer_town_is_not_widened_over_its_sentence():
    """Khmer writes no spaces: a town found inside the run of letters keeps its own span (as Thai does)."""
    text = "ខ្ញុំរស់នៅសៀមរាប។"
    f = next(f for f in script_places(text))
    g = whole_words(text, Finding(f.start, f.end, "LOCATION", 0.6, "place_script"))
    assert text[g.start:g.end] == "សៀមរាប"
