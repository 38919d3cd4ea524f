-- Owned by the command side's CaseImports: each case an import of historical cases brought in, under the id the
-- importing region gave it. Written in the same transaction as the case's events, so a case is either imported with
-- its row here or not at all, and sending the same case again finds it here instead of importing it twice.
create table imported_case (
    import_id   varchar(200) primary key,
    case_id     uuid         not null unique,
    steps       integer      not null,
    events      bigint       not null,
    imported_by varchar(255) not null,
    imported_at timestamptz  not null default now()
);
