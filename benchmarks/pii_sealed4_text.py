"""Templates of the fourth sealed PII set: how people write in support chats, e-mails, forms, reviews,
tickets, logs and medical notes, in 19 languages, written for this set (no generator's sentences).

Slots (filled by ``pii_sealed4.Planter``; every slot but those marked *kept* plants personal data):
{name} a full name in its own script · {latin} the romanised name · {lname} the romanised name in lower case
· {first} a given name alone · {family} a family name alone · {email} · {email_obf} an e-mail written to
dodge filters · {phone} · {phone_odd} a phone in an unusual shape · {city} · {street} a street line with a
house number · {dob} a date of birth · {age} an age phrase · {id} a national identifier with its label ·
{idbare} one without · {handle} · {url} a profile URL · {iban} · {card} · {btc} · {mrn} · {passport} ·
{dl} a driver licence · *kept*: {date} an ordinary date · {order} an order number · {product} · {amount}.
"""

from __future__ import annotations

# culture choices for each template language
CULTURES = {
    "en": ["en", "us", "ie", "hi", "bn", "ta", "zh", "ja", "ko", "vi", "ar", "fa", "tr", "id", "el", "ru", "he",
           "th", "pl", "de", "fr", "es", "it", "nl", "hu"],
    "de": ["de", "de", "tr", "pl", "ru", "el", "hr"], "fr": ["fr", "fr", "ar", "vi", "pt"],
    "es": ["es", "es", "pt", "it"], "it": ["it", "it", "ro"], "pt": ["pt", "pt", "es"], "nl": ["nl", "nl", "tr", "id"],
    "pl": ["pl"], "ru": ["ru"], "el": ["el"], "tr": ["tr"], "ar": ["ar"], "he": ["he"], "hi": ["hi"],
    "zh": ["zh"], "ja": ["ja"], "ko": ["ko"], "th": ["th"], "sv": ["sv", "fi", "da"], "vi": ["vi"], "fa": ["fa"],
}

