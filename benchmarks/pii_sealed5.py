"""Fifth sealed (blind) PII set: does the shipped policy's scrub leave personal data, lose ordinary words, or block
ordinary data? Written without reading the detector or any earlier set (see pii_sealed5_src.py for the sources).

Tuners: do not open, read, grep or run benchmarks/pii_sealed5*.

    python benchmarks/pii_sealed5.py [--policy default] [--sets records,ids,clean,csv,parquet] [--json OUT]

Sets (fixed seed, written to a temporary folder, never into the repo):
  records  JSONL in 21 languages and 8 record shapes (chat text, messages list, prompt/completion, e-mail, nested
           ticket JSON with an integer phone, a form keyed by the language's own labels, notes with a table, a JSON
           object keyed by people's names), with names written many ways, dates of birth and ages, addresses,
           towns, e-mails, handles, URLs with names, IBANs, cards, IPs, phones;
  ids      JSONL, national identifiers of 38 kinds valid by python-stdnum, labelled in the language, or not;
  clean    JSONL of ordinary data with no personal data (orders, products, brands, places not about a person,
           versions, tracking numbers, dates that are not births): the gate must pass it and keep its words;
  csv, parquet  tables with personal columns under headers in several languages, through the `scrub` CLI.

Scoring. verdict: the shipped policy's own verdict (PiiGate.check for JSONL, the CLI's exit code for files). Leaks
and content lost are measured on a second copy made with the same policy but keyed tokens (`pseudonymize`) in place
of surrogates, so a fake name that happens to equal a real one is never counted as a leak. A planted value leaks
when any part of it survives in its own record's copy more often than it occurs in that record outside the planted
values: a name's word (for Han, kanji and Hangul names the given name and any family name of 2+ characters), any 6
consecutive digits of a number (separators ignored), an e-mail's local part, a handle, the slug of a URL, a town's
name, an age's number, a birth date's year. Content lost: ordinary words (3+ letters, no digit) outside every
planted value that are missing from the copy. A verdict is right when the clean set passes, and when a planted set
passes exactly if nothing targeted leaked (fail otherwise). Only counts are printed.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pii_sealed5_src as src  # noqa: E402

SEED = 20261130
KEY = "5e" * 32  # a fixed benchmark pseudonym key (never a user's)

# --------------------------------------------------------------------------------------------- languages (our own)


@dataclass
class Lang:
    code: str
    pools: list[str]
    country: str
    iban_country: str
    mr: str            # honorific for a man: "{}" is the name
    mrs: str
    months: list[str] | None
    date: str          # numeric date: {d} {m} {y} (zero padded {dd} {mm})
    word_date: str | None  # with month names: {d} {M} {y}
    f: dict[str, str]  # sentence fragments
    labels: dict[str, str]


def L(code: str, pools: str, country: str, iban: str, mr: str, mrs: str, months: str | None, date: str,
      word_date: str | None, f: dict[str, str], labels: dict[str, str]) -> Lang:
    return Lang(code, pools.split(), country, iban, mr, mrs, months.split() if months else None, date, word_date, f,
                labels)


LABEL_KEYS = ["name", "dob", "phone", "email", "address", "city", "id", "notes"]


def lab(*xs: str) -> dict[str, str]:
    return dict(zip(LABEL_KEYS, xs))


LANGS: list[Lang] = [
    L("en", "en", "US", "GB", "Mr. {}", "Ms. {}",
      "January February March April May June July August September October November December",
      "{mm}/{dd}/{y}", "{M} {d}, {y}",
      dict(hi="Hi, this is {name} again.", dob="My date of birth is {dob}.", born="I was born {dob}.",
           age="I'm {age} years old.", addr="Please ship it to {addr}.", city="I moved to {city} last month.",
           phone="You can reach me on {phone}.", email="My email is {email}.", id="My {label} is {id}.",
           iban="Refund to IBAN {iban} please.", card="I paid with the card {card}.",
           ip="The login came from {ip}.", url="My profile: {url}", handle="I'm {handle} on the forum.",
           ask="The parcel with the blue kettle has not arrived, can you check the tracking?",
           reply="Sorry for the delay, I have opened a claim with the courier and will update you tomorrow."),
      lab("Full name", "Date of birth", "Phone", "Email", "Address", "City", "ID number", "Notes")),
    L("de", "de", "DE", "DE", "Herr {}", "Frau {}",
      "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
      "{dd}.{mm}.{y}", "{d}. {M} {y}",
      dict(hi="Hallo, hier ist {name}.", dob="Mein Geburtsdatum ist der {dob}.", born="Ich bin am {dob} geboren.",
           age="Ich bin {age} Jahre alt.", addr="Bitte liefern Sie an {addr}.", city="Ich wohne jetzt in {city}.",
           phone="Sie erreichen mich unter {phone}.", email="Meine E-Mail lautet {email}.",
           id="Meine {label} ist {id}.", iban="Bitte erstatten Sie den Betrag auf IBAN {iban}.",
           card="Bezahlt habe ich mit der Karte {card}.", ip="Die Anmeldung kam von {ip}.",
           url="Mein Profil: {url}", handle="Im Forum heiße ich {handle}.",
           ask="Die Waschmaschine macht seit gestern laute Geräusche beim Schleudern.",
           reply="Danke für die Nachricht, ein Techniker meldet sich morgen Vormittag."),
      lab("Vollständiger Name", "Geburtsdatum", "Telefon", "E-Mail", "Anschrift", "Wohnort", "Ausweisnummer",
          "Bemerkungen")),
    L("fr", "fr", "FR", "FR", "M. {}", "Mme {}",
      "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
      "{dd}/{mm}/{y}", "{d} {M} {y}",
      dict(hi="Bonjour, c'est {name}.", dob="Ma date de naissance : {dob}.", born="Je suis né le {dob}.",
           age="J'ai {age} ans.", addr="Merci de livrer au {addr}.", city="J'habite maintenant à {city}.",
           phone="Vous pouvez me joindre au {phone}.", email="Mon courriel est {email}.",
           id="Mon {label} est le {id}.", iban="Merci de rembourser sur l'IBAN {iban}.",
           card="J'ai payé avec la carte {card}.", ip="La connexion venait de {ip}.", url="Mon profil : {url}",
           handle="Sur le forum je suis {handle}.",
           ask="La commande de chaises pliantes est arrivée avec un pied cassé.",
           reply="Nous sommes désolés, un remplacement part demain par colis suivi."),
      lab("Nom complet", "Date de naissance", "Téléphone", "Courriel", "Adresse", "Ville", "Numéro d'identité",
          "Remarques")),
    L("es", "es", "ES", "ES", "Sr. {}", "Sra. {}",
      "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
      "{dd}/{mm}/{y}", "{d} de {M} de {y}",
      dict(hi="Hola, soy {name}.", dob="Mi fecha de nacimiento es {dob}.", born="Nací el {dob}.",
           age="Tengo {age} años.", addr="Envíenlo a {addr}.", city="Ahora vivo en {city}.",
           phone="Mi teléfono es el {phone}.", email="Mi correo es {email}.", id="Mi {label} es {id}.",
           iban="Devuelvan el importe al IBAN {iban}.", card="Pagué con la tarjeta {card}.",
           ip="El acceso vino de la IP {ip}.", url="Mi perfil: {url}", handle="En el foro soy {handle}.",
           ask="La cafetera que compré no enciende desde el primer día.",
           reply="Lamentamos las molestias, le enviaremos una etiqueta de devolución."),
      lab("Nombre completo", "Fecha de nacimiento", "Teléfono", "Correo", "Dirección", "Ciudad", "DNI", "Notas")),
    L("it", "it", "IT", "IT", "Sig. {}", "Sig.ra {}",
      "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
      "{dd}/{mm}/{y}", "{d} {M} {y}",
      dict(hi="Buongiorno, sono {name}.", dob="La mia data di nascita è {dob}.", born="Sono nato il {dob}.",
           age="Ho {age} anni.", addr="Spedite a {addr}.", city="Adesso abito a {city}.",
           phone="Il mio numero è {phone}.", email="La mia email è {email}.", id="Il mio {label} è {id}.",
           iban="Rimborsate sull'IBAN {iban}.", card="Ho pagato con la carta {card}.",
           ip="L'accesso è arrivato da {ip}.", url="Il mio profilo: {url}", handle="Sul forum sono {handle}.",
           ask="Il forno a microonde fa scintille quando lo accendo.",
           reply="Ci scusiamo, un tecnico passerà giovedì mattina."),
      lab("Nome e cognome", "Data di nascita", "Telefono", "Email", "Indirizzo", "Città", "Codice fiscale",
          "Note")),
    L("pt", "br", "BR", "BR", "Sr. {}", "Sra. {}",
      "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
      "{dd}/{mm}/{y}", "{d} de {M} de {y}",
      dict(hi="Oi, aqui é {name}.", dob="Minha data de nascimento é {dob}.", born="Nasci em {dob}.",
           age="Tenho {age} anos.", addr="Entreguem em {addr}.", city="Agora moro em {city}.",
           phone="Meu celular é {phone}.", email="Meu e-mail é {email}.", id="Meu {label} é {id}.",
           iban="Devolvam para o IBAN {iban}.", card="Paguei com o cartão {card}.", ip="O acesso veio do IP {ip}.",
           url="Meu perfil: {url}", handle="No fórum eu sou {handle}.",
           ask="O ventilador chegou sem o controle remoto.",
           reply="Pedimos desculpas, o controle será enviado ainda esta semana."),
      lab("Nome completo", "Data de nascimento", "Celular", "E-mail", "Endereço", "Cidade", "CPF", "Observações")),
    L("nl", "de en fr", "NL", "NL", "dhr. {}", "mevr. {}",
      "januari februari maart april mei juni juli augustus september oktober november december",
      "{dd}-{mm}-{y}", "{d} {M} {y}",
      dict(hi="Hallo, met {name}.", dob="Mijn geboortedatum is {dob}.", born="Ik ben geboren op {dob}.",
           age="Ik ben {age} jaar.", addr="Graag bezorgen op {addr}.", city="Ik woon nu in {city}.",
           phone="U kunt mij bellen op {phone}.", email="Mijn e-mailadres is {email}.", id="Mijn {label} is {id}.",
           iban="Graag terugstorten op {iban}.", card="Ik heb betaald met kaart {card}.",
           ip="De inlog kwam van {ip}.", url="Mijn profiel: {url}", handle="Op het forum ben ik {handle}.",
           ask="De fiets die ik bestelde heeft een lekke band.",
           reply="Excuses, we sturen morgen een nieuwe binnenband op."),
      lab("Volledige naam", "Geboortedatum", "Telefoon", "E-mail", "Adres", "Woonplaats", "BSN", "Opmerkingen")),
    L("pl", "en de ru", "PL", "PL", "Pan {}", "Pani {}",
      "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
      "{dd}.{mm}.{y}", "{d} {M} {y}",
      dict(hi="Dzień dobry, tu {name}.", dob="Data urodzenia: {dob}.", born="Urodziłem się {dob}.",
           age="Mam {age} lat.", addr="Proszę wysłać na adres {addr}.", city="Mieszkam teraz w {city}.",
           phone="Mój numer to {phone}.", email="Mój e-mail to {email}.", id="Mój {label} to {id}.",
           iban="Proszę o zwrot na IBAN {iban}.", card="Płaciłem kartą {card}.", ip="Logowanie z adresu {ip}.",
           url="Mój profil: {url}", handle="Na forum jestem {handle}.",
           ask="Zamówiona lodówka przyjechała porysowana.",
           reply="Przepraszamy, kurier odbierze ją w piątek."),
      lab("Imię i nazwisko", "Data urodzenia", "Telefon", "E-mail", "Adres", "Miasto", "PESEL", "Uwagi")),
    L("sv", "en de", "SE", "SE", "herr {}", "fru {}",
      "januari februari mars april maj juni juli augusti september oktober november december",
      "{y}-{mm}-{dd}", "{d} {M} {y}",
      dict(hi="Hej, det är {name}.", dob="Mitt födelsedatum är {dob}.", born="Jag är född {dob}.",
           age="Jag är {age} år.", addr="Skicka till {addr}.", city="Jag bor nu i {city}.",
           phone="Ring mig på {phone}.", email="Min e-post är {email}.", id="Mitt {label} är {id}.",
           iban="Återbetala till {iban}.", card="Jag betalade med kortet {card}.", ip="Inloggningen kom från {ip}.",
           url="Min profil: {url}", handle="På forumet heter jag {handle}.",
           ask="Lampan jag köpte blinkar hela tiden.", reply="Tack, vi skickar en ny lampa i morgon."),
      lab("Namn", "Födelsedatum", "Telefon", "E-post", "Adress", "Ort", "Personnummer", "Anteckningar")),
    L("tr", "tr", "TR", "TR", "{} Bey", "{} Hanım",
      "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
      "{dd}.{mm}.{y}", "{d} {M} {y}",
      dict(hi="Merhaba, ben {name}.", dob="Doğum tarihim {dob}.", born="{dob} tarihinde doğdum.",
           age="{age} yaşındayım.", addr="Lütfen {addr} adresine gönderin.", city="Artık {city} şehrinde yaşıyorum.",
           phone="Telefonum {phone}.", email="E-postam {email}.", id="{label}: {id}.",
           iban="İadeyi {iban} IBAN'ına yapın.", card="{card} numaralı kartla ödedim.", ip="Giriş {ip} adresinden.",
           url="Profilim: {url}", handle="Forumda {handle} olarak yazıyorum.",
           ask="Sipariş ettiğim çaydanlık kırık geldi.", reply="Özür dileriz, yenisini yarın kargoya veriyoruz."),
      lab("Ad Soyad", "Doğum tarihi", "Telefon", "E-posta", "Adres", "Şehir", "TC Kimlik No", "Notlar")),
    L("ru", "ru", "RU", "DE", "г-н {}", "г-жа {}",
      "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
      "{dd}.{mm}.{y}", "{d} {M} {y} г.",
      dict(hi="Здравствуйте, это {name}.", dob="Дата рождения: {dob}.", born="Я родился {dob}.",
           age="Мне {age} лет.", addr="Доставьте, пожалуйста, по адресу {addr}.", city="Я теперь живу в {city}.",
           phone="Мой телефон {phone}.", email="Моя почта {email}.", id="Мой {label}: {id}.",
           iban="Верните деньги на IBAN {iban}.", card="Я платил картой {card}.", ip="Вход был с адреса {ip}.",
           url="Мой профиль: {url}", handle="На форуме я {handle}.",
           ask="Пылесос перестал включаться через неделю.", reply="Приносим извинения, заберём его в сервис завтра."),
      lab("ФИО", "Дата рождения", "Телефон", "Эл. почта", "Адрес", "Город", "ИНН", "Примечания")),
    L("uk", "ru", "UA", "PL", "пан {}", "пані {}", None, "{dd}.{mm}.{y}", None,
      dict(hi="Добрий день, це {name}.", dob="Дата народження: {dob}.", born="Я народився {dob}.",
           age="Мені {age} років.", addr="Надішліть на адресу {addr}.", city="Зараз я живу в {city}.",
           phone="Мій телефон {phone}.", email="Моя пошта {email}.", id="Мій {label}: {id}.",
           iban="Поверніть кошти на IBAN {iban}.", card="Я платив карткою {card}.", ip="Вхід був з адреси {ip}.",
           url="Мій профіль: {url}", handle="На форумі я {handle}.",
           ask="Чайник протікає з першого дня.", reply="Вибачте, ми надішлемо новий чайник."),
      lab("ПІБ", "Дата народження", "Телефон", "Ел. пошта", "Адреса", "Місто", "РНОКПП", "Примітки")),
    L("he", "he", "IL", "IL", "מר {}", "גב' {}", None, "{d}.{m}.{y}", None,
      dict(hi="שלום, מדבר {name}.", dob="תאריך הלידה שלי {dob}.", born="נולדתי ב-{dob}.", age="אני בן {age}.",
           addr="נא לשלוח ל{addr}.", city="אני גר עכשיו ב{city}.", phone="הטלפון שלי {phone}.",
           email="המייל שלי {email}.", id="{label} שלי: {id}.", iban="נא להחזיר לחשבון {iban}.",
           card="שילמתי בכרטיס {card}.", ip="הכניסה הייתה מ-{ip}.", url="הפרופיל שלי: {url}",
           handle="בפורום אני {handle}.", ask="המקרר שהזמנתי הגיע עם דלת שבורה.",
           reply="מצטערים, טכנאי יגיע מחר בבוקר."),
      lab("שם מלא", "תאריך לידה", "טלפון", "דוא\"ל", "כתובת", "עיר", "תעודת זהות", "הערות")),
    L("ar", "fa", "SA", "IL", "السيد {}", "السيدة {}", None, "{dd}/{mm}/{y}", None,
      dict(hi="مرحبا، معك {name}.", dob="تاريخ ميلادي {dob}.", born="ولدت في {dob}.", age="عمري {age} سنة.",
           addr="أرسلوا الطلب إلى {addr}.", city="أسكن الآن في {city}.", phone="رقم هاتفي {phone}.",
           email="بريدي الإلكتروني {email}.", id="{label}: {id}.", iban="أعيدوا المبلغ إلى الآيبان {iban}.",
           card="دفعت بالبطاقة {card}.", ip="تم الدخول من {ip}.", url="ملفي الشخصي: {url}",
           handle="اسمي في المنتدى {handle}.", ask="وصلت الغسالة ولكن الباب لا يغلق.",
           reply="نعتذر، سيزوركم فني يوم الأحد."),
      lab("الاسم الكامل", "تاريخ الميلاد", "الهاتف", "البريد الإلكتروني", "العنوان", "المدينة", "رقم الهوية",
          "ملاحظات")),
    L("fa", "fa", "IR", "DE", "آقای {}", "خانم {}", None, "{y}/{mm}/{dd}", None,
      dict(hi="سلام، {name} هستم.", dob="تاریخ تولد من {dob} است.", born="من در {dob} به دنیا آمدم.",
           age="{age} سال دارم.", addr="لطفا به {addr} ارسال کنید.", city="الان در {city} زندگی می‌کنم.",
           phone="شماره من {phone} است.", email="ایمیل من {email} است.", id="{label} من: {id}.",
           iban="مبلغ را به شبا {iban} برگردانید.", card="با کارت {card} پرداخت کردم.", ip="ورود از {ip} بود.",
           url="پروفایل من: {url}", handle="در انجمن {handle} هستم.", ask="یخچال سفارشی من خراب رسید.",
           reply="پوزش می‌خواهیم، فردا تعویض می‌شود."),
      lab("نام و نام خانوادگی", "تاریخ تولد", "تلفن", "ایمیل", "نشانی", "شهر", "کد ملی", "یادداشت")),
    L("hi", "ne", "IN", "GB", "श्री {}", "श्रीमती {}", None, "{dd}/{mm}/{y}", None,
      dict(hi="नमस्ते, मैं {name} बोल रहा हूँ।", dob="मेरी जन्मतिथि {dob} है।", born="मेरा जन्म {dob} को हुआ।",
           age="मेरी उम्र {age} साल है।", addr="कृपया {addr} पर भेजें।", city="मैं अब {city} में रहता हूँ।",
           phone="मेरा नंबर {phone} है।", email="मेरा ईमेल {email} है।", id="मेरा {label} {id} है।",
           iban="पैसे IBAN {iban} में लौटाएँ।", card="मैंने कार्ड {card} से भुगतान किया।",
           ip="लॉगिन {ip} से हुआ।", url="मेरी प्रोफ़ाइल: {url}", handle="फ़ोरम पर मैं {handle} हूँ।",
           ask="मेरा मिक्सर दो दिन में ही खराब हो गया।", reply="असुविधा के लिए खेद है, कल तकनीशियन आएगा।"),
      lab("पूरा नाम", "जन्मतिथि", "फ़ोन", "ईमेल", "पता", "शहर", "आधार संख्या", "टिप्पणी")),
    L("ne", "ne", "NP", "GB", "Mr. {}", "Mrs. {}", None, "{y}-{mm}-{dd}", None,
      dict(hi="Namaste, ma {name} ho.", dob="Mero janma miti {dob} ho.", born="Ma {dob} ma janmeko ho.",
           age="Mero umer {age} barsa ho.", addr="Kripaya {addr} ma pathaunus.", city="Ahile ma {city} ma baschhu.",
           phone="Mero number {phone} ho.", email="Mero email {email} ho.", id="Mero {label} {id} ho.",
           iban="Paisa IBAN {iban} ma firta garnus.", card="Maile card {card} le tireko.", ip="Login {ip} bata.",
           url="Mero profile: {url}", handle="Forum ma ma {handle} hu.",
           ask="Order gareko rice cooker bigreko aayo.", reply="Maaf garnus, bholi naya pathauchhau."),
      lab("Full name", "Janma miti", "Phone", "Email", "Thegana", "Sahar", "Nagarikta number", "Notes")),
    L("ja", "ja", "JP", "DE", "{}様", "{}さん", None, "{y}年{m}月{d}日", None,
      dict(hi="こんにちは、{name}です。", dob="生年月日は{dob}です。", born="{dob}生まれです。", age="{age}歳です。",
           addr="{addr}まで送ってください。", city="今は{city}に住んでいます。", phone="電話番号は{phone}です。",
           email="メールは{email}です。", id="{label}は{id}です。", iban="IBAN {iban}に返金してください。",
           card="カード{card}で支払いました。", ip="ログインは{ip}からでした。", url="プロフィール：{url}",
           handle="フォーラムでは{handle}です。", ask="注文した炊飯器の蓋が閉まりません。",
           reply="ご迷惑をおかけしました。明日代替品を発送します。"),
      lab("氏名", "生年月日", "電話番号", "メール", "住所", "市区町村", "個人番号", "備考")),
    L("ko", "ko", "KR", "DE", "{} 씨", "{} 님", None, "{y}년 {m}월 {d}일", None,
      dict(hi="안녕하세요, {name}입니다.", dob="생년월일은 {dob}입니다.", born="{dob}에 태어났어요.",
           age="나이는 {age}살이에요.", addr="{addr}로 보내 주세요.", city="지금은 {city}에 살아요.",
           phone="전화번호는 {phone}입니다.", email="이메일은 {email}입니다.", id="{label}는 {id}입니다.",
           iban="IBAN {iban}로 환불해 주세요.", card="{card} 카드로 결제했어요.", ip="로그인은 {ip}에서 했어요.",
           url="제 프로필: {url}", handle="포럼 아이디는 {handle}입니다.", ask="주문한 청소기가 작동하지 않아요.",
           reply="불편을 드려 죄송합니다. 내일 교환해 드리겠습니다."),
      lab("성명", "생년월일", "전화번호", "이메일", "주소", "도시", "주민등록번호", "비고")),
    L("zh", "zh", "CN", "DE", "{}先生", "{}女士", None, "{y}年{m}月{d}日", None,
      dict(hi="你好，我是{name}。", dob="我的出生日期是{dob}。", born="我出生于{dob}。", age="我今年{age}岁。",
           addr="请寄到{addr}。", city="我现在住在{city}。", phone="我的电话是{phone}。", email="我的邮箱是{email}。",
           id="我的{label}是{id}。", iban="请退款到IBAN {iban}。", card="我用卡{card}付的款。",
           ip="登录来自{ip}。", url="我的主页：{url}", handle="我在论坛上叫{handle}。",
           ask="我买的电水壶漏水了。", reply="很抱歉，明天为您寄出新的。"),
      lab("姓名", "出生日期", "电话", "邮箱", "地址", "城市", "身份证号", "备注")),
    L("vi", "vi", "VN", "DE", "anh {}", "chị {}", None, "{dd}/{mm}/{y}", "ngày {d} tháng {m} năm {y}",
      dict(hi="Chào bạn, mình là {name}.", dob="Ngày sinh của tôi là {dob}.", born="Tôi sinh {dob}.",
           age="Tôi {age} tuổi.", addr="Vui lòng gửi đến {addr}.", city="Hiện tôi sống ở {city}.",
           phone="Số điện thoại của tôi là {phone}.", email="Email của tôi là {email}.", id="{label} của tôi là {id}.",
           iban="Hoàn tiền vào IBAN {iban}.", card="Tôi đã trả bằng thẻ {card}.", ip="Đăng nhập từ {ip}.",
           url="Hồ sơ của tôi: {url}", handle="Trên diễn đàn tôi là {handle}.", ask="Nồi cơm điện tôi mua bị hỏng nắp.",
           reply="Xin lỗi bạn, ngày mai chúng tôi sẽ gửi cái mới."),
      lab("Họ và tên", "Ngày sinh", "Điện thoại", "Email", "Địa chỉ", "Thành phố", "Số CCCD", "Ghi chú")),
    L("id", "en ne fr", "ID", "DE", "Bapak {}", "Ibu {}",
      "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
      "{dd}-{mm}-{y}", "{d} {M} {y}",
      dict(hi="Halo, saya {name}.", dob="Tanggal lahir saya {dob}.", born="Saya lahir pada {dob}.",
           age="Umur saya {age} tahun.", addr="Tolong kirim ke {addr}.", city="Sekarang saya tinggal di {city}.",
           phone="Nomor saya {phone}.", email="Email saya {email}.", id="{label} saya {id}.",
           iban="Kembalikan dana ke IBAN {iban}.", card="Saya bayar dengan kartu {card}.", ip="Login dari {ip}.",
           url="Profil saya: {url}", handle="Di forum saya {handle}.", ask="Kipas angin yang saya pesan tidak berputar.",
           reply="Mohon maaf, besok kami kirim pengganti."),
      lab("Nama lengkap", "Tanggal lahir", "Telepon", "Email", "Alamat", "Kota", "NIK", "Catatan")),
]

ID_LABELS: dict[str, str] = {
    "US_SSN": "SSN", "US_ITIN": "ITIN", "UK_NHS": "NHS number", "ES_DNI": "DNI", "ES_NIE": "NIE",
    "IT_FISCAL_CODE": "codice fiscale", "PL_PESEL": "PESEL", "NL_BSN": "BSN", "SE_PERSONNUMMER": "personnummer",
    "FR_NIR": "numéro de sécurité sociale", "IN_AADHAAR": "Aadhaar", "IN_PAN": "PAN", "AU_TFN": "TFN",
    "CA_SIN": "SIN", "BR_CPF": "CPF", "DK_CPR": "CPR-nummer", "FI_HETU": "henkilötunnus",
    "NO_FODSELSNUMMER": "fødselsnummer", "BE_NATIONAL_NUMBER": "rijksregisternummer", "EE_PERSONAL_CODE": "isikukood",
    "RO_CNP": "CNP", "BG_EGN": "ЕГН", "CZ_BIRTH_NUMBER": "rodné číslo", "HR_OIB": "OIB", "CH_AHV": "AHV-Nummer",
    "IE_PPS": "PPS number", "CN_RESIDENT_ID": "身份证号", "MX_CURP": "CURP", "CL_RUT": "RUT", "AR_CUIT": "CUIT",
    "TR_NATIONAL_ID": "TC Kimlik No", "IL_ID_NUMBER": "מספר זהות", "KR_RRN": "주민등록번호", "ZA_ID_NUMBER": "ID number",
    "GR_AMKA": "ΑΜΚΑ", "IS_KENNITALA": "kennitala", "RU_INN": "ИНН", "UA_RNTRC": "РНОКПП",
}
ID_LANG = {"US_SSN": "en", "US_ITIN": "en", "UK_NHS": "en", "ES_DNI": "es", "ES_NIE": "es", "IT_FISCAL_CODE": "it",
           "PL_PESEL": "pl", "NL_BSN": "nl", "SE_PERSONNUMMER": "sv", "FR_NIR": "fr", "IN_AADHAAR": "hi",
           "IN_PAN": "hi", "AU_TFN": "en", "CA_SIN": "en", "BR_CPF": "pt", "DK_CPR": "sv", "FI_HETU": "sv",
           "NO_FODSELSNUMMER": "sv", "BE_NATIONAL_NUMBER": "nl", "EE_PERSONAL_CODE": "en", "RO_CNP": "en",
           "BG_EGN": "ru", "CZ_BIRTH_NUMBER": "pl", "HR_OIB": "en", "CH_AHV": "de", "IE_PPS": "en",
           "CN_RESIDENT_ID": "zh", "MX_CURP": "es", "CL_RUT": "es", "AR_CUIT": "es", "TR_NATIONAL_ID": "tr",
           "IL_ID_NUMBER": "he", "KR_RRN": "ko", "ZA_ID_NUMBER": "en", "GR_AMKA": "en", "IS_KENNITALA": "en",
           "RU_INN": "ru", "UA_RNTRC": "uk"}
LANG_BY_CODE = {lg.code: lg for lg in LANGS}

STREET = {"en": "{n} {w} {t}", "de": "{w}{t} {n}", "fr": "{n} {t} {w}", "es": "{t} {w} {n}", "it": "{t} {w} {n}",
          "pt": "{t} {w}, {n}", "nl": "{w}{t} {n}", "pl": "{t} {w} {n}", "sv": "{w}{t} {n}", "tr": "{w} {t} No: {n}",
          "ru": "{t} {w}, д. {n}", "uk": "{t} {w}, {n}", "he": "{t} {w} {n}", "ar": "{t} {w} {n}",
          "fa": "{t} {w} پلاک {n}", "hi": "{n}, {w} {t}", "ne": "{w} {t} {n}", "ja": "{w}{t}{n}番地",
          "ko": "{w}{t} {n}", "zh": "{w}{t}{n}号", "vi": "{n} {t} {w}", "id": "{t} {w} No. {n}"}
STREET_TYPE = {"en": ["Street", "Avenue", "Road", "Lane"], "de": ["straße", "weg", "allee"],
               "fr": ["rue", "avenue", "boulevard"], "es": ["Calle", "Avenida"], "it": ["Via", "Viale"],
               "pt": ["Rua", "Avenida"], "nl": ["straat", "laan", "weg"], "pl": ["ul.", "al."],
               "sv": ["gatan", "vägen"], "tr": ["Sokak", "Caddesi"], "ru": ["ул.", "пр-т"], "uk": ["вул.", "просп."],
               "he": ["רחוב"], "ar": ["شارع"], "fa": ["خیابان"], "hi": ["मार्ग", "नगर"], "ne": ["Marg", "Tole"],
               "ja": ["町"], "ko": ["로", "길"], "zh": ["路", "街"], "vi": ["đường", "phố"], "id": ["Jalan", "Jl."]}


# --------------------------------------------------------------------------------------------------- value makers


@dataclass
class Planted:
    kind: str
    value: str
    parts: list[str]
    digits: bool = False


@dataclass
class Rec:
    set: str
    lang: str
    script: str
    shape: str
    obj: Any
    planted: list[Planted] = field(default_factory=list)


def name_form(rng: random.Random, lg: Lang, p: src.Person) -> tuple[str, str]:
    """A way a person's name is written, and what to call the form."""
    cjk = p.script in ("Han", "Kanji", "Hangul")
    forms = ["full", "full", "given", "honorific", "lower", "familyfirst", "initials"]
    if cjk:
        forms = ["full", "full", "honorific", "given"]
    form = rng.choice(forms)
    if form == "full":
        return p.full, form
    if form == "given":
        return p.given, form
    if form == "honorific":
        tpl = lg.mrs if p.female else lg.mr
        return tpl.format(p.full if rng.random() < 0.5 or cjk else p.family), form
    if form == "lower":
        return p.full.lower(), form
    if form == "familyfirst":
        return (f"{p.family.upper()}, {p.given}" if rng.random() < 0.5 else f"{p.family} {p.given}"), form
    return f"{p.given[0]}. {p.family}", form


