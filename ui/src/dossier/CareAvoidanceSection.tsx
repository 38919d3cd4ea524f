import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import { formatDateTime } from '../format/dutch';
import { term } from '../text/terms';
import { CareAvoidance, CaseFileView, PersonalData } from './caseFile';
import { describeActor } from './Actor';
import { ERASED, memberLabel } from './members';

/**
 * Care avoidance (zorgmijding, seed 000 B2 §2.1.4, §5.1.6): each one the coordinator recorded, about whom, with the
 * worrying situation, its risks and the client's view, and whether the Meldpunt's action plan is drawn up or awaited.
 */
export function CareAvoidanceSection({ view }: { view: CaseFileView }) {
  const avoidances = view.careAvoidances ?? [];
  return (
    <section aria-labelledby="zorgmijding">
      <Heading2 id="zorgmijding">Zorgmijding</Heading2>
      {avoidances.length === 0 ? (
        <Paragraph>Geen zorgmijding vastgelegd.</Paragraph>
      ) : (
        <>
          <Paragraph>
            Actieplan bij het Meldpunt: {view.actionPlanAwaited ? <strong>open</strong> : 'opgesteld'}.
          </Paragraph>
          {avoidances.map((avoidance, index) => (
            <DataList key={`${avoidance.personId}-${avoidance.recordedAt}-${index}`} className="hgk-datalist">
              <DataListItem>
                <DataListKey>Cliënt</DataListKey>
                <DataListValue>
                  {client(view, avoidance)}; vastgelegd {formatDateTime(avoidance.recordedAt)} door {describeActor(avoidance.recordedBy)}
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>Zorgelijke situatie</DataListKey>
                <DataListValue>{text(avoidance.worryingSituation)}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>Risico’s</DataListKey>
                <DataListValue>{text(avoidance.risks)}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>Mening van de cliënt</DataListKey>
                <DataListValue>{avoidance.clientView ? text(avoidance.clientView) : 'niet gegeven'}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>Actieplan van het Meldpunt</DataListKey>
                <DataListValue>
                  {avoidance.actionPlan
                    ? `${term('ActionPlanApproach', avoidance.actionPlan.approach)}; opgesteld ${formatDateTime(avoidance.actionPlan.drawnUpAt)} door ${describeActor(avoidance.actionPlan.drawnUpBy)}`
                    : 'open: het Meldpunt stelt een actieplan op'}
                </DataListValue>
              </DataListItem>
            </DataList>
          ))}
        </>
      )}
    </section>
  );
}

function client(view: CaseFileView, avoidance: CareAvoidance): string {
  const member = view.members?.find((candidate) => candidate.personId === avoidance.personId);
  return member ? memberLabel(member) : 'een persoon van de casus';
}

/** the client's text, or plainly that it was erased with the client's data */
function text(data: PersonalData | null | undefined): string {
  if (data?.erased) return ERASED;
  return data?.note ?? '';
}
