"""Support tickets for ``pii_precision6.py``: how customers and help desks write to each other in 18 languages,
about products, brands, towns (a shop, a depot, a warehouse: never where a person lives), versions, prices,
order numbers and dates that are not births. No person is named and nothing identifies one.

Written by hand by the precision6 engineer (not lifted from any generator's locale files and not from
``pii_precision_lang.py``: other sentence shapes, other products, other towns). Slots in braces are filled by
``pii_precision6.py``: ``{product}`` (hardware, cars, appliances, software; several share a word with a given
name or a surname), ``{town}`` (the language's own towns, below), ``{ver}``, ``{price}`` and ``{date}`` (babel,
in the language), ``{order}``, ``{n}`` (a count), ``{rel}`` (a relative time from CLDR: "in 3 days").
"""

from __future__ import annotations

LOCALES = {"en": "en_US", "de": "de_AT", "fr": "fr_CA", "es": "es_MX", "it": "it_IT", "pt": "pt_BR", "nl": "nl_BE",
           "pl": "pl_PL", "sv": "sv_SE", "da": "da_DK", "fi": "fi_FI", "cs": "cs_CZ", "tr": "tr_TR", "ru": "ru_RU",
           "el": "el_GR", "ja": "ja_JP", "zh": "zh_TW", "ko": "ko_KR"}
CURRENCY = {"en": "USD", "de": "EUR", "fr": "CAD", "es": "MXN", "it": "EUR", "pt": "BRL", "nl": "EUR", "pl": "PLN",
            "sv": "SEK", "da": "DKK", "fi": "EUR", "cs": "CZK", "tr": "TRY", "ru": "RUB", "el": "EUR", "ja": "JPY",
            "zh": "TWD", "ko": "KRW"}
TOWNS = {"en": ["Denver", "Phoenix", "Columbus", "Austin"], "de": ["Graz", "Linz", "Innsbruck", "Salzburg"],
         "fr": ["Montréal", "Québec", "Sherbrooke", "Gatineau"], "es": ["Monterrey", "Guadalajara", "Puebla", "Mérida"],
         "it": ["Torino", "Bologna", "Verona", "Bari"], "pt": ["Curitiba", "Recife", "Campinas", "Manaus"],
         "nl": ["Gent", "Antwerpen", "Leuven", "Brugge"], "pl": ["Poznań", "Gdańsk", "Łódź", "Lublin"],
         "sv": ["Göteborg", "Malmö", "Uppsala", "Umeå"], "da": ["Aarhus", "Odense", "Aalborg", "Esbjerg"],
         "fi": ["Tampere", "Oulu", "Turku", "Jyväskylä"], "cs": ["Brno", "Ostrava", "Plzeň", "Olomouc"],
         "tr": ["İzmir", "Bursa", "Konya", "Eskişehir"], "ru": ["Казань", "Самара", "Пермь", "Тюмень"],
         "el": ["Θεσσαλονίκη", "Πάτρα", "Ηράκλειο", "Λάρισα"], "ja": ["大阪", "名古屋", "福岡", "札幌"],
         "zh": ["台中", "高雄", "新竹", "台南"], "ko": ["부산", "대구", "광주", "대전"]}

