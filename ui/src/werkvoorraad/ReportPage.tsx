import './werkvoorraad.css';
import { FormEvent, useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { api } from '../api/client';
import { ApiProblem } from '../api/problem';
import { SelectField, TextAreaField, TextField } from '../forms/fields';
import { PageTitle } from '../layout/PageTitle';
import { ProblemAlert } from '../layout/ProblemAlert';
import { options, term } from '../text/terms';
import { caseNumber } from './caseList';
import { ChoiceGroup } from '../forms/ChoiceGroup';
import { PersonRowFields } from './PersonRowFields';
import { checkReport, emptyPerson, emptyReport, MAX_PERSONS, ReportForm, reportBody, reportComplaints } from './reportForm';
import { SubmissionKey } from '../api/submissionKey';
import { municipalityName } from '../reference/VeiligThuisRegions';

/** the name of the municipality a typed CBS code stands for, so that a wrong code shows before it is sent */
function knownMunicipality(code: string): string | undefined {
  const normalised = code.trim().toUpperCase();
  const name = municipalityName(normalised);
  return name && name !== normalised ? `Gemeente ${name} (${normalised})` : undefined;
}

/** `POST /api/reports`'s answer (command/…/intake/ReportReceipt.java) */
interface ReportReceipt {
  caseId: string;
  reportId: string;
  version: number;
  outcome: 'CASE_OPENED' | 'REPEAT_REPORT' | 'BUNDLED';
  repeatOfCaseId?: string;
  persons: { personId: string; role: string }[];
}

/**
 * Register a report or advice request. The form checks what the API checks before sending; the API's complaints land
 * at the same fields. One Idempotency-Key per submission: a retry after a lost answer is recorded once.
 */
export function ReportPage() {
  const [form, setForm] = useState<ReportForm>(emptyReport);
  const [complaints, setComplaints] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<ReportReceipt>();
  const key = useRef(new SubmissionKey());
  const formElement = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const outcome = useRef<HTMLHeadingElement>(null);

  /** a change answers the complaint about that field: it is no longer shown once the field is changed */
  function forget(...fields: string[]) {
    if (fields.some((field) => complaints[field])) {
      const rest = { ...complaints };
      for (const field of fields) delete rest[field];
      setComplaints(rest);
    }
  }
  const set = (field: keyof ReportForm) => (value: string) => {
    setForm({ ...form, [field]: value });
    forget(PATHS[field] ?? field);
  };
  const anonymous = form.reporterType === 'ANONYMOUS';

  function showComplaints(found: Record<string, string>) {
    setComplaints(found);
    setTimeout(() => summary.current?.focus(), 0);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    const found = checkReport(form);
    if (Object.keys(found).length > 0) {
      showComplaints(found);
      return;
    }
    const body = reportBody(form);
    setBusy(true);
    try {
      const answer = await api.post<ReportReceipt>('/api/reports', body, { idempotencyKey: key.current.for(body) });
      key.current.forget();
      setComplaints({});
      setReceipt(answer);
      setTimeout(() => outcome.current?.focus(), 0);
    } catch (failure) {
      const atFields = reportComplaints(failure);
      if (Object.keys(atFields).length > 0) showComplaints(atFields);
      else setError(failure);
      if (failure instanceof ApiProblem && failure.kind === 'idempotency-key-reused') key.current.forget();
    } finally {
      setBusy(false);
    }
  }

  function another() {
    setForm(emptyReport());
    setReceipt(undefined);
    setComplaints({});
    setError(undefined);
  }

  if (receipt) {
    return (
      <div className="hgk-flow">
        <PageTitle>Melding of adviesvraag registreren</PageTitle>
        <Alert type="ok">
          <Heading2 ref={outcome} tabIndex={-1} className="hgk-focus-target">
            {form.contactType === 'ADVICE_REQUEST' ? 'Adviesvraag' : 'Melding'} geregistreerd:{' '}
            {term('IntakeOutcome', receipt.outcome)}
          </Heading2>
          <Paragraph>{outcomeSentence(receipt)}</Paragraph>
        </Alert>
        <nav aria-label="Verder" className="hgk-actions">
          <RouterLink to={`/dossier/${receipt.caseId}`}
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
            Naar het dossier van casus {caseNumber(receipt.caseId)}
          </RouterLink>
          <Button appearance="secondary-action-button" onClick={another}>Nog een melding registreren</Button>
          <RouterLink to="/werkvoorraad" className="utrecht-link utrecht-link--html-a">Terug naar de werkvoorraad</RouterLink>
        </nav>
      </div>
    );
  }

  const complaintCount = Object.keys(complaints).length;
  return (
    <div className="hgk-flow">
      <PageTitle>Melding of adviesvraag registreren</PageTitle>
      <Paragraph className="hgk-back">
        <RouterLink to="/werkvoorraad" className="utrecht-link utrecht-link--html-a">Terug naar de werkvoorraad</RouterLink>
      </Paragraph>
      <Paragraph>
        Het casusregister voegt de melding toe aan de open casus van het huishouden (hetzelfde adres), of opent een
        nieuwe casus. Een melding start de triagetermijn van 5 werkdagen; een adviesvraag niet.
      </Paragraph>

      {complaintCount > 0 && (
        <div ref={summary} tabIndex={-1} className="hgk-focus-target">
          <Alert type="error">
            <Paragraph>
              {complaintCount === 1 ? 'Eén veld is' : `${complaintCount} velden zijn`} niet juist ingevuld. Er is niets
              vastgelegd.
            </Paragraph>
            <UnorderedList>
              {Object.entries(complaints).map(([field, complaint]) => (
                <UnorderedListItem key={field}>{fieldName(field)}: {complaint}</UnorderedListItem>
              ))}
            </UnorderedList>
          </Alert>
        </div>
      )}
      <ProblemAlert error={error} />

      <form ref={formElement} onSubmit={submit} noValidate className="hgk-form hgk-form--report"
        aria-label="Melding of adviesvraag">
        <ChoiceGroup legend="Soort contact" type="radio" name="contactType" options={options('ContactType').reverse()}
          selected={[form.contactType]} onChange={(value) => set('contactType')(value)} error={complaints.contactType} />

        <Fieldset className="hgk-group">
          <FieldsetLegend>Melder</FieldsetLegend>
          <div className="hgk-form__row">
            <SelectField label="Soort melder" name="reporter.type" required value={form.reporterType}
              onChange={set('reporterType')} options={options('ReporterType')} emptyLabel="Kies wie meldt"
              error={complaints['reporter.type']} />
            <SelectField label="Sector" name="reporter.sector" required={form.reporterType === 'PROFESSIONAL'}
              value={form.sector} onChange={set('sector')} options={options('ReporterSector')} emptyLabel="Kies een sector"
              description="Verplicht als een professional meldt" error={complaints['reporter.sector']} />
          </div>
          {anonymous ? (
            <Paragraph>Een anonieme melder geeft geen naam of contactgegevens en krijgt geen terugkoppeling.</Paragraph>
          ) : (
            <div className="hgk-form__row">
              <TextField label="Naam van de melder" name="reporter.name" value={form.reporterName}
                onChange={set('reporterName')} error={complaints['reporter.name']} />
              <TextField label="Telefoonnummer of e-mailadres" name="reporter.contactDetails" value={form.contactDetails}
                onChange={set('contactDetails')} description="Voor de terugkoppeling aan de melder"
                error={complaints['reporter.contactDetails']} />
            </div>
          )}
        </Fieldset>

        <ChoiceGroup legend="Vormen van geweld" type="checkbox" name="formsOfViolence" columns
          options={options('FormOfViolence')} selected={form.formsOfViolence}
          description="Kies er ten minste één." error={complaints.formsOfViolence}
          onChange={(value, checked) => {
            setForm({
              ...form,
              formsOfViolence: checked
                ? [...form.formsOfViolence, value]
                : form.formsOfViolence.filter((chosen) => chosen !== value),
            });
            forget('formsOfViolence');
          }} />

        <Fieldset className="hgk-group">
          <FieldsetLegend>Huishouden</FieldsetLegend>
          <div className="hgk-form__row">
            <TextField label="Postcode" name="household.postcode" required value={form.postcode}
              onChange={set('postcode')} description="Bijvoorbeeld 3311 AB" error={complaints['household.postcode']} />
            <TextField label="Huisnummer" name="household.houseNumber" required value={form.houseNumber}
              onChange={set('houseNumber')} description="Met toevoeging, bijvoorbeeld 14-B"
              error={complaints['household.houseNumber']} />
          </div>
          <div className="hgk-form__row">
            <TextField label="Straat" name="household.street" value={form.street} onChange={set('street')}
              error={complaints['household.street']} />
            <TextField label="Plaats" name="household.city" value={form.city} onChange={set('city')}
              error={complaints['household.city']} />
          </div>
          <TextField label="Gemeentecode" name="household.municipality" required value={form.municipality}
            onChange={set('municipality')}
            description={knownMunicipality(form.municipality)
              ?? 'De CBS-code van de gemeente van het huishouden, bijvoorbeeld GM0505 voor Dordrecht'}
            error={complaints['household.municipality']} />
        </Fieldset>

        <Fieldset className="hgk-group" invalid={Boolean(complaints.persons)}>
          <FieldsetLegend>Betrokkenen</FieldsetLegend>
          {complaints.persons && <Paragraph className="hgk-complaint" role="alert">{complaints.persons}</Paragraph>}
          {form.persons.map((person, index) => (
            <PersonRowFields key={person.row} person={person} index={index} complaints={complaints}
              onChange={(changed) => {
                setForm({ ...form, persons: form.persons.map((p, i) => (i === index ? changed : p)) });
                forget(...(['role', 'fullName', 'bsn', 'birthDate'] as const)
                  .filter((part) => changed[part] !== person[part]).map((part) => `persons[${index}].${part}`));
              }}
              onRemove={form.persons.length > 1
                ? () => {
                  setForm({ ...form, persons: form.persons.filter((_, i) => i !== index) });
                  // the rows after it move up a number: their complaints no longer name the right row
                  setComplaints({});
                }
                : undefined} />
          ))}
          {form.persons.length < MAX_PERSONS && (
            <Button type="button" appearance="secondary-action-button"
              onClick={() => setForm({ ...form, persons: [...form.persons, emptyPerson()] })}>
              Persoon toevoegen
            </Button>
          )}
        </Fieldset>

        <TextAreaField label="Reden en toelichting" name="reason" rows={4} value={form.reason} onChange={set('reason')}
          description="Wat is er gezien of gehoord? Wordt vastgelegd bij de melding."
          error={complaints.reason} />

        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>Registreren</Button>
        </ButtonGroup>
      </form>
    </div>
  );
}

function outcomeSentence(receipt: ReportReceipt): string {
  const people = `${receipt.persons.length} ${receipt.persons.length === 1 ? 'persoon' : 'personen'}`;
  switch (receipt.outcome) {
    case 'BUNDLED':
      return `Het huishouden had al een open casus (casus ${caseNumber(receipt.caseId)}). De melding en ${people} zijn daaraan toegevoegd.`;
    case 'REPEAT_REPORT':
      return `Het huishouden had eerder een casus die is afgesloten${receipt.repeatOfCaseId ? ` (casus ${caseNumber(receipt.repeatOfCaseId)})` : ''}. Er is een nieuwe casus geopend als hermelding, met ${people}.`;
    default:
      return `Er is een nieuwe casus geopend (casus ${caseNumber(receipt.caseId)}) met ${people}.`;
  }
}

/** the API's path of each field of the form */
const PATHS: Partial<Record<keyof ReportForm, string>> = {
  reporterType: 'reporter.type', sector: 'reporter.sector', reporterName: 'reporter.name',
  contactDetails: 'reporter.contactDetails', postcode: 'household.postcode', houseNumber: 'household.houseNumber',
  street: 'household.street', city: 'household.city', municipality: 'household.municipality',
};

/** the words of a field in the summary of complaints */
function fieldName(field: string): string {
  const person = /^persons\[(\d+)\]\.(\w+)$/.exec(field);
  if (person) {
    const part: Record<string, string> = { role: 'rol', fullName: 'naam', bsn: 'BSN', birthDate: 'geboortedatum' };
    return `Persoon ${Number(person[1]) + 1}, ${part[person[2]] ?? person[2]}`;
  }
  const names: Record<string, string> = {
    contactType: 'Soort contact', 'reporter.type': 'Soort melder', 'reporter.sector': 'Sector',
    'reporter.name': 'Naam van de melder', 'reporter.contactDetails': 'Contactgegevens', formsOfViolence: 'Vormen van geweld',
    'household.postcode': 'Postcode', 'household.houseNumber': 'Huisnummer', 'household.street': 'Straat',
    'household.city': 'Plaats', 'household.municipality': 'Gemeentecode', persons: 'Betrokkenen', reason: 'Reden',
  };
  return names[field] ?? field;
}