TEMPLATES: dict[str, list[str]] = {
    "en": [
        "Hi, this is {name}. My order {order} arrived on {date} with a cracked lid. You can reach me at {phone} or {email}.",
        "hey it's {lname} again, still waiting on the refund for {product}. my number is {phone}",
        "Please update the delivery address for {latin} to {street}, {city}. Thanks!",
        "Customer: {name}\nDOB: {dob}\nPhone: {phone}\nEmail: {email}\nIssue: the {product} will not pair after the update on {date}.",
        "Dear support,\n\nI moved to {city} last month and my card {card} keeps getting declined.\n\nBest regards,\n{name}\n{phone}",
        "Verification: {lname}, born {dob}, {id}.",
        "Patient {name}, {age}, {mrn}. Seen on {date} for a follow-up; BP 128/82, no new complaints.",
        "Ticket #{order}: user {handle} reports that the export button does nothing. Profile: {url}",
        "Wire the refund of {amount} to IBAN {iban}, account holder {name}.",
        "my email is {email_obf} if the form doesn't work",
        "Call me back on {phone_odd} after 6pm please, it's {first}.",
        "Great product, fast shipping. Bought it for my dad {name} who lives in {city}. Five stars.",
        "2026-03-14T09:12:44Z INFO login ok user={email} ip=10.0.0.12 session=ab12f",
        "Can you send the invoice for order {order} to {email}? Attn: {name}, {street}, {city}.",
        "I'm {age} and just got my first passport ({passport}). Can I travel to {city} with it?",
        "Driver {name}, licence {dl}, was assigned to route 12 on {date}.",
        "Please pay my share of the {amount} to my wallet {btc} instead of the card.",
        "Hello, my husband {first} {family} ordered the {product} but I am the one using it.",
        "Name: {latin} | Tel: {phone} | Address: {street}, {city} | DOB {dob}",
        "Thanks {first}! I've forwarded your {id} to the payroll team.",
        "Refer to the attached form. Applicant: {name}. {id}. Contact: {email}.",
        "Room 4 - {name} ({age}) admitted {date} with chest pain. {mrn}. Next of kin: {first} {family}, {phone}.",
        "ok so {lname} from {city} signed up twice with {email} and {email_obf}, can you merge the accounts",
    ],
    "de": [
        "Hallo, hier ist {name}. Meine Bestellung {order} kam am {date} beschädigt an. Erreichbar unter {phone}.",
        "Sehr geehrte Damen und Herren,\n\nbitte ändern Sie meine Adresse auf {street}, {city}.\n\nMit freundlichen Grüßen\n{name}",
        "Kunde: {name}\nGeburtsdatum: {dob}\nTelefon: {phone}\nE-Mail: {email}",
        "Ich bin {age} und wohne seit März in {city}. {id}.",
        "Bitte überweisen Sie {amount} auf mein Konto, IBAN {iban}, Kontoinhaber {name}.",
        "hallo, ich bin's nochmal, {lname}. die Rückerstattung für {product} fehlt immer noch",
        "Patientin {name}, geb. {dob}, {mrn}, Aufnahme am {date}.",
    ],
    "fr": [
        "Bonjour, je suis {name}. Ma commande {order} est arrivée le {date} abîmée. Mon numéro : {phone}.",
        "Merci d'envoyer la facture à {email}, à l'attention de {name}, {street}, {city}.",
        "Nom : {name}\nDate de naissance : {dob}\nTéléphone : {phone}\n{id}",
        "J'ai {age} et j'habite à {city} depuis peu. Vous pouvez m'écrire à {email_obf}.",
        "Bonjour {first}, votre demande de remboursement de {amount} a bien été enregistrée.",
        "Mme {name}, née le {dob}, hospitalisée le {date}, {mrn}.",
    ],
    "es": [
        "Hola, soy {name}. Mi pedido {order} llegó el {date} con la caja rota. Mi teléfono es {phone}.",
        "Por favor envíen el reembolso de {amount} a la cuenta IBAN {iban}, titular {name}.",
        "Nombre: {name}\nFecha de nacimiento: {dob}\n{id}\nDirección: {street}, {city}",
        "Tengo {age} y vivo en {city}. Escríbanme a {email}.",
        "hola soy {lname} otra vez, nadie me ha llamado al {phone}",
        "Paciente {name}, {age}, {mrn}, ingresa el {date} por dolor abdominal.",
    ],
    "it": [
        "Buongiorno, sono {name}. L'ordine {order} è arrivato il {date} danneggiato. Il mio cellulare: {phone}.",
        "Nome: {name}\nData di nascita: {dob}\n{id}\nIndirizzo: {street}, {city}",
        "Ho {age} e abito a {city}. La mia email è {email}.",
        "Gentile {first}, il rimborso di {amount} è stato emesso sulla carta {card}.",
        "ciao sono {lname}, mi richiamate al {phone}?",
    ],
    "pt": [
        "Olá, sou {name}. O pedido {order} chegou no dia {date} com defeito. Meu celular: {phone}.",
        "Nome: {name}\nData de nascimento: {dob}\n{id}\nEndereço: {street}, {city}",
        "Tenho {age} e moro em {city}. Meu e-mail é {email}.",
        "oi, aqui é {lname} de novo, ninguém respondeu meu email {email}",
    ],
    "nl": [
        "Hallo, met {name}. Bestelling {order} kwam op {date} kapot aan. Bel me op {phone}.",
        "Naam: {name}\nGeboortedatum: {dob}\n{id}\nAdres: {street}, {city}",
        "Ik ben {age} en woon sinds kort in {city}. Mail: {email}.",
        "Graag het bedrag van {amount} terugstorten op {iban} t.n.v. {name}.",
    ],
    "pl": [
        "Dzień dobry, nazywam się {name}. Zamówienie {order} dotarło {date} uszkodzone. Mój telefon: {phone}.",
        "Imię i nazwisko: {name}\nData urodzenia: {dob}\n{id}\nAdres: {street}, {city}",
        "Mam {age} i mieszkam w {city}. Proszę pisać na {email}.",
        "Pacjent {name}, {age}, {mrn}, przyjęty {date}.",
    ],
    "ru": [
        "Здравствуйте, меня зовут {name}. Заказ {order} пришёл {date} повреждённым. Мой телефон {phone}.",
        "ФИО: {name}\nДата рождения: {dob}\nАдрес: {street}, {city}\nE-mail: {email}",
        "Мне {age}, живу в {city}. Пишите на {email}.",
        "Пациент {name}, {age}, {mrn}, поступил {date}.",
        "привет, это {lname}, перезвоните на {phone}",
    ],
    "el": [
        "Καλησπέρα, είμαι ο/η {name}. Η παραγγελία {order} ήρθε στις {date} χαλασμένη. Τηλέφωνο: {phone}.",
        "Ονοματεπώνυμο: {name}\nΗμερομηνία γέννησης: {dob}\n{id}\nΔιεύθυνση: {street}, {city}",
        "Είμαι {age} και μένω στην {city}. Email: {email}.",
    ],
    "tr": [
        "Merhaba, ben {name}. {order} numaralı siparişim {date} tarihinde hasarlı geldi. Telefonum: {phone}.",
        "Ad Soyad: {name}\nDoğum tarihi: {dob}\n{id}\nAdres: {street}, {city}",
        "{age} ve {city} şehrinde yaşıyorum. E-posta: {email}.",
    ],
    "ar": [
        "مرحبا، أنا {name}. طلبي رقم {order} وصل بتاريخ {date} تالفا. رقم هاتفي {phone}.",
        "الاسم: {name}\nتاريخ الميلاد: {dob}\nالعنوان: {street}، {city}\nالبريد الإلكتروني: {email}",
        "أنا {name}، عمري {age} وأسكن في {city}.",
    ],
    "he": [
        "שלום, מדבר/ת {name}. ההזמנה {order} הגיעה ב-{date} שבורה. הטלפון שלי {phone}.",
        "שם: {name}\nתאריך לידה: {dob}\n{id}\nכתובת: {street}, {city}",
        "אני {age} וגר/ה ב-{city}. מייל: {email}.",
    ],
    "hi": [
        "नमस्ते, मैं {name} हूँ। मेरा ऑर्डर {order} {date} को टूटा हुआ आया। मेरा फ़ोन नंबर {phone} है।",
        "नाम: {name}\nजन्म तिथि: {dob}\n{id}\nपता: {street}, {city}",
        "मेरी उम्र {age} है और मैं {city} में रहता हूँ। ईमेल: {email}",
        "hi, main {lname} bol raha hoon, mera refund abhi tak nahi aaya. call karo {phone}",
    ],
    "zh": [
        "你好，我是{name}。订单{order}在{date}送到时已经损坏。我的电话是{phone}。",
        "姓名：{name}\n出生日期：{dob}\n{id}\n地址：{city}{street}",
        "我今年{age}，住在{city}。邮箱：{email}",
    ],
    "ja": [
        "こんにちは、{name}と申します。注文{order}が{date}に破損した状態で届きました。電話番号は{phone}です。",
        "氏名：{name}\n生年月日：{dob}\n住所：{city}{street}\nメール：{email}",
        "{name}です。{age}で、{city}に住んでいます。",
    ],
    "ko": [
        "안녕하세요, {name}입니다. 주문 {order}이 {date}에 파손된 채로 왔어요. 연락처는 {phone}입니다.",
        "성명: {name}\n생년월일: {dob}\n{id}\n주소: {city} {street}",
        "저는 {age}이고 {city}에 살아요. 이메일: {email}",
    ],
    "th": [
        "สวัสดีครับ ผม{name} คำสั่งซื้อ {order} มาถึงวันที่ {date} แต่ของเสียหาย เบอร์โทร {phone}",
        "ชื่อ: {name}\nวันเกิด: {dob}\n{id}\nที่อยู่: {street} {city}",
    ],
    "sv": [
        "Hej, det är {name}. Beställning {order} kom {date} trasig. Ring mig på {phone}.",
        "Namn: {name}\nFödelsedatum: {dob}\n{id}\nAdress: {street}, {city}",
    ],
    "vi": [
        "Chào shop, mình là {name}. Đơn {order} giao ngày {date} bị móp. SĐT: {phone}.",
        "Họ tên: {name}\nNgày sinh: {dob}\nĐịa chỉ: {street}, {city}\nEmail: {email}",
    ],
    "fa": [
        "سلام، من {name} هستم. سفارش {order} در تاریخ {date} خراب رسید. شماره من {phone} است.",
        "نام: {name}\nتاریخ تولد: {dob}\nنشانی: {street}، {city}",
    ],
}

