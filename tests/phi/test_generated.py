"""The PHI scanner on the generated corpus (tests/phi/generated.py): its tuning part, its
held-out part (never tuned on: only its figures are read), the phrasings issue 16 named, and
literature references in the sections that cite."""
from __future__ import annotations

import pytest

from community.platform.phi import CATEGORIES, scan
from tests.phi.corpus import evaluate
from tests.phi.generated import (
    CATEGORY_ORDER,
    FRESH,
    FRESH2,
    FRESH3,
    FRESH4,
    FRESH5,
    FRESH6,
    HELD_OUT,
    TUNING,
    TUNING_PART,
    build,
)
from tests.phi.parts import part, parts

# Issue 16's goal on the held-out part.
GOAL_RECALL = 0.95
GOAL_PRECISION = 0.90
# What the scanner reaches now (bench/README.md: 1.000 / 1.000 after the third round, whose
# label fixes and keyword work read its figures), less a margin: a floor against regressions.
HELD_OUT_RECALL = 0.98
HELD_OUT_PRECISION = 0.98


def test_the_generator_is_deterministic_and_labels_exact_spans():
    assert [(n.id, n.text) for n in build(TUNING_PART)] == [(n.id, n.text) for n in TUNING]
    # (the history note of the references is one template shared by every part: its number
    # may repeat by chance)
    tuning = {n.text for n in TUNING if n.expected and "reference-history" not in n.id}
    early = {name: notes for name, notes in parts(last=12).items() if name != "corpus"}
    for name, other in early.items():
        if name != "tuning":
            assert tuning.isdisjoint({n.text for n in other})
    for notes in early.values():
        covered = {e.category for n in notes for e in n.expected}
        assert covered == set(CATEGORIES) == set(CATEGORY_ORDER)
        assert sum(1 for n in notes if not n.expected) >= 40  # clean notes, references
        for note in notes:
            for e in note.expected:
                assert note.text[e.start:e.end] == e.text and e.text.strip() == e.text


def test_the_tuning_part():
    overall, _, problems = evaluate(scan, TUNING)
    assert overall.recall >= 0.98 and overall.precision >= 0.98, problems


def test_the_held_out_part_does_not_regress(capsys):
    overall, _, _ = evaluate(scan, HELD_OUT)  # its misses are not printed: nobody tunes on them
    with capsys.disabled():
        print(f"\nheld-out part: {len(HELD_OUT)} notes, recall {overall.recall:.3f}, "
              f"precision {overall.precision:.3f}")
    assert overall.recall >= HELD_OUT_RECALL
    assert overall.precision >= HELD_OUT_PRECISION


def test_the_fresh_part_does_not_regress():
    """Measured once after the first round (0.826 / 0.933), read since: 0.928 / 0.940 after the
    second, 0.995 / 1.000 after the third (bench/README.md). A floor only."""
    overall, _, _ = evaluate(scan, FRESH)
    assert overall.recall >= 0.98
    assert overall.precision >= 0.98


def test_the_fresh2_part_does_not_regress():
    """Written before the second round was measured, measured once after it (bench/README.md):
    0.843 / 0.901 (the scanner before that round: 0.725 / 0.910). Read in the third round (its
    per-category misses and a label fix): 0.997 / 1.000. A floor only."""
    overall, _, _ = evaluate(scan, FRESH2)
    assert overall.recall >= 0.98
    assert overall.precision >= 0.98


def test_the_fresh3_part_does_not_regress():
    """Written (vocabulary, value shapes and templates) before the third round's scanner was
    run on it, measured once after that round (bench/README.md): 0.910 / 0.979. Read in the
    fourth round (its per-category misses; its "the 11th of March" label moved to the span
    convention, "11th of March"): 0.982 / 0.990 after it, 0.992 / 0.997 after the fifth. A floor
    only."""
    overall, _, _ = evaluate(scan, FRESH3)
    assert overall.recall >= 0.98
    assert overall.precision >= 0.99


