"""Words two trades share with two meanings, told apart by the words around them.

A skill named by a gerund ("Shipping") is shown by its past tense ("shipped orders"),
see ``wording._done_evidence``; a few verbs are as common in another trade with
another meaning, told apart by their object (``released``). Names and letters that
mean another trade's thing ("PLC", "CMA", "corrective action") are told apart by the
trade words of their sentence, one ``Sense`` record each (``out_of_trade``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tailor_app.tailoring.text import word_set

__all__ = ["OTHER_SENSE", "SENSES", "Sense", "out_of_trade", "released"]

# "Shipped" tells two trades: a warehouse ships orders, a software team ships what it
# built ("shipped Yoda - the admin interface", "shipped 12 features"). When one of
# these names the object, within its first words, the verb is a release and shows
# no Shipping.
_RELEASE_OBJECTS = word_set(
    """
    feature features release releases version versions app apps application applications
    code api apis update updates platform platforms interface interfaces service services
    sdk sdks mvp mvps website websites site sites ui uis model models software production
    prod
    """)
_OBJECT_END = word_set("and or to for from with in on at by")
_OBJECT_WORD = re.compile(r"[\w.]+|[,.;:()]")
_RELEASE_VERBS = frozenset({"shipp", "ship"})


def released(stem: str, text: str, end: int) -> bool:
    """Is the verb ending at ``end`` a software release rather than the skill's trade?
    Only verbs with that second sense are checked; the object is read up to five
    words, to a clause's end or a preposition ("shipped orders to the app's users"
    still ships)."""
    if stem not in _RELEASE_VERBS:
        return False
    for n, word in enumerate(_OBJECT_WORD.findall(text, end)):
        low = word.lower()
        if n >= 5 or low in _OBJECT_END or low in ",.;:()":
            return False
        if low in _RELEASE_OBJECTS or re.fullmatch(r"v\d[\w.]*", low):
            return True
    return False


@dataclass(frozen=True)
class Sense:
    """One skill whose everyday words name another trade's thing, kept as one record so
    a new sense is written in one place: its words, the words of its own trade, the
    words of the other trade and the skill those words name there."""

    skill: str
    bare: re.Pattern[str]
    """The everyday words (or bare letters) the two trades share."""
    own: re.Pattern[str]
    """Words of the skill's own trade: beside them the bare words keep its sense."""
    other: re.Pattern[str] | None = None
    """Words of the other trade. Without them the bare words leave the skill only where
    no word of its own trade is near; with them, only where one of these is."""
    other_skill: str | None = None
    """The vocabulary's skill the bare words name in the other trade, if it has one."""
    whole_text: bool = False
    """Letters that stand alone in a credentials list ("CMA, 2021"), where the sentence
    names no trade: the whole resume or posting is read instead."""
    other_wins: bool = False
    """The other trade's words decide even beside the skill's own: they name the bare
    words' object or use so closely ("explain call plans and data plans to business
    accounts": a tariff, though "accounts" is a seller's word) that a word of the own
    trade elsewhere in the sentence does not bring the skill back. Without them the
    bare words keep the skill only beside its own trade's words, as with no ``other``."""


