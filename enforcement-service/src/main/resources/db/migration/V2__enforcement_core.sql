-- Violations: one row per violation key, whichever way it arrived (event or API).
create table violation (
    id                   uuid primary key,
    violation_key        text not null unique,
    market               text not null,
    account_id           text not null,
    account_type         text not null,
    content_id           text not null,
    content_version      integer not null,
    content_kind         text not null,
    content_date         date not null,
    language             text,
    ean                  text,
    policy_code          text not null,
    severity             text not null,
    detection            text not null,
    decision             text not null,
    source               text not null,
    strategy_id          text,
    strategy_version     integer,
    evidence_snapshot_id text,
    notice_id            text,
    points               integer not null,
    policy_version       text not null,
    state                text not null,
    confirmed_at         timestamptz not null
);
create index violation_repeat_idx on violation (market, account_id, policy_code, confirmed_at);

-- Measures: every restriction enforcement applies, with its life cycle.
create table measure (
    id               uuid primary key,
    market           text not null,
    account_id       text not null,
    account_type     text not null,
    type             text not null,
    state            text not null,
    starts_at        timestamptz not null,
    ends_at          timestamptz,
    points           integer not null,
    violation_keys   text not null,
    decided_by       text not null,
    trigger_kind     text not null,
    trigger_key      text not null unique,
    policy_version   text not null,
    statement_puid   text,
    ended_at         timestamptz,
    reversal_reason  text
);
create index measure_due_idx on measure (ends_at) where state = 'APPLIED';
create index measure_account_idx on measure (market, account_id);

-- Which violations each measure answers, for reversal by violation key.
create table measure_violation (
    measure_id    uuid not null references measure (id),
    violation_key text not null,
    primary key (measure_id, violation_key)
);
create index measure_violation_key_idx on measure_violation (violation_key);
