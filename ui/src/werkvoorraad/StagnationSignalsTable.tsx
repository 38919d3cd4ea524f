import { useId } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import {
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { formatDateTime } from '../format/dutch';
import { SafetyCodeBadge } from '../layout/SafetyCodeBadge';
import { term } from '../text/terms';
import { CaseListItem, caseNumber } from './caseList';
import { StagnationSignalItem } from './deadlineBoard';

/**
 * The stagnation signals on the board of a coordinating organisation: help a task's owner broke off early, and
 * clients who repeatedly did not come (seed 000 B2 §2.3). They have no due moment; they stay until the coordinator
 * revises the plan or escalates (B2 §3.2, §5.1).
 */
export function StagnationSignalsTable({ signals, known, municipalities }: {
  signals: StagnationSignalItem[];
  known: Map<string, CaseListItem>;
  municipalities: Map<string, string>;
}) {
  const captionId = useId();
  return (
    <>
      <Heading3 id="stagnatiesignalen">Stagnatiesignalen</Heading3>
      {signals.length === 0 ? (
        <Paragraph className="hgk-empty">
          Geen open stagnatiesignalen in de casussen waarvan uw organisatie de regie heeft.
        </Paragraph>
      ) : (
        <div className="hgk-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <Table className="hgk-board">
            <TableCaption id={captionId}>
              Berichten van uitvoerders waarop u als regisseur nog niet hebt gehandeld ({signals.length}). Een
              signaal blijft staan tot u het gezinsplan herziet of opschaalt.
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Signaal</TableHeaderCell>
                <TableHeaderCell scope="col">Doorgegeven op</TableHeaderCell>
                <TableHeaderCell scope="col">Casus</TableHeaderCell>
                <TableHeaderCell scope="col">Veiligheids&shy;code</TableHeaderCell>
                <TableHeaderCell scope="col">Van</TableHeaderCell>
                <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {signals.map((signal) => (
                <TableRow key={`${signal.caseId}-${signal.raisedAt}`}>
                  <TableHeaderCell scope="row" className="hgk-signal">{term('NoticeKind', signal.kind)}</TableHeaderCell>
                  <TableCell>{formatDateTime(signal.raisedAt)}</TableCell>
                  <TableCell>
                    <RouterLink to={`/dossier/${signal.caseId}`} className="utrecht-link utrecht-link--html-a">
                      Casus {caseNumber(signal.caseId)}
                    </RouterLink>
                    {known.get(signal.caseId) && <span className="hgk-cases__detail">{known.get(signal.caseId)?.label}</span>}
                  </TableCell>
                  <TableCell>
                    <SafetyCodeBadge code={signal.safetyCode} />
                  </TableCell>
                  <TableCell>{signal.raisedBy}</TableCell>
                  <TableCell>{municipalities.get(signal.municipality) ?? signal.municipality}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
