import { FormEvent, useEffect, useRef, useState } from 'react';
import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { api } from '../api/client';
import { ApiProblem } from '../api/problem';
import { SelectField, TextAreaField, TextField } from '../forms/fields';
import { ChoiceGroup } from '../forms/ChoiceGroup';
import { ProblemAlert } from '../layout/ProblemAlert';
import { refusalSentence } from '../text/refusals';
import { CaseFileView, HistoryEntry } from './caseFile';
import { changesSince } from './changesSince';
import { PlanEditor } from './PlanEditor';
import { StaleEdit } from './StaleEdit';
import { StepDefinition, StepDraft, complaintsAbout } from './steps';
import { SubmissionKey } from '../api/submissionKey';
import { fieldComplaintsInDutch } from './fieldComplaints';

export interface Recorded {
  step: StepDefinition;
  version: number;
}

/**
 * One step's form. It remembers the version the user was looking at when they opened it, and sends that as
 * `expectedVersion`, also when the page meanwhile shows a newer version from a live update: the ledger then answers
 * 409, and the user sees what changed before deciding to record the step again.
 */
export function StepForm({ step, view, onRecorded, onCancel, readHistory }: {
  step: StepDefinition;
  view: CaseFileView;
  onRecorded: (recorded: Recorded) => Promise<void>;
  onCancel: () => void;
  readHistory: () => Promise<HistoryEntry[]>;
}) {
  const [draft, setDraft] = useState<StepDraft>(() => step.initial(view));
  const [seenVersion, setSeenVersion] = useState(view.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>();
  const [stale, setStale] = useState<{ currentVersion?: number; changes?: HistoryEntry[] }>();
  const [busy, setBusy] = useState(false);
  const submission = useRef(new SubmissionKey());
  const form = useRef<HTMLFormElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  const [focusTarget, setFocusTarget] = useState<{ fields?: string[]; alert?: boolean }>();

  // focus goes to the first complaint, or to the refusal, once it is on screen (WCAG 3.3.1, 2.4.3)
  useEffect(() => {
    if (!focusTarget) return;
    // the first complaint in the form's order, whatever order the API listed them in
    const named = Array.from(form.current?.querySelectorAll<HTMLElement>('[name]') ?? []);
    const first = named.find((element) => focusTarget.fields?.includes(element.getAttribute('name') ?? ''));
    if (first) {
      first.focus();
      return;
    }
    alert.current?.focus();
  }, [focusTarget]);

  const fields = step.fields(view);
  const hint = step.hint?.(view);
  const setValue = (name: string, value: string) => setDraft((current) => ({ ...current, values: { ...current.values, [name]: value } }));

  async function send(expectedVersion: number) {
    const complaints = complaintsAbout(step, draft, view);
    setErrors(complaints);
    setProblem(undefined);
    if (Object.keys(complaints).length > 0) {
      setFocusTarget({ fields: Object.keys(complaints) });
      return;
    }
    const path = step.path(view.caseId, draft);
    const body = { ...step.body(draft, view), expectedVersion };
    setBusy(true);
    try {
      const answer = await api.post<{ caseId: string; version: number }>(path, body, {
        idempotencyKey: submission.current.for({ path, body }),
      });
      await onRecorded({ step, version: answer.version });
    } catch (failure) {
      if (failure instanceof ApiProblem && failure.kind === 'stale-version') {
        setStale({ currentVersion: failure.problem.actualVersion });
        const entries = await readHistory().catch(() => []);
        setStale({ currentVersion: failure.problem.actualVersion, changes: changesSince(entries, expectedVersion) });
      } else {
        const atFields = failure instanceof ApiProblem ? fieldComplaintsInDutch(failure) : {};
        const refusal = failure instanceof ApiProblem ? failure.problem.refusal : undefined;
        const refusedField = refusal ? step.refusalFields?.[refusal] : undefined;
        if (refusal && refusedField) atFields[refusedField] = refusalSentence(refusal, (failure as ApiProblem).problem.detail);
        setErrors(atFields);
        setProblem(failure);
        setFocusTarget({ fields: refusedField ? [] : Object.keys(atFields), alert: true });
      }
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!stale) void send(seenVersion);
  }

  function retryOnCurrentVersion() {
    const current = stale?.currentVersion ?? view.version;
    setSeenVersion(current);
    setStale(undefined);
    void send(current);
  }

  const headingId = `stap-${step.id}`;
  return (
    <form ref={form} onSubmit={submit} noValidate className="hgk-form hgk-step-form" aria-labelledby={headingId}>
      <Heading3 id={headingId}>{step.label(view)}</Heading3>
      <Paragraph small>
        U legt deze stap vast op versie {seenVersion} van de casus. Velden zonder &lsquo;(niet verplicht)&rsquo; zijn verplicht.
      </Paragraph>
      {hint && (
        <Paragraph className="hgk-hint">
          <strong>Advies:</strong> {hint}
        </Paragraph>
      )}
      {problem ? (
        <div ref={alert} tabIndex={-1} className="hgk-focus-target">
          <ProblemAlert error={problem} />
        </div>
      ) : null}
      {Object.keys(errors).length > 0 && !problem && (
        <Paragraph className="hgk-error-summary" role="alert">
          Niet alle gegevens zijn juist ingevuld. Zie de meldingen bij de velden.
        </Paragraph>
      )}
      {fields
        .filter((field) => !field.shownWhen || field.shownWhen(draft.values))
        .map((field) => {
          const common = {
            key: field.name,
            label: field.label,
            name: field.name,
            required: field.required,
            description: field.description,
            error: errors[field.name],
            value: draft.values[field.name] ?? '',
            onChange: (value: string) => setValue(field.name, value),
          };
          if (field.kind === 'select') {
            const chosen = field.options?.some((o) => o.value === common.value);
            return <SelectField {...common} options={field.options ?? []} emptyLabel={field.emptyLabel ?? (chosen ? undefined : 'Maak een keuze')} />;
          }
          if (field.kind === 'textarea') return <TextAreaField {...common} />;
          if (field.kind === 'checkboxes') {
            const selected = common.value.split(',').filter(Boolean);
            return (
              <ChoiceGroup key={field.name} legend={field.label} type="checkbox" name={field.name} columns
                options={field.options ?? []} selected={selected} error={common.error} description={field.description}
                onChange={(value, checked) => common.onChange(
                  (checked ? [...selected, value] : selected.filter((chosen) => chosen !== value)).join(','))} />
            );
          }
          return <TextField {...common} type={field.kind} min={field.min} max={field.max} />;
        })}
      {step.withPlan && draft.plan && (
        <PlanEditor plan={draft.plan} members={view.members ?? []} errors={errors}
          onChange={(plan) => setDraft((current) => ({ ...current, plan }))} />
      )}
      {stale ? (
        <StaleEdit seenVersion={seenVersion} currentVersion={stale.currentVersion} changes={stale.changes} busy={busy}
          onRetry={retryOnCurrentVersion} />
      ) : (
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            Vastleggen
          </Button>
          <Button appearance="secondary-action-button" onClick={onCancel} disabled={busy}>
            Annuleren
          </Button>
        </ButtonGroup>
      )}
    </form>
  );
}


