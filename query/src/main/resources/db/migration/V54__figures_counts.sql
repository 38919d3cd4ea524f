-- Owned by the query side's RegionalFiguresProjection (processing group regional-figures), beside its facts of V5 and
-- V8: the counts the figures sum, per region, municipality and month (Dutch time), so that an answer sums a few
-- thousand rows of its region and year instead of scanning every fact of them. No personal data.
--
-- The facts stay the truth. Every statement that writes facts changes the counts in the same transaction, by
-- triggers: the count of what the new row counts goes up by one, that of what the old row counted down by one. So the
-- counts follow whatever the projection does to its facts (a guarded update that changes nothing changes no count, a
-- redelivered event counts once), in the transaction that also moves the processor's token: a batch that fails and
-- is handled again was rolled back with its counts. A reset truncates these tables with the facts.
--
-- Not counted here, because they are not sums: the median and 90th percentile of the lead times, and which repeat
-- reports came within 12 months of the earlier case's closure (that closure may be handled after the repeat report,
-- in another segment); both are read from the facts with their indexes.

-- the month (its first day) of a moment in Dutch time: an event counts in the half-year of that month
create function figures_month(at timestamptz) returns date
    language sql immutable parallel safe
    return date_trunc('month', at at time zone 'Europe/Amsterdam')::date;

-- the triage of a report: not (yet) triaged, or triaged within the norm or late
create function figures_triage(triaged_on date, triage_due_on date) returns varchar
    language sql immutable parallel safe
    return case when triaged_on is null then 'NOT_TRIAGED'
                when triaged_on <= triage_due_on then 'WITHIN' else 'LATE' end;

-- Every count, by fact and detail. A contact counts in the municipality it names, in the month it was received:
--   CONTACT by contact type (REPORT, ADVICE_REQUEST);
--   CATEGORY by contact type and category (REPORT.CHILD_ABUSE, ...), once under each category its forms touch;
--   of a report: REPORTER by reporter type; SECTOR by sector (NONE without one), of a professional's report;
--   REPORT_TRIAGE (WITHIN, LATE, NOT_TRIAGED) against the norm; REPEAT ('-') when it opened a case naming an earlier,
--   closed case of the household; FEEDBACK_OWED (INFORMED, NOT_INFORMED) when the reporter can be informed;
--   FEEDBACK_GIVEN ('-'): a report whose reporter was first informed, in that month.
-- Every other count is in the municipality of its case:
--   a figures_case_event fact (FIRST_CODE, TRIAGE, ...) with its detail, in the month it occurred;
--   CLOSURE by reason, in the month of closure;
--   LEAD_TIME by step (REPORT_TO_CODE, REPORT_TO_COORDINATOR, REPORT_TO_PLAN): the cases that reached the step at
--     or after their first report, in the month of that report;
--   FEEDBACK_GIVEN ('-'): reports whose reporter was first informed in the month;
--   LIMIT_MET, LIMIT_MET_LATE, LIMIT_RUNNING, LIMIT_WITHDRAWN by kind of limit: runs of a limit met, or missed, in
--     the month of their last day (a run that is running or withdrawn counts only when missed).
create table figures_count (
    region       varchar(16) not null,
    month        date        not null,
    municipality varchar(6)  not null,
    fact         varchar(30) not null,
    detail       varchar(40) not null,
    n            bigint      not null,
    primary key (region, month, municipality, fact, detail)
);

-- Each trigger is one per statement, with the statement's rows before (removed) and after (added) it: a statement
-- that writes many facts (a batch, or the upgrade below) changes each count once.

create function figures_contact_counted() returns trigger language plpgsql as $$
declare
    added_rows   figures_contact[] := '{}';
    removed_rows figures_contact[] := '{}';
