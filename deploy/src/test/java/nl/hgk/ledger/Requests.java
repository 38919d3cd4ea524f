package nl.hgk.ledger;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for the tests, as plain maps: the tests speak the API's JSON, not its Java types. */
final class Requests {

    /*
     * The demo users of Zuid-Holland Zuid (VT24) who take a case's steps, each in the capacity of their organisation
     * (Capacities): every step of a test is taken by the one whose step it is, as the case will ask.
     */
    /** Veilig Thuis Zuid-Holland Zuid: code, triage, investigation, appointing the coordinator, closure */
    static final String CASE_WORKER = "casemanager";
    /** of the local team sociaal-team-dordrecht: plan, escalations, conference, once {@link #COORDINATOR_APPOINTED} */
    static final String COORDINATOR = "regisseur";
    /** a care provider, jeugdhulp-dordrecht */
    static final String PROVIDER = "hulpverlener";
    /** the Meldpunt Zorg en Overlast: appoints the process director */
    static final String MELDPUNT = "meldpunt";
    /** of the Meldpunt: the care meeting and step 4's decisions, once {@link #PROCESS_DIRECTOR_APPOINTED} */
    static final String PROCESS_DIRECTOR = "procesregisseur";
    /** a police officer without the powers of a hulpofficier van justitie */
    static final String POLICE = "politie";
    /** a police hulpofficier van justitie: imposes a huisverbod on the mayor's behalf */
    static final String AUXILIARY_PROSECUTOR = "hulpofficier";
    /** the mayor of Dordrecht (GM0505), the municipality of {@link #report}'s household: the huisverbod */
    static final String MAYOR = "burgemeester";
    /** the municipality of Dordrecht (GM0505): the administrative decisions of step 5 */
    static final String MUNICIPALITY = "gemeente";
    /** the Raad voor de Kinderbescherming */
    static final String CHILD_PROTECTION = "raad";
    static final String ANALYST = "analist";
    static final String INSPECTOR = "inspecteur";

    /** the body that appoints {@link #COORDINATOR} the coordinator, for her organisation */
    static final Map<String, Object> COORDINATOR_APPOINTED = Map.of("userId", COORDINATOR,
            "organisation", "sociaal-team-dordrecht");
    /** the body by which {@link #MELDPUNT} appoints {@link #PROCESS_DIRECTOR}, of the same Meldpunt */
    static final Map<String, Object> PROCESS_DIRECTOR_APPOINTED = Map.of("userId", PROCESS_DIRECTOR,
            "organisation", "meldpunt-zorg-en-overlast-zhz");

    /*
     * Dates a case's commands carry lie where the ledger clock allows them (a huisverbod imposed today, a plan's dates
     * ahead): the tests count from today.
     */
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    static final LocalDate TASK_DUE = TODAY.plusWeeks(4);
    static final LocalDate EVALUATION_DATE = TODAY.plusWeeks(6);
    /** Sam, the child of {@link #report} */
    static final LocalDate CHILD_BORN = LocalDate.of(2016, 4, 1);

    private Requests() {
    }

    /** A professional's report about the household at the given address in Dordrecht (GM0505). */
    static Map<String, Object> report(String postcode, String houseNumber) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("contactType", "REPORT");
        report.put("reporter", Map.of("type", "PROFESSIONAL", "sector", "EDUCATION", "name", "J. de Vries",
                "contactDetails", "078-1234567"));
        report.put("formsOfViolence", List.of("CHILD_WITNESSING_PARTNER_VIOLENCE", "PARTNER_VIOLENCE"));
        report.put("household", Map.of("postcode", postcode, "houseNumber", houseNumber, "municipality", "GM0505"));
        report.put("persons", List.of(
                Map.of("role", "VICTIM", "fullName", "Anna Jansen", "bsn", "111222333", "birthDate", "1990-02-03"),
                Map.of("role", "PERPETRATOR", "fullName", "Piet Jansen", "birthDate", "1988-07-09"),
                Map.of("role", "CHILD", "fullName", "Sam Jansen", "birthDate", CHILD_BORN.toString())));
        return report;
    }

    /** The same professional's report about a household at the given address in another municipality. */
    static Map<String, Object> reportIn(String municipality, String postcode, String houseNumber) {
        return with(report(postcode, houseNumber), "household",
                Map.of("postcode", postcode, "houseNumber", houseNumber, "municipality", municipality));
    }

    /** A neighbour's advice request about elder abuse in the household at the given address. */
    static Map<String, Object> adviceRequestIn(String municipality, String postcode, String houseNumber) {
        Map<String, Object> advice = new LinkedHashMap<>();
        advice.put("contactType", "ADVICE_REQUEST");
        advice.put("reporter", Map.of("type", "CITIZEN", "name", "buurvrouw", "contactDetails", "06-12345678"));
        advice.put("formsOfViolence", List.of("ELDER_ABUSE"));
        advice.put("household", Map.of("postcode", postcode, "houseNumber", houseNumber, "municipality", municipality));
        advice.put("persons", List.of(Map.of("role", "VICTIM", "fullName", "Gerda Bakker", "birthDate", "1941-05-06")));
        return advice;
    }

    /** The same body with one field replaced (or removed, when the value is null). */
    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }

    static Map<String, Object> plan(List<Map<String, Object>> consents) {
        return Map.of(
                "goals", List.of(Map.of("lifeDomain", "SAFETY", "description", "no violence at home")),
                "tasks", List.of(Map.of("description", "weekly safety check", "ownerOrganisation", "veilig-thuis-zhz",
                        "dueDate", TASK_DUE.toString(), "status", "PLANNED")),
                "safetyAgreements", List.of("contact the police at any threat"),
                "evaluationDates", List.of(EVALUATION_DATE.toString()),
                "consents", consents);
    }

    /**
     * Every answer the household of {@link #report} owes a plan adopted today (seed 000 B2 §2.2), all signed: Anna's
     * and Piet's own, Anna's as the legal representative of Sam (under 16), and Sam's own from his 12th birthday on.
     *
     * @param received the answer to the report, which names each person's id and role
     */
    static List<Map<String, Object>> householdConsents(LedgerClient.Answer received) {
        String mother = personWithRole(received, "VICTIM");
        String child = personWithRole(received, "CHILD");
        List<Map<String, Object>> consents = new ArrayList<>(List.of(
                Map.of("personId", mother, "decision", "GIVEN", "signed", true),
                Map.of("personId", personWithRole(received, "PERPETRATOR"), "decision", "GIVEN", "signed", true),
                Map.of("personId", child, "representativeId", mother, "decision", "GIVEN", "signed", true)));
        if (Period.between(CHILD_BORN, TODAY).getYears() >= 12) {
            consents.add(Map.of("personId", child, "decision", "GIVEN", "signed", true));
        }
        return consents;
    }

    /** @return the id of the first person the answer to a report names with the role */
    static String personWithRole(LedgerClient.Answer received, String role) {
        return received.personWithRole(role);
    }
}
