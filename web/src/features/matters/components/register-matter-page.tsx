import { Button, Checkbox, Fieldset, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  matterNatures,
  matterTypes,
  type MatterNature,
  type MatterType,
} from '../../../../../common/matters.ts';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { bodiesQuery, positionsQuery, useRegisterMatter } from '../api/matters.queries.ts';
import { SelectField, serverErrors } from '../../../components/fields.tsx';
import { natureLabel, officials, politicalBodies, typeLabel } from './labels.ts';
import { today } from '../../../lib/dates.ts';
import { RoleGate } from './role-gate.tsx';

const ids = {
  title: 'matter-title',
  type: 'matter-type',
  nature: 'matter-nature',
  body: 'matter-body',
  official: 'matter-official',
  initiator: 'matter-initiator',
  receivedOn: 'matter-received-on',
  description: 'matter-description',
  classification: 'matter-classification',
  confidential: 'matter-confidential',
  ground: 'matter-ground',
  publicTitle: 'matter-public-title',
} as const;

/** The server's names for the fields, as its validation issues give them. */
const fieldsByPath: Record<string, string> = {
  title: ids.title,
  type: ids.type,
  nature: ids.nature,
  responsibleBodyId: ids.body,
  responsiblePersonId: ids.official,
  initiatorName: ids.initiator,
  receivedOn: ids.receivedOn,
  description: ids.description,
  classification: ids.classification,
  confidentialityGround: ids.ground,
  publicTitle: ids.publicTitle,
};

function isMatterType(value: string): value is MatterType {
  return (matterTypes as readonly string[]).includes(value);
}

