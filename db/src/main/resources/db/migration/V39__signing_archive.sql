-- Documents with legal force (issue 19): the archive of the PDFs a union's report was signed and sent as.
--
-- signed_document: one row per PDF kept for a report, in the order they came (version 1, 2, …): the PDF/A the
-- chairman signed when approving it (APPROVED), the PDF sent to the national union with the union's own signature
-- over it (SENT), or a copy signed outside the platform and uploaded (UPLOADED). The PDF itself is kept here, so the
-- tenant's archive and the backups carry it. sha256 is the PDF's hash (hex); the check makes the database hold them
-- together. signatures: what verifying it found when it was stored (signer, time, indication, reason per signature).
-- The application's role may only add rows: a row once written is never changed (a later change of the report is a
-- new version); only the administrators' role deletes, with the whole tenant. A signed report cannot be deleted
-- (no cascade from report).
create table signed_document (
    tenant_id   uuid        not null,
    id          uuid        not null default uuidv7(),
    report_id   uuid        not null,
    version     smallint    not null,
    kind        text        not null,
    file_name   text        not null,
    pdf         bytea       not null,
    sha256      text        not null,
    signatures  jsonb       not null,
    verified_at timestamptz not null,
    stored_by   text        not null,
    stored_at   timestamptz not null default now(),
    constraint signed_document_pkey primary key (tenant_id, id),
    constraint signed_document_version_key unique (tenant_id, report_id, version),
    constraint signed_document_report_fkey foreign key (tenant_id, report_id) references report (tenant_id, id),
    constraint signed_document_kind_known check (kind in ('APPROVED', 'SENT', 'UPLOADED')),
    constraint signed_document_version_positive check (version > 0),
    constraint signed_document_hash_matches check (sha256 = encode(sha256(pdf), 'hex'))
);

call enable_tenant_isolation('signed_document');
grant select, insert on signed_document to ${app_role};
