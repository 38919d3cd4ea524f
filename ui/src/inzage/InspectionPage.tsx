import { FormEvent, useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Alert, Button, ButtonGroup, ButtonLink, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { PageTitle } from '../layout/PageTitle';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';
import { TextAreaField, TextField } from '../forms/fields';
import { useUser } from '../session/Session';
import { ApiProblem } from '../api/problem';
import { formatMoment } from '../format/dutch';
import { CaseHistory, fetchHistory, HistoryEntry, isCaseId, printableHistoryAddress } from '../api/caseHistory';
import { readingReasons } from './ReadingReasons';
import { fromWallTime, toWallTime } from './DutchMoment';
import { CaseStateSummary } from './CaseStateSummary';
import { HistoryTimeline } from './HistoryTimeline';
import './inspection.css';

/** the one answer for a case that does not exist and for one outside the inspector's region (docs/access.md) */
export const UNKNOWN_CASE = 'Deze casus bestaat niet of valt buiten uw regio.';

/**
 * The inspector's inzage: a case of the own region found by its id, read with a reason given once per case, its steps
 * as a timeline and the case as it stood at any moment (`asOf`), and the API's printable history. Every read, of
 * whatever form, is on the access log with the reason.
 */
export function InspectionPage() {
  const { caseId } = useParams();
  return (
    <>
      <PageTitle>Inzage</PageTitle>
      {caseId && (isCaseId(caseId) ? <CaseInspection key={caseId} caseId={caseId.toLowerCase()} /> : <Alert type="error" role="alert"><Paragraph>{UNKNOWN_CASE}</Paragraph></Alert>)}
      {/* with a case open, the case comes first and the search for another one after it */}
      <FindCase key={caseId ?? ''} current={caseId} />
    </>
  );
}

function FindCase({ current }: { current?: string }) {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!isCaseId(text)) {
      setError('Vul het casusnummer in zoals het casusregister het geeft: 32 cijfers en letters a tot en met f in vijf groepen, met streepjes, zoals 072f4ac8-6077-4dcb-9675-bd8fb40c9b07.');
      return;
    }
    setError(undefined);
    navigate(`/inzage/${text.trim().toLowerCase()}`);
  }
  return (
    <section aria-labelledby="zoeken" className="hgk-no-print hgk-inspection-section">
      {!current && (
        <Paragraph>
          U leest de historie van een casus uit uw eigen regio: elke stap met wie, wanneer en waarom, en de stand van de casus op
          elk moment. Per casus geeft u eenmaal de reden van uw inzage; die wordt met elke inzage vastgelegd in het inzagelogboek.
        </Paragraph>
      )}
      <Heading2 id="zoeken">{current ? 'Andere casus openen' : 'Casus zoeken'}</Heading2>
      <form onSubmit={submit} noValidate className="hgk-form hgk-form--narrow">
        <TextField
          label="Casusnummer"
          name="casusnummer"
          required
          value={text}
          onChange={setText}
          error={error}
          description="Het nummer van de casus, bijvoorbeeld uit een melding of een signaal."
        />
        <ButtonGroup>
          <Button type="submit" appearance={current ? 'secondary-action-button' : 'primary-action-button'}>
            Casus openen
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

function CaseInspection({ caseId }: { caseId: string }) {
  const user = useUser();
  const [reason, setReason] = useState(readingReasons.of(user.username, caseId));
  if (!reason) {
    return (
      <ReasonForm
        caseId={caseId}
        onGive={(given) => {
          readingReasons.give(user.username, caseId, given);
          setReason(given.trim());
        }}
      />
    );
  }
  return (
    <CaseHistoryView
      caseId={caseId}
      reason={reason}
      onReasonRefused={() => {
        readingReasons.forget(user.username, caseId);
        setReason(undefined);
      }}
    />
  );
}

function ReasonForm({ caseId, onGive, refused }: { caseId: string; onGive: (reason: string) => void; refused?: string }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState(refused);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setError('Geef de reden van uw inzage. Zonder reden geeft het casusregister de historie niet.');
      return;
    }
    onGive(reason);
  }
  return (
    <section aria-labelledby="reden" className="hgk-inspection-section">
      <Heading2 id="reden">Waarom leest u deze casus?</Heading2>
      <Paragraph>
        Casus <code>{caseId}</code>. U geeft de reden eenmaal voor deze casus; zolang deze pagina open is, gaat hij mee met elke
        inzage, ook de afdrukversie.
      </Paragraph>
      <form onSubmit={submit} noValidate className="hgk-form">
        <TextAreaField
          label="Reden van inzage"
          name="reden"
          required
          value={reason}
          onChange={setReason}
          error={error}
          description="Bijvoorbeeld: toezicht op de triagetermijn, of een signaal of klacht. De reden wordt met uw naam vastgelegd in het inzagelogboek."
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            Historie inzien
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

interface Reads {
  /** the whole history now: the timeline's base, and the first moment a peilmoment can lie at */
  now?: CaseHistory;
  /** the history as it stood at the peilmoment, when one is chosen */
  then?: CaseHistory;
  error?: unknown;
  loading: boolean;
}

function CaseHistoryView({ caseId, reason, onReasonRefused }: { caseId: string; reason: string; onReasonRefused: () => void }) {
  const [search, setSearch] = useSearchParams();
  const asOf = search.get('peilmoment') ?? undefined;
  const [reads, setReads] = useState<Reads>({ loading: true });

  useEffect(() => {
    let current = true;
    setReads((before) => ({ ...before, loading: true, error: undefined }));
    (async () => {
      const now = reads.now ?? (await fetchHistory({ caseId, reason }));
      const first = now.entries[0]?.timestamp;
      if (asOf && first && Date.parse(asOf) < Date.parse(first)) {
        return { now, then: undefined, error: new Before(first), loading: false };
      }
      const then = asOf ? await fetchHistory({ caseId, reason, asOf }) : undefined;
      return { now, then, loading: false };
    })()
      .then((next) => current && setReads(next))
      .catch((error: unknown) => current && setReads((before) => ({ ...before, error, loading: false })));
    return () => {
      current = false;
    };
    // the whole history is read once per case; a new peilmoment reads that moment only
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [caseId, reason, asOf]);

  const refusedReason = reads.error instanceof ApiProblem && reads.error.status === 400 && Boolean(reads.error.fieldErrors.reason);
  useEffect(() => {
    if (refusedReason) onReasonRefused();
  }, [refusedReason, onReasonRefused]);

  if (reads.error instanceof ApiProblem && reads.error.status === 404 && !reads.now) {
    return (
      <Alert type="error" role="alert">
        <Paragraph>{UNKNOWN_CASE}</Paragraph>
        <Paragraph>Controleer het casusnummer. U ziet alleen casussen van uw eigen regio.</Paragraph>
      </Alert>
    );
  }
  if (!reads.now) {
    return reads.loading ? <Loading what="De historie" /> : <ProblemAlert error={reads.error} />;
  }

  const shown = asOf && reads.then ? reads.then : asOf ? undefined : reads.now;
  const later = shown ? reads.now.entries.length - shown.entries.length : 0;
  const moment = asOf ? formatMoment(asOf) : undefined;
  const momentOf = (entry: HistoryEntry) => `?${new URLSearchParams({ peilmoment: entry.timestamp })}`;

  return (
    <>
      <section aria-labelledby="casus" className="hgk-inspection-head">
        <Heading2 id="casus">Casus {caseId}</Heading2>
        <Paragraph>
          Reden van uw inzage: <q>{reason}</q>.{' '}
          <Button appearance="subtle-button" className="hgk-no-print" onClick={onReasonRefused}>
            Andere reden geven
          </Button>
        </Paragraph>
        <Heading3 className="hgk-no-print">Stand op een ander moment</Heading3>
        <MomentForm
          key={asOf ?? 'nu'}
          asOf={asOf}
          first={reads.now.entries[0]?.timestamp}
          last={reads.now.entries[reads.now.entries.length - 1]?.timestamp}
          onChoose={(chosen) => setSearch(chosen ? { peilmoment: chosen } : {})}
        />
        <Heading3 className="hgk-no-print">Afdrukken</Heading3>
        <Paragraph className="hgk-no-print">
          De afdrukversie is de dossierhistorie van het casusregister (A4), met de persoonsgegevens apart; ook die inzage wordt
          met uw reden vastgelegd.
        </Paragraph>
        <ButtonGroup className="hgk-no-print">
          <ButtonLink appearance="secondary-action-button" href={printableHistoryAddress({ caseId, reason, asOf })} target="_blank" rel="noopener">
            Afdrukversie openen (nieuw tabblad)
          </ButtonLink>
          <Button appearance="subtle-button" onClick={() => window.print()}>
            Deze pagina afdrukken
          </Button>
        </ButtonGroup>
      </section>

      {reads.loading && <Loading what="De stand op dit moment" />}
      {reads.error instanceof Before && (
        <Alert type="warning" role="alert">
          <Paragraph>
            Op {moment} bestond de casus nog niet. De eerste stap is vastgelegd op {formatMoment(reads.error.first)}.
          </Paragraph>
        </Alert>
      )}
      {reads.error && !(reads.error instanceof Before) && <ProblemAlert error={reads.error} />}

      {shown && !reads.loading && (
        <>
          <section aria-labelledby="stand" className="hgk-inspection-section">
            <Heading2 id="stand">{moment ? `Stand van de casus op ${moment}` : 'Stand van de casus nu'}</Heading2>
            <CaseStateSummary state={shown.state} at={shown.asOf ?? shown.generatedAt} />
          </section>
          <section aria-labelledby="tijdlijn" className="hgk-inspection-section">
            <Heading2 id="tijdlijn">{moment ? `Tijdlijn tot en met ${moment}` : 'Tijdlijn'}</Heading2>
            <Paragraph>
              {shown.entries.length} {shown.entries.length === 1 ? 'stap' : 'stappen'}, de oudste eerst.
              {later > 0 && ` Na dit moment zijn nog ${later} ${later === 1 ? 'stap' : 'stappen'} vastgelegd; die staan hier niet.`}
            </Paragraph>
            <HistoryTimeline entries={shown.entries} momentOf={momentOf} />
          </section>
        </>
      )}
    </>
  );
}

/** a peilmoment before the case's first step: told from the history the inspector already read, not asked again */
class Before extends Error {
  constructor(readonly first: string) {
    super('before the first step');
  }
}

function MomentForm({ asOf, first, last, onChoose }: { asOf?: string; first?: string; last?: string; onChoose: (asOf?: string) => void }) {
  // starts at the moment shown, or at the last step: the inspector goes back from there
  const [text, setText] = useState(asOf ? toWallTime(asOf) : last ? toWallTime(last) : '');
  const chosen = fromWallTime(text);
  const [error, setError] = useState<string>();
  function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = fromWallTime(text);
    if (!chosen) {
      setError('Vul een datum en tijd in, zoals 3-12-2026 14:00:27.');
      return;
    }
    setError(undefined);
    onChoose(chosen);
  }
  return (
    <form onSubmit={submit} noValidate className="hgk-form hgk-form--narrow hgk-no-print" aria-label="Peilmoment">
      <TextField
        label="Stand op (datum en tijd)"
        name="peilmoment"
        type="datetime-local"
        step={1}
        required
        value={text}
        onChange={setText}
        error={error}
        min={first ? toWallTime(first) : undefined}
        max={toWallTime(new Date())}
        description="Nederlandse tijd, tot op de seconde. U ziet de casus zoals die op dat moment stond, met alle stappen tot en met die seconde."
      />
      {/* the field's own display follows the browser's language; this says the moment in Dutch whatever it is */}
      <Paragraph className="hgk-moment-chosen" aria-live="polite">
        {chosen ? `Gekozen: ${formatMoment(chosen)}` : 'Nog geen moment gekozen.'}
      </Paragraph>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">
          Toon de stand op dit moment
        </Button>
        {asOf && (
          <Button appearance="secondary-action-button" onClick={() => onChoose(undefined)}>
            Toon de stand van nu
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}
