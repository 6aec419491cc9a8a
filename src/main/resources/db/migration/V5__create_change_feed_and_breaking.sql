-- The app's sync and push: the change feed, breaking news and webhooks.
-- Portable between H2 2.x and PostgreSQL 15.

-- Until when a story is breaking news; null when it is not.
alter table story add column breaking_until timestamp with time zone;
create index ix_story_breaking on story (breaking_until);

-- The change feed's numbering: one row, whose row lock orders the changes (see ChangeFeed).
create table change_counter (
    id integer primary key,
    last_seq bigint not null
);
insert into change_counter (id, last_seq) values (1, 0);

-- The change feed, compacted: one row per article readers could have seen, with the number of
-- its latest change. No foreign key: a tombstone outlives the article. Rows are written by the
-- application (the demo content and any published article are recorded at start).
create table article_change (
    article_id bigint primary key,
    lang varchar(35) not null,
    seq bigint not null,
    deleted boolean not null,
    article_version integer not null,
    changed_at timestamp with time zone not null,
    constraint uk_article_change_seq unique (seq)
);
create index ix_article_change_lang on article_change (lang, seq);

-- Webhooks registered by administrators, and their deliveries (an outbox written in the same
-- transaction as the news, sent afterwards and retried with backoff).
create sequence webhook_seq start with 1 increment by 50;
create table webhook (
    id bigint primary key,
    url varchar(2000) not null,
    secret varchar(200) not null,
    events varchar(200) not null,
    created_by varchar(64) not null,
    created_at timestamp with time zone not null
);

create sequence webhook_delivery_seq start with 1 increment by 50;
create table webhook_delivery (
    id bigint primary key,
    webhook_id bigint not null references webhook (id) on delete cascade,
    event varchar(32) not null,
    payload varchar(8000) not null,
    status varchar(16) not null,
    attempts integer not null,
    next_attempt_at timestamp with time zone not null,
    last_status integer,
    last_error varchar(500),
    created_at timestamp with time zone not null,
    delivered_at timestamp with time zone
);
create index ix_webhook_delivery_due on webhook_delivery (status, next_attempt_at);
create index ix_webhook_delivery_hook on webhook_delivery (webhook_id);
