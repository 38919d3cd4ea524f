import { useId } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import {
  StatusBadge,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { formatDateTime, formatNumber } from '../format/dutch';
import { term } from '../text/terms';
import { CaseListItem, caseNumber, signalsInWords } from './caseList';
import { LimitDue } from './LimitDue';
import { SafetyCodeBadge } from '../layout/SafetyCodeBadge';

/**
 * Cases as the list and the search answer them, in the API's order (the most urgent first). Each row links to the
 * case file by the names of its people, the way a case worker recognises a family.
 */
export function CaseTable({ items, caption, now }: { items: CaseListItem[]; caption: string; now: Date }) {
  const captionId = useId();
  return (
    // a table wider than a tablet scrolls in its own box, which a keyboard can reach and scroll too
    <div className="hgk-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table className="hgk-cases">
        <TableCaption id={captionId}>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Casus</TableHeaderCell>
            <TableHeaderCell scope="col">Veiligheids&shy;code</TableHeaderCell>
            <TableHeaderCell scope="col">Eerstvolgende termijn</TableHeaderCell>
            <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
            <TableHeaderCell scope="col">Regie</TableHeaderCell>
            <TableHeaderCell scope="col">Laatste activiteit</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.caseId} className={item.overdue ? 'hgk-row--overdue' : undefined}>
              <TableHeaderCell scope="row" className="hgk-cases__case">
                <RouterLink to={`/dossier/${item.caseId}`} className="utrecht-link utrecht-link--html-a">
                  {item.label || `Casus ${caseNumber(item.caseId)}`}
                </RouterLink>
                <span className="hgk-cases__detail">
                  casus {caseNumber(item.caseId)} · {formatNumber(item.persons)}{' '}
                  {item.persons === 1 ? 'persoon' : 'personen'}
                </span>
              </TableHeaderCell>
              <TableCell>
                <SafetyCodeBadge code={item.code} toBeDetermined={item.codeToBeDetermined} />
              </TableCell>
              <TableCell>
                {item.nextLimit ? <LimitDue limit={item.nextLimit} now={now} /> : <span>geen lopende termijn</span>}
              </TableCell>
              <TableCell>{item.municipalityName ?? item.municipality}</TableCell>
              <TableCell>{term('CaseStatus', item.status)}</TableCell>
              <TableCell>
                {item.coordinator ?? <span className="hgk-muted">nog geen regisseur</span>}
                {item.stagnationSignals > 0 && (
                  <span className="hgk-cases__detail">
                    <StatusBadge status="warning" className="hgk-badge">{signalsInWords(item.stagnationSignals)}</StatusBadge>
                  </span>
                )}
              </TableCell>
              <TableCell>{formatDateTime(item.lastActivityAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