def test_the_fresh4_part_does_not_regress():
    """Written (vocabulary, value shapes, templates and whole-note styles: discharge summary,
    referral letter, triage note, nursing handover, laboratory report) before the fourth
    round's scanner was run on it, measured once after the first half of that round
    (bench/README.md): 0.852 / 0.810. Then read (the causes of its misses were worked on, in
    general rules with their own tests): 0.974 / 0.991; 0.980 / 0.991 after the fifth round. A
    floor only."""
    overall, _, _ = evaluate(scan, FRESH4)
    assert overall.recall >= 0.97
    assert overall.precision >= 0.98


def test_the_fresh5_part_does_not_regress():
    """Written (vocabulary, value shapes, keywords, templates and note styles: operation note,
    clinic letter, medicines reconciliation, telephone consultation, SOAP note, MDT list) after
    the fourth round's scanner was finished and before it was run on it, measured once
    (bench/README.md): 0.843 / 0.902. Read in the fifth round (its misses' classes were worked on
    as general rules, with unit tests in other words; its time-and-weekday dates set the span
    convention): 1.000 / 1.000 after it. A floor only."""
    overall, _, _ = evaluate(scan, FRESH5)
    assert overall.recall >= 0.98
    assert overall.precision >= 0.98


def test_the_fresh6_part_does_not_regress():
    """Written (another author's style: ICU and ward handovers, an Indian discharge summary, a
    Brazilian ICU note, an Australian ED note, a ward-round table, a jobs list; UK, Indian,
    Brazilian and Australian values and keywords) after the fifth round's tuning was finished
    and before that scanner was run on it, measured once (bench/README.md): 0.852 / 0.889
    exact, 0.941 / 0.982 overlapping; 0.861 / 0.904 after two labelling errors of its author
    were corrected. Read in the sixth round (its classes of misses became general rules, with
    unit tests in other words in test_scanner.py): 0.995 / 0.998 after it. Tuning data now; a
    floor only."""
    overall, _, _ = evaluate(scan, FRESH6)
    assert overall.recall >= 0.98
    assert overall.precision >= 0.98


def test_the_fresh7_part_does_not_regress():
    """Written (tests/phi/fresh7_notes.py) by another author, blind to the scanner, while the
    sixth round's tuning went on, and not opened until that tuning was finished; measured once
    (bench/README.md): 0.806 / 0.843 exact, 0.923 / 0.967 overlapping. Read in the seventh
    round (its classes of misses became general rules, with unit tests in other words in
    test_scanner.py): 0.995 / 0.995 after it (the three left: "Case No." labelled a record
    number, which fresh2 labels an other identifier). Tuning data now; a floor only."""
    overall, _, _ = evaluate(scan, part("fresh7"))
    assert overall.recall >= 0.98
    assert overall.precision >= 0.98


def test_the_fresh8_part_does_not_regress():
    """Written (tests/phi/fresh8_notes.py) by another author, blind to the scanner, while the
    seventh round's tuning went on, and not opened until that tuning was finished; measured once
    (bench/README.md): 0.777 / 0.771 exact, 0.902 / 0.906 overlapping. Read in the eighth round
    (its classes of misses became general rules, with unit tests in other words in
    test_scanner.py): 1.000 / 1.000 after it. Tuning data now; a floor only."""
    overall, _, _ = evaluate(scan, part("fresh8"))
    assert overall.recall >= 0.98
    assert overall.precision >= 0.98


def test_the_fresh9_part_does_not_regress():
    """Written (tests/phi/fresh9_notes.py) by another author, blind to the scanner, while the
    eighth round's tuning went on, and not opened until that tuning was finished; measured once
    (bench/README.md): 0.783 / 0.865 exact, 0.868 / 0.975 overlapping. Read in the ninth round
    (its classes of misses made rules, with unit tests in other words): 0.954 / 0.952 exact,
    0.996 / 1.000 overlapping. A floor only, 0.02 under that."""
    overall, _, _ = evaluate(scan, part("fresh9"))
    assert overall.recall >= 0.93
    assert overall.precision >= 0.93


