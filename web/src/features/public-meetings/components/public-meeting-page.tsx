import { Alert, Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import type { Jurisdiction } from '../../../../../common/roles.ts';
import { Page } from '../../../components/page.tsx';
import { useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { publicMeetingQuery, publicMinutesUrl } from '../api/public-meetings.queries.ts';
import type { PublicMeeting } from '../api/public-meetings.types.ts';
import { useLiveMeeting, type LiveConnection } from '../api/use-live-meeting.ts';
import { AgendaItem } from './agenda-item.tsx';
import { meetingKindLabel, meetingStateLabel } from './labels.ts';
import { describeChanges } from './live-changes.ts';
import { useMeetingFormat } from './meeting-format.ts';
import { itemHeading } from './voting-labels.ts';
import './public-meetings.css';

/** A called meeting is followed live from a while before it starts until well after it should end. */
const LIVE_BEFORE_MS = 2 * 3_600_000;
const LIVE_AFTER_MS = 6 * 3_600_000;

/** The time now, renewed every minute while `ticking`: a called meeting's page goes live on its own. */
function useMinuteClock(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
}

function isLiveTime(meeting: PublicMeeting, now: number): boolean {
  if (meeting.state === 'in_progress') return true;
  if (meeting.state !== 'notified') return false;
  return (
    now >= Date.parse(meeting.startsAt) - LIVE_BEFORE_MS && now <= Date.parse(meeting.endsAt) + LIVE_AFTER_MS
  );
}

function Facts({
  slug,
  meeting,
  jurisdiction,
}: {
  slug: string;
  meeting: PublicMeeting;
  jurisdiction: Jurisdiction;
}) {
  const t = useT();
  const format = useMeetingFormat(jurisdiction);
  return (
    <dl className="facts facts--small pm-facts">
      <div>
        <dt>{t('web.public_meetings.body')}</dt>
        <dd>
          <Link asChild>
            <RouterLink to={`/m/${slug}/bodies/${meeting.body.id}`}>{meeting.body.name}</RouterLink>
          </Link>
        </dd>
      </div>
      <div>
        <dt>{t('web.public_meetings.kind')}</dt>
        <dd>{meetingKindLabel(t, meeting.kind, jurisdiction)}</dd>
      </div>
      <div>
        <dt>{t('web.public_meetings.date')}</dt>
        <dd>
          <time dateTime={format.isoDay(meeting.startsAt)}>{format.longDate(meeting.startsAt)}</time>
        </dd>
      </div>
      <div>
        <dt>{t('web.public_meetings.time')}</dt>
        <dd>
          {t('web.public_meetings.time_range', {
            start: format.time(meeting.startsAt),
            end: format.time(meeting.endsAt),
          })}
        </dd>
      </div>
      <div>
        <dt>{t('web.public_meetings.place')}</dt>
        <dd>{meeting.location ?? t('web.public_meetings.place_none')}</dd>
      </div>
      <div>
        <dt>{t('web.public_meetings.state')}</dt>
        <dd>{meetingStateLabel(t, meeting.state)}</dd>
      </div>
      {meeting.chair && (
        <div>
          <dt>{t('web.public_meetings.meeting.chair')}</dt>
          <dd>{meeting.chair.name}</dd>
        </div>
      )}
      {meeting.noticePublishedAt && (
        <div>
          <dt>{t('web.public_meetings.meeting.notice_published')}</dt>
          <dd>
            <time dateTime={meeting.noticePublishedAt}>{format.date(meeting.noticePublishedAt)}</time>
            {meeting.urgent && (
              <>
                {' '}
                <Tag data-color="warning" data-size="sm">
                  {t('web.public_meetings.meeting.urgent')}
                </Tag>
              </>
            )}
          </dd>
        </div>
      )}
    </dl>
  );
}

function Minutes({
  slug,
  meeting,
  jurisdiction,
}: {
  slug: string;
  meeting: PublicMeeting;
  jurisdiction: Jurisdiction;
}) {
  const t = useT();
  return (
    <section className="section" aria-labelledby="meeting-minutes">
      <Heading level={2} data-size="md" id="meeting-minutes">
        {t('web.public_meetings.meeting.minutes_heading', { jurisdiction })}
      </Heading>
      <Paragraph>{t('web.public_meetings.meeting.minutes_signed', { jurisdiction })}</Paragraph>
      <ul className="pm-link-row">
        <li>
          <Link href={publicMinutesUrl(slug, meeting.id, 'html')}>
            {t('web.public_meetings.minutes_html', { jurisdiction })}
          </Link>
        </li>
        <li>
          <Link href={publicMinutesUrl(slug, meeting.id, 'pdf')}>
            {t('web.public_meetings.minutes_pdf', { jurisdiction })}
          </Link>
        </li>
        <li>
          <Link asChild>
            <RouterLink to={`/m/${slug}/notice-board`}>
              {t('web.public_meetings.board.heading', { jurisdiction })}
            </RouterLink>
          </Link>
        </li>
      </ul>
    </section>
  );
}

function connectionColor(connection: LiveConnection) {
  if (connection === 'live') return 'success';
  if (connection === 'failed') return 'danger';
  return 'warning';
}

/**
 * The live panel: the connection, the item being handled, and attendance. Changes are announced
 * politely in one live region; the connection has its own status, said when it changes.
 */
function LivePanel({
  meeting,
  connection,
  reconnect,
  announcement,
}: {
  meeting: PublicMeeting;
  connection: LiveConnection;
  reconnect: () => void;
  announcement: string;
}) {
  const t = useT();
  const current = meeting.items.find((item) => item.state === 'in_progress');
  const quorum = meeting.quorum;
  return (
    <section className="section pm-live" aria-labelledby="meeting-live">
      <Heading level={2} data-size="md" id="meeting-live">
        {t('web.public_meetings.live.heading')}
      </Heading>
      <p className="pm-live__connection">
        <span role="status">
          <Tag data-color={connectionColor(connection)} data-size="sm">
            {t(`web.public_meetings.live.connection.${connection}`)}
          </Tag>
        </span>{' '}
        <span className="muted">{t(`web.public_meetings.live.connection_help.${connection}`)}</span>
      </p>
      {connection === 'failed' && (
        <div className="button-row">
          <Button variant="secondary" data-size="sm" onClick={reconnect}>
            {t('web.public_meetings.live.reconnect')}
          </Button>
        </div>
      )}
      <dl className="facts facts--small pm-facts">
        <div>
          <dt>{t('web.public_meetings.live.now')}</dt>
          <dd>
            {current ? (
              <a href={`#item-${current.id}`} className="ds-link">
                {itemHeading(t, current)}
              </a>
            ) : meeting.state === 'in_progress' ? (
              t('web.public_meetings.live.between_items')
            ) : meeting.state === 'closed' ? (
              t('web.public_meetings.live.closed')
            ) : meeting.state === 'cancelled' ? (
              t('web.public_meetings.live.cancelled')
            ) : (
              t('web.public_meetings.live.not_started')
            )}
          </dd>
        </div>
        {quorum && meeting.state === 'in_progress' && (
          <div>
            <dt>{t('web.public_meetings.live.attendance')}</dt>
            <dd>
              {t('web.public_meetings.live.present', { present: quorum.present, seats: quorum.seats })}
              <br />
              <span className="muted">
                {t('web.public_meetings.live.quorum', {
                  met: quorum.met ? 'yes' : 'no',
                  needed: quorum.needed,
                  source: quorum.source,
                })}
              </span>
            </dd>
          </div>
        )}
      </dl>
      <div className="pm-live__announcement">
        <Heading level={3} data-size="2xs" id="meeting-latest">
          {t('web.public_meetings.live.latest')}
        </Heading>
        <p role="status" aria-live="polite" aria-atomic="true" aria-labelledby="meeting-latest">
          {announcement || t('web.public_meetings.live.nothing_yet')}
        </p>
      </div>
    </section>
  );
}

/** Announces what changed each time the meeting is read again. */
function useAnnouncement(meeting: PublicMeeting): string {
  const t = useT();
  const previous = useRef(meeting);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const before = previous.current;
    previous.current = meeting;
    if (before === meeting) return;
    const changes = describeChanges(t, before, meeting);
    if (changes.length > 0) setAnnouncement(changes.join(' '));
  }, [meeting, t]);
  return announcement;
}

