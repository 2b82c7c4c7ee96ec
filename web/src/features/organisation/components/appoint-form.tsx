import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { MembershipRole } from '../../../../../common/organisation.ts';
import type { Jurisdiction } from '../../../../../common/roles.ts';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import type { Body, PersonForAdministrators, Term } from '../../../lib/api-types.ts';
import { useT } from '../../../lib/i18n.ts';
import { useAppoint } from '../api/organisation.queries.ts';
import { today } from '../../../lib/dates.ts';
import { PersonSelect, RoleSelect } from './seat-fields.tsx';

const ids = {
  person: 'appoint-person',
  role: 'appoint-role',
  list: 'appoint-list',
  order: 'appoint-order',
  startsOn: 'appoint-starts-on',
  endsOn: 'appoint-ends-on',
} as const;

/**
 * Appoints one person to the body (a supplementary election, an adjunct, a secretary). The same
 * rules as for a whole composition apply, the gender rule among them.
 */
export function AppointForm({
  slug,
  body,
  term,
  persons,
  jurisdiction,
  onAppointed,
}: {
  slug: string;
  body: Body;
  term: Term | null;
  persons: PersonForAdministrators[];
  jurisdiction: Jurisdiction;
  onAppointed: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const appoint = useAppoint(slug);
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<MembershipRole>('member');
  const [listName, setListName] = useState('');
  const [order, setOrder] = useState('');
  const [startsOn, setStartsOn] = useState(today());
  const [endsOn, setEndsOn] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);

  const validate = (): FieldError[] => {
    const found: FieldError[] = [];
    if (!personId) found.push({ fieldId: ids.person, message: t('web.org.appoint.person_missing') });
    const n = Number(order);
    if (role === 'substitute' && (!Number.isInteger(n) || n < 1))
      found.push({ fieldId: ids.order, message: t('web.org.appoint.order_invalid') });
    if (!startsOn) found.push({ fieldId: ids.startsOn, message: t('web.org.date_missing') });
    if (endsOn && startsOn && endsOn < startsOn)
      found.push({ fieldId: ids.endsOn, message: t('web.org.date_order') });
    return found;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    appoint.mutate(
      {
        bodyId: body.id,
        termId: term?.id ?? null,
        personId,
        role,
        listName: listName.trim() || null,
        substituteOrder: role === 'substitute' ? Number(order) : null,
        startsOn,
        endsOn: endsOn || null,
      },
      {
        onSuccess: (result) => {
          notify.success(t('web.org.appoint.done', { name: result.member.name, body: body.name }));
          setPersonId('');
          setListName('');
          setOrder('');
          onAppointed();
        },
        onError: (error) => {
          const message = errorMessage(error, t);
          if (isApiError(error, 422) || isApiError(error, 409)) {
            setErrors([{ fieldId: ids.person, message }]);
            setAttempt((n) => n + 1);
          }
          notify.error(message);
        },
      },
    );
  };

  return (
    <section className="section narrow" aria-labelledby="appoint-heading">
      <Heading level={2} data-size="md" id="appoint-heading">
        {t('web.org.appoint.heading')}
      </Heading>
      <Paragraph>{t('web.org.appoint.lead')}</Paragraph>
      <form noValidate onSubmit={onSubmit} className="form" aria-labelledby="appoint-heading">
        <FormErrorSummary key={attempt} errors={errors} />
        <PersonSelect
          id={ids.person}
          label={t('web.org.comp.person')}
          persons={persons}
          value={personId}
          onChange={(id) => {
            setPersonId(id);
            if (!listName) setListName(persons.find((p) => p.id === id)?.party ?? '');
          }}
          error={fieldError(errors, ids.person)}
        />
        <RoleSelect id={ids.role} jurisdiction={jurisdiction} value={role} onChange={setRole} />
        <Textfield
          id={ids.list}
          label={t('web.org.list')}
          autoComplete="off"
          value={listName}
          onChange={(event) => setListName(event.target.value)}
        />
        {role === 'substitute' && (
          <Textfield
            id={ids.order}
            label={t('web.org.substitute_order')}
            inputMode="numeric"
            autoComplete="off"
            value={order}
            onChange={(event) => setOrder(event.target.value)}
            error={fieldError(errors, ids.order)}
          />
        )}
        <Textfield
          id={ids.startsOn}
          type="date"
          label={t('web.org.from')}
          value={startsOn}
          onChange={(event) => setStartsOn(event.target.value)}
          error={fieldError(errors, ids.startsOn)}
        />
        <Textfield
          id={ids.endsOn}
          type="date"
          label={t('web.org.appoint.until')}
          description={t('web.org.appoint.until_description')}
          value={endsOn}
          onChange={(event) => setEndsOn(event.target.value)}
          error={fieldError(errors, ids.endsOn)}
        />
        <div className="button-row">
          <Button type="submit" loading={appoint.isPending}>
            {t('web.org.appoint.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
