import {
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Table,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ABSTAIN } from '../../../../../../common/meetings.ts';
import { TableScroll } from '../../../../components/table-scroll.tsx';
import { useNotify } from '../../../../components/notifications.tsx';
import { useFocusLater } from '../../../../components/use-focus-later.ts';
import { isApiError } from '../../../../lib/api.ts';
import { useT } from '../../../../lib/i18n.ts';
import { useCastVote, useCloseVoting, useOpenVoting } from '../api/live.queries.ts';
import type { AgendaItem, Voting } from '../api/live.types.ts';
import { ActionError } from './action-error.tsx';
import { SelectField } from '../../../../components/fields.tsx';
import { choiceName, isRunner, itemRef, proposalName, standing } from './labels.ts';
import { useLive } from './live-context.tsx';

/** The tied proposals a 422 names when the chair's casting vote is needed (details.leaders). */
function tiedLeaders(error: unknown): string[] {
  if (!isApiError(error, 422)) return [];
  const details = error.details;
  if (typeof details !== 'object' || details === null || !('leaders' in details)) return [];
  return Array.isArray(details.leaders)
    ? details.leaders.filter((x): x is string => typeof x === 'string')
    : [];
}

/** The proposals a round puts against each other, in the round's order. */
function roundOptions(item: AgendaItem, voting: Voting) {
  return voting.optionIds.flatMap((id) => {
    const proposal = item.proposals.find((p) => p.id === id);
    return proposal ? [proposal] : [];
  });
}

/**
 * A round's choices as radios: its proposals, and abstaining (a blank vote in an election) where
 * the law allows it. Ids are `${prefix}-${choice}`, so a form can focus the first when none is chosen.
 */
