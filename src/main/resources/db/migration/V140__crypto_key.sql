-- The ids (first 4 bytes of SHA-256, hex) of every key that has encrypted personal data here,
-- so a node with a different key of its own refuses to start (PersonalDataCipher).
create table crypto_key (
    key_id        varchar(16) primary key,
    first_seen_at timestamptz not null default now()
);