def test_the_fresh10_part_does_not_regress():
    """Written (tests/phi/fresh10_notes.py) by another author, blind to the scanner, while the
    ninth round's tuning went on, and not opened until that tuning was finished; measured once
    (bench/README.md): 0.782 / 0.783 exact, 0.886 / 0.887 overlapping. Tuning data since the
    tenth round, which took it to 0.869 / 0.909 exact (overlapping 0.956 / 1.000): a floor
    0.02 under that."""
    overall, _, _ = evaluate(scan, part("fresh10"))
    assert overall.recall >= 0.85
    assert overall.precision >= 0.89


def test_the_fresh11_part_does_not_regress():
    """Written (tests/phi/fresh11_notes.py) by a seventh author, blind to the scanner, while
    the tenth round's tuning went on, and not opened until that tuning was finished; measured
    once (bench/README.md): 0.773 / 0.788 exact, 0.865 / 0.882 overlapping. Not tuned on yet:
    a floor only, 0.02 under that."""
    overall, _, _ = evaluate(scan, part("fresh11"))
    assert overall.recall >= 0.75
    assert overall.precision >= 0.76


def test_the_fresh12_part_does_not_regress():
    """Written (tests/phi/fresh12_notes.py) by an eighth author, blind to the scanner, while
    the eleventh round (the scanner made faster with every finding unchanged; a statistical
    model built beside it) went on; measured once (bench/README.md, "Eleventh round"): 0.671
    / 0.751 exact, 0.766 / 0.858 overlapping. Tuned and trained on in the twelfth round, which
    took it to 0.832 / 0.880 exact: a floor 0.02 under that."""
    overall, _, _ = evaluate(scan, part("fresh12"))
    assert overall.recall >= 0.81
    assert overall.precision >= 0.86


