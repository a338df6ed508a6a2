"""Names from many cultures written in their own script, in the shapes users write them (issue 11 part 4,
names6): a dev half tuned on and a held-out half measured once at the start and once at the end.

    .venv/bin/python benchmarks/pii_native_names6.py [--half dev|held|both] [--langs ar,fa,...] [--per-template 4]
                                                     [--seed 61] [--show]

Why another bank: ``pii_native_names.py`` (names5) covers Hebrew, Arabic, Devanagari (Hindi), Thai and CJK in
mid-sentence shapes only. Users also write Persian, Bengali, Nepali, Korean, Russian, Ukrainian, Greek,
Georgian and Armenian names, and in more shapes: a chat opening ("hi, it's ..."), "my name is", a third person
mid-sentence, an e-mail's sign-off line, a form's line, a name alone on a line above a message, family name
first, a title before a family name, a given name alone. Each language has ten sentences of our own (written
for this set, not taken from any generator): the even ones are the dev half, the odd ones the held-out half, in
pairs of the same shape (0/1 a chat opening, 2/3 mid-sentence, 4/5 sign-off or alone on a line, 6/7 a title or
family name first, 8/9 a given name alone or a form line), so both halves cover every shape with different
words. Names come from Faker's locales (a source the detector does not read: it reads names-dataset,
PyThaiNLP, the census lists in cjk.py), with the name's gender where the locale has one. Clean sentences (four
per language per half, no person in them) measure what the readers take that they should not.

Leak: a name part of two characters or more (CJK and Korean: the given name or the whole name) still in the
copy. Content lost: units (a CJK or Hangul character, else a word) of the clean sentences missing from the copy.
PERSON is a placeholder here (a surrogate drawn from a list may repeat a planted name and read as a leak).
Nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import os
import random
import re
from collections import Counter

LOCALES = {"ar": ["ar_SA", "ar_PS"], "fa": ["fa_IR"], "he": ["he_IL"], "hi": ["hi_IN"], "bn": ["bn_BD"],
           "ne": ["ne_NP"], "ko": ["ko_KR"], "ja": ["ja_JP"], "zh": ["zh_CN", "zh_TW"], "ru": ["ru_RU"],
           "uk": ["uk_UA"], "el": ["el_GR"], "ka": ["ka_GE"], "hy": ["hy_AM"]}
# {f}: full name in the language's usual order, {g}: given name, {l}: family name, {r}: family name first
TEMPLATES = {
    "ar": ["مرحبا، معك {f} وما زال طلبي لم يصل.", "السلام عليكم، أنا {f} من فرع جدة.",
           "أمس راجعت الفاتورة مع {f} ووجدنا خطأ في المبلغ.", "سيقوم {f} بزيارتكم صباح الغد لفحص الجهاز.",
           "مع خالص الشكر،\n{f}", "{f}\nأريد إلغاء الاشتراك الشهري من فضلكم.",
           "الأستاذ {l} سيراجع الطلب اليوم.", "الدكتورة {f} طلبت نسخة من التقرير.",
           "{g} يقول إن الشاشة لا تعمل منذ يومين.", "اسم المستلم: {f}، الهاتف مرفق في الطلب."],
    "fa": ["سلام، {f} هستم و سفارشم هنوز نرسیده.", "وقت بخیر، من {f} از واحد فروش هستم.",
           "دیروز با {f} درباره فاکتور صحبت کردم.", "فردا {f} برای نصب دستگاه می‌آید.",
           "با سپاس،\n{f}", "{f}\nلطفا اشتراک ماهانه من را لغو کنید.",
           "آقای {l} درخواست بازپرداخت داده است.", "خانم دکتر {l} گزارش را تایید کرد.",
           "{g} می‌گوید صفحه نمایش از دیروز خاموش است.", "نام گیرنده: {f}، شماره تماس در سفارش ثبت شده."],
    "he": ["היי, זה {f}, ההזמנה שלי עדיין לא הגיעה.", "שלום רב, מדבר {f} מהסניף בחיפה.",
           "דיברתי אתמול עם {f} והוא אישר את ההחזר.", "מחר {f} יגיע להתקין את המזגן.",
           "בברכה,\n{f}", "{f}\nאני רוצה לבטל את המנוי החודשי.",
           "מר {l} ביקש לדחות את הפגישה.", "ד\"ר {f} חתמה על האישור הרפואי.",
           "{g} אומר שהמסך לא עובד כבר יומיים.", "שם המקבל: {f}, הטלפון מופיע בהזמנה."],
    "hi": ["नमस्ते, मैं {f} बोल रहा हूँ, मेरा ऑर्डर अभी तक नहीं आया।", "हैलो, मेरा नाम {f} है और मैं दिल्ली से हूँ।",
           "कल मैंने बिल के बारे में {f} से बात की थी।", "आज शाम {f} मशीन ठीक करने आएँगे।",
           "धन्यवाद,\n{f}", "{f}\nकृपया मेरा मासिक प्लान रद्द कर दें।",
           "श्री {l} ने रिफंड की माँग की है।", "डॉ. {f} ने रिपोर्ट पर हस्ताक्षर कर दिए।",
           "{g} कहते हैं कि स्क्रीन दो दिन से बंद है।", "प्राप्तकर्ता का नाम: {f}, फ़ोन नंबर ऑर्डर में है।"],
    "bn": ["হ্যালো, আমি {f}, আমার অর্ডার এখনও আসেনি।", "নমস্কার, আমার নাম {f}, আমি ঢাকা থেকে বলছি।",
           "গতকাল বিল নিয়ে {f} এর সাথে কথা বলেছি।", "আগামীকাল {f} মেশিন ঠিক করতে আসবেন।",
           "ধন্যবাদান্তে,\n{f}", "{f}\nদয়া করে আমার মাসিক প্ল্যান বাতিল করুন।",
           "জনাব {l} টাকা ফেরত চেয়েছেন।", "ডাঃ {f} রিপোর্টে স্বাক্ষর করেছেন।",
           "{g} বলছেন স্ক্রিন দুই দিন ধরে বন্ধ।", "প্রাপকের নাম: {f}, ফোন নম্বর অর্ডারে আছে।"],
    "ne": ["नमस्ते, म {f} बोल्दैछु, मेरो अर्डर अझै आएको छैन।", "नमस्कार, मेरो नाम {f} हो, म काठमाडौंबाट हुँ।",
           "हिजो बिलको बारेमा {f} सँग कुरा गरेँ।", "भोलि {f} मेसिन बनाउन आउनुहुन्छ।",
           "धन्यवाद,\n{f}", "{f}\nकृपया मेरो मासिक योजना रद्द गर्नुहोस्।",
           "श्री {l} ले पैसा फिर्ता मागेका छन्।", "डा. {f} ले रिपोर्टमा हस्ताक्षर गर्नुभयो।",
           "{g} भन्नुहुन्छ कि स्क्रिन दुई दिनदेखि बन्द छ।", "प्रापकको नाम: {f}, फोन नम्बर अर्डरमा छ।"],
    "ko": ["안녕하세요, {f}인데요 주문한 물건이 아직 안 왔어요.", "안녕하세요. 제 이름은 {f}이고 부산에 살아요.",
           "어제 청구서 문제로 {f} 님과 통화했습니다.", "내일 오후에 {f} 기사님이 수리하러 오십니다.",
           "감사합니다.\n{f} 드림", "{f}\n월 구독을 해지하고 싶습니다.",
           "{l} 과장님이 환불을 요청하셨습니다.", "{l} 선생님께서 보고서를 확인하셨어요.",
           "{g} 씨가 화면이 이틀째 안 켜진다고 합니다.", "받는 사람: {f}, 연락처는 주문서에 있습니다."],
    "ja": ["こんにちは、{f}です。注文した商品がまだ届きません。", "お世話になっております。{f}と申します。",
           "昨日、請求書の件で{f}さんと話しました。", "明日の午後に{f}さんが修理に伺います。",
           "よろしくお願いいたします。\n{f}", "{f}\n月額プランを解約したいです。",
           "{l}部長が返金を依頼しました。", "{l}先生が報告書を確認されました。",
           "{g}さんによると、画面が二日前から映らないそうです。", "お届け先：{f} 様、電話番号は注文書に記載。"],
    "zh": ["你好，我是{f}，我的订单还没到。", "您好，我叫{f}，住在上海。",
           "昨天我和{f}谈了发票的问题。", "明天下午{f}会来修机器。",
           "此致敬礼\n{f}", "{f}\n请帮我取消月度套餐。",
           "{l}经理要求退款。", "{l}医生已经看过报告了。",
           "{f}说屏幕两天都打不开了。", "收件人：{f}，电话在订单里。"],
    "ru": ["Здравствуйте, это {f}, мой заказ до сих пор не пришёл.", "Добрый день! Меня зовут {f}, я из Казани.",
           "Менеджер {f} уже оформил возврат денег.", "Завтра мастер {f} приедет чинить стиральную машину.",
           "С уважением,\n{f}", "{f}\nПрошу отменить мою ежемесячную подписку.",
           "Господин {l} просит перенести встречу.", "{r} — контактное лицо по договору.",
           "{g} пишет, что экран не включается уже два дня.", "Получатель: {f}, телефон указан в заказе."],
    "uk": ["Добрий день, це {f}, моє замовлення досі не прийшло.", "Вітаю! Мене звати {f}, я зі Львова.",
           "Менеджер {f} вже оформив повернення коштів.", "Завтра майстер {f} приїде ремонтувати пральну машину.",
           "З повагою,\n{f}", "{f}\nПрошу скасувати мою щомісячну підписку.",
           "Пан {l} просить перенести зустріч.", "{r} — контактна особа за договором.",
           "{g} пише, що екран не вмикається вже два дні.", "Отримувач: {f}, телефон вказано в замовленні."],
    "el": ["Γεια σας, εδώ {f}, η παραγγελία μου δεν έχει έρθει ακόμα.", "Καλημέρα, ονομάζομαι {f} και μένω στην Πάτρα.",
           "Χθες μίλησα με {f} για το τιμολόγιο.", "Αύριο ο τεχνικός {f} θα έρθει να φτιάξει το πλυντήριο.",
           "Με εκτίμηση,\n{f}", "{f}\nΠαρακαλώ ακυρώστε τη μηνιαία συνδρομή μου.",
           "Ο κύριος {l} ζήτησε να μεταφερθεί η συνάντηση.", "{r}, υπεύθυνος επικοινωνίας για τη σύμβαση.",
           "{g} λέει ότι η οθόνη δεν ανάβει εδώ και δύο μέρες.", "Παραλήπτης: {f}, το τηλέφωνο είναι στην παραγγελία."],
    "ka": ["გამარჯობა, მე ვარ {f} და ჩემი შეკვეთა ჯერ არ მოსულა.", "სალამი, მე მქვია {f}, თბილისიდან ვარ.",
           "გუშინ ინვოისზე {f}-ს ველაპარაკე.", "ხვალ ხელოსანი {f} მოვა სარეცხი მანქანის შესაკეთებლად.",
           "პატივისცემით,\n{f}", "{f}\nგთხოვთ გააუქმოთ ჩემი ყოველთვიური გამოწერა.",
           "ბატონმა {l} შეხვედრის გადატანა ითხოვა.", "{r} — ხელშეკრულების საკონტაქტო პირი.",
           "{g} ამბობს, რომ ეკრანი ორი დღეა არ ირთვება.", "მიმღები: {f}, ტელეფონი შეკვეთაშია."],
    "hy": ["Բարև, ես {f}ն եմ, պատվերս դեռ չի եկել։", "Բարև ձեզ, իմ անունը {f} է, ես Երևանից եմ։",
           "Երեկ հաշվի մասին խոսեցի {f}ի հետ։", "Վաղը վարպետ {f}ը կգա լվացքի մեքենան նորոգելու։",
           "Հարգանքով՝\n{f}", "{f}\nԽնդրում եմ չեղարկել իմ ամսական բաժանորդագրությունը։",
           "Պարոն {l}ը խնդրում է հետաձգել հանդիպումը։", "{r}, պայմանագրի կոնտակտային անձ։",
           "{g}ն ասում է, որ էկրանը երկու օր է չի միանում։", "Ստացող՝ {f}, հեռախոսը նշված է պատվերում։"],
}
# clean sentences: no person in them (the first four: dev half, the last four: held-out half)
CLEAN = {
    "ar": ["الشحنة ستصل يوم الثلاثاء إلى المستودع الرئيسي.", "تم تحديث التطبيق وأصبح أسرع بكثير.",
           "ارتفعت أسعار الخضار هذا الأسبوع بسبب الأمطار.", "يرجى إعادة تشغيل الجهاز ثم المحاولة مرة أخرى.",
           "المكتب مغلق يوم الجمعة والسبت.", "الفاتورة الجديدة أعلى من المعتاد بعشرين ريالا.",
           "البطارية تفرغ بسرعة بعد التحديث الأخير.", "شكرا لكم على الرد السريع والواضح."],
    "fa": ["بسته روز سه‌شنبه به انبار اصلی می‌رسد.", "برنامه به‌روز شد و خیلی سریع‌تر شده است.",
           "قیمت سبزیجات این هفته به خاطر باران بالا رفت.", "لطفا دستگاه را خاموش و روشن کنید و دوباره امتحان کنید.",
           "دفتر روزهای جمعه تعطیل است.", "صورتحساب جدید از همیشه بیشتر است.",
           "باتری بعد از آخرین به‌روزرسانی زود خالی می‌شود.", "از پاسخ سریع و روشن شما ممنونم."],
    "he": ["המשלוח יגיע ביום שלישי למחסן הראשי.", "האפליקציה עודכנה והיא הרבה יותר מהירה.",
           "מחירי הירקות עלו השבוע בגלל הגשמים.", "נא להפעיל מחדש את המכשיר ולנסות שוב.",
           "המשרד סגור בימי שישי ושבת.", "החשבונית החדשה גבוהה מהרגיל בעשרים שקלים.",
           "הסוללה מתרוקנת מהר אחרי העדכון האחרון.", "תודה על התשובה המהירה והברורה."],
    "hi": ["पार्सल मंगलवार को मुख्य गोदाम पहुँचेगा।", "ऐप अपडेट हो गया है और अब बहुत तेज़ चलता है।",
           "बारिश की वजह से इस हफ़्ते सब्ज़ियों के दाम बढ़ गए।", "कृपया डिवाइस को दोबारा चालू करके फिर कोशिश करें।",
           "दफ़्तर शुक्रवार और शनिवार को बंद रहता है।", "नया बिल हमेशा से बीस रुपये ज़्यादा है।",
           "पिछले अपडेट के बाद बैटरी जल्दी ख़त्म हो जाती है।", "तेज़ और साफ़ जवाब के लिए धन्यवाद।"],
    "bn": ["পার্সেলটি মঙ্গলবার প্রধান গুদামে পৌঁছাবে।", "অ্যাপটি আপডেট হয়েছে এবং এখন অনেক দ্রুত চলে।",
           "বৃষ্টির কারণে এই সপ্তাহে সবজির দাম বেড়েছে।", "দয়া করে যন্ত্রটি আবার চালু করে চেষ্টা করুন।",
           "অফিস শুক্রবার ও শনিবার বন্ধ থাকে।", "নতুন বিল আগের চেয়ে বিশ টাকা বেশি।",
           "শেষ আপডেটের পর ব্যাটারি তাড়াতাড়ি শেষ হয়ে যায়।", "দ্রুত ও পরিষ্কার উত্তরের জন্য ধন্যবাদ।"],
    "ne": ["पार्सल मंगलबार मुख्य गोदाममा पुग्नेछ।", "एप अपडेट भयो र अहिले धेरै छिटो चल्छ।",
           "पानी परेकाले यो हप्ता तरकारीको भाउ बढ्यो।", "कृपया यन्त्र फेरि सुरु गरेर प्रयास गर्नुहोस्।",
           "कार्यालय शुक्रबार र शनिबार बन्द हुन्छ।", "नयाँ बिल सधैंभन्दा बीस रुपैयाँ बढी छ।",
           "पछिल्लो अपडेटपछि ब्याट्री छिटो सकिन्छ।", "छिटो र स्पष्ट जवाफका लागि धन्यवाद।"],
    "ko": ["택배는 화요일에 본사 창고에 도착합니다.", "앱이 업데이트되어 훨씬 빨라졌어요.",
           "비 때문에 이번 주 채소 가격이 올랐습니다.", "기기를 다시 켜고 한 번 더 시도해 주세요.",
           "사무실은 금요일과 토요일에 쉽니다.", "새 청구서가 평소보다 이천 원 더 나왔어요.",
           "지난 업데이트 이후 배터리가 빨리 닳아요.", "빠르고 친절한 답변 감사합니다."],
    "ja": ["荷物は火曜日に本社の倉庫に届きます。", "アプリが更新されてとても速くなりました。",
           "雨のせいで今週は野菜の値段が上がりました。", "機器を再起動してもう一度お試しください。",
           "事務所は金曜日と土曜日が休みです。", "新しい請求書がいつもより二百円高いです。",
           "前回の更新からバッテリーの減りが早いです。", "迅速で丁寧な回答をありがとうございました。"],
    "zh": ["包裹周二会到总部仓库。", "应用更新以后快了很多。", "因为下雨，这周蔬菜价格涨了。", "请重新启动设备后再试一次。",
           "办公室周五和周六休息。", "新账单比平时多了二十块。", "上次更新后电池掉电很快。", "谢谢你们快速清楚的回复。"],
    "ru": ["Посылка придёт во вторник на главный склад.", "Приложение обновилось и стало работать гораздо быстрее.",
           "Из-за дождей на этой неделе подорожали овощи.", "Пожалуйста, перезагрузите устройство и попробуйте снова.",
           "Офис не работает в пятницу и субботу.", "Новый счёт на двадцать рублей больше обычного.",
           "После последнего обновления батарея быстро садится.", "Спасибо за быстрый и понятный ответ."],
    "uk": ["Посилка прийде у вівторок на головний склад.", "Застосунок оновився і працює набагато швидше.",
           "Через дощі цього тижня подорожчали овочі.", "Будь ласка, перезавантажте пристрій і спробуйте ще раз.",
           "Офіс не працює у п'ятницю та суботу.", "Новий рахунок на двадцять гривень більший, ніж зазвичай.",
           "Після останнього оновлення батарея швидко сідає.", "Дякую за швидку і зрозумілу відповідь."],
    "el": ["Το δέμα θα φτάσει την Τρίτη στην κεντρική αποθήκη.", "Η εφαρμογή ενημερώθηκε και είναι πολύ πιο γρήγορη.",
           "Λόγω των βροχών ακρίβυναν τα λαχανικά αυτή την εβδομάδα.", "Παρακαλώ επανεκκινήστε τη συσκευή και δοκιμάστε ξανά.",
           "Το γραφείο είναι κλειστό Παρασκευή και Σάββατο.", "Ο νέος λογαριασμός είναι είκοσι ευρώ πιο ακριβός.",
           "Μετά την τελευταία ενημέρωση η μπαταρία αδειάζει γρήγορα.", "Ευχαριστώ για τη γρήγορη και σαφή απάντηση."],
    "ka": ["ამანათი სამშაბათს მთავარ საწყობში მოვა.", "აპლიკაცია განახლდა და ბევრად სწრაფია.",
           "წვიმების გამო ამ კვირაში ბოსტნეული გაძვირდა.", "გთხოვთ გადატვირთოთ მოწყობილობა და სცადოთ ხელახლა.",
           "ოფისი პარასკევს და შაბათს დაკეტილია.", "ახალი ანგარიში ჩვეულებრივზე ოცი ლარით მეტია.",
           "ბოლო განახლების შემდეგ ბატარეა სწრაფად იცლება.", "გმადლობთ სწრაფი და გასაგები პასუხისთვის."],
    "hy": ["Ծանրոցը երեքշաբթի կհասնի գլխավոր պահեստ։", "Հավելվածը թարմացվեց և շատ ավելի արագ է աշխատում։",
           "Անձրևների պատճառով այս շաբաթ բանջարեղենը թանկացավ։", "Խնդրում եմ վերագործարկել սարքը և նորից փորձել։",
           "Գրասենյակը ուրբաթ և շաբաթ օրերին փակ է։", "Նոր հաշիվը սովորականից քսան դրամով ավելի է։",
           "Վերջին թարմացումից հետո մարտկոցը արագ է լիցքաթափվում։", "Շնորհակալություն արագ և հստակ պատասխանի համար։"],
}
NOSPACE = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3"
UNIT = re.compile(rf"[{NOSPACE}]|(?:(?![{NOSPACE}])[^\W\d_])+")
TRAD = str.maketrans("订单还没谈发票问题会来机器请帮消经理医过报告说屏两开收电话里",
                     "訂單還沒談發票問題會來機器請幫消經理醫過報告說屏兩開收電話裡")
SPACELESS = ("zh", "ja", "ko")


def _person(f, lang: str, rng: random.Random) -> tuple[str, str, str]:
    male = rng.random() < 0.5
    gf = getattr(f, "first_name_male" if male else "first_name_female", f.first_name)
    lf = getattr(f, "last_name_male" if male else "last_name_female", f.last_name)
    g, fam = gf(), lf()
    if lang in ("zh", "ko"):
        full = fam + g
    elif lang == "ja":
        full = fam + ("" if rng.random() < 0.5 else " ") + g
    else:
        full = f"{g} {fam}"
    return full, g, fam


def make(per_template: int, seed: int, langs: list[str], half: str) -> tuple[list[dict], list[dict]]:
    from faker import Faker

    rng = random.Random(seed)
    planted, clean = [], []
    for lang in langs:
        for i, tpl in enumerate(TEMPLATES[lang]):
            if half != "both" and (i % 2 == 0) != (half == "dev"):
                continue
            for k in range(per_template):
                locale = LOCALES[lang][k % len(LOCALES[lang])]
                f = Faker(locale)
                f.seed_instance(seed * 1000 + i * 17 + k)
                full, g, fam = _person(f, lang, rng)
                rev = f"{fam} {g}"
                t = tpl.translate(TRAD) if locale == "zh_TW" else tpl
                text = t.format(f=full, g=g, l=fam, r=rev)
                used = [v for key, v in (("{f}", full), ("{g}", g), ("{l}", fam), ("{r}", rev)) if key in tpl]
                planted.append({"lang": lang, "text": text, "names": used, "tpl": i})
        sents = CLEAN[lang]
        for j, s in enumerate(sents):
            if half == "both" or (j < len(sents) // 2) == (half == "dev"):
                clean.append({"lang": lang, "text": s})
    return planted, clean


def leaked(lang: str, name: str, out: str) -> bool:
    if lang in SPACELESS:
        parts = [name.replace(" ", "")] + [p for p in name.split() if len(p) >= 2]
        return any(p in out.replace(" ", "") for p in parts)
    return any(re.search(rf"(?<!\w){re.escape(w)}", out) for w in name.split() if len(w) >= 2)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-template", type=int, default=4)
    ap.add_argument("--seed", type=int, default=61)
    ap.add_argument("--langs", default=",".join(TEMPLATES))
    ap.add_argument("--half", default="dev", choices=("dev", "held", "both"),
                    help="dev: the even sentences (tuned on); held: the odd ones (measured at the start and the end)")
    ap.add_argument("--show", action="store_true", help="print leaked sentences (they hold only Faker's names)")
    args = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "native-names6-benchmark-key-0001")
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    langs = args.langs.split(",")
    planted, clean = make(args.per_template, args.seed, langs, args.half)
    pii = load_policy("default").policy.pii
    person = pii.entities["PERSON"].model_copy(update={"action": "placeholder"})
    gate = PiiGate(pii.model_copy(update={"entities": {**pii.entities, "PERSON": person}}))
    outs, _ = gate.scrub_records([{"t": r["text"]} for r in planted])
    couts, _ = gate.scrub_records([{"t": r["text"]} for r in clean])
    total, leak, c_units, c_lost, c_changed = Counter(), Counter(), Counter(), Counter(), Counter()
    by_tpl: Counter = Counter()
    for r, o in zip(planted, outs):
        for n in r["names"]:
            if len(n.replace(" ", "")) < 2:
                continue  # a one-syllable Korean family name alone ("김 과장님"): no leak can be told from a particle
            total[r["lang"]] += 1
            if leaked(r["lang"], n, o["t"]):
                leak[r["lang"]] += 1
                by_tpl[(r["lang"], r["tpl"])] += 1
                if args.show:
                    print("LEAK", r["lang"], r["tpl"], repr(o["t"]))
    for r, o in zip(clean, couts):
        units = Counter(UNIT.findall(r["text"]))
        left = Counter(UNIT.findall(o["t"]))
        c_units[r["lang"]] += sum(units.values())
        c_lost[r["lang"]] += sum((units - left).values())
        if o["t"] != r["text"]:
            c_changed[r["lang"]] += 1
            if args.show:
                print("CLEAN", r["lang"], r["text"], "->", o["t"])
    print(f"half={args.half} seed={args.seed} per-template={args.per_template}")
    print(f"{'lang':5} {'names':>5} {'leaked':>8} {'clean':>5} {'changed':>7} {'lost':>6}")
    for s in langs:
        n = sum(1 for r in clean if r["lang"] == s)
        print(f"{s:5} {total[s]:5} {100 * leak[s] / max(total[s], 1):7.1f}% {n:5} {c_changed[s]:7} "
              f"{100 * c_lost[s] / max(c_units[s], 1):5.1f}%")
    print(f"{'all':5} {sum(total.values()):5} {100 * sum(leak.values()) / max(sum(total.values()), 1):7.1f}% "
          f"{len(clean):5} {sum(c_changed.values()):7} {100 * sum(c_lost.values()) / max(sum(c_units.values()), 1):5.1f}%")


if __name__ == "__main__":
    main()
