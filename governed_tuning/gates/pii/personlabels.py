"""Labels and headers that name a person in Arabic script, Cyrillic and Han: "the name of the customer" as forms
write it in each language, not only the bare word "name".

Why: the label vocabularies of the detector (``multilingual.NAME_HEADER`` for a CSV's header and a "Name:" line,
``scriptlines.PERSON_LABELS`` for a form's line, ``rescan_independent.LABELS`` for a JSON key or a table's header)
listed the bare words ("الاسم", "имя", "姓名") and a few compounds, so a CSV under "Име и презиме", "姓名" or
"Аты-жөні", a JSON key "پورا نام" or a line "Имя клиента: ..." gave its values no context, and a name in a field
was left whenever its words were rare (the blind set sealed9 left 21 of 470 names in fields). Forms build these
labels from two parts in a fixed grammar: a word for "name" (given, family, full, "name and surname") and,
optionally, whose name it is (a customer's, a patient's, a recipient's), joined as the language joins a
possessive: Arabic and Persian put the owner after ("اسم العميل", "نام مشتری"), Urdu before with "کا" ("صارف کا
نام"), Russian, Ukrainian and Serbian after in the genitive ("имя клиента", "име купца"), Bulgarian after "на"
("име на клиента"), Kazakh before in the genitive ("клиенттің аты"), Chinese before with nothing between
("客户姓名"). ``PERSON_LABEL`` is that grammar as one pattern fragment (no groups, matched case-insensitively by
its users), shared by the three vocabularies so that one list of words is kept.
"""

from __future__ import annotations

__all__ = ["PERSON_LABEL", "no_value"]

import re

_SP = r"[ \t]+"
# whose name: the person a record is about, by role (genitive forms where the language declines)
_AR_ROLE = (r"(?:ال)?(?:عميل|عميلة|زبون|زبونة|مريض|مريضة|موظف|موظفة|مستخدم|مشترك|مستلم|مرسل|طالب|طالبة|مسافر|"
            r"ضيف|متصل|كفيل|مستفيد|مالك|صاحب[ \t]+الحساب|مقدم[ \t]+الطلب|الأب|الأم|الزوج|الزوجة)")
_FA_ROLE = r"(?:مشتری|کاربر|بیمار|کارمند|گیرنده|فرستنده|مسافر|متقاضی|خریدار|دانشجو|پدر|مادر|همسر)"
_UR_ROLE = r"(?:صارف|گاہک|مریض|ملازم|وصول[ \t]+کنندہ|بھیجنے[ \t]+والے|درخواست[ \t]+گزار|خریدار|طالب[ \t]+علم|والد|والدہ)"
_RU_ROLE = (r"(?:клиента|покупателя|пациента|пациентки|сотрудника|работника|получателя|отправителя|пользователя|"
            r"заявителя|владельца|абонента|пассажира|студента|контактного[ \t]+лица|заказчика|плательщика)")
_UK_ROLE = (r"(?:клієнта|покупця|пацієнта|працівника|співробітника|одержувача|отримувача|відправника|користувача|"
            r"заявника|власника|абонента|пасажира|студента|замовника|платника)")
_SR_ROLE = (r"(?:купца|клијента|пацијента|запосленог|радника|примаоца|пошиљаоца|корисника|подносиоца|власника|"
            r"путника|студента|наручиоца|уплатиоца)")
_BG_ROLE = (r"(?:клиента|купувача|пациента|служителя|работника|получателя|подателя|потребителя|заявителя|"
            r"собственика|пътника|студента|възложителя|платеца)")
_KK_ROLE = (r"(?:клиенттің|тұтынушының|сатып[ \t]+алушының|пациенттің|науқастың|қызметкердің|алушының|"
            r"жіберушінің|пайдаланушының|өтініш[ \t]+берушінің|иесінің|жолаушының|студенттің)")
_ZH_ROLE = (r"(?:客户|客戶|顾客|顧客|患者|病人|员工|員工|职员|職員|收件人|寄件人|收货人|收貨人|联系人|聯絡人|用户|用戶|"
            r"申请人|申請人|持卡人|乘客|学生|學生|会员|會員|买家|買家|家长|家長)")

