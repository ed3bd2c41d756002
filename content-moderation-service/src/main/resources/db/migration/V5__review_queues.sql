-- Review queues (issue 5): routed tasks with priority components, SLA deadlines and leases; the
-- decisions people take on them; the evidence a moderator saw, frozen with its market.

-- Where a task waits and how urgent it is. Priority = harm x reach x boost x urgency, where urgency
-- grows as the deadline nears (sla_seconds / time left), so it is computed when a task is claimed.
alter table review_task
    add column seq                 bigint generated always as identity,
    add column queue               text,
    add column content_kind        text,
    add column language            text,
    add column report              text,
    add column harm                double precision not null default 1,
    add column reach               double precision not null default 1,
    add column boost               double precision not null default 1,
    add column audience            bigint not null default 0,
    add column sla_seconds         bigint not null default 86400,
    add column deadline            timestamptz,
    add column evidence_snapshot_id uuid,
    add column claimed_by          text,
    add column lease_expires_at    timestamptz,
    add column escalated           boolean not null default false,
    add column escalation_reason   text,
    add column text_fingerprint    text,
    add column decision_id         uuid,
    add column decided_at          timestamptz,
    -- A QA task: the decided task it re-reviews, who decided that one (never its QA reviewer), in
    -- which queue, and whether the QA decision agreed.
    add column qa_of               uuid references review_task (id),
    add column qa_subject          text,
    add column qa_queue            text,
    add column qa_agreed           boolean;

-- Tasks opened before queues existed wait in their market's general queue with a day's SLA.
update review_task t
   set queue = t.market || '.' || case t.purpose when 'SCREENING' then 'general' else 'labelling' end,
       deadline = t.created_at + interval '1 day',
       content_kind = c.kind,
       language = c.language,
       evidence_snapshot_id = (select s.id from evidence_snapshot s where s.content_id = t.content_id
                                order by s.captured_at desc limit 1)
  from content_item c
 where c.id = t.content_id;

alter table review_task alter column queue set not null;
alter table review_task alter column deadline set not null;
alter table review_task add constraint review_task_seq unique (seq);
create index review_task_queue on review_task (queue, status, deadline);
create index review_task_fingerprint on review_task (market, text_fingerprint)
    where text_fingerprint is not null;
create index review_task_qa on review_task (market, purpose, decided_at) where purpose = 'QA';

-- The PDQ hashes of a task's item, for deciding identical content in bulk.
create table review_task_hash (
    id       uuid primary key,
    task_id  uuid not null references review_task (id),
    market   text not null,
    pdq_hash char(64) not null
);
create index review_task_hash_lookup on review_task_hash (market, pdq_hash);
create index review_task_hash_task on review_task_hash (task_id);

-- Every decision a person took on a task: uphold, clear, or escalate (which moves the task to the
-- market's escalation queue). The task's decision_id names the final one.
create table review_decision (
    id          uuid primary key,
    task_id     uuid not null references review_task (id),
    outcome     text not null,
    policy_code text,
    severity    text,
    note        text,
    reason      text,
    bulk_of     uuid,
    decided_by  text not null,
    decided_at  timestamptz not null
);
create index review_decision_task on review_decision (task_id, decided_at);

-- The evidence a moderator sees names its market (scope checks) and freezes the screening
-- explanation (verdict, reason, deciding strategy) next to the content and signals.
alter table evidence_snapshot
    add column market      text,
    add column explanation text;
update evidence_snapshot s
   set market = c.market,
       explanation = (select jsonb_build_object(
                          'verdict', c.verdict,
                          'policyCode', c.policy_code,
                          'severity', c.severity,
                          'reason', c.decision::jsonb -> 'reason',
                          'decidedBy', c.decision::jsonb -> 'decidedBy')::text)
  from content_item c
 where c.id = s.content_id;
alter table evidence_snapshot alter column market set not null;
