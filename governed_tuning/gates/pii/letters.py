"""A letter's formulas and a team's signature, in the languages we ship to: never a person's name.

"Sehr geehrte Damen und Herren", "Liebe Kundin, lieber Kunde", "Caro cliente", "Bien cordialement", "Buona
giornata", "Szanowny Kliencie", "Sayın İlgili"; signed "Die IT-Abteilung", "Ihr Kundenservice-Team", "Il Servizio
Clienti". The capitalised words of these look like names to the English NER model, to the name list ("Caro" and
"Bien" are names somewhere) and to the vocative and signature patterns ("Dear X", a line that is only a name);
scrubbing them loses the letter's frame (content) and, with surrogates, writes a fake person into it.

- ``FORMULAS``: whole openings and closings (case-blind, on word edges). A PERSON finding that lies inside one is
  dropped (``people.judge_people``). Only the formula's own words are covered: in "Liebe Anna" or "Caro Marco"
  the name is outside any formula and stays found.
- ``UNIT_WORDS``: words that address or sign as a group or a role (customer, team, department, support ...) and
  the names of common departments. ``is_letter_word`` says whether a word is one (a hyphenated compound by its
  last part: "Kundenservice-Team", "IT-Abteilung"); ``recognizers._is_common`` consults it.

Written from the conventions of business correspondence in each language (the detector's own vocabulary, like
``formlabels.py``), not from any data set's templates.
"""

from __future__ import annotations

import re

from .alternation import alternation

__all__ = ["FORMULA", "FORMULAS", "UNIT_WORDS", "in_formula", "is_letter_word", "team_signature"]

FORMULAS = """
dear sir or madam|dear sir/madam|dear sirs|dear sir|dear madam|dear customer|dear customers|dear colleagues|
dear team|dear support team|dear support|dear all|to whom it may concern|kind regards|best regards|warm regards|
warmest regards|yours faithfully|yours sincerely|yours truly|many thanks|thanks in advance|best wishes|all the best|
sehr geehrte damen und herren|sehr geehrte damen, sehr geehrte herren|sehr geehrte kundin|sehr geehrter kunde|
sehr geehrte kundinnen und kunden|liebe kundin|lieber kunde|liebe kundinnen und kunden|liebe kolleginnen und kollegen|
liebes team|liebes support-team|sehr geehrtes team|sehr geehrtes support-team|mit freundlichen grüßen|mit freundlichem gruß|
freundliche grüße|viele grüße|beste grüße|herzliche grüße|liebe grüße|schöne grüße|hochachtungsvoll|
vielen dank im voraus|danke im voraus|hallo zusammen|guten tag|
madame, monsieur|mesdames, messieurs|mesdames et messieurs|chère cliente|cher client|chers clients|chère madame|
cher monsieur|bien cordialement|cordialement|sincères salutations|salutations distinguées|bien à vous|
bonne journée|bonne soirée|merci d'avance|merci par avance|
estimados señores|estimadas señoras|estimado cliente|estimada cliente|estimados clientes|muy señores míos|
a quien corresponda|a quien pueda interesar|atentamente|un cordial saludo|cordiales saludos|saludos cordiales|
un saludo|muchas gracias|gracias de antemano|
gentili signori|gentile cliente|gentili clienti|spettabile ditta|spett\\.le ditta|egregi signori|cordiali saluti|
distinti saluti|un cordiale saluto|buona giornata|buona serata|grazie in anticipo|
prezados senhores|prezado cliente|prezada cliente|caro cliente|cara cliente|caros clientes|exmos\\. senhores|
exmo\\. senhor|exma\\. senhora|atenciosamente|com os melhores cumprimentos|melhores cumprimentos|cumprimentos|
obrigado desde já|obrigada desde já|
geachte heer, mevrouw|geachte heer/mevrouw|geachte mevrouw, heer|geachte klant|beste klant|geachte klantenservice|
met vriendelijke groet|met vriendelijke groeten|vriendelijke groet|vriendelijke groeten|hartelijke groet|
hartelijke groeten|alvast bedankt|
bästa kund|kära kund|med vänliga hälsningar|vänliga hälsningar|bästa hälsningar|tack på förhand|till berörda|
kære kunde|med venlig hilsen|venlig hilsen|bedste hilsner|mange hilsner|på forhånd tak|til rette vedkommende|
kjære kunde|med vennlig hilsen|vennlig hilsen|beste hilsener|takk på forhånd|til den det måtte angå|
hyvä asiakas|hyvät vastaanottajat|arvoisa asiakas|arvoisa asiakastuki|ystävällisin terveisin|parhain terveisin|
szanowni państwo|szanowny kliencie|szanowna klientko|szanowna pani|szanowny panie|z poważaniem|
pozdrawiam serdecznie|serdecznie pozdrawiam|z wyrazami szacunku|z góry dziękuję|
vážení|vážená paní, vážený pane|vážený pane, vážená paní|vážený zákazníku|vážená zákaznice|s pozdravem|
s přátelským pozdravem|s úctou|hezký den|
stimate domn|stimată doamnă|stimate client|stimată clientă|stimați clienți|cu stimă|cu respect|
mulțumesc anticipat|toate cele bune|o zi bună|
tisztelt hölgyem|tisztelt uram|tisztelt ügyfelünk|kedves ügyfelünk|tisztelt ügyfélszolgálat|tisztelettel|
üdvözlettel|baráti üdvözlettel|előre is köszönöm|szép napot|
αξιότιμοι κύριοι|αξιότιμε κύριε|αξιότιμη κυρία|αγαπητέ πελάτη|αγαπητή πελάτισσα|αγαπητοί πελάτες|με εκτίμηση|
με φιλικούς χαιρετισμούς|καλή συνέχεια|
уважаемые господа|уважаемый клиент|уважаемая клиентка|уважаемые клиенты|уважаемая служба поддержки|с уважением|
с наилучшими пожеланиями|всего доброго|хорошего дня|
шановні панове|шановний клієнте|шановна клієнтко|шановна службо підтримки|з повагою|з найкращими побажаннями|
гарного дня|усього найкращого|
sayın yetkili|sayın ilgili|değerli müşterimiz|saygılarımla|saygılarımızla|iyi çalışmalar|şimdiden teşekkürler
"""
FORMULA = re.compile(r"(?i)(?<![^\W_])(?:" + alternation(
    [f.strip().replace("\\.", ".") for f in FORMULAS.replace("\n", "").split("|") if f.strip()]) + r")(?![^\W_])")

