import { Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import type { Jurisdiction } from '../../../../../common/roles.ts';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useFormat, useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { noticeBoardQuery, noticeFeedUrl, publicMinutesUrl } from '../api/public-meetings.queries.ts';
import type { Notice } from '../api/public-meetings.types.ts';
import { noticeKindLabel } from './labels.ts';
import { useMeetingFormat } from './meeting-format.ts';
import './public-meetings.css';

/** Whole days from one YYYY-MM-DD day to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** What the deadlines mean, in the municipality's own law. */
function DeadlineRules({ jurisdiction }: { jurisdiction: Jurisdiction }) {
  const t = useT();
  return (
    <section className="section" aria-labelledby="board-rules">
      <Heading level={2} data-size="sm" id="board-rules">
        {t('web.public_meetings.board.rules_heading')}
      </Heading>
      <Paragraph>{t('web.public_meetings.board.rules_minutes', { jurisdiction })}</Paragraph>
      <Paragraph>{t('web.public_meetings.board.rules_notice', { jurisdiction })}</Paragraph>
      {jurisdiction === 'se' && <Paragraph>{t('web.public_meetings.board.rules_late')}</Paragraph>}
    </section>
  );
}

function Deadline({
  notice,
  today,
  jurisdiction,
}: {
  notice: Notice;
  today: string;
  jurisdiction: Jurisdiction;
}) {
  const t = useT();
  const format = useFormat();
  const left = daysBetween(today, notice.deadlineOn);
  return (
    <div className="pm-facts__wide">
      <dt>
        {notice.kind === 'minutes'
          ? t('web.public_meetings.notice.appeal_by', { jurisdiction })
          : t('web.public_meetings.notice.meeting_day')}
      </dt>
      <dd>
        <time dateTime={notice.deadlineOn}>{format.day(notice.deadlineOn)}</time>{' '}
        {notice.kind === 'minutes' && (
          <span>
            (
            {left < 0
              ? t('web.public_meetings.notice.deadline_passed')
              : t('web.public_meetings.notice.days_left', { days: left })}
            )
          </span>
        )}
        {notice.deadlineSource && (
          <>
            <br />
            <span className="muted">
              {t('web.public_meetings.notice.source', { source: notice.deadlineSource })}
            </span>
          </>
        )}
      </dd>
    </div>
  );
}

function NoticeCard({
  slug,
  notice,
  today,
  jurisdiction,
}: {
  slug: string;
  notice: Notice;
  today: string;
  jurisdiction: Jurisdiction;
}) {
  const t = useT();
  const format = useFormat();
  const meetingFormat = useMeetingFormat(jurisdiction);
  const headingId = `notice-${notice.id}`;
  const minutes = notice.kind === 'minutes';
  return (
    <li>
      <Card variant="tinted" asChild>
        <article aria-labelledby={headingId} className="pm-notice">
          <div className="pm-tags">
            <Tag data-color={minutes ? 'accent' : 'neutral'} data-size="sm">
              {noticeKindLabel(t, notice.kind, jurisdiction)}
            </Tag>
            {notice.late && (
              <Tag data-color="warning" data-size="sm">
                {t('web.public_meetings.notice.late_tag')}
              </Tag>
            )}
          </div>
          <Heading level={3} data-size="xs" id={headingId}>
            {notice.title}
          </Heading>
          <dl className="facts facts--small pm-facts">
            <div>
              <dt>{t('web.public_meetings.notice.body')}</dt>
              <dd>
                <Link asChild>
                  <RouterLink to={`/m/${slug}/bodies/${notice.body.id}`}>{notice.body.name}</RouterLink>
                </Link>
              </dd>
            </div>
            <div>
              <dt>{t('web.public_meetings.notice.meeting')}</dt>
              <dd>
                <time dateTime={notice.meetingStartsAt}>
                  {t('web.public_meetings.date_at_time', {
                    date: meetingFormat.date(notice.meetingStartsAt),
                    time: meetingFormat.time(notice.meetingStartsAt),
                  })}
                </time>
              </dd>
            </div>
            <div>
              <dt>{t('web.public_meetings.notice.posted_on')}</dt>
              <dd>
                <time dateTime={notice.postedOn}>{format.day(notice.postedOn)}</time>
              </dd>
            </div>
            {minutes && notice.signedOn && (
              <div>
                <dt>{t('web.public_meetings.notice.signed_on', { jurisdiction })}</dt>
                <dd>
                  <time dateTime={notice.signedOn}>{format.day(notice.signedOn)}</time>
                </dd>
              </div>
            )}
            <Deadline notice={notice} today={today} jurisdiction={jurisdiction} />
            {minutes && notice.keptAt && (
              <div>
                <dt>{t('web.public_meetings.notice.kept_at', { jurisdiction })}</dt>
                <dd>{notice.keptAt}</dd>
              </div>
            )}
          </dl>
          {notice.late && <Paragraph>{t('web.public_meetings.notice.late_text')}</Paragraph>}
          <ul
            className="pm-link-row"
            aria-label={t('web.public_meetings.notice.links', { title: notice.title })}
          >
            {minutes && (
              <>
                <li>
                  <Link href={publicMinutesUrl(slug, notice.meetingId, 'html')}>
                    {t('web.public_meetings.minutes_html', { jurisdiction })}
                  </Link>
                </li>
                <li>
                  <Link href={publicMinutesUrl(slug, notice.meetingId, 'pdf')}>
                    {t('web.public_meetings.minutes_pdf', { jurisdiction })}
                  </Link>
                </li>
              </>
            )}
            <li>
              <Link asChild>
                <RouterLink to={`/m/${slug}/public/meetings/${notice.meetingId}`}>
                  {t('web.public_meetings.notice.meeting_page')}
                </RouterLink>
              </Link>
            </li>
          </ul>
        </article>
      </Card>
    </li>
  );
}

/** Current notices or the archive: two links, so either view can be linked and bookmarked. */
function ViewSwitch({ slug, archive }: { slug: string; archive: boolean }) {
  const t = useT();
  const views = [
    { to: `/m/${slug}/notice-board`, label: t('web.public_meetings.board.current'), current: !archive },
    {
      to: `/m/${slug}/notice-board?archive=true`,
      label: t('web.public_meetings.board.archive'),
      current: archive,
    },
  ];
  return (
    <nav aria-label={t('web.public_meetings.board.views')} className="pm-view-switch">
      <ul>
        {views.map((view) => (
          <li key={view.to}>
            <RouterLink to={view.to} className="ds-link" aria-current={view.current ? 'page' : undefined}>
              {view.label}
            </RouterLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Feeds({ slug, name }: { slug: string; name: string }) {
  const t = useT();
  const atom = noticeFeedUrl(slug, 'atom');
  const rss = noticeFeedUrl(slug, 'rss');
  const title = t('web.public_meetings.board.feed_title', { name });
  return (
    <section className="section" aria-labelledby="board-feeds">
      {/* React places these in the document head, where feed readers and browsers look for them. */}
      <link rel="alternate" type="application/atom+xml" title={title} href={atom} />
      <link rel="alternate" type="application/rss+xml" title={title} href={rss} />
      <Heading level={2} data-size="sm" id="board-feeds">
        {t('web.public_meetings.board.feeds_heading')}
      </Heading>
      <Paragraph>{t('web.public_meetings.board.feeds_text')}</Paragraph>
      <ul className="pm-link-row">
        <li>
          <Link href={atom} type="application/atom+xml">
            {t('web.public_meetings.board.feed_atom')}
          </Link>
        </li>
        <li>
          <Link href={rss} type="application/rss+xml">
            {t('web.public_meetings.board.feed_rss')}
          </Link>
        </li>
      </ul>
    </section>
  );
}

/**
 * Public: the municipality's notice board (anslagstavla / oppslagstavle). Notices of meetings stay
 * up until the meeting day; notices that minutes are signed until the appeal time has run out, with
 * the last day computed by the municipality's own law. The archive holds what has come down.
 */
export function NoticeBoardPage() {
  const t = useT();
  const slug = useParams().slug ?? '';
  const municipality = useMunicipality(slug);
  const { jurisdiction } = municipality;
  const [searchParams] = useSearchParams();
  const archive = searchParams.get('archive') === 'true';
  const board = useQuery(noticeBoardQuery(slug, archive));
  const heading = t('web.public_meetings.board.heading', { jurisdiction });
  const listHeading = archive
    ? t('web.public_meetings.board.archive_heading')
    : t('web.public_meetings.board.current_heading');

  return (
    <Page
      title={[archive ? `${heading}: ${listHeading}` : heading, municipality.name]}
      heading={heading}
      lead={
        <Paragraph>
          {t('web.public_meetings.board.lead', { name: municipality.name, jurisdiction })}
        </Paragraph>
      }
    >
      <DeadlineRules jurisdiction={jurisdiction} />
      <ViewSwitch slug={slug} archive={archive} />
      <section className="section" aria-labelledby="board-notices">
        <Heading level={2} data-size="md" id="board-notices">
          {listHeading}
        </Heading>
        {board.isPending ? (
          <Loading />
        ) : board.isError ? (
          <QueryError error={board.error} />
        ) : (
          <>
            <p role="status" className="pm-status">
              {archive
                ? t('web.public_meetings.board.archive_count', { count: board.data.items.length })
                : t('web.public_meetings.board.current_count', { count: board.data.items.length })}
            </p>
            {board.data.items.length > 0 && (
              <ul className="pm-notices" aria-labelledby="board-notices">
                {board.data.items.map((notice) => (
                  <NoticeCard
                    key={notice.id}
                    slug={slug}
                    notice={notice}
                    today={board.data.today}
                    jurisdiction={jurisdiction}
                  />
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      <Feeds slug={slug} name={municipality.name} />
    </Page>
  );
}
