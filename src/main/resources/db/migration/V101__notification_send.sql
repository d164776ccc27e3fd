-- Every notification sent through the notification port (SMS, e-mail, letter for mailing),
-- with its result: the record that an objector or an institution was told (第十三条).
create table notification_send (
    id               bigserial primary key,
    channel          varchar(16)  not null,
    recipient_masked varchar(64)  not null,
    subject          varchar(200),
    body             text         not null,
    reference_type   varchar(40)  not null,
    reference_id     varchar(64)  not null,
    delivered        boolean      not null,
    failure          varchar(500),
    sent_at          timestamptz  not null
);
create index notification_send_reference on notification_send (reference_type, reference_id);