/**
 * Public: a meeting as anyone may see it — its facts, the agenda with closed items by their public
 * face and legal ground only, and the decisions on public items. While it is in progress the page
 * follows it live; once the minutes are signed, it links to them.
 */
export function PublicMeetingPage() {
  const { slug = '', meetingId = '' } = useParams();
  // Another meeting starts afresh: its own connection, and nothing announced from the last one.
  return <PublicMeetingView key={meetingId} slug={slug} meetingId={meetingId} />;
}

function PublicMeetingView({ slug, meetingId }: { slug: string; meetingId: string }) {
  const t = useT();
  const municipality = useMunicipality(slug);
  const { jurisdiction } = municipality;
  const meeting = useSuspenseQuery(publicMeetingQuery(slug, meetingId)).data;
  const format = useMeetingFormat(jurisdiction);
  const now = useMinuteClock(meeting.state === 'notified');
  const live = isLiveTime(meeting, now);
  const { connection, reconnect } = useLiveMeeting(slug, meetingId, live);
  const announcement = useAnnouncement(meeting);
  // Once followed, the panel stays, so that the meeting's closing is still announced in it.
  const [followed, setFollowed] = useState(live);
  useEffect(() => {
    if (live) setFollowed(true);
  }, [live]);
  const showLive = live || followed;

  return (
    <Page
      title={[`${meeting.name}, ${format.date(meeting.startsAt)}`, meeting.body.name, municipality.name]}
      heading={meeting.name}
      lead={
        <Paragraph>
          {t('web.public_meetings.meeting.lead', {
            body: meeting.body.name,
            date: format.longDate(meeting.startsAt),
          })}
        </Paragraph>
      }
    >
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/m/${slug}/calendar`}>{t('web.public_meetings.calendar.heading')}</RouterLink>
        </Link>
      </Paragraph>
      {meeting.state === 'cancelled' && (
        <Alert data-color="danger">
          <Heading level={2} data-size="xs">
            {t('web.public_meetings.meeting.cancelled_heading')}
          </Heading>
          {meeting.cancelReason && (
            <Paragraph className="pre-line">
              {t('web.public_meetings.cancel_reason', { reason: meeting.cancelReason })}
            </Paragraph>
          )}
        </Alert>
      )}
      {meeting.urgent && meeting.urgentReason && (
        <Alert data-color="warning">
          <Paragraph>
            {t('web.public_meetings.meeting.urgent_reason', { reason: meeting.urgentReason })}
          </Paragraph>
        </Alert>
      )}
      <Facts slug={slug} meeting={meeting} jurisdiction={jurisdiction} />
      {meeting.description && <Paragraph className="pre-line">{meeting.description}</Paragraph>}
      {meeting.minutesState === 'signed' && (
        <Minutes slug={slug} meeting={meeting} jurisdiction={jurisdiction} />
      )}
      {showLive ? (
        <LivePanel
          meeting={meeting}
          connection={connection}
          reconnect={reconnect}
          announcement={announcement}
        />
      ) : (
        meeting.state === 'notified' && <Paragraph>{t('web.public_meetings.live.later')}</Paragraph>
      )}
      <section className="section" aria-labelledby="meeting-agenda">
        <Heading level={2} data-size="md" id="meeting-agenda">
          {t('web.public_meetings.meeting.agenda', { jurisdiction })}
        </Heading>
        {meeting.items.length === 0 ? (
          <Paragraph>
            {meeting.state === 'planned'
              ? t('web.public_meetings.meeting.agenda_later')
              : t('web.public_meetings.meeting.agenda_none')}
          </Paragraph>
        ) : (
          <>
            {meeting.items.some((item) => !item.public) && (
              <Paragraph data-size="sm" className="muted">
                {t('web.public_meetings.meeting.closed_note')}
              </Paragraph>
            )}
            <ol className="pm-agenda" aria-labelledby="meeting-agenda">
              {meeting.items.map((item) => (
                <AgendaItem key={item.id} slug={slug} item={item} jurisdiction={jurisdiction} />
              ))}
            </ol>
          </>
        )}
      </section>
    </Page>
  );
}
