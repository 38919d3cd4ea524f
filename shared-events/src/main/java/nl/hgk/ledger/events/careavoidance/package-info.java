/**
 * Care avoidance (zorgmijding, seed 000 B2 §2.1.4, §5.1.6): the coordinator records that a client avoids the care they
 * need, with the worrying situation, its risks and the client's view; the Meldpunt Zorg en Overlast draws up an action
 * plan to realise the care after all.
 */
package nl.hgk.ledger.events.careavoidance;
