-- Owned by the query side's CaseListProjection (processing group case-list): the case list and search of case workers
-- and coordinators. Derived from the events only, so it can be emptied and rebuilt at any time. No personal data in
-- clear: the search index holds keyed hashes (HMAC-SHA256, hgk.search.index-secret) only, and a person's rows go with
-- their erasure. The names shown in the list are decrypted from the event store when a page is read.
create table case_list_case (
    case_id          uuid         primary key,
    -- the case version: the sequence number of its last event
    version          bigint       not null,
    -- OPEN or CLOSED
    status           varchar(10)  not null,
    -- GREEN, ORANGE or RED; absent until a code is assigned
    safety_code      varchar(10),
    municipality     varchar(6)   not null,
    -- the Veilig Thuis region recorded with the report, which decides whose list shows the case
    region           varchar(10)  not null,
    opened_at        timestamptz  not null,
    last_activity_at timestamptz  not null,
    -- the organisation of the current coordinator (regisseur); absent until one is appointed
    coordinator      varchar(100)
);
create index case_list_case_region on case_list_case (region);

-- the organisations involved in a case: who acted on it, its coordinator and process director, the plan's task owners
create table case_list_organisation (
    case_id      uuid         not null,
    organisation varchar(100) not null,
    primary key (case_id, organisation)
);
create index case_list_organisation_by_organisation on case_list_organisation (organisation, case_id);

-- the time limits still running: the list shows each case's next one and puts the overdue first
create table case_list_limit (
    case_id    uuid         not null,
    time_limit varchar(30)  not null,
    -- what the limit is about when a case has several of its kind; '' when it has one
    subject    varchar(100) not null,
    due_at     timestamptz  not null,
    missed     boolean      not null,
    primary key (case_id, time_limit, subject)
);

-- the blind index: per person of a case, a keyed hash of each normalised search key the person's data gives (BSN,
-- postcode and house number, street and house number and city, name and birth date). Without the secret a hash
-- tells nothing; with it, only whether a given value matches. Rows of an erased person are deleted.
create table case_list_search (
    case_id   uuid        not null,
    person_id uuid        not null,
    -- BSN, POSTCODE_HOUSE_NUMBER, STREET_HOUSE_NUMBER_CITY or NAME_BIRTH_DATE
    kind      varchar(30) not null,
    -- hex HMAC-SHA256 of the kind and the normalised value
    digest    char(64)    not null,
    primary key (case_id, person_id, kind, digest)
);
create index case_list_search_by_digest on case_list_search (digest, case_id);
create index case_list_search_by_person on case_list_search (person_id);
