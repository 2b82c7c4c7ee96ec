import {
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Link,
  Paragraph,
  Textfield,
} from '@digdir/designsystemet-react';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { commissioners, type Commissioner } from '../../../../../common/matters.ts';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { isApiError } from '../../../lib/api.ts';
import { useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { bodiesQuery, matterQuery, positionsQuery, useRecordDecision } from '../api/matters.queries.ts';
import { ActionError } from './action-error.tsx';
import { SelectField, serverErrors } from '../../../components/fields.tsx';
import { commissionerLabel, officials, politicalBodies, units } from './labels.ts';
import { today } from '../../../lib/dates.ts';
import { RoleGate } from './role-gate.tsx';

type Draft = {
  key: number;
  title: string;
  description: string;
  commissionedBy: Commissioner;
  assignee: string;
  dueOn: string;
  reportBack: boolean;
};

const ids = { body: 'decision-body', date: 'decision-date', text: 'decision-text' } as const;
const assignmentId = (key: number, field: string) => `assignment-${key}-${field}`;

function isCommissioner(value: string): value is Commissioner {
  return (commissioners as readonly string[]).includes(value);
}

function DecisionForm({ slug, matterId }: { slug: string; matterId: string }) {
  const t = useT();
  const notify = useNotify();
  const navigate = useNavigate();
  const municipality = useMunicipality(slug);
  const matterResult = useSuspenseQuery(matterQuery(slug, matterId));
  const matter = matterResult.data;
  const bodies = useQuery(bodiesQuery(slug));
  const positions = useQuery(positionsQuery(slug));
  const record = useRecordDecision(slug, matterId);
  const [bodyId, setBodyId] = useState(matter.responsibleBody?.id ?? '');
  const [decidedOn, setDecidedOn] = useState(today());
  const [text, setText] = useState('');
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [nextKey, setNextKey] = useState(1);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const heading = t('web.matters.decision.heading', { number: matter.registryNumber });
  const people = officials(positions.data ?? []);
  const unitOptions = units(bodies.data ?? []);

  const change = (key: number, patch: Partial<Draft>) =>
    setDrafts((current) => current.map((draft) => (draft.key === key ? { ...draft, ...patch } : draft)));

  const validate = (): FieldError[] => {
    const found: FieldError[] = [];
    if (!bodyId) found.push({ fieldId: ids.body, message: t('web.matters.decision.body_missing') });
    if (!decidedOn) found.push({ fieldId: ids.date, message: t('web.matters.date_missing') });
    if (!text.trim()) found.push({ fieldId: ids.text, message: t('web.matters.decision.text_missing') });
    drafts.forEach((draft, index) => {
      const n = index + 1;
      if (!draft.title.trim())
        found.push({
          fieldId: assignmentId(draft.key, 'title'),
          message: t('web.matters.decision.assignment_title_missing', { n }),
        });
      if (!draft.assignee)
        found.push({
          fieldId: assignmentId(draft.key, 'assignee'),
          message: t('web.matters.decision.assignee_missing', { n }),
        });
      if (!draft.dueOn)
        found.push({
          fieldId: assignmentId(draft.key, 'due'),
          message: t('web.matters.decision.assignment_due_missing', { n }),
        });
    });
    return found;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    record.mutate(
      {
        bodyId,
        decidedOn,
        text: text.trim(),
        assignments: drafts.map((draft) => {
          const [kind, id] = draft.assignee.split(':');
          return {
            title: draft.title.trim(),
            description: draft.description.trim() || undefined,
            commissionedBy: draft.commissionedBy,
            assigneePersonId: kind === 'person' ? id : null,
            assigneeUnitId: kind === 'unit' ? id : null,
            dueOn: draft.dueOn,
            reportBackRequired: draft.reportBack,
          };
        }),
        version: matter.version,
      },
      {
        onSuccess: () => {
          notify.success(t('web.matters.decision.done'), { keepOnNavigation: true });
          void navigate(`/m/${slug}/matters/${matterId}`);
        },
        onError: (error) => {
          if (!isApiError(error, 409)) {
            setErrors(
              serverErrors(error, t, { bodyId: ids.body, decidedOn: ids.date, text: ids.text }, ids.text),
            );
            setAttempt((n) => n + 1);
          }
        },
      },
    );
  };

  return (
    <Page
      title={[heading, municipality.name]}
      heading={heading}
      lead={<Paragraph data-size="lg">{matter.title}</Paragraph>}
    >
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/m/${slug}/matters/${matterId}`}>
            {t('web.matters.back_to_matter', { number: matter.registryNumber })}
          </RouterLink>
        </Link>
      </Paragraph>
      {(bodies.isError || positions.isError) && <QueryError error={bodies.error ?? positions.error} />}
      <form noValidate onSubmit={onSubmit} className="form narrow" aria-label={heading}>
        <FormErrorSummary key={attempt} errors={errors} />
        {record.isError && isApiError(record.error, 409) && (
          <ActionError error={record.error} onReload={() => void matterResult.refetch()} />
        )}
        <SelectField
          id={ids.body}
          label={t('web.matters.decision.body')}
          value={bodyId}
          onChange={setBodyId}
          empty={t('web.matters.choose')}
          options={politicalBodies(bodies.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
          error={fieldError(errors, ids.body)}
        />
        <Textfield
          id={ids.date}
          type="date"
          label={t('web.matters.decided_on')}
          value={decidedOn}
          max={today()}
          onChange={(event) => setDecidedOn(event.target.value)}
          error={fieldError(errors, ids.date)}
        />
        <Textfield
          id={ids.text}
          multiline
          rows={6}
          label={t('web.matters.decision.text')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={fieldError(errors, ids.text)}
        />
        <Heading level={2} data-size="sm" id="decision-assignments">
          {t('web.matters.decision.assignments')}
        </Heading>
        <Paragraph>{t('web.matters.decision.assignments_lead')}</Paragraph>
        {drafts.map((draft, index) => (
          <Fieldset key={draft.key} className="seat-row">
            <Fieldset.Legend>{t('web.matters.decision.assignment_n', { n: index + 1 })}</Fieldset.Legend>
            <Textfield
              id={assignmentId(draft.key, 'title')}
              label={t('web.matters.title')}
              autoComplete="off"
              value={draft.title}
              onChange={(event) => change(draft.key, { title: event.target.value })}
              error={fieldError(errors, assignmentId(draft.key, 'title'))}
            />
            <Textfield
              id={assignmentId(draft.key, 'description')}
              multiline
              rows={3}
              label={t('web.matters.description')}
              value={draft.description}
              onChange={(event) => change(draft.key, { description: event.target.value })}
            />
            <SelectField
              id={assignmentId(draft.key, 'by')}
              label={t('web.matters.commissioned_by')}
              value={draft.commissionedBy}
              onChange={(value) => {
                if (isCommissioner(value)) change(draft.key, { commissionedBy: value });
              }}
              options={commissioners.map((c) => ({ value: c, label: commissionerLabel(t, c) }))}
            />
            <SelectField
              id={assignmentId(draft.key, 'assignee')}
              label={t('web.matters.assignee')}
              description={t('web.matters.decision.assignee_description')}
              value={draft.assignee}
              onChange={(value) => change(draft.key, { assignee: value })}
              empty={t('web.matters.choose')}
              options={[
                ...people.map((p) => ({ value: `person:${p.id}`, label: `${p.name} (${p.titles})` })),
                ...unitOptions.map((u) => ({ value: `unit:${u.id}`, label: u.name })),
              ]}
              error={fieldError(errors, assignmentId(draft.key, 'assignee'))}
            />
            <Textfield
              id={assignmentId(draft.key, 'due')}
              type="date"
              label={t('web.matters.due_on')}
              value={draft.dueOn}
              onChange={(event) => change(draft.key, { dueOn: event.target.value })}
              error={fieldError(errors, assignmentId(draft.key, 'due'))}
            />
            <Checkbox
              id={assignmentId(draft.key, 'report')}
              label={t('web.matters.decision.report_back')}
              checked={draft.reportBack}
              onChange={(event) => change(draft.key, { reportBack: event.target.checked })}
            />
            <div className="button-row">
              <Button
                variant="tertiary"
                data-color="danger"
                data-size="sm"
                onClick={() => {
                  setDrafts((current) => current.filter((d) => d.key !== draft.key));
                  document.getElementById('decision-add-assignment')?.focus();
                }}
              >
                {t('web.matters.decision.remove_assignment', { n: index + 1 })}
              </Button>
            </div>
          </Fieldset>
        ))}
        <div className="button-row">
          <Button
            id="decision-add-assignment"
            variant="secondary"
            onClick={() => {
              const key = nextKey;
              setNextKey(key + 1);
              setDrafts((current) => [
                ...current,
                {
                  key,
                  title: '',
                  description: '',
                  commissionedBy: 'body',
                  assignee: '',
                  dueOn: '',
                  reportBack: true,
                },
              ]);
              setTimeout(() => document.getElementById(assignmentId(key, 'title'))?.focus());
            }}
          >
            {t('web.matters.decision.add_assignment')}
          </Button>
        </div>
        <div className="button-row">
          <Button type="submit" loading={record.isPending}>
            {t('web.matters.decision.submit')}
          </Button>
        </div>
      </form>
    </Page>
  );
}

/** The secretary records a body's decision on the matter, with the assignments it gives. */
export function DecisionPage() {
  const { slug = '', matterId = '' } = useParams();
  return (
    <RoleGate slug={slug} action="decide">
      <DecisionForm slug={slug} matterId={matterId} />
    </RoleGate>
  );
}
