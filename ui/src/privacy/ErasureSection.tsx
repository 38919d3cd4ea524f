import { FormEvent, useEffect, useRef, useState } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  Heading4,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { api, newIdempotencyKey } from '../api/client';
import { TextAreaField, TextField } from '../forms/fields';
import {
  complaintsAbout,
  ERASED_FOR_EVER,
  erasureDone,
  ErasureOutcome,
  erasureRefusal,
  ErasureRequest,
  erasureWarning,
  KEPT,
} from './erasure';

type Step = 'form' | 'confirm' | 'done';

const EMPTY: ErasureRequest = { caseId: '', personId: '', reason: '' };

/**
 * Erasing one person's personal data, in three steps: the ids and the reason, a confirmation that says what will be
 * unreadable for ever and what stays, and the outcome. The privacy officer reads no family plan and no history, so
 * no name can be shown: the ids come from the case worker, and the outcome names the ids and the case's new version.
 */
export function ErasureSection() {
  const [step, setStep] = useState<Step>('form');
  const [request, setRequest] = useState<ErasureRequest>(EMPTY);
  const [complaints, setComplaints] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ErasureOutcome>();
  // one key per confirmed erasure: a retry after a lost answer does not erase twice (it is answered the same)
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);

  useEffect(() => {
    // the new step's heading takes the focus, so that keyboard and screen reader users start reading there
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    stepHeading.current?.focus();
  }, [step]);

  function toConfirmation(event: FormEvent) {
    event.preventDefault();
    const wrong = complaintsAbout(request);
    setComplaints(wrong);
    if (Object.keys(wrong).length === 0) {
      setRefusal(undefined);
      setIdempotencyKey(newIdempotencyKey());
      setStep('confirm');
    }
  }

  async function erase() {
    setBusy(true);
    setRefusal(undefined);
    try {
      const answer = await api.post<ErasureOutcome>(
        `/api/cases/${encodeURIComponent(request.caseId.trim())}/persons/${encodeURIComponent(request.personId.trim())}/erasure`,
        { reason: request.reason.trim() },
        { idempotencyKey },
      );
      setOutcome(answer);
      setStep('done');
    } catch (failure) {
      setRefusal(erasureRefusal(failure));
    } finally {
      setBusy(false);
    }
  }

  function again() {
    setRequest(EMPTY);
    setOutcome(undefined);
    setRefusal(undefined);
    setStep('form');
  }

  return (
    <section aria-labelledby="wissen" className="hgk-privacy-section hgk-erasure">
      <Heading2 id="wissen">Persoonsgegevens van een persoon wissen</Heading2>
      <Paragraph>
        Op verzoek van de betrokkene, na een uitspraak of na afloop van de bewaartermijn wist u hier alle
        persoonsgegevens van één persoon in één casus.
      </Paragraph>
      <Paragraph>
        U ziet als functionaris gegevensbescherming geen gezinsplannen en geen namen. Vraag daarom de casemanager van
        de casus om het casus-id en het persoons-id: beide staan in het gezinsplan. Staat iemand in meer meldingen, dan
        heeft hij per melding een eigen persoons-id; wis ze elk.
      </Paragraph>

      {step === 'form' && (
        <form onSubmit={toConfirmation} noValidate className="hgk-form" aria-labelledby="wissen-stap-1">
          <Heading3 id="wissen-stap-1" ref={stepHeading} tabIndex={-1}>
            Stap 1 van 2: wie en waarom
          </Heading3>
          <TextField
            label="Casus-id"
            name="caseId"
            required
            value={request.caseId}
            onChange={(caseId) => setRequest({ ...request, caseId })}
            error={complaints.caseId}
          />
          <TextField
            label="Persoons-id"
            name="personId"
            required
            value={request.personId}
            onChange={(personId) => setRequest({ ...request, personId })}
            description="Het id van de persoon in het gezinsplan. Het id van een melding wist de contactgegevens van die melder."
            error={complaints.personId}
          />
          <TextAreaField
            label="Reden"
            name="reason"
            required
            value={request.reason}
            onChange={(reason) => setRequest({ ...request, reason })}
            description="Bijvoorbeeld: verzoek van de betrokkene van 3 december. De reden wordt zelf niet gewist: noem er geen namen in."
            error={complaints.reason}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button">
              Verder naar bevestigen
            </Button>
          </ButtonGroup>
        </form>
      )}

      {step === 'confirm' && (
        <div className="hgk-erasure__confirm">
          <Heading3 id="wissen-stap-2" ref={stepHeading} tabIndex={-1}>
            Stap 2 van 2: controleer en bevestig
          </Heading3>
          <Alert type="warning" role="note">
            <Paragraph>{erasureWarning(request)}</Paragraph>
          </Alert>
          <DataList className="hgk-erasure__summary">
            <DataListItem>
              <DataListKey>Casus</DataListKey>
              <DataListValue className="hgk-id">{request.caseId.trim()}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Persoon</DataListKey>
              <DataListValue className="hgk-id">{request.personId.trim()}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Reden</DataListKey>
              <DataListValue multiline>{request.reason.trim()}</DataListValue>
            </DataListItem>
          </DataList>
          <Heading4>Voor altijd onleesbaar, in elke gebeurtenis en elk overzicht</Heading4>
          <UnorderedList>
            {ERASED_FOR_EVER.map((item) => (
              <UnorderedListItem key={item}>{item}</UnorderedListItem>
            ))}
          </UnorderedList>
          <Heading4>Blijft bewaard</Heading4>
          <UnorderedList>
            {KEPT.map((item) => (
              <UnorderedListItem key={item}>{item}</UnorderedListItem>
            ))}
          </UnorderedList>
          {refusal && (
            <Alert type="error" role="alert">
              <Paragraph>{refusal}</Paragraph>
            </Alert>
          )}
          <ButtonGroup>
            <Button appearance="primary-action-button" hint="danger" busy={busy} disabled={busy} onClick={erase}>
              Gegevens definitief wissen
            </Button>
            <Button appearance="secondary-action-button" disabled={busy} onClick={() => setStep('form')}>
              Terug naar stap 1
            </Button>
          </ButtonGroup>
        </div>
      )}

      {step === 'done' && outcome && (
        <div className="hgk-erasure__done">
          <Alert type="ok" role="status">
            <Heading3 ref={stepHeading} tabIndex={-1}>
              Gegevens gewist
            </Heading3>
            <Paragraph>{erasureDone(request, outcome)}</Paragraph>
            <Paragraph>
              Het wissen staat in de geschiedenis van de casus, met uw naam, het moment en uw reden. De casemanager ziet
              de persoon in het gezinsplan nu als &lsquo;verwijderd&rsquo;.
            </Paragraph>
          </Alert>
          <ButtonGroup>
            <Button appearance="secondary-action-button" onClick={again}>
              Nog een persoon wissen
            </Button>
          </ButtonGroup>
        </div>
      )}
    </section>
  );
}
