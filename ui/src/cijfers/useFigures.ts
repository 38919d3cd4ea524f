import { useEffect, useState } from 'react';
import { fetchFigures, RegionalFigures } from './RegionalFigures';
import { FiguresChoice, yearOf } from './FiguresChoice';
import { regionOf } from '../reference/VeiligThuisRegions';

/** Everything the figures page shows for one choice, asked of the API at once. */
export interface FiguresOfChoice {
  /** the chosen area and period */
  chosen: RegionalFigures;
  /** the chosen area in the chosen period's year: first half-year, second half-year, the whole year */
  halves: RegionalFigures[];
  /** every municipality of the region in the chosen period */
  municipalities: RegionalFigures[];
}

export function useFigures(choice: FiguresChoice): { figures?: FiguresOfChoice; error?: unknown; loading: boolean } {
  const [state, setState] = useState<{ figures?: FiguresOfChoice; error?: unknown; loading: boolean }>({ loading: true });
  const { region, period, municipality } = choice;
  useEffect(() => {
    if (!region) {
      setState({ loading: false });
      return;
    }
    let current = true;
    setState((before) => ({ ...before, loading: true, error: undefined }));
    const year = yearOf(period);
    const halves = [`${year}-H1`, `${year}-H2`, `${year}`];
    const municipalities = regionOf(region)?.municipalities ?? [];
    Promise.all([
      fetchFigures({ region, period, municipality }),
      Promise.all(halves.map((half) => fetchFigures({ region, period: half, municipality }))),
      Promise.all(municipalities.map((one) => fetchFigures({ region, period, municipality: one.code }))),
    ])
      .then(([chosen, halvesOfYear, ofMunicipalities]) => {
        if (current) setState({ figures: { chosen, halves: halvesOfYear, municipalities: ofMunicipalities }, loading: false });
      })
      .catch((error: unknown) => {
        if (current) setState({ error, loading: false });
      });
    return () => {
      current = false;
    };
  }, [region, period, municipality]);
  return state;
}
