package nl.hgk.ledger.query.familyplan;

import java.time.Clock;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers {@link FindFamilyPlan} from the projection's table: the view as far as the projection has come. */
@Component
class FamilyPlanQueries {

    private final FamilyPlanTable table;
    private final Clock clock;

    /** @param clock the ledger's one clock: a limit is overdue or not as of the read */
    FamilyPlanQueries(FamilyPlanTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    /** @return the view, or null while the case is not in it (an unknown case, or one the view has not reached) */
    @QueryHandler
    FamilyPlanView handle(FindFamilyPlan query) {
        return table.find(query.caseId()).map(state -> FamilyPlanView.of(query.caseId(), state, clock.instant()))
                .orElse(null);
    }
}