# The twelfth to twenty-first rounds' blind parts, each written by another author blind to the
# scanner and the model, and measured once (bench/README.md, "Twelfth round" to "Twenty-first
# round"; exact figures, then overlapping): fresh13 0.762 / 0.814, 0.882 / 0.941; fresh14 0.744
# / 0.797, 0.882 / 0.947; fresh15 0.742 / 0.787, 0.895 / 0.950; fresh16 0.717 / 0.812, 0.857 /
# 0.971; fresh17 0.733 / 0.780, 0.880 / 0.932; fresh18 0.712 / 0.784, 0.896 / 0.992; fresh19
# 0.771 / 0.787, 0.929 / 0.955; fresh20 0.735 / 0.777, 0.908 / 0.968; fresh21 0.827 / 0.822,
# 0.923 / 0.915; fresh22 0.859 / 0.919, 0.932 / 0.999; fresh23 0.828 / 0.865, 0.943 / 0.992;
# fresh24 0.840 / 0.883, 0.947 / 0.997; fresh25 0.826 / 0.827, 0.932 / 0.938; fresh26 0.867 /
# 0.873, 0.937 / 0.944; fresh27 0.733 / 0.603, 0.916 / 0.754; fresh28 0.837 / 0.737, 0.930 /
# 0.819; fresh29 0.814 / 0.855, 0.933 / 0.981; fresh30 0.807 / 0.813, 0.928 / 0.932; fresh31
# 0.843 / 0.823, 0.956 / 0.944; fresh32 0.854 / 0.899, 0.938 / 0.989; fresh33 0.806 / 0.790,
# 0.951 / 0.933; fresh34 0.889 / 0.844, 0.972 / 0.923; fresh35 0.833 / 0.844, 0.956 / 0.973;
# fresh36 0.821 / 0.861, 0.952 / 0.999; fresh37 0.793 / 0.762, 0.939 / 0.904; fresh38 0.830 /
# 0.882, 0.936 / 0.993; fresh39 0.839 / 0.880, 0.948 / 0.997; fresh40 0.784 / 0.821, 0.941 /
# 0.989; fresh41 0.835 / 0.808, 0.946 / 0.918; fresh42 0.846 / 0.840, 0.971 / 0.968; fresh43
# 0.825 / 0.769, 0.958 / 0.895; fresh44 0.733 / 0.724, 0.909 / 0.900; fresh45 0.725 / 0.721,
# 0.938 / 0.945; fresh46 0.756 / 0.789, 0.951 / 0.992; fresh47 0.779 / 0.746, 0.961 / 0.925;
# fresh48 0.701 / 0.683, 0.893 / 0.870; fresh49 0.779 / 0.756, 0.918 / 0.899; fresh50 0.805 /
# 0.838, 0.945 / 0.989. fresh43 to fresh46 were then trained on, not tuned on (exact at the
# twenty-second round's end: fresh43 0.865 / 0.794, fresh44 0.806 / 0.802, fresh45 0.793 /
# 0.769, fresh46 0.831 / 0.837); each before them was tuned and trained on (exact at the
# twenty-first round's end: fresh13 0.888 / 0.897, fresh14 0.866 /
# 0.873, fresh15 0.868 / 0.872, fresh16 0.899 / 0.902, fresh17 0.891 / 0.904, fresh18 0.842 /
# 0.840, fresh19 0.850 / 0.857, fresh20 0.858 / 0.854, fresh21 0.899 / 0.913, fresh22 0.938 /
# 0.941, fresh23 0.904 / 0.900, fresh24 0.905 / 0.908, fresh25 0.905 / 0.906, fresh26 0.944 /
# 0.945, fresh27 0.835 / 0.843, fresh28 0.909 / 0.912, fresh29 0.891 / 0.895, fresh30 0.874 /
# 0.862, fresh31 0.909 / 0.904, fresh32 0.922 / 0.922, fresh33 0.871 / 0.870, fresh34 0.929 /
# 0.932, fresh35 0.883 / 0.883, fresh36 0.876 / 0.877, fresh37 0.864 / 0.870, fresh38 0.895 /
# 0.899, fresh39 0.894 / 0.899, fresh40 0.880 / 0.874, fresh41 0.883 / 0.884, fresh42 0.877 /
# 0.876). Floors about 0.02 under the latest figures.
TWELFTH_ROUND_FLOORS = [
    ("fresh13", 0.86, 0.87),
    ("fresh14", 0.85, 0.85),
    ("fresh15", 0.85, 0.85),
    ("fresh16", 0.87, 0.88),
    ("fresh17", 0.86, 0.87),
    ("fresh18", 0.82, 0.81),
    ("fresh19", 0.83, 0.83),
    ("fresh20", 0.83, 0.83),
    ("fresh21", 0.88, 0.89),
    ("fresh22", 0.91, 0.91),
    ("fresh23", 0.88, 0.88),
    ("fresh24", 0.88, 0.88),
    ("fresh25", 0.88, 0.88),
    ("fresh26", 0.92, 0.92),
    ("fresh27", 0.81, 0.81),
    ("fresh28", 0.88, 0.89),
    ("fresh29", 0.87, 0.87),
    ("fresh30", 0.85, 0.84),
    ("fresh31", 0.89, 0.88),
    ("fresh32", 0.90, 0.90),
    ("fresh33", 0.85, 0.84),
    ("fresh34", 0.90, 0.91),
    ("fresh35", 0.86, 0.86),
    ("fresh36", 0.85, 0.85),
    ("fresh37", 0.84, 0.85),
    ("fresh38", 0.87, 0.87),
    ("fresh39", 0.87, 0.87),
    ("fresh40", 0.86, 0.85),
    ("fresh41", 0.86, 0.86),
    ("fresh42", 0.85, 0.85),
    ("fresh43", 0.84, 0.77),  # trained on, not tuned on
    ("fresh44", 0.78, 0.78),  # trained on, not tuned on
    ("fresh45", 0.77, 0.75),  # trained on, not tuned on
    ("fresh46", 0.81, 0.81),  # trained on, not tuned on
    ("fresh47", 0.75, 0.72),  # not tuned or trained on yet
    ("fresh48", 0.68, 0.66),  # not tuned or trained on yet
    ("fresh49", 0.75, 0.73),  # not tuned or trained on yet
    ("fresh50", 0.78, 0.81),  # not tuned or trained on yet
]


@pytest.mark.parametrize(("name", "recall", "precision"), TWELFTH_ROUND_FLOORS,
                         ids=[row[0] for row in TWELFTH_ROUND_FLOORS])
