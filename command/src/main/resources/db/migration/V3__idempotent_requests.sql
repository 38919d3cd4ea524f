-- Owned by the command API's IdempotentRequests: the answer given to each request that carried an
-- Idempotency-Key header, written in the same transaction as the events the request appended, so that a retried
-- request gets the first answer again and appends nothing.
create table idempotent_request (
    user_name       varchar(255) not null,
    idempotency_key varchar(255) not null,
    request_hash    varchar(64)  not null,
    response_status integer,
    response_body   text,
    created_at      timestamptz  not null default now(),
    primary key (user_name, idempotency_key)
);
