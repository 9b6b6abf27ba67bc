"""The PHI scanner's test corpus: short clinical notes annotated with what must be found.

Each note is written with its expected findings marked inline as [[category:text]]; `NOTES`
holds the plain text and the exact spans. Categories are community.phi's (one per HIPAA Safe
Harbor identifier, 45 CFR 164.514(b)(2)). Span conventions: a name without its title; an age
with its attached unit ("92-year-old") or the number alone ("aged 95" -> "95"); an identifier
after its keyword without the keyword ("MRN 123456" -> "123456"); a date without its
preposition, with a time written right after it and a weekday right before it ("Wed 28/07/1961",
"2021-03-12 14:30"; "at 14:30" stays out: issue 16, fifth round). CLEAN notes are full of clinical numbers and eponyms and must yield nothing.

The notes are invented. Any resemblance of a name, number or address to a real one is chance.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = re.compile(r"\[\[(\w+):(.+?)\]\]")


@dataclass(frozen=True)
class Expected:
    category: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Note:
    id: str
    text: str
    expected: tuple[Expected, ...]
    section: str | None = None  # a CARE section key, where the note sits in a write-up


def parse(note_id: str, marked: str) -> Note:
    """Strip the [[category:text]] marks, keeping each span's position in the plain text."""
    plain: list[str] = []
    expected: list[Expected] = []
    position = last = 0
    for match in _MARK.finditer(marked):
        before = marked[last:match.start()]
        plain.append(before)
        position += len(before)
        category, text = match.group(1), match.group(2)
        expected.append(Expected(category, position, position + len(text), text))
        plain.append(text)
        position += len(text)
        last = match.end()
    plain.append(marked[last:])
    return Note(note_id, "".join(plain), tuple(expected))


