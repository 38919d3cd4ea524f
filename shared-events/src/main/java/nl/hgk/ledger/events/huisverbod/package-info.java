/**
 * The temporary restraining order (tijdelijk huisverbod, Wet tijdelijk huisverbod): imposed by the mayor for 10 days,
 * extendable to at most 28 days in total.
 */
package nl.hgk.ledger.events.huisverbod;
