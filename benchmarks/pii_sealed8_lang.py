"""Phrases of the eighth sealed PII set in 22 languages, written for this set (no generator's locale files, no CLDR):
how people introduce themselves, give a date of birth, an age, an address and a phone, and the ordinary words
around them (orders, deliveries, devices), which measure what the scrub removes that it should not.

Each language: ``hi`` greeting, ``me`` self-introduction, ``dob`` label, ``born`` phrase, ``age`` phrase, labels
(``name``, ``addr``, ``city``, ``phone``, ``mail``), ``live`` and ``moved`` (a place), ``mr``/``ms`` honorifics
(``{}`` where the name goes), ``months`` (12, in the case a date puts them), ``date`` style, ``body`` (ordinary
sentences about an order or a device), ``clean`` (sentences with no person at all), ``thanks``.
"""

from __future__ import annotations

L: dict[str, dict] = {
    "en": dict(
        hi="Hi", me="my name is {}", dob="Date of birth", born="I was born on {}", age="I'm {} years old",
        name="Name", addr="Address", city="City", phone="Phone", mail="Email", live="I live in {}",
        moved="we moved to {} in the spring", mr="Mr {}", ms="Ms {}", date="text_en",
        months="January February March April May June July August September October November December".split(),
        body=["The parcel arrived with a cracked lid and the charger does not fit the socket.",
              "I ordered the blue kettle twice by mistake, please cancel the second order.",
              "The tracking page has not updated since Tuesday and the courier never called."],
        clean=["Order 48213 left the warehouse on Monday; expected delivery is three to five working days.",
               "The firmware update 2.4.1 fixes the Bluetooth pairing bug on the kitchen scale.",
               "Please export the invoices as CSV and upload them to the shared folder before Friday.",
               "Our return policy allows refunds within 30 days for unopened items."],
        thanks="Thanks a lot"),
    "de": dict(
        hi="Guten Tag", me="mein Name ist {}", dob="Geburtsdatum", born="ich bin am {} geboren",
        age="ich bin {} Jahre alt", name="Name", addr="Anschrift", city="Wohnort", phone="Telefon", mail="E-Mail",
        live="ich wohne in {}", moved="wir sind letztes Jahr nach {} gezogen", mr="Herr {}", ms="Frau {}",
        date="dot", months="Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
        body=["Das Paket kam mit einem gerissenen Deckel an und das Ladegerät passt nicht.",
              "Ich habe den blauen Wasserkocher versehentlich zweimal bestellt, bitte stornieren Sie eine Bestellung.",
              "Die Sendungsverfolgung zeigt seit Dienstag keinen neuen Status."],
        clean=["Bestellung 48213 hat am Montag das Lager verlassen; die Lieferung dauert drei bis fünf Werktage.",
               "Das Update 2.4.1 behebt den Fehler bei der Kopplung der Küchenwaage.",
               "Bitte exportieren Sie die Rechnungen als CSV bis Freitag."],
        thanks="Vielen Dank"),
    "fr": dict(
        hi="Bonjour", me="je m'appelle {}", dob="Date de naissance", born="je suis né le {}", age="j'ai {} ans",
        name="Nom", addr="Adresse", city="Ville", phone="Téléphone", mail="Courriel", live="j'habite à {}",
        moved="nous avons déménagé à {} au printemps", mr="M. {}", ms="Mme {}", date="text",
        months="janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
        body=["Le colis est arrivé avec le couvercle fendu et le chargeur ne rentre pas dans la prise.",
              "J'ai commandé deux fois la bouilloire bleue par erreur, merci d'annuler la seconde commande.",
              "Le suivi n'a pas bougé depuis mardi et le livreur n'a jamais appelé."],
        clean=["La commande 48213 est partie de l'entrepôt lundi ; livraison sous trois à cinq jours ouvrés.",
               "La mise à jour 2.4.1 corrige le couplage Bluetooth de la balance de cuisine.",
               "Merci d'exporter les factures en CSV avant vendredi."],
        thanks="Merci beaucoup"),
    "es": dict(
        hi="Hola", me="me llamo {}", dob="Fecha de nacimiento", born="nací el {}", age="tengo {} años",
        name="Nombre", addr="Dirección", city="Ciudad", phone="Teléfono", mail="Correo", live="vivo en {}",
        moved="nos mudamos a {} en primavera", mr="Sr. {}", ms="Sra. {}", date="text_de",
        months="enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
        body=["El paquete llegó con la tapa rota y el cargador no entra en el enchufe.",
              "Pedí dos veces el hervidor azul por error, por favor cancelen el segundo pedido.",
              "El seguimiento no se actualiza desde el martes."],
        clean=["El pedido 48213 salió del almacén el lunes; la entrega tarda de tres a cinco días hábiles.",
               "La actualización 2.4.1 corrige el emparejamiento de la báscula de cocina.",
               "Exporten las facturas en CSV antes del viernes, por favor."],
        thanks="Muchas gracias"),
    "pt": dict(
        hi="Olá", me="meu nome é {}", dob="Data de nascimento", born="nasci em {}", age="tenho {} anos",
        name="Nome", addr="Endereço", city="Cidade", phone="Telefone", mail="E-mail", live="moro em {}",
        moved="nos mudamos para {} no ano passado", mr="Sr. {}", ms="Sra. {}", date="slash",
        months="janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
        body=["A encomenda chegou com a tampa rachada e o carregador não encaixa na tomada.",
              "Pedi a chaleira azul duas vezes por engano, por favor cancelem o segundo pedido.",
              "O rastreamento não atualiza desde terça-feira."],
        clean=["O pedido 48213 saiu do depósito na segunda; a entrega leva de três a cinco dias úteis.",
               "A atualização 2.4.1 corrige o pareamento da balança de cozinha.",
               "Exportem as notas fiscais em CSV até sexta-feira."],
        thanks="Muito obrigado"),
    "it": dict(
        hi="Buongiorno", me="mi chiamo {}", dob="Data di nascita", born="sono nato il {}", age="ho {} anni",
        name="Nome", addr="Indirizzo", city="Città", phone="Telefono", mail="Email", live="abito a {}",
        moved="ci siamo trasferiti a {} in primavera", mr="Sig. {}", ms="Sig.ra {}", date="slash",
        months="gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
        body=["Il pacco è arrivato con il coperchio incrinato e il caricatore non entra nella presa.",
              "Ho ordinato due volte il bollitore blu per errore, annullate il secondo ordine per favore.",
              "Il tracciamento non si aggiorna da martedì."],
        clean=["L'ordine 48213 è partito dal magazzino lunedì; la consegna richiede da tre a cinque giorni lavorativi.",
               "L'aggiornamento 2.4.1 risolve l'abbinamento della bilancia da cucina.",
               "Esportate le fatture in CSV entro venerdì."],
        thanks="Grazie mille"),
    "nl": dict(
        hi="Goedemiddag", me="mijn naam is {}", dob="Geboortedatum", born="ik ben geboren op {}",
        age="ik ben {} jaar oud", name="Naam", addr="Adres", city="Woonplaats", phone="Telefoon", mail="E-mail",
        live="ik woon in {}", moved="we zijn vorig jaar naar {} verhuisd", mr="dhr. {}", ms="mevr. {}", date="dash",
        months="januari februari maart april mei juni juli augustus september oktober november december".split(),
        body=["Het pakket kwam aan met een gebarsten deksel en de oplader past niet in het stopcontact.",
              "Ik heb de blauwe waterkoker per ongeluk twee keer besteld, annuleer alstublieft de tweede bestelling.",
              "De track-and-trace is sinds dinsdag niet bijgewerkt."],
        clean=["Bestelling 48213 heeft maandag het magazijn verlaten; levering duurt drie tot vijf werkdagen.",
               "Update 2.4.1 lost het koppelprobleem van de keukenweegschaal op.",
               "Exporteer de facturen vóór vrijdag als CSV."],
        thanks="Hartelijk dank"),
    "pl": dict(
        hi="Dzień dobry", me="nazywam się {}", dob="Data urodzenia", born="urodziłem się {}", age="mam {} lat",
        name="Imię i nazwisko", addr="Adres", city="Miejscowość", phone="Telefon", mail="E-mail",
        live="mieszkam w miejscowości {}", moved="w zeszłym roku przeprowadziliśmy się do miejscowości {}",
        mr="Pan {}", ms="Pani {}", date="dot",
        months="stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"
        .split(),
        body=["Paczka przyszła z pękniętą pokrywką, a ładowarka nie pasuje do gniazdka.",
              "Przez pomyłkę zamówiłem dwa razy niebieski czajnik, proszę anulować drugie zamówienie.",
              "Śledzenie przesyłki nie zmieniło się od wtorku."],
        clean=["Zamówienie 48213 opuściło magazyn w poniedziałek; dostawa trwa od trzech do pięciu dni roboczych.",
               "Aktualizacja 2.4.1 naprawia parowanie wagi kuchennej.",
               "Proszę wyeksportować faktury do CSV do piątku."],
        thanks="Dziękuję bardzo"),
    "uk": dict(
        hi="Добрий день", me="мене звати {}", dob="Дата народження", born="я народився {}", age="мені {} років",
        name="ПІБ", addr="Адреса", city="Місто", phone="Телефон", mail="Ел. пошта", live="я живу в місті {}",
        moved="минулого року ми переїхали до міста {}", mr="пан {}", ms="пані {}", date="dot",
        months="січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
        body=["Посилка прийшла з тріснутою кришкою, а зарядний пристрій не підходить до розетки.",
              "Я помилково замовив синій чайник двічі, скасуйте, будь ласка, друге замовлення.",
              "Відстеження не оновлювалося з вівторка."],
        clean=["Замовлення 48213 покинуло склад у понеділок; доставка триває від трьох до п'яти робочих днів.",
               "Оновлення 2.4.1 виправляє з'єднання кухонних ваг.",
               "Будь ласка, експортуйте рахунки у CSV до п'ятниці."],
        thanks="Щиро дякую"),
    "ru": dict(
        hi="Здравствуйте", me="меня зовут {}", dob="Дата рождения", born="я родился {}", age="мне {} лет",
        name="ФИО", addr="Адрес", city="Город", phone="Телефон", mail="Эл. почта", live="я живу в городе {}",
        moved="в прошлом году мы переехали в город {}", mr="господин {}", ms="госпожа {}", date="dot",
        months="января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
        body=["Посылка пришла с треснувшей крышкой, а зарядное устройство не подходит к розетке.",
              "Я по ошибке заказал синий чайник дважды, отмените, пожалуйста, второй заказ.",
              "Отслеживание не обновлялось со вторника."],
        clean=["Заказ 48213 покинул склад в понедельник; доставка занимает от трёх до пяти рабочих дней.",
               "Обновление 2.4.1 исправляет подключение кухонных весов.",
               "Пожалуйста, выгрузите счета в CSV до пятницы."],
        thanks="Большое спасибо"),
    "ko": dict(
        hi="안녕하세요", me="저는 {}입니다", dob="생년월일", born="저는 {}에 태어났습니다", age="저는 {}살입니다",
        name="이름", addr="주소", city="도시", phone="전화번호", mail="이메일", live="저는 {}에 살고 있습니다",
        moved="작년에 {}로 이사했습니다", mr="{} 님", ms="{} 씨", date="ko", months=[f"{i}월" for i in range(1, 13)],
        body=["택배 상자 뚜껑이 깨진 채로 도착했고 충전기가 콘센트에 맞지 않습니다.",
              "실수로 파란색 전기주전자를 두 번 주문했습니다. 두 번째 주문을 취소해 주세요.",
              "배송 조회가 화요일 이후로 업데이트되지 않습니다."],
        clean=["주문 48213번은 월요일에 물류센터에서 출고되었으며 배송은 영업일 기준 3~5일 걸립니다.",
               "펌웨어 2.4.1 업데이트로 주방 저울의 블루투스 연결 오류가 수정되었습니다.",
               "금요일까지 청구서를 CSV로 내보내 주세요."],
        thanks="감사합니다"),
    "vi": dict(
        hi="Xin chào", me="tôi tên là {}", dob="Ngày sinh", born="tôi sinh ngày {}", age="tôi {} tuổi",
        name="Họ và tên", addr="Địa chỉ", city="Thành phố", phone="Số điện thoại", mail="Email",
        live="tôi sống ở {}", moved="năm ngoái chúng tôi chuyển đến {}", mr="anh {}", ms="chị {}", date="slash",
        months=[f"tháng {i}" for i in range(1, 13)],
        body=["Gói hàng đến nơi với nắp bị nứt và bộ sạc không vừa ổ cắm.",
              "Tôi lỡ đặt ấm đun nước màu xanh hai lần, vui lòng hủy đơn hàng thứ hai.",
              "Trang theo dõi đơn hàng không cập nhật từ thứ Ba."],
        clean=["Đơn hàng 48213 đã rời kho vào thứ Hai; thời gian giao hàng từ ba đến năm ngày làm việc.",
               "Bản cập nhật 2.4.1 sửa lỗi kết nối Bluetooth của cân nhà bếp.",
               "Vui lòng xuất hóa đơn ra tệp CSV trước thứ Sáu."],
        thanks="Cảm ơn nhiều"),
    "sv": dict(
        hi="Hej", me="jag heter {}", dob="Födelsedatum", born="jag är född {}", age="jag är {} år",
        name="Namn", addr="Adress", city="Ort", phone="Telefon", mail="E-post", live="jag bor i {}",
        moved="vi flyttade till {} i våras", mr="herr {}", ms="fru {}", date="iso",
        months="januari februari mars april maj juni juli augusti september oktober november december".split(),
        body=["Paketet kom fram med ett sprucket lock och laddaren passar inte i uttaget.",
              "Jag beställde den blå vattenkokaren två gånger av misstag, avbryt den andra beställningen.",
              "Spårningen har inte uppdaterats sedan tisdag."],
        clean=["Order 48213 lämnade lagret i måndags; leveransen tar tre till fem arbetsdagar.",
               "Uppdatering 2.4.1 åtgärdar parkopplingen av köksvågen.",
               "Exportera fakturorna som CSV före fredag."],
        thanks="Tack så mycket"),
    "da": dict(
        hi="Hej", me="jeg hedder {}", dob="Fødselsdato", born="jeg er født den {}", age="jeg er {} år",
        name="Navn", addr="Adresse", city="By", phone="Telefon", mail="E-mail", live="jeg bor i {}",
        moved="vi flyttede til {} sidste forår", mr="hr. {}", ms="fru {}", date="dot",
        months="januar februar marts april maj juni juli august september oktober november december".split(),
        body=["Pakken kom frem med et revnet låg, og opladeren passer ikke i stikkontakten.",
              "Jeg bestilte den blå elkedel to gange ved en fejl, annuller venligst den anden ordre.",
              "Sporingen er ikke blevet opdateret siden tirsdag."],
        clean=["Ordre 48213 forlod lageret mandag; levering tager tre til fem hverdage.",
               "Opdatering 2.4.1 retter parringen af køkkenvægten.",
               "Eksporter fakturaerne som CSV inden fredag."],
        thanks="Mange tak"),
    "nb": dict(
        hi="Hei", me="jeg heter {}", dob="Fødselsdato", born="jeg er født {}", age="jeg er {} år gammel",
        name="Navn", addr="Adresse", city="Sted", phone="Telefon", mail="E-post", live="jeg bor i {}",
        moved="vi flyttet til {} i fjor", mr="herr {}", ms="fru {}", date="dot",
        months="januar februar mars april mai juni juli august september oktober november desember".split(),
        body=["Pakken kom med et sprukket lokk, og laderen passer ikke i stikkontakten.",
              "Jeg bestilte den blå vannkokeren to ganger ved en feil, vennligst kanseller den andre bestillingen.",
              "Sporingen har ikke blitt oppdatert siden tirsdag."],
        clean=["Ordre 48213 forlot lageret mandag; levering tar tre til fem virkedager.",
               "Oppdatering 2.4.1 retter sammenkoblingen av kjøkkenvekten.",
               "Eksporter fakturaene som CSV før fredag."],
        thanks="Tusen takk"),
    "fi": dict(
        hi="Hei", me="nimeni on {}", dob="Syntymäaika", born="olen syntynyt {}", age="olen {}-vuotias",
        name="Nimi", addr="Osoite", city="Paikkakunta", phone="Puhelin", mail="Sähköposti", live="asun paikassa {}",
        moved="muutimme viime vuonna paikkaan {}", mr="herra {}", ms="rouva {}", date="dot",
        months="tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
        "lokakuuta marraskuuta joulukuuta".split(),
        body=["Paketti saapui kansi haljenneena, eikä laturi sovi pistorasiaan.",
              "Tilasin sinisen vedenkeittimen vahingossa kahdesti, perukaa toinen tilaus.",
              "Seuranta ei ole päivittynyt tiistain jälkeen."],
        clean=["Tilaus 48213 lähti varastosta maanantaina; toimitus kestää kolmesta viiteen arkipäivää.",
               "Päivitys 2.4.1 korjaa keittiövaa'an pariliitoksen.",
               "Viekää laskut CSV-muodossa perjantaihin mennessä."],
        thanks="Kiitos paljon"),
    "cs": dict(
        hi="Dobrý den", me="jmenuji se {}", dob="Datum narození", born="narodil jsem se {}", age="je mi {} let",
        name="Jméno", addr="Adresa", city="Obec", phone="Telefon", mail="E-mail", live="bydlím v obci {}",
        moved="loni jsme se přestěhovali do obce {}", mr="pan {}", ms="paní {}", date="dot",
        months="ledna února března dubna května června července srpna září října listopadu prosince".split(),
        body=["Balík dorazil s prasklým víkem a nabíječka nepasuje do zásuvky.",
              "Omylem jsem objednal modrou konvici dvakrát, zrušte prosím druhou objednávku.",
              "Sledování zásilky se od úterý neaktualizovalo."],
        clean=["Objednávka 48213 opustila sklad v pondělí; doručení trvá tři až pět pracovních dnů.",
               "Aktualizace 2.4.1 opravuje párování kuchyňské váhy.",
               "Exportujte prosím faktury do CSV do pátku."],
        thanks="Děkuji mnohokrát"),
    "tr": dict(
        hi="Merhaba", me="benim adım {}", dob="Doğum tarihi", born="{} tarihinde doğdum", age="{} yaşındayım",
        name="Ad Soyad", addr="Adres", city="Şehir", phone="Telefon", mail="E-posta", live="{} şehrinde yaşıyorum",
        moved="geçen yıl {} şehrine taşındık", mr="Bay {}", ms="Bayan {}", date="dot",
        months="Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
        body=["Kargo kapağı çatlamış olarak geldi ve şarj aleti prize uymuyor.",
              "Mavi su ısıtıcısını yanlışlıkla iki kez sipariş ettim, lütfen ikinci siparişi iptal edin.",
              "Kargo takibi salıdan beri güncellenmedi."],
        clean=["48213 numaralı sipariş pazartesi depodan çıktı; teslimat üç ila beş iş günü sürer.",
               "2.4.1 güncellemesi mutfak tartısının eşleştirme hatasını düzeltiyor.",
               "Lütfen faturaları cuma gününe kadar CSV olarak dışa aktarın."],
        thanks="Çok teşekkürler"),
    "id": dict(
        hi="Selamat siang", me="nama saya {}", dob="Tanggal lahir", born="saya lahir pada {}", age="umur saya {} tahun",
        name="Nama", addr="Alamat", city="Kota", phone="Telepon", mail="Email", live="saya tinggal di {}",
        moved="tahun lalu kami pindah ke {}", mr="Bapak {}", ms="Ibu {}", date="text",
        months="Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
        body=["Paket datang dengan tutup retak dan pengisi daya tidak cocok dengan stopkontak.",
              "Saya tidak sengaja memesan ketel biru dua kali, tolong batalkan pesanan kedua.",
              "Pelacakan paket belum diperbarui sejak hari Selasa."],
        clean=["Pesanan 48213 keluar dari gudang hari Senin; pengiriman memakan waktu tiga sampai lima hari kerja.",
               "Pembaruan 2.4.1 memperbaiki masalah pemasangan timbangan dapur.",
               "Mohon ekspor faktur ke CSV sebelum hari Jumat."],
        thanks="Terima kasih banyak"),
    "ro": dict(
        hi="Bună ziua", me="mă numesc {}", dob="Data nașterii", born="m-am născut pe {}", age="am {} de ani",
        name="Nume", addr="Adresă", city="Localitate", phone="Telefon", mail="E-mail", live="locuiesc în {}",
        moved="anul trecut ne-am mutat în {}", mr="dl. {}", ms="dna. {}", date="dot",
        months="ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie"
        .split(),
        body=["Coletul a sosit cu capacul crăpat, iar încărcătorul nu se potrivește în priză.",
              "Am comandat din greșeală fierbătorul albastru de două ori, vă rog anulați a doua comandă.",
              "Urmărirea coletului nu s-a actualizat de marți."],
        clean=["Comanda 48213 a plecat din depozit luni; livrarea durează între trei și cinci zile lucrătoare.",
               "Actualizarea 2.4.1 repară asocierea cântarului de bucătărie.",
               "Vă rog exportați facturile în CSV până vineri."],
        thanks="Mulțumesc mult"),
    "hu": dict(
        hi="Jó napot", me="a nevem {}", dob="Születési idő", born="{} napján születtem", age="{} éves vagyok",
        name="Név", addr="Cím", city="Település", phone="Telefon", mail="E-mail", live="{} városában lakom",
        moved="tavaly költöztünk {} városába", mr="{} úr", ms="{} asszony", date="hu",
        months="január február március április május június július augusztus szeptember október november december"
        .split(),
        body=["A csomag megrepedt fedéllel érkezett, és a töltő nem illik a konnektorba.",
              "Véletlenül kétszer rendeltem meg a kék vízforralót, kérem, töröljék a második rendelést.",
              "A csomagkövetés kedd óta nem frissült."],
        clean=["A 48213-as rendelés hétfőn hagyta el a raktárt; a szállítás három-öt munkanap.",
               "A 2.4.1-es frissítés javítja a konyhai mérleg párosítását.",
               "Kérem, péntekig exportálják a számlákat CSV-be."],
        thanks="Köszönöm szépen"),
    "ar": dict(
        hi="مرحبا", me="اسمي {}", dob="تاريخ الميلاد", born="وُلدت في {}", age="عمري {} سنة",
        name="الاسم", addr="العنوان", city="المدينة", phone="الهاتف", mail="البريد الإلكتروني", live="أسكن في {}",
        moved="انتقلنا إلى {} في الربيع", mr="السيد {}", ms="السيدة {}", date="slash",
        months="يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
        body=["وصل الطرد بغطاء مكسور والشاحن لا يناسب المقبس.",
              "طلبت الغلاية الزرقاء مرتين بالخطأ، أرجو إلغاء الطلب الثاني.",
              "لم تتحدث صفحة التتبع منذ يوم الثلاثاء."],
        clean=["غادر الطلب 48213 المستودع يوم الاثنين، ويستغرق التوصيل من ثلاثة إلى خمسة أيام عمل.",
               "يصلح التحديث 2.4.1 مشكلة اقتران ميزان المطبخ.",
               "يرجى تصدير الفواتير بصيغة CSV قبل يوم الجمعة."],
        thanks="شكرا جزيلا"),
}


