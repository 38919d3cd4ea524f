/**
 * Reference data both sides share: every Dutch municipality of the CBS division of 1 January 2025 with its
 * Veilig Thuis region ({@code municipalities-2025.csv}, sources in {@code SOURCES.md} beside it). The command side
 * validates municipality codes against it; the query side aggregates figures by region with it.
 */
package nl.hgk.ledger.reference;
