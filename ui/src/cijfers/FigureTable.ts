import { Absence, FigureCell, figureCell } from './FigureCell';
import { figureLabel } from './figureLabels';
import { figuresByKey, RegionalFigures } from './RegionalFigures';
import { shortPeriodName } from './FiguresChoice';

/**
 * The numbers behind one chart, as rows and columns: the table under the chart and the bars in it are made from the
 * same FigureTable, so that what is drawn and what can be read are the same numbers.
 */
export interface FigureSeries {
  /** the figure's key in the API's answers */
  key: string;
  /** the column's Dutch name, also the legend's */
  name: string;
}

export interface FigureRow {
  /** what the row is: a form of violence, a municipality, a half-year */
  name: string;
  /** one cell per series, in the order of the series */
  cells: FigureCell[];
}

export interface FigureTable {
  series: FigureSeries[];
  rows: FigureRow[];
}

/** the bars' data for recharts: per row `s0`, `s1`… to plot and `s0Text`, `s1Text`… to write on the bars */
export type ChartDatum = Record<string, string | number>;

export function chartData(table: FigureTable): ChartDatum[] {
  return table.rows.map((row) => {
    const datum: ChartDatum = { name: row.name };
    row.cells.forEach((cell, index) => {
      datum[`s${index}`] = cell.plotted;
      datum[`s${index}Text`] = cell.text;
    });
    return datum;
  });
}

/** one answer, several figures of it as rows (a row per key), one column */
export function figuresAsRows(figures: RegionalFigures, rows: { key: string; name?: string }[], column: string): FigureTable {
  const byKey = figuresByKey(figures);
  return {
    series: [{ key: column, name: column }],
    rows: rows.map((row) => ({ name: row.name ?? figureLabel(row.key), cells: [figureCell(byKey.get(row.key))] })),
  };
}

/** several answers (municipalities, half-years) as rows, the same figures of each as columns */
export function answersAsRows(answers: { name: string; figures: RegionalFigures }[], series: FigureSeries[]): FigureTable {
  return {
    series,
    rows: answers.map(({ name, figures }) => {
      const byKey = figuresByKey(figures);
      return { name, cells: series.map((one) => figureCell(byKey.get(one.key))) };
    }),
  };
}

/** a row name for an answer: the municipality's name, or the region's */
export function areaName(figures: RegionalFigures): string {
  return figures.municipality?.name ?? `${figures.region.name} (hele regio)`;
}

export function periodRowName(figures: RegionalFigures): string {
  return shortPeriodName(figures.period);
}

/** every kind of absence in a table, to explain only the marks that are shown */
export function absencesIn(tables: FigureTable[]): Set<Absence> {
  const found = new Set<Absence>();
  for (const table of tables) {
    for (const row of table.rows) {
      for (const cell of row.cells) {
        if (cell.absence) found.add(cell.absence);
      }
    }
  }
  return found;
}

/** a sentence for screen readers: each row with its numbers, as the chart shows them */
export function describeTable(table: FigureTable): string {
  return table.rows
    .map((row) => `${row.name}: ${row.cells.map((cell, index) => `${table.series[index].name} ${cell.text}`).join(', ')}`)
    .join('; ');
}