def _ascii(w: str) -> str:
    """How a name is written in an address or URL: accents dropped (Nguyễn -> nguyen)."""
    w = w.lower().translate(str.maketrans({"đ": "d", "ı": "i", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe"}))
    return "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))


def _slug(p: src.Person, rng: random.Random, shapes: list[str]) -> str:
    """A name as people put it in e-mails, handles and URLs (each kind its own shapes, so that one kind's surviving
    value is never counted as another's); a person whose name has no ASCII form gets a numbered user name."""
    given, family = p.roman or (p.given, p.family)
    g = _ascii(given.split()[-1])
    f = _ascii(family.split()[0])
    if (p.script != "Latin" and not p.roman) or not (g.isascii() and f.isascii() and g.isalpha() and f.isalpha()):
        return f"user{rng.randrange(10000, 99999)}"
    return rng.choice(shapes).format(g=g, f=f, i=g[0], n=rng.randrange(2, 99))


def email(rng: random.Random, p: src.Person) -> Planted:
    slug = _slug(p, rng, ["{g}.{f}", "{g}{f}", "{i}{f}", "{f}.{g}", "{g}_{f}{n}"])
    dom = rng.choice(["gmail.com", "outlook.com", "yahoo.co.jp", "web.de", "orange.fr", "libero.it", "mail.ru",
                      "naver.com", "qq.com", "uol.com.br", "proton.me", "example-firma.de"])
    pieces = [w for w in re.split(r"[^a-z0-9]+", slug) if len(w) >= 3] or [slug]
    if rng.random() < 0.12:  # written so that a plain e-mail pattern cannot see it, as people do in chats
        local = slug.replace(".", " dot ")
        return Planted("EMAIL_ADDRESS", f"{local} at {dom.replace('.', ' dot ')}", pieces)
    if rng.random() < 0.05:
        full = f"{slug}@{dom}"
        return Planted("EMAIL_ADDRESS", full.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)}),
                       [w.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)}) for w in pieces])
    return Planted("EMAIL_ADDRESS", f"{slug}@{dom}", pieces)