T: dict[str, list[str]] = {
    "en": ["Hi, my {product} stopped charging after firmware {ver}. Order {order}, bought on {date} for {price}.",
           "The {town} store says the {product} is back in stock {rel}. Can you hold one? Ticket {order}.",
           "Thanks for your patience. A replacement {product} ships from our {town} warehouse {rel}; "
           "no need to return the old unit.",
           "Invoice {order}: {n} x {product} at {price} each. Payment terms: net 30. Questions? Reply to this thread."],
    "de": ["Grüß Gott, mein {product} lädt seit dem Update {ver} nicht mehr. Bestellnummer {order}, gekauft am "
           "{date} um {price}.",
           "Die Filiale in {town} hat den {product} {rel} wieder lagernd. Können Sie mir einen reservieren? Konto {n}.",
           "Danke für Ihre Geduld. Ein Ersatzgerät {product} geht {rel} aus unserem Lager in {town} raus; das alte "
           "Gerät müssen Sie nicht zurückschicken.",
           "Rechnung {order}: {n} Stück {product} zu je {price}. Zahlungsziel 30 Tage. Garten- und Freizeitsortiment "
           "ab {date} im Angebot."],
    "fr": ["Bonjour, mon {product} ne se recharge plus depuis le micrologiciel {ver}. Commande {order}, achetée le "
           "{date} pour {price}.",
           "Le magasin de {town} dit que le {product} sera de retour {rel}. Pouvez-vous en réserver un? Billet {order}.",
           "Merci de votre patience. Un {product} de remplacement part de notre entrepôt de {town} {rel}; inutile de "
           "retourner l'ancien appareil.",
           "Facture {order} : {n} x {product} à {price} chacun. Modalités de paiement : 30 jours nets."],
    "es": ["Hola, mi {product} dejó de cargar después del firmware {ver}. Pedido {order}, comprado el {date} por "
           "{price}.",
           "La sucursal de {town} dice que el {product} vuelve a haber {rel}. ¿Me pueden apartar uno? Folio {order}.",
           "Gracias por su paciencia. Un {product} de reemplazo sale de nuestro almacén en {town} {rel}; no hace falta "
           "devolver el equipo anterior.",
           "Factura {order}: {n} x {product} a {price} cada uno. Condiciones de pago: 30 días."],
    "it": ["Salve, il mio {product} non si ricarica più dopo il firmware {ver}. Ordine {order}, acquistato il {date} "
           "a {price}.",
           "Il negozio di {town} dice che il {product} torna disponibile {rel}. Potete tenermene uno? Pratica {order}.",
           "Grazie per la pazienza. Un {product} sostitutivo parte dal nostro magazzino di {town} {rel}; non serve "
           "restituire il vecchio apparecchio.",
           "Fattura {order}: {n} x {product} a {price} l'uno. Pagamento a 30 giorni data fattura."],
    "pt": ["Olá, meu {product} parou de carregar depois do firmware {ver}. Pedido {order}, comprado em {date} por "
           "{price}.",
           "A loja de {town} disse que o {product} volta ao estoque {rel}. Vocês podem separar um? Protocolo {order}.",
           "Obrigado pela paciência. Um {product} de reposição sai do nosso centro de distribuição em {town} {rel}; "
           "não precisa devolver o aparelho antigo.",
           "Nota fiscal {order}: {n} x {product} a {price} cada. Pagamento em 30 dias."],
    "nl": ["Hallo, mijn {product} laadt niet meer op sinds firmware {ver}. Bestelling {order}, gekocht op {date} "
           "voor {price}.",
           "De winkel in {town} zegt dat de {product} {rel} weer op voorraad is. Kunnen jullie er een reserveren? "
           "Dossier {order}.",
           "Bedankt voor uw geduld. Een vervangende {product} vertrekt {rel} uit ons magazijn in {town}; u hoeft het "
           "oude toestel niet terug te sturen.",
           "Factuur {order}: {n} x {product} aan {price} per stuk. Betaaltermijn 30 dagen."],
    "pl": ["Dzień dobry, mój {product} przestał się ładować po aktualizacji {ver}. Zamówienie {order}, kupione "
           "{date} za {price}.",
           "Sklep w mieście {town} mówi, że {product} wróci do sprzedaży {rel}. Czy mogą Państwo zarezerwować jeden? "
           "Zgłoszenie {order}.",
           "Dziękujemy za cierpliwość. Zastępczy {product} wyjedzie z naszego magazynu {rel}; starego urządzenia nie "
           "trzeba odsyłać.",
           "Faktura {order}: {n} szt. {product} po {price}. Termin płatności 30 dni."],
    "sv": ["Hej, min {product} slutade ladda efter firmware {ver}. Order {order}, köpt {date} för {price}.",
           "Butiken i {town} säger att {product} är tillbaka i lager {rel}. Kan ni reservera en? Ärende {order}.",
           "Tack för ditt tålamod. En ersättnings-{product} skickas från vårt lager i {town} {rel}; du behöver inte "
           "returnera den gamla.",
           "Faktura {order}: {n} st {product} à {price}. Betalningsvillkor 30 dagar netto."],
    "da": ["Hej, min {product} holdt op med at lade efter firmware {ver}. Ordre {order}, købt {date} for {price}.",
           "Butikken i {town} siger, at {product} er på lager igen {rel}. Kan I reservere en? Sag {order}.",
           "Tak for din tålmodighed. En ny {product} sendes fra vores lager i {town} {rel}; du skal ikke returnere "
           "den gamle.",
           "Faktura {order}: {n} stk. {product} à {price}. Betalingsbetingelser: netto 30 dage."],
    "fi": ["Hei, {product} ei enää lataudu laiteohjelmiston {ver} jälkeen. Tilaus {order}, ostettu {date}, hinta "
           "{price}.",
           "Kaupungin {town} myymälä sanoo, että {product} tulee takaisin varastoon {rel}. Voitteko varata yhden? "
           "Tiketti {order}.",
           "Kiitos kärsivällisyydestä. Korvaava {product} lähtee varastostamme {rel}; vanhaa laitetta ei tarvitse "
           "palauttaa.",
           "Lasku {order}: {n} kpl {product}, {price} / kpl. Maksuehto 30 päivää netto."],
    "cs": ["Dobrý den, můj {product} se po aktualizaci {ver} přestal nabíjet. Objednávka {order}, koupeno {date} za "
           "{price}.",
           "Prodejna v {town} říká, že {product} bude znovu skladem {rel}. Můžete mi jeden rezervovat? Požadavek {order}.",
           "Děkujeme za trpělivost. Náhradní {product} odejde z našeho skladu {rel}; starý přístroj nemusíte vracet.",
           "Faktura {order}: {n} ks {product} po {price}. Splatnost 30 dní."],
    "tr": ["Merhaba, {product} cihazım {ver} güncellemesinden sonra şarj olmuyor. Sipariş {order}, {date} tarihinde "
           "{price} ödeyerek aldım.",
           "{town} mağazası {product} ürününün {rel} tekrar stokta olacağını söylüyor. Bir tane ayırabilir misiniz? "
           "Talep {order}.",
           "Sabrınız için teşekkürler. Yeni bir {product} {rel} {town} depomuzdan gönderilecek; eski cihazı iade "
           "etmenize gerek yok.",
           "Fatura {order}: {n} adet {product}, tanesi {price}. Ödeme vadesi 30 gün."],
    "ru": ["Здравствуйте, мой {product} перестал заряжаться после прошивки {ver}. Заказ {order}, куплен {date} за "
           "{price}.",
           "В магазине в городе {town} говорят, что {product} снова будет в наличии {rel}. Можете отложить один? "
           "Обращение {order}.",
           "Спасибо за терпение. Новый {product} отправится с нашего склада {rel}; старое устройство возвращать не нужно.",
           "Счёт {order}: {n} шт. {product} по {price}. Оплата в течение 30 дней."],
    "el": ["Γεια σας, το {product} μου δεν φορτίζει μετά το υλικολογισμικό {ver}. Παραγγελία {order}, αγορά στις "
           "{date} για {price}.",
           "Το κατάστημα στη {town} λέει ότι το {product} θα είναι ξανά διαθέσιμο {rel}. Μπορείτε να μου κρατήσετε ένα; "
           "Αίτημα {order}.",
           "Ευχαριστούμε για την υπομονή σας. Ένα νέο {product} φεύγει από την αποθήκη μας {rel}· δεν χρειάζεται να "
           "επιστρέψετε την παλιά συσκευή.",
           "Τιμολόγιο {order}: {n} τεμ. {product} προς {price}. Πληρωμή σε 30 ημέρες."],
    "ja": ["{product}がファームウェア{ver}の後から充電できません。注文番号{order}、{date}に{price}で購入しました。",
           "{town}店によると{product}は{rel}再入荷するそうです。1台取り置きできますか？問い合わせ番号{order}。",
           "お待たせしております。交換用の{product}を{town}の倉庫から{rel}発送します。旧製品の返送は不要です。",
           "請求書{order}：{product} {n}台、単価{price}。お支払いは30日以内にお願いします。"],
    "zh": ["您好，我的{product}在韌體{ver}更新後無法充電。訂單{order}，{date}以{price}購買。",
           "{town}門市說{product}{rel}會再到貨，可以幫我保留一台嗎？案件編號{order}。",
           "感謝您的耐心等候。替換的{product}將於{rel}從{town}倉庫寄出，舊機不需寄回。",
           "發票{order}：{product} {n}台，每台{price}。付款期限30天。"],
    "ko": ["안녕하세요, {product}이(가) 펌웨어 {ver} 이후 충전되지 않습니다. 주문번호 {order}, {date}에 {price}에 구입했습니다.",
           "{town} 매장에서 {product} 재고가 {rel} 들어온다고 합니다. 하나 예약해 주실 수 있나요? 문의번호 {order}.",
           "기다려 주셔서 감사합니다. 교체용 {product}은(는) {rel} {town} 물류센터에서 발송됩니다. 기존 제품은 반납하지 "
           "않으셔도 됩니다.",
           "청구서 {order}: {product} {n}대, 단가 {price}. 결제 기한 30일."],
}