_PHI = {
    # ---------------------------------------------------------------- names
    "name-title": "Mr. [[name:Okafor]] is a 58-year-old man with type 2 diabetes (HbA1c 8.4%) "
                  "who presented with a 3-day history of fever and dysuria.",
    "name-full-title": "Mrs [[name:Elena Petrova]], 64, was referred with iron-deficiency "
                       "anaemia (Hb 8.1 g/dL, ferritin 6 ng/mL).",
    "name-patient": "The patient, [[name:Juan Carlos Mendoza]], reported two episodes of "
                    "melena. BP 98/60 mmHg, HR 112/min.",
    "name-named": "A 7-year-old boy named [[name:Liam]] was brought in after a fall from a "
                  "trampoline; GCS 15, no focal deficit.",
    "name-relative": "His wife [[name:Mary]] noticed that he had become confused over 2 days. "
                     "Na 118 mmol/L on admission.",
    "name-relative2": "She lives with her daughter [[name:Aisha]] and son-in-law; her mother "
                      "had breast cancer at 45.",
    "name-possessive": "[[name:Priya]]'s symptoms began after a viral illness; troponin I "
                       "peaked at 2.3 ng/mL on day 2.",
    "name-subject": "[[name:Hiroshi Tanaka]] presented with painless jaundice and weight loss "
                    "of 8 kg over 3 months; CA 19-9 was 1450 U/mL.",
    "name-doctor": "She was referred by Dr [[name:Lindqvist]], her general practitioner, "
                   "for a 2/6 systolic murmur.",
    "name-ms": "Ms. [[name:Nguyen]] (G3P2) was admitted at 34 weeks with preeclampsia; "
               "BP 168/104 mmHg, proteinuria 3+.",
    "name-title-possessive": "Mrs [[name:Doe]]'s chest pain began at rest; Mr [[name:Adeyemi]]'s "
                             "chest X-ray was clear.",
    "name-father": "The patient's father, [[name:Robert]], donated a kidney in 2015.",
    "name-called": "The infant, called [[name:Noah]] by the nursing staff, fed poorly "
                   "from day 3.",
    "name-two": "Mr. [[name:Dmitri Volkov]] and his brother [[name:Sergei]] both carry the "
                "HFE C282Y mutation.",
    "name-eponym-mix": "Mrs. [[name:Schmidt]] had Parkinson disease and Cushing syndrome "
                       "was excluded by a dexamethasone suppression test.",
    "name-husband": "Her husband, [[name:Mohammed Al-Rashid]], reported that she had "
                    "snored loudly for years.",
    "name-full": "Follow-up was arranged by [[name:Sarah Connolly]] on the ward; the "
                 "patient remained in sinus rhythm.",
    # ---------------------------------------------------------------- dates
    "date-slash": "She was admitted on [[date:12/03/2024]] with community-acquired "
                  "pneumonia (CURB-65 score 2).",
    "date-iso": "Discharged [[date:2024-03-19]] on apixaban 5 mg twice daily.",
    "date-long": "He was born on [[date:3 March 1951]] and has smoked 40 pack-years.",
    "date-us": "Surgery took place on [[date:March 3rd, 2024]]; blood loss was 350 mL.",
    "date-ordinal": "The rash appeared on the [[date:3rd of March]] and spread to the trunk "
                    "within 48 hours.",
    "date-month-day": "Symptoms started on [[date:June 14]] after a camping trip; Lyme "
                      "serology was positive.",
    "date-month-year": "He was first diagnosed in [[date:September 2019]] and started on "
                       "methotrexate 15 mg weekly.",
    "date-death": "The patient died on [[date:21.11.2023]] of refractory septic shock.",
    "date-abbrev": "Admitted [[date:Jan 5, 2022]] with a blood glucose of 34 mmol/L.",
    "date-dob": "DOB: [[date:07/04/1938]]. Allergies: penicillin (rash).",
    "date-two": "Admitted [[date:4 May 2023]], discharged [[date:11 May 2023]] after 7 days "
                "of IV ceftriaxone 2 g daily.",
    "date-weekday": "On [[date:Tuesday, 8 August 2023]] she developed chest pain; ECG "
                    "showed ST elevation in V1-V4.",
    # ---------------------------------------------------------------- ages over 89
    "age-year-old": "A [[age:92-year-old]] woman presented with a hip fracture after a "
                    "fall at home.",
    "age-aged": "The patient, aged [[age:95]], had atrial fibrillation with a "
                "CHA2DS2-VASc score of 5.",
    "age-yo": "[[age:97 yo]] M with urosepsis, lactate 4.2 mmol/L, creatinine 210 umol/L.",
    "age-years-old": "He was [[age:101 years old]] and lived independently until last year.",
    "age-age": "At age [[age:93]] she underwent TAVI for severe aortic stenosis "
               "(valve area 0.6 cm2).",
    "age-yo-slash": "[[age:91 y/o]] female with delirium; Na 129 mmol/L.",
    "age-mixed": "A [[age:90-year-old]] man and his 88-year-old wife were both admitted "
                 "with norovirus.",
    # ---------------------------------------------------------------- addresses
    "address-street": "She lives alone at [[address:42 Elm Street]] and climbs 14 stairs "
                      "to her flat.",
    "address-avenue": "Found collapsed outside [[address:1600 Pennsylvania Avenue]]; "
                      "initial rhythm was VF.",
    "address-road-unit": "Home address: [[address:17 Kingsway Road, Flat 3]], "
                         "[[place:Leeds]] [[zip:LS6 2QB]].",
    "address-full-us": "Lives at [[address:230 Maple Drive]], [[place:Springfield]], "
                       "IL [[zip:62704]] with her partner.",
    "address-po": "Correspondence to [[address:P.O. Box 4471]] as requested by the family.",
    "address-rd": "He was found at [[address:9 Birchwood Rd]] by a neighbour after 2 days "
                  "on the floor (CK 14,500 U/L).",
    # ---------------------------------------------------------------- places
    "place-lives-in": "A farmer who lives in [[place:Bakersfield]] presented with fever "
                      "and a pulmonary nodule; coccidioidomycosis serology was positive.",
    "place-from": "She had recently travelled from [[place:Lagos]] and had a temperature "
                  "of 39.4 C.",
    "place-county": "He works on a dairy farm in [[place:Lancaster County]] and drinks raw "
                    "milk.",
    "place-hospital": "He was transferred from [[place:St Mary's Hospital]] on day 2 for "
                      "ECMO.",
    "place-city-state": "The family moved to [[place:Tucson]], Arizona, two years ago.",
    "place-city": "Three similar cases were seen at our centre in [[place:Manchester]] "
                  "during the same winter.",
    "place-multiword": "She was born in [[place:Rio de Janeiro]] and moved to "
                       "[[place:Lisbon]] in 2010.",
    "place-town": "The patient is from the town of [[place:Millbrook]], where the water "
                  "supply is from a private well.",
    # ---------------------------------------------------------------- ZIP and postcodes
    "zip-us": "Patient resides in ZIP code [[zip:02139]]; no recent travel.",
    "zip-plus4": "Mailing address ends in MA [[zip:02115-5011]].",
    "zip-uk": "Registered with a practice in postcode [[zip:SW1A 1AA]].",
    "zip-canada": "Her postal code is [[zip:K1A 0B1]], which is within the outbreak area.",
    # ---------------------------------------------------------------- phone and fax
    "phone-us": "Daughter can be reached at [[phone:(617) 555-0142]] for collateral "
                "history.",
    "phone-dashes": "Call the patient on [[phone:555-867-5309]] with the biopsy result.",
    "phone-intl": "His son in France, tel. [[phone:+33 1 42 68 53 00]], was informed.",
    "phone-uk": "Mobile [[phone:07700 900123]]; prefers text messages.",
    "fax-us": "Records were faxed to [[fax:(212) 555-0199]] on request.",
    "fax-label": "GP surgery: phone [[phone:020 7946 0958]], fax [[fax:020 7946 0959]].",
    # ---------------------------------------------------------------- email
    "email": "She emailed photos of the rash from [[email:j.doe1987@example.com]].",
    "email-2": "Contact: [[email:mario.rossi@ospedale.example.it]] (son).",
    "email-3": "The mother's address, [[email:kwame_mensah@mail.example.org]], is on file.",
    # ---------------------------------------------------------------- SSN
    "ssn": "SSN [[ssn:123-45-6789]] was used to verify insurance.",
    "ssn-2": "Social security number: [[ssn:078-05-1120]].",
    "ssn-3": "Registration used SSN [[ssn:219099999]] which was later corrected.",
    # ---------------------------------------------------------------- MRN
    "mrn": "MRN [[mrn:4820193]]. Admitted with DKA, pH 7.08, bicarbonate 6 mmol/L.",
    "mrn-2": "Medical record number: [[mrn:A00938271]].",
    "mrn-3": "Hospital record no. [[mrn:88-301-442]] shows two prior admissions.",
    "mrn-4": "Chart #[[mrn:5531907]] reviewed; echo showed EF 35%.",
    # ---------------------------------------------------------------- health plan
    "plan-medicare": "Medicare number [[health_plan:1EG4-TE5-MK73]] verified at "
                     "registration.",
    "plan-member": "Insurance member ID [[health_plan:XJH449920117]]; prior authorization "
                   "obtained.",
    "plan-nhs": "NHS number [[health_plan:943 476 5919]].",
    "plan-policy": "Health insurance policy no. [[health_plan:POL-7782-3310]] covers the "
                   "implant.",
    # ---------------------------------------------------------------- account
    "account": "Billing account number [[account:10048872231]] was sent to collections.",
    "account-2": "Acct #[[account:77120934]]; self-pay.",
    "account-3": "Refund issued to account no. [[account:GB29NWBK60161331926819]].",
    # ---------------------------------------------------------------- licence / certificate
    "licence-driver": "Driver's licence number [[licence:D1234-56789-01234]] was in his "
                      "wallet.",
    "licence-us": "ID from his driver's license [[licence:S530-4127-6901]].",
    "licence-cert": "Death certificate no. [[licence:2023-004417]] lists sepsis.",
    "licence-passport": "Passport number [[licence:X12345678]] was used for the transfer.",
    # ---------------------------------------------------------------- vehicle
    "vehicle-plate": "The car, licence plate [[vehicle:AB12 CDE]], left the road at speed.",
    "vehicle-vin": "The motorcycle's VIN [[vehicle:1HGCM82633A004352]] was recorded by "
                   "police.",
    "vehicle-plate-us": "He was struck by a truck with license plate [[vehicle:7XYZ123]].",
    # ---------------------------------------------------------------- device
    "device-serial": "Pacemaker serial number [[device:PJN123456S]] was interrogated; "
                     "battery 8 years.",
    "device-sn": "Insulin pump S/N [[device:MMT-7821-44390]] was downloaded.",
    "device-udi": "ICD device ID [[device:(01)00643169001763]] recorded in the notes.",
    "device-imei": "The glucose monitor's phone app (IMEI [[device:356938035643809]]) "
                   "synced readings.",
    # ---------------------------------------------------------------- URLs and IPs
    "url": "She kept a blog about her illness at [[url:https://www.example.com/my-lupus-journey]].",
    "url-www": "Photos were shared on [[url:www.example.org/family/album42]].",
    "url-bare": "Her fundraising page, [[url:gofundme.example.com/help-anna]], "
                "describes the diagnosis.",
    "ip-v4": "The telemonitoring device uploaded from [[ip:192.168.14.201]].",
    "ip-v6": "Remote access logged from [[ip:2001:db8:85a3::8a2e:370:7334]].",
    "ip-v4-2": "Login from IP [[ip:203.0.113.45]] at the time of the message.",
    # ---------------------------------------------------------------- other identifiers
    "other-id": "Study participant ID [[other_id:RX-2231-0047]] was unblinded.",
    "other-employee": "Employee number [[other_id:E4471920]] at the plant.",
    # ---------------------------------------------------------------- mixed
    "mixed-1": "Mr. [[name:Kowalski]], a [[age:94-year-old]] retired miner from "
               "[[place:Scranton]], was admitted on [[date:2 February 2024]] (MRN "
               "[[mrn:7719203]]) with a COPD exacerbation; pH 7.29, pCO2 8.1 kPa.",
    "mixed-2": "Contact his niece [[name:Fatima]] at [[phone:+44 7700 900456]] or "
               "[[email:fatima.h@example.net]].",
    "mixed-3": "Ms. [[name:Rivera]] was seen on [[date:10/15/2023]]; her records from "
               "[[place:Massachusetts General Hospital]] were reviewed.",
}

