import { ReactNode, useId } from 'react';
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';

/**
 * A group of radio buttons (one choice) or checkboxes (several), in a fieldset whose legend names the question; the
 * API's complaint about the group is shown under the legend and tied to every option.
 */
export function ChoiceGroup(props: {
  legend: string;
  type: 'radio' | 'checkbox';
  name: string;
  options: { value: string; label: string }[];
  selected: string[];
  onChange: (value: string, checked: boolean) => void;
  error?: string;
  description?: ReactNode;
  /** lays the options out in columns when there are many */
  columns?: boolean;
}) {
  const id = useId();
  const { legend, type, name, options, selected, onChange, error, description, columns } = props;
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const Input = type === 'radio' ? RadioButton : Checkbox;
  return (
    <Fieldset invalid={Boolean(error)} className="hgk-choices">
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>}
      {error && (
        <FormFieldErrorMessage id={`${id}-error`} role="alert">
          {error}
        </FormFieldErrorMessage>
      )}
      <div className={columns ? 'hgk-choices__options hgk-choices__options--columns' : 'hgk-choices__options'}>
        {options.map((option) => (
          <div className="hgk-choice" key={option.value}>
            <Input
              id={`${id}-${option.value}`}
              name={name}
              value={option.value}
              checked={selected.includes(option.value)}
              invalid={Boolean(error)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => onChange(option.value, event.target.checked)}
            />
            <FormLabel htmlFor={`${id}-${option.value}`} type={type}>
              {option.label}
            </FormLabel>
          </div>
        ))}
      </div>
    </Fieldset>
  );
}
