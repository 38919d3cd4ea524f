import { Button, ButtonGroup, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { SelectField, TextAreaField, TextField } from '../forms/fields';
import { todayInTheNetherlands } from '../format/dutch';
import { options } from '../text/terms';
import { Member } from './caseFile';
import { PlanDraft, emptyConsent, emptyGoal, emptyTask } from './planDraft';
import { memberLabel } from './members';

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
        {plan.consents.length === 0 && <Paragraph small>Nog geen instemming vastgelegd.</Paragraph>}
        {plan.consents.map((consent, index) => (
          <div className="hgk-plan-row" key={index}>
            <SelectField label={`Instemming ${index + 1}: persoon`} name={`plan.consents[${index}].personId`} required
              value={consent.personId} emptyLabel="Kies een persoon" error={errors[`plan.consents[${index}].personId`]}
              options={members.map((member) => ({ value: member.personId, label: memberLabel(member) }))}
              onChange={(personId) => changeRow('consents', index, { ...consent, personId })} />
            <SelectField label={`Instemming ${index + 1}: besluit`} name={`plan.consents[${index}].decision`} required
              value={consent.decision} options={options('ConsentDecision')} error={errors[`plan.consents[${index}].decision`]}
              onChange={(decision) => changeRow('consents', index, { ...consent, decision })} />
            <TextAreaField label={`Instemming ${index + 1}: mening van de cliënt`} name={`plan.consents[${index}].clientOpinion`} rows={2}
              value={consent.clientOpinion} error={errors[`plan.consents[${index}].clientOpinion`]}
              onChange={(clientOpinion) => changeRow('consents', index, { ...consent, clientOpinion })} />
            <RemoveButton what={`instemming ${index + 1}`} onClick={() => removeRow('consents', index)} />
          </div>
        ))}
        <AddButton onClick={() => update('consents', [...plan.consents, emptyConsent()])}>Instemming toevoegen</AddButton>
      </Fieldset>
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
