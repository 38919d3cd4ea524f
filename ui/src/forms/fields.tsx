import { ReactNode, useId } from 'react';
import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';

/**
 * The form fields of the interface, on the NL Design System's form components: every field has a visible label, an
 * optional description, and the API's complaint about it shown at the field and tied to it with aria-describedby.
 */
interface FieldProps {
  label: string;
  name: string;
  description?: ReactNode;
  /** the API's complaint about this field (ApiProblem.fieldErrors[name]) */
  error?: string;
  required?: boolean;
}

function FieldFrame({ label, description, error, required, id, children }: FieldProps & { id: string; children: ReactNode }) {
  return (
    <FormField invalid={Boolean(error)} className="hgk-field">
      <Paragraph className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          {required ? '' : ' (niet verplicht)'}
        </FormLabel>
      </Paragraph>
      {description && <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>}
      {error && (
        <FormFieldErrorMessage id={`${id}-error`} role="alert">
          {error}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}

function describedBy(id: string, description: unknown, error: unknown): string | undefined {
  const ids = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function TextField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'date' | 'password' | 'number' | 'search' | 'datetime-local';
    autoComplete?: string;
    inputMode?: 'numeric' | 'text';
    min?: string;
    max?: string;
    /** for a time: `1` lets a datetime-local field take seconds */
    step?: number;
  },
) {
  const id = useId();
  const { name, value, onChange, type = 'text', required, error, description, autoComplete, inputMode, min, max, step } = props;
  return (
    <FieldFrame {...props} id={id}>
      <Textbox
        id={id}
        name={name}
        type={type}
        value={value}
        required={required}
        invalid={Boolean(error)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
        autoComplete={autoComplete ?? 'off'}
        inputMode={inputMode}
        min={min}
        max={max}
        step={step}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}

export function TextAreaField(props: FieldProps & { value: string; onChange: (value: string) => void; rows?: number }) {
  const id = useId();
  const { name, value, onChange, required, error, description, rows = 3 } = props;
  return (
    <FieldFrame {...props} id={id}>
      <Textarea
        id={id}
        name={name}
        value={value}
        rows={rows}
        required={required}
        invalid={Boolean(error)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}

export function SelectField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    options: { value: string; label: string }[];
    /** the text of the empty choice; without it there is none */
    emptyLabel?: string;
  },
) {
  const id = useId();
  const { name, value, onChange, options, emptyLabel, required, error, description } = props;
  return (
    <FieldFrame {...props} id={id}>
      <Select
        id={id}
        name={name}
        value={value}
        required={required}
        invalid={Boolean(error)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
        onChange={(event) => onChange(event.target.value)}
      >
        {emptyLabel !== undefined && <SelectOption value="">{emptyLabel}</SelectOption>}
        {options.map((option) => (
          <SelectOption key={option.value} value={option.value}>
            {option.label}
          </SelectOption>
        ))}
      </Select>
    </FieldFrame>
  );
}
