import { RefObject } from 'react';
import {
  Button,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { formatNumber } from '../format/dutch';
import { behindText, stateWord, viewName, ViewStatus } from './viewStatus';

/** The views with their position in the event stream, and a rebuild button each. */
export function ViewsTable({
  views,
  askedAt,
  onRebuild,
  buttons,
}: {
  views: ViewStatus[];
  askedAt?: Date;
  onRebuild: (view: ViewStatus) => void;
  /** the rows' buttons, so that focus can return to the one that opened a confirmation */
  buttons: RefObject<Record<string, HTMLButtonElement | null>>;
}) {
  return (
    <div className="hgk-table-scroll" tabIndex={0} role="region" aria-labelledby="overzichten-bijschrift">
      <Table className="hgk-views">
        <TableCaption id="overzichten-bijschrift">
          Overzichten en hoe ver ze de gebeurtenissen hebben verwerkt
          {askedAt ? `, bijgewerkt om ${askedAt.toLocaleTimeString('nl-NL', { timeZone: 'Europe/Amsterdam' })}` : ''}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Overzicht</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
            <TableHeaderCell scope="col">Verwerkt</TableHeaderCell>
            <TableHeaderCell scope="col">Achterstand</TableHeaderCell>
            <TableHeaderCell scope="col">Actie</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {views.map((view) => (
            <TableRow key={view.name}>
              <TableHeaderCell scope="row">
                {viewName(view.name)}
                <br />
                <span className="hgk-muted hgk-id">{view.name}</span>
              </TableHeaderCell>
              <TableCell>
                <span className={`hgk-view-state hgk-view-state--${view.state.toLowerCase()}`}>{stateWord(view.state)}</span>
                {view.error && (
                  <>
                    <br />
                    <span className="hgk-muted">{view.error}</span>
                  </>
                )}
              </TableCell>
              <TableCell className="hgk-number">
                {formatNumber(Math.min(view.done, view.total))} van {formatNumber(view.total)} gebeurtenissen
              </TableCell>
              <TableCell className="hgk-number">{behindText(view)}</TableCell>
              <TableCell>
                <Button
                  ref={(button) => {
                    buttons.current[view.name] = button;
                  }}
                  appearance="secondary-action-button"
                  disabled={view.state === 'REBUILDING'}
                  onClick={() => onRebuild(view)}
                >
                  Herbouwen<span className="hgk-visually-hidden"> {viewName(view.name)}</span>
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
