-- 安全管理员's settings (one row): password expiry, lockout, which roles need 动态口令,
-- sessions per account and their absolute lifetime, the admin roles' address allow-list.
create table security_setting (
    id                     integer      primary key check (id = 1),
    password_expiry_days   integer      not null default 0 check (password_expiry_days between 0 and 3650),
    lockout_threshold      integer      not null default 5 check (lockout_threshold between 3 and 20),
    lockout_minutes        integer      not null default 15 check (lockout_minutes between 1 and 1440),
    mfa_roles              varchar(200) not null default 'BUREAU,CENTER,SYSADMIN,SECADMIN,AUDITOR',
    max_sessions           integer      not null default 1 check (max_sessions between 0 and 20),
    session_lifetime_hours integer      not null default 12 check (session_lifetime_hours between 1 and 72),
    admin_allowed_networks varchar(1000) not null default '',
    version                bigint       not null default 0
);
insert into security_setting (id) values (1);
