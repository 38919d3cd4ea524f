import { describe, expect, it } from 'vitest';
import { homeOf, organisationOf, sectionsFor } from './signedInUser';

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

describe('the organisation as people know it', () => {
  it('says the type of the organisation in Dutch', () => {
    expect(organisationOf({ organisation: 'sociaal-team-dordrecht', organisationType: 'LOCAL_TEAM' }))
      .toBe('sociaal-team-dordrecht (Lokaal team)');
  });

  it('names the municipality a mayor serves, and a hulpofficier\'s power', () => {
    expect(organisationOf({ organisation: 'burgemeester-dordrecht', organisationType: 'MAYOR', municipality: 'GM0505' }))
      .toBe('burgemeester-dordrecht (Burgemeester, Dordrecht)');
    expect(organisationOf({ organisation: 'politie-zhz', organisationType: 'POLICE', qualifications: ['AUXILIARY_PROSECUTOR'] }))
      .toBe('politie-zhz (Politie, hulpofficier van justitie)');
  });

  it('leaves an organisation of no type as it is', () => {
    expect(organisationOf({ organisation: 'inspectie-jenv' })).toBe('inspectie-jenv');
  });
});
