-- Owned by the query side's RegionalFiguresProjection (processing group regional-figures): the facts the regional
-- monitoring figures count. No personal data: identifiers, municipality, times and categories only, and only the
-- projection writes them. A reset of the processor empties these tables; a replay of the event store refills them.
-- Times are timestamptz; days (received_on, triage_due_on, triaged_on) are days in Europe/Amsterdam.

-- One row per case: where it is and when it reached each milestone (the first time).
create table figures_case (
    case_id              uuid        primary key,
    municipality         varchar(6)  not null,
    region               varchar(16) not null,
    opened_at            timestamptz not null,
    first_report_at      timestamptz,             -- the first contact of type REPORT, which starts the lead times
    first_code_at        timestamptz,
    first_coordinator_at timestamptz,
    plan_adopted_at      timestamptz,
    closed_at            timestamptz,
    closure_reason       varchar(40)
);
create index figures_case_by_first_report on figures_case (region, first_report_at);
create index figures_case_by_closure on figures_case (region, closed_at);

-- One row per advice request or report (contact), in the municipality the contact names.
create table figures_contact (
    report_id         uuid        primary key,
    case_id           uuid        not null,
    case_sequence     bigint      not null,       -- the event's place in its case: triage covers earlier reports
    municipality      varchar(6)  not null,
    region            varchar(16) not null,
    received_at       timestamptz not null,
    received_on       date        not null,
    contact_type      varchar(20) not null,
    reporter_type     varchar(20) not null,
    reporter_sector   varchar(30),
    child_abuse       boolean     not null,
    domestic_violence boolean     not null,
    elder_abuse       boolean     not null,
    opened_case       boolean     not null,
    repeat_of_case_id uuid,                       -- for the contact that opened a case after an earlier one closed
    triage_due_on     date,                       -- reports only: received_on plus 5 working days
    triaged_on        date,                       -- reports only: the day of the case's first triage after receipt
    first_informed_at timestamptz                 -- the first time the reporter was told what was done
);
create index figures_contact_by_case on figures_contact (case_id);
create index figures_contact_by_received on figures_contact (region, received_at);
create index figures_contact_by_informed on figures_contact (region, first_informed_at);

-- One row per countable event of a case: a safety code (FIRST_CODE, CODE_CHANGE), a triage decision (TRIAGE), an
-- escalation (ESCALATION), a huisverbod imposed, extended or ended (HUISVERBOD_IMPOSED, HUISVERBOD_EXTENDED,
-- HUISVERBOD_ENDED); detail is the code, outcome, step or end reason. Keyed by the event, so redelivery counts once.
create table figures_case_event (
    event_id    varchar(255) primary key,
    case_id     uuid         not null,
    occurred_at timestamptz  not null,
    fact        varchar(30)  not null,
    detail      varchar(40)  not null
);
create index figures_case_event_by_case on figures_case_event (case_id);
create index figures_case_event_by_time on figures_case_event (occurred_at);