begin
    if tg_op <> 'DELETE' then
        select coalesce(array_agg(a), '{}') into added_rows from added a;
    end if;
    if tg_op <> 'INSERT' then
        select coalesce(array_agg(r), '{}') into removed_rows from removed r;
    end if;
    if cardinality(added_rows) + cardinality(removed_rows) = 0 then
        return null; -- a guarded update that matched no row
    end if;

    insert into figures_count as counted (region, month, municipality, fact, detail, n)
    select c.region, f.month, c.municipality, f.fact, f.detail, sum(c.delta)
    from (select *, 1 as delta, contact_type = 'REPORT' as report, figures_month(received_at) as received
          from unnest(added_rows)
          union all
          select *, -1, contact_type = 'REPORT', figures_month(received_at) from unnest(removed_rows)) c,
         lateral (select c.received as month, 'CONTACT' as fact, c.contact_type as detail
                  union all select c.received, 'CATEGORY', c.contact_type || '.CHILD_ABUSE' where c.child_abuse
                  union all select c.received, 'CATEGORY', c.contact_type || '.DOMESTIC_VIOLENCE'
                            where c.domestic_violence
                  union all select c.received, 'CATEGORY', c.contact_type || '.ELDER_ABUSE' where c.elder_abuse
                  union all select c.received, 'REPORTER', c.reporter_type where c.report
                  union all select c.received, 'SECTOR', coalesce(c.reporter_sector, 'NONE')
                            where c.report and c.reporter_type = 'PROFESSIONAL'
                  union all select c.received, 'REPORT_TRIAGE', figures_triage(c.triaged_on, c.triage_due_on)
                            where c.report
                  union all select c.received, 'REPEAT', '-'
                            where c.report and c.opened_case and c.repeat_of_case_id is not null
                  union all select c.received, 'FEEDBACK_OWED',
                                   case when c.first_informed_at is null then 'NOT_INFORMED' else 'INFORMED' end
                            where c.report and c.reporter_type <> 'ANONYMOUS'
                  union all select figures_month(c.first_informed_at), 'FEEDBACK_GIVEN', '-'
                            where c.report and c.first_informed_at is not null) f
    group by 1, 2, 3, 4, 5
    having sum(c.delta) <> 0
    on conflict (region, month, municipality, fact, detail) do update set n = counted.n + excluded.n;
    return null;
end $$;

create function figures_case_counted() returns trigger language plpgsql as $$
declare
    added_rows   figures_case[] := '{}';
    removed_rows figures_case[] := '{}';
begin
    if tg_op <> 'DELETE' then
        select coalesce(array_agg(a), '{}') into added_rows from added a;
    end if;
    if tg_op <> 'INSERT' then
        select coalesce(array_agg(r), '{}') into removed_rows from removed r;
    end if;
    if cardinality(added_rows) + cardinality(removed_rows) = 0 then
        return null; -- a guarded update that matched no row
    end if;

    insert into figures_count as counted (region, month, municipality, fact, detail, n)
    select region, month, municipality, fact, detail, sum(delta)
    from (select c.region, figures_month(c.closed_at) as month, c.municipality, 'CLOSURE' as fact,
                 c.closure_reason as detail, c.delta
          from (select *, 1 as delta from unnest(added_rows) union all select *, -1 from unnest(removed_rows)) c
          where c.closed_at is not null
          union all
          select c.region, figures_month(c.first_report_at), c.municipality, 'LEAD_TIME', step.name, c.delta
          from (select *, 1 as delta from unnest(added_rows) union all select *, -1 from unnest(removed_rows)) c,
               lateral (values ('REPORT_TO_CODE', c.first_code_at), ('REPORT_TO_COORDINATOR', c.first_coordinator_at),
                               ('REPORT_TO_PLAN', c.plan_adopted_at)) step (name, reached_at)
          where step.reached_at >= c.first_report_at) changes
    group by 1, 2, 3, 4, 5
    having sum(delta) <> 0
    on conflict (region, month, municipality, fact, detail) do update set n = counted.n + excluded.n;
    return null;
end $$;

-- a case event counts in its case's municipality: the case row is written by the case's first event, before any other
create function figures_case_event_counted() returns trigger language plpgsql as $$
declare
    added_rows   figures_case_event[] := '{}';
    removed_rows figures_case_event[] := '{}';
begin
    if tg_op <> 'DELETE' then
        select coalesce(array_agg(a), '{}') into added_rows from added a;
    end if;
    if tg_op <> 'INSERT' then
        select coalesce(array_agg(r), '{}') into removed_rows from removed r;
    end if;
    if cardinality(added_rows) + cardinality(removed_rows) = 0 then
        return null; -- a guarded update that matched no row
    end if;

    insert into figures_count as counted (region, month, municipality, fact, detail, n)
    select k.region, figures_month(e.occurred_at), k.municipality, e.fact, e.detail, sum(e.delta)
    from (select *, 1 as delta from unnest(added_rows) union all select *, -1 from unnest(removed_rows)) e
    join figures_case k on k.case_id = e.case_id
    group by 1, 2, 3, 4, 5
    having sum(e.delta) <> 0
    on conflict (region, month, municipality, fact, detail) do update set n = counted.n + excluded.n;
    return null;
