import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import { formatDateTime } from '../format/dutch';
import { term } from '../text/terms';
import { CaseFileView } from './caseFile';
import { SafetyCodeBadge } from '../layout/SafetyCodeBadge';
import { describeActor } from './Actor';
import { municipalityName } from '../reference/VeiligThuisRegions';
import { coordinatorInWords } from './coordinator';

/** Where the case stands: status, safety code, triage, investigation and coordinator, each with who and when. */
export function CaseSummary({ view }: { view: CaseFileView }) {
  const { safetyCode, triage, investigation, coordinator } = view;
  return (
    <section aria-labelledby="stand">
      <Heading2 id="stand">Stand van zaken</Heading2>
      <DataList className="hgk-datalist">
        <Item label="Status">
          {term('CaseStatus', view.status)}
          {view.status === 'CLOSED' && view.closureReason
            ? `: ${term('ClosureReason', view.closureReason)}, op ${formatDateTime(view.closedAt)}`
            : ''}
        </Item>
        <Item label="Veiligheidscode">
          {safetyCode ? (
            <>
              <SafetyCodeBadge code={safetyCode.code} prefix="Code " toBeDetermined={view.codeToBeDetermined} />
              <Paragraph small className="hgk-by">
                {safetyCode.processDirection ? `Procesregie bij ${term('ProcessDirection', safetyCode.processDirection)}. ` : ''}
                Vastgesteld {formatDateTime(safetyCode.assignedAt)} door {describeActor(safetyCode.assignedBy)}.
              </Paragraph>
              {view.codeToBeDetermined && (
                <Paragraph small className="hgk-by">
                  Het onderzoek is afgerond zonder code: deze code is de eerste inschatting van de triage. Veilig Thuis
                  stelt de code vast op de bevindingen; daarna kan een regisseur worden aangewezen.
                </Paragraph>
              )}
            </>
          ) : (
            'Nog geen veiligheidscode vastgesteld'
          )}
        </Item>
        <Item label="Triage">
          {triage
            ? `${term('TriageOutcome', triage.outcome)}; besloten ${formatDateTime(triage.decidedAt)} door ${describeActor(triage.decidedBy)}`
            : 'Nog geen triage besloten'}
        </Item>
        <Item label="Onderzoek Veilig Thuis">
          {!investigation
            ? 'Geen onderzoek'
            : investigation.concludedAt
              ? `Afgerond ${formatDateTime(investigation.concludedAt)}: ${term('InvestigationConclusion', investigation.conclusion)}`
              : `Loopt sinds ${formatDateTime(investigation.startedAt)}`}
        </Item>
        <Item label="Regisseur">
          {coordinator
            ? `${coordinatorInWords(view)}, sinds ${formatDateTime(coordinator.since)}`
            : 'Nog geen regisseur aangewezen'}
        </Item>
        {(view.stagnationSignals ?? []).length > 0 && (
          <Item label="Stagnatiesignalen">
            <Paragraph className="hgk-signal">
              {(view.stagnationSignals ?? []).map((signal) => `${term('NoticeKind', signal.kind)} (van `
                + `${signal.raisedBy}, ${formatDateTime(signal.raisedAt)})`).join('; ')}
            </Paragraph>
            <Paragraph small className="hgk-by">
              Open tot de regisseur het gezinsplan herziet of opschaalt.
            </Paragraph>
          </Item>
        )}
        <Item label="Gemeente">{view.municipality ? `${municipalityName(view.municipality)} (${view.municipality})` : ''}</Item>
        <Item label="Geopend">{formatDateTime(view.openedAt)}</Item>
        {view.repeatOfCaseId && <Item label="Hermelding">Dit huishouden had eerder een casus die is afgesloten.</Item>}
        <Item label="Betrokken organisaties">{(view.organisations ?? []).join(', ')}</Item>
        <Item label="Versie">
          {view.version}, laatst gewijzigd {formatDateTime(view.lastChangedAt)}
        </Item>
      </DataList>
    </section>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}
