package nl.hgk.ledger.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The big store's copies: other cases with the same history, the same data subjects. */
class CopiedYearTest {

    private static final String CASE = "ebb51374-a4df-4d78-b1df-c5f185fd94f7";
    private static final String PERSON = "9dc13881-c599-454a-876f-0ff4e402cb2e";

    @Test
    void aCopyGivesEveryIdentifierButADataSubjectsANewOne() {
        String payload = "{\"caseId\":\"" + CASE + "\",\"personId\":\"" + PERSON + "\"}";

        String copied = new CopiedYear(3, Set.of(PERSON)).identities(payload);

        assertThat(copied).isEqualTo("{\"caseId\":\"ebb51377-a4df-4d78-b1df-c5f185fd94f7\",\"personId\":\""
                + PERSON + "\"}");
        assertThat(new CopiedYear(0, Set.of()).identities(payload)).isEqualTo(payload);
        assertThat(new CopiedYear(4, Set.of()).identities(CASE)).isNotEqualTo(copied).isNotEqualTo(CASE);
    }

    @Test
    void anIdentifierThatIsNoUuidIsStillMadeUniquePerCopy() {
        assertThat(new CopiedYear(2, Set.of()).identifier("household-17")).isEqualTo("household-17~2");
        assertThat(new CopiedYear(0, Set.of()).identifier("household-17")).isEqualTo("household-17");
    }
}
