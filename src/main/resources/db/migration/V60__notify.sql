-- notify: every notification is recorded (to whom, when, what) whether or not it could be delivered.
create table notification (
    id         bigint generated always as identity primary key,
    created_at timestamptz not null,
    sent_by    text not null,
    to_name    text,
    to_email   text,
    subject    text not null,
    body       text not null,
    child_id   bigint,
    about      text,
    status     text not null check (status in ('QUEUED','SENT','FAILED','SHOWN_IN_OUTBOX')),
    sent_at    timestamptz,
    failure    text
);
create index notification_about on notification(about);
create index notification_child on notification(child_id);
