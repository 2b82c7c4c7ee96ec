import { Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { ConfirmDialog } from '../../../../components/confirm-dialog.tsx';
import { useNotify } from '../../../../components/notifications.tsx';
import { Page } from '../../../../components/page.tsx';
import { useFormat, useT, type Translate } from '../../../../lib/i18n.ts';
import { useMunicipality } from '../../../../lib/municipality.ts';
import { liveMeetingQuery, meetingPath, useCloseMeeting } from '../api/live.queries.ts';
import type { Meeting } from '../api/live.types.ts';
import { useLiveEvents, type Connection, type LiveEvent } from '../use-live-events.ts';
import { ActionError } from './action-error.tsx';
import { AgendaSection, CURRENT_ITEM_ID, CurrentItemSection } from './agenda.tsx';
import { AdjustersSection, AttendanceSection, OpenMeetingSection, QuorumFacts } from './attendance.tsx';
import { currentItem, isRunner, itemRef, meetingStateLabel, type Jurisdiction } from './labels.ts';
import { LiveContext, useLive, type Live } from './live-context.tsx';
import '../live.css';

/** A refetch waits this long after the last event, so a burst of events costs one request. */
const REFETCH_DELAY_MS = 300;

/** What a live event means for someone following the meeting, or nothing if it is routine. */
function announcement(
  t: Translate,
  event: LiveEvent,
  meeting: Meeting,
  jurisdiction: Jurisdiction,
): string | null {
  const { type, data } = event;
  const item = meeting.items.find((i) => i.id === data['itemId']);
  const ref = item ? itemRef(t, item, jurisdiction) : t('web.meeting_live.an_item');
  switch (type) {
    case 'meeting':
      if (data['state'] === 'in_progress') return t('web.meeting_live.announce.opened');
      if (data['state'] === 'closed') return t('web.meeting_live.announce.closed');
      if (data['minutes'] === 'signing')
        return meeting.minutesApproval === 'next_meeting'
          ? t('web.meeting_live.announce.minutes_for_approval')
          : t('web.meeting_live.announce.minutes_signing');
      return null;
    case 'item': {
      const state = data['state'];
      if (state === 'in_progress') return t('web.meeting_live.announce.item_started', { item: ref });
      if (state === 'decided') return t('web.meeting_live.announce.item_decided', { item: ref });
      if (state === 'noted' || state === 'postponed' || state === 'referred_back')
        return t('web.meeting_live.announce.item_ended', {
          item: ref,
          state: t(`meeting.item_state.${state}`),
        });
      return null;
    }
    case 'voting':
      return data['open'] === true ? t('web.meeting_live.announce.voting_opened', { item: ref }) : null;
    case 'voting_result':
      return t('web.meeting_live.announce.voting_closed', { item: ref });
    case 'proposals':
      return t('web.meeting_live.announce.proposals', { item: ref });
    case 'conflict':
      return t('web.meeting_live.announce.conflict', { jurisdiction, item: ref });
    case 'statement':
      return data['kind'] ? t('web.meeting_live.announce.statement', { jurisdiction, item: ref }) : null;
    default:
      return null;
  }
}

function ConnectionStatus({ connection, onReconnect }: { connection: Connection; onReconnect: () => void }) {
  const t = useT();
  const color = connection === 'connected' ? 'success' : connection === 'closed' ? 'danger' : 'warning';
  return (
    <span className="live-connection">
      <span role="status">
        <Tag data-size="sm" data-color={color}>
          {t(`web.meeting_live.connection.${connection}`)}
        </Tag>
      </span>
      {connection === 'closed' && (
        <Button variant="secondary" data-size="sm" onClick={onReconnect}>
          {t('web.meeting_live.reconnect')}
        </Button>
      )}
    </span>
  );
}

/** The polite live region: the latest important change, said once, and kept visible with its time. */
function Announcer({ message }: { message: { text: string; at: string } | null }) {
  const t = useT();
  const format = useFormat();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="live-announcer">
      {message && (
        <Paragraph data-size="sm">
          <span className="ds-sr-only">{t('web.meeting_live.latest')} </span>
          <span aria-hidden="true" className="muted">
            {format.dateTime(message.at)}:{' '}
          </span>
          {message.text}
        </Paragraph>
      )}
    </div>
  );
}

