import { formatNumber } from '../format/dutch';
import { Figure } from './RegionalFigures';

/**
 * A figure as a reader sees it in a table or on a bar: the Dutch text, and why there is no number when there is none.
 * `small` is a count from 1 to 4 (`<5`), `withheld` a number held back so that a small count cannot be worked out or
 * because it rests on too few cases (`x`), `none` nothing to compute it from (`n/a`).
 */
export type Absence = 'small' | 'withheld' | 'none';

export interface FigureCell {
  text: string;
  /** the number to draw: 0 for a figure without one, whose bar then carries its text instead */
  plotted: number;
  absence?: Absence;
}

const oneDecimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

export const ABSENCE_TEXT: Record<Absence, string> = {
  small: '<5',
  withheld: 'x',
  none: 'n.v.t.',
};

/** what a screen reader says after the short text of an absent figure */
export const ABSENCE_SPOKEN: Record<Absence, string> = {
  small: 'minder dan 5, afgeschermd',
  withheld: 'afgeschermd',
  none: 'niet van toepassing, niets om te berekenen',
};

export function figureCell(figure: Figure | undefined): FigureCell {
  if (!figure) {
    return { text: ABSENCE_TEXT.none, plotted: 0, absence: 'none' };
  }
  if (figure.value === null || figure.value === undefined) {
    const absence: Absence = figure.display === '<5' ? 'small' : figure.suppressed ? 'withheld' : 'none';
    return { text: ABSENCE_TEXT[absence], plotted: 0, absence };
  }
  const value = Number(figure.value);
  switch (figure.unit) {
    case 'percent':
      return { text: `${oneDecimal.format(value)}%`, plotted: value };
    case 'days':
      return { text: `${oneDecimal.format(value)} ${value === 1 ? 'dag' : 'dagen'}`, plotted: value };
    case 'yes/no':
      return { text: value === 1 ? 'ja' : 'nee', plotted: value };
    default:
      return { text: formatNumber(value), plotted: value };
  }
}

/** whether any of these figures is held back: the page then explains the marks */
export function anyAbsent(cells: FigureCell[]): Set<Absence> {
  return new Set(cells.map((cell) => cell.absence).filter((absence): absence is Absence => Boolean(absence)));
}
