-- Usernames unique whatever their case, and sessions that end after a while unused (issue 9).
-- Portable between H2 2.x and PostgreSQL 15: H2 has no index on an expression, so the lower-case
-- form is a column of its own, written by the application with every new account.

alter table account add column username_key varchar(100);
update account set username_key = lower(username);
-- Accounts made before this rule may differ only in case ("admin" and "ADMIN"): the oldest keeps
-- the name, each later one gets its own with '#' and its id (never a valid new username), so that
-- signing in as "ADMIN" always means the first.
update account set username_key = lower(username) || '#' || cast(id as varchar(20))
where exists (
    select 1 from account older
    where lower(older.username) = lower(account.username) and older.id < account.id
);
alter table account alter column username_key set not null;
alter table account add constraint uk_account_username_key unique (username_key);

-- When the session last served a request, to the minute: the idle timeout counts from it.
alter table account_session add column last_used_at timestamp with time zone;
update account_session set last_used_at = created_at;
alter table account_session alter column last_used_at set not null;
