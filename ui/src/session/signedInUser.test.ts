import { describe, expect, it } from 'vitest';
import { homeOf, sectionsFor } from './signedInUser';

describe('the sections of a role', () => {
  it('sends each role to its own work', () => {
    expect(homeOf('CASE_WORKER')).toBe('/werkvoorraad');
    expect(homeOf('COORDINATOR')).toBe('/werkvoorraad');
    expect(homeOf('ANALYST')).toBe('/cijfers');
    expect(homeOf('INSPECTOR')).toBe('/cijfers');
    expect(homeOf('PRIVACY_OFFICER')).toBe('/privacy');
    expect(homeOf('ADMINISTRATOR')).toBe('/beheer');
  });

  it('never offers an analyst a family', () => {
    expect(sectionsFor('ANALYST').map((section) => section.path)).toEqual(['/cijfers']);
  });
});
