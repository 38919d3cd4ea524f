import { useEffect, useId, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import {
  Heading2,
  Heading3,
  Paragraph,
  StatusBadge,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { api } from '../api/client';
import { SelectField } from '../forms/fields';
import { formatDate, formatNumber } from '../format/dutch';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';
import { term } from '../text/terms';
import { BOARD_HORIZONS } from './caseFilters';
import { CaseListItem, caseNumber } from './caseList';
import { DeadlineBoard, deadlineBoardPath } from './deadlineBoard';
import { lastDay } from '../format/dueMoment';
import { LimitDue } from './LimitDue';
import { SafetyCodeBadge } from '../layout/SafetyCodeBadge';
import { StagnationSignalsTable } from './StagnationSignalsTable';

function horizonLabel(days: number): string {
  return days === 0 ? 'vandaag' : `${days} werkdagen`;
}

/**
 * The deadline board (termijnenbord): every running limit due within the chosen working days and every overdue one,
 * the most urgent first, with who a missed limit is raised with. The ledger tells; it never escalates by itself.
 */
export function DeadlineBoardSection({ withinWorkingDays, organisation, onHorizon, known }: {
  withinWorkingDays: number;
  organisation: string;
  onHorizon: (days: number) => void;
  /** the cases the page shows: their names and municipalities' names, which the board does not carry */
  known: CaseListItem[];
}) {
  const [board, setBoard] = useState<DeadlineBoard>();
  const [error, setError] = useState<unknown>();
  const captionId = useId();

  useEffect(() => {
    let current = true;
    setError(undefined);
    api.get<DeadlineBoard>(deadlineBoardPath(withinWorkingDays, organisation))
      .then((answer) => current && setBoard(answer))
      .catch((failure) => current && setError(failure));
    return () => { current = false; };
  }, [withinWorkingDays, organisation]);

  const now = board ? new Date(board.now) : new Date();
  const cases = new Map(known.map((item) => [item.caseId, item]));
  const municipalities = new Map(known.map((item) => [item.municipality, item.municipalityName ?? item.municipality]));
  return (
    <section aria-labelledby="termijnenbord" className="hgk-section">
      <Heading2 id="termijnenbord" tabIndex={-1}>Termijnenbord</Heading2>
      <Paragraph>
        Eerst de stagnatiesignalen van de casussen waarvan uw organisatie de regie heeft. Dan elke termijn die te laat
        is, en elke termijn die binnen de gekozen periode afloopt, de meest urgente eerst. Een termijn die te laat is,
        meldt het casusregister bij wie erop moet handelen; het schaalt niet zelf op.
        {organisation.trim() ? ` Alleen casussen waarbij ${organisation.trim()} betrokken is.` : ''}
      </Paragraph>
      <ProblemAlert error={error} />
      {!board && !error && <Loading what="Het termijnenbord" />}
      {board && <StagnationSignalsTable signals={board.signals ?? []} known={cases} municipalities={municipalities} />}
      <Heading3 id="termijnen">Termijnen</Heading3>
      <div className="hgk-filters__fields hgk-filters__fields--one">
        <SelectField label="Termijnen die aflopen binnen" name="withinWorkingDays" required
          value={String(withinWorkingDays)} onChange={(value) => onHorizon(Number(value))}
          options={BOARD_HORIZONS.map((days) => ({ value: String(days), label: horizonLabel(days) }))} />
      </div>
      {board && board.items.length === 0 && (
        <Paragraph className="hgk-empty">
          Geen termijnen die te laat zijn of {withinWorkingDays === 0 ? 'vandaag' : `binnen ${horizonLabel(withinWorkingDays)}`} aflopen.
        </Paragraph>
      )}
      {board && board.items.length > 0 && (
        <div className="hgk-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <Table className="hgk-board">
            <TableCaption id={captionId}>
              Termijnen tot en met {formatDate(lastDay(board.until))}, de meest urgente eerst
              {board.total > board.items.length
                ? ` (de eerste ${formatNumber(board.items.length)} van ${formatNumber(board.total)})`
                : ` (${formatNumber(board.total)})`}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Termijn</TableHeaderCell>
                <TableHeaderCell scope="col">Uiterlijk</TableHeaderCell>
                <TableHeaderCell scope="col">Casus</TableHeaderCell>
                <TableHeaderCell scope="col">Veiligheids&shy;code</TableHeaderCell>
                <TableHeaderCell scope="col">Bij te laat gemeld aan</TableHeaderCell>
                <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {board.items.map((item) => (
                <TableRow key={`${item.caseId}-${item.limit}-${item.subject ?? ''}`}
                  className={item.overdue ? 'hgk-row--overdue' : undefined}>
                  <TableHeaderCell scope="row">{term('TimeLimit', item.limit)}</TableHeaderCell>
                  <TableCell>
                    <LimitDue limit={item} now={now} showKind={false} />
                  </TableCell>
                  <TableCell>
                    <RouterLink to={`/dossier/${item.caseId}`} className="utrecht-link utrecht-link--html-a">
                      Casus {caseNumber(item.caseId)}
                    </RouterLink>
                    {cases.get(item.caseId) && (
                      <span className="hgk-cases__detail">{cases.get(item.caseId)?.label}</span>
                    )}
                  </TableCell>
                  <TableCell>
                    <SafetyCodeBadge code={item.safetyCode} />
                  </TableCell>
                  <TableCell>
                    {term('AccountableParty', item.raisedWith)}
                    {item.missed && (
                      <>
                        {' '}
                        <StatusBadge status="danger" className="hgk-badge">gemeld</StatusBadge>
                      </>
                    )}
                  </TableCell>
                  <TableCell>{municipalities.get(item.municipality) ?? item.municipality}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
