"""Phrasing for the ninth sealed PII set, in 21 languages (Tuners: do not open; see pii_sealed9.py).

Templates written for this set (not copied from an earlier set): how a person introduces themself, says where
they live, gives a date of birth, an age, a contact; ordinary support text around it; and the ordinary texts of
the clean set (orders, products, events, versions, dates that are not births, numbers that are not IDs).
Slots: {name} {place} {dob} {age} {email} {phone} {addr} {handle} {url} {iban} {card} {ip} and, in clean
texts, {product} {num} {date} {city} {ver} {flight} {qty} {price}.
"""

from __future__ import annotations

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
    "th": ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
           "ตุลาคม", "พฤศจิกายน", "ธันวาคม"],
    "sw": ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba",
           "Novemba", "Desemba"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
           "листопада", "грудня"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
}

ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
DEVANAGARI_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def fmt_date(lang: str, y: int, m: int, d: int, variant: int) -> str:
    """A date as people of that language write it; ``variant`` picks one of the usual ways."""
    v = variant % 3
    mn = MONTHS.get(lang)
    if lang == "en":
        return [f"{d} {mn[m - 1]} {y}", f"{mn[m - 1]} {d}, {y}", f"{d:02d}/{m:02d}/{y}"][v]
    if lang == "pcm":
        suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return [f"{d}{suf} {MONTHS['en'][m - 1]} {y}", f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}"][v]
    if lang in ("de", "uk", "ru", "tr"):
        return [f"{d:02d}.{m:02d}.{y}", f"{d}. {mn[m - 1]} {y}" if lang == "de" else f"{d} {mn[m - 1]} {y}",
                f"{d:02d}.{m:02d}.{y}"][v] + (" р." if lang == "uk" and v == 1 else "") \
            + (" г." if lang == "ru" and v == 1 else "")
    if lang == "sr":
        return [f"{d:02d}.{m:02d}.{y}.", f"{d}. {m}. {y}.", f"{d:02d}.{m:02d}.{y}"][v]
    if lang == "pl":
        return [f"{d:02d}.{m:02d}.{y} r.", f"{d} {mn[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"][v]
    if lang in ("fr", "it", "pt", "es"):
        word = {"fr": f"{d} {mn[m - 1]} {y}", "it": f"{d} {mn[m - 1]} {y}", "pt": f"{d} de {mn[m - 1]} de {y}",
                "es": f"{d} de {mn[m - 1]} de {y}"}[lang]
        return [f"{d:02d}/{m:02d}/{y}", word, f"{d}/{m}/{y}"][v]
    if lang == "id":
        return [f"{d} {mn[m - 1]} {y}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y}"][v]
    if lang == "sw":
        return [f"{d}/{m}/{y}", f"{d} {mn[m - 1]} {y}", f"{d:02d}-{m:02d}-{y}"][v]
    if lang == "th":
        be = y + 543
        return [f"{d} {mn[m - 1]} {be}", f"{d}/{m}/{be}", f"{d} {mn[m - 1]} {be}".translate(THAI_DIGITS)][v]
    if lang == "vi":
        return [f"{d:02d}/{m:02d}/{y}", f"{d} tháng {m} năm {y}", f"{d}-{m}-{y}"][v]
    if lang == "zh":
        return [f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}"][v]
    if lang == "ar":
        return [f"{d}/{m}/{y}".translate(ARABIC_DIGITS), f"{d}/{m}/{y}", f"{y}-{m:02d}-{d:02d}"][v]
    if lang == "ur":
        return [f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y}".translate(PERSIAN_DIGITS), f"{d}/{m}/{y}"][v]
    if lang in ("ne", "hi"):
        return [f"{y}-{m:02d}-{d:02d}".translate(DEVANAGARI_DIGITS), f"{d}/{m}/{y}",
                f"{d}/{m}/{y}".translate(DEVANAGARI_DIGITS)][v]
    return f"{y}-{m:02d}-{d:02d}"


def fmt_num(lang: str, n: int, variant: int) -> str:
    """A small number in the digits the language's writers use (ages)."""
    s = str(n)
    if lang == "ar" and variant % 2:
        return s.translate(ARABIC_DIGITS)
    if lang == "ur" and variant % 2:
        return s.translate(PERSIAN_DIGITS)
    if lang in ("ne", "hi") and variant % 2:
        return s.translate(DEVANAGARI_DIGITS)
    return s


