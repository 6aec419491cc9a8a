-- Comment defences and moderation: duplicate detection, staff replies, the blocklist.
-- Portable between H2 2.x and PostgreSQL 15.

-- SHA-256 of the normalized body, to find the same comment posted twice without comparing texts.
alter table comment add column body_fingerprint varchar(64);
-- A reply written by a newsroom member from the moderation queue.
alter table comment add column staff boolean default false not null;
create index ix_comment_fingerprint on comment (article_id, body_fingerprint);
create index ix_comment_queue on comment (status, created_at);
create index ix_comment_email on comment (email, status);

create sequence blocked_term_seq start with 1 increment by 50;
create table blocked_term (
    id bigint primary key,
    kind varchar(16) not null,
    term varchar(254) not null,
    created_by varchar(64),
    created_at timestamp with time zone not null,
    constraint uq_blocked_term unique (kind, term)
);
