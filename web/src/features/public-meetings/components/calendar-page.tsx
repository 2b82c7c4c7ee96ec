import {
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Link,
  List,
  Paragraph,
  Select,
  Table,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import type { Jurisdiction } from '../../../../../common/roles.ts';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import type { Body } from '../../../lib/api-types.ts';
import { useFormat, useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import {
  bodyCalendarUrl,
  calendarParamsOf,
  localToday,
  politicalBodiesQuery,
  publicMeetingsQuery,
  readCalendarFilter,
  type CalendarFilter,
} from '../api/public-meetings.queries.ts';
import type { PublicMeetingListItem } from '../api/public-meetings.types.ts';
import { meetingKindLabel, meetingStateLabel } from './labels.ts';
import { useMeetingFormat } from './meeting-format.ts';
import './public-meetings.css';

const FROM_ID = 'calendar-from';
const TO_ID = 'calendar-to';

/**
 * The filter as one form: nothing changes until it is sent (WCAG 3.2.2). Its fields start from the
 * address and start over when the address changes (the back button).
 */
function FilterForm({ filter, bodies }: { filter: CalendarFilter; bodies: Body[] }) {
  const t = useT();
  const [, setSearchParams] = useSearchParams();
  const [toError, setToError] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const params = new URLSearchParams();
    for (const name of ['from', 'to', 'bodyId']) {
      const value = data.get(name);
      if (typeof value === 'string' && value !== '') params.set(name, value);
    }
    const next = readCalendarFilter(params);
    if (next.to && next.to < next.from) {
      setToError(true);
      document.getElementById(TO_ID)?.focus();
      return;
    }
    setToError(false);
    setSearchParams(calendarParamsOf(next));
  };

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-labelledby="calendar-filter">
      <Fieldset>
        <Fieldset.Legend id="calendar-filter">{t('web.public_meetings.calendar.filter')}</Fieldset.Legend>
        <div className="filter-grid">
          <Textfield
            id={FROM_ID}
            name="from"
            type="date"
            label={t('web.public_meetings.calendar.from')}
            defaultValue={filter.from}
          />
          <Textfield
            id={TO_ID}
            name="to"
            type="date"
            label={t('web.public_meetings.calendar.to')}
            description={t('web.public_meetings.calendar.to_description')}
            defaultValue={filter.to ?? ''}
            error={toError ? t('web.public_meetings.calendar.to_before_from') : undefined}
          />
          <Field>
            <Label>{t('web.public_meetings.body')}</Label>
            <Select id="calendar-body" name="bodyId" defaultValue={filter.bodyId ?? ''}>
              <Select.Option value="">{t('web.public_meetings.calendar.all_bodies')}</Select.Option>
              {bodies.map((body) => (
                <Select.Option key={body.id} value={body.id}>
                  {body.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
        </div>
      </Fieldset>
      <div className="button-row">
        <Button type="submit">{t('web.public_meetings.calendar.show')}</Button>
      </div>
    </form>
  );
}

function StateCell({ meeting }: { meeting: PublicMeetingListItem }) {
  const t = useT();
  const label = meetingStateLabel(t, meeting.state);
  if (meeting.state === 'cancelled') {
    return (
      <>
        <Tag data-color="danger" data-size="sm">
          {label}
        </Tag>
        {meeting.cancelReason && (
          <div className="pre-line">
            {t('web.public_meetings.cancel_reason', { reason: meeting.cancelReason })}
          </div>
        )}
      </>
    );
  }
  if (meeting.state === 'in_progress') {
    return (
      <Tag data-color="success" data-size="sm">
        {label}
      </Tag>
    );
  }
  return <>{label}</>;
}

function MeetingsTable({
  slug,
  meetings,
  jurisdiction,
  caption,
}: {
  slug: string;
  meetings: PublicMeetingListItem[];
  jurisdiction: Jurisdiction;
  caption: string;
}) {
  const t = useT();
  const format = useMeetingFormat(jurisdiction);
  return (
    <TableScroll label={caption}>
      <Table zebra border data-size="sm">
        <caption className="ds-sr-only">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('web.public_meetings.date')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.public_meetings.time')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.public_meetings.meeting')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.public_meetings.body')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.public_meetings.kind')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.public_meetings.place')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.public_meetings.state')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {meetings.map((meeting) => (
            <Table.Row key={meeting.id}>
              <Table.Cell>
                <time dateTime={format.isoDay(meeting.startsAt)}>{format.shortDate(meeting.startsAt)}</time>
              </Table.Cell>
              <Table.Cell className="pm-nowrap">
                {t('web.public_meetings.time_range', {
                  start: format.time(meeting.startsAt),
                  end: format.time(meeting.endsAt),
                })}
              </Table.Cell>
              <Table.HeaderCell scope="row">
                <Link asChild>
                  <RouterLink to={`/m/${slug}/public/meetings/${meeting.id}`}>{meeting.name}</RouterLink>
                </Link>
              </Table.HeaderCell>
              <Table.Cell>{meeting.body.name}</Table.Cell>
              <Table.Cell>{meetingKindLabel(t, meeting.kind, jurisdiction)}</Table.Cell>
              <Table.Cell>{meeting.location ?? t('web.public_meetings.place_none')}</Table.Cell>
              <Table.Cell>
                <StateCell meeting={meeting} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

/** Each body's meetings as a calendar to subscribe to. */
function Subscriptions({ slug, bodies }: { slug: string; bodies: Body[] }) {
  const t = useT();
  const active = bodies.filter((body) => body.isActive);
  return (
    <section className="section" aria-labelledby="calendar-subscribe">
      <Heading level={2} data-size="md" id="calendar-subscribe">
        {t('web.public_meetings.calendar.subscribe_heading')}
      </Heading>
      <Paragraph>{t('web.public_meetings.calendar.subscribe_text')}</Paragraph>
      {active.length === 0 ? (
        <Paragraph>{t('web.public_meetings.calendar.no_bodies')}</Paragraph>
      ) : (
        <List.Unordered aria-labelledby="calendar-subscribe">
          {active.map((body) => (
            <List.Item key={body.id}>
              <Link href={bodyCalendarUrl(slug, body.id)} type="text/calendar">
                {t('web.public_meetings.calendar.feed', { body: body.name })}
              </Link>
            </List.Item>
          ))}
        </List.Unordered>
      )}
    </section>
  );
}

/**
 * Public: the meeting calendar — every meeting of the elected bodies from a day on (today unless
 * chosen), with links to each meeting, and each body's calendar feed to subscribe to.
 */
export function CalendarPage() {
  const t = useT();
  const format = useFormat();
  const slug = useParams().slug ?? '';
  const municipality = useMunicipality(slug);
  const { jurisdiction } = municipality;
  const [searchParams] = useSearchParams();
  const filter = readCalendarFilter(searchParams);
  const bodies = useQuery(politicalBodiesQuery(slug));
  const meetings = useQuery(publicMeetingsQuery(slug, filter));
  const bodyName = filter.bodyId ? bodies.data?.find((body) => body.id === filter.bodyId)?.name : undefined;

  const range = filter.to
    ? t('web.public_meetings.calendar.range_to', { from: format.day(filter.from), to: format.day(filter.to) })
    : filter.from === localToday()
      ? t('web.public_meetings.calendar.range_today')
      : t('web.public_meetings.calendar.range_from', { from: format.day(filter.from) });
  const status = !meetings.data
    ? ''
    : bodyName
      ? t('web.public_meetings.calendar.found_body', { count: meetings.data.length, range, body: bodyName })
      : t('web.public_meetings.calendar.found', { count: meetings.data.length, range });

  return (
    <Page
      title={[t('web.public_meetings.calendar.heading'), municipality.name]}
      heading={t('web.public_meetings.calendar.heading')}
      lead={<Paragraph>{t('web.public_meetings.calendar.lead', { name: municipality.name })}</Paragraph>}
    >
      <FilterForm key={searchParams.toString()} filter={filter} bodies={bodies.data ?? []} />
      {bodies.isError && <QueryError error={bodies.error} />}
      <section className="section" aria-labelledby="calendar-meetings">
        <Heading level={2} data-size="md" id="calendar-meetings">
          {t('web.public_meetings.calendar.meetings_heading')}
        </Heading>
        <p role="status" className="pm-status">
          {status}
        </p>
        {meetings.isPending ? (
          <Loading />
        ) : meetings.isError ? (
          <QueryError error={meetings.error} />
        ) : meetings.data.length === 0 ? (
          <Paragraph>{t('web.public_meetings.calendar.none_hint')}</Paragraph>
        ) : (
          <MeetingsTable
            slug={slug}
            meetings={meetings.data}
            jurisdiction={jurisdiction}
            caption={t('web.public_meetings.calendar.caption', { range })}
          />
        )}
      </section>
      {bodies.data && <Subscriptions slug={slug} bodies={bodies.data} />}
    </Page>
  );
}
