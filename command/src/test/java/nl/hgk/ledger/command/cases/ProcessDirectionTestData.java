package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.coordinatorAppointed;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.coordination.ProcessDirector;
import nl.hgk.ledger.events.coordination.ProcessDirectorAppointed;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationStep;

/** The usual case at escalation step 4 with its process director, for the tests of the process director's powers. */
final class ProcessDirectionTestData {

    /** of the Meldpunt of {@link FixtureActors#MELDPUNT}, which the tests' process director acts for */
    static final ProcessDirector DIRECTOR = new ProcessDirector("p.devries", FixtureActors.MELDPUNT.organisation());
    /** someone of another region's Meldpunt: may take the process director's steps, but not in this case */
    static final LedgerUser OTHER_MELDPUNT = new LedgerUser("k.visser", ActorRole.CASE_WORKER,
            "Meldpunt Zorg en Overlast Zuid-Holland Zuid", "VT24", OrganisationType.MELDPUNT);

    private ProcessDirectionTestData() {
    }

    /** the case opened, its coordinator appointed, escalated to step 4 urgently, and the process director appointed */
    static Object[] atStepFourWithProcessDirector() {
        return new Object[] {caseOpened(), coordinatorAppointed(),
                new EscalationRaised(CASE_ID, EscalationStep.PROCESS_DIRECTOR, null, "kinderen onveilig"),
                new ProcessDirectorAppointed(CASE_ID, DIRECTOR)};
    }
}
