import { useEffect, useId, useRef, useState } from 'react';
import { Alert, FormField, FormLabel, Heading2, Paragraph, Select, SelectOption, FormFieldDescription } from '@utrecht/component-library-react';
import { CaseFileView, HistoryEntry } from './caseFile';
import { GROUPS, StepDefinition, offeredSteps, stepById } from './steps';
import { Recorded, StepForm } from './StepForm';
import { useUser } from '../session/Session';

/**
 * "Stap vastleggen": the steps the case's state makes sensible, grouped, one form at a time. A live update never
 * takes an open form away, even when its step is no longer offered: the user finishes or cancels it themselves, and
 * the ledger decides.
 */
export function StepSection({ view, readAt, readHistory }: {
  view: CaseFileView;
  readAt: (version: number) => Promise<CaseFileView>;
  readHistory: () => Promise<HistoryEntry[]>;
}) {
  const [chosen, setChosen] = useState('');
  const [confirmation, setConfirmation] = useState<{ text: string; version: number }>();
  const confirmationRef = useRef<HTMLDivElement>(null);
  const chooserId = useId();
  const user = useUser();
  const offered = offeredSteps(view, user.steps ?? []);
  const step = stepById(chosen);
  const choices: StepDefinition[] = step && !offered.includes(step) ? [...offered, step] : offered;

  useEffect(() => {
    if (confirmation) confirmationRef.current?.focus();
  }, [confirmation]);

  async function recorded({ step: done, version }: Recorded) {
    // the view at the version the command answered (its Location): what the user sees includes their step
    await readAt(version).catch(() => undefined);
    setChosen('');
    setConfirmation({ text: done.done, version });
  }

  return (
    <section aria-labelledby="stap">
      <Heading2 id="stap">Stap vastleggen</Heading2>
      {confirmation && (
        <div ref={confirmationRef} tabIndex={-1} className="hgk-focus-target">
          <Alert type="ok" role="status">
            <Paragraph>
              Vastgelegd: {confirmation.text} De casus is nu op versie {confirmation.version}.
            </Paragraph>
          </Alert>
        </div>
      )}
      {choices.length === 0 ? (
        <Paragraph>
          {view.status === 'CLOSED' ? 'De casus is afgesloten; er zijn geen stappen meer vast te leggen.' : 'Er zijn nu geen stappen vast te leggen.'}
        </Paragraph>
      ) : (
        <div className="hgk-form">
        <FormField className="hgk-field">
          <Paragraph className="utrecht-form-field__label">
            <FormLabel htmlFor={chooserId}>Welke stap legt u vast?</FormLabel>
          </Paragraph>
          <FormFieldDescription id={`${chooserId}-description`}>
            Alleen de stappen die bij de huidige stand van de casus en bij uw organisatie passen. Het formulier
            verschijnt onder deze keuze.
          </FormFieldDescription>
          <div className="utrecht-form-field__input">
            <Select id={chooserId} name="stap" value={chosen} aria-describedby={`${chooserId}-description`}
              onChange={(event) => {
                setChosen(event.target.value);
                setConfirmation(undefined);
              }}>
              <SelectOption value="">Kies een stap</SelectOption>
              {GROUPS.map((group) => {
                const inGroup = choices.filter((candidate) => candidate.group === group);
                return inGroup.length === 0 ? null : (
                  <optgroup key={group} label={group}>
                    {inGroup.map((candidate) => (
                      <SelectOption key={candidate.id} value={candidate.id}>
                        {candidate.label(view)}
                      </SelectOption>
                    ))}
                  </optgroup>
                );
              })}
            </Select>
          </div>
        </FormField>
        </div>
      )}
      {step && (
        <StepForm key={step.id} step={step} view={view} onRecorded={recorded} onCancel={() => setChosen('')} readHistory={readHistory} />
      )}
    </section>
  );
}
