package nl.hgk.ledger.deploy.privacy;

import nl.hgk.ledger.events.person.PersonErased;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Destroys a subject's key when their erasure is recorded. A subscribing processor, so it runs in the transaction
 * that appends {@link PersonErased}: the erasure is on the record exactly when the key is gone, and a failure here
 * fails the erasure instead of leaving a recorded erasure with a key still in place.
 */
@Component
@ProcessingGroup(KeyShredding.PROCESSING_GROUP)
class KeyShredding {

    static final String PROCESSING_GROUP = "subject-keys";

    private final SubjectKeys keys;

    KeyShredding(SubjectKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(PersonErased event) {
        keys.destroy(event.personId());
    }
}
