package nl.hgk.ledger.command.web;

import nl.hgk.ledger.command.cases.Refusal;

/**
 * The details of a refused command as they cross the command bus. Exceptions lose their type on a distributed bus
 * (Axon Server); these details do not.
 */
public record RefusalDetails(Refusal refusal) {
}
