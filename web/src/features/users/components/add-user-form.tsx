import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { useT } from '../../../lib/i18n.ts';
import type { Role } from '../../../lib/roles.ts';
import { useAddUser } from '../api/users.queries.ts';
import { RoleCheckboxes } from './role-checkboxes.tsx';

const MIN_PASSWORD_LENGTH = 10;
const ids = {
  email: 'add-user-email',
  name: 'add-user-name',
  password: 'add-user-password',
  roles: 'add-user-role',
} as const;

/** Adds a person with one or more roles; a password is only for people without e-ID. */
export function AddUserForm({ slug, municipalityName }: { slug: string; municipalityName: string }) {
  const t = useT();
  const notify = useNotify();
  const addUser = useAddUser(slug);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);

  const validate = (): FieldError[] => {
    const found: FieldError[] = [];
    const trimmedEmail = email.trim();
    if (!trimmedEmail) found.push({ fieldId: ids.email, message: t('web.users.email_missing') });
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmedEmail))
      found.push({ fieldId: ids.email, message: t('web.form.email_invalid') });
    if (!name.trim()) found.push({ fieldId: ids.name, message: t('web.users.name_missing') });
    if (password && password.length < MIN_PASSWORD_LENGTH)
      found.push({
        fieldId: ids.password,
        message: t('web.users.password_short', { min: MIN_PASSWORD_LENGTH }),
      });
    if (roles.length === 0)
      found.push({ fieldId: `${ids.roles}-administrator`, message: t('web.users.roles_missing') });
    return found;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    addUser.mutate(
      { email: email.trim(), name: name.trim(), roles, ...(password ? { password } : {}) },
      {
        onSuccess: (user) => {
          notify.success(t('web.users.added', { name: user.name, municipality: municipalityName }));
          setEmail('');
          setName('');
          setPassword('');
          setRoles([]);
        },
        onError: (error) => notify.error(errorMessage(error, t)),
      },
    );
  };

  return (
    <section className="section narrow">
      <Heading level={2} data-size="md" id="add-user-heading">
        {t('web.users.add_heading')}
      </Heading>
      <form noValidate onSubmit={onSubmit} className="form">
        <FormErrorSummary key={attempt} errors={errors} />
        <Textfield
          id={ids.email}
          label={t('web.field.email')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldError(errors, ids.email)}
        />
        <Textfield
          id={ids.name}
          label={t('web.field.name')}
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fieldError(errors, ids.name)}
        />
        <Textfield
          id={ids.password}
          label={t('web.users.password_label')}
          description={t('web.users.password_description', { min: MIN_PASSWORD_LENGTH })}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldError(errors, ids.password)}
        />
        <RoleCheckboxes
          idPrefix={ids.roles}
          legend={t('web.users.roles_legend')}
          value={roles}
          onChange={setRoles}
          error={fieldError(errors, `${ids.roles}-administrator`)}
        />
        <div className="button-row">
          <Button type="submit" loading={addUser.isPending}>
            {t('web.users.add_submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
