import { describe, expect, it } from 'vitest';
import { figureCell } from './FigureCell';
import { Figure } from './RegionalFigures';

function figure(changes: Partial<Figure>): Figure {
  return { key: 'contacts.reports', label: 'Reports', unit: 'count', value: 12, display: '12', suppressed: false, ...changes };
}

describe('a figure as a reader sees it', () => {
  it('writes numbers the Dutch way', () => {
    expect(figureCell(figure({ value: 3300, display: '3300' }))).toEqual({ text: '3.300', plotted: 3300 });
    expect(figureCell(figure({ unit: 'percent', value: 87.5, display: '87.5' }))).toEqual({ text: '87,5%', plotted: 87.5 });
    expect(figureCell(figure({ unit: 'days', value: 1, display: '1.0' })).text).toBe('1 dag');
    expect(figureCell(figure({ unit: 'days', value: 4.5, display: '4.5' })).text).toBe('4,5 dagen');
    expect(figureCell(figure({ unit: 'yes/no', value: 0, display: 'no' })).text).toBe('nee');
    expect(figureCell(figure({ value: 0, display: '0' }))).toEqual({ text: '0', plotted: 0 });
  });

  it('marks a count from 1 to 4 as <5, with no bar', () => {
    expect(figureCell(figure({ value: null, display: '<5', suppressed: true }))).toEqual({ text: '<5', plotted: 0, absence: 'small' });
  });

  it('marks a withheld figure as x', () => {
    expect(figureCell(figure({ value: null, display: 'x', suppressed: true }))).toEqual({ text: 'x', plotted: 0, absence: 'withheld' });
  });

  it('says n.v.t. where there is nothing to compute, and for a figure the answer lacks', () => {
    expect(figureCell(figure({ unit: 'percent', value: null, display: 'n/a' }))).toEqual({ text: 'n.v.t.', plotted: 0, absence: 'none' });
    expect(figureCell(undefined).absence).toBe('none');
  });
});
