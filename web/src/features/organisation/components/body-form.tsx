import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  bodyKinds,
  electionMethods,
  taskCommitteePowers,
  type BodyKind,
  type ElectionMethod,
  type TaskCommitteePowers,
} from '../../../../../common/organisation.ts';
import type { Jurisdiction } from '../../../../../common/roles.ts';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import type { Body, CreateBodyInput } from '../../../lib/api-types.ts';
import { useT } from '../../../lib/i18n.ts';
import { useCreateBody, useUpdateBody } from '../api/organisation.queries.ts';
import { byName, isPolitical, kindLabel, methodLabel, powersLabel } from './labels.ts';

/** Whether a body of this kind decides unless told otherwise; the server applies the same defaults. */
function decidesByDefault(kind: BodyKind | '', powers: TaskCommitteePowers | ''): boolean {
  if (kind === 'task_committee') return powers === 'decide';
  return (
    kind === 'council' || kind === 'executive_board' || kind === 'committee' || kind === 'joint_committee'
  );
}

type Values = {
  kind: BodyKind | '';
  name: string;
  shortName: string;
  parentId: string;
  canDecide: boolean | null;
  electionMethod: ElectionMethod | '';
  mandate: string;
  startsOn: string;
  endsOn: string;
  powers: TaskCommitteePowers | '';
};

const empty: Values = {
  kind: '',
  name: '',
  shortName: '',
  parentId: '',
  canDecide: null,
  electionMethod: '',
  mandate: '',
  startsOn: '',
  endsOn: '',
  powers: '',
};

function valuesOf(body: Body): Values {
  return {
    kind: body.kind,
    name: body.name,
    shortName: body.shortName ?? '',
    parentId: body.parentId ?? '',
    canDecide: body.canDecide,
    electionMethod: body.electionMethod ?? '',
    mandate: body.mandate ?? '',
    startsOn: body.startsOn ?? '',
    endsOn: body.endsOn ?? '',
    powers: body.powers ?? '',
  };
}

function isKind(value: string): value is BodyKind {
  return (bodyKinds as readonly string[]).includes(value);
}

/**
 * Creates a body, or changes one (`body` given) with the version last read, so that a change
 * someone else made in between is not overwritten. A Norwegian elected body other than the
 * council needs its election method: the gender rule (kommuneloven § 7-6) counts per list after
 * a proportional election and for the whole body after an agreed one.
 */
