package nl.hgk.ledger.query.history;

import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.careavoidance.ActionPlanApproach;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitOutcome;
import nl.hgk.ledger.events.coordination.ConsentDecision;
import nl.hgk.ledger.events.coordination.LifeDomain;
import nl.hgk.ledger.events.coordination.TaskStatus;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.huisverbod.HuisverbodEndReason;
import nl.hgk.ledger.events.intake.ContactType;
import nl.hgk.ledger.events.intake.FormOfViolence;
import nl.hgk.ledger.events.intake.ReporterSector;
import nl.hgk.ledger.events.intake.ReporterType;
import nl.hgk.ledger.events.person.PersonRole;
import nl.hgk.ledger.events.triage.InvestigationConclusion;
import nl.hgk.ledger.events.triage.ProcessDirection;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.events.triage.TriageOutcome;
import nl.hgk.ledger.query.casestate.CaseState;

/**
 * The Dutch words for the values of the published language, as the professionals who read the history use them.
 * Every method is a switch without a default, so that a value added to one of the enumerations fails the build
 * here instead of showing up untranslated in a printed history.
 */
final class DutchLabels {

    private DutchLabels() {
    }

    static String code(SafetyCode code) {
        return switch (code) {
            case GREEN -> "GROEN";
            case ORANGE -> "ORANJE";
            case RED -> "ROOD";
        };
    }

    /** @return who holds process direction, to follow "procesregie bij" */
    static String processDirection(ProcessDirection direction) {
        return switch (direction) {
            case VEILIG_THUIS -> "Veilig Thuis";
            case LOCAL_FIELD -> "het lokale veld";
        };
    }

    static String contactType(ContactType type) {
        return switch (type) {
            case ADVICE_REQUEST -> "Adviesvraag";
            case REPORT -> "Melding";
        };
    }

    static String reporterType(ReporterType type) {
        return switch (type) {
            case PROFESSIONAL -> "professional";
            case CITIZEN -> "burger";
            case POLICE -> "politie";
            case ANONYMOUS -> "anoniem";
        };
    }

    /** @return the reporter as the object of "ontvangen van" */
    static String reporterWithArticle(ReporterType type) {
        return switch (type) {
            case PROFESSIONAL -> "een professional";
            case CITIZEN -> "een burger";
            case POLICE -> "de politie";
            case ANONYMOUS -> "een anonieme melder";
        };
    }

    static String sector(ReporterSector sector) {
        return switch (sector) {
            case EDUCATION -> "onderwijs";
            case CHILDCARE -> "kinderopvang";
            case HEALTHCARE -> "gezondheidszorg";
            case MENTAL_HEALTHCARE -> "ggz";
            case YOUTH_CARE -> "jeugdhulp";
            case SOCIAL_CARE -> "maatschappelijke ondersteuning";
            case POLICE -> "politie";
            case JUSTICE -> "justitie";
            case OTHER -> "overige sector";
        };
    }

    static String form(FormOfViolence form) {
        return switch (form) {
            case PARTNER_VIOLENCE -> "partnergeweld";
            case ELDER_ABUSE -> "ouderenmishandeling";
            case VIOLENCE_AGAINST_PARENTS -> "geweld tegen ouders";
            case HONOUR_RELATED_VIOLENCE -> "eergerelateerd geweld";
            case FORCED_MARRIAGE_OR_ABANDONMENT -> "huwelijksdwang of achterlating";
            case FEMALE_GENITAL_MUTILATION -> "vrouwelijke genitale verminking";
            case HUMAN_TRAFFICKING -> "mensenhandel";
            case CHILD_SEXUAL_ABUSE -> "seksueel misbruik van een kind";
            case CHILD_PHYSICAL_ABUSE -> "lichamelijke mishandeling van een kind";
            case CHILD_EMOTIONAL_ABUSE -> "psychische mishandeling van een kind";
            case CHILD_PHYSICAL_NEGLECT -> "lichamelijke verwaarlozing van een kind";
            case CHILD_EMOTIONAL_NEGLECT -> "psychische verwaarlozing van een kind";
            case CHILD_WITNESSING_PARTNER_VIOLENCE -> "kind getuige van partnergeweld";
        };
    }

    static String personRole(PersonRole role) {
        return switch (role) {
            case VICTIM -> "slachtoffer";
            case PERPETRATOR -> "pleger";
            case CHILD -> "kind";
            case HOUSEHOLD_MEMBER -> "ander gezinslid";
            case SUPPORT_NETWORK -> "steunsysteem";
        };
    }

    /** @return the role with its article, to name a person by their role only: "de pleger" */
    static String personByRole(PersonRole role) {
        return switch (role) {
            case VICTIM -> "het slachtoffer";
            case PERPETRATOR -> "de pleger";
            case CHILD -> "het kind";
            case HOUSEHOLD_MEMBER -> "het gezinslid";
            case SUPPORT_NETWORK -> "de persoon uit het steunsysteem";
        };
    }

    static String triageOutcome(TriageOutcome outcome) {
        return switch (outcome) {
            case LOCAL_FIELD -> "overdracht aan het lokale veld";
            case PROFESSIONAL_INVOLVED -> "overdracht aan een al betrokken professional";
            case MULTIDISCIPLINARY_TEAM -> "overdracht aan een multidisciplinair team";
            case VEILIG_THUIS_INVESTIGATION -> "onderzoek door Veilig Thuis";
            case NO_FOLLOW_UP -> "geen vervolg nodig";
        };
    }

