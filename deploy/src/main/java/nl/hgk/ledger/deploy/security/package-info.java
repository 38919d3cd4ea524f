/**
 * Who may use the ledger. For now: HTTP Basic against named demo users from the configuration, one per role, each
 * with an organisation; every request to {@code /api} needs one, and only case workers and coordinators give
 * commands. Full access control (OIDC, scopes per region and organisation) comes with a later issue.
 */
package nl.hgk.ledger.deploy.security;
