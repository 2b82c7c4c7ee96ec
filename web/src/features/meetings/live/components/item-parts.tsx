import {
  Button,
  Details,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { ConflictStatus, StatementKind } from '../../../../../../common/meetings.ts';
import { useNotify } from '../../../../components/notifications.tsx';
import { useT } from '../../../../lib/i18n.ts';
import {
  useAddProposal,
  useAddStatement,
  useDeclareConflict,
  useMoveSpeaker,
  useRequestFloor,
  useRuleOnConflict,
  useUpdateStatement,
  useWithdrawProposal,
  type SpeakerAction,
} from '../api/live.queries.ts';
import type { AgendaItem, Statement } from '../api/live.types.ts';
import { ActionError } from './action-error.tsx';
import { SelectField } from '../../../../components/fields.tsx';
import { attending, byName, isRunner, proposalName } from './labels.ts';
import { useLive } from './live-context.tsx';

const conflictColor: Record<ConflictStatus, 'info' | 'warning' | 'danger' | 'success'> = {
  declared: 'info',
  questioned: 'warning',
  upheld: 'danger',
  rejected: 'success',
};

/** People the chair or secretary may act for: everyone called to the meeting and not absent. */
function usePeopleOptions() {
  const { meeting } = useLive();
  return attending(meeting)
    .sort(byName)
    .map((p) => ({ value: p.person.id, label: p.person.name }));
}

// Speakers --------------------------------------------------------------------------------------

/**
 * The speakers' list: who speaks now, who waits, who has spoken. A member asks for the floor or
 * withdraws the request; the chair gives the floor, ends a speech, or takes someone off the list.
 */
export function SpeakersPart({ item }: { item: AgendaItem }) {
  const t = useT();
  const { slug, meetingId, meeting, reload } = useLive();
  const runner = isRunner(meeting);
  const request = useRequestFloor(slug, meetingId);
  const move = useMoveSpeaker(slug, meetingId);
  const people = usePeopleOptions();
  const [add, setAdd] = useState('');
  const headingId = `live-speakers-${item.id}`;
  const waiting = item.speakers.filter((s) => !s.endedAt);
  const speaking = waiting.find((s) => s.startedAt);
  const queue = waiting.filter((s) => !s.startedAt);
  const spoken = item.speakers.filter((s) => s.endedAt);
  const me = meeting.you.personId;
  const mine = queue.find((s) => s.person.id === me);
  const canAsk = meeting.you.participant && !waiting.some((s) => s.person.id === me);
  const act = (speakerId: string, action: SpeakerAction) =>
    move.mutate({ itemId: item.id, speakerId, action });
  return (
    <section className="subsection" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('web.meeting_live.speakers_heading')}
      </Heading>
      <Paragraph>
        {speaking
          ? t('web.meeting_live.speaking_now', { name: speaking.person.name })
          : t('web.meeting_live.speaking_nobody')}
      </Paragraph>
      {speaking && runner && (
        <div className="button-row">
          <Button
            variant="secondary"
            data-size="sm"
            aria-label={t('web.meeting_live.speaker_end_name', { name: speaking.person.name })}
            onClick={() => act(speaking.id, 'end')}
          >
            {t('web.meeting_live.speaker_end')}
          </Button>
        </div>
      )}
      {queue.length === 0 ? (
        <Paragraph className="muted">{t('web.meeting_live.queue_empty')}</Paragraph>
      ) : (
        <ol className="live-list">
          {queue.map((s) => (
            <li key={s.id}>
              <span>{s.person.name}</span>
              {runner && (
                <span className="button-row">
                  <Button
                    data-size="sm"
                    variant="secondary"
                    aria-label={t('web.meeting_live.speaker_start_name', { name: s.person.name })}
                    onClick={() => act(s.id, 'start')}
                  >
                    {t('web.meeting_live.speaker_start')}
                  </Button>
                  <Button
                    data-size="sm"
                    variant="tertiary"
                    aria-label={t('web.meeting_live.speaker_remove_name', { name: s.person.name })}
                    onClick={() => act(s.id, 'remove')}
                  >
                    {t('web.meeting_live.speaker_remove')}
                  </Button>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {spoken.length > 0 && (
        <Paragraph className="muted">
          {t('web.meeting_live.spoken', { names: spoken.map((s) => s.person.name).join(', ') })}
        </Paragraph>
      )}
      <div className="button-row">
        {canAsk && (
          <Button
            variant="secondary"
            loading={request.isPending}
            onClick={() => request.mutate({ itemId: item.id })}
          >
            {t('web.meeting_live.ask_floor')}
          </Button>
        )}
        {mine && !runner && (
          <Button variant="tertiary" onClick={() => act(mine.id, 'remove')}>
            {t('web.meeting_live.withdraw_request')}
          </Button>
        )}
      </div>
      {runner && (
        <form
          noValidate
          className="live-inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (add) request.mutate({ itemId: item.id, personId: add }, { onSuccess: () => setAdd('') });
            else document.getElementById(`live-speaker-add-${item.id}`)?.focus();
          }}
        >
          <SelectField
            id={`live-speaker-add-${item.id}`}
            label={t('web.meeting_live.speaker_add_label')}
            value={add}
            onChange={setAdd}
            empty={t('web.meeting_live.choose')}
            options={people}
          />
          <Button type="submit" variant="secondary" data-size="sm">
            {t('web.meeting_live.speaker_add')}
          </Button>
        </form>
      )}
      <ActionError error={request.error ?? move.error} onReload={reload} />
    </section>
  );
}

// Proposals -------------------------------------------------------------------------------------

/** The proposals: the recommendation as the main one, counter-proposals and amendments, who put them. */
export function ProposalsPart({ item, editable }: { item: AgendaItem; editable: boolean }) {
  const t = useT();
  const notify = useNotify();
  const { slug, meetingId, meeting, jurisdiction, reload } = useLive();
  const runner = isRunner(meeting);
  const add = useAddProposal(slug, meetingId);
  const withdraw = useWithdrawProposal(slug, meetingId);
  const people = usePeopleOptions();
  const [kind, setKind] = useState<'counter' | 'amendment'>('counter');
  const [text, setText] = useState('');
  const [by, setBy] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const headingId = `live-proposals-${item.id}`;
  const ids = { text: `live-proposal-text-${item.id}`, by: `live-proposal-by-${item.id}` };
  const inVote = new Set(item.votings.filter((v) => v.open).flatMap((v) => v.optionIds));
  const me = meeting.you.personId;
  const mayPropose = editable && (meeting.you.participant || runner);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = [...(!text.trim() ? [ids.text] : []), ...(!meeting.you.participant && !by ? [ids.by] : [])];
    setMissing(found);
    if (found[0]) {
      document.getElementById(found[0])?.focus();
      return;
    }
    add.mutate(
      { itemId: item.id, kind, text: text.trim(), personId: by || undefined },
      {
        onSuccess: () => {
          setText('');
          setBy('');
          notify.success(t('web.meeting_live.proposal_added'));
        },
      },
    );
  };
  return (
    <section className="subsection" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('web.meeting_live.proposals_heading')}
      </Heading>
      {item.proposals.length === 0 ? (
        <Paragraph className="muted">{t('web.meeting_live.proposals_none')}</Paragraph>
      ) : (
        <ol className="live-cards">
          {item.proposals.map((p) => (
            <li key={p.id}>
              <Paragraph>
                <strong>{proposalName(t, item, p, jurisdiction)}</strong>{' '}
                {p.withdrawn ? (
                  <Tag data-size="sm" data-color="neutral">
                    {t('web.meeting_live.proposal_withdrawn')}
                  </Tag>
                ) : p.eliminated ? (
                  <Tag data-size="sm" data-color="neutral">
                    {t('web.meeting_live.proposal_eliminated')}
                  </Tag>
                ) : (
                  <Tag data-size="sm" data-color="info">
                    {t('web.meeting_live.proposal_standing')}
                  </Tag>
                )}
              </Paragraph>
              <Paragraph className="pre-line">{p.text}</Paragraph>
              {editable &&
                !p.withdrawn &&
                !p.eliminated &&
                !inVote.has(p.id) &&
                p.kind !== 'main' &&
                (runner || p.person?.id === me) && (
                  <div className="button-row">
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-label={t('web.meeting_live.proposal_withdraw_name', {
                        name: proposalName(t, item, p, jurisdiction),
                      })}
                      onClick={() => withdraw.mutate({ itemId: item.id, proposalId: p.id })}
                    >
                      {t('web.meeting_live.proposal_withdraw')}
                    </Button>
                  </div>
                )}
            </li>
          ))}
        </ol>
      )}
      <ActionError error={withdraw.error} onReload={reload} />
      {mayPropose && (
        <Details>
          <Details.Summary>{t('web.meeting_live.propose')}</Details.Summary>
          <Details.Content>
            <form noValidate onSubmit={onSubmit} className="form narrow">
              <Fieldset>
                <Fieldset.Legend>{t('web.meeting_live.proposal_kind_legend')}</Fieldset.Legend>
                {(['counter', 'amendment'] as const).map((k) => (
                  <Radio
                    key={k}
                    id={`live-proposal-kind-${item.id}-${k}`}
                    name={`live-proposal-kind-${item.id}`}
                    value={k}
                    label={t(`web.meeting_live.proposal_kind.${k}`, { jurisdiction })}
                    checked={kind === k}
                    onChange={() => setKind(k)}
                  />
                ))}
              </Fieldset>
              <Textfield
                id={ids.text}
                multiline
                rows={4}
                label={t('web.meeting_live.proposal_text')}
                value={text}
                onChange={(event) => setText(event.target.value)}
                error={missing.includes(ids.text) ? t('web.meeting_live.proposal_text_missing') : undefined}
              />
              {runner && (
                <SelectField
                  id={ids.by}
                  label={t('web.meeting_live.proposed_by')}
                  description={t('web.meeting_live.proposed_by_description')}
                  value={by}
                  onChange={setBy}
                  empty={
                    meeting.you.participant ? t('web.meeting_live.myself') : t('web.meeting_live.choose')
                  }
                  options={people}
                  error={missing.includes(ids.by) ? t('web.meeting_live.person_missing') : undefined}
                />
              )}
              <ActionError error={add.error} onReload={reload} />
              <div className="button-row">
                <Button type="submit" loading={add.isPending}>
                  {t('web.meeting_live.proposal_submit')}
                </Button>
              </div>
            </form>
          </Details.Content>
        </Details>
      )}
    </section>
  );
}

// Conflicts of interest -------------------------------------------------------------------------

/**
 * Conflicts of interest (jäv / inhabilitet) on an item: a member declares their own; the chair or
 * secretary raises the question about a member and records the body's ruling on it.
 */
export function ConflictsPart({ item }: { item: AgendaItem }) {
  const t = useT();
  const notify = useNotify();
  const { slug, meetingId, meeting, jurisdiction, reload } = useLive();
  const runner = isRunner(meeting);
  const declare = useDeclareConflict(slug, meetingId);
  const rule = useRuleOnConflict(slug, meetingId);
  const people = usePeopleOptions();
  const [reason, setReason] = useState('');
  const [person, setPerson] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const headingId = `live-conflicts-${item.id}`;
  const open =
    ['pending', 'in_progress'].includes(item.state) && ['notified', 'in_progress'].includes(meeting.state);
  const me = meeting.you.personId;
  const mineDeclared = item.conflicts.some((c) => c.person.id === me);
  const mayDeclare = open && (meeting.you.participant || runner);
  // The body rules on a question raised about a member; in Norway on a member's own declaration
  // too (kommuneloven § 11-10), never the member concerned.
  const mayRule = (c: AgendaItem['conflicts'][number]) =>
    runner &&
    c.person.id !== me &&
    (c.status === 'questioned' || (jurisdiction === 'no' && c.status === 'declared'));
  const ids = { reason: `live-conflict-reason-${item.id}`, person: `live-conflict-person-${item.id}` };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = [
      ...(!reason.trim() ? [ids.reason] : []),
      ...(!meeting.you.participant && !person ? [ids.person] : []),
    ];
    setMissing(found);
    if (found[0]) {
      document.getElementById(found[0])?.focus();
      return;
    }
    declare.mutate(
      { itemId: item.id, reason: reason.trim(), personId: person || undefined },
      {
        onSuccess: () => {
          setReason('');
          setPerson('');
          notify.success(t('web.meeting_live.conflict_recorded', { jurisdiction }));
        },
      },
    );
  };
  return (
    <section className="subsection" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('web.meeting_live.conflicts_heading', { jurisdiction })}
      </Heading>
      {item.conflicts.length === 0 ? (
        <Paragraph className="muted">{t('web.meeting_live.conflicts_none', { jurisdiction })}</Paragraph>
      ) : (
        <ul className="live-cards">
          {item.conflicts.map((c) => (
            <li key={c.id}>
              <Paragraph>
                <strong>{c.person.name}</strong>{' '}
                <Tag data-size="sm" data-color={conflictColor[c.status]}>
                  {t(`web.meeting_live.conflict_status.${c.status}`, { jurisdiction })}
                </Tag>
              </Paragraph>
              {c.reason && <Paragraph className="pre-line">{c.reason}</Paragraph>}
              {mayRule(c) && (
                <div className="button-row">
                  <Button
                    variant="secondary"
                    data-size="sm"
                    aria-label={t('web.meeting_live.rule_upheld_name', { jurisdiction, name: c.person.name })}
                    onClick={() => rule.mutate({ conflictId: c.id, upheld: true })}
                  >
                    {t('web.meeting_live.rule_upheld', { jurisdiction })}
                  </Button>
                  <Button
                    variant="secondary"
                    data-size="sm"
                    aria-label={t('web.meeting_live.rule_rejected_name', {
                      jurisdiction,
                      name: c.person.name,
                    })}
                    onClick={() => rule.mutate({ conflictId: c.id, upheld: false })}
                  >
                    {t('web.meeting_live.rule_rejected', { jurisdiction })}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {item.standIns.length > 0 && (
        <ul className="plain-list">
          {item.standIns.map((s) => (
            <li key={s.person.id}>
              {t('web.meeting_live.stand_in', {
                jurisdiction,
                name: s.person.name,
                replaces: s.replaces.name,
              })}
            </li>
          ))}
        </ul>
      )}
      <ActionError error={rule.error} onReload={reload} />
      {mayDeclare && (runner || !mineDeclared) && (
        <Details>
          <Details.Summary>
            {runner
              ? t('web.meeting_live.conflict_raise', { jurisdiction })
              : t('web.meeting_live.conflict_declare', { jurisdiction })}
          </Details.Summary>
          <Details.Content>
            <form noValidate onSubmit={onSubmit} className="form narrow">
              {runner && (
                <SelectField
                  id={ids.person}
                  label={t('web.meeting_live.conflict_person')}
                  description={t('web.meeting_live.conflict_person_description', { jurisdiction })}
                  value={person}
                  onChange={setPerson}
                  empty={
                    meeting.you.participant ? t('web.meeting_live.myself') : t('web.meeting_live.choose')
                  }
                  options={people.filter((p) => p.value !== me)}
                  error={missing.includes(ids.person) ? t('web.meeting_live.person_missing') : undefined}
                />
              )}
              <Textfield
                id={ids.reason}
                multiline
                rows={3}
                label={t('web.meeting_live.conflict_reason')}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                error={missing.includes(ids.reason) ? t('web.meeting_live.reason_missing') : undefined}
              />
              <ActionError error={declare.error} onReload={reload} />
              <div className="button-row">
                <Button type="submit" loading={declare.isPending}>
                  {t('web.meeting_live.conflict_submit')}
                </Button>
              </div>
            </form>
          </Details.Content>
        </Details>
      )}
    </section>
  );
}

// Reservations and notes ------------------------------------------------------------------------

function StatementEditor({ statement }: { statement: Statement }) {
  const t = useT();
  const notify = useNotify();
  const { slug, meetingId, reload } = useLive();
  const update = useUpdateStatement(slug, meetingId);
  const [text, setText] = useState(statement.text);
  const id = `live-statement-edit-${statement.id}`;
  return (
    <form
      noValidate
      className="form narrow"
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(
          { statementId: statement.id, text: text.trim(), version: statement.version },
          { onSuccess: () => notify.success(t('web.meeting_live.statement_saved')) },
        );
      }}
    >
      <Textfield
        id={id}
        multiline
        rows={3}
        label={t('web.meeting_live.statement_text')}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <ActionError error={update.error} onReload={reload} />
      <div className="button-row">
        <Button type="submit" variant="secondary" data-size="sm" loading={update.isPending}>
          {t('web.meeting_live.statement_save')}
        </Button>
      </div>
    </form>
  );
}

/**
 * Reservations (Sweden, against a decision, announced before the meeting closes) and notes for the
 * minutes (protokollsanteckning / protokolltilførsel). Their text may follow until the minutes are
 * sent for signing.
 */
export function StatementsPart({ item }: { item: AgendaItem }) {
  const t = useT();
  const notify = useNotify();
  const { slug, meetingId, meeting, jurisdiction, reload } = useLive();
  const runner = isRunner(meeting);
  const add = useAddStatement(slug, meetingId);
  const people = usePeopleOptions();
  const kinds: StatementKind[] =
    jurisdiction === 'se' && item.state === 'decided' ? ['reservation', 'protocol_note'] : ['protocol_note'];
  const [kind, setKind] = useState<StatementKind>(kinds[0] ?? 'protocol_note');
  const [text, setText] = useState('');
  const [by, setBy] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const headingId = `live-statements-${item.id}`;
  const ids = { text: `live-statement-text-${item.id}`, by: `live-statement-by-${item.id}` };
  const me = meeting.you.personId;
  const mayAdd =
    meeting.state === 'in_progress' && item.state !== 'pending' && (meeting.you.participant || runner);
  // Written reasons may come until the minutes (or the item, signed at once) are signed.
  const editable = meeting.minutesState !== 'signed' && item.signedAt === null;
  const chosen = kinds.includes(kind) ? kind : 'protocol_note';
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = [
      ...(chosen === 'protocol_note' && !text.trim() ? [ids.text] : []),
      ...(!meeting.you.participant && !by ? [ids.by] : []),
    ];
    setMissing(found);
    if (found[0]) {
      document.getElementById(found[0])?.focus();
      return;
    }
    add.mutate(
      { itemId: item.id, kind: chosen, text: text.trim() || undefined, personId: by || undefined },
      {
        onSuccess: () => {
          setText('');
          setBy('');
          notify.success(t(`web.meeting_live.statement_added.${chosen}`, { jurisdiction }));
        },
      },
    );
  };
  if (item.statements.length === 0 && !mayAdd) return null;
  return (
    <section className="subsection" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('web.meeting_live.statements_heading', { jurisdiction })}
      </Heading>
      {item.statements.length > 0 && (
        <ul className="live-cards">
          {item.statements.map((s) => (
            <li key={s.id}>
              <Paragraph>
                <strong>{t(`web.meeting_live.statement_kind.${s.kind}`, { jurisdiction })}</strong>
                {': '}
                {s.person.name}
              </Paragraph>
              {s.text ? (
                <Paragraph className="pre-line">{s.text}</Paragraph>
              ) : (
                <Paragraph className="muted">{t('web.meeting_live.statement_text_later')}</Paragraph>
              )}
              {editable && (s.person.id === me || meeting.you.manage) && (
                <Details>
                  <Details.Summary>
                    {t('web.meeting_live.statement_edit', { name: s.person.name })}
                  </Details.Summary>
                  <Details.Content>
                    <StatementEditor statement={s} />
                  </Details.Content>
                </Details>
              )}
            </li>
          ))}
        </ul>
      )}
      {mayAdd && (
        <Details>
          <Details.Summary>
            {kinds.includes('reservation')
              ? t('web.meeting_live.statement_add')
              : t('web.meeting_live.note_add')}
          </Details.Summary>
          <Details.Content>
            <form noValidate onSubmit={onSubmit} className="form narrow">
              {kinds.length > 1 && (
                <Fieldset>
                  <Fieldset.Legend>{t('web.meeting_live.statement_kind_legend')}</Fieldset.Legend>
                  {kinds.map((k) => (
                    <Radio
                      key={k}
                      id={`live-statement-kind-${item.id}-${k}`}
                      name={`live-statement-kind-${item.id}`}
                      value={k}
                      label={t(`web.meeting_live.statement_kind.${k}`, { jurisdiction })}
                      checked={chosen === k}
                      onChange={() => setKind(k)}
                    />
                  ))}
                </Fieldset>
              )}
              <Textfield
                id={ids.text}
                multiline
                rows={3}
                label={t('web.meeting_live.statement_text')}
                description={
                  chosen === 'reservation' ? t('web.meeting_live.reservation_text_later') : undefined
                }
                value={text}
                onChange={(event) => setText(event.target.value)}
                error={missing.includes(ids.text) ? t('web.meeting_live.statement_text_missing') : undefined}
              />
              {runner && (
                <SelectField
                  id={ids.by}
                  label={t('web.meeting_live.statement_by')}
                  value={by}
                  onChange={setBy}
                  empty={
                    meeting.you.participant ? t('web.meeting_live.myself') : t('web.meeting_live.choose')
                  }
                  options={people}
                  error={missing.includes(ids.by) ? t('web.meeting_live.person_missing') : undefined}
                />
              )}
              <ActionError error={add.error} onReload={reload} />
              <div className="button-row">
                <Button type="submit" loading={add.isPending}>
                  {t(`web.meeting_live.statement_submit.${chosen}`, { jurisdiction })}
                </Button>
              </div>
            </form>
          </Details.Content>
        </Details>
      )}
    </section>
  );
}
