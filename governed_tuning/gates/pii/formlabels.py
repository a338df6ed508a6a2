"""The labels of a form's or a table's fields, in the languages we ship to: never a person's name.

"Name: Jana Nováková\\nCity: Brno", "Nombre;DNI;Ciudad", "Woonplaats: Utrecht", "ΑΜΚΑ: ...": the label before
the colon or in the header row looks like a capitalised name to NER and to the speaker-label pattern ("Jane: hi"), and
scrubbing it loses the record's structure (content) without protecting anyone. ``is_form_label`` says whether
a word is such a label; ``recognizers._is_common`` consults it.
"""

from __future__ import annotations

__all__ = ["FORM_LABELS", "is_form_label"]

FORM_LABELS = frozenset("""
name names surname forename firstname lastname fullname city town country address street zip postcode phone
mobile telephone email e-mail gender sex nationality occupation dob birthdate birthplace
vorname nachname familienname ort wohnort stadt land adresse anschrift straße strasse plz telefon handy
geburtsdatum geburtsort alter geschlecht staatsangehörigkeit beruf
nom prénom prenom ville pays rue téléphone courriel âge sexe nationalité profession
nombre apellido apellidos ciudad país direccion dirección calle teléfono correo edad sexo nacionalidad
localidad provincia municipio
cognome città indirizzo telefono età sesso nazionalità comune
nome apelido sobrenome cidade localidade morada endereço telefone idade concelho distrito
naam voornaam achternaam woonplaats plaats adres straat postcode telefoon leeftijd geslacht
navn fornavn efternavn etternavn sted adresse alder køn kjønn postnummer poststed
namn förnamn efternamn ort adress ålder kön
jméno příjmení meno priezvisko obec město mesto adresa telefón věk vek pohlaví pohlavie ulice ulica
imię imie nazwisko miasto miejscowość adres wiek płeć
nume prenume localitate oraș oras adresă strada vârstă vârsta județ judet
név vezetéknév keresztnév település város cím kor
фио имя фамилия отчество город адрес телефон возраст пол
όνομα επώνυμο ονοματεπώνυμο πόλη διεύθυνση τηλέφωνο ηλικία φύλο
soyad soyadı adı şehir ilçe adres yaş cinsiyet
nimi etunimi sukunimi kaupunki paikkakunta osoite puhelin ikä sukupuoli
ssn tfn bsn cpr pesel nhs nino dni nie nif cpf nir idnr ahv amka инн егн oib insz rč cnp curp cuit pps ppsn ird
kennitala isikukood hetu henkilötunnus personnummer fødselsnummer fodselsnummer sozialversicherungsnummer
identifikationsnummer steuernummer steueridentifikationsnummer burgerservicenummer rijksregisternummer aadhaar
nric rrn teudat zehut
""".split())


def is_form_label(word: str) -> bool:
    return word.casefold().strip(":") in FORM_LABELS