def handle(rng: random.Random, p: src.Person) -> Planted:
    slug = _slug(p, rng, ["{g}{f}{n}", "{f}_{g}", "{i}_{f}"])
    h = f"@{slug}"
    return Planted("USER_HANDLE", h, [h[1:]])


def url(rng: random.Random, p: src.Person) -> Planted:
    slug = _slug(p, rng, ["{g}-{f}", "{g}-{f}-{n}", "{f}-{g}"])
    u = rng.choice([f"https://www.linkedin.com/in/{slug}", f"https://github.com/{slug}",
                    f"https://{slug}.blogspot.com/", f"https://example-social.net/profile?user={slug}"])
    return Planted("URL", u, [slug])


def dob(rng: random.Random, lg: Lang) -> tuple[Planted, tuple[int, int, int]]:
    y, m, d = rng.randrange(1940, 2006), rng.randrange(1, 13), rng.randrange(1, 29)
    if lg.months and lg.word_date and rng.random() < 0.5:
        text = lg.word_date.format(d=d, M=lg.months[m - 1], y=y, m=m)
    elif lg.word_date and not lg.months and rng.random() < 0.5:
        text = lg.word_date.format(d=d, m=m, y=y)
    else:
        text = lg.date.format(d=d, m=m, y=y, dd=f"{d:02d}", mm=f"{m:02d}")
    return Planted("DATE_OF_BIRTH", text, [str(y)]), (y, m, d)


