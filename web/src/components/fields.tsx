import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import type { FieldError } from './form-error-summary.tsx';
import { errorMessage, isApiError, type ApiError } from '../lib/api.ts';
import type { Translate } from '../lib/i18n.ts';

export type Option = { value: string; label: string };

/** A labelled select; `empty` is the first option's text, for "choose", "none" or "all". */
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

function issuePaths(error: ApiError): string[] {
  const details = error.details;
  if (typeof details !== 'object' || details === null || !('issues' in details)) return [];
  const issues = details.issues;
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((issue: unknown) =>
    typeof issue === 'object' && issue !== null && 'path' in issue && typeof issue.path === 'string'
      ? [issue.path.replace(/^body\./, '')]
      : [],
  );
}

/**
 * A refused change as the error summary lists it: the server's message, linked to the field the
 * server names in its validation issues (`body.name`) when the form has one, else to `fallback`.
 */
export function serverErrors(
  error: unknown,
  t: Translate,
  fieldIds: Record<string, string>,
  fallback: string,
): FieldError[] {
  const message = errorMessage(error, t);
  if (!isApiError(error, 400)) return [{ fieldId: fallback, message }];
  const fieldId = issuePaths(error)
    .map((path) => fieldIds[path])
    .find((id) => id !== undefined);
  return [{ fieldId: fieldId ?? fallback, message }];
}
