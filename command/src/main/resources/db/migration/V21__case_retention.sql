-- Owned by the command side's CaseRetention (written in the command's own transaction): what the retention rule of a
-- Veilig Thuis file needs of each case, so that the retention job finds the cases whose period ended without reading
-- every case's events. Nothing here names a person; adult_on is derived from a child's birth date, and is cleared
-- once every data subject of the case was erased.
create table case_retention (
    case_id          uuid    primary key,
    -- the day the youngest child of the household turns 18: the latest 18th birthday of the case's CHILD members
    adult_on         date,
    -- a CHILD member was named without a birth date: the rule cannot be applied, the job leaves the case alone
    child_without_birth_date boolean not null default false,
    -- the day (Europe/Amsterdam) the case was closed; the job erases closed cases only
    closed_on        date,
    -- data subjects of the case (people, and reporters who left contact details), and how many were erased
    subjects         integer not null default 0,
    erased_subjects  integer not null default 0
);

create index case_retention_due on case_retention (closed_on, adult_on) where erased_subjects < subjects;
