import { FormEvent, useEffect, useMemo, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import {
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { api } from '../api/client';
import { ApiProblem } from '../api/problem';
import { SelectField, TextField } from '../forms/fields';
import { formatDate, formatDateTime, formatNumber } from '../format/dutch';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';
import { term } from '../text/terms';
import {
  AccessLogFilter,
  accessLogRequest,
  complaintsAbout,
  filterFromSearch,
  isFiltered,
  NO_FILTER,
  PAGE_SIZES,
  searchFromFilter,
} from './accessLogFilter';
import { AccessLogPage, describeRead, pageCount, pageRange } from './caseReads';

/**
 * The access log as a filterable table. The filter lives in the address bar: a filtered log can be bookmarked or
 * sent to a colleague, and the back button undoes a filter.
 */
export function AccessLogSection({ scope }: { scope: string }) {
  const [search, setSearch] = useSearchParams();
  const filter = useMemo(() => filterFromSearch(search), [search]);
  const [draft, setDraft] = useState<AccessLogFilter>(filter);
  const [complaints, setComplaints] = useState<Record<string, string>>({});
  // the answer with the request it answers: while a new filter is being asked, the old rows are not shown under it
  const [answer, setAnswer] = useState<{ request: string; page: AccessLogPage }>();
  const [error, setError] = useState<unknown>();
  const request = accessLogRequest(filter);
  const log = answer?.request === request ? answer.page : undefined;

  useEffect(() => setDraft(filter), [filter]);

  useEffect(() => {
    let current = true;
    const wrong = complaintsAbout(filter);
    setComplaints(wrong);
    setError(undefined);
    if (Object.keys(wrong).length > 0) return;
    const asked = accessLogRequest(filter);
    api
      .get<AccessLogPage>(asked)
      .then((page) => current && setAnswer({ request: asked, page }))
      .catch((failure) => {
        if (!current) return;
        setError(failure);
        if (failure instanceof ApiProblem) setComplaints(apiComplaints(failure));
      });
    return () => {
      current = false;
    };
  }, [filter]);

  function show(next: AccessLogFilter) {
    setSearch(searchFromFilter(next));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = { ...draft, caseId: draft.caseId.trim(), page: 0 };
    const wrong = complaintsAbout(next);
    setComplaints(wrong);
    if (Object.keys(wrong).length === 0) show(next);
  }

  const pages = log ? pageCount(log) : 1;
  return (
    <section aria-labelledby="toegangslog" className="hgk-privacy-section">
      <Heading2 id="toegangslog">Toegangslog</Heading2>
      <Paragraph>
        Elke keer dat iemand een gezinsplan of dossierhistorie opent, staat hier: wanneer, wie, welke casus, wat en
        waarom. Het log kan niet worden gewijzigd of gewist.
      </Paragraph>
      <form onSubmit={submit} noValidate className="hgk-filter" aria-label="Toegangslog filteren">
        <TextField
          label="Casus-id"
          name="caseId"
          value={draft.caseId}
          onChange={(caseId) => setDraft({ ...draft, caseId })}
          description="Alleen de inzagen van deze casus."
          error={complaints.caseId}
        />
        <TextField
          label="Van"
          name="from"
          type="date"
          value={draft.from}
          onChange={(from) => setDraft({ ...draft, from })}
          description="Eerste dag (Nederlandse tijd)."
          error={complaints.from}
        />
        <TextField
          label="Tot en met"
          name="to"
          type="date"
          value={draft.to}
          onChange={(to) => setDraft({ ...draft, to })}
          description="Laatste dag, die telt mee."
          error={complaints.to}
        />
        <SelectField
          label="Inzagen per pagina"
          name="size"
          required
          value={String(draft.size)}
          onChange={(size) => setDraft({ ...draft, size: Number(size) })}
          options={PAGE_SIZES.map((size) => ({ value: String(size), label: String(size) }))}
        />
        <ButtonGroup className="hgk-filter__actions">
          <Button type="submit" appearance="primary-action-button">
            Filteren
          </Button>
          {isFiltered(filter) && (
            <Button type="button" appearance="secondary-action-button" onClick={() => show({ ...NO_FILTER, size: filter.size })}>
              Alle inzagen tonen
            </Button>
          )}
        </ButtonGroup>
      </form>

      {!log && !error && Object.keys(complaints).length === 0 && <Loading what="De inzagen" />}
      {error !== undefined && <ProblemAlert error={error} />}
      {log && (
        <>
          <Paragraph role="status" className="hgk-result-count">
            {log.total === 0
              ? isFiltered(filter)
                ? 'Geen inzagen gevonden met deze filters.'
                : 'Er zijn nog geen inzagen vastgelegd.'
              : `${formatNumber(log.total)} ${log.total === 1 ? 'inzage' : 'inzagen'} gevonden.`}
          </Paragraph>
          {log.entries.length > 0 && (
            <div className="hgk-table-scroll" tabIndex={0} role="region" aria-labelledby="toegangslog-bijschrift">
              <Table className="hgk-access-log">
                <TableCaption id="toegangslog-bijschrift">
                  {scope}
                  {filterSummary(filter)}, oudste eerst{log.total > log.size ? `. ${pageRange(log)}` : ''}.
                </TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Moment</TableHeaderCell>
                    <TableHeaderCell scope="col">Wie</TableHeaderCell>
                    <TableHeaderCell scope="col">Casus</TableHeaderCell>
                    <TableHeaderCell scope="col">Wat is ingezien</TableHeaderCell>
                    <TableHeaderCell scope="col">Reden</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {log.entries.map((entry, index) => (
                    <TableRow key={`${entry.readAt}-${index}`}>
                      <TableCell>{formatDateTime(entry.readAt)}</TableCell>
                      <TableCell>
                        <span className="hgk-strong">{entry.user}</span>
                        <br />
                        {term('ActorRole', entry.role)}, {entry.organisation}
                      </TableCell>
                      <TableCell>
                        <RouterLink
                          className="utrecht-link hgk-id"
                          to={{ search: searchFromFilter({ ...filter, caseId: entry.caseId, page: 0 }).toString() }}
                        >
                          {entry.caseId}
                        </RouterLink>
                        {entry.caseRegion && (
                          <>
                            <br />
                            regio {entry.caseRegion}
                          </>
                        )}
                      </TableCell>
                      <TableCell>{describeRead(entry)}</TableCell>
                      <TableCell>{entry.reason ?? <span className="hgk-muted">geen reden opgegeven</span>}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          {log.total > log.size && (
            <nav aria-label="Pagina's van het toegangslog" className="hgk-paging">
              <Paragraph>
                Pagina {formatNumber(filter.page + 1)} van {formatNumber(pages)}
              </Paragraph>
              <ButtonGroup>
                <Button appearance="secondary-action-button" disabled={filter.page === 0} onClick={() => show({ ...filter, page: 0 })}>
                  Eerste pagina
                </Button>
                <Button appearance="secondary-action-button" disabled={filter.page === 0} onClick={() => show({ ...filter, page: filter.page - 1 })}>
                  Vorige pagina
                </Button>
                <Button appearance="secondary-action-button" disabled={filter.page >= pages - 1} onClick={() => show({ ...filter, page: filter.page + 1 })}>
                  Volgende pagina
                </Button>
                <Button appearance="secondary-action-button" disabled={filter.page >= pages - 1} onClick={() => show({ ...filter, page: pages - 1 })}>
                  Laatste pagina (nieuwste)
                </Button>
              </ButtonGroup>
            </nav>
          )}
        </>
      )}
    </section>
  );
}

/** `, casus 3f2b…, van 1 maart 2026 tot en met 31 maart 2026` */
function filterSummary(filter: AccessLogFilter): string {
  const parts: string[] = [];
  if (filter.caseId) parts.push(`casus ${filter.caseId}`);
  if (filter.from && filter.to) parts.push(`van ${formatDate(filter.from)} tot en met ${formatDate(filter.to)}`);
  else if (filter.from) parts.push(`vanaf ${formatDate(filter.from)}`);
  else if (filter.to) parts.push(`tot en met ${formatDate(filter.to)}`);
  return parts.length ? `, ${parts.join(', ')}` : '';
}

/** the API's complaints about its parameters, on the page's fields */
function apiComplaints(failure: ApiProblem): Record<string, string> {
  const byField = failure.fieldErrors;
  const complaints: Record<string, string> = {};
  if (byField.caseId) complaints.caseId = 'Dit is geen geldig casus-id.';
  if (byField.from) complaints.from = 'Deze datum kan niet worden gebruikt.';
  if (byField.to) complaints.to = 'De einddatum ligt vóór de begindatum.';
  return complaints;
}
