import './werkvoorraad.css';
import { FormEvent, useId, useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { api } from '../api/client';
import { TextField } from '../forms/fields';
import { todayInTheNetherlands } from '../format/dutch';
import { Loading } from '../layout/Loading';
import { PageTitle } from '../layout/PageTitle';
import { ProblemAlert } from '../layout/ProblemAlert';
import { CaseList, caseListPath } from './caseList';
import { CaseTable } from './CaseTable';
import { ChoiceGroup } from '../forms/ChoiceGroup';
import { Paging } from './Paging';
import { checkSearch, EMPTY_SEARCH, PersonSearch, SEARCH_KINDS, SearchKind, searchComplaints, searchParameters } from './personSearch';

/**
 * Find a case by one of its people. What is typed stays in this page's memory: it is never put in the page's address,
 * so it is not in the browser's history or in a link. The ledger compares keyed hashes and logs every case it finds.
 */
export function CaseSearchPage() {
  const [search, setSearch] = useState<PersonSearch>(EMPTY_SEARCH);
  /** the search whose results are shown: paging repeats it, not what is typed since */
  const [asked, setAsked] = useState<PersonSearch>();
  const [result, setResult] = useState<CaseList>();
  const [complaints, setComplaints] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const resultId = useId();
  const form = useRef<HTMLFormElement>(null);

  const change = (field: keyof PersonSearch) => (value: string) => {
    setSearch({ ...search, [field]: value });
    // a changed field's complaint is answered; it is checked again on the next search
    if (complaints[field]) {
      const rest = { ...complaints };
      delete rest[field];
      setComplaints(rest);
    }
  };

  async function run(what: PersonSearch, page: number) {
    setBusy(true);
    setError(undefined);
    try {
      const answer = await api.get<CaseList>(caseListPath(searchParameters(what, page)));
      setAsked(what);
      setResult(answer);
      setComplaints({});
      // the result is announced by moving to its heading
      setTimeout(() => resultHeading.current?.focus(), 0);
    } catch (failure) {
      setResult(undefined);
      const atFields = searchComplaints(failure);
      setComplaints(atFields);
      if (Object.keys(atFields).length === 0) setError(failure);
      else focusFirstComplaint();
    } finally {
      setBusy(false);
    }
  }

  function focusFirstComplaint() {
    setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkSearch(search, todayInTheNetherlands());
    setComplaints(found);
    if (Object.keys(found).length > 0) {
      setResult(undefined);
      focusFirstComplaint();
      return;
    }
    void run(search, 0);
  }

  function clear() {
    setSearch({ ...EMPTY_SEARCH, kind: search.kind });
    setAsked(undefined);
    setResult(undefined);
    setComplaints({});
    setError(undefined);
  }

  return (
    <div className="hgk-flow">
      <PageTitle>Casus zoeken</PageTitle>
      <Paragraph className="hgk-back">
        <RouterLink to="/werkvoorraad" className="utrecht-link utrecht-link--html-a">Terug naar de werkvoorraad</RouterLink>
      </Paragraph>
      <Paragraph>
        Zoek een casus op een van de betrokkenen: op BSN, op adres, of op naam en geboortedatum. U vindt alleen
        casussen binnen uw bevoegdheid.
      </Paragraph>
      <Alert type="info">
        <Paragraph>
          Zoeken wordt gelogd. Elke casus die u vindt, legt het casusregister met uw naam vast in het inzagelog, met
          waarop u zocht (BSN, adres of naam) en de reden als u die geeft. Wat u intypt, wordt niet bewaard.
        </Paragraph>
      </Alert>

      <form ref={form} onSubmit={submit} noValidate className="hgk-form" aria-label="Zoeken op een betrokkene">
        <ChoiceGroup legend="Zoeken op" type="radio" name="kind" options={SEARCH_KINDS} selected={[search.kind]}
          onChange={(kind) => { setSearch({ ...search, kind: kind as SearchKind }); setComplaints({}); }} />
        {search.kind === 'bsn' && (
          <TextField label="BSN" name="bsn" required inputMode="numeric" value={search.bsn} onChange={change('bsn')}
            description="9 cijfers, bijvoorbeeld 111222333" error={complaints.bsn} />
        )}
        {search.kind === 'address' && (
          <div className="hgk-form__row">
            <TextField label="Postcode" name="postcode" required value={search.postcode} onChange={change('postcode')}
              description="Bijvoorbeeld 3311 AB" error={complaints.postcode} />
            <TextField label="Huisnummer" name="houseNumber" required value={search.houseNumber}
              onChange={change('houseNumber')} description="Met toevoeging, bijvoorbeeld 12-A"
              error={complaints.houseNumber} />
          </div>
        )}
        {search.kind === 'name' && (
          <div className="hgk-form__row">
            <TextField label="Naam" name="name" required value={search.name} onChange={change('name')}
              description="Zoals in de melding, bijvoorbeeld A. Voorbeeld" error={complaints.name} />
            <TextField label="Geboortedatum" name="birthDate" type="date" required value={search.birthDate}
              max={todayInTheNetherlands()} onChange={change('birthDate')} error={complaints.birthDate} />
          </div>
        )}
        <TextField label="Reden van het zoeken" name="reason" value={search.reason} onChange={change('reason')}
          description="Komt in het inzagelog bij elke casus die u vindt, bijvoorbeeld: nieuwe melding over dit gezin"
          error={complaints.reason} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>Zoeken</Button>
          <Button type="button" appearance="secondary-action-button" onClick={clear}>Wissen</Button>
        </ButtonGroup>
      </form>

      <ProblemAlert error={error} />
      {busy && <Loading what="De zoekresultaten" />}
      {result && asked && (
        <section aria-labelledby={resultId} className="hgk-section">
          <Heading2 id={resultId} ref={resultHeading} tabIndex={-1} className="hgk-focus-target">
            Gevonden casussen
          </Heading2>
          {result.items.length === 0 ? (
            <Paragraph className="hgk-empty">
              Geen casus gevonden binnen uw bevoegdheid die bij deze gegevens past. Controleer de gegevens, of zoek op
              een andere manier.
            </Paragraph>
          ) : (
            <>
              <CaseTable items={result.items} now={new Date(result.now)}
                caption={`Casussen die bij de zoekgegevens passen (${result.totalItems}), de meest urgente eerst`} />
              <Paging page={result.page} size={result.size} total={result.totalItems} what="casussen"
                onPage={(page) => void run(asked, page)} />
            </>
          )}
        </section>
      )}
    </div>
  );
}

