-- The newsroom: story ownership, scheduling, translation links, revisions and the audit log.

alter table story add column owner_id bigint references account (id);

alter table article add column scheduled_at timestamp with time zone;
alter table article add column source_article_id bigint references article (id);
-- Revision numbers: the latest saved, the one readers see, and (for a translation) the source's
-- revision it was last brought up to date with.
alter table article add column revision integer default 0 not null;
alter table article add column published_revision integer;
alter table article add column source_revision integer;
create index ix_article_scheduled on article (status, scheduled_at);

create sequence article_revision_seq start with 1 increment by 50;
create table article_revision (
    id bigint primary key,
    article_id bigint not null references article (id),
    number integer not null,
    title varchar(300) not null,
    slug varchar(200) not null,
    standfirst varchar(1000),
    body_html varchar(200000) not null,
    saved_by varchar(64) not null,
    saved_at timestamp with time zone not null,
    constraint uk_article_revision unique (article_id, number)
);

create sequence audit_entry_seq start with 1 increment by 50;
create table audit_entry (
    id bigint primary key,
    at timestamp with time zone not null,
    actor varchar(64) not null,
    action varchar(32) not null,
    article_id bigint,
    detail varchar(500)
);
create index ix_audit_entry_at on audit_entry (at);
