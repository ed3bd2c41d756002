-- Shared by every service through the outbox library. Versions 0.x belong to the library;
-- a service's own migrations start at version 1.

-- Events written in the same transaction as the state change that caused them.
create table outbox_event (
    id              bigserial primary key,
    event_id        uuid        not null unique,
    topic           text        not null,
    partition_key   text        not null,
    shard           integer     not null,
    ce_type         text        not null,
    ce_source       text        not null,
    ce_subject      text,
    occurred_at     timestamptz not null,
    payload         text        not null,
    created_at      timestamptz not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    sent_at         timestamptz
);

-- The relay reads each shard's pending events in id order.
create index outbox_event_pending on outbox_event (shard, id) where sent_at is null;
create index outbox_event_sent on outbox_event (sent_at) where sent_at is not null;

-- Event ids a consumer has applied, written in the same transaction as the consumer's change.
create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null,
    primary key (consumer, event_id)
);

create index processed_event_age on processed_event (processed_at);
