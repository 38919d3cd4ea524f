/**
 * The one database, PostgreSQL: the embedded default started when no datasource is configured, and the event store's
 * table layout. The schema itself is owned by Flyway ({@code db/migration}).
 */
package nl.hgk.ledger.deploy.database;
