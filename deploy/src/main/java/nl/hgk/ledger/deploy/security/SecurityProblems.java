package nl.hgk.ledger.deploy.security;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 401 and 403 as problem details, like every other error of the API; a refused CSRF token is a 403 of its own type
 * ({@code csrf}). The 401 names the ways to sign in that are on
 * ({@code WWW-Authenticate}); why a bearer token was refused is logged by Spring Security, not told to the caller.
 */
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final String SCRIPT = "XMLHttpRequest";

    private final ObjectMapper json;
    private final boolean basic;
    private final boolean bearer;

    SecurityProblems(ObjectMapper json, boolean basic, boolean bearer) {
        this.json = json;
        this.basic = basic;
        this.bearer = bearer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof OAuth2AuthenticationException) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Not signed in",
                    "The bearer token is not valid: expired, not signed by the identity provider, or malformed");
            return;
        }
        // a page's own script asks the API (X-Requested-With): a Basic challenge would open the browser's password
        // dialog over the interface's sign-in page, so it has none (as Spring Security's HTTP Basic does)
        if (basic && !SCRIPT.equals(request.getHeader("X-Requested-With"))) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"hgk-ledger\"");
        }
        if (bearer) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Not signed in",
                "Sign in to use the ledger");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            write(request, response, HttpStatus.FORBIDDEN, "csrf", "No valid CSRF token",
                    "A browser's session must send the value of the cookie XSRF-TOKEN in the header X-XSRF-TOKEN "
                            + "with every request that changes something, and with signing in");
            return;
        }
        write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                "Your role does not allow this request");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
                       String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:hgk-ledger:problem:" + type));
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
