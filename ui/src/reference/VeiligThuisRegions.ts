// The ledger's own reference file (the CBS division of 2025), read at build time: the same municipalities and Veilig
// Thuis regions the API checks `region` and `municipality` against, without a second copy to keep in step.
import reference from '../../../shared-events/src/main/resources/nl/hgk/ledger/reference/municipalities-2025.csv?raw';

export interface Municipality {
  code: string;
  name: string;
}

export interface VeiligThuisRegion {
  code: string;
  name: string;
  /** by name, as a reader looks them up */
  municipalities: Municipality[];
}

/** the regions of a reference file (header `code,name,province,…,veilig_thuis_region`), by code */
export function readRegions(csv: string): VeiligThuisRegion[] {
  const [header, ...rows] = csv.trim().split(/\r?\n/);
  const columns = header.split(',');
  const codeAt = columns.indexOf('code');
  const nameAt = columns.indexOf('name');
  const regionAt = columns.indexOf('veilig_thuis_region');
  const byCode = new Map<string, VeiligThuisRegion>();
  for (const row of rows) {
    // the file has no quoted fields: CBS names hold no commas
    const fields = row.split(',');
    // the column reads "VT24 Zuid-Holland-Zuid": the region's code, a space, its name
    const [regionCode, ...regionName] = fields[regionAt].split(' ');
    const region = byCode.get(regionCode) ?? { code: regionCode, name: regionName.join(' '), municipalities: [] };
    region.municipalities.push({ code: fields[codeAt], name: fields[nameAt] });
    byCode.set(regionCode, region);
  }
  const regions = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  for (const region of regions) {
    region.municipalities.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }
  return regions;
}

export const REGIONS: VeiligThuisRegion[] = readRegions(reference);

export function regionOf(code: string | null | undefined): VeiligThuisRegion | undefined {
  return REGIONS.find((region) => region.code === code);
}

/** the name of a municipality by its CBS code (GM0505 → Dordrecht); the code itself when unknown */
export function municipalityName(code: string | null | undefined): string {
  if (!code) return '';
  for (const region of REGIONS) {
    const found = region.municipalities.find((municipality) => municipality.code === code);
    if (found) return found.name;
  }
  return code;
}
