-- Gazette's first schema: stories with one article per language, taxonomy, slugs, comments, accounts.
-- Portable between H2 2.x and PostgreSQL 15.

create sequence account_seq start with 1 increment by 50;
create table account (
    id bigint primary key,
    username varchar(64) not null,
    password_hash varchar(100) not null,
    role varchar(16) not null,
    display_name varchar(100) not null,
    enabled boolean not null,
    ui_language varchar(35),
    created_at timestamp with time zone not null,
    version integer not null,
    constraint uk_account_username unique (username)
);

create sequence author_seq start with 1 increment by 50;
create table author (
    id bigint primary key,
    name varchar(100) not null,
    slug varchar(120) not null,
    account_id bigint references account (id),
    constraint uk_author_slug unique (slug)
);

create sequence section_seq start with 1 increment by 50;
create table section (
    id bigint primary key,
    position integer not null
);
create table section_label (
    section_id bigint not null references section (id),
    lang varchar(35) not null,
    name varchar(100) not null,
    slug varchar(120) not null,
    primary key (section_id, lang),
    constraint uk_section_label_slug unique (lang, slug)
);

create sequence tag_seq start with 1 increment by 50;
create table tag (
    id bigint primary key
);
create table tag_label (
    tag_id bigint not null references tag (id),
    lang varchar(35) not null,
    name varchar(100) not null,
    slug varchar(120) not null,
    primary key (tag_id, lang),
    constraint uk_tag_label_slug unique (lang, slug)
);

create sequence story_seq start with 1 increment by 50;
create table story (
    id bigint primary key,
    section_id bigint not null references section (id),
    author_id bigint not null references author (id),
    must_read boolean not null,
    comments_open boolean not null,
    created_at timestamp with time zone not null,
    version integer not null
);
create table story_tag (
    story_id bigint not null references story (id),
    tag_id bigint not null references tag (id),
    primary key (story_id, tag_id)
);

create sequence article_seq start with 1 increment by 50;
create table article (
    id bigint primary key,
    story_id bigint not null references story (id),
    lang varchar(35) not null,
    title varchar(300) not null,
    slug varchar(200) not null,
    standfirst varchar(1000),
    body_html varchar(200000) not null,
    status varchar(16) not null,
    published_at timestamp with time zone,
    updated_at timestamp with time zone not null,
    created_at timestamp with time zone not null,
    version integer not null,
    constraint uk_article_lang_slug unique (lang, slug),
    constraint uk_article_story_lang unique (story_id, lang)
);
create index ix_article_listing on article (lang, status, published_at);

create sequence slug_redirect_seq start with 1 increment by 50;
create table slug_redirect (
    id bigint primary key,
    article_id bigint not null references article (id),
    lang varchar(35) not null,
    slug varchar(200) not null,
    created_at timestamp with time zone not null,
    constraint uk_slug_redirect unique (lang, slug)
);

create sequence comment_seq start with 1 increment by 50;
create table comment (
    id bigint primary key,
    article_id bigint not null references article (id),
    parent_id bigint references comment (id),
    author_name varchar(100) not null,
    email varchar(254) not null,
    body varchar(20000) not null,
    status varchar(16) not null,
    held_reason varchar(200),
    client_address varchar(64),
    created_at timestamp with time zone not null,
    moderated_by varchar(64),
    moderated_at timestamp with time zone
);
create index ix_comment_article on comment (article_id, status, created_at);