# what each language's writer puts before a name to be polite
HONORIFIC = {
    "en": ["Mr", "Ms", "Dr", "Mrs"], "pcm": ["Mr", "Madam", "Chief", "Alhaji"], "fr": ["M.", "Mme", "Dr"],
    "es": ["Sr.", "Sra.", "Dra."], "pt": ["Sr.", "Sra.", "Dr."], "de": ["Herr", "Frau", "Dr."],
    "it": ["Sig.", "Sig.ra", "Dott."], "id": ["Bapak", "Ibu", "Pak"], "tr": ["Bay", "Bayan", "Sayın"],
    "th": ["คุณ", "นาย", "นาง"], "sw": ["Bw.", "Bi.", "Ndugu"], "uk": ["пан", "пані"], "ru": ["г-н", "г-жа"],
    "pl": ["Pan", "Pani"], "sr": ["господин", "госпођа"], "vi": ["anh", "chị", "ông", "bà"],
    "zh": ["先生", "女士"], "ar": ["الأستاذ", "السيد", "الدكتور", "السيدة"], "ur": ["جناب", "محترمہ"],
    "ne": ["श्री", "श्रीमती"], "hi": ["श्री", "श्रीमती"],
}
# honorifics that follow the name
HONORIFIC_AFTER = {"zh", "th_after"}

