package nl.hgk.ledger.deploy.privacy;

import java.util.UUID;

/** Personal data of a subject whose key was destroyed was about to be stored: it is refused, never stored in clear. */
final class SubjectErasedException extends IllegalStateException {

    SubjectErasedException(UUID subject) {
        super("the personal data of data subject " + subject + " was erased: nothing new of theirs is stored");
    }
}
