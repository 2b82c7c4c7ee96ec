import {
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
} from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, fieldError, type FieldError } from '../../../../components/form-error-summary.tsx';
import { useNotify } from '../../../../components/notifications.tsx';
import { QueryError } from '../../../../components/query-error.tsx';
import { useT } from '../../../../lib/i18n.ts';
import { positionsQuery, useConcludeItem, useDecideItem } from '../api/live.queries.ts';
import type { AgendaItem } from '../api/live.types.ts';
import { ActionError } from './action-error.tsx';
import { SelectField } from '../../../../components/fields.tsx';
import { today } from '../../../../lib/dates.ts';
import { itemRef, proposalName, standing } from './labels.ts';
import { useLive } from './live-context.tsx';

type Draft = { key: number; title: string; assignee: string; dueOn: string };

/** Officials holding a position today, once each: those an assignment can go to. */
function useOfficials() {
  const positions = useQuery(positionsQuery(useLive().slug));
  const day = today();
  const people = new Map<string, string>();
  for (const p of positions.data ?? []) {
    if (p.startsOn > day || (p.endsOn !== null && p.endsOn < day)) continue;
    people.set(
      p.personId,
      people.has(p.personId) ? (people.get(p.personId) ?? '') : `${p.personName} (${p.title})`,
    );
  }
  const options = [...people.entries()]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return { options, error: positions.error };
}

/**
 * The chair decides the item: by acclamation, adopting one standing proposal, or after the votes,
 * adopting the proposal left standing; with the decision's own wording if it differs, and the
 * assignments the decision gives (commissioned by the body).
 */
