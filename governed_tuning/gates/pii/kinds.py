"""The catalogue of personal-data kinds the PII gate can look for: one entry per kind, said once.

Each kind has a description a compliance officer reads, the group it belongs to, what checks a value
(python-stdnum module, a published check, a format, a model), and the provisions that name it: GDPR Art. 4(1)
(identifiers, location data, online identifiers, factors of identity), GDPR Art. 9 (special categories), and
CCPA Cal. Civ. Code §1798.140(v)(1) with its letter. ``policy show`` prints the kinds a policy targets from
here, and the gate's evidence names the kinds looked for and the kinds not looked for from here (so a report
never says "re-scan found 0" without saying what the re-scan could see).

Pure data: importing this module loads no model and no recognizer.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Kind", "KINDS", "kind_names", "describe", "looked_for"]

GDPR_ID = "GDPR Art. 4(1) identification number"
GDPR_NAME = "GDPR Art. 4(1) name"
GDPR_LOC = "GDPR Art. 4(1) location data"
GDPR_ONLINE = "GDPR Art. 4(1) online identifier"
GDPR_IDENTITY = "GDPR Art. 4(1) factor of physical, economic, cultural or social identity"
CCPA_A = "CCPA §1798.140(v)(1)(A) identifier"
CCPA_B = "CCPA §1798.140(v)(1)(B) §1798.80(e) record"
CCPA_C = "CCPA §1798.140(v)(1)(C) protected classification"
CCPA_G = "CCPA §1798.140(v)(1)(G) geolocation data"
CCPA_SPI = "CCPA §1798.140(ae) sensitive personal information"


@dataclass(frozen=True)
class Kind:
    name: str
    description: str
    group: str  # person | contact | government id | financial | health | online | device | location | special | other
    check: str  # how a candidate is confirmed
    laws: tuple[str, ...]
    country: str = ""  # ISO 3166 alpha-2 for national identifiers
    presidio: bool = True  # one of Presidio's predefined recognizer kinds


def _gov(name: str, country: str, description: str, check: str, sensitive: bool = True, presidio: bool = True,
         group: str = "government id") -> Kind:
    laws = (GDPR_ID, CCPA_A) + ((CCPA_SPI,) if sensitive else ())
    return Kind(name, description, group, check, laws, country, presidio)


def _stdnum(module: str) -> str:
    return f"python-stdnum stdnum.{module}.is_valid"


def _beside(module: str, alone: bool = False) -> str:
    return f"python-stdnum {module}, beside its label" + (" or in its own shape" if alone else "")


FORMAT = "published format, found only beside its label"
FORMAT_ALONE = "published format (distinctive on its own)"

_ALL: list[Kind] = [
    # ------------------------------------------------------------------ people and contact
    Kind("PERSON", "A person's name (any culture, any case), found by NER, context patterns and name propagation",
         "person", "spaCy NER + context patterns", (GDPR_NAME, CCPA_A)),
    Kind("EMAIL_ADDRESS", "An email address, also when written 'jane dot doe at gmail dot com' or with fullwidth "
         "or zero-width characters", "contact", "pattern", (GDPR_ONLINE, CCPA_A)),
    Kind("PHONE_NUMBER", "A telephone number in national or international format (also with unusual separators "
         "such as '·')", "contact", "pattern + phonenumbers", (GDPR_ID, CCPA_B)),
    Kind("STREET_ADDRESS", "A postal address: street and house number, unit, town and postcode lines", "contact",
         "pattern", (GDPR_LOC, CCPA_A)),
    Kind("LOCATION", "A place name (city, region, country); the policy says every place, or only places in a "
         "record that identifies a person", "location", "spaCy NER + GeoNames gazetteer", (GDPR_LOC, CCPA_G)),
    Kind("DATE_OF_BIRTH", "A date in any format the locales write, next to words of birth in some thirty "
         "languages ('DOB', 'born', 'Geburtsdatum', 'né le', 'fecha de nacimiento', 'data urodzenia', '生年月日'), "
         "under a birth key or table column, or an adult's full date of birth in an identity record ('verification: "
         "name / 14/03/1987 / id'); other dates are kept", "person", "calendar date + birth or identity context",
         (GDPR_IDENTITY, CCPA_B), presidio=False),
    Kind("AGE", "A person's age, the number only ('34 years old', 'aged 34', 'age: 34', 'j'ai 34 ans', '34 Jahre "
         "alt', 'tengo 34 años', '34歳'); quantities and durations are kept", "person", "pattern + context",
         (GDPR_IDENTITY, CCPA_C), presidio=False),
    Kind("DATE_TIME", "Any date or time (broad: also 'tomorrow'; most policies target DATE_OF_BIRTH instead)",
         "other", "spaCy NER", (GDPR_IDENTITY,)),
    Kind("NRP", "A nationality, religious or political group (spaCy's NORP)", "special", "spaCy NER",
         ("GDPR Art. 9 racial or ethnic origin, political opinions, religious beliefs", CCPA_C, CCPA_SPI)),
    Kind("ORGANIZATION", "An organisation's name", "other", "spaCy NER", ()),
    Kind("URL", "A web address (its path or query may name a person)", "online", "pattern", (GDPR_ONLINE, CCPA_A)),
    Kind("USER_HANDLE", "A user name or social-media handle ('@jdoe_88', 'u/jdoe')", "online", "pattern",
         (GDPR_ONLINE, CCPA_A), presidio=False),
    Kind("IP_ADDRESS", "An IPv4 or IPv6 address", "online", "pattern + ipaddress", (GDPR_ONLINE, CCPA_A)),
    Kind("MAC_ADDRESS", "A network interface's hardware address", "device", "pattern", (GDPR_ONLINE, CCPA_A)),
    Kind("UUID", "A universally unique identifier (often a device, account or session id)", "device", "pattern",
         (GDPR_ONLINE, CCPA_A)),
    Kind("DEVICE_ID", "A device identifier: UUID, IMEI (Luhn-checked)", "device", "pattern + Luhn",
         (GDPR_ONLINE, CCPA_A), presidio=False),
    # the SIM's subscriber identity names the subscriber (a person), not only a device: targeted where DEVICE_ID
    # is not; python-stdnum checks its country and network codes only (one random 15-digit number in four passes)
    Kind("IMSI", "A mobile subscriber's identity (IMSI, the SIM's number) beside its label", "device",
         _beside("imsi"), (GDPR_ONLINE, CCPA_A), presidio=False),
    Kind("ID_NUMBER", "An identity document's or national number under a label that says identity and not which "
         "kind ('ID number', 'Documento', 'Claimant's ID') when its shape fits no catalogued kind", "government id",
         "label (idlabels.py)", (GDPR_ID, CCPA_A, CCPA_SPI), presidio=False),
    Kind("HOUSEHOLD_ID", "A household, customer, member, meter or loyalty id beside its label", "device", FORMAT,
         (GDPR_ID, CCPA_A), presidio=False),
    Kind("HEALTH_DATA", "Words of health conditions and treatments", "health", "term list",
         ("GDPR Art. 9 data concerning health", CCPA_B, CCPA_SPI), presidio=False),
    Kind("RELIGION", "Words of religious belief", "special", "term list",
         ("GDPR Art. 9 religious or philosophical beliefs", CCPA_C, CCPA_SPI), presidio=False),
    # ------------------------------------------------------------------ financial
    Kind("CREDIT_CARD", "A payment card number", "financial", "Luhn", (GDPR_ID, CCPA_B, CCPA_SPI)),
    Kind("IBAN_CODE", "An international bank account number", "financial", "ISO 13616 mod-97",
         (GDPR_ID, CCPA_B, CCPA_SPI)),
    Kind("US_BANK_NUMBER", "A US bank account number beside its label", "financial", FORMAT,
         (GDPR_ID, CCPA_B, CCPA_SPI)),
    Kind("ABA_ROUTING_NUMBER", "A US bank routing number", "financial", _stdnum("us.rtn"), (GDPR_ID, CCPA_B)),
    Kind("CRYPTO", "A crypto wallet address (any chain's base58check, bech32 or bech32m address: Bitcoin, "
                   "Litecoin, Dogecoin, Tron, XRP, Cosmos ...; Monero by format; Ethereum-style accounts)",
         "financial", "base58check / bech32(m) checksum (python-stdnum's bitcoin decoders, coins.py)",
         (GDPR_ID, CCPA_A)),
    # ------------------------------------------------------------------ health and sector identifiers
    Kind("MEDICAL_RECORD_NUMBER", "A hospital medical record number (MRN) beside its label, or MR-/PT-/H- prefixed", "health", FORMAT,
         (GDPR_ID, "GDPR Art. 9 data concerning health", CCPA_B, CCPA_SPI), presidio=False),
    Kind("MEDICAL_LICENSE", "A US DEA registration number", "health", "DEA check digit", (GDPR_ID, CCPA_A)),
    _gov("US_NPI", "US", "US National Provider Identifier", "Luhn over 80840 + the number", sensitive=False),
    _gov("US_MBI", "US", "US Medicare Beneficiary Identifier", FORMAT_ALONE),
    _gov("US_CLAIM_NUMBER", "US", "A health insurance claim number beside its label", FORMAT, group="health"),
    _gov("US_PRESCRIPTION_NUMBER", "US", "A prescription (Rx) number beside its label", FORMAT, group="health"),
    _gov("US_PRIOR_AUTHORIZATION_NUMBER", "US", "A prior-authorisation number beside its label", FORMAT,
         group="health"),
    _gov("US_REFERRAL_NUMBER", "US", "A referral number beside its label", FORMAT, group="health"),
    _gov("US_PROVIDER_TAX_ID", "US", "A provider's employer identification number", _stdnum("us.ein"),
         sensitive=False),
    _gov("US_HEALTH_INSURANCE_MEMBER_ID", "US", "A health insurance member id beside its label", FORMAT,
         group="health"),
    # ------------------------------------------------------------------ national identifiers
    _gov("US_SSN", "US", "US Social Security number", "SSA area/group/serial rules"),
    _gov("US_ITIN", "US", "US Individual Taxpayer Identification Number", _stdnum("us.itin")),
    _gov("US_PASSPORT", "US", "US passport number beside its label, or a letter and eight digits", FORMAT),
    _gov("US_DRIVER_LICENSE", "US", "US driver's licence number beside its label, or a state's distinctive shape (WDL..., a letter and 7 or 12 digits)", FORMAT),
    _gov("UK_NHS", "GB", "UK NHS number", _stdnum("gb.nhs")),
    _gov("UK_NINO", "GB", "UK National Insurance number", "HMRC prefix and suffix rules"),
    _gov("UK_PASSPORT", "GB", "UK passport number beside its label", FORMAT),
    _gov("UK_DRIVING_LICENCE", "GB", "UK (DVLA) driving licence number", FORMAT_ALONE),
    _gov("UK_POSTCODE", "GB", "UK postcode", FORMAT_ALONE, sensitive=False, group="location"),
    _gov("UK_VEHICLE_REGISTRATION", "GB", "UK vehicle registration mark beside its label, or the current mark "
         "as printed (AB51 ABC)", FORMAT, sensitive=False),
    _gov("ES_NIF", "ES", "Spanish DNI/NIF", _stdnum("es.dni")),
    _gov("ES_NIE", "ES", "Spanish foreigner identity number (NIE)", _stdnum("es.nie")),
    _gov("ES_PASSPORT", "ES", "Spanish passport number beside its label", FORMAT),
    _gov("IT_FISCAL_CODE", "IT", "Italian codice fiscale", _stdnum("it.codicefiscale")),
    _gov("IT_VAT_CODE", "IT", "Italian partita IVA beside its label", _stdnum("it.iva"), sensitive=False),
    _gov("IT_DRIVER_LICENSE", "IT", "Italian driving licence (patente) beside its label", FORMAT),
    _gov("IT_IDENTITY_CARD", "IT", "Italian identity card beside its label, or the electronic card's number (CA12345AB)",
         FORMAT),
    _gov("IT_PASSPORT", "IT", "Italian passport beside its label", FORMAT),
    _gov("PL_PESEL", "PL", "Polish PESEL", _stdnum("pl.pesel")),
    _gov("SE_PERSONNUMMER", "SE", "Swedish personnummer", _stdnum("se.personnummer")),
    _gov("SE_ORGANISATIONSNUMMER", "SE", "Swedish organisation number beside its label", _stdnum("se.orgnr"),
         sensitive=False),
    _gov("FI_PERSONAL_IDENTITY_CODE", "FI", "Finnish henkilötunnus (HETU)", _stdnum("fi.hetu")),
    _gov("DK_CPR", "DK", "Danish CPR number beside its label", _stdnum("dk.cpr"), presidio=False),
    _gov("NO_FODSELSNUMMER", "NO", "Norwegian fødselsnummer beside its label", _stdnum("no.fodselsnummer"),
         presidio=False),
    _gov("FR_NIR", "FR", "French social security number (NIR / numéro INSEE)", _stdnum("fr.nir"), presidio=False),
    _gov("NL_BSN", "NL", "Dutch burgerservicenummer (BSN)", _stdnum("nl.bsn"), presidio=False),
    _gov("DE_TAX_ID", "DE", "German Steuer-ID (IdNr)", _stdnum("de.idnr")),
    _gov("DE_TAX_NUMBER", "DE", "German Steuernummer beside its label", FORMAT),
    _gov("DE_VAT_ID", "DE", "German VAT id (USt-IdNr.)", _stdnum("de.vat"), sensitive=False),
    _gov("DE_SOCIAL_SECURITY", "DE", "German pension insurance number", FORMAT_ALONE),
    _gov("DE_HEALTH_INSURANCE", "DE", "German health insurance number (KVNR) beside its label", FORMAT),
    _gov("DE_ID_CARD", "DE", "German identity card number beside its label", FORMAT),
    _gov("DE_PASSPORT", "DE", "German passport number beside its label", FORMAT),
    _gov("DE_FUEHRERSCHEIN", "DE", "German driving licence number beside its label", FORMAT),
    _gov("DE_HANDELSREGISTER", "DE", "German commercial register number (HRA/HRB)", FORMAT_ALONE,
         sensitive=False),
    _gov("DE_KFZ", "DE", "German vehicle registration beside its label", FORMAT, sensitive=False),
    _gov("DE_PLZ", "DE", "German postcode beside its label", FORMAT, sensitive=False, group="location"),
    _gov("DE_BSNR", "DE", "German medical practice number (BSNR) beside its label", FORMAT, sensitive=False),
    _gov("DE_LANR", "DE", "German lifelong physician number (LANR) beside its label", FORMAT, sensitive=False),
    _gov("IN_AADHAAR", "IN", "Indian Aadhaar number", _stdnum("in_.aadhaar")),
    _gov("IN_PAN", "IN", "Indian Permanent Account Number", _stdnum("in_.pan")),
    _gov("IN_GSTIN", "IN", "Indian GST identification number", _stdnum("in_.gstin"), sensitive=False),
    _gov("IN_VOTER", "IN", "Indian voter id (EPIC) beside its label", _stdnum("in_.epic")),
    _gov("IN_PASSPORT", "IN", "Indian passport number beside its label", FORMAT),
    _gov("IN_VEHICLE_REGISTRATION", "IN", "Indian vehicle registration beside its label", FORMAT, sensitive=False),
    _gov("SG_NRIC_FIN", "SG", "Singapore NRIC/FIN", "ICA check letter"),
    _gov("SG_UEN", "SG", "Singapore Unique Entity Number beside its label", _stdnum("sg.uen"), sensitive=False),
    _gov("AU_TFN", "AU", "Australian Tax File Number", _stdnum("au.tfn")),
    _gov("AU_ABN", "AU", "Australian Business Number", _stdnum("au.abn"), sensitive=False),
    _gov("AU_ACN", "AU", "Australian Company Number beside its label", _stdnum("au.acn"), sensitive=False),
    _gov("AU_MEDICARE", "AU", "Australian Medicare card number", "Services Australia check digit"),
    _gov("KR_RRN", "KR", "Korean resident registration number", _stdnum("kr.rrn")),
    _gov("KR_FRN", "KR", "Korean foreigner registration number", _stdnum("kr.rrn")),
    _gov("KR_BRN", "KR", "Korean business registration number beside its label", _stdnum("kr.brn"),
         sensitive=False),
    _gov("KR_PASSPORT", "KR", "Korean passport number beside its label", FORMAT),
    _gov("KR_DRIVER_LICENSE", "KR", "Korean driving licence beside its label", FORMAT),
    _gov("TH_TNIN", "TH", "Thai national id number", _stdnum("th.pin")),
    _gov("PH_PASSPORT", "PH", "Philippine passport beside its label", FORMAT),
    _gov("PH_TIN", "PH", "Philippine taxpayer identification number beside its label", FORMAT),
    _gov("PH_UMID", "PH", "Philippine Unified Multi-Purpose ID beside its label", FORMAT),
    _gov("CA_SIN", "CA", "Canadian Social Insurance Number", _stdnum("ca.sin")),
    _gov("CA_POSTAL_CODE", "CA", "Canadian postal code", FORMAT_ALONE, sensitive=False, group="location"),
    _gov("BR_CPF", "BR", "Brazilian CPF", _stdnum("br.cpf"), presidio=False),
    _gov("TR_NATIONAL_ID", "TR", "Turkish T.C. Kimlik No.", _stdnum("tr.tckimlik")),
    _gov("TR_LICENSE_PLATE", "TR", "Turkish licence plate beside its label", FORMAT, sensitive=False),
    _gov("NG_NIN", "NG", "Nigerian National Identification Number beside its label", FORMAT),
    _gov("NG_VEHICLE_REGISTRATION", "NG", "Nigerian vehicle registration beside its label", FORMAT, sensitive=False),
    _gov("ZA_ID_NUMBER", "ZA", "South African identity number", _stdnum("za.idnr")),
    _gov("ZA_PASSPORT", "ZA", "South African passport beside its label", FORMAT),
    _gov("ZA_DRIVER_LICENSE", "ZA", "South African driving licence beside its label", FORMAT),
    _gov("ZA_INCOME_TAX_NUMBER", "ZA", "South African income tax number beside its label", FORMAT),
    _gov("ZA_VAT_NUMBER", "ZA", "South African VAT number beside its label", FORMAT, sensitive=False),
    _gov("ZA_COMPANY_REGISTRATION", "ZA", "South African company registration number", FORMAT_ALONE,
         sensitive=False),
    _gov("ZA_LICENSE_PLATE", "ZA", "South African licence plate beside its label", FORMAT, sensitive=False),
    _gov("ZA_TRAFFIC_REGISTER_NUMBER", "ZA", "South African traffic register number beside its label", FORMAT),
    _gov("ZA_TELEPHONE_NUMBER", "ZA", "South African telephone number", FORMAT_ALONE, sensitive=False,
         group="contact"),
    _gov("ZA_MOBILE_NUMBER", "ZA", "South African mobile number", FORMAT_ALONE, sensitive=False, group="contact"),
    # personal numbers python-stdnum validates that Presidio has no recognizer for
    _gov("BE_NATIONAL_NUMBER", "BE", "Belgian national register or BIS number (rijksregisternummer / numéro national)",
         "python-stdnum stdnum.be.nn / stdnum.be.bis .is_valid", presidio=False),
    _gov("EE_PERSONAL_CODE", "EE", "Estonian personal identification code (isikukood)", _stdnum("ee.ik"), presidio=False),
    _gov("LT_PERSONAL_CODE", "LT", "Lithuanian personal code (asmens kodas)", _stdnum("lt.asmens"), presidio=False),
    _gov("LV_PERSONAL_CODE", "LV", "Latvian personal code (personas kods)", _stdnum("lv.pvn"), presidio=False),
    _gov("RO_CNP", "RO", "Romanian personal numeric code (CNP)", _stdnum("ro.cnp"), presidio=False),
    _gov("BG_EGN", "BG", "Bulgarian personal number (ЕГН / EGN)", _stdnum("bg.egn"), presidio=False),
    _gov("CZ_BIRTH_NUMBER", "CZ", "Czech or Slovak birth number (rodné číslo)", _stdnum("cz.rc"), presidio=False),
    _gov("HR_OIB", "HR", "Croatian personal identification number (OIB)", _stdnum("hr.oib"), presidio=False),
    _gov("GR_AMKA", "GR", "Greek social security number (ΑΜΚΑ)", _stdnum("gr.amka"), presidio=False),
    _gov("IS_KENNITALA", "IS", "Icelandic personal id (kennitala)", _stdnum("is_.kennitala"), presidio=False),
    _gov("SI_EMSO", "SI", "Slovenian unique master citizen number (EMŠO)", _stdnum("si.emso"), presidio=False),
    _gov("PT_CITIZEN_CARD", "PT", "Portuguese citizen card number (cartão de cidadão)", _stdnum("pt.cc"), presidio=False),
    _gov("AT_SOCIAL_SECURITY", "AT", "Austrian social security number (Sozialversicherungsnummer)", _stdnum("at.vnr"), presidio=False),
    _gov("CH_AHV", "CH", "Swiss social security number (AHV / AVS)", _stdnum("ch.ssn"), presidio=False),
    _gov("IE_PPS", "IE", "Irish Personal Public Service number (PPSN)", _stdnum("ie.pps"), presidio=False),
    _gov("CN_RESIDENT_ID", "CN", "Chinese resident identity card number", _stdnum("cn.ric"), presidio=False),
    _gov("JP_MY_NUMBER", "JP", "Japanese individual number (マイナンバー)", _stdnum("jp.in_"), presidio=False),
    _gov("MY_NRIC", "MY", "Malaysian identity card number (MyKad / NRIC)", _stdnum("my.nric"), presidio=False),
    _gov("PK_CNIC", "PK", "Pakistani computerised national identity card number (CNIC)", _stdnum("pk.cnic"), presidio=False),
    _gov("ID_NIK", "ID", "Indonesian population identity number (NIK)", _stdnum("id.nik"), presidio=False),
    _gov("RU_INN", "RU", "Russian taxpayer number of a person (ИНН)", _stdnum("ru.inn"), presidio=False),
    _gov("UA_RNTRC", "UA", "Ukrainian taxpayer card number (РНОКПП / ІПН)", _stdnum("ua.rntrc"), presidio=False),
    _gov("IL_ID_NUMBER", "IL", "Israeli identity number (teudat zehut)", _stdnum("il.idnr"), presidio=False),
    _gov("MX_CURP", "MX", "Mexican population registry code (CURP)", _stdnum("mx.curp"), presidio=False),
    _gov("CL_RUT", "CL", "Chilean national id (RUT / RUN)", _stdnum("cl.rut"), presidio=False),
    _gov("AR_CUIT", "AR", "Argentine tax or labour id of a person (CUIT / CUIL)", _stdnum("ar.cuit"), presidio=False),
    _gov("KE_KRA_PIN", "KE", "Kenyan KRA personal identification number (tax PIN)", _beside("ke.pin", alone=True),
         presidio=False),
    _gov("IN_VID", "IN", "Indian Aadhaar virtual ID (VID)", _stdnum("in_.vid"), presidio=False),
    _gov("CU_NI", "CU", "Cuban identity card number (número de identidad) beside its label", _beside("cu.ni"),
         presidio=False),
    _gov("CR_CEDULA", "CR", "Costa Rican identity or residence card number (cédula) beside its label",
         _beside("cr.cpf / cr.cr"), presidio=False),
    _gov("AR_CBU", "AR", "Argentine bank account number (CBU)", _stdnum("ar.cbu"), presidio=False,
         group="financial"),
    _gov("ES_CCC", "ES", "Spanish bank account code (CCC)", _stdnum("es.ccc"), presidio=False, group="financial"),
    _gov("BE_EID_CARD", "BE", "Belgian electronic identity card number (eID)", _stdnum("be.eid"), presidio=False),
    _gov("NZ_BANK_ACCOUNT", "NZ", "New Zealand bank account number", _stdnum("nz.bankaccount"), presidio=False,
         group="financial"),
    _gov("LI_PEID", "LI", "Liechtenstein personal identification number (PEID) beside its label", _beside("li.peid"),
         presidio=False),
    _gov("TW_NATIONAL_ID", "TW", "Taiwanese national identification number", "the Ministry of the Interior's check",
         presidio=False),
    _gov("US_PTIN", "US", "US tax return preparer identification number (PTIN)", _beside("us.ptin", alone=True),
         presidio=False),
    _gov("MX_NSS", "MX", "Mexican social security number (NSS, IMSS)", "Luhn", presidio=False),
    _gov("VE_CEDULA", "VE", "Venezuelan identity card number (cédula, V-/E-)", FORMAT_ALONE, presidio=False),
    _gov("GR_AFM", "GR", "Greek tax number of a person (ΑΦΜ)", _stdnum("gr.vat"), presidio=False),
    _gov("AR_DNI", "AR", "Argentine national identity number (DNI) beside its label", _beside("ar.dni"),
         presidio=False),
    _gov("MX_ELECTOR_KEY", "MX", "Mexican voter key (clave de elector, INE)", FORMAT_ALONE, presidio=False),
    _gov("PL_ID_CARD", "PL", "Polish identity card number (dowód osobisty)", "MSWiA's check", presidio=False),
    _gov("RU_SNILS", "RU", "Russian individual insurance account number (СНИЛС)", "the Pension Fund's check",
         presidio=False),
    # python-stdnum validates these, but their checks are weak (a format and a date; a mod-11 digit on 8-10
    # digits) or missing: found beside their labels (MX_RFC also in its own shape), so the re-scan's independent
    # pass does not take them as checksums ("now 0001-288 32" read whole passes mx.rfc)
    _gov("MX_RFC", "MX", "Mexican federal taxpayer registry code of a person (RFC)", _beside("mx.rfc", alone=True),
         presidio=False),
    _gov("FI_TAX_NUMBER", "FI", "Finnish individual tax number (veronumero) beside its label",
         _beside("fi.veronumero"), presidio=False),
    _gov("UK_UTR", "GB", "UK Unique Taxpayer Reference beside its label", _beside("gb.utr"), presidio=False),
    _gov("PE_CUI", "PE", "Peruvian identity number (DNI / CUI) beside its label", _beside("pe.cui"), presidio=False),
    _gov("FR_NIF", "FR", "French tax number of a person (numéro fiscal) beside its label", _beside("fr.nif"),
         presidio=False),
    _gov("NZ_IRD", "NZ", "New Zealand IRD (tax) number beside its label", _beside("nz.ird"), presidio=False),
    _gov("PT_NIF", "PT", "Portuguese tax number (NIF / número de contribuinte) beside its label", _beside("pt.nif"),
         presidio=False),
    _gov("CZ_BANK_ACCOUNT", "CZ", "Czech bank account number", _stdnum("cz.bankaccount"), presidio=False,
         group="financial"),
    _gov("DO_CEDULA", "DO", "Dominican identity and electoral card number (cédula)", _beside("do.cedula", alone=True),
         presidio=False),
    _gov("NL_ONDERWIJSNUMMER", "NL", "Dutch student identification number (onderwijsnummer)",
         _stdnum("nl.onderwijsnummer"), presidio=False),
    _gov("NO_BANK_ACCOUNT", "NO", "Norwegian bank account number (kontonummer)", _beside("no.kontonr", alone=True),
         presidio=False, group="financial"),
    # (ids12) python-stdnum's other numbers of persons: personal and tax numbers that natural persons hold
    _gov("UK_UPN", "GB", "English Unique Pupil Number (UPN)", _stdnum("gb.upn"), presidio=False),
    _gov("MU_NID", "MU", "Mauritian national identity card number", _stdnum("mu.nid"), presidio=False),
    _gov("GH_TIN", "GH", "Ghanaian taxpayer identification number of an individual (P00...)", _stdnum("gh.tin"),
         presidio=False),
    _gov("PE_RUC", "PE", "Peruvian taxpayer number of a person (RUC 10/15/17 + DNI)", _stdnum("pe.ruc"),
         presidio=False),
    _gov("EC_RUC", "EC", "Ecuadorian taxpayer number of a person (RUC: cédula + establishment) beside its label",
         _beside("ec.ruc"), presidio=False),
    _gov("CA_BC_PHN", "CA", "British Columbia Personal Health Number", _stdnum("ca.bc_phn"), presidio=False),
    _gov("SV_NIT", "SV", "Salvadoran tax identification number (NIT)", _stdnum("sv.nit"), presidio=False),
    _gov("VE_RIF", "VE", "Venezuelan fiscal registration number of a person (RIF, V-/E-)",
         _beside("ve.rif", alone=True), presidio=False),
    _gov("ID_NPWP", "ID", "Indonesian taxpayer number (NPWP)", _beside("id.npwp", alone=True), presidio=False),
    _gov("CO_NIT", "CO", "Colombian tax identification number (NIT)", _beside("co.nit", alone=True), presidio=False),
    _gov("AD_NRT", "AD", "Andorran tax register number of a person (NRT, F-/E-)", _beside("ad.nrt", alone=True),
         presidio=False),
    _gov("US_ATIN", "US", "US Adoption Taxpayer Identification Number (ATIN)", _beside("us.atin", alone=True),
         presidio=False),
    _gov("AL_NIPT", "AL", "Albanian tax number (NIPT / NUIS) beside its label", _beside("al.nipt"), presidio=False),
    _gov("AZ_VOEN", "AZ", "Azerbaijani tax number of a natural person (VÖEN) beside its label", _beside("az.voen"),
         presidio=False),
    _gov("BY_UNP", "BY", "Belarusian payer account number of an individual (УНП) beside its label",
         _beside("by.unp"), presidio=False),
    _gov("BG_PNF", "BG", "Bulgarian personal number of a foreigner (ЛНЧ) beside its label", _beside("bg.pnf"),
         presidio=False),
    _gov("EC_CI", "EC", "Ecuadorian identity card number (cédula) beside its label", _beside("ec.ci"),
         presidio=False),
    _gov("GT_NIT", "GT", "Guatemalan tax identification number (NIT) beside its label", _beside("gt.nit"),
         presidio=False),
    _gov("MZ_NUIT", "MZ", "Mozambican tax identification number (NUIT) beside its label", _beside("mz.nuit"),
         presidio=False),
    _gov("PY_RUC", "PY", "Paraguayan taxpayer number (RUC) beside its label", _beside("py.ruc"), presidio=False),
    _gov("VN_MST", "VN", "Vietnamese tax code (mã số thuế) beside its label", _beside("vn.mst"), presidio=False),
    _gov("PL_NIP", "PL", "Polish tax identification number (NIP; a sole trader's is personal data) beside its "
         "label", _beside("pl.nip"), presidio=False),
    _gov("RS_PIB", "RS", "Serbian tax identification number (PIB) beside its label", _beside("rs.pib"),
         presidio=False),
    _gov("ME_PIB", "ME", "Montenegrin tax identification number (PIB) beside its label", _beside("me.pib"),
         presidio=False),
    _gov("MK_EDB", "MK", "North Macedonian tax number (ЕДБ) beside its label", _beside("mk.edb"), presidio=False),
    _gov("GN_NIFP", "GN", "Guinean permanent tax identification number (NIFp) beside its label",
         _beside("gn.nifp"), presidio=False),
    _gov("EG_TN", "EG", "Egyptian tax registration number beside its label", _beside("eg.tn"), presidio=False),
    _gov("TN_MF", "TN", "Tunisian tax number (matricule fiscal) beside its label", _beside("tn.mf"),
         presidio=False),
    _gov("DZ_NIF", "DZ", "Algerian tax identification number (NIF) beside its label", _beside("dz.nif"),
         presidio=False),
    _gov("NL_PASSPORT", "NL", "Dutch passport or identity card number beside its label",
         _beside("nl.identiteitskaartnummer"), presidio=False),
    _gov("AT_TIN", "AT", "Austrian tax account number (Abgabenkontonummer) beside its label", _beside("at.tin"),
         presidio=False),
]

KINDS: dict[str, Kind] = {k.name: k for k in _ALL}
assert len(KINDS) == len(_ALL), "a kind is listed twice"


def kind_names() -> tuple[str, ...]:
    return tuple(KINDS)


def describe(name: str) -> str:
    k = KINDS[name]
    return f"{k.description} [{k.check}]" + (f" ({'; '.join(k.laws)})" if k.laws else "")


def looked_for(targeted) -> dict[str, list[str]]:
    """``{"looked_for": [...], "not_looked_for": [...]}``: the catalogue split by what a policy targets."""
    t = set(targeted)
    return {"looked_for": sorted(k for k in KINDS if k in t), "not_looked_for": sorted(k for k in KINDS if k not in t)}


def targets_comment(entities: dict) -> str:
    """The kinds a policy targets, each with its action, description, check and the provisions naming it, then
    the kinds it does not look for, as YAML comments (so ``policy show`` output stays a loadable policy)."""
    lines = [f"# PII kinds this policy looks for ({len(entities)} of {len(KINDS)}), how each is scrubbed, what "
             f"confirms a finding, and the provisions that name it:"]
    width = max((len(k) for k in entities), default=0)
    for name in sorted(entities, key=lambda n: (KINDS[n].group, n) if n in KINDS else ("", n)):
        rule = entities[name]
        action = getattr(rule, "action", rule.get("action") if isinstance(rule, dict) else rule)
        lines.append(f"#   {name:<{width}}  {action:<12}  {describe(name) if name in KINDS else ''}")
    rest = looked_for(entities)["not_looked_for"]
    lines.append(f"# Not looked for ({len(rest)}): " + ", ".join(rest))
    return "\n".join(lines)
