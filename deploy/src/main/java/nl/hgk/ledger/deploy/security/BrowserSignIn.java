package nl.hgk.ledger.deploy.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.server.Cookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfLogoutHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The browser interface's sign-in, on the server (backend for frontend): the page never holds a token. A browser
 * signs in to a session whose cookie its scripts cannot read, with a DEMO user's password on the embedded default
 * ({@code POST /api/session}) or with the identity provider (a full page navigation to the sign-in URL of
 * {@link SignInOptions}); {@code GET /api/me} says who is signed in, {@code DELETE /api/session} signs out. Requests
 * with an {@code Authorization} header (integrations, curl, Swagger UI) are signed in by that header alone and never
 * get a session. The answers that a page reads first (the options, who is signed in, the sign-in) give it the CSRF
 * token in the cookie {@value BrowserCsrf#COOKIE} ({@link BrowserCsrf}).
 */
@RestController
@Tag(name = "Sign-in", description = "The browser interface's session: sign in, who is signed in, sign out. "
        + "Integrations send an Authorization header with every request instead and get no session")
class BrowserSignIn {

    static final String SESSION = "/api/session";
    /** the client registration of the identity provider ({@code spring.security.oauth2.client.registration.hgk}) */
    static final String REGISTRATION = "hgk";
    private static final String TYPES = "urn:hgk-ledger:problem:";

    private final DemoUsers demoUsers;
    private final AuthenticationManager passwords;
    private final SessionAuthenticationStrategy newSession;
    private final SecurityContextRepository sessions;
    private final CsrfTokenRepository csrfTokens;
    private final ObjectProvider<ClientRegistrationRepository> identityProvider;
    private final Cookie sessionCookie;
    private final Duration failedSignIn;

    BrowserSignIn(DemoUsers demoUsers, UserDetailsService users, PasswordEncoder encoder,
                  SecurityContextRepository browserSessions, CsrfTokenRepository browserCsrfTokens,
                  ObjectProvider<ClientRegistrationRepository> identityProvider, ServerProperties server,
                  @Value("${hgk.security.session.failed-sign-in-delay:1s}") Duration failedSignIn) {
        this.demoUsers = demoUsers;
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        this.passwords = new ProviderManager(provider);
        CsrfAuthenticationStrategy newCsrfToken = new CsrfAuthenticationStrategy(browserCsrfTokens);
        newCsrfToken.setRequestHandler(new BrowserCsrf());
        // session fixation: a session that existed before signing in gets a new id, and a new CSRF token
        this.newSession = new CompositeSessionAuthenticationStrategy(
                List.of(new ChangeSessionIdAuthenticationStrategy(), newCsrfToken));
        this.sessions = browserSessions;
        this.csrfTokens = browserCsrfTokens;
        this.identityProvider = identityProvider;
        this.sessionCookie = server.getServlet().getSession().getCookie();
        this.failedSignIn = failedSignIn;
    }

    @GetMapping(path = "/api/sign-in-options", produces = MediaType.APPLICATION_JSON_VALUE)
    @SecurityRequirements
    @Operation(summary = "The ways to sign in here: the DEMO users (embedded default only, without passwords) and the "
            + "identity provider's sign-in URL (null when none is configured). Open to all; gives a browser the "
            + "CSRF token in the cookie XSRF-TOKEN")
    SignInOptions signInOptions(HttpServletRequest request) {
        renderCsrfToken(request);
        SignInOptions.IdentityProvider provider = identityProvider.stream()
                .map(registrations -> registrations.findByRegistrationId(REGISTRATION))
                .filter(registration -> registration != null)
                .findFirst()
                .map(registration -> new SignInOptions.IdentityProvider("/oauth2/authorization/" + REGISTRATION))
                .orElse(null);
        return new SignInOptions(demoUsers.demoUsers().stream().map(SignedInAs::of).toList(), provider);
    }

    @PostMapping(path = SESSION, produces = MediaType.APPLICATION_JSON_VALUE)
    @SecurityRequirements
    @Operation(summary = "Sign a browser in to a session with a DEMO user's name and password (embedded default "
            + "only; 404 where there are none). Needs the X-XSRF-TOKEN header with the XSRF-TOKEN cookie's value; "
            + "sets the session cookie HGK_SESSION (a new id) and a new XSRF-TOKEN. A wrong name or password is 401, "
            + "answered no sooner than a fixed delay. Not with an Authorization header (400)")
    SignedInAs signIn(@Valid @RequestBody Credentials credentials, HttpServletRequest request,
                      HttpServletResponse response) {
        if (demoUsers.demoUsers().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "There are no demo users here: sign in with the identity provider");
        }
        refuseAuthorizationHeader(request);
        long started = System.nanoTime();
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    credentials.username(), credentials.password()));
        } catch (AuthenticationException wrong) {
            waitOutFailedSignIn(started);
            // the same answer for an unknown user and a wrong password: it tells nobody which users exist
            throw problem(HttpStatus.UNAUTHORIZED, "sign-in-failed", "Not signed in",
                    "The user name or the password is wrong");
        }
        newSession.onAuthentication(signedIn, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        renderCsrfToken(request);
        return SignedInAs.of(SignedInUsers.userOf(signedIn));
    }

    @DeleteMapping(SESSION)
    @SecurityRequirements
    @Operation(summary = "Sign a browser out: ends the session and clears its cookies (204, also when there was no "
            + "session). Needs the X-XSRF-TOKEN header. Not with an Authorization header (400)")
    ResponseEntity<Void> signOut(HttpServletRequest request, HttpServletResponse response,
                                 Authentication authentication) {
        refuseAuthorizationHeader(request);
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        new CsrfLogoutHandler(csrfTokens).logout(request, response, authentication);
        ResponseCookie expired = ResponseCookie.from(sessionCookie.getName(), "")
                .path(sessionCookie.getPath() == null ? "/" : sessionCookie.getPath())
                .maxAge(0).httpOnly(true).secure(true)
                .sameSite(sessionCookie.getSameSite() == null ? null : sessionCookie.getSameSite().attributeValue())
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, expired.toString());
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Who is signed in (by the session, a bearer token or Basic): name, role, organisation, "
            + "region; 401 when nobody is. Gives a browser with a session the CSRF token in the cookie XSRF-TOKEN")
    SignedInAs me(Authentication authentication, HttpServletRequest request) {
        renderCsrfToken(request);
        return SignedInAs.of(SignedInUsers.userOf(authentication));
    }

    /**
     * Makes the request's CSRF token be stored in its cookie, so that the page can send it back. Only a browser's
     * requests have one (a request with an {@code Authorization} header has no CSRF protection and sets no cookie).
     */
    private static void renderCsrfToken(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
    }

    /** A session is for a browser: a request with an Authorization header is signed in by it alone (stateless). */
    private static void refuseAuthorizationHeader(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            throw problem(HttpStatus.BAD_REQUEST, "session-with-authorization-header", "No session with a header",
                    "A request with an Authorization header is signed in by that header alone and gets no session; "
                            + "send this request without it");
        }
    }

    /**
     * Every failed sign-in is answered no sooner than the delay after it began, so that guessing passwords is slow
     * and a wrong password takes as long as an unknown user.
     */
    private void waitOutFailedSignIn(long started) {
        long left = failedSignIn.toNanos() - (System.nanoTime() - started);
        if (left > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