_CLEAN = {
    "clean-labs": "Hb 9.8 g/dL, WBC 14.2 x10^9/L, platelets 98 x10^9/L, Na 131 mmol/L, "
                  "K 5.6 mmol/L, creatinine 182 umol/L, CRP 212 mg/L.",
    "clean-vitals": "BP 120/80 mmHg, HR 110/min, RR 24/min, SpO2 91% on room air, "
                    "temperature 38.9 C.",
    "clean-ecg": "ECG: sinus rhythm 72 bpm, PR 220 ms, QRS 148 ms, QTc 512 ms, left "
                 "bundle branch block.",
    "clean-scores": "CHA2DS2-VASc 4, HAS-BLED 2, Wells score 6, CURB-65 3, NIHSS 14, "
                    "GCS 9 (E2 V2 M5), APACHE II 24.",
    "clean-murmur": "A 2/6 ejection systolic murmur and a 3/6 pansystolic murmur at the "
                    "apex; JVP raised 4 cm.",
    "clean-obstetric": "G3P2 at 36+4 weeks, fundal height 35 cm, Bishop score 8, "
                       "fetal heart rate 140/min.",
    "clean-tnm": "Staged as T2N1M0 (stage IIB) adenocarcinoma; Gleason 4+3=7; "
                 "Breslow thickness 1.2 mm.",
    "clean-doses": "Started on amoxicillin 500 mg three times daily, prednisolone 40 mg "
                   "once daily for 5 days, and enoxaparin 1 mg/kg twice daily.",
    "clean-timeline": "Day 0: admission. Day 3: intubated. Week 2: extubated. Month 6: "
                      "back at work. The same pattern was described in 2019.",
    "clean-eponyms": "Differential: Cushing syndrome, Addison disease, Graves disease, "
                     "Hashimoto thyroiditis and Conn syndrome.",
    "clean-eponyms-2": "Gram stain showed Gram-positive cocci; Ziehl-Neelsen stain was "
                       "negative. Kernig sign and Brudzinski sign were absent.",
    "clean-eponyms-3": "Guillain-Barré syndrome was considered; Babinski sign was positive "
                       "on the left and Romberg test was negative.",
    "clean-eponyms-4": "Findings met the modified Duke criteria and Jones criteria were "
                       "not fulfilled. Osler nodes and Janeway lesions were present.",
    "clean-places-eponym": "Esophagitis was graded Los Angeles grade B; pancreatitis was "
                           "classified by the revised Atlanta classification; the Ottawa "
                           "ankle rules were applied.",
    "clean-drugs": "Medications: metformin, lisinopril, atorvastatin, warfarin, "
                   "levothyroxine, sertraline, and tamsulosin.",
    "clean-ratios": "INR 3.4, FEV1/FVC 0.62, albumin/creatinine ratio 35 mg/mmol, "
                    "E/e' ratio 15, Kt/V 1.3.",
    "clean-ages": "A 67-year-old man and a 45-year-old woman; the oldest patient in "
                  "the series was 90 or older. Ages ranged from 18 to 89.",
    "clean-years": "She was diagnosed with lupus in 2019 and started belimumab in 2021; "
                   "guidelines from 2023 were followed.",
    "clean-citations": "Similar cases were reported by Smith et al. (2018) and by "
                       "Johnson and Lee [12]; Wilson disease was excluded.",
    "clean-blood-gas": "ABG: pH 7.21, pCO2 9.4 kPa, pO2 7.8 kPa, HCO3 28 mmol/L, "
                       "base excess -2, lactate 3.1.",
    "clean-imaging": "CT showed a 3.2 x 2.1 cm mass in segment VII; SUVmax 11.4; "
                     "Bosniak IIF cyst in the left kidney.",
    "clean-counts": "CD4 count 180 cells/uL, viral load 45,000 copies/mL; HLA-B*57:01 "
                    "negative.",
    "clean-fluids": "Given 30 mL/kg of crystalloid (2,100 mL) over 3 hours; urine output "
                    "0.3 mL/kg/h.",
    "clean-times": "Door-to-needle time was 42 minutes; symptom onset 2 hours 15 minutes "
                   "before arrival; alteplase 0.9 mg/kg.",
    "clean-eponym-signs": "Murphy sign positive; Courvoisier sign absent; Trousseau sign "
                          "and Chvostek sign were positive with calcium 1.6 mmol/L.",
    "clean-classification": "NYHA class III, Killip class II, Child-Pugh B (8 points), "
                            "MELD 18, ECOG 2, Karnofsky 60%.",
    "clean-genes": "Genetic testing found BRCA2 c.5946delT and a variant of uncertain "
                   "significance in MYH7 (p.Arg403Gln).",
    "clean-steroid-taper": "Dexamethasone 6 mg for 10 days, then prednisolone tapering "
                           "by 5 mg every 7 days from 30 mg.",
    "clean-sections": "The patient is a retired teacher in her sixties who lives with "
                      "her husband; she walks 2 km daily.",
    "clean-hospital-generic": "She was admitted to a tertiary hospital and transferred to "
                              "the intensive care unit on day 2.",
    "clean-references": "Parkinson's disease, Alzheimer's disease and Huntington's disease "
                        "share this mechanism (see Wernicke's area, Broca's area).",
    "clean-spirometry": "FEV1 1.2 L (45% predicted), FVC 2.4 L, DLCO 38%; 6-minute walk "
                        "240 m with desaturation to 84%.",
}

