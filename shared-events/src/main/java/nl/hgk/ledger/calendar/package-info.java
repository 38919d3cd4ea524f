/**
 * Working days in the Netherlands, for the ledger's norms and deadlines ("triage at the latest within 5 working days
 * of receiving the report", Handelingsprotocol Veilig Thuis).
 *
 * <p>A working day is a Monday to Friday that is not an <em>algemeen erkende feestdag</em> of the Algemene
 * termijnenwet (art. 3) and not an extra closing day. The Atw's days are exactly the days Jollyday's calendar for the
 * Netherlands lists: Nieuwjaarsdag, Goede Vrijdag (art. 3 lid 2), Eerste en Tweede Paasdag, Koningsdag (27 April, on
 * Saturday 26 April when the 27th is a Sunday), Bevrijdingsdag, Hemelvaartsdag, Eerste en Tweede Pinksterdag, Eerste
 * en Tweede Kerstdag. <strong>Bevrijdingsdag (5 May) counts every year</strong>, as in the Atw, even though many
 * collective labour agreements give it as a day off only once every five years: for a norm that protects a family this
 * errs on the side of the organisation's working days being fewer, never more, than the law says. Days the government
 * equates with a holiday by decree (Atw art. 3 lid 3, such as the Friday after Ascension Day in some years) and a
 * region's own closing days are passed as extra closing days.
 */
package nl.hgk.ledger.calendar;
