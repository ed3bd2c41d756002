-- Hash banks of PDQ hashes per market (issue 4). A negative bank holds known false positives:
-- a match also found in a negative bank of the market is suppressed.
create table hash_bank (
    id           uuid primary key,
    market       text not null,
    name         text not null,
    kind         text not null,
    negative     boolean not null,
    max_distance integer not null,
    min_quality  integer not null,
    description  text,
    version      integer not null,
    updated_by   text not null,
    updated_at   timestamptz not null,
    unique (market, name)
);

create table hash_bank_entry (
    id         uuid primary key,
    bank_id    uuid not null references hash_bank (id) on delete cascade,
    hash       char(64) not null,
    quality    integer not null,
    label      text,
    -- The protection asset a logo hash came from (ipr-service); null for entries added by people.
    source_ref text,
    created_by text not null,
    created_at timestamptz not null
);
create index hash_bank_entry_bank on hash_bank_entry (bank_id);
create index hash_bank_entry_source on hash_bank_entry (source_ref) where source_ref is not null;

-- Decisions stored before hash banks echoed the request's hashes as strings in signals.hashes;
-- that list now holds bank matches (objects). No bank existed then, so there were no matches; the
-- hashes themselves stay in the evidence snapshot's copy of the request.
update content_item
   set decision = jsonb_set(decision::jsonb, '{signals,hashes}', '[]'::jsonb)::text
 where jsonb_typeof(decision::jsonb -> 'signals' -> 'hashes') = 'array'
   and jsonb_array_length(decision::jsonb -> 'signals' -> 'hashes') > 0;
