package nl.hgk.ledger.query.familyplan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.hgk.ledger.query.casestate.CaseState;

/**
 * The cases one batch of events folds into: each case's stored state is read once for the batch (all of them in one
 * statement when the batch's events are known in advance), folded in memory through the batch's events, and written
 * once when the batch commits, all in one statement. A rebuild then costs two statements and one transaction per
 * batch instead of two statements and a transaction per event.
 */
final class FamilyPlanBatch {

    private final FamilyPlanTable table;
    /** the state of each case as far as this batch has folded it (empty for a case without a row) */
    private final Map<UUID, CaseState> states = new HashMap<>();
    private final Map<UUID, CaseState> changed = new LinkedHashMap<>();
    /** every state a watched case passed through in this batch, in order: an open screen is sent each change */
    private final Map<UUID, List<CaseState>> passed = new LinkedHashMap<>();

    FamilyPlanBatch(FamilyPlanTable table) {
        this.table = table;
    }

    /** Reads the stored state of these cases at once, for the events the batch is about to handle. */
    void readAhead(Collection<UUID> caseIds) {
        Set<UUID> unread = new HashSet<>(caseIds);
        unread.removeAll(states.keySet());
        Map<UUID, CaseState> found = table.findAll(unread);
        unread.forEach(caseId -> states.put(caseId, found.getOrDefault(caseId, CaseState.empty())));
    }

    /** @return the case's state as stored, with the events this batch folded in so far */
    CaseState state(UUID caseId) {
        return states.computeIfAbsent(caseId, id -> table.find(id).orElseGet(CaseState::empty));
    }

    void changed(UUID caseId, CaseState state) {
        states.put(caseId, state);
        changed.put(caseId, state);
    }

    /** Keeps this state of a case someone watches, to be sent with the others once the batch is written. */
    void watched(UUID caseId, CaseState state) {
        passed.computeIfAbsent(caseId, id -> new ArrayList<>()).add(table.copy(state));
    }

    /**
     * @return the states to send, per case whose row was written (not one that held a later version already): every
     *         state a watched case passed through, the last state of any other
     */
    Map<UUID, List<CaseState>> write() {
        Set<UUID> written = table.saveAll(changed);
        Map<UUID, List<CaseState>> stored = new LinkedHashMap<>();
        changed.forEach((caseId, state) -> {
            if (written.contains(caseId)) {
                stored.put(caseId, passed.getOrDefault(caseId, List.of(state)));
            }
        });
        changed.clear();
        passed.clear();
        return stored;
    }
}
