-- The health of one account in one market: the figure last published, the tier, the privileges
-- last published, and when something next falls due (an entry expiring, a restriction starting or
-- ending) so the scheduler finds due accounts through an index instead of scanning them all.
create table account_health (
    id               uuid        primary key,
    market           text        not null,
    account_id       text        not null,
    account_type     text        not null,
    tier             text        not null,
    active_points    integer,
    rating           integer,
    privileges       text        not null,
    next_due_at      timestamptz,
    updated_at       timestamptz not null,
    unique (market, account_id)
);

create index account_health_due on account_health (next_due_at) where next_due_at is not null;

-- Every booking on an account's ledger: violation points from enforcement, rewards and recovery.
-- Entries are never deleted; a reversal voids them.
create table ledger_entry (
    id             uuid        primary key,
    market         text        not null,
    account_id     text        not null,
    kind           text        not null,
    points         integer     not null,
    reason         text        not null,
    action_id      text,
    measure_type   text,
    violation_keys text        not null,
    reward_code    text,
    reference      text,
    issued_at      timestamptz not null,
    expires_at     timestamptz not null,
    voided_at      timestamptz,
    void_reason    text
);

create index ledger_entry_account on ledger_entry (market, account_id, expires_at);
create index ledger_entry_reward on ledger_entry (market, account_id, reward_code, issued_at)
    where reward_code is not null;
create unique index ledger_entry_reward_reference on ledger_entry (market, account_id, reward_code, reference)
    where reference is not null;
create unique index ledger_entry_action on ledger_entry (market, account_id, action_id)
    where action_id is not null;

-- One violation's points are booked once, however many measures answer it.
create table ledger_violation (
    market        text not null,
    account_id    text not null,
    violation_key text not null,
    entry_id      uuid not null references ledger_entry (id),
    primary key (market, account_id, violation_key)
);

-- Account-level measures enforcement has applied, as far as privileges are concerned.
create table account_restriction (
    id           uuid        primary key,
    market       text        not null,
    account_id   text        not null,
    action_id    text        not null,
    measure_type text        not null,
    starts_at    timestamptz not null,
    ends_at      timestamptz,
    lifted_at    timestamptz,
    lift_reason  text,
    unique (market, account_id, action_id)
);

-- Tier changes, newest last, shown as the account's tier history.
create table tier_change (
    id          uuid        primary key,
    market      text        not null,
    account_id  text        not null,
    from_tier   text        not null,
    to_tier     text        not null,
    figure      integer     not null,
    changed_at  timestamptz not null
);

create index tier_change_account on tier_change (market, account_id, changed_at);