def write_date(lang: str, y: int, m: int, d: int, variant: int) -> str:
    """A date as people of ``lang`` write it (``variant`` picks among the usual forms)."""
    style = L[lang]["date"]
    months = L[lang]["months"]
    if variant % 3 == 2 and style not in ("ko",):
        # the month's name, as each language orders it
        if lang == "en":
            return f"{d} {months[m - 1]} {y}" if variant % 2 else f"{months[m - 1]} {d}, {y}"
        if lang in ("es", "pt"):
            return f"{d} de {months[m - 1]} de {y}"
        if lang in ("de", "da", "nb", "cs"):
            return f"{d}. {months[m - 1]} {y}"
        if lang == "hu":
            return f"{y}. {months[m - 1]} {d}."
        if lang == "vi":
            return f"ngày {d} {months[m - 1]} năm {y}"
        if lang == "tr":
            return f"{d} {months[m - 1]} {y}"
        return f"{d} {months[m - 1]} {y}"
    if style == "ko":
        return f"{y}년 {m}월 {d}일" if variant % 2 else f"{y}.{m:02d}.{d:02d}"
    if style == "iso" or variant % 5 == 4:
        return f"{y}-{m:02d}-{d:02d}"
    if style == "hu":
        return f"{y}.{m:02d}.{d:02d}."
    if style == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dash":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "text_en":
        return f"{m:02d}/{d:02d}/{y}" if variant % 2 else f"{d:02d}/{m:02d}/{y}"
    return f"{d:02d}/{m:02d}/{y}"
