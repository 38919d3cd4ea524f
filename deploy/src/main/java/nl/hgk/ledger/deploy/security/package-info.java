/**
 * Who may use the ledger. In production: bearer JWTs from the organisation's OIDC identity provider (e.g. Keycloak),
 * whose claims give the user, one role and the organisation. On the embedded default: HTTP Basic against named DEMO
 * users from the configuration. Both end in the same authorities ({@code ROLE_<ActorRole>},
 * {@code ORGANISATION_<organisation>}, {@code REGION_<Veilig Thuis region>}): the command side records the first two
 * on every event, and the organisation and region decide which cases a user reaches (their scope). Every endpoint under
 * {@code /api} has a rule naming the roles that may use it, and an endpoint without a rule is refused. Stateless: no
 * session, no cookie, so no CSRF exposure. Security headers on every answer. The rules here say which roles may use an
 * endpoint; which cases they reach there is checked by the command and query sides against the case.
 */
package nl.hgk.ledger.deploy.security;
