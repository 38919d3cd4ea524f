/**
 * Who, when and why: the metadata every event carries. The time is the event's own timestamp; the user,
 * organisation, role and reason travel as metadata under the keys of {@link nl.hgk.ledger.events.audit.AuditMetadata}.
 */
package nl.hgk.ledger.events.audit;