# Written after the scanner's first version and measured before any change to it (the
# first figures in bench/README.md); harder phrasing, lists, lower case, other cultures.
_LATER = {
    "later-1": "Pt is a [[age:96 yr old]] retired seamstress (lives w/ daughter "
               "[[name:Giulia]]) admitted via ED on [[date:14/2/2023]].",
    "later-2": "Seen in clinic [[date:Oct 2nd]]; INR 2.6, warfarin continued at 4 mg.",
    "later-3": "Parents: [[name:Adebayo]] and [[name:Ngozi Okonkwo]]; consanguinity denied.",
    "later-4": "He drove his van (reg [[vehicle:KX19 TYU]]) to the practice despite "
               "the seizure.",
    "later-5": "Admission: [[date:1st January 2024]]. Discharge: [[date:January 9th]].",
    "later-6": "Lives in [[place:Kraków]] with his wife; works as a tram driver.",
    "later-7": "Referred from [[place:Royal Brompton Hospital]] for a second opinion.",
    "later-8": "Tel: [[phone:+1 (415) 555-0123]] (patient), [[phone:415.555.0187]] (wife).",
    "later-9": "The [[age:104-year-old]] had never been admitted before.",
    "later-10": "Pt ID [[mrn:00291847]], DOB [[date:3/9/1931]].",
    "later-11": "Email the results to [[email:dr.k.osei@clinic.example.gh]] please.",
    "later-12": "Her employer, [[name:Tomasz Wiśniewski]], drove her to hospital.",
    "later-13": "Insulin pump serial no. [[device:NG1234567H]] alarmed at 03:00 on day 4.",
    "later-14": "CT on [[date:5 Dec]] showed a 4 cm abscess; drained on day 2.",
    "later-15": "He was found near [[address:27 Rue de Rivoli]], [[place:Paris]], "
                "unconscious.",
    "later-16": "Mrs [[name:O'Sullivan]] (aged [[age:99]]) declined surgery.",
    "later-17": "Contact via WhatsApp [[phone:+234 803 123 4567]].",
    "later-18": "Transferred to [[place:Aberdeen]] by air ambulance; ISS 34.",
    "later-19": "Born [[date:29 February 1932]] in a village near the coast.",
    "later-20": "Medicaid ID [[health_plan:98234417B]] active since 2021.",
    "later-21": "Accompanied by her grandson [[name:Kofi]], who translated from Twi.",
    "later-22": "Discharged home to [[address:8 Harbour View Close]] on day 11.",
    "later-23": "Prescriber DEA number [[licence:AB1234563]] on the script.",
    "later-24": "See [[url:http://example.net/case?id=4471]] for the video.",
    "later-25": "Server [[ip:10.0.0.17]] stored the Holter recordings.",
    "later-26": "Our patient, [[name:Ahmed]], had Behçet disease with oral ulcers.",
    "later-27": "Mr [[name:de la Cruz]] underwent a Whipple procedure in 2020.",
    "later-28": "At his 95th birthday party he choked on steak (Heimlich manoeuvre "
                "successful).",
    "later-29": "Clean: Virchow triad present; Trousseau syndrome suspected; Homans sign "
                "negative; Wells score 7; D-dimer 4,200 ng/mL.",
    "later-30": "Clean: Hb dropped from 13.2 to 7.9 g/dL over 48 h; transfused 2 units; "
                "OGD (Forrest IIa ulcer) on day 1.",
}

