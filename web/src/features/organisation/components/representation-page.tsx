import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { ageBands, type AgeBand } from '../../../../../common/organisation.ts';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import type { Representation } from '../../../lib/api-types.ts';
import { useFormat, useT, type Formatters, type Translate } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { representationQuery } from '../api/organisation.queries.ts';
import { ageLabel, kindLabel, termLabel } from './labels.ts';
import { RepresentationChart } from './representation-chart.tsx';

type TermStats = Representation['terms'][number];
type Breakdown = TermStats['overall'];

const bands: Array<AgeBand | 'unknown'> = [...ageBands, 'unknown'];

/** A count with its share of the total, or the suppression notice when it may not be shown. */
function countText(
  value: number | null,
  total: number,
  t: Translate,
  format: Formatters,
  min: number,
): string {
  if (value === null) return t('web.org.rep.suppressed', { min });
  if (total === 0) return format.number(value);
  return t('web.org.rep.count', { count: format.number(value), share: format.percent(value / total) });
}

/** The cells of one row: gender, then age bands; a suppressed group gets one cell saying so. */
function BreakdownCells({ stats, min, withAge }: { stats: Breakdown; min: number; withAge: boolean }) {
  const t = useT();
  const format = useFormat();
  const columns = 4 + (withAge ? bands.length : 0);
  if (stats.suppressed || !stats.gender) {
    return <Table.Cell colSpan={columns}>{t('web.org.rep.suppressed', { min })}</Table.Cell>;
  }
  const { gender, age } = stats;
  return (
    <>
      <Table.Cell>{countText(gender.women, stats.total, t, format, min)}</Table.Cell>
      <Table.Cell>{countText(gender.men, stats.total, t, format, min)}</Table.Cell>
      <Table.Cell>{countText(gender.other, stats.total, t, format, min)}</Table.Cell>
      <Table.Cell>{countText(gender.unknown, stats.total, t, format, min)}</Table.Cell>
      {withAge &&
        bands.map((band) => (
          <Table.Cell key={band}>{countText(age?.[band] ?? null, stats.total, t, format, min)}</Table.Cell>
        ))}
    </>
  );
}

function GenderHeaders() {
  const t = useT();
  return (
    <>
      <Table.HeaderCell scope="col">{t('web.org.gender.women')}</Table.HeaderCell>
      <Table.HeaderCell scope="col">{t('web.org.gender.men')}</Table.HeaderCell>
      <Table.HeaderCell scope="col">{t('web.org.gender.others')}</Table.HeaderCell>
      <Table.HeaderCell scope="col">{t('web.org.not_stated')}</Table.HeaderCell>
    </>
  );
}

function AgeHeaders() {
  const t = useT();
  return (
    <>
      {bands.map((band) => (
        <Table.HeaderCell key={band} scope="col">
          {ageLabel(t, band)}
        </Table.HeaderCell>
      ))}
    </>
  );
}

