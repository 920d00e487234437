-- recording: documents on a child's record (or on one of the child's cases), alerts / labels on a person with their
-- evidence, review date and contrary evidence, and families' challenges to recorded facts (DOMAIN.md section 8;
-- the Families' Commission, seeds 003 lines 2196-2249).

-- A document's metadata. The content is kept apart: in document_content (the default) or in a configured directory
-- under a generated name (storage_key), never under the uploader's filename.
create table document (
    id                  bigint generated always as identity primary key,
    child_id            bigint not null references person(id),
    case_id             bigint,
    title               text not null,
    description         text,
    document_date       date,
    filename            text not null,
    content_type        text not null,
    size_bytes          bigint not null,
    sha256              text not null,
    storage             text not null check (storage in ('DATABASE', 'DIRECTORY')),
    storage_key         text not null unique,
    scan_result         text not null check (scan_result in ('CLEAN', 'NOT_SCANNED')),
    scanned_by          text,
    uploaded_at         timestamptz not null,
    uploaded_by_user_id bigint not null,
    uploaded_by         text not null
);
create index document_child on document(child_id, uploaded_at desc);
create index document_case on document(case_id) where case_id is not null;

create table document_content (
    document_id bigint primary key references document(id),
    content     bytea not null
);

-- An alert or label on a person (child or adult). Retired alerts stay: they are the label's history.
create table person_alert (
    id                bigint generated always as identity primary key,
    person_id         bigint not null references person(id),
    label_type        text not null check (label_type in ('RISK_TO_STAFF', 'RISK_TO_CHILDREN', 'RISK_OF_VIOLENCE_AT_ADDRESS',
                                                          'LONE_WORKING_NOT_PERMITTED', 'INFORMATION_SHARING_CAUTION',
                                                          'COMMUNICATION_NEEDS', 'OTHER')),
    description       text,
    evidence          text not null,
    raised_on         date not null,
    review_on         date not null,
    raised_by_user_id bigint not null,
    raised_by         text not null,
    recorded_at       timestamptz not null,
    retired_at        timestamptz,
    retired_by        text,
    retired_reason    text,
    check (review_on > raised_on),
    check (label_type <> 'OTHER' or description is not null),
    check ((retired_at is null) = (retired_reason is null))
);
create index person_alert_person on person_alert(person_id);

-- Evidence against a label, e.g. from the parent (an independent hair-strand test): shown beside the label.
create table alert_contrary_evidence (
    id          bigint generated always as identity primary key,
    alert_id    bigint not null references person_alert(id),
    given_by    text not null,
    evidence    text not null,
    given_on    date not null,
    recorded_by text not null,
    recorded_at timestamptz not null
);
create index alert_contrary_evidence_alert on alert_contrary_evidence(alert_id);

-- A family member's challenge to a recorded fact (an audit event of the child's chronology). The audit event is
-- immutable; the correction or annotation is kept here beside it.
create table record_challenge (
    id                      bigint generated always as identity primary key,
    child_id                bigint not null references person(id),
    audit_event_id          bigint not null references audit_event(id),
    challenger_name         text not null,
    challenger_relationship text not null,
    what_is_wrong           text not null,
    owner_user_id           bigint not null,
    due_on                  date not null,
    task_id                 bigint,
    recorded_at             timestamptz not null,
    recorded_by             text not null,
    outcome                 text check (outcome in ('CORRECTED', 'ANNOTATED', 'NOT_UPHELD')),
    outcome_text            text,
    outcome_at              timestamptz,
    outcome_by              text,
    check ((outcome is null) = (outcome_text is null))
);
create index record_challenge_child on record_challenge(child_id);
