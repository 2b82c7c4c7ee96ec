import {
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Radio,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  contactVisibilities,
  genders,
  type ContactVisibility,
  type Gender,
} from '../../../../../common/organisation.ts';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import type { CreatePersonInput, PersonForAdministrators } from '../../../lib/api-types.ts';
import { useT } from '../../../lib/i18n.ts';
import { useCreatePerson, useUpdatePerson } from '../api/organisation.queries.ts';
import { genderLabel } from './labels.ts';

type Values = {
  name: string;
  gender: Gender | '';
  birthYear: string;
  party: string;
  email: string;
  emailVisibility: ContactVisibility;
  phone: string;
  phoneVisibility: ContactVisibility;
};

const empty: Values = {
  name: '',
  gender: '',
  birthYear: '',
  party: '',
  email: '',
  emailVisibility: 'internal',
  phone: '',
  phoneVisibility: 'internal',
};

function valuesOf(person: PersonForAdministrators): Values {
  return {
    name: person.name,
    gender: person.gender ?? '',
    birthYear: person.birthYear?.toString() ?? '',
    party: person.party ?? '',
    email: person.email ?? '',
    emailVisibility: person.emailVisibility,
    phone: person.phone ?? '',
    phoneVisibility: person.phoneVisibility,
  };
}

function isGender(value: string): value is Gender {
  return (genders as readonly string[]).includes(value);
}

/** Who may see a contact detail: everyone, or only people with a role in the municipality. */
function VisibilityRadios({
  idPrefix,
  legend,
  value,
  onChange,
}: {
  idPrefix: string;
  legend: string;
  value: ContactVisibility;
  onChange: (value: ContactVisibility) => void;
}) {
  const t = useT();
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {contactVisibilities.map((visibility) => (
        <Radio
          key={visibility}
          id={`${idPrefix}-${visibility}`}
          name={idPrefix}
          value={visibility}
          label={t(`web.org.vis.${visibility}`)}
          checked={value === visibility}
          onChange={() => onChange(visibility)}
        />
      ))}
    </Fieldset>
  );
}

/**
 * Registers a person, or changes one (`person` given) with the version last read. Gender is
 * what the person has declared, and may be left out; the gender rule then cannot be verified.
 */
export function PersonForm({
  slug,
  person,
  onDone,
}: {
  slug: string;
  person?: PersonForAdministrators;
  onDone?: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const createPerson = useCreatePerson(slug);
  const updatePerson = useUpdatePerson(slug);
  const prefix = person ? 'person-edit' : 'person-new';
  const id = (field: string) => `${prefix}-${field}`;
  const [values, setValues] = useState<Values>(person ? valuesOf(person) : empty);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (person) headingRef.current?.focus();
  }, [person]);

  const set = <K extends keyof Values>(field: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const validate = (): FieldError[] => {
    const found: FieldError[] = [];
    if (!values.name.trim()) found.push({ fieldId: id('name'), message: t('web.users.name_missing') });
    const year = Number(values.birthYear);
    if (values.birthYear && (!Number.isInteger(year) || year < 1900 || year > 2100))
      found.push({ fieldId: id('birth-year'), message: t('web.org.pform.birth_year_invalid') });
    if (values.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim()))
      found.push({ fieldId: id('email'), message: t('web.form.email_invalid') });
    return found;
  };

  const input = (): CreatePersonInput => ({
    name: values.name.trim(),
    gender: values.gender || null,
    birthYear: values.birthYear ? Number(values.birthYear) : null,
    party: values.party.trim() || null,
    email: values.email.trim() || null,
    emailVisibility: values.emailVisibility,
    phone: values.phone.trim() || null,
    phoneVisibility: values.phoneVisibility,
  });

  const onError = (error: unknown) => {
    if (isApiError(error, 409)) {
      setErrors([{ fieldId: id('name'), message: errorMessage(error, t) }]);
      setAttempt((n) => n + 1);
    }
    notify.error(errorMessage(error, t));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    if (person) {
      updatePerson.mutate(
        { personId: person.id, patch: { ...input(), version: person.version } },
        {
          onSuccess: (saved) => {
            notify.success(t('web.org.pform.saved', { name: saved.name }));
            onDone?.();
          },
          onError,
        },
      );
      return;
    }
    createPerson.mutate(input(), {
      onSuccess: (created) => {
        notify.success(t('web.org.pform.created', { name: created.name }));
        setValues(empty);
      },
      onError,
    });
  };

  const heading = person ? t('web.org.edit_heading', { name: person.name }) : t('web.org.pform.add_heading');
  return (
    <div className={person ? 'subsection narrow edit-panel' : 'subsection narrow'}>
      <Heading level={3} data-size="sm" id={id('heading')} tabIndex={-1} ref={headingRef}>
        {heading}
      </Heading>
      <form noValidate onSubmit={onSubmit} className="form" aria-labelledby={id('heading')}>
        <FormErrorSummary key={attempt} errors={errors} />
        <Textfield
          id={id('name')}
          label={t('web.field.name')}
          autoComplete="off"
          value={values.name}
          onChange={(event) => set('name', event.target.value)}
          error={fieldError(errors, id('name'))}
        />
        <Field>
          <Label>{t('web.org.pform.gender')}</Label>
          <Field.Description>{t('web.org.pform.gender_description')}</Field.Description>
          <Select
            id={id('gender')}
            value={values.gender}
            onChange={(event) => set('gender', isGender(event.target.value) ? event.target.value : '')}
          >
            <Select.Option value="">{genderLabel(t, null)}</Select.Option>
            {genders.map((gender) => (
              <Select.Option key={gender} value={gender}>
                {genderLabel(t, gender)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          id={id('birth-year')}
          label={t('web.org.pform.birth_year')}
          description={t('web.org.pform.birth_year_description')}
          inputMode="numeric"
          autoComplete="off"
          value={values.birthYear}
          onChange={(event) => set('birthYear', event.target.value)}
          error={fieldError(errors, id('birth-year'))}
        />
        <Textfield
          id={id('party')}
          label={t('web.org.party')}
          autoComplete="off"
          value={values.party}
          onChange={(event) => set('party', event.target.value)}
        />
        <Textfield
          id={id('email')}
          type="email"
          label={t('web.org.pform.email')}
          autoComplete="off"
          spellCheck={false}
          value={values.email}
          onChange={(event) => set('email', event.target.value)}
          error={fieldError(errors, id('email'))}
        />
        <VisibilityRadios
          idPrefix={id('email-visibility')}
          legend={t('web.org.pform.email_visibility')}
          value={values.emailVisibility}
          onChange={(value) => set('emailVisibility', value)}
        />
        <Textfield
          id={id('phone')}
          type="tel"
          label={t('web.org.pform.phone')}
          autoComplete="off"
          value={values.phone}
          onChange={(event) => set('phone', event.target.value)}
        />
        <VisibilityRadios
          idPrefix={id('phone-visibility')}
          legend={t('web.org.pform.phone_visibility')}
          value={values.phoneVisibility}
          onChange={(value) => set('phoneVisibility', value)}
        />
        <div className="button-row">
          <Button type="submit" loading={person ? updatePerson.isPending : createPerson.isPending}>
            {person ? t('web.org.save') : t('web.org.pform.create')}
          </Button>
          {person && onDone && (
            <Button variant="secondary" onClick={onDone}>
              {t('web.dialog.cancel')}
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}
