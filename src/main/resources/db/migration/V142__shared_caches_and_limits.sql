-- One version of the confirmed grades for every node: any change of confirmed_grade bumps it in
-- the same transaction, and each node drops its lookup caches when it sees a new value.
create table grade_generation (
    id         int    primary key check (id = 1),
    generation bigint not null
);
insert into grade_generation (id, generation) values (1, 0);

create function bump_grade_generation() returns trigger language plpgsql as $$
begin
    update grade_generation set generation = generation + 1 where id = 1;
    return null;
end
$$;

create trigger confirmed_grade_changed after insert or update or delete on confirmed_grade
    for each statement execute function bump_grade_generation();

-- The public forms' per-address limits, counted for all nodes together (sliding window).
create table rate_limit_hit (
    limit_key varchar(120) not null,
    hit_at    timestamptz  not null
);
create index rate_limit_hit_key on rate_limit_hit (limit_key, hit_at);