# per language: intro (with {name}), home (with {place}), born ({dob}), age ({age}), contact ({email} {phone}),
# address ({addr}), social ({handle} {url}), pay ({iban} {card}), net ({ip}), issue (ordinary text), reply
# (an agent's ordinary answer), sign (an e-mail sign-off, before the name)
T: dict[str, dict[str, list[str]]] = {
    "en": {
        "intro": ["hey there, {name} speaking", "Morning! It's {name} again about the parcel", "my name is {name}",
                  "This is {name} from the night shift", "Writing on behalf of {name}"],
        "home": ["I moved to {place} last spring", "delivery should go to {place}", "we are based in {place}"],
        "born": ["my date of birth is {dob}", "DOB: {dob}", "I was born on {dob}"],
        "age": ["I'm {age} years old", "she turned {age} in June", "age {age}"],
        "contact": ["you can reach me at {email} or on {phone}", "call {phone} after six, or mail {email}"],
        "addr": ["the billing address is {addr}", "please ship to: {addr}"],
        "social": ["I post updates as {handle}, profile at {url}", "my page is {url}"],
        "pay": ["refund to IBAN {iban}", "the card ending differently was {card}"],
        "net": ["the login came from {ip}"],
        "issue": ["The kettle stopped heating after two weeks and the lid is cracked.",
                  "Our invoice shows the wrong quantity of printer toner.",
                  "The tracking page has not updated since Monday morning."],
        "reply": ["Thanks for the details, I have opened a replacement request.",
                  "Sorry about the delay; the courier confirmed a new slot for Thursday."],
        "sign": ["Kind regards,", "Cheers,", "Best wishes,"],
    },
    "pcm": {
        "intro": ["Abeg, na {name} dey talk", "Good afternoon o, my name na {name}", "{name} here, I don call before"],
        "home": ["I dey stay for {place} now", "make una bring am come {place}"],
        "born": ["dem born me {dob}", "my birthday na {dob}"],
        "age": ["I don reach {age} years", "I be {age} years old"],
        "contact": ["my number na {phone}, email na {email}", "call me for {phone} or send mail to {email}"],
        "addr": ["my house address na {addr}"],
        "social": ["follow me for {handle}", "check my page {url}"],
        "pay": ["send the refund to {iban}", "the card wey I use na {card}"],
        "net": ["dem login from {ip}"],
        "issue": ["The generator wey I buy no gree start since yesterday.",
                  "Una send me the wrong size of shoe, I need am change."],
        "reply": ["We don see your message, we go sort am before Friday."],
        "sign": ["Thank you,", "Regards,"],
    },
    "fr": {
        "intro": ["Bonjour, ici {name}", "je m'appelle {name}", "C'est encore {name} pour la commande"],
        "home": ["j'habite désormais à {place}", "la livraison doit arriver à {place}"],
        "born": ["née le {dob}", "date de naissance : {dob}"],
        "age": ["j'ai {age} ans", "âgé de {age} ans"],
        "contact": ["joignable au {phone} ou par courriel {email}", "mon adresse mail : {email}, tél. {phone}"],
        "addr": ["adresse de facturation : {addr}"],
        "social": ["mon compte est {handle}", "voir mon profil {url}"],
        "pay": ["remboursement sur l'IBAN {iban}", "payé avec la carte {card}"],
        "net": ["connexion depuis l'adresse {ip}"],
        "issue": ["Le lave-vaisselle fuit depuis la dernière mise à jour du programme.",
                  "La facture indique deux cartouches alors que j'en ai reçu une seule."],
        "reply": ["Merci, nous avons transmis votre demande au service après-vente."],
        "sign": ["Cordialement,", "Bien à vous,"],
    },
    "es": {
        "intro": ["Hola, soy {name}", "le escribe {name}", "buenas tardes, me llamo {name}"],
        "home": ["vivo en {place} desde hace poco", "el envío es para {place}"],
        "born": ["fecha de nacimiento: {dob}", "nací el {dob}"],
        "age": ["tengo {age} años", "edad: {age} años"],
        "contact": ["mi correo es {email} y mi móvil {phone}", "llámeme al {phone}"],
        "addr": ["dirección de entrega: {addr}"],
        "social": ["me encuentras como {handle}", "mi perfil: {url}"],
        "pay": ["devuelvan el dinero a la cuenta {iban}", "pagué con la tarjeta {card}"],
        "net": ["el acceso se hizo desde {ip}"],
        "issue": ["La lavadora hace un ruido muy fuerte durante el centrifugado.",
                  "El pedido llegó incompleto, falta el cargador."],
        "reply": ["Gracias por escribirnos, revisamos el caso mañana."],
        "sign": ["Saludos,", "Atentamente,"],
    },
    "pt": {
        "intro": ["Olá, aqui é {name}", "meu nome é {name}", "Bom dia, fala {name}"],
        "home": ["moro em {place}", "a entrega é em {place}"],
        "born": ["nascido em {dob}", "data de nascimento {dob}"],
        "age": ["tenho {age} anos"],
        "contact": ["meu e-mail é {email}, celular {phone}", "pode ligar para {phone}"],
        "addr": ["endereço: {addr}"],
        "social": ["sigo como {handle}", "perfil {url}"],
        "pay": ["estorno para o IBAN {iban}", "cartão usado: {card}"],
        "net": ["o acesso veio do IP {ip}"],
        "issue": ["A geladeira parou de gelar depois da troca de tomada.",
                  "Recebi a cor errada da capa do celular."],
        "reply": ["Obrigado, já abrimos um chamado para a troca."],
        "sign": ["Abraços,", "Atenciosamente,"],
    },
    "de": {
        "intro": ["Hallo, hier schreibt {name}", "mein Name ist {name}", "Guten Morgen, {name} am Apparat"],
        "home": ["ich wohne jetzt in {place}", "bitte nach {place} liefern"],
        "born": ["geboren am {dob}", "Geburtsdatum: {dob}"],
        "age": ["ich bin {age} Jahre alt", "{age} Jahre"],
        "contact": ["erreichbar unter {phone} oder {email}", "Mail: {email}, Tel.: {phone}"],
        "addr": ["Rechnungsadresse: {addr}"],
        "social": ["mein Konto heißt {handle}", "Profil: {url}"],
        "pay": ["Erstattung bitte auf {iban}", "bezahlt mit Karte {card}"],
        "net": ["Anmeldung von {ip}"],
        "issue": ["Der Staubsauger lädt nicht mehr, obwohl das Netzteil neu ist.",
                  "Die Lieferung kam beschädigt an, der Karton war nass."],
        "reply": ["Danke, wir schicken Ihnen ein Ersatzgerät."],
        "sign": ["Viele Grüße,", "Mit freundlichen Grüßen,"],
    },
    "it": {
        "intro": ["Ciao, sono {name}", "mi chiamo {name}", "buongiorno, scrive {name}"],
        "home": ["abito a {place}", "spedire a {place}"],
        "born": ["nato il {dob}", "data di nascita: {dob}"],
        "age": ["ho {age} anni"],
        "contact": ["email {email}, cellulare {phone}", "chiamatemi al {phone}"],
        "addr": ["indirizzo: {addr}"],
        "social": ["mi trovate come {handle}", "profilo {url}"],
        "pay": ["rimborso sull'IBAN {iban}", "carta {card}"],
        "net": ["accesso dall'indirizzo {ip}"],
        "issue": ["La macchina del caffè perde acqua dal serbatoio.", "Il pacco è arrivato senza istruzioni."],
        "reply": ["Grazie, abbiamo registrato la richiesta di assistenza."],
        "sign": ["Cordiali saluti,", "A presto,"],
    },
    "id": {
        "intro": ["Halo, saya {name}", "nama saya {name}", "Selamat siang, ini {name}"],
        "home": ["saya tinggal di {place}", "tolong kirim ke {place}"],
        "born": ["lahir pada {dob}", "tanggal lahir: {dob}"],
        "age": ["umur saya {age} tahun", "usia {age} tahun"],
        "contact": ["hubungi saya di {phone} atau {email}", "email saya {email}"],
        "addr": ["alamat rumah: {addr}"],
        "social": ["akun saya {handle}", "profil saya {url}"],
        "pay": ["kembalikan dana ke {iban}", "kartu yang dipakai {card}"],
        "net": ["login dari alamat {ip}"],
        "issue": ["Rice cooker yang saya beli tidak mau menyala sejak kemarin.",
                  "Paket sudah tiga hari tertahan di gudang transit."],
        "reply": ["Terima kasih, tim kami akan menghubungi kurir."],
        "sign": ["Salam,", "Hormat saya,"],
    },
    "tr": {
        "intro": ["Merhaba, ben {name}", "adım {name}", "İyi akşamlar, {name} yazıyor"],
        "home": ["{place} şehrinde oturuyorum", "teslimat adresi {place}"],
        "born": ["doğum tarihim {dob}", "{dob} doğumluyum"],
        "age": ["{age} yaşındayım"],
        "contact": ["telefonum {phone}, e-postam {email}"],
        "addr": ["adresim: {addr}"],
        "social": ["hesabım {handle}", "profilim {url}"],
        "pay": ["iade için IBAN {iban}", "kart numarası {card}"],
        "net": ["giriş {ip} adresinden yapılmış"],
        "issue": ["Çamaşır makinesi su almıyor, servis kaydı açmak istiyorum.",
                  "Siparişimde bir parça eksik geldi."],
        "reply": ["Teşekkürler, talebiniz teknik ekibe iletildi."],
        "sign": ["Saygılarımla,", "İyi çalışmalar,"],
    },
    "th": {
        "intro": ["สวัสดีครับ ผม{name} นะครับ", "ดิฉันชื่อ {name} ค่ะ", "ผมชื่อ {name} ครับ"],
        "home": ["ตอนนี้พักอยู่ที่ {place}", "ส่งของไปที่ {place} นะคะ"],
        "born": ["เกิดวันที่ {dob}", "วันเกิด {dob}"],
        "age": ["อายุ {age} ปี"],
        "contact": ["เบอร์โทร {phone} อีเมล {email}", "ติดต่อได้ที่ {phone}"],
        "addr": ["ที่อยู่ {addr}"],
        "social": ["ไลน์ไอดี {handle}", "เพจของผม {url}"],
        "pay": ["โอนคืนเข้าบัญชี {iban}", "บัตรที่ใช้ {card}"],
        "net": ["เข้าสู่ระบบจาก {ip}"],
        "issue": ["พัดลมที่สั่งไปเปิดไม่ติดเลยค่ะ", "พัสดุยังไม่ถึงมาห้าวันแล้วครับ"],
        "reply": ["ขอบคุณค่ะ ทางร้านจะส่งสินค้าใหม่ให้ภายในสัปดาห์นี้"],
        "sign": ["ขอบคุณครับ", "ด้วยความเคารพ"],
    },
    "vi": {
        "intro": ["Chào shop, mình là {name}", "tôi tên là {name}", "em là {name} ạ"],
        "home": ["hiện mình ở {place}", "giao hàng tới {place} giúp em"],
        "born": ["sinh ngày {dob}", "ngày sinh: {dob}"],
        "age": ["năm nay {age} tuổi"],
        "contact": ["số điện thoại {phone}, email {email}", "gọi cho em qua {phone}"],
        "addr": ["địa chỉ: {addr}"],
        "social": ["zalo của mình là {handle}", "trang cá nhân {url}"],
        "pay": ["hoàn tiền vào tài khoản {iban}", "thẻ thanh toán {card}"],
        "net": ["đăng nhập từ {ip}"],
        "issue": ["Nồi chiên không dầu bị lỗi, bấm nút không lên đèn.",
                  "Đơn hàng giao thiếu một hộp bánh."],
        "reply": ["Dạ cảm ơn anh chị, bên em sẽ đổi hàng mới."],
        "sign": ["Trân trọng,", "Cảm ơn,"],
    },
    "zh": {
        "intro": ["你好，我是{name}", "我叫{name}", "您好，{name}这边"],
        "home": ["我现在住在{place}", "请寄到{place}"],
        "born": ["出生日期：{dob}", "我是{dob}出生的"],
        "age": ["今年{age}岁"],
        "contact": ["电话{phone}，邮箱{email}", "联系方式：{phone}"],
        "addr": ["收货地址：{addr}"],
        "social": ["微博账号{handle}", "个人主页{url}"],
        "pay": ["退款到账户{iban}", "银行卡号{card}"],
        "net": ["登录地址{ip}"],
        "issue": ["买的电饭煲插上电没有反应。", "快递显示已签收，但是我没有收到。"],
        "reply": ["您好，我们已经为您安排换货。"],
        "sign": ["谢谢，", "此致"],
    },
    "ar": {
        "intro": ["مرحباً، معك {name}", "اسمي {name}", "أنا {name} وأكتب بخصوص الطلب"],
        "home": ["أسكن حالياً في {place}", "التوصيل إلى {place}"],
        "born": ["تاريخ الميلاد {dob}", "مواليد {dob}"],
        "age": ["عمري {age} سنة", "العمر {age} عاماً"],
        "contact": ["رقمي {phone} وبريدي {email}", "تواصل معي على {phone}"],
        "addr": ["العنوان: {addr}"],
        "social": ["حسابي {handle}", "صفحتي {url}"],
        "pay": ["استرداد المبلغ إلى {iban}", "البطاقة المستخدمة {card}"],
        "net": ["تم الدخول من {ip}"],
        "issue": ["الغسالة لا تعمل منذ يومين والشاشة مطفأة.", "وصل الطلب ناقصاً قطعة واحدة."],
        "reply": ["شكراً لتواصلك، سيتم إرسال فني للصيانة."],
        "sign": ["مع التحية،", "شكراً لكم،"],
    },
    "ur": {
        "intro": ["السلام علیکم، میں {name} بات کر رہا ہوں", "میرا نام {name} ہے", "جی، {name} بول رہی ہوں"],
        "home": ["میں {place} میں رہتا ہوں", "پارسل {place} بھیج دیں"],
        "born": ["تاریخ پیدائش {dob}", "میں {dob} کو پیدا ہوا"],
        "age": ["میری عمر {age} سال ہے"],
        "contact": ["میرا نمبر {phone} ہے، ای میل {email}"],
        "addr": ["پتہ: {addr}"],
        "social": ["میرا اکاؤنٹ {handle} ہے", "پروفائل {url}"],
        "pay": ["رقم واپس {iban} میں بھیجیں", "کارڈ نمبر {card}"],
        "net": ["لاگ ان {ip} سے ہوا"],
        "issue": ["فریج کا کمپریسر کام نہیں کر رہا۔", "آرڈر میں ایک چیز کم آئی ہے۔"],
        "reply": ["شکریہ، ہمارا نمائندہ جلد رابطہ کرے گا۔"],
        "sign": ["شکریہ،", "والسلام،"],
    },
    "uk": {
        "intro": ["Добрий день, це {name}", "мене звати {name}", "пише {name} щодо замовлення"],
        "home": ["я живу в місті {place}", "доставка до {place}"],
        "born": ["дата народження {dob}", "народилася {dob}"],
        "age": ["мені {age} років"],
        "contact": ["телефон {phone}, пошта {email}"],
        "addr": ["адреса: {addr}"],
        "social": ["мій нік {handle}", "сторінка {url}"],
        "pay": ["поверніть кошти на {iban}", "картка {card}"],
        "net": ["вхід з адреси {ip}"],
        "issue": ["Мікрохвильовка іскрить після першого ж увімкнення.", "Посилка прийшла з пошкодженим кутом."],
        "reply": ["Дякуємо, ми оформили повернення коштів."],
        "sign": ["З повагою,", "Дякую,"],
    },
    "ru": {
        "intro": ["Здравствуйте, это {name}", "меня зовут {name}", "пишет {name} по поводу возврата"],
        "home": ["живу в {place}", "доставьте в {place}"],
        "born": ["дата рождения {dob}", "родился {dob}"],
        "age": ["мне {age} лет"],
        "contact": ["телефон {phone}, почта {email}"],
        "addr": ["адрес: {addr}"],
        "social": ["мой ник {handle}", "профиль {url}"],
        "pay": ["верните деньги на {iban}", "карта {card}"],
        "net": ["вход был с {ip}"],
        "issue": ["Утюг перестал нагреваться через неделю.", "В заказе не хватает зарядного устройства."],
        "reply": ["Спасибо, заявка передана в сервисный центр."],
        "sign": ["С уважением,", "Спасибо,"],
    },
    "pl": {
        "intro": ["Dzień dobry, tu {name}", "nazywam się {name}", "pisze {name} w sprawie zwrotu"],
        "home": ["mieszkam w miejscowości {place}", "proszę wysłać do {place}"],
        "born": ["data urodzenia: {dob}", "urodzona {dob}"],
        "age": ["mam {age} lat"],
        "contact": ["tel. {phone}, e-mail {email}"],
        "addr": ["adres: {addr}"],
        "social": ["mój profil {url}", "nick {handle}"],
        "pay": ["zwrot na konto {iban}", "karta {card}"],
        "net": ["logowanie z adresu {ip}"],
        "issue": ["Odkurzacz przestał ssać po wymianie filtra.", "Paczka przyszła otwarta."],
        "reply": ["Dziękujemy, zgłoszenie zostało przyjęte."],
        "sign": ["Pozdrawiam,", "Z poważaniem,"],
    },
    "sr": {
        "intro": ["Добар дан, овде {name}", "зовем се {name}", "пише вам {name}"],
        "home": ["живим у месту {place}", "испорука за {place}"],
        "born": ["датум рођења {dob}", "рођена {dob}"],
        "age": ["имам {age} година"],
        "contact": ["телефон {phone}, имејл {email}"],
        "addr": ["адреса: {addr}"],
        "social": ["мој налог {handle}", "профил {url}"],
        "pay": ["повраћај на рачун {iban}", "картица {card}"],
        "net": ["пријава са адресе {ip}"],
        "issue": ["Фрижидер не хлади већ два дана.", "Пакет је стигао оштећен."],
        "reply": ["Хвала, ваш захтев је прослеђен сервису."],
        "sign": ["Срдачан поздрав,", "Хвала,"],
    },
    "sw": {
        "intro": ["Habari, mimi ni {name}", "jina langu ni {name}", "Shikamoo, naitwa {name}"],
        "home": ["ninaishi {place}", "mzigo uletwe {place}"],
        "born": ["nilizaliwa {dob}", "tarehe ya kuzaliwa: {dob}"],
        "age": ["nina miaka {age}", "umri wangu ni miaka {age}"],
        "contact": ["namba yangu ni {phone}, barua pepe {email}"],
        "addr": ["anwani: {addr}"],
        "social": ["akaunti yangu ni {handle}", "ukurasa wangu {url}"],
        "pay": ["rudisha pesa kwenye {iban}", "kadi niliyotumia {card}"],
        "net": ["niliingia kutoka {ip}"],
        "issue": ["Jiko la gesi nililonunua halitoi moto vizuri.", "Simu imefika ikiwa na skrini iliyopasuka."],
        "reply": ["Asante, tutakutumia bidhaa mpya wiki hii."],
        "sign": ["Asante,", "Wako,"],
    },
    "ne": {
        "intro": ["नमस्ते, म {name} हुँ", "मेरो नाम {name} हो", "{name} बोल्दैछु"],
        "home": ["म {place} मा बस्छु", "सामान {place} मा पठाउनुहोस्"],
        "born": ["जन्म मिति {dob}", "मेरो जन्म {dob} मा भएको हो"],
        "age": ["मेरो उमेर {age} वर्ष हो"],
        "contact": ["फोन {phone}, इमेल {email}"],
        "addr": ["ठेगाना: {addr}"],
        "social": ["मेरो खाता {handle}", "प्रोफाइल {url}"],
        "pay": ["पैसा {iban} मा फिर्ता गर्नुहोस्", "कार्ड {card}"],
        "net": ["{ip} बाट लगइन भयो"],
        "issue": ["किनेको हिटर दुई दिनमै बिग्रियो।", "अर्डरमा एउटा सामान कम आयो।"],
        "reply": ["धन्यवाद, हामी नयाँ सामान पठाउँछौं।"],
        "sign": ["धन्यवाद,", "शुभेच्छा सहित,"],
    },
    "hi": {
        "intro": ["नमस्ते, मैं {name} बोल रहा हूँ", "मेरा नाम {name} है", "जी, {name} यहाँ से"],
        "home": ["मैं {place} में रहती हूँ", "डिलीवरी {place} में करें"],
        "born": ["जन्म तिथि {dob}", "मेरा जन्म {dob} को हुआ"],
        "age": ["मेरी उम्र {age} साल है"],
        "contact": ["मेरा नंबर {phone} है और ईमेल {email}"],
        "addr": ["पता: {addr}"],
        "social": ["मेरा हैंडल {handle}", "प्रोफ़ाइल {url}"],
        "pay": ["रिफंड {iban} में भेजें", "कार्ड {card}"],
        "net": ["लॉगिन {ip} से हुआ"],
        "issue": ["मिक्सर ग्राइंडर की मोटर जल गई है।", "पार्सल में चार्जर नहीं था।"],
        "reply": ["धन्यवाद, हमने आपकी शिकायत दर्ज कर ली है।"],
        "sign": ["धन्यवाद,", "सादर,"],
    },
}
LANGS = sorted(T)

