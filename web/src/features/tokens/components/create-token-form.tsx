import {
  Button,
  Field,
  Heading,
  Label,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { errorMessage } from '../../../lib/api.ts';
import type { CreatedToken } from '../../../lib/api-types.ts';
import { useT } from '../../../lib/i18n.ts';
import type { Role } from '../../../lib/roles.ts';
import { useCreateToken } from '../api/tokens.queries.ts';

const MAX_DAYS = 730;
const ids = { name: 'create-token-name', role: 'create-token-role', days: 'create-token-days' } as const;

/** Creates a personal API token for one of the roles the person holds here. */
export function CreateTokenForm({
  slug,
  roles,
  onCreated,
}: {
  slug: string;
  roles: Role[];
  onCreated: (created: CreatedToken) => void;
}) {
  const t = useT();
  const notify = useNotify();
  const createToken = useCreateToken(slug);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | ''>(roles.length === 1 ? (roles[0] ?? '') : '');
  const [days, setDays] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);

  const validate = (): FieldError[] => {
    const found: FieldError[] = [];
    if (!name.trim()) found.push({ fieldId: ids.name, message: t('web.tokens.name_missing') });
    if (!role) found.push({ fieldId: ids.role, message: t('web.tokens.role_missing') });
    const n = Number(days);
    if (days && (!Number.isInteger(n) || n < 1 || n > MAX_DAYS))
      found.push({ fieldId: ids.days, message: t('web.tokens.days_invalid', { max: MAX_DAYS }) });
    return found;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0 || !role) return;
    createToken.mutate(
      { name: name.trim(), role, ...(days ? { expiresInDays: Number(days) } : {}) },
      {
        onSuccess: (created) => {
          setName('');
          setDays('');
          onCreated(created);
        },
        onError: (error) => notify.error(errorMessage(error, t)),
      },
    );
  };

  const roleError = fieldError(errors, ids.role);
  return (
    <section className="section narrow">
      <Heading level={2} data-size="md" id="create-token-heading">
        {t('web.tokens.create_heading')}
      </Heading>
      <form noValidate onSubmit={onSubmit} className="form">
        <FormErrorSummary key={attempt} errors={errors} />
        <Textfield
          id={ids.name}
          label={t('web.tokens.name')}
          description={t('web.tokens.name_description')}
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fieldError(errors, ids.name)}
        />
        <Field>
          <Label>{t('web.tokens.role')}</Label>
          <Field.Description>{t('web.tokens.role_description')}</Field.Description>
          <Select
            id={ids.role}
            value={role}
            onChange={(event) => setRole(roles.find((r) => r === event.target.value) ?? '')}
            aria-invalid={roleError ? true : undefined}
          >
            <Select.Option value="" disabled>
              {t('web.tokens.role_choose')}
            </Select.Option>
            {roles.map((r) => (
              <Select.Option key={r} value={r}>
                {t(`role.${r}`)}
              </Select.Option>
            ))}
          </Select>
          {roleError && <ValidationMessage>{roleError}</ValidationMessage>}
        </Field>
        <Textfield
          id={ids.days}
          label={t('web.tokens.days')}
          description={t('web.tokens.days_description', { max: MAX_DAYS })}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_DAYS}
          value={days}
          onChange={(event) => setDays(event.target.value)}
          error={fieldError(errors, ids.days)}
        />
        <div className="button-row">
          <Button type="submit" loading={createToken.isPending}>
            {t('web.tokens.create_submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