end $$;

create function figures_time_limit_counted() returns trigger language plpgsql as $$
declare
    added_rows   figures_time_limit[] := '{}';
    removed_rows figures_time_limit[] := '{}';
begin
    if tg_op <> 'DELETE' then
        select coalesce(array_agg(a), '{}') into added_rows from added a;
    end if;
    if tg_op <> 'INSERT' then
        select coalesce(array_agg(r), '{}') into removed_rows from removed r;
    end if;
    if cardinality(added_rows) + cardinality(removed_rows) = 0 then
        return null; -- a guarded update that matched no row
    end if;

    insert into figures_count as counted (region, month, municipality, fact, detail, n)
    select l.region, date_trunc('month', l.due_on)::date, l.municipality, 'LIMIT_' || l.outcome, l.time_limit,
           sum(l.delta)
    from (select *, 1 as delta from unnest(added_rows) union all select *, -1 from unnest(removed_rows)) l
    where l.outcome in ('MET', 'MET_LATE') or (l.missed and l.outcome in ('RUNNING', 'WITHDRAWN'))
    group by 1, 2, 3, 4, 5
    having sum(l.delta) <> 0
    on conflict (region, month, municipality, fact, detail) do update set n = counted.n + excluded.n;
    return null;
end $$;

-- a trigger with transition tables is for one kind of statement: three for each table of facts
create trigger figures_contact_added after insert on figures_contact referencing new table as added
    for each statement execute function figures_contact_counted();
create trigger figures_contact_changed after update on figures_contact
    referencing old table as removed new table as added
    for each statement execute function figures_contact_counted();
create trigger figures_contact_removed after delete on figures_contact referencing old table as removed
    for each statement execute function figures_contact_counted();

create trigger figures_case_added after insert on figures_case referencing new table as added
    for each statement execute function figures_case_counted();
create trigger figures_case_changed after update on figures_case
    referencing old table as removed new table as added
    for each statement execute function figures_case_counted();
create trigger figures_case_removed after delete on figures_case referencing old table as removed
    for each statement execute function figures_case_counted();

create trigger figures_case_event_added after insert on figures_case_event referencing new table as added
    for each statement execute function figures_case_event_counted();
create trigger figures_case_event_changed after update on figures_case_event
    referencing old table as removed new table as added
    for each statement execute function figures_case_event_counted();
create trigger figures_case_event_removed after delete on figures_case_event referencing old table as removed
    for each statement execute function figures_case_event_counted();

create trigger figures_time_limit_added after insert on figures_time_limit referencing new table as added
    for each statement execute function figures_time_limit_counted();
create trigger figures_time_limit_changed after update on figures_time_limit
    referencing old table as removed new table as added
    for each statement execute function figures_time_limit_counted();
create trigger figures_time_limit_removed after delete on figures_time_limit referencing old table as removed
    for each statement execute function figures_time_limit_counted();

-- the repeat reports of a region and period, split at query time by the earlier case's closure
create index figures_contact_repeats on figures_contact (region, received_at)
    where opened_case and repeat_of_case_id is not null;

-- the lead times of a region and period, all three in one scan of this index alone (without the table's rows while
-- its pages are all visible); it replaces the index of V5 on the same two columns
create index figures_case_lead_times on figures_case (region, first_report_at)
    include (municipality, first_code_at, first_coordinator_at, plan_adopted_at);
drop index figures_case_by_first_report;

-- the counts of the facts already kept (a ledger upgraded in place): each fact is written again, so that the triggers
-- count it by the same rules; the case rows first, as a case event counts in its case's municipality
create temporary table kept_case as select * from figures_case;
create temporary table kept_case_event as select * from figures_case_event;
create temporary table kept_contact as select * from figures_contact;
create temporary table kept_time_limit as select * from figures_time_limit;
truncate table figures_case, figures_case_event, figures_contact, figures_time_limit;
insert into figures_case select * from kept_case;
insert into figures_case_event select * from kept_case_event;
insert into figures_contact select * from kept_contact;
insert into figures_time_limit select * from kept_time_limit;
drop table kept_case, kept_case_event, kept_contact, kept_time_limit;
