import { FormEvent, useEffect, useState } from 'react';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { SelectField, TextField } from '../forms/fields';
import { CaseFilters, FIRST_VIEW } from './caseFilters';

const STATUS_OPTIONS = [
  { value: 'OPEN', label: 'open' },
  { value: 'CLOSED', label: 'afgesloten' },
  { value: '', label: 'open en afgesloten' },
];

const CODE_OPTIONS = [
  { value: 'RED', label: 'rood' },
  { value: 'ORANGE', label: 'oranje' },
  { value: 'GREEN', label: 'groen' },
  { value: 'NONE', label: 'nog geen code' },
];

/**
 * The filters of the case list. They apply on "Filteren", not on every keystroke or choice, so that the table does
 * not change under a keyboard or screen reader user while they choose (WCAG 3.2.2).
 */
export function CaseFilterForm({ filters, onApply, complaints }: {
  filters: CaseFilters;
  onApply: (filters: CaseFilters) => void;
  /** the API's complaints about a filter, by its parameter */
  complaints: Record<string, string>;
}) {
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filters]);
  const change = (field: keyof CaseFilters) => (value: string) => setDraft({ ...draft, [field]: value });

  function apply(event: FormEvent) {
    event.preventDefault();
    onApply({ ...draft, page: 0 });
  }

  return (
    <form onSubmit={apply} noValidate className="hgk-filters" aria-label="Filters van de casussen">
      <div className="hgk-filters__fields">
        <SelectField label="Status" name="status" required value={draft.status} onChange={change('status')}
          options={STATUS_OPTIONS} error={complaints.status} />
        <SelectField label="Veiligheidscode" name="code" required value={draft.code} onChange={change('code')}
          options={CODE_OPTIONS} emptyLabel="alle codes" error={complaints.code} />
        <TextField label="Regie bij" name="coordinator" value={draft.coordinator}
          onChange={change('coordinator')} error={complaints.coordinator} />
        <TextField label="Betrokken organisatie" name="organisation" value={draft.organisation}
          onChange={change('organisation')} error={complaints.organisation} />
      </div>
      <Paragraph appearance="small" className="hgk-filters__hint">
        Een organisatie met haar code, bijvoorbeeld sociaal-team-dordrecht. De betrokken organisatie geldt ook voor het
        termijnenbord.
      </Paragraph>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">Filteren</Button>
        <Button type="button" appearance="secondary-action-button"
          onClick={() => onApply({ ...FIRST_VIEW, withinWorkingDays: filters.withinWorkingDays })}>
          Filters wissen
        </Button>
      </ButtonGroup>
    </form>
  );
}
