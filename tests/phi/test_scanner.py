"""The PHI scanner against its corpus (tests/phi/corpus.py) and its documented decisions."""
from __future__ import annotations

import pytest

from community.platform.phi import CATEGORIES, Finding, scan
from community.platform.phi.scanner import known_not_identifier
from community.platform.phi.scanner import scan as scanner_rules
from tests.phi.corpus import CLEAN_IDS, LATER_IDS, NOTES, evaluate

# Measured on this corpus (see bench/README.md): 1.00 / 1.00 after tuning; the notes written
# after the scanner's first version scored recall 0.83, precision 0.97 before it was tuned.
MIN_RECALL = 0.95
MIN_PRECISION = 0.95


def test_the_corpus_is_big_enough_and_covers_every_category():
    assert len(NOTES) >= 80
    covered = {e.category for note in NOTES for e in note.expected}
    assert covered == set(CATEGORIES), set(CATEGORIES) - covered
    assert len(CLEAN_IDS) >= 20
    for note in NOTES:
        for expected in note.expected:  # the marks were parsed into exact spans
            assert note.text[expected.start:expected.end] == expected.text


@pytest.mark.parametrize("category", sorted(CATEGORIES))
def test_every_category_is_found_in_its_notes(category):
    notes = [n for n in NOTES if any(e.category == category for e in n.expected)]
    _, per, problems = evaluate(scan, notes)
    assert per[category].tp >= 1
    assert per[category].recall >= 0.9, problems


def test_clean_notes_full_of_clinical_numbers_and_eponyms_yield_nothing():
    for note in NOTES:
        if note.id in CLEAN_IDS:
            assert scan(note.text) == [], (note.id, scan(note.text))


def test_recall_and_precision_on_the_whole_corpus(capsys):
    overall, _, problems = evaluate(scan)
    with capsys.disabled():
        print(f"\nPHI corpus: {len(NOTES)} notes, recall {overall.recall:.3f}, precision "
              f"{overall.precision:.3f} (tp {overall.tp}, fp {overall.fp}, fn {overall.fn})")
    assert overall.recall >= MIN_RECALL, problems
    assert overall.precision >= MIN_PRECISION, problems
    later, _, _ = evaluate(scan, [n for n in NOTES if n.id in LATER_IDS])
    assert later.recall >= MIN_RECALL and later.precision >= MIN_PRECISION


def test_a_finding_says_what_where_and_why():
    text = "Mr. Okafor, MRN 4820193, was admitted on 12/03/2024."
    findings = scan(text)
    assert [(f.category, f.text) for f in findings] == [
        ("name", "Okafor"), ("mrn", "4820193"), ("date", "12/03/2024")]
    for f in findings:
        assert isinstance(f, Finding) and text[f.start:f.end] == f.text
        assert 0 < f.confidence <= 1 and f.why
    body = findings[1].as_dict()
    assert body["label"] == "Medical record number" and body["identifier"] == 8


@pytest.mark.parametrize("text", [
    "The patient is 90 or older.", "aged 90 or older", "90 years or older at diagnosis",
    "An 89-year-old woman.", "Day 0, day 3, week 2, month 6; diagnosed in 2019.",
    "Parkinson disease, Cushing syndrome, Gram stain, Wilson's disease, Down syndrome.",
    "Smith et al. reported it first.", "Metformin 500 mg, ramipril 5 mg, apixaban 5 mg bd.",
    "BP 120/80, HR 110/min, 2/6 murmur, G3P2, T2N0M0, CHA2DS2-VASc 4, QTc 480 ms.",
    "Glasgow Coma Scale 8; Ottawa ankle rules negative; Los Angeles grade C esophagitis.",
    "She lives in Texas and travelled to Brazil.", "Socket.IO and Node.js", "",
])
def test_what_must_not_be_flagged(text):
    assert scan(text) == []


@pytest.mark.parametrize(("text", "category", "span"), [
    ("Seen by Dr Okonjo on the ward.", "name", "Okonjo"),  # clinicians are flagged
    ("He is a 92-year-old farmer.", "age", "92-year-old"),
    ("Admitted in March with pneumonia.", "date", "March"),
    ("on the 3rd of March", "date", "3rd of March"),
    ("Phone 617 555 0142 after 6 pm.", "phone", "617 555 0142"),
    ("Fax: +44 20 7946 0959", "fax", "+44 20 7946 0959"),
    ("from Harris County", "place", "Harris County"),
    ("Lives at 12 Oak Lane, Apt 4B.", "address", "12 Oak Lane, Apt 4B"),
    ("IPv6 fe80::1ff:fe23:4567:890a logged", "ip", "fe80::1ff:fe23:4567:890a"),
])
def test_documented_decisions(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scan(text)]


def test_bad_input_is_no_finding():
    assert scan(None) == [] and scan(12345) == []  # type: ignore[arg-type]