# Ordinary data with no personal data, in the same situations and languages (the clean set).
CLEAN: dict[str, list[str]] = {
    "en": [
        "My order {order} arrived on {date} with a cracked lid. Can I get a replacement?",
        "The {product} will not pair after the update on {date}. I tried resetting it twice.",
        "How long does shipping to Canada usually take? The site says 3-5 business days.",
        "Great product, fast shipping. Five stars, would buy again.",
        "Ticket #{order}: the export button does nothing on Firefox 128. Steps: open report, click Export CSV.",
        "2026-03-14T09:12:44Z INFO job=nightly-backup status=ok duration=412s rows=18233",
        "Refund of {amount} for order {order} was approved on {date} and should show in 5-10 days.",
        "Is the {product} compatible with USB-C chargers rated at 65 W?",
        "Follow-up visit: BP 128/82, pulse 71, no new complaints. Continue current dose for 4 weeks.",
        "Please cancel my subscription at the end of the billing period.",
        "The app crashes when I rotate the screen on Android 14. Version 3.2.1, build 4471.",
        "Thanks for the quick help yesterday, the issue is solved.",
        "Can you send the invoice for order {order} again? The PDF was empty.",
        "We ship from our warehouse every weekday before 2pm; orders after that go out the next morning.",
        "Does the warranty cover water damage? Mine stopped charging after a rainy hike.",
        "The {product} is louder than the listing says, around 60 dB on the lowest setting.",
        "Payment failed with error code 402 twice, then went through on the third try.",
        "Can I change the delivery slot for order {order} to Saturday morning?",
        "WARN disk usage at 91% on volume /data, cleanup scheduled for 02:00 UTC.",
        "The manual on page 14 says to hold the button for 10 seconds, but nothing happens.",
        "Lab panel normal except vitamin D slightly low; recheck in three months.",
        "Is there a student discount on the annual plan?",
        "Returned the {product} on {date}; the label said 2-3 days for the refund to show.",
        "Our team of 12 uses the shared workspace; we need two more seats from next month.",
        "The tracking page has shown 'in transit' since {date}. Is the parcel lost?",
        "Five stars for the support team, they fixed the sync issue in one call.",
    ],
    "de": ["Meine Bestellung {order} kam am {date} beschädigt an. Bitte um Ersatz.",
           "Wie lange dauert der Versand nach Österreich?", "Das {product} lässt sich nach dem Update nicht mehr koppeln.",
           "Vielen Dank für die schnelle Hilfe, das Problem ist gelöst.",
           "Sehr geehrte Damen und Herren, die Rechnung zu Bestellung {order} fehlt noch.",
           "Gibt es das Gerät auch in Schwarz?"],
    "fr": ["Ma commande {order} est arrivée le {date} abîmée. Pouvez-vous la remplacer ?",
           "Le {product} ne s'allume plus depuis la mise à jour.", "Livraison rapide, produit conforme. Merci !",
           "Bonjour, est-ce que la garantie couvre la batterie ?", "Le colis est bloqué depuis le {date}."],
    "es": ["Mi pedido {order} llegó el {date} con la caja rota.", "¿Hacen envíos a Portugal?",
           "El {product} funciona perfectamente, muy recomendable.",
           "Buenas tardes, ¿cuánto tarda el reembolso?", "La aplicación se cierra al abrir la cámara."],
    "it": ["L'ordine {order} è arrivato il {date} danneggiato.", "Spedizione veloce, prodotto ottimo.",
           "Buongiorno, la garanzia copre anche la batteria?", "Il pacco risulta fermo dal {date}."],
    "pt": ["O pedido {order} chegou no dia {date} com defeito.", "Vocês entregam no sábado?",
           "Bom dia, o reembolso já foi processado?"],
    "nl": ["Bestelling {order} kwam op {date} kapot aan.", "Snelle levering, prima product."],
    "pl": ["Zamówienie {order} dotarło {date} uszkodzone.", "Czy wysyłacie do Niemiec?"],
    "ru": ["Заказ {order} пришёл {date} повреждённым.", "Спасибо за быструю доставку!",
           "Добрый день, когда вернут деньги за возврат?", "Приложение вылетает при запуске камеры."],
    "el": ["Η παραγγελία {order} ήρθε στις {date} χαλασμένη.", "Πολύ γρήγορη αποστολή, ευχαριστώ."],
    "tr": ["{order} numaralı siparişim {date} tarihinde hasarlı geldi.", "Kargo çok hızlıydı, teşekkürler."],
    "ar": ["طلبي رقم {order} وصل بتاريخ {date} تالفا.", "شكرا على سرعة التوصيل."],
    "he": ["ההזמנה {order} הגיעה ב-{date} שבורה.", "תודה על המשלוח המהיר."],
    "hi": ["मेरा ऑर्डर {order} {date} को टूटा हुआ आया।", "डिलीवरी बहुत जल्दी हुई, धन्यवाद।",
           "रिफ़ंड कब तक आएगा?"],
    "zh": ["订单{order}在{date}送到时已经损坏。", "发货很快，谢谢！"],
    "ja": ["注文{order}が{date}に破損した状態で届きました。", "配送が早くて助かりました。",
           "返品の返金はいつ頃になりますか。"],
    "ko": ["주문 {order}이 {date}에 파손된 채로 왔어요.", "배송이 빨라서 좋았어요."],
    "th": ["คำสั่งซื้อ {order} มาถึงวันที่ {date} แต่ของเสียหาย", "ส่งของเร็วมาก ขอบคุณครับ"],
    "sv": ["Beställning {order} kom {date} trasig.", "Snabb leverans, tack!"],
    "vi": ["Đơn {order} giao ngày {date} bị móp.", "Giao hàng nhanh, cảm ơn shop."],
    "fa": ["سفارش {order} در تاریخ {date} خراب رسید.", "ممنون از ارسال سریع."],
}