export function BodyForm({
  slug,
  jurisdiction,
  bodies,
  body,
  onDone,
}: {
  slug: string;
  jurisdiction: Jurisdiction;
  bodies: Body[];
  body?: Body;
  onDone?: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const createBody = useCreateBody(slug);
  const updateBody = useUpdateBody(slug);
  const prefix = body ? 'body-edit' : 'body-new';
  const id = (field: string) => `${prefix}-${field}`;
  const [values, setValues] = useState<Values>(body ? valuesOf(body) : empty);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (body) headingRef.current?.focus();
  }, [body]);

  const set = <K extends keyof Values>(field: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const political = values.kind !== '' && isPolitical(values.kind);
  const taskCommittee = values.kind === 'task_committee';
  const methodRequired = jurisdiction === 'no' && political && values.kind !== 'council';
  const canDecide = values.canDecide ?? decidesByDefault(values.kind, values.powers);
  const parents = bodies
    .filter((b) => b.id !== body?.id && (values.kind === '' || isPolitical(b.kind) === political))
    .sort(byName);

  const validate = (): FieldError[] => {
    const found: FieldError[] = [];
    if (!values.kind) found.push({ fieldId: id('kind'), message: t('web.org.bform.kind_missing') });
    if (!values.name.trim()) found.push({ fieldId: id('name'), message: t('web.org.bform.name_missing') });
    if (methodRequired && !values.electionMethod)
      found.push({ fieldId: id('method-proportional'), message: t('web.org.bform.method_missing') });
    if (taskCommittee) {
      if (!values.mandate.trim())
        found.push({ fieldId: id('mandate'), message: t('web.org.bform.mandate_missing') });
      if (!values.startsOn) found.push({ fieldId: id('starts-on'), message: t('web.org.date_missing') });
      if (!values.endsOn) found.push({ fieldId: id('ends-on'), message: t('web.org.date_missing') });
      else if (values.startsOn && values.endsOn < values.startsOn)
        found.push({ fieldId: id('ends-on'), message: t('web.org.date_order') });
      if (!values.powers)
        found.push({ fieldId: id('powers-none'), message: t('web.org.bform.powers_missing') });
    }
    return found;
  };

  const input = (kind: BodyKind): CreateBodyInput => ({
    kind,
    name: values.name.trim(),
    shortName: values.shortName.trim() || null,
    parentId: values.parentId || null,
    ...(political && values.canDecide !== null ? { canDecide: values.canDecide } : {}),
    electionMethod: political ? values.electionMethod || null : null,
    mandate: taskCommittee ? values.mandate.trim() : null,
    startsOn: taskCommittee ? values.startsOn : null,
    endsOn: taskCommittee ? values.endsOn : null,
    powers: taskCommittee && values.powers ? values.powers : null,
  });

  const onError = (error: unknown) => {
    if (isApiError(error, 409) && isNameClash(error.details)) {
      setErrors([{ fieldId: id('name'), message: t('web.org.bform.name_taken') }]);
      setAttempt((n) => n + 1);
      return;
    }
    // Someone else changed the body since it was read: say so in the form as well as above it.
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
    if (found.length > 0 || values.kind === '') return;
    if (body) {
      updateBody.mutate(
        { bodyId: body.id, patch: { ...input(values.kind), version: body.version } },
        {
          onSuccess: (saved) => {
            notify.success(t('web.org.bform.saved', { name: saved.name }));
            onDone?.();
          },
          onError,
        },
      );
      return;
    }
    createBody.mutate(input(values.kind), {
      onSuccess: (created) => {
        notify.success(t('web.org.bform.created', { name: created.name }));
        setValues(empty);
      },
      onError,
    });
  };

  const kindError = fieldError(errors, id('kind'));
  const heading = body ? t('web.org.edit_heading', { name: body.name }) : t('web.org.bform.add_heading');
  return (
    <div className={body ? 'subsection narrow edit-panel' : 'subsection narrow'}>
      <Heading level={3} data-size="sm" id={id('heading')} tabIndex={-1} ref={headingRef}>
        {heading}
      </Heading>
      <form noValidate onSubmit={onSubmit} className="form" aria-labelledby={id('heading')}>
        <FormErrorSummary key={attempt} errors={errors} />
        <Field>
          <Label>{t('web.org.kind')}</Label>
          <Select
            id={id('kind')}
            value={values.kind}
            onChange={(event) => set('kind', isKind(event.target.value) ? event.target.value : '')}
            aria-invalid={kindError ? true : undefined}
          >
            <Select.Option value="" disabled>
              {t('web.org.bform.kind_choose')}
            </Select.Option>
            {bodyKinds.map((kind) => (
              <Select.Option key={kind} value={kind}>
                {kindLabel(t, kind, jurisdiction)}
              </Select.Option>
            ))}
          </Select>
          {kindError && <ValidationMessage>{kindError}</ValidationMessage>}
        </Field>
        <Textfield
          id={id('name')}
          label={t('web.field.name')}
          autoComplete="off"
          value={values.name}
          onChange={(event) => set('name', event.target.value)}
          error={fieldError(errors, id('name'))}
        />
        <Textfield
          id={id('short-name')}
          label={t('web.org.bform.short_name')}
          description={t('web.org.bform.short_name_description')}
          autoComplete="off"
          value={values.shortName}
          onChange={(event) => set('shortName', event.target.value)}
        />
        <Field>
          <Label>{t('web.org.bform.parent')}</Label>
          <Field.Description>{t('web.org.bform.parent_description')}</Field.Description>
          <Select
            id={id('parent')}
            value={values.parentId}
            onChange={(event) => set('parentId', event.target.value)}
          >
            <Select.Option value="">{t('web.org.bform.parent_none')}</Select.Option>
            {parents.map((parent) => (
              <Select.Option key={parent.id} value={parent.id}>
                {parent.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {political && (
          <Checkbox
            id={id('can-decide')}
            label={t('web.org.can_decide')}
            description={t('web.org.bform.can_decide_description')}
            checked={canDecide}
            onChange={(event) => set('canDecide', event.target.checked)}
          />
        )}
        {political && (
          <Fieldset>
            <Fieldset.Legend>
              {methodRequired ? t('web.org.election_method') : t('web.org.bform.method_optional')}
            </Fieldset.Legend>
            <Fieldset.Description>
              {jurisdiction === 'no' ? t('web.org.bform.method_hint_no') : t('web.org.bform.method_hint_se')}
            </Fieldset.Description>
            {!methodRequired && (
              <Radio
                id={id('method-none')}
                name={id('method')}
                value=""
                label={t('web.org.not_stated')}
                checked={values.electionMethod === ''}
                onChange={() => set('electionMethod', '')}
              />
            )}
            {electionMethods.map((method) => (
              <Radio
                key={method}
                id={id(`method-${method}`)}
                name={id('method')}
                value={method}
                label={methodLabel(t, method)}
                checked={values.electionMethod === method}
                onChange={() => set('electionMethod', method)}
              />
            ))}
            {fieldError(errors, id('method-proportional')) && (
              <ValidationMessage>{fieldError(errors, id('method-proportional'))}</ValidationMessage>
            )}
          </Fieldset>
        )}
        {taskCommittee && (
          <Fieldset>
            <Fieldset.Legend>{t('web.org.bform.task_legend', { jurisdiction })}</Fieldset.Legend>
            <Fieldset.Description>{t('web.org.bform.task_description')}</Fieldset.Description>
            <Textfield
              id={id('mandate')}
              multiline
              rows={4}
              label={t('web.org.mandate')}
              value={values.mandate}
              onChange={(event) => set('mandate', event.target.value)}
              error={fieldError(errors, id('mandate'))}
            />
            <Textfield
              id={id('starts-on')}
              type="date"
              label={t('web.org.starts_on')}
              value={values.startsOn}
              onChange={(event) => set('startsOn', event.target.value)}
              error={fieldError(errors, id('starts-on'))}
            />
            <Textfield
              id={id('ends-on')}
              type="date"
              label={t('web.org.ends_on')}
              value={values.endsOn}
              onChange={(event) => set('endsOn', event.target.value)}
              error={fieldError(errors, id('ends-on'))}
            />
            <Fieldset>
              <Fieldset.Legend>{t('web.org.powers')}</Fieldset.Legend>
              {taskCommitteePowers.map((powers) => (
                <Radio
                  key={powers}
                  id={id(`powers-${powers}`)}
                  name={id('powers')}
                  value={powers}
                  label={powersLabel(t, powers)}
                  checked={values.powers === powers}
                  onChange={() => set('powers', powers)}
                />
              ))}
              {fieldError(errors, id('powers-none')) && (
                <ValidationMessage>{fieldError(errors, id('powers-none'))}</ValidationMessage>
              )}
            </Fieldset>
          </Fieldset>
        )}
        <div className="button-row">
          <Button type="submit" loading={body ? updateBody.isPending : createBody.isPending}>
            {body ? t('web.org.save') : t('web.org.bform.create')}
          </Button>
          {body && onDone && (
            <Button variant="secondary" onClick={onDone}>
              {t('web.dialog.cancel')}
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}

/** The server answers a duplicate name with a conflict that names the field. */
function isNameClash(details: unknown): boolean {
  return typeof details === 'object' && details !== null && 'field' in details && details.field === 'name';
}
