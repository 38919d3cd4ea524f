-- Axon's JDBC event store on PostgreSQL (the layout of Axon's PostgresEventTableFactory, with snake_case names
-- configured in EventStoreConfiguration). Events are appended, never updated or deleted.
create table domain_event_entry (
    global_index         bigserial    not null,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    event_identifier     varchar(255) not null,
    meta_data            bytea,
    payload              bytea        not null,
    payload_revision     varchar(255),
    payload_type         varchar(255) not null,
    time_stamp           varchar(255) not null,
    primary key (global_index),
    -- two commands that append to one case at once: the second breaks this and is retried or refused
    unique (aggregate_identifier, sequence_number),
    unique (event_identifier)
);

create table snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null,
    meta_data            bytea,
    payload              bytea        not null,
    payload_revision     varchar(255),
    payload_type         varchar(255) not null,
    time_stamp           varchar(255) not null,
    primary key (aggregate_identifier, sequence_number),
    unique (event_identifier)
);

-- How far each tracking event processor (the projections of the query side) has read the event stream.
create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255),
    owner          varchar(255),
    primary key (processor_name, segment)
);

-- The event store is append-only: refuse any change to a stored event, whoever tries it.
create function refuse_event_change() returns trigger language plpgsql as $$
begin
    raise exception 'events are immutable: % on domain_event_entry refused', tg_op;
end;
$$;
create trigger domain_event_entry_append_only
    before update or delete on domain_event_entry
    for each row execute function refuse_event_change();
