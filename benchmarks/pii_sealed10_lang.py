"""Phrasing for the tenth sealed PII set, in 10 languages (Tuners: do not open; see pii_sealed10.py).

Templates written for this set, not copied from an earlier set: how a person introduces themself, says where they
live, gives a date of birth, an age, a contact, an address; ordinary support text around it; and the ordinary texts
of the clean set (shipments, stock, maintenance windows, prices, dates that are not births, numbers that are not
IDs). Slots: {name} {place} {dob} {age} {email} {phone} {addr} {handle} {url} {iban} {card} {ip} and, in clean
texts, {product} {num} {date} {city} {ver} {flight} {qty} {price}.
"""

from __future__ import annotations

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"],
    "az": ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr",
           "dekabr"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "setiembre", "octubre",
           "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "hi": ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर",
           "दिसंबर"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"],
}

ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DEVANAGARI_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")
FULLWIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def fmt_date(lang: str, y: int, m: int, d: int, variant: int) -> str:
    """A date as people of that language write it; ``variant`` picks one of four usual ways."""
    v = variant % 4
    mn = MONTHS.get(lang, MONTHS["en"])
    if lang == "en":
        return [f"{mn[m - 1]} {d}, {y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {mn[m - 1][:3]} {y}"][v]
    if lang == "ru":
        return [f"{d:02d}.{m:02d}.{y}", f"{d} {mn[m - 1]} {y} г.", f"{d:02d}.{m:02d}.{y % 100:02d}",
                f"{d} {mn[m - 1]} {y} года"][v]
    if lang == "az":
        return [f"{d:02d}.{m:02d}.{y}", f"{d} {mn[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"][v]
    if lang == "tr":
        return [f"{d:02d}.{m:02d}.{y}", f"{d} {mn[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}"][v]
    if lang in ("pt", "es"):
        return [f"{d:02d}/{m:02d}/{y}", f"{d} de {mn[m - 1]} de {y}", f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}"][v]
    if lang == "fr":
        return [f"{d:02d}/{m:02d}/{y}", f"{d} {mn[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}", f"le {d} {mn[m - 1]} {y}"][v]
    if lang == "zh":
        return [f"{y}年{m}月{d}日", f"{y}.{m:02d}.{d:02d}", f"{y}年{m:02d}月{d:02d}日", f"{y}/{m:02d}/{d:02d}"][v]
    if lang == "hi":
        return [f"{d:02d}-{m:02d}-{y}", f"{d} {mn[m - 1]} {y}", f"{d}/{m}/{y}".translate(DEVANAGARI_DIGITS),
                f"{d:02d}/{m:02d}/{y}"][v]
    if lang == "ar":
        return [f"{d}/{m}/{y}".translate(ARABIC_DIGITS), f"{d} {mn[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}",
                f"{y}/{m:02d}/{d:02d}"][v]
    return f"{y}-{m:02d}-{d:02d}"


# an age as the language writes it: {n} is the number
AGE_FORMS = {
    "en": ["{n}", "{n}"], "ru": ["{n}", "{n}"], "az": ["{n}", "{n}"], "tr": ["{n}", "{n}"], "pt": ["{n}", "{n}"],
    "es": ["{n}", "{n}"], "fr": ["{n}", "{n}"], "zh": ["{n}", "{n}"], "hi": ["{n}", "{n}"], "ar": ["{n}", "{n}"],
}


def fmt_num(lang: str, n: int, variant: int) -> str:
    """A small number in the digits the language's writers use (ages)."""
    s = str(n)
    if lang == "ar" and variant % 2:
        return s.translate(ARABIC_DIGITS)
    if lang == "hi" and variant % 2:
        return s.translate(DEVANAGARI_DIGITS)
    if lang == "zh" and variant % 3 == 2:
        return s.translate(FULLWIDTH_DIGITS)
    return s


