import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { ABSENCE_SPOKEN, FigureCell } from './FigureCell';
import { FigureTable } from './FigureTable';

/**
 * A table of figures with its caption: rows by name, a column per series, numbers right-aligned. A figure without a
 * number shows the API's mark (`<5`, `x`) or `n.v.t.`, marked so that it stands out, and says what it means to a
 * screen reader; the page's note on suppression (#afscherming) explains the marks.
 */
export function FigureNumbers({ caption, table, rowHeading = '' }: { caption: string; table: FigureTable; rowHeading?: string }) {
  return (
    <div className="hgk-table-scroll">
      <Table className="hgk-figures-table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{rowHeading || <span className="hgk-visually-hidden">Onderdeel</span>}</TableHeaderCell>
            {table.series.map((series) => (
              <TableHeaderCell key={series.key} scope="col" className="hgk-figures-table__number">
                {series.name}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.map((row) => (
            <TableRow key={row.name}>
              <TableHeaderCell scope="row">{row.name}</TableHeaderCell>
              {row.cells.map((cell, index) => (
                <TableCell key={table.series[index].key} className="hgk-figures-table__number">
                  <CellText cell={cell} />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export function CellText({ cell }: { cell: FigureCell }) {
  if (!cell.absence) return <>{cell.text}</>;
  return (
    <span className={`hgk-absent hgk-absent--${cell.absence}`}>
      <span aria-hidden="true">{cell.text}</span>
      <span className="hgk-visually-hidden">{ABSENCE_SPOKEN[cell.absence]}</span>
    </span>
  );
}
