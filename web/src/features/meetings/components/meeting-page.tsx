import { Alert, Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { Page } from '../../../components/page.tsx';
import { useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { meetingQuery } from '../api/meetings.queries.ts';
import type { Meeting } from '../api/meetings.types.ts';
import { AgendaSection } from './agenda-section.tsx';
import { meetingKindLabel, meetingStateLabel } from './labels.ts';
import { ChangeMeetingSection, NoticeSection } from './meeting-admin.tsx';
import { AttendanceSection, ParticipantsSection } from './participants-section.tsx';
import { useMeetingFormat } from './time.ts';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Facts({ slug, meeting }: { slug: string; meeting: Meeting }) {
  const t = useT();
  const municipality = useMunicipality(slug);
  const format = useMeetingFormat(municipality.jurisdiction);
  return (
    <dl className="facts facts--small">
      <Fact label={t('web.meetings.body')}>
        <Link asChild>
          <RouterLink to={`/m/${slug}/bodies/${meeting.body.id}`}>{meeting.body.name}</RouterLink>
        </Link>
      </Fact>
      <Fact label={t('web.meetings.kind')}>{meetingKindLabel(t, meeting.kind)}</Fact>
      <Fact label={t('web.meetings.when')}>
        <time dateTime={meeting.startsAt}>{format.span(meeting.startsAt, meeting.endsAt)}</time>
      </Fact>
      <Fact label={t('web.meetings.place')}>{meeting.location ?? t('web.meetings.online_only')}</Fact>
      {meeting.onlineUrl && (
        <Fact label={t('web.meetings.online')}>
          <Link href={meeting.onlineUrl} className="break">
            {meeting.onlineUrl}
          </Link>
        </Fact>
      )}
      <Fact label={t('web.meetings.state')}>{meetingStateLabel(t, meeting.state)}</Fact>
      <Fact label={t('web.meetings.notice.fact')}>
        {meeting.noticePublishedAt
          ? t('web.meetings.notice.published_on', { date: format.dateTime(meeting.noticePublishedAt) })
          : meeting.kind === 'decision' && meeting.state === 'planned'
            ? t('web.meetings.notice.due', {
                lastDay: format.day(meeting.noticeLastDay),
                source: meeting.noticeSource,
              })
            : t('web.meetings.notice.none')}
      </Fact>
      {meeting.urgent && (
        <Fact label={t('web.meetings.urgent')}>{meeting.urgentReason ?? t('web.meetings.yes')}</Fact>
      )}
      {meeting.chair && <Fact label={t('web.meetings.chair')}>{meeting.chair.name}</Fact>}
    </dl>
  );
}

/** Where to go from here: the live meeting while it runs (or to open it), then the minutes. */
function MeetingLinks({ slug, meeting }: { slug: string; meeting: Meeting }) {
  const t = useT();
  const base = `/m/${slug}/meetings/${meeting.id}`;
  const runner = meeting.you.manage || meeting.you.chair;
  const live =
    meeting.state === 'in_progress'
      ? t('web.meetings.links.live')
      : meeting.state === 'notified' && runner && meeting.kind !== 'check_in'
        ? t('web.meetings.links.open')
        : null;
  const minutes = meeting.state === 'closed' && meeting.minutesState !== null;
  return (
    <nav aria-label={t('web.meetings.links.label')} className="section">
      <div className="button-row">
        {live && (
          <Button asChild>
            <RouterLink to={`${base}/live`}>{live}</RouterLink>
          </Button>
        )}
        {minutes && (
          <Button asChild variant={live ? 'secondary' : 'primary'}>
            <RouterLink to={`${base}/minutes`}>{t('web.meetings.links.minutes')}</RouterLink>
          </Button>
        )}
        <Link asChild>
          <RouterLink to={`/m/${slug}/meetings?body=${meeting.body.id}`}>
            {t('web.meetings.links.plan', { body: meeting.body.name })}
          </RouterLink>
        </Link>
      </div>
    </nav>
  );
}

/**
 * One meeting, inside: its facts, agenda and participants for everyone with a role; the agenda
 * builder, notice and changes for the secretary; absence, conflicts of interest and private notes
 * for those called.
 */
export function MeetingPage() {
  const t = useT();
  const { slug = '', meetingId = '' } = useParams();
  const municipality = useMunicipality(slug);
  const meeting = useSuspenseQuery(meetingQuery(slug, meetingId)).data;
  return (
    <Page
      title={[meeting.name, meeting.body.name, municipality.name]}
      heading={meeting.name}
      lead={
        <div className="button-row">
          <Tag data-color={meeting.state === 'cancelled' ? 'danger' : 'info'}>
            {meetingStateLabel(t, meeting.state)}
          </Tag>
          <Tag data-color="neutral">{meetingKindLabel(t, meeting.kind)}</Tag>
          {meeting.urgent && <Tag data-color="warning">{t('web.meetings.urgent')}</Tag>}
        </div>
      }
    >
      {meeting.state === 'cancelled' && (
        <Alert data-color="warning">
          <Paragraph>
            {t('web.meetings.cancelled', { reason: meeting.cancelReason ?? t('web.meetings.not_stated') })}
          </Paragraph>
        </Alert>
      )}
      <Facts slug={slug} meeting={meeting} />
      {meeting.description && (
        <section className="section" aria-labelledby="meeting-description">
          <Heading level={2} data-size="sm" id="meeting-description">
            {t('web.meetings.description')}
          </Heading>
          <Paragraph className="pre-line">{meeting.description}</Paragraph>
        </section>
      )}
      <MeetingLinks slug={slug} meeting={meeting} />
      <AttendanceSection slug={slug} meeting={meeting} />
      <AgendaSection slug={slug} meeting={meeting} />
      <NoticeSection slug={slug} meeting={meeting} />
      <ParticipantsSection slug={slug} meeting={meeting} />
      <ChangeMeetingSection slug={slug} meeting={meeting} />
    </Page>
  );
}
