-- Owned by the event serializer's SubjectKeys (deploy/…/privacy): one key per data subject (a person, or the reporter
-- of one report), with which their PersonalData is encrypted in the event store (crypto-shredding). Erasing a
-- subject's data destroys their key: the row stays as a tombstone (keyset null, destroyed_at set), so that no new
-- key is ever made for that subject and the moment of destruction is known.
create table subject_key (
    subject      uuid        primary key,
    -- a Tink keyset (binary protobuf) holding one AES-256-GCM key; null once destroyed
    keyset       bytea,
    created_at   timestamptz not null default now(),
    destroyed_at timestamptz,
    check ((keyset is null) = (destroyed_at is not null))
);
