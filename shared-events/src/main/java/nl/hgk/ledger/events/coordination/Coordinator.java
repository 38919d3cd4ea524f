package nl.hgk.ledger.events.coordination;

import java.util.UUID;

/**
 * Who coordinates the care for a family (zorgcoördinator, regisseur): a professional, or a parent of the family
 * supported by a professional organisation that records the steps in the ledger ("Het gezin heeft de regie", seed 001;
 * "of van de ouder indien deze de rol van zorgcoördinator vervult", seed 000 B2 §2.2). Either way the organisation is
 * the coordinating organisation whose steps the case-bound rules allow.
 *
 * @param userId       the professional's user name in the ledger: the coordinator, or the one supporting the parent
 * @param organisation the organisation they work for
 * @param personId     the person of the case who coordinates, when the family does; absent when a professional does.
 *                     Only the id: the person's name stays in their encrypted personal data
 */
public record Coordinator(String userId, String organisation, UUID personId) {

    /** a professional coordinates */
    public Coordinator(String userId, String organisation) {
        this(userId, organisation, null);
    }

    /** @return whether a person of the family coordinates, supported by the organisation */
    public boolean byTheFamily() {
        return personId != null;
    }
}