PRODUCTS = ["wireless earbuds", "coffee grinder", "standing desk", "air purifier", "e-reader", "baby monitor",
            "robot vacuum", "smart thermostat", "hiking backpack", "electric kettle", "drawing tablet", "router"]

# Age phrases per language ({n} is the age).
AGE = {"en": ["{n} years old", "aged {n}", "{n} y/o", "{n}yo"], "de": ["{n} Jahre alt", "{n}-jährig"],
       "fr": ["{n} ans"], "es": ["{n} años"], "it": ["{n} anni"], "pt": ["{n} anos"], "nl": ["{n} jaar"],
       "pl": ["{n} lat"], "ru": ["{n} лет", "{n} года"], "el": ["{n} ετών", "{n} χρονών"], "tr": ["{n} yaşındayım"],
       "ar": ["{n} سنة", "{n} عاما"], "he": ["בן {n}", "בת {n}"], "hi": ["{n} साल", "{n} वर्ष"], "zh": ["{n}岁"], "ja": ["{n}歳"],
       "ko": ["{n}살", "만 {n}세"], "th": ["{n} ปี"], "sv": ["{n} år"], "vi": ["{n} tuổi"], "fa": ["{n} سال"]}

# Street shapes per language ({s} a street name of the set's own list, {n} a house number).
STREET = {
    "en": ["{n} {s} Road", "{n} {s} Lane", "Flat {m}, {n} {s} Street"],
    "us": ["{n} {s} St Apt {m}", "{n} {s} Avenue", "{n} N {s} Blvd"],
    "ie": ["{n} {s} Road"], "de": ["{s}straße {n}", "{s}weg {n}", "{s}str. {n}"], "fr": ["{n} rue {s}", "{n}, avenue {s}"],
    "es": ["Calle {s} {n}, {m}º", "Avda. {s}, {n}"], "it": ["Via {s} {n}", "Corso {s}, {n}"], "pt": ["Rua {s}, {n}"],
    "nl": ["{s}straat {n}", "{s}laan {n}"], "pl": ["ul. {s} {n} m. {m}"], "ru": ["ул. {s}, д. {n}, кв. {m}"],
    "el": ["Οδός {s} {n}"], "tr": ["{s} Cad. No: {n}"], "ar": ["شارع {s} {n}"], "he": ["רחוב {s} {n}"],
    "hi": ["{n}, {s} Marg"], "zh": ["{s}路{n}号"], "ja": ["{s}{n}丁目{m}-{m}"], "ko": ["{s}로 {n}"],
    "th": ["{n}/{m} ถนน{s}"], "sv": ["{s}gatan {n}"], "vi": ["{n} đường {s}"], "fa": ["خیابان {s} پلاک {n}"],
}
# Street names written for this set (trees, trades, seasons, virtues: words every town uses).
STREET_NAMES = {
    "en": ["Willow", "Mill", "Station", "Orchard", "Chapel", "Meadow", "Brook", "Quarry"],
    "us": ["Maple", "Cedar", "Walnut", "Lakeview", "Sycamore", "Hillcrest"],
    "ie": ["Abbey", "Harbour", "Bridge"], "de": ["Linden", "Mühlen", "Ahorn", "Kastanien", "Birken", "Schützen"],
    "fr": ["des Tilleuls", "du Moulin", "des Acacias", "de la Fontaine"], "es": ["del Olmo", "de los Almendros", "Real", "del Carmen"],
    "it": ["dei Tigli", "delle Rose", "dei Mille", "Garibaldi"], "pt": ["das Flores", "do Sol", "da Alegria"],
    "nl": ["Linden", "Molen", "Kastanje", "Beuken"], "pl": ["Ogrodowa", "Lipowa", "Słoneczna", "Kwiatowa"],
    "ru": ["Садовая", "Лесная", "Школьная", "Полевая"], "el": ["Ερμού", "Αιόλου", "Πατησίων"],
    "tr": ["Gül", "Çınar", "Lale"], "ar": ["النخيل", "الجمهورية", "الورود"], "he": ["הזית", "התאנה", "הגפן"],
    "hi": ["Gulmohar", "Ashoka", "Nehru"], "zh": ["梧桐", "桂花", "人民"], "ja": ["桜町", "緑町", "本町"],
    "ko": ["은행나무", "장미", "한빛"], "th": ["ประชาราษฎร์", "เจริญกรุง", "สุขสวัสดิ์"], "sv": ["Björk", "Kvarn", "Lind"],
    "vi": ["Hoa Sữa", "Lý Thường Kiệt", "Trần Phú"], "fa": ["بهار", "نارون", "گلستان"],
}

