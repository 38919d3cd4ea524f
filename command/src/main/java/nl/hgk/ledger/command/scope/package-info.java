/**
 * Which cases a user may change: their scope. The command side keeps its own record of each case's Veilig Thuis
 * region and involved organisations, written with the events, and refuses every command on a case the access policy
 * does not let its user change, where commands are handled, as if the case did not exist.
 */
package nl.hgk.ledger.command.scope;
