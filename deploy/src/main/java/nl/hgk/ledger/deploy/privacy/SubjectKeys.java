package nl.hgk.ledger.deploy.privacy;

import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.ConfigurationV0;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The key of every data subject, in the table {@code subject_key}: made the first time personal data of the subject
 * is stored, destroyed when it is erased. Keys are kept in memory, because every event of a case is read again for
 * each command on it.
 *
 * <p>What this node keeps in memory follows what is committed, never what a transaction may still roll back: a key
 * made or read inside a transaction is remembered only once that transaction committed (a rolled-back key would
 * otherwise encrypt events whose key is nowhere), and a destroyed key is forgotten at once and remembered as destroyed
 * after commit, which no key loaded before can overwrite. Another node learns of a destruction when its memory of the
 * key expires ({@code hgk.privacy.key-cache-ttl}).
 */
final class SubjectKeys {

    private static final Logger log = LoggerFactory.getLogger(SubjectKeys.class);

    /** A subject's key as this node knows it: the AEAD, or absent when the key was destroyed. */
    private record Key(Aead aead) {
        static final Key DESTROYED = new Key(null);

        boolean destroyed() {
            return aead == null;
        }
    }

    static {
        try {
            // Tink makes new keys through its registry of key types
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final JdbcTemplate jdbc;
    private final Cache<UUID, Key> keys;

    SubjectKeys(JdbcTemplate jdbc, Duration cacheTtl, long cacheSize) {
        this.jdbc = jdbc;
        this.keys = Caffeine.newBuilder().expireAfterWrite(cacheTtl).maximumSize(cacheSize).build();
    }

    /**
     * @return the key to encrypt the subject's personal data with: their key, made now if they have none
     * @throws SubjectErasedException when the subject's key was destroyed: nothing new of theirs may be stored,
     *                                since it could never be erased again
     */
    Aead forEncryption(UUID subject) {
        Key key = known(subject).orElseGet(() -> madeOrStored(List.of(subject)).get(subject));
        if (key.destroyed()) {
            throw new SubjectErasedException(subject);
        }
        return key.aead();
    }

    /**
     * Has the keys of these subjects ready for {@link #forEncryption} in the current transaction, in one round trip
     * for all those this node does not know yet: the keys of all the people a report names are made in one statement,
     * not one by one.
     */
    void prepareForEncryption(Collection<UUID> subjects) {
        List<UUID> unknown = subjects.stream().distinct().filter(subject -> known(subject).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            madeOrStored(unknown);
        }
    }

    /** @return the key to decrypt the subject's personal data with; absent when it was destroyed */
    Optional<Aead> forDecryption(UUID subject) {
        Key key = known(subject).orElseGet(() -> load(subject).orElseGet(() -> {
            // the key is stored with the first event that needs it: an event without one is not readable
            log.warn("no key for data subject {}: their personal data reads as erased", subject);
            return Key.DESTROYED;
        }));
        return Optional.ofNullable(key.aead());
    }

    /** Destroys the subject's key, in the current transaction: from its commit on, their data reads as erased. */
    void destroy(UUID subject) {
        jdbc.update("""
                insert into subject_key (subject, keyset, destroyed_at) values (?, null, now())
                on conflict (subject) do update set keyset = null, destroyed_at = now()""", subject);
        keys.invalidate(subject);
        inThisTransaction().put(subject, Key.DESTROYED);
        afterCommit(() -> keys.put(subject, Key.DESTROYED));
    }

    /** @return the key as this node knows it: committed, or read or made earlier in the current transaction */
    private Optional<Key> known(UUID subject) {
        Key key = inThisTransaction().get(subject);
        return Optional.ofNullable(key != null ? key : keys.getIfPresent(subject));
    }

    private Optional<Key> load(UUID subject) {
        List<byte[]> found = jdbc.query("select keyset from subject_key where subject = ?",
                (rs, row) -> rs.getBytes(1), subject);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Key key = found.get(0) == null ? Key.DESTROYED : new Key(aead(found.get(0)));
        remember(subject, key);
        return Optional.of(key);
    }

    /**
     * The subjects' keys in one statement: a new AES-256-GCM key for each that has none, the stored one (or its
     * destruction: a destroyed key is never made again) for each that has. When another transaction stored a key for a
     * subject at the same time, theirs is used: the insert leaves it, and a statement of its own reads it, since it
     * committed after this statement's snapshot.
     */
    private Map<UUID, Key> madeOrStored(List<UUID> subjects) {
        List<Object> parameters = new ArrayList<>();
        for (UUID subject : subjects) {
            parameters.add(subject);
            parameters.add(newKeyset());
        }
        parameters.addAll(subjects);
        String offered = String.join(", ", Collections.nCopies(subjects.size(), "(?::uuid, ?::bytea)"));
        String asked = String.join(", ", Collections.nCopies(subjects.size(), "?::uuid"));
        Map<UUID, byte[]> stored = new HashMap<>();
        jdbc.query("""
                with inserted as (
                    insert into subject_key (subject, keyset) values %s
                    on conflict (subject) do nothing returning subject, keyset)
                select subject, keyset from inserted
                union all
                select subject, keyset from subject_key
                where subject in (%s) and subject not in (select subject from inserted)""".formatted(offered, asked),
                rs -> {
                    stored.put(rs.getObject(1, UUID.class), rs.getBytes(2));
                }, parameters.toArray());
        Map<UUID, Key> found = new HashMap<>();
        for (UUID subject : subjects) {
            Key key;
            if (stored.containsKey(subject)) {
                byte[] keyset = stored.get(subject);
                key = keyset == null ? Key.DESTROYED : new Key(aead(keyset));
                remember(subject, key);
            } else {
                key = load(subject).orElseThrow(() -> new IllegalStateException("the key of data subject " + subject
                        + " was not stored"));
            }
            found.put(subject, key);
        }
        return found;
    }

    private static byte[] newKeyset() {
        try {
            return TinkProtoKeysetFormat.serializeKeyset(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
                    InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no key could be made for a data subject", e);
        }
    }

    private void remember(UUID subject, Key key) {
        inThisTransaction().put(subject, key);
        // a destruction remembered is never overwritten by a key loaded before it
        afterCommit(() -> keys.asMap().merge(subject, key, (known, loaded) -> known.destroyed() ? known : loaded));
    }

    /**
     * The keys read, made or destroyed in the current transaction, for its own later use: the node's memory takes them
     * only at commit. Outside a transaction, nothing is kept.
     */
    private Map<UUID, Key> inThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        @SuppressWarnings("unchecked")
        Map<UUID, Key> bound = (Map<UUID, Key>) TransactionSynchronizationManager.getResource(this);
        if (bound == null) {
            Map<UUID, Key> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SubjectKeys.this);
                }
            });
            return fresh;
        }
        return bound;
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private static Aead aead(byte[] serialized) {
        try {
            return TinkProtoKeysetFormat.parseKeyset(serialized, InsecureSecretKeyAccess.get())
                    .getPrimitive(ConfigurationV0.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored subject key cannot be read", e);
        }
    }
}
