-- 专项抽查 (第二十条): a draw's population and sample move from comma-joined ids to child tables,
-- each in its recorded order (the population sorted by id, the sample in the order drawn).
create table spot_check_population (
    draw_id        bigint  not null references spot_check_draw (id),
    position       integer not null,
    institution_id bigint  not null,
    primary key (draw_id, position)
);

create table spot_check_sample (
    draw_id        bigint  not null references spot_check_draw (id),
    position       integer not null,
    institution_id bigint  not null,
    primary key (draw_id, position)
);
create index spot_check_sample_institution on spot_check_sample (institution_id);

insert into spot_check_population (draw_id, position, institution_id)
select d.id, m.ord - 1, m.id::bigint
from spot_check_draw d, unnest(string_to_array(nullif(d.population, ''), ',')) with ordinality as m (id, ord);

insert into spot_check_sample (draw_id, position, institution_id)
select d.id, m.ord - 1, m.id::bigint
from spot_check_draw d, unnest(string_to_array(nullif(d.sample, ''), ',')) with ordinality as m (id, ord);

alter table spot_check_draw
    drop column population,
    drop column sample;
