import { Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { formatDate } from '../format/dutch';
import { term } from '../text/terms';
import { CaseFileView, RunningLimit } from './caseFile';
import { describeDueInWords as describeDue } from '../format/dueMoment';

/**
 * The time limits still running, soonest first, as the ledger keeps them: overdue ones stay until met and say who
 * the miss is raised with. The ledger never escalates by itself; the professional reads here who must act.
 */
export function TimeLimitsTable({ view }: { view: CaseFileView }) {
  const limits = view.timeLimits ?? [];
  return (
    <section aria-labelledby="termijnen">
      <Heading2 id="termijnen">Lopende termijnen</Heading2>
      {limits.length === 0 ? (
        <Paragraph>Er lopen geen termijnen.</Paragraph>
      ) : (
        <div className="hgk-table-scroll">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Termijn</TableHeaderCell>
                <TableHeaderCell scope="col">Loopt</TableHeaderCell>
                <TableHeaderCell scope="col">Stand</TableHeaderCell>
                <TableHeaderCell scope="col">Bij overschrijding gemeld aan</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {limits.map((limit) => (
                <TableRow key={`${limit.limit}-${limit.subject ?? ''}`}>
                  <TableHeaderCell scope="row">
                    {term('TimeLimit', limit.limit)}
                    {subjectOf(limit, view) ? <span className="hgk-by">: {subjectOf(limit, view)}</span> : null}
                  </TableHeaderCell>
                  <TableCell>{describeDue(limit.dueAt)}</TableCell>
                  <TableCell>
                    {limit.overdue ? (
                      <strong className="hgk-overdue">te laat{limit.missed ? ', gemeld als niet gehaald' : ''}</strong>
                    ) : (
                      'op tijd'
                    )}
                  </TableCell>
                  <TableCell>{term('AccountableParty', limit.raisedWith)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}

/** what a limit is about when a case has several of its kind: the task, the evaluation date, the decision */
function subjectOf(limit: RunningLimit, view: CaseFileView): string {
  if (!limit.subject) return '';
  switch (limit.limit) {
    case 'TASK':
      return view.plan?.tasks.find((task) => task.taskId === limit.subject)?.description ?? '';
    case 'PLAN_EVALUATION':
      return formatDate(limit.subject);
    case 'WRITTEN_CONFIRMATION':
      return view.administrativeDecisions?.find((decision) => decision.decisionId === limit.subject)?.decision ?? '';
    case 'CARE_ORDER':
      return view.careOrders?.find((order) => order.orderId === limit.subject)?.party ?? '';
    default:
      return '';
  }
}
