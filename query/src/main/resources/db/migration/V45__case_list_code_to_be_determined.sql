-- Owned by the query side's CaseListProjection: an investigation concluded without the code its findings determine
-- (seed 000 §3.3); the case's code is triage's first assessment until one follows. A case concluded before this column
-- reads false until the view case-list is rebuilt.
alter table case_list_case add column code_to_be_determined boolean not null default false;
