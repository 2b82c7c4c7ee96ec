import { Button, Details, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useFocusLater } from '../../../../components/use-focus-later.ts';
import { useT } from '../../../../lib/i18n.ts';
import { useStartItem } from '../api/live.queries.ts';
import type { AgendaItem } from '../api/live.types.ts';
import { ActionError } from './action-error.tsx';
import { QuorumFacts } from './attendance.tsx';
import { ConcludeForm, DecideForm } from './decide.tsx';
import { ConflictsPart, ProposalsPart, SpeakersPart, StatementsPart } from './item-parts.tsx';
import { currentItem, isRunner, itemName, itemRef, itemStateLabel } from './labels.ts';
import { useLive } from './live-context.tsx';
import { Ballot, VotingPart } from './voting.tsx';

export const CURRENT_ITEM_ID = 'live-current';

function ItemFacts({ item }: { item: AgendaItem }) {
  const t = useT();
  const { jurisdiction } = useLive();
  return (
    <p className="live-tags">
      <Tag data-size="sm" data-color={item.state === 'in_progress' ? 'warning' : 'neutral'}>
        {itemStateLabel(t, item.state)}
      </Tag>
      {!item.public && (
        <Tag data-size="sm" data-color="info">
          {t('web.meeting_live.closed_item')}
        </Tag>
      )}
      {item.election && (
        <Tag data-size="sm" data-color="info">
          {t('web.meeting_live.election')}
        </Tag>
      )}
      {item.matter && (
        <span className="muted">
          {t('web.meeting_live.matter_number', { jurisdiction, number: item.matter.registryNumber })}
        </span>
      )}
    </p>
  );
}

