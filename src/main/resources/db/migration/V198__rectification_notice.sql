-- 整改通知书 (issue 14): a rectification order is issued as a 公文 with its own 发文字号, in the name of
-- the authority that ordered it (the city bureau, or a district's bureau for its institutions).
-- Orders issued before keep null and are numbered nowhere; their notice is made on first download.
alter table rectification_order add column document_number varchar(80);
alter table rectification_order add column issuing_authority varchar(100);
