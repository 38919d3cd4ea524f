package nl.hgk.ledger.events.intake;

import com.fasterxml.jackson.annotation.JsonIgnore;
import nl.hgk.ledger.events.person.PersonalData;

/**
 * The reporter of a contact.
 *
 * @param type    professional, citizen, police or anonymous
 * @param sector  the professional's sector; absent for citizens and anonymous reporters
 * @param contact how to reach the reporter for feedback; absent for anonymous reporters
 */
public record Reporter(ReporterType type, ReporterSector sector, PersonalData contact) {

    @JsonIgnore
    public boolean isAnonymous() {
        return type == ReporterType.ANONYMOUS;
    }
}
