import { Button, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { SelectField, TextField } from '../forms/fields';
import { todayInTheNetherlands } from '../format/dutch';
import { options } from '../text/terms';
import { PersonRow } from './reportForm';

/** one person of a report, numbered as the reader counts (the API's `persons[index]`) */
export function PersonRowFields({ person, index, complaints, onChange, onRemove }: {
  person: PersonRow;
  index: number;
  complaints: Record<string, string>;
  onChange: (person: PersonRow) => void;
  /** absent for the only person: a report names at least one */
  onRemove?: () => void;
}) {
  const at = `persons[${index}]`;
  const change = (field: keyof PersonRow) => (value: string) => onChange({ ...person, [field]: value });
  return (
    <Fieldset className="hgk-person">
      <FieldsetLegend>Persoon {index + 1}</FieldsetLegend>
      <div className="hgk-form__row">
        <SelectField label="Rol" name={`${at}.role`} required value={person.role} onChange={change('role')}
          options={options('PersonRole')} emptyLabel="Kies een rol" error={complaints[`${at}.role`]} />
        <TextField label="Volledige naam" name={`${at}.fullName`} required value={person.fullName}
          onChange={change('fullName')} error={complaints[`${at}.fullName`]} />
      </div>
      <div className="hgk-form__row">
        <TextField label="BSN" name={`${at}.bsn`} inputMode="numeric" value={person.bsn} onChange={change('bsn')}
          description="9 cijfers; leeg laten als u het niet weet" error={complaints[`${at}.bsn`]} />
        <TextField label="Geboortedatum" name={`${at}.birthDate`} type="date" value={person.birthDate}
          max={todayInTheNetherlands()} onChange={change('birthDate')} error={complaints[`${at}.birthDate`]} />
      </div>
      {onRemove && (
        <Button type="button" appearance="subtle-button" onClick={onRemove}>
          Persoon {index + 1} verwijderen
        </Button>
      )}
    </Fieldset>
  );
}
