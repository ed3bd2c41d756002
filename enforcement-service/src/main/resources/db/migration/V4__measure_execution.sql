-- Platforms confirm that a measure was carried out, or report that it failed.
alter table measure add column execution_status text;
alter table measure add column execution_reason text;
alter table measure add column execution_reported_at timestamptz;
create index measure_failed_execution_idx on measure (market, execution_reported_at)
    where execution_status = 'FAILED';
