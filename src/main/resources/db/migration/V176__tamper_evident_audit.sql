-- 等保 level 3 audit records: who (and in which role), from where, what, on what, with
-- which result; append-only, and chained by SHA-256 so a changed or missing record is found.

alter table audit_entry add column actor_role varchar(20);
alter table audit_entry add column client_address varchar(64);
alter table audit_entry add column result varchar(10) not null default '成功'
    check (result in ('成功', '失败'));
-- The chain: chain_seq is the order of the chain (taken under a lock, so it has no gaps),
-- prev_hash the previous record's hash, hash = sha256(prev_hash || canonical content).
alter table audit_entry add column chain_seq bigint;
alter table audit_entry add column prev_hash varchar(64);
alter table audit_entry add column hash varchar(64);

create index audit_entry_occurred on audit_entry (occurred_at desc, id desc);
create index audit_entry_actor on audit_entry (actor, occurred_at desc);

-- The canonical text of one record: every field that matters, in a fixed order, the time
-- in UTC with microseconds, separated by the unit separator (never typed by a user).
create function audit_entry_canonical(e audit_entry) returns text
    language sql stable as $$
    select concat_ws(chr(31), e.chain_seq::text, e.id::text,
                     to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                     coalesce(e.actor, ''), coalesce(e.actor_role, ''), coalesce(e.client_address, ''),
                     coalesce(e.action, ''), coalesce(e.target_type, ''), coalesce(e.target_id, ''),
                     coalesce(e.detail, ''), coalesce(e.result, ''))
$$;

create function audit_entry_digest(prev_hash text, e audit_entry) returns varchar(64)
    language sql stable as $$
    select encode(sha256(convert_to(prev_hash || chr(30) || audit_entry_canonical(e), 'UTF8')), 'hex')
$$;

-- Backfill the records written before the chain existed, oldest first.
do $$
declare
    r audit_entry;
    seq bigint := 0;
    prev varchar(64) := repeat('0', 64);
begin
    for r in select * from audit_entry order by occurred_at, id loop
        seq := seq + 1;
        r.chain_seq := seq;
        r.prev_hash := prev;
        r.hash := audit_entry_digest(prev, r);
        update audit_entry set chain_seq = r.chain_seq, prev_hash = r.prev_hash, hash = r.hash where id = r.id;
        prev := r.hash;
    end loop;
end $$;

alter table audit_entry alter column chain_seq set not null;
alter table audit_entry alter column prev_hash set not null;
alter table audit_entry alter column hash set not null;
alter table audit_entry add constraint audit_entry_chain_seq unique (chain_seq);

-- Every insert, whoever makes it (JPA or a batch statement), is chained here: a
-- transaction-level advisory lock makes concurrent inserts take their turn, so each
-- sees its predecessor. Key 2022391301 is the audit chain's (see AuditChain.LOCK_KEY).
create function audit_entry_chain() returns trigger
    language plpgsql as $$
declare
    last audit_entry;
begin
    perform pg_advisory_xact_lock(2022391301);
    select * into last from audit_entry order by chain_seq desc limit 1;
    new.chain_seq := coalesce(last.chain_seq, 0) + 1;
    new.prev_hash := coalesce(last.hash, repeat('0', 64));
    new.result := coalesce(new.result, '成功');
    new.hash := audit_entry_digest(new.prev_hash, new);
    return new;
end $$;

create trigger audit_entry_chain before insert on audit_entry
    for each row execute function audit_entry_chain();

-- Append-only: no one, not even the owner without first disabling the trigger, changes or
-- removes a record; the application's role has neither the privilege (AppRoleGrants).
create function audit_refuse_change() returns trigger
    language plpgsql as $$
begin
    raise exception '审计记录只能追加，不能修改或删除（表 %，操作 %）', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end $$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_refuse_change();
create trigger login_record_append_only before update or delete on login_record
    for each row execute function audit_refuse_change();
create trigger login_record_no_truncate before truncate on login_record
    for each statement execute function audit_refuse_change();

-- Records older than the retention are copied here with their chain fields, never
-- deleted by the application; the archive is append-only too.
create table audit_entry_archive (
    id             bigint primary key,
    chain_seq      bigint       not null unique,
    actor          varchar(100) not null,
    actor_role     varchar(20),
    client_address varchar(64),
    action         varchar(100) not null,
    target_type    varchar(50)  not null,
    target_id      varchar(50),
    detail         text,
    result         varchar(10)  not null,
    occurred_at    timestamp with time zone not null,
    prev_hash      varchar(64)     not null,
    hash           varchar(64)     not null,
    archived_at    timestamp with time zone not null
);

create trigger audit_entry_archive_append_only before update or delete on audit_entry_archive
    for each row execute function audit_refuse_change();
create trigger audit_entry_archive_no_truncate before truncate on audit_entry_archive
    for each statement execute function audit_refuse_change();

-- The outcome of each chain check, for the auditor's page.
create table audit_chain_check (
    id               bigint generated by default as identity primary key,
    checked_at       timestamp with time zone not null,
    records_checked  bigint       not null,
    intact           boolean      not null,
    first_broken_id  bigint,
    first_broken_seq bigint,
    reason           varchar(200)
);

create trigger audit_chain_check_append_only before update or delete on audit_chain_check
    for each row execute function audit_refuse_change();