/** Every term's totals: the numbers behind the chart, and the age bands. */
function TrendTables({ terms, min, termHeader }: { terms: TermStats[]; min: number; termHeader: string }) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="stack">
      <TableScroll label={t('web.org.rep.gender_caption')}>
        <Table zebra border data-size="sm">
          <caption>{t('web.org.rep.gender_caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{termHeader}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('web.org.balance.seats')}</Table.HeaderCell>
              <GenderHeaders />
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {terms.map((term) => (
              <Table.Row key={term.termId}>
                <Table.HeaderCell scope="row">{term.name}</Table.HeaderCell>
                <Table.Cell>{format.number(term.overall.total)}</Table.Cell>
                <BreakdownCells stats={term.overall} min={min} withAge={false} />
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      <TableScroll label={t('web.org.rep.age_caption')}>
        <Table zebra border data-size="sm">
          <caption>{t('web.org.rep.age_caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{termHeader}</Table.HeaderCell>
              <AgeHeaders />
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {terms.map((term) => (
              <Table.Row key={term.termId}>
                <Table.HeaderCell scope="row">{term.name}</Table.HeaderCell>
                {term.overall.suppressed || !term.overall.age ? (
                  <Table.Cell colSpan={bands.length}>{t('web.org.rep.suppressed', { min })}</Table.Cell>
                ) : (
                  bands.map((band) => (
                    <Table.Cell key={band}>
                      {countText(term.overall.age?.[band] ?? null, term.overall.total, t, format, min)}
                    </Table.Cell>
                  ))
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </div>
  );
}

/** Public: who holds the seats — by gender and age, per term and per body, and how it changes. */
export function RepresentationPage() {
  const t = useT();
  const format = useFormat();
  const slug = useParams().slug ?? '';
  const municipality = useMunicipality(slug);
  const { jurisdiction } = municipality;
  const representation = useQuery(representationQuery(slug));
  const termHeader = termLabel(t, jurisdiction);

  return (
    <Page
      title={[t('web.nav.representation'), municipality.name]}
      heading={t('web.org.rep.heading', { name: municipality.name })}
    >
      <Paragraph>{t('web.org.rep.lead')}</Paragraph>
      {representation.isPending ? (
        <Loading />
      ) : representation.isError ? (
        <QueryError error={representation.error} />
      ) : representation.data.terms.length === 0 ? (
        <Paragraph>{t('web.org.rep.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('web.org.rep.rule', { min: representation.data.minimumGroupSize })}</Paragraph>
          <section className="section" aria-labelledby="rep-trend">
            <Heading level={2} data-size="md" id="rep-trend">
              {t('web.org.rep.trend_heading')}
            </Heading>
            <div className="chart-with-table">
              <RepresentationChart
                terms={representation.data.terms}
                minimum={representation.data.minimumGroupSize}
              />
              <TrendTables
                terms={representation.data.terms}
                min={representation.data.minimumGroupSize}
                termHeader={termHeader}
              />
            </div>
          </section>
          <section className="section" aria-labelledby="rep-bodies">
            <Heading level={2} data-size="md" id="rep-bodies">
              {t('web.org.rep.bodies_heading')}
            </Heading>
            {[...representation.data.terms].reverse().map((term) => (
              <div key={term.termId} className="subsection">
                <Heading level={3} data-size="sm" id={`rep-term-${term.termId}`}>
                  {term.name}
                </Heading>
                {term.bodies.length === 0 ? (
                  <Paragraph>{t('web.org.none')}</Paragraph>
                ) : (
                  <TableScroll label={t('web.org.rep.bodies_caption', { term: term.name })}>
                    <Table zebra border data-size="sm">
                      <caption>{t('web.org.rep.bodies_caption', { term: term.name })}</caption>
                      <Table.Head>
                        <Table.Row>
                          <Table.HeaderCell scope="col">{t('web.org.body')}</Table.HeaderCell>
                          <Table.HeaderCell scope="col">{t('web.org.balance.seats')}</Table.HeaderCell>
                          <GenderHeaders />
                          <AgeHeaders />
                        </Table.Row>
                      </Table.Head>
                      <Table.Body>
                        {term.bodies.map((body) => (
                          <Table.Row key={body.bodyId}>
                            <Table.HeaderCell scope="row">
                              <Link asChild>
                                <RouterLink to={`/m/${slug}/bodies/${body.bodyId}`}>{body.name}</RouterLink>
                              </Link>
                              <br />
                              <span className="muted">{kindLabel(t, body.kind, jurisdiction)}</span>
                            </Table.HeaderCell>
                            <Table.Cell>{format.number(body.total)}</Table.Cell>
                            <BreakdownCells stats={body} min={representation.data.minimumGroupSize} withAge />
                          </Table.Row>
                        ))}
                      </Table.Body>
                    </Table>
                  </TableScroll>
                )}
              </div>
            ))}
          </section>
        </>
      )}
    </Page>
  );
}
