-- Data-quality rules (issue 18): the national union's checks over a year's indicator set, run as a union enters its
-- figures, before it sends, and over every union's reports at the national review.

-- A rule of a year's indicator set (national data, not a tenant's, like the indicators it speaks of; versioned with
-- the set: copying a year's set copies its rules). Four kinds:
-- COMPARISON   indicator_code <operator> factor × other_code (TT02 ≥ TT01: participants at least the classes);
-- YEAR_ON_YEAR |x − x a year earlier| ≤ percent % of the earlier figure, the same union and period kind;
-- RANGE        min_value ≤ x ≤ max_value (either may be absent);
-- OUTLIER      the modified z-score 0,6745·(x − median)/MAD over the union's past reports of the same period kind
--              stays within threshold (default 3,5); needs 4 past figures, else the rule is not evaluated.
-- A BLOCKING rule that fails stops the sending; a failed WARNING needs the union's explanation before sending.
create table quality_rule (
    id             uuid          not null default uuidv7(),
    year           smallint      not null,
    kind           text          not null,
    indicator_code text          not null,
    operator       text,
    other_code     text,
    factor         numeric(12, 4),
    percent        numeric(8, 2),
    min_value      numeric(16, 2),
    max_value      numeric(16, 2),
    threshold      numeric(6, 2),
    importance     text          not null default 'WARNING',
    explanation    text          not null,
    areas          text[]        not null default '{}',
    active         boolean       not null default true,
    position       integer       not null default 0,
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now(),
    constraint quality_rule_pkey primary key (id),
    constraint quality_rule_indicator_fkey foreign key (year, indicator_code) references indicator (year, code) on delete cascade,
    constraint quality_rule_other_fkey foreign key (year, other_code) references indicator (year, code) on delete cascade,
    constraint quality_rule_kind_known check (kind in ('COMPARISON', 'YEAR_ON_YEAR', 'RANGE', 'OUTLIER')),
    constraint quality_rule_importance_known check (importance in ('WARNING', 'BLOCKING')),
    constraint quality_rule_operator_known check (operator in ('GE', 'GT', 'LE', 'LT', 'EQ')),
    constraint quality_rule_comparison_complete check (kind <> 'COMPARISON'
        or (operator is not null and other_code is not null and factor is not null and factor > 0)),
    constraint quality_rule_year_on_year_complete check (kind <> 'YEAR_ON_YEAR' or (percent is not null and percent >= 0)),
    constraint quality_rule_range_complete check (kind <> 'RANGE'
        or ((min_value is not null or max_value is not null) and (min_value is null or max_value is null or min_value <= max_value))),
    constraint quality_rule_outlier_complete check (kind <> 'OUTLIER' or (threshold is not null and threshold > 0)),
    constraint quality_rule_explained check (length(btrim(explanation)) > 0),
    constraint quality_rule_areas_known check (areas <@ array['ORGANISATION', 'INFORMATION', 'CONSULTANCY', 'SCIENCE_TECHNOLOGY',
        'CONTESTS_AWARDS', 'HONOURING', 'EMULATION_COMMENDATION']::text[])
);

create index quality_rule_by_year on quality_rule (year, position);

grant select, insert, update, delete on quality_rule to ${app_role};
grant select on quality_rule to ${admin_role};

-- A rule's outcome on a union's report, kept when the union sends it (what the national union received), and the
-- union's explanation of a failed warning, which the reviewer reads. Written in the union's scope.
create table quality_result (
    tenant_id    uuid        not null,
    report_id    uuid        not null,
    rule_id      uuid        not null,
    outcome      text        not null,
    value        numeric(16, 2),
    compared_to  numeric(16, 2),
    explanation  text,
    explained_by text,
    explained_at timestamptz,
    evaluated_at timestamptz not null default now(),
    constraint quality_result_pkey primary key (tenant_id, report_id, rule_id),
    constraint quality_result_report_fkey foreign key (tenant_id, report_id) references report (tenant_id, id) on delete cascade,
    constraint quality_result_rule_fkey foreign key (rule_id) references quality_rule (id) on delete cascade,
    constraint quality_result_outcome_known check (outcome in ('PASSED', 'FAILED', 'NOT_EVALUATED')),
    constraint quality_result_explanation_signed check ((explanation is null) = (explained_at is null))
);

create index quality_result_by_rule on quality_result (rule_id);

call enable_tenant_isolation('quality_result');
grant select, insert, update, delete on quality_result to ${app_role};

-- The starter rules of the national indicator set, every year of it. Chosen so that the figures the demo's reports
-- carry pass them (a union may well report no members' census yet, or trainings whose attendance was not counted:
-- comparisons of those would fail the figures computed from honest records): counts are never negative and member
-- associations are counted in tens, not thousands (blocking); tasks completed do not exceed those assigned, prizes
-- the entries, members do not swing by a fifth in a year, nor stray from the union's own history (warnings).
insert into quality_rule (year, kind, indicator_code, operator, other_code, factor, percent, min_value, max_value,
                          threshold, importance, explanation, areas, position)
select i.year, r.kind, r.code, r.operator, r.other, r.factor, r.percent, r.min_value, r.max_value, r.threshold,
       r.importance, r.explanation, r.areas::text[], r.position
from (values
    ('RANGE', 'TC05', null, null, null::numeric, null::numeric, 0::numeric, null::numeric, null::numeric, 'BLOCKING',
     'Số hội viên cá nhân không thể âm.', '{ORGANISATION}', 1),
    ('RANGE', 'TC01', null, null, null, null, 0, 2000, null, 'BLOCKING',
     'Số hội thành viên phải từ 0 đến 2.000: một con số lớn hơn thường là nhập nhầm số hội viên.', '{ORGANISATION}', 2),
    ('COMPARISON', 'TV02', 'LE', 'TV01', 1, null, null, null, null, 'WARNING',
     'Số nhiệm vụ tư vấn, phản biện hoàn thành thường không nhiều hơn số nhiệm vụ được giao trong kỳ.', '{CONSULTANCY}', 3),
    ('COMPARISON', 'GT03', 'LE', 'GT02', 1, null, null, null, null, 'WARNING',
     'Số giải pháp đoạt giải không thể nhiều hơn số giải pháp dự thi.', '{CONTESTS_AWARDS}', 4),
    ('YEAR_ON_YEAR', 'TC05', null, null, null, 20, null, null, null, 'WARNING',
     'Số hội viên cá nhân thay đổi quá 20% so với cùng kỳ năm trước: cần giải trình (sáp nhập, rà soát danh sách…).', '{ORGANISATION}', 5),
    ('OUTLIER', 'TC05', null, null, null, null, null, null, 3.5, 'WARNING',
     'Số hội viên cá nhân khác thường so với các kỳ báo cáo trước của Liên hiệp hội.', '{ORGANISATION}', 6),
    ('OUTLIER', 'TT02', null, null, null, null, null, null, 3.5, 'WARNING',
     'Lượt người tham dự tập huấn khác thường so với các kỳ báo cáo trước của Liên hiệp hội.', '{INFORMATION}', 7),
    ('OUTLIER', 'KH04', null, null, null, null, null, null, 3.5, 'WARNING',
     'Lượt đại biểu dự hội nghị, hội thảo khác thường so với các kỳ báo cáo trước của Liên hiệp hội.', '{SCIENCE_TECHNOLOGY}', 8)
) as r (kind, code, operator, other, factor, percent, min_value, max_value, threshold, importance, explanation, areas, position)
join indicator i on i.code = r.code and (r.other is null or exists (select 1 from indicator o where o.year = i.year and o.code = r.other));
