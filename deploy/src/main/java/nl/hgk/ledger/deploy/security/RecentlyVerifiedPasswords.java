package nl.hgk.ledger.deploy.security;

import java.security.SecureRandom;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.CredentialsContainer;

/**
 * DEMO users over HTTP Basic: a user name and password are verified against their BCrypt hash (about 80 ms of CPU)
 * once, and the success is remembered for a short time ({@code hgk.security.basic.verified-for}), so that a client
 * sending the same header with every request pays for the hash once, as a browser pays once per session.
 * <p>
 * What is remembered is a {@link PasswordFingerprint} (an HMAC under a random key made at start-up and never stored),
 * never the password. Only successes are remembered: a wrong password has another fingerprint, misses, and costs the
 * full verification every time, so a "no" is no faster than before and tells nothing. A success is remembered for
 * {@code verified-for} after it was verified, however often it is used, and at most {@code remembered} of them at once
 * (the least used go first). The demo users are fixed at start-up; were one changed or removed, a remembered success
 * would still serve for at most {@code verified-for}.
 */
final class RecentlyVerifiedPasswords implements AuthenticationProvider {

    private final AuthenticationProvider verification;
    private final byte[] key = new byte[32];
    private final Cache<PasswordFingerprint, Authentication> verified;

    /**
     * @param verification the full check of a password against its hash (a {@code DaoAuthenticationProvider})
     * @param ticker       the clock of the expiry (a fake one in tests)
     */
    RecentlyVerifiedPasswords(AuthenticationProvider verification, Duration verifiedFor, long remembered,
                              Ticker ticker) {
        this.verification = verification;
        new SecureRandom().nextBytes(key);
        this.verified = Caffeine.newBuilder()
                .expireAfterWrite(verifiedFor)
                .maximumSize(remembered)
                .ticker(ticker)
                // expiry and eviction on the calling thread: nothing runs behind a request's back
                .executor(Runnable::run)
                .build();
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        if (attempt.getCredentials() == null) {
            return verification.authenticate(attempt);
        }
        PasswordFingerprint fingerprint = PasswordFingerprint.of(key, attempt.getName(),
                attempt.getCredentials().toString());
        Authentication known = verified.getIfPresent(fingerprint);
        if (known != null) {
            return copy(known, attempt);
        }
        Authentication signedIn = verification.authenticate(attempt);
        if (signedIn == null) {
            return null;
        }
        Authentication remembered = copy(signedIn, attempt);
        verified.put(fingerprint, remembered);
        return copy(remembered, attempt);
    }

    /**
     * A new authentication for each request, without the password (nor the principal's hash of it): the remembered
     * one is shared between requests and must not be changed by any of them.
     */
    private static Authentication copy(Authentication signedIn, Authentication attempt) {
        Object principal = signedIn.getPrincipal();
        if (principal instanceof CredentialsContainer withCredentials) {
            withCredentials.eraseCredentials();
        }
        UsernamePasswordAuthenticationToken copy = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                signedIn.getAuthorities());
        copy.setDetails(attempt.getDetails());
        return copy;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** how many successes are remembered now (for tests and metrics; never which) */
    long remembered() {
        verified.cleanUp();
        return verified.estimatedSize();
    }
}
