import { Button, Field, Heading, Label, Link, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import type { Jurisdiction } from '../../../../../common/roles.ts';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import type { Term } from '../../../lib/api-types.ts';
import { useFormat, useT, type Formatters } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { meetingStatisticsQuery, readTermId, termsQuery } from '../api/public-meetings.queries.ts';
import type { MeetingStatistics } from '../api/public-meetings.types.ts';
import { bodyKindLabel, termLabel } from './labels.ts';
import { useMeetingFormat, type MeetingFormatters } from './meeting-format.ts';
import { sharesOf, TimeChart } from './time-chart.tsx';
import './public-meetings.css';

type BodyTime = MeetingStatistics['bodies'][number];
type Attendance = MeetingStatistics['members'][number];

/** The term to show: sent as a form, so choosing one never moves the page by itself (WCAG 3.2.2). */
function TermForm({
  terms,
  chosen,
  jurisdiction,
}: {
  terms: Term[];
  chosen: string | undefined;
  jurisdiction: Jurisdiction;
}) {
  const t = useT();
  const [, setSearchParams] = useSearchParams();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const termId = new FormData(event.currentTarget).get('termId');
    const current = terms.find((term) => term.isCurrent);
    setSearchParams(typeof termId === 'string' && termId !== current?.id ? { termId } : {});
  };
  return (
    <form className="search-form" onSubmit={onSubmit}>
      <Field>
        <Label>{termLabel(t, jurisdiction)}</Label>
        <Select id="statistics-term" name="termId" defaultValue={chosen ?? ''}>
          {terms.map((term) => (
            <Select.Option key={term.id} value={term.id}>
              {term.isCurrent ? t('web.public_meetings.stats.term_current', { term: term.name }) : term.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Button type="submit">{t('web.public_meetings.stats.show')}</Button>
    </form>
  );
}

/** Minutes on a part of the agenda, with its share of all item time: "120 min (45 %)". */
function partText(
  minutes: number,
  share: number | undefined,
  format: Formatters,
  meetingFormat: MeetingFormatters,
) {
  const time = meetingFormat.minutes(minutes);
  return share === undefined ? time : `${time} (${format.percent(share)})`;
}

function TimeTable({
  slug,
  bodies,
  jurisdiction,
}: {
  slug: string;
  bodies: BodyTime[];
  jurisdiction: Jurisdiction;
}) {
  const t = useT();
  const format = useFormat();
  const meetingFormat = useMeetingFormat(jurisdiction);
  const caption = t('web.public_meetings.stats.table_caption');
  return (
    <TableScroll label={caption}>
      <Table zebra border data-size="sm">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('web.public_meetings.body')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.public_meetings.stats.meetings')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.public_meetings.stats.hours')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.public_meetings.stats.part.strategic')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.public_meetings.stats.part.operational')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.public_meetings.stats.part.other')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.public_meetings.stats.strategic_share')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {bodies.map((body) => {
            const shares = sharesOf(body) ?? undefined;
            return (
              <Table.Row key={body.body.id}>
                <Table.HeaderCell scope="row">
                  <Link asChild>
                    <RouterLink to={`/m/${slug}/bodies/${body.body.id}`}>{body.body.name}</RouterLink>
                  </Link>
                  <br />
                  <span className="muted">{bodyKindLabel(t, body.body.kind, jurisdiction)}</span>
                </Table.HeaderCell>
                <Table.Cell>{format.number(body.meetings)}</Table.Cell>
                <Table.Cell>{meetingFormat.hours(body.hours)}</Table.Cell>
                <Table.Cell>
                  {partText(body.strategicMinutes, shares?.strategic, format, meetingFormat)}
                </Table.Cell>
                <Table.Cell>
                  {partText(body.operationalMinutes, shares?.operational, format, meetingFormat)}
                </Table.Cell>
                <Table.Cell>{partText(body.otherMinutes, shares?.other, format, meetingFormat)}</Table.Cell>
                <Table.Cell>
                  {body.strategicShare === null
                    ? t('web.public_meetings.stats.no_matter_time')
                    : format.percent(body.strategicShare)}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

/** Attendance per body: each member's meetings attended of those they were called to. */
function AttendanceTables({ slug, members }: { slug: string; members: Attendance[] }) {
  const t = useT();
  const format = useFormat();
  const byBody = new Map<string, { name: string; rows: Attendance[] }>();
  for (const row of members) {
    const group = byBody.get(row.body.id) ?? { name: row.body.name, rows: [] };
    group.rows.push(row);
    byBody.set(row.body.id, group);
  }
  const groups = [...byBody.entries()].sort(([, a], [, b]) => a.name.localeCompare(b.name));
  return (
    <>
      {groups.map(([bodyId, group]) => {
        const caption = t('web.public_meetings.stats.attendance_caption', { body: group.name });
        return (
          <div key={bodyId} className="subsection">
            <Heading level={3} data-size="xs" id={`attendance-${bodyId}`}>
              {group.name}
            </Heading>
            <TableScroll label={caption}>
              <Table zebra border data-size="sm">
                <caption className="ds-sr-only">{caption}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('web.public_meetings.stats.member')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('web.public_meetings.stats.party')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('web.public_meetings.stats.attended')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">
                      {t('web.public_meetings.stats.attended_share')}
                    </Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {[...group.rows]
                    .sort((a, b) => a.person.name.localeCompare(b.person.name))
                    .map((row) => (
                      <Table.Row key={row.person.id}>
                        <Table.HeaderCell scope="row">
                          <Link asChild>
                            <RouterLink to={`/m/${slug}/persons/${row.person.id}`}>
                              {row.person.name}
                            </RouterLink>
                          </Link>
                        </Table.HeaderCell>
                        <Table.Cell>{row.person.party ?? '–'}</Table.Cell>
                        <Table.Cell>
                          {t('web.public_meetings.stats.attended_of', { attended: row.attended, of: row.of })}
                        </Table.Cell>
                        <Table.Cell>{row.of > 0 ? format.percent(row.attended / row.of) : '–'}</Table.Cell>
                      </Table.Row>
                    ))}
                </Table.Body>
              </Table>
            </TableScroll>
          </div>
        );
      })}
    </>
  );
}

/**
 * Public: where the meeting time goes over a term — per body, meetings and hours and how item time
 * splits between strategic ("what") and operational ("how") matters and other items, as a chart
 * and a table with the same numbers; and each member's attendance.
 */
export function MeetingStatisticsPage() {
  const t = useT();
  const format = useFormat();
  const slug = useParams().slug ?? '';
  const municipality = useMunicipality(slug);
  const { jurisdiction } = municipality;
  const [searchParams] = useSearchParams();
  const termId = readTermId(searchParams);
  const terms = useQuery(termsQuery(slug));
  const statistics = useQuery(meetingStatisticsQuery(slug, termId));
  const term = statistics.data?.term;
  const held = statistics.data?.bodies.filter((body) => body.meetings > 0) ?? [];

  return (
    <Page
      title={[t('web.public_meetings.stats.heading'), municipality.name]}
      heading={t('web.public_meetings.stats.heading')}
      lead={<Paragraph>{t('web.public_meetings.stats.lead', { name: municipality.name })}</Paragraph>}
    >
      <Paragraph>{t('web.public_meetings.stats.why', { jurisdiction })}</Paragraph>
      {terms.isError ? (
        <QueryError error={terms.error} />
      ) : (
        terms.data &&
        terms.data.length > 0 && (
          <TermForm
            key={`${termId ?? ''}-${term?.id ?? ''}`}
            terms={terms.data}
            chosen={termId ?? term?.id ?? terms.data.find((candidate) => candidate.isCurrent)?.id}
            jurisdiction={jurisdiction}
          />
        )
      )}
      {statistics.isPending ? (
        <Loading />
      ) : statistics.isError ? (
        <QueryError error={statistics.error} />
      ) : (
        <>
          <p role="status" className="pm-status">
            {term
              ? t('web.public_meetings.stats.showing_term', {
                  term: term.name,
                  start: format.day(term.startsOn),
                  end: format.day(term.endsOn),
                })
              : t('web.public_meetings.stats.showing_all')}
          </p>
          <section className="section" aria-labelledby="statistics-time">
            <Heading level={2} data-size="md" id="statistics-time">
              {t('web.public_meetings.stats.time_heading')}
            </Heading>
            {held.length === 0 ? (
              <Paragraph>{t('web.public_meetings.stats.none_held')}</Paragraph>
            ) : (
              <>
                <Paragraph>{t('web.public_meetings.stats.parts_explained')}</Paragraph>
                {/* One above the other: the table has too many columns to sit beside the chart. */}
                <div className="stack">
                  <TimeChart bodies={held} />
                  <TimeTable slug={slug} bodies={held} jurisdiction={jurisdiction} />
                </div>
              </>
            )}
          </section>
          <section className="section" aria-labelledby="statistics-attendance">
            <Heading level={2} data-size="md" id="statistics-attendance">
              {t('web.public_meetings.stats.attendance_heading')}
            </Heading>
            {statistics.data.members.length === 0 ? (
              <Paragraph>{t('web.public_meetings.stats.none_attendance')}</Paragraph>
            ) : (
              <>
                <Paragraph>{t('web.public_meetings.stats.attendance_explained')}</Paragraph>
                <AttendanceTables slug={slug} members={statistics.data.members} />
              </>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
