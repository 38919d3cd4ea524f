/**
 * Roles for scale: the same application runs as a {@code command} node, a {@code query} node, or both (the default),
 * chosen by a Spring profile that sets {@link nl.hgk.ledger.deploy.roles.NodeRole} ({@code hgk.node.*}). All nodes
 * share one PostgreSQL. A node without views leaves the query side out of its context
 * ({@link nl.hgk.ledger.deploy.roles.QuerySideLeftOut}); a node without commands refuses every command on its command
 * bus ({@link nl.hgk.ledger.deploy.roles.CommandsNotTakenHere}) and does not poll the deadlines. See docs/scaling.md.
 */
package nl.hgk.ledger.deploy.roles;
