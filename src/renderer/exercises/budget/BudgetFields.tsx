import { useId } from 'react';
import { t } from '../../i18n/fr';
import type { NumberField } from './budget-fields';

interface FieldProps {
  label: string;
  field: NumberField;
  onChange: (text: string) => void;
  onBlur: () => void;
}

/** One number of a hypothesis: labelled, French number typing, its refusal said beside it. */
export function BudgetField({ label, field, onChange, onBlur }: FieldProps) {
  const id = useId();
  return (
    <p className="budget-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        autoComplete="off"
        value={field.text}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={field.error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
      {field.error ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {field.error}
        </span>
      ) : null}
    </p>
  );
}

/** The hypotheses of one channel, or those all channels share, under one legend. */
export function FieldGroup({
  legend,
  fields,
  onChange,
  onBlur,
}: {
  legend: string;
  fields: [key: keyof typeof t.budgetFields, field: NumberField][];
  onChange: (key: keyof typeof t.budgetFields, text: string) => void;
  onBlur: () => void;
}) {
  return (
    <fieldset className="budget-group">
      <legend>{legend}</legend>
      {fields.map(([key, field]) => (
        <BudgetField
          key={key}
          label={t.budgetFields[key]}
          field={field}
          onChange={(text) => onChange(key, text)}
          onBlur={onBlur}
        />
      ))}
    </fieldset>
  );
}
