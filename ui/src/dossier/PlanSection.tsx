import { Heading2, Heading3, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { formatDate, formatDateTime } from '../format/dutch';
import { term } from '../text/terms';
import { CaseFileView, Member, PlanTask, PlanVersion } from './caseFile';
import { ERASED, memberName } from './members';
import { describeActor } from './Actor';
import { helpState, noticeSentence, taskLabel } from './taskNotices';

/**
 * The current version of the family plan: goals, who does what by when, safety agreements, evaluations, consents;
 * and, per task, what its owner told the coordinator (B2 §2.3). The plan stays the coordinator's: a notice does not
 * change a task's status, so both are shown.
 */
export function PlanSection({ view }: { view: CaseFileView }) {
  const plan = view.plan;
  const members = view.members ?? [];
  return (
    <section aria-labelledby="plan">
      <Heading2 id="plan">Gezinsplan</Heading2>
      {!plan ? (
        <Paragraph>Nog geen plan vastgesteld.</Paragraph>
      ) : (
        <>
          <Paragraph>
            Versie {plan.planVersion}, vastgesteld {formatDateTime(plan.adoptedAt)} door {describeActor(plan.adoptedBy)}.
          </Paragraph>
          <Heading3>Doelen</Heading3>
          {plan.goals.length === 0 ? (
            <Paragraph>Geen doelen.</Paragraph>
          ) : (
            <UnorderedList>
              {plan.goals.map((goal, index) => (
                <UnorderedListItem key={index}>
                  <strong>{term('LifeDomain', goal.lifeDomain)}</strong>: {goal.description}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
          <Heading3>Taken</Heading3>
          {plan.tasks.length === 0 ? (
            <Paragraph>Geen taken.</Paragraph>
          ) : (
            <div className="hgk-table-scroll">
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Taak</TableHeaderCell>
                    <TableHeaderCell scope="col">Uitvoerder</TableHeaderCell>
                    <TableHeaderCell scope="col">Uiterlijk</TableHeaderCell>
                    <TableHeaderCell scope="col">Status</TableHeaderCell>
                    <TableHeaderCell scope="col">Volgens de uitvoerder</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {plan.tasks.map((task) => (
                    <TableRow key={task.taskId}>
                      <TableCell>{task.description}</TableCell>
                      <TableCell>{task.ownerOrganisation}</TableCell>
                      <TableCell>{formatDate(task.dueDate)}</TableCell>
                      <TableCell>{term('TaskStatus', task.status)}</TableCell>
                      <TableCell>{helpState(view, task)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          <TaskNoticesList view={view} tasks={plan.tasks} />
          <Heading3>Veiligheidsafspraken</Heading3>
          {plan.safetyAgreements.length === 0 ? (
            <Paragraph>Geen veiligheidsafspraken.</Paragraph>
          ) : (
            <UnorderedList>
              {plan.safetyAgreements.map((agreement, index) => (
                <UnorderedListItem key={index}>{agreement}</UnorderedListItem>
              ))}
            </UnorderedList>
          )}
          <Heading3>Evaluaties</Heading3>
          {plan.evaluationDates.length === 0 ? (
            <Paragraph>Geen evaluatiedata.</Paragraph>
          ) : (
            <UnorderedList>
              {plan.evaluationDates.map((date) => (
                <UnorderedListItem key={date}>
                  {formatDate(date)}: {plan.evaluatedDates.includes(date) ? 'geëvalueerd' : 'nog niet geëvalueerd'}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
          <Heading3>Instemming</Heading3>
          <ConsentList plan={plan} members={members} />
        </>
      )}
    </section>
  );
}

/**
 * Each answer to the plan: about whom, given by whom (the person or a legal representative), the decision, and
 * signed or with the client's opinion; then every answer the law asked on the version's day that it lacks
 * ("toestemming ontbreekt"), which only a plan of before the ledger checked consents can show.
 */
function ConsentList({ plan, members }: { plan: PlanVersion; members: Member[] }) {
  const name = (personId: string) => {
    const member = members.find((candidate) => candidate.personId === personId);
    return member ? `${memberName(member)} (${term('PersonRole', member.role)})` : 'onbekende persoon';
  };
  const missing = (plan.consentNeeds ?? []).flatMap((need) => need.missing.map((answerer) => ({ need, answerer })));
  if (plan.consents.length === 0 && missing.length === 0) return <Paragraph>Geen instemming vastgelegd.</Paragraph>;
  return (
    <UnorderedList>
      {plan.consents.map((consent, index) => {
        const opinion = consent.clientOpinion?.erased ? ERASED : consent.clientOpinion?.note;
        const by = consent.decidedBy !== 'LEGAL_REPRESENTATIVE' ? ''
          : consent.representativeId ? ` door ${name(consent.representativeId)} als wettelijk vertegenwoordiger`
            : ' door een wettelijk vertegenwoordiger';
        const signed = consent.signed === true ? ', ondertekend' : consent.signed === false ? ', niet ondertekend' : '';
        return (
          <UnorderedListItem key={index}>
            {name(consent.personId)}: {term('ConsentDecision', consent.decision)}{by}{signed}
            {opinion ? `. Mening van de cliënt: ${opinion}` : ''}
          </UnorderedListItem>
        );
      })}
      {missing.map(({ need, answerer }) => (
        <UnorderedListItem key={`${need.personId}-${answerer}`}>
          {name(need.personId)}: <strong>toestemming ontbreekt</strong>
          {answerer === 'LEGAL_REPRESENTATIVE' ? ' (van een wettelijk vertegenwoordiger)' : ' (eigen antwoord)'}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

/** Per task, the notices its owner gave the coordinator, oldest first; also of tasks the plan no longer holds. */
function TaskNoticesList({ view, tasks }: { view: CaseFileView; tasks: PlanTask[] }) {
  const told = view.notices ?? [];
  return (
    <>
      <Heading3 id="meldingen-uitvoerders">Berichten van de uitvoerders aan de regisseur</Heading3>
      {told.length === 0 ? (
        <Paragraph>Nog geen berichten over de uitvoering van de taken.</Paragraph>
      ) : (
        told.map((task) => {
          const planned = tasks.find((candidate) => candidate.taskId === task.taskId);
          return (
            <div key={task.taskId} className="hgk-task-notices">
              <Paragraph>
                <strong>{planned ? taskLabel(planned) : 'Een taak die niet meer in het gezinsplan staat'}</strong>
              </Paragraph>
              <UnorderedList>
                {task.notices.map((notice, index) => (
                  <UnorderedListItem key={index}>
                    {noticeSentence(notice)}.{' '}
                    <span className="hgk-by">
                      Doorgegeven {formatDateTime(notice.givenAt)} door {describeActor(notice.givenBy)}.
                    </span>
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </div>
          );
        })
      )}
    </>
  );
}
