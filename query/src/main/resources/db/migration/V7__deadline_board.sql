-- Owned by the query side's DeadlineBoardProjection (processing group deadline-board): every time limit still running,
-- with what the board filters and orders by. Derived from the events only, so it can be emptied and rebuilt at any
-- time. No personal data.
create table deadline_board_case (
    case_id          uuid        primary key,
    municipality     varchar(6)  not null,
    -- the Veilig Thuis region of the municipality (reference data 2025)
    region           varchar(10) not null,
    safety_code      varchar(10),
    escalation_level integer
);

-- the organisations involved in a case: who acted on it, its coordinator and process director, the plan's task owners
create table deadline_board_organisation (
    case_id      uuid         not null,
    organisation varchar(100) not null,
    primary key (case_id, organisation)
);

create table deadline_board_limit (
    case_id    uuid         not null,
    time_limit varchar(30)  not null,
    -- what the limit is about when a case has several of its kind; '' when it has one
    subject    varchar(100) not null,
    due_at     timestamptz  not null,
    -- the ledger recorded the limit as missed (DeadlineMissed); it stays on the board until it is met or withdrawn
    missed     boolean      not null,
    primary key (case_id, time_limit, subject)
);

create index deadline_board_limit_due on deadline_board_limit (due_at);
