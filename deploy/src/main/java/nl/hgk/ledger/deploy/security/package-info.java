/**
 * Who may use the ledger. In production: bearer JWTs from the organisation's OIDC identity provider (e.g. Keycloak),
 * whose claims give the user, one role and the organisation. On the embedded default: HTTP Basic against named DEMO
 * users from the configuration. Both end in the same user ({@code LedgerUser}: name, role, organisation, region),
 * carried as authorities and read back in one place ({@code SignedInUsers}): the command side records who acted on
 * every event, and the access policy decides by the organisation and region which cases they reach (their scope).
 * Every endpoint under {@code /api} has a rule naming the roles that may use it, and an endpoint without a rule is
 * refused. A request with an {@code Authorization} header is stateless: no session, no cookie, so no CSRF exposure.
 * The browser interface signs in to a session instead ({@code BrowserSignIn}: a demo user's password, or the identity
 * provider's OIDC sign-in mapped by the same claims as a bearer token), kept in an HttpOnly cookie and guarded by CSRF
 * tokens ({@code BrowserCsrf}); its user is the same {@code LedgerUser}. Security headers on every answer. The rules
 * here say which roles may use an endpoint; which cases they reach there is decided by the {@code AccessPolicy}, asked
 * by the command side where commands are handled and by the query side where a case is read.
 */
package nl.hgk.ledger.deploy.security;
