import {
  Button,
  Checkbox,
  Heading,
  Link,
  Paragraph,
  Table,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import {
  matterStates,
  matterTypes,
  type MatterState,
  type MatterType,
} from '../../../../../common/matters.ts';
import { Loading } from '../../../components/loading.tsx';
import { KEEP_FOCUS, Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import type { MatterListItem, SearchHit } from '../../../lib/api-types.ts';
import { useFormat, useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import {
  bodiesQuery,
  positionsQuery,
  REGISTRY_PAGE_SIZE,
  registryQuery,
  registrySearchQuery,
  SEARCH_PAGE_SIZE,
  type RegistryFilters,
} from '../api/matters.queries.ts';
import { SelectField } from '../../../components/fields.tsx';
import { officials, politicalBodies, stateLabel, typeLabel } from './labels.ts';
import { useCanDo } from './role-gate.tsx';

const RESULTS_ID = 'registry-results';

function isMatterType(value: string | null): value is MatterType {
  return (matterTypes as readonly (string | null)[]).includes(value);
}

function isMatterState(value: string | null): value is MatterState {
  return (matterStates as readonly (string | null)[]).includes(value);
}

/** The filters live in the address, so a filtered registry can be bookmarked and paged back. */
function useRegistryParams() {
  const [params, setParams] = useSearchParams();
  const type = params.get('type');
  const state = params.get('state');
  const year = Number(params.get('year'));
  const filters: RegistryFilters = {
    bodyId: params.get('body') ?? undefined,
    personId: params.get('official') ?? undefined,
    type: isMatterType(type) ? type : undefined,
    state: isMatterState(state) ? state : undefined,
    year: Number.isInteger(year) && year >= 1900 ? year : undefined,
    open: params.get('open') === 'true',
  };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const q = params.get('q') ?? '';
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    if (!('page' in changes)) next.delete('page');
    // A filter changed in place keeps focus on it; a search or another page starts at the heading.
    const inPlace = !('q' in changes) && !('page' in changes);
    setParams(next, { replace: true, ...(inPlace ? { state: KEEP_FOCUS } : {}) });
  };
  return { filters, page, q, update };
}

function MattersTable({ items, caption, slug }: { items: MatterListItem[]; caption: string; slug: string }) {
  const t = useT();
  const format = useFormat();
  return (
    <TableScroll label={caption}>
      <Table zebra border>
        <caption className="ds-sr-only">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('web.matters.registry_number')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.matters.title')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.matters.type')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.matters.state')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.matters.body')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.matters.official')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.matters.next_deadline')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((matter) => (
            <Table.Row key={matter.id}>
              <Table.HeaderCell scope="row">
                <Link asChild>
                  <RouterLink to={`/m/${slug}/matters/${matter.id}`}>{matter.registryNumber}</RouterLink>
                </Link>
              </Table.HeaderCell>
              <Table.Cell>
                {matter.title}
                {matter.confidential && (
                  <>
                    {' '}
                    <Tag data-color="warning" data-size="sm">
                      {t('web.matters.confidential')}
                    </Tag>
                  </>
                )}
              </Table.Cell>
              <Table.Cell>{typeLabel(t, matter.type)}</Table.Cell>
              <Table.Cell>{stateLabel(t, matter.state)}</Table.Cell>
              <Table.Cell>{matter.responsibleBody?.name ?? '–'}</Table.Cell>
              <Table.Cell>{matter.responsiblePerson?.name ?? '–'}</Table.Cell>
              <Table.Cell>{matter.nextDeadline ? format.day(matter.nextDeadline) : '–'}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

/** The passage that matched, the words found marked. */
function Snippet({ parts }: { parts: SearchHit['snippet'] }) {
  return (
    <Paragraph data-size="sm">
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}
    </Paragraph>
  );
}

function SearchResults({
  slug,
  q,
  filters,
  page,
  onPage,
}: {
  slug: string;
  q: string;
  filters: RegistryFilters;
  page: number;
  onPage: (page: number) => void;
}) {
  const t = useT();
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const search = useQuery(registrySearchQuery(slug, q, filters, offset));
  if (search.isPending) return <Loading />;
  if (search.isError) return <QueryError error={search.error} />;
  const { items, hasMore } = search.data;
  return (
    <>
      <div role="status" aria-live="polite" className="muted">
        {search.isFetching ? t('web.loading') : t('web.matters.search.count', { count: items.length, q })}
      </div>
      {items.length > 0 && (
        <ol className="hit-list" start={offset + 1}>
          {items.map((hit) => (
            <li key={`${hit.matter.id}-${hit.document?.id ?? ''}`}>
              <Link asChild>
                <RouterLink to={`/m/${slug}/matters/${hit.matter.id}`}>
                  {hit.matter.registryNumber} {hit.matter.title}
                </RouterLink>
              </Link>
              <Paragraph data-size="sm" className="muted">
                {hit.document
                  ? t('web.matters.search.in_document', {
                      number: hit.document.number,
                      description: hit.document.description,
                    })
                  : `${typeLabel(t, hit.matter.type)} · ${stateLabel(t, hit.matter.state)}`}
              </Paragraph>
              {hit.snippet.length > 0 && <Snippet parts={hit.snippet} />}
            </li>
          ))}
        </ol>
      )}
      {(page > 1 || hasMore) && (
        <nav aria-label={t('web.matters.paging')} className="button-row">
          {page > 1 && (
            <Button variant="secondary" onClick={() => onPage(page - 1)}>
              {t('web.matters.previous')}
            </Button>
          )}
          {hasMore && (
            <Button variant="secondary" onClick={() => onPage(page + 1)}>
              {t('web.matters.next')}
            </Button>
          )}
        </nav>
      )}
    </>
  );
}

function RegistryList({
  slug,
  filters,
  page,
  onPage,
  caption,
}: {
  slug: string;
  filters: RegistryFilters;
  page: number;
  onPage: (page: number) => void;
  caption: string;
}) {
  const t = useT();
  const offset = (page - 1) * REGISTRY_PAGE_SIZE;
  const list = useQuery(registryQuery(slug, filters, offset));
  if (list.isPending) return <Loading />;
  if (list.isError) return <QueryError error={list.error} />;
  const { items, total } = list.data;
  const last = offset + items.length;
  return (
    <>
      <div role="status" aria-live="polite" className="muted">
        {list.isFetching
          ? t('web.loading')
          : total === 0
            ? t('web.matters.registry.none')
            : t('web.matters.registry.showing', { from: offset + 1, to: last, total })}
      </div>
      {items.length > 0 && <MattersTable items={items} caption={caption} slug={slug} />}
      {(page > 1 || last < total) && (
        <nav aria-label={t('web.matters.paging')} className="button-row">
          {page > 1 && (
            <Button variant="secondary" onClick={() => onPage(page - 1)}>
              {t('web.matters.previous')}
            </Button>
          )}
          {last < total && (
            <Button variant="secondary" onClick={() => onPage(page + 1)}>
              {t('web.matters.next')}
            </Button>
          )}
        </nav>
      )}
    </>
  );
}

/** The registry (diarium / journal): every matter, filtered or searched, for the read roles. */
export function RegistryPage() {
  const t = useT();
  const slug = useParams().slug ?? '';
  const municipality = useMunicipality(slug);
  const canDo = useCanDo(slug);
  const bodies = useQuery(bodiesQuery(slug));
  const positions = useQuery(positionsQuery(slug));
  const { filters, page, q, update } = useRegistryParams();
  const [draft, setDraft] = useState(q);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 10 }, (_, i) => String(thisYear - i));
  const heading = t('web.matters.registry.heading', { jurisdiction: municipality.jurisdiction });

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update({ q: draft.trim() || undefined });
  };
  const onPage = (next: number) => {
    update({ page: next > 1 ? String(next) : undefined });
    document.getElementById(RESULTS_ID)?.focus();
  };

  return (
    <Page title={[heading, municipality.name]} heading={heading}>
      <Paragraph>{t('web.matters.registry.lead', { jurisdiction: municipality.jurisdiction })}</Paragraph>
      {canDo('register') && (
        <div className="button-row">
          <Button asChild>
            <RouterLink to={`/m/${slug}/matters/new`}>{t('web.matters.register.button')}</RouterLink>
          </Button>
        </div>
      )}
      <form role="search" className="search-form section" onSubmit={onSearch}>
        <Textfield
          id="registry-q"
          className="search-form__query"
          type="search"
          label={t('web.matters.search.label')}
          description={t('web.matters.search.description')}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <Button type="submit">{t('web.matters.search.submit')}</Button>
        {q && (
          <Button
            variant="secondary"
            onClick={() => {
              setDraft('');
              update({ q: undefined });
            }}
          >
            {t('web.matters.search.clear')}
          </Button>
        )}
      </form>
      <section className="section" aria-labelledby="registry-filters">
        <Heading level={2} data-size="sm" id="registry-filters">
          {t('web.matters.filters')}
        </Heading>
        <div className="filter-grid">
          <SelectField
            id="filter-body"
            label={t('web.matters.body')}
            value={filters.bodyId ?? ''}
            onChange={(value) => update({ body: value })}
            empty={t('web.matters.all')}
            options={politicalBodies(bodies.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
          />
          <SelectField
            id="filter-type"
            label={t('web.matters.type')}
            value={filters.type ?? ''}
            onChange={(value) => update({ type: value })}
            empty={t('web.matters.all')}
            options={matterTypes.map((type) => ({ value: type, label: typeLabel(t, type) }))}
          />
          <SelectField
            id="filter-state"
            label={t('web.matters.state')}
            value={filters.state ?? ''}
            onChange={(value) => update({ state: value })}
            empty={t('web.matters.all')}
            options={matterStates.map((state) => ({ value: state, label: stateLabel(t, state) }))}
          />
          <SelectField
            id="filter-year"
            label={t('web.matters.year')}
            value={filters.year ? String(filters.year) : ''}
            onChange={(value) => update({ year: value })}
            empty={t('web.matters.all')}
            options={years.map((year) => ({ value: year, label: year }))}
          />
          <SelectField
            id="filter-official"
            label={t('web.matters.official')}
            value={filters.personId ?? ''}
            onChange={(value) => update({ official: value })}
            empty={t('web.matters.all')}
            options={officials(positions.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
        </div>
        <Checkbox
          id="filter-open"
          label={t('web.matters.only_open')}
          checked={filters.open ?? false}
          onChange={(event) => update({ open: event.target.checked ? 'true' : undefined })}
        />
      </section>
      <section className="section" aria-labelledby={RESULTS_ID}>
        <Heading level={2} data-size="md" id={RESULTS_ID} tabIndex={-1}>
          {q ? t('web.matters.search.heading', { q }) : t('web.matters.registry.matters')}
        </Heading>
        {q ? (
          <SearchResults slug={slug} q={q} filters={filters} page={page} onPage={onPage} />
        ) : (
          <RegistryList slug={slug} filters={filters} page={page} onPage={onPage} caption={heading} />
        )}
      </section>
    </Page>
  );
}
