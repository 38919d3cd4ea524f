package nl.hgk.ledger.deploy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A DEMO user's right password is checked against its hash once and then served from memory for a short time; a
 * wrong one is checked in full every time and never remembered; nothing of the password is kept.
 */
class RecentlyVerifiedPasswordsTest {

    private static final Duration VERIFIED_FOR = Duration.ofMinutes(5);

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger verifications = new AtomicInteger();
    private final RecentlyVerifiedPasswords passwords = new RecentlyVerifiedPasswords(counted(), VERIFIED_FOR, 100,
            nanos::get);

    /** the full check against a BCrypt hash (cost 4 here: fast tests), counting how often it runs */
    private AuthenticationProvider counted() {
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
        DaoAuthenticationProvider hashes = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                User.withUsername("casemanager").password(encoder.encode("demo")).roles("CASE_WORKER").build()));
        hashes.setPasswordEncoder(encoder);
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                verifications.incrementAndGet();
                return hashes.authenticate(attempt);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return hashes.supports(authentication);
            }
        };
    }

    private Authentication signIn(String username, String password) {
        return passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void aRepeatedRightPasswordIsCheckedAgainstItsHashOnce() {
        Authentication first = signIn("casemanager", "demo");
        Authentication second = signIn("casemanager", "demo");

        assertThat(verifications).hasValue(1);
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getName()).isEqualTo("casemanager");
        assertThat(second.getAuthorities()).isEqualTo(first.getAuthorities());
        assertThat(second).as("each request its own authentication").isNotSameAs(first);
    }

    @Test
    void aWrongPasswordIsRefusedAndCheckedInFullEveryTimeAlsoRightAfterTheRightOne() {
        signIn("casemanager", "demo");

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> signIn("casemanager", "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn("casemanager", "demo ")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("someone-else", "demo")).isInstanceOf(BadCredentialsException.class);
        assertThat(verifications).as("one right, five wrong, each checked").hasValue(6);
        assertThat(passwords.remembered()).as("only the success").isEqualTo(1);
    }

    @Test
    void aNameAndPasswordSplitDifferentlyAreAnotherCredential() {
        signIn("casemanager", "demo");

        assertThatThrownBy(() -> signIn("casemanage", "rdemo")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aRememberedSuccessExpiresAfterItsTimeAndIsCheckedAgain() {
        signIn("casemanager", "demo");
        nanos.addAndGet(VERIFIED_FOR.minusSeconds(1).toNanos());
        signIn("casemanager", "demo");
        assertThat(verifications).as("still remembered, though used").hasValue(1);

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        signIn("casemanager", "demo");
        assertThat(verifications).as("counted from its verification, not its last use").hasValue(2);
    }

    @Test
    void nothingOfThePasswordIsKept() throws ReflectiveOperationException {
        Authentication remembered = signIn("casemanager", "demo");
        assertThat(remembered.getCredentials()).isNull();
        assertThat(((UserDetails) remembered.getPrincipal()).getPassword()).as("not even its hash").isNull();

        PasswordFingerprint fingerprint = PasswordFingerprint.of(new byte[32], "casemanager", "demo");
        Field[] fields = Arrays.stream(PasswordFingerprint.class.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers())).toArray(Field[]::new);
        assertThat(fields).as("the HMAC alone").hasSize(1);
        fields[0].setAccessible(true);
        assertThat((byte[]) fields[0].get(fingerprint)).hasSize(32);
        assertThat(fingerprint).isEqualTo(PasswordFingerprint.of(new byte[32], "casemanager", "demo"))
                .isNotEqualTo(PasswordFingerprint.of(new byte[32], "casemanager", "demO"));
        assertThat(fingerprint.toString()).doesNotContain("demo");
    }
}
