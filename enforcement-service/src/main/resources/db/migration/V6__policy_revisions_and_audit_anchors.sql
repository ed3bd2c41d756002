-- Every stored policy version takes a revision from one sequence. Each replica polls the highest
-- revision per model and puts it in force, so a change made through any replica reaches all of
-- them within the poll interval (changed_at comes from the injected clock and may not be monotonic).
create sequence penalty_policy_revision_seq;
alter table penalty_policy_version add column revision bigint;
update penalty_policy_version p
   set revision = ordered.n
  from (select model, version, row_number() over (order by changed_at, model, version) as n
          from penalty_policy_version) ordered
 where p.model = ordered.model and p.version = ordered.version;
select setval('penalty_policy_revision_seq',
              coalesce((select max(revision) from penalty_policy_version), 0) + 1, false);
alter table penalty_policy_version
    alter column revision set default nextval('penalty_policy_revision_seq');
alter table penalty_policy_version alter column revision set not null;
alter table penalty_policy_version add constraint penalty_policy_revision_unique unique (revision);
alter sequence penalty_policy_revision_seq owned by penalty_policy_version.revision;

-- Anchors of the audit chain's head. The chain proves that no entry was edited or removed in the
-- middle; deleting its newest entries would leave a shorter chain that still verifies. Each anchor
-- records the head (sequence and hash) at a point in time, signed with a key the database does
-- not hold, and is also written to the log and a metric: verification requires the anchored entry
-- to be present and unchanged, and the log and metric keep the anchors even if this table is cut.
create table audit_anchor (
    seq          bigint primary key,
    hash         text not null,
    anchored_at  timestamptz not null,
    signature    text
);

create function audit_anchor_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_anchor is append-only';
end;
$$;

create trigger audit_anchor_no_update before update or delete on audit_anchor
    for each row execute function audit_anchor_append_only();

-- The policy and severity of the violation a measure answers, published on ActionApplied so
-- creator-health can weigh the severity mix and repeat patterns per policy. Null for measures that
-- answer no single policy (milestones, the repeat-infringer measure).
alter table measure add column policy_code text;
alter table measure add column severity text;
update measure m
   set policy_code = v.policy_code, severity = v.severity
  from violation v
 where m.trigger_key in ('violation:' || v.violation_key, 'repeat:' || v.violation_key);
