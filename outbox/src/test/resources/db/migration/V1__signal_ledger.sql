-- What the test consumer books: one row per application of an event. Deliberately no unique
-- constraint on event_id: only the inbox may stop a duplicate from being booked twice.
create table signal_ledger (
    id         bigserial primary key,
    event_id   uuid   not null,
    account_id text   not null,
    count      bigint not null
);
