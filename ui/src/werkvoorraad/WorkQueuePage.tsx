import './werkvoorraad.css';
import { useEffect, useId, useMemo, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { api } from '../api/client';
import { ApiProblem } from '../api/problem';
import { Loading } from '../layout/Loading';
import { PageTitle } from '../layout/PageTitle';
import { ProblemAlert } from '../layout/ProblemAlert';
import { useUser } from '../session/Session';
import { CaseFilterForm } from './CaseFilterForm';
import { CaseFilters, filtersFrom, listParameters, narrowed, searchFrom } from './caseFilters';
import { CaseList, caseListPath } from './caseList';
import { CaseTable } from './CaseTable';
import { DeadlineBoardSection } from './DeadlineBoardSection';
import { Paging } from './Paging';

const STATUS_WORD: Record<CaseFilters['status'], string> = { OPEN: 'open ', CLOSED: 'afgesloten ', '': '' };

/**
 * The werkvoorraad of case workers and coordinators: the cases in their scope, the most urgent first, and the deadline
 * board. The filters live in the address (caseFilters.ts); finding a family and registering a report have pages of
 * their own.
 */
export function WorkQueuePage() {
  const user = useUser();
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => filtersFrom(search), [search]);
  /** the answer and the request it answers: a table of other filters is never shown as if it were this one's */
  const [answered, setAnswered] = useState<{ path: string; list: CaseList }>();
  const [error, setError] = useState<unknown>();
  const headingId = useId();
  const path = caseListPath(listParameters(filters));
  const list = answered?.path === path ? answered.list : undefined;

  useEffect(() => {
    let current = true;
    setError(undefined);
    api.get<CaseList>(path)
      .then((answer) => current && setAnswered({ path, list: answer }))
      .catch((failure) => current && setError(failure));
    return () => { current = false; };
  }, [path]);

  const show = (next: CaseFilters) => setSearch(searchFrom(next));
  const complaints = error instanceof ApiProblem ? error.fieldErrors : {};
  const now = list ? new Date(list.now) : new Date();
  const what = `${STATUS_WORD[filters.status]}casussen`;

  return (
    <div className="hgk-flow">
      <PageTitle>Werkvoorraad</PageTitle>
      <Paragraph appearance="lead">
        De casussen {user.region ? `van regio ${user.region} en ` : ''}waarbij {user.organisation} betrokken is, de
        meest urgente eerst: eerst die met een termijn die te laat is, dan rood, oranje, groen en zonder code, dan de
        eerstvolgende termijn.
      </Paragraph>
      <nav aria-label="Acties werkvoorraad" className="hgk-actions">
        <RouterLink to="/werkvoorraad/zoeken"
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action">
          Casus zoeken
        </RouterLink>
        <RouterLink to="/werkvoorraad/nieuw"
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
          Melding of adviesvraag registreren
        </RouterLink>
        <a href="#termijnenbord" className="utrecht-link utrecht-link--html-a">Naar het termijnenbord</a>
      </nav>

      <section aria-labelledby={headingId} className="hgk-section">
        <Heading2 id={headingId}>Casussen</Heading2>
        <CaseFilterForm filters={filters} onApply={show} complaints={complaints} />
        <ProblemAlert error={error} />
        {!list && !error && <Loading what="De casussen" />}
        {list && !error && list.items.length === 0 && (
          <Paragraph className="hgk-empty">
            {list.totalItems > 0
              ? 'Deze pagina is leeg. Ga terug naar de eerste pagina.'
              : `Geen ${what} die aan deze filters voldoen.${narrowed(filters) ? ' Wis de filters om alle casussen te zien.' : ''}`}
          </Paragraph>
        )}
        {list && !error && list.items.length > 0 && (
          <>
            <CaseTable items={list.items} now={now}
              caption={`${what[0].toUpperCase()}${what.substring(1)}, de meest urgente eerst`} />
            <Paging page={list.page} size={list.size} total={list.totalItems} what={what}
              onPage={(page) => show({ ...filters, page })} />
          </>
        )}
      </section>

      <DeadlineBoardSection withinWorkingDays={filters.withinWorkingDays} organisation={filters.organisation}
        onHorizon={(withinWorkingDays) => show({ ...filters, withinWorkingDays })}
        known={answered?.list.items ?? []} />
    </div>
  );
}
