-- The stagnation signals of events.delivery.StagnationSignal: an early stop or repeated no-shows a task's owner told the
-- coordinator (seed 000 B2 §2.3), open until the coordinator acts (a plan revision, an escalation, the closure). Owned
-- by the views that show them, each in its own tables so each can be rebuilt on its own. No personal data: coded
-- values and organisations only.
--
-- A signal is open while it was raised after the last event that acted on its case's signals: both are kept by the
-- case's sequence numbers, so handling an event again changes nothing, whatever came after it.

-- the deadline board: the signals, on the board of the coordinator's organisation
alter table deadline_board_case add column signals_acted_through bigint not null default -1;

create table deadline_board_signal (
    case_id         uuid         not null,
    -- the sequence number of the notice that raised it
    raised_sequence bigint       not null,
    task_id         uuid         not null,
    -- HELP_STOPPED_EARLY or NO_SHOWS
    kind            varchar(30)  not null,
    raised_at       timestamptz  not null,
    -- the organisation that gave the notice (the task's owner)
    raised_by       varchar(100) not null,
    -- the organisation of the case's coordinator: the one the notice was given to, or who replaced them
    coordinator     varchar(100) not null,
    primary key (case_id, raised_sequence)
);
create index deadline_board_signal_by_coordinator on deadline_board_signal (coordinator, case_id);

-- the case list: how many signals of a case are open
alter table case_list_case add column signals_acted_through bigint not null default -1;

create table case_list_signal (
    case_id         uuid   not null,
    raised_sequence bigint not null,
    primary key (case_id, raised_sequence)
);
