-- Owned by the query side's AccessLog: every read of a family plan or a case history, written in the request that
-- reads, before the answer is sent (domain guide §6: keep an access trail). Append-only like the event store: a row is
-- never changed or removed, whoever tries it. Names users, organisations and case ids; no personal data of a family.
create table access_log (
    id            bigserial    primary key,
    read_at       timestamptz  not null,
    user_name     varchar(255) not null,
    organisation  varchar(100),
    role          varchar(30)  not null,
    -- the reader's own Veilig Thuis region, when they have one
    user_region   varchar(10),
    case_id       uuid         not null,
    -- the Veilig Thuis region of the case's municipality: an inspector reads the log of their own region's cases
    case_region   varchar(10)  not null,
    -- FAMILY_PLAN, FAMILY_PLAN_UPDATES or CASE_HISTORY
    what          varchar(30)  not null,
    -- how: the format, a download, the moment asked for (asOf), the version waited for
    detail        varchar(200),
    -- why, as the reader gave it; required of an inspector
    reason        varchar(500)
);
create index access_log_by_case on access_log (case_id, read_at);
create index access_log_by_time on access_log (read_at);

create function refuse_access_log_change() returns trigger language plpgsql as $$
begin
    raise exception 'the access log is append-only: % on access_log refused', tg_op;
end;
$$;
create trigger access_log_append_only
    before update or delete on access_log
    for each row execute function refuse_access_log_change();
-- TRUNCATE is no row change and passes a row trigger: refuse it as well
create trigger access_log_no_truncate
    before truncate on access_log
    for each statement execute function refuse_access_log_change();
