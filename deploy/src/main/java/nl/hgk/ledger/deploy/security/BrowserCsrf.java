package nl.hgk.ledger.deploy.security;

import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

/**
 * Cross-site request forgery protection for the browser interface's session, in the way Spring Security documents
 * for a single-page application: the token travels in the cookie {@value #COOKIE}, which the page's script reads, and
 * comes back in the header {@value #HEADER}, which a forged request from another site cannot set (it cannot read the
 * cookie). A request that carries an {@code Authorization} header never gets here: it is signed in by that header
 * alone, and there is nothing for a forged request to ride on.
 */
final class BrowserCsrf implements CsrfTokenRequestHandler {

    static final String COOKIE = "XSRF-TOKEN";
    static final String HEADER = "X-XSRF-TOKEN";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "TRACE", "OPTIONS");

    /** the token the page reads from the cookie, as it was given */
    private final CsrfTokenRequestHandler plain = new CsrfTokenRequestAttributeHandler();
    /** a token rendered into an answer, masked anew each time (BREACH) */
    private final CsrfTokenRequestHandler xor = new XorCsrfTokenRequestAttributeHandler();

    /** The token's cookie: read by the page's script (so not HttpOnly), only over HTTPS, never sent cross-site. */
    static CookieCsrfTokenRepository tokens() {
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieName(COOKIE);
        tokens.setHeaderName(HEADER);
        tokens.setCookiePath("/");
        tokens.setCookieCustomizer(cookie -> cookie.secure(true).sameSite("Strict"));
        return tokens;
    }

    /**
     * The requests that must carry the token: every state-changing request of a browser with a session (its cookie),
     * and signing in to one ({@code /api/session}: no login CSRF, a forged sign-in under the attacker's account). A
     * state-changing request with neither has nothing to be signed in with, is refused 401, and is answered without
     * setting a cookie.
     */
    static RequestMatcher protectedRequests() {
        return request -> !SAFE_METHODS.contains(request.getMethod())
                && (request.getRequestedSessionId() != null
                || BrowserSignIn.SESSION.equals(request.getRequestURI()));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        xor.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        // the page sends the cookie's value in the header as it is; a token rendered into a form would be masked
        return (StringUtils.hasText(request.getHeader(token.getHeaderName())) ? plain : xor)
                .resolveCsrfTokenValue(request, token);
    }
}
