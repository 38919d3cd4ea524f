/**
 * The case (casus) of one household: the aggregate that decides every rule of the life of a case (seed 000 B2),
 * and the commands it takes. Command handlers decide and apply events; event-sourcing handlers only record state.
 */
package nl.hgk.ledger.command.cases;
