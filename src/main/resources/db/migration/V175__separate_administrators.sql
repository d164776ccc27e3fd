-- 三员分立: the one administrator role becomes three (system, security, audit). An existing
-- administrator keeps managing accounts as the system administrator; the security
-- administrator and the auditor are new accounts, never the same person.
alter table user_account drop constraint if exists user_account_role_check;
update user_account set role = 'SYSADMIN' where role = 'ADMIN';
alter table user_account add constraint user_account_role_check
    check (role in ('INSTITUTION','DISTRICT','CENTER','EXPERT','BUREAU','SYSADMIN','SECADMIN','AUDITOR'));
