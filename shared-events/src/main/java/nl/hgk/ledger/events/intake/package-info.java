/**
 * How signals enter a case: advice requests and reports (meldingen), who reported them, what they are about,
 * and the feedback the reporter is owed.
 */
package nl.hgk.ledger.events.intake;
