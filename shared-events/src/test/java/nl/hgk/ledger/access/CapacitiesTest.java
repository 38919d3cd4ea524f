package nl.hgk.ledger.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.audit.Qualification;
import org.junit.jupiter.api.Test;

/**
 * The table of who takes which step in the README is the table of {@link Capacities}, both ways: every step has a row,
 * every type a column, and a cell is ticked exactly where the type takes the step (marked "hulpofficier only" where a
 * qualification is needed). And the steps the interface offers someone ({@link Capacities#stepsOf}).
 */
class CapacitiesTest {

    private static final Path README = Path.of("..", "README.md");
    private static final String START = "<!-- capacities -->";
    private static final String END = "<!-- /capacities -->";
    /** the README's column headings, in Dutch as the domain speaks */
    private static final Map<String, OrganisationType> COLUMNS = Map.of(
            "Veilig Thuis", OrganisationType.VEILIG_THUIS,
            "lokaal team", OrganisationType.LOCAL_TEAM,
            "zorgaanbieder", OrganisationType.PROVIDER,
            "Meldpunt", OrganisationType.MELDPUNT,
            "politie", OrganisationType.POLICE,
            "burgemeester", OrganisationType.MAYOR,
            "gemeente", OrganisationType.MUNICIPALITY,
            "Raad / GI", OrganisationType.CHILD_PROTECTION);
    private static final Pattern STEP = Pattern.compile("`([A-Z_]+)`\\s*$");

    /** one ticked cell: the type takes the step, with the qualification the README names (absent: none) */
    private record Cell(OrganisationType type, Optional<Qualification> onlyWith) {
    }

    @Test
    void theReadmeTableIsTheTableOfCapacitiesBothWays() throws IOException {
        Map<CaseStep, List<Cell>> readme = readmeTable();

        assertThat(readme.keySet()).as("a row for every step, and none for a step that is not one")
                .containsExactlyInAnyOrder(CaseStep.values());
        for (CaseStep step : CaseStep.values()) {
            List<OrganisationType> ticked = readme.get(step).stream().map(Cell::type).toList();
            assertThat(ticked).as("the README's row of %s", step)
                    .containsExactlyInAnyOrderElementsOf(Capacities.takenBy(step));
            for (Cell cell : readme.get(step)) {
                assertThat(cell.onlyWith()).as("%s by %s: the qualification", step, cell.type())
                        .isEqualTo(Capacities.onlyWith(step, cell.type()));
            }
        }
    }

    private static Map<CaseStep, List<Cell>> readmeTable() throws IOException {
        String text = Files.readString(README, StandardCharsets.UTF_8);
        assertThat(text).as("the README holds the table between its markers").contains(START, END);
        List<String> lines = text.substring(text.indexOf(START) + START.length(), text.indexOf(END)).lines()
                .map(String::strip).filter(line -> line.startsWith("|")).toList();
        List<String> heading = cells(lines.get(0));
        List<OrganisationType> columns = heading.subList(1, heading.size()).stream().map(label -> {
            assertThat(COLUMNS).as("a column of the README's table").containsKey(label);
            return COLUMNS.get(label);
        }).toList();
        assertThat(columns).as("a column for every type").containsExactlyInAnyOrder(OrganisationType.values());

        Map<CaseStep, List<Cell>> table = new EnumMap<>(CaseStep.class);
        for (String line : lines.subList(2, lines.size())) {
            List<String> row = cells(line);
            Matcher step = STEP.matcher(row.get(0));
            assertThat(step.find()).as("the row names its step in code: %s", line).isTrue();
            CaseStep caseStep = CaseStep.valueOf(step.group(1));
            assertThat(row).as("a cell for every column: %s", line).hasSize(columns.size() + 1);
            List<Cell> ticked = new ArrayList<>();
            for (int column = 0; column < columns.size(); column++) {
                String cell = row.get(column + 1);
                if (!cell.isEmpty()) {
                    assertThat(cell).as("%s: a cell is empty or ticked", line).startsWith("✓");
                    ticked.add(new Cell(columns.get(column), cell.contains("hulpofficier")
                            ? Optional.of(Qualification.AUXILIARY_PROSECUTOR) : Optional.empty()));
                }
            }
            assertThat(table.put(caseStep, ticked)).as("one row for %s", caseStep).isNull();
        }
        return table;
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }

    @Test
    void aCaseWorkerOfVeiligThuisIsOfferedItsStepsAndAMayorOnlyTheHuisverbod() {
        LedgerUser veiligThuis = new LedgerUser("t.visser", ActorRole.CASE_WORKER, "veilig-thuis-hm", "VT10",
                OrganisationType.VEILIG_THUIS);
        LedgerUser mayor = new LedgerUser("b.burgemeester", ActorRole.CASE_WORKER, "burgemeester-leiden", "VT10",
                OrganisationType.MAYOR, "GM0546", Set.of());

        assertThat(Capacities.stepsOf(veiligThuis)).contains(CaseStep.REPORT, CaseStep.ASSIGN_CODE,
                CaseStep.CLOSE_CASE).doesNotContain(CaseStep.IMPOSE_HUISVERBOD, CaseStep.ERASE_PERSON,
                CaseStep.ERASE_CASE_DATA);
        assertThat(Capacities.stepsOf(mayor)).containsExactly(CaseStep.REPORT, CaseStep.IMPOSE_HUISVERBOD,
                CaseStep.EXTEND_HUISVERBOD, CaseStep.END_HUISVERBOD);
    }

    @Test
    void aPoliceOfficerImposesAHuisverbodOnlyAsHulpofficier() {
        LedgerUser officer = new LedgerUser("a.agent", ActorRole.CASE_WORKER, "politie-hm", "VT10",
                OrganisationType.POLICE);
        LedgerUser hulpofficier = new LedgerUser("h.officier", ActorRole.CASE_WORKER, "politie-hm", "VT10",
                OrganisationType.POLICE, null, Set.of(Qualification.AUXILIARY_PROSECUTOR));

        assertThat(Capacities.stepsOf(officer)).doesNotContain(CaseStep.IMPOSE_HUISVERBOD);
        assertThat(Capacities.stepsOf(hulpofficier)).contains(CaseStep.IMPOSE_HUISVERBOD)
                .doesNotContain(CaseStep.EXTEND_HUISVERBOD, CaseStep.END_HUISVERBOD);
    }

    /** The role decides too: a privacy officer erases and takes no other step; an analyst or inspector none. */
    @Test
    void theRoleNarrowsTheStepsOfTheType() {
        LedgerUser privacyOfficer = new LedgerUser("fg", ActorRole.PRIVACY_OFFICER, "veilig-thuis-hm", "VT10",
                OrganisationType.VEILIG_THUIS);
        LedgerUser analyst = new LedgerUser("analist", ActorRole.ANALYST, "gemeente-leiden", "VT10",
                OrganisationType.MUNICIPALITY, "GM0546", Set.of());
        LedgerUser inspector = new LedgerUser("inspecteur", ActorRole.INSPECTOR, "inspectie-jenv", "VT10", null);
        LedgerUser ofNoType = new LedgerUser("w.willems", ActorRole.CASE_WORKER, "inspectie-jenv", "VT10", null);

        assertThat(Capacities.stepsOf(privacyOfficer)).containsExactly(CaseStep.ERASE_PERSON);
        assertThat(Capacities.stepsOf(analyst)).isEmpty();
        assertThat(Capacities.stepsOf(inspector)).isEmpty();
        assertThat(Capacities.stepsOf(ofNoType)).containsExactly(CaseStep.REPORT);
    }
}
