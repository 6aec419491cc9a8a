-- The media library (issue 11): one asset per picture, its texts in every language, and its
-- files (the original as uploaded, never served, and the renditions made from it) stored in the
-- database, so that every node on one PostgreSQL serves the same media; nodes keep a disk cache.

create sequence media_asset_seq start with 1 increment by 50;
create table media_asset (
    id bigint primary key,
    file_name varchar(255) not null,
    -- the file name folded for search: lower case, accents removed
    search_key varchar(2000) not null,
    kind varchar(10) not null,
    width integer not null,
    height integer not null,
    byte_size bigint not null,
    original_hash varchar(64) not null,
    uploaded_by bigint references account (id),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version integer not null
);
create index ix_media_asset_created on media_asset (created_at);

create table media_text (
    asset_id bigint not null references media_asset (id),
    lang varchar(35) not null,
    alt varchar(500) not null,
    caption varchar(1000) not null,
    credit varchar(300) not null,
    primary key (asset_id, lang)
);

create sequence media_file_seq start with 1 increment by 50;
create table media_file (
    id bigint primary key,
    asset_id bigint not null references media_asset (id),
    -- ORIGINAL (kept, never served) or RENDITION
    role varchar(10) not null,
    kind varchar(10) not null,
    width integer not null,
    height integer not null,
    -- the served name's hash: the SHA-256 of the bytes, 32 hex digits (64 for an original); two
    -- assets of the same file share hashes, and either row serves the same bytes
    hash varchar(64) not null,
    byte_size bigint not null,
    bytes bytea not null
);
create index ix_media_file_asset on media_file (asset_id);
create index ix_media_file_hash on media_file (hash);

alter table story add column lead_image_id bigint references media_asset (id);
create index ix_story_lead_image on story (lead_image_id);