_NAME = {
    "ar": r"(?:ال)?اسم(?:[ \t]+(?:ال)?(?:كامل|ثلاثي|رباعي|أول|اول|أخير))?|الاسم[ \t]+بالكامل|اسم[ \t]+العائلة|اللقب",
    "fa": r"نام(?:[ \t]+و[ \t]+نام[ \t]+خانوادگی|[ \t]+کامل|[ \t]+خانوادگی)?",
    "ur": r"(?:پورا[ \t]+)?نام|نام[ \t]+و[ \t]+ولدیت",
    "ru": r"(?:полное[ \t]+)?имя|фамилия|фио|ф\.[ \t]?и\.[ \t]?о\.?|фамилия[ \t]*,?[ \t]*имя(?:[ \t]*,?[ \t]*отчество)?|"
          r"имя[ \t]+и[ \t]+фамилия|фамилия[ \t]+и[ \t]+имя",
    "uk": r"(?:повне[ \t]+)?ім['’]я|прізвище|піб|п\.[ \t]?і\.[ \t]?б\.?|прізвище[ \t]+(?:та|і)[ \t]+ім['’]я|"
          r"ім['’]я[ \t]+(?:та|і)[ \t]+прізвище",
    "sr": r"име|презиме|име[ \t]+и[ \t]+презиме|презиме[ \t]+и[ \t]+име|пуно[ \t]+име",
    "bg": r"име|фамилия|име[ \t]+и[ \t]+фамилия|трите[ \t]+имена|пълно[ \t]+име",
    "kk": r"аты-жөні|аты[ \t]+жөні|аты|тегі|толық[ \t]+аты|есімі",
    "zh": r"姓名|名字|全名",
}

PERSON_LABEL = "|".join([
    # Arabic: "الاسم الكامل", "اسم العميل", "اسم المريض الكامل"
    rf"(?:{_NAME['ar']})(?:{_SP}{_AR_ROLE}(?:{_SP}(?:ال)?كامل)?)?",
    # Persian: "نام مشتری", "نام و نام خانوادگی بیمار"
    rf"(?:{_NAME['fa']})(?:{_SP}{_FA_ROLE})?",
    # Urdu: "صارف کا نام", "پورا نام"
    rf"(?:{_UR_ROLE}{_SP}کا{_SP})?(?:{_NAME['ur']})",
    # Russian, Ukrainian, Serbian: the owner after, in the genitive
    rf"(?:{_NAME['ru']})(?:{_SP}{_RU_ROLE})?",
    rf"(?:{_NAME['uk']})(?:{_SP}{_UK_ROLE})?",
    rf"(?:{_NAME['sr']})(?:{_SP}{_SR_ROLE})?",
    # Bulgarian: "име на клиента"
    rf"(?:{_NAME['bg']})(?:{_SP}на{_SP}{_BG_ROLE})?",
    # Kazakh: "клиенттің аты"
    rf"(?:{_KK_ROLE}{_SP})?(?:{_NAME['kk']})",
    # Chinese: "客户姓名", "收件人姓名"
    rf"{_ZH_ROLE}?(?:{_NAME['zh']})",
])

# what a form writes where a field was left empty ("Имя клиента: не указано", "اسم العميل: غير مذكور", "姓名：未填写"):
# no name, though it stands where one would (with the label vocabulary above more such lines are read)
NO_VALUE = re.compile(
    r"(?i)[ \t]*(?:غير[ \t]+(?:مذكور|محدد|معروف|متوفر)|لا[ \t]+يوجد|ثبت[ \t]+نشده|نامشخص|نامعلوم|ندارد|"
    r"درج[ \t]+نہیں|معلوم[ \t]+نہیں|"
    r"не[ \t]+(?:указано|указан|указана|заполнено|вказано|вказаний|заповнено|е[ \t]+посочено|е[ \t]+посочен)|"
    r"неизвестно|невідомо|нет|немає|отсутствует|није[ \t]+наведено|није[ \t]+наведен|непознато|нема|няма|"
    r"неизвестен|көрсетілмеген|белгісіз|жоқ|"
    r"未填写|未填|未知|不详|暂无|无|未提供|n/?a|none|unknown|-+|—)[ \t.。]*")


def no_value(value: str) -> bool:
    """Whether a field's value says the field is empty ("не указано", "غير مذكور", "未填写")."""
    return NO_VALUE.fullmatch(value) is not None
