import { Checkbox, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { useFormat, useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { bodiesQuery, deadlinesQuery, positionsQuery, type DeadlineFilters } from '../api/matters.queries.ts';
import { SelectField } from '../../../components/fields.tsx';
import { DeadlineFlag } from './matter-deadlines.tsx';
import { deadlineLabel, officials, politicalBodies } from './labels.ts';
import { RoleGate } from './role-gate.tsx';

function DeadlineList({
  slug,
  when,
  filters,
}: {
  slug: string;
  when: 'overdue' | 'due_soon';
  filters: DeadlineFilters;
}) {
  const t = useT();
  const format = useFormat();
  const deadlines = useQuery(deadlinesQuery(slug, when, filters));
  const headingId = `deadlines-${when}`;
  const heading =
    when === 'overdue' ? t('web.matters.deadlines_overdue') : t('web.matters.deadlines_due_soon');
  return (
    <section className="section" aria-labelledby={headingId}>
      <Heading level={2} data-size="md" id={headingId}>
        {heading}
      </Heading>
      {deadlines.isPending ? (
        <Loading />
      ) : deadlines.isError ? (
        <QueryError error={deadlines.error} />
      ) : (
        <>
          <div role="status" aria-live="polite" className="muted">
            {deadlines.isFetching
              ? t('web.loading')
              : t('web.matters.deadlines_count', { count: deadlines.data.length })}
          </div>
          {deadlines.data.length > 0 && (
            <TableScroll label={heading}>
              <Table zebra border>
                <caption className="ds-sr-only">{heading}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('web.matters.due_on')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('web.matters.matter')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('web.matters.deadline')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('web.matters.body')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('web.matters.official')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {deadlines.data.map((deadline) => (
                    <Table.Row key={deadline.id}>
                      <Table.Cell>
                        {format.day(deadline.dueOn)} <DeadlineFlag deadline={deadline} />
                      </Table.Cell>
                      <Table.HeaderCell scope="row">
                        <Link asChild>
                          <RouterLink to={`/m/${slug}/matters/${deadline.matterId}`}>
                            {deadline.registryNumber}
                          </RouterLink>
                        </Link>{' '}
                        {deadline.matterTitle}
                      </Table.HeaderCell>
                      <Table.Cell>
                        {deadlineLabel(t, deadline.label)}
                        {deadline.source && <span className="muted"> ({deadline.source})</span>}
                      </Table.Cell>
                      <Table.Cell>{deadline.responsibleBody?.name ?? '–'}</Table.Cell>
                      <Table.Cell>{deadline.responsiblePerson?.name ?? '–'}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          )}
        </>
      )}
    </section>
  );
}

function DeadlinesContent() {
  const t = useT();
  const slug = useParams().slug ?? '';
  const municipality = useMunicipality(slug);
  const bodies = useQuery(bodiesQuery(slug));
  const positions = useQuery(positionsQuery(slug));
  const [filters, setFilters] = useState<DeadlineFilters>({});
  const heading = t('web.matters.deadlines_heading');
  const change = (patch: DeadlineFilters) => setFilters((current) => ({ ...current, ...patch }));

  return (
    <Page title={[heading, municipality.name]} heading={heading}>
      <Paragraph>{t('web.matters.deadlines_lead')}</Paragraph>
      <section className="section" aria-labelledby="deadlines-filters">
        <Heading level={2} data-size="sm" id="deadlines-filters">
          {t('web.matters.filters')}
        </Heading>
        <Checkbox
          id="deadlines-mine"
          label={t('web.matters.only_my_matters')}
          checked={filters.mine ?? false}
          onChange={(event) => change({ mine: event.target.checked || undefined })}
        />
        {!filters.mine && (
          <div className="filter-grid">
            <SelectField
              id="deadlines-body"
              label={t('web.matters.body')}
              value={filters.bodyId ?? ''}
              onChange={(value) => change({ bodyId: value || undefined })}
              empty={t('web.matters.all')}
              options={politicalBodies(bodies.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
            />
            <SelectField
              id="deadlines-official"
              label={t('web.matters.official')}
              value={filters.personId ?? ''}
              onChange={(value) => change({ personId: value || undefined })}
              empty={t('web.matters.all')}
              options={officials(positions.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            />
          </div>
        )}
      </section>
      <DeadlineList slug={slug} when="overdue" filters={filters} />
      <DeadlineList slug={slug} when="due_soon" filters={filters} />
    </Page>
  );
}

/** Deadlines that have passed or fall due soon, per body, per official, or on your own matters. */
export function DeadlinesPage() {
  const slug = useParams().slug ?? '';
  return (
    <RoleGate slug={slug} action="read">
      <DeadlinesContent />
    </RoleGate>
  );
}
