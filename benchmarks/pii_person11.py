"""Names in Arabic script, Cyrillic and Han, in running text and in labelled fields (issue 11 part 4, person11).

    .venv/bin/python benchmarks/pii_person11.py [--half dev|held] [--per 6] [--seed 11] [--langs ar,fa,...] [--show]

Why: the blind set sealed9 leaks Arabic-script names (52%), Cyrillic and Han names (10% each) far more than Latin
ones, in running text and in a form's or a table's fields. This bank measures the same scripts and styles with
data the detector does not read:

- languages: Arabic, Persian, Urdu (Arabic script); Russian, Ukrainian, Serbian, Bulgarian, Kazakh (Cyrillic);
  Chinese (Han, simplified and traditional);
- styles: ``run`` (a full name in running text, glued to the text in Chinese), ``intro`` (after "my name is";
  lower case in Cyrillic), ``title``, ``decl`` (Cyrillic: the name declined after a preposition), ``nasab``
  (Arabic: "X بن Y", "عبد ..."), ``label`` (a form's "Name: X" line, the label in the same language), ``json``
  (a record's field under a name key in the language), ``csv`` (a CSV text with a header in the language);
- two halves that share no template and no source: ``dev`` names from Faker (ar_SA/ar_PS/ar_DZ, fa_IR, ru_RU,
  uk_UA, hr_HR written in Serbian Cyrillic, bg_BG, zh_CN/zh_TW; Urdu takes fa_IR and ar_PS names, Kazakh ru_RU
  ones), ``held`` names from mimesis 22.2.0 (ar-sa/ar-eg/ar-sy/ar-ma, fa, ru, uk, hr in Cyrillic, kk, zh; Urdu:
  fa and ar-jo; Bulgarian: ru). The gate reads neither (names-dataset, wordfreq, its own lists).

Leak: a word of the planted name (two letters or more; Han: the given name or the whole name) still in the copy.
Clean: sentences and records with the same labels, titles and frames and no person; content lost = units (a Han
character, else a word) removed. PERSON is a placeholder here (a surrogate could repeat a planted name). Figures
only are printed (``--show`` prints leaked texts: they hold generated names only). Nothing is written.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from collections import Counter

SCRIPT = {"ar": "arabic", "fa": "arabic", "ur": "arabic", "ru": "cyrillic", "uk": "cyrillic", "sr": "cyrillic",
          "bg": "cyrillic", "kk": "cyrillic", "zh": "han"}
DEV_SRC = {"ar": ["ar_SA", "ar_PS", "ar_DZ"], "fa": ["fa_IR"], "ur": ["fa_IR", "ar_PS"], "ru": ["ru_RU"],
           "uk": ["uk_UA"], "sr": ["hr_HR"], "bg": ["bg_BG"], "kk": ["ru_RU"], "zh": ["zh_CN", "zh_TW"]}
HELD_SRC = {"ar": ["ar-sa", "ar-eg", "ar-sy", "ar-ma"], "fa": ["fa"], "ur": ["fa", "ar-jo"], "ru": ["ru"],
            "uk": ["uk"], "sr": ["hr"], "bg": ["ru"], "kk": ["kk"], "zh": ["zh"]}
# {f} full name, {g} given, {l} family, {fl} full name in lower case, {d} the full name declined (Cyrillic);
# each style's list: the dev template(s) first half, the held one(s) second half
T: dict[str, dict[str, tuple[list[str], list[str]]]] = {
    "ar": {"run": (["تحدثت أمس مع {f} بخصوص الفاتورة المتأخرة.", "أرسل {f} الطلب مرة ثانية لأن الأول ضاع."],
                   ["وصلتني رسالة من {f} يسأل عن موعد التسليم.", "قال {f} إن الجهاز توقف عن العمل فجأة."]),
           "intro": (["مرحبا، اسمي {f} وعندي مشكلة في الحساب."], ["السلام عليكم، معكم {f}، أريد تغيير العنوان."]),
           "title": (["السيد {f} ينتظر الرد منذ أسبوع."], ["الدكتورة {f} طلبت نسخة من التقرير."]),
           "nasab": (["وقع العقد {g} بن {g2} {l} صباح اليوم."], ["حضر الاجتماع {g} بن {g2} وزميله."]),
           "label": (["الاسم: {f}\nالحالة: قيد المعالجة"], ["اسم العميل: {f}\nنوع الطلب: استرجاع"]),
           "json": (["الاسم الكامل"], ["اسم المستخدم"]),
           "csv": (["الاسم,المدينة,الطلب"], ["اسم العميل;رقم الطلب;الحالة"])},
    "fa": {"run": (["دیروز با {f} درباره قرارداد صحبت کردم.", "سفارش را {f} دوباره ارسال کرد."],
                   ["پیامی از {f} رسید که سفارش گم شده است.", "همکارم {f} گفت دستگاه خراب شده."]),
           "intro": (["سلام، من {f} هستم و سفارشم نرسیده."], ["وقت بخیر، اسم من {f} است."]),
           "title": (["آقای {f} منتظر پاسخ است."], ["خانم {f} فاکتور را تایید کرد."]),
           "label": (["نام: {f}\nوضعیت: در حال بررسی"], ["نام و نام خانوادگی: {f}\nنوع درخواست: بازپرداخت"]),
           "json": (["نام کامل"], ["نام مشتری"]),
           "csv": (["نام,شهر,سفارش"], ["نام مشتری;شماره سفارش;وضعیت"])},
    "ur": {"run": (["کل میں نے {f} سے بل کے بارے میں بات کی۔", "آرڈر {f} نے دوبارہ بھیجا ہے۔"],
                   ["آج صبح {f} کا پیغام آیا کہ پارسل نہیں ملا۔", "میرے ساتھی {f} کہتے ہیں کہ مشین خراب ہے۔"]),
           "intro": (["السلام علیکم، میرا نام {f} ہے اور میرا آرڈر نہیں آیا۔"], ["جی میں {f} بول رہا ہوں۔"]),
           "title": (["جناب {f} جواب کا انتظار کر رہے ہیں۔"], ["محترمہ {f} نے رسید منظور کر لی۔"]),
           "label": (["نام: {f}\nحالت: زیر غور"], ["صارف کا نام: {f}\nدرخواست: رقم کی واپسی"]),
           "json": (["پورا نام"], ["صارف کا نام"]),
           "csv": (["نام,شہر,آرڈر"], ["صارف کا نام;آرڈر نمبر;حالت"])},
    "ru": {"run": (["Вчера я говорил с {f} по поводу счёта.", "Заявку повторно отправил {f}, первая потерялась."],
                   ["Пришло письмо от коллеги, {f} спрашивает про доставку.", "Как сообщил {f}, прибор сломался."]),
           "intro": (["здравствуйте, меня зовут {fl}, у меня проблема с оплатой"], ["добрый день, это {fl}, пишу насчёт заказа"]),
           "title": (["Господин {f} ждёт ответа уже неделю."], ["Уважаемая {f}, ваш заказ готов."]),
           "decl": (["Договор подписан с {d} в понедельник."], ["Передайте документы {d} до пятницы."]),
           "label": (["ФИО: {f}\nСтатус: в обработке"], ["Имя клиента: {f}\nТип заявки: возврат"]),
           "json": (["ФИО"], ["имя клиента"]),
           "csv": (["ФИО,Город,Заказ"], ["Имя;Номер заказа;Статус"])},
    "uk": {"run": (["Учора я розмовляв з колегою, {f} обіцяв повернути гроші.", "Заявку вдруге надіслав {f}."],
                   ["Прийшов лист, {f} питає про доставку.", "Як повідомив {f}, прилад зламався."]),
           "intro": (["добрий день, мене звати {fl}, маю питання"], ["привіт, це {fl}, пишу щодо замовлення"]),
           "title": (["Пан {f} чекає на відповідь."], ["Шановна пані {f}, ваше замовлення готове."]),
           "decl": (["Договір підписано з {d} у понеділок."], ["Передайте документи {d} до п'ятниці."]),
           "label": (["ПІБ: {f}\nСтатус: в обробці"], ["Ім'я клієнта: {f}\nТип заявки: повернення"]),
           "json": (["ПІБ"], ["ім'я клієнта"]),
           "csv": (["ПІБ,Місто,Замовлення"], ["Ім'я;Номер замовлення;Статус"])},
    "sr": {"run": (["Јуче сам разговарао са колегом, {f} је обећао повраћај.", "Захтев је поново послао {f}."],
                   ["Стигла је порука, {f} пита за испоруку.", "Како је јавио {f}, уређај не ради."]),
           "intro": (["добар дан, зовем се {fl} и имам проблем"], ["здраво, овде {fl}, пишем због поруџбине"]),
           "title": (["Господин {f} чека одговор."], ["Поштована госпођа {f}, поруџбина је спремна."]),
           "decl": (["Уговор је потписан са {d} у понедељак."], ["Пошаљите документа {d} до петка."]),
           "label": (["Име и презиме: {f}\nСтатус: у обради"], ["Име купца: {f}\nВрста захтева: повраћај"]),
           "json": (["име и презиме"], ["име купца"]),
           "csv": (["Име и презиме,Град,Поруџбина"], ["Име;Број поруџбине;Статус"])},
    "bg": {"run": (["Вчера говорих с колега, {f} обеща да върне парите.", "Заявката отново изпрати {f}."],
                   ["Дойде писмо, {f} пита за доставката.", "Както съобщи {f}, уредът не работи."]),
           "intro": (["здравейте, казвам се {fl} и имам въпрос"], ["здрасти, тук е {fl}, пиша за поръчката"]),
           "title": (["Господин {f} чака отговор."], ["Уважаема госпожо {f}, поръчката е готова."]),
           "decl": (["Договорът е подписан с {d} в понеделник."], ["Изпратете документите на {d} до петък."]),
           "label": (["Име: {f}\nСтатус: в обработка"], ["Име на клиента: {f}\nВид заявка: връщане"]),
           "json": (["име и фамилия"], ["име на клиента"]),
           "csv": (["Име,Град,Поръчка"], ["Име на клиента;Номер;Статус"])},
    "kk": {"run": (["Кеше әріптесіммен сөйлестім, {f} ақшаны қайтаруға уәде берді.", "Өтінішті қайта жіберген {f}."],
                   ["Хат келді, {f} жеткізу туралы сұрайды.", "{f} айтуынша, құрылғы бұзылған."]),
           "intro": (["сәлеметсіз бе, менің атым {fl}, сұрағым бар"], ["сәлем, бұл {fl}, тапсырыс туралы жазып отырмын"]),
           "title": (["Құрметті {f} мырза, жауап дайын."], ["Құрметті {f} ханым, тапсырыс дайын."]),
           "label": (["Аты-жөні: {f}\nМәртебесі: өңделуде"], ["Клиенттің аты: {f}\nӨтініш түрі: қайтару"]),
           "json": (["аты-жөні"], ["клиенттің аты"]),
           "csv": (["Аты-жөні,Қала,Тапсырыс"], ["Аты;Тапсырыс нөмірі;Мәртебесі"])},
    "zh": {"run": (["昨天我和{f}谈了发票的问题。", "订单是{f}重新提交的，第一次丢了。"],
                   ["今天收到{f}的消息说包裹没到。", "据{f}说机器突然坏了。"]),
           "intro": (["你好，我叫{f}，我的账户有问题。"], ["您好，我是{f}，想改一下地址。"]),
           "title": (["{l}经理一直在等回复。"], ["{l}女士已经确认了发票。"]),
           "label": (["姓名：{f}\n状态：处理中"], ["客户姓名：{f}\n类型：退款"]),
           "json": (["姓名"], ["客户姓名"]),
           "csv": (["姓名,城市,订单"], ["客户姓名;订单号;状态"])},
}
# values beside the name in a record or a CSV row: no person in them
OTHER = {"arabic": ["قيد المعالجة", "تم الشحن", "مغلق"], "cyrillic": ["в обработке", "отправлен", "закрыт"],
         "han": ["处理中", "已发货", "已关闭"]}
CLEAN: dict[str, tuple[list[str], list[str]]] = {
    "ar": (["الحالة: تم الشحن\nالطلب: استرجاع", "مرحبا، اسمي مكتوب خطأ في الفاتورة.", "السيد المدير غير موجود اليوم."],
           ["اسم العميل: غير مذكور\nنوع الطلب: استبدال", "قال الموظف إن الجهاز يعمل الآن.", "وصلتني رسالة بخصوص التسليم."]),
    "fa": (["وضعیت: ارسال شد\nنوع درخواست: تعویض", "سلام، من مشتری قدیمی هستم.", "آقای مدیر امروز نیست."],
           ["نام: ثبت نشده\nوضعیت: بسته", "همکارم گفت دستگاه درست شده.", "پیامی درباره ارسال رسید."]),
    "ur": (["حالت: بھیج دیا گیا\nدرخواست: تبدیلی", "السلام علیکم، میرا آرڈر نہیں آیا۔", "جناب منیجر آج نہیں ہیں۔"],
           ["نام: درج نہیں\nحالت: بند", "میرے ساتھی کہتے ہیں کہ مشین ٹھیک ہے۔", "آج صبح پارسل کا پیغام آیا۔"]),
    "ru": (["Статус: отправлен\nТип заявки: обмен", "здравствуйте, меня зовут к телефону, перезвоню", "Господин директор сегодня в отпуске."],
           ["Имя клиента: не указано\nСтатус: закрыт", "Как сообщил мастер, прибор исправен.", "Передайте документы бухгалтеру до пятницы."]),
    "uk": (["Статус: надіслано\nТип заявки: обмін", "добрий день, маю питання щодо оплати", "Пан директор сьогодні у відпустці."],
           ["Ім'я клієнта: не вказано\nСтатус: закрито", "Як повідомив майстер, прилад справний.", "Передайте документи бухгалтеру до п'ятниці."]),
    "sr": (["Статус: послато\nВрста захтева: замена", "добар дан, имам проблем са плаћањем", "Господин директор је данас на одмору."],
           ["Име купца: није наведено\nСтатус: затворено", "Како је јавио мајстор, уређај ради.", "Пошаљите документа рачуновођи до петка."]),
    "bg": (["Статус: изпратена\nВид заявка: замяна", "здравейте, имам въпрос за плащането", "Господин директорът днес е в отпуск."],
           ["Име на клиента: не е посочено\nСтатус: затворена", "Както съобщи техникът, уредът работи.", "Изпратете документите на счетоводителя до петък."]),
    "kk": (["Мәртебесі: жіберілді\nӨтініш түрі: ауыстыру", "сәлеметсіз бе, төлем туралы сұрағым бар", "Директор бүгін демалыста."],
           ["Клиенттің аты: көрсетілмеген\nМәртебесі: жабық", "Шебердің айтуынша, құрылғы жұмыс істейді.", "Құжаттарды жұма күнге дейін жіберіңіз."]),
    "zh": (["状态：已发货\n类型：换货", "你好，我叫的外卖还没到。", "经理今天不在办公室。"],
           ["客户姓名：未填写\n状态：已关闭", "据师傅说机器已经修好了。", "今天收到包裹延迟的消息。"]),
}
CLEAN_JSON = {"ar": {"الحالة": "تم الشحن", "ملاحظة": "العميل يريد الاستبدال"},
              "fa": {"وضعیت": "ارسال شد", "یادداشت": "مشتری تعویض می‌خواهد"},
              "ur": {"حالت": "بھیج دیا گیا", "نوٹ": "صارف تبدیلی چاہتا ہے"},
              "ru": {"статус": "отправлен", "комментарий": "клиент хочет обмен"},
              "uk": {"статус": "надіслано", "коментар": "клієнт хоче обмін"},
              "sr": {"статус": "послато", "напомена": "купац жели замену"},
              "bg": {"статус": "изпратена", "бележка": "клиентът иска замяна"},
              "kk": {"мәртебесі": "жіберілді", "ескерту": "клиент ауыстыруды қалайды"},
              "zh": {"状态": "已发货", "备注": "客户要求换货"}}
NOSPACE = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
UNIT = re.compile(rf"[{NOSPACE}]|(?:(?![{NOSPACE}])[^\W\d_])+")
LAT2CYR = [("lj", "љ"), ("nj", "њ"), ("dž", "џ"), ("Lj", "Љ"), ("Nj", "Њ"), ("Dž", "Џ")] + list(zip(
    "abcčćdđefghijklmnoprsštuvzžABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽ",
    "абцчћдђефгхијклмнопрсштувзжАБЦЧЋДЂЕФГХИЈКЛМНОПРСШТУВЗЖ"))


def to_cyrillic(s: str) -> str:
    for a, b in LAT2CYR:
        s = s.replace(a, b)
    return s


def _ending(word: str, male: bool, case: str) -> str:
    """A Cyrillic name in the instrumental (``ins``, dev) or dative (``dat``, held) case, by the commonest endings;
    a word with no rule (Ukrainian "-енко" of a woman, foreign names) is left as written (so it still leaks as
    written)."""
    ins = case == "ins"
    rules = [("ский", "ским", "скому"), ("цкий", "цким", "цкому"), ("ская", "ской", "ской"), ("цкая", "цкой", "цкой"),
             ("ова", "овой", "овой"), ("ева", "евой", "евой"), ("ина", "иной", "иной"), ("вна", "вной", "вне"),
             ("ич", "ичем", "ичу"), ("ов", "овым", "ову"), ("ев", "евым", "еву"), ("ин", "иным", "ину"),
             ("ий", "ием", "ию"), ("ей", "еем", "ею"), ("ай", "аем", "аю"), ("ь", "ем" if male else "ью", "ю" if male else "и"),
             ("ия", "ией", "ии"), ("я", "ей", "е"), ("жа", "жей", "же"), ("ша", "шей", "ше"), ("ца", "цей", "це"),
             ("а", "ой", "е"), ("енко", "енком" if male else "енко", "енку" if male else "енко"),
             ("о", "ом" if male else "о", "у" if male else "о")]
    for end, i, d in rules:
        if word.endswith(end):
            if end in ("ов", "ев", "ин") and not male:
                return word
            return word[: len(word) - len(end)] + (i if ins else d)
    if word[-1:].isalpha() and male:
        return word + ("ом" if ins else "у")
    return word


def _faker_person(loc: str, seed: int, male: bool) -> dict:
    from faker import Faker

    f = Faker(loc)
    f.seed_instance(seed)
    g = (f.first_name_male if male else f.first_name_female)() if hasattr(f, "first_name_male") else f.first_name()
    g2 = f.first_name_male() if hasattr(f, "first_name_male") else f.first_name()
    lf = getattr(f, "last_name_male" if male else "last_name_female", f.last_name)
    mid = getattr(f, "middle_name_male" if male else "middle_name_female", None)
    return {"g": g, "g2": g2, "l": lf(), "m": mid() if mid and loc == "ru_RU" and seed % 2 else ""}


def _mimesis_person(loc: str, seed: int, male: bool) -> dict:
    from mimesis import Locale, Person
    from mimesis.enums import Gender

    p = Person(Locale(loc), seed=seed)
    gender = Gender.MALE if male else Gender.FEMALE
    return {"g": p.first_name(gender=gender), "g2": p.first_name(gender=Gender.MALE),
            "l": p.last_name(gender=gender), "m": ""}


def person(lang: str, half: str, k: int, seed: int) -> dict:
    srcs = DEV_SRC[lang] if half == "dev" else HELD_SRC[lang]
    loc = srcs[k % len(srcs)]
    male = k % 2 == 0
    s = seed * 100_000 + k * 7 + sum(map(ord, lang))
    p = _faker_person(loc, s, male) if half == "dev" else _mimesis_person(loc, s, male)
    if lang == "sr":
        p = {key: to_cyrillic(v) for key, v in p.items()}
    if lang == "zh":
        full = p["l"] + p["g"]
    elif lang == "ru" and p["m"]:
        full = f"{p['g']} {p['m']} {p['l']}" if k % 4 < 2 else f"{p['l']} {p['g']} {p['m']}"
    else:
        full = f"{p['g']} {p['l']}"
    case = "ins" if half == "dev" else "dat"
    decl = " ".join(_ending(w, male, case) for w in full.split())
    return {**p, "f": full, "fl": full.lower(), "d": decl, "male": male}


def _words(p: dict, style: str) -> list[str]:
    """The planted words to look for in the copy."""
    if style == "nasab":
        return [p["g"], p["g2"]] + ([p["l"]] if "{l}" in p["tpl"] else [])
    key = {"intro": "fl", "decl": "d"}.get(style, "f") if SCRIPT[p["lang"]] == "cyrillic" else "f"
    if style == "title" and p["lang"] == "zh":
        key = "l"
    return [p[key]]


def make(half: str, per: int, seed: int, langs: list[str]) -> tuple[list[dict], list[dict]]:
    """(planted records, clean records); each planted record: its record, language, style, names planted."""
    side = 0 if half == "dev" else 1
    planted, clean = [], []
    k = 0
    for lang in langs:
        sc = SCRIPT[lang]
        for style, pair in T[lang].items():
            for ti, tpl in enumerate(pair[side]):
                for _ in range(per):
                    k += 1
                    p = person(lang, half, k, seed)
                    if style == "json":
                        rec = {tpl: p["f"], "note" if side else "status": OTHER[sc][k % 3]}
                        planted.append({"rec": rec, "lang": lang, "style": style, "names": [p["f"]]})
                    elif style == "csv":
                        sep = ";" if ";" in tpl else ","
                        rows, names = [tpl], []
                        for r in range(3):
                            q = person(lang, half, k * 10 + r, seed)
                            names.append(q["f"])
                            cells = [q["f"], str(1000 + k + r), OTHER[sc][r]]
                            rows.append(sep.join(cells))
                        planted.append({"rec": {"t": "\n".join(rows) + "\n"}, "lang": lang, "style": style,
                                        "names": names})
                    else:
                        p.update(lang=lang, tpl=tpl)
                        text = tpl.format(**{x: p[x] for x in ("f", "g", "g2", "l", "fl", "d")})
                        planted.append({"rec": {"t": text}, "lang": lang, "style": style, "names": _words(p, style)})
        for s in CLEAN[lang][side]:
            clean.append({"rec": {"t": s}, "lang": lang})
        clean.append({"rec": dict(CLEAN_JSON[lang]), "lang": lang})
    return planted, clean


def leaked(lang: str, name: str, out: str) -> bool:
    if SCRIPT[lang] == "han":
        return name in out or (len(name) >= 3 and name[1:] in out)  # the whole name or the given name after a 1-char family
    flat = out.lower() if name.islower() else out
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", flat) for w in name.split() if len(w) >= 2
               and w not in ("بن", "آل", "ال", "بنت", "عبد"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", default="dev", choices=("dev", "held"))
    ap.add_argument("--per", type=int, default=6, help="names per template")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--langs", default=",".join(T))
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "person11-benchmark-key-000000001")
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    langs = args.langs.split(",")
    planted, clean = make(args.half, args.per, args.seed, langs)
    pii = load_policy("default").policy.pii
    person_cfg = pii.entities["PERSON"].model_copy(update={"action": "placeholder"})
    gate = PiiGate(pii.model_copy(update={"entities": {**pii.entities, "PERSON": person_cfg}}))
    outs, _ = gate.scrub_records([r["rec"] for r in planted])
    couts, _ = gate.scrub_records([r["rec"] for r in clean])
    total, leak = Counter(), Counter()
    for r, o in zip(planted, outs):
        text = json.dumps(o, ensure_ascii=False)
        for n in r["names"]:
            for key in (r["lang"], SCRIPT[r["lang"]], (SCRIPT[r["lang"]], r["style"]), "all"):
                total[key] += 1
            if leaked(r["lang"], n, text):
                for key in (r["lang"], SCRIPT[r["lang"]], (SCRIPT[r["lang"]], r["style"]), "all"):
                    leak[key] += 1
                if args.show:
                    print("LEAK", r["lang"], r["style"], text)
    units, lost, changed = Counter(), Counter(), Counter()
    for r, o in zip(clean, couts):
        a = Counter(UNIT.findall(json.dumps(r["rec"], ensure_ascii=False)))
        b = Counter(UNIT.findall(json.dumps(o, ensure_ascii=False)))
        for key in (r["lang"], SCRIPT[r["lang"]], "all"):
            units[key] += sum(a.values())
            lost[key] += sum((a - b).values())
            changed[key] += o != r["rec"]
        if args.show and o != r["rec"]:
            print("CLEAN", r["lang"], json.dumps(r["rec"], ensure_ascii=False), "->", json.dumps(o, ensure_ascii=False))

    def pct(a: int, b: int) -> str:
        return f"{100 * a / max(b, 1):5.1f}%"

    print(f"half={args.half} seed={args.seed} per={args.per} planted={len(planted)} clean={len(clean)}")
    print(f"{'':12} {'names':>5} {'leaked':>7} {'lost':>7} {'changed':>7}")
    for key in [*langs, "arabic", "cyrillic", "han", "all"]:
        if total[key] or units[key]:
            print(f"{key:12} {total[key]:5} {pct(leak[key], total[key])} {pct(lost[key], units[key])} {changed[key]:7}")
    print("by style (leaked):")
    for sc in ("arabic", "cyrillic", "han"):
        cells = [f"{st} {leak[(sc, st)]}/{total[(sc, st)]}" for st in
                 ("run", "intro", "title", "decl", "nasab", "label", "json", "csv") if total[(sc, st)]]
        if cells:
            print(f"  {sc:9} " + ", ".join(cells))


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    main()
