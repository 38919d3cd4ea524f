/** The signed-in user as `GET /api/me` answers it. */
export interface SignedInUser {
  username: string;
  role: Role;
  organisation: string;
  region?: string | null;
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