# A name whose everyday words mean another trade's thing: "corrective action" is a
# quality system's CAPA beside nonconformances or a root cause, and an HR manager's
# discipline beside performance management and terminations. The bare words show the
# quality skill only with a word of that trade in the same sentence; the acronym or the
# full name ("corrective and preventive action") always does.
SENSES: dict[str, Sense] = {sense.skill: sense for sense in (
    # A road crew patches potholes, a painter drywall, a roofer shingles; an IT team
    # patches servers. Beside the thing patched the verb names no software patching.
    Sense("Patch Management",
          bare=re.compile(r"patch(?:es|ed|ing)?", re.IGNORECASE),
          own=re.compile(
              r"\b(?:software|security|servers?|windows|linux|os|updates?|vulnerab\w*|wsus"
              r"|intune|sccm|endpoints?|firmware|releases?|cves?|workstations?|laptops?)\b",
              re.IGNORECASE),
          other=re.compile(
              r"\b(?:potholes?|asphalt|roads?|streets?|pavement|drywall|walls?|roofs?"
              r"|shingles?|holes?|cracks?|leaks?|tires?|tubes?|concrete|plaster|ceilings?"
              r"|carpets?|fences?|sidewalks?|curbs?|siding)\b", re.IGNORECASE)),
    # An HVAC or home-care technician tests rooftop units and emergency response units;
    # a developer's unit tests are code.
    # A millwright fabricates brackets and rigs machinery; a dental lab fabricates
    # crowns, a cook fish, an animator rigs characters (review28 A4).
    Sense("Fabrication",
          bare=re.compile(r"[Ff]abricat\w*"),
          own=re.compile(r"\b(?:weld\w*|brackets?|steel|metal|sheet|plate|beams?|pipes?"
                         r"|ducts?|chutes?|frames?|mounts?|guards?)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:crowns?|bridges?|dentures?|temporar\w*|aligners?|retainers?|dental"
              r"|proteins?|fish|seafood|meats?|poultry|forecasts?|data|evidence|results"
              r"|stor(?:y|ies)|records?)\b", re.IGNORECASE),
          other_wins=True),
    Sense("Rigging",
          bare=re.compile(r"[Rr]ig(?:s|ged|ging)?"),
          own=re.compile(r"\b(?:cranes?|chain[ -]falls?|hoists?|slings?|shackles?|loads?"
                         r"|equipment|machinery|motors?|truss\w*|rolls?|come-alongs?)\b",
                         re.IGNORECASE),
          other=re.compile(
              r"\b(?:characters?|maya|blender|animat\w*|3d|skinning|skin|models?|sails?"
              r"|boats?|yachts?|raffles?|elections?|bids?|votes?|games?)\b", re.IGNORECASE),
          other_wins=True),
    Sense("Unit Testing",
          bare=re.compile(r"test\w*[ \t]+(?:[\w/-]+[ \t]+){0,3}units?", re.IGNORECASE),
          own=re.compile(
              r"\b(?:software|code|jest|pytest|junit|tdd|automated|python|java|javascript"
              r"|integration|functions?|modules?|classes?|coverage|ci|apis?|mocks?)\b",
              re.IGNORECASE),
          other=re.compile(
              r"\b(?:hvac|rooftop|rtus?|a/?c|air|heating|furnaces?|condens\w*|pers|alarms?"
              r"|emergency|smoke|detectors?|generators?|refrigerat\w*|freezers?|coolers?"
              r"|breakers?|batter(?:y|ies)|clients?|homes?|patients?|residents?|dialysis"
              r"|radios?|vehicles?|trucks?)\b", re.IGNORECASE)),
    Sense("Corrective and Preventive Action",
          bare=re.compile(r"corrective[ \t]+actions?", re.IGNORECASE),
          own=re.compile(
              r"\b(?:preventi(?:ve|ng)|preventative|capas?|nonconform\w*|non-conform\w*"
              r"|root[ -]causes?|quality|defects?|deviations?|8d|iso|fda|gmp|suppliers?"
              r"|inspections?|ncrs?|mrb|scrap|rework|cgmp|validation)\b", re.IGNORECASE)),
    # A school's PLC is a professional learning community of teachers ("meet weekly
    # with the grade-level PLC"); a plant's is a programmable logic controller.
    Sense("PLC Programming",
          bare=re.compile(r"PLCs?"),
          own=re.compile(
              r"\b(?:program\w*|ladder|logic|controls?|controllers?|automation|allen[ -]bradley"
              r"|rockwell|siemens|hmis?|scada|vfds?|drives?|servos?|robot\w*|electrical|wiring"
              r"|instrument\w*|machines?|machinery|equipment|sensors?|motors?|panels?|i/o"
              r"|troubleshoot\w*|industrial|manufacturing|maintenance)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:teachers?|teaching|students?|grade[ -]level|grades?|classrooms?|instruction\w*"
              r"|parents?"
              r"|curriculum|lessons?|schools?|collaborat\w*|learning|colleagues|educators?"
              r"|department|data[ -]driven|student[ -]data|assessments?|reteach\w*"
              # A school's calendar of meetings: "attend faculty meetings, PLCs, and
              # professional development".
              r"|faculty|professional[ -]development|campus|principals?|staff[ -]meetings?"
              # "Participate in weekly PLC meetings": a school's meetings; a plant's PLC
              # work names its own words beside them ("troubleshoot PLCs") (recall16).
              r"|meetings?)\b",
              re.IGNORECASE),
          other_skill="Professional learning communities"),
    # A hotel's ADR is its average daily rate ("drive RevPAR and ADR"); a lawyer's is
    # alternative dispute resolution.
    Sense("Alternative Dispute Resolution",
          bare=re.compile(r"ADR"),
          own=re.compile(
              r"\b(?:disputes?|mediat\w*|arbitrat\w*|litigat\w*|legal|claims?|settle\w*|courts?"
              r"|attorneys?|lawyers?|law|cases?|grievances?|conflicts?)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:revpar|occupancy|hotels?|rooms?|rates?|revenue|hospitality|ota|str|gop"
              r"|yield|forecasts?|budgets?|p&l)\b", re.IGNORECASE),
          other_skill="Average daily rate"),
    # A nurse aide's I&O is a resident's fluid intake and output ("record I&O"); a
    # plant's or a programmer's I/O is a controller's inputs and outputs ("troubleshoot
    # PLC I/O", "traced input/output faults"). "I&O" is the care spelling and always
    # keeps the skill; "I/O" and "input/output" keep it only beside care words (not a
    # shift's or a client's, which a plant has too: review23 N4).
    Sense("Intake and Output",
          bare=re.compile(r"I[ \t]*/[ \t]*O|input(?:[ \t]*/[ \t]*|[ \t]+and[ \t]+)output",
                          re.IGNORECASE),
          own=re.compile(
              r"\b(?:patients?|residents?|fluids?|urine|urinary|voids?|voiding|foley"
              r"|catheters?|vital|vitals|weights?|meals?|feedings?|tube|edema|dialysis|nurs\w*"
              r"|cnas?|aides?|strict|hydration|emesis)\b",
              re.IGNORECASE)),
    # An apartment community's or a building's service request is a work order ("close
    # resident service requests within 24 hours"); a help desk's or a call center's is a
    # ticket of another kind. The words keep the work order only beside its own trade's.
    Sense("Work orders",
          bare=re.compile(r"service[ \t]+requests?", re.IGNORECASE),
          # Only the maintenance side's own words: "buildings", "homes", "units" or
          # "repairs" stand as often beside a help desk's or an insurer's requests
          # (review23 N2).
          own=re.compile(
              r"\b(?:residents?|tenants?|apartments?|townhomes?|maintenance|make-?ready"
              r"|turns?|hvac|plumbing|appliances?|porters?|work[ -]orders?)\b",
              re.IGNORECASE)),
    # A machine shop's CAM is computer-aided manufacturing ("CAD/CAM", "CAM toolpaths");
    # an apartment community's is the Certified Apartment Manager designation ("CAM or
    # ARM designation preferred").
    Sense("Computer-Aided Manufacturing",
          bare=re.compile(r"CAM"),
          own=re.compile(
              r"\b(?:cnc|machin\w*|cad|toolpaths?|g-code|gcode|mastercam|fusion|manufactur\w*"
              r"|programm\w*|mill\w*|lathes?|fixtures?|parts|solidworks|nc|5-axis|3-axis"
              r"|engineer\w*)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:apartments?|multifamily|multi-family|designations?|credentials?|naa|arm"
              r"|community[ \t]+manager|residents?|property[ \t]+manag\w*|leasing)\b",
              re.IGNORECASE),
          other_skill="Certified Apartment Manager"),
    # A hospital's L&D is its labor and delivery unit ("float to L&D and peds", "L&D
    # nurse"); an HR team's is learning and development ("build the L&D calendar").
    # Beside a hospital's words the letters name the unit, a place, and ask no HR skill.
    Sense("Learning and Development",
          bare=re.compile(r"L&D"),
          own=re.compile(
              r"\b(?:training|trainings|learning|employees?|workforce|hr|talent|onboarding"
              r"|e-learning|elearning|lms|instructional|facilitat\w*|workshops?|leadership"
              r"|programs?)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:nurs\w*|patients?|peds|pediatrics?|nicu|picu|icu|ob|obstetric\w*"
              r"|postpartum|mother-baby|newborns?|births?|deliveries|float|units?|floors?"
              r"|nrp|pals|rn|rns|c-sections?|antepartum)\b", re.IGNORECASE)),
    # A data team's CTEs are SQL's common table expressions ("joins, CTEs, window
    # functions"); a school's CTE is career and technical education.
    Sense("Career and Technical Education",
          bare=re.compile(r"CTEs?"),
          own=re.compile(
              r"\b(?:career|technical|vocational|students?|teach\w*|courses?|pathways?|schools?"
              r"|classrooms?|curriculum|perkins|instructors?|welding|automotive|culinary"
              r"|cosmetology|agricultur\w*|health science|industry certifications?)\b",
              re.IGNORECASE),
          other=re.compile(
              r"\b(?:sql|t-sql|queries|query|joins?|subquer\w*|window functions?|databases?"
              r"|postgres\w*|mysql|snowflake|bigquery|redshift|recursive|stored procedures?"
              r"|views|dbt)\b", re.IGNORECASE)),
    # A seller builds pipeline ("build pipeline through outbound prospecting"); a DevOps
    # engineer builds software in build pipelines.
    Sense("Build pipelines",
          bare=re.compile(r"build[ \t]+pipelines?", re.IGNORECASE),
          own=re.compile(
              r"\b(?:ci|cd|ci/cd|jenkins|github|gitlab|azure[ \t]+devops|deploy\w*|releases?"
              r"|docker|kubernetes|tests?|testing|code|software|devops|artifacts?|compil\w*"
              r"|automat\w*|infrastructure|terraform)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:prospect\w*|sales|leads?|quotas?|outbound|inbound|deals?|revenue|accounts?"
              r"|customers?|clients?|sdrs?|aes?|opportunit\w*|crm|salesforce|hubspot|territor\w*"
              r"|selling|referrals?|networking)\b", re.IGNORECASE),
          other_skill="Pipeline Management"),
    # A seller's "new logos" are new customer accounts ("close 12+ new logos a month",
    # "land new logos"); a designer's logos are marks drawn for a brand.
    Sense("Logo Design",
          bare=re.compile(r"logos?", re.IGNORECASE),
          own=re.compile(
              r"\b(?:design\w*|brand\w*|identity|identities|illustrator|graphic\w*|typograph\w*"
              r"|visual\w*|artwork|vector|adobe|creative|mockups?|sketch\w*|color|colour"
              r"|fonts?|marks?)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:clos\w*|land\w*|sign\w*|win|wins|won|deals?|quotas?|revenue|arr|mrr"
              r"|pipeline|prospect\w*|accounts?|customers?|sales|selling|leads?|bookings?"
              r"|net[ \t-]new|targets?|a[ \t]+month|per[ \t]+month|a[ \t]+quarter)\b",
              re.IGNORECASE)),
    # A builder's RFIs go to the architect when the drawings conflict ("sending RFIs to
    # the architect"); a seller's answer a buyer's requests beside its RFPs, and are
    # proposal writing.
    Sense("RFIs",
          bare=re.compile(r"RFIs?"),
          own=re.compile(
              r"\b(?:architects?|engineers?|drawings?|plans|specs|specifications|submittals?"
              r"|contractors?|subcontractors?|subs|gcs?|construction|field|sites?|jobsites?"
              r"|superintendents?|owners?|design|change orders?|punch|bid(?:s|ding)?|pre-bid"
              r"|estimat\w*|project managers?|pms?|foreman|crews?)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:rfps?|rfqs?|rfxs?|proposals?|tenders?|procurement|vendors?|suppliers?|sales"
              r"|questionnaires?|buyers?|prospects?|solicitations?)\b",
              re.IGNORECASE),
          other_skill="Proposal Writing"),
    # A clinic's CMA is a certified medical assistant ("CMA (AAMA) or RMA"); a finance
    # team's a certified management accountant ("CPA or CMA").
    Sense("Certified Management Accountant",
          bare=re.compile(r"CMA"),
          own=re.compile(
              r"\b(?:ima|cpa|cfa|cia|accounting|accountants?|finance|financial|fp&a|gaap|ifrs"
              r"|ledger|costing|cost|budget\w*|variance|controller|audit\w*|tax|treasury)\b",
              re.IGNORECASE),
          other=re.compile(
              r"\b(?:aama|rma|amt|nha|ccma|ncct|ncma|medical|clinic\w*|patients?|physicians?"
              r"|providers?|phlebotomy|vitals?|injections?|ehr|emr|epic|bls|cpr|rooming"
              r"|assistants?|healthcare|health care|hospital|practice|exam rooms?)\b",
              re.IGNORECASE),
          other_skill="Certified Medical Assistant",
          whole_text=True),
    # A manager coaches staff ("coach new hires on selling"); a teacher coaches a club or a
    # sport ("You have coached an after-school club", "coach JV soccer"): the club or the
    # sport is the ask there, no coaching of people at work.
    Sense("Coaching",
          bare=re.compile(r"coach(?:es|ed|ing)?", re.IGNORECASE),
          own=re.compile(
              r"\b(?:staff|employees?|associates?|team[ \t]+members?|managers?|supervisors?"
              r"|agents?|reps?|representatives?|direct[ \t]+reports?|new[ \t]+hires?|hires"
              r"|performance|feedback|crews?|cashiers?|servers?|nurses?|teachers?|colleagues"
              r"|peers|leaders?|sellers?|employees)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:clubs?|sports?|athletic\w*|league|leagues|robotics|debate|chess|varsity"
              r"|jv|after-school|afterschool|extracurricular\w*|soccer|basketball|football"
              r"|baseball|softball|volleyball|track|swim\w*|tennis|wrestling|cheer\w*"
              r"|mock[ \t]+trial|science[ \t]+olympiad|quiz[ \t]+bowl)\b", re.IGNORECASE)),
    # A group home's room checks look in on residents ("15-minute room and bed checks");
    # a hotel's look over a guest room for what needs fixing or cleaning.
    Sense("Resident Supervision",
          bare=re.compile(r"(?:room|bed)[ \t]+checks?", re.IGNORECASE),
          own=re.compile(
              r"\b(?:residents?|youth|clients?|dorm\w*|group[ \t]+homes?|shelters?|curfew"
              r"|cottages?|campus|program|line[ -]of[ -]sight|overnight[ \t]+staff|safety)\b",
              re.IGNORECASE),
          other=re.compile(
              r"\b(?:guests?|hotels?|housekeep\w*|maintenance|fix\w*|repair\w*|turnovers?"
              r"|front[ \t]+desk|check-?outs?|arrivals?|faucets?|toilets?|linens?|vacant"
              r"|occupied|suites?|complaints?)\b", re.IGNORECASE),
          other_skill="Room inspection"),
    # A hotel's food and beverage is its restaurants and bars; a plant's is the industry
    # it makes for ("industrial maintenance in food/beverage or packaging"), no service.
    Sense("Food and Beverage Service",
          bare=re.compile(r"food[ \t]*(?:&|and|/)[ \t]*beverage",
              re.IGNORECASE),
          own=re.compile(
              r"\b(?:guests?|restaurants?|hotels?|resorts?|banquets?|dining|servers?|bars?|menus?"
              r"|catering|hospitality|outlets?|service|managers?|casino|club|venue)\b",
              re.IGNORECASE),
          other=re.compile(
              r"\b(?:manufactur\w*|plants?|production|processing|packaging|bottling|maintenance"
              r"|machines?|machinery|industrial|mechanic\w*|factory|factories|lines?|equipment"
              r"|warehouses?|distribution|logistics|fda|usda|gmp)\b", re.IGNORECASE)),
    # A lab's fingersticks collect a specimen ("capillary draws and fingersticks for
    # CBCs"); a nurse's check a diabetic's sugar ("fingersticks and sliding-scale insulin").
    Sense("Capillary Puncture",
          bare=re.compile(r"finger[ -]?sticks?", re.IGNORECASE),
          own=re.compile(
              r"\b(?:phlebotom\w*|venipunctures?|specimens?|labs?|laborator\w*|tubes?|draws?"
              r"|cbcs?|collections?|capillary|heel[ -]?sticks?|microtainers?)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:insulin|diabet\w*|glucose|sugars?|sliding[ -]scale|hypoglyc\w*"
              r"|hyperglyc\w*|accu-?che?c?ks?|fsbs|cbgs?)\b", re.IGNORECASE),
          other_skill="Blood Glucose Monitoring"),
    # A data team's Athena is Amazon's query service ("Athena queries over S3"); a
    # medical office's is athenahealth's record ("book appointments in Athena").
    # "Desk deals in CDK", "CDK and VinSolutions": a car dealership's system, not the
    # AWS Cloud Development Kit (recall16).
    Sense("AWS CDK",
          bare=re.compile(r"CDK"),
          own=re.compile(
              r"\b(?:aws|amazon|cloud|typescript|python|stacks?|constructs?|cloudformation"
              r"|lambda|iac|infrastructure|terraform|deploy\w*|devops|kubernetes)\b",
              re.IGNORECASE),
          other=re.compile(
              r"\b(?:dealers?|dealerships?|desk(?:ing)?|deals?|vehicles?|cars?|trucks?|auto"
              r"|automotive|f&i|dms|vinsolutions|dealertrack|dealersocket|reynolds|showroom"
              r"|repair[ \t]+orders?|service[ \t]+advis\w*|parts[ \t]+counter|warranty)\b",
              re.IGNORECASE),
          other_skill="CDK Global"),
    Sense("Amazon Athena",
          bare=re.compile(r"Athena"),
          own=re.compile(
              r"\b(?:aws|amazon|s3|sql|quer\w*|glue|presto|trino|data|lakes?|redshift"
              r"|parquet|etl|tables?|analytics|pipelines?|athena[ \t]+(?:sql|queries))\b",
              re.IGNORECASE),
          other=re.compile(
              r"\b(?:patients?|pts|appts?|appointments?|charts?|charting|clinic\w*|providers?"
              r"|physicians?|medical|copays?|insurance|referrals?|check[ -]?in|check[ -]?out"
              r"|scheduling|schedule[ds]?|reschedul\w*|intake|billing|claims?|ehr|emr|practice"
              r"|front[ \t]+desk|nurses?|vitals?|prior[ \t]+auths?)\b", re.IGNORECASE),
          other_skill="athenahealth"),
    # A coder's CPT is the procedure code set ("CPT and ICD-10-CM coding"); a lab's is
    # a Certified Phlebotomy Technician ("CPT through NHA or ASCP").
    Sense("CPT Coding",
          bare=re.compile(r"CPTs?"),
          own=re.compile(
              r"\b(?:cod\w*|coders?|icd(?:-10)?\w*|hcpcs|modifiers?|billing|claims?|e/m"
              r"|reimburse\w*|charges?|auditing|abstract\w*|cpc|ccs|ahima|aapc)\b",
              re.IGNORECASE),
          other=re.compile(
              r"\b(?:phlebotom\w*|venipunctures?|blood|draws?|specimens?|nha|ascp|amt"
              r"|ncct|labs?|laborator\w*|collections?|capillary)\b", re.IGNORECASE),
          other_skill="Certified Phlebotomy Technician", whole_text=True),
    # A therapist's DBT is dialectical behavior therapy ("CBT and DBT skills groups"); a
    # data team's dbt is its SQL transformation tool.
    Sense("dbt",
          bare=re.compile(r"DBT"),
          own=re.compile(
              r"\b(?:sql|data|models?|snowflake|bigquery|redshift|databricks|warehous\w*|etl|elt"
              r"|pipelines?|airflow|analytics|transform\w*|lineage|jinja|looker|python|spark)\b",
              re.IGNORECASE),
          other=re.compile(
              r"\b(?:cbt|therap\w*|counsel\w*|clients?|clinical|mental|trauma|dialectical|groups?"
              r"|emotion\w*|mindfulness|psycho\w*|emdr|behavio\w*)\b", re.IGNORECASE),
          other_skill="Dialectical Behavior Therapy"),
    # An American counselor's LPC is a Licensed Professional Counselor; an English
    # solicitor's is the Legal Practice Course.
    Sense("Solicitor Qualification",
          bare=re.compile(r"LPC"),
          own=re.compile(
              r"\b(?:solicitors?|law|legal|sqe\w*|training[ \t]+contract|barristers?|conveyanc\w*"
              r"|litigation|trainee|sra)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:counsel\w*|therap\w*|clinical|mental|lcsw|lmft|lpcc|lmhc|lcpc|psycholog\w*"
              r"|social[ \t]+work\w*|behavio\w*|clients?)\b", re.IGNORECASE),
          other_skill="Licensed Professional Counselor"),
    # A welder's AWS is the American Welding Society ("AWS certification preferred" in a
    # fab shop's posting, often on a line of its own); a cloud team's is Amazon Web
    # Services.
    Sense("Amazon Web Services",
          bare=re.compile(r"AWS"),
          own=re.compile(
              r"\b(?:cloud|ec2|s3|lambda|iam|vpcs?|rds|dynamodb|cloudformation|cloudwatch|eks"
              r"|ecs|azure|gcp|devops|terraform|kubernetes|docker|serverless|amazon|saas"
              r"|software|developers?|engineers?|infrastructure|deploy\w*|architects?|servers?"
              r"|data)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:weld\w*|mig|tig|smaw|gmaw|fcaw|gtaw|stick|d1\.\d|cwi|fabricat\w*|fitters?"
              r"|brazing|pipefit\w*|ironwork\w*|boilermak\w*|structural[ \t]+steel)\b",
              re.IGNORECASE),
          other_skill="AWS Certified Welder", whole_text=True),
    # Washington's MAST is the alcohol server's permit ("MAST Class 12 permit" on a
    # banquet server's resume); an EMT's MAST is the medical anti-shock trousers.
    Sense("Medical anti-shock trousers MAST",
          bare=re.compile(r"MAST"),
          own=re.compile(
              r"\b(?:trauma|shock|ems|emts?|paramedic\w*|ambulances?|patients?|splints?"
              r"|immobiliz\w*|hemorrhag\w*|pelvic|fractures?|medical[ \t]+equipment)\b",
              re.IGNORECASE),
          other=re.compile(
              r"\b(?:alcohol|liquor|wine|beer|bars?|bartend\w*|servers?|serving|banquets?"
              r"|restaurants?|permits?|class[ \t]+1[23]|beverages?|cocktails?|hospitality"
              r"|food[ \t]+(?:handler|worker))\b", re.IGNORECASE),
          other_skill="ServSafe Alcohol", whole_text=True),
    # An electrician's EMT is electrical metallic tubing ("Conduit bending (EMT,
    # rigid)", "installed EMT conduit"); an ambulance crew's is the emergency medical
    # technician. Read as the credential, an electrician was asked for it and the
    # summary line said "Holds EMT."
    Sense("Emergency Medical Technician",
          bare=re.compile(r"EMTs?"),
          own=re.compile(
              r"\b(?:ems|ambulances?|paramedic\w*|patients?|medical|trauma|cpr|bls|nremt"
              r"|first[ \t]+respond\w*|rescue|fire(?:fight\w*)?|911|emergenc\w*|basic"
              r"|advanced|certif\w*|licen[cs]\w*|registry|national[ \t]+registry)\b",
              re.IGNORECASE),
          other=re.compile(
              r"\b(?:conduits?|rigid|imc|pvc|raceways?|electrical|electricians?|wir\w*"
              r"|tubing|bend\w*|bent|benders?|fittings?|couplings?|straps?|unistrut|strut"
              r"|panels?|boxes|junction|romex|mc[ \t]+cable|feeders?|circuits?)\b",
              re.IGNORECASE),
          other_skill="EMT conduit"),
    # The NHA grants a medical assistant's, a pharmacy technician's, a phlebotomist's and
    # a biller's credential; "NHA certification" in a pharmacy's choice ("PTCB or NHA
    # certification") is its pharmacy technician exam (ExCPT), no medical assistant's.
    Sense("Medical Assistant Certification",
          bare=re.compile(r"NHA[ \t]+certifi(?:cation|ed)", re.IGNORECASE),
          own=re.compile(
              r"\b(?:medical[ \t]+assist\w*|ccma|cma|rma|aama|rooming|vitals?|injections?"
              r"|ekgs?|exam[ \t]+rooms?)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:pharmac\w*|ptcb|cpht|prescriptions?|compound\w*|dispens\w*"
              r"|medication[ \t]+orders?|iv[ \t]+room|admixtures?)\b", re.IGNORECASE),
          other_skill="ExCPT", whole_text=True),
    # A child care center's CDA is the Child Development Associate credential ("a CDA
    # or an associate degree in early childhood education"); a dental office's is a
    # Certified Dental Assistant.
    Sense("Certified Dental Assistant",
          bare=re.compile(r"CDA"),
          own=re.compile(
              r"\b(?:dental|dentists?|dentistry|hygien\w*|orthodont\w*|radiograph\w*|x-rays?"
              r"|chairside|oral|teeth|tooth|dana?b|rda|efda|patients?|coronal|sealants?)\b",
              re.IGNORECASE),
          other=re.compile(
              r"\b(?:child(?:ren)?|childhood|preschool\w*|infants?|toddlers?|early[ \t]+learning"
              r"|child[ \t]*care|daycare|head[ \t]+start|naeyc|classrooms?|teachers?"
              r"|caregivers?|ece)\b", re.IGNORECASE),
          other_skill="Child Development Associate", whole_text=True),
    # An HR team's carriers are insurers ("reconcile carrier invoices for medical and
    # dental plans"); a shipper's are trucking companies ("audit carrier invoices and
    # accessorial charges"), whose bills are freight audit.
    Sense("Benefits Invoice Reconciliation",
          bare=re.compile(r"carrier[ \t]+(?:invoices?|billing)", re.IGNORECASE),
          own=re.compile(
              r"\b(?:benefits?|medical|dental|vision|insur\w*|premiums?|enroll\w*|cobra"
              r"|hris|payroll|plans?|eligibility|life|disability|401\(?k\)?|hr)\b",
              re.IGNORECASE),
          other=re.compile(
              r"\b(?:freight|accessorials?|shipments?|shipping|loads?|trucking|ltl|ftl"
              r"|truckload|logistics|lanes?|bills? of lading|bol|fuel surcharges?|detention"
              r"|transportation|tms|3pl|pallets?)\b", re.IGNORECASE),
          other_skill="Freight Management", whole_text=True),
    # A research site's GCP is Good Clinical Practice ("consent participants per GCP and
    # the protocol"); a cloud team's is the Google Cloud Platform.
    Sense("Google Cloud Platform",
          bare=re.compile(r"GCP"),
          own=re.compile(
              r"\b(?:cloud|aws|azure|bigquery|gke|kubernetes|terraform|devops|compute|vms?"
              r"|serverless|dataflow|pub/sub|infrastructure|deploy\w*|engineers?|data)\b",
              re.IGNORECASE),
          other=re.compile(
              r"\b(?:clinical|trials?|protocols?|stud(?:y|ies)|irb|fda|sponsors?|ich|consent\w*"
              r"|participants?|subjects?|investigators?|adverse|crcs?|cras?|regulatory"
              r"|research)\b", re.IGNORECASE),
          other_skill="Good Clinical Practice", whole_text=True),
    # An office's logistics are the arrangements of a meeting, an event or a new hire's
    # first day ("orientation logistics", "handle logistics for the board retreat"),
    # which the event's own ask names; a shipper's are moving goods.
    Sense("Logistics Management",
          bare=re.compile(r"logistics", re.IGNORECASE),
          own=re.compile(
              r"\b(?:freight|ship\w*|warehous\w*|transport\w*|carriers?|supply[ \t]+chain"
              r"|inventory|distribution|truck\w*|3pls?|fleet|dispatch\w*|imports?|exports?"
              r"|customs|procurement|materials?|loads?|deliver\w*|routes?|routing|cargo"
              r"|vendors?|suppliers?|orders?)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:events?|meetings?|orientations?|onboarding|conferences?|offsites?"
              r"|retreats?|part(?:y|ies)|ceremon(?:y|ies)|graduations?|weddings?|trainings?"
              r"|workshops?|interviews?|visits?|galas?|luncheons?|celebrations?)\b",
              re.IGNORECASE)),
    # A pharmacy dispenses medications; a janitorial, fuel or beverage trade dispenses
    # soap, chemicals, fuel or drinks ("demonstrate floor care equipment and dispensing
    # systems", "install chemical dispensing units"), which is no Medication Dispensing.
    Sense("Medication Dispensing",
          bare=re.compile(r"dispensing", re.IGNORECASE),
          own=re.compile(
              r"\b(?:pharm\w*|medications?|medicines?|drugs?|prescri\w*|rx|doses?|dosages?"
              r"|pyxis|omnicell|automated|patients?|controlled|narcotics?|nurs\w*|clinical"
              r"|compound\w*|tablets?|pills?|vaccines?)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:chemicals?|soaps?|sanitizers?|detergents?|janitorial|floor|fuel|gas"
              r"|beverages?|drinks?|soda|beer|fountain|ice|towels?|tissue|paper|dispensers?"
              r"|equipment|systems?|units?|adhesives?|paint|tint\w*|concrete|sealants?)\b",
              re.IGNORECASE)),
    # A development office writes appeals to donors ("write appeals and thank-you
    # letters"); a billing office writes them to payers about denied claims ("work
    # denials, write appeals and resubmit corrected claims"), which is Claim Appeals.
    Sense("Fundraising Appeals",
          bare=re.compile(
              r"(?:appeal[ \t]+letters?|(?:write|writes|wrote|writing|written)[ \t]+appeals?)",
              re.IGNORECASE),
          own=re.compile(
              r"\b(?:donors?|donations?|gifts?|giving|fundrais\w*|campaigns?|solicit\w*|annual"
              r"|year-end|mail(?:ings?)?|development|philanthrop\w*|supporters?|stewardship"
              r"|members?|constituents?)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:claims?|denials?|denied|payers?|insurance|insurers?|billing|eobs?|eras?"
              r"|reimbursement|resubmi\w*|corrected|medicare|medicaid|coding|codes?|patients?"
              r"|authorizations?|a/r|receivables?|underpayments?|reconsiderations?)\b",
              re.IGNORECASE),
          other_skill="Claim Appeals"),
    # A billing office sends claims through a clearinghouse ("submit claims through our
    # clearinghouse"); a carrier queries the FMCSA's drug and alcohol one, and a school or
    # an employer checks degrees with the National Student Clearinghouse.
    Sense("Claims Clearinghouse",
          bare=re.compile(r"clearing[ \t]?houses?", re.IGNORECASE),
          own=re.compile(
              r"\b(?:claims?|billing|billers?|payers?|denials?|rejections?|837\w*|835|edi|eras?"
              r"|remittances?|medical|insurance|charges?|availity|waystar|trizetto|scrub\w*)\b",
              re.IGNORECASE),
          other=re.compile(
              r"\b(?:fmcsa|drug|alcohol|cdl|dot|drivers?|driving|students?|degrees?|transcripts?"
              r"|enrollment[ \t]+verification|education)\b", re.IGNORECASE)),
    # A care worker moves a patient ("gait training and transfers", "help residents with
    # transfers and toileting"); a bank, a store and an HR team move money, stock and
    # staff ("wire and ACH transfers", "store-to-store transfers", "employee transfers").
    # Bare "transfers" keeps Transfer Assistance only beside care words.
    Sense("Transfer Assistance",
          bare=re.compile(r"transfer(?:s|red|ring)?", re.IGNORECASE),
          # Only words of moving a body: a tax office's clients transfer assets, a
          # salon's front desk transfers calls.
          own=re.compile(
              r"\b(?:patients?|residents?|gait|ambulat\w*|mobility|wheelchairs?|hoyer"
              r"|gait[ \t]+belts?|walkers?|toileting|bathing|positioning|repositioning"
              r"|therapists?|rehab\w*|ADLs?|range[ \t]+of[ \t]+motion|caregiv\w*|nursing"
              r"|aides?|bed[ \t-]+to[ \t-]+chair|stand[ \t-]+pivot|sliding[ \t]+boards?)\b",
              re.IGNORECASE)),
    # A tax office files extensions ("prepare estimated payments and extensions"); a
    # salon adds hair extensions, an office answers phone extensions and a developer
    # writes browser extensions. Bare "extensions" keeps Tax Extensions only beside tax
    # words. A store's or a front desk's returns are goods brought back ("transfer calls
    # to department extensions and process returns"), no tax word.
    Sense("Tax Extensions",
          bare=re.compile(r"extensions?", re.IGNORECASE),
          own=re.compile(
              r"\b(?:tax\w*|(?<!process )(?<!processing )(?<!processed )(?<!handle )"
              r"(?<!handling )(?<!customer )(?<!product )(?<!merchandise )(?<!store )"
              r"(?<!online )returns?|irs|1040s?|1065s?|1120s?|1041s?|filings?|estimates?|estimated"
              r"|deadlines?|cpas?|preparers?|k-1s?)\b", re.IGNORECASE)),
    # A shipping dock crates machines and parts ("crating and banding export freight");
    # a kennel crates dogs ("handled crating of boarding dogs").
    Sense("Crating",
          bare=re.compile(r"crat(?:e|es|ed|ing)", re.IGNORECASE),
          own=re.compile(
              r"\b(?:ship\w*|freight|pallets?|band\w*|skids?|export\w*|outbound|lumber"
              r"|machines?|machinery|parts|loads?|forklifts?|docks?|packag\w*)\b",
              re.IGNORECASE),
          other=re.compile(
              r"\b(?:dogs?|pupp(?:y|ies)|kennels?|pets?|canines?|boarding|cats?|animals?"
              r"|training)\b", re.IGNORECASE)),
    # A grading crew's GPS guides the dozer's blade; a survey crew's rover stakes
    # corners and boundaries with the same maker's name on it.
    Sense("GPS Machine Control",
          bare=re.compile(r"(?:Trimble|Topcon|Leica)[ \t]+GPS"),
          own=re.compile(
              r"\b(?:dozers?|bulldozers?|excavators?|graders?|blades?|grade[ \t]+control"
              r"|machine[ \t]+control|grading|3d|earthwork\w*)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:rovers?|survey\w*|stak\w*|boundar(?:y|ies)|corners?|topograph\w*"
              r"|monuments?|plats?)\b", re.IGNORECASE)),
    # A molding press makes short shots (parts not filled); a bar pours them.
    Sense("Molding Defects",
          bare=re.compile(r"short[ \t]+shots?", re.IGNORECASE),
          own=re.compile(
              r"\b(?:mold\w*|mould\w*|press(?:es)?|parts?|resin|flash|sinks?|splay"
              r"|injection|cavit\w*|scrap)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:bars?|drinks?|pour\w*|cocktails?|bartend\w*|liquor|spirits|jiggers?"
              r"|guests?)\b", re.IGNORECASE)),
    # A bar, a liquor store or a cashier checks an ID for age ("check ID for alcohol
    # purchases", "check IDs at the hosted bar"); a guard, a teller, a pharmacy or a
    # front desk checks one for identity ("Check ID of every visitor at the lobby desk
    # and issue badges", "Checked IDs of visitors at the front desk").
    Sense("Age Verification",
          bare=re.compile(r"(?:check(?:s|ed|ing)?[ \t]+IDs?|ID[ \t]+checks?)", re.IGNORECASE),
          own=re.compile(
              r"\b(?:alcohol\w*|tobacco|vap\w*|cigarettes?|liquor|beer|wine|spirits|drinks?"
              r"|bars?|bartend\w*|cocktails?|lottery|underage|minors?|age|ages|21|tabs"
              r"|cannabis|dispensary|age-restricted)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:visitors?|badges?|lobby|security|guards?|patrol\w*|entrances?|gates?"
              r"|access|banks?|banking|tellers?|cash(?:ing)?[ \t]+checks|deposits?"
              r"|withdrawals?|accounts?|members?|patients?|prescriptions?|pharmacy|controlled"
              r"|front[ \t]+desk|check-in|reservations?|rentals?|passengers?|boarding"
              r"|employees?|contractors?|vendors?)\b", re.IGNORECASE),
          other_skill="Identity Verification"),
    # An infection preventionist's CIC is the APIC board's Certified in Infection Control
    # ("CIC within two years of hire"); an insurance agency's is the Certified Insurance
    # Counselor designation ("a CIC or CISR designation is a plus"), beside the agency's
    # own words.
    Sense("Certified in Infection Control",
          bare=re.compile(r"CIC"),
          own=re.compile(
              r"\b(?:infection\w*|infectious|epidemiolog\w*|surveillance|cbic|apic|hai|hais"
              r"|outbreaks?|isolation|sterili[sz]\w*|antimicrobial|clinical|hospital|nurs\w*"
              r"|patients?)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:insurance|insureds?|cisr|cpcu|arm|aai|ains|chfc|clu|agency|agents?"
              r"|producers?|underwrit\w*|carriers?|policies|policyholders?|premiums?"
              r"|personal[ \t]+lines|commercial[ \t]+lines|p&c|casualty|coverages?"
              r"|the[ \t]+national[ \t]+alliance)\b", re.IGNORECASE),
          other_skill="Certified Insurance Counselor", whole_text=True),
    # A store's shrink is its stock lost to theft, damage and paperwork ("manage the P&L,
    # including labor and shrink"); the bare word is also an electrician's heat shrink
    # and any plan's shrinking ("shrink the timeline"). It names the store's figure only
    # beside a store's words.
    # "Shrink excess inventory", "shrink labor costs", "help shrink payroll processing
    # time": the verb, whose object is the thing made smaller, is no store's shrink
    # whatever store words stand beside it (``other_wins``).
    Sense("Shrink Control",
          bare=re.compile(r"shrink", re.IGNORECASE),
          other=re.compile(
              r"(?:^|[-•*][ \t]*|\b(?:help|helps|helped|helping|will|can|to[ \t]+help)[ \t]+)"
              # The verb's object after it, never a noun after the store's "shrink"
              # ("Shrink management and loss prevention").
              r"shrink[ \t]+(?:the|our|your|its|their|excess|costs?|time|cycle|labou?r|payroll"
              r"|inventory|waste|lead|spend|budgets?|overhead|processing|turnaround|downtime"
              r"|\d)\b",
              re.IGNORECASE | re.MULTILINE),
          other_wins=True,
          own=re.compile(
              # No "sales" or "stock": "shrink the sales cycle", "shrink tubing from
              # stock" are no store's shrink.
              r"\b(?:stores?|retail\w*|inventory|p&l|labou?r|loss[ \t]+prevention|theft"
              r"|shoplift\w*|merchandis\w*|audits?|cash|registers?|shortages?|markdowns?"
              r"|grocery|perishables?|asset[ \t]+protection|payroll|sku|skus)\b",
              re.IGNORECASE)),
    # A drug rep's "call plan" is the prescribers to visit and how often ("build a call
    # plan for 180 targeted prescribers"); a dispatcher's and a phone shop's call plans
    # are a route and a tariff. A phone shop's plans stand beside data plans, lines and
    # phones, whose words decide even beside "accounts" or "sales" (``other_wins``).
    Sense("Call Planning",
          bare=re.compile(r"call[ \t]+plans?", re.IGNORECASE),
          other=re.compile(
              # The tariff's own compounds only: a drug rep phones offices, a device rep
              # sells devices, an oncology rep calls on cell-therapy centers.
              r"\b(?:data[ \t]+plans?|text(?:ing)?[ \t]+plans?|minutes|wireless|smartphones?"
              r"|sim[ \t]+cards?|lines[ \t]+of[ \t]+service|activat\w*|port(?:s|ed|ing)?"
              r"[ \t]+numbers?|international[ \t]+calling|prepaid|postpaid)\b",
              re.IGNORECASE),
          other_wins=True,
          own=re.compile(
              # Field selling's own words: not "accounts" or "sales", which a phone shop's
              # "set up call plans for small business accounts" says too (A8).
              r"\b(?:prescribers?|physicians?|doctors?|hcps?|providers?|targets?|targeted"
              r"|territor\w*|reach|frequency|clinics?|practices|call[ \t]+cycles?"
              r"|brands?|detail\w*|field)\b", re.IGNORECASE)),
    # A drug rep promotes "on-label" (within the approved label, "deliver on-label,
    # compliant messages"); a pharmacist's "on-label dosing" is the drug's use, no
    # selling.
    Sense("On-Label Promotion",
          bare=re.compile(r"on-label", re.IGNORECASE),
          own=re.compile(
              r"\b(?:promot\w*|messag\w*|sales|selling|reps?|representatives?|detail\w*"
              r"|presentations?|discussions?|compliant|physicians?|hcps?|prescribers?"
              r"|brands?|speaker)\b", re.IGNORECASE)),
    # Outreach is a sales engagement tool ("run sequences in Outreach", "Salesloft or
    # Outreach"); the capitalised word is also any team's outreach ("Community Outreach
    # Coordinator", "Outreach to local schools"). The tool only beside a seller's words.
    Sense("Outreach.io",
          bare=re.compile(r"Outreach"),
          # The tool's own words or the tool named as a place to work in; no bare seller's
          # word ("Outreach to prospective donors", "outbound calls" are a fundraiser's too).
          own=re.compile(
              r"\b(?:sequences?|sequencing|cadences?|salesloft|gong|zoominfo|apollo|sdrs?|bdrs?"
              r"|sales[ \t]+engagement|outreach\.io)\b"
              r"|(?-i:\b(?:in|with|using|via|into)[ \t]+Outreach\b)", re.IGNORECASE)),
    # A store's ATV is its average transaction value ("KPIs such as UPT and ATV"); a
    # ranch's, a park's and a surveyor's is an all-terrain vehicle.
    Sense("All terrain vehicles ATV",
          bare=re.compile(r"ATVs?"),
          own=re.compile(
              r"\b(?:vehicles?|drive|driving|ride|riding|operat\w*|trails?|ranch\w*|farm\w*"
              r"|utvs?|side-by-sides?|snowmobiles?|tractors?|off-road|terrain|mower\w*|trailers?"
              r"|license|licence|safety[ \t]+course)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:upt|kpis?|conversion|sales|transactions?|retail|stores?|basket|units"
              r"|traffic|comp|comps|metrics)\b", re.IGNORECASE),
          other_skill="Average Transaction Value"),
    # A home health aide's home care is care given in the client's home ("home care
    # visits for 12 clients"); a hygienist's or a vet tech's is what the patient or the
    # owner does between cleanings ("coach patients on brushing, flossing and home
    # care"), no Home Health Care (user17's U11; match18).
    Sense("Home Health Care",
          bare=re.compile(r"home[ \t-]+care", re.IGNORECASE),
          own=re.compile(
              # (a home visit; a dental office "documents every visit" too)
              r"\b(?:home[ \t]+health|clients?|aides?|agency|agencies|home[ \t]+visits?"
              r"|visits?[ \t]+(?:to|in)[ \t]+(?:the[ \t]+|their[ \t]+)?homes?|caregiv\w*"
              r"|hospice|adls?|in-home|skilled[ \t]+nursing|oasis|personal[ \t]+care"
              r"|companion\w*|elderly|seniors?|bathing|homebound)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:brush\w*|floss\w*|oral|dental|teeth|tooth|gums?|hygiene|periodontal"
              r"|perio|dentures?|implants?|aligners?|retainers?|braces|whitening|fluoride"
              r"|sealants?|plaque|tartar|caries|pets?|owners?"
              # a dental office's own words around its patients' home care
              # ("cleanings", a dental visit; a homemaker's "light cleaning" is home care)
              r"|x-rays?|radiographs?|dentrix|eaglesoft|fillings?|crowns?|cleanings"
              r"|(?:teeth|dental|prophy)[ \t]+cleaning"
              r"|hygienists?|chairside|operator(?:y|ies))\b", re.IGNORECASE)),
    # A mechanic's hydraulics is the systems' repair ("troubleshoot hydraulic cylinders
    # and hoses"); an electrician's hydraulic bender, a driver's hydraulic lift gate and
    # a stocker's hydraulic pallet jack are tools run by it, no Hydraulics (user17's U11;
    # match18).
    Sense("Hydraulics",
          bare=re.compile(r"hydraulics?", re.IGNORECASE),
          own=re.compile(
              r"\b(?:systems?|cylinders?|hoses?|fittings?|pumps?|valves?|fluid|pressures?"
              r"|leaks?|repair\w*|troubleshoot\w*|rebuil\w*|schematics?|circuits?|seals?"
              r"|pneumatic\w*|maintain\w*|maintenance|diagnos\w*)\b", re.IGNORECASE),
          other=re.compile(
              r"\bhydraulic[ \t]+(?:benders?|jacks?|lifts?|lift[ \t]+gates?|liftgates?"
              r"|tailgates?|press(?:es)?|cutters?|crimpers?|knockouts?|pullers?"
              r"|pallet[ \t]+jacks?|dollies|dolly|chairs?|tables?|dump[ \t]+trailers?)\b",
              re.IGNORECASE)),
    # An accountant's audit checks the books ("support the year-end audit", "audit
    # expense reports against policy"); a warehouse's audits check stock where it stands
    # ("run RF scanner audits of pick locations", "audit pallet builds before loading"),
    # and an HR office's check its files ("audit I-9s"): the stock's or the file's own
    # ask names that work, no Audit of the books is asked or shown (logistics17).
    Sense("Audit",
          bare=re.compile(r"audit(?:s|ed|ing)?", re.IGNORECASE),
          own=re.compile(
              r"\b(?:financial\w*|finance|accounting|accountants?|auditors?|books|ledgers?"
              r"|gaap|ifrs|sox|internal[ \t]+controls?|controls|statements?|year[ \t-]?end|annual"
              r"|external|fieldwork|workpapers?|pbc|journal[ \t]+entries|reconcil\w*|invoices?"
              r"|expenses?|payables?|receivables?|payroll|tax\w*|cpas?|revenue|billing|claims?"
              r"|compliance|regulatory|soc|iso|quality|safety)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:pallets?|pallet[ \t]+builds?|rf|scanners?|bins?|pick(?:s|ing)?|slots?"
              r"|slotting|locations?|putaway|put-away|replenishment|docks?|trailers?|racks?"
              r"|shelves|cycle[ \t]+counts?|counts|stock|warehouse|i-9s?|timecards?"
              r"|timesheets?|personnel[ \t]+files?)\b", re.IGNORECASE)),
    # An accountant reconciles accounts ("reconcile bank and credit card accounts");
    # a receiving desk reconciles what came in with its papers ("reconcile receiving
    # discrepancies against purchase orders and ASNs"), which is receiving work, no
    # Account Reconciliation (logistics17).
    Sense("Account Reconciliation",
          bare=re.compile(r"reconcil(?:e|es|ed|ing|iation|iations)", re.IGNORECASE),
          own=re.compile(
              r"\b(?:accounts?|bank\w*|ledgers?|gl|balance[ \t]+sheets?|credit[ \t]+cards?"
              r"|journal\w*|cash|month-end|close|statements?|payroll|invoices?|billing|vendors?"
              r"|payables?|receivables?|subledgers?|intercompany|financial\w*|finance"
              r"|accounting|expenses?|revenue|deposits?|p-cards?|accruals?)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:receiving|shipments?|deliver(?:y|ies)|counts|cycle[ \t]+counts?"
              r"|pallets?|purchase[ \t]+orders|pos|packing[ \t]+(?:slips?|lists?)"
              r"|bills?[ \t]+of[ \t]+lading|bols?|asns?|manifests?|stock|warehouse|bins?"
              r"|trailers?|loads?|cartons?|cases|units)\b", re.IGNORECASE)),
    # An agency's endorsement changes a policy ("process endorsements and renewals"); a
    # shipping desk's is a signature on a bill of lading or a check before release (A7).
    Sense("Policy Servicing",
          bare=re.compile(r"process(?:ed|ing)?[ \t]+endorsements", re.IGNORECASE),
          own=re.compile(
              r"\b(?:polic(?:y|ies)|insur\w*|coverages?|premiums?|carriers?|agency|agents?"
              r"|underwrit\w*|renewals?|cancellations?|certificates?|cois?|auto|homeowners?"
              r"|vehicles?|drivers?)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:bills?[ \t]+of[ \t]+lading|bols?|checks?|cheques?|freight|shipments?"
              r"|cargo|deposits?|drafts?|negotiable|warehouse[ \t]+receipts?)\b",
              re.IGNORECASE)),
    # A salesperson presents vehicles to buyers; a fleet desk presents them for state
    # inspection, registration or auction (A7).
    Sense("Vehicle Presentations",
          bare=re.compile(r"present(?:s|ed|ing)?[ \t]+(?:the[ \t]+)?vehicles?", re.IGNORECASE),
          own=re.compile(
              r"\b(?:customers?|buyers?|guests?|shoppers?|clients?|prospects?|sales"
              r"|test[ \t]+drives?|features?|walk-?arounds?|showroom)\b", re.IGNORECASE),
          other=re.compile(
              r"\b(?:inspections?|registration|emissions|dmv|auctions?|titles?|safety[ \t]+checks?"
              r"|recalls?|maintenance|service[ \t]+(?:lanes?|department))\b", re.IGNORECASE)),
    # An office schedules people's time ("schedule appointments and meetings"); a data
    # team schedules its scripts and batches ("shell scripts, scheduling jobs", "schedule
    # the nightly batch"), which is the pipeline's work, no office Scheduling
    # (logistics17). "Jobs" alone is a service office's and a print shop's too, and a
    # dispatcher's "schedule pickups" stays Scheduling (test_posting_verb_named_skill).
    Sense("Scheduling",
          bare=re.compile(r"schedul(?:e|es|ed|ing)", re.IGNORECASE),
          own=re.compile(
              r"\b(?:appointments?|meetings?|calendars?|interviews?|patients?|clients?|staff"
              r"|employees?|shifts?|rooms?|events?|travel|visits?|sessions?|classes"
              r"|consultations?|providers?|physicians?|technicians?|techs?|crews?|volunteers?"
              r"|customers?|install\w*|repairs?|service)\b",
              re.IGNORECASE),
          other=re.compile(
              r"\b(?:cron\w*|batch(?:es)?|pipelines?|workflows?|scripts?|etl|dags?"
              r"|backups?|queries|refresh(?:es)?)\b", re.IGNORECASE)),
)}
# The skill the bare words name in the other trade: a school's PLCs are asked (and
# shown) as its professional learning communities.
OTHER_SENSE = {sense.skill: sense.other_skill for sense in SENSES.values()
               if sense.other_skill is not None}
