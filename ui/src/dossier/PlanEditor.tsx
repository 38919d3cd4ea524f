import { Button, ButtonGroup, Fieldset, FieldsetLegend, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { SelectField, TextAreaField, TextField } from '../forms/fields';
import { formatDate, todayInTheNetherlands } from '../format/dutch';
import { options, term } from '../text/terms';
import { Member } from './caseFile';
import { Answerer, ConsentNeed, consentNeeds } from './consentNeeds';
import { ConsentDraft, PlanDraft, SELF, emptyConsent, emptyGoal, emptyTask } from './planDraft';
import { distinctPeople, isErased, memberLabel } from './members';

/**
 * The family plan's parts as rows the user adds and removes. Every field is named as the API names it
 * (`plan.tasks[0].dueDate`), so a complaint of the API lands at its row.
 */
export function PlanEditor({ plan, onChange, members, errors }: {
  plan: PlanDraft;
  onChange: (plan: PlanDraft) => void;
  members: Member[];
  errors: Record<string, string>;
}) {
  const today = todayInTheNetherlands();
  const people = distinctPeople(members);
  const needs = consentNeeds(members, plan.consents.map((consent) => ({
    personId: consent.personId, byRepresentative: consent.answeredBy !== SELF,
  })), today);
  const missing = needs.flatMap((need) => need.missing.map((answerer) =>
    emptyConsent(need.personId, answerer === 'PERSON' ? SELF : '')));
  function update<K extends keyof PlanDraft>(part: K, rows: PlanDraft[K]) {
    onChange({ ...plan, [part]: rows });
  }
  function changeRow<K extends keyof PlanDraft>(part: K, index: number, row: PlanDraft[K][number]) {
    update(part, plan[part].map((current, at) => (at === index ? row : current)) as PlanDraft[K]);
  }
  function removeRow<K extends keyof PlanDraft>(part: K, index: number) {
    update(part, plan[part].filter((_, at) => at !== index) as PlanDraft[K]);
  }

  return (
    <>
      <Fieldset className="hgk-plan-part">
        <FieldsetLegend>Doelen</FieldsetLegend>
        {plan.goals.map((goal, index) => (
          <div className="hgk-plan-row" key={index}>
            <SelectField label={`Doel ${index + 1}: levensgebied`} name={`plan.goals[${index}].lifeDomain`} required
              value={goal.lifeDomain} options={options('LifeDomain')} error={errors[`plan.goals[${index}].lifeDomain`]}
              onChange={(lifeDomain) => changeRow('goals', index, { ...goal, lifeDomain })} />
            <TextAreaField label={`Doel ${index + 1}: beschrijving`} name={`plan.goals[${index}].description`} required rows={2}
              value={goal.description} error={errors[`plan.goals[${index}].description`]}
              onChange={(description) => changeRow('goals', index, { ...goal, description })} />
            <RemoveButton what={`doel ${index + 1}`} onClick={() => removeRow('goals', index)} />
          </div>
        ))}
        <AddButton onClick={() => update('goals', [...plan.goals, emptyGoal()])}>Doel toevoegen</AddButton>
      </Fieldset>

      <Fieldset className="hgk-plan-part">
        <FieldsetLegend>Taken</FieldsetLegend>
        {plan.tasks.length === 0 && <Paragraph small>Nog geen taken.</Paragraph>}
        {plan.tasks.map((task, index) => (
          <div className="hgk-plan-row" key={task.taskId ?? `new-${index}`}>
            <TextAreaField label={`Taak ${index + 1}: wat`} name={`plan.tasks[${index}].description`} required rows={2}
              value={task.description} error={errors[`plan.tasks[${index}].description`]}
              onChange={(description) => changeRow('tasks', index, { ...task, description })} />
            <TextField label={`Taak ${index + 1}: uitvoerende organisatie`} name={`plan.tasks[${index}].ownerOrganisation`} required
              value={task.ownerOrganisation} error={errors[`plan.tasks[${index}].ownerOrganisation`]}
              onChange={(ownerOrganisation) => changeRow('tasks', index, { ...task, ownerOrganisation })} />
            <TextField label={`Taak ${index + 1}: uiterlijk op`} name={`plan.tasks[${index}].dueDate`} type="date" required
              min={task.taskId ? undefined : today} value={task.dueDate} error={errors[`plan.tasks[${index}].dueDate`]}
              onChange={(dueDate) => changeRow('tasks', index, { ...task, dueDate })} />
            <SelectField label={`Taak ${index + 1}: status`} name={`plan.tasks[${index}].status`} required
              value={task.status} options={options('TaskStatus')} error={errors[`plan.tasks[${index}].status`]}
              onChange={(status) => changeRow('tasks', index, { ...task, status })} />
            <RemoveButton what={`taak ${index + 1}`} onClick={() => removeRow('tasks', index)} />
          </div>
        ))}
        <AddButton onClick={() => update('tasks', [...plan.tasks, emptyTask()])}>Taak toevoegen</AddButton>
      </Fieldset>

      <Fieldset className="hgk-plan-part">
        <FieldsetLegend>Veiligheidsafspraken</FieldsetLegend>
        {plan.safetyAgreements.length === 0 && <Paragraph small>Nog geen veiligheidsafspraken.</Paragraph>}
        {plan.safetyAgreements.map((agreement, index) => (
          <div className="hgk-plan-row" key={index}>
            <TextAreaField label={`Afspraak ${index + 1}`} name={`plan.safetyAgreements[${index}]`} required rows={2}
              value={agreement} error={errors[`plan.safetyAgreements[${index}]`]}
              onChange={(text) => changeRow('safetyAgreements', index, text)} />
            <RemoveButton what={`afspraak ${index + 1}`} onClick={() => removeRow('safetyAgreements', index)} />
          </div>
        ))}
        <AddButton onClick={() => update('safetyAgreements', [...plan.safetyAgreements, ''])}>Afspraak toevoegen</AddButton>
      </Fieldset>

      <Fieldset className="hgk-plan-part">
        <FieldsetLegend>Evaluatiedata</FieldsetLegend>
        {plan.evaluationDates.length === 0 && <Paragraph small>Nog geen evaluatiedata.</Paragraph>}
        {plan.evaluationDates.map((date, index) => (
          <div className="hgk-plan-row" key={index}>
            <TextField label={`Evaluatie ${index + 1}`} name={`plan.evaluationDates[${index}]`} type="date" required
              value={date} error={errors[`plan.evaluationDates[${index}]`]}
              onChange={(text) => changeRow('evaluationDates', index, text)} />
            <RemoveButton what={`evaluatie ${index + 1}`} onClick={() => removeRow('evaluationDates', index)} />
          </div>
        ))}
        <AddButton onClick={() => update('evaluationDates', [...plan.evaluationDates, ''])}>Evaluatiedatum toevoegen</AddButton>
      </Fieldset>

      <Fieldset className="hgk-plan-part">
        <FieldsetLegend>Instemming</FieldsetLegend>
        <Paragraph small>
          Vanaf 12 jaar stemt iedere betrokkene zelf in of weigert; voor ieder kind onder de 16 beslist een wettelijk
          vertegenwoordiger (van 12 tot 16 jaar dus allebei). Ondertekenen heeft de voorkeur; zonder handtekening legt u
          de mening van de cliënt over het plan vast. Een weigering telt ook als antwoord.
        </Paragraph>
        <ConsentHints needs={needs} today={today} />
        {missing.length > 0 && (
          <AddButton onClick={() => update('consents', [...plan.consents, ...missing])}>
            Ontbrekende instemming toevoegen
          </AddButton>
        )}
        {plan.consents.length === 0 && <Paragraph small>Nog geen instemming vastgelegd.</Paragraph>}
        {plan.consents.map((consent, index) => {
          const field = `plan.consents[${index}]`;
          const representatives = people.filter((member) => member.personId !== consent.personId && !isErased(member));
          return (
            <div className="hgk-plan-row" key={index}>
              <SelectField label={`Instemming ${index + 1}: over wie`} name={`${field}.personId`} required
                value={consent.personId} emptyLabel="Kies een persoon" error={errors[`${field}.personId`]}
                options={people.map((member) => ({ value: member.personId, label: memberLabel(member) }))}
                onChange={(personId) => changeRow('consents', index, { ...consent, personId })} />
              <SelectField label={`Instemming ${index + 1}: besluit genomen door`} name={`${field}.representativeId`} required
                value={consent.answeredBy} error={errors[`${field}.representativeId`]}
                emptyLabel={consent.answeredBy ? undefined : 'Kies de wettelijk vertegenwoordiger'}
                options={[{ value: SELF, label: term('ConsentDecider', 'PERSON') }, ...representatives.map((member) => ({
                  value: member.personId, label: `${memberLabel(member)} als wettelijk vertegenwoordiger`,
                }))]}
                onChange={(answeredBy) => changeRow('consents', index, { ...consent, answeredBy })} />
              <SelectField label={`Instemming ${index + 1}: besluit`} name={`${field}.decision`} required
                value={consent.decision} options={options('ConsentDecision')} error={errors[`${field}.decision`]}
                onChange={(decision) => changeRow('consents', index, { ...consent, decision })} />
              <SelectField label={`Instemming ${index + 1}: ondertekend`} name={`${field}.signed`} required
                value={consent.signed} emptyLabel="Kies ja of nee" error={errors[`${field}.signed`]}
                options={[{ value: 'true', label: 'ja, ondertekend' }, { value: 'false', label: 'nee, niet ondertekend' }]}
                onChange={(signed) => changeRow('consents', index, { ...consent, signed: signed as ConsentDraft['signed'] })} />
              <TextAreaField label={`Instemming ${index + 1}: mening van de cliënt`} name={`${field}.clientOpinion`} rows={2}
                required={consent.signed === 'false'}
                description="Verplicht als het plan niet is ondertekend."
                value={consent.clientOpinion} error={errors[`${field}.clientOpinion`]}
                onChange={(clientOpinion) => changeRow('consents', index, { ...consent, clientOpinion })} />
              <RemoveButton what={`instemming ${index + 1}`} onClick={() => removeRow('consents', index)} />
            </div>
          );
        })}
        <AddButton onClick={() => update('consents', [...plan.consents, emptyConsent()])}>Instemming toevoegen</AddButton>
      </Fieldset>
    </>
  );
}

const ANSWER: Record<Answerer, string> = {
  PERSON: 'eigen antwoord',
  LEGAL_REPRESENTATIVE: 'antwoord van een wettelijk vertegenwoordiger',
};
const NOT_ALLOWED: Record<Answerer, string> = {
  PERSON: 'onder de 12 antwoordt een kind niet zelf',
  LEGAL_REPRESENTATIVE: 'vanaf 16 jaar beslist geen wettelijk vertegenwoordiger',
};

/**
 * Per person of the case, the answers the plan needs today and whether it has them: worked out here from the birth
 * dates the case file shows, as help while filling in. The ledger checks it again and decides.
 */
function ConsentHints({ needs, today }: { needs: ConsentNeed[]; today: string }) {
  if (needs.length === 0) return null;
  return (
    <>
      <Paragraph small>
        Nodig op {formatDate(today)}, volgens de geboortedatums in het dossier (een hulp bij het invullen; bij
        vastleggen wordt het opnieuw gecontroleerd):
      </Paragraph>
      <UnorderedList className="hgk-consent-needs">
        {needs.map((need) => (
          <UnorderedListItem key={need.personId}>
            {memberLabel(need.member)}:{' '}
            {need.needed.map((answerer, at) => (
              <span key={answerer}>
                {at > 0 && '; '}
                {ANSWER[answerer]}{' '}
                {need.missing.includes(answerer) ? <strong>ontbreekt</strong> : 'vastgelegd'}
              </span>
            ))}
            {need.notAllowed.map((answerer) => <span key={answerer}>; <strong>{NOT_ALLOWED[answerer]}</strong></span>)}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}

function AddButton({ onClick, children }: { onClick: () => void; children: string }) {
  return (
    <ButtonGroup>
      <Button appearance="secondary-action-button" onClick={onClick}>
        {children}
      </Button>
    </ButtonGroup>
  );
}

function RemoveButton({ what, onClick }: { what: string; onClick: () => void }) {
  return (
    <ButtonGroup>
      <Button appearance="subtle-button" onClick={onClick}>
        Verwijder {what}
      </Button>
    </ButtonGroup>
  );
}