# Words of birth for {dob} when a template has no label of its own; month names per language.
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}

DOMAINS = {"en": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"], "us": ["gmail.com", "aol.com", "icloud.com"],
           "de": ["web.de", "gmx.de", "t-online.de"], "fr": ["orange.fr", "free.fr", "laposte.net"], "es": ["hotmail.es", "telefonica.net"],
           "it": ["libero.it", "virgilio.it"], "pt": ["sapo.pt", "uol.com.br"], "nl": ["ziggo.nl", "kpnmail.nl"], "pl": ["wp.pl", "onet.pl", "o2.pl"],
           "ru": ["mail.ru", "yandex.ru"], "el": ["otenet.gr"], "tr": ["hotmail.com.tr", "mynet.com"], "ar": ["hotmail.com"],
           "he": ["walla.co.il"], "hi": ["rediffmail.com", "gmail.com"], "bn": ["gmail.com"], "ta": ["gmail.com"], "zh": ["qq.com", "163.com"],
           "ja": ["docomo.ne.jp", "yahoo.co.jp"], "ko": ["naver.com", "daum.net"], "th": ["hotmail.co.th"], "sv": ["telia.com"],
           "vi": ["gmail.com"], "fa": ["chmail.ir"], "id": ["yahoo.co.id"], "hu": ["freemail.hu"], "ro": ["yahoo.ro"],
           "cs": ["seznam.cz"], "da": ["mail.dk"], "fi": ["luukku.com"], "hr": ["net.hr"], "ie": ["eircom.net"]}

REGION = {"en": "GB", "us": "US", "ie": "IE", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL",
          "pl": "PL", "ru": "RU", "el": "GR", "tr": "TR", "ar": "EG", "he": "IL", "hi": "IN", "bn": "BD", "ta": "IN",
          "zh": "CN", "ja": "JP", "ko": "KR", "th": "TH", "sv": "SE", "vi": "VN", "fa": "IR", "id": "ID", "hu": "HU",
          "ro": "RO", "cs": "CZ", "da": "DK", "fi": "FI", "hr": "HR"}
