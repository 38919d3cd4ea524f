import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import { formatDate, formatDateTime } from '../format/dutch';
import { term } from '../text/terms';
import { CaseFileView } from './caseFile';
import { describeActor } from './Actor';

/**
 * The open escalation (opschalingsmodel, five steps) with what belongs to its step: the case conference (2), the
 * process director and the care meeting (4), the administrative decisions (5).
 */
export function EscalationSection({ view }: { view: CaseFileView }) {
  const { escalation, processDirector, careMeeting } = view;
  const decisions = view.administrativeDecisions ?? [];
  return (
    <section aria-labelledby="opschaling">
      <Heading2 id="opschaling">Opschaling</Heading2>
      {!escalation ? (
        <Paragraph>Geen opschaling open.</Paragraph>
      ) : (
        <DataList className="hgk-datalist">
          <DataListItem>
            <DataListKey>Huidige stap</DataListKey>
            <DataListValue>
              {term('EscalationStep', escalation.step)}, sinds {formatDateTime(escalation.raisedAt)} door{' '}
              {describeActor(escalation.raisedBy)}
            </DataListValue>
          </DataListItem>
          {escalation.urgencyReason && (
            <DataListItem>
              <DataListKey>Reden voor urgentie</DataListKey>
              <DataListValue>{escalation.urgencyReason}</DataListValue>
            </DataListItem>
          )}
          {escalation.step === 'CASE_CONFERENCE' && (
            <DataListItem>
              <DataListKey>Casusoverleg</DataListKey>
              <DataListValue>
                {view.caseConferenceHeldOn ? `gehouden op ${formatDate(view.caseConferenceHeldOn)}` : 'nog niet gehouden'}
              </DataListValue>
            </DataListItem>
          )}
          {processDirector && (
            <DataListItem>
              <DataListKey>Procesregisseur</DataListKey>
              <DataListValue>
                {processDirector.appointed
                  ? `${processDirector.appointed.userId} (${processDirector.appointed.organisation})`
                  : 'nog niet aangewezen (binnen 2 werkdagen)'}
              </DataListValue>
            </DataListItem>
          )}
          {careMeeting && (
            <DataListItem>
              <DataListKey>Zorgoverleg</DataListKey>
              <DataListValue>
                {careMeeting.urgent ? 'met spoed (binnen 2 werkdagen)' : `uiterlijk ${formatDate(careMeeting.meetBy)}`}, bijeengeroepen{' '}
                {formatDateTime(careMeeting.calledAt)}; {careMeeting.heldOn ? `gehouden op ${formatDate(careMeeting.heldOn)}` : 'nog niet gehouden'}
              </DataListValue>
            </DataListItem>
          )}
        </DataList>
      )}
      {!escalation && view.caseConferenceHeldOn && (
        <Paragraph>Laatste casusoverleg (stap 2): {formatDate(view.caseConferenceHeldOn)}.</Paragraph>
      )}
      {decisions.length > 0 && (
        <DataList className="hgk-datalist">
          {decisions.map((decision) => (
            <DataListItem key={decision.decisionId}>
              <DataListKey>Bestuurlijk besluit van {formatDateTime(decision.decidedAt)}</DataListKey>
              <DataListValue>
                {decision.decision};{' '}
                {decision.confirmedAt ? `schriftelijk bevestigd ${formatDateTime(decision.confirmedAt)}` : 'nog niet schriftelijk bevestigd'}
              </DataListValue>
            </DataListItem>
          ))}
        </DataList>
      )}
    </section>
  );
}
