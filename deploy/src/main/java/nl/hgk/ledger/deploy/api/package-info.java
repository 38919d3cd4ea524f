/** The description of the HTTP API as a whole, for its OpenAPI document. */
package nl.hgk.ledger.deploy.api;
