package nl.hgk.ledger.deploy.security;

import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.AuditMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /**
     * Stateless HTTP Basic: no session, no cookie, so no CSRF exposure; a browser session (and CSRF protection with
     * it) arrives with the user interface.
     */
    @Bean
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
        SecurityProblems problems = new SecurityProblems(json);
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/actuator/health/**").permitAll()
                        .requestMatchers("/api/views/**", "/api/views").hasRole(ActorRole.ADMINISTRATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/family-plans/**")
                        .hasAnyRole(ActorRole.CASE_WORKER.name(), ActorRole.COORDINATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/deadlines")
                        .hasAnyRole(ActorRole.CASE_WORKER.name(), ActorRole.COORDINATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/figures/**", "/api/figures")
                        .hasAnyRole(ActorRole.ANALYST.name(), ActorRole.INSPECTOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/cases/*/history")
                        .hasAnyRole(ActorRole.INSPECTOR.name(), ActorRole.CASE_WORKER.name(),
                                ActorRole.COORDINATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/**")
                        .hasAnyRole(ActorRole.CASE_WORKER.name(), ActorRole.COORDINATOR.name())
                        // an endpoint without a rule above is refused, never open by default
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    @Bean
    UserDetailsService demoUsers(DemoUsers configured, PasswordEncoder passwords) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        for (DemoUsers.DemoUser user : configured.demoUsers()) {
            users.createUser(User.withUsername(user.username())
                    .password(passwords.encode(user.password()))
                    .authorities(AuditMetadata.ROLE_AUTHORITY_PREFIX + user.role().name(),
                            AuditMetadata.ORGANISATION_AUTHORITY_PREFIX + user.organisation())
                    .build());
            log.warn("DEMO user '{}' ({}, {}) is active: for trying the ledger only", user.username(), user.role(),
                    user.organisation());
        }
        return users;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