    static String conclusion(InvestigationConclusion conclusion) {
        return switch (conclusion) {
            case UNSAFETY_ESTABLISHED -> "onveiligheid vastgesteld";
            case NO_UNSAFETY_ESTABLISHED -> "geen onveiligheid vastgesteld";
            case UNDETERMINED -> "onveiligheid niet vast te stellen";
        };
    }

    static String escalationStep(EscalationStep step) {
        String name = switch (step) {
            case ADVICE -> "advies";
            case CASE_CONFERENCE -> "casusoverleg";
            case MANAGEMENT -> "management";
            case PROCESS_DIRECTOR -> "procesregisseur";
            case ADMINISTRATIVE -> "bestuurlijk";
        };
        return "stap " + step.level() + " (" + name + ")";
    }

    static String closureReason(ClosureReason reason) {
        return switch (reason) {
            case NO_LONGER_MULTI_PROBLEM -> "geen multiprobleemsituatie meer";
            case CARE_COMPLETED -> "zorg afgerond";
            case CARE_ENDED -> "zorg beëindigd";
            case STEPPED_DOWN_TO_LOCAL_TEAM -> "afgeschaald naar het lokale team";
            case ADVICE_GIVEN -> "advies gegeven";
            case NO_FURTHER_ACTION -> "geen vervolg nodig";
        };
    }

    static String timeLimit(TimeLimit limit) {
        return switch (limit) {
            case TRIAGE -> "triage binnen 5 werkdagen na de melding";
            case INVESTIGATION -> "onderzoek door Veilig Thuis binnen 10 weken";
            case PROCESS_DIRECTOR -> "procesregisseur binnen 2 werkdagen na opschaling naar stap 4";
            case CASE_CONFERENCE -> "spoedcasusoverleg binnen 2 werkdagen na opschaling naar stap 2";
            case CARE_MEETING -> "zorgoverleg binnen de termijn van de procesregisseur (spoed: 2 werkdagen)";
            case WRITTEN_CONFIRMATION -> "schriftelijke bevestiging van een bestuurlijk besluit binnen 24 uur";
            case PLAN_EVALUATION -> "evaluatie van het gezinsplan op de evaluatiedatum";
            case TASK -> "taak uit het gezinsplan uiterlijk op de afgesproken datum";
            case HUISVERBOD_END -> "einde van het tijdelijk huisverbod";
            case CARE_ORDER -> "opgedragen zorg gevolgd tot het einde van de afgesproken periode";
        };
    }

    static String timeLimitOutcome(TimeLimitOutcome outcome) {
        return switch (outcome) {
            case MET -> "op tijd gehaald";
            case MET_LATE -> "te laat gehaald";
            case WITHDRAWN -> "vervallen";
            case EXPIRED -> "afgelopen";
        };
    }

    static String huisverbodEndReason(HuisverbodEndReason reason) {
        return switch (reason) {
            case EXPIRED -> "termijn verstreken";
            case LIFTED_BY_MAYOR -> "ingetrokken door de burgemeester";
            case LIFTED_BY_COURT -> "geschorst door de bestuursrechter";
        };
    }

    static String consent(ConsentDecision decision) {
        return switch (decision) {
            case GIVEN -> "ingestemd";
            case REFUSED -> "geweigerd";
        };
    }

    static String lifeDomain(LifeDomain domain) {
        return switch (domain) {
            case SAFETY -> "veiligheid";
            case PARENTING -> "opvoeding";
            case PHYSICAL_HEALTH -> "lichamelijke gezondheid";
            case MENTAL_HEALTH -> "psychische gezondheid";
            case ADDICTION -> "verslaving";
            case HOUSING -> "wonen";
            case FINANCES -> "financiën";
            case WORK_AND_EDUCATION -> "werk en onderwijs";
            case SOCIAL_NETWORK -> "sociaal netwerk";
            case JUSTICE -> "justitie";
        };
    }

    static String taskStatus(TaskStatus status) {
        return switch (status) {
            case PLANNED -> "gepland";
            case STARTED -> "gestart";
            case DONE -> "afgerond";
            case STOPPED -> "gestopt";
        };
    }

    /** @return how the Meldpunt's action plan realises the care, as seed 000 B2 §5.1.6 words it */
    static String actionPlanApproach(ActionPlanApproach approach) {
        return switch (approach) {
            case CARE_REFERRAL -> "(hernieuwde) zorgtoeleiding";
            case NEW_COORDINATOR -> "een nieuwe zorgcoördinator";
            case PROCESS_DIRECTION -> "procesregie met doorzettingsmacht";
        };
    }

    static String status(CaseState.Status status) {
        return switch (status) {
            case OPEN -> "open";
            case CLOSED -> "afgesloten";
        };
    }

    /**
     * @param role the role as the event's metadata recorded it
     * @return its Dutch name; a value that is no {@link ActorRole} (recorded by a later version) is shown as it is
     */
    static String actorRole(String role) {
        if (role == null) {
            return null;
        }
        for (ActorRole known : ActorRole.values()) {
            if (known.name().equals(role)) {
                return actorRole(known);
            }
        }
        return role;
    }

    static String actorRole(ActorRole role) {
        return switch (role) {
            case CASE_WORKER -> "casemanager";
            case COORDINATOR -> "zorgcoördinator";
            case ANALYST -> "analist";
            case INSPECTOR -> "inspecteur";
            case ADMINISTRATOR -> "beheerder";
            case PRIVACY_OFFICER -> "functionaris gegevensbescherming";
            case SYSTEM -> "systeem (termijnbewaking, bewaartermijn)";
        };
    }
}
