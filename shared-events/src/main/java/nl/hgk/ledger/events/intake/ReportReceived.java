package nl.hgk.ledger.events.intake;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import nl.hgk.ledger.events.person.InvolvedPerson;
import nl.hgk.ledger.reference.MunicipalityCode;
import org.axonframework.serialization.Revision;

/**
 * An advice request or report was received. The first one opens a case; later ones about the same household,
 * while that case is open, are bundled into it.
 *
 * @param caseId           the case it belongs to
 * @param reportId         this contact's identifier
 * @param household        the household it is about
 * @param municipality     the household's municipality (CBS code)
 * @param region           the Veilig Thuis region the municipality lay in when the report came (CBS code, VT24):
 *                         recorded, so that a later division of municipalities never moves a case (revision 2;
 *                         {@link ReportReceivedUpcaster} gives older reports the region of the reference data)
 * @param contactType      advice request or report
 * @param reporter         who made the contact
 * @param formsOfViolence  what it is about: one or more forms
 * @param persons          the people involved and their roles
 * @param repeatOfCaseId   for a report that opened a case while an earlier case of the household was closed
 *                         (hermelding): that earlier case; otherwise absent
 */
@Revision("2")
public record ReportReceived(UUID caseId,
                             UUID reportId,
                             HouseholdKey household,
                             MunicipalityCode municipality,
                             String region,
                             ContactType contactType,
                             Reporter reporter,
                             Set<FormOfViolence> formsOfViolence,
                             List<InvolvedPerson> persons,
                             UUID repeatOfCaseId) {

    @JsonIgnore
    public boolean isRepeatReport() {
        return repeatOfCaseId != null;
    }
}
