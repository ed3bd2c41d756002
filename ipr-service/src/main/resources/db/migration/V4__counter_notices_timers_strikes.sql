create table counter_notice (
    id                 uuid primary key,
    notice_id          uuid not null references notice (id),
    account_id         text not null,
    account_type       text not null,
    received_at        timestamptz not null,
    restore_date       date not null,
    explanation        text,
    good_faith_mistake boolean not null,
    consent_to_jurisdiction boolean not null,
    accepts_service    boolean not null,
    unique (notice_id, account_id)
);

-- Personal data of the counter-notifier, handed to the notifier through the messaging platform.
create table counter_notice_contact (
    counter_notice_id uuid primary key references counter_notice (id),
    name      text,
    email     text,
    phone     text,
    address   text,
    signature text
);

-- Durable restore timers: polled with "for update skip locked", fired once.
create table restore_timer (
    id                uuid primary key,
    notice_id         uuid not null references notice (id),
    counter_notice_id uuid not null references counter_notice (id),
    market            text not null,
    restore_date      date not null,
    due_at            timestamptz not null,
    state             text not null,
    fired_at          timestamptz
);
create index restore_timer_due on restore_timer (state, due_at);

create table strike (
    id             uuid primary key,
    market         text not null,
    account_id     text not null,
    account_type   text not null,
    notice_id      uuid not null references notice (id),
    issued_at      timestamptz not null,
    expires_at     timestamptz not null,
    removed_at     timestamptz,
    removal_reason text,
    unique (notice_id, account_id)
);
create index strike_account on strike (market, account_id, expires_at);
