import { describe, expect, it } from 'vitest';
import { absencesIn, answersAsRows, areaName, chartData, describeTable, figuresAsRows } from './FigureTable';
import { RegionalFigures } from './RegionalFigures';

function answer(period: string, municipality: string | null, figures: Record<string, [number | null, string]>): RegionalFigures {
  return {
    period, from: '2026-07-01', to: '2026-12-31', region: { code: 'VT24', name: 'Zuid-Holland-Zuid' },
    municipality: municipality ? { code: 'GM0505', name: municipality } : null, suppression: '', definitions: {},
    sections: [{
      key: 'contacts', title: 'Contacts',
      figures: Object.entries(figures).map(([key, [value, display]]) => ({
        key, label: key, unit: 'count', value, display, suppressed: value === null && display !== 'n/a',
      })),
    }],
  };
}

const SERIES = [{ key: 'contacts.adviceRequests', name: 'Adviesvragen' }, { key: 'contacts.reports', name: 'Meldingen' }];

describe('the figures as a chart and its table', () => {
  const dordrecht = answer('2026-H2', 'Dordrecht', { 'contacts.adviceRequests': [0, '0'], 'contacts.reports': [7, '7'] });
  const sliedrecht = { ...answer('2026-H2', 'Sliedrecht', { 'contacts.adviceRequests': [null, '<5'], 'contacts.reports': [null, 'x'] }) };

  it('makes a row per answer and a column per figure', () => {
    const table = answersAsRows([{ name: 'Dordrecht', figures: dordrecht }, { name: 'Sliedrecht', figures: sliedrecht }], SERIES);
    expect(table.rows.map((row) => [row.name, ...row.cells.map((cell) => cell.text)])).toEqual([
      ['Dordrecht', '0', '7'],
      ['Sliedrecht', '<5', 'x'],
    ]);
    expect(absencesIn([table])).toEqual(new Set(['small', 'withheld']));
  });

  it('gives recharts a number to draw and the text to write on each bar', () => {
    const table = answersAsRows([{ name: 'Sliedrecht', figures: sliedrecht }], SERIES);
    expect(chartData(table)).toEqual([{ name: 'Sliedrecht', s0: 0, s0Text: '<5', s1: 0, s1Text: 'x' }]);
  });

  it('says every number of the chart in one sentence for screen readers', () => {
    const table = answersAsRows([{ name: 'Dordrecht', figures: dordrecht }, { name: 'Sliedrecht', figures: sliedrecht }], SERIES);
    expect(describeTable(table)).toBe('Dordrecht: Adviesvragen 0, Meldingen 7; Sliedrecht: Adviesvragen <5, Meldingen x');
  });

  it('makes rows of one answer\'s figures with their Dutch names', () => {
    const table = figuresAsRows(dordrecht, [{ key: 'contacts.reports' }, { key: 'contacts.adviceRequests' }], 'Waarde');
    expect(table.rows.map((row) => [row.name, row.cells[0].text])).toEqual([['Meldingen', '7'], ['Adviesvragen', '0']]);
  });

  it('names the area of an answer', () => {
    expect(areaName(dordrecht)).toBe('Dordrecht');
    expect(areaName(answer('2026', null, {}))).toBe('Zuid-Holland-Zuid (hele regio)');
  });
});