function CloseMeetingSection() {
  const t = useT();
  const notify = useNotify();
  const { slug, meetingId, meeting, reload } = useLive();
  const close = useCloseMeeting(slug, meetingId);
  const [confirming, setConfirming] = useState(false);
  const busy = currentItem(meeting);
  return (
    <section className="section" aria-labelledby="live-close">
      <Heading level={2} data-size="md" id="live-close">
        {t('web.meeting_live.close_heading')}
      </Heading>
      <Paragraph>{t('web.meeting_live.close_lead')}</Paragraph>
      {busy && <Paragraph className="muted">{t('web.meeting_live.close_item_open')}</Paragraph>}
      <ActionError error={close.error} onReload={reload} />
      <div className="button-row">
        <Button variant="secondary" data-color="danger" onClick={() => setConfirming(true)}>
          {t('web.meeting_live.close')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        heading={t('web.meeting_live.close_confirm_heading')}
        confirmLabel={t('web.meeting_live.close')}
        busy={close.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          close.mutate(meeting.version, {
            onSuccess: () => notify.success(t('web.meeting_live.closed_done')),
            onSettled: () => setConfirming(false),
          })
        }
      >
        {t('web.meeting_live.close_confirm')}
      </ConfirmDialog>
    </section>
  );
}

/**
 * The live meeting. It follows the meeting's server-sent events and refetches the meeting after
 * each burst, saying important changes in a polite live region; the connection shows in words.
 * The chair and secretary run the meeting here; members follow it, ask for the floor, propose,
 * declare conflicts of interest and vote.
 */
export function LiveMeetingPage() {
  const t = useT();
  const format = useFormat();
  const { slug = '', meetingId = '' } = useParams();
  const municipality = useMunicipality(slug);
  const jurisdiction = municipality.jurisdiction;
  const query = useSuspenseQuery(liveMeetingQuery(slug, meetingId));
  const meeting = query.data;
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<{ text: string; at: string } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(meeting);
  useEffect(() => {
    latest.current = meeting;
  });
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const refetchSoon = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(
      () => void queryClient.invalidateQueries({ queryKey: liveMeetingQuery(slug, meetingId).queryKey }),
      REFETCH_DELAY_MS,
    );
  }, [queryClient, slug, meetingId]);
  const onEvent = useCallback(
    (event: LiveEvent) => {
      const text = announcement(t, event, latest.current, jurisdiction);
      if (text) setMessage({ text, at: new Date().toISOString() });
      refetchSoon();
    },
    [t, jurisdiction, refetchSoon],
  );
  const { connection, reconnect } = useLiveEvents(
    meetingPath(slug, meetingId, 'events'),
    onEvent,
    refetchSoon,
  );

  const refetch = query.refetch;
  const live = useMemo<Live>(
    () => ({ slug, meetingId, meeting, jurisdiction, reload: () => void refetch() }),
    [slug, meetingId, meeting, jurisdiction, refetch],
  );
  const runner = isRunner(meeting);
  const current = currentItem(meeting);
  const heading = t('web.meeting_live.heading', { name: meeting.name });
  const inProgress = meeting.state === 'in_progress';

  return (
    <LiveContext.Provider value={live}>
      <Page
        title={[heading, meeting.body.name, municipality.name]}
        heading={heading}
        lead={
          <Paragraph data-size="lg">
            {meeting.body.name}, {format.dateTime(meeting.startsAt)}
            {meeting.location && `, ${meeting.location}`}
          </Paragraph>
        }
      >
        <p className="live-tags">
          <Tag data-size="sm" data-color={inProgress ? 'success' : 'neutral'}>
            {meetingStateLabel(t, meeting.state)}
          </Tag>
          {meeting.chair && <span>{t('web.meeting_live.presiding', { name: meeting.chair.name })}</span>}
          <ConnectionStatus connection={connection} onReconnect={reconnect} />
        </p>
        <Announcer message={message} />
        <nav aria-label={t('web.meeting_live.on_this_page')}>
          <ul className="live-nav">
            <li>
              <Link asChild>
                <RouterLink to={`/m/${slug}/meetings/${meetingId}`}>{t('web.meeting_live.back')}</RouterLink>
              </Link>
            </li>
            {current && (
              <li>
                <Link href={`#${CURRENT_ITEM_ID}`}>{t('web.meeting_live.go_current')}</Link>
              </li>
            )}
            <li>
              <Link href="#live-agenda">{t('web.meeting_live.agenda_heading')}</Link>
            </li>
            {runner && inProgress && (
              <li>
                <Link href="#live-attendance">{t('web.meeting_live.attendance_heading')}</Link>
              </li>
            )}
            {meeting.minutesState !== null && (
              <li>
                <Link asChild>
                  <RouterLink to={`/m/${slug}/meetings/${meetingId}/minutes`}>
                    {t('web.meeting_live.minutes_link', { jurisdiction })}
                  </RouterLink>
                </Link>
              </li>
            )}
          </ul>
        </nav>

        {meeting.state === 'planned' && <Paragraph>{t('web.meeting_live.not_called')}</Paragraph>}
        {meeting.state === 'cancelled' && (
          <Paragraph>{t('web.meeting_live.cancelled', { reason: meeting.cancelReason ?? '' })}</Paragraph>
        )}
        {meeting.state === 'notified' &&
          (runner ? <OpenMeetingSection /> : <Paragraph>{t('web.meeting_live.not_open')}</Paragraph>)}
        {meeting.state === 'closed' && (
          <Paragraph>
            {t('web.meeting_live.closed_at', { at: format.dateTime(meeting.closedAt ?? meeting.endsAt) })}
          </Paragraph>
        )}
        {inProgress && !runner && !current && meeting.quorum && <QuorumFacts quorum={meeting.quorum} />}
        {inProgress &&
          (current ? (
            <CurrentItemSection key={current.id} item={current} />
          ) : (
            <Paragraph>{t('web.meeting_live.no_current')}</Paragraph>
          ))}
        {meeting.state !== 'planned' && meeting.state !== 'cancelled' && <AgendaSection />}
        {runner && inProgress && <AttendanceSection />}
        {/* No one is elected to sign where the body approves its minutes at its next meeting. */}
        {runner && (inProgress || meeting.state === 'notified') && meeting.minutesApproval === 'signing' && (
          <AdjustersSection />
        )}
        {runner && inProgress && <CloseMeetingSection />}
      </Page>
    </LiveContext.Provider>
  );
}
