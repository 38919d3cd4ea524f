package nl.hgk.ledger.deploy.generator;

import java.time.Instant;
import java.util.List;

import nl.hgk.ledger.access.LedgerUser;

/**
 * What the generator did: every command it gave, at its simulated moment, in order.
 *
 * @param sent    the commands the ledger accepted
 * @param refused how many it refused (a plausible year is generated without refusals: expected 0)
 */
public record GeneratedYear(List<Sent> sent, int refused) {

    /** One command, at its moment, given by someone of the party whose step it is. */
    public record Sent(Instant at, Object command, LedgerUser by) {
    }
}
