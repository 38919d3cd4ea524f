package nl.hgk.ledger.command.cases;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.hgk.ledger.events.intake.ContactType;
import nl.hgk.ledger.events.intake.FormOfViolence;
import nl.hgk.ledger.events.intake.HouseholdKey;
import nl.hgk.ledger.events.intake.Reporter;
import nl.hgk.ledger.events.person.InvolvedPerson;
import nl.hgk.ledger.reference.MunicipalityCode;

/** An advice request or report as it is received, before it is known which case it belongs to. */
public record Report(UUID reportId,
                     HouseholdKey household,
                     MunicipalityCode municipality,
                     ContactType contactType,
                     Reporter reporter,
                     Set<FormOfViolence> formsOfViolence,
                     List<InvolvedPerson> persons) {
}