def place(rng: random.Random, lg: Lang) -> tuple[str, str, str]:
    """(town, region, postcode) as the country writes them."""
    if lg.code == "ko":
        dong, gu, region = rng.choice(src.kr_places())
        return f"{gu} {dong}" if gu else dong, region, f"{rng.randrange(10000, 63999)}"
    if lg.code in ("ne", "hi") and rng.random() < 0.7:
        return rng.choice(src.np_districts()), "", f"{rng.randrange(10000, 57000)}"
    town, state = rng.choice(src.us_places())
    return town, state, f"{rng.randrange(10000, 99999)}"


def address(rng: random.Random, lg: Lang, street_person: src.Person) -> tuple[Planted, Planted]:
    town, region, pc = place(rng, lg)
    w = street_person.family.split()[0]
    n = rng.randrange(1, 240)
    street = STREET[lg.code].format(n=n, w=w, t=rng.choice(STREET_TYPE[lg.code]))
    if lg.code == "en":
        text = f"{street}, {town}, {region} {pc}"
    elif lg.code in ("ko",):
        text = f"{region} {town} {street}"
    elif lg.code in ("ja", "zh"):
        text = f"〒{pc} {town}{street}" if lg.code == "ja" else f"{town}{street}"
    elif lg.code in ("ru", "uk"):
        text = f"{pc}, г. {town}, {street}"
    else:
        text = f"{street}, {pc} {town}"
    # the street's name word is a person's family name: count it as a part of the address
    return (Planted("STREET_ADDRESS", text, [w, street]),
            Planted("LOCATION", town, [town]))


