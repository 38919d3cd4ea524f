package nl.hgk.ledger.query.history;

import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.careavoidance.ActionPlanApproach;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitOutcome;
import nl.hgk.ledger.events.delivery.EarlyStopCause;
import nl.hgk.ledger.events.delivery.FormOfHelp;
import nl.hgk.ledger.events.delivery.HelpEffect;
import nl.hgk.ledger.events.delivery.NoShowCause;
import nl.hgk.ledger.events.delivery.NoticeKind;
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

    static String noticeKind(NoticeKind kind) {
        return switch (kind) {
            case HELP_STARTED -> "hulp gestart";
            case HELP_ENDED -> "hulp afgerond";
            case HELP_STOPPED_EARLY -> "hulp voortijdig afgebroken";
            case NO_SHOWS -> "herhaald niet verschenen";
            case CLIENT_TRANSFERRED -> "doorgeleid binnen de organisatie";
            case OTHER_PARTY_PROPOSED -> "andere partij voorgesteld";
        };
    }

    static String helpEffect(HelpEffect effect) {
        return switch (effect) {
            case GOALS_ACHIEVED -> "doelen bereikt";
            case GOALS_PARTLY_ACHIEVED -> "doelen deels bereikt";
            case GOALS_NOT_ACHIEVED -> "doelen niet bereikt";
            case OTHER -> "ander effect";
        };
    }

    static String earlyStopCause(EarlyStopCause cause) {
        return switch (cause) {
            case CLIENT_STOPPED -> "de cliënt is gestopt";
            case CLIENT_UNREACHABLE -> "de cliënt is niet meer bereikbaar";
            case CLIENT_MOVED -> "de cliënt is verhuisd";
            case CLIENT_ADMITTED_ELSEWHERE -> "de cliënt is elders opgenomen of gedetineerd";
            case HELP_DOES_NOT_FIT -> "de hulp past niet bij wat het gezin nodig heeft";
            case UNSAFE_FOR_PROFESSIONALS -> "onveilig voor de hulpverleners";
            case PROVIDER_CAPACITY -> "de organisatie kan de hulp niet voortzetten";
            case FUNDING_ENDED -> "de indicatie of financiering is beëindigd";
            case OTHER -> "een andere oorzaak";
        };
    }

    static String noShowCause(NoShowCause cause) {
        return switch (cause) {
            case UNKNOWN -> "onbekend";
            case CARE_AVOIDANCE -> "zorgmijding";
            case ILLNESS -> "ziekte";
            case ADDICTION -> "verslaving";
            case PSYCHIATRIC_PROBLEMS -> "psychiatrische problematiek";
            case PRACTICAL_OBSTACLES -> "praktische belemmeringen";
            case PRESSURE_FROM_HOUSEHOLD -> "druk vanuit het huishouden";
            case LANGUAGE_OR_LITERACY -> "taal of laaggeletterdheid";
            case OTHER -> "een andere oorzaak";
        };
    }

    static String formOfHelp(FormOfHelp form) {
        return switch (form) {
            case MENTAL_HEALTH_CARE -> "ggz";
            case ADDICTION_CARE -> "verslavingszorg";
            case YOUTH_CARE -> "jeugdhulp";
            case PARENTING_SUPPORT -> "opvoedondersteuning";
            case DOMESTIC_VIOLENCE_CARE -> "specialistische hulp bij huiselijk geweld";
            case SOCIAL_WORK -> "maatschappelijk werk";
            case AMBULATORY_SUPPORT -> "ambulante begeleiding";
            case DEBT_COUNSELLING -> "schuldhulpverlening";
            case HOUSING_SUPPORT -> "woonbegeleiding";
            case SHELTER -> "opvang";
            case DAY_ACTIVITIES -> "dagbesteding";
            case PROBATION -> "reclassering";
            case OTHER -> "een andere vorm van hulp";
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
            case CASE_WORKER -> "medewerker";
            case COORDINATOR -> "zorgcoördinator";
            case ANALYST -> "analist";
            case INSPECTOR -> "inspecteur";
            case ADMINISTRATOR -> "beheerder";
            case PRIVACY_OFFICER -> "functionaris gegevensbescherming";
            case SYSTEM -> "systeem (termijnbewaking, bewaartermijn)";
        };
    }
}
