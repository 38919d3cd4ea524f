import { FormEvent, useState } from 'react';
import { Button, ButtonGroup, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { SelectField } from '../forms/fields';
import { FiguresChoice, periodName, periodOptions } from './FiguresChoice';
import { REGIONS, regionOf } from '../reference/VeiligThuisRegions';

/**
 * The labelled controls for region, municipality and period. The figures change only when the reader confirms, so that
 * stepping through a list with the arrow keys does not ask the ledger for every option on the way.
 */
export function FiguresChoiceForm({ choice, onChoose }: { choice: FiguresChoice; onChoose: (choice: FiguresChoice) => void }) {
  const [region, setRegion] = useState(choice.region);
  const [municipality, setMunicipality] = useState(choice.municipality ?? '');
  const [period, setPeriod] = useState(choice.period);
  const periods = periodOptions();
  if (!periods.some((option) => option.value === period)) {
    periods.push({ value: period, label: periodName(period) });
  }
  const municipalities = regionOf(region)?.municipalities ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    onChoose({ region, period, municipality: municipality || undefined });
  }

  return (
    <form onSubmit={submit} className="hgk-figures-choice" aria-label="Kies de cijfers">
      <Fieldset>
        <FieldsetLegend>Welke cijfers wilt u zien?</FieldsetLegend>
        <div className="hgk-figures-choice__fields">
          <SelectField
            label="Veilig Thuis-regio"
            name="regio"
            required
            value={region}
            onChange={(value) => {
              setRegion(value);
              setMunicipality('');
            }}
            options={REGIONS.map((one) => ({ value: one.code, label: `${one.name} (${one.code})` }))}
            emptyLabel={region ? undefined : 'Kies een regio'}
          />
          <SelectField
            label="Gemeente"
            name="gemeente"
            value={municipality}
            onChange={setMunicipality}
            options={municipalities.map((one) => ({ value: one.code, label: one.name }))}
            emptyLabel="Hele regio"
          />
          <SelectField label="Periode" name="periode" required value={period} onChange={setPeriod} options={periods} />
        </div>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={!region}>
            Toon cijfers
          </Button>
        </ButtonGroup>
      </Fieldset>
    </form>
  );
}
