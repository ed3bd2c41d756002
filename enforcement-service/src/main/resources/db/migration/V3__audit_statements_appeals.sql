-- The audit chain: each entry carries the hash of the one before it. No API updates or deletes,
-- and the trigger refuses it at the database too; the verification endpoint detects what an owner
-- who bypasses the trigger changed.
create table audit_entry (
    seq           bigint primary key,
    recorded_at   timestamptz not null,
    kind          text not null,
    subject_id    text not null,
    market        text not null,
    actor         text not null,
    details       text not null,
    previous_hash text not null,
    hash          text not null
);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$;

create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

-- Statements of reasons (DSA Art. 17) in the Transparency Database format.
create table statement_of_reasons (
    id            uuid primary key,
    measure_id    uuid not null unique references measure (id),
    puid          text not null unique,
    market        text not null,
    status        text not null,
    body          text not null,
    failed_fields text,
    created_at    timestamptz not null,
    submitted_at  timestamptz
);
create index statement_pending_idx on statement_of_reasons (created_at) where status = 'VALID';

-- Appeals (internal complaints, DSA Art. 20) and their review queue.
create table appeal (
    id               uuid primary key,
    measure_id       uuid not null references measure (id),
    market           text not null,
    account_id       text not null,
    account_type     text not null,
    round            integer not null,
    ip               boolean not null,
    state            text not null,
    filed_at         timestamptz not null,
    filed_by         text not null,
    window_deadline  date not null,
    review_due_at    timestamptz not null,
    statement        text not null,
    claimed_by       text,
    lease_until      timestamptz,
    decided_by       text,
    decided_at       timestamptz,
    decision_reason  text,
    unique (measure_id, round)
);
create index appeal_queue_idx on appeal (market, review_due_at) where state = 'PENDING';
