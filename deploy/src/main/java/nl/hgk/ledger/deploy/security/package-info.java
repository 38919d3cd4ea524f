/**
 * Who may use the ledger. In production: bearer JWTs from the organisation's OIDC identity provider (e.g. Keycloak),
 * whose claims give the user, one role and the organisation. On the embedded default: HTTP Basic against named DEMO
 * users from the configuration, one per role. Both end in the same authorities ({@code ROLE_<ActorRole>},
 * {@code ORGANISATION_<organisation>}), which the command side records on every event. Every endpoint under
 * {@code /api} has a rule naming the roles that may use it, and an endpoint without a rule is refused. Stateless: no
 * session, no cookie, so no CSRF exposure. Security headers on every answer. Scopes per region and organisation come
 * with a later issue.
 */
package nl.hgk.ledger.deploy.security;
