import { Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { Loading } from '../../../components/loading.tsx';
import { KEEP_FOCUS, Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { bodyCalendarUrl, meetingBodiesQuery, meetingPlanQuery } from '../api/meetings.queries.ts';
import type { MeetingListItem } from '../api/meetings.types.ts';
import { SelectField } from '../../../components/fields.tsx';
import { meetingBodies, meetingKindLabel, meetingStateLabel } from './labels.ts';
import { PlanMeetingForm } from './plan-meeting-form.tsx';
import { MeetingsGate, useCanDoWithMeetings } from './role-gate.tsx';
import { timeZoneOf, useMeetingFormat, yearIn } from './time.ts';

const RESULTS_ID = 'plan-results';

function MeetingsTable({
  slug,
  items,
  caption,
  format,
}: {
  slug: string;
  items: MeetingListItem[];
  caption: string;
  format: ReturnType<typeof useMeetingFormat>;
}) {
  const t = useT();
  return (
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
            <Table.HeaderCell scope="col">{t('web.meetings.items')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((meeting) => (
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
              <Table.Cell>{meeting.itemCount}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

/** The filters live in the address, so a body's plan for a year can be bookmarked. */
function usePlanParams(thisYear: number) {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year'));
  const update = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    // Whoever changes a filter stays on it, e.g. to arrow on to the next year.
    setParams(next, { replace: true, state: KEEP_FOCUS });
  };
  return {
    bodyId: params.get('body') || undefined,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : thisYear,
    update,
  };
}

function MeetingPlan({ slug }: { slug: string }) {
  const t = useT();
  const municipality = useMunicipality(slug);
  const canDo = useCanDoWithMeetings(slug);
  const format = useMeetingFormat(municipality.jurisdiction);
  const thisYear = yearIn(timeZoneOf(municipality.jurisdiction));
  const { bodyId, year, update } = usePlanParams(thisYear);
  const [planning, setPlanning] = useState(false);
  const bodies = useQuery(meetingBodiesQuery(slug));
  const plan = useQuery(meetingPlanQuery(slug, { bodyId, year }));
  const political = meetingBodies(bodies.data ?? []);
  const years = Array.from(new Set([thisYear - 3, thisYear - 2, thisYear - 1, thisYear, thisYear + 1, year]))
    .sort((a, b) => a - b)
    .map(String);
  const heading = t('web.meetings.plan.heading');
  const bodyName = political.find((b) => b.id === bodyId)?.name;
  const caption = bodyName
    ? t('web.meetings.plan.caption_body', { body: bodyName, year })
    : t('web.meetings.plan.caption', { year });

  return (
    <Page title={[heading, municipality.name]} heading={heading}>
      <Paragraph>{t('web.meetings.plan.lead')}</Paragraph>
      <div className="button-row">
        <Link asChild>
          <RouterLink to={`/m/${slug}/my/meetings`}>{t('web.meetings.nav.my_meetings')}</RouterLink>
        </Link>
      </div>
      {canDo('manage') && (
        <>
          <div className="button-row">
            <Button
              variant={planning ? 'secondary' : 'primary'}
              aria-expanded={planning}
              aria-controls="plan-form-panel"
              onClick={() => setPlanning((open) => !open)}
            >
              {t('web.meetings.plan.form_heading')}
            </Button>
          </div>
          <div id="plan-form-panel" hidden={!planning}>
            {planning && <PlanMeetingForm slug={slug} bodies={political} />}
          </div>
        </>
      )}
      <section className="section" aria-labelledby="plan-filters">
        <Heading level={2} data-size="sm" id="plan-filters">
          {t('web.meetings.plan.filters')}
        </Heading>
        {bodies.isError && <QueryError error={bodies.error} />}
        <div className="filter-grid">
          <SelectField
            id="plan-body"
            label={t('web.meetings.body')}
            value={bodyId ?? ''}
            onChange={(value) => update('body', value)}
            empty={t('web.meetings.all_bodies')}
            options={political.map((b) => ({ value: b.id, label: b.name }))}
          />
          <SelectField
            id="plan-year"
            label={t('web.meetings.year')}
            value={String(year)}
            onChange={(value) => update('year', value === String(thisYear) ? '' : value)}
            options={years.map((y) => ({ value: y, label: y }))}
          />
        </div>
      </section>
      <section className="section" aria-labelledby={RESULTS_ID}>
        <Heading level={2} data-size="md" id={RESULTS_ID}>
          {caption}
        </Heading>
        {plan.isPending ? (
          <Loading />
        ) : plan.isError ? (
          <QueryError error={plan.error} />
        ) : (
          <>
            <div role="status" aria-live="polite" className="muted">
              {plan.isFetching ? t('web.loading') : t('web.meetings.plan.count', { count: plan.data.length })}
            </div>
            {plan.data.length > 0 && (
              <MeetingsTable slug={slug} items={plan.data} caption={caption} format={format} />
            )}
          </>
        )}
      </section>
      <section className="section" aria-labelledby="plan-bodies">
        <Heading level={2} data-size="md" id="plan-bodies">
          {t('web.meetings.plan.bodies_heading')}
        </Heading>
        <Paragraph>{t('web.meetings.plan.bodies_lead')}</Paragraph>
        <ul className="plain-list stack">
          {political.map((body) => (
            <li key={body.id}>
              <strong>{body.name}</strong>
              <span className="button-row">
                <Link href={bodyCalendarUrl(slug, body.id)}>
                  {t('web.meetings.plan.calendar')}
                  <span className="ds-sr-only"> {body.name}</span>
                </Link>
                {canDo('configure') && (
                  <Link asChild>
                    <RouterLink to={`/m/${slug}/bodies/${body.id}/meeting-settings`}>
                      {t('web.meetings.settings.link')}
                      <span className="ds-sr-only"> {body.name}</span>
                    </RouterLink>
                  </Link>
                )}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}

/** The meeting plan: every body's meetings by year, and for the secretary a form to plan one. */
export function MeetingPlanPage() {
  const slug = useParams().slug ?? '';
  return (
    <MeetingsGate slug={slug} action="read">
      <MeetingPlan slug={slug} />
    </MeetingsGate>
  );
}