# labels people put before an identifier, per language (the ids set); the kind's own name comes from the id table
ID_INTRO = {
    "en": ["my {label} is {value}", "{label}: {value}", "here is the number you asked for: {value}",
           "the form was signed ({value}) yesterday", "for the record, {value} is mine"],
    "fr": ["mon {label} : {value}", "voici le numéro demandé : {value}", "le dossier ({value}) est complet"],
    "de": ["meine {label}: {value}", "anbei die Nummer {value}", "der Antrag ({value}) ist unterschrieben"],
    "es": ["mi {label} es {value}", "el número que pidieron: {value}", "el expediente ({value}) está listo"],
    "pt": ["meu {label}: {value}", "segue o número {value}", "o cadastro ({value}) foi aprovado"],
    "it": ["il mio {label} è {value}", "ecco il numero {value}", "la pratica ({value}) è chiusa"],
    "pl": ["mój {label}: {value}", "podaję numer {value}", "wniosek ({value}) jest gotowy"],
    "tr": ["{label}: {value}", "istenen numara {value}", "başvuru ({value}) tamamlandı"],
    "id": ["{label} saya {value}", "nomor yang diminta: {value}", "berkas ({value}) sudah lengkap"],
    "th": ["{label} {value}", "เลขที่ขอมา {value}", "เอกสาร ({value}) ครบแล้ว"],
    "zh": ["{label}：{value}", "号码是{value}", "材料（{value}）已提交"],
    "ar": ["{label}: {value}", "الرقم المطلوب {value}", "الملف ({value}) مكتمل"],
    "uk": ["{label}: {value}", "ось номер {value}", "заява ({value}) подана"],
    "ru": ["{label}: {value}", "номер такой: {value}", "заявление ({value}) подано"],
    "vi": ["{label}: {value}", "số của tôi là {value}", "hồ sơ ({value}) đã nộp"],
    "sw": ["{label}: {value}", "namba ni {value}", "fomu ({value}) imekamilika"],
    "hi": ["{label}: {value}", "मेरा नंबर {value} है", "आवेदन ({value}) जमा हो गया"],
}

