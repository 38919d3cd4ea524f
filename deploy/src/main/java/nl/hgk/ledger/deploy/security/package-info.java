/**
 * Who may use the ledger. For now: HTTP Basic against named demo users from the configuration, one per role, each
 * with an organisation; every endpoint under {@code /api} has a rule naming the roles that may use it (case workers
 * and coordinators give commands and read family plans; analysts read figures; inspectors read histories;
 * administrators manage the views), and an endpoint without a rule is refused. Full access control (OIDC, scopes per
 * region and organisation) comes with a later issue.
 */
package nl.hgk.ledger.deploy.security;
