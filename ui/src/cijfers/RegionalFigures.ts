import { api, query } from '../api/client';

/** One figure as `GET /api/figures` answers it (query/…/figures/Figure.java). */
export interface Figure {
  key: string;
  /** the API's own (English) label; the page shows figureLabel(key) */
  label: string;
  unit: 'count' | 'percent' | 'days' | 'yes/no' | string;
  /** null when suppressed or when there is nothing to compute it from */
  value: number | null;
  /** the number as text, or `<5`, `x`, `n/a`, `yes`, `no` */
  display: string;
  suppressed: boolean;
}

export interface FigureSection {
  key: string;
  title: string;
  figures: Figure[];
}

export interface Area {
  code: string;
  name: string;
}

/** The regional monitoring figures of one period for a region or one municipality (docs/reading.md). */
export interface RegionalFigures {
  period: string;
  from: string;
  to: string;
  region: Area;
  municipality: Area | null;
  suppression: string;
  definitions: Record<string, string>;
  sections: FigureSection[];
}

/** What the figures are asked for: a region, a period (`2026`, `2026-H1`, `2026-H2`) and maybe one municipality. */
export interface FiguresScope {
  region: string;
  period: string;
  municipality?: string;
}

function parameters(scope: FiguresScope) {
  return { region: scope.region, period: scope.period, municipality: scope.municipality };
}

export function fetchFigures(scope: FiguresScope): Promise<RegionalFigures> {
  return api.get<RegionalFigures>(`/api/figures${query(parameters(scope))}`);
}

/** the same figures as a CSV file (one row per figure, suppressed cells as `<5` or `x`), for a download link */
export function figuresCsvAddress(scope: FiguresScope): string {
  return `/api/figures${query({ ...parameters(scope), format: 'csv' })}`;
}

/** every figure of an answer by its key */
export function figuresByKey(figures: RegionalFigures): Map<string, Figure> {
  const byKey = new Map<string, Figure>();
  for (const section of figures.sections) {
    for (const figure of section.figures) {
      byKey.set(figure.key, figure);
    }
  }
  return byKey;
}
