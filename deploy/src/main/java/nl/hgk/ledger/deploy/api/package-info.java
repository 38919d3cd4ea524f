/**
 * What the whole HTTP API shares: its OpenAPI description, strict JSON, the request size limit, and errors as problem
 * details.
 */
package nl.hgk.ledger.deploy.api;
