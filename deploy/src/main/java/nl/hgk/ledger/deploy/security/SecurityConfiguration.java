package nl.hgk.ledger.deploy.security;

import java.time.Duration;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.deploy.ui.InterfacePaths;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.reference.Municipalities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
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

    /** The browser interface's page and assets: its own files only, no inline script or style, no frame. */
    static final String INTERFACE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** a request signed in by its {@code Authorization} header: a bearer token or HTTP Basic */
    static final RequestMatcher SIGNED_IN_BY_HEADER = new RequestHeaderRequestMatcher(HttpHeaders.AUTHORIZATION);

    /**
     * Requests with an {@code Authorization} header (integrations, curl, Swagger UI): stateless, as the API has always
     * been. Credentials come in each request's header (a bearer token from the identity provider, or HTTP Basic for
     * the demo users); no session is read or made and no cookie is set, so a session cookie sent beside the header
     * is ignored: the header alone decides who it is. A browser never adds such a header by itself to a cross-site
     * request, so there is nothing for a forged request to ride on, and CSRF protection is off here
     * ({@code InputHardeningTest} fails should any of these answers set a cookie).
     */
    @Bean
    @Order(1)
    SecurityFilterChain signedInByHeader(HttpSecurity http, SecurityProblems problems, DemoUsers demoUsers,
                                         TokenActors tokenActors, ObjectProvider<JwtDecoder> tokens) throws Exception {
        http
                .securityMatcher(SIGNED_IN_BY_HEADER)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context
                        .securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .headers(SecurityConfiguration::headers)
                .authorizeHttpRequests(SecurityConfiguration::rules)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        if (demoUsers.demoUsers().isEmpty()) {
            http.httpBasic(AbstractHttpConfigurer::disable);
        } else {
            http.httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(problems));
        }
        if (tokens.getIfAvailable() != null) {
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(tokenActors))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems));
        }
        return http.build();
    }

    /**
     * Every other request: the browser interface, with a session ({@link BrowserSignIn}) in the cookie
     * {@code HGK_SESSION} (HttpOnly, Secure, SameSite; {@code server.servlet.session.cookie.*}), and CSRF protection
     * for every state-changing request of a session and for signing in ({@link BrowserCsrf}). Signing in with the
     * identity provider (OIDC authorization code with PKCE) is on when the client registration {@code hgk} is
     * configured. The same rules per endpoint as for a header: a session's user has the same authorities.
     */
    @Bean
    @Order(2)
    SecurityFilterChain browser(HttpSecurity http, SecurityProblems problems, SecurityContextRepository browserSessions,
                                CsrfTokenRepository browserCsrfTokens, TokenActors tokenActors,
                                ObjectProvider<ClientRegistrationRepository> registrations,
                                @Value("${server.servlet.session.cookie.same-site:}") String sessionSameSite)
            throws Exception {
        http
                .csrf(csrf -> csrf.csrfTokenRepository(browserCsrfTokens)
                        .csrfTokenRequestHandler(new BrowserCsrf())
                        .requireCsrfProtectionMatcher(BrowserCsrf.protectedRequests()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .securityContext(context -> context.securityContextRepository(browserSessions))
                // nothing is kept in a session for a browser that is not signed in: a 401 sets no cookie
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .logout(AbstractHttpConfigurer::disable)
                .headers(SecurityConfiguration::headers)
                .authorizeHttpRequests(SecurityConfiguration::rules)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        ClientRegistrationRepository identityProvider = registrations.getIfAvailable();
        if (identityProvider != null) {
            if ("strict".equalsIgnoreCase(sessionSameSite)) {
                // the identity provider sends the browser back to the ledger from its own site: a SameSite=Strict
                // session cookie is not sent with that request, and the sign-in it started cannot be found
                throw new IllegalStateException("Signing in with the identity provider needs the session cookie to "
                        + "come back from it: set server.servlet.session.cookie.same-site=lax");
            }
            DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(
                    identityProvider, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
            // PKCE for a confidential client too (Spring Security adds it by itself for public clients only)
            withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            http.oauth2Login(login -> login
                    // the interface's own sign-in page, also where a failed sign-in comes back (?error)
                    .loginPage("/aanmelden")
                    .authorizationEndpoint(authorization -> authorization.authorizationRequestResolver(withPkce))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new IdentityProviderUsers(tokenActors)))
                    .defaultSuccessUrl("/", true));
        }
        return http.build();
    }

    /**
     * Who may use which endpoint, the same for a session and for a header. Which cases within these rules: the scope
     * per region and organisation, decided by the AccessPolicy where commands are handled and where a case is read.
     */
    private static void rules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests
                .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                .requestMatchers("/actuator/health/**").permitAll()
                // the interface's page and assets hold no data: what it shows, it asks the API for
                .requestMatchers(HttpMethod.GET, InterfacePaths.ALL.toArray(String[]::new)).permitAll()
                // signing in and out, and what a sign-in page may offer; who is signed in asks someone to be
                .requestMatchers("/api/session", "/api/sign-in-options").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/me").authenticated()
                .requestMatchers("/api/views/**", "/api/views").hasRole(ActorRole.ADMINISTRATOR.name())
                .requestMatchers(HttpMethod.POST, "/api/imports").hasRole(ActorRole.ADMINISTRATOR.name())
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
                .anyRequest().denyAll();
    }

    /**
     * The 401 and 403 answers of both chains, and the start-up checks of the sign-in: where the identity provider is
     * required (the production profile), bearer tokens must be configured and demo users must not.
     */
    @Bean
    SecurityProblems securityProblems(ObjectMapper json, DemoUsers demoUsers, ObjectProvider<JwtDecoder> tokens,
                                      ObjectProvider<ClientRegistrationRepository> registrations,
                                      @Value("${hgk.security.identity-provider-required:false}")
                                      boolean identityProviderRequired) {
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
        boolean browser = registrations.getIfAvailable() != null;
        log.info("sign-in: {}{}{}", bearer ? "bearer JWTs from the identity provider" : "",
                basic ? (bearer ? " and " : "") + "HTTP Basic and browser sessions for DEMO users" : "",
                browser ? "; browser sessions through the identity provider (OIDC)" : "");
        return new SecurityProblems(json, basic, bearer);
    }

    /** the claims of a bearer token or an OIDC sign-in as a ledger user: one mapping for both */
    @Bean
    TokenActors tokenActors(JwtClaims claims) {
        return new TokenActors(claims, regions());
    }

    /** where a browser's sign-in is kept: its HTTP session */
    @Bean
    SecurityContextRepository browserSessions() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    CsrfTokenRepository browserCsrfTokens() {
        return BrowserCsrf.tokens();
    }

    /**
     * Spring Security's defaults (no caching of answers unless they say otherwise, as the interface's hashed assets do;
     * {@code X-Content-Type-Options: nosniff}) and a policy for every answer: the API's, Swagger UI's or the
     * interface's. HSTS is sent on plain HTTP too: the ledger sits behind a TLS-terminating ingress and sees plain
     * HTTP itself, and a browser ignores the header on an answer that did not come over HTTPS (RFC 6797, 8.1).
     */
    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        RequestMatcher swaggerUi = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));
        RequestMatcher webInterface = new OrRequestMatcher(InterfacePaths.ALL.stream()
                .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, path))
                .toList());
        RequestMatcher api = new NegatedRequestMatcher(new OrRequestMatcher(swaggerUi, webInterface));
        headers
                .contentTypeOptions(contentTypeOptions -> { })
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                        .includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(api,
                        new ContentSecurityPolicyHeaderWriter(API_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
                        new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(webInterface,
                        new ContentSecurityPolicyHeaderWriter(INTERFACE_POLICY)));
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
                    .authorities(SignedInUsers.authoritiesOf(user.asLedgerUser()))
                    .build());
            log.warn("DEMO user '{}' ({}, {} ({}), region {}) is active: for trying the ledger only",
                    user.username(), user.role(), user.organisation(),
                    user.organisationType() == null ? "no type" : user.organisationType(),
                    user.region() == null ? "none" : user.region());
        }
        return users;
    }

    /** the Veilig Thuis region codes of the reference data */
    private static Set<String> regions() {
        return Municipalities.load().regionCodes();
    }

    /**
     * How HTTP Basic checks a DEMO user's password: against its hash once, then remembered for a short time
     * ({@link RecentlyVerifiedPasswords}). The one {@code AuthenticationProvider} bean: Spring Security builds the
     * global authentication manager, which the header chain's HTTP Basic asks, from it alone. The browser's sign-in
     * ({@link BrowserSignIn}) checks the hash itself, once per session.
     */
    @Bean
    RecentlyVerifiedPasswords demoUserPasswords(UserDetailsService demoUsers, PasswordEncoder passwords,
                                                @Value("${hgk.security.basic.verified-for:PT5M}") Duration verifiedFor,
                                                @Value("${hgk.security.basic.remembered:1000}") long remembered) {
        DaoAuthenticationProvider verification = new DaoAuthenticationProvider(demoUsers);
        verification.setPasswordEncoder(passwords);
        return new RecentlyVerifiedPasswords(verification, verifiedFor, remembered, Ticker.systemTicker());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