export function DecideForm({ item }: { item: AgendaItem }) {
  const t = useT();
  const notify = useNotify();
  const { slug, meetingId, jurisdiction, reload } = useLive();
  const decide = useDecideItem(slug, meetingId);
  const officials = useOfficials();
  const candidates = standing(item);
  const voted = item.votings.some((v) => v.result !== null);
  const voteOpen = item.votings.some((v) => v.open);
  // The form is there from the item's start: until the chair picks, it follows the votes once counted.
  const [pickedMethod, setMethod] = useState<'acclamation' | 'vote' | null>(null);
  const method = pickedMethod ?? (voted && candidates.length === 1 ? 'vote' : 'acclamation');
  const [proposalId, setProposalId] = useState(
    (candidates.find((p) => p.kind === 'main') ?? candidates[0])?.id ?? '',
  );
  const [text, setText] = useState('');
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [nextKey, setNextKey] = useState(1);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const id = (field: string) => `live-decide-${item.id}-${field}`;
  const draftId = (key: number, field: string) => id(`a${key}-${field}`);
  const chosen = candidates.some((p) => p.id === proposalId) ? proposalId : (candidates[0]?.id ?? '');
  // The approval of earlier minutes has its decision's wording of itself: that they are approved.
  const approvesMinutes = item.kind === 'minutes_approval';
  // The body may refuse the minutes as they stand: they go back to the secretary to correct.
  const [notApproved, setNotApproved] = useState(false);

  if (voteOpen) return <Paragraph className="muted">{t('web.meeting_live.decide_after_round')}</Paragraph>;

  const change = (key: number, patch: Partial<Draft>) =>
    setDrafts((list) => list.map((d) => (d.key === key ? { ...d, ...patch } : d)));

  const validate = (): FieldError[] => {
    const found: FieldError[] = [];
    if (candidates.length === 0 && !approvesMinutes && !text.trim())
      found.push({ fieldId: id('text'), message: t('web.meeting_live.decision_text_missing') });
    drafts.forEach((d, index) => {
      const n = index + 1;
      if (!d.title.trim())
        found.push({
          fieldId: draftId(d.key, 'title'),
          message: t('web.meeting_live.assignment_title_missing', { n }),
        });
      if (!d.assignee)
        found.push({
          fieldId: draftId(d.key, 'assignee'),
          message: t('web.meeting_live.assignee_missing', { n }),
        });
      if (!d.dueOn)
        found.push({
          fieldId: draftId(d.key, 'due'),
          message: t('web.meeting_live.assignment_due_missing', { n }),
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
    decide.mutate(
      {
        itemId: item.id,
        method,
        proposalId: method === 'acclamation' && chosen ? chosen : undefined,
        text: text.trim() || undefined,
        ...(approvesMinutes ? { minutesApproved: !notApproved } : {}),
        assignments: drafts.map((d) => ({
          title: d.title.trim(),
          commissionedBy: 'body',
          assigneePersonId: d.assignee,
          dueOn: d.dueOn,
          reportBackRequired: true,
        })),
        version: item.version,
      },
      {
        onSuccess: () => {
          notify.success(t('web.meeting_live.decided', { item: itemRef(t, item, jurisdiction) }));
          // The item under discussion goes, and this form with it: on to the agenda and the next item.
          document.getElementById('live-agenda')?.focus();
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={onSubmit} className="form narrow" aria-labelledby={id('heading')}>
      <Heading level={4} data-size="2xs" id={id('heading')}>
        {t('web.meeting_live.decide_heading')}
      </Heading>
      <FormErrorSummary key={attempt} errors={errors} />
      {voted && (
        <Fieldset>
          <Fieldset.Legend>{t('web.meeting_live.decide_method')}</Fieldset.Legend>
          <Radio
            id={id('acclamation')}
            name={id('method')}
            value="acclamation"
            label={t('web.meeting_live.decide_acclamation')}
            checked={method === 'acclamation'}
            onChange={() => setMethod('acclamation')}
          />
          <Radio
            id={id('vote')}
            name={id('method')}
            value="vote"
            label={t('web.meeting_live.decide_vote')}
            checked={method === 'vote'}
            onChange={() => setMethod('vote')}
          />
        </Fieldset>
      )}
      {method === 'acclamation' && candidates.length > 0 && (
        <Fieldset>
          <Fieldset.Legend>{t('web.meeting_live.decide_proposal')}</Fieldset.Legend>
          {candidates.map((p) => (
            <Radio
              key={p.id}
              id={id(`proposal-${p.id}`)}
              name={id('proposal')}
              value={p.id}
              label={proposalName(t, item, p, jurisdiction)}
              description={p.text}
              checked={chosen === p.id}
              onChange={() => setProposalId(p.id)}
            />
          ))}
        </Fieldset>
      )}
      <Textfield
        id={id('text')}
        multiline
        rows={4}
        label={t('web.meeting_live.decision_text')}
        description={
          candidates.length > 0
            ? t('web.meeting_live.decision_text_description')
            : approvesMinutes
              ? t('web.meeting_live.decision_text_minutes_approval')
              : undefined
        }
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={fieldError(errors, id('text'))}
      />
      {approvesMinutes && (
        <Checkbox
          id={id('not-approved')}
          label={t('web.meeting_live.minutes_not_approved')}
          description={t('web.meeting_live.minutes_not_approved_description')}
          checked={notApproved}
          onChange={(event) => setNotApproved(event.target.checked)}
        />
      )}
      <Heading level={5} data-size="2xs" id={id('assignments')}>
        {t('web.meeting_live.assignments_heading')}
      </Heading>
      {officials.error && <QueryError error={officials.error} />}
      {drafts.map((d, index) => (
        <Fieldset key={d.key}>
          <Fieldset.Legend>{t('web.meeting_live.assignment_n', { n: index + 1 })}</Fieldset.Legend>
          <Textfield
            id={draftId(d.key, 'title')}
            label={t('web.meeting_live.assignment_title')}
            autoComplete="off"
            value={d.title}
            onChange={(event) => change(d.key, { title: event.target.value })}
            error={fieldError(errors, draftId(d.key, 'title'))}
          />
          <SelectField
            id={draftId(d.key, 'assignee')}
            label={t('web.meeting_live.assignee')}
            value={d.assignee}
            onChange={(value) => change(d.key, { assignee: value })}
            empty={t('web.meeting_live.choose')}
            options={officials.options}
            error={fieldError(errors, draftId(d.key, 'assignee'))}
          />
          <Textfield
            id={draftId(d.key, 'due')}
            type="date"
            label={t('web.meeting_live.assignment_due')}
            value={d.dueOn}
            min={today()}
            onChange={(event) => change(d.key, { dueOn: event.target.value })}
            error={fieldError(errors, draftId(d.key, 'due'))}
          />
          <div className="button-row">
            <Button
              variant="tertiary"
              data-color="danger"
              data-size="sm"
              onClick={() => {
                setDrafts((list) => list.filter((x) => x.key !== d.key));
                document.getElementById(id('add-assignment'))?.focus();
              }}
            >
              {t('web.meeting_live.assignment_remove', { n: index + 1 })}
            </Button>
          </div>
        </Fieldset>
      ))}
      <div className="button-row">
        <Button
          id={id('add-assignment')}
          variant="secondary"
          data-size="sm"
          onClick={() => {
            const key = nextKey;
            setNextKey(key + 1);
            setDrafts((list) => [...list, { key, title: '', assignee: '', dueOn: '' }]);
            setTimeout(() => document.getElementById(draftId(key, 'title'))?.focus());
          }}
        >
          {t('web.meeting_live.assignment_add')}
        </Button>
      </div>
      <ActionError error={decide.error} onReload={reload} />
      <div className="button-row">
        <Button type="submit" loading={decide.isPending}>
          {t('web.meeting_live.decide_submit')}
        </Button>
      </div>
    </form>
  );
}

type Outcome = 'noted' | 'postponed' | 'referred_back';

/**
 * Ends an item without a decision: noted (not a matter), postponed (bordläggning / utsettelse) or
 * referred back for more preparation; the last two need a reason.
 */
export function ConcludeForm({ item }: { item: AgendaItem }) {
  const t = useT();
  const notify = useNotify();
  const { slug, meetingId, jurisdiction, reload } = useLive();
  const conclude = useConcludeItem(slug, meetingId);
  const outcomes: Outcome[] = [
    ...(item.state === 'in_progress' && !item.matter ? (['noted'] as const) : []),
    'postponed',
    'referred_back',
  ];
  const [outcome, setOutcome] = useState<Outcome>(outcomes[0] ?? 'postponed');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const id = (field: string) => `live-conclude-${item.id}-${field}`;
  const chosen = outcomes.includes(outcome) ? outcome : 'postponed';
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const needs = chosen !== 'noted' && !reason.trim();
    setMissing(needs);
    if (needs) {
      document.getElementById(id('reason'))?.focus();
      return;
    }
    conclude.mutate(
      { itemId: item.id, outcome: chosen, reason: reason.trim() || null, version: item.version },
      {
        onSuccess: () =>
          notify.success(
            t('web.meeting_live.concluded', {
              item: itemRef(t, item, jurisdiction),
              state: t(`meeting.item_state.${chosen}`),
            }),
          ),
      },
    );
  };
  return (
    <form noValidate onSubmit={onSubmit} className="form narrow" aria-labelledby={id('heading')}>
      <Heading level={4} data-size="2xs" id={id('heading')}>
        {item.state === 'pending'
          ? t('web.meeting_live.conclude_pending_heading')
          : t('web.meeting_live.conclude_heading')}
      </Heading>
      <Fieldset>
        <Fieldset.Legend>{t('web.meeting_live.conclude_outcome')}</Fieldset.Legend>
        {outcomes.map((o) => (
          <Radio
            key={o}
            id={id(o)}
            name={id('outcome')}
            value={o}
            label={t(`web.meeting_live.outcome.${o}`, { jurisdiction })}
            checked={chosen === o}
            onChange={() => setOutcome(o)}
          />
        ))}
      </Fieldset>
      <Textfield
        id={id('reason')}
        multiline
        rows={3}
        label={t('web.meeting_live.conclude_reason')}
        description={chosen === 'noted' ? t('web.meeting_live.optional') : undefined}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={missing ? t('web.meeting_live.reason_missing') : undefined}
      />
      <ActionError error={conclude.error} onReload={reload} />
      <div className="button-row">
        <Button type="submit" variant="secondary" loading={conclude.isPending}>
          {t('web.meeting_live.conclude_submit')}
        </Button>
      </div>
    </form>
  );
}
