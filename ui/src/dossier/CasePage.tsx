import { useParams } from 'react-router-dom';
import { Alert, Button, ButtonGroup, Link, Paragraph } from '@utrecht/component-library-react';
import { PageTitle } from '../layout/PageTitle';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';
import { useSession } from '../session/Session';
import { useCaseFile } from './useCaseFile';
import { CaseSummary } from './CaseSummary';
import { MembersTable } from './MembersTable';
import { PlanSection } from './PlanSection';
import { EscalationSection } from './EscalationSection';
import { CareAvoidanceSection } from './CareAvoidanceSection';
import { HuisverbodSection } from './HuisverbodSection';
import { TimeLimitsTable } from './TimeLimitsTable';
import { ReportsTable } from './ReportsTable';
import { StepSection } from './StepSection';
import { Timeline } from './Timeline';
import './dossier.css';

/**
 * Het dossier: one case as case workers and coordinators work on it. The family plan view, kept live; the steps
 * the case allows now; and the timeline from the case's history.
 */
export function CasePage() {
  const { caseId = '' } = useParams();
  const { user } = useSession();
  const caseFile = useCaseFile(caseId, user?.username);
  const { view, error, notice } = caseFile;

  return (
    <>
      <PageTitle>{`Dossier ${caseId.substring(0, 8)}`}</PageTitle>
      {/* always in the page, so that screen readers hear a live update politely when it is filled */}
      <div role="status" aria-live="polite" className="hgk-live">
        {notice && (
          // role none: the region around it is the one live region; a second, nested one would be read twice
          <Alert type="info" role="none">
            <Paragraph>
              De casus is bijgewerkt door {notice.by.join(' en ')} (van versie {notice.fromVersion} naar {notice.toVersion}):{' '}
              {notice.changes.map((change) => change.description).join('; ')}.
            </Paragraph>
            <ButtonGroup>
              <Button appearance="subtle-button" onClick={caseFile.dismissNotice}>
                Melding sluiten
              </Button>
            </ButtonGroup>
          </Alert>
        )}
      </div>
      {error ? <ProblemAlert error={error} /> : null}
      {!view && !error && <Loading what="Het dossier" />}
      {view && (
        <div className="hgk-dossier">
          <nav aria-label="Op deze pagina" className="hgk-toc">
            <Link href="#stand">Stand van zaken</Link>
            <Link href="#stap">Stap vastleggen</Link>
            <Link href="#gezin">Gezin</Link>
            <Link href="#plan">Gezinsplan</Link>
            <Link href="#opschaling">Opschaling</Link>
            <Link href="#zorgmijding">Zorgmijding</Link>
            <Link href="#huisverbod">Huisverbod</Link>
            <Link href="#termijnen">Termijnen</Link>
            <Link href="#meldingen">Meldingen</Link>
            <Link href="#tijdlijn">Tijdlijn</Link>
          </nav>
          <Paragraph small className="hgk-by hgk-dossier__live-state">
            {caseFile.live
              ? 'Deze pagina wordt bijgewerkt zodra iemand de casus wijzigt.'
              : 'Automatisch bijwerken is nu niet verbonden; laad de pagina opnieuw voor de laatste stand.'}
          </Paragraph>
          <CaseSummary view={view} />
          <StepSection view={view} readAt={caseFile.readAt} readHistory={caseFile.readHistory} />
          <MembersTable members={view.members ?? []} />
          <PlanSection view={view} />
          <EscalationSection view={view} />
          <CareAvoidanceSection view={view} />
          <HuisverbodSection view={view} />
          <TimeLimitsTable view={view} />
          <ReportsTable reports={view.reports ?? []} />
          {caseFile.historyError ? <ProblemAlert error={caseFile.historyError} /> : <Timeline entries={caseFile.history} />}
        </div>
      )}
    </>
  );
}
