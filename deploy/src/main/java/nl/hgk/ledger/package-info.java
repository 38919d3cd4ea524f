/**
 * The launcher of the ledger. Sub-packages of {@code deploy} hold how it runs: the database (the embedded
 * PostgreSQL default and the event store schema), security, and the profiles in {@code application*.yml}.
 */
package nl.hgk.ledger;
