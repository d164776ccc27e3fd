-- The public lookup searches names and credit codes with like '%…%'. Without an index every
-- search that matches few institutions read all of confirmed_grade twice (page and count):
-- about 10 ms of PostgreSQL CPU each, the largest cost of an uncached lookup page. A trigram
-- index on the latest grades answers such a search in well under a millisecond. pg_trgm is a
-- trusted extension shipped with PostgreSQL (zonky's binaries and the postgres:17 image), so
-- the schema owner may create it. Searches of one or two characters have no trigram and still
-- scan, as before.
create extension if not exists pg_trgm;

create index confirmed_grade_search_trgm on confirmed_grade
    using gin ((upper(institution_name)) gin_trgm_ops, credit_code gin_trgm_ops)
    where latest;
