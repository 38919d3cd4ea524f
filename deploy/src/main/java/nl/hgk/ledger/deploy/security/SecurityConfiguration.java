package nl.hgk.ledger.deploy.security;

import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.reference.Municipalities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /**
     * The API and the printable case history: nothing may load from anywhere, except the history's own
     * {@code <style>} element (the document carries its style so that it prints and archives as one file). No script
     * runs, no form posts, no page frames it.
     */
    static final String API_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";
    /** Swagger UI loads its own scripts, styles and icons (some as data: URIs) and calls the API, all from here. */
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** The API uses none of the browser's powerful features. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), display-capture=(), geolocation=(), "
            + "gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /**
     * Stateless: no session and no cookie, with credentials in every request's {@code Authorization} header (a bearer
     * token from the identity provider, or HTTP Basic for the demo users). A browser never adds such a header by
     * itself to a cross-site request, so there is nothing for a forged request to ride on, and CSRF protection is
     * off. Should a browser session with a cookie ever be added, CSRF protection must be turned on with it; a test
     * ({@code InputHardeningTest}) fails as soon as any answer sets a cookie.
     */
    @Bean
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json, DemoUsers demoUsers, JwtClaims claims,
                            ObjectProvider<JwtDecoder> tokens,
                            @Value("${hgk.security.identity-provider-required:false}") boolean identityProviderRequired)
            throws Exception {
        boolean bearer = tokens.getIfAvailable() != null;
        boolean basic = !demoUsers.demoUsers().isEmpty();
        if (identityProviderRequired && !bearer) {
            throw new IllegalStateException("This profile signs users in through the identity provider only, and "
                    + "none is configured: set spring.security.oauth2.resourceserver.jwt.issuer-uri (OIDC_ISSUER_URI; "
                    + "or jwk-set-uri / public-key-location)");
        }
        if (identityProviderRequired && basic) {
            throw new IllegalStateException("This profile signs users in through the identity provider only, and "
                    + "demo users are configured: remove hgk.demo-users");
        }
        SecurityProblems problems = new SecurityProblems(json, basic, bearer);
        http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::headers)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/actuator/health/**").permitAll()
                        // which cases within these rules: the scope per region and organisation, decided by the
                        // AccessPolicy where commands are handled and where a case is read
                        .requestMatchers("/api/views/**", "/api/views").hasRole(ActorRole.ADMINISTRATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/family-plans/**")
                        .hasAnyRole(ActorRole.CASE_WORKER.name(), ActorRole.COORDINATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/deadlines")
                        .hasAnyRole(ActorRole.CASE_WORKER.name(), ActorRole.COORDINATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/cases")
                        .hasAnyRole(ActorRole.CASE_WORKER.name(), ActorRole.COORDINATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/figures/**", "/api/figures")
                        .hasAnyRole(ActorRole.ANALYST.name(), ActorRole.INSPECTOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/cases/*/history")
                        .hasAnyRole(ActorRole.INSPECTOR.name(), ActorRole.CASE_WORKER.name(),
                                ActorRole.COORDINATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/persons/*/erasure")
                        .hasRole(ActorRole.PRIVACY_OFFICER.name())
                        .requestMatchers(HttpMethod.GET, "/api/access-log")
                        .hasAnyRole(ActorRole.INSPECTOR.name(), ActorRole.PRIVACY_OFFICER.name())
                        .requestMatchers(HttpMethod.POST, "/api/**")
                        .hasAnyRole(ActorRole.CASE_WORKER.name(), ActorRole.COORDINATOR.name())
                        // an endpoint without a rule above is refused, never open by default
                        .anyRequest().denyAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        if (basic) {
            http.httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(problems));
        } else {
            http.httpBasic(AbstractHttpConfigurer::disable);
        }
        if (bearer) {
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new TokenActors(claims, regions())))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems));
        }
        log.info("sign-in: {}{}", bearer ? "bearer JWTs from the identity provider" : "",
                basic ? (bearer ? " and " : "") + "HTTP Basic for DEMO users" : "");
        return http.build();
    }

    /**
     * Spring Security's defaults (no caching of answers, {@code X-Content-Type-Options: nosniff}) and a policy for
     * every answer. HSTS is sent on plain HTTP too: the ledger sits behind a TLS-terminating ingress and sees plain
     * HTTP itself, and a browser ignores the header on an answer that did not come over HTTPS (RFC 6797, 8.1).
     */
    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        RequestMatcher swaggerUi = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));
        headers
                .contentTypeOptions(contentTypeOptions -> { })
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                        .includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
                        new ContentSecurityPolicyHeaderWriter(API_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
                        new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)));
    }

    /** DEMO ONLY: the users of {@code hgk.demo-users}; the production profile has none. */
    @Bean
    UserDetailsService demoUsers(DemoUsers configured, PasswordEncoder passwords) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        Set<String> regions = regions();
        for (DemoUsers.DemoUser user : configured.demoUsers()) {
            if (user.region() != null && !regions.contains(user.region())) {
                throw new IllegalStateException("DEMO user '" + user.username() + "' has region " + user.region()
                        + ", which is no Veilig Thuis region of the reference data");
            }
            users.createUser(User.withUsername(user.username())
                    .password(passwords.encode(user.password()))
                    .authorities(SignedInUsers.authoritiesOf(
                            new LedgerUser(user.username(), user.role(), user.organisation(), user.region())))
                    .build());
            log.warn("DEMO user '{}' ({}, {}, region {}) is active: for trying the ledger only", user.username(),
                    user.role(), user.organisation(), user.region() == null ? "none" : user.region());
        }
        return users;
    }

    /** the Veilig Thuis region codes of the reference data */
    private static Set<String> regions() {
        return Municipalities.load().regionCodes();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
