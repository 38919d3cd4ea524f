/**
 * The case's commands over HTTP: one endpoint each, with its request body. A request names the case version the user
 * saw; the answer carries the version the command produced. Kept apart from the aggregate, which knows nothing of
 * HTTP.
 */
package nl.hgk.ledger.command.cases.web;
