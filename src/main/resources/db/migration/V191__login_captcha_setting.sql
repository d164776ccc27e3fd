-- 安全管理员 sets after how many recent failures of a username the login form asks the 验证码
-- (identity.LoginThrottle); below the lockout threshold, checked by the settings form.
alter table security_setting
    add column captcha_after_failures integer not null default 3
        check (captcha_after_failures between 1 and 19);
