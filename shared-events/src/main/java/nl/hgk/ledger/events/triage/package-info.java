/** Triage by Veilig Thuis: the safety code, the triage decision, and Veilig Thuis's own investigation. */
package nl.hgk.ledger.events.triage;
