/**
 * Privacy in the event store: every {@code PersonalData} is encrypted with its data subject's key where events are
 * serialized ({@link nl.hgk.ledger.deploy.privacy.PersonalDataEncryption}), the keys live in {@code subject_key}
 * ({@link nl.hgk.ledger.deploy.privacy.SubjectKeys}), an erasure destroys the key
 * ({@link nl.hgk.ledger.deploy.privacy.KeyShredding}), and the retention job runs on the scheduler.
 */
package nl.hgk.ledger.deploy.privacy;
