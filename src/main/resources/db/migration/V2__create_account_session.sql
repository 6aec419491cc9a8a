-- Server-side sessions for the newsroom: browser sign-ins and API bearer tokens. Only a hash of
-- each token is stored, so that a copy of the database cannot be used to sign in.
create sequence account_session_seq start with 1 increment by 50;
create table account_session (
    id bigint primary key,
    account_id bigint not null references account (id),
    kind varchar(16) not null,
    token_hash varchar(64) not null,
    csrf_token varchar(64) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    revoked_at timestamp with time zone,
    constraint uk_account_session_token unique (token_hash)
);
create index ix_account_session_account on account_session (account_id);
