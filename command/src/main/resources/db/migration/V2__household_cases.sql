-- Owned by the command side's HouseholdCases (processing group household-cases), written in the same
-- transaction as the events. The primary key is the rule "never two open cases for one household".
create table household_open_case (
    household_key varchar(64) primary key,
    case_id       uuid        not null unique
);

-- The household's closed cases, so that a later report becomes a repeat report (hermelding) of the last one.
create table household_closed_case (
    closed_sequence bigserial   primary key,
    case_id         uuid        not null unique,
    household_key   varchar(64) not null
);
create index household_closed_case_by_household on household_closed_case (household_key, closed_sequence);
