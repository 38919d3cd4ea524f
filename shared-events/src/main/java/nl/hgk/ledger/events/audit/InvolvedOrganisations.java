package nl.hgk.ledger.events.audit;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.CoordinatorReplaced;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.coordination.FamilyPlanRevised;
import nl.hgk.ledger.events.coordination.PlanTask;
import nl.hgk.ledger.events.coordination.ProcessDirectorAppointed;
import nl.hgk.ledger.events.escalation.CareOrdered;
import nl.hgk.ledger.events.escalation.CoordinationReturned;

/**
 * Which organisations an event of a case involves in it: the organisation of whoever recorded it (the ledger's own
 * steps excepted), a coordinator's or process director's, the owners of the plan's tasks, a party ordered to deliver
 * care. One rule for every side
 * that decides who reaches a case or whose board shows it, so that they cannot disagree.
 */
public final class InvolvedOrganisations {

    private InvolvedOrganisations() {
    }

    /**
     * @param payload  the event
     * @param metaData the event's metadata (who recorded it)
     * @return the organisations the event involves, possibly none
     */
    public static Set<String> of(Object payload, Map<String, ?> metaData) {
        Set<String> involved = new LinkedHashSet<>();
        if (payload instanceof CoordinatorAppointed appointed) {
            involved.add(appointed.coordinator().organisation());
        } else if (payload instanceof CoordinatorReplaced replaced) {
            involved.add(replaced.next().organisation());
        } else if (payload instanceof ProcessDirectorAppointed appointed) {
            involved.add(appointed.processDirector().organisation());
        } else if (payload instanceof FamilyPlanAdopted adopted) {
            adopted.plan().tasks().stream().map(PlanTask::ownerOrganisation).forEach(involved::add);
        } else if (payload instanceof FamilyPlanRevised revised) {
            revised.plan().tasks().stream().map(PlanTask::ownerOrganisation).forEach(involved::add);
        } else if (payload instanceof CareOrdered ordered) {
            involved.add(ordered.party());
        } else if (payload instanceof CoordinationReturned returned) {
            involved.add(returned.coordinator().organisation());
        }
        // the ledger itself acting on a time limit or a retention period involves no organisation
        boolean bySystem = ActorRole.SYSTEM.name().equals(metaData.get(AuditMetadata.ROLE));
        if (!bySystem && metaData.get(AuditMetadata.ORGANISATION) instanceof String organisation
                && !organisation.isBlank()) {
            involved.add(organisation);
        }
        involved.removeIf(organisation -> organisation == null || organisation.isBlank());
        return involved;
    }
}
