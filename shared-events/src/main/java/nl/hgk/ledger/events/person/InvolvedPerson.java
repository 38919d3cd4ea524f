package nl.hgk.ledger.events.person;

import java.util.UUID;

/**
 * A person involved in a case.
 *
 * @param personId     the data subject's identifier: the key under which their personal data will be encrypted
 * @param role         the person's role in the reported situation
 * @param personalData who the person is
 */
public record InvolvedPerson(UUID personId, PersonRole role, PersonalData personalData) {
}
