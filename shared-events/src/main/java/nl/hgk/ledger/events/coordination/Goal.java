package nl.hgk.ledger.events.coordination;

/** A goal of the family plan, in one life domain. Describes the work, not the person. */
public record Goal(LifeDomain lifeDomain, String description) {
}