def test_the_twelfth_rounds_parts_do_not_regress(name, recall, precision):
    overall, _, _ = evaluate(scan, part(name))
    assert overall.recall >= recall
    assert overall.precision >= precision


def test_the_held_out_part_reaches_the_goal():
    """Issue 16's goal, reached in its second round (0.959 / 0.959, exact spans)."""
    overall, _, _ = evaluate(scan, HELD_OUT)
    assert overall.recall >= GOAL_RECALL
    assert overall.precision >= GOAL_PRECISION


# ---------------------------------------------------------------- issue 16's phrasings

@pytest.mark.parametrize(("text", "category", "span"), [
    ("She drives a car with plate 7ABC123.", "vehicle", "7ABC123"),
    ("His driver's licence D1234567 was in the chart.", "licence", "D1234567"),
    ("The licence GG8162267 belongs to the patient.", "licence", "GG8162267"),
    ("246626618 is his driving licence number.", "licence", "246626618"),
    ("9HHU253 is the plate of the car that hit him.", "vehicle", "9HHU253"),
    ("The van's plate was JAF-3293 according to the police.", "vehicle", "JAF-3293"),
    ("| passport number | 692035161 |", "licence", "692035161"),
    ("Licence:\nD1234567", "licence", "D1234567"),
    ("His MRN is 4820193.", "mrn", "4820193"),
    ("MRN number: 4820193", "mrn", "4820193"),
    ("Medical record no. 4820193", "mrn", "4820193"),
    ("Chart # 5531907", "mrn", "5531907"),
    ("- MRN: 4820193", "mrn", "4820193"),
    ("The bill went to account 86863688.", "account", "86863688"),
    ("7796380406 is the acct.", "account", "7796380406"),
    ("Serial number number 580406396194604.", "device", "580406396194604"),
    ("CPB618036A (IMEI).", "device", "CPB618036A"),
    ("The MRN for this admission is 4820193.", "mrn", "4820193"),
    ("Participant 22-00471 withdrew.", "other_id", "22-00471"),
    ("Her car, registration AB12 CDE, was outside.", "vehicle", "AB12 CDE"),
    ("123 45 6789 (SSN) was on the claim.", "ssn", "123 45 6789"),
    ("Pedro Moreau presented with jaundice.", "name", "Pedro Moreau"),
    ("He was enrolled as study ID WK-1303-1251.", "other_id", "WK-1303-1251"),
    ("SSN on file: 123-45-6789", "ssn", "123-45-6789"),
    ("07499 633150 (fax).", "fax", "07499 633150"),
    ("- fax (552-379-5246)", "fax", "552-379-5246"),
    ("Aged 97.", "age", "97"),
    ("A ninety-two-year-old woman fell.", "age", "ninety-two-year-old"),
    ("Seen on 03-Mar-2024.", "date", "03-Mar-2024"),
    ("She lives at 62 Elm Street.", "address", "62 Elm Street"),
    # third round: a bare noun before the value, arrows, "=", leader dots, abbreviations,
    # no-break spaces, a keyword after the value with a qualifier, plates of other countries
    ("Chart 745315 was opened in the emergency room.", "mrn", "745315"),
    ("564-1377 is the Hosp # on file.", "mrn", "564-1377"),
    ("Per clerking: medical record no\u00a0353024 (checked).", "mrn", "353024"),
    ("D89553484 = Medicaid ID.", "health_plan", "D89553484"),
    ("Her Medicare card reads WZ-869398-58.", "health_plan", "WZ-869398-58"),
    ("HPN 709 437 9696 on the claim form.", "health_plan", "709 437 9696"),
    ("A/C no: # 0371-199720", "account", "0371-199720"),
    ("The bank account ending 6617-325603 was used.", "account", "6617-325603"),
    ("The scooter, reg CGF 1745, was left at the scene.", "vehicle", "CGF 1745"),
    ("Registration no ..... DCE 7787", "vehicle", "DCE 7787"),
    ("7FK1560 = vehicle reg.", "vehicle", "7FK1560"),
    ("Parking records show his car XXH 6133 in the car park.", "vehicle", "XXH 6133"),
    ("1) plate no. MG 02 AL 6840", "vehicle", "MG 02 AL 6840"),
    ("RP9290922 = serial no.", "device", "RP9290922"),
    ("<lot number> CC7621998", "device", "CC7621998"),
    ("The court case 25-13369 is ongoing.", "other_id", "25-13369"),
    ("24-50519 [NI number].", "other_id", "24-50519"),
    ("Soc Sec # ..... 118 85 3300", "ssn", "118 85 3300"),
    ("0450 446 3244 = facsimile no.", "fax", "0450 446 3244"),
    ("Biopsy 11/16/69: benign.", "date", "11/16/69"),
    ("Spoke with Yuki Patel on the phone.", "name", "Yuki Patel"),
    ("They travelled to Galway for the wedding.", "place", "Galway"),
    # names without a title or a relation
    ("Kofi came back a week later.", "name", "Kofi"),
    ("Discussed with Oluwaseun and her son.", "name", "Oluwaseun"),
    ("Nurse spoke to Ravi about the diet.", "name", "Ravi"),
    ("We discussed the plan with Siobhan Kowalczyk.", "name", "Siobhan Kowalczyk"),
    # places named in ordinary sentences
    ("A retired teacher and Fresno resident, she walks daily.", "place", "Fresno"),
    ("A farmer who lives in Porto presented with fever.", "place", "Porto"),
    ("Home town: Porto", "place", "Porto"),
])
def test_phrasings_that_used_to_pass(text, category, span):
    assert (category, span) in [(f.category, f.text) for f in scan(text)]


