import words from '../text/terms.nl.json';
import { term } from '../text/terms';
import { municipalityName } from '../reference/VeiligThuisRegions';

/** A step of a case (shared-events …/access/CaseStep): the words table has one for each, which a deploy test holds. */
export type CaseStep = keyof (typeof words)['CaseStep'];

/** The signed-in user as `GET /api/me` answers it. */
export interface SignedInUser {
  username: string;
  role: Role;
  organisation: string;
  region?: string | null;
  /** the type of the organisation: which steps of a case it takes; absent for one that takes none */
  organisationType?: string | null;
  /** the municipality a mayor's office or municipality acts for (GM0505) */
  municipality?: string | null;
  /** powers held personally (AUXILIARY_PROSECUTOR) */
  qualifications?: string[];
  /** the steps of a case this user may take, as the ledger's table says (Capacities): the interface offers these */
  steps?: CaseStep[];
}

/**
 * The organisation as people know it: its code with its type in Dutch, the municipality a mayor's office or
 * municipality serves, and personal powers ("politie-zhz (Politie, hulpofficier van justitie)").
 */
export function organisationOf(user: Pick<SignedInUser, 'organisation' | 'organisationType' | 'municipality' | 'qualifications'>): string {
  const about = [
    user.organisationType ? term('OrganisationType', user.organisationType) : '',
    user.municipality ? municipalityName(user.municipality) : '',
    ...(user.qualifications ?? []).map((qualification) => term('Qualification', qualification)),
  ].filter((part) => part !== '');
  return about.length === 0 ? user.organisation : `${user.organisation} (${about.join(', ')})`;
}

export type Role = 'CASE_WORKER' | 'COORDINATOR' | 'ANALYST' | 'INSPECTOR' | 'ADMINISTRATOR' | 'PRIVACY_OFFICER';

/** One part of the interface and who it is for; the API decides again on every request (docs/access.md). */
export interface Section {
  path: string;
  label: string;
  roles: Role[];
}

export const SECTIONS: Section[] = [
  { path: '/werkvoorraad', label: 'Werkvoorraad', roles: ['CASE_WORKER', 'COORDINATOR'] },
  { path: '/cijfers', label: 'Cijfers', roles: ['ANALYST', 'INSPECTOR'] },
  { path: '/inzage', label: 'Inzage', roles: ['INSPECTOR'] },
  { path: '/privacy', label: 'Privacy', roles: ['PRIVACY_OFFICER', 'INSPECTOR'] },
  { path: '/beheer', label: 'Beheer', roles: ['ADMINISTRATOR'] },
];

export function sectionsFor(role: Role): Section[] {
  return SECTIONS.filter((section) => section.roles.includes(role));
}

/** where a user lands after signing in: the first section of their role */
export function homeOf(role: Role): string {
  return sectionsFor(role)[0]?.path ?? '/aanmelden';
}
