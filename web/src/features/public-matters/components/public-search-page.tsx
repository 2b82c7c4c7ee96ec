import {
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Fragment, useState, type FormEvent } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { matterStates, matterTypes } from '../../../../../common/matters.ts';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useFocusLater } from '../../../components/use-focus-later.ts';
import type { SearchHit } from '../../../lib/api-types.ts';
import { useFormat, useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import {
  deciderBodiesQuery,
  publicSearchQuery,
  readSearch,
  SEARCH_MAX_LENGTH,
  searchParamsOf,
  type PublicSearch,
} from '../api/public-matters.queries.ts';
import { stateLabel, typeLabel } from './labels.ts';

const QUERY_ID = 'public-search-q';

/** Years to filter by: this one and the fifteen before, and whichever one the address names. */
function yearOptions(chosen: number | undefined): number[] {
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 16 }, (_, i) => thisYear - i);
  if (chosen !== undefined && !years.includes(chosen)) years.push(chosen);
  return years.sort((a, b) => b - a);
}

/**
 * The search and its filters as one form: nothing happens until it is sent, so choosing a filter
 * never moves the page under the person (WCAG 3.2.2). Its fields start from the address, and start
 * over when the address changes (the back button).
 */
function SearchForm({ slug, search }: { slug: string; search: PublicSearch }) {
  const t = useT();
  const [, setSearchParams] = useSearchParams();
  const [missing, setMissing] = useState(false);
  const bodies = useQuery(deciderBodiesQuery(slug));
  const bodyOptions = bodies.data ?? [];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const params = new URLSearchParams();
    for (const name of ['q', 'type', 'state', 'year', 'bodyId']) {
      const value = data.get(name);
      if (typeof value === 'string' && value !== '') params.set(name, value);
    }
    const next = readSearch(params);
    if (!next.q) {
      setMissing(true);
      document.getElementById(QUERY_ID)?.focus();
      return;
    }
    setMissing(false);
    setSearchParams(searchParamsOf(next));
  };

  return (
    <form role="search" className="stack" onSubmit={onSubmit} noValidate>
      <div className="search-form">
        <Textfield
          id={QUERY_ID}
          name="q"
          type="search"
          className="search-form__query"
          label={t('web.public_matters.query')}
          description={t('web.public_matters.query_description')}
          autoComplete="off"
          maxLength={SEARCH_MAX_LENGTH}
          defaultValue={search.q}
          error={missing ? t('web.public_matters.query_missing') : undefined}
        />
        <Button type="submit">{t('web.public_matters.submit')}</Button>
      </div>
      <Fieldset>
        <Fieldset.Legend>{t('web.public_matters.filters')}</Fieldset.Legend>
        <div className="filter-grid">
          <Field>
            <Label>{t('web.public_matters.type')}</Label>
            <Select id="public-search-type" name="type" defaultValue={search.type ?? ''}>
              <Select.Option value="">{t('web.public_matters.all_types')}</Select.Option>
              {matterTypes.map((type) => (
                <Select.Option key={type} value={type}>
                  {typeLabel(t, type)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label>{t('web.public_matters.state')}</Label>
            <Select id="public-search-state" name="state" defaultValue={search.state ?? ''}>
              <Select.Option value="">{t('web.public_matters.all_states')}</Select.Option>
              {matterStates.map((state) => (
                <Select.Option key={state} value={state}>
                  {stateLabel(t, state)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label>{t('web.public_matters.year')}</Label>
            <Select id="public-search-year" name="year" defaultValue={search.year?.toString() ?? ''}>
              <Select.Option value="">{t('web.public_matters.all_years')}</Select.Option>
              {yearOptions(search.year).map((year) => (
                <Select.Option key={year} value={String(year)}>
                  {year}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label>{t('web.public_matters.body')}</Label>
            <Select id="public-search-body" name="bodyId" defaultValue={search.bodyId ?? ''}>
              <Select.Option value="">{t('web.public_matters.all_bodies')}</Select.Option>
              {bodyOptions.map((body) => (
                <Select.Option key={body.id} value={body.id}>
                  {body.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
        </div>
      </Fieldset>
    </form>
  );
}

function Snippet({ parts }: { parts: SearchHit['snippet'] }) {
  return (
    <Paragraph className="snippet">
      {parts.map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>,
      )}
    </Paragraph>
  );
}

function Hit({ slug, hit, index }: { slug: string; hit: SearchHit; index: number }) {
  const t = useT();
  const format = useFormat();
  const { matter, document } = hit;
  return (
    <li className="search-hit">
      <Heading level={3} data-size="xs">
        <Link asChild>
          <RouterLink id={`public-hit-${index}`} to={`/m/${slug}/public/matters/${matter.id}`}>
            {t('web.public_matters.numbered_title', { number: matter.registryNumber, title: matter.title })}
          </RouterLink>
        </Link>
      </Heading>
      <dl className="inline-facts">
        <div>
          <dt>{t('web.public_matters.type')}</dt>
          <dd>{typeLabel(t, matter.type)}</dd>
        </div>
        <div>
          <dt>{t('web.public_matters.state')}</dt>
          <dd>{stateLabel(t, matter.state)}</dd>
        </div>
        {matter.responsibleBody && (
          <div>
            <dt>{t('web.public_matters.body')}</dt>
            <dd>{matter.responsibleBody.name}</dd>
          </div>
        )}
        <div>
          <dt>{t('web.public_matters.received_on')}</dt>
          <dd>{format.day(matter.receivedOn)}</dd>
        </div>
      </dl>
      {document && (
        <Paragraph>
          {t('web.public_matters.hit_document', {
            number: document.number,
            description: document.description,
          })}
        </Paragraph>
      )}
      {hit.snippet.length > 0 && <Snippet parts={hit.snippet} />}
    </li>
  );
}

/**
 * Public: search what the public may see of the municipality's matters and documents. The search
 * lives in the address, so a result can be linked and the back button returns to it; the number
 * found is announced.
 */
export function PublicSearchPage() {
  const t = useT();
  const slug = useParams().slug ?? '';
  const municipality = useMunicipality(slug);
  const [searchParams] = useSearchParams();
  const search = readSearch(searchParams);
  const results = useInfiniteQuery(publicSearchQuery(slug, search));
  const focusLater = useFocusLater();
  const hits = results.data?.pages.flatMap((page) => page.items) ?? [];
  const hasSearch = search.q !== '';

  const showMore = async () => {
    const shown = hits.length;
    const next = await results.fetchNextPage();
    // The first new hit takes focus, so keyboard and screen-reader users read on from there.
    if (!next.isError) focusLater(`public-hit-${shown}`, 'public-search-status');
  };

  const status = !hasSearch
    ? ''
    : results.isPending || (hits.length === 0 && results.isError)
      ? ''
      : t('web.public_matters.found', {
          count: hits.length,
          q: search.q,
          more: results.hasNextPage ? 'yes' : 'no',
        });

  return (
    <Page
      title={[
        hasSearch ? t('web.public_matters.title_for', { q: search.q }) : t('web.public_matters.heading'),
        municipality.name,
      ]}
      heading={t('web.public_matters.heading')}
      lead={<Paragraph>{t('web.public_matters.lead', { name: municipality.name })}</Paragraph>}
    >
      <SearchForm key={searchParams.toString()} slug={slug} search={search} />
      <section className="section" aria-labelledby="public-search-results">
        <Heading level={2} data-size="md" id="public-search-results">
          {t('web.public_matters.results')}
        </Heading>
        <p id="public-search-status" role="status" tabIndex={-1} className="search-status">
          {status}
        </p>
        {!hasSearch ? (
          <Paragraph>{t('web.public_matters.start')}</Paragraph>
        ) : results.isPending ? (
          <Loading />
        ) : results.isError && hits.length === 0 ? (
          <QueryError error={results.error} />
        ) : hits.length === 0 ? (
          <Paragraph>{t('web.public_matters.none_hint')}</Paragraph>
        ) : (
          <>
            <ol className="search-hits" aria-labelledby="public-search-results">
              {hits.map((hit, index) => (
                <Hit
                  key={`${hit.kind}-${hit.matter.id}-${hit.document?.id ?? ''}`}
                  slug={slug}
                  hit={hit}
                  index={index}
                />
              ))}
            </ol>
            {results.isFetchNextPageError && <QueryError error={results.error} />}
            {results.hasNextPage && (
              <div className="button-row">
                <Button
                  variant="secondary"
                  onClick={() => void showMore()}
                  loading={results.isFetchingNextPage}
                >
                  {t('web.public_matters.more')}
                </Button>
              </div>
            )}
          </>
        )}
      </section>
    </Page>
  );
}
