package nl.hgk.ledger.benchmark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The report every create sends (the body of docs/walkthrough.md's first step), each about a household of its own: a
 * household already known would bundle the report into its case instead of opening one.
 */
final class Reports {

    private static final AtomicLong HOUSE_NUMBERS = new AtomicLong();

    private Reports() {
    }

    static Map<String, Object> aboutANewHousehold() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String postcode = (1000 + random.nextInt(9000)) + " " + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
        String houseNumber = String.valueOf(HOUSE_NUMBERS.incrementAndGet());
        return Map.of(
                "contactType", "REPORT",
                "reporter", Map.of("type", "PROFESSIONAL", "sector", "EDUCATION", "name", "J. de Mentor",
                        "contactDetails", "mentor@school.example"),
                "formsOfViolence", List.of("PARTNER_VIOLENCE", "CHILD_WITNESSING_PARTNER_VIOLENCE"),
                "household", Map.of("postcode", postcode, "houseNumber", houseNumber, "municipality", "GM0505"),
                "persons", List.of(
                        Map.of("role", "VICTIM", "fullName", "A. Voorbeeld", "bsn", "111222333",
                                "birthDate", "1990-04-01"),
                        Map.of("role", "PERPETRATOR", "fullName", "B. Voorbeeld", "birthDate", "1988-09-15"),
                        Map.of("role", "CHILD", "fullName", "C. Voorbeeld", "birthDate", "2016-02-20")),
                "reason", "the mentor saw bruises; the child tells of fights at home");
    }
}
