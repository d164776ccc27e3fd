-- Issue 14: on-site scoring opens on the visit date; the center may record an earlier actual visit
-- (实际现场评审日期) with its reason.
alter table evaluation_case add column actual_visit_date date;
alter table evaluation_case add column actual_visit_reason text;
