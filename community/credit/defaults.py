"""The configuration a new Rounds starts with, written to the database the first time the
credit office designates something; from then on it is the office's to edit (/credit/admin).
The statements follow the wording the credit systems publish; the provider replaces the
placeholders with its own accreditation."""
from __future__ import annotations

PROVIDER = {
    "name": "Rounds",
    "accreditation_statement": (
        "This activity has been planned and implemented in accordance with the accreditation "
        "requirements and policies of the accrediting body through the joint providership of "
        "the accredited provider named here. Replace this text with your provider's "
        "accreditation statement."),
    "claim_window_days": 30,
    "follow_up_days": 28,
}

CREDIT_TYPES = [
    {"key": "ama_pra_1", "name": "AMA PRA Category 1 Credit™", "position": 1,
     "credentials": ["MD", "DO", "MBBS"], "required_fields": [],
     "designation_statement": (
         "The accredited provider designates this activity for a maximum of {credits} AMA PRA "
         "Category 1 Credit(s)™. Physicians should claim only the credit commensurate with "
         "the extent of their participation in the activity.")},
    {"key": "nursing", "name": "Nursing contact hours", "position": 2,
     "credentials": ["RN", "NP"], "required_fields": ["licence_number"],
     "designation_statement": "This activity provides {credits} nursing contact hour(s)."},
    {"key": "acpe", "name": "ACPE pharmacy credit", "position": 3,
     "credentials": ["PharmD"], "required_fields": ["nabp_eprofile_id", "birth_month_day"],
     "designation_statement": (
         "This knowledge-based activity provides {credits} contact hour(s) of ACPE credit, "
         "reported to CPE Monitor with the learner's NABP e-Profile ID and birth month and "
         "day.")},
    {"key": "aapa_1", "name": "AAPA Category 1 CME credit", "position": 4,
     "credentials": ["PA"], "required_fields": [],
     "designation_statement": (
         "This activity is designated for {credits} AAPA Category 1 CME credit(s). PAs should "
         "only claim credit commensurate with the extent of their participation.")},
    {"key": "participation", "name": "Certificate of participation", "position": 5,
     "credentials": [], "required_fields": [],
     "designation_statement": (
         "This certifies participation in an activity designated for a maximum of {credits} "
         "AMA PRA Category 1 Credit(s)™ for physicians.")},
]
