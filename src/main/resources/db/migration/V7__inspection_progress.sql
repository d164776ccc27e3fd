-- Routine inspections are carried out and can fall overdue (第二十条, reminders).
alter table inspection_plan_item
    add column overdue boolean not null default false,
    add column done_by varchar(100),
    add column done_at timestamp with time zone;