def test_a_5000_word_write_up_is_scanned_to_its_end():
    # How long it takes is bench/phi_scanner.py's to measure (issue 16: <= 100 ms), not a
    # test's: a timed assertion fails on a loaded machine. This checks the whole text is read.
    text = " ".join(n.text for n in NOTES)
    words = text.split()
    text = " ".join((words * (5000 // len(words) + 1))[:5000])
    found = scan(text)
    assert found and found[-1].end > len(text) * 0.9


# ---------------------------------------------------------------- item 18's catch-all (issue 16)

@pytest.mark.parametrize("text", [
    "HbA1c 8.9% on metformin; T2DM since 2012.",
    "BRCA1 and BRCA2 negative; HER2 IHC 1+; CYP2D6 poor metaboliser; COL4A5 variant.",
    "COVID-19 PCR negative; SARS-CoV-2 IgG positive; H1N1 in 2009.",
    "ICD-10 I21.4 was coded; ICD-10-CM E11.65 for the diabetes; DSM-5 criteria met.",
    "JAK2 V617F and JAK2V617F detected; EGFR T790M; KRAS G12C; BRAF V600E.",
    "HLA-B27 positive; HLA-DRB1*04:01; CD4 320 cells/uL; CD34+ count.",
    "Stage pT2N1M0, T2N0M0 at diagnosis; ECOG 1; Ki-67 30%.",
    "PPSV23 and PCV20 were given; CURB-65 2; CHA2DS2-VASc 4; PHQ-9 12; QRISK3 18%.",
    "GCS E3V4M6; fracture at T10-T12; LP at L3-L4; leads V1-V6.",
    "Enrolled in NCT04368728 (ISRCTN12345678); AZD9291 and MK-3475 in the trial arm.",
    "NDC 0002-8215-01; LOINC 4548-4; BNT162b2 and mRNA-1273 vaccines.",
    "Platelets 150-400; intake 1500-2000 mL; seen 2019-2020.",
])
def test_clinical_codes_are_not_identifiers(text):
    assert scan(text) == [], [(f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize(("text", "category", "span"), [
    ("Code on the wristband: QX48213.", "other_id", "QX48213"),
    ("DL: A12345678", "licence", "A12345678"),
    ("Insurance no. B98765432 on file.", "health_plan", "B98765432"),
    ("Research ID RX-2201-0043 was assigned.", "other_id", "RX-2201-0043"),
    ("Employee no. AB123456 at the depot.", "other_id", "AB123456"),
    ("State licence D1234567 was verified.", "licence", "D1234567"),
    ("Bank acct 123456789012 was debited.", "account", "123456789012"),
    ("Plan member ID ZK4419022 is on the card.", "health_plan", "ZK4419022"),
    ("Facsimile: 020 7946 0958", "fax", "020 7946 0958"),
    ("SS# 123 45 6789", "ssn", "123 45 6789"),
])
def test_identifier_shaped_codes_and_safe_harbor_keywords(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scan(text)]


# ---------------------------------------------------------------- every common form (issue 16, fourth round)
# Written from the forms clinical notes, forms and systems print (not from a test part): dates
# in international orders and cases, partial dates, ages as triage notes write them, phone
# numbers of several countries, keywords after the value, insurance wording, record numbers.

@pytest.mark.parametrize(("text", "category", "span"), [
    ("Seen 2021/03/12.", "date", "2021/03/12"), ("Seen 2021.03.12.", "date", "2021.03.12"),
    ("Seen 2021-3-12.", "date", "2021-3-12"), ("Admitted 12MAR2021 with pain.", "date", "12MAR2021"),
    ("Admitted 12-MAR-2021.", "date", "12-MAR-2021"), ("Admitted MAR 12 2021.", "date", "MAR 12 2021"),
    ("Seen 12 mar 2021.", "date", "12 mar 2021"), ("Seen 12 MARCH 2021.", "date", "12 MARCH 2021"),
    ("on Mar-12-2021", "date", "Mar-12-2021"), ("DOB 03/2021.", "date", "03/2021"),
    ("Seen in March '21.", "date", "March '21"), ("Seen 12/03/2021 14:30.", "date", "12/03/2021 14:30"),
    ("D.O.B. 12.03.31", "date", "12.03.31"), ("Seen 20210312.", "date", "20210312"),
    ("Date of birth: 1931-03-12T00:00", "date", "1931-03-12T00:00"),
    ("Seen on the 11th of March.", "date", "11th of March"),
    ("A 93-yo man.", "age", "93-yo"), ("A 93yo man.", "age", "93yo"), ("A 93-y/o man.", "age", "93-y/o"),
    ("93 YO male", "age", "93 YO"), ("Age 93y.", "age", "93y"), ("He is 93 years of age.", "age", "93 years of age"),
    ("Aged ninety-three.", "age", "ninety-three"), ("She turned 95 last week.", "age", "95"),
    ("Age/sex: 94/F", "age", "94"),
    ("Call 911 922 7516.", "phone", "911 922 7516"), ("911 922 7516 (fax)", "fax", "911 922 7516"),
    ("Call 617-555-0142 ext. 204.", "phone", "617-555-0142 ext. 204"),
    ("Call 1-800-555-0199.", "phone", "1-800-555-0199"), ("Call +91 98765 43210.", "phone", "+91 98765 43210"),
    ("Call +55 11 91234-5678.", "phone", "+55 11 91234-5678"),
    ("Call +44 (0) 7700 900 123", "phone", "+44 (0) 7700 900 123"),
    ("Call +33 (0)1 42 68 53 00", "phone", "+33 (0)1 42 68 53 00"),
    ("AB-123-CD reg. was seen.", "vehicle", "AB-123-CD"), ("2345 XYZ reg was seen.", "vehicle", "2345 XYZ"),
    ("Claims go through Medicaid under W123456789.", "health_plan", "W123456789"),
    ("Covered by Aetna member W123456789.", "health_plan", "W123456789"),
    ("Policy holder ID: XKJ1234567", "health_plan", "XKJ1234567"),
    ("Medicare Beneficiary Identifier 1EG4-TE5-MK73", "health_plan", "1EG4-TE5-MK73"),
    ("MR# 1234567", "mrn", "1234567"), ("Med Rec No 1234567", "mrn", "1234567"),
    ("Hospital No: K123456", "mrn", "K123456"), ("IMEI 35-209900-176148-1", "device", "35-209900-176148-1"),
    ("Oluwaseun came back a week later.", "name", "Oluwaseun"),
    # after fresh4 was measured (its causes, in other words)
    ("Home: Apt 5, 12 Elm Street", "address", "Apt 5, 12 Elm Street"),
    ("AB 12 34 56 C is his NI number.", "other_id", "AB 12 34 56 C"),
    ("Medicare ID 1EG4-TE5-MK73", "health_plan", "1EG4-TE5-MK73"),
    ("Medicaid recipient no. 9RT4-UH2-WW40.", "health_plan", "9RT4-UH2-WW40"),
    ("Health fund number HF2231907.", "health_plan", "HF2231907"),
    ("NMC registration 12A3456E was checked.", "licence", "12A3456E"),
    ("Rego ABC123 was towed.", "vehicle", "ABC123"),
    ("Hospital reg. no. K2219087 on the band.", "mrn", "K2219087"),
    ("K2219087 \u2190 MRN", "mrn", "K2219087"),
    ("Social Sec. No. 123 45 6789 on the form.", "ssn", "123 45 6789"),
    ("Fax..........+1 617-555-0142", "fax", "+1 617-555-0142"),
    ("617-555-0142 (per fax no.)", "fax", "617-555-0142"),
    ("Invoice INV22819034 is the Patient acct no held.", "account", "INV22819034"),
    ("Photos at janedoe.example.page for the family.", "url", "janedoe.example.page"),
])
def test_every_common_form(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize("text", [
    "Troponin 12 ng/L at 14:30; infusion 14:30-15:00; glucose 10.2 at 0800.",
    "BP 120/80 mmHg; 2/3 of the dose; pain 7/10; MMSE 24/30; Apgar 9/10; murmur 2/6.",
    "Disc at L4/L5 and L5/S1; C5/C6 and T12/L1.",
    "Per ESC 2021 and AHA 2022 guidelines; the 2019/20 audit; the 2020/2021 season.",
    "ICD-10 I21.4 and I50.9 coded; DAPA-HF and EMPEROR-Reduced; NYHA III; CTCAE v5.0 grade 2.",
    "As reported by Smith et al. (2019;381:1995-2008); Lancet. 2020;395(10229):1054-1062.",
    "ANA positive at 1/1280; review in 2/52 and 6/12; at 3/7 post-op.",
    "MAR reviewed: 12 doses given; MAR 12 doses.",
    "Weight 93 kg, SpO2 93% on air, HR 93 bpm; temp 39.2.",
    "Over 90 years of age is written as 90 or older; ages 90+ grouped.",
    "Regular insulin 10 units reg; version 2.1.3; pH 7.35-7.45; K 3.5-5.0 mmol/L.",
    "Covered by Medicaid; her insurance lapsed; account of events given by the patient.",
    "Ambulance called to the scene; Uploads came from the monitor; Sarcoidosis returned.",
    "Re: Referral to the memory clinic. No further action.",
    "The ward.is closed; the dose.my chart.",
])
def test_clinical_numbers_in_every_form_are_not_identifiers(text):
    assert scan(text) == [], [(f.category, f.text) for f in scan(text)]


# ---------------------------------------------------------------- fifth round (issue 16)
# The classes of phrasing fresh5 missed, written in other words than its notes, and the record,
# plan, licence and national numbers of other countries' systems (UK, India, Brazil, Australia),
# from how their forms print them. Span convention settled this round: a time written right
# after a date and a weekday right before it are part of the date; "at 14:30" is not.

@pytest.mark.parametrize(("text", "category", "span"), [
    # dates: time and weekday, day-first and month-first eight digits
    ("Arrived 2022-08-30 23:41 by ambulance.", "date", "2022-08-30 23:41"),
    ("Arrived 30/08/2022, 23:41 by ambulance.", "date", "30/08/2022, 23:41"),
    ("Collected 2022-08-30T23:41:05Z.", "date", "2022-08-30T23:41:05Z"),
    ("Theatre Thu 04/11/2021.", "date", "Thu 04/11/2021"),
    ("Review Friday, 5 March 2021.", "date", "Friday, 5 March 2021"),
    ("Date of birth 30081937 per the card.", "date", "30081937"),
    ("DOB 08301937", "date", "08301937"),
    ("Admitted 03/04 via ED.", "date", "03/04"),
    # phones and faxes
    ("Daughter: 415 552-0198.", "phone", "415 552-0198"),
    ("Landline (03) 9123 4567.", "phone", "(03) 9123 4567"),
    ("Celular (21) 99876-5432.", "phone", "(21) 99876-5432"),
    ("Son's mobile 98450 12345.", "phone", "98450 12345"),
    ("Results faxed over to the practice on +44 20 7946 0958.", "fax", "+44 20 7946 0958"),
    ("0161 496 0000 / Fax", "fax", "0161 496 0000"),
    ("+1 617 555 0142, being the fax line", "fax", "+1 617 555 0142"),
    # connectors "~" and a spaced "/" on either side of the keyword
    ("SSN ~ 123456789", "ssn", "123456789"), ("MRN / 7734521", "mrn", "7734521"),
    ("7734521 / MRN", "mrn", "7734521"), ("Licence # ~ D1234-56789", "licence", "D1234-56789"),
    ("He gave 123 45 6789 as his SSN.", "ssn", "123 45 6789"),
    ("123 45 6789 - soc. sec. no.", "ssn", "123 45 6789"),
    # record numbers of other systems and dotted ones
    ("PAS number: RX4471902", "mrn", "RX4471902"), ("Local patient ID 55.201.733", "mrn", "55.201.733"),
    ("MRN/UR: 23.445.101", "mrn", "23.445.101"), ("UHID: 2023/118822", "mrn", "2023/118822"),
    ("IP No. 45678/2024", "mrn", "45678/2024"), ("MRD No 889123", "mrn", "889123"),
    ("UR 4471902, bed 6.", "mrn", "4471902"), ("NHI: ZAC5361", "mrn", "ZAC5361"),
    ("Pt K123456 in bed 4.", "mrn", "K123456"),
    # health plans
    ("Ins. no. QH22918374", "health_plan", "QH22918374"), ("QH22918374 [Ins. ID]", "health_plan", "QH22918374"),
    ("7700112233 (benefits ID)", "health_plan", "7700112233"),
    ("Medicare card 3951 27480 2", "health_plan", "3951 27480 2"),
    ("Medicare no. 3951 27480 2/1 sighted.", "health_plan", "3951 27480 2/1"),
    ("IHI 8003 6012 3456 7890", "health_plan", "8003 6012 3456 7890"),
    ("ABHA no 12-3456-7890-1234", "health_plan", "12-3456-7890-1234"),
    ("Cartão SUS 898 0012 3456 7890", "health_plan", "898 0012 3456 7890"),
    ("DVA file no NX123456", "health_plan", "NX123456"),
    # accounts, licences, plates, national numbers
    ("Refund to DE89 3704 0044 0532 0130 00.", "account", "DE89 3704 0044 0532 0130 00"),
    ("IBAN GB29NWBK60161331926819", "account", "GB29NWBK60161331926819"),
    ("CDL: W123-456-78-901-0", "licence", "W123-456-78-901-0"),
    ("AHPRA MED0001234567", "licence", "MED0001234567"), ("CRM-SP 123456", "licence", "123456"),
    ("Reg. mark: LK19 XFD", "vehicle", "LK19 XFD"), ("Reg\n  KX21ABC", "vehicle", "KX21ABC"),
    ("Placa ABC1D23", "vehicle", "ABC1D23"), ("Hit by MH12AB1234 on the highway.", "vehicle", "MH12AB1234"),
    ("CPF 123.456.789-09", "other_id", "123.456.789-09"), ("RG: 12.345.678-9", "other_id", "12.345.678-9"),
    ("Aadhaar 2345 6789 0123", "other_id", "2345 6789 0123"), ("PAN: ABCDE1234F", "other_id", "ABCDE1234F"),
    ("TFN 123 456 782", "other_id", "123 456 782"), ("Claim ref ~ 553/20981", "other_id", "553/20981"),
    ("Our ref: CJ/4471/22", "other_id", "CJ/4471/22"), ("88213/4 being the case ref.", "other_id", "88213/4"),
    # postcodes of other countries
    ("12 Smith St, Fitzroy VIC 3065", "zip", "3065"), ("CEP 01310-100", "zip", "01310-100"),
    ("Indiranagar, Bengaluru 560038.", "zip", "560038"), ("PIN code: 400 050", "zip", "400 050"),
    # people and places in phrasings the patterns did not expect
    ("Voicemail left for Ysolde.", "name", "Ysolde"), ("Results sent to Tamsin.", "name", "Tamsin"),
    ("Her brother-in-law, Oyelaran, drove her.", "name", "Oyelaran"),
    ("Came in with her ex-husband Radomir.", "name", "Radomir"),
    ("He was transferred from Kumbakonam overnight.", "place", "Kumbakonam"),
    ("She retired to Mullumbimby.", "place", "Mullumbimby"),
    ("Seen at the district hospital in Quixadá.", "place", "Quixadá"),
    # ages on a handover line or in a table cell
    ("Bed 4: 94M, day 3 post laparotomy.", "age", "94"), ("| 91F | sepsis | for ward |", "age", "91"),
])
def test_fifth_round_forms(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scan(text)], [
        (f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize("text", [
    "Bed 3: 78F, day 4 post Whipple. Norad 0.08, MAP 68, lactate 1.4. UO 40 mL/h. Plan: wean, TTE Mon.",
    "Bed 7 - 66M, T2RF, BiPAP 16/6, FiO2 0.35; pH 7.31 pCO2 7.9.",
    "Temp 99F, HR 104, RR 22, SpO2 94% on 2L. T 101F at 02:00; cultures sent.",
    "Na 131, K 5.2, Cr 145, Ur 12.1, Hb 98, WCC 14.2, CRP 210; urea 18.4.",
    "Referred to Cardiology; transferred to Recovery at 14:20; moved to Ward 7; letter to Haematology.",
    "Handed over to night team. Seen with Physio. Discussed with the ICU registrar.",
    "Ringer lactato 500 mL em 30 min. PA 90/60 mmHg, FC 118 bpm. Dipirona 1 g EV 6/6h se dor.",
    "Paracetamol 650 mg SOS; Inj. Ceftriaxone 1 g IV BD x 5 days; HbA1c 9.2%.",
    "APACHE II 18; SOFA 7 -> 9; SAPS 3 54; GCS 9 (E2V2M5); ICD-10 J18.9; SNOMED 233604007.",
    "Lines: R IJ CVC day 5, A-line L radial day 3; ETT 7.5 at 22 cm. Bloods 06:00: PCT 4.1.",
    "Dialysis Mon/Wed/Fri at the satellite unit; 2 units PRBC given; Hb 71 -> 84.",
    "The local anaesthetic was lidocaine 1%; our plan is to review; PAN-negative; trust policy.",
    "Seen on 2/3 of the days; on 1/2 of the ward rounds.",
    "London 2012 and Paris 2024 were busy for the ambulance service.",
])
def test_fifth_round_clinical_text_is_not_flagged(text):
    assert scan(text) == [], [(f.category, f.text) for f in scan(text)]


# Sixth round (issue 16): the classes of fresh6's misses, in other words than its notes: unknown
# given names on terse lines, after next of kin or before their relation; Portuguese, Spanish
# and French dates and place phrases; a unit before a street number; ages "Pt is 94", "94/F";
# bills and receipts; a council's registration number; Aadhaar, FIR and MLC numbers; health
# schemes' cards; bare Indian mobiles; a car's make before its plate.
@pytest.mark.parametrize(("text", "category", "span"), [
    # names: unknown given names starting a terse line, after next of kin, with the relation after
    ("Oyinkansola pulled out her cannula overnight.", "name", "Oyinkansola"),
    ("- Thandiwe slept in the chair overnight.", "name", "Thandiwe"),
    ("Bongani slept well; ate breakfast.", "name", "Bongani"),
    ("Next of kin: Siobhan (sister), aware.", "name", "Siobhan"),
    ("NOK - Keoni, son.", "name", "Keoni"),
    ("Emergency contact: Mirela Vasquez", "name", "Mirela Vasquez"),
    ("Collateral from Anneliese (daughter) by phone.", "name", "Anneliese"),
    ("Pt: Ngozi Okonkwo-Bright", "name", "Ngozi Okonkwo-Bright"),
    ("Patient - Joaquim Ferreira dos Santos.", "name", "Joaquim Ferreira dos Santos"),
    ("Ifunanya was relieved to go home.", "name", "Ifunanya"),
    ("Zoltan Kereszturi, known to the team, was admitted.", "name", "Zoltan Kereszturi"),
    # dates in Portuguese, Spanish and French
    ("Internado em 3 de setembro de 2019.", "date", "3 de setembro de 2019"),
    ("Fecha de nacimiento: 14 de febrero de 1948", "date", "14 de febrero de 1948"),
    ("Né le 12 juin 1980 à l'hôpital.", "date", "12 juin 1980"),
    ("Cirurgia em março de 2021.", "date", "março de 2021"),
    ("Ingreso el 1º de diciembre de 2022", "date", "1º de diciembre de 2022"),
    # places in Portuguese, Spanish and French; retrievals
    ("Natural de Caruaru, reside em Olinda.", "place", "Caruaru"),
    ("Transferido de Itabuna pela regulação.", "place", "Itabuna"),
    ("Paciente procedente de Cuenca.", "place", "Cuenca"),
    ("Originaire de Besançon.", "place", "Besançon"),
    ("Flown by CareFlight from Longreach.", "place", "Longreach"),
    # addresses with a unit before the number
    ("Lives at Unit 4/17 Kookaburra Crescent.", "address", "Unit 4/17 Kookaburra Crescent"),
    ("Address 12/240 Moreton Road", "address", "12/240 Moreton Road"),
    ("Flat 3, 22 Holloway Road", "address", "Flat 3, 22 Holloway Road"),
    # ages over 89
    ("Pt is 96, lives with her son.", "age", "96"), ("She is now 101.", "age", "101"),
    ("97/F, known AF.", "age", "97"), ("Bed 2 - 92F, dementia.", "age", "92"),
    ("A 93 yo man.", "age", "93 yo"), ("Idade: 95 anos.", "age", "95 anos"),
    # bills, receipts and invoices
    ("Receipt no. 2023/884512 issued.", "account", "2023/884512"),
    ("Final bill OP/22/10487 settled at the counter.", "account", "OP/22/10487"),
    ("Invoice #: INV-0048812", "account", "INV-0048812"),
    # a council's registration number: a licence, not a plate
    ("Dr Rao, KMC Reg. No. 45123", "licence", "45123"),
    ("GMC reg 7123456", "licence", "7123456"),
    ("Registered with the Medical Council of India, reg no 88123.", "licence", "88123"),
    ("AHPRA registration MED0002233445", "licence", "MED0002233445"),
    # national and police numbers, health scheme cards
    ("Aadhaar: 0457 8812 3340", "other_id", "0457 8812 3340"),
    ("FIR No. 231/2024 lodged.", "other_id", "231/2024"),
    ("MLC no: 4471/24", "other_id", "4471/24"),
    ("ABCDE1234F (PAN)", "other_id", "ABCDE1234F"),
    ("Insured under the state scheme, card 5512 8890 1123.", "health_plan", "5512 8890 1123"),
    ("ECHS card no: DL-4418823", "health_plan", "DL-4418823"),
    # phones: bare Indian mobiles, Portuguese and Spanish keywords
    ("Son's number 9845012345 for updates.", "phone", "9845012345"),
    ("Celular: (81) 98877-6655", "phone", "(81) 98877-6655"),
    ("Report faxed to 8022145678.", "fax", "8022145678"),
    ("+91 80 2214 5678 - Ward fax", "fax", "+91 80 2214 5678"),
    ("SSN on record: 512-44-8890", "ssn", "512-44-8890"),
    # plates
    ("Veh. no: KA05MN4421", "vehicle", "KA05MN4421"),
    ("Hit by a white Honda, KL07 BX 2231.", "vehicle", "KL07 BX 2231"),
    # a record number after "Reg. no" (digits: not a plate)
    ("Reg. no 20441873, OPD card.", "mrn", "20441873"),
    ("Claims go through Medicaid under 774 212 9981.", "health_plan", "774 212 9981"),
])
def test_sixth_round_forms(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scan(text)], [
        (f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize("text", [
    "Covered under Ayushman Bharat; cashless admission approved.",
    "Enrolled in Arogyasri; pre-authorisation sent.",
    "Parkinson disease, Crohn colitis and Addison crisis ruled out.",
    "Referred to Neurology; seen by Physio; Ambulance called for transfer.",
    "Pt is 94% on room air; she is 92 kg.",
    "Na 134, K 4.1, Hb 102/L; Plt 92/L; sats 96/94 on 2 L.",
    "Tazocin stopped; Meropenem started at 1 g TDS; Vanc level 14.",
    "Norad weaned to 0.04; Dobutamine 5 mcg/kg/min.",
    "Mayo score 2; APACHE II 18; Rockall 4.",
    "Bill to be settled by the insurer; receipt pending.",
    "Dr reviewed; GMC guidance on consent followed.",
    "Reg 10 units insulin at night; vehicle for discharge arranged by family.",
    "Grade 2 de Clavien-Dindo; 2 de cada 3 doses.",
    "Plan: CT abdomen; ward round at 10; discharge 2 days.",

    "Pt: Afebrile, tachycardic; Hypotensive overnight.",
    "Metformin, son to collect from pharmacy.",
    "Pt is 90 days post-op; she was 95 on air.",
    "Total bill 45000 INR paid; advance Rs 20000.",
    "SNOMED CT 7012345678 coded.",
    "Discussed at the tumour board with 2 surgeons.",
    "Crohn disease (son also affected).",
    "Warfarin (wife manages), INR 2.4.",
    "Addison, Cushing and Graves were excluded.",
    "Seen in Neurology, daughter present.",
    "Ondansetron tried with little effect; Clexane kept on hold; Keppra kept at 500 mg BD.",
    "Troponin fell to 40; Hb fell from 94 to 71.",
    "Paciente de 94 kg, IMC 31. Pt is 93 kg, BMI 31.",
])
def test_sixth_round_clinical_text_is_not_flagged(text):
    assert scan(text) == [], [(f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize(("section", "text"), [
    ("introduction", "Managed per the ICMR guidance (https://www.icmr.gov.in/guidelines/dengue-2023.pdf)."),
    ("discussion", "National guidance is available at https://www.health.gov.au/resources/sepsis-pathway."),
    ("introduction", "See the society's consensus statement: https://www.escardio.org/Guidelines/af-2020."),
    ("discussion", "Data from https://www.ons.gov.uk/releases/2024 and https://www.hopkinsmedicine.edu/x."),
])
def test_guidelines_and_public_bodies_cited_in_the_introduction_are_not_flagged(section, text):
    """domain.md §5: item 14 is the web address of the patient, their relatives, employers or
    household; a guideline or a public body's report cited where CARE cites is not one."""
    assert scan(text, section=section) == []
    assert {f.category for f in scan(text)} == {"url"}  # elsewhere it is flagged


@pytest.mark.parametrize(("section", "text"), [
    ("introduction", "Her daughter's blog (https://www.example.com/my-mums-journey) is cited with consent."),
    ("discussion", "The family fundraising page https://gofund.example.org/help-amara is public."),
])
def test_personal_web_addresses_in_the_introduction_still_are(section, text):
    assert [f.category for f in scan(text, section=section)] == ["url"]


# Sixth round, classes found by writing notes in other styles (US, UK, Brazilian, Spanish,
# paediatric) before fresh7 was read: a full name with its age after it, a town after a street
# address, a relation's name in brackets, Portuguese and Spanish relations, numbered streets,
# a street without its number, chart abbreviations before a day and month, "nonagenarian",
# social media handles, schools, a keyed MRN over an SSN's shape, dates not taken as numbers.
@pytest.mark.parametrize(("text", "category", "span"), [
    ("Rangi Parata, 45, from Rotorua, presented with chest pain.", "name", "Rangi Parata"),
    ("Ana Maria da Silva, 62, natural de Recife.", "name", "Ana Maria da Silva"),
    ("Zoltan Kereszturi (58) was reviewed.", "name", "Zoltan Kereszturi"),
    ("She lives at 17 Larkspur Close, Knaresborough, HG5 0QT.", "place", "Knaresborough"),
    ("Info from the neighbour (Bronislaw).", "name", "Bronislaw"),
    ("Esposo Julián presente.", "name", "Julián"), ("Acompanhada pela filha, Raimunda.", "name", "Raimunda"),
    ("Apartment 4B, 310 West 86th Street", "address", "Apartment 4B, 310 West 86th Street"),
    ("Brought in by EMS from his home on Elm Street.", "address", "Elm Street"),
    ("Seen 12/5 in clinic; f/u 1/9.", "date", "1/9"), ("Admit 3/4 via ED.", "date", "3/4"),
    ("A nonagenarian woman with a fall.", "age", "nonagenarian"),
    ("Twitter @roisin_d posts about her illness.", "other_id", "@roisin_d"),
    ("Username: kwame_b82", "other_id", "kwame_b82"),
    ("Attends Greenfield Primary School, year 3.", "place", "Attends Greenfield Primary School"),
    ("MRN 004-55-8812", "mrn", "004-55-8812"),
    ("Claims go through Medicaid under 845 141 2258.", "health_plan", "845 141 2258"),
    ("Details: reg. was Z-CH 4571; verified.", "vehicle", "Z-CH 4571"),
    ("0030598 (pt. MRN on file).", "mrn", "0030598"),
])
def test_sixth_round_other_styles(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scan(text)], [
        (f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize("text", [
    "Apache II 22; SOFA 9; Glasgow 13.",
    "Seen with the Diabetes Nurse Specialist; Dietitian to review.",
    "Paciente procedente do Pronto Socorro.",
    "Pai com DM2; mãe hipertensa.",
    "f/u 6/12 in clinic; D/C 2/7.",
    "Pt Acct#: pending",
    "Mr Adeyemi's chest X-ray was clear.",
    "He handles the bills; the user guide is on the ward.",
    "Date of admission: 22.9.1944 Serial number of attempts: 2",
])
def test_sixth_round_other_styles_clinical_text(text):
    found = [(f.category, f.text) for f in scan(text)]
    assert all(c in ("name", "date") and t in ("Adeyemi", "22.9.1944") for c, t in found), found


def test_a_tables_header_names_its_columns():
    """Sixth round: a ward list's header says what each column holds."""
    text = ("| Name | Age | MRN | Phone | Town |\n|---|---|---|---|---|\n"
            "| Harriet Quinlan | 92 | 4471902 | 01632 960 123 | Knaresborough |\n"
            "| OKORO, Chidinma | 94F | RX-88123 | 07700 900 123 | Leeds |\n"
            "| Bed 4 | 71 | pending | - | - |")
    assert [(f.category, f.text) for f in scan(text)] == [
        ("name", "Harriet Quinlan"), ("age", "92"), ("mrn", "4471902"), ("phone", "01632 960 123"),
        ("place", "Knaresborough"), ("name", "OKORO, Chidinma"), ("age", "94"), ("mrn", "RX-88123"),
        ("phone", "07700 900 123"), ("place", "Leeds")]
    assert scan("| Drug | Dose | Route |\n|---|---|---|\n| Amoxicillin | 500 mg | PO |\n"
                "| Age | 94 | (normal range) |") == []


@pytest.mark.parametrize(("text", "category", "span"), [
    ("Name: QUINLAN, Harriet", "name", "QUINLAN, Harriet"),
    ("Patient: SMITH, John A.", "name", "SMITH, John A."),
    ("Surname: Okoro  First name: Chidinma", "name", "Chidinma"),
    ("Nome: José da Silva Pereira", "name", "José da Silva Pereira"),
    ("Seen 4-Mar.", "date", "4-Mar"),
    ("Admitted on the fourth of March.", "date", "fourth of March"),
    ("Died on the twenty-first of June, 2023.", "date", "twenty-first of June, 2023"),
    ("Phone: 555 0142", "phone", "555 0142"),
])
def test_sixth_round_form_fields_and_dates(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scan(text)], [
        (f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize("text", [
    "Patient: Alert and oriented.", "Pt: Confused, Agitated", "Patient name: pending",
    "first of all, the second of the tests", "Pager 4412. Bleep 2231.",
])
def test_sixth_round_form_fields_that_are_not_names(text):
    assert scan(text) == [], [(f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize(("text", "category", "span"), [
    ("ICD serial number BXR 2299881 checked.", "device", "BXR 2299881"),
    ("Nursing registration 12A3456E.", "licence", "12A3456E"),
    ("Pharmacist reg 2088123.", "licence", "2088123"),
    ("MAC 00:1A:2B:3C:4D:5E", "device", "00:1A:2B:3C:4D:5E"),
    ("Dr Smith noted the car reg: AB12 CDE.", "vehicle", "AB12 CDE"),  # a car: a plate
])
def test_sixth_round_registrations_serials_and_mac_addresses(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scan(text)], [
        (f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize(("text", "span"), [
    ("Kealoha's mother reports fevers.", "Kealoha"),
    ("Saw Yevgenia and her partner.", "Yevgenia"),
    ("Olusegun is a 58-year-old accountant.", "Olusegun"),
    ("Tamar, 71, has COPD.", "Tamar"),
    ("cc: Jemima Aldous (GP)", "Jemima Aldous"),
    ("Signed: Dr. R. Venkataraman", "R. Venkataraman"),
    ("The patient (Ebere) declined.", "Ebere"),
    ("Priyanka Chopra-Singh presented to ED.", "Priyanka Chopra-Singh"),
    ("Kaiah has been unwell for 3 days.", "Kaiah"),
])
def test_sixth_round_names_without_a_title(text, span):
    assert ("name", span) in [(f.category, f.text) for f in scan(text)], [
        (f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize("text", [
    "Pt is a 96 yr old retired seamstress.",
    "Troponin was a 3-fold rise; Sodium has been low.",
    "Hartmann's solution 1 L; Murphy's sign positive; McBurney point tender.",
])
def test_sixth_round_names_that_are_not(text):
    assert [f for f in scan(text) if f.category == "name"] == [], [
        (f.category, f.text) for f in scan(text)]


# Seventh round (bench/README.md): fresh7's classes of misses, written in other words than its
# notes, and what authors from other countries write (German, Dutch, Brazilian, French, Gulf,
# Korean and Japanese, Kenyan, Indonesian, Chilean and Argentine notes).
@pytest.mark.parametrize(("text", "category", "span"), [
    # names with diacritics and particles, newborns, forms of address in other languages
    ("Baby boy Trần was admitted to the NICU.", "name", "Trần"),
    ("Baby Girl Ní Bhriain, 2 days old.", "name", "Ní Bhriain"),
    ("Señor Đặng speaks Vietnamese only.", "name", "Đặng"),
    ("Dhr. van der Berg woont alleen.", "name", "van der Berg"),
    ("Alhaji Danjuma was reviewed on the ward.", "name", "Danjuma"),
    ("Ibu Wulandari melahirkan anak kedua.", "name", "Wulandari"),
    ("Sipho de Klerk, a retired miner, reported chest tightness.", "name", "Sipho de Klerk"),
    ("Maria Clara Wiśniewska, a 61-year-old teacher, was admitted.", "name", "Maria Clara Wiśniewska"),
    ("Met Ana Lucia again in clinic.", "name", "Ana Lucia"),
    ("Assent was obtained from Khadija Al-Farsi.", "name", "Khadija Al-Farsi"),
    # addresses: lots, plots, blocks, stands, unit-number, quadrants, numbers after the street
    ("Residence: Plot 12 Ahmadu Bello Way", "address", "Plot 12 Ahmadu Bello Way"),
    ("Lives at Blk 7 Lot 22, Mabuhay St.", "address", "Blk 7 Lot 22, Mabuhay St."),
    ("Stand 4410 Protea Road", "address", "Stand 4410 Protea Road"),
    ("Home address 12-340 Bloor Street", "address", "12-340 Bloor Street"),
    ("1200 Centre Street SE, Calgary", "address", "1200 Centre Street SE"),
    ("Domicilio: Calle Hidalgo No. 45", "address", "Calle Hidalgo No. 45"),
    ("Rua dos Andradas, 1020, Porto Alegre", "address", "Rua dos Andradas, 1020"),
    ("12 rue de la République, Lyon", "address", "12 rue de la République"),
    ("Alamat: Jl. Diponegoro No. 8", "address", "Jl. Diponegoro No. 8"),
    # places: a city's second word, feminine and other languages' origins, journeys, work
    ("Referred from a clinic near Cebu City.", "place", "Cebu City"),
    ("Visiting family in San Cristóbal de las Casas.", "place", "San Cristóbal de las Casas"),
    ("Oriunda de Tlaquepaque, vive con su hija.", "place", "Tlaquepaque"),
    ("A trip to Kisumu last month.", "place", "Kisumu"),
    ("Fishes out of Mombasa most weeks.", "place", "Mombasa"),
    ("Wohnhaft in Gelsenkirchen.", "place", "Gelsenkirchen"),
    ("Berasal dari Pekalongan.", "place", "Pekalongan"),
    ("Lives in Al Barsha with her son.", "place", "Al Barsha"),
    # postcodes
    ("Eircode: D02 X285", "zip", "D02 X285"),
    ("Old address, Athlone N37 F6D7.", "zip", "N37 F6D7"),
    ("C.P. 06700, Ciudad de México", "zip", "06700"),
    ("PLZ 50667", "zip", "50667"),
    ("Código postal: 4450-123", "zip", "4450-123"),
    ("Keizersgracht 10, 1015 CJ Amsterdam", "zip", "1015 CJ"),
    ("Goethestraße 4, 60313 Frankfurt", "zip", "60313"),
    ("Kode pos 40115", "zip", "40115"),
    # record numbers, health plans, accounts, licences in other words
    ("Hospital file number: K-448120", "mrn", "K-448120"),
    ("Expediente clínico 00-88412", "mrn", "00-88412"),
    ("Historia clínica: 3345120", "mrn", "3345120"),
    ("IPP : 80012345", "mrn", "80012345"),
    ("Fallnummer 20214455", "mrn", "20214455"),
    ("Medical aid number 88123401 (Discovery).", "health_plan", "88123401"),
    ("RAMQ: LAPM 5512 0834", "health_plan", "LAPM 5512 0834"),
    ("NHIF card 0034567 presented.", "health_plan", "0034567"),
    ("BPJS 0001234567890", "health_plan", "0001234567890"),
    ("PhilHealth ID: 12-050112233-4", "health_plan", "12-050112233-4"),
    ("Versichertennummer: A123456780", "health_plan", "A123456780"),
    ("Carteirinha do convênio 0012345678", "health_plan", "0012345678"),
    ("88123 4410 2 (health card no.)", "health_plan", "88123 4410 2"),
    ("CLABE: 002180700112345678", "account", "002180700112345678"),
    ("NUBAN 0123456789 (GTBank)", "account", "0123456789"),
    ("Transit/account 00123-004-1234567", "account", "00123-004-1234567"),
    ("Refund to bank acct 44120 3391 7", "account", "44120 3391 7"),
    ("Death certificate B 441 208 336", "licence", "B 441 208 336"),
    ("K 123 456 789 012 is the LTO licence on file.", "licence", "K 123 456 789 012"),
    ("PRC no. 0123456", "licence", "0123456"),
    ("Social Security: SS No. 512449876", "ssn", "512449876"),
    # national numbers, plates, devices
    ("NIN: 12345678901", "other_id", "12345678901"),
    ("RFC - GOMJ800101AB1", "other_id", "GOMJ800101AB1"),
    ("RUT 12.345.678-K", "other_id", "12.345.678-K"),
    ("CUIL 27-23456789-4", "other_id", "27-23456789-4"),
    ("RRN 900101-1234567", "other_id", "900101-1234567"),
    ("Emirates ID 784-1985-1234567-1", "other_id", "784-1985-1234567-1"),
    ("NIK 3171234567890001", "other_id", "3171234567890001"),
    ("Numéro de sécurité sociale 1 85 05 78 006 084 36", "other_id", "1 85 05 78 006 084 36"),
    ("Her car, 151-KK-2231, was found.", "vehicle", "151-KK-2231"),
    ("Matrícula del coche: PXR-22-B", "vehicle", "PXR-22-B"),
    ("Kenteken 12-ABC-3", "vehicle", "12-ABC-3"),
    ("A matatu, KBZ 456X, hit him.", "vehicle", "KBZ 456X"),
    ("Plat nomor B 1234 XYZ", "vehicle", "B 1234 XYZ"),
    ("Tuk-tuk (ABC 1234) overturned.", "vehicle", "ABC 1234"),
    ("ND 445-221 was noted by the paramedics as the car's registration.", "vehicle", "ND 445-221"),
    ("Implant log: (01)00884521108421(17)270301(21)ZX99A1", "device", "(01)00884521108421(17)270301(21)ZX99A1"),
    # dates, ages, phones in other languages and forms
    ("Fecha: 14/ENE/2020", "date", "14/ENE/2020"),
    ("Aufnahme am 3. Okt. 2019", "date", "3. Okt. 2019"),
    ("Geboren 12 maart 1931", "date", "12 maart 1931"),
    ("Lahir 17 Agustus 1930", "date", "17 Agustus 1930"),
    ("입원 2021년 3월 12일", "date", "2021년 3월 12일"),
    ("Born 1932年5月3日", "date", "1932年5月3日"),
    ("Edad: 96", "age", "96"), ("Age (yrs): 92", "age", "92"),
    ("Eine 93-jährige Patientin.", "age", "93-jährige"), ("Usia 91 tahun.", "age", "91 tahun"),
    ("Clinic - F: +44 20 7946 0018", "fax", "+44 20 7946 0018"),
    ("Tél. : 01 23 45 67 89", "phone", "01 23 45 67 89"),
    ("Handy: 0171 2345678", "phone", "0171 2345678"),
])
def test_seventh_round_forms(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scan(text)], [
        (f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize("text", [
    # hospital areas are not places; instructions are not names; drugs are not people
    "Stepped down to the Cardiac Care Unit; later to the Surgical Assessment Unit.",
    "Transferred to the Medical Admissions Unit, then to the Coronary Care Unit.",
    "Seen in the Eye Clinic and referred to the Fracture Clinic.",
    "Moved to Nursing Home placement; travel to Southeast Asia last year.",
    "Call the registrar if NEWS2 above 5. Chase the CT. Page the surgeon on call.",
    "Troponin, a cardiac marker, was elevated. Metformin, a biguanide, was stopped.",
    "Dirujuk dari Puskesmas; transferido de UPA; verlegt aus Klinikum.",
    # new keywords in clinical senses
    "NSS 1000 cc over 2 hours; PRC 2 units; HC: 34 cm.",
    "Placas de ateroma en carótida; conducto arterioso patente.",
    "Transit time 45 minutes; the HAR was closed.",
    "PhilHealth covers the package; medical aid pending; OHIP covers the visit.",
    "Case 2 of the series; Expediente revisado; historia clínica completa.",
    "Edad gestacional 38 semanas; Alter der Patientin unbekannt.",
    "HLA-B27 positive; T12 fracture; L4-L5 disc; E4V5M6.",
    "Sodium 12-NOV; 1000 IU Vitamin D, 2000 IU daily.",
    "Der Patient wurde auf die Intensivstation verlegt; Troponin 45 ng/L.",
    "Paciente trasladado a Urgencias; glucosa 180 mg/dL; TA 140/90.",
    "Recent travel to Southeast Asia; no travel to West Africa.",
    "Managed per ESC 2020, KDIGO 2012 and NICE NG28; Okafor et al. (2019).",
    "Paciente refiere dolor; Patientin klagt über Übelkeit; Pasien mengeluh nyeri.",
])
def test_seventh_round_clinical_text_is_not_flagged(text):
    assert scan(text) == [], [(f.category, f.text) for f in scan(text)]


def test_seventh_round_a_scheme_that_is_a_subject_takes_no_number():
    found = [(f.category, f.text) for f in scan("Seen 20/MAY/2019 OHIP covers the visit; call +1 416-555-0172 OHIP pays.")]
    assert ("date", "20/MAY/2019") in found and ("phone", "+1 416-555-0172") in found, found
    assert not any(c == "health_plan" for c, _ in found), found


@pytest.mark.parametrize(("text", "category", "span"), [
    # names: East Asian order, capitalised particles, "patient" in other languages
    ("Choi Seo-yeon, 47, presented with a headache.", "name", "Choi Seo-yeon"),
    ("Discussed with Khalid bin Hamad Al Thani.", "name", "Khalid bin Hamad Al Thani"),
    ("Pasien Suparman mengeluh nyeri dada.", "name", "Suparman"),
    # addresses of the Gulf, Asia and Africa; neighbourhoods and districts
    ("Villa 8, Street 22, Al Waha.", "address", "Villa 8, Street 22"),
    ("Flat 12A, Tower 3, Marina Heights.", "address", "Flat 12A, Tower 3"),
    ("House No. 17, Kenyatta Avenue", "address", "House No. 17, Kenyatta Avenue"),
    ("Address: 1-4-2 Higashi-Ikebukuro, Toshima-ku", "address", "1-4-2 Higashi-Ikebukuro"),
    ("Address: 1-4-2 Higashi-Ikebukuro, Toshima-ku", "place", "Toshima-ku"),
    ("Kelurahan Cempaka Putih, Jakarta", "place", "Cempaka Putih"),
    ("Resides in Barangay Poblacion, Davao.", "place", "Poblacion"),
    ("Av. Brasil 200 - Jardim América", "place", "Jardim América"),
    ("〒150-0002 Shibuya", "zip", "150-0002"),  # eighth round: the mark is the keyword
    # other countries' numbers and dates
    ("Personnummer: 19480312-4411", "other_id", "19480312-4411"),
    ("AHV-Nr. 756.9217.0769.85", "other_id", "756.9217.0769.85"),
    ("Telefon: 089/1234567", "phone", "089/1234567"),
    ("Wiedervorstellung am 14.3. in der Ambulanz.", "date", "14.3."),
    # Arabic particles in lower case, the surname first, French and German forms of address
    ("Visited by Hassan al-Amiri and Noura bint Saeed.", "name", "Hassan al-Amiri"),
    ("Visited by his sister Noura bint Saeed.", "name", "Noura bint Saeed"),
    ("Court file no. 8812/21 is with the solicitor.", "other_id", "8812/21"),
    ("Nakamura Hiroko was seen in clinic.", "name", "Nakamura Hiroko"),
    ("M. Lefebvre accompagne sa mère.", "name", "Lefebvre"),
    ("Hr. Becker und seine Frau.", "name", "Becker"),
    # a hospital's file; a hospital after the area of it; Indonesian and Gulf web addresses
    ("File No. 0041-778 (front sheet).", "mrn", "0041-778"),
    ("Arrived at the Emergency Department of Tawam Hospital.", "place", "Tawam Hospital"),
    ("Her fundraiser: https://kitabisa.id/bantu-ibu-rina", "url", "https://kitabisa.id/bantu-ibu-rina"),
    ("Número de utente: 234567891", "health_plan", "234567891"),
    ("Telp. 0812-4455-6677", "phone", "0812-4455-6677"),
    # guillemets and arrows between a keyword and its value; ages between commas; months in
    # Roman numerals; a German day with its full stop
    ("Hospital no. » 7712044", "mrn", "7712044"),
    ("«8841207» (MRN)", "mrn", "8841207"),
    ("The resident, 96, walks with a frame.", "age", "96"),
    ("Data urodzenia: 14-VII-1931", "date", "14-VII-1931"),
    ("Erstvorstellung am 5. Juni 2020", "date", "5. Juni 2020"),
    ("Opname op 9 november 2021", "date", "9 november 2021"),
])
def test_seventh_round_other_countries(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scan(text)], [
        (f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize("text", [
    "The X-ray, the Co-amoxiclav and the Anti-Xa level were reviewed.",
    "Heparin infusion, 25000 Units in 50 mL; insulin, 10000 Units per vial.",
    "Room 4, Floor 2 is the side room; Bed 3, Bay 2.",
    "Lives in a care home; moved to the Nursing Home last year.",
    "Ibuprofen 400 mg; Haji pilgrimage last year; pak choi with dinner.",
    "M. tuberculosis grown; M. Pneumoniae IgM negative.",
    "HR 96, BP 120/80, RR 18, temp 37.2, weight 91, alert; doses of 100, 90, and 95 mg.",
])
def test_seventh_round_other_countries_clinical_text(text):
    assert scan(text) == [], [(f.category, f.text) for f in scan(text)]


# Eighth round (issue 16): fresh8's classes, written in other words than its notes — keywords
# that start with a letter beyond ASCII, other languages' keywords, months and weekdays, dash
# separators, floors and flats after a street number, names in local orders with their
# particles, ages over 89 in other languages' words, other countries' numbers.
@pytest.mark.parametrize(("text", "category", "span"), [
    # keywords whose first letter is not ASCII, and other languages' keywords
    ("Führerscheinnummer: B072RRE2I55", "licence", "B072RRE2I55"),
    ("Prawo jazdy nr 00421/17/1207", "licence", "00421/17/1207"),
    ("Ehliyet: 552314", "licence", "552314"),
    ("SIM C no. 1602-0912-334455", "licence", "1602-0912-334455"),
    ("Körkort 870412-2231 uppvisat", "licence", "870412-2231"),
    ("MOH-L-2290145 (= MOH licence)", "licence", "MOH-L-2290145"),
    ("Numéro de série : SN-88A-2231", "device", "SN-88A-2231"),
    ("Número de série 4471-220-XK", "device", "4471-220-XK"),
    ("Seriennummer 51X0093321", "device", "51X0093321"),
    ("Pump +B123PUMP0910/$$3240101A fitted", "device", "+B123PUMP0910/$$3240101A"),
    ("Faks: +90 216 555 44 33", "fax", "+90 216 555 44 33"),
    ("Télécopie : 04 72 11 22 33", "fax", "04 72 11 22 33"),
    ("Krankenblatt 55012987", "mrn", "55012987"),
    ("Patienten-Nr. 7781203", "mrn", "7781203"),
    ("No. RM: 00-12-88-41", "mrn", "00-12-88-41"),
    ("Dossier n° 2019-004417", "mrn", "2019-004417"),
    ("Ficha clínica 3302918 revisada", "mrn", "3302918"),
    ("Thiqa card no. 700123984", "health_plan", "700123984"),
    ("Carte Vitale : 1 85 05 78 006 084 36", "health_plan", "1 85 05 78 006 084 36"),
    ("KVNR A123456780 (Techniker)", "health_plan", "A123456780"),
    ("SGK no: 48812233", "health_plan", "48812233"),
    ("IMSS 1234-56-7890-1", "health_plan", "1234-56-7890-1"),
    ("No. akaun: 1122-3344-5566", "account", "1122-3344-5566"),
    ("N° de facture FAC-2024-88121", "account", "FAC-2024-88121"),
    ("Plaka: 06 ABC 123", "vehicle", "06 ABC 123"),
    ("Tablica rejestracyjna: WA 12345", "vehicle", "WA 12345"),
    ("Boda boda KMFA 552K hit him", "vehicle", "KMFA 552K"),
    ("PESEL: 44051401458", "other_id", "44051401458"),
    ("HKID: A123456(7)", "other_id", "A123456(7)"),
    ("CURP: GODE561231HDFRRN09", "other_id", "GODE561231HDFRRN09"),
    ("CNIC 35202-1234567-1", "other_id", "35202-1234567-1"),
    ("CPR 120488-1234", "other_id", "120488-1234"),
    ("Codice fiscale RSSMRA85T10A562S", "other_id", "RSSMRA85T10A562S"),
    ("SSS no. 34-1234567-8", "other_id", "34-1234567-8"),
    # dashes of other kinds, spaced groups, a word between a keyword and its value
    ("SSN 123–45–6789", "ssn", "123–45–6789"),
    ("Social security number reads 123 45 6789.", "ssn", "123 45 6789"),
    ("456 78 9012 (= SSN)", "ssn", "456 78 9012"),
    ("Handy der Tochter 0171 2345678", "phone", "0171 2345678"),
    # months and weekdays of other languages
    ("Born 4 Şubat 1930", "date", "4 Şubat 1930"),
    ("Masuk pada 15 Disember 2024", "date", "15 Disember 2024"),
    ("Przyjęty 3 października 2021", "date", "3 października 2021"),
    ("Ipinanganak noong 5 Hunyo 1931", "date", "5 Hunyo 1931"),
    ("Opname: Dinsdag, 12 maart 2024", "date", "Dinsdag, 12 maart 2024"),
    ("Aufnahme: Donnerstag, 3. April 2025", "date", "Donnerstag, 3. April 2025"),
    ("Admis le jeudi 4 avril 2024", "date", "jeudi 4 avril 2024"),
    ("Khamis, 12 Jun 2025 discaj", "date", "Khamis, 12 Jun 2025"),
    ("Geboren im Oktober 1932", "date", "Oktober 1932"),
    ("Ocak 2020 kontrol", "date", "Ocak 2020"),
    # floors, flats and doors after the number; streets of other countries
    ("Adres: Cumhuriyet Cad. No: 14 Daire: 3", "address", "Cumhuriyet Cad. No: 14 Daire: 3"),
    ("Adres: Lale Sok. No: 8 Kat: 2", "address", "Lale Sok. No: 8 Kat: 2"),
    ("ul. Kwiatowa 12 m. 4", "address", "ul. Kwiatowa 12 m. 4"),
    ("Calle Mayor 14, 2º B, Madrid", "address", "Calle Mayor 14, 2º B"),
    ("Rua das Flores, 210, apto 33", "address", "Rua das Flores, 210, apto 33"),
    ("Keizersgracht 88-III", "address", "Keizersgracht 88-III"),
    ("Jl. Melati No. 7, RT 002/RW 011", "address", "Jl. Melati No. 7, RT 002/RW 011"),
    ("Blok B-12-5, Pangsapuri Cempaka, Ampang", "address", "Blok B-12-5, Pangsapuri Cempaka"),
    ("Villa 8, Street 12, Al Barsha, Dubai", "address", "Villa 8, Street 12, Al Barsha"),
    ("Building 21, Prince Sultan Road, Al Rawdah District", "address",
     "Building 21, Prince Sultan Road, Al Rawdah District"),
    ("Wohnt Am Lindenhof 3a, 20095 Hamburg", "address", "Am Lindenhof 3a"),
    ("45 rue Victor Hugo, 3e étage, Lyon", "address", "45 rue Victor Hugo, 3e étage"),
    # postcodes after words, Argentina's CPA, Japan's without its mark; a town after its code
    ("Post code on the referral: 4102", "zip", "4102"),
    ("Postal code (from the insurance form): 81-220", "zip", "81-220"),
    ("Lives in postal district 2045", "zip", "2045"),
    ("〒530-0001 Osaka", "zip", "530-0001"),
    ("Mar del Plata (C1425BHE)", "zip", "C1425BHE"),
    ("12 rue Nationale, 59000 Lille", "place", "Lille"),
    # names in local orders with their particles and relations; fields of other languages
    ("Mr Ravi a/l Subramaniam was reviewed", "name", "Ravi a/l Subramaniam"),
    ("Pasien: Nur Aisyah binti Razak", "name", "Nur Aisyah binti Razak"),
    ("Hasta: Mehmet Öztürk, 71", "name", "Mehmet Öztürk"),
    ("Pacjent: Krzysztof Wójcik", "name", "Krzysztof Wójcik"),
    ("Paciente: Ana de la Fuente", "name", "Ana de la Fuente"),
    ("Tochter: Ingrid", "name", "Ingrid"),
    ("Istri: Sri Wahyuni", "name", "Sri Wahyuni"),
    ("He goes by Sunny on the ward.", "name", "Sunny"),
    # places: the end of a journey, a gathering, a form's place field in other languages
    ("Moved from Izmir to Dandenong in 2011.", "place", "Dandenong"),
    ("Flew in from Entebbe last week.", "place", "Entebbe"),
    ("A funeral in Kisumu last month.", "place", "Kisumu"),
    ("Lieu de naissance : Tourcoing", "place", "Tourcoing"),
    ("Doğum yeri: Bursa", "place", "Bursa"),
    ("Tempat lahir: Magelang", "place", "Magelang"),
    # ages over 89 in other languages' words and units; after a date of birth; spelled out
    ("Une patiente de quatre-vingt-treize ans", "age", "quatre-vingt-treize ans"),
    ("Paziente di novantatré anni", "age", "novantatré anni"),
    ("Hastamız 94 yaşında", "age", "94 yaşında"),
    ("pacjentka 93 lat", "age", "93 lat"),
    ("93歲男性", "age", "93歲"),
    ("98 वर्ष की महिला", "age", "98 वर्ष"),
    ("DOB 03/04/1931 (94)", "age", "94"),
    ("He is ninety-two and lives alone.", "age", "ninety-two"),
    # an IPv4-mapped IPv6 address; an apostrophe inside a web address
    ("IP ::ffff:10.2.3.4 seen", "ip", "::ffff:10.2.3.4"),
    ("Blog: https://blog.example.ie/d'arcy/notes", "url", "https://blog.example.ie/d'arcy/notes"),
])
def test_eighth_round_forms(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scan(text)], [
        (f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize("text", [
    # rules, scores and classifications named after places and people
    "Manchester Triage System category orange; Ottawa Ankle Rules negative.",
    "San Francisco Syncope Rule and Canadian Syncope Risk Score both low.",
    "Boston Criteria for CAA; Denver Shunt placed; Toronto Staging applied.",
    "Sydney Classification of gastritis; Vienna Classification stage II.",
    "Rotterdam Criteria for PCOS; Milan Criteria met; Tokyo Guidelines grade II.",
    "Paris Classification 0-IIa; Los Angeles Grade B oesophagitis; Atlanta Classification.",
    "Lyme Disease serology; Rocky Mountain Spotted Fever; Ebola Virus Disease excluded.",
    "Nipah Virus and Zika Virus PCR negative; West Nile Virus IgM pending.",
    "Berlin Definition of ARDS met; Edinburgh Postnatal Depression Scale 9.",
    # units, doses, lab values, guideline bodies, cited authors
    "Plt 1.2 lakh; Hb 9.8; TLC 11,200; creatinine 1.4 mg/dL.",
    "Paracetamol 1 g 1-0-1; metformin 500 mg 1-1-1; furosemide 40 mg 1-0-0.",
    "Dose 125–250–500 mg titrated; ratio 1–2–3.",
    "Müller et al. (2021) and Kowalski et al. reported similar outcomes.",
    "Per KDIGO 2024 and ESC 2023 guidance; AWMF S3-Leitlinie; HAS recommandation.",
    "Troponin 96 ng/L at 0 h, 140 at 2 h; HbA1c 92 mmol/mol; eGFR 91.",
    # other languages' words that are also keywords, months or weekdays
    "Pazartesi günü kontrole gelecek; hasta iyi.",
    "Isnin depan temujanji klinik; pesakit stabil.",
    "Blok AV 2:1; RT-PCR positive; RW ratio normal.",
    "Stage IV disease; Kat III mitral regurgitation.",
    "Mai: no complaints; Juni: follow-up planned in clinic.",
    "Mac address of the infusion pump updated by IT.",
    "The NHIS and PhilHealth schemes cover dialysis.",
    "Thiqa covers the admission; Carte Vitale presented.",
    "Social Security benefits were discussed.",
    "She was ninety percent sure.",
    "Istri pasien menunggu di luar.",
    "He flew in from abroad last week.",
    "Moved from the ICU to the Stroke Unit.",
    "Lives in a village near the river.",
    "Referred to the Regional Referral Hospital for CT.",
    "KMPDC guidance on prescribing was followed.",
])
def test_eighth_round_clinical_text_is_not_flagged(text):
    assert scan(text) == [], [(f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize(("text", "category", "span"), [
    # keywords after their value, in other languages
    ("55012987 (Krankenblatt-Nr.)", "mrn", "55012987"),
    ("3302918 [ficha clínica]", "mrn", "3302918"),
    ("8841207, Pat.-Nr. laut Überweisung", "mrn", "8841207"),
    ("A1234567 (prawo jazdy)", "licence", "A1234567"),
    ("700123984 = Thiqa", "health_plan", "700123984"),
    ("SN-4471-22 (n° de série)", "device", "SN-4471-22"),
    ("44051401458 (PESEL)", "other_id", "44051401458"),
    ("06 ABC 123 [plaka]", "vehicle", "06 ABC 123"),
    ("1122-3344-5566 (No. akaun)", "account", "1122-3344-5566"),
    ("Tessera sanitaria n. 80380000500012345678", "health_plan", "80380000500012345678"),
    ("N.º de utente: 987654321", "health_plan", "987654321"),
    ("Ghana Card GHA-123456789-0", "other_id", "GHA-123456789-0"),
    ("Faksimili 021-5551234", "fax", "021-5551234"),
    ("Cellulare del figlio 333 1234567", "phone", "333 1234567"),
    ("Mobile of her son: 07700 900123", "phone", "07700 900123"),
    # weekdays and months of other languages, abbreviated or before the day
    ("Sa., 17.03.2025", "date", "Sa., 17.03.2025"),
    ("Rabu, 5 Maret 2025", "date", "Rabu, 5 Maret 2025"),
    ("Perşembe, 12 Mart 2025", "date", "Perşembe, 12 Mart 2025"),
    ("wtorek, 4 marca 2025", "date", "wtorek, 4 marca 2025"),
    ("Ipinanganak noong Marso 12, 1930", "date", "Marso 12, 1930"),
    ("född 12 maj 1930", "date", "12 maj 1930"),
    # flats and floors of other countries; Singapore's block and unit
    ("Adress: Storgatan 14, lgh 1102, 114 55 Stockholm", "address", "Storgatan 14, lgh 1102"),
    ("Morada: Rua do Carmo, 45, 2.º Esq., 1200-093 Lisboa", "address", "Rua do Carmo, 45, 2.º Esq."),
    ("Adres: Prinsengracht 263-1, 1016 GV Amsterdam", "address", "Prinsengracht 263-1"),
    ("Address: Blk 123 Ang Mo Kio Ave 3, #05-67", "address", "Blk 123 Ang Mo Kio Ave 3, #05-67"),
    ("Residente in Via Garibaldi 12, int. 5, 70121 Bari", "address", "Via Garibaldi 12, int. 5"),
    # a floor's or a door's letter must stand alone: "D" in "DOAC" is not a door
    ("Lives at Flat 2, 14 Rowan Court DOAC restarted.", "address", "Flat 2, 14 Rowan Court"),
    # names: a SURNAME first before a hyphenated given name, relations, forms of address
    ("Patient: CHAN Tai-man, 92 years", "name", "CHAN Tai-man"),
    ("Pt: LEE Ming-wai", "name", "LEE Ming-wai"),
    ("Rajesh Kumar s/o Ramesh Kumar, 91 yrs", "name", "Rajesh Kumar s/o Ramesh Kumar"),
    ("Patient: Ayesha w/o Imran Khan", "name", "Ayesha w/o Imran Khan"),
    ("Mdm Tan Bee Hoon (patient) attended", "name", "Tan Bee Hoon"),
    ("Mrs Wong Siu Ling was reviewed.", "name", "Wong Siu Ling"),
    ("Mevr. Anneke van den Berg kwam op controle", "name", "Anneke van den Berg"),
    ("His father Abu Bakar el-Masri came.", "name", "Abu Bakar el-Masri"),
])
def test_eighth_round_other_orders(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scan(text)], [
        (f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize("text", [
    "Der Patient wurde am Montag entlassen; Kontrolle in 2 Wochen.",
    "Hasta pazartesi taburcu edildi; 2 hafta sonra kontrol.",
    "Pacjent wypisany w poniedziałek; kontrola za 2 tygodnie.",
    "Patienten skrevs ut på måndag; återbesök om 2 veckor.",
    "Pan-resistant Klebsiella; Pan cultures negative; Sig: take with food.",
    "Parkland formula 4 mL/kg/%TBSA; Holliday-Segar method; Epley manoeuvre done.",
    "Chicago Classification v4.0; Amsterdam Criteria II; Bethesda guidelines.",
    "Madrid protocol; Helsinki Declaration; Oxford Handbook.",
    "Naples criteria; Lille Model 0.45; Maddrey score 38.",
    "PESEL and NIP numbers were requested from the family.",
    "Room 12, Floor 3; Block 4 of chemo; Blok 2 fizjoterapii.",
    "Lantus 20 IE abends; Metformin 1000 mg 1-0-1; Dosis 12 Mayo 2000 mg? no: cefazolin 2000 mg.",
    "Die Tochter ist informiert; der Sohn kommt morgen. Anak pasien sudah diberi tahu.",
])
def test_eighth_round_other_languages_clinical_text(text):
    assert scan(text) == [], [(f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize(("text", "category", "span"), [
    # South Asian, Hong Kong and Chinese, Scandinavian, Italian, Portuguese, Turkish forms
    ("Mareez: Ramesh Chandra Sharma, umr 92 saal", "age", "92 saal"),
    ("Patient: Shrimati Kamla Devi, 94 varsh", "name", "Kamla Devi"),
    ("Address: H.No. 12-3-456, Gandhi Nagar, Hyderabad", "address", "H.No. 12-3-456"),
    ("Address: Flat 12B, 23/F, Tower 2, Taikoo Shing", "address", "Flat 12B, 23/F, Tower 2"),
    ("病人: 陳大文", "name", "陳大文"),
    ("電話: 9123 4567", "phone", "9123 4567"),
    ("Gatuadress: Drottninggatan 5B, 111 51 Stockholm", "address", "Drottninggatan 5B"),
    ("Bostadsort: Uppsala", "place", "Uppsala"),
    ("Via dei Mille 23, scala B, interno 4, 00185 Roma", "address", "Via dei Mille 23, scala B, interno 4"),
    ("Nº SNS 123 456 789", "health_plan", "123 456 789"),
    ("Cep: 0532 123 45 67", "phone", "0532 123 45 67"),
    ("T.C. Kimlik No: 12345678901", "other_id", "12345678901"),
    ("Petsa ng kapanganakan: Enero 5, 1931", "date", "Enero 5, 1931"),
])
def test_eighth_round_more_countries(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scan(text)], [
        (f.category, f.text) for f in scan(text)]


def test_eighth_round_a_brazilian_cep_stays_a_postcode():
    assert [(f.category, f.text) for f in scan("CEP: 01310-100")] == [("zip", "01310-100")]
    assert ("age", "100") in [(f.category, f.text) for f in scan("General Medicine, Unit II\n100/F, frail.")]


_EIGHTH_KEYWORDS = [
    ("mrn", "Hastane dosya no", "5510293"), ("mrn", "Numer historii choroby", "HC-22019"),
    ("mrn", "Numero cartella", "2024/1187"), ("mrn", "Journalnummer", "880123"),
    ("mrn", "Número de processo", "7719203"), ("mrn", "病歷號", "A1192034"),
    ("health_plan", "Numer ubezpieczenia", "90011203"), ("health_plan", "Versichertennr.", "X110293847"),
    ("health_plan", "Nº de beneficiário", "0081199302"), ("health_plan", "Sigorta no", "44102938"),
    ("licence", "Førerkort", "K7719203"), ("licence", "Carta de condução", "L-123456 7"),
    ("device", "Nomor seri", "SR-440193"), ("device", "Numero di serie", "77A19203"),
    ("account", "Numer rachunku", "11029384"), ("account", "N° de compte", "00012239918"),
    ("vehicle", "Nr rejestracyjny", "KR 7719C"), ("vehicle", "Matrícula", "1234 BCD"),
    ("other_id", "TC Kimlik No", "10293847561"), ("other_id", "Dowód osobisty", "ABC123456"),
]


@pytest.mark.parametrize("frame", ["{k}: {v}", "{k} » {v}", "{v} ({k})", "{v}, {k} per the form.", "| {k} - {v} |"])
@pytest.mark.parametrize(("category", "keyword", "value"), _EIGHTH_KEYWORDS)
def test_eighth_round_other_languages_keywords_before_and_after(category, keyword, value, frame):
    text = "Checked at the desk. " + frame.format(k=keyword, v=value) + " Reviewed later."
    assert (category, value) in [(f.category, f.text) for f in scan(text)], [
        (f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize("text", [
    "Processo infiammatorio di 12 mm; processo xifoideo 3 cm.",
    "Conto dei leucociti 12000/mmc; conta de plaquetas 150000.",
    "Ficha de enfermería 2 revisada; la cartella clinica è completa.",
    "Seri kedua 3 hari; Sigorta ödemesi 2 gün içinde; compte rendu 12 pages.",
    "Numer 2 pokoju; nr 5 łóżka; Protokol 2 dilakukan; Kartu 2 kali sehari.",
])
def test_eighth_round_keyword_words_in_clinical_text(text):
    assert scan(text) == [], [(f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize(("text", "span"), [
    ("93 yaşındaki hasta", "93 yaşındaki"),
    ("93-letnia pacjentka", "93-letnia"),
    ("93-årig kvinna", "93-årig"),
    ("una signora novantenne", "novantenne"),
    ("une nonagénaire autonome", "nonagénaire"),
    ("ninety-three-year-old woman", "ninety-three-year-old"),
])
def test_eighth_round_ages_in_other_languages(text, span):
    assert ("age", span) in [(f.category, f.text) for f in scan(text)], [
        (f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize(("text", "span"), [
    ("Mieszka w Łodzi z córką.", "Łodzi"),
    ("Urodzony w Tarnowie.", "Tarnowie"),
    ("Abita a Caserta con la figlia.", "Caserta"),
    ("Nato a Benevento.", "Benevento"),
    ("Bor i Västerås med sin dotter.", "Västerås"),
    ("Nakatira sa Malolos kasama ang anak.", "Malolos"),
])
def test_eighth_round_places_after_other_languages_verbs(text, span):
    assert ("place", span) in [(f.category, f.text) for f in scan(text)], [
        (f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize(("text", "span"), [
    ("Called on 0532 123 45 67 today.", "0532 123 45 67"),
    ("Reached at +48 601 234 567 today.", "+48 601 234 567"),
    ("Reached at 070-123 45 67 today.", "070-123 45 67"),
])
def test_eighth_round_phones_of_other_countries(text, span):
    assert ("phone", span) in [(f.category, f.text) for f in scan(text)], [
        (f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize(("text", "span"), [
    ("Anschrift: Hauptstr. 12, 10115 Berlin", "Hauptstr. 12"),
    ("Adresse: Nørregade 12, 2. th., 1165 København", "Nørregade 12, 2. th."),
    ("Adres: Kerkstraat 12 bis, 1017 GB Amsterdam", "Kerkstraat 12 bis"),
    ("Alamat: Perum Griya Asri Blok C2 No. 5, Bekasi", "Blok C2 No. 5"),
    ("Address: 12 Jalan Ampang, 50450 Kuala Lumpur", "12 Jalan Ampang"),
    ("Adresa: Gdańska 5 m. 12", "Gdańska 5 m. 12"),
    ("Address: Villa 12, Al Wasl Road, Jumeirah", "Villa 12, Al Wasl Road"),
    ("Adres: Cumhuriyet Mah. Atatürk Cad. No: 5 D: 3, Kadıköy", "Atatürk Cad. No: 5 D: 3"),
])
def test_eighth_round_streets_of_other_countries(text, span):
    assert ("address", span) in [(f.category, f.text) for f in scan(text)], [
        (f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize("text", [
    "Address: Toowoomba QLD 4350",
    "Adres: Kraków 12 lat temu przeprowadzka.",
    "Adresse: Paris 75",
])
def test_eighth_round_an_address_field_with_a_town_is_no_street(text):
    assert "address" not in [f.category for f in scan(text)], [(f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize(("text", "category", "span"), [
    ("Pani Nowak zgłosiła się z córką.", "name", "Nowak"),
    ("Gng. Santos was admitted.", "name", "Santos"),
    ("Fru Lindqvist kom med sin dotter.", "name", "Lindqvist"),
    ("Encik Ahmad bin Ismail dimasukkan ke wad.", "name", "Ahmad bin Ismail"),
    ("Bà Trần Thị Mai nhập viện.", "name", "Trần Thị Mai"),
    ("Nguyễn Văn Hùng, 92 tuổi", "age", "92 tuổi"),
])
def test_eighth_round_forms_of_address_of_other_languages(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scan(text)], [
        (f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize("text", [
    "Die Patientin stellte sich mit Dyspnoe und Beinödemen vor; Kontrolle beim Hausarzt in zwei Wochen.",
    "Beurteilung: Dekompensierte Herzinsuffizienz NYHA III. Procedere: Diuretische Therapie.",
    "Anamnese: Seit Samstag zunehmende Dyspnoe, kein Fieber, kein Husten.",
    "Hasta nefes darlığı şikayetiyle acil servise başvurdu; EKG'de atriyal fibrilasyon saptandı.",
    "Patienten inkom med andfåddhet; EKG visade förmaksflimmer; behandling med furosemid påbörjades.",
    "Ang pasyente ay dinala dahil sa hirap sa paghinga; binigyan ng furosemide.",
])
def test_eighth_round_prose_of_other_languages_is_not_flagged(text):
    assert scan(text) == [], [(f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize(("text", "category", "span"), [
    ("DOB 12–03–1931", "date", "12–03–1931"),
    ("Admitted 2025–03–04.", "date", "2025–03–04"),
    ("Phone 0171–2345678", "phone", "0171–2345678"),
    ("Call 555–867–5309 now", "phone", "555–867–5309"),
    ("MRN 12–34567", "mrn", "12–34567"),
    ("Policy no. 8812–3349–01", "health_plan", "8812–3349–01"),
    ("Tel: +44 20 7946‑0958", "phone", "+44 20 7946‑0958"),
])
def test_eighth_round_dashes_of_other_kinds_inside_numbers(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scan(text)], [
        (f.category, f.text) for f in scan(text)]


def test_eighth_round_dashes_in_clinical_ranges_are_not_flagged():
    text = "Dose 125–250 mg; range 10–20; the 2019–2021 cohort; pages 12–18."
    assert scan(text) == [], [(f.category, f.text) for f in scan(text)]


# ---------------------------------------------------------------- ninth round
# Every example invented for this round, in other words than the parts' notes.


@pytest.mark.parametrize(("text", "span"), [
    ("Gym membership nr: 4471-2209-8", "4471-2209-8"),
    ("Kartu keluarga: 3174-0912-0087-2231", "3174-0912-0087-2231"),
    ("Numer legitymacji: ABX-41772", "ABX-41772"),
    ("Carnet de conducir n° 19.447.208", "19.447.208"),
    ("Tessera sanitaria = 80380 0012 7734", "80380 0012 7734"),
    ("Loyalty card #: 6011 2201 4477", "6011 2201 4477"),
    ("Wheelchair tag nr WR-7712-K", "WR-7712-K"),
    ("Nº afiliado 55102-7 (vigente)", "55102-7"),
    ("CNSS 1120 4478 90, valide", "1120 4478 90"),
    ("NHIF 48810273 active", "48810273"),
    ("Schließfach Nr. 2291-04", "2291-04"),
    ("Karta pacjenta: KP/55120/19", "KP/55120/19"),
    ("Matrícula escolar: 2023-44811", "2023-44811"),
    ("Social club membership 00914-3382017-4 renewed", "00914-3382017-4"),
])
def test_ninth_round_an_identifier_after_a_label_nobody_listed(text, span):
    """The keyword list stays open; a value shaped like an identifier after any label, with a
    number word, ":" or "=", or after an acronym, is one (its category from the label when a
    keyword names one, else "other identifier")."""
    assert span in [f.text for f in scan(text)], [(f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize(("text", "category", "span"), [
    ("Domicile : Rue des Lilas 8, 1004 Lausanne", "zip", "1004"),
    ("Domicile : Rue des Lilas 8, 1004 Lausanne", "place", "Lausanne"),
    ("Stays at Stand 772, Ext 3, Soshanguve 0152.", "zip", "0152"),
    ("Stays at Stand 772, Ext 3, Soshanguve 0152.", "place", "Soshanguve"),
    ("Adress: Storgatan 14, 461 30 Trollhättan", "zip", "461 30"),
    ("Morada: Travessa do Sol, 22, 4700-321 Braga", "zip", "4700-321"),
    ("Purok 4, Sitio Maligaya, Tarlac 2300.", "zip", "2300"),
    ("Postnummer 413 19", "zip", "413 19"),
    ("Lot 7, Blk 22, Ilang-Ilang St., Brgy. Poblacion", "address", "Lot 7, Blk 22, Ilang-Ilang St."),
    ("House 12, Street 9, F-8/3, Islamabad", "address", "House 12, Street 9, F-8/3"),
    ("R/o Flat 4B, Palm Grove Apts, 2nd Main, Indiranagar", "address", "Flat 4B, Palm Grove Apts, 2nd Main"),
    ("Address: Plot 31, Adeniyi Jones Layout, Ikeja", "address", "Plot 31, Adeniyi Jones Layout"),
    ("Resides at Stand 4410, Ext 12, Mamelodi", "address", "Stand 4410, Ext 12"),
    ("Adresse : Chemin du Levant 7, 1260 Nyon", "address", "Chemin du Levant 7"),
    ("née en 1930, Avenue des Tilleuls 3, 1203 Genève", "address", "Avenue des Tilleuls 3"),
    ("Morada: Rua Dr. Manuel Arriaga, 45, 2.º Esq.", "address", "Rua Dr. Manuel Arriaga, 45"),
    ("Domicile : Rue de la Gare aux Fleurs 12, boîte 3", "address", "Rue de la Gare aux Fleurs 12, boîte 3"),
    ("Lives at No. 9 Okpara Close, off Ogui Road, Enugu", "address", "No. 9 Okpara Close, off Ogui Road"),
    ("Site B, Section 12, No. 881, Mfuleni", "address", "Site B, Section 12, No. 881"),
    ("Patient Wong Mei Ling, 84, admitted.", "name", "Wong Mei Ling"),
    ("Reviewed with Mr Roberto Salazar Jr. today", "name", "Roberto Salazar Jr."),
    ("Sticker: TSANG, Siu-ming", "name", "TSANG, Siu-ming"),
    ("la signora Carmela Lo Bianco, di anni 96", "name", "Carmela Lo Bianco"),
    ("Paciente María Fernanda Ruiz Ochoa ingresa", "name", "María Fernanda Ruiz Ochoa"),
    ("Pt Md. Rafiqul Islam came with his son", "name", "Md. Rafiqul Islam"),
    ("Smt. Sunita W/o Sh. Mohan Lal attended", "name", "Mohan Lal"),
    ("Pasyente: 96 taong gulang, mahina.", "age", "96 taong gulang"),
    ("La paziente, di anni 97, vive sola.", "age", "97"),
    ("Age/Sex: 94Y/M", "age", "94Y"),
    ("En femoghalvfems-årig mand.", "age", "femoghalvfems-årig"),
    ("Pacientul, 92 ani, internat.", "age", "92 ani"),
    ("Wiek: 95", "age", "95"),
    ("Ricoverata giovedì 14 novembre per febbre.", "date", "giovedì 14 novembre"),
    ("Fax de la consulta: 0471 22 33 91", "fax", "0471 22 33 91"),
    ("Faxed the referral to 031-772 45 10.", "fax", "031-772 45 10"),
    ("T 6412 8800 | F 6412 8801", "fax", "6412 8801"),
    ("T 6412 8800 | F 6412 8801", "phone", "6412 8800"),
    ("Son can be reached on 0733 441 209.", "phone", "0733 441 209"),
    ("Teléfono de la hija: 081-334 22 19", "phone", "081-334 22 19"),
    ("Lives alone; works in Vejle.", "place", "Vejle"),
    ("Procedente de Cusco; llegó a Arequipa en 2010.", "place", "Arequipa"),
    ("Flyttade från Umeå till Gävle 2015.", "place", "Gävle"),
    ("Farm 60 km south of Mildura.", "place", "Mildura"),
    ("Transférée de l'Hôpital de Morges hier.", "place", "Hôpital de Morges"),
    ("Dimessa dall'Ospedale San Gerardo dei Tintori.", "place", "Ospedale San Gerardo dei Tintori"),
    ("Referido del Hospital General Regional No. 12.", "place", "Hospital General Regional No. 12"),
    ("Passaporto n. YB3345121", "licence", "YB3345121"),
    ("Pasaporte: PA7712045", "licence", "PA7712045"),
    ("Old folder 44.120 pulled.", "mrn", "44.120"),
])
def test_ninth_round_postcodes_towns_address_chains_names_and_other_shapes(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scan(text)], [
        (f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize("text", [
    "Hb: 10.4 g/dL | WBC: 14.2 x10^9/L | Plt: 312 x10^9/L",
    "Na 134, K 5.1, Cl 99, HCO3 21, urea 11.2, creatinine 187 umol/L.",
    "Platelets: 45000; INR: 1.8; APTT: 42 s; fibrinogen: 1.2 g/L.",
    "Leucocitos: 15.300/mm3, neutrófilos 82%, PCR: 148 mg/L.",
    "Hemoglobina: 9,8 g/dL; plaquetas: 98.000; creatinina: 2,1 mg/dL.",
    "Glicemia de jejum: 126 mg/dL; HbA1c: 8.2%.",
    "Créatinine : 142 µmol/L, DFG : 38 mL/min, kaliémie 5,4 mmol/L.",
    "Emoglobina 11.2 g/dL, piastrine 210.000/mmc, PCR 35 mg/L.",
    "Kreatinin: 1,4 mg/dl; Leukozyten: 12.400/µl; CRP: 88 mg/l.",
    "Trombocyten: 180, leukocyten: 9.8, CRP: 12.",
    "P-glukos 9,1 mmol/L; B-Hb 104 g/L; P-kreatinin 131 µmol/L.",
    "Troponin T: 61 ng/L then 140 ng/L; NT-proBNP: 5120 pg/mL.",
    "Ferritin: 1250 ng/mL; transferrin saturation: 62%.",
    "D-dimer: 2300 ng/mL FEU; CK: 4500 U/L.",
    "CD4 count: 412 cells/µL; viral load: 12500 copies/mL.",
    "TSH: 0.02 mIU/L; free T4: 34 pmol/L.",
    "ABG: pH 7.29, pCO2 58, pO2 62, HCO3 27, lactate 3.1.",
    "Urine ACR: 45 mg/mmol; 24-h protein: 3.2 g.",
    "Amylase 1450 U/L, lipase 3200 U/L.",
    "LDH: 1200 U/L; uric acid: 9.1 mg/dL.",
    "PSA: 14.5 ng/mL; AFP: 1200 ng/mL.",
    "Cholesterol total: 6.2 mmol/L, LDL: 4.1, HDL: 1.0.",
    "Vitamin B12: 145 pmol/L; folate: 3.1 ng/mL.",
    "Procalcitonin: 12.5 ng/mL; lactate: 4.2 mmol/L.",
    "Bilirrubina total: 4,5 mg/dL; ALT: 1250 U/L; AST: 980 U/L.",
    "BP: 142/88 mmHg, HR: 104, RR: 22, SpO2: 91% on RA, Temp: 38.4.",
    "TA: 150/95; FC: 98 lpm; FR: 20 rpm; SatO2: 94%.",
    "PA 160/100 mmHg, FC 110 bpm, T 37,8 °C.",
    "Blodtryck 128/74, puls 88, temp 37,9.",
    "Weight: 72.5 kg; Height: 168 cm; BMI: 25.7.",
    "Peso: 84 kg, talla: 1,72 m, IMC 28,4.",
    "GCS: 14 (E4V4M6); pupils 3 mm reactive.",
    "Vitals = BP 118/76, HR 72, SpO2 98%.",
    "Poids : 61,4 kg ; taille : 158 cm.",
    "NEWS2: 7; qSOFA: 2; MEWS: 4.",
    "Dose: 1000 mg IV q8h; infusion rate: 125 mL/h.",
    "Dosis: 5000 UI de heparina SC cada 12 h.",
    "Posologie : 2500 mg/j en deux prises.",
    "Enoxaparin 40 mg SC daily; heparin 25000 units in 500 mL.",
    "Vancomycin 1500 mg IV, trough target 15-20.",
    "Insulin glargine: 24 units nocte; lispro 8-10-8.",
    "Amoxicillin 500 mg TDS x 7 days.",
    "Paracetamol 1 g PO QID; max 4000 mg/24 h.",
    "Ceftriaxone 2 g IV OD, metronidazole 500 mg IV TDS.",
    "Morphine PCA: bolus 1 mg, lockout 5 min, 4-hour limit 30 mg.",
    "Furosemide 80 mg IV, then infusion 10 mg/h.",
    "Noradrenaline 0.12 mcg/kg/min; vasopressin 0.03 U/min.",
    "Dosierung: 1000 mg 1-0-1.",
    "Ventilator: mode SIMV, Vt 450 mL, PEEP 8, FiO2 0.45, RR 16.",
    "CPAP: 10 cmH2O; FiO2: 40%.",
    "BiPAP IPAP: 16, EPAP: 8.",
    "Pacemaker settings: DDD, lower rate 60, upper rate 130.",
    "Infusion pump rate: 42 mL/h; volume to be infused: 1000 mL.",
    "Dialysis: Qb 300, Qd 500, UF goal 2500 mL.",
    "Defibrillation: 200 J biphasic x 2.",
    "HFNC flow: 50 L/min, FiO2 0.6.",
    "CHA2DS2-VASc: 5; HAS-BLED: 3.",
    "Wells score: 6; revised Geneva: 11.",
    "APACHE II: 24; SOFA: 9.",
    "NIHSS: 14; mRS: 4.",
    "Child-Pugh: B8; MELD: 18.",
    "Apgar: 8 and 9; Ballard: 38 weeks.",
    "Bishop score: 6; Alvarado: 7.",
    "Braden: 12; Waterlow: 18; Morse: 45.",
    "ECOG: 2; Karnofsky: 60.",
    "MMSE: 21/30; MoCA: 18/30.",
    "PHQ-9: 17; GAD-7: 12.",
    "Killip class II; NYHA III.",
    "Rockall 5; Glasgow-Blatchford 11.",
    "Mallampati III; ASA 3.",
    "Ward: 4 East; Bed: 12; Room: 1402.",
    "Cama: 7; Sala: 3; Piso: 2.",
    "Chambre : 214 ; lit : 2.",
    "Letto: 18, reparto: Medicina 2.",
    "Cycle: 4 of 6; Day: 15.",
    "Ciclo: 3; día: 8 de quimioterapia.",
    "Week: 32+4; gestational age 32 weeks.",
    "Post-op day: 3; drain output: 120 mL.",
    "Zimmer: 1204, Bett: 2.",
    "Bay 4, cubicle 2.",
    "Trial: NCT04512345; arm B.",
    "ISRCTN: 12345678; EudraCT: 2019-001234-56.",
    "ICD-10: I21.4; ICD-11: BA41.",
    "LOINC: 2345-7; SNOMED CT: 22298006.",
    "NDC: 0781-5180-31; ATC: A10BA02.",
    "Vaccine: Comirnaty, dose 3; expiry: 2026.",
    "Vacuna: VPH, dosis: 2 de 3.",
    "Vaccin : DTCaP, rappel 2 ; dose : 0,5 mL IM.",
    "PMID: 29455601; DOI: 10.1016/S0140-6736(18)30000-1.",
    "Protocol: 2021-0456; version 3.",
    "ECG: QTc: 512 ms; PR: 220 ms; QRS: 140 ms.",
    "Echo: LVEF: 30%; TAPSE: 14 mm.",
    "FEV1: 1.2 L (45%); FVC: 2.8 L; DLCO: 52%.",
    "Peak flow: 250 L/min.",
    "Input: 2500 mL; Output: 1800 mL; balance: +700.",
    "I/O: 1500/2000 mL.",
    "Time: 14.30; duration: 45 min.",
    "Amount: 45000; cost: 1200.",
    "Steps: 4500 a day; distance: 3200 m.",
    "Range: 150-400; result: 98.",
    "Onset = 0830; door-to-needle 45 min.",
    "Urine output: 1250 mL over 24 h.",
    "Blood loss: 1500 mL; transfused 2 units.",
    "Bethesda category III on the thyroid aspirate; Paris system class 2.",
    "The family fulfils the Amsterdam II criteria; germline testing offered.",
    "Milan system category 4; Paris system class 3.",
    "Vienna classification B2; Montreal class A2.",
    "Ann Arbor stage IIIB; Rai stage 2.",
    "GOLD 2024 and KDIGO 2024 guidance followed.",
    "Ceftriaxone 2000, Paracetamol 1000.",
    "Tx: Amoxicillin 1000, Clavulanate 200.",
    "Follow-up in 6 weeks; repeat FBC at week 4.",
    "Mutation: EGFR L858R; KRAS G12C negative.",
    "Isolate: ST131 E. coli, ESBL positive.",
    "Reference interval: 3500-10000; target: 1500-2000.",
    "IgE: 12000 kU/L; eosinophils: 1.8 x 10^9/L.",
    "ANA titre: 1:12800, speckled.",
    "Fluid restriction: 1500 mL/day; kcal: 1800.",
    "Genotype: HLA-B*5801 negative; CYP2C19 *2/*2.",
    "Karyotype: 46,XY; FISH: no BCR-ABL1.",
    "Hospital Day 4: afebrile, eating.",
    "Hospital Acquired Pneumonia bundle started.",
    "Block C, Ward 7, Bed 12.",
    "Section 3, Cycle 2 of FOLFOX.",
    "Unit 4, Bay 2, Bed 9.",
    "Stage 2, Grade 3, Class II.",
    "Heparin: 5000 Units SC.",
    "Walked 400 m, 6 minutes from the Ward.",
    "Flyttade från avdelning 12 till IVA.",
    "Se trasladó de UCI a Planta.",
    "Sala 3, Cama 12, Piso 2.",
    "Chambre 12, Lit 2.",
    "Telephone review at 1400; call back in 2 h.",
    "Milan system category 4 on the salivary aspirate.",
    "Rome IV criteria met for IBS.",
])
def test_ninth_round_clinical_lines_are_not_flagged(text):
    """The closed list of clinical labels (analytes, vitals, doses, device settings, scores, beds,
    cycles, trial registries and code systems, in several languages) and a unit after a value
    keep the open rule for labels, the postcodes beside towns, the address chains and the
    kind-first hospitals off clinical text."""
    assert scan(text) == [], [(f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize("text", [
    "Lives in Ibadan; her family is from Osun State.",
    "Moved to Jalisco State in 2001.",
    "Referred from Punjab Province.",
])
def test_ninth_round_a_state_named_as_one_is_not_a_place(text):
    assert all(f.text not in ("Osun", "Jalisco", "Punjab") for f in scan(text)), [
        (f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize(("text", "span"), [
    ("55120-7 (carnet de afiliado n°) vigente", "55120-7"),
    ("BX-44712 = locker nr", "BX-44712"),
    ("4471220 - Bibliotheksausweis Nr.", "4471220"),
])
def test_ninth_round_an_identifier_before_a_label_nobody_listed(text, span):
    assert span in [f.text for f in scan(text)], [(f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize("text", ["12345 - see No. 4 above", "WBC 14500 (lab no.)", "Dose 12500 (units no.)"])
def test_ninth_round_a_clinical_value_before_a_number_word_is_not_flagged(text):
    assert scan(text) == [], [(f.category, f.text) for f in scan(text)]


def test_ninth_round_a_generic_label_yields_to_a_keyed_finding():
    # the phone's and the date's own rules win over the open rule for labels
    assert [(f.category, f.text) for f in scan("Contacto de emergencia: 0412 556 778")] == [
        ("phone", "0412 556 778")]
    assert [(f.category, f.text) for f in scan("Fecha de ingreso: 12/03/2024")] == [("date", "12/03/2024")]


# ---------------------------------------------------------------- tenth round

@pytest.mark.parametrize("text", [
    # diagnosis codes on their own shape, ICD-10 and ICD-11, after any label
    "Final dx: K35.80 perforated appendix; discharged day 4.",
    "Principal code J18.9, secondary E11.65 and N18.3.",
    "Coded as ICD-11 BA41.Z and ICD-10 R07.4 by the coder.",
    "Reg: ICD-10 B50 with ICD-11 1F40 on the claim.",
    # laboratory targets, genes and assays
    "Leprosy RLEP PCR (RLEP129) negative; slit-skin smear 2+.",
    "Sputum GeneXpert target rpoB81 not detected; culture pending.",
    "NGS panel: variant KRAS12 detected, TP5372 wild type.",
    # eponymous texts with "of" and a place, and their nouns
    "Consent obtained in keeping with the Declaration of Lisbon on patient rights.",
    "We used the Montreal definition of reflux and the Berlin modification for ARDS.",
    "Staged under the Convention of Oviedo principles; Seoul amendment applied.",
    # a document's or a form's name heading a letter, in other languages
    "Wypis ze szpitala: oddział chorób płuc, pobyt 6 dni.",
    "Epikrisis klinik penyakit dalam, rawat inap 5 hari.",
    "Befundbericht der Kardiologie: Echo ohne Befund.",
    "Relatório de alta: pneumonia adquirida na comunidade tratada.",
    # field labels, demonyms, a province, a model number
    "Email (daughter): see the contact sheet for details.",
    "Allergies: latex (urticaria); Bed: side room 4.",
    "Australian guidelines for bronchiolitis were followed; sats 93% in air.",
    "Transferred from a rural post in Santa Fe, Argentina, by road.",
    "Hearing aid model XP420 programmed; thresholds stable.",
    "Family live in the wilaya de Oran and the región de Ñuble.",
])
def test_tenth_round_clinical_lines_yield_nothing(text):
    assert scan(text) == [], [(f.category, f.text, f.why) for f in scan(text)]


@pytest.mark.parametrize(("text", "category", "span"), [
    ("Seen with Bà Lương Thị Ngọc Ánh on the ward.", "name", "Lương Thị Ngọc Ánh"),
    ("Admitted: HOÀNG VĂN TUẤN, 71, after a fall.", "name", "HOÀNG VĂN TUẤN"),
    ("Recipient: Tsegaye Worku Haile   Unit no. 7", "name", "Tsegaye Worku Haile"),
    ("Obs charted by RN Kanokwan Srisuk at 06:00.", "name", "Kanokwan Srisuk"),
    ("Discharged on the 14. října 1998 after the first bout.", "date", "14. října 1998"),
    ("Zaznamenáno 7. ledna 2011 na ambulanci.", "date", "7. ledna 2011"),
    ("Born 9 Jun 2489 by the temple calendar.", "date", "9 Jun 2489"),
    ("Pacientka, 94letá, přijata pro dušnost.", "age", "94letá"),
    ("Ward list: HN 5521 (105 y) sleeping.", "age", "105 y"),
    ("Identificador 77120-4  /Socio nr./ on the card.", "other_id", "77120-4"),
    ("Car: KD 4471 XR (= plate number) parked outside.", "vehicle", "KD 4471 XR"),
    ("Historia: HC 204.118 - ingreso por guardia.", "mrn", "204.118"),
    ("Firma: Dr. Ruiz, MN 88.203", "licence", "88.203"),
    ("Rodné číslo 455218/0371 ověřeno.", "other_id", "455218/0371"),
    ("Vozidlo SPZ: 5T2 4418 na parkovišti.", "vehicle", "5T2 4418"),
    ("Nr karty pacjenta.........: 55102/19 wpisano.", "other_id", "55102/19"),
    ("Postal address: Ōtaki, Kāpiti 5512 Lisinopril 10 mg.", "zip", "5512"),
    ("Mailing: Nong Ruea district 40210 - call first.", "zip", "40210"),
    ("Follow-up booked. 760 01 Zlín (per the GP).", "zip", "760 01"),
    ("Kampung: Sungai Buloh; Asal: Kuantan. Plan as above.", "place", "Kuantan"),
    ("Write to P.O. Box 92-20117 Naivasha for the results.", "zip", "20117"),
    ("Home: 41 Orchard Pike, then the bus to clinic.", "address", "41 Orchard Pike"),
])
def test_tenth_round_forms(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scan(text)], [
        (f.category, f.text, f.why) for f in scan(text)]


@pytest.mark.parametrize("text", [
    "Plan: Review 1400 Tomorrow with bloods.",
    "Pt: Confused, Agitated overnight.",
    "Seen by the ward nurse.\nPlan: repeat the troponin at 3 h.",
    "BP 128/76 /min/ resting, rate 74.",
])
def test_tenth_round_the_new_rules_keep_clear_of_clinical_text(text):
    assert scan(text) == [], [(f.category, f.text, f.why) for f in scan(text)]


# Twelfth round: the site's scan is the rules with the statistical model (combined.py).

def test_the_model_finds_an_address_no_rule_expects():
    text = "Lives at 14 Kowhai Rise, Gisborne 4010 with her daughter."
    assert scanner_rules(text) == []
    found = scan(text)
    # the street, the town and the postcode: in one span, or (the seventeenth round's model)
    # the street and the rest
    covered = {i for f in found for i in range(f.start, f.end)}
    assert all(i in covered for part in ("14 Kowhai Rise", "Gisborne", "4010")
               for i in range(text.index(part), text.index(part) + len(part))), found
    assert found[0].category == "address" and found[0].text.startswith("14 Kowhai Rise")
    assert {f.why for f in found} == {"the statistical model"}


@pytest.mark.parametrize("text", [
    "Treated for Wilson's disease since childhood; Kayser-Fleischer rings on slit lamp.",
    "Referred from Cardiology with Brugada pattern; SNOMED CT 418818005 recorded.",
    "Reference interval 3500-10000; heparin 25000 Units in 50 mL; NCT04512345 arm B.",
])
def test_what_the_rules_know_is_clinical_the_model_does_not_add(text):
    assert scan(text) == [], [(f.category, f.text, f.why) for f in scan(text)]


# Thirteenth round (fresh16 a tuning part): names in frames only a person fills, ages in Lao,
# Tigrinya, Slovak, Luxembourgish, Maltese and an Arabic label, postcodes beside their keyword
# however joined, licences and plates of letters and digits, Maltese and Lao addresses.

@pytest.mark.parametrize("text, category, span", [
    ("Noor, join the video visit at https://clinic.example.org/v/1", "name", "Noor"),
    ("Results for Amani Haddad available at the portal.", "name", "Amani Haddad"),
    ("Access flagged by IT (user Al-Sayegh).", "name", "Al-Sayegh"),
    ("Panel: Dr Weiss, Dr Kato; minutes by Latifa.", "name", "Latifa"),
    ("ARS afiliado ARS-330012345, titular Dulce Almonte.", "name", "Dulce Almonte"),
    ("Hospital number 77/40211, Senait Berhane.", "name", "Senait Berhane"),
    ("Ref. Pat.-Nr. KH2204411 (Tesfaye).", "name", "Tesfaye"),
    ("Daw Hla Hla, rodné číslo 5851 120044.", "name", "Daw Hla Hla"),
    ("Borg, Marija: seen in the walk-in clinic.", "name", "Borg, Marija"),
    ("SMS thread\nNadia: is the clinic open\nNadia: thanks", "name", "Nadia"),
    ("Authors: K. Vella, R. Farrugia.", "name", "R. Farrugia"),
    ("Ošetrujúci lekár: MUDr. P. Kováčik", "name", "P. Kováčik"),
    ("ຜູ້ດູແລ: Keo 020 5512 3344", "name", "Keo"),
    ("ຜູ້ປ່ວຍອາຍຸ 97 ປີ.", "age", "97 ປີ"),
    ("ታሪኽ: 99 ዓመት ሰበይቲ.", "age", "99 ዓመት"),
    ("Pacientka 95-ročná, po páde.", "age", "95-ročná"),
    ("Patient, 93 Joer, matricule à suivre.", "age", "93 Joer"),
    ("il-pazjent għandu 92 sena", "age", "92 sena"),
    ("العمر: 91", "age", "91"),
    ("| PSČ | 811 07 | checked |", "zip", "811 07"),
    ("[Postcode -> 3821]", "zip", "3821"),
    ("6022 is his PSČ.", "zip", "6022"),
    ("Triq San Pawl 12\nBirkirkara BKR 1403", "zip", "BKR 1403"),
    ("L-3515 Dudelange", "place", "Dudelange"),
    ("Registered with the Dental Council, no. DC-MT 4471.", "licence", "DC-MT 4471"),
    ("Führerschein č. KWS 1102 vorgelegt.", "licence", "KWS 1102"),
    ("Dopravná nehoda, EČV KE-220AB.", "vehicle", "KE-220AB"),
    ("Transport: taxi 183 TU 4406", "vehicle", "183 TU 4406"),
    ("Brought by her son, car plate ກຂ 5521.", "vehicle", "ກຂ 5521"),
    ("Wohnhaft Triq il-Wied 7, Rabat.", "address", "Triq il-Wied 7"),
    ("Address: Ban Sokpaluang, unit 4, house 18.", "address", "Ban Sokpaluang, unit 4, house 18"),
    ("Fax the request to 03/221 44 18 today.", "fax", "03/221 44 18"),
    ("Blood bank sample 22/51044 valid for 72 h.", "mrn", "22/51044"),
    ("Village: Ban Thongkhan, Savannakhet", "place", "Savannakhet"),
    ("ວັນທີ 3 ta' Awwissu 1941", "date", "3 ta' Awwissu 1941"),
])
def test_thirteenth_round_forms(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scanner_rules(text)], [
        (f.category, f.text, f.why) for f in scanner_rules(text)]


@pytest.mark.parametrize("text", [
    "Case 3 of 40 in the audit; 95% CI 0.52-0.81, p = 0.01.",
    "Aspirin, Clopidogrel: continue both until review.",
    "Metformin, please stop before contrast.",
    "Brought by ambulance, HR 110, BP 150/90, SpO2 94%.",
    "Results for Troponin available at 14:00.",
    "Transport: Red Cross, no charge.",
    "Methods: 212 cases (2015-2022), median age 51.",
    "Hospital Acquired Pneumonia on day 4.",
    "10 minutes by Ambulance to the unit.",
])
def test_thirteenth_round_the_new_rules_keep_clear_of_clinical_text(text):
    assert scan(text) == [], [(f.category, f.text, f.why) for f in scan(text)]


# Fourteenth round (fresh17, fresh18): mechanisms over whole languages (CLDR through Babel: month
# names, words for years of age, cities in their own script; one list of labels across languages).
# The phrasings are in languages neither part holds: they show the generalisation.
@pytest.mark.parametrize(("text", "category", "span"), [
    # dates with a month's name in any language (data/month_names.txt)
    ("Felvétel: 2024. március 5. Kontroll egy hét múlva.", "date", "2024. március 5"),
    ("Ngày 5 tháng 3 năm 2024 bệnh nhân nhập viện.", "date", "5 tháng 3 năm 2024"),
    ("Wangeniswa esibhedlela ngo-14 Mashi 2024.", "date", "14 Mashi 2024"),
    ("Paguldytas 2023 m. kovo 12 d. į skyrių.", "date", "2023 m. kovo 12 d."),
    ("Hastaneye yatış 17 Şubat 2024 tarihinde.", "date", "17 Şubat 2024"),
    ("Masuk rawat tanggal 3 Agustus 2023.", "date", "3 Agustus 2023"),
    ("Aufnahme am Dienstag, 5 Februar 2019.", "date", "Dienstag, 5 Februar 2019"),
    ("Tarehe: Julai 7, 2022 alifika.", "date", "Julai 7, 2022"),
    # ages over 89 with a word for years (data/year_words.txt), before or after the number
    ("Pacientas, 94 metų, gyvena vienas.", "age", "94 metų"),
    ("Bệnh nhân nữ 93 tuổi, sống một mình.", "age", "93 tuổi"),
    ("Beteg: 96 éves nő, otthonában elesett.", "age", "96 éves"),
    ("Umur 97 tahun, tinggal dengan anaknya.", "age", "97 tahun"),
    ("환자는 95세 여성입니다.", "age", "95세"),
    # names after a person's label in any language and script
    ("Bệnh nhân: Nguyễn Thị Lan, 93 tuổi", "name", "Nguyễn Thị Lan"),
    ("Igama: Sipho Dlamini", "name", "Sipho Dlamini"),
    ("Hasta adı: Mehmet Yılmaz, 92 yaşında", "name", "Mehmet Yılmaz"),
    ("Лекар: др Петар Јовановић", "name", "Петар Јовановић"),
    ("Signed: K. Mensah; reviewed 09:40.", "name", "K. Mensah"),
    ("Pacientas: Petraitis, Jonas (a. k. 3", "name", "Petraitis, Jonas"),
    ("اسم المريضة: فاطمة الزهراء، العمر 70", "name", "فاطمة الزهراء"),
    ("紧急联系人：儿子 李建国，电话见上。", "name", "李建国"),
    # places after a place's label, and cities in their own script (CLDR exemplar cities)
    ("Gyvenamoji vieta: Panevėžys", "place", "Panevėžys"),
    ("Місце проживання: Житомир", "place", "Житомир"),
    ("Переведена в больницу, Новосибирск.", "place", "Новосибирск"),
    # addresses after an address's label
    ("Cím: Váci utca 12.", "address", "Váci utca 12"),
    ("Адрес: ул. Ленина 5, кв. 12", "address", "ул. Ленина 5, кв. 12"),
    # postcodes after a postcode's word, plates after a vehicle's word
    ("Irányítószám: 4025", "zip", "4025"),
    ("Kode pos 40115, Bandung.", "zip", "40115"),
    ("Pašto kodas: 44280", "zip", "44280"),
    ("Accidente de moto, placa ABC 123, conductor ileso.", "vehicle", "ABC 123"),
    ("Biển số 29A-123.45 ghi nhận tại hiện trường.", "vehicle", "29A-123.45"),  # (seventeenth round: the whole plate)
    ("KDA 123X (boda boda) hit a pedestrian.", "vehicle", "KDA 123X"),
    # a doctor's title in other languages
    ("Kontrol: Doktor Aydın Kaya muayene etti.", "name", "Aydın Kaya"),
])
def test_fourteenth_round_every_language(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scan(text)], [
        (f.category, f.text, f.why) for f in scan(text)]


@pytest.mark.parametrize("text", [
    "TB card: 2HRZE/4HR, category I; day 56 of intensive phase.",
    "Regimen 6HRZE started; review 2SHRZE/1HRZE/5HRE history.",
    "Theatre 2 from 08:00; fasted from 02:00.",
    "Cefazolin 2000 mg IV; Dosis 12 Mayo 2000 mg? no.",
    "Patient: Alert and oriented.",
    "Doctor: Cardiology on call.",
    "Nurse: ICU",
    "Address: see above",
    "Hb 95 g/L; 96 mmHg mean; platelets 110 x10^9/L.",
    "Follow-up in 3 months; 5 mg daily since 2019.",
    "Take 2 set 5 times; ban 3 doses, dec 4 mg.",
    "Postcode: pending",
    "Moto accident, GCS 15, ISS 9.",
    "Admitted for 90 days of IV therapy at 100 years of the hospital's history.",
    "HR 110 (moto accident), GCS 15 (moto crash).",
    "Follow-up 2024 au 12 mg.",
])
def test_fourteenth_round_the_new_rules_keep_clear_of_clinical_text(text):
    assert scan(text) == [], [(f.category, f.text, f.why) for f in scan(text)]


# Fifteenth round (fresh19, fresh20): language-wide mechanisms, tested in languages those two
# parts do not use.
@pytest.mark.parametrize("text,category,span", [
    # the word for age a few words before the number, or the adjective of age
    ("Életkor: 94, fekvőbeteg.", "age", "94"),
    ("Vârsta declarată: 97.", "age", "97"),
    ("Age at registration: 102.", "age", "102"),
    ("Pacjentka 93-letnia z migotaniem przedsionków.", "age", "93-letnia"),
    ("Yaş 99, yatağa bağımlı.", "age", "99"),
    # a plate after the vehicle's own noun, with a word or two between
    ("Samochód osobowy WX 4521K zaparkowany przed SOR.", "vehicle", "WX 4521K"),
    ("Přivezen v automobile? ne; vozilo nr: ZG 1234-AB.", "vehicle", "ZG 1234-AB"),
    ("Llegó en la camioneta roja ABC 1234 de su hermano.", "vehicle", "ABC 1234"),
    ("Fahrzeug (nr) KA-MX 552 abgeschleppt.", "vehicle", "KA-MX 552"),
    # a locality or a health facility named by its kind
    ("Vive na vila Massaranduba com a filha.", "place", "Massaranduba"),
    ("Oturduğu yer: Akçaabat mahallesi? Hayır, köy Yeşilyurt.", "place", "Yeşilyurt"),
    ("Anaishi kijiji Mwembeni, wilaya ya Kilosa.", "place", "Mwembeni"),
    ("Nakatira sa barangay Talisay.", "place", "Talisay"),
    ("Upućen iz Dom zdravlja Karlovac.", "place", "Dom zdravlja Karlovac"),
    ("Overført fra Haukelands sykehus i går.", "place", "Haukelands sykehus"),
    ("Evacuado al Hospital Regional de Gurué.", "place", "Hospital Regional de Gurué"),
    ("Référée par le CSPS Koupéla.", "place", "CSPS Koupéla"),
    # the town after a postcode's word, its number and a comma
    ("Kod pocztowy 62-300, Września.", "place", "Września"),
    # a relative or a neighbour named after the word for them
    ("Przywiozła ją wnuczka Zofia, telefon w karcie.", "name", "Zofia"),
    ("Tytär Aino soitti illalla.", "name", "Aino"),
    ("Aliletwa na mjukuu Baraka jana.", "name", "Baraka"),
    ("Hentet av datter Ingrid i går.", "name", "Ingrid"),
    # a form of address in lower case inside a sentence
    ("Vu chez madame Ndiaye hier soir.", "name", "Ndiaye"),
    # a known city after a preposition of place of another language
    ("Er kam aus Bochum zurück.", "place", "Bochum"),
    ("Trasladado desde Rosario por la familia.", "place", "Rosario"),
])
def test_fifteenth_round_every_language(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scan(text)], [
        (f.category, f.text, f.why) for f in scan(text)]


@pytest.mark.parametrize("text", [
    "Age of the lesion 95 days; SpO2 on room air: 95.",
    "At age 60 the saturation was 95.",
    "Ambulance: GCS 14, BP 90/60, HR 98.",
    "Transferred by ambulance with O2 8L to ICU 2 at 14:00.",
    "Taxi ride 20 min, HR 110; truck driver, BMI 32.",
    "Hôpital de Jour; Centre de Santé Mentale; Hospital Anxiety and Depression Scale 12.",
    "Hospital Day 3; Hospital Acquired Pneumonia; clínica Médica; Hospital Universitario.",
    "Clinique de la Maison d'arrêt - note",
    "6MWT 320 m; 20WBCT non coagulable; 30STS 9 repetitions.",
    "Ergometer 80 W, Borg 15, HR max 140.",
    "Ohne Aspirin nach Rücksprache; Wechsel auf Heparin nach Dialyse.",
    "Paciente veio para Consulta de rotina; em Jejum desde ontem.",
])
def test_fifteenth_round_the_new_rules_keep_clear_of_clinical_text(text):
    assert scan(text) == [], [(f.category, f.text, f.why) for f in scan(text)]


def test_fifteenth_round_a_relation_at_a_line_end_names_nobody_on_the_next():
    found = [(f.category, f.text) for f in scan("Onderwerp: afspraak voor mijn oma\n\nGoedendag, hoe gaat het?")]
    assert ("name", "Goedendag") not in found


def test_fifteenth_round_a_sentence_end_is_no_title_and_a_label_no_town():
    found = [(f.category, f.text) for f in scan("Sensore rimosso per la RM.\nTriage colour: yellow.")]
    assert ("name", "Triage") not in found
    found = [(f.category, f.text) for f in scan("Vive en Calle de la Libertad 769, 2º B.\nMUAC 11.2 cm")]
    assert ("place", "MUAC") not in found


# Sixteenth round (fresh21, fresh22): language-wide mechanisms, in settings those parts do not hold.
@pytest.mark.parametrize("text, category, span", [
    # a rural route's box (US highway-contract and rural routes)
    ("Mailing address RR 4 Box 119, then the clinic.", "address", "RR 4 Box 119"),
    ("Lives at Star Route Box 17.", "address", "Star Route Box 17"),
    # the town before a US state and its ZIP code, or an Australian state and its postcode
    ("Mail to 40 Elm St, Tupelo, MS 38801.", "place", "Tupelo"),
    ("PO Box 9, Katherine NT 0850.", "place", "Katherine"),
    # a UK postcode written without its space
    ("Address: 4 Mill Lane, Otley, LS213AB, West Yorkshire.", "zip", "LS213AB"),
    # a household named by its surname
    ("The Oyelaran family visited on Sunday.", "name", "Oyelaran"),
    # a journey, a drive, a move and a relative's town in prose
    ("Medevaced out of Kotzebue last winter.", "place", "Kotzebue"),
    ("Her daughter drives down from Tonopah on weekends.", "place", "Tonopah"),
    ("Sleeping on a sofa since the move to Whakatane.", "place", "Whakatane"),
    ("Her nephew in Kalgoorlie was told.", "place", "Kalgoorlie"),
    # the UK's vehicle registration number by its label
    ("Parking permit - VRM: LB07 SEO", "vehicle", "LB07 SEO"),
    # a name before its owner's identifier; an unknown word as the subject of a life's verb
    ("Ngozi's NHS number was read back.", "name", "Ngozi"),
    ("Taini was born at home in the valley.", "name", "Taini"),
])
def test_sixteenth_round_new_rules(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scan(text)], [
        (f.category, f.text, f.why) for f in scan(text)]


@pytest.mark.parametrize("text", [
    # a range of a code system's items, a form's number after its name or heading
    "ICD-10 range I20-I25 reviewed; items GG0130-GG0170 completed.",
    "DISABILITY CLAIM (SSA-3368) - page 2",
    "Complete form (CMS-485) before the visit.",
    # a vehicle's model after its make; a word after a plate's keyword and a comma
    "Hit by a Toyota RAV-4 while cycling; the Mazda CX-5 driver unhurt.",
    # a gene's family, a family physician, a household's adjective
    "The Src family kinases; whole family screened; Lynch family history; Extended family present.",
    "Family physician informed; the Bcl-2 family of proteins. Supporting family at home.",
    # a relative in charge; a post-nominal at a line's end
    "Mother in charge of meds.",
    "Reviewed, RN\nDischarged home at 16:00.",
    # an institution's or a relative's identifier; a disease's possessive; a venous reading
    "Mother's phone was off; the Trust's address is on the letter; Hodgkin's disease in remission.",
    "VRN 12 mmHg on the monitor.",
    "Referral emailed to GP. Prescription posted today. Potassium phoned through by the lab.",
])
def test_sixteenth_round_the_new_rules_keep_clear_of_clinical_text(text):
    assert scan(text) == [], [(f.category, f.text, f.why) for f in scan(text)]
    assert scanner_rules(text) == [], [(f.category, f.text, f.why) for f in scanner_rules(text)]


def test_sixteenth_round_a_part_of_a_cited_address_or_a_doi_is_no_identifier():
    text = "As reported (https://www.who.int/publications/i/item/9789240061729) and (https://doi.org/10.1016/2020.1234567)."
    assert [f for f in scan(text, "discussion") if f.category != "url"] == []
    assert [f for f in scan(text, "discussion")] == []


@pytest.mark.parametrize("text,category,span", [
    # seventeenth round: a town between its street and its postcode, or after the postcode
    ("Lives at 12 Quarry Brow, Kirkby Stephen CA17 4QJ. Tel on file.", "place", "Kirkby Stephen"),
    ("Domicílio: Rua das Flores 88, 2.º Esq, Vila Real de Santo António, 8900-231.", "place",
     "Vila Real de Santo António"),
    ("Adresse : 4 chemin des Vignes, 84200 Carpentras", "place", "Carpentras"),
    # the last part of an address after its label; a town field with another field after it
    ("Address: Flat 2, 17 Mill Wynd, Brechin. Seen with her son.", "place", "Brechin"),
    ("Town: Dungarvan  Eircode: X35 Y6K4", "place", "Dungarvan"),
    # a town after a facility's name and a comma; a health unit's acronym
    ("Hospital San Juan de Dios, Zacapa\nPaciente referida.", "place", "Zacapa"),
    ("Seen at RHU Bangui before transfer.", "place", "RHU Bangui"),
    ("Epikris - Sykehuset Levanger", "place", "Sykehuset Levanger"),
    # residence and transfer across languages; where someone phones or leaves from
    ("Il habite Manosque depuis 2010.", "place", "Manosque"),
    ("Verlegt nach Gunzenhausen zur Reha.", "place", "Gunzenhausen"),
    ("Accidente cerca de Ayamonte: moto sin placa.", "place", "Ayamonte"),
    ("Her son rang from Kirkwall this morning.", "place", "Kirkwall"),
    ("Sivas doğumlu, emekli öğretmen.", "place", "Sivas"),
    # scripts without capitals: facilities, towns by their kind's word, residence, address parts
    ("تقرير - مستشفى الكرك الحكومي\nالمريض", "place", "مستشفى الكرك الحكومي"),
    ("रेफर: नाशिक सिविल रुग्णालय", "place", "नाशिक सिविल रुग्णालय"),
    ("紹介先：松江赤十字病院 内科", "place", "松江赤十字病院"),
    ("Проживает: г. Кинешма, ул. Садовая", "place", "Кинешма"),
    ("بیمار ۸۰ ساله، ساکن بروجرد.", "place", "بروجرد"),
    ("住所：宇部市東岐波1234", "place", "宇部市"),
    ("Пациентка переведена в Tarija самолётом.", "place", "Tarija"),
    ("முகவரி: 5, கோவில் தெரு, திருவாரூர் 610001", "place", "திருவாரூர்"),
    # a person by their title, then where they are from; a note's head, then its town
    ("Pt Adjoa Mensah from Hohoe was seen today.", "place", "Hohoe"),
    ("Clinic note, Ennistymon: reviewed with her daughter.", "place", "Ennistymon"),
    ("Domicile : 8 rue des Lilas, 24200 Sarlat", "place", "Sarlat"),
    # a postcode and its town on the line under the street's; a hospital named by everyday words
    ("Srdačan pozdrav,\nIvana Horvat\nIlička 14\n10000 Zagreb", "place", "Zagreb"),
    ("Handover called to Mercy Hospital at 02:10.", "place", "Mercy Hospital"),
    # a city's ward after the city (Chinese, Japanese); Lao's village and district; Dari's village
    ("居住地：曲靖市麒麟区，退休教师", "place", "麒麟区"),
    ("ບ້ານ ນາໄຊ, ເມືອງ ປາກເຊ", "place", "ນາໄຊ"),
    ("قریه سرخ‌آباد، ولسوالی", "place", "سرخ‌آباد"),
    # an Irish Eircode or a Canadian postcode after the town; an address's town before a new line
    ("c/o Rathmore Cross, Castleisland, V92 X2K4.", "place", "Castleisland"),
    ("PO Box 51, Fort Vermilion AB T0H 1N0", "place", "Fort Vermilion"),
    ("Indirizzo: via Roma 12, Cividale.\nPA 140/85", "place", "Cividale"),
    # a person's age, then where they are from; a street, then its town; a town near an event
    ("88yo F from Tennant Creek, fall at home.", "place", "Tennant Creek"),
    ("Lives at 4 Kauri Road in Dargaville with her son.", "place", "Dargaville"),
    ("Quad bike rollover near Taihape this morning.", "place", "Taihape"),
    # French hospitals in the plural; Brazil's charity hospitals
    ("Compte rendu - Hôpitaux Universitaires de Strasbourg", "place", "Hôpitaux Universitaires de Strasbourg"),
    ("Internada na Santa Casa de Sobral.", "place", "Santa Casa de Sobral"),
])
def test_seventeenth_round_places(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scanner_rules(text)], [
        (f.category, f.text, f.why) for f in scanner_rules(text)]


@pytest.mark.parametrize("text", [
    # a citation's journal before its year; a state by its word at an address's end
    "Referenced: Lancet Infect Dis 2021;21:e1-e10.",
    # a service after a facility's name; a state's abbreviation before a ZIP code
    "Hospital General, Cardiología. Ward 4, Bay 2.",
    # German nouns after a transfer's word; a department after a ward
    "Nach Absprache nach Hause entlassen; verlegt auf Intensivstation.",
    "Transferred to Oncology from ED. Phoned from Radiology about the scan.",
    # a country's possessive after a journey
    "Moved from the coast to Kenya's highlands in 2011.",
    # a drug and its dose in a list; a note's head and its day; a person from a department
    "Ceftriaxone 2000, Cefazolin 1000.",
    "Progress note, Monday: stable. Mr Osei from Radiology called. She rang from Boots pharmacy.",
    "Day 2: Clexane 4000. Mr Jones from Accounts phoned.",
    # a ward after a transfer's word; a quantity on the line under a result; a hospital described
    "Trasferito in Rianimazione; trasladado a Quirófano; transféré en Réanimation.",
    "Hb 12.1 today\n1500 Fluid restriction advised.",
    "Trinity Hospital phoned. Transferred to the Receiving Hospital.",
    # "near" and "outside" in a clinical sentence; an insurer's name before its number
    "Pain worse near Midnight. Seen outside Clinic hours. Lesion near Left eye.",
    "90yo M, Medicare 5218 30411 2.",
])
def test_seventeenth_round_places_keep_clear_of_clinical_text(text):
    assert [f for f in scanner_rules(text) if f.category == "place"] == [], [
        (f.category, f.text, f.why) for f in scanner_rules(text)]


def test_seventeenth_round_a_state_ends_an_address_and_a_field_after_a_town_is_no_state():
    found = [(f.category, f.text) for f in scanner_rules("Address: Plot 9, Ring Road, Ibadan, Oyo State.")]
    assert ("place", "Oyo State") not in found
    found = [(f.category, f.text) for f in scanner_rules("Dirección: Calle Sucre 4-12, Azogues, Cañar.")]
    assert ("place", "Cañar") not in found  # after a town, its province
    found = [(f.category, f.text) for f in scanner_rules("City: Red Deer  State: AB")]
    assert ("place", "Red Deer") in found


# Seventeenth round (fresh23–fresh26 read): names, identifiers, dates and ages, each class in
# other words and languages than the parts' notes.
@pytest.mark.parametrize("text, category, span", [
    # plates: a full-width colon, Turkish's possessive, "n°", Czech "č.", the word after the plate,
    # the plate on the line after its word, a Japanese plate without a word
    ("Targa：AB-12-CD fermata al casello.", "vehicle", "AB-12-CD"),
    ("Aracın plakası 34 KLM 812 olarak kaydedildi.", "vehicle", "34 KLM 812"),
    ("Nummerplaat n° 1-ABC-234 genoteerd.", "vehicle", "1-ABC-234"),
    ("Vozidlo Kennzeichen č. 5A2 3344 zapsáno.", "vehicle", "5A2 3344"),
    ("7-XYZ-901 is recorded as the kenteken.", "vehicle", "7-XYZ-901"),
    ("Plaque\n    AB 123 CD\nVu aux urgences.", "vehicle", "AB 123 CD"),
    ("事故車両は品川 330 さ 12-34 でした。", "vehicle", "品川 330 さ 12-34"),
    ("ป้ายทะเบียน: ABC 4521", "vehicle", "ABC 4521"),
    # ages: Tagalog, Quechua, Punjabi, Tamil's word for age before the number
    ("Si Lolo Andres, 93 anyos, taga-Iloilo.", "age", "93 anyos"),
    ("Taytay, 91 watayoq, Cusco.", "age", "91 watayoq"),
    ("ਮਰੀਜ਼ 96 ਸਾਲ ਦਾ ਹੈ।", "age", "96 ਸਾਲ"),
    ("நோயாளி வயது 97.", "age", "97"),
    # dates: Thai months abbreviated and in full with a Buddhist year, Solar Hijri year first
    ("เข้ารับการรักษา 14 มี.ค. 2567", "date", "14 มี.ค. 2567"),
    ("วันที่ 5 มกราคม 2566", "date", "5 มกราคม 2566"),
    ("Datum prijema 1403/11/02.", "date", "1403/11/02"),
    ("تاریخ ترخیص ۱۴۰۲/۰۸/۱۹", "date", "۱۴۰۲/۰۸/۱۹"),
    # postcodes: before their word, after Japan's mark, Polish and Dutch after their word
    ("Lives in the 90210 ZIP code area.", "zip", "90210"),
    ("〒1234 の住所", "zip", "1234"),
    ("Kod pocztowy 31-042 Kraków", "zip", "31-042"),
    ("Postcode 1012 AB Amsterdam", "zip", "1012 AB"),
    # a record's number with dots between thousands
    ("Expediente 1.234.567 del hospital.", "mrn", "1.234.567"),
    # names before an honorific, after a caseless script's label or kin word, after a title in
    # lower case, an initial signed, after Tagalog's article or "W/O", greeted, signed with "--"
    ("Ivanovaさんは外来を受診した。", "name", "Ivanova"),
    ("患者：山本 太郎 様", "name", "山本 太郎"),
    ("아들 김민수 씨가 왔다.", "name", "김민수"),
    ("환자 이영희 (88세, 여)", "name", "이영희"),
    ("Hae-jin Kwon Hanım kontrole geldi.", "name", "Hae-jin Kwon"),
    ("ชื่อ นายสมชาย ใจดี HN 1234", "name", "สมชาย ใจดี"),
    ("La sig.ra Bianchi è stata dimessa.", "name", "Bianchi"),
    ("Visitada por el sr. Gutiérrez en casa.", "name", "Gutiérrez"),
    ("Mit freundlichen Grüßen\nB. Hoffmann", "name", "B. Hoffmann"),
    ("Wypis. lek. med. T. Nowak", "name", "T. Nowak"),
    ("Signé P. Girard, IDE.", "name", "P. Girard"),
    ("Si Rodrigo ang nagdala sa kanya sa klinika.", "name", "Rodrigo"),
    ("Patient Ayesha Khan, W/O Imran Ali, resident of Multan.", "name", "Imran Ali"),
    ("मुलगी प्रिया फोन 98220 12345", "name", "प्रिया"),
    ("جوال الابنة فاطمة: 0551234567", "name", "فاطمة"),
    ("रुग्ण: राजेश पाटील, वय 91", "name", "राजेश पाटील"),
    ("Hola Marisol, te escribo por tu madre.", "name", "Marisol"),
    ("Thanks for the help. -- Priya Raman", "name", "Priya Raman"),
    ("Tsegaye had been well until the rains.", "name", "Tsegaye"),
    ("Pacientka žije s dcerou Květou.", "name", "Květou"),
    ("A retired fisherman, Tomasi Vunivalu, came in with a cough.", "name", "Tomasi Vunivalu"),
    ("The pump was left at the home of Olufemi Adeyemi overnight.", "name", "Olufemi Adeyemi"),
    ("बिरामी: राम बहादुर थापा, उमेर 92", "name", "राम बहादुर थापा"),
    ("ছেলে রাহুল, ফোন 01712345678", "name", "রাহুল"),
    ("ອາຍຸ 92 ປີ", "age", "92 ປີ"),
    ("Vozidlo SPZ 2AB 4567 odtaženo.", "vehicle", "2AB 4567"),
    ("Maria Lopez positive for COVID on day 2.", "name", "Maria Lopez"),
    ("A febre voltou, disse a dona Raimunda.", "name", "Raimunda"),
    ("mama Neema alikuja na mtoto.", "name", "Neema"),
    ("Dna. Ionescu a fost informată.", "name", "Ionescu"),
    ("Raportul final. Médico: R. Salinas", "name", "R. Salinas"),
    ("Pt Mihaela Dobre, 94. Found at home.", "age", "94"),
    ("Widower, 99, lives on the farm.", "age", "99"),
    ("Family meeting.\nNanuli: 'He never wanted the tube.'", "name", "Nanuli"),
    ("The granny is 93 yor alt.", "age", "93 yor"),
    ("Eingang 〒SW1A 1AA (home).", "zip", "SW1A 1AA"),
    ("Pasta indekss 10283; Indekss 41583", "zip", "41583"),
    ("8841 ZXT stands as the plate on the form.", "vehicle", "8841 ZXT"),
    ("Vozilo reg. oznake ZG 4412-KM odvezeno.", "vehicle", "ZG 4412-KM"),
    # street addresses of scripts without spaces, and a house's number before its street
    ("住址：解放路12号", "address", "解放路12号"),
    ("住所：港区芝5丁目3-1", "address", "港区芝5丁目3-1"),
    ("ที่อยู่ 12/3 ซอยสุขุมวิท", "address", "12/3 ซอยสุขุมวิท"),
    ("पत्ता: २२, गांधी रोड, पुणे 411001", "address", "२२, गांधी रोड"),
])
def test_seventeenth_round_identifiers_and_names(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scanner_rules(text)], [
        (f.category, f.text, f.why) for f in scanner_rules(text)]


@pytest.mark.parametrize("text", [
    # a salutation's comma and line break: the next line starts the letter
    "Dear colleague,\nWard 4B, bed 2; seen on the consultant round.",
    # an article, a pronoun; Tagalog's grandmother; Spanish "si"
    "Una paziente di 70 anni, vedova.",
    "Ella trabaja en el mercado.",
    "Si Lola, 85 anyos na.",
    "Si Dios quiere, vuelve el lunes.",
    # eponyms after "Morbus", a paper's number, a companion's role, a telephone's area code
    "Morbus Crohn und Morbus Bechterew ausgeschlossen.",
    "See PubMed ID 3456789 for the series.",
    "Attendant (daughter) present throughout.",
    "Celular (11) 98765-4321.",
    # clinical labels before a dash, a fluid chart, a condition that had been well controlled
    "HR 110 - moto accident.",
    "Chart 1.500 mL in, 2.000 mL out.",
    "Mood had been well controlled.",
    # a group greeted, a mobile app's signature, a heading then a lab value
    "Hi all, thanks for the replies.\n-- Sent from my phone",
    "Dental plaque\nHB 12 noted",
    # Japanese and Korean role nouns before an honorific or after a label
    "患者さんとお母さんが来院。",
    "환자 나이 91세",
    # a place between commas after a person's noun; an institution's house
    "A retired teacher, Chronic Fatigue, was reviewed.",
    "Debated in the House of Lords.",
    # a test named after a person, with its result's sign
    "Serology (Weil Felix +, Paul Bunnell (+)).",
    # a fluid named after a person, with its volume; a gene's variant after the gene
    "Fluids: Hartmann's 500 ml over 4 hours.",
    "HFE C282Y/C282Y on genotyping.",
    # a maker's model after an article
    "Dialysed on a Fresenius 4008B machine.",
    # a clinical label in a field's heading before a pronoun; numbers in brackets after labs
    "Social: She lives alone.\nAssessment: He is stable.",
    "Sodium (135), potassium (4.1), score (95).",
    # a role or a service after a lower-case title
    "Fale com o seu Médico de Família.",
    "Dirujuk ke dokter Spesialis Penyakit Dalam.",
])
def test_seventeenth_round_identifiers_and_names_keep_clear_of_clinical_text(text):
    found = [(f.category, f.text, f.why) for f in scanner_rules(text) if f.category not in ("age", "phone")]
    assert found == [], found


@pytest.mark.parametrize("text", [
    # a department named in its language, a disease, a scale, a classification after its eponym's word
    "GIẤY RA VIỆN - Khoa Nội tổng hợp\nKontrol sesudah 7 hari.",
    "Maladie de Horton évoquée; biopsie de l'artère temporale prévue.",
    "Clasificación de Forrest IIb; escala de Rockall 6.",
    "Skala Barthel 45 pkt, Norton 11 pkt.",
    # a fluid after its volume; an everyday word of another language starting a sentence
    "GCS 15; lactate 2.8 mmol/L; 1 L Hartmann's over 2 h.",
    "Nada per os dalle 24; profilassi con enoxaparina.",
    # a thread's speakers that are roles
    "WhatsApp, ward 4 group\nIntern: Bed 12, sugar high.\nReg: Start the DKA protocol.\n"
    "Intern: done.\nReg: thanks.",
])
def test_eighteenth_round_departments_eponyms_and_roles_are_not_names(text):
    found = [(f.category, f.text, f.why) for f in scanner_rules(text) if f.category in ("name", "place")]
    assert found == [], found


@pytest.mark.parametrize("text, name", [
    ("Maladie de Horton chez Mme Dupont.", "Dupont"),  # a person after the eponym
    ("Seen by Tim Ward today.", "Tim Ward"),  # a surname that is a ward's word
    ("Ada presented with chest pain.", "Ada"),  # a name that is a word of another language, before an English verb
])
def test_eighteenth_round_names_beside_those_words_are_still_found(text, name):
    assert name in [f.text for f in scan(text) if f.category == "name"]


def test_eighteenth_round_a_possessive_without_a_volume_is_still_a_name_to_the_rules():
    # (the site's scan drops it: the model retrained in the eighteenth round saw "Hartmann's"
    # only as the solution, and a weak name it gives no support to is dropped)
    assert "Hartmann" in [f.text for f in scanner_rules("Hartmann's wife rang.") if f.category == "name"]


@pytest.mark.parametrize("text, span, category, known", [
    ("ΕΞΙΤΗΡΙΟ - Παθολογική Κλινική\n", "Παθολογική Κλινική", "place", True),
    ("ZÁRÓJELENTÉS - Belgyógyászati Osztály\n", "Belgyógyászati Osztály", "place", True),
    ("EPICRIZĂ - Secția Medicină Internă\n", "Secția Medicină Internă", "name", True),
    ("ВИПИСКА З МЕДИЧНОЇ КАРТИ\n", "З МЕДИЧНОЇ КАРТИ", "name", True),
    ("Choroba Leśniowskiego-Crohna w wywiadzie.", "Choroba Leśniowskiego-Crohna", "place", True),
    ("TA 13/8; pas de signe de Kernig.", "Kernig", "place", True),
    ("Dr. med. Jens Terhaar, Oberarzt", "Oberarzt", "name", True),
    ("Nada per os dalle 24.", "Nada", "place", True),
    ("Oktatókórház, Belgyógyászat\nNév:", "Belgyógyászat", "place", True),
    ("y la guía de 2021.", "2021", "zip", True),
    ("He speaks mostly Cajun French.", "Cajun French", "place", True),
    ("Spoke to Maria Lopez, daughter.", "Maria Lopez", "name", False),
    ("Surry Hills NSW 2010", "2010", "zip", False),
    # a named clinic, a person, a name in capitals with its particles
    ("Transferred to Clinique Pasteur in Toulouse.", "Clinique Pasteur", "place", False),
    ("Seen by Tim Ward today.", "Tim Ward", "name", False),
    ("Pacjent: DE LA CRUZ MARIA", "DE LA CRUZ MARIA", "name", False),
    ("ПАЦІЄНТ: ІВАНЕНКО ПЕТРО", "ІВАНЕНКО ПЕТРО", "name", False),
])
def test_eighteenth_round_the_model_is_refused_departments_headings_eponyms_and_roles(text, span, category, known):
    start = text.index(span)
    f = Finding(category, start, start + len(span), span, 0.9, "the statistical model")
    assert known_not_identifier(text, f) is known


@pytest.mark.parametrize("text, span, known", [
    ("Paciente veio para Consulta de rotina; em Jejum desde ontem.", "Jejum", True),
    ("Preoperatorio: en Ayunas desde las 22 h.", "Ayunas", True),
    ("Präoperativ Nüchtern ab 22 Uhr.", "Nüchtern", True),
    ("Reposo relativo; Dieta blanda.", "Dieta", True),
    ("Jejum Ribeiro came with her son.", "Jejum Ribeiro", False),  # a name of two words
])
def test_twenty_first_round_a_regimen_is_no_name(text, span, known):
    """The retrained model called a capitalised regimen (fasting, rest, a diet) a person."""
    start = text.index(span)
    f = Finding("name", start, start + len(span), span, 0.9, "the statistical model")
    assert known_not_identifier(text, f) is known


# Eighteenth round (recall): a town after a person's age, a town and its postcode as a line, a
# relative's town, a hospital named by its town's adjective, names after kin and patient words of
# scripts without capitals, kin words of more languages.
@pytest.mark.parametrize("text, span, category", [
    ("Mme Rose Dorval, 91 ans, de Pignon, vue ce jour.", "Pignon", "place"),
    ("Pan Novák, 88 let, z Klatov, přijat včera.", "Klatov", "place"),
    ("Un pastore di 79 anni di Bultei giunto in PS.", "Bultei", "place"),
    ("Re: Alma Tizya, 93 years, of Teslin; chart 4417", "Teslin", "place"),
    ("BRIEF\nLlanidloes, 582913\nPlan: GP review.", "Llanidloes", "place"),
    ("Note\nChibougamau (Québec) 48213\n", "Chibougamau", "place"),
    ("Note\nIV27 4EH Kinlochbervie\n", "Kinlochbervie", "place"),
    ("Angehörige: Sohn in Wattens, erreichbar.", "Wattens", "place"),
    ("Her niece Ellen Doyle in Ballyshannon visits daily.", "Ballyshannon", "place"),
    ("Переведена з Дрогобицької ЦРЛ.", "Дрогобицької ЦРЛ", "place"),
    ("Поступил из Павлодарская областная больница.", "Павлодарская областная больница", "place"),
    ("রোগীর মেয়ে সুমিতা দাস সঙ্গে ছিলেন।", "সুমিতা দাস", "name"),
    ("ابنها سمير الهاتف 06 12 34 56 78.", "سمير", "name"),
    ("المريضة نادية بلقاسم، 90 سنة", "نادية بلقاسم", "name"),
    ("ታካሚ አልማዝ ከበደ Frailty 5", "አልማዝ ከበደ", "name"),
    ("Fiul, Ion Rusu, a venit.", "Ion Rusu", "name"),
    ("Tyttärensä Kaisa soitti.", "Kaisa", "name"),
])
def test_eighteenth_round_recall_classes_are_found(text, span, category):
    assert span in [f.text for f in scan(text) if f.category == category]


@pytest.mark.parametrize("text, span", [
    ("Patient, 45 years, of Interest to the team.", "Interest"),  # not a town: an everyday word
    ("Known diabetic for 30 years of Metformin use.", "Metformin"),  # "of" without a comma
    ("Amoxicillin, 1000\n", "Amoxicillin"),  # a drug and its dose on a line
    ("Her daughter in ICU overnight.", "ICU"),
    ("Детская больница № 2", "Детская больница"),  # a generic hospital
    ("المريض عمره 95 سنة.", "عمره"),  # "his age", before the number
    ("ابنها الأكبر.", "الأكبر"),  # "her elder son"
    ("ਪੁੱਤਰ ਦਾ ਫ਼ੋਨ +91 98140 00000", "ਦਾ"),  # "the son's phone"
])
def test_eighteenth_round_recall_rules_keep_out(text, span):
    assert span not in [f.text for f in scan(text)]


@pytest.mark.parametrize("text, span, category", [
    ("[08:02] Nurse: fell overnight.\n[08:05] GP Colette Brannigan: ambulance on its way.\n", "Colette Brannigan", "name"),
    ("[08:02] Tormod MacAulay: she is drowsy.\n[08:05] Nurse: bring her in.\n", "Tormod MacAulay", "name"),
    ("Ramesh Thapa (8:14 PM): father is drowsy.\nDr (8:20 PM): bring him now.\n", "Ramesh Thapa", "name"),
    ("Gruppo famiglia:\nOttavio: il nonno è caduto\nOttavio: andiamo al PS\n", "Ottavio", "name"),
    ("Innlagt Klinikk Hammerfest 3. mars.", "Klinikk Hammerfest", "place"),
    ("La Punto targata FG 21 KLM è uscita di strada.", "FG 21 KLM", "vehicle"),
    ("llegó en la furgoneta 7713 KPT a urgencias.", "7713 KPT", "vehicle"),
    ("Moottorikelkka KT 48213 kaatui.", "KT 48213", "vehicle"),
])
def test_eighteenth_round_recall_speakers_facilities_and_plates(text, span, category):
    assert span in [f.text for f in scan(text) if f.category == category]


@pytest.mark.parametrize("text, span", [
    ("[09:31] Tanana: weather ok.\n[09:40] Tanana: wheels up.\n", "Tanana"),  # a station's town speaking
    ("Auto 2 volte al giorno.", "Auto"),
    ("Opname van 12 dagen.", "12"),
])
def test_eighteenth_round_recall_speakers_and_plates_keep_out(text, span):
    assert not any(span in f.text for f in scan(text))


@pytest.mark.parametrize("text, name, title", [
    ("Anak: Bp. Sutrisno, HP 0812-2718-4470.", "Sutrisno", "Bp"),  # Indonesian "Bapak"
    ("Sestra Bc. Hana Krejčí.", "Hana Krejčí", "Bc"),  # a Czech degree before the name
])
def test_eighteenth_round_a_title_abbreviated_is_not_a_name(text, name, title):
    found = [f.text for f in scan(text) if f.category == "name"]
    assert name in found and title not in found, found


@pytest.mark.parametrize("text, span", [
    ("Адреса: вул. Лесі Українки, 4, м. Стрий.", "Стрий"),  # Ukrainian's town, at a sentence's end
    ("Адреса: вул. Садова, 2, с. Нагуєвичі", "Нагуєвичі"),
    ("Živi u Kladuša sa kćerkom.", "Kladuša"),
])
def test_eighteenth_round_recall_towns_by_kind_and_residence(text, span):
    assert span in [f.text for f in scan(text) if f.category == "place"]


def test_eighteenth_round_recall_metres_are_not_a_town():
    assert not [f for f in scan("Высота 10 м. Пациент стабилен.") if f.category == "place"]


@pytest.mark.parametrize("text, span", [
    ("סיכום אשפוז — המרכז הרפואי גליל", "המרכז הרפואי גליל"),
    ("የታካሚ ማጠቃለያ - ደሴ ሪፈራል ሆስፒታል", "ደሴ ሪፈራል ሆስፒታል"),
    ("Ամփոփում - Գորիսի բժշկական կենտրոն", "Գորիսի բժշկական կենտրոն"),
])
def test_eighteenth_round_recall_facilities_of_other_scripts(text, span):
    assert span in [f.text for f in scan(text) if f.category == "place"]


@pytest.mark.parametrize("text", ["הגיע לבית החולים הזה אתמול", "ወደ ሆስፒታል መጣ"])
def test_eighteenth_round_recall_a_hospital_without_its_name_is_not_a_place(text):
    assert not [f for f in scan(text) if f.category == "place"]


@pytest.mark.parametrize("text, span", [
    ("Sokhna Ndiaye a été vue avec sa fille.", "Ndiaye"),  # Wolof's form of address
    ("Handover given to P. Gallagher, staff nurse.", "P. Gallagher"),  # an initial, a surname, a role
    ("T. Kerr, community staff nurse", "T. Kerr"),
])
def test_eighteenth_round_recall_forms_of_address_and_roles(text, span):
    assert span in [f.text for f in scan(text) if f.category == "name"]


def test_eighteenth_round_recall_a_form_of_address_alone_is_no_name():
    assert not [f for f in scan("Sokhna a été vue.") if f.category == "name"]


@pytest.mark.parametrize("text, span", [
    ("ਮਰੀਜ਼ ਦੀ ਉਮਰ 91 ਸਾਲ, ਪਿੰਡ ਭੁੱਚੋ।", "ਭੁੱਚੋ"),
    ("ঠিকানা: গ্রাম রামপুর, পোস্ট কালনা", "কালনা"),
    ("Науқас, 93 жаста, Қарабұлақ ауылынан.", "Қарабұлақ"),
    ("Цэцэрлэг сум, 3-р баг", "Цэцэрлэг"),
    ("പാലാ സ്വദേശി.", "പാലാ"),
    ("อาศัยอยู่ที่ สันทราย", "สันทราย"),
    ("Оршин суугаа газар: Баянхонгор", "Баянхонгор"),
    ("Живи у Чачак.", "Чачак"),
    ("قادم من تيزي وزو.", "تيزي"),
    ("כתובת: רחוב הגפן 8, טבריה", "טבריה"),
    ("მისამართი: რუსთაველის ქ. 4, გორი", "გორი"),
    ("Endereço: Rua das Flores, 12, Mucugê - BA, 46750-000", "Mucugê"),  # a Brazilian town and its state
])
def test_eighteenth_round_recall_towns_by_kind_or_residence_in_other_scripts(text, span):
    assert span in [f.text for f in scan(text) if f.category == "place"]


# Twentieth round, the retrained model: a clock time beside a day's word is no postcode, the
# day's word no place, and a month's name heading a timeline no person; a speaker named June
# in a thread stays a name.
@pytest.mark.parametrize("text", [
    "Plan: repeat bloods 0600 tomorrow, consultant review 1630 today.",
    "Seen at 0830; febrile overnight, settled by 1400.",
    "März: stabil; April: Rezidiv, Mai: Remission.",
    "Enero: sin cambios; Febrero: control en consulta.",
])
def test_clock_times_day_words_and_month_headings_are_not_identifiers(text):
    assert scan(text) == [], [(f.category, f.text, f.why) for f in scan(text)]


def test_a_speaker_named_after_a_month_stays_a_name():
    text = "June: can you see bed 4?\nMark: on my way"
    assert {f.text for f in scan(text) if f.category == "name"} >= {"June", "Mark"}


@pytest.mark.parametrize("text,span", [
    # a town before its postal code's label, a state's letters between, or before a state and a ZIP
    ("Domicilio: Belgrano 412, Tilcara, CP Y4624AGB.", "Tilcara"),
    ("Διεύθυνση: Λεωφόρος Μακαρίου 22, Πάφος Τ.Κ. 8220", "Πάφος"),
    ("Baracoa - RS, CEP 69900-000", "Baracoa"),
    ("Mailing: 12 Main St, Sebring, FL 33870.", "Sebring"),
    # a town after a verb of coming from it (English, Spanish, Tok Pisin, Tagalog)
    ("His wife drove him from Handsworth in the van.", "Handsworth"),
    ("Doña Ixchel vino desde Patzún con su nieta.", "Patzún"),
    ("Em i kam long ples Asaro.", "Asaro"),
    ("Taga-Douarnenez siya, nag-uma.", "Douarnenez"),
    # a Turkic village's noun after it; an Italian residence label; a smaller town after "from"
    ("Şəki kəndindən gəlib.", "Şəki"),
    ("Residenza: Dukhan.", "Dukhan"),
    ("Moved from Ohio to Paysandú.", "Paysandú"),
    # a hospital named by its town (Arabic, Kyrgyz, Belarusian, Finnish)
    ("قسم المستعجلات — المستشفى الإقليمي بتارودانت", "المستشفى الإقليمي بتارودانت"),
    ("Нарын облустук бириккен ооруканасы", "Нарын облустук бириккен ооруканасы"),
    ("ВЫПІСКА - Лідская цэнтральная раённая бальніца", "Лідская цэнтральная раённая бальніца"),
    ("EPIKRIISI - Savonlinnan keskussairaala, sisätautien osasto", "Savonlinnan keskussairaala"),
])
def test_twenty_first_round_places(text, span):
    assert ("place", span) in [(f.category, f.text) for f in scanner_rules(text)], [
        (f.category, f.text, f.why) for f in scanner_rules(text)]


@pytest.mark.parametrize("text", [
    "The 2016 Montreux recommendations were quoted.",  # a town's name on a guideline
    "Beaufort force 7, swell 4 m.",
    "See PubMed ID 76008.",  # a state's letters without a comma before
    "Transferred from Cardiology. Came in from Monday clinic.",
    "نقل إلى المستشفى لمدة يومين بسبب الحمى. بقي في المستشفى العام بسبب الألم",  # "the hospital", "because"
    "Potilas siirrettiin sairaalaan. Kotiutus terveyskeskukseen.",
])
def test_twenty_first_round_not_places(text):
    assert not [f for f in scanner_rules(text) if f.category == "place"]
