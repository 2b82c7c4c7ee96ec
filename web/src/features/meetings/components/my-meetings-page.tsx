import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { useT, type Translate } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { meetingQuery, myMeetingsQuery, personCalendarUrl } from '../api/meetings.queries.ts';
import type { MyMeeting } from '../api/meetings.types.ts';
import { meetingKindLabel, meetingStateLabel } from './labels.ts';
import { MeetingsGate } from './role-gate.tsx';
import { useMeetingFormat } from './time.ts';

/** One's own place in a meeting; before the notice no one has been called yet. */
function myStatusLabel(t: Translate, meeting: MyMeeting): string {
  if (meeting.state === 'planned') return t('web.meetings.my.not_called_yet');
  return t(`web.meetings.status.${meeting.myStatus}`);
}

/** The personal calendar feed, when a meeting has told who the signed-in person is. */
function CalendarLink({ slug, meetingId }: { slug: string; meetingId: string }) {
  const t = useT();
  const meeting = useQuery(meetingQuery(slug, meetingId));
  const personId = meeting.data?.you.personId;
  if (!personId) return null;
  return (
    <Paragraph>
      <Link href={personCalendarUrl(slug, personId)}>{t('web.meetings.my.calendar')}</Link>
    </Paragraph>
  );
}

function MyMeetings({ slug }: { slug: string }) {
  const t = useT();
  const municipality = useMunicipality(slug);
  const format = useMeetingFormat(municipality.jurisdiction);
  const mine = useQuery(myMeetingsQuery(slug));
  const heading = t('web.meetings.my.heading');
  const caption = t('web.meetings.my.caption');
  const first = mine.data?.[0];

  return (
    <Page title={[heading, municipality.name]} heading={heading}>
      <Paragraph>{t('web.meetings.my.lead')}</Paragraph>
      <div className="button-row">
        <Link asChild>
          <RouterLink to={`/m/${slug}/meetings`}>{t('web.meetings.nav.meetings')}</RouterLink>
        </Link>
      </div>
      {first && <CalendarLink slug={slug} meetingId={first.id} />}
      <section className="section" aria-labelledby="my-meetings-list">
        <Heading level={2} data-size="md" id="my-meetings-list">
          {caption}
        </Heading>
        {mine.isPending ? (
          <Loading />
        ) : mine.isError ? (
          <QueryError error={mine.error} />
        ) : mine.data.length === 0 ? (
          <Paragraph>{t('web.meetings.my.none')}</Paragraph>
        ) : (
          <TableScroll label={caption}>
            <Table zebra border>
              <caption className="ds-sr-only">{caption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('web.meetings.when')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.meetings.body')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.meetings.meeting')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.meetings.kind')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.meetings.state')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.meetings.my.status')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {mine.data.map((meeting) => (
                  <Table.Row key={meeting.id}>
                    <Table.Cell>
                      <time dateTime={meeting.startsAt}>{format.span(meeting.startsAt, meeting.endsAt)}</time>
                    </Table.Cell>
                    <Table.Cell>{meeting.body.name}</Table.Cell>
                    <Table.HeaderCell scope="row">
                      <Link asChild>
                        <RouterLink to={`/m/${slug}/meetings/${meeting.id}`}>{meeting.name}</RouterLink>
                      </Link>
                    </Table.HeaderCell>
                    <Table.Cell>{meetingKindLabel(t, meeting.kind)}</Table.Cell>
                    <Table.Cell>{meetingStateLabel(t, meeting.state)}</Table.Cell>
                    <Table.Cell>{myStatusLabel(t, meeting)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </section>
    </Page>
  );
}

/** The signed-in person's coming meetings, as member, substitute or called in. */
export function MyMeetingsPage() {
  const slug = useParams().slug ?? '';
  return (
    <MeetingsGate slug={slug} action="read">
      <MyMeetings slug={slug} />
    </MeetingsGate>
  );
}