function RegisterMatterForm({ slug }: { slug: string }) {
  const t = useT();
  const notify = useNotify();
  const navigate = useNavigate();
  const municipality = useMunicipality(slug);
  const bodies = useQuery(bodiesQuery(slug));
  const positions = useQuery(positionsQuery(slug));
  const register = useRegisterMatter(slug);
  const [title, setTitle] = useState('');
  const [type, setType] = useState<MatterType>('administration');
  const [nature, setNature] = useState<MatterNature>('strategic');
  const [bodyId, setBodyId] = useState('');
  const [personId, setPersonId] = useState('');
  const [initiator, setInitiator] = useState('');
  const [receivedOn, setReceivedOn] = useState(today());
  const [description, setDescription] = useState('');
  const [classification, setClassification] = useState('');
  const [confidential, setConfidential] = useState(false);
  const [ground, setGround] = useState('');
  const [publicTitle, setPublicTitle] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const heading = t('web.matters.register.heading');

  const validate = (): FieldError[] => {
    const found: FieldError[] = [];
    if (!title.trim()) found.push({ fieldId: ids.title, message: t('web.matters.register.title_missing') });
    if (!receivedOn) found.push({ fieldId: ids.receivedOn, message: t('web.matters.date_missing') });
    if (confidential && !ground.trim())
      found.push({ fieldId: ids.ground, message: t('web.matters.ground_missing') });
    if (confidential && !publicTitle.trim())
      found.push({ fieldId: ids.publicTitle, message: t('web.matters.register.public_title_missing') });
    return found;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    register.mutate(
      {
        title: title.trim(),
        type,
        nature,
        responsibleBodyId: bodyId || null,
        responsiblePersonId: personId || null,
        initiatorName: initiator.trim() || null,
        receivedOn,
        description: description.trim() || undefined,
        classification: classification.trim() || null,
        confidential,
        ...(confidential ? { confidentialityGround: ground.trim(), publicTitle: publicTitle.trim() } : {}),
      },
      {
        onSuccess: (matter) => {
          notify.success(t('web.matters.register.done', { number: matter.registryNumber }), {
            keepOnNavigation: true,
          });
          void navigate(`/m/${slug}/matters/${matter.id}`);
        },
        onError: (error) => {
          setErrors(serverErrors(error, t, fieldsByPath, ids.title));
          setAttempt((n) => n + 1);
        },
      },
    );
  };

  return (
    <Page title={[heading, municipality.name]} heading={heading}>
      <Paragraph>{t('web.matters.register.lead')}</Paragraph>
      {bodies.isError && <QueryError error={bodies.error} />}
      {positions.isError && <QueryError error={positions.error} />}
      <form noValidate onSubmit={onSubmit} className="form narrow" aria-label={heading}>
        <FormErrorSummary key={attempt} errors={errors} />
        <Textfield
          id={ids.title}
          label={t('web.matters.title')}
          autoComplete="off"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={fieldError(errors, ids.title)}
        />
        <SelectField
          id={ids.type}
          label={t('web.matters.type')}
          value={type}
          onChange={(value) => {
            if (isMatterType(value)) setType(value);
          }}
          options={matterTypes.map((option) => ({ value: option, label: typeLabel(t, option) }))}
          error={fieldError(errors, ids.type)}
        />
        <Fieldset id={ids.nature}>
          <Fieldset.Legend>{t('web.matters.nature')}</Fieldset.Legend>
          <Fieldset.Description>{t('web.matters.nature_description')}</Fieldset.Description>
          {matterNatures.map((option) => (
            <Radio
              key={option}
              id={`${ids.nature}-${option}`}
              name="nature"
              value={option}
              label={natureLabel(t, option)}
              description={t(`web.matters.nature.${option}_description`)}
              checked={nature === option}
              onChange={() => setNature(option)}
            />
          ))}
        </Fieldset>
        <SelectField
          id={ids.body}
          label={t('web.matters.responsible_body')}
          description={t('web.matters.register.body_description')}
          value={bodyId}
          onChange={setBodyId}
          empty={t('web.matters.not_stated')}
          options={politicalBodies(bodies.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
          error={fieldError(errors, ids.body)}
        />
        <SelectField
          id={ids.official}
          label={t('web.matters.responsible_official')}
          value={personId}
          onChange={setPersonId}
          empty={t('web.matters.not_stated')}
          options={officials(positions.data ?? []).map((p) => ({
            value: p.id,
            label: `${p.name} (${p.titles})`,
          }))}
          error={fieldError(errors, ids.official)}
        />
        <Textfield
          id={ids.initiator}
          label={t('web.matters.initiator')}
          description={t('web.matters.register.initiator_description')}
          autoComplete="off"
          value={initiator}
          onChange={(event) => setInitiator(event.target.value)}
          error={fieldError(errors, ids.initiator)}
        />
        <Textfield
          id={ids.receivedOn}
          type="date"
          label={t('web.matters.received_on')}
          value={receivedOn}
          onChange={(event) => setReceivedOn(event.target.value)}
          error={fieldError(errors, ids.receivedOn)}
        />
        <Textfield
          id={ids.description}
          multiline
          rows={5}
          label={t('web.matters.description')}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          error={fieldError(errors, ids.description)}
        />
        <Textfield
          id={ids.classification}
          label={t('web.matters.classification')}
          description={t('web.matters.register.classification_description')}
          autoComplete="off"
          value={classification}
          onChange={(event) => setClassification(event.target.value)}
          error={fieldError(errors, ids.classification)}
        />
        <Checkbox
          id={ids.confidential}
          label={t('web.matters.confidential_check')}
          description={t('web.matters.register.confidential_description')}
          checked={confidential}
          onChange={(event) => setConfidential(event.target.checked)}
        />
        {confidential && (
          <>
            <Textfield
              id={ids.ground}
              label={t('web.matters.ground', { jurisdiction: municipality.jurisdiction })}
              autoComplete="off"
              value={ground}
              onChange={(event) => setGround(event.target.value)}
              error={fieldError(errors, ids.ground)}
            />
            <Textfield
              id={ids.publicTitle}
              label={t('web.matters.public_title')}
              description={t('web.matters.public_title_description')}
              autoComplete="off"
              value={publicTitle}
              onChange={(event) => setPublicTitle(event.target.value)}
              error={fieldError(errors, ids.publicTitle)}
            />
          </>
        )}
        <div className="button-row">
          <Button type="submit" loading={register.isPending}>
            {t('web.matters.register.submit')}
          </Button>
        </div>
      </form>
    </Page>
  );
}

/** Secretaries and officials register a matter: it gets the next registry number. */
export function RegisterMatterPage() {
  const slug = useParams().slug ?? '';
  return (
    <RoleGate slug={slug} action="register">
      <RegisterMatterForm slug={slug} />
    </RoleGate>
  );
}
