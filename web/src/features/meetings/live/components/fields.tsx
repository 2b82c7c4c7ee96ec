import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';

export type Option = { value: string; label: string };

/** A labelled select; `empty` is the first option's text ("choose"). */
export function SelectField({
  id,
  label,
  description,
  value,
  onChange,
  options,
  empty,
  error,
}: {
  id: string;
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  empty?: string;
  error?: string;
}) {
  return (
    <Field>
      <Label>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
      >
        {empty !== undefined && <Select.Option value="">{empty}</Select.Option>}
        {options.map((option) => (
          <Select.Option key={option.value} value={option.value}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}

/** Today in the browser's time zone, as the API writes days (YYYY-MM-DD). */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