# the clean set: no one's personal data. Slots: {product} {num} {date} {city} {ver} {flight} {qty} {price}
CLEAN: dict[str, list[str]] = {
    "en": ["Order {num} with {qty} units of {product} left the warehouse in {city} on {date}.",
           "Release {ver} fixes the sync bug reported by several stores; rollout starts {date}.",
           "The regional sales conference moves to {city}; flight {flight} lands at 09:40.",
           "Restock {product}: {qty} cartons at {price} each, invoice {num}.",
           "Reminder: the return window for {product} is 30 days from {date}."],
    "pcm": ["Order {num} don comot from {city} warehouse, {qty} pieces of {product}.",
            "Price of {product} na {price} this week, market dey hot."],
    "fr": ["La commande {num} ({qty} × {product}) est partie de l'entrepôt de {city} le {date}.",
           "La version {ver} corrige l'affichage des prix ; déploiement le {date}.",
           "Le salon professionnel se tient à {city}, vol {flight}."],
    "es": ["El pedido {num} con {qty} unidades de {product} salió del almacén de {city} el {date}.",
           "La versión {ver} ya está disponible para todas las tiendas.",
           "La feria anual se celebra en {city}; vuelo {flight}."],
    "pt": ["O pedido {num} com {qty} unidades de {product} saiu do centro de {city} em {date}.",
           "A versão {ver} corrige o erro no carrinho."],
    "de": ["Bestellung {num}: {qty} Stück {product} verlassen das Lager {city} am {date}.",
           "Version {ver} behebt den Fehler beim Export; Rollout ab {date}.",
           "Die Messe findet in {city} statt, Flug {flight}."],
    "it": ["L'ordine {num} con {qty} pezzi di {product} è partito dal magazzino di {city} il {date}.",
           "La versione {ver} migliora la stampa delle etichette."],
    "id": ["Pesanan {num} berisi {qty} unit {product} dikirim dari gudang {city} pada {date}.",
           "Versi {ver} memperbaiki masalah pembayaran.", "Pameran dagang diadakan di {city}, penerbangan {flight}."],
    "tr": ["{num} numaralı sipariş ({qty} adet {product}) {city} deposundan {date} tarihinde çıktı.",
           "{ver} sürümü fatura hatasını düzeltiyor."],
    "th": ["คำสั่งซื้อ {num} สินค้า {product} จำนวน {qty} ชิ้น ส่งออกจากคลัง{city} วันที่ {date}",
           "เวอร์ชัน {ver} แก้ปัญหาการชำระเงินแล้ว"],
    "vi": ["Đơn {num} gồm {qty} cái {product} đã rời kho {city} ngày {date}.",
           "Phiên bản {ver} sửa lỗi thanh toán."],
    "zh": ["订单{num}：{product} {qty}件，已于{date}从{city}仓库发出。", "版本{ver}修复了支付问题。",
           "展会在{city}举行，航班{flight}。"],
    "ar": ["الطلب {num} يحتوي على {qty} قطعة من {product} وغادر مستودع {city} بتاريخ {date}.",
           "الإصدار {ver} يصلح مشكلة الدفع.", "يقام المعرض في {city}، الرحلة {flight}."],
    "ur": ["آرڈر {num} میں {product} کی {qty} اکائیاں {city} گودام سے {date} کو روانہ ہوئیں۔",
           "ورژن {ver} ادائیگی کا مسئلہ حل کرتا ہے۔"],
    "uk": ["Замовлення {num}: {qty} шт. {product} відправлено зі складу в {city} {date}.",
           "Версія {ver} виправляє помилку оплати."],
    "ru": ["Заказ {num}: {qty} шт. {product} отправлен со склада в {city} {date}.",
           "Версия {ver} исправляет ошибку оплаты.", "Выставка пройдёт в {city}, рейс {flight}."],
    "pl": ["Zamówienie {num}: {qty} szt. {product} wyjechało z magazynu w {city} dnia {date}.",
           "Wersja {ver} poprawia błąd płatności."],
    "sr": ["Поруџбина {num}: {qty} ком. {product} послата из магацина у {city} {date}.",
           "Верзија {ver} исправља грешку у плаћању."],
    "sw": ["Oda {num} ya {product} vipande {qty} imetoka ghala la {city} tarehe {date}.",
           "Toleo {ver} linarekebisha tatizo la malipo.", "Maonyesho ya biashara yatafanyika {city}, ndege {flight}."],
    "ne": ["अर्डर {num}: {product} {qty} थान {city} गोदामबाट {date} मा पठाइयो।", "संस्करण {ver} ले भुक्तानी समस्या सुधार्छ।"],
    "hi": ["ऑर्डर {num}: {product} की {qty} इकाइयाँ {city} गोदाम से {date} को भेजी गईं।",
           "संस्करण {ver} भुगतान की समस्या ठीक करता है।"],
}

PRODUCTS = ["Tecno Spark 20", "Infinix Hot 40i", "Xiaomi Redmi Note 13", "Samsung Galaxy A15", "Oppo A78",
            "Nokia G42", "Huawei MatePad", "Lenovo IdeaPad Slim 3", "Philips air fryer HD9200", "Binatone blender",
            "Ramtons fridge", "Hisense 43A4", "Sharp microwave R-20", "Midea split AC", "Anker PowerCore 10000",
            "JBL Flip 6", "Canon Pixma G3420", "TP-Link Archer C6", "Dangote cement 50kg", "Indomie noodles carton",
            "Milo 400g tin", "Peak milk sachets", "Vivo Y36", "Realme C55", "Itel A70", "Sunlight detergent 2kg",
            "Toshiba kettle", "Panasonic rice cooker SR-DF101", "Logitech M185 mouse", "Kingston 64GB USB"]
FLIGHTS = ["TK 1872", "ET 308", "EK 723", "QR 1421", "MS 985", "PK 303", "VN 254", "TG 615", "KQ 101", "WB 463",
           "CZ 3101", "PS 751", "AT 571", "FZ 1731", "SV 309"]