# -------------------------------------------------------------------------------------------------------- records

SHAPES = ["chat", "messages", "sft", "email", "ticket", "form", "table", "keyed"]


def _pool_person(rng: random.Random, lg: Lang) -> src.Person:
    return src.person(rng, rng.choice(lg.pools))


def _fmt(lg: Lang, key: str, **kw: str) -> str:
    return lg.f[key].format(**kw)


def record(rng: random.Random, lg: Lang, i: int) -> Rec:
    p = _pool_person(rng, lg)
    street_p = _pool_person(rng, lg)
    shape = SHAPES[(i + i // len(LANGS)) % len(SHAPES)]
    nm, _form = name_form(rng, lg, p)
    name = Planted("PERSON", nm, p.parts)
    planted: list[Planted] = [name]
    d, born = dob(rng, lg)
    age = Planted("AGE", str(2026 - born[0] - (1 if rng.random() < 0.5 else 0)), [])
    age.parts = [age.value]
    ph = Planted("PHONE_NUMBER", src.phone(rng, lg.country), [], True)
    em = email(rng, p)
    addr, town = address(rng, lg, street_p)
    extras = rng.sample(["iban", "card", "ip", "url", "handle"], 2)
    ex: dict[str, Planted] = {}
    for e in extras:
        if e == "iban":
            ex[e] = Planted("IBAN_CODE", src.iban(rng, lg.iban_country), [], True)
        elif e == "card":
            ex[e] = Planted("CREDIT_CARD", src.card(rng), [], True)
        elif e == "ip":
            v = src.ip(rng)
            ex[e] = Planted("IP_ADDRESS", v, [v])
        elif e == "url":
            ex[e] = url(rng, p)
        else:
            ex[e] = handle(rng, p)
    use_age = rng.random() < 0.5
    lines = [_fmt(lg, "hi", name=nm), lg.f["ask"]]
    if use_age:
        lines.append(_fmt(lg, "age", age=age.value))
        planted.append(age)
    else:
        lines.append(_fmt(lg, rng.choice(["dob", "born"]), dob=d.value))
        planted.append(d)
    lines += [_fmt(lg, "phone", phone=ph.value), _fmt(lg, "email", email=em.value)]
    lines.append(_fmt(lg, "addr", addr=addr.value) if rng.random() < 0.6 else _fmt(lg, "city", city=town.value))
    planted += [ph, em, addr if lines[-1].find(addr.value) >= 0 else town]
    for e, pv in ex.items():
        lines.append(_fmt(lg, e, **{e: pv.value}))
        planted.append(pv)
    L_ = lg.labels
    obj: Any
    if shape == "chat":
        obj = {"text": "\n".join(f"{'customer' if k % 2 == 0 else 'agent'}: {t}" for k, t in
                                 enumerate(_interleave(lines, lg)))}
    elif shape == "messages":
        obj = {"messages": [{"role": "user", "content": " ".join(lines)},
                            {"role": "assistant", "content": lg.f["reply"]}]}
    elif shape == "sft":
        obj = {"prompt": " ".join(lines[:4]), "completion": lg.f["reply"] + " " + " ".join(lines[4:])}
    elif shape == "email":
        obj = {"subject": lg.f["ask"][:40], "from": f"{nm} <{em.value}>", "body": "\n\n".join(lines)}
    elif shape == "ticket":
        digits = re.sub(r"\D", "", ph.value)
        obj = {"ticket": {"id": f"T-{rng.randrange(10000, 99999)}", "priority": rng.choice(["low", "high"]),
                          "customer": {"name": nm, "contact": {"email": em.value, "phone": int(digits)}},
                          "body": " ".join(lines[1:2] + lines[5:])}}
        obj["ticket"]["body"] += " " + lines[2]  # the age or birth date line
    elif shape == "form":
        form = {L_["name"]: nm, L_["phone"]: ph.value, L_["email"]: em.value, L_["notes"]: lg.f["ask"]}
        if use_age:
            form[L_["notes"]] += " " + _fmt(lg, "age", age=age.value)
        else:
            form[L_["dob"]] = d.value
        if addr in planted:
            form[L_["address"]] = addr.value
        else:
            form[L_["city"]] = town.value
        for e, pv in ex.items():
            form[e.upper() if e in ("iban", "ip", "url") else e] = pv.value
        obj = {"form": form}
    elif shape == "table":
        head = f"| {L_['name']} | {L_['phone']} | {L_['email']} |\n|---|---|---|\n| {nm} | {ph.value} | {em.value} |"
        rest = [t for t in lines if ph.value not in t and em.value not in t]
        obj = {"text": "\n".join(rest[:2]) + "\n\n" + head + "\n\n" + "\n".join(rest[2:])}
    else:  # keyed: a JSON object whose key is the person's name
        other = _pool_person(rng, lg)
        on = other.full
        planted.append(Planted("PERSON", on, other.parts))
        obj = {"event": lg.f["ask"][:30], "attendance": {nm: "confirmed", on: "declined"},
               "contact": {em.value: ph.value}, "notes": " ".join(lines[2:3] + lines[5:])}
    return Rec("records", lg.code, p.script, shape, obj, planted)


def _interleave(lines: list[str], lg: Lang) -> list[str]:
    out = []
    for k, t in enumerate(lines):
        out.append(t)
        if k in (1, 4):
            out.append(lg.f["reply"])
    return out


def id_record(rng: random.Random, kind: str, i: int) -> Rec:
    lg = LANG_BY_CODE[ID_LANG[kind]]
    p = _pool_person(rng, lg)
    d, born = dob(rng, lg)
    val = src.identifier(rng, kind, born)
    idp = Planted(kind, val, [], True)
    if kind in ("IN_PAN", "IT_FISCAL_CODE", "MX_CURP"):
        idp = Planted(kind, val, [val], False)
    label = ID_LABELS[kind]
    mode = i % 4
    nm = p.full
    if mode == 0:  # labelled, in a sentence
        obj: Any = {"text": _fmt(lg, "hi", name=nm) + " " + _fmt(lg, "id", label=label, id=val) + " " + lg.f["ask"]}
        planted = [Planted("PERSON", nm, p.parts), idp]
    elif mode == 1:  # a form field under the label
        obj = {"form": {lg.labels["name"]: nm, label: val, lg.labels["notes"]: lg.f["ask"]}}
        planted = [Planted("PERSON", nm, p.parts), idp]
    elif mode == 2:  # labelled, without a name
        obj = {"prompt": f"{label}: {val}\n{lg.f['ask']}", "completion": lg.f["reply"]}
        planted = [idp]
    else:  # no label at all, just the number in running text
        obj = {"text": _fmt(lg, "hi", name=nm) + f" {lg.f['ask']} ({val})"}
        planted = [Planted("PERSON", nm, p.parts), idp]
    return Rec("ids", lg.code, p.script, kind, obj, planted)


CLEAN_TPL = {
    "en": ["Order {ord}: {q} x {prod} shipped on {date} from our warehouse in {town}.",
           "Release {ver} of the {tech} module fixes the {tech2} timeout; deployed {date}.",
           "The {brand} store in {town} opens at 9:00; {q} units of {prod} in stock.",
           "Tracking {track}: parcel left the {town} depot, expected delivery {date}."],
    "de": ["Bestellung {ord}: {q} × {prod}, versandt am {date} aus dem Lager {town}.",
           "Version {ver} behebt den Fehler im Modul {tech}; ausgerollt am {date}.",
           "Die Filiale von {brand} in {town} hat {q} Stück {prod} vorrätig."],
    "fr": ["Commande {ord} : {q} × {prod}, expédiée le {date} depuis l'entrepôt de {town}.",
           "La version {ver} corrige le module {tech} ; mise en ligne le {date}."],
    "es": ["Pedido {ord}: {q} × {prod}, enviado el {date} desde el almacén de {town}.",
           "La versión {ver} corrige el módulo {tech}; publicada el {date}."],
    "it": ["Ordine {ord}: {q} × {prod}, spedito il {date} dal magazzino di {town}."],
    "ru": ["Заказ {ord}: {q} × {prod}, отправлен {date} со склада в {town}."],
    "ja": ["注文{ord}：{prod}を{q}個、{date}に{town}の倉庫から発送しました。"],
    "ko": ["주문 {ord}: {prod} {q}개, {date} {town} 물류센터에서 발송되었습니다."],
    "zh": ["订单{ord}：{prod}{q}件，已于{date}从{town}仓库发出。"],
    "vi": ["Đơn hàng {ord}: {q} × {prod}, gửi ngày {date} từ kho {town}."],
    "tr": ["Sipariş {ord}: {q} adet {prod}, {date} tarihinde {town} deposundan gönderildi."],
    "pt": ["Pedido {ord}: {q} × {prod}, enviado em {date} do depósito de {town}."],
    "nl": ["Bestelling {ord}: {q} × {prod}, verzonden op {date} vanuit het magazijn in {town}."],
    "pl": ["Zamówienie {ord}: {q} × {prod}, wysłane {date} z magazynu {town}."],
    "he": ["הזמנה {ord}: {q} יחידות {prod}, נשלחה ב-{date} מהמחסן ב{town}."],
    "ar": ["الطلب {ord}: {q} × {prod}، شُحن في {date} من مستودع {town}."],
}
WORD_LANG = {"en": "en", "de": "de", "fr": "en", "es": "es", "it": "it", "ru": "ru", "ja": "ja", "ko": "ko",
             "zh": "zh", "vi": "vi", "tr": "en", "pt": "es", "nl": "en", "pl": "en", "he": "en", "ar": "en"}


def clean_record(rng: random.Random, i: int) -> Rec:
    code = list(CLEAN_TPL)[i % len(CLEAN_TPL)]
    lg = LANG_BY_CODE[code]
    wl = WORD_LANG[code]
    y, m, d = 2026, rng.randrange(1, 13), rng.randrange(1, 29)
    date = lg.date.format(d=d, m=m, y=y, dd=f"{d:02d}", mm=f"{m:02d}")
    town = place(rng, lg)[0]
    from randino.organization.data import en as orgs

    brand = rng.choice(list(orgs.EN.stems))
    kw = dict(ord=f"#{rng.randrange(100000, 999999)}", q=str(rng.randrange(2, 60)),
              prod=rng.choice(src.nouns(wl, rng.choice(["product", "food", "tool", "furniture", "drink"]))),
              date=date, town=town, ver=f"{rng.randrange(1, 9)}.{rng.randrange(0, 20)}.{rng.randrange(0, 9)}",
              tech=rng.choice(src.nouns("en", "tech")), tech2=rng.choice(src.nouns("en", "tech")), brand=brand,
              track=f"1Z{rng.randrange(10**9, 10**10)}")
    tpls = rng.sample(CLEAN_TPL[code], min(2, len(CLEAN_TPL[code])))
    text = " ".join(t.format(**kw) for t in tpls)
    shape = ["text", "messages", "sft"][i % 3]
    obj: Any = {"text": text} if shape == "text" else (
        {"messages": [{"role": "user", "content": text}, {"role": "assistant", "content": lg.f["reply"]}]}
        if shape == "messages" else {"prompt": text, "completion": lg.f["reply"]})
    return Rec("clean", code, "-", shape, obj, [])


def table_rows(rng: random.Random, n: int) -> tuple[list[str], list[dict[str, Any]], list[Rec]]:
    """Rows of a customer table; headers in one language per table, cells with planted values."""
    headers_by = {code: LANG_BY_CODE[code].labels for code in ("en", "de", "fr", "es", "pt", "tr")}
    code = rng.choice(list(headers_by))
    H = headers_by[code]
    cols = [H["name"], H["email"], H["phone"], H["dob"], H["city"], "order_id", "amount", H["notes"]]
    rows, recs = [], []
    for i in range(n):
        lg = LANGS[i % len(LANGS)]
        p = _pool_person(rng, lg)
        nm, _ = name_form(rng, lg, p)
        d, _b = dob(rng, lg)
        ph = src.phone(rng, lg.country)
        em = email(rng, p)
        town = place(rng, lg)[0]
        note = _fmt(lg, "hi", name=p.given) + " " + lg.f["ask"]
        row = {cols[0]: nm, cols[1]: em.value, cols[2]: ph, cols[3]: d.value, cols[4]: town,
               cols[5]: f"ORD-{rng.randrange(10000, 99999)}", cols[6]: f"{rng.randrange(5, 900)}.{rng.randrange(10, 99)}",
               cols[7]: note}
        rows.append(row)
        recs.append(Rec("table", lg.code, p.script, "row", [row[c] for c in cols], [
            Planted("PERSON", nm, p.parts), em, Planted("PHONE_NUMBER", ph, [], True), d,
            Planted("LOCATION", town, [town]), Planted("PERSON", p.given, [p.given] if len(p.given) > 1 else [])]))
    return cols, rows, recs


# --------------------------------------------------------------------------------------------------------- scoring

WORD = re.compile(r"[^\W\d_]{3,}")
SEP = re.compile(r"(?<=\d)[\s\-./()·]+(?=\d)")


def _count(part: str, text: str, cjk: bool) -> int:
    if not part:
        return 0
    if cjk or not re.search(r"[A-Za-zÀ-ɏḀ-ỿЀ-ӿ0-9]", part):  # scripts that attach prefixes or use no spaces
        return text.count(part)
    return len(re.findall(r"(?<!\w)" + re.escape(part) + r"(?!\w)", text, flags=re.IGNORECASE))


def _digit_runs(text: str) -> list[str]:
    return re.findall(r"\d+", SEP.sub("", text))


def _leaked(pv: Planted, orig_bg: str, copy: str) -> bool:
    if pv.digits:
        ds = re.sub(r"\D", "", pv.value)
        wins = {ds[i:i + 6] for i in range(max(1, len(ds) - 5))}
        cruns, bruns = _digit_runs(copy), _digit_runs(orig_bg)
        return any(sum(w in r for r in cruns) > sum(w in r for r in bruns) for w in wins)
    for part in pv.parts:
        cjk = bool(re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", part))
        if _count(part, copy, cjk) > _count(part, orig_bg, cjk):
            return True
    return False


def _text_of(obj: Any) -> str:
    """Every key and value of a record (integers too), one per line: what a reader of the copy sees."""
    out: list[str] = []

    def walk(x: Any) -> None:
        if isinstance(x, dict):
            for k, v in x.items():
                out.append(str(k))
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif x is not None:
            out.append(str(x))

    walk(obj)
    return "\n".join(out)


def score(recs: list[Rec], copies: list[Any]) -> dict[str, Any]:
    leak = collections.Counter[tuple[str, str]]()
    total = collections.Counter[tuple[str, str]]()
    words_total = words_lost = 0
    for r, c in zip(recs, copies):
        orig = _text_of(r.obj)
        copy = _text_of(c)
        bg = orig
        for pv in sorted(r.planted, key=lambda x: -len(x.value)):
            bg = bg.replace(pv.value, " ")
            if pv.kind == "PERSON":
                for part in pv.parts:
                    bg = bg.replace(part, " ")
        for pv in r.planted:
            own = copy
            for other in r.planted:  # a value that survived whole counts under its own kind, not under this one's
                if other is not pv and pv.value not in other.value:
                    own = own.replace(other.value, " ")
            hit = _leaked(pv, bg, own)
            for dim in ("kind:" + pv.kind, "lang:" + r.lang, "script:" + r.script, "shape:" + r.shape, "all"):
                total[(dim, "")] += 1
                if hit:
                    leak[(dim, "")] += 1
        ow = collections.Counter(WORD.findall(bg))
        cw = collections.Counter(WORD.findall(copy))
        words_total += sum(ow.values())
        words_lost += sum(max(0, n - cw[w]) for w, n in ow.items())
    table = {k[0]: {"planted": total[k], "leaked": leak[k]} for k in sorted(total)}
    return {"leak": table, "words": words_total, "words_lost": words_lost}


# ---------------------------------------------------------------------------------------------------------- running


def token_policy(name: str, tmp: Path) -> Path:
    """The shipped policy with keyed tokens in place of surrogates (so no fake value can collide with a real one), and
    its residual limit lifted so that the copy is written whatever the re-scan finds: the copy leaks are measured on.
    """
    shipped = Path(name)
    if not shipped.exists():
        shipped = Path(str(resources.files("governed_tuning.policies").joinpath(f"{name}.yaml")))
    text = re.sub(r"action:\s*surrogate", "action: pseudonymize", shipped.read_text(encoding="utf-8"))
    if re.search(r"(?m)^\s+max_residual_findings:", text):
        text = re.sub(r"(?m)^(\s+)max_residual_findings:.*$", r"\1max_residual_findings: 1000000000", text)
    else:
        text = re.sub(r"(?m)^pii:\s*$", "pii:\n  max_residual_findings: 1000000000", text, count=1)
    out = tmp / f"{shipped.stem}-tokens.yaml"
    out.write_text(text, encoding="utf-8")
    return out


def run_jsonl(recs: list[Rec], policy: str, tmp: Path, tag: str) -> tuple[str, list[Any], float]:
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    inp = tmp / f"{tag}.jsonl"
    with inp.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r.obj, ensure_ascii=False) + "\n")
    out = tmp / f"{tag}.{Path(policy).stem}.out.jsonl"
    t0 = time.perf_counter()
    try:
        res = PiiGate(load_policy(policy).policy.pii).check(inp, out)
        verdict = str(res.verdict.value if hasattr(res.verdict, "value") else res.verdict)
    except Exception as exc:  # a crash is a result too; its message may hold a value, so only its type is shown
        verdict = f"error({type(exc).__name__})"
    dt = time.perf_counter() - t0
    copies = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    return verdict, copies, dt


def run_cli(rows: list[dict[str, Any]], cols: list[str], fmt: str, policy: str, tmp: Path, tag: str
            ) -> tuple[str, list[Any], float]:
    import pandas as pd

    inp = tmp / f"{tag}.{fmt}"
    df = pd.DataFrame(rows, columns=cols)
    if fmt == "csv":
        df.to_csv(inp, index=False, quoting=csv.QUOTE_MINIMAL)
    else:
        df.to_parquet(inp, index=False)
    out = tmp / f"{tag}.{Path(policy).stem}.out.{fmt}"
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "governed_tuning.cli", "scrub", str(inp), "--out", str(out),
                           "--policy", policy, "--no-progress", "--evidence", str(tmp / f"{tag}.ev.json")],
                          capture_output=True, text=True, env=os.environ.copy())
    dt = time.perf_counter() - t0
    verdict = "pass" if proc.returncode == 0 else f"fail(exit {proc.returncode})"
    copies: list[Any] = []
    if out.exists():
        cdf = pd.read_csv(out, dtype=str, keep_default_na=False) if fmt == "csv" else pd.read_parquet(out)
        copies = [{str(k): str(v) for k, v in row.items()} for row in cdf.to_dict(orient="records")]
    return verdict, copies, dt


