-- Owned by the query side's FamilyPlanProjection (processing group family-plan): the current state of every case,
-- as the family plan view shows it. Derived from the events only, so it can be emptied and rebuilt at any time.
create table family_plan_view (
    case_id      uuid        primary key,
    -- the sequence number of the last event of the case folded into the document: the aggregate version the
    -- command API answered with, which read-your-writes waits for
    version      bigint      not null,
    -- copied out of the document for lists and filters that need no JSON
    status       varchar(20),
    municipality varchar(6),
    -- the folded CaseState as JSON
    document     jsonb       not null,
    updated_at   timestamptz not null
);
