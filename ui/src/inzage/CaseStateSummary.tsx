import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import { describeDueInWords } from '../format/dueMoment';
import { term } from '../text/terms';
import { formatDate, formatMoment } from '../format/dutch';
import { municipalityName } from '../reference/VeiligThuisRegions';
import { CaseStateAtMoment } from '../api/caseHistory';

/**
 * The case as it stood at the moment, in the order of the printable history's "Stand van de casus". The people are
 * named by their role only: what an inspector needs to follow the steps, without the names on screen.
 */
export function CaseStateSummary({ state, at }: { state: CaseStateAtMoment; at: string }) {
  const rows: [string, string][] = [
    ['Status', status(state)],
    ['Geopend op', formatMoment(state.openedAt)],
    ['Gemeente', state.municipality ? `${municipalityName(state.municipality)} (${state.municipality})` : 'onbekend'],
    ['Veiligheidscode', state.code
      ? `${term('SafetyCode', state.code.code)}${state.code.processDirection ? `; procesregie bij ${term('ProcessDirection', state.code.processDirection)}` : ''}; toegekend op ${formatMoment(state.code.assignedAt)}${by(state.code.assignedBy)}`
      : 'nog niet toegekend'],
    ['Triagebesluit', state.triage
      ? `${term('TriageOutcome', state.triage.outcome)}; op ${formatMoment(state.triage.decidedAt)}${by(state.triage.decidedBy)}`
      : 'nog niet genomen'],
    ['Onderzoek Veilig Thuis', investigation(state)],
    ['Zorgcoördinator', state.coordination
      ? `${state.coordination.coordinator.userId ?? 'onbekend'}${state.coordination.coordinator.organisation ? ` (${state.coordination.coordinator.organisation})` : ''}, sinds ${formatMoment(state.coordination.since)}`
      : 'nog niet aangesteld'],
    ['Gezinsplan', state.plan ? `versie ${state.plan.planVersion}, vastgesteld op ${formatMoment(state.plan.adoptedAt)}${by(state.plan.adoptedBy)}` : 'nog niet vastgesteld'],
    ['Open opschaling', state.escalation
      ? `${term('EscalationStep', state.escalation.step)}, sinds ${formatMoment(state.escalation.raisedAt)}${state.escalation.urgencyReason ? `; urgentie: ${state.escalation.urgencyReason}` : ''}`
      : 'geen'],
    ['Tijdelijk huisverbod', state.huisverbod ? `lopend van ${formatDate(state.huisverbod.imposedOn)} tot ${formatDate(state.huisverbod.endsOn)}` : 'geen lopend huisverbod'],
    ['Lopende termijnen', state.timeLimits?.length
      ? state.timeLimits
        .map((limit) => `${term('TimeLimit', limit.limit)}: ${describeDueInWords(limit.dueAt)}${limit.overdue || Date.parse(limit.dueAt) < Date.parse(at) ? ' (verstreken)' : ''}`)
        .join('; ')
      : 'geen'],
    ['Meldingen en adviesvragen', reports(state)],
    ['Betrokkenen', state.members?.length ? `${state.members.length}: ${state.members.map((member) => term('PersonRole', member.role)).join(', ')}` : 'geen'],
    ['Betrokken organisaties', state.organisations?.length ? state.organisations.join(', ') : 'geen'],
    ['Versie', String(state.version)],
  ];
  return (
    <DataList className="hgk-case-state">
      {rows.map(([key, value]) => (
        <DataListItem key={key}>
          <DataListKey>{key}</DataListKey>
          <DataListValue>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

function status(state: CaseStateAtMoment): string {
  if (state.status === 'CLOSED') {
    return `afgesloten${state.closedAt ? ` op ${formatMoment(state.closedAt)}` : ''}${state.closureReason ? `: ${term('ClosureReason', state.closureReason)}` : ''}`;
  }
  return term('CaseStatus', state.status ?? 'OPEN');
}

function investigation(state: CaseStateAtMoment): string {
  const running = state.investigation;
  if (!running) return 'geen';
  if (!running.concludedAt) return `loopt sinds ${formatMoment(running.startedAt)}`;
  return `afgerond op ${formatMoment(running.concludedAt)}${running.conclusion ? `: ${term('InvestigationConclusion', running.conclusion)}` : ''}`;
}

function reports(state: CaseStateAtMoment): string {
  const all = state.reports ?? [];
  if (all.length === 0) return 'geen';
  const count = (type: string) => all.filter((report) => report.contactType === type).length;
  const parts = [
    count('REPORT') ? `${count('REPORT')} ${count('REPORT') === 1 ? 'melding' : 'meldingen'}` : '',
    count('ADVICE_REQUEST') ? `${count('ADVICE_REQUEST')} ${count('ADVICE_REQUEST') === 1 ? 'adviesvraag' : 'adviesvragen'}` : '',
  ].filter(Boolean);
  return parts.join(' en ');
}

function by(actor?: { user: string; organisation: string; role: string }): string {
  return actor ? ` door ${actor.user} (${term('ActorRole', actor.role)}, ${actor.organisation})` : '';
}
