import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { errorMessage } from '../../../lib/api.ts';
import type { CreateProviderInput } from '../../../lib/api-types.ts';
import { useT } from '../../../lib/i18n.ts';
import { useAddProvider } from '../api/providers.queries.ts';

const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
type FieldName = keyof CreateProviderInput;
const idOf = (field: FieldName) => `add-provider-${field}`;
const empty: CreateProviderInput = { displayName: '', slug: '', issuer: '', clientId: '', clientSecret: '' };

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Connects an OpenID Connect provider, such as an e-ID broker for BankID or ID-porten. */
export function AddProviderForm({ slug }: { slug: string }) {
  const t = useT();
  const notify = useNotify();
  const addProvider = useAddProvider(slug);
  const [values, setValues] = useState<CreateProviderInput>(empty);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);

  const set = (field: FieldName) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const validate = (): FieldError[] => {
    const found: FieldError[] = [];
    if (!values.displayName.trim())
      found.push({ fieldId: idOf('displayName'), message: t('web.providers.display_name_missing') });
    if (!SLUG_PATTERN.test(values.slug))
      found.push({ fieldId: idOf('slug'), message: t('web.providers.slug_invalid') });
    if (!isHttpUrl(values.issuer))
      found.push({ fieldId: idOf('issuer'), message: t('web.providers.issuer_invalid') });
    if (!values.clientId)
      found.push({ fieldId: idOf('clientId'), message: t('web.providers.client_id_missing') });
    if (!values.clientSecret)
      found.push({ fieldId: idOf('clientSecret'), message: t('web.providers.client_secret_missing') });
    return found;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    addProvider.mutate(
      { ...values, displayName: values.displayName.trim() },
      {
        onSuccess: (provider) => {
          notify.success(t('web.providers.added', { name: provider.displayName }));
          setValues(empty);
        },
        onError: (error) => notify.error(errorMessage(error, t)),
      },
    );
  };

  return (
    <section className="section narrow">
      <Heading level={2} data-size="md" id="add-provider-heading">
        {t('web.providers.add_heading')}
      </Heading>
      <form noValidate onSubmit={onSubmit} className="form">
        <FormErrorSummary key={attempt} errors={errors} />
        <Textfield
          id={idOf('displayName')}
          label={t('web.providers.display_name')}
          description={t('web.providers.display_name_description')}
          autoComplete="off"
          value={values.displayName}
          onChange={set('displayName')}
          error={fieldError(errors, idOf('displayName'))}
        />
        <Textfield
          id={idOf('slug')}
          label={t('web.providers.slug')}
          description={t('web.providers.slug_description')}
          autoComplete="off"
          spellCheck={false}
          value={values.slug}
          onChange={set('slug')}
          error={fieldError(errors, idOf('slug'))}
        />
        <Textfield
          id={idOf('issuer')}
          label={t('web.providers.issuer')}
          description={t('web.providers.issuer_description')}
          type="url"
          autoComplete="off"
          spellCheck={false}
          value={values.issuer}
          onChange={set('issuer')}
          error={fieldError(errors, idOf('issuer'))}
        />
        <Textfield
          id={idOf('clientId')}
          label={t('web.providers.client_id')}
          autoComplete="off"
          spellCheck={false}
          value={values.clientId}
          onChange={set('clientId')}
          error={fieldError(errors, idOf('clientId'))}
        />
        <Textfield
          id={idOf('clientSecret')}
          label={t('web.providers.client_secret')}
          description={t('web.providers.client_secret_description')}
          type="password"
          autoComplete="new-password"
          value={values.clientSecret}
          onChange={set('clientSecret')}
          error={fieldError(errors, idOf('clientSecret'))}
        />
        <div className="button-row">
          <Button type="submit" loading={addProvider.isPending}>
            {t('web.providers.add_submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
