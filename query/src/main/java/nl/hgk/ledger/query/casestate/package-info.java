/**
 * The state of one case as the people who work on it and inspect it see it, folded from the case's events. One fold
 * serves both the current family plan view (applied event by event as events arrive) and the inspector's history
 * "as it stood at" a moment (replayed from the event store up to that moment), so the two can never disagree.
 */
package nl.hgk.ledger.query.casestate;
