-- Owned by the command side's CaseScopes (processing group case-scopes), written in the same transaction as the
-- events: which Veilig Thuis region a case belongs to and which organisations are involved in it, so that a command is
-- given only by someone whose region or organisation that is. No personal data.
create table case_scope (
    case_id      uuid        primary key,
    municipality varchar(6)  not null,
    -- the Veilig Thuis region of the municipality (reference data 2025); UNKNOWN for a code not in it
    region       varchar(10) not null
);

-- who acted on the case (not the ledger itself), its coordinators and process director, the plan's task owners: the
-- same notion of "involved" as the family plan view's organisations and the deadline board
create table case_scope_organisation (
    case_id      uuid         not null,
    organisation varchar(100) not null,
    primary key (case_id, organisation)
);