HONORIFIC = {
    "en": ["Mrs.", "Mr.", "Dr.", "Prof."], "ru": ["уважаемый", "уважаемая", "г-н"], "az": ["cənab", "xanım"],
    "tr": ["Sayın", "Bay", "Hanım"], "pt": ["Sr.", "Sra.", "Dona"], "es": ["Sr.", "Sra.", "Don", "Doña"],
    "fr": ["Monsieur", "Madame", "Me"], "zh": ["先生", "女士", "老师"], "hi": ["श्री", "श्रीमती", "डॉ."],
    "ar": ["السيد", "السيدة", "الدكتور"],
}
HONORIFIC_AFTER = {"zh"}

# per language: intro ({name}), home ({place}), born ({dob}), age ({age}), contact ({email} {phone}), addr ({addr}),
# social ({handle} {url}), pay ({iban} {card}), net ({ip}), issue (ordinary text), reply (an agent's answer),
# sign (an e-mail sign-off, before the name), third (someone else named: {name})
T: dict[str, dict[str, list[str]]] = {
    "en": {
        "intro": ["hello, {name} here, following up on my return", "hi team - {name} again",
                  "You spoke to me yesterday, I'm {name}", "this message is from {name}",
                  "Account holder: {name}"],
        "home": ["I'm now living in {place}", "ship it to {place} please", "our office moved to {place}"],
        "born": ["date of birth {dob}", "I was born {dob}", "b. {dob}"],
        "age": ["I am {age} years of age", "my son is {age}", "aged {age}"],
        "contact": ["email {email}, mobile {phone}", "text me on {phone} or write to {email}"],
        "addr": ["my street address: {addr}", "invoice address - {addr}"],
        "social": ["DM me at {handle}", "my public profile: {url}"],
        "pay": ["please credit IBAN {iban}", "charged to card {card}"],
        "net": ["I logged in from {ip} that night"],
        "issue": ["The blender lid snapped on the second use and the jug now leaks.",
                  "Two of the six chairs arrived with scratches on the legs.",
                  "The subscription renewed although I cancelled it last month."],
        "reply": ["Thank you, a replacement lid has been dispatched.",
                  "We have refunded the difference; it should appear within five working days."],
        "sign": ["Regards,", "Many thanks,", "Yours,"],
        "third": ["my colleague {name} will collect it", "the parcel was signed for by {name}"],
    },
    "ru": {
        "intro": ["Здравствуйте, это {name}", "пишет вам {name}", "Меня зовут {name}, я звонил вчера",
                  "Обращается {name} по поводу заказа"],
        "home": ["я живу в городе {place}", "доставка в {place}", "сейчас нахожусь в {place}"],
        "born": ["дата рождения: {dob}", "родился {dob}", "д.р. {dob}"],
        "age": ["мне {age} лет", "возраст {age}", "сыну {age} лет"],
        "contact": ["почта {email}, телефон {phone}", "звоните на {phone} или пишите на {email}"],
        "addr": ["адрес: {addr}", "прошу доставить по адресу {addr}"],
        "social": ["мой ник {handle}", "страница {url}"],
        "pay": ["верните деньги на счёт {iban}", "оплата картой {card}"],
        "net": ["вход был с адреса {ip}"],
        "issue": ["Пылесос перестал заряжаться через неделю после покупки.",
                  "В посылке не оказалось инструкции и одного крепления.",
                  "Списали деньги дважды за одну подписку."],
        "reply": ["Спасибо, мы оформили возврат, деньги придут в течение пяти дней."],
        "sign": ["С уважением,", "Спасибо,"],
        "third": ["забирать будет {name}", "посылку получил {name}"],
    },
    "az": {
        "intro": ["Salam, mən {name}", "adım {name}, dünən zəng etmişdim", "{name} yazır, sifarişlə bağlı"],
        "home": ["{place} şəhərində yaşayıram", "çatdırılma {place} ünvanına olsun"],
        "born": ["doğum tarixi: {dob}", "{dob} tarixində anadan olmuşam"],
        "age": ["{age} yaşım var", "yaşım {age}"],
        "contact": ["e-poçt {email}, telefon {phone}", "{phone} nömrəsinə zəng edin"],
        "addr": ["ünvan: {addr}"],
        "social": ["hesabım {handle}", "profilim {url}"],
        "pay": ["pulu {iban} hesabına qaytarın", "kart {card} ilə ödədim"],
        "net": ["giriş {ip} ünvanından olub"],
        "issue": ["Soyuducu iki gündür soyutmur, işığı da yanmır.", "Sifarişdə bir kitab əskikdir."],
        "reply": ["Təşəkkür edirik, müraciətiniz qeydə alındı."],
        "sign": ["Hörmətlə,", "Təşəkkürlər,"],
        "third": ["bağlamanı {name} götürəcək"],
    },
    "tr": {
        "intro": ["Merhaba, ben {name}", "{name} yazıyor, siparişim hakkında", "adım {name}"],
        "home": ["{place} ilinde oturuyorum", "teslimat {place} adresine"],
        "born": ["doğum tarihim {dob}", "D.T.: {dob}"],
        "age": ["{age} yaşındayım", "yaş: {age}"],
        "contact": ["e-posta {email}, cep {phone}", "{phone} numarasından ulaşabilirsiniz"],
        "addr": ["adresim: {addr}"],
        "social": ["kullanıcı adım {handle}", "profil: {url}"],
        "pay": ["iadeyi {iban} hesabına yapın", "{card} kartıyla ödedim"],
        "net": ["giriş {ip} adresinden yapılmış"],
        "issue": ["Çamaşır makinesi sıkma sırasında çok ses yapıyor.", "Faturadaki tutar siparişle uyuşmuyor."],
        "reply": ["Teşekkürler, talebiniz teknik servise iletildi."],
        "sign": ["Saygılarımla,", "İyi çalışmalar,"],
        "third": ["paketi {name} teslim alacak"],
    },
    "pt": {
        "intro": ["Oi, é {name} de novo", "aqui quem fala é {name}", "Prezados, sou {name}"],
        "home": ["atualmente moro em {place}", "enviar para {place}"],
        "born": ["data de nascimento: {dob}", "nasci em {dob}"],
        "age": ["tenho {age} anos", "idade: {age}"],
        "contact": ["e-mail {email} e telefone {phone}", "me chama no {phone}"],
        "addr": ["morada: {addr}", "endereço de entrega {addr}"],
        "social": ["me acha como {handle}", "meu perfil {url}"],
        "pay": ["devolver para o IBAN {iban}", "paguei com o cartão {card}"],
        "net": ["o login foi feito do IP {ip}"],
        "issue": ["A air fryer parou de aquecer depois de uma semana.",
                  "O pedido chegou com a caixa amassada e faltando um parafuso."],
        "reply": ["Obrigado pelo contato, a troca já foi autorizada."],
        "sign": ["Um abraço,", "Cumprimentos,"],
        "third": ["quem vai buscar é {name}"],
    },
    "es": {
        "intro": ["Hola, les saluda {name}", "soy {name} y escribo por mi pedido", "Buen día, habla {name}"],
        "home": ["resido en {place}", "el envío va a {place}"],
        "born": ["nací el {dob}", "fecha de nac.: {dob}"],
        "age": ["tengo {age} años", "edad {age}"],
        "contact": ["correo {email}, celular {phone}", "pueden llamarme al {phone}"],
        "addr": ["mi dirección es {addr}"],
        "social": ["estoy como {handle}", "mi perfil {url}"],
        "pay": ["depositen en la cuenta {iban}", "pagué con tarjeta {card}"],
        "net": ["ingresaron desde la IP {ip}"],
        "issue": ["La refrigeradora no enfría desde que la instalaron.",
                  "Me cobraron el envío aunque la promoción decía gratis."],
        "reply": ["Gracias, un técnico lo visitará esta semana."],
        "sign": ["Saludos cordiales,", "Atte.,"],
        "third": ["lo recoge mi hermano {name}"],
    },
    "fr": {
        "intro": ["Bonsoir, {name} à l'appareil", "je suis {name}, cliente depuis 2019", "c'est {name} qui écrit"],
        "home": ["je vis maintenant à {place}", "livrer à {place} svp"],
        "born": ["née le {dob}", "date de naissance {dob}"],
        "age": ["j'ai {age} ans", "{age} ans"],
        "contact": ["mail {email}, portable {phone}", "appelez-moi au {phone}"],
        "addr": ["adresse postale : {addr}"],
        "social": ["mon pseudo {handle}", "mon profil {url}"],
        "pay": ["rembourser sur {iban}", "carte utilisée {card}"],
        "net": ["la connexion venait de {ip}"],
        "issue": ["La trottinette ne se recharge plus depuis la mise à jour.",
                  "Le colis indique livré mais je n'ai rien reçu."],
        "reply": ["Merci, nous ouvrons une enquête auprès du transporteur."],
        "sign": ["Cordialement,", "Merci d'avance,"],
        "third": ["c'est {name} qui récupérera le colis"],
    },
    "zh": {
        "intro": ["您好，我是{name}", "我叫{name}，昨天打过电话", "{name}，订单有问题"],
        "home": ["我现在住在{place}", "请寄到{place}"],
        "born": ["出生日期：{dob}", "我是{dob}出生的"],
        "age": ["我今年{age}岁", "年龄{age}岁"],
        "contact": ["邮箱{email}，手机{phone}", "请打{phone}联系我"],
        "addr": ["收货地址：{addr}"],
        "social": ["我的账号是{handle}", "主页{url}"],
        "pay": ["请退款到{iban}", "用的是{card}这张卡"],
        "net": ["登录地址是{ip}"],
        "issue": ["电饭煲用了三天就不加热了。", "快递显示已签收，但我没有收到。"],
        "reply": ["感谢反馈，我们已为您安排换货。"],
        "sign": ["谢谢，", "此致，"],
        "third": ["由{name}代收"],
    },
    "hi": {
        "intro": ["नमस्ते, मैं {name} बोल रहा हूँ", "मेरा नाम {name} है", "{name} की ओर से संदेश"],
        "home": ["मैं {place} में रहता हूँ", "डिलीवरी {place} में करें"],
        "born": ["जन्म तिथि {dob}", "मेरा जन्म {dob} को हुआ"],
        "age": ["मेरी उम्र {age} साल है", "उम्र {age} वर्ष"],
        "contact": ["ईमेल {email}, मोबाइल {phone}", "{phone} पर कॉल करें"],
        "addr": ["पता: {addr}"],
        "social": ["मेरा हैंडल {handle}", "प्रोफ़ाइल {url}"],
        "pay": ["पैसे {iban} खाते में लौटाएँ", "कार्ड {card} से भुगतान"],
        "net": ["लॉगिन {ip} से हुआ"],
        "issue": ["कूलर का पंखा दो दिन से नहीं चल रहा।", "बिल में गलत रकम लिखी है।"],
        "reply": ["धन्यवाद, तकनीशियन कल आएगा।"],
        "sign": ["धन्यवाद,", "सादर,"],
        "third": ["पार्सल {name} लेंगे"],
    },
    "ar": {
        "intro": ["مرحبا، معك {name}", "أنا {name} وأكتب بخصوص طلبي", "السلام عليكم، {name} يتحدث"],
        "home": ["أسكن حاليا في {place}", "التوصيل إلى {place}"],
        "born": ["تاريخ الميلاد {dob}", "ولدت في {dob}"],
        "age": ["عمري {age} سنة", "العمر {age}"],
        "contact": ["البريد {email} والجوال {phone}", "اتصل بي على {phone}"],
        "addr": ["العنوان: {addr}"],
        "social": ["حسابي {handle}", "صفحتي {url}"],
        "pay": ["أعيدوا المبلغ إلى {iban}", "دفعت بالبطاقة {card}"],
        "net": ["تم الدخول من {ip}"],
        "issue": ["المكيف لا يبرد منذ أسبوع.", "وصلني لون مختلف عن الذي طلبته."],
        "reply": ["شكرا لتواصلك، تم تسجيل طلب الاستبدال."],
        "sign": ["مع التحية،", "شكرا،"],
        "third": ["سيستلم الطرد {name}"],
    },
}
LANGS = sorted(T)

