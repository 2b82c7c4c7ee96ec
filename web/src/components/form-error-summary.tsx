import { ErrorSummary } from '@digdir/designsystemet-react';
import { useT } from '../lib/i18n.ts';

export type FieldError = { fieldId: string; message: string };

/**
 * Lists a form's problems, each linked to its field. It appears after a failed submit and takes
 * focus, so keyboard and screen-reader users land on it.
 */
export function FormErrorSummary({ errors }: { errors: FieldError[] }) {
  const t = useT();
  if (errors.length === 0) return null;
  return (
    <ErrorSummary>
      <ErrorSummary.Heading>{t('web.form.error_summary')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {errors.map((error) => (
          <ErrorSummary.Item key={error.fieldId}>
            <ErrorSummary.Link href={`#${error.fieldId}`}>{error.message}</ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}

/** The message for one field, or undefined: for the `error` prop of a Textfield or Fieldset. */
export function fieldError(errors: FieldError[], fieldId: string): string | undefined {
  return errors.find((error) => error.fieldId === fieldId)?.message;
}