/** What was decided or how the item ended, in the record's words. */
function Outcome({ item }: { item: AgendaItem }) {
  const t = useT();
  const { jurisdiction } = useLive();
  if (item.state === 'decided' && item.decisionText) {
    return (
      <div className="subsection">
        <Paragraph>
          <strong>{t('web.meeting_live.decision')}</strong>
          {item.decidedBy && (
            <span className="muted"> ({t(`web.meeting_live.method.${item.decidedBy}`)})</span>
          )}
        </Paragraph>
        <Paragraph className="pre-line">{item.decisionText}</Paragraph>
        {item.assignments.length > 0 && (
          <ul>
            {item.assignments.map((a, index) => (
              <li key={index}>{t('web.meeting_live.assignment_line', { title: a.title, dueOn: a.dueOn })}</li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  if (item.state === 'postponed' || item.state === 'referred_back' || item.state === 'noted') {
    const outcome = t(`web.meeting_live.outcome.${item.state}`, { jurisdiction });
    return item.decisionText ? (
      <Paragraph>
        <strong>{outcome}:</strong> {item.decisionText}
      </Paragraph>
    ) : (
      <Paragraph>{outcome}.</Paragraph>
    );
  }
  return null;
}

/**
 * The item being handled, with everything that happens on it: the ballot for those who may vote,
 * the proposals, the rounds, the speakers' list, conflicts of interest and notes; the chair ends it.
 */
export function CurrentItemSection({ item }: { item: AgendaItem }) {
  const t = useT();
  const { meeting, jurisdiction } = useLive();
  const runner = isRunner(meeting);
  const open = item.votings.find((v) => v.open);
  return (
    <section className="section live-current" aria-labelledby={CURRENT_ITEM_ID}>
      <Heading level={2} data-size="md" id={CURRENT_ITEM_ID} tabIndex={-1}>
        {t('web.meeting_live.current_heading', { name: itemName(t, item, jurisdiction) })}
      </Heading>
      <ItemFacts item={item} />
      {item.restricted ? (
        <Paragraph>{t('web.meeting_live.restricted')}</Paragraph>
      ) : (
        <>
          {item.quorum && <QuorumFacts quorum={item.quorum} />}
          {open && (open.mayVote || open.myVote !== null) && (
            <Ballot key={open.id} item={item} voting={open} />
          )}
          {open && !open.mayVote && open.myVote === null && meeting.you.votingRight && (
            <Paragraph>{t('web.meeting_live.not_voting')}</Paragraph>
          )}
          <ProposalsPart item={item} editable />
          <VotingPart item={item} />
          <SpeakersPart item={item} />
          <ConflictsPart item={item} />
          <StatementsPart item={item} />
          {runner && (
            <section className="subsection" aria-labelledby={`live-end-${item.id}`}>
              <Heading level={3} data-size="xs" id={`live-end-${item.id}`}>
                {t('web.meeting_live.end_heading')}
              </Heading>
              {meeting.kind === 'decision' && <DecideForm item={item} />}
              <ConcludeForm item={item} />
            </section>
          )}
        </>
      )}
    </section>
  );
}

/** An item not being handled: how it ended, and what may still be done on it. */
function ItemRecord({ item }: { item: AgendaItem }) {
  const t = useT();
  const { meeting } = useLive();
  const runner = isRunner(meeting);
  if (item.restricted) return <Paragraph>{t('web.meeting_live.restricted')}</Paragraph>;
  const pending = item.state === 'pending';
  return (
    <div className="stack">
      <Outcome item={item} />
      {pending && item.quorum && <QuorumFacts quorum={item.quorum} />}
      {item.proposals.length > 0 && <ProposalsPart item={item} editable={false} />}
      <VotingPart item={item} />
      {(item.conflicts.length > 0 || pending) && <ConflictsPart item={item} />}
      {!pending && <StatementsPart item={item} />}
      {pending && runner && meeting.state === 'in_progress' && <ConcludeForm item={item} />}
    </div>
  );
}

/**
 * The agenda: every item with its state, the one being handled marked in words; the chair starts
 * the next item, and each item's record opens in place.
 */
export function AgendaSection() {
  const t = useT();
  const { slug, meetingId, meeting, jurisdiction, reload } = useLive();
  const start = useStartItem(slug, meetingId);
  const focusLater = useFocusLater();
  const runner = isRunner(meeting);
  const current = currentItem(meeting);
  return (
    <section className="section" aria-labelledby="live-agenda">
      <Heading level={2} data-size="md" id="live-agenda" tabIndex={-1}>
        {t('web.meeting_live.agenda_heading')}
      </Heading>
      <ActionError error={start.error} onReload={reload} />
      {meeting.items.length === 0 ? (
        <Paragraph>{t('web.meeting_live.agenda_empty')}</Paragraph>
      ) : (
        <ol className="live-agenda">
          {meeting.items.map((item) => (
            <li key={item.id} aria-current={item.state === 'in_progress' ? 'step' : undefined}>
              <Paragraph>
                <strong>{itemName(t, item, jurisdiction)}</strong>
                {item.state === 'in_progress' && <> – {t('web.meeting_live.now')}</>}
              </Paragraph>
              <ItemFacts item={item} />
              {runner &&
                item.state === 'pending' &&
                item.quorum &&
                (!item.quorum.met || item.quorum.conflicted > 0) && <QuorumFacts quorum={item.quorum} />}
              {runner && item.state === 'pending' && meeting.state === 'in_progress' && !current && (
                <div className="button-row">
                  <Button
                    data-size="sm"
                    loading={start.isPending && start.variables === item.id}
                    onClick={() => start.mutate(item.id, { onSuccess: () => focusLater(CURRENT_ITEM_ID) })}
                  >
                    {t('web.meeting_live.start', { item: itemRef(t, item, jurisdiction) })}
                  </Button>
                </div>
              )}
              {item.state === 'in_progress' ? (
                <Paragraph>
                  <Link href={`#${CURRENT_ITEM_ID}`}>{t('web.meeting_live.go_current')}</Link>
                </Paragraph>
              ) : (
                <Details>
                  <Details.Summary>
                    {t('web.meeting_live.record_of', { item: itemRef(t, item, jurisdiction) })}
                  </Details.Summary>
                  <Details.Content>
                    <ItemRecord item={item} />
                  </Details.Content>
                </Details>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