# groups, roles and departments a letter addresses or is signed by (lower case; many languages)
UNIT_WORDS = frozenset(w.casefold() for w in """
team teams support helpdesk servicedesk service services department dept desk staff crew office customer customers
client clients success care operations finance accounting marketing procurement purchasing legal compliance
humanresources it r&d research development logistics
abteilung kundenservice kundendienst kundin kunde kunden kundinnen kollegen kolleginnen buchhaltung
personalwesen personalabteilung vertrieb einkauf forschung entwicklung geschäftsführung verwaltung
équipe service clientèle cliente comptabilité ressources humaines recherche développement direction
soporte técnico equipo atención cliente clientes contabilidad recursos humanos ventas investigación desarrollo
servizio clienti assistenza amministrazione risorse umane vendite ricerca sviluppo ufficio
equipa apoio suporte contabilidade vendas investigação desenvolvimento
klantenservice afdeling klant klanten financiën personeelszaken verkoop onderzoek ontwikkeling
kundtjänst avdelningen avdelning kund kunder ekonomi personal försäljning forskning utveckling
kundeservice afdelingen afdeling kunde økonomi salg forskning udvikling utvikling avdelingen
asiakaspalvelu asiakas asiakastuki tuki talous henkilöstöhallinto myynti tutkimus kehitys
dział działu obsługi klienta kliencie klientko księgowość kadry sprzedaż badania rozwój
oddělení zákaznický zákazníku zákaznice servis účetnictví personální obchod výzkum vývoj
echipa echipei departamentul relații clienții clientul contabilitate resurse umane vânzări cercetare dezvoltare
ügyfélszolgálat ügyfelünk ügyfélszolgálati osztály pénzügy humánerőforrás értékesítés kutatás fejlesztés
ομάδα τμήμα εξυπηρέτησης πελατών πελάτη λογιστήριο πωλήσεις έρευνα ανάπτυξη
служба службо поддержки підтримки отдел відділ клиент клієнте клиентов бухгалтерия бухгалтерія кадров кадрів
продаж продажів
ekibi ekip departmanı departman müşteri hizmetleri muhasebe satış araştırma geliştirme ilgili yetkili
""".split())  # (casefolded: a final sigma is folded as the word looked up is)


def is_letter_word(word: str) -> bool:
    """Whether ``word`` addresses or signs as a group, a role or a department ("Kundin", "Kliencie",
    "Servizio", "Kundenservice-Team" by its last part)."""
    w = word.casefold().strip(".,:;!?'’")
    return w in UNIT_WORDS or ("-" in w and w.rsplit("-", 1)[1] in UNIT_WORDS)


def in_formula(text: str, start: int, end: int, reach: int = 48) -> bool:
    """Whether ``text[start:end]`` lies inside a letter's formula ("Sehr geehrte Damen und Herren", "Bien
    cordialement", "Caro cliente"); only the text within ``reach`` characters either side is read."""
    lo = max(0, start - reach)
    for m in FORMULA.finditer(text, lo, min(len(text), end + reach)):
        if m.start() <= start and end <= m.end():
            return True
        if m.start() > start:
            break
    return False


SPAN_WORD = re.compile(r"[^\W\d_][\w'’&-]*")


def team_signature(span: str) -> bool:
    """Whether a span read as a person ends in a capitalised word of a group or a department ("Northwind
    Customer Care", "Acme Support", "Ihr Kundenservice-Team", "Die IT-Abteilung"): a team signs so, no person;
    trimming the group's words off would leave the firm's name to be taken for a person's."""
    words = SPAN_WORD.findall(span)
    return len(words) >= 2 and words[-1][:1].isupper() and is_letter_word(words[-1])