def build(sets: list[str], n: int) -> dict[str, Any]:
    rng = random.Random(SEED)
    built: dict[str, Any] = {}
    if "records" in sets:
        built["records"] = [record(rng, LANGS[i % len(LANGS)], i) for i in range(n)]
    if "ids" in sets:
        kinds = list(src.IDS)
        built["ids"] = [id_record(rng, kinds[i % len(kinds)], i // len(kinds)) for i in range(8 * len(kinds))]
    if "clean" in sets:
        built["clean"] = [clean_record(rng, i) for i in range(n)]
    for fmt in ("csv", "parquet"):
        if fmt in sets:
            built[fmt] = table_rows(rng, max(44, n // 3))
    return built


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--policy", default="default", help="shipped policy name or a policy file")
    ap.add_argument("--sets", default="records,ids,clean,csv,parquet")
    ap.add_argument("--n", type=int, default=176, help="records in the records and clean sets (ids: 8 per kind; tables: n/3 rows)")
    ap.add_argument("--json", dest="json_out", help="write every table here as JSON")
    ap.add_argument("--tables", action="store_true", help="also print per-kind, per-language, per-script tables")
    a = ap.parse_args(argv)
    sets = a.sets.split(",")
    t_all = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="pii_sealed5_") as td:
        tmp = Path(td)
        os.environ["GOVERNED_TUNING_PSEUDONYM_KEY"] = KEY
        os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
        tok = str(token_policy(a.policy, tmp))
        built = build(sets, a.n)
        results: dict[str, Any] = {"policy": a.policy, "seed": SEED, "sets": {}}
        for name, data in built.items():
            if name in ("csv", "parquet"):
                cols, rows, recs = data
                verdict, _c, dt1 = run_cli(rows, cols, name, a.policy, tmp, name)
                _v, copies, dt2 = run_cli(rows, cols, name, tok, tmp, name + "-tok")
                # a row is its cells in order; the header is one more record (its words counted once, not per row)
                header = list(copies[0]) if copies else []
                copies = [list(c.values()) for c in copies] + ([header] if copies else [])
                recs = recs + [Rec("table", "-", "-", "header", cols, [])]
            else:
                recs = data
                verdict, _c, dt1 = run_jsonl(recs, a.policy, tmp, name)
                _v, copies, dt2 = run_jsonl(recs, tok, tmp, name + "-tok")
            if len(copies) != len(recs):
                sc: dict[str, Any] = {"leak": {}, "words": 0, "words_lost": 0, "error": "copy has "
                                      f"{len(copies)} records for {len(recs)}"}
            else:
                sc = score(recs, copies)
            allrow = sc["leak"].get("all", {"planted": 0, "leaked": 0})
            planted_set = name != "clean"
            right = (verdict == "pass") if not planted_set else ((verdict == "pass") == (allrow["leaked"] == 0))
            results["sets"][name] = {"records": len(recs), "verdict": verdict, "verdict_right": right,
                                     "seconds": round(dt1 + dt2, 1), **sc}
            lost = 100.0 * sc["words_lost"] / max(1, sc["words"])
            leakpct = 100.0 * allrow["leaked"] / max(1, allrow["planted"])
            print(f"{name:8s} records={len(recs):4d} verdict={verdict:14s} right={'yes' if right else 'NO ':3s} "
                  f"leaked={allrow['leaked']}/{allrow['planted']} ({leakpct:.1f}%) "
                  f"content_lost={sc['words_lost']}/{sc['words']} ({lost:.2f}%) {dt1 + dt2:.0f}s", flush=True)
            if a.tables:
                for dim, row in sc["leak"].items():
                    if dim != "all":
                        print(f"    {dim:34s} {row['leaked']:4d}/{row['planted']:4d} "
                              f"({100.0 * row['leaked'] / row['planted']:.1f}%)")
        results["wall_s"] = round(time.perf_counter() - t_all, 1)
        print(f"total wall {results['wall_s']}s")
        if a.json_out:
            Path(a.json_out).write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
