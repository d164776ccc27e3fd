-- One row per scheduled firing of a job: the node that inserts it runs the job, the others skip,
-- so a job fires on exactly one node per tick (shared.ClusterLock.claimTick).
create table job_claim (
    job_name   varchar(40)  not null,
    tick       timestamptz  not null,
    claimed_at timestamptz  not null default clock_timestamp(),
    primary key (job_name, tick)
);
