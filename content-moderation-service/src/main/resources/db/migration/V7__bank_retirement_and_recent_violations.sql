-- Hash-bank retirement, entry paging, the account's recent violations and the listing's EAN
-- (issues 3 and 4).

-- A retired bank stops matching but stays, with its entries, for audit: decisions that cited it
-- must remain explainable. Banks are never deleted.
alter table hash_bank add column status text not null default 'ACTIVE';
alter table hash_bank add column retired_by text;
alter table hash_bank add column retired_at timestamptz;

-- Insertion order of a bank's entries: the order they are listed and paged in (a bank can hold
-- millions, so pages are a keyset on it). Entries of one bulk load share their creation time, so
-- only this keeps them in the order of the file.
alter table hash_bank_entry add column seq bigint generated always as identity;
create index hash_bank_entry_page on hash_bank_entry (bank_id, seq);

-- Violations booked on the account within creator-health's recent window, as HealthChanged says;
-- null while the producer does not send the figure.
alter table account_context add column recent_violations integer;

-- A listing's EAN-13 when the platform sent one; carried into ViolationConfirmed.
alter table content_item add column ean text;
