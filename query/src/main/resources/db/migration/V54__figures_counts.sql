-- Owned by the query side's RegionalFiguresProjection (processing group regional-figures), beside its facts of V5 and
-- V8: the counts the figures sum, per region, municipality and month (Dutch time), so that an answer sums a few
-- thousand rows of its region and year instead of scanning every fact of them. No personal data.
--
-- The facts stay the truth. Every insert or update of a fact row changes the counts in the same statement, by row
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
    return case when triaged_on is null then 'NOT_TRIAGED' when triaged_on <= triage_due_on then 'WITHIN' else 'LATE' end;

-- Contacts by everything a contact figure breaks them down by: one row per combination that occurs, with how many
-- contacts received in the month have it. A report changes row when it is triaged or its reporter informed.
create table figures_contact_count (
    region            varchar(16) not null,
    month             date        not null,
    municipality      varchar(6)  not null,
    contact_type      varchar(20) not null,
    reporter_type     varchar(20) not null,
    reporter_sector   varchar(30) not null,    -- '' for none
    child_abuse       boolean     not null,
    domestic_violence boolean     not null,
    elder_abuse       boolean     not null,
    triage            varchar(12) not null,    -- figures_triage
    repeat            boolean     not null,    -- opened a case naming an earlier, closed case of the household
    informed          boolean     not null,    -- the reporter was informed
    n                 bigint      not null,
    primary key (region, month, municipality, contact_type, reporter_type, reporter_sector, child_abuse,
                 domestic_violence, elder_abuse, triage, repeat, informed)
);

-- Every other count, by fact and detail, in the municipality of its case (of its contact for FEEDBACK_GIVEN):
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

create function figures_contact_counted() returns trigger language plpgsql as $$
begin
    insert into figures_contact_count as counted (region, month, municipality, contact_type, reporter_type,
        reporter_sector, child_abuse, domestic_violence, elder_abuse, triage, repeat, informed, n)
    select region, month, municipality, contact_type, reporter_type, reporter_sector, child_abuse, domestic_violence,
           elder_abuse, triage, repeat, informed, sum(delta)
    from (select c.region, figures_month(c.received_at) as month, c.municipality, c.contact_type, c.reporter_type,
                 coalesce(c.reporter_sector, '') as reporter_sector, c.child_abuse, c.domestic_violence, c.elder_abuse,
                 figures_triage(c.triaged_on, c.triage_due_on) as triage,
                 c.opened_case and c.repeat_of_case_id is not null as repeat,
                 c.first_informed_at is not null as informed, d.delta
          from (select new as c, 1 as delta where tg_op <> 'DELETE'
                union all select old, -1 where tg_op <> 'INSERT') d, lateral (select (d.c).*) c) changes
    group by region, month, municipality, contact_type, reporter_type, reporter_sector, child_abuse, domestic_violence,
             elder_abuse, triage, repeat, informed
    having sum(delta) <> 0
    on conflict (region, month, municipality, contact_type, reporter_type, reporter_sector, child_abuse,
                 domestic_violence, elder_abuse, triage, repeat, informed)
        do update set n = counted.n + excluded.n;

    insert into figures_count as counted (region, month, municipality, fact, detail, n)
    select region, month, municipality, 'FEEDBACK_GIVEN', '-', sum(delta)
    from (select c.region, figures_month(c.first_informed_at) as month, c.municipality, d.delta
          from (select new as c, 1 as delta where tg_op <> 'DELETE'
                union all select old, -1 where tg_op <> 'INSERT') d, lateral (select (d.c).*) c
          where c.contact_type = 'REPORT' and c.first_informed_at is not null) changes
    group by region, month, municipality
    having sum(delta) <> 0
    on conflict (region, month, municipality, fact, detail) do update set n = counted.n + excluded.n;
    return null;
end $$;

create trigger figures_contact_counted after insert or update or delete on figures_contact
    for each row execute function figures_contact_counted();

create function figures_case_counted() returns trigger language plpgsql as $$
begin
    insert into figures_count as counted (region, month, municipality, fact, detail, n)
    select region, month, municipality, fact, detail, sum(delta)
    from (select c.region, figures_month(c.closed_at) as month, c.municipality, 'CLOSURE' as fact,
                 c.closure_reason as detail, d.delta
          from (select new as c, 1 as delta where tg_op <> 'DELETE'
                union all select old, -1 where tg_op <> 'INSERT') d, lateral (select (d.c).*) c
          where c.closed_at is not null
          union all
          select c.region, figures_month(c.first_report_at), c.municipality, 'LEAD_TIME', step.name, d.delta
          from (select new as c, 1 as delta where tg_op <> 'DELETE'
                union all select old, -1 where tg_op <> 'INSERT') d, lateral (select (d.c).*) c,
               lateral (values ('REPORT_TO_CODE', c.first_code_at), ('REPORT_TO_COORDINATOR', c.first_coordinator_at),
                               ('REPORT_TO_PLAN', c.plan_adopted_at)) step (name, reached_at)
          where step.reached_at >= c.first_report_at) changes
    group by region, month, municipality, fact, detail
    having sum(delta) <> 0
    on conflict (region, month, municipality, fact, detail) do update set n = counted.n + excluded.n;
    return null;
end $$;

create trigger figures_case_counted after insert or update or delete on figures_case
    for each row execute function figures_case_counted();

-- a case event counts in its case's municipality: the case row is written by the case's first event, before any other
create function figures_case_event_counted() returns trigger language plpgsql as $$
begin
    insert into figures_count as counted (region, month, municipality, fact, detail, n)
    select region, month, municipality, fact, detail, sum(delta)
    from (select k.region, figures_month(e.occurred_at) as month, k.municipality, e.fact, e.detail, d.delta
          from (select new as e, 1 as delta where tg_op <> 'DELETE'
                union all select old, -1 where tg_op <> 'INSERT') d, lateral (select (d.e).*) e
          join figures_case k on k.case_id = e.case_id) changes
    group by region, month, municipality, fact, detail
    having sum(delta) <> 0
    on conflict (region, month, municipality, fact, detail) do update set n = counted.n + excluded.n;
    return null;
end $$;

create trigger figures_case_event_counted after insert or update or delete on figures_case_event
    for each row execute function figures_case_event_counted();

create function figures_time_limit_counted() returns trigger language plpgsql as $$
begin
    insert into figures_count as counted (region, month, municipality, fact, detail, n)
    select region, month, municipality, fact, detail, sum(delta)
    from (select l.region, date_trunc('month', l.due_on)::date as month, l.municipality, 'LIMIT_' || l.outcome as fact,
                 l.time_limit as detail, d.delta
          from (select new as l, 1 as delta where tg_op <> 'DELETE'
                union all select old, -1 where tg_op <> 'INSERT') d, lateral (select (d.l).*) l
          where l.outcome in ('MET', 'MET_LATE') or (l.missed and l.outcome in ('RUNNING', 'WITHDRAWN'))) changes
    group by region, month, municipality, fact, detail
    having sum(delta) <> 0
    on conflict (region, month, municipality, fact, detail) do update set n = counted.n + excluded.n;
    return null;
end $$;

create trigger figures_time_limit_counted after insert or update or delete on figures_time_limit
    for each row execute function figures_time_limit_counted();

-- the repeat reports of a region and period, split at query time by the earlier case's closure
create index figures_contact_repeats on figures_contact (region, received_at)
    where opened_case and repeat_of_case_id is not null;

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
