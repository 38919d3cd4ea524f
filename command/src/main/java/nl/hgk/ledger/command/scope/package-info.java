/**
 * Which cases a user may change: their scope. The command side keeps its own record of each case's Veilig Thuis
 * region and involved organisations, written with the events, and refuses a command on a case outside the user's
 * scope as if the case did not exist.
 */
package nl.hgk.ledger.command.scope;