function ChoiceRadios({
  item,
  voting,
  prefix,
  choice,
  onChoose,
  onKeyDown,
}: {
  item: AgendaItem;
  voting: Voting;
  prefix: string;
  choice: string;
  onChoose: (choice: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}) {
  const t = useT();
  const { jurisdiction } = useLive();
  return (
    <>
      {roundOptions(item, voting).map((p) => (
        <Radio
          key={p.id}
          id={`${prefix}-${p.id}`}
          name={prefix}
          value={p.id}
          label={proposalName(t, item, p, jurisdiction)}
          description={p.text}
          checked={choice === p.id}
          onChange={() => onChoose(p.id)}
          onKeyDown={onKeyDown}
        />
      ))}
      {voting.abstainAllowed && (
        <Radio
          id={`${prefix}-${ABSTAIN}`}
          name={prefix}
          value={ABSTAIN}
          label={item.election ? t('web.meeting_live.blank') : t('web.meeting_live.abstain')}
          checked={choice === ABSTAIN}
          onChange={() => onChoose(ABSTAIN)}
          onKeyDown={onKeyDown}
        />
      )}
    </>
  );
}

// The member's ballot ---------------------------------------------------------------------------

/**
 * The ballot: a radio group of the round's proposals (and abstaining where the law allows it) and a
 * submit button. By keyboard: Tab into the group, arrows to choose, Enter (or Tab to the button and
 * Space) to vote. After voting, focus moves to the confirmation, so nothing is lost when the form goes.
 */
export function Ballot({ item, voting }: { item: AgendaItem; voting: Voting }) {
  const t = useT();
  const { slug, meetingId, jurisdiction } = useLive();
  const cast = useCastVote(slug, meetingId);
  const [choice, setChoice] = useState('');
  const [missing, setMissing] = useState(false);
  const [justVoted, setJustVoted] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const headingId = `live-ballot-${voting.id}`;
  const errorId = `live-ballot-error-${voting.id}`;
  const voted = voting.myVote !== null;
  useEffect(() => {
    if (voted && justVoted) doneRef.current?.focus();
  }, [voted, justVoted]);

  const options = roundOptions(item, voting);

  if (voted) {
    return (
      <section className="subsection live-ballot" aria-labelledby={headingId}>
        <Heading level={3} data-size="xs" id={headingId}>
          {t('web.meeting_live.ballot_heading', {
            round: voting.round,
            item: itemRef(t, item, jurisdiction),
          })}
        </Heading>
        <ActionError error={cast.error} />
        <Paragraph ref={doneRef} tabIndex={-1} role="status">
          <strong>{t('web.meeting_live.you_voted')}</strong>{' '}
          {voting.myVote === 'cast'
            ? t('web.meeting_live.you_voted_secret')
            : t('web.meeting_live.you_voted_for', { choice: choiceName(t, item, voting.myVote) })}
        </Paragraph>
      </section>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMissing(!choice);
    if (!choice) {
      document.getElementById(`live-ballot-${voting.id}-${options[0]?.id ?? ABSTAIN}`)?.focus();
      return;
    }
    cast.mutate({ votingId: voting.id, choice }, { onSuccess: () => setJustVoted(true) });
  };
  // Enter on a radio votes, as it would in a text field.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  };
  return (
    <section className="subsection live-ballot" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('web.meeting_live.ballot_heading', { round: voting.round, item: itemRef(t, item, jurisdiction) })}
      </Heading>
      <form ref={formRef} noValidate onSubmit={onSubmit} className="form narrow">
        <Fieldset aria-describedby={missing ? errorId : undefined}>
          <Fieldset.Legend>
            {voting.method === 'secret'
              ? t('web.meeting_live.ballot_legend_secret')
              : t('web.meeting_live.ballot_legend')}
          </Fieldset.Legend>
          <ChoiceRadios
            item={item}
            voting={voting}
            prefix={`live-ballot-${voting.id}`}
            choice={choice}
            onChoose={setChoice}
            onKeyDown={onKeyDown}
          />
          {missing && (
            <ValidationMessage id={errorId}>{t('web.meeting_live.ballot_choose')}</ValidationMessage>
          )}
        </Fieldset>
        <ActionError error={cast.error} />
        <div className="button-row">
          <Button type="submit" loading={cast.isPending}>
            {t('web.meeting_live.vote_submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

// Rounds: what everyone sees --------------------------------------------------------------------

function RoundResult({ item, voting }: { item: AgendaItem; voting: Voting }) {
  const t = useT();
  const result = voting.result;
  if (!result) return null;
  return (
    <>
      <ul className="plain-list">
        {voting.optionIds.map((id) => (
          <li key={id}>
            {t('web.meeting_live.count_line', {
              choice: choiceName(t, item, id),
              votes: result.counts[id] ?? 0,
            })}
            {id === result.winner && <strong> – {t('web.meeting_live.winner')}</strong>}
          </li>
        ))}
        {(voting.abstainAllowed || result.abstentions > 0) && (
          <li>
            {t('web.meeting_live.count_line', {
              choice: item.election ? t('web.meeting_live.blank') : t('web.meeting_live.abstain_short'),
              votes: result.abstentions,
            })}
          </li>
        )}
      </ul>
      {result.tieBreak === 'chair' && (
        <Paragraph>{t('web.meeting_live.tie_chair', { source: result.tieBreakSource ?? '' })}</Paragraph>
      )}
      {result.tieBreak === 'lot' && result.lot && (
        <Paragraph>
          {t('web.meeting_live.tie_lot', { source: result.tieBreakSource ?? '' })}{' '}
          <span className="break">
            {t('web.meeting_live.lot_seed')} <code>{result.lot.seed}</code>
          </span>
        </Paragraph>
      )}
    </>
  );
}

function RollCallVotes({ item, voting }: { item: AgendaItem; voting: Voting }) {
  const t = useT();
  if (voting.votes.length === 0) return null;
  // A secret ballot shows only who has voted.
  if (voting.method === 'secret') {
    return (
      <Paragraph className="muted">
        {t('web.meeting_live.voted_names', { names: voting.votes.map((v) => v.person.name).join(', ') })}
      </Paragraph>
    );
  }
  const caption = t('web.meeting_live.votes_caption', { round: voting.round });
  return (
    <TableScroll label={caption}>
      <Table data-size="sm">
        <caption className="ds-sr-only">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('web.meeting_live.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('web.meeting_live.list')}</Table.HeaderCell>
            <Table.HeaderCell>{t('web.meeting_live.vote')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {voting.votes.map((v) => (
            <Table.Row key={v.person.id}>
              <Table.HeaderCell scope="row">{v.person.name}</Table.HeaderCell>
              <Table.Cell>{v.listName ?? '–'}</Table.Cell>
              <Table.Cell>{choiceName(t, item, v.choice)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

/**
 * The secretary or the chair records the votes members give aloud, name by name (upprop /
 * navneopprop), for those who do not vote on a device of their own. The member field starts at the
 * first who has not voted and moves on by itself, so the roll goes down the list: arrows to the
 * choice, Enter to record, and on to the next name.
 */
function RecordVotes({ item, voting }: { item: AgendaItem; voting: Voting }) {
  const t = useT();
  const notify = useNotify();
  const { slug, meetingId, reload } = useLive();
  const cast = useCastVote(slug, meetingId);
  const [picked, setPicked] = useState('');
  const [choice, setChoice] = useState('');
  const [missing, setMissing] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const voted = new Set(voting.votes.map((v) => v.person.id));
  const waiting = voting.eligible.filter((p) => !voted.has(p.id));
  if (waiting.length === 0) return null;
  const personId = waiting.some((p) => p.id === picked) ? picked : (waiting[0]?.id ?? '');
  const ids = {
    heading: `live-record-${voting.id}`,
    person: `live-record-person-${voting.id}`,
    error: `live-record-error-${voting.id}`,
    choice: (id: string) => `live-record-${voting.id}-${id}`,
  };
  const options = roundOptions(item, voting);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMissing(!choice);
    if (!choice) {
      document.getElementById(ids.choice(options[0]?.id ?? ABSTAIN))?.focus();
      return;
    }
    const name = waiting.find((p) => p.id === personId)?.name ?? '';
    cast.mutate(
      { votingId: voting.id, choice, personId },
      {
        onSuccess: () => {
          notify.success(t('web.meeting_live.vote_recorded', { name, choice: choiceName(t, item, choice) }));
          setChoice('');
          setPicked('');
          // On to the next name on the roll.
          document.getElementById(ids.person)?.focus();
        },
      },
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  };
  return (
    <section className="subsection" aria-labelledby={ids.heading}>
      <Heading level={5} data-size="2xs" id={ids.heading}>
        {t('web.meeting_live.record_heading')}
      </Heading>
      <form ref={formRef} noValidate onSubmit={onSubmit} className="form narrow">
        <SelectField
          id={ids.person}
          label={t('web.meeting_live.record_person')}
          value={personId}
          onChange={setPicked}
          options={waiting.map((p) => ({ value: p.id, label: p.name }))}
        />
        <Fieldset aria-describedby={missing ? ids.error : undefined}>
          <Fieldset.Legend>{t('web.meeting_live.record_choice')}</Fieldset.Legend>
          <ChoiceRadios
            item={item}
            voting={voting}
            prefix={`live-record-${voting.id}`}
            choice={choice}
            onChoose={setChoice}
            onKeyDown={onKeyDown}
          />
          {missing && (
            <ValidationMessage id={ids.error}>{t('web.meeting_live.ballot_choose')}</ValidationMessage>
          )}
        </Fieldset>
        <ActionError error={cast.error} onReload={reload} />
        <div className="button-row">
          <Button type="submit" variant="secondary" loading={cast.isPending}>
            {t('web.meeting_live.record_submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** The chair closes an open round; a tie outside an election asks for the chair's casting vote. */
function CloseRound({ item, voting, onClosed }: { item: AgendaItem; voting: Voting; onClosed: () => void }) {
  const t = useT();
  const notify = useNotify();
  const { slug, meetingId, jurisdiction, reload } = useLive();
  const close = useCloseVoting(slug, meetingId);
  const leaders = tiedLeaders(close.error);
  const [casting, setCasting] = useState('');
  const castingRef = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (leaders.length > 0) castingRef.current?.querySelector('input')?.focus();
  }, [leaders.length]);
  const done = () => {
    notify.success(t('web.meeting_live.round_closed', { round: voting.round }));
    onClosed();
  };
  return (
    <div className="subsection">
      {leaders.length === 0 ? (
        <>
          <ActionError error={close.error} onReload={reload} />
          <div className="button-row">
            <Button
              loading={close.isPending}
              onClick={() => close.mutate({ votingId: voting.id }, { onSuccess: done })}
            >
              {t('web.meeting_live.round_close', { round: voting.round })}
            </Button>
          </div>
        </>
      ) : (
        <form
          noValidate
          className="form narrow"
          onSubmit={(event) => {
            event.preventDefault();
            if (casting) close.mutate({ votingId: voting.id, chairChoice: casting }, { onSuccess: done });
            else castingRef.current?.querySelector('input')?.focus();
          }}
        >
          <ActionError error={close.error} />
          <Fieldset ref={castingRef}>
            <Fieldset.Legend>{t('web.meeting_live.casting_legend')}</Fieldset.Legend>
            {leaders.map((id) => {
              const proposal = item.proposals.find((p) => p.id === id);
              return (
                <Radio
                  key={id}
                  id={`live-casting-${voting.id}-${id}`}
                  name={`live-casting-${voting.id}`}
                  value={id}
                  label={proposal ? proposalName(t, item, proposal, jurisdiction) : id}
                  checked={casting === id}
                  onChange={() => setCasting(id)}
                />
              );
            })}
          </Fieldset>
          <div className="button-row">
            <Button type="submit" loading={close.isPending}>
              {t('web.meeting_live.casting_submit')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}

/** The chair opens a round between two or more standing proposals, by roll call or secret ballot. */
function OpenRound({ item, onOpened }: { item: AgendaItem; onOpened: () => void }) {
  const t = useT();
  const notify = useNotify();
  const { slug, meetingId, jurisdiction, reload } = useLive();
  const open = useOpenVoting(slug, meetingId);
  const candidates = standing(item);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const options = chosen ?? candidates.map((p) => p.id);
  const [method, setMethod] = useState<'roll_call' | 'secret'>(item.election ? 'secret' : 'roll_call');
  const [tooFew, setTooFew] = useState(false);
  const headingId = `live-open-round-${item.id}`;
  const errorId = `live-open-round-error-${item.id}`;
  if (candidates.length < 2) {
    return <Paragraph className="muted">{t('web.meeting_live.round_needs_two')}</Paragraph>;
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const picked = options.filter((id) => candidates.some((p) => p.id === id));
    setTooFew(picked.length < 2);
    if (picked.length < 2) return;
    open.mutate(
      { itemId: item.id, method, optionIds: picked },
      {
        onSuccess: () => {
          setChosen(null);
          notify.success(t('web.meeting_live.round_opened'));
          onOpened();
        },
      },
    );
  };
  return (
    <form noValidate onSubmit={onSubmit} className="form narrow" aria-labelledby={headingId}>
      <Heading level={4} data-size="2xs" id={headingId}>
        {t('web.meeting_live.round_open_heading')}
      </Heading>
      <Fieldset aria-describedby={tooFew ? errorId : undefined}>
        <Fieldset.Legend>{t('web.meeting_live.round_options')}</Fieldset.Legend>
        {candidates.map((p) => (
          <Checkbox
            key={p.id}
            id={`live-round-option-${item.id}-${p.id}`}
            label={proposalName(t, item, p, jurisdiction)}
            value={p.id}
            checked={options.includes(p.id)}
            onChange={(event) =>
              setChosen(event.target.checked ? [...options, p.id] : options.filter((id) => id !== p.id))
            }
          />
        ))}
        {tooFew && (
          <ValidationMessage id={errorId}>{t('web.meeting_live.round_needs_two')}</ValidationMessage>
        )}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('web.meeting_live.round_method')}</Fieldset.Legend>
        {(['roll_call', 'secret'] as const).map((m) => (
          <Radio
            key={m}
            id={`live-round-method-${item.id}-${m}`}
            name={`live-round-method-${item.id}`}
            value={m}
            label={t(`web.meeting_live.method.${m}`)}
            description={
              m === 'secret' && item.election ? t('web.meeting_live.secret_for_elections') : undefined
            }
            checked={method === m}
            onChange={() => setMethod(m)}
          />
        ))}
      </Fieldset>
      <ActionError error={open.error} onReload={reload} />
      <div className="button-row">
        <Button type="submit" loading={open.isPending}>
          {t('web.meeting_live.round_open')}
        </Button>
      </div>
    </form>
  );
}

/**
 * The item's rounds of voting: the open one with its progress (in a roll call each member's vote as
 * it comes), the closed ones with their counts and how a tie was broken; the chair opens and closes.
 */
export function VotingPart({ item }: { item: AgendaItem }) {
  const t = useT();
  const { meeting } = useLive();
  const runner = isRunner(meeting);
  // Opening or closing a round takes its form or button away: focus goes to this heading, above the rounds.
  const focusLater = useFocusLater();
  const headingId = `live-voting-${item.id}`;
  const openRound = item.votings.find((v) => v.open);
  const live = item.state === 'in_progress' && meeting.state === 'in_progress';
  if (item.votings.length === 0 && !(runner && live)) return null;
  return (
    <section className="subsection" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId} tabIndex={-1}>
        {t('web.meeting_live.voting_heading')}
      </Heading>
      {item.votings.map((v) => (
        <article key={v.id} className="live-card" aria-labelledby={`live-round-${v.id}`}>
          <Heading level={4} data-size="2xs" id={`live-round-${v.id}`}>
            {t('web.meeting_live.round_title', {
              round: v.round,
              method: t(`web.meeting_live.method.${v.method}`),
            })}
          </Heading>
          <Paragraph>
            {v.open
              ? t('web.meeting_live.round_progress', { voted: v.votedCount, eligible: v.eligibleCount })
              : t('web.meeting_live.round_done', { voted: v.votedCount, eligible: v.eligibleCount })}
          </Paragraph>
          <RoundResult item={item} voting={v} />
          <RollCallVotes item={item} voting={v} />
          {v.open && runner && v.method === 'roll_call' && <RecordVotes item={item} voting={v} />}
          {v.open && runner && <CloseRound item={item} voting={v} onClosed={() => focusLater(headingId)} />}
        </article>
      ))}
      {runner && live && !openRound && <OpenRound item={item} onOpened={() => focusLater(headingId)} />}
    </section>
  );
}