NOTES: tuple[Note, ...] = tuple(parse(k, v) for k, v in
                                {**_PHI, **_CLEAN, **_LATER}.items())
CLEAN_IDS = frozenset(_CLEAN) | {"later-29", "later-30"}
LATER_IDS = frozenset(_LATER)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def evaluate(scan, notes=NOTES) -> tuple[Score, dict[str, Score], list[str]]:
    """Exact matching: a finding counts when its category, start and end are those of an
    expected span. Returns (overall, per category, the misses and false alarms)."""
    overall, per = Score(), {}
    problems: list[str] = []
    for note in notes:
        found = scan(note.text, section=note.section) if note.section else scan(note.text)
        got = {(f.category, f.start, f.end): f.text for f in found}
        want = {(e.category, e.start, e.end): e.text for e in note.expected}
        for key in got.keys() | want.keys():
            score = per.setdefault(key[0], Score())
            if key in got and key in want:
                score.tp += 1
                overall.tp += 1
            elif key in got:
                score.fp += 1
                overall.fp += 1
                problems.append(f"false alarm in {note.id}: {key[0]} {got[key]!r}")
            else:
                score.fn += 1
                overall.fn += 1
                problems.append(f"missed in {note.id}: {key[0]} {want[key]!r}")
    return overall, per, problems