@pytest.mark.parametrize("text", [
    "He holds a driving licence but has not driven since the seizure.",
    "Platelet count fell to 42 on day 3; the plate and screws were removed.",
    "Cycle number 4 was delayed; no. of episodes: 3; room 12, bed 4.",
    "Parkinson disease and Addison disease were considered.",
    "She renewed her passport last year and flew without problems.",
    "The serial troponins were 14, 88 and 240 ng/L.",
    "His son in France was informed.",
    "Dose no. 3 of the vaccine was given; MRN pending.",
    "In hospital 2019-2020; registration 2021; a skin tag 1234 mm away.",
    # third round: identifiers' keywords beside clinical numbers
    "Chart review of 1500 patients informed the protocol.",
    "Case 1234 of the national audit was ours; claim 3 of the patent is irrelevant.",
    "Heparin 5000 units SC; the pump ran at 1500 mL/h; record 2300 mL of urine.",
    "The case was coded under account ref. ICD-10 I21.4.",
    "QT 440 ms, QRS 96 ms; plate count 1200 colonies per mL at 48 h.",
    "His car was written off in 2015; he sold the van in 2019.",
])
def test_ordinary_sentences_with_those_keywords_are_not_flagged(text):
    assert scan(text) == []


# ---------------------------------------------------------------- references (CARE)

REFERENCES = ("Similar cases were reported (https://doi.org/10.1056/NEJMoa2034577) and "
              "reviewed at https://pubmed.ncbi.nlm.nih.gov/31234567/ and "
              "www.ncbi.nlm.nih.gov/pmc/articles/PMC7654321/; see also "
              "https://www.thelancet.com/journals/lancet/article/PIIS0140-6736.")


@pytest.mark.parametrize("section", ["introduction", "discussion"])
def test_literature_references_in_the_sections_that_cite_are_not_flagged(section):
    assert scan(REFERENCES, section=section) == []


def test_the_same_addresses_elsewhere_are_flagged():
    assert {f.category for f in scan(REFERENCES)} == {"url"}
    assert len(scan(REFERENCES, section="patient_information")) == 4


def test_other_web_addresses_in_the_introduction_still_are():
    text = "Her blog (https://www.example.com/my-lupus-journey) is cited with consent."
    assert [(f.category, f.text) for f in scan(text, section="introduction")] == [
        ("url", "https://www.example.com/my-lupus-journey")]
