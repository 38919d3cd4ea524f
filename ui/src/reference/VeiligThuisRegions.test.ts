import { describe, expect, it } from 'vitest';
import { municipalityName, readRegions, regionOf, REGIONS } from './VeiligThuisRegions';

describe('the Veilig Thuis regions of the reference file', () => {
  it('reads the regions and their municipalities', () => {
    const regions = readRegions('code,name,province,safety_region_code,safety_region_name,veilig_thuis_region\n'
      + 'GM0505,Dordrecht,Zuid-Holland,VR18,Zuid-Holland-Zuid,VT24 Zuid-Holland-Zuid\n'
      + 'GM0482,Alblasserdam,Zuid-Holland,VR18,Zuid-Holland-Zuid,VT24 Zuid-Holland-Zuid\n');
    expect(regions).toEqual([{ code: 'VT24', name: 'Zuid-Holland-Zuid', municipalities: [
      { code: 'GM0482', name: 'Alblasserdam' }, { code: 'GM0505', name: 'Dordrecht' }] }]);
  });

  it('holds the ledger\'s own file: Zuid-Holland Zuid has its ten municipalities', () => {
    expect(regionOf('VT24')?.municipalities).toHaveLength(10);
    expect(REGIONS.length).toBeGreaterThan(20);
    expect(municipalityName('GM0546')).toBe('Leiden');
    expect(municipalityName('GM9999')).toBe('GM9999');
  });
});
