package nl.hgk.ledger.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.reference.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole matrix of the access policy: every role, with the case in their own region, in another region, or with no
 * region of their own, their organisation involved in the case or not, for every action. The table below is the one
 * of {@code docs/access.md}; each cell says where a role may do the action, and the test spells that out over every
 * combination, so that a rule missing from (or added to) the policy fails a row.
 */
class AccessPolicyTest {

    /** Where a role may do an action: which of the cases it reaches. */
    enum Reach {
        /** every case, wherever it lies */
        ANYWHERE,
        /** the cases of the user's own region, and those their organisation is involved in */
        IN_SCOPE,
        /** the cases of the user's own region only */
        OWN_REGION,
        /** no case */
        NEVER
    }

    private static final List<CaseAction> COLUMNS = List.of(CaseAction.REPORT, CaseAction.CHANGE,
            CaseAction.ERASE_PERSON, CaseAction.READ_FAMILY_PLAN, CaseAction.READ_HISTORY);

    private static final Map<ActorRole, List<Reach>> TABLE = new EnumMap<>(ActorRole.class);

    static {
        //                                    REPORT          CHANGE          ERASE_PERSON    READ_FAMILY_PLAN READ_HISTORY
        TABLE.put(ActorRole.CASE_WORKER,     row(Reach.ANYWHERE, Reach.IN_SCOPE, Reach.NEVER, Reach.IN_SCOPE, Reach.IN_SCOPE));
        TABLE.put(ActorRole.COORDINATOR,     row(Reach.ANYWHERE, Reach.IN_SCOPE, Reach.NEVER, Reach.IN_SCOPE, Reach.IN_SCOPE));
        TABLE.put(ActorRole.INSPECTOR,       row(Reach.NEVER, Reach.NEVER, Reach.NEVER, Reach.NEVER, Reach.OWN_REGION));
        TABLE.put(ActorRole.PRIVACY_OFFICER, row(Reach.NEVER, Reach.NEVER, Reach.IN_SCOPE, Reach.NEVER, Reach.NEVER));
        TABLE.put(ActorRole.ANALYST,         row(Reach.NEVER, Reach.NEVER, Reach.NEVER, Reach.NEVER, Reach.NEVER));
        TABLE.put(ActorRole.ADMINISTRATOR,   row(Reach.NEVER, Reach.NEVER, Reach.NEVER, Reach.NEVER, Reach.NEVER));
        TABLE.put(ActorRole.SYSTEM,          row(Reach.NEVER, Reach.ANYWHERE, Reach.NEVER, Reach.NEVER, Reach.NEVER));
    }

    /** The user's own region, as it stands to the case's. */
    enum UserRegion {
        OWN("VT24"), OTHER("VT10"), NONE(null);

        final String code;

        UserRegion(String code) {
            this.code = code;
        }
    }

    private static final String CASE_REGION = "VT24";
    private static final String USERS_ORGANISATION = "wijkteam-zwijndrecht";

    private static List<Reach> row(Reach... cells) {
        return List.of(cells);
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cells = new ArrayList<>();
        for (ActorRole role : ActorRole.values()) {
            for (UserRegion region : UserRegion.values()) {
                for (boolean involved : new boolean[] {true, false}) {
                    for (int column = 0; column < COLUMNS.size(); column++) {
                        Reach reach = TABLE.get(role).get(column);
                        boolean expected = switch (reach) {
                            case ANYWHERE -> true;
                            case IN_SCOPE -> region == UserRegion.OWN || involved;
                            case OWN_REGION -> region == UserRegion.OWN;
                            case NEVER -> false;
                        };
                        cells.add(Arguments.of(role, region, involved, COLUMNS.get(column), expected));
                    }
                }
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0}, {1} region, organisation involved {2}: {3} -> {4}")
    @MethodSource("matrix")
    void theTableOfDocsAccess(ActorRole role, UserRegion region, boolean involved, CaseAction action,
                              boolean expected) {
        LedgerUser user = new LedgerUser("someone", role, USERS_ORGANISATION, region.code, null);
        CaseScope scope = new CaseScope(CASE_REGION, involved
                ? Set.of("veilig-thuis-zhz", USERS_ORGANISATION) : Set.of("veilig-thuis-zhz"));
        assertThat(AccessPolicy.permits(user, action, scope)).isEqualTo(expected);
    }

    @Test
    void theTableHasARowForEveryRoleAndAColumnForEveryAction() {
        assertThat(TABLE.keySet()).containsExactlyInAnyOrder(ActorRole.values());
        assertThat(COLUMNS).containsExactlyInAnyOrder(CaseAction.values());
        assertThat(TABLE.values()).allSatisfy(row -> assertThat(row).hasSize(COLUMNS.size()));
    }

    @Test
    void aCaseOfAMunicipalityTheReferenceDataDoesNotKnowLiesInNobodysRegion() {
        CaseScope known = CaseScope.of(MunicipalityCode.of("GM0505"), Set.of());
        CaseScope unknown = CaseScope.of(MunicipalityCode.of("GM9999"), Set.of());
        assertThat(known.region()).isEqualTo("VT24");
        assertThat(unknown.region()).isEqualTo(CaseScope.UNKNOWN_REGION);
        for (String region : Arrays.asList("VT24", "VT10", null)) {
            LedgerUser caseWorker = new LedgerUser("someone", ActorRole.CASE_WORKER, USERS_ORGANISATION, region, null);
            assertThat(AccessPolicy.permits(caseWorker, CaseAction.READ_FAMILY_PLAN, unknown)).as(region).isFalse();
        }
    }
}