# labels people put before an identifier, per language (the ids set); {label} is the kind's own label
ID_INTRO = {
    "en": ["{label} {value}", "my {label} number: {value}", "I already gave you {value} on the phone",
           "the reference ({value}) is on the letter", "{value} - that's the one on my card"],
    "ru": ["{label}: {value}", "мой номер {value}", "в анкете ({value}) всё верно"],
    "de": ["{label}: {value}", "meine Nummer lautet {value}", "im Formular ({value}) steht alles"],
    "fr": ["{label} : {value}", "voici mon numéro {value}", "le formulaire ({value}) est signé"],
    "es": ["{label}: {value}", "mi número es {value}", "el trámite ({value}) sigue pendiente"],
    "pt": ["{label}: {value}", "o meu número é {value}", "o processo ({value}) foi aceite"],
    "tr": ["{label}: {value}", "numaram {value}", "başvuru ({value}) onaylandı"],
    "ar": ["{label}: {value}", "رقمي هو {value}", "الطلب ({value}) قيد المراجعة"],
    "hi": ["{label}: {value}", "मेरा नंबर {value} है", "फ़ॉर्म ({value}) जमा है"],
    "id": ["{label}: {value}", "nomor saya {value}", "berkas ({value}) sudah diproses"],
}

# the clean set: no one's personal data
CLEAN: dict[str, list[str]] = {
    "en": ["Shipment {num}: {qty} boxes of {product} cleared customs in {city} on {date}.",
           "Maintenance window for build {ver} is {date}, 02:00-04:00 UTC.",
           "The trade delegation flies {flight} to {city}; the stand costs {price}.",
           "Stock count for {product}: {qty} on hand, reorder point 40, ticket {num}.",
           "Warranty claims for {product} rose 3% after {date}."],
    "ru": ["Партия {num}: {qty} коробок {product} прошла таможню в {city} {date}.",
           "Обновление {ver} выйдет {date}, работы с 02:00 до 04:00.",
           "Цена {product} на этой неделе {price}, остаток {qty} шт."],
    "az": ["{num} nömrəli sifariş: {qty} ədəd {product} {date} tarixində {city} anbarından göndərildi.",
           "{ver} versiyası ödəniş xətasını düzəldir."],
    "tr": ["{num} numaralı sevkiyat: {qty} koli {product} {date} tarihinde {city} gümrüğünden geçti.",
           "{ver} sürümü {date} gecesi yayınlanacak."],
    "pt": ["A remessa {num} com {qty} caixas de {product} saiu de {city} em {date}.",
           "A versão {ver} entra em produção em {date}.", "O preço do {product} subiu para {price}."],
    "es": ["El lote {num} con {qty} cajas de {product} salió de {city} el {date}.",
           "La versión {ver} corrige el cálculo del IGV.", "La feria se realiza en {city}; vuelo {flight}."],
    "fr": ["Le lot {num} ({qty} cartons de {product}) a quitté {city} le {date}.",
           "La mise à jour {ver} sera déployée le {date}."],
    "zh": ["批次{num}：{product}共{qty}箱，于{date}从{city}发出。", "版本{ver}将于{date}上线。",
           "{product}本周价格{price}。"],
    "hi": ["खेप {num}: {product} के {qty} डिब्बे {date} को {city} से निकले।", "संस्करण {ver} {date} को जारी होगा।"],
    "ar": ["الشحنة {num}: {qty} صندوقا من {product} غادرت {city} بتاريخ {date}.",
           "التحديث {ver} يصدر في {date}."],
}

PRODUCTS = ["Haier HRF-368", "Beko WTV 8612", "Arçelik 9 kg", "Bosch Serie 4", "Xiaomi Mi Band 8",
            "Lenovo Tab M10", "Tefal Easy Fry", "Mondial air fryer", "Electrolux Neo", "Karcher K2",
            "Redmi 13C", "Poco X6", "Honor X8b", "Midea MDRB", "Oster BLSTPB", "Philco PTV32",
            "Kenwood Chef", "Dyson V8", "Gree Bora 12", "Samsung Crystal UHD 50"]
FLIGHTS = ["J2 8015", "LA 2047", "TP 1549", "AF 1094", "HU 7962", "AI 131", "KQ 533", "P4 7202", "DT 652",
           "G3 1740"]
