import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { formatDate, formatDateTime } from '../format/dutch';
import { term } from '../text/terms';
import { CaseFileView } from './caseFile';
import { careOrderState } from './careOrders';
import { describeActor } from './Actor';

/**
 * The open escalation (opschalingsmodel, five steps) with what belongs to its step: the case conference (2), the
 * process director and the care meeting (4), the escalation to the Meldpunt's manager and the administrative
 * decisions (5); and what outlives it: the care orders the process director gave (doorzettingsmacht) and the reports
 * of inadequate coordination.
 */
export function EscalationSection({ view }: { view: CaseFileView }) {
  const { escalation, processDirector, careMeeting, meldpuntManagerEscalation } = view;
  const decisions = view.administrativeDecisions ?? [];
  const careOrders = view.careOrders ?? [];
  const reports = view.inadequateCoordinationReports ?? [];
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
          {meldpuntManagerEscalation && (
            <>
              <DataListItem>
                <DataListKey>Voorgelegd aan de manager van het Meldpunt</DataListKey>
                <DataListValue>
                  {formatDateTime(meldpuntManagerEscalation.escalatedAt)} door{' '}
                  {describeActor(meldpuntManagerEscalation.escalatedBy)}
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>Knelpunt</DataListKey>
                <DataListValue>{meldpuntManagerEscalation.bottleneck}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>Advies van de procesregisseur</DataListKey>
                <DataListValue>{meldpuntManagerEscalation.advice}</DataListValue>
              </DataListItem>
            </>
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
      {careOrders.length > 0 && (
        <>
          <Heading3>Opgedragen zorg (doorzettingsmacht)</Heading3>
          <DataList className="hgk-datalist">
            {careOrders.map((order) => (
              <DataListItem key={order.orderId}>
                <DataListKey>{order.party}</DataListKey>
                <DataListValue>
                  {order.care}; opgedragen {formatDateTime(order.orderedAt)}; {careOrderState(order)}
                </DataListValue>
              </DataListItem>
            ))}
          </DataList>
        </>
      )}
      {reports.length > 0 && (
        <>
          <Heading3>Meldingen van onvoldoende regie</Heading3>
          <DataList className="hgk-datalist">
            {reports.map((report) => (
              <DataListItem key={report.reportedAt}>
                <DataListKey>
                  {formatDateTime(report.reportedAt)} door {describeActor(report.reportedBy)}
                </DataListKey>
                <DataListValue>
                  {report.concern}; eerst aan de regisseur gevraagd op {formatDate(report.raisedWithCoordinatorOn)}
                </DataListValue>
              </DataListItem>
            ))}
          </DataList>
        </>
      )}
    </section>
  );
}