_SENTENCE_END = re.compile(r"[.;!?\n]")


def out_of_trade(skill: str, text: str, start: int, end: int, *, bare: bool = True) -> bool:
    """Are the words at ``start:end`` the skill's everyday words used in another trade,
    with no word of the skill's own trade in their sentence? With ``bare`` False the
    words are a piece of the everyday words read with a list's head ("brushing,
    flossing and home care": "home" with "care"), and only their sentence is read."""
    sense = SENSES.get(skill)
    if sense is None or (bare and not sense.bare.fullmatch(text, start, end)) or (
            not bare and sense.other is None):
        return False  # (a piece is read only against the other trade's own words)
    opens = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)),
                default=max(0, start - 300))
    closes = _SENTENCE_END.search(text, end)
    sentence = text[opens: closes.start() if closes else min(len(text), end + 300)]
    other, own = sense.other, sense.own
    if sense.whole_text and other is not None and not other.search(sentence) \
            and not own.search(sentence):
        # "Certifications: CMA, 2021" says nothing of its trade: the whole text does.
        return len(other.findall(text)) >= 2 and not own.search(text)
    if sense.other_wins and other is not None:
        # The other trade's words name the use itself; without them, the own trade's
        # words decide as for a sense with no other trade.
        return other.search(sentence) is not None or own.search(sentence) is None
    if other is not None and other.search(sentence) is None:
        return False
    return own.search(sentence) is None
