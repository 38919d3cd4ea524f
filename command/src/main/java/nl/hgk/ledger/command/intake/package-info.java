/**
 * How reports enter the ledger: the report API, the pseudonymous household key, and the bundling rule. A report
 * about a household with an open case joins that case; otherwise it opens a new case, marked as a repeat report
 * (hermelding) when the household had a case before. {@link nl.hgk.ledger.command.intake.HouseholdCases} keeps the
 * open case per household in a table whose primary key makes two open cases for one household impossible, even
 * when two reports arrive at once.
 */
package nl.hgk.ledger.command.intake;
