-- Owned by the query side's RegionalFiguresProjection (processing group regional-figures), beside its tables of V5:
-- every run of a time limit the command side recorded (TimeLimitSet, DeadlineMissed, TimeLimitCleared), so that the
-- figures can give the share of limits met in time. No personal data. A reset of the processor empties the table.
--
-- One row per run of a limit: a limit of a case is known by (time_limit, subject), and the same limit can run again
-- after it was met (a report bundled after the triage starts a new triage limit), so a run is also keyed by the
-- case event that started it. A later TimeLimitSet of the same limit while the run is open moves its due moment
-- (and with it the period it counts in). The huisverbod end is not a limit to meet and is not kept.
create table figures_time_limit (
    case_id          uuid         not null,
    time_limit       varchar(30)  not null,
    subject          varchar(100) not null,      -- '' for the limits a case has at most one of
    started_sequence bigint       not null,      -- the case event (sequence number) of the TimeLimitSet that started it
    municipality     varchar(6)   not null,      -- of the case (figures_case), as every other case figure
    region           varchar(16)  not null,
    due_at           timestamptz  not null,      -- the latest due moment
    due_on           date         not null,      -- the limit's last day in Dutch time, whose half-year is its period:
                                                 -- a limit due at the end of 30 June (1 July 00:00) is one of June
    missed           boolean      not null,      -- DeadlineMissed for this due moment; a moved due moment resets it
    outcome          varchar(20)  not null,      -- RUNNING, MET, MET_LATE or WITHDRAWN (TimeLimitCleared)
    last_sequence    bigint       not null,      -- the last case event applied: a redelivered event changes nothing
    cleared_sequence bigint,                     -- the case event that cleared it; null while it runs
    primary key (case_id, time_limit, subject, started_sequence)
);
create index figures_time_limit_by_due on figures_time_limit (region, due_on);
