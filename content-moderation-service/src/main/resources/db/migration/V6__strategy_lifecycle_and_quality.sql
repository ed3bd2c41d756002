-- Strategy lifecycle and the quality loop (issue 5): a stage per strategy version, its audited
-- transitions, emergency rules, and what quality figures are counted from.

-- Each version has its own stage (DRAFT, SHADOW, CANARY, ACTIVE, RETIRED). Before this, the current
-- version of an ACTIVE strategy was the one in force and older versions were superseded.
alter table strategy_version add column stage text;
update strategy_version v
   set stage = case
         when exists (select 1 from strategy s
                       where s.id = v.strategy_id and s.state = 'ACTIVE'
                         and s.current_version = v.version) then 'ACTIVE'
         else 'RETIRED' end;
alter table strategy_version alter column stage set not null;
-- An emergency rule is ACTIVE until emergency_until, then retired by a job.
alter table strategy_version add column emergency_until timestamptz;
alter table strategy_version add column emergency_reason text;
create index strategy_version_evaluated on strategy_version (strategy_id)
    where stage in ('SHADOW', 'CANARY', 'ACTIVE');
create index strategy_version_emergency on strategy_version (emergency_until)
    where emergency_until is not null and stage = 'ACTIVE';
-- The per-strategy state is replaced by the per-version stage.
alter table strategy drop column state;

-- Every stage change of a version: who, when, why (creation has no from_stage).
create table strategy_transition (
    id          uuid primary key,
    seq         bigint generated always as identity unique,
    strategy_id uuid not null references strategy (id),
    version     integer not null,
    market      text not null,
    from_stage  text,
    to_stage    text not null,
    kind        text not null,
    reason      text not null,
    changed_by  text not null,
    changed_at  timestamptz not null
);
create index strategy_transition_strategy on strategy_transition (strategy_id, seq);

-- Whether a hit acted (a SHADOW hit never does; a CANARY hit only inside its share). Hits recorded
-- before this were all of ACTIVE strategies.
alter table strategy_hit add column acting boolean not null default true;
create index strategy_hit_market on strategy_hit (market, hit_at);

-- Which term lists and hash banks found something in an item, for their quality figures.
create table signal_hit (
    id         uuid primary key,
    content_id uuid not null references content_item (id),
    market     text not null,
    source     text not null,
    name       text not null,
    hit_at     timestamptz not null
);
create index signal_hit_source on signal_hit (market, source, name, hit_at);
create index signal_hit_content on signal_hit (content_id);

-- Quality windows and action rates count the items a market screened in a time range.
create index content_item_market on content_item (market, received_at);
-- Appeal labels are written once per appeal and content item.
create index moderation_label_source on moderation_label (content_id, source);
