-- Ground truth and strategy hits: what the review queues, the strategy lifecycle and the quality
-- loop share (issue 5). Review writes labels, intake writes hits, quality joins the two.

-- Why a task exists: a REVIEW decision, a sample for labelling, or a senior's QA re-review.
alter table review_task add column purpose text not null default 'SCREENING';
create index review_task_open on review_task (market, status, purpose);

-- A person's (or an appeal's) judgement of a content item: the ground truth precision and recall
-- are measured against. Several labels per item are normal (review, then QA, then an appeal); the
-- latest wins for quality figures.
create table moderation_label (
    id          uuid primary key,
    content_id  uuid not null references content_item (id),
    market      text not null,
    source      text not null,
    violation   boolean not null,
    policy_code text,
    labelled_by text not null,
    labelled_at timestamptz not null
);
create index moderation_label_content on moderation_label (content_id, labelled_at);
create index moderation_label_market on moderation_label (market, labelled_at);

-- Every strategy that matched an item, whether or not its action took effect (a SHADOW strategy
-- never acts; a lower-ranked ACTIVE one is outranked by the winner).
create table strategy_hit (
    id               uuid primary key,
    content_id       uuid not null references content_item (id),
    market           text not null,
    strategy_id      uuid not null,
    strategy_version integer not null,
    stage            text not null,
    action           text not null,
    policy_code      text not null,
    deciding         boolean not null,
    hit_at           timestamptz not null
);
create index strategy_hit_strategy on strategy_hit (strategy_id, strategy_version, hit_at);
create index strategy_hit_content on strategy_hit (content_id);
